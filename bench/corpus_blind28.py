#!/usr/bin/env python3.11
"""Blind synthetic corpus 28 -- public sector and legal documents.

Seeded, labelled generator used to measure a PII/PHI/secrets detector on
text it has never seen.  Theme: benefits and housing applications, court
filings and dockets, police and incident reports, immigration and visa
forms, tax-office letters, municipal permits, jury notices, notary deeds,
FOIA requests; non-English documents in Dutch, Polish, Swedish, Turkish
(plus a little Spanish).

    generate(n, seed=0) -> iterator of
        {"id": str, "text": str, "entities": [{"start", "end", "type"}]}

Document i is a pure function of (seed, i).  Every text is assembled piece
by piece and entity offsets are recorded while appending.

CLI:
    --check              generate 3000 docs and validate every span
    --sample K           pretty-print K documents with their spans
    --n N --seed S --output F.jsonl
Standard library only.
"""
from __future__ import annotations

import argparse
import base64
import json
import random
import string
import sys
import unicodedata
import uuid
from collections import Counter
from datetime import date, datetime, timedelta

TYPES = (
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "CREDIT_CARD",
    "IBAN_CODE", "IP_ADDRESS", "DATE_OF_BIRTH", "DATE_TIME", "LOCATION",
    "ADDRESS", "URL", "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER",
    "ACCOUNT_NUMBER", "DRIVER_LICENSE", "AWS_ACCESS_KEY", "AWS_SECRET_KEY",
    "GITHUB_TOKEN", "SLACK_TOKEN", "STRIPE_KEY", "JWT", "PRIVATE_KEY",
    "PASSWORD", "GENERIC_SECRET",
)
PER, EMAIL, PHONE, SSN, CC, IBAN, IP = TYPES[0:7]
DOB, DT, LOC, ADDR, URL, MRN, HPN = TYPES[7:14]
ACCT, DL, AKID, ASK, GH, SLACK, STRIPE = TYPES[14:21]
JWT, PEM, PWD, SEC = TYPES[21:25]

MIN_LEN, MAX_LEN = 200, 2500


# --------------------------------------------------------------------------
# builder
# --------------------------------------------------------------------------
class B:
    """Append-only text builder that records entity offsets while appending."""

    def __init__(self):
        self.parts: list[str] = []
        self.n = 0
        self.ents: list[dict] = []
        self.ocr = None  # optional noise function for plain text only

    def add(self, *items):
        for it in items:
            if it is None:
                continue
            if isinstance(it, tuple):
                typ, val = it
                if typ is None:
                    self._t(val)
                else:
                    self._e(typ, val)
            else:
                self._t(it)
        return self

    def ln(self, *items):
        self.add(*items)
        self._t("\n")
        return self

    def _t(self, s: str):
        if not s:
            return
        if self.ocr is not None:
            s = self.ocr(s)
        self.parts.append(s)
        self.n += len(s)

    def _e(self, typ: str, val: str):
        if typ not in TYPES:
            raise ValueError(f"unknown type {typ}")
        if not val or val != val.strip():
            raise ValueError(f"bad entity value {typ}: {val!r}")
        self.ents.append({"start": self.n, "end": self.n + len(val), "type": typ})
        self.parts.append(val)
        self.n += len(val)

    def text(self) -> str:
        return "".join(self.parts)


# --------------------------------------------------------------------------
# vocabularies
# --------------------------------------------------------------------------
def _w(s):
    return s.split()


def _c(s):
    return [x.strip() for x in s.split(",") if x.strip()]


NAMES = {
    "en": (_w("James Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew "
              "Anthony Mark Steven Paul Andrew Joshua Kevin Brian George Timothy Ronald Jason Ryan Jacob "
              "Gary Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Patrick Raymond "
              "Dennis Tyler Aaron Nathan Henry Douglas Peter Kyle Walter Keith Roger Terrence Wayne Marcus "
              "Darnell Tyrone Cody Travis Colin Declan Rhys Callum"),
           _w("Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty "
              "Margaret Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie "
              "Rebecca Sharon Laura Cynthia Kathleen Amy Angela Shirley Brenda Pamela Nicole Samantha "
              "Katherine Christine Rachel Heather Megan Andrea Hannah Gloria Teresa Tamika Latoya Shanice "
              "Brittany Kayla Siobhan Niamh Bethany Gemma Chloe"),
           _c("Smith, Johnson, Williams, Brown, Jones, Miller, Davis, Wilson, Anderson, Taylor, Moore, Jackson, "
              "Martin, Thompson, White, Harris, Clark, Lewis, Robinson, Walker, Young, Allen, King, Wright, Scott, "
              "Hill, Green, Adams, Nelson, Baker, Hall, Campbell, Mitchell, Carter, Roberts, Phillips, Evans, "
              "Turner, Parker, Collins, Edwards, Stewart, Morris, Murphy, Cook, Rogers, Morgan, Cooper, Peterson, "
              "Bailey, Reed, Kelly, Howard, Cox, Ward, Richardson, Watson, Brooks, Wood, Bennett, Gray, Hughes, "
              "Price, Sanders, Myers, Long, Ross, Foster, O'Brien, McAllister, Fitzgerald, Gallagher, Whitfield, "
              "Pemberton, Thornton, Blackwood, Okoro-Banks, Washington, Jefferson")),
    "es": (_c("Alejandro, José Luis, Carlos, Juan, Miguel, Jorge, Luis, Francisco Javier, Diego, Ricardo, "
              "Eduardo, Fernando, Andrés, Héctor, Raúl, Santiago, Mateo"),
           _c("María Guadalupe, Carmen, Rosa, Ana Lucía, Sofía, Valentina, Gabriela, Daniela, Isabel, "
              "Alejandra, Ximena, Yesenia, Maritza, Lucía, Pilar"),
           _c("García, Hernández, Martínez, López, González, Rodríguez, Pérez, Sánchez, Ramírez, Flores, "
              "Torres, Rivera, Gómez, Díaz, Cruz, Morales, Reyes, Gutiérrez, Ortiz, Chávez, Ruiz, Mendoza, "
              "Vargas, Castillo, Jiménez, Romero, Álvarez, Herrera, Medina, Aguilar, Villanueva, De la Cruz, "
              "García López, Castellano")),
    "ar": (_w("Mohammed Ahmed Omar Youssef Khalid Hassan Ibrahim Tariq Karim Samir Bilal Hamza Mustafa"),
           _w("Fatima Aisha Layla Mariam Noor Yasmin Huda Salma Rania Amina Zainab Hiba"),
           _c("Al-Hashimi, Haddad, Nasser, Khoury, Mansour, Saleh, Abdullah, Al-Sayed, Hamdan, Aziz, Rahman, "
              "Farouk, El-Sayed, Bakr, Darwish")),
    "ma": (_w("Mohamed Youssef Karim Rachid Said Mourad Anouar Bilal Soufiane Nordin"),
           _w("Fatima Khadija Naima Samira Nadia Loubna Houda Siham Imane Hajar"),
           _c("El Idrissi, Bouzid, Azzouzi, El Amrani, Benali, Ouali, Boukhari, Amrani, Chaoui, El Khattabi, "
              "Tahiri, Ait Ben Moussa, Ziani")),
    "zh": (_w("Wei Jian Hao Jun Lei Ming Tao Yong Qiang Bo Zhiwei"),
           _w("Mei Xiaoling Na Fang Ying Jing Hui Yan Xin Lan Xiu"),
           _w("Zhang Wang Li Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin")),
    "in": (_w("Arjun Rahul Vikram Amit Sanjay Rohan Karthik Suresh Anil Rajesh Aditya Siddharth"),
           _w("Priya Ananya Deepika Kavya Sneha Pooja Lakshmi Meera Divya Aishwarya Nisha Shreya"),
           _w("Sharma Patel Reddy Iyer Gupta Nair Singh Kumar Rao Menon Desai Joshi Mehta Chatterjee "
              "Banerjee Krishnan Pillai")),
    "ng": (_w("Chinedu Emeka Oluwaseun Tunde Ikenna Obinna Babatunde Chukwuemeka Segun Femi"),
           _w("Ngozi Adaeze Folake Chiamaka Funmilayo Yetunde Nneka Ifeoma Bisola Temitope"),
           _w("Okafor Adeyemi Okonkwo Balogun Eze Nwosu Adebayo Obi Olawale Chukwu Ogunleye Afolabi "
              "Nwachukwu Okeke Osei")),
    "vi": (_w("Minh Thanh Tuan Hung Duc Khoa Quang Long"),
           _w("Linh Huong Lan Mai Thao Ngoc Trang Phuong"),
           _w("Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ngo Duong")),
    "so": (_w("Abdi Mohamed Ahmed Abdirahman Hassan Farah Yusuf"),
           _w("Hodan Ayaan Sahra Fadumo Hawa Ifrah Nasra"),
           _w("Warsame Hassan Farah Ali Abdi Osman Jama Hersi Egal Nur")),
    "ko": (_w("Ji-hoon Min-jun Seo-jun Dong-hyun Sung-min"),
           _w("Seo-yeon Ji-woo Hye-jin Eun-ji Soo-ah"),
           _w("Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim")),
    "ua": (_w("Oleksandr Dmytro Andriy Serhiy Mykola Taras Bohdan Yuriy"),
           _w("Olena Svitlana Iryna Natalia Oksana Tetiana Yulia Kateryna"),
           _w("Kovalenko Shevchenko Bondarenko Tkachenko Kravchenko Melnyk Boyko Moroz Lysenko Savchenko "
              "Rudenko Marchenko")),
    "fa": (_w("Dariush Reza Amir Mehdi Ali Kaveh Babak"),
           _w("Shirin Maryam Leila Nasrin Parisa Roya Azadeh"),
           _w("Rahimi Hosseini Tehrani Moradi Karimi Jafari Ahmadi Sadeghi Rostami Ebrahimi")),
    "ti": (_w("Tesfaye Dawit Yonas Biniam Kidane Yohannes"),
           _w("Meron Selam Hiwot Saba Rahel Senait"),
           _w("Haile Gebremedhin Tesfamariam Kahsay Berhane Abraha Woldemariam")),
    "fil": (_c("Jericho, Mark Anthony, Rodel, Jun, Rommel"),
            _c("Maria Cristina, Lorna, Marites, Rowena, Jasmine"),
            _c("Dela Cruz, Santos, Reyes, Bautista, Villanueva, Mendoza, Ramos, Aquino, Manalo")),
    "de": (_w("Thomas Michael Andreas Stefan Jürgen Klaus Lukas Felix"),
           _w("Sabine Petra Claudia Anja Katrin Julia Lena"),
           _w("Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Hoffmann Schäfer Koch Richter "
              "Klein Wolf Schröder Neumann")),
    "fi": (_w("Mikko Juha Jari Timo Antti"),
           _w("Aino Sanna Tuula Päivi Riikka"),
           _w("Virtanen Korhonen Nieminen Mäkinen Hämäläinen Laine Heikkinen")),
    "sur": (_w("Ravi Sunil Anand Dinesh Ricardo"),
            _w("Sharda Indira Shanti Natasha Roshni"),
            _w("Ramdin Jagessar Ramsaroep Kalloe Bhagwandin Soekhlal Biharie")),
    "nl": (_w("Jan Pieter Kees Willem Hendrik Johannes Cornelis Gerrit Sander Bram Daan Thijs Ruben Jeroen "
              "Maarten Joost Sjoerd Wouter Niels Bas Jelle Floris Koen Stijn Lars"),
           _w("Sanne Femke Lotte Anouk Eva Marloes Inge Ilse Mirjam Annelies Fleur Roos Noor Lieke Esther "
              "Marieke Wilhelmina Petra Joke Anke Tessa Anneke"),
           _c("de Vries, van den Berg, van Dijk, Bakker, Janssen, Visser, Smit, Meijer, de Boer, Mulder, "
              "de Groot, Bos, Vos, Peters, Hendriks, van Leeuwen, Dekker, Brouwer, de Wit, Dijkstra, Smits, "
              "de Graaf, van der Meer, van der Linden, Kok, Jacobs, de Haan, Vermeulen, van den Heuvel, "
              "van der Veen, van den Broek, de Bruijn, de Jong, Verhoeven, Schouten, Willems, van Beek, "
              "Hoekstra, Koster, Prins, Huisman, Postma, Kuipers, Veenstra, van Wijk, Timmermans")),
    "pl": (_w("Piotr Krzysztof Andrzej Tomasz Paweł Michał Marcin Grzegorz Józef Jan Łukasz Adam Zbigniew "
              "Jerzy Tadeusz Mateusz Dariusz Mariusz Wojciech Rafał Kamil Jakub Szymon Bartosz"),
           _w("Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Elżbieta Joanna "
              "Aleksandra Monika Zofia Teresa Danuta Natalia Karolina Marta Beata Dorota Halina Jadwiga "
              "Justyna Weronika"),
           _w("Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak "
              "Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Nowakowski "
              "Pawłowski Michalski Adamczyk Dudek Zając Wieczorek Jabłoński Król Majewski Olszewski "
              "Jaworski Wróbel Malinowski Pawlak Witkowski Walczak Stępień Górski Rutkowski Michalak Sikora "
              "Ostrowski Baran Duda Szewczyk Tomaszewski Pietrzak Marciniak Wróblewski Zalewski Jakubowski "
              "Zawadzki Sadowski Bąk Chmielewski Włodarczyk Czarnecki Sawicki Sokołowski Kubiak Wilk Lis "
              "Mazurek Wysocki Kaźmierczak Cieślak Głowacki Kołodziej Szulc Brzeziński Ziółkowski")),
    "sv": (_w("Erik Lars Karl Anders Johan Per Nils Mikael Jan Hans Peter Olof Gustav Fredrik Björn Mats "
              "Magnus Oskar Axel Torbjörn Göran Sten Åke Leif Håkan"),
           _w("Linnea Maja Elsa Astrid Ingrid Karin Kerstin Birgitta Eva Anna Sofia Annika Ulla Margareta "
              "Lena Helena Åsa Malin Frida Ebba Sigrid Märta Ylva Agneta"),
           _w("Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson "
              "Pettersson Jonsson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Lindström Olofsson "
              "Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lundgren Lundqvist Mattsson Berglund "
              "Fredriksson Sandberg Henriksson Forsberg Sjöberg Wallin Engström Eklund Danielsson Håkansson "
              "Björk Bergman Gunnarsson Holm Wikström Nyström Holmberg Löfgren Söderberg Nyberg Blomqvist "
              "Nordström Mårtensson Björklund Åberg Öberg Månsson Åkesson Strand")),
    "tr": (_w("Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil "
              "Süleyman Abdullah Mahmut Salih Kemal Recep Emre Burak Cem Serkan Tolga Oğuz"),
           _w("Fatma Ayşe Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan Hanife Merve Özlem Yasemin "
              "Büşra Esra Derya Gülşen Sevgi Ebru Şule Tuğba Gökçe"),
           _w("Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan "
              "Çetin Kara Koç Kurt Özkan Şimşek Polat Özcan Korkmaz Çakır Erdoğan Yavuz Acar Şen Aktaş Güler "
              "Yalçın Güneş Bozkurt Bulut Keskin Ünal Turan Gül Özer Işık Kaplan Avcı Sarı Tekin Taş Köse "
              "Yüksel Ateş Aksoy")),
}

CUL_MIX = {
    "en": [("en", 40), ("es", 14), ("ar", 4), ("zh", 5), ("in", 6), ("ng", 5), ("vi", 4), ("so", 2),
           ("ko", 3), ("ua", 2), ("fa", 2), ("ti", 2), ("fil", 3), ("de", 2), ("ma", 1), ("pl", 2), ("tr", 1)],
    "nl": [("nl", 60), ("tr", 9), ("ma", 10), ("sur", 5), ("pl", 4), ("ar", 3), ("ti", 2), ("de", 3),
           ("en", 2), ("zh", 2)],
    "pl": [("pl", 86), ("ua", 10), ("vi", 2), ("de", 2)],
    "sv": [("sv", 62), ("fi", 6), ("so", 5), ("ar", 6), ("fa", 5), ("pl", 3), ("ti", 4), ("tr", 3),
           ("ua", 3), ("en", 3)],
    "tr": [("tr", 90), ("ar", 5), ("fa", 3), ("de", 2)],
    "es": [("es", 100)],
}

# US: city, state abbr, state name, zip prefix
US_CITIES = [
    ("New York", "NY", "New York", "100"), ("Brooklyn", "NY", "New York", "112"),
    ("Chicago", "IL", "Illinois", "606"), ("Houston", "TX", "Texas", "770"),
    ("Phoenix", "AZ", "Arizona", "850"), ("Philadelphia", "PA", "Pennsylvania", "191"),
    ("San Antonio", "TX", "Texas", "782"), ("San Diego", "CA", "California", "921"),
    ("Dallas", "TX", "Texas", "752"), ("Austin", "TX", "Texas", "787"),
    ("Jacksonville", "FL", "Florida", "322"), ("Columbus", "OH", "Ohio", "432"),
    ("Charlotte", "NC", "North Carolina", "282"), ("Indianapolis", "IN", "Indiana", "462"),
    ("Seattle", "WA", "Washington", "981"), ("Denver", "CO", "Colorado", "802"),
    ("Boston", "MA", "Massachusetts", "021"), ("Nashville", "TN", "Tennessee", "372"),
    ("Detroit", "MI", "Michigan", "482"), ("Portland", "OR", "Oregon", "972"),
    ("Las Vegas", "NV", "Nevada", "891"), ("Memphis", "TN", "Tennessee", "381"),
    ("Louisville", "KY", "Kentucky", "402"), ("Baltimore", "MD", "Maryland", "212"),
    ("Milwaukee", "WI", "Wisconsin", "532"), ("Albuquerque", "NM", "New Mexico", "871"),
    ("Tucson", "AZ", "Arizona", "857"), ("Fresno", "CA", "California", "937"),
    ("Sacramento", "CA", "California", "958"), ("Atlanta", "GA", "Georgia", "303"),
    ("Miami", "FL", "Florida", "331"), ("Oakland", "CA", "California", "946"),
    ("Minneapolis", "MN", "Minnesota", "554"), ("Tulsa", "OK", "Oklahoma", "741"),
    ("Cleveland", "OH", "Ohio", "441"), ("New Orleans", "LA", "Louisiana", "701"),
    ("Newark", "NJ", "New Jersey", "071"), ("Saint Paul", "MN", "Minnesota", "551"),
    ("Buffalo", "NY", "New York", "142"), ("Raleigh", "NC", "North Carolina", "276"),
    ("Omaha", "NE", "Nebraska", "681"), ("Spokane", "WA", "Washington", "992"),
    ("Boise", "ID", "Idaho", "837"), ("Des Moines", "IA", "Iowa", "503"),
    ("Providence", "RI", "Rhode Island", "029"), ("Hartford", "CT", "Connecticut", "061"),
    ("Burlington", "VT", "Vermont", "054"), ("Anchorage", "AK", "Alaska", "995"),
    ("Honolulu", "HI", "Hawaii", "968"), ("Los Angeles", "CA", "California", "900"),
]
US_COUNTIES = ["Cook County", "Harris County", "Maricopa County", "King County", "Alameda County",
               "Cuyahoga County", "Wayne County", "Fulton County", "Travis County", "Hennepin County",
               "Multnomah County", "Miami-Dade County", "Franklin County", "Suffolk County"]
US_STREETS = _c("Main St, Oak Ave, Maple Dr, Cedar Ln, Elm St, Washington Blvd, Lincoln Ave, Park Ave, "
                "3rd St, 14th Ave NE, Martin Luther King Jr Blvd, Jefferson St, Hillcrest Rd, Lakeview Dr, "
                "Sunset Blvd, Pine St, Broadway, Riverside Dr, Franklin Ave, Grand Ave, Highland Ave, "
                "Madison St, Chestnut St, Walnut St, Spring St, Church St, Mill Rd, Prospect Ave, "
                "W Division St, Fulton St, S Halsted St, Bay St, E 149th St, N Central Ave, Cesar Chavez Ave, "
                "Ridgewood Ct, Old Post Rd, Magnolia Way")
US_UNITS = ["Apt 3B", "Apt 12", "Unit 4", "#204", "Apt. 5C", "Unit 110", "Apt 2R", "#7"]

UK_CITIES = [("London", ["SW7", "E8", "N16", "SE15", "NW6", "W12", "E1"]),
             ("Manchester", ["M14", "M20", "M8"]), ("Birmingham", ["B12", "B29", "B6"]),
             ("Leeds", ["LS6", "LS11"]), ("Glasgow", ["G12", "G42"]), ("Bristol", ["BS5", "BS3"]),
             ("Liverpool", ["L8", "L15"]), ("Cardiff", ["CF24", "CF11"]), ("Sheffield", ["S7", "S11"]),
             ("Leicester", ["LE2", "LE5"]), ("Newcastle upon Tyne", ["NE6", "NE4"]),
             ("Edinburgh", ["EH7", "EH11"]), ("Belfast", ["BT7", "BT9"]), ("Nottingham", ["NG7"]),
             ("Coventry", ["CV1", "CV6"])]
UK_STREETS = _c("Gloucester Road, High Street, Station Road, Victoria Street, Church Lane, Albert Road, "
                "Queen's Road, Mill Lane, King Street, Park Road, Green Lane, Stanley Road, Cromwell Road, "
                "Stoke Newington Church Street, Wilmslow Road, Ladypool Road, Byres Road")

NL_CITIES = [("Amsterdam", "10"), ("Rotterdam", "30"), ("Den Haag", "25"), ("Utrecht", "35"),
             ("Eindhoven", "56"), ("Groningen", "97"), ("Tilburg", "50"), ("Almere", "13"), ("Breda", "48"),
             ("Nijmegen", "65"), ("Enschede", "75"), ("Haarlem", "20"), ("Arnhem", "68"), ("Zaandam", "15"),
             ("Amersfoort", "38"), ("Apeldoorn", "73"), ("Zwolle", "80"), ("Leiden", "23"),
             ("Maastricht", "62"), ("Dordrecht", "33"), ("Delft", "26"), ("Schiedam", "31")]
NL_STREETS = _c("Kerkstraat, Dorpsstraat, Molenweg, Stationsweg, Prinsengracht, Keizersgracht, "
                "Laan van Meerdervoort, Schoolstraat, Julianalaan, Beatrixstraat, Wilhelminastraat, "
                "Oranjestraat, Hoofdstraat, Nieuwe Binnenweg, Overtoom, Amsterdamsestraatweg, Zwaanshals, "
                "Vondelstraat, Rembrandtlaan, Burgemeester de Withstraat, Javastraat, Kanaalweg")

PL_CITIES = [("Warszawa", "0"), ("Kraków", "3"), ("Łódź", "9"), ("Wrocław", "5"), ("Poznań", "6"),
             ("Gdańsk", "80"), ("Szczecin", "7"), ("Bydgoszcz", "85"), ("Lublin", "20"), ("Katowice", "40"),
             ("Białystok", "15"), ("Gdynia", "81"), ("Częstochowa", "42"), ("Radom", "26"),
             ("Rzeszów", "35"), ("Toruń", "87"), ("Kielce", "25"), ("Olsztyn", "10"), ("Opole", "45")]
PL_STREETS = _c("ul. Marszałkowska, ul. Długa, ul. Mickiewicza, ul. Słowackiego, al. Jana Pawła II, "
                "ul. Kościuszki, ul. Piłsudskiego, ul. Polna, ul. Leśna, ul. Kwiatowa, ul. Ogrodowa, "
                "ul. Lipowa, ul. Floriańska, ul. Piotrkowska, al. Niepodległości, os. Tysiąclecia, "
                "pl. Grunwaldzki, ul. Wojska Polskiego, ul. Sienkiewicza")

SE_CITIES = [("Stockholm", "1"), ("Göteborg", "4"), ("Malmö", "2"), ("Uppsala", "75"), ("Västerås", "72"),
             ("Örebro", "70"), ("Linköping", "58"), ("Helsingborg", "25"), ("Jönköping", "55"),
             ("Norrköping", "60"), ("Lund", "22"), ("Umeå", "90"), ("Gävle", "80"), ("Borås", "50"),
             ("Södertälje", "15"), ("Eskilstuna", "63"), ("Sundsvall", "85"), ("Luleå", "97")]
SE_STREETS = _c("Storgatan, Drottninggatan, Kungsgatan, Vasagatan, Sveavägen, Götgatan, Hornsgatan, "
                "Skolgatan, Kyrkogatan, Järnvägsgatan, Södra Förstadsgatan, Linnégatan, Ringvägen, "
                "Björkvägen, Tallvägen, Norra Vallgatan, Rinkebysvingen, Bergsgatan")

TR_CITIES = [("İstanbul", "34", ["Kadıköy", "Üsküdar", "Beşiktaş", "Şişli", "Fatih", "Bakırköy", "Esenyurt"]),
             ("Ankara", "06", ["Çankaya", "Keçiören", "Yenimahalle"]),
             ("İzmir", "35", ["Karşıyaka", "Bornova", "Konak"]), ("Bursa", "16", ["Nilüfer", "Osmangazi"]),
             ("Antalya", "07", ["Muratpaşa", "Konyaaltı"]), ("Adana", "01", ["Seyhan", "Çukurova"]),
             ("Konya", "42", ["Selçuklu", "Meram"]), ("Gaziantep", "27", ["Şahinbey", "Şehitkamil"]),
             ("Kayseri", "38", ["Melikgazi", "Kocasinan"]), ("Eskişehir", "26", ["Tepebaşı", "Odunpazarı"]),
             ("Trabzon", "61", ["Ortahisar"])]
TR_MAH = _c("Caferağa Mah., Moda Mah., Bahçelievler Mah., Kızılay Mah., Alsancak Mah., Cumhuriyet Mah., "
            "Atatürk Mah., Yeni Mah., Fatih Mah., İnönü Mah., Barbaros Mah., Mimar Sinan Mah.")
TR_STREET = _c("Atatürk Cad., Cumhuriyet Cad., Bağdat Cad., İstiklal Cad., Gazi Mustafa Kemal Blv., "
               "1203. Sok., Lale Sok., Gül Sok., Menekşe Sok., Ihlamur Sok., Şehit Er Sok., 5421. Sok.")

DE_CITIES = [("Berlin", "10"), ("Hamburg", "20"), ("München", "80"), ("Köln", "50"), ("Frankfurt am Main", "60")]
DE_STREETS = _c("Bahnhofstraße, Hauptstraße, Schillerstraße, Goethestraße, Lindenallee, Berliner Straße")

ES_CITIES = [("Madrid", "28"), ("Barcelona", "08"), ("Valencia", "46"), ("Sevilla", "41"), ("Málaga", "29")]
ES_STREETS = _c("Calle Mayor, Calle de Alcalá, Avenida de la Constitución, Calle Real, Paseo de Gracia")

COUNTRIES_EN = ["Mexico", "Guatemala", "El Salvador", "Honduras", "India", "China", "Philippines", "Vietnam",
                "Nigeria", "Ethiopia", "Somalia", "Syria", "Iran", "Ukraine", "Poland", "Colombia",
                "Venezuela", "Haiti", "Dominican Republic", "South Korea", "Morocco", "Turkey", "Eritrea",
                "Afghanistan", "Brazil", "Peru", "Ghana", "Kenya"]
FOREIGN_CITIES = [("Guadalajara", "Mexico"), ("Puebla", "Mexico"), ("San Salvador", "El Salvador"),
                  ("Tegucigalpa", "Honduras"), ("Pune", "India"), ("Chennai", "India"), ("Wuhan", "China"),
                  ("Cebu City", "Philippines"), ("Hai Phong", "Vietnam"), ("Lagos", "Nigeria"),
                  ("Enugu", "Nigeria"), ("Addis Ababa", "Ethiopia"), ("Mogadishu", "Somalia"),
                  ("Aleppo", "Syria"), ("Tabriz", "Iran"), ("Kharkiv", "Ukraine"), ("Lviv", "Ukraine"),
                  ("Medellín", "Colombia"), ("Maracaibo", "Venezuela"), ("Port-au-Prince", "Haiti"),
                  ("Busan", "South Korea"), ("Casablanca", "Morocco"), ("Asmara", "Eritrea"),
                  ("Herat", "Afghanistan"), ("Recife", "Brazil"), ("Kumasi", "Ghana"), ("Izmir", "Turkey")]

MONTHS = {
    "en": _w("January February March April May June July August September October November December"),
    "nl": _w("januari februari maart april mei juni juli augustus september oktober november december"),
    "pl": _w("stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia"),
    "sv": _w("januari februari mars april maj juni juli augusti september oktober november december"),
    "tr": _w("Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık"),
    "es": _w("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"),
    "de": _w("Januar Februar März April Mai Juni Juli August September Oktober November Dezember"),
}
WEEKDAYS = {
    "en": _w("Monday Tuesday Wednesday Thursday Friday Saturday Sunday"),
    "nl": _w("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag"),
    "pl": _c("poniedziałek, wtorek, środa, czwartek, piątek, sobota, niedziela"),
    "sv": _w("måndag tisdag onsdag torsdag fredag lördag söndag"),
    "tr": _w("Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar"),
    "es": _w("lunes martes miércoles jueves viernes sábado domingo"),
    "de": _w("Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag"),
}

# hard-negative vocabularies ------------------------------------------------
BRANDS_PERSONLIKE = _c("Wells Fargo, Ben & Jerry's, Johnson & Johnson, Marks & Spencer, McDonald's, "
                       "Dr Pepper, Ford Motor Credit, Albert Heijn, Hennes & Mauritz, Philips, Koç Holding, "
                       "Sabancı Holding, Dell Technologies, Morgan Stanley, Goldman Sachs, Anderson Windows, "
                       "Jack Daniel's, Wendy's, Martha Stewart Living, Walgreens, Lowe's, Kellogg's, "
                       "Heineken, Disney, Tesla Energy, Porsche Leasing, Ahold Delhaize, Van der Valk, "
                       "Kowalski Budownictwo Sp. z o.o., Eriksson Bygg AB, Yılmaz İnşaat A.Ş., "
                       "Müller & Söhne GmbH, Wagner Brothers Roofing Inc., Peterson Plumbing LLC, "
                       "Alvarez & Kim LLP, Baker McKenzie")
PET_NAMES = _c("Biscuit, Luna, Max, Bella, Pluisje, Burek, Tarçın, Sigge, Milo, Coco, Reksio, Boncuk, "
               "Simba, Nala, Pepper, Kaju, Doris, Frodo")
DRUGS = _c("metformin 500 mg, sertraline 50 mg, lisinopril 10 mg, atorvastatin 20 mg, gabapentin 300 mg, "
           "levothyroxine 75 mcg, albuterol HFA, amlodipine 5 mg, insulin glargine, buprenorphine")
ICD = _c("F32.1, F43.10, M54.5, E11.9, I10, J45.909, S82.201A, G40.909, Z59.0, F41.1")
IATA = _w("AMS WAW ARN IST JFK ORD LHR KRK GOT ESB SAW EWR ATL CPH RTM")
TZ_IDS = _w("Europe/Amsterdam Europe/Warsaw Europe/Stockholm Europe/Istanbul America/Chicago "
            "America/New_York America/Los_Angeles Europe/London")
BICS = _w("ABNANL2A INGBNL2A RABONL2U PKOPPLPW BREXPLPW ESSESESS HANDSESS TGBATRIS ISBKTRIS CHASUS33 BOFAUS3N")
ROUTING = _w("021000021 026009593 121000248 011000138 071000013 111000025 122105278 063100277")
TOLLFREE_US = ["1-800-829-1040", "1-800-772-1213", "1-877-777-4778", "1-800-375-5283", "1-866-487-2365",
               "(800) 318-2596", "1-888-432-3077"]

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DIG = string.digits
ALNUM = UP + LO + DIG
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
HEX = "0123456789abcdef"


def strip_accents(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("İ", "I").replace("ø", "o")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def tr_upper(s: str) -> str:
    return s.replace("i", "İ").replace("ı", "I").upper()


def luhn_ok(num: str) -> bool:
    ds = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_digit(body: str) -> str:
    for d in DIG:
        if luhn_ok(body + d):
            return d
    raise AssertionError


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def ssn_ok(s: str) -> bool:
    d = "".join(c for c in s if c.isdigit())
    if len(d) != 9:
        return False
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g != 0 and n != 0


class Person:
    __slots__ = ("given", "surname", "gender", "cul", "middle")

    def __init__(self, given, surname, gender, cul, middle):
        self.given, self.surname, self.gender, self.cul, self.middle = given, surname, gender, cul, middle

    @property
    def full(self):
        return f"{self.given} {self.surname}"


class Addr:
    def __init__(self, country, line1, city, region, region_abbr, postcode, country_name, line1b=None):
        self.country = country
        self.line1 = line1          # street line (incl. unit where it is usually written on it)
        self.line1b = line1b        # optional second street line (UK flat, SE c/o ...)
        self.city = city
        self.region = region
        self.region_abbr = region_abbr
        self.postcode = postcode
        self.country_name = country_name

    def street(self):
        return f"{self.line1b}, {self.line1}" if self.line1b else self.line1

    def cityline(self):
        c = self.country
        if c == "US":
            return f"{self.city}, {self.region_abbr} {self.postcode}"
        if c == "UK":
            return f"{self.city} {self.postcode}"
        if c == "TR":
            return f"{self.postcode} {self.region}/{self.city}"
        return f"{self.postcode} {self.city}"

    def one(self, with_country=False):
        s = f"{self.street()}, {self.cityline()}"
        if with_country:
            s += f", {self.country_name}"
        return s

    def block(self, with_country=False):
        lines = ([self.line1b] if self.line1b else []) + [self.line1]
        if self.country == "UK":
            lines += [self.city, self.postcode]
        else:
            lines.append(self.cityline())
        if with_country:
            lines.append(self.country_name.upper() if self.country == "US" else self.country_name)
        return "\n".join(lines)


# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------
class G:
    def __init__(self, rng: random.Random, lang: str = "en"):
        self.r = rng
        self.lang = lang
        self.today = date(2021, 1, 1) + timedelta(days=rng.randrange(0, 5 * 365))

    # basics -----------------------------------------------------------------
    def pick(self, seq):
        return self.r.choice(seq)

    def ri(self, a, b):
        return self.r.randint(a, b)

    def p(self, prob):
        return self.r.random() < prob

    def digits(self, n, first_nonzero=False):
        s = "".join(self.r.choice(DIG) for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = str(self.ri(1, 9)) + s[1:]
        return s

    def chars(self, n, alphabet=ALNUM):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def wpick(self, pairs):
        tot = sum(w for _, w in pairs)
        x = self.r.uniform(0, tot)
        for v, w in pairs:
            x -= w
            if x <= 0:
                return v
        return pairs[-1][0]

    # people -----------------------------------------------------------------
    def person(self, cul=None, gender=None):
        if cul is None:
            cul = self.wpick(CUL_MIX.get(self.lang, CUL_MIX["en"]))
        males, females, surnames = NAMES[cul]
        gender = gender or self.pick("mf")
        given = self.pick(males if gender == "m" else females)
        sur = self.pick(surnames)
        if cul == "pl" and gender == "f":
            for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
                if sur.endswith(a):
                    sur = sur[: -len(a)] + b
                    break
        middle = self.pick(UP.replace("Q", "").replace("X", ""))
        return Person(given, sur, gender, cul, middle)

    def nm(self, p: Person, style=None):
        if style is None:
            style = self.wpick([("full", 55), ("mid", 12), ("lastfirst", 10), ("init", 6), ("upper", 6),
                                ("LASTFIRST", 6), ("lower", 2)])
        if style == "full":
            return p.full
        if style == "mid":
            return f"{p.given} {p.middle}. {p.surname}"
        if style == "lastfirst":
            return f"{p.surname}, {p.given}"
        up = tr_upper if (p.cul == "tr" or self.lang == "tr") else str.upper
        if style == "LASTFIRST":
            return f"{up(p.surname)}, {up(p.given)}"
        if style == "init":
            return f"{p.given[0]}. {p.surname}"
        if style == "upper":
            return up(p.full)
        if style == "lower":
            return p.full.lower()
        if style == "given":
            return p.given
        if style == "surname":
            return p.surname
        raise ValueError(style)

    def email(self, p: Person | None = None, country="us", domain=None):
        if p is None:
            p = self.person()
        g = strip_accents(p.given).lower().replace(" ", "").replace("'", "").replace("-", "")
        s = strip_accents(p.surname).lower().replace(" ", "").replace("'", "").replace("-", "")
        local = self.pick([f"{g}.{s}", f"{g[0]}{s}", f"{g}{s[:1]}{self.ri(1, 99)}", f"{s}.{g}",
                           f"{g}_{s}{self.ri(70, 99)}", f"{g}.{s}{self.ri(1, 9)}"])
        if domain is None:
            domain = self.pick({
                "us": ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com",
                       "comcast.net", "proton.me"],
                "uk": ["gmail.com", "btinternet.com", "outlook.com", "yahoo.co.uk", "sky.com"],
                "nl": ["ziggo.nl", "kpnmail.nl", "hotmail.nl", "gmail.com", "xs4all.nl", "outlook.com"],
                "pl": ["wp.pl", "o2.pl", "onet.pl", "interia.pl", "gmail.com"],
                "sv": ["telia.com", "hotmail.se", "gmail.com", "bredband.net", "outlook.com"],
                "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com.tr"],
                "es": ["gmail.com", "hotmail.es", "yahoo.es"],
            }.get(country, ["gmail.com"]))
        return f"{local}@{domain}"

    def work_email(self, p: Person, domain):
        g = strip_accents(p.given).lower().replace(" ", "").replace("'", "")
        s = strip_accents(p.surname).lower().replace(" ", "").replace("'", "")
        return self.pick([f"{g}.{s}@{domain}", f"{g[0]}{s}@{domain}", f"{g[0]}.{s}@{domain}"])

    # addresses ----------------------------------------------------------------
    def addr(self, country="US", unit=None):
        r = self
        if country == "US":
            city, st, stname, z = self.pick(US_CITIES)
            line = f"{self.ri(12, 9899)} {self.pick(US_STREETS)}"
            if unit if unit is not None else self.p(0.35):
                line += self.pick([", ", " "]) + self.pick(US_UNITS)
            pc = z + self.digits(2)
            if self.p(0.15):
                pc += "-" + self.digits(4)
            return Addr("US", line, city, stname, st, pc, "United States")
        if country == "UK":
            city, areas = self.pick(UK_CITIES)
            line = f"{self.ri(1, 240)} {self.pick(UK_STREETS)}"
            b = f"Flat {self.ri(1, 12)}" if (unit if unit is not None else self.p(0.3)) else None
            pc = f"{self.pick(areas)} {self.ri(1, 9)}{self.pick('ABDEFGHJLNPQRSTUWXYZ')}{self.pick('ABDEFGHJLNPQRSTUWXYZ')}"
            return Addr("UK", line, city, None, None, pc, "United Kingdom", b)
        if country == "NL":
            city, pre = self.pick(NL_CITIES)
            num = self.pick([str(self.ri(1, 240)), f"{self.ri(1, 180)}{self.pick('ABC')}",
                             f"{self.ri(1, 300)}-{self.pick(['1', '2', '3', 'hs', 'II', 'III'])}",
                             f"{self.ri(2, 90)} bis"])
            line = f"{self.pick(NL_STREETS)} {num}"
            pc = f"{pre}{self.digits(2)} {self.pick('ABCDEGHJKLMNPRSTVWXZ')}{self.pick('ABCDEGHJKLMNPRSTVWXZ')}"
            if pc[0] == "0":
                pc = "1" + pc[1:]
            return Addr("NL", line, city, None, None, pc, "Nederland")
        if country == "PL":
            city, pre = self.pick(PL_CITIES)
            num = self.pick([str(self.ri(1, 160)), f"{self.ri(1, 120)}/{self.ri(1, 80)}",
                             f"{self.ri(1, 90)}{self.pick('ABC')}/{self.ri(1, 40)}", f"{self.ri(1, 60)} m. {self.ri(1, 60)}"])
            line = f"{self.pick(PL_STREETS)} {num}"
            full = (pre + self.digits(5))[:5]
            pc = f"{full[:2]}-{full[2:]}"
            return Addr("PL", line, city, None, None, pc, "Polska")
        if country == "SE":
            city, pre = self.pick(SE_CITIES)
            line = f"{self.pick(SE_STREETS)} {self.ri(1, 120)}{self.pick(['', '', ' A', ' B', 'C'])}"
            if self.p(0.3):
                line += f", lgh {self.ri(10, 16)}0{self.ri(1, 9)}"
            full = (pre + self.digits(5))[:5]
            pc = f"{full[:3]} {full[3:]}"
            return Addr("SE", line, city, None, None, pc, "Sverige")
        if country == "TR":
            prov, code, dists = self.pick(TR_CITIES)
            dist = self.pick(dists)
            line = (f"{self.pick(TR_MAH)} {self.pick(TR_STREET)} No: {self.ri(1, 160)}"
                    + self.pick(["", f" Daire: {self.ri(1, 24)}", f" D: {self.ri(1, 16)}", f"/{self.ri(1, 20)}"]))
            pc = code + self.digits(3)
            return Addr("TR", line, prov, dist, None, pc, "Türkiye")
        if country == "DE":
            city, pre = self.pick(DE_CITIES)
            line = f"{self.pick(DE_STREETS)} {self.ri(1, 140)}{self.pick(['', '', 'a'])}"
            return Addr("DE", line, city, None, None, pre + self.digits(3), "Deutschland")
        if country == "ES":
            city, pre = self.pick(ES_CITIES)
            line = f"{self.pick(ES_STREETS)}, {self.ri(1, 200)}, {self.ri(1, 8)}º {self.pick('ABCD')}"
            return Addr("ES", line, city, None, None, pre + self.digits(3), "España")
        raise ValueError(country)

    def city(self, country="US"):
        if country == "US":
            c = self.pick(US_CITIES)
            return self.pick([f"{c[0]}, {c[1]}", c[0], f"{c[0]}, {c[2]}"])
        if country == "NL":
            return self.pick(NL_CITIES)[0]
        if country == "PL":
            return self.pick(PL_CITIES)[0]
        if country == "SE":
            return self.pick(SE_CITIES)[0]
        if country == "TR":
            return self.pick(TR_CITIES)[0]
        if country == "UK":
            return self.pick(UK_CITIES)[0]
        raise ValueError(country)

    # phones -----------------------------------------------------------------
    def phone(self, country="US", intl=None):
        if intl is None:
            intl = self.p(0.3)
        d = self.digits
        if country == "US":
            a = self.pick(["212", "312", "415", "713", "602", "215", "210", "619", "214", "512", "904", "614",
                           "704", "317", "206", "303", "617", "615", "313", "503", "702", "901", "502", "410",
                           "414", "505", "520", "559", "916", "404", "305", "510", "612", "918", "216", "504"])
            ex = str(self.ri(201, 989))
            ln = d(4)
            if intl:
                return self.pick([f"+1 {a} {ex} {ln}", f"+1-{a}-{ex}-{ln}", f"+1 ({a}) {ex}-{ln}"])
            return self.pick([f"({a}) {ex}-{ln}", f"{a}-{ex}-{ln}", f"{a}.{ex}.{ln}", f"({a}){ex}-{ln}",
                              f"1-{a}-{ex}-{ln}"])
        if country == "UK":
            if self.p(0.5):
                m = f"7{self.ri(400, 999)}"
                return f"+44 {m} {d(6)}" if intl else self.pick([f"0{m} {d(6)}", f"0{m} {d(3)} {d(3)}"])
            a = self.pick(["20 7946", "161 496", "121 496", "113 496", "117 496", "131 496"])
            return f"+44 {a} {d(4)}" if intl else f"0{a} {d(4)}"
        if country == "NL":
            if self.p(0.55):
                m = "6" + d(8)
                return (self.pick([f"+31 6 {m[1:5]} {m[5:]}", f"+316{m[1:]}", f"+31 (0)6 {m[1:]}"]) if intl
                        else self.pick([f"06-{m[1:]}", f"06 {m[1:3]} {m[3:5]} {m[5:7]} {m[7:]}", f"06{m[1:]}"]))
            a = self.pick(["20", "10", "70", "30", "40", "50", "24", "26", "71", "88"])
            rest = d(7)
            return f"+31 {a} {rest[:3]} {rest[3:]}" if intl else self.pick([f"0{a}-{rest[:3]} {rest[3:]}", f"0{a} {rest}"])
        if country == "PL":
            if self.p(0.6):
                m = self.pick("5678") + d(8)
                return (f"+48 {m[:3]} {m[3:6]} {m[6:]}" if intl
                        else self.pick([f"{m[:3]} {m[3:6]} {m[6:]}", f"{m[:3]}-{m[3:6]}-{m[6:]}"]))
            a = self.pick(["22", "12", "42", "71", "61", "58", "91"])
            rest = d(7)
            return (f"+48 {a} {rest[:3]} {rest[3:5]} {rest[5:]}" if intl
                    else self.pick([f"({a}) {rest[:3]} {rest[3:5]} {rest[5:]}", f"{a} {rest[:3]} {rest[3:5]} {rest[5:]}"]))
        if country == "SE":
            if self.p(0.55):
                m = self.pick(["70", "72", "73", "76", "79"]) + d(7)
                return (f"+46 {m[:2]} {m[2:5]} {m[5:7]} {m[7:]}" if intl
                        else self.pick([f"0{m[:2]}-{m[2:5]} {m[5:7]} {m[7:]}", f"0{m[:2]}-{m[2:]}"]))
            a = self.pick(["8", "31", "40", "18", "90", "13"])
            rest = d(8 - len(a) + 1) if a == "8" else d(6)
            if intl:
                return f"+46 {a} {rest[:3]} {rest[3:]}"
            return self.pick([f"0{a}-{rest[:3]} {rest[3:]}", f"0{a}-{rest}"])
        if country == "TR":
            if self.p(0.6):
                m = self.pick(["532", "533", "535", "542", "505", "555", "544", "507"])
                rest = d(7)
                return (f"+90 {m} {rest[:3]} {rest[3:5]} {rest[5:]}" if intl
                        else self.pick([f"0{m} {rest[:3]} {rest[3:5]} {rest[5:]}", f"0 ({m}) {rest[:3]} {rest[3:5]} {rest[5:]}",
                                        f"0{m}{rest}"]))
            a = self.pick(["212", "216", "312", "232", "224", "242"])
            rest = d(7)
            return (f"+90 {a} {rest[:3]} {rest[3:5]} {rest[5:]}" if intl
                    else self.pick([f"(0{a}) {rest[:3]} {rest[3:5]} {rest[5:]}", f"0{a} {rest[:3]} {rest[3:]}"]))
        if country == "ES":
            m = self.pick("67") + d(8)
            return f"+34 {m[:3]} {m[3:6]} {m[6:]}" if intl else f"{m[:3]} {m[3:5]} {m[5:7]} {m[7:]}"
        if country == "DE":
            return f"+49 {self.pick(['30', '40', '89', '221', '151'])} {d(7)}"
        raise ValueError(country)

    # dates --------------------------------------------------------------------
    def day(self, lo=-400, hi=400):
        return self.today + timedelta(days=self.ri(lo, hi))

    def past(self, lo=5, hi=700):
        return self.today - timedelta(days=self.ri(lo, hi))

    def future(self, lo=3, hi=120):
        return self.today + timedelta(days=self.ri(lo, hi))

    def dob(self, lo=18, hi=85):
        return self.today - timedelta(days=self.ri(lo * 365, hi * 365))

    def fd(self, d: date, lang=None, style=None):
        lang = lang or self.lang
        m = MONTHS[lang if lang in MONTHS else "en"]
        wd = WEEKDAYS[lang if lang in WEEKDAYS else "en"][d.weekday()]
        if lang == "en":
            styles = ["us_long", "us_num", "iso", "us_abbr", "dmy_long", "us_num2", "wd_long", "dmy_num"]
        elif lang in ("nl", "es", "de"):
            styles = ["long", "dash", "dot", "iso", "wd_long"]
        elif lang == "pl":
            styles = ["long", "dot", "dot", "iso", "wd_long"]
        elif lang == "sv":
            styles = ["iso", "iso", "long", "wd_long", "slash"]
        else:  # tr
            styles = ["long", "dot", "dot", "slash", "long_wd"]
        st = style or self.pick(styles)
        if lang == "en":
            return {
                "us_long": f"{m[d.month - 1]} {d.day}, {d.year}",
                "us_num": f"{d.month:02d}/{d.day:02d}/{d.year}",
                "us_num2": f"{d.month}/{d.day}/{d.year}",
                "iso": d.isoformat(),
                "us_abbr": f"{m[d.month - 1][:3]} {d.day}, {d.year}",
                "dmy_long": f"{d.day} {m[d.month - 1]} {d.year}",
                "dmy_num": f"{d.day:02d}/{d.month:02d}/{d.year}",
                "wd_long": f"{wd}, {m[d.month - 1]} {d.day}, {d.year}",
            }.get(st, d.isoformat())
        if st == "long":
            if lang == "es":
                return f"{d.day} de {m[d.month - 1]} de {d.year}"
            if lang == "de":
                return f"{d.day}. {m[d.month - 1]} {d.year}"
            return f"{d.day} {m[d.month - 1]} {d.year}"
        if st == "wd_long":
            if lang == "es":
                return f"{wd} {d.day} de {m[d.month - 1]} de {d.year}"
            if lang == "pl":
                return f"{wd}, {d.day} {m[d.month - 1]} {d.year}"
            if lang == "sv":
                return f"{wd} den {d.day} {m[d.month - 1]} {d.year}"
            if lang == "de":
                return f"{wd}, {d.day}. {m[d.month - 1]} {d.year}"
            return f"{wd} {d.day} {m[d.month - 1]} {d.year}"
        if st == "long_wd":
            return f"{d.day} {m[d.month - 1]} {d.year} {wd}"
        if st == "dash":
            return f"{d.day:02d}-{d.month:02d}-{d.year}"
        if st == "dot":
            return f"{d.day:02d}.{d.month:02d}.{d.year}"
        if st == "slash":
            return f"{d.day:02d}/{d.month:02d}/{d.year}" if lang != "sv" else f"{d.day}/{d.month} {d.year}"
        return d.isoformat()

    def ft(self, lang=None, style=None):
        lang = lang or self.lang
        h, mi = self.ri(7, 17), self.pick([0, 0, 15, 30, 45, 10, 20, 40, 50])
        if lang == "en":
            st = style or self.pick(["12", "12", "12dot", "24"])
            if st == "24":
                return f"{h:02d}:{mi:02d}"
            hh = h % 12 or 12
            ap = "AM" if h < 12 else "PM"
            if st == "12dot":
                return f"{hh}:{mi:02d} {ap.lower()[0]}.m."
            return f"{hh}:{mi:02d} {ap}"
        if lang == "sv":
            return self.pick([f"{h:02d}:{mi:02d}", f"{h:02d}.{mi:02d}"])
        if lang == "nl":
            return self.pick([f"{h:02d}:{mi:02d}", f"{h:02d}.{mi:02d}"])
        return f"{h:02d}:{mi:02d}"

    def fdt(self, d: date, lang=None):
        """date and time written together (one span)."""
        lang = lang or self.lang
        ds, ts = self.fd(d, lang), self.ft(lang)
        if lang == "en":
            return self.pick([f"{ds} at {ts}", f"{ds}, {ts}", f"{ds} {ts}"])
        if lang == "es":
            return f"{ds} a las {ts}"
        if lang == "de":
            return f"{ds} um {ts}"
        return f"{ds}, {ts}"

    def logts(self, d=None):
        d = d or self.today
        h, m, s = self.ri(0, 23), self.ri(0, 59), self.ri(0, 59)
        return self.pick([f"{d.isoformat()}T{h:02d}:{m:02d}:{s:02d}.{self.ri(0, 999):03d}Z",
                          f"{d.isoformat()} {h:02d}:{m:02d}:{s:02d}",
                          f"[{d.day:02d}/{MONTHS['en'][d.month - 1][:3]}/{d.year}:{h:02d}:{m:02d}:{s:02d} +0000]"])

    def hdr_date(self, d=None):
        d = d or self.today
        wd = WEEKDAYS["en"][d.weekday()][:3]
        return (f"{wd}, {d.day} {MONTHS['en'][d.month - 1][:3]} {d.year} "
                f"{self.ri(6, 22):02d}:{self.ri(0, 59):02d}:{self.ri(0, 59):02d} {self.pick(['-0500', '-0600', '+0100', '+0200', '+0000', '-0700'])}")

    # identifiers that ARE entities ------------------------------------------------
    def ssn(self, style=None):
        a = self.ri(1, 899)
        while a == 666:
            a = self.ri(1, 899)
        g, n = self.ri(1, 99), self.ri(1, 9999)
        st = style or self.pick(["dash", "dash", "dash", "space", "plain"])
        if st == "space":
            return f"{a:03d} {g:02d} {n:04d}"
        if st == "plain":
            return f"{a:03d}{g:02d}{n:04d}"
        return f"{a:03d}-{g:02d}-{n:04d}"

    def ssn_bad(self):
        a = self.pick(["000", "666", str(self.ri(900, 999))])
        return f"{a}-{self.ri(1, 99):02d}-{self.ri(1, 9999):04d}"

    def card(self, grouped=None):
        kind = self.pick(["visa", "visa", "mc", "mc2", "amex", "disc"])
        if kind == "visa":
            body, ln = "4" + self.digits(5), 16
        elif kind == "mc":
            body, ln = str(self.ri(51, 55)) + self.digits(4), 16
        elif kind == "mc2":
            body, ln = str(self.ri(2221, 2720)) + self.digits(2), 16
        elif kind == "amex":
            body, ln = self.pick(["34", "37"]) + self.digits(4), 15
        else:
            body, ln = "6011" + self.digits(2), 16
        body += self.digits(ln - 1 - len(body))
        num = body + luhn_digit(body)
        if grouped is None:
            grouped = self.pick(["space", "space", "dash", "plain"])
        if grouped == "plain":
            return num
        sep = " " if grouped == "space" else "-"
        if ln == 15:
            return sep.join([num[:4], num[4:10], num[10:]])
        return sep.join(num[i:i + 4] for i in range(0, 16, 4))

    def card_bad(self):
        body = "4" + self.digits(14)
        good = luhn_digit(body)
        bad = str((int(good) + self.ri(1, 9)) % 10)
        num = body + bad
        return " ".join(num[i:i + 4] for i in range(0, 16, 4))

    def iban(self, cc="NL", grouped=None):
        if cc == "NL":
            bban = self.pick(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"]) + self.digits(10)
        elif cc == "PL":
            bban = self.pick(["10201026", "10901014", "11402004", "10501445", "12401037", "10202892"]) + self.digits(16)
        elif cc == "SE":
            bban = self.pick(["500", "600", "800", "300", "120", "927"]) + self.digits(17)
        elif cc == "TR":
            bban = self.pick(["00010", "00012", "00062", "00064", "00046", "00067", "00015"]) + "0" + self.digits(16)
        elif cc == "DE":
            bban = self.pick(["10070000", "37040044", "50010517", "20041155"]) + self.digits(10)
        elif cc == "GB":
            bban = self.pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + self.digits(6) + self.digits(8)
        elif cc == "ES":
            bban = self.pick(["2100", "0049", "0182", "2038"]) + self.digits(16)
        elif cc == "BE":
            bban = self.digits(12)
        else:
            raise ValueError(cc)
        num = "".join(str(int(c, 36)) for c in bban + cc + "00")
        chk = 98 - int(num) % 97
        s = f"{cc}{chk:02d}{bban}"
        assert iban_ok(s)
        if grouped is None:
            grouped = self.p(0.6)
        if grouped:
            return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        return s

    def ip4(self, private=None):
        if private is None:
            private = self.p(0.3)
        if private:
            return self.pick([f"10.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}",
                              f"192.168.{self.ri(0, 255)}.{self.ri(1, 254)}",
                              f"172.{self.ri(16, 31)}.{self.ri(0, 255)}.{self.ri(1, 254)}"])
        first = self.pick([23, 31, 37, 45, 62, 66, 71, 77, 81, 84, 89, 94, 98, 104, 145, 151, 176, 185, 188,
                           193, 212, 213, 217])
        return f"{first}.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}"

    def ip6(self):
        pre = self.pick(["2001:db8", "2a02:a45f", "2a01:4f8", "2600:1700", "2001:67c", "2a00:1450"])
        groups = [format(self.ri(0, 65535), "x") for _ in range(self.ri(2, 4))]
        if self.p(0.5):
            return f"{pre}:{groups[0]}::{':'.join(groups[1:])}"
        full = groups + [format(self.ri(0, 65535), "x") for _ in range(6 - len(groups))]
        return f"{pre}:{':'.join(full)}"

    def mrn(self):
        return self.pick([self.digits(8), f"{self.pick('EMH')}{self.digits(7)}", f"MRN-{self.digits(7)}",
                          f"{self.digits(3)}-{self.digits(2)}-{self.digits(2)}", f"{self.digits(2)}{self.pick(UP)}{self.digits(6)}"])

    def mbi(self):
        A = "ACDEFGHJKMNPQRTUVWXY"
        AN = A + DIG
        return "".join([self.pick("123456789"), self.pick(A), self.pick(AN), self.pick(DIG), self.pick(A),
                        self.pick(AN), self.pick(DIG), self.pick(A), self.pick(A), self.pick(DIG), self.pick(DIG)])

    def hpn(self, kind=None):
        kind = kind or self.pick(["medicaid", "mbi", "member", "member2", "chip"])
        if kind == "medicaid":
            return self.pick([self.digits(9) + self.pick(UP), f"{self.pick(UP)}{self.pick(UP)}{self.digits(5)}{self.pick(UP)}",
                              self.digits(10), self.digits(12)])
        if kind == "mbi":
            m = self.mbi()
            return m if self.p(0.5) else f"{m[:4]}-{m[4:7]}-{m[7:]}"
        if kind == "member":
            return self.pick(["XJH", "W", "ZGP", "MEM", "U"]) + self.digits(9)
        if kind == "chip":
            return f"CHP{self.digits(8)}"
        if kind == "nl":
            return self.digits(9)
        return f"{self.pick(UP)}{self.pick(UP)}{self.digits(7)}-0{self.ri(1, 4)}"

    def acct(self, kind="bank"):
        if kind == "bank":
            return self.digits(self.ri(9, 12), True)
        if kind == "utility":
            return self.pick([f"{self.digits(4)}-{self.digits(3)}-{self.digits(3)}", self.digits(10, True),
                              f"{self.digits(3)} {self.digits(3)} {self.digits(4)}"])
        if kind == "telecom":
            return self.pick([f"{self.digits(9, True)}-{self.digits(5)}", f"8{self.digits(3)} {self.digits(4)} {self.digits(4)} {self.digits(4)}"])
        if kind == "customer":
            return self.pick([self.digits(8, True), f"{self.pick(UP)}{self.digits(7)}", f"{self.digits(4)} {self.digits(4)} {self.digits(2)}"])
        if kind == "se":
            return f"{self.digits(3)} {self.digits(3)} {self.digits(3)}-{self.digit()}"
        raise ValueError(kind)

    def digit(self):
        return self.pick(DIG)

    def dl(self, region="CA"):
        d = self.digits
        L = lambda: self.pick(UP)  # noqa: E731
        if region == "CA":
            return L() + d(7)
        if region == "NY":
            x = d(9)
            return self.pick([x, f"{x[:3]} {x[3:6]} {x[6:]}"])
        if region == "TX":
            return d(8, True)
        if region == "FL":
            return f"{L()}{d(3)}-{d(3)}-{d(2)}-{d(3)}-{d(1)}"
        if region == "IL":
            return f"{L()}{d(3)}-{d(4)}-{d(4)}"
        if region == "WA":
            return "WDL" + self.chars(9, UP + DIG)
        if region == "PA":
            x = d(8)
            return f"{x[:2]} {x[2:5]} {x[5:]}"
        if region == "NJ":
            return f"{L()}{d(4)} {d(5)} {d(5)}"
        if region == "MI":
            return f"{L()} {d(3)} {d(3)} {d(3)} {d(3)}"
        if region == "UK":
            return (self.chars(5, UP) + d(6) + self.chars(2, UP) + d(1) + self.chars(2, UP))
        if region == "NL":
            return d(10, True)
        if region == "PL":
            return f"{d(5)}/{d(2)}/{d(4)}"
        if region == "TR":
            return d(6, True)
        return L() + d(7)

    # secrets --------------------------------------------------------------------
    def aws_id(self):
        return self.pick(["AKIA", "AKIA", "ASIA"]) + self.chars(16, UP + "234567")

    def aws_secret(self):
        return self.chars(40, B64)

    def gh_token(self):
        if self.p(0.75):
            return self.pick(["ghp_", "ghp_", "gho_", "ghs_", "ghu_"]) + self.chars(36)
        return "github_pat_11" + self.chars(20, UP + DIG) + "_" + self.chars(59)

    def slack_token(self):
        if self.p(0.6):
            return f"xoxb-{self.digits(12, True)}-{self.digits(13, True)}-{self.chars(24)}"
        return f"xoxp-{self.digits(12, True)}-{self.digits(12, True)}-{self.digits(13, True)}-{self.chars(32, HEX)}"

    def stripe_key(self):
        return self.pick(["sk_live_", "sk_live_", "rk_live_"]) + self.chars(self.pick([24, 34, 48]))

    def jwt(self):
        def enc(obj):
            raw = json.dumps(obj, separators=(",", ":")).encode()
            return base64.urlsafe_b64encode(raw).decode().rstrip("=")
        hdr = {"alg": self.pick(["HS256", "HS256", "HS384"]), "typ": "JWT"}
        iat = self.ri(1_650_000_000, 1_760_000_000)
        pay = {"sub": self.pick(["svc-efile", "clerk-portal", f"u{self.digits(6)}", "permits-api"]),
               "iat": iat, "exp": iat + self.pick([900, 3600, 86400]),
               "scope": self.pick(["filing:write", "case:read", "docket:read payments:write", "records:read"])}
        sig = base64.urlsafe_b64encode(bytes(self.ri(0, 255) for _ in range(32))).decode().rstrip("=")
        return f"{enc(hdr)}.{enc(pay)}.{sig}"

    def pem(self):
        kind = self.pick(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
        nbytes = {"RSA PRIVATE KEY": 360, "PRIVATE KEY": 330, "EC PRIVATE KEY": 120, "OPENSSH PRIVATE KEY": 300}[kind]
        raw = bytes(self.ri(0, 255) for _ in range(nbytes))
        body = base64.b64encode(raw).decode()
        if kind == "OPENSSH PRIVATE KEY":
            body = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAA" + body
        elif kind == "RSA PRIVATE KEY":
            body = "MIIEow" + body
        width = 70 if kind == "OPENSSH PRIVATE KEY" else 64
        lines = [body[i:i + width] for i in range(0, len(body), width)]
        return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"

    def password(self):
        words = ["Tulpen", "Winter", "Kowal", "Sommar", "Istanbul", "Harbor", "Maple", "Falcon", "Zomer",
                 "Lato", "Gecko", "Brick", "Civic", "Permit", "Pelikan", "Kiraz", "Ankare", "Docket"]
        st = self.pick(["word", "word", "rand", "phrase", "leet"])
        if st == "word":
            return f"{self.pick(words)}{self.ri(10, 2029)}{self.pick('!#$&*?')}"
        if st == "rand":
            return self.chars(self.ri(12, 18), ALNUM + "!#&*+-=?^_")
        if st == "phrase":
            return "-".join(self.pick(["correct", "horse", "lantern", "velvet", "orbit", "cactus", "tundra",
                                       "mosaic", "harbor", "quiet"]) for _ in range(3)) + str(self.ri(1, 99))
        return self.pick(["P@ssw0rd", "S3cr3t", "Adm1n", "W3lc0me", "Gu3st"]) + f"{self.ri(1, 99)}{self.pick('!#$')}" + self.chars(3)

    def passcode(self):
        return self.pick([self.digits(6), self.chars(6), self.digits(4), self.chars(8)])

    def generic_secret(self):
        st = self.pick(["hex32", "aiza", "sg", "whsec", "b64", "mailgun", "twilio", "pfx"])
        if st == "hex32":
            return self.chars(32, HEX)
        if st == "aiza":
            return "AIza" + self.chars(35, ALNUM + "-_")
        if st == "sg":
            return "SG." + self.chars(22, ALNUM + "-_") + "." + self.chars(43, ALNUM + "-_")
        if st == "whsec":
            return "whsec_" + self.chars(32)
        if st == "b64":
            return self.chars(43, B64) + "="
        if st == "mailgun":
            return "key-" + self.chars(32, HEX)
        if st == "twilio":
            return self.chars(32, HEX)
        return self.pick(["cs_", "sec_", "tok_", "api_"]) + self.chars(self.ri(28, 40))

    # hard negatives -----------------------------------------------------------
    def case_no(self, kind="us"):
        y = self.today.year
        yy = y % 100
        d = self.digits
        if kind == "us":
            return self.pick([f"CV-{y}-{d(6)}", f"{yy}-CV-{d(5)}", f"{yy}{self.pick(['SC', 'LT', 'CR'])}{d(6)}",
                              f"{self.pick(UP)}{self.pick(UP)}{yy}-{d(6)}", f"{y}-DR-{d(5)}", f"{yy}-{d(4)}-{self.pick(['FC', 'CA', 'JV'])}"])
        if kind == "nl":
            return self.pick([f"C/{self.ri(1, 19):02d}/{d(6)} / HA ZA {yy}-{d(3)}", f"{d(7)} CV EXPL {yy}-{d(4)}",
                              f"{self.ri(10, 99)}/{d(6)}-{yy}", f"AWB {yy}/{d(5)}"])
        if kind == "pl":
            return self.pick([f"I C {d(4)}/{yy}", f"II K {d(3)}/{yy}", f"VI GC {d(3)}/{yy}", f"Ds. {d(4)}.{y}",
                              f"RSD.{d(3)}.{y}"])
        if kind == "sv":
            return self.pick([f"T {d(4)}-{yy}", f"B {d(4)}-{yy}", f"Dnr {y}/{d(5)}", f"Mål nr {d(4)}-{yy}",
                              f"{self.pick(['UM', 'MIG'])}{d(4)}-{yy}"])
        if kind == "tr":
            return self.pick([f"{y}/{d(4)} Esas", f"Esas No: {y}/{d(3)}", f"{y}/{d(5)}"])
        raise ValueError(kind)

    def uuid(self):
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def sha(self, n=40):
        return self.chars(n, HEX)

    def version(self):
        return self.pick([f"v{self.ri(1, 9)}.{self.ri(0, 30)}.{self.ri(0, 20)}", f"{self.ri(1, 5)}.{self.ri(0, 12)}",
                          f"{self.today.year}.{self.ri(1, 12)}.{self.ri(0, 9)}", f"r{self.ri(100, 9999)}",
                          f"{self.ri(1, 14)}.{self.ri(0, 9)}.{self.ri(0, 9)}-rc{self.ri(1, 4)}"])

    def amount(self, cur="USD", lo=5, hi=9000):
        v = self.ri(lo, hi) + self.ri(0, 99) / 100
        if self.p(0.2):
            v = max(lo, self.ri(lo, hi) // 50 * 50)
        if cur == "USD":
            return f"${v:,.2f}"
        if cur == "GBP":
            return f"£{v:,.2f}"
        if cur == "EUR":
            s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
            return self.pick([f"€ {s}", f"€{s}", f"{s} EUR"])
        if cur == "PLN":
            s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
            return self.pick([f"{s} zł", f"{s} PLN"])
        if cur == "SEK":
            s = f"{int(v):,}".replace(",", " ")
            return self.pick([f"{s} kr", f"{s} SEK", f"{s}:-"])
        if cur == "TRY":
            s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
            return self.pick([f"{s} TL", f"₺{s}", f"{s} TRY"])
        return f"{v:.2f} {cur}"

    def plate(self, country="US"):
        if country == "US":
            return self.pick([f"{self.ri(1, 9)}{self.chars(3, UP)}{self.digits(3)}", f"{self.chars(3, UP)}-{self.digits(4)}",
                              f"{self.chars(3, UP)} {self.digits(3)}"])
        if country == "NL":
            return self.pick([f"{self.chars(2, 'BDFGHJKLNPRSTVXZ')}-{self.digits(3)}-{self.pick('BDFGHJKLNPRSTVXZ')}",
                              f"{self.digits(1, True)}-{self.chars(3, 'BDFGHJKLNPRSTVXZ')}-{self.digits(2)}"])
        if country == "PL":
            return f"{self.pick(['WA', 'KR', 'PO', 'GD', 'DW', 'EL', 'SK'])} {self.digits(4)}{self.pick(UP)}"
        if country == "SE":
            return f"{self.chars(3, 'ABCDEFGHJKLMNOPRSTUWXYZ')} {self.digits(2)}{self.pick(UP + DIG)}"
        if country == "TR":
            return f"{self.pick(['34', '06', '35', '16', '07'])} {self.chars(self.ri(1, 3), 'ABCDEFGHJKLMNPRSTUVYZ')} {self.digits(self.ri(2, 4), True)}"
        return self.chars(7, UP + DIG)

    def vin(self):
        return self.chars(17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")

    def epoch(self):
        return str(self.ri(1_600_000_000, 1_760_000_000))

    def receipt(self):
        return f"{self.pick(['IOE', 'EAC', 'WAC', 'LIN', 'MSC', 'NBC'])}{self.digits(10)}"


# --------------------------------------------------------------------------
# document kinds
# --------------------------------------------------------------------------
KINDS: list[tuple[str, str, bool, object]] = []


def kind(name, lang="en", neg=False):
    def deco(fn):
        KINDS.append((name, lang, neg, fn))
        return fn
    return deco


def us_state_dl(g: G):
    return g.pick(["CA", "NY", "TX", "FL", "IL", "WA", "PA", "NJ", "MI", "XX"])


# ---------------------------------------------------------------- English ----
@kind("housing_authority_application")
def k_housing_app(b: B, g: G):
    p = g.person()
    a = g.addr("US")
    b.ln(g.pick(["METROPOLITAN HOUSING AUTHORITY", "REGIONAL HOUSING COMMISSION",
                 "PUBLIC HOUSING AGENCY - ADMISSIONS UNIT"]))
    b.ln(f"Application for Housing Assistance   Form HA-101 (rev. {g.version()})")
    b.ln(f"Application #: HA-{g.today.year}-{g.digits(6)}    Waitlist: "
         f"{g.pick(['HCV', 'PBV', 'Senior/Disabled', 'Family 2BR'])}    Priority code: {g.pick(['P1', 'P3', 'N', 'V2'])}")
    b.ln()
    b.ln("SECTION 1 - HEAD OF HOUSEHOLD")
    b.ln("Last name: ", (PER, p.surname), "      First name: ", (PER, p.given))
    b.ln("Date of birth: ", (DOB, g.fd(g.dob(19, 80), "en", g.pick(["us_num", "us_num2"]))),
         "      SSN: ", (SSN, g.ssn()))
    b.ln("Street address: ", (ADDR, a.line1))
    b.ln("City: ", (LOC, a.city), "   State: ", (LOC, a.region_abbr), "   ZIP: ", a.postcode)
    b.ln("Home phone: ", (PHONE, g.phone("US", False)), "   Cell: ",
         (PHONE, g.phone("US")) if g.p(0.7) else "n/a")
    if g.p(0.8):
        b.ln("E-mail: ", (EMAIL, g.email(p)))
    b.ln()
    b.ln("SECTION 2 - HOUSEHOLD MEMBERS")
    b.ln("#  | Name                    | Relationship | DOB        | SSN")
    for i in range(g.ri(1, 3)):
        m = g.person(p.cul if g.p(0.8) else None)
        m.surname = p.surname if g.p(0.6) else m.surname
        rel = g.pick(["Spouse", "Son", "Daughter", "Mother", "Grandchild", "Partner"])
        age = (1, 17) if rel in ("Son", "Daughter", "Grandchild") else (20, 85)
        b.add(f"{i + 2}  | ", (PER, m.full), f" | {rel} | ", (DOB, g.fd(g.dob(*age), "en", "us_num")), " | ")
        b.ln((SSN, g.ssn()) if g.p(0.6) else g.pick(["applied for", "none", "XXX-XX-" + g.digits(4)]))
    b.ln()
    b.ln("SECTION 3 - INCOME AND ASSETS (monthly)")
    b.ln(f"Wages - {g.pick(BRANDS_PERSONLIKE[:24])} ........ {g.amount('USD')}")
    b.ln(f"SSI / SSDI ........ {g.amount('USD')}     Child support ........ {g.amount('USD')}")
    b.ln(f"Checking account at {g.pick(['Wells Fargo', 'Chase', 'Fifth Third', 'PNC'])}: routing ",
         g.pick(ROUTING), " account ", (ACCT, g.acct("bank")), f"  balance {g.amount('USD')}")
    b.ln()
    b.ln("SECTION 4 - OTHER")
    b.ln("Electric utility account no.: ", (ACCT, g.acct("utility")))
    b.ln(f"Pets: {g.pick(['1 dog', '1 cat', '2 cats', 'none'])} ({g.pick(PET_NAMES)}), service animal: "
         f"{g.pick(['yes', 'no'])}")
    b.ln(f"Reasonable accommodation: {g.pick(['ground floor unit', 'none', 'grab bars', 'live-in aide'])}   "
         f"Preferred language: {g.pick(['Spanish', 'Vietnamese', 'Somali', 'English', 'Arabic'])}")
    b.ln("Signature of head of household: ______________   Date: ",
         (DT, g.fd(g.today, "en", g.pick(["us_num", "us_long"]))))
    b.ln(f"Office use only - intake worker ID W{g.digits(4)}; doc checklist {g.ri(3, 9)}/9")


@kind("benefits_case_note")
def k_case_note(b: B, g: G):
    p = g.person()
    w = g.person("en" if g.p(0.7) else None)
    prog = g.pick(["SNAP", "TANF", "Medicaid", "LIHEAP", "SNAP/Medicaid"])
    b.ln(f"CASE NOTE - {prog} - Case #{g.digits(9)}")
    b.ln("Worker: ", (PER, g.nm(w, "full")), f" (W{g.digits(4)})     Note date: ", (DT, g.fd(g.today, "en")))
    b.ln(f"Contact type: {g.pick(['phone', 'in person', 'voicemail', 'portal message'])}")
    b.ln()
    mv = g.addr("US")
    s = g.pick(["she", "he"]) if True else ""
    b.add("Spoke with client ", (PER, g.nm(p, g.pick(["full", "mid"]))), " at ", (PHONE, g.phone("US")),
          f" re: recertification. Client reports {s} moved to ", (ADDR, mv.one()), " on ",
          (DT, g.fd(g.past(10, 60), "en")), ". ")
    rel = g.person(p.cul)
    b.add(f"Household now includes client's {g.pick(['mother', 'father', 'aunt', 'brother'])}, ",
          (PER, rel.full), " (DOB ", (DOB, g.fd(g.dob(50, 88), "en", "us_num")), f"), who receives SSA retirement of "
          f"{g.amount('USD')}/mo. Medicaid ID for {g.pick(['her', 'him'])}: ", (HPN, g.hpn("medicaid")), ". ")
    b.ln(f"Landlord ({g.pick(['Greenfield Property Mgmt', 'Sunrise Realty', 'Oak Tree Apartments LLC'])}) has not "
         f"returned the rent verification form; re-sent Form H{g.digits(4)}.")
    b.ln()
    b.ln("Verification due ", (DT, g.fd(g.future(7, 20), "en")), f" ({g.ri(10, 15)} days). Interview rescheduled to ",
         (DT, g.fdt(g.future(3, 14), "en")), ".")
    b.ln(f"Interpreter needed: {g.pick(['Spanish', 'Vietnamese', 'Somali', 'Haitian Creole', 'Arabic', 'no'])}. "
         f"Client prefers contact {g.pick(['after school hours', 'in the mornings', 'by text', 'on weekdays'])}.")
    if g.p(0.5):
        b.ln(f"Note: EBT card ending {g.digits(4)} reported stolen {g.pick(['last week', 'yesterday', 'two days ago'])}; "
             f"replacement ordered (tracking {g.digits(4)} {g.digits(4)} {g.digits(4)} {g.digits(4)} {g.digits(4)} {g.digits(2)}).")
    b.ln(f"Next action: pend for verifs; ECF status {g.pick(['PEND', 'ACTV', 'HOLD'])}; no overpayment referral.")


@kind("unemployment_appeal_email")
def k_ui_email(b: B, g: G):
    p = g.person()
    b.ln('From: "', (PER, p.full), '" <', (EMAIL, g.email(p)), ">")
    b.ln("To: ", (EMAIL, g.pick(["ui.appeals@labor.state.nj.us", "appeals@dwd.wi.gov",
                                  "uiclaims@esd.wa.gov", "uiappeals@ides.il.gov"])))
    b.ln(f"Date: {g.hdr_date()}")
    cid = g.digits(10)
    b.ln(f"Subject: Re: Claim ID {cid} - appeal of disqualification")
    b.ln()
    b.ln("Hello,")
    b.ln()
    emp = g.pick(BRANDS_PERSONLIKE[:24])
    b.add("My name is ", (PER, g.nm(p, "full")), f" and my claim (ID {cid}) was denied on ",
          (DT, g.fd(g.past(5, 30), "en")), f". The determination says I quit {emp} voluntarily but I was let "
          f"go after my hours were cut from 32 to 8 per week. My former supervisor, ")
    sup = g.person()
    b.ln((PER, g.nm(sup, g.pick(["full", "init"]))), ", can confirm this.")
    b.ln()
    b.add("Please send any hearing notice to my new address: ", (ADDR, g.addr("US").one()),
          ". I am also changing direct deposit - routing ", g.pick(ROUTING), ", account ",
          (ACCT, g.acct("bank")), ". The last four of my SSN are ", g.digits(4), ".")
    b.ln()
    b.ln()
    b.ln("I am available for a phone hearing on any weekday morning. Best number: ",
         (PHONE, g.phone("US")), ".")
    b.ln()
    b.ln("Thank you,")
    b.ln((PER, p.given))
    b.ln()
    b.ln(f"> On {WEEKDAYS['en'][g.past().weekday()][:3]}, Unemployment Insurance <", (EMAIL, "noreply@uinotices.wa.gov"), "> wrote:")
    b.ln(f"> Your weekly certification for week ending {g.pick(['Saturday', 'Sunday'])} was received. "
         f"Confirmation {g.chars(10, UP + DIG)}.")


@kind("court_docket_csv")
def k_docket_csv(b: B, g: G):
    case = g.case_no("us")
    b.ln("case_number,seq,filed,event,party,attorney,judge,courtroom,doc_id")
    plaintiff, defendant = g.person(), g.person()
    atty, judge = g.person(), g.person()
    d = g.past(60, 400)
    events = ["Complaint filed", "Summons issued", "Proof of service", "Answer filed", "Case management conf.",
              "Motion to compel", "Order granting motion", "Stipulation re: continuance", "Notice of hearing",
              "Minute order", "Default requested", "Judgment entered"]
    for seq in range(1, g.ri(5, 11)):
        d = d + timedelta(days=g.ri(3, 30))
        ev = events[min(seq - 1, len(events) - 1)] if g.p(0.7) else g.pick(events)
        who = plaintiff if g.p(0.55) else defendant
        b.add(f'"{case}",{seq},"', (DT, g.fd(d, "en", "us_num")), f'","{ev}","',
              (PER, g.nm(who, g.pick(["LASTFIRST", "lastfirst"]))), '","')
        if g.p(0.75):
            b.add((PER, g.nm(atty, g.pick(["init", "full"]))))
        else:
            b.add("pro per")
        b.ln('","Hon. ', (PER, g.nm(judge, g.pick(["init", "full"]))), f'","Dept {g.ri(1, 40)}",{g.uuid()[:8]}')


@kind("civil_complaint_caption")
def k_complaint(b: B, g: G):
    atty, pl = g.person(), g.person()
    firm = g.pick(["Alvarez & Kim LLP", "Baker McKenzie", "Community Legal Aid Society", "Tenant Defense Project",
                   "Okafor Law Group, PC", "Goldberg Segalla"])
    a = g.addr("US")
    b.ln((PER, g.nm(atty, g.pick(["full", "mid"]))), f" (SBN {g.digits(6)})")
    b.ln(firm)
    b.ln((ADDR, a.block()))
    b.ln("Telephone: ", (PHONE, g.phone("US", False)))
    b.ln("Email: ", (EMAIL, g.work_email(atty, g.pick(["lawaid.org", "tenantdefense.org", "okaforlaw.com"]))))
    b.ln("Attorneys for Plaintiff ", (PER, g.nm(pl, "upper")))
    b.ln()
    st, cty = g.pick([("CALIFORNIA", "ALAMEDA"), ("CALIFORNIA", "LOS ANGELES"), ("CALIFORNIA", "FRESNO"),
                      ("ARIZONA", "MARICOPA"), ("ARIZONA", "PIMA"), ("WASHINGTON", "KING"), ("WASHINGTON", "SPOKANE")])
    b.ln("SUPERIOR COURT OF THE STATE OF ", (LOC, st))
    b.ln("FOR THE COUNTY OF ", (LOC, cty))
    b.ln()
    b.ln((PER, g.nm(pl, "upper")), ", an individual,")
    b.ln("            Plaintiff,")
    b.ln("      v.")
    b.ln(f"{g.pick(['SUNRISE REALTY PARTNERS LLC', 'OAK TREE APARTMENTS LP', 'WAGNER BROTHERS ROOFING INC.', 'MARTHA STEWART LIVING OMNIMEDIA'])}; and DOES 1 through 20, inclusive,")
    b.ln("            Defendants.")
    b.ln()
    b.ln(f"Case No.: {g.case_no('us')}")
    b.ln("COMPLAINT FOR: (1) BREACH OF WARRANTY OF HABITABILITY; (2) NEGLIGENCE; (3) VIOLATION OF CIVIL CODE § 1942.4")
    b.ln()
    b.add("1. Plaintiff ", (PER, g.nm(pl, "full")), " is, and at all relevant times was, a tenant residing at ",
          (ADDR, g.addr("US").one()), ". ")
    b.ln(f"Plaintiff has paid monthly rent of {g.amount('USD')} since {g.today.year - g.ri(1, 6)}.")
    b.add("2. On or about ", (DT, g.fd(g.past(60, 300), "en", "us_long")),
          ", Plaintiff notified Defendants in writing of mold, a broken heater and a leaking roof. ")
    b.ln("Defendants' agent, ", (PER, g.nm(g.person(), "full")), ", acknowledged the notice by text message on ",
         (DT, g.fd(g.past(30, 59), "en", "us_long")), ".")
    b.ln(f"3. Despite {g.ri(3, 9)} further requests, no repairs were made within 35 days.")
    b.ln(f"Hearing: Date: ", (DT, g.fd(g.future(30, 90), "en", "us_num")), "  Time: ", (DT, g.ft("en", "12")),
         f"  Dept.: {g.ri(1, 30)}")


@kind("police_incident_report")
def k_police_report(b: B, g: G):
    v, s = g.person(), g.person()
    ofc, sgt = g.person(), g.person()
    a = g.addr("US")
    occ = g.past(1, 20)
    b.ln("POLICE DEPARTMENT - INCIDENT / OFFENSE REPORT")
    b.ln(f"Report #: {g.today.year % 100}-{g.digits(6)}   ORI: {g.chars(2, UP)}{g.digits(7)}   "
         f"Beat: {g.ri(1, 9)}{g.pick('ABCD')}{g.ri(1, 30)}")
    b.ln(f"Offense: {g.pick(['Burglary - residential', 'Theft from vehicle', 'Criminal damage', 'Assault - simple', 'Identity theft'])}"
         f" ({g.pick(['PC 459', 'ORC 2911.12', '720 ILCS 5/19-3', 'RCW 9A.52.025'])})")
    b.ln("Reported: ", (DT, f"{occ.month:02d}/{occ.day:02d}/{occ.year} {g.ri(0, 23):02d}{g.ri(0, 59):02d}"),
         "   Occurred between: ", (DT, g.fdt(occ - timedelta(days=1), "en")), " and ", (DT, g.fdt(occ, "en")))
    b.ln("Location of occurrence: ", (ADDR, a.one().upper() if g.p(0.4) else a.one()))
    b.ln("Reporting officer: Ofc. ", (PER, g.nm(ofc, g.pick(["full", "init"]))), f" #{g.digits(4)}   "
         "Approved: Sgt. ", (PER, sgt.surname))
    b.ln()
    b.ln("VICTIM 1: ", (PER, g.nm(v, "LASTFIRST")), "   DOB: ", (DOB, g.fd(g.dob(), "en", "us_num")),
         f"   Sex: {g.pick('MF')}   Phone: ", (PHONE, g.phone("US")))
    b.ln("   Address: same as occurrence")
    if g.p(0.7):
        b.ln("SUSPECT 1: ", (PER, g.nm(s, "LASTFIRST")), "   DOB: ", (DOB, g.fd(g.dob(17, 60), "en", "us_num")),
             "   DL#: ", (DL, g.dl(us_state_dl(g))))
        b.ln(f"   Hgt 5'{g.ri(2, 11)}\"  Wgt {g.ri(120, 260)}  Hair {g.pick(['BRO', 'BLK', 'BLN'])}  "
             f"Eyes {g.pick(['BRO', 'BLU', 'GRN'])}")
    else:
        b.ln("SUSPECT 1: unknown - W/M, 20-30 yrs, dark hoodie")
    b.ln(f"VEHICLE: {g.ri(2008, 2023)} {g.pick(['Honda Civic', 'Toyota Camry', 'Ford F-150', 'Nissan Altima', 'Hyundai Elantra'])}, "
         f"{g.pick(['gray', 'black', 'white', 'silver'])}, plate {g.plate('US')}, VIN {g.vin()}")
    b.ln()
    b.ln("NARRATIVE:")
    b.add("On ", (DT, g.fd(g.today, "en", "us_long")), " I responded to the above location and met with ",
          (PER, v.given if g.p(0.4) else g.nm(v, "full")), ", who stated that overnight unknown person(s) entered the "
          "residence through a rear window. ")
    b.ln(f"Taken: {g.pick(['Samsung 55in TV', 'Dell laptop', 'PS5 console', 'jewelry box'])} (s/n {g.chars(12, UP + DIG)}), "
         f"est. value {g.amount('USD', 200, 3000)}. Neighbor's dog ({g.pick(PET_NAMES)}) reportedly barked during the night.")
    b.ln(f"Evidence: {g.ri(2, 9)} latent lifts, item #{g.digits(3)}. Body-worn camera: yes. "
         f"Case status: {g.pick(['open - pending follow-up', 'suspended', 'referred to CID'])}.")


@kind("cad_dispatch_log")
def k_cad(b: B, g: G):
    rp, subj = g.person(), g.person()
    a = g.addr("US", unit=g.p(0.5))
    b.ln(f"CAD INCIDENT DETAIL   Inc# P{g.today.strftime('%y%m%d')}{g.digits(5)}   Pri {g.ri(1, 4)}   "
         f"Type: {g.pick(['DISTURBANCE', 'DOMESTIC', 'WELFARE CHECK', 'SUSP VEH', 'NOISE'])}")
    b.ln(f"Agency: PD   Zone {g.ri(1, 12)}   Src: 911   Console {g.ri(1, 14)}")
    t = datetime(g.today.year, g.today.month, g.today.day, g.ri(0, 22), g.ri(0, 59), g.ri(0, 59))

    def ts():
        nonlocal t
        t += timedelta(seconds=g.ri(15, 600))
        return t.strftime("%H:%M:%S")
    b.ln(f"{ts()} CALL RECVD  ANI/ALI: ", (PHONE, g.phone("US", False)), "  CLASS: WPH2")
    b.ln(f"{ts()} CALLER: ", (PER, g.nm(rp, "LASTFIRST")))
    b.ln(f"{ts()} LOC VERIFIED: ", (ADDR, a.one().upper()))
    b.ln(f"{ts()} NARR: RP STATES {g.pick(['NEIGHBOR YELLING', 'MALE KNOCKING ON DOORS', 'LOUD MUSIC', 'FEMALE CRYING'])}, "
         f"{g.pick(['NO WEAPONS SEEN', 'UNK WEAPONS', 'POSS DV'])}. RP CALLBACK ", (PHONE, g.phone("US", False)))
    units = [f"{g.ri(1, 9)}{g.pick('ABCKL')}{g.ri(10, 40)}" for _ in range(2)]
    b.ln(f"{ts()} DISP {units[0]}, {units[1]}")
    b.ln(f"{ts()} ENRT {units[0]}")
    b.ln(f"{ts()} ONSCN {units[0]}")
    b.ln(f"{ts()} NARR: SUBJ ID'D AS ", (PER, g.nm(subj, "upper")), " DOB ", (DOB, g.fd(g.dob(18, 70), "en", "us_num")),
         f", NCIC NEG, {g.pick(['NO WARRANTS', '1 MISD WARRANT - CITE/RELEASE', 'PROBATION - NOTIFIED PO'])}")
    if g.p(0.5):
        b.ln(f"{ts()} NARR: PLATE {g.plate('US')} RTN {g.pick(['CLEAR', 'EXPIRED REG'])}; VIN {g.vin()}")
    b.ln(f"{ts()} CLR {units[0]}  DISPO: {g.pick(['R (REPORT)', 'A (ADVISED)', 'G (GONE ON ARRIVAL)'])}  "
         f"CASE# {g.today.year % 100}-{g.digits(6)}")
    b.ln(f"{ts()} CLOSE  TOTAL TIME {g.ri(12, 95)} MIN")


@kind("uscis_family_petition_form")
def k_uscis_form(b: B, g: G):
    pet = g.person()
    ben = g.person(g.pick(["es", "fil", "vi", "in", "zh", "ng", "ar", "ua"]))
    a = g.addr("US")
    b.ln("Petition for Alien Relative - Department of Homeland Security")
    b.ln(f"Form I-130   OMB No. 1615-0012   (page {g.ri(2, 4)} of 12)")
    b.ln(f"Receipt: {g.receipt()}   Attorney State Bar No.: {g.digits(7)}   G-28 attached: {g.pick(['Yes', 'No'])}")
    b.ln()
    b.ln("Part 2. Information About You (Petitioner)")
    b.ln("1. Alien Registration Number (A-Number) (if any): A-" + "".join(g.pick(['X', '*']) for _ in range(3)) + g.digits(3) + "   (masked)")
    b.ln("3. U.S. Social Security Number (if any): ", (SSN, g.ssn(g.pick(["plain", "dash"]))))
    b.ln("Your Full Name")
    b.ln("4.a. Family Name (Last Name): ", (PER, pet.surname.upper()))
    b.ln("4.b. Given Name (First Name): ", (PER, pet.given.upper()))
    b.ln("Other Information")
    fc, fctry = g.pick(FOREIGN_CITIES)
    b.ln("7. City/Town/Village of Birth: ", (LOC, fc))
    b.ln("8. Country of Birth: ", (LOC, fctry))
    b.ln("9. Date of Birth (mm/dd/yyyy): ", (DOB, g.fd(g.dob(25, 70), "en", "us_num")))
    b.ln("Mailing Address")
    b.ln("10.b. Street Number and Name: ", (ADDR, a.line1))
    b.ln("10.d. City or Town: ", (LOC, a.city))
    b.ln("10.e. State: ", (LOC, a.region_abbr), "   10.f. ZIP Code: ", a.postcode)
    b.ln()
    b.ln("Part 4. Information About Beneficiary")
    b.ln("4.a. Family Name (Last Name): ", (PER, ben.surname))
    b.ln("4.b. Given Name (First Name): ", (PER, ben.given))
    b.ln("9. Date of Birth (mm/dd/yyyy): ", (DOB, g.fd(g.dob(18, 60), "en", "us_num")))
    bc, bctry = g.pick(FOREIGN_CITIES)
    b.ln("8. City/Town/Village of Birth: ", (LOC, bc), "   Country of Birth: ", (LOC, bctry))
    b.ln("14. Daytime Telephone Number: ", (PHONE, g.phone("US", True)))
    if g.p(0.7):
        b.ln("16. Email Address (if any): ", (EMAIL, g.email(ben)))
    b.ln(f"20. Date of Marriage: ", (DT, g.fd(g.past(200, 3000), "en", "us_num")), "   Place: ", (LOC, g.city("US")))
    b.ln(f"Passport Number: {'*' * 6}{g.digits(3)}   Travel Document Number: N/A   I-94 No.: {g.digits(11)}")
    b.ln(f"2D barcode: {g.chars(24, UP + DIG)}   Fee: $675.00 (paid via Form G-1450)")


@kind("consular_appointment_email")
def k_visa_email(b: B, g: G):
    p = g.person(g.pick(["in", "zh", "ng", "es", "fil", "vi", "ar", "ua", "tr", "pl"]))
    b.ln("From: Visa Appointment Service <", (EMAIL, "noreply@ustraveldocs-appointments.com"), ">")
    b.ln("To: ", (EMAIL, g.email(p)))
    b.ln(f"Date: {g.hdr_date()}")
    b.ln(f"Subject: Appointment Confirmation - {g.pick(['B1/B2', 'F-1', 'H-1B', 'K-1', 'IR-1'])} - {p.surname.upper()}")
    b.ln()
    b.ln("Dear ", (PER, g.nm(p, "full")), ",")
    b.ln()
    b.ln("Your interview at the Consular Section has been scheduled. Please print this confirmation.")
    b.ln()
    b.ln("Applicant: ", (PER, g.nm(p, "LASTFIRST")))
    b.ln(f"Passport: {'*' * 5}{g.digits(4)}          Nationality: {g.pick(['Indian', 'Chinese', 'Nigerian', 'Mexican', 'Filipino', 'Vietnamese', 'Ukrainian', 'Turkish'])}")
    b.ln("Date of birth: ", (DOB, g.fd(g.dob(18, 65), "en", g.pick(["dmy_long", "iso"]))))
    b.ln(f"Confirmation No.: {g.chars(10, UP + DIG)}   DS-160 barcode: AA00{g.chars(6, UP + DIG)}")
    b.ln("Interview: ", (DT, g.fdt(g.future(10, 90), "en")), f"  (local time, {g.pick(TZ_IDS)})")
    b.ln("Location: ", (ADDR, g.pick([g.addr("NL"), g.addr("PL"), g.addr("SE"), g.addr("TR")]).one(True)))
    b.ln()
    b.ln(f"Bring: printed DS-160 confirmation, one photo 5x5 cm, MRV fee receipt ({g.pick(['USD 185', 'USD 205', 'USD 265'])}), "
         "original civil documents. Electronic devices are not permitted; no storage is available on site.")
    b.ln("Reschedule or cancel: ", (URL, f"https://ais.usvisa-info.com/en-{g.pick(['nl', 'pl', 'tr', 'se'])}/niv/schedule/"
                                     f"{g.digits(8)}/appointment"))
    b.ln(f"Group ID {g.digits(8)} - {g.ri(1, 5)} applicant(s). Allow {g.ri(2, 4)} hours for the appointment.")


@kind("tax_agency_notice")
def k_irs_notice(b: B, g: G):
    p = g.person()
    a = g.addr("US")
    b.ln("Department of the Treasury")
    b.ln("Internal Revenue Service")
    b.ln((ADDR, g.pick(["P.O. Box 931000\nLouisville, KY 40293-1000", "P.O. Box 219236\nKansas City, MO 64121-9236",
                        "Stop 6525 AUSC\nP.O. Box 149338\nAustin, TX 78714-9338"])))
    b.ln()
    yr = g.today.year - g.ri(1, 3)
    b.ln(f"Notice          {g.pick(['CP2000', 'CP14', 'CP501', 'LTR 5071C', 'CP75'])}")
    b.ln(f"Tax year        {yr}")
    b.ln("Notice date     ", (DT, g.fd(g.today, "en", "us_long")))
    b.ln(f"Social Security number   XXX-XX-{g.digits(4)}")
    b.ln("To contact us   ", (PHONE, g.pick(TOLLFREE_US)))
    b.ln(f"Your caller ID  {g.digits(5)}")
    b.ln(f"Page 1 of {g.ri(3, 6)}")
    b.ln()
    b.ln((PER, g.nm(p, "upper")))
    b.ln((ADDR, a.block().upper()))
    b.ln()
    amt = g.amount("USD")
    b.ln(f"Changes to your {yr} Form 1040 - Amount due: {amt}")
    b.ln()
    b.ln("The income and payment information we have on file from employers, banks and other payers does not match "
         f"the information you reported. Form 1099-NEC from {g.pick(BRANDS_PERSONLIKE[:24])} (payer TIN {g.digits(2)}-{g.digits(7)}) "
         f"reported {g.amount('USD')} that does not appear on your return.")
    b.ln()
    b.ln("Respond by ", (DT, g.fd(g.future(25, 35), "en", "us_long")), f". If we don't hear from you, we will send a "
         "Statutory Notice of Deficiency. Interest is charged on unpaid amounts; the rate for this quarter is "
         f"{g.ri(5, 8)}%.")
    b.ln()
    b.ln("Pay online: ", (URL, "https://www.irs.gov/payments"), "   or mail a check payable to United States Treasury "
         f"with Form 1040-V (control {g.digits(4)}-{g.digits(2)}).")
    b.ln(f"{g.digits(10)} {g.chars(4, UP)} {g.ri(10, 99)} {yr}12 670")


@kind("jury_summons")
def k_jury(b: B, g: G):
    p = g.person()
    a = g.addr("US")
    ct = g.addr("US", unit=False)
    b.ln("SUMMONS FOR JURY SERVICE - OFFICE OF THE JURY COMMISSIONER")
    b.ln(f"Juror ID: {g.digits(4)}-{g.digits(5)}     Group: {g.ri(1, 60)}     Pool code: {g.chars(3, UP)}{g.ri(1, 9)}")
    b.ln()
    b.ln((PER, g.nm(p, "upper")))
    b.ln((ADDR, a.block().upper()))
    b.ln()
    b.ln("YOU ARE SUMMONED TO APPEAR FOR JURY SERVICE ON:")
    d = g.future(14, 60)
    while d.weekday() > 4:
        d += timedelta(days=1)
    b.ln("      ", (DT, f"{g.fd(d, 'en', 'wd_long')} at {g.pick(['7:45 AM', '8:00 AM', '8:30 AM', '9:00 AM'])}"))
    b.ln("Report to: Jury Assembly Room, 2nd floor, ", (ADDR, ct.one()))
    b.ln()
    b.ln("Call-in: on the evening before your service date, check your group status at ",
         (URL, g.pick(["https://jury.courts.state.ny.us/status", "https://www.jury.lacourt.org/juror/status",
                       "https://ejuror.cookcountycourt.org/login"])))
    b.ln("   or call the automated line ", (PHONE, g.phone("US", False)), ". Your PIN for online access is ",
         (PWD, g.digits(g.pick([4, 6]))), ".")
    b.ln("Requests to postpone must be received by ", (DT, g.fd(d - timedelta(days=g.ri(7, 10)), "en", "us_long")), ".")
    b.ln()
    b.ln("Juror pay: $15 per day starting on the second day; mileage $0.34/mile one way. Parking: Lot C, validated.")
    b.ln("Employers may not penalize employees for jury service. Bring this summons and photo ID. Dress code: business casual.")
    b.ln()
    b.ln("QUALIFICATION QUESTIONNAIRE (complete and return within 10 days)")
    b.ln("Date of birth: ", (DOB, g.fd(g.dob(), "en", "us_num")), "    Daytime phone: ", (PHONE, g.phone("US")))
    if g.p(0.6):
        b.ln("E-mail: ", (EMAIL, g.email(p)))
    b.ln("Are you a U.S. citizen? [X] Yes [ ] No     Convicted of a felony? [ ] Yes [X] No")
    b.ln(f"Barcode: *{g.digits(12)}*")


@kind("notary_acknowledgment")
def k_notary_us(b: B, g: G):
    city, st, stname, _ = g.pick(US_CITIES)
    notary, signer = g.person(), g.person()
    if g.p(0.25):
        b.ocr = ocr_noise(random.Random(g.r.random()), 0.025)
    b.ln("CERTIFICATE OF ACKNOWLEDGMENT")
    b.ln()
    b.ln("A notary public or other officer completing this certificate verifies only the identity of the individual")
    b.ln("who signed the document to which this certificate is attached, and not the truthfulness, accuracy, or validity")
    b.ln("of that document.")
    b.ln()
    b.ln("State of ", (LOC, stname), "              )")
    b.ln("                                   ) ss.")
    b.ln("County of ", (LOC, g.pick(US_COUNTIES).replace(" County", "")), "           )")
    b.ln()
    b.add("On ", (DT, g.fd(g.today, "en", g.pick(["us_long", "us_num"]))), " before me, ",
          (PER, g.nm(notary, "full")), ", Notary Public, personally appeared ", (PER, g.nm(signer, g.pick(["full", "mid"]))))
    if g.p(0.4):
        b.add(" and ", (PER, g.nm(g.person(signer.cul), "full")))
    b.ln(", who proved to me on the basis of satisfactory evidence to be the person(s) whose name(s) is/are subscribed "
         "to the within instrument and acknowledged to me that he/she/they executed the same in his/her/their "
         "authorized capacity(ies).")
    b.ln()
    b.ln("WITNESS my hand and official seal.")
    b.ln()
    b.ln("Signature ______________________________ (Seal)")
    b.ln((PER, g.nm(notary, "upper")), f"   Commission # {g.digits(7)}")
    b.ln("My commission expires ", (DT, g.fd(g.future(200, 1400), "en", "us_long")))
    b.ln()
    b.ln(f"Notary journal entry #{g.ri(1, 400)} | Fee charged: $15.00 | Thumbprint: yes")
    b.ln("ID presented: driver license ", (DL, g.dl(us_state_dl(g))), " | Document: ",
         g.pick(["Grant Deed", "Power of Attorney", "Affidavit of Heirship", "Quitclaim Deed"]),
         f", {g.ri(2, 9)} pages, APN {g.digits(3)}-{g.digits(3)}-{g.digits(2)}")


@kind("foia_request_email")
def k_foia_email(b: B, g: G):
    p = g.person()
    off = g.person()
    agency = g.pick([("foia@police.cityofmadison.com", "Police Department"), ("publicrecords@sfgov.org", "City Administrator"),
                     ("foia@dhs.gov", "Privacy Office"), ("records@kingcounty.gov", "Records Office"),
                     ("opra@newarknj.gov", "City Clerk")])
    b.ln("From: ", (PER, p.full), " <", (EMAIL, g.email(p)), ">")
    b.ln("To: ", (EMAIL, agency[0]))
    b.ln(f"Date: {g.hdr_date()}")
    b.ln(f"Subject: Public records request - {g.pick(['use-of-force reports', 'towing contract', 'shelter inspection records', 'ALPR retention policy', 'code enforcement complaints'])}")
    b.ln()
    b.ln(f"Dear Records Officer ({agency[1]}),")
    b.ln()
    b.ln("Pursuant to the Freedom of Information Act, 5 U.S.C. 552, and applicable state public records law, "
         "I request copies of the following records:")
    d1 = g.past(200, 700)
    d2 = d1 + timedelta(days=g.ri(30, 180))
    b.ln("1. All incident reports and CAD event logs for calls to ", (ADDR, g.addr("US").one()), " between ",
         (DT, g.fd(d1, "en", "us_long")), " and ", (DT, g.fd(d2, "en", "us_long")), ".")
    b.ln("2. Email correspondence between Deputy Director ", (PER, g.nm(off, "full")),
         f" and {g.pick(['Motorola Solutions', 'Axon Enterprise', 'Flock Safety', 'Tyler Technologies'])} regarding "
         f"contract no. {g.chars(2, UP)}-{g.digits(5)}.")
    b.ln(f"3. Any retention schedule or policy (version {g.version()} or later) governing these records.")
    b.ln()
    b.ln(f"I agree to pay fees up to {g.amount('USD')}. If you deny any part of this request, please cite each "
         "specific exemption and release all segregable portions. I prefer electronic delivery.")
    b.ln()
    b.ln("If you have questions, please call me at ", (PHONE, g.phone("US")), ".")
    b.ln()
    b.ln("Sincerely,")
    b.ln((PER, g.nm(p, "full")))
    b.ln(g.pick(["Reporter, The Riverside Ledger", "Volunteer, Open Records Project", "Graduate researcher", "Tenant organizer"]))
    if g.p(0.5):
        b.ln((ADDR, g.addr("US").block()))
    b.ln()
    b.ln(f"-- Auto-reply: your request has been logged as {g.pick(['FOIA', 'PRR', 'R'])}-{g.today.year}-{g.digits(6)}. "
         f"Statutory response time: {g.pick(['5 business days', '10 working days', '20 business days'])}.")


@kind("records_portal_access_log")
def k_access_log(b: B, g: G):
    b.ln(f"# export: public-records portal / nginx + app audit  host=web-{g.ri(1, 4)}  tz={g.pick(TZ_IDS)}")
    paths = ["/requests/{r}/status", "/requests/new", "/login", "/documents/{u}.pdf", "/api/v2/requests?page={n}",
             "/search?q=zoning+variance", "/reset-password", "/requests/{r}/messages"]
    ips = [g.ip4(False) for _ in range(3)] + [g.ip6()] + [g.ip4(True)]
    for _ in range(g.ri(6, 11)):
        ip = g.pick(ips)
        path = g.pick(paths).format(r=f"PRR-{g.today.year}-{g.digits(6)}", u=g.uuid(), n=g.ri(1, 40))
        st = g.pick([200, 200, 200, 302, 304, 401, 403, 404, 429, 500])
        kind_ = g.pick(["nginx", "nginx", "app"])
        if kind_ == "nginx":
            b.ln(f"{g.logts()} ", (IP, ip), f' - - "{g.pick(["GET", "GET", "POST"])} {path} HTTP/1.1" {st} '
                 f'{g.ri(200, 90000)} "-" "{g.pick(["Mozilla/5.0 (Windows NT 10.0; Win64; x64)", "curl/8.4.0", "python-requests/2.31.0", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X)"])}" '
                 f"rt={g.ri(1, 900) / 1000:.3f}")
        else:
            ev = g.pick(["login_failed", "login_ok", "request_created", "document_viewed", "rate_limited"])
            user = g.pick(["user=anon", f"user=u{g.digits(6)}", f"user={g.pick(['jmarsh', 'kowal_a', 'tdang88', 'records_admin'])}"])
            b.add(f"{g.logts()} level={g.pick(['INFO', 'WARN'])} event={ev} {user} src=", (IP, ip))
            if g.p(0.3):
                b.add(" xff=", (IP, g.ip4(False)), ", ", (IP, g.ip4(True)))
            b.ln(f" req_id={g.uuid()} build={g.version()}")
    b.ln(f"# {g.ri(200, 9000)} lines omitted; sha256 of full export: {g.sha(64)}")


@kind("efiling_service_notice")
def k_efile_notice(b: B, g: G):
    pl, atty, other = g.person(), g.person(), g.person()
    co = g.pick(["Oak Tree Apartments LLC", "Wells Fargo Bank, N.A.", "Ford Motor Credit Company LLC", "Midland Credit Management"])
    case = g.case_no("us")
    env = g.digits(8)
    b.ln(f"Subject: Notification of Service for Case: {case}, ", (PER, pl.surname.upper()), f" vs. {co.upper()} for filing "
         f"{g.pick(['Motion for Continuance', 'Original Answer', 'Notice of Appearance', 'Proposed Order'])}, Envelope Number: {env}")
    b.ln()
    b.ln("Notification of Service")
    b.ln(f"Case Number: {case}")
    b.ln("Case Style: ", (PER, g.nm(pl, "upper")), f" vs. {co.upper()}")
    b.ln(f"Envelope Number: {env}")
    b.ln()
    b.ln("This is a notification of service for the filing listed. Please click the link below to retrieve the submitted document.")
    b.ln()
    b.ln("Filing Details")
    b.ln("Case Number            ", case)
    b.ln("Date/Time Submitted    ", (DT, f"{g.fd(g.today, 'en', 'us_num2')} {g.ft('en', '12')}"), " CST")
    b.ln("Filing Type            EFileAndServe")
    b.ln("Filed By               ", (PER, g.nm(atty, "full")))
    b.ln("Service Contacts       ", (PER, g.nm(other, "full")), ": ", (EMAIL, g.work_email(other, g.pick(["lawhelp.org", "gkzlaw.com", "ca.legalaid.org"]))))
    b.ln("                       ", (PER, g.nm(atty, "full")), ": ", (EMAIL, g.work_email(atty, g.pick(["okaforlaw.com", "tenantdefense.org"]))))
    b.ln()
    b.ln("Document Details")
    b.ln(f"Served Document        Download Document (", (URL, f"https://efile.txcourts.gov/ViewDocuments.aspx?FID={g.uuid()}"), ")")
    b.ln(f"This link is active for 30 days. Lead document page count: {g.ri(2, 40)}. Filing fee: {g.amount('USD', 50, 450)}.")


@kind("probation_team_chat")
def k_chat(b: B, g: G):
    a1, a2, client = g.person("en"), g.person(), g.person()
    b.ln(f"#pretrial-services-unit{g.ri(2, 7)}  |  exported {g.ri(20, 300)} messages  |  retention {g.ri(1, 7)}y")
    h, m = g.ri(8, 10), g.ri(0, 50)

    def t():
        nonlocal h, m
        m += g.ri(1, 9)
        if m >= 60:
            h, m = h + 1, m - 60
        return f"[{h:02d}:{m:02d}]"
    n1, n2 = g.nm(a1, "full"), g.nm(a2, "full")
    b.ln(f"{t()} ", (PER, n1), ": did ", (PER, g.nm(client, g.pick(["full", "given"]))), " check in this morning?")
    b.ln(f"{t()} ", (PER, n2), ": no. his phone ", (PHONE, g.phone("US")), " goes straight to voicemail")
    b.ln(f"{t()} ", (PER, n1), ": court date is ", (DT, g.fd(g.future(2, 20), "en", g.pick(["us_num2", "us_abbr"]))),
         f", dept {g.ri(1, 30)}. if he misses it we file the violation")
    b.ln(f"{t()} ", (PER, n2), ": his sister ", (PER, g.person(client.cul).given),
         " said he's staying at ", (ADDR, g.addr("US").one()), " now")
    b.ln(f"{t()} ", (PER, n1), f": ok, updating the address in the system. ankle monitor vendor ticket is {g.pick(['INC', 'SR'])}{g.digits(7)}")
    b.ln(f"{t()} @{g.pick(['dmarsh', 'sup_kowalski', 'tl.nguyen'])}: reminder - UA schedule changes next Monday, color code {g.pick(['amber', 'blue', 'green'])}")
    b.ln(f"{t()} ", (PER, n2), ": fyi the DL he gave intake is ", (DL, g.dl(us_state_dl(g))), ", comes back suspended")
    b.ln(f"{t()} ", (PER, n1), ": noted. also - who took the dog ", g.pick(PET_NAMES), " from the last home visit lol")
    b.ln(f"{t()} ", (PER, n2), ": :joy: not me")


@kind("eviction_notice")
def k_eviction(b: B, g: G):
    t1 = g.person()
    a = g.addr("US", unit=True)
    agent = g.person()
    b.ln(g.pick(["THREE-DAY NOTICE TO PAY RENT OR QUIT", "14-DAY NOTICE TO PAY RENT OR VACATE", "NOTICE OF TERMINATION OF TENANCY"]))
    b.ln()
    b.add("TO: ", (PER, g.nm(t1, "upper")))
    if g.p(0.5):
        b.add(" and ", (PER, g.nm(g.person(t1.cul), "upper")))
    b.ln(", and all other tenants and subtenants in possession of the premises located at:")
    b.ln()
    b.ln("      ", (ADDR, a.block()))
    b.ln()
    d1 = g.past(20, 60)
    b.ln("PLEASE TAKE NOTICE that the rent on said premises is now due and unpaid in the total amount of "
         f"{g.amount('USD')}, being the rent for the period from ", (DT, g.fd(d1, "en", "us_num")), " through ",
         (DT, g.fd(d1 + timedelta(days=30), "en", "us_num")), ".")
    b.ln()
    b.ln("You are hereby required to pay said rent in full within three (3) days after service of this notice "
         "(excluding Saturdays, Sundays and judicial holidays) or to deliver up possession of the premises. "
         "Late fees and other charges are not included in the amount demanded.")
    b.ln()
    b.ln(f"Payment shall be made to {g.pick(['Sunrise Realty Partners LLC', 'Oak Tree Apartments LP', 'Peterson Property Management'])} "
         "in person at ", (ADDR, g.addr("US").one()), ", during normal business hours, or by phone at ",
         (PHONE, g.phone("US", False)), ".")
    b.ln()
    b.ln("Dated: ", (DT, g.fd(g.today, "en", "us_long")))
    b.ln("Owner/Agent: ", (PER, g.nm(agent, "full")))
    b.ln()
    b.ln("PROOF OF SERVICE")
    b.ln("I, the undersigned, declare that I served this notice on ", (DT, g.fdt(g.today, "en")),
         f", by {g.pick(['posting a copy in a conspicuous place and mailing a copy', 'personal delivery', 'substituted service on a person of suitable age'])}.")
    b.ln(f"Server reg. #{g.digits(4)}  County reg. #{g.digits(3)}  Unit key tag {g.chars(2, UP)}{g.digits(2)}")


@kind("uk_council_tax_bill")
def k_council_tax(b: B, g: G):
    p = g.person(g.pick(["en", "en", "in", "ng", "pl", "ar", "zh"]))
    a = g.addr("UK")
    b.ln("Council Tax and Business Rates")
    b.ln((ADDR, g.pick(["PO Box 5012\nBirmingham\nB6 9SL", "PO Box 1234\nLeeds\nLS2 8TN", "PO Box 771\nManchester\nM60 3NY"])))
    b.ln()
    b.ln((PER, g.nm(p, g.pick(["full", "upper", "init"]))))
    b.ln((ADDR, a.block()))
    b.ln()
    b.ln("Council Tax account number: ", (ACCT, g.digits(g.pick([8, 9]), True)))
    b.ln(f"Property reference: {g.digits(12)}     Valuation band: {g.pick('ABCDEFG')}")
    b.ln("Date of bill: ", (DT, g.fd(g.today, "en", "dmy_long")))
    b.ln()
    y = g.today.year
    b.ln(f"COUNCIL TAX BILL {y}/{(y + 1) % 100:02d}")
    b.ln(f"Charge for the year ............................ {g.amount('GBP')}")
    b.ln(f"Less single person discount (25%) .............. -{g.amount('GBP')}")
    b.ln(f"Adult social care precept (2%) included ........ {g.amount('GBP')}")
    b.ln()
    b.ln(f"Your Direct Debit instalments will be collected on the {g.pick(['1st', '15th', '28th'])} of each month, "
         f"starting ", (DT, g.fd(g.future(10, 40), "en", "dmy_long")), ".")
    b.ln(f"Bank: sort code {g.digits(2)}-{g.digits(2)}-{g.digits(2)}, account ending ****{g.digits(4)}")
    b.ln()
    b.ln("Moving home? Tell us online at ", (URL, g.pick(["https://www.birmingham.gov.uk/counciltax", "https://www.leeds.gov.uk/council-tax/tell-us-you-are-moving",
                                                            "https://secure.manchester.gov.uk/counciltax"])))
    b.ln("or call ", (PHONE, g.phone("UK", False)), " (Monday to Friday, office hours).")
    b.ln(f"Reference line for online banking: CT{g.digits(8)}. Please do not send cash by post.")


@kind("uk_universal_credit_journal")
def k_uc_journal(b: B, g: G):
    p = g.person(g.pick(["en", "en", "pl", "so", "ar", "ng", "in"]))
    coach = g.person("en")
    b.ln("Universal Credit - Your journal")
    b.ln(f"Claim reference: {g.digits(10)}   Assessment period {g.ri(1, 28)} to {g.ri(1, 28)}   Work coach: ", (PER, coach.given))
    b.ln()
    b.ln("Message from your work coach")
    b.ln("Hi ", (PER, p.given), ", thanks for uploading your tenancy agreement. Your next work search review is on ",
         (DT, g.fdt(g.future(3, 20), "en")), f" at the jobcentre ({g.pick(['room 2', 'desk 14', 'interview room B'])}).")
    b.ln("If you can't attend, call ", (PHONE, g.phone("UK", False)), " before the appointment or your payment may be reduced.")
    b.ln()
    b.ln("Message from you")
    b.ln("Hello, my new landlord is ", (PER, g.nm(g.person("en"), "full")), " and the rent is ", g.amount("GBP"),
         " per month. The address is ", (ADDR, g.addr("UK").one()), ". I moved in on ",
         (DT, g.fd(g.past(5, 40), "en", "dmy_long")), ".")
    b.ln(f"My daughter started nursery {g.pick(['last week', 'on Monday', 'this month'])}. Can I claim childcare costs? "
         f"Invoice no. INV-{g.digits(5)} attached.")
    b.ln()
    b.ln("Message from your work coach")
    b.ln(f"Yes - report them in the 'Report childcare costs' to-do within the assessment period. You can get back up to "
         f"85% of costs. Reference TD-{g.digits(6)}.")
    if g.p(0.5):
        b.ln("Your updated phone number ", (PHONE, g.phone("UK")), " has been saved.")
    b.ln(f"To-do: Confirm your housing costs (due within {g.ri(3, 7)} days)")


@kind("small_claims_yaml")
def k_small_claims_yaml(b: B, g: G):
    pl, df = g.person(), g.person()
    a = g.addr("US")
    b.ln("# small-claims e-filing record (export)")
    b.ln("filing:")
    b.ln(f"  case_number: {g.today.year % 100}SC{g.digits(6)}")
    b.ln("  filed_on: \"", (DT, g.today.isoformat()), "\"")
    b.ln(f"  schema_version: {g.version()}")
    b.ln("  plaintiff:")
    b.ln("    name: \"", (PER, g.nm(pl, "full")), "\"")
    b.ln("    address:")
    b.ln("      street: \"", (ADDR, a.line1), "\"")
    b.ln("      city: ", (LOC, a.city))
    b.ln("      state: ", (LOC, a.region_abbr))
    b.ln(f"      zip: \"{a.postcode}\"")
    b.ln("    phone: \"", (PHONE, g.phone("US")), "\"")
    b.ln("    email: ", (EMAIL, g.email(pl)))
    b.ln("  defendant:")
    if g.p(0.5):
        b.ln("    name: \"", (PER, g.nm(df, "full")), "\"")
        b.ln("    service_address: \"", (ADDR, g.addr("US").one()), "\"")
    else:
        b.ln(f"    name: \"{g.pick(['Peterson Plumbing LLC', 'Wagner Brothers Roofing Inc.', 'Anderson Windows'])}\"")
        b.ln("    registered_agent: \"", (PER, g.nm(df, "full")), "\"")
    b.ln("  claim:")
    b.ln(f"    amount: {g.ri(300, 10000)}.{g.ri(0, 99):02d}")
    b.ln(f"    basis: \"{g.pick(['unreturned security deposit', 'unpaid invoice', 'property damage', 'defective repair'])}\"")
    b.ln("    incident_date: ", (DT, g.past(30, 300).isoformat()))
    b.ln("  hearing:")
    hd = g.future(30, 70)
    b.ln("    date: ", (DT, hd.isoformat()))
    b.ln("    time: \"", (DT, f"{g.pick([8, 9, 10, 13])}:{g.pick(['00', '30'])}"), "\"")
    b.ln(f"    courtroom: \"{g.ri(1, 9)}{g.pick('ABCD')}\"")
    b.ln("  fee:")
    b.ln(f"    amount: {g.pick(['75.00', '100.00', '30.00'])}")
    b.ln(f"    card_last4: \"{g.digits(4)}\"")
    b.ln(f"    receipt: R-{g.digits(8)}")
    b.ln("  meta:")
    b.ln(f"    created: {g.today.isoformat()}T{g.ri(0, 23):02d}:{g.ri(0, 59):02d}:{g.ri(0, 59):02d}Z")
    b.ln(f"    submitted_via: ${{EFILE_CHANNEL}}")
    b.ln(f"    checksum: {g.sha(40)}")


@kind("legal_aid_case_json")
def k_legal_aid_json(b: B, g: G):
    c = g.person()
    a = g.addr("US")
    staff = g.person()
    b.add("{\n")
    b.add(f'  "matter_id": "LA-{g.today.year}-{g.digits(5)}",\n')
    b.add(f'  "problem_code": "{g.pick(["63 Private Landlord/Tenant", "31 Family - Custody", "71 SSI", "51 Medicaid", "81 Immigration"])}",\n')
    b.add('  "client": {\n')
    b.add('    "first_name": "', (PER, c.given), '",\n')
    b.add('    "last_name": "', (PER, c.surname), '",\n')
    b.add('    "dob": "', (DOB, g.dob().isoformat()), '",\n')
    if g.p(0.6):
        b.add('    "ssn": "', (SSN, g.ssn("dash")), '",\n')
    else:
        b.add(f'    "ssn": "***-**-{g.digits(4)}",\n')
    b.add('    "phone": "', (PHONE, g.phone("US")), '",\n')
    b.add('    "email": "', (EMAIL, g.email(c)), '",\n')
    b.add('    "address": "', (ADDR, a.one()), '",\n')
    b.add(f'    "household_size": {g.ri(1, 7)},\n')
    b.add(f'    "income_pct_fpl": {g.ri(40, 199)},\n')
    b.add(f'    "language": "{g.pick(["es", "vi", "so", "en", "ar", "zh"])}"\n')
    b.add("  },\n")
    b.add(f'  "adverse_parties": [{{"name": "{g.pick(["Oak Tree Apartments LLC", "Midland Credit Management", "Sunrise Realty Partners LLC"])}", "type": "org"}}, '
          '{"name": "', (PER, g.nm(g.person(), "full")), '", "type": "individual"}],\n')
    b.add('  "opened": "', (DT, g.past(5, 90).isoformat()), '",\n')
    b.add('  "next_deadline": "', (DT, g.future(3, 40).isoformat()), '",\n')
    b.add('  "assigned_to": "', (PER, g.nm(staff, "lastfirst")), '",\n')
    b.add(f'  "funding_code": "{g.pick(["LSC", "IOLTA", "VAWA", "CDBG"])}-{g.digits(3)}",\n')
    b.add('  "notes": [\n')
    b.add('    {"by": "', (PER, staff.given), '", "text": "Client has hearing ', (DT, g.fd(g.future(5, 30), "en", "us_abbr")),
          f'; needs copy of ledger. Called landlord office, left msg."}},\n')
    b.add(f'    {{"by": "intake-bot", "text": "Conflict check cleared ({g.uuid()})."}}\n')
    b.add("  ],\n")
    b.add(f'  "updated_at": {g.epoch()},\n')
    b.add(f'  "etag": "W/\\"{g.sha(16)}\\""\n')
    b.add("}\n")


@kind("traffic_citation")
def k_citation(b: B, g: G):
    p = g.person()
    a = g.addr("US")
    ofc = g.person("en")
    d = g.past(1, 15)
    b.ln(f"UNIFORM TRAFFIC CITATION            No. {g.pick(UP)}{g.digits(7)}")
    b.ln("Date: ", (DT, g.fd(d, "en", "us_num")), "   Time: ", (DT, f"{g.ri(0, 23):02d}{g.ri(0, 59):02d}"),
         f"   Agency: State Patrol, Troop {g.pick('ABCDEFG')}")
    b.ln()
    b.ln("DRIVER  Name: ", (PER, g.nm(p, "LASTFIRST")))
    b.ln("        DL No.: ", (DL, g.dl(us_state_dl(g))), f"   Class: {g.pick(['C', 'D', 'A-CDL', 'M'])}   CDL: {g.pick(['Y', 'N'])}")
    b.ln("        DOB: ", (DOB, g.fd(g.dob(16, 80), "en", "us_num")), f"   Sex: {g.pick('MF')}   Ht: {g.ri(4, 6)}-{g.ri(0, 11)}   "
         f"Eyes: {g.pick(['BRO', 'BLU', 'HAZ'])}")
    b.ln("        Address: ", (ADDR, a.one()))
    b.ln(f"VEHICLE {g.ri(2005, 2024)} {g.pick(['TOYT', 'HOND', 'FORD', 'CHEV', 'NISS', 'SUBA'])} {g.pick(['4D', 'PK', 'SUV'])}  "
         f"Plate: {g.plate('US')}  Exp: {g.pick(['valid', 'expired'])}  VIN: {g.vin()}")
    b.ln()
    b.ln(f"VIOLATION: {g.pick(['Speed 52 in 35 zone', 'Fail to stop - red signal', 'No proof of insurance', 'Use of handheld device'])} "
         f"({g.pick(['RCW 46.61.400', 'VC 22350', '625 ILCS 5/11-601', 'TRC 545.351'])})")
    b.ln("Location: ", g.pick(["I-5 NB at MP 164", "SR-99 SB near exit 23", "US-41 at CR 520"]), ", ", (LOC, g.city("US")))
    b.ln(f"Radar/Lidar unit: {g.chars(3, UP)}-{g.digits(4)}  calibrated within 30 days")
    b.ln()
    b.ln("Officer: ", (PER, g.nm(ofc, "init")), f"  Badge #{g.digits(4)}  Unit {g.ri(100, 999)}")
    b.ln(f"Penalty: {g.amount('USD')}.  Respond within 15 days: pay, contest, or request mitigation hearing.")
    b.ln("Court: ", (ADDR, g.addr("US", unit=False).one()), "  Court date (if contested): ", (DT, g.fdt(g.future(20, 60), "en")))
    b.ln("Pay online: ", (URL, g.pick(["https://www.payticket.courts.wa.gov/", "https://www.mytraffictickets.org/pay",
                                       "https://epay.cookcountyclerkofcourt.org/traffic"])))


@kind("protective_order_petition")
def k_protective(b: B, g: G):
    pet, resp = g.person(), g.person()
    b.ln("PETITION FOR ORDER FOR PROTECTION (DOMESTIC VIOLENCE)")
    b.ln(f"Case No. {g.case_no('us')}          Filed: ", (DT, g.fd(g.today, "en", "us_num")))
    b.ln()
    b.ln("PETITIONER: ", (PER, g.nm(pet, "full")), "   DOB: ", (DOB, g.fd(g.dob(18, 70), "en", "us_num")))
    b.ln("   Address: CONFIDENTIAL - Address Confidentiality Program substitute address: ",
         (ADDR, g.pick(["P.O. Box 257, Olympia, WA 98507", "P.O. Box 3025, Austin, TX 78711", "P.O. Box 5097, Albany, NY 12205"])))
    b.ln("   Safe phone for court contact: ", (PHONE, g.phone("US")))
    b.ln("RESPONDENT: ", (PER, g.nm(resp, "full")), "   DOB: ", (DOB, g.fd(g.dob(18, 70), "en", "us_num")),
         f"   Relationship: {g.pick(['former intimate partner', 'spouse', 'co-parent', 'household member'])}")
    b.ln("   Respondent's address (if known): ", (ADDR, g.addr("US").one()))
    b.ln("   Respondent's vehicle: ", g.pick(["black Dodge Charger", "white Nissan pickup", "silver Jeep"]),
         f", plate {g.plate('US')}")
    b.ln()
    b.ln("Describe the most recent incident:")
    d = g.past(1, 10)
    b.ln("On ", (DT, g.fdt(d, "en")), ", respondent came to my workplace at ", g.pick(BRANDS_PERSONLIKE[:24]),
         " and waited by my car. He sent more than 40 texts from ", (PHONE, g.phone("US")),
         " saying he would \"make me pay\". On ", (DT, g.fd(d - timedelta(days=g.ri(3, 20)), "en", "us_long")),
         " he grabbed my arm and took my phone. Police report #", f"{g.today.year % 100}-{g.digits(6)}", ".")
    kid = g.person(pet.cul)
    b.ln("Minor children: ", (PER, kid.given), f" (age {g.ri(2, 15)})")
    b.ln(f"Firearms: respondent {g.pick(['owns a handgun', 'has access to a rifle', 'none known'])}.")
    b.ln()
    b.ln("TEMPORARY ORDER granted. Full hearing set for ", (DT, g.fdt(g.future(10, 14), "en")),
         f", Courtroom {g.ri(1, 9)}{g.pick('ABC')}. Judicial officer: Commissioner ", (PER, g.nm(g.person(), "init")))


@kind("tenant_background_report")
def k_background(b: B, g: G):
    p = g.person()
    b.ln(f"TENANT SCREENING REPORT     Report ID: TS-{g.digits(9)}     Product: {g.pick(['ResidentCheck Plus', 'TenantSafe Pro', 'ScreenNow Basic'])}")
    b.ln(f"Ordered by: {g.pick(['Oak Tree Apartments LLC', 'Sunrise Realty Partners', 'City Housing Authority - Admissions'])}   "
         f"Permissible purpose: tenancy (FCRA 604(a)(3)(F))")
    b.ln()
    b.ln("APPLICANT")
    b.ln("Name: ", (PER, g.nm(p, "upper")), "   DOB: ", (DOB, g.fd(g.dob(), "en", "us_num")), "   SSN: ", (SSN, g.ssn()))
    b.ln("Also known as: ", (PER, g.nm(p, "init")), "; ", (PER, f"{p.given} {g.person(p.cul).surname}"))
    b.ln("Driver license: ", (DL, g.dl(us_state_dl(g))))
    b.ln()
    b.ln("ADDRESS HISTORY")
    for _ in range(g.ri(2, 3)):
        y0 = g.today.year - g.ri(2, 12)
        b.ln("  ", (ADDR, g.addr("US").one().upper()), f"   reported {y0}-{y0 + g.ri(1, 4)}  source: credit header")
    b.ln()
    b.ln("CRIMINAL SEARCH (county): ", (LOC, g.pick(US_COUNTIES)), " - no records found")
    b.ln("SEX OFFENDER REGISTRY (national): clear")
    b.ln("EVICTION SEARCH: 1 record")
    b.ln(f"  Case {g.case_no('us')}   Filed ", (DT, g.fd(g.past(400, 2000), "en", "us_num")),
         f"   Disposition: {g.pick(['dismissed', 'judgment for plaintiff', 'sealed'])}   Amount: {g.amount('USD')}")
    b.ln()
    b.ln(f"CREDIT SUMMARY  score band: {g.pick(['580-619', '620-659', '660-699', '700+'])}   open tradelines: {g.ri(1, 14)}   "
         f"collections: {g.ri(0, 4)}")
    b.ln(f"Recommendation: {g.pick(['ACCEPT', 'ACCEPT WITH CONDITIONS', 'REFER'])}   model {g.version()}")
    b.ln("Consumer may dispute: ", (PHONE, g.pick(TOLLFREE_US)), " - adverse action notice required if declined.")


@kind("municipal_security_incident")
def k_sec_incident(b: B, g: G):
    rep = g.person()
    b.ln(f"SECURITY INCIDENT REPORT  SIR-{g.today.year}-{g.digits(4)}   Classification: {g.pick(['TLP:AMBER', 'Internal', 'Confidential'])}")
    b.ln("Reported by: ", (PER, g.nm(rep, "full")), " (IT Security Office), ",
         (EMAIL, g.work_email(rep, g.pick(["cityhall.org", "countyit.gov", "permits.gov"]))), ", ", (PHONE, g.phone("US")))
    b.ln("Date detected: ", (DT, g.fd(g.today, "en", g.pick(["us_long", "iso"]))), f"   Severity: {g.pick(['High', 'Critical', 'Medium'])}")
    b.ln(f"Affected systems: online permit portal (build {g.version()}), GIS tile cache, payments relay")
    b.ln()
    b.ln("Summary")
    b.ln(f"During routine secret scanning, a public repository belonging to a contractor "
         f"({g.pick(['Tyler Technologies', 'Accela Partners', 'Wagner Brothers Roofing Inc.', 'Dell Technologies'])}) was found to "
         f"contain live credentials for the city's permit portal in commit {g.sha(40)}.")
    b.ln()
    b.ln("Exposed values (all rotated):")
    items = [("AWS access key ID", AKID, g.aws_id()), ("AWS secret access key", ASK, g.aws_secret()),
             ("GitHub token (deploy bot)", GH, g.gh_token()), ("Slack bot token (#permits-alerts)", SLACK, g.slack_token()),
             ("Stripe restricted key", STRIPE, g.stripe_key()), ("Maps API key", SEC, g.generic_secret())]
    g.r.shuffle(items)
    for label, typ, val in items[:g.ri(3, 5)]:
        b.ln(f"  - {label}: ", (typ, val))
    b.ln()
    b.ln("Observed use of the AWS key from ", (IP, g.ip4(False)), " and ", (IP, g.pick([g.ip4(False), g.ip6()])),
         f" ({g.ri(3, 60)} ListBucket calls, no writes). CloudTrail event IDs: {g.uuid()}, {g.uuid()}.")
    b.ln("Keys revoked on ", (DT, g.fdt(g.today, "en")), ". Contractor lead ", (PER, g.nm(g.person(), "full")), " notified.")
    b.ln(f"Follow-up: enable push protection; rotate remaining ${{PERMITS_DB_PASSWORD}}; ticket SEC-{g.digits(5)}.")


@kind("permit_portal_env_file")
def k_env(b: B, g: G):
    b.ln(f"# permits-portal/.env.production - attached to records release {g.pick(['PRR', 'FOIA'])}-{g.today.year}-{g.digits(6)} (redaction failed)")
    b.ln("APP_ENV=production")
    b.ln(f"APP_VERSION={g.version().lstrip('v')}")
    b.ln(f"APP_TIMEZONE={g.pick(TZ_IDS)}")
    b.ln("DATABASE_URL=postgres://permits_app:", (PWD, g.password()), f"@db-prod.internal:5432/permits?sslmode=require")
    if g.p(0.6):
        b.ln("REDIS_URL=redis://:", (PWD, g.password()), "@cache-01.internal:6379/0")
    b.ln("STRIPE_SECRET_KEY=", (STRIPE, g.stripe_key()))
    b.ln("STRIPE_WEBHOOK_SECRET=", (SEC, "whsec_" + g.chars(32)))
    if g.p(0.7):
        b.ln("SLACK_BOT_TOKEN=", (SLACK, g.slack_token()))
    b.ln("SENDGRID_API_KEY=", (SEC, "SG." + g.chars(22, ALNUM + "-_") + "." + g.chars(43, ALNUM + "-_")))
    if g.p(0.6):
        b.ln("AWS_ACCESS_KEY_ID=", (AKID, g.aws_id()))
        b.ln("AWS_SECRET_ACCESS_KEY=", (ASK, g.aws_secret()))
    b.ln("AWS_REGION=us-west-2")
    b.ln("S3_BUCKET=permits-prod-uploads")
    b.ln("JWT_SIGNING_SECRET=${JWT_SIGNING_SECRET}")
    b.ln("SESSION_SECRET=", (SEC, g.chars(48, HEX)))
    b.ln("ADMIN_EMAIL=", (EMAIL, g.pick(["permits-admin@cityhall.org", "webmaster@permits.gov", "it-ops@countyit.gov"])))
    b.ln("SUPPORT_PHONE=\"", (PHONE, g.phone("US", False)), "\"")
    b.ln("PUBLIC_URL=", (URL, g.pick(["https://permits.cityhall.org", "https://epermits.countyit.gov/portal"])))
    b.ln(f"FEATURE_FLAGS=online_payments,inspections_v2,ocr_{g.ri(1, 3)}")
    b.ln(f"LOG_LEVEL={g.pick(['info', 'warn', 'debug'])}")
    b.ln(f"MAX_UPLOAD_MB={g.pick([25, 50, 100])}")
    b.ln(f"# generated {g.epoch()} by deploy@{g.sha(7)}")


@kind("k8s_secret_manifest")
def k_k8s(b: B, g: G):
    ns = g.pick(["hhs-benefits-prod", "court-efile", "housing-portal", "dmv-appointments"])
    b.ln("apiVersion: v1")
    b.ln("kind: ConfigMap")
    b.ln("metadata:")
    b.ln(f"  name: {ns.split('-')[0]}-app-config")
    b.ln(f"  namespace: {ns}")
    b.ln("data:")
    b.ln("  DB_HOST: pg-primary.db.svc.cluster.local")
    b.ln("  DB_NAME: benefits")
    b.ln(f"  CASE_API_BASE: \"", (URL, g.pick(["https://api.benefits-portal.org/v2", "https://efile-api.courts.gov/v1/cases"])), "\"")
    b.ln(f"  TZ: {g.pick(TZ_IDS)}")
    b.ln("---")
    b.ln("apiVersion: v1")
    b.ln("kind: Secret")
    b.ln("metadata:")
    b.ln(f"  name: {ns.split('-')[0]}-app-secrets")
    b.ln(f"  namespace: {ns}")
    b.ln(f"  uid: {g.uuid()}")
    b.ln(f"  resourceVersion: \"{g.digits(8)}\"")
    b.ln(f"  creationTimestamp: \"{g.today.isoformat()}T{g.ri(0, 23):02d}:{g.ri(0, 59):02d}:{g.ri(0, 59):02d}Z\"")
    b.ln("type: Opaque")
    b.ln("data:")
    keys = [("DB_PASSWORD", PWD, g.password()), ("SMTP_PASSWORD", PWD, g.password()),
            ("SESSION_SECRET", SEC, g.chars(40, HEX)), ("CASE_API_KEY", SEC, g.generic_secret()),
            ("OAUTH_CLIENT_SECRET", SEC, g.chars(40)), ("REDIS_PASSWORD", PWD, g.password())]
    g.r.shuffle(keys)
    for k, typ, raw in keys[:g.ri(2, 5)]:
        b.ln(f"  {k}: ", (typ, base64.b64encode(raw.encode()).decode()))
    b.ln("# sealed-secrets migration pending - see runbook " + g.pick(["OPS-", "INFRA-"]) + g.digits(4))


@kind("efiling_api_integration_email")
def k_api_email(b: B, g: G):
    dev, it = g.person(), g.person()
    b.ln("From: ", (PER, dev.full), " <", (EMAIL, g.work_email(dev, g.pick(["caseflowsoftware.com", "civicbridge.io"]))), ">")
    b.ln("To: ", (PER, it.full), " <", (EMAIL, g.work_email(it, g.pick(["courts.gov", "clerk.countyit.gov"]))), ">")
    b.ln(f"Date: {g.hdr_date()}")
    b.ln("Subject: RE: e-filing API cutover - credentials for production")
    b.ln()
    b.ln("Hi ", (PER, it.given), ",")
    b.ln()
    b.ln(f"Cutover is still planned for ", (DT, g.fdt(g.future(2, 14), "en")), ". Below are the values the vendor sent "
         "(yes, I know, email is not the place - please move them to the vault today):")
    b.ln()
    b.ln("Token endpoint: ", (URL, "https://auth.efile-gateway.com/oauth2/token"))
    b.ln(f"client_id: clerk-prod-{g.digits(4)}")
    b.ln("client_secret: ", (SEC, g.chars(g.pick([32, 40]))))
    b.ln("Sample access token (expires in 1h):")
    b.ln("Authorization: Bearer ", (JWT, g.jwt()))
    if g.p(0.5):
        b.ln("Payment relay key: ", (STRIPE, g.stripe_key()))
    b.ln()
    b.ln("SFTP drop for bulk dockets uses key auth. Private key for the service account:")
    b.ln((PEM, g.pem()))
    b.ln()
    b.ln("Call me if anything breaks: ", (PHONE, g.phone("US")))
    b.ln()
    b.ln("Thanks,")
    b.ln((PER, dev.given))
    b.ln(f"Ticket: CHG{g.digits(7)} | API spec {g.version()}")


@kind("warranty_deed")
def k_deed(b: B, g: G):
    gr1, gr2, ge = g.person(), g.person(), g.person()
    gr2.surname = gr1.surname
    city, st, stname, _ = g.pick(US_CITIES)
    rec = g.addr("US")
    if g.p(0.3):
        b.ocr = ocr_noise(random.Random(g.r.random()), 0.02)
    b.ln("RECORDING REQUESTED BY AND WHEN RECORDED MAIL TO:")
    b.ln((PER, g.nm(ge, "full")))
    b.ln((ADDR, rec.block()))
    b.ln()
    b.ln(f"APN: {g.digits(3)}-{g.digits(3)}-{g.digits(3)}          Document No. {g.today.year}-{g.digits(7)}     Escrow No. {g.digits(6)}-{g.pick(UP)}{g.pick(UP)}")
    b.ln()
    b.ln("                               WARRANTY DEED")
    b.ln()
    b.ln(f"The undersigned grantor(s) declare(s): Documentary transfer tax is {g.amount('USD')}, computed on full value of property conveyed.")
    b.ln()
    b.add("FOR VALUABLE CONSIDERATION, receipt of which is hereby acknowledged, ", (PER, g.nm(gr1, "upper")), " and ",
          (PER, g.nm(gr2, "upper")), ", husband and wife, hereby GRANT(S) and WARRANT(S) to ", (PER, g.nm(ge, "upper")),
          f", {g.pick(['a single woman', 'a married man as his sole and separate property', 'a single man'])}, the real property in the City of ",
          (LOC, city), ", County of ", (LOC, g.pick(US_COUNTIES).replace(" County", "")), ", State of ", (LOC, stname),
          ", described as follows:")
    b.ln()
    b.ln()
    b.ln(f"LOT {g.ri(1, 80)} OF TRACT NO. {g.digits(4)}, AS PER MAP RECORDED IN BOOK {g.ri(10, 400)}, PAGES {g.ri(1, 60)} "
         f"TO {g.ri(61, 90)} INCLUSIVE OF MAPS, IN THE OFFICE OF THE COUNTY RECORDER.")
    b.ln()
    b.ln("Commonly known as: ", (ADDR, g.addr("US", unit=False).one()))
    b.ln()
    b.ln("Dated: ", (DT, g.fd(g.today, "en", "us_long")))
    b.ln()
    b.ln("_______________________          _______________________")
    b.ln((PER, g.nm(gr1, "full")), "                    ", (PER, g.nm(gr2, "full")))
    b.ln()
    b.ln("MAIL TAX STATEMENTS AS DIRECTED ABOVE")


def ocr_noise(rng: random.Random, rate=0.03):
    subs = {"l": "1", "I": "l", "O": "0", "o": "0", "e": "c", "a": "o", "S": "5", "B": "8", "i": "í", ",": ".",
            "m": "rn", "h": "b", "t": "f"}

    def f(s: str) -> str:
        out = []
        for ch in s:
            if ch in subs and rng.random() < rate:
                out.append(subs[ch])
            elif ch == " " and rng.random() < rate / 2:
                out.append("  ")
            else:
                out.append(ch)
        return "".join(out)
    return f


@kind("ocr_affidavit_of_residence")
def k_ocr_affidavit(b: B, g: G):
    p = g.person()
    land = g.person()
    b.ocr = ocr_noise(random.Random(g.r.random()), g.pick([0.02, 0.04, 0.06]))
    b.ln("=== OCR OUTPUT page 1/1  engine=tess " + g.version() + "  conf=0." + g.digits(2) + " ===")
    b.ln("AFFIDAVIT OF RESIDENCE")
    b.ln("(Submitted in support of application for school enrollment / benefits)")
    b.ln()
    b.add("I, ", (PER, g.nm(p, g.pick(["full", "upper"]))), ", being first duly sworn, depose and state that I reside at ",
          (ADDR, g.addr("US").one()), " and have resided there since ", (DT, g.fd(g.past(200, 2000), "en", "us_long")), ". ")
    b.ln(f"The residence is {g.pick(['rented from', 'owned by', 'shared with'])} ", (PER, g.nm(land, "full")),
         ", whose telephone number is ", (PHONE, g.phone("US", False)), ".")
    b.ln()
    b.ln("My date of birth is ", (DOB, g.fd(g.dob(), "en", "us_long")), ". I make this statement under penalty of perjury.")
    b.ln()
    b.ln("Affiant signature: ___ [illegible] ___")
    b.ln("Subscribed and sworn before me on ", (DT, g.fd(g.today, "en", "us_num")))
    b.ln("Notary: ", (PER, g.nm(g.person(), "full")), f"   Comm. exp. [smudged]   Seal no. {g.digits(6)}")
    b.ln(f"~~ {g.chars(6, '|!l1I')} ~~ page footer: form AR-{g.digits(3)} rev {g.ri(1, 12)}/{g.ri(10, 24)}")


@kind("hearing_transcript")
def k_transcript(b: B, g: G):
    judge, atty, ten = g.person("en" if g.p(0.6) else None), g.person(), g.person()
    b.ln(f"IN THE MATTER OF: {g.pick(['Oak Tree Apartments LP', 'Sunrise Realty Partners', 'Metropolitan Housing Authority'])} v. ",
         (PER, g.nm(ten, "full")))
    b.ln(f"Case No. {g.case_no('us')}          TRANSCRIPT OF PROCEEDINGS (unlawful detainer)")
    b.ln("Date: ", (DT, g.fd(g.today, "en", "us_long")), f"          Courtroom {g.ri(1, 12)}{g.pick('ABC')}")
    b.ln("Before: Hon. ", (PER, g.nm(judge, "full")))
    b.ln("Appearances: ", (PER, g.nm(atty, "full")), ", Esq., for Plaintiff; ", (PER, g.nm(ten, "full")), ", self-represented")
    b.ln()
    tt = datetime(2000, 1, 1, 9, g.ri(0, 20), g.ri(0, 59))

    def ts():
        nonlocal tt
        tt += timedelta(seconds=g.ri(10, 90))
        return tt.strftime("%H:%M:%S")
    ja = "MS." if atty.gender == "f" else "MR."
    jt = "MS." if ten.gender == "f" else "MR."
    b.ln(f"{ts()} THE COURT: We're on the record in the matter listed. Counsel, your appearance.")
    b.ln(f"{ts()} {ja} ", (PER, atty.surname.upper()), ": Good morning, Your Honor. ", (PER, g.nm(atty, "full")), " for the landlord.")
    b.ln(f"{ts()} THE COURT: And you are?")
    b.ln(f"{ts()} {jt} ", (PER, ten.surname.upper()), ": ", (PER, g.nm(ten, "full")), ", I'm the tenant. I have the receipts.")
    b.ln(f"{ts()} THE COURT: The notice was served on what date, counsel?")
    b.ln(f"{ts()} {ja} ", (PER, atty.surname.upper()), ": On ", (DT, g.fd(g.past(20, 50), "en", "us_long")),
         ", Your Honor, by posting and mailing.")
    b.ln(f"{ts()} {jt} ", (PER, ten.surname.upper()), f": I paid {g.amount('USD')} by money order, number {g.digits(11)}, two days later.")
    b.ln(f"{ts()} THE COURT: All right. I'll continue this {g.pick(['two weeks', 'ten days', 'to the next calendar'])} so plaintiff can "
         "check its ledger. New date ", (DT, g.fdt(g.future(10, 21), "en")), ". Same courtroom.")
    b.ln(f"{ts()} (Proceedings adjourned.)")
    b.ln(f"Certified by: CSR No. {g.digits(5)}   Audio file {g.uuid()}.wav   Pages 1-{g.ri(4, 30)}")


@kind("disability_medical_evidence_request")
def k_dds(b: B, g: G):
    c, doc, exam = g.person(), g.person(), g.person("en")
    b.ln("DISABILITY DETERMINATION SERVICES")
    b.ln("REQUEST FOR MEDICAL EVIDENCE OF RECORD")
    b.ln(f"Claim type: {g.pick(['Title II (DIB)', 'Title XVI (SSI)', 'Concurrent'])}     Claim #: {g.digits(3)}-{g.chars(2, UP)}-{g.digits(6)}     "
         f"Barcode: {g.digits(16)}")
    b.ln()
    b.ln(f"To: Health Information Management, {g.pick(['St. Mary Medical Center', 'Mercy Regional Hospital', 'Community Health Clinic North', 'Kaiser Permanente'])}")
    b.ln("Fax: ", (PHONE, g.phone("US", False)))
    b.ln()
    b.ln("Claimant: ", (PER, g.nm(c, "LASTFIRST")), "     DOB: ", (DOB, g.fd(g.dob(20, 64), "en", "us_num")))
    b.ln("Your patient/medical record no.: ", (MRN, g.mrn()))
    b.ln(f"Health plan: {g.pick(['Medicaid', 'Medicare', 'Molina Healthcare', 'UnitedHealthcare Community Plan'])}  Member ID: ",
         (HPN, g.hpn()), f"  Group No. {g.digits(5)}")
    d1 = g.past(300, 700)
    b.ln("Dates of service requested: ", (DT, g.fd(d1, "en", "us_num")), " through ", (DT, g.fd(g.today, "en", "us_num")))
    b.ln("Treating source: Dr. ", (PER, g.nm(doc, g.pick(["full", "init"]))), f", NPI {g.pick('12')}{g.digits(9)}")
    b.ln()
    b.ln(f"Alleged impairments: {g.pick(['depression, anxiety', 'lumbar disc disease', 'diabetes with neuropathy', 'seizure disorder', 'PTSD'])}."
         f" Codes on file: {g.pick(ICD)}, {g.pick(ICD)}. Current medications listed by claimant: {g.pick(DRUGS)}; {g.pick(DRUGS)}.")
    b.ln("Please send office notes, imaging, lab results and any medical source statement. Records are needed by ",
         (DT, g.fd(g.future(10, 20), "en", "us_long")), ". Reimbursement: $30 per complete record; invoice with TIN.")
    b.ln()
    b.ln("Disability examiner: ", (PER, g.nm(exam, "full")), "  Unit ", f"{g.ri(10, 99)}{g.pick('ABC')}",
         "  Direct line: ", (PHONE, g.phone("US", False)))
    b.ln("Authorization: SSA-827 signed by claimant on file (copy enclosed).")


@kind("victim_services_intake")
def k_victim_intake(b: B, g: G):
    v = g.person()
    adv = g.person()
    b.ln("CRIME VICTIM SERVICES - INTAKE & COMPENSATION SCREEN")
    b.ln(f"Intake #: VS-{g.today.year}-{g.digits(5)}   Referral: {g.pick(['patrol', 'prosecutor', 'hospital social work', 'walk-in'])}")
    b.ln("Advocate: ", (PER, g.nm(adv, "full")), "   Intake date: ", (DT, g.fd(g.today, "en")))
    b.ln()
    b.ln("Victim name: ", (PER, g.nm(v, "full")), "        Preferred name: ", (PER, v.given))
    b.ln("Date of birth: ", (DOB, g.fd(g.dob(), "en", "us_num")))
    b.ln("Safe to leave voicemail? Y   Safe phone: ", (PHONE, g.phone("US")))
    b.ln("Mailing address: ", (ADDR, g.addr("US").one()))
    b.ln(f"Crime type: {g.pick(['robbery', 'assault', 'burglary', 'DV', 'hit and run'])}   Police report #: {g.today.year % 100}-{g.digits(6)}")
    b.ln("Date of crime: ", (DT, g.fd(g.past(3, 60), "en", "us_num")))
    b.ln()
    b.ln("Medical treatment: yes - ER visit, hospital MRN ", (MRN, g.mrn()), f"; bills approx. {g.amount('USD')}")
    b.ln("Insurance: Medicaid ID ", (HPN, g.hpn("medicaid")) if g.p(0.6) else "none")
    b.ln(f"Lost wages: {g.pick(['yes', 'no'])}   Employer: {g.pick(BRANDS_PERSONLIKE[:24])}")
    if g.p(0.4):
        b.ln("Victim's card used by suspect after the robbery: ", (CC, g.card()), f" ({g.ri(2, 9)} charges, bank claim "
             f"#{g.digits(8)})")
    b.ln("Relocation assistance: requested; current landlord ", (PER, g.nm(g.person(), "full")))
    b.ln("Bank account for reimbursement: routing ", g.pick(ROUTING), "  account ", (ACCT, g.acct("bank")))
    b.ln()
    b.ln("Advocate notes: client anxious, has dog (", g.pick(PET_NAMES), ") - shelter placement must allow pets. "
         f"Follow-up call set for ", (DT, g.fdt(g.future(2, 7), "en")), ". Claim form VC-1 sent.")


@kind("court_payment_card_authorization")
def k_card_auth(b: B, g: G):
    p = g.person()
    a = g.addr("US")
    b.ln("CLERK OF COURT - CREDIT/DEBIT CARD AUTHORIZATION (mail/fax)")
    b.ln(f"Form CC-{g.digits(2)}  For payment of fines, fees and costs. Convenience fee {g.ri(2, 3)}.{g.ri(0, 9)}%")
    b.ln()
    b.ln(f"Case number(s): {g.case_no('us')}" + (f", {g.case_no('us')}" if g.p(0.3) else ""))
    b.ln("Defendant/party name: ", (PER, g.nm(p, "full")))
    b.ln(f"Amount authorized: {g.amount('USD')}")
    b.ln()
    ch = p if g.p(0.6) else g.person(p.cul)
    b.ln("Cardholder name (as on card): ", (PER, g.nm(ch, g.pick(["upper", "full", "mid"]))))
    b.ln("Card type: [ ] Visa [ ] MC [ ] Amex [ ] Discover")
    b.ln("Card number: ", (CC, g.card()))
    b.ln("Exp. date: on file    CVV: ***")
    b.ln("Billing address: ", (ADDR, a.one()))
    b.ln("Phone: ", (PHONE, g.phone("US")), "    Email for receipt: ", (EMAIL, g.email(ch)))
    b.ln()
    b.ln("I authorize the Clerk to charge the above amount. Signature: ____________  Date: ",
         (DT, g.fd(g.today, "en", "us_num")))
    b.ln()
    b.ln(f"FOR CLERK USE: Receipt R{g.digits(9)}  Auth code {g.chars(6, UP + DIG)}  Batch {g.digits(4)}  "
         f"Ref card {g.card_bad()} (rejected, keyed in error)")
    b.ln("This form is shredded after processing per PCI policy section 3.2.")


@kind("state_tax_installment_letter")
def k_tax_plan(b: B, g: G):
    p = g.person()
    a = g.addr("US")
    b.ln("DEPARTMENT OF REVENUE - COLLECTIONS DIVISION")
    b.ln(f"Letter ID: L{g.digits(10)}     Taxpayer ID: XXX-XX-{g.digits(4)}     Period: {g.today.year - 1}")
    b.ln("Date: ", (DT, g.fd(g.today, "en", g.pick(["us_long", "us_num"]))))
    b.ln()
    b.ln((PER, g.nm(p, "upper")))
    b.ln((ADDR, a.block().upper()))
    b.ln()
    b.ln("INSTALLMENT AGREEMENT APPROVED")
    b.ln()
    b.ln("Dear ", (PER, g.nm(p, "full")), ":")
    b.ln(f"We approved your request to pay your balance of {g.amount('USD')} in {g.ri(6, 24)} monthly payments of "
         f"{g.amount('USD')}. Your first payment will be withdrawn on ", (DT, g.fd(g.future(14, 40), "en", "us_long")), ".")
    b.ln()
    b.ln("Payments will be debited from:")
    b.ln(f"   Financial institution: {g.pick(['Wells Fargo Bank', 'U.S. Bank', 'Navy Federal CU', 'Fifth Third Bank'])}")
    b.ln(f"   Routing number: {g.pick(ROUTING)}")
    b.ln("   Account number: ", (ACCT, g.acct("bank")), f"   Type: {g.pick(['checking', 'savings'])}")
    b.ln()
    b.ln("The agreement will default if a payment is missed or a future return is not filed by its due date. "
         f"A setup fee of {g.pick(['$50.00', '$25.00', '$107.00'])} has been added.")
    b.ln("Questions? Call ", (PHONE, g.phone("US", False)), " or visit ", (URL, g.pick(["https://www.tax.ny.gov/pay/", "https://mytax.illinois.gov",
                                                                                   "https://www.ftb.ca.gov/pay/payment-plans.html"])), ".")
    b.ln(f"{g.digits(3)} {g.digits(4)} {g.digits(6)} {g.digits(2)}")


@kind("ci_deploy_log")
def k_ci_log(b: B, g: G):
    repo = g.pick(["county-courts/efile-portal", "city-permits/permit-web", "hhs/benefits-screener", "clerk/jury-manager"])
    b.ln(f"Run #{g.ri(100, 9000)} - deploy-production - {repo} @ {g.sha(7)}")
    t = datetime(g.today.year, g.today.month, g.today.day, g.ri(0, 22), g.ri(0, 59), g.ri(0, 59))

    def ts():
        nonlocal t
        t += timedelta(seconds=g.ri(1, 40))
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{g.ri(0, 9999999):07d}Z"
    b.ln(f"{ts()} ##[group]Run actions/checkout@v4")
    b.ln(f"{ts()} ##[endgroup]")
    b.ln(f"{ts()} Run aws-actions/configure-aws-credentials@v4")
    b.ln(f"{ts()}   aws-access-key-id: ${{{{ secrets.AWS_ACCESS_KEY_ID }}}}")
    b.ln(f"{ts()}   aws-secret-access-key: ***")
    b.ln(f"{ts()}   aws-region: us-gov-west-1")
    b.ln(f"{ts()} Run ./scripts/smoke.sh")
    b.ln(f"{ts()} + export NODE_VERSION={g.ri(18, 22)}.{g.ri(0, 12)}.{g.ri(0, 9)}")
    leak = g.pick(["slack", "gh", "bearer", "aws"])
    if leak == "slack":
        b.ln(f"{ts()} + curl -s -X POST -H 'Authorization: Bearer ", (SLACK, g.slack_token()), "' ",
             (URL, "https://slack.com/api/chat.postMessage"))
    elif leak == "gh":
        b.ln(f"{ts()} + echo ", (GH, g.gh_token()), " | gh auth login --with-token")
    elif leak == "bearer":
        b.ln(f"{ts()} + curl -H 'Authorization: Bearer ", (SEC, g.chars(40)), "' ",
             (URL, f"https://api.{g.pick(['courtdata.io', 'docketfeed.com'])}/v1/health"))
    else:
        b.ln(f"{ts()} + AWS_ACCESS_KEY_ID=", (AKID, g.aws_id()), " aws s3 ls s3://" + repo.split("/")[1] + "-artifacts")
    b.ln(f"{ts()} smoke: GET / -> 200 ({g.ri(40, 900)}ms)")
    b.ln(f"{ts()} smoke: GET /healthz -> 200 build={g.version()}")
    b.ln(f"{ts()} Deploying image sha256:{g.sha(64)}")
    b.ln(f"{ts()} service updated: desired={g.ri(2, 6)} running={g.ri(2, 6)}  DB_PASSWORD=${{DB_PASSWORD}}")
    b.ln(f"{ts()} ##[warning]Secret scanning detected a possible token in step output.")
    b.ln(f"{ts()} Cleaning up orphan processes")


@kind("vcard_court_contacts")
def k_vcard(b: B, g: G):
    for _ in range(g.ri(2, 3)):
        p = g.person()
        a = g.addr("US")
        b.ln("BEGIN:VCARD")
        b.ln("VERSION:3.0")
        b.ln("N:", (PER, f"{p.surname};{p.given};{p.middle}"), ";;")
        b.ln("FN:", (PER, p.full))
        role = g.pick(["Court Interpreter (Spanish)", "Process Server", "Guardian ad Litem", "Court Reporter", "Bailiff"])
        b.ln(f"ORG:{g.pick(['Superior Court', 'Alvarez & Kim LLP', 'Court Services Unit'])}")
        b.ln(f"TITLE:{role}")
        b.ln("TEL;TYPE=WORK,VOICE:", (PHONE, g.phone("US", True)))
        if g.p(0.6):
            b.ln("TEL;TYPE=CELL:", (PHONE, g.phone("US")))
        b.ln("EMAIL;TYPE=INTERNET:", (EMAIL, g.email(p)))
        b.ln("ADR;TYPE=WORK:;;", (ADDR, f"{a.line1};{a.city};{a.region_abbr};{a.postcode};USA"))
        if g.p(0.5):
            b.ln("BDAY:", (DOB, g.dob().isoformat()))
        b.ln(f"NOTE:Registry no. {g.digits(5)} - available {g.pick(['mornings', 'Tue/Thu', 'on call'])}")
        b.ln(f"UID:{g.uuid()}")
        b.ln(f"REV:{g.today.strftime('%Y%m%d')}T{g.ri(0, 23):02d}{g.ri(0, 59):02d}00Z")
        b.ln("END:VCARD")


@kind("ics_hearing_invite")
def k_ics(b: B, g: G):
    org, att = g.person("en"), g.person()
    d = g.future(5, 60)
    h = g.ri(8, 15)
    b.ln("BEGIN:VCALENDAR")
    b.ln("PRODID:-//Court Scheduling//CalSync 4.2//EN")
    b.ln("VERSION:2.0")
    b.ln("METHOD:REQUEST")
    b.ln("BEGIN:VEVENT")
    b.ln(f"UID:{g.uuid()}")
    b.ln(f"DTSTAMP:{g.today.strftime('%Y%m%d')}T{g.ri(0, 23):02d}{g.ri(0, 59):02d}00Z")
    b.ln(f"CREATED:{g.today.strftime('%Y%m%d')}T{g.ri(0, 23):02d}{g.ri(0, 59):02d}00Z")
    tz = g.pick(["America/Chicago", "America/New_York", "America/Los_Angeles"])
    b.ln(f"DTSTART;TZID={tz}:", (DT, f"{d.strftime('%Y%m%d')}T{h:02d}0000"))
    b.ln(f"DTEND;TZID={tz}:", (DT, f"{d.strftime('%Y%m%d')}T{h + 1:02d}0000"))
    b.ln(f"SUMMARY:{g.pick(['Status conference', 'Mediation', 'Pretrial hearing', 'Arraignment'])} - {g.case_no('us')}")
    b.ln("LOCATION:", (ADDR, g.addr("US", unit=False).one().replace(",", "\\,")))
    b.ln("ORGANIZER;CN=", (PER, org.full), ":mailto:", (EMAIL, g.work_email(org, "courts.gov")))
    b.ln(f"ATTENDEE;CN=", (PER, att.full), ";ROLE=REQ-PARTICIPANT:mailto:", (EMAIL, g.email(att)))
    b.ln("DESCRIPTION:Join remotely: ", (URL, f"https://zoomgov.com/j/{g.digits(10)}"), "\\nPasscode: ", (PWD, g.passcode()),
         f"\\nDial-in: ", (PHONE, g.phone("US", True)), f"\\nBring exhibits marked per Local Rule {g.ri(1, 30)}.{g.ri(1, 9)}.")
    b.ln(f"LAST-MODIFIED:{g.today.strftime('%Y%m%d')}T{g.ri(0, 23):02d}{g.ri(0, 59):02d}00Z")
    b.ln("SEQUENCE:" + str(g.ri(0, 4)))
    b.ln("END:VEVENT")
    b.ln("END:VCALENDAR")


@kind("detention_visit_request")
def k_visit(b: B, g: G):
    v, inm = g.person(), g.person()
    b.ln("VISITOR APPLICATION - COUNTY DETENTION FACILITY")
    b.ln(f"Application no. VA{g.digits(7)}   Housing unit: {g.pick('ABCDEFG')}-{g.ri(1, 4)}-{g.ri(1, 40)}   Booking #: {g.digits(8)}")
    b.ln()
    b.ln("Person in custody: ", (PER, g.nm(inm, "LASTFIRST")), "   DOB: ", (DOB, g.fd(g.dob(18, 60), "en", "us_num")))
    b.ln()
    b.ln("Visitor")
    b.ln("  Full legal name: ", (PER, g.nm(v, "mid")))
    b.ln("  Date of birth: ", (DOB, g.fd(g.dob(18, 75), "en", "us_num")))
    b.ln("  ID type / number: driver license ", (DL, g.dl(us_state_dl(g))))
    b.ln("  Home address: ", (ADDR, g.addr("US").one()))
    b.ln("  Phone: ", (PHONE, g.phone("US")), "   Email: ", (EMAIL, g.email(v)))
    b.ln(f"  Relationship: {g.pick(['mother', 'spouse', 'friend', 'brother', 'pastor'])}")
    b.ln("  Have you been incarcerated in the last 5 years? [ ] Yes [X] No")
    b.ln()
    b.ln("Requested video visit: ", (DT, g.fdt(g.future(3, 20), "en")), f" ({g.pick([20, 30, 45])} minutes)")
    b.ln(f"Visits are limited to 2 per week. Fee: {g.pick(['$0.00 (on-site)', '$5.99 (remote)', '$9.95 (remote)'])}. "
         f"Vendor: {g.pick(['GTL', 'Securus', 'ViaPath'])}. Terminal ID {g.chars(2, UP)}{g.digits(3)}.")
    b.ln("Approved by: Deputy ", (PER, g.nm(g.person("en"), "init")), f"  (badge {g.digits(4)})")


# ----------------------------------------------------------------- Dutch ----
def nl_aanhef(p: Person):
    return ("heer" if p.gender == "m" else "mevrouw"), p.surname[0].upper() + p.surname[1:]


def nl_titel(p: Person):
    return "De heer" if p.gender == "m" else "Mevrouw"


@kind("nl_toeslagen_beschikking", "nl")
def k_nl_toeslagen(b: B, g: G):
    p = g.person()
    a = g.addr("NL")
    y = g.today.year
    b.ln("Belastingdienst/Toeslagen")
    b.ln((ADDR, g.pick(["Postbus 8500\n6400 CK Heerlen", "Postbus 8000\n6400 CK Heerlen"])))
    b.ln()
    b.ln(nl_titel(p), " ", (PER, f"{p.given[0]}. {p.surname}" if g.p(0.6) else p.full))
    b.ln((ADDR, a.block()))
    b.ln()
    b.ln("Datum            ", (DT, g.fd(g.today, "nl", g.pick(["long", "dash"]))))
    b.ln(f"Ons kenmerk      {g.digits(4)}.{g.digits(2)}.{g.digits(3)}.{g.digits(3)}")
    b.ln(f"Burgerservicenr. ******{g.digits(3)}")
    b.ln(f"Onderwerp        Voorschotbeschikking huurtoeslag {y}")
    b.ln()
    h, s = nl_aanhef(p)
    b.ln(f"Geachte {h} ", (PER, s), ",")
    b.ln()
    b.ln(f"U krijgt voor {y} een voorschot huurtoeslag van {g.amount('EUR')} per jaar. Wij betalen het voorschot in "
         "maandelijkse termijnen uit op rekeningnummer ", (IBAN, g.iban("NL")), ". De eerste betaling ontvangt u rond ",
         (DT, g.fd(g.future(5, 30), "nl", "long")), ".")
    b.ln()
    b.ln("Hoe hebben wij uw voorschot berekend?")
    b.ln(f"  Rekenhuur per maand            {g.amount('EUR')}")
    b.ln(f"  Toetsingsinkomen (geschat)     {g.amount('EUR')}")
    b.ln(f"  Aantal personen in huishouden  {g.ri(1, 5)}")
    if g.p(0.7):
        m = g.person(p.cul)
        b.ln("  Toeslagpartner: ", (PER, m.full), ", geboren op ", (DOB, g.fd(g.dob(), "nl", g.pick(["long", "dash"]))))
    b.ln()
    b.ln("Klopt er iets niet? Pas uw gegevens binnen 4 weken aan via Mijn toeslagen op ",
         (URL, "https://www.belastingdienst.nl/toeslagen"), " of bel de BelastingTelefoon Toeslagen: ",
         (PHONE, "0800-0543"), ".")
    b.ln(f"Bent u het niet eens met deze beschikking? Dan kunt u binnen 6 weken na de dagtekening bezwaar maken. "
         f"Vermeld daarbij het kenmerk en uw handtekening.")
    b.ln()
    b.ln("Met vriendelijke groet,")
    b.ln("Belastingdienst/Toeslagen")
    b.ln(f"HT{g.digits(2)} {g.digits(4)} {g.chars(3, UP)} {g.digits(6)}")


@kind("nl_ind_afspraakbrief", "nl")
def k_nl_ind(b: B, g: G):
    p = g.person(g.pick(["tr", "ma", "ar", "ti", "zh", "in", "ua", "en", "fa"]))
    a = g.addr("NL")
    b.ln("Immigratie- en Naturalisatiedienst")
    b.ln("Ministerie van Justitie en Veiligheid")
    b.ln()
    b.ln(nl_titel(p), " ", (PER, p.full.upper() if g.p(0.3) else p.full))
    b.ln((ADDR, a.block()))
    b.ln()
    b.ln("Datum: ", (DT, g.fd(g.today, "nl", "long")))
    b.ln(f"V-nummer: {g.digits(2)}******   Zaaknummer: {g.digits(10)}   Uw kenmerk: -")
    b.ln(f"Onderwerp: uitnodiging {g.pick(['biometrie (pasfoto, vingerafdrukken, handtekening)', 'ophalen verblijfsdocument', 'gehoor naturalisatie'])}")
    b.ln()
    h, s = nl_aanhef(p)
    b.ln(f"Geachte {h} ", (PER, s), ",")
    b.ln()
    d = g.future(7, 40)
    while d.weekday() > 4:
        d += timedelta(days=1)
    b.ln("U heeft een afspraak op het IND-loket:")
    b.ln("  Datum:   ", (DT, g.fd(d, "nl", "wd_long")))
    b.ln("  Tijd:    ", (DT, g.ft("nl")))
    b.ln("  Adres:   ", (ADDR, g.addr("NL").one()))
    b.ln()
    b.ln(f"Neem mee: uw geldig paspoort (eindigend op {g.digits(3)}), deze brief en, indien van toepassing, uw huidige "
         "verblijfsdocument. Komt u met een tolk? Dat mag, maar de IND betaalt de kosten niet.")
    b.ln(f"De leges van {g.amount('EUR')} zijn al voldaan. Kinderen onder de 6 jaar hoeven niet mee.")
    b.ln()
    b.ln("Kunt u niet komen? Verzet uw afspraak uiterlijk 24 uur van tevoren via ", (URL, "https://www.ind.nl/afspraak"),
         " of bel ", (PHONE, g.pick(["088 043 0430", "+31 88 043 0430"])), ".")
    b.ln()
    b.ln("Met vriendelijke groet,")
    b.ln("namens de Staatssecretaris van Justitie en Veiligheid,")
    b.ln((PER, g.nm(g.person("nl"), "full")), f", medewerker {g.pick(['Klantcontact', 'Afdeling Verblijf', 'Unit Naturalisatie'])}")


@kind("nl_proces_verbaal_aangifte", "nl")
def k_nl_pv(b: B, g: G):
    ag, verb = g.person(), g.person("nl")
    a = g.addr("NL")
    d = g.past(1, 10)
    b.ln("POLITIE")
    b.ln("Proces-verbaal van aangifte")
    feit = g.pick(["fiets", "inbraak", "oplichting"])
    b.ln(f"Registratienummer: PL{g.digits(4)}-{g.today.year}{g.digits(6)}    Feit: "
         f"{dict(fiets='Diefstal van fiets', inbraak='Woninginbraak', oplichting='Oplichting (online)')[feit]}")
    b.ln()
    b.ln("Ik, verbalisant, ", (PER, g.nm(verb, "full")), f", {g.pick(['brigadier', 'hoofdagent', 'agent'])} van politie, verklaar "
         "dat zich bij mij vervoegde een persoon die opgaf te zijn:")
    b.ln("  Achternaam:   ", (PER, ag.surname))
    b.ln("  Voornamen:    ", (PER, ag.given))
    b.ln("  Geboren:      ", (DOB, g.fd(g.dob(), "nl", "dash")), "  te ", (LOC, g.pick([g.city("NL"), g.city("NL"), g.pick(FOREIGN_CITIES)[0]])))
    b.ln("  Adres:        ", (ADDR, a.one()))
    b.ln("  Telefoon:     ", (PHONE, g.phone("NL")))
    if g.p(0.6):
        b.ln("  E-mail:       ", (EMAIL, g.email(ag, "nl")))
    b.ln()
    b.ln("Pleegplaats:  ", (ADDR, g.addr("NL").one()) if g.p(0.5) else "zelfde als adres aangever")
    b.ln("Pleegdatum/tijd: tussen ", (DT, g.fdt(d - timedelta(days=1), "nl")), " en ", (DT, g.fdt(d, "nl")))
    b.ln()
    b.ln("Verklaring aangever:")
    if feit == "fiets":
        b.add("Ik doe aangifte van diefstal van mijn fiets. ")
        b.add(f"Het betreft een {g.pick(['Gazelle Orange C7', 'Cortina U4', 'VanMoof S3', 'Batavus Finez'])}, framenummer "
              f"{g.chars(2, UP)}{g.digits(7)}, aankoopwaarde {g.amount('EUR', 300, 3500)}. ")
    elif feit == "inbraak":
        b.add("Ik doe aangifte van inbraak in mijn woning. De achterdeur is opengebroken. ")
        b.add(f"Weggenomen: een laptop (serienummer {g.chars(10, UP + DIG)}), sieraden en contant geld, totaal ongeveer "
              f"{g.amount('EUR', 400, 6000)}. ")
    else:
        b.add("Ik doe aangifte van oplichting via Marktplaats. ")
        b.add(f"Ik heb {g.amount('EUR', 50, 900)} overgemaakt voor een telefoon die nooit is geleverd "
              f"(advertentie-id m{g.digits(10)}). ")
    b.add("Mijn buurman ", (PER, g.nm(g.person(), "full")), " zag rond die tijd een grijze bestelbus met kenteken ",
          g.plate("NL"), " wegrijden. ")
    b.ln("Ik heb geen toestemming gegeven aan wie dan ook om mijn goederen weg te nemen.")
    b.ln()
    b.ln("Waarvan door mij is opgemaakt dit proces-verbaal, dat ik sloot en ondertekende te ", (LOC, g.city("NL")),
         " op ", (DT, g.fd(g.today, "nl", "long")), ".")
    b.ln(f"Bijlage(n): {g.ri(0, 3)}   BVH-nummer {g.digits(9)}")


@kind("nl_omgevingsvergunning_aanvraag", "nl")
def k_nl_permit(b: B, g: G):
    p, contact = g.person(), g.person("nl")
    a = g.addr("NL")
    b.ln("Omgevingsloket - Aanvraag omgevingsvergunning")
    b.ln(f"Verzoeknummer: {g.digits(7)}   Aanvraagnummer: OLO{g.digits(7)}   Versie formulier: {g.version()}")
    b.ln()
    b.ln("1. Aanvrager")
    b.ln("   Naam:          ", (PER, g.nm(p, g.pick(["full", "init"]))))
    b.ln("   Straat + nr:   ", (ADDR, a.line1))
    b.ln(f"   Postcode:      {a.postcode}")
    b.ln("   Woonplaats:    ", (LOC, a.city))
    b.ln("   Telefoon:      ", (PHONE, g.phone("NL")))
    b.ln("   E-mail:        ", (EMAIL, g.email(p, "nl")))
    b.ln()
    b.ln("2. Gemachtigde")
    b.ln(f"   Bedrijf:       {g.pick(['Van Dijk Bouw B.V.', 'Bouwbedrijf De Groot & Zn.', 'Architectenbureau Mulder', 'Albert Heijn Vastgoed'])}")
    b.ln("   Contactpersoon:", " ", (PER, g.nm(contact, "full")), "   tel. ", (PHONE, g.phone("NL", False)))
    b.ln()
    b.ln("3. Locatie van de activiteit")
    b.ln("   Adres: ", (ADDR, g.addr("NL").one()) if g.p(0.4) else "zie aanvrager")
    b.ln(f"   Kadastrale aanduiding: {g.chars(3, UP)}{g.digits(2)} {g.pick(UP)} {g.digits(4)}")
    b.ln()
    b.ln("4. Activiteiten")
    b.ln(f"   [x] Bouwen: {g.pick(['dakkapel aan achtergevel', 'uitbouw 3 x 4 m', 'vervangen kozijnen', 'zonnepanelen op monument'])}")
    b.ln(f"   [ ] Kappen   [ ] Uitrit   Bouwkosten: {g.amount('EUR')}")
    b.ln("   Gewenste startdatum: ", (DT, g.fd(g.future(40, 120), "nl", "dash")))
    b.ln()
    b.ln(f"Bijlagen: tekening_v{g.ri(1, 5)}.pdf ({g.sha(12)}), constructieberekening.pdf, foto's ({g.ri(2, 9)})")
    b.ln(f"Indieningsvereisten compleet: {g.pick(['ja', 'nee - aanvullen binnen 14 dagen'])}. Leges worden na ontvangst berekend.")


@kind("nl_dagvaarding_kanton", "nl")
def k_nl_dagvaarding(b: B, g: G):
    ged, dw = g.person(), g.person("nl")
    a = g.addr("NL")
    d = g.future(20, 60)
    b.ln("DAGVAARDING KANTONZAKEN")
    b.ln()
    b.add("Heden, ", (DT, g.fd(g.today, "nl", "long")), ", op verzoek van ",
          g.pick(["Woonstichting Vestia", "Stichting Ymere", "Stichting Woonbron", "Woningcorporatie Eigen Haard"]),
          ", gevestigd en kantoorhoudende te ", (LOC, g.city("NL")), ", voor wie woonplaats wordt gekozen ten kantore van "
          "de gerechtsdeurwaarder, heb ik, ", (PER, g.nm(dw, "full")), ", gerechtsdeurwaarder met vestigingsplaats ",
          (LOC, g.city("NL")), ",")
    b.ln()
    b.ln()
    b.ln("GEDAGVAARD:")
    b.ln()
    b.ln((PER, g.nm(ged, g.pick(["full", "upper"]))), ", wonende te ", (ADDR, a.one()),
         ", aldaar mijn exploot doende en afschrift dezes latende aan ", g.pick(["hem/haar in persoon", "een huisgenoot", "in een gesloten envelop"]), ";")
    b.ln()
    b.ln("OM: op ", (DT, f"{g.fd(d, 'nl', 'wd_long')}, {g.pick(['09:30', '10:00', '13:30'])}"),
         " uur, niet in persoon verschenen te zijn ter terechtzitting van de kantonrechter, zitting houdende in het "
         "gerechtsgebouw aan ", (ADDR, g.addr("NL", ).one()), ";")
    b.ln()
    b.ln(f"TENEINDE: te horen vorderen betaling van achterstallige huur ad {g.amount('EUR')}, vermeerderd met "
         f"buitengerechtelijke kosten van {g.amount('EUR')} en de wettelijke rente.")
    b.ln("Betaling kan op rekening ", (IBAN, g.iban("NL")), f" onder vermelding van dossiernummer {g.digits(8)}.")
    b.ln(f"Kosten exploot: {g.amount('EUR')}. Zaaknummer: {g.case_no('nl')}.")
    b.ln("Contact deurwaarderskantoor: ", (PHONE, g.phone("NL", False)))


@kind("nl_bezwaar_email", "nl")
def k_nl_bezwaar(b: B, g: G):
    p = g.person()
    a = g.addr("NL")
    muni = g.pick(["utrecht.nl", "rotterdam.nl", "amsterdam.nl", "denhaag.nl", "eindhoven.nl"])
    b.ln("Van: ", (PER, p.full), " <", (EMAIL, g.email(p, "nl")), ">")
    b.ln("Aan: ", (EMAIL, f"bezwaar@{muni}"))
    b.ln(f"Datum: {g.hdr_date()}")
    topic = g.pick(["naheffingsaanslag parkeerbelasting", "WOZ-beschikking", "afwijzing bijzondere bijstand", "boete afvalscheiding"])
    b.ln(f"Onderwerp: Bezwaar tegen {topic}")
    b.ln()
    b.ln("Geachte heer/mevrouw,")
    b.ln()
    b.ln(f"Hierbij maak ik bezwaar tegen de {topic} van ", (DT, g.fd(g.past(5, 40), "nl", "long")),
         f" met kenmerk {g.digits(3)}-{g.digits(6)}-{g.digits(2)}.")
    b.ln()
    b.ln(f"Mijn motivering: {g.pick(['de parkeerautomaat was defect (storingsnummer ' + g.digits(6) + ')', 'de waarde van de woning is te hoog vastgesteld', 'mijn inkomen is sinds vorige maand gedaald'])}. "
         f"Ik stuur {g.ri(1, 4)} bijlagen mee.")
    b.ln("Ik verzoek u het bedrag terug te storten op ", (IBAN, g.iban("NL")), " ten name van ", (PER, g.nm(p, "init")), ".")
    b.ln("Ik wil graag gehoord worden. U kunt mij bereiken op ", (PHONE, g.phone("NL")), ".")
    b.ln()
    b.ln("Met vriendelijke groet,")
    b.ln()
    b.ln((PER, p.full))
    b.ln((ADDR, a.block()))


# ---------------------------------------------------------------- Polish ----
def pl_pan(p: Person):
    return "Pan" if p.gender == "m" else "Pani"


@kind("pl_wniosek_dodatek_mieszkaniowy", "pl")
def k_pl_dodatek(b: B, g: G):
    p = g.person()
    a = g.addr("PL")
    b.ln("WNIOSEK O PRZYZNANIE DODATKU MIESZKANIOWEGO")
    b.ln(f"Nr wniosku: DM.{g.digits(4)}.{g.digits(3)}.{g.today.year}   (wypełnia organ)")
    b.ln()
    b.ln("1. Wnioskodawca")
    b.ln("   Imię i nazwisko: ", (PER, g.nm(p, g.pick(["full", "upper"]))))
    b.ln(f"   PESEL: *******{g.digits(4)}")
    b.ln("   Data urodzenia: ", (DOB, g.fd(g.dob(), "pl", "dot")))
    b.ln("   Adres zamieszkania: ", (ADDR, a.one()))
    b.ln("   Telefon: ", (PHONE, g.phone("PL")), "   e-mail: ", (EMAIL, g.email(p, "pl")) if g.p(0.7) else "brak")
    b.ln()
    b.ln(f"2. Tytuł prawny do lokalu: {g.pick(['najem', 'spółdzielcze lokatorskie prawo do lokalu', 'własność'])}")
    b.ln(f"3. Powierzchnia użytkowa lokalu: {g.ri(25, 80)},{g.ri(0, 9)} m2, w tym pokoi: {g.ri(1, 4)}")
    b.ln(f"4. Sposób ogrzewania: {g.pick(['centralne', 'piec kaflowy', 'gazowe'])}; ciepła woda: {g.pick(['tak', 'nie'])}")
    b.ln("5. Członkowie gospodarstwa domowego:")
    b.ln("   Lp. | Imię i nazwisko | Data urodzenia | Stopień pokrewieństwa")
    for i in range(g.ri(1, 3)):
        m = g.person("pl")
        b.ln(f"   {i + 1}.  | ", (PER, m.full), " | ", (DOB, g.fd(g.dob(1, 80), "pl", "dot")), " | ",
             g.pick(["małżonek", "córka", "syn", "matka", "konkubent"]))
    b.ln(f"6. Łączne dochody gospodarstwa (3 m-ce): {g.amount('PLN')}")
    b.ln(f"7. Wydatki na mieszkanie za ostatni miesiąc: {g.amount('PLN')}")
    b.ln("8. Zarządca budynku: ", g.pick(["Zarząd Budynków Komunalnych", "Spółdzielnia Mieszkaniowa Nowy Dom", "Kowalski Budownictwo Sp. z o.o."]),
         ", nr klienta: ", (ACCT, g.acct("customer")))
    b.ln("9. Numer rachunku do wypłaty dodatku: ", (IBAN, g.iban("PL")))
    b.ln()
    b.ln((LOC, a.city), ", dnia ", (DT, g.fd(g.today, "pl", "dot")), " r.")
    b.ln("                                              ....................................")
    b.ln("                                              (podpis wnioskodawcy)")
    b.ln("Pouczenie: dodatek przyznaje się na okres 6 miesięcy. Za złożenie fałszywego oświadczenia grozi "
         "odpowiedzialność karna (art. 233 § 6 Kodeksu karnego).")


@kind("pl_akt_notarialny", "pl")
def k_pl_akt(b: B, g: G):
    notary, s1, s2 = g.person("pl", "f"), g.person("pl"), g.person(g.pick(["pl", "pl", "ua"]))
    a_kanc = g.addr("PL", unit=False)
    if g.p(0.25):
        b.ocr = ocr_noise(random.Random(g.r.random()), 0.02)
    b.ln(f"Repertorium A nr {g.ri(100, 9999)}/{g.today.year}")
    b.ln()
    b.ln("                    AKT NOTARIALNY")
    b.ln()
    b.ln("Dnia ", (DT, g.fd(g.today, "pl", "long")), " roku, przed notariuszem ", (PER, g.nm(notary, "full")),
         ", prowadzącą Kancelarię Notarialną w ", (LOC, a_kanc.city), " przy ", (ADDR, a_kanc.line1), ", stawili się:")
    b.ln()
    b.ln("1. ", (PER, g.nm(s1, "full")), f", PESEL *******{g.digits(4)}, zamieszkały/a pod adresem: ", (ADDR, g.addr("PL").one()),
         ", zwany/a dalej „Sprzedającym”,")
    b.ln("2. ", (PER, g.nm(s2, "full")), f", legitymujący/a się dowodem osobistym serii {g.chars(3, UP)} numer ******, "
         "zamieszkały/a pod adresem: ", (ADDR, g.addr("PL").one()), ", zwany/a dalej „Kupującym”.")
    b.ln()
    b.ln("Tożsamość stawających notariusz ustaliła na podstawie okazanych dowodów osobistych.")
    b.ln()
    b.ln("                    UMOWA SPRZEDAŻY LOKALU MIESZKALNEGO")
    b.ln()
    b.ln(f"§ 1. Sprzedający oświadcza, że jest właścicielem lokalu mieszkalnego nr {g.ri(1, 80)} o powierzchni "
         f"{g.ri(28, 90)},{g.ri(10, 99)} m2, dla którego Sąd Rejonowy prowadzi księgę wieczystą nr "
         f"{g.chars(2, UP)}{g.ri(1, 9)}{g.pick(['P', 'M', 'S'])}/{g.digits(8)}/{g.ri(0, 9)}.")
    b.ln(f"§ 2. Cena sprzedaży wynosi {g.amount('PLN')}, która zostanie zapłacona przelewem na rachunek Sprzedającego nr ",
         (IBAN, g.iban("PL")), " w terminie do dnia ", (DT, g.fd(g.future(3, 30), "pl", "long")), " r.")
    b.ln("§ 3. Wydanie lokalu nastąpi w dniu ", (DT, g.fd(g.future(30, 60), "pl", "dot")), ", protokołem zdawczo-odbiorczym.")
    b.ln(f"§ 4. Taksa notarialna: {g.amount('PLN')} + 23% VAT; podatek od czynności cywilnoprawnych (2%): {g.amount('PLN')}.")
    b.ln()
    b.ln("Akt ten został odczytany, przyjęty i podpisany.")


@kind("pl_wezwanie_urzad_skarbowy", "pl")
def k_pl_wezwanie(b: B, g: G):
    p, urz = g.person(), g.person("pl")
    ua = g.addr("PL", unit=False)
    b.ln("NACZELNIK URZĘDU SKARBOWEGO")
    b.ln((ADDR, f"{ua.line1}\n{ua.cityline()}"))
    b.ln()
    b.ln((LOC, ua.city), ", dnia ", (DT, g.fd(g.today, "pl", "dot")), " r.")
    b.ln(f"Znak sprawy: {g.digits(4)}-SPV.{g.digits(4)}.{g.digits(3)}.{g.today.year}")
    b.ln(f"UNP: {g.digits(4)}-{g.digits(2)}-{g.digits(6)}")
    b.ln()
    b.ln(pl_pan(p), " ", (PER, g.nm(p, "full")))
    b.ln((ADDR, g.addr("PL").block()))
    b.ln()
    b.ln("                              WEZWANIE")
    b.ln()
    b.ln("Na podstawie art. 155 § 1 ustawy z dnia ", (DT, "29 sierpnia 1997"), " r. - Ordynacja podatkowa "
         f"wzywam {'Pana' if p.gender == 'm' else 'Panią'} do osobistego stawiennictwa w siedzibie urzędu, pokój nr {g.ri(100, 420)}, w dniu ",
         (DT, g.fd(g.future(7, 21), "pl", "dot")), " r. o godzinie ", (DT, f"{g.ri(8, 14)}:{g.pick(['00', '30'])}"),
         f", w celu złożenia wyjaśnień dotyczących zeznania PIT-{g.pick(['37', '36', '28'])} za rok {g.today.year - 1}.")
    b.ln()
    b.ln(f"Należy zabrać ze sobą: dokument tożsamości, umowy najmu oraz potwierdzenia przelewów na kwotę {g.amount('PLN')}.")
    b.ln("W przypadku niestawiennictwa bez usprawiedliwienia może zostać nałożona kara porządkowa.")
    b.ln()
    b.ln("Sprawę prowadzi: ", (PER, g.nm(urz, "full")), ", tel. ", (PHONE, g.phone("PL", False)), ", e-mail: ",
         (EMAIL, g.work_email(urz, "mf.gov.pl")))
    b.ln()
    b.ln("z up. Naczelnika")
    b.ln(f"(podpisano kwalifikowanym podpisem elektronicznym, id. {g.uuid()})")


@kind("pl_notatka_sluzbowa_policja", "pl")
def k_pl_notatka(b: B, g: G):
    ofc, zgl, spr = g.person("pl", "m"), g.person(None, "f"), g.person(None, "m")
    d = g.past(0, 5)
    b.ln("NOTATKA SŁUŻBOWA")
    b.ln()
    b.ln((LOC, g.city("PL")), ", dnia ", (DT, g.fd(g.today, "pl", "dot")), " r.")
    b.ln(f"Komisariat Policji {g.pick(['I', 'II', 'III', 'IV', 'VI'])}, Wydział Prewencji")
    b.ln(f"RSD: {g.digits(3)}/{g.today.year % 100}   KSIP: {g.digits(10)}")
    b.ln()
    b.add(f"Ja, {g.pick(['sierż.', 'st. post.', 'asp.', 'mł. asp.'])} ", (PER, g.nm(ofc, "full")), ", melduję, że dnia ",
          (DT, g.fd(d, "pl", "long")), " o godz. ", (DT, f"{g.ri(0, 23):02d}:{g.ri(0, 59):02d}"),
          " wraz z partnerem zostałem skierowany przez dyżurnego na interwencję pod adres ",
          (ADDR, g.addr("PL").one()), f", gdzie według zgłoszenia dochodziło do {g.pick(['awantury domowej', 'zakłócania ciszy nocnej', 'kradzieży w sklepie'])}. ")
    b.ln()
    b.add("Na miejscu ustalono zgłaszającą: ", (PER, g.nm(zgl, "full")), ", ur. ", (DOB, g.fd(g.dob(), "pl", "dot")),
          ", tel. ", (PHONE, g.phone("PL")), ". ")
    b.add("Sprawcą okazał się ", (PER, g.nm(spr, "full")), ", który okazał prawo jazdy nr ", (DL, g.dl("PL")),
          f". Badanie alkomatem: {g.ri(0, 2)},{g.ri(0, 9)}{g.ri(0, 9)} mg/l. ")
    b.ln(f"Pojazd marki {g.pick(['Skoda Octavia', 'Opel Astra', 'Toyota Corolla', 'Fiat Tipo'])} nr rej. {g.plate('PL')}, "
         f"VIN {g.vin()}, pozostawiono na miejscu.")
    b.ln()
    b.ln(f"Sporządzono Niebieską Kartę: {g.pick(['TAK', 'NIE'])}. Czynności zakończono po {g.ri(20, 95)} minutach.")
    b.ln("Podpis: ....................")


# --------------------------------------------------------------- Swedish ----
@kind("se_migrationsverket_kallelse", "sv")
def k_se_kallelse(b: B, g: G):
    p = g.person(g.pick(["so", "ar", "fa", "ti", "ua", "tr", "en", "zh"]))
    hl = g.person("sv")
    d = g.future(10, 40)
    while d.weekday() > 4:
        d += timedelta(days=1)
    b.ln("Migrationsverket")
    b.ln("KALLELSE")
    b.ln()
    b.ln("Datum: ", (DT, g.fd(g.today, "sv", "iso")))
    b.ln(f"Dnr: {g.digits(2)}-{g.digits(6)}   Ärende: {g.pick(['Uppehållstillstånd - arbete', 'Asyl', 'Familjeåterförening', 'Medborgarskap'])}")
    b.ln()
    b.ln((PER, g.nm(p, g.pick(["full", "upper"]))))
    b.ln((ADDR, g.addr("SE").block()))
    b.ln()
    b.ln("Du kallas till muntlig utredning i ditt ärende.")
    b.ln()
    b.ln("Datum:   ", (DT, g.fd(d, "sv", g.pick(["wd_long", "iso"]))))
    b.ln("Tid:     kl. ", (DT, g.ft("sv")))
    b.ln("Plats:   ", (ADDR, g.addr("SE", ).one()))
    b.ln(f"Tolk:    {g.pick(['arabiska', 'dari', 'somaliska', 'tigrinja', 'ukrainska', 'ingen'])} (bokad av Migrationsverket)")
    b.ln()
    b.ln("Ta med pass eller annan id-handling och denna kallelse. Om du har ett ombud ska ombudet också närvara. "
         f"Utredningen beräknas ta cirka {g.ri(2, 4)} timmar.")
    b.ln("Om du inte kan komma måste du meddela oss senast ", (DT, g.fd(d - timedelta(days=3), "sv", "long")), ".")
    b.ln()
    b.ln("Handläggare: ", (PER, g.nm(hl, "full")))
    b.ln("Telefon: ", (PHONE, g.pick(["0771-235 235", "+46 771 235 235"])), "   Läs mer: ", (URL, "https://www.migrationsverket.se/Kontakta-oss.html"))


@kind("se_polisanmalan", "sv")
def k_se_anmalan(b: B, g: G):
    m, upp = g.person(), g.person("sv")
    d = g.past(1, 20)
    b.ln("POLISMYNDIGHETEN - ANMÄLAN")
    b.ln(f"Diarienummer: {g.digits(4)}-K{g.digits(6)}-{g.today.year % 100}   Händelsenummer: {g.digits(6)}")
    b.ln(f"Brottskod: {g.digits(4)}   Brott: {g.pick(['Bedrägeri', 'Stöld', 'Skadegörelse', 'Olaga hot'])}")
    b.ln()
    b.ln("Brottstid: fr.o.m. ", (DT, g.fdt(d, "sv")), " t.o.m. ", (DT, g.fdt(d + timedelta(days=g.ri(0, 1)), "sv")))
    b.ln("Brottsplats: ", (ADDR, g.addr("SE").one()))
    b.ln()
    b.ln("MÅLSÄGANDE")
    b.ln("Namn: ", (PER, g.nm(m, "lastfirst")))
    b.ln("Födelsedatum: ", (DOB, g.fd(g.dob(), "sv", "iso")))
    b.ln("Telefon: ", (PHONE, g.phone("SE")), "   E-post: ", (EMAIL, g.email(m, "sv")))
    b.ln()
    b.ln("FRITEXT")
    b.add(f"Målsägande uppger att hon/han fick ett sms från ", (PHONE, g.phone("SE")),
          f" där avsändaren utgav sig för att vara från {g.pick(['banken', 'Skatteverket', 'PostNord'])}. ")
    b.add(f"Målsägande loggade in via länken och {g.amount('SEK')} drogs från kortet ", (CC, g.card()), ". ")
    b.ln("Banken har spärrat kortet. Målsägande har även swishat till en person som kallade sig ",
         (PER, g.person(g.pick(["sv", "ar", "en"])).given), ".")
    b.ln()
    b.ln("Upptagen av: ", (PER, g.nm(upp, "full")), f", polisassistent   Kanal: {g.pick(['telefon', 'internet', 'receptionen'])}")
    b.ln(f"Förundersökning: {g.pick(['inledd', 'nedlagd - spaningsresultat saknas'])}. Bilagor: {g.ri(0, 3)}.")


@kind("se_skatteverket_beslut", "sv")
def k_se_skatt(b: B, g: G):
    p, hl = g.person(), g.person("sv")
    a = g.addr("SE")
    b.ln("Skatteverket")
    b.ln("BESLUT")
    b.ln()
    b.ln((PER, g.nm(p, "full")))
    b.ln((ADDR, a.block()))
    b.ln()
    b.ln("Datum: ", (DT, g.fd(g.today, "sv", "iso")), f"   Dnr: {g.digits(3)} {g.digits(6)}-{g.today.year % 100}/{g.digits(4)}")
    b.ln(f"Personnummer: {g.digits(2)}******-****   Inkomstår: {g.today.year - 1}")
    b.ln()
    b.ln("Skatteverkets beslut")
    b.ln(f"Skatteverket medger inte avdrag för resor till och från arbetet med {g.amount('SEK')}. Din beskattningsbara "
         f"förvärvsinkomst höjs därmed till {g.amount('SEK')}.")
    b.ln()
    b.ln("Skäl för beslutet")
    b.ln(f"Du har inte visat att du sparar minst två timmar per dag genom att använda bil. Kontrollbesked "
         f"{g.digits(8)} har beaktats.")
    b.ln()
    b.ln(f"Belopp att betala: {g.amount('SEK')}. Betala senast ", (DT, g.fd(g.future(20, 60), "sv", g.pick(["iso", "long"]))),
         f" till ditt skattekonto med OCR-nummer {g.digits(14)}.")
    b.ln("Eventuell återbetalning sätts in på ditt konto ", (ACCT, f"{g.digits(4)}-{g.digit()}, {g.digits(3)} {g.digits(3)} {g.digits(3)}-{g.digit()}"),
         " (clearingnummer och kontonummer).")
    b.ln()
    b.ln("Om du inte är nöjd med beslutet kan du begära omprövning. Skatteverket ska ha fått din begäran senast ",
         (DT, g.fd(g.future(300, 700), "sv", "iso")), ".")
    b.ln()
    b.ln("Handläggare: ", (PER, g.nm(hl, "full")), "   Telefon: ", (PHONE, g.pick(["0771-567 567", "+46 8 564 851 60"])))


@kind("se_bostad_fortur_mejl", "sv")
def k_se_bostad(b: B, g: G):
    p = g.person()
    b.ln("Från: ", (PER, p.full), " <", (EMAIL, g.email(p, "sv")), ">")
    b.ln("Till: ", (EMAIL, g.pick(["fortur@bostad.stockholm.se", "kundtjanst@boplats.se", "socialtjansten@uppsala.se"])))
    b.ln(f"Datum: {g.hdr_date()}")
    b.ln("Ämne: Ansökan om förtur - medicinska skäl")
    b.ln()
    b.ln("Hej!")
    b.ln()
    b.ln("Jag heter ", (PER, g.nm(p, "full")), f" och har stått i bostadskön sedan {g.today.year - g.ri(3, 12)} "
         f"(könummer {g.digits(6)}). Jag bor just nu i andrahand på ", (ADDR, g.addr("SE").one()),
         ", men kontraktet går ut ", (DT, g.fd(g.future(20, 90), "sv", g.pick(["long", "iso"]))), ".")
    b.ln()
    b.ln(f"Jag har {g.pick(['en rörelsenedsättning', 'astma', 'en hjärtsjukdom'])} och kan inte gå i trappor. Läkarintyg från "
         "vårdcentralen bifogas (journalnummer ", (MRN, g.digits(g.pick([7, 8]))), f"). Jag har också en katt som heter {g.pick(PET_NAMES)}.")
    b.ln()
    b.ln("Min handläggare på socialtjänsten är ", (PER, g.nm(g.person("sv"), "full")), " om ni behöver mer underlag.")
    b.ln("Ni når mig på ", (PHONE, g.phone("SE")), " efter kl. ", (DT, f"{g.ri(13, 17)}.00"), " på vardagar.")
    b.ln()
    b.ln("Med vänliga hälsningar")
    b.ln((PER, p.given))


# --------------------------------------------------------------- Turkish ----
@kind("tr_ikamet_izni_randevu", "tr")
def k_tr_ikamet(b: B, g: G):
    p = g.person(g.pick(["ar", "fa", "ua", "de", "en", "zh", "so", "ti"]))
    father = g.person(p.cul, "m")
    mother = g.person(p.cul, "f")
    a = g.addr("TR")
    d = g.future(7, 45)
    b.ln("T.C. İÇİŞLERİ BAKANLIĞI")
    b.ln("GÖÇ İDARESİ BAŞKANLIĞI")
    b.ln("İKAMET İZNİ BAŞVURU FORMU / RANDEVU BELGESİ")
    b.ln()
    b.ln(f"Başvuru No: {g.today.year}-{g.pick(['34', '06', '35', '07'])}-{g.digits(7)}   Form: {g.pick(['Kısa Dönem', 'Aile', 'Öğrenci', 'Uzun Dönem'])}")
    b.ln(f"Yabancı Kimlik No: 99*******{g.digits(2)}")
    b.ln("Adı: ", (PER, p.given.upper()), "          Soyadı: ", (PER, p.surname.upper()))
    b.ln("Baba Adı: ", (PER, father.given.upper()), "     Ana Adı: ", (PER, mother.given.upper()))
    b.ln("Doğum Tarihi: ", (DOB, g.fd(g.dob(18, 70), "tr", "dot")), "     Doğum Yeri: ", (LOC, g.pick(FOREIGN_CITIES)[0].upper()))
    b.ln(f"Medeni Hali: {g.pick(['Evli', 'Bekâr', 'Boşanmış'])}     Pasaport No: {g.pick(UP)}*******")
    b.ln()
    b.ln("İkamet Adresi: ", (ADDR, a.line1))
    b.ln("İl: ", (LOC, a.city), "     İlçe: ", (LOC, a.region), f"     Posta Kodu: {a.postcode}")
    b.ln("Cep Telefonu: ", (PHONE, g.phone("TR")), "     E-posta: ", (EMAIL, g.email(p, "tr")))
    b.ln()
    b.ln("RANDEVU BİLGİLERİ")
    b.ln("Randevu Tarihi: ", (DT, g.fd(d, "tr", g.pick(["dot", "long"]))), "     Saat: ", (DT, f"{g.ri(9, 16):02d}:{g.pick(['00', '15', '30', '45'])}"))
    b.ln("Randevu Yeri: İl Göç İdaresi Müdürlüğü, ", (ADDR, g.addr("TR").one()))
    b.ln()
    b.ln(f"Harç tutarı: {g.amount('TRY')}   Kart bedeli: {g.amount('TRY')}   Sağlık sigortası poliçe no: ", (HPN, g.digits(g.pick([8, 10]), True)))
    b.ln("Başvurunuzun durumunu ", (URL, "https://e-ikamet.goc.gov.tr/Ikamet/DevamEdenBasvuruGiris"), " adresinden takip edebilirsiniz.")
    b.ln("Randevuya gelmeyen başvuru sahiplerinin başvurusu geçersiz sayılır. Belgeler aslı ve fotokopisi ile getirilmelidir.")


@kind("tr_icra_odeme_emri", "tr")
def k_tr_icra(b: B, g: G):
    borclu, av, mudur = g.person("tr"), g.person("tr"), g.person("tr")
    prov = g.pick(TR_CITIES)[0]
    b.ln("T.C.")
    b.ln((LOC, tr_upper(prov)), f" {g.ri(1, 40)}. İCRA DAİRESİ")
    b.ln(f"Dosya No: {g.today.year}/{g.digits(5)} Esas")
    b.ln()
    b.ln("                 ÖDEME EMRİ (Örnek No: 7)")
    b.ln("        (İlamsız takiplerde - genel haciz yoluyla)")
    b.ln()
    b.ln(f"Alacaklı: {g.pick(['Türk Telekomünikasyon A.Ş.', 'Yılmaz İnşaat A.Ş.', 'Koç Holding A.Ş.', 'Sabancı Enerji A.Ş.'])}")
    b.ln("Vekili: Av. ", (PER, g.nm(av, "full")), ", ", (ADDR, g.addr("TR").one()))
    b.ln("Borçlu: ", (PER, g.nm(borclu, g.pick(["upper", "full"]))), ", ", (ADDR, g.addr("TR").one()))
    b.ln()
    b.ln(f"Asıl alacak: {g.amount('TRY')}   İşlemiş faiz: {g.amount('TRY')}   Toplam: {g.amount('TRY')}")
    b.ln("Borcun sebebi: abonelik sözleşmesinden doğan ödenmemiş faturalar (müşteri no: ", (ACCT, g.digits(g.pick([8, 10]), True)),
         "), son fatura tarihi ", (DT, g.fd(g.past(60, 300), "tr", "dot")), ".")
    b.ln()
    b.ln("Yukarıda yazılı borcu bu ödeme emrinin tebliğinden itibaren 7 gün içinde ödemeniz, takibe itirazınız varsa "
         "yine bu süre içinde sebepleriyle birlikte bildirmeniz gerekir. Ödeme, dairenin ",
         (IBAN, g.iban("TR")), " IBAN numaralı hesabına dosya numarası belirtilerek yapılabilir.")
    b.ln()
    b.ln("Tarih: ", (DT, g.fd(g.today, "tr", "dot")))
    b.ln("İcra Müdürü: ", (PER, g.nm(mudur, "full")), f"   (e-imzalıdır, doğrulama kodu {g.chars(8, UP + DIG)})")


@kind("tr_vergi_dairesi_yazisi", "tr")
def k_tr_vergi(b: B, g: G):
    p, mud = g.person("tr"), g.person("tr")
    a = g.addr("TR")
    b.ln("T.C.")
    b.ln("HAZİNE VE MALİYE BAKANLIĞI")
    b.ln("Gelir İdaresi Başkanlığı")
    b.ln("Vergi Dairesi Müdürlüğü")
    b.ln()
    b.ln(f"Sayı : E-{g.digits(8)}-{g.pick(['105.01', '120.04', '136'])}-{g.digits(7)}")
    b.ln("Konu : Vergi borcu hk.")
    b.ln("Tarih: ", (DT, g.fd(g.today, "tr", "dot")))
    b.ln()
    b.ln("Sayın ", (PER, g.nm(p, "full")))
    b.ln((ADDR, a.block()))
    b.ln()
    b.ln(f"Vergi Kimlik No: ******{g.digits(4)}")
    b.ln()
    b.ln(f"Dairemiz kayıtlarına göre {g.today.year - 1} yılına ait gelir vergisi (kira geliri) tahakkukundan "
         f"{g.amount('TRY')} tutarında borcunuz bulunmaktadır. Söz konusu borcun ",
         (DT, g.fd(g.future(10, 30), "tr", g.pick(["long", "dot"]))), " tarihine kadar ödenmemesi halinde 6183 sayılı "
         "Kanun hükümlerine göre gecikme zammı uygulanacak ve cebren tahsil yoluna gidilecektir.")
    b.ln()
    b.ln("Ödemelerinizi İnternet Vergi Dairesi (", (URL, "https://ivd.gib.gov.tr"), ") üzerinden veya anlaşmalı bankalar aracılığıyla yapabilirsiniz. "
         "Kredi kartı ile ödemelerde taksit imkânı bulunmaktadır.")
    b.ln("Bilgi için: ", (PHONE, g.phone("TR", False)), " / ", (EMAIL, g.work_email(g.person("tr"), "gib.gov.tr")))
    b.ln()
    b.ln((PER, g.nm(mud, "full")))
    b.ln("Müdür a.")
    b.ln(f"Bu belge 5070 sayılı kanun gereğince güvenli elektronik imza ile imzalanmıştır. Doğrulama: {g.uuid()[:18].upper()}")


@kind("tr_olay_tutanagi", "tr")
def k_tr_tutanak(b: B, g: G):
    sk, sp = g.person("tr", "f"), g.person("tr", "m")
    p1, p2 = g.person("tr"), g.person("tr")
    d = g.past(0, 3)
    b.ln("OLAY YERİ TESPİT TUTANAĞI")
    b.ln()
    b.ln("Tarih: ", (DT, g.fd(d, "tr", "dot")), "     Saat: ", (DT, f"{g.ri(0, 23):02d}:{g.ri(0, 59):02d}"))
    b.ln("Olay yeri: ", (ADDR, g.addr("TR").one()))
    b.ln(f"Olay: {g.pick(['Hırsızlık', 'Trafik kazası (maddi hasarlı)', 'Kasten yaralama', 'Mala zarar verme'])}   "
         f"Soruşturma No: {g.today.year}/{g.digits(5)}")
    b.ln()
    b.add("Polis İmdat hattına gelen ihbar üzerine ekibimizle birlikte olay yerine gidildiğinde; şikâyetçi ",
          (PER, g.nm(sk, "full")), " (d.t. ", (DOB, g.fd(g.dob(), "tr", "dot")), ", tel: ", (PHONE, g.phone("TR")),
          f") ile görüşülmüş, şahsın beyanında {g.pick(['dükkânının camının kırıldığını', 'aracına arkadan çarpıldığını', 'çantasının çalındığını'])} ifade ettiği görülmüştür. ")
    b.add("Şüpheli olarak ", (PER, g.nm(sp, "full")), " isimli şahıs olay yerinde tespit edilmiş, ibraz ettiği sürücü belgesi no ",
          (DL, g.dl("TR")), f" olup, kullandığı {g.plate('TR')} plakalı aracın ruhsatı kontrol edilmiştir. ")
    b.ln(f"Taraflar arasında uzlaşma sağlanamamıştır. Olay yerinde {g.ri(2, 12)} adet fotoğraf çekilmiştir.")
    b.ln()
    b.ln("İşbu tutanak olay yerinde birlikte düzenlenerek imza altına alınmıştır.")
    b.ln()
    b.ln("Komiser Yardımcısı ", (PER, g.nm(p1, "full")), "        Polis Memuru ", (PER, g.nm(p2, "full")))
    b.ln(f"Sicil: {g.digits(6)}                         Sicil: {g.digits(6)}")


@kind("tr_belediye_dilekce", "tr")
def k_tr_dilekce(b: B, g: G):
    p = g.person("tr")
    a = g.addr("TR")
    b.ln((LOC, tr_upper(a.region)), " BELEDİYE BAŞKANLIĞINA")
    b.ln(f"({g.pick(['İmar ve Şehircilik Müdürlüğü', 'Ruhsat ve Denetim Müdürlüğü', 'Zabıta Müdürlüğü'])})")
    b.ln()
    b.ln(f"Konu: {g.pick(['İşyeri açma ve çalışma ruhsatı başvurusu', 'Yapı kullanma izin belgesi talebi', 'Gürültü şikâyeti'])}")
    b.ln()
    b.ln("Mülkiyeti tarafıma ait olan ", (ADDR, a.one()), f" adresindeki taşınmaz (ada {g.ri(100, 9999)}, parsel {g.ri(1, 60)}) "
         f"için gerekli işlemlerin yapılmasını talep ediyorum. İşyeri unvanı: {g.pick(['Yılmaz İnşaat A.Ş.', 'Kaya Kırtasiye Ltd.', 'Tarçın Pastanesi Ltd.', 'Ülker Bayisi Ltd.'])}")
    b.ln()
    b.ln("Gereğinin yapılmasını saygılarımla arz ederim. ", (DT, g.fd(g.today, "tr", "dot")))
    b.ln()
    b.ln("Ad Soyad : ", (PER, g.nm(p, "upper")))
    b.ln("Adres    : ", (ADDR, g.addr("TR").one()) if g.p(0.5) else "yukarıdaki adres")
    b.ln("Tel      : ", (PHONE, g.phone("TR")))
    b.ln("E-posta  : ", (EMAIL, g.email(p, "tr")))
    b.ln("İmza     : ..........")
    b.ln()
    b.ln("EKLER:")
    b.ln(f"1) Tapu fotokopisi ({g.ri(1, 3)} sayfa)")
    b.ln(f"2) Kira sözleşmesi")
    b.ln(f"3) Vergi levhası - sicil no {g.digits(6)}")
    b.ln(f"Evrak kayıt no: {g.digits(8)}  harç: {g.amount('TRY')}")


# --------------------------------------------------------------- Spanish ----
@kind("es_solicitud_empadronamiento", "es")
def k_es_padron(b: B, g: G):
    p = g.person(g.pick(["es", "es", "es", "ma", "ua", "en"]))
    a = g.addr("ES")
    b.ln("AYUNTAMIENTO - SOLICITUD DE ALTA EN EL PADRÓN MUNICIPAL DE HABITANTES")
    b.ln(f"Nº de registro de entrada: {g.today.year}/{g.digits(6)}   Hoja padronal: {g.digits(5)}")
    b.ln()
    b.ln("Nombre: ", (PER, p.given), "    Apellidos: ", (PER, p.surname))
    b.ln(f"NIE/DNI: {g.pick(['X', 'Y', ''])}****{g.digits(3)}{g.pick(UP)}")
    b.ln("Fecha de nacimiento: ", (DOB, g.fd(g.dob(), "es", g.pick(["dot", "long"]))), "    Lugar de nacimiento: ",
         (LOC, g.pick(FOREIGN_CITIES)[0]))
    b.ln("Domicilio: ", (ADDR, a.one()))
    b.ln("Teléfono: ", (PHONE, g.phone("ES")), "    Correo electrónico: ", (EMAIL, g.email(p, "es")))
    b.ln()
    b.ln("Autorización del titular de la vivienda: ", (PER, g.nm(g.person("es"), "full")),
         f" (contrato de arrendamiento nº {g.digits(6)})")
    b.ln("Cita para entrega de documentación: ", (DT, g.fdt(g.future(5, 30), "es")))
    b.ln(f"Tasa: {g.amount('EUR')} (exento)   Expediente: PAD-{g.digits(7)}")


# ------------------------------------------------------ no-entity documents ----
@kind("neg_docket_statistics", "en", True)
def k_neg_stats(b: B, g: G):
    y = g.today.year - 1
    b.ln(f"CASELOAD STATISTICS - FISCAL YEAR {y} (report {g.pick(['CS-12', 'JB-4', 'Q4-final'])}, generated by "
         f"stats-engine {g.version()})")
    b.ln()
    b.ln("Case type              | Filed  | Disposed | Pending | Clearance | Median days")
    for ct in g.r.sample(["Civil unlimited", "Civil limited", "Small claims", "Unlawful detainer", "Family law",
                          "Probate", "Felony", "Misdemeanor", "Traffic infractions", "Juvenile dependency"], g.ri(5, 8)):
        f_ = g.ri(200, 90000)
        d_ = int(f_ * g.r.uniform(0.8, 1.1))
        b.ln(f"{ct:<23}| {f_:>6} | {d_:>8} | {abs(f_ - d_) + g.ri(0, 500):>7} | {d_ / f_ * 100:>8.1f}% | {g.ri(20, 500):>5}")
    b.ln()
    b.ln(f"Notes: counts exclude {g.ri(10, 900)} sealed matters and {g.ri(1, 60)} cases transferred under Rule {g.ri(1, 12)}.{g.ri(1, 30)}. "
         f"Case number ranges {y % 100}-CV-00001 through {y % 100}-CV-{g.digits(5)} were reissued after the migration to "
         f"CMS {g.version()}. Figures for Q3 were restated (+{g.ri(1, 9)}.{g.ri(0, 9)}%).")
    b.ln(f"Interpreter requests: Spanish {g.ri(1000, 9000)}, Vietnamese {g.ri(100, 900)}, Somali {g.ri(50, 500)}, "
         f"Arabic {g.ri(50, 600)}, Polish {g.ri(10, 200)}.")
    b.ln(f"Average filing fee collected: {g.amount('USD', 80, 400)}; fee waivers granted: {g.ri(10, 60)}%.")
    b.ln(f"Dataset checksum (sha1): {g.sha(40)}   row count {g.ri(10000, 900000)}")


@kind("neg_permit_fee_schedule", "en", True)
def k_neg_fees(b: B, g: G):
    b.ln(f"BUILDING & SAFETY FEE SCHEDULE - Resolution {g.today.year % 100}-{g.digits(3)} (supersedes rev. {g.version()})")
    b.ln("code,description,unit,fee,plan_check_pct,notes")
    items = [("BP-100", "New single-family dwelling", "per sq ft"), ("BP-110", "Addition / ADU", "per sq ft"),
             ("BP-205", "Re-roof, residential", "flat"), ("EL-300", "Electrical service upgrade <=200A", "flat"),
             ("EL-310", "EV charger circuit", "each"), ("PL-410", "Water heater replacement", "each"),
             ("ME-500", "HVAC change-out", "each"), ("DM-600", "Demolition permit", "flat"),
             ("SG-700", "Sign permit - wall", "each"), ("TP-800", "Temporary use / event", "per day"),
             ("FS-900", "Fire sprinkler tenant improvement", "per head")]
    for code, desc, unit in g.r.sample(items, g.ri(6, 10)):
        b.ln(f"{code},\"{desc}\",{unit},{g.amount('USD').replace(',', '')},{g.pick([0, 25, 65, 80])},"
             f"{g.pick(['', 'tech fee 4%', 'min fee applies', 'SMIP + BSASRF extra', 'expedite x1.5'])}")
    b.ln()
    b.ln("Permits expire if no inspection is requested within 180 days. Re-inspection fee applies after the second failed "
         "inspection. Fees are adjusted annually by CPI-U; the adjustment this cycle is 3.1%.")
    b.ln(f"Payment methods: check, ACH, card (non-refundable convenience fee 2.35%). GL account 101-{g.digits(4)}-{g.digits(4)}.")
    b.ln(f"Document control: {g.uuid()}")


@kind("neg_efiling_release_notes", "en", True)
def k_neg_release(b: B, g: G):
    b.ln(f"# eFile Gateway - Release {g.version()}")
    b.ln()
    b.ln("## Changes")
    for _ in range(g.ri(5, 9)):
        b.ln(f"- {g.pick(['Fix', 'Add', 'Improve', 'Remove', 'Deprecate'])} "
             f"{g.pick(['envelope retry on HTTP 503', 'PDF/A validation for exhibits', 'fee calculator rounding', 'bulk docket export (CSV)', 'legacy SOAP endpoint', 'OCR queue back-pressure', 'case party dedupe', 'timezone handling for Europe/London courts', 'payment idempotency keys'])}"
             f" ({g.pick(['#', 'EF-', 'JIRA-'])}{g.ri(100, 9999)}, {g.sha(7)})")
    b.ln()
    b.ln("## Upgrade notes")
    b.ln(f"- Minimum client SDK is now {g.ri(2, 6)}.{g.ri(0, 9)}.{g.ri(0, 9)}; Windows agents need build 10.0.{g.ri(17000, 22631)}.{g.ri(100, 4000)}.")
    b.ln("- Configure `EFILE_API_KEY=${EFILE_API_KEY}` and `DB_PASSWORD=${{ secrets.DB_PASSWORD }}` via your secret store; "
         "never commit literal values.")
    b.ln(f"- Migration {g.uuid()} adds index on envelope(status, submitted_epoch). Expect ~{g.ri(2, 40)} minutes of "
         "read-only mode.")
    b.ln(f"- Card test numbers in the sandbox are intentionally invalid (e.g. {g.card_bad()}).")
    b.ln()
    b.ln("## Checksums")
    for f in ["efile-gateway.tar.gz", "efile-cli-linux-amd64", "efile-cli-windows.zip"]:
        b.ln(f"{g.sha(64)}  {f}")


@kind("neg_blank_form_template", "en", True)
def k_neg_template(b: B, g: G):
    b.ln(f"APPLICATION FOR FEE WAIVER - TEMPLATE {g.pick(['FW-001', 'FW-003', 'GC-12'])} (merge fields)")
    b.ln()
    b.ln("1. Your name: {{applicant.full_name}}")
    b.ln("2. Street or mailing address: {{applicant.address.line1}} {{applicant.address.unit}}")
    b.ln("   City: {{applicant.address.city}}   State: {{applicant.address.state}}   ZIP: {{applicant.address.zip}}")
    b.ln("3. Phone: ${APPLICANT_PHONE}      Email: ${APPLICANT_EMAIL}")
    b.ln("4. Date of birth: __ / __ / ____     SSN (last 4 only): XXX-XX-____")
    b.ln("5. Lawyer, if any: ______________________  State Bar No.: ________")
    b.ln("6. What court's fees or costs are you asking to be waived? [ ] Superior Court [ ] Supreme Court / Court of Appeal")
    b.ln("7. Why are you asking the court to waive your fees?")
    b.ln("   [ ] I receive: [ ] Medi-Cal [ ] Food Stamps (CalFresh) [ ] SSI [ ] CAPI [ ] IHSS [ ] County Relief")
    b.ln(f"   [ ] My gross monthly household income is less than the amount listed for my household size "
         f"(1: {g.amount('USD')}, 2: {g.amount('USD')}, 3: {g.amount('USD')}).")
    b.ln("8. Card on file: **** **** **** ____   Bank account: ********____")
    b.ln()
    b.ln("Sample values for QA (must be rejected by validation):")
    b.ln(f"  SSN {g.ssn_bad()}, SSN {g.ssn_bad()}, card {g.card_bad()}, routing {g.pick(ROUTING)}, "
         f"IBAN NL** **** **** **** {g.digits(2)}")
    b.ln(f"Form version {g.version()}  |  template id {g.uuid()}  |  last rendered epoch {g.epoch()}")


@kind("neg_batch_job_log", "en", True)
def k_neg_joblog(b: B, g: G):
    job = g.pick(["nightly-docket-export", "jury-pool-refresh", "permit-expiry-sweep", "snap-recert-notices", "foia-clock-check"])
    t = datetime(g.today.year, g.today.month, g.today.day, g.ri(0, 4), g.ri(0, 59), g.ri(0, 59))
    for _ in range(g.ri(10, 18)):
        t += timedelta(seconds=g.ri(1, 400))
        lvl = g.pick(["INFO", "INFO", "INFO", "DEBUG", "WARN", "ERROR"])
        msg = g.pick([
            f"processed batch {g.ri(1, 400)}/{g.ri(400, 900)} rows={g.ri(100, 5000)} elapsed={g.ri(1, 90)}s",
            f"skipped record id={g.uuid()} reason=MISSING_FIELD",
            f"retry {g.ri(1, 3)}/3 for case {g.case_no('us')} after HTTP 429",
            f"queue depth={g.ri(0, 20000)} workers={g.ri(1, 16)} heap={g.ri(200, 4000)}MB",
            f"checksum mismatch for chunk {g.sha(12)}; re-fetching",
            f"notice template {g.pick(['N-101', 'J-22', 'P-7'])} v{g.ri(1, 9)} rendered {g.ri(1, 900)} letters",
            f"config reloaded: timezone={g.pick(TZ_IDS)} cutoff_days={g.ri(7, 45)}",
            f"ssn_validation rejected {g.ssn_bad()} (invalid area)",
            f"masked output sample: ***-**-{g.digits(4)} / ****-****-****-{g.digits(4)}",
        ])
        b.ln(f"{t.strftime('%Y-%m-%d %H:%M:%S')},{g.ri(0, 999):03d} {lvl:<5} [{job}] {msg}")
    b.ln(f"{t.strftime('%Y-%m-%d %H:%M:%S')},{g.ri(0, 999):03d} INFO  [{job}] done exit=0 duration={g.ri(1, 90)}m{g.ri(0, 59)}s")


@kind("neg_ci_workflow", "en", True)
def k_neg_workflow(b: B, g: G):
    b.ln("name: deploy-portal")
    b.ln("on:")
    b.ln("  push:")
    b.ln("    branches: [main]")
    b.ln("  workflow_dispatch: {}")
    b.ln("permissions:")
    b.ln("  id-token: write")
    b.ln("  contents: read")
    b.ln("jobs:")
    b.ln("  deploy:")
    b.ln("    runs-on: ubuntu-22.04")
    b.ln("    environment: production")
    b.ln("    steps:")
    b.ln(f"      - uses: actions/checkout@{g.sha(40)} # v4.{g.ri(0, 2)}.{g.ri(0, 9)}")
    b.ln(f"      - uses: actions/setup-node@v4")
    b.ln("        with:")
    b.ln(f"          node-version: '{g.ri(18, 22)}.x'")
    b.ln("      - name: Configure credentials")
    b.ln("        uses: aws-actions/configure-aws-credentials@v4")
    b.ln("        with:")
    b.ln("          aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}")
    b.ln("          aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}")
    b.ln("          aws-region: us-gov-west-1")
    b.ln("      - name: Build")
    b.ln("        env:")
    b.ln("          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}")
    b.ln("          SLACK_BOT_TOKEN: ${{ secrets.SLACK_BOT_TOKEN }}")
    b.ln("          DATABASE_URL: postgres://app:${DB_PASSWORD}@db:5432/app")
    b.ln("        run: npm ci && npm run build")
    b.ln(f"      - run: ./deploy.sh --tag {g.version()} --timeout {g.ri(5, 30)}m --replicas {g.ri(2, 6)}")
    b.ln(f"# cache key: node-{g.sha(64)[:32]}  run attempt {g.ri(1, 3)}")


@kind("neg_courthouse_visitor_guide", "en", True)
def k_neg_guide(b: B, g: G):
    b.ln("COURTHOUSE VISITOR INFORMATION")
    b.ln()
    b.ln(f"Self-help center: Room {g.ri(100, 450)}, open weekdays except court holidays. Family law workshops run on "
         f"Tuesday and Thursday; small claims advisors are available on Wednesday afternoons.")
    b.ln(f"Arrive at least 30 minutes before your hearing. Security screening takes {g.ri(10, 25)} minutes on busy "
         "mornings. Weapons, pepper spray and glass containers are not allowed.")
    b.ln(f"Courtrooms {g.ri(1, 9)}A-{g.ri(1, 9)}F are on the third floor; jury assembly is on the second floor next to "
         f"elevator bank {g.pick('ABC')}. Interpreters (Spanish, Vietnamese, Somali, Polish, Turkish) can be requested "
         "at least five court days in advance.")
    b.ln(f"Parking: garage level P{g.ri(1, 3)}, {g.amount('USD', 5, 20)} flat rate after the first hour; jurors receive a "
         f"validation sticker. Bus routes {g.ri(1, 99)} and {g.ri(100, 199)} stop at the plaza.")
    b.ln("Service animals are welcome; emotional support pets are not permitted in courtrooms.")
    b.ln(f"Copy fees: {g.pick(['$0.50', '$0.25'])} per page; certified copies {g.amount('USD', 15, 40)} each. "
         f"Form packets {g.pick(['FL-100', 'UD-105', 'SC-100', 'CH-100'])} and {g.pick(['FW-001', 'MC-030'])} are free.")
    b.ln("Lost and found is held for 30 days. Wi-Fi network: COURT-GUEST (no password needed).")
    b.ln(f"Brochure rev. {g.version()} - item no. {g.digits(6)}")


@kind("neg_validation_fixtures", "en", True)
def k_neg_fixtures(b: B, g: G):
    b.ln("# negative fixtures for the intake validator - none of these may pass")
    b.ln("fixture_id,field,value,expected")
    rows = [
        ("ssn", g.ssn_bad(), "REJECT_AREA"), ("ssn", g.ssn_bad(), "REJECT_AREA"),
        ("card", g.card_bad(), "REJECT_LUHN"), ("card", g.card_bad(), "REJECT_LUHN"),
        ("card", "**** **** **** " + g.digits(4), "MASKED"), ("routing", g.pick(ROUTING), "NOT_ACCOUNT"),
        ("bic", g.pick(BICS), "NOT_IBAN"), ("plate", g.plate(g.pick(["US", "NL", "PL", "SE", "TR"])), "NOT_DL"),
        ("vin", g.vin(), "NOT_DL"), ("case", g.case_no(g.pick(["us", "nl", "pl", "sv", "tr"])), "NOT_ACCOUNT"),
        ("icd10", g.pick(ICD), "NOT_MRN"), ("npi", g.pick("12") + g.digits(9), "NOT_MRN"),
        ("secret_ref", "${{ secrets.API_TOKEN }}", "REFERENCE"), ("secret_ref", "${SESSION_SECRET}", "REFERENCE"),
        ("epoch", g.epoch(), "NOT_DATE"), ("iata", g.pick(IATA), "NOT_LOCATION"), ("tz", g.pick(TZ_IDS), "NOT_LOCATION"),
        ("brand", g.pick(BRANDS_PERSONLIKE), "NOT_PERSON"), ("pet", g.pick(PET_NAMES), "NOT_PERSON"),
        ("drug", g.pick(DRUGS), "NOT_PHI"), ("version", g.version(), "NOT_IP"), ("uuid", g.uuid(), "NOT_SECRET"),
        ("sha", g.sha(40), "NOT_SECRET"), ("amount", g.amount(g.pick(["USD", "EUR", "PLN", "SEK", "TRY"])), "NOT_ACCOUNT"),
    ]
    g.r.shuffle(rows)
    for i, (f, v, e) in enumerate(rows[:g.ri(12, 20)]):
        b.ln(f"FX-{i + 1:03d},{f},\"{v}\",{e}")


@kind("neg_nl_leges_tabel", "nl", True)
def k_neg_nl(b: B, g: G):
    y = g.today.year
    b.ln(f"Tarieventabel leges {y} - Titel {g.ri(1, 3)}, hoofdstuk {g.ri(1, 20)} (versie {g.version()})")
    b.ln()
    rows = ["Aanvraag paspoort (18 jaar en ouder)", "Aanvraag identiteitskaart", "Rijbewijs", "Uittreksel BRP",
            "Verklaring omtrent het gedrag", "Huwelijk op maandagochtend", "Omgevingsvergunning bouwactiviteit (per € 1.000 bouwkosten)",
            "Evenementenvergunning (klein)", "Ontheffing parkeren", "Naturalisatie (ceremonie)"]
    for r in g.r.sample(rows, g.ri(5, 9)):
        b.ln(f"  {r:<58} {g.amount('EUR')}")
    b.ln()
    b.ln("Toelichting: bij spoedlevering geldt een toeslag van 50%. Aanvragen ingediend na sluitingstijd worden de volgende "
         "werkdag behandeld. Bezwaar tegen een legesnota is mogelijk binnen zes weken.")
    b.ln(f"Verordening vastgesteld bij raadsbesluit nr. {g.digits(4)}/{y % 100}; publicatie-id {g.uuid()}.")
    b.ln(f"Betaalwijzen: pin, contactloos, iDEAL. BIC voor buitenlandse betalingen: {g.pick(BICS[:3])}.")


@kind("neg_pl_oplata_skarbowa", "pl", True)
def k_neg_pl(b: B, g: G):
    b.ln("WYKAZ PRZEDMIOTÓW OPŁATY SKARBOWEJ, STAWKI TEJ OPŁATY ORAZ ZWOLNIENIA (wyciąg)")
    b.ln()
    items = ["Zaświadczenie", "Pełnomocnictwo", "Pozwolenie na budowę (budynek mieszkalny)", "Zezwolenie na pobyt czasowy",
             "Decyzja o warunkach zabudowy", "Wpis do rejestru działalności regulowanej", "Wydanie karty pobytu",
             "Zgłoszenie budowy", "Poświadczenie zameldowania"]
    for i, it in enumerate(g.r.sample(items, g.ri(5, 8)), 1):
        b.ln(f"  {i}. {it:<52} {g.amount('PLN')}")
    b.ln()
    b.ln(f"Opłatę uiszcza się z chwilą złożenia wniosku. Zwolnienie przysługuje osobom korzystającym z pomocy społecznej. "
         f"Kod urzędu: {g.digits(4)}. Symbol formularza: {g.pick(['PPS-1', 'ZAP-3', 'NIP-7'])} wersja {g.ri(1, 9)}.")
    b.ln(f"Stawki obowiązują od roku {g.today.year - g.ri(0, 4)}; aktualizacja nr {g.digits(3)}. "
         f"Termin na wniesienie odwołania: 14 dni od doręczenia decyzji.")
    b.ln(f"Sygnatura wzoru: {g.case_no('pl')}   identyfikator dokumentu: {g.uuid()}")


@kind("neg_se_avgifter", "sv", True)
def k_neg_se(b: B, g: G):
    b.ln(f"Avgifter för ansökningar - gäller från och med årsskiftet (version {g.version()})")
    b.ln()
    b.ln("Ansökan                                        Vuxen      Barn")
    for it in g.r.sample(["Uppehållstillstånd för arbete", "Förlängning arbetstillstånd", "Familjeåterförening",
                          "Medborgarskap", "Uppehållskort EES", "Studier på högskolenivå", "Besök (visering)"], g.ri(4, 6)):
        b.ln(f"{it:<47} {g.amount('SEK'):<10} {g.pick(['avgiftsfri', g.amount('SEK')])}")
    b.ln()
    b.ln("Avgiften betalas i samband med att du ansöker och återbetalas inte om ansökan avslås. Handläggningstiden är "
         f"i genomsnitt {g.ri(2, 14)} månader; 75 procent av ärendena avgörs inom {g.ri(3, 18)} månader.")
    b.ln(f"Referens: föreskrift {g.pick(['MIGRFS', 'SKVFS'])} {g.today.year - g.ri(0, 5)}:{g.ri(1, 30)}. Dokument-id {g.uuid()}.")


@kind("neg_tr_harc_tarifesi", "tr", True)
def k_neg_tr(b: B, g: G):
    b.ln(f"HARÇ VE DEĞERLİ KÂĞIT BEDELLERİ TARİFESİ (Genel Tebliğ Sıra No: {g.ri(10, 99)})")
    b.ln()
    for it in g.r.sample(["İkamet izni harcı (1 aylık)", "İkamet izni kart bedeli", "Pasaport harcı (10 yıl)",
                          "Sürücü belgesi harcı", "Noter onay harcı", "Tapu harcı (binde 20)", "Vekâletname harcı",
                          "Yapı ruhsatı harcı (m2 başına)"], g.ri(4, 7)):
        b.ln(f"  - {it:<40} {g.amount('TRY')}")
    b.ln()
    b.ln(f"Harçlar her yıl yeniden değerleme oranında artırılır (bu yıl için %{g.ri(20, 60)},{g.ri(0, 99):02d}). "
         "Ödeme yapılmadan işlem başlatılmaz. Makbuz 5 yıl süreyle saklanmalıdır.")
    b.ln(f"Belge doğrulama kodu: {g.chars(12, UP + DIG)}   Sürüm: {g.version()}   Esas: {g.case_no('tr')}")


# --------------------------------------------------------------------------
# corpus assembly
# --------------------------------------------------------------------------
NEG_SHARE = 0.12          # documents without any entity
NON_EN_SHARE = 0.25       # documents in languages other than English (overall)


def _pools():
    en = [k for k in KINDS if k[1] == "en" and not k[2]]
    non = [k for k in KINDS if k[1] != "en" and not k[2]]
    neg_en = [k for k in KINDS if k[1] == "en" and k[2]]
    neg_non = [k for k in KINDS if k[1] != "en" and k[2]]
    return en, non, neg_en, neg_non


_EN, _NON, _NEG_EN, _NEG_NON = _pools()


def _pick_kind(rng: random.Random):
    r = rng.random()
    if r < NEG_SHARE:
        return rng.choice(_NEG_NON if rng.random() < NON_EN_SHARE else _NEG_EN)
    # entity-bearing non-English share chosen so the overall non-English share is ~NON_EN_SHARE
    non_share = (NON_EN_SHARE - NEG_SHARE * NON_EN_SHARE) / (1 - NEG_SHARE)
    if rng.random() < non_share:
        return rng.choice(_NON)
    return rng.choice(_EN)


_FOOTERS = {
    "en": ["Page 1 of 1 | form rev. {v} | ref {u}", "This notice was produced automatically. Keep it for your records. Doc {u}",
           "-- end of record -- batch {n} | template {v}"],
    "nl": ["Pagina 1 van 1 | formulierversie {v} | referentie {u}", "Bewaar deze brief bij uw administratie. Documentnummer {n}."],
    "pl": ["Strona 1 z 1 | wersja formularza {v} | id {u}", "Dokument wygenerowany automatycznie, nr {n}."],
    "sv": ["Sida 1 av 1 | blankettversion {v} | referens {u}", "Spara detta dokument. Dokumentnummer {n}."],
    "tr": ["Sayfa 1 / 1 | form sürümü {v} | belge no {u}", "Bu belge elektronik ortamda üretilmiştir. Evrak no {n}."],
    "es": ["Página 1 de 1 | versión del formulario {v} | ref. {u}", "Documento generado automáticamente, nº {n}."],
}


def _truncate(text: str, ents: list[dict], limit: int):
    cut = text.rfind("\n", 0, limit + 1)
    while cut > 0:
        if not any(e["start"] < cut < e["end"] for e in ents):
            break
        cut = text.rfind("\n", 0, cut)
    if cut <= 0:
        cut = limit
        while any(e["start"] < cut < e["end"] for e in ents):
            cut -= 1
    return text[:cut].rstrip(), [e for e in ents if e["end"] <= cut]


def make_document(seed: int, i: int):
    """Returns (kind_name, lang, is_negative, doc dict).  Pure function of (seed, i)."""
    pick_rng = random.Random(f"blind28|{seed}|{i}|kind")
    name, lang, neg, fn = _pick_kind(pick_rng)
    text, ents = "", []
    for attempt in range(6):
        rng = random.Random(f"blind28|{seed}|{i}|{attempt}")
        g = G(rng, lang)
        b = B()
        fn(b, g)
        b.ocr = None
        if b.n < MIN_LEN:
            b.ln()
            b.ln(g.pick(_FOOTERS.get(lang, _FOOTERS["en"])).format(v=g.version(), u=g.uuid(), n=g.digits(10)))
        text, ents = b.text(), b.ents
        if len(text.rstrip()) <= MAX_LEN:
            break
    if len(text) > MAX_LEN:
        text, ents = _truncate(text, ents, MAX_LEN)
    text = text.rstrip()
    ents = [dict(e) for e in ents if e["end"] <= len(text)]
    doc = {"id": f"blind28-s{seed}-{i:06d}", "text": text, "entities": ents}
    return name, lang, neg, doc


def generate(n: int, seed: int = 0):
    for i in range(n):
        yield make_document(seed, i)[3]


# --------------------------------------------------------------------------
# validation / CLI
# --------------------------------------------------------------------------
def validate_doc(doc: dict, neg: bool = False) -> list[str]:
    errs = []
    t = doc["text"]
    if not (MIN_LEN <= len(t) <= MAX_LEN):
        errs.append(f"length {len(t)} out of range")
    prev_end = -1
    for e in sorted(doc["entities"], key=lambda x: (x["start"], x["end"])):
        s, en, ty = e["start"], e["end"], e["type"]
        if ty not in TYPES:
            errs.append(f"unknown type {ty}")
        if not (0 <= s < en <= len(t)):
            errs.append(f"span out of range {e}")
            continue
        v = t[s:en]
        if not v or v != v.strip():
            errs.append(f"whitespace at span edge {ty} {v!r}")
        if s < prev_end:
            errs.append(f"overlap at {s}")
        prev_end = max(prev_end, en)
        if ty == "IBAN_CODE" and not iban_ok(v):
            errs.append(f"bad IBAN {v}")
        if ty == "CREDIT_CARD" and not luhn_ok(v):
            errs.append(f"bad card {v}")
        if ty == "US_SSN" and not ssn_ok(v):
            errs.append(f"bad SSN {v}")
        if ty == "PRIVATE_KEY" and not (v.startswith("-----BEGIN") and v.endswith("-----")):
            errs.append("bad PEM span")
        if ty == "AWS_SECRET_KEY" and len(v) != 40:
            errs.append("bad AWS secret length")
        if ty == "URL" and not v.startswith(("http://", "https://")):
            errs.append(f"bad URL {v}")
        if ty == "EMAIL_ADDRESS" and "@" not in v:
            errs.append(f"bad email {v}")
        if v[-1] in ".,;:)\"'" and ty not in ("PRIVATE_KEY", "PASSWORD", "GENERIC_SECRET", "AWS_SECRET_KEY", "JWT"):
            abbrev = v.endswith(("a.m.", "p.m.", " Jr.", " Sr.")) or (ty in ("PERSON", "ADDRESS") and v.endswith("."))
            if not abbrev:
                errs.append(f"trailing punctuation {ty} {v!r}")
    if neg and doc["entities"]:
        errs.append("negative document has entities")
    return errs


def _check(n=3000, seed=0):
    counts = Counter()
    kinds = Counter()
    langs = Counter()
    negs = 0
    bad = 0
    ids = set()
    lengths = []
    for i in range(n):
        name, lang, neg, doc = make_document(seed, i)
        kinds[name] += 1
        langs[lang] += 1
        negs += int(not doc["entities"])
        lengths.append(len(doc["text"]))
        if doc["id"] in ids:
            print("duplicate id", doc["id"])
            bad += 1
        ids.add(doc["id"])
        errs = validate_doc(doc, neg)
        if errs:
            bad += 1
            if bad <= 15:
                print(f"[{doc['id']}] {name}: {errs[:4]}")
        for e in doc["entities"]:
            counts[e["type"]] += 1
    # determinism spot-check
    for i in (0, 7, n // 2, n - 1):
        if make_document(seed, i)[3] != make_document(seed, i)[3]:
            print("non-deterministic document", i)
            bad += 1
    print(f"documents: {n}   seed: {seed}   invalid: {bad}")
    print(f"kinds defined: {len(KINDS)}   kinds used: {len(kinds)}   "
          f"(entity kinds {len(_EN) + len(_NON)}, no-entity kinds {len(_NEG_EN) + len(_NEG_NON)})")
    non_en = sum(v for k, v in langs.items() if k != "en")
    print(f"languages: {dict(sorted(langs.items()))}   non-English share: {non_en / n:.1%}")
    print(f"documents without entities: {negs} ({negs / n:.1%})")
    print(f"text length: min {min(lengths)}  max {max(lengths)}  mean {sum(lengths) / n:.0f}")
    print(f"entities: {sum(counts.values())}   types present: {len(counts)}/{len(TYPES)}")
    for t in TYPES:
        print(f"  {t:<24}{counts.get(t, 0):>7}")
    missing = [t for t in TYPES if not counts.get(t)]
    if missing:
        print("missing types:", missing)
        bad += 1
    print("CHECK", "PASSED" if bad == 0 else "FAILED")
    return bad == 0


def _sample(k, seed=0, start=0):
    for i in range(start, start + k):
        name, lang, neg, doc = make_document(seed, i)
        print("=" * 78)
        print(f"{doc['id']}  kind={name}  lang={lang}  chars={len(doc['text'])}  entities={len(doc['entities'])}")
        print("-" * 78)
        print(doc["text"])
        print("-" * 78)
        for e in doc["entities"]:
            v = doc["text"][e["start"]:e["end"]].replace("\n", "\\n")
            print(f"  {e['start']:>5}-{e['end']:<5} {e['type']:<22} {v}")
    print("=" * 78)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="generate 3000 docs and validate all spans")
    ap.add_argument("--sample", type=int, metavar="K", help="pretty-print K documents")
    ap.add_argument("--start", type=int, default=0, help="first document index for --sample")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output", metavar="F.jsonl")
    a = ap.parse_args(argv)
    if a.check:
        return 0 if _check(3000, a.seed) else 1
    if a.sample:
        _sample(a.sample, a.seed, a.start)
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
