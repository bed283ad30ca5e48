#!/usr/bin/env python3.11
"""Seeded, labeled synthetic text corpus generator (blind5).

generate(n, seed=0) yields dicts {"id", "domain", "text", "entities"}.
Document i is built from its own random.Random(f"{seed}-{i}").
Standard library only.
"""
import argparse
import base64
import datetime
import ipaddress
import json
import math
import random
import re
import string
import sys
import time
import unicodedata

ENTITY_TYPES = (
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "CREDIT_CARD",
    "IBAN_CODE", "IP_ADDRESS", "DATE_OF_BIRTH", "DATE_TIME", "LOCATION",
    "ADDRESS", "URL", "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER",
    "ACCOUNT_NUMBER", "DRIVER_LICENSE", "AWS_ACCESS_KEY", "AWS_SECRET_KEY",
    "GITHUB_TOKEN", "SLACK_TOKEN", "STRIPE_KEY", "JWT", "PRIVATE_KEY",
    "PASSWORD", "GENERIC_SECRET",
)
DOMAINS = (
    "veterinary_clinic", "insurance_claims", "university_admissions",
    "hotel_front_desk", "telecom_billing", "clinical_trials",
    "property_leasing", "airline_customer_service",
)

PER, EML, PHN, SSN, CC, IBAN, IP = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER",
                                    "US_SSN", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS")
DOB, DT, LOC, ADDR, URL = "DATE_OF_BIRTH", "DATE_TIME", "LOCATION", "ADDRESS", "URL"
MRN, HPN, ACCT, DL = ("MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER",
                      "ACCOUNT_NUMBER", "DRIVER_LICENSE")
AWSK, AWSS, GHT, SLK, STR, JWT, PEM, PWD, GSEC = (
    "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN",
    "STRIPE_KEY", "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_SECRET")
US_SSN = SSN
NEG = "NEG"  # deliberate hard negative (never emitted as an entity)

# ---------------------------------------------------------------------------
# Hand-written name and place lists
# ---------------------------------------------------------------------------

_GIVEN = """
James Mary Robert Patricia John Jennifer Michael Linda William Elizabeth David Barbara
Richard Susan Joseph Jessica Thomas Sarah Charles Karen Christopher Nancy Daniel Lisa
Matthew Betty Anthony Margaret Sandra Donald Ashley Steven Kimberly Paul Emily Andrew
Donna Joshua Michelle Kenneth Carol Kevin Amanda Brian Melissa George Deborah Timothy
Stephanie Ronald Rebecca Jason Laura Edward Helen Jeffrey Sharon Ryan Cynthia Jacob
Kathleen Gary Amy Nicholas Shirley Eric Angela Jonathan Ruth Brandon Katherine Samantha
Benjamin Christine Gregory Emma Olivia Liam Noah Ava Mia Harper Ethan Logan Chloe Owen
Lily Hannah Zoe Nora Caleb Wyatt Isaac Megan Brooke Tyler Heather Travis Dylan Colin
Fiona Declan Siobhan Aoife Cormac Niamh Rhys Bronwyn Gareth Eilidh Callum Hamish Morag
Hope Faith Grace Rose Summer Will Mark Bill Jack Frank Joy May June April Dawn Hunter
Chase Amber Ivy Holly Penny Robin Sky Destiny Miles Wade Cliff Dale Glen Forrest Sunny
Chinedu Ngozi Oluwaseun Adebayo Folake Emeka Chiamaka Kwame Akosua Kofi Ama Yaw Abena
Kwabena Efua Babajide Temitope Yetunde Ifeoma Obinna Nnamdi Chidi Uchenna Aminata Mamadou
Fatoumata Ousmane Moussa Awa Ibrahima Seydou Adama Aissatou Oumar Kadiatou Sekou Mariama
Tunde Funmilayo Bolaji Ayodele Halima Musa Chukwuemeka Nneka Kelechi Adaeze Yaa Kojo Esi
Wanjiru Njeri Otieno Achieng Wambui Thabo Sipho Nomvula Lindiwe Themba Zanele Tendai
Chipo Tatenda Farai Abebe Tigist Selam Dawit Meron Yonas Amani Baraka Neema Zuri Juma
Rehema Mandla Naledi Kagiso Lerato
Aarav Priya Rahul Ananya Vikram Deepika Arjun Kavya Rohan Sneha Aditya Pooja Siddharth
Lakshmi Karthik Meera Ravi Divya Sanjay Nisha Harpreet Gurpreet Manpreet Jaspreet
Amandeep Rajesh Sunita Anil Suresh Venkatesh Padma Arun Shreya Ishaan Farhan Nusrat
Tahmina Rashed Sabina Imran Ayesha Bilal Sana Hamza Zara Usman Kiran Nimal Chathura
Dilani Tharindu Sajith Anjali Nikhil Varun Tanvi Gaurav Ritu Bhavna Prakash Swati Manoj
Wei Fang Jing Lei Xiaoming Yan Hui Jun Min Haruto Yui Sota Hina Ren Sakura Kenji Yuki
Takeshi Aiko Hiroshi Emi Daichi Naoko Minjun Seoyeon Jiwoo Hyun Jisoo Eunji Donghyun
Sumin Taeyang Yerin Xiuying Zhiwei Yuxuan Zihan Haoran Meiling Jiahui Guang Bao Thanh
Linh Huong Minh Duc Trang Quang Phuong Anh Tuan Hoa
Somchai Malee Niran Siriporn Kittisak Ploy Arthit Budi Siti Agus Dewi Wayan Putu Rizky
Ayu Joko Nurul Ahmad Maria Jose Ramon Maricel Jericho Rowena Dindo Liezl
Ivan Olga Dmitri Natalia Sergei Svetlana Aleksandr Tatiana Mikhail Yekaterina Andrei
Irina Pavel Oksana Bogdan Katarzyna Piotr Agnieszka Tomasz Magdalena Krzysztof
Małgorzata Jakub Zofia Wojciech Marek Ewa Milan Jelena Nikola Dragana Goran Ivana Stefan
Miroslav Vesna Zoran Petra Lukáš Tereza Ondřej Veronika Radek Kateřina Mykola Oleksandr
Yulia Taras Halyna
Alejandro Valentina Santiago Camila Mateo Sofía Diego Lucía Sebastián Isabella Javier
Gabriela Carlos Daniela Andrés Fernanda Luis Mariana Jorge Paola Ricardo Ximena Fernando
Renata Eduardo Guadalupe Rodrigo Catalina Emilio Lorena Joaquín Florencia Tomás Agustina
João Ana Pedro Beatriz Thiago Larissa Rafael Juliana Gustavo Letícia Felipe Bruna Marcelo
Raquel Inês Gonçalo
Mohammed Fatima Ahmed Aisha Omar Layla Ali Mariam Youssef Noor Khalid Huda Hassan Salma
Tariq Rania Karim Yasmin Mustafa Leila Ibrahim Samira Faisal Dalia Amir Reza Shirin
Dariush Parisa Mehmet Ayşe Emre Elif Burak Zeynep Can Selin Murat Hülya Nasser Jamal
Rashid Lina
Lars Ingrid Sven Astrid Erik Sigrid Bjørn Freya Anders Liv Magnus Solveig Nils Karin
Henrik Maja Olav Tove Jukka Aino Mikko Sanna Eero Kaisa Gunnar Hildur Einar Sigríður Jón
Katrín
Aroha Tane Manaia Mere Wiremu Hemi Kahu Ngaio Rangi Moana Sione Losa Tavita Malia Sefo
Lagi Teuila Keoni Leilani Kalani Makoa Noelani Viliami Mele Tevita Semisi Salote Jarrah
Kirra
Hans Greta Klaus Anneliese Jürgen Lena Matthias Sabine Tobias Ursula Pierre Camille
Julien Amélie Antoine Margaux Luc Élodie Giovanni Chiara Marco Francesca Lorenzo Giulia
Alessandro Martina Pieter Anouk Daan Sanne Jeroen Femke Bram Liesbeth
Ani Tigran Nino Giorgi Yael Avi Noa Eitan Tamar Dimitris Eleni Yannis Nikos Katerina
Zsófia Bence Levente Réka Ioana Mihai Elena Batbayar Oyunchimeg Bolormaa Nursultan
Aigerim Daulet Inti Killa
"""

_SURNAMES = """
Smith, Johnson, Williams, Brown, Jones, Miller, Davis, Wilson, Anderson, Taylor, Moore,
Martin, Jackson, Thompson, White, Harris, Clark, Lewis, Robinson, Walker, Young, Allen,
King, Wright, Scott, Hill, Green, Adams, Baker, Nelson, Carter, Mitchell, Roberts, Turner,
Phillips, Campbell, Parker, Evans, Edwards, Collins, Stewart, Morris, Murphy, Cook, Rogers,
Morgan, Cooper, Peterson, Bailey, Reed, Kelly, Howard, Cox, Ward, Richardson, Watson,
Brooks, Wood, Bennett, Gray, Hughes, Price, Sanders, Myers, Long, Ross, Foster, Powell,
Jenkins, Perry, Russell, Sullivan, Bell, Coleman, Butler, Barnes, Fisher, Henderson,
Graham, Wallace, Hayes, Gibson, Ellis, O'Brien, O'Connor, McCarthy, Fitzgerald, Byrne,
Doyle, Gallagher, MacLeod, Fraser, Mackenzie, Llewellyn, Pritchard, Vaughan, Hopkins,
Fletcher, Winters, Marsh, Banks, Fields, Stone, Rivers, Frost, Wolfe, Little, Strong,
Hardy, Love, Sharp, Golden, Cross, Knight,
Okafor, Adeyemi, Okonkwo, Nwosu, Eze, Obi, Balogun, Ogunleye, Olawale, Afolabi,
Nwachukwu, Chukwu, Mensah, Asante, Owusu, Boateng, Appiah, Osei, Acheampong, Agyeman,
Ofori, Diallo, Traoré, Coulibaly, Keïta, Camara, Sow, Ndiaye, Diop, Fall, Sarr, Ba, Cissé,
Touré, Koné, Ouédraogo, Sesay, Kamara, Bangura, Conteh, Danjuma, Bello, Abubakar, Yusuf,
Lawal,
Kamau, Otieno, Odhiambo, Wanjiku, Mwangi, Kariuki, Njoroge, Kiprop, Chebet, Mutua, Nkosi,
Dlamini, Ndlovu, Khumalo, Mokoena, Naidoo, Zulu, Mahlangu, Moyo, Banda, Phiri, Mwale,
Tembo, Chikwanha, Haile, Tesfaye, Bekele, Girma, Alemu, Mengistu, Kiplagat, Okello,
Mugisha, Nsubuga,
Sharma, Patel, Singh, Kumar, Gupta, Reddy, Iyer, Nair, Menon, Rao, Pillai, Chatterjee,
Banerjee, Mukherjee, Das, Bose, Ghosh, Joshi, Kulkarni, Deshpande, Shah, Mehta, Desai,
Agarwal, Verma, Mishra, Pandey, Chaudhary, Malhotra, Kapoor, Khanna, Sethi, Gill, Sandhu,
Dhillon, Grewal, Krishnan, Subramanian, Venkataraman, Raghavan, Hossain, Rahman,
Chowdhury, Islam, Khan, Qureshi, Siddiqui, Butt, Malik, Perera, Fernando, Silva,
Jayawardena, Wickramasinghe, Bandara, Thapa, Gurung, Shrestha, Adhikari,
Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Ma, Zhu, Hu, Guo, He,
Lin, Luo, Gao, Tanaka, Suzuki, Takahashi, Watanabe, Ito, Yamamoto, Nakamura, Kobayashi,
Kato, Yoshida, Yamada, Sasaki, Matsumoto, Inoue, Kimura, Shimizu, Kim, Lee, Park, Choi,
Jung, Kang, Cho, Yoon, Jang, Lim, Han, Shin, Nguyen, Tran, Le, Pham, Hoang, Phan, Vu,
Dang, Bui, Do, Ngo, Duong,
Srisai, Wongsakul, Chaiyaporn, Suwannarat, Santoso, Wijaya, Susanto, Hidayat, Gunawan,
Setiawan, Kusuma, Pratama, Saputra, Reyes, Santos, Cruz, Bautista, Ocampo, Villanueva,
Dela Cruz, Aquino, Tan, Ong, Teo, Goh, Abdullah, Ismail, Rahim,
Ivanov, Petrov, Smirnov, Kuznetsov, Popov, Sokolov, Lebedev, Kozlov, Novikov, Morozov,
Volkov, Ivanova, Petrova, Smirnova, Kowalski, Nowak, Wiśniewski, Wójcik, Kowalczyk,
Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowska, Jankowski,
Mazur, Krawczyk, Novák, Svoboda, Dvořák, Černý, Procházka, Kučera, Horváth, Jovanović,
Petrović, Nikolić, Marković, Đorđević, Stojanović, Ilić, Kovačević, Horvat, Babić,
Shevchenko, Bondarenko, Kovalenko, Tkachenko, Melnyk, Kravchenko, Oliynyk, Hrytsenko,
García, Rodríguez, Martínez, Hernández, López, González, Pérez, Sánchez, Ramírez, Torres,
Flores, Rivera, Gómez, Díaz, Morales, Ortiz, Gutiérrez, Chávez, Ramos, Ruiz, Vargas,
Castillo, Jiménez, Moreno, Romero, Herrera, Medina, Aguilar, Vega, Castro, Mendoza,
Guzmán, Rojas, Salazar, Delgado, Peña, Navarro, Cabrera, Fuentes, Espinoza, Oliveira,
Souza, Costa, Pereira, Almeida, Ferreira, Carvalho, Gomes, Ribeiro, Rocha, Barbosa,
Araújo, Cardoso, Nascimento, Lima, Teixeira, Moreira, Correia,
Al-Sayed, Haddad, Khoury, Nasser, Abboud, Mansour, Hamdan, Saleh, Farouk, El-Amin, Aziz,
Hussein, Abdelrahman, Bakr, Qasim, Darwish, Sabbagh, Barakat, Al-Farsi, Al-Mansoori,
Benali, Bouazza, Cherif, El Idrissi, Amrani, Tahiri, Hosseini, Mohammadi, Ahmadi, Rezaei,
Karimi, Moradi, Jafari, Tehrani, Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım,
Öztürk, Aydın, Arslan, Doğan, Kılıç,
Andersen, Hansen, Johansen, Nielsen, Jensen, Pedersen, Larsen, Sørensen, Rasmussen,
Christensen, Johansson, Andersson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson,
Svensson, Gustafsson, Lindqvist, Bergström, Lundgren, Virtanen, Korhonen, Mäkinen,
Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Jónsdóttir,
Sigurðsson, Guðmundsson, Berg, Dahl, Haugen, Strand, Bakke,
Tuilagi, Fonoti, Faleolo, Leota, Tupou, Taufa, Fifita, Vaipulu, Havili, Ngata, Parata,
Tipene, Kereama, Te Whata, Horomona, Kealoha, Kahananui, Akana, Nakoa, Mahoe,
Tuiasosopo, Sapolu, Malietoa,
Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann,
Koch, Richter, Klein, Wolf, Schröder, Neumann, Braun, Zimmermann, Krüger, Hartmann,
Dubois, Bernard, Petit, Durand, Leroy, Moreau, Simon, Laurent, Lefebvre, Michel, Girard,
Fournier, Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino,
Greco, Bruno, Gallo, Conti, De Luca, De Vries, Jansen, Van den Berg, Bakker, Visser,
Smit, Meijer, De Jong, Mulder, Van Dijk, Peeters, Janssens, Maes,
Papadopoulos, Georgiou, Nikolaidis, Konstantinou, Nagy, Tóth, Szabó, Kovács, Popescu,
Ionescu, Dumitru, Stan, Cohen, Levi, Mizrahi, Friedman, Katz, Grigoryan, Hakobyan,
Beridze, Kapanadze, Batbold, Ganbaatar, Nurlanov, Abenov
"""


def _uniq(seq):
    seen, out = set(), []
    for s in seq:
        s = s.strip()
        if s and s not in seen:
            seen.add(s)
            out.append(s)
    return out


GIVEN_NAMES = _uniq(_GIVEN.split())
SURNAMES = _uniq(_SURNAMES.replace("\n", " ").split(","))

COUNTRIES = _uniq("""Nigeria|Ghana|Senegal|Kenya|Ethiopia|South Africa|Egypt|Morocco|Tanzania|
Uganda|Rwanda|Côte d'Ivoire|Cameroon|Zimbabwe|Zambia|Mali|Botswana|India|Pakistan|Bangladesh|
Sri Lanka|Nepal|China|Japan|South Korea|Vietnam|Thailand|Indonesia|Philippines|Malaysia|
Singapore|Mongolia|Kazakhstan|Uzbekistan|Russia|Ukraine|Poland|Czechia|Serbia|Croatia|
Bulgaria|Romania|Hungary|Slovakia|Germany|France|Italy|Spain|Portugal|Netherlands|Belgium|
Switzerland|Austria|Ireland|United Kingdom|Norway|Sweden|Finland|Denmark|Iceland|Greece|
Turkey|Israel|Jordan|Lebanon|Saudi Arabia|United Arab Emirates|Qatar|Oman|Iran|Mexico|
Guatemala|Colombia|Peru|Chile|Argentina|Brazil|Uruguay|Ecuador|Bolivia|Cuba|Jamaica|
Dominican Republic|Costa Rica|Panama|Canada|United States|Australia|New Zealand|Fiji|Samoa|
Tonga|Papua New Guinea|Armenia|Georgia|Estonia|Latvia|Lithuania""".replace("\n", "").split("|"))

REGION_NAMES = _uniq("""Bavaria|Catalonia|Andalusia|Tuscany|Lombardy|Provence|Brittany|Scotland|
Wales|Ontario|Quebec|British Columbia|Alberta|Queensland|Tasmania|New South Wales|
Maharashtra|Karnataka|Kerala|Tamil Nadu|Punjab|Gujarat|Rajasthan|Sichuan|Guangdong|Yunnan|
Hokkaido|Okinawa|Kyushu|Bali|Java|Mindanao|Patagonia|Yucatán|Oaxaca|Jalisco|Minas Gerais|
Bahia|Lagos State|Rift Valley|Western Cape|Gauteng|Siberia|Transylvania|Silesia|Bohemia|
Lapland|Texas|California|Florida|Ohio|Michigan|Arizona|Alaska|Hawaii|Oregon|Vermont|
Northern Ireland|Flanders|Galicia|Sardinia|Sicily|Normandy|Kurdistan|Punjab Province|
Sindh|Zanzibar|Kakheti""".replace("\n", "").split("|"))

WORLD_CITIES = [tuple(x.split("/")) for x in """Lagos/Nigeria|Abuja/Nigeria|Ibadan/Nigeria|
Port Harcourt/Nigeria|Accra/Ghana|Kumasi/Ghana|Dakar/Senegal|Bamako/Mali|Abidjan/Côte d'Ivoire|
Nairobi/Kenya|Mombasa/Kenya|Kisumu/Kenya|Kampala/Uganda|Kigali/Rwanda|Addis Ababa/Ethiopia|
Dar es Salaam/Tanzania|Johannesburg/South Africa|Cape Town/South Africa|Durban/South Africa|
Harare/Zimbabwe|Lusaka/Zambia|Cairo/Egypt|Alexandria/Egypt|Casablanca/Morocco|Marrakesh/Morocco|
Tunis/Tunisia|Mumbai/India|Delhi/India|Bengaluru/India|Chennai/India|Hyderabad/India|
Kolkata/India|Pune/India|Ahmedabad/India|Jaipur/India|Kochi/India|Karachi/Pakistan|
Lahore/Pakistan|Islamabad/Pakistan|Dhaka/Bangladesh|Chittagong/Bangladesh|Colombo/Sri Lanka|
Kandy/Sri Lanka|Kathmandu/Nepal|Beijing/China|Shanghai/China|Shenzhen/China|Guangzhou/China|
Chengdu/China|Hangzhou/China|Wuhan/China|Tokyo/Japan|Osaka/Japan|Kyoto/Japan|Sapporo/Japan|
Fukuoka/Japan|Nagoya/Japan|Seoul/South Korea|Busan/South Korea|Incheon/South Korea|
Taipei/Taiwan|Hong Kong/China|Hanoi/Vietnam|Ho Chi Minh City/Vietnam|Da Nang/Vietnam|
Bangkok/Thailand|Chiang Mai/Thailand|Jakarta/Indonesia|Surabaya/Indonesia|Denpasar/Indonesia|
Manila/Philippines|Cebu City/Philippines|Davao/Philippines|Kuala Lumpur/Malaysia|
Penang/Malaysia|Ulaanbaatar/Mongolia|Almaty/Kazakhstan|Tashkent/Uzbekistan|Moscow/Russia|
Saint Petersburg/Russia|Novosibirsk/Russia|Kazan/Russia|Kyiv/Ukraine|Lviv/Ukraine|
Kharkiv/Ukraine|Odesa/Ukraine|Warsaw/Poland|Kraków/Poland|Gdańsk/Poland|Wrocław/Poland|
Prague/Czechia|Brno/Czechia|Belgrade/Serbia|Novi Sad/Serbia|Zagreb/Croatia|Split/Croatia|
Sofia/Bulgaria|Bucharest/Romania|Cluj-Napoca/Romania|Budapest/Hungary|Bratislava/Slovakia|
Berlin/Germany|Munich/Germany|Hamburg/Germany|Cologne/Germany|Frankfurt/Germany|
Leipzig/Germany|Paris/France|Lyon/France|Marseille/France|Toulouse/France|Bordeaux/France|
Rome/Italy|Milan/Italy|Naples/Italy|Turin/Italy|Florence/Italy|Bologna/Italy|Madrid/Spain|
Barcelona/Spain|Valencia/Spain|Seville/Spain|Bilbao/Spain|Lisbon/Portugal|Porto/Portugal|
Amsterdam/Netherlands|Rotterdam/Netherlands|Utrecht/Netherlands|Brussels/Belgium|
Antwerp/Belgium|Zurich/Switzerland|Geneva/Switzerland|Vienna/Austria|Graz/Austria|
Dublin/Ireland|Cork/Ireland|Galway/Ireland|London/UK|Manchester/UK|Birmingham/UK|Glasgow/UK|
Edinburgh/UK|Cardiff/UK|Belfast/UK|Leeds/UK|Bristol/UK|Oslo/Norway|Bergen/Norway|
Tromsø/Norway|Stockholm/Sweden|Gothenburg/Sweden|Malmö/Sweden|Helsinki/Finland|
Tampere/Finland|Copenhagen/Denmark|Aarhus/Denmark|Reykjavík/Iceland|Athens/Greece|
Thessaloniki/Greece|Istanbul/Turkey|Ankara/Turkey|Izmir/Turkey|Tel Aviv/Israel|Haifa/Israel|
Amman/Jordan|Beirut/Lebanon|Riyadh/Saudi Arabia|Jeddah/Saudi Arabia|Dubai/UAE|
Abu Dhabi/UAE|Doha/Qatar|Muscat/Oman|Tehran/Iran|Isfahan/Iran|Shiraz/Iran|Yerevan/Armenia|
Tbilisi/Georgia|Tallinn/Estonia|Riga/Latvia|Vilnius/Lithuania|Mexico City/Mexico|
Guadalajara/Mexico|Monterrey/Mexico|Puebla/Mexico|Mérida/Mexico|Guatemala City/Guatemala|
Bogotá/Colombia|Medellín/Colombia|Cali/Colombia|Cartagena/Colombia|Lima/Peru|Cusco/Peru|
Arequipa/Peru|Santiago/Chile|Valparaíso/Chile|Buenos Aires/Argentina|Córdoba/Argentina|
Rosario/Argentina|Mendoza/Argentina|Montevideo/Uruguay|Quito/Ecuador|Guayaquil/Ecuador|
La Paz/Bolivia|Havana/Cuba|Kingston/Jamaica|Santo Domingo/Dominican Republic|
San José/Costa Rica|Panama City/Panama|São Paulo/Brazil|Rio de Janeiro/Brazil|
Brasília/Brazil|Salvador/Brazil|Recife/Brazil|Fortaleza/Brazil|Belo Horizonte/Brazil|
Curitiba/Brazil|Porto Alegre/Brazil|Manaus/Brazil|Toronto/Canada|Vancouver/Canada|
Montreal/Canada|Calgary/Canada|Ottawa/Canada|Halifax/Canada|Winnipeg/Canada|
Sydney/Australia|Melbourne/Australia|Brisbane/Australia|Perth/Australia|Adelaide/Australia|
Darwin/Australia|Auckland/New Zealand|Wellington/New Zealand|Christchurch/New Zealand|
Suva/Fiji|Apia/Samoa|Nukuʻalofa/Tonga|Port Moresby/Papua New Guinea|Nouméa/New Caledonia
""".replace("\n", "").split("|")]

US_CITIES = [tuple(x.split("/")) for x in """New York/NY/100|Brooklyn/NY/112|Buffalo/NY/142|
Chicago/IL/606|Springfield/IL/627|Houston/TX/770|San Antonio/TX/782|Dallas/TX/752|
Austin/TX/787|El Paso/TX/799|Phoenix/AZ/850|Tucson/AZ/857|Philadelphia/PA/191|
Pittsburgh/PA/152|San Diego/CA/921|Los Angeles/CA/900|San Francisco/CA/941|Oakland/CA/946|
Fresno/CA/937|Sacramento/CA/958|Jacksonville/FL/322|Miami/FL/331|Tampa/FL/336|
Orlando/FL/328|Columbus/OH/432|Cleveland/OH/441|Cincinnati/OH/452|Charlotte/NC/282|
Raleigh/NC/276|Indianapolis/IN/462|Seattle/WA/981|Spokane/WA/992|Denver/CO/802|
Boston/MA/021|Worcester/MA/016|Nashville/TN/372|Memphis/TN/381|Detroit/MI/482|
Grand Rapids/MI/495|Portland/OR/972|Eugene/OR/974|Las Vegas/NV/891|Reno/NV/895|
Louisville/KY/402|Lexington/KY/405|Baltimore/MD/212|Milwaukee/WI/532|Madison/WI/537|
Albuquerque/NM/871|Atlanta/GA/303|Savannah/GA/314|Minneapolis/MN/554|Saint Paul/MN/551|
Tulsa/OK/741|Oklahoma City/OK/731|New Orleans/LA/701|Baton Rouge/LA/708|
Salt Lake City/UT/841|Boise/ID/837|Anchorage/AK/995|Honolulu/HI/968|Omaha/NE/681|
Des Moines/IA/503|Burlington/VT/054|Providence/RI/029|Hartford/CT/061|Richmond/VA/232|
Norfolk/VA/235|Birmingham/AL/352|Little Rock/AR/722|Jackson/MS/392|Fargo/ND/581|
Sioux Falls/SD/571|Cheyenne/WY/820|Billings/MT/591|Charleston/SC/294|Newark/NJ/071|
Jersey City/NJ/073|Wilmington/DE/198|Portland/ME/041|Manchester/NH/031|Kansas City/MO/641|
St. Louis/MO/631|Wichita/KS/672|Columbia/SC/292""".replace("\n", "").split("|")]

US_STREETS = ["Maple", "Oak", "Cedar", "Pine", "Elm", "Washington", "Lake", "Hill",
              "Park", "Main", "Sunset", "Highland", "Jefferson", "Lincoln", "Willow",
              "Meadow", "Ridge", "Spring", "Chestnut", "Walnut", "River", "Forest",
              "Magnolia", "Dogwood", "Sycamore", "Franklin", "Adams", "Madison",
              "Church", "Mill", "Prospect", "Bayview", "Orchard", "Juniper", "Aspen",
              "Harbor", "Cherry", "Birch", "Valley", "Summit", "Broad", "Market",
              "Canal", "Mission", "Peachtree", "Alameda", "Colfax", "Grand"]
US_SUFFIX = ["St", "Street", "Ave", "Avenue", "Blvd", "Rd", "Road", "Ln", "Dr", "Drive",
             "Ct", "Way", "Pl", "Terrace", "Pkwy", "Circle"]

BRANDS = ["Ben & Jerry's", "Wendy's", "Tim Hortons", "Dr Pepper", "Ralph Lauren",
          "Tommy Hilfiger", "Calvin Klein", "Johnson & Johnson", "Procter & Gamble",
          "Wells Fargo", "Morgan Stanley", "Charles Schwab", "Hilton Garden Inn",
          "Marriott Bonvoy", "Ritz-Carlton", "Hamilton Beach", "Jack Daniel's",
          "Mercedes-Benz", "Louis Vuitton", "Ferrari", "Ford", "Dell", "Kellogg's",
          "Campbell's", "Heinz", "Cadbury", "Nestlé", "Siemens", "Philips", "Alexa", "Siri",
          "Cortana", "Lincoln Financial", "John Deere", "Walt Disney World", "McDonald's",
          "Trader Joe's", "Dunkin'", "Sherwin-Williams", "Macy's", "Mayo Clinic",
          "Johns Hopkins", "Cedars-Sinai", "Hill's Science Diet", "Purina", "Royal Canin",
          "Virgin Atlantic", "Harley-Davidson", "Levi's", "Tesla", "Goldman Sachs",
          "Ernst & Young", "Nordstrom", "Chanel", "Dyson", "Bosch", "Oscar Health",
          "Kaiser Permanente", "Eli Lilly", "Bristol Myers Squibb", "Abbott", "Baxter",
          "Wayfair", "Marks & Spencer", "Sainsbury's", "Dolce & Gabbana", "Hugo Boss",
          "Ray-Ban", "Peugeot", "Casio", "Yamaha", "Honda", "Suzuki Swift", "Toyota Camry"]

EMPLOYERS = ["Johnson & Johnson", "Procter & Gamble", "Wells Fargo", "Morgan Stanley", "Charles Schwab",
             "Marriott Bonvoy", "Ford", "Dell", "Siemens", "Philips", "John Deere", "McDonald's", "Trader Joe's",
             "Sherwin-Williams", "Macy's", "Mayo Clinic", "Tesla", "Goldman Sachs", "Ernst & Young", "Nordstrom",
             "Bosch", "Kaiser Permanente", "Eli Lilly", "Abbott", "Wayfair", "Marks & Spencer", "Sainsbury's", "Tim Hortons"]

PET_NAMES = ["Biscuit", "Pepper", "Mochi", "Nugget", "Ziggy", "Luna", "Max", "Bella",
             "Charlie", "Daisy", "Cooper", "Pumpkin", "Waffles", "Tofu", "Pickles",
             "Shadow", "Oreo", "Simba", "Nala", "Rocky", "Coco", "Bruno", "Kiwi",
             "Peanut", "Sushi", "Maple", "Ginger", "Zeus", "Loki", "Pebbles"]
PET_KINDS = ["Labrador retriever", "domestic shorthair", "French bulldog", "beagle",
             "Maine Coon", "golden retriever", "dachshund", "Siamese cat", "border collie",
             "German shepherd", "cockatiel", "holland lop rabbit", "bearded dragon",
             "ragdoll cat", "Shiba Inu", "mixed-breed terrier", "guinea pig", "greyhound"]

# ---------------------------------------------------------------------------
# Low-level helpers and value generators
# ---------------------------------------------------------------------------
DIG = string.digits
UP = string.ascii_uppercase
LOWC = string.ascii_lowercase
ALNUM = UP + LOWC + DIG
HEXL = "0123456789abcdef"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def wchoice(rng, pairs):
    total = sum(w for _, w in pairs)
    r = rng.random() * total
    for v, w in pairs:
        r -= w
        if r < 0:
            return v
    return pairs[-1][0]


_FOLD = {"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss", "đ": "d", "Đ": "D", "æ": "ae",
         "ð": "d", "þ": "th", "ı": "i", "ʻ": ""}


def ascii_fold(s):
    s = "".join(_FOLD.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and c.isalnum()).lower()


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


# ---- phone numbers --------------------------------------------------------
US_AREA = [int(x) for x in """201 202 203 205 206 207 208 209 210 212 213 214 215 216 217 218
219 224 225 228 229 231 234 239 240 248 251 252 253 254 256 260 262 267 269 270 276 281
301 302 303 304 305 307 308 309 310 312 313 314 315 316 317 318 319 320 321 323 325 330
331 334 336 337 339 347 351 352 360 361 385 386 401 402 404 405 406 407 408 409 410 412
413 414 415 417 419 423 424 425 432 434 435 440 443 458 469 470 475 478 479 480 484 501
502 503 504 505 507 508 509 510 512 513 515 516 517 518 520 530 540 541 551 559 561 562
563 567 570 571 573 574 575 580 585 586 601 602 603 605 606 607 608 609 610 612 614 615
616 617 618 619 620 623 626 630 631 636 641 646 650 651 660 661 662 678 682 701 702 703
704 706 707 708 712 713 714 715 716 717 718 719 720 724 727 731 732 734 740 754 757 760
762 763 765 770 772 773 774 775 781 785 786 801 802 803 804 805 806 808 810 812 813 814
815 816 817 818 828 830 831 832 843 845 847 848 850 856 857 858 859 860 862 863 864 865
870 878 901 903 904 906 907 908 909 910 912 913 914 915 916 917 918 919 920 925 928 931
936 937 940 941 947 949 951 952 954 956 970 971 972 973 978 979 980 984 985 989""".split()]
CA_AREA = [416, 647, 437, 604, 778, 514, 438, 403, 587, 613, 902, 204, 306, 519, 905, 780]
NANP_AREA = set(US_AREA) | set(CA_AREA)


def us_phone(rng, area=None):
    a = area or rng.choice(US_AREA)
    ex = rng.randint(200, 999)
    while ex % 100 == 11 or ex == 555:
        ex = rng.randint(200, 999)
    ln = f"{rng.randint(0, 9999):04d}"
    fmts = [f"({a}) {ex}-{ln}", f"{a}-{ex}-{ln}", f"{a}.{ex}.{ln}", f"+1 {a} {ex} {ln}",
            f"+1-{a}-{ex}-{ln}", f"1-{a}-{ex}-{ln}", f"{a}{ex}{ln}", f"+1{a}{ex}{ln}",
            f"+1 ({a}) {ex}-{ln}", f"{a} {ex} {ln}", f"({a}) {ex}-{ln}", f"{a}-{ex}-{ln}"]
    return rng.choice(fmts)


def intl_phone(rng, region):
    d = lambda n: rs(rng, DIG, n)
    nz = lambda: str(rng.randint(1, 9))
    c = rng.choice
    opts = {
        "UK": [f"+44 20 {rng.randint(7000, 8999)} {d(4)}", f"+44 7{rng.randint(400, 999)} {d(6)}",
               f"+447{rng.randint(400, 999)}{d(6)}", f"+44 161 {rng.randint(200, 999)} {d(4)}"],
        "DE": [f"+49 30 {nz()}{d(7)}", f"+49 1{c(['51', '52', '60', '62', '70', '76'])} {nz()}{d(7)}",
               f"+49{c(['151', '170', '176'])}{nz()}{d(7)}"],
        "FR": [f"+33 {c('67')} {d(2)} {d(2)} {d(2)} {d(2)}", f"+33 1 {d(2)} {d(2)} {d(2)} {d(2)}",
               f"+33{c('67')}{d(8)}"],
        "IN": [f"+91 {c('6789')}{d(4)} {d(5)}", f"+91-{c('6789')}{d(9)}", f"+91{c('6789')}{d(9)}"],
        "NG": [f"+234 {c(['803', '806', '813', '816', '703', '706', '805', '809', '810'])} {d(3)} {d(4)}",
               f"+234{c(['803', '806', '813', '703', '805'])}{d(7)}"],
        "BR": [f"+55 {c(['11', '21', '31', '41', '51', '61', '71', '81'])} 9{d(4)}-{d(4)}",
               f"+55 ({c(['11', '21', '31', '48'])}) 9{d(4)}-{d(4)}"],
        "JP": [f"+81 {c(['90', '80', '70'])}-{d(4)}-{d(4)}", f"+81 3-{d(4)}-{d(4)}", f"+81 6 {d(4)} {d(4)}"],
        "AU": [f"+61 4{d(2)} {d(3)} {d(3)}", f"+61 2 {c('89')}{d(3)} {d(4)}", f"+614{d(8)}"],
        "MX": [f"+52 {c(['55', '33', '81'])} {d(4)} {d(4)}", f"+52 1 55 {d(4)} {d(4)}"],
        "NL": [f"+31 6 {d(8)}", f"+31 20 {nz()}{d(2)} {d(4)}", f"+31 6 {d(4)} {d(4)}"],
        "ES": [f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}", f"+34 91 {d(3)} {d(2)} {d(2)}"],
        "PL": [f"+48 {c('5678')}{d(2)} {d(3)} {d(3)}", f"+48{c('5678')}{d(8)}"],
        "KE": [f"+254 7{d(2)} {d(6)}", f"+254 7{d(2)} {d(3)} {d(3)}", f"+2547{d(8)}"],
        "KR": [f"+82 10-{d(4)}-{d(4)}", f"+82 2-{nz()}{d(2)}-{d(4)}"],
        "SG": [f"+65 {c('89')}{d(3)} {d(4)}", f"+65 6{d(3)} {d(4)}"],
        "ZA": [f"+27 {c(['82', '83', '72', '71', '84', '61'])} {d(3)} {d(4)}", f"+27 21 {nz()}{d(2)} {d(4)}"],
        "PH": [f"+63 9{d(2)} {d(3)} {d(4)}", f"+63 2 {nz()}{d(3)} {d(4)}"],
        "GH": [f"+233 {c(['24', '54', '20', '50', '27'])} {d(3)} {d(4)}"],
    }
    return c(opts[region])


def make_phone(rng, region):
    if region == "US":
        return us_phone(rng)
    if region == "CA":
        return us_phone(rng, area=rng.choice(CA_AREA))
    return intl_phone(rng, region)


# ---- addresses ------------------------------------------------------------
def _uk_pc(rng, area):
    return f"{area}{rng.randint(1, 20)} {rng.randint(1, 9)}{rs(rng, 'ABDEFGHJLNPQRSTUWXYZ', 2)}"


def make_address(rng, region):
    """Return (line1, line2, city, country)."""
    c = rng.choice
    n = rng.randint
    if region == "US":
        city, st, z3 = c(US_CITIES)
        num = n(12, 9870)
        pre = c(["", "", "", "N ", "S ", "E ", "W ", "NE ", "SW "])
        l1 = f"{num} {pre}{c(US_STREETS)} {c(US_SUFFIX)}"
        r = rng.random()
        if r < 0.15:
            l1 += f", Apt {n(1, 30)}{c('ABCDEF')}"
        elif r < 0.25:
            l1 += f" Unit {n(1, 400)}"
        elif r < 0.3:
            l1 += f", Suite {n(100, 950)}"
        elif r < 0.35:
            l1 += f" #{n(2, 60)}"
        z = f"{z3}{n(0, 99):02d}"
        if rng.random() < 0.12:
            z += f"-{n(1000, 9999)}"
        return l1, f"{city}, {st} {z}", city, "United States"
    if region == "UK":
        city, area = c([("London", "SW"), ("London", "N"), ("London", "E"), ("Manchester", "M"),
                        ("Birmingham", "B"), ("Leeds", "LS"), ("Glasgow", "G"), ("Edinburgh", "EH"),
                        ("Bristol", "BS"), ("Cardiff", "CF"), ("Liverpool", "L"), ("Belfast", "BT"),
                        ("Sheffield", "S"), ("Nottingham", "NG")])
        st = c(["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane",
                "Kings Road", "Park Avenue", "Albert Street", "Queen's Drive", "Grove Terrace",
                "Manor Way", "Oxford Road", "Wellington Crescent"])
        l1 = f"{n(1, 240)} {st}"
        if rng.random() < 0.3:
            l1 = f"Flat {n(1, 24)}, " + l1
        return l1, f"{city} {_uk_pc(rng, area)}", city, "United Kingdom"
    if region == "DE":
        city, plz = c([("Berlin", "10"), ("Hamburg", "20"), ("München", "80"), ("Köln", "50"),
                       ("Frankfurt am Main", "60"), ("Stuttgart", "70"), ("Leipzig", "04"),
                       ("Dresden", "01"), ("Düsseldorf", "40"), ("Hannover", "30")])
        st = c(["Hauptstraße", "Bahnhofstraße", "Gartenweg", "Schillerstraße", "Goethestraße",
                "Lindenallee", "Berliner Straße", "Am Marktplatz", "Kastanienweg", "Friedrichstraße"])
        return f"{st} {n(1, 140)}{c(['', '', 'a', 'b'])}", f"{plz}{n(100, 999)} {city}", city, "Germany"
    if region == "FR":
        city, cp = c([("Paris", "750"), ("Lyon", "6900"), ("Marseille", "130"), ("Toulouse", "3100"),
                      ("Bordeaux", "3300"), ("Nantes", "4400"), ("Lille", "5900"), ("Strasbourg", "6700")])
        cpz = cp + (f"{n(1, 20):02d}" if len(cp) == 3 else str(n(0, 9)))
        st = c(["rue de la République", "avenue Victor Hugo", "boulevard Saint-Michel",
                "rue des Lilas", "rue du Faubourg Saint-Antoine", "quai des Chartrons",
                "rue Nationale", "allée des Tilleuls"])
        cityname = city.upper() if rng.random() < 0.4 else city
        return f"{n(1, 180)}{c(['', '', ' bis'])} {st}", f"{cpz} {cityname}", city, "France"
    if region == "IN":
        city, state, pin = c([("Bengaluru", "Karnataka", "560"), ("Mumbai", "Maharashtra", "400"),
                              ("Pune", "Maharashtra", "411"), ("Chennai", "Tamil Nadu", "600"),
                              ("Hyderabad", "Telangana", "500"), ("New Delhi", "Delhi", "110"),
                              ("Kolkata", "West Bengal", "700"), ("Ahmedabad", "Gujarat", "380"),
                              ("Kochi", "Kerala", "682")])
        bld = c(["Sai Residency", "Green Park Apartments", "Lotus Enclave", "Shanti Niketan",
                 "Prestige Towers", "Sunrise Heights", "Gulmohar Society"])
        road = c(["MG Road", "12th Main Road", "Link Road", "Station Road", "100 Feet Road",
                  "Nehru Nagar", "Anna Salai", "SV Road"])
        l1 = f"Flat {n(1, 20)}{c(['0', '1', '2'])}{n(1, 9)}, {bld}, {road}"
        l2 = f"{city}, {state} {pin}{n(0, 99):03d}" if rng.random() < 0.6 else f"{city} - {pin}{n(0, 99):03d}"
        return l1, l2, city, "India"
    if region == "NG":
        city, area = c([("Lagos", "Ikoyi"), ("Lagos", "Victoria Island"), ("Lagos", "Yaba"),
                        ("Abuja", "Wuse 2"), ("Abuja", "Garki"), ("Ibadan", "Bodija"),
                        ("Port Harcourt", "GRA Phase 2"), ("Enugu", "Independence Layout")])
        st = c(["Awolowo Road", "Adeola Odeku Street", "Herbert Macaulay Way", "Aminu Kano Crescent",
                "Ahmadu Bello Way", "Ogunlana Drive", "Allen Avenue", "Aba Road"])
        l2 = f"{area}, {city}" + (f" {n(100, 999)}{n(100, 299)}" if rng.random() < 0.5 else "")
        return f"{n(1, 120)} {st}", l2, city, "Nigeria"
    if region == "BR":
        city, uf, cep = c([("São Paulo", "SP", "01"), ("Rio de Janeiro", "RJ", "22"),
                           ("Belo Horizonte", "MG", "30"), ("Curitiba", "PR", "80"),
                           ("Porto Alegre", "RS", "90"), ("Salvador", "BA", "40"), ("Recife", "PE", "50")])
        st = c(["Rua Augusta", "Rua das Flores", "Avenida Paulista", "Rua Oscar Freire",
                "Avenida Atlântica", "Rua XV de Novembro", "Rua da Consolação"])
        bairro = c(["Centro", "Jardins", "Copacabana", "Savassi", "Batel", "Moinhos de Vento", "Boa Viagem"])
        l1 = f"{st}, {n(10, 2400)}" + (f", apto {n(11, 184)}" if rng.random() < 0.5 else "")
        return l1, f"{bairro}, {city} - {uf}, {cep}{n(100, 999)}-{n(0, 999):03d}", city, "Brazil"
    if region == "JP":
        city, ward, zp = c([("Tokyo", "Shibuya-ku", "150"), ("Tokyo", "Shinjuku-ku", "160"),
                            ("Tokyo", "Minato-ku", "106"), ("Tokyo", "Setagaya-ku", "154"),
                            ("Osaka", "Kita-ku", "530"), ("Kyoto", "Nakagyo-ku", "604"),
                            ("Sapporo", "Chuo-ku", "060"), ("Fukuoka", "Hakata-ku", "812")])
        dist = c(["Jingumae", "Nishi-Shinjuku", "Roppongi", "Sangenjaya", "Umeda", "Sanjo",
                  "Odori", "Hakata-eki-mae", "Ebisu", "Azabu-Juban"])
        return (f"{n(1, 5)}-{n(1, 25)}-{n(1, 30)} {dist}, {ward}",
                f"{city} {zp}-{n(0, 9999):04d}", city, "Japan")
    if region == "CA":
        city, pr, fsa = c([("Toronto", "ON", "M5V"), ("Toronto", "ON", "M4C"), ("Vancouver", "BC", "V6B"),
                           ("Montréal", "QC", "H2X"), ("Calgary", "AB", "T2P"), ("Ottawa", "ON", "K1P"),
                           ("Halifax", "NS", "B3H"), ("Winnipeg", "MB", "R3C")])
        st = c(["Queen St W", "Granville St", "Rue Sainte-Catherine", "Jasper Ave", "Bank St",
                "Spring Garden Rd", "Portage Ave", "Yonge St", "Danforth Ave"])
        return (f"{n(10, 2900)} {st}" + (f", Unit {n(101, 2805)}" if rng.random() < 0.3 else ""),
                f"{city}, {pr} {fsa} {n(1, 9)}{c('ABCEGHJKLMNPRSTVXY')}{n(0, 9)}", city, "Canada")
    if region == "AU":
        sub, stt, pc, city = c([("Fitzroy", "VIC", "3065", "Melbourne"), ("Bondi", "NSW", "2026", "Sydney"),
                                ("Surry Hills", "NSW", "2010", "Sydney"), ("Fortitude Valley", "QLD", "4006", "Brisbane"),
                                ("Fremantle", "WA", "6160", "Perth"), ("Glenelg", "SA", "5045", "Adelaide"),
                                ("Sandy Bay", "TAS", "7005", "Hobart")])
        st = c(["Smith St", "Beach Rd", "Crown St", "Brunswick St", "Marine Pde", "Hay St", "Sandy Bay Rd"])
        pre = f"{n(1, 40)}/" if rng.random() < 0.3 else ""
        return f"{pre}{n(1, 300)} {st}", f"{sub} {stt} {pc}", city, "Australia"
    if region == "MX":
        city, state, cp = c([("Ciudad de México", "CDMX", "06"), ("Guadalajara", "Jal.", "44"),
                             ("Monterrey", "N.L.", "64"), ("Puebla", "Pue.", "72"), ("Mérida", "Yuc.", "97")])
        st = c(["Av. Insurgentes Sur", "Calle Durango", "Av. Paseo de la Reforma", "Calle Morelos",
                "Av. Chapultepec", "Calle 60"])
        col = c(["Roma Norte", "Condesa", "Juárez", "Centro", "Del Valle", "Americana"])
        return f"{st} {n(10, 1800)}, Col. {col}", f"{cp}{n(100, 999)} {city}, {state}", city, "Mexico"
    if region == "NL":
        city, pc = c([("Amsterdam", "10"), ("Rotterdam", "30"), ("Utrecht", "35"), ("Den Haag", "25"),
                      ("Eindhoven", "56")])
        st = c(["Keizersgracht", "Prinsengracht", "Oudegracht", "Coolsingel", "Lange Voorhout", "Stratumseind"])
        return f"{st} {n(1, 400)}", f"{pc}{n(10, 99)} {rs(rng, 'ABCDEGHJKLMNPRSTVWXZ', 2)} {city}", city, "Netherlands"
    if region == "ES":
        city, cp = c([("Madrid", "280"), ("Barcelona", "080"), ("Valencia", "460"), ("Sevilla", "410"),
                      ("Bilbao", "480")])
        st = c(["Calle de Alcalá", "Calle Mayor", "Carrer de Mallorca", "Avenida de la Constitución",
                "Calle Gran Vía", "Carrer de Sants"])
        return (f"{st} {n(1, 220)}, {n(1, 8)}º {c(['A', 'B', 'C', 'izq.', 'dcha.'])}",
                f"{cp}{n(1, 50):02d} {city}", city, "Spain")
    if region == "PL":
        city, pc = c([("Warszawa", "00"), ("Kraków", "31"), ("Gdańsk", "80"), ("Wrocław", "50"), ("Poznań", "61")])
        st = c(["Marszałkowska", "Długa", "Floriańska", "Piotrkowska", "Świętojańska", "Grunwaldzka"])
        return f"ul. {st} {n(1, 150)}/{n(1, 40)}", f"{pc}-{n(0, 999):03d} {city}", city, "Poland"
    if region == "KE":
        city = c(["Nairobi", "Mombasa", "Kisumu", "Nakuru"])
        st = c(["Ngong Road", "Kenyatta Avenue", "Moi Avenue", "Waiyaki Way", "Oginga Odinga Street"])
        bld = c(["Prestige Plaza", "Kilimani Court", "Riverside Apartments", "Mayfair Suites"])
        return f"{bld}, {st}", f"P.O. Box {n(100, 99999)}-00{n(100, 600)}, {city}", city, "Kenya"
    if region == "KR":
        city, gu = c([("Seoul", "Gangnam-gu"), ("Seoul", "Mapo-gu"), ("Seoul", "Jongno-gu"),
                      ("Busan", "Haeundae-gu"), ("Incheon", "Yeonsu-gu")])
        road = c(["Teheran-ro", "Worldcup-ro", "Jong-ro", "Haeundaehaebyeon-ro", "Songdo-daero"])
        return f"{n(1, 500)} {road}, {gu}", f"{city} {n(1, 63):02d}{n(0, 999):03d}", city, "South Korea"
    if region == "SG":
        st = c(["Tampines Street 21", "Ang Mo Kio Avenue 3", "Orchard Boulevard", "Bedok North Road",
                "Jurong West Street 52"])
        return f"Blk {n(1, 999)} {st} #{n(2, 25):02d}-{n(1, 400):02d}", f"Singapore {n(100000, 829999)}", "Singapore", "Singapore"
    if region == "ZA":
        city, sub, pc = c([("Johannesburg", "Rosebank", "2196"), ("Cape Town", "Sea Point", "8005"),
                           ("Durban", "Morningside", "4001"), ("Pretoria", "Hatfield", "0083")])
        st = c(["Jan Smuts Avenue", "Main Road", "Florida Road", "Long Street", "Burnett Street"])
        return f"{n(1, 300)} {st}, {sub}", f"{city}, {pc}", city, "South Africa"
    if region == "PH":
        city, prov, zp = c([("Quezon City", "Metro Manila", "11"), ("Makati", "Metro Manila", "12"),
                            ("Cebu City", "Cebu", "60"), ("Davao City", "Davao del Sur", "80")])
        st = c(["Rizal Street", "Mabini Street", "Ayala Avenue", "Osmeña Boulevard", "Katipunan Avenue"])
        brgy = c(["San Antonio", "Poblacion", "Lahug", "Bel-Air", "Loyola Heights"])
        return f"{n(1, 900)} {st}, Brgy. {brgy}", f"{city}, {prov} {zp}{n(0, 99):02d}", city, "Philippines"
    if region == "GH":
        city, area = c([("Accra", "East Legon"), ("Accra", "Osu"), ("Kumasi", "Ahodwo"), ("Tema", "Community 11")])
        st = c(["Oxford Street", "Liberation Road", "Boundary Road", "Lagos Avenue", "Harper Road"])
        return f"House No. {n(1, 80)}, {st}, {area}", f"{city}, GA-{n(100, 999)}-{n(1000, 9999)}", city, "Ghana"
    raise ValueError(region)


REGION_WEIGHTS = [("US", 34), ("UK", 7), ("CA", 5), ("IN", 7), ("NG", 5), ("DE", 4), ("FR", 3),
                  ("BR", 4), ("JP", 3), ("AU", 4), ("MX", 4), ("NL", 2), ("ES", 2), ("PL", 2),
                  ("KE", 3), ("KR", 2), ("SG", 2), ("ZA", 2), ("PH", 3), ("GH", 2)]


# ---- dates ----------------------------------------------------------------
def _tm(rng, h, mi):
    ap = "AM" if h < 12 else "PM"
    ap = rng.choice([ap, ap, ap.lower(), ap[0].lower() + "." + "m."])
    hh = h % 12 or 12
    if mi == 0 and rng.random() < 0.3:
        return f"{hh}{rng.choice(['', ' '])}{ap}"
    return f"{hh}:{mi:02d} {ap}"


def _rand_date(rng):
    return datetime.date(rng.choice([2024, 2025, 2025, 2025, 2026]), rng.randint(1, 12), rng.randint(1, 28))


def _rand_time(rng):
    h, mi = rng.randint(7, 18), rng.choice([0, 0, 0, 15, 30, 30, 45, 10, 20, 40])
    return _tm(rng, h, mi), f"{h:02d}:{mi:02d}"


def human_dt(rng, date_only=None):
    dates, timed = _dt_options(_rand_date(rng), *_rand_time(rng))
    if date_only is True:
        return rng.choice(dates)
    if date_only is False:
        return rng.choice(timed)
    return rng.choice(dates + timed)


def dt_range(rng, date_only=None, lo=1, hi=14):
    """Two human-written dates in the same format, the second after the first."""
    d1 = _rand_date(rng)
    d2 = d1 + datetime.timedelta(days=rng.randint(lo, hi))
    a = _dt_options(d1, *_rand_time(rng))
    z = _dt_options(d2, *_rand_time(rng))
    which = 0 if date_only is True else 1 if date_only is False else rng.randint(0, 1)
    idx = rng.randrange(len(a[which]))
    return a[which][idx], z[which][idx]


def _dt_options(dt, t12, t24):
    y, m, d = dt.year, dt.month, dt.day
    wd = dt.strftime("%A")
    dates = [f"{MONTHS[m-1]} {d}, {y}", f"{d} {MONTHS[m-1]} {y}", f"{m:02d}/{d:02d}/{y}",
             f"{m}/{d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{MONTHS[m-1]} {ordinal(d)}, {y}",
             f"{wd}, {MONTHS[m-1]} {d}, {y}", f"{d:02d}.{m:02d}.{y}", f"{MON3[m-1]} {d}, {y}",
             f"{d} {MON3[m-1]} {y}"]
    timed = [f"{MON3[m-1]} {d}, {y} at {t12}", f"{d:02d}/{m:02d}/{y} {t24}",
             f"{wd}, {MONTHS[m-1]} {d} at {t12}", f"{d} {MON3[m-1]} {y}, {t24}",
             f"{t12} on {m}/{d}/{y}", f"{wd[:3]} {d} {MON3[m-1]} {t24}",
             f"{MONTHS[m-1]} {d}, {y}, {t12}", f"{y}-{m:02d}-{d:02d} {t24}",
             f"{wd} {ordinal(d)} {MONTHS[m-1]} at {t12}", f"{m:02d}/{d:02d}/{y} {t12}"]
    return dates, timed


def fmt_dob(rng, dt):
    y, m, d = dt.year, dt.month, dt.day
    return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d} {MONTHS[m-1]} {y}",
                       f"{MON3[m-1]} {d}, {y}", f"{d:02d}.{m:02d}.{y}", f"{MONTHS[m-1]} {ordinal(d)}, {y}",
                       f"{d:02d}/{m:02d}/{y}", f"{m}/{d}/{y}", f"{MONTHS[m-1]} {d}, {y}",
                       f"{d}-{MON3[m-1]}-{y}"])


def iso_ts(rng):
    y, m, d = rng.choice([2024, 2025]), rng.randint(1, 12), rng.randint(1, 28)
    h, mi, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    base = f"{y}-{m:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}"
    return base + rng.choice(["Z", f".{rng.randint(0, 999):03d}Z", "+00:00", f".{rng.randint(0, 999999):06d}",
                              rng.choice(["-05:00", "+01:00", "+05:30", "+09:00"])])


def log_ts(rng, style=None):
    y, m, d = rng.choice([2024, 2025]), rng.randint(1, 12), rng.randint(1, 28)
    h, mi, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    if style is None:
        style = rng.randrange(4)
    return ([f"{y}-{m:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d},{rng.randint(0, 999):03d}",
                       f"{y}-{m:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}.{rng.randint(0, 999):03d}",
                       f"[{d:02d}/{MON3[m-1]}/{y}:{h:02d}:{mi:02d}:{s:02d} +0000]",
                       f"{MON3[m-1]} {d:2d} {h:02d}:{mi:02d}:{s:02d}"])[style]


def epoch(rng):
    return str(rng.randint(1690000000, 1780000000))


RELATIVE = ["tomorrow", "tomorrow morning", "next Tuesday", "next week", "in 3 business days",
            "later today", "yesterday", "last week", "by end of day", "in two weeks",
            "this Friday", "the day after tomorrow", "within 48 hours", "next month",
            "earlier this morning", "a couple of days ago", "in about an hour", "over the weekend"]


# ---- identifiers ----------------------------------------------------------
def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


def card_brand_ok(d):
    if d[0] == "4" and len(d) in (13, 16, 19):
        return True
    if len(d) == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720):
        return True
    if len(d) == 15 and d[:2] in ("34", "37"):
        return True
    if len(d) in (16, 19) and (d[:4] == "6011" or d[:2] == "65"):
        return True
    return False


def _card_digits(rng, valid=True):
    brand = wchoice(rng, [("visa", 5), ("mc", 4), ("amex", 2), ("disc", 1)])
    if brand == "visa":
        pre, L = "4", 16
    elif brand == "mc":
        pre, L = (str(rng.randint(51, 55)) if rng.random() < 0.75 else str(rng.randint(2221, 2720))), 16
    elif brand == "amex":
        pre, L = rng.choice(["34", "37"]), 15
    else:
        pre, L = rng.choice(["6011", "65"]), 16
    body = pre + rs(rng, DIG, L - 1 - len(pre))
    cd = luhn_digit(body)
    if not valid:
        cd = str((int(cd) + rng.randint(1, 9)) % 10)
    return body + cd


def _group_card(rng, d):
    sep = rng.choice(["", " ", " ", "-"])
    if len(d) == 15:
        parts = [d[:4], d[4:10], d[10:]]
    else:
        parts = [d[i:i + 4] for i in range(0, len(d), 4)]
    return sep.join(parts)


def card(rng):
    return _group_card(rng, _card_digits(rng))


def bad_card(rng):
    return _group_card(rng, _card_digits(rng, valid=False))


def masked_card(rng):
    last = rs(rng, DIG, 4)
    return rng.choice([f"****{last}", f"**** **** **** {last}", f"XXXX-XXXX-XXXX-{last}",
                       f"xxxx{last}", f"•••• {last}", f"************{last}"])


def ssn(rng):
    a = rng.randint(1, 899)
    while a == 666:
        a = rng.randint(1, 899)
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    f = rng.random()
    if f < 0.75:
        return f"{a:03d}-{g:02d}-{s:04d}"
    if f < 0.87:
        return f"{a:03d} {g:02d} {s:04d}"
    return f"{a:03d}{g:02d}{s:04d}"


def bad_ssn(rng):
    a = rng.choice([0, 666, rng.randint(900, 999), rng.randint(900, 999)])
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    if rng.random() < 0.25:
        a, g = rng.randint(1, 899), 0
        if a == 666:
            a = 665
    return f"{a:03d}-{g:02d}-{s:04d}"


def ssn_valid(v):
    d = re.sub(r"[ -]", "", v)
    if not re.fullmatch(r"\d{9}", d):
        return False
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return 1 <= a <= 899 and a != 666 and 1 <= g <= 99 and 1 <= s <= 9999


IBAN_SPECS = {
    "DE": [("n", 8), ("n", 10)], "GB": [("a", 4), ("n", 6), ("n", 8)],
    "FR": [("n", 5), ("n", 5), ("c", 11), ("n", 2)], "ES": [("n", 20)],
    "IT": [("a", 1), ("n", 5), ("n", 5), ("c", 12)], "NL": [("a", 4), ("n", 10)],
    "BE": [("n", 12)], "CH": [("n", 5), ("c", 12)], "AT": [("n", 16)], "PL": [("n", 24)],
    "PT": [("n", 21)], "IE": [("a", 4), ("n", 6), ("n", 8)], "NO": [("n", 11)],
    "SE": [("n", 20)], "DK": [("n", 14)], "FI": [("n", 14)], "SA": [("n", 2), ("c", 18)],
    "AE": [("n", 3), ("n", 16)], "TR": [("n", 5), ("n", 1), ("c", 16)],
    "BR": [("n", 8), ("n", 5), ("n", 10), ("a", 1), ("c", 1)],
}
IBAN_LEN = {k: 4 + sum(n for _, n in v) for k, v in IBAN_SPECS.items()}


def _iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban(rng, cc=None):
    cc = cc or rng.choice(list(IBAN_SPECS))
    bban = ""
    for kind, n in IBAN_SPECS[cc]:
        bban += rs(rng, DIG if kind == "n" else UP if kind == "a" else UP + DIG, n)
    chk = 98 - _iban_num(bban + cc + "00") % 97
    s = f"{cc}{chk:02d}{bban}"
    if rng.random() < 0.5:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def iban_valid(v):
    s = v.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def ipv4(rng):
    r = rng.random()
    if r < 0.25:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if r < 0.4:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if r < 0.5:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    a = rng.choice([x for x in range(11, 224) if x not in (127, 169, 172, 192, 10)])
    return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng):
    pre = rng.choice([0x2a02, 0x2600, 0x2607, 0x2a01, 0x2406, 0x2c0f, 0x2804, 0xfe80, 0x2001])
    if pre == 0xfe80:
        val = (0xfe80 << 112) | rng.getrandbits(64)
    elif pre == 0x2001:
        val = (0x2001 << 112) | (rng.choice([0x4860, 0x0470, 0x67c]) << 96) | rng.getrandbits(64)
    else:
        val = (pre << 112) | (rng.getrandbits(16) << 96) | rng.getrandbits(rng.choice([16, 32, 64]))
    return str(ipaddress.IPv6Address(val))


def ip_any(rng):
    return ipv6(rng) if rng.random() < 0.15 else ipv4(rng)


def mrn(rng):
    return rng.choice([rs(rng, DIG, 8), "00" + rs(rng, DIG, 6), rng.choice(UP) + rs(rng, DIG, 7),
                       f"MR{rs(rng, DIG, 7)}", f"{rs(rng, DIG, 3)}-{rs(rng, DIG, 3)}-{rs(rng, DIG, 3)}",
                       f"E{rs(rng, DIG, 9)}", rs(rng, DIG, 10)])


def vet_record(rng):
    return rng.choice([f"P-{rs(rng, DIG, 6)}", rs(rng, DIG, 7), f"VR{rs(rng, DIG, 6)}", f"{rs(rng, DIG, 5)}-{rs(rng, DIG, 2)}"])


def hpn(rng):
    return rng.choice([rs(rng, UP, 3) + rs(rng, DIG, 9), "W" + rs(rng, DIG, 9),
                       f"{rng.randint(1, 9)}{rs(rng, 'ACDEFGHJKMNPQRTUVWXY', 1)}{rs(rng, 'ACDEFGHJKMNPQRTUVWXY' + DIG, 1)}{rng.randint(0, 9)}-"
                       f"{rs(rng, 'ACDEFGHJKMNPQRTUVWXY', 1)}{rs(rng, 'ACDEFGHJKMNPQRTUVWXY' + DIG, 1)}{rng.randint(0, 9)}-"
                       f"{rs(rng, 'ACDEFGHJKMNPQRTUVWXY', 2)}{rng.randint(0, 9)}{rng.randint(0, 9)}",
                       rs(rng, UP, 2) + rs(rng, DIG, 8) + "-0" + str(rng.randint(1, 4)),
                       "M" + rs(rng, DIG, 8), rs(rng, DIG, 11)])


def acct_no(rng, kind="bank"):
    if kind == "bank":
        return rng.choice([rs(rng, DIG, rng.randint(8, 12)), f"{rs(rng, DIG, 4)}-{rs(rng, DIG, 6)}",
                           f"{rs(rng, DIG, 3)}-{rs(rng, DIG, 7)}-{rs(rng, DIG, 1)}", "00" + rs(rng, DIG, 8)])
    if kind == "telecom":
        return rng.choice([rs(rng, DIG, 9), f"{rs(rng, DIG, 4)} {rs(rng, DIG, 4)} {rs(rng, DIG, 4)}",
                           f"{rs(rng, DIG, 3)}-{rs(rng, DIG, 3)}-{rs(rng, DIG, 3)}", "8" + rs(rng, DIG, 11)])
    if kind == "student":
        return rng.choice([f"SA-{rs(rng, DIG, 8)}", rs(rng, DIG, 9), f"{rs(rng, DIG, 2)}{rs(rng, UP, 1)}{rs(rng, DIG, 6)}"])
    if kind == "client":
        return rng.choice([f"C-{rs(rng, DIG, 6)}", rs(rng, DIG, 6), f"CL{rs(rng, DIG, 7)}"])
    if kind == "loan":
        return rng.choice([f"LN{rs(rng, DIG, 10)}", rs(rng, DIG, 10)])
    return rs(rng, DIG, 10)


def driver_license(rng, p=None):
    k = rng.randint(0, 8)
    if k == 0:
        return rng.choice(UP) + rs(rng, DIG, 7)                      # CA
    if k == 1:
        return f"{rs(rng, DIG, 3)} {rs(rng, DIG, 3)} {rs(rng, DIG, 3)}"  # NY
    if k == 2:
        return f"{rng.choice(UP)}{rs(rng, DIG, 3)}-{rs(rng, DIG, 3)}-{rs(rng, DIG, 2)}-{rs(rng, DIG, 3)}-{rng.randint(0, 9)}"  # FL
    if k == 3:
        return f"{rng.choice(UP)}{rs(rng, DIG, 3)}-{rs(rng, DIG, 4)}-{rs(rng, DIG, 4)}"  # IL
    if k == 4:
        return rs(rng, DIG, 8)                                       # TX
    if k == 5:
        return "WDL" + rs(rng, UP + DIG, 6) + str(rng.randint(0, 9)) + rs(rng, UP + DIG, 2)  # WA
    if k == 6:
        sn = ascii_fold(p.surname).upper() if p else rs(rng, UP, 5)
        sn = (sn + "99999")[:5]
        return f"{sn}{rs(rng, DIG, 6)}{rs(rng, UP, 2)}{rng.randint(0, 9)}{rs(rng, UP, 2)}"  # UK
    if k == 7:
        return f"{rng.choice(UP)}{rs(rng, DIG, 4)}-{rs(rng, DIG, 5)}-{rs(rng, DIG, 5)}"  # ON
    return rs(rng, DIG, 9)


# ---- hard-negative values -------------------------------------------------
def uuid4(rng):
    h = rs(rng, HEXL, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def sha(rng, n=40):
    return rs(rng, HEXL, n)


def version(rng):
    return rng.choice([f"v{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 20)}",
                       f"{rng.randint(1, 5)}.{rng.randint(0, 19)}.{rng.randint(0, 9)}",
                       f"{rng.randint(1, 4)}.{rng.randint(0, 12)}.{rng.randint(0, 9)}-rc.{rng.randint(1, 4)}",
                       f"{rng.randint(1, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 40)}",
                       f"build {rng.randint(2, 9)}.{rng.randint(0, 40)}.{rng.randint(1000, 9999)}"])


def isbn13(rng):
    body = "978" + rs(rng, DIG, 9)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    cd = (10 - s % 10) % 10
    return f"{body[:3]}-{body[3]}-{body[4:7]}-{body[7:12]}-{cd}"


def mac(rng):
    sep = rng.choice([":", "-"])
    return sep.join(rs(rng, "0123456789ABCDEF", 2) for _ in range(6))


def cve(rng):
    return f"CVE-{rng.randint(2019, 2025)}-{rng.randint(1000, 52000)}"


def imei(rng):
    body = rng.choice(["35", "86", "01"]) + rs(rng, DIG, 12)
    return body + luhn_digit(body)


def iccid(rng):
    body = "8901" + rs(rng, DIG, 14)
    return body + luhn_digit(body)


def microchip(rng):
    return rng.choice(["985", "956", "900", "981"]) + rs(rng, DIG, 12)


def tracking(rng):
    k = rng.randint(0, 2)
    if k == 0:
        return f"1Z{rs(rng, UP + DIG, 6)}{rs(rng, DIG, 10)}"
    if k == 1:
        return "9400 " + " ".join(rs(rng, DIG, 4) for _ in range(4)) + " " + rs(rng, DIG, 2)
    return rs(rng, DIG, 12)


CURRENCIES = ["usd", "usd", "usd", "usd_code", "eur", "eur_code", "gbp", "inr", "brl"]


def amount(rng, cur=None, lo=5, hi=4800):
    v = rng.randint(lo, hi) + rng.choice([0, 0.5, 0.99, 0.25, 0.75])
    cur = cur or rng.choice(CURRENCIES)
    return {"usd": rng.choice([f"${v:,.2f}", f"${int(v)}"]), "usd_code": f"USD {v:,.2f}", "eur": f"€{v:,.2f}",
            "eur_code": f"{v:,.2f} EUR", "gbp": f"£{v:,.2f}", "inr": f"₹{int(v) * 40:,}",
            "brl": f"R$ {v:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")}[cur]


def pct(rng):
    return rng.choice([f"{rng.randint(1, 99)}%", f"{rng.randint(0, 99)}.{rng.randint(0, 9)}%", f"{rng.randint(1, 40)} percent"])


PLACEHOLDERS = ["<NAME>", "[REDACTED]", "{{customer_email}}", "XXX-XX-XXXX", "<PHONE>",
                "[EMAIL REMOVED]", "%FIRST_NAME%", "<patient_name>", "[NAME]", "***-**-****",
                "{{first_name}} {{last_name}}", "<ADDRESS>", "[DOB REDACTED]", "$USER_EMAIL",
                "<member-id>", "[PII]", "xxxxxxxx", "<your-api-key>"]


def order_no(rng):
    return rng.choice([f"ORD-{rng.randint(2023, 2025)}-{rs(rng, DIG, 6)}", f"#{rs(rng, DIG, 6)}",
                       f"SO-{rs(rng, DIG, 5)}", f"PO {rs(rng, DIG, 7)}"])


def ticket_no(rng):
    return rng.choice([f"INC{rs(rng, DIG, 7)}", f"TKT-{rs(rng, DIG, 5)}", f"CS-{rng.randint(2023, 2025)}-{rs(rng, DIG, 5)}",
                       f"SUP-{rs(rng, DIG, 4)}", f"#{rs(rng, DIG, 5)}", f"OPS-{rs(rng, DIG, 4)}"])


def invoice_no(rng):
    return rng.choice([f"INV-{rs(rng, DIG, 6)}", f"{rng.randint(2023, 2025)}-INV-{rs(rng, DIG, 4)}",
                       f"B{rs(rng, DIG, 8)}", f"INV{rs(rng, DIG, 5)}"])


def claim_no(rng):
    return rng.choice([f"CLM-{rng.randint(2023, 2025)}-{rs(rng, DIG, 7)}", f"C{rs(rng, DIG, 9)}",
                       f"{rs(rng, UP, 2)}{rs(rng, DIG, 8)}"])


def group_no(rng):
    return rng.choice([f"GRP-{rs(rng, DIG, 6)}", rs(rng, DIG, 5), f"{rs(rng, UP, 1)}{rs(rng, DIG, 5)}"])


def pnr(rng):
    return rs(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6)


def eticket(rng):
    return rng.choice([rng.choice(["016", "001", "176", "157", "074"]) + rs(rng, DIG, 10),
                       f"{rng.choice(['016', '125', '220'])}-{rs(rng, DIG, 10)}"])


def flight_no(rng, code=None):
    return f"{code or rs(rng, UP, 2)}{rng.choice(['', ' '])}{rng.randint(10, 2999)}"


def lot_no(rng):
    return rng.choice([f"{rs(rng, UP, 2)}{rs(rng, DIG, 4)}{rng.choice(UP)}", f"LOT-{rs(rng, DIG, 6)}",
                       f"{rs(rng, DIG, 3)}{rs(rng, UP, 1)}{rs(rng, DIG, 2)}"])


def confirmation_no(rng):
    return rng.choice([rs(rng, UP, 2) + rs(rng, DIG, 7), rs(rng, DIG, 8), f"{rs(rng, UP, 3)}-{rs(rng, DIG, 5)}"])


def loyalty_no(rng):
    return rng.choice([rs(rng, DIG, 9), f"{rs(rng, UP, 2)}{rs(rng, DIG, 8)}", f"{rs(rng, DIG, 3)} {rs(rng, DIG, 3)} {rs(rng, DIG, 3)}"])


def subject_id(rng):
    return f"{rng.randint(1, 40):03d}-{rng.randint(1, 250):04d}"


def protocol_no(rng):
    return f"{rs(rng, UP, 3)}-{rng.choice(['ONC', 'CV', 'NEU', 'IMM', 'RES'])}-{rs(rng, DIG, 4)}"


def nct(rng):
    return f"NCT0{rs(rng, DIG, 7)}"


def icd(rng):
    return rng.choice(["E11.9", "I10", "J45.909", "M54.5", "S93.401A", "K21.9", "F41.1", "R51.9", "Z00.00", "M25.561"])


def cpt(rng):
    return rng.choice(["99213", "99214", "73721", "97110", "80053", "85025", "70450", "29881"])


# ---- secrets --------------------------------------------------------------
def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def aws_access(rng):
    return rng.choice(["AKIA", "AKIA", "AKIA", "ASIA"]) + rs(rng, B32, 16)


def aws_secret(rng):
    while True:
        s = rs(rng, ALNUM + "/+", 40)
        if any(c.isdigit() for c in s) and any(c.isupper() for c in s) and any(c.islower() for c in s):
            return s


def gh_token(rng):
    if rng.random() < 0.2:
        return "github_pat_" + rs(rng, UP + DIG, 22) + "_" + rs(rng, ALNUM, 59)
    return rng.choice(["ghp_", "ghp_", "gho_", "ghs_"]) + rs(rng, ALNUM, 36)


def slack_token(rng):
    if rng.random() < 0.6:
        return f"xoxb-{rs(rng, DIG, 12)}-{rs(rng, DIG, 13)}-{rs(rng, ALNUM, 24)}"
    return f"xoxp-{rs(rng, DIG, 12)}-{rs(rng, DIG, 12)}-{rs(rng, DIG, 13)}-{rs(rng, HEXL, 32)}"


def stripe_key(rng):
    pre = rng.choice(["sk_live_", "sk_live_", "rk_live_", "sk_test_"])
    return pre + (rs(rng, ALNUM, 24) if rng.random() < 0.5 else "51" + rs(rng, ALNUM, 97))


def jwt(rng):
    alg = rng.choice(["HS256", "RS256", "ES256"])
    hdr = {"alg": alg, "typ": "JWT"}
    if alg != "HS256":
        hdr["kid"] = rs(rng, ALNUM, 12)
    iat = rng.randint(1700000000, 1760000000)
    pl = {"sub": rng.choice([uuid4(rng), "usr_" + rs(rng, ALNUM, 10), str(rng.randint(10000, 999999))]),
          "iat": iat, "exp": iat + rng.choice([900, 3600, 86400]),
          "scope": rng.choice(["read:claims", "billing:write", "portal", "api", "admin read"])}
    if rng.random() < 0.5:
        pl["iss"] = rng.choice(["https://auth.example-portal.net", "svc-gateway", "idp"])
    sig = bytes(rng.getrandbits(8) for _ in range(32 if alg == "HS256" else 64))
    return ".".join([b64url(json.dumps(hdr, separators=(",", ":")).encode()),
                     b64url(json.dumps(pl, separators=(",", ":")).encode()), b64url(sig)])


def pem_key(rng):
    kind = rng.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    n = {"RSA PRIVATE KEY": 420, "PRIVATE KEY": 460, "EC PRIVATE KEY": 121, "OPENSSH PRIVATE KEY": 380}[kind]
    raw = bytes(rng.getrandbits(8) for _ in range(n + rng.randint(0, 40)))
    if kind == "OPENSSH PRIVATE KEY":
        raw = b"openssh-key-v1\x00\x00\x00\x00" + raw
    elif kind == "RSA PRIVATE KEY":
        raw = b"\x30\x82\x04\xa4\x02\x01\x00\x02\x82\x01\x01\x00" + raw
    body = base64.b64encode(raw).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"


_PW_WORDS = ["Marigold", "falcon", "Tangerine", "bluebird", "Kestrel", "Copper", "nebula", "Saffron",
             "Juniper", "otter", "Crimson", "harbor", "Velvet", "Zephyr", "lantern", "Quartz", "Mango"]


def password(rng, url_safe=False):
    k = rng.randint(0, 5)
    sym = "!#%*-_~" if url_safe else "!@#$%&*?-_"
    if k == 0:
        s = rng.choice(_PW_WORDS) + rng.choice(sym) + str(rng.randint(10, 2099))
    elif k == 1:
        s = "".join(rng.choice(ALNUM + sym) for _ in range(rng.randint(12, 20)))
    elif k == 2:
        s = "-".join(rng.choice(_PW_WORDS).lower() for _ in range(3)) + str(rng.randint(1, 99))
    elif k == 3:
        w = rng.choice(_PW_WORDS)
        s = w.replace("a", "4").replace("o", "0").replace("e", "3") + rng.choice(sym) + rs(rng, DIG, 2)
    elif k == 4:
        s = rs(rng, UP, 2) + rs(rng, LOWC, 4) + rs(rng, DIG, 3) + rng.choice(sym) + rs(rng, ALNUM, 3)
    else:
        s = rng.choice(_PW_WORDS) + rng.choice(_PW_WORDS).lower() + rs(rng, DIG, 3) + rng.choice(sym)
    return s


def generic_secret(rng):
    while True:
        s = _generic_secret(rng)
        if entropy(s) >= 3.2:
            return s


def hex_secret(rng, n):
    while True:
        s = rs(rng, HEXL, n)
        if entropy(s) >= 3.2:
            return s


def _generic_secret(rng):
    k = rng.randint(0, 6)
    if k == 0:
        return rs(rng, HEXL, 32)
    if k == 1:
        return rs(rng, HEXL, 64)
    if k == 2:
        return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(30))).decode()
    if k == 3:
        return "sk-proj-" + rs(rng, ALNUM + "-_", 48)
    if k == 4:
        return f"SG.{rs(rng, ALNUM + '-_', 22)}.{rs(rng, ALNUM + '-_', 43)}"
    if k == 5:
        return "AIza" + rs(rng, ALNUM + "-_", 35)
    return "SK" + rs(rng, HEXL, 32)


def entropy(s):
    if not s:
        return 0.0
    cnt = {}
    for ch in s:
        cnt[ch] = cnt.get(ch, 0) + 1
    return -sum(v / len(s) * math.log2(v / len(s)) for v in cnt.values())


EXAMPLE_SECRETS = ["AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                   "sk_test_4eC39HqLyjWDarjtT1zdp7dc", "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                   "xoxb-your-token-here", "xoxb-XXXXXXXXXXXX-XXXXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXX",
                   "sk_live_XXXXXXXXXXXXXXXXXXXXXXXX", "<YOUR_ACCESS_KEY_ID>", "${AWS_SECRET_ACCESS_KEY}",
                   "changeme-in-prod", "********", "REPLACE_ME", "${DB_PASSWORD}", "<password>",
                   "{{ .Values.apiKey }}", "your-api-key-here", "<token>", "TODO", "$(cat /run/secrets/api_token)"]
LOW_ENTROPY = ["true", "false", "info", "debug", "30", "5000", "us-east-1", "eu-west-2", "dev", "test",
               "production", "admin", "none", "localhost", "utf-8", "en_US", "10", "json"]


# ---------------------------------------------------------------------------
# Document builder, persona and domain context
# ---------------------------------------------------------------------------
class Doc:
    """Append-only text builder that records labeled and hard-negative spans."""
    __slots__ = ("parts", "n", "ents", "negs", "crlf")

    def __init__(self, crlf=False):
        self.parts, self.n, self.ents, self.negs, self.crlf = [], 0, [], [], crlf

    def t(self, *ss):
        for s in ss:
            if self.crlf:
                s = s.replace("\n", "\r\n")
            self.parts.append(s)
            self.n += len(s)
        return self

    def e(self, s, typ):
        if not typ:
            return self.t(s)
        if typ == NEG:
            return self.x(s)
        if self.crlf:
            s = s.replace("\n", "\r\n")
        st = self.n
        self.parts.append(s)
        self.n += len(s)
        self.ents.append((st, self.n, typ))
        return self

    def x(self, s, kind="neg"):
        if self.crlf:
            s = s.replace("\n", "\r\n")
        st = self.n
        self.parts.append(s)
        self.n += len(s)
        self.negs.append((st, self.n, kind))
        return self

    def v(self, val):
        return self.e(val[0], val[1])

    def j(self, val):
        """Emit a value JSON-escaped (without quotes)."""
        return self.e(json.dumps(val[0], ensure_ascii=False)[1:-1], val[1])

    def text(self):
        return "".join(self.parts)


WEBMAIL = ["gmail.com"] * 8 + ["outlook.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com",
                               "proton.me", "aol.com", "yahoo.co.uk", "hotmail.fr", "web.de", "gmx.de",
                               "mail.ru", "yandex.ru", "qq.com", "163.com", "naver.com", "rediffmail.com",
                               "uol.com.br", "yahoo.co.in", "btinternet.com", "orange.fr", "libero.it",
                               "fastmail.com", "live.com", "msn.com", "ymail.com", "zoho.com"]


def make_email(rng, given, surname, host=None):
    g, s = ascii_fold(given) or "user", ascii_fold(surname) or "mail"
    if host:
        local = rng.choice([f"{g}.{s}", f"{g[0]}{s}", f"{g}", f"{g}.{s[0]}", f"{s}{g[0]}"])
        return f"{local}@{host}"
    local = rng.choice([f"{g}.{s}", f"{g[0]}{s}", f"{g}{s[0]}", f"{g}_{s}", f"{g}.{s}{rng.randint(1, 99)}",
                        f"{s}.{g}", f"{g}{rng.randint(70, 99)}", f"{g}{s}", f"{g[0]}.{s}",
                        f"{g}.{s}+{rng.choice(['bills', 'travel', 'school', 'pets', 'ins'])}",
                        f"{g}{s[:3]}{rng.randint(1, 2009)}", f"{s}-{g}"])
    return f"{local}@{rng.choice(WEBMAIL)}"


class Persona:
    def __init__(self, rng, dom=None, region=None):
        self.rng = rng
        self.given = rng.choice(GIVEN_NAMES)
        sn = rng.choice(SURNAMES)
        if rng.random() < 0.05:
            sn2 = rng.choice(SURNAMES)
            if " " not in sn2 and sn2 != sn:
                sn = f"{sn}-{sn2}"
        self.surname = sn
        self.middle = rng.choice("ABCDEFGHJKLMNPRSTW") if rng.random() < 0.1 else None
        self.region = region or wchoice(rng, REGION_WEIGHTS)
        self.young = dom == "university_admissions"
        self._c = {}

    def _get(self, k, fn):
        if k not in self._c:
            self._c[k] = fn()
        return self._c[k]

    @property
    def full(self):
        return f"{self.given} {self.middle}. {self.surname}" if self.middle else f"{self.given} {self.surname}"

    @property
    def rev(self):
        return f"{self.surname}, {self.given}"

    @property
    def email(self):
        return self._get("email", lambda: make_email(self.rng, self.given, self.surname))

    def work_email(self, host):
        return self._get("wemail", lambda: make_email(self.rng, self.given, self.surname, host))

    @property
    def phone(self):
        return self._get("phone", lambda: make_phone(self.rng, self.region))

    @property
    def addr(self):
        return self._get("addr", lambda: make_address(self.rng, self.region))

    def address(self, two=False):
        l1, l2 = self.addr[0], self.addr[1]
        return f"{l1}\n{l2}" if two else f"{l1}, {l2}"

    @property
    def city(self):
        return self.addr[2]

    @property
    def country(self):
        return self.addr[3]

    @property
    def dob_date(self):
        def mk():
            lo, hi = (2004, 2008) if self.young else (1938, 2004)
            return datetime.date(self.rng.randint(lo, hi), self.rng.randint(1, 12), self.rng.randint(1, 28))
        return self._get("dobd", mk)

    @property
    def dob(self):
        return self._get("dob", lambda: fmt_dob(self.rng, self.dob_date))

    @property
    def ssn(self):
        return self._get("ssn", lambda: ssn(self.rng))

    @property
    def card(self):
        return self._get("card", lambda: card(self.rng))

    @property
    def dl(self):
        return self._get("dl", lambda: driver_license(self.rng, self))

    @property
    def handle(self):
        return self._get("handle", lambda: self.rng.choice(
            [ascii_fold(self.given) + ascii_fold(self.surname)[:1], ascii_fold(self.given)[:1] + ascii_fold(self.surname),
             ascii_fold(self.given) + "-" + ascii_fold(self.surname), ascii_fold(self.surname) + str(self.rng.randint(1, 99))]))


def location_str(rng, p=None):
    """A LOCATION string (city / City, Country / City, ST / region / country)."""
    r = rng.random()
    if p is not None and r < 0.25:
        return p.city if rng.random() < 0.6 else p.country
    if r < 0.45:
        return rng.choice(WORLD_CITIES)[0]
    if r < 0.65:
        c, k = rng.choice(WORLD_CITIES)
        return f"{c}, {k}"
    if r < 0.8:
        c, st, _ = rng.choice(US_CITIES)
        return f"{c}, {st}"
    if r < 0.9:
        return rng.choice(REGION_NAMES)
    return rng.choice(COUNTRIES)


def personal_url(rng, p):
    h = p.handle
    return rng.choice([f"https://www.linkedin.com/in/{h}-{rs(rng, HEXL, 6)}", f"https://github.com/{h}",
                       f"https://{h}.github.io/portfolio", f"https://www.behance.net/{h}",
                       f"https://{h}.wordpress.com/", f"https://calendly.com/{h}/30min",
                       f"http://www.{h}-studio.com/work", f"https://vimeo.com/{rng.randint(100000000, 999999999)}"])


VOCAB = {
    "veterinary_clinic": dict(
        orgs=["Maple Grove Animal Hospital", "Riverside Veterinary Clinic", "Harbor Paws Veterinary Center",
              "Murphy & Hale Veterinary Group", "Cedar Hollow Pet Clinic", "Northgate Animal Care",
              "Sunrise Emergency Vet", "Abernathy Animal Hospital", "Kowalski Family Pet Clinic"],
        hosts=["maplegroveah.com", "riversidevetclinic.org", "harborpawsvet.com", "murphyhalevets.com",
               "cedarhollowpets.com", "northgateanimalcare.net", "sunrise-er.vet"],
        roles=["receptionist", "vet tech", "practice manager", "associate veterinarian", "client care coordinator"],
        customer="client", who="pet owner",
        events=["annual wellness exam", "rabies booster", "dental cleaning", "post-op recheck", "spay surgery",
                "senior bloodwork panel", "abdominal ultrasound", "nail trim", "allergy consult", "suture removal"],
        issues=["a question about the estimate for the dental cleaning", "a refill request for carprofen",
                "the rabies certificate not showing up in the portal", "a double charge on the last visit",
                "rescheduling the surgery drop-off", "boarding paperwork for the holidays",
                "lab results that have not been sent yet", "a mix-up with the prescription diet order"],
        paths=["portal/pets/{id}/records", "book?clinic={n}", "forms/new-client?ref={hex}", "pay/{hex}",
               "rx/refill/{id}", "pet-portal/login"],
        name_label="Owner Name",
    ),
    "insurance_claims": dict(
        orgs=["Northstar Mutual", "Evergreen Health Plan", "Bluewater Benefit Administrators",
              "Lincoln Hale Assurance", "Summit Care Insurance", "Keystone Health Partners",
              "Meridian Life & Casualty", "Okafor & Reyes Claims Services"],
        hosts=["northstarmutual.com", "evergreenhealthplan.org", "bluewaterbenefits.com", "summitcare-ins.com",
               "keystonehp.com", "meridianlc.com"],
        roles=["claims adjuster", "member services representative", "benefits specialist", "appeals coordinator",
               "nurse reviewer"],
        customer="member", who="policyholder",
        events=["independent medical exam", "claim review call", "appeal hearing", "physical therapy session",
                "MRI", "follow-up with the orthopedist", "pre-authorization call", "peer-to-peer review"],
        issues=["a denied claim for an MRI", "an explanation of benefits that lists the wrong provider",
                "reimbursement for out-of-network urgent care", "a duplicate bill from the lab",
                "coordination of benefits with a spouse's plan", "the status of an appeal",
                "a pre-authorization that expired", "a surprise bill from an anesthesiologist"],
        paths=["member/claims/{id}", "eob/{hex}.pdf", "appeals/new?claim={id}", "members/login",
               "providers/search?zip={n}", "docs/upload/{hex}"],
        name_label="Member Name",
    ),
    "university_admissions": dict(
        orgs=["Northfield University Office of Admissions", "Lakeshore College", "Westbrook Institute of Technology",
              "University of Eastmoor", "Carver-Whitman College", "St. Aldhelm's College", "Pacific Rim University",
              "Nkrumah Graduate School of Public Policy"],
        hosts=["admissions.northfield.edu", "lakeshore.edu", "westbrook-tech.edu", "eastmoor.ac.uk",
               "carverwhitman.edu", "apply.pacificrim.edu"],
        roles=["admissions counselor", "financial aid officer", "registrar assistant",
               "international student advisor", "graduate coordinator"],
        customer="applicant", who="student",
        events=["admissions interview", "campus tour", "financial aid appointment", "portfolio review",
                "orientation session", "enrollment deposit deadline", "placement exam", "audition slot"],
        issues=["a transcript that has not been received", "a fee waiver request", "a missing recommendation letter",
                "an error in the FAFSA information", "deferring enrollment by one term", "an I-20 document request",
                "changing the intended major", "a duplicate application fee charge"],
        paths=["apply/status/{id}", "portal/checklist", "aid/verify?id={id}", "events/tour/{n}",
               "upload/{hex}", "admitted/deposit"],
        name_label="Applicant Name",
    ),
    "hotel_front_desk": dict(
        orgs=["Harborview Grand Hotel", "The Alder Inn", "Sandpiper Suites", "Hotel Marquette Plaza",
              "The Wexford House", "Copper Canyon Lodge", "Miramar Bay Resort", "The Beaumont Hotel"],
        hosts=["harborviewgrand.com", "alderinn.co.uk", "sandpipersuites.com", "miramarbayresort.mx",
               "coppercanyonlodge.com", "thebeaumont.hotel"],
        roles=["front desk agent", "night auditor", "concierge", "reservations agent", "guest services manager"],
        customer="guest", who="guest",
        events=["check-in", "check-out", "airport shuttle pickup", "spa appointment", "late checkout",
                "dinner reservation", "conference room booking", "early arrival"],
        issues=["a minibar charge they say they never used", "a noisy room on the third floor", "a lost key card",
                "an early check-in request", "a refund for a cancelled night",
                "a deposit hold that has not been released", "a missing room-service order",
                "a broken air conditioner in the suite"],
        paths=["reservations/{id}", "checkin/mobile?c={hex}", "folio/{id}.pdf", "offers/{n}", "guest/feedback/{hex}"],
        name_label="Guest Name",
    ),
    "telecom_billing": dict(
        orgs=["Nimbus Mobile", "Crestline Telecom", "Orbital Fiber", "Harbor Wireless", "SkyReach Networks",
              "Ferreira & Sons Cable", "Lumo Connect", "Vantage Broadband"],
        hosts=["nimbusmobile.com", "crestlinetel.net", "orbitalfiber.com", "harborwireless.co", "skyreachnet.com",
               "lumoconnect.io"],
        roles=["billing specialist", "retention agent", "technical support rep", "collections agent", "store associate"],
        customer="customer", who="subscriber",
        events=["technician visit", "fiber installation", "payment due date", "number port-out",
                "device return deadline", "callback", "modem swap"],
        issues=["an international roaming charge", "a late fee on the last bill", "a promotional discount that expired",
                "a device installment billed twice", "porting a number to another carrier",
                "a router that keeps dropping the connection", "autopay that failed last month",
                "a charge for a premium SMS service"],
        paths=["myaccount/bill/{id}", "pay?acct={n}", "support/ticket/{id}", "plans/compare", "autopay/setup/{hex}"],
        name_label="Account Holder",
    ),
    "clinical_trials": dict(
        orgs=["Halcyon Research Institute", "Meridian Clinical Research", "Northbay Oncology Trials Unit",
              "Castellan BioPharma", "Oakridge Cardiovascular Research Center", "Brightwater Clinical Site 014",
              "Adeyemi-Lindqvist Research Partners"],
        hosts=["halcyonresearch.org", "meridianclinical.com", "northbayoncology.org", "castellanbio.com",
               "edc.oakridgecrc.org"],
        roles=["study coordinator", "principal investigator", "CRA", "research nurse", "data manager"],
        customer="participant", who="participant",
        events=["screening visit", "Day 14 visit", "week 12 follow-up", "infusion appointment", "end-of-study visit",
                "ECG recheck", "consent re-signing", "PK blood draw"],
        issues=["a missed dose diary entry", "a mild rash after the second infusion",
                "travel reimbursement for the last visit", "a protocol deviation at screening",
                "a lab value outside the normal range", "withdrawing consent for the optional biopsy",
                "dizziness after the dose increase", "a lost study drug kit"],
        paths=["edc/subjects/{id}", "econsent/{hex}", "sites/{n}/visits", "reimburse/{id}", "ctms/queries/{id}"],
        name_label="Participant Name",
    ),
    "property_leasing": dict(
        orgs=["Brightline Property Management", "Oak & Ember Residential", "Harborpoint Apartments",
              "The Whitfield Lofts", "Greenway Realty Group", "Sunset Terrace Homes", "Kensington Row Leasing",
              "Nakamura Gardens"],
        hosts=["brightlinepm.com", "oakandember.com", "harborpointapts.com", "whitfieldlofts.com",
               "greenwayrealty.co", "kensingtonrow.co.uk"],
        roles=["leasing agent", "property manager", "maintenance coordinator", "resident services", "screening analyst"],
        customer="applicant", who="tenant",
        events=["apartment viewing", "lease signing", "move-in inspection", "move-out walkthrough", "rent due date",
                "maintenance visit", "key handover", "pest control visit"],
        issues=["a security deposit that has not been returned", "a broken heater in the unit", "a late rent payment",
                "adding a co-signer to the lease", "a background check that came back incomplete",
                "an early lease termination", "a parking permit", "water damage in the bathroom ceiling"],
        paths=["apply/{id}", "residents/pay?unit={n}", "listings/{n}", "maintenance/new?ref={hex}", "lease/{hex}.pdf"],
        name_label="Applicant Name",
    ),
    "airline_customer_service": dict(
        orgs=["SkyBridge Airways", "Aurora Pacific Airlines", "Transmeridian Air", "Andes Connect",
              "Kestrel Regional", "Nordwind Air", "Sahel Star Airlines"],
        hosts=["skybridgeair.com", "aurorapacific.com", "transmeridian.aero", "andesconnect.pe",
               "kestrelregional.com", "sahelstar.sn"],
        roles=["customer service agent", "baggage services agent", "gate agent", "loyalty desk specialist",
               "refunds team member"],
        customer="passenger", who="traveller",
        events=["departure", "rebooked flight", "connection", "baggage delivery", "refund callback",
                "check-in cutoff", "return flight"],
        issues=["a delayed bag that never arrived", "a missed connection", "a refund for a cancelled flight",
                "a misspelled name on the ticket", "wheelchair assistance for the return flight",
                "a duplicate charge for a checked bag", "an upgrade that was not applied",
                "a voucher that will not apply at checkout"],
        paths=["manage/{id}", "bags/track?ref={id}", "refunds/{hex}", "checkin?pnr={id}", "claims/delay/{n}"],
        name_label="Passenger Name",
    ),
}
AIRLINE_CODES = {"SkyBridge Airways": "SB", "Aurora Pacific Airlines": "AP", "Transmeridian Air": "TM",
                 "Andes Connect": "AC", "Kestrel Regional": "KR", "Nordwind Air": "NW", "Sahel Star Airlines": "SS"}
AIRPORTS = [tuple(x.split("/")) for x in """JFK/New York/USA|LHR/London/UK|CDG/Paris/France|NRT/Tokyo/Japan|
LAX/Los Angeles/USA|ORD/Chicago/USA|DXB/Dubai/UAE|SIN/Singapore/Singapore|GRU/São Paulo/Brazil|LOS/Lagos/Nigeria|
NBO/Nairobi/Kenya|BOM/Mumbai/India|SYD/Sydney/Australia|YYZ/Toronto/Canada|MEX/Mexico City/Mexico|LIM/Lima/Peru|
ATL/Atlanta/USA|SEA/Seattle/USA|FRA/Frankfurt/Germany|AMS/Amsterdam/Netherlands|IST/Istanbul/Turkey|ICN/Seoul/South Korea|
JNB/Johannesburg/South Africa|ACC/Accra/Ghana|DEL/Delhi/India|MNL/Manila/Philippines|AKL/Auckland/New Zealand|
DEN/Denver/USA|BOG/Bogotá/Colombia|ADD/Addis Ababa/Ethiopia|CAI/Cairo/Egypt|KUL/Kuala Lumpur/Malaysia|
BKK/Bangkok/Thailand|MAD/Madrid/Spain|FCO/Rome/Italy|WAW/Warsaw/Poland|KEF/Reykjavík/Iceland|SCL/Santiago/Chile|
EZE/Buenos Aires/Argentina|HNL/Honolulu/USA|NAN/Nadi/Fiji|APW/Apia/Samoa|DSS/Dakar/Senegal|KGL/Kigali/Rwanda|
DAC/Dhaka/Bangladesh|CMB/Colombo/Sri Lanka|KTM/Kathmandu/Nepal|HAN/Hanoi/Vietnam|CGK/Jakarta/Indonesia|
ULN/Ulaanbaatar/Mongolia|ALA/Almaty/Kazakhstan|TBS/Tbilisi/Georgia""".replace("\n", "").split("|")]
IATA = ["JFK", "LHR", "CDG", "NRT", "LAX", "ORD", "DXB", "SIN", "GRU", "LOS", "NBO", "BOM", "SYD", "YYZ",
        "MEX", "LIM", "ATL", "SEA", "FRA", "AMS", "IST", "ICN", "JNB", "ACC", "DEL", "MNL", "AKL", "DEN"]


_HOST_STOP = {"the", "of", "and", "office", "admissions", "for", "group", "center", "site", "unit"}
_TLDS = {"university_admissions": [".edu", ".edu", ".ac.uk", ".edu.au"], "clinical_trials": [".org", ".com", ".org"],
         "veterinary_clinic": [".com", ".vet", ".com"], "insurance_claims": [".com", ".com", ".org"],
         "hotel_front_desk": [".com", ".hotel", ".co.uk"], "telecom_billing": [".com", ".net", ".io"],
         "property_leasing": [".com", ".co", ".com"], "airline_customer_service": [".com", ".aero", ".com"]}


def org_host(org, domain, rng):
    words = [w for w in re.findall(r"[a-z0-9]+", " ".join(ascii_fold(x) for x in org.split())) if w not in _HOST_STOP]
    base = "".join(words[:3]) if rng.random() < 0.6 else "-".join(words[:2])
    if len(base) > 20:
        base = "".join(words[:2]) if len("".join(words[:2])) <= 20 else words[0]
    host = base + rng.choice(_TLDS[domain])
    if domain == "university_admissions" and rng.random() < 0.4:
        host = rng.choice(["admissions.", "apply."]) + host
    return host


class Dom:
    def __init__(self, name, rng):
        self.name, self.rng, self.v = name, rng, VOCAB[name]
        self.org = rng.choice(self.v["orgs"])
        self.host = org_host(self.org, name, rng)
        self.cur = rng.choice(CURRENCIES)
        self.pet = rng.choice(PET_NAMES)
        self.pet_kind = rng.choice(PET_KINDS)
        self.code = AIRLINE_CODES.get(self.org, "SB")

    def amt(self, lo=5, hi=4800):
        return amount(self.rng, self.cur, lo, hi)

    def event(self):
        return self.rng.choice(self.v["events"])

    def issue(self):
        return self.rng.choice(self.v["issues"])

    def role(self):
        return self.rng.choice(self.v["roles"])

    @property
    def customer(self):
        return self.v["customer"]

    def url(self):
        rng = self.rng
        path = rng.choice(self.v["paths"]).format(id=rs(rng, DIG, rng.randint(5, 8)), n=rng.randint(2, 980),
                                                  hex=rs(rng, HEXL + LOWC, rng.randint(8, 16)))
        scheme = "https://" if rng.random() < 0.93 else "http://"
        host = self.host if rng.random() < 0.7 else rng.choice(["portal.", "www.", "secure.", "my."]) + self.host
        return scheme + host + "/" + path

    def ref(self):
        """(label, value) of an unlabeled business reference for the domain."""
        rng, n = self.rng, self.name
        opts = {
            "veterinary_clinic": [("invoice", invoice_no), ("microchip", microchip), ("vaccine lot", lot_no),
                                  ("estimate", lambda r: f"EST-{rs(r, DIG, 5)}")],
            "insurance_claims": [("claim number", claim_no), ("group number", group_no),
                                 ("authorization", lambda r: f"PA-{r.randint(2023, 2025)}-{rs(r, DIG, 6)}"),
                                 ("case", ticket_no)],
            "university_admissions": [("application ID", lambda r: f"APP-{r.randint(2024, 2026)}-{rs(r, DIG, 6)}"),
                                      ("CEEB code", lambda r: rs(r, DIG, 6)), ("case", ticket_no)],
            "hotel_front_desk": [("confirmation number", confirmation_no), ("folio", lambda r: f"F-{rs(r, DIG, 6)}"),
                                 ("rewards number", loyalty_no), ("room", lambda r: str(r.randint(101, 1450)))],
            "telecom_billing": [("invoice", invoice_no), ("ticket", ticket_no), ("IMEI", imei),
                                ("order", order_no)],
            "clinical_trials": [("subject ID", subject_id), ("protocol", protocol_no), ("kit lot", lot_no),
                                ("query", lambda r: f"Q-{rs(r, DIG, 5)}")],
            "property_leasing": [("lease ID", lambda r: f"LS-{r.randint(2023, 2026)}-{rs(r, DIG, 5)}"),
                                 ("work order", lambda r: f"WO-{rs(r, DIG, 6)}"), ("unit", lambda r: f"{r.randint(1, 28)}{r.choice('ABCDEFG')}"),
                                 ("application", lambda r: f"APL{rs(r, DIG, 7)}")],
            "airline_customer_service": [("booking reference", pnr), ("e-ticket", eticket),
                                         ("bag tag", lambda r: f"{self.code}{rs(r, DIG, 6)}"),
                                         ("case", ticket_no)],
        }[n]
        lab, fn = rng.choice(opts)
        return lab, fn(rng)

    def idents(self, p):
        """Domain identifier exchanges: list of (question, field_label, value, type)."""
        rng, n = self.rng, self.name
        pet = self.pet
        if n == "veterinary_clinic":
            o = [(f"Do you have {pet}'s patient record number? It's printed on the vaccine certificate.",
                  "record no.", vet_record(rng), MRN),
                 ("Can I get the client account number on your statement?", "client account", acct_no(rng, "client"), ACCT),
                 ("Which card should we keep on file for the deposit?", "card", p.card, CC)]
        elif n == "insurance_claims":
            o = [("Could you read me the member ID from the front of your insurance card?", "member ID", hpn(rng), HPN),
                 ("For subscriber verification I'll need the Social Security number.", "SSN", p.ssn, US_SSN),
                 ("And the subscriber's date of birth?", "DOB", p.dob, DOB),
                 ("Which bank account should the reimbursement go to?", "bank account", acct_no(rng), ACCT)]
        elif n == "university_admissions":
            o = [("What's your date of birth?", "date of birth", p.dob, DOB),
                 ("What SSN did you enter on the FAFSA?", "SSN", p.ssn, US_SSN),
                 ("What's the student account number for the deposit?", "student account", acct_no(rng, "student"), ACCT)]
        elif n == "hotel_front_desk":
            o = [("Which card would you like to guarantee the room with?", "card", p.card, CC),
                 ("May I have your driver's license number for the registration card?", "driver's license", p.dl, DL),
                 ("What's your home address for the folio?", "address", p.address(), ADDR)]
        elif n == "telecom_billing":
            o = [("What's the account number? It's at the top right of your bill.", "account number", acct_no(rng, "telecom"), ACCT),
                 ("Which mobile number is this about?", "line", p.phone, PHN),
                 ("For the credit check on the new line we need your SSN.", "SSN", p.ssn, US_SSN),
                 ("Which IBAN should we use for the direct debit?", "IBAN", iban(rng), IBAN)]
        elif n == "clinical_trials":
            o = [("Can you confirm your date of birth?", "DOB", p.dob, DOB),
                 ("What's the hospital MRN on your wristband?", "MRN", mrn(rng), MRN),
                 ("What's your insurance member ID for the standard-of-care billing?", "member ID", hpn(rng), HPN)]
        elif n == "property_leasing":
            o = [("What's your date of birth for the screening?", "DOB", p.dob, DOB),
                 ("And your SSN for the background check?", "SSN", p.ssn, US_SSN),
                 ("What's your driver's license number?", "license", p.dl, DL),
                 ("Which account should the deposit refund go to?", "account", acct_no(rng), ACCT),
                 ("Can you send the IBAN for the refund transfer?", "IBAN", iban(rng), IBAN)]
        else:
            o = [("Can you confirm the passenger's date of birth?", "DOB", p.dob, DOB),
                 ("Which card would you like to use for the fare difference?", "card", p.card, CC),
                 ("What address should the courier deliver the bag to?", "delivery address", p.address(), ADDR)]
        rng.shuffle(o)
        return o


def _s(self, *parts):
    for part in parts:
        if isinstance(part, str):
            self.t(part)
        else:
            self.e(part[0], part[1])
    return self


Doc.s = _s


class V(tuple):
    """A (value, type) leaf for structured renderers."""


def mk(s, typ=None):
    return V((s, typ))


def lab_style(label, style):
    words = re.findall(r"[A-Za-z0-9]+", label)
    if style == "snake":
        return "_".join(w.lower() for w in words)
    if style == "camel":
        return words[0].lower() + "".join(w[:1].upper() + w[1:].lower() for w in words[1:])
    if style == "upper":
        return label.upper()
    if style == "lower":
        return label.lower()
    if style == "kebab":
        return "-".join(w.lower() for w in words)
    if style == "pascal":
        return "".join(w[:1].upper() + w[1:].lower() for w in words)
    return label


def jdump(b, o, indent=None, lvl=0, compact=False):
    nl = "\n" if indent else ""
    pad = " " * (indent * (lvl + 1)) if indent else ""
    pad0 = " " * (indent * lvl) if indent else ""
    comma = "," if (indent or compact) else ", "
    colon = ":" if compact else ": "
    if isinstance(o, V):
        if o[1] is None and isinstance(o[0], (int, float)):
            b.t(json.dumps(o[0]))
        else:
            b.t('"')
            b.j(o)
            b.t('"')
    elif isinstance(o, dict):
        if not o:
            b.t("{}")
            return
        b.t("{" + nl)
        items = list(o.items())
        for i, (k, v) in enumerate(items):
            b.t(pad + json.dumps(k) + colon)
            jdump(b, v, indent, lvl + 1, compact)
            b.t((comma if i < len(items) - 1 else "") + nl)
        b.t(pad0 + "}")
    elif isinstance(o, list):
        b.t("[" + nl)
        for i, v in enumerate(o):
            b.t(pad)
            jdump(b, v, indent, lvl + 1, compact)
            b.t((comma if i < len(o) - 1 else "") + nl)
        b.t(pad0 + "]")
    elif isinstance(o, str):
        b.t(json.dumps(o, ensure_ascii=False))
    else:
        b.t(json.dumps(o))


def title_prefix(rng):
    return rng.choice(["Dr. ", "Mr. ", "Ms. ", "Mrs. ", "Mx. ", "Prof. ", "", "", ""])


def clock(rng, h, m, style):
    if style == "br":
        return f"[{h:02d}:{m:02d}]"
    if style == "plain":
        return f"{h:02d}:{m:02d}"
    if style == "ampm":
        return f"{h % 12 or 12}:{m:02d} {'AM' if h < 12 else 'PM'}"
    return f"[{h:02d}:{m:02d}:{rng.randint(0, 59):02d}]"


# ---------------------------------------------------------------------------
# Record schemas for structured renderers
# ---------------------------------------------------------------------------
FIELD_LABELS = {
    "full_name": ["Full Name", "Name"], "first_name": ["First Name", "Given Name", "First"],
    "last_name": ["Last Name", "Surname", "Family Name"], "name_rev": ["Name (Last, First)"],
    "email": ["Email", "E-mail", "Email Address", "Contact Email"],
    "phone": ["Phone", "Mobile", "Phone Number", "Contact No", "Cell"],
    "dob": ["Date of Birth", "DOB", "Birth Date"], "ssn": ["SSN", "Social Security No", "Social Security Number"],
    "address": ["Address", "Home Address", "Mailing Address", "Street Address"],
    "city": ["City", "Home City"], "country": ["Country", "Country of Residence"],
    "card": ["Card Number", "Credit Card", "Card No", "PAN"], "card_masked": ["Card on File", "Payment Card"],
    "iban": ["IBAN", "Bank IBAN", "Refund IBAN"], "ip": ["IP Address", "Client IP", "Source IP"],
    "created_at": ["Created At", "Submitted At", "Timestamp"], "record_id": ["Record ID", "UUID", "Request ID"],
    "pet_name": ["Pet Name", "Patient (Pet)"], "species": ["Species"], "breed": ["Breed"],
    "vet_record": ["Patient Record No", "Chart Number", "Record #"], "client_acct": ["Client Account", "Account No"],
    "next_visit": ["Next Appointment", "Next Visit", "Recheck Date"], "microchip": ["Microchip", "Microchip ID"],
    "invoice": ["Invoice", "Invoice No"], "balance": ["Balance Due", "Balance", "Amount"],
    "member_id": ["Member ID", "Subscriber ID", "Member Number"], "group_no": ["Group Number", "Group No"],
    "claim_no": ["Claim Number", "Claim #"], "dos": ["Date of Service", "Service Date"],
    "provider_mrn": ["Provider MRN", "MRN"], "billed": ["Billed Amount", "Charges"], "dx": ["Diagnosis Code", "ICD-10"],
    "cpt": ["CPT", "Procedure Code"], "bank_acct": ["Bank Account", "Account Number", "Reimbursement Account"],
    "application_id": ["Application ID", "App Ref"], "hs_city": ["High School City", "School Location"],
    "citizenship": ["Citizenship", "Country of Citizenship"], "gpa": ["GPA", "Cumulative GPA"],
    "interview": ["Interview Date", "Interview Slot"], "portfolio": ["Portfolio URL", "Website"],
    "student_acct": ["Student Account", "Student Account No"], "major": ["Intended Major", "Program"],
    "check_in": ["Check-in", "Arrival"], "check_out": ["Check-out", "Departure"],
    "confirmation": ["Confirmation No", "Confirmation #"], "room": ["Room", "Room No"], "rate": ["Rate", "Nightly Rate"],
    "loyalty": ["Rewards Number", "Loyalty No"], "dl": ["Driver License", "DL Number", "License No"],
    "account_number": ["Account Number", "Acct No", "Billing Account"], "service_number": ["Service Number", "Mobile Number", "Line"],
    "imei": ["IMEI", "Device IMEI"], "iccid": ["ICCID", "SIM ICCID"], "amount_due": ["Amount Due", "Total Due"],
    "due_date": ["Due Date", "Payment Due"], "router_ip": ["WAN IP", "Router IP"], "plan": ["Plan", "Rate Plan"],
    "ssn_last4": ["SSN (last 4)", "SSN"], "subject_id": ["Subject ID", "Participant ID"], "mrn": ["MRN", "Medical Record Number"],
    "site_city": ["Site", "Site Location"], "visit_date": ["Visit Date", "Next Visit"], "coordinator": ["Coordinator", "Study Coordinator"],
    "coord_email": ["Coordinator Email"], "protocol": ["Protocol", "Protocol No"], "kit_lot": ["Kit Lot", "Lot"],
    "arm": ["Arm", "Cohort"], "unit": ["Unit", "Apartment"], "move_in": ["Move-in Date", "Lease Start"],
    "rent": ["Monthly Rent", "Rent"], "employer": ["Employer", "Current Employer"], "prev_city": ["Previous City", "Moving From"],
    "lease_id": ["Lease ID", "Lease Ref"], "pnr": ["Booking Ref", "PNR", "Record Locator"], "eticket": ["E-Ticket", "Ticket Number"],
    "flight": ["Flight", "Flight No"], "departure": ["Departure", "Departs"], "origin": ["From", "Origin"],
    "destination": ["To", "Destination"], "ff": ["Frequent Flyer No", "Loyalty Number"], "seat": ["Seat"],
    "delivery_address": ["Delivery Address", "Bag Delivery Address"], "status": ["Status"],
}

SCHEMAS = {
    "veterinary_clinic": [("name", 1), ("pet_name", .9), ("species", .6), ("breed", .4), ("vet_record", .8),
                          ("client_acct", .5), ("phone", .8), ("email", .7), ("address", .5), ("next_visit", .6),
                          ("microchip", .4), ("invoice", .35), ("balance", .4), ("card", .2), ("card_masked", .2)],
    "insurance_claims": [("name", 1), ("dob", .8), ("member_id", .9), ("group_no", .6), ("claim_no", .7),
                         ("ssn", .35), ("dos", .7), ("provider_mrn", .3), ("billed", .6), ("dx", .5), ("cpt", .3),
                         ("phone", .5), ("email", .5), ("address", .4), ("bank_acct", .3), ("iban", .1), ("status", .4)],
    "university_admissions": [("name", 1), ("dob", .8), ("email", .9), ("phone", .6), ("address", .5),
                              ("hs_city", .5), ("citizenship", .5), ("ssn", .25), ("application_id", .8), ("gpa", .6),
                              ("interview", .5), ("portfolio", .3), ("student_acct", .2), ("major", .6),
                              ("created_at", .4), ("ip", .3)],
    "hotel_front_desk": [("name", 1), ("email", .7), ("phone", .7), ("address", .4), ("check_in", .9),
                         ("check_out", .8), ("confirmation", .8), ("room", .6), ("rate", .5), ("card", .4),
                         ("card_masked", .3), ("dl", .3), ("loyalty", .4), ("city", .3)],
    "telecom_billing": [("name", 1), ("account_number", .95), ("service_number", .8), ("email", .6), ("address", .5),
                        ("due_date", .6), ("invoice", .5), ("amount_due", .7), ("imei", .4), ("iccid", .2),
                        ("card", .2), ("iban", .2), ("router_ip", .3), ("plan", .5), ("ssn_last4", .2), ("ssn", .1)],
    "clinical_trials": [("name", .9), ("subject_id", 1), ("mrn", .7), ("dob", .7), ("site_city", .5),
                        ("visit_date", .8), ("coordinator", .5), ("coord_email", .3), ("phone", .4),
                        ("member_id", .3), ("protocol", .6), ("kit_lot", .4), ("arm", .4), ("created_at", .3),
                        ("address", .2)],
    "property_leasing": [("name", 1), ("dob", .6), ("ssn", .5), ("dl", .4), ("address", .8), ("email", .8),
                         ("phone", .8), ("bank_acct", .3), ("iban", .15), ("move_in", .7), ("unit", .6), ("rent", .7),
                         ("employer", .4), ("prev_city", .3), ("lease_id", .4)],
    "airline_customer_service": [("name", 1), ("dob", .5), ("pnr", .9), ("eticket", .5), ("flight", .7),
                                 ("departure", .7), ("origin", .6), ("destination", .6), ("email", .7), ("phone", .6),
                                 ("card", .25), ("ff", .4), ("seat", .4), ("delivery_address", .3)],
}

PLANS = ["Unlimited Plus 5G", "Basic 10GB", "Family Share 4 lines", "Fiber 500", "Prepaid Flex", "Business Pro"]
ARMS = ["Arm A (active)", "Arm B (placebo)", "Cohort 2", "Open-label extension", "Dose level 3"]
MAJORS = ["Computer Science", "Nursing", "Mechanical Engineering", "Economics", "Fine Arts", "Biology",
          "Public Health", "Architecture", "Data Science", "Music Performance"]
STATUSES = ["PENDING", "approved", "Denied", "in review", "CLOSED", "awaiting docs", "paid"]


def pick_schema(rng, D, tabular=False):
    keys = []
    for k, pr in SCHEMAS[D.name]:
        if rng.random() < pr:
            if k == "name":
                r = rng.random()
                if r < 0.5:
                    keys.append("full_name")
                elif r < 0.85 or tabular:
                    keys += ["first_name", "last_name"]
                else:
                    keys.append("name_rev")
            else:
                keys.append(k)
    if len(keys) < 4:
        keys += ["email", "phone"]
    labels = {}
    for k in keys:
        opts = list(FIELD_LABELS.get(k, [k.replace("_", " ").title()]))
        if k == "full_name":
            opts.append(D.v["name_label"])
        labels[k] = rng.choice(opts)
    return [(k, labels[k]) for k in _uniq(keys)]


def fval(k, rng, p, D, two_line=False):
    """Value for a schema key: (string, type)."""
    if k == "full_name":
        return p.full, PER
    if k == "first_name":
        return p.given, PER
    if k == "last_name":
        return p.surname, PER
    if k == "name_rev":
        return p.rev, PER
    if k == "email":
        return p.email, EML
    if k in ("phone", "service_number"):
        return p.phone, PHN
    if k == "dob":
        return p.dob, DOB
    if k == "ssn":
        return p.ssn, US_SSN
    if k in ("address", "delivery_address"):
        return p.address(two_line), ADDR
    if k == "city":
        return p.city, LOC
    if k in ("country", "citizenship"):
        return (p.country if rng.random() < 0.6 else rng.choice(COUNTRIES)), LOC
    if k == "card":
        return p.card, CC
    if k == "card_masked":
        return masked_card(rng), NEG
    if k == "iban":
        return iban(rng), IBAN
    if k in ("ip", "router_ip"):
        return ip_any(rng), IP
    if k == "created_at":
        return rng.choice([iso_ts(rng), iso_ts(rng), epoch(rng)]), NEG
    if k == "record_id":
        return uuid4(rng), NEG
    if k == "pet_name":
        return p._get("pet", lambda: rng.choice(PET_NAMES)), None
    if k == "species":
        return rng.choice(["Canine", "Feline", "Avian", "Lagomorph", "dog", "cat"]), None
    if k == "breed":
        return D.pet_kind, None
    if k == "vet_record":
        return vet_record(rng), MRN
    if k == "client_acct":
        return acct_no(rng, "client"), ACCT
    if k in ("check_in", "check_out"):
        stay = p._get("stay", lambda: dt_range(rng, None, 1, 9))
        return stay[0 if k == "check_in" else 1], DT
    if k in ("next_visit", "dos", "interview", "due_date", "visit_date", "move_in", "departure"):
        return human_dt(rng, date_only=k in ("dos", "due_date", "move_in", "check_out") or None), DT
    if k == "microchip":
        return microchip(rng), NEG
    if k == "invoice":
        return invoice_no(rng), NEG
    if k == "rent":
        return D.amt(600, 4500), None
    if k in ("balance", "billed", "rate", "amount_due"):
        return D.amt(), None
    if k == "member_id":
        return hpn(rng), HPN
    if k == "group_no":
        return group_no(rng), NEG
    if k == "claim_no":
        return claim_no(rng), NEG
    if k in ("provider_mrn", "mrn"):
        return mrn(rng), MRN
    if k == "dx":
        return icd(rng), None
    if k == "cpt":
        return cpt(rng), None
    if k == "bank_acct":
        return acct_no(rng), ACCT
    if k == "application_id":
        return f"APP-{rng.randint(2024, 2026)}-{rs(rng, DIG, 6)}", NEG
    if k in ("hs_city", "site_city", "prev_city", "origin", "destination"):
        return location_str(rng), LOC
    if k == "gpa":
        return f"{rng.uniform(2.6, 4.0):.2f}", None
    if k == "portfolio":
        return personal_url(rng, p), URL
    if k == "student_acct":
        return acct_no(rng, "student"), ACCT
    if k == "major":
        return rng.choice(MAJORS), None
    if k == "confirmation":
        return confirmation_no(rng), NEG
    if k == "room":
        return str(rng.randint(101, 1840)), None
    if k == "loyalty":
        return loyalty_no(rng), NEG
    if k == "dl":
        return p.dl, DL
    if k == "account_number":
        return acct_no(rng, "telecom"), ACCT
    if k == "imei":
        return imei(rng), NEG
    if k == "iccid":
        return iccid(rng), NEG
    if k == "plan":
        return rng.choice(PLANS), None
    if k == "ssn_last4":
        return rng.choice([f"***-**-{rs(rng, DIG, 4)}", f"XXX-XX-{rs(rng, DIG, 4)}", f"xxxxx{rs(rng, DIG, 4)}"]), NEG
    if k == "subject_id":
        return subject_id(rng), NEG
    if k == "coordinator":
        return Persona(rng).full, PER
    if k == "coord_email":
        return Persona(rng).work_email(D.host), EML
    if k == "protocol":
        return protocol_no(rng), NEG
    if k == "kit_lot":
        return lot_no(rng), NEG
    if k == "arm":
        return rng.choice(ARMS), None
    if k == "unit":
        return f"{rng.randint(1, 28)}{rng.choice('ABCDEFG')}", None
    if k == "employer":
        return rng.choice(EMPLOYERS), NEG
    if k == "lease_id":
        return f"LS-{rng.randint(2023, 2026)}-{rs(rng, DIG, 5)}", NEG
    if k == "pnr":
        return pnr(rng), NEG
    if k == "eticket":
        return eticket(rng), NEG
    if k == "flight":
        return flight_no(rng, D.code), NEG
    if k == "ff":
        return loyalty_no(rng), NEG
    if k == "seat":
        return f"{rng.randint(1, 45)}{rng.choice('ABCDEFK')}", None
    if k == "status":
        return rng.choice(STATUSES), None
    raise KeyError(k)


def make_rec(rng, D, p, schema, two_line=False):
    return [(k, lab, *fval(k, rng, p, D, two_line and k in ("address", "delivery_address"))) for k, lab in schema]


FORM_TITLES = {
    "veterinary_clinic": ["New Client / Patient Registration", "Surgery Consent & Estimate", "Vaccination Record Request"],
    "insurance_claims": ["Member Claim Form", "Reimbursement Request", "Claim Intake Summary"],
    "university_admissions": ["Undergraduate Application - Personal Details", "Interview Scheduling Form", "Enrollment Deposit Form"],
    "hotel_front_desk": ["Guest Registration Card", "Reservation Details", "Incidentals Authorization"],
    "telecom_billing": ["Account Summary", "Port-Out Request", "Payment Arrangement Form"],
    "clinical_trials": ["Subject Visit Record", "Screening Log Entry", "Travel Reimbursement Form"],
    "property_leasing": ["Rental Application", "Tenant Information Sheet", "Move-In Checklist"],
    "airline_customer_service": ["Passenger Information", "Property Irregularity Report", "Refund Request"],
}


# ---------------------------------------------------------------------------
# Templates: structured renderers
# ---------------------------------------------------------------------------
def t_kv_form(rng, D, b):
    p = Persona(rng, D.name)
    sch = pick_schema(rng, D)
    rec = make_rec(rng, D, p, sch, two_line=rng.random() < 0.35)
    style = rng.choice(["title", "title", "upper", "lower", "snake"])
    sep = rng.choice([": ", ": ", ":  ", " - ", " = ", ":\t", " ........ "])
    title = rng.choice(FORM_TITLES[D.name])
    b.t(rng.choice([f"{D.org}\n{title}\n", f"=== {title.upper()} ===\n", f"{title} ({D.org})\n{'-' * 30}\n", f"{title}\n\n"]))
    for k, lab, val, typ in rec:
        b.t(lab_style(lab, style) + sep).e(val, typ).t("\n")
    if rng.random() < 0.5:
        b.t(rng.choice(["\nSignature: ", "\nSigned: ", "\nCompleted by: "])).e(p.full, PER)
        b.t(rng.choice(["   Date: ", "  on "])).e(human_dt(rng, True), DT).t("\n")
    if rng.random() < 0.3:
        b.t("Form version ").x(version(rng), "version").t("\n")
    if rng.random() < 0.1:
        b.t("Validator note: previously entered SSN ").x(bad_ssn(rng), "badssn").t(" rejected (invalid range)\n")


def t_web_form(rng, D, b):
    p = Persona(rng, D.name)
    form = rng.choice(["Contact us", "Request a callback", "Online intake", "Pre-arrival", "Support request", "Get a quote"])
    b.t(rng.choice([f"New submission from your \"{form}\" form\n\n", f"[{D.org}] Form submission: {form}\n\n",
                    f"Subject: New {form} submission\n\n"]))
    sch = pick_schema(rng, D)[:rng.randint(4, 9)]
    for k, lab, val, typ in make_rec(rng, D, p, sch):
        b.t(f"{lab_style(lab, rng.choice(['title', 'title', 'lower']))}\n").e(val, typ).t("\n\n")
    b.t("Message\n")
    msg = rng.choice([
        lambda: b.s("Hi, I need help with ", D.issue(), ". Best time to call is ", (human_dt(rng, False), DT), ". Thanks!"),
        lambda: b.s("please call me back re: ", D.issue(), " - ", (p.given.lower(), PER)),
        lambda: b.s("Following up on ", D.issue(), ". I already called ", rng.choice(RELATIVE), " and spoke to ",
                    (Persona(rng).given, PER), ". Nothing has changed."),
    ])
    msg()
    b.t("\n\n---\n")
    b.t("Page URL: ").e(D.url(), URL).t("\n")
    b.t("IP: ").e(ip_any(rng), IP).t("\n")
    b.t("User agent: Mozilla/5.0 (").t(rng.choice(["Windows NT 10.0; Win64; x64", "iPhone; CPU iPhone OS 17_4 like Mac OS X",
                                                    "Macintosh; Intel Mac OS X 14_3", "Linux; Android 14; Pixel 8"])).t(")\n")
    b.t("Submitted: ").x(iso_ts(rng), "ts").t("\n")
    b.t("Entry ID: ").x(str(rng.randint(10000, 999999)), "id").t("\n")


def t_json(rng, D, b):
    p = Persona(rng, D.name)
    sch = pick_schema(rng, D)
    style = rng.choice(["snake", "camel", "snake"])
    data = {}
    for k, lab, val, typ in make_rec(rng, D, p, sch):
        key = lab_style(lab, style)
        if key in data:
            key = key + "_2"
        if k == "gpa":
            data[key] = mk(float(val), None)
        else:
            data[key] = mk(val, typ)
    evt = rng.choice(["record.updated", "intake.created", "customer.verified", "claim.submitted", "booking.modified",
                      "application.received", "visit.logged", "payment.failed"])
    root = rng.random()
    if root < 0.5:
        obj = {"event": evt, "id": mk(uuid4(rng), NEG), "created": mk(iso_ts(rng), NEG), "data": data}
        if rng.random() < 0.4:
            obj["meta"] = {"source_ip": mk(ip_any(rng), IP), "api_version": mk(version(rng), NEG),
                           "request_id": mk("req_" + rs(rng, ALNUM, 14), NEG)}
    elif root < 0.8:
        obj = {"status": rng.choice([200, 201, 202]), "result": data, "trace_id": mk(sha(rng, 32), NEG)}
    else:
        obj = {"records": [data], "count": 1, "next": None}
    b.t(rng.choice(["", "", "POST /api/v2/" + evt.replace(".", "/") + "\nContent-Type: application/json\n\n",
                    "Response body:\n", "payload = "]))
    jdump(b, obj, indent=rng.choice([None, 2, 2, 4]), compact=rng.random() < 0.2)
    b.t("\n")


def _cell(b, val, typ, delim, quote_all=False):
    need = quote_all or (delim in val) or ('"' in val) or ("\n" in val)
    if need:
        b.t('"').e(val.replace('"', '""'), typ).t('"')
    else:
        b.e(val, typ)


def t_csv(rng, D, b, delim=None):
    delim = delim or rng.choice([",", ",", ";", "|"])
    sch = [(k, l) for k, l in pick_schema(rng, D, tabular=True)][:rng.randint(4, 9)]
    style = rng.choice(["snake", "title", "upper", "snake"])
    quote_all = rng.random() < 0.2
    if rng.random() < 0.3:
        b.t(f"# export {D.name} ").x(iso_ts(rng), "ts").t("\n")
    b.t(delim.join((f'"{lab_style(l, style)}"' if quote_all else lab_style(l, style)) for _, l in sch) + "\n")
    for _ in range(rng.randint(2, 6)):
        p = Persona(rng, D.name)
        rec = make_rec(rng, D, p, sch)
        for i, (k, lab, val, typ) in enumerate(rec):
            if i:
                b.t(delim)
            _cell(b, val, typ, delim, quote_all)
        b.t("\n")


def t_tsv(rng, D, b):
    sch = pick_schema(rng, D, tabular=True)[:rng.randint(4, 8)]
    b.t("\t".join(lab_style(l, rng.choice(["snake"])) for _, l in sch) + "\n")
    for _ in range(rng.randint(2, 5)):
        p = Persona(rng, D.name)
        for i, (k, lab, val, typ) in enumerate(make_rec(rng, D, p, sch)):
            if i:
                b.t("\t")
            b.e(val, typ)
        b.t("\n")


def t_md_table(rng, D, b):
    sch = pick_schema(rng, D, tabular=True)[:rng.randint(3, 7)]
    b.t(rng.choice([f"### {rng.choice(FORM_TITLES[D.name])}\n\n", f"**{D.org} - open items**\n\n", ""]))
    b.t("| " + " | ".join(l for _, l in sch) + " |\n")
    b.t("|" + "|".join(rng.choice(["---", ":---", "------"]) for _ in sch) + "|\n")
    for _ in range(rng.randint(2, 5)):
        p = Persona(rng, D.name)
        b.t("|")
        for k, lab, val, typ in make_rec(rng, D, p, sch):
            b.t(" ").e(val, typ).t(" |")
        b.t("\n")
    if rng.random() < 0.5:
        b.t("\n_Last synced ").x(rng.choice(RELATIVE), "rel").t("._\n")


def _yaml_scalar(b, val, typ, force=False):
    if force or re.search(r"[:#{}\[\],&*!|>'\"%@`]|^\s|\s$|^[-?]", val) or re.fullmatch(r"[\d.+\-eE ]+|true|false|yes|no|null", val, re.I):
        b.t('"').j((val, typ)).t('"')
    else:
        b.e(val, typ)


def t_yaml_records(rng, D, b):
    sch = pick_schema(rng, D, tabular=True)[:rng.randint(4, 8)]
    b.t(rng.choice(["records:\n", f"# {D.org}\n{D.customer}s:\n", "items:\n"]))
    for _ in range(rng.randint(1, 3)):
        p = Persona(rng, D.name)
        for i, (k, lab, val, typ) in enumerate(make_rec(rng, D, p, sch)):
            b.t(("  - " if i == 0 else "    ") + lab_style(lab, "snake") + ": ")
            _yaml_scalar(b, val, typ)
            b.t("\n")


_OCR_SUB = {"O": "0", "I": "1", "l": "1", "S": "5", "B": "8", "m": "rn", "E": "F", "a": "o", "e": "c"}


def ocr_noise(rng, s, rate=0.08):
    out = []
    for ch in s:
        if ch in _OCR_SUB and rng.random() < rate:
            out.append(_OCR_SUB[ch])
        elif ch == " " and rng.random() < rate / 2:
            out.append("  ")
        else:
            out.append(ch)
    return "".join(out)


def t_ocr(rng, D, b):
    p = Persona(rng, D.name)
    sch = pick_schema(rng, D)
    rec = make_rec(rng, D, p, sch, two_line=rng.random() < 0.5)
    title = rng.choice(FORM_TITLES[D.name]).upper()
    b.t(ocr_noise(rng, f"{D.org.upper()}\n{title}\n", 0.05))
    b.t(rng.choice(["PLEASE PRINT CLEARLY\n", "", "~~~ scanned page 1 of 2 ~~~\n", "|  FOR OFFICE USE ONLY  |\n"]))
    for k, lab, val, typ in rec:
        if typ in (PER, ADDR, LOC) and rng.random() < 0.6:
            val = val.upper()
        b.t(ocr_noise(rng, lab.upper(), 0.1) + rng.choice([": ", " ", " | ", ":_ ", ". "]))
        b.e(val, typ)
        b.t(rng.choice(["\n", "\n", " _____\n", "  |\n"]))
    b.t(ocr_noise(rng, "\nSIGNATURE ", 0.1)).t(rng.choice(["________ ", "~~~ ", ""]))
    b.t(ocr_noise(rng, "DATE ", 0.1)).e(human_dt(rng, True), DT).t("\n")


def t_app_log(rng, D, b):
    svc = rng.choice(["intake-api", "billing-svc", "auth", "portal-web", "crm-sync", "notify-worker", "edc-gateway"])
    lst = rng.randrange(4)
    for li in range(rng.randint(4, 9)):
        p = Persona(rng, D.name)
        b.x(log_ts(rng, lst), "logts")
        lvl = rng.choice(["INFO", "INFO", "WARN", "ERROR", "DEBUG"])
        b.t(f" {lvl} [{svc}] ")
        kind = rng.choice([0, 1, 2, 3, 5, 7]) if li == 0 else rng.randint(0, 10)
        if kind == 0:
            b.t("login ok user=").e(p.email, EML).t(" ip=").e(ip_any(rng), IP)
            b.t(" session=").x(uuid4(rng), "uuid")
        elif kind == 1:
            b.t("GET ").e(D.url(), URL).t(f" {rng.choice([200, 200, 302, 404, 500])} {rng.randint(3, 900)}ms")
        elif kind == 2:
            b.t("updated contact for ").e(p.full, PER).t(" phone=").e(p.phone, PHN)
        elif kind == 3:
            q, lab, val, typ = D.idents(p)[0]
            b.t(f"lookup {lab.replace(' ', '_')}=").e(val if typ != ADDR else val, typ).t(f" result=found latency={rng.randint(5, 300)}ms")
        elif kind == 4:
            b.t("retrying job ").x(uuid4(rng), "uuid").t(f" attempt={rng.randint(1, 5)} err=\"HTTP {rng.choice([429, 502, 503, 504])}\"")
        elif kind == 5:
            b.t("notification queued to=").e(p.email, EML).t(" template=").t(rng.choice(["reminder_v2", "receipt", "otp"]))
        elif kind == 6:
            b.t("deploy ").x(version(rng), "version").t(" commit=").x(sha(rng, rng.choice([7, 40])), "sha")
        elif kind == 7:
            b.t("failed login for ").e(p.email, EML).t(" from ").e(ip_any(rng), IP).t(f" (attempt {rng.randint(2, 6)})")
        elif kind == 8:
            b.t("device registered mac=").x(mac(rng), "mac").t(" fw=").x(version(rng), "version")
        elif kind == 9:
            b.t("validation failed: card number ").x(bad_card(rng), "badcard").t(" failed checksum")
        else:
            b.t("validation failed: ssn ").x(bad_ssn(rng), "badssn").t(" is not issuable")
        b.t("\n")


def t_agent_tool(rng, D, b):
    p = Persona(rng, D.name)
    q, lab, val, typ = D.idents(p)[0]
    tool = rng.choice(["lookup_customer", "get_account", "search_records", "update_profile", "create_case"])
    fmt = rng.choice(["tags", "json"])
    if fmt == "tags":
        b.t("<system>You are the virtual assistant for ").t(D.org).t(". Use tools to answer. Do not repeat sensitive data.</system>\n")
        b.t("<user>hi, i'm ").e(p.full.lower() if rng.random() < 0.5 else p.full, PER).t(". ").t(D.issue()).t(". my email is ").e(p.email, EML).t("</user>\n")
        b.t("<assistant>\n<tool_call name=\"").t(tool).t("\">\n")
        jdump(b, {"email": mk(p.email, EML), lab.replace(" ", "_").replace("'", ""): mk(val, typ)}, indent=2)
        b.t("\n</tool_call>\n</assistant>\n<tool_result>\n")
        res = {"found": True, "customer": {"name": mk(p.full, PER), "phone": mk(p.phone, PHN),
                                            "since": mk(str(rng.randint(2009, 2024)), None)},
               "open_cases": [mk(ticket_no(rng), NEG)], "last_sync": mk(iso_ts(rng), NEG)}
        jdump(b, res, indent=2)
        b.t("\n</tool_result>\n<assistant>Thanks, ").e(p.given, PER).t("! I found your record. ")
        b.t("Your next ").t(D.event()).t(" is on ").e(human_dt(rng), DT).t(".</assistant>\n")
    else:
        msgs = [
            {"role": "system", "content": f"You are a {D.role()} copilot for {D.org}."},
        ]
        b.t("[\n")
        jdump(b, msgs[0], indent=None)
        b.t(",\n")
        jdump(b, {"role": "user", "content": mk(f"Customer says: {D.issue()}.", None)}, indent=None)
        b.t(",\n")
        jdump(b, {"role": "assistant", "tool_calls": [{"type": "function", "function": {
            "name": tool, "arguments": {"full_name": mk(p.full, PER), lab.replace(" ", "_").replace("'", ""): mk(val, typ)}}}]}, indent=None)
        b.t(",\n")
        jdump(b, {"role": "tool", "content": {"status": "ok", "email": mk(p.email, EML), "phone": mk(p.phone, PHN),
                                              "record_id": mk(uuid4(rng), NEG)}}, indent=None)
        b.t("\n]\n")


# ---------------------------------------------------------------------------
# Templates: conversational and prose
# ---------------------------------------------------------------------------
def org_address(rng):
    return make_address(rng, wchoice(rng, [("US", 6), ("UK", 1), ("CA", 1), ("AU", 1), ("DE", 1), ("IN", 1)]))


def _val_prefix(rng, typ):
    return rng.choice(["", "", "sure, ", "ok it's ", "Yes - ", "one sec... ", "it's "])


def t_chat(rng, D, b):
    p, ag = Persona(rng, D.name), Persona(rng, D.name)
    st = rng.choice(["br", "plain", "ampm", "none", "full"])
    clk = [rng.randint(7, 20), rng.randint(0, 45)]
    low = rng.random() < 0.65
    a_tag = rng.choice([["Agent"], [(ag.given, PER)], ["Support"], [(ag.given, PER), f" @ {D.org}"], [(ag.full, PER)], ["Bot"]])
    c_tag = rng.choice([["Customer"], ["Visitor"], [(p.given.lower(), PER)], ["You"], [(p.full, PER)], [f"guest_{rs(rng, DIG, 4)}"]])

    def say(who, *parts):
        if st != "none":
            clk[1] += rng.randint(0, 3)
            if clk[1] > 59:
                clk[1] -= 60
                clk[0] = (clk[0] + 1) % 24
            b.x(clock(rng, clk[0], clk[1], st), "clock").t(" ")
        b.s(*(a_tag if who == "a" else c_tag)).t(": ").s(*parts).t("\n")

    say("a", rng.choice([f"Hi, thanks for contacting {D.org}! You're chatting with ", "Hello! This is ",
                         "Good afternoon, my name is "]), (ag.given, PER), rng.choice([". How can I help?", " - what can I do for you today?", "."]))
    iss = D.issue()
    say("c", f"hi, i have {iss}" if low else f"Hi, I'm writing about {iss}.")
    say("a", rng.choice(["I'm sorry to hear that. Could I get your full name and the email on the account?",
                         "I can look into that. What's the name and email on file?",
                         "Happy to help. Can you confirm your name and email address?"]))
    nm = p.full.lower() if low else p.full
    if rng.random() < 0.5:
        say("c", (nm, PER), rng.choice([", ", " - ", " / ", " "]), (p.email, EML))
    else:
        say("c", "its " if low else "It's ", (nm, PER))
        say("c", "email is " if low else "Email: ", (p.email, EML))
    ids = D.idents(p)
    q, lab, val, typ = ids[0]
    say("a", "Thanks, ", (p.given, PER), ". ", q)
    say("c", _val_prefix(rng, typ), (val, typ))
    if rng.random() < 0.5:
        q, lab, val, typ = ids[1]
        say("a", q)
        say("c", (val, typ))
    r = rng.random()
    if r < 0.4:
        say("a", f"All set. Your {D.event()} is booked for ", (human_dt(rng), DT), ".")
    elif r < 0.7:
        lab2, ref = D.ref()
        say("a", f"I've noted everything under {lab2} ", (ref, NEG), f". You should hear back {rng.choice(RELATIVE)}.")
    else:
        say("a", "I've sent you a secure link: ", (D.url(), URL))
    if rng.random() < 0.5:
        say("c", "can u text me too? " if low else "Could you also text me at ", (p.phone, PHN), "" if low else "?")
        say("a", "Sure, done.")
    say("c", rng.choice(["thx", "thanks!", "ok great", "Thank you.", "perfect, bye", "ty"]))


def t_call(rng, D, b):
    p, ag = Persona(rng, D.name), Persona(rng, D.name)
    b.t(rng.choice(["CALL TRANSCRIPT", "Call recording transcript", "[Auto-transcribed call]"])).t(" - ").t(D.org).t("\n")
    b.t("Call ID: ").x(uuid4(rng), "uuid").t(" | Start: ").x(iso_ts(rng), "ts").t(f" | Duration: {rng.randint(2, 25)}m{rng.randint(0, 59)}s\n\n")
    A = rng.choice(["AGENT", "Agent", "A", "Rep"])
    C = rng.choice(["CALLER", "Caller", "C", "Customer"])
    tst = rng.random() < 0.5
    sec = [rng.randint(0, 10)]

    def say(who, *parts):
        if tst:
            sec[0] += rng.randint(3, 40)
            b.x(f"[{sec[0] // 3600:02d}:{sec[0] // 60 % 60:02d}:{sec[0] % 60:02d}]", "clock").t(" ")
        b.t((A if who == "a" else C) + ": ").s(*parts).t("\n")

    say("a", f"Thank you for calling {D.org}, my name is ", (ag.given, PER), ". May I have your full name, please?")
    say("c", rng.choice(["Yeah, it's ", "Hi, this is ", "", "Sure. "]), (p.full, PER), rng.choice([".", "", " speaking."]))
    tp = title_prefix(rng)
    ids = D.idents(p)
    say("a", "Thank you, ", tp, (p.surname if tp else p.given, PER), ". ", ids[0][0])
    say("c", rng.choice(["Um, ", "Okay, ", "Let me grab it... ", ""]), (ids[0][2], ids[0][3]), ".")
    if rng.random() < 0.6:
        say("a", ids[1][0])
        say("c", (ids[1][2], ids[1][3]))
    say("a", "And what's the best number to reach you?")
    say("c", rng.choice(["It's ", "You can use ", ""]), (p.phone, PHN), rng.choice([".", ", that's my cell.", ""]))
    say("a", f"I see the note here about {D.issue()}. Let me put you on a brief hold.")
    b.t(f"[HOLD {rng.randint(0, 4):02d}:{rng.randint(0, 59):02d}]\n")
    r = rng.random()
    if r < 0.5:
        say("a", f"Okay, I've scheduled the {D.event()} for ", (human_dt(rng), DT), ". You'll get a confirmation at ", (p.email, EML), ".")
    else:
        col = Persona(rng)
        lab, ref = D.ref()
        say("a", "I've escalated this to my colleague ", (col.full, PER), f", {lab} ", (ref, NEG), f". Expect a call {rng.choice(RELATIVE)}.")
    say("a", "Is there anything else I can help with, ", (p.given, PER), "?")
    say("c", rng.choice(["No, that's it. Thanks.", "Nope. Bye.", "That's all, thank you so much."]))
    b.t("\nDisposition: ").t(rng.choice(["RESOLVED", "ESCALATED", "CALLBACK_SCHEDULED", "INFO_ONLY"])).t("\n")


def t_email(rng, D, b):
    p, ag = Persona(rng, D.name), Persona(rng, D.name)
    inbound = rng.random() < 0.55
    team = rng.choice(["support", "claims", "frontdesk", "billing", "admissions", "help", "care", "studyteam", "leasing", "baggage"])
    if inbound:
        b.t("From: ").e(p.full, PER).t(" <").e(p.email, EML).t(">\nTo: ").e(f"{team}@{D.host}", EML).t("\n")
    else:
        b.t("From: ").e(ag.full, PER).t(" <").e(ag.work_email(D.host), EML).t(">\nTo: ").e(p.email, EML).t("\n")
    if rng.random() < 0.3:
        b.t("Cc: ").e(Persona(rng).work_email(D.host), EML).t("\n")
    iss = D.issue()
    b.t("Subject: ").t(rng.choice([f"Re: {iss}", f"Question about {iss}", f"{D.org} - follow-up", f"URGENT: {iss}", "Your request"])).t("\n\n")
    ids = D.idents(p)
    if inbound:
        b.t(rng.choice([f"Dear {D.org} team,\n\n", "Hello,\n\n", "Hi there,\n\n", "To whom it may concern,\n\n"]))
        b.s("My name is ", (p.full, PER), f" and I'm writing regarding {iss}. ")
        q, lab, val, typ = ids[0]
        b.s(f"For reference, my {lab} is ", (val, typ), ". ")
        if rng.random() < 0.5:
            b.s(f"I also have a {D.event()} coming up on ", (human_dt(rng), DT), " and would like this resolved before then. ")
        if rng.random() < 0.4:
            b.s("I previously spoke with ", (Persona(rng).given, PER), " ", rng.choice(RELATIVE), ", but haven't heard back. ")
        b.s("\n\nYou can reach me at ", (p.phone, PHN), " or by replying to this email.\n\n")
        b.t(rng.choice(["Kind regards,\n", "Thanks,\n", "Best,\n", "Sincerely,\n", "Cheers,\n"]))
        b.e(p.full if rng.random() < 0.7 else p.given, PER).t("\n")
        if rng.random() < 0.5:
            b.e(p.address(two=rng.random() < 0.7), ADDR).t("\n")
    else:
        tp = title_prefix(rng) or "Mx. "
        b.s(rng.choice(["Dear ", "Hello ", "Hi "]), tp if rng.random() < 0.6 else "", (p.surname, PER) if rng.random() < 0.5 else (p.full, PER), ",\n\n")
        lab, ref = D.ref()
        b.s(f"Thank you for contacting {D.org} about {iss}. We have located your file ({lab} ", (ref, NEG), "). ")
        b.s(f"Your {D.event()} has been scheduled for ", (human_dt(rng), DT), ". ")
        if rng.random() < 0.5:
            l1, l2, _, _ = org_address(rng)
            b.s("Please come to our office at ", (f"{l1}, {l2}", ADDR), ". ")
        b.s("\n\nIf you need to make changes, call us at ", (us_phone(rng), PHN), " or visit ", (D.url(), URL), ".\n\n")
        b.s(rng.choice(["Sincerely,\n", "Best regards,\n", "Warm regards,\n"]), (ag.full, PER), f"\n{D.role().title()}\n{D.org}\n")
        if rng.random() < 0.4:
            b.s("Direct: ", (us_phone(rng), PHN), "\n")
        b.t(rng.choice(["", "\nCONFIDENTIALITY NOTICE: This message may contain protected information.\n"]))


def t_email_thread(rng, D, b):
    p, ag = Persona(rng, D.name), Persona(rng, D.name)
    b.s(rng.choice(["hey ", "Hi ", "hi "]), (ag.given.lower() if rng.random() < 0.4 else ag.given, PER), rng.choice([",", " -", "!"]), "\n\n")
    r = rng.random()
    if r < 0.5:
        b.s("just checking on this - did the ", D.event(), " get moved to ", (human_dt(rng), DT), "? ",
            rng.choice(["my new number is ", "pls call ", "text me at "]), (p.phone, PHN), "\n\n")
    else:
        q, lab, val, typ = D.idents(p)[0]
        b.s(f"sorry, forgot to include my {lab} earlier: ", (val, typ), ". let me know if you need anything else\n\n")
    b.s(rng.choice(["thx\n", "thanks!\n", "cheers\n"]), (p.given, PER), "\n\n")
    b.t(rng.choice(["> ", "-----Original Message-----\n> "]))
    b.s("From: ", (ag.full, PER), " <", (ag.work_email(D.host), EML), ">\n> To: ", (p.email, EML), "\n>\n")
    b.s("> Hi ", (p.given, PER), ",\n> Thanks for reaching out about ", D.issue(), ". ")
    lab, ref = D.ref()
    b.s(f"I've opened {lab} ", (ref, NEG), " and will update you ", rng.choice(RELATIVE), ".\n> \n> ",
        (ag.given, PER), "\n")


def t_sms(rng, D, b):
    p = Persona(rng, D.name)
    short = D.org.split()[0]
    b.s(rng.choice(["SMS thread with ", "Messages - ", "Text conversation: "]), (p.phone, PHN), "\n\n")
    st = rng.choice(["plain", "ampm", "none"])
    clk = [rng.randint(8, 19), rng.randint(0, 40)]

    def say(who, *parts):
        if st != "none":
            clk[1] += rng.randint(1, 9)
            if clk[1] > 59:
                clk[1] -= 60
                clk[0] += 1
            b.x(clock(rng, clk[0], clk[1], st), "clock").t(" ")
        b.t(f"{short}: " if who == "o" else rng.choice(["Me: ", "Me: "])).s(*parts).t("\n")

    subj = f"{D.pet}'s" if D.name == "veterinary_clinic" else "your"
    say("o", "Hi ", (p.given, PER), f"! Reminder: {subj} {D.event()} is on ", (human_dt(rng), DT),
        ". Reply C to confirm or R to reschedule.")
    ans = rng.choice(["R", "r", "C", "can we move it?"])
    say("m", ans)
    if ans == "C":
        say("o", "Thanks, you're confirmed! Questions? Call ", (us_phone(rng), PHN), " or visit ", (D.url(), URL))
    else:
        say("o", "No problem. Call us at ", (us_phone(rng), PHN), " or rebook online: ", (D.url(), URL))
    if rng.random() < 0.6:
        p2 = Persona(rng, D.name, region=p.region)
        say("m", rng.choice([f"can we do {rng.choice(RELATIVE)} instead? ", "ok. "]), "btw this is ", (p2.given.lower(), PER),
            ", ", (p.given.lower(), PER), "'s ", rng.choice(["wife", "husband", "partner", "son", "daughter", "roommate"]),
            ". my number is ", (p2.phone, PHN))
        say("o", "Thanks! We've added you as a contact.")
    say("m", rng.choice(["thank u", "👍", "ok", "Great thanks"]))
    b.t(rng.choice(["\nReply STOP to opt out.\n", "", "\nMsg&data rates may apply.\n"]))


def t_meeting(rng, D, b):
    att = [Persona(rng, D.name) for _ in range(rng.randint(2, 4))]
    p, p2 = Persona(rng, D.name), Persona(rng, D.name)
    b.s(rng.choice(["# ", "", "## "]), rng.choice(["Weekly ops sync", f"{D.org} team huddle", "Escalations review", "Case review"]),
        " - ", (human_dt(rng, True), DT), "\n\n")
    b.t(rng.choice(["Attendees: ", "Present: ", "**Attendees:** "]))
    for i, a in enumerate(att):
        if i:
            b.t(", ")
        b.e(a.full if rng.random() < 0.6 else a.given, PER)
    b.t("\n\n").t(rng.choice(["Notes\n", "## Discussion\n", "Agenda / notes:\n"]))
    q, lab, val, typ = D.idents(p)[0]
    b.s(f"- {D.customer.title()} ", (p.full, PER), f": {D.issue()}. {lab} on file ", (val, typ), ". Owner: ", (att[0].given, PER), "\n")
    lab, ref = D.ref()
    b.s("- ", (p2.rev, PER), " - follow up ", rng.choice(RELATIVE), f"; {lab} ")
    b.x(ref, "ref").t("\n")
    b.s("- Vendor update: ", (rng.choice(BRANDS), NEG), " integration moves to ", (version(rng), NEG), f"; error rate down to {pct(rng)}\n")
    if rng.random() < 0.5:
        b.s("- ", (att[-1].given, PER), " is out ", rng.choice(RELATIVE), "; ", (att[0].given, PER), " covering\n")
    if rng.random() < 0.3:
        b.s("- Training: new handbook ordered (ISBN ", (isbn13(rng), NEG), "); security patch for ", (cve(rng), NEG), " applied\n")
    b.t("\nAction items\n")
    b.s(rng.choice(["- [ ] ", "* ", "1. "]), (att[-1].given, PER), " to email ", (p.email, EML), "\n")
    b.s(rng.choice(["- [ ] ", "* ", "2. "]), f"Schedule {D.event()} for ", (p.given, PER), " on ", (human_dt(rng), DT), "\n")
    if rng.random() < 0.4:
        b.s(rng.choice(["- [x] ", "* ", "3. "]), "Call ", (p2.given, PER), " back at ", (p2.phone, PHN), "\n")


def t_narrative(rng, D, b):
    p, ag = Persona(rng, D.name), Persona(rng, D.name)
    ids = D.idents(p)
    opener = rng.randint(0, 2)
    if opener == 0:
        b.s((p.full, PER), f" contacted {D.org} {rng.choice(RELATIVE)} about {D.issue()}. ")
    elif opener == 1:
        b.s("On ", (human_dt(rng), DT), ", ", (p.full, PER), f" called the {D.role()} line regarding {D.issue()}. ")
    else:
        b.s(f"According to the {D.role()}, ", (p.given, PER), f" had already raised {D.issue()} twice. ")
    pool = []
    pool.append(lambda: b.s(f"The {D.role()}, ", (ag.full, PER), f", verified their identity using the {ids[0][1]} ",
                            (ids[0][2], ids[0][3]), ". "))
    pool.append(lambda: b.s((p.surname, PER), " said they had recently moved from ", (location_str(rng), LOC),
                            " and asked that all correspondence go to ", (p.address(), ADDR), ". "))
    pool.append(lambda: b.s(f"A {D.event()} was booked for ", (human_dt(rng), DT), ". "))
    pool.append(lambda: b.s("Confirmation was sent to ", (p.email, EML), " and by text to ", (p.phone, PHN), ". "))
    rlab, rval = D.ref()
    pool.append(lambda: b.s(f"The note references {rlab} ", (rval, NEG), f", which is still open after {rng.randint(2, 19)} days. "))
    pool.append(lambda: b.s((p.given, PER), f" mentioned that a payment of {D.amt()} had been taken {rng.choice(RELATIVE)}. "))
    pool.append(lambda: b.s("Their ", ids[1][1], " (", (ids[1][2], ids[1][3]), ") was updated in the system. "))
    rng.shuffle(pool)
    for f in pool[:rng.randint(3, 6)]:
        f()
    if rng.random() < 0.5:
        b.s("\n\n", (ag.given, PER), " will follow up ", rng.choice(RELATIVE), ".")
    b.t("\n")


def t_ticket(rng, D, b):
    p, rep, dev = Persona(rng, D.name), Persona(rng), Persona(rng)
    tk = ticket_no(rng)
    b.t("[").x(tk, "ticket").t("] ").t(rng.choice(["Customer cannot log in to portal", "Duplicate charge shown on statement",
                                                 "Record shows wrong contact details", "Confirmation email not received",
                                                 "Export job leaks PII into logs"])).t("\n")
    b.s("Reporter: ", (rep.full, PER), " | Priority: ", rng.choice(["P1", "P2", "P3"]), " | Component: ",
        rng.choice(["portal", "billing", "notifications", "integrations"]), "\nCreated: ", (iso_ts(rng), NEG), "\n\n")
    b.s("Description:\n", D.customer.title(), " ", (p.full, PER), " (", (p.email, EML), f") reports {D.issue()}. ")
    b.s("Last successful login from ", (ip_any(rng), IP), ".\n\n")
    b.s("Steps to reproduce:\n1. Open ", (D.url(), URL), "\n2. Sign in as ", (p.email, EML), "\n3. Observe HTTP ",
        str(rng.choice([500, 502, 403, 422])), " and the stack trace below\n\n")
    b.t("```\n")
    lst = rng.randrange(4)
    b.x(log_ts(rng, lst), "logts").t(" ERROR request_id=").x(uuid4(rng), "uuid").t(" user=").e(p.email, EML).t(" path=/api/profile\n")
    q, lab, val, typ = D.idents(p)[0]
    b.x(log_ts(rng, lst), "logts").t(f" DEBUG payload {lab.replace(' ', '_')}=").e(val, typ).t("\n```\n\n")
    b.s("Comment by ", (dev.full, PER), ":\n")
    r = rng.random()
    if r < 0.15:
        b.s("The vendor sent their signing key in the ticket attachment, pasting for reference (will rotate):\n", (pem_key(rng), PEM), "\n")
    elif r < 0.4:
        b.s("Found it - the integration was using a hardcoded key ",
            rng.choice([(stripe_key(rng), STR), (gh_token(rng), GHT), (slack_token(rng), SLK), (generic_secret(rng), GSEC)]),
            ". Rotated it and moved to the vault. Fix in ", (sha(rng, 7), NEG), ", ships in ", (version(rng), NEG), ".\n")
    elif r < 0.7:
        b.s("Can't reproduce on staging. ", (rep.given, PER), ", can you confirm the customer's phone (", (p.phone, PHN), ") is still correct?\n")
    else:
        b.s("Duplicate of ", (ticket_no(rng), NEG), ". Related to ", (cve(rng), NEG), " patch rollout.\n")


def t_llm_prompt(rng, D, b):
    p = Persona(rng, D.name)
    ids = D.idents(p)
    hdr = rng.choice([("### System\n", "### User\n", "### Assistant\n"), ("SYSTEM: ", "USER: ", "ASSISTANT: "),
                      ("<|system|>\n", "<|user|>\n", "<|assistant|>\n")])
    b.t(hdr[0]).t(f"You are an assistant for {D.org}. Extract structured fields from {D.customer} messages. Output JSON only.\n\n")
    b.t(hdr[1]).t(rng.choice(["Extract the fields from this message:", "Summarize and extract contact info:", "Parse this note:"])).t("\n\n\"\"\"\n")
    b.s(rng.choice(["Hello, this is ", "hi its ", "From: "]), (p.full, PER), ". ", D.issue().capitalize(), ". ")
    b.s(f"My {ids[0][1]} is ", (ids[0][2], ids[0][3]), " and you can reach me on ", (p.phone, PHN), " or ", (p.email, EML), ". ")
    dt = human_dt(rng)
    b.s(f"I'm available for the {D.event()} on ", (dt, DT), ".\n\"\"\"\n\n")
    b.t(hdr[2])
    obj = {"name": mk(p.full, PER), "email": mk(p.email, EML), "phone": mk(p.phone, PHN),
           ids[0][1].replace(" ", "_").replace("'", "").replace(".", ""): mk(ids[0][2], ids[0][3]),
           "requested_time": mk(dt, DT), "intent": rng.choice(["reschedule", "billing_dispute", "status_check", "update_details"])}
    if rng.random() < 0.5:
        b.t("```json\n")
        jdump(b, obj, indent=2)
        b.t("\n```\n")
    else:
        jdump(b, obj)
        b.t("\n")


def t_voicemail(rng, D, b):
    p = Persona(rng, D.name)
    b.s(rng.choice(["Voicemail from ", "New voicemail - ", "VM transcription | caller: "]), (p.phone, PHN),
        f" | {rng.randint(0, 3)}:{rng.randint(5, 59):02d} | confidence {rng.randint(71, 98)}%\n\n\"")
    b.s(rng.choice(["Hi, um, this is ", "Hey, it's ", "Good morning, my name is "]), (p.full, PER), f", calling about {D.issue()}. ")
    if rng.random() < 0.5:
        q, lab, val, typ = D.idents(p)[0]
        b.s(f"My {lab} is ", (val, typ), ". ")
    b.s(f"I was told someone would call me {rng.choice(RELATIVE)} but nobody did. ")
    b.s("You can call me back at ", (p.phone, PHN), rng.choice([", that's my cell", "", " any time after five"]), ". ")
    if rng.random() < 0.5:
        b.s("Or email ", (p.email, EML), ". ")
    b.t("Thanks, bye.\"\n")


def t_incident(rng, D, b):
    p, rep, wit = Persona(rng, D.name), Persona(rng, D.name), Persona(rng, D.name)
    place = {"veterinary_clinic": "Exam Room 3", "insurance_claims": "claimant's residence", "university_admissions": "Welcome Center",
             "hotel_front_desk": "main lobby", "telecom_billing": "retail store #214", "clinical_trials": "infusion suite",
             "property_leasing": "parking garage level 2", "airline_customer_service": f"Gate {rng.choice('ABCDE')}{rng.randint(1, 40)}"}[D.name]
    b.t(rng.choice(["INCIDENT REPORT ", "Incident Report - Ref ", "SAFETY INCIDENT "])).x(ticket_no(rng), "ticket").t("\n\n")
    b.s("Date/time of incident: ", (human_dt(rng, False), DT), "\n")
    b.s(f"Location: {D.org} - {place}\n")
    b.s("Reported by: ", (rep.full, PER), f" ({D.role()})\n")
    b.s("Person involved: ", (p.full, PER), "   DOB: ", (p.dob, DOB), "\n")
    b.s("Contact: ", (p.phone, PHN), "\n")
    if rng.random() < 0.5:
        b.s("Home address: ", (p.address(two=rng.random() < 0.4), ADDR), "\n")
    b.t("\nDescription:\n")
    b.s((p.given, PER), rng.choice([" slipped near the entrance and reported wrist pain. ", " became dizzy while waiting and sat down. ",
                                     " reported that a personal item went missing. ", " was involved in a verbal altercation with another customer. "]))
    b.s("Witness ", (wit.full, PER), " (", (wit.phone, PHN), ") confirmed the account. ")
    b.s(f"First aid offered; no transport required. Follow-up call scheduled {rng.choice(RELATIVE)}.\n")


def t_handover(rng, D, b):
    ag = Persona(rng, D.name)
    b.s(rng.choice(["Shift handover", "Handoff notes", "End-of-shift summary"]), " - ", rng.choice(["nights", "days", "PM shift", "weekend"]),
        " - from ", (ag.given, PER), "\n\n")
    for _ in range(rng.randint(3, 5)):
        p = Persona(rng, D.name)
        r = rng.randint(0, 4)
        b.t(rng.choice(["- ", "* ", "• "]))
        if r == 0:
            tag = {"hotel_front_desk": "rm", "veterinary_clinic": "kennel", "clinical_trials": "bay",
                   "airline_customer_service": "seat"}.get(D.name, "ext")
            b.s((p.surname.upper() if rng.random() < 0.3 else p.surname, PER), f" ({tag} {rng.randint(2, 450)}): {D.issue()}; promised callback ", rng.choice(RELATIVE), "\n")
        elif r == 1:
            b.s((p.full, PER), " - ", D.event(), " moved to ", (human_dt(rng), DT), "\n")
        elif r == 2:
            q, lab, val, typ = D.idents(p)[0]
            b.s((p.given, PER), f" asked us to update {lab} to ", (val, typ), " - done\n")
        elif r == 3:
            lab, ref = D.ref()
            b.s(f"{lab} ", (ref, NEG), " still pending, no contact details yet\n")
        else:
            b.s((p.rev, PER), ": call ", (p.phone, PHN), " re ", D.issue(), "\n")
    b.s("\nCall me if anything comes up: ", (ag.phone, PHN), "\n")


def t_letter(rng, D, b):
    p = Persona(rng, D.name)
    b.e(p.full, PER).t("\n").e(p.address(two=True), ADDR).t("\n")
    if rng.random() < 0.6:
        b.e(p.email, EML).t("\n")
    b.t("\n").e(human_dt(rng, True), DT).t("\n\n")
    l1, l2, _, _ = org_address(rng)
    b.t(f"{D.org}\nAttn: {D.role().title()}\n").e(f"{l1}\n{l2}", ADDR).t("\n\n")
    lab, ref = D.ref()
    iss = D.issue()
    b.s(f"Re: {iss} ({lab} ", (ref, NEG), ")\n\n")
    b.t(rng.choice(["Dear Sir or Madam,\n\n", "To whom it may concern,\n\n", "Dear Customer Relations,\n\n"]))
    b.s(f"I am writing to formally complain about {iss}. ")
    q, lab2, val, typ = D.idents(p)[0]
    b.s(f"My {lab2} is ", (val, typ), ". ")
    b.s("I first raised this on ", (human_dt(rng, True), DT), " and was assured by ", (Persona(rng).full, PER),
        " that it would be resolved within ten working days. It has not been.\n\n")
    b.s(f"I expect a full refund of {D.amt()} and a written response. Please contact me on ", (p.phone, PHN), ".\n\n")
    b.s(rng.choice(["Yours faithfully,\n\n", "Sincerely,\n\n"]), (p.full, PER), "\n")


def t_slack(rng, D, b):
    people = [Persona(rng, D.name) for _ in range(3)]
    p = Persona(rng, D.name)
    b.t("#" + rng.choice(["ops-alerts", "support-escalations", "eng-billing", "it-helpdesk", "integrations"]) + "\n\n")
    clk = [rng.randint(8, 17), rng.randint(0, 30)]

    def msg(who, *parts):
        clk[1] += rng.randint(1, 6)
        if clk[1] > 59:
            clk[1] -= 60
            clk[0] += 1
        b.e(who.full if rng.random() < 0.5 else who.given, PER).t("  ").x(clock(rng, clk[0], clk[1], "ampm"), "clock").t("\n").s(*parts).t("\n\n")

    msg(people[0], f"heads up: {D.customer} ", (p.full, PER), f" is asking about {D.issue()}, can someone check?")
    leak = rng.randint(0, 5)
    if leak == 0:
        msg(people[1], "I used this bot token to test the webhook: `", (slack_token(rng), SLK), "`")
    elif leak == 1:
        msg(people[1], "try with these creds\n```\naws_access_key_id = ", (aws_access(rng), AWSK), "\naws_secret_access_key = ",
            (aws_secret(rng), AWSS), "\n```")
    elif leak == 2:
        msg(people[1], "the staging admin password is ", (password(rng), PWD), " fyi")
    elif leak == 3:
        msg(people[1], "here's the bearer token from the failing call: ", (jwt(rng), JWT))
    elif leak == 4:
        msg(people[1], "client cert key for the sftp drop, don't lose it:\n```\n", (pem_key(rng), PEM), "\n```")
    else:
        msg(people[1], "pinged them at ", (p.email, EML), " and ", (p.phone, PHN))
    if leak < 5:
        msg(people[2], ":rotating_light: please don't paste secrets in channels. ", (people[1].given, PER), " can you rotate that?")
        msg(people[1], "yep, rotated :+1:")
    else:
        msg(people[2], "thanks! closing ", (ticket_no(rng), NEG))


def t_code_review(rng, D, b):
    au, rv = Persona(rng), Persona(rng)
    b.s(f"PR #{rng.randint(100, 9999)} - ", rng.choice(["Add payment retry", "Wire up SMS reminders", "Nightly export job", "Fix S3 uploads"]),
        " (", (au.full, PER), ")\n\n")
    lang = rng.randint(0, 3)
    fname = [rng.choice(["config/settings.py", "scripts/backfill.py"]), "src/client.ts", "deploy/main.tf", "deploy/bootstrap.sh"][lang]
    b.s((rv.given, PER), " commented on `", fname,
        f"` line {rng.randint(5, 220)}:\n> Please don't commit credentials - move these to the secret store.\n\n")
    b.t("```" + ["python", "typescript", "hcl", "bash"][lang] + "\n")
    if lang == 0:
        b.s("AWS_ACCESS_KEY_ID = \"", (aws_access(rng), AWSK), "\"\nAWS_SECRET_ACCESS_KEY = \"", (aws_secret(rng), AWSS), "\"\n")
        b.s("stripe.api_key = \"", (stripe_key(rng), STR), "\"\n")
        tc = Persona(rng)
        b.s("TEST_CUSTOMER = {\"name\": \"", (tc.full, PER), "\", \"email\": \"", (tc.email, EML), "\"}\n")
    elif lang == 1:
        b.s("const octo = new Octokit({ auth: \"", (gh_token(rng), GHT), "\" });\n")
        b.s("const slack = new WebClient(\"", (slack_token(rng), SLK), "\");\n")
        b.s("const apiKey = \"", (generic_secret(rng), GSEC), "\";\n")
    elif lang == 2:
        b.s("provider \"aws\" {\n  region     = \"us-east-1\"\n  access_key = \"", (aws_access(rng), AWSK), "\"\n  secret_key = \"",
            (aws_secret(rng), AWSS), "\"\n}\n")
        b.s("variable \"db_password\" {\n  default = \"", (password(rng), PWD), "\"\n}\n")
    else:
        b.s("cat > ~/.ssh/deploy_key <<'KEY'\n", (pem_key(rng), PEM), "\nKEY\nchmod 600 ~/.ssh/deploy_key\n")
        b.s("export SLACK_WEBHOOK_TOKEN=", (slack_token(rng), SLK), "\n")
    b.t("```\n\n")
    b.s((au.given, PER), ": ", rng.choice(["oops, good catch. rotating now.", "these are test keys but I'll remove them", "fixed in the next commit"]),
        " (", (sha(rng, 7), NEG), ")\n")


def t_stacktrace(rng, D, b):
    p = Persona(rng, D.name)
    svc = rng.choice(["claims", "billing", "portal", "bookings", "edc", "leasing"])
    host_ip = ipv4(rng)
    user = rng.choice(["app", "svc_" + svc, "readonly", "etl"])
    b.x(log_ts(rng), "logts").t(f" ERROR {svc}-worker: unhandled exception\n")
    b.t("Traceback (most recent call last):\n")
    b.t(f"  File \"/srv/{svc}/db.py\", line {rng.randint(20, 300)}, in connect\n")
    b.s("    conn = psycopg2.connect(\"postgresql://", user, ":", (password(rng, url_safe=True), PWD), "@", (host_ip, IP), f":5432/{svc}\")\n")
    b.s("psycopg2.OperationalError: could not connect to server: Connection refused\n\tIs the server running on host \"", (host_ip, IP),
        "\" and accepting TCP/IP connections on port 5432?\n\n")
    b.t("During handling of the above exception, another exception occurred:\n\n")
    b.t(f"  File \"/srv/{svc}/handlers.py\", line {rng.randint(20, 300)}, in process\n")
    b.s("    customer = lookup(email=\"", (p.email, EML), "\")\n")
    q, lab, val, typ = D.idents(p)[0]
    b.s(f"ValueError: invalid {lab} for customer ", (p.full, PER), ": '", (val, typ), "'\n")
    b.s("job_id=", (uuid4(rng), NEG), " version=", (version(rng), NEG), "\n")


def t_curl(rng, D, b):
    p = Persona(rng, D.name)
    path = rng.choice(["v1/customers", "v2/claims", "v1/bookings/search", "v3/patients", "v1/notifications/sms"])
    b.s("$ curl -s -X POST ", (f"https://api.{D.host}/{path}", URL), " \\\n")
    if rng.random() < 0.7:
        b.s("    -H \"Authorization: Bearer ", (jwt(rng), JWT), "\" \\\n")
    else:
        b.s("    -H \"Authorization: Bearer ", (stripe_key(rng), STR), "\" \\\n")
    if rng.random() < 0.6:
        b.s("    -H \"X-Api-Key: ", (generic_secret(rng), GSEC), "\" \\\n")
    b.t("    -H \"Content-Type: application/json\" \\\n    -d '")
    body = {"email": mk(p.email, EML), "phone": mk(p.phone, PHN), "name": mk(p.full, PER)}
    if rng.random() < 0.5:
        q, lab, val, typ = D.idents(p)[0]
        body[lab.replace(" ", "_").replace("'", "").replace(".", "")] = mk(val, typ)
    jdump(b, body, compact=rng.random() < 0.5)
    b.t("'\n\n")
    jdump(b, {"id": mk(uuid4(rng), NEG), "status": "created", "created_at": mk(iso_ts(rng), NEG)})
    b.t("\n")


def t_audit(rng, D, b):
    staff = [Persona(rng, D.name) for _ in range(2)]
    for _ in range(rng.randint(3, 6)):
        s = rng.choice(staff)
        p = Persona(rng, D.name)
        q, lab, val, typ = D.idents(p)[0]
        obj = {"ts": mk(iso_ts(rng), NEG), "actor": mk(s.work_email(D.host), EML), "ip": mk(ip_any(rng), IP),
               "action": rng.choice(["record.view", "record.export", "field.update", "login.success"]),
               "target": {lab.replace(" ", "_").replace("'", "").replace(".", ""): mk(val, typ)},
               "request_id": mk(uuid4(rng), NEG)}
        jdump(b, obj, compact=True)
        b.t("\n")


def t_crm(rng, D, b):
    p, ag = Persona(rng, D.name), Persona(rng, D.name)
    b.s("Contact: ", (p.full, PER), " | ", (p.phone, PHN), " | ", (p.email, EML), "\n")
    ids = D.idents(p)
    b.s(ids[0][1].capitalize(), ": ", (ids[0][2], ids[0][3]), "\n")
    b.s("Owner: ", (ag.full, PER), "\nLifecycle: ", rng.choice(["Active", "At risk", "New", "Dormant"]), "\n")
    b.s("Location: ", (location_str(rng, p), LOC), "\n\nActivity\n")
    for _ in range(rng.randint(2, 4)):
        b.s("- ", (human_dt(rng, True), DT), f" {rng.choice(['call', 'email', 'chat', 'visit'])}: ")
        r = rng.randint(0, 4)
        if r == 0:
            b.s("spoke with ", (p.given, PER), f" about {D.issue()}\n")
        elif r == 1:
            b.s("left VM, asked to call back ", rng.choice(RELATIVE), "\n")
        elif r == 2:
            lab, ref = D.ref()
            b.s(f"{lab} ", (ref, NEG), " created\n")
        elif r == 3:
            b.s(f"{D.event()} confirmed for ", (human_dt(rng), DT), "\n")
        else:
            b.s("welcome kit shipped, tracking ", (tracking(rng), NEG), "\n")


def t_feedback(rng, D, b):
    p, st = Persona(rng, D.name), Persona(rng, D.name)
    b.s(rng.choice(["Survey response ", "Feedback #", "Post-interaction survey "]), (str(rng.randint(10000, 999999)), NEG), "\n")
    b.t(f"Overall satisfaction: {rng.randint(1, 5)}/5\nLikelihood to recommend (0-10): {rng.randint(0, 10)}\n\n")
    b.t("What went well?\n")
    low = rng.random() < 0.5
    nm = st.given.lower() if low else st.given
    b.s(rng.choice(["", "honestly "]), (nm, PER), rng.choice([" was super helpful and patient", " at the desk sorted everything quickly",
                                                            " explained the charges clearly"]), rng.choice([".", "!", " :)"]), "\n\n")
    b.t("What could be improved?\n")
    b.s(f"{D.issue().capitalize()}. Waited {rng.randint(10, 90)} minutes on hold. ", rng.choice(["Also ", "And "]),
        (rng.choice(BRANDS), NEG), " gift card promo didn't work.\n\n")
    b.t("May we contact you about your feedback? Yes\n")
    b.s("Name: ", (p.full, PER), "\nEmail: ", (p.email, EML), "\n")
    if rng.random() < 0.5:
        b.s("Phone: ", (p.phone, PHN), "\n")


def t_reminder(rng, D, b):
    p = Persona(rng, D.name)
    l1, l2, city, _ = org_address(rng)
    subj = f"{D.pet}'s" if D.name == "veterinary_clinic" else "your"
    b.t(rng.choice(["Subject: Appointment reminder\n\n", "REMINDER\n\n", f"Subject: {D.org}: see you soon\n\n"]))
    b.s(rng.choice(["Hi ", "Dear ", "Hello "]), (p.given, PER), ",\n\n")
    b.s(f"This is a reminder that {subj} {D.event()} is scheduled for ", (human_dt(rng, False), DT), ".\n\n")
    b.s("Location:\n", D.org, "\n", (f"{l1}\n{l2}", ADDR), "\n\n")
    b.s("Please arrive 10 minutes early. To reschedule, call ", (us_phone(rng), PHN), " or use ", (D.url(), URL), ".\n")
    if rng.random() < 0.4:
        b.s("Parking is available at the ", (rng.choice(BRANDS), NEG), " lot across the street.\n")
    b.t("\nThis message was sent to ").e(p.email, EML).t(". Do not reply.\n")


def t_receipt(rng, D, b):
    p = Persona(rng, D.name)
    l1, l2, _, _ = org_address(rng)
    b.t(f"{D.org.upper()}\n").e(f"{l1}\n{l2}", ADDR).t("\nTel ").e(us_phone(rng), PHN).t("\n\n")
    b.t("RECEIPT ").x(invoice_no(rng), "invoice").t("\n")
    b.t("Date: ").e(human_dt(rng, False), DT).t("\n")
    b.t(rng.choice(["Client: ", "Guest: ", "Customer: ", "Bill to: "])).e(p.full if rng.random() < 0.7 else p.rev, PER).t("\n")
    b.t("-" * 32 + "\n")
    items = {"veterinary_clinic": ["Exam fee", "Rabies vaccine", "Heartworm test", "Dental cleaning"],
             "insurance_claims": ["Copay", "Deductible applied", "Coinsurance"],
             "university_admissions": ["Application fee", "Enrollment deposit", "Housing deposit"],
             "hotel_front_desk": ["Room charge", "Minibar", "Parking", "Room service"],
             "telecom_billing": ["Monthly plan", "Device installment", "Roaming pass"],
             "clinical_trials": ["Travel stipend", "Parking validation", "Meal voucher"],
             "property_leasing": ["Application fee", "Security deposit", "First month rent"],
             "airline_customer_service": ["Fare difference", "Checked bag", "Seat upgrade"]}[D.name]
    for it in rng.sample(items, k=min(len(items), rng.randint(2, 3))):
        b.t(f"{it:<22}{D.amt():>10}\n")
    b.t(f"{'TOTAL':<22}{D.amt():>10}\n\n")
    b.t(rng.choice(["VISA ", "MC ", "AMEX ", "Card "])).x(masked_card(rng), "masked").t(f"  AUTH {rs(rng, UP + DIG, 6)}\n")
    if rng.random() < 0.2:
        b.t("Card (merchant copy): ").e(p.card, CC).t("\n")
    if rng.random() < 0.3:
        b.t("Previous attempt declined: ").x(bad_card(rng), "badcard").t(" (invalid number)\n")
    b.t(rng.choice(["Thank you!\n", "Keep this receipt for your records.\n", "No refunds after 30 days.\n"]))


def t_intake(rng, D, b):
    p, ec = Persona(rng, D.name), Persona(rng, D.name)
    b.t(rng.choice(["Intake questionnaire\n\n", f"{D.org} - Pre-visit questions\n\n", "INTAKE Q&A\n\n"]))
    qs = [("Full legal name", (p.full, PER)), ("Date of birth", (p.dob, DOB)), ("Preferred phone", (p.phone, PHN)),
          ("Email", (p.email, EML)), ("Home address", (p.address(two=rng.random() < 0.3), ADDR))]
    ids = D.idents(p)
    qs.append((ids[0][1].capitalize(), (ids[0][2], ids[0][3])))
    qs.append(("Where did you hear about us?", (rng.choice(["a friend", "Google", "my employer", "Instagram"]), None)))
    for i, (q, v) in enumerate(qs, 1):
        b.t(f"{i}. {q}\n   ").e(v[0], v[1]).t("\n")
    b.t(f"{len(qs) + 1}. Emergency contact (name, relationship, phone)\n   ")
    b.s((ec.full, PER), ", ", rng.choice(["spouse", "mother", "brother", "friend", "partner"]), ", ", (ec.phone, PHN), "\n")
    b.t(f"{len(qs) + 2}. Anything else we should know?\n   ")
    b.t(rng.choice(["No", "Prefer texts over calls", "I'm travelling " + rng.choice(RELATIVE)]) + "\n")


def t_env(rng, D, b):
    svc = rng.choice(["claims-api", "booking-service", "portal", "notify", "edc-sync", "lease-portal", "billing-core"])
    b.t(f"# {svc} .env ({rng.choice(['production', 'staging', 'prod-eu'])})\n")
    user = rng.choice(["app", "svc", "admin", "etl_user"])
    pos = [
        lambda: b.s(f"DATABASE_URL=postgres://{user}:", (password(rng, True), PWD), "@", (ipv4(rng), IP), f":5432/{svc.split('-')[0]}"),
        lambda: b.s("AWS_ACCESS_KEY_ID=", (aws_access(rng), AWSK), "\nAWS_SECRET_ACCESS_KEY=", (aws_secret(rng), AWSS)),
        lambda: b.s("STRIPE_SECRET_KEY=", (stripe_key(rng), STR)),
        lambda: b.s("SLACK_BOT_TOKEN=", (slack_token(rng), SLK)),
        lambda: b.s("GITHUB_TOKEN=", (gh_token(rng), GHT)),
        lambda: b.s(rng.choice(["SENDGRID_API_KEY=", "MAPS_API_KEY=", "TWILIO_AUTH_TOKEN=", "API_SECRET=", "OPENAI_API_KEY="]),
                    (generic_secret(rng), GSEC)),
        lambda: b.s("JWT_SIGNING_SECRET=", (rs(rng, ALNUM, 48), GSEC)),
        lambda: b.s("SERVICE_TOKEN=", (jwt(rng), JWT)),
        lambda: b.s("SMTP_PASSWORD=", (password(rng), PWD)),
        lambda: b.s("ADMIN_EMAIL=", (Persona(rng).work_email(D.host), EML)),
        lambda: b.s("PUBLIC_URL=", (f"https://{D.host}", URL)),
        lambda: b.s("REDIS_HOST=", (ipv4(rng), IP)),
        lambda: b.s("SUPPORT_PHONE=", (us_phone(rng), PHN)),
        lambda: b.s("TLS_KEY=\"", (pem_key(rng).replace("\n", "\\n"), PEM), "\""),
    ]
    neg = [
        lambda: b.t("APP_ENV=").x(rng.choice(["production", "staging"]), "low"),
        lambda: b.t("LOG_LEVEL=").x(rng.choice(["info", "debug", "warn"]), "low"),
        lambda: b.t("TIMEOUT_MS=").x(str(rng.choice([3000, 5000, 10000])), "low"),
        lambda: b.t("FEATURE_NEW_PORTAL=").x(rng.choice(["true", "false"]), "low"),
        lambda: b.t("AWS_REGION=").x(rng.choice(["us-east-1", "eu-west-2", "ap-south-1"]), "low"),
        lambda: b.t("MAILGUN_API_KEY=").x(rng.choice(["your-api-key-here", "<your-api-key>", "REPLACE_ME", "TODO"]), "placeholder"),
        lambda: b.t("DB_PASSWORD=").x(rng.choice(["${DB_PASSWORD}", "<password>", "********"]), "placeholder"),
        lambda: b.t("CACHE_TTL=").x("300", "low"),
        lambda: b.t("# AWS_ACCESS_KEY_ID=").x("AKIAIOSFODNN7EXAMPLE", "example").t("  (docs example, do not use)"),
    ]
    rng.shuffle(pos)
    rng.shuffle(neg)
    chosen = pos[:rng.randint(3, 7)] + neg[:rng.randint(2, 5)]
    rng.shuffle(chosen)
    for f in chosen:
        f()
        b.t("\n")


def t_yaml_config(rng, D, b):
    svc = rng.choice(["claims-api", "booking-service", "portal", "notify", "edc-sync", "lease-portal"])
    k = rng.randint(0, 2)
    if k == 0:
        b.t(f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {svc}-secrets\n  namespace: {rng.choice(['prod', 'default', 'apps'])}\ntype: Opaque\nstringData:\n")
        b.s("  DB_PASSWORD: \"", (password(rng), PWD), "\"\n")
        b.s("  STRIPE_KEY: \"", (stripe_key(rng), STR), "\"\n")
        if rng.random() < 0.6:
            b.s("  SLACK_TOKEN: \"", (slack_token(rng), SLK), "\"\n")
        b.s("  API_KEY: \"", (generic_secret(rng), GSEC), "\"\n")
        b.t("  LOG_LEVEL: \"").x("info", "low").t("\"\n")
    elif k == 1:
        b.t(f"services:\n  {svc}:\n    image: registry.internal/{svc}:").x(version(rng).replace("build ", ""), "version").t("\n    environment:\n")
        b.s("      - AWS_ACCESS_KEY_ID=", (aws_access(rng), AWSK), "\n")
        b.s("      - AWS_SECRET_ACCESS_KEY=", (aws_secret(rng), AWSS), "\n")
        b.s("      - GITHUB_TOKEN=", (gh_token(rng), GHT), "\n")
        b.t("      - DEBUG=").x("false", "low").t("\n")
        b.s("      - ALERT_EMAIL=", (Persona(rng).work_email(D.host), EML), "\n")
        b.t("    ports:\n      - \"8080:8080\"\n")
    else:
        b.t(f"# {svc} settings\nsmtp:\n  host: smtp.{D.host}\n  port: 587\n")
        b.s("  username: ", (Persona(rng).work_email(D.host), EML), "\n")
        b.s("  password: \"", (password(rng), PWD), "\"\n")
        b.t("integrations:\n  webhook:\n")
        b.s("    url: ", (D.url(), URL), "\n")
        b.s("    secret: ", (hex_secret(rng, 40), GSEC), "\n")
        b.t("  maps:\n    api_key: ").x(rng.choice(["${MAPS_API_KEY}", "changeme-in-prod", "<your-api-key>"]), "placeholder").t("\n")
        if rng.random() < 0.5:
            b.t("tls:\n  key: |\n")
            pemv = pem_key(rng)
            b.t("    ").e(pemv.replace("\n", "\n    "), PEM).t("\n")
        b.t("retries: ").x("3", "low").t("\n")


def t_bank_transfer(rng, D, b):
    p = Persona(rng, D.name)
    ag = Persona(rng, D.name)
    b.s(rng.choice(["Hi ", "Dear "]), (p.given, PER), ",\n\n")
    purpose = {"property_leasing": "the security deposit", "university_admissions": "the enrollment deposit",
               "hotel_front_desk": "the group booking deposit", "insurance_claims": "the premium arrears",
               "telecom_billing": "the outstanding balance", "clinical_trials": "the site invoice",
               "veterinary_clinic": "the surgery estimate", "airline_customer_service": "the group fare deposit"}[D.name]
    b.t(f"Please use the details below to pay {purpose} of {D.amt()}.\n\n")
    b.s("Beneficiary: ", D.org, "\n")
    l1, l2, _, _ = org_address(rng)
    b.s("Beneficiary address: ", (f"{l1}, {l2}", ADDR), "\n")
    if rng.random() < 0.6:
        b.s("IBAN: ", (iban(rng), IBAN), "\nBIC/SWIFT: ", (rs(rng, UP, 4) + rng.choice(["GB", "DE", "FR", "NL", "ES"]) + rs(rng, UP + DIG, 2), NEG), "\n")
    else:
        b.s("Account number: ", (acct_no(rng), ACCT), "\nRouting: ", (rs(rng, DIG, 9), NEG), "\n")
    lab, ref = D.ref()
    b.s("Payment reference: ", (ref, NEG), "\n\n")
    b.s(f"The amount is due by ", (human_dt(rng, True), DT), ". For refunds we'll need your own account details; reply with your IBAN, e.g. ",
        (rng.choice(["GB00 XXXX 0000 0000 0000 00", "XX00 0000 0000 0000", "[your IBAN]"]), NEG), ".\n\n")
    b.s("Thanks,\n", (ag.full, PER), "\n")


def t_pw_reset(rng, D, b):
    p = Persona(rng, D.name)
    b.s("To: ", (p.email, EML), "\nSubject: ", rng.choice(["Your temporary password", "Password reset", "Account access"]), "\n\n")
    b.s("Hi ", (p.given, PER), ",\n\n")
    b.s(f"A password reset was requested for your {D.org} account from IP ", (ip_any(rng), IP), ".\n")
    b.s("Your temporary password is: ", (password(rng), PWD), "\n")
    b.s("Username: ", (p.email, EML), "\n\nSign in at ", (D.url(), URL), " within 24 hours and choose a new password.\n")
    b.t("If you did not request this, call us").s(" at ", (us_phone(rng), PHN), ".\n") if rng.random() < 0.6 else b.t("If you did not request this, ignore this email.\n")
    b.t("\nRequest ID: ").x(uuid4(rng), "uuid").t("\n")


def t_wrapup(rng, D, b):
    b.t("call_id|started|agent|caller|disposition|notes\n")
    for _ in range(rng.randint(3, 6)):
        ag, p = Persona(rng, D.name), Persona(rng, D.name)
        b.x(str(rng.randint(1000000, 9999999)), "id").t("|").x(iso_ts(rng), "ts")
        b.t("|").e(ag.full, PER).t("|").e(p.phone, PHN).t("|").t(rng.choice(["RESOLVED", "CALLBACK", "ESCALATED", "NO_ANSWER"])).t("|")
        r = rng.randint(0, 2)
        if r == 0:
            b.s("cust ", (p.given.lower(), PER), " re ", D.issue())
        elif r == 1:
            b.s("cb ", rng.choice(RELATIVE))
        else:
            b.s(f"{D.event()} set ", (human_dt(rng, False), DT))
        b.t("\n")


ML = {
    "es": dict(name="Nombre", dob="Fecha de nacimiento", phone="Teléfono", email="Correo", addr="Dirección",
               appt="Cita", note="Nota", body="El paciente solicita cambiar la cita. Llamar por la tarde."),
    "fr": dict(name="Nom", dob="Date de naissance", phone="Téléphone", email="Courriel", addr="Adresse",
               appt="Rendez-vous", note="Remarque", body="Le client demande un rappel avant vendredi."),
    "pt": dict(name="Nome", dob="Data de nascimento", phone="Telefone", email="E-mail", addr="Endereço",
               appt="Consulta", note="Observação", body="Cliente pediu reembolso da taxa duplicada."),
    "de": dict(name="Name", dob="Geburtsdatum", phone="Telefon", email="E-Mail", addr="Anschrift",
               appt="Termin", note="Notiz", body="Kunde bittet um Rückruf wegen der Rechnung."),
}


def t_multilingual(rng, D, b):
    lang = rng.choice(list(ML))
    L = ML[lang]
    region = {"es": rng.choice(["MX", "ES"]), "fr": "FR", "pt": "BR", "de": "DE"}[lang]
    p = Persona(rng, D.name, region=region)
    b.t(rng.choice([f"[{lang.upper()}] ", "Nota interna / internal note - ", ""])).t(D.org).t("\n")
    b.s(f"{L['name']}: ", (p.full, PER), f"\n{L['dob']}: ", (p.dob, DOB), f"\n{L['phone']}: ", (p.phone, PHN),
        f"\n{L['email']}: ", (p.email, EML), f"\n{L['addr']}: ", (p.address(two=False), ADDR), "\n")
    b.s(f"{L['appt']}: ", (human_dt(rng), DT), f"\n{L['note']}: {L['body']}\n")
    b.t("\n(EN) ").s(f"Translated summary: {D.customer} asks for a callback about {D.issue()}.\n")


def t_ci_log(rng, D, b):
    repo = rng.choice(["portal-web", "claims-api", "booking-svc", "infra", "edc-sync", "lease-app"])
    org = org_host(D.org, D.name, rng).split(".")[0].replace("-", "")

    t0 = [datetime.datetime(rng.choice([2024, 2025]), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59))]

    def ln(*parts):
        t0[0] += datetime.timedelta(milliseconds=rng.randint(5, 9000))
        b.x(t0[0].strftime("%Y-%m-%dT%H:%M:%S.") + rs(rng, DIG, 7) + "Z", "ts").t(" ").s(*parts).t("\n")

    ln("##[group]Run actions/checkout@v4")
    ln("Syncing repository: ", org, "/", repo, " at ", (sha(rng, 40), NEG))
    ln("##[endgroup]")
    ln("##[group]Run aws configure")
    ln("aws configure set aws_access_key_id ***")
    ln("##[endgroup]")
    k = rng.randint(0, 3)
    if k == 0:
        ln("+ export AWS_ACCESS_KEY_ID=", (aws_access(rng), AWSK))
        ln("+ export AWS_SECRET_ACCESS_KEY=", (aws_secret(rng), AWSS))
    elif k == 1:
        ln("+ curl -sf -H 'Authorization: token ", (gh_token(rng), GHT), "' ", (f"https://api.github.com/repos/{org}/{repo}/dispatches", URL))
    elif k == 2:
        ln("DEBUG stripe client initialised with key=", (stripe_key(rng), STR))
    else:
        ln("DEBUG auth header: Bearer ", (jwt(rng), JWT))
    if rng.random() < 0.5:
        ln("Notify: posting to #deploys using token ", (slack_token(rng), SLK))
    if rng.random() < 0.4:
        ln("Seeding fixture user ", (Persona(rng).email, EML), " from ", (ip_any(rng), IP))
    ln(f"Deploying {repo} ", (version(rng), NEG), " to ", rng.choice(["prod", "staging", "eu-west"]))
    ln(rng.choice(["Error: Process completed with exit code 1.", "Deployment succeeded.", "Warning: smoke test returned HTTP 503"]))


def t_secrets_json(rng, D, b):
    admin = Persona(rng)
    integ = {}
    opts = [
        ("stripe", lambda: {"mode": "live", "secret_key": mk(stripe_key(rng), STR), "webhook_secret": mk("whsec_" + rs(rng, ALNUM, 32), GSEC)}),
        ("slack", lambda: {"bot_token": mk(slack_token(rng), SLK), "channel": "#alerts"}),
        ("aws", lambda: {"access_key_id": mk(aws_access(rng), AWSK), "secret_access_key": mk(aws_secret(rng), AWSS), "region": mk("us-east-1", NEG)}),
        ("github", lambda: {"token": mk(gh_token(rng), GHT), "org": org_host(D.org, D.name, rng).split(".")[0]}),
        ("sso", lambda: {"client_id": mk(uuid4(rng), NEG), "client_secret": mk(generic_secret(rng), GSEC), "issuer": mk(f"https://login.{D.host}/oauth2", URL)}),
        ("sftp", lambda: {"host": mk(ipv4(rng), IP), "username": "svc_" + rs(rng, LOWC, 5), "password": mk(password(rng), PWD)}),
        ("signing", lambda: {"private_key": mk(pem_key(rng), PEM), "kid": mk(rs(rng, ALNUM, 10), NEG)}),
        ("maps", lambda: {"api_key": mk(rng.choice(["<your-api-key>", "REPLACE_ME"]), NEG)}),
    ]
    rng.shuffle(opts)
    for name, fn in opts[:rng.randint(2, 5)]:
        integ[name] = fn()
    obj = {"tenant": D.org, "updated_at": mk(iso_ts(rng), NEG), "updated_by": mk(admin.work_email(D.host), EML), "integrations": integ}
    b.t(rng.choice(["// settings export\n", "GET /admin/api/settings -> 200\n", ""]))
    jdump(b, obj, indent=rng.choice([2, 2, None]))
    b.t("\n")


def t_payment_call(rng, D, b):
    p, ag = Persona(rng, D.name), Persona(rng, D.name)
    A, C = rng.choice([("Agent", "Caller"), ("REP", "CUST"), (ag.given, "Caller")])

    def say(who, *parts):
        if who == "a" and A == ag.given:
            b.e(A, PER).t(": ")
        else:
            b.t((A if who == "a" else C) + ": ")
        b.s(*parts).t("\n")

    b.t(f"[Payment line - {D.org}] recording paused for PCI: ").t(rng.choice(["no", "NO (legacy queue)", "no - pause button failed"])).t("\n\n")
    say("a", f"I can take that payment of {D.amt()} now. What's the name on the card?")
    say("c", (p.full.upper() if rng.random() < 0.2 else p.full, PER))
    say("a", "And the long number on the front?")
    say("c", rng.choice(["okay it's ", "", "ready? "]), (p.card, CC))
    say("a", "Thanks. The billing address for the card?")
    say("c", (p.address(), ADDR))
    say("a", "Got it. Payment approved, confirmation ", (confirmation_no(rng), NEG), ".")
    if rng.random() < 0.6:
        say("a", "Would you like to set up autopay from a bank account instead?")
        if rng.random() < 0.5:
            say("c", "Sure, account number ", (acct_no(rng), ACCT), ", routing ", (rs(rng, DIG, 9), NEG), ".")
        else:
            say("c", "Yes, my IBAN is ", (iban(rng), IBAN), ".")
    say("a", "Receipt goes to ", (p.email, EML), ", right?")
    say("c", rng.choice(["Yes.", "Yep.", "Correct, thanks."]))


# ---------------------------------------------------------------------------
# Domain-specific templates
# ---------------------------------------------------------------------------
def t_vet_soap(rng, D, b):
    p, vet = Persona(rng, D.name), Persona(rng, D.name)
    b.s(f"SOAP NOTE - {D.pet} ({D.pet_kind}, {rng.randint(1, 15)} y, {rng.choice(['MN', 'FS', 'M', 'F'])})\n")
    b.s("Owner: ", (p.full, PER), "    Record #: ", (vet_record(rng), MRN), "\n")
    if rng.random() < 0.5:
        b.s("Client acct: ", (acct_no(rng, "client"), ACCT), "\n")
    b.s("Visit: ", (human_dt(rng, False), DT), "    Clinician: Dr. ", (vet.surname, PER), "\n\n")
    b.s(f"S: Owner reports {D.pet} has been {rng.choice(['vomiting x2', 'limping on the left hind', 'scratching ears', 'lethargic'])} since ",
        rng.choice(RELATIVE), ". Eating normally. Diet: ", (rng.choice(["Hill's Science Diet", "Purina Pro Plan", "Royal Canin"]), NEG), ".\n")
    small = any(w in D.pet_kind for w in ("cockatiel", "rabbit", "guinea", "dragon"))
    wt = f"{rng.randint(0, 2)}.{rng.randint(1, 9)}" if small else f"{rng.randint(3, 40)}.{rng.randint(0, 9)}"
    b.s(f"O: T {rng.randint(100, 103)}.{rng.randint(0, 9)}F, HR {rng.randint(70, 160)}, RR {rng.randint(16, 40)}, wt {wt} kg. ",
        "Microchip ", (microchip(rng), NEG), " scanned OK.\n")
    b.s("A: ", rng.choice(["Otitis externa", "Acute gastroenteritis", "Soft tissue injury", "Dermatitis"]), ", mild.\n")
    b.s("P: ", rng.choice(["Carprofen 75 mg PO BID x5d", "Maropitant 1 mg/kg SQ", "Otic rinse + Posatex"]), ". Vaccine lot ", (lot_no(rng), NEG),
        ". Recheck ", (human_dt(rng, True), DT), ". Call owner at ", (p.phone, PHN), " with lab results.\n")
    b.s("\n-- Dr. ", (vet.full, PER), ", DVM\n")


def t_ins_eob(rng, D, b):
    p = Persona(rng, D.name)
    dep = Persona(rng, D.name, region=p.region)
    dep.surname = p.surname
    doc = Persona(rng)
    b.t(f"{D.org}\nEXPLANATION OF BENEFITS - THIS IS NOT A BILL\n\n")
    b.s("Member: ", (p.full.upper() if rng.random() < 0.4 else p.full, PER), "    Member ID: ", (hpn(rng), HPN), "    Group: ", (group_no(rng), NEG), "\n")
    if rng.random() < 0.6:
        b.s("Patient: ", (dep.full, PER), "  (dependent)   DOB: ", (dep.dob, DOB), "\n")
    b.s("Claim #: ", (claim_no(rng), NEG), "    Provider: Dr. ", (doc.full, PER), ", ", (rng.choice(["Mayo Clinic", "Cedars-Sinai", "Johns Hopkins", "Kaiser Permanente"]), NEG), "\n")
    b.s("Provider MRN: ", (mrn(rng), MRN), "\n\n")
    b.t("Service date | CPT | Billed | Allowed | Plan paid | You owe\n")
    for _ in range(rng.randint(1, 3)):
        b.e(human_dt(rng, True), DT).t(f" | {cpt(rng)} | {D.amt()} | {D.amt()} | {D.amt()} | {D.amt()}\n")
    b.t(f"\nDeductible met: {pct(rng)}. Remark code N{rng.randint(100, 700)}.\n")
    b.s("Questions? Call ", (us_phone(rng), PHN), " or visit ", (D.url(), URL), "\n")
    if rng.random() < 0.4:
        b.s("Reimbursement deposited to account ", (acct_no(rng), ACCT), ".\n")


def t_univ_summary(rng, D, b):
    p, rec, alum = Persona(rng, D.name), Persona(rng), Persona(rng)
    b.s("Application Reader Summary - ", (f"APP-{rng.randint(2024, 2026)}-{rs(rng, DIG, 6)}", NEG), "\n\n")
    b.s("Applicant: ", (p.full, PER), " | ", (location_str(rng, p), LOC), " | Citizenship: ", (rng.choice(COUNTRIES), LOC), "\n")
    b.s("DOB ", (p.dob, DOB), " | ", (p.email, EML), " | ", (p.phone, PHN), "\n")
    if rng.random() < 0.3:
        b.s("SSN (FAFSA): ", (p.ssn, US_SSN), "\n")
    b.s(f"GPA {rng.uniform(3.0, 4.0):.2f} | SAT {rng.randint(1150, 1580)} | Intended major: {rng.choice(MAJORS)}\n")
    b.s("Recommender: ", title_prefix(rng), (rec.full, PER), ", ", rng.choice(["physics teacher", "school counselor", "coach", "employer"]),
        " - ", (rec.email, EML), "\n")
    if rng.random() < 0.5:
        b.s("Portfolio: ", (personal_url(rng, p), URL), "\n")
    b.s("\nReader notes: Strong essay about growing up in ", (location_str(rng), LOC), ". ", (p.given, PER),
        " founded a tutoring club and works weekends at ", (rng.choice(BRANDS), NEG), ".\n")
    b.s("Interview: ", (human_dt(rng, False), DT), " with alum ", (alum.full, PER), ".\n")
    b.t(f"Rating: {rng.randint(1, 5)} / Recommend: {rng.choice(['Admit', 'Waitlist', 'Defer'])}\n")


def t_hotel_regcard(rng, D, b):
    p = Persona(rng, D.name)
    b.t(f"{D.org.upper()}\nGUEST REGISTRATION CARD        Room {rng.randint(101, 1840)}   Conf# ").x(confirmation_no(rng), "conf").t("\n\n")
    b.s("Name (Last, First): ", (p.rev.upper() if rng.random() < 0.5 else p.rev, PER), "\n")
    b.s("Address: ", (p.address(two=rng.random() < 0.6), ADDR), "\n")
    b.s("Phone: ", (p.phone, PHN), "    Email: ", (p.email, EML), "\n")
    arr, dep = dt_range(rng, True, 1, 9)
    b.s("Arrival: ", (arr, DT), "    Departure: ", (dep, DT), f"    Guests: {rng.randint(1, 4)}\n")
    b.s("ID: Driver's License # ", (p.dl, DL), "\n")
    if rng.random() < 0.5:
        b.s("Card guarantee: ", (p.card, CC), "\n")
    else:
        b.s("Card on file: ", (masked_card(rng), NEG), "\n")
    b.s("Rewards #: ", (loyalty_no(rng), NEG), f"    Rate: {D.amt()}/night\n")
    b.s("\nI agree to pay all charges. Signature: ", (p.full, PER), "\n")
    b.s("Clerk: ", (Persona(rng, D.name).given, PER), "\n")


def t_telecom_bill(rng, D, b):
    p = Persona(rng, D.name)
    b.t(f"{D.org} - Monthly Statement\n\n")
    b.s("Account holder: ", (p.full, PER), "\nAccount #: ", (acct_no(rng, "telecom"), ACCT), "\n")
    bp1, bp2 = dt_range(rng, True, 29, 31)
    b.s("Billing period: ", (bp1, DT), " - ", (bp2, DT), "\n")
    b.s("Service address: ", (p.address(), ADDR), "\n\n")
    for _ in range(rng.randint(1, 3)):
        b.s("Line ", (make_phone(rng, p.region), PHN), f"  {rng.choice(PLANS)}  {D.amt()}\n")
        if rng.random() < 0.5:
            b.s("  Device IMEI ", (imei(rng), NEG), f"  installment {rng.randint(2, 35)}/36\n")
    b.s(f"\nAmount due: {D.amt()} by ", (human_dt(rng, True), DT), "\n")
    if rng.random() < 0.5:
        b.s("Autopay: card ", (masked_card(rng), NEG), "\n")
    else:
        b.s("Direct debit from IBAN ", (iban(rng), IBAN), "\n")
    b.s("Invoice ", (invoice_no(rng), NEG), " | Pay online: ", (D.url(), URL), "\n")
    b.t(f"Data used: {rng.randint(1, 80)}.{rng.randint(0, 9)} GB ({pct(rng)} of allowance)\n")


def t_clin_ae(rng, D, b):
    p, pi = Persona(rng, D.name), Persona(rng)
    b.t("ADVERSE EVENT REPORT\n\n")
    b.s("Protocol: ", (protocol_no(rng), NEG), "   Registry: ", (nct(rng), NEG), "\n")
    b.s("Site: ", D.org, " (", (location_str(rng), LOC), ")\n")
    b.s("Subject ID: ", (subject_id(rng), NEG), "   MRN: ", (mrn(rng), MRN), "   DOB: ", (p.dob, DOB), "\n")
    b.s("Event: ", rng.choice(["Grade 2 rash", "Grade 1 nausea", "Grade 3 neutropenia", "Infusion reaction", "Elevated ALT"]),
        "   Onset: ", (human_dt(rng), DT), "\n")
    b.s("Study drug kit lot: ", (lot_no(rng), NEG), "   Version: ", (version(rng), NEG), "\n")
    b.s("Reporter: Dr. ", (pi.full, PER), ", ", (pi.work_email(D.host), EML), ", ", (us_phone(rng), PHN), "\n\n")
    b.s("Narrative: The participant, ", (p.full, PER), f", reported symptoms {rng.choice(RELATIVE)} after the dose. ")
    b.s("Seen at the ", (rng.choice(["Mayo Clinic", "Cedars-Sinai", "Johns Hopkins"]), NEG), " ER; discharged same day. ")
    b.s("Insurance member ID ", (hpn(rng), HPN), " provided for standard-of-care costs. Follow-up visit ", (human_dt(rng, True), DT), ".\n")


def t_lease_app(rng, D, b):
    p, ec = Persona(rng, D.name), Persona(rng, D.name)
    b.t(f"RENTAL APPLICATION - {D.org}\nUnit {rng.randint(1, 28)}{rng.choice('ABCDEF')}\n\n")
    b.s("Applicant: ", (p.full, PER), "\nDate of birth: ", (p.dob, DOB), "\nSSN: ", (p.ssn, US_SSN), "\n")
    b.s("Driver's license: ", (p.dl, DL), "\n")
    b.s("Current address:\n", (p.address(two=True), ADDR), "\n")
    if rng.random() < 0.5:
        b.s("Previous city: ", (location_str(rng), LOC), "\n")
    b.s("Employer: ", (rng.choice(EMPLOYERS), NEG), f"   Monthly income: {D.amt(2500, 16000)}\n")
    if rng.random() < 0.6:
        b.s("Bank account: ", (acct_no(rng), ACCT), "\n")
    else:
        b.s("IBAN: ", (iban(rng), IBAN), "\n")
    b.s("Phone: ", (p.phone, PHN), "   Email: ", (p.email, EML), "\n")
    b.s("Emergency contact: ", (ec.full, PER), " ", (ec.phone, PHN), "\n")
    b.s("Desired move-in: ", (human_dt(rng, True), DT), "\n")
    b.s("Applicant portal: ", (D.url(), URL), "\n\nSignature: ", (p.full, PER), "   Date: ", (human_dt(rng, True), DT), "\n")


def t_airline_itin(rng, D, b):
    p = Persona(rng, D.name)
    others = [Persona(rng, D.name) for _ in range(rng.randint(0, 2))]
    (oa, oc, ok), (da, dc, dk) = rng.sample(AIRPORTS, 2)
    b.t(rng.choice(["Your itinerary has changed\n\n", "SCHEDULE CHANGE NOTIFICATION\n\n", "Booking confirmation\n\n"]))
    b.s("Booking reference: ", (pnr(rng), NEG), "\nPassengers: ", (p.full.upper() if rng.random() < 0.3 else p.full, PER))
    for o in others:
        b.s("; ", (o.full, PER))
    b.t("\n\n")
    b.s("Flight ", (flight_no(rng, D.code), NEG), f" {oa}-{da}  ", (oc, LOC), " to ", (f"{dc}, {dk}" if rng.random() < 0.5 else dc, LOC), "\n")
    dep, arr = dt_range(rng, False, 0, 1)
    b.s("Departs: ", (dep, DT), "\nArrives: ", (arr, DT), "\n")
    b.s(f"Seat {rng.randint(1, 45)}{rng.choice('ABCDEFK')}  | E-ticket ", (eticket(rng), NEG), "\n\n")
    if rng.random() < 0.5:
        b.s("Frequent flyer: ", (loyalty_no(rng), NEG), "\n")
    b.s("Contact on file: ", (p.email, EML), ", ", (p.phone, PHN), "\n")
    if rng.random() < 0.3:
        b.s("Passenger DOB: ", (p.dob, DOB), "\n")
    b.s("Manage your booking: ", (D.url(), URL), "\n")
    b.t(f"Fare difference waived. Check-in opens {rng.choice(['24 hours', '48 hours', '30 hours'])} before departure.\n")


# ---------------------------------------------------------------------------
# Negative templates (hard negatives only, no entities)
# ---------------------------------------------------------------------------
PRODUCTS = {"veterinary_clinic": "PetChart", "insurance_claims": "ClaimsHub", "university_admissions": "ApplyDesk",
            "hotel_front_desk": "FrontOffice PMS", "telecom_billing": "BillRun", "clinical_trials": "TrialVault EDC",
            "property_leasing": "LeaseLoop", "airline_customer_service": "CrewCare"}


def n_release_notes(rng, D, b):
    prod = PRODUCTS[D.name]
    b.t(f"## {prod} ").x(version(rng), "version").t(" - release notes\n\n")
    b.t("- Fixed a crash when exporting reports with more than 10k rows (#").x(str(rng.randint(100, 9999)), "id").t(") - ").x(sha(rng, 7), "sha").t("\n")
    b.t("- Upgraded OpenSSL to address ").x(cve(rng), "cve").t(" and ").x(cve(rng), "cve").t("\n")
    b.t(f"- Improved ").x(rng.choice(BRANDS), "brand").t(f" integration; p95 latency down {pct(rng)}\n")
    b.t(f"- Deprecated /v1/export now returns HTTP {rng.choice([410, 301, 426])}\n")
    b.t(f"- Retry backoff changed from {rng.randint(1, 5)}s to {rng.randint(6, 30)}s\n")
    b.t("\nKnown issues: search may be slow for ").t(rng.choice(["the first few minutes after deploy", "very large tenants"])).t(".\n")
    b.t("Rollout: staged, completing ").x(rng.choice(RELATIVE), "rel").t(".\n")
    b.t("Artifact sha256: ").x(sha(rng, 64), "hash").t("\nBuild: ").x(uuid4(rng), "uuid").t("\nCommit: ").x(sha(rng, 40), "sha").t("\n")


def n_status_log(rng, D, b):
    svc = rng.choice(["scheduler", "billing-batch", "sync-worker", "gateway", "report-gen"])
    lst = rng.randrange(4)
    for _ in range(rng.randint(5, 10)):
        b.x(log_ts(rng, lst), "logts")
        r = rng.randint(0, 5)
        lvl = rng.choice(["INFO", "WARN", "DEBUG", "ERROR"])
        b.t(f" {lvl} {svc}[{rng.randint(1000, 40000)}]: ")
        if r == 0:
            b.t("job ").x(uuid4(rng), "uuid").t(f" finished in {rng.randint(20, 9000)}ms status={rng.choice([200, 204, 500])}")
        elif r == 1:
            b.t(f"upstream db-primary-{rng.randint(1, 4)} responded {rng.choice([503, 504, 429])}; retry {rng.randint(1, 5)}/5")
        elif r == 2:
            b.t("loaded config revision ").x(sha(rng, 12), "sha").t(" (").x(version(rng), "version").t(")")
        elif r == 3:
            b.t(f"queue depth={rng.randint(0, 5000)} lag={rng.randint(0, 300)}s cpu={pct(rng)}")
        elif r == 4:
            b.t("heartbeat ts=").x(epoch(rng), "epoch").t(" node=").x(f"node-{rs(rng, LOWC + DIG, 5)}", "host")
        else:
            b.t("cert expires in ").t(f"{rng.randint(3, 90)} days").t("; renew ").x(rng.choice(RELATIVE), "rel")
        b.t("\n")


def n_inventory(rng, D, b):
    delim = rng.choice([",", "\t", ";"])
    b.t(delim.join(["sku", "description", "lot", "qty", "unit_price", "ref"]) + "\n")
    items = {"veterinary_clinic": ["Rabies vaccine 1ml", "Carprofen 75mg", "Suture 3-0", "E-collar L"],
             "insurance_claims": ["Claim envelopes", "Printer toner", "Binder clips", "Tablet stand"],
             "university_admissions": ["Viewbook 2025", "Campus map", "Lanyard", "Course catalog"],
             "hotel_front_desk": ["Key card blank", "Bath robe", "Minibar water", "Pillow mint"],
             "telecom_billing": ["SIM kit", "Router RX-5", "Fiber ONT", "Phone case"],
             "clinical_trials": ["IMP kit", "Centrifuge tube", "Dry ice 5kg", "ECG electrodes"],
             "property_leasing": ["Smoke detector", "Door lock", "HVAC filter", "Paint gallon"],
             "airline_customer_service": ["Amenity kit", "Bag tag roll", "Headset", "Blanket"]}[D.name]
    for _ in range(rng.randint(3, 7)):
        b.x(f"{rs(rng, UP, 3)}-{rs(rng, DIG, 5)}", "sku").t(delim + rng.choice(items) + delim).x(lot_no(rng), "lot")
        b.t(f"{delim}{rng.randint(1, 500)}{delim}{rng.randint(1, 400)}.{rng.randint(0, 99):02d}{delim}")
        r = rng.randint(0, 2)
        b.x(isbn13(rng) if r == 0 else tracking(rng) if r == 1 else order_no(rng), "ref")
        b.t("\n")


def n_faq(rng, D, b):
    prod = PRODUCTS[D.name]
    b.t(f"Frequently asked questions - {D.org}\n\n")
    b.t("Q: How long do refunds take?\nA: Refunds are processed within 5-7 business days. If you paid ")
    b.x(D.amt(), "amount").t(" or more, a supervisor approval may add ").x(rng.choice(["another day", "48 hours", "a week"]), "rel").t(".\n\n")
    b.t("Q: Can I use a gift card from ").x(rng.choice(BRANDS), "brand").t("?\nA: Not at this time.\n\n")
    b.t("Q: What should the message template look like?\nA: Use: \"Hello ").x(rng.choice(["<NAME>", "{{first_name}}", "%FIRST_NAME%", "[NAME]"]), "placeholder")
    b.t(", your request ").x(rng.choice(["{{ticket_id}}", "<ID>", "#____"]), "placeholder").t(" was received.\"\n\n")
    b.t(f"Q: Is {prod} down?\nA: Check the status page; uptime last quarter was {rng.randint(98, 99)}.{rng.randint(0, 99):02d}%.\n\n")
    b.t("Q: Why did I get error 403?\nA: Your session expired. Sign in again ").x(rng.choice(RELATIVE), "rel").t(".\n")


def n_redacted(rng, D, b):
    b.t(rng.choice(["REDACTED COPY - for training use\n\n", "Export (PII removed)\n\n", "Sanitized record\n\n"]))
    rows = [("Name", rng.choice(["[REDACTED]", "<NAME>", "[NAME]", "████████"])),
            ("SSN", rng.choice(["XXX-XX-XXXX", "***-**-****", "[REDACTED]"])),
            ("Test SSN", bad_ssn(rng)),
            ("Card", masked_card(rng)),
            ("Card (sandbox, invalid)", bad_card(rng)),
            ("Email", rng.choice(["{{customer_email}}", "[EMAIL REMOVED]", "$USER_EMAIL"])),
            ("Phone", rng.choice(["<PHONE>", "(XXX) XXX-XXXX", "[PHONE]"])),
            ("DOB", rng.choice(["[DOB REDACTED]", "XX/XX/XXXX", "<dob>"])),
            ("Address", rng.choice(["<ADDRESS>", "[ADDRESS REDACTED]"])),
            ("Record", uuid4(rng)), ("Exported", iso_ts(rng))]
    for k, v in rows:
        b.t(f"{k}: ").x(v, "placeholder").t("\n")
    b.t("\nNotes: ").x(rng.choice(["<patient_name>", "[PII]", "[NAME]"]), "placeholder").t(" called ").x(rng.choice(RELATIVE), "rel").t(" about ").t(D.issue()).t(".\n")


def n_placeholder_config(rng, D, b):
    b.t("# example configuration - copy to .env and fill in real values\n")
    lines = [("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE"), ("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
             ("STRIPE_SECRET_KEY", rng.choice(["sk_test_4eC39HqLyjWDarjtT1zdp7dc", "sk_live_XXXXXXXXXXXXXXXXXXXXXXXX"])),
             ("SLACK_BOT_TOKEN", rng.choice(["xoxb-your-token-here", "xoxb-XXXXXXXXXXXX-XXXXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXX"])),
             ("GITHUB_TOKEN", rng.choice(["ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<token>"])),
             ("DB_PASSWORD", rng.choice(["${DB_PASSWORD}", "<password>", "********", "REPLACE_ME"])),
             ("API_KEY", rng.choice(["your-api-key-here", "<your-api-key>", "TODO"])),
             ("JWT_SECRET", rng.choice(["changeme-in-prod", "$(cat /run/secrets/api_token)"])),
             ("LOG_LEVEL", rng.choice(["info", "debug"])), ("AWS_REGION", rng.choice(["us-east-1", "eu-west-2"])),
             ("TIMEOUT", rng.choice(["30", "5000"])), ("DEBUG", rng.choice(["true", "false"])), ("DB_USER", "admin")]
    rng.shuffle(lines)
    for k, v in lines[:rng.randint(6, len(lines))]:
        b.t(f"{k}=").x(v, "placeholder").t("\n")


def n_shipping(rng, D, b):
    b.t("Your order ").x(order_no(rng), "order").t(" has shipped!\n\n")
    b.t(f"Carrier: {rng.choice(['UPS', 'USPS', 'FedEx', 'DHL'])}\nTracking number: ").x(tracking(rng), "tracking").t("\n")
    b.t("Estimated delivery: ").x(rng.choice(["in 2-3 business days", "tomorrow by 8pm", "next week", "within 5 days"]), "rel").t("\n")
    b.t("Items: ").t(rng.choice(["1x router", "2x amenity kits", "1x welcome packet", "3x sample kits"])).t("\n")
    b.t("Total charged: ").x(D.amt(), "amount").t(" (incl. tax ").x(pct(rng), "pct").t(")\n")
    b.t("Invoice ").x(invoice_no(rng), "invoice").t(" will be emailed separately.\n")


def n_metrics(rng, D, b):
    b.t(f"### {PRODUCTS[D.name]} weekly metrics\n\n| endpoint | requests | p95 ms | errors | top status |\n|---|---|---|---|---|\n")
    for ep in rng.sample(["/login", "/search", "/export", "/pay", "/upload", "/status", "/webhook"], k=rng.randint(3, 5)):
        b.t(f"| {ep} | {rng.randint(1000, 900000):,} | {rng.randint(20, 2400)} | ").x(pct(rng), "pct").t(f" | {rng.choice([200, 201, 304, 401, 429, 500, 503])} |\n")
    b.t("\nDeployed ").x(version(rng), "version").t(" (").x(sha(rng, 7), "sha").t(") ").x(rng.choice(RELATIVE), "rel").t(".\n")


def n_brand_chat(rng, D, b):
    bot = rng.choice(["Aria", "Sage", "Max", "Nova", "Alexa"])
    b.t(f"{bot} (virtual assistant): Hi! I can help with bookings, bills and FAQs.\n")
    b.t("User: do you partner with ").x(rng.choice(BRANDS), "brand").t("?\n")
    b.t(f"{bot} (virtual assistant): We partner with ").x(rng.choice(BRANDS), "brand").t(" and ").x(rng.choice(BRANDS), "brand").t(f" - members save {pct(rng)}.\n")
    b.t("User: ok and when does the promo end\n")
    b.t(f"{bot} (virtual assistant): The offer ends ").x(rng.choice(RELATIVE), "rel").t(". Minimum spend is ").x(D.amt(), "amount").t(".\n")
    b.t("User: thanks\n")
    b.t(f"{bot} (virtual assistant): You're welcome! Ref ").x(ticket_no(rng), "ticket").t(".\n")


def n_test_fixtures(rng, D, b):
    b.t("QA fixture notes (sandbox only - none of these are real)\n\n")
    b.t("Invalid card numbers (fail Luhn):\n")
    for _ in range(rng.randint(2, 4)):
        b.t("  - ").x(bad_card(rng), "badcard").t("\n")
    b.t("Invalid SSNs (reserved ranges):\n")
    for _ in range(rng.randint(2, 3)):
        b.t("  - ").x(bad_ssn(rng), "badssn").t("\n")
    b.t("Device MACs: ").x(mac(rng), "mac").t(", ").x(mac(rng), "mac").t("\n")
    b.t("Fixture hash: ").x(sha(rng, 64), "hash").t("\nSeed UUID: ").x(uuid4(rng), "uuid").t("\n")
    b.t("Reference ISBN: ").x(isbn13(rng), "isbn").t("   Advisory: ").x(cve(rng), "cve").t("\n")
    b.t("Docs example key: ").x("AKIAIOSFODNN7EXAMPLE", "example").t("\n")


# ---------------------------------------------------------------------------
# Registry
# ---------------------------------------------------------------------------
GENERIC_TEMPLATES = [t_kv_form, t_web_form, t_json, t_csv, t_tsv, t_md_table, t_yaml_records, t_ocr, t_app_log,
                     t_agent_tool, t_chat, t_call, t_email, t_email_thread, t_sms, t_meeting, t_narrative, t_ticket,
                     t_llm_prompt, t_voicemail, t_incident, t_handover, t_letter, t_slack, t_code_review, t_stacktrace,
                     t_curl, t_audit, t_crm, t_feedback, t_reminder, t_receipt, t_intake, t_env, t_yaml_config,
                     t_bank_transfer, t_pw_reset, t_wrapup, t_multilingual, t_ci_log, t_secrets_json, t_payment_call]
SECRET_HEAVY = {t_env, t_yaml_config, t_code_review, t_curl, t_slack, t_ci_log, t_secrets_json, t_stacktrace}
GENERIC_WEIGHTS = [(t, 1.4 if t in SECRET_HEAVY else 1.0) for t in GENERIC_TEMPLATES]
DOMAIN_TEMPLATES = {"veterinary_clinic": t_vet_soap, "insurance_claims": t_ins_eob, "university_admissions": t_univ_summary,
                    "hotel_front_desk": t_hotel_regcard, "telecom_billing": t_telecom_bill, "clinical_trials": t_clin_ae,
                    "property_leasing": t_lease_app, "airline_customer_service": t_airline_itin}
NEGATIVE_TEMPLATES = [n_release_notes, n_status_log, n_inventory, n_faq, n_redacted, n_placeholder_config, n_shipping,
                      n_metrics, n_brand_chat, n_test_fixtures]
NEGATIVE_RATE = 0.15


# ---------------------------------------------------------------------------
# Self-check
# ---------------------------------------------------------------------------
class SelfCheckError(AssertionError):
    pass


RX_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
RX_URL = re.compile(r"https?://[^\s<>\"'`|\\)\],;]+")
RX_IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d]|\.\d)")
RX_SSN = re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])|(?<![\d ])\d{3} \d{2} \d{4}(?!\d)")
RX_CARD = re.compile(r"(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)")
RX_SECRETS = [re.compile(p) for p in (
    r"(?:AKIA|ASIA)[A-Z0-9]{16}", r"gh[pousr]_[A-Za-z0-9]{20,}", r"github_pat_[A-Za-z0-9_]{20,}",
    r"xox[abposr]-[A-Za-z0-9-]{8,}", r"[rs]k_(?:live|test)_[A-Za-z0-9]{8,}",
    r"eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}", r"-----BEGIN [A-Z ]*PRIVATE KEY-----")]
PLACEHOLDER_VALUES = set(EXAMPLE_SECRETS) | set(PLACEHOLDERS) | set(LOW_ENTROPY)


def phone_valid(v):
    d = re.sub(r"\D", "", v)
    if not re.fullmatch(r"[+(\d][\d ().-]*\d", v):
        return False
    if v.startswith("+") and not v.startswith("+1"):
        return 8 <= len(d) <= 15
    if len(d) == 11 and d[0] == "1":
        d = d[1:]
    return len(d) == 10 and int(d[:3]) in NANP_AREA and d[3] in "23456789"


def _b64json(part):
    try:
        return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))
    except Exception:
        return None


def validate(typ, v):
    if v != v.strip() or not v:
        return "whitespace"
    if typ == PER:
        return None if (re.fullmatch(r"[^\W\d_][^\d@/\\:;()<>\[\]{}]*", v) and len(v) < 70) else "person"
    if typ == EML:
        return None if RX_EMAIL.fullmatch(v) else "email"
    if typ == PHN:
        return None if phone_valid(v) else "phone"
    if typ == US_SSN:
        return None if ssn_valid(v) else "ssn"
    if typ == CC:
        d = re.sub(r"[ -]", "", v)
        return None if (d.isdigit() and luhn_ok(d) and card_brand_ok(d)) else "card"
    if typ == IBAN:
        return None if iban_valid(v) else "iban"
    if typ == IP:
        try:
            ipaddress.ip_address(v)
            return None
        except ValueError:
            return "ip"
    if typ in (DOB, DT):
        return None if (re.search(r"\d", v) and not re.search(r"\dT\d\d:", v) and len(v) < 50) else "date"
    if typ == LOC:
        return None if not re.search(r"\d", v) else "location"
    if typ == ADDR:
        return None if (re.search(r"\d", v) and len(v) > 10) else "address"
    if typ == URL:
        return None if re.fullmatch(r"https?://[^\s]+[^\s.,;:!?]", v) else "url"
    if typ in (MRN, HPN, ACCT, DL):
        return None if (re.fullmatch(r"[A-Z0-9][A-Z0-9 -]*[A-Z0-9]", v) and re.search(r"\d", v)) else "identifier"
    if typ == AWSK:
        return None if (re.fullmatch(r"(?:AKIA|ASIA)[A-Z2-7]{16}", v) and "EXAMPLE" not in v) else "awskey"
    if typ == AWSS:
        return None if (re.fullmatch(r"[A-Za-z0-9/+]{40}", v) and "EXAMPLE" not in v) else "awssecret"
    if typ == GHT:
        return None if re.fullmatch(r"gh[pos]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}", v) else "github"
    if typ == SLK:
        return None if re.fullmatch(r"xox[bp]-\d+-\d+(?:-\d+)?-[A-Za-z0-9]+", v) else "slack"
    if typ == STR:
        return None if (re.fullmatch(r"[rs]k_(?:live|test)_[A-Za-z0-9]{20,}", v) and v not in EXAMPLE_SECRETS) else "stripe"
    if typ == JWT:
        parts = v.split(".")
        if len(parts) == 3 and all(re.fullmatch(r"[A-Za-z0-9_-]+", x) for x in parts):
            h = _b64json(parts[0])
            if isinstance(h, dict) and "alg" in h and isinstance(_b64json(parts[1]), dict):
                return None
        return "jwt"
    if typ == PEM:
        return None if re.fullmatch(r"-----BEGIN ([A-Z ]*PRIVATE KEY)-----[\s\S]+-----END \1-----", v) else "pem"
    if typ == PWD:
        return None if (not re.search(r"\s", v) and len(v) >= 8 and v not in PLACEHOLDER_VALUES
                        and not v.startswith(("${", "<", "{{"))) else "password"
    if typ == GSEC:
        return None if (len(v) >= 20 and entropy(v) >= 3.0 and v not in PLACEHOLDER_VALUES) else "secret"
    return "unknown type"


def self_check(doc, negs, is_negative):
    text, ents = doc["text"], doc["entities"]
    errs = []
    prev = 0
    spans = []
    for e in ents:
        s, t, ty = e["start"], e["end"], e["type"]
        if ty not in ENTITY_TYPES:
            errs.append(f"bad type {ty}")
        if not (0 <= s < t <= len(text)):
            errs.append(f"bounds {e}")
            continue
        if s < prev:
            errs.append(f"overlap/order at {s}")
        prev = t
        why = validate(ty, text[s:t])
        if why:
            errs.append(f"invalid {ty} ({why}): {text[s:t]!r}")
        spans.append((s, t, ty))
    if is_negative and ents:
        errs.append("negative document has entities")
    if not is_negative and not ents:
        errs.append("positive document has no entities")
    for s, t, kind in negs:
        if any(a < t and s < z for a, z, _ in spans):
            errs.append(f"hard negative overlaps entity: {text[s:t]!r}")
        v = text[s:t]
        d = re.sub(r"[ -]", "", v)
        if d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d) and card_brand_ok(d):
            errs.append(f"hard negative is a valid card: {v!r}")
        if re.fullmatch(r"\d{3}[- ]\d{2}[- ]\d{4}", v) and ssn_valid(v):
            errs.append(f"hard negative is a valid SSN: {v!r}")
        if v.startswith(("AKIA", "ASIA")) and "EXAMPLE" not in v:
            errs.append(f"hard negative looks like live AWS key: {v!r}")
    allspans = [(s, t) for s, t, _ in spans] + [(s, t) for s, t, _ in negs]

    def covered(a, z):
        return any(s <= a and z <= t for s, t in allspans)

    ent_set = {(s, t, ty) for s, t, ty in spans}
    for m in RX_URL.finditer(text):
        u = m.group().rstrip(".,;:!?'\"")
        if (m.start(), m.start() + len(u), URL) not in ent_set:
            errs.append(f"unlabeled URL {u!r}")
    for m in RX_EMAIL.finditer(text):
        at = m.start() + m.group().index("@")
        if any(s <= at - 1 < t and ty in (PWD, GSEC) for s, t, ty in spans):
            continue  # user:password@host credential URL
        if (m.start(), m.end(), EML) not in ent_set and not covered(m.start(), m.end()):
            errs.append(f"unlabeled email {m.group()!r}")
    for m in RX_IPV4.finditer(text):
        if all(int(x) <= 255 for x in m.group().split(".")) and not covered(m.start(), m.end()):
            errs.append(f"unlabeled IPv4 {m.group()!r}")
    for m in RX_SSN.finditer(text):
        if not covered(m.start(), m.end()):
            errs.append(f"unlabeled SSN-shaped {m.group()!r}")
    for m in RX_CARD.finditer(text):
        groups = [(g.start() + m.start(), g.end() + m.start()) for g in re.finditer(r"\d+", m.group())]
        for gi in range(len(groups)):
            for gj in range(gi, len(groups)):
                a, z = groups[gi][0], groups[gj][1]
                d = re.sub(r"\D", "", text[a:z])
                if len(d) > 19:
                    break
                if len(d) < 13 or not (card_brand_ok(d) and luhn_ok(d)) or covered(a, z):
                    continue
                if any(s < z and a < t for s, t in allspans):
                    continue  # run straddles a labeled/negative span: not a standalone string
                errs.append(f"unlabeled card-shaped {text[a:z]!r}")
    for rx in RX_SECRETS:
        for m in rx.finditer(text):
            if not covered(m.start(), m.end()):
                errs.append(f"unlabeled secret-shaped {m.group()[:40]!r}")
    if errs:
        raise SelfCheckError(f"{doc['id']} ({doc['domain']}): " + "; ".join(errs[:6]))


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------
def build_document(i, seed=0):
    rng = random.Random(f"{seed}-{i}")
    domain = DOMAINS[i % len(DOMAINS)]
    D = Dom(domain, rng)
    b = Doc(crlf=rng.random() < 0.05)  # some documents come from Windows exports
    is_neg = rng.random() < NEGATIVE_RATE
    if is_neg:
        tpl = rng.choice(NEGATIVE_TEMPLATES)
    elif rng.random() < 0.15:
        tpl = DOMAIN_TEMPLATES[domain]
    else:
        tpl = wchoice(rng, GENERIC_WEIGHTS)
    tpl(rng, D, b)
    if not is_neg and not b.ents:  # extremely rare: sparse random schema; add a sign-off
        b.t("\n-- ").e(Persona(rng, domain).full, PER).t("\n")
    text = b.text()
    ents = [{"start": s, "end": t, "type": ty} for s, t, ty in sorted(b.ents)]
    doc = {"id": f"blind5-{seed}-{i:06d}", "domain": domain, "text": text, "entities": ents}
    self_check(doc, b.negs, is_neg)
    return doc


def generate(n, seed=0):
    """Yield n labeled documents; document i uses random.Random(f"{seed}-{i}")."""
    for i in range(n):
        yield build_document(i, seed)


def main(argv=None):
    ap = argparse.ArgumentParser(description="Generate the blind5 synthetic PII/PHI/secret corpus (JSONL).")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output", default="-", help="output JSONL path, or - for stdout")
    args = ap.parse_args(argv)
    t0 = time.time()
    by_type = {t: 0 for t in ENTITY_TYPES}
    by_domain = {d: 0 for d in DOMAINS}
    negatives = 0
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    try:
        for doc in generate(args.n, args.seed):
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
            by_domain[doc["domain"]] += 1
            if not doc["entities"]:
                negatives += 1
            for e in doc["entities"]:
                by_type[e["type"]] += 1
    finally:
        if out is not sys.stdout:
            out.close()
    summary = {"documents": args.n, "seed": args.seed, "negative_documents": negatives,
               "entities": sum(by_type.values()), "by_type": by_type, "by_domain": by_domain,
               "self_check": "passed", "seconds": round(time.time() - t0, 2)}
    print(json.dumps(summary, indent=2), file=sys.stderr)


if __name__ == "__main__":
    main()
