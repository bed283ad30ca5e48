#!/usr/bin/env python3.11
"""corpus_blind15 -- seeded, labelled synthetic corpus for PII/PHI/secret detection.

Written "blind" (without looking at any detector).  Standard library only.

    generate(n, seed=0) -> iterator of
        {"id", "domain", "text", "entities": [{"start", "end", "type"}, ...]}

Document i is a pure function of (seed, i): it uses random.Random(f"{seed}-{i}").
Every document is assembled piece by piece with a builder that records the span
of each labelled value while it is appended; offsets are never recovered by
searching the finished text.

CLI:
    python3.11 bench/corpus_blind15.py --check
    python3.11 bench/corpus_blind15.py --sample 3
    python3.11 bench/corpus_blind15.py --n 500 --seed 7 --output out.jsonl
"""
from __future__ import annotations

import argparse
import base64
import datetime as _dt
import ipaddress
import json
import re
import string
import sys
import unicodedata
import random
from collections import Counter

MIN_LEN, MAX_LEN = 200, 2500
NEG_RATE = 0.10

# =========================================================================
# Name pools (first names, surnames) by origin
# =========================================================================
_ORIGINS = {
    "en": (
        """James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William
        Barbara Richard Susan Joseph Jessica Thomas Sarah Christopher Karen Daniel Nancy
        Matthew Betty Anthony Sandra Mark Ashley Donald Kimberly Steven Emily Andrew Donna
        Joshua Michelle Kenneth Carol Kevin Amanda Brian Melissa Timothy Deborah Ronald
        Stephanie Jason Rebecca Jeffrey Laura Ryan Helen Gary Cynthia Nicholas Kathleen Eric
        Amy Jonathan Shirley Larry Angela Justin Brenda Brandon Pamela Gregory Nicole Frank
        Samantha Raymond Katherine Patrick Christine Dennis Virginia Tyler Heather Aaron Diane
        Walter Olivia Harold Julie Logan Joyce Ethan Victoria Hope Faith Grace June April May
        Summer Rose Hunter Mason Chase Drew Will Bill Dwayne Latoya Tameka DeShawn Jamal
        Keisha Tyrone Shanice Marquis Ebony Darnell Imani Brittany Cody Dakota Skyler Harper
        Brooklyn Paisley Wyatt Colton Bryce Kayleigh Madison Savannah Jaxon""",
        """Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Moore Jackson
        Martin Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott
        Hill Green Adams Nelson Baker Hall Campbell Mitchell Carter Roberts Phillips Evans
        Turner Parker Collins Edwards Stewart Morris Cook Rogers Morgan Cooper Peterson Bailey
        Reed Howard Cox Ward Richardson Watson Brooks Wood Bennett Gray Hughes Price Sanders
        Myers Long Ross Foster Powell Jenkins Perry Russell Bell Coleman Butler Henderson
        Barnes Fisher Simmons Graham Marshall Owens Harrison Gibson Wallace Hayes Washington
        Freeman Webb Tucker Porter Hunter Crawford Boyd Mason Warren Dixon Burns Gordon Shaw
        Holmes Rice Hunt Black Daniels Palmer Mills Grant Knight Ferguson Stone Hawkins Dunn
        Perkins Hudson Spencer Stephens Pierce Ellis Hart Wells Whitfield Pemberton Ashworth
        Blackwood Thornton Langley Winslow Kingsley Fairbanks Holloway Prescott"""),
    "es": (
        """José Juan Carlos Luis Miguel Alejandro Javier Manuel Jorge Pablo Diego Andrés
        Santiago Mateo Gonzalo Rodrigo Esteban Ignacio Álvaro Sergio María Carmen Lucía Sofía
        Valentina Camila Daniela Guadalupe Esperanza Rocío Pilar Marisol Ximena Alejandra
        Beatriz Inés Lorena Paloma Yolanda Consuelo Marisela Araceli""",
        """García Rodríguez Martínez Hernández López González Pérez Sánchez Ramírez Torres
        Flores Rivera Gómez Díaz Morales Reyes Cruz Ortiz Gutiérrez Chávez Ramos Ruiz Mendoza
        Castillo Jiménez Moreno Romero Álvarez Vargas Castro Navarro Domínguez Vázquez
        Serrano Delgado Aguilar Medina Herrera Fuentes Salazar Zamora Cabrera Ibáñez
        Echeverría Villalobos Bustamante Quintero Olmedo Arrieta"""),
    "pt": (
        """João António Francisco Tiago Rafael Gonçalo Duarte Rodrigo Afonso Vasco Lucas
        Gabriel Thiago Matheus Guilherme Leonor Beatriz Matilde Inês Carolina Mariana Joana
        Teresa Rita Catarina Ana Larissa Fernanda Juliana Letícia Bruna Thaís Conceição""",
        """Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Fernandes
        Gonçalves Gomes Lopes Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira
        Correia Mendes Nunes Soares Vieira Monteiro Cardoso Rocha Barbosa Azevedo Figueiredo
        Magalhães Pacheco Brandão Cavalcanti Albuquerque"""),
    "it": (
        """Giuseppe Giovanni Antonio Mario Luigi Francesco Angelo Vincenzo Pietro Salvatore
        Alessandro Lorenzo Matteo Leonardo Riccardo Davide Stefano Emanuele Giulia Francesca
        Chiara Federica Alessia Martina Elisa Giorgia Valeria Serena Ilaria Rossella Gianna
        Raffaella Ornella Donatella Benedetta Ludovica""",
        """Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo
        Conti Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani
        Rinaldi Caruso Ferrara Galli Martini Leone Longo Gentile Martinelli Vitale Serra
        Coppola Villa Fabbri Pellegrino Cattaneo Sartori Zanetti Bellucci Parisi"""),
    "nl": (
        """Daan Sem Bram Lucas Jesse Thijs Ruben Stijn Niels Joost Pieter Maarten Wouter
        Sander Jeroen Bas Femke Sanne Lotte Anouk Fleur Lieke Maud Esmee Marieke Ingrid Eline
        Roos Floor Tessa Noor Willemijn Hanneke Geertje Annelies""",
        """de Jong Jansen de Vries van den Berg van Dijk Bakker Janssen Visser Smit Meijer
        de Boer Mulder de Groot Bos Vos Peters Hendriks van Leeuwen Dekker Brouwer de Wit
        Dijkstra Smits de Graaf van der Meer van der Linden Kok Jacobs de Haan Vermeulen
        van den Heuvel van der Veen van den Broek de Bruijn de Bruin van der Heijden Schouten
        van Beek Willems van Vliet Hoekstra Maas Verhoeven Koster van Dam ter Horst
        Kuipers van Wijk Postma"""),
    "de": (
        """Lukas Leon Finn Jonas Felix Maximilian Paul Elias Moritz Tobias Florian Sebastian
        Jürgen Dieter Klaus Wolfgang Hans Uwe Mia Emma Hannah Lena Lea Anna Laura Katharina
        Julia Sabine Ursula Monika Petra Birgit Heike Gudrun Renate Ilse""",
        """Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer
        Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger
        Hofmann Hartmann Lange Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze
        Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz
        Möller Weiß Jung Hahn Vogel Friedrich Keller Günther Frank Berger Winkler Roth
        von Essen von der Heide Oberhäuser Großmann"""),
    "fr": (
        """Jean Pierre Michel André Philippe Nicolas Julien Antoine Mathieu Guillaume Hugo
        Théo Baptiste Clément Jean-Luc Jean-Baptiste Marie Nathalie Isabelle Sylvie Catherine
        Camille Léa Manon Chloé Élodie Amélie Margaux Océane Anne-Marie Marie-Claire Solène
        Aurélie Gaëlle""",
        """Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent
        Lefebvre Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André
        Lefèvre Mercier Dupont Lambert Bonnet François Martinez Legrand Garnier Faure Rousseau
        Blanc Guérin Muller Henry Roussel Nicolas Perrin Morin Mathieu Clément Gauthier
        de la Fontaine Fontaine Chevalier Beaumont"""),
    "pl": (
        """Jakub Kacper Szymon Filip Mateusz Bartosz Wojciech Krzysztof Piotr Tomasz Marek
        Grzegorz Zuzanna Julia Maja Zofia Hanna Agnieszka Katarzyna Małgorzata Magdalena
        Joanna Aleksandra Ewa Dorota Bożena""",
        """Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński
        Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski
        Grabowski Nowakowski Pawłowski Michalski Zając Król Wieczorek Jabłoński Wróbel
        Majewski Olszewski Stępień Malinowski"""),
    "ru": (
        """Alexei Dmitri Sergei Nikolai Ivan Mikhail Andrei Vladimir Yuri Pavel Oleksandr
        Taras Bohdan Anastasia Svetlana Natalia Olga Tatiana Yekaterina Irina Oksana Daria
        Ksenia Polina Yulia Larysa""",
        """Ivanov Smirnov Kuznetsov Popov Sokolov Lebedev Kozlov Novikov Morozov Petrov Volkov
        Solovyov Vasiliev Zaitsev Pavlov Semenov Golubev Vinogradov Bogdanov Vorobyov
        Petrenko Shevchenko Bondarenko Kovalenko Tkachenko Kravchenko Oliynyk Melnyk
        Ivanova Smirnova Kuznetsova Sokolova"""),
    "ar": (
        """Mohammed Ahmed Ali Omar Youssef Khalid Hassan Ibrahim Mahmoud Tariq Karim Hamza
        Bilal Abdul-Rahman Abdullah Fatima Aisha Mariam Layla Noor Yasmin Rania Salma Huda
        Amira Zainab Hala Dalia Nour Malak Samira""",
        """Haddad Khoury Nasser Hassan Hussein Abdullah Mansour Saleh Farouk Aziz Rahman
        Qureshi Al-Masri Al-Farsi Al-Hashimi El-Sayed El-Amin Al-Rashid Abboud Saab Hamdan
        Barakat Darwish Khalil Najjar Suleiman Tawfik Yousef Zaki bin Rashid Ben-Ali
        Al-Khatib Abu-Zeid"""),
    "fa": (
        """Reza Ali-Reza Mehdi Hossein Amir Dariush Kian Arash Babak Kourosh Parisa Nasrin
        Shirin Maryam Leila Roya Golnar Azadeh Mina Sahar Niloufar""",
        """Hosseini Mohammadi Ahmadi Karimi Rezaei Moradi Jafari Tehrani Rahimi Kazemi
        Sadeghi Ebrahimi Ghorbani Shirazi Farahani Najafi Esfahani Bahrami Nouri"""),
    "tr": (
        """Mehmet Mustafa Ahmet Emre Burak Can Cem Deniz Murat Serkan Oğuz Elif Zeynep
        Ayşe Fatma Emine Merve Ebru Derya Selin Gül İrem""",
        """Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan
        Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Erdoğan"""),
    "in": (
        """Aarav Vihaan Arjun Aditya Rohan Rahul Vikram Siddharth Karan Ankit Sanjay Rajesh
        Pranav Nikhil Priya Ananya Aditi Shreya Kavya Lakshmi Sunita Deepika Pooja Neha
        Anjali Divya Meera Sneha Ishita Radhika""",
        """Patel Sharma Singh Kumar Gupta Reddy Iyer Nair Menon Chatterjee Banerjee Mukherjee
        Desai Joshi Rao Pillai Krishnan Bhattacharya Agarwal Malhotra Kapoor Chopra Verma
        Mehta Shah Bose Das Ghosh Kulkarni Deshpande Naidu Srinivasan Venkataraman
        Subramanian Chaudhary Saxena Trivedi"""),
    "zh": (
        """Wei Fang Jing Lei Min Yan Jun Hao Yu Xin Hui Ling Qiang Tao Ming Ying Xiu Jie
        Chen Zhiwei Xiaoming Yifan Zihan Haoran Meilin Xiaoling""",
        """Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin He Gao Luo
        Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai
        Jiang Yu Du Ye Cheng Wei Su Lu Ding Shen Chan Wong Leung Chow Ng Lau Tsang"""),
    "ja": (
        """Haruto Yuto Sota Yuki Hayato Kaito Ren Takumi Hiroshi Takeshi Kenji Akira Daiki
        Yui Hina Sakura Aoi Mei Yuna Rin Haruka Aiko Emiko Keiko Naomi Yumi Mariko""",
        """Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato
        Yoshida Yamada Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki
        Mori Abe Ikeda Hashimoto Ishikawa Ogawa Fujita Okada Goto Hasegawa"""),
    "ko": (
        """Min-jun Seo-yeon Ji-ho Ha-eun Hyun-woo Ji-woo Jae-won Soo-ah Do-yun Ye-jin Seung-min
        Eun-ji Jiho Minseo Yuna Jisoo Taeyang Dong-hyun Hye-jin""",
        """Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song
        Jeon Hong Yoo Ko Moon Yang Son Bae Baek"""),
    "vi": (
        """Anh Bao Duc Hai Hung Khanh Long Minh Nam Phuc Quang Thanh Tuan Vinh Hoa Huong Lan
        Linh Mai Ngoc Phuong Thao Thu Trang Tuyet Hanh""",
        """Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do Ho Ngo Duong Ly Truong Dinh Vo
        Huynh Lam Mai Trinh Quach"""),
    "ph": (
        """Jose Mark Angelo Paolo Rommel Jericho Marvin Jomar Arnel Rhea Maricel Jocelyn
        Lorna Divina Rosario Maribel Analyn Joy Cherry Precious""",
        """Santos Reyes Cruz Bautista Ocampo Mendoza Villanueva Aquino Dela Cruz delos Reyes
        Ramos Castillo Soriano Manalo Mercado Macaraeg Dizon Pangilinan Salazar Tolentino
        Lacson Sison"""),
    "af": (
        """Chinedu Emeka Oluwaseun Adebayo Femi Tunde Chidi Kwame Kofi Kwabena Yaw Kojo Obinna
        Ifeanyi Babajide Mamadou Moussa Ousmane Thabo Sipho Bongani Dawit Yohannes Tesfaye
        Njeri Wanjiru Amara Chioma Ngozi Adaeze Nkechi Ifeoma Funmilayo Abena Afua Efua Ama
        Fatoumata Aminata Naledi Zanele Thandiwe Nomvula Makeda Selam Tigist""",
        """Okafor Okonkwo Adeyemi Adebayo Olawale Nwosu Eze Mensah Owusu Asante Boateng
        Kamau Otieno Mwangi Ochieng Kiplagat Ndlovu Dlamini Nkosi Mokoena Khumalo Tesfaye
        Bekele Haile Girma Diallo Traoré Keita Coulibaly Sow Ba Ndiaye Diop Abiodun
        Oyelaran Chukwu Obi Achebe Agyeman Appiah Nwachukwu Afolabi"""),
    "ie": (
        """Aoife Siobhan Niamh Saoirse Ciara Orla Sinead Roisin Caoimhe Eilidh Isla Ailsa
        Ciaran Cian Oisin Padraig Seamus Eoin Cathal Darragh Fionn Ruairi Lachlan Callum
        Hamish Angus Rhys Gareth Dafydd Bronwyn Gwen Cerys""",
        """O'Brien O'Connor O'Sullivan O'Neil O'Neill O'Reilly O'Donnell O'Mahony Murphy
        Kelly Byrne Ryan Walsh McCarthy Doyle Gallagher Doherty Kennedy Lynch Quinn Brennan
        Fitzgerald Fitzpatrick MacDonald McKenzie MacLeod McAllister McGregor Campbell
        Stewart Fraser Robertson Ferguson Jones Davies Llewellyn Pritchard Vaughan
        Ní Bhriain Mac Giolla"""),
    "nordic": (
        """Lars Anders Erik Johan Nils Magnus Henrik Oskar Sven Bjorn Mikael Soren Astrid
        Ingrid Sigrid Freya Maja Elsa Linnea Annika Karin Solveig Liv Dagny Ebba Saga""",
        """Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson
        Gustafsson Lindqvist Lindberg Berg Halvorsen Hansen Johansen Olsen Larsen Nielsen
        Jensen Pedersen Christensen Rasmussen Sorensen Virtanen Korhonen Mäkinen Nieminen
        Haugen Bakke Strand"""),
    "gr": (
        """Georgios Dimitrios Konstantinos Ioannis Nikolaos Christos Panagiotis Vasilis
        Eleni Katerina Maria Sofia Despina Anastasia Ioanna Chrysa""",
        """Papadopoulos Georgiou Nikolaidis Konstantinou Dimitriou Pappas Vlachos Oikonomou
        Karagiannis Alexiou Stavropoulos Angelopoulos Christodoulou Makris"""),
    "he": (
        """Avraham Yosef David Moshe Eitan Noam Ariel Yonatan Tamar Noa Shira Yael Maya
        Rivka Miriam Hadas Talia""",
        """Cohen Levi Mizrahi Friedman Katz Goldberg Rosenberg Shapiro Ben-David Peretz
        Biton Dahan Avraham Azoulay Weiss Klein Rosen Greenbaum Segal"""),
    "pac": (
        """Keoni Kai Makoa Kalani Leilani Malia Noelani Kainoa Mele Sione Tevita Losa
        Manaia Ana Tama Aroha Wiremu Hemi Ngaire""",
        """Kealoha Kahale Akana Kamakana Kahananui Fonoti Tuilagi Faleolo Taufa Vaifale
        Ngata Parata Tipene Te Rangi Horomona"""),
}

ORIGIN_FIRST = {k: v[0].split() for k, v in _ORIGINS.items()}
# surnames may hold particles: the pool lists them space-separated, so re-join
_PARTICLES = {"de", "van", "den", "der", "ter", "von", "la", "le", "da", "dos", "del",
              "di", "delos", "Dela", "bin", "Mac", "Ní", "Te"}


def _split_surnames(s):
    out, buf = [], []
    for tok in s.split():
        buf.append(tok)
        if tok in _PARTICLES:
            continue
        out.append(" ".join(buf))
        buf = []
    return out


ORIGIN_LAST = {k: _split_surnames(v[1]) for k, v in _ORIGINS.items()}
ORIGIN_LAST["es"] += ["de la Cruz", "del Río", "de los Santos", "de la Vega"]
ORIGIN_LAST["pt"] += ["da Silva", "dos Santos", "de Souza", "da Costa", "do Nascimento"]
ORIGIN_LAST["it"] += ["De Luca", "Di Stefano", "D'Angelo", "Dell'Acqua", "De Santis", "Lo Bianco"]
ORIGIN_LAST["fr"] += ["Le Roux", "Le Gall", "St. Clair", "D'Arcy", "du Plessis"]
ORIGIN_LAST["nl"] += ["van der Berg", "van 't Hof", "in 't Veld"]
ALL_FIRST = sorted({n for v in ORIGIN_FIRST.values() for n in v})
ALL_LAST = sorted({n for v in ORIGIN_LAST.values() for n in v})
ORIGIN_KEYS = sorted(_ORIGINS)

# =========================================================================
# Places
# =========================================================================
US_CITIES = []
for _tok in re.findall(r"([A-Z][A-Za-z. ]*?)\|([A-Z]{2})", """Springfield|IL Columbus|OH Austin|TX Denver|CO
Portland|OR Seattle|WA Boise|ID Reno|NV Tucson|AZ Phoenix|AZ Albuquerque|NM El Paso|TX
San Antonio|TX Houston|TX Dallas|TX Tulsa|OK Wichita|KS Omaha|NE Lincoln|NE Des Moines|IA
Madison|WI Milwaukee|WI Minneapolis|MN Duluth|MN Fargo|ND Sioux Falls|SD Billings|MT
Cheyenne|WY Salt Lake City|UT Provo|UT Logan|UT Sacramento|CA Fresno|CA Oakland|CA San Jose|CA
Los Angeles|CA San Diego|CA Bakersfield|CA Riverside|CA Anchorage|AK Honolulu|HI Hilo|HI
Jackson|MS Memphis|TN Nashville|TN Knoxville|TN Louisville|KY Lexington|KY Cincinnati|OH
Toledo|OH Dayton|OH Akron|OH Detroit|MI Warren|MI Lansing|MI Grand Rapids|MI Gary|IN
Indianapolis|IN Fort Wayne|IN Chicago|IL Peoria|IL Rockford|IL St. Louis|MO Kansas City|MO
Little Rock|AR Shreveport|LA Lafayette|LA Baton Rouge|LA New Orleans|LA Mobile|AL
Montgomery|AL Florence|AL Birmingham|AL Atlanta|GA Savannah|GA Augusta|GA Macon|GA
Jacksonville|FL Tampa|FL Orlando|FL Tallahassee|FL Miami|FL Gainesville|FL Charlotte|NC
Raleigh|NC Durham|NC Asheville|NC Charleston|SC Columbia|SC Richmond|VA Norfolk|VA
Roanoke|VA Baltimore|MD Annapolis|MD Dover|DE Wilmington|DE Philadelphia|PA Pittsburgh|PA
Erie|PA Chester|PA Allentown|PA Newark|NJ Elizabeth|NJ Trenton|NJ Paterson|NJ Buffalo|NY
Rochester|NY Albany|NY Syracuse|NY Troy|NY Yonkers|NY Hartford|CT New Haven|CT Providence|RI
Worcester|MA Springfield|MA Beverly|MA Lowell|MA Boston|MA Burlington|VT Manchester|NH
Portland|ME Bangor|ME Tyler|TX Waco|TX Lubbock|TX Amarillo|TX Laredo|TX Marion|OH
Eugene|OR Spokane|WA Tacoma|WA Olympia|WA"""):
    US_CITIES.append((_tok[0].strip(), _tok[1]))

STATE_NAMES = {"IL": "Illinois", "OH": "Ohio", "TX": "Texas", "CO": "Colorado", "OR": "Oregon",
               "WA": "Washington", "ID": "Idaho", "NV": "Nevada", "AZ": "Arizona",
               "NM": "New Mexico", "OK": "Oklahoma", "KS": "Kansas", "NE": "Nebraska",
               "IA": "Iowa", "WI": "Wisconsin", "MN": "Minnesota", "ND": "North Dakota",
               "SD": "South Dakota", "MT": "Montana", "WY": "Wyoming", "UT": "Utah",
               "CA": "California", "AK": "Alaska", "HI": "Hawaii", "MS": "Mississippi",
               "TN": "Tennessee", "KY": "Kentucky", "MI": "Michigan", "IN": "Indiana",
               "MO": "Missouri", "AR": "Arkansas", "LA": "Louisiana", "AL": "Alabama",
               "GA": "Georgia", "FL": "Florida", "NC": "North Carolina", "SC": "South Carolina",
               "VA": "Virginia", "MD": "Maryland", "DE": "Delaware", "PA": "Pennsylvania",
               "NJ": "New Jersey", "NY": "New York", "CT": "Connecticut", "RI": "Rhode Island",
               "MA": "Massachusetts", "VT": "Vermont", "NH": "New Hampshire", "ME": "Maine"}
COUNTIES = """Franklin Cook Maricopa King Harris Orange Fulton Wayne Jefferson Washington Travis
Hennepin Multnomah Dane Polk Marion Lake Montgomery Cuyahoga Hamilton Allegheny Suffolk
Middlesex Essex Pima Bernalillo Sedgwick Douglas Shelby Davidson Mecklenburg Wake Richland
Pinellas Duval Hillsborough Jackson Clark Salt Lake Ada Snohomish Spokane""".split()

STREET_NAMES = """Maple Oak Cedar Elm Pine Walnut Chestnut Willow Birch Hickory Magnolia Sycamore
Aspen Juniper Laurel Spruce Washington Lincoln Jefferson Madison Franklin Jackson Adams Monroe
Grant Kennedy Park Lake Hill River Spring Sunset Highland Meadow Forest Valley Ridge Church
Mill Market Union Broad High Center Main North South Harbor Bay Ocean Prospect Pleasant
Summit Fairview Orchard Cherry Peachtree Rosewood Briarwood Brookside Westwood Lakeview
Hillcrest Woodland Cypress Dogwood Poplar Sequoia Mesa Canyon Saguaro Palmetto Bayou Stonebridge
Kingsley Carrington Whitney Bradford Ashford Greenbriar Foxglove Kestrel Heron Tamarack
Quail Cottonwood Juniper Ironwood Redbud Sassafras""".split() + [
    "Martin Luther King Jr", "Cesar Chavez", "Old Mill", "Desert Willow", "Magnolia Bluff",
    "1st", "2nd", "3rd", "5th", "7th", "12th", "21st", "42nd", "Ocean View", "Indian Creek"]
STREET_SUFFIX = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Blvd", "Dr", "Drive", "Ln",
                 "Lane", "Ct", "Way", "Pl", "Terrace", "Pkwy", "Circle", "Trail", "Loop", "Hwy"]
UNIT_FMT = ["Apt {n}", "Apt. {n}", "Unit {n}", "Suite {n}", "Ste {n}", "#{n}", "Apartment {n}",
            "Fl {f}", "Bldg {b}, Apt {n}", "Lot {n}", "Trlr {n}"]

INTL_CITIES = {
    "NL": ["Amsterdam", "Rotterdam", "Utrecht", "Eindhoven", "Groningen", "Den Haag", "Haarlem",
           "Leiden", "Nijmegen", "Zwolle", "Delft", "Maastricht"],
    "IT": ["Milano", "Roma", "Torino", "Bologna", "Napoli", "Firenze", "Genova", "Verona",
           "Padova", "Bari", "Palermo", "Trieste"],
    "PT": ["Lisboa", "Porto", "Braga", "Coimbra", "Faro", "Aveiro", "Setúbal", "Évora",
           "Funchal", "Viseu"],
    "DE": ["Berlin", "München", "Hamburg", "Köln", "Frankfurt am Main", "Stuttgart",
           "Leipzig", "Dresden", "Bremen", "Freiburg"],
    "FR": ["Paris", "Lyon", "Marseille", "Toulouse", "Nantes", "Bordeaux", "Lille",
           "Strasbourg", "Montpellier", "Rennes"],
    "GB": ["London", "Manchester", "Leeds", "Glasgow", "Bristol", "Cardiff", "Edinburgh",
           "Liverpool", "Sheffield", "Belfast"],
    "ES": ["Madrid", "Barcelona", "Sevilla", "Valencia", "Bilbao", "Málaga", "Zaragoza",
           "Granada"],
    "IE": ["Dublin", "Cork", "Galway", "Limerick", "Waterford"],
    "BE": ["Brussels", "Antwerpen", "Gent", "Leuven", "Liège"],
    "CA": ["Toronto", "Vancouver", "Montréal", "Calgary", "Ottawa", "Halifax", "Winnipeg"],
    "AU": ["Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide", "Hobart"],
    "IN": ["Mumbai", "Bengaluru", "Chennai", "Hyderabad", "Pune", "Kolkata"],
    "MX": ["Ciudad de México", "Guadalajara", "Monterrey", "Puebla", "Mérida"],
    "BR": ["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Curitiba", "Recife"],
    "NG": ["Lagos", "Abuja", "Ibadan", "Port Harcourt"],
    "KE": ["Nairobi", "Mombasa", "Kisumu"],
    "JP": ["Tokyo", "Osaka", "Kyoto", "Yokohama", "Sapporo"],
    "PH": ["Manila", "Quezon City", "Cebu City", "Davao City"],
}
COUNTRY_NAME = {"NL": "Netherlands", "IT": "Italy", "PT": "Portugal", "DE": "Germany",
                "FR": "France", "GB": "United Kingdom", "ES": "Spain", "IE": "Ireland",
                "BE": "Belgium", "CA": "Canada", "AU": "Australia", "IN": "India",
                "MX": "Mexico", "BR": "Brazil", "NG": "Nigeria", "KE": "Kenya", "JP": "Japan",
                "PH": "Philippines", "US": "United States"}
COUNTRY_LOCAL = {"NL": "Nederland", "IT": "Italia", "PT": "Portugal", "DE": "Deutschland",
                 "FR": "France", "ES": "España"}
NATIONALITIES = ["Portuguese", "Dutch", "Italian", "Mexican", "Nigerian", "Filipino",
                 "Canadian", "Irish", "Vietnamese", "Korean", "Brazilian", "German", "Kenyan"]
LANGUAGES = ["Spanish", "Portuguese", "Dutch", "Italian", "Tagalog", "Vietnamese", "Arabic",
             "Mandarin", "Korean", "Yoruba", "Polish", "French", "ASL"]
TZ_IDS = ["America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles",
          "Europe/Amsterdam", "Europe/Rome", "Europe/Lisbon", "Europe/Berlin", "Asia/Tokyo",
          "America/Phoenix", "Pacific/Honolulu", "Europe/London"]

# =========================================================================
# Misc pools
# =========================================================================
EMAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com",
                 "proton.me", "aol.com", "comcast.net", "att.net", "mail.com", "fastmail.com",
                 "web.de", "gmx.de", "libero.it", "virgilio.it", "sapo.pt", "gmail.pt",
                 "ziggo.nl", "kpnmail.nl", "yahoo.co.uk", "btinternet.com", "orange.fr",
                 "hey.com", "zoho.com", "rocketmail.com", "verizon.net", "me.com"]
ORG_WORDS = ["harbor", "cedar", "northwind", "bluepeak", "ironbridge", "lakeside", "summit",
             "riverbend", "meridian", "oakridge", "silverline", "pinecrest", "brightwater",
             "granite", "redtail", "copperleaf", "stillwater", "westfield", "evergreen",
             "clearview", "foxhollow", "tidewater", "highgate", "blackstone", "sunridge"]
ORG_TLDS = ["com", "org", "net", "io", "co", "us", "health", "law", "edu"]
BRANDS_PERSONLIKE = ["Ben & Jerry's", "Jack Daniel's", "Dr Pepper", "Tommy Hilfiger",
                     "Calvin Klein", "Ralph Lauren", "Wendy's", "McDonald's",
                     "Marie Callender's", "Mrs. Meyer's", "Johnson & Johnson", "Procter & Gamble",
                     "Hewlett-Packard", "Mercedes-Benz", "Ford Ranger", "Tesla Model 3",
                     "Alexa", "Siri", "Jenny Craig", "Kate Spade", "Martha Stewart Living",
                     "Tim Hortons", "Papa John's", "Dyson V11", "Chef Boyardee", "Sherwin-Williams",
                     "Ace Hardware", "Trader Joe's", "Wells Fargo", "Charles Schwab", "Morgan Stanley",
                     "Walgreens", "Dick's Sporting Goods", "Kellogg's", "Levi's", "Hugo Boss",
                     "Louis Vuitton", "Giorgio Armani", "Paul Mitchell", "Tom Ford",
                     "Müller & Söhne GmbH", "Rossi & Figli S.r.l.", "Van Leeuwen Ice Cream"]
DRUGS = ["lisinopril 10 mg", "metformin 500 mg", "atorvastatin 40 mg", "sertraline 50 mg",
         "amoxicillin 875 mg", "gabapentin 300 mg", "levothyroxine 75 mcg", "ibuprofen 600 mg",
         "naproxen 500 mg", "cyclobenzaprine 5 mg", "meloxicam 15 mg", "prednisone 20 mg",
         "tramadol 50 mg", "omeprazole 20 mg", "apixaban 5 mg", "losartan 50 mg"]
ICE_CREAM = ["Ben & Jerry's", "Van Leeuwen Ice Cream", "Jeni's", "Baskin-Robbins", "Häagen-Dazs"]
PET_NAMES = ["Max", "Bella", "Charlie", "Luna", "Cooper", "Daisy", "Milo", "Lucy", "Rocky",
             "Sadie", "Bear", "Molly", "Tucker", "Penny", "Biscuit", "Pickles", "Waffles",
             "Nugget", "Ziggy", "Mochi", "Pepper", "Oliver", "Winston", "Rosie", "Duke"]
HEALTH_PLANS = ["Blue Cross Blue Shield PPO", "Aetna Choice POS II", "UnitedHealthcare Choice Plus",
                "Cigna Open Access Plus", "Humana Gold Plus HMO", "Kaiser Permanente HMO",
                "Medicaid (state plan)", "Medicare Part B", "Molina Marketplace Silver",
                "Anthem HealthKeepers", "Oscar EPO", "Ambetter Balanced Care"]
FACILITIES = ["Riverbend Regional Medical Center", "Lakeside Community Hospital",
              "Northpoint Imaging", "Summit Health Diagnostic Center", "Cedarbrook Hospital",
              "Meridian Orthopedic & Spine", "Bayside Outpatient Imaging",
              "Prairie Ridge Medical Center", "Clearwater Women's Health", "Highpoint Family Clinic"]

# =========================================================================
# Builder
# =========================================================================
class Doc:
    """Append-only text builder.  d("plain", ("value", "TYPE"), "plain", ...)"""

    __slots__ = ("parts", "n", "ents")

    def __init__(self):
        self.parts, self.n, self.ents = [], 0, []

    def __call__(self, *items):
        for it in items:
            if it is None:
                continue
            if isinstance(it, tuple):
                val, typ = it
                if not val or val != val.strip():
                    raise ValueError(f"bad span value {val!r} ({typ})")
                self.ents.append((self.n, self.n + len(val), typ))
                self.parts.append(val)
                self.n += len(val)
            else:
                self.parts.append(it)
                self.n += len(it)
        return self

    def text(self):
        return "".join(self.parts)


def E(val, typ):
    return (val, typ)


# =========================================================================
# Low-level value generators
# =========================================================================
DIG = string.digits
UP = string.ascii_uppercase
LOW = string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
HEX = "0123456789abcdef"


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def chance(r, p):
    return r.random() < p


def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, dgt in enumerate(reversed(ds)):
        if i % 2 == 1:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        tot += dgt
    return tot % 10 == 0


def luhn_check_digit(body):
    for c in DIG:
        if luhn_ok(body + c):
            return c
    raise AssertionError


def digits_nonluhn(r, n, first=None):
    """n-digit string that is NOT Luhn-valid (safe hard negative)."""
    while True:
        s = (first or r.choice("123456789")) + rs(r, DIG, n - 1)
        if not luhn_ok(s):
            return s


def group(s, sizes, sep):
    out, i = [], 0
    for k in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


# ---- cards ---------------------------------------------------------------
def card(r):
    kind = r.choice(["visa", "visa", "visa", "mc", "mc", "mc2", "amex", "disc", "jcb", "diners"])
    if kind == "visa":
        body, n = "4" + rs(r, DIG, 14), 16
    elif kind == "mc":
        body, n = "5" + r.choice("12345") + rs(r, DIG, 13), 16
    elif kind == "mc2":
        body, n = str(r.randint(2221, 2720)) + rs(r, DIG, 11), 16
    elif kind == "amex":
        body, n = "3" + r.choice("47") + rs(r, DIG, 12), 15
    elif kind == "disc":
        body, n = "6011" + rs(r, DIG, 11), 16
    elif kind == "jcb":
        body, n = str(r.randint(3528, 3589)) + rs(r, DIG, 11), 16
    else:
        body, n = "36" + rs(r, DIG, 11), 14
    pan = body + luhn_check_digit(body)
    assert len(pan) == n
    sep = r.choice(["", " ", " ", "-"])
    if not sep:
        return pan
    if n == 15:
        return group(pan, [4, 6, 5], sep)
    if n == 14:
        return group(pan, [4, 6, 4], sep)
    return group(pan, [4, 4, 4, 4], sep)


def card_invalid(r):
    s = digits_nonluhn(r, 16, r.choice("3456"))
    return group(s, [4, 4, 4, 4], r.choice(["", " ", "-"]))


def card_exp(r):
    return f"{r.randint(1, 12):02d}/{r.randint(25, 31)}"


def masked_card(r):
    last4 = rs(r, DIG, 4)
    return r.choice([f"**** **** **** {last4}", f"XXXX-XXXX-XXXX-{last4}", f"•••• {last4}",
                     f"ending in {last4}", f"x{last4}", f"************{last4}"])


# ---- SSN -------------------------------------------------------------------
def ssn(r):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    g, s = r.randint(1, 99), r.randint(1, 9999)
    sep = r.choice(["-", "-", "-", " ", ""])
    return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"


def ssn_invalid(r):
    a = r.choice(["000", "666", str(r.randint(900, 999))])
    return f"{a}-{r.randint(10, 99)}-{r.randint(1000, 9999)}"


def ssn_masked(r):
    return r.choice([f"***-**-{r.randint(1000, 9999)}", f"XXX-XX-{r.randint(1000, 9999)}",
                     f"xxx-xx-{r.randint(1000, 9999)}"])


def ssn_valid_check(s):
    ds = re.sub(r"[ -]", "", s)
    if not re.fullmatch(r"\d{9}", ds):
        return False
    a, g, sr = int(ds[:3]), int(ds[3:5]), int(ds[5:])
    return 0 < a < 900 and a != 666 and g > 0 and sr > 0


# ---- IBAN ----------------------------------------------------------------
NL_BANKS = ["ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ"]
GB_BANKS = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]
IE_BANKS = ["AIBK", "BOFI"]
BICS = ["DEUTDEFF", "INGBNL2A", "BCITITMM", "CGDIPTPL", "ABNANL2A", "RABONL2U", "BNPAFRPP",
        "UNCRITMM", "BPIPPTPL", "COBADEFFXXX", "NWBKGB2L", "AIBKIE2D", "GEBABEBB", "BKAUATWW"]


def _iban_num(s):
    return "".join(str(int(c, 36)) for c in s)


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    return int(_iban_num(s[4:] + s[:4])) % 97 == 1


def iban(r, cc=None, grouped=None):
    cc = cc or r.choice(["DE", "NL", "IT", "PT", "FR", "ES", "GB", "BE", "IE", "AT"])
    if cc == "DE":
        bban = rs(r, DIG, 18)
    elif cc == "NL":
        bban = r.choice(NL_BANKS) + rs(r, DIG, 10)
    elif cc == "IT":
        bban = r.choice(UP) + rs(r, DIG, 10) + rs(r, DIG, 12)
    elif cc == "PT":
        bban = "00" + rs(r, DIG, 19)
    elif cc == "FR":
        bban = rs(r, DIG, 10) + rs(r, DIG, 11) + rs(r, DIG, 2)
    elif cc == "ES":
        bban = rs(r, DIG, 20)
    elif cc == "GB":
        bban = r.choice(GB_BANKS) + rs(r, DIG, 14)
    elif cc == "IE":
        bban = r.choice(IE_BANKS) + rs(r, DIG, 14)
    elif cc == "BE":
        bban = rs(r, DIG, 12)
    else:  # AT
        bban = rs(r, DIG, 16)
    chk = 98 - int(_iban_num(bban + cc + "00")) % 97
    s = f"{cc}{chk:02d}{bban}"
    assert iban_ok(s)
    if grouped is None:
        grouped = chance(r, 0.6)
    return group(s, [4] * 9, " ") if grouped else s


def iban_invalid(r, cc=None):
    s = iban(r, cc, grouped=False)
    while True:
        bad = s[:2] + f"{r.randint(2, 98):02d}" + s[4:]
        if not iban_ok(bad):
            return group(bad, [4] * 9, " ")


# ---- phones ----------------------------------------------------------------
US_AREAS = ["201", "202", "205", "206", "207", "208", "210", "212", "213", "214", "215", "216",
            "217", "301", "303", "304", "305", "312", "313", "314", "315", "316", "317", "318",
            "319", "320", "334", "352", "360", "385", "401", "402", "404", "405", "406", "407",
            "408", "410", "412", "414", "415", "417", "419", "423", "425", "435", "443", "469",
            "470", "501", "502", "503", "504", "505", "509", "512", "513", "515", "517", "518",
            "520", "530", "541", "559", "561", "567", "571", "574", "585", "601", "602", "608",
            "612", "614", "615", "616", "617", "619", "623", "626", "646", "651", "661", "678",
            "701", "702", "704", "706", "713", "715", "718", "720", "727", "754", "757", "763",
            "775", "786", "801", "802", "803", "804", "805", "808", "810", "813", "816", "818",
            "828", "843", "847", "857", "859", "901", "904", "907", "910", "912", "916", "919",
            "920", "928", "937", "941", "952", "970", "971", "973", "978", "984"]


def phone_us(r, fmt=None):
    a, x, l = r.choice(US_AREAS), str(r.randint(201, 989)), f"{r.randint(0, 9999):04d}"
    if chance(r, 0.15):
        x = "555"
        l = f"01{r.randint(0, 99):02d}"
    fmt = fmt if fmt is not None else r.randint(0, 7)
    return [f"({a}) {x}-{l}", f"{a}-{x}-{l}", f"{a}.{x}.{l}", f"+1 {a} {x} {l}",
            f"+1 ({a}) {x}-{l}", f"1-{a}-{x}-{l}", f"{a} {x} {l}", f"+1-{a}-{x}-{l}"][fmt]


def phone_tollfree(r):
    p = r.choice(["800", "888", "877", "866", "855", "844"])
    x, l = r.randint(200, 999), r.randint(0, 9999)
    return r.choice([f"1-{p}-{x}-{l:04d}", f"({p}) {x}-{l:04d}", f"{p}-{x}-{l:04d}",
                     f"+1 {p} {x} {l:04d}"])


def phone(r, cc="US"):
    d = lambda n: rs(r, DIG, n)
    if cc in ("US", "CA"):
        return phone_us(r)
    if cc == "NL":
        return r.choice([f"+31 6 {d(8)}", f"+31 6 {d(4)} {d(4)}", f"06-{d(8)}",
                         f"+31 20 {d(3)} {d(4)}", f"020-{d(7)}", f"+31 (0)10 {d(3)} {d(4)}"])
    if cc == "IT":
        return r.choice([f"+39 3{d(2)} {d(3)} {d(4)}", f"+39 02 {d(4)} {d(4)}",
                         f"3{d(2)} {d(7)}", f"06 {d(4)} {d(4)}", f"+39 06 {d(8)}"])
    if cc == "PT":
        return r.choice([f"+351 9{r.choice('1236')}{d(1)} {d(3)} {d(3)}",
                         f"9{r.choice('1236')}{d(1)} {d(3)} {d(3)}", f"+351 21 {d(3)} {d(4)}",
                         f"(+351) 22 {d(3)} {d(4)}"])
    if cc == "DE":
        return r.choice([f"+49 30 {d(8)}", f"+49 171 {d(7)}", f"030 {d(8)}",
                         f"+49 (0)89 {d(3)} {d(4)}", f"0151 {d(4)} {d(4)}"])
    if cc == "FR":
        return r.choice([f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}", f"01 {d(2)} {d(2)} {d(2)} {d(2)}",
                         f"+33 (0)1 {d(2)} {d(2)} {d(2)} {d(2)}"])
    if cc == "GB":
        return r.choice([f"+44 20 7946 {d(4)}", f"+44 7700 900{d(3)}", f"020 7946 {d(4)}",
                         f"07700 900{d(3)}", f"+44 (0)161 496 {d(4)}"])
    if cc == "ES":
        return r.choice([f"+34 6{d(2)} {d(3)} {d(3)}", f"+34 91 {d(3)} {d(2)} {d(2)}"])
    if cc == "IN":
        return r.choice([f"+91 9{d(4)} {d(5)}", f"+91-98{d(8)}", f"+91 80 {d(4)} {d(4)}"])
    if cc == "JP":
        return r.choice([f"+81 3-{d(4)}-{d(4)}", f"+81 90-{d(4)}-{d(4)}", f"03-{d(4)}-{d(4)}"])
    if cc == "BR":
        return r.choice([f"+55 11 9{d(4)}-{d(4)}", f"+55 (21) 9{d(4)}-{d(4)}"])
    if cc == "MX":
        return r.choice([f"+52 55 {d(4)} {d(4)}", f"+52 1 33 {d(4)} {d(4)}"])
    if cc == "AU":
        return r.choice([f"+61 2 {d(4)} {d(4)}", f"+61 4{d(2)} {d(3)} {d(3)}", f"04{d(2)} {d(3)} {d(3)}"])
    if cc == "NG":
        return f"+234 80{r.choice('3567')} {d(3)} {d(4)}"
    if cc == "KE":
        return f"+254 7{d(2)} {d(6)}"
    if cc == "IE":
        return r.choice([f"+353 1 {d(3)} {d(4)}", f"+353 8{r.choice('3567')} {d(3)} {d(4)}"])
    if cc == "BE":
        return f"+32 4{d(2)} {d(2)} {d(2)} {d(2)}"
    if cc == "PH":
        return f"+63 9{d(2)} {d(3)} {d(4)}"
    return phone_us(r)


def phone_any(r):
    return phone(r, "US") if chance(r, 0.6) else phone(r, r.choice(
        ["NL", "IT", "PT", "DE", "FR", "GB", "ES", "IN", "JP", "BR", "MX", "AU", "NG", "KE",
         "IE", "BE", "PH"]))


# ---- network -------------------------------------------------------------
def ipv4(r, private=None):
    k = r.random() if private is None else (0.0 if private else 0.9)
    if k < 0.3:
        return r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                         f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                         f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"])
    if k < 0.5:
        return r.choice([f"203.0.113.{r.randint(1, 254)}", f"198.51.100.{r.randint(1, 254)}",
                         f"192.0.2.{r.randint(1, 254)}"])
    first = r.choice([23, 24, 31, 37, 45, 46, 50, 62, 66, 67, 68, 71, 73, 77, 78, 81, 84, 89,
                      91, 93, 98, 104, 107, 109, 141, 145, 151, 162, 173, 176, 185, 188, 193,
                      195, 201, 209, 212, 213, 217])
    return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ipv6(r, global_only=False):
    h = lambda: f"{r.randint(1, 0xffff):x}"
    if global_only:
        return f"2a02:{h()}:{h()}:{h()}::{h()}"
    return r.choice([f"2001:db8:{h()}:{h()}::{h()}",
                     f"2a02:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}",
                     f"2600:1700:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}",
                     f"fe80::{h()}:{h()}:{h()}:{h()}"])


def ip_any(r):
    return ipv6(r) if chance(r, 0.15) else ipv4(r)


def org_domain(r):
    return f"{r.choice(ORG_WORDS)}{r.choice(['', '-', ''])}{r.choice(['health', 'group', 'labs', 'mail', 'law', 'care', 'logistics', 'marine', 'events', 'partners', 'media', 'tech', 'net'])}.{r.choice(ORG_TLDS)}"


def url(r, host=None, path=None):
    host = host or r.choice(["www.", "portal.", "app.", "", "my.", "secure."]) + org_domain(r)
    path = path or r.choice(["/", "/login", "/account/settings", "/help/contact",
                             f"/r/{rs(r, ALNUM, 8)}", f"/track?id={rs(r, UP + DIG, 10)}",
                             f"/docs/{rs(r, LOW, 6)}/{r.randint(1, 99)}",
                             f"/pay?inv={r.randint(10000, 99999)}&src=email",
                             f"/forms/{rs(r, LOW + DIG, 12)}"])
    return f"{r.choice(['https', 'https', 'https', 'http'])}://{host}{path}"


# ---- misc hard negatives ---------------------------------------------------
def uuid(r):
    h = rs(r, HEX, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def sha(r, n=40):
    return rs(r, HEX, n)


def version(r):
    return r.choice([f"{r.randint(0, 12)}.{r.randint(0, 40)}.{r.randint(0, 30)}",
                     f"v{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 20)}",
                     f"{r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(300, 9999)}",
                     f"{r.randint(1, 5)}.{r.randint(0, 30)}.{r.randint(0, 9)}-rc.{r.randint(1, 5)}",
                     f"{r.randint(2019, 2025)}.{r.randint(1, 12)}.{r.randint(0, 9)}"])


def order_no(r):
    return r.choice([f"ORD-{r.randint(2019, 2025)}-{r.randint(100000, 999999)}",
                     f"#{r.randint(1000000, 9999999)}", f"INV-{rs(r, UP, 2)}{r.randint(10000, 99999)}",
                     f"{rs(r, UP, 3)}-{r.randint(100, 999)}-{r.randint(1000, 9999)}",
                     f"1Z{rs(r, UP + DIG, 16)}", f"CASE-{r.randint(100000, 999999)}",
                     f"TKT{r.randint(100000, 9999999)}", f"REF {rs(r, UP, 2)}{r.randint(100000, 999999)}"])


def vin(r):
    return rs(r, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 17)


def plate(r):
    return r.choice([f"{r.randint(1, 9)}{rs(r, UP, 3)}{r.randint(100, 999)}",
                     f"{rs(r, UP, 3)}-{r.randint(1000, 9999)}", f"{rs(r, UP, 3)} {r.randint(100, 999)}",
                     f"{r.randint(10, 99)}-{rs(r, 'BDFGHJKLNPRSTVXZ', 3)}-{r.randint(1, 9)}"])


def npi(r):
    return r.choice("12") + rs(r, DIG, 9)


def routing(r):
    return r.choice(["0", "1", "2", "3"]) + rs(r, DIG, 8)


def icd10(r):
    return r.choice(["M54.5", "M25.561", "S83.511A", "R10.31", "J18.9", "I10", "E11.9",
                     "M75.101", "S43.401A", "G44.209", "Z38.00", "O80", "R07.9", "K80.20",
                     "M17.11", "S52.501A", "R51.9", "N20.0", "Z96.651", "M79.604"])


def cpt(r):
    return r.choice(["97110", "97140", "97530", "97112", "97161", "97162", "74177", "71046",
                     "70450", "72148", "73721", "76700", "93000", "99213", "99214", "77067"])


def amount(r, cur="$"):
    v = r.choice([r.randint(5, 400), r.randint(50, 3000), r.randint(500, 25000)]) + r.randint(0, 99) / 100
    s = f"{v:,.2f}"
    if cur in ("€",):
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
        return f"€ {s}" if chance(r, 0.5) else f"{s} €"
    return f"{cur}{s}"


def epoch(r):
    return str(r.randint(1577836800, 1798761600))


def iso_ts(r, ms=True):
    d = rand_date(r, 2022, 2026)
    s = f"{d.isoformat()}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
    if ms:
        s += f".{r.randint(0, 999):03d}"
    return s + r.choice(["Z", "Z", "+00:00", "-05:00", "+01:00"])


def duration(r, kind=None):
    if kind == "short":
        return r.choice([f"{r.randint(2, 59)} seconds", f"{r.randint(1, 45)} min", f"{r.randint(100, 9000)} ms",
                         f"{r.randint(2, 20)} minutes"])
    if kind == "long":
        return r.choice([f"{r.randint(2, 30)} days", f"{r.randint(2, 16)} weeks", f"{r.randint(1, 12)} months",
                         "a fortnight", f"{r.randint(3, 10)} business days"])
    return r.choice([f"{r.randint(2, 90)} minutes", f"{r.randint(1, 12)} hours",
                     f"{r.randint(2, 30)} days", f"{r.randint(2, 16)} weeks", f"{r.randint(1, 45)} min",
                     f"{r.randint(1, 9)}h {r.randint(1, 59)}m", f"{r.randint(100, 9000)} ms",
                     f"{r.randint(1, 36)} months"])


def dur_s(r):
    return duration(r, "short")


def dur_l(r):
    return duration(r, "long")


def relative(r):
    return r.choice(["tomorrow", "yesterday", "next week", "last Tuesday", "this Friday",
                     "later today", "in two weeks", "next month", "the day after tomorrow",
                     "earlier this morning", "tonight", "over the weekend", "last night",
                     "end of next week", "in a few days"])


def weekday_only(r):
    return r.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                     "Sunday"])


def masked_email(r):
    a = r.choice(LOW)
    return f"{a}{'*' * r.randint(3, 6)}{r.choice(LOW)}@{r.choice(['g', 'o', 'y', 'h'])}{'*' * r.randint(3, 5)}.com"


def var_ref(r, name=None):
    name = name or r.choice(["DB_PASSWORD", "API_KEY", "STRIPE_SECRET_KEY", "AWS_SECRET_ACCESS_KEY",
                             "GITHUB_TOKEN", "SLACK_BOT_TOKEN", "NPM_TOKEN", "SMTP_PASS",
                             "OAUTH_CLIENT_SECRET", "SENTRY_AUTH_TOKEN", "PYPI_TOKEN"])
    return r.choice([f"${{{name}}}", f"${{{{ secrets.{name} }}}}", f"${name}", f"%{name}%"])


# =========================================================================
# Dates and times
# =========================================================================
MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
}
WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
}
JOINERS = {"en": [" at ", " at ", ", ", " "], "de": [" um "], "fr": [" à "], "pt": [" às "],
           "it": [" alle "], "es": [" a las "], "nl": [", "]}


def rand_date(r, y0=2023, y1=2026):
    a = _dt.date(y0, 1, 1).toordinal()
    b = _dt.date(y1, 12, 31).toordinal()
    return _dt.date.fromordinal(r.randint(a, b))


def dob_date(r, y0=1936, y1=2008):
    return rand_date(r, y0, y1)


def fdate(r, d, style=None, lang="en"):
    if lang != "en":
        m = MONTHS[lang][d.month - 1]
        w = WEEKDAYS[lang][d.weekday()]
        st = style or r.choice(["long", "long", "num", "wd"])
        if st == "num":
            sep = {"nl": "-", "de": ".", "it": "/", "pt": "/", "fr": "/", "es": "/"}[lang]
            return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"
        core = {"it": f"{d.day} {m} {d.year}", "pt": f"{d.day} de {m} de {d.year}",
                "nl": f"{d.day} {m} {d.year}", "de": f"{d.day}. {m} {d.year}",
                "fr": f"{d.day} {m} {d.year}", "es": f"{d.day} de {m} de {d.year}"}[lang]
        if st == "wd":
            return f"{w}, {core}" if lang in ("pt", "es", "de") else f"{w} {core}"
        return core
    M = MONTHS["en"][d.month - 1]
    W = WEEKDAYS["en"][d.weekday()]
    st = style or r.choice(["long", "long", "abbr", "dlong", "iso", "us", "us", "us_nz", "us2",
                            "eu", "uk", "dmy_abbr", "wd_long", "wd_abbr", "ord"])
    return {
        "long": f"{M} {d.day}, {d.year}",
        "abbr": f"{M[:3]} {d.day}, {d.year}",
        "dlong": f"{d.day} {M} {d.year}",
        "iso": d.isoformat(),
        "us": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "us_nz": f"{d.month}/{d.day}/{d.year}",
        "us2": f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d}",
        "eu": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "uk": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "dmy_abbr": f"{d.day:02d}-{M[:3].upper()}-{d.year}",
        "wd_long": f"{W}, {M} {d.day}, {d.year}",
        "wd_abbr": f"{W[:3]}, {M[:3]} {d.day}, {d.year}",
        "ord": f"{M} {d.day}{_ordsuf(d.day)}, {d.year}",
        "compact": f"{d.year}{d.month:02d}{d.day:02d}",
        "noyear": f"{M} {d.day}",
        "wd_noyear": f"{W}, {M} {d.day}",
    }[st]


def _ordsuf(n):
    return "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def ftime(r, lang="en", style=None, h=None, m=None):
    h = r.randint(7, 19) if h is None else h
    m = r.choice([0, 0, 15, 30, 30, 45, 10, 20, 40, 50, 5]) if m is None else m
    if lang == "en":
        st = style or r.choice(["12", "12", "12l", "12s", "24"])
        ap = "AM" if h < 12 else "PM"
        h12 = h % 12 or 12
        if st == "12s" and m == 0:
            return f"{h12} {ap}" if chance(r, 0.5) else f"{h12}{ap.lower()}"
        if st == "12l":
            return f"{h12}:{m:02d}{ap.lower()}" if chance(r, 0.5) else f"{h12}:{m:02d} {ap.lower()}"
        if st == "24":
            return f"{h:02d}:{m:02d}"
        return f"{h12}:{m:02d} {ap}"
    if lang in ("pt", "fr") and chance(r, 0.5):
        return f"{h}h{m:02d}"
    if lang == "nl" and chance(r, 0.3):
        return f"{h:02d}.{m:02d}"
    return f"{h:02d}:{m:02d}"


def fdatetime(r, d=None, lang="en", dstyle=None, tstyle=None):
    d = d or rand_date(r)
    ds = fdate(r, d, dstyle, lang)
    ts = ftime(r, lang, tstyle)
    if lang == "en" and dstyle is None and chance(r, 0.1):
        return f"{d.isoformat()}T{ts if ':' in ts and len(ts) == 5 else '09:30'}"
    return ds + r.choice(JOINERS[lang]) + ts


def date_str(r, y0=2023, y1=2026, lang="en", style=None):
    return fdate(r, rand_date(r, y0, y1), style, lang)


def dob_str(r, lang="en", style=None, y0=1936, y1=2008):
    return fdate(r, dob_date(r, y0, y1), style, lang)


# =========================================================================
# People, emails, addresses, ids
# =========================================================================
HONORIFICS = {"en": ["Mr.", "Ms.", "Mrs.", "Dr.", "Mx.", "Miss"],
              "it": ["Sig.", "Sig.ra", "Dott.", "Dott.ssa", "Avv."],
              "pt": ["Sr.", "Sra.", "Dr.", "Dra.", "Eng."],
              "nl": ["Dhr.", "Mevr.", "Mw.", "dr.", "ir."],
              "de": ["Herr", "Frau", "Dr."], "fr": ["M.", "Mme", "Dr"],
              "es": ["Sr.", "Sra.", "Dña."]}


class Person:
    def __init__(self, r, origin=None, last=None):
        self.origin = origin or r.choice(ORIGIN_KEYS)
        self.first = r.choice(ORIGIN_FIRST[self.origin]) if chance(r, 0.8) else r.choice(ALL_FIRST)
        if last:
            self.last = last
        else:
            pool = ORIGIN_LAST[self.origin] if chance(r, 0.8) else ALL_LAST
            self.last = r.choice(pool)
            if chance(r, 0.07):
                other = r.choice(pool)
                if other != self.last and " " not in other and " " not in self.last:
                    self.last = f"{self.last}-{other}"
        self.mi = r.choice("ABCDEFGHJKLMNPRSTVW")
        self.middle = r.choice(ALL_FIRST)

    def full(self):
        return f"{self.first} {self.last}"

    def fml(self):
        return f"{self.first} {self.mi}. {self.last}"

    def fmiddle(self):
        return f"{self.first} {self.middle} {self.last}"

    def lf(self):
        return f"{self.last}, {self.first}"

    def lfm(self):
        return f"{self.last}, {self.first} {self.mi}"

    def name(self, r, formal=False):
        k = r.random()
        if k < 0.55:
            return self.full()
        if k < 0.67:
            return self.fml()
        if k < 0.75:
            return self.full().upper()
        if k < 0.80:
            return self.full().lower()
        if k < 0.88:
            return self.lf() if formal else self.full()
        if k < 0.94:
            return self.fmiddle()
        return self.lfm().upper() if formal else self.first


def _ascii(s):
    s = s.replace("ß", "ss").replace("ø", "o").replace("ł", "l").replace("ı", "i").replace("đ", "d")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and c.isalnum()).lower()


def email_for(r, p=None, domain=None):
    dom = domain or (r.choice(EMAIL_DOMAINS) if chance(r, 0.7) else org_domain(r))
    if p is None:
        local = rs(r, LOW, r.randint(4, 9)) + str(r.randint(1, 999))
    else:
        f, l = _ascii(p.first), _ascii(p.last)
        local = r.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l[:1]}{r.randint(1, 99)}", f"{f}_{l}",
                          f"{l}.{f}", f"{f}{r.randint(70, 2005)}", f"{f[0]}.{l}", f"{l}{f[0]}",
                          f"{f}.{l}+{r.choice(['bills', 'news', 'pets', 'work'])}",
                          f"{rs(r, LOW, 3)}{l}{r.randint(1, 99)}"])
    return f"{local}@{dom}"


def role_email(r, dom=None):
    return f"{r.choice(['info', 'billing', 'support', 'abuse', 'noc', 'records', 'frontdesk', 'office', 'dispatch', 'hello', 'admin', 'noreply'])}@{dom or org_domain(r)}"


def handle(r, p=None):
    base = _ascii(p.first)[:6] + r.choice(["_", "", "."]) + rs(r, LOW + DIG, 3) if p else rs(r, LOW, 6)
    return base + str(r.randint(1, 99))


def us_street(r, unit=None):
    num = r.choice([str(r.randint(1, 99)), str(r.randint(100, 999)), str(r.randint(1000, 19999)),
                    f"{r.randint(100, 9999)}"])
    pre = r.choice(["", "", "", "N ", "S ", "E ", "W ", "NW ", "SE "])
    s = f"{num} {pre}{r.choice(STREET_NAMES)} {r.choice(STREET_SUFFIX)}"
    if unit if unit is not None else chance(r, 0.4):
        u = r.choice(UNIT_FMT).format(n=r.choice([str(r.randint(1, 40)), f"{r.randint(1, 9)}{r.choice('ABCDEF')}",
                                                   str(r.randint(100, 2400))]),
                                      f=r.randint(2, 30), b=r.choice("ABCDEFG"))
        s += r.choice([", ", " "]) + u
    return s


def zip5(r):
    return f"{r.randint(1001, 99950):05d}" + (f"-{r.randint(1, 9999):04d}" if chance(r, 0.15) else "")


def us_addr_parts(r, unit=None):
    city, st = r.choice(US_CITIES)
    return us_street(r, unit), city, st, zip5(r)


def us_addr(r, multiline=False, unit=None):
    street, city, st, z = us_addr_parts(r, unit)
    if multiline:
        return f"{street}\n{city}, {st} {z}"
    if chance(r, 0.1):
        return f"P.O. Box {r.randint(10, 99999)}, {city}, {st} {z}"
    sep = r.choice([", ", ", ", " "])
    return f"{street}{sep}{city}, {st} {z}"


def uk_postcode(r):
    return f"{rs(r, 'BEGLMNSW', 1)}{rs(r, 'CEHLNW1', 1)}{r.randint(1, 20)} {r.randint(1, 9)}{rs(r, 'ABDEFGHJLNPQRSTUWXYZ', 2)}"


def intl_addr(r, cc, multiline=False):
    """Returns (street_line, city, full_address)."""
    city = r.choice(INTL_CITIES[cc])
    n = r.randint(1, 240)
    if cc == "NL":
        st = f"{r.choice(['Keizersgracht', 'Prinsengracht', 'Herengracht', 'Kalverstraat', 'Vondelstraat', 'Oudegracht', 'Witte de Withstraat', 'Lange Voorhout', 'Nieuwe Binnenweg', 'Stationsweg', 'Kerkstraat', 'Dorpsstraat', 'Molenweg', 'Schoolstraat', 'Spoorlaan'])} {n}{r.choice(['', '', '-2', ' A', '-III', ' bis'])}"
        pc = f"{r.randint(1011, 9999)} {rs(r, 'ABCDEGHJKLMNPRSTVWXZ', 2)}"
        tail = f"{pc} {city}" if not multiline else f"{pc}  {city.upper()}"
    elif cc == "IT":
        st = f"{r.choice(['Via', 'Via', 'Corso', 'Viale', 'Piazza'])} {r.choice(['Roma', 'Garibaldi', 'Mazzini', 'Cavour', 'Dante', 'Verdi', 'Manzoni', 'Torino', 'Nazionale', 'dei Mille', 'XX Settembre', 'Vittorio Emanuele II', 'Solferino', 'della Repubblica'])} {n}{r.choice(['', '', '/A', ', int. 5', ', scala B'])}"
        tail = f"{r.randint(10010, 98100)} {city}" + (f" {rs(r, UP, 2)}" if chance(r, 0.5) else "")
    elif cc == "PT":
        st = f"{r.choice(['Rua Augusta', 'Rua do Ouro', 'Rua das Flores', 'Rua Garrett', 'Rua Castilho', 'Avenida da Liberdade', 'Rua de Santa Catarina', 'Rua Cândido dos Reis', 'Travessa do Carmo', 'Largo do Rato'])}, {n}{r.choice(['', ', 2.º Esq.', ', 3.º Dto.', ', R/C', ', 1.º'])}"
        tail = f"{r.randint(1000, 9999)}-{r.randint(1, 999):03d} {city}"
    elif cc == "DE":
        st = f"{r.choice(['Hauptstraße', 'Bahnhofstraße', 'Schillerstraße', 'Goethestraße', 'Lindenallee', 'Kastanienallee', 'Friedrichstraße', 'Am Markt', 'Gartenweg', 'Bergstraße'])} {n}{r.choice(['', '', 'a', 'b'])}"
        tail = f"{r.randint(10115, 99998)} {city}"
    elif cc == "FR":
        st = f"{n}{r.choice(['', ' bis'])} {r.choice(['rue de la République', 'rue Victor Hugo', 'avenue Jean Jaurès', 'boulevard Voltaire', 'rue des Lilas', 'rue du Faubourg Saint-Antoine', 'place Bellecour', 'quai des Chartrons'])}"
        tail = f"{r.randint(10, 95):02d}{r.randint(0, 999):03d} {city}"
    elif cc == "GB":
        st = f"{r.choice(['', 'Flat ' + str(r.randint(1, 30)) + ', '])}{n} {r.choice(['Victoria', 'Albert', 'Station', 'Church', 'Queen', 'Mill', 'Park', 'Kingsway', 'Harrow'])} {r.choice(['Road', 'Street', 'Lane', 'Gardens', 'Terrace', 'Close'])}"
        tail = f"{city} {uk_postcode(r)}"
    elif cc == "ES":
        st = f"{r.choice(['Calle de Alcalá', 'Calle Mayor', 'Gran Vía', 'Avenida de la Constitución', 'Calle del Carmen', 'Paseo de Gracia', 'Calle Larios'])} {n}, {r.randint(1, 8)}º {r.choice('ABCD')}"
        tail = f"{r.randint(1001, 52080):05d} {city}"
    elif cc == "IE":
        st = f"{n} {r.choice(['Parnell', 'Patrick', 'Grafton', 'Camden', 'Shop', 'Oliver Plunkett'])} {r.choice(['Street', 'Road', 'Square'])}"
        tail = f"{city} {rs(r, 'ACDEFHKNPRTVWXY', 1)}{r.randint(10, 99)} {rs(r, 'ACDEFHKNPRTVWXY0123456789', 4)}"
    elif cc == "BE":
        st = f"{r.choice(['Rue Neuve', 'Meir', 'Veldstraat', 'Bondgenotenlaan', 'Avenue Louise'])} {n}"
        tail = f"{r.randint(1000, 9992)} {city}"
    elif cc == "CA":
        st = f"{n} {r.choice(['King St W', 'Queen St E', 'Yonge St', 'Robson St', 'Rue Sainte-Catherine', 'Jasper Ave', 'Barrington St'])}" + (f", Unit {r.randint(100, 3200)}" if chance(r, 0.5) else "")
        prov = r.choice(["ON", "BC", "QC", "AB", "NS", "MB"])
        tail = f"{city}, {prov} {rs(r, 'ABCEGHJKLMNPRSTVXY', 1)}{r.randint(0, 9)}{rs(r, 'ABCEGHJKLMNPRSTVWXYZ', 1)} {r.randint(0, 9)}{rs(r, 'ABCEGHJKLMNPRSTVWXYZ', 1)}{r.randint(0, 9)}"
    else:
        st = f"{n} {r.choice(['Station Road', 'Market Street', 'Ring Road', 'Unity Avenue', 'Harbour Drive'])}"
        tail = f"{city}"
    country = COUNTRY_LOCAL.get(cc, COUNTRY_NAME.get(cc, cc)) if chance(r, 0.5) else COUNTRY_NAME.get(cc, cc)
    add_country = chance(r, 0.5)
    if multiline:
        full = f"{st}\n{tail}" + (f"\n{country.upper() if chance(r, 0.5) else country}" if add_country else "")
    else:
        full = f"{st}, {tail}" + (f", {country}" if add_country else "")
    return st, city, full


def city_loc(r, intl=None):
    """A 'City, ST' / 'City, Country' / 'City' string used as LOCATION."""
    if intl or (intl is None and chance(r, 0.3)):
        cc = r.choice(sorted(INTL_CITIES))
        c = r.choice(INTL_CITIES[cc])
        return c if chance(r, 0.4) else f"{c}, {COUNTRY_NAME[cc]}"
    c, st = r.choice(US_CITIES)
    k = r.random()
    if k < 0.6:
        return f"{c}, {st}"
    if k < 0.8:
        return c
    return f"{c}, {STATE_NAMES.get(st, st)}"


def county(r):
    return f"{r.choice(COUNTIES)} County"


# ---- identifiers -------------------------------------------------------------
def mrn(r):
    return r.choice([digits_nonluhn(r, 8, "0"), str(r.randint(1000000, 9999999)),
                     f"{r.choice('EHMK')}{r.randint(1000000, 99999999)}", f"{r.randint(100, 999)}-{r.randint(10, 99)}-{r.randint(10, 99)}",
                     f"00{r.randint(1000000, 9999999)}", f"{rs(r, UP, 2)}{r.randint(100000, 999999)}"])


def hpn(r):
    return r.choice([f"{rs(r, UP, 3)}{r.randint(100000000, 999999999)}", f"W{r.randint(100000000, 999999999)}",
                     f"{r.randint(100000000, 999999999)}{r.choice(UP)}", f"U{r.randint(10000000, 99999999)}{r.randint(10, 99)}",
                     f"{rs(r, UP, 1)}{r.randint(10, 99)}{rs(r, UP, 1)}{r.randint(100000, 999999)}",
                     f"{r.randint(1, 9)}{rs(r, UP, 2)}{r.randint(1, 9)}-{rs(r, UP, 2)}{r.randint(1, 9)}-{rs(r, UP, 2)}{r.randint(10, 99)}"])


def acct(r):
    return r.choice([digits_nonluhn(r, r.choice([8, 9, 10, 12])), f"{r.randint(1000, 9999)}-{r.randint(100000, 999999)}-{r.randint(10, 99)}",
                     digits_nonluhn(r, 14, r.choice("23")), f"{rs(r, UP, 2)}{r.randint(10000000, 99999999)}"])


def group_no(r):
    return r.choice([f"{r.randint(100000, 999999)}", f"GRP-{r.randint(1000, 99999)}", f"{r.randint(10000, 99999)}-{r.randint(10, 99)}"])


def dl(r, st=None):
    st = st or r.choice(["CA", "NY", "FL", "TX", "IL", "WA", "OH", "PA", "MI", "GA", "NJ", "AZ"])
    L = lambda: r.choice(UP)
    v = {
        "CA": f"{L()}{r.randint(1000000, 9999999)}",
        "NY": r.choice([f"{r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)}", str(r.randint(100000000, 999999999))]),
        "FL": f"{L()}{r.randint(100, 999)}-{r.randint(100, 999)}-{r.randint(10, 99)}-{r.randint(100, 999)}-{r.randint(0, 9)}",
        "TX": str(r.randint(10000000, 49999999)),
        "IL": f"{L()}{r.randint(100, 999)}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
        "WA": f"WDL{rs(r, UP + DIG, 9)}",
        "OH": f"{L()}{L()}{r.randint(100000, 999999)}",
        "PA": f"{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}",
        "MI": f"{L()} {r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)}",
        "GA": str(r.randint(100000000, 999999999)),
        "NJ": f"{L()}{r.randint(1000, 9999)} {r.randint(10000, 99999)} {r.randint(10000, 99999)}",
        "AZ": f"{L()}{r.randint(10000000, 99999999)}",
    }[st]
    return v, st


# ---- secrets -------------------------------------------------------------
def aws_key(r):
    return r.choice(["AKIA", "AKIA", "AKIA", "ASIA"]) + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)


def aws_secret(r):
    return rs(r, B64, 40)


def gh_token(r):
    k = r.random()
    if k < 0.6:
        return "ghp_" + rs(r, ALNUM, 36)
    if k < 0.8:
        return r.choice(["gho_", "ghs_", "ghu_", "ghr_"]) + rs(r, ALNUM, 36)
    return "github_pat_11" + rs(r, UP + DIG, 20) + "_" + rs(r, ALNUM, 59)


def slack_token(r):
    if chance(r, 0.7):
        return f"xoxb-{r.randint(10**10, 10**12)}-{r.randint(10**12, 10**13)}-{rs(r, ALNUM, 24)}"
    return f"xoxp-{r.randint(10**10, 10**12)}-{r.randint(10**10, 10**12)}-{r.randint(10**12, 10**13)}-{rs(r, HEX, 32)}"


def stripe_key(r):
    return r.choice(["sk_live_", "sk_live_", "rk_live_"]) + "51" + rs(r, ALNUM, r.choice([22, 46, 97]))


def _b64url(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def jwt(r, claims=None, short=False):
    alg = r.choice(["HS256", "ES256"] if short else ["HS256", "RS256", "ES256"])
    hdr = {"alg": alg, "typ": "JWT"}
    if alg != "HS256":
        hdr["kid"] = rs(r, ALNUM, 12)
    now = r.randint(1700000000, 1790000000)
    body = claims or {"sub": str(r.randint(10000, 9999999)), "iat": now, "exp": now + 3600,
                      "scope": r.choice(["read", "openid profile", "api:write"])}
    sig_len = {"HS256": 32, "RS256": 256, "ES256": 64}[alg]
    sig = bytes(r.getrandbits(8) for _ in range(sig_len))
    return ".".join([_b64url(json.dumps(hdr, separators=(",", ":")).encode()),
                     _b64url(json.dumps(body, separators=(",", ":")).encode()), _b64url(sig)])


def _wrap64(b):
    s = base64.b64encode(b).decode()
    return "\n".join(s[i:i + 64] for i in range(0, len(s), 64))


def pem_key(r, kind=None):
    kind = kind or r.choice(["ec", "ec", "ossh", "pkcs8", "rsa1024"])
    rb = lambda n: bytes(r.getrandbits(8) for _ in range(n))
    if kind == "ec":
        body = b"\x30\x77\x02\x01\x01\x04\x20" + rb(32) + b"\xa0\x0a\x06\x08\x2a\x86\x48\xce\x3d\x03\x01\x07\xa1\x44\x03\x42\x00\x04" + rb(64)
        label = "EC PRIVATE KEY"
    elif kind == "ossh":
        body = b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x003\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 " + rb(200)
        label = "OPENSSH PRIVATE KEY"
    elif kind == "pkcs8":
        body = b"\x30\x81\x87\x02\x01\x00\x30\x13\x06\x07\x2a\x86\x48\xce\x3d\x02\x01\x06\x08\x2a\x86\x48\xce\x3d\x03\x01\x07\x04\x6d\x30\x6b\x02\x01\x01\x04\x20" + rb(105)
        label = "PRIVATE KEY"
    else:
        body = b"\x30\x82\x02\x5c\x02\x01\x00\x02\x81\x81\x00" + rb(590)
        label = "RSA PRIVATE KEY"
    return f"-----BEGIN {label}-----\n{_wrap64(body)}\n-----END {label}-----"


def generic_secret(r):
    k = r.randint(0, 9)
    return [
        lambda: "whsec_" + rs(r, ALNUM, 32),
        lambda: "SG." + rs(r, B64URL, 22) + "." + rs(r, B64URL, 43),
        lambda: "AIza" + rs(r, B64URL, 35),
        lambda: rs(r, HEX, 32),
        lambda: "key-" + rs(r, HEX, 32),
        lambda: "npm_" + rs(r, ALNUM, 36),
        lambda: rs(r, ALNUM + "~_-", r.randint(32, 48)),
        lambda: "ya29.a0" + rs(r, B64URL, 60),
        lambda: "dd" + rs(r, HEX, 38),
        lambda: "glpat-" + rs(r, ALNUM + "-_", 20),
    ][k]()


_PW_WORDS = ["Marigold", "tangerine", "Falcon", "copper", "Harbor", "violet", "Summit", "pepper",
             "Granite", "maple", "Lantern", "orbit", "Cobalt", "willow", "Thunder", "saffron",
             "Juniper", "quartz", "Meadow", "walrus", "Bluebird", "cactus", "Zephyr", "nimbus"]


def password(r, safe=False):
    """safe=True: only [A-Za-z0-9_-] (for DSNs / URLs)."""
    k = r.randint(0, 5)
    sym = "_-" if safe else "!#$%&*_-+=?^"
    if k == 0:
        s = r.choice(_PW_WORDS) + r.choice(sym) + str(r.randint(1, 2026))
    elif k == 1:
        s = rs(r, ALNUM + sym, r.randint(12, 22))
    elif k == 2:
        s = "-".join(r.choice(_PW_WORDS).lower() for _ in range(r.randint(3, 4)))
    elif k == 3:
        s = r.choice(_PW_WORDS) + str(r.randint(10, 99)) + r.choice(sym) + r.choice(_PW_WORDS).lower()
    elif k == 4:
        s = rs(r, ALNUM, r.randint(14, 24))
    else:
        s = r.choice(_PW_WORDS)[:4] + r.choice(sym) + rs(r, ALNUM, 6) + r.choice(sym) + rs(r, DIG, 2)
    # never start/end with punctuation (span rule)
    while s and not s[0].isalnum():
        s = s[1:]
    while s and not s[-1].isalnum():
        s = s[:-1]
    return s or "Xq7" + rs(r, ALNUM, 10)


def passcode(r):
    return r.choice([str(r.randint(100000, 999999)), rs(r, ALNUM, 6), str(r.randint(1000, 9999)),
                     rs(r, UP + DIG, 8)])


# =========================================================================
# Domain content pools
# =========================================================================
EXAMS = [("CT ABDOMEN AND PELVIS WITH CONTRAST", "74177"), ("CHEST X-RAY, 2 VIEWS", "71046"),
         ("CT HEAD WITHOUT CONTRAST", "70450"), ("MRI LUMBAR SPINE WITHOUT CONTRAST", "72148"),
         ("MRI KNEE WITHOUT CONTRAST, RIGHT", "73721"), ("US ABDOMEN COMPLETE", "76700"),
         ("SCREENING MAMMOGRAM, BILATERAL", "77067"), ("MRI SHOULDER WITHOUT CONTRAST, LEFT", "73221")]
RAD_HX = ["right lower quadrant pain for 3 days", "chronic low back pain radiating to the left leg",
          "fall from standing height, head strike", "persistent cough and fever", "knee pain after twisting injury",
          "elevated liver enzymes", "routine screening", "shoulder pain with limited abduction",
          "hematuria, rule out stone", "shortness of breath"]
RAD_TECH = ["Axial images were obtained from the lung bases through the pubic symphysis following IV contrast.",
            "Multiplanar multisequence images were obtained without contrast.",
            "PA and lateral views of the chest were obtained.",
            "Non-contrast axial images of the head with coronal and sagittal reformats.",
            "Real-time grayscale and color Doppler imaging was performed."]
RAD_FIND = ["There is a {n} mm hypodense lesion in segment {s} of the liver, too small to characterize (series 3, image {i}).",
            "No acute intracranial hemorrhage, mass effect, or midline shift.",
            "Mild degenerative disc disease at L4-L5 with a {n} mm broad-based disc bulge.",
            "Lungs are clear. No pleural effusion or pneumothorax. Heart size is normal.",
            "Complex tear of the posterior horn of the medial meniscus (series {s}, image {i}).",
            "The appendix measures {n} mm with periappendiceal fat stranding.",
            "A {n} mm nonobstructing calculus is present in the lower pole of the left kidney.",
            "Small joint effusion. Anterior cruciate ligament is intact.",
            "Scattered fibroglandular densities (BI-RADS density B). No suspicious mass.",
            "Gallbladder contains multiple shadowing stones up to {n} mm without wall thickening."]
RAD_IMP = ["Findings consistent with acute uncomplicated appendicitis.", "No acute intracranial abnormality.",
           "Medial meniscal tear as described.", "Nonobstructing left nephrolithiasis.",
           "No acute cardiopulmonary process.", "BI-RADS 1: Negative.", "Cholelithiasis without cholecystitis.",
           "Indeterminate hepatic lesion; consider MRI for characterization."]
PT_DX = [("M25.561", "pain in right knee"), ("M54.50", "low back pain"), ("S83.511A", "sprain of ACL, right knee"),
         ("M75.101", "rotator cuff tear, right shoulder"), ("Z96.651", "presence of right artificial knee joint"),
         ("M79.604", "pain in right leg"), ("S93.401A", "sprain of left ankle ligament")]
PT_CLINICS = ["Kinetic Physical Therapy", "MoveWell PT & Sports Rehab", "Cornerstone Rehab", "Apex Motion Clinic",
              "Riverbend Outpatient Rehabilitation", "Harbor Physio", "ProActive Therapy Group"]
CHURCHES = ["St. Brigid's Parish", "Grace Community Church", "Holy Trinity", "First Baptist"]
CEMETERIES = ["Oak Hill Cemetery", "Evergreen Memorial Park", "Riverside Cemetery", "Pine Rest Memorial Gardens",
              "Sunset Hills Cemetery", "Greenlawn Cemetery"]
FUNERAL_HOMES = ["Whitmore & Lane Funeral Home", "Riverside Chapel", "Peaceful Valley Funeral Services",
                 "Heritage Memorial Chapel", "Cedar Crest Funeral Home"]


# =========================================================================
# Domain generators (positive)
# =========================================================================
def g_radiology(r, d):
    p, ref, rad = Person(r), Person(r), Person(r)
    exam, cpt_ = r.choice(EXAMS)
    d(f"{r.choice(FACILITIES)}\nDepartment of Diagnostic Imaging\n"
      f"{r.choice(['RADIOLOGY REPORT', 'FINAL REPORT', 'DIAGNOSTIC IMAGING REPORT'])}\n\n")
    nm = p.lfm().upper() if chance(r, 0.5) else p.name(r, formal=True)
    d("Patient: ", E(nm, "PERSON"), "      MRN: ", E(mrn(r), "MEDICAL_RECORD_NUMBER"), "\n")
    d("DOB: ", E(dob_str(r), "DATE_OF_BIRTH"), f"      Sex: {r.choice('MF')}      Accession: "
      f"{r.choice(['A', 'CT', 'MR', 'US'])}{r.randint(10**7, 10**8 - 1)}\n")
    if chance(r, 0.7):
        d(f"Insurance: {r.choice(HEALTH_PLANS)}   Member ID: ", E(hpn(r), "HEALTH_PLAN_NUMBER"),
          f"   Group #: {group_no(r)}\n")
    d(f"Exam: {exam} (CPT {cpt_})\n")
    d("Date of service: ", E(fdatetime(r), "DATE_TIME"), "\n")
    d("Ordering provider: ", E(ref.full(), "PERSON"), f", {r.choice(['MD', 'DO', 'NP', 'PA-C'])} (NPI {npi(r)})\n")
    if chance(r, 0.6):
        d("Office phone: ", E(phone_us(r), "PHONE_NUMBER"), "   Fax: ", E(phone_us(r), "PHONE_NUMBER"), "\n")
    d(f"\nCLINICAL HISTORY: {r.randint(19, 92)}-year-old {r.choice(['male', 'female', 'patient'])} with "
      f"{r.choice(RAD_HX)}. ICD-10: {icd10(r)}.\n")
    if chance(r, 0.6):
        d("COMPARISON: ", r.choice(["Prior exam dated ", "Outside study from ", "CT of "]),
          E(date_str(r, 2018, 2025), "DATE_TIME"), ".\n")
    else:
        d("COMPARISON: None available.\n")
    d(f"TECHNIQUE: {r.choice(RAD_TECH)} Total DLP {r.randint(150, 1500)} mGy-cm; acquisition time {dur_s(r)}.\n")
    if chance(r, 0.3):
        d(f"Contrast: Omnipaque 350, {r.randint(60, 120)} mL IV; no immediate reaction.\n")
    d("\nFINDINGS:\n")
    for f in r.sample(RAD_FIND, r.randint(2, 4)):
        d(f.format(n=r.randint(2, 24), s=r.randint(2, 9), i=r.randint(10, 180)), "\n")
    d("\nIMPRESSION:\n1. ", r.choice(RAD_IMP), "\n")
    if chance(r, 0.4):
        d(f"2. Recommend follow-up imaging in {r.choice(['3', '6', '12'])} months.\n")
    if chance(r, 0.5):
        d("\nCritical result communicated to ", r.choice(["Dr. ", ""]),
          E(ref.last if chance(r, 0.5) else ref.full(), "PERSON"), " by telephone on ",
          E(fdatetime(r), "DATE_TIME"), "; read-back confirmed.\n")
    if chance(r, 0.3):
        fam = Person(r, last=p.last)
        d("Patient was accompanied by ", r.choice(["her husband", "his wife", "a daughter", "a son", "the patient's partner"]),
          ", ", E(fam.full(), "PERSON"), ", who can be reached at ", E(phone_us(r), "PHONE_NUMBER"), ".\n")
    d("\nElectronically signed by ", E(rad.fml(), "PERSON"), ", MD on ", E(fdatetime(r), "DATE_TIME"), ".\n")
    d(f"Report ID {uuid(r)} | RIS export {iso_ts(r)} | viewer build {version(r)}\n")


def g_pt_progress(r, d):
    p, doc, th = Person(r), Person(r), Person(r)
    k = r.randint(2, 11)
    code, dx = r.choice(PT_DX)
    d(f"{r.choice(PT_CLINICS)} - Physical Therapy Progress Note (visit {k} of {k + r.randint(1, 12)})\n\n")
    d("Patient: ", E(p.name(r, formal=True), "PERSON"), "   DOB: ", E(dob_str(r), "DATE_OF_BIRTH"),
      "   MRN: ", E(mrn(r), "MEDICAL_RECORD_NUMBER"), "\n")
    dos = rand_date(r)
    d("Date of service: ", E(fdate(r, dos), "DATE_TIME"), "   Time in: ", E(ftime(r, h=r.randint(7, 11)), "DATE_TIME"),
      "   Time out: ", E(ftime(r, h=r.randint(12, 17)), "DATE_TIME"), "\n")
    d("Referring physician: Dr. ", E(doc.full(), "PERSON"), "\n")
    d(f"Dx: {code} {dx}; CPT billed: 97110 x2, {cpt(r)} x1, 97530 x1\n")
    d(f"Payer: {r.choice(HEALTH_PLANS)}   Member ID: ", E(hpn(r), "HEALTH_PLAN_NUMBER"),
      f"   Auth #: PA{r.randint(1000000, 9999999)} ({r.randint(1, 9)} visits remaining)\n\n")
    d(f"S: Pt reports pain {r.randint(1, 8)}/10 at rest, {r.randint(3, 9)}/10 with stairs. ")
    if chance(r, 0.5):
        d("She states she wants to be ready for her niece's wedding in ", E(city_loc(r), "LOCATION"), " on ",
          E(date_str(r, style=r.choice(["long", "noyear", "dlong"])), "DATE_TIME"), ". ")
    else:
        d(f"Pt has been doing HEP {r.randint(3, 7)}x/week; sleep improved over the last {dur_l(r)}. ")
    if chance(r, 0.5):
        sp = Person(r, last=p.last)
        d("Lives with spouse ", E(sp.first, "PERSON"), " in a two-story home, 14 steps with R rail.")
    d("\n")
    d(f"O: Knee flexion AROM 0-{r.randint(85, 135)} deg, ext lag {r.randint(0, 10)} deg. "
      f"TUG {r.randint(7, 19)}.{r.randint(0, 9)} s. 6MWT {r.randint(250, 560)} m. "
      f"Gait with {r.choice(['no device', 'single-point cane', 'front-wheeled walker'])}.\n")
    d(f"A: Progressing toward LTGs; {r.choice(['quad strength 4-/5', 'scapular control improving', 'balance deficits persist'])}. "
      f"Good tolerance to {r.choice(['Theraband', 'BOSU', 'leg press 40 lb', 'NuStep 10 min'])}.\n")
    d(f"P: Continue 2x/week for {r.randint(3, 8)} weeks. Next visit ",
      E(fdatetime(r, dstyle=r.choice(["wd_long", "wd_abbr", "us", "long"])), "DATE_TIME"), ". ")
    if chance(r, 0.6):
        d("HEP updated in MedBridge, link emailed to ", E(email_for(r, p), "EMAIL_ADDRESS"), ".")
    d("\n")
    if chance(r, 0.4):
        d("Pt asked that messages go to cell ", E(phone_us(r), "PHONE_NUMBER"),
          f" (no voicemail before {r.choice(['noon', 'lunch'])}).\n")
    d("\nTherapist: ", E(th.full(), "PERSON"), f", PT, DPT   Lic# PT{r.randint(10000, 99999)}\n")
    d(f"Note ID {uuid(r)}  signed-by-system {iso_ts(r)}\n")


def g_birth_registration(r, d):
    mom, dad = Person(r), Person(r)
    baby = Person(r, origin=dad.origin, last=dad.last if chance(r, 0.6) else mom.last)
    att = Person(r)
    city, st = r.choice(US_CITIES)
    d(f"CERTIFICATE OF LIVE BIRTH - FACILITY WORKSHEET\nLocal file no. {r.randint(2023, 2025)}-{r.randint(10000, 99999)}"
      f"   Worksheet rev. {version(r)}\n\n")
    d("1. Child's name (first, middle, last): ", E(f"{baby.first} {baby.middle} {baby.last}", "PERSON"), "\n")
    bd = rand_date(r, 2023, 2025)
    d("2. Date of birth: ", E(fdate(r, bd, r.choice(["us", "long", "iso"])), "DATE_OF_BIRTH"),
      f"   3. Sex: {r.choice(['F', 'M'])}   Plurality: {r.choice(['Single', 'Twin - born first'])}\n")
    d(f"4. Facility name: {r.choice(FACILITIES)}   5. City, town or location of birth: ", E(city, "LOCATION"),
      "   6. County: ", E(county(r), "LOCATION"), "\n")
    d(f"Birth weight: {r.randint(2100, 4600)} g   Apgar 1/5 min: {r.randint(6, 9)}/{r.randint(8, 10)}   "
      f"Gestation: {r.randint(35, 41)} wks\n\n")
    d("MOTHER\n7. Current legal name: ", E(mom.name(r), "PERSON"), "\n")
    d("8. Date of birth: ", E(dob_str(r, y0=1978, y1=2005), "DATE_OF_BIRTH"), "   9. Name prior to first marriage: ",
      E(r.choice(ALL_LAST), "PERSON"), "\n")
    d("10. Birthplace (state, territory or foreign country): ",
      E(r.choice([STATE_NAMES[r.choice(list(STATE_NAMES))], COUNTRY_NAME[r.choice(list(INTL_CITIES))]]), "LOCATION"), "\n")
    street, mcity, mst, z = us_addr_parts(r)
    d("11. Residence - street and number: ", E(street, "ADDRESS"), "\n    City: ", E(mcity, "LOCATION"),
      "   State: ", E(mst, "LOCATION"), f"   ZIP: {z}   Inside city limits: {r.choice(['Yes', 'No'])}\n")
    if chance(r, 0.8):
        d("12. Mother's Social Security number: ", E(ssn(r), "US_SSN"), "\n")
    d("13. Mother's medical record no.: ", E(mrn(r), "MEDICAL_RECORD_NUMBER"), "\n")
    d("14. Principal source of payment: ", r.choice(["Medicaid", "Private insurance", "Self-pay", "TRICARE"]))
    if chance(r, 0.7):
        d("   ID: ", E(hpn(r), "HEALTH_PLAN_NUMBER"))
    d("\n\nFATHER\n15. Name: ", E(dad.name(r), "PERSON"), "   16. Date of birth: ",
      E(dob_str(r, y0=1970, y1=2004), "DATE_OF_BIRTH"), "\n")
    if chance(r, 0.6):
        d("17. Father's SSN: ", E(ssn(r), "US_SSN"), "\n")
    else:
        d(f"17. Father's SSN: {r.choice(['Unknown', 'Refused', ssn_invalid(r)])}\n")
    d(f"18. Education: {r.choice(['Bachelor', 'High school', 'Master', 'Some college'])}   Race/ancestry: "
      f"{r.choice(NATIONALITIES)}   Language at home: {r.choice(LANGUAGES)}\n\n")
    d("Informant contact phone: ", E(phone_us(r), "PHONE_NUMBER"), "\n")
    d("Attendant: ", E(att.fml(), "PERSON"), f", {r.choice(['CNM', 'MD', 'DO'])}  NPI {npi(r)}\n")
    d("Certifier signature date: ", E(fdate(r, bd + _dt.timedelta(days=r.randint(1, 4)), r.choice(["us", "long"])), "DATE_TIME"), "\n")
    d(f"SSA enumeration at birth requested: {r.choice(['Yes', 'No'])}   Record ctl {rs(r, UP + DIG, 10)}\n")


def g_funeral(r, d):
    dec, nok, director = Person(r), Person(r), Person(r)
    nok.last = dec.last if chance(r, 0.7) else nok.last
    home = r.choice(FUNERAL_HOMES)
    wd = rand_date(r)
    d(f"{home}\n")
    d(E(us_addr(r), "ADDRESS"), "  |  ", E(phone_us(r), "PHONE_NUMBER"), "  |  ", E(url(r, path="/obituaries"), "URL"), "\n\n")
    d(E(fdate(r, wd - _dt.timedelta(days=r.randint(2, 6)), "long"), "DATE_TIME"), "\n\n")
    hon = r.choice(["Mrs. ", "Mr. ", "Ms. ", ""])
    d("Dear ", hon, E(nok.last if hon else nok.first, "PERSON"), ",\n\n")
    d(f"Thank you for trusting us with the care of your {r.choice(['husband', 'wife', 'mother', 'father', 'brother', 'grandmother'])}, ",
      E(dec.fmiddle() if chance(r, 0.4) else dec.full(), "PERSON"), ". As discussed during our arrangement conference on ",
      E(fdatetime(r, wd - _dt.timedelta(days=r.randint(1, 3))), "DATE_TIME"), ", here is a summary of the arrangements.\n\n")
    d("Visitation: ", E(fdatetime(r, wd, dstyle="wd_long"), "DATE_TIME"), f" in the {r.choice(['Magnolia', 'Chapel', 'Garden'])} Room\n")
    d("Funeral service: ", E(fdatetime(r, wd + _dt.timedelta(days=1), dstyle=r.choice(["wd_long", "long"])), "DATE_TIME"),
      f", {r.choice(CHURCHES)}, ", E(us_addr(r, unit=False), "ADDRESS"), "\n")
    d(f"Interment: {r.choice(CEMETERIES)}, Section {r.choice('ABCDEFG')}, Lot {r.randint(1, 400)}\n\n")
    d("For the death certificate we have recorded:\n")
    d("  Date of birth: ", E(dob_str(r, y0=1925, y1=1975), "DATE_OF_BIRTH"), "\n")
    d("  Date of death: ", E(fdate(r, wd - _dt.timedelta(days=r.randint(4, 9))), "DATE_TIME"), "\n")
    d("  Place of death: ", E(city_loc(r, intl=False), "LOCATION"), "\n")
    if chance(r, 0.8):
        d("  Social Security number: ", E(ssn(r), "US_SSN"), "\n")
    if chance(r, 0.4):
        d(f"  Veteran: yes (DD-214 on file, VA claim {r.randint(10000000, 99999999)})\n")
    d(f"  Father's name: ", E(Person(r, last=dec.last).full(), "PERSON"), "\n  Mother's maiden name: ",
      E(r.choice(ALL_LAST), "PERSON"), "\n\n")
    d("Draft obituary (please review): ")
    d(E(dec.first, "PERSON"), f" passed away peacefully at age {r.randint(55, 99)}. Born in ", E(city_loc(r), "LOCATION"),
      ", ", r.choice(["he", "she", "they"]), " worked for many years at ", r.choice(BRANDS_PERSONLIKE), ". Survived by ")
    kids = [Person(r) for _ in range(r.randint(1, 3))]
    for j, kd in enumerate(kids):
        if j:
            d(", " if j < len(kids) - 1 else " and ")
        d(E(kd.full(), "PERSON"), " (", E(city_loc(r), "LOCATION"), ")")
    d(r.choice([", and a beloved dog, ", ", and a loyal cat, "]), r.choice(PET_NAMES),
      ". In lieu of flowers, donations may be made to the local food bank.\n\n")
    d(f"Statement: total {amount(r)}; deposit received {amount(r)}. ")
    if chance(r, 0.5):
        d("Card on file: ", E(card(r), "CREDIT_CARD"), ", exp ", E(card_exp(r), "DATE_TIME"), ".")
    else:
        d(f"Card on file: {masked_card(r)}. Gift card {card_invalid(r)} was declined.")
    d(f" Flowers via 1-800-Flowers order {order_no(r)}.\n\n")
    d("With sympathy,\n", E(director.full(), "PERSON"), ", Licensed Funeral Director\n", E(email_for(r, director, org_domain(r)), "EMAIL_ADDRESS"), "\n")


def g_foster_care(r, d):
    child, cw, rp1, bio, casa, judge = Person(r), Person(r), Person(r), Person(r), Person(r), Person(r)
    rp2 = Person(r, last=rp1.last)
    d(f"DEPARTMENT OF CHILDREN AND FAMILY SERVICES - CASE NOTES\nCase: JV-{r.randint(2019, 2025)}-{r.randint(1000, 99999):05d}"
      f"   Unit: Region {r.randint(1, 9)}   Confidential per statute\n")
    d("Caseworker: ", E(cw.full(), "PERSON"), " (", E(email_for(r, cw, r.choice(['dcfs.state.example.gov', 'cfs-region.org'])), "EMAIL_ADDRESS"),
      ", desk ", E(phone_us(r), "PHONE_NUMBER"), ")\n\n")
    d("Child: ", E(child.first + " " + child.last, "PERSON"), ", DOB ", E(dob_str(r, y0=2008, y1=2022), "DATE_OF_BIRTH"),
      ", Medicaid ID ", E(hpn(r), "HEALTH_PLAN_NUMBER"), "\n")
    d("Placement: resource parents ", E(rp1.first, "PERSON"), " and ", E(rp2.full(), "PERSON"), ", ")
    d(E(us_addr(r), "ADDRESS"), "; home phone ", E(phone_us(r), "PHONE_NUMBER"), "\n\n")
    d("Contact: ", E(fdatetime(r, dstyle=r.choice(["us", "long", "wd_long"])), "DATE_TIME"), " - monthly home visit\n")
    d(E(child.first, "PERSON"), f" was observed playing with the family dog, {r.choice(PET_NAMES)}. ",
      r.choice(["Room is clean, has own bed.", "Shares room with a foster sibling; adequate space.", "Reports liking new school."]),
      f" Next dental visit in {dur_l(r)}. ")
    if chance(r, 0.5):
        d("School counselor ", E(Person(r).full(), "PERSON"), " reports attendance improved since ", E(date_str(r, style="noyear"), "DATE_TIME"), ". ")
    d("\n\n")
    d("Contact: ", E(fdatetime(r), "DATE_TIME"), " - supervised visit with birth ", r.choice(["mother", "father"]), " ", E(bio.name(r), "PERSON"), "\n")
    d(E(bio.first, "PERSON"), " arrived ", r.choice(["on time", "20 minutes late", "early"]), ". New phone number ", E(phone_us(r), "PHONE_NUMBER"),
      "; reports moving to ", E(r.choice([us_addr(r), us_addr(r, unit=True)]), "ADDRESS"), ". ")
    if chance(r, 0.5):
        d("Per ", E(bio.first, "PERSON"), "'s request, visits move to Saturdays. ")
    d(f"Drug screen {relative(r)}: result pending (lab ref {order_no(r)}).\n\n")
    d("CASA volunteer ", E(casa.full(), "PERSON"), " notified. Permanency hearing set for ",
      E(fdatetime(r, dstyle=r.choice(["long", "us"])), "DATE_TIME"), f" in Dept. {r.randint(1, 40)} before Judge ",
      E(judge.last, "PERSON"), ".\n")
    if chance(r, 0.4):
        d("Child's pediatric MRN at ", r.choice(FACILITIES), ": ", E(mrn(r), "MEDICAL_RECORD_NUMBER"), "\n")
    d(f"Entered {iso_ts(r)} by user {handle(r, cw)}\n")


def g_probation(r, d):
    o, po, vic, emp = Person(r), Person(r), Person(r), Person(r)
    dlv, dst = dl(r)
    d(f"COUNTY ADULT PROBATION - CONTACT NOTE\nDocket: CR-{r.randint(2018, 2025)}-{r.randint(100000, 999999)}"
      f"   Supervision level: {r.choice(['Medium', 'High', 'Low'])}   Risk score: {r.randint(8, 34)}\n\n")
    d("Probationer: ", E(o.lf().upper() if chance(r, 0.5) else o.lfm(), "PERSON"), "\n")
    d("DOB: ", E(dob_str(r, y0=1960, y1=2004), "DATE_OF_BIRTH"), "   SSN: ", E(ssn(r), "US_SSN") if chance(r, 0.6) else ssn_masked(r),
      "\nDL: ", E(dlv, "DRIVER_LICENSE"), f" ({r.choice(['valid', 'suspended', 'restricted'])})\n")
    d("Residence: ", E(us_addr(r), "ADDRESS"), "\nCell: ", E(phone_us(r), "PHONE_NUMBER"), "\n")
    d("Employer: ", r.choice(BRANDS_PERSONLIKE), " warehouse; supervisor ", E(emp.full(), "PERSON"), " ", E(phone_us(r), "PHONE_NUMBER"), "\n\n")
    d("Contact type: office visit   Date: ", E(fdate(r, rand_date(r)), "DATE_TIME"), "   Time: ", E(ftime(r), "DATE_TIME"), "\n")
    d(f"Narrative: Reported as scheduled. UA collected, instant result negative; sent to lab (chain-of-custody {r.randint(1000000, 9999999)}). "
      f"Completed {r.randint(4, 40)} of {r.randint(40, 100)} community service hours. Paid {amount(r)} toward restitution. ")
    d("Discussed travel request to ", E(city_loc(r), "LOCATION"), " for a family funeral; denied pending approval. ")
    d(f"Vehicle: {r.choice(['2014 Honda Civic', '2019 Ford F-150', '2011 Toyota Camry', '2016 Nissan Altima'])}, plate {plate(r)}, VIN {vin(r)}.\n")
    d("No-contact order remains in effect for ", E(vic.full(), "PERSON"), ".\n")
    d("Next report: ", E(fdatetime(r, dstyle=r.choice(["wd_long", "us", "long"])), "DATE_TIME"), " with ", r.choice(["PO ", "Officer ", ""]),
      E(po.last, "PERSON"), f". Curfew conditions unchanged; ankle monitor unit {rs(r, UP, 2)}-{r.randint(10000, 99999)}.\n")
    d(f"\nsys: note {uuid(r)} saved {iso_ts(r)}\n")


def g_jury_summons(r, d):
    j, clerk = Person(r), Person(r)
    street, city, st, z = us_addr_parts(r)
    court_city, court_st = r.choice(US_CITIES)
    d(f"SUPERIOR COURT - JURY SERVICES DIVISION\nOFFICE OF THE JURY COMMISSIONER\n\n")
    d("SUMMONS FOR JURY SERVICE\n\n")
    d(E(j.full().upper(), "PERSON"), "\n", E(f"{street}\n{city.upper()} {st} {z}", "ADDRESS"), "\n\n")
    d(f"Juror ID: {r.randint(100000000, 999999999)}   Group: {r.randint(100, 999)}   Barcode {rs(r, DIG, 12)}\n\n")
    d("You are summoned to appear for jury service on ", E(fdatetime(r, dstyle="wd_long", tstyle="12"), "DATE_TIME"), " at:\n")
    d(E(f"{r.randint(100, 999)} {r.choice(['Civic Center', 'Justice', 'Court', 'Government'])} {r.choice(['Plaza', 'Way', 'Street'])}, {court_city}, {court_st} {zip5(r)}", "ADDRESS"),
      f", Jury Assembly Room {r.randint(100, 450)}\n\n")
    d("Call ", E(phone_tollfree(r), "PHONE_NUMBER"), " the evening before your report date to confirm. ")
    d("Online check-in: ", E(url(r, path=f"/jury/checkin?juror={r.randint(100000, 999999)}"), "URL"), "  Access code: ",
      E(passcode(r), "PASSWORD"), "\n\n")
    d("QUALIFICATION QUESTIONNAIRE (complete and return within 10 days)\n")
    d("Name (last, first): ", E(j.lf(), "PERSON"), "\n")
    d("Date of birth: ", E(dob_str(r, y0=1945, y1=2005), "DATE_OF_BIRTH"), "\n")
    d("Driver license / state ID: ", E(dl(r, court_st if court_st in ("CA", "NY", "FL", "TX", "IL", "WA", "OH", "PA", "MI", "GA", "NJ", "AZ") else None)[0], "DRIVER_LICENSE"), "\n")
    d("County of residence: ", E(county(r), "LOCATION"), "   Daytime phone: ", E(phone_us(r), "PHONE_NUMBER"), "\n")
    d("E-mail: ", E(email_for(r, j), "EMAIL_ADDRESS"), "\n")
    d(f"Last 4 of SSN: {r.randint(1000, 9999)}   Primary language: {r.choice(LANGUAGES)}\n")
    d(f"Prior jury service in the last {r.randint(1, 3)} years? {r.choice(['No', 'Yes'])}\n")
    if chance(r, 0.5):
        d("Postponement requested to: ", E(date_str(r, style=r.choice(["us", "long"])), "DATE_TIME"),
          f" (reason: {r.choice(['childcare', 'travel booked', 'medical appointment', 'final exams'])})\n")
    d("\nFailure to appear may result in a fine of up to $1,500. Parking validation is not available.\n")
    d(E(clerk.full(), "PERSON"), ", Jury Commissioner\n")


def g_voter_registration(r, d):
    v = Person(r)
    street, city, st, z = us_addr_parts(r)
    if chance(r, 0.5):
        d("VOTER REGISTRATION APPLICATION - DATA ENTRY EXTRACT\n\n")
        d("Last name: ", E(v.last.upper(), "PERSON"), "\nFirst name: ", E(v.first.upper(), "PERSON"),
          "\nMiddle name: ", E(v.middle.upper(), "PERSON"), "\nSuffix: \n")
        d("Residence address: ", E(street, "ADDRESS"), "\nCity/Town: ", E(city, "LOCATION"), "\nState: ", E(st, "LOCATION"),
          f"\nZIP: {z}\n")
        if chance(r, 0.5):
            d("Mailing address (if different): ", E(us_addr(r), "ADDRESS"), "\n")
        d("Date of birth: ", E(dob_str(r, style=r.choice(["us", "iso", "us_nz"]), y0=1940, y1=2007), "DATE_OF_BIRTH"), "\n")
        if chance(r, 0.6):
            d("ID number (driver license): ", E(dl(r)[0], "DRIVER_LICENSE"), "\n")
        else:
            d(f"ID number: last four of SSN {r.randint(1000, 9999)}\n")
        d("Phone (optional): ", E(phone_us(r), "PHONE_NUMBER"), "\nEmail (optional): ", E(email_for(r, v), "EMAIL_ADDRESS"), "\n")
        d(f"Party: {r.choice(['No party preference', 'Democratic', 'Republican', 'Libertarian', 'Green', 'Independent'])}\n")
        d("Previously registered at: ", E(city_loc(r, intl=False), "LOCATION"), "\n")
        d("Date signed: ", E(date_str(r, style="us"), "DATE_TIME"), "\n")
        d(f"Precinct: {r.randint(1000, 9999)}   Batch {r.randint(100, 999)}   Form rev {version(r)}\n")
        d("Keyed by: ", handle(r), f" at {iso_ts(r)}\n")
    else:
        d("voter_id,last_name,first_name,birth_date,res_street,res_city,res_zip,party,registered_on,phone\n")
        for _ in range(r.randint(4, 8)):
            p = Person(r)
            s2, c2, st2, z2 = us_addr_parts(r, unit=chance(r, 0.3))
            d(f"{r.randint(10**8, 10**9 - 1)},", E(p.last.upper(), "PERSON"), ",", E(p.first.upper(), "PERSON"), ",",
              E(dob_date(r, 1940, 2007).isoformat(), "DATE_OF_BIRTH"), ",\"", E(s2.upper(), "ADDRESS"), "\",",
              E(c2.upper(), "LOCATION"), f",{z2[:5]},{r.choice(['DEM', 'REP', 'NPA', 'LIB', 'GRN'])},",
              E(rand_date(r, 2000, 2025).isoformat(), "DATE_TIME"), ",")
            if chance(r, 0.6):
                d(E(phone_us(r, fmt=1), "PHONE_NUMBER"))
            d("\n")
        d(f"# exported {iso_ts(r)} rows={r.randint(1000, 90000)} sha256={sha(r, 64)}\n")


def g_military_sep(r, d):
    m, off, rel = Person(r), Person(r), Person(r)
    s_in = rand_date(r, 2004, 2016)
    s_out = rand_date(r, 2018, 2025)
    sp, sc, sst, sz = us_addr_parts(r)
    d("CERTIFICATE OF RELEASE OR DISCHARGE FROM ACTIVE DUTY - WORKSHEET COPY (NOT AN OFFICIAL DOCUMENT)\n\n")
    d("1. NAME (Last, First, Middle): ", E(f"{m.last.upper()}, {m.first.upper()} {m.middle.upper()}", "PERSON"), "\n")
    d(f"2. DEPARTMENT, COMPONENT AND BRANCH: {r.choice(['ARMY/RA', 'NAVY/USN', 'USMC/REG', 'USAF/RegAF', 'USCG'])}\n")
    d("3. SOCIAL SECURITY NUMBER: ", E(ssn(r), "US_SSN"), "\n")
    d(f"4a. GRADE, RATE OR RANK: {r.choice(['SSG', 'SGT', 'SPC', 'PO2', 'CPL', 'TSgt', 'CPT'])}   4b. PAY GRADE: E0{r.randint(3, 7)}\n")
    d("5. DATE OF BIRTH (YYYYMMDD): ", E(fdate(r, dob_date(r, 1970, 2002), "compact"), "DATE_OF_BIRTH"), "\n")
    d("6. RESERVE OBLIG. TERM. DATE: ", E(fdate(r, s_out + _dt.timedelta(days=r.randint(300, 1500)), "compact"), "DATE_TIME"), "\n")
    ec, est = r.choice(US_CITIES)
    d("7a. PLACE OF ENTRY INTO ACTIVE DUTY: ", E(f"{ec.upper()}, {est}", "LOCATION"), "\n")
    d("7b. HOME OF RECORD AT TIME OF ENTRY: ", E(us_addr(r).upper(), "ADDRESS"), "\n")
    bn = r.randint(1, 4)
    d(f"8a. LAST DUTY ASSIGNMENT AND MAJOR COMMAND: {bn}{_ordsuf(bn).upper()} BN, {r.randint(5, 82)}TH {r.choice(['INF', 'CAV', 'FA', 'EN'])} REGT\n")
    d("8b. STATION WHERE SEPARATED: ", E(r.choice(["FORT CAVAZOS, TX", "JB LEWIS-MCCHORD, WA", "FORT LIBERTY, NC", "CAMP LEJEUNE, NC", "NAVAL STATION NORFOLK, VA"]), "LOCATION"), "\n")
    d("12a. DATE ENTERED AD THIS PERIOD: ", E(fdate(r, s_in, "compact"), "DATE_TIME"), "\n")
    d("12b. SEPARATION DATE THIS PERIOD: ", E(fdate(r, s_out, "compact"), "DATE_TIME"), "\n")
    yrs = (s_out - s_in).days // 365
    d(f"12c. NET ACTIVE SERVICE THIS PERIOD: {yrs:04d} {r.randint(0, 11):02d} {r.randint(0, 29):02d}\n")
    d(f"13. DECORATIONS: {r.choice(['ARMY COMMENDATION MEDAL (2ND AWARD)//', 'NAVY ACHIEVEMENT MEDAL//', 'GOOD CONDUCT MEDAL//'])}NATIONAL DEFENSE SERVICE MEDAL//\n")
    d(f"18. REMARKS: MEMBER HAS COMPLETED FIRST FULL TERM OF SERVICE//SUBJECT TO ACTIVE DUTY RECALL//CONTROL NO {rs(r, UP + DIG, 9)}//\n")
    d("19a. MAILING ADDRESS AFTER SEPARATION: ", E(f"{sp.upper()}, {sc.upper()}, {sst} {sz}", "ADDRESS"), "\n")
    d("19b. NEAREST RELATIVE: ", E(rel.full().upper(), "PERSON"), ", ", E(us_addr(r).upper(), "ADDRESS"), "\n")
    d("21. SIGNATURE OF MEMBER: /s/ ", E(m.full().upper(), "PERSON"), "\n")
    d("22. OFFICIAL AUTHORIZED TO SIGN: ", E(off.lfm().upper(), "PERSON"), f", {r.choice(['CPT', 'MAJ', 'LT', 'CW2'])}, CHIEF, TRANSITION CENTER\n")
    d(f"23. TYPE OF SEPARATION: RELEASE FROM ACTIVE DUTY   24. CHARACTER OF SERVICE: {r.choice(['HONORABLE', 'GENERAL (UNDER HONORABLE CONDITIONS)'])}\n")
    d(f"26. SEPARATION CODE: {rs(r, UP, 3)}   27. REENTRY CODE: {r.choice(['1', '3', 'RE-1', 'RE-3'])}\n")
    if chance(r, 0.5):
        d("Veteran's daytime phone for VSO follow-up: ", E(phone_us(r), "PHONE_NUMBER"), "\n")


def g_pension(r, d):
    p, ben = Person(r), Person(r)
    eu = chance(r, 0.35)
    plan = r.choice(["Meridian Retirement Plan", "Carpenters Regional Pension Fund", "State Teachers' Retirement System",
                     "Northwind Corp. Defined Benefit Plan", "Harbor Annuity Trust"])
    d(f"{plan}\nANNUAL BENEFIT STATEMENT - PLAN YEAR {r.randint(2021, 2025)}\n\n")
    if eu:
        cc = r.choice(["NL", "IT", "PT", "DE"])
        st_, city, full = intl_addr(r, cc, multiline=True)
        d(E(p.full(), "PERSON"), "\n", E(full, "ADDRESS"), "\n\n")
    else:
        d(E(p.full().upper() if chance(r, 0.5) else p.full(), "PERSON"), "\n", E(us_addr(r, multiline=True), "ADDRESS"), "\n\n")
    d(f"SSN: {ssn_masked(r)}   Plan no. 00{r.randint(1, 9)}   Statement seq. {r.randint(1, 40)}\n")
    d("Date of birth: ", E(dob_str(r, y0=1950, y1=1975), "DATE_OF_BIRTH"), "   Normal retirement date: ",
      E(date_str(r, 2026, 2040, style=r.choice(["us", "long", "iso"])), "DATE_TIME"), "\n")
    d(f"Credited service: {r.randint(5, 38)} years {r.randint(0, 11)} months   Vesting: 100%\n")
    d(f"Accrued monthly benefit (single life annuity): {amount(r)}   Lump-sum equivalent: {amount(r)}\n")
    d(f"Interest crediting rate: {r.randint(2, 6)}.{r.randint(0, 99):02d}%   Ages 65+ COLA: {r.randint(1, 3)}%\n\n")
    d("Direct deposit: ")
    if eu:
        d("IBAN ", E(iban(r, cc), "IBAN_CODE"), f"  BIC {r.choice(BICS)}\n")
    else:
        d(f"routing {routing(r)}, account ", E(acct(r), "ACCOUNT_NUMBER"), f" ({r.choice(['checking', 'savings'])})\n")
    d("\nBENEFICIARY DESIGNATION ON FILE\n")
    d("Primary: ", E(ben.full(), "PERSON"), f" ({r.choice(['spouse', 'daughter', 'son', 'partner'])}), 100%   DOB ",
      E(dob_str(r, y0=1950, y1=2000), "DATE_OF_BIRTH"), "\n")
    if chance(r, 0.5):
        d("Contingent: ", E(Person(r).full(), "PERSON"), " 50%, ", E(Person(r).full(), "PERSON"), " 50%\n")
    if chance(r, 0.5):
        d("\nFORM W-4P ELECTION (copy)\nName: ", E(p.lf(), "PERSON"), "   SSN: ", E(ssn(r), "US_SSN"),
          f"\nFiling status: {r.choice(['Single', 'Married filing jointly', 'Head of household'])}   Extra withholding: {amount(r)}\n")
    d("\nQuestions? Call ", E(phone_tollfree(r), "PHONE_NUMBER"), " or visit ", E(url(r, path="/members/statements"), "URL"),
      ". Statement generated ", iso_ts(r), f"; doc id {uuid(r)}.\n")


def g_student_loan(r, d):
    b, cos = Person(r), Person(r)
    serv = r.choice(["Keystone Student Loan Servicing", "Aspire Education Finance", "Granite State Loan Services",
                     "Meridian EdServ", "Lakeshore Student Aid Servicing"])
    d(f"{serv}\n", E(f"P.O. Box {r.randint(1000, 99999)}, {r.choice(US_CITIES)[0]}, {r.choice(list(STATE_NAMES))} {zip5(r)}", "ADDRESS"), "\n\n")
    d(E(date_str(r, style=r.choice(["long", "us"])), "DATE_TIME"), "\n\n")
    d(E(b.full().upper() if chance(r, 0.4) else b.full(), "PERSON"), "\n", E(us_addr(r, multiline=True), "ADDRESS"), "\n\n")
    d("Account Number: ", E(acct(r), "ACCOUNT_NUMBER"), f"\nLoan IDs: 1-0{r.randint(1, 6)}, 1-0{r.randint(7, 9)} (Direct Sub/Unsub)\n")
    d(f"Re: {r.choice(['Your new monthly payment', 'Forbearance ending', 'Income-driven repayment recertification', 'Payment received - thank you'])}\n\n")
    d("Dear ", r.choice(["", "Mr. ", "Ms. ", "Mx. "]), E(b.last if chance(r, 0.5) else b.full(), "PERSON"), ",\n\n")
    d(f"Your {r.choice(['SAVE', 'IBR', 'PAYE', 'Standard 10-year', 'Graduated'])} plan payment of {amount(r)} is due on ",
      E(date_str(r, style=r.choice(["long", "us", "abbr"])), "DATE_TIME"), f". Autopay will draft from the bank account ending "
      f"{r.randint(1000, 9999)} about {r.randint(2, 5)} days before the due date. ")
    d("Your forbearance ended on ", E(date_str(r, style=r.choice(["long", "us"])), "DATE_TIME"),
      f"; unpaid interest of {amount(r)} was capitalized. ")
    if chance(r, 0.6):
        d("Your recertification deadline is ", E(date_str(r, style="long"), "DATE_TIME"), ". ")
    d("\n\n")
    if chance(r, 0.5):
        d("Co-signer on loan 1-02: ", E(cos.full(), "PERSON"), ", ", E(us_addr(r), "ADDRESS"), ". ")
        d("Co-signer SSN on file: ", E(ssn(r), "US_SSN") if chance(r, 0.5) else ssn_masked(r), ".\n")
    d(f"We received an employment certification for {r.choice(BRANDS_PERSONLIKE)} (EIN {r.randint(10, 99)}-{r.randint(1000000, 9999999)}); "
      f"{r.randint(12, 119)} of 120 qualifying payments are counted.\n")
    d("\nBorrower SSN: ", E(ssn(r), "US_SSN") if chance(r, 0.4) else ssn_masked(r), "   Date of birth: ",
      E(dob_str(r, y0=1975, y1=2004), "DATE_OF_BIRTH"), "\n")
    d("Email on file: ", E(email_for(r, b), "EMAIL_ADDRESS"), "   Phone on file: ", E(phone_us(r), "PHONE_NUMBER"), "\n\n")
    d("Manage your account at ", E(url(r, path="/borrower/login"), "URL"), " or call ", E(phone_tollfree(r), "PHONE_NUMBER"),
      " (TTY 711). ", r.choice(["We are here to help.", "Para ayuda en español, llame al mismo número."]), "\n\n")
    d(f"Borrower Services\n{serv}\nLetter code {rs(r, UP, 3)}-{r.randint(100, 999)} / batch {r.randint(100000, 999999)}\n")


def g_freight_bol(r, d):
    shp, cons, drv, rcv = Person(r), Person(r), Person(r), Person(r)
    dlv, dst = dl(r)
    d(f"STRAIGHT BILL OF LADING - SHORT FORM - NOT NEGOTIABLE\nBOL #: {r.randint(10**9, 10**10 - 1)}     "
      f"Ship date: ", E(date_str(r, style=r.choice(["us", "iso", "dmy_abbr"])), "DATE_TIME"), "\n\n")
    d(f"SHIP FROM: {r.choice(BRANDS_PERSONLIKE)} DC {r.randint(1, 40)}\n", E(us_addr(r, multiline=True), "ADDRESS"), "\n")
    d("Contact: ", E(shp.full(), "PERSON"), "   Tel: ", E(phone_us(r), "PHONE_NUMBER"), f"   SID#: {rs(r, UP, 2)}{r.randint(10**6, 10**7)}\n\n")
    d(f"SHIP TO: {r.choice(['Northwind Grocers', 'Bluepeak Hardware', 'Cedar & Pine Home', 'Harbor Freightways Retail'])} #{r.randint(100, 999)}\n",
      E(us_addr(r, multiline=True), "ADDRESS"), "\n")
    d("Receiving: ", E(cons.full(), "PERSON"), " ", E(phone_us(r), "PHONE_NUMBER"), f"   CID#: {r.randint(10**5, 10**6)}   "
      f"Location #: {r.randint(100, 9999)}\n\n")
    d("THIRD PARTY FREIGHT CHARGES BILL TO: Ironbridge Logistics, acct ", E(acct(r), "ACCOUNT_NUMBER"), "\n")
    d(f"Carrier: {r.choice(['Old Pine Freight', 'Roadrunner Xpress', 'Redtail Transport', 'Summit Carriers'])}   SCAC: {rs(r, UP, 4)}   "
      f"Trailer: {r.randint(10000, 99999)}   Seal: {rs(r, UP, 2)}{r.randint(100000, 999999)}   PRO: {r.randint(10**9, 10**10 - 1)}\n")
    d("Pickup appointment: ", E(fdatetime(r), "DATE_TIME"), "   Delivery appointment: ", E(fdatetime(r), "DATE_TIME"), "\n\n")
    d("| HU | Pkgs | Wt (lb) | HM | Commodity description              | NMFC   | Class |\n")
    d("|----|------|---------|----|------------------------------------|--------|-------|\n")
    for _ in range(r.randint(1, 4)):
        d(f"| {r.randint(1, 26):>2} | {r.randint(1, 90):>4} | {r.randint(80, 42000):>7} | {r.choice(['  ', 'X '])} | "
          f"{r.choice(['Paper goods, HS 4818.10', 'Electronic components, HS 8542.31', 'Household cleaners, UN1993', 'Canned goods', 'Auto parts, HS 8708.99', 'Furniture, KD flat'])[:34]:<34} | "
          f"{r.randint(100000, 199999)} | {r.choice(['55', '70', '85', '92.5', '125'])}    |\n")
    d(f"\nTotal declared value: {amount(r)}   COD: none   Temp: {r.choice(['ambient', '34-38 F', 'frozen -10 F'])}\n")
    d("Driver: ", E(drv.full(), "PERSON"), "   CDL: ", E(dlv, "DRIVER_LICENSE"), "   Cell: ", E(phone_us(r), "PHONE_NUMBER"), "\n")
    d(f"Tractor plate {plate(r)}, VIN {vin(r)}, unit {r.randint(100, 999)}\n")
    d("Special instructions: call ", E(rcv.first, "PERSON"), " at ", E(phone_us(r), "PHONE_NUMBER"),
      f" {r.randint(15, 60)} min before arrival; lift-gate required; no deliveries {weekday_only(r)}s.\n\n")
    d("Shipper signature: ", E(shp.full(), "PERSON"), "   Date: ", E(date_str(r, style="us"), "DATE_TIME"), "\n")
    d("Carrier signature / pickup: ", E(drv.name(r), "PERSON"), "   ", E(fdatetime(r, dstyle="us", tstyle="24"), "DATE_TIME"), "\n")
    d(f"Scanned {iso_ts(r)} doc {uuid(r)}\n")


def _jkv(d, k, v, typ=None, comma=True, ind="  "):
    d(f'{ind}"{k}": "', E(v, typ) if typ else v, '"' + ("," if comma else "") + "\n")


def g_fleet_telematics(r, d):
    d(r.choice(["# telematics alert stream (ndjson) export\n", "--- fleet-alerts.jsonl (excerpt) ---\n"]))
    for _ in range(r.randint(2, 3)):
        p = Person(r)
        dlv, dst = dl(r)
        d('{"alert_id":"', uuid(r), f'","ts":{epoch(r)},"received_at":"{iso_ts(r)}","type":"',
          r.choice(["HARSH_BRAKE", "SPEEDING", "GEOFENCE_EXIT", "IDLE_EXCESS", "SEATBELT", "COLLISION_SUSPECTED"]),
          f'","severity":"{r.choice(["low", "medium", "high"])}","vehicle":{{"unit":"TRK-{r.randint(100, 9999):04d}","vin":"{vin(r)}","plate":"{plate(r)}"}},')
        d('"driver":{"name":"', E(p.name(r), "PERSON"), f'","employee_id":"E{r.randint(10000, 99999)}","phone":"', E(phone_us(r, fmt=r.choice([1, 3, 7])), "PHONE_NUMBER"), '"')
        if chance(r, 0.5):
            d(',"cdl":"', E(dlv, "DRIVER_LICENSE"), f'","cdl_class":"{r.choice("AB")}"')
        d('},"location":{', f'"lat":{r.uniform(25, 48):.5f},"lon":{-r.uniform(70, 122):.5f},')
        if chance(r, 0.5):
            d('"address":"', E(us_addr(r, unit=False), "ADDRESS"), '"')
        else:
            st_, c_, s_, z_ = us_addr_parts(r, unit=False)
            d('"street":"', E(st_, "ADDRESS"), '","city":"', E(c_, "LOCATION"), '","state":"', E(s_, "LOCATION"), f'","zip":"{z_}"')
        d(f'}},"speed_mph":{r.randint(0, 88)},"limit_mph":{r.choice([35, 45, 55, 65, 70])},"fw":"{version(r)}","gw_ip":"', E(ipv4(r), "IP_ADDRESS"), '"}\n')
    d("\n# webhook subscription\n{\n")
    _jkv(d, "endpoint", url(r, path=f"/hooks/telematics/{rs(r, LOW + DIG, 10)}"), "URL")
    _jkv(d, "signing_secret", generic_secret(r), "GENERIC_SECRET")
    _jkv(d, "api_token", var_ref(r, "TELEMATICS_API_TOKEN") if chance(r, 0.5) else "[redacted]")
    if chance(r, 0.4):
        d('  "s3_export": {"bucket": "fleet-archive", "access_key_id": "', E(aws_key(r), "AWS_ACCESS_KEY"), '", "secret_access_key": "',
          E(aws_secret(r), "AWS_SECRET_KEY"), '"},\n')
    d(f'  "created_at": "{iso_ts(r)}",\n  "retry_policy": {{"max_attempts": {r.randint(3, 10)}, "backoff": "{dur_s(r)}"}}\n}}\n\n')
    disp, drv = Person(r), Person(r)
    d("Dispatcher note: ", E(disp.first, "PERSON"), " called ", E(drv.full(), "PERSON"), " at ", E(ftime(r), "DATE_TIME"),
      f" re: {r.choice(['harsh brake event', 'geofence exit near the yard', 'idle time'])}; driver reports ",
      r.choice(["a deer on the road", "a sudden merge", "traffic stop", "road construction"]), ". Follow-up coaching set for ",
      E(fdatetime(r, dstyle=r.choice(["us", "wd_long", "long"])), "DATE_TIME"), ".\n")


def g_marina(r, d):
    les, emer, mgr = Person(r), Person(r), Person(r)
    eu = chance(r, 0.3)
    boat = r.choice(["Sea Biscuit", "Reel Therapy", "Knot on Call", "Salty Dog", "Aquaholic", "Second Wind",
                     "Wet Dreams II", "Liquid Asset", "Pier Pressure", "Seas the Day"])
    name = r.choice(["Harborlight Marina", "Pelican Point Yacht Basin", "Cedar Cove Marina", "Porto Azzurro Marina", "Jachthaven De Kaag"])
    d(f"{name.upper()} - SEASONAL SLIP LICENSE AGREEMENT\nAgreement no. SL-{r.randint(2023, 2025)}-{r.randint(1000, 9999)}   Slip: {r.choice('ABCDEFG')}-{r.randint(1, 60)}\n\n")
    d("Licensee: ", E(les.name(r), "PERSON"), "\n")
    if eu:
        cc = r.choice(["NL", "IT", "PT"])
        _, _, full = intl_addr(r, cc)
        d("Address: ", E(full, "ADDRESS"), "\nMobile: ", E(phone(r, cc), "PHONE_NUMBER"), "\n")
    else:
        d("Address: ", E(us_addr(r), "ADDRESS"), "\nMobile: ", E(phone_us(r), "PHONE_NUMBER"), "\n")
    d("Email: ", E(email_for(r, les), "EMAIL_ADDRESS"), "\n")
    dlv, dst = dl(r)
    d("Driver license: ", E(dlv, "DRIVER_LICENSE"), "\n\n")
    d(f"Vessel: \"{boat}\"   Make/model: {r.choice(['Boston Whaler 270 Dauntless', 'Sea Ray 290', 'Grady-White 251', 'Catalina 30', 'Beneteau Oceanis 38'])}   "
      f"LOA {r.randint(18, 45)} ft   HIN {rs(r, UP, 3)}{r.randint(10000, 99999)}{rs(r, 'ABCDEFGHJKL', 1)}{r.randint(1, 9)}{r.randint(10, 25)}\n")
    d(f"Registration: {rs(r, UP, 2)} {r.randint(1000, 9999)} {rs(r, UP, 2)}   Insurance: {r.choice(['Progressive', 'GEICO Marine', 'Markel'])} policy {rs(r, UP, 3)}{r.randint(1000000, 9999999)} "
      "(hull & liability, boat only)\n")
    t0 = rand_date(r, 2024, 2026)
    tst = r.choice(["long", "us", "iso", "abbr"])
    d("Term: ", E(fdate(r, t0, tst), "DATE_TIME"), " through ", E(fdate(r, t0 + _dt.timedelta(days=r.randint(90, 365)), tst), "DATE_TIME"), "\n")
    d(f"Fee: {amount(r, '€' if eu else '$')} (incl. electric 30A, water). Late fee {r.randint(5, 15)}% after {r.randint(5, 15)} days.\n\n")
    d("PAYMENT AUTHORIZATION\n")
    if eu and chance(r, 0.7):
        d("SEPA direct debit, IBAN: ", E(iban(r, cc), "IBAN_CODE"), f"   BIC: {r.choice(BICS)}   Mandate ref: MND-{r.randint(100000, 999999)}\n")
    else:
        d("Card number: ", E(card(r), "CREDIT_CARD"), "   Exp: ", E(card_exp(r), "DATE_TIME"), f"   CVV: on file (not stored)\n")
        d(f"Previous card {masked_card(r)} removed.\n")
    d("\nEmergency contact: ", E(emer.full(), "PERSON"), ", ", E(phone_any(r), "PHONE_NUMBER"), "\n")
    d("Dock gate code: ", E(str(r.randint(1000, 9999)), "PASSWORD"), "#   Wi-Fi: MarinaGuest / password ", E(password(r), "PASSWORD"), "\n")
    d(f"Pump-out is free {weekday_only(r)}s. Liveaboard: {r.choice(['not permitted', 'permitted with approval'])}. Dockhand's dog {r.choice(PET_NAMES)} is friendly.\n")
    d("\nLicensee signature: ", E(les.full(), "PERSON"), "   Date: ", E(date_str(r, style="us"), "DATE_TIME"), "\n")
    d("Harbormaster: ", E(mgr.fml(), "PERSON"), "   ", E(role_email(r), "EMAIL_ADDRESS"), "\n")


def g_wedding(r, d):
    pl, a, b, photo, coord = Person(r), Person(r), Person(r), Person(r), Person(r)
    eu = chance(r, 0.3)
    wd = rand_date(r, 2025, 2026)
    d("From: ", E(pl.full(), "PERSON"), " <", E(email_for(r, pl, f"{r.choice(['everafter', 'petalandpine', 'goldenhour'])}events.com"), "EMAIL_ADDRESS"), ">\n")
    d("To: ", E(email_for(r, a), "EMAIL_ADDRESS"), ", ", E(email_for(r, b), "EMAIL_ADDRESS"), "\n")
    d(f"Date: {WEEKDAYS['en'][r.randint(0, 6)][:3]}, {r.randint(1, 28)} {MONTHS['en'][r.randint(0, 11)][:3]} {r.randint(2024, 2025)} "
      f"{r.randint(7, 22):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} {r.choice(['-0500', '-0700', '+0100', '+0000'])}\n")
    d("Subject: Timeline + vendor contacts for the big day!\n\n")
    d("Hi ", E(a.first, "PERSON"), " and ", E(b.first, "PERSON"), "!\n\n")
    d("Only ", str(r.randint(3, 20)), " weeks to go until ", E(fdate(r, wd, r.choice(["wd_long", "long", "ord"])), "DATE_TIME"),
      "! Here is the working timeline:\n\n")
    venue = r.choice(["The Green Barn at Willow Creek", "Villa Fiorita", "Quinta da Ribafria", "Kasteel de Haar Orangerie", "Harborview Loft"])
    d("- Ceremony: ", E(ftime(r, h=r.randint(14, 17)), "DATE_TIME"), f" at {venue}, ")
    if eu:
        cc = r.choice(["IT", "PT", "NL"])
        d(E(intl_addr(r, cc)[2], "ADDRESS"), "\n")
    else:
        d(E(us_addr(r, unit=False), "ADDRESS"), "\n")
    d("- Photographer: ", E(photo.full(), "PERSON"), " (", E(phone_any(r), "PHONE_NUMBER"), "), arrives at ",
      E(ftime(r, h=r.randint(11, 13)), "DATE_TIME"), " for getting-ready shots\n")
    d(f"- Florist: {r.choice(['Petal & Stem', 'Wild Poppy Co.', 'Martha Stewart Living collection'])} - centerpieces confirmed (order {order_no(r)})\n")
    d("- Shuttle: pickup from the hotel lobby at ", E(ftime(r, h=r.randint(13, 16)), "DATE_TIME"), f", {r.randint(2, 4)} trips, {r.randint(15, 50)} minutes each way\n")
    d(f"- Cake tasting moved to {relative(r)}; the {r.choice(ICE_CREAM)} ice cream bar is a go.\n\n")
    d(f"Balance due: {amount(r, '€' if eu else '$')} by ", E(date_str(r, style=r.choice(["long", "us", "dlong"])), "DATE_TIME"), ". ")
    if eu or chance(r, 0.3):
        d("Bank transfer to IBAN ", E(iban(r), "IBAN_CODE"), f" (BIC {r.choice(BICS)}), reference WED-{r.randint(1000, 9999)}.\n")
    else:
        d("Pay by card here: ", E(url(r, path=f"/pay/{rs(r, LOW + DIG, 10)}"), "URL"), "\n")
    d("Venue Wi-Fi for the DJ: network GreenBarn-Guests, password ", E(password(r), "PASSWORD"), "\n\n")
    g1, g2, g3 = Person(r), Person(r), Person(r)
    d("Guest list changes: add ", E(g1.full().lower(), "PERSON"), " (+1), remove ", E(g2.full(), "PERSON"), "; ",
      E(g3.first, "PERSON"), "'s plus-one is now ", E(Person(r).full(), "PERSON"), ". Table 7 seats 10.\n")
    d("Day-of coordinator: ", E(coord.full(), "PERSON"), ", cell ", E(phone_any(r), "PHONE_NUMBER"), "\n\n")
    d("xo,\n", E(pl.first, "PERSON"), "\n", f"{r.choice(['Ever After', 'Petal and Pine', 'Golden Hour'])} Events | ", E(url(r), "URL"), "\n")


def g_library_hold(r, d):
    p = Person(r)
    lib = r.choice(["Riverbend Public Library", "Cedar Valley Library District", "Lakeview Free Library", "Northgate Community Library"])
    branch = r.choice(["Main", "Eastside", "Oak Park", "Harbor", "Westwood"])
    d(f"{lib}\n{r.choice(['HOLD READY FOR PICKUP', 'Your hold is available', 'Reminder: item waiting'])}\n\n")
    d("Hello ", E(p.full().upper() if chance(r, 0.4) else p.first, "PERSON"), ",\n\n")
    d(f"The following item{'s are' if chance(r, 0.5) else ' is'} ready at the {branch} Branch, ", E(us_addr(r, unit=False), "ADDRESS"), ":\n\n")
    titles = ["The Quiet Orchard", "A Field Guide to Tidepools", "Bread Every Day", "Rivers of Memory", "The Lighthouse Year",
              "Practical Woodworking", "Small Engines, Big Repairs", "Learning Portuguese in 30 Days", "The Last Summer Train"]
    for _ in range(r.randint(1, 3)):
        au = Person(r)
        while True:
            isbn = "978" + rs(r, DIG, 9)
            isbn += str((10 - sum((3 if i % 2 else 1) * int(c) for i, c in enumerate(isbn)) % 10) % 10)
            if not luhn_ok(isbn):
                break
        d(f"  Title: {r.choice(titles)} / ", E(au.full(), "PERSON"), f"\n  Call no.: {r.randint(100, 999)}.{r.randint(1, 99)} {_ascii(au.last)[:3].upper()}   ISBN {isbn}\n")
        d("  Pick up by: ", E(fdate(r, rand_date(r), r.choice(["wd_long", "us", "long", "wd_abbr"])), "DATE_TIME"), "\n\n")
    d("Library account: ", E(digits_nonluhn(r, 14, "2"), "ACCOUNT_NUMBER"), f"   Balance: {amount(r)}   Items out: {r.randint(0, 12)}\n")
    if chance(r, 0.6):
        d("Holds locker pickup code: ", E(passcode(r), "PASSWORD"), f" (valid for {r.randint(3, 7)} days)\n")
    d(f"You are #{r.randint(2, 40)} in line for one other title. Items not picked up will go to the next patron.\n\n")
    d("Questions? ", E(phone_us(r), "PHONE_NUMBER"), " | ", E(role_email(r), "EMAIL_ADDRESS"), " | ", E(url(r, path="/account/holds"), "URL"), "\n")
    if chance(r, 0.4):
        d("This notice was sent to ", E(email_for(r, p), "EMAIL_ADDRESS"), " and by text to ", E(phone_us(r), "PHONE_NUMBER"), ".\n")
    d(f"[notice id {uuid(r)} queued {iso_ts(r)}]\n")


def g_pet_adoption(r, d):
    a, co, land, ref = Person(r), Person(r), Person(r), Person(r)
    pet = r.choice(PET_NAMES)
    d(f"{r.choice(['Second Chance Animal Rescue', 'Happy Tails Shelter', 'Paws & Whiskers Adoption Center'])} - ADOPTION APPLICATION\n")
    d(f"Animal: {pet} ({r.choice(['DSH cat', 'lab mix', 'beagle', 'pit mix', 'senior terrier'])}), ID A{r.randint(1000000, 9999999)}, "
      f"microchip {digits_nonluhn(r, 15, '9')}\n\n")
    d("Applicant: ", E(a.name(r, formal=True), "PERSON"), "\nDate of birth: ", E(dob_str(r, y0=1950, y1=2004), "DATE_OF_BIRTH"), "\n")
    d("Address: ", E(us_addr(r), "ADDRESS"), "\nPhone: ", E(phone_us(r), "PHONE_NUMBER"), "   Email: ", E(email_for(r, a), "EMAIL_ADDRESS"), "\n")
    dlv, dst = dl(r)
    d("Photo ID (driver license #): ", E(dlv, "DRIVER_LICENSE"), "\n")
    if chance(r, 0.6):
        d("Co-applicant / household adult: ", E(co.full(), "PERSON"), ", ", E(phone_us(r), "PHONE_NUMBER"), "\n")
    d(f"\nHousing: {r.choice(['Rent', 'Own', 'Live with family'])}; yard fenced: {r.choice(['yes', 'no', 'partially'])}\n")
    d("Landlord: ", E(land.full(), "PERSON"), " (", r.choice(BRANDS_PERSONLIKE[-3:] + ["Pinecrest Property Mgmt"]), "), ", E(phone_us(r), "PHONE_NUMBER"), "\n")
    d(f"Current pets: {r.choice(PET_NAMES)} ({r.randint(1, 14)}y dog), {r.choice(PET_NAMES)} ({r.randint(1, 14)}y cat)\n")
    d(f"Vet reference: {r.choice(['Oak Ridge Animal Hospital', 'Banfield', 'VCA Westside'])}, Dr. ", E(ref.last, "PERSON"), ", ", E(phone_us(r), "PHONE_NUMBER"), "\n")
    d(f"Hours pet will be alone per day: {r.randint(2, 9)}\n")
    d("Why do you want to adopt ", pet, "? ", r.choice(["We lost our senior dog last year and miss having a companion.",
                                                    "My kids have been asking for two years!", "Work from home now, ready for a buddy."]), "\n\n")
    d("Home visit scheduled: ", E(fdatetime(r, dstyle=r.choice(["wd_long", "us", "long"])), "DATE_TIME"), " with volunteer ", E(Person(r).first, "PERSON"), "\n")
    d(f"Adoption fee {amount(r)}: ")
    if chance(r, 0.6):
        d("card ", E(card(r), "CREDIT_CARD"), " exp ", E(card_exp(r), "DATE_TIME"), "\n")
    else:
        d(f"paid cash, receipt {order_no(r)}\n")
    d(f"Staff use: approved by {handle(r)} | app id {uuid(r)}\n")


def g_isp_abuse(r, d):
    sub, ana = Person(r), Person(r)
    src = ipv4(r, private=False)
    d("From: Abuse Desk <", E("abuse@" + r.choice(["northwind-fiber.net", "bluepeak.net", "tidewater-broadband.com"]), "EMAIL_ADDRESS"), ">\n")
    d(f"Date: {WEEKDAYS['en'][r.randint(0, 6)][:3]}, {r.randint(1, 28)} {MONTHS['en'][r.randint(0, 11)][:3]} {r.randint(2024, 2025)} "
      f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} +0000\n")
    d(f"Subject: [Case ABU-{r.randint(100000, 999999)}] {r.choice(['Outbound SSH brute force', 'Phishing site hosted', 'Spam relay', 'Copyright notice', 'DDoS participation'])} from ", E(src, "IP_ADDRESS"), "\n\n")
    d("Incident summary\n----------------\n")
    d("Reported source: ", E(src, "IP_ADDRESS"), f" (port {r.randint(1024, 65535)})   ASN: AS{r.randint(1000, 65000)}\n")
    d("Target(s): ", E(ipv4(r, private=False), "IP_ADDRESS"), ":22, ", E(ip_any(r), "IP_ADDRESS"), "\n")
    if chance(r, 0.5):
        d("Reported URL: ", E(url(r, path=f"/{rs(r, LOW, 6)}/verify-account.php?id={rs(r, ALNUM, 12)}"), "URL"), " (now offline)\n")
    d("\nLog excerpt supplied by reporter (UTC):\n")
    for _ in range(r.randint(2, 4)):
        d(f"{r.choice(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun'])} {r.randint(1, 28):2d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} "
          f"bastion sshd[{r.randint(1000, 99999)}]: Failed password for invalid user {r.choice(['admin', 'oracle', 'ubuntu', 'test'])} from ", E(src, "IP_ADDRESS"),
          f" port {r.randint(30000, 65000)} ssh2\n")
    d(f"\nSample sha256: {sha(r, 64)}\n")
    if chance(r, 0.45):
        d("Recovered phishing-kit config (credentials now revoked by the affected providers):\n")
        if chance(r, 0.5):
            d(f"  $smtp_host = 'mail.{org_domain(r)}'; $smtp_pass = '", E(password(r), "PASSWORD"), "';\n")
        if chance(r, 0.6):
            d("  $slack_token = '", E(slack_token(r), "SLACK_TOKEN"), "';\n")
        else:
            d("  $aws_key = '", E(aws_key(r), "AWS_ACCESS_KEY"), "'; $aws_secret = '", E(aws_secret(r), "AWS_SECRET_KEY"), "';\n")
    d("\n")
    d("Subscriber lookup (internal)\n----------------------------\n")
    d("Customer account: ", E(acct(r), "ACCOUNT_NUMBER"), "\nSubscriber: ", E(sub.name(r, formal=True), "PERSON"), "\n")
    d("Service address: ", E(us_addr(r), "ADDRESS"), "\nContact: ", E(phone_us(r), "PHONE_NUMBER"), " / ", E(email_for(r, sub), "EMAIL_ADDRESS"), "\n")
    d("Lease: ", E(src, "IP_ADDRESS"), f" assigned to CPE MAC {':'.join(rs(r, HEX, 2) for _ in range(6))} since ", E(date_str(r, style="iso"), "DATE_TIME"), "\n")
    if chance(r, 0.4):
        d("IPv6 delegated prefix: ", E(ipv6(r, global_only=True), "IP_ADDRESS"), "/56\n")
    d(f"\nAction: {r.choice(['Warning email sent', 'Port 25 blocked', 'Walled garden applied', 'Escalated to tier 2'])}; customer called back on ",
      E(fdatetime(r), "DATE_TIME"), " and spoke with ", E(ana.first, "PERSON"), ".\n")
    d("Customer said a teenager's gaming PC was infected; advised malware cleanup and router password change.\n")
    d("-- ", E(ana.full(), "PERSON"), ", Network Abuse Team\n")


def g_sentry_payload(r, d):
    p = Person(r)
    if chance(r, 0.55):
        d("{\n")
        _jkv(d, "event_id", rs(r, HEX, 32))
        _jkv(d, "timestamp", iso_ts(r))
        _jkv(d, "platform", r.choice(["python", "node", "javascript", "ruby"]))
        _jkv(d, "release", f"web@{version(r)}")
        _jkv(d, "environment", "production")
        d('  "user": {\n')
        _jkv(d, "id", str(r.randint(1000, 9999999)), ind="    ")
        _jkv(d, "email", email_for(r, p), "EMAIL_ADDRESS", ind="    ")
        _jkv(d, "ip_address", ip_any(r), "IP_ADDRESS", ind="    ")
        _jkv(d, "username", handle(r, p), ind="    ")
        _jkv(d, "name", p.full(), "PERSON", comma=False, ind="    ")
        d("  },\n  \"request\": {\n")
        _jkv(d, "method", r.choice(["POST", "GET", "PUT"]), ind="    ")
        _jkv(d, "url", url(r, host="api." + org_domain(r), path=f"/v{r.randint(1, 3)}/{r.choice(['checkout', 'profile', 'orders'])}/{r.randint(1000, 99999)}"), "URL", ind="    ")
        d('    "headers": {\n')
        d('      "Authorization": "Bearer ', E(jwt(r), "JWT"), '",\n')
        _jkv(d, "User-Agent", f"Mozilla/5.0 (iPhone; CPU iPhone OS 17_{r.randint(0, 5)} like Mac OS X)", ind="      ")
        _jkv(d, "Cookie", "[Filtered]", comma=False, ind="      ")
        d("    },\n")
        d('    "data": {"customer_name": "', E(Person(r).full(), "PERSON"), '", "phone": "', E(phone_any(r), "PHONE_NUMBER"),
          f'", "billing_zip": "{zip5(r)[:5]}", "card": "{masked_card(r)}"}}\n  }},\n')
        d('  "exception": {"values": [{"type": "', r.choice(["KeyError", "TypeError", "StripeAuthenticationError", "IntegrityError"]),
          '", "value": "', r.choice([f"Invalid API Key provided: sk_live_****{rs(r, ALNUM, 4)}", "'shipping_address'",
                                      f"duplicate key value violates unique constraint \\\"orders_pkey\\\" (id)=({r.randint(1, 99999)})",
                                      "Cannot read properties of undefined (reading 'id')"]), '"}]},\n')
        if chance(r, 0.45):
            d('  "frame_vars": {"region": "us-east-1", ')
            k = r.random()
            if k < 0.4:
                d('"aws_access_key_id": "', E(aws_key(r), "AWS_ACCESS_KEY"), '", "aws_secret_access_key": "', E(aws_secret(r), "AWS_SECRET_KEY"), '"},\n')
            elif k < 0.7:
                d('"slack_token": "', E(slack_token(r), "SLACK_TOKEN"), '"},\n')
            else:
                d('"stripe_api_key": "', E(stripe_key(r), "STRIPE_KEY"), '", "idempotency_key": "', uuid(r), '"},\n')
        d('  "extra": {"order_id": "', order_no(r), '", "retry_in": "', dur_s(r), '", "deliver_on": "', E(date_str(r, style="iso"), "DATE_TIME"), '"},\n')
        d(f'  "tags": {{"browser": "Mobile Safari {r.randint(15, 17)}.{r.randint(0, 6)}", "trace_id": "{rs(r, HEX, 32)}"}}\n}}\n')
    else:
        d("datadog log explorer > export\n")
        for _ in range(r.randint(2, 3)):
            q = Person(r)
            d('{"date":"', iso_ts(r), '","service":"', r.choice(["checkout-api", "auth-svc", "profile-worker"]),
              '","status":"error","host":"', f"ip-{r.randint(10, 172)}-{r.randint(0, 255)}-{r.randint(0, 255)}-{r.randint(1, 254)}", '",',
              '"network":{"client":{"ip":"', E(ip_any(r), "IP_ADDRESS"), '"}},"usr":{"id":"', str(r.randint(1000, 999999)),
              '","email":"', E(email_for(r, q), "EMAIL_ADDRESS"), '","name":"', E(q.name(r), "PERSON"), '"},',
              '"http":{"url":"', E(url(r, path=f"/api/{r.choice(['cart', 'login', 'users'])}/{r.randint(1, 9999)}"), "URL"),
              f'","status_code":{r.choice([500, 502, 401, 422])}}},"dd":{{"trace_id":"{digits_nonluhn(r, 18)}","span_id":"{digits_nonluhn(r, 18)}"}},',
              '"message":"')
            k = r.random()
            if k < 0.3:
                d("upstream rejected token ", E(jwt(r), "JWT"))
            elif k < 0.5:
                d("SMTP auth failed for relay user apikey pass=", E(generic_secret(r), "GENERIC_SECRET"))
            elif k < 0.7:
                d(f"payment declined for card {masked_card(r)} order {order_no(r)}")
            else:
                d(f"timeout after {r.randint(1000, 30000)} ms calling inventory {version(r)}")
            d('"}\n')
        d(f"-- {r.randint(3, 300)} more events; query took {dur_s(r)}\n")


def g_logcat(r, d):
    p = Person(r)
    pid, app = r.randint(2000, 32000), r.choice(["com.harborbank.mobile", "io.ridgefit.app", "com.petalpine.shop", "org.meridian.health"])
    mo, dy = r.randint(1, 12), r.randint(1, 28)
    clock = r.randint(0, 23 * 3600)

    def ts():
        nonlocal clock
        clock += r.randint(0, 25)
        return f"{mo:02d}-{dy:02d} {clock // 3600:02d}:{clock // 60 % 60:02d}:{clock % 60:02d}.{r.randint(0, 999):03d}"

    def ln(lvl, tag, tid=None):
        d(f"{ts()} {pid:5d} {tid or r.randint(pid, pid + 400):5d} {lvl} {tag:<14}: ")

    d(f"--------- beginning of main\n")
    ln("I", "ActivityManager", 1)
    d(f"Start proc {pid}:{app}/u0a{r.randint(100, 400)} for activity {{{app}/.MainActivity}}\n")
    ln("D", "OkHttp")
    d("--> POST ", E(url(r, host="api." + org_domain(r), path="/v2/auth/login"), "URL"), "\n")
    ln("D", "OkHttp")
    d('{"email":"', E(email_for(r, p), "EMAIL_ADDRESS"), '","password":"', E(password(r), "PASSWORD"), f'","device":"{uuid(r)}"}}\n')
    ln("D", "OkHttp")
    d(f"<-- 200 OK ({r.randint(80, 2400)}ms)\n")
    ln("D", "OkHttp")
    d("Authorization: Bearer ", E(jwt(r), "JWT"), "\n")
    ln("I", "AuthRepository")
    d("signed in: ", E(p.full(), "PERSON"), f" (uid={r.randint(10000, 9999999)})\n")
    ln("D", "ProfileSync")
    d("phone=", E(phone_any(r), "PHONE_NUMBER"), " dob=", E(dob_date(r).isoformat(), "DATE_OF_BIRTH"), f" locale=en_US tier={r.choice(['gold', 'free'])}\n")
    if chance(r, 0.5):
        ln("W", "FirebaseApp")
        d("API key in manifest: ", E(generic_secret(r) if chance(r, 0.3) else "AIza" + rs(r, B64URL, 35), "GENERIC_SECRET"), "\n")
    ln("D", "NetworkMonitor")
    d("wlan0 up, ip=", E(ipv4(r, private=True), "IP_ADDRESS"), f"/24 gw=", E(ipv4(r, private=True), "IP_ADDRESS"), f" rssi=-{r.randint(40, 85)}\n")
    if chance(r, 0.5):
        ln("I", "ShippingForm")
        d("autofill address=", E(us_addr(r), "ADDRESS"), "\n")
    if chance(r, 0.5):
        ln("D", "PaymentSheet")
        d(f"card={masked_card(r)} brand=visa exp_ok=true intent={rs(r, ALNUM, 24)}\n")
    ln("I", "Choreographer")
    d(f"Skipped {r.randint(30, 120)} frames!  The application may be doing too much work on its main thread.\n")
    ln("E", "AndroidRuntime")
    d(f"FATAL EXCEPTION: main\n")
    ln("E", "AndroidRuntime")
    d(f"Process: {app}, PID: {pid}\n")
    ln("E", "AndroidRuntime")
    d(f"java.lang.NullPointerException: Attempt to invoke virtual method 'java.lang.String {app}.model.User.getEmail()' on a null object reference\n")
    ln("E", "AndroidRuntime")
    d(f"\tat {app}.ui.ProfileFragment.onResume(ProfileFragment.kt:{r.randint(40, 400)})\n")
    ln("I", "Process")
    d(f"Sending signal. PID: {pid} SIG: 9\n")


def g_oauth_trace(r, d):
    p = Person(r)
    idp = "login." + org_domain(r)
    cid = r.choice(["0oa", "cli_", ""]) + rs(r, ALNUM, 20)
    secret = rs(r, ALNUM + "-_~", r.randint(32, 48))
    cip = ipv4(r)
    d("$ curl -v ", E(f"https://{idp}/oauth2/v1/token", "URL"), " -d @body.txt\n")
    d("*   Trying ", E(ipv4(r, private=False), "IP_ADDRESS"), ":443...\n")
    d(f"* Connected to {idp} port 443\n")
    d("> POST /oauth2/v1/token HTTP/2\n", f"> Host: {idp}\n", f"> User-Agent: curl/{version(r)}\n")
    if chance(r, 0.6):
        d("> Authorization: Basic ", E(base64.b64encode(f"{cid}:{secret}".encode()).decode(), "GENERIC_SECRET"), "\n")
    d("> Content-Type: application/x-www-form-urlencoded\n>\n")
    d(f"grant_type=authorization_code&code=<redacted>&client_id={cid}&code_verifier=<redacted>\n")
    d(f"< HTTP/2 200\n< date: {WEEKDAYS['en'][r.randint(0, 6)][:3]}, {r.randint(1, 28):02d} {MONTHS['en'][r.randint(0, 11)][:3]} {r.randint(2024, 2025)} "
      f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} GMT\n< content-type: application/json\n< x-request-id: {uuid(r)}\n<\n")
    now = r.randint(1700000000, 1790000000)
    d('{"access_token":"', E(jwt(r, short=True), "JWT"), '","token_type":"Bearer","expires_in":3600,"refresh_token":"',
      E(rs(r, B64URL, r.randint(40, 64)), "GENERIC_SECRET"), '","id_token":"', E(jwt(r, {"sub": uuid(r), "iat": now, "exp": now + 3600}, short=True), "JWT"),
      '","scope":"openid profile email phone"}\n\n')
    d("# decoded id_token payload (jwt.io)\n{\n")
    _jkv(d, "iss", f"https://{idp}/", "URL")
    _jkv(d, "sub", uuid(r))
    _jkv(d, "aud", cid)
    _jkv(d, "email", email_for(r, p), "EMAIL_ADDRESS")
    d('  "email_verified": true,\n')
    _jkv(d, "name", p.full(), "PERSON")
    _jkv(d, "given_name", p.first, "PERSON")
    _jkv(d, "family_name", p.last, "PERSON")
    if chance(r, 0.6):
        _jkv(d, "birthdate", dob_date(r).isoformat(), "DATE_OF_BIRTH")
    if chance(r, 0.6):
        _jkv(d, "phone_number", "+1" + rs(r, DIG, 10) if chance(r, 0.5) else phone_any(r), "PHONE_NUMBER")
    _jkv(d, "locale", r.choice(["en-US", "pt-BR", "nl-NL", "it-IT"]))
    d(f'  "iat": {now},\n  "exp": {now + 3600},\n  "nonce": "{rs(r, ALNUM, 22)}"\n}}\n\n')
    d(f"[oidc-client] {iso_ts(r)} DEBUG callback from ", E(cip, "IP_ADDRESS"), f" state={rs(r, ALNUM, 16)} redirect_uri=", E(url(r, path="/auth/callback"), "URL"), "\n")
    d(f"[oidc-client] {iso_ts(r)} DEBUG session established for ", E(email_for(r, p), "EMAIL_ADDRESS"), f" ttl={dur_s(r)}\n\n")
    d("# .env.local (DO NOT COMMIT)\nOIDC_ISSUER=", E(f"https://{idp}/", "URL"), "\n")
    d(f"OIDC_CLIENT_ID={cid}\nOIDC_CLIENT_SECRET=", E(secret, "GENERIC_SECRET"), "\n")
    d(f"SESSION_SECRET={var_ref(r, 'SESSION_SECRET')}\n")
    if chance(r, 0.35):
        d("STRIPE_API_KEY=", E(stripe_key(r), "STRIPE_KEY"), "\n")
    elif chance(r, 0.3):
        d("SLACK_NOTIFY_TOKEN=", E(slack_token(r), "SLACK_TOKEN"), "\n")


def g_docker_inspect(r, d):
    m = Person(r)
    svc = r.choice(["billing-api", "orders-worker", "auth-gateway", "reports-cron", "media-proc"])
    d(f"$ docker inspect {svc}-1\n[\n    {{\n")
    d(f'        "Id": "{sha(r, 64)}",\n        "Created": "{iso_ts(r)}",\n        "Path": "docker-entrypoint.sh",\n')
    d(f'        "State": {{"Status": "running", "Pid": {r.randint(1000, 60000)}, "StartedAt": "{iso_ts(r)}"}},\n')
    d(f'        "Image": "sha256:{sha(r, 64)}",\n        "Name": "/{svc}-1",\n        "Config": {{\n')
    d(f'            "Hostname": "{sha(r, 12)}",\n            "Env": [\n')
    env = []
    env.append(lambda: d('                "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"'))
    env.append(lambda: d(f'                "NODE_VERSION={version(r)}"'))
    env.append(lambda: d('                "DATABASE_URL=postgres://', svc.split("-")[0], ':', E(password(r, safe=True), "PASSWORD"), '@',
                         E(ipv4(r, private=True), "IP_ADDRESS"), f':5432/{svc.split("-")[0]}"'))
    env.append(lambda: d('                "AWS_ACCESS_KEY_ID=', E(aws_key(r), "AWS_ACCESS_KEY"), '"'))
    env.append(lambda: d('                "AWS_SECRET_ACCESS_KEY=', E(aws_secret(r), "AWS_SECRET_KEY"), '"'))
    env.append(lambda: d('                "STRIPE_SECRET_KEY=', E(stripe_key(r), "STRIPE_KEY"), '"'))
    env.append(lambda: d('                "SLACK_BOT_TOKEN=', E(slack_token(r), "SLACK_TOKEN"), '"'))
    env.append(lambda: d('                "GITHUB_TOKEN=', E(gh_token(r), "GITHUB_TOKEN"), '"'))
    env.append(lambda: d(f'                "SENTRY_AUTH_TOKEN={var_ref(r, "SENTRY_AUTH_TOKEN")}"'))
    env.append(lambda: d('                "REDIS_PASSWORD=', E(password(r), "PASSWORD"), '"'))
    env.append(lambda: d('                "MAILGUN_API_KEY=', E("key-" + rs(r, HEX, 32), "GENERIC_SECRET"), '"'))
    env.append(lambda: d('                "ADMIN_EMAIL=', E(email_for(r, m), "EMAIL_ADDRESS"), '"'))
    env.append(lambda: d(f'                "BUILD_SHA={sha(r)}"'))
    env.append(lambda: d(f'                "TZ={r.choice(TZ_IDS)}"'))
    chosen = [env[0]] + r.sample(env[1:], r.randint(5, 9))
    for j, f in enumerate(chosen):
        f()
        d(",\n" if j < len(chosen) - 1 else "\n")
    d("            ],\n            \"Labels\": {\n")
    d('                "maintainer": "', E(m.full(), "PERSON"), " <", E(email_for(r, m, org_domain(r)), "EMAIL_ADDRESS"), '>",\n')
    d('                "org.opencontainers.image.source": "', E(f"https://github.com/{r.choice(ORG_WORDS)}-eng/{svc}", "URL"), '",\n')
    d(f'                "org.opencontainers.image.version": "{version(r)}",\n                "org.opencontainers.image.revision": "{sha(r)}"\n')
    d("            }\n        },\n        \"NetworkSettings\": {\n            \"Networks\": {\n                \"bridge\": {\n")
    d('                    "Gateway": "', E(f"172.{r.randint(17, 30)}.0.1", "IP_ADDRESS"), '",\n')
    d('                    "IPAddress": "', E(f"172.{r.randint(17, 30)}.0.{r.randint(2, 40)}", "IP_ADDRESS"), '",\n')
    d(f'                    "IPPrefixLen": 16,\n                    "MacAddress": "02:42:ac:11:00:{r.randint(2, 99):02d}",\n')
    d('                    "GlobalIPv6Address": ""\n                }\n            },\n')
    d('            "Ports": {"8080/tcp": [{"HostIp": "", "HostPort": "' + str(r.randint(8000, 9999)) + '"}]}\n        }\n    }\n]\n')


def g_rc_files(r, d):
    p = Person(r)
    user = handle(r, p)
    secs = []

    def npmrc():
        d("$ cat ~/.npmrc\n", "registry=", E("https://registry.npmjs.org/", "URL"), "\n")
        d("//registry.npmjs.org/:_authToken=", E("npm_" + rs(r, ALNUM, 36), "GENERIC_SECRET"), "\n")
        if chance(r, 0.6):
            d("@", r.choice(ORG_WORDS), ":registry=", E("https://npm.pkg.github.com/", "URL"), "\n")
            d("//npm.pkg.github.com/:_authToken=", E(gh_token(r), "GITHUB_TOKEN"), "\n")
        d(f"//npm.internal.{org_domain(r)}/:_authToken={var_ref(r, 'NPM_TOKEN')}\n")
        d("email=", E(email_for(r, p), "EMAIL_ADDRESS"), "\nalways-auth=true\n\n")

    def pypirc():
        d("$ cat ~/.pypirc\n[distutils]\nindex-servers =\n    pypi\n    private\n\n[pypi]\nusername = __token__\n")
        d(f"password = {var_ref(r, 'PYPI_TOKEN')}\n\n[private]\nrepository = ", E(f"https://pypi.{org_domain(r)}/simple/", "URL"), "\n")
        d(f"username = {user}\npassword = ", E(password(r), "PASSWORD"), "\n\n")

    def netrc():
        d("$ cat ~/.netrc\n")
        for _ in range(r.randint(1, 3)):
            d(f"machine {r.choice(['ftp', 'git', 'api', 'files'])}.{org_domain(r)} login {r.choice([user, 'deploy', 'ci-bot'])} password ", E(password(r), "PASSWORD"), "\n")
        d("\n")

    def awscreds():
        d("$ cat ~/.aws/credentials\n[default]\naws_access_key_id = ", E(aws_key(r), "AWS_ACCESS_KEY"), "\naws_secret_access_key = ", E(aws_secret(r), "AWS_SECRET_KEY"), "\n")
        d(f"region = {r.choice(['us-east-1', 'eu-west-1', 'us-west-2'])}\n\n[profile readonly]\nrole_arn = arn:aws:iam::{r.randint(10**11, 10**12 - 1)}:role/ReadOnly\nsource_profile = default\n\n")

    def gitconfig():
        d("$ cat ~/.gitconfig\n[user]\n\tname = ", E(p.full(), "PERSON"), "\n\temail = ", E(email_for(r, p), "EMAIL_ADDRESS"), "\n")
        d(f"[core]\n\teditor = vim\n[credential]\n\thelper = gh\n\n$ cat ~/.config/gh/hosts.yml\ngithub.com:\n    oauth_token: ")
        d(E(gh_token(r), "GITHUB_TOKEN"), f"\n    user: {user}\n    git_protocol: https\n\n")

    def sshkey():
        kind = r.choice(["ec", "ossh", "ossh", "pkcs8", "rsa1024"])
        fname = {"ec": "~/.ssh/id_ecdsa", "ossh": "~/.ssh/id_ed25519", "pkcs8": "~/keys/deploy_key.pem", "rsa1024": "~/.ssh/id_rsa"}[kind]
        d(f"$ cat {fname}\n", E(pem_key(r, kind), "PRIVATE_KEY"), "\n")
        d(f"$ cat ~/.ssh/id_ed25519.pub\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{rs(r, B64, 43)} {user}@laptop\n\n")

    def pgpass():
        d("$ cat ~/.pgpass\n", E(ipv4(r, private=True), "IP_ADDRESS"), ":5432:*:", r.choice(["app", "postgres", "readonly"]), ":", E(password(r, safe=True), "PASSWORD"), "\n\n")

    fns = [npmrc, pypirc, netrc, awscreds, gitconfig, pgpass]
    chosen = r.sample(fns, r.randint(1, 3))
    if chance(r, 0.6):
        chosen.insert(r.randint(0, len(chosen)), sshkey)
    d(f"{user}@{r.choice(['devbox', 'mbp', 'build-07', 'laptop'])}:~$ # collecting dotfiles for migration ticket {order_no(r)}\n")
    for f in chosen:
        f()


def g_calendar_invite(r, d):
    org = Person(r)
    guests = [Person(r) for _ in range(r.randint(2, 5))]
    when = rand_date(r)
    h = r.randint(8, 17)
    mi = r.choice([0, 0, 15, 30, 45])
    tz = r.choice(TZ_IDS)
    title = r.choice(["Quarterly budget review", "Kickoff: vendor onboarding", "1:1 career check-in", "Case conference",
                      "HOA board meeting", "Interview loop - backend engineer", "Sprint retro", "Family meeting re: Mom's care plan"])
    d(f"Invitation: {title}\n\n")
    d("When: ", E(fdate(r, when, r.choice(["wd_long", "wd_abbr", "long"])) + r.choice([" ", ", ", " at "]) + ftime(r, h=h, m=mi, style="12"), "DATE_TIME"), "\n")
    d(f"Duration: 60 min\nTime zone: {tz}\n")
    zoom = chance(r, 0.6)
    if not zoom:
        d("Where: ", E(us_addr(r), "ADDRESS"), f", Conference Room {r.randint(1, 9)}{r.choice('ABC')}\n")
    else:
        d("Where: Zoom\n")
    d("Organizer: ", E(org.full(), "PERSON"), " <", E(email_for(r, org, org_domain(r)), "EMAIL_ADDRESS"), ">\n")
    d("Guests:\n")
    for g in guests:
        k = r.random()
        if k < 0.6:
            d("  ", E(g.full(), "PERSON"), " <", E(email_for(r, g), "EMAIL_ADDRESS"), ">\n")
        elif k < 0.85:
            d("  ", E(email_for(r, g), "EMAIL_ADDRESS"), "\n")
        else:
            d("  ", E(g.full(), "PERSON"), " (optional)\n")
    if zoom:
        mid = f"{r.randint(8, 9)}{rs(r, DIG, 10)}"
        pc = passcode(r)
        d("\nJoin Zoom Meeting\n", E(f"https://us0{r.randint(2, 6)}web.zoom.us/j/{mid}?pwd={rs(r, ALNUM, 32)}.1", "URL"), "\n\n")
        d(f"Meeting ID: {mid[:3]} {mid[3:7]} {mid[7:]}\nPasscode: ", E(pc, "PASSWORD"), "\n\nOne tap mobile\n")
        dial = [("+16469313860", "New York"), ("+13126266799", "Chicago"), ("+16694449171", "San Jose"), ("+12532050468", "Tacoma"),
                ("+13017158592", "Washington DC"), ("+13462487799", "Houston")]
        for num, city in r.sample(dial, 2):
            d(E(num, "PHONE_NUMBER"), f",,{mid}# US (", E(city, "LOCATION"), ")\n")
        d("\nDial by your location\n")
        for num, city in r.sample(dial, 2):
            d("        ", E(f"{num[:2]} {num[2:5]} {num[5:8]} {num[8:]}", "PHONE_NUMBER"), " US (", E(city, "LOCATION"), ")\n")
    d("\nDescription:\n")
    g0 = guests[0]
    d(r.choice(["Agenda: ", "Notes: "]), E(g0.first, "PERSON"), " will walk through the numbers; ")
    d("please review the doc at ", E(url(r, host="docs." + org_domain(r), path=f"/d/{rs(r, B64URL, 20)}/edit"), "URL"), " beforehand. ")
    d(f"Previous notes from {relative(r)} are attached. Ticket {order_no(r)} tracks action items. ")
    if chance(r, 0.5):
        d("Follow-up session pencilled for ", E(fdatetime(r), "DATE_TIME"), ". ")
    if chance(r, 0.4):
        d("If the link fails call ", E(org.first, "PERSON"), " on ", E(phone_any(r), "PHONE_NUMBER"), ".")
    d(f"\n\nReminder: {r.choice([10, 15, 30])} minutes before\n")
    if chance(r, 0.45):
        d("\n--- invite.ics (excerpt) ---\nBEGIN:VEVENT\n")
        d(f"DTSTART;TZID={tz}:", E(f"{when.year}{when.month:02d}{when.day:02d}T{h:02d}{mi:02d}00", "DATE_TIME"), "\n")
        d(f"DTEND;TZID={tz}:", E(f"{when.year}{when.month:02d}{when.day:02d}T{h + 1:02d}{mi:02d}00", "DATE_TIME"), "\n")
        dtstamp = rand_date(r)
        d(f"DTSTAMP:{dtstamp.year}{dtstamp.month:02d}{dtstamp.day:02d}T{r.randint(0, 23):02d}{r.randint(0, 59):02d}00Z\n")
        d(f"UID:040000008200E00074C5B7101A82E008{rs(r, '0123456789ABCDEF', 32)}\n")
        d("ORGANIZER;CN=", E(org.full(), "PERSON"), ":mailto:", E(email_for(r, org), "EMAIL_ADDRESS"), "\n")
        g = guests[-1]
        d("ATTENDEE;CN=", E(g.full(), "PERSON"), ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:", E(email_for(r, g), "EMAIL_ADDRESS"), "\n")
        if not zoom:
            d("LOCATION:", E(us_street(r, unit=False), "ADDRESS"), "\n")
        d(f"SEQUENCE:{r.randint(0, 4)}\nLAST-MODIFIED:{dtstamp.year}{dtstamp.month:02d}{dtstamp.day:02d}T{r.randint(0, 23):02d}{r.randint(0, 59):02d}11Z\nEND:VEVENT\n")


# ---- conversational message bank (used by Zoom transcripts and chat exports)
def chat_body(r, d, people, lang="en"):
    """Append one message/utterance body (no trailing newline)."""
    k = r.randint(0, 30)
    o = r.choice(people)
    if k == 28:
        d("use the live key for the demo: ", E(stripe_key(r), "STRIPE_KEY"), " (rotate after!)")
        return
    if k == 29:
        d("creds for the bucket: ", E(aws_key(r), "AWS_ACCESS_KEY"), " / ", E(aws_secret(r), "AWS_SECRET_KEY"))
        return
    if k == 30:
        d("pls book it on my card ", E(card(r), "CREDIT_CARD"), " exp ", E(card_exp(r), "DATE_TIME"))
        return
    if k == 0:
        d("can you send it to ", E(email_for(r, o), "EMAIL_ADDRESS"), " please")
    elif k == 1:
        d(r.choice(["my number changed, new one is ", "call me on ", "cell: "]), E(phone_any(r), "PHONE_NUMBER"))
    elif k == 2:
        d(r.choice(["let's do ", "ok so we're confirmed for ", "moved it to "]), E(fdatetime(r, dstyle=r.choice(["wd_long", "long", "noyear", "dlong", "us"])), "DATE_TIME"))
    elif k == 3:
        d(E(o.first, "PERSON"), r.choice([" is running late", " says hi", ", are you still on?", " can you share your screen"]))
    elif k == 4:
        d("new address is ", E(r.choice([us_addr(r), intl_addr(r, r.choice(['NL', 'IT', 'PT', 'GB']))[2]]), "ADDRESS"))
    elif k == 5:
        d(f"ticket is {order_no(r)}, version {version(r)}")
    elif k == 6:
        d(f"that took {duration(r)} lol")
    elif k == 7:
        d(f"I'll sort it {relative(r)}")
    elif k == 8:
        d(f"{r.choice(PET_NAMES)} ate my charger again")
    elif k == 9:
        d("she moved to ", E(city_loc(r), "LOCATION"), r.choice([" last month", " for work", "!"]))
    elif k == 10:
        d("IBAN for the deposit: ", E(iban(r), "IBAN_CODE"))
    elif k == 11:
        d("deck is here ", E(url(r), "URL"))
    elif k == 12:
        d("wifi password is ", E(password(r), "PASSWORD"))
    elif k == 13:
        d("ask ", E(o.full(), "PERSON"), ", she handled it last time")
    elif k == 14:
        d("the server is ", E(ip_any(r), "IP_ADDRESS"), " if you want to ssh in")
    elif k == 15:
        d(f"they charged {amount(r)} on the card ending {r.randint(1000, 9999)}")
    elif k == 16:
        d("ok")
    elif k == 17:
        d(r.choice(["sounds good", "thanks!", "👍", "haha yes", "on my way", "perfect"]))
    elif k == 18:
        d(E(o.last, "PERSON"), "'s report is due ", E(date_str(r, style=r.choice(["noyear", "long", "us"])), "DATE_TIME"))
    elif k == 19:
        d("account number is ", E(acct(r), "ACCOUNT_NUMBER"), " if they ask")
    elif k == 20:
        d("booked the dentist for ", E(fdatetime(r, dstyle=r.choice(["wd_noyear", "noyear", "us"])), "DATE_TIME"))
    elif k == 21:
        d(f"don't bring {r.choice(BRANDS_PERSONLIKE)}, we have plenty")
    elif k == 22:
        d("tracking ", order_no(r), f" says delivery {relative(r)}")
    elif k == 23:
        d("passcode for the portal is ", E(passcode(r), "PASSWORD"), " (changes monthly)")
    elif k == 24:
        d("happy birthday ", E(o.first, "PERSON"), "!! 🎉")
    elif k == 25:
        d(f"meeting id {r.randint(800, 999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}, no password")
    elif k == 26:
        d("her flight lands at ", E(ftime(r), "DATE_TIME"), f", gate B{r.randint(1, 40)}")
    else:
        d("tell ", E(o.first.lower(), "PERSON"), " to check the shared folder")


def g_zoom_transcript(r, d):
    people = [Person(r) for _ in range(r.randint(2, 4))]
    topic = r.choice(["Weekly ops sync", "HOA board meeting", "Tutoring session", "Family care conference", "Vendor onboarding call"])
    if chance(r, 0.5):
        d(f"Zoom meeting transcript - {topic}\nRecording ID {uuid(r)} | recorded_at {iso_ts(r)} | duration {duration(r)}\n\n")
        t = r.randint(0, 60)
        for _ in range(r.randint(7, 12)):
            sp = r.choice(people)
            t += r.randint(3, 90)
            d(f"{t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d} ", E(sp.full() if chance(r, 0.7) else sp.first, "PERSON"), ": ")
            chat_body(r, d, [q for q in people if q is not sp])
            d("\n")
    else:
        d("WEBVTT\n\n")
        t = r.uniform(0, 5)
        for j in range(r.randint(6, 10)):
            sp = r.choice(people)
            t1 = t + r.uniform(1.5, 7)
            f = lambda x: f"{int(x) // 3600:02d}:{int(x) // 60 % 60:02d}:{int(x) % 60:02d}.{int(x * 1000) % 1000:03d}"
            d(f"{j + 1}\n{f(t)} --> {f(t1)}\n<v ", E(sp.full(), "PERSON"), ">")
            chat_body(r, d, [q for q in people if q is not sp])
            d("</v>\n\n")
            t = t1 + r.uniform(0.1, 3)
        d(f"NOTE exported by Zoom {version(r)}\n")


def g_whatsapp(r, d):
    people = [Person(r) for _ in range(r.randint(2, 4))]
    ios = chance(r, 0.5)
    base = rand_date(r)
    h, m = r.randint(7, 21), r.randint(0, 59)
    group = r.choice(["Family 🏡", "Flat 4B", "Book club", "Sunday league ⚽", "Wedding crew", "Sat brunch"])
    names = {id(p): (p.full() if chance(r, 0.5) else p.first + " " + p.last[0] if chance(r, 0.3) else p.first) for p in people}
    # a sender that is not in the address book shows as a phone number
    unknown = phone_any(r) if chance(r, 0.5) else None

    def prefix():
        nonlocal h, m
        m += r.randint(0, 40)
        h += m // 60
        m %= 60
        h = min(h, 23)
        if ios:
            return f"[{base.day:02d}/{base.month:02d}/{base.year}, {h:02d}:{m:02d}:{r.randint(0, 59):02d}] "
        return f"{base.day:02d}/{base.month:02d}/{base.year}, {h:02d}:{m:02d} - "

    d(prefix(), "Messages and calls are end-to-end encrypted. No one outside of this chat can read or listen to them.\n")
    d(prefix(), E(people[0].full(), "PERSON"), f' created group "{group}"\n')
    for _ in range(r.randint(7, 13)):
        d(prefix())
        p = None
        if unknown and chance(r, 0.15):
            d(E(unknown, "PHONE_NUMBER"), ": ")
        else:
            p = r.choice(people)
            d(E(names[id(p)], "PERSON"), ": ")
        k = r.random()
        if k < 0.08:
            d("<Media omitted>")
        elif k < 0.12:
            d("This message was deleted")
        else:
            chat_body(r, d, [q for q in people if q is not p])
        d("\n")


def _ocr_noise(r, s, p=0.25):
    out = []
    for w in s.split(" "):
        if w and chance(r, p):
            k = r.randint(0, 3)
            if k == 0:
                w = w.replace("l", "|").replace("O", "0")
            elif k == 1:
                w = "".join(c.upper() if chance(r, 0.5) else c.lower() for c in w)
            elif k == 2:
                w = w + " "
            else:
                w = w.replace("rn", "m").replace("e", "c", 1)
        out.append(w)
    return " ".join(out)


def _odd_case(r, s):
    k = r.randint(0, 3)
    if k == 0:
        return s.lower()
    if k == 1:
        return s.upper()
    if k == 2:
        return "".join(c.upper() if chance(r, 0.35) else c.lower() for c in s)
    return s.swapcase()


def g_ocr_note(r, d):
    caller, to = Person(r), Person(r)
    N = lambda s: _ocr_noise(r, s)
    if chance(r, 0.6):
        d(N("WHILE YOU WERE OUT"), "\n", N("To:"), " ", E(_odd_case(r, to.first), "PERSON"), "    ", N("Date"), " ",
          E(date_str(r, style=r.choice(["us_nz", "us2", "uk"])), "DATE_TIME"), "   ", N("Time"), " ", E(ftime(r, style=r.choice(["12l", "12s", "12"])), "DATE_TIME"), "\n")
        d("M ", E(_odd_case(r, caller.full()), "PERSON"), "\n", N("of"), f" {_odd_case(r, r.choice(BRANDS_PERSONLIKE))}\n")
        d(N("Phone"), " ", E(phone_us(r), "PHONE_NUMBER"))
        if chance(r, 0.5):
            d(" ext. ", str(r.randint(10, 999)))
        d("\n", N("[x] Telephoned  [ ] Came to see you  [x] Please call  [ ] Will call again  [ ] URGENT"), "\n")
        d(N("Message:"), " ")
        k = r.randint(0, 4)
        if k == 0:
            d(N("wants to move appt to"), " ", E(fdatetime(r, dstyle=r.choice(["us_nz", "noyear"]), tstyle="12l"), "DATE_TIME"), N(" - call back before lunch"))
        elif k == 1:
            d(N("new mailing addr"), " ", E(_odd_case(r, us_addr(r)), "ADDRESS"), N(" pls update file"))
        elif k == 2:
            d(N("re: invoice, acct #"), " ", E(acct(r), "ACCOUNT_NUMBER"), N(f" - says card ending {r.randint(1000, 9999)} was charged twice"))
        elif k == 3:
            d(N("pharmacy called abt"), f" {r.choice(DRUGS)} ", N("refill for"), " ", E(_odd_case(r, Person(r).full()), "PERSON"), N(", dob"), " ",
              E(dob_str(r, style=r.choice(["us_nz", "us2"])), "DATE_OF_BIRTH"))
        else:
            d(N("email her the forms at"), " ", E(email_for(r, caller), "EMAIL_ADDRESS"))
        d("\n", N("signed"), f" {rs(r, UP, 2).lower() if chance(r, 0.5) else rs(r, UP, 2)}\n")
        d(f"[ocr conf {r.randint(55, 97)}% page 1/1 job {uuid(r)}]\n")
    else:
        d(N("patient intake - handwritten card (scanned)"), "\n")
        d(N("NAME:"), " ", E(_odd_case(r, caller.lf() if chance(r, 0.5) else caller.full()), "PERSON"), "\n")
        d(N("D.O.B."), " ", E(dob_str(r, style=r.choice(["us_nz", "us2", "us"])), "DATE_OF_BIRTH"), "   ", N("sex"), f" {r.choice('MF')}\n")
        d(N("ADDR"), " ", E(_odd_case(r, us_addr(r)), "ADDRESS"), "\n")
        d(N("ph#"), " ", E(phone_us(r), "PHONE_NUMBER"), "   ", N("alt"), " ", E(phone_us(r), "PHONE_NUMBER"), "\n")
        d(N("ins"), f" {r.choice(['bcbs', 'aetna', 'medicaid', 'UHC'])} ", N("id#"), " ", E(hpn(r), "HEALTH_PLAN_NUMBER"), "   ", N("grp"), f" {group_no(r)}\n")
        if chance(r, 0.5):
            d(N("SS#"), " ", E(ssn(r), "US_SSN"), "\n")
        else:
            d(N("SS#"), f" {ssn_masked(r)} ", N("(pt declined)"), "\n")
        d(N("emerg contact"), " ", E(_odd_case(r, to.full()), "PERSON"), " ", E(phone_us(r), "PHONE_NUMBER"), "\n")
        d(N("meds:"), f" {r.choice(DRUGS)}, {r.choice(DRUGS)}   ", N("allergies: pcn"), "\n")
        d(N("pharmacy"), f" {r.choice(['Walgreens', 'CVS #' + str(r.randint(1000, 9999)), 'Rite Aid'])} ", N("on"), " ", E(r.choice(US_CITIES)[0].lower(), "LOCATION"), "\n")
        d(f"[scan {iso_ts(r)} dpi 300 conf {r.randint(55, 97)}%]\n")


_EU = {
    "it": dict(rel=["ieri", "la settimana scorsa", "tre giorni fa", "stamattina", "lunedì scorso"], days="giorni lavorativi",
               hon=["Sig.", "Sig.ra", "Dott.", "Dott.ssa"]),
    "pt": dict(rel=["ontem", "na semana passada", "há três dias", "hoje de manhã", "na segunda-feira passada"], days="dias úteis",
               hon=["Sr.", "Sra.", "Dr.", "Dra."]),
    "nl": dict(rel=["gisteren", "vorige week", "drie dagen geleden", "vanochtend", "afgelopen maandag"], days="werkdagen",
               hon=["Dhr.", "Mevr.", "Mw."]),
}


def g_eu_customer_email(r, d):
    lang = r.choice(["it", "pt", "nl"])
    cc = {"it": "IT", "pt": "PT", "nl": "NL"}[lang]
    p = Person(r, origin=lang)
    agent = Person(r, origin=lang)
    shop = r.choice(["CasaVerde", "Bottega Lunare", "LojaMar", "FietsPunt", "ElettroPiù", "Mercado do Norte", "HuisenTuin"])
    order = f"{rs(r, UP, 2)}{r.randint(100000, 999999)}"
    rel = r.choice(_EU[lang]["rel"])
    hon = r.choice(_EU[lang]["hon"])
    _, city, full = intl_addr(r, cc)
    amt = amount(r, "€")
    case = f"{r.randint(1000000, 9999999)}"
    if lang == "it":
        d("Da: ", E(p.full(), "PERSON"), " <", E(email_for(r, p), "EMAIL_ADDRESS"), ">\n", "A: ", E(f"assistenza@{_ascii(shop)}.it", "EMAIL_ADDRESS"), "\n")
        d(f"Oggetto: Richiesta di rimborso - ordine {order}\n\nGentile Servizio Clienti,\n\n")
        d("mi chiamo ", E(p.full(), "PERSON"), f" e vi scrivo in merito all'ordine {order} effettuato il ",
          E(date_str(r, lang="it", style="long"), "DATE_TIME"), ". Il prodotto (versione firmware ", version(r), ") è arrivato danneggiato.\n")
        d("Il mio codice cliente è ", E(acct(r), "ACCOUNT_NUMBER"), ".\n")
        d(f"Vi chiedo di accreditare il rimborso di {amt} sul conto IBAN ", E(iban(r, "IT"), "IBAN_CODE"), " intestato a ",
          E(p.full(), "PERSON"), ".\n")
        d("Per una eventuale nuova consegna sarò a casa ", E(fdatetime(r, lang="it", dstyle=r.choice(["long", "wd"])), "DATE_TIME"),
          "; l'indirizzo è ", E(full, "ADDRESS"), ".\n")
        d("Potete chiamarmi al ", E(phone(r, "IT"), "PHONE_NUMBER"), " oppure scrivermi a ", E(email_for(r, p), "EMAIL_ADDRESS"), ".\n")
        d(f"Ho già parlato {rel} con il vostro collega ", E(agent.first, "PERSON"), f" (pratica n. {case}), ma non ho ricevuto risposta.\n\n")
        d("Cordiali saluti,\n", E(p.full(), "PERSON"), "\n")
        if chance(r, 0.5):
            d("\n--- risposta ---\nGentile ", hon, " ", E(p.last, "PERSON"), ", abbiamo inoltrato la richiesta al reparto resi. Tempo medio di lavorazione: ",
              f"{r.randint(3, 15)} {_EU[lang]['days']}", ".\n")
    elif lang == "pt":
        d("De: ", E(p.full(), "PERSON"), " <", E(email_for(r, p), "EMAIL_ADDRESS"), ">\n", "Para: ", E(f"apoio@{_ascii(shop)}.pt", "EMAIL_ADDRESS"), "\n")
        d(f"Assunto: Reclamação - encomenda {order}\n\nExmos. Senhores,\n\n")
        d("O meu nome é ", E(p.full(), "PERSON"), " e sou cliente n.º ", E(acct(r), "ACCOUNT_NUMBER"), ". No dia ",
          E(date_str(r, lang="pt", style="long"), "DATE_TIME"), f" fiz a encomenda {order}, que ainda não foi entregue (seguimento {order_no(r)}).\n")
        d(f"Solicito o reembolso de {amt} para o IBAN ", E(iban(r, "PT"), "IBAN_CODE"), ".\n")
        d("Morada: ", E(full, "ADDRESS"), "\n")
        d("Contacto: ", E(phone(r, "PT"), "PHONE_NUMBER"), " / ", E(email_for(r, p), "EMAIL_ADDRESS"), "\n")
        d("Estarei disponível ", E(fdatetime(r, lang="pt", dstyle=r.choice(["long", "wd"])), "DATE_TIME"), f" para receber o estafeta.\n")
        d(f"Já liguei {rel} e falei com a colega ", E(agent.first, "PERSON"), f" (processo {case}).\n\n")
        d("Com os melhores cumprimentos,\n", E(p.full(), "PERSON"), "\n")
        if chance(r, 0.5):
            d(f"\n--- resposta ---\nCaro/a {hon} ", E(p.last, "PERSON"), f", lamentamos o atraso. Prazo estimado: {r.randint(3, 15)} {_EU[lang]['days']}.\n")
    else:
        d("Van: ", E(p.full(), "PERSON"), " <", E(email_for(r, p), "EMAIL_ADDRESS"), ">\n", "Aan: ", E(f"klantenservice@{_ascii(shop)}.nl", "EMAIL_ADDRESS"), "\n")
        d(f"Onderwerp: Klacht over bestelling {order}\n\nGeachte heer/mevrouw,\n\n")
        d("Mijn naam is ", E(p.full(), "PERSON"), ", klantnummer ", E(acct(r), "ACCOUNT_NUMBER"), ". Op ",
          E(date_str(r, lang="nl", style="long"), "DATE_TIME"), f" heb ik bestelling {order} geplaatst (app-versie {version(r)}).\n")
        d(f"Graag ontvang ik het bedrag van {amt} terug op rekening ", E(iban(r, "NL"), "IBAN_CODE"), " t.n.v. ", E(p.full(), "PERSON"), ".\n")
        d("Mijn adres is ", E(full, "ADDRESS"), ". U kunt mij bereiken op ", E(phone(r, "NL"), "PHONE_NUMBER"), " of via ",
          E(email_for(r, p), "EMAIL_ADDRESS"), ".\n")
        d("Ik ben thuis op ", E(fdatetime(r, lang="nl", dstyle=r.choice(["long", "wd"])), "DATE_TIME"), ".\n")
        d(f"Ik heb {rel} al gebeld met uw collega ", E(agent.first, "PERSON"), f" (dossiernummer {case}).\n\n")
        d("Met vriendelijke groet,\n", E(p.full(), "PERSON"), "\n")
        if chance(r, 0.5):
            d(f"\n--- antwoord ---\nBeste {hon} ", E(p.last, "PERSON"), f", excuses voor het ongemak. Verwerkingstijd: {r.randint(3, 15)} {_EU[lang]['days']}.\n")


# =========================================================================
# Negative documents (hard negatives only, no entities)
# =========================================================================
def n_release_notes(r, d):
    d(f"## Release {version(r)} ({r.randint(2019, 2025)})\n\n")
    for _ in range(r.randint(4, 8)):
        d(r.choice([
            f"- Fix race in session refresh (#{r.randint(100, 9999)}, {sha(r, 7)})\n",
            f"- Bump dependency to {version(r)}; see commit {sha(r)}\n",
            f"- Config now reads {var_ref(r)} instead of a literal value\n",
            f"- Migration {uuid(r)} takes about {duration(r)} on large tables\n",
            f"- Deprecated: `legacy_token` field (removal planned for {r.randint(2025, 2027)})\n",
            f"- Docs: example card number is masked as {masked_card(r)}\n",
            f"- CI runs {relative(r)} on {weekday_only(r)}s; cache key sha256:{sha(r, 64)[:32]}\n",
            f"- Build {version(r)} reduced cold start by {r.randint(5, 900)} ms\n",
            f"- Test fixtures use SSN-shaped value {ssn_invalid(r)} (invalid area) and {card_invalid(r)} (fails Luhn)\n",
        ]))
    d(f"\nUpgrade: `pip install tool=={version(r)}`   Checksum {sha(r, 64)}\n")


def n_order_status(r, d):
    d(f"Order update\n\nOrder {order_no(r)} - status: {r.choice(['shipped', 'delayed', 'out for delivery', 'refunded'])}\n")
    d(f"Tracking: 1Z{rs(r, UP + DIG, 16)}   Carrier ref {order_no(r)}\n")
    d(f"Items: {r.choice(BRANDS_PERSONLIKE)} gift set x{r.randint(1, 3)}, {r.choice(BRANDS_PERSONLIKE)} voucher\n")
    d(f"Paid with card {masked_card(r)}; gift card {card_invalid(r)} (balance {amount(r)})\n")
    d(f"Expected {relative(r)}; if not, allow {dur_l(r)}. Warehouse bay {r.choice('ABCDEFG')}{r.randint(1, 60)}, shelf {r.randint(1, 12)}.\n")
    d(f"Return window: 30 days. Restocking fee {amount(r)}. Routing for refunds {routing(r)} (bank code, not an account).\n")
    d(f"Ref {uuid(r)}\n")


def n_lab_catalog(r, d):
    d("Test catalog excerpt (internal)\n\nCode | LOINC | CPT | Specimen | TAT\n")
    for _ in range(r.randint(4, 7)):
        d(f"{r.randint(1000, 99999)} | {r.randint(1000, 99999)}-{r.randint(0, 9)} | {cpt(r)} | "
          f"{r.choice(['SST', 'EDTA lavender', 'urine cup', 'NP swab'])} | {duration(r)}\n")
    d(f"\nCommon diagnoses: {icd10(r)}, {icd10(r)}, {icd10(r)}. Ordering NPI required ({npi(r)} shown as format example).\n")
    d(f"Interfering drugs: {r.choice(DRUGS)}, {r.choice(DRUGS)}. Group number {group_no(r)} applies to the employer panel.\n")
    d(f"Courier pickup {weekday_only(r)}s; stability {duration(r)} refrigerated. Catalog rev {version(r)}, {r.randint(2019, 2025)}.\n")


def n_fleet_diag(r, d):
    for _ in range(r.randint(5, 9)):
        d(f"{iso_ts(r)} unit=TRK-{r.randint(100, 9999):04d} vin={vin(r)} plate={plate(r)} dtc=P0{r.randint(100, 999)} "
          f"odo={r.randint(10000, 400000)} fw={version(r)} epoch={epoch(r)}\n")
    d(f"summary: {r.randint(2, 40)} vehicles, idle {duration(r)}, fuel {amount(r)}; next sync {relative(r)}\n")


def n_config_template(r, d):
    d("# config.example.yaml - copy to config.yaml and fill in\n")
    d(f"database:\n  host: db.internal\n  port: 5432\n  user: app\n  password: {var_ref(r, 'DB_PASSWORD')}\n")
    d(f"stripe:\n  secret_key: {var_ref(r, 'STRIPE_SECRET_KEY')}\n  webhook_secret: <your-webhook-secret>\n")
    d(f"aws:\n  access_key_id: {var_ref(r, 'AWS_ACCESS_KEY_ID')}\n  secret_access_key: \"****************\"\n")
    d(f"slack:\n  bot_token: xoxb-REPLACE-ME\n  signing_secret: {var_ref(r, 'SLACK_SIGNING_SECRET')}\n")
    d(f"github:\n  token: {var_ref(r, 'GITHUB_TOKEN')}\n")
    d(f"features:\n  request_id: {uuid(r)}\n  build: {version(r)}\n  cache_ttl: {duration(r)}\n")


def n_system_log(r, d):
    host = r.choice(["web-01", "batch-3", "edge-gw", "db-replica"])
    for _ in range(r.randint(6, 10)):
        d(f"{r.choice(['Jan', 'Feb', 'Mar', 'Apr', 'Oct', 'Nov'])} {r.randint(1, 28):2d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} {host} "
          + r.choice([f"systemd[1]: Started session {r.randint(1, 9999)} of user deploy.",
                      f"kernel: [{r.randint(1000, 99999)}.{r.randint(0, 999999):06d}] EXT4-fs (sda1): mounted filesystem {uuid(r)}",
                      f"cron[{r.randint(100, 9999)}]: (root) CMD (run-parts /etc/cron.hourly) took {dur_s(r)}",
                      f"dockerd[{r.randint(100, 9999)}]: pulled image sha256:{sha(r, 64)}",
                      f"app[{r.randint(100, 9999)}]: job {uuid(r)} finished in {r.randint(10, 90000)} ms (v{version(r)})",
                      f"sshd[{r.randint(100, 9999)}]: Disconnected from authenticating user root (preauth)"]) + "\n")


def n_masked_form(r, d):
    d(f"Claim summary (redacted copy)\nClaim no.: {order_no(r)}   Case: {order_no(r)}   Booking ref {rs(r, UP, 6)}\n")
    d(f"Member SSN: {ssn_masked(r)}   ITIN on file: {ssn_invalid(r)}\n")
    d(f"Card: {masked_card(r)}   Prior card: {card_invalid(r)} (rejected, checksum)\n")
    d(f"Email: {masked_email(r)}   Phone: (***) ***-{r.randint(1000, 9999)}\n")
    d(f"Amount billed {amount(r)}, allowed {amount(r)}, paid {amount(r)}. Processing time {dur_l(r)}.\n")
    d(f"Room {r.randint(100, 999)}, seat {r.randint(1, 40)}{r.choice('ABCDEF')}, flight code {r.choice(['JFK', 'LHR', 'AMS', 'LIS', 'FCO'])}-{r.choice(['ORD', 'SFO', 'MXP', 'OPO'])}.\n")
    d(f"Reviewed {relative(r)}. Control id {rs(r, UP + DIG, 12)}.\n")


DOMAINS = [
    ("radiology_report", g_radiology),
    ("pt_progress_note", g_pt_progress),
    ("birth_registration", g_birth_registration),
    ("funeral_arrangements", g_funeral),
    ("foster_care_notes", g_foster_care),
    ("probation_notes", g_probation),
    ("jury_summons", g_jury_summons),
    ("voter_registration", g_voter_registration),
    ("military_separation", g_military_sep),
    ("pension_statement", g_pension),
    ("student_loan_letter", g_student_loan),
    ("freight_bol", g_freight_bol),
    ("fleet_telematics", g_fleet_telematics),
    ("marina_slip_rental", g_marina),
    ("wedding_planning_email", g_wedding),
    ("library_hold_notice", g_library_hold),
    ("pet_adoption_application", g_pet_adoption),
    ("isp_abuse_report", g_isp_abuse),
    ("error_payload_json", g_sentry_payload),
    ("android_logcat", g_logcat),
    ("oauth_debug_trace", g_oauth_trace),
    ("docker_inspect", g_docker_inspect),
    ("dotfile_credentials", g_rc_files),
    ("calendar_invite", g_calendar_invite),
    ("zoom_transcript", g_zoom_transcript),
    ("whatsapp_export", g_whatsapp),
    ("ocr_handwritten_note", g_ocr_note),
    ("eu_customer_email", g_eu_customer_email),
]
NEGATIVES = [
    ("neg_release_notes", n_release_notes),
    ("neg_order_status", n_order_status),
    ("neg_lab_catalog", n_lab_catalog),
    ("neg_fleet_diagnostics", n_fleet_diag),
    ("neg_config_template", n_config_template),
    ("neg_system_log", n_system_log),
    ("neg_masked_form", n_masked_form),
]
TYPES = ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS",
         "DATE_OF_BIRTH", "DATE_TIME", "LOCATION", "ADDRESS", "URL", "MEDICAL_RECORD_NUMBER",
         "HEALTH_PLAN_NUMBER", "ACCOUNT_NUMBER", "DRIVER_LICENSE", "AWS_ACCESS_KEY", "AWS_SECRET_KEY",
         "GITHUB_TOKEN", "SLACK_TOKEN", "STRIPE_KEY", "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_SECRET"]

_FILLER = ["Please keep this document for your records.", "This message was generated automatically.",
           "Reference copies are retained for seven years.", "Do not reply to this notice.",
           "Internal use only; handle according to retention policy.", "Page 1 of 1."]


# =========================================================================
# Generation
# =========================================================================
def make_doc(seed, i):
    r = random.Random(f"{seed}-{i}")
    neg = r.random() < NEG_RATE
    name, fn = r.choice(NEGATIVES if neg else DOMAINS)
    for _ in range(40):
        d = Doc()
        fn(r, d)
        while d.n < MIN_LEN:
            d("\n" + r.choice(_FILLER))
        if d.n <= MAX_LEN:
            break
    else:
        raise RuntimeError(f"could not fit doc {seed}-{i} ({name}) into {MAX_LEN} chars")
    return {"id": f"b15-{seed}-{i:06d}", "domain": name, "text": d.text(),
            "entities": [{"start": s, "end": e, "type": t} for s, e, t in d.ents]}


def generate(n, seed=0):
    for i in range(n):
        yield make_doc(seed, i)


# =========================================================================
# Validation
# =========================================================================
_BAD_EDGE = set(" \t\n\"'`([{<,.;:!?)]}>")
_RX_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_RX_IPV4 = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.]*\d)")
_RX_URL = re.compile(r"https?://[^\s\"'<>]+")
_RX_CARD = re.compile(r"(?<![\w.-])(?:\d{13,19}|\d{4}([ -])\d{4}\1\d{4}\1\d{4}|\d{4}([ -])\d{6}\2\d{4,5})(?![\w-])")
_RX_SSN = re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")
_RX_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?\b")
_RX_SECRETS = [re.compile(p) for p in [r"\b(?:AKIA|ASIA)[A-Z2-7]{16}\b", r"\bgh[pousr]_[A-Za-z0-9]{36}\b", r"\bxox[bp]-\d+-[0-9A-Za-z-]+",
                                       r"\b[sr]k_live_[A-Za-z0-9]+", r"\beyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+",
                                       r"-----BEGIN [A-Z ]*PRIVATE KEY-----"]]


def _type_ok(t, v):
    if t == "CREDIT_CARD":
        ds = re.sub(r"[ -]", "", v)
        return ds.isdigit() and 13 <= len(ds) <= 19 and luhn_ok(ds)
    if t == "IBAN_CODE":
        return iban_ok(v)
    if t == "US_SSN":
        return ssn_valid_check(v)
    if t == "EMAIL_ADDRESS":
        return _RX_EMAIL.fullmatch(v) is not None
    if t == "URL":
        return v.startswith(("http://", "https://")) and " " not in v and "@" not in v
    if t == "IP_ADDRESS":
        try:
            ipaddress.ip_address(v)
            return True
        except ValueError:
            return False
    if t == "AWS_ACCESS_KEY":
        return re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", v) is not None
    if t == "AWS_SECRET_KEY":
        return len(v) == 40 and re.fullmatch(r"[A-Za-z0-9/+]{40}", v) is not None
    if t == "GITHUB_TOKEN":
        return v.startswith(("ghp_", "gho_", "ghs_", "ghu_", "ghr_", "github_pat_"))
    if t == "SLACK_TOKEN":
        return v.startswith(("xoxb-", "xoxp-"))
    if t == "STRIPE_KEY":
        return v.startswith(("sk_live_", "rk_live_"))
    if t == "JWT":
        parts = v.split(".")
        if len(parts) != 3:
            return False
        try:
            json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
            return True
        except Exception:
            return False
    if t == "PRIVATE_KEY":
        return v.startswith("-----BEGIN ") and v.endswith(" PRIVATE KEY-----")
    return True


def _overlaps(spans, s, e):
    return any(a < e and s < b for a, b, _ in spans)


def validate(doc):
    errs = []
    text, ents = doc["text"], doc["entities"]
    if not (MIN_LEN <= len(text) <= MAX_LEN):
        errs.append(f"length {len(text)}")
    prev = 0
    spans = []
    for en in ents:
        s, e, t = en["start"], en["end"], en["type"]
        if t not in TYPES:
            errs.append(f"unknown type {t}")
        if not (0 <= s < e <= len(text)):
            errs.append(f"bounds {s}-{e}")
            continue
        if s < prev:
            errs.append(f"order/overlap at {s}")
        prev = e
        v = text[s:e]
        if v != v.strip() or not v:
            errs.append(f"whitespace edge {t} {v!r}")
        if (v[0] in _BAD_EDGE and not (t == "PHONE_NUMBER" and v[0] == "(")) or v[-1] in _BAD_EDGE:
            errs.append(f"punct edge {t} {v!r}")
        if not _type_ok(t, v):
            errs.append(f"invalid {t} {v!r}")
        spans.append((s, e, t))
    if doc["domain"].startswith("neg_") and ents:
        errs.append("negative doc has entities")
    # consistency scans: an unlabelled pattern hit is an error in the corpus
    for m in _RX_EMAIL.finditer(text):
        if not _overlaps(spans, m.start(), m.end()):
            errs.append(f"unlabelled email {m.group()!r}")
    for m in _RX_IPV4.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
        except ValueError:
            continue
        if not _overlaps(spans, m.start(), m.end()):
            errs.append(f"unlabelled ipv4 {m.group()!r}")
    for m in _RX_URL.finditer(text):
        if not _overlaps(spans, m.start(), m.end()):
            errs.append(f"unlabelled url {m.group()!r}")
    for m in _RX_CARD.finditer(text):
        ds = re.sub(r"[ -]", "", m.group())
        if luhn_ok(ds) and not _overlaps(spans, m.start(), m.end()):
            errs.append(f"unlabelled luhn-valid number {m.group()!r}")
    for m in _RX_SSN.finditer(text):
        if ssn_valid_check(m.group()) and not _overlaps(spans, m.start(), m.end()):
            errs.append(f"unlabelled valid ssn {m.group()!r}")
    for m in _RX_IBAN.finditer(text):
        if iban_ok(m.group()) and not _overlaps(spans, m.start(), m.end()):
            errs.append(f"unlabelled valid iban {m.group()!r}")
    for rx in _RX_SECRETS:
        for m in rx.finditer(text):
            if not _overlaps(spans, m.start(), m.end()):
                errs.append(f"unlabelled secret {m.group()[:30]!r}")
    return errs


def run_check(n, seed):
    docs = list(generate(n, seed))
    type_c, dom_c, ent_dom = Counter(), Counter(), Counter()
    errors = []
    ids = set()
    lens = []
    for doc in docs:
        if doc["id"] in ids:
            errors.append((doc["id"], "duplicate id"))
        ids.add(doc["id"])
        dom_c[doc["domain"]] += 1
        lens.append(len(doc["text"]))
        for en in doc["entities"]:
            type_c[en["type"]] += 1
            ent_dom[doc["domain"]] += 1
        for e in validate(doc):
            errors.append((doc["id"], e))
    # determinism: regenerate a few docs and compare
    for i in list(range(0, n, max(1, n // 50)))[:60]:
        if make_doc(seed, i) != docs[i]:
            errors.append((docs[i]["id"], "non-deterministic"))
    n_neg = sum(c for k, c in dom_c.items() if k.startswith("neg_"))
    print(f"documents: {len(docs)}   negatives: {n_neg} ({100 * n_neg / max(1, len(docs)):.1f}%)   "
          f"entities: {sum(type_c.values())}   length min/mean/max: {min(lens)}/{sum(lens) // len(lens)}/{max(lens)}")
    print("\nper-type counts:")
    for t in TYPES:
        print(f"  {t:<24}{type_c.get(t, 0):>7}")
    print("\nper-domain counts (docs / entities):")
    for k in sorted(dom_c):
        print(f"  {k:<28}{dom_c[k]:>6}{ent_dom.get(k, 0):>8}")
    missing = [t for t in TYPES if not type_c.get(t)]
    if missing:
        errors.append(("-", f"types never produced: {missing}"))
    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for did, e in errors[:60]:
            print(f"  {did}: {e}")
        return 1
    print("\nOK: bounds, order, overlap, span edges, Luhn, IBAN mod-97, SSN rules, secret formats, "
          "unlabelled-pattern scans and determinism all pass")
    return 0


def run_sample(k, seed):
    for doc in generate(k, seed):
        print("=" * 100)
        print(f"{doc['id']}   domain={doc['domain']}   chars={len(doc['text'])}   entities={len(doc['entities'])}")
        print("-" * 100)
        print(doc["text"])
        print("-" * 100)
        for en in doc["entities"]:
            v = doc["text"][en["start"]:en["end"]]
            print(f"  [{en['start']:>4},{en['end']:>4}) {en['type']:<22} {v!r}")
    print("=" * 100)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="validate N docs (default 3000)")
    ap.add_argument("--sample", type=int, metavar="K", help="pretty-print K docs with spans")
    ap.add_argument("--n", type=int, default=None)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output", metavar="F.jsonl")
    a = ap.parse_args(argv)
    if a.check:
        return run_check(a.n or 3000, a.seed)
    if a.sample:
        run_sample(a.sample, a.seed)
        return 0
    n = a.n if a.n is not None else 1000
    out = open(a.output, "w", encoding="utf-8") if a.output else sys.stdout
    try:
        for doc in generate(n, a.seed):
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    finally:
        if a.output:
            out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
