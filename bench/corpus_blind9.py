#!/usr/bin/env python3.11
"""Seeded, labeled synthetic text corpus generator (blind set 9).

Builds realistic documents for eight domains in many formats (chats, emails,
clinical notes, forms, tables, CSV/JSON/YAML, logs, configs, tickets, SMS,
LLM prompts, letters, meeting notes, call transcripts, OCR scans) with
character-offset labels for PII / PHI / secrets.

Usage:
    python3.11 corpus_blind9.py --n 1000 --seed 0 --output out.jsonl

Library use:
    from corpus_blind9 import generate
    for doc in generate(100, seed=0): ...

Standard library only.  Document i is built from random.Random(f"{seed}-{i}")
so the output is a pure function of (seed, i).
"""
from __future__ import annotations

import argparse
import base64
import hashlib
import hmac
import json
import re
import string
import sys
import time
from datetime import date, datetime, timedelta
import random

# ---------------------------------------------------------------------------
# Lexicons (hand-written)
# ---------------------------------------------------------------------------

_GIVEN_RAW = """
James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel
Matthew Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy
Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin
Scott Brandon Benjamin Samuel Gregory Alexander Frank Patrick Raymond Jack Dennis Jerry
Aaron Adam Nathan Henry Douglas Zachary Peter Kyle Ethan Walter Noah Jeremy Christian
Keith Roger Terry Gerald Harold Sean Carl Arthur Lawrence Dylan Jesse Bryan Billy Bruce
Albert Willie Gabriel Logan Alan Wayne Elijah Randy Roy Vincent Ralph Russell Bobby Mason
Philip Louis Owen Caleb Isaac Connor Hunter Wyatt Colin Spencer Trevor Derek Marcus Travis
Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty
Margaret Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah
Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma
Nicole Helen Samantha Katherine Christine Debra Rachel Carolyn Janet Catherine Maria Heather
Diane Ruth Julie Olivia Joyce Kelly Lauren Christina Joan Evelyn Judith Megan Andrea Cheryl
Hannah Jacqueline Martha Gloria Teresa Ann Sara Frances Kathryn Janice Jean Abigail Alice
Judy Sophia Grace Denise Amber Doris Marilyn Danielle Beverly Isabella Theresa Diana Natalie
Brittany Marie Kayla Alexis Lori Chloe Zoe Harper Avery Ella Scarlett Penelope Nora Hazel
Violet Aurelia Stella Lillian Addison Paisley Skylar Bethany Courtney Whitney
Alejandro Mateo Santiago Diego Javier Carlos Luis Miguel Jorge Andrés Fernando Ricardo
Eduardo Rafael Sergio Emilio Joaquín Ignacio Rodrigo Pablo Esteban Héctor Raúl Ramón Alberto
Guillermo Arturo Mauricio Cristian José Valentina Camila Sofía Lucía Ximena Daniela Gabriela
Mariana Paula Carmen Rosa Guadalupe Elena Isabel Adriana Alejandra Beatriz Claudia Verónica
Yolanda Marisol Lorena Pilar Inés Consuelo Itzel Yesenia Rocío Milagros
Aarav Vivaan Aditya Arjun Rohan Rahul Vikram Sanjay Rajesh Suresh Anil Sunil Amit Nikhil
Karthik Pranav Siddharth Varun Ravi Deepak Manish Harish Naveen Gaurav Abhishek Priya Ananya
Aishwarya Divya Kavya Lakshmi Meera Neha Pooja Riya Shreya Sneha Swati Anjali Deepika Nisha
Sunita Geeta Radhika Aditi Ishaan Imran Farhan Ayesha Zainab Nadia Sana Bilal Hamza Usman
Harpreet Gurpreet Manpreet Jaspreet Simran Arvind Venkat Srinivas Padma Revathi
Wei Jing Ming Hui Xiaoming Yan Jun Lei Hao Fang Mei Ling Xin Qiang Jiayi Zihan Yuxuan Haoran
Haruto Yuto Sota Hiroshi Takeshi Kenji Daiki Yui Aoi Hina Sakura Yuki Haruka Akiko Keiko Naoko
Minjun Seojun Jiho Doyoon Jiwoo Seoyeon Jiwon Minseo Hyejin Soojin Eunji Jisoo
Thanh Minh Linh Huong Duc Tuan Quang Phuong Ngoc Trang Khoa Bao
Chinedu Emeka Obinna Ifeanyi Chukwuma Ngozi Adaeze Chiamaka Nkechi Oluwaseun Babajide Folake
Yetunde Kwame Kofi Kwabena Akosua Abena Yaw Kojo Thabo Sipho Themba Lindiwe Nomvula Zanele
Mandla Tendai Tatenda Chipo Wanjiru Njeri Achieng Amani Baraka Zawadi Fatou Aminata Mamadou
Ousmane Abdoulaye Moussa Aissatou Mariama Meron Selam Dawit Tsion Nnamdi Uchenna Ebere
Ivan Dmitri Sergei Alexei Nikolai Mikhail Andrei Pavel Yuri Oleg Vladimir Boris Igor Maxim
Anastasia Natalia Olga Tatiana Svetlana Irina Ekaterina Yelena Ludmila Daria Polina Ksenia
Piotr Tomasz Krzysztof Wojciech Marek Agnieszka Katarzyna Magdalena Małgorzata Zofia Jakub
Łukasz Ondřej Petr Jana Lenka Dragan Zoran Milica Jelena Bogdan Oksana Taras Yaroslav
Mohammed Ahmed Omar Hassan Hussein Khalid Youssef Karim Mahmoud Mustafa Ibrahim Saeed Faisal
Rashid Nasser Tariq Samir Walid Ziad Layla Yasmin Noor Huda Amira Rania Salma Mariam Dalia
Leila Hana Reem Lina Samira Zahra Jamal Adel Bassam Hamid Fatima Khadija Aisha Yousra
Lars Erik Anders Nils Magnus Henrik Sven Olaf Björn Gunnar Leif Johan Mikkel Rasmus Søren
Jens Ingrid Astrid Sigrid Freya Linnea Maja Elin Karin Solveig Annika Kari Hedda Tove Sanna
Aino Eero Juha Mikko Tuomas Aila Signe Dagny Torbjørn
Lukas Felix Jonas Leon Maximilian Moritz Tobias Florian Sebastian Matthias Katharina Lena
Anja Sabine Ursula Franziska Julien Mathieu Antoine Étienne Guillaume Pierre Olivier Thierry
Camille Manon Amélie Margaux Élodie Céline Giuseppe Giovanni Marco Luca Matteo Francesco
Alessandro Lorenzo Giulia Chiara Francesca Alessia Federica Siobhan Niamh Aoife Ciarán Oisín
Eoin Pádraig Declan Saoirse Dimitris Nikos Giorgos Eleni Katerina Mehmet Emre Burak Elif
Zeynep Ayşe Arash Reza Dariush Shirin Parisa Neda Avi Eitan Noa Tamar Yael Moshe Maricel
Rowena Jericho Analyn Rodel Keanu Leilani Kalani Malia Sione Tevita Ximeno Bartholomew
Cornelius Ignatius Octavia Philippa Rosalind Winifred Mildred Agnes Edith Clarence Horace
Leopold Ezekiel Josiah Thaddeus Priscilla Imogen Ottilie Beatrix Rupert Hamish Fergus
Callum Ewan Morag Isla Ailsa Rhys Dafydd Gethin Cerys Bronwen Tegan Rhiannon
"""

_SURNAME_RAW = """
Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin
Thompson White Harris Clark Lewis Robinson Walker Hall Allen Young King Wright Scott Green
Baker Adams Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards
Collins Stewart Morris Rogers Reed Cook Morgan Bell Murphy Bailey Cooper Richardson Cox Howard
Ward Peterson Gray Watson Brooks Kelly Sanders Price Bennett Wood Barnes Ross Henderson
Coleman Jenkins Perry Powell Long Patterson Hughes Butler Simmons Foster Bryant Russell
Griffin Hayes Myers Ford Graham Sullivan Wallace West Cole Ellis Fisher Reynolds Marshall
Owens Harrison Gibson Murray Kennedy Wells Tucker Porter Hunter Hicks Crawford Boyd Mason
Warren Dixon Burns Gordon Shaw Holmes Rice Robertson Hunt Black Daniels Palmer Mills Grant
Knight Ferguson Stone Hawkins Dunn Perkins Spencer Gardner Stephens Payne Pierce Berry
Matthews Arnold Wagner Willis Watkins Olson Carroll Duncan Snyder Hart Cunningham Bradley Lane
Andrews Harper Riley Armstrong Carpenter Weaver Greene Elliott Sims Peters Kelley Lawson
Fields Whitaker Pemberton Ashworth Blackwood Hargreaves Fairbanks Thornton Kingsley Prescott
Garcia Rodriguez Martinez Hernandez Lopez Gonzalez Perez Sanchez Ramirez Torres Flores Rivera
Gomez Diaz Cruz Morales Reyes Gutierrez Ortiz Ramos Castillo Jimenez Vasquez Romero Herrera
Medina Aguilar Vargas Castro Mendoza Guzman Fernandez Ruiz Alvarez Salazar Delgado Peña Soto
Contreras Rojas Guerrero Navarro Cabrera Estrada Dominguez Sandoval Carrillo Espinoza Fuentes
Valdez Ibarra Maldonado Ochoa Cervantes Villanueva Zamora Acosta Rosales Pacheco Molina
Serrano Campos Vega Cortez Juárez Núñez Miranda Quintero Arellano Benítez
Patel Shah Singh Kumar Sharma Gupta Mehta Joshi Desai Reddy Rao Iyer Nair Menon Pillai
Krishnan Natarajan Subramanian Venkatesan Raghavan Chatterjee Banerjee Mukherjee Ghosh Bose
Sengupta Chowdhury Kapoor Malhotra Khanna Bhatia Chopra Agarwal Verma Mishra Pandey Tiwari
Srivastava Saxena Trivedi Kulkarni Deshpande Patil Jadhav Sandhu Dhillon Grewal Siddiqui
Qureshi Hussain Chaudhry Rahman Hossain Bhattacharya Ranganathan
Wang Zhang Liu Chen Yang Huang Zhao Zhou Sun Zhu Guo Lin Gao Luo Zheng Liang Xie Tang Song
Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Cheng Tanaka Suzuki Takahashi
Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Yamaguchi Matsumoto
Inoue Kimura Hayashi Shimizu Mori Ikeda Hashimoto Ishikawa Ogawa Fujita Okada Goto Kim Park
Choi Jung Kang Yoon Jang Shin Kwon Hwang Ahn Nguyen Tran Pham Hoang Huynh Phan Dang Bui
Duong Truong Wu Xu Li
Okafor Okonkwo Adeyemi Oyelaran Balogun Adebayo Nwosu Chukwu Mensah Owusu Boateng Asante
Appiah Osei Agyeman Ndlovu Dlamini Nkosi Khumalo Mokoena Molefe Naidoo Mutua Kariuki Ochieng
Wanjiku Njoroge Kipchoge Diallo Traoré Keita Touré Camara Ndiaye Diop Mbeki Moyo Banda Phiri
Tembo Haile Tesfaye Bekele Girma Kebede Mengistu Oladipo Onyango Achebe Eze
Ivanov Petrov Smirnov Kuznetsov Popov Sokolov Lebedev Kozlov Novikov Morozov Volkov Pavlov
Fedorov Orlov Egorov Kowalski Nowak Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski
Zieliński Szymański Woźniak Dąbrowski Novak Svoboda Dvořák Černý Horvat Kovačević Petrović
Jovanović Nikolić Marković Popescu Ionescu Shevchenko Bondarenko Kovalenko Tkachenko
Kravchenko Melnyk
Haddad Khoury Nassar Saleh Mansour Hamdan Abboud Farah Aziz Khalil Darwish Najjar Barakat
Qasim Al-Farsi Al-Masri El-Sayed El-Amin Abdullah Rahimi Karimi Hosseini Mohammadi Ahmadi
Jafari Moradi Rezaei Yılmaz Kaya Demir Şahin Çelik Yıldız Öztürk Aydın Arslan Doğan
Hansen Johansen Olsen Larsen Andersen Pedersen Nielsen Kristensen Jensen Christensen Eriksson
Lindqvist Lindberg Johansson Karlsson Nilsson Svensson Gustafsson Persson Lund Dahl Holm
Strand Haugen Bakke Solberg Virtanen Korhonen Nieminen Mäkinen Hämäläinen Laine Heikkinen
Koskinen Jónsson Magnusson Sigurdsson Björklund Sundberg
Müller Schmidt Schneider Fischer Weber Meyer Becker Schulz Hoffmann Koch Richter Klein Wolf
Schröder Neumann Schwarz Zimmermann Braun Krüger Hartmann Lange Werner Krause Lehmann Dubois
Durand Lefebvre Moreau Laurent Leroy Roux Bertrand Morel Fournier Girard Bonnet Dupont
Lambert Fontaine Rousseau Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino
Greco Gallo Conti Mancini Costa Giordano Rizzo Lombardi Moretti O'Brien O'Connor O'Sullivan
Byrne Walsh McCarthy Doyle Gallagher Quinn Brennan Fitzgerald Papadopoulos Georgiou
Nikolaidis Dimitriou Cohen Levi Friedman Katz Rosenberg Goldberg Shapiro Mizrahi Santos
Bautista Villanueva Kahale Kealoha Fonoti Tupou Takeda Oyama Vukovic Halvorsen
"""

# Compound surnames (spans include the particles).
_SURNAME_COMPOUND = [
    "van Dijk", "de Vries", "van der Berg", "de la Cruz", "García-López", "Smith-Jones",
    "dos Santos", "da Silva", "del Río", "Ben-David", "St. Clair", "MacLeod", "D'Amico",
    "von Essen", "Abu-Bakr",
]

GIVEN_NAMES = sorted(set(_GIVEN_RAW.split()))
SURNAMES = sorted(set(_SURNAME_RAW.split())) + _SURNAME_COMPOUND

# Names that read like ordinary English words; avoided in lower-case chat text
# where there would be no cue at all.
_WORDLIKE = set("""
Mark Grace Amber Rosa Jean Hunter Mason Harper Avery Violet Hazel Stella Will Frank Ann
Brown White Green Young King Hall Wood Stone Bell Cook Long Price Rice Hunt Ward Black Mills
Grant Knight Lane Fields Gray Fisher Baker Turner Carter Cole Wells Porter Shaw Payne Berry
Hart Weaver Carpenter Gardner Parker Miller Ford Reed Brooks Barnes Ross Perry Long Butler
Burns Gordon Holmes Daniels Palmer Arnold Sims Peters Kelly Bailey Cooper Morgan Murray
Graham West Boyd Warren Dixon Duncan Snyder Wolf Klein Braun Lange Koch Costa Greco Gallo
Song Long Kim Park Jung Kang Li Wu Xu Lin Sun Moore Martin Allen Scott Nelson Young Pierce
Long Lund Dahl Holm Strand Haugen Laine Santos Noa Lena Maja Karin Kari Leif Per Noor Reem
Lina Hana Sana Ming Hui Yan Jun Lei Hao Fang Mei Ling Xin Wei Jing Bao Duc Tuan Anh Yui Aoi
Hina Ren Yuki Abe Mori Ito Goto Cox Dunn Gray Pan Cao Tian Dong Cai Jang Shin Ahn Bui Eze
Camara Diop Banda Moyo Keita Farah Aziz Saleh Kaya Demir Lambert Laurent Conti Rossi Russo
Levi Katz Cohen Quinn Doyle Walsh Byrne Kelley Riley Hayes Myers Willis Lawson Dixon Hicks
Amani Baraka Taras Jana Petr Olga Ivan Signe Eero Anja Tove Elin Liv Aila Aino
""".split())

# US cities: (city, state abbreviation, ZIP prefix)
US_CITIES = [
    ("Springfield", "IL", "627"), ("Denver", "CO", "802"), ("Boulder", "CO", "803"),
    ("Chicago", "IL", "606"), ("Naperville", "IL", "605"), ("Seattle", "WA", "981"),
    ("Spokane", "WA", "992"), ("Tacoma", "WA", "984"), ("Portland", "OR", "972"),
    ("Salem", "OR", "973"), ("Boise", "ID", "837"), ("Sacramento", "CA", "958"),
    ("Fresno", "CA", "937"), ("Oakland", "CA", "946"), ("San Diego", "CA", "921"),
    ("San Jose", "CA", "951"), ("Los Angeles", "CA", "900"), ("Pasadena", "CA", "911"),
    ("Riverside", "CA", "925"), ("Bakersfield", "CA", "933"), ("Phoenix", "AZ", "850"),
    ("Tucson", "AZ", "857"), ("Mesa", "AZ", "852"), ("Albuquerque", "NM", "871"),
    ("Santa Fe", "NM", "875"), ("Las Vegas", "NV", "891"), ("Reno", "NV", "895"),
    ("Salt Lake City", "UT", "841"), ("Provo", "UT", "846"), ("Omaha", "NE", "681"),
    ("Wichita", "KS", "672"), ("Topeka", "KS", "666"), ("Tulsa", "OK", "741"),
    ("Oklahoma City", "OK", "731"), ("San Antonio", "TX", "782"), ("El Paso", "TX", "799"),
    ("Fort Worth", "TX", "761"), ("Plano", "TX", "750"), ("Lubbock", "TX", "794"),
    ("Corpus Christi", "TX", "784"), ("Baton Rouge", "LA", "708"), ("New Orleans", "LA", "701"),
    ("Shreveport", "LA", "711"), ("Little Rock", "AR", "722"), ("Memphis", "TN", "381"),
    ("Nashville", "TN", "372"), ("Knoxville", "TN", "379"), ("Chattanooga", "TN", "374"),
    ("Louisville", "KY", "402"), ("Lexington", "KY", "405"), ("Birmingham", "AL", "352"),
    ("Huntsville", "AL", "358"), ("Montgomery", "AL", "361"), ("Atlanta", "GA", "303"),
    ("Macon", "GA", "312"), ("Tampa", "FL", "336"), ("Miami", "FL", "331"),
    ("Tallahassee", "FL", "323"), ("Gainesville", "FL", "326"), ("Jacksonville", "FL", "322"),
    ("Charleston", "SC", "294"), ("Columbia", "SC", "292"), ("Greenville", "SC", "296"),
    ("Raleigh", "NC", "276"), ("Durham", "NC", "277"), ("Asheville", "NC", "288"),
    ("Richmond", "VA", "232"), ("Norfolk", "VA", "235"), ("Arlington", "VA", "222"),
    ("Baltimore", "MD", "212"), ("Annapolis", "MD", "214"), ("Wilmington", "DE", "198"),
    ("Philadelphia", "PA", "191"), ("Pittsburgh", "PA", "152"), ("Allentown", "PA", "181"),
    ("Newark", "NJ", "071"), ("Trenton", "NJ", "086"), ("Hoboken", "NJ", "070"),
    ("Brooklyn", "NY", "112"), ("Buffalo", "NY", "142"), ("Rochester", "NY", "146"),
    ("Albany", "NY", "122"), ("Syracuse", "NY", "132"), ("Hartford", "CT", "061"),
    ("New Haven", "CT", "065"), ("Providence", "RI", "029"), ("Boston", "MA", "021"),
    ("Worcester", "MA", "016"), ("Cambridge", "MA", "021"), ("Burlington", "VT", "054"),
    ("Manchester", "NH", "031"), ("Bangor", "ME", "044"), ("Cleveland", "OH", "441"),
    ("Columbus", "OH", "432"), ("Cincinnati", "OH", "452"), ("Toledo", "OH", "436"),
    ("Akron", "OH", "443"), ("Detroit", "MI", "482"), ("Ann Arbor", "MI", "481"),
    ("Grand Rapids", "MI", "495"), ("Indianapolis", "IN", "462"), ("Fort Wayne", "IN", "468"),
    ("Milwaukee", "WI", "532"), ("Green Bay", "WI", "543"), ("Minneapolis", "MN", "554"),
    ("Duluth", "MN", "558"), ("Des Moines", "IA", "503"), ("Cedar Rapids", "IA", "524"),
    ("St. Louis", "MO", "631"), ("Kansas City", "MO", "641"), ("Fargo", "ND", "581"),
    ("Sioux Falls", "SD", "571"), ("Billings", "MT", "591"), ("Anchorage", "AK", "995"),
    ("Honolulu", "HI", "968"), ("Hilo", "HI", "967"), ("Olympia", "WA", "985"),
]

US_STATES = {
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
    "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
}

# International cities: (city, country)
INTL_CITIES = [
    ("London", "United Kingdom"), ("Leeds", "United Kingdom"), ("Bristol", "United Kingdom"),
    ("Glasgow", "United Kingdom"), ("Edinburgh", "United Kingdom"), ("Cardiff", "United Kingdom"),
    ("Dublin", "Ireland"), ("Cork", "Ireland"), ("Berlin", "Germany"), ("Munich", "Germany"),
    ("Hamburg", "Germany"), ("Cologne", "Germany"), ("Frankfurt", "Germany"), ("Leipzig", "Germany"),
    ("Lyon", "France"), ("Marseille", "France"), ("Toulouse", "France"), ("Bordeaux", "France"),
    ("Nantes", "France"), ("Amsterdam", "Netherlands"), ("Rotterdam", "Netherlands"),
    ("Utrecht", "Netherlands"), ("Madrid", "Spain"), ("Barcelona", "Spain"), ("Valencia", "Spain"),
    ("Seville", "Spain"), ("Milan", "Italy"), ("Rome", "Italy"), ("Naples", "Italy"),
    ("Turin", "Italy"), ("Bologna", "Italy"), ("Lisbon", "Portugal"), ("Porto", "Portugal"),
    ("Vienna", "Austria"), ("Zurich", "Switzerland"), ("Geneva", "Switzerland"),
    ("Copenhagen", "Denmark"), ("Stockholm", "Sweden"), ("Oslo", "Norway"), ("Helsinki", "Finland"),
    ("Warsaw", "Poland"), ("Krakow", "Poland"), ("Prague", "Czech Republic"), ("Budapest", "Hungary"),
    ("Athens", "Greece"), ("Istanbul", "Turkey"), ("Cairo", "Egypt"), ("Nairobi", "Kenya"),
    ("Lagos", "Nigeria"), ("Accra", "Ghana"), ("Johannesburg", "South Africa"),
    ("Cape Town", "South Africa"), ("Casablanca", "Morocco"), ("Dubai", "United Arab Emirates"),
    ("Doha", "Qatar"), ("Mumbai", "India"), ("Bengaluru", "India"), ("Chennai", "India"),
    ("Hyderabad", "India"), ("Pune", "India"), ("Kolkata", "India"), ("Karachi", "Pakistan"),
    ("Lahore", "Pakistan"), ("Dhaka", "Bangladesh"), ("Singapore", "Singapore"),
    ("Kuala Lumpur", "Malaysia"), ("Bangkok", "Thailand"), ("Hanoi", "Vietnam"),
    ("Ho Chi Minh City", "Vietnam"), ("Manila", "Philippines"), ("Jakarta", "Indonesia"),
    ("Seoul", "South Korea"), ("Busan", "South Korea"), ("Tokyo", "Japan"), ("Osaka", "Japan"),
    ("Kyoto", "Japan"), ("Yokohama", "Japan"), ("Shanghai", "China"), ("Beijing", "China"),
    ("Shenzhen", "China"), ("Taipei", "Taiwan"), ("Melbourne", "Australia"),
    ("Brisbane", "Australia"), ("Perth", "Australia"), ("Adelaide", "Australia"),
    ("Auckland", "New Zealand"), ("Wellington", "New Zealand"), ("Toronto", "Canada"),
    ("Montreal", "Canada"), ("Vancouver", "Canada"), ("Calgary", "Canada"), ("Ottawa", "Canada"),
    ("Winnipeg", "Canada"), ("Halifax", "Canada"), ("Mexico City", "Mexico"),
    ("Guadalajara", "Mexico"), ("Monterrey", "Mexico"), ("Puebla", "Mexico"),
    ("Bogotá", "Colombia"), ("Medellín", "Colombia"), ("Lima", "Peru"), ("Santiago de Chile", "Chile"),
    ("Buenos Aires", "Argentina"), ("São Paulo", "Brazil"), ("Rio de Janeiro", "Brazil"),
    ("Belo Horizonte", "Brazil"), ("Recife", "Brazil"), ("Reykjavik", "Iceland"),
    ("Tallinn", "Estonia"), ("Riga", "Latvia"), ("Vilnius", "Lithuania"), ("Kyiv", "Ukraine"),
    ("Bucharest", "Romania"), ("Sofia", "Bulgaria"), ("Belgrade", "Serbia"), ("Zagreb", "Croatia"),
]

COUNTRIES = sorted(set(c for _, c in INTL_CITIES) | {
    "United States", "Jamaica", "Haiti", "Dominican Republic", "Cuba", "Guatemala",
    "Honduras", "El Salvador", "Ecuador", "Venezuela", "Uruguay", "Ethiopia", "Senegal",
    "Tanzania", "Uganda", "Zimbabwe", "Nepal", "Sri Lanka", "Iran", "Iraq", "Lebanon",
    "Jordan", "Saudi Arabia", "Belgium", "Luxembourg", "Slovakia", "Slovenia",
})

STREET_NAMES = """
Oak Maple Pine Cedar Elm Birch Willow Aspen Spruce Magnolia Sycamore Chestnut Hickory Walnut
Juniper Laurel Poplar Cypress Redwood Dogwood Hawthorn Linden Mulberry Alder Sequoia
Main Church Market Water Mill Park Lake River Hill Valley Ridge Meadow Prospect Highland
Spring Franklin Jefferson Madison Monroe Adams Hamilton Lafayette Union Liberty Center
Summit Sunset Sunrise Orchard Forest Garden Harbor Bay Bridge Canal Railroad Depot Academy
College University Cherry Peach Apple Vine Heather Ivy Clover Fairview Lakeview Riverside
Hillcrest Briarwood Foxglove Kingfisher Sparrow Robin Heron Falcon Eagle Cardinal Bluebird
Mockingbird Whitman Emerson Thoreau Tremont Beacon Commonwealth Belmont Clinton Grove
""".split()

STREET_TYPES = [
    ("Street", "St"), ("Avenue", "Ave"), ("Road", "Rd"), ("Boulevard", "Blvd"), ("Lane", "Ln"),
    ("Drive", "Dr"), ("Court", "Ct"), ("Place", "Pl"), ("Way", "Way"), ("Parkway", "Pkwy"),
    ("Terrace", "Ter"), ("Circle", "Cir"), ("Trail", "Trl"), ("Highway", "Hwy"),
]

UK_STREETS = ["Kingsley Road", "Victoria Street", "Albert Road", "Station Road", "High Street",
              "Church Lane", "Mill Lane", "Park Avenue", "Queens Road", "Manor Way",
              "Granby Terrace", "Hawthorn Close", "Regent Street", "Woodland Drive"]
UK_TOWNS = [("London", "SW1A", "SE15", "N7", "E2"), ("Leeds", "LS6", "LS2"),
            ("Bristol", "BS1", "BS8"), ("Manchester", "M14", "M1"), ("Glasgow", "G12", "G3"),
            ("Cardiff", "CF10", "CF24"), ("Edinburgh", "EH1", "EH9")]
DE_STREETS = ["Hauptstraße", "Bahnhofstraße", "Lindenallee", "Gartenweg", "Schillerstraße",
              "Goethestraße", "Berliner Straße", "Kastanienweg", "Am Markt", "Friedrichstraße"]
DE_TOWNS = [("10115", "Berlin"), ("80331", "München"), ("20095", "Hamburg"),
            ("50667", "Köln"), ("60311", "Frankfurt am Main"), ("04109", "Leipzig")]
FR_STREETS = ["rue de la Paix", "avenue Victor Hugo", "rue Nationale", "boulevard Voltaire",
              "rue des Lilas", "place de la République", "rue du Moulin", "allée des Tilleuls"]
FR_TOWNS = [("75002", "Paris"), ("69003", "Lyon"), ("13001", "Marseille"),
            ("31000", "Toulouse"), ("33000", "Bordeaux"), ("44000", "Nantes")]
CA_ADDR = [("Toronto", "ON", "M5V"), ("Vancouver", "BC", "V6B"), ("Montreal", "QC", "H2X"),
           ("Calgary", "AB", "T2P"), ("Ottawa", "ON", "K1P"), ("Halifax", "NS", "B3H")]

EMAIL_DOMAINS = """
gmail.com yahoo.com outlook.com hotmail.com icloud.com aol.com protonmail.com proton.me
gmx.de web.de orange.fr free.fr yahoo.co.uk btinternet.com comcast.net verizon.net att.net
sbcglobal.net rediffmail.com qq.com 163.com naver.com yahoo.co.jp mail.ru yandex.ru
uol.com.br bigpond.com shaw.ca fastmail.com hey.com zoho.com live.com msn.com me.com
cox.net charter.net earthlink.net t-online.de libero.it laposte.net telus.net
""".split()

# Brand / product names that look like people or places (hard negatives).
BRAND_NEGATIVES = [
    "Alexa", "Siri", "Cortana", "Tesla Model 3", "Tesla Model S", "Georgia font",
    "Jack Daniel's", "Mr. Clean", "Dr Pepper", "Ben & Jerry's", "Wendy's", "Victoria's Secret",
    "Johnson & Johnson", "Johns Hopkins Hospital", "Mayo Clinic", "Ford Focus", "Dell Latitude",
    "Ritz-Carlton", "Marriott Bonvoy", "Hilton Honors", "Wells Fargo", "Charles Schwab",
    "Morgan Stanley", "Macy's", "Trader Joe's", "Kellogg's", "Oscar Mayer", "Little Caesars",
    "Aunt Jemima", "Sherwin-Williams", "Harley-Davidson", "Ray-Ban", "Calvin Klein",
    "Hennessy", "Jordan 1 sneakers", "Amazon Kindle", "Android Oreo", "macOS Sonoma",
    "Ubuntu Jammy", "Apache Kafka", "Django", "Jenkins pipeline", "Helvetica", "Times New Roman",
    "Peloton", "Venmo", "Zelle", "Chick-fil-A", "Boston Market", "Arizona iced tea",
    "Philadelphia cream cheese", "Denver omelette",
]

import unicodedata

ENTITY_TYPES = [
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "CREDIT_CARD", "IBAN_CODE",
    "IP_ADDRESS", "DATE_OF_BIRTH", "DATE_TIME", "LOCATION", "ADDRESS", "URL",
    "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER", "ACCOUNT_NUMBER", "DRIVER_LICENSE",
    "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "STRIPE_KEY", "JWT",
    "PRIVATE_KEY", "PASSWORD", "GENERIC_SECRET",
]
_ENTITY_SET = set(ENTITY_TYPES)

# ---------------------------------------------------------------------------
# Document builder
# ---------------------------------------------------------------------------


class Ent:
    """A labeled value."""
    __slots__ = ("text", "type")

    def __init__(self, text, typ):
        if typ not in _ENTITY_SET:
            raise ValueError(f"unknown entity type {typ}")
        self.text = text
        self.type = typ


class Neg:
    """A deliberately inserted hard negative (exempt from the leak scan)."""
    __slots__ = ("text",)

    def __init__(self, text):
        self.text = text


def E(text, typ):
    return Ent(text, typ)


def N(text):
    return Neg(text)


class Doc:
    def __init__(self):
        self.segs = []  # (text, type or None, exempt)

    def add(self, *items):
        for it in items:
            if it is None:
                continue
            if isinstance(it, str):
                if it:
                    self.segs.append((it, None, False))
            elif isinstance(it, Ent):
                self.segs.append((it.text, it.type, False))
            elif isinstance(it, Neg):
                if it.text:
                    self.segs.append((it.text, None, True))
            elif isinstance(it, Doc):
                self.segs.extend(it.segs)
            elif isinstance(it, (list, tuple)):
                self.add(*it)
            else:
                self.segs.append((str(it), None, False))
        return self

    def line(self, *items):
        self.add(*items)
        self.segs.append(("\n", None, False))
        return self

    def map_plain(self, fn):
        self.segs = [(fn(t) if (ty is None and not ex) else t, ty, ex) for t, ty, ex in self.segs]
        return self

    def n_entities(self):
        return sum(1 for _, ty, _ in self.segs if ty)

    def render(self):
        parts, spans, exempt = [], [], []
        pos = 0
        for t, ty, ex in self.segs:
            if ty:
                spans.append({"start": pos, "end": pos + len(t), "type": ty})
            elif ex:
                exempt.append((pos, pos + len(t)))
            parts.append(t)
            pos += len(t)
        return "".join(parts), spans, exempt

    def plain_text(self):
        return "".join(t for t, _, _ in self.segs)


# ---------------------------------------------------------------------------
# Validators
# ---------------------------------------------------------------------------

def luhn_ok(digits):
    if not digits.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_check_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return c
    raise AssertionError


def iban_to_int_str(s):
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(ch)
        else:
            out.append(str(ord(ch.upper()) - 55))
    return "".join(out)


IBAN_LENGTHS = {"DE": 22, "GB": 22, "FR": 27, "NL": 18, "ES": 24, "IT": 27, "BE": 16,
                "AT": 20, "CH": 21, "IE": 22, "PT": 25, "PL": 28, "SE": 24, "DK": 18,
                "NO": 15, "FI": 18, "LU": 20}


def iban_ok(s):
    c = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", c):
        return False
    if IBAN_LENGTHS.get(c[:2]) not in (None, len(c)):
        return False
    return int(iban_to_int_str(c[4:] + c[:4])) % 97 == 1


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m:
        return False
    a, g, sr = m.groups()
    if a == "000" or a == "666" or a[0] == "9":
        return False
    return g != "00" and sr != "0000"


JWT_HEADER = '{"alg":"HS256","typ":"JWT"}'


def b64url(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def b64url_decode(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def jwt_ok(s):
    parts = s.split(".")
    if len(parts) != 3:
        return False
    try:
        return b64url_decode(parts[0]).decode() == JWT_HEADER and bool(
            json.loads(b64url_decode(parts[1]).decode()))
    except Exception:
        return False


_VALIDATORS = {
    "CREDIT_CARD": lambda v: luhn_ok(re.sub(r"[ -]", "", v)) and 13 <= len(re.sub(r"[ -]", "", v)) <= 19,
    "IBAN_CODE": iban_ok,
    "US_SSN": ssn_ok,
    "JWT": jwt_ok,
    "AWS_ACCESS_KEY": lambda v: re.fullmatch(r"AKIA[A-Z2-7]{16}", v) is not None,
    "AWS_SECRET_KEY": lambda v: re.fullmatch(r"[A-Za-z0-9/+]{40}", v) is not None,
    "GITHUB_TOKEN": lambda v: re.fullmatch(r"gh[pos]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{82}", v) is not None,
    "SLACK_TOKEN": lambda v: re.fullmatch(r"xox[bp]-[0-9A-Za-z-]{20,}", v) is not None,
    "STRIPE_KEY": lambda v: re.fullmatch(r"[sr]k_live_[A-Za-z0-9]{24,99}", v) is not None,
    "PRIVATE_KEY": lambda v: re.fullmatch(r"-----BEGIN ([A-Z ]*)PRIVATE KEY-----\n[\s\S]+\n-----END \1PRIVATE KEY-----", v) is not None,
    "IP_ADDRESS": lambda v: _ip_ok(v),
    "EMAIL_ADDRESS": lambda v: re.fullmatch(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", v) is not None,
    "URL": lambda v: re.fullmatch(r"(https?://|www\.)\S+", v) is not None and v[-1] not in ".,;:)!?'\"",
    "PHONE_NUMBER": lambda v: 7 <= len(re.sub(r"\D", "", v)) <= 13,
}


def _ip_ok(v):
    if ":" in v:
        if v.count("::") > 1:
            return False
        groups = [g for g in v.split(":") if g != ""]
        if not all(re.fullmatch(r"[0-9a-fA-F]{1,4}", g) for g in groups):
            return False
        return len(groups) == 8 or ("::" in v and len(groups) < 8)
    parts = v.split(".")
    return len(parts) == 4 and all(p.isdigit() and int(p) <= 255 and (p == "0" or not p.startswith("0")) for p in parts)


# Patterns used by the leak scan over unlabeled text.
_LEAK_PATTERNS = [
    ("EMAIL_ADDRESS", re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"), None),
    ("AWS_ACCESS_KEY", re.compile(r"AKIA[A-Z0-9]{16}"), None),
    ("GITHUB_TOKEN", re.compile(r"gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{40,}"), None),
    ("SLACK_TOKEN", re.compile(r"xox[abposr]-[A-Za-z0-9-]{10,}"), None),
    ("STRIPE_KEY", re.compile(r"[sr]k_live_[A-Za-z0-9]{10,}"), None),
    ("JWT", re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+"), None),
    ("PRIVATE_KEY", re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----"), None),
    ("US_SSN", re.compile(r"(?<![\w-])\d{3}([- ])\d{2}\1\d{4}(?![\w-])"), ssn_ok),
    ("CREDIT_CARD", re.compile(r"(?<![\w.-])\d(?:[ -]?\d){12,18}(?![\w-])"),
     lambda s: luhn_ok(re.sub(r"\D", "", s))),
]
_IBAN_START = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2})\d{2}")


def _covered(a, b, ranges):
    """True if [a, b) is fully covered by the union of ranges."""
    pos = a
    for s, e in sorted(ranges):
        if e <= pos:
            continue
        if s > pos:
            return False
        pos = e
        if pos >= b:
            return True
    return pos >= b


def _overlaps_type(a, b, spans, types):
    return any(sp["start"] < b and a < sp["end"] and sp["type"] in types for sp in spans)


def self_check(doc):
    """Raise AssertionError if a rendered document is inconsistent."""
    text, spans, exempt = doc["text"], doc["entities"], doc.get("_exempt", [])
    prev_end = -1
    for sp in spans:
        s, e, ty = sp["start"], sp["end"], sp["type"]
        assert ty in _ENTITY_SET, ty
        assert 0 <= s < e <= len(text), (doc["id"], sp)
        assert s >= prev_end, (doc["id"], "overlap/unsorted", sp)
        prev_end = e
        val = text[s:e]
        assert val == val.strip() and not val[0].isspace() and not val[-1].isspace(), (doc["id"], sp, val)
        v = _VALIDATORS.get(ty)
        if v is not None:
            assert v(val), (doc["id"], ty, val)
    allowed = [(sp["start"], sp["end"]) for sp in spans] + list(exempt)
    for ty, rx, valid in _LEAK_PATTERNS:
        for m in rx.finditer(text):
            a, b = m.span()
            if valid is not None and not valid(m.group(0)):
                continue
            if _covered(a, b, allowed) or _overlaps_type(a, b, spans, {ty}):
                continue
            raise AssertionError(f"{doc['id']}: unlabeled {ty} {m.group(0)!r}")
    for m in _IBAN_START.finditer(text):
        cc = m.group(1)
        ln = IBAN_LENGTHS.get(cc)
        if not ln:
            continue
        a = m.start()
        compact, idx, ends = "", a, []
        while idx < len(text) and len(compact) < ln:
            ch = text[idx]
            if ch.isalnum() and ch.isascii():
                compact += ch.upper() if ch.isalpha() else ch
            elif ch == " " and idx + 1 < len(text) and text[idx + 1].isalnum():
                pass
            else:
                break
            idx += 1
        if len(compact) == ln and iban_ok(compact):
            if not (_covered(a, idx, allowed) or _overlaps_type(a, idx, spans, {"IBAN_CODE"})):
                raise AssertionError(f"{doc['id']}: unlabeled IBAN {text[a:idx]!r}")
    return True


# ---------------------------------------------------------------------------
# Value generators
# ---------------------------------------------------------------------------

_TRANS = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "ı": "i",
                        "đ": "d", "æ": "ae", "Æ": "AE", "œ": "oe"})


def asciify(s):
    s = s.translate(_TRANS)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(s):
    return re.sub(r"[^a-z]", "", asciify(s).lower())


US_AREA_CODES = """
201 202 203 205 206 207 208 209 210 212 213 214 215 216 217 218 219 224 225 228 229 231
234 239 240 248 251 252 253 254 256 260 262 267 269 270 272 276 281 301 302 303 304 305
307 308 309 310 312 313 314 315 316 317 318 319 320 321 323 325 330 331 334 336 337 339
346 347 351 352 360 361 385 386 401 402 404 405 406 407 408 409 410 412 413 414 415 417
419 423 424 425 430 432 434 435 440 442 443 458 469 470 475 478 479 480 484 501 502 503
504 505 507 508 509 510 512 513 515 516 517 518 520 530 531 534 539 540 541 551 559 561
562 563 567 570 571 573 574 575 580 585 586 601 602 603 605 606 607 608 609 610 612 614
615 616 617 618 619 620 623 626 628 629 630 631 636 641 646 650 651 657 660 661 662 667
669 678 681 682 701 702 703 704 706 707 708 712 713 714 715 716 717 718 719 720 724 725
727 731 732 734 737 740 747 754 757 760 762 763 765 769 770 772 773 774 775 779 781 785
786 801 802 803 804 805 806 808 810 812 813 814 815 816 817 818 828 830 831 832 843 845
847 848 850 856 857 858 859 860 862 863 864 865 870 872 878 901 903 904 906 907 908 909
910 912 913 914 915 916 917 918 919 920 925 928 929 931 936 937 940 941 947 949 951 952
954 956 959 970 971 972 973 978 979 980 984 985 989
""".split()
CA_AREA_CODES = "416 647 437 905 289 613 343 514 438 450 604 778 236 403 587 780 825 204 431 306 902 506 709".split()

PW_WORDS = """
summer winter autumn spring sunshine dragon monkey tiger falcon harbor maple coffee
baseball soccer hockey football lakers yankees panther buster pepper ginger shadow
princess charlie biscuit cookie rocket galaxy thunder diamond silver orange mango
purple blossom freedom liberty ranger mustang phoenix kitten puppy snoopy muffin
""".split()

TITLES = ["Dr.", "Dr", "Mr.", "Ms.", "Mrs.", "Mr", "Ms", "Prof.", "Mx."]


class Person:
    __slots__ = ("first", "last", "mi")

    def __init__(self, first, last, mi):
        self.first, self.last, self.mi = first, last, mi

    @property
    def full(self):
        return f"{self.first} {self.last}"


class Gen:
    """Per-document generator bound to one random.Random."""

    def __init__(self, rng, dom=None):
        self.r = rng
        self.dom = dom
        self._people = []
        self._cur = None
        self.cur_org = None

    # -- basics ---------------------------------------------------------
    def ch(self, seq):
        return self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    def digits(self, n, first_nonzero=False):
        s = "".join(self.r.choice("0123456789") for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = self.r.choice("123456789") + s[1:]
        return s

    def alnum(self, n, alphabet=string.ascii_letters + string.digits):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hexs(self, n, upper=False):
        s = "".join(self.r.choice("0123456789abcdef") for _ in range(n))
        return s.upper() if upper else s

    def wpick(self, pairs):
        tot = sum(w for _, w in pairs)
        x = self.r.random() * tot
        for v, w in pairs:
            x -= w
            if x <= 0:
                return v
        return pairs[-1][0]

    # -- people ---------------------------------------------------------
    def person(self, lower_safe=False):
        while True:
            first = self.ch(GIVEN_NAMES)
            last = self.ch(SURNAMES)
            if lower_safe and (first in _WORDLIKE or last in _WORDLIKE or " " in last or len(last) < 3):
                continue
            if any(p.first == first or p.last == last for p in self._people):
                continue
            break
        p = Person(first, last, self.ch("ABCDEFGHJKLMNPRSTVW"))
        self._people.append(p)
        return p

    def name(self, p, style="full", case=None, title=None):
        """Return a fragment for a name rendering.  Titles stay outside the span."""
        if style == "full":
            v = p.full
        elif style == "first":
            v = p.first
        elif style == "last":
            v = p.last
        elif style == "mi":
            v = f"{p.first} {p.mi}. {p.last}"
        elif style == "mi_nodot":
            v = f"{p.first} {p.mi} {p.last}"
        elif style == "last_first":
            v = f"{p.last}, {p.first}"
        elif style == "last_first_mi":
            v = f"{p.last}, {p.first} {p.mi}."
        else:
            raise ValueError(style)
        if case == "upper":
            v = v.upper()
        elif case == "lower":
            v = v.lower()
        if title:
            t = title.upper() if case == "upper" else (title.lower() if case == "lower" else title)
            return [t + " ", E(v, "PERSON")]
        return [E(v, "PERSON")]

    def pname(self, p, case=None):
        """A randomly styled reference in prose."""
        st = self.wpick([("full", 5), ("first", 2), ("mi", 1), ("title", 2)])
        if st == "title":
            return self.name(p, "last", case, title=self.ch(["Mr.", "Ms.", "Mrs.", "Dr.", "Mr", "Ms"]))
        return self.name(p, st, case)

    # -- contact --------------------------------------------------------
    def email(self, p=None, domain=None):
        dom = domain or self.ch(EMAIL_DOMAINS)
        if p is None:
            local = self.ch(PW_WORDS) + self.ch(["", ".", "_"]) + self.ch(PW_WORDS) + self.digits(self.r.randint(0, 3))
            return E(f"{local}@{dom}", "EMAIL_ADDRESS")
        f, l = slug(p.first), slug(p.last)
        pat = self.wpick([("f.l", 5), ("fl", 2), ("f_l", 1), ("fil", 3), ("fli", 1), ("f.l#", 2),
                          ("l.f", 1), ("f#", 1), ("fmil", 1)])
        local = {"f.l": f"{f}.{l}", "fl": f"{f}{l}", "f_l": f"{f}_{l}", "fil": f"{f[0]}{l}",
                 "fli": f"{f}{l[0]}", "f.l#": f"{f}.{l}{self.r.randint(1, 99)}", "l.f": f"{l}.{f}",
                 "f#": f"{f}{self.r.randint(70, 2009)}", "fmil": f"{f[0]}{p.mi.lower()}{l}"}[pat]
        return E(f"{local}@{dom}", "EMAIL_ADDRESS")

    def staff_email(self, p, domain):
        f, l = slug(p.first), slug(p.last)
        local = self.ch([f"{f}.{l}", f"{f[0]}{l}", f"{f}"])
        return E(f"{local}@{domain}", "EMAIL_ADDRESS")

    def phone(self, country=None):
        r = self.r
        c = country or self.wpick([("US", 55), ("GB", 7), ("DE", 5), ("FR", 5), ("IN", 6), ("AU", 4),
                                   ("JP", 4), ("BR", 4), ("CA", 6), ("MX", 4)])
        d = self.digits

        def exch():
            while True:
                e = str(r.randint(2, 9)) + d(2)
                if e[1:] != "11" and e != "555":
                    return e
        if c in ("US", "CA"):
            a = self.ch(US_AREA_CODES if c == "US" else CA_AREA_CODES)
            e, s = exch(), d(4)
            fmt = self.wpick([("({a}) {e}-{s}", 6), ("{a}-{e}-{s}", 6), ("{a}.{e}.{s}", 2), ("+1 {a} {e} {s}", 2),
                              ("+1-{a}-{e}-{s}", 2), ("1-{a}-{e}-{s}", 1), ("+1 ({a}) {e}-{s}", 2),
                              ("{a}{e}{s}", 1), ("{a} {e} {s}", 1), ("+1{a}{e}{s}", 1)])
            v = fmt.format(a=a, e=e, s=s)
        elif c == "GB":
            if self.chance(0.5):
                p2 = self.ch(["74", "75", "77", "78", "79"])
                nxt = {"74": "0123678", "75": "013456789", "77": "1234567", "78": "014567", "79": "0245678"}[p2]
                rest = self.ch(nxt) + d(7)
                num = p2 + rest  # 10 digits starting with 7
                v = self.ch([f"+44 {num[:4]} {num[4:]}", f"0{num[:4]} {num[4:]}", f"+44 (0){num[:4]} {num[4:]}",
                             f"+44{num}", f"0{num[:4]} {num[4:7]} {num[7:]}"])
            else:
                sub = self.ch("378") + d(7)
                v = self.ch([f"+44 20 {sub[:4]} {sub[4:]}", f"020 {sub[:4]} {sub[4:]}", f"+44 (0)20 {sub[:4]} {sub[4:]}",
                             f"(020) {sub[:4]} {sub[4:]}"])
        elif c == "DE":
            k = r.random()
            if k < 0.4:
                mob = self.ch(["151", "152", "157", "159", "160", "162", "170", "171", "172", "173", "175", "176", "177", "178", "179"])
                rest = d(8) if mob.startswith("15") else d(r.choice([7, 8]))
                v = self.ch([f"+49 {mob} {rest}", f"0{mob} {rest}", f"+49 {mob} {rest[:4]} {rest[4:]}", f"0{mob}/{rest}"])
            else:
                city, ln = self.ch([("30", 8), ("89", 8), ("40", 8), ("221", 7), ("69", 8), ("341", 7)])
                sub = str(r.randint(2, 9)) + d(ln - 1)
                v = self.ch([f"+49 {city} {sub}", f"0{city} {sub}", f"+49 ({city}) {sub}", f"0{city}/{sub}",
                             f"+49 {city} {sub[:3]} {sub[3:]}"])
        elif c == "FR":
            if self.chance(0.5):
                lead = self.ch(["6", "7"])
                second = self.ch("0124578") if lead == "6" else self.ch("3456789")
                num = lead + second + d(7)
            else:
                while True:
                    num = self.ch("12345") + str(r.randint(1, 9)) + d(7)
                    if num[:2] not in ("26", "59"):
                        break
            pairs = " ".join(num[i:i + 2] for i in range(1, 9, 2))
            v = self.ch([f"0{num[0]} {pairs}", f"+33 {num[0]} {pairs}", f"+33{num}",
                         f"0{num[0]}.{pairs.replace(' ', '.')}"])
        elif c == "IN":
            num = self.ch("6789") + d(9)
            v = self.ch([f"+91 {num[:5]} {num[5:]}", f"+91-{num}", f"+91 {num}", f"0{num[:5]} {num[5:]}"])
        elif c == "AU":
            if self.chance(0.55):
                num = "4" + self.ch("0123") + d(7)
                v = self.ch([f"+61 {num[:3]} {num[3:6]} {num[6:]}", f"0{num[:3]} {num[3:6]} {num[6:]}", f"+61{num}"])
            else:
                area = self.ch(["2", "3", "7", "8"])
                first = {"2": "9", "3": "9", "7": "3", "8": "9"}[area]
                sub = first + d(7)
                v = self.ch([f"+61 {area} {sub[:4]} {sub[4:]}", f"(0{area}) {sub[:4]} {sub[4:]}", f"0{area} {sub[:4]} {sub[4:]}"])
        elif c == "JP":
            if self.chance(0.5):
                pre = self.ch(["90", "80", "70"])
                a, b = str(r.randint(1, 9)) + d(3), d(4)
                v = self.ch([f"0{pre}-{a}-{b}", f"+81 {pre}-{a}-{b}", f"+81 {pre} {a} {b}"])
            else:
                a, b = str(r.randint(3, 6)) + d(3), d(4)
                v = self.ch([f"03-{a}-{b}", f"+81 3-{a}-{b}", f"+81 3 {a} {b}"])
        elif c == "BR":
            ddd = self.ch(["11", "21", "31", "41", "51", "61", "71", "81", "85", "19"])
            a, b = "9" + d(4), d(4)
            v = self.ch([f"+55 {ddd} {a}-{b}", f"({ddd}) {a}-{b}", f"+55 ({ddd}) {a}-{b}", f"+55 {ddd} {a} {b}"])
        elif c == "MX":
            ar = self.ch(["55", "81", "33"])
            a, b = d(4), d(4)
            v = self.ch([f"+52 {ar} {a} {b}", f"+52 ({ar}) {a} {b}", f"+52 {ar} {a}-{b}"])
        else:
            raise ValueError(c)
        return E(v, "PHONE_NUMBER")

    # -- government / financial ------------------------------------------
    def ssn_parts(self):
        r = self.r
        while True:
            a = r.randint(1, 899)
            if a != 666:
                break
        return f"{a:03d}", f"{r.randint(1, 99):02d}", f"{r.randint(1, 9999):04d}"

    def ssn(self, fmt=None):
        a, g, s = self.ssn_parts()
        f = fmt or self.wpick([("dash", 8), ("space", 1), ("plain", 1)])
        v = {"dash": f"{a}-{g}-{s}", "space": f"{a} {g} {s}", "plain": f"{a}{g}{s}"}[f]
        return E(v, "US_SSN")

    def ssn_invalid(self):
        r = self.r
        a = self.ch(["000", "666", str(r.randint(900, 999))])
        return N(f"{a}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}")

    def card_number(self):
        r = self.r
        kind = self.wpick([("visa", 5), ("mc", 4), ("amex", 2), ("disc", 2)])
        if kind == "visa":
            body, ln = "4" + self.digits(5), 16
        elif kind == "mc":
            body = str(r.randint(51, 55)) if self.chance(0.7) else str(r.randint(2221, 2720))
            ln = 16
        elif kind == "amex":
            body, ln = self.ch(["34", "37"]), 15
        else:
            body, ln = self.ch(["6011", "65" + self.digits(2), "644" + self.digits(1)]), 16
        body += self.digits(ln - 1 - len(body))
        return kind, body + luhn_check_digit(body)

    def fmt_card(self, kind, num, sep=None):
        sep = sep if sep is not None else self.wpick([(" ", 5), ("-", 3), ("", 3)])
        if kind == "amex":
            parts = [num[:4], num[4:10], num[10:]]
        else:
            parts = [num[i:i + 4] for i in range(0, len(num), 4)]
        return sep.join(parts)

    def card(self, sep=None):
        kind, num = self.card_number()
        return E(self.fmt_card(kind, num, sep), "CREDIT_CARD")

    def card_invalid(self):
        kind, num = self.card_number()
        bad = num[:-1] + str((int(num[-1]) + self.r.randint(1, 9)) % 10)
        assert not luhn_ok(bad)
        return N(self.fmt_card(kind, bad))

    def card_last4(self):
        return N(self.ch(["ending in ", "ending ", "x", "****", "**** **** **** ", "XXXX-"]) + self.digits(4))

    def iban(self, cc=None, grouped=None, gb_bank=None):
        r = self.r
        cc = cc or self.ch(["DE", "GB", "FR", "NL", "ES", "IT"])
        d = self.digits
        if cc == "DE":
            bban = str(r.randint(1, 8)) + d(7) + d(10)
        elif cc == "GB":
            bban = (gb_bank or self.ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"])) + d(6) + d(8)
        elif cc == "NL":
            while True:
                acct = d(10)
                if sum(int(c) * (10 - i) for i, c in enumerate(acct)) % 11 == 0 and acct != "0000000000":
                    break
            bban = self.ch(["ABNA", "RABO", "INGB", "TRIO", "SNSB"]) + acct
        elif cc == "FR":
            bank, branch, acct = d(5, True), d(5), d(11)
            key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
            bban = bank + branch + acct + f"{key:02d}"
        elif cc == "ES":
            ent, off, acct = d(4, True), d(4), d(10)
            w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

            def dc(s):
                v = 11 - sum(int(c) * w[i] for i, c in enumerate(s)) % 11
                return {10: 1, 11: 0}.get(v, v)
            bban = ent + off + f"{dc('00' + ent + off)}{dc(acct)}" + acct
        elif cc == "IT":
            abi, cab, acct = d(5), d(5), d(12)
            odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
            s = abi + cab + acct
            tot = 0
            for i, ch in enumerate(s):
                v = int(ch)
                tot += odd[v] if i % 2 == 0 else v
            bban = chr(65 + tot % 26) + s
        else:
            raise ValueError(cc)
        chk = 98 - int(iban_to_int_str(bban + cc + "00")) % 97
        ib = f"{cc}{chk:02d}{bban}"
        assert iban_ok(ib)
        if grouped is None:
            grouped = self.chance(0.5)
        if grouped:
            ib = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
        return E(ib, "IBAN_CODE")

    def ipv4(self, kind=None):
        r = self.r
        kind = kind or self.wpick([("pub", 5), ("10", 2), ("192", 2), ("172", 1)])
        if kind == "10":
            v = f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        elif kind == "192":
            v = f"192.168.{r.randint(0, 20)}.{r.randint(1, 254)}"
        elif kind == "172":
            v = f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        else:
            a = self.ch([23, 34, 45, 52, 54, 64, 66, 68, 71, 73, 76, 81, 82, 88, 91, 98, 104, 107, 128, 136, 142,
                         151, 162, 170, 185, 188, 193, 198, 203, 208, 212, 216])
            v = f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        return E(v, "IP_ADDRESS")

    def ipv6(self):
        r = self.r
        groups = [self.ch(["2001", "2600", "2a02", "2607", "2a01", "fe80", "2404", "2c0f"])] + \
                 [f"{r.randint(0, 0xffff):x}" for _ in range(7)]
        if groups[0] == "fe80":
            groups[1:4] = ["0", "0", "0"]
        style = self.wpick([("full", 2), ("short", 3), ("compress", 5)])
        if style == "full":
            v = ":".join(g.zfill(4) for g in groups)
        elif style == "short":
            v = ":".join(groups)
        else:
            i = r.randint(1, 5)
            j = r.randint(i + 1, 7)
            for k in range(i, j):
                groups[k] = "0"
            v = ":".join(groups[:i]) + "::" + ":".join(groups[j:])
        return E(v, "IP_ADDRESS")

    def ip(self):
        return self.ipv6() if self.chance(0.22) else self.ipv4()

    # -- dates ------------------------------------------------------------
    def evt_date(self, y0=2021, y1=2025):
        return date(y0, 1, 1) + timedelta(days=self.r.randint(0, (date(y1, 12, 28) - date(y0, 1, 1)).days))

    def dob_date(self, child=False):
        if child:
            return date(2007, 1, 1) + timedelta(days=self.r.randint(0, 17 * 365))
        return date(1938, 1, 1) + timedelta(days=self.r.randint(0, 67 * 365))

    @staticmethod
    def ordinal(n):
        if 10 <= n % 100 <= 20:
            return f"{n}th"
        return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"

    def fmt_date(self, d, style=None, allow_noyear=False):
        M = d.strftime("%B")
        Mo = d.strftime("%b")
        W = d.strftime("%A")
        Wo = d.strftime("%a")
        styles = ["iso", "us", "us_short", "us2", "eu", "eu_dot", "long", "long_ord", "dmy_long", "dmy_ord",
                  "mon_d_y", "d_mon_y", "wk_long", "wk_short", "dash_mon", "caps_mon"]
        if allow_noyear:
            styles += ["wk_ord_noyear", "long_ord_noyear"]
        st = style or self.ch(styles)
        y, m, dd = d.year, d.month, d.day
        return {
            "iso": f"{y:04d}-{m:02d}-{dd:02d}",
            "us": f"{m:02d}/{dd:02d}/{y}",
            "us_short": f"{m}/{dd}/{y}",
            "us2": f"{m}/{dd}/{y % 100:02d}",
            "eu": f"{dd:02d}/{m:02d}/{y}",
            "eu_dot": f"{dd:02d}.{m:02d}.{y}",
            "long": f"{M} {dd}, {y}",
            "long_ord": f"{M} {self.ordinal(dd)}, {y}",
            "dmy_long": f"{dd} {M} {y}",
            "dmy_ord": f"{self.ordinal(dd)} {M} {y}",
            "mon_d_y": f"{Mo} {dd}, {y}",
            "d_mon_y": f"{dd} {Mo} {y}",
            "wk_long": f"{W}, {M} {dd}, {y}",
            "wk_short": f"{Wo}, {Mo} {dd}, {y}",
            "dash_mon": f"{dd:02d}-{Mo}-{y}",
            "caps_mon": f"{dd:02d}-{Mo.upper()}-{y}",
            "wk_ord_noyear": f"{W}, {M} {self.ordinal(dd)}",
            "long_ord_noyear": f"{M} {self.ordinal(dd)}",
            "compact": f"{y:04d}{m:02d}{dd:02d}",
        }[st]

    def fmt_time(self):
        r = self.r
        h = r.choice([7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19])
        mi = r.choice([0, 0, 0, 15, 30, 30, 45, 10, 20, 40, 50])
        h12 = h % 12 or 12
        ap = "AM" if h < 12 else "PM"
        st = self.ch(["12", "12l", "12c", "24", "12dot", "12ap"])
        if st == "12":
            return f"{h12}:{mi:02d} {ap}"
        if st == "12l":
            return f"{h12}{ap.lower()}" if mi == 0 else f"{h12}:{mi:02d}{ap.lower()}"
        if st == "12c":
            return f"{h12}:{mi:02d}{ap.lower()}"
        if st == "12dot":
            return f"{h12}:{mi:02d} {'a.m.' if h < 12 else 'p.m.'}"
        if st == "12ap":
            return f"{h12}:{mi:02d} {ap}"
        return f"{h:02d}:{mi:02d}"

    def dt(self, d=None, with_time=None, style=None, allow_noyear=True):
        d = d or self.evt_date()
        s = self.fmt_date(d, style, allow_noyear)
        if with_time is None:
            with_time = self.chance(0.3)
        if with_time:
            s += self.ch([" at ", " ", ", ", " @ "]) + self.fmt_time()
        return E(s, "DATE_TIME")

    def dob(self, child=False, style=None):
        d = self.dob_date(child)
        style = style or self.ch(["iso", "us", "us", "us_short", "us2", "eu", "eu_dot", "long", "long_ord", "dmy_long",
                                  "mon_d_y", "d_mon_y", "dash_mon", "caps_mon"])
        return E(self.fmt_date(d, style), "DATE_OF_BIRTH")

    # -- log timestamps (hard negatives) -----------------------------------
    def log_ts(self, d=None, style=None):
        r = self.r
        d = d or self.evt_date()
        t = datetime(d.year, d.month, d.day, r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
        ms = r.randint(0, 999)
        st = style or self.ch(["isoz", "iso_ms", "space", "comma", "apache", "syslog", "epoch", "bracket"])
        v = {
            "isoz": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "iso_ms": t.strftime("%Y-%m-%dT%H:%M:%S") + f".{ms:03d}Z",
            "space": t.strftime("%Y-%m-%d %H:%M:%S"),
            "comma": t.strftime("%Y-%m-%d %H:%M:%S") + f",{ms:03d}",
            "apache": t.strftime("%d/%b/%Y:%H:%M:%S +0000"),
            "syslog": t.strftime("%b %d %H:%M:%S"),
            "epoch": str(1600000000 + r.randint(0, 160000000)),
            "bracket": "[" + t.strftime("%Y-%m-%d %H:%M:%S") + "]",
        }[st]
        return N(v)

    def log_seq(self, d=None, style=None):
        """Return a function producing increasing machine timestamps in one format."""
        r = self.r
        d = d or self.evt_date()
        st = style or self.ch(["isoz", "iso_ms", "space", "comma", "bracket"])
        cur = [datetime(d.year, d.month, d.day, r.randint(0, 20), r.randint(0, 59), r.randint(0, 59))]

        def nxt():
            cur[0] += timedelta(seconds=r.randint(0, 400), microseconds=r.randint(0, 999) * 1000)
            t = cur[0]
            ms = t.microsecond // 1000
            return N({"isoz": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "iso_ms": t.strftime("%Y-%m-%dT%H:%M:%S") + f".{ms:03d}Z",
                      "space": t.strftime("%Y-%m-%d %H:%M:%S"), "comma": t.strftime("%Y-%m-%d %H:%M:%S") + f",{ms:03d}",
                      "apache": t.strftime("%d/%b/%Y:%H:%M:%S +0000"), "bracket": "[" + t.strftime("%Y-%m-%d %H:%M:%S") + "]"}[st])
        return nxt

    def clock(self):
        r = self.r
        h, m = r.randint(7, 20), r.randint(0, 59)
        return N(self.ch([f"{h:02d}:{m:02d}", f"{(h % 12) or 12}:{m:02d} {'AM' if h < 12 else 'PM'}",
                          f"{h:02d}:{m:02d}:{r.randint(0, 59):02d}"]))

    # -- places -------------------------------------------------------------
    def city(self):
        if self.chance(0.65):
            c, st, _ = self.ch(US_CITIES)
            return c
        return self.ch(INTL_CITIES)[0]

    def location(self, kind=None):
        k = kind or self.wpick([("city", 6), ("state", 2), ("country", 2)])
        if k == "city":
            return [E(self.city(), "LOCATION")]
        if k == "state":
            return [E(self.ch(list(US_STATES.values())), "LOCATION")]
        if k == "country":
            return [E(self.ch(COUNTRIES), "LOCATION")]
        c, st, _ = self.ch(US_CITIES)
        # "Denver, CO" -> city and state as separate standalone locations
        return [E(c, "LOCATION"), ", ", E(st if self.chance(0.6) else US_STATES[st], "LOCATION")]

    def street_line(self, abbrev=None):
        r = self.r
        num = str(self.wpick([(r.randint(1, 99), 2), (r.randint(100, 999), 4), (r.randint(1000, 9999), 4),
                              (r.randint(10000, 24999), 1)]))
        pre = self.ch(["", "", "", "", "N ", "S ", "E ", "W ", "North ", "West "])
        nm = self.ch(STREET_NAMES)
        if self.chance(0.12):
            nm = self.ch(["1st", "2nd", "3rd", "4th", "5th", "7th", "12th", "21st", "34th", "42nd"])
        full, ab = self.ch(STREET_TYPES)
        abbrev = self.chance(0.55) if abbrev is None else abbrev
        typ = ab + (self.ch([".", ""]) if ab not in ("Way",) and abbrev else "") if abbrev else full
        return f"{num} {pre}{nm} {typ}"

    def unit(self):
        r = self.r
        return self.ch([f"Apt {r.randint(1, 40)}{self.ch('ABCD')}", f"Apt. {r.randint(101, 1520)}",
                        f"Unit {r.randint(1, 60)}", f"Suite {r.randint(100, 950)}", f"#{r.randint(2, 48)}",
                        f"Ste {r.randint(100, 600)}", f"Fl {r.randint(2, 9)}", f"Apt {r.randint(1, 9)}F"])

    def address(self, multiline=False, country=None, caps=False):
        r = self.r
        country = country or self.wpick([("US", 80), ("UK", 5), ("DE", 4), ("FR", 3), ("CA", 6)])
        if country == "US":
            city, st, z3 = self.ch(US_CITIES)
            z = z3 + self.digits(2)
            if self.chance(0.12):
                z += "-" + self.digits(4)
            line1 = self.street_line()
            u = self.unit() if self.chance(0.35) else None
            stn = US_STATES[st] if self.chance(0.1) else st
            if multiline:
                v = line1 + (("\n" + u) if u and self.chance(0.5) else ((", " + u) if u else "")) + f"\n{city}, {stn} {z}"
            else:
                sep = self.ch([", ", ", ", " "])
                v = line1 + ((", " + u) if u else "") + f", {city}{',' if sep != ' ' else ''} {stn} {z}"
        elif country == "UK":
            town = self.ch(UK_TOWNS)
            pc = self.ch(town[1:]) + " " + str(r.randint(1, 9)) + self.ch("ABDEFGHJLNPQRSTUWXYZ") + self.ch("ABDEFGHJLNPQRSTUWXYZ")
            line1 = f"{r.randint(1, 220)} {self.ch(UK_STREETS)}"
            if self.chance(0.3):
                line1 = f"Flat {r.randint(1, 30)}, " + line1
            v = line1 + ("\n" if multiline else ", ") + f"{town[0]} {pc}"
        elif country == "DE":
            plz, town = self.ch(DE_TOWNS)
            v = f"{self.ch(DE_STREETS)} {r.randint(1, 180)}" + ("\n" if multiline else ", ") + f"{plz} {town}"
        elif country == "FR":
            cp, town = self.ch(FR_TOWNS)
            v = f"{r.randint(1, 150)} {self.ch(FR_STREETS)}" + ("\n" if multiline else ", ") + f"{cp} {town}"
        else:
            city, prov, fsa = self.ch(CA_ADDR)
            pc = f"{fsa} {r.randint(1, 9)}{self.ch('ABCEGHJKLMNPRSTVWXYZ')}{r.randint(1, 9)}"
            v = self.street_line() + ("\n" if multiline else ", ") + f"{city}, {prov} {pc}"
        if caps:
            v = v.upper()
        return E(v, "ADDRESS")

    def po_box(self):
        return N(self.ch(["PO Box ", "P.O. Box ", "P. O. Box ", "POB "]) + str(self.r.randint(100, 99999)))

    # -- web / network ------------------------------------------------------------
    def url(self, host=None, paths=None, query=True):
        r = self.r
        if host is None:
            od = (self.cur_org or (self.dom["orgs"][0] if self.dom else ("", "example-service.com")))[1]
            host = self.ch(["portal", "www", "app", "my", "secure", "help"]) + "." + od
        generic = ["/account/settings", "/login", "/reset-password", "/support/tickets/{n}", "/billing/invoices/{n}",
                   "/s/{h}", "/help/articles/{n}"]
        paths = paths or ((self.dom.get("paths", []) * 2 if self.dom else []) + generic)
        p = self.ch(paths).format(n=r.randint(1000, 999999), h=self.hexs(8), d=self.digits(10), a=self.alnum(10))
        q = ""
        if query and self.chance(0.4):
            opts = [f"id={r.randint(100, 99999)}", f"ref={self.alnum(6)}", "tab=history", "utm_source=email",
                    "lang=en", f"session={self.hexs(12)}", "page=2", f"token={self.alnum(8)}"]
            q = "?" + "&".join(r.sample(opts, r.randint(1, 3)))
        scheme = self.wpick([("https://", 8), ("http://", 1), ("", 1)])
        if scheme == "" and not host.startswith("www."):
            host = "www." + host.split(".", 1)[1]
        return E(f"{scheme}{host}{p}{q}", "URL")

    # -- record identifiers (labelled only with a cue) --------------------------
    def mrn(self):
        r = self.r
        return E(self.ch([self.digits(8), self.digits(7), f"{self.digits(3)}-{self.digits(3)}-{self.digits(2)}",
                          f"MR{self.digits(7)}", f"{self.ch(['PK', 'SB', 'CH', 'KW'])}-{self.digits(7)}",
                          f"E{self.digits(9)}", f"{self.digits(2)}-{self.digits(6)}", f"00{self.digits(6)}"]), "MEDICAL_RECORD_NUMBER")

    def health_plan(self, want_mbi=False):
        L = string.ascii_uppercase
        mbi = (str(self.r.randint(1, 9)) + self.ch("ACDEFGHJKMNPQRTUVWXY") + self.ch("ACDEFGHJKMNPQRTUVWXY0123456789")
               + self.digits(1) + "-" + self.ch("ACDEFGHJKMNPQRTUVWXY") + self.ch("ACDEFGHJKMNPQRTUVWXY0123456789")
               + self.digits(1) + "-" + self.ch("ACDEFGHJKMNPQRTUVWXY") + self.ch("ACDEFGHJKMNPQRTUVWXY") + self.digits(2))
        if want_mbi:
            return E(mbi, "HEALTH_PLAN_NUMBER")
        return E(self.ch([f"X{self.ch(L)}{self.ch(L)}{self.digits(9)}", f"W{self.digits(9)}",
                          f"{self.ch(['MBR', 'HP', 'ZGP', 'YLH'])}-{self.digits(4)}-{self.digits(4)}",
                          f"{self.ch(L)}{self.ch(L)}{self.ch(L)}{self.digits(8)}", mbi,
                          f"{self.digits(8)}{self.ch(L)}", f"{self.ch(L)}{self.digits(10)}01"]), "HEALTH_PLAN_NUMBER")

    def account(self):
        return E(self.ch([self.digits(10, True), self.digits(8, True), f"{self.digits(4)}-{self.digits(6)}",
                          f"000{self.digits(8)}", self.digits(12, True), f"{self.ch('01')}{self.digits(2)}-{self.digits(3)}-{self.digits(4)}",
                          f"{self.ch(['LN', 'AC', 'CU'])}{self.digits(9)}"]), "ACCOUNT_NUMBER")

    def dl(self):
        L = string.ascii_uppercase
        r = self.r
        return E(self.ch([
            f"{self.ch(L)}{self.digits(7)}",  # CA
            f"{self.digits(3)} {self.digits(3)} {self.digits(3)}",  # NY
            f"{self.ch(L)}{self.digits(3)}-{self.digits(3)}-{self.digits(2)}-{self.digits(3)}-{self.digits(1)}",  # FL
            f"{self.ch(L)}{self.digits(3)}-{self.digits(4)}-{self.digits(4)}",  # IL
            self.digits(8, True),  # TX/PA
            "WDL" + "".join(self.ch(L + "0123456789") for _ in range(9)),  # WA
            f"{self.ch(L)}{self.digits(2)}-{self.digits(2)}-{self.digits(4)}",  # MA-ish
            f"{slug(self.ch(SURNAMES))[:5].upper().ljust(5, '9')}{self.digits(6)}{self.ch(L)}{self.ch(L)}{r.randint(1, 9)}{self.ch(L)}{self.ch(L)}",  # UK
        ]), "DRIVER_LICENSE")

    # -- secrets ------------------------------------------------------------
    def aws_key(self):
        return E("AKIA" + "".join(self.ch("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(16)), "AWS_ACCESS_KEY")

    def aws_secret(self):
        return E(self.alnum(40, string.ascii_letters + string.digits + "/+"), "AWS_SECRET_KEY")

    def gh_token(self):
        k = self.wpick([("ghp_", 6), ("gho_", 1), ("ghs_", 1), ("pat", 2)])
        if k == "pat":
            return E("github_pat_" + self.alnum(22) + "_" + self.alnum(59), "GITHUB_TOKEN")
        return E(k + self.alnum(36), "GITHUB_TOKEN")

    def slack_token(self):
        if self.chance(0.6):
            v = f"xoxb-{self.digits(11, True)}-{self.digits(13, True)}-{self.alnum(24)}"
        else:
            v = f"xoxp-{self.digits(11, True)}-{self.digits(11, True)}-{self.digits(13, True)}-{self.hexs(32)}"
        return E(v, "SLACK_TOKEN")

    def stripe_key(self):
        return E(self.ch(["sk_live_", "sk_live_", "rk_live_"]) + self.alnum(self.ch([24, 34, 48, 99])), "STRIPE_KEY")

    def jwt(self):
        r = self.r
        now = 1650000000 + r.randint(0, 100000000)
        claims = {"sub": str(r.randint(1000, 99999999)), "iat": now, "exp": now + self.ch([900, 3600, 86400])}
        if self.chance(0.5):
            claims["role"] = self.ch(["user", "admin", "agent", "service", "readonly"])
        if self.chance(0.4):
            claims["iss"] = self.ch(["auth-service", "https://login.internal", "api-gateway"])
        if self.chance(0.3):
            claims["scope"] = self.ch(["read:all", "write:records", "openid profile"])
        head = b64url(JWT_HEADER.encode())
        body = b64url(json.dumps(claims, separators=(",", ":")).encode())
        key = bytes(r.randint(0, 255) for _ in range(32))
        sig = b64url(hmac.new(key, f"{head}.{body}".encode(), hashlib.sha256).digest())
        return E(f"{head}.{body}.{sig}", "JWT")

    def private_key(self):
        r = self.r
        kind = self.wpick([("RSA ", 4), ("", 3), ("EC ", 2), ("OPENSSH ", 3)])
        if kind == "RSA ":
            raw = bytes.fromhex("308204a40201000282010100") + bytes(r.randint(0, 255) for _ in range(self.ch([600, 900, 1180])))
        elif kind == "":
            raw = bytes.fromhex("308204be020100300d06092a864886f70d0101010500048204a8") + bytes(r.randint(0, 255) for _ in range(self.ch([700, 1000, 1190])))
        elif kind == "EC ":
            raw = bytes.fromhex("30770201010420") + bytes(r.randint(0, 255) for _ in range(114))
        else:
            raw = b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none" + bytes(r.randint(0, 255) for _ in range(self.ch([300, 380, 1600])))
        b = base64.b64encode(raw).decode()
        width = 70 if kind == "OPENSSH " else 64
        lines = [b[i:i + width] for i in range(0, len(b), width)]
        v = f"-----BEGIN {kind}PRIVATE KEY-----\n" + "\n".join(lines) + f"\n-----END {kind}PRIVATE KEY-----"
        return E(v, "PRIVATE_KEY")

    def password(self, dsn_safe=False):
        r = self.r
        if dsn_safe:
            while True:
                v = self.password()
                if not re.search(r"[@:/?#%]", v.text):
                    return v
        k = self.wpick([("human", 5), ("leet", 2), ("random", 3), ("phrase", 1)])
        if k == "human":
            w = self.ch(PW_WORDS)
            v = self.ch([w.capitalize(), w]) + str(self.ch([r.randint(1, 99), r.randint(1985, 2025)])) + self.ch(["!", "#", "$", "!!", "?", "*", "@"])
        elif k == "leet":
            w = self.ch(PW_WORDS).capitalize().replace("a", "@").replace("o", "0").replace("e", "3").replace("i", "1")
            v = w + self.ch(["#", "!", "&", "$"]) + str(r.randint(10, 999))
        elif k == "random":
            v = self.alnum(r.randint(12, 20), string.ascii_letters + string.digits + "!#%&*+-=?@^_")
            if not re.search(r"\d", v):
                v = v[:-1] + "7"
        else:
            v = "-".join(self.ch(PW_WORDS) for _ in range(3)) + str(r.randint(1, 9))
        return E(v, "PASSWORD")

    def generic_secret(self):
        r = self.r
        k = self.wpick([("hex32", 3), ("hex64", 2), ("b62", 3), ("whsec", 1), ("sg", 1), ("aiza", 1), ("npm", 1),
                        ("b64", 2)])
        v = {
            "hex32": self.hexs(32),
            "hex64": self.hexs(64),
            "b62": self.alnum(r.randint(28, 44)),
            "whsec": "whsec_" + self.alnum(32),
            "sg": "SG." + self.alnum(22, string.ascii_letters + string.digits + "-_") + "." + self.alnum(43, string.ascii_letters + string.digits + "-_"),
            "aiza": "AIza" + self.alnum(35, string.ascii_letters + string.digits + "-_"),
            "npm": "npm_" + self.alnum(36),
            "b64": base64.b64encode(bytes(r.randint(0, 255) for _ in range(self.ch([24, 32, 48])))).decode(),
        }[k]
        return E(v, "GENERIC_SECRET")

    # -- hard negatives -------------------------------------------------------
    def uuid(self):
        h = self.hexs(32)
        h = h[:12] + "4" + h[13:16] + self.ch("89ab") + h[17:]
        return N(f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}")

    def sha(self, short=None):
        short = self.chance(0.5) if short is None else short
        return N(self.hexs(self.ch([7, 8, 10]) if short else 40))

    def version(self):
        r = self.r
        return N(self.ch([f"v{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(0, 20)}", f"{r.randint(1, 5)}.{r.randint(0, 40)}.{r.randint(0, 9)}",
                          f"{r.randint(1, 3)}.{r.randint(0, 12)}.{r.randint(0, 9)}-rc.{r.randint(1, 4)}",
                          f"build {r.randint(1000, 9999)}", f"{r.randint(2019, 2025)}.{r.randint(1, 12)}.{r.randint(0, 4)}"]))

    def order_no(self):
        r = self.r
        return N(self.ch([f"ORD-{r.randint(2019, 2025)}-{self.digits(6)}", f"INV-{self.digits(5)}", f"#{self.digits(6)}",
                          f"PO-{self.digits(5)}", f"SO{self.digits(7)}", f"{self.alnum(3, string.ascii_uppercase)}-{self.digits(5)}",
                          f"RMA {self.digits(6)}", f"Q-{self.digits(4)}-{self.alnum(2, string.ascii_uppercase)}"]))

    def ticket_id(self):
        r = self.r
        return N(self.ch([f"#{r.randint(1000, 999999)}", f"{self.ch(['SUP', 'OPS', 'IT', 'HD', 'CX', 'INC'])}-{r.randint(100, 99999)}",
                          f"INC{self.digits(7)}", f"CS-{self.digits(6)}", f"REQ{self.digits(6)}"]))

    def http_code(self):
        return N(self.ch(["200", "201", "204", "301", "302", "400", "401", "403", "404", "409", "429", "500", "502", "503", "504"]))

    def port(self):
        return N(str(self.ch([22, 80, 443, 3306, 5432, 6379, 8080, 8443, 9000, 9200, 27017, 5672, 11211, 3000, 8000])))

    def size(self):
        r = self.r
        return N(self.ch([f"{r.randint(1, 999)} MB", f"{r.randint(1, 64)}GB", f"{r.randint(1, 9)}.{r.randint(0, 9)} GiB",
                          f"{r.randint(10, 900)}KB", f"{r.randint(1, 16)} TB", f"{r.randint(100, 4096)}Mi"]))

    def price(self, lo=1, hi=4999, cur=None):
        r = self.r
        if cur is None:
            if self._cur is None:
                self._cur = self.wpick([("$", 12), ("USD ", 2), ("€", 2), ("£", 2)])
            cur = self._cur
        amt = r.randint(lo, hi) + r.choice([0, 0.99, 0.5, 0.25, 0.0])
        if cur == "$" and self.chance(0.2) and amt == int(amt):
            return N(f"${int(amt):,}")
        return N(f"{cur}{amt:,.2f}")

    def pct(self):
        r = self.r
        return N(self.ch([f"{r.randint(1, 99)}%", f"{r.randint(0, 99)}.{r.randint(0, 9)}%", f"{r.randint(1, 9)}.{r.randint(0, 99):02d}%"]))

    def hex_color(self):
        return N("#" + self.hexs(6, upper=self.chance(0.3)))

    def file_path(self):
        return N(self.ch(["/var/log/nginx/access.log", "/etc/ssl/certs/ca-bundle.crt", "/opt/app/config/settings.yaml",
                          "/home/deploy/.ssh/known_hosts", "/tmp/upload_4821.tmp", "C:\\Users\\Public\\Documents\\export.xlsx",
                          "./scripts/migrate.sh", "src/services/billing/handler.py", "~/Downloads/scan0042.pdf",
                          "/srv/data/exports/weekly_report.csv", "/usr/local/lib/python3.11/site-packages/",
                          "\\\\fileserver\\shared\\forms\\template_v3.docx", "/mnt/backups/db/nightly.tar.gz"]))

    def pkg_pin(self):
        r = self.r
        return N(self.ch([f"requests=={r.randint(2, 2)}.{r.randint(25, 32)}.{r.randint(0, 3)}", f"django>={r.randint(3, 5)}.{r.randint(0, 2)}",
                          f"lodash@4.17.{r.randint(15, 21)}", f"numpy~=1.{r.randint(20, 26)}.0", f"express@^4.{r.randint(16, 19)}.0",
                          f"boto3=={r.randint(1, 1)}.{r.randint(26, 34)}.{r.randint(0, 99)}", f"react@18.{r.randint(0, 3)}.{r.randint(0, 1)}",
                          f"psycopg2-binary=={r.randint(2, 2)}.9.{r.randint(1, 9)}", f"urllib3<{r.randint(2, 3)}"]))

    def flight_no(self):
        return N(self.ch(["UA", "DL", "AA", "WN", "B6", "AS", "BA", "LH", "AF", "KL", "EK", "NH", "QF", "AC", "F9"])
                 + self.ch(["", " "]) + str(self.r.randint(12, 2999)))

    def seat(self):
        return N(f"{self.r.randint(1, 42)}{self.ch('ABCDEF')}")

    def booking_ref(self):
        return N("".join(self.ch("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)))

    def room_no(self):
        return N(str(self.r.randint(1, 22) * 100 + self.r.randint(1, 40)))

    _FUTURE = ["tomorrow", "next week", "in 3 days", "later today", "in two weeks", "next Monday", "this afternoon",
               "by end of day", "within 48 hours", "next quarter", "in about an hour", "over the weekend", "next month",
               "in a few days", "first thing tomorrow", "by Friday"]
    _PAST = ["yesterday", "last month", "a couple of days ago", "last week", "earlier today", "two weeks ago",
             "this morning", "over the weekend", "a few minutes ago", "last Tuesday"]

    def rel_time(self, tense="future"):
        if tense is None:
            tense = self.ch(["future", "past"])
        return N(self.ch(self._FUTURE if tense == "future" else self._PAST))

    def placeholder(self, kind="any"):
        return N(self.ch(["<NAME>", "[REDACTED]", "<redacted>", "${DB_PASS}", "xxxxxxxx", "********", "<PATIENT_NAME>",
                          "{{ vault_secret }}", "[PHONE]", "<EMAIL>", "[ACCOUNT #]", "TBD", "REPLACE_ME", "N/A",
                          "%(db_password)s", "${API_KEY}", "<your-token-here>", "{{first_name}}", "XXX-XX-XXXX"]))

    def brand(self):
        return N(self.ch(BRAND_NEGATIVES))

# ---------------------------------------------------------------------------
# Domain profiles
# ---------------------------------------------------------------------------

DOMAINS = {
    "pediatric_clinic": {
        "paths": ['/patients/{n}/chart', '/forms/intake', '/appointments/{n}', '/immunizations/print', '/messages/{n}'],
        "orgs": [("Sunnybrook Pediatrics", "sunnybrookpeds.org"), ("Little Sprouts Children's Clinic", "littlesproutsclinic.com"),
                 ("Maple Grove Pediatric Associates", "maplegrovepeds.com"), ("Brightpath Pediatric Care", "brightpathkids.org"),
                 ("Cedar Hollow Family Pediatrics", "cedarhollowpeds.com")],
        "cust": "parent", "subj": "patient", "event": "appointment",
        "staff": ["front desk coordinator", "triage nurse", "pediatrician", "billing coordinator", "nurse practitioner",
                  "medical assistant", "care coordinator"],
        "asks": [
            "my son has had a fever of 101.8 since last night and he's pulling at his ear",
            "can we move the 4-month shots to a later slot, the baby is napping then",
            "I need a copy of the immunization record for school registration",
            "she broke out in a rash two days after starting the amoxicillin",
            "we need the sports physical form signed before tryouts",
            "is it ok to give children's ibuprofen and acetaminophen together",
            "the pharmacy says the albuterol refill needs a new prescription",
            "he's been coughing at night for about two weeks now",
            "can someone call me back about the lab results from the well visit",
            "our insurance changed, do you need the new card before the visit",
            "the daycare wants a note saying she can return",
            "we moved and need to update our address on file",
            "the portal keeps saying my password is wrong",
            "I got a bill for the newborn visit that should have been covered",
            "can the nurse check whether the growth chart looks normal",
        ],
        "replies": [
            "Thanks for reaching out, I've sent this over to the triage nurse.",
            "We can fit you in with the nurse practitioner this afternoon if that works.",
            "Please keep offering fluids and watch for fewer wet diapers.",
            "I've updated the chart and the provider will review it before the visit.",
            "The immunization record is ready, you can download it from the portal.",
            "I've requested the refill; the pharmacy usually has it within 24 hours.",
            "Please bring the new insurance card to check-in so we can scan both sides.",
            "The school note has been uploaded to the documents tab.",
            "I forwarded the bill to our billing coordinator to re-submit the claim.",
            "If the fever goes above 104 or she seems lethargic, go to the ER.",
            "Your callback is scheduled; the nurse line is busiest before noon.",
            "We reset your portal access; the link expires after 30 minutes.",
        ],
        "notes": [
            "Tympanic membrane bulging on the left, erythematous; right TM clear.",
            "Weight tracking along the 60th percentile, length at the 55th.",
            "Lungs clear to auscultation bilaterally, no retractions.",
            "Parent reports good PO intake, 5-6 wet diapers per day.",
            "Vaccines administered per CDC schedule; VIS sheets provided.",
            "Discussed safe sleep, car seat use and fever management.",
            "Mild eczema on flexural surfaces, continue emollients twice daily.",
            "Developmental milestones appropriate for age; M-CHAT negative.",
            "Amoxicillin 90 mg/kg/day divided BID x 10 days.",
            "Return precautions reviewed with caregiver, verbalized understanding.",
            "Vision and hearing screens passed.",
            "Follow up in 2 weeks for ear recheck or sooner if worse.",
        ],
        "subjects": ["Appointment reminder", "Question about vaccines", "Refill request", "Lab results",
                     "Updated insurance info", "School form", "Billing question", "Portal access"],
        "services": ["peds-portal-api", "ehr-sync", "immunization-bridge", "appt-reminder-worker", "fax-gateway"],
        "ids": ["mrn", "mrn", "health_plan", "health_plan", "account"],
        "child": True,
    },
    "mortgage_lending": {
        "paths": ['/loans/{n}/documents', '/apply/step-2', '/rates/today', '/escrow/{n}/analysis', '/pay/{n}'],
        "orgs": [("Keystone Home Lending", "keystonehomelending.com"), ("Harborview Mortgage Co.", "harborviewmortgage.com"),
                 ("Summit Ridge Financial", "summitridgefin.com"), ("Blue Heron Mortgage", "blueheronmortgage.com"),
                 ("Prairie State Home Loans", "prairiestateloans.com")],
        "cust": "borrower", "subj": "borrower", "event": "closing",
        "staff": ["loan officer", "processor", "underwriter", "closing coordinator", "escrow officer", "servicing specialist"],
        "asks": [
            "we're trying to lock the rate before it goes up again",
            "the appraisal came in lower than the contract price, what are our options",
            "do you still need the two most recent pay stubs or just the W-2s",
            "I sent the bank statements but the portal shows them as missing",
            "can we push the closing back a few days, the movers fell through",
            "what's the difference between the loan estimate and the closing disclosure fees",
            "my escrow payment went up and I don't understand why",
            "I'd like to set up autopay for the monthly mortgage payment",
            "is there a penalty if we pay extra toward principal",
            "the title company is asking for wiring instructions",
            "we got a letter about PMI removal, how does that work",
            "can my spouse be added to the application",
            "I need a payoff statement for the refinance",
            "the underwriter asked for a letter explaining the large deposit",
            "how long does the conditional approval last",
        ],
        "replies": [
            "I've locked your rate for 45 days; the lock confirmation is in your portal.",
            "Underwriting cleared the file with two remaining conditions.",
            "Please never send wire details by email; call us to verify any instructions.",
            "The escrow analysis shows the increase is from property taxes.",
            "Extra principal payments are applied on the next business day, no penalty.",
            "I've ordered the payoff statement, it usually takes 2-3 business days.",
            "We'll need a signed gift letter and the donor's bank statement.",
            "Your closing disclosure has been issued; there's a 3-day review period.",
            "The appraisal gap can be covered with additional down payment or a renegotiation.",
            "I updated the application and sent new disclosures for e-signature.",
            "Autopay is set for the 1st of each month.",
            "PMI can be removed once you reach 20% equity based on the original value.",
        ],
        "notes": [
            "DTI at 38.2% after paying off the auto loan; within guidelines.",
            "Credit scores 742/751/738, middle score used for pricing.",
            "Employment verified verbally; 6 years with current employer.",
            "Large deposit of $12,400 sourced to sale of vehicle.",
            "Appraisal supports value; no repairs required.",
            "Title commitment received; clear except for an old lien to be released.",
            "Borrower opted for a 30-year fixed at 6.375% with 0.5 points.",
            "Reserves of 4 months PITI verified.",
            "Homeowner's insurance binder received, effective at closing.",
            "Condition: provide signed 4506-C.",
            "Rate lock extension fee waived per manager approval.",
            "Escrow shortage to be spread over 12 months.",
        ],
        "subjects": ["Rate lock confirmation", "Missing documents", "Closing date", "Escrow analysis",
                     "Payoff request", "Conditional approval", "Wire instructions - please call", "Autopay setup"],
        "services": ["loan-origination-svc", "doc-intake", "credit-pull-worker", "escrow-calc", "esign-callback"],
        "ids": ["account", "account", "account", "ssn", "dl"],
        "child": False,
    },
    "airline_customer_service": {
        "paths": ['/booking/manage', '/trips/{a}', '/baggage/track/{a}', '/miles/activity', '/refunds/{n}'],
        "orgs": [("Skyward Airways", "skywardair.com"), ("Pacific Crest Airlines", "pacificcrestair.com"),
                 ("NorthStar Air", "northstarair.com"), ("Coastal Jet", "coastaljet.com"),
                 ("Meridian Airlines", "meridianairlines.com")],
        "cust": "passenger", "subj": "passenger", "event": "flight",
        "staff": ["customer care agent", "baggage services agent", "reservations agent", "gate agent",
                  "loyalty desk specialist", "refunds specialist"],
        "asks": [
            "my bag didn't come off the carousel and the baggage office was closed",
            "the connection was missed because the first leg was delayed two hours",
            "I'd like to change to an earlier flight if there's space",
            "can I get a refund instead of a travel credit for the cancelled flight",
            "I need wheelchair assistance at both airports",
            "the seat I paid for was reassigned without notice",
            "my miles from the last trip never posted to my account",
            "can my daughter travel as an unaccompanied minor",
            "the app won't let me check in, it says contact an agent",
            "I was charged twice for the checked bag",
            "my passport name has a middle name that isn't on the booking",
            "is the lounge pass included with this fare",
            "can I bring a service animal in the cabin",
            "we were stuck on the tarmac for three hours, is there compensation",
            "I need a receipt for the upgrade for my expense report",
        ],
        "replies": [
            "I've located your bag; it will be delivered to you within 24 hours.",
            "I've rebooked you on the next available flight and reissued your boarding pass.",
            "The refund has been submitted and should post in 7-10 business days.",
            "Wheelchair assistance has been added to both segments.",
            "I've refunded the seat fee and added a goodwill credit.",
            "The missing miles have been credited manually.",
            "Online check-in is unavailable because the name needs review at the counter.",
            "I reversed the duplicate bag charge.",
            "The name correction has been applied; no fee was charged.",
            "The unaccompanied minor service fee is charged each way.",
            "Your receipt has been emailed to the address on the booking.",
            "Delay compensation was issued as an e-voucher.",
        ],
        "notes": [
            "PNR shows a schedule change of more than 90 minutes; eligible for free change.",
            "Bag tag scanned at origin, not at transfer point.",
            "Customer requested aisle seat, none available in main cabin.",
            "Waived change fee per irregular operations policy.",
            "Issued meal voucher and hotel voucher for overnight delay.",
            "Loyalty tier verified; priority boarding added.",
            "Refund to original form of payment approved.",
            "Advised customer of 23 kg checked bag limit on the international segment.",
            "Special service request WCHR added.",
            "Duplicate EMD voided.",
            "Passenger reported damaged stroller; photo on file.",
            "Rebooked via partner carrier on the second leg.",
        ],
        "subjects": ["Delayed baggage", "Refund request", "Itinerary change", "Missing miles",
                     "Duplicate charge", "Special assistance", "Name correction", "Compensation claim"],
        "services": ["pnr-sync", "bag-tracer", "loyalty-accrual", "refund-engine", "checkin-api"],
        "ids": ["account", "account"],
        "child": False,
    },
    "hotel_reservations": {
        "paths": ['/reservations/{n}', '/booking/modify/{a}', '/folio/{n}', '/offers/spring-getaway'],
        "orgs": [("Harborlight Hotel & Suites", "harborlighthotels.com"), ("The Alder Inn", "thealderinn.com"),
                 ("Grand Meridian Resort", "grandmeridianresort.com"), ("Copperleaf Lodge", "copperleaflodge.com"),
                 ("Seabright Boutique Hotel", "seabrighthotel.com")],
        "cust": "guest", "subj": "guest", "event": "check-in",
        "staff": ["front desk agent", "reservations agent", "night auditor", "guest relations manager",
                  "concierge", "revenue manager"],
        "asks": [
            "we'd like to request a late checkout if possible",
            "can you add a rollaway bed to the reservation",
            "I was charged a resort fee that wasn't shown when I booked",
            "is early check-in available, our flight lands in the morning",
            "we need two connecting rooms for the family",
            "I left a phone charger in the room",
            "can the deposit be moved to a different card",
            "the booking site shows a different rate than the confirmation",
            "we'd like to extend the stay by one night",
            "is parking included or is it valet only",
            "please cancel the second room, one of our guests can't make it",
            "the air conditioning in the room isn't working",
            "we need an invoice with the company's VAT details",
            "can we have the room near the elevator, my father uses a cane",
            "do you offer a shuttle from the airport",
        ],
        "replies": [
            "Late checkout has been approved at no charge.",
            "A rollaway has been added; there is a nightly fee of $25.",
            "I've removed the resort fee as a courtesy.",
            "Early check-in is subject to availability; we'll hold your bags.",
            "Connecting rooms are requested but can't be guaranteed until arrival.",
            "Housekeeping found the charger; we can mail it or hold it at the desk.",
            "The deposit has been re-authorized on the new card.",
            "We've matched the lower rate shown on the booking site.",
            "Your stay has been extended and a new confirmation was sent.",
            "Engineering is on the way to check the AC unit.",
            "The cancellation was processed within the free cancellation window.",
            "A corrected invoice has been issued.",
        ],
        "notes": [
            "Guest is a Gold member; complimentary breakfast applies.",
            "Pre-authorization of $150 per night for incidentals.",
            "VIP amenity: fruit plate and handwritten card.",
            "Guest requested high floor, away from ice machine.",
            "Noise complaint logged; moved to a quieter room.",
            "No-show fee waived per manager approval.",
            "Group block released 14 days before arrival.",
            "Rate code BAR, non-refundable within 48 hours.",
            "Crib requested for infant.",
            "Parking pass issued for 3 nights.",
            "Minibar charges disputed; reversed.",
            "Guest allergic to feather pillows; hypoallergenic bedding placed.",
        ],
        "subjects": ["Your reservation confirmation", "Late checkout request", "Folio and invoice",
                     "Lost and found", "Rate discrepancy", "Change to your stay", "Group block", "Deposit update"],
        "services": ["pms-connector", "channel-manager", "keycard-encoder", "folio-export", "booking-webhooks"],
        "ids": ["account", "dl"],
        "child": False,
    },
    "gym_membership": {
        "paths": ['/members/{n}/profile', '/classes/schedule', '/billing/{n}', '/freeze-request'],
        "orgs": [("IronPeak Fitness", "ironpeakfitness.com"), ("Pulse Athletic Club", "pulseathletic.com"),
                 ("Riverbend Community Gym", "riverbendgym.org"), ("Forge Strength Studio", "forgestrength.co"),
                 ("Evergreen Wellness Center", "evergreenwellness.com")],
        "cust": "member", "subj": "member", "event": "class",
        "staff": ["membership advisor", "front desk associate", "personal trainer", "club manager",
                  "billing specialist", "group fitness coordinator"],
        "asks": [
            "I want to freeze my membership for two months while I recover from surgery",
            "why was I charged the annual maintenance fee twice",
            "can I add my partner to my plan",
            "how do I cancel, I'm moving out of state",
            "the spin class waitlist never moves",
            "I'd like to switch from monthly to the annual plan",
            "my key fob stopped working at the turnstile",
            "are personal training sessions refundable if I don't use them",
            "can my teenager use the weight room",
            "I need a receipt for my HSA reimbursement",
            "the locker room sauna has been closed for a week",
            "can I update the card on file for dues",
            "I was told the enrollment fee would be waived",
            "is the pool open during the holiday",
            "I want to book an assessment with a trainer",
        ],
        "replies": [
            "Your freeze has been scheduled and dues are paused during that period.",
            "The duplicate fee has been refunded.",
            "Your partner has been added; the household rate applies next billing cycle.",
            "Cancellations require 30 days' notice; I've started the request.",
            "You've been moved to the top of the waitlist for the next class.",
            "I've switched you to the annual plan and prorated the difference.",
            "A replacement fob is ready at the front desk.",
            "Unused sessions can be transferred but not refunded.",
            "Members aged 14-17 need a signed waiver and orientation.",
            "The receipt has been emailed.",
            "The sauna is scheduled to reopen after the heater is replaced.",
            "The enrollment fee has been waived.",
        ],
        "notes": [
            "Member prefers early morning sessions.",
            "PAR-Q flagged knee pain; cleared with modifications.",
            "Body composition reassessment due in 8 weeks.",
            "Billing draft on the 15th; prior decline resolved.",
            "Guest pass usage: 3 of 4 this quarter.",
            "Trainer assigned for 12-session package.",
            "Freeze fee of $10/month applied.",
            "Member requested locker rental renewal.",
            "Corporate discount verified.",
            "Orientation completed; safety briefing signed.",
            "Class attendance: 11 visits last month.",
            "Declined upsell to premium tier.",
        ],
        "subjects": ["Membership freeze", "Billing question", "Cancellation request", "Class waitlist",
                     "Trainer assessment", "Add family member", "Key fob replacement", "HSA receipt"],
        "services": ["member-billing", "access-control", "class-booking-api", "crm-sync", "payments-webhook"],
        "ids": ["account", "account", "dl"],
        "child": False,
    },
    "telecom_support": {
        "paths": ['/myaccount/{n}/bill', '/outage-map', '/support/modem-reset', '/port-status/{n}'],
        "orgs": [("Clearwave Communications", "clearwave.net"), ("Lumen Ridge Wireless", "lumenridge.com"),
                 ("Northline Fiber", "northlinefiber.net"), ("SignalPoint Mobile", "signalpointmobile.com"),
                 ("Bayside Broadband", "baysidebroadband.net")],
        "cust": "customer", "subj": "subscriber", "event": "installation",
        "staff": ["support technician", "tier 2 engineer", "field technician", "billing agent",
                  "retention specialist", "NOC engineer"],
        "asks": [
            "the internet drops every evening around the same time",
            "I'm getting way less than the speed I'm paying for",
            "my phone says SIM not provisioned after the upgrade",
            "I want to port my number from my old carrier",
            "the bill has a charge for international roaming I didn't use",
            "can you send a technician, the modem lights are all orange",
            "I need to cancel the TV package but keep internet",
            "the router admin page won't load anymore",
            "my parents need a cheaper plan, they barely use data",
            "the promo rate ended and the bill doubled",
            "I can't receive texts from short codes",
            "the static IP you assigned isn't reachable from outside",
            "we're moving and want to transfer service",
            "voicemail isn't set up and it keeps asking for a PIN",
            "the replacement phone never arrived",
        ],
        "replies": [
            "I've pushed a firmware update to your modem; please restart it in 10 minutes.",
            "A technician visit is scheduled; someone will call 30 minutes before arrival.",
            "The SIM has been re-provisioned; restart the phone to pick up the new profile.",
            "The port request is submitted; numbers usually transfer within 24 hours.",
            "I've credited the roaming charge to your account.",
            "The TV package will be removed at the end of the billing cycle.",
            "I applied a loyalty discount for the next 12 months.",
            "Short-code messaging was blocked on your line; it's enabled now.",
            "I've reopened the inbound port on the static IP.",
            "Voicemail has been reset to the default setup.",
            "The replacement shipment was re-sent with signature required.",
            "Line tests show noise on the copper; escalated to field operations.",
        ],
        "notes": [
            "SNR 18 dB downstream, 32 dB upstream; uncorrectable errors increasing.",
            "Customer on legacy plan; eligible for migration.",
            "Remote reboot performed, sync restored at 940/35 Mbps.",
            "Ticket escalated to tier 2 for CPE replacement.",
            "Port-out PIN verified.",
            "eSIM QR code regenerated.",
            "Outage in area; customer advised of ETR.",
            "Credit of $25 applied for service interruption.",
            "Device IMEI whitelisted.",
            "DNS changed to provider defaults.",
            "Bridge mode disabled on gateway.",
            "Billing dispute closed, customer satisfied.",
        ],
        "subjects": ["Service outage", "Slow speeds", "Number port request", "Bill dispute",
                     "Technician appointment", "SIM activation", "Plan change", "Static IP issue"],
        "services": ["provisioning-api", "radius-auth", "billing-rater", "cpe-mgmt", "noc-alerts"],
        "ids": ["account", "account", "account"],
        "child": False,
    },
    "clinical_trials": {
        "paths": ['/trial/{h}/consent', '/participants/{n}/visits', '/ediary/login', '/reimbursement/{n}'],
        "orgs": [("Northfield Clinical Research", "northfieldresearch.org"), ("Solstice Trials Network", "solsticetrials.org"),
                 ("Lakeshore Clinical Research Center", "lakeshorecrc.org"), ("Veridian Oncology Trials", "veridiantrials.com"),
                 ("Pinecrest Research Institute", "pinecrestresearch.org")],
        "cust": "participant", "subj": "participant", "event": "study visit",
        "staff": ["clinical research coordinator", "principal investigator", "study nurse", "data manager",
                  "CRA", "regulatory specialist", "pharmacist"],
        "asks": [
            "I've had headaches since the dose was increased, is that expected",
            "can I reschedule the week 12 visit, I'll be traveling",
            "do I need to fast before the blood draw",
            "the travel reimbursement for the last visit hasn't arrived",
            "I started a new blood pressure medication, does that matter for the study",
            "can I get a copy of the consent form I signed",
            "I missed two doses because I was sick",
            "is the diary app supposed to log me out every day",
            "my primary doctor wants to know what I'm taking",
            "I want to withdraw from the optional genetic sub-study",
            "the study drug box came damaged",
            "can my wife come with me to the visit",
            "I'm pregnant, what should I do",
            "how long will the follow-up phase last",
            "the injection site is red and warm",
        ],
        "replies": [
            "Please record the headaches in your diary; the study nurse will call you.",
            "The visit window allows +/- 3 days; I've moved it accordingly.",
            "Yes, please fast for 10 hours before the lab draw.",
            "The reimbursement was processed and should arrive within two weeks.",
            "Please bring the new medication bottle so we can record it as a con-med.",
            "A copy of the signed ICF has been sent through the secure portal.",
            "Thank you for letting us know; missed doses are recorded as a deviation.",
            "Your withdrawal from the optional sub-study has been documented.",
            "Please stop the study drug and come in for an unscheduled visit.",
            "A replacement kit has been shipped from the depot.",
            "The PI will review the injection site reaction today.",
            "The follow-up phase lasts 52 weeks after the last dose.",
        ],
        "notes": [
            "AE: grade 1 headache, onset after dose escalation, possibly related.",
            "Vitals within normal limits; weight stable.",
            "ECG: normal sinus rhythm, QTcF 412 ms.",
            "Protocol deviation: visit outside window by 2 days.",
            "IP accountability: 28 tablets dispensed, 3 returned.",
            "Eligibility confirmed by PI; inclusion criteria met.",
            "Labs drawn: CBC, CMP, lipid panel, HbA1c.",
            "Subject re-consented to protocol amendment 3.",
            "No SAEs reported since last visit.",
            "Con-med added: lisinopril 10 mg daily.",
            "Randomized to arm B per IWRS.",
            "Injection site reaction, 2 cm erythema, resolved.",
        ],
        "subjects": ["Visit reschedule", "Adverse event follow-up", "Reimbursement", "Consent copy",
                     "Protocol amendment", "Lab instructions", "Study drug shipment", "Unscheduled visit"],
        "services": ["edc-export", "iwrs-bridge", "ecoa-sync", "safety-reporting", "ctms-api"],
        "ids": ["mrn", "mrn", "health_plan"],
        "child": False,
    },
    "public_library": {
        "paths": ['/catalog/item/{n}', '/account/holds', '/events/{n}', '/ill/request/{n}'],
        "orgs": [("Willowbrook Public Library", "willowbrooklibrary.org"), ("Eastgate Branch Library", "eastgatelibrary.org"),
                 ("Red Oak County Library System", "redoaklibraries.org"), ("Oakmont Free Library", "oakmontlibrary.org"),
                 ("Hillside Community Library", "hillsidelibrary.org")],
        "cust": "patron", "subj": "patron", "event": "program",
        "staff": ["circulation librarian", "reference librarian", "branch manager", "children's librarian",
                  "library assistant", "IT coordinator"],
        "asks": [
            "I returned the book but it still shows as overdue",
            "can I renew the audiobook one more time",
            "my card expired and I can't log into the e-book app",
            "is the meeting room available for a study group",
            "I'd like to register my kids for the summer reading program",
            "there's a fine on my account for a DVD I never borrowed",
            "can you request a book from another library",
            "the printer in the computer lab took my money but didn't print",
            "I lost my library card",
            "do you still offer passport photo services",
            "how do I donate old books",
            "the hold I placed disappeared",
            "can I volunteer at the used book sale",
            "my grandfather needs help setting up the e-reader",
            "is the makerspace 3D printer available to book",
        ],
        "replies": [
            "I've checked the item in and cleared the overdue status.",
            "Your loan has been renewed for another 21 days.",
            "Your card has been renewed; please sign in again in the app.",
            "The meeting room is booked for your group.",
            "Your children are registered; reading logs can be picked up at the desk.",
            "I've waived the fine; it was attached to the wrong account.",
            "The interlibrary loan request is submitted; it usually takes 1-2 weeks.",
            "I refunded the print charge to your card balance.",
            "A replacement card has been issued with a $1 fee.",
            "Your hold has been restored with its original queue position.",
            "Donations are accepted at the back entrance during open hours.",
            "Tech help sessions are available in 30-minute slots.",
        ],
        "notes": [
            "Patron requested large-print titles.",
            "Item marked claims-returned; search initiated.",
            "Fine threshold exceeded; borrowing blocked until paid.",
            "Interlibrary loan received from partner library.",
            "Program capacity reached; waitlist opened.",
            "Card renewed for 3 years.",
            "Lost item billed at replacement cost.",
            "Patron prefers text notifications.",
            "Homebound delivery service approved.",
            "Damaged item: water damage, charged repair fee.",
            "Volunteer orientation completed.",
            "Room booking confirmed for 2 hours.",
        ],
        "subjects": ["Overdue notice", "Hold ready for pickup", "Card renewal", "Interlibrary loan",
                     "Program registration", "Fine dispute", "Meeting room booking", "Volunteer application"],
        "services": ["ils-sync", "ebook-proxy", "print-release", "sms-notify", "catalog-search"],
        "ids": ["account", "account", "dl"],
        "child": False,
    },
}
DOMAIN_NAMES = list(DOMAINS.keys())

for _k, _v in DOMAINS.items():
    _v["name"] = _k

PROSE_FILLER = [
    "Let me know if anything else is needed.", "Thanks again for your patience.",
    "Sorry for the back and forth on this.", "Appreciate the quick turnaround.",
    "Looping in the team for visibility.", "Happy to jump on a call if that's easier.",
    "No rush on this one.", "Please confirm when you get a chance.",
    "I'll follow up once I hear back.", "Hope this helps.",
]

# ---------------------------------------------------------------------------
# Template helpers
# ---------------------------------------------------------------------------

TEMPLATES = []  # (name, fn, domains or None, negative, weight)


def tpl(domains=None, negative=False, weight=1.0, wrappable=True):
    def deco(fn):
        TEMPLATES.append({"name": fn.__name__, "fn": fn, "domains": domains, "negative": negative,
                          "weight": weight, "wrappable": wrappable})
        return fn
    return deco


_ID_CUES = {
    "mrn": ["MRN: ", "MRN ", "MRN#", "Medical Record #: ", "Med Rec No. ", "MR#: ", "medical record number ",
            "Chart # (MRN): ", "MRN #: "],
    "health_plan": ["Member ID: ", "Insurance ID: ", "Policy #: ", "Subscriber ID: ", "Medicaid ID ",
                    "Medicare MBI: ", "Health Plan ID: ", "member id ", "Ins. ID# "],
    "account": ["Account #: ", "acct #", "Acct No. ", "account number ", "Account: ", "A/C ", "account # ",
                "Acct#: "],
    "dl": ["DL# ", "Driver's License: ", "driver's license no. ", "DLN: ", "License #: ", "DL: ", "driver license "],
    "ssn": ["SSN: ", "SSN ", "Social Security No.: ", "SS#: ", "social security number ", "SSN#: "],
}
_DOMAIN_ACCOUNT_CUES = {
    "mortgage_lending": ["Loan #: ", "loan number ", "Loan No. ", "Escrow acct #"],
    "airline_customer_service": ["Frequent flyer #: ", "loyalty account # ", "FF# "],
    "hotel_reservations": ["Rewards account #: ", "loyalty acct "],
    "gym_membership": ["Billing account #: ", "membership account # "],
    "telecom_support": ["Customer account #: ", "billing account number ", "BAN: "],
    "public_library": ["Patron account #: ", "library account no. "],
}


def id_frag(g, kind, lower=False, cue=None):
    if cue is None:
        cues = list(_ID_CUES[kind])
        if kind == "account" and g.dom and g.dom["name"] in _DOMAIN_ACCOUNT_CUES:
            cues += _DOMAIN_ACCOUNT_CUES[g.dom["name"]] * 2
        cue = g.ch(cues)
    if lower:
        cue = cue.lower()
    if kind == "health_plan" and "MBI" in cue:
        val = g.health_plan(want_mbi=True)
    else:
        val = {"mrn": g.mrn, "health_plan": g.health_plan, "account": g.account, "dl": g.dl, "ssn": g.ssn}[kind]()
    return [cue, val]


def dom_id(g, lower=False):
    return id_frag(g, g.ch(g.dom["ids"]), lower)


def org(g):
    """The organization of the current document (chosen once per document)."""
    if g.cur_org is None:
        g.cur_org = g.ch(g.dom["orgs"])
    return g.cur_org


def staff(g):
    return g.person(), g.ch(g.dom["staff"])


def ask(g):
    return g.ch(g.dom["asks"])


def reply(g):
    return g.ch(g.dom["replies"])


def note(g):
    return g.ch(g.dom["notes"])


def cap1(s):
    return s[:1].upper() + s[1:]


def loc_sentence(g, lower=False):
    loc = g.location()
    if lower:
        loc = [E(x.text.lower(), x.type) if isinstance(x, Ent) else x for x in loc]
    pre, post = g.ch([
        ("I'll be traveling to ", " for most of that week"), ("We just moved here from ", ""),
        ("I'm currently in ", " until the end of the month"), ("my family lives in ", ""),
        ("I'm calling from ", ""), ("We're relocating to ", " for work"), ("I was visiting ", " at the time"),
        ("our other office is in ", ""), ("she is staying with relatives in ", ""), ("back home in ", " it's different"),
    ])
    if lower:
        pre, post = pre.lower(), post.lower()
    return [pre, loc, post]


def event_sentence(g, lower=False):
    d = g.dt()
    if lower:
        d = E(d.text.lower(), "DATE_TIME")
    ev = g.dom["event"]
    pre, post = g.ch([
        (f"The {ev} is confirmed for ", "."), (f"We have you down for ", "."), (f"Your {ev} was moved to ", "."),
        (f"Can we do ", " instead?"), (f"The original {ev} was on ", "."), ("I'm available ", " if that works."),
        (f"Please arrive 15 minutes early for the {ev} on ", "."), ("This happened on ", "."),
    ])
    if lower:
        pre, post = pre.lower(), post.lower()
    return [pre, d, post]


def signature(g, p, role=None, o=None, phone=True, email=True, url=False, address=False):
    o = o or org(g)
    out = [g.ch(["--\n", "\n", "-- \n", "Best,\n", "Thanks,\n", "Regards,\n", "Kind regards,\n", "Sincerely,\n"])]
    out += [g.name(p, g.ch(["full", "full", "mi", "first"])), "\n"]
    if role:
        out += [role if any(c.isupper() for c in role) else (cap1(role) if g.chance(0.5) else role.title()), "\n"]
    out += [o[0], "\n"]
    if phone:
        out += [g.ch(["", "Tel: ", "P: ", "Direct: ", "Phone: ", "o: "]), g.phone(), "\n"]
    if email and g.chance(0.6):
        out += [g.staff_email(p, o[1]), "\n"]
    if address:
        out += [g.address(multiline=g.chance(0.5)), "\n"]
    if url:
        out += [g.url(host="www." + o[1]) if g.chance(0.5) else E("https://www." + o[1], "URL"), "\n"]
    return out


def hard_neg_sentence(g):
    """A sentence built around hard negatives only (no labels)."""
    k = g.ch(["order", "ticket", "version", "uuid", "price", "pct", "size", "rel", "brand", "http", "path", "invalid_card",
              "invalid_ssn", "last4", "pobox"])
    if k == "order":
        return ["Reference ", g.order_no(), " has been updated."]
    if k == "ticket":
        return ["This is tracked under ticket ", g.ticket_id(), "."]
    if k == "version":
        return ["The app was updated to ", g.version(), " ", g.rel_time("past"), "."]
    if k == "uuid":
        return ["Request id ", g.uuid(), " for reference."]
    if k == "price":
        return ["The total came to ", g.price(), " including tax."]
    if k == "pct":
        return ["That is about ", g.pct(), " higher than before."]
    if k == "size":
        return ["The attachment is ", g.size(), " so it may bounce."]
    if k == "rel":
        return ["We'll get back to you ", g.rel_time(), "."]
    if k == "brand":
        return ["(Sent from my phone, ", g.brand(), " autocorrect may have changed things.)"]
    if k == "http":
        return ["The page returned a ", g.http_code(), " error when I submitted it."]
    if k == "path":
        return ["The export was saved to ", g.file_path(), "."]
    if k == "invalid_card":
        return ["The form rejected the test number ", g.card_invalid(), " as expected."]
    if k == "invalid_ssn":
        return ["The sample record still shows the dummy value ", g.ssn_invalid(), "."]
    if k == "last4":
        return ["The charge went to the card ", g.card_last4(), "."]
    return ["Mail can also go to ", g.po_box(), "."]


def pick_sensitive(g, lower=False, allow=None, voice="first"):
    """A short clause carrying one sensitive value appropriate to the domain.

    voice="first": as said by the customer; voice="note": terse staff-note style."""
    dn = g.dom["name"]
    opts = [("phone", 3), ("email", 3), ("address", 2), ("id", 4), ("dob", 2), ("dt", 2)]
    if dn in ("mortgage_lending", "hotel_reservations", "gym_membership", "airline_customer_service", "telecom_support",
              "pediatric_clinic", "public_library"):
        opts += [("card", 2)]
    if dn in ("mortgage_lending", "telecom_support", "clinical_trials"):
        opts += [("ssn", 3 if dn == "mortgage_lending" else 1)]
    if dn in ("hotel_reservations", "airline_customer_service", "clinical_trials", "mortgage_lending"):
        opts += [("iban", 1)]
    if dn == "telecom_support":
        opts += [("ip", 3)]
    if dn in ("pediatric_clinic", "clinical_trials"):
        opts += [("hp", 2)]
    if allow:
        opts = [o for o in opts if o[0] in allow] or [("phone", 1)]
    k = g.wpick(opts)
    L = (lambda s: s.lower()) if lower else (lambda s: s)
    note_v = voice == "note"

    def cue(first, noted):
        return L(g.ch(noted if note_v else first))
    if k == "phone":
        return [cue(["best number to reach me is ", "you can call me at ", "my cell is ", "call back at ", "my number changed to "],
                    ["cb# ", "callback ", "new cell: ", "phone ", "tel "]), g.phone()]
    if k == "email":
        return [cue(["my email is ", "send it to ", "please use ", "my new email is "], ["email: ", "new email ", "e-mail "]), g.email()]
    if k == "address":
        return [cue(["my address is ", "we're now at ", "please mail it to ", "the new address is "], ["new addr: ", "address ", "mailing address "]), g.address()]
    if k == "id":
        return dom_id(g, lower)
    if k == "hp":
        return id_frag(g, "health_plan", lower)
    if k == "dob":
        return [cue(["my date of birth is ", "my DOB is ", "I was born ", "my birthday is "], ["DOB ", "dob: ", "born "]), g.dob(child=g.dom.get("child", False))]
    if k == "dt":
        d = g.dt()
        return [cue(["the problem started on ", "my original booking was for ", "I was last there on ", "I came in on ", "the charge posted on "],
                    ["seen ", "last contact ", "incident on "]), E(d.text.lower(), d.type) if lower else d]
    if k == "card":
        return [cue(["card number is ", "you can charge ", "use the card ", "my card is "], ["card ", "new card on file ", "CC "]), g.card()]
    if k == "ssn":
        return [cue(["my SSN is ", "my social is ", "SSN is "], ["SSN ", "ssn: ", "SS# "]), g.ssn("dash")]
    if k == "iban":
        return [cue(["my IBAN is ", "please refund to IBAN ", "my bank account (IBAN) is "], ["IBAN ", "refund IBAN: "]), g.iban()]
    if k == "ip":
        return [cue(["my public IP shows as ", "the modem IP is ", "the router is at "], ["WAN IP ", "modem IP ", "IP "]), g.ip()]
    raise AssertionError(k)


def speaker_fmt(g):
    """Return a function (label, clock) -> prefix for chat lines."""
    st = g.ch(["bracket", "paren", "dash", "bold", "plain", "iso", "irc"])

    def f(label, clk):
        if st == "bracket":
            return ["[", clk, "] ", label, ": "]
        if st == "paren":
            return [label, " (", clk, "): "]
        if st == "dash":
            return [clk, " - ", label, ": "]
        if st == "bold":
            return ["**", label, "** ", clk, "\n"]
        if st == "iso":
            return [clk, " ", label, " > "]
        if st == "irc":
            return [clk, " <", label, "> "]
        return [label, ": "]
    return f


def clock_seq(g):
    h, m = g.r.randint(7, 20), g.r.randint(0, 50)
    st = g.ch(["24", "12", "24s"])

    def nxt():
        nonlocal h, m
        m += g.r.randint(0, 3)
        if m >= 60:
            h, m = h + 1, m - 60
        if st == "24":
            return N(f"{h:02d}:{m:02d}")
        if st == "24s":
            return N(f"{h:02d}:{m:02d}:{g.r.randint(0, 59):02d}")
        return N(f"{(h % 12) or 12}:{m:02d} {'AM' if h < 12 else 'PM'}")
    return nxt


# ---------------------------------------------------------------------------
# Conversational templates
# ---------------------------------------------------------------------------

@tpl()
def chat_support(g):
    d = Doc()
    o = org(g)
    agent, _ = staff(g)
    cust = g.person()
    fmt, clk = speaker_fmt(g), clock_seq(g)
    alabel_style = g.ch(["agent_first", "role", "first"])
    alabel = {"agent_first": [f"Agent ", E(agent.first, "PERSON")], "role": ["Support"], "first": [E(agent.first, "PERSON")]}[alabel_style]
    clabel_style = g.ch(["name", "customer", "visitor"])

    def clabel():
        if clabel_style == "name":
            return [E(cust.full, "PERSON")]
        return ["Customer" if clabel_style == "customer" else "Visitor"]
    if g.chance(0.5):
        d.line(g.ch(["Chat transcript", "Live chat export", "Conversation history", "Transcript"]), " - ", o[0])
        d.line("Chat ID: ", g.uuid() if g.chance(0.5) else g.ticket_id())
        if g.chance(0.4):
            d.line("Visitor IP: ", g.ip())
        d.line()
    greet = alabel_style != "role"
    d.add(fmt(alabel, clk()), f"Hi, thanks for contacting {o[0]}. ", (["My name is ", E(agent.first, "PERSON"), ". "] if greet and g.chance(0.5) else ""),
          "How can I help today?\n")
    gr = g.ch(["hi, ", "Hello. ", "hey ", "Hi there, ", ""])
    a_ = ask(g)
    d.add(fmt(clabel(), clk()), gr, cap1(a_) if gr in ("Hello. ", "") else a_, ".\n")
    d.add(fmt(alabel, clk()), "I can help with that. Could you confirm the name on the account", g.ch([" and your date of birth?", "?", " and the email we have on file?"]), "\n")
    d.add(fmt(clabel(), clk()), g.name(cust, g.ch(["full", "mi", "full"]), case=g.ch([None, None, "lower"])))
    k = g.ch(["dob", "email", "phone", "id"])
    if k == "dob":
        d.add(", ", g.dob(child=False))
    elif k == "email":
        d.add(g.ch([", ", " - ", " / "]), g.email(cust))
    elif k == "phone":
        d.add(", phone ", g.phone())
    else:
        d.add(", ", dom_id(g))
    d.add("\n")
    if g.dom.get("child") and g.chance(0.7):
        kid = g.person()
        d.add(fmt(clabel(), clk()), "it's for my ", g.ch(["son", "daughter"]), " ", g.name(kid, "first"),
              ", dob ", g.dob(child=True), "\n")
    d.add(fmt(alabel, clk()), "Thank you", ([", "] + g.name(cust, "first")) if g.chance(0.5) else "", ". ",
          reply(g) if g.chance(0.5) else g.ch(["Let me look into that for you.", "I see the issue on my end, one moment.",
                                                "I'm checking with the team now.", "I've added a note and escalated it."]), "\n")
    for _ in range(g.r.randint(0, 2)):
        d.add(fmt(clabel(), clk()), g.ch(["also ", "one more thing, ", "oh and ", ""]),
              pick_sensitive(g, allow=["phone", "email", "address", "id", "dt", "card", "ssn", "iban", "ip", "hp"]), "\n")
        d.add(fmt(alabel, clk()), g.ch(["Got it, updated.", "Noted, thank you.", "Thanks, I've added that to the file.", "Perfect."]), "\n")
    if g.chance(0.4):
        d.add(fmt(alabel, clk()), event_sentence(g), "\n")
    if g.chance(0.3):
        d.add(fmt(clabel(), clk()), hard_neg_sentence(g), "\n")
    d.add(fmt(alabel, clk()), g.ch(["Is there anything else I can help with?", "Have a great day!", "You're all set."]), "\n")
    d.add(fmt(clabel(), clk()), g.ch(["no that's it thanks", "Thanks!", "great, thank you", "ok bye"]))
    return d


@tpl()
def sms_thread(g):
    d = Doc()
    me = g.person(lower_safe=True)
    other = g.person(lower_safe=True)
    o = org(g)
    nick = " ".join(o[0].lower().split()[:2]).replace("the ", "")
    if g.chance(0.5):
        d.line(g.ch(["Messages with ", "SMS thread: ", "Text conversation - "]), g.phone())
    lab_me = g.ch(["Me", "me", "You"])
    lab_o = [E(other.first, "PERSON")] if g.chance(0.5) else [g.ch(["Them", "Contact", nick.split()[0].capitalize()])]
    want = g.ch(["email", "phone", "address", "id"])
    want_txt = {"email": g.ch(["email", "email address"]), "phone": g.ch(["number", "cell"]), "address": g.ch(["address", "mailing address"]),
                "id": g.ch(["account number", "member id", "acct #"])}[want]
    lines = []
    lines.append((lab_o, [g.ch(["hey its ", "hi this is ", "hello! it's "]), E(other.first.lower(), "PERSON"), " from ", nick, g.ch([" 😊", "", "!"])]))
    lines.append(([lab_me], [g.ch(["oh hi", "hey!", "hi", "ya whats up"])]))
    lines.append((lab_o, [g.ch(["just confirming ", "reminder about ", "following up on "]), "your ", g.dom["event"], " ",
                          g.dt(with_time=True, style=g.ch(["wk_ord_noyear", "long_ord_noyear", "us_short", "mon_d_y"]))]))
    lines.append(([lab_me], [g.ch(["ok. also ", "k thx. q: ", "yep. btw "]), ask(g).lower()]))
    lines.append((lab_o, [g.ch(["no problem", "sure thing", "ok let me check"]), ". ", g.ch(["can u send", "whats", "need"]), " ", g.ch(["ur", "your"]), " ", want_txt, "?"]))
    ans = pick_sensitive(g, lower=True, allow=[want])
    if g.chance(0.5) and want != "id":
        ans = ans[1:]
    lines.append(([lab_me], ans))
    if g.chance(0.5):
        lines.append(([lab_me], loc_sentence(g, lower=True)))
    if g.chance(0.35):
        lines.append(([lab_me], [g.ch(["fyi the wifi password is ", "portal password is ", "the pw for the app is "]), g.password(),
                                 g.ch([" lol dont tell anyone", "", " (i know i know)"])]))
    if g.chance(0.3):
        lines.append((lab_o, ["also is ", E(me.first.lower(), "PERSON"), " still ok for ", g.rel_time(), "?"]))
    lines.append((lab_o, [g.ch(["perfect thx", "got it 👍", "ty!", "awesome"])]))
    ts = g.chance(0.4)
    clk = clock_seq(g)
    for lab, body in lines:
        if ts:
            d.add(clk(), " ")
        d.add(lab, ": ", body, "\n")
    return d


@tpl()
def email_message(g):
    d = Doc()
    o = org(g)
    cust = g.person()
    agent, role = staff(g)
    inbound = g.chance(0.5)
    cust_email = g.email(cust)
    agent_email = g.staff_email(agent, o[1])
    frm, to = (cust, cust_email), (agent, agent_email)
    if not inbound:
        frm, to = to, frm
    d.add("From: ", g.name(frm[0], "full"), " <", frm[1], ">\n")
    d.add("To: ", (g.name(to[0], "full") + [" <", to[1], ">"]) if g.chance(0.6) else [to[1]], "\n")
    if g.chance(0.3):
        c = g.person()
        d.add("Cc: ", g.staff_email(c, o[1]), "\n")
    d.add("Subject: ", g.ch(["", "RE: ", "Re: ", "Fwd: "]), g.ch(g.dom["subjects"]), "\n\n")
    if inbound:
        d.add(g.ch(["Hi ", "Hello ", "Dear ", "Hi "]), g.name(agent, "first") if g.chance(0.6) else ["team"], ",\n\n")
        d.add(cap1(ask(g)), ". ", g.ch(PROSE_FILLER), "\n\n")
        k = g.r.randint(1, 3)
        for _ in range(k):
            frag = pick_sensitive(g)
            frag[0] = cap1(frag[0]) if isinstance(frag[0], str) else frag[0]
            d.add(frag, ". ")
        d.add("\n\n")
        if g.chance(0.4):
            d.add(event_sentence(g), " ")
        if g.chance(0.4):
            d.add(loc_sentence(g), ".")
        d.add("\n\n", g.ch(["Thanks,", "Best,", "Thank you,", "Regards,", "Cheers,"]), "\n", g.name(cust, g.ch(["full", "first", "mi"])), "\n")
        if g.chance(0.5):
            d.add(g.phone(), "\n")
        if g.chance(0.2):
            d.add(g.ch(["Sent from my iPhone", "Sent from Outlook for Android", "Get Outlook for iOS"]), "\n")
    else:
        d.add(g.ch(["Hi ", "Dear ", "Hello "]), g.pname(cust), ",\n\n")
        d.add(reply(g), " ")
        if g.chance(0.6):
            d.add(event_sentence(g), " ")
        d.add("\n\n")
        if g.chance(0.5):
            d.add("For your records: ", dom_id(g), ".\n")
        if g.chance(0.4):
            d.add("You can review the details at ", g.url(), ".\n")
        if g.chance(0.4):
            d.add(hard_neg_sentence(g), "\n")
        d.add("\n", signature(g, agent, role, o, url=g.chance(0.4), address=g.chance(0.3)))
        if g.chance(0.3):
            d.add("\nCONFIDENTIALITY NOTICE: This message may contain information that is privileged or confidential. "
                  "If you received it in error, please notify the sender and delete it.\n")
    return d


@tpl()
def email_reply_chain(g):
    d = Doc()
    o = org(g)
    cust = g.person()
    agent, role = staff(g)
    d.add(g.ch(["Hi ", "Hello ", ""]), (g.name(cust, "first") + [",\n\n"]) if g.chance(0.8) else "",
          reply(g), " ", g.ch(PROSE_FILLER), "\n\n")
    if g.chance(0.5):
        d.add(event_sentence(g), "\n\n")
    d.add(g.name(agent, g.ch(["first", "full"])), "\n", o[0], "\n\n")
    ce = g.email(cust)
    st = g.ch(["gmail", "outlook"])
    if st == "gmail":
        d.add("On ", g.dt(with_time=True, style=g.ch(["wk_short", "mon_d_y", "wk_long"])), ", ", g.name(cust, "full"), " <", ce, "> wrote:\n")
        q = "> "
    else:
        d.add("-----Original Message-----\nFrom: ", g.name(cust, "full"), " <", ce, ">\nSent: ",
              g.dt(with_time=True, style="wk_long"), "\nTo: ", g.staff_email(agent, o[1]), "\nSubject: ",
              g.ch(g.dom["subjects"]), "\n\n")
        q = ""
    d.add(q, g.ch(["Hi,", "Hello,", "Good morning,"]), "\n", q, "\n", q, cap1(ask(g)), ".\n")
    frag = pick_sensitive(g)
    d.add(q, cap1(frag[0]) if isinstance(frag[0], str) else frag[0], frag[1:], ".\n")
    if g.chance(0.5):
        d.add(q, loc_sentence(g), ".\n")
    d.add(q, "\n", q, g.name(cust, "first"), "\n")
    return d


@tpl()
def call_transcript(g):
    d = Doc()
    o = org(g)
    agent, role = staff(g)
    cust = g.person()
    A, C = g.ch([("AGENT", "CALLER"), ("Agent", "Caller"), ("REP", "CUSTOMER"), ("Speaker 1", "Speaker 2"), ("A", "C")])
    if g.chance(0.6):
        d.add(g.ch(["Call recording transcript", "Call transcript (auto-generated)", "IVR call log"]), "\n",
              "Call ID: ", g.uuid(), "\nDuration: ", N(f"{g.r.randint(2, 38)}m {g.r.randint(0, 59)}s"), "\n",
              "ANI: ", g.phone("US"), "\n\n")
    ts = g.chance(0.5)
    el = [0]

    def pre(lbl):
        el[0] += g.r.randint(3, 40)
        return ([N(f"[{el[0] // 60:02d}:{el[0] % 60:02d}] ")] if ts else []) + [lbl, ": "]
    d.add(pre(A), f"Thank you for calling {o[0]}, this is ", E(agent.first, "PERSON"), ". Can I get your full name please?\n")
    d.add(pre(C), g.ch(["Yeah, it's ", "Sure, ", "Hi, um, it's "]), g.name(cust, g.ch(["full", "mi"])), ".\n")
    d.add(pre(A), g.ch(["And can you verify your date of birth?", "Thanks. And the date of birth on the account?"]), "\n")
    d.add(pre(C), g.ch(["", "It's ", "Uh, "]), g.dob(style=g.ch(["long", "long_ord", "us", "dmy_long"])), ".\n")
    if g.dom["name"] == "mortgage_lending" or g.chance(0.2):
        d.add(pre(A), "And the last four of your social?\n", pre(C), N(g.digits(4)), ".\n")
    d.add(pre(A), "Thank you. What can I help you with?\n")
    d.add(pre(C), cap1(ask(g)), ". ", g.ch(["", "I called last week too.", "It's been going on a while."]), "\n")
    d.add(pre(A), g.ch(["Okay, let me pull that up.", "I'm sorry about that, one moment.", "Got it."]), " ",
          reply(g) if g.chance(0.4) else g.ch(["I'll put in a request and someone will follow up.", "I can take care of that today.",
                                                "Let me transfer the details to the right team."]), "\n")
    for _ in range(g.r.randint(1, 2)):
        frag = pick_sensitive(g, allow=["phone", "email", "address", "id", "dt", "card", "ssn", "iban", "ip", "hp"])
        d.add(pre(C), cap1(frag[0]) if isinstance(frag[0], str) else frag[0], frag[1:], ".\n")
        d.add(pre(A), g.ch(["Okay, I've noted that.", "Perfect, thank you.", "Let me read that back to confirm... yes, that's right."]), "\n")
    if g.chance(0.5):
        d.add(pre(A), event_sentence(g), "\n")
    d.add(pre(A), "Your reference number for this call is ", g.ticket_id(), ". Anything else?\n")
    d.add(pre(C), g.ch(["No, that's all.", "Nope, thanks.", "That's it, thank you so much."]), "\n")
    return d


@tpl()
def voicemail(g):
    d = Doc()
    cust = g.person()
    o = org(g)
    ph = g.phone()
    d.add(g.ch(["New voicemail from ", "Voicemail - ", "Missed call + voicemail from "]), ph if g.chance(0.7) else "Unknown", "\n")
    d.add("Received: ", g.log_ts(), "  Length: ", N(f"0:{g.r.randint(12, 59):02d}"), "\n")
    d.add(g.ch(["Transcription", "Transcript (beta)", "Voicemail text"]), ":\n\"")
    d.add(g.ch(["Hi, this is ", "Hey, it's ", "Hello, my name is "]), g.name(cust, g.ch(["full", "full", "first"])), " ")
    d.add(g.ch(["calling about ", "following up on ", "returning a call about "]), "my ", g.dom["event"], ". ", cap1(ask(g)), ". ")
    if g.chance(0.5):
        d.add(pick_sensitive(g, allow=["id", "dob"]), ". ")
    d.add(g.ch(["You can reach me at ", "My callback number is ", "Call me back at "]), g.phone() if g.chance(0.5) else ph)
    d.add(g.ch([". Thanks, bye.", ". Okay, thank you.", ", anytime after lunch. Bye."]), "\"\n")
    if g.chance(0.3):
        d.add("Transcription confidence: ", N(f"{g.r.randint(62, 98)}%"), "\n")
    return d


@tpl()
def slack_export(g):
    d = Doc()
    people = [g.person() for _ in range(g.r.randint(2, 3))]
    ch = g.ch(["#ops-alerts", "#frontdesk", "#billing-help", "#eng-backend", "#support-escalations", "#it-helpdesk"])
    secret_line = g.chance(0.55)
    msgs = []
    msgs.append((0, [cap1(ask(g)), " - customer ", g.name(g.person(), "full"), " is asking"]))
    msgs.append((1, [g.ch(["looking", "on it", "checking now"]), ", can you drop the details?"]))
    msgs.append((0, pick_sensitive(g, voice="note")))
    if secret_line:
        k = g.ch(["slack", "gh", "aws", "stripe", "pw", "generic"])
        val = {"slack": g.slack_token, "gh": g.gh_token, "aws": g.aws_key, "stripe": g.stripe_key,
               "pw": g.password, "generic": g.generic_secret}[k]()
        msgs.append((1, [g.ch(["use this for now: ", "temp creds -> ", "here's the token "]) if k != "pw" else "pw for the shared inbox is ", val,
                         " (", g.ch(["rotate after", "don't paste elsewhere", "expires "]), g.rel_time() if g.chance(0.5) else "", ")"]))
    msgs.append((len(people) - 1, [g.ch(["thanks ", "ty ", "cheers "]), g.name(people[0], "first"), "!"]))
    form = g.ch(["json", "text"])
    if form == "json":
        d.add('[\n')
        for i, (who, body) in enumerate(msgs):
            d.add('  {"type": "message", "user": "', N("U0" + g.alnum(8, string.ascii_uppercase + string.digits)),
                  '", "user_name": "', g.name(people[who], "full"), '", "text": "', body, '", "ts": "', N(f"{1700000000 + g.r.randint(0, 9999999)}.{g.digits(6)}"), '"}',
                  "," if i < len(msgs) - 1 else "", "\n")
        d.add(']\n')
    else:
        d.add(ch, "\n")
        for who, body in msgs:
            d.add(g.name(people[who], g.ch(["full", "first"])), "  ", g.clock(), "\n", body, "\n\n")
    return d

# ---------------------------------------------------------------------------
# Records, forms and structured data
# ---------------------------------------------------------------------------

def record_fields(g, caps=False):
    """Domain-appropriate (key, fragment) pairs for a person record."""
    dn = g.dom["name"]
    case = "upper" if caps else None
    p = g.person()
    F = []
    nm_style = g.ch(["full", "mi", "last_first", "last_first_mi"])
    subj = {"pediatric_clinic": "Patient name", "mortgage_lending": "Borrower name", "airline_customer_service": "Passenger name",
            "hotel_reservations": "Guest name", "gym_membership": "Member name", "telecom_support": "Account holder",
            "clinical_trials": "Participant name", "public_library": "Patron name"}[dn]
    F.append((g.ch([subj, "Name", "Full name", "Legal name"]), g.name(p, nm_style, case)))
    child = g.dom.get("child")
    F.append((g.ch(["DOB", "Date of birth", "Birth date", "D.O.B."]), [g.dob(child=child)]))
    if dn == "pediatric_clinic":
        gp = g.person()
        F.append((g.ch(["Parent/guardian", "Guardian", "Parent name"]), g.name(gp, "full", case)))
        F.append(("MRN", [g.mrn()]))
        F.append((g.ch(["Insurance member ID", "Member ID", "Policy #"]), [g.health_plan()]))
        F.append((g.ch(["Primary care", "PCP", "Pediatrician"]), g.name(g.person(), "last", case, title="Dr.")))
        F.append(("Allergies", [g.ch(["NKDA", "Penicillin (rash)", "Peanuts", "None known", "Amoxicillin - hives"])]))
    elif dn == "mortgage_lending":
        F.append((g.ch(["SSN", "Social Security #", "SSN (primary)"]), [g.ssn()]))
        F.append((g.ch(["Driver's license #", "DL number", "ID (DL)"]), [g.dl()]))
        F.append((g.ch(["Loan #", "Loan number", "Application/loan #"]), [g.account()]))
        F.append((g.ch(["Gross monthly income", "Monthly income"]), [g.price()]))
        F.append((g.ch(["Employer", "Current employer"]), [g.ch(["Brightline Logistics", "County School District", "Northwind Health", "Self-employed", "Acme Tooling Inc."])]))
    elif dn == "airline_customer_service":
        F.append((g.ch(["Frequent flyer #", "Loyalty number"]), [g.account()]))
        F.append((g.ch(["Flight", "Flight no."]), [g.flight_no()]))
        F.append((g.ch(["Travel date", "Date of travel"]), [g.dt(with_time=False, allow_noyear=False)]))
        F.append(("Bag tag", [N(g.ch(["0", "1"]) + g.digits(9))]))
        F.append(("Seat", [g.seat()]))
    elif dn == "hotel_reservations":
        F.append((g.ch(["Arrival", "Check-in"]), [g.dt(with_time=False, allow_noyear=False)]))
        F.append((g.ch(["Departure", "Check-out"]), [g.dt(with_time=False, allow_noyear=False)]))
        F.append((g.ch(["Confirmation #", "Conf. no."]), [g.booking_ref() if g.chance(0.5) else N(g.digits(9))]))
        F.append((g.ch(["Card on file", "Guarantee card"]), [g.card()] if g.chance(0.5) else [g.card_last4()]))
        F.append(("Room", [g.room_no()]))
    elif dn == "gym_membership":
        F.append((g.ch(["Billing account #", "Member account #"]), [g.account()]))
        F.append((g.ch(["Bank routing #", "Routing number"]), [N(g.ch(["021000021", "011000138", "121000358", "026009593", "071000013"]))]))
        F.append((g.ch(["Checking account #", "Bank account #"]), [g.account()]))
        F.append((g.ch(["Plan", "Membership type"]), [g.ch(["Monthly - Basic", "Annual Premium", "Family Plus", "Student"])]))
        F.append((g.ch(["Photo ID (DL #)", "Driver's license #"]), [g.dl()]))
    elif dn == "telecom_support":
        F.append((g.ch(["BAN", "Account number", "Billing account #"]), [g.account()]))
        F.append((g.ch(["Service address", "Install address"]), [g.address(caps=caps)]))
        F.append((g.ch(["Number to port", "Line"]), [g.phone("US")]))
        F.append((g.ch(["WAN IP", "Static IP"]), [g.ipv4("pub")]))
        F.append(("Plan", [g.ch(["Fiber 940", "Unlimited Plus", "Basic 100", "Business Static 5"])]))
    elif dn == "clinical_trials":
        F.append((g.ch(["Subject ID", "Screening #", "Participant ID"]), [N(f"{g.r.randint(100, 450)}-{g.digits(4)}")]))
        F.append(("MRN", [g.mrn()]))
        F.append((g.ch(["Consent signed", "ICF signed on", "Date of consent"]), [g.dt(with_time=False, allow_noyear=False)]))
        F.append(("Site", [E(g.city(), "LOCATION")]))
        F.append(("Protocol", [N(g.ch(["NFR-2201", "ATN-043", "LCRC-17-009", "VOT-311", "PRI-0456"]))]))
    else:  # library
        F.append((g.ch(["Patron account #", "Account #"]), [g.account()]))
        F.append((g.ch(["Card barcode", "Barcode"]), [N("2" + g.digits(13))]))
        F.append((g.ch(["Home branch", "Branch"]), [g.ch(["Main", "Eastgate", "Northside", "Mobile outreach"])]))
    F.append((g.ch(["Phone", "Phone number", "Mobile", "Cell", "Home phone"]), [g.phone()]))
    F.append((g.ch(["Email", "E-mail", "Email address"]), [g.email(p)]))
    if dn != "telecom_support" or g.chance(0.3):
        F.append((g.ch(["Address", "Home address", "Mailing address", "Street address"]), [g.address(caps=caps)]))
    if g.chance(0.5):
        ec = g.person()
        F.append((g.ch(["Emergency contact", "Emergency contact (name/phone)", "In case of emergency"]),
                  g.name(ec, "full", case) + [g.ch([" - ", ", ", " / "]), g.phone()]))
    if g.chance(0.3):
        F.append((g.ch(["Record created", "Created", "Last modified"]), [g.log_ts()]))
    if g.chance(0.25):
        F.append((g.ch(["Notes", "Comments"]), [note(g)]))
    # shuffle mildly, keep name first
    head, tail = F[:2], F[2:]
    g.r.shuffle(tail)
    return head + tail


@tpl()
def kv_form(g):
    d = Doc()
    o = org(g)
    caps = g.chance(0.25)
    title = g.ch(["INTAKE FORM", "Registration Form", "Customer Information", "New Account Form", "Update Request",
                  "Profile", "Enrollment Form", "Verification Worksheet"])
    d.add(o[0].upper() if caps else o[0], "\n", title.upper() if caps else title, "\n")
    d.add(g.ch(["=" * 28, "-" * 32, "", "~" * 20]), "\n")
    style = g.ch(["colon", "colon", "dots", "pipe", "eq", "tab"])
    for k, v in record_fields(g, caps):
        if caps:
            k = k.upper()
        if style == "colon":
            d.add(k, ": ", v, "\n")
        elif style == "dots":
            d.add(k, " ", "." * max(2, 26 - len(k)), " ", v, "\n")
        elif style == "pipe":
            d.add("| ", k, " | ", v, " |\n")
        elif style == "eq":
            d.add(k.lower().replace(" ", "_").replace("#", "no").replace("/", "_").replace(".", "").replace("(", "").replace(")", ""), " = ", v, "\n")
        else:
            d.add(k, ":\t", v, "\n")
    if g.chance(0.5):
        d.add("\n", g.ch(["Signature", "Signed", "Patient/guardian signature"]), ": ", g.name(g._people[0], "full"),
              "   Date: ", g.dt(with_time=False, allow_noyear=False), "\n")
    return d


@tpl()
def markdown_table(g):
    d = Doc()
    pre = g.ch(["### ", "## ", "**", ""])
    d.add(pre, g.ch(["Open items", "Today's list", "Follow-ups", "Accounts to review", "Callback queue", "Pending verifications"]),
          "**" if pre == "**" else "", "\n\n")
    kind = g.ch(g.dom["ids"])
    idlabel = {"mrn": "MRN", "health_plan": "Member ID", "account": "Account #", "dl": "DL #", "ssn": "SSN"}[kind]
    cols = ["Name"] + g.r.sample(["DOB", "Phone", "Email", "City", idlabel, "Ref", "Status", "Amount", "Updated"], g.r.randint(3, 5))
    d.add("| ", " | ".join(cols), " |\n", "|", "|".join([g.ch(["---", ":---", "-----"])] * len(cols)), "|\n")
    for _ in range(g.r.randint(2, 6)):
        p = g.person()
        cells = []
        for c in cols:
            if c == "Name":
                cells.append(g.name(p, g.ch(["full", "last_first", "full", "mi"])))
            elif c == "DOB":
                cells.append([g.dob(child=g.dom.get("child", False))])
            elif c == "Phone":
                cells.append([g.phone()])
            elif c == "Email":
                cells.append([g.email(p)])
            elif c == "City":
                cells.append([E(g.city(), "LOCATION")])
            elif c == idlabel:
                cells.append(id_frag(g, kind)[1:])
            elif c == "Ref":
                cells.append([g.order_no()])
            elif c == "Status":
                cells.append([g.ch(["open", "pending", "closed", "needs callback", "verified", "escalated"])])
            elif c == "Amount":
                cells.append([g.price()])
            else:
                cells.append([g.log_ts(style=g.ch(["isoz", "space", "iso_ms"]))])
        d.add("| ")
        for i, c in enumerate(cells):
            d.add(c, " | " if i < len(cells) - 1 else " |\n")
    return d


def _csv_cell(frag):
    """Quote a cell fragment if it contains a comma."""
    txt = "".join(x.text if isinstance(x, (Ent, Neg)) else x for x in frag)
    if "," in txt or '"' in txt:
        return ['"'] + frag + ['"']
    return frag


@tpl()
def csv_export(g):
    d = Doc()
    if g.chance(0.5):
        d.add(g.ch(["Here's the export you asked for:", "CSV attached inline below.", "# exported from CRM",
                    "Pasting the rows that failed import:"]), "\n\n")
    dn = g.dom["name"]
    kind = g.ch(g.dom["ids"])
    idcol = {"mrn": "mrn", "health_plan": "member_id", "account": "account_number", "dl": "drivers_license", "ssn": "ssn"}[kind]
    cols = ["id"] + g.r.sample(["first_name,last_name", "full_name"], 1) + g.r.sample(
        ["email", "phone", "dob", "city", idcol, "created_at", "status", "balance"], g.r.randint(3, 5))
    cols = ",".join(cols).split(",")
    d.add(",".join(cols), "\n")
    for i in range(g.r.randint(3, 7)):
        p = g.person()
        row = []
        for c in cols:
            if c == "id":
                row.append([N(str(1000 + g.r.randint(0, 90000)))])
            elif c == "first_name":
                row.append(g.name(p, "first"))
            elif c == "last_name":
                row.append(g.name(p, "last"))
            elif c == "full_name":
                row.append(_csv_cell(g.name(p, g.ch(["full", "last_first"]))))
            elif c == "email":
                row.append([g.email(p)])
            elif c == "phone":
                row.append(_csv_cell([g.phone()]))
            elif c == "dob":
                row.append(_csv_cell([g.dob(child=g.dom.get("child", False), style=g.ch(["iso", "us", "us_short"]))]))
            elif c == "city":
                row.append(_csv_cell([E(g.city(), "LOCATION")]))
            elif c == idcol:
                row.append(id_frag(g, kind)[1:])
            elif c == "created_at":
                row.append([g.log_ts(style=g.ch(["isoz", "space", "iso_ms"]))])
            elif c == "status":
                row.append([g.ch(["active", "inactive", "pending", "closed", "hold"])])
            else:
                row.append([N(f"{g.r.randint(0, 5000)}.{g.digits(2)}")])
        for j, cell in enumerate(row):
            d.add(cell, "," if j < len(row) - 1 else "\n")
    return d


def _json_str(frag):
    return ['"'] + frag + ['"']


@tpl()
def json_record(g):
    d = Doc()
    p = g.person()
    dn = g.dom["name"]
    ind = g.ch(["  ", "    "])
    key = {"pediatric_clinic": "patient", "mortgage_lending": "borrower", "airline_customer_service": "passenger",
           "hotel_reservations": "guest", "gym_membership": "member", "telecom_support": "subscriber",
           "clinical_trials": "participant", "public_library": "patron"}[dn]
    if g.chance(0.4):
        d.add(g.ch(["Response body:", "payload ->", "The webhook sent this:", "```json"]), "\n")
    d.add("{\n", ind, '"id": "', g.uuid(), '",\n')
    d.add(ind, f'"{key}": {{\n')
    i2 = ind * 2
    split = g.chance(0.5)
    if split:
        d.add(i2, '"first_name": ', _json_str(g.name(p, "first")), ",\n", i2, '"last_name": ', _json_str(g.name(p, "last")), ",\n")
    else:
        d.add(i2, '"name": ', _json_str(g.name(p, g.ch(["full", "mi"]))), ",\n")
    d.add(i2, g.ch(['"dob"', '"date_of_birth"', '"birthDate"']), ': ', _json_str([g.dob(child=g.dom.get("child", False), style=g.ch(["iso", "iso", "us"]))]), ",\n")
    kind = g.ch(g.dom["ids"])
    jk = {"mrn": '"mrn"', "health_plan": '"member_id"', "account": '"account_number"', "dl": '"drivers_license_number"', "ssn": '"ssn"'}[kind]
    d.add(i2, jk, ": ", _json_str(id_frag(g, kind)[1:]), ",\n")
    d.add(i2, '"contact": {\n', i2 + ind, '"email": ', _json_str([g.email(p)]), ",\n", i2 + ind, '"phone": ', _json_str([g.phone()]))
    if g.chance(0.6):
        d.add(",\n", i2 + ind, '"city": "', E(g.city(), "LOCATION"), '"')
    d.add("\n", i2, "}\n", ind, "},\n")
    d.add(ind, '"status": "', g.ch(["active", "pending_review", "verified", "closed"]), '",\n')
    d.add(ind, '"created_at": "', g.log_ts(style=g.ch(["isoz", "iso_ms"])), '",\n')
    d.add(ind, '"updated_by": "', N(g.ch(["system", "svc-sync", "batch-job", "api"])), '"\n}')
    return d


@tpl()
def yaml_record(g):
    d = Doc()
    p = g.person()
    dn = g.dom["name"]
    d.add(g.ch(["---\n", "# record dump\n", "", "```yaml\n"]))
    d.add(g.ch(["record", "entry", "profile", "case"]), ":\n")
    d.add("  ref: ", g.ticket_id(), "\n")
    d.add("  name: ", g.name(p, g.ch(["full", "mi", "last_first"])) if g.chance(0.7) else ['"'] + g.name(p, "full") + ['"'], "\n")
    d.add("  dob: ", g.dob(child=g.dom.get("child", False), style=g.ch(["iso", "us", "long"])), "\n")
    d.add("  phone: ", ['"', g.phone(), '"'] if g.chance(0.5) else [g.phone()], "\n")
    d.add("  email: ", g.email(p), "\n")
    if g.chance(0.6):
        d.add("  address: ", g.address(), "\n")
    kind = g.ch(g.dom["ids"])
    yk = {"mrn": "mrn", "health_plan": "insurance_member_id", "account": "account_no", "dl": "dl_number", "ssn": "ssn"}[kind]
    d.add(f"  {yk}: ", id_frag(g, kind)[1:], "\n")
    d.add("  tags: [", g.ch(["vip", "callback", "billing"]), ", ", g.ch(["new", "returning", "flagged"]), "]\n")
    d.add("  last_seen: ", g.log_ts(style="isoz"), "\n")
    if g.chance(0.4):
        d.add("  notes: |\n    ", note(g), "\n    ", event_sentence(g), "\n")
    return d


@tpl(domains=["pediatric_clinic", "clinical_trials"])
def fhir_patient(g):
    d = Doc()
    p = g.person()
    d.add('{\n  "resourceType": "Patient",\n  "id": "', g.uuid(), '",\n')
    d.add('  "identifier": [{"type": {"text": "MRN"}, "system": "urn:oid:2.16.840.1.113883.19.5", "value": "', g.mrn(), '"}],\n')
    d.add('  "name": [{"use": "official", "family": "', g.name(p, "last"), '", "given": ["', g.name(p, "first"), '"]}],\n')
    d.add('  "gender": "', g.ch(["female", "male", "unknown"]), '",\n')
    d.add('  "birthDate": "', g.dob(child=g.dom.get("child", False), style="iso"), '",\n')
    d.add('  "telecom": [{"system": "phone", "value": "', g.phone("US"), '", "use": "home"}')
    if g.chance(0.6):
        d.add(', {"system": "email", "value": "', g.email(p), '"}')
    d.add('],\n')
    if g.chance(0.5):
        gp = g.person()
        d.add('  "contact": [{"relationship": [{"text": "', g.ch(["mother", "father", "guardian", "spouse"]), '"}], "name": {"text": "',
              g.name(gp, "full"), '"}}],\n')
    d.add('  "meta": {"lastUpdated": "', g.log_ts(style="iso_ms"), '", "versionId": "', N(str(g.r.randint(1, 40))), '"}\n}')
    return d

# ---------------------------------------------------------------------------
# Notes, letters, tickets
# ---------------------------------------------------------------------------

@tpl(domains=["pediatric_clinic", "clinical_trials"], weight=1.5)
def clinical_note(g):
    d = Doc()
    p = g.person()
    prov = g.person()
    child = g.dom.get("child")
    hdr = g.ch(["PROGRESS NOTE", "Sick Visit Note", "Well Child Check", "Study Visit Note", "Nursing Note", "Telephone Encounter"])
    d.add(hdr, "\n")
    sep = g.ch([" | ", "    ", "\n"])
    d.add("Patient: ", g.name(p, g.ch(["last_first", "full", "last_first_mi"]), case=g.ch([None, "upper"])), sep,
          "DOB: ", g.dob(child=child), sep, g.ch(["MRN: ", "MRN ", "MR#: "]), g.mrn(), "\n")
    d.add(g.ch(["Date of service: ", "Visit date: ", "DOS: ", "Encounter date: "]), g.dt(with_time=g.chance(0.4), allow_noyear=False), "\n")
    d.add(g.ch(["Provider: ", "Seen by: ", "Attending: "]), g.name(prov, g.ch(["last", "full"]), title="Dr.") if g.chance(0.7) else g.name(prov, "full"),
          g.ch([", MD", ", DO", ", NP", ", PA-C", ""]), "\n")
    if child:
        gp = g.person()
        d.add("Accompanied by: ", g.name(gp, "full"), " (", g.ch(["mother", "father", "grandmother", "legal guardian", "aunt"]), "), ",
              g.ch(["phone ", "cell ", "contact "]), g.phone(), "\n")
        if g.chance(0.6):
            d.add("Insurance: ", g.ch(["Medicaid", "BlueCross PPO", "Aetna HMO", "CHIP", "UnitedHealthcare"]), "  ", id_frag(g, "health_plan"), "\n")
    else:
        d.add("Subject ID: ", N(f"{g.r.randint(100, 450)}-{g.digits(4)}"), "  Visit: ", N(g.ch(["Screening", "Week 4", "Week 12", "Day 1", "Unscheduled", "EOT"])), "\n")
    d.add("\n", g.ch(["S: ", "Subjective: ", "CC/HPI: "]), g.ch(["Per caregiver: ", "Parent reports ", "Pt states: ", "Reported by phone: "]) if child else g.ch(["Participant reports: ", "Subject states: ", "Per participant: "]), ask(g), ". ")
    if g.chance(0.5):
        d.add("Recently returned from ", E(g.city(), "LOCATION"), ". ")
    d.add("\n", g.ch(["O: ", "Objective: ", "Exam: "]), note(g), " ", note(g), "\n")
    d.add(g.ch(["A: ", "Assessment: ", "A/P: "]), note(g), "\n")
    d.add(g.ch(["P: ", "Plan: "]), note(g), " RTC ", g.rel_time(), ".\n")
    if g.chance(0.4):
        d.add("Next visit: ", g.dt(with_time=True, allow_noyear=True), "\n")
    d.add("\n", g.ch(["Electronically signed by ", "Signed: ", "e-signed "]), g.name(prov, "full"), g.ch([", MD", ", RN", ", NP", ""]),
          " ", g.log_ts(style=g.ch(["space", "isoz"])), "\n")
    return d


@tpl()
def formal_letter(g):
    d = Doc()
    o = org(g)
    p = g.person()
    sender, role = staff(g)
    d.add(o[0], "\n", g.address(multiline=True, country="US"), "\n")
    if g.chance(0.5):
        d.add(g.ch(["Tel ", "Phone: ", "T: "]), g.phone("US"), "  |  ", E("www." + o[1], "URL"), "\n")
    d.add("\n", g.dt(with_time=False, style=g.ch(["long", "dmy_long", "long_ord"])), "\n\n")
    ttl = g.ch(["Mr.", "Ms.", "Mrs.", "Dr.", "Mx."])
    d.add(g.name(p, g.ch(["full", "mi"]), case=g.ch([None, "upper"]), title=g.ch([None, ttl])), "\n", g.address(multiline=True, caps=g.chance(0.2)), "\n\n")
    subj = g.ch(g.dom["subjects"])
    d.add("Re: ", subj, g.ch(["", " - "]))
    if g.chance(0.7):
        d.add(" ", id_frag(g, g.ch([k for k in g.dom["ids"] if k not in ("dl", "ssn")] or ["account"])))
    d.add("\n\n")
    d.add("Dear ", g.name(p, "last", title=ttl) if g.chance(0.6) else g.name(p, "full"), ",\n\n")
    d.add(g.ch(["We are writing to follow up on your recent request. ", "This letter confirms the outcome of your request. ",
                "Thank you for contacting us. "]), reply(g), " ")
    if g.chance(0.6):
        d.add(event_sentence(g), " ")
    d.add("\n\n")
    if g.chance(0.5):
        d.add(g.ch(["If you have questions, please call ", "Questions? Contact our office at ", "You may reach me directly at "]),
              g.phone("US"), g.ch([" or email ", " / "]), g.staff_email(sender, o[1]), ".\n\n")
    if g.chance(0.4):
        d.add(hard_neg_sentence(g), "\n\n")
    d.add(g.ch(["Sincerely,", "Respectfully,", "Yours sincerely,", "With regards,"]), "\n\n", g.name(sender, g.ch(["full", "mi"])), "\n", role.title(), "\n")
    if g.chance(0.3):
        d.add("Enclosure: ", g.ch(["statement", "copy of form", "return envelope", "fee schedule"]), "\n")
    return d


@tpl()
def meeting_notes(g):
    d = Doc()
    o = org(g)
    people = [g.person() for _ in range(g.r.randint(3, 5))]
    d.add(g.ch(["# ", "", "## "]), g.ch(["Weekly ops sync", "Team huddle", "Case review", "Escalations standup", "Vendor call", "Monthly review"]),
          " - ", g.dt(with_time=False, style=g.ch(["iso", "long", "us", "mon_d_y"])), "\n")
    d.add(g.ch(["Attendees: ", "Present: ", "Who: "]))
    for i, p in enumerate(people):
        d.add(g.name(p, g.ch(["full", "first", "full"])), ", " if i < len(people) - 1 else "\n")
    if g.chance(0.4):
        d.add("Dial-in: ", g.url(host=g.ch(["us02web.zoom.us", "us06web.zoom.us"]), paths=["/j/{d}", "/j/{d}?pwd={a}"], query=False), "\n")
    d.add("\n", g.ch(["Notes", "Discussion", "Agenda / notes"]), ":\n")
    for _ in range(g.r.randint(2, 4)):
        k = g.ch(["case", "metric", "loc", "neg", "event"])
        if k == "case":
            c = g.person()
            d.add("- ", g.name(c, g.ch(["full", "last_first", "mi"])), ": ", ask(g), "; ", dom_id(g), "\n")
        elif k == "metric":
            d.add("- ", g.ch(["Backlog down to ", "CSAT at ", "First-contact resolution ", "No-show rate "]), g.pct(), ", ", g.ch(["trend ok", "watch this", "better than last month"]), "\n")
        elif k == "loc":
            d.add("- ", g.ch(["Expansion to ", "New vendor in ", "Training session planned in "]), g.location(), " ", g.rel_time(), "\n")
        elif k == "event":
            d.add("- ", event_sentence(g), "\n")
        else:
            d.add("- ", hard_neg_sentence(g), "\n")
    d.add("\n", g.ch(["Action items", "AIs", "Next steps"]), ":\n")
    for p in g.r.sample(people, 2):
        d.add(g.ch(["- [ ] ", "* ", "- "]), g.ch(["@", ""]), g.name(p, "first"), " ", g.ch(["to follow up with the customer", "to update the runbook",
                                                                                            "to send the summary", "to call the vendor"]), " ", g.rel_time(), "\n")
    return d


@tpl()
def support_ticket(g):
    d = Doc()
    o = org(g)
    req = g.person()
    ag, role = staff(g)
    style = g.ch(["zendesk", "jira", "plain"])
    if style == "jira":
        d.add(N(g.ch(["SUP", "OPS", "CX", "HD"]) + "-" + str(g.r.randint(100, 9999))), ": ", g.ch(g.dom["subjects"]), "\n")
        d.add("Type: ", g.ch(["Bug", "Task", "Incident", "Service Request"]), "   Priority: ", g.ch(["P1", "P2", "P3", "Major", "Minor"]), "\n")
        d.add("Reporter: ", g.name(ag, "full"), "   Assignee: ", g.name(g.person(), "full") if g.chance(0.7) else ["Unassigned"], "\n")
        d.add("Created: ", g.log_ts(style="space"), "   Updated: ", g.log_ts(style="space"), "\n\n")
    else:
        d.add("Ticket ", g.ticket_id(), " - ", g.ch(g.dom["subjects"]), "\n")
        d.add("Requester: ", g.name(req, "full"), " <", g.email(req), ">\n")
        d.add("Status: ", g.ch(["Open", "Pending", "On-hold", "Solved"]), " | Channel: ", g.ch(["Email", "Web form", "Phone", "Chat"]), "\n")
        d.add("Submitted: ", g.log_ts(), "\n\n")
    d.add(g.ch(["Description:", "Customer wrote:", "Details:"]), "\n")
    if style == "jira":
        d.add("Customer ", g.name(req, "full"), " (", g.email(req), ") reports: ")
    d.add(cap1(ask(g)), ". ")
    frag = pick_sensitive(g)
    d.add(cap1(frag[0]) if isinstance(frag[0], str) else frag[0], frag[1:], ".\n")
    if g.chance(0.5):
        d.add(loc_sentence(g), ".\n")
    d.add("\n", g.ch(["Internal note", "Comment", "Agent note"]), " (", g.name(ag, "first"), "): ", note(g), " ", reply(g), "\n")
    if g.chance(0.5):
        d.add(g.ch(["Browser: ", "User agent: "]), g.ch(["Chrome ", "Firefox ", "Safari ", "Edge "]), g.version(), " on ",
              g.ch(["Windows 10.0.19045", "macOS 14.4", "iOS 17.3", "Android 14"]), "\n")
    if g.chance(0.4):
        d.add("Client IP: ", g.ip(), "\n")
    if g.chance(0.3):
        d.add(hard_neg_sentence(g), "\n")
    return d


@tpl()
def calendar_invite(g):
    d = Doc()
    o = org(g)
    org_p = g.person()
    guest = g.person()
    d.add(g.ch(["Invitation: ", "Updated invitation: ", "Meeting request: ", ""]), g.ch(g.dom["subjects"]), " with ", g.name(guest, "full"), "\n\n")
    d.add("When: ", g.dt(with_time=True, style=g.ch(["wk_long", "wk_short", "long", "wk_ord_noyear"])), g.ch([" (EST)", " Eastern Time", " (GMT+1)", ""]), "\n")
    if g.chance(0.5):
        d.add("Where: ", g.address(), "\n")
    else:
        plat = g.ch(["zoom", "zoom", "meet"])
        if plat == "zoom":
            mid = g.digits(10, True) + (g.digits(1) if g.chance(0.5) else "")
            d.add("Where: Zoom\nJoin: ", g.url(host=g.ch(["us02web.zoom.us", "us06web.zoom.us"]), paths=["/j/" + mid, "/j/" + mid + "?pwd={a}"], query=False), "\n")
            d.add("Meeting ID: ", N(f"{mid[:3]} {mid[3:7]} {mid[7:]}"), "\n")
        else:
            code = "-".join("".join(g.ch(string.ascii_lowercase) for _ in range(k)) for k in (3, 4, 3))
            d.add("Where: Google Meet\nJoin: ", g.url(host="meet.google.com", paths=["/" + code], query=False), "\n")
    d.add("Organizer: ", g.name(org_p, "full"), " <", g.staff_email(org_p, o[1]), ">\n")
    d.add("Guests: ", g.email(guest), "\n\n")
    d.add(reply(g), " ", g.ch(PROSE_FILLER), "\n")
    d.add("\nInvitation from ", g.ch(["Google Calendar", "Outlook", "Calendly"]), ". You are receiving this because you are an attendee.\n")
    return d


@tpl()
def handoff_notes(g):
    d = Doc()
    d.add(g.ch(["Shift handoff", "End-of-shift notes", "Handover", "Overnight summary"]), " ", g.ch(["(days -> nights)", "", "- desk"]), "\n")
    d.add("From: ", g.name(g.person(), "first"), "  To: ", g.name(g.person(), "first"), "\n\n")
    for _ in range(g.r.randint(3, 5)):
        k = g.ch(["person", "person", "neg", "room", "event"])
        if k == "person":
            p = g.person()
            st = g.ch(["full", "last_first", "title"])
            nm = g.name(p, "last", title=g.ch(["Mr.", "Ms.", "Mrs.", "Dr."])) if st == "title" else g.name(p, st)
            ps = pick_sensitive(g, voice="note")
            if isinstance(ps[0], str):
                ps[0] = cap1(ps[0])
            d.add("* ", nm, " - ", note(g), " ", ps, "\n")
        elif k == "room":
            d.add("* ", g.ch(["Room ", "Rm ", "Locker "]), g.room_no(), ": ", g.ch(["maintenance requested", "checked", "needs follow-up", "key returned"]), "\n")
        elif k == "event":
            d.add("* ", event_sentence(g), "\n")
        else:
            d.add("* ", g.ch([["Ticket ", g.ticket_id(), " still open, waiting on vendor"], ["Printer jam again, logged as ", g.ticket_id()],
                              ["Refund of ", g.price(5, 300), " pending approval (", g.order_no(), ")"],
                              ["Portal was slow ", g.rel_time("past"), ", status page said ", g.pct(), " degraded"],
                              ["Supplies order ", g.order_no(), " arrives ", g.rel_time()]]), "\n")
    return d


@tpl()
def crm_activity_log(g):
    d = Doc()
    cust = g.person()
    d.add(g.ch(["Activity history for ", "CRM timeline - ", "Contact log: "]), g.name(cust, g.ch(["full", "last_first"])), "\n")
    d.add(g.ch(["Contact ID ", "Record "]), g.uuid() if g.chance(0.5) else N(str(g.r.randint(10000, 999999))), "\n\n")
    seq = g.log_seq(style=g.ch(["space", "isoz"]))
    for _ in range(g.r.randint(3, 6)):
        ag = g.person()
        act = g.ch(["call", "email", "note", "sms", "task"])
        d.add(seq(), " | ", act, " | ", g.name(ag, "first"), " | ")
        k = g.ch(["ask", "reply", "sens", "event", "neg"])
        if k == "ask":
            d.add("Customer: ", ask(g))
        elif k == "reply":
            d.add(reply(g))
        elif k == "sens":
            d.add("Updated contact info - ", pick_sensitive(g, voice="note"))
        elif k == "event":
            d.add(event_sentence(g))
        else:
            d.add(hard_neg_sentence(g))
        d.add("\n")
    return d


@tpl()
def address_change(g):
    d = Doc()
    p = g.person()
    o = org(g)
    d.add(g.ch(["Change of Address Request", "ADDRESS UPDATE", "Update contact details"]), " - ", o[0], "\n\n")
    d.add("Name: ", g.name(p, g.ch(["full", "last_first", "mi"])), "\n")
    d.add(dom_id(g), "\n")
    d.add(g.ch(["Old address: ", "Previous address: ", "From: "]), g.address(), "\n")
    d.add(g.ch(["New address: ", "Current address: ", "To: "]), g.address(multiline=g.chance(0.3)), "\n")
    d.add("Effective: ", g.dt(with_time=False, allow_noyear=False), "\n")
    if g.chance(0.5):
        d.add("New phone: ", g.phone(), "\n")
    if g.chance(0.4):
        d.add("Mail statements to: ", g.po_box(), " instead\n")
    d.add(g.ch(["Reason: ", "Comments: "]), g.ch(["moved for work", "", "relocating to be closer to family in ", "downsizing"]))
    if d.segs[-1][0].endswith("in "):
        d.add(g.location())
    d.add("\n")
    return d


@tpl()
def quick_memo(g):
    d = Doc()
    p = g.person()
    d.add(g.ch(["note to self: ", "TODO: ", "Reminder - ", "post-it: ", ">> "]))
    d.add(g.ch(["call ", "email ", "follow up w/ ", "ping "]), g.name(p, g.ch(["full", "first"])), " ")
    k = g.ch(["phone", "email", "both"])
    if k in ("phone", "both"):
        d.add("at ", g.phone(), " ")
    if k in ("email", "both"):
        d.add("(", g.email(p), ") ")
    d.add("re: ", ask(g), ". ")
    if g.chance(0.5):
        d.add("For verification: ", pick_sensitive(g, allow=["dob", "id"]), ". ")
    if g.chance(0.4):
        d.add("Promised to call back ", g.rel_time(), ".")
    d.add("\n")
    return d


@tpl()
def feedback_survey(g):
    d = Doc()
    o = org(g)
    d.add(g.ch(["Customer feedback export", "Survey responses", "Comment card transcriptions", "NPS verbatims"]), " - ", o[0], "\n\n")
    for i in range(g.r.randint(2, 4)):
        d.add(N(f"#{g.r.randint(1, 9999)}"), " ", g.ch(["score ", "rating ", "NPS "]), N(str(g.r.randint(0, 10))), "/10: ")
        k = g.ch(["staff", "staff", "loc", "plain", "neg"])
        st = g.person()
        if k == "staff":
            d.add(g.ch(["", "Honestly "]), g.name(st, "first"), g.ch([" at the front desk was ", " on the phone was ", " was "]),
                  g.ch(["amazing and fixed it in minutes.", "rude and did not listen.", "patient with my questions.", "super helpful!"]))
        elif k == "loc":
            d.add(g.ch(["Much better than the place I used in ", "Drove in from ", "Compared to the branch in "]), g.location(), g.ch([", 5 stars.", ", worth it.", ". Meh."]))
        elif k == "neg":
            d.add(g.ch(["Called ", "Emailed "]), g.rel_time("past"), g.ch([", got an answer fast.", ", still waiting."]), " The ", g.brand(), g.ch([" display in the lobby was a nice touch.", " ad on the TV was annoying."]))
        else:
            d.add(g.ch(["Parking was a nightmare.", "Loved the new app.", "Website kept timing out.", "Clean, friendly, fast."]))
        if g.chance(0.25):
            d.add(" ", g.ch(["Please contact me: ", "You can reach me at "]), g.email() if g.chance(0.5) else g.phone())
        d.add("\n")
    return d


@tpl(domains=["pediatric_clinic", "clinical_trials"])
def referral_letter(g):
    d = Doc()
    p = g.person()
    frm = g.person()
    to = g.person()
    o = org(g)
    child = g.dom.get("child")
    d.add(o[0], "\n", g.ch(["Fax: ", "Phone: "]), g.phone("US"), "\n\n")
    d.add(g.dt(with_time=False, allow_noyear=False), "\n\n")
    d.add("To: ", g.name(to, "full", title="Dr."), "\n", g.ch(["Pediatric Cardiology", "Allergy & Immunology", "Hematology/Oncology", "ENT", "Endocrinology"]), "\n",
          g.address(multiline=True), "\n\n")
    d.add("RE: ", g.name(p, g.ch(["full", "last_first"]), case=g.ch([None, "upper"])), ", DOB ", g.dob(child=child), ", ", id_frag(g, "mrn"), "\n\n")
    d.add("Dear ", g.name(to, "last", title="Dr."), ",\n\n")
    d.add("Thank you for seeing ", g.name(p, "first"), g.ch([", a pleasant ", ", a "]), str(g.r.randint(2, 17) if child else g.r.randint(22, 78)),
          "-year-old ", g.ch(["boy", "girl", "patient"]) if child else g.ch(["man", "woman", "participant"]), ". ", note(g), " ", note(g), "\n\n")
    if child:
        gp = g.person()
        d.add("The family can be reached through ", g.ch(["mom", "dad", "guardian"]), ", ", g.name(gp, "full"), ", at ", g.phone(), ".\n\n")
    d.add(g.ch(["Warm regards,", "Sincerely,", "Best,"]), "\n", g.name(frm, g.ch(["full", "mi"])), ", ", g.ch(["MD", "DO", "CPNP"]), "\n")
    return d


@tpl()
def incident_report(g):
    d = Doc()
    o = org(g)
    svc = g.ch(g.dom["services"])
    owner = g.person()
    d.add(g.ch(["Incident report", "Postmortem", "Security incident summary", "SEV-2 review"]), ": ", svc, "\n")
    d.add("Owner: ", g.name(owner, "full"), "   Severity: ", g.ch(["SEV-1", "SEV-2", "SEV-3"]), "\n\n")
    d.add("Timeline (UTC):\n")
    base = g.evt_date()
    t0 = datetime(base.year, base.month, base.day, g.r.randint(0, 20), g.r.randint(0, 59))
    tsty = g.ch(["%Y-%m-%d %H:%M", "%H:%M", "%Y-%m-%dT%H:%M:%SZ"])
    for _ in range(g.r.randint(3, 5)):
        t0 += timedelta(minutes=g.r.randint(1, 40))
        d.add("- ", N(t0.strftime(tsty)), " ", g.ch([
            [f"{svc} error rate spiked to ", g.pct()],
            ["alert fired from ", g.ip(), " (", g.http_code(), " responses)"],
            ["rolled back to ", g.version()],
            ["on-call ", g.name(g.person(), "first"), " acknowledged the page"],
            ["disk usage hit ", g.pct(), " on ", N(f"db-{g.r.randint(1, 9)}")],
            ["customer ", g.email(), " reported the issue"],
        ]), "\n")
    d.add("\nRoot cause: ", g.ch(["a config change ", "a dependency bump ", "an expired certificate "]))
    k = g.ch(["aws", "gh", "none", "pw"])
    if k == "aws":
        d.add("committed an access key (", g.aws_key(), ") to a public gist; the key was revoked and rotated.\n")
    elif k == "gh":
        d.add("exposed a CI token (", g.gh_token(), ") in build logs; token revoked.\n")
    elif k == "pw":
        d.add("left the database password (", g.password(), ") in a shell script checked into the repo.\n")
    else:
        d.add("(", g.pkg_pin(), ") changed the default timeout.\n")
    d.add("Impact: about ", N(str(g.r.randint(12, 4000))), " requests failed; ", g.pct(), " of users affected.\n")
    d.add("Follow-ups: rotate credentials, add secret scanning, review ", g.file_path(), ".\n")
    return d


def ocr_noise(g, s):
    out = []
    for ch in s:
        x = g.r.random()
        if ch == "l" and x < 0.08:
            out.append("1")
        elif ch == "O" and x < 0.1:
            out.append("0")
        elif ch == "m" and x < 0.05:
            out.append("rn")
        elif ch == "e" and x < 0.03:
            out.append("c")
        elif ch == " " and x < 0.04:
            out.append("  ")
        elif ch == "\n" and x < 0.15:
            out.append(g.ch([" |\n", "\n\n", "\n "]))
        else:
            out.append(ch)
    return "".join(out)


@tpl(wrappable=False)
def ocr_scan(g):
    inner = g.ch([kv_form, formal_letter, address_change, referral_letter if g.dom["name"] in ("pediatric_clinic", "clinical_trials") else kv_form])(g)
    inner.map_plain(lambda s: ocr_noise(g, s))
    d = Doc()
    d.add(g.ch(["[scanned document - page 1 of 1]", "--- OCR output (confidence ", "=== scan_", "<<OCR>>"]))
    if d.segs[-1][0].endswith("("):
        d.add(g.pct(), ") ---")
    elif d.segs[-1][0].endswith("_"):
        d.add(N(g.digits(4)), ".pdf ===")
    d.add("\n", inner, "\n", g.ch(["[end of page]", "", "-- page break --", "|||"]))
    return d

# ---------------------------------------------------------------------------
# Configs, logs and secrets
# ---------------------------------------------------------------------------

def _host(g):
    svc = g.ch(g.dom["services"])
    return N(g.ch([f"{svc}.internal", f"db-{g.r.randint(1, 9)}.prod.local", "localhost", f"{svc}.svc.cluster.local",
                   f"rds-{g.hexs(6)}.us-east-1.rds.amazonaws.com"]))


def _dsn(g):
    scheme = g.ch(["postgres", "postgresql", "mysql", "mongodb", "redis", "amqp"])
    user = g.ch(["app", "svc_app", "etl", "admin", "readonly", "report_user"])
    host = g.ipv4(g.ch(["10", "172", "192"])) if g.chance(0.4) else _host(g)
    if isinstance(host, Neg):
        host = N("@" + host.text)
        at = ""
    else:
        at = "@"
    port = {"postgres": "5432", "postgresql": "5432", "mysql": "3306", "mongodb": "27017", "redis": "6379", "amqp": "5672"}[scheme]
    return [f"{scheme}://{user}:", g.password(dsn_safe=True), at, host, f":{port}/{g.ch(['app', 'prod', 'records', 'main', '0'])}"]


def _secret_kv(g, style="env"):
    """Yield (key, value-fragment) pairs with a mix of real secrets, placeholders and low-entropy values."""
    items = []
    pool = [
        ("AWS_ACCESS_KEY_ID", lambda: [g.aws_key()]),
        ("AWS_SECRET_ACCESS_KEY", lambda: [g.aws_secret()]),
        ("STRIPE_SECRET_KEY", lambda: [g.stripe_key()]),
        ("SLACK_BOT_TOKEN", lambda: [g.slack_token()]),
        ("GITHUB_TOKEN", lambda: [g.gh_token()]),
        ("JWT_SIGNING_SECRET", lambda: [g.generic_secret()]),
        ("SENDGRID_API_KEY", lambda: [g.generic_secret()]),
        ("API_KEY", lambda: [g.generic_secret()]),
        ("CLIENT_SECRET", lambda: [g.generic_secret()]),
        ("WEBHOOK_SECRET", lambda: [g.generic_secret()]),
        ("DB_PASSWORD", lambda: [g.password()]),
        ("ADMIN_PASSWORD", lambda: [g.password()]),
        ("SMTP_PASSWORD", lambda: [g.password()]),
        ("DATABASE_URL", lambda: _dsn(g)),
        ("SERVICE_TOKEN", lambda: [g.jwt()]),
    ]
    negs = [
        ("SMTP_PASSWORD", lambda: [N("${SMTP_PASSWORD}")]), ("DB_PASS", lambda: [N("<redacted>")]),
        ("API_TOKEN", lambda: [N("xxxxxxxxxxxxxxxx")]), ("SECRET_KEY", lambda: [N("{{ vault_secret_key }}")]),
        ("PASSWORD_POLICY", lambda: [N("strict")]), ("PASSWORD_MIN_LENGTH", lambda: [N("12")]),
        ("TOKEN_TTL_SECONDS", lambda: [N("3600")]), ("SESSION_TIMEOUT", lambda: [N("30")]),
        ("LOG_LEVEL", lambda: [N(g.ch(["info", "debug", "warn"]))]), ("PORT", lambda: [g.port()]),
        ("AWS_REGION", lambda: [N(g.ch(["us-east-1", "us-west-2", "eu-central-1"]))]),
        ("FEATURE_NEW_CHECKOUT", lambda: [N(g.ch(["true", "false"]))]), ("MAX_UPLOAD", lambda: [g.size()]),
        ("BUILD_SHA", lambda: [g.sha(False)]), ("APP_VERSION", lambda: [g.version()]),
        ("AWS_ACCESS_KEY_ID_EXAMPLE", lambda: [N("AKIA" + "*" * 16)]), ("STRIPE_PUBLIC_MODE", lambda: [N("test")]),
        ("REQUEST_ID_HEADER", lambda: [N("X-Request-Id")]), ("BRAND_COLOR", lambda: [g.hex_color()]),
        ("SECRET_ROTATION_DAYS", lambda: [N("90")]), ("JWT_ALGORITHM", lambda: [N("HS256")]),
    ]
    for k, f in g.r.sample(pool, g.r.randint(2, 5)):
        items.append((k, f()))
    for k, f in g.r.sample(negs, g.r.randint(3, 6)):
        items.append((k, f()))
    g.r.shuffle(items)
    return items


@tpl()
def env_file(g):
    d = Doc()
    svc = g.ch(g.dom["services"])
    d.add(g.ch([f"# {svc}/.env.production\n", "# .env\n", f"# env for {svc} - DO NOT COMMIT\n", ""]))
    d.add("APP_NAME=", svc, "\nAPP_ENV=", g.ch(["production", "staging", "prod"]), "\n")
    for k, v in _secret_kv(g):
        q = g.ch(["", "", '"', "'"]) if not (len(v) == 1 and isinstance(v[0], Neg)) else ""
        d.add(k, "=", q, v, q, "\n")
    if g.chance(0.5):
        d.add("SUPPORT_EMAIL=", g.email(g.person(), domain=g.dom["orgs"][0][1]), "\n")
    if g.chance(0.3):
        d.add("ONCALL_PHONE=", g.phone("US"), "\n")
    return d


@tpl()
def config_yaml(g):
    d = Doc()
    svc = g.ch(g.dom["services"])
    d.add(g.ch([f"# config/{svc}.yaml\n", "# settings.yml\n", "---\n", ""]))
    d.add("service:\n  name: ", svc, "\n  version: ", g.version(), "\n  port: ", g.port(), "\n")
    d.add("database:\n  host: ", g.ipv4(g.ch(["10", "172"])) if g.chance(0.5) else _host(g), "\n  port: ", N("5432"),
          "\n  user: ", N(g.ch(["svc_app", "app", "etl"])), "\n  password: ")
    if g.chance(0.75):
        q = g.ch(["", '"', "'"])
        d.add(q, g.password(), q, "\n")
    else:
        d.add(N(g.ch(["${DB_PASSWORD}", "\"<set-in-vault>\"", "'********'", "{{ db_password }}"])), "\n")
    d.add("  pool_size: ", N(str(g.r.randint(5, 40))), "\n  timeout: ", N(str(g.ch([5, 10, 30, 60]))), "\n")
    k = g.r.sample(["stripe", "slack", "aws", "gh", "generic", "jwt"], g.r.randint(1, 3))
    d.add("integrations:\n")
    if "stripe" in k:
        d.add("  stripe:\n    secret_key: ", g.stripe_key(), "\n    webhook_secret: ", g.generic_secret(), "\n")
    if "slack" in k:
        d.add("  slack:\n    bot_token: ", g.slack_token(), "\n    channel: \"", g.ch(["#alerts", "#ops", "#billing"]), "\"\n")
    if "aws" in k:
        d.add("  aws:\n    access_key_id: ", g.aws_key(), "\n    secret_access_key: ", g.aws_secret(), "\n    region: ", N("us-east-1"), "\n")
    if "gh" in k:
        d.add("  github:\n    token: ", g.gh_token(), "\n")
    if "generic" in k:
        d.add("  partner_api:\n    base_url: ", g.url(host="api." + g.dom["orgs"][1][1]), "\n    api_key: ", g.generic_secret(), "\n")
    if "jwt" in k:
        d.add("  auth:\n    service_token: ", g.jwt(), "\n    algorithm: HS256\n")
    d.add("notifications:\n  oncall: ", g.email(g.person(), domain=g.dom["orgs"][0][1]), "\n  password_policy: strict\n")
    return d


@tpl()
def json_config(g):
    d = Doc()
    d.add(g.ch(["// appsettings.Production.json\n", "config.json:\n", ""]))
    d.add('{\n  "Logging": {"LogLevel": {"Default": "Warning"}},\n')
    d.add('  "ConnectionStrings": {\n    "Main": "Server=', g.ipv4("10") if g.chance(0.5) else _host(g),
          ';Database=', g.ch(["Records", "Billing", "Members"]), ';User Id=', N(g.ch(["sa", "app_rw", "svc"])), ';Password=', g.password(dsn_safe=True), ';"\n  },\n')
    d.add('  "Smtp": {"Host": "smtp.', g.dom["orgs"][0][1], '", "User": "', g.email(g.person(), domain=g.dom["orgs"][0][1]), '", "Password": "')
    d.add(g.password() if g.chance(0.6) else N("${SMTP_PASS}"), '"},\n')
    d.add('  "Payments": {"Provider": "stripe", "SecretKey": "', g.stripe_key() if g.chance(0.6) else N("sk_test_placeholder"), '"},\n')
    if g.chance(0.5):
        d.add('  "Auth": {"Issuer": "', g.url(host="login." + g.dom["orgs"][0][1]), '", "ClientSecret": "', g.generic_secret(), '"},\n')
    d.add('  "FeatureFlags": {"NewPortal": true, "MaxRetries": 3},\n  "AllowedHosts": "*"\n}')
    return d


@tpl()
def aws_credentials(g):
    d = Doc()
    d.add(g.ch(["~/.aws/credentials\n\n", "cat ~/.aws/credentials\n", "# credentials file from the jump box\n", ""]))
    for prof in g.r.sample(["default", "prod", "staging", "backup", "reporting"], g.r.randint(1, 2)):
        d.add("[", prof, "]\naws_access_key_id = ", g.aws_key(), "\naws_secret_access_key = ", g.aws_secret(), "\n")
        if g.chance(0.5):
            d.add("region = ", N(g.ch(["us-east-1", "us-west-2", "eu-west-1"])), "\n")
        d.add("\n")
    if g.chance(0.5):
        d.add("[profile sandbox]\naws_access_key_id = ", N("AKIA" + "X" * 4 + "EXAMPLE"), "\naws_secret_access_key = ", N("<see 1password>"), "\n")
    return d


@tpl()
def k8s_secret(g):
    d = Doc()
    svc = g.ch(g.dom["services"])
    d.add("apiVersion: v1\nkind: Secret\nmetadata:\n  name: ", svc, "-secrets\n  namespace: ", g.ch(["prod", "default", "apps"]), "\n")
    d.add("type: Opaque\nstringData:\n")
    d.add("  DB_PASSWORD: \"", g.password(), "\"\n")
    for k, f in g.r.sample([("STRIPE_KEY", g.stripe_key), ("SLACK_TOKEN", g.slack_token), ("API_SECRET", g.generic_secret),
                            ("GITHUB_PAT", g.gh_token), ("JWT", g.jwt)], g.r.randint(1, 3)):
        d.add("  ", k, ": \"", f(), "\"\n")
    d.add("---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ", svc, "\nspec:\n  replicas: ", N(str(g.r.randint(1, 6))),
          "\n  template:\n    spec:\n      containers:\n        - name: app\n          image: registry.local/", svc, ":", g.version(),
          "\n          resources:\n            limits:\n              memory: ", g.size(), "\n")
    return d


@tpl()
def docker_compose(g):
    d = Doc()
    svc = g.ch(g.dom["services"])
    d.add("version: \"3.8\"\nservices:\n  ", svc, ":\n    image: ", svc, ":", g.version(), "\n    ports:\n      - \"", g.port(), ":", g.port(), "\"\n")
    d.add("    environment:\n")
    for k, v in _secret_kv(g):
        d.add("      - ", k, "=", v, "\n")
    d.add("  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ", g.password() if g.chance(0.7) else N("${POSTGRES_PASSWORD}"),
          "\n    volumes:\n      - ", N("./data/pg:/var/lib/postgresql/data"), "\n")
    return d


@tpl()
def app_log(g):
    d = Doc()
    svc = g.ch(g.dom["services"])
    fmt = g.ch(["json", "plain", "apache"])
    seq = g.log_seq(style={"json": "iso_ms", "plain": g.ch(["comma", "isoz", "space"]), "apache": "apache"}[fmt])
    for _ in range(g.r.randint(4, 9)):
        ts = seq()
        if fmt == "apache":
            pth = g.ch(["/login", "/api/v2/records/", "/static/app.js", "/health", "/billing/pay"])
            d.add(g.ip(), " - - [", ts, "] \"", g.ch(["GET", "POST", "PUT"]), " ", pth,
                  N(str(g.r.randint(1, 99999))) if pth.endswith("/") else "", " HTTP/1.1\" ", g.http_code(), " ", N(str(g.r.randint(200, 90000))),
                  " \"-\" \"", g.ch(["Mozilla/5.0 (Windows NT 10.0; Win64; x64)", "curl/8.4.0", "okhttp/4.12.0", "kube-probe/1.29"]), "\"\n")
            continue
        lvl = g.ch(["INFO", "INFO", "WARN", "ERROR", "DEBUG"])
        k = g.ch(["req", "login", "mail", "token", "sms", "pay", "plain", "plain"])
        if k == "req":
            msg = ["request completed path=/api/v2/", g.ch(["records", "members", "bookings"]), "/", N(str(g.r.randint(100, 99999))), " status=", g.http_code(), " dur=", N(f"{g.r.randint(2, 900)}ms"), " ip=", g.ip()]
        elif k == "login":
            msg = ["login ", g.ch(["failed", "succeeded"]), " for ", g.email(g.person()), " from ", g.ip(), " attempt=", N(str(g.r.randint(1, 5)))]
        elif k == "mail":
            msg = ["queued notification to=", g.email(g.person()), " template=", g.ch(["reminder_v2", "receipt", "password_reset"]), " id=", g.uuid()]
        elif k == "token":
            msg = ["outbound call headers={'Authorization': 'Bearer ", g.jwt(), "', 'X-Request-Id': '", g.uuid(), "'}"]
        elif k == "sms":
            msg = ["sms sent to ", g.phone(), " sid=", N("SM" + g.hexs(32))]
        elif k == "pay":
            msg = ["charge ", g.ch(["declined", "captured"]), " amount=", g.price(), " card=", g.card_last4(), " order=", g.order_no()]
        else:
            msg = [g.ch(["cache warmed in ", "gc pause ", "retrying in "]), N(f"{g.r.randint(1, 999)}ms"), " pid=", N(str(g.r.randint(100, 65000)))]
        if fmt == "json":
            d.add('{"ts":"', ts, '","level":"', lvl.lower(), '","svc":"', svc, '","msg":"', msg, '"}\n')
        else:
            d.add(ts, " ", lvl, g.ch(["  ", " "]), "[", svc, "] ", msg, "\n")
    return d


@tpl()
def stack_trace(g):
    d = Doc()
    svc = g.ch(g.dom["services"]).replace("-", "_")
    d.add(g.log_ts(style="comma"), " ERROR ", svc, " unhandled exception\n")
    d.add("Traceback (most recent call last):\n  File \"/app/", svc, "/worker.py\", line ", N(str(g.r.randint(20, 400))), ", in run\n    conn = connect(settings.DSN)\n")
    d.add("  File \"/usr/local/lib/python3.11/site-packages/psycopg2/__init__.py\", line 122, in connect\n    conn = _connect(dsn, connection_factory=connection_factory, **kwasync)\n")
    host = g.ipv4(g.ch(["10", "172", "192"]))
    d.add("psycopg2.OperationalError: connection to server at \"", host, "\", port 5432 failed: FATAL:  password authentication failed for user \"",
          N(g.ch(["etl", "app", "report_user"])), "\"\n\n")
    d.add(g.ch(["DEBUG settings.DSN = ", "local vars: dsn = ", "Effective config: DSN="]), "'host=", E(host.text, "IP_ADDRESS"), " dbname=", g.ch(["ehr", "loans", "crm", "ils"]),
          " user=etl password=", g.password(dsn_safe=True), " sslmode=require'\n")
    if g.chance(0.5):
        d.add("Sentry event ", N(g.hexs(32)), " | release ", g.version(), " | user ", g.email(g.person()), "\n")
    return d


@tpl()
def git_diff(g):
    d = Doc()
    au = g.person()
    d.add("commit ", g.sha(False), "\nAuthor: ", g.name(au, "full"), " <", g.email(au, domain=g.ch([g.dom["orgs"][0][1], "users.noreply.github.com", "gmail.com"])), ">\n")
    gd = g.evt_date()
    d.add("Date:   ", N(gd.strftime("%a %b ") + f"{gd.day} {g.r.randint(0, 23):02d}:{g.r.randint(0, 59):02d}:{g.r.randint(0, 59):02d} {gd.year} " + g.ch(["-0400", "-0500", "-0700", "+0100", "+0530"])), "\n\n")
    d.add("    ", g.ch(["wire up payments config", "fix flaky integration test", "temp: hardcode creds for demo", "add slack alerts", "bump deps"]), "\n\n")
    path = g.ch(["config/settings.py", "src/config.ts", "deploy/values.yaml", ".github/workflows/deploy.yml", "app/secrets.rb"])
    d.add("diff --git a/", path, " b/", path, "\nindex ", g.sha(True), "..", g.sha(True), " 100644\n--- a/", path, "\n+++ b/", path, "\n")
    d.add("@@ -", N(str(g.r.randint(1, 80))), ",6 +", N(str(g.r.randint(1, 80))), ",9 @@\n")
    d.add(" DEBUG = False\n TIMEOUT = ", N(str(g.ch([10, 30]))), "\n")
    d.add("-STRIPE_KEY = os.environ[\"STRIPE_KEY\"]\n")
    for k, f in g.r.sample([("STRIPE_KEY", g.stripe_key), ("AWS_ACCESS_KEY_ID", g.aws_key), ("AWS_SECRET_ACCESS_KEY", g.aws_secret),
                            ("SLACK_WEBHOOK_TOKEN", g.slack_token), ("GH_TOKEN", g.gh_token), ("DB_PASSWORD", g.password),
                            ("SIGNING_SECRET", g.generic_secret)], g.r.randint(1, 3)):
        d.add("+", k, " = \"", f(), "\"\n")
    d.add(" LOG_LEVEL = \"info\"\n")
    return d


@tpl()
def shell_history(g):
    d = Doc()
    pr = g.ch(["$ ", "deploy@bastion:~$ ", "% ", "PS C:\\> "])
    host = "api." + g.dom["orgs"][0][1]
    lines = []
    lines.append([pr, "export AWS_ACCESS_KEY_ID=", g.aws_key()])
    lines.append([pr, "export AWS_SECRET_ACCESS_KEY=", g.aws_secret()])
    lines.append([pr, "aws s3 ls s3://", g.ch(["exports-prod", "backups-", "reports-"]), N(g.hexs(6)), "/ --recursive | tail -", N("5")])
    lines.append([pr, "curl -s -H \"Authorization: Bearer ", g.jwt(), "\" ", g.url(host=host), " | jq ."])
    dbn = {"pediatric_clinic": "ehr", "mortgage_lending": "loans", "airline_customer_service": "pnr", "hotel_reservations": "pms",
           "gym_membership": "members", "telecom_support": "billing", "clinical_trials": "edc", "public_library": "ils"}[g.dom["name"]]
    lines.append([pr, "mysql -h ", g.ipv4("10"), " -u admin -p'", g.password(), "' ", dbn])
    lines.append([pr, "psql \"", _dsn(g), "\" -c 'select count(*) from users;'"])
    lines.append([pr, "git log --oneline -3"])
    lines.append([pr, "kubectl rollout restart deploy/", g.ch(g.dom["services"])])
    lines.append([pr, "curl -X POST -H 'Content-Type: application/json' -d '{\"text\":\"deploy done\"}' -H 'Authorization: Bearer ", g.slack_token(), "' https://slack.com/api/chat.postMessage"])
    lines.append([pr, "export GITHUB_TOKEN=", g.gh_token()])
    lines.append([pr, "ping -c 3 ", g.ip()])
    lines.append([pr, "history | grep -i pass"])
    chosen = g.r.sample(lines, g.r.randint(3, 6))
    for i, l in enumerate(chosen):
        if g.chance(0.3):
            d.add(N(f"  {g.r.randint(100, 2000)}  "))
        d.add(l, "\n")
    return d


@tpl()
def private_key_paste(g):
    d = Doc()
    o = org(g)
    a, b = g.person(), g.person()
    st = g.ch(["chat", "email", "ticket"])
    if st == "chat":
        d.add(g.name(a, "first"), ": ", g.ch(["here's the deploy key for the sftp drop, pls delete after", "pasting the key since the vault is down",
                                              "this is the key the vendor sent"]), "\n\n")
    elif st == "email":
        d.add("From: ", g.name(a, "full"), " <", g.staff_email(a, o[1]), ">\nTo: ", g.email(b), "\nSubject: ", g.ch(["SFTP access", "key for the integration", "server access"]), "\n\n",
              "Hi ", g.name(b, "first"), ",\n\nAs discussed, the private key for the upload account is below.\n\n")
    else:
        d.add("Ticket ", g.ticket_id(), " - vendor SFTP onboarding\nComment from ", g.name(a, "full"), ":\n")
    d.add(g.private_key(), "\n\n")
    d.add("Host: ", N(g.ch(["sftp.", "files.", "transfer."]) + o[1]), "  Port: ", N(g.ch(["22", "2222", "22"])), "  User: ", N(g.ch(["svc_upload", "vendor_drop", "edi"])), "\n")
    if g.chance(0.4):
        d.add("Passphrase: ", g.password(), "\n")
    if g.chance(0.4):
        d.add("Fingerprint: ", N("SHA256:" + g.alnum(43, string.ascii_letters + string.digits + "+/")), "\n")
    return d


@tpl()
def http_request_dump(g):
    d = Doc()
    host = "api." + g.dom["orgs"][0][1]
    d.add(g.ch(["POST", "GET", "PATCH"]), " /v", N(str(g.r.randint(1, 3))), "/", g.ch(["records", "members", "bookings", "accounts"]), "/", N(str(g.r.randint(100, 99999))), " HTTP/1.1\n")
    d.add("Host: ", N(host), "\n")
    k = g.ch(["jwt", "generic", "stripe"])
    if k == "jwt":
        d.add("Authorization: Bearer ", g.jwt(), "\n")
    elif k == "generic":
        d.add("X-Api-Key: ", g.generic_secret(), "\n")
    else:
        d.add("Authorization: Bearer ", g.stripe_key(), "\n")
    d.add("X-Forwarded-For: ", g.ip(), "\nX-Request-Id: ", g.uuid(), "\nContent-Type: application/json\n\n")
    p = g.person()
    d.add('{"name": "', g.name(p, "full"), '", "email": "', g.email(p), '", "phone": "', g.phone(), '"}\n\n')
    code, reason = g.ch([("200", "OK"), ("201", "Created"), ("400", "Bad Request"), ("401", "Unauthorized"), ("403", "Forbidden"),
                         ("422", "Unprocessable Entity"), ("500", "Internal Server Error"), ("502", "Bad Gateway")])
    d.add("HTTP/1.1 ", N(code), " ", reason, "\nContent-Length: ", N(str(g.r.randint(20, 4000))), "\n")
    return d

# ---------------------------------------------------------------------------
# Domain-specific templates
# ---------------------------------------------------------------------------

@tpl(domains=["mortgage_lending"], weight=2)
def loan_application(g):
    d = Doc()
    b = g.person()
    co = g.person() if g.chance(0.4) else None
    o = org(g)
    d.add("UNIFORM RESIDENTIAL LOAN APPLICATION - SUMMARY\n", o[0], "   NMLS# ", N(str(g.r.randint(100000, 2999999))), "\n\n")
    d.add("Section 1a. Borrower Information\n")
    d.add("Name (First, Middle, Last): ", E(f"{b.first} {b.mi}. {b.last}", "PERSON"), "\n")
    d.add("Social Security Number: ", g.ssn("dash"), "     Date of Birth (mm/dd/yyyy): ", g.dob(style="us"), "\n")
    d.add("Citizenship: ", g.ch(["U.S. Citizen", "Permanent Resident Alien", "Non-Permanent Resident Alien"]), "\n")
    d.add("Current Address: ", g.address(), "   How long at current address? ", N(f"{g.r.randint(1, 15)} yrs {g.r.randint(0, 11)} mos"), "\n")
    if g.chance(0.5):
        d.add("Former Address: ", g.address(), "\n")
    d.add("Mailing address: ", g.ch(["same", "Same as current"]) if g.chance(0.7) else g.po_box(), "\n")
    d.add("Contact: ", g.phone("US"), " (cell)   ", g.email(b), "\n")
    d.add("ID: Driver's License ", g.dl(), " issued by ", E(g.ch(list(US_STATES.values())), "LOCATION"), "\n\n")
    if co:
        d.add("Co-Borrower: ", g.name(co, "full"), "   SSN: ", g.ssn("dash"), "   DOB: ", g.dob(style="us"), "\n\n")
    d.add("Section 1b. Current Employment\n")
    d.add("Employer: ", g.ch(["Brightline Logistics LLC", "Tri-County School District", "Northwind Health System", "Harbor Freight Tools", "Self-employed (consulting)"]),
          "   Phone: ", g.phone("US"), "\n")
    d.add("Position: ", g.ch(["Operations Manager", "Teacher", "RN", "Software Engineer", "Electrician"]), "   Start date: ", g.dt(with_time=False, style="us", d=g.evt_date(2008, 2022)),
          "   Base income: ", g.price(), "/mo\n\n")
    d.add("Section 2. Assets\n")
    d.add("Checking - ", g.ch(["Chase", "Wells Fargo", "Navy Federal CU", "Ally Bank"]), "  Account # ", g.account(), "  Balance: ", g.price(), "\n")
    if g.chance(0.3):
        d.add("Foreign account (IBAN): ", g.iban(), "  Balance: ", g.price(), "\n")
    d.add("\nLoan #: ", g.account(), "   Loan amount: ", g.price(), "   Rate: ", g.pct(), "   Term: 360 mo\n")
    d.add("Loan officer: ", g.name(g.person(), "full"), "  NMLS ", N(str(g.r.randint(100000, 2999999))), "\n")
    if g.chance(0.4):
        d.add("Test record (ignore): SSN ", g.ssn_invalid(), "\n")
    return d


@tpl(domains=["mortgage_lending", "hotel_reservations", "clinical_trials"], weight=1)
def wire_instructions(g):
    d = Doc()
    o = org(g)
    ben = g.person()
    d.add(g.ch(["WIRE INSTRUCTIONS", "Payment details for international transfer", "Bank details for refund", "Remittance information"]), "\n\n")
    d.add("Beneficiary: ", g.name(ben, g.ch(["full", "mi"]), case=g.ch([None, "upper"])) if g.chance(0.6) else [o[0]], "\n")
    d.add("Beneficiary address: ", g.address(country=g.ch(["US", "UK", "DE", "FR"])), "\n")
    cc = g.ch(["DE", "GB", "FR", "NL", "ES", "IT"])
    d.add("Bank: ", {"DE": "Deutsche Bank AG", "GB": "Barclays Bank PLC", "FR": "BNP Paribas", "NL": "ABN AMRO", "ES": "Banco Santander", "IT": "UniCredit S.p.A."}[cc], "\n")
    d.add("IBAN: ", g.iban(cc, gb_bank="BARC"), "\n")
    d.add("BIC/SWIFT: ", N({"DE": "DEUTDEFF", "GB": "BARCGB22", "FR": "BNPAFRPP", "NL": "ABNANL2A", "ES": "BSCHESMM", "IT": "UNCRITMM"}[cc]), "\n")
    if g.chance(0.5):
        d.add("US correspondent account: ", g.account(), "  ABA ", N(g.ch(["021000021", "026009593", "011000138"])), "\n")
    d.add("Reference: ", g.order_no(), "\nAmount: ", g.price(), "\n\n")
    d.add(g.ch(["Please call to verify before sending any funds. ", "Never trust changed wire instructions received by email. "]),
          "Verification line: ", g.phone(), "\n")
    return d


@tpl(domains=["hotel_reservations"], weight=2)
def hotel_confirmation(g):
    d = Doc()
    o = org(g)
    guest = g.person()
    d.add(o[0], "\n", g.address(country="US"), "\n", g.phone("US"), "\n\n")
    d.add(g.ch(["Reservation Confirmation", "Your stay is confirmed", "Booking confirmation"]), "\n")
    d.add("Confirmation number: ", g.booking_ref() if g.chance(0.5) else N(g.digits(10)), "\n\n")
    d.add("Dear ", g.pname(guest), ",\n\nThank you for choosing ", o[0], ". Your reservation details:\n\n")
    arr = g.evt_date()
    dep = arr + timedelta(days=g.r.randint(1, 9))
    d.add("Guest: ", g.name(guest, g.ch(["full", "last_first"]), case=g.ch([None, "upper"])), "\n")
    d.add("Arrival: ", g.dt(arr, with_time=False, allow_noyear=False), "\n")
    d.add("Departure: ", g.dt(dep, with_time=False, allow_noyear=False), "\n")
    d.add("Room: ", g.ch(["Deluxe King", "Two Queen Beds", "Junior Suite", "Ocean View King", "Accessible Queen"]), "  Rate: ", g.price(), "/night (", N(g.ch(["BAR", "AAA", "GOV", "CORP"])), ")\n")
    d.add("Guarantee: ", g.ch(["Visa ", "Mastercard ", "Amex "]), g.card_last4() if g.chance(0.6) else g.card(), "\n")
    if g.chance(0.5):
        d.add("Loyalty #: ", g.account(), "\n")
    if g.chance(0.4):
        d.add("Special requests: ", g.ch(["high floor", "crib", "late arrival", "quiet room away from elevator"]), "\n")
    d.add("\nManage your booking: ", g.url(), "\n")
    d.add("Cancellation policy: free cancellation until ", g.ch(["48 hours", "72 hours", "24 hours"]), " before arrival.\n")
    return d


@tpl(domains=["airline_customer_service"], weight=2)
def flight_itinerary(g):
    d = Doc()
    o = org(g)
    pax = [g.person() for _ in range(g.r.randint(1, 3))]
    d.add(o[0], " - ", g.ch(["E-ticket receipt", "Itinerary", "Trip confirmation"]), "\n")
    d.add("Booking reference: ", g.booking_ref(), "\n\n")
    d.add("Passengers:\n")
    for p in pax:
        st = g.ch(["pnr", "full", "caps"])
        if st == "pnr":
            d.add("  ", E(f"{slug(p.last).upper()}/{slug(p.first).upper()}", "PERSON"), " ", g.ch(["MR", "MS", "MRS", ""]), "  Ticket ", N("0" + g.digits(12)))
        else:
            d.add("  ", g.name(p, "full", case="upper" if st == "caps" else None), "  Ticket ", N("0" + g.digits(12)))
        if g.chance(0.5):
            d.add("  FF# ", g.account())
        d.add("\n")
    d.add("\nFlights:\n")
    dd = g.evt_date()
    for leg in range(g.r.randint(1, 3)):
        a, b = g.city(), g.city()
        while b == a:
            b = g.city()
        d.add("  ", g.flight_no(), "  ", g.dt(dd + timedelta(days=leg * g.r.randint(0, 6)), with_time=True, style=g.ch(["d_mon_y", "wk_short", "mon_d_y"])),
              "  ", E(a, "LOCATION"), " -> ", E(b, "LOCATION"), "  Seat ", g.seat(), "  ", g.ch(["Economy", "Main", "Premium", "Business"]), "\n")
    d.add("\nContact: ", g.email(pax[0]), "  ", g.phone(), "\n")
    d.add("Total paid: ", g.price(), "  Form of payment: ", g.card_last4(), "\n")
    d.add("Baggage: ", g.ch(["1 x 23kg", "carry-on only", "2 x 23kg"]), "\n")
    return d


@tpl(domains=["airline_customer_service"], weight=1.5)
def baggage_claim(g):
    d = Doc()
    p = g.person()
    d.add(g.ch(["DELAYED BAGGAGE REPORT", "Property Irregularity Report", "Baggage claim form"]), "\n")
    d.add("File reference: ", N(g.ch(["DEN", "ORD", "SFO", "JFK", "ATL", "LHR", "FRA"]) + g.ch(["UA", "DL", "AA", "BA"]) + g.digits(5)), "\n")
    d.add("Passenger: ", g.name(p, g.ch(["last_first", "full"]), case="upper"), "\n")
    d.add("Flight: ", g.flight_no(), " on ", g.dt(with_time=False, allow_noyear=False), " from ", E(g.city(), "LOCATION"), "\n")
    d.add("Bag tag: ", N(g.digits(10)), "  Color/type: ", g.ch(["BK 22", "BU 25", "RD 27", "GY 02"]), "  Brand: ", g.ch(["Samsonite", "Away", "Tumi", "unknown"]), "\n")
    d.add("Delivery address: ", g.address(multiline=g.chance(0.3)), "\n")
    d.add("Temporary address until ", g.dt(with_time=False, allow_noyear=True), ": ", g.address(country=g.ch(["US", "UK", "FR", "DE"])), "\n" if g.chance(0.5) else "\n")
    d.add("Phone: ", g.phone(), "   Email: ", g.email(p), "\n")
    d.add("Contents: ", g.ch(["clothes, toiletries, laptop charger", "children's clothing and a stroller", "work uniform, shoes"]), "\n")
    return d


@tpl(domains=["gym_membership"], weight=2)
def gym_agreement(g):
    d = Doc()
    o = org(g)
    m = g.person()
    d.add(o[0].upper(), " - MEMBERSHIP AGREEMENT\n\n")
    d.add("Member: ", g.name(m, g.ch(["full", "mi"])), "    DOB: ", g.dob(), "\n")
    d.add("Address: ", g.address(), "\n")
    d.add("Phone: ", g.phone(), "    Email: ", g.email(m), "\n")
    d.add("Plan: ", g.ch(["Monthly Basic", "Annual Premium (paid in full)", "Family Plus", "Student"]), "   Dues: ", g.price(), "   Enrollment fee: ", g.price(), "\n")
    d.add("Start date: ", g.dt(with_time=False, allow_noyear=False), "\n")
    pay = g.ch(["card", "ach", "both"])
    if pay in ("card", "both"):
        d.add("Card on file: ", g.card(), "\n")
    if pay in ("ach", "both"):
        d.add("EFT draft - Routing: ", N(g.ch(["021000021", "011000138", "121000358"])), "  Checking acct #: ", g.account(), "\n")
    if g.chance(0.5):
        ec = g.person()
        d.add("Emergency contact: ", g.name(ec, "full"), " (", g.ch(["spouse", "mother", "friend", "brother"]), ") ", g.phone(), "\n")
    if g.chance(0.4):
        d.add("Photo ID verified: DL# ", g.dl(), "\n")
    d.add("\nI understand the 30-day cancellation notice and the annual maintenance fee. Club rules apply; towel service not included.\n")
    d.add("Member signature: ", g.name(m, "full"), "    Staff: ", g.name(g.person(), "first"), "\n")
    return d


@tpl(domains=["telecom_support"], weight=2)
def router_diag(g):
    d = Doc()
    cust = g.person()
    d.add(g.ch(["Gateway diagnostics", "CPE status page (copied)", "Modem log export", "Tech notes - site visit"]), "\n")
    d.add("Account holder: ", g.name(cust, "full"), "  ", id_frag(g, "account"), "\n")
    d.add("Model: ", g.ch(["XB7", "C4000LG", "NVG599", "TG3482G"]), "  FW: ", g.version(), "  Serial: ", N(g.alnum(12, string.ascii_uppercase + string.digits)), "\n")
    d.add("MAC: ", N(":".join(g.hexs(2, upper=True) for _ in range(6))), "\n")
    d.add("WAN IPv4: ", g.ipv4("pub"), "   Gateway: ", g.ipv4("pub"), "\n")
    if g.chance(0.6):
        d.add("WAN IPv6: ", g.ipv6(), "\n")
    d.add("LAN: ", g.ipv4("192"), "/24  DHCP range .100-.200\n")
    d.add("DNS: ", E(g.ch(["8.8.8.8", "1.1.1.1", "9.9.9.9", "208.67.222.222"]), "IP_ADDRESS"), ", ", E(g.ch(["8.8.4.4", "1.0.0.1", "149.112.112.112"]), "IP_ADDRESS"), "\n")
    d.add("Downstream SNR: ", N(f"{g.r.randint(28, 42)}.{g.r.randint(0, 9)} dB"), "  Power: ", N(f"{g.r.randint(-8, 8)}.{g.r.randint(0, 9)} dBmV"), "\n")
    d.add("Uptime: ", N(f"{g.r.randint(0, 40)}d {g.r.randint(0, 23)}h"), "\n")
    ssid = g.ch(["HOME-", "NETGEAR", "MyWiFi-", "TheLAN", "FBI_Van_"]) + g.alnum(2, string.ascii_uppercase + string.digits)
    d.add("Wi-Fi SSID: ", N(ssid), "   Passphrase: ", g.password(), "\n")
    if g.chance(0.5):
        d.add("Admin login: admin / ", g.password(), "\n")
    d.add("Tech: ", g.name(g.person(), "full"), "   Visit: ", g.dt(with_time=True, allow_noyear=True), "\n")
    d.add("Notes: ", note(g), "\n")
    return d


@tpl(domains=["telecom_support"], weight=1)
def port_request(g):
    d = Doc()
    p = g.person()
    d.add("NUMBER PORT-IN REQUEST\n")
    d.add("Name on losing carrier account: ", g.name(p, "full", case=g.ch([None, "upper"])), "\n")
    d.add("Number(s) to port: ", g.phone("US"))
    if g.chance(0.4):
        d.add(", ", g.phone("US"))
    d.add("\nLosing carrier account #: ", g.account(), "\nTransfer PIN: ", N("****"), "\n")
    d.add("Billing address on old account: ", g.address(), "\n")
    d.add("Authorized by: ", g.name(p, "full"), " on ", g.dt(with_time=False, allow_noyear=False), "\n")
    d.add("Status: ", g.ch(["Submitted", "Pending FOC", "Rejected - address mismatch", "Completed"]), "  Order ", g.order_no(), "\n")
    return d


@tpl(domains=["clinical_trials"], weight=2)
def adverse_event_report(g):
    d = Doc()
    o = org(g)
    pi = g.person()
    rep = g.person()
    d.add(g.ch(["ADVERSE EVENT REPORT FORM", "SAE Report - Initial", "AE/SAE worksheet"]), "\n")
    d.add("Protocol: ", N(g.ch(["NFR-2201", "ATN-043", "LCRC-17-009", "VOT-311"])), "   Site: ", N(str(g.r.randint(101, 140))), " - ", E(g.city(), "LOCATION"), "\n")
    d.add("Subject ID: ", N(f"{g.r.randint(100, 450)}-{g.digits(4)}"), "   Year of birth: ", N(str(g.r.randint(1940, 2003))), "   Sex: ", g.ch(["F", "M"]), "\n")
    if g.chance(0.6):
        d.add("Hospital MRN (source): ", g.mrn(), "\n")
    d.add("Event term: ", g.ch(["Headache", "Nausea", "Elevated ALT", "Syncope", "Rash, maculopapular", "Pneumonia"]), "  CTCAE grade: ", N(str(g.r.randint(1, 4))), "\n")
    d.add("Onset: ", g.dt(with_time=g.chance(0.5), allow_noyear=False), "   Resolved: ", g.dt(with_time=False, allow_noyear=False) if g.chance(0.6) else "ongoing", "\n")
    d.add("Serious: ", g.ch(["Yes - hospitalization", "No"]), "   Relationship to IP: ", g.ch(["Not related", "Possibly related", "Probably related"]), "\n")
    d.add("Narrative: Participant ", g.ch(["presented to the ED", "called the study line", "reported at the scheduled visit"]), " ",
          g.ch(["after a fall at home", "with fever and cough", "with lab abnormalities", ""]), ". ", note(g), "\n")
    if g.chance(0.5):
        d.add("Treated at ", g.ch(["St. Vincent's Medical Center", "Mercy General", "University Hospital", "Mayo Clinic"]), ", ", E(g.city(), "LOCATION"), ".\n")
    d.add("Reporter: ", g.name(rep, "full"), ", ", g.ch(["CRC", "Study Nurse", "Sub-I"]), "   ", g.staff_email(rep, o[1]), "\n")
    d.add("PI: ", g.name(pi, "full", title="Dr."), "   Date reported to sponsor: ", g.dt(with_time=False, allow_noyear=False), "\n")
    return d


@tpl(domains=["pediatric_clinic"], weight=1.5)
def immunization_record(g):
    d = Doc()
    kid = g.person()
    par = g.person()
    o = org(g)
    d.add(g.ch(["CERTIFICATE OF IMMUNIZATION", "Immunization History", "Vaccine record for school"]), "\n", o[0], "\n\n")
    d.add("Child: ", g.name(kid, g.ch(["full", "last_first"]), case=g.ch([None, "upper"])), "   DOB: ", g.dob(child=True), "   ", id_frag(g, "mrn"), "\n")
    d.add("Parent/Guardian: ", g.name(par, "full"), "   Phone: ", g.phone(), "\n\n")
    d.add("Vaccine        Dose  Date given       Lot\n")
    dd = g.evt_date(2018, 2024)
    for vac in g.r.sample(["DTaP", "IPV", "MMR", "Varicella", "Hep B", "Hep A", "Hib", "PCV15", "Tdap", "HPV", "Influenza", "COVID-19"], g.r.randint(3, 6)):
        dd = dd + timedelta(days=g.r.randint(30, 300))
        d.add(vac.ljust(15), N(str(g.r.randint(1, 4))), "     ", E(g.fmt_date(dd, g.ch(["us", "iso", "us_short"])), "DATE_TIME"), "       ",
              N(g.alnum(6, string.ascii_uppercase + string.digits)), "\n")
    d.add("\nReviewed by: ", g.name(g.person(), "full"), ", RN\n")
    return d


@tpl(domains=["public_library"], weight=2)
def library_notice(g):
    d = Doc()
    o = org(g)
    p = g.person()
    d.add(g.ch(["OVERDUE NOTICE", "Courtesy reminder: items due soon", "Hold ready for pickup", "Billing notice - lost items"]), "\n", o[0], "\n\n")
    d.add(g.name(p, g.ch(["full", "mi"]), case=g.ch([None, "upper"])), "\n", g.address(multiline=True), "\n\n")
    d.add(id_frag(g, "account", cue=g.ch(["Patron account #: ", "Account: ", "Library account no. "])), "\n\n")
    d.add("Dear ", g.name(p, "first"), ",\n\nOur records show the following item(s):\n\n")
    titles = ["The Quiet Orchard", "A Field Guide to Northern Birds", "Cooking for Two on a Budget", "The Last Lighthouse",
              "Intro to Python Programming", "Harbor Lights (DVD)", "Stories for Sleepy Bears", "The Long Winter Road",
              "Home Repair Basics", "Knitting for Beginners", "Echoes of the Canyon"]
    for t in g.r.sample(titles, g.r.randint(1, 3)):
        au = g.person()
        d.add("- ", t, " / ", g.name(au, g.ch(["full", "last_first"])), "  barcode ", N("3" + g.digits(13)), "  due ",
              g.dt(with_time=False, style=g.ch(["us", "mon_d_y", "iso"])), "  fine ", g.price(), "\n")
    d.add("\nRenew online at ", g.url(host="catalog." + o[1]), " or call ", g.phone("US"), ".\n")
    if g.chance(0.4):
        d.add("Items can be returned at any branch, including the book drop on ", N(g.ch(["Main Street", "the north lot"])), ".\n")
    return d


@tpl(domains=["public_library"], weight=1.5)
def library_program_signup(g):
    d = Doc()
    o = org(g)
    d.add(g.ch(["Program registrations", "Summer Reading signups", "Tech Help appointments", "Storytime roster"]), " - ", o[0], "\n")
    d.add("Session: ", g.dt(with_time=True, allow_noyear=False), "   Room: ", g.ch(["Community Room A", "Makerspace", "Children's area"]), "\n\n")
    for i in range(g.r.randint(3, 6)):
        p = g.person()
        d.add(N(f"{i + 1}."), " ", g.name(p, g.ch(["full", "last_first", "full"])))
        k = g.ch(["email", "phone", "both", "age"])
        if k in ("email", "both"):
            d.add(" - ", g.email(p))
        if k in ("phone", "both"):
            d.add(" - ", g.phone())
        if k == "age":
            d.add(" (age ", N(str(g.r.randint(4, 12))), ", guardian: ", g.name(g.person(), "full"), ")")
        d.add("\n")
    d.add("\nCapacity ", N(str(g.r.randint(10, 40))), "; waitlist opens ", g.rel_time(), ".\n")
    return d


@tpl(domains=["hotel_reservations", "gym_membership", "airline_customer_service", "telecom_support", "mortgage_lending"], weight=1)
def payment_in_chat(g):
    d = Doc()
    cust = g.person()
    ag = g.person()
    o = org(g)
    A, C = g.ch([("Agent", "Customer"), ("Support", "You"), ("agent", "me")])
    if g.chance(0.5):
        C = None
    cl = [E(cust.first, "PERSON")] if C is None else [C]
    d.add(A, ": Hi, I'm ", E(ag.first, "PERSON"), " from ", o[0], " billing. How can I help?\n")
    d.add(cl, ": ", g.ch(["my card got declined, can you try this one: ", "pls update my card to ", "charge it to "]), g.card(), " ",
          g.ch(["", "", "(new card)"]), "\n")
    d.add(A, ": ", g.ch(["For your security please don't share full card numbers in chat. I've masked it on our side.",
                         "Thanks - please use the secure payment link next time.", "Got it, processing now."]), "\n")
    if g.chance(0.5):
        d.add(A, ": Secure link: ", g.url(), "\n")
    d.add(cl, ": ", g.ch(["ok sorry", "thanks", "oh ok, my billing zip is the same as my address: ", "the billing address is "]))
    if d.segs[-1][0].endswith(": ") or d.segs[-1][0].endswith("is "):
        d.add(g.address())
    d.add("\n", A, ": ", g.ch(["Payment posted, confirmation ", "All set, receipt "]), g.order_no(), ".\n")
    return d


@tpl(domains=["airline_customer_service"], weight=1.5)
def eu261_claim(g):
    d = Doc()
    p = g.person()
    o = org(g)
    d.add(g.ch(["Compensation claim (EU 261/2004)", "Delay compensation request", "EC261 claim form"]), " - ", o[0], "\n\n")
    d.add("Passenger name: ", g.name(p, g.ch(["full", "mi"])), "\n")
    d.add("Booking reference: ", g.booking_ref(), "   Flight: ", g.flight_no(), "\n")
    d.add("Scheduled departure: ", g.dt(with_time=True, allow_noyear=False), "\n")
    a, b = g.ch(INTL_CITIES)[0], g.ch(INTL_CITIES)[0]
    d.add("Route: ", E(a, "LOCATION"), " - ", E(b, "LOCATION"), "   Arrival delay: ", N(f"{g.r.randint(3, 9)}h {g.r.randint(0, 59)}m"), "\n")
    d.add("Home address: ", g.address(country=g.ch(["UK", "DE", "FR", "US"])), "\n")
    d.add("Email: ", g.email(p), "   Phone: ", g.phone(g.ch(["GB", "DE", "FR", "US"])), "\n\n")
    d.add("Payment of compensation to:\nAccount holder: ", g.name(p, "full", case=g.ch([None, "upper"])), "\nIBAN: ", g.iban(g.ch(["DE", "GB", "FR", "NL", "ES", "IT"])), "\n")
    d.add("\nAmount claimed: ", g.price(250, 600, cur="€"), "\n")
    d.add("I confirm the information above is correct. Signed ", g.name(p, "full"), ", ", g.dt(with_time=False, allow_noyear=False), "\n")
    return d


@tpl(domains=["hotel_reservations"], weight=1.5)
def hotel_folio(g):
    d = Doc()
    o = org(g)
    guest = g.person()
    d.add(o[0], "\n", g.address(country="US"), "  |  ", g.phone("US"), "\n\nGUEST FOLIO\n")
    d.add("Guest: ", g.name(guest, g.ch(["full", "last_first"]), case=g.ch([None, "upper"])), "\n")
    d.add("Billing address: ", g.address(country=g.ch(["US", "US", "UK", "CA", "DE"])), "\n")
    d.add("Room: ", g.room_no(), "   Folio #: ", N(g.digits(7)), "\n")
    arr = g.evt_date()
    d.add("Arrival: ", g.dt(arr, with_time=False, style=g.ch(["us", "mon_d_y", "iso"])), "   Departure: ",
          g.dt(arr + timedelta(days=g.r.randint(1, 6)), with_time=False, style=g.ch(["us", "mon_d_y", "iso"])), "\n\n")
    for it in g.r.sample(["Room charge", "Occupancy tax", "Parking", "Room service", "Minibar", "Resort fee", "Spa"], g.r.randint(3, 5)):
        d.add(it.ljust(16), g.price(5, 400), "\n")
    d.add("\nPayment: ", g.ch(["VISA ", "MC ", "AMEX "]), g.card() if g.chance(0.5) else g.card_last4(), "   Auth ", N(g.alnum(6, string.ascii_uppercase + string.digits)), "\n")
    d.add("Balance due: ", g.price(0, 0), "\n")
    if g.chance(0.4):
        d.add("Company VAT ID: ", N(g.ch(["DE", "FR", "GB"]) + g.digits(9)), "\n")
    return d


@tpl(domains=["clinical_trials"], weight=1.5)
def stipend_tax_form(g):
    d = Doc()
    p = g.person()
    o = org(g)
    d.add(g.ch(["Participant payment setup", "Stipend / reimbursement enrollment", "W-9 information for participant payments"]), "\n", o[0], "\n\n")
    d.add("Name (as shown on tax return): ", g.name(p, g.ch(["full", "mi"]), case=g.ch([None, "upper"])), "\n")
    d.add("Taxpayer ID (SSN): ", g.ssn(), "\n")
    d.add("Address: ", g.address(country="US"), "\n")
    d.add("Date of birth: ", g.dob(), "\n")
    k = g.ch(["ach", "card", "iban"])
    if k == "ach":
        d.add("Direct deposit - routing ", N(g.ch(["021000021", "011000138", "121000358"])), ", account # ", g.account(), "\n")
    elif k == "card":
        d.add("Reloadable study card issued: ", g.card_last4(), "\n")
    else:
        d.add("EU site participant - IBAN: ", g.iban(), "\n")
    d.add("Visits completed: ", N(str(g.r.randint(1, 14))), "   Amount this period: ", g.price(25, 900, cur="$"), "\n")
    d.add("Coordinator: ", g.name(g.person(), "full"), "   ", g.dt(with_time=False, allow_noyear=False), "\n")
    return d


@tpl(domains=["pediatric_clinic", "clinical_trials"], weight=1.5)
def insurance_verification(g):
    d = Doc()
    pt = g.person()
    sub = g.person()
    child = g.dom.get("child")
    d.add(g.ch(["Eligibility & benefits check", "Insurance verification worksheet", "Ins. verification"]), "\n")
    d.add("Patient: ", g.name(pt, g.ch(["last_first", "full"])), "   DOB ", g.dob(child=child), "   ", id_frag(g, "mrn"), "\n")
    d.add("Subscriber: ", g.name(sub, "full"), " (", g.ch(["mother", "father", "self", "spouse"]), ")   Subscriber DOB: ", g.dob(), "\n")
    d.add("Payer: ", g.ch(["Aetna", "Cigna", "BlueCross BlueShield", "UnitedHealthcare", "Medicaid", "Humana"]), "   ",
          id_frag(g, "health_plan"), "   Group #: ", N(str(g.r.randint(10000, 999999))), "\n")
    d.add("Payer phone: ", g.phone("US"), "   Rep: ", g.name(g.person(), "first"), "   Call ref: ", g.ticket_id(), "\n")
    d.add("Copay: ", g.price(0, 75, cur="$"), "   Deductible met: ", g.pct(), "   Verified on ", g.dt(with_time=g.chance(0.5), allow_noyear=False), "\n")
    return d


@tpl(domains=["telecom_support"], weight=1.5)
def credit_check_consent(g):
    d = Doc()
    p = g.person()
    o = org(g)
    d.add(o[0], " - ", g.ch(["Credit check authorization", "New postpaid line application", "Identity verification"]), "\n\n")
    d.add("Applicant: ", g.name(p, g.ch(["full", "last_first_mi"]), case=g.ch([None, "upper"])), "\n")
    d.add("SSN: ", g.ssn(), "     DOB: ", g.dob(), "\n")
    d.add("ID type: Driver license   ", id_frag(g, "dl", cue=g.ch(["DL #: ", "Number: ", "License no. "])), "\n")
    d.add("Service address: ", g.address(country="US"), "\n")
    d.add("Contact number: ", g.phone("US"), "\n")
    d.add("Deposit required: ", g.ch(["none", "$100.00", "$250.00"]), "   Result: ", g.ch(["approved", "approved with deposit", "manual review"]), "\n")
    d.add("Agent: ", g.name(g.person(), "first"), "   Store #", N(str(g.r.randint(100, 9999))), "\n")
    return d


@tpl(domains=["public_library"], weight=1.5)
def library_card_application(g):
    d = Doc()
    p = g.person()
    o = org(g)
    minor = g.chance(0.4)
    d.add(o[0], "\n", g.ch(["LIBRARY CARD APPLICATION", "New patron registration", "Card application (online)"]), "\n\n")
    d.add("Name: ", g.name(p, g.ch(["full", "last_first", "mi"])), "\n")
    d.add("Date of birth: ", g.dob(child=minor), "\n")
    d.add("Address: ", g.address(country="US", multiline=g.chance(0.3)), "\n")
    d.add("Phone: ", g.phone("US"), "   Email: ", g.email(p), "\n")
    if minor:
        gp = g.person()
        d.add("Parent/guardian: ", g.name(gp, "full"), "   Guardian ID: ", id_frag(g, "dl", cue=g.ch(["DL# ", "Driver's license "])), "\n")
    else:
        d.add("Proof of address: ", g.ch(["utility bill", "lease", "driver's license"]), "   ", id_frag(g, "dl"), "\n")
    d.add("Notification preference: ", g.ch(["email", "text", "phone call"]), "\n")
    d.add("Staff use: card barcode ", N("2" + g.digits(13)), " issued by ", g.name(g.person(), "first"), "\n")
    return d


@tpl(domains=["gym_membership"], weight=1.5)
def gym_billing_dispute(g):
    d = Doc()
    o = org(g)
    m = g.person()
    ag = g.person()
    d.add("From: ", g.name(m, "full"), " <", g.email(m), ">\nTo: ", E(g.ch(["billing@", "support@", "members@"]) + o[1], "EMAIL_ADDRESS"), "\nSubject: ",
          g.ch(["Double charge", "Charged after cancelling", "Dispute - annual fee"]), "\n\n")
    d.add("Hi,\n\n", g.ch(["I was charged twice this month", "You charged my card after I cancelled",
                            "The annual fee was taken even though it was supposed to be waived"]), ". ")
    d.add("The charge was on ", g.dt(with_time=False, allow_noyear=g.chance(0.3)), " for ", g.price(10, 200, cur="$"), " on my card ", g.card(), ".\n")
    d.add("My ", g.ch(["member account number", "billing account #"]), " is ", g.account(), ". ")
    if g.chance(0.5):
        d.add("I've been a member at the ", E(g.city(), "LOCATION"), " location for years. ")
    d.add("Please refund it or I will dispute with my bank.\n\n", g.name(m, g.ch(["first", "full"])), "\n", g.phone(), "\n")
    return d

# ---------------------------------------------------------------------------
# LLM prompts that paste other documents
# ---------------------------------------------------------------------------

def _inner_doc(g, kinds=None):
    pool = [t for t in TEMPLATES if not t["negative"] and t["wrappable"] and
            (t["domains"] is None or g.dom["name"] in t["domains"]) and (kinds is None or t["name"] in kinds)]
    t = g.ch(pool)
    return t["fn"](g)


@tpl(wrappable=False, weight=1.5)
def llm_prompt_summarize(g):
    d = Doc()
    o = org(g)
    instr = g.ch([
        f"You are a support assistant for {o[0]}. Summarize the conversation below in 3 bullet points and list any follow-up actions.",
        "Summarize this for the handoff. Keep it short.",
        "Extract the customer's name, contact details and the main issue as JSON with keys name, email, phone, issue.",
        "Rewrite the following so it sounds more professional, keep all the details:",
        "Classify the sentiment of this message (positive/neutral/negative) and explain why.",
        "Draft a polite reply to this:",
        "Translate the following into Spanish:",
        "Please redact any personal information from the text below before I share it with the vendor.",
        "What should I do next with this case?",
    ])
    sys_style = g.ch(["plain", "roles", "chatml"])
    inner = _inner_doc(g, kinds={"chat_support", "email_message", "email_reply_chain", "call_transcript", "voicemail", "sms_thread",
                                 "support_ticket", "formal_letter", "clinical_note", "quick_memo", "crm_activity_log", "handoff_notes",
                                 "meeting_notes", "kv_form", "feedback_survey", "address_change", "payment_in_chat", "baggage_claim",
                                 "library_notice", "hotel_confirmation", "referral_letter"})
    fence = g.ch(['"""', "```", "---", "<document>"])
    close = {"<document>": "</document>"}.get(fence, fence)
    if sys_style == "roles":
        d.add("System: You are a careful assistant. Do not invent facts.\nUser: ", instr, "\n\n", fence, "\n", inner, "\n", close, "\n\nAssistant:")
    elif sys_style == "chatml":
        d.add("<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n<|im_start|>user\n", instr, "\n", fence, "\n", inner, "\n", close, "<|im_end|>\n<|im_start|>assistant\n")
    else:
        d.add(instr, "\n\n", fence, "\n", inner, "\n", close, "\n")
        if g.chance(0.3):
            d.add("\n", g.ch(["Thanks!", "Keep it under 100 words.", "Use bullet points."]), "\n")
    return d


@tpl(wrappable=False, weight=1.2)
def llm_prompt_debug(g):
    d = Doc()
    svc = g.ch(g.dom["services"])
    d.add(g.ch([f"hey, {svc} keeps failing on deploy with a ", "Can you help me debug this? I'm getting ", "why does this return a ",
                "I keep getting a "]), g.http_code(), g.ch([" from the partner API", " after the last release", " in prod only", ""]), ". ",
          g.ch(["Here's the config:", "Pasting everything below:", "Relevant files:", "logs + config:"]), "\n\n")
    inner = _inner_doc(g, kinds={"env_file", "config_yaml", "json_config", "docker_compose", "k8s_secret", "app_log", "stack_trace",
                                 "shell_history", "http_request_dump", "aws_credentials", "git_diff"})
    d.add("```\n", inner, "\n```\n")
    if g.chance(0.5):
        d.add("\n", g.ch(["I already tried rotating the key.", "It works locally with the same settings.", "Running ", "We upgraded to "]))
        if d.segs[-1][0].endswith(" "):
            d.add(g.pkg_pin(), ".")
        d.add("\n")
    return d


# ---------------------------------------------------------------------------
# Negative templates (no entities at all)
# ---------------------------------------------------------------------------

@tpl(negative=True)
def neg_system_log(g):
    d = Doc()
    svc = g.ch(g.dom["services"])
    seq = g.log_seq(style=g.ch(["iso_ms", "comma", "isoz", "space"]))
    for _ in range(g.r.randint(5, 10)):
        d.add(seq(), " ", g.ch(["INFO", "WARN", "DEBUG", "ERROR"]), " [", svc, "] ")
        k = g.ch(["req", "gc", "retry", "job", "cache", "health"])
        if k == "req":
            d.add(g.ch(["GET", "POST"]), " /api/v", N(str(g.r.randint(1, 3))), "/", g.ch(["items", "sessions", "reports"]), "/", g.uuid(), " -> ", g.http_code(), " in ", N(f"{g.r.randint(1, 999)}ms"))
        elif k == "gc":
            d.add("heap ", g.size(), " after gc, pause ", N(f"{g.r.randint(1, 80)}ms"))
        elif k == "retry":
            d.add("upstream timeout, retry ", N(str(g.r.randint(1, 5))), "/5 backoff=", N(f"{g.r.randint(100, 5000)}ms"))
        elif k == "job":
            d.add("job ", g.uuid(), " finished status=ok rows=", N(str(g.r.randint(0, 99999))))
        elif k == "cache":
            d.add("cache hit ratio ", g.pct(), " evictions=", N(str(g.r.randint(0, 500))))
        else:
            d.add("health check ok build=", g.sha(True), " version=", g.version())
        d.add("\n")
    return d


@tpl(negative=True)
def neg_config_placeholders(g):
    d = Doc()
    svc = g.ch(g.dom["services"])
    d.add(g.ch(["# .env.example - copy to .env and fill in\n", "# template config, values injected at deploy time\n", "# sample settings\n"]))
    d.add("APP_NAME=", svc, "\n")
    opts = [("DB_PASSWORD", "${DB_PASS}"), ("DB_PASSWORD", "<redacted>"), ("API_KEY", "${API_KEY}"), ("API_TOKEN", "xxxxxxxxxxxxxxxx"),
            ("SECRET_KEY", "{{ vault_secret_key }}"), ("STRIPE_SECRET_KEY", "sk_live_..."), ("AWS_ACCESS_KEY_ID", "AKIA" + "*" * 16),
            ("AWS_SECRET_ACCESS_KEY", "<your-secret-here>"), ("SLACK_BOT_TOKEN", "xoxb-your-token"), ("GITHUB_TOKEN", "ghp_XXXX"),
            ("PASSWORD_POLICY", "strict"), ("PASSWORD_MIN_LENGTH", "12"), ("TOKEN_TTL", "3600"), ("SESSION_TIMEOUT", "30"),
            ("LOG_LEVEL", "info"), ("MAX_RETRIES", "3"), ("SMTP_PASSWORD", "********"), ("JWT_SECRET", "changeme-in-prod"),
            ("ENCRYPTION_KEY", "REPLACE_ME"), ("WEBHOOK_SECRET", "[REDACTED]"), ("DB_URL", "postgres://user:${DB_PASS}@localhost:5432/app")]
    for k, v in g.r.sample(opts, g.r.randint(6, 11)):
        sep = g.ch(["=", ": ", " = "])
        d.add(k if sep == "=" else k.lower(), sep, N(v), "\n")
    d.add("PORT=", g.port(), "\nCACHE_SIZE=", g.size(), "\n")
    return d


@tpl(negative=True)
def neg_changelog(g):
    d = Doc()
    d.add("## ", g.version(), g.ch([" (unreleased)", "", " - hotfix"]), "\n\n")
    for _ in range(g.r.randint(3, 6)):
        d.add("- ", g.ch(["Fix ", "Add ", "Bump ", "Refactor ", "Remove "]), g.ch([
            ["retry logic for ", g.http_code(), " responses"], ["dependency ", g.pkg_pin()], ["flaky test in ", g.file_path()],
            ["support for dark mode (", g.hex_color(), ")"], ["cache size default to ", g.size()], ["migration ", N(f"{g.r.randint(1, 300):04d}_add_index")]]),
              " (", g.sha(True), ")\n")
    d.add("\nFull diff: ", g.sha(True), "...", g.sha(True), "\n")
    return d


@tpl(negative=True)
def neg_metrics_report(g):
    d = Doc()
    d.add(g.ch(["Weekly KPI report", "Ops dashboard snapshot", "Monthly numbers"]), "\n\n")
    rows = ["Tickets opened", "Median first response", "Resolution rate", "Refunds issued", "No-show rate", "Avg handle time",
            "Renewals", "Churn", "Storage used", "Uptime"]
    d.add("| Metric | Value | Change |\n|---|---|---|\n")
    for r in g.r.sample(rows, g.r.randint(4, 7)):
        v = {"Tickets opened": lambda: N(str(g.r.randint(40, 9000))), "Median first response": lambda: N(f"{g.r.randint(1, 59)} min"),
             "Resolution rate": lambda: N(f"{g.r.randint(60, 98)}%"), "Refunds issued": lambda: g.price(100, 90000),
             "No-show rate": lambda: N(f"{g.r.randint(2, 19)}.{g.r.randint(0, 9)}%"), "Avg handle time": lambda: N(f"{g.r.randint(3, 14)}m {g.r.randint(0, 59)}s"),
             "Renewals": lambda: N(str(g.r.randint(10, 900))), "Churn": lambda: N(f"{g.r.randint(0, 6)}.{g.r.randint(0, 9)}%"),
             "Storage used": lambda: g.size(), "Uptime": lambda: N(f"99.{g.r.randint(50, 99)}%")}[r]()
        d.add("| ", r, " | ", v, " | ", g.ch(["▲", "▼", "="]), " ", N(f"{g.r.randint(0, 15)}.{g.r.randint(0, 9)}%"), " |\n")
    d.add("\nTrend vs ", g.ch(["last week", "last month", "the prior quarter"]), ": ", g.ch(["improving", "flat", "slightly worse"]), ".\n")
    return d


@tpl(negative=True)
def neg_policy_text(g):
    d = Doc()
    o = org(g)
    d.add(o[0], " - ", g.ch(["Privacy notice excerpt", "Cancellation policy", "Visitor guidelines", "Acceptable use policy", "Billing FAQ"]), "\n\n")
    paras = [
        "We never ask for your full card number, password or one-time code by phone, text or email.",
        "Requests received after business hours are handled the next business day.",
        "Refunds are returned to the original payment method and may take 5-10 business days to appear.",
        "Please allow up to 48 hours for changes to appear in the member portal.",
        "Accounts with a balance older than 90 days may be sent to collections.",
        "You may request a copy of your records at any time; a reasonable fee may apply.",
        "Staff will verify your identity before discussing account details.",
        "Appointments cancelled with less than 24 hours' notice may incur a fee.",
        "Passwords must be at least 12 characters and are rotated every 90 days.",
        "Personal information is stored encrypted at rest and in transit.",
    ]
    for p_ in g.r.sample(paras, g.r.randint(3, 5)):
        d.add(p_, " ")
    d.add("\n\nLast reviewed ", g.rel_time("past"), ". Policy version ", g.version(), ".\n")
    return d


@tpl(negative=True)
def neg_brand_faq(g):
    d = Doc()
    d.add(g.ch(["FAQ", "Frequently asked questions", "Quick answers"]), "\n\n")
    qa = [
        (["Can I ask ", N("Alexa"), " to check my balance?"], ["Not yet. Voice assistants are not connected to accounts for security reasons."]),
        (["Do you accept ", N("Venmo"), " or ", N("Zelle"), "?"], ["We accept cards and bank transfers only."]),
        (["Is there a charger for a ", N(g.ch(["Tesla Model 3", "Tesla Model S"])), " in the lot?"], ["Two level-2 chargers are available, first come first served."]),
        (["Why does the invoice use the ", N("Georgia font"), "?"], ["It is our standard print template; the PDF is accessible to screen readers."]),
        (["Can I pay with ", N("Hilton Honors"), " points?"], ["Points from partner programs cannot be redeemed here."]),
        (["Is ", N(g.ch(["Dr Pepper", "Arizona iced tea"])), " sold in the vending machine?"], ["Yes, along with water and juice, ", g.price(1, 4), " each."]),
        (["Do you work with ", N(g.ch(["Mayo Clinic", "Johns Hopkins Hospital"])), " for referrals?"], ["Referrals can be sent to any hospital in your plan's network."]),
        (["Can I read e-books on an ", N("Amazon Kindle"), "?"], ["Yes, most titles support it; audiobooks need the app."]),
        (["The app crashes on ", N(g.ch(["Android Oreo", "macOS Sonoma", "Ubuntu Jammy"])), "."], ["Please update to ", g.version(), " or later."]),
        (["Does the ", N("Peloton"), " class count toward attendance?"], ["Only classes booked through our schedule are counted."]),
        (["Is the ", N("Wells Fargo"), " ATM in the lobby fee-free?"], ["A fee of ", g.price(2, 4), " may apply for non-customers."]),
    ]
    for q, ans in g.r.sample(qa, g.r.randint(3, 5)):
        d.add("Q: ", q, "\nA: ", ans, "\n\n")
    return d


@tpl(negative=True)
def neg_redacted_transcript(g):
    d = Doc()
    d.add(g.ch(["Transcript (redacted for training)", "Anonymized chat sample", "De-identified call notes"]), "\n\n")
    A, C = g.ch([("Agent", "Customer"), ("AGENT", "CALLER"), ("Rep", "Member")])
    d.add(A, ": Hi, this is ", g.placeholder(), ", how can I help?\n")
    d.add(C, ": Hi, my name is ", N(g.ch(["<NAME>", "[REDACTED]", "[PERSON]", "{{first_name}} {{last_name}}"])), " and ", ask(g), ".\n")
    d.add(A, ": Can you confirm the phone number on file?\n")
    d.add(C, ": Sure, it's ", N(g.ch(["[PHONE]", "<PHONE_NUMBER>", "XXX-XXX-XXXX"])), ".\n")
    d.add(A, ": And your date of birth?\n", C, ": ", N(g.ch(["[DATE]", "<DOB>", "XX/XX/XXXX"])), "\n")
    d.add(A, ": Thanks. ", reply(g), "\n")
    d.add(C, ": My email is ", N(g.ch(["<EMAIL>", "[EMAIL_ADDRESS]", "redacted@redacted"])), " if you need it.\n")
    d.add(A, ": Noted. Your reference is ", g.ticket_id(), ".\n")
    return d


@tpl(negative=True)
def neg_invoice(g):
    d = Doc()
    o = org(g)
    d.add(o[0].upper(), "\nINVOICE ", g.order_no(), "\n\n")
    d.add("Item                          Qty   Unit      Total\n")
    items = {"pediatric_clinic": ["Office visit", "Copay", "Forms fee", "Lab draw", "Nebulizer supplies"],
             "mortgage_lending": ["Appraisal fee", "Credit report", "Document prep", "Flood certification", "Courier"],
             "airline_customer_service": ["Seat upgrade", "Checked bag", "Change fee", "Lounge pass", "Wi-Fi pass"],
             "hotel_reservations": ["Room service", "Parking", "Late checkout", "Minibar", "Laundry"],
             "gym_membership": ["Annual maintenance fee", "Guest pass", "Towel service", "Locker rental", "PT session"],
             "telecom_support": ["Equipment rental", "Installation", "Late fee", "Activation", "Replacement SIM"],
             "clinical_trials": ["Courier (specimens)", "Dry ice", "Site startup fee", "Pharmacy setup", "Archiving"],
             "public_library": ["Printing (B/W)", "Replacement card", "Lost item", "Meeting room", "3D print material"]}[g.dom["name"]]
    for it in g.r.sample(items, g.r.randint(2, 5)):
        d.add(it.ljust(30), N(str(g.r.randint(1, 5))), "     ", g.price(), "    ", g.price(), "\n")
    d.add("\nSubtotal: ", g.price(), "\nTax (", N(f"{g.r.randint(4, 11)}.{g.r.randint(0, 9)}%"), "): ", g.price(1, 300), "\nPaid with card ", g.card_last4(), "\n")
    d.add("Auth code: ", N(g.alnum(6, string.ascii_uppercase + string.digits)), "   Terminal ", N(g.digits(8)), "\n")
    if g.chance(0.5):
        d.add("Reference no. ", g.card_invalid(), "\n")
    d.add("Remit to: ", g.po_box(), "\n")
    return d


@tpl(negative=True)
def neg_style_guide(g):
    d = Doc()
    d.add(g.ch(["/* theme.css */\n", "Brand style guide\n", "// design tokens\n"]))
    for nm in g.r.sample(["primary", "secondary", "accent", "danger", "warning", "muted", "surface", "border"], g.r.randint(4, 6)):
        d.add("--color-", nm, ": ", g.hex_color(), ";\n")
    d.add("--font-body: ", N(g.ch(["Georgia, serif", "Helvetica, Arial, sans-serif", "'Times New Roman', serif", "Verdana"])), ";\n")
    d.add("--radius: ", N(f"{g.r.randint(2, 12)}px"), ";\n--max-width: ", N(f"{g.r.randint(900, 1400)}px"), ";\n")
    d.add("/* logo asset: ", g.file_path(), " */\n")
    return d


@tpl(negative=True)
def neg_test_fixture(g):
    d = Doc()
    d.add(g.ch(["# test fixtures - all values intentionally invalid\n", "// invalid inputs for validator tests\n", "Negative test cases:\n"]))
    d.add("INVALID_SSNS = [\n")
    for _ in range(g.r.randint(2, 4)):
        d.add("    \"", g.ssn_invalid(), "\",\n")
    d.add("]\nINVALID_CARDS = [\n")
    for _ in range(g.r.randint(2, 4)):
        d.add("    \"", g.card_invalid(), "\",\n")
    d.add("]\nEXPECTED_ERROR = ", g.http_code(), "\nTIMEOUT_MS = ", N(str(g.r.randint(100, 5000))), "\n")
    d.add("FIXTURE_ID = \"", g.uuid(), "\"\n")
    return d


@tpl(negative=True)
def neg_requirements(g):
    d = Doc()
    d.add(g.ch(["requirements.txt\n", "# pinned deps\n", "package versions after upgrade:\n"]))
    for _ in range(g.r.randint(4, 8)):
        d.add(g.pkg_pin(), "\n")
    if g.chance(0.5):
        d.add("# lockfile hash ", g.sha(False), "\n")
    return d


@tpl(negative=True, domains=["hotel_reservations", "gym_membership", "public_library", "pediatric_clinic"])
def neg_room_inventory(g):
    d = Doc()
    d.add(g.ch(["Housekeeping board", "Room status", "Locker inventory", "Exam room schedule", "Study room availability"]), "\n\n")
    for _ in range(g.r.randint(4, 8)):
        d.add(g.ch(["Room ", "Rm ", "Locker ", "Exam "]), g.room_no(), ": ", g.ch(["clean", "dirty", "out of order", "inspected", "occupied", "vacant"]),
              g.ch(["", " - needs towels", " - key card reprogram", " - AC filter", " - sanitized"]), "\n")
    d.add("\nUpdated ", g.rel_time("past"), ".\n")
    return d


@tpl(negative=True, domains=["airline_customer_service"], weight=2)
def neg_flight_board(g):
    d = Doc()
    d.add("DEPARTURES\nFlight    Gate   Status       Seat map\n")
    for _ in range(g.r.randint(4, 8)):
        d.add(g.flight_no(), "    ", N(g.ch("ABCDE") + str(g.r.randint(1, 40))), "    ", g.ch(["On time", "Delayed", "Boarding", "Cancelled", "Final call"]),
              "    seats open: ", g.seat(), ", ", g.seat(), "\n")
    d.add("\nRebooking desk opens ", g.rel_time(), ". Booking refs like ", g.booking_ref(), " can be managed in the app.\n")
    return d


@tpl(negative=True)
def neg_chat_generic(g):
    d = Doc()
    A, C = g.ch([("Agent", "Customer"), ("Support", "Visitor"), ("Bot", "User")])
    qa = [("hi, what are your hours", "We're open every day except major holidays."),
          ("do i need to bring anything", "Just a photo ID and your confirmation email."),
          ("how long does a refund take", "Usually 5-7 business days after it's approved."),
          ("is the app down?", "We're seeing a partial outage; the status page has updates."),
          ("can i change my plan online", "Yes, under Settings > Plan. Changes apply next cycle."),
          ("where do i find my invoice", "In the portal under Billing > Documents.")]
    for q, a_ in g.r.sample(qa, g.r.randint(1, 2)):
        d.add(C, ": ", q, "\n", A, ": ", a_, "\n")
    d.add(C, ": ", g.ch(["ok and if i come ", "what if it's still broken "]), g.rel_time(), "?\n")
    d.add(A, ": ", g.ch(["That's fine!", "Then please contact us again and mention ticket ", "No problem at all."]))
    if d.segs[-1][0].endswith("ticket "):
        d.add(g.ticket_id(), ".")
    d.add("\n", C, ": ", g.ch(["thx", "ok thanks", "great"]), "\n")
    return d


@tpl(negative=True)
def neg_sql_migration(g):
    d = Doc()
    tbl = g.ch(["patients", "loans", "bookings", "members", "subscribers", "patrons", "participants", "reservations"])
    d.add("-- migration ", N(f"{g.r.randint(1, 400):04d}"), "_", g.ch(["add_index", "add_column", "backfill"]), ".sql\n")
    d.add("ALTER TABLE ", tbl, " ADD COLUMN preferred_contact varchar(", N(str(g.ch([16, 32, 64]))), ") DEFAULT 'email';\n")
    d.add("CREATE INDEX CONCURRENTLY idx_", tbl, "_created_at ON ", tbl, " (created_at);\n")
    d.add("UPDATE ", tbl, " SET status = 'inactive' WHERE last_seen < now() - interval '", N(str(g.r.randint(30, 400))), " days';\n")
    d.add("-- ssn, dob and email columns are encrypted with key id ", g.uuid(), "\n")
    return d


@tpl(negative=True)
def neg_ops_chat(g):
    d = Doc()
    svc = g.ch(g.dom["services"])
    clk = clock_seq(g)
    d.add("[", clk(), "] oncall: ", svc, " p95 latency up ", g.pct(), " since deploy ", g.sha(True), "\n")
    d.add("[", clk(), "] oncall: rolling back to ", g.version(), "\n")
    d.add("[", clk(), "] bot: deploy ", g.uuid(), " finished with ", g.http_code(), " on health check\n")
    d.add("[", clk(), "] oncall: disk on the db node at ", g.pct(), ", cleaning ", g.file_path(), "\n")
    d.add("[", clk(), "] oncall: all green, will write it up ", g.rel_time(), "\n")
    return d

# ---------------------------------------------------------------------------
# Corpus assembly
# ---------------------------------------------------------------------------

NEGATIVE_RATE = 0.15

# Relative template weights (default 1.0).  Secret-bearing config/log templates are
# down-weighted so customer-facing PII documents dominate; domain-specific templates
# are up-weighted so each domain keeps its own flavour.
_SECRET_TEMPLATES = {"env_file", "config_yaml", "json_config", "aws_credentials", "k8s_secret", "docker_compose", "app_log",
                     "stack_trace", "git_diff", "shell_history", "private_key_paste", "http_request_dump", "incident_report"}
_WEIGHTS = {
    "loan_application": 3, "wire_instructions": 1.5, "hotel_confirmation": 3, "flight_itinerary": 3, "baggage_claim": 2.5,
    "gym_agreement": 3, "router_diag": 3, "port_request": 2, "adverse_event_report": 3, "immunization_record": 2.5,
    "library_notice": 3, "library_program_signup": 2.5, "payment_in_chat": 1.2, "eu261_claim": 2.5, "hotel_folio": 2.5,
    "stipend_tax_form": 2.5, "insurance_verification": 2.5, "credit_check_consent": 2.5, "library_card_application": 2.5,
    "gym_billing_dispute": 2.5, "clinical_note": 3, "fhir_patient": 1.5, "referral_letter": 2, "kv_form": 1.5,
    "llm_prompt_summarize": 1.5, "llm_prompt_debug": 0.7, "neg_flight_board": 2,
}
for _t in TEMPLATES:
    if _t["name"] in _SECRET_TEMPLATES:
        _t["weight"] = 0.5
    elif _t["name"] in _WEIGHTS:
        _t["weight"] = _WEIGHTS[_t["name"]]


def _pick_template(g, negative):
    dn = g.dom["name"]
    pool = [t for t in TEMPLATES if t["negative"] == negative and (t["domains"] is None or dn in t["domains"])]
    tot = sum(t["weight"] for t in pool)
    x = g.r.random() * tot
    for t in pool:
        x -= t["weight"]
        if x <= 0:
            return t
    return pool[-1]


def build_document(seed, i):
    rng = random.Random(f"{seed}-{i}")
    dn = DOMAIN_NAMES[i % len(DOMAIN_NAMES)]
    g = Gen(rng, DOMAINS[dn])
    negative = rng.random() < NEGATIVE_RATE
    t = _pick_template(g, negative)
    doc = t["fn"](g)
    # trim trailing whitespace of the whole document (never touches spans: they have no edge whitespace)
    text, spans, exempt = doc.render()
    stripped = text.rstrip()
    assert all(sp["end"] <= len(stripped) for sp in spans)
    text = stripped
    rec = {"id": f"blind9-{seed}-{i:06d}", "domain": dn, "text": text, "entities": spans}
    self_check({**rec, "_exempt": exempt})
    if negative and spans:
        raise AssertionError(f"{rec['id']}: negative template {t['name']} produced entities")
    return rec, t["name"]


def generate(n, seed=0):
    """Yield n labeled documents; document i depends only on (seed, i)."""
    for i in range(n):
        rec, _ = build_document(seed, i)
        yield rec


def _selftest_lexicons():
    assert len(GIVEN_NAMES) >= 500, len(GIVEN_NAMES)
    assert len(SURNAMES) >= 500, len(SURNAMES)
    places = ({c for c, _, _ in US_CITIES} | {c for c, _ in INTL_CITIES} | set(COUNTRIES) | set(US_STATES.values()))
    assert len(places) >= 150, len(places)
    assert not (set(GIVEN_NAMES) & places), set(GIVEN_NAMES) & places
    assert not (set(SURNAMES) & places), set(SURNAMES) & places


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output", required=True)
    args = ap.parse_args(argv)
    _selftest_lexicons()
    t0 = time.time()
    ent_counts = {k: 0 for k in ENTITY_TYPES}
    dom_counts = {k: 0 for k in DOMAIN_NAMES}
    empty = 0
    with open(args.output, "w", encoding="utf-8") as fh:
        for rec in generate(args.n, args.seed):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            dom_counts[rec["domain"]] += 1
            if not rec["entities"]:
                empty += 1
            for sp in rec["entities"]:
                ent_counts[sp["type"]] += 1
    summary = {
        "documents": args.n,
        "seed": args.seed,
        "templates": len(TEMPLATES),
        "positive_templates": sum(1 for t in TEMPLATES if not t["negative"]),
        "negative_templates": sum(1 for t in TEMPLATES if t["negative"]),
        "entities_total": sum(ent_counts.values()),
        "entity_counts": ent_counts,
        "domain_counts": dom_counts,
        "documents_without_entities": empty,
        "self_check": "passed",
        "seconds": round(time.time() - t0, 2),
    }
    print(json.dumps(summary, indent=2), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
