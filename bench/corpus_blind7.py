#!/usr/bin/env python3.11
"""corpus_blind7 -- seeded, labeled synthetic text corpus for evaluating a
PII / PHI / secret detector.  Standard library only.

API:   generate(n, seed=0) -> iterator of
         {"id", "domain", "text", "entities": [{"start", "end", "type"}]}
CLI:   python3.11 corpus_blind7.py --n 1000 --seed 0 --output out.jsonl
"""
import argparse
import base64
import calendar
import datetime as _dt
import ipaddress
import json
import random
import re
import sys
import time
import unicodedata
import uuid as _uuid

ENTITY_TYPES = [
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "CREDIT_CARD",
    "IBAN_CODE", "IP_ADDRESS", "DATE_OF_BIRTH", "DATE_TIME", "LOCATION",
    "ADDRESS", "URL", "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER",
    "ACCOUNT_NUMBER", "DRIVER_LICENSE", "AWS_ACCESS_KEY", "AWS_SECRET_KEY",
    "GITHUB_TOKEN", "SLACK_TOKEN", "STRIPE_KEY", "JWT", "PRIVATE_KEY",
    "PASSWORD", "GENERIC_SECRET",
]

DOMAINS = [
    "physiotherapy_clinic", "car_rental", "credit_union", "wedding_planning",
    "coworking_space", "mental_health_helpline", "freight_logistics",
    "online_tutoring",
]

NEGATIVE_RATE = 0.15

# ---------------------------------------------------------------------------
# Hand-written name lists (given, surname) grouped by origin.
# Underscore = space inside a multi-word surname.
# ---------------------------------------------------------------------------


def _w(s):
    return [x.replace("_", " ") for x in s.split()]


NAME_GROUPS = {
    "yoruba": (
        _w("Adebayo Adewale Ayodele Babatunde Bolanle Funmilayo Folake Kehinde Taiwo Oluwaseun "
           "Olumide Temitope Yetunde Damilola Abiodun Titilayo Ayomide Oladipo Morenike Jumoke"),
        _w("Adeyemi Ogunleye Olatunji Akinola Bankole Oyelaran Fashola Adeleke Ogunbiyi Afolabi "
           "Oyewole Balogun Odunsi Adesanya Ajayi Olawale Okunola Ayinde Oduya Adebisi")),
    "igbo": (
        _w("Chinedu Chiamaka Ngozi Obinna Nnamdi Chukwuemeka Adaeze Ifeoma Uchenna Ebuka "
           "Chidinma Kelechi Nkechi Ikenna Amarachi Chibuzo Onyeka Somtochukwu Ogechi Tochukwu"),
        _w("Okafor Eze Nwosu Okonkwo Obi Nwankwo Okeke Chukwu Onyekachi Ibe Okoro Nwachukwu "
           "Anyanwu Ezeani Udeh Obiora Nnaji Agu Iwu Madu")),
    "amharic": (
        _w("Abebe Selam Tigist Dawit Meron Yonas Hana Bereket Mekdes Tesfaye Liya Eyerusalem "
           "Kidist Girma Alemayehu Saba Biniam Rahel Henok Tsion"),
        _w("Tadesse Bekele Haile Mengistu Alemu Gebremedhin Wolde Kebede Desta Abera Negash "
           "Ayele Getachew Mulugeta Berhane Worku Asfaw Demissie Lemma Gebreyes")),
    "tamil": (
        _w("Karthik Priya Arjun Meenakshi Senthil Kavitha Vignesh Lakshmi Murugan Divya "
           "Saravanan Anitha Balaji Thenmozhi Harini Selvam Nithya Prakash Revathi Ilango"),
        _w("Subramanian Ramasamy Krishnan Raghavan Venkatesan Murugesan Annamalai Natarajan "
           "Sundaram Palaniappan Rajendran Chandrasekaran Arumugam Kandasamy Pillai Iyer "
           "Ganesan Duraisamy Thangaraj Sivakumar")),
    "bengali": (
        _w("Arnab Sharmila Tanvir Nusrat Rafiq Farhana Sourav Moumita Anik Tahmina Debashis "
           "Rupa Imran Shathi Joydeep Ishita Sabbir Mitali Rashed Poulami"),
        _w("Chowdhury Rahman Banerjee Chatterjee Mukherjee Hossain Das Sen Ahmed Bhattacharya "
           "Ghosh Islam Roy Sarkar Dutta Khatun Mitra Talukdar Majumder Haque")),
    "thai": (
        _w("Somchai Siriporn Nattapong Kanya Anan Pimchanok Thanawat Supaporn Kittisak Malee "
           "Chaiwat Ratana Wichai Ploy Somsak Nong Prasert Jintana Arthit Duangjai"),
        _w("Srisuk Chaiyaporn Wongsawat Suwannarat Rattanakorn Kittikhun Boonmee Saetang Phromma "
           "Thongchai Jaidee Sombat Charoensuk Intharasuk Kaewmanee Pongsak Rungruang Sukprasert "
           "Yodmanee Nakprasert")),
    "japanese": (
        _w("Haruto Yui Sota Aoi Ren Hina Kenji Yuki Takeshi Sakura Hiroshi Mei Daiki Nanami "
           "Kaito Rin Shota Ayaka Ryo Emi"),
        _w("Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida "
           "Yamada Sasaki Matsumoto Inoue Kimura Hayashi Shimizu Fujita Ogawa")),
    "chinese": (
        _w("Wei Jing Xiaoming Mingyu Yan Hao Xinyi Zhiwei Lihua Jun Meiling Yuxuan Haoran Ying "
           "Zihan Fang Qiang Xiulan Bo Ruolan"),
        _w("Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao")),
    "ukrainian": (
        _w("Oleksandr Olena Taras Iryna Mykola Oksana Bohdan Nataliya Andriy Yulia Dmytro "
           "Halyna Serhiy Svitlana Vasyl Kateryna Yaroslav Larysa Petro Zoryana"),
        _w("Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Boyko Oliynyk Lysenko "
           "Marchenko Rudenko Savchenko Petrenko Moroz Kovalchuk Tkachuk Polishchuk Hrytsenko "
           "Zakharchenko Pavlenko")),
    "romanian": (
        _w("Andrei Ioana Mihai Elena Bogdan Cristina Florin Alexandra Radu Simona Ionut "
           "Gabriela Cosmin Roxana Vlad Diana Sorin Mirela Catalin Anca"),
        _w("Popescu Ionescu Popa Dumitru Stoica Stan Gheorghiu Munteanu Constantinescu Dobre "
           "Matei Nistor Radulescu Florea Marin Lungu Ene Barbu Tudor Moldovan")),
    "portuguese": (
        _w("João Maria Tiago Inês Rui Beatriz Gonçalo Leonor Duarte Mafalda Afonso Carolina "
           "Nuno Filipa Rodrigo Joana Vasco Margarida Pedro Catarina"),
        _w("Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Jesus Sousa "
           "Fernandes Gonçalves Gomes Lopes Marques Alves Almeida Ribeiro Pinto Carvalho")),
    "colombian": (
        _w("Camilo Valentina Andrés Daniela Santiago Mariana Sebastián Luisa Alejandro Paola "
           "Julián Natalia Esteban Manuela Felipe Laura Mateo Juliana Nicolás Catalina"),
        _w("Restrepo Gutiérrez Ospina Cárdenas Londoño Jaramillo Montoya Vargas Arango Zapata "
           "Quintero Giraldo Rincón Castaño Velásquez Mejía Salazar Betancur Ochoa Duque")),
    "peruvian": (
        _w("Jorge Rosa Luis Milagros César Gladys Wilfredo Yolanda Percy Flor Edwin Maribel "
           "Raúl Nelly Hugo Pilar Ronald Karina Teodoro Zulema"),
        _w("Quispe Mamani Huamán Flores Condori Chávez Rojas Vilca Apaza Torres Paredes Ramírez "
           "Mendoza Tito Yupanqui Ccahuana Palomino Sánchez Espinoza Castillo")),
    "moroccan": (
        _w("Youssef Fatima Hamza Khadija Mehdi Salma Rachid Nadia Omar Houda Karim Imane Said "
           "Zineb Hicham Amina Abdelilah Siham Reda Meryem Ayoub"),
        _w("El_Amrani Benali Bennani Alaoui Tazi Chraibi El_Idrissi Berrada Fassi Benjelloun "
           "Ouazzani Lahlou Bouzid Benkirane Saidi Hajji Naciri Ziani Belhaj Amrani")),
    "lebanese": (
        _w("Georges Rania Elie Maya Tarek Nour Rami Lara Ziad Hiba Fadi Yasmine Walid Rima "
           "Charbel Dana Nadim Joelle Samir Carla Bassam Mireille"),
        _w("Haddad Khoury Nassar Saad Aoun Gemayel Frangieh Karam Sfeir Hakim Maalouf Rahme "
           "Salameh Abboud Chidiac Daher Fakhoury Geagea Azar Bitar")),
    "samoan": (
        _w("Sione Malia Tavita Losa Ioane Sefo Mele Tasi Vaea Lagi Fetu Alofa Tui Sina Manu "
           "Seini Penitoa Aukuso Iosefa Leota"),
        _w("Tuilagi Faleolo Sapolu Tuiasosopo Fuimaono Aiono Tupua Salave'a Faamausili "
           "Tauiliili Soliai Pulu Mata'afa Seiuli Tanuvasa Afamasaga Leiataua Toleafoa Sopoaga "
           "Lealaiauloto")),
    "maori": (
        _w("Aroha Tane Wiremu Mere Hemi Ngaio Rawiri Moana Tamati Kiri Hine Manaia Anahera "
           "Ihaia Ataahua Nikau Rangi Huia Tipene Kahurangi"),
        _w("Ngata Parata Te_Rangi Horomona Wihongi Ruatapu Tamihana Kereama Rangihuna Paewai "
           "Te_Awa Whaanga Mahuika Ratana Houkamau Tuhiwai Poutama Hetaraka Waititi Tawhai")),
    "finnish": (
        _w("Juhani Aino Mikko Helmi Eero Satu Antti Kaisa Ville Riikka Jukka Tuula Lauri Maija "
           "Pekka Sanna Olli Leena Timo Johanna"),
        _w("Virtanen Korhonen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen "
           "Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen "
           "Salonen Turunen")),
    "dutch": (
        _w("Daan Sanne Joris Femke Bram Lotte Sem Anouk Thijs Fleur Ruben Eline Wouter Marloes "
           "Pieter Lieke Koen Ilse Jeroen Noor"),
        _w("de_Vries van_Dijk Bakker Janssen Visser Smit Meijer de_Boer Mulder de_Groot Bos Vos "
           "Peters Hendriks van_Leeuwen Dekker Brouwer de_Wit Dijkstra Smits")),
    "anglo": (
        _w("James Emily Michael Sarah David Jessica Christopher Ashley Matthew Amanda Joshua "
           "Megan Daniel Rachel Ryan Lauren Tyler Brittany Brandon Kayla Oliver Charlotte George "
           "Amelia Harry Olivia Jack Isla Thomas Poppy William Sophie Liam Chloe Noah Mia Ethan "
           "Zoe Lachlan Matilda Cooper Ruby Jayden Madison Tanner Shelby Dylan Bethany Kyle "
           "Courtney Hope Faith Joy Grace Rose Will Mark Bill Frank June April May Summer Dawn "
           "Hunter Chase Sky Brook Autumn Ivy Jade Hazel Miles Reed Wade Drew Lane Bob Dot "
           "Heather Colin Nigel Fiona Gareth Shane Kylie Bronwyn Darren Tegan"),
        _w("Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore "
           "Jackson Martin Lee Thompson White Harris Clark Lewis Robinson Walker Hall Young "
           "Allen King Wright Scott Green Baker Adams Nelson Hill Campbell Mitchell Roberts "
           "Carter Phillips Evans Turner Parker Collins Edwards Stewart Morris Murphy Cook "
           "Rogers Morgan Cooper Wood Hughes Price Bennett Gray Fisher Stone Bird Fox Rice Long "
           "Sharp Little Strong Moody O'Brien O'Connor MacDonald Fitzgerald Kelly Byrne Walsh "
           "McCarthy Doyle Black Banks Marsh Frost")),
    "korean": (
        _w("Min-jun Seo-yeon Ji-ho Ha-eun Jae-won Su-bin Do-yoon Ji-woo Hyun-woo Eun-ji"),
        _w("Kim Park Choi Jung Kang Yoon Jang Lim Han Shin")),
    "vietnamese": (
        _w("Minh Linh Thao Quang Huong Tuan Phuong Duc Hanh Khoa"),
        _w("Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do")),
    "turkish_polish": (
        _w("Emre Elif Burak Zeynep Mehmet Ayşe Łukasz Agnieszka Krzysztof Małgorzata Tomasz Zofia"),
        _w("Yılmaz Kaya Demir Öztürk Şahin Çelik Kowalski Nowak Wiśniewski Wójcik Kamiński Zieliński")),
    "east_african": (
        _w("Baraka Neema Juma Zawadi Amani Wanjiku Kamau Akinyi Otieno Achieng"),
        _w("Mwangi Otieno Kamau Wanjiru Njoroge Odhiambo Mutua Kiprono Chebet Okello")),
    "irish_celtic": (
        _w("Siobhán Niamh Ciarán Oisín Aoife Saoirse Cillian Eimear Tadhg Bríd"),
        _w("Ó_Súilleabháin Mac_Giolla Ní_Bhriain Kavanagh Gallagher Brennan Quinn Duffy Ryan Nolan")),
    "filipino_persian_hebrew": (
        _w("Jericho Maricel Rommel Jocelyn Dariush Shirin Arash Parisa Noa Yael Eitan Avi"),
        _w("dela_Cruz Reyes Bautista Villanueva Hosseini Moradi Rezaei Tehrani Cohen Levi Mizrahi Friedman")),
    "southern_europe": (
        _w("Álvaro Lucía Iker Nerea Giulia Lorenzo Francesca Matteo Eleni Giorgos Dimitra Nikos"),
        _w("García Martínez López Hernández Rossi Russo Bianchi Romano Papadopoulos Georgiou "
           "Nikolaidis Esposito")),
    "north_indian_german": (
        _w("Aarav Ananya Rohan Sneha Vikram Pooja Lukas Hannah Jonas Leonie Felix Greta"),
        _w("Sharma Gupta Patel Singh Kumar Reddy Nair Mehta Kapoor Joshi Müller Schmidt Schneider "
           "Fischer Weber Becker")),
}

ORIGIN_KEYS = sorted(NAME_GROUPS)
GIVEN_NAMES = sorted({g for v in NAME_GROUPS.values() for g in v[0]})
SURNAMES = sorted({s for v in NAME_GROUPS.values() for s in v[1]})
LATIN_ORIGINS = {"colombian", "peruvian", "portuguese", "southern_europe"}

# ---------------------------------------------------------------------------
# Places
# ---------------------------------------------------------------------------

INTL_CITIES = [
    ("Lagos", "Nigeria"), ("Ibadan", "Nigeria"), ("Abuja", "Nigeria"), ("Enugu", "Nigeria"),
    ("Onitsha", "Nigeria"), ("Port Harcourt", "Nigeria"), ("Abeokuta", "Nigeria"),
    ("Addis Ababa", "Ethiopia"), ("Bahir Dar", "Ethiopia"), ("Gondar", "Ethiopia"),
    ("Hawassa", "Ethiopia"), ("Mekelle", "Ethiopia"),
    ("Chennai", "India"), ("Madurai", "India"), ("Coimbatore", "India"), ("Bengaluru", "India"),
    ("Mumbai", "India"), ("Pune", "India"), ("Kolkata", "India"), ("Hyderabad", "India"),
    ("Jaipur", "India"), ("Kochi", "India"), ("Tiruchirappalli", "India"),
    ("Dhaka", "Bangladesh"), ("Chittagong", "Bangladesh"), ("Sylhet", "Bangladesh"),
    ("Khulna", "Bangladesh"), ("Rajshahi", "Bangladesh"),
    ("Bangkok", "Thailand"), ("Chiang Mai", "Thailand"), ("Phuket", "Thailand"),
    ("Khon Kaen", "Thailand"), ("Hat Yai", "Thailand"),
    ("Tokyo", "Japan"), ("Osaka", "Japan"), ("Kyoto", "Japan"), ("Sapporo", "Japan"),
    ("Fukuoka", "Japan"), ("Nagoya", "Japan"), ("Sendai", "Japan"), ("Hiroshima", "Japan"),
    ("Beijing", "China"), ("Shanghai", "China"), ("Chengdu", "China"), ("Guangzhou", "China"),
    ("Shenzhen", "China"), ("Hangzhou", "China"), ("Wuhan", "China"), ("Xi'an", "China"),
    ("Kunming", "China"), ("Hong Kong", "China"),
    ("Kyiv", "Ukraine"), ("Lviv", "Ukraine"), ("Odesa", "Ukraine"), ("Kharkiv", "Ukraine"),
    ("Dnipro", "Ukraine"), ("Chernivtsi", "Ukraine"),
    ("Bucharest", "Romania"), ("Cluj-Napoca", "Romania"), ("Iași", "Romania"),
    ("Timișoara", "Romania"), ("Brașov", "Romania"), ("Constanța", "Romania"),
    ("Lisbon", "Portugal"), ("Porto", "Portugal"), ("Coimbra", "Portugal"), ("Braga", "Portugal"),
    ("Faro", "Portugal"), ("Funchal", "Portugal"),
    ("Bogotá", "Colombia"), ("Medellín", "Colombia"), ("Cali", "Colombia"),
    ("Barranquilla", "Colombia"), ("Cartagena", "Colombia"), ("Bucaramanga", "Colombia"),
    ("Pereira", "Colombia"),
    ("Lima", "Peru"), ("Cusco", "Peru"), ("Arequipa", "Peru"), ("Trujillo", "Peru"),
    ("Puno", "Peru"), ("Iquitos", "Peru"), ("Huancayo", "Peru"),
    ("Casablanca", "Morocco"), ("Rabat", "Morocco"), ("Marrakesh", "Morocco"), ("Fez", "Morocco"),
    ("Tangier", "Morocco"), ("Agadir", "Morocco"), ("Meknes", "Morocco"),
    ("Beirut", "Lebanon"), ("Tripoli", "Lebanon"), ("Byblos", "Lebanon"), ("Sidon", "Lebanon"),
    ("Zahlé", "Lebanon"), ("Jounieh", "Lebanon"),
    ("Apia", "Samoa"), ("Salelologa", "Samoa"),
    ("Auckland", "New Zealand"), ("Wellington", "New Zealand"), ("Rotorua", "New Zealand"),
    ("Christchurch", "New Zealand"), ("Hamilton", "New Zealand"), ("Gisborne", "New Zealand"),
    ("Dunedin", "New Zealand"), ("Whangārei", "New Zealand"),
    ("Helsinki", "Finland"), ("Tampere", "Finland"), ("Turku", "Finland"), ("Oulu", "Finland"),
    ("Espoo", "Finland"), ("Rovaniemi", "Finland"),
    ("Amsterdam", "Netherlands"), ("Rotterdam", "Netherlands"), ("Utrecht", "Netherlands"),
    ("The Hague", "Netherlands"), ("Eindhoven", "Netherlands"), ("Groningen", "Netherlands"),
    ("Leiden", "Netherlands"),
    ("London", "United Kingdom"), ("Manchester", "United Kingdom"), ("Leeds", "United Kingdom"),
    ("Bristol", "United Kingdom"), ("Glasgow", "United Kingdom"), ("Edinburgh", "United Kingdom"),
    ("Cardiff", "United Kingdom"), ("Belfast", "United Kingdom"), ("Liverpool", "United Kingdom"),
    ("Sheffield", "United Kingdom"), ("Norwich", "United Kingdom"),
    ("Sydney", "Australia"), ("Melbourne", "Australia"), ("Brisbane", "Australia"),
    ("Perth", "Australia"), ("Adelaide", "Australia"), ("Hobart", "Australia"),
    ("Darwin", "Australia"), ("Canberra", "Australia"), ("Cairns", "Australia"),
    ("Toronto", "Canada"), ("Vancouver", "Canada"), ("Montréal", "Canada"), ("Calgary", "Canada"),
    ("Ottawa", "Canada"), ("Halifax", "Canada"), ("Winnipeg", "Canada"), ("Saskatoon", "Canada"),
    ("Berlin", "Germany"), ("Munich", "Germany"), ("Hamburg", "Germany"), ("Cologne", "Germany"),
    ("Leipzig", "Germany"), ("Frankfurt", "Germany"), ("Dresden", "Germany"),
    ("Paris", "France"), ("Lyon", "France"), ("Marseille", "France"), ("Toulouse", "France"),
    ("Lille", "France"), ("Bordeaux", "France"), ("Nantes", "France"), ("Strasbourg", "France"),
    ("Madrid", "Spain"), ("Barcelona", "Spain"), ("Valencia", "Spain"), ("Seville", "Spain"),
    ("Bilbao", "Spain"), ("Granada", "Spain"),
    ("Rome", "Italy"), ("Milan", "Italy"), ("Naples", "Italy"), ("Turin", "Italy"),
    ("Bologna", "Italy"), ("Palermo", "Italy"),
    ("Athens", "Greece"), ("Thessaloniki", "Greece"), ("Heraklion", "Greece"),
    ("Istanbul", "Turkey"), ("Ankara", "Turkey"), ("Izmir", "Turkey"),
    ("Warsaw", "Poland"), ("Kraków", "Poland"), ("Gdańsk", "Poland"), ("Wrocław", "Poland"),
    ("Nairobi", "Kenya"), ("Mombasa", "Kenya"), ("Kisumu", "Kenya"),
    ("Accra", "Ghana"), ("Kumasi", "Ghana"), ("Dakar", "Senegal"), ("Cairo", "Egypt"),
    ("Alexandria", "Egypt"), ("Tunis", "Tunisia"), ("Johannesburg", "South Africa"),
    ("Cape Town", "South Africa"), ("Durban", "South Africa"), ("Kampala", "Uganda"),
    ("Kigali", "Rwanda"), ("Dar es Salaam", "Tanzania"), ("Zanzibar City", "Tanzania"),
    ("Seoul", "South Korea"), ("Busan", "South Korea"), ("Daegu", "South Korea"),
    ("Hanoi", "Vietnam"), ("Ho Chi Minh City", "Vietnam"), ("Da Nang", "Vietnam"),
    ("Manila", "Philippines"), ("Cebu City", "Philippines"), ("Davao City", "Philippines"),
    ("Jakarta", "Indonesia"), ("Surabaya", "Indonesia"), ("Denpasar", "Indonesia"),
    ("Yogyakarta", "Indonesia"), ("Kuala Lumpur", "Malaysia"), ("George Town", "Malaysia"),
    ("Singapore", "Singapore"), ("Karachi", "Pakistan"), ("Lahore", "Pakistan"),
    ("Kathmandu", "Nepal"), ("Pokhara", "Nepal"), ("Colombo", "Sri Lanka"), ("Kandy", "Sri Lanka"),
    ("Jaffna", "Sri Lanka"), ("Tehran", "Iran"), ("Shiraz", "Iran"), ("Isfahan", "Iran"),
    ("Dubai", "United Arab Emirates"), ("Abu Dhabi", "United Arab Emirates"), ("Doha", "Qatar"),
    ("Amman", "Jordan"), ("Tel Aviv", "Israel"), ("Haifa", "Israel"),
    ("Mexico City", "Mexico"), ("Guadalajara", "Mexico"), ("Monterrey", "Mexico"),
    ("Oaxaca", "Mexico"), ("Mérida", "Mexico"),
    ("São Paulo", "Brazil"), ("Rio de Janeiro", "Brazil"), ("Curitiba", "Brazil"),
    ("Salvador", "Brazil"), ("Recife", "Brazil"), ("Belo Horizonte", "Brazil"),
    ("Porto Alegre", "Brazil"),
    ("Buenos Aires", "Argentina"), ("Córdoba", "Argentina"), ("Rosario", "Argentina"),
    ("Santiago", "Chile"), ("Valparaíso", "Chile"), ("Quito", "Ecuador"),
    ("Guayaquil", "Ecuador"), ("La Paz", "Bolivia"), ("Montevideo", "Uruguay"),
    ("Havana", "Cuba"), ("Kingston", "Jamaica"), ("Port of Spain", "Trinidad and Tobago"),
    ("Suva", "Fiji"), ("Nuku'alofa", "Tonga"), ("Reykjavík", "Iceland"), ("Oslo", "Norway"),
    ("Bergen", "Norway"), ("Stockholm", "Sweden"), ("Gothenburg", "Sweden"),
    ("Copenhagen", "Denmark"), ("Aarhus", "Denmark"), ("Tallinn", "Estonia"), ("Riga", "Latvia"),
    ("Vilnius", "Lithuania"), ("Prague", "Czech Republic"), ("Brno", "Czech Republic"),
    ("Vienna", "Austria"), ("Graz", "Austria"), ("Zurich", "Switzerland"),
    ("Geneva", "Switzerland"), ("Brussels", "Belgium"), ("Antwerp", "Belgium"),
    ("Ghent", "Belgium"), ("Dublin", "Ireland"), ("Cork", "Ireland"), ("Galway", "Ireland"),
    ("Budapest", "Hungary"), ("Sofia", "Bulgaria"), ("Belgrade", "Serbia"), ("Zagreb", "Croatia"),
    ("Chișinău", "Moldova"), ("Tbilisi", "Georgia"), ("Yerevan", "Armenia"),
    ("Almaty", "Kazakhstan"), ("Ulaanbaatar", "Mongolia"), ("Taipei", "Taiwan"),
]

# (city, state, area code, zip prefix)
US_CITIES = [
    ("Springfield", "IL", "217", "627"), ("Austin", "TX", "512", "787"),
    ("Portland", "OR", "503", "972"), ("Denver", "CO", "303", "802"),
    ("Seattle", "WA", "206", "981"), ("Boston", "MA", "617", "021"),
    ("Chicago", "IL", "312", "606"), ("Atlanta", "GA", "404", "303"),
    ("Phoenix", "AZ", "602", "850"), ("Columbus", "OH", "614", "432"),
    ("Nashville", "TN", "615", "372"), ("Minneapolis", "MN", "612", "554"),
    ("Pittsburgh", "PA", "412", "152"), ("Sacramento", "CA", "916", "958"),
    ("San Diego", "CA", "619", "921"), ("Oakland", "CA", "510", "946"),
    ("Brooklyn", "NY", "718", "112"), ("Buffalo", "NY", "716", "142"),
    ("Raleigh", "NC", "919", "276"), ("Richmond", "VA", "804", "232"),
    ("Baltimore", "MD", "410", "212"), ("Milwaukee", "WI", "414", "532"),
    ("Kansas City", "MO", "816", "641"), ("Omaha", "NE", "402", "681"),
    ("Albuquerque", "NM", "505", "871"), ("Tucson", "AZ", "520", "857"),
    ("Salt Lake City", "UT", "801", "841"), ("Boise", "ID", "208", "837"),
    ("Anchorage", "AK", "907", "995"), ("Honolulu", "HI", "808", "968"),
    ("Miami", "FL", "305", "331"), ("Tampa", "FL", "813", "336"),
    ("Orlando", "FL", "407", "328"), ("New Orleans", "LA", "504", "701"),
    ("Houston", "TX", "713", "770"), ("Dallas", "TX", "214", "752"),
    ("El Paso", "TX", "915", "799"), ("Louisville", "KY", "502", "402"),
    ("Detroit", "MI", "313", "482"), ("Grand Rapids", "MI", "616", "495"),
    ("Indianapolis", "IN", "317", "462"), ("Cleveland", "OH", "216", "441"),
    ("Providence", "RI", "401", "029"), ("Hartford", "CT", "860", "061"),
    ("Burlington", "VT", "802", "054"), ("Portland", "ME", "207", "041"),
    ("Charleston", "SC", "843", "294"), ("Birmingham", "AL", "205", "352"),
    ("Little Rock", "AR", "501", "722"), ("Des Moines", "IA", "515", "503"),
    ("Madison", "WI", "608", "537"), ("Spokane", "WA", "509", "992"),
    ("Fresno", "CA", "559", "937"), ("Las Vegas", "NV", "702", "891"),
    ("Reno", "NV", "775", "895"), ("Tulsa", "OK", "918", "741"),
    ("Wichita", "KS", "316", "672"), ("Jersey City", "NJ", "201", "073"),
    ("Newark", "NJ", "973", "071"), ("Savannah", "GA", "912", "314"),
    ("Bronx", "NY", "347", "104"), ("Los Angeles", "CA", "323", "900"),
    ("San Francisco", "CA", "415", "941"), ("Fargo", "ND", "701", "581"),
]
EXTRA_AREA_CODES = ["212", "646", "917", "929", "310", "213", "773", "281", "832", "470",
                    "678", "720", "971", "425", "248", "734", "763", "952", "240", "301",
                    "443", "571", "703", "561", "954", "727", "626", "909", "951", "480"]
US_AREA_CODES = sorted({c[2] for c in US_CITIES} | set(EXTRA_AREA_CODES))

REGIONS = [
    "Tamil Nadu", "West Bengal", "Kerala", "Lagos State", "Oromia", "Amhara Region", "Isan",
    "Hokkaido", "Kansai", "Sichuan", "Guangdong", "Galicia", "Transylvania", "Algarve",
    "Antioquia", "Valle del Cauca", "Souss-Massa", "Mount Lebanon", "Upolu", "Savai'i",
    "Bay of Plenty", "Northland", "Lapland", "Uusimaa", "Friesland", "North Brabant",
    "Yorkshire", "Cornwall", "Queensland", "Tasmania", "New South Wales", "Ontario",
    "British Columbia", "Bavaria", "Catalonia", "Andalusia", "Tuscany", "Patagonia", "Punjab",
    "Bali", "Mindanao", "Rift Valley", "Anatolia", "Silesia", "Crete", "Zeeland", "Brittany",
    "Minas Gerais", "Yucatán", "Okinawa",
]
US_STATES_FULL = ["Texas", "Ohio", "Oregon", "Georgia", "Minnesota", "New Mexico", "Vermont",
                  "Alaska", "Hawaii", "Nebraska", "Kentucky", "Maine"]
COUNTRIES = sorted({c for _, c in INTL_CITIES} | {"United States", "USA", "Mexico", "Brazil"})

US_STREETS = ["Maple Ave", "Oak St", "Pine Street", "Cedar Lane", "Elm Dr", "Washington Blvd",
              "Lakeview Terrace", "Sunset Blvd", "Main St", "Highland Ave", "Park Place",
              "River Rd", "Magnolia Ct", "Willow Way", "Jefferson St", "Cherry Hill Rd",
              "Franklin Ave", "2nd St", "14th Ave NE", "Division St", "Broadway", "Grand Ave",
              "Peachtree St NE", "Alameda St", "Canal St", "Fairview Ave N", "Beacon St",
              "Spruce St", "Cottonwood Dr", "Martin Luther King Jr Blvd", "Old Mill Rd",
              "Prospect Ave", "W 47th St", "E Colfax Ave", "Bayshore Dr"]
UK_STREETS = ["Kingsley Road", "Victoria Street", "Mill Lane", "Church Road", "Station Road",
              "Albert Terrace", "Queen's Drive", "Harrow Road", "Beechwood Avenue",
              "Castle Street", "Marlborough Crescent", "Hawthorn Close", "Cowley Road",
              "Gloucester Place"]
UK_TOWNS = [("London", ["E", "N", "SE", "SW", "NW", "W"]), ("Manchester", ["M"]),
            ("Leeds", ["LS"]), ("Bristol", ["BS"]), ("Glasgow", ["G"]), ("Edinburgh", ["EH"]),
            ("Cardiff", ["CF"]), ("Belfast", ["BT"]), ("Liverpool", ["L"]), ("Sheffield", ["S"]),
            ("Birmingham", ["B"]), ("Nottingham", ["NG"]), ("Brighton", ["BN"]),
            ("Oxford", ["OX"])]
DE_STREETS = ["Lindenstraße", "Hauptstraße", "Schillerstraße", "Goethestraße", "Bahnhofstraße",
              "Gartenweg", "Berliner Allee", "Am Markt", "Rosenweg", "Friedrichstraße",
              "Kastanienallee"]
DE_CITIES = [("Berlin", "10"), ("Berlin", "12"), ("Hamburg", "20"), ("Hamburg", "22"),
             ("München", "80"), ("Köln", "50"), ("Leipzig", "04"), ("Frankfurt am Main", "60"),
             ("Dresden", "01")]
NL_STREETS = ["Keizersgracht", "Prinsengracht", "Kerkstraat", "Dorpsstraat", "Molenweg",
              "Oudegracht", "Lange Voorhout", "Vondelstraat", "Herengracht", "Nieuwe Binnenweg"]
NL_CITIES = [("Amsterdam", "10"), ("Rotterdam", "30"), ("Utrecht", "35"), ("Den Haag", "25"),
             ("Groningen", "97"), ("Eindhoven", "56"), ("Leiden", "23")]
FR_STREETS = ["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire",
              "rue de la République", "place Bellecour", "rue Sainte-Catherine",
              "chemin des Vignes", "rue Victor Hugo", "quai de la Loire"]
FR_CITIES = [("Paris", "750"), ("Lyon", "6900"), ("Marseille", "130"), ("Toulouse", "310"),
             ("Bordeaux", "330"), ("Lille", "590"), ("Nantes", "440")]
PT_STREETS = ["Rua Augusta", "Rua de Santa Catarina", "Avenida da Liberdade", "Rua do Carmo",
              "Travessa do Fala-Só", "Rua Ferreira Borges"]
PT_CITIES = [("Lisboa", "1"), ("Porto", "4"), ("Coimbra", "3"), ("Braga", "4"), ("Faro", "8")]
JP_AREAS = [("Jingumae", "Shibuya-ku", "Tokyo", "150"), ("Koenji-minami", "Suginami-ku", "Tokyo", "166"),
            ("Kamimeguro", "Meguro-ku", "Tokyo", "153"), ("Namba", "Chuo-ku", "Osaka", "542"),
            ("Umeda", "Kita-ku", "Osaka", "530"), ("Gionmachi", "Higashiyama-ku", "Kyoto", "605"),
            ("Odori-nishi", "Chuo-ku", "Sapporo", "060"), ("Tenjin", "Chuo-ku", "Fukuoka", "810")]
IN_PLACES = [("Indiranagar", "Bengaluru", "5600"), ("Koramangala", "Bengaluru", "5600"),
             ("T. Nagar", "Chennai", "6000"), ("Anna Nagar", "Chennai", "6000"),
             ("Ballygunge", "Kolkata", "7000"), ("Salt Lake", "Kolkata", "7000"),
             ("Bandra West", "Mumbai", "4000"), ("K.K. Nagar", "Madurai", "6250"),
             ("Gandhipuram", "Coimbatore", "6410")]
IN_ROADS = ["12th Main Road", "Anna Salai", "Gariahat Road", "MG Road", "Linking Road",
            "100 Feet Road", "Arcot Road", "Rash Behari Avenue"]
IN_BLDGS = ["Lakeview Apartments", "Sai Krupa Residency", "Green Park Towers", "Shanti Nivas",
            "Palm Grove Enclave", "Sri Lakshmi Flats"]
BR_PLACES = [("Centro", "Curitiba", "PR", "800"), ("Bela Vista", "São Paulo", "SP", "013"),
             ("Pinheiros", "São Paulo", "SP", "054"), ("Boa Viagem", "Recife", "PE", "510"),
             ("Barra", "Salvador", "BA", "401"), ("Savassi", "Belo Horizonte", "MG", "301"),
             ("Copacabana", "Rio de Janeiro", "RJ", "220")]
BR_STREETS = ["Rua das Flores", "Av. Paulista", "Rua Oscar Freire", "Rua da Aurora",
              "Avenida Sete de Setembro", "Rua Pernambuco"]
AU_PLACES = [("Newtown", "NSW", "2042"), ("Surry Hills", "NSW", "2010"), ("Prahran", "VIC", "3181"),
             ("Fitzroy", "VIC", "3065"), ("Fortitude Valley", "QLD", "4006"),
             ("Subiaco", "WA", "6008"), ("Kent Town", "SA", "5067"), ("Sandy Bay", "TAS", "7005"),
             ("Braddon", "ACT", "2612")]
AU_STREETS = ["Wattle St", "Chapel Street", "Brunswick St", "Hay St", "Rundle St",
              "King Street", "Smith St", "Lonsdale Street", "Boundary Rd"]
CA_PLACES = [("Montréal", "QC", "H2X"), ("Toronto", "ON", "M5R"), ("Vancouver", "BC", "V6B"),
             ("Calgary", "AB", "T2P"), ("Halifax", "NS", "B3H"), ("Winnipeg", "MB", "R3C"),
             ("Ottawa", "ON", "K1N")]
CA_STREETS = ["Rue Saint-Denis", "Bay Street", "Robson St", "17 Ave SW", "Spring Garden Rd",
              "Portage Ave", "Rideau St", "Queen St W"]
NG_PLACES = [("Victoria Island", "Lagos", "101241"), ("Surulere", "Lagos", "101283"),
             ("Bodija", "Ibadan", "200284"), ("GRA", "Enugu", "400102"),
             ("Wuse II", "Abuja", "904101"), ("Old GRA", "Port Harcourt", "500272")]
NG_STREETS = ["Adeola Odeku Street", "Awolowo Avenue", "Ogui Road", "Aminu Kano Crescent",
              "Bode Thomas Street", "Aba Road"]
CO_PLACES = [("Bogotá", "D.C."), ("Medellín", "Antioquia"), ("Cali", "Valle del Cauca"),
             ("Barranquilla", "Atlántico"), ("Bucaramanga", "Santander")]
RO_PLACES = [("Cluj-Napoca", "400"), ("București", "010"), ("Iași", "700"), ("Timișoara", "300"),
             ("Brașov", "500")]
RO_STREETS = ["Strada Memorandumului", "Bulevardul Unirii", "Strada Lăpușneanu",
              "Strada Republicii", "Calea Victoriei"]
UA_PLACES = [("Kyiv", "01"), ("Lviv", "79"), ("Odesa", "65"), ("Kharkiv", "61"), ("Dnipro", "49")]
UA_STREETS = ["Khreshchatyk", "Shevchenka", "Franka", "Deribasivska", "Sumska", "Hrushevskoho"]
MA_PLACES = [("Casablanca", "20"), ("Rabat", "10"), ("Marrakech", "40"), ("Fès", "30"),
             ("Tanger", "90")]
MA_STREETS = ["Tarik Ibn Ziad", "Mohammed V", "Hassan II", "Ibn Batouta", "Allal Ben Abdellah"]
LB_PLACES = ["Hamra, Beirut", "Achrafieh, Beirut", "Mar Mikhael, Beirut", "Jounieh",
             "Zahlé", "Byblos"]
LB_STREETS = ["Bliss Street", "Rue Gouraud", "Rue Abdel Aziz", "Sassine Square", "Rue Monot"]
FI_PLACES = [("Helsinki", "00"), ("Tampere", "33"), ("Turku", "20"), ("Oulu", "90"),
             ("Espoo", "02")]
FI_STREETS = ["Mannerheimintie", "Hämeenkatu", "Aurakatu", "Isokatu", "Fredrikinkatu"]
NZ_PLACES = [("Grey Lynn", "Auckland", "1021"), ("Ponsonby", "Auckland", "1011"),
             ("Te Aro", "Wellington", "6011"), ("Riccarton", "Christchurch", "8011"),
             ("Ōhinemutu", "Rotorua", "3010")]
NZ_STREETS = ["Ponsonby Road", "Cuba Street", "Karangahape Road", "Riccarton Road",
              "Lake Road", "Tory Street"]
TH_PLACES = [("Khlong Toei Nuea", "Watthana", "10110"), ("Silom", "Bang Rak", "10500"),
             ("Chatuchak", "Chatuchak", "10900"), ("Samsen Nai", "Phaya Thai", "10400")]
WS_PLACES = ["Matautu-uta, Apia", "Vaitele, Apia", "Lalomanu, Upolu", "Salelologa, Savai'i"]
WS_STREETS = ["Beach Road", "Vaea Street", "Falealili Street", "Convent Street"]

# ---------------------------------------------------------------------------
# Domain vocabulary
# ---------------------------------------------------------------------------

DOMAIN_INFO = {
    "physiotherapy_clinic": dict(
        orgs=[("Kinetic Path Physiotherapy", "kineticpath.health"),
              ("Harbourside Physio & Rehab", "harbourside-physio.com.au"),
              ("MoveWell Clinic", "movewellclinic.co.uk"),
              ("Stride Sports Physiotherapy", "stridephysio.com"),
              ("Core Balance Physio", "corebalance.ca"),
              ("Northgate Spine & Joint", "northgatespine.org")],
        svcs=["initial assessment", "knee rehab session", "dry needling appointment",
              "post-op shoulder review", "hydrotherapy class", "gait analysis",
              "vestibular assessment", "sports massage"],
        staff=["physiotherapist", "front desk coordinator", "clinic manager", "billing officer",
               "senior physio"],
        issues=["lower back pain after lifting boxes", "an ACL reconstruction follow-up",
                "a stiff neck from desk work", "an ankle sprain from netball", "a frozen shoulder",
                "a plantar fasciitis flare-up", "tennis elbow", "post-partum pelvic pain"],
        brands=["McKenzie method", "Pilates reformer", "Theraband", "KT Tape", "Bobath approach",
                "Mulligan mobilisation", "Hoka Clifton", "Garmin Forerunner"],
        facts=[("MRN|Medical record no.|Chart #|Patient record number", "mrn", 1),
               ("Member ID|Insurance member ID|Health plan ID|Subscriber ID", "hpn", 1),
               ("DOB|Date of birth|Birth date", "dob", 1),
               ("Next appointment|Follow-up|Booked for", "dt", 1),
               ("Mobile|Phone|Contact number", "phone", 1),
               ("Home address|Address", "addr", 1),
               ("Email", "email", 1),
               ("Referring GP|Referring doctor", "full", 4)],
        negs=[("Claim #|Claim no.", "claim"), ("Group no.|Group number", "group"),
              ("Invoice", "invoice"), ("CPT code", "cpt"), ("Amount due", "amount"),
              ("Pain score", "painscore")]),
    "car_rental": dict(
        orgs=[("Roadrunner Car Hire", "roadrunnerhire.com"),
              ("Meridian Rent-a-Car", "meridianrentacar.com"),
              ("Open Road Rentals", "openroadrentals.co.nz"),
              ("Blue Mile Car Rental", "bluemile.rentals"),
              ("Atlas Auto Hire", "atlasautohire.eu")],
        svcs=["compact SUV rental", "one-way van hire", "airport pickup", "weekend economy rental",
              "premium sedan booking", "7-seater minivan rental"],
        staff=["rental agent", "counter supervisor", "damage assessor", "reservations team lead",
               "branch manager"],
        issues=["a scratch on the rear bumper noted at return", "a toll charge dispute",
                "a late return fee", "adding an extra driver", "a fuel top-up charge",
                "a cracked windscreen"],
        brands=["Ford Transit", "Toyota Camry", "Tesla Model 3", "Nissan Leaf",
                "Mercedes-Benz Sprinter", "Chevrolet Tahoe", "Kia Carnival", "Volkswagen Golf"],
        facts=[("Driver license|DL #|Licence no.|Driver's license number", "dl", 1),
               ("Card on file|Payment card|CC", "card", 1),
               ("Pickup|Pick-up date|Collection", "dt", 1),
               ("Return|Drop-off", "dt", 2),
               ("Customer account|Loyalty account no.|Account #", "acct", 1),
               ("DOB|Date of birth", "dob", 1),
               ("Pickup location|Branch", "loc", 1),
               ("Mobile", "anyphone", 1),
               ("Additional driver", "full", 4)],
        negs=[("Reservation #|Confirmation no.", "booking"), ("Plate", "plate"), ("VIN", "vin"),
              ("Deposit", "amount"), ("Fuel level", "pct"), ("Rate code", "ratecode")]),
    "credit_union": dict(
        orgs=[("Riverbend Community Credit Union", "riverbendccu.org"),
              ("Tri-County Teachers CU", "tricountyteachers.coop"),
              ("Harbor Federal Credit Union", "harborfcu.com"),
              ("Prairie Trust CU", "prairietrustcu.org"),
              ("Unity Cooperative Credit Union", "unitycoopcu.ca")],
        svcs=["auto loan application", "share certificate renewal", "overdraft review",
              "mortgage pre-approval", "new checking account", "wire transfer"],
        staff=["member services rep", "loan officer", "fraud analyst", "branch teller",
               "collections specialist"],
        issues=["a disputed debit card charge", "a missing direct deposit",
                "a locked online banking login", "an address change",
                "a wire to family overseas", "a hardship payment plan"],
        brands=["Wells Fargo", "Charles Schwab", "Fannie Mae", "Sallie Mae", "Visa Signature",
                "Zelle", "Morgan Stanley", "Venmo"],
        facts=[("Share account|Savings account #|Checking acct", "acct", 1),
               ("Loan account|Auto loan acct no.", "acct", 2),
               ("SSN|Social Security No.|SSN on file", "ssn", 1),
               ("IBAN|Beneficiary IBAN", "iban", 1),
               ("DOB|Date of birth", "dob", 1),
               ("Debit card|Card number", "card", 1),
               ("Mailing address", "addr", 1),
               ("Phone", "phone", 1),
               ("Joint owner", "full", 4)],
        negs=[("Transaction ID", "uuid"), ("Case #", "case"), ("APR", "pct"),
              ("Amount", "amount"), ("Confirmation", "order"), ("Card", "masked")]),
    "wedding_planning": dict(
        orgs=[("Ever After Events", "everafterevents.co"),
              ("Golden Hour Weddings", "goldenhourweddings.com"),
              ("Petal & Vow Planning", "petalandvow.co.uk"),
              ("Two Hearts Co.", "twoheartsco.com.au"),
              ("Lantern Lane Weddings", "lanternlane.events")],
        svcs=["venue walkthrough", "cake tasting", "florist consultation", "final dress fitting",
              "rehearsal dinner booking", "seating chart review"],
        staff=["lead planner", "day-of coordinator", "venue liaison", "catering manager",
               "planning assistant"],
        issues=["a change in the guest count", "vegan options for the reception",
                "moving the ceremony indoors", "the photographer's arrival time",
                "a deposit refund", "the shuttle schedule"],
        brands=["Vera Wang", "Jimmy Choo", "Tiffany & Co.", "Kate Spade", "Veuve Clicquot",
                "Dom Pérignon", "David's Bridal", "Hilton Garden Inn"],
        facts=[("Wedding date|Ceremony|Event date", "dt", 1),
               ("Tasting|Venue walkthrough|Final fitting", "dt", 2),
               ("Venue address|Ceremony location", "addr", 2),
               ("Deposit card|Card for deposit", "card", 1),
               ("Partner|Fiancé(e)", "full", 4),
               ("Contact email", "email", 1),
               ("Phone", "anyphone", 1),
               ("Hometown|Guests travelling from", "loc", 1),
               ("Planner portal", "url", 1)],
        negs=[("Booking ref", "booking"), ("Invoice", "invoice"), ("Package", "brand"),
              ("Deposit", "amount"), ("Guest count", "guests")]),
    "coworking_space": dict(
        orgs=[("Hive Commons", "hivecommons.work"), ("Studio Nine Coworking", "studionine.space"),
              ("The Foundry Desk Club", "foundrydesk.club"), ("Orbit Workspace", "orbitworkspace.io"),
              ("Canopy Cowork", "canopycowork.nl")],
        svcs=["hot desk membership", "private office lease", "meeting room booking",
              "virtual office plan", "day pass", "podcast studio hire"],
        staff=["community manager", "IT admin", "front-of-house host", "facilities lead",
               "billing admin"],
        issues=["the Wi-Fi dropping on level 3", "a lost access card",
                "the printer not authenticating", "a noisy phone booth",
                "a mail-handling request", "a VPN tunnel to our office"],
        brands=["WeWork", "Regus", "Herman Miller Aeron", "Philips Hue", "Cisco Meraki",
                "Nespresso", "Ubiquiti UniFi", "Slack Connect"],
        facts=[("Member account|Billing account #", "acct", 1),
               ("Static IP|Assigned IP|Office IP", "ip", 1),
               ("Wi-Fi password|Guest Wi-Fi password|Printer admin password", "pw", 1),
               ("Door API key|Access control API key|Printer API token", "secret", 1),
               ("Tour|Move-in date|Meeting room booking", "dt", 1),
               ("Company address|Registered address", "addr", 1),
               ("Email", "email", 1),
               ("IPv6 prefix|Assigned IPv6", "ipsix", 1),
               ("Member portal", "url", 1)],
        negs=[("Invoice", "invoice"), ("Desk", "desk"), ("Badge ID", "empid"),
              ("Printer MAC", "mac"), ("Firmware", "ver"), ("Ticket", "ticket")]),
    "mental_health_helpline": dict(
        orgs=[("Quiet Harbour Helpline", "quietharbour.org.uk"), ("OpenLine Support", "openline.org"),
              ("Steady Ground Crisis Line", "steadyground.org.nz"),
              ("Kindred Listening Service", "kindredlistening.ie"),
              ("Northern Lights Helpline", "northernlights.help")],
        svcs=["callback request", "text support session", "referral to counselling",
              "safety check-in", "peer support chat", "follow-up call"],
        staff=["volunteer listener", "shift supervisor", "clinical lead", "intake counsellor",
               "referral coordinator"],
        issues=["feeling overwhelmed after losing a job", "trouble sleeping and panic attacks",
                "stress caring for a parent", "loneliness since moving", "exam anxiety",
                "grief after a bereavement"],
        brands=["Headspace", "Calm app", "BetterHelp", "Talkspace", "Samaritans", "Lifeline",
                "Kids Help Phone", "Mind"],
        facts=[("Caller location|Calling from|Location", "loc", 1),
               ("Callback number|Safe number", "anyphone", 1),
               ("DOB|Date of birth", "dob", 1),
               ("Next check-in|Scheduled callback", "dt", 1),
               ("Emergency contact", "full", 4),
               ("Home address", "addr", 1),
               ("Email", "email", 1),
               ("Health plan ID|Insurance member #", "hpn", 1),
               ("Clinic MRN|MRN", "mrn", 1)],
        negs=[("Case ID", "case"), ("Session", "uuid"), ("Call duration", "dur"),
              ("Ticket", "ticket"), ("Wait time", "dur")]),
    "freight_logistics": dict(
        orgs=[("Cargoline Freight", "cargoline.co"), ("Bridgeport Logistics", "bridgeportlogistics.com"),
              ("Meridian Haulage", "meridianhaulage.co.uk"),
              ("Northstar Forwarding", "northstarfwd.com"),
              ("Southern Cross Freight", "southerncrossfreight.com.au")],
        svcs=["LTL shipment", "full truckload booking", "reefer container", "customs clearance",
              "cross-dock transfer", "last-mile delivery"],
        staff=["dispatcher", "customs broker", "carrier rep", "warehouse supervisor",
               "account manager"],
        issues=["a missed delivery appointment", "a damaged pallet", "a detention charge",
                "a customs hold", "a temperature excursion in the reefer", "a short-shipped order"],
        brands=["Maersk", "DHL Express", "FedEx Ground", "Kuehne+Nagel", "C.H. Robinson",
                "J.B. Hunt", "Hapag-Lloyd", "Schneider National"],
        facts=[("Pickup address|Shipper address|Origin", "addr", 2),
               ("Delivery address|Consignee address|Destination address", "addr", 3),
               ("Customer account|Shipper account #|Billing account", "acct", 1),
               ("Pickup window|Delivery appointment|Dock appointment", "dt", 1),
               ("Remit-to IBAN|IBAN", "iban", 1),
               ("Driver|Dispatcher contact", "full", 4),
               ("Driver license|CDL #", "dl", 1),
               ("Phone|Dispatch line", "anyphone", 1),
               ("Origin city|Destination", "loc", 1)],
        negs=[("Tracking #", "track"), ("Container", "container"), ("BOL", "order"),
              ("Lot", "lot"), ("Weight", "weight"), ("HS code", "hscode")]),
    "online_tutoring": dict(
        orgs=[("BrightPath Tutors", "brightpathtutors.com"), ("Lumen Learning Hub", "lumenhub.education"),
              ("Mindspark Online Tutoring", "mindspark.academy"),
              ("Polyglot Academy", "polyglot-academy.eu"),
              ("Quill & Compass Tutoring", "quillandcompass.org")],
        svcs=["GCSE maths session", "SAT prep lesson", "IELTS speaking practice",
              "Python for teens course", "A-level chemistry tutoring", "reading club"],
        staff=["tutor", "academic coordinator", "parent liaison", "scheduling team",
               "head of tutoring"],
        issues=["rescheduling because of a school trip", "a refund for a missed lesson",
                "switching tutors", "the homework portal not loading",
                "progress report questions", "adding a sibling to the plan"],
        brands=["Khan Academy", "Pearson Edexcel", "Cambridge IGCSE", "Duolingo", "Kumon",
                "Wolfram Alpha", "Pythagoras theorem", "Newton's laws"],
        facts=[("Student DOB|Date of birth", "dob", 1),
               ("Session link|Classroom URL|Meeting link", "url", 1),
               ("Parent email|Guardian email", "email", 4),
               ("Guardian|Parent", "full", 4),
               ("Next session|Trial lesson", "dt", 1),
               ("Billing account|Family account #", "acct", 1),
               ("Card on file", "card", 1),
               ("Student location", "loc", 1),
               ("Phone", "anyphone", 1)],
        negs=[("Course code", "course"), ("ISBN", "isbn"), ("Session ID", "uuid"),
              ("Invoice", "invoice"), ("App version", "ver")]),
}

GENERIC_BRANDS = ["Tim Hortons", "Wendy's", "McDonald's", "Dr. Martens", "Ben & Jerry's",
                  "Johnson & Johnson", "Louis Vuitton", "Tommy Hilfiger", "Marks & Spencer",
                  "Sainsbury's", "John Lewis", "Mercedes-Benz", "Trader Joe's", "Ritz-Carlton",
                  "Alexa", "Siri", "Dell Latitude", "Calvin Klein", "Hugo Boss", "Walgreens"]

UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
DG = "0123456789"
AN = UP + LO + DG
B64 = AN + "+/"
HEX = "0123456789abcdef"


def _d(r, n):
    return "".join(r.choice(DG) for _ in range(n))


def _s(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    return "".join(ch for ch in s if ch.isascii() and ch.isalnum())


# ---------------------------------------------------------------------------
# Validators / value generators
# ---------------------------------------------------------------------------

def luhn_ok(num):
    digits = [int(ch) for ch in num if ch.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(partial):
    for cd in DG:
        if luhn_ok(partial + cd):
            return partial + cd
    raise AssertionError


def card_brand(d):
    n = len(d)
    if d[0] == "4" and n in (13, 16, 19):
        return "visa"
    if n == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720):
        return "mc"
    if n == 15 and d[:2] in ("34", "37"):
        return "amex"
    if n == 16 and (d.startswith("6011") or d.startswith("65") or 644 <= int(d[:3]) <= 649):
        return "discover"
    return None


def gen_card_digits(r):
    k = r.random()
    if k < 0.4:
        p, n = "4", 16
    elif k < 0.65:
        p, n = (str(r.randint(51, 55)) if r.random() < 0.7 else str(r.randint(2221, 2720))), 16
    elif k < 0.85:
        p, n = r.choice(["34", "37"]), 15
    else:
        p, n = r.choice(["6011", "65", str(r.randint(644, 649))]), 16
    return luhn_complete(p + _d(r, n - len(p) - 1))


def fmt_card(r, d):
    sep = r.choice([" ", " ", "-", ""])
    if len(d) == 15:
        parts = [d[:4], d[4:10], d[10:]]
    else:
        parts = [d[i:i + 4] for i in range(0, len(d), 4)]
    return sep.join(parts)


def gen_bad_card(r):
    d = gen_card_digits(r)
    d = d[:-1] + str((int(d[-1]) + r.randint(1, 9)) % 10)
    return fmt_card(r, d)


IBAN_SPECS = {
    "DE": "8n10n", "GB": "4a6n8n", "FR": "5n5n11c2n", "NL": "4a10n", "ES": "4n4n2n10n",
    "IT": "1a5n5n12c", "PT": "4n4n11n2n", "RO": "4a16c", "UA": "6n19c", "LB": "4n20c",
    "FI": "3n11n", "BE": "3n7n2n", "CH": "5n12c", "SA": "2n18c", "AE": "3n16n",
    "BR": "8n5n10n1a1c", "PL": "8n16n", "IE": "4a6n8n", "AT": "5n11n", "GR": "3n4n16c",
    "JO": "4a4n18c", "QA": "4a21c", "DK": "4n9n1n", "NO": "4n6n1n", "SE": "3n16n1n",
}


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", s):
        return False
    re_ = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in re_)) % 97 == 1


def gen_iban(r, valid=True):
    cc = r.choice(sorted(IBAN_SPECS))
    bban = ""
    for cnt, kind in re.findall(r"(\d+)([anc])", IBAN_SPECS[cc]):
        alpha = {"a": UP, "n": DG, "c": UP + DG}[kind]
        bban += _s(r, alpha, int(cnt))
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    chk = 98 - int(num) % 97
    if not valid:
        chk = (chk + r.randint(1, 90)) % 97 + 2
        if chk > 99:
            chk = 42
    iban = cc + "%02d" % chk + bban
    if valid:
        assert iban_ok(iban)
    elif iban_ok(iban):
        return gen_iban(r, valid)
    if r.random() < 0.55:
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m:
        return False
    a, g, sn = m.groups()
    return a not in ("000", "666") and int(a) < 900 and g != "00" and sn != "0000"


def gen_ssn(r):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    s = "%03d-%02d-%04d" % (a, r.randint(1, 99), r.randint(1, 9999))
    if r.random() < 0.12:
        s = s.replace("-", " ")
    return s


def gen_bad_ssn(r):
    k = r.randrange(5)
    a, g, s = "%03d" % r.randint(1, 899), "%02d" % r.randint(1, 99), "%04d" % r.randint(1, 9999)
    if k == 0:
        a = "000"
    elif k == 1:
        a = "666"
    elif k == 2:
        a = str(r.randint(900, 999))
    elif k == 3:
        g = "00"
    else:
        s = "0000"
    return "%s-%s-%s" % (a, g, s)


def gen_us_phone(r, area=None):
    area = area or r.choice(US_AREA_CODES)
    while True:
        ex = "%d%s" % (r.randint(2, 9), _d(r, 2))
        if ex[1:] != "11" and ex != "555":
            break
    ln = _d(r, 4)
    k = r.randrange(9)
    return [
        "(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s", "+1-%s-%s-%s", "1-%s-%s-%s",
        "(%s) %s-%s", "%s%s%s", "+1 (%s) %s-%s"][k] % (area, ex, ln)


INTL_PHONES = [
    lambda r: "+44 20 7%s %s" % (_d(r, 3), _d(r, 4)),
    lambda r: "+44 7%s %s" % (_d(r, 3), _d(r, 6)),
    lambda r: "+234 8%s %s %s" % (r.choice("01") + _d(r, 1), _d(r, 3), _d(r, 4)),
    lambda r: "+234 70%s %s %s" % (_d(r, 1), _d(r, 3), _d(r, 4)),
    lambda r: "+251 9%s %s %s" % (_d(r, 1), _d(r, 3), _d(r, 4)),
    lambda r: "+91 9%s %s" % (_d(r, 4), _d(r, 5)),
    lambda r: "+91 44 %s %s" % (_d(r, 4), _d(r, 4)),
    lambda r: "+880 17%s-%s" % (_d(r, 2), _d(r, 6)),
    lambda r: "+66 8%s %s %s" % (_d(r, 1), _d(r, 3), _d(r, 4)),
    lambda r: "+81 90-%s-%s" % (_d(r, 4), _d(r, 4)),
    lambda r: "+81 3-%s-%s" % (_d(r, 4), _d(r, 4)),
    lambda r: "+86 13%s %s %s" % (_d(r, 1), _d(r, 4), _d(r, 4)),
    lambda r: "+380 6%s %s %s %s" % (_d(r, 1), _d(r, 3), _d(r, 2), _d(r, 2)),
    lambda r: "+40 7%s %s %s" % (_d(r, 2), _d(r, 3), _d(r, 3)),
    lambda r: "+351 9%s %s %s" % (_d(r, 2), _d(r, 3), _d(r, 3)),
    lambda r: "+57 3%s %s %s" % (_d(r, 2), _d(r, 3), _d(r, 4)),
    lambda r: "+51 9%s %s %s" % (_d(r, 2), _d(r, 3), _d(r, 3)),
    lambda r: "+212 6 %s %s %s %s" % (_d(r, 2), _d(r, 2), _d(r, 2), _d(r, 2)),
    lambda r: "+961 3 %s %s" % (_d(r, 3), _d(r, 3)),
    lambda r: "+685 7%s %s" % (_d(r, 1), _d(r, 5)),
    lambda r: "+64 21 %s %s" % (_d(r, 3), _d(r, 4)),
    lambda r: "+358 40 %s %s" % (_d(r, 3), _d(r, 4)),
    lambda r: "+31 6 %s" % _d(r, 8),
    lambda r: "+49 30 %s" % _d(r, 8),
    lambda r: "+49 151 %s" % _d(r, 8),
    lambda r: "+33 6 %s %s %s %s" % (_d(r, 2), _d(r, 2), _d(r, 2), _d(r, 2)),
    lambda r: "+61 4%s %s %s" % (_d(r, 2), _d(r, 3), _d(r, 3)),
    lambda r: "+55 11 9%s-%s" % (_d(r, 4), _d(r, 4)),
    lambda r: "+52 55 %s %s" % (_d(r, 4), _d(r, 4)),
    lambda r: "+254 7%s %s %s" % (_d(r, 2), _d(r, 3), _d(r, 3)),
    lambda r: "+82 10-%s-%s" % (_d(r, 4), _d(r, 4)),
    lambda r: "+63 9%s %s %s" % (_d(r, 2), _d(r, 3), _d(r, 4)),
    lambda r: "+1 416 %s %s" % (str(r.randint(2, 9)) + _d(r, 2), _d(r, 4)),
]


def gen_intl_phone(r):
    p = r.choice(INTL_PHONES)(r)
    if r.random() < 0.18:
        p = "+" + re.sub(r"\D", "", p)
    return p


def gen_ipv4(r):
    k = r.randrange(5)
    if k == 0:
        return "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
    if k == 1:
        return "192.168.%d.%d" % (r.randint(0, 20), r.randint(2, 254))
    if k == 2:
        return "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254))
    return "%d.%d.%d.%d" % (r.choice([23, 31, 34, 41, 45, 52, 66, 78, 81, 91, 102, 103, 141,
                                      154, 185, 197, 203, 213]),
                            r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))


def gen_ipv6(r):
    groups = ["%x" % r.randint(0, 0xffff) for _ in range(8)]
    groups[0] = r.choice(["2001", "2a02", "2600", "2406", "2c0f", "fe80"])
    if groups[0] == "2001" and r.random() < 0.5:
        groups[1] = "db8"
    if r.random() < 0.5:
        i = r.randint(2, 5)
        return ":".join(groups[:i]) + "::" + ":".join(groups[i + 2:])
    return ":".join(groups)


def gen_mac(r):
    sep = r.choice([":", "-"])
    return sep.join("%02X" % r.randint(0, 255) for _ in range(6))


def gen_dl(r):
    k = r.randrange(9)
    if k == 0:
        return r.choice(UP) + _d(r, 7)
    if k == 1:
        return "%s %s %s" % (_d(r, 3), _d(r, 3), _d(r, 3))
    if k == 2:
        return "%s%s-%s-%s-%s-%s" % (r.choice(UP), _d(r, 3), _d(r, 3), _d(r, 2), _d(r, 3), _d(r, 1))
    if k == 3:
        return _d(r, 8)
    if k == 4:
        return "%s%s-%s-%s" % (r.choice(UP), _d(r, 3), _d(r, 4), _d(r, 4))
    if k == 5:
        return "WDL" + _s(r, UP + DG, 4) + _d(r, 5)
    if k == 6:
        return _s(r, UP, 5) + _d(r, 6) + _s(r, UP, 2) + _d(r, 1) + _s(r, UP, 2)
    if k == 7:
        return "%s%s-%s-%s" % (r.choice(UP), _d(r, 4), _d(r, 5), _d(r, 5))
    return "%s-%s" % (_s(r, UP, 2), _d(r, 7))


def gen_mrn(r):
    k = r.randrange(6)
    if k == 0:
        return _d(r, 8)
    if k == 1:
        return "MRN%s" % _d(r, 7)
    if k == 2:
        return "PT-%s" % _d(r, 6)
    if k == 3:
        return "H%s" % _d(r, 8)
    if k == 4:
        return "%d-%s" % (r.randint(2008, 2025), _d(r, 6))
    return "E%s" % _d(r, 7)


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def gen_hpn(r):
    k = r.randrange(6)
    if k == 0:
        return _s(r, UP, 3) + _d(r, 9)
    if k == 1:
        return "W" + _d(r, 9)
    if k == 2:
        m = (str(r.randint(1, 9)) + r.choice(MBI_A) + r.choice(MBI_A + DG) + _d(r, 1) +
             r.choice(MBI_A) + r.choice(MBI_A + DG) + _d(r, 1) + r.choice(MBI_A) +
             r.choice(MBI_A) + _d(r, 2))
        return m if r.random() < 0.5 else "%s-%s-%s" % (m[:4], m[4:7], m[7:])
    if k == 3:
        return "%s %s %s %s" % (_s(r, UP, 3), _d(r, 3), _d(r, 3), _d(r, 3))
    if k == 4:
        return "MBR-%s-%s" % (_d(r, 4), _d(r, 4))
    return "H" + _d(r, 10)


def gen_acct(r):
    k = r.randrange(6)
    if k == 0:
        return _d(r, r.randint(8, 12))
    if k == 1:
        return "%s-%s" % (_d(r, 6), r.choice(["S01", "S10", "L02", "00", "01"]))
    if k == 2:
        return "%s-%s-%s" % (_d(r, 4), _d(r, 4), _d(r, 4))
    if k == 3:
        return "00%s" % _d(r, 8)
    if k == 4:
        return "%s %s %s" % (_d(r, 2), _d(r, 4), _d(r, 4))
    return "AC%s" % _d(r, 9)


def gen_aws_access(r):
    return r.choice(["AKIA", "AKIA", "AKIA", "ASIA"]) + _s(r, UP + "234567", 16)


def gen_aws_secret(r):
    return _s(r, B64, 40)


def gen_github(r):
    k = r.randrange(5)
    if k == 4:
        return "github_pat_11" + _s(r, UP + DG, 20) + "_" + _s(r, AN, 59)
    return ["ghp_", "ghp_", "gho_", "ghs_"][k] + _s(r, AN, 36)


def gen_slack(r):
    if r.random() < 0.6:
        return "xoxb-%s-%s-%s" % (_d(r, r.randint(11, 12)), _d(r, 13), _s(r, AN, 24))
    return "xoxp-%s-%s-%s-%s" % (_d(r, 11), _d(r, 12), _d(r, 13), _s(r, HEX, 32))


def gen_stripe(r):
    p = r.choice(["sk_live_", "sk_live_", "rk_live_", "sk_test_"])
    return p + r.choice(["51", "4e", ""]) + _s(r, AN, r.randint(24, 40))


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def gen_jwt(r, epoch):
    alg = r.choice(["HS256", "RS256", "ES256", "HS512"])
    hdr = {"alg": alg, "typ": "JWT"}
    if r.random() < 0.4:
        hdr["kid"] = _s(r, HEX, 16)
    pl = {"sub": str(_uuid.UUID(int=r.getrandbits(128), version=4)) if r.random() < 0.5
          else str(r.randint(10000, 9999999)),
          "iat": epoch, "exp": epoch + r.choice([900, 3600, 86400])}
    if r.random() < 0.5:
        pl["scope"] = r.choice(["read:members", "bookings:write", "admin", "openid profile"])
    if r.random() < 0.3:
        pl["iss"] = r.choice(["auth-service", "portal", "sso"])
    siglen = {"HS256": 32, "RS256": 256, "ES256": 64, "HS512": 64}[alg]
    sig = bytes(r.getrandbits(8) for _ in range(siglen))
    return "%s.%s.%s" % (b64u(json.dumps(hdr, separators=(",", ":")).encode()),
                         b64u(json.dumps(pl, separators=(",", ":")).encode()), b64u(sig))


def gen_pem(r, public=False):
    if public:
        body = b"0\x82\x01\"0\r\x06\t*\x86H\x86\xf7\r\x01\x01\x01\x05\x00" + bytes(
            r.getrandbits(8) for _ in range(r.randint(200, 270)))
        kind = "PUBLIC KEY"
        width = 64
    else:
        kind = r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
        if kind == "EC PRIVATE KEY":
            body = b"0w\x02\x01\x01\x04 " + bytes(r.getrandbits(8) for _ in range(89))
            width = 64
        elif kind == "OPENSSH PRIVATE KEY":
            body = b"openssh-key-v1\x00" + bytes(r.getrandbits(8) for _ in range(r.randint(360, 460)))
            width = 70
        else:
            body = b"0\x82\x04\xa4\x02\x01\x00\x02\x82\x01\x01\x00" + bytes(
                r.getrandbits(8) for _ in range(r.randint(420, 620)))
            width = 64
    b = base64.b64encode(body).decode()
    lines = [b[i:i + width] for i in range(0, len(b), width)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, "\n".join(lines), kind)


PW_WORDS = ["maple", "river", "tiger", "falcon", "sunset", "copper", "violet", "harbor", "nimbus",
            "quartz", "lantern", "meadow", "cobalt", "ember", "willow", "pepper", "mango",
            "kiwi", "tundra", "saffron", "orbit", "pixel", "walrus", "cactus"]
PW_SYM = "!#$%&*?-_"


def gen_password(r):
    k = r.randrange(5)
    if k == 0:
        return r.choice(PW_WORDS).capitalize() + str(r.randint(1, 2025)) + r.choice(PW_SYM)
    if k == 1:
        return _s(r, AN + PW_SYM, r.randint(10, 18))
    if k == 2:
        return "-".join(r.sample(PW_WORDS, 3)) + "-" + _d(r, 2)
    if k == 3:
        w = r.choice(PW_WORDS)
        w = w.replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1")
        return w.capitalize() + r.choice(PW_SYM) + _d(r, r.randint(2, 4))
    return _s(r, UP, 1) + _s(r, LO, r.randint(4, 6)) + _d(r, 3) + r.choice(PW_SYM) + _s(r, UP, 2)


def gen_secret(r):
    k = r.randrange(8)
    if k == 0:
        return _s(r, HEX, 32)
    if k == 1:
        return _s(r, HEX, 48)
    if k == 2:
        return "SG." + _s(r, AN + "-_", 22) + "." + _s(r, AN + "-_", 43)
    if k == 3:
        return "AIza" + _s(r, AN + "-_", 35)
    if k == 4:
        return "key-" + _s(r, HEX, 32)
    if k == 5:
        return "SK" + _s(r, HEX, 32)
    if k == 6:
        return _s(r, AN, 32)
    return "live_" + _s(r, AN, 36)


def gen_isbn(r):
    core = "978" + _d(r, 9)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(core))
    chk = (10 - s % 10) % 10
    return "%s-%s-%s-%s-%d" % (core[:3], core[3], core[4:8], core[8:12], chk)


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"

# ---------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------


def fmt_time(r, h, m):
    h12 = (h - 1) % 12 + 1
    k = r.randrange(7)
    if k == 0:
        return "%d:%02d %s" % (h12, m, "AM" if h < 12 else "PM")
    if k == 1:
        return "%d:%02d%s" % (h12, m, "am" if h < 12 else "pm")
    if k == 2:
        return "%02d:%02d" % (h, m)
    if k == 3:
        return ("%d%s" % (h12, "am" if h < 12 else "pm")) if m == 0 else \
            "%d.%02d%s" % (h12, m, "am" if h < 12 else "pm")
    if k == 4:
        return "%dh%02d" % (h, m)
    if k == 5:
        return "%d:%02d %s" % (h12, m, "a.m." if h < 12 else "p.m.")
    return "%d:%02d" % (h, m)


def fmt_date(r, d, allow_weekday=True, allow_noyear=True):
    M = calendar.month_name[d.month]
    Mo = calendar.month_abbr[d.month]
    W = calendar.day_name[d.weekday()]
    Wd = calendar.day_abbr[d.weekday()]
    opts = ["%s %d, %d" % (M, d.day, d.year), "%s %d, %d" % (Mo, d.day, d.year),
            "%d %s %d" % (d.day, M, d.year), "%d %s %d" % (d.day, Mo, d.year),
            "%02d/%02d/%d" % (d.month, d.day, d.year), "%d/%d/%d" % (d.day, d.month, d.year),
            "%d-%02d-%02d" % (d.year, d.month, d.day), "%02d.%02d.%d" % (d.day, d.month, d.year),
            "%d/%d/%02d" % (d.month, d.day, d.year % 100)]
    if allow_weekday:
        opts += ["%s, %s %d" % (W, M, d.day), "%s %d %s" % (Wd, d.day, Mo),
                 "%s %d %s %d" % (Wd, d.day, Mo, d.year), "%s, %d %s %d" % (W, d.day, M, d.year)]
    if allow_noyear:
        opts += ["%s %d" % (Mo, d.day), "%d %s" % (d.day, M)]
    return r.choice(opts)


def fmt_dob(r, d):
    M = calendar.month_name[d.month]
    Mo = calendar.month_abbr[d.month]
    return r.choice([
        "%d-%02d-%02d" % (d.year, d.month, d.day), "%02d/%02d/%d" % (d.month, d.day, d.year),
        "%02d/%02d/%d" % (d.day, d.month, d.year), "%s %d, %d" % (M, d.day, d.year),
        "%d %s %d" % (d.day, M, d.year), "%02d.%02d.%d" % (d.day, d.month, d.year),
        "%d-%s-%d" % (d.day, Mo, d.year), "%d/%d/%d" % (d.month, d.day, d.year),
        "%s %d %d" % (Mo, d.day, d.year)])


# ---------------------------------------------------------------------------
# Addresses: each returns (line1, line2)
# ---------------------------------------------------------------------------

def addr_us(r):
    city, st, _, zp = r.choice(US_CITIES)
    unit = r.choice(["", "", "", "Apt %d%s" % (r.randint(1, 30), r.choice(["", "A", "B", "C"])),
                     "Unit %d" % r.randint(1, 400), "Suite %d" % (r.randint(1, 9) * 100 + r.randint(0, 50)),
                     "#%d" % r.randint(100, 999)])
    z = zp + "%02d" % r.randint(0, 99)
    if r.random() < 0.15:
        z += "-%04d" % r.randint(1, 9999)
    l1 = "%d %s" % (r.randint(1, 9899), r.choice(US_STREETS))
    if unit:
        l1 += (", " if r.random() < 0.6 else " ") + unit
    return l1, "%s, %s %s" % (city, st, z)


def addr_uk(r):
    town, areas = r.choice(UK_TOWNS)
    L = "ABDEFGHJLNPQRSTUWXYZ"
    pc = "%s%d %d%s%s" % (r.choice(areas), r.randint(1, 20), r.randint(0, 9), r.choice(L), r.choice(L))
    flat = r.choice(["", "", "Flat %d, " % r.randint(1, 40)])
    return flat + "%d %s" % (r.randint(1, 240), r.choice(UK_STREETS)), "%s %s" % (town, pc)


def addr_de(r):
    city, p = r.choice(DE_CITIES)
    return ("%s %d%s" % (r.choice(DE_STREETS), r.randint(1, 180), r.choice(["", "", "a", "b"])),
            "%s%s %s" % (p, _d(r, 3), city))


def addr_nl(r):
    city, p = r.choice(NL_CITIES)
    return ("%s %d" % (r.choice(NL_STREETS), r.randint(1, 400)),
            "%s%s %s%s %s" % (p, _d(r, 2), r.choice("ABCDEGHJKLMNPRSTVWXZ"),
                              r.choice("ABCDEGHJKLMNPRSTVWXZ"), city))


def addr_fr(r):
    city, p = r.choice(FR_CITIES)
    cp = p + _d(r, 5 - len(p))
    return ("%d%s %s" % (r.randint(1, 120), r.choice(["", "", " bis"]), r.choice(FR_STREETS)),
            "%s %s" % (cp, city))


def addr_pt(r):
    city, p = r.choice(PT_CITIES)
    return ("%s %d%s" % (r.choice(PT_STREETS), r.randint(1, 400), r.choice(["", ", 2º Esq", ", 1º Dto"])),
            "%s%s-%s %s" % (p, _d(r, 3), _d(r, 3), city))


def addr_jp(r):
    area, ward, city, z = r.choice(JP_AREAS)
    return ("%d-%d-%d %s" % (r.randint(1, 6), r.randint(1, 30), r.randint(1, 20), area),
            "%s, %s %s-%s" % (ward, city, z, _d(r, 4)))


def addr_in(r):
    loc, city, p = r.choice(IN_PLACES)
    return ("Flat %d, %s, %s" % (r.randint(101, 905), r.choice(IN_BLDGS), r.choice(IN_ROADS)),
            "%s, %s %s%s" % (loc, city, p, _d(r, 2)))


def addr_br(r):
    bairro, city, uf, p = r.choice(BR_PLACES)
    return ("%s, %d" % (r.choice(BR_STREETS), r.randint(10, 2500)),
            "%s, %s - %s, %s%s-%s" % (bairro, city, uf, p, _d(r, 2), _d(r, 3)))


def addr_au(r):
    sub, st, pc = r.choice(AU_PLACES)
    num = "%d" % r.randint(1, 300) if r.random() < 0.7 else "%d/%d" % (r.randint(1, 20), r.randint(1, 300))
    return "%s %s" % (num, r.choice(AU_STREETS)), "%s %s %s" % (sub, st, pc)


def addr_ca(r):
    city, pr, fsa = r.choice(CA_PLACES)
    return ("%d %s" % (r.randint(10, 3000), r.choice(CA_STREETS)),
            "%s, %s %s %d%s%d" % (city, pr, fsa, r.randint(1, 9), r.choice("ABCEGHJKLMNPRSTVWXYZ"), r.randint(0, 9)))


def addr_ng(r):
    area, city, pc = r.choice(NG_PLACES)
    l2 = "%s, %s" % (area, city) + (" %s" % pc if r.random() < 0.5 else "")
    return "%d %s" % (r.randint(1, 120), r.choice(NG_STREETS)), l2


def addr_co(r):
    city, dept = r.choice(CO_PLACES)
    l1 = "%s %d%s # %d-%d" % (r.choice(["Calle", "Carrera", "Avenida", "Transversal"]), r.randint(1, 140),
                              r.choice(["", "", "A", "B", "N"]), r.randint(1, 99), r.randint(1, 99))
    l2 = city if r.random() < 0.5 else "%s, %s" % (city, dept)
    if r.random() < 0.4:
        l1 += ", Apto %d" % r.randint(101, 1504)
    return l1, l2


def addr_ro(r):
    city, p = r.choice(RO_PLACES)
    return ("%s nr. %d, ap. %d" % (r.choice(RO_STREETS), r.randint(1, 90), r.randint(1, 60)),
            "%s%s %s" % (p, _d(r, 3), city))


def addr_ua(r):
    city, p = r.choice(UA_PLACES)
    return ("vul. %s, %d, kv. %d" % (r.choice(UA_STREETS), r.randint(1, 120), r.randint(1, 200)),
            "%s %s%s" % (city, p, _d(r, 3)))


def addr_ma(r):
    city, p = r.choice(MA_PLACES)
    return ("%d, Rue %s" % (r.randint(1, 200), r.choice(MA_STREETS)), "%s%s %s" % (p, _d(r, 3), city))


def addr_lb(r):
    return ("%s, %s Bldg, %s floor" % (r.choice(LB_STREETS), r.choice(["Karam", "Azar", "Cedar", "Nour"]),
                                        r.choice(["2nd", "3rd", "5th", "ground"])),
            r.choice(LB_PLACES))


def addr_fi(r):
    city, p = r.choice(FI_PLACES)
    return ("%s %d %s %d" % (r.choice(FI_STREETS), r.randint(1, 90), r.choice("ABC"), r.randint(1, 60)),
            "%s%s %s" % (p, _d(r, 3), city))


def addr_nz(r):
    sub, city, pc = r.choice(NZ_PLACES)
    return "%d %s" % (r.randint(1, 400), r.choice(NZ_STREETS)), "%s, %s %s" % (sub, city, pc)


def addr_th(r):
    sub, dist, pc = r.choice(TH_PLACES)
    return ("%d/%d Soi Sukhumvit %d" % (r.randint(1, 199), r.randint(1, 99), r.randint(1, 71)),
            "%s, %s, Bangkok %s" % (sub, dist, pc))


def addr_ws(r):
    return "%s, %s" % (r.choice(["Lot %d" % r.randint(1, 90), "House %d" % r.randint(1, 60)]),
                       r.choice(WS_STREETS)), r.choice(WS_PLACES)


ADDR_GENS = [(addr_us, 9), (addr_uk, 4), (addr_de, 2), (addr_nl, 2), (addr_fr, 2), (addr_pt, 1),
             (addr_jp, 2), (addr_in, 2), (addr_br, 2), (addr_au, 3), (addr_ca, 2), (addr_ng, 2),
             (addr_co, 2), (addr_ro, 1), (addr_ua, 1), (addr_ma, 1), (addr_lb, 1), (addr_fi, 1),
             (addr_nz, 2), (addr_th, 1), (addr_ws, 1)]
_ADDR_POOL = [g for g, w in ADDR_GENS for _ in range(w)]

# ---------------------------------------------------------------------------
# Rendering engine
# ---------------------------------------------------------------------------

SLOT_RE = re.compile(r"@\{([a-z_]+)(\d*)(?::([a-z0-9]+))?\}")


def E(typ, text):
    return [(text, typ, False)]


def N(text):
    return [(text, None, True)]


def T(text):
    return [(text, None, False)]


NAME_PH = ["[NAME]", "<NAME>", "[REDACTED]", "{{first_name}}", "<CUSTOMER>", "[name removed]", "XXXX"]
PH = {
    "name": NAME_PH,
    "email": ["[EMAIL]", "<EMAIL>", "{{email}}", "[email removed]", "user@[redacted]"],
    "phone": ["[PHONE]", "<PHONE_NUMBER>", "(XXX) XXX-XXXX", "+XX XXX XXX XXXX", "[number withheld]"],
    "dob": ["[DOB]", "**/**/****", "<DATE_OF_BIRTH>", "[redacted]"],
    "ip": ["[IP]", "x.x.x.x", "<ip-address>", "[redacted-ip]"],
    "url": ["[LINK]", "<URL>", "(link removed)", "[url redacted]"],
    "id": ["[REDACTED]", "########", "<ID>", "N/A", "[on file]"],
    "loc": ["[LOCATION]", "<CITY>", "[redacted]", "[location withheld]"],
    "addr": ["[ADDRESS]", "<ADDRESS>", "[address on file]", "[REDACTED ADDRESS]"],
    "pw": ["********", "[hidden]", "<PASSWORD>", "(sent separately)", "changeme"],
    "secret": ["<API_KEY>", "${API_KEY}", "REPLACE_ME", "xxxxxxxxxxxxxxxxxxxxxxxx", "<redacted>",
               "your-api-key-here"],
    "akid": ["AKIAIOSFODNN7EXAMPLE", "<AWS_ACCESS_KEY_ID>", "${AWS_ACCESS_KEY_ID}"],
    "aksec": ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "<AWS_SECRET_ACCESS_KEY>", "${AWS_SECRET}"],
    "gh": ["${GITHUB_TOKEN}", "<github-token>", "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
    "slack": ["xoxb-your-bot-token", "<SLACK_BOT_TOKEN>", "${SLACK_TOKEN}"],
    "stripe": ["<STRIPE_SECRET_KEY>", "sk_live_<redacted>", "${STRIPE_KEY}"],
    "jwt": ["<JWT>", "eyJhbGciOi...<truncated>", "[token redacted]"],
    "pem": ["[private key removed]", "<PRIVATE_KEY>"],
}

NEG_MAP = {"full": "name", "first": "name", "last": "name", "rev": "name", "email": "email",
           "orgemail": "email", "phone": "phone", "intl": "phone", "anyphone": "phone",
           "orgphone": "phone", "dob": "dob", "ip": "ip", "ipsix": "ip", "url": "url",
           "mrn": "id", "hpn": "id", "acct": "id", "dl": "id", "loc": "loc", "city": "loc",
           "country": "loc", "cityst": "loc", "addr": "addr", "addrblock": "addr",
           "orgaddr": "addr", "orgaddrblock": "addr", "pw": "pw", "secret": "secret",
           "akid": "akid", "aksec": "aksec", "gh": "gh", "slack": "slack", "stripe": "stripe",
           "jwt": "jwt", "pem": "pem", "ssn": None, "card": None, "iban": None, "dt": None,
           "date": None}


def snake(label):
    return re.sub(r"[^a-z0-9]+", "_", label.lower().replace("'", "")).strip("_")


def fmt_pair(r, label, val, mod):
    mod = mod or "kv"
    if mod == "kv":
        return T(label + ": ") + val
    if mod == "kvu":
        return T(label.upper() + r.choice([": ", ":  ", " : "])) + val
    if mod == "md":
        return T("| " + label + " | ") + val + T(" |")
    if mod == "yaml":
        return T(snake(label) + ": ") + val
    if mod == "json":
        return T('"' + snake(label) + '": "') + val + T('"')
    if mod == "prose":
        lab = label if re.search(r"[A-Z]{2}", label) else label.lower()
        return T("the " + lab + " ") + val
    if mod == "dash":
        return T("- " + label + ": ") + val
    if mod == "eq":
        return T(snake(label) + "=") + val
    if mod == "tab":
        return T(label + "\t") + val
    if mod == "val":
        return val
    raise ValueError(mod)


QA_SPEAKERS = {"bot": ("Bot: ", "User: "), "brk": ("[Bot] ", "[User] "),
               "call": ("AGENT: ", "CALLER: "), "a": ("Agent: ", "Customer: "),
               "sms": ("Them: ", "Me: ")}
QA_ASK = ["Please provide your %s.", "Can I get your %s?", "Could you confirm the %s?",
          "And the %s, please?", "What's the %s on the account?"]


class Ctx:
    def __init__(self, r, domain, neg):
        self.r = r
        self.domain = domain
        self.info = DOMAIN_INFO[domain]
        self.neg = neg
        self.cache = {}
        self.persons = {}
        self.used_facts = set()
        self.used_negs = set()
        self.noapos = False
        self.org = r.choice(self.info["orgs"])
        self.now = _dt.datetime(2024, 1, 1) + _dt.timedelta(seconds=r.randrange(0, 700 * 86400))
        self.logstyle = r.randrange(4)
        self.clockstyle = r.randrange(4)

    def tick(self, lo=1, hi=400):
        self.now += _dt.timedelta(seconds=self.r.randint(lo, hi), milliseconds=self.r.randint(0, 999))
        return self.now

    def epoch(self):
        return calendar.timegm(self.now.timetuple())

    def person(self, i):
        if i not in self.persons:
            r = self.r
            used = {p[0] for p in self.persons.values()}
            for _ in range(20):
                og = r.choice(ORIGIN_KEYS)
                given = r.choice(NAME_GROUPS[og][0])
                sur = r.choice(NAME_GROUPS[og][1]) if r.random() < 0.8 else r.choice(SURNAMES)
                if given in used or (self.noapos and ("'" in given or "'" in sur)):
                    continue
                break
            k = r.random()
            mid = ""
            if k < 0.1:
                mid = r.choice(UP) + "."
            elif k < 0.16:
                mid = r.choice(GIVEN_NAMES)
            if og in LATIN_ORIGINS and r.random() < 0.3:
                s2 = r.choice(NAME_GROUPS[og][1])
                if s2 != sur:
                    sur = sur + r.choice([" ", "-"]) + s2
            full = " ".join(x for x in (given, mid, sur) if x)
            self.persons[i] = (given, sur, full)
        return self.persons[i]

    def email_for(self, i):
        g, s, _ = self.person(i)
        r = self.r
        ga, sa = ascii_fold(g).lower() or "user", ascii_fold(s).lower() or "mail"
        k = r.randrange(9)
        local = [ga + "." + sa, ga + sa, ga[0] + sa, ga + "_" + sa, ga + "." + sa + str(r.randint(1, 99)),
                 ga + str(r.randint(70, 2010)), sa + "." + ga, ga + sa[0], ga + "+" + r.choice(["work", "rentals", "bills", "2025"])][k]
        if r.random() < 0.08:
            local = local.capitalize()
        dom = r.choice(["gmail.com", "gmail.com", "yahoo.com", "outlook.com", "hotmail.co.uk", "icloud.com",
                        "proton.me", "web.de", "gmx.de", "orange.fr", "libero.it", "naver.com", "qq.com",
                        "163.com", "rediffmail.com", "bigpond.com", "xtra.co.nz", "ziggo.nl", "sapo.pt",
                        "uol.com.br", "yahoo.co.jp", "ukr.net", "mail.ru", "live.com", "hotmail.es",
                        "yandex.com", "outlook.com.au", "btinternet.com", "telus.net", "yahoo.fr"])
        if i == 2 and r.random() < 0.7:
            dom = self.org[1]
        return "%s@%s" % (local, dom)

    def get(self, base, idx, mod):
        if base not in GEN:
            raise KeyError("unknown slot %s" % base)
        if base in FRESH:
            return GEN[base](self, idx, mod)
        key = (base, idx)
        if key not in self.cache:
            if self.neg and base in NEG_MAP:
                self.cache[key] = neg_sub(self, base)
            else:
                self.cache[key] = GEN[base](self, idx, mod)
        return self.cache[key]


def neg_sub(c, base):
    r = c.r
    kind = NEG_MAP[base]
    if base == "ssn":
        return N(r.choice([gen_bad_ssn(r), "XXX-XX-XXXX", "***-**-%04d" % r.randint(1, 9999)]))
    if base == "card":
        return N(r.choice([gen_bad_card(r), "**** **** **** %04d" % r.randint(0, 9999),
                           "xxxx-xxxx-xxxx-%04d" % r.randint(0, 9999)]))
    if base == "iban":
        return N(r.choice([gen_iban(r, valid=False), "[IBAN REDACTED]"]))
    if base in ("dt", "date"):
        return N(r.choice(REL_TIMES))
    return N(r.choice(PH[kind]))


REL_TIMES = ["tomorrow", "next week", "in 20 minutes", "later today", "end of the month",
             "next Tuesday", "the day after tomorrow", "this Friday", "in a couple of days",
             "first thing Monday", "end of day", "next month", "in two weeks", "tonight"]


def render(c, tpl):
    out, ents, hns = [], [], []
    pos = 0
    last = 0
    for m in SLOT_RE.finditer(tpl):
        lit = tpl[last:m.start()]
        out.append(lit)
        pos += len(lit)
        last = m.end()
        base, idx, mod = m.group(1), int(m.group(2) or 1), m.group(3)
        segs = c.get(base, idx, mod)
        for txt, typ, hn in segs:
            if mod in TRANSFORMS:
                txt = TRANSFORMS[mod](txt)
            if not txt:
                continue
            if typ:
                ents.append((pos, pos + len(txt), typ))
            elif hn:
                hns.append((pos, pos + len(txt)))
            out.append(txt)
            pos += len(txt)
    out.append(tpl[last:])
    return "".join(out), ents, hns


TRANSFORMS = {
    "lower": str.lower,
    "upper": str.upper,
    "cap": lambda s: s[:1].upper() + s[1:],
    "indent": lambda s: s.replace("\n", "\n    "),
    "jsonesc": lambda s: s.replace("\n", "\\n"),
}

# ---------------------------------------------------------------------------
# Slot generators: fn(ctx, idx, mod) -> list of (text, type|None, is_hard_negative)
# ---------------------------------------------------------------------------


def _g_full(c, i, m):
    return E("PERSON", c.person(i)[2])


def _g_first(c, i, m):
    return E("PERSON", c.person(i)[0])


def _g_last(c, i, m):
    return E("PERSON", c.person(i)[1])


def _g_rev(c, i, m):
    g, s, full = c.person(i)
    parts = full.split(" ")
    mid = full[len(g):len(full) - len(s)].strip()
    return E("PERSON", "%s, %s%s" % (s, g, (" " + mid) if mid else ""))


def _g_loc(c, i, m):
    r = c.r
    k = r.random()
    if k < 0.38:
        city, country = r.choice(INTL_CITIES)
        v = city if r.random() < 0.5 else "%s, %s" % (city, country)
    elif k < 0.62:
        city, st, _, _ = r.choice(US_CITIES)
        v = "%s, %s" % (city, st) if r.random() < 0.8 else city
    elif k < 0.8:
        v = r.choice(COUNTRIES)
    else:
        v = r.choice(REGIONS + US_STATES_FULL)
    return E("LOCATION", v)


def _g_city(c, i, m):
    r = c.r
    return E("LOCATION", r.choice(INTL_CITIES)[0] if r.random() < 0.6 else r.choice(US_CITIES)[0])


def _g_country(c, i, m):
    return E("LOCATION", c.r.choice(COUNTRIES))


def _g_cityst(c, i, m):
    city, st, _, _ = c.r.choice(US_CITIES)
    return E("LOCATION", "%s, %s" % (city, st))


def _addr_lines(c, i):
    key = ("_addrlines", i)
    if key not in c.cache:
        c.cache[key] = c.r.choice(_ADDR_POOL)(c.r)
    return c.cache[key]


def _g_addr(c, i, m):
    l1, l2 = _addr_lines(c, i)
    return E("ADDRESS", l1 + ", " + l2)


def _g_addrblock(c, i, m):
    l1, l2 = _addr_lines(c, i)
    return E("ADDRESS", l1 + "\n" + l2)


def _g_orgaddr(c, i, m):
    return _g_addr(c, 90 + i, m)


def _g_orgaddrblock(c, i, m):
    return _g_addrblock(c, 90 + i, m)


def _g_dt(c, i, m):
    r = c.r
    d = (c.now + _dt.timedelta(days=r.randint(1, 150))).date()
    h = r.choice([7, 8, 9, 9, 10, 10, 11, 12, 13, 14, 14, 15, 16, 17, 18, 19])
    mi = r.choice([0, 0, 0, 15, 30, 30, 45])
    ds = fmt_date(r, d)
    ts = fmt_time(r, h, mi)
    k = r.randrange(7)
    v = ["%s at %s", "%s, %s", "%s %s", "%s @ %s", "%s from %s"][k] % (ds, ts) if k < 5 else \
        ("%s on %s" % (ts, ds) if k == 5 else ds)
    return E("DATE_TIME", v)


def _g_date(c, i, m):
    d = (c.now + _dt.timedelta(days=c.r.randint(-20, 120))).date()
    return E("DATE_TIME", fmt_date(c.r, d))


def _g_dob(c, i, m):
    r = c.r
    d = _dt.date(r.randint(1942, 2013), r.randint(1, 12), r.randint(1, 28))
    return E("DATE_OF_BIRTH", fmt_dob(r, d))


def _g_ts(c, i, m):
    t = c.tick()
    k = c.r.randrange(4)
    if k == 0:
        s = t.strftime("%Y-%m-%dT%H:%M:%SZ")
    elif k == 1:
        s = t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)
    elif k == 2:
        s = t.strftime("%Y-%m-%dT%H:%M:%S+00:00")
    else:
        s = t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d" % t.microsecond
    return N(s)


def _g_logts(c, i, m):
    t = c.tick(1, 40)
    st = c.logstyle
    if st == 0:
        s = t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)
    elif st == 1:
        s = t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)
    elif st == 2:
        s = t.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1)
    else:
        s = "[" + t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d]" % (t.microsecond // 1000)
    return N(s)


def _g_nginxts(c, i, m):
    return N(c.tick(1, 30).strftime("%d/%b/%Y:%H:%M:%S +0000"))


def _g_icsts(c, i, m):
    return N(c.tick(60, 5000).strftime("%Y%m%dT%H%M%SZ"))


def _g_epoch(c, i, m):
    c.tick()
    return N(str(c.epoch()))


def _g_clock(c, i, m):
    t = c.tick(5, 240)
    st = c.clockstyle
    if st == 0:
        s = t.strftime("[%H:%M]")
    elif st == 1:
        s = t.strftime("%H:%M")
    elif st == 2:
        s = "%d:%02d %s" % ((t.hour - 1) % 12 + 1, t.minute, "AM" if t.hour < 12 else "PM")
    else:
        s = "[%d:%02d:%02d %s]" % ((t.hour - 1) % 12 + 1, t.minute, t.second, "AM" if t.hour < 12 else "PM")
    return N(s)


def _g_url(c, i, m):
    r = c.r
    d = c.org[1]
    k = r.randrange(13)
    if k == 0:
        u = "https://%s/portal/login" % d
    elif k == 1:
        u = "https://%s/book?ref=%s" % (d, _s(r, LO + DG, 6))
    elif k == 2:
        u = "https://www.%s/account/%s/documents" % (d, _d(r, 6))
    elif k == 3:
        u = "https://zoom.us/j/%s?pwd=%s" % (_d(r, 11), _s(r, AN, 32))
    elif k == 4:
        u = "https://meet.google.com/%s-%s-%s" % (_s(r, LO, 3), _s(r, LO, 4), _s(r, LO, 3))
    elif k == 5:
        u = "https://docs.google.com/forms/d/e/%s/viewform" % _s(r, AN + "-_", 40)
    elif k == 6:
        u = "http://%s:%d/healthz" % (gen_ipv4(r), r.choice([8080, 8000, 3000, 9090]))
    elif k == 7:
        u = "https://bit.ly/%s" % _s(r, AN, 7)
    elif k == 8:
        u = "https://drive.google.com/file/d/%s/view" % _s(r, AN + "-_", 33)
    elif k == 9:
        u = "https://%s/track?id=%s&utm_source=sms" % (d, _s(r, UP + DG, 10))
    elif k == 10:
        u = "https://api.%s/v2/members/%s" % (d, _d(r, 7))
    elif k == 11:
        u = "https://%s/reset-password?token=%s" % (d, _s(r, AN, 28))
    else:
        u = "http://%s/%s" % (d, r.choice(["faq", "contact", "pricing", "blog/news"]))
    return E("URL", u)


def _g_orgemail(c, i, m):
    loc = c.r.choice(["bookings", "hello", "support", "info", "accounts", "dispatch", "care",
                      "admin", "billing", "noreply", "team"])
    return E("EMAIL_ADDRESS", "%s@%s" % (loc, c.org[1]))


def _g_orgphone(c, i, m):
    return E("PHONE_NUMBER", gen_us_phone(c.r) if c.r.random() < 0.55 else gen_intl_phone(c.r))


def _g_anyphone(c, i, m):
    return E("PHONE_NUMBER", gen_us_phone(c.r) if c.r.random() < 0.5 else gen_intl_phone(c.r))


def _g_fact(c, i, m):
    r = c.r
    facts = c.info["facts"]
    avail = [k for k in range(len(facts)) if k not in c.used_facts] or list(range(len(facts)))
    k = r.choice(avail)
    c.used_facts.add(k)
    labels, base, idx = facts[k]
    label = r.choice(labels.split("|"))
    return fmt_pair(r, label, c.get(base, idx, None), m)


def _g_dneg(c, i, m):
    r = c.r
    negs = c.info["negs"]
    avail = [k for k in range(len(negs)) if k not in c.used_negs] or list(range(len(negs)))
    k = r.choice(avail)
    c.used_negs.add(k)
    labels, base = negs[k]
    label = r.choice(labels.split("|"))
    return fmt_pair(r, label, GEN[base](c, 1, None), m)


def _g_factqa(c, i, m):
    r = c.r
    facts = c.info["facts"]
    avail = [k for k in range(len(facts)) if k not in c.used_facts] or list(range(len(facts)))
    k = r.choice(avail)
    c.used_facts.add(k)
    labels, base, idx = facts[k]
    label = r.choice(labels.split("|"))
    lab = label if re.search(r"[A-Z]{2}", label) else label.lower()
    a, b = QA_SPEAKERS[m or "a"]
    return T(a + r.choice(QA_ASK) % lab + "\n" + b) + c.get(base, idx, None)


def _const(fn):
    return lambda c, i, m: fn(c.r)


GEN = {
    "full": _g_full, "first": _g_first, "last": _g_last, "rev": _g_rev,
    "email": lambda c, i, m: E("EMAIL_ADDRESS", c.email_for(i)),
    "orgemail": _g_orgemail,
    "phone": lambda c, i, m: E("PHONE_NUMBER", gen_us_phone(c.r)),
    "intl": lambda c, i, m: E("PHONE_NUMBER", gen_intl_phone(c.r)),
    "anyphone": _g_anyphone, "orgphone": _g_orgphone,
    "ssn": lambda c, i, m: E("US_SSN", gen_ssn(c.r)),
    "card": lambda c, i, m: E("CREDIT_CARD", fmt_card(c.r, gen_card_digits(c.r))),
    "iban": lambda c, i, m: E("IBAN_CODE", gen_iban(c.r)),
    "ip": lambda c, i, m: E("IP_ADDRESS", gen_ipv4(c.r)),
    "ipsix": lambda c, i, m: E("IP_ADDRESS", gen_ipv6(c.r)),
    "url": _g_url,
    "dob": _g_dob, "dt": _g_dt, "date": _g_date,
    "loc": _g_loc, "city": _g_city, "country": _g_country, "cityst": _g_cityst,
    "addr": _g_addr, "addrblock": _g_addrblock, "orgaddr": _g_orgaddr, "orgaddrblock": _g_orgaddrblock,
    "mrn": lambda c, i, m: E("MEDICAL_RECORD_NUMBER", gen_mrn(c.r)),
    "hpn": lambda c, i, m: E("HEALTH_PLAN_NUMBER", gen_hpn(c.r)),
    "acct": lambda c, i, m: E("ACCOUNT_NUMBER", gen_acct(c.r)),
    "dl": lambda c, i, m: E("DRIVER_LICENSE", gen_dl(c.r)),
    "akid": lambda c, i, m: E("AWS_ACCESS_KEY", gen_aws_access(c.r)),
    "aksec": lambda c, i, m: E("AWS_SECRET_KEY", gen_aws_secret(c.r)),
    "gh": lambda c, i, m: E("GITHUB_TOKEN", gen_github(c.r)),
    "slack": lambda c, i, m: E("SLACK_TOKEN", gen_slack(c.r)),
    "stripe": lambda c, i, m: E("STRIPE_KEY", gen_stripe(c.r)),
    "jwt": lambda c, i, m: E("JWT", gen_jwt(c.r, c.epoch())),
    "pem": lambda c, i, m: E("PRIVATE_KEY", gen_pem(c.r)),
    "pw": lambda c, i, m: E("PASSWORD", gen_password(c.r)),
    "secret": lambda c, i, m: E("GENERIC_SECRET", gen_secret(c.r)),
    # composites
    "fact": _g_fact, "dneg": _g_dneg, "factqa": _g_factqa,
    # plain domain text
    "org": lambda c, i, m: T(c.org[0]),
    "orgdomain": lambda c, i, m: T(c.org[1]),
    "svc": lambda c, i, m: T(c.r.choice(c.info["svcs"])),
    "staff": lambda c, i, m: T(c.r.choice(c.info["staff"])),
    "issue": lambda c, i, m: T(c.r.choice(c.info["issues"])),
    "title": lambda c, i, m: T(c.r.choice(["Mr.", "Ms.", "Mrs.", "Dr.", "Mx.", "Mr", "Ms"])),
    # hard negatives
    "brand": lambda c, i, m: N(c.r.choice(c.info["brands"] if c.r.random() < 0.8 else GENERIC_BRANDS)),
    "ts": _g_ts, "logts": _g_logts, "nginxts": _g_nginxts, "icsts": _g_icsts, "epoch": _g_epoch,
    "clock": _g_clock,
    "uuid": lambda c, i, m: N(str(_uuid.UUID(int=c.r.getrandbits(128), version=4))),
    "sha": lambda c, i, m: N(_s(c.r, HEX, 40)),
    "shortsha": lambda c, i, m: N(_s(c.r, HEX, 7)),
    "hash": lambda c, i, m: N(_s(c.r, HEX, c.r.choice([32, 64]))),
    "ver": lambda c, i, m: N(c.r.choice(["%d.%d.%d" % (c.r.randint(0, 9), c.r.randint(0, 30), c.r.randint(0, 40)),
                                          "%d.%d.%d-rc.%d" % (c.r.randint(1, 5), c.r.randint(0, 9), c.r.randint(0, 9), c.r.randint(1, 4)),
                                          "%d.%d" % (c.r.randint(2019, 2026), c.r.randint(1, 12)),
                                          "%d.%d.%d-beta" % (c.r.randint(0, 3), c.r.randint(0, 20), c.r.randint(0, 9))])),
    "order": lambda c, i, m: N(c.r.choice(["ORD-%d-%s" % (c.r.randint(2023, 2026), _d(c.r, 6)),
                                            "#%s" % _d(c.r, 5), "PO-%s" % _d(c.r, 7), "SO%s" % _d(c.r, 8),
                                            "BOL-%s" % _d(c.r, 9)])),
    "ticket": lambda c, i, m: N(c.r.choice(["INC%s" % _d(c.r, 7), "TCK-%s" % _d(c.r, 5),
                                             "ZD#%s" % _d(c.r, 6), "OPS-%d" % c.r.randint(100, 9999),
                                             "SUP-%d" % c.r.randint(1000, 99999)])),
    "invoice": lambda c, i, m: N(c.r.choice(["INV-%d-%s" % (c.r.randint(2023, 2026), _d(c.r, 5)),
                                              "INV%s" % _d(c.r, 6), "%s-%s" % (_s(c.r, UP, 2), _d(c.r, 6))])),
    "booking": lambda c, i, m: N(c.r.choice(["BK-%s" % _s(c.r, UP + DG, 6), "RES-%s" % _d(c.r, 6),
                                              _s(c.r, UP, 3) + _d(c.r, 3)])),
    "case": lambda c, i, m: N(c.r.choice(["CASE-%s" % _d(c.r, 8), "C-%s" % _d(c.r, 5),
                                           "%s-%s" % (_s(c.r, UP, 2), _d(c.r, 6))])),
    "claim": lambda c, i, m: N("CLM-%d-%s" % (c.r.randint(2023, 2026), _d(c.r, 7))),
    "group": lambda c, i, m: N(c.r.choice(["GRP-%s" % _d(c.r, 6), _d(c.r, 5), "G%s" % _d(c.r, 7)])),
    "empid": lambda c, i, m: N(c.r.choice(["EMP-%s" % _d(c.r, 5), "E%s" % _d(c.r, 5), "B-%s" % _d(c.r, 4)])),
    "lot": lambda c, i, m: N(c.r.choice(["LOT %d-%d%s" % (c.r.randint(20, 26), c.r.randint(100, 999), c.r.choice(UP)),
                                          "B%d-%s" % (c.r.randint(2023, 2026), _d(c.r, 4))])),
    "plate": lambda c, i, m: N(c.r.choice(["%d%s%s" % (c.r.randint(1, 9), _s(c.r, UP, 3), _d(c.r, 3)),
                                            "%s%s %s" % (_s(c.r, UP, 2), _d(c.r, 2), _s(c.r, UP, 3)),
                                            "KA-%s-%s-%s" % (_d(c.r, 2), _s(c.r, UP, 2), _d(c.r, 4))])),
    "vin": lambda c, i, m: N(_s(c.r, VIN_CH, 17)),
    "container": lambda c, i, m: N(_s(c.r, UP, 3) + "U" + _d(c.r, 7)),
    "track": lambda c, i, m: N(c.r.choice(["1Z%s%s%s" % (_s(c.r, UP + DG, 6), _d(c.r, 2), _d(c.r, 8)),
                                            _d(c.r, 12),
                                            "9400 %s %s %s %s %s" % (_d(c.r, 4), _d(c.r, 4), _d(c.r, 4), _d(c.r, 4), _d(c.r, 2)),
                                            "JD%s" % _d(c.r, 18)])),
    "isbn": lambda c, i, m: N(gen_isbn(c.r)),
    "cve": lambda c, i, m: N("CVE-%d-%d" % (c.r.randint(2019, 2025), c.r.randint(1000, 52000))),
    "mac": lambda c, i, m: N(gen_mac(c.r)),
    "badcard": lambda c, i, m: N(gen_bad_card(c.r)),
    "badssn": lambda c, i, m: N(gen_bad_ssn(c.r)),
    "badiban": lambda c, i, m: N(gen_iban(c.r, valid=False)),
    "masked": lambda c, i, m: N(c.r.choice(["****%04d" % c.r.randint(0, 9999), "xxxx-xxxx-xxxx-%04d" % c.r.randint(0, 9999),
                                             "•••• %04d" % c.r.randint(0, 9999), "ending in %04d" % c.r.randint(0, 9999)])),
    "amount": lambda c, i, m: N(c.r.choice(["$%s.%02d" % (format(c.r.randint(5, 9000), ","), c.r.randint(0, 99)),
                                             "€%d.00" % c.r.randint(5, 2000), "£%d" % c.r.randint(5, 3000),
                                             "USD %s.00" % format(c.r.randint(50, 20000), ","),
                                             "₹%s" % format(c.r.randint(500, 90000), ","),
                                             "R$ %d,%02d" % (c.r.randint(10, 900), c.r.randint(0, 99))])),
    "pct": lambda c, i, m: N(c.r.choice(["%d%%" % c.r.randint(1, 100), "%.1f%%" % (c.r.random() * 30),
                                          "%.2f%% APR" % (c.r.random() * 20 + 2)])),
    "status": lambda c, i, m: N(c.r.choice(["HTTP 404", "502 Bad Gateway", "status=200", "HTTP/1.1 500",
                                             "429 Too Many Requests", "401"])),
    "rel": lambda c, i, m: N(c.r.choice(REL_TIMES)),
    "ph": lambda c, i, m: N(c.r.choice(["<NAME>", "[REDACTED]", "{{customer_name}}", "<EMAIL>",
                                         "[PHONE]", "XXX-XX-XXXX", "N/A", "TBD"])),
    "exkey": lambda c, i, m: N("AKIAIOSFODNN7EXAMPLE"),
    "exsecret": lambda c, i, m: N("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
    "pubkey": lambda c, i, m: N(gen_pem(c.r, public=True)),
    "placeholder_secret": lambda c, i, m: N(c.r.choice(PH["secret"])),
    "lowval": lambda c, i, m: N(c.r.choice(["true", "false", "info", "debug", "us-east-1", "5432",
                                             "admin", "localhost", "production", "30s"])),
    "int": lambda c, i, m: N(str(c.r.randint(1000, 9999999))),
    "num": lambda c, i, m: N(str(c.r.randint(2, 480))),
    "dur": lambda c, i, m: N("%dm %02ds" % (c.r.randint(1, 59), c.r.randint(0, 59))),
    "weight": lambda c, i, m: N("%s kg" % format(c.r.randint(40, 24000), ",")),
    "hscode": lambda c, i, m: N("%04d.%02d" % (c.r.randint(1000, 9999), c.r.randint(0, 99))),
    "course": lambda c, i, m: N("%s-%d" % (c.r.choice(["MATH", "CHEM", "ENG", "PHYS", "CS", "ESL"]), c.r.randint(100, 499))),
    "cpt": lambda c, i, m: N(c.r.choice(["97110", "97140", "97161", "97530", "97112"])),
    "desk": lambda c, i, m: N("%s-%d" % (c.r.choice(["D", "HD", "L3"]), c.r.randint(1, 80))),
    "guests": lambda c, i, m: N(str(c.r.randint(20, 260))),
    "painscore": lambda c, i, m: N("%d/10" % c.r.randint(1, 10)),
    "ratecode": lambda c, i, m: N(c.r.choice(["WKND-ECON", "CORP15", "AAA-10", "LOCAL"])),
    "evtid": lambda c, i, m: N("evt_" + _s(c.r, AN, 24)),
    "slackuid": lambda c, i, m: N("U0" + _s(c.r, UP + DG, 8)),
    "statusnum": lambda c, i, m: N(c.r.choice(["200", "201", "404", "500", "503", "429"])),
    "ua": lambda c, i, m: N(c.r.choice([
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.%d.%d Safari/537.36" % (c.r.randint(110, 126), c.r.randint(5000, 6500), c.r.randint(60, 200)),
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
        "okhttp/4.%d.%d" % (c.r.randint(0, 12), c.r.randint(0, 9)),
        "python-requests/2.%d.%d" % (c.r.randint(20, 32), c.r.randint(0, 3))])),
    "appname": lambda c, i, m: N(c.r.choice(["MemberHub", "Scheduler", "FleetDesk", "TutorBoard",
                                              "Dispatch Console", "CareLine CRM"])),
}

FRESH = {"fact", "dneg", "factqa", "ts", "logts", "nginxts", "icsts", "epoch", "clock", "uuid", "sha",
         "shortsha", "hash", "order", "ticket", "invoice", "int", "num", "amount", "pct", "status",
         "rel", "ph", "statusnum", "evtid", "dur", "brand", "ua", "lot", "track", "container",
         "mac", "badcard", "badssn", "masked", "ver", "cve", "case", "pubkey", "placeholder_secret",
         "lowval", "isbn", "weight", "slackuid", "badiban", "claim"}

# ---------------------------------------------------------------------------
# Templates.  Each is fn(r, ctx) -> template string with @{slot[idx][:mod]}.
# ---------------------------------------------------------------------------

TEMPLATES = []
NEG_TEMPLATES = []


def tpl(style, neg=False):
    def deco(fn):
        (NEG_TEMPLATES if neg else TEMPLATES).append((style, fn))
        return fn
    return deco


def _c(r, *opts):
    return r.choice(opts)


def _ocr_noise(r, s, p=0.035):
    """Corrupt literal (non-slot) text the way OCR does."""
    subs = {"O": "0", "o": "0", "l": "1", "I": "l", "i": "í", "S": "5", "e": "c", "B": "8",
            "m": "rn", "E": "F", "a": "a", "n": "n", ":": ";", ".": ","}
    parts = SLOT_RE.split(s)
    # SLOT_RE has 3 groups -> split yields [lit, base, idx, mod, lit, ...]
    out = []
    i = 0
    toks = []
    last = 0
    for m in SLOT_RE.finditer(s):
        toks.append(("lit", s[last:m.start()]))
        toks.append(("slot", m.group(0)))
        last = m.end()
    toks.append(("lit", s[last:]))
    for kind, t in toks:
        if kind == "slot":
            out.append(t)
            continue
        buf = []
        for ch in t:
            if ch in subs and r.random() < p:
                buf.append(subs[ch])
            elif ch == " " and r.random() < p / 2:
                buf.append("  ")
            else:
                buf.append(ch)
        out.append("".join(buf))
    return "".join(out)


# ---------------- chat transcripts ----------------

@tpl("chat_transcript")
def t_chat_widget(r, c):
    cust = _c(r, "Visitor", "Customer", "Guest", "Member", "You")
    ag = _c(r, "@{first2}", "@{first2} (@{org})", "Agent @{first2}", "@{full2}")
    L = [
        "@{clock} %s: %s" % (cust, _c(r, "hi, it's @{first:lower} here, quick q about my @{svc}",
                                      "Hello, my name is @{full} and I need help with a @{svc}.",
                                      "hey - @{first} @{last} here, booked through the app",
                                      "Hi there. @{rev} - question re: @{issue}")),
        "@{clock} %s: %s" % (ag, _c(r, "Hi @{first}! Thanks for reaching out. Could you confirm the email on file?",
                                    "Hello @{first}, happy to help. What's the best email for the account?",
                                    "Thanks @{first}. Before I look, can you confirm your email address?")),
        "@{clock} %s: %s" % (cust, _c(r, "@{email}", "it's @{email}", "@{email:lower} i think", "sure: @{email}")),
        "@{clock} %s: %s" % (ag, _c(r, "Found you. I can see @{fact:prose} - is that still correct?",
                                    "Thanks. On file I have @{fact:prose}. Still right?",
                                    "Got it. Quick check: @{fact}?")),
        "@{clock} %s: %s" % (cust, _c(r, "yes thats right", "Yep.", "correct, and @{fact:prose} as well",
                                      "yes. also my mobile is now @{anyphone}")),
        "@{clock} %s: %s" % (cust, _c(r, "can we move it to @{dt}?", "Is @{dt} available instead?",
                                      "i'd prefer @{dt} if possible", "also - @{issue}. can someone call me?")),
        "@{clock} %s: %s" % (ag, _c(r, "Done! You're confirmed for @{dt}. Your reference is @{booking}.",
                                    "All set, reference @{dneg:val}. A confirmation will go to @{email}.",
                                    "I've logged it under @{ticket} and a colleague will follow up @{rel}.")),
        "@{clock} %s: %s" % (cust, _c(r, "thanks!!", "cheers", "great, thank you @{first2:lower}", "perfect :)")),
    ]
    return "\n".join(L)


@tpl("chat_transcript")
def t_chat_casual(r, c):
    a, b = "@{first:lower}", _c(r, "@{first2:lower}", "@{first2}")
    L = [
        a + ": " + _c(r, "did u send the form to @{org}?", "ok so @{org} finally replied lol",
                      "anyone know if the @{svc} is still on", "@{first2:lower} u there?"),
        b + ": " + _c(r, "ya, they want @{fact:prose} before @{date}", "not yet. they asked for @{fact:prose}",
                      "yes!! its @{dt}", "yep. @{first3} is handling it now"),
        a + ": " + _c(r, "ugh fine. my new number is @{anyphone} btw", "ok. send it to @{email} not my work one",
                      "i'm in @{loc} till @{date} so after that", "can u forward to @{email3}"),
        b + ": " + _c(r, "noted", "k. also @{first3} said to loop in @{full4}", "lol ok", "cool, link: @{url}"),
        a + ": " + _c(r, "ty", "perfect", "thx, see u @{rel}", "ok will do. @{fact:prose} right?"),
    ]
    if r.random() < 0.5:
        L.append(b + ": " + _c(r, "yep", "i think so, check w @{full3}", "no idea tbh, ask @{org}"))
    return "\n".join(L)


@tpl("chat_transcript")
def t_chat_bot(r, c):
    L = ["[Bot] Hi! I'm the @{org} virtual assistant. How can I help today?",
         "[User] " + _c(r, "@{issue}", "hi i need help w @{issue}", "@{issue:cap}, please help"),
         "[Bot] I can help with that. First I need to verify a few details.",
         "@{factqa:brk}", "@{factqa:brk}",
         "[Bot] Thanks! Connecting you to a @{staff}...",
         "[System] @{full2} joined the conversation (@{ts})",
         "[@{first2}] Hi @{first}, I've got your details here. " + _c(
             r, "Can you confirm the best number to reach you?", "What number should we call you back on?"),
         "[User] " + _c(r, "@{anyphone}", "@{anyphone} after 5", "use @{anyphone} pls"),
         "[@{first2}] " + _c(r, "Great, I've booked a callback for @{dt}.", "Done - ticket @{ticket}, someone will call @{rel}.",
                              "Thanks. I've emailed the summary to @{email}.")]
    return "\n".join(L)


@tpl("chat_transcript")
def t_slack_export(r, c):
    msgs = [
        "can someone check @{full}'s file? they're asking about @{dt}",
        "on it - @{fact:prose}, email @{email}",
        _c(r, "thx. also pls don't paste creds here, someone dropped @{slack} earlier :facepalm:",
           "fyi the integration key is @{secret} until we move it to vault",
           "btw @{first3} is covering for me @{rel}"),
        "updated the record, ref @{dneg:val}",
    ]
    items = []
    for m in msgs:
        items.append('  {"type": "message", "user": "@{slackuid}", "ts": "@{epoch}.%06d", "text": "%s"}'
                     % (r.randint(0, 999999), m))
    return "[\n" + ",\n".join(items) + "\n]"


# ---------------- e-mails ----------------

@tpl("email")
def t_email_confirm(r, c):
    greet = _c(r, "Hi @{first},", "Dear @{full},", "Hello @{first}!", "Dear @{title} @{last},", "@{first} -")
    return "\n".join([
        "Subject: " + _c(r, "Confirmed: @{svc} on @{dt}", "Your @{svc} is booked", "Booking confirmation - @{org}"),
        "From: @{org} <@{orgemail}>",
        "To: " + _c(r, "@{full} <@{email}>", "@{email}", '"@{rev}" <@{email}>'),
        "",
        greet,
        "",
        _c(r, "Thanks for booking with us. Here are the details we have on file:",
           "This is to confirm your @{svc}. Please check the details below.",
           "Great news - you're all set! Summary below."),
        "",
        "@{fact:dash}", "@{fact:dash}", "@{fact:dash}",
        "",
        _c(r, "If anything looks wrong, reply to this email or call us on @{orgphone}.",
           "Need to reschedule? Call @{orgphone} at least 24 hours ahead.",
           "Questions? Just hit reply."),
        "Manage your booking: @{url}",
        "",
        _c(r, "Kind regards,", "Best,", "Warmly,", "Cheers,"),
        "@{full2}",
        "@{staff:cap} | @{org}",
    ])


@tpl("email")
def t_email_escalation(r, c):
    return "\n".join([
        "From: @{full2} <@{email2}>",
        "To: @{orgemail}",
        "Cc: @{email3}",
        "Subject: " + _c(r, "FW: @{issue}", "Escalation - @{svc} (@{dneg:val})", "Need help w/ a client file"),
        "",
        _c(r, "Hi team,", "Hey all,", "Morning,"),
        "",
        _c(r, "@{first} @{last} called again about @{issue}.", "Forwarding below - @{full} is chasing us about @{issue}.",
           "@{title} @{last} came to the desk @{rel} about @{issue}."),
        " " + _c(r, "They asked that paperwork be posted rather than emailed, to:",
                 "Their postal address (please update the CRM):",
                 "Address on the form is:"),
        "",
        "@{addrblock}",
        "",
        _c(r, "DOB for verification is @{dob}. ", "They gave their date of birth as @{dob}. ", "") +
        "@{fact:prose:cap}. " + _c(r, "Can billing check @{invoice}?", "Amount in question is @{amount}.",
                                   "Linked ticket @{ticket}."),
        "",
        "Thanks,",
        "@{first2}",
        "",
        "--",
        "@{full2}",
        "@{staff:cap}, @{org}",
        "T: @{orgphone} | M: @{phone2}",
        "@{orgaddrblock}",
    ]).replace("@{fact:prose:cap}", "@{fact:prose}")


@tpl("email")
def t_email_reply(r, c):
    return "\n".join([
        "Subject: Re: @{svc} - @{dneg:val}",
        "",
        "@{first2},",
        "",
        _c(r, "Thanks for the quick reply. @{dt2} works for me.",
           "Sorry for the delay! Yes, @{dt2} is fine.",
           "Could we do @{dt3} instead? @{dt2} clashes with work."),
        _c(r, "My partner @{full3} may join - their mobile is @{intl3}.",
           "If I'm late, please call @{anyphone}.",
           "I'll be coming from @{loc}, so traffic permitting."),
        _c(r, "Also, @{fact:prose} has changed, I'll update it on the portal.", "",
           "Separately: is @{brand} something you'd recommend?"),
        "",
        _c(r, "Best,", "Thanks again,", "Cheers,"),
        _c(r, "@{first}", "@{full}", "@{first:lower}"),
        "",
        "> @{full2} wrote:",
        "> Hi @{first}, could you confirm a time for the @{svc}?",
        "> Options: @{dt2} or @{dt3}.",
        "> Thanks, @{first2} | @{org} | @{orgphone}",
    ])


@tpl("email")
def t_email_credentials(r, c):
    return "\n".join([
        "Subject: " + _c(r, "Your @{org} portal access", "Account created", "Login details for the member portal"),
        "",
        "Hi @{first},",
        "",
        "Your account has been set up. " + _c(r, "Details:", "Please keep this safe:"),
        "  Portal: @{url}",
        "  Username: @{email}",
        "  " + _c(r, "Temporary password", "Password", "Initial password") + ": @{pw}",
        "",
        _c(r, "For the integration (developers only) use:", "If your IT team needs API access:",
           "Your API credentials:"),
        "  " + _c(r, "API key", "api_key", "Secret key") + ": @{secret}",
        "",
        _c(r, "Please change your password after first login.", "Do not forward this email."),
        "Ref: @{ticket}",
        "-- @{full2}, @{staff}",
    ])


@tpl("letter")
def t_postal_letter(r, c):
    return "\n".join([
        "@{org}",
        "@{orgaddrblock}",
        "",
        _c(r, "@{full}", "@{title} @{full}", "@{full:upper}"),
        "@{addrblock}",
        "",
        "Dear " + _c(r, "@{first}", "@{title} @{last}", "@{full}") + ",",
        "",
        "Re: " + _c(r, "your @{svc}", "account @{acct}", "@{issue}"),
        "",
        _c(r, "We are writing to confirm your appointment on @{dt}.",
           "Following our conversation, we have scheduled the @{svc} for @{dt}.",
           "This letter confirms the changes you requested."),
        " " + _c(r, "For our records, @{fact:prose}.", "Your account number is @{acct}.",
                 "The outstanding balance is @{amount}."),
        " If any details are incorrect, call @{orgphone} or write to @{orgemail}.",
        "",
        "Yours sincerely,",
        "",
        "@{full2}",
        "@{staff:cap}",
    ])


# ---------------- web forms ----------------

@tpl("web_form")
def t_form_contact(r, c):
    return "\n".join([
        "New submission: " + _c(r, "Contact us", "Enquiry form", "Request a callback") + " (@{orgdomain})",
        "-" * r.randint(20, 40),
        "Name: " + _c(r, "@{full}", "@{full:lower}", "@{first}"),
        "Email: @{email}",
        "Phone: @{anyphone}",
        "Preferred contact time: " + _c(r, "mornings", "after 5pm", "any", "weekends only"),
        "Message: " + _c(r, "Hi, I'm writing about @{issue}. For reference, @{fact:prose}.",
                         "@{issue:cap}. please call me back. thanks",
                         "Hello! Looking to book a @{svc} around @{date}. I'm based in @{loc}."),
        "-" * r.randint(20, 40),
        "Submitted: @{ts} | IP: @{ip} | UA: @{ua}",
    ])


@tpl("web_form")
def t_form_registration(r, c):
    star = _c(r, "*", "", " (required)")
    return "\n".join([
        "=== Online registration - @{org} ===",
        "First name%s: @{first}" % star,
        "Last name%s: @{last}" % star,
        "Date of birth%s: @{dob}" % star,
        "Email%s: @{email}" % star,
        "Mobile: @{anyphone}",
        "Address: @{addr}",
        "@{fact}",
        "@{fact}",
        "How did you hear about us? " + _c(r, "Instagram", "a friend", "Google", "flyer at @{brand}"),
        "[x] I agree to the terms (v@{ver})",
        "Consent captured: @{ts}",
        "Form ID: @{uuid}",
    ])


@tpl("http_dump")
def t_http_request(r, c):
    c.noapos = False
    body = ['"first_name": "@{first}"', '"last_name": "@{last}"', '"email": "@{email}"',
            '"dob": "@{dob}"', '"phone": "@{intl}"', "@{fact:json}"]
    r.shuffle(body)
    auth = _c(r, "Authorization: Bearer @{jwt}", "X-Api-Key: @{secret}", "Authorization: Bearer @{stripe}")
    return "\n".join([
        "POST /v2/" + _c(r, "members", "bookings", "enquiries", "customers") + " HTTP/1.1",
        "Host: api.@{orgdomain}",
        auth,
        "X-Request-ID: @{uuid}",
        "X-Forwarded-For: @{ip}, @{ip2}",
        "Content-Type: application/json",
        "",
        "{" + ", ".join(body) + "}",
        "",
        "HTTP/1.1 " + _c(r, "201 Created", "200 OK", "422 Unprocessable Entity"),
        "Location: @{url}",
    ])


@tpl("http_dump")
def t_curl(r, c):
    c.noapos = True
    hdr = _c(r, '-H "Authorization: Bearer @{stripe}"', '-H "X-Api-Key: @{secret}"',
             '-u "@{email2}:@{pw}"', '-H "Authorization: Bearer @{gh}"')
    return "\n".join([
        "$ curl -s -X POST @{url} \\",
        "    " + hdr + " \\",
        '    -H "Content-Type: application/json" \\',
        "    -d '{\"email\":\"@{email}\",\"name\":\"@{full}\",\"phone\":\"@{intl}\"}'",
        '{"id":"@{uuid}","status":"created","request_id":"@{hash}"}',
    ])


# ---------------- logs ----------------

@tpl("app_log")
def t_log_plain(r, c):
    svc = _c(r, "booking-svc", "crm", "member-api", "dispatch", "notify", "auth")
    L = [
        "@{logts} INFO  [%s] request_id=@{uuid} user=@{email} action=%s" % (svc, _c(r, "create_booking", "update_profile", "login")),
        "@{logts} DEBUG [%s] client_ip=@{ip} ua=\"@{ua}\"" % svc,
        "@{logts} INFO  [%s] appointment slot=\"@{dt}\" staff=\"@{full2}\"" % svc,
        "@{logts} WARN  [payments] charge failed card=@{masked} amount=@{amount} order=@{order} reason=do_not_honor",
        "@{logts} INFO  [notify] sms queued to=@{anyphone} template=reminder_v@{ver}",
        "@{logts} INFO  [auth] login ok account=@{acct} src=@{ip2}",
        "@{logts} ERROR [%s] upstream returned @{status} after @{num}ms (commit @{shortsha})" % svc,
    ]
    if r.random() < 0.5:
        L.insert(3, "@{logts} DEBUG [%s] member lookup name=\"@{rev}\" dob=@{dob}" % svc)
    if r.random() < 0.35:
        L.insert(2, "@{logts} DEBUG [auth] session issued token=@{jwt} exp=@{epoch}")
    return "\n".join(L)


@tpl("app_log")
def t_log_json(r, c):
    L = [
        '{"ts":"@{ts}","level":"info","svc":"crm","msg":"profile updated","user":"@{email}","changes":{"phone":"@{phone}","address":"@{addr}"},"trace_id":"@{hash}"}',
        '{"ts":"@{ts}","level":"warn","msg":"login from new device","ip":"@{ip}","geo":"@{loc}","ua":"@{ua}"}',
        '{"ts":"@{ts}","level":"error","msg":"upstream timeout","status":@{statusnum},"url":"@{url}","duration_ms":@{num}}',
        '{"ts":"@{ts}","level":"info","msg":"record viewed","actor":"@{email2}","subject":"@{full}",@{fact:json}}',
    ]
    r.shuffle(L)
    return "\n".join(L)


@tpl("app_log")
def t_log_traceback(r, c):
    leak = _c(r, "token='@{gh}'", "token='@{slack}'", "api_key='@{stripe}'",
              "aws_key='@{akid}' aws_secret='@{aksec}'", "auth_header='Bearer @{jwt}'")
    return "\n".join([
        "@{logts} ERROR sync failed for member @{int}",
        "Traceback (most recent call last):",
        '  File "/srv/app/integrations/sync.py", line %d, in push_member' % r.randint(40, 400),
        '    resp = client.post(url, json=payload, headers=headers)',
        '  File "/usr/lib/python3.11/site-packages/requests/models.py", line 1021, in raise_for_status',
        "requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: @{url}",
        "DEBUG locals: %s member_email='@{email}' retries=3" % leak,
        "@{logts} WARN  retry scheduled (@{rel})",
    ])


@tpl("app_log")
def t_log_nginx(r, c):
    L = []
    for k, ipslot in enumerate(["@{ip}", "@{ip2}", "@{ipsix}", "@{ip3}"]):
        path = _c(r, "/portal/appointments?member=@{acct}", "/api/v1/health", "/static/app.%s.js" % "@{shortsha}",
                  "/login", "/book/confirm?ref=@{booking}")
        L.append('%s - - [@{nginxts}] "%s %s HTTP/1.1" %s %d "%s" "@{ua}"' % (
            ipslot, _c(r, "GET", "GET", "POST"), path, _c(r, "200", "302", "404", "499"), r.randint(200, 40000),
            _c(r, "@{url}", "-")))
    return "\n".join(L)


# ---------------- CSV / TSV / SQL ----------------

@tpl("csv")
def t_csv_export(r, c):
    q = r.random() < 0.5
    hdr = "id,first_name,last_name,email,phone,dob,city,created_at"
    rows = [hdr]
    for i in range(1, r.randint(3, 6)):
        f = ['@{int}', '@{first%d}' % i, '@{last%d}' % i, '@{email%d}' % i, '"@{phone%d}"' % i if q else '@{phone%d}' % i,
             '"@{dob%d}"' % i, '"@{city%d}"' % i, '@{ts}']
        rows.append(",".join(f))
    return "\n".join(rows)


@tpl("tsv")
def t_tsv_manifest(r, c):
    rows = ["consignee\taddress\tphone\ttracking\tweight\tnotes"]
    for i in range(1, r.randint(3, 5)):
        rows.append("\t".join(["@{full%d}" % i, "@{addr%d}" % i, "@{anyphone%d}" % i, "@{track}", "@{weight}",
                               _c(r, "fragile", "call ahead", "leave at door", "@{lot}", "")]))
    return "\n".join(rows)


@tpl("csv")
def t_csv_audit(r, c):
    rows = ["timestamp,actor,action,target,source_ip,ticket"]
    for i in range(r.randint(3, 6)):
        rows.append(",".join(["@{ts}", "@{email%d}" % r.randint(2, 3),
                              _c(r, "VIEW", "EXPORT", "UPDATE", "DELETE"),
                              _c(r, "@{acct}", '"@{rev}"', "@{uuid}", '"@{fact:val}"'),
                              _c(r, "@{ip}", "@{ip2}", "@{ipsix}"), "@{ticket}"]))
    return "\n".join(rows)


@tpl("csv")
def t_csv_payments(r, c):
    rows = [_c(r, "member,card_number,iban,amount,status", "name;card;iban;amount;status")]
    sep = "," if "," in rows[0] else ";"
    for i in range(1, r.randint(3, 5)):
        rows.append(sep.join(['"@{rev%d}"' % i, _c(r, "@{card%d}" % i, "@{masked}", "@{badcard}"),
                              _c(r, "@{iban%d}" % i, "@{iban%d}" % i, "@{badiban}"), '"@{amount}"',
                              _c(r, "settled", "declined", "pending")]))
    return "\n".join(rows)


@tpl("sql_dump")
def t_sql_insert(r, c):
    c.noapos = True
    rows = []
    for i in (1, 3):
        rows.append("  (@{int}, '@{full%d}', '@{email%d}', '@{ssn%d}', '@{dob%d}', '@{phone%d}', '@{ts}')" % (i, i, i, i, i))
    return "\n".join([
        "-- seed data exported @{ts} (schema v@{ver})",
        "INSERT INTO members (id, full_name, email, ssn, dob, phone, created_at) VALUES",
        ",\n".join(rows) + ";",
        "-- test row, invalid on purpose: ('@{badssn}')",
    ])


# ---------------- JSON ----------------

@tpl("json")
def t_json_member(r, c):
    c.noapos = False
    return "\n".join([
        "{",
        '  "member": {',
        '    "name": {"given": "@{first}", "family": "@{last}"},',
        '    "dob": "@{dob}",',
        '    "contact": {"email": "@{email}", "phone": "@{intl}"},',
        '    "address": "@{addr}",',
        "    @{fact:json},",
        '    "tags": ["@{svc}"]',
        "  },",
        '  "request_id": "@{uuid}",',
        '  "created_at": "@{ts}",',
        '  "client_version": "@{ver}"',
        "}",
    ])


@tpl("json")
def t_json_webhook(r, c):
    return "\n".join([
        "{",
        '  "id": "@{evtid}",',
        '  "type": "' + _c(r, "payment_intent.succeeded", "charge.refunded", "customer.updated") + '",',
        '  "created": @{epoch},',
        '  "data": {"object": {',
        '    "amount": %d, "currency": "%s",' % (r.randint(500, 90000), _c(r, "usd", "eur", "gbp", "aud")),
        '    "receipt_email": "@{email}",',
        '    "billing_details": {"name": "@{full}", "phone": "@{anyphone}", "address": "@{addr}"},',
        '    "payment_method_details": {"card": {"last4": "%04d", "brand": "%s"}},' % (r.randint(0, 9999), _c(r, "visa", "mastercard", "amex")),
        '    "metadata": {@{fact:json}, "order": "@{order}"}',
        "  }},",
        '  "livemode": true',
        "}",
    ])


@tpl("agent_tool_call")
def t_agent_json(r, c):
    return "\n".join([
        "user: " + _c(r, "can you check if @{full} has an upcoming @{svc}? their email is @{email}",
                      "look up @{first:lower} @{last:lower} (@{email}) and tell me their next booking",
                      "Find the customer with email @{email} please"),
        'assistant: [tool_call] lookup_customer({"email": "@{email}"})',
        'tool: {"customer_id": "@{uuid}", "name": "@{full}", "phone": "@{intl}", @{fact:json}, "next_booking": "@{dt}"}',
        "assistant: " + _c(r, "Yes - @{first} is booked for @{dt}. Want me to send a reminder to @{intl}?",
                           "@{full} has a @{svc} on @{dt}. Nothing else is scheduled.",
                           "Found them. Next booking: @{dt}."),
    ])


@tpl("agent_tool_call")
def t_agent_react(r, c):
    return "\n".join([
        '>>> agent.run("' + _c(r, "Refund the late fee for @{full}", "Update the phone number for @{full}",
                               "Why was @{full} charged twice?") + '")',
        "Thought: I need to find the account first.",
        'Action: search_accounts(name="@{full}", location="@{loc}")',
        'Observation: [{"account_number": "@{acct}", "email": "@{email}", "status": "active"}]',
        "Thought: " + _c(r, "Found one match.", "One active account, proceeding.", "Good, single result."),
        'Action: ' + _c(r, 'issue_refund(account="@{acct}", amount="@{amount}", reason="late fee")',
                        'update_contact(account="@{acct}", phone="@{anyphone}")',
                        'list_charges(account="@{acct}", limit=20)'),
        'Observation: {"ok": true, "ref": "@{order}"}',
        "Final Answer: " + _c(r, "Done for account @{acct}.", "Updated @{first}'s record.",
                              "Completed; reference @{order}."),
    ])


@tpl("llm_prompt")
def t_llm_summarize(r, c):
    return "\n".join([
        "System: You are an assistant for @{org} staff. Summarize customer messages in "
        + _c(r, "3 bullet points", "two sentences", "a short paragraph") + ". Do not invent details.",
        "",
        "User: Summarize this message from a client:",
        '"""',
        _c(r, "Hi, this is @{full}. ", "hello its @{first:lower} again. ", "Good afternoon, @{full} here. ")
        + "@{issue:cap}. " + _c(r, "You can reach me at @{anyphone} or @{email}.",
                                 "Best number is @{anyphone}.", "Email me at @{email} please.")
        + " For reference, @{fact:prose}. " + _c(r, "I'm free @{dt}.", "Thanks!", "I live at @{addr}."),
        '"""',
        "",
        "Assistant:",
        "- " + _c(r, "@{first} reports @{issue}.", "Client (@{full}) raises @{issue}."),
        "- Contact: " + _c(r, "@{anyphone}", "@{email}"),
        "- Next step: " + _c(r, "call back @{rel}", "book a @{svc}", "escalate to the @{staff}"),
    ])


@tpl("llm_prompt")
def t_llm_extract(r, c):
    return "\n".join([
        "### Instruction",
        "Extract the person's name, email, phone and any identifiers from the input and return JSON.",
        "",
        "### Input",
        _c(r, "@{full} wrote in on behalf of @{full3}. ", "Note from front desk: @{first} @{last} dropped by. ",
           "@{rev} (client) - ")
        + _c(r, "Contact via @{email} or @{anyphone}. ", "Phone @{anyphone}, email @{email}. ")
        + "@{fact:prose:cap}. Ticket @{ticket}.",
        "",
        "### Response",
        '{"name": "@{full}", "email": "@{email}", "phone": "@{anyphone}", @{fact:json}}',
    ]).replace("@{fact:prose:cap}", "@{fact:prose}")


@tpl("llm_prompt")
def t_llm_config_help(r, c):
    return "\n".join([
        "User: my deploy keeps failing with " + _c(r, "@{status}", "AccessDenied", "invalid_auth") + ", here's my config, what's wrong?",
        "```",
        "AWS_ACCESS_KEY_ID=@{akid}",
        "AWS_SECRET_ACCESS_KEY=@{aksec}",
        "SLACK_BOT_TOKEN=@{slack}",
        "ADMIN_EMAIL=@{email}",
        "```",
        "Assistant: You've pasted live credentials - rotate them now. The example key @{exkey} in the docs is a placeholder; "
        "yours starts with AKIA/ASIA and is real. Also check the region (@{lowval}).",
    ])


# ---------------- config ----------------

@tpl("yaml_config")
def t_yaml(r, c):
    L = ["# @{org} integration config (v@{ver})",
         "service:",
         "  name: " + _c(r, "member-sync", "booking-bridge", "notify-worker"),
         "  region: @{lowval}",
         "  bind: @{ip}",
         "  port: %d" % r.choice([8080, 8443, 3000, 5000])]
    secs = [
        ["database:", "  host: db-%02d.internal" % r.randint(1, 9), "  user: app_rw", '  password: "@{pw}"'],
        ["aws:", "  access_key_id: @{akid}", "  secret_access_key: @{aksec}"],
        ["notifications:", "  slack_token: @{slack}", "  admin_email: @{email2}"],
        ["webhooks:", "  url: @{url}", "  signing_secret: @{secret}"],
        ["github:", "  token: @{gh}", "  repo: ops/infra"],
        ["payments:", "  stripe_key: @{stripe}", "  currency: usd"],
    ]
    for s in r.sample(secs, r.randint(2, 4)):
        L += s
    return "\n".join(L)


@tpl("env_config")
def t_env(r, c):
    L = ["APP_ENV=production", "APP_URL=@{url}", "DB_HOST=@{ip}", "DB_PASSWORD=@{pw}",
         "STRIPE_SECRET_KEY=@{stripe}", "GITHUB_TOKEN=@{gh}", "JWT_SECRET=@{secret}",
         "SUPPORT_EMAIL=@{orgemail}", "LOG_LEVEL=@{lowval}", "FEATURE_FLAGS=beta,reports",
         "AWS_ACCESS_KEY_ID=@{akid}", "AWS_SECRET_ACCESS_KEY=@{aksec}", "SLACK_WEBHOOK_URL=@{url2}"]
    L = [L[0]] + r.sample(L[1:], r.randint(6, len(L) - 1))
    L.append("# example from docs, not ours: AWS_ACCESS_KEY_ID=@{exkey}")
    if r.random() < 0.5:
        L.append("# TODO rotate by @{date} (@{full2})")
    return "\n".join(L)


@tpl("yaml_config")
def t_k8s_secret(r, c):
    return "\n".join([
        "apiVersion: v1",
        "kind: Secret",
        "metadata:",
        "  name: " + _c(r, "crm", "dispatch", "portal") + "-creds",
        "  annotations:",
        "    owner: @{email2}",
        "    rotated-by: @{full2}",
        "type: Opaque",
        "stringData:",
        '  DATABASE_PASSWORD: "@{pw}"',
        '  ' + _c(r, 'SLACK_BOT_TOKEN: "@{slack}"', 'API_TOKEN: "@{secret}"', 'GH_TOKEN: "@{gh}"'),
        "  tls.key: |",
        "    @{pem:indent}",
        "  tls.crt-fingerprint: @{hash}",
    ])


@tpl("code_diff")
def t_git_diff(r, c):
    return "\n".join([
        "commit @{sha}",
        "Author: @{full2} <@{email2}>",
        "",
        "    " + _c(r, "hotfix: hardcode creds for demo", "wip config", "fix prod sync (temp)"),
        "",
        "diff --git a/config/settings.py b/config/settings.py",
        "index @{shortsha}..@{shortsha} 100644",
        "--- a/config/settings.py",
        "+++ b/config/settings.py",
        "@@ -12,7 +12,9 @@",
        '-AWS_ACCESS_KEY_ID = os.environ.get("AWS_ACCESS_KEY_ID")',
        '+AWS_ACCESS_KEY_ID = "@{akid}"',
        '+AWS_SECRET_ACCESS_KEY = "@{aksec}"',
        ' SUPPORT_EMAIL = "@{orgemail}"',
        '-SLACK_TOKEN = "@{placeholder_secret}"',
        '+SLACK_TOKEN = "@{slack}"',
        '+PRIVATE_KEY = "@{pem:jsonesc}"',
    ])


@tpl("kv_form")
def t_kv_intake(r, c):
    return "\n".join([
        _c(r, "CLIENT INTAKE", "Intake record", "NEW CLIENT FORM") + " - @{org}",
        "Client name: @{rev}",
        "Preferred name: @{first}",
        "DOB: @{dob}",
        "Phone (home): @{phone}",
        "Phone (work): @{intl}",
        "Email: @{email}",
        "Address: @{addr}",
        "@{fact}", "@{fact}",
        "Reason for contact: @{issue}",
        "Staff: @{full2} (@{staff})",
        "Intake ref: @{case}",
    ])


@tpl("kv_form")
def t_kv_invoice(r, c):
    return "\n".join([
        "@{org}",
        "@{orgaddr}",
        "TAX INVOICE @{invoice}",
        "Billed to: @{full}",
        "Account no.: @{acct}",
        "Service: @{svc} (@{dt})",
        "Subtotal: @{amount}   Tax: @{pct}",
        "Paid by card: @{masked}",
        "Payment due: @{date}",
        "Questions? @{orgemail} / @{orgphone}",
    ])


@tpl("kv_form")
def t_kv_verification(r, c):
    return "\n".join([
        "Identity verification - " + _c(r, "passed", "manual review", "pending"),
        "applicant = @{full}",
        "date_of_birth = @{dob}",
        "ssn = @{ssn}",
        "driver_license = @{dl}",
        "issued_in = @{loc}",
        "card_on_file = @{card}",
        "bank_iban = @{iban}",
        "reviewer = @{email2}",
        "checked_at = @{ts}",
        "note = " + _c(r, "test ssn @{badssn} rejected earlier", "card @{badcard} failed checksum", "ok"),
    ])


# ---------------- markdown ----------------

@tpl("markdown_table")
def t_md_roster(r, c):
    L = ["| Name | Role | Email | Phone | Location |", "|---|---|---|---|---|"]
    for i in range(1, r.randint(3, 6)):
        L.append("| @{full%d} | %s | @{email%d} | @{anyphone%d} | @{loc%d} |" % (
            i, _c(r, "Client", "Guest", "Member", "Contact", "Student", "Driver"), i, i, i))
    return _c(r, "## Contacts\n\n", "### @{org} - roster\n\n", "") + "\n".join(L)


@tpl("markdown_table")
def t_md_case(r, c):
    return "\n".join([
        "### @{org} - case summary",
        "",
        "| Field | Value |",
        "|-------|-------|",
        "| Client | @{full} |",
        "@{fact:md}", "@{fact:md}", "@{fact:md}", "@{dneg:md}",
        "| Updated | @{ts} |",
    ])


# ---------------- call center ----------------

@tpl("call_transcript")
def t_call_center(r, c):
    return "\n".join([
        "CALL TRANSCRIPT - @{org} - Agent: @{full2} - Queue: @{svc}",
        "AGENT: Thank you for calling @{org}, my name is @{first2}. Who am I speaking with?",
        "CALLER: " + _c(r, "Hi, yes, it's @{full}.", "Uh, @{first} @{last}.", "This is @{full}, I called @{rel}."),
        "AGENT: Thanks, @{first}. For security, can you give me your date of birth?",
        "CALLER: " + _c(r, "Sure, it's @{dob}.", "@{dob}.", "It's, um, @{dob}."),
        "@{factqa:call}", "@{factqa:call}",
        "AGENT: Perfect, you're verified. How can I help?",
        "CALLER: " + _c(r, "@{issue:cap}.", "It's about @{issue}.") + " " + _c(r, "I'm calling from @{loc}.", ""),
        "AGENT: I've noted that under case @{case}. " + _c(r, "We'll call you back on @{anyphone}.",
                                                             "I've booked you in for @{dt}."),
        "CALLER: Thanks, bye.",
        "[call ended - duration @{dur}]",
    ])


@tpl("call_transcript")
def t_helpline(r, c):
    return "\n".join([
        "[Call start @{ts}]",
        "Listener (@{first2}): You're through to @{org}. I'm @{first2}. You can share as much or as little as you like.",
        "Caller: " + _c(r, "hi... my name's @{first}. i don't really know where to start",
                        "Hello. I'm @{full}. I'm calling about @{issue}.", "it's @{first:lower}. @{issue}."),
        "Listener: Thank you for calling, @{first}. Where are you calling from today, roughly?",
        "Caller: " + _c(r, "@{loc}.", "near @{loc}", "I'm in @{loc} at the moment"),
        "Listener: If we get cut off, is there a safe number to call you back on?",
        "Caller: " + _c(r, "@{anyphone}", "yeah - @{anyphone}", "@{anyphone}, it's my sister @{first3}'s phone"),
        "Listener: " + _c(r, "Would a check-in call on @{dt} help?", "I can book a callback for @{dt} if you'd like."),
        "Caller: yes please",
        "[Call end @{ts}] duration @{dur}, case @{case}",
    ])


@tpl("call_transcript")
def t_voicemail(r, c):
    return "\n".join([
        "Voicemail - received @{ts} - from @{anyphone}",
        "Transcription (auto, confidence @{pct}):",
        '"Hi, this message is for @{first2}, it\'s @{full} calling about the @{svc} on @{dt}. '
        + _c(r, "Could you call me back on @{anyphone2}? ", "My number is @{anyphone2}. ", "")
        + _c(r, "My @{fact:val} is the reference. ", "The reference is @{dneg:val}. ", "")
        + _c(r, "Thanks, bye.", "Okay, thanks.", "Cheers."),
        '"',
    ])


# ---------------- OCR ----------------

@tpl("ocr_scan")
def t_ocr_form(r, c):
    s = "\n".join([
        "@{org:upper}",
        _c(r, "CLIENT REGISTRATION FORM", "PATIENT / CLIENT DETAILS", "APPLICATION FORM") + "          PAGE 1 OF %d" % r.randint(1, 3),
        "NAME (LAST, FIRST): @{rev:upper}",
        "DATE OF BIRTH: @{dob}      SEX: F / M / X",
        "ADDRESS: @{addr:upper}",
        "TEL: @{phone}        EMAIL: @{email}",
        "@{fact:kvu}", "@{fact:kvu}",
        "SIGNATURE: ____________   DATE SIGNED: @{date}",
        "FORM REV @{ver}    SCAN ID @{uuid}",
    ])
    return _ocr_noise(r, s)


@tpl("ocr_scan")
def t_ocr_letter(r, c):
    s = "\n".join([
        "@{org}",
        "@{orgaddrblock}",
        "",
        "@{full:upper}",
        "@{addrblock}",
        "",
        "Dear @{title} @{last},",
        "RE: " + _c(r, "ACCOUNT @{acct}", "YOUR @{svc:upper}", "@{fact:kvu}"),
        "Please find enclosed the documents for your @{svc} on @{dt}. "
        + _c(r, "Our records show @{fact:prose}.", "Please bring photo ID.", "No action needed."),
        "Contact: @{orgphone}",
        "[page 1 of 1]   [scanned @{ts}]",
    ])
    return _ocr_noise(r, s)


@tpl("ocr_scan")
def t_ocr_label(r, c):
    s = "\n".join([
        "SHIP TO:",
        "@{full:upper}",
        "@{addrblock:upper}",
        "TEL @{anyphone}",
        "",
        "SHIP FROM: @{org:upper}",
        "@{orgaddrblock}",
        "TRACKING: @{track}    WT: @{weight}",
        "REF: @{order}   CONTAINER @{container}",
    ])
    return _ocr_noise(r, s, 0.02)


# ---------------- SMS ----------------

@tpl("sms_thread")
def t_sms(r, c):
    return "\n".join([
        "From @{orgphone}: @{org}: Hi @{first}, reminder of your @{svc} on @{dt}. Reply C to confirm or R to reschedule.",
        ("Me: " + _c(r, "C", "c thanks", "C!") + "\nFrom @{orgphone}: Thanks! See you then. Directions: @{url}")
        if r.random() < 0.5 else
        ("Me: " + _c(r, "R", "R pls", "r") + "\nFrom @{orgphone}: No problem - pick a new time here: @{url}"),
        "Me: " + _c(r, "can my partner @{first3} come too?", "will be coming from @{loc}, might be late",
                    "what's the address again?"),
        "From @{orgphone}: " + _c(r, "Of course. Address: @{orgaddr}", "Sure, just let us know on arrival.",
                                  "We're at @{orgaddr}."),
    ])


@tpl("sms_thread")
def t_sms_personal(r, c):
    return "\n".join([
        "@{clock} @{first2}: hey @{first:lower} did " + _c(r, "u get the email from @{org}", "ur @{svc} get moved"),
        "@{clock} @{first}: " + _c(r, "yes! its now @{dt}", "nope :( calling them @{rel}", "ya they want @{fact:prose}"),
        "@{clock} @{first2}: " + _c(r, "ok. my new num is @{anyphone2} btw", "lmk if u need a lift from @{loc}",
                                    "send me ur address again? lost it"),
        "@{clock} @{first}: " + _c(r, "@{addr}", "👍", "saved", "k"),
    ])


# ---------------- meeting notes ----------------

@tpl("meeting_notes")
def t_meeting(r, c):
    return "\n".join([
        "# @{org} weekly sync - @{date}",
        "Attendees: @{full2}, @{full3}, @{first4} @{last4}" + _c(r, ", @{rev5}", ""),
        "Apologies: " + _c(r, "@{full6}", "none"),
        "",
        "1. Open cases",
        "   - @{first} @{last}: @{issue}. Next step: call on @{anyphone} by @{date2}.",
        "   - Billing: @{invoice} still unpaid (@{amount}).",
        "2. Systems",
        "   - Upgraded to v@{ver}; " + _c(r, "partner API key rotated (new one: @{secret}) - please don't paste keys here",
                                          "no incidents", "@{pct} error rate on the portal, see @{ticket}"),
        "3. AOB",
        "   - " + _c(r, "Team lunch in @{loc} on @{dt2}", "@{first3} on leave @{rel}", "Training with @{brand} rep @{dt2}"),
        "",
        "Action items:",
        "- [ ] @{first2} to email @{email} the summary",
        "- [ ] @{first3} to update @{fact:prose}",
    ])


@tpl("meeting_notes")
def t_handover(r, c):
    return "\n".join([
        _c(r, "Shift handover", "Handover notes", "END OF DAY NOTES") + " - @{full2} -> @{full3}",
        "",
        "* @{full} - @{issue}. " + _c(r, "Waiting on callback (@{anyphone}).", "Booked @{dt}.", "Escalated as @{ticket}."),
        "* " + _c(r, "@{first4} @{last4}", "@{rev4}") + " - " + _c(r, "@{fact:prose} needs checking", "no-show, follow up @{rel}"),
        "* Admin: " + _c(r, "shared mailbox password changed to @{pw}", "printer at @{ip} offline again",
                         "@{amount} refund approved"),
        "* " + _c(r, "@{dneg}", "Nothing else."),
    ])


# ---------------- narrative ----------------

@tpl("narrative")
def t_narrative(r, c):
    S = [
        _c(r, "@{full} contacted @{org} about @{issue}.", "@{first} reached out @{rel} regarding @{issue}.",
           "Last month @{full} enrolled for a @{svc}."),
        _c(r, "@{first} lives at @{addr} and prefers calls on @{anyphone}.",
           "@{title} @{last} was born on @{dob} in @{loc}.",
           "Originally from @{loc}, @{first} moved to @{city2} for work."),
        _c(r, "According to the file, @{fact:prose}.", "Staff noted @{fact:prose}.", "The record also lists @{fact:prose}."),
        _c(r, "A follow-up was scheduled for @{dt}.", "@{full2} agreed to call back @{rel}.",
           "The next session is on @{dt}."),
        _c(r, "@{first} mentioned the @{brand} option but wasn't convinced.", "The invoice (@{invoice}) was settled.",
           "No further concerns were raised."),
    ]
    head = S[:1]
    rest = S[1:]
    r.shuffle(rest)
    return " ".join(head + rest)


@tpl("narrative")
def t_incident(r, c):
    return " ".join([
        "Incident summary: on @{dt}, @{full2} (@{staff}) reported that a record was viewed without authorisation.",
        "The affected file belongs to @{full}, " + _c(r, "account @{acct}", "DOB @{dob}", "@{fact:prose}") + ".",
        "Access originated from @{ip} and " + _c(r, "@{ipsix}", "@{ip2}") + ";",
        "build @{ver} (commit @{shortsha}) was live at the time.",
        _c(r, "An exported CSV also contained an API token (@{secret}), which has since been revoked.",
           "No payment data was exposed; the test card @{badcard} in the logs is not real.",
           "The client was informed by phone on @{anyphone}."),
        "Tracked as @{ticket}.",
    ])


# ---------------- tickets ----------------

@tpl("ticket_comment")
def t_ticket(r, c):
    return "\n".join([
        "#%d - comment by @{full2} - @{ts}" % r.randint(1000, 99999),
        _c(r, "Customer @{full} (@{email}) reports @{issue}.", "@{first} @{last} called in: @{issue}.",
           "Spoke with @{first} - @{issue}."),
        "Verified identity via @{fact:prose}. " + _c(r, "Callback: @{anyphone}.", "Prefers email.", ""),
        "Status -> " + _c(r, "Pending customer", "In progress", "Resolved") + ". Linked: @{ticket}, @{dneg:val}.",
    ])


@tpl("ticket_comment")
def t_ticket_jira(r, c):
    return "\n".join([
        "*Summary:* Integration with @{brand} failing since build @{ver}",
        "*Reporter:* @{full2}  *Assignee:* " + _c(r, "@{rev3}", "@{full3}", "unassigned"),
        "*Description*",
        "Calls to the partner API return @{status}. Request dump:",
        "{code}",
        "POST @{url}",
        _c(r, "Authorization: Bearer @{jwt}", "X-Api-Key: @{secret}", "Authorization: Bearer @{gh}"),
        '{"member": "@{email}", "ip": "@{ip}"}',
        "{code}",
        "Related: @{ticket}, @{cve}",
    ])


# ---------------- calendar ----------------

@tpl("calendar_invite")
def t_ics(r, c):
    where = _c(r, "@{addr}", "@{url2}", "@{city}")
    return "\n".join([
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//@{org}//Scheduler @{ver}//EN",
        "BEGIN:VEVENT",
        "UID:@{uuid}",
        "DTSTAMP:@{icsts}",
        "DTSTART:@{icsts}",
        "SUMMARY:@{svc:cap} - @{full}",
        "LOCATION:" + where,
        "DESCRIPTION:When: @{dt}\\nWith: @{full2}\\nJoin: @{url}",
        "ORGANIZER;CN=@{full2}:mailto:@{email2}",
        "ATTENDEE;CN=@{full};RSVP=TRUE:mailto:@{email}",
        "END:VEVENT",
        "END:VCALENDAR",
    ])


@tpl("calendar_invite")
def t_invite_plain(r, c):
    return "\n".join([
        "Invitation: @{svc:cap} with @{full2}",
        "When: @{dt}",
        "Where: " + _c(r, "@{addr}", "Online - @{url}", "@{orgaddr}"),
        "Calendar: @{email}",
        "Who:",
        "  * @{full2} - organiser",
        "  * @{full}",
        "  * " + _c(r, "@{email3}", "@{full3}"),
        "Notes: " + _c(r, "bring @{fact:val}", "parking at rear", "@{issue}", "dial-in @{orgphone}"),
        "Going? Yes - Maybe - No",
    ])


# ---------------- handwritten ----------------

@tpl("handwritten_note")
def t_handwritten(r, c):
    return "\n".join([
        "[Transcribed from handwritten note - photo @{uuid}.jpg]",
        "@{first2} -",
        "@{first:lower} @{last} rang re @{svc}. " + _c(r, "wants to move to @{dt}??", "wants a call back @{rel}"),
        "call back on @{anyphone} (" + _c(r, "mobile, not home", "after 3", "ask for @{first3}") + ")",
        _c(r, "DOB @{dob} - check file [illegible]", "[illegible] @{fact}", "@{fact}"),
        _c(r, "pw for the front desk tablet is @{pw}", "lives @{addr}?", "from @{loc}"),
        "- " + _c(r, "@{first3}", "@{first3:upper}", "@{first3:lower}"),
    ])


@tpl("handwritten_note")
def t_sticky(r, c):
    return "\n".join([
        "[handwritten, partly smudged]",
        _c(r, "TODO", "to do:", "REMEMBER"),
        " * ring @{full:lower} ~ @{anyphone}",
        " * " + _c(r, "@{loc} office - boxes -> @{addr}", "post forms to\n   @{addrblock}"),
        " * " + _c(r, "wifi pw: @{pw}", "new code for printer: @{pw}", "@{fact}"),
        " * pay @{invoice} ([illegible] amt @{amount})",
        " * " + _c(r, "@{dt} - @{svc}", "bday card for @{first4}!", "@{brand} order"),
    ])


# ---------------- extra ----------------

@tpl("web_form")
def t_survey(r, c):
    return "\n".join([
        "Feedback survey response #%d" % r.randint(100, 99999),
        "Q1. How satisfied were you with your @{svc}? " + _c(r, "5/5", "4/5", "2/5"),
        "Q2. Anything we could improve?",
        "A: " + _c(r, "@{first2} was lovely but the wait was long.",
                   "honestly @{issue} was not handled well. call me @{anyphone}",
                   "The @{brand} recommendation was useful!"),
        "Q3. May we contact you? " + _c(r, "Yes - @{email}", "yes, @{anyphone}", "No"),
        "Respondent: " + _c(r, "@{full}", "anonymous", "@{first}"),
        "Submitted from @{ip} at @{ts}",
    ])


# ---------------------------------------------------------------------------
# Domain-specific templates (picked for ~30% of positive docs of that domain)
# ---------------------------------------------------------------------------

DOMAIN_TEMPLATES = {d: [] for d in DOMAINS}


def dtpl(domain, style):
    def deco(fn):
        DOMAIN_TEMPLATES[domain].append((style, fn))
        return fn
    return deco


@dtpl("physiotherapy_clinic", "clinical_note")
def d_soap(r, c):
    return "\n".join([
        _c(r, "SOAP NOTE", "Treatment note", "PHYSIO PROGRESS NOTE") + " - @{org}",
        "Patient: " + _c(r, "@{rev}", "@{full}") + "    MRN: @{mrn}    DOB: @{dob}",
        "Insurer member ID: @{hpn}   Group: @{group}   Claim: @{claim}",
        "Seen: @{dt} by @{full2} (@{staff})",
        "S: Pt reports @{issue}. Pain @{painscore} on stairs, better with heat.",
        "O: Knee flexion %d deg, ext -%d deg. Single-leg squat poor control. Used @{brand}." % (r.randint(80, 130), r.randint(0, 10)),
        "A: " + _c(r, "Improving slowly.", "Plateaued - review load.", "Good progress."),
        "P: 2x/week for %d weeks; next visit @{dt2}. HEP emailed to @{email}." % r.randint(2, 8),
        "CPT: @{cpt}, @{cpt}   Referred by @{full4}",
    ])


@dtpl("physiotherapy_clinic", "web_form")
def d_physio_intake(r, c):
    return "\n".join([
        "New patient intake (online) - @{org}",
        "Surname: @{last}", "Given name(s): @{first}", "Date of birth: @{dob}",
        "Medicare / insurance member no.: @{hpn}",
        "Previous clinic MRN (if known): @{mrn}",
        "Emergency contact: @{full3} - @{anyphone3}",
        "GP: Dr @{last4}, @{city}",
        "Main complaint: @{issue}",
        "Preferred appointment: @{dt}",
        "Submitted @{ts} from @{ip}",
    ])


@dtpl("car_rental", "kv_form")
def d_rental_agreement(r, c):
    car = _c(r, *DOMAIN_INFO["car_rental"]["brands"])
    return "\n".join([
        "RENTAL AGREEMENT @{booking} - @{org}",
        "Renter: @{full}    DOB: @{dob}",
        "Driver's licence: @{dl} (issued @{loc})",
        "Additional driver: " + _c(r, "@{full3}, licence @{dl3}", "none"),
        "Vehicle: %s - plate @{plate} - VIN @{vin}" % car,
        "Pick-up: @{dt} - @{orgaddr}",
        "Return due: @{dt2}",
        "Card authorised: @{card} (hold @{amount})",
        "Customer account: @{acct}",
        "Contact: @{anyphone} / @{email}",
        "Fuel out: @{pct}    Rate code: @{ratecode}",
    ])


@dtpl("credit_union", "web_form")
def d_loan_app(r, c):
    return "\n".join([
        _c(r, "AUTO LOAN APPLICATION", "Personal loan application", "MEMBERSHIP APPLICATION") + " - @{org}",
        "First name: @{first}",
        "Last name: @{last}",
        "SSN: @{ssn}",
        "Date of birth: @{dob}",
        "Home address:",
        "@{addrblock}",
        "Employer: @{brand}   Monthly income: @{amount}",
        "Share account: @{acct}",
        "Existing loan acct: @{acct2}",
        "Funds from (IBAN): @{iban}",
        "Co-applicant: " + _c(r, "@{full3}, SSN @{ssn3}", "n/a"),
        "Submitted from IP @{ip} at @{ts}; rate quoted @{pct}",
    ])


@dtpl("wedding_planning", "email")
def d_wedding_contract(r, c):
    return "\n".join([
        "Subject: Contract & deposit - @{first} & @{first3}",
        "",
        "Hi @{first} and @{first3},",
        "",
        "Attached is the contract for your wedding on @{dt}, at @{addr2}.",
        "We'll charge the deposit of @{amount} to the card you gave us (@{card}) once signed.",
        "Final guest count: @{guests}. Your " + _c(r, "cake tasting", "menu tasting", "final fitting") + " is booked for @{dt2}.",
        "Florist contact: @{full4} (@{anyphone4}). The dress is from @{brand}.",
        "Everything is also in your planner portal: @{url}",
        "",
        "Love,",
        "@{first2} @ @{org}",
        "@{orgphone}",
    ])


@dtpl("coworking_space", "email")
def d_cowork_welcome(r, c):
    return "\n".join([
        "Welcome to @{org}, @{first}!",
        "",
        "Desk: @{desk}   Badge: @{empid}",
        'Wi-Fi: network "%s-Members", password: @{pw}' % _c(r, "Hive", "Orbit", "Canopy", "Nine"),
        "Static IP for your team: @{ip} (IPv6 @{ipsix})",
        "Printer MAC (for allowlisting): @{mac}",
        "Door access API key: @{secret}",
        "Member account: @{acct}",
        "Your tour is on @{dt}. Community manager: @{full2} (@{email2}).",
        "Portal: @{url}",
    ])


@dtpl("mental_health_helpline", "ticket_comment")
def d_case_note(r, c):
    return "\n".join([
        "CASE NOTE @{case} - @{org}",
        "Caller: @{first} (surname " + _c(r, "not given)", "@{last})") + " | callback @{anyphone}",
        "Location: @{loc}",
        "Summary: @{issue}. Safety plan discussed; no immediate risk identified.",
        "Plan: check-in call @{dt}.",
        "Clinic MRN (given by caller): @{mrn}; insurance member #: @{hpn}",
        "Volunteer: @{full2}; supervisor: @{first3}",
        "Session: @{uuid}   Duration: @{dur}",
    ])


@dtpl("freight_logistics", "ocr_scan")
def d_bol(r, c):
    s = "\n".join([
        "STRAIGHT BILL OF LADING - NON-NEGOTIABLE       BOL @{order}",
        "SHIPPER: @{org:upper}",
        "@{orgaddrblock}",
        "CONSIGNEE: @{full:upper}",
        "@{addrblock2}",
        "THIRD PARTY BILL TO ACCOUNT: @{acct}",
        "CARRIER: @{brand}    TRAILER/CONTAINER @{container}",
        "DRIVER: @{full4}    CDL: @{dl}",
        "PICKUP APPT: @{dt}",
        "PIECES: %d PLT   WEIGHT @{weight}   HS @{hscode}" % r.randint(1, 26),
        "TRACKING @{track}",
    ])
    return _ocr_noise(r, s, 0.02)


@dtpl("online_tutoring", "json")
def d_enrollment(r, c):
    return "\n".join([
        "{",
        '  "student": {"first_name": "@{first}", "last_name": "@{last}", "dob": "@{dob}", "city": "@{city}"},',
        '  "guardian": {"name": "@{full4}", "email": "@{email4}", "phone": "@{anyphone4}"},',
        '  "course": "@{course}", "textbook_isbn": "@{isbn}",',
        '  "first_session": "@{dt}",',
        '  "classroom": "@{url}",',
        '  "billing": {"account": "@{acct}", "card": "@{card}"},',
        '  "session_token": "@{jwt}"',
        "}",
    ])


@dtpl("online_tutoring", "chat_transcript")
def d_tutor_chat(r, c):
    return "\n".join([
        "@{clock} @{first2} (tutor): hi @{first:lower}! ready for @{svc}?",
        "@{clock} @{first}: yes but my mum @{first4} wants to talk about @{issue}",
        "@{clock} @{first2} (tutor): sure - they can email @{orgemail} or call @{orgphone}",
        "@{clock} @{first}: ok. also the link @{url} isnt working",
        "@{clock} @{first2} (tutor): try this one instead: @{url2}",
        "@{clock} @{first2} (tutor): next lesson is @{dt}, see you then!",
    ])


# ---------------------------------------------------------------------------
# Negative-only templates (hard negatives, no PII)
# ---------------------------------------------------------------------------

@tpl("release_notes", neg=True)
def n_release(r, c):
    return "\n".join([
        "## @{appname} v@{ver} - release notes",
        "- Fixed crash when exporting reports (@{ticket})",
        "- Bumped openssl to address @{cve} and @{cve}",
        "- p95 latency down @{pct}; error budget at @{pct}",
        "- Sample config now uses @{exkey} / @{exsecret} placeholders",
        "Commit: @{sha}",
        "sha256: @{hash}",
        "Released @{rel}.",
    ])


@tpl("app_log", neg=True)
def n_buildlog(r, c):
    L = []
    for _ in range(r.randint(4, 7)):
        L.append(_c(r, "@{logts} INFO  build step %d/%d ok (@{dur})" % (r.randint(1, 9), 9),
                    "@{logts} WARN  retrying download, got @{status}",
                    "@{logts} INFO  artifact digest @{hash}",
                    "@{logts} DEBUG cache key @{uuid}",
                    "@{logts} INFO  checked out @{shortsha} (@{appname} @{ver})"))
    return "\n".join(L)


@tpl("sms_thread", neg=True)
def n_tracking(r, c):
    return "\n".join([
        "Update: your parcel @{track} is out for delivery, arriving @{rel}.",
        "Container @{container} cleared customs. Lot @{lot}, weight @{weight}.",
        "Order @{order} total @{amount}. Card @{masked} charged.",
        "Reply STOP to opt out.",
    ])


@tpl("csv", neg=True)
def n_inventory(r, c):
    rows = ["sku,isbn,lot,qty,price,updated"]
    for _ in range(r.randint(3, 6)):
        rows.append("SKU-%05d,@{isbn},@{lot},%d,\"@{amount}\",@{ts}" % (r.randint(1, 99999), r.randint(0, 500)))
    return "\n".join(rows)


@tpl("markdown_table", neg=True)
def n_metrics(r, c):
    L = ["| host | mac | uptime | errors | last status |", "|---|---|---|---|---|"]
    for i in range(r.randint(3, 5)):
        L.append("| node-%02d | @{mac} | @{pct} | %d | @{status} |" % (i + 1, r.randint(0, 40)))
    return "\n".join(L)


@tpl("narrative", neg=True)
def n_brand_faq(r, c):
    return " ".join([
        "FAQ: Do you stock @{brand} or @{brand}?",
        "Yes - both, though @{brand} is back-ordered until @{rel}.",
        "We accept Visa, Mastercard and Amex; test card numbers like @{badcard} will be declined.",
        "Prices start at @{amount} (@{pct} off for members).",
    ])


@tpl("call_transcript", neg=True)
def n_redacted(r, c):
    return "\n".join([
        "AGENT: Thanks for calling @{org}. Who am I speaking with?",
        "CALLER: It's @{ph}.",
        "AGENT: And your SSN? [system: value masked as @{badssn}]",
        "CALLER: [REDACTED]",
        "AGENT: Card ending @{masked}, correct? I'll call you back @{rel}.",
        "[call ended - duration @{dur}, case @{case}]",
    ])


@tpl("env_config", neg=True)
def n_docs_config(r, c):
    return "\n".join([
        "# Example configuration - replace the placeholders",
        "AWS_ACCESS_KEY_ID=@{exkey}",
        "AWS_SECRET_ACCESS_KEY=@{exsecret}",
        "API_KEY=@{placeholder_secret}",
        "DB_PASSWORD=@{placeholder_secret}",
        "LOG_LEVEL=@{lowval}",
        "REGION=@{lowval}",
        "PUBLIC_KEY=\"@{pubkey:jsonesc}\"",
    ])


@tpl("meeting_notes", neg=True)
def n_schedule(r, c):
    return "\n".join([
        "Scheduling notes (@{org})",
        "- standup moved to @{rel}",
        "- vendor demo (@{brand}) @{rel}",
        "- invoices @{invoice}, @{invoice} due @{rel}",
        "- deploy @{appname} @{ver} @{rel}, rollback plan in @{ticket}",
    ])


@tpl("ticket_comment", neg=True)
def n_checksums(r, c):
    return "\n".join([
        "Verified download integrity for @{appname} @{ver}:",
        "  md5/sha: @{hash}",
        "  build id: @{uuid}",
        "  fixes: @{cve}",
        "Invalid test data used in QA: SSN @{badssn}, card @{badcard}, IBAN @{badiban}.",
        "Closed @{ticket}.",
    ])

# ---------------------------------------------------------------------------
# Self-check
# ---------------------------------------------------------------------------

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
URL_RE = re.compile(r"https?://[^\s\"'<>`)\]}|\\]+", re.I)
_OCT = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
IPV4_RE = re.compile(r"(?<![\d.])%s(?:\.%s){3}(?![\d.]*\d)" % (_OCT, _OCT))
SSN_SHAPE_RE = re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")
CARD_SHAPE_RE = re.compile(r"(?<![\d-])(?:\d[ -]?){12,18}\d(?!\d)")
SECRET_SHAPE_RES = [
    re.compile(r"\b(?:AKIA|ASIA)[A-Z0-9]{16}\b"),
    re.compile(r"\bgh[pousr]_[A-Za-z0-9]{20,}"),
    re.compile(r"github_pat_[A-Za-z0-9_]{20,}"),
    re.compile(r"\bxox[abprs]-[A-Za-z0-9-]{10,}"),
    re.compile(r"\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{8,}"),
    re.compile(r"\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}"),
    re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----"),
]
KV_SECRET_RE = re.compile(r"(?i)(?:api[_-]?key|apikey|secret|token|access[_-]?key)[\"']?\s*[:=]\s*[\"']?([A-Za-z0-9_\-./+=]{16,})")
PASSWORD_KV_RE = re.compile(r"(?i)(?:password|passwd|pwd|passcode|passphrase)[\"']?\s*[:=]\s*[\"']?([^\s\"',;<>]{4,})")

VALIDATORS = {
    "EMAIL_ADDRESS": lambda v: EMAIL_RE.fullmatch(v) is not None,
    "URL": lambda v: re.fullmatch(r"https?://\S+", v) is not None and v[-1] not in ".,;:!?",
    "US_SSN": ssn_ok,
    "IBAN_CODE": iban_ok,
    "AWS_ACCESS_KEY": lambda v: re.fullmatch(r"(AKIA|ASIA)[A-Z0-9]{16}", v) is not None and "EXAMPLE" not in v,
    "AWS_SECRET_KEY": lambda v: re.fullmatch(r"[A-Za-z0-9/+]{40}", v) is not None and "EXAMPLE" not in v,
    "GITHUB_TOKEN": lambda v: re.fullmatch(r"(gh[pos]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{82})", v) is not None,
    "SLACK_TOKEN": lambda v: re.fullmatch(r"xox[bp]-[0-9]+-[0-9]+(-[0-9]+)?-[A-Za-z0-9]+", v) is not None,
    "STRIPE_KEY": lambda v: re.fullmatch(r"(sk|rk)_(live|test)_[A-Za-z0-9]{20,}", v) is not None,
    "PRIVATE_KEY": lambda v: v.startswith("-----BEGIN ") and v.endswith("PRIVATE KEY-----") and
    "-----END " in v,
    "PASSWORD": lambda v: len(v) >= 6 and not re.search(r"\s", v),
    "GENERIC_SECRET": lambda v: len(v) >= 20 and not re.search(r"\s", v),
    "DATE_OF_BIRTH": lambda v: re.search(r"\d", v) is not None,
    "DATE_TIME": lambda v: re.search(r"\d", v) is not None,
    "PERSON": lambda v: not re.search(r"[\d@<>\[\]{}]", v) and not re.match(r"(Mr|Ms|Mrs|Dr|Mx)\b", v),
    "LOCATION": lambda v: not re.search(r"\d", v),
    "ADDRESS": lambda v: re.search(r"\d", v) is not None or "," in v,
    "MEDICAL_RECORD_NUMBER": lambda v: re.search(r"\d{4}", v) is not None,
    "HEALTH_PLAN_NUMBER": lambda v: re.search(r"\d", v) is not None,
    "ACCOUNT_NUMBER": lambda v: re.search(r"\d{4}", v) is not None,
    "DRIVER_LICENSE": lambda v: len(re.findall(r"\d", v)) >= 2,
}


def _valid_card(v):
    d = re.sub(r"[ -]", "", v)
    return d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d) and card_brand(d) is not None


def _valid_phone(v):
    d = re.sub(r"\D", "", v)
    if v.startswith("+"):
        return 8 <= len(d) <= 15
    if len(d) == 11 and d[0] == "1":
        d = d[1:]
    return len(d) == 10 and d[:3] in US_AREA_CODES and d[3] in "23456789"


def _valid_jwt(v):
    parts = v.split(".")
    if len(parts) != 3 or not all(re.fullmatch(r"[A-Za-z0-9_-]+", p) for p in parts):
        return False
    try:
        hdr = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
    except Exception:
        return False
    return "alg" in hdr


def _valid_ip(v):
    try:
        ipaddress.ip_address(v)
        return True
    except ValueError:
        return False


VALIDATORS.update({"CREDIT_CARD": _valid_card, "PHONE_NUMBER": _valid_phone, "JWT": _valid_jwt,
                   "IP_ADDRESS": _valid_ip})


class SelfCheckError(AssertionError):
    pass


def self_check(doc, hard_negs, negative):
    text = doc["text"]
    ents = doc["entities"]
    did = doc["id"]

    def fail(msg):
        raise SelfCheckError("%s: %s" % (did, msg))

    if "@{" in text:
        fail("unrendered slot")
    if negative and ents:
        fail("negative document has entities")
    if not negative and not ents:
        fail("positive document has no entities")
    prev = 0
    for e in ents:
        s, t, typ = e["start"], e["end"], e["type"]
        if typ not in ENTITY_TYPES:
            fail("bad type %s" % typ)
        if not (0 <= s < t <= len(text)):
            fail("bad bounds %r" % e)
        if s < prev:
            fail("overlap/unsorted %r" % e)
        prev = t
        v = text[s:t]
        if v != v.strip():
            fail("whitespace at span edge %r" % v)
        if not VALIDATORS[typ](v):
            fail("invalid %s value %r" % (typ, v))
    spans = [(e["start"], e["end"]) for e in ents] + list(hard_negs)

    def covered(a, b):
        return any(s < b and a < t for s, t in spans)

    def need(m_start, m_end, what, val):
        if not covered(m_start, m_end):
            fail("unlabeled %s %r" % (what, val))

    for m in URL_RE.finditer(text):
        v = m.group(0).rstrip(".,;:!?")
        need(m.start(), m.start() + len(v), "URL", v)
    for m in EMAIL_RE.finditer(text):
        need(m.start(), m.end(), "email", m.group(0))
    for m in IPV4_RE.finditer(text):
        need(m.start(), m.end(), "IPv4", m.group(0))
    for m in SSN_SHAPE_RE.finditer(text):
        if ssn_ok(m.group(0)):
            need(m.start(), m.end(), "SSN", m.group(0))
    for m in CARD_SHAPE_RE.finditer(text):
        if _valid_card(m.group(0)):
            need(m.start(), m.end(), "card", m.group(0))
    for rx in SECRET_SHAPE_RES:
        for m in rx.finditer(text):
            need(m.start(), m.end(), "secret", m.group(0))
    for rx in (KV_SECRET_RE, PASSWORD_KV_RE):
        for m in rx.finditer(text):
            need(m.start(1), m.end(1), "key/value secret", m.group(0))


# ---------------------------------------------------------------------------
# Generation
# ---------------------------------------------------------------------------

def _make_doc(seed, i):
    r = random.Random("%s-%s" % (seed, i))
    domain = DOMAINS[i % len(DOMAINS)]
    negative = r.random() < NEGATIVE_RATE
    c = Ctx(r, domain, negative)
    if negative and r.random() < 0.5:
        style, fn = r.choice(NEG_TEMPLATES)
    elif not negative and DOMAIN_TEMPLATES[domain] and r.random() < 0.3:
        style, fn = r.choice(DOMAIN_TEMPLATES[domain])
    else:
        style, fn = r.choice(TEMPLATES)
    tpl_text = fn(r, c)
    text, ents, hns = render(c, tpl_text)
    ents.sort()
    doc = {"id": "blind7-%s-%06d" % (seed, i), "domain": domain, "text": text,
           "entities": [{"start": s, "end": t, "type": typ} for s, t, typ in ents]}
    self_check(doc, hns, negative)
    return doc


def generate(n, seed=0):
    """Yield n labeled documents; document i uses random.Random(f"{seed}-{i}")."""
    for i in range(n):
        yield _make_doc(seed, i)


def _summary(docs_iter, out):
    by_type = {t: 0 for t in ENTITY_TYPES}
    by_domain = {d: 0 for d in DOMAINS}
    n = neg = 0
    for doc in docs_iter:
        n += 1
        by_domain[doc["domain"]] += 1
        if not doc["entities"]:
            neg += 1
        for e in doc["entities"]:
            by_type[e["type"]] += 1
        if out is not None:
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return {"documents": n, "negative_documents": neg, "entities": sum(by_type.values()),
            "entities_per_type": by_type, "documents_per_domain": by_domain,
            "templates": len(TEMPLATES) + sum(len(v) for v in DOMAIN_TEMPLATES.values()),
            "negative_templates": len(NEG_TEMPLATES)}


assert len(GIVEN_NAMES) >= 400, len(GIVEN_NAMES)
assert len(SURNAMES) >= 400, len(SURNAMES)
assert len({c for c, _ in INTL_CITIES} | {c[0] for c in US_CITIES} | set(COUNTRIES) | set(REGIONS)) >= 250


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", default="0")
    ap.add_argument("--output", default="-")
    a = ap.parse_args(argv)
    seed = int(a.seed) if re.fullmatch(r"-?\d+", a.seed) else a.seed
    t0 = time.time()
    if a.output == "-":
        summ = _summary(generate(a.n, seed), sys.stdout)
    else:
        with open(a.output, "w", encoding="utf-8") as f:
            summ = _summary(generate(a.n, seed), f)
    summ["seconds"] = round(time.time() - t0, 3)
    summ["self_check"] = "passed"
    sys.stderr.write(json.dumps(summ, indent=2) + "\n")


if __name__ == "__main__":
    main()
