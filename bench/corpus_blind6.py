#!/usr/bin/env python3.11
"""Seeded, labeled synthetic text corpus generator (blind6).

generate(n, seed=0) yields dicts {"id", "domain", "text", "entities"}.
Document i is built from its own random.Random(f"{seed}-{i}").
Standard library only.  Every document is self-checked; failures raise.
"""
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

ENTITY_TYPES = [
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "CREDIT_CARD", "IBAN_CODE",
    "IP_ADDRESS", "DATE_OF_BIRTH", "DATE_TIME", "LOCATION", "ADDRESS", "URL",
    "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER", "ACCOUNT_NUMBER", "DRIVER_LICENSE",
    "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "STRIPE_KEY",
    "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_SECRET",
]
DOMAINS = [
    "dental_practice", "payroll_outsourcing", "ecommerce_returns", "legal_intake",
    "retail_pharmacy", "devops_postmortem", "travel_agency", "school_administration",
]
NEGATIVE_RATE = 0.15


def W(s):
    return [x.replace("_", " ") for x in s.split()]


# ---------------------------------------------------------------------------
# Names (hand-written, grouped by naming culture)
# ---------------------------------------------------------------------------
GIVEN = {
    "anglo": W("""James John Robert Michael William David Richard Joseph Thomas Charles
        Christopher Daniel Matthew Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin
        Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan
        Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Frank Patrick Raymond Jack
        Dennis Jerry Tyler Aaron Henry Douglas Peter Adam Nathan Zachary Walter Kyle Harold Carl
        Jeremy Keith Roger Gerald Ethan Arthur Terry Christian Sean Austin Noah Jesse Albert Bryan
        Bruce Willie Jordan Dylan Alan Ralph Roy Wayne Eugene Logan Randy Louis Russell Vincent
        Philip Bobby Johnny Bradley Will Bill Chase Hunter Mary Patricia Jennifer Linda Elizabeth
        Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Sandra Margaret Ashley Kimberly Emily
        Donna Michelle Carol Amanda Melissa Deborah Stephanie Dorothy Rebecca Sharon Laura Cynthia
        Amy Kathleen Angela Shirley Brenda Emma Anna Pamela Nicole Samantha Katherine Christine
        Helen Rachel Carolyn Janet Catherine Heather Diane Olivia Julie Joyce Victoria Ruth
        Virginia Lauren Kelly Christina Joan Evelyn Judith Andrea Hannah Megan Cheryl Jacqueline
        Martha Madison Teresa Gloria Janice Abigail Frances Alice Judy Isabella Julia Grace Amber
        Denise Danielle Marilyn Beverly Charlotte Natalie Theresa Diana Brittany Doris Kayla
        Alexis Lori Hope Faith Dawn April June Summer Holly Ivy Ruby Pearl Autumn Destiny Crystal
        Tiffany Brooke Shelby Nigel Graham Alistair Fiona Gemma Callum Imogen Harriet Rhys Gareth
        Bethan Poppy Alfie Ollie Hamish Isla Freya Lachlan Tyrone DeShawn Latoya Keisha Jamal
        Darnell Aaliyah Malik Imani"""),
    "irish": W("""Aoife Niamh Saoirse Ciara Caoimhe Orla Róisín Sinéad Clodagh Eimear Siobhán
        Gráinne Aisling Máire Cian Oisín Seán Pádraig Darragh Eoin Ciarán Fionn Tadhg Ronan Declan
        Colm Donal Cathal Ruairí Diarmuid"""),
    "filipino": W("""Maricel Rowena Jocelyn Marites Lorna Rhodora Jun Bong Jomar Rodel Arnel
        Ronaldo Marlon Jericho Analyn Mylene Rosalie Angelito Danilo Teodoro Jhun Kristine Precious
        Lovely Joy Rizalina Marivic Jenalyn Gerlie Reynaldo Ernesto Rogelio Dindo Nonoy Ligaya Tala
        Dalisay"""),
    "ethiopian": W("""Abebe Tsegaye Tigist Meseret Selam Hiwot Yohannes Dawit Almaz Genet
        Bereket Tewodros Kidist Liya Eyerusalem Fikirte Getachew Mulugeta Biniam Sosina Alemayehu
        Tsion Mahlet Hanna Yonas Natnael Bethlehem Rahel Samrawit Kalkidan Abenezer Mesfin"""),
    "turkish": W("""Mehmet Ahmet Mustafa Emre Burak Can Cem Deniz Elif Zeynep Ayşe Fatma Emine
        Hülya Özlem Gökhan Serkan Tuncay Selin Ebru Oğuz Barış Kerem Esra Merve Onur Tolga Volkan
        Şule Gülşen Hakan Murat İlker Sevgi Pınar Cansu Erdem"""),
    "vietnamese": W("""Minh Anh Linh Huong Thu Lan Mai Tuan Dung Hung Quang Thanh Phuong Trang
        Hoa Duc Khanh Bao Hieu Long Ngoc Thao Vy Tam Hai Huy Nhung Quynh Trung Vinh Hanh"""),
    "brazilian": W("""João Thiago Rafael Lucas Gabriel Matheus Felipe Bruno Leandro Rodrigo
        Fernanda Juliana Camila Larissa Beatriz Letícia Aline Tatiane Vanessa Gustavo Caio Renata
        Thaís Vinícius Luana Daniela Otávio Raimundo Francisca Antônia Sebastião Cleiton Jaqueline
        Priscila Wellington Adriana Marcos"""),
    "polish": W("""Krzysztof Piotr Tomasz Paweł Marcin Michał Grzegorz Łukasz Wojciech Jakub
        Katarzyna Małgorzata Agnieszka Magdalena Joanna Ewa Dorota Zofia Aleksandra Monika Bartosz
        Kamil Weronika Jadwiga Stanisław Zbigniew Mirosław Halina Bożena Krystyna Jerzy Dariusz
        Beata Urszula"""),
    "korean": W("""Min-jun Seo-yeon Ji-hoon Ji-woo Hyun-woo Soo-jin Eun-ji Jae-hyun Dong-hyun Yuna
        Ha-eun Seung-ho Min-seo Sung-min Jin Hye-jin Young-ho Da-eun Joon-young Ji-ho Seo-jun
        Chae-won Sang-woo Mi-kyung Kyung-soo"""),
    "nigerian": W("""Chinedu Ngozi Oluwaseun Adebayo Chiamaka Emeka Funmilayo Ifeanyi Obinna Nneka
        Tunde Yetunde Babajide Chukwuemeka Folake Kelechi Uchenna Adaeze Olumide Temitope Amaka
        Damilola Segun Zainab Ibrahim Aisha Blessing Godwin Chidi Nkechi Oluwakemi Femi Bukola
        Usman Hauwa Musa"""),
    "persian": W("""Dariush Farhad Reza Mehdi Arash Kourosh Babak Shirin Leila Nasrin Parisa
        Maryam Niloufar Roya Soraya Ali Hossein Azadeh Golnaz Kaveh Sina Bahar Mahsa Yasmin Behnaz
        Omid Pouya Shahram Fereshteh Ladan Kian Ramin Nazanin Payam"""),
    "mexican": W("""José Luis Carlos Jorge Alejandro Miguel Francisco Javier Guadalupe Ximena
        Sofía Valeria Mariana Alejandra Itzel Citlali Eduardo Ricardo Arturo Rosario Marisol Yolanda
        Araceli Héctor Raúl Enrique Maricela Juan_Carlos María_José Jesús Ángel Socorro Dolores
        Pedro Ramón Efraín Nayeli Xóchitl"""),
    "indonesian": W("""Budi Siti Agus Dewi Wayan Made Putu Ketut Rini Sri Joko Bambang Indah Ayu
        Eko Hendra Yudi Retno Wulan Fitri Rizky Dian Ahmad Nur Andi Kadek Komang Bayu Sari Dimas
        Galih Putri Intan Yogi Teguh"""),
    "hungarian": W("""László István Zoltán Gábor Attila Tamás Péter Balázs Zsolt Csaba Ferenc
        Katalin Erzsébet Zsuzsanna Ildikó Krisztina Anikó Eszter Réka Dóra Boglárka Levente Bence
        Ágnes Gergely Imre Márta Judit Orsolya Zsófia Dániel Botond"""),
    "greek": W("""Georgios Dimitrios Konstantinos Ioannis Nikolaos Panagiotis Vasilis Christos
        Athanasios Eleni Katerina Georgia Despina Vasiliki Athina Eirini Kalliopi Stavros Yiannis
        Spyros Theodora Anastasia Evangelos Thanasis Nikos Kostas Dimitra Chrysa Paraskevi Fotini
        Angeliki Sotiris"""),
    "south_asian": W("""Priya Rahul Anjali Vikram Arjun Deepika Sanjay Sunita Rohan Kavya Aditya
        Meera Sandeep Lakshmi Ananya Rajesh Pooja Venkat Harpreet Gurpreet Imran Farhan Nusrat
        Tahmina Ayesha Bilal"""),
    "east_asian": W("""Wei Jing Xiaoming Mei Hao Yan Lei Xin Haruto Yui Sakura Kenji Takeshi Yuki
        Hiroshi Aiko Ren Daiki Mei-Ling Chun Hua Jian Kaito Naoko Emi Sho"""),
    "arab": W("""Omar Fatima Khalid Layla Hassan Nour Tariq Amira Samir Huda Youssef Rania Karim
        Salma Mahmoud Dina"""),
    "east_african": W("""Wanjiru Achieng Njeri Wambui Kiprop Akinyi Baraka Zawadi Neema Juma Amani
        Wairimu Kibet"""),
    "euro": W("""Olena Dmytro Oksana Sergei Natalia Igor Svetlana Andriy Iñigo Pilar Montserrat
        Jordi Núria Sigrid Lars Astrid Henrik Ingrid Björn Jürgen Anke Klaus Heike Lukas Lena
        Matteo Giulia Francesca Alessandro Chiara Lorenzo Pierre Camille Mathilde Antoine Élodie
        Sven Freja Bram Sanne Joost Femke Tiago Inês Rui"""),
}

SURNAME = {
    "anglo": W("""Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Thomas Taylor
        Moore Jackson Martin Thompson White Harris Clark Lewis Robinson Walker Young Allen King
        Wright Scott Hill Green Adams Nelson Baker Hall Campbell Mitchell Carter Roberts Phillips
        Evans Turner Parker Edwards Collins Stewart Morris Cook Rogers Morgan Cooper Peterson
        Bailey Reed Howard Cox Ward Richardson Watson Brooks Wood James Bennett Gray Hughes Price
        Sanders Myers Long Ross Foster Powell Jenkins Perry Russell Bell Coleman Butler Henderson
        Barnes Fisher Simmons Patterson Hamilton Graham Reynolds Griffin Wallace West Cole Hayes
        Bryant Gibson Ellis Stevens Murray Ford Marshall Owens Harrison Woods Washington Wells
        Henry Freeman Webb Tucker Burns Crawford Olson Simpson Porter Hunter Gordon Shaw Snyder
        Mason Dixon Hunt Hicks Holmes Palmer Black Robertson Boyd Rose Stone Fox Warren Mills Rice
        Daniels Ferguson Nichols Stephens Weaver Gardner Payne Grant Dunn Spencer Hawkins Arnold
        Pierce Hart Bradley Knight Elliott Cunningham Duncan Armstrong Hudson Carroll Lane Riley
        Andrews Ray Berry Perkins Matthews Richards Willis Carpenter Lawrence Thornton Whitfield
        Ashworth Pemberton Hargreaves Blackwood Fairclough Wainwright Oakley Featherstone Pryce
        Llewellyn Jenkinson Cartwright"""),
    "irish": W("""O'Brien O'Sullivan Murphy Byrne Ryan O'Connor Walsh McCarthy Gallagher Doherty
        Kennedy Lynch Quinn Brennan Fitzgerald McGrath Donnelly Flanagan Keane Nolan Dunne Kavanagh
        O'Donoghue MacNamara Carey Moynihan"""),
    "filipino": W("""Santos Reyes Cruz Bautista Ocampo Mendoza Aquino Dela_Cruz Villanueva Magbanua
        Dimaculangan Macapagal Pangilinan Tolentino Manalo Salvador Gatchalian Lacson Dizon Soriano
        Panganiban Buenaventura Sison Evangelista Mercado Pascual Dimaano Samonte Labrador Tan"""),
    "ethiopian": W("""Tesfaye Bekele Girma Haile Alemu Mengistu Wolde Tadesse Kebede Desta
        Gebremedhin Assefa Abera Worku Negash Demissie Lemma Gebreyes Mekonnen Tilahun Gebre Hailu
        Berhane Tekle Yilma"""),
    "turkish": W("""Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan
        Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Güneş Aksoy Bulut"""),
    "vietnamese": W("""Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Trinh
        Dinh Lam Truong Cao"""),
    "brazilian": W("""Silva Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa
        Ribeiro Martins Carvalho Almeida Lopes Soares Fernandes Vieira Barbosa Rocha Dias
        Nascimento Andrade Moreira Cavalcanti Araújo Teixeira Monteiro Bezerra"""),
    "polish": W("""Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński
        Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski
        Grabowski Pawlak Michalski Zając Król Wieczorek Nowakowska Kowalska Wiśniewska Jabłoński"""),
    "korean": W("""Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn
        Song Yoo Hong Jeon Ko Moon Baek"""),
    "nigerian": W("""Okafor Adeyemi Okonkwo Eze Oladipo Nwosu Balogun Okeke Ogunleye Chukwu Obi
        Bello Abubakar Afolabi Nnamdi Okoro Adewale Uzor Nwachukwu Oyelaran Ajayi Olawale Adeleke
        Onyeka Igwe Danjuma Yusuf"""),
    "persian": W("""Hosseini Mohammadi Ahmadi Rezaei Moradi Karimi Jafari Rahimi Hashemi Tehrani
        Farahani Sadeghi Ghorbani Kazemi Shirazi Esfahani Nazari Abbasi Rostami Zand Amini Bahrami
        Tabrizi Navabi Alavi"""),
    "mexican": W("""Hernández García Martínez López González Pérez Rodríguez Sánchez Ramírez Flores
        Gómez Morales Vázquez Jiménez Torres Díaz Gutiérrez Ruiz Aguilar Ortiz Castillo Moreno
        Romero Álvarez Chávez Rivera Juárez Domínguez Cervantes Villalobos Zavala Quintero Esparza
        Salinas Guerrero Medina Herrera Castro Vargas Ramos Mejía Garcia Martinez Lopez Hernandez
        Gonzalez Perez Sanchez Ramirez Gomez Diaz Gutierrez Chavez Alvarez Jimenez Vasquez"""),
    "indonesian": W("""Santoso Wijaya Susanto Hidayat Pratama Saputra Setiawan Kusuma Gunawan
        Wibowo Halim Nugroho Suryadi Siregar Nasution Simanjuntak Hutapea Lubis Harahap Purnomo
        Sutrisno Rahmawati Kurniawan Hakim Utomo"""),
    "hungarian": W("""Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp
        Takács Juhász Lakatos Mészáros Oláh Simon Rácz Fekete Szilágyi Török Fehér Balázs
        Vörös"""),
    "greek": W("""Papadopoulos Papadakis Georgiou Nikolaidis Konstantinou Karagiannis Vlachos
        Oikonomou Dimitriou Ioannidis Makris Antonopoulos Christodoulou Pappas Alexiou Michailidis
        Angelopoulos Kyriakou Stavropoulos Theodorou Papageorgiou Galanis"""),
    "south_asian": W("""Sharma Gupta Singh Kumar Reddy Iyer Nair Chatterjee Mukherjee Desai Mehta
        Joshi Rao Patel Khan Ahmed Chowdhury Hussain Malik Bhatt Pillai Menon Kapoor Verma"""),
    "east_asian": W("""Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Tanaka Suzuki
        Takahashi Watanabe Ito Yamamoto Nakamura Kobayashi Sato Lin Guo"""),
    "arab": W("""Al-Sayed Haddad Nasser Khoury Mansour Farouk Saleh Hamdan Aziz Rahman Abdullah
        El-Amin Darwish"""),
    "east_african": W("""Kariuki Mwangi Otieno Odhiambo Njoroge Kipchoge Wanjiku Ochieng Mutua
        Kimani Omondi"""),
    "euro": W("""Shevchenko Kovalenko Bondarenko Ivanova Petrov Smirnov Müller Schneider Fischer
        Weber Becker Hoffmann Schulz Andersson Johansson Karlsson Nilsson Eriksson Larsen Jensen
        Nielsen de_Vries van_der_Berg Jansen Bakker Rossi Russo Ferrari Esposito Bianchi Romano
        Colombo Dubois Moreau Laurent Lefebvre Girard Fontaine Novák Dvořák Popescu Ionescu"""),
}
CULTURES = list(GIVEN)
CULTURE_WEIGHTS = [6 if c == "anglo" else (3 if c == "mexican" else 1) for c in CULTURES]
SURNAME_FIRST = {"hungarian", "vietnamese", "korean", "east_asian"}
ALL_GIVEN = sorted({g for v in GIVEN.values() for g in v})
ALL_SURNAMES = sorted({s for v in SURNAME.values() for s in v})
CULTURE_HOME = {
    "anglo": "GB", "irish": "IE", "filipino": "PH", "ethiopian": "ET", "turkish": "TR",
    "vietnamese": "VN", "brazilian": "BR", "polish": "PL", "korean": "KR", "nigerian": "NG",
    "persian": "IR", "mexican": "MX", "indonesian": "ID", "hungarian": "HU", "greek": "GR",
    "south_asian": "IN", "east_asian": "JP", "arab": "DE", "east_african": "KE", "euro": "FR",
}

# ---------------------------------------------------------------------------
# Places
# ---------------------------------------------------------------------------
US_CITIES = [
    ("New York", "NY", "100"), ("Brooklyn", "NY", "112"), ("Buffalo", "NY", "142"),
    ("Los Angeles", "CA", "900"), ("San Francisco", "CA", "941"), ("San Diego", "CA", "921"),
    ("Sacramento", "CA", "958"), ("Fresno", "CA", "937"), ("Oakland", "CA", "946"),
    ("Chicago", "IL", "606"), ("Springfield", "IL", "627"), ("Houston", "TX", "770"),
    ("Dallas", "TX", "752"), ("Austin", "TX", "787"), ("San Antonio", "TX", "782"),
    ("El Paso", "TX", "799"), ("Phoenix", "AZ", "850"), ("Tucson", "AZ", "857"),
    ("Philadelphia", "PA", "191"), ("Pittsburgh", "PA", "152"), ("Jacksonville", "FL", "322"),
    ("Miami", "FL", "331"), ("Orlando", "FL", "328"), ("Tampa", "FL", "336"),
    ("Columbus", "OH", "432"), ("Cleveland", "OH", "441"), ("Cincinnati", "OH", "452"),
    ("Charlotte", "NC", "282"), ("Raleigh", "NC", "276"), ("Indianapolis", "IN", "462"),
    ("Seattle", "WA", "981"), ("Spokane", "WA", "992"), ("Denver", "CO", "802"),
    ("Boulder", "CO", "803"), ("Boston", "MA", "021"), ("Worcester", "MA", "016"),
    ("Nashville", "TN", "372"), ("Memphis", "TN", "381"), ("Detroit", "MI", "482"),
    ("Grand Rapids", "MI", "495"), ("Portland", "OR", "972"), ("Eugene", "OR", "974"),
    ("Las Vegas", "NV", "891"), ("Reno", "NV", "895"), ("Louisville", "KY", "402"),
    ("Baltimore", "MD", "212"), ("Milwaukee", "WI", "532"), ("Madison", "WI", "537"),
    ("Albuquerque", "NM", "871"), ("Atlanta", "GA", "303"), ("Savannah", "GA", "314"),
    ("Kansas City", "MO", "641"), ("St. Louis", "MO", "631"), ("Omaha", "NE", "681"),
    ("Minneapolis", "MN", "554"), ("New Orleans", "LA", "701"), ("Honolulu", "HI", "968"),
    ("Anchorage", "AK", "995"), ("Salt Lake City", "UT", "841"), ("Boise", "ID", "837"),
    ("Des Moines", "IA", "503"), ("Providence", "RI", "029"), ("Hartford", "CT", "061"),
    ("Newark", "NJ", "071"), ("Jersey City", "NJ", "073"), ("Richmond", "VA", "232"),
    ("Norfolk", "VA", "235"), ("Birmingham", "AL", "352"), ("Little Rock", "AR", "722"),
    ("Tulsa", "OK", "741"), ("Wichita", "KS", "672"), ("Burlington", "VT", "054"),
    ("Portland", "ME", "041"), ("Charleston", "SC", "294"), ("Fargo", "ND", "581"),
    ("Sioux Falls", "SD", "571"), ("Cheyenne", "WY", "820"), ("Billings", "MT", "591"),
    ("Jackson", "MS", "392"), ("Charleston", "WV", "253"), ("Wilmington", "DE", "198"),
    ("Manchester", "NH", "031"), ("Washington", "DC", "200"), ("Yonkers", "NY", "107"),
    ("Aurora", "CO", "800"), ("Santa Fe", "NM", "875"), ("Lubbock", "TX", "794"),
]
US_STATES = W("""Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida
    Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland
    Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada New_Hampshire
    New_Jersey New_Mexico New_York North_Carolina North_Dakota Ohio Oklahoma Oregon Pennsylvania
    Rhode_Island South_Carolina South_Dakota Tennessee Texas Utah Vermont Virginia Washington
    West_Virginia Wisconsin Wyoming""")
COUNTRIES = W("""United_States Canada Mexico Brazil Argentina Chile Colombia Peru United_Kingdom
    Ireland France Germany Spain Portugal Italy Netherlands Belgium Switzerland Austria Poland
    Hungary Greece Turkey Czech_Republic Romania Ukraine Sweden Norway Denmark Finland Nigeria
    Ethiopia Kenya Ghana Egypt Morocco South_Africa Iran India Pakistan Bangladesh Vietnam
    Philippines Indonesia Malaysia Thailand South_Korea Japan China Australia New_Zealand
    United_Arab_Emirates Saudi_Arabia Qatar Uganda Tanzania Senegal Sri_Lanka Nepal""")
REGIONS = W("""Bavaria Catalonia Andalusia Lombardy Tuscany Mindanao Luzon Visayas Bali Java
    Sumatra Anatolia Crete Punjab Kerala Queensland Scotland Wales Yucatán Jalisco Oaxaca
    Minas_Gerais Bahia Lagos_State Oromia Amhara Gyeonggi_Province Transylvania Silesia
    Masovia Ontario British_Columbia Quebec Patagonia Provence Brittany Flanders Tyrol
    Gilan Khuzestan Kwazulu-Natal""")
EXTRA_CITIES = [
    ("Madrid", "Spain"), ("Barcelona", "Spain"), ("Seville", "Spain"), ("Valencia", "Spain"),
    ("Bilbao", "Spain"), ("Rome", "Italy"), ("Milan", "Italy"), ("Naples", "Italy"),
    ("Turin", "Italy"), ("Florence", "Italy"), ("Bologna", "Italy"), ("Amsterdam", "Netherlands"),
    ("Rotterdam", "Netherlands"), ("Utrecht", "Netherlands"), ("The Hague", "Netherlands"),
    ("Lisbon", "Portugal"), ("Porto", "Portugal"), ("Vienna", "Austria"), ("Zurich", "Switzerland"),
    ("Geneva", "Switzerland"), ("Brussels", "Belgium"), ("Antwerp", "Belgium"),
    ("Copenhagen", "Denmark"), ("Stockholm", "Sweden"), ("Gothenburg", "Sweden"), ("Oslo", "Norway"),
    ("Bergen", "Norway"), ("Helsinki", "Finland"), ("Prague", "Czech Republic"), ("Brno", "Czech Republic"),
    ("Bucharest", "Romania"), ("Cluj-Napoca", "Romania"), ("Sofia", "Bulgaria"), ("Belgrade", "Serbia"),
    ("Zagreb", "Croatia"), ("Split", "Croatia"), ("Kyiv", "Ukraine"), ("Lviv", "Ukraine"),
    ("Odesa", "Ukraine"), ("Cairo", "Egypt"), ("Alexandria", "Egypt"), ("Casablanca", "Morocco"),
    ("Marrakesh", "Morocco"), ("Accra", "Ghana"), ("Kumasi", "Ghana"), ("Kampala", "Uganda"),
    ("Dar es Salaam", "Tanzania"), ("Dakar", "Senegal"), ("Johannesburg", "South Africa"),
    ("Cape Town", "South Africa"), ("Durban", "South Africa"), ("Dubai", "UAE"), ("Abu Dhabi", "UAE"),
    ("Doha", "Qatar"), ("Riyadh", "Saudi Arabia"), ("Jeddah", "Saudi Arabia"), ("Amman", "Jordan"),
    ("Beirut", "Lebanon"), ("Karachi", "Pakistan"), ("Lahore", "Pakistan"), ("Dhaka", "Bangladesh"),
    ("Chittagong", "Bangladesh"), ("Kathmandu", "Nepal"), ("Colombo", "Sri Lanka"),
    ("Bangkok", "Thailand"), ("Chiang Mai", "Thailand"), ("Kuala Lumpur", "Malaysia"),
    ("Penang", "Malaysia"), ("Singapore", "Singapore"), ("Hong Kong", "China"), ("Taipei", "Taiwan"),
    ("Shanghai", "China"), ("Beijing", "China"), ("Shenzhen", "China"), ("Chengdu", "China"),
    ("Auckland", "New Zealand"), ("Wellington", "New Zealand"), ("Christchurch", "New Zealand"),
    ("Buenos Aires", "Argentina"), ("Córdoba", "Argentina"), ("Santiago", "Chile"),
    ("Valparaíso", "Chile"), ("Lima", "Peru"), ("Cusco", "Peru"), ("Bogotá", "Colombia"),
    ("Medellín", "Colombia"), ("Cali", "Colombia"), ("Quito", "Ecuador"), ("Guayaquil", "Ecuador"),
    ("Montevideo", "Uruguay"), ("Havana", "Cuba"), ("San Juan", "Puerto Rico"), ("Kingston", "Jamaica"),
    ("Port of Spain", "Trinidad and Tobago"), ("Reykjavík", "Iceland"), ("Tallinn", "Estonia"),
    ("Riga", "Latvia"), ("Vilnius", "Lithuania"), ("Tbilisi", "Georgia"), ("Yerevan", "Armenia"),
    ("Baku", "Azerbaijan"), ("Almaty", "Kazakhstan"), ("Tashkent", "Uzbekistan"),
]

CC_NAME = {
    "US": "United States", "GB": "United Kingdom", "IE": "Ireland", "PH": "Philippines",
    "ET": "Ethiopia", "TR": "Turkey", "VN": "Vietnam", "BR": "Brazil", "PL": "Poland",
    "KR": "South Korea", "NG": "Nigeria", "IR": "Iran", "MX": "Mexico", "ID": "Indonesia",
    "HU": "Hungary", "GR": "Greece", "DE": "Germany", "FR": "France", "CA": "Canada",
    "AU": "Australia", "IN": "India", "JP": "Japan", "KE": "Kenya",
}

US_STREETS = W("""Maple Oak Cedar Pine Elm Washington Lincoln Jefferson Main Park Lakeview Sunset
    Highland Ridge Willow Chestnut Walnut Spruce Hickory Magnolia Dogwood Sycamore Birch Aspen
    Juniper Mill River Church Spring Hillcrest Meadow Forest Prospect Franklin Madison Adams
    Jackson Monroe Grant Cherry Peachtree Bayshore Harbor Canyon Mesa Vista Orchard Poplar Laurel
    Cypress Sequoia Redwood Heritage Colonial Liberty Union Center Market Broad Water Bridge
    Valley Ivy Rosewood Briarwood Foxglove Quail_Run Deer_Creek Stonebrook Amberwood Old_Mill
    Kingsley Wexford Tamarack Hawthorne MLK_Jr Cesar_Chavez""")
US_SUFFIX = W("St Street Ave Avenue Blvd Rd Road Dr Drive Ln Lane Ct Way Pl Ter Pkwy Cir Trl")
UK_CITIES = [("London", "SW"), ("London", "E"), ("London", "N"), ("London", "NW"), ("London", "SE"),
             ("Manchester", "M"), ("Birmingham", "B"), ("Leeds", "LS"), ("Glasgow", "G"),
             ("Edinburgh", "EH"), ("Bristol", "BS"), ("Liverpool", "L"), ("Cardiff", "CF"),
             ("Belfast", "BT"), ("Sheffield", "S"), ("Newcastle upon Tyne", "NE"),
             ("Nottingham", "NG"), ("Leicester", "LE"), ("Brighton", "BN"), ("Oxford", "OX"),
             ("Cambridge", "CB"), ("York", "YO"), ("Aberdeen", "AB"), ("Swansea", "SA"),
             ("Norwich", "NR"), ("Coventry", "CV"), ("Southampton", "SO"), ("Plymouth", "PL"),
             ("Exeter", "EX"), ("Bath", "BA")]
UK_STREETS = W("""Albert Victoria Church Station Park Mill High Queen's King's Manor Windsor Grange
    Chester Beech Holly Rowan Hazel Abbey Priory Meadow Orchard Clarence Stanley Lansdowne""")
UK_SUFFIX = W("Road Street Lane Close Avenue Gardens Crescent Drive Terrace Grove Way Place Mews")
IE_CITIES = [("Dublin", "D02"), ("Dublin", "D04"), ("Dublin", "D06"), ("Dublin", "D08"),
             ("Cork", "T12"), ("Cork", "T23"), ("Galway", "H91"), ("Limerick", "V94"),
             ("Waterford", "X91"), ("Kilkenny", "R95"), ("Sligo", "F91"), ("Athlone", "N37")]
IE_STREETS = W("""Grafton_Street Dame_Street Main_Street Patrick_Street Shop_Street O'Connell_Street
    Bridge_Street Church_Road Strand_Road Castle_Street Mary_Street Barrack_Street""")
DE_CITIES = [("Berlin", "10"), ("Hamburg", "20"), ("München", "80"), ("Köln", "50"),
             ("Frankfurt am Main", "60"), ("Stuttgart", "70"), ("Düsseldorf", "40"),
             ("Leipzig", "04"), ("Dresden", "01"), ("Hannover", "30"), ("Nürnberg", "90"),
             ("Bremen", "28")]
DE_STREETS = W("""Hauptstraße Bahnhofstraße Schillerstraße Goethestraße Gartenstraße Lindenstraße
    Berliner_Straße Kirchstraße Schulstraße Waldweg Am_Markt Friedrichstraße Bergstraße Rosenweg
    Mozartstraße Kastanienallee Sonnenallee Wilhelmstraße""")
FR_CITIES = [("Paris", "750"), ("Lyon", "6900"), ("Marseille", "130"), ("Toulouse", "310"),
             ("Nice", "060"), ("Nantes", "440"), ("Bordeaux", "330"), ("Lille", "590"),
             ("Strasbourg", "670"), ("Montpellier", "340"), ("Rennes", "350")]
FR_STREETS = ["rue de la Paix", "avenue Victor Hugo", "boulevard Voltaire",
              "rue du Faubourg Saint-Antoine", "rue de Rivoli", "avenue Jean Jaurès",
              "rue des Lilas", "place Bellecour", "rue Nationale", "cours Mirabeau",
              "rue Sainte-Catherine", "quai des Chartrons", "rue Oberkampf"]
BR_CITIES = [("São Paulo", "SP", "01"), ("Rio de Janeiro", "RJ", "22"), ("Belo Horizonte", "MG", "30"),
             ("Salvador", "BA", "40"), ("Recife", "PE", "50"), ("Fortaleza", "CE", "60"),
             ("Curitiba", "PR", "80"), ("Porto Alegre", "RS", "90"), ("Manaus", "AM", "69"),
             ("Brasília", "DF", "70"), ("Florianópolis", "SC", "88"), ("Campinas", "SP", "13")]
BR_STREETS = ["Rua das Flores", "Avenida Paulista", "Rua Augusta", "Rua XV de Novembro",
              "Avenida Atlântica", "Rua da Consolação", "Rua Oscar Freire", "Avenida Sete de Setembro",
              "Rua Padre Chagas", "Rua Barão de Jaguara", "Avenida Afonso Pena", "Rua Chile"]
BR_BAIRROS = W("Centro Jardins Copacabana Savassi Boa_Viagem Moinhos_de_Vento Batel Meireles Pinheiros Botafogo Tijuca Barra")
PH_CITIES = [("Makati City", "1209"), ("Quezon City", "1108"), ("Manila", "1004"), ("Pasig City", "1600"),
             ("Taguig", "1630"), ("Cebu City", "6000"), ("Davao City", "8000"), ("Iloilo City", "5000"),
             ("Baguio", "2600"), ("Cagayan de Oro", "9000"), ("Bacolod", "6100"), ("Zamboanga City", "7000")]
PH_STREETS = W("""Mabini Rizal Bonifacio Aguinaldo Luna Del_Pilar Katipunan Burgos Quezon Magsaysay
    Osmeña Roxas Recto Taft Kalaw Sampaguita Ilang-Ilang Narra Molave""")
PH_BRGY = W("San_Antonio Poblacion Bel-Air Kapitolyo Loyola_Heights Malate Lahug Mabolo Talamban Buhangin Matina San_Isidro Santo_Niño")
PL_CITIES = [("Warszawa", "00"), ("Kraków", "30"), ("Łódź", "90"), ("Wrocław", "50"), ("Poznań", "60"),
             ("Gdańsk", "80"), ("Szczecin", "70"), ("Lublin", "20"), ("Katowice", "40"), ("Białystok", "15")]
PL_STREETS = W("""Marszałkowska Długa Piotrkowska Floriańska Mickiewicza Słowackiego Kościuszki Polna
    Ogrodowa Lipowa Kwiatowa Szkolna Leśna Sienkiewicza Żeromskiego Grunwaldzka""")
TR_CITIES = [("İstanbul", "34", "Kadıköy"), ("İstanbul", "34", "Beşiktaş"), ("Ankara", "06", "Çankaya"),
             ("İzmir", "35", "Konak"), ("Bursa", "16", "Nilüfer"), ("Antalya", "07", "Muratpaşa"),
             ("Adana", "01", "Seyhan"), ("Konya", "42", "Selçuklu"), ("Gaziantep", "27", "Şahinbey"),
             ("Eskişehir", "26", "Tepebaşı"), ("Trabzon", "61", "Ortahisar")]
TR_STREETS = W("Atatürk İstiklal Bağdat Cumhuriyet Gazi Fevzi_Çakmak İnönü Barbaros Menderes Kennedy")
TR_MAH = W("Caferağa Moda Kızılay Alsancak Bahçelievler Kocatepe Yenişehir Göztepe Esentepe Fenerbahçe")
VN_CITIES = [("Hà Nội", "Hoàn Kiếm"), ("TP. Hồ Chí Minh", "Quận 1"), ("TP. Hồ Chí Minh", "Quận 3"),
             ("Đà Nẵng", "Hải Châu"), ("Hải Phòng", "Ngô Quyền"), ("Cần Thơ", "Ninh Kiều"),
             ("Huế", "Phú Hội"), ("Nha Trang", "Lộc Thọ")]
VN_STREETS = ["Lê Lợi", "Nguyễn Huệ", "Trần Hưng Đạo", "Hai Bà Trưng", "Lý Thường Kiệt",
              "Điện Biên Phủ", "Pasteur", "Nguyễn Trãi", "Lê Duẩn", "Bạch Đằng"]
KR_CITIES = [("Seoul", "Gangnam-gu"), ("Seoul", "Mapo-gu"), ("Seoul", "Jongno-gu"), ("Busan", "Haeundae-gu"),
             ("Incheon", "Yeonsu-gu"), ("Daegu", "Suseong-gu"), ("Daejeon", "Yuseong-gu"),
             ("Gwangju", "Seo-gu"), ("Suwon", "Yeongtong-gu"), ("Ulsan", "Nam-gu")]
KR_ROADS = W("Teheran-ro Sejong-daero Gangnam-daero Olympic-ro Haeundae-ro Jungang-daero Dongil-ro Hakdong-ro Dosan-daero Eulji-ro")
NG_CITIES = [("Lagos", "Victoria Island"), ("Lagos", "Ikoyi"), ("Lagos", "Ikeja"), ("Lagos", "Lekki Phase 1"),
             ("Abuja", "Wuse II"), ("Abuja", "Garki"), ("Ibadan", "Bodija"), ("Port Harcourt", "GRA Phase 2"),
             ("Enugu", "Independence Layout"), ("Kano", "Nassarawa GRA"), ("Benin City", "GRA")]
NG_STREETS = ["Adeola Odeku Street", "Awolowo Road", "Allen Avenue", "Admiralty Way",
              "Herbert Macaulay Way", "Ahmadu Bello Way", "Aminu Kano Crescent", "Ogui Road",
              "Aba Road", "Ring Road", "Isaac John Street", "Opebi Road"]
ET_CITIES = [("Addis Ababa", "Bole"), ("Addis Ababa", "Kirkos"), ("Addis Ababa", "Yeka"),
             ("Addis Ababa", "Arada"), ("Dire Dawa", "Kezira"), ("Bahir Dar", "Belay Zeleke"),
             ("Hawassa", "Tabor"), ("Mekelle", "Hawelti"), ("Gondar", "Piassa"), ("Adama", "Bole")]
IR_CITIES = ["Tehran", "Isfahan", "Shiraz", "Tabriz", "Mashhad", "Karaj", "Rasht", "Kerman", "Yazd", "Qom"]
IR_STREETS = ["Valiasr", "Enghelab", "Azadi", "Shariati", "Motahari", "Beheshti", "Fatemi",
              "Keshavarz", "Mirdamad", "Chamran"]
MX_CITIES = [("Ciudad de México", "CDMX", "0"), ("Guadalajara", "Jal.", "44"), ("Monterrey", "N.L.", "64"),
             ("Puebla", "Pue.", "72"), ("Tijuana", "B.C.", "22"), ("León", "Gto.", "37"),
             ("Mérida", "Yuc.", "97"), ("Querétaro", "Qro.", "76"), ("Oaxaca de Juárez", "Oax.", "68"),
             ("Cancún", "Q.R.", "77")]
MX_STREETS = ["Av. Insurgentes Sur", "Calle Madero", "Av. Reforma", "Calle Hidalgo", "Av. Juárez",
              "Calle Morelos", "Av. Revolución", "Calle 60", "Av. Vallarta", "Calle Allende",
              "Av. Constitución", "Calle Zaragoza"]
MX_COL = W("Roma_Norte Condesa Del_Valle Polanco Centro Americana Chapultepec San_Pedro Providencia Narvarte")
ID_CITIES = [("Jakarta Pusat", "10"), ("Jakarta Selatan", "12"), ("Surabaya", "60"), ("Bandung", "40"),
             ("Medan", "20"), ("Semarang", "50"), ("Yogyakarta", "55"), ("Denpasar", "80"),
             ("Makassar", "90"), ("Malang", "65")]
ID_STREETS = ["Jl. Jend. Sudirman", "Jl. M.H. Thamrin", "Jl. Gatot Subroto", "Jl. Diponegoro",
              "Jl. Gajah Mada", "Jl. Hayam Wuruk", "Jl. Merdeka", "Jl. Pemuda", "Jl. Asia Afrika",
              "Jl. Malioboro", "Jl. Raya Kuta", "Jl. Ir. H. Juanda"]
ID_KEL = W("Menteng Kebayoran_Baru Gubeng Coblong Petisah Candisari Gondokusuman Sanur Panakkukang Klojen")
HU_CITIES = [("Budapest", "1"), ("Debrecen", "40"), ("Szeged", "67"), ("Miskolc", "35"), ("Pécs", "76"),
             ("Győr", "90"), ("Nyíregyháza", "44"), ("Kecskemét", "60")]
HU_STREETS = ["Andrássy út", "Váci utca", "Rákóczi út", "Kossuth Lajos utca", "Petőfi Sándor utca",
              "Bajcsy-Zsilinszky út", "Dózsa György út", "Király utca", "Béke utca", "Fő utca"]
GR_CITIES = [("Athens", "10"), ("Athens", "11"), ("Thessaloniki", "54"), ("Patras", "26"),
             ("Heraklion", "71"), ("Larissa", "41"), ("Volos", "38"), ("Ioannina", "45"), ("Chania", "73")]
GR_STREETS = ["Ermou", "Stadiou", "Panepistimiou", "Akadimias", "Tsimiski", "Egnatia",
              "Vasilissis Sofias", "Kifisias", "Patision", "Agiou Nikolaou"]
CA_CITIES = [("Toronto", "ON", "M"), ("Vancouver", "BC", "V"), ("Montréal", "QC", "H"), ("Calgary", "AB", "T"),
             ("Edmonton", "AB", "T"), ("Ottawa", "ON", "K"), ("Winnipeg", "MB", "R"), ("Halifax", "NS", "B"),
             ("Québec City", "QC", "G"), ("Victoria", "BC", "V"), ("Saskatoon", "SK", "S"), ("Hamilton", "ON", "L")]
CA_AREA = ["416", "647", "604", "778", "514", "438", "403", "587", "780", "613", "204", "902", "418", "250", "306", "905"]
AU_CITIES = [("Sydney", "NSW", "2"), ("Melbourne", "VIC", "3"), ("Brisbane", "QLD", "4"), ("Perth", "WA", "6"),
             ("Adelaide", "SA", "5"), ("Hobart", "TAS", "7"), ("Canberra", "ACT", "26"), ("Darwin", "NT", "08"),
             ("Gold Coast", "QLD", "42"), ("Newcastle", "NSW", "23")]
IN_CITIES = [("Mumbai", "Maharashtra", "400"), ("New Delhi", "Delhi", "110"), ("Bengaluru", "Karnataka", "560"),
             ("Chennai", "Tamil Nadu", "600"), ("Hyderabad", "Telangana", "500"), ("Kolkata", "West Bengal", "700"),
             ("Pune", "Maharashtra", "411"), ("Ahmedabad", "Gujarat", "380"), ("Jaipur", "Rajasthan", "302"),
             ("Kochi", "Kerala", "682")]
IN_BLDG = W("Sai_Krupa_Apartments Green_Valley_Residency Shanti_Niketan Lotus_Towers Prestige_Lakeside Sunrise_Enclave")
IN_ROADS = ["MG Road", "Linking Road", "Anna Salai", "Park Street", "FC Road", "Brigade Road", "SV Road", "Ring Road"]
IN_AREAS = W("Bandra_West Koramangala Adyar Banjara_Hills Salt_Lake Kothrud Navrangpura Malviya_Nagar Indiranagar Andheri_East")
JP_CITIES = [("Tokyo", "Shibuya-ku", "150"), ("Tokyo", "Shinjuku-ku", "160"), ("Tokyo", "Minato-ku", "105"),
             ("Osaka", "Kita-ku", "530"), ("Kyoto", "Sakyo-ku", "606"), ("Yokohama", "Naka-ku", "231"),
             ("Sapporo", "Chuo-ku", "060"), ("Fukuoka", "Hakata-ku", "812"), ("Nagoya", "Naka-ku", "460"),
             ("Kobe", "Chuo-ku", "650")]
JP_AREAS = W("Jingumae Nishi-Shinjuku Roppongi Umeda Shimogamo Yamashita-cho Odori-nishi Hakata-ekimae Sakae Sannomiya")
KE_CITIES = [("Nairobi", "Kenyatta Avenue"), ("Nairobi", "Moi Avenue"), ("Nairobi", "Ngong Road"),
             ("Nairobi", "Waiyaki Way"), ("Mombasa", "Nyerere Avenue"), ("Mombasa", "Digo Road"),
             ("Kisumu", "Oginga Odinga Street"), ("Nakuru", "Kenyatta Avenue"), ("Eldoret", "Uganda Road")]
KE_BLDG = W("Anniversary_Towers Lonrho_House Kimathi_House Westgate_Plaza Mega_Plaza Nyali_Centre")

# international city -> country pairs (used for LOCATION mentions)
INTL_CITY_COUNTRY = (
    [(c, "United Kingdom") for c, _ in UK_CITIES] + [(c, "Ireland") for c, _ in IE_CITIES]
    + [(c, "Germany") for c, _ in DE_CITIES] + [(c, "France") for c, _ in FR_CITIES]
    + [(c, "Brazil") for c, _, _ in BR_CITIES] + [(c, "Philippines") for c, _ in PH_CITIES]
    + [(c, "Poland") for c, _ in PL_CITIES] + [(c, "Turkey") for c, _, _ in TR_CITIES]
    + [("Hanoi", "Vietnam"), ("Ho Chi Minh City", "Vietnam"), ("Da Nang", "Vietnam"), ("Hue", "Vietnam"),
       ("Haiphong", "Vietnam"), ("Can Tho", "Vietnam")]
    + [(c, "South Korea") for c, _ in KR_CITIES] + [(c, "Nigeria") for c, _ in NG_CITIES]
    + [(c, "Ethiopia") for c, _ in ET_CITIES] + [(c, "Iran") for c in IR_CITIES]
    + [(c, "Mexico") for c, _, _ in MX_CITIES] + [(c, "Indonesia") for c, _ in ID_CITIES]
    + [(c, "Hungary") for c, _ in HU_CITIES] + [(c, "Greece") for c, _ in GR_CITIES]
    + [(c, "Canada") for c, _, _ in CA_CITIES] + [(c, "Australia") for c, _, _ in AU_CITIES]
    + [(c, "India") for c, _, _ in IN_CITIES] + [(c, "Japan") for c, _, _ in JP_CITIES]
    + [(c, "Kenya") for c, _ in KE_CITIES] + EXTRA_CITIES
)
INTL_CITY_COUNTRY = sorted(set(INTL_CITY_COUNTRY))
ALL_LOCATIONS = sorted({c for c, _ in INTL_CITY_COUNTRY} | {c for c, _, _ in US_CITIES}
                       | set(US_STATES) | set(COUNTRIES) | set(REGIONS))

US_AREA_CODES = [int(x) for x in """201 202 203 205 206 207 208 209 210 212 213 214 215 216 217 218
    219 224 225 228 229 231 234 239 240 248 251 252 253 254 256 260 262 267 269 270 272 276 281 301
    302 303 304 305 307 308 309 310 312 313 314 315 316 317 318 319 320 321 323 325 330 331 334 336
    337 339 346 347 351 352 360 361 385 386 401 402 404 405 406 407 408 409 410 412 413 414 415 417
    419 423 424 425 430 432 434 435 440 442 443 458 469 470 475 478 479 480 484 501 502 503 504 505
    507 508 509 510 512 513 515 516 517 518 520 530 531 534 539 540 541 551 559 561 562 563 567 570
    571 573 574 575 580 585 586 601 602 603 605 606 607 608 609 610 612 614 615 616 617 618 619 620
    623 626 628 629 630 631 636 641 646 650 651 657 660 661 662 667 669 678 681 682 701 702 703 704
    706 707 708 712 713 714 715 716 717 718 719 720 724 725 727 731 732 734 737 740 747 754 757 760
    762 763 765 769 770 772 773 774 775 779 781 785 786 801 802 803 804 805 806 808 810 812 813 814
    815 816 817 818 828 830 831 832 843 845 847 848 850 856 857 858 859 860 862 863 864 865 870 872
    878 901 903 904 906 907 908 909 910 912 913 914 915 916 917 918 919 920 925 928 929 931 936 937
    938 940 941 947 949 951 952 954 956 959 970 971 972 973 978 979 980 984 985 989""".split()]
NANP_AREA = set(US_AREA_CODES) | {int(x) for x in CA_AREA}

# ---------------------------------------------------------------------------
# Low-level value generators
# ---------------------------------------------------------------------------
DIG = "0123456789"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOW = "abcdefghijklmnopqrstuvwxyz"
ALNUM = UP + LOW + DIG
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
_FOLD = {"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "đ": "d",
         "Đ": "D", "æ": "ae", "œ": "oe"}


def fold(s):
    s = "".join(_FOLD.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def slug(s):
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


def rd(r, n, alphabet=DIG):
    return "".join(r.choice(alphabet) for _ in range(n))


def rnz(r, n):
    return r.choice("123456789") + rd(r, n - 1)


def luhn_checksum_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, dgt in enumerate(reversed(ds)):
        if i % 2 == 1:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        tot += dgt
    return tot % 10 == 0


def luhn_complete(body):
    for c in DIG:
        if luhn_checksum_ok(body + c):
            return body + c
    raise AssertionError


def card_digits(r):
    kind = r.choice(["visa", "visa", "visa", "mc", "mc", "mc2", "amex", "amex", "disc"])
    if kind == "visa":
        pre, ln = "4", 16
    elif kind == "mc":
        pre, ln = str(r.randint(51, 55)), 16
    elif kind == "mc2":
        pre, ln = str(r.randint(2221, 2720)), 16
    elif kind == "amex":
        pre, ln = r.choice(["34", "37"]), 15
    else:
        pre, ln = r.choice(["6011", "65", "644"]), 16
    return luhn_complete(pre + rd(r, ln - len(pre) - 1))


def group_card(r, ds, sep=None):
    if sep is None:
        sep = r.choice([" ", " ", "-", ""])
    if len(ds) == 15:
        parts = [ds[:4], ds[4:10], ds[10:]]
    else:
        parts = [ds[i:i + 4] for i in range(0, len(ds), 4)]
    return sep.join(parts)


def card_valid(v):
    ds = re.sub(r"[ -]", "", v)
    if not ds.isdigit() or not (13 <= len(ds) <= 19) or not luhn_checksum_ok(ds):
        return False
    if ds[0] == "4":
        return True
    if ds[:2] in ("34", "37"):
        return len(ds) == 15
    if 51 <= int(ds[:2]) <= 55 or 2221 <= int(ds[:4]) <= 2720:
        return True
    if ds.startswith("6011") or ds.startswith("65") or 644 <= int(ds[:3]) <= 649:
        return True
    return False


def bad_card(r):
    ds = card_digits(r)
    last = (int(ds[-1]) + r.randint(1, 9)) % 10
    ds = ds[:-1] + str(last)
    assert not luhn_checksum_ok(ds)
    return group_card(r, ds)


IBAN_FMT = {
    "DE": "18n", "GB": "4a14n", "FR": "10n11c2n", "ES": "20n", "IT": "1a10n12c", "NL": "4a10n",
    "PL": "24n", "TR": "6n16c", "BR": "23n1a1c", "HU": "24n", "GR": "7n16c", "IE": "4a14n",
    "BE": "12n", "CH": "5n12c", "PT": "21n", "AT": "16n",
}


def _iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def make_iban(r, cc=None, grouped=None):
    cc = cc or r.choice(list(IBAN_FMT))
    bban = ""
    for n, kind in re.findall(r"(\d+)([anc])", IBAN_FMT[cc]):
        alpha = {"a": UP, "n": DIG, "c": UP + DIG}[kind]
        bban += rd(r, int(n), alpha)
    chk = 98 - _iban_num(bban + cc + "00") % 97
    iban = f"{cc}{chk:02d}{bban}"
    if grouped is None:
        grouped = r.random() < 0.5
    if grouped:
        iban = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban


def iban_valid(v):
    s = v.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def make_ssn(r):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    g, s = r.randint(1, 99), r.randint(1, 9999)
    sep = r.choice(["-", "-", "-", "-", " ", ""])
    return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"


def ssn_valid(v):
    m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", v)
    if not m:
        return False
    a, g, s = int(m.group(1)), int(m.group(3)), int(m.group(4))
    return 1 <= a <= 899 and a != 666 and g >= 1 and s >= 1


def bad_ssn(r):
    k = r.randint(0, 4)
    g, s = r.randint(1, 99), r.randint(1, 9999)
    if k == 0:
        return f"000-{g:02d}-{s:04d}"
    if k == 1:
        return f"666-{g:02d}-{s:04d}"
    if k == 2:
        return f"{r.randint(900, 999)}-{g:02d}-{s:04d}"
    if k == 3:
        return f"{r.randint(100, 665):03d}-00-{s:04d}"
    return f"{r.randint(100, 665):03d}-{g:02d}-0000"


def us_phone_parts(r, area=None):
    a = area or r.choice(US_AREA_CODES)
    while True:
        ex = r.randint(200, 999)
        if ex % 100 != 11:
            break
    return str(a), str(ex), rd(r, 4)


def fmt_us_phone(r, a, e, l, intl=False):
    if intl:
        return r.choice([f"+1 {a} {e} {l}", f"+1-{a}-{e}-{l}", f"+1{a}{e}{l}", f"+1 ({a}) {e}-{l}"])
    return r.choice([f"({a}) {e}-{l}", f"({a}) {e}-{l}", f"{a}-{e}-{l}", f"{a}-{e}-{l}", f"{a}.{e}.{l}",
                     f"{a} {e} {l}", f"{a}{e}{l}", f"1-{a}-{e}-{l}", f"+1 {a}-{e}-{l}", f"({a}){e}-{l}"])


def intl_phone(r, cc):
    x = lambda n: rd(r, n)
    f = {
        "GB": lambda: r.choice([f"+44 7{x(3)} {x(6)}", f"+44 20 {r.choice('378')}{x(3)} {x(4)}", f"+44 161 {x(3)} {x(4)}"]),
        "IE": lambda: r.choice([f"+353 8{r.choice('3567')} {x(3)} {x(4)}", f"+353 1 {x(3)} {x(4)}"]),
        "PH": lambda: f"+63 9{x(2)} {x(3)} {x(4)}",
        "ET": lambda: f"+251 9{x(1)} {x(3)} {x(4)}",
        "TR": lambda: f"+90 5{x(2)} {x(3)} {x(2)} {x(2)}",
        "VN": lambda: r.choice([f"+84 9{x(1)} {x(3)} {x(2)} {x(2)}", f"+84 9{x(2)} {x(3)} {x(3)}"]),
        "BR": lambda: f"+55 {r.choice(['11', '21', '31', '41', '51', '61', '71', '81', '85'])} 9{x(4)}-{x(4)}",
        "PL": lambda: f"+48 {r.choice('5678')}{x(2)} {x(3)} {x(3)}",
        "KR": lambda: f"+82 10-{rnz(r, 4)}-{x(4)}",
        "NG": lambda: f"+234 {r.choice(['803', '806', '813', '816', '703', '706', '805', '807', '809', '810'])} {x(3)} {x(4)}",
        "IR": lambda: f"+98 9{x(2)} {x(3)} {x(4)}",
        "MX": lambda: f"+52 {r.choice(['55', '33', '81', '222', '664'])} {x(4)} {x(4)}",
        "ID": lambda: f"+62 8{x(2)}-{x(4)}-{x(4)}",
        "HU": lambda: f"+36 {r.choice(['20', '30', '70'])} {x(3)} {x(4)}",
        "GR": lambda: f"+30 69{x(1)} {x(3)} {x(4)}",
        "DE": lambda: f"+49 1{r.choice('567')}{x(1)} {x(8)}",
        "FR": lambda: f"+33 {r.choice('67')} {x(2)} {x(2)} {x(2)} {x(2)}",
        "AU": lambda: f"+61 4{x(2)} {x(3)} {x(3)}",
        "IN": lambda: f"+91 {r.choice('6789')}{x(4)} {x(5)}",
        "JP": lambda: f"+81 {r.choice(['90', '80', '70'])}-{x(4)}-{x(4)}",
        "KE": lambda: f"+254 7{x(2)} {x(3)} {x(3)}",
    }
    if cc in ("US", "CA"):
        a = r.choice(CA_AREA) if cc == "CA" else None
        return fmt_us_phone(r, *us_phone_parts(r, a), intl=True)
    s = f[cc]()
    if r.random() < 0.15:
        s = re.sub(r"[ -]", "", s)
    return s


def phone_valid(v):
    ds = re.sub(r"\D", "", v)
    if v.startswith("+") and not v.startswith("+1"):
        return 10 <= len(ds) <= 15
    if ds.startswith("1") and len(ds) == 11:
        ds = ds[1:]
    if len(ds) != 10:
        return False
    return int(ds[:3]) in NANP_AREA and ds[3] in "23456789"


def make_address(r, cc, ml=False):
    """Return a street address; ml -> multi-line block."""
    nl = "\n" if ml else ", "
    n = r.randint(1, 9999)
    if cc == "US":
        city, st, z3 = r.choice(US_CITIES)
        street = f"{n} {r.choice(['', '', '', 'N ', 'S ', 'E ', 'W ', 'NW '])}{r.choice(US_STREETS)} {r.choice(US_SUFFIX)}"
        unit = r.choice(["", "", "", f" Apt {r.randint(1, 40)}{r.choice(['', 'A', 'B', 'C'])}", f", Apt. {r.randint(1, 999)}",
                         f" #{r.randint(100, 999)}", f", Suite {r.randint(100, 990)}", f" Unit {r.choice('ABCDEF')}"])
        z = z3 + rd(r, 2) + (f"-{rd(r, 4)}" if r.random() < 0.15 else "")
        stx = st if r.random() < 0.9 else {"NY": "N.Y.", "CA": "Calif.", "TX": "Tex."}.get(st, st)
        return f"{street}{unit}{nl}{city}, {stx} {z}"
    if cc == "GB":
        city, area = r.choice(UK_CITIES)
        pc = f"{area}{r.randint(1, 20)} {r.randint(1, 9)}{rd(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"
        flat = r.choice(["", "", f"Flat {r.randint(1, 30)}, ", f"Flat {r.randint(1, 9)}{r.choice('ABC')}, "])
        line = f"{flat}{r.randint(1, 250)} {r.choice(UK_STREETS)} {r.choice(UK_SUFFIX)}"
        if ml:
            return r.choice([f"{line}\n{city}\n{pc}", f"{line}\n{city} {pc}"])
        return f"{line}, {city} {pc}"
    if cc == "IE":
        city, rk = r.choice(IE_CITIES)
        ec = f"{rk} {rd(r, 4, 'ACDEFHKNPRTVWXY0123456789')}"
        return f"{r.randint(1, 180)} {r.choice(IE_STREETS)}{nl}{city}, {ec}"
    if cc == "DE":
        city, p = r.choice(DE_CITIES)
        return f"{r.choice(DE_STREETS)} {r.randint(1, 150)}{r.choice(['', '', 'a', 'b'])}{nl}{p}{rd(r, 3)} {city}"
    if cc == "FR":
        city, p = r.choice(FR_CITIES)
        cp = (p + rd(r, 5 - len(p)))
        return f"{r.randint(1, 120)}{r.choice(['', '', ' bis'])} {r.choice(FR_STREETS)}{nl}{cp} {city}"
    if cc == "BR":
        city, uf, p = r.choice(BR_CITIES)
        compl = r.choice(["", "", f", apto {r.randint(11, 154)}", f", casa {r.randint(1, 4)}", f", bloco B, ap. {r.randint(101, 1204)}"])
        cep = f"{p}{rd(r, 3)}-{rd(r, 3)}"
        return f"{r.choice(BR_STREETS)}, {r.randint(10, 3000)}{compl} - {r.choice(BR_BAIRROS)}{nl}{city} - {uf}, {cep}"
    if cc == "PH":
        city, z = r.choice(PH_CITIES)
        unit = r.choice(["", "", f"Unit {r.randint(1, 30)}{r.choice('ABCD')}, ", f"Blk {r.randint(1, 40)} Lot {r.randint(1, 60)}, "])
        return f"{unit}{r.randint(1, 999)} {r.choice(PH_STREETS)} St., Brgy. {r.choice(PH_BRGY)}{nl}{city} {z}"
    if cc == "PL":
        city, p = r.choice(PL_CITIES)
        m = r.choice(["", "", f"/{r.randint(1, 120)}", f" m. {r.randint(1, 80)}"])
        return f"ul. {r.choice(PL_STREETS)} {r.randint(1, 200)}{m}{nl}{p}-{rd(r, 3)} {city}"
    if cc == "TR":
        city, p, dist = r.choice(TR_CITIES)
        return (f"{r.choice(TR_MAH)} Mah. {r.choice(TR_STREETS)} Cad. No:{r.randint(1, 300)} D:{r.randint(1, 20)}"
                f"{nl}{p}{rd(r, 3)} {dist}/{city}")
    if cc == "VN":
        city, dist = r.choice(VN_CITIES)
        return f"{r.randint(1, 300)} {r.choice(VN_STREETS)}, Phường {r.randint(1, 15)}{nl}{dist}, {city}"
    if cc == "KR":
        city, gu = r.choice(KR_CITIES)
        apt = r.choice(["", "", f", {r.randint(101, 112)}-dong {r.randint(101, 2504)}-ho"])
        return f"{r.randint(1, 600)} {r.choice(KR_ROADS)}{apt}{nl}{gu}, {city} {rd(r, 5)}"
    if cc == "NG":
        city, area = r.choice(NG_CITIES)
        return f"{r.randint(1, 120)} {r.choice(NG_STREETS)}, {area}{nl}{city}{r.choice(['', ' ' + rd(r, 6)])}"
    if cc == "ET":
        city, sub = r.choice(ET_CITIES)
        if r.random() < 0.2:
            return f"P.O. Box {r.randint(100, 99999)}{nl}{city}"
        return f"House No. {r.randint(1, 3000)}, Woreda {r.randint(1, 14):02d}{nl}{sub} Sub-City, {city}"
    if cc == "IR":
        city = r.choice(IR_CITIES)
        return (f"No. {r.randint(1, 200)}, {r.choice(['Golestan', 'Yas', 'Narges', 'Sepideh', 'Bahar'])} Alley, "
                f"{r.choice(IR_STREETS)} St.{nl}{city} {rd(r, 5)}-{rd(r, 5)}")
    if cc == "MX":
        city, st, p = r.choice(MX_CITIES)
        it = r.choice(["", "", f" Int. {r.randint(1, 40)}", f" Depto. {r.randint(101, 904)}"])
        cp = (p + rd(r, 5 - len(p)))
        return f"{r.choice(MX_STREETS)} {r.randint(1, 2500)}{it}, Col. {r.choice(MX_COL)}{nl}{cp} {city}, {st}"
    if cc == "ID":
        city, p = r.choice(ID_CITIES)
        rt = r.choice(["", f" RT {r.randint(1, 15):02d}/RW {r.randint(1, 12):02d}"])
        return f"{r.choice(ID_STREETS)} No. {r.randint(1, 250)}{rt}, {r.choice(ID_KEL)}{nl}{city} {p}{rd(r, 3)}"
    if cc == "HU":
        city, p = r.choice(HU_CITIES)
        pc = p + rd(r, 4 - len(p))
        if r.random() < 0.5:
            return f"{pc} {city}{nl}{r.choice(HU_STREETS)} {r.randint(1, 140)}."
        return f"{r.choice(HU_STREETS)} {r.randint(1, 140)}.{nl}{pc} {city}"
    if cc == "GR":
        city, p = r.choice(GR_CITIES)
        return f"{r.choice(GR_STREETS)} {r.randint(1, 220)}{nl}{p}{rd(r, 1)} {rd(r, 2)} {city}"
    if cc == "CA":
        city, pr, l1 = r.choice(CA_CITIES)
        L = "ABCEGHJKLMNPRSTVWXYZ"
        pc = f"{l1}{rd(r, 1)}{r.choice(L)} {rd(r, 1)}{r.choice(L)}{rd(r, 1)}"
        st = r.choice(["Yonge St", "Granville St", "Jasper Ave", "Rue Sainte-Catherine O", "Bank St",
                       "Portage Ave", "Spring Garden Rd", f"{r.choice(US_STREETS)} {r.choice(US_SUFFIX)}"])
        return f"{r.randint(1, 3000)} {st}{r.choice(['', ', Unit ' + str(r.randint(100, 2400))])}{nl}{city}, {pr} {pc}"
    if cc == "AU":
        city, stt, p = r.choice(AU_CITIES)
        pc = p + rd(r, 4 - len(p))
        unit = r.choice(["", "", f"Unit {r.randint(1, 30)}/", f"{r.randint(1, 12)}/"])
        return f"{unit}{r.randint(1, 400)} {r.choice(US_STREETS)} {r.choice(['St', 'Rd', 'Ave', 'Pde', 'Cres'])}{nl}{city} {stt} {pc}"
    if cc == "IN":
        city, stt, p = r.choice(IN_CITIES)
        return (f"Flat {r.randint(101, 1504)}, {r.choice(IN_BLDG)}, {r.choice(IN_ROADS)}, {r.choice(IN_AREAS)}"
                f"{nl}{city}, {stt} {p}{rd(r, 3)}")
    if cc == "JP":
        city, ward, p = r.choice(JP_CITIES)
        return f"{r.randint(1, 9)}-{r.randint(1, 30)}-{r.randint(1, 20)} {r.choice(JP_AREAS)}, {ward}{nl}{city} {p}-{rd(r, 4)}"
    if cc == "KE":
        city, st = r.choice(KE_CITIES)
        if r.random() < 0.3:
            return f"P.O. Box {r.randint(100, 99999)}-00{r.randint(100, 900)}{nl}{city}"
        return f"{r.choice(KE_BLDG)}, {r.randint(2, 14)}th Floor, {st}{nl}{city}"
    raise KeyError(cc)


ADDR_COUNTRIES = list(CC_NAME)


# ----- dates -----------------------------------------------------------------
def ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def h12(r, dt, short=False):
    h = dt.hour % 12 or 12
    ap = "AM" if dt.hour < 12 else "PM"
    style = r.randint(0, 3)
    if short and dt.minute == 0:
        return f"{h}{ap.lower() if style < 2 else ' ' + ap}"
    if style == 0:
        return f"{h}:{dt.minute:02d} {ap}"
    if style == 1:
        return f"{h}:{dt.minute:02d}{ap.lower()}"
    if style == 2:
        return f"{h}:{dt.minute:02d} {ap[0].lower()}.m."
    return f"{h}:{dt.minute:02d} {ap}"


def rand_event_dt(r):
    d = _dt.date(2023, 1, 1) + _dt.timedelta(days=r.randint(0, 365 * 4))
    return _dt.datetime(d.year, d.month, d.day, r.randint(7, 18), r.choice([0, 0, 15, 30, 45, 10, 20, 40, 50]))


def fmt_event(r, dt, with_time=True):
    if with_time:
        opts = [
            lambda: f"{dt:%A}, {dt:%B} {dt.day} at {h12(r, dt)}",
            lambda: f"{dt:%a} {dt.month}/{dt.day} @ {h12(r, dt, True)}",
            lambda: f"{dt.month}/{dt.day}/{dt.year} {h12(r, dt)}",
            lambda: f"{dt.day} {dt:%B} {dt.year}, {dt:%H:%M}",
            lambda: f"{dt:%b} {dt.day}, {dt.year} at {h12(r, dt)}",
            lambda: f"{h12(r, dt)} on {dt:%A}, {dt:%B} {dt.day}",
            lambda: f"{dt:%A} the {ordinal(dt.day)} at {h12(r, dt, True)}",
            lambda: f"{dt:%d/%m/%Y} {dt:%H:%M}",
            lambda: f"{dt:%B} {ordinal(dt.day)} at {h12(r, dt, True)}",
            lambda: f"{dt:%a}, {dt:%b} {dt.day} {h12(r, dt)}",
            lambda: f"{dt:%m/%d/%Y} at {dt:%H:%M}",
        ]
    else:
        opts = [
            lambda: f"{dt:%B} {dt.day}, {dt.year}",
            lambda: f"{dt:%m/%d/%Y}",
            lambda: f"{dt.day} {dt:%b} {dt.year}",
            lambda: f"{dt:%A}, {dt:%B} {dt.day}",
            lambda: f"{dt:%b} {ordinal(dt.day)}",
            lambda: f"{dt:%d.%m.%Y}",
            lambda: f"{dt.month}/{dt.day}/{dt.year % 100:02d}",
            lambda: f"{dt:%B} {ordinal(dt.day)}, {dt.year}",
            lambda: f"{dt.day} {dt:%B}",
            lambda: f"{dt:%d %b %Y}",
        ]
    return r.choice(opts)()


def fmt_dob(r, d):
    opts = [
        lambda: f"{d:%m/%d/%Y}", lambda: f"{d:%m/%d/%Y}", lambda: f"{d:%d/%m/%Y}", lambda: f"{d:%Y-%m-%d}",
        lambda: f"{d:%B} {d.day}, {d.year}", lambda: f"{d.day} {d:%b} {d.year}", lambda: f"{d:%d.%m.%Y}",
        lambda: f"{d:%b} {d.day} {d.year}", lambda: f"{d:%m-%d-%Y}", lambda: f"{d.month}/{d.day}/{d.year}",
        lambda: f"{d:%d-%b-%Y}".upper(), lambda: f"{d.day} {d:%B} {d.year}",
    ]
    return r.choice(opts)()


def machine_ts(r, kind=None):
    dt = _dt.datetime(2023, 1, 1) + _dt.timedelta(seconds=r.randint(0, 4 * 365 * 86400))
    kind = kind if kind is not None else r.randint(0, 4)
    if kind == 0:
        return dt.strftime("%Y-%m-%dT%H:%M:%SZ")
    if kind == 1:
        return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{r.randint(0, 999):03d}+00:00"
    if kind == 2:
        return str(int((dt - _dt.datetime(1970, 1, 1)).total_seconds()))
    if kind == 3:
        return dt.strftime("%Y-%m-%dT%H:%M:%S") + r.choice(["-05:00", "+01:00", "+09:00", "-07:00"])
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{r.randint(0, 999999):06d}Z"


def log_ts(r, base=None):
    dt = base or (_dt.datetime(2023, 1, 1) + _dt.timedelta(seconds=r.randint(0, 4 * 365 * 86400)))
    return dt


REL_PAST = ["yesterday", "yesterday afternoon", "two hours ago", "earlier this morning", "last week",
            "a couple of weeks ago", "last night", "earlier today", "over the weekend", "a few days ago",
            "this morning", "last Friday", "the other day"]
REL_FUTURE = ["tomorrow", "tomorrow morning", "later today", "next week", "in two hours", "in 3 days",
              "by end of day", "end of the month", "next Monday", "this afternoon", "tonight",
              "within 48 hours", "first thing tomorrow", "sometime next month", "after the holidays"]
RELATIVE = ["tomorrow", "tomorrow morning", "later today", "next week", "in two hours", "yesterday",
            "yesterday afternoon", "two hours ago", "earlier this morning", "last week", "in 3 days",
            "by end of day", "end of the month", "a couple of weeks ago", "next Monday", "this afternoon",
            "tonight", "in 10 minutes", "the day after tomorrow", "over the weekend", "last night",
            "within 48 hours", "first thing tomorrow", "sometime next month", "earlier today"]


# ----- secrets ---------------------------------------------------------------
def b64url(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def make_aws_key(r):
    return r.choice(["AKIA", "AKIA", "AKIA", "ASIA"]) + rd(r, 16, UP + "234567")


def make_aws_secret(r):
    return rd(r, 40, B64)


def make_github(r):
    k = r.random()
    if k < 0.55:
        return "ghp_" + rd(r, 36, ALNUM)
    if k < 0.7:
        return "gho_" + rd(r, 36, ALNUM)
    if k < 0.82:
        return "ghs_" + rd(r, 36, ALNUM)
    return "github_pat_11" + rd(r, 20, UP + DIG) + "_" + rd(r, 59, ALNUM)


def make_slack(r):
    if r.random() < 0.6:
        return f"xoxb-{rnz(r, r.randint(10, 12))}-{rnz(r, 13)}-{rd(r, 24, ALNUM)}"
    return f"xoxp-{rnz(r, 11)}-{rnz(r, 12)}-{rnz(r, 13)}-{rd(r, 32, HEX)}"


def make_stripe(r):
    pre = r.choice(["sk_live_", "sk_live_", "rk_live_", "sk_test_"])
    return pre + rd(r, r.choice([24, 34, 99]), ALNUM)


def make_jwt(r, who="user"):
    hdr = {"alg": r.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"}
    now = r.randint(1672531200, 1798761600)
    pl = {"sub": rd(r, 8, HEX) + "-" + rd(r, 4, HEX), "iat": now, "exp": now + r.choice([900, 3600, 86400]),
          "scope": r.choice(["read", "read write", "admin", "orders:write", "records:read"])}
    if r.random() < 0.5:
        pl["role"] = r.choice(["service", "agent", "viewer", "staff"])
    sig = r.randbytes(32 if hdr["alg"] == "HS256" else 64)
    return ".".join([b64url(json.dumps(hdr, separators=(",", ":")).encode()),
                     b64url(json.dumps(pl, separators=(",", ":")).encode()), b64url(sig)])


def make_pem(r, style="plain", indent=""):
    kind = r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    nbytes = {"RSA PRIVATE KEY": r.randint(600, 1200), "PRIVATE KEY": r.randint(600, 1200),
              "EC PRIVATE KEY": r.randint(110, 130), "OPENSSH PRIVATE KEY": r.randint(300, 420)}[kind]
    body = base64.b64encode(r.randbytes(nbytes)).decode()
    width = 70 if kind == "OPENSSH PRIVATE KEY" else 64
    lines = [f"-----BEGIN {kind}-----"] + [body[i:i + width] for i in range(0, len(body), width)] + [f"-----END {kind}-----"]
    if style == "json":
        return "\\n".join(lines)
    return ("\n" + indent).join(lines)


def make_password(r):
    words = W("""Sunflower Tiger Harbor Mango Falcon Winter Copper Dragon Orchid Maple Nebula Cobalt
        Pepper Velvet Thunder Lantern Walrus Meadow Cactus Blizzard Saffron Jaguar Pumpkin Comet""")
    k = r.randint(0, 5)
    sym = "!@#$%&*?"
    if k == 0:
        return r.choice(words) + r.choice(sym) + str(r.randint(1960, 2025))
    if k == 1:
        w = r.choice(words).lower()
        w = w.replace("a", "@").replace("o", "0").replace("e", "3").replace("i", "1")
        return w.capitalize() + rd(r, 2) + r.choice(sym)
    if k == 2:
        return rd(r, r.randint(12, 18), ALNUM + "!#$%^&*-_")
    if k == 3:
        return "-".join(r.choice(words).lower() for _ in range(3)) + str(r.randint(1, 99))
    if k == 4:
        return r.choice(words) + r.choice(words) + str(r.randint(10, 999)) + r.choice(sym)
    return rd(r, 3, UP) + rd(r, 3, LOW) + r.choice(sym) + rd(r, 4) + rd(r, 2, LOW)


def make_generic_secret(r):
    k = r.randint(0, 4)
    if k == 0:
        return rd(r, 32, HEX)
    if k == 1:
        return rd(r, 40, HEX)
    if k == 2:
        return rd(r, r.randint(32, 48), ALNUM)
    if k == 3:
        return base64.b64encode(r.randbytes(r.choice([24, 32]))).decode()
    return r.choice(["sec_", "key_", "live_", "api_", "pk_", "tok_"]) + rd(r, r.randint(28, 40), ALNUM)


def entropy_ok(v):
    return len(v) >= 16 and len(set(v)) >= 10


# ----- hard negatives --------------------------------------------------------
def make_uuid(r):
    return f"{rd(r, 8, HEX)}-{rd(r, 4, HEX)}-4{rd(r, 3, HEX)}-{r.choice('89ab')}{rd(r, 3, HEX)}-{rd(r, 12, HEX)}"


def make_isbn(r):
    body = "978" + rd(r, 9)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    ck = (10 - s % 10) % 10
    full = body + str(ck)
    if r.random() < 0.5:
        return f"{full[:3]}-{full[3]}-{full[4:7]}-{full[7:12]}-{full[12]}"
    return full


def make_tracking(r):
    k = r.randint(0, 3)
    if k == 0:
        return "1Z" + rd(r, 6, UP + DIG) + rd(r, 10)
    if k == 1:
        s = "9400" + rd(r, 18)
        return " ".join(s[i:i + 4] for i in range(0, 22, 4)) if r.random() < 0.5 else s
    if k == 2:
        return rd(r, 12)
    return rd(r, 2, UP) + rd(r, 9) + r.choice(["US", "GB", "CN", "DE"])


BRANDS = ["Ben & Jerry's", "Wendy's", "Dr Pepper", "Jack Daniel's", "Johnson & Johnson", "Ralph Lauren",
          "Tim Hortons", "Sherwin-Williams", "Procter & Gamble", "Charles Schwab", "Morgan Stanley",
          "Goldman Sachs", "Wells Fargo", "Trader Joe's", "Dr. Martens", "Hugo Boss", "Tommy Hilfiger",
          "Calvin Klein", "Marks & Spencer", "Sainsbury's", "John Lewis", "Kate Spade", "Mrs. Fields",
          "Betty Crocker", "Sara Lee", "Dr. Scholl's", "Jenny Craig", "Hewlett-Packard", "Jenkins",
          "Kafka", "Cassandra", "Travis CI", "Alexa", "Siri", "Cortana", "Jack in the Box",
          "Smith & Nephew", "Arm & Hammer", "Hamilton Beach", "Dyson", "Philips Sonicare", "Levi's",
          "Michael Kors", "Tory Burch", "Marc Jacobs", "Mayo Clinic", "Johns Hopkins", "St. Jude",
          "Ronald McDonald House", "Wendy's", "Dell", "Ford", "Tesla", "Boeing", "Heinz", "Kellogg's",
          "Stanley", "Tupperware", "Ray-Ban", "Oscar Mayer", "Duane Reade", "Thomas Cook", "Hilton",
          "Marriott", "Anthony's Pizza", "Auntie Anne's", "Papa John's", "Carl's Jr.", "Victoria's Secret"]
PLACEHOLDERS = ["<NAME>", "[REDACTED]", "{{customer_email}}", "<PATIENT_NAME>", "XXX-XX-XXXX",
                "***-**-****", "<redacted>", "${USER_EMAIL}", "[NAME]", "<EMAIL>", "{{first_name}}",
                "[PHONE REDACTED]", "<SSN>", "{first_name} {last_name}", "%CUSTOMER_NAME%", "[removed]",
                "<ADDRESS>", "N/A", "<DOB>", "xxxxxxxx", "[card number removed]", "{{ member_id }}"]


# ---------------------------------------------------------------------------
# Persons
# ---------------------------------------------------------------------------
FREEMAIL = ["gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com",
            "proton.me", "aol.com", "gmx.de", "yahoo.co.uk", "wp.pl", "naver.com", "web.de", "uol.com.br",
            "bol.com.br", "yandex.com", "fastmail.com", "hotmail.co.uk", "live.com", "mail.com", "yahoo.com.ph",
            "freemail.hu", "otenet.gr", "yahoo.co.id", "comcast.net", "verizon.net", "eircom.net"]


class Person:
    def __init__(self, r, kid=False):
        self.r = r
        cult = r.choices(CULTURES, CULTURE_WEIGHTS)[0]
        self.culture = cult
        if r.random() < 0.82:
            self.given = r.choice(GIVEN[cult])
        else:
            self.given = r.choice(GIVEN[r.choice(CULTURES)])
        self.surname = r.choice(SURNAME[cult])
        if self.given == self.surname:
            self.given = r.choice(GIVEN["anglo"])
        self.sfirst = cult in SURNAME_FIRST and r.random() < 0.3
        self.mi = r.choice("ABCDEFGHJKLMNPRSTVW")
        x = r.random()
        self.cc = "US" if x < 0.55 else (CULTURE_HOME[cult] if x < 0.8 else r.choice(ADDR_COUNTRIES))
        if kid:
            self.dob = _dt.date(2006, 9, 1) + _dt.timedelta(days=r.randint(0, 365 * 13))
        else:
            self.dob = _dt.date(1935, 1, 1) + _dt.timedelta(days=r.randint(0, 365 * 71))
        self.vals = {}

    def full(self):
        return f"{self.surname} {self.given}" if self.sfirst else f"{self.given} {self.surname}"

    def get(self, key, fn):
        if key not in self.vals:
            self.vals[key] = fn()
        return self.vals[key]

    def email(self, domain=None):
        r = self.r
        g, s = slug(self.given), slug(self.surname)
        yy = str(self.dob.year)[2:]
        local = r.choice([f"{g}.{s}", f"{g}{s}", f"{g[0]}{s}", f"{g}_{s}", f"{g}{r.randint(1, 99)}",
                          f"{s}.{g}", f"{g}.{s}{yy}", f"{g[0]}.{s}", f"{s}{g[0]}", f"{g}{s}{r.randint(1, 999)}",
                          f"{g}-{s}", f"{g}.{s}+{r.choice(['work', 'shop', 'news', 'misc', 'x'])}"])
        if domain:
            local = r.choice([f"{g}.{s}", f"{g[0]}{s}", f"{g}", f"{g}.{s[0]}", f"{g[0]}.{s}"])
        return f"{local}@{domain or r.choice(FREEMAIL)}"

    def phone(self, intl=False):
        r = self.r
        if self.cc in ("US", "CA"):
            if "uparts" not in self.vals:
                self.vals["uparts"] = us_phone_parts(r, r.choice(CA_AREA) if self.cc == "CA" else None)
            return fmt_us_phone(r, *self.vals["uparts"], intl=intl)
        return intl_phone(r, self.cc)


def make_dl(r, p):
    k = r.randint(0, 10)
    if k == 0:
        return r.choice(UP) + rd(r, 7)
    if k == 1:
        return rd(r, 9) if r.random() < 0.5 else f"{rd(r, 3)} {rd(r, 3)} {rd(r, 3)}"
    if k == 2:
        return f"{slug(p.surname)[:1].upper() or 'S'}{rd(r, 3)}-{rd(r, 3)}-{rd(r, 2)}-{rd(r, 3)}-{rd(r, 1)}"
    if k == 3:
        return rd(r, 8)
    if k == 4:
        return f"{r.choice(UP)}{rd(r, 3)}-{rd(r, 4)}-{rd(r, 4)}"
    if k == 5:
        return "WDL" + rd(r, 3, UP) + rd(r, 4) + rd(r, 2, UP + DIG)
    if k == 6:
        return f"{r.choice(UP)}{rd(r, 4)} {rd(r, 5)} {rd(r, 5)}"
    if k == 7:
        s = (slug(p.surname).upper() + "99999")[:5]
        d = p.dob
        return f"{s}{str(d.year)[2]}{d.month + r.choice([0, 50]):02d}{d.day:02d}{str(d.year)[3]}{slug(p.given)[:1].upper()}{p.mi}9{rd(r, 2, UP)}"
    if k == 8:
        return f"{r.choice(UP)} {rd(r, 3)} {rd(r, 3)} {rd(r, 3)} {rd(r, 3)}"
    if k == 9:
        return f"{r.choice(UP)}{rd(r, 2)}-{rd(r, 2)}-{rd(r, 4)}"
    return r.choice(UP) + rd(r, 12)


def make_mrn(r):
    k = r.randint(0, 4)
    if k == 0:
        return "00" + rd(r, 6)
    if k == 1:
        return r.choice("EMKHP") + rd(r, 7)
    if k == 2:
        return rd(r, 2, UP) + rd(r, 7)
    if k == 3:
        return rnz(r, 7)
    return f"{rd(r, 3)}-{rd(r, 3)}-{rd(r, 3)}"


def make_hpn(r):
    k = r.randint(0, 4)
    if k == 0:
        return rd(r, 3, UP) + rd(r, 9)
    if k == 1:
        return "W" + rd(r, 9)
    if k == 2:
        L = "ACDEFGHJKMNPQRTUVWXY"
        return (f"{rnz(r, 1)}{r.choice(L)}{r.choice(L + DIG)}{rd(r, 1)}{r.choice(L)}{r.choice(L + DIG)}"
                f"{rd(r, 1)}{r.choice(L)}{r.choice(L)}{rd(r, 2)}")
    if k == 3:
        return "H" + rd(r, 8) + r.choice(["01", "02", "00"])
    return rd(r, 3, UP) + rd(r, 6) + "-0" + str(r.randint(1, 4))


def make_acct(r):
    k = r.randint(0, 5)
    if k == 0:
        return rnz(r, r.randint(8, 12))
    if k == 1:
        return f"{rd(r, 4)}-{rd(r, 4)}-{rd(r, 2)}"
    if k == 2:
        return "AC" + rd(r, 8)
    if k == 3:
        return f"{rd(r, 3)} {rd(r, 3)} {rd(r, 4)}"
    if k == 4:
        return "00" + rd(r, 8)
    return rd(r, 4) + "-" + rd(r, 6)


# ---------------------------------------------------------------------------
# Document builder
# ---------------------------------------------------------------------------
SLOT_RE = re.compile(r"\{([a-z][a-z_]*[0-9]{0,2})\}")
CHOICE_RE = re.compile(r"\[\[([^\[\]]*)\]\]")
LC_TYPES = {None, "NEG", "PERSON", "LOCATION", "EMAIL_ADDRESS"}
UC_TYPES = {None, "NEG", "PERSON", "LOCATION", "ADDRESS"}
NOCACHE = {"amount", "pct", "pcts", "rel", "relp", "relf", "http", "ts", "epoch", "uuid", "hash", "clock", "shortsha", "mac"}
GEN = {}


def gen(*names):
    def deco(fn):
        for n in names:
            GEN[n] = fn
        return fn
    return deco


class Doc:
    def __init__(self, r, domain):
        self.r = r
        self.domain = domain
        self.dom = DOM[domain]
        self.parts = []
        self.n = 0
        self.ents = []
        self.negs = []
        self.cache = {}
        self.people = {}
        self.used = set()
        self.org = r.choice(self.dom["org"])
        self.orgdomain = self.dom.get("webdomain", {}).get(self.org) or (
            slug(" ".join(w for w in self.org.split() if w.lower() not in ("&", "llp", "inc", "co.", "dds", "the")))[:22]
            + r.choice([".com", ".com", ".com", ".net", ".org", ".co", ".io"]))

    # -- text assembly
    def t(self, s):
        if s:
            self.parts.append(s)
            self.n += len(s)

    def e(self, typ, s):
        if not s:
            return
        if typ in ENTITY_TYPES:
            self.ents.append((self.n, self.n + len(s), typ))
        elif typ == "NEG":
            self.negs.append((self.n, self.n + len(s)))
        self.t(s)

    def person(self, i):
        if i not in self.people:
            kid = self.domain == "school_administration" and i % 10 == 1
            self.people[i] = Person(self.r, kid=kid)
        return self.people[i]

    def slot(self, name):
        if name in self.cache:
            return self.cache[name]
        m = re.fullmatch(r"([a-z_]+?)(\d{0,2})", name)
        base, idx = m.group(1), m.group(2)
        if base in GEN:
            val = GEN[base](self, base, int(idx) if idx else 1)
        elif base in self.dom and isinstance(self.dom[base], list):
            typ = "NEG" if base in ("org", "item", "insurer", "hotel", "airline", "service", "school") else None
            val = (typ, self.org if base == "org" and not idx else self.r.choice(self.dom[base]))
        else:
            raise KeyError(f"unknown slot {name!r}")
        if base not in NOCACHE:
            self.cache[name] = val
        return val

    def f(self, s, case=None):
        s = CHOICE_RE.sub(lambda m: self.r.choice(m.group(1).split("|")), s)
        pos = 0
        for m in SLOT_RE.finditer(s):
            self._lit(s[pos:m.start()], case)
            typ, val = self.slot(m.group(1))
            if case == "lower" and typ in LC_TYPES:
                val = val.lower()
            elif case == "upper" and typ in UC_TYPES:
                val = val.upper()
            self.e(typ, val)
            pos = m.end()
        self._lit(s[pos:], case)

    def _lit(self, s, case):
        if case == "lower":
            s = s.lower()
        elif case == "upper":
            s = s.upper()
        self.t(s)

    def v(self, slot, case=None):
        self.f("{" + slot + "}", case)

    def pick(self, key, k=1):
        """Pick k unused templates from a domain list."""
        pool = [x for x in self.dom[key] if (key, x) not in self.used]
        if len(pool) < k:
            pool = list(self.dom[key])
        ch = self.r.sample(pool, min(k, len(pool)))
        for x in ch:
            self.used.add((key, x))
        return ch

    def lines(self, k, sep=" ", case=None, prefix="", key="lines"):
        for i, ln in enumerate(self.pick(key, k)):
            if i:
                self.t(sep)
            self.t(prefix)
            self.f(ln, case)

    def qa(self, k):
        return self.pick("qa", k)

    def fields(self, k, names=True, ml=False):
        """Domain fields + name fields; returns list of (snake, Label, slot)."""
        r = self.r
        who = self.dom["who"]
        out = []
        if names:
            if r.random() < 0.6:
                out.append((f"{who}_name", f"{who.title()} Name", r.choice(["name", "name", "name_mi", "name_rev"])))
            else:
                out += [("first_name", "First Name", "first"), ("last_name", "Last Name", "last")]
        fl = list(self.dom["fields"])
        k = min(k, len(fl))
        idxs = sorted(r.sample(range(len(fl)), k))
        out += [fl[i] for i in idxs]
        if ml:
            out = [(a, b, "addr_ml" if c == "addr" and r.random() < 0.4 else c) for a, b, c in out]
        return out

    def text(self):
        return "".join(self.parts)

    def c(self):
        return self.r.choice


def _p(d, idx):
    return d.person(idx)


@gen("name")
def _g_name(d, b, i):
    return ("PERSON", _p(d, i).full())


@gen("name_mi")
def _g_name_mi(d, b, i):
    p = _p(d, i)
    return ("PERSON", f"{p.given} {p.mi}. {p.surname}")


@gen("name_rev")
def _g_name_rev(d, b, i):
    p = _p(d, i)
    return ("PERSON", f"{p.surname}, {p.given}" if d.r.random() < 0.8 else f"{p.surname.upper()}, {p.given}")


@gen("first")
def _g_first(d, b, i):
    return ("PERSON", _p(d, i).given)


@gen("last")
def _g_last(d, b, i):
    return ("PERSON", _p(d, i).surname)


@gen("name_lc")
def _g_name_lc(d, b, i):
    return ("PERSON", _p(d, i).full().lower())


@gen("first_lc")
def _g_first_lc(d, b, i):
    return ("PERSON", _p(d, i).given.lower())


@gen("name_uc")
def _g_name_uc(d, b, i):
    return ("PERSON", _p(d, i).full().upper())


@gen("email")
def _g_email(d, b, i):
    return ("EMAIL_ADDRESS", _p(d, i).get("email", lambda: _p(d, i).email()))


@gen("wemail")
def _g_wemail(d, b, i):
    return ("EMAIL_ADDRESS", _p(d, i).get("wemail", lambda: _p(d, i).email(d.orgdomain)))


@gen("phone")
def _g_phone(d, b, i):
    return ("PHONE_NUMBER", _p(d, i).phone())


@gen("phone_intl")
def _g_phone_intl(d, b, i):
    return ("PHONE_NUMBER", _p(d, i).phone(intl=True))


@gen("dob")
def _g_dob(d, b, i):
    return ("DATE_OF_BIRTH", fmt_dob(d.r, _p(d, i).dob))


@gen("ssn")
def _g_ssn(d, b, i):
    return ("US_SSN", _p(d, i).get("ssn", lambda: make_ssn(d.r)))


@gen("card")
def _g_card(d, b, i):
    return ("CREDIT_CARD", group_card(d.r, card_digits(d.r)))


@gen("iban")
def _g_iban(d, b, i):
    p = _p(d, i)
    cc = p.cc if p.cc in IBAN_FMT else None
    return ("IBAN_CODE", make_iban(d.r, cc))


@gen("acct")
def _g_acct(d, b, i):
    return ("ACCOUNT_NUMBER", make_acct(d.r))


@gen("dl")
def _g_dl(d, b, i):
    return ("DRIVER_LICENSE", make_dl(d.r, _p(d, i)))


@gen("mrn")
def _g_mrn(d, b, i):
    return ("MEDICAL_RECORD_NUMBER", make_mrn(d.r))


@gen("hpn")
def _g_hpn(d, b, i):
    return ("HEALTH_PLAN_NUMBER", make_hpn(d.r))


@gen("pw")
def _g_pw(d, b, i):
    return ("PASSWORD", make_password(d.r))


@gen("addr")
def _g_addr(d, b, i):
    return ("ADDRESS", make_address(d.r, _p(d, i).cc, ml=False))


@gen("addr_ml")
def _g_addr_ml(d, b, i):
    return ("ADDRESS", make_address(d.r, _p(d, i).cc, ml=True))


@gen("city")
def _g_city(d, b, i):
    r = d.r
    if r.random() < 0.45:
        c, st, _ = r.choice(US_CITIES)
        return ("LOCATION", r.choice([f"{c}, {st}", f"{c}, {st}", c]))
    c, co = r.choice(INTL_CITY_COUNTRY)
    return ("LOCATION", r.choice([c, f"{c}, {co}"]) if c != co else c)


@gen("country")
def _g_country(d, b, i):
    return ("LOCATION", d.r.choice(COUNTRIES))


@gen("state")
def _g_state(d, b, i):
    return ("LOCATION", d.r.choice(US_STATES))


@gen("region")
def _g_region(d, b, i):
    return ("LOCATION", d.r.choice(REGIONS + US_STATES))


@gen("place")
def _g_place(d, b, i):
    k = d.r.randint(0, 3)
    return _g_city(d, b, i) if k < 2 else (_g_country(d, b, i) if k == 2 else _g_region(d, b, i))


@gen("appt")
def _g_appt(d, b, i):
    return ("DATE_TIME", fmt_event(d.r, rand_event_dt(d.r), True))


@gen("date", "due")
def _g_date(d, b, i):
    return ("DATE_TIME", fmt_event(d.r, rand_event_dt(d.r), False))


def _rand_ip(r, private=None):
    private = r.random() < 0.35 if private is None else private
    if private:
        k = r.randint(0, 2)
        if k == 0:
            return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if k == 1:
            return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    while True:
        a = r.randint(1, 223)
        if a not in (10, 127, 172, 192, 169, 100):
            break
    return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


@gen("ip")
def _g_ip(d, b, i):
    return ("IP_ADDRESS", _rand_ip(d.r))


@gen("ipp")
def _g_ipp(d, b, i):
    return ("IP_ADDRESS", _rand_ip(d.r, True))


@gen("ipsix")
def _g_ip6(d, b, i):
    r = d.r
    groups = [r.randint(0, 0xffff) for _ in range(8)]
    k = r.randint(0, 3)
    if k == 0:
        groups[0] = 0x2001
        groups[1] = r.choice([0x0db8, 0x4860, 0x0470, 0x1620])
        z = r.randint(2, 5)
        for j in range(z, min(8, z + r.randint(1, 3))):
            groups[j] = 0
    elif k == 1:
        groups[:4] = [0xfe80, 0, 0, 0]
    elif k == 2:
        groups[0] = r.choice([0x2600, 0x2a00, 0x2406, 0x2804])
    a = ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups))
    return ("IP_ADDRESS", a.compressed if r.random() < 0.85 else a.exploded)


@gen("url")
def _g_url(d, b, i):
    r = d.r
    path = r.choice(d.dom["paths"])
    path = path.replace("%n", rnz(r, r.randint(4, 7))).replace("%h", rd(r, 8, HEX))
    k = r.random()
    if k < 0.7:
        sub = r.choice(["www.", "portal.", "app.", "my.", "secure.", "help.", "", "status.", "docs."])
        return ("URL", f"https://{sub}{d.orgdomain}/{path}")
    return ("URL", r.choice([
        f"https://calendly.com/{slug(d.org)[:12]}/{r.choice(['consult', 'intake', '30min', 'visit'])}",
        f"https://zoom.us/j/{rnz(r, 10)}",
        f"https://docs.google.com/document/d/{rd(r, 44, ALNUM + '-_')}/edit",
        f"https://github.com/{slug(d.org)[:10]}/{r.choice(['infra', 'api', 'web', 'ops-runbooks'])}/issues/{r.randint(10, 9999)}",
        f"https://drive.google.com/file/d/{rd(r, 33, ALNUM + '-_')}/view?usp=sharing",
        f"http://{slug(d.org)[:14]}.local/{path}",
        f"https://bit.ly/{rd(r, 7, ALNUM)}",
        f"https://forms.gle/{rd(r, 17, ALNUM)}",
    ]))


@gen("aws_key")
def _g_awsk(d, b, i):
    return ("AWS_ACCESS_KEY", make_aws_key(d.r))


@gen("aws_secret")
def _g_awss(d, b, i):
    return ("AWS_SECRET_KEY", make_aws_secret(d.r))


@gen("gh")
def _g_gh(d, b, i):
    return ("GITHUB_TOKEN", make_github(d.r))


@gen("slack")
def _g_slack(d, b, i):
    return ("SLACK_TOKEN", make_slack(d.r))


@gen("stripe")
def _g_stripe(d, b, i):
    return ("STRIPE_KEY", make_stripe(d.r))


@gen("jwt")
def _g_jwt(d, b, i):
    return ("JWT", make_jwt(d.r))


@gen("secret")
def _g_secret(d, b, i):
    return ("GENERIC_SECRET", make_generic_secret(d.r))


@gen("pem")
def _g_pem(d, b, i):
    return ("PRIVATE_KEY", make_pem(d.r))


@gen("pem_json")
def _g_pem_json(d, b, i):
    return ("PRIVATE_KEY", make_pem(d.r, "json"))


@gen("pem_yaml")
def _g_pem_yaml(d, b, i):
    return ("PRIVATE_KEY", make_pem(d.r, indent="    "))


# ----- hard-negative slots ----------------------------------------------------
def _neg(fn):
    return lambda d, b, i: ("NEG", fn(d.r))


for _n, _f in {
    "uuid": make_uuid,
    "sha": lambda r: rd(r, 40, HEX),
    "shortsha": lambda r: rd(r, 7, HEX),
    "ver": lambda r: r.choice([f"v{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(0, 20)}",
                               f"{r.randint(1, 12)}.{r.randint(0, 9)}.{r.randint(0, 40)}",
                               f"{r.randint(1, 5)}.{r.randint(0, 20)}.{r.randint(0, 9)}-rc.{r.randint(1, 4)}",
                               f"v{r.randint(1, 3)}.{r.randint(0, 9)}"]),
    "order": lambda r: r.choice([f"ORD-{r.randint(2022, 2026)}-{rd(r, 6)}", f"#{rnz(r, 7)}",
                                 f"{rd(r, 3, UP)}-{rd(r, 8)}", f"{rnz(r, 3)}-{rd(r, 7)}-{rd(r, 7)}",
                                 f"SO{rd(r, 8)}", f"W{rd(r, 9)}"]),
    "ticket": lambda r: r.choice([f"INC{rd(r, 7)}", f"{r.choice(['OPS', 'SUP', 'HD', 'CS', 'IT'])}-{r.randint(100, 99999)}",
                                  f"#{r.randint(1000, 999999)}", f"CS-{r.randint(2022, 2026)}-{rd(r, 5)}"]),
    "inv": lambda r: r.choice([f"INV-{rd(r, 6)}", f"INV/{r.randint(2022, 2026)}/{rd(r, 5)}", f"{r.randint(2022, 2026)}-{rd(r, 4)}"]),
    "amount": lambda r: r.choice([f"${r.randint(1, 4999):,}.{rd(r, 2)}", f"${r.randint(5, 900)}.00", f"€{r.randint(5, 3000)},{rd(r, 2)}",
                                  f"£{r.randint(5, 900)}.{rd(r, 2)}", f"R$ {r.randint(10, 9999)},{rd(r, 2)}",
                                  f"₱{r.randint(100, 50000):,}", f"{r.randint(50, 5000)} zł", f"₺{r.randint(50, 9000)}",
                                  f"USD {r.randint(10, 9000)}.{rd(r, 2)}", f"${r.randint(1, 99)}"]),
    "pct": lambda r: r.choice([f"{r.randint(1, 99)}%", f"{r.randint(0, 99)}.{r.randint(0, 9)}%", f"99.{rd(r, 2)}%"]),
    "http": lambda r: r.choice(["500", "502", "503", "504", "429", "401", "403", "404", "400", "409"]),
    "track": make_tracking,
    "isbn": make_isbn,
    "cve": lambda r: f"CVE-{r.randint(2019, 2025)}-{r.randint(1000, 49999)}",
    "mac": lambda r: (lambda sep, al: sep.join(rd(r, 2, al) for _ in range(6)))(r.choice([":", ":", "-"]), r.choice([HEX, HEX, "0123456789ABCDEF"])),
    "rel": lambda r: r.choice(RELATIVE),
    "relp": lambda r: r.choice(REL_PAST),
    "relf": lambda r: r.choice(REL_FUTURE),
    "pcts": lambda r: r.choice([f"0.{r.randint(1, 9)}%", f"{r.randint(1, 4)}.{r.randint(0, 9)}%", f"0.0{r.randint(1, 9)}%"]),
    "ts": lambda r: machine_ts(r, r.choice([0, 1, 3, 4])),
    "epoch": lambda r: machine_ts(r, 2),
    "brand": lambda r: r.choice(BRANDS),
    "rma": lambda r: r.choice([f"RMA-{rd(r, 7)}", f"RMA{rd(r, 6)}", f"R-{rd(r, 3, UP)}{rd(r, 5)}"]),
    "claim": lambda r: r.choice([f"CLM-{rd(r, 9)}", f"{r.randint(2022, 2026)}{rd(r, 8)}", f"C{rd(r, 10)}"]),
    "grp": lambda r: r.choice([f"GRP-{rd(r, 5)}", rd(r, 6), f"{rd(r, 4)}-{rd(r, 3)}", f"G{rd(r, 7)}"]),
    "lot": lambda r: r.choice([f"{rd(r, 1)}{rd(r, 1, UP)}{rd(r, 2)}{rd(r, 1, UP)}", f"{r.randint(2022, 2026)}{rd(r, 1, UP)}{rd(r, 3)}", f"L{rd(r, 6)}"]),
    "rx": lambda r: r.choice([rnz(r, 7), f"{rnz(r, 7)}-{rd(r, 2)}", f"RX{rd(r, 8)}"]),
    "empid": lambda r: r.choice([f"E{rd(r, 5)}", f"EMP-{rd(r, 4)}", f"{rd(r, 2, UP)}{rd(r, 5)}"]),
    "case": lambda r: r.choice([f"{r.randint(2022, 2026)}-CV-{rd(r, 5)}", f"MAT-{rd(r, 5)}", f"{r.randint(22, 26)}-{rd(r, 4)}",
                                f"CASE-{rd(r, 6)}"]),
    "booking": lambda r: rd(r, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
    "eticket": lambda r: f"{r.choice(['016', '057', '125', '157', '176', '235', '071', '080'])}-{rd(r, 10)}",
    "studentid": lambda r: r.choice([f"S{rd(r, 7)}", f"STU-{rd(r, 6)}", rnz(r, 6)]),
    "sku": lambda r: f"{rd(r, 3, UP)}-{rd(r, 4)}-{rd(r, 2, UP)}",
    "badcard": bad_card,
    "badssn": bad_ssn,
    "ph": lambda r: r.choice(PLACEHOLDERS),
    "masked": lambda r: r.choice([f"****{rd(r, 4)}", f"XXXX-XXXX-XXXX-{rd(r, 4)}", f"**** **** **** {rd(r, 4)}",
                                  f"•••• {rd(r, 4)}", f"x{rd(r, 4)}", f"{rd(r, 6)}******{rd(r, 4)}"]),
    "maskssn": lambda r: r.choice([f"***-**-{rd(r, 4)}", f"XXX-XX-{rd(r, 4)}", f"xxx-xx-{rd(r, 4)}"]),
    "exkey": lambda r: r.choice(["AKIAIOSFODNN7EXAMPLE", "AKIAI44QH8DHBEXAMPLE"]),
    "exsecret": lambda r: r.choice(["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY"]),
    "hash": lambda r: r.choice([rd(r, 64, HEX), "sha256:" + rd(r, 64, HEX), rd(r, 32, HEX)]),
    "build": lambda r: r.choice([f"#{r.randint(100, 99999)}", f"{r.randint(2022, 2026)}.{r.randint(1, 12)}.{r.randint(1, 300)}"]),
    "bin": lambda r: r.choice(["610014", "004336", "003858", "610502", "015581", "610097", "020115"]),
    "pcn": lambda r: r.choice(["ADV", "MEDDADV", "A4", "9999", "CN", "PDMI", "MCAIDADV"]),
    "host": lambda r: r.choice([f"ip-10-{r.randint(0, 255)}-{r.randint(0, 255)}-{r.randint(1, 254)}.ec2.internal",
                                f"{r.choice(['api', 'db', 'web', 'worker', 'cache'])}-{r.randint(1, 40):02d}.prod.internal",
                                f"{r.choice(['k8s', 'node', 'gke'])}-pool-{rd(r, 5, HEX)}", f"{r.choice(['edge', 'lb'])}{r.randint(1, 9)}.{r.choice(['iad', 'fra', 'sin', 'gru'])}"]),
    "pod": lambda r: f"{r.choice(['checkout-api', 'auth-svc', 'payments-worker', 'search', 'notifier'])}-{rd(r, 9, HEX[:10] + 'bcdf')}-{rd(r, 5, LOW + DIG)}",
    "clock": lambda r: r.choice([f"{r.randint(7, 22)}:{rd(r, 1, '012345')}{rd(r, 1)}", f"{r.randint(1, 12)}:{rd(r, 1, '012345')}{rd(r, 1)} {r.choice(['AM', 'PM'])}"]),
    "port": lambda r: str(r.choice([443, 8080, 5432, 6379, 3306, 9092, 8443, 22])),
    "zipnum": lambda r: rd(r, 5),
    "ndc": lambda r: f"{rd(r, 5)}-{rd(r, 4)}-{rd(r, 2)}",
    "qty": lambda r: str(r.randint(1, 12)),
}.items():
    GEN[_n] = _neg(_f)

for _n, _opts in {
    "title": ["Dr.", "Mr.", "Ms.", "Mrs.", "Mx.", "Dr", "Mr", "Ms", "Prof."],
    "mtitle": ["Mr.", "Ms.", "Mrs.", "Mr", "Ms"],
}.items():
    GEN[_n] = (lambda o: (lambda d, b, i: (None, d.r.choice(o))))(_opts)


# ---------------------------------------------------------------------------
# Domain content
# ---------------------------------------------------------------------------
INSURERS = ["Aetna", "Cigna", "UnitedHealthcare", "Blue Cross Blue Shield", "Humana", "Kaiser Permanente",
            "Anthem", "Molina Healthcare", "Oscar Health", "Highmark", "Ambetter", "Medicaid",
            "Delta Dental", "MetLife Dental", "Guardian Dental", "Tricare", "Bupa", "Medicare Advantage"]

DOM = {}
DOM["dental_practice"] = dict(
    thing="appointment request",
    who="patient",
    org=["Bright Smile Dental", "Maple Grove Family Dentistry", "Lakeside Orthodontics",
         "Gentle Care Dental Studio", "Harbor View Dental Group", "Dr. Sutton's Family Dental",
         "Kowalski & Reyes DDS", "Riverbend Pediatric Dentistry", "Pearl Street Dental Arts",
         "Cedar Park Oral Surgery", "Molar Bear Kids Dentistry", "Hartwell Dental Partners"],
    role=["front desk", "hygienist", "office manager", "billing coordinator", "treatment coordinator",
          "dental assistant", "scheduler"],
    topic=["a crown prep", "a six-month cleaning", "a root canal consult", "an implant follow-up",
           "two composite fillings", "a night guard fitting", "an aligner check", "a wisdom tooth extraction",
           "periodontal maintenance", "a cracked bridge", "a deep cleaning (SRP)", "a whitening tray pickup"],
    item=["Sonicare DiamondClean", "Oral-B iO", "Waterpik Aquarius", "Crest Pro-Health", "Colgate Total"],
    service=["patient-portal", "recall-scheduler", "eligibility-sync", "imaging-bridge", "sms-reminders"],
    insurer=["Delta Dental", "MetLife Dental", "Cigna Dental", "Guardian Dental", "Aetna DMO",
             "United Concordia", "Humana Dental", "Ameritas"],
    subject=["Appointment confirmation", "Updated insurance information", "Treatment plan estimate",
             "Your statement is ready", "New patient paperwork", "Rescheduling request", "X-ray records request"],
    formtitle=["New Patient Registration", "Insurance Verification", "Medical History Update",
               "Appointment Request", "Records Release Authorization"],
    channel=["front-desk", "billing", "clinical", "ops-huddle"],
    team=["front office", "billing", "hygiene", "clinical"],
    tool=["lookup_patient", "check_eligibility", "book_appointment", "send_reminder"],
    paths=["patients/forms/intake?lang=en", "billing/statements/%n", "appointments/confirm?ref=sms",
           "portal/login", "forms/medical-history", "pay/%h", "new-patients", "reviews"],
    lines=[
        "Patient {name} (DOB {dob}) is scheduled for {topic} on {appt}.",
        "Insurance on file is {insurer}, member ID {hpn}, group {grp}.",
        "Chart #{mrn} was updated by the [[hygienist|front desk|doctor]] {relp}.",
        "Please call {first} back at {phone} to confirm [[the visit|her appointment|his appointment|the time]].",
        "Remaining balance of {amount} is due by {due}.",
        "Mailing address changed to {addr}.",
        "{first} asked whether [[her|his|their]] [[son|daughter|husband|wife|partner]] {name4} can be seen the same day.",
        "Dr. {last3} reviewed the panoramic and recommends {topic}.",
        "The card on file ending in {masked} was declined, so {first} will bring a new one.",
        "Post-op instructions should go to {email}.",
        "{name} was referred by {name3} from {city}.",
        "Claim {claim} was resubmitted to {insurer} {relp}.",
        "[[Subscriber|Policy holder]] SSN is {ssn} per the enrollment form.",
        "New patient {name_rev}, born {dob}, lives at {addr}.",
        "Verified coverage with {insurer}: {pct} basic, {pct} major, subscriber ID {hpn}.",
        "{first} paid {amount} today with card {card}.",
        "Reminder text went to {phone} for {appt}.",
        "Records request faxed to the previous dentist in {city}; patient MRN {mrn}.",
        "Old paper chart had a placeholder SSN {badssn}; do not use it.",
    ],
    qa=[
        ("Can I get the patient's date of birth?", "{dob}"),
        ("And the member ID on the insurance card?", "[[it's|sure, it's|ok it is]] {hpn}"),
        ("What's the best number to reach you?", "{phone}"),
        ("Do you have your chart number handy?", "I think it's {mrn}"),
        ("Which email should we send the forms to?", "{email}"),
        ("Is your address still {addr}?", "yes, that's right"),
        ("When would you like to come in?", "[[does|would]] {appt} work?"),
        ("Who is the primary policy holder?", "my [[husband|wife|mom|dad]], {name4}"),
    ],
    fields=[
        ("dob", "Date of Birth", "dob"), ("chart_no", "Chart #", "mrn"), ("member_id", "Member ID", "hpn"),
        ("group_no", "Group #", "grp"), ("carrier", "Insurance Carrier", "insurer"), ("phone", "Phone", "phone"),
        ("email", "E-mail", "email"), ("address", "Address", "addr"), ("next_visit", "Next Visit", "appt"),
        ("provider", "Provider", "name3"), ("balance", "Balance", "amount"), ("subscriber_ssn", "Subscriber SSN", "ssn"),
        ("claim_id", "Claim ID", "claim"), ("referred_by", "Referred By", "name4"),
    ],
    secrets=[("DENTRIX_API_KEY", "secret"), ("SMTP_PASSWORD", "pw"), ("TWILIO_AUTH_TOKEN", "secret"),
             ("DB_PASSWORD", "pw"), ("PORTAL_JWT", "jwt"), ("STRIPE_SECRET_KEY", "stripe")],
    logs=[
        "reminder.sent patient=\"{name}\" to={phone} appt_id={uuid}",
        "eligibility.check member_id={hpn} carrier=\"{insurer}\" status=active",
        "chart.opened mrn={mrn} user={wemail2}",
        "payment.declined card={masked} amount={amount} code=05",
        "portal.login email={email} ip={ip} ok=true",
        "claim.submitted claim={claim} payer=\"{insurer}\" http={http}",
        "form.received type=medical_history patient_dob={dob} src_ip={ip}",
    ],
)

DOM["payroll_outsourcing"] = dict(
    thing="pay statement",
    who="employee",
    org=["PayBridge Solutions", "Cartwright Payroll Services", "Summit HR Partners", "Northwind Payroll",
         "LedgerLine PEO", "Bluewater Staffing", "Okafor & Lindqvist Accounting", "Keystone Workforce"],
    role=["payroll specialist", "HR generalist", "benefits admin", "implementation lead", "account manager"],
    topic=["direct deposit change", "W-4 update", "final paycheck", "garnishment order", "bonus run",
           "off-cycle payment", "PTO payout", "I-9 re-verification", "state tax setup", "401(k) deferral change"],
    item=["ADP Workforce Now", "QuickBooks Payroll", "Gusto", "Paychex Flex", "Workday"],
    service=["payroll-engine", "ach-batcher", "tax-filer", "sftp-bridge", "hris-sync"],
    subject=["Direct deposit update", "Action needed: W-4", "Final pay for departing employee",
             "Payroll register attached", "Garnishment notice", "New hire onboarding packet"],
    formtitle=["Direct Deposit Authorization", "Employee Onboarding", "W-4 Change Request", "Contractor Payment Form"],
    channel=["payroll-ops", "hr-private", "client-acme", "tax-team"],
    team=["payroll ops", "tax", "implementation", "client services"],
    tool=["get_employee", "update_direct_deposit", "run_offcycle", "lookup_tax_profile"],
    paths=["employees/%n/paystubs", "onboarding/start?c=%h", "w4/update", "login", "docs/direct-deposit.pdf"],
    lines=[
        "Employee {name} ({empid}) switched direct deposit to account {acct}.",
        "SSN on the W-4 for {first} is {ssn}; please match it against the I-9.",
        "New hire {name}, DOB {dob}, starts {date}.",
        "Wire the contractor payment of {amount} to IBAN {iban}.",
        "Pay period ends {due}; checks are released {date}.",
        "Garnishment for {name_rev} (case {case}) — withhold {pct} of disposable earnings.",
        "Home address on file: {addr}.",
        "{first}'s personal email is {email} and [[cell|mobile]] is {phone}.",
        "A bonus of {amount} was approved by {name3}.",
        "The bank returned the ACH (R03) for account {acct2}.",
        "{first} relocated to {city}, so the state tax setup needs to change.",
        "Corporate card {card} was used for the relocation expense.",
        "Driver's license {dl} was accepted as the List B document for {first}.",
        "[[Please|Pls]] reissue {last}'s final check {relf}; the register shows {amount}.",
        "Reminder: {name2} from {org} will review the register on {appt}.",
        "Portal temp password for {first} is {pw} (must change at first login).",
        "Sandbox test record uses SSN {badssn} and card {badcard}; ignore both.",
    ],
    qa=[
        ("Can you confirm the last four of your SSN? Actually, the full number for this form.", "{ssn}"),
        ("What's the new account number?", "{acct}"),
        ("And your date of birth?", "{dob}"),
        ("Where should the W-2 be mailed?", "{addr}"),
        ("Best phone number?", "{phone}"),
        ("Which email do you want the paystubs sent to?", "{email}"),
        ("For the international transfer, what's the IBAN?", "{iban}"),
        ("When is your start date?", "{date}"),
    ],
    fields=[
        ("employee_id", "Employee ID", "empid"), ("ssn", "SSN", "ssn"), ("dob", "Date of Birth", "dob"),
        ("home_address", "Home Address", "addr"), ("phone", "Phone", "phone"), ("email", "Personal Email", "email"),
        ("deposit_account", "Deposit Account #", "acct"), ("iban", "IBAN", "iban"), ("gross_pay", "Gross Pay", "amount"),
        ("pay_date", "Pay Date", "date"), ("work_location", "Work Location", "city"),
        ("i9_doc_number", "I-9 Document (DL) #", "dl"), ("approver", "Approver", "name3"),
    ],
    secrets=[("ADP_CLIENT_SECRET", "secret"), ("BANK_SFTP_PASSWORD", "pw"), ("AWS_ACCESS_KEY_ID", "aws_key"),
             ("AWS_SECRET_ACCESS_KEY", "aws_secret"), ("PGP_PRIVATE_KEY", "pem"), ("HRIS_API_TOKEN", "secret")],
    logs=[
        "dd.updated employee={empid} account={acct} actor={wemail2}",
        "tax.profile.read ssn={ssn} employee={empid}",
        "ach.return code=R03 account={acct2} amount={amount}",
        "sftp.upload host={host} file=payroll_{zipnum}.csv status=ok",
        "wire.created iban={iban} amount={amount} ref={inv}",
        "login.failed user={email} ip={ip} reason=bad_password",
        "employee.created name=\"{name}\" dob={dob} location=\"{city}\"",
    ],
)

DOM["ecommerce_returns"] = dict(
    thing="return",
    who="customer",
    org=["Kestrel & Co.", "UrbanNest Home", "Threadline Apparel", "Wilson Outdoor Supply",
         "Pixel Parade Toys", "Copperleaf Kitchen", "Northbound Gear", "Lumen & Loom"],
    role=["returns specialist", "support agent", "team lead", "chargeback analyst"],
    topic=["a damaged blender", "a wrong-size jacket", "a missing item", "a late delivery",
           "a duplicate charge", "an exchange for a larger size", "a defective charger", "a refund status"],
    item=["Hamilton Beach blender", "Calvin Klein jeans", "Tommy Hilfiger jacket", "Kate Spade tote",
          "Dr. Martens boots", "Dyson V11 vacuum", "Levi's 501 jeans", "Michael Kors watch",
          "KitchenAid stand mixer", "Philips Sonicare brush", "Ray-Ban sunglasses", "Stanley tumbler"],
    service=["returns-api", "refund-worker", "label-service", "fraud-screen", "order-sync"],
    subject=["Your return is approved", "Refund processed", "Re: damaged item", "Exchange request",
             "Chargeback notification", "Return label inside"],
    formtitle=["Return Request", "Exchange Form", "Damaged Item Report", "Refund Inquiry"],
    channel=["cx-escalations", "returns", "fraud-review", "warehouse"],
    team=["CX", "returns", "fraud", "warehouse"],
    tool=["lookup_order", "create_rma", "issue_refund", "get_tracking"],
    paths=["returns/start?order=%n", "account/orders/%n", "help/returns-policy", "track/%h", "rma/label/%h.pdf"],
    lines=[
        "Customer {name} requested a return for order {order} ({item}).",
        "Refund of {amount} goes back to the original card {card}.",
        "RMA {rma} issued; label emailed to {email}.",
        "Pickup address: {addr}.",
        "Tracking {track} shows delivered {relp}, but {first} says nothing arrived.",
        "Reach {first} at {phone} or {email}.",
        "Store credit account {acct} was credited {amount}.",
        "The {item} arrived with a cracked housing; photos attached.",
        "{first} lives in {city} and would rather exchange than refund.",
        "Return window closes {due}.",
        "Chargeback filed on card {card2}; dispute ref {case}.",
        "Order was placed from IP {ip}, which geolocates to {country}.",
        "{name_rev} wants the replacement shipped to {addr2} instead.",
        "Courier pickup booked for {appt}.",
        "Gift card serial {badcard} is not a payment card, do not refund to it.",
        "Loyalty member {name} has customer account {acct}.",
    ],
    qa=[
        ("Can I have the order number?", "it's {order}"),
        ("What email is on the account?", "{email}"),
        ("And the shipping address?", "{addr}"),
        ("Which card should we refund?", "the one ending in {masked}... actually use {card}"),
        ("Best callback number?", "{phone}"),
        ("When can the courier collect it?", "{appt} works"),
        ("What's your customer account number?", "{acct}"),
    ],
    fields=[
        ("order_id", "Order #", "order"), ("email", "Email", "email"), ("phone", "Phone", "phone"),
        ("ship_to", "Ship To", "addr"), ("card_number", "Card Number", "card"), ("item", "Item", "item"),
        ("rma", "RMA", "rma"), ("tracking", "Tracking #", "track"), ("refund_amount", "Refund Amount", "amount"),
        ("client_ip", "Client IP", "ip"), ("customer_account", "Customer Account #", "acct"),
        ("return_by", "Return By", "due"), ("sku", "SKU", "sku"),
    ],
    secrets=[("STRIPE_SECRET_KEY", "stripe"), ("SHOPIFY_API_SECRET", "secret"), ("SESSION_JWT", "jwt"),
             ("SMTP_PASSWORD", "pw"), ("EASYPOST_API_KEY", "secret"), ("AWS_ACCESS_KEY_ID", "aws_key")],
    logs=[
        "return.created order={order} rma={rma} customer={email}",
        "refund.issued card={card} amount={amount} gateway=stripe",
        "checkout.geo_mismatch ip={ip} billing_city=\"{city}\"",
        "label.generated tracking={track} carrier=UPS",
        "fraud.score order={order} score={pct} ip={ip}",
        "customer.updated account={acct} phone={phone}",
        "webhook.failed status={http} retry_in=30s id={uuid}",
    ],
)

DOM["legal_intake"] = dict(
    thing="case file",
    who="client",
    org=["Hartman & Oyelaran LLP", "Castillo Law Group", "Brennan Ruiz & Associates",
         "Metro Legal Aid Society", "Nakamura Immigration Law", "Whitfield Tenant Defense Clinic",
         "Papadakis & Stone PLLC", "Justice for Workers Center"],
    role=["intake coordinator", "paralegal", "associate attorney", "legal assistant", "case manager"],
    topic=["a landlord dispute", "a car accident", "a wrongful termination", "a custody matter",
           "a slip-and-fall", "an immigration petition", "a wage theft claim", "a debt collection lawsuit"],
    item=["Clio", "MyCase", "DocuSign", "LexisNexis"],
    service=["intake-form", "conflict-check", "doc-assembly", "esign-bridge"],
    subject=["Intake summary", "Consultation confirmed", "Documents needed", "Conflict check request",
             "Engagement letter", "Follow-up on your claim"],
    formtitle=["Client Intake Questionnaire", "Conflict Check Request", "Consultation Request", "HIPAA Records Authorization"],
    channel=["intake", "litigation", "immigration-team", "paralegals"],
    team=["intake", "litigation", "immigration", "family law"],
    tool=["conflict_check", "create_matter", "schedule_consult", "request_records"],
    paths=["intake/start", "client-portal/matters/%n", "consult/book", "upload/%h", "esign/%h"],
    lines=[
        "Prospective client {name}, DOB {dob}, called about {topic}.",
        "Opposing party: {name3}.",
        "Driver's license {dl}, issued in {state}.",
        "Consultation is set for {appt} with attorney {name2}.",
        "SSN (for the medical records release only): {ssn}.",
        "The incident happened in {city} on {date}.",
        "Filing deadline is {due}; matter {case}.",
        "Client address: {addr}.",
        "Retainer of {amount} was paid by card {card}.",
        "Client email {email}, mobile {phone}.",
        "We requested records from the hospital for MRN {mrn}.",
        "Health plan ID {hpn} is needed for the lien letter.",
        "{first} says {name3} [[threatened|contacted|emailed]] [[her|him|them]] again {relp}.",
        "[[Witness|Neighbor]] {name4} can be reached at {phone4}.",
        "{name_rev} previously lived in {country} and arrived in {date}.",
        "Settlement funds will be wired to account {acct}.",
        "Exhibit hash (SHA-256) {hash} was logged for the upload.",
    ],
    qa=[
        ("Can you spell your full name for me?", "{name}"),
        ("And your date of birth?", "{dob}"),
        ("What's a good number for you?", "{phone}"),
        ("Where did the accident happen?", "in {city}, on {date}"),
        ("What's the other driver's name?", "{name3}, I think"),
        ("Do you have your license number?", "yeah, {dl}"),
        ("What's your current address?", "{addr}"),
        ("Email?", "{email}"),
    ],
    fields=[
        ("dob", "Date of Birth", "dob"), ("ssn", "SSN", "ssn"), ("drivers_license", "Driver License #", "dl"),
        ("phone", "Phone", "phone"), ("email", "Email", "email"), ("address", "Address", "addr"),
        ("matter_no", "Matter #", "case"), ("opposing_party", "Opposing Party", "name3"),
        ("incident_date", "Incident Date", "date"), ("incident_location", "Incident Location", "city"),
        ("consult", "Consultation", "appt"), ("health_plan_id", "Health Plan ID", "hpn"),
        ("attorney", "Assigned Attorney", "name2"),
    ],
    secrets=[("CLIO_API_TOKEN", "secret"), ("DOCUSIGN_PRIVATE_KEY", "pem"), ("DB_PASSWORD", "pw"),
             ("PORTAL_SESSION_SECRET", "secret"), ("SLACK_BOT_TOKEN", "slack")],
    logs=[
        "intake.created client=\"{name}\" dob={dob} matter={case}",
        "conflict.check party=\"{name3}\" result=clear",
        "document.uploaded matter={case} by={wemail2} sha1={sha}",
        "esign.sent to={email} envelope={uuid}",
        "portal.login email={email} ip={ip}",
        "records.request mrn={mrn} facility=\"{org2}\"",
    ],
)

DOM["retail_pharmacy"] = dict(
    thing="refill order",
    who="patient",
    org=["CareWell Pharmacy", "Walgreens", "CVS Pharmacy", "Rite Aid", "Duane Reade", "Bartell Drugs",
         "Medicine Shoppe", "Corner Apothecary", "Kroger Pharmacy", "Boots"],
    role=["pharmacist", "pharmacy technician", "store manager", "refill line"],
    topic=["a refill", "a prior authorization", "a flu shot", "a transfer", "a price check", "a vaccine appointment"],
    drug=["amoxicillin 500 mg", "lisinopril 10 mg", "metformin 1000 mg", "atorvastatin 20 mg", "sertraline 50 mg",
          "levothyroxine 75 mcg", "albuterol HFA", "omeprazole 20 mg", "insulin glargine", "Paxlovid"],
    item=["Tylenol", "Advil", "Claritin", "Dr. Scholl's insoles", "Johnson & Johnson bandages", "Vicks VapoRub"],
    service=["rx-queue", "claims-adjudicator", "ivr-refill", "vaccine-scheduler"],
    insurer=INSURERS,
    subject=["Your prescription is ready", "Prior authorization update", "Vaccine appointment confirmed",
             "Refill request received", "Insurance rejected claim"],
    formtitle=["Vaccine Consent Form", "Prescription Transfer Request", "Patient Profile Update", "Delivery Enrollment"],
    channel=["rx-floor", "district-ops", "pa-queue"],
    team=["pharmacy", "district ops", "PA desk"],
    tool=["lookup_rx", "check_claim", "schedule_vaccine", "notify_patient"],
    paths=["rx/refill?store=%n", "vaccines/schedule", "account/prescriptions", "pickup/%h", "stores/%n"],
    lines=[
        "Rx {rx} for {name} (DOB {dob}) is ready for pickup.",
        "Insurance: {insurer}, member ID {hpn}, BIN {bin}, PCN {pcn}.",
        "Patient profile {mrn} shows an allergy to [[penicillin|sulfa|codeine|latex]].",
        "Dr. {last3} called in {drug}.",
        "Lot {lot} was used for the flu shot {relp}.",
        "Text {first} at {phone} when the refill is ready.",
        "Deliver to {addr}.",
        "Vaccine appointment is booked for {appt}.",
        "Copay of {amount} was charged to card {card}.",
        "{first} prefers email: {email}.",
        "Transferred from the {city} store {relp}.",
        "Caregiver {name4} is authorized to pick up for {first}.",
        "Claim rejected (code 70) for member {hpn}; PA submitted {relp}.",
        "{name_rev} — {drug} — qty {qty} — refills remaining {qty2}.",
        "Prior auth approved through {due}.",
        "NDC {ndc} was substituted with the generic; lot {lot}.",
    ],
    qa=[
        ("Can I have your date of birth?", "{dob}"),
        ("What's the prescription number?", "{rx}"),
        ("Is this still the best number, {phone}?", "yes"),
        ("What's the member ID on your card?", "{hpn}"),
        ("Which address for delivery?", "{addr}"),
        ("Who is picking up?", "my [[daughter|son|husband|neighbor]] {name4}"),
        ("When do you want the shot?", "{appt} if possible"),
    ],
    fields=[
        ("dob", "DOB", "dob"), ("rx_number", "Rx #", "rx"), ("drug", "Medication", "drug"),
        ("patient_id", "Patient ID", "mrn"), ("member_id", "Member ID", "hpn"), ("rx_group", "Rx Group", "grp"),
        ("bin", "BIN", "bin"), ("phone", "Phone", "phone"), ("email", "Email", "email"),
        ("delivery_address", "Delivery Address", "addr"), ("prescriber", "Prescriber", "name3"),
        ("card", "Card", "card"), ("vaccine_appt", "Vaccine Appt", "appt"), ("lot", "Lot #", "lot"),
    ],
    secrets=[("SURESCRIPTS_API_KEY", "secret"), ("SFTP_PASSWORD", "pw"), ("IVR_WEBHOOK_SECRET", "secret"),
             ("TWILIO_AUTH_TOKEN", "secret"), ("AWS_SECRET_ACCESS_KEY", "aws_secret")],
    logs=[
        "rx.ready rx={rx} patient=\"{name}\" notify={phone}",
        "claim.adjudicated member={hpn} bin={bin} status=paid copay={amount}",
        "profile.update patient_id={mrn} field=address",
        "ivr.refill caller={phone} rx={rx} result=queued",
        "vaccine.booked patient_dob={dob} lot={lot}",
        "login email={email} ip={ip}",
    ],
)

DOM["devops_postmortem"] = dict(
    thing="incident",
    who="engineer",
    org=["Finchpay", "Orbital Labs", "Tessellate", "Northstar Logistics", "Acme Cloud", "Quillbyte",
         "Harborlight Health IT", "Parsec Analytics"],
    role=["SRE", "on-call engineer", "incident commander", "platform lead", "security engineer"],
    topic=["the checkout outage", "the leaked credentials", "the DNS misconfiguration", "the database failover",
           "the expired TLS certificate", "the runaway cron job", "the Kafka consumer lag", "the S3 bucket exposure"],
    item=["Jenkins", "Kafka", "Cassandra", "Travis CI", "Grafana", "PagerDuty", "Terraform", "Ansible"],
    service=["checkout-api", "auth-service", "payments-worker", "search-indexer", "jenkins", "kafka-broker",
             "cassandra-ring", "edge-proxy", "notifier"],
    subject=["Postmortem: {topic}", "Incident review notes", "ACTION: rotate credentials", "RCA draft"],
    formtitle=["Incident Report", "Access Request", "Credential Rotation Checklist"],
    channel=["incident-2231", "sre", "security", "platform-oncall", "deploys"],
    team=["SRE", "platform", "security", "payments"],
    tool=["query_logs", "rotate_secret", "get_deploy", "page_oncall"],
    paths=["d/%h/checkout-latency", "runbooks/%n", "incidents/%n", "wiki/postmortems/%n", "alerts/%h"],
    lines=[
        "At {ts} the {service} pods began returning HTTP {http}.",
        "{name} paged {name2} {relp}.",
        "The leaked key {aws_key} was deactivated and its secret {aws_secret} rotated.",
        "Traffic from {ip} spiked to {pct} of total requests.",
        "Runbook: {url}",
        "Deploy {ver} (commit {shortsha}) was rolled back.",
        "{first_lc} spotted the Slack bot token {slack} in the build log.",
        "GitHub token {gh} had repo scope and was revoked.",
        "The postmortem review is on {appt}.",
        "Customer impact: {pct} of checkout requests failed.",
        "Affected hosts: {ipp} and {ipsix}.",
        "Questions go to {wemail}.",
        "A Stripe key {stripe} was committed to the repo and rolled.",
        "The service account JWT {jwt} was still valid after the reset.",
        "Patched {cve} on the edge nodes ({host}).",
        "{name} is incident commander; {name3} handles comms.",
        "The DB password {pw} was in plain text in the Helm values.",
        "Laptop MAC {mac} was on the VPN at the time; image digest {hash}.",
    ],
    qa=[
        ("Which key was exposed?", "{aws_key}"),
        ("Who was on call?", "{name}"),
        ("What IP was hammering us?", "{ip}"),
        ("Where's the dashboard?", "{url}"),
        ("Did we rotate the token?", "yes, the old one was {gh}"),
        ("When is the review?", "{appt}"),
    ],
    fields=[
        ("on_call", "On Call", "name"), ("email", "Email", "wemail"), ("source_ip", "Source IP", "ip"),
        ("ipv6", "IPv6", "ipsix"), ("runbook", "Runbook", "url"), ("service", "Service", "service"),
        ("version", "Version", "ver"), ("commit", "Commit", "shortsha"), ("aws_access_key_id", "AWS Access Key", "aws_key"),
        ("aws_secret_access_key", "AWS Secret", "aws_secret"), ("github_token", "GitHub Token", "gh"),
        ("slack_token", "Slack Token", "slack"), ("api_key", "API Key", "secret"), ("status", "HTTP Status", "http"),
        ("review", "Review", "appt"),
    ],
    secrets=[("AWS_ACCESS_KEY_ID", "aws_key"), ("AWS_SECRET_ACCESS_KEY", "aws_secret"), ("GITHUB_TOKEN", "gh"),
             ("SLACK_BOT_TOKEN", "slack"), ("STRIPE_API_KEY", "stripe"), ("DATADOG_API_KEY", "secret"),
             ("JWT_SIGNING_SECRET", "secret"), ("DATABASE_PASSWORD", "pw"), ("SERVICE_TOKEN", "jwt"),
             ("TLS_PRIVATE_KEY", "pem")],
    logs=[
        "auth failure for user {wemail} from {ip}",
        "loaded credentials AWS_ACCESS_KEY_ID={aws_key}",
        "slack notify failed status={http} token={slack}",
        "upstream timed out host={host} peer={ipp}",
        "deploy {ver} sha={sha} by {first_lc}",
        "request_id={uuid} client={ipsix} status={http}",
        "pod {pod} OOMKilled restarts=4",
    ],
)

DOM["travel_agency"] = dict(
    thing="booking",
    who="traveler",
    org=["Wanderwise Travel", "Globetrotter Tours", "Blue Lagoon Journeys", "Thomas Cook", "Flight Centre",
         "Sahara & Silk Road Tours", "Kalinga Travel & Tours", "Bosphorus Holidays"],
    role=["travel consultant", "booking agent", "groups coordinator", "visa desk"],
    topic=["a honeymoon package", "a group tour", "a flight change", "a visa appointment", "a cancelled connection",
           "a hotel upgrade", "travel insurance", "a pilgrimage trip"],
    hotel=["Hilton Garden Inn", "Marriott Marquis", "Hyatt Regency", "Four Seasons", "Holiday Inn Express",
           "Ritz-Carlton", "Wyndham Grand", "Radisson Blu", "Sheraton", "Best Western Plus", "Shangri-La", "Novotel"],
    airline=["Turkish Airlines", "Ethiopian Airlines", "Philippine Airlines", "Vietnam Airlines", "LATAM",
             "LOT Polish Airlines", "Korean Air", "Aeroméxico", "Garuda Indonesia", "Aegean", "Aer Lingus",
             "Delta", "United", "British Airways", "Wizz Air", "Air Peace"],
    item=["Samsonite carry-on", "Tumi backpack", "Bose headphones"],
    service=["booking-engine", "gds-gateway", "itinerary-mailer", "fare-watch"],
    subject=["Your itinerary", "Booking confirmation", "Schedule change", "Payment received",
             "Visa appointment details", "Refund request"],
    formtitle=["Traveler Profile", "Booking Request", "Group Registration", "Refund Request"],
    channel=["bookings", "groups", "visa-desk", "refunds"],
    team=["bookings", "groups", "visa desk", "accounts"],
    tool=["search_flights", "create_booking", "get_itinerary", "refund_booking"],
    paths=["trips/%n", "itinerary/%h", "checkin", "manage-booking?pnr=%h", "visa/checklist"],
    lines=[
        "Traveler {name}, DOB {dob}, is booked from {city} to {city2} on {date}.",
        "Booking ref {booking}, e-ticket {eticket} on {airline}.",
        "Passenger phone: {phone_intl}.",
        "Card {card} was charged {amount} for the package.",
        "Hotel: {hotel} in {city3}, check-in {appt}.",
        "Emergency contact: {name4}, {phone4}.",
        "Send the itinerary to {email}.",
        "Refund the deposit to IBAN {iban}.",
        "Airport pickup from {addr}.",
        "Visa appointment at the consulate is {appt2}.",
        "{first} is flying on to {country} afterwards.",
        "Group leader {name3} wants seats together for {qty} travelers.",
        "Schedule change: {airline} moved the flight to {appt3}.",
        "{name_rev} requested a vegetarian meal and aisle seat.",
        "Balance of {amount} due by {due}.",
        "Guidebook ISBN {isbn} was added to the welcome pack.",
    ],
    qa=[
        ("Full name as on the passport?", "{name_uc}"),
        ("Date of birth?", "{dob}"),
        ("Where are you departing from?", "{city}"),
        ("Best contact number while abroad?", "{phone_intl}"),
        ("Which card would you like to use?", "{card}"),
        ("Email for the e-ticket?", "{email}"),
        ("Emergency contact?", "{name4}, {phone4}"),
    ],
    fields=[
        ("dob", "Date of Birth", "dob"), ("phone", "Phone", "phone_intl"), ("email", "Email", "email"),
        ("home_address", "Home Address", "addr"), ("card_number", "Card Number", "card"), ("iban", "IBAN", "iban"),
        ("pnr", "Booking Ref", "booking"), ("eticket", "E-ticket", "eticket"), ("airline", "Airline", "airline"),
        ("origin", "Origin", "city"), ("destination", "Destination", "city2"), ("departure", "Departure", "appt"),
        ("hotel", "Hotel", "hotel"), ("emergency_contact", "Emergency Contact", "name4"),
        ("emergency_phone", "Emergency Phone", "phone4"),
    ],
    secrets=[("AMADEUS_API_SECRET", "secret"), ("SABRE_PASSWORD", "pw"), ("STRIPE_SECRET_KEY", "stripe"),
             ("MAILER_API_KEY", "secret"), ("GDS_SESSION_TOKEN", "jwt")],
    logs=[
        "booking.created pnr={booking} pax=\"{name}\" dob={dob}",
        "payment.authorized card={card} amount={amount}",
        "itinerary.emailed to={email} pnr={booking}",
        "gds.session.open ip={ip} office=NYC1S2100",
        "fare.alert route=\"{city} -> {city2}\" delta={pct}",
        "refund.requested iban={iban} booking={booking}",
    ],
)

DOM["school_administration"] = dict(
    thing="form",
    who="student",
    org=["Lincoln Elementary", "Roosevelt High School", "Jefferson Middle School", "St. Bridget's Academy",
         "Martin Luther King Jr. Academy", "Cesar Chavez Middle School", "Maple Hill Charter School",
         "Riverside Unified School District", "Sojourner Truth Elementary"],
    role=["registrar", "school nurse", "attendance clerk", "counselor", "front office", "principal"],
    topic=["enrollment", "an absence", "a bus change", "a lunch balance", "a field trip", "an IEP meeting",
           "a transcript request", "immunization records"],
    grade=["K", "1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th", "11th", "12th"],
    item=["Chromebook", "TI-84 calculator", "Scholastic book order"],
    service=["sis-sync", "attendance-bot", "lunch-pos", "parent-portal"],
    subject=["Enrollment documents", "Absence notification", "Parent-teacher conference", "Lunch account balance",
             "Field trip permission", "Transcript request"],
    formtitle=["Student Enrollment Form", "Emergency Contact Card", "Field Trip Permission", "Medication Authorization"],
    channel=["front-office", "attendance", "nurse", "counseling"],
    team=["front office", "attendance", "counseling", "transportation"],
    tool=["get_student", "update_guardian", "record_absence", "lunch_balance"],
    paths=["parent-portal/login", "enroll/%n", "calendar", "lunch/pay?acct=%n", "forms/%h"],
    lines=[
        "Student {name} (ID {studentid}), DOB {dob}, is enrolled in grade {grade}.",
        "Parent/guardian {name2}, phone {phone2}, email {email2}.",
        "Home address: {addr}.",
        "Parent-teacher conference on {appt} with {title} {last3}.",
        "Lunch account {acct} has a balance of {amount}.",
        "{first} was absent {relp}; the nurse notes an allergy to [[peanuts|penicillin|latex|bee stings]].",
        "{first} transferred from a school in {city}.",
        "Health plan ID for the field-trip form: {hpn}.",
        "Field trip on {date}; permission slips due {due}.",
        "Portal link: {url}",
        "Teacher {name3} reported that {first} [[left early|was tardy|missed the bus]] {relp}.",
        "Custody note: only {name2} may pick up {first}.",
        "{name_rev} needs an interpreter for [[Tagalog|Amharic|Vietnamese|Portuguese|Polish|Farsi|Spanish]] at meetings.",
        "Immunization record from {country} was received {relp}.",
        "Guardian {first2} asked to update the emergency contact to {name4} ({phone4}).",
        "Textbook ISBN {isbn} (fee {amount}) is still unpaid.",
    ],
    qa=[
        ("What's the student's date of birth?", "{dob}"),
        ("And the parent's phone?", "{phone2}"),
        ("Who else can pick up?", "{name4}"),
        ("Your email for the portal?", "{email2}"),
        ("Home address?", "{addr}"),
        ("Which grade?", "{grade}"),
    ],
    fields=[
        ("student_id", "Student ID", "studentid"), ("dob", "Date of Birth", "dob"), ("grade", "Grade", "grade"),
        ("guardian", "Parent/Guardian", "name2"), ("guardian_phone", "Guardian Phone", "phone2"),
        ("guardian_email", "Guardian Email", "email2"), ("home_address", "Home Address", "addr"),
        ("lunch_account", "Lunch Account", "acct"), ("insurance_id", "Insurance ID", "hpn"),
        ("conference", "Conference", "appt"), ("emergency_contact", "Emergency Contact", "name4"),
        ("previous_school_city", "Previous School City", "city"),
    ],
    secrets=[("POWERSCHOOL_CLIENT_SECRET", "secret"), ("SIS_DB_PASSWORD", "pw"), ("GOOGLE_SA_PRIVATE_KEY", "pem_json"),
             ("LUNCH_POS_API_KEY", "secret"), ("CLEVER_TOKEN", "secret")],
    logs=[
        "enrollment.updated student={studentid} name=\"{name}\" dob={dob}",
        "guardian.contact.added phone={phone2} email={email2}",
        "lunch.balance.low account={acct} balance={amount}",
        "portal.login user={email2} ip={ip}",
        "attendance.absent student={studentid} period=3",
        "sis.sync batch={uuid} records=412 status={http}",
    ],
)

LOWCONF = [("LOG_LEVEL", "debug"), ("PORT", "8080"), ("REGION", "us-east-1"), ("DB_HOST", "db.internal"),
           ("FEATURE_NEW_CHECKOUT", "true"), ("TIMEOUT_SECONDS", "30"), ("DB_USER", "app"), ("NODE_ENV", "production"),
           ("CACHE_TTL", "300"), ("RETRY_LIMIT", "5"), ("TZ", "UTC"), ("WORKERS", "4"), ("DB_NAME", "appdb"),
           ("SMTP_HOST", "smtp.mailgun.org"), ("SMTP_PORT", "587"), ("ENABLE_METRICS", "1")]


# ---------------------------------------------------------------------------
# Templates (positive documents)
# ---------------------------------------------------------------------------
TEMPLATES = []
NEG_TEMPLATES = []


def tpl(style, neg=False):
    def deco(fn):
        (NEG_TEMPLATES if neg else TEMPLATES).append((style, fn.__name__, fn))
        return fn
    return deco


class Clock:
    def __init__(self, r, style=None):
        self.r = r
        self.t = _dt.datetime(2024, 1, 1, r.randint(7, 20), r.randint(0, 59), r.randint(0, 59))
        self.style = r.randint(0, 4) if style is None else style

    def __call__(self):
        self.t += _dt.timedelta(seconds=self.r.randint(8, 240))
        t = self.t
        h12_ = t.hour % 12 or 12
        ap = "AM" if t.hour < 12 else "PM"
        return [f"[{t:%H:%M}]", f"{t:%H:%M:%S}", f"({h12_}:{t:%M} {ap})", f"[{h12_}:{t:%M} {ap}]", f"{t:%H:%M}"][self.style]


def kv_sep(r):
    return r.choice([": ", ": ", ":  ", " - ", " = ", ":\t", " : "])


def _json_str(d, slot):
    d.t('"')
    d.v(slot)
    d.t('"')


def json_fields(d, fields, indent=2, level=1, trailing=True, key_style="snake"):
    pad = " " * (indent * level) if indent else ""
    nl = "\n" if indent else ""
    d.t("{" + nl)
    for i, (snake, label, slot) in enumerate(fields):
        key = snake if key_style == "snake" else re.sub(r"_([a-z0-9])", lambda m: m.group(1).upper(), snake)
        d.t(f'{pad}"{key}": ')
        _json_str(d, slot)
        d.t(("," if i < len(fields) - 1 else "") + (nl if indent else " "))
    d.t((" " * (indent * (level - 1)) if indent else "") + "}")


def reslot(slot, row):
    """Slot name for table row `row` (0 = the document's main record): rows get their own people/values."""
    if row == 0:
        return slot
    m = re.fullmatch(r"([a-z_]+?)(\d{0,2})", slot)
    return f"{m.group(1)}{10 * row + int(m.group(2) or 1)}"


def csv_cell(d, slot, sep):
    typ, val = d.slot(slot)
    if sep in val or "\n" in val or '"' in val or (sep == "," and " " in val and d.r.random() < 0.3):
        d.t('"')
        d.v(slot)
        d.t('"')
    else:
        d.v(slot)


# ---------------- chat ---------------------------------------------------------
@tpl("chat")
def chat_support(d):
    r = d.r
    ck = Clock(r)
    agent = r.choice(["{first2}", "{first2} ({org})", "Agent {first2}", "{first2} | {org}"])
    cust = r.choice(["Visitor", "Customer", "{first}", "You"])
    d.t(ck() + " ")
    d.f(agent + ": [[Hi|Hello|Hey there]], thanks for contacting {org}! I'm {first2}. How can I help [[today|you]]?\n")
    d.t(ck() + " ")
    d.f(cust + ": [[hi|hello|hey|good morning]] [[this is|my name is|it's]] {name_lc}, [[i'm writing about|question about|need help with]] {topic}\n")
    for q, a in d.qa(r.randint(2, 4)):
        d.t(ck() + " ")
        d.f(agent + ": " + q + "\n")
        d.t(ck() + " ")
        d.f(cust + ": " + a + "\n", case="lower" if r.random() < 0.5 else None)
    d.t(ck() + " ")
    d.f(agent + ": [[Thanks|Perfect|Got it]]. ")
    d.lines(1)
    d.t("\n" + ck() + " ")
    d.f(cust + ": [[ok thanks|great, ty|thank you!|cool]]\n")
    d.t(ck() + " ")
    d.f(agent + ": [[You're welcome|Happy to help]], {first}. [[Have a great day!|Anything else?|Take care.]]")


@tpl("chat")
def chat_internal(d):
    r = d.r
    ck = Clock(r, r.choice([2, 3, 4]))
    d.f("#{channel}\n\n")
    d.f("{first_lc2}  " + ck() + "\n[[hey|hi all|quick q|heads up]] - [[anyone know|can someone check|who's handling]] {topic} for {first_lc}?\n\n")
    d.f("{first_lc7}  " + ck() + "\n")
    d.lines(1, case="lower" if r.random() < 0.3 else None)
    d.t("\n\n")
    d.f("{first_lc2}  " + ck() + "\n")
    d.lines(r.randint(1, 2))
    d.f(" [[thx|ty|:pray:|]]\n\n")
    d.f("{first_lc7}  " + ck() + "\n[[on it|done|will do|ack]]. [[also|fyi]] ")
    d.lines(1)
    d.t("\n")


@tpl("chat")
def chat_whatsapp(d):
    r = d.r
    dt = rand_event_dt(r)
    ck = dt.replace(hour=r.randint(7, 21))
    who = [r.choice(["{first}", "{name}"]), r.choice(["{first2}", "{name2}", "{org}"])]
    msgs = [
        (0, "[[Hi|Hello|Good morning]], [[is this|are you]] {org}?"),
        (1, "[[Yes|Hi]] {first}! [[How can we help?|What do you need?]]"),
        (0, None), (1, None), (0, "QA"), (1, None), (0, "[[ok|👍|thanks|salamat po|obrigado|dziękuję]]"),
    ]
    for who_i, m in msgs:
        ck += _dt.timedelta(minutes=r.randint(0, 9), seconds=r.randint(1, 59))
        d.t(f"[{ck.month}/{ck.day}/{ck.year % 100}, {ck:%H:%M:%S}] ")
        d.f(who[who_i] + ": ")
        if m is None:
            d.lines(1)
        elif m == "QA":
            q, a = d.qa(1)[0]
            d.f(a)
        else:
            d.f(m)
        d.t("\n")


@tpl("chat")
def chat_bot(d):
    r = d.r
    bot = r.choice(["Assistant", "Bot", "{org} Virtual Assistant", "Ava (automated)"])
    d.f(bot + ": Welcome to {org}. [[I can help with|Ask me about]] {topic}. What's your full name?\n")
    d.f("User: {name}\n")
    for q, a in d.qa(r.randint(2, 3)):
        d.f(bot + ": " + q + "\n")
        d.f("User: " + a + "\n", case="lower" if r.random() < 0.4 else None)
    d.f(bot + ": Thanks! A [[summary|copy]] was sent to {email}. [[Reference|Ticket]]: {ticket}.\n")
    d.f(bot + ": [[Need a human?|Want to talk to an agent?]] Call {phone2}.")


# ---------------- email ----------------------------------------------------------
def sig(d, idx="2"):
    r = d.r
    d.f(r.choice(["\n\n--\n", "\n\nBest,\n", "\n\nThanks,\n", "\n\nKind regards,\n", "\n\nCheers,\n", "\n\nRegards,\n"]))
    d.f(r.choice(["{name%s}" % idx, "{first%s}" % idx, "{name_mi%s}" % idx]))
    d.f(r.choice(["\n{role} | {org}", "\n{org}", "\n{role}\n{org}\n{phone%s}" % idx, "\n{org}\nDirect: {phone%s}" % idx, ""]))


@tpl("email")
def email_formal(d):
    r = d.r
    d.f("From: {name2} <{wemail2}>\nTo: [[{name} <{email}>|{email}]]\n")
    if r.random() < 0.4:
        d.f("Cc: {wemail7}\n")
    d.f("Subject: {subject}\n\n")
    d.f(r.choice(["Dear {title} {last},", "Hi {first},", "Hello {name},", "Dear {name},", "{first} -"]) + "\n\n")
    d.lines(r.randint(2, 4), sep=r.choice([" ", "\n\n", "\n"]))
    d.f("\n\n[[If anything looks wrong, reply to this email or call us at {phone2}.|Please let us know if you have questions.|You can also manage this online: {url}]]")
    sig(d)


@tpl("email")
def email_reply(d):
    r = d.r
    d.f("Subject: RE: {subject}\n\n")
    d.f("[[Thanks {first2}|Hi {first2}|{first2},|Hello again]] - ")
    d.lines(1)
    d.f(" [[Also, |And |Oh and ]]")
    d.lines(1)
    d.f("\n\n{first}\n\n")
    d.f(r.choice(["{name2} wrote:\n", "{name2} <{wemail2}> wrote:\n", "-----Original Message-----\nFrom: {name2}\n\n"]))
    d.t("> ")
    d.lines(r.randint(1, 3), sep="\n> ")
    d.f("\n> \n> [[Thanks|Best]],\n> {first2}")


@tpl("email")
def email_short(d):
    r = d.r
    d.f("to: {wemail2}\nsubj: [[quick question|{subject}|help pls|urgent]]\n\n", case="lower" if r.random() < 0.5 else None)
    d.f("[[hi|hey|hello]] [[there|{first2}|team]],\n\n")
    d.lines(r.randint(1, 2), case="lower" if r.random() < 0.3 else None)
    d.f("\n\n[[sent from my iPhone|Sent from Outlook for Android|-- {first}|thx, {first_lc}|{name}]]")


@tpl("email")
def email_forward(d):
    r = d.r
    d.f("[[FYI|See below|Can you take this one?|Forwarding for visibility]] - {first7}\n\n")
    d.f("---------- Forwarded message ---------\nFrom: {name} <{email}>\nTo: {wemail2}\nSubject: {subject}\n\n")
    d.f("[[Hello|Hi|Good afternoon]],\n\n")
    d.lines(r.randint(2, 3), sep="\n")
    d.f("\n\nMy number is {phone} [[if easier|— text is fine|(after 5pm)]].\n{name}\n{addr_ml}")


# ---------------- web form ------------------------------------------------------
@tpl("web_form")
def form_submission(d):
    r = d.r
    d.f("[[New submission|Form submission received|New entry]]: {formtitle}\n")
    d.f("Form ID: {uuid}\nSubmitted: {ts}\n" + r.choice(["", "IP: {ip}\n", "Remote addr: {ip}\nUser agent: Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)\n"]))
    d.t("\n")
    for snake, label, slot in d.fields(r.randint(4, 8), ml=True):
        d.t(label + kv_sep(r) + ("\n" if slot == "addr_ml" else ""))
        d.v(slot)
        d.t("\n")
    d.f("[[☑|✔|Yes -|(x)]] I agree to the terms\n[[Comments|Notes|Message]]: ")
    d.lines(1)


@tpl("web_form")
def form_confirmation(d):
    r = d.r
    d.f("[[Thank you|Thanks|Gracias]], {first}! We received your {formtitle} request.\n\n")
    d.f("Confirmation #: {ticket}\n\nHere's what you submitted:\n")
    for snake, label, slot in d.fields(r.randint(3, 6), names=False):
        d.t(f"  • {label}: ")
        d.v(slot)
        d.t("\n")
    d.f("\nQuestions? Email {wemail2} or visit {url}.\n")


@tpl("web_form")
def form_multipart(d):
    r = d.r
    b = "----WebKitFormBoundary" + rd(r, 16, ALNUM)
    d.f("POST /[[api/forms|submit|intake]] HTTP/1.1\nHost: {orgdomain}\nContent-Type: multipart/form-data; boundary=" + b + "\n\n")
    for snake, label, slot in d.fields(r.randint(3, 6)):
        d.t(f"--{b}\nContent-Disposition: form-data; name=\"{snake}\"\n\n")
        d.v(slot)
        d.t("\n")
    d.t(f"--{b}--\n")


# ---------------- logs ----------------------------------------------------------
def _logstamp(r, dt, style):
    if style == 0:
        return f"{dt:%Y-%m-%d %H:%M:%S},{r.randint(0, 999):03d}"
    if style == 1:
        return f"{dt:%Y-%m-%dT%H:%M:%S}.{r.randint(0, 999):03d}Z"
    if style == 2:
        return f"{dt:%b %d %H:%M:%S}"
    return f"{dt:%Y/%m/%d %H:%M:%S}"


@tpl("log")
def log_app(d):
    r = d.r
    dt = rand_event_dt(r)
    style = r.randint(0, 3)
    host = d.slot("host")[1]
    for i in range(r.randint(4, 7)):
        dt += _dt.timedelta(seconds=r.randint(0, 90), milliseconds=r.randint(0, 999))
        lvl = r.choice(["INFO", "INFO", "INFO", "WARN", "ERROR", "DEBUG"])
        d.t(f"{_logstamp(r, dt, style)} {lvl:<5} ")
        if style == 2:
            d.t(f"{host} ")
        d.f("[{service}] ")
        if r.random() < 0.75:
            d.f(r.choice(d.dom["logs"]))
        else:
            d.f(r.choice(["request_id={uuid} latency_ms=" + str(r.randint(3, 4000)), "retrying in 5s (attempt 2/5)",
                          "health check ok build={build}", "cache miss key=sess:{shortsha}", "GET /healthz {http}"]))
        d.t("\n")


@tpl("log")
def log_jsonl(d):
    r = d.r
    for i in range(r.randint(3, 5)):
        ev = r.choice(d.dom["logs"])
        m = re.match(r"([a-z_]+\.[\w.]+)\s(.*)", ev)
        d.f('{"ts":"{ts}","level":"[[info|warn|error]]","svc":"{service}","msg":"')
        if m and "=" in m.group(2):
            d.t(m.group(1) + '"')
            for k, v in re.findall(r'(\w+)=("[^"]*"|\S+)', m.group(2)):
                d.t(f',"{k}":"')
                d.f(v.strip('"'))
                d.t('"')
        else:
            d.f(ev.replace('"', "'") + '"')
        d.f(',"trace_id":"{uuid}"}\n')


@tpl("log")
def log_access(d):
    r = d.r
    for i in range(r.randint(4, 7)):
        ip = r.choice(["{ip}", "{ip2}", "{ipp}", "{ipsix}"])
        dt = _dt.datetime(2024, 1, 1) + _dt.timedelta(seconds=r.randint(0, 86400 * 600))
        path = r.choice(["/api/v1/" + d.dom["who"] + "s/" + str(r.randint(1000, 99999)), "/login", "/static/app.js",
                         "/favicon.ico", "/" + r.choice(d.dom["paths"]).replace("%n", str(r.randint(10, 9999))).replace("%h", rd(r, 8, HEX))])
        d.f(ip + f' - - [{dt:%d/%b/%Y:%H:%M:%S} +0000] "' + r.choice(["GET", "POST", "PUT"]) + f' {path} HTTP/1.1" ')
        d.f(r.choice(["200", "200", "302", "{http}", "304"]) + f" {r.randint(0, 90000)} ")
        d.f(r.choice(['"-"', '"{url}"']) + ' "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"\n')


@tpl("log")
def log_audit(d):
    r = d.r
    for i in range(r.randint(3, 6)):
        d.f("AUDIT {ts} actor=[[{wemail2}|{wemail7}|svc-{service}]] ")
        d.f(r.choice([
            'action=view_record subject="{name}" record={mrn} src={ip}',
            'action=export subject="{name_rev}" fields=dob,ssn,address result=allowed',
            'action=update field=phone old=*** new={phone} subject_id={uuid}',
            'action=login result=[[success|failure]] src={ip2}',
            'action=update field=address new="{addr}"',
            'action=reset_password target={email} temp_password={pw}',
            'action=download file={sha}.pdf size=' + str(r.randint(1000, 900000)),
        ]))
        d.t("\n")


# ---------------- CSV / TSV -----------------------------------------------------
def _table_rows(d, fields, nrows, sep, header=True, label_header=False):
    r = d.r
    if header:
        d.t(sep.join(lab if label_header else sn for sn, lab, _ in fields) + "\n")
    for i in range(nrows):
        for j, (sn, lab, slot) in enumerate(fields):
            if j:
                d.t(sep)
            s = reslot(slot, i)
            if r.random() < 0.06 and slot not in ("name", "first", "last"):
                d.t("")
                continue
            csv_cell(d, s, sep) if sep != "|" else d.v(s)
        d.t("\n")


@tpl("csv")
def csv_export(d):
    r = d.r
    fields = d.fields(r.randint(4, 7))
    d.f("# export: {service} [[|(nightly)|(ad-hoc)]]\n" if r.random() < 0.3 else "")
    _table_rows(d, fields, r.randint(2, 5), ",")


@tpl("csv")
def tsv_export(d):
    r = d.r
    fields = d.fields(r.randint(4, 7))
    _table_rows(d, fields, r.randint(2, 5), "\t", label_header=r.random() < 0.5)


@tpl("csv")
def csv_semicolon(d):
    r = d.r
    fields = d.fields(r.randint(3, 6))
    _table_rows(d, fields, r.randint(2, 4), ";", header=r.random() < 0.6, label_header=True)


# ---------------- JSON ----------------------------------------------------------
@tpl("json")
def json_api(d):
    r = d.r
    d.f("[[POST|PUT|PATCH]] /v[[1|2]]/{who}s[[ HTTP/1.1|]]\nAuthorization: Bearer {jwt}\nContent-Type: application/json\n\n")
    json_fields(d, d.fields(r.randint(3, 7)), indent=r.choice([2, 4, 0]), key_style=r.choice(["snake", "camel"]))
    d.f("\n\nHTTP/1.1 [[201 Created|200 OK]]\n")
    d.f('{"id": "{uuid}", "status": "[[created|ok|queued]]", "received_at": "{ts}"}')


@tpl("json")
def json_webhook(d):
    r = d.r
    d.f('{\n  "event": "{who}.[[updated|created|flagged]]",\n  "id": "evt_' + rd(r, 24, ALNUM) + '",\n  "created": {epoch},\n  "data": {\n    "object": ')
    json_fields(d, d.fields(r.randint(3, 6)), indent=2, level=3)
    d.f(',\n    "previous_attributes": {"updated_at": "{ts}"}\n  },\n  "request": {"ip": "{ip}", "idempotency_key": "{uuid}"}\n}')


@tpl("json")
def json_array(d):
    r = d.r
    d.t("[\n")
    n = r.randint(2, 3)
    base = d.fields(r.randint(3, 5))
    for i in range(n):
        fl = [(sn, lab, reslot(slot, i)) for sn, lab, slot in base]
        d.t("  ")
        json_fields(d, fl, indent=0)
        d.t(",\n" if i < n - 1 else "\n")
    d.t("]")


# ---------------- markdown ------------------------------------------------------
@tpl("markdown")
def md_table(d):
    r = d.r
    fields = d.fields(r.randint(3, 5))
    d.f("### {formtitle} — [[queue|worklist|review]]\n\n")
    d.t("| " + " | ".join(lab for _, lab, _ in fields) + " |\n")
    d.t("|" + "|".join(["---"] * len(fields)) + "|\n")
    for i in range(r.randint(2, 4)):
        d.t("| ")
        for j, (sn, lab, slot) in enumerate(fields):
            if j:
                d.t(" | ")
            s = reslot(slot, i)
            typ, val = d.slot(s)
            if "\n" in val:
                d.t("—")
            else:
                d.v(s)
        d.t(" |\n")


@tpl("markdown")
def md_summary(d):
    r = d.r
    d.f("## {subject}\n\n**Owner:** {name2}  \n**Status:** [[Open|In progress|Resolved]]  \n**Ref:** {ticket}\n\n")
    d.f("| Field | Value |\n|---|---|\n")
    for sn, lab, slot in d.fields(r.randint(3, 6)):
        typ, val = d.slot(slot)
        if "\n" in val:
            continue
        d.t(f"| {lab} | ")
        d.v(slot)
        d.t(" |\n")
    d.t("\n### Notes\n- ")
    d.lines(r.randint(2, 3), sep="\n- ")


# ---------------- config --------------------------------------------------------
@tpl("config")
def env_file(d):
    r = d.r
    d.f("# {service} — [[production|staging|prod]] [[env|settings]]\n")
    items = list(r.sample(LOWCONF, r.randint(3, 6))) + [("S", s_) for s_ in r.sample(d.dom["secrets"], min(len(d.dom["secrets"]), r.randint(2, 4)))]
    r.shuffle(items)
    q = r.choice(["", "", '"', "'"])
    for k, (key, v) in enumerate(items):
        if key == "S":
            skey, slot = v
            qq = '"' if slot in ("pem", "pem_json") else q
            slot = "pem_json" if slot == "pem" else slot
            d.t(f"{skey}={qq}")
            d.v(slot + str(k + 1))
            d.t(f"{qq}\n")
        else:
            d.t(f"{key}={v}\n")
    if r.random() < 0.4:
        d.f("# old key, do not use: {exkey}\n")
    if r.random() < 0.4:
        d.f("ADMIN_EMAIL={wemail2}\n")


@tpl("config")
def yaml_config(d):
    r = d.r
    d.f("# owner: {name2} <{wemail2}>\n" if r.random() < 0.5 else "")
    d.f("service: {service}\nversion: {ver}\nenvironment: [[production|staging]]\nreplicas: " + str(r.randint(1, 6)) + "\n")
    d.f("database:\n  host: db.internal\n  port: 5432\n  user: app\n  password: [['{pw}'|\"{pw}\"|{pw}]]\n")
    d.t("integrations:\n")
    for k, (key, slot) in enumerate(r.sample(d.dom["secrets"], min(3, len(d.dom["secrets"])))):
        d.t(f"  {key.lower()}: ")
        if slot in ("pem", "pem_json"):
            d.t("|\n    ")
            d.v("pem_yaml")
        else:
            d.v(slot + str(k + 1))
        d.t("\n")
    d.f("alerts:\n  email: {wemail2}\n  allow_cidrs: [\"{ipp}/32\"]\n")


@tpl("config")
def k8s_secret(d):
    r = d.r
    d.f("apiVersion: v1\nkind: Secret\nmetadata:\n  name: {service}-creds\n  namespace: [[prod|default|apps]]\n  uid: {uuid}\ntype: Opaque\nstringData:\n")
    for k, (key, slot) in enumerate(r.sample(d.dom["secrets"], min(len(d.dom["secrets"]), r.randint(2, 4)))):
        if slot in ("pem", "pem_json"):
            d.t(f"  {key}: |\n    ")
            d.v("pem_yaml")
            d.t("\n")
        else:
            d.t(f"  {key}: \"")
            d.v(slot + str(k + 1))
            d.t("\"\n")
    if r.random() < 0.5:
        d.f("  PLACEHOLDER_TOKEN: \"{phsecret}\"\n")


@tpl("config")
def ini_config(d):
    r = d.r
    d.f("; {org} {service} settings\n[general]\nlog_level = info\nadmin = {wemail2}\n\n[database]\nhost = {ipp}\nport = 5432\nusername = svc_app\npassword = {pw}\n\n[api]\n")
    key, slot = r.choice([(k, s) for k, s in d.dom["secrets"] if s not in ("pem", "pem_json")] or [("API_KEY", "secret")])
    d.t(f"{key.lower()} = ")
    d.v(slot)
    d.t("\ntimeout = 30\n")
    d.f("api_secret = {secret}\n" if r.random() < 0.5 else "base_url = {url}\n")


# ---------------- key: value forms -----------------------------------------------
@tpl("kv")
def kv_record(d):
    r = d.r
    sep = kv_sep(r)
    d.f(r.choice(["{formtitle}\n", "RECORD\n", "== {who} record ==\n", ""]))
    for sn, lab, slot in d.fields(r.randint(5, 9), ml=True):
        key = r.choice([lab, lab.upper(), sn])
        d.t(key + (sep.rstrip() + "\n" if slot == "addr_ml" else sep))
        d.v(slot)
        d.t("\n")


@tpl("kv")
def kv_intake(d):
    r = d.r
    d.f("{org} — {formtitle}\n" + "-" * r.randint(20, 40) + "\n")
    d.f("Taken by: {name2} ({role})\nChannel: [[phone|walk-in|web|email]]\n\n")
    d.t("[PERSONAL]\n")
    for sn, lab, slot in d.fields(r.randint(3, 5)):
        d.t(f"{lab}: ")
        d.v(slot)
        d.t("\n")
    d.t("\n[CONTACT]\n")
    d.f("Phone: {phone}\nEmail: {email}\nAddress:\n{addr_ml}\n\n[NOTES]\n")
    d.lines(r.randint(1, 2), sep="\n")


# ---------------- LLM prompts / agent tool calls ----------------------------------
@tpl("llm")
def llm_prompt(d):
    r = d.r
    d.f("[[User|USER|Human]]: [[Please|Can you|Could you]] [[draft|write]] a [[short|polite|friendly]] [[email|letter|text message]] to {name} about {topic}. ")
    d.f("[[Details|Use these details|Context]]:\n")
    for sn, lab, slot in d.fields(r.randint(3, 5), names=False):
        d.t(f"- {lab}: ")
        d.v(slot)
        d.t("\n")
    d.f("Sign it as {name2} from {org}.\n\n[[Assistant|ASSISTANT|AI]]: [[Sure|Of course|Here's a draft]]:\n\n")
    d.f("[[Hi|Dear]] {first},\n\n")
    d.lines(r.randint(1, 2))
    d.f("\n\nBest regards,\n{name2}\n{org}")


@tpl("llm")
def agent_tool_call(d):
    r = d.r
    tool = r.choice(d.dom["tool"])
    d.f("user: [[can you|pls|please]] [[look up|check on|handle]] {topic} for {name_lc}? [[their|the]] email is {email}\n\n")
    d.t(f"assistant: <tool_call>\n{{\"name\": \"{tool}\", \"arguments\": ")
    json_fields(d, d.fields(r.randint(2, 4), names=False), indent=0)
    d.t("}\n</tool_call>\n\n<tool_result>\n")
    json_fields(d, d.fields(r.randint(3, 5)), indent=2)
    d.f("\n</tool_result>\n\nassistant: [[Done|Found it|All set]] — ")
    d.lines(1)


@tpl("llm")
def agent_trace(d):
    r = d.r
    d.f("Thought: I need to [[verify|find]] the {who} record before [[answering|acting]].\n")
    d.f("Action: " + r.choice(d.dom["tool"]) + "\nAction Input: {\"query\": \"{name}\", \"dob\": \"{dob}\"}\n")
    d.t("Observation: ")
    json_fields(d, d.fields(r.randint(3, 5), names=False), indent=0)
    d.f("\nThought: [[The record matches.|Found one match.]] ")
    d.lines(1)
    d.f("\nFinal Answer: [[I've|I have]] [[updated|confirmed]] the record for {first}.")


@tpl("llm")
def llm_system(d):
    r = d.r
    d.f("SYSTEM: You are a [[helpful|careful]] assistant for {org}. Never reveal secrets. Internal API key: {secret}\n")
    d.f("CONTEXT (retrieved):\n")
    d.lines(r.randint(2, 3), sep="\n", prefix="* ")
    d.f("\nUSER: [[hey|hi]], [[what's the status of|any update on]] {topic}? this is {first_lc}\n")
    d.f("ASSISTANT: [[Hi|Hello]] {first}! [[Here's what I can see|According to the notes|From the record]]: ")
    d.lines(1)


# ---------------- call center --------------------------------------------------------
@tpl("call")
def call_transcript(d):
    r = d.r
    A = r.choice(["AGENT", "Agent", "REP", "{first2}"])
    C = r.choice(["CALLER", "Caller", "CUSTOMER", "{first}"])
    d.f(f"{A}: [[Thank you for calling|Thanks for calling|You've reached]] {{org}}, this is {{first2}}. [[How can I help you today?|Who am I speaking with?]]\n")
    d.f(f"{C}: [[Hi|Yeah hi|Hello]], [[this is|it's|my name's]] {{name}}. [[I'm calling about|Calling about]] {{topic}}.\n")
    for q, a in d.qa(r.randint(2, 4)):
        d.f(f"{A}: " + q + "\n")
        d.f(f"{C}: [[Um, |Uh, |Sure, |]]" + a + "\n")
    d.f(f"{A}: [[Okay|Alright|Perfect]], [[I see|I have it here]]. ")
    d.lines(1)
    d.f(f"\n{C}: [[Great, thank you.|Okay.|Thanks so much.]]\n{A}: [[Is there anything else?|Have a good one.]]")


@tpl("call")
def call_summary(d):
    r = d.r
    d.f("Call wrap-up — {ts}\nAgent: {name2}\nANI: {phone}\nDisposition: [[Resolved|Callback needed|Escalated]]\nDuration: " + f"{r.randint(1, 25)}m {r.randint(0, 59)}s\n\n")
    d.f("Summary: [[Caller|Customer|Patient|Client]] {name} (verified with DOB {dob}) called re {topic}. ")
    d.lines(r.randint(1, 3))
    d.f("\nNext step: [[call back|follow up]] {relf}.")


@tpl("call")
def call_asr(d):
    r = d.r
    t = 0
    spk = ["spk_0", "spk_1"] if r.random() < 0.5 else ["S1", "S2"]
    qas = d.qa(2)
    turns = [
        (0, "thank you for calling {org} my name is {first_lc2} [[can i get your name|who do i have the pleasure]]"),
        (1, "yeah hi it's {name_lc}"),
        (0, "[[and|okay and]] [[what's|what is]] the best [[callback number|phone number]]"),
        (1, "it's {phone}"),
        (0, qas[0][0]), (1, qas[0][1]),
        (0, "[[okay|all right]] [inaudible] [[let me pull that up|one second]]"),
        (1, None), (0, qas[-1][0]), (1, qas[-1][1]),
    ]
    for s_, m in turns:
        t += r.randint(2, 14)
        d.t(f"{spk[s_]} {t // 3600:02d}:{(t // 60) % 60:02d}:{t % 60:02d}  ")
        if m is None:
            d.lines(1, case="lower")
        else:
            d.f(m, case="lower")
        d.t("\n")


# ---------------- OCR ------------------------------------------------------------
OCR_NOISE = [("Name", "Narne"), ("Date", "Dale"), ("Birth", "Blrth"), ("Phone", "Phcne"), ("Address", "Addres5"),
             ("Number", "Nurnber"), ("Member", "Mernber"), ("Signature", "Signa ture"), ("ID", "lD")]


def ocr_label(r, lab):
    if r.random() < 0.35:
        for a, b in OCR_NOISE:
            if a in lab:
                lab = lab.replace(a, b, 1)
                break
    if r.random() < 0.3:
        lab = lab.upper()
    return lab


@tpl("ocr")
def ocr_form(d):
    r = d.r
    up = r.random() < 0.3
    d.f("{org}\n" if not up else "{org}\n", case="upper" if up else None)
    d.f(r.choice(["{formtitle}\n", "{formtitle} (PLEASE PRINT)\n"]), case="upper" if up else None)
    d.t(r.choice(["", "Page 1 of 2\n", "~ . , '\n", "| | |\n"]))
    for sn, lab, slot in d.fields(r.randint(4, 7), ml=True):
        d.t(ocr_label(r, lab) + r.choice([": ", ":  ", " ", " _ ", ": |"]) + ("\n" if slot == "addr_ml" else ""))
        d.v(slot, case="upper" if up else None)
        d.t(r.choice(["\n", "\n", "  |\n", " .\n", "\n\n"]))
    d.t(ocr_label(r, "Signature") + ": ")
    d.t(r.choice(["_______________", "[illegible]", "~~~~", "/s/"]))
    d.t("   ")
    d.t(ocr_label(r, "Date") + ": ")
    d.v("date")
    d.t("\n")


@tpl("ocr")
def ocr_letter(d):
    r = d.r
    d.f("{org}\n[[Scanned document|SCAN0042.pdf|Fax page 1/1]]\n\n")
    d.f("{name}\n{addr_ml}\n\n")
    d.f("RE: {topic} [[— Ref|/ Ref. No.]] {ticket}\n\n[[Dear|DEAR]] {title} {last},\n\n")
    d.lines(r.randint(2, 3), sep=r.choice([" ", "\n"]))
    d.f("\n\n[[Sincerely|Respectfully]],\n\n{name2}\n{role}\n")
    d.t(r.choice(["", "\n. ' ,\n", "\n[stamp: RECEIVED]\n"]))


@tpl("ocr")
def ocr_card(d):
    r = d.r
    if d.domain in ("dental_practice", "retail_pharmacy", "school_administration", "legal_intake"):
        d.f("{insurer}\n" if "insurer" in d.dom else "{org}\n")
        d.f("[[MEMBER|Member Name]]: {name_uc}\n[[ID|Member ID|ID#]]: {hpn}\nGROUP: {grp}\n")
        d.f("RxBIN {bin}  RxPCN {pcn}\n[[DOB|Date of Birth]] {dob}\n")
        d.f("Customer Service {phone2}\n[[Visit|www]] {url}\n")
    else:
        d.f("[[DRIVER LICENSE|DRIVER'S LICENSE|USA DRIVER LICENSE]]\n{state}\n", case="upper")
        d.f("DL {dl}\nEXP {date}\n")
        d.f("{last}\n{first}\n", case="upper")
        d.f("{addr_ml}\n", case="upper")
        d.f("DOB {dob}\nSEX [[F|M|X]]  HGT " + f"{r.randint(4, 6)}'-{r.randint(0, 11):02d}" + "\"  EYES [[BRN|BLU|GRN|HAZ]]\n")
        d.f("ISS {date2}\n")


# ---------------- SMS -----------------------------------------------------------
@tpl("sms")
def sms_thread(d):
    r = d.r
    ck = Clock(r, r.choice([3, 4]))
    me = r.choice(["Me", "You", "{first}"])
    them = r.choice(["{org}", "{first2}", "{phone2}"])
    q, a = d.qa(1)[0]
    seq = [(them, "[[Hi|Hello]] {first}, this is {first2} from {org}. [[Quick update|Just a note]]: ", True),
           (me, "[[ok thanks|got it|ok|thank you!]] [[what do you need from me?|anything else?|]]", False),
           (them, q, False), (me, a, False),
           (them, "[[Thanks!|Perfect.|Great.]] ", True)]
    for who, m, add_line in seq:
        d.t(ck() + " ")
        d.f(who + ": ")
        d.f(m, case="lower" if who == me and r.random() < 0.6 else None)
        if add_line:
            d.lines(1)
        d.t("\n")


@tpl("sms")
def sms_alerts(d):
    r = d.r
    short = str(r.randint(20000, 99999))
    for i in range(r.randint(2, 4)):
        d.t(f"From {short}: " if r.random() < 0.5 else "")
        d.f(r.choice([
            "{org}: Hi {first}, reminder of your appointment on {appt}. Reply C to confirm, R to reschedule.",
            "{org}: {first}, your code is " + rd(r, 6) + ". Do not share it. Msg&data rates may apply.",
            "{org}: Hi {first}! Update: ",
            "{org} alert: we received {amount} for account {acct}. Questions? {phone2}",
            "{org}: {first}, please complete your forms: {url}",
        ]))
        if d.parts[-1].endswith("Update: "):
            d.lines(1)
        d.f(r.choice(["", " Reply STOP to opt out.", " STOP=end"]) + "\n")


# ---------------- meeting notes ----------------------------------------------------
@tpl("meeting")
def meeting_notes(d):
    r = d.r
    d.f("[[Meeting notes|Weekly sync|Huddle notes]] — {team} — {date}\n")
    d.f("Attendees: {name2}, {name7}, {first5} [[(remote)|]], {name6}\n\n")
    d.f("Agenda\n1. {topic}\n2. [[staffing|backlog|metrics review]]\n\nDiscussion\n")
    d.lines(r.randint(2, 4), sep="\n", prefix=r.choice(["- ", "* ", "• "]))
    d.f("\n\nAction items\n- [ ] {first2}: [[follow up with|call]] {name} [[by|before]] {due}\n- [ ] {first7}: [[update the tracker|close]] {ticket}\n")
    d.f("Next meeting: {appt}")


@tpl("meeting")
def standup(d):
    r = d.r
    d.f("standup {date}\n\n", case="lower")
    for who in r.sample(["2", "3", "5", "6"], r.randint(2, 3)):
        d.f("**{first%s}**\n- yesterday: " % who)
        d.lines(1, case="lower" if r.random() < 0.4 else None)
        d.f("\n- today: [[following up on|wrapping up|looking at]] {ticket}\n- blockers: [[none|waiting on {first7}|need access]]\n\n")


# ---------------- narrative --------------------------------------------------------
@tpl("narrative")
def narrative_paragraph(d):
    r = d.r
    d.f(r.choice(["{name} contacted {org} {relp} regarding {topic}. ", "On {date}, {name} [[came in|called|wrote in]] about {topic}. ",
                  "{name_mi} [[reached out|got in touch]] about {topic}. "]))
    d.lines(r.randint(2, 4))
    d.f(" [[{first} was told|We told {first}|{first} understands]] that [[someone|{first2}]] will follow up {relf}.")


@tpl("narrative")
def case_summary(d):
    r = d.r
    d.f("CASE SUMMARY\nPrepared by {name2}, {role}\n\n")
    d.f("Background. ")
    d.lines(2)
    d.f("\n\nCurrent status. ")
    d.lines(r.randint(1, 2))
    d.f("\n\nContacts. {name} ({phone}, {email}); {name7}.")


@tpl("narrative")
def incident_narrative(d):
    r = d.r
    d.f("Incident summary ({ticket})\n\n")
    d.f("[[Early|Late]] on {date}, {team} noticed a problem with {service}. ")
    d.lines(r.randint(2, 3))
    d.f(" Impact was limited to about {pct} of [[requests|records|users]]. {name2} led the response; {name7} [[wrote|owns]] the follow-ups.")


# ---------------- tickets -------------------------------------------------------------
@tpl("ticket")
def ticket_comment(d):
    r = d.r
    d.f("{ticket} · {subject}\nReporter: {name2} · Assignee: [[{name7}|Unassigned]] · Priority: [[P1|P2|P3|High|Low]]\n\n")
    d.f("**{name2}** commented:\n")
    d.lines(r.randint(1, 2))
    d.f("\n\n**{name7}** commented:\n[[Looking|Took a look]]. ")
    d.lines(1)
    d.f(" [[Closing|Moving to Done|Reassigning]] once [[confirmed|verified]].")


@tpl("ticket")
def helpdesk_thread(d):
    r = d.r
    ck = Clock(r, r.choice([0, 2, 4]))
    d.f("Ticket {ticket} — {topic}\nRequester: {name} <{email}>\n\n")
    d.f(f"{ck()} {{name}} wrote:\n")
    d.lines(r.randint(1, 2))
    d.f(f"\n\n{ck()} {{first2}} ({{org}}) replied:\n[[Hi|Hello]] {{first}}, ")
    d.lines(1)
    d.f(f"\n\n{ck()} Internal note by {{first7}}:\n")
    d.lines(1)


@tpl("ticket")
def gh_issue(d):
    r = d.r
    d.f("### {subject}\n\n{name2} [[reported|found]] this while [[debugging|testing]] {service} {ver}:\n\n```\n")
    for k, (key, slot) in enumerate(r.sample(d.dom["secrets"], min(2, len(d.dom["secrets"])))):
        d.t(f"{key}=")
        d.v(("pem_json" if slot == "pem" else slot) + str(k + 1))
        d.t("\n")
    d.f("```\n\nThis is in commit {sha}. [[Please rotate ASAP.|We need to scrub history.]] cc {first7}\n\n")
    d.lines(1)


# ---------------- voicemail -----------------------------------------------------------
@tpl("voicemail")
def voicemail(d):
    r = d.r
    d.f("[[Voicemail|New voicemail]] from {phone} ({relp}, " + f"{r.randint(0, 2)}:{r.randint(5, 59):02d}" + ")\nTranscription:\n")
    d.f("\"[[Hi|Hey|Hello]], [[this is|it's]] {name}[[,| and]] [[I'm calling about|calling about]] {topic}. ")
    d.lines(r.randint(1, 2))
    d.f(" [[You can reach me at|Call me back at|My number is]] {phone}. [[Thanks|Thank you|Bye]].\"")


@tpl("voicemail")
def voicemail_lowconf(d):
    r = d.r
    d.f("VM transcript (confidence: [[low|medium]])\nCaller ID: [[{phone}|Unknown]]\n\n")
    d.f("hi um [[this message is for|this is for]] {first_lc2} [[at|from]] {org} [inaudible] this is {name_lc} ", case=None)
    d.lines(1, case="lower")
    d.f(" (?) [[um|uh]] ")
    q, a = d.qa(1)[0]
    d.f(a, case="lower")
    d.f(" [[so yeah|anyway]] call me back at {phone} [[thank you|thanks bye]]")


# ---------------- extra styles -----------------------------------------------------
@tpl("chat")
def chat_group_lowercase(d):
    r = d.r
    ck = Clock(r, 4)
    d.f("{first_lc2}: [[guys|team]] {topic} for {name_lc} [[again|still open]]\n".replace("{", "{"), case="lower")
    d.f("{first_lc7}: [[which one|link?|details?]]\n")
    d.f("{first_lc2}: ")
    d.lines(1, case="lower")
    d.f("\n{first_lc7}: [[ok|k|on it]] " + ck() + "\n")


@tpl("email")
def email_autoreply(d):
    r = d.r
    d.f("Subject: [[Automatic reply|Out of office]]: {subject}\n\n")
    d.f("I'm out of the office [[until|through]] {date} with limited access to email. For urgent matters contact {name7} at {wemail7} or {phone7}.\n\n")
    d.f("--- original message ---\nFrom: {email}\n")
    d.lines(r.randint(1, 2))


@tpl("narrative")
def handoff_note(d):
    r = d.r
    d.f("Handoff note for {first7} ([[covering|on shift]] {relf}):\n\n")
    d.f("1) {name} — ")
    d.lines(1)
    d.f("\n2) {name5} — {topic}; [[call them at {phone5}|email them at {email5}|text {phone5}]].\n3) ")
    d.lines(1)
    d.t("\n")


@tpl("kv")
def kv_inline(d):
    r = d.r
    sep = r.choice([" | ", "; ", " / ", ", "])
    first = True
    for sn, lab, slot in d.fields(r.randint(4, 7)):
        typ, val = d.slot(slot)
        if "\n" in val:
            continue
        if not first:
            d.t(sep)
        first = False
        d.t(r.choice([lab, sn, lab.lower()]) + r.choice(["=", ": ", ":"]))
        d.v(slot)


# ---------------------------------------------------------------------------
# Negative templates (hard negatives only, no entities)
# ---------------------------------------------------------------------------
PH_SECRETS = ["sk_live_XXXXXXXXXXXXXXXXXXXXXXXX", "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "xoxb-your-token-here",
              "sk_test_4eC39HqLyjWDarjtT1zdp7dc", "<YOUR_API_KEY>", "${DB_PASSWORD}", "changeme", "********",
              "[REDACTED]", "your-secret-here", "REPLACE_ME", "{{ .Values.apiKey }}", "xxxxxxxxxxxxxxxx"]
GEN["phsecret"] = lambda d, b, i: ("NEG", d.r.choice(PH_SECRETS))
GEN["orgdomain"] = lambda d, b, i: (None, d.orgdomain)
GEN["who"] = lambda d, b, i: (None, d.dom["who"])


@tpl("log", neg=True)
def neg_log(d):
    r = d.r
    dt = rand_event_dt(r)
    for i in range(r.randint(5, 9)):
        dt += _dt.timedelta(seconds=r.randint(0, 120), milliseconds=r.randint(0, 999))
        d.t(_logstamp(r, dt, r.choice([0, 1, 3])) + " " + r.choice(["INFO ", "WARN ", "ERROR", "DEBUG"]) + " ")
        d.f(r.choice([
            "[{service}] request_id={uuid} status={http} latency_ms=" + str(r.randint(2, 9000)),
            "[{service}] order {order} transitioned to [[SHIPPED|RETURNED|CANCELLED]]",
            "[{service}] deploy {ver} build {build} commit {shortsha}",
            "[{service}] retry 3/5 for job {uuid} after HTTP {http}",
            "[{service}] pod {pod} restarted (exit 137)",
            "[{service}] cache hit ratio {pct} on {host}",
            "[{service}] processed batch {uuid} in " + str(r.randint(1, 900)) + "ms",
            "[{service}] scheduled cleanup runs {relf}",
            "[{service}] upstream {host}:{port} unhealthy",
        ]))
        d.t("\n")


@tpl("markdown", neg=True)
def neg_release_notes(d):
    r = d.r
    d.f("## {service} {ver}\n\n_Build {build}, digest {hash}_\n\n### Fixed\n")
    d.f("- Patched {cve} in the [[XML parser|image resizer|auth middleware]] ({shortsha})\n")
    d.f("- Retries no longer loop on HTTP {http} ({ticket})\n")
    d.f("- [[Upgraded|Pinned]] {item} integration to {ver2}\n### Changed\n")
    d.f("- Error budget alert threshold is now {pct}\n- Nightly export moves to run {relf}\n\nFull diff: {sha}..{sha2}\n")


@tpl("csv", neg=True)
def neg_csv_inventory(d):
    r = d.r
    sep = r.choice([",", "\t", ";"])
    if d.domain in ("ecommerce_returns", "retail_pharmacy", "dental_practice", "school_administration"):
        d.t(sep.join(["sku", "item", "lot", "qty", "unit_price", "tracking", "updated_at"]) + "\n")
        for i in range(r.randint(3, 6)):
            k = str(i + 1)
            d.f(sep.join(["{sku%s}" % k, "{item%s}" % k, "{lot%s}" % k, "{qty%s}" % k, "{amount}", "{track%s}" % k, "{ts}"]) + "\n")
    else:
        d.t(sep.join(["ticket", "queue", "status", "opened_at", "sla_met", "amount", "ref"]) + "\n")
        for i in range(r.randint(3, 6)):
            k = str(i + 1)
            d.f(sep.join(["{ticket%s}" % k, "{team%s}" % k, "[[open|pending|closed|on_hold]]", "{ts}", "{pct}", "{amount}", "{uuid}"]) + "\n")


@tpl("json", neg=True)
def neg_json_status(d):
    r = d.r
    d.f('{\n  "id": "{uuid}",\n  "order": "{order}",\n  "status": "[[in_transit|delivered|refunded|pending]]",\n')
    d.f('  "total": "{amount}",\n  "payment": {"brand": "[[visa|mastercard|amex]]", "card": "{masked}"},\n')
    d.f('  "tracking": "{track}",\n  "carrier_status": {http},\n  "created_at": "{ts}",\n  "updated": {epoch},\n')
    d.f('  "customer": "{ph}",\n  "isbn": "{isbn}",\n  "note": "deliver {relf}"\n}')


@tpl("chat", neg=True)
def neg_chat_order(d):
    r = d.r
    ck = Clock(r)
    thing = d.dom["thing"]
    seq = [("Customer", "[[hi|hello]], any update on my " + thing + " {ticket}? [[i was told|they said]] it would be done {relp}"),
           ("Agent", "Let me check. " + ("I see tracking {track}, last scan {relp2}." if d.domain in ("ecommerce_returns", "retail_pharmacy")
                                        else "It was updated {relp2} and is [[in review|pending approval|queued]].")),
           ("Customer", "[[ok|okay]]. [[i was charged|i paid]] {amount} on the card ending {masked}"),
           ("Agent", "That matches invoice {inv}. [[Refunds|Adjustments]] take {qty} to 10 business days; about {pct} [[arrive|post]] sooner."),
           ("Customer", "[[thanks|ok thx|cool, thank you]]")]
    for who, m in seq:
        d.t(ck() + " " + who + ": ")
        d.f(m)
        d.t("\n")


@tpl("config", neg=True)
def neg_config_placeholders(d):
    r = d.r
    d.f("# .env.example for {service} — copy to .env and fill in\n")
    for k, v in r.sample(LOWCONF, r.randint(3, 6)):
        d.t(f"{k}={v}\n")
    d.f("AWS_ACCESS_KEY_ID={exkey}\nAWS_SECRET_ACCESS_KEY={exsecret}\n")
    for k, (key, slot) in enumerate(r.sample(d.dom["secrets"], min(3, len(d.dom["secrets"])))):
        d.t(f"{key}=")
        d.v("phsecret" + str(k + 1))
        d.t("\n")
    d.f("ADMIN_EMAIL={ph}\n")


@tpl("web_form", neg=True)
def neg_form_template(d):
    r = d.r
    d.f("{formtitle} — TEMPLATE (do not fill)\n\n")
    opts = {"Name": ["<NAME>", "[NAME]", "{{first_name}} {{last_name}}", "%CUSTOMER_NAME%", "<PATIENT_NAME>"],
            "Date of Birth": ["<DOB>", "MM/DD/YYYY", "__/__/____", "[REDACTED]"],
            "SSN": ["XXX-XX-XXXX", "***-**-****", "<SSN>", "[REDACTED]"],
            "Email": ["<EMAIL>", "{{customer_email}}", "${USER_EMAIL}", "[removed]"],
            "Phone": ["(XXX) XXX-XXXX", "[PHONE REDACTED]", "<PHONE>", "N/A"],
            "Address": ["<ADDRESS>", "[REDACTED]", "{{ address_line_1 }}"],
            "Member ID": ["{{ member_id }}", "<MEMBER_ID>", "XXXXXXXXX"],
            "Card Number": ["XXXX XXXX XXXX XXXX", "[card number removed]", "**** **** **** ****"]}
    for lab in r.sample(list(opts), r.randint(4, 7)):
        d.t(lab + ": ")
        d.e("NEG", r.choice(opts[lab]))
        d.t("\n")
    d.f("Example SSN format: {badssn} (invalid, for testing only)\nReference: {ticket}\n")


@tpl("ticket", neg=True)
def neg_ticket(d):
    r = d.r
    d.f("{ticket} · [[Validation bug|Test data cleanup|Scanner false positive]]\n\n")
    d.f("The QA fixtures include card-like value {badcard} (fails Luhn) and SSN-like {badssn}, both invalid on purpose. ")
    d.f("Device MAC {mac} and build {build} are unrelated. Hash {hash}. Related: {cve}, order {order}.\n\n")
    d.f("[[Closing|Will close]] {relf} unless it reproduces on {ver}.")


@tpl("meeting", neg=True)
def neg_meeting(d):
    r = d.r
    d.f("[[Team sync|Ops review]] — {team}\n\n- {item} migration is {pct} done\n- {brand} partnership paused until {relf}\n")
    d.f("- Error rate on {service} dropped to {pcts}\n- [[Jenkins|Travis CI|Kafka]] upgrade to {ver} scheduled {relf2}\n")
    d.f("- Open tickets: {ticket}, {ticket2}, {ticket3}\n- Budget: {amount} remaining\n")


@tpl("sms", neg=True)
def neg_sms(d):
    r = d.r
    short = str(r.randint(20000, 99999))
    thing = d.dom["thing"]
    if d.domain in ("ecommerce_returns", "retail_pharmacy"):
        d.f(f"From {short}: " + "{org}: your order {order} has shipped. Track: {track}. Arrives {relf}.\n")
    else:
        d.f(f"From {short}: " + "{org}: your " + thing + " {ticket} was updated {relp}. Details in the app.\n")
    d.f(f"From {short}: " + "{org}: a [[refund|payment]] of {amount} was [[issued to|charged to]] card {masked}. Ref {inv}.\n")
    d.f(f"From {short}: " + "Your verification code is " + rd(r, 6) + ". It expires in 10 minutes.\n")


@tpl("kv", neg=True)
def neg_kv_metrics(d):
    r = d.r
    d.f("service: {service}\nversion: {ver}\nuptime_30d: {pct}\np99_latency_ms: " + str(r.randint(20, 3000)) + "\n")
    d.f("error_rate: {pcts}\nlast_deploy: {ts}\ncommit: {sha}\nimage: registry.internal/{service}@{hash}\n")
    d.f("open_incidents: {qty}\nnext_maintenance: {relf}\n")


# ---------------------------------------------------------------------------
# Self-check
# ---------------------------------------------------------------------------
SECRET_TYPES = {"AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "STRIPE_KEY", "JWT",
                "PRIVATE_KEY", "PASSWORD", "GENERIC_SECRET"}
SCANS = [
    ("url", re.compile(r"https?://[^\s\"'<>)\]}|`]+"), {"URL"}),
    ("email", re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"), {"EMAIL_ADDRESS"}),
    ("ipv4", re.compile(r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\d.])"), {"IP_ADDRESS"}),
    ("ssn", re.compile(r"(?<![\d-])\d{3}[- ]\d{2}[- ]\d{4}(?![\d-])"), None),
    ("card", re.compile(r"(?<![\w-])\d(?:[ -]?\d){12,18}(?![\w-])"), None),
    ("aws", re.compile(r"(?:AKIA|ASIA)[A-Z0-9]{16}"), SECRET_TYPES),
    ("github", re.compile(r"gh[posu]_[A-Za-z0-9]{20,}|github_pat_\w+"), SECRET_TYPES),
    ("slack", re.compile(r"xox[abposr]-[\w-]+"), SECRET_TYPES),
    ("stripe", re.compile(r"[sr]k_(?:live|test)_\w+"), SECRET_TYPES),
    ("jwt", re.compile(r"eyJ[\w-]+\.[\w-]+\.[\w-]+"), SECRET_TYPES),
    ("pem", re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----"), SECRET_TYPES),
]
IPV6_CAND = re.compile(r"(?<![\w:])[0-9A-Fa-f:]{6,}(?![\w:])")
EMAIL_FULL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()


class SelfCheckError(AssertionError):
    pass


def _validate(typ, v):
    if not v or v != v.strip():
        return False
    if typ == "CREDIT_CARD":
        return card_valid(v)
    if typ == "IBAN_CODE":
        return iban_valid(v)
    if typ == "US_SSN":
        return ssn_valid(v)
    if typ == "EMAIL_ADDRESS":
        return bool(EMAIL_FULL.fullmatch(v))
    if typ == "URL":
        return bool(re.fullmatch(r"https?://[^\s\"'<>]+", v))
    if typ == "IP_ADDRESS":
        try:
            ipaddress.ip_address(v)
            return True
        except ValueError:
            return False
    if typ == "PHONE_NUMBER":
        return phone_valid(v)
    if typ == "AWS_ACCESS_KEY":
        return bool(re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", v)) and "EXAMPLE" not in v
    if typ == "AWS_SECRET_KEY":
        return bool(re.fullmatch(r"[A-Za-z0-9/+]{40}", v)) and "EXAMPLE" not in v
    if typ == "GITHUB_TOKEN":
        return bool(re.fullmatch(r"gh[pos]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{82}", v))
    if typ == "SLACK_TOKEN":
        return bool(re.fullmatch(r"xox[bp]-\d+-\d+(-\d+)?-[A-Za-z0-9]{24,32}", v))
    if typ == "STRIPE_KEY":
        return bool(re.fullmatch(r"(sk|rk)_(live|test)_[A-Za-z0-9]{24,99}", v))
    if typ == "JWT":
        parts = v.split(".")
        if len(parts) != 3 or not all(re.fullmatch(r"[A-Za-z0-9_-]+", p) for p in parts):
            return False
        hdr = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
        return "alg" in hdr
    if typ == "PRIVATE_KEY":
        return v.startswith("-----BEGIN ") and v.endswith("PRIVATE KEY-----") and "-----END " in v
    if typ == "PASSWORD":
        return not re.search(r"\s", v) and len(v) >= 8
    if typ == "GENERIC_SECRET":
        return entropy_ok(v) and not re.search(r"\s", v)
    if typ == "PERSON":
        return not re.search(r"\d", v) and not v.startswith(("Dr", "Mr", "Ms", "Mrs")) or v in ALL_SURNAMES
    if typ in ("DATE_OF_BIRTH", "DATE_TIME"):
        return bool(re.search(r"\d", v)) and "T" not in re.sub(r"[A-Za-z]{3,}", "", v)
    if typ in ("MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER", "ACCOUNT_NUMBER", "DRIVER_LICENSE"):
        return len(re.findall(r"\d", v)) >= 4 and not re.search(r"\s{2,}", v)
    if typ in ("LOCATION", "ADDRESS"):
        return True
    return False


def check_doc(text, ents, negs, negative):
    prev_end = -1
    for s, e, t in ents:
        if t not in ENTITY_TYPES:
            raise SelfCheckError(f"bad type {t}")
        if not (0 <= s < e <= len(text)):
            raise SelfCheckError(f"span out of bounds {s},{e}")
        if s < prev_end:
            raise SelfCheckError(f"overlap/unsorted at {s}")
        prev_end = e
        if not _validate(t, text[s:e]):
            raise SelfCheckError(f"invalid {t}: {text[s:e]!r}")
    if negative and ents:
        raise SelfCheckError("negative document has entities")

    def covered(ms, me, types):
        for s, e, t in ents:
            if s < me and ms < e and (types is None or t in types):
                return True
        for s, e in negs:
            if s < me and ms < e:
                return True
        return False

    for name, rx, types in SCANS:
        for m in rx.finditer(text):
            if not covered(m.start(), m.end(), types):
                raise SelfCheckError(f"unlabeled {name}-shaped string {m.group(0)!r}")
    for m in IPV6_CAND.finditer(text):
        c = m.group(0)
        if c.count(":") >= 2 and ("::" in c or c.count(":") == 7):
            try:
                ipaddress.IPv6Address(c)
            except ValueError:
                continue
            if not covered(m.start(), m.end(), {"IP_ADDRESS"}):
                raise SelfCheckError(f"unlabeled ipv6 {c!r}")


# ---------------------------------------------------------------------------
# Generation
# ---------------------------------------------------------------------------
def _build(seed, i):
    r = random.Random(f"{seed}-{i}")
    domain = DOMAINS[i % len(DOMAINS)]
    negative = r.random() < NEGATIVE_RATE
    for attempt in range(8):
        d = Doc(r, domain)
        style, name, fn = r.choice(NEG_TEMPLATES if negative else TEMPLATES)
        fn(d)
        if negative or d.ents:
            break
    else:
        raise SelfCheckError(f"could not build positive document {i}")
    text = d.text()
    check_doc(text, d.ents, d.negs, negative)
    doc = {"id": f"blind6-{seed}-{i:06d}", "domain": domain, "text": text,
           "entities": [{"start": s, "end": e, "type": t} for s, e, t in d.ents]}
    return doc, style, name, negative


def generate(n, seed=0):
    for i in range(n):
        yield _build(seed, i)[0]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output", default="-")
    a = ap.parse_args(argv)
    import time
    t0 = time.time()
    types, domains, styles, tnames = Counter(), Counter(), Counter(), Counter()
    nneg = 0
    out = sys.stdout if a.output == "-" else open(a.output, "w", encoding="utf-8")
    try:
        for i in range(a.n):
            doc, style, name, negative = _build(a.seed, i)
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
            domains[doc["domain"]] += 1
            styles[style] += 1
            tnames[name] += 1
            nneg += negative
            for e in doc["entities"]:
                types[e["type"]] += 1
    finally:
        if out is not sys.stdout:
            out.close()
    summary = {"n": a.n, "seed": a.seed, "negative_docs": nneg, "self_check": "passed",
               "entities_total": sum(types.values()),
               "entities_per_type": {t: types.get(t, 0) for t in ENTITY_TYPES},
               "docs_per_domain": dict(domains), "docs_per_style": dict(styles),
               "templates_used": len(tnames), "elapsed_s": round(time.time() - t0, 2)}
    print(json.dumps(summary, indent=2), file=sys.stderr)


if __name__ == "__main__":
    main()
