#!/usr/bin/env python3.11
"""Blind synthetic PII / PHI / secret corpus generator (blind8).

Standard library only.  Every document i is produced from its own
random.Random(f"{seed}-{i}") so any document can be regenerated alone.

    python3.11 corpus_blind8.py --n 1000 --seed 0 --output out.jsonl
"""
from __future__ import annotations

import argparse
import base64
import datetime as _dt
import ipaddress
import json
import random
import re
import string
import sys
import time
import unicodedata

ENTITY_TYPES = [
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "CREDIT_CARD",
    "IBAN_CODE", "IP_ADDRESS", "DATE_OF_BIRTH", "DATE_TIME", "LOCATION",
    "ADDRESS", "URL", "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER",
    "ACCOUNT_NUMBER", "DRIVER_LICENSE", "AWS_ACCESS_KEY", "AWS_SECRET_KEY",
    "GITHUB_TOKEN", "SLACK_TOKEN", "STRIPE_KEY", "JWT", "PRIVATE_KEY",
    "PASSWORD", "GENERIC_SECRET",
]

DOMAINS = [
    "fertility_clinic", "auto_insurance", "municipal_utilities",
    "charity_donations", "event_ticketing", "home_care_nursing",
    "crypto_exchange_support", "immigration_law_firm",
]


def _L(s):
    out, seen = [], set()
    for x in s.replace("\n", ",").split(","):
        x = x.strip()
        if x and x not in seen:
            seen.add(x)
            out.append(x)
    return out


# --------------------------------------------------------------------------
# lexicon: given names (hand written, globally mixed)
# --------------------------------------------------------------------------
GIVEN_NAMES = _L("""
James, Mary, Robert, Patricia, John, Jennifer, Michael, Linda, David, Elizabeth,
William, Barbara, Richard, Susan, Joseph, Jessica, Thomas, Sarah, Christopher, Karen,
Daniel, Lisa, Matthew, Nancy, Anthony, Betty, Mark, Sandra, Donald, Ashley, Steven,
Kimberly, Andrew, Emily, Paul, Donna, Joshua, Michelle, Kenneth, Carol, Kevin, Amanda,
Brian, Melissa, George, Deborah, Timothy, Stephanie, Ronald, Rebecca, Jason, Sharon,
Edward, Laura, Jeffrey, Cynthia, Ryan, Dorothy, Jacob, Amy, Gary, Kathleen, Nicholas,
Angela, Eric, Shirley, Jonathan, Emma, Stephen, Brenda, Larry, Pamela, Justin, Nicole,
Scott, Anna, Brandon, Samantha, Benjamin, Katherine, Samuel, Christine, Gregory, Debra,
Alexander, Rachel, Patrick, Carolyn, Frank, Janet, Raymond, Olivia, Dennis, Heather,
Jerry, Helen, Tyler, Catherine, Aaron, Diane, Adam, Victoria, Nathan, Joyce, Henry,
Lauren, Zachary, Kelly, Douglas, Christina, Peter, Ruth, Kyle, Joan, Noah, Virginia,
Ethan, Judith, Walter, Hannah, Keith, Megan, Roger, Cheryl, Terry, Jacqueline, Austin,
Madison, Sean, Teresa, Gerald, Abigail, Carl, Sophia, Harold, Martha, Dylan, Gloria,
Lawrence, Janice, Jordan, Kathryn, Jesse, Bryan, Judy, Bruce, Charlotte, Gabriel, Grace,
Logan, Amber, Alan, Alice, Albert, Denise, Willie, Frances, Elijah, Danielle, Wayne,
Marilyn, Randy, Natalie, Vincent, Beverly, Mason, Diana, Roy, Brittany, Ralph, Theresa,
Bobby, Kayla, Russell, Alexis, Bradley, Doris, Philip, Lori, Eugene, Tiffany, Hope, Faith,
Joy, Dawn, Rose, Summer, Will, Chase, Hunter, Hazel, Ivy, Autumn, Brooke, Reed, Colin,
Fiona, Nigel, Graham, Siobhan, Callum, Niamh, Rhys, Ewan, Aled, Gwen, Declan, Aoife,
Connor, Mackenzie, Tristan, Brody, Chantal, Geneviève, Mathieu, Étienne, Maxime, Penny,
Sandy, Bill, Pat, Earl, Jade, Crystal, Destiny, Precious, Cliff, Misty, Rusty, Sunny,
Abubakar, Aminu, Bello, Garba, Hauwa, Zainab, Aisha, Habiba, Sani, Usman, Ladi, Hadiza,
Musa, Danladi, Kabiru, Binta, Adebayo, Folake, Chinedu, Ngozi, Emeka, Oluwaseun,
Chiamaka, Tunde, Yetunde, Ifeoma, Sipho, Thandiwe, Themba, Nomvula, Bongani, Lindiwe,
Sibusiso, Nokuthula, Mandla, Zanele, Lwazi, Nandi, Ayanda, Abdirahman, Hodan, Faadumo,
Ayaan, Mohamed, Hamdi, Sahra, Abdullahi, Ifrah, Farhiya, Guled, Wanjiru, Kamau, Achieng,
Otieno, Njeri, Baraka, Zawadi, Amani, Tigist, Abebe, Selam, Dawit, Meron, Yonas,
Gurpreet, Harpreet, Manpreet, Jaspreet, Simranjit, Amarjit, Baljit, Navdeep, Harjot,
Kulwinder, Rajveer, Jasleen, Priya, Arjun, Ananya, Rohan, Kavya, Vikram, Sneha, Aditya,
Deepika, Rahul, Lakshmi, Venkatesh, Meenakshi, Suresh, Nimal, Kumari, Chaminda, Dilani,
Tharindu, Sachini, Ruwan, Nadeesha, Kasun, Ishara, Lahiru, Sanduni, Bishnu, Sita,
Prakash, Sunita, Ramesh, Sabina, Dipendra, Anjali, Suman, Pemba, Laxmi, Bikash, Aung,
Thiri, Min, Khin, Zaw, Nilar, Htet, Su, Kyaw, Myat, Thandar, Phyo, Sokha, Chanthy, Vannak,
Sreymom, Dara, Bopha, Rithy, Sophea, Visal, Kunthea, Ahmad, Nurul, Siti, Faizal, Hafiz,
Azlina, Zulkifli, Aishah, Syafiq, Farah, Izzati, Haziq, Bat-Erdene, Oyunchimeg, Ganbaatar,
Enkhjargal, Tsetseg, Bolormaa, Temuulen, Munkhbat, Sarangerel, Batbayar, Nursultan,
Aigerim, Yerlan, Dana, Askar, Gulnara, Dauren, Madina, Arman, Zhanar, Bauyrzhan, Aizhan,
Giorgi, Nino, Levan, Tamar, Davit, Mariam, Irakli, Salome, Zurab, Ketevan, Lasha, Eka,
Aram, Anahit, Tigran, Lusine, Hovhannes, Armine, Narek, Gayane, Vardan, Siranush, Ashot,
Hasmik, Jiří, Tereza, Tomáš, Lucie, Ondřej, Kateřina, Petr, Veronika, Jakub, Markéta,
Vojtěch, Zuzana, Ivan, Ana, Luka, Marija, Matej, Petra, Ante, Ivana, Josip, Mia, Stjepan,
Dubravka, Iker, Ane, Unai, Miren, Aitor, Nerea, Gorka, Amaia, Asier, Itziar, Jon, Leire,
Jordi, Montserrat, Pau, Núria, Arnau, Mireia, Oriol, Laia, Marc, Meritxell, Joan, Roser,
Catalina, Benjamín, Constanza, Matías, Javiera, Vicente, Francisca, Tomás, Valentina,
Cristóbal, Fernanda, Agustín, Yusmary, Yorman, Daniela, Luis, Génesis, Wilmer, Mariangel,
José, Yelitza, Carlos, Maryori, Jhonny, Jean-Baptiste, Marie-Claire, Wilner, Nadège,
Fritznel, Guerline, Jean-Robert, Mirlande, Ricardo, Widlyne, Frantz, Roseline, Josefa,
Litia, Viliame, Semisi, Salote, Tevita, Losana, Sefanaia, Vasiti, Jone, Akanisi, Mere,
Linh, Minh, Thao, Duc, Huong, Quang, Wei, Jing, Hao, Xiaoling, Yi, Zhen, Haruto, Yui, Sota,
Aoi, Ren, Sakura, Jiwoo, Seo-yeon, Minjun, Hyun-woo, Eunji, Dong-hyun, Omar, Layla, Yusuf,
Fatima, Khalid, Noor, Tariq, Amira, Emre, Elif, Burak, Zeynep, Krzysztof, Agnieszka,
Małgorzata, Wojciech, Maricel, Jericho, Rowena, Jomar, João, Thiago, Larissa, Bruna,
Dariush, Shirin, Parisa, Kourosh, Sione, Malia, Sigrid, Magnus, Astrid, Lars, Eleni,
Dimitris, Giannis, Noa, Eitan, Kwame, Ama, Kofi, Efua, Mamadou, Aminata, Ousmane, Fatou
""")

SURNAMES = _L("""
Smith, Johnson, Williams, Brown, Jones, Garcia, Miller, Davis, Rodriguez, Martinez,
Hernandez, Lopez, Gonzalez, Wilson, Anderson, Thomas, Taylor, Moore, Jackson, Martin,
Lee, Perez, Thompson, White, Harris, Sanchez, Clark, Ramirez, Lewis, Robinson, Walker,
Young, Allen, King, Wright, Scott, Torres, Nguyen, Hill, Flores, Green, Adams, Nelson,
Baker, Hall, Rivera, Campbell, Mitchell, Carter, Roberts, Gomez, Phillips, Evans, Turner,
Diaz, Parker, Cruz, Edwards, Collins, Reyes, Stewart, Morris, Morales, Murphy, Cook,
Rogers, Gutierrez, Ortiz, Morgan, Cooper, Peterson, Bailey, Reed, Kelly, Howard, Ramos,
Kim, Cox, Ward, Richardson, Watson, Brooks, Chavez, Wood, James, Bennett, Gray, Mendoza,
Ruiz, Hughes, Price, Alvarez, Castillo, Sanders, Patel, Myers, Long, Ross, Foster,
Jimenez, Powell, Jenkins, Perry, Russell, Sullivan, Bell, Coleman, Butler, Henderson,
Barnes, Fisher, Vasquez, Simmons, Graham, Marshall, Owens, Harrison, Fernandez, McDonald,
Woods, Washington, Kennedy, Wells, Vargas, Henry, Chen, Freeman, Webb, Tucker, Guzman,
Burns, Crawford, Olson, Simpson, Porter, Hunter, Gordon, Mendez, Silva, Shaw, Snyder,
Mason, Dixon, Hunt, Hicks, Holmes, Palmer, Wagner, Black, Robertson, Boyd, Rose, Stone,
Salazar, Fox, Warren, Mills, Meyer, Rice, Schmidt, Garza, Daniels, Ferguson, Nichols,
Stephens, Soto, Weaver, Ryan, Gardner, Payne, Grant, Dunn, Spencer, Hawkins, Arnold,
Pierce, Hansen, Peters, Santos, Hart, Bradley, Knight, Elliott, Cunningham, Duncan,
Armstrong, Hudson, Carroll, Lane, Riley, Andrews, Ray, Berry, Perkins, Hoffman, Johnston,
Matthews, Richards, Willis, Carpenter, Lawrence, Sandoval, Pemberton, Ashworth,
Whitfield, Hargreaves, Oakley, Fairbanks, Thistlewood, Blackwood, Llewellyn, Pritchard,
Vaughan, MacLeod, McAllister, Fraser, Sinclair, Buchanan, O'Connor, O'Sullivan,
Fitzgerald, Gallagher, Byrne, Kavanagh, Tremblay, Gagnon, Côté, Bouchard, Gauthier,
Morin, Lavoie, Fortin, Gagné, Ouellet, Pelletier, Ibrahim, Yakubu, Danjuma, Aliyu, Bala,
Suleiman, Shehu, Gambo, Tanko, Dikko, Maikudi, Adeyemi, Okafor, Okonkwo, Balogun,
Oyelaran, Nwosu, Eze, Ogunleye, Chukwu, Dlamini, Nkosi, Ndlovu, Zulu, Mthembu, Khumalo,
Ngcobo, Buthelezi, Mkhize, Cele, Shabalala, Zungu, Mahlangu, Warsame, Farah, Hassan,
Abdi, Jama, Osman, Yusuf, Mohamud, Aden, Hirsi, Nur, Egal, Mwangi, Odhiambo, Kariuki,
Wafula, Chebet, Kiprop, Njoroge, Ochieng, Tesfaye, Bekele, Haile, Girma, Alemu, Singh,
Kaur, Sandhu, Gill, Dhillon, Sidhu, Grewal, Brar, Bains, Randhawa, Sekhon, Johal, Sharma,
Iyer, Reddy, Nair, Menon, Gupta, Krishnan, Bhattacharya, Chatterjee, Rao, Desai, Joshi,
Perera, Fernando, Jayasuriya, Wickramasinghe, Bandara, Dissanayake, Gunawardena,
Herath, Senanayake, Ratnayake, Kumarasinghe, Shrestha, Gurung, Tamang, Thapa, Rai, Magar,
Adhikari, Sherpa, Bhandari, Karki, Poudel, Limbu, Htun, Win, Oo, Myint, Naing, Thein, Lwin,
Soe, Moe, Maung, Sok, Chea, Keo, Meas, Heng, Prak, Chhun, Phan, Ouk, Nhem, bin Ismail,
binti Rahman, bin Hassan, binti Yusof, Tan, Lim, Wong, Ong, Teo, Batbold, Ganbold, Dorj,
Sükhbaatar, Tserendorj, Enkhbayar, Purevdorj, Altankhuyag, Bayarsaikhan, Naranbaatar,
Nurlanov, Seitkali, Zhakupov, Abenova, Kassymov, Tokayeva, Akhmetov, Serikbayev, Omarova,
Baimukhamedov, Dzhaksybekov, Iskakova, Beridze, Kapanadze, Gelashvili, Maisuradze,
Giorgadze, Lomidze, Tsiklauri, Kvaratskhelia, Chkheidze, Javakhishvili, Mamardashvili,
Abashidze, Petrosyan, Hovhannisyan, Harutyunyan, Sargsyan, Grigoryan, Khachatryan,
Avetisyan, Karapetyan, Mkrtchyan, Vardanyan, Gevorgyan, Manukyan, Novák, Svoboda, Dvořák,
Černý, Procházka, Kučera, Veselý, Horák, Němec, Pokorný, Marek, Pospíšil, Horvat,
Kovačević, Babić, Marić, Jurić, Novak, Knežević, Vuković, Marković, Petrović, Tomić,
Perić, Etxeberria, Goikoetxea, Aguirre, Urrutia, Zubizarreta, Arrieta, Ibarra, Elizondo,
Mendizabal, Olabarria, Larrañaga, Gorostiaga, Puig, Ferrer, Vilanova, Soler, Roca,
Casals, Serra, Pujol, Riera, Bosch, Vidal, Font, Muñoz, Rojas, Contreras, Sepúlveda,
Fuentes, Valenzuela, Araya, Espinoza, Tapia, Figueroa, Cárdenas, Bustos, Guerrero, Rondón,
Briceño, Colmenares, Parra, Villalobos, Mogollón, Barrios, Salcedo, Urdaneta, Pacheco,
Zambrano, Jean-Louis, Pierre, Joseph, Baptiste, Saint-Fleur, Charles, Dorsainvil,
Louissaint, Désir, Augustin, Célestin, Estimé, Naidu, Ratuvou, Waqa, Nawalowalo, Qarase,
Vunibaka, Koroi, Delai, Tikoisuva, Lesuma, Nguyễn, Trần, Lê, Phạm, Hoàng, Vũ, Wang, Zhang,
Liu, Huang, Zhao, Xu, Sato, Suzuki, Takahashi, Tanaka, Watanabe, Yamamoto, Park, Choi,
Jung, Kang, Yoon, Al-Farsi, Haddad, Khoury, Mansour, Nasser, Saleh, Yılmaz, Kaya, Demir,
Şahin, Kowalski, Nowak, Wiśniewska, Zieliński, Dela Cruz, Bautista, Villanueva, Oliveira,
Souza, Pereira, Carvalho, Hosseini, Karimi, Rahimi, Moradi, van der Berg, de Vries,
Jansen, Bakker, Müller, Schneider, Fischer, Weber, Johansson, Lindqvist, Andersen, Haugen,
Papadopoulos, Georgiou, Nikolaidis, Mensah, Owusu, Diallo, Ndiaye, Traoré
""")

# --------------------------------------------------------------------------
# places
# --------------------------------------------------------------------------
US_CITIES = [tuple(x.split("|")) for x in _L("""
New York|NY|100, Brooklyn|NY|112, Buffalo|NY|142, Rochester|NY|146, Los Angeles|CA|900,
San Diego|CA|921, San Jose|CA|951, Fresno|CA|937, Oakland|CA|946, Sacramento|CA|958,
Chicago|IL|606, Springfield|IL|627, Houston|TX|770, Austin|TX|787, Dallas|TX|752,
El Paso|TX|799, San Antonio|TX|782, Phoenix|AZ|850, Tucson|AZ|857, Philadelphia|PA|191,
Pittsburgh|PA|152, Columbus|OH|432, Cleveland|OH|441, Indianapolis|IN|462,
Charlotte|NC|282, Raleigh|NC|276, Seattle|WA|981, Spokane|WA|992, Denver|CO|802,
Boulder|CO|803, Boston|MA|021, Worcester|MA|016, Nashville|TN|372, Memphis|TN|381,
Detroit|MI|482, Grand Rapids|MI|495, Portland|OR|972, Eugene|OR|974, Las Vegas|NV|891,
Reno|NV|895, Baltimore|MD|212, Milwaukee|WI|532, Madison|WI|537, Albuquerque|NM|871,
Atlanta|GA|303, Savannah|GA|314, Miami|FL|331, Orlando|FL|328, Tampa|FL|336,
Minneapolis|MN|554, St. Paul|MN|551, New Orleans|LA|701, Omaha|NE|681, Lincoln|NE|685,
Honolulu|HI|968, Anchorage|AK|995, Salt Lake City|UT|841, Boise|ID|837, Des Moines|IA|503,
Louisville|KY|402, Richmond|VA|232, Burlington|VT|054, Providence|RI|029, Hartford|CT|061,
Newark|NJ|071, Jersey City|NJ|073, Kansas City|MO|641, St. Louis|MO|631,
Birmingham|AL|352, Little Rock|AR|722, Oklahoma City|OK|731, Tulsa|OK|741,
Wichita|KS|672, Charleston|SC|294, Fargo|ND|581, Sioux Falls|SD|571, Cheyenne|WY|820,
Billings|MT|591, Portland|ME|041, Wilmington|DE|198, Washington|DC|200, Lewiston|ME|042,
Minot|ND|587, Dearborn|MI|481, Hialeah|FL|330, Fresno|CA|937, Yakima|WA|989
""")]

US_STATES = _L("""
Alabama, Alaska, Arizona, Arkansas, California, Colorado, Connecticut, Delaware, Florida,
Georgia, Hawaii, Idaho, Illinois, Indiana, Iowa, Kansas, Kentucky, Louisiana, Maine,
Maryland, Massachusetts, Michigan, Minnesota, Mississippi, Missouri, Montana, Nebraska,
Nevada, New Hampshire, New Jersey, New Mexico, New York State, North Carolina,
North Dakota, Ohio, Oklahoma, Oregon, Pennsylvania, Rhode Island, South Carolina,
South Dakota, Tennessee, Texas, Utah, Vermont, Virginia, Washington State, West Virginia,
Wisconsin, Wyoming
""")

WORLD_CITIES = [tuple(x.split("|")) for x in _L("""
London|United Kingdom, Manchester|United Kingdom, Leeds|United Kingdom,
Bristol|United Kingdom, Cardiff|United Kingdom, Glasgow|United Kingdom,
Edinburgh|United Kingdom, Belfast|United Kingdom, Toronto|Canada, Montréal|Canada,
Vancouver|Canada, Calgary|Canada, Halifax|Canada, Winnipeg|Canada, Ottawa|Canada,
Kano|Nigeria, Kaduna|Nigeria, Zaria|Nigeria, Sokoto|Nigeria, Lagos|Nigeria, Abuja|Nigeria,
Ibadan|Nigeria, Enugu|Nigeria, Port Harcourt|Nigeria, Durban|South Africa,
Johannesburg|South Africa, Soweto|South Africa, Pietermaritzburg|South Africa,
Cape Town|South Africa, Pretoria|South Africa, Mogadishu|Somalia, Hargeisa|Somalia,
Kismayo|Somalia, Bosaso|Somalia, Baidoa|Somalia, Nairobi|Kenya, Mombasa|Kenya,
Kisumu|Kenya, Eldoret|Kenya, Addis Ababa|Ethiopia, Accra|Ghana, Kumasi|Ghana,
Dakar|Senegal, Kampala|Uganda, Kigali|Rwanda, Dar es Salaam|Tanzania, Cairo|Egypt,
Casablanca|Morocco, Tunis|Tunisia, Amritsar|India, Ludhiana|India, Jalandhar|India,
Patiala|India, Chandigarh|India, Mumbai|India, Delhi|India, Bengaluru|India,
Chennai|India, Kolkata|India, Hyderabad|India, Pune|India, Jaipur|India, Kochi|India,
Lahore|Pakistan, Karachi|Pakistan, Islamabad|Pakistan, Faisalabad|Pakistan,
Colombo|Sri Lanka, Kandy|Sri Lanka, Galle|Sri Lanka, Jaffna|Sri Lanka,
Negombo|Sri Lanka, Kathmandu|Nepal, Pokhara|Nepal, Lalitpur|Nepal, Biratnagar|Nepal,
Bharatpur|Nepal, Yangon|Myanmar, Mandalay|Myanmar, Naypyidaw|Myanmar, Bago|Myanmar,
Mawlamyine|Myanmar, Phnom Penh|Cambodia, Siem Reap|Cambodia, Battambang|Cambodia,
Kampot|Cambodia, Sihanoukville|Cambodia, Kuala Lumpur|Malaysia, George Town|Malaysia,
Ipoh|Malaysia, Johor Bahru|Malaysia, Kota Kinabalu|Malaysia, Kuching|Malaysia,
Shah Alam|Malaysia, Ulaanbaatar|Mongolia, Erdenet|Mongolia, Darkhan|Mongolia,
Almaty|Kazakhstan, Astana|Kazakhstan, Shymkent|Kazakhstan, Karaganda|Kazakhstan,
Aktobe|Kazakhstan, Tbilisi|Georgia, Batumi|Georgia, Kutaisi|Georgia, Rustavi|Georgia,
Yerevan|Armenia, Gyumri|Armenia, Vanadzor|Armenia, Prague|Czechia, Brno|Czechia,
Ostrava|Czechia, Plzeň|Czechia, Olomouc|Czechia, Zagreb|Croatia, Split|Croatia,
Rijeka|Croatia, Osijek|Croatia, Zadar|Croatia, Dubrovnik|Croatia, Bilbao|Spain,
Donostia-San Sebastián|Spain, Vitoria-Gasteiz|Spain, Pamplona|Spain, Barcelona|Spain,
Girona|Spain, Tarragona|Spain, Lleida|Spain, Madrid|Spain, Seville|Spain,
Santiago|Chile, Valparaíso|Chile, Concepción|Chile, Antofagasta|Chile, Temuco|Chile,
Puerto Montt|Chile, Caracas|Venezuela, Maracaibo|Venezuela, Valencia|Venezuela,
Barquisimeto|Venezuela, Mérida|Venezuela, Maracay|Venezuela, Port-au-Prince|Haiti,
Cap-Haïtien|Haiti, Jacmel|Haiti, Gonaïves|Haiti, Les Cayes|Haiti, Suva|Fiji, Nadi|Fiji,
Lautoka|Fiji, Labasa|Fiji, Berlin|Germany, Hamburg|Germany, Munich|Germany,
Cologne|Germany, Frankfurt|Germany, Leipzig|Germany, Paris|France, Lyon|France,
Marseille|France, Toulouse|France, Lille|France, Nantes|France, Amsterdam|Netherlands,
Rotterdam|Netherlands, Utrecht|Netherlands, Lisbon|Portugal, Porto|Portugal,
Rome|Italy, Milan|Italy, Naples|Italy, Warsaw|Poland, Kraków|Poland, Stockholm|Sweden,
Oslo|Norway, Copenhagen|Denmark, Helsinki|Finland, Dublin|Ireland, Cork|Ireland,
Athens|Greece, Istanbul|Turkey, Ankara|Turkey, Tehran|Iran, Dubai|United Arab Emirates,
Riyadh|Saudi Arabia, Amman|Jordan, Beirut|Lebanon, Tokyo|Japan, Osaka|Japan,
Sapporo|Japan, Seoul|South Korea, Busan|South Korea, Beijing|China, Shanghai|China,
Chengdu|China, Guangzhou|China, Hanoi|Vietnam, Ho Chi Minh City|Vietnam, Da Nang|Vietnam,
Manila|Philippines, Cebu City|Philippines, Davao City|Philippines, Jakarta|Indonesia,
Surabaya|Indonesia, Bangkok|Thailand, Chiang Mai|Thailand, Dhaka|Bangladesh,
Sydney|Australia, Melbourne|Australia, Brisbane|Australia, Perth|Australia,
Adelaide|Australia, Auckland|New Zealand, Wellington|New Zealand, Mexico City|Mexico,
Guadalajara|Mexico, Monterrey|Mexico, Bogotá|Colombia, Medellín|Colombia, Lima|Peru,
Buenos Aires|Argentina, São Paulo|Brazil, Rio de Janeiro|Brazil, Kingston|Jamaica,
Santo Domingo|Dominican Republic, Havana|Cuba, Apia|Samoa, Reykjavík|Iceland
""")]

REGIONS = _L("""
Catalonia, Basque Country, Navarre, Andalusia, Punjab, Kerala, Tamil Nadu, Maharashtra,
KwaZulu-Natal, Gauteng, Eastern Cape, Western Cape, Bavaria, Saxony, Brittany, Provence,
Ontario, Quebec, British Columbia, Alberta, Nova Scotia, Manitoba, Patagonia, Araucanía,
Zulia, Lombardy, Tuscany, Scotland, Wales, Northern Ireland, Yorkshire, Cornwall, Bohemia,
Moravia, Dalmatia, Istria, Slavonia, Kakheti, Adjara, Imereti, Syunik, Shirak, Sabah,
Sarawak, Selangor, Penang, Shan State, Bagmati Province, Gandaki Province, Koshi Province,
Kano State, Lagos State, Borno State, Puntland, Somaliland, Jubaland, Rift Valley,
Viti Levu, Vanua Levu, Almaty Region, Mangystau, Khövsgöl, Gobi-Altai, Siem Reap Province,
Western Province, Central Highlands, Artibonite, Grand'Anse, Mérida State, Valparaíso Region
""")

COUNTRIES = _L("""
United States, Canada, Mexico, United Kingdom, Ireland, Nigeria, Niger, Ghana,
South Africa, Zimbabwe, Somalia, Ethiopia, Kenya, Eritrea, Djibouti, Sudan, India,
Pakistan, Bangladesh, Sri Lanka, Nepal, Bhutan, Myanmar, Cambodia, Laos, Thailand,
Vietnam, Malaysia, Indonesia, Philippines, Mongolia, Kazakhstan, Kyrgyzstan, Uzbekistan,
Georgia, Armenia, Azerbaijan, Czechia, Slovakia, Croatia, Serbia, Bosnia and Herzegovina,
Slovenia, Spain, Andorra, France, Portugal, Chile, Argentina, Peru, Venezuela, Colombia,
Ecuador, Haiti, Dominican Republic, Jamaica, Fiji, Samoa, Tonga, Papua New Guinea,
Germany, Netherlands, Poland, Ukraine, Turkey, Iran, Iraq, Syria, Lebanon, Egypt,
Morocco, China, Japan, South Korea, Australia, New Zealand, Brazil, Cuba, Honduras,
Guatemala, El Salvador, Senegal, Mali, Uganda, Rwanda
""")

US_AREA = set(_L("""
201,202,203,205,206,207,208,209,210,212,213,214,215,216,217,218,219,224,225,228,229,231,
234,239,240,248,251,252,253,254,256,260,262,267,269,270,276,281,301,302,303,304,305,307,
308,309,310,312,313,314,315,316,317,318,319,320,321,323,325,330,334,336,337,339,347,351,
352,360,361,385,386,401,402,404,405,406,407,408,409,410,412,413,414,415,417,419,423,424,
425,430,432,434,435,440,443,469,478,479,480,484,501,502,503,504,505,507,508,509,510,512,
513,515,516,517,518,520,530,540,541,551,559,561,562,563,567,570,571,573,574,580,585,586,
601,602,603,605,606,607,608,609,610,612,614,615,616,617,618,619,620,623,626,630,631,636,
641,646,650,651,660,661,662,678,682,701,702,703,704,706,707,708,712,713,714,715,716,717,
718,719,720,724,727,731,732,734,740,754,757,760,763,765,770,772,773,774,775,781,785,786,
801,802,803,804,805,806,808,810,812,813,814,815,816,817,818,828,830,831,832,843,845,847,
848,850,856,857,858,859,860,862,863,864,865,870,901,903,904,906,907,908,909,910,912,913,
914,915,916,917,918,919,920,925,928,931,936,937,940,941,947,949,951,952,954,956,970,971,
972,973,978,979,980,984,985,989
"""))
US_AREA_LIST = sorted(US_AREA)

US_STREETS = _L("""
Maple, Oak, Cedar, Elm, Pine, Washington, Lincoln, Jefferson, Main, Park, Lakeview,
Sunset, Highland, Willow, Chestnut, Walnut, Hillcrest, Ridge, Church, Mill, River, Spring,
Meadow, Prospect, Franklin, Madison, Grant, Cherry, Magnolia, Dogwood, Sycamore, Birch,
Aspen, Juniper, Cypress, Peachtree, Bayshore, Canyon, Mesa, Orchard, Harbor, Bluebonnet,
Prairie, Fairview, Kingsley, Greenwood, Evergreen, 42nd, 3rd, 5th, 17th, 101st,
Martin Luther King Jr, Cesar Chavez, Arlington, Beacon, Bridge, Clover, Delmar, Foothill
""")
US_SUFFIX = _L("St, Street, Ave, Avenue, Blvd, Rd, Road, Dr, Drive, Ln, Lane, Ct, Way, Pl, Terrace, Circle, Pkwy")

# business/brand/venue names that contain person-like names (hard negatives)
FOOD_BRANDS = _L("""
Ben & Jerry's, Tim Hortons, Trader Joe's, Wendy's, McDonald's, Kellogg's, Baskin-Robbins, Jimmy John's,
Ruth's Chris Steak House, Papa John's, Dunkin', Chuck E. Cheese, Sainsbury's, Marks & Spencer
""")
RETAIL_BRANDS = _L("""
Dr. Martens, Philips, Ralph Lauren, Calvin Klein, Louis Vuitton, Ray-Ban, Tommy Hilfiger, Tiffany & Co.,
Dell, Martha Stewart Living, Paul Mitchell, John Deere, Harley-Davidson, Johnson & Johnson
""")
BRANDS = _L("""
Wells Fargo, Ben & Jerry's, Johnson & Johnson, Dr. Martens, Tim Hortons, Jack Daniel's,
Ronald McDonald House, Trader Joe's, Wendy's, McDonald's, Dell, Philips, Ralph Lauren,
Kellogg's, Calvin Klein, Harley-Davidson, Mercedes-Benz, Louis Vuitton, Charles Schwab,
Edward Jones, Morgan Stanley, Goldman Sachs, Marks & Spencer, Sainsbury's, Lloyds Bank,
Mayo Clinic, Johns Hopkins, Cedars-Sinai, Ray-Ban, John Deere, Baskin-Robbins,
Jimmy John's, Chuck E. Cheese, Ruth's Chris Steak House, Hilton Garden Inn, Marriott,
Walt Disney World, Martha Stewart Living, Paul Mitchell, Tommy Hilfiger, Tiffany & Co.,
Papa John's, Dunkin', Wrigley Field, Ford Explorer, Lincoln Navigator, Dodge Ram
""")
VENUES = _L("""
Madison Square Garden, Royal Albert Hall, Carnegie Hall, Rogers Arena, Wembley Stadium,
Red Rocks Amphitheatre, Walt Disney Concert Hall, Hollywood Bowl, O2 Academy Brixton,
Scotiabank Arena, Lincoln Center, Radio City Music Hall, Sydney Opera House,
Ryman Auditorium, Fillmore West, Massey Hall, Palau Sant Jordi
""")

# --------------------------------------------------------------------------
# low-level random helpers
# --------------------------------------------------------------------------
UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64U = string.ascii_letters + string.digits + "-_"


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def dg(r, n):
    return "".join(r.choice(DG) for _ in range(n))


def nz(r, n):  # n digits, first non-zero
    return r.choice("123456789") + dg(r, n - 1)


def fold(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", s.lower())


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return str(n) + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def rand_date(r, y0, y1):
    a = _dt.date(y0, 1, 1).toordinal()
    b = _dt.date(y1, 12, 31).toordinal()
    return _dt.date.fromordinal(r.randint(a, b))


def fmt_dob(r, d):
    k = r.randint(0, 9)
    if k == 0:
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if k == 1:
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if k == 2:
        return d.isoformat()
    if k == 3:
        return f"{MONTHS[d.month-1]} {d.day}, {d.year}"
    if k == 4:
        return f"{d.day} {MON3[d.month-1]} {d.year}"
    if k == 5:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if k == 6:
        return f"{MON3[d.month-1]} {d.day} {d.year}"
    if k == 7:
        return f"{d.day:02d}-{MON3[d.month-1].upper()}-{d.year}"
    if k == 8:
        return f"{d.month}/{d.day}/{d.year}"
    return f"{d.day} {MONTHS[d.month-1]} {d.year}"


def _h12(h):
    return (h - 1) % 12 + 1, ("AM" if h < 12 else "PM")


def fmt_dt(r, d, h=None, m=None):
    """Human-written appointment / event date-time."""
    if h is None:
        h = r.randint(7, 19)
    if m is None:
        m = r.choice([0, 0, 15, 30, 45, 10, 40])
    wd = WEEKDAYS[d.weekday()]
    h12, ap = _h12(h)
    k = r.randint(0, 11)
    if k == 0:
        return f"{wd}, {MONTHS[d.month-1]} {d.day}, {d.year} at {h12}:{m:02d} {ap}"
    if k == 1:
        t = f"{h12}{ap.lower()}" if m == 0 else f"{h12}:{m:02d}{ap.lower()}"
        return f"{wd[:3]} {d.month}/{d.day} at {t}"
    if k == 2:
        return f"{d.month:02d}/{d.day:02d}/{d.year} at {h12}:{m:02d} {ap}"
    if k == 3:
        return f"{d.day} {MONTHS[d.month-1]} {d.year}, {h:02d}:{m:02d}"
    if k == 4:
        t = f"{h12}{ap.lower()}" if m == 0 else f"{h12}:{m:02d}{ap.lower()}"
        return f"{MONTHS[d.month-1]} {ordinal(d.day)} at {t}"
    if k == 5:
        return f"{d.day:02d}.{d.month:02d}.{d.year}, {h:02d}:{m:02d}"
    if k == 6:
        return f"{h12}:{m:02d} {ap} on {wd}, {MONTHS[d.month-1]} {d.day}"
    if k == 7:
        return f"{wd}, {MON3[d.month-1]} {d.day} · {h12}:{m:02d} {ap}"
    if k == 8:
        return f"{d.day}/{d.month:02d}/{d.year} at {h:02d}:{m:02d}"
    if k == 9:
        return f"{wd} {d.day} {MONTHS[d.month-1]} at {h12}:{m:02d}{ap.lower()}"
    if k == 10:
        return f"{MON3[d.month-1]} {d.day}, {d.year} {h12}:{m:02d} {ap}"
    return f"{wd} {MONTHS[d.month-1]} {d.day}, {h12}:{m:02d} {ap.lower()}"


def fmt_due(r, d):
    """Human-written due date (date only)."""
    k = r.randint(0, 5)
    if k == 0:
        return f"{MONTHS[d.month-1]} {d.day}, {d.year}"
    if k == 1:
        return f"{MON3[d.month-1]} {d.day}, {d.year}"
    if k == 2:
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if k == 3:
        return f"{d.day} {MONTHS[d.month-1]} {d.year}"
    if k == 4:
        return f"{WEEKDAYS[d.weekday()]}, {MONTHS[d.month-1]} {d.day}"
    return f"{MONTHS[d.month-1]} {ordinal(d.day)}"


def iso_ts(r):
    d = rand_date(r, 2024, 2025)
    z = r.choice(["Z", "Z", ".%03dZ" % r.randint(0, 999), "+00:00", "-05:00", "+05:30"])
    return f"{d.isoformat()}T{r.randint(0,23):02d}:{r.randint(0,59):02d}:{r.randint(0,59):02d}{z}"


def log_ts(r):
    d = rand_date(r, 2024, 2025)
    return f"{d.isoformat()} {r.randint(0,23):02d}:{r.randint(0,59):02d}:{r.randint(0,59):02d},{r.randint(0,999):03d}"


def sys_ts(r):
    d = rand_date(r, 2024, 2025)
    return f"{MON3[d.month-1]} {d.day:2d} {r.randint(0,23):02d}:{r.randint(0,59):02d}:{r.randint(0,59):02d}"


def nginx_ts(r):
    d = rand_date(r, 2024, 2025)
    return f"{d.day:02d}/{MON3[d.month-1]}/{d.year}:{r.randint(0,23):02d}:{r.randint(0,59):02d}:{r.randint(0,59):02d} +0000"


def rfc_ts(r):
    d = rand_date(r, 2024, 2025)
    return (f"{WEEKDAYS[d.weekday()][:3]}, {d.day:02d} {MON3[d.month-1]} {d.year} "
            f"{r.randint(0,23):02d}:{r.randint(0,59):02d}:{r.randint(0,59):02d} "
            f"{r.choice(['-0500', '+0000', '-0800', '+0100', '+0530'])}")


def epoch(r):
    return str(r.randint(1704067200, 1767225599))


def clock(r):
    h = r.randint(7, 22)
    m = r.randint(0, 59)
    if r.random() < 0.5:
        return f"{h:02d}:{m:02d}"
    h12, ap = _h12(h)
    return f"{h12}:{m:02d} {ap}"


# --------------------------------------------------------------------------
# addresses (lines, city display, country name, iso)
# --------------------------------------------------------------------------
def addr_us(r):
    city, st, z3 = r.choice(US_CITIES)
    num = str(r.choice([r.randint(1, 99), r.randint(100, 999), r.randint(1000, 9999), r.randint(10000, 29999)]))
    pre = r.choice(["", "", "", "", "N ", "S ", "E ", "W ", "NW "])
    street = f"{pre}{r.choice(US_STREETS)} {r.choice(US_SUFFIX)}"
    unit = r.choice(["", "", "", "", f" Apt {r.randint(1, 30)}{r.choice('ABCDEF')}", f" Apt. {r.randint(101, 1450)}",
                     f" Unit {r.randint(1, 300)}", f" #{r.randint(2, 40)}", f", Suite {r.randint(100, 950)}"])
    z = z3 + f"{r.randint(0, 99):02d}"
    if r.random() < 0.15:
        z += f"-{r.randint(1, 9999):04d}"
    if r.random() < 0.1:
        return [f"{num} {street}{unit}", f"{city} {st} {z}"], f"{city}, {st}", "United States"
    return [f"{num} {street}{unit}", f"{city}, {st} {z}"], f"{city}, {st}", "United States"


UK_TOWNS = [("Leeds", "LS"), ("Manchester", "M"), ("Bristol", "BS"), ("Cardiff", "CF"), ("Glasgow", "G"),
            ("Edinburgh", "EH"), ("Belfast", "BT"), ("Norwich", "NR"), ("Leicester", "LE"), ("Sheffield", "S"),
            ("Nottingham", "NG"), ("Brighton", "BN"), ("Swansea", "SA"), ("Aberdeen", "AB"), ("York", "YO"),
            ("Oxford", "OX"), ("Bradford", "BD"), ("Coventry", "CV"), ("Southampton", "SO"), ("London", "E"),
            ("London", "SW"), ("London", "N"), ("Slough", "SL"), ("Luton", "LU")]
UK_STREETS = _L("Kingsley, Victoria, Albert, Church, Mill, Station, Park, Queens, Highfield, Beech, Hawthorn, "
                "Grange, Manor, Windsor, Clarence, Belmont, Ashgrove, Elmwood, Tenter, Whitworth, Soho, Green")
UK_SUF = _L("Road, Street, Lane, Close, Crescent, Avenue, Gardens, Terrace, Drive, Way, Mews, Grove")
PC_LET = "ABDEFGHJLNPQRSTUWXYZ"


def addr_gb(r):
    town, area = r.choice(UK_TOWNS)
    pc = f"{area}{r.randint(1, 28)} {r.randint(1, 9)}{r.choice(PC_LET)}{r.choice(PC_LET)}"
    st = f"{r.randint(1, 240)} {r.choice(UK_STREETS)} {r.choice(UK_SUF)}"
    if r.random() < 0.3:
        st = f"Flat {r.randint(1, 24)}, {st}"
    if r.random() < 0.4:
        return [st, town, pc], town, "United Kingdom"
    return [st, f"{town} {pc}"], town, "United Kingdom"


CA_CITIES = [("Toronto", "ON", "M"), ("Montréal", "QC", "H"), ("Vancouver", "BC", "V"), ("Calgary", "AB", "T"),
             ("Edmonton", "AB", "T"), ("Halifax", "NS", "B"), ("Winnipeg", "MB", "R"), ("Ottawa", "ON", "K"),
             ("Saskatoon", "SK", "S"), ("St. John's", "NL", "A"), ("Québec", "QC", "G"), ("Victoria", "BC", "V"),
             ("Hamilton", "ON", "L"), ("Moncton", "NB", "E"), ("Brampton", "ON", "L"), ("Surrey", "BC", "V")]
CA_LET = "ABCEGHJKLMNPRSTVWXYZ"


def addr_ca(r):
    city, prov, f = r.choice(CA_CITIES)
    pc = f"{f}{r.randint(0, 9)}{r.choice(CA_LET)} {r.randint(0, 9)}{r.choice(CA_LET)}{r.randint(0, 9)}"
    if prov == "QC":
        st = f"{r.randint(10, 9800)}, {r.choice(['rue', 'avenue', 'boulevard'])} {r.choice(['Saint-Denis', 'Sherbrooke Est', 'des Érables', 'Laurier', 'Beaubien', 'Notre-Dame Ouest'])}"
    else:
        st = f"{r.randint(10, 9800)} {r.choice(['Bloor', 'Yonge', 'Dundas', 'Jasper', 'Portage', 'Barrington', 'Granville', 'Queen', 'Spadina', 'Robson'])} {r.choice(['St', 'Street', 'Ave', 'Road', 'Blvd'])}"
        if r.random() < 0.3:
            st = f"{r.randint(101, 2405)}-{st}"
    return [st, f"{city} {prov}  {pc}" if r.random() < 0.3 else f"{city}, {prov} {pc}"], f"{city}, {prov}", "Canada"


DE_CITIES = [("Berlin", "10"), ("Hamburg", "20"), ("München", "80"), ("Köln", "50"), ("Frankfurt am Main", "60"),
             ("Leipzig", "04"), ("Dresden", "01"), ("Stuttgart", "70"), ("Freiburg im Breisgau", "79"), ("Bremen", "28")]


def addr_de(r):
    city, p = r.choice(DE_CITIES)
    st = f"{r.choice(['Linden', 'Goethe', 'Schiller', 'Bahnhof', 'Haupt', 'Garten', 'Mozart', 'Kirch', 'Wald', 'Rosen', 'Berliner '])}{r.choice(['straße', 'str.', 'weg', 'allee', 'platz'])} {r.randint(1, 140)}{r.choice(['', '', '', 'a', 'b'])}"
    st = st.replace("Berliner straße", "Berliner Straße").replace("Berliner str.", "Berliner Str.").replace("Berliner weg", "Berliner Weg").replace("Berliner allee", "Berliner Allee").replace("Berliner platz", "Berliner Platz")
    return [st, f"{p}{dg(r, 3)} {city}"], city, "Germany"


FR_CITIES = [("Paris", "75"), ("Lyon", "69"), ("Marseille", "13"), ("Toulouse", "31"), ("Lille", "59"), ("Nantes", "44"), ("Bordeaux", "33")]


def addr_fr(r):
    city, p = r.choice(FR_CITIES)
    st = f"{r.randint(1, 180)}{r.choice(['', '', ' bis'])} {r.choice(['rue', 'avenue', 'boulevard', 'place', 'impasse'])} {r.choice(['des Lilas', 'Victor Hugo', 'de la République', 'Jean Jaurès', 'du Moulin', 'des Écoles', 'Pasteur', 'de Verdun', 'Gambetta'])}"
    return [st, f"{p}0{r.randint(0, 2)}{r.randint(0, 9)} {city}"], city, "France"


def addr_es(r):
    k = r.randint(0, 2)
    if k == 0:
        city, p = r.choice([("Barcelona", "080"), ("Girona", "170"), ("Lleida", "250"), ("Tarragona", "430")])
        st = f"Carrer {r.choice(['de Mallorca', 'de Provença', 'del Rosselló', 'de Sant Joan', 'Gran de Gràcia', 'de la Riera Baixa', 'de Sants'])}, {r.randint(1, 420)}, {r.choice(['1r 2a', '3r 1a', 'baixos', '2n 4a', 'àtic'])}"
    elif k == 1:
        city, p = r.choice([("Bilbao", "480"), ("Donostia", "200"), ("Vitoria-Gasteiz", "010")])
        st = f"{r.choice(['Zabalbide', 'Nagusia', 'Ercilla', 'Iparraguirre', 'Euskal Herria', 'Autonomia'])} kalea, {r.randint(1, 90)}, {r.randint(1, 8)}º {r.choice(['A', 'B', 'izq.', 'dcha.'])}"
    else:
        city, p = r.choice([("Madrid", "280"), ("Sevilla", "410"), ("Valencia", "460"), ("Pamplona", "310")])
        st = f"Calle {r.choice(['de Alcalá', 'Mayor', 'del Pez', 'de Toledo', 'Gran Vía', 'Serrano'])}, {r.randint(1, 300)}, {r.randint(1, 9)}º {r.choice('ABCD')}"
    return [st, f"{p}{dg(r, 2)} {city}"], city, "Spain"


def addr_cz(r):
    city, p = r.choice([("Praha 2", "120"), ("Praha 6", "160"), ("Brno", "602"), ("Ostrava", "702"), ("Plzeň", "301"), ("Olomouc", "779")])
    st = f"{r.choice(['Vinohradská', 'Karlova', 'Nerudova', 'Husova', 'Masarykova', 'Palackého', 'Komenského', 'Na Příkopě', 'Dělnická'])} {r.randint(1, 2400)}/{r.randint(1, 90)}"
    return [st, f"{p} {dg(r, 2)} {city}"], city.split(" ")[0], "Czechia"


def addr_hr(r):
    city, p = r.choice([("Zagreb", "10000"), ("Split", "21000"), ("Rijeka", "51000"), ("Osijek", "31000"), ("Zadar", "23000")])
    st = f"{r.choice(['Ilica', 'Ulica kralja Zvonimira', 'Vukovarska ulica', 'Savska cesta', 'Ulica Ivana Gundulića', 'Put Firula'])} {r.randint(1, 240)}"
    return [st, f"{p} {city}"], city, "Croatia"


def addr_in(r):
    city, state, p = r.choice([("Mumbai", "Maharashtra", "400"), ("Pune", "Maharashtra", "411"), ("Bengaluru", "Karnataka", "560"),
                               ("Chennai", "Tamil Nadu", "600"), ("Ludhiana", "Punjab", "141"), ("Amritsar", "Punjab", "143"),
                               ("Kolkata", "West Bengal", "700"), ("Hyderabad", "Telangana", "500"), ("Jaipur", "Rajasthan", "302")])
    l1 = f"Flat {r.randint(101, 1204)}, {r.choice(['Shanti Apartments', 'Green Valley Residency', 'Sai Krupa Towers', 'Guru Nanak Enclave', 'Lotus Heights'])}"
    l2 = f"{r.choice(['MG Road', 'Link Road', 'Model Town', 'Ring Road', 'Station Road', 'Nehru Nagar'])}"
    return [l1, l2, f"{city}, {state} {p}{dg(r, 3)}"], city, "India"


def addr_au(r):
    sub, state, pc = r.choice([("Fitzroy", "VIC", "3065"), ("Parramatta", "NSW", "2150"), ("Fremantle", "WA", "6160"),
                               ("Toowong", "QLD", "4066"), ("Glenelg", "SA", "5045"), ("Sandy Bay", "TAS", "7005"), ("Braddon", "ACT", "2612")])
    st = f"{r.randint(1, 240)} {r.choice(['Wattle', 'Brunswick', 'Gertrude', 'Church', 'George', 'Coronation', 'Banksia'])} {r.choice(['St', 'Street', 'Rd', 'Pde', 'Ave'])}"
    if r.random() < 0.35:
        st = f"{r.randint(1, 30)}/{st}"
    return [st, f"{sub} {state} {pc}"], sub, "Australia"


def addr_ng(r):
    k = r.randint(0, 2)
    if k == 0:
        return [f"{r.randint(1, 60)} {r.choice(['Adeola Odeku Street', 'Awolowo Road', 'Ozumba Mbadiwe Avenue', 'Bode Thomas Street'])}",
                f"{r.choice(['Victoria Island', 'Ikoyi', 'Surulere', 'Yaba'])}, Lagos {r.choice(['101241', '101233', '101283'])}"], "Lagos", "Nigeria"
    if k == 1:
        return [f"No. {r.randint(1, 80)} {r.choice(['Zoo Road', 'Ahmadu Bello Way', 'Murtala Mohammed Way', 'Hadejia Road'])}",
                f"{r.choice(['Nassarawa GRA', 'Sabon Gari', 'Tarauni', 'Fagge'])}, Kano {r.choice(['700001', '700223', '700213'])}"], "Kano", "Nigeria"
    return [f"Plot {r.randint(100, 2900)} {r.choice(['Aminu Kano Crescent', 'Ademola Adetokunbo Crescent', 'Gimbiya Street'])}",
            f"{r.choice(['Wuse II', 'Garki', 'Maitama'])}, Abuja {r.choice(['900288', '900001', '904101'])}"], "Abuja", "Nigeria"


def addr_ke(r):
    return [f"{r.choice(['Apartment', 'Flat', 'House'])} {r.randint(1, 40)}{r.choice('ABC')}, {r.choice(['Kilimani Heights', 'Lavington Court', 'Riverside Gardens'])}",
            f"{r.choice(['Argwings Kodhek Road', 'Ngong Road', 'Riverside Drive', 'Moi Avenue'])}",
            f"P.O. Box {r.randint(1000, 99999)}-00100, Nairobi"], "Nairobi", "Kenya"


def addr_za(r):
    city, pc, sub = r.choice([("Soweto", "1804", "Orlando West"), ("Durban", "4001", "Berea"), ("Pietermaritzburg", "3201", "Scottsville"),
                              ("Cape Town", "8001", "Gardens"), ("Johannesburg", "2196", "Rosebank")])
    return [f"{r.randint(1, 400)} {r.choice(['Vilakazi Street', 'Florida Road', 'Jan Smuts Avenue', 'Loop Street', 'Church Street'])}", sub, f"{city}, {pc}"], city, "South Africa"


def addr_cl(r):
    city, com = r.choice([("Santiago", "Providencia"), ("Santiago", "Ñuñoa"), ("Valparaíso", "Cerro Alegre"), ("Concepción", "Centro"), ("Temuco", "Centro")])
    return [f"{r.choice(['Av. Providencia', 'Calle Esmeralda', 'Av. Irarrázaval', 'Pasaje Los Aromos', 'Av. Libertador Bernardo OHiggins'])} {r.randint(100, 3999)}, Depto. {r.randint(11, 1809)}",
            f"{com}, {city}"], city, "Chile"


def addr_ve(r):
    return [f"Av. {r.choice(['Francisco de Miranda', 'Libertador', 'Urdaneta', 'Bella Vista'])}, Edif. {r.choice(['Torre Delta', 'Residencias Anauco', 'Los Samanes'])}, Piso {r.randint(1, 18)}, Apto {r.randint(1, 18)}-{r.choice('ABCD')}",
            f"{r.choice(['Chacao', 'Los Palos Grandes', 'El Paraíso'])}, Caracas {r.choice(['1060', '1010', '1020'])}"], "Caracas", "Venezuela"


def addr_my(r):
    city, pc, state = r.choice([("Petaling Jaya", "47300", "Selangor"), ("Kuala Lumpur", "50450", "Wilayah Persekutuan"),
                                ("George Town", "10200", "Pulau Pinang"), ("Johor Bahru", "80100", "Johor")])
    return [f"No. {r.randint(1, 120)}, Jalan {r.choice(['SS 2/24', 'Ampang', 'Tun Razak', 'Burma', 'Wong Ah Fook', 'Bukit Bintang'])}", f"{pc} {city}, {state}"], city, "Malaysia"


def addr_nl(r):
    city = r.choice(["Amsterdam", "Rotterdam", "Utrecht", "Den Haag"])
    return [f"{r.choice(['Keizersgracht', 'Prinsengracht', 'Witte de Withstraat', 'Oudegracht', 'Laan van Meerdervoort'])} {r.randint(1, 600)}",
            f"{r.randint(1000, 3599)} {r.choice(UP)}{r.choice(UP)} {city}"], city, "Netherlands"


def addr_mx(r):
    return [f"Calle {r.choice(['Durango', 'Colima', 'Orizaba', 'Álvaro Obregón', '5 de Mayo'])} {r.randint(1, 300)}",
            f"Col. {r.choice(['Roma Norte', 'Condesa', 'Centro', 'Del Valle'])}, {r.choice(['06700', '06140', '06000', '03100'])} Ciudad de México, CDMX"], "Ciudad de México", "Mexico"


def addr_ge(r):
    return [f"{r.choice(['Chavchavadze Ave', 'Rustaveli Ave', 'Pekini St', 'Vazha-Pshavela Ave'])} {r.randint(1, 90)}, Apt {r.randint(1, 120)}",
            f"{r.choice(['0179', '0108', '0160', '0186'])} Tbilisi"], "Tbilisi", "Georgia"


def addr_am(r):
    return [f"{r.choice(['Abovyan St', 'Tumanyan St', 'Mashtots Ave', 'Baghramyan Ave'])} {r.randint(1, 60)}, Apt {r.randint(1, 90)}", f"Yerevan {r.choice(['0001', '0010', '0019', '0025'])}"], "Yerevan", "Armenia"


def addr_kz(r):
    return [f"{r.choice(['Abay Ave', 'Dostyk Ave', 'Tole Bi St', 'Satpayev St'])} {r.randint(1, 180)}, apt {r.randint(1, 200)}", f"Almaty {r.choice(['050000', '050010', '050057'])}"], "Almaty", "Kazakhstan"


def addr_mn(r):
    return [f"{r.choice(['Peace Avenue', 'Seoul Street', 'Chinggis Avenue'])} {r.randint(1, 60)}, {r.randint(1, 20)} khoroo", f"{r.choice(['Sükhbaatar', 'Bayangol', 'Khan-Uul'])} district, Ulaanbaatar {r.choice(['14200', '16050', '17011'])}"], "Ulaanbaatar", "Mongolia"


def addr_np(r):
    return [f"Ward No. {r.randint(1, 32)}, {r.choice(['Baluwatar', 'Thamel', 'Jhamsikhel', 'Baneshwor'])}", f"Kathmandu {r.choice(['44600', '44616'])}"], "Kathmandu", "Nepal"


def addr_lk(r):
    return [f"No. {r.randint(1, 300)}/{r.randint(1, 9)}, {r.choice(['Galle Road', 'Duplication Road', 'Kandy Road', 'Havelock Road'])}", f"Colombo {r.choice(['03', '04', '05', '06'])}"], "Colombo", "Sri Lanka"


def addr_kh(r):
    return [f"House {r.randint(1, 180)}, Street {r.randint(100, 600)}", f"Sangkat {r.choice(['Chaktomuk', 'Boeung Keng Kang I', 'Tonle Bassac'])}, Khan {r.choice(['Daun Penh', 'Chamkarmon'])}, Phnom Penh {r.choice(['12207', '12302'])}"], "Phnom Penh", "Cambodia"


def addr_mm(r):
    return [f"No. {r.randint(1, 300)}, {r.choice(['Bogyoke Aung San Road', 'Anawrahta Road', 'Pyay Road', 'Kabar Aye Pagoda Road'])}", f"{r.choice(['Pabedan', 'Kamayut', 'Bahan'])} Township, Yangon {r.choice(['11141', '11041', '11201'])}"], "Yangon", "Myanmar"


def addr_ht(r):
    return [f"{r.randint(1, 90)}, {r.choice(['Rue Capois', 'Rue Lamarre', 'Avenue John Brown', 'Rue Grégoire'])}", f"{r.choice(['Port-au-Prince', 'Pétion-Ville'])}, HT{r.choice(['6110', '6140'])}"], "Port-au-Prince", "Haiti"


def addr_fj(r):
    return [f"Lot {r.randint(1, 60)}, {r.choice(['Ratu Sukuna Road', 'Waimanu Road', 'Queen Elizabeth Drive', 'Princes Road'])}", f"{r.choice(['Nasese', 'Samabula', 'Tamavua'])}, Suva"], "Suva", "Fiji"


def addr_so(r):
    return [f"{r.choice(['Maka Al Mukarama Road', 'Jidka Warshadaha', 'KM4 Street'])}, House {r.randint(1, 200)}", f"{r.choice(['Hodan', 'Wadajir', 'Hamar Weyne'])} District, Mogadishu"], "Mogadishu", "Somalia"


def addr_jp(r):
    return [f"{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 20)} {r.choice(['Jingumae', 'Ebisu', 'Nishi-Shinjuku', 'Kichijoji Honcho'])}", f"{r.choice(['Shibuya-ku', 'Shinjuku-ku', 'Musashino-shi'])}, Tokyo {r.randint(100, 199)}-{dg(r, 4)}"], "Tokyo", "Japan"


ADDR = {"US": addr_us, "GB": addr_gb, "CA": addr_ca, "DE": addr_de, "FR": addr_fr, "ES": addr_es, "CZ": addr_cz,
        "HR": addr_hr, "IN": addr_in, "AU": addr_au, "NG": addr_ng, "KE": addr_ke, "ZA": addr_za, "CL": addr_cl,
        "VE": addr_ve, "MY": addr_my, "NL": addr_nl, "MX": addr_mx, "GE": addr_ge, "AM": addr_am, "KZ": addr_kz,
        "MN": addr_mn, "NP": addr_np, "LK": addr_lk, "KH": addr_kh, "MM": addr_mm, "HT": addr_ht, "FJ": addr_fj,
        "SO": addr_so, "JP": addr_jp}
CC_WEIGHTS = [("US", 36), ("GB", 6), ("CA", 6), ("DE", 2), ("FR", 2), ("ES", 3), ("CZ", 2), ("HR", 2), ("IN", 3),
              ("AU", 3), ("NG", 3), ("KE", 2), ("ZA", 2), ("CL", 2), ("VE", 2), ("MY", 2), ("NL", 1), ("MX", 2),
              ("GE", 1), ("AM", 1), ("KZ", 1), ("MN", 1), ("NP", 1), ("LK", 1), ("KH", 1), ("MM", 1), ("HT", 1),
              ("FJ", 1), ("SO", 1), ("JP", 1)]
_CC = [c for c, _ in CC_WEIGHTS]
_CW = [w for _, w in CC_WEIGHTS]


# --------------------------------------------------------------------------
# phones
# --------------------------------------------------------------------------
def us_phone(r, fmt=None):
    a = r.choice(US_AREA_LIST)
    while True:
        e = r.randint(200, 999)
        if e % 100 != 11 and e != 555:
            break
    s = dg(r, 4)
    k = r.randint(0, 8) if fmt is None else fmt
    return [f"({a}) {e}-{s}", f"{a}-{e}-{s}", f"{a}.{e}.{s}", f"+1 {a}-{e}-{s}", f"+1 ({a}) {e}-{s}",
            f"1-{a}-{e}-{s}", f"+1{a}{e}{s}", f"({a}) {e}-{s}", f"{a} {e} {s}"][k]


def _intl(r, cc, groups, compact_p=0.2):
    parts = [x if isinstance(x, str) else dg(r, x) for x in groups]
    if r.random() < compact_p:
        return "+" + cc + "".join(parts)
    return "+" + cc + " " + " ".join(parts)


PHONE = {
    "GB": lambda r: _intl(r, "44", ["7" + dg(r, 3), 6]) if r.random() < .6 else _intl(r, "44", ["20", 4, 4]),
    "CA": lambda r: f"+1 ({r.choice(['416', '514', '604', '403', '902', '204', '613', '306', '709', '647'])}) {r.randint(200, 999)}-{dg(r, 4)}",
    "DE": lambda r: _intl(r, "49", ["15" + dg(r, 1), 8]) if r.random() < .5 else _intl(r, "49", ["30", 8]),
    "FR": lambda r: _intl(r, "33", [r.choice("67"), 2, 2, 2, 2]),
    "ES": lambda r: _intl(r, "34", ["6" + dg(r, 2), 3, 3]),
    "CZ": lambda r: _intl(r, "420", ["60" + dg(r, 1), 3, 3]),
    "HR": lambda r: _intl(r, "385", ["9" + r.choice("1258"), 3, 4]),
    "IN": lambda r: _intl(r, "91", [r.choice("6789") + dg(r, 4), 5]),
    "AU": lambda r: _intl(r, "61", ["4" + dg(r, 2), 3, 3]),
    "NG": lambda r: _intl(r, "234", [r.choice(["803", "806", "813", "703", "905", "816"]), 3, 4]),
    "KE": lambda r: _intl(r, "254", ["7" + dg(r, 2), 6]),
    "ZA": lambda r: _intl(r, "27", [r.choice(["82", "83", "72", "71", "61"]), 3, 4]),
    "CL": lambda r: _intl(r, "56", ["9", 4, 4]),
    "VE": lambda r: "+58 " + r.choice(["412", "414", "424", "416"]) + "-" + dg(r, 7),
    "MY": lambda r: "+60 1" + r.choice("2367") + "-" + dg(r, 3) + " " + dg(r, 4),
    "NL": lambda r: _intl(r, "31", ["6", 8]),
    "MX": lambda r: _intl(r, "52", ["55", 4, 4]),
    "GE": lambda r: _intl(r, "995", ["5" + dg(r, 2), 2, 2, 2]),
    "AM": lambda r: _intl(r, "374", [r.choice(["91", "93", "77", "99"]), 6]),
    "KZ": lambda r: _intl(r, "7", ["70" + r.choice("1257"), 3, 2, 2]),
    "MN": lambda r: _intl(r, "976", ["8" + dg(r, 3), 4]),
    "NP": lambda r: "+977 98" + dg(r, 1) + "-" + dg(r, 7),
    "LK": lambda r: _intl(r, "94", ["7" + r.choice("12578"), 3, 4]),
    "KH": lambda r: _intl(r, "855", [r.choice(["12", "17", "92", "77"]), 3, 3]),
    "MM": lambda r: _intl(r, "95", ["9", 4, 5]),
    "HT": lambda r: _intl(r, "509", [r.choice(["34", "37", "38", "46"]), 2, 4]),
    "FJ": lambda r: _intl(r, "679", [r.choice(["7", "8", "9"]) + dg(r, 2), 4]),
    "SO": lambda r: _intl(r, "252", [r.choice(["61", "63", "90"]), 7]),
    "JP": lambda r: "+81 90-" + dg(r, 4) + "-" + dg(r, 4),
    "PK": lambda r: _intl(r, "92", ["3" + dg(r, 2), 7]),
}


def phone_for(r, cc):
    if cc == "US" or cc not in PHONE:
        return us_phone(r)
    return PHONE[cc](r)


COUNTRY_NAME = {"US": "United States", "GB": "United Kingdom", "CA": "Canada", "DE": "Germany", "FR": "France",
                "ES": "Spain", "CZ": "Czechia", "HR": "Croatia", "IN": "India", "AU": "Australia", "NG": "Nigeria",
                "KE": "Kenya", "ZA": "South Africa", "CL": "Chile", "VE": "Venezuela", "MY": "Malaysia",
                "NL": "Netherlands", "MX": "Mexico", "GE": "Georgia", "AM": "Armenia", "KZ": "Kazakhstan",
                "MN": "Mongolia", "NP": "Nepal", "LK": "Sri Lanka", "KH": "Cambodia", "MM": "Myanmar", "HT": "Haiti",
                "FJ": "Fiji", "SO": "Somalia", "JP": "Japan"}


# --------------------------------------------------------------------------
# financial identifiers
# --------------------------------------------------------------------------
def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(body):
    for c in DG:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def _group(num, sizes, sep):
    out, i = [], 0
    for s in sizes:
        out.append(num[i:i + s])
        i += s
    return sep.join(out)


def card_digits(r, brand=None):
    brand = brand or r.choices(["visa", "mc", "amex", "disc"], [45, 30, 15, 10])[0]
    if brand == "visa":
        body = "4" + dg(r, 14)
    elif brand == "mc":
        pre = str(r.randint(51, 55)) if r.random() < 0.7 else str(r.randint(2221, 2720))
        body = pre + dg(r, 15 - len(pre))
    elif brand == "amex":
        body = "3" + r.choice("47") + dg(r, 12)
    else:
        pre = r.choice(["6011", "65" + dg(r, 2), "64" + str(r.randint(4, 9)) + dg(r, 1)])
        body = pre + dg(r, 15 - len(pre))
    return luhn_complete(body), brand


def fmt_card(r, num, sep=None):
    if sep is None:
        sep = r.choice([" ", " ", "-", "", ""])
    sizes = [4, 6, 5] if len(num) == 15 else [4, 4, 4, 4]
    return _group(num, sizes, sep)


def card(r, sep=None):
    num, _ = card_digits(r)
    return fmt_card(r, num, sep)


def bad_card(r):
    num, _ = card_digits(r)
    last = int(num[-1])
    num = num[:-1] + str((last + r.randint(1, 9)) % 10)
    assert not luhn_ok(num)
    return fmt_card(r, num)


IBAN_SPECS = {"DE": "n18", "GB": "a4n14", "FR": "n10c11n2", "ES": "n20", "NL": "a4n10", "IT": "a1n10c12",
              "CH": "n5c12", "BE": "n12", "AT": "n16", "PL": "n24", "CZ": "n20", "HR": "n17", "GE": "a2n16",
              "PT": "n21", "IE": "a4n14", "NO": "n11", "SE": "n20", "DK": "n14", "AE": "n19", "FI": "n14"}
BANK_CODES = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"], "NL": ["ABNA", "INGB", "RABO", "TRIO"],
              "IE": ["AIBK", "BOFI"], "GE": ["TB", "BG"]}


def _bban(r, cc):
    out = []
    spec = re.findall(r"([anc])(\d+)", IBAN_SPECS[cc])
    for i, (cls, n) in enumerate(spec):
        n = int(n)
        if cls == "a" and i == 0 and cc in BANK_CODES:
            out.append(r.choice(BANK_CODES[cc]))
        elif cls == "a":
            out.append(rs(r, UP, n))
        elif cls == "n":
            out.append(dg(r, n))
        else:
            out.append(rs(r, UP + DG, n))
    return "".join(out)


def _iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban(r, cc=None, grouped=None):
    cc = cc if cc in IBAN_SPECS else r.choice(list(IBAN_SPECS))
    bban = _bban(r, cc)
    chk = 98 - _iban_num(bban + cc + "00") % 97
    s = f"{cc}{chk:02d}{bban}"
    if grouped is None:
        grouped = r.random() < 0.55
    if grouped:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def bad_iban(r):
    s = iban(r, grouped=False)
    chk = int(s[2:4])
    s = s[:2] + f"{(chk + r.randint(1, 50)) % 97 + 2:02d}" + s[4:]
    if iban_ok(s):
        s = s[:2] + f"{(int(s[2:4]) + 1) % 100:02d}" + s[4:]
    return s if not iban_ok(s) else s[:-1] + str((int(s[-1]) + 1) % 10)


def ssn(r, sep="-"):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}{sep}{r.randint(1, 99):02d}{sep}{r.randint(1, 9999):04d}"


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", s)
    if not m:
        return False
    a, g, n = int(m.group(1)), int(m.group(3)), int(m.group(4))
    return 1 <= a <= 899 and a != 666 and 1 <= g <= 99 and 1 <= n <= 9999


def bad_ssn(r):
    k = r.randint(0, 4)
    if k == 0:
        return f"000-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
    if k == 1:
        return f"666-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
    if k == 2:
        return f"9{r.randint(0, 99):02d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
    if k == 3:
        return f"{r.randint(1, 665):03d}-00-{r.randint(1, 9999):04d}"
    return f"{r.randint(1, 665):03d}-{r.randint(1, 99):02d}-0000"


def routing(r):
    while True:
        d = [int(c) for c in nz(r, 8)]
        s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        c = (10 - s % 10) % 10
        return "".join(map(str, d)) + str(c)


# --------------------------------------------------------------------------
# health / account / licence identifiers
# --------------------------------------------------------------------------
def mrn(r):
    k = r.randint(0, 6)
    return [lambda: dg(r, 8), lambda: "E" + dg(r, 7), lambda: f"MR{dg(r, 7)}", lambda: nz(r, 10),
            lambda: f"{r.choice(['BRH', 'CFP', 'NGV', 'HH'])}-{dg(r, 6)}", lambda: f"{dg(r, 3)}-{dg(r, 3)}-{dg(r, 3)}",
            lambda: f"{nz(r, 2)}{dg(r, 5)}"][k]()


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi(r, dashed=None):
    s = (r.choice("123456789") + r.choice(MBI_L) + r.choice(MBI_L + DG) + r.choice(DG) + r.choice(MBI_L) +
         r.choice(MBI_L + DG) + r.choice(DG) + r.choice(MBI_L) + r.choice(MBI_L) + r.choice(DG) + r.choice(DG))
    if dashed or (dashed is None and r.random() < 0.4):
        s = f"{s[:4]}-{s[4:7]}-{s[7:]}"
    return s


def health_plan(r):
    k = r.randint(0, 5)
    return [lambda: rs(r, UP, 3) + dg(r, 9), lambda: "W" + dg(r, 9), lambda: mbi(r),
            lambda: f"{rs(r, UP, 2)}{dg(r, 8)}", lambda: "ZGP" + dg(r, 8) + r.choice(["", "-01", "-02"]),
            lambda: f"M{dg(r, 10)}"][k]()


def account_number(r, dom):
    if dom == "municipal_utilities":
        return r.choice([f"{dg(r, 4)}-{dg(r, 5)}-{dg(r, 2)}", nz(r, 12), f"{nz(r, 6)}-{dg(r, 3)}"])
    if dom == "crypto_exchange_support":
        return r.choice([nz(r, 8), nz(r, 9), f"KX{dg(r, 9)}"])
    if dom == "event_ticketing":
        return r.choice([f"C{dg(r, 9)}", nz(r, 10), f"TL-{dg(r, 8)}"])
    if dom == "charity_donations":
        return r.choice([f"D-{dg(r, 7)}", nz(r, 8), f"CN{dg(r, 7)}"])
    if dom == "auto_insurance":
        return r.choice([f"{nz(r, 4)}-{dg(r, 6)}", nz(r, 10)])
    return bank_account(r)


def bank_account(r):
    return nz(r, r.randint(8, 12))


DL_STATES = ["CA", "NY", "TX", "FL", "IL", "WA", "PA", "NJ", "MI", "GA", "OH", "AZ", "MA"]
STATE_NAMES = {"CA": "California", "NY": "New York", "TX": "Texas", "FL": "Florida", "IL": "Illinois",
               "WA": "Washington", "PA": "Pennsylvania", "NJ": "New Jersey", "MI": "Michigan", "GA": "Georgia",
               "OH": "Ohio", "AZ": "Arizona", "MA": "Massachusetts"}


def dl_us(r, st=None):
    st = st if st in DL_STATES else r.choice(DL_STATES)
    L = r.choice(UP)
    v = {"CA": lambda: L + dg(r, 7),
         "NY": lambda: r.choice([dg(r, 9), f"{dg(r, 3)} {dg(r, 3)} {dg(r, 3)}"]),
         "TX": lambda: nz(r, 8),
         "FL": lambda: f"{L}{dg(r, 3)}-{dg(r, 3)}-{dg(r, 2)}-{dg(r, 3)}-{dg(r, 1)}",
         "IL": lambda: f"{L}{dg(r, 3)}-{dg(r, 4)}-{dg(r, 4)}",
         "WA": lambda: "WDL" + rs(r, UP, 4) + dg(r, 3) + rs(r, UP + DG, 2),
         "PA": lambda: nz(r, 8),
         "NJ": lambda: f"{L}{dg(r, 4)} {dg(r, 5)} {dg(r, 5)}",
         "MI": lambda: f"{L} {dg(r, 3)} {dg(r, 3)} {dg(r, 3)} {dg(r, 3)}",
         "GA": lambda: nz(r, 9),
         "OH": lambda: rs(r, UP, 2) + dg(r, 6),
         "AZ": lambda: L + dg(r, 8),
         "MA": lambda: "S" + dg(r, 8)}[st]()
    return st, v


def dl_for(r, p):
    if p.cc == "GB":
        sur = (fold(p.surname).upper() + "99999")[:5]
        ini = (fold(p.given)[:1] + (fold(p.middle or "")[:1] or "9")).upper()
        m = p.dob.month + (50 if p.sex == "F" else 0)
        v = f"{sur}{str(p.dob.year)[2]}{m:02d}{p.dob.day:02d}{str(p.dob.year)[3]}{ini}9{rs(r, UP, 2)}"
        return "United Kingdom", v
    if p.cc == "CA":
        return "Ontario", f"{fold(p.surname)[:1].upper() or 'A'}{dg(r, 4)}-{dg(r, 5)}-{dg(r, 5)}"
    if p.cc == "AU":
        return "New South Wales", nz(r, 8)
    st = p.region if p.cc == "US" and p.region in DL_STATES else None
    st, v = dl_us(r, st)
    return STATE_NAMES[st], v


# --------------------------------------------------------------------------
# network
# --------------------------------------------------------------------------
def ipv4(r, kind=None):
    kind = kind or r.choice(["pub", "pub", "pub", "priv"])
    if kind == "priv":
        return r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                         f"192.168.{r.randint(0, 20)}.{r.randint(2, 254)}",
                         f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"])
    a = r.choice([23, 31, 45, 52, 63, 66, 73, 81, 89, 93, 102, 104, 141, 151, 176, 185, 188, 197, 203, 212, 41, 196, 105])
    return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ipv6(r):
    pre = r.choice(["2001:db8", "2a02:c7f", "2600:1700", "2c0f:fb50", "240e:3b4", "2001:4860", "2a01:4f8", "2405:201"])
    groups = pre.split(":") + [format(r.randint(0, 0xffff), "x") for _ in range(6)]
    if r.random() < 0.5:
        for i in range(3, 6):
            groups[i] = "0"
    addr = ipaddress.IPv6Address(":".join(groups))
    return str(addr) if r.random() < 0.8 else addr.exploded


def mac(r):
    sep = r.choice([":", "-"])
    s = sep.join(rs(r, "0123456789ABCDEF", 2) for _ in range(6))
    return s if r.random() < 0.5 else s.lower()


# --------------------------------------------------------------------------
# secrets
# --------------------------------------------------------------------------
def _mixed(r, alphabet, n):
    while True:
        s = rs(r, alphabet, n)
        if any(c.islower() for c in s) and any(c.isupper() for c in s) and any(c.isdigit() for c in s):
            return s


def aws_access(r):
    return r.choice(["AKIA", "AKIA", "AKIA", "ASIA"]) + rs(r, UP + "234567", 16)


def aws_secret(r):
    return _mixed(r, B64, 40)


def gh_token(r):
    k = r.randint(0, 4)
    if k == 4:
        return "github_pat_" + _mixed(r, AN, 22) + "_" + _mixed(r, AN, 59)
    return r.choice(["ghp_", "ghp_", "gho_", "ghs_"]) + _mixed(r, AN, 36)


def slack_token(r):
    if r.random() < 0.6:
        return f"xoxb-{nz(r, 12)}-{nz(r, 13)}-{_mixed(r, AN, 24)}"
    return f"xoxp-{nz(r, 12)}-{nz(r, 12)}-{nz(r, 13)}-{rs(r, HEX, 32)}"


def stripe_key(r):
    pre = r.choice(["sk_live_", "sk_live_", "rk_live_", "sk_test_"])
    if r.random() < 0.5:
        return pre + _mixed(r, AN, 24)
    return pre + "51" + _mixed(r, AN, 97)


def _b64u(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).rstrip(b"=").decode()


def jwt(r, sub=None):
    alg = r.choice(["HS256", "RS256", "ES256"])
    iat = r.randint(1704067200, 1767225599)
    payload = {"sub": sub or rs(r, HEX, 24), "iat": iat, "exp": iat + r.choice([900, 3600, 86400])}
    if r.random() < 0.5:
        payload["scope"] = r.choice(["read:profile", "payments:write", "portal", "admin"])
    if r.random() < 0.4:
        payload["iss"] = r.choice(["auth-service", "idp", "portal-api"])
    siglen = {"HS256": 43, "RS256": 342, "ES256": 86}[alg]
    return f"{_b64u({'alg': alg, 'typ': 'JWT'})}.{_b64u(payload)}.{rs(r, B64U, siglen)}"


def pem(r):
    kind = r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    if kind == "EC PRIVATE KEY":
        body = "MHcCAQEEI" + rs(r, B64, 150) + "=="
        w = 64
    elif kind == "OPENSSH PRIVATE KEY":
        body = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + rs(r, B64, r.randint(300, 380))
        w = 70
    elif kind == "RSA PRIVATE KEY":
        body = "MIIEpAIBAAKCAQEA" + rs(r, B64, r.randint(420, 640))
        w = 64
    else:
        body = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC" + rs(r, B64, r.randint(420, 640))
        w = 64
    lines = [body[i:i + w] for i in range(0, len(body), w)]
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"


def cert(r):
    body = "MIID" + rs(r, B64, r.randint(300, 500))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    kind = r.choice(["CERTIFICATE", "PUBLIC KEY"])
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"


PW_WORDS = _L("sunflower, Marigold, tiger, Harbor, maple, Falcon, orchid, Quartz, river, Nebula, copper, "
              "Lantern, pepper, Summit, walnut, Cobalt, jasmine, Thunder, velvet, Mango, granite, Orbit, tulip, Saffron")


def password(r):
    k = r.randint(0, 4)
    if k == 0:
        return r.choice(PW_WORDS).capitalize() + r.choice("!@#$%*?") + str(r.randint(1970, 2025))
    if k == 1:
        while True:
            s = rs(r, AN + "!@#$%^*-_", r.randint(12, 18))
            if any(c.isdigit() for c in s) and any(c.isalpha() for c in s):
                return s
    if k == 2:
        w = r.choice(PW_WORDS).lower()
        w = w.replace("a", "@").replace("o", "0").replace("e", "3").replace("i", "1")
        return w.capitalize() + str(r.randint(10, 99)) + r.choice("!#$&")
    if k == 3:
        return "-".join([r.choice(PW_WORDS).lower(), r.choice(PW_WORDS).lower(), str(r.randint(10, 99)), r.choice(PW_WORDS).lower()])
    return r.choice(PW_WORDS).lower() + str(r.randint(1, 9999)) + r.choice(["!", "", "$", "."])


def generic_secret(r):
    k = r.randint(0, 6)
    if k == 0:
        return rs(r, HEX, 32)
    if k == 1:
        return rs(r, HEX, 64)
    if k == 2:
        return _mixed(r, AN, r.randint(32, 48))
    if k == 3:
        return "SG." + _mixed(r, B64U, 22) + "." + _mixed(r, B64U, 43)
    if k == 4:
        return "key-" + rs(r, HEX, 32)
    if k == 5:
        return "AIza" + _mixed(r, B64U, 35)
    return _mixed(r, B64, 43) + "="


# --------------------------------------------------------------------------
# hard-negative identifiers
# --------------------------------------------------------------------------
def uuid4(r):
    h = rs(r, HEX, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:32]}"


def sha(r, n=40):
    return rs(r, HEX, n)


def version(r):
    k = r.randint(0, 3)
    if k == 0:
        return f"v{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(0, 40)}"
    if k == 1:
        return f"{r.randint(1, 5)}.{r.randint(0, 20)}.{r.randint(0, 9)}-rc.{r.randint(1, 5)}"
    if k == 2:
        return f"{r.randint(1, 12)}.{r.randint(0, 9)}"
    return f"v{r.randint(1, 4)}.{r.randint(0, 12)}.{r.randint(0, 9)}-beta"


def order_no(r):
    return r.choice([f"ORD-{r.randint(2023, 2025)}-{dg(r, 6)}", f"#{nz(r, 7)}", f"{rs(r, UP, 2)}{dg(r, 8)}", f"SO{dg(r, 6)}", f"W{nz(r, 9)}"])


def ticket_no(r):
    return r.choice([f"TKT-{nz(r, 5)}", f"#{nz(r, 5)}", f"CS-{nz(r, 6)}", f"SR{nz(r, 7)}", f"INC{nz(r, 7)}"])


def invoice_no(r):
    return r.choice([f"INV-{r.randint(2023, 2025)}-{dg(r, 5)}", f"INV{nz(r, 6)}", f"{nz(r, 4)}-{dg(r, 4)}-INV"])


def claim_no(r):
    return r.choice([f"CLM-{dg(r, 2)}-{dg(r, 6)}", f"{nz(r, 2)}-{dg(r, 7)}-{r.choice(UP)}", f"CL{nz(r, 9)}"])


def policy_no(r):
    return r.choice([f"PA-{dg(r, 4)}-{dg(r, 4)}-{dg(r, 2)}", f"AUT{nz(r, 8)}", f"{rs(r, UP, 3)}-{nz(r, 7)}"])


def uscis_receipt(r):
    return r.choice(["IOE", "EAC", "WAC", "LIN", "SRC", "MSC", "NBC"]) + nz(r, 10)


def auth_no(r):
    return r.choice([f"AUTH-{nz(r, 7)}", f"PA{nz(r, 9)}", f"{nz(r, 3)}-{rs(r, UP, 2)}-{dg(r, 4)}"])


def meter_no(r):
    return r.choice([f"MTR-{nz(r, 8)}", f"{r.choice(UP)}{nz(r, 7)}", f"WM {nz(r, 6)}"])


def work_order(r):
    return r.choice([f"SO-{nz(r, 7)}", f"WO-{r.randint(2023, 2025)}-{dg(r, 5)}"])


def receipt_no(r):
    return r.choice([f"R-{r.randint(2023, 2025)}-{dg(r, 6)}", f"RCPT{nz(r, 7)}", f"{nz(r, 2)}-{dg(r, 5)}"])


def lot_no(r):
    return r.choice([f"LOT {rs(r, UP, 2)}{dg(r, 5)}", f"{nz(r, 6)}{r.choice(UP)}", f"B{dg(r, 2)}-{dg(r, 4)}"])


def ups(r):
    return "1Z" + rs(r, UP + DG, 6) + dg(r, 10)


def usps(r):
    return f"9400 {dg(r, 4)} {dg(r, 4)} {dg(r, 4)} {dg(r, 4)} {dg(r, 2)}"


def isbn(r):
    body = "978" + dg(r, 9)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    c = (10 - s % 10) % 10
    return f"{body[:3]}-{body[3]}-{body[4:7]}-{body[7:12]}-{c}"


def cve(r):
    return f"CVE-{r.randint(2019, 2025)}-{r.randint(1000, 49999)}"


def vin(r):
    return rs(r, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 17)


def wallet(r):
    k = r.randint(0, 2)
    if k == 0:
        return "0x" + rs(r, HEX + "ABCDEF", 40)
    if k == 1:
        return "bc1q" + rs(r, LO.replace("b", "").replace("i", "").replace("o", "") + "023456789", 38)
    return "T" + rs(r, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz123456789", 33)


def txhash(r):
    return ("0x" if r.random() < 0.6 else "") + rs(r, HEX, 64)


def money(r, cur=None):
    cur = cur or r.choice(["$", "$", "$", "£", "€", "USD "])
    v = r.choice([r.randint(5, 99), r.randint(100, 999), r.randint(1000, 9999)])
    return f"{cur}{v:,}.{r.randint(0, 99):02d}"


def pct(r):
    return f"{r.randint(1, 99)}.{r.randint(0, 9)}%" if r.random() < 0.5 else f"{r.randint(1, 100)}%"


HTTP = ["200 OK", "201 Created", "204", "301", "400 Bad Request", "401 Unauthorized", "403 Forbidden", "404 Not Found",
        "409", "422 Unprocessable Entity", "429 Too Many Requests", "500", "502 Bad Gateway", "503", "504 Gateway Timeout"]
RELATIVE = _L("tomorrow, next week, later today, in two weeks, next Tuesday, by the end of the month, "
              "first thing Monday, within 48 hours, this afternoon, the day after tomorrow, next quarter, in a few days")
RELATIVE_PAST = _L("yesterday, last Friday, two days ago, last week, earlier this morning, over the weekend, "
                   "a few days ago, last month, the other day")
PLACEHOLDERS = ["<NAME>", "[REDACTED]", "{{first_name}}", "{{ customer.email }}", "<PATIENT_NAME>", "XXX-XX-XXXX",
                "[PHONE]", "<EMAIL>", "[ADDRESS REMOVED]", "{{dob}}", "<CARD_NUMBER>", "$ACCOUNT_ID", "%USERNAME%",
                "[name withheld]", "<redacted>"]

# --------------------------------------------------------------------------
# value wrappers and text builder
# --------------------------------------------------------------------------
class E:
    """A labeled entity value."""
    __slots__ = ("s", "t")

    def __init__(self, s, t):
        self.s = s
        self.t = t

    def map(self, fn):
        return E(fn(self.s), self.t)


class N:
    """A deliberate hard negative (never labeled, exempt from the leak scan)."""
    __slots__ = ("s",)

    def __init__(self, s):
        self.s = s

    def map(self, fn):
        return N(fn(self.s))


class S:
    """A sequence of parts (str / E / N / S)."""
    __slots__ = ("parts",)

    def __init__(self, *parts):
        self.parts = parts

    def map(self, fn):
        return S(*[vmap(p, fn) for p in self.parts])


def vmap(v, fn):
    if isinstance(v, str):
        return fn(v)
    if isinstance(v, (E, N, S)):
        return v.map(fn)
    return v


SOFT_TYPES = {"PERSON", "LOCATION", "ADDRESS", "DATE_TIME", "EMAIL_ADDRESS", "DATE_OF_BIRTH"}


def soft(v, fn):
    """Apply a casing function to text, names and places but never to identifiers/secrets."""
    if isinstance(v, str):
        return fn(v)
    if isinstance(v, E):
        return E(fn(v.s), v.t) if v.t in SOFT_TYPES else v
    if isinstance(v, N):
        return v
    if isinstance(v, S):
        return S(*[soft(p, fn) for p in v.parts])
    return v


def vtext(v):
    if isinstance(v, str):
        return v
    if isinstance(v, (E, N)):
        return v.s
    if isinstance(v, S):
        return "".join(vtext(p) for p in v.parts)
    if v is None:
        return ""
    return str(v)


SLOT = re.compile(r"«(\w+)»")


def F(tmpl, k=None, **kw):
    parts = SLOT.split(tmpl)
    out = []
    for i, p in enumerate(parts):
        if i % 2 == 0:
            if p:
                out.append(p)
        else:
            out.append(kw[p] if p in kw else k[p])
    return S(*out)


class B:
    def __init__(self):
        self.segs = []

    def add(self, v, esc=None):
        if v is None:
            return self
        if isinstance(v, str):
            if v:
                self.segs.append((esc(v) if esc else v, None))
        elif isinstance(v, E):
            self.segs.append((esc(v.s) if esc else v.s, v.t))
        elif isinstance(v, N):
            self.segs.append((esc(v.s) if esc else v.s, "~"))
        elif isinstance(v, S):
            for p in v.parts:
                self.add(p, esc)
        elif isinstance(v, (list, tuple)):
            for p in v:
                self.add(p, esc)
        elif isinstance(v, B):
            for s, t in v.segs:
                self.segs.append((esc(s) if esc else s, t))
        else:
            self.add(str(v), esc)
        return self

    def f(self, tmpl, k=None, **kw):
        return self.add(F(tmpl, k, **kw))

    def ln(self, tmpl="", k=None, **kw):
        self.add(F(tmpl, k, **kw))
        self.segs.append(("\n", None))
        return self

    def nl(self, n=1):
        self.segs.append(("\n" * n, None))
        return self

    def n_ents(self):
        return sum(1 for _, t in self.segs if t and t != "~")

    def finalize(self):
        text, ents, negs, pos = [], [], [], 0
        for s, t in self.segs:
            if not s:
                continue
            if t == "~":
                negs.append((pos, pos + len(s)))
            elif t:
                ents.append({"start": pos, "end": pos + len(s), "type": t})
            text.append(s)
            pos += len(s)
        return "".join(text), ents, negs


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jdump(b, o, ind=2, lvl=0):
    if isinstance(o, dict):
        if not o:
            b.add("{}")
            return
        items = list(o.items())
        if ind is None:
            b.add("{")
            for i, (key, v) in enumerate(items):
                if i:
                    b.add(", ")
                b.add(json.dumps(key, ensure_ascii=False) + ": ")
                jdump(b, v, None)
            b.add("}")
        else:
            b.add("{\n")
            for i, (key, v) in enumerate(items):
                b.add(" " * (ind * (lvl + 1)) + json.dumps(key, ensure_ascii=False) + ": ")
                jdump(b, v, ind, lvl + 1)
                b.add(",\n" if i < len(items) - 1 else "\n")
            b.add(" " * (ind * lvl) + "}")
    elif isinstance(o, list):
        if not o:
            b.add("[]")
            return
        if ind is None:
            b.add("[")
            for i, v in enumerate(o):
                if i:
                    b.add(", ")
                jdump(b, v, None)
            b.add("]")
        else:
            b.add("[\n")
            for i, v in enumerate(o):
                b.add(" " * (ind * (lvl + 1)))
                jdump(b, v, ind, lvl + 1)
                b.add(",\n" if i < len(o) - 1 else "\n")
            b.add(" " * (ind * lvl) + "]")
    elif isinstance(o, (E, N, S, str)):
        b.add('"')
        b.add(o, esc=jesc)
        b.add('"')
    elif isinstance(o, B):
        b.add('"')
        b.add(o, esc=jesc)
        b.add('"')
    else:
        b.add(json.dumps(o))


_YQ = re.compile(r"^[\s\-?:,\[\]{}#&*!|>'\"%@`]|: | #|^$|\s$|^(true|false|yes|no|null|on|off|~)$|^[\d.+\-:/ ]+$", re.I)


def yscalar(b, v):
    t = vtext(v)
    if _YQ.search(t) or "\n" in t:
        b.add('"')
        b.add(v, esc=jesc)
        b.add('"')
    else:
        b.add(v)


def ydump(b, o, lvl=0):
    pad = "  " * lvl
    for key, v in o.items():
        if isinstance(v, dict):
            b.add(f"{pad}{key}:\n")
            ydump(b, v, lvl + 1)
        elif isinstance(v, list):
            b.add(f"{pad}{key}:\n")
            for item in v:
                if isinstance(item, dict):
                    first = True
                    for k2, v2 in item.items():
                        b.add(f"{pad}  {'- ' if first else '  '}{k2}: ")
                        yscalar(b, v2)
                        b.add("\n")
                        first = False
                else:
                    b.add(f"{pad}  - ")
                    yscalar(b, item)
                    b.add("\n")
        elif isinstance(v, (int, float, bool)) and not isinstance(v, str):
            b.add(f"{pad}{key}: {json.dumps(v)}\n")
        else:
            b.add(f"{pad}{key}: ")
            yscalar(b, v)
            b.add("\n")


def csv_cell(b, v, delim=","):
    t = vtext(v)
    if delim in t or "\n" in t or '"' in t:
        b.add('"')
        b.add(vmap(v, lambda s: s.replace('"', '""')))
        b.add('"')
    else:
        b.add(v)


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
PERSONAL_DOMAINS = (["gmail.com"] * 6 + ["yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "proton.me", "aol.com",
                     "hotmail.co.uk", "yahoo.co.in", "gmx.de", "orange.fr", "seznam.cz", "web.de", "t-online.de",
                     "libero.it", "rediffmail.com", "hotmail.es", "btinternet.com", "sympatico.ca", "bigpond.com",
                     "live.com", "mail.com", "ymail.com", "fastmail.com", "zoho.com"])


def make_email(r, given, surname, dom=None):
    g = fold(given) or "user"
    s = fold(surname) or "mail"
    yy = f"{r.randint(60, 99)}" if r.random() < 0.5 else f"{r.randint(1, 999)}"
    local = r.choice([f"{g}.{s}", f"{g}{s}", f"{g[0]}{s}", f"{g}_{s}{yy}", f"{s}.{g}", f"{g}{yy}", f"{g}.{s[0]}",
                      f"{g}-{s}", f"{s}{g[0]}{yy}"])
    return f"{local}@{dom or r.choice(PERSONAL_DOMAINS)}"


class Person:
    def __init__(self, r, cc=None, y0=1940, y1=2005):
        self.cc = cc or r.choices(_CC, _CW)[0]
        self.given = r.choice(GIVEN_NAMES)
        self.surname = r.choice(SURNAMES)
        self.middle = r.choice(GIVEN_NAMES) if r.random() < 0.2 else None
        self.sex = r.choice("FM")
        self.dob = rand_date(r, y0, y1)
        self.dob_str = fmt_dob(r, self.dob)
        lines, disp, country = ADDR[self.cc](r)
        self.addr_lines = lines
        self.city = disp
        self.country = country
        self.region = disp.split(", ")[1] if self.cc == "US" else None
        self.phone = phone_for(r, self.cc)
        self.email = make_email(r, self.given, self.surname)

    @property
    def full(self):
        return f"{self.given} {self.surname}"

    def styled(self, r):
        k = r.random()
        if k < 0.70 or (k < 0.86 and self.surname[:1].islower()):
            return self.full
        if k < 0.80 and self.middle:
            mi = (fold(self.middle)[:1] or "A").upper()
            return f"{self.given} {mi}. {self.surname}"
        if k < 0.90 and not self.surname[:1].islower():
            return f"{self.surname}, {self.given}"
        if k < 0.93:
            return self.full.upper()
        return self.full


# --------------------------------------------------------------------------
# domain profiles
# --------------------------------------------------------------------------
PROFILES = {
    "fertility_clinic": dict(
        orgs=["Bloom Reproductive Health", "Cedar Fertility Partners", "NovaGen IVF Center", "Lumen Fertility & Genetics",
              "Harbor Light Reproductive Medicine", N("Stanton-Reyes Fertility Institute")],
        domains=["bloomrh.com", "cedarfertility.org", "novagen-ivf.com", "lumenfertility.co.uk", "harborlightrm.com",
                 "stanton-reyes.org"],
        items=["IVF consultation", "baseline ultrasound", "egg retrieval", "frozen embryo transfer", "IUI procedure",
               "semen analysis", "AMH and FSH blood draw", "genetic counseling session", "hysterosalpingogram",
               "follicle monitoring scan", "egg freezing consult", "beta hCG blood test"],
        dtk=["appointment", "consult", "procedure", "monitoring visit"],
        who=["Patient Name", "Patient", "Name", "Patient Full Name"],
        form=["New Patient Intake", "IVF Consent Packet", "Insurance Verification Form", "Patient Registration"],
        team=["Patient Care", "Nursing", "Billing", "Embryology", "Front Desk"],
        app=["ivf-portal", "patient-api", "bloom-scheduler", "cycle-tracker"],
        paths=["/portal/appointments/{id}", "/forms/intake?token={tok}", "/billing/pay/{tok}", "/results/{id}", "/consent/{tok}"],
        tool=["lookup_patient", "get_appointments", "verify_insurance"],
        channel=["#front-desk", "#ivf-nursing", "#billing-team", "#portal-dev"],
        noun="patient"),
    "auto_insurance": dict(
        orgs=["Harbor Mutual Auto", "Keystone Drive Insurance", "Allied Road Assurance", "Blue Mesa Auto Insurance",
              "Northgate Motor Cover", N("McKinley & Shaw Auto Insurance")],
        domains=["harbormutual.com", "keystonedrive.com", "alliedroad.co", "bluemesa-auto.com", "northgatecover.co.uk",
                 "mckinleyshaw.com"],
        items=["collision claim", "windshield replacement", "roadside assistance request", "policy renewal",
               "rental car reimbursement", "total loss evaluation", "adding a teen driver", "SR-22 filing",
               "hail damage claim", "comprehensive claim"],
        dtk=["inspection", "appraisal appointment", "recorded statement", "renewal date"],
        who=["Policyholder", "Insured Name", "Named Insured", "Driver Name"],
        form=["First Notice of Loss", "Driver Addition Request", "Claim Intake", "Policy Change Request"],
        team=["Claims", "Underwriting", "SIU", "Customer Care"],
        app=["claims-api", "fnol-service", "policy-admin", "quote-engine"],
        paths=["/claims/{id}/photos", "/policy/documents/{tok}", "/pay?ref={tok}", "/fnol/start/{tok}", "/id-cards/{id}"],
        tool=["get_policy", "open_claim", "lookup_driver"],
        channel=["#claims-intake", "#siu", "#underwriting", "#eng-claims"],
        noun="insured"),
    "municipal_utilities": dict(
        orgs=["Rivermoor Water & Sewer", "Metro Public Power", "Tri-County Gas Authority",
              "Lakeshore Municipal Utilities", "Kettle Creek Water District", N("Thomas Edison Public Power District")],
        domains=["rivermoorwater.gov", "metropublicpower.org", "tricountygas.org", "lakeshoreutilities.gov",
                 "kettlecreekwater.org", "tepowerdistrict.org"],
        items=["water service start", "final meter read", "high bill investigation", "autopay enrollment",
               "sewer backup inspection", "payment arrangement", "service shutoff notice", "leak adjustment request",
               "new electric connection", "trash cart replacement"],
        dtk=["service appointment", "meter read", "crew visit", "shutoff date"],
        who=["Account Holder", "Customer Name", "Name on Account", "Service Holder"],
        form=["Start Service Application", "Autopay Authorization", "Leak Adjustment Request", "Move-Out Request"],
        team=["Customer Service", "Field Ops", "Billing", "Meter Services"],
        app=["billing-core", "cis-sync", "meter-ingest", "payments-gw"],
        paths=["/pay/{tok}", "/account/{id}/usage", "/outages?area={id}", "/paperless/confirm/{tok}", "/start-stop/{tok}"],
        tool=["find_account", "get_balance", "schedule_service"],
        channel=["#billing-ops", "#field-dispatch", "#cis-migration", "#customer-care"],
        noun="customer"),
    "charity_donations": dict(
        orgs=["Hands Across Harvest", "Clearwater Children's Fund", "Open Shelter Alliance", "Seedline Literacy Trust",
              "Riverstone Food Bank", N("Eleanor Whitcombe Foundation"), N("Ronald McDonald House Charities")],
        domains=["handsacrossharvest.org", "clearwaterfund.org", "openshelter.org", "seedlinetrust.org.uk",
                 "riverstonefoodbank.org", "whitcombefoundation.org", "rmhc-local.org"],
        items=["monthly gift", "year-end donation", "memorial gift", "matching gift request", "gala sponsorship",
               "volunteer registration", "Gift Aid declaration", "recurring donation update", "legacy pledge"],
        dtk=["gala", "pledge due date", "volunteer shift", "donor call"],
        who=["Donor Name", "Donor", "Name", "Supporter"],
        form=["Online Donation Form", "Direct Debit Mandate", "Pledge Card", "Gift Aid Declaration"],
        team=["Development", "Donor Care", "Events", "Finance"],
        app=["donate-web", "crm-sync", "gift-processor", "events-rsvp"],
        paths=["/donate/{tok}", "/receipts/{id}", "/gala/rsvp/{tok}", "/manage-gift/{tok}", "/campaigns/{id}"],
        tool=["lookup_donor", "record_gift", "issue_receipt"],
        channel=["#donor-care", "#gala-2025", "#finance", "#crm-admin"],
        noun="donor"),
    "event_ticketing": dict(
        orgs=["StageLine Tickets", "GateHouse Events", "TixNorth", "Encore Box Office", "Marquee Pass"],
        domains=["stageline.com", "gatehouse-events.com", "tixnorth.ca", "encorebox.com", "marqueepass.io"],
        items=["2 GA floor tickets", "a VIP package", "two balcony seats", "a season pass", "accessible seating",
               "a refund", "a ticket transfer", "a parking pass", "four mezzanine seats"],
        dtk=["show", "event", "doors", "match"],
        who=["Customer Name", "Purchaser", "Ticket Holder", "Name"],
        form=["Accessibility Request", "Refund Request", "Ticket Transfer Form", "Will-Call Authorization"],
        team=["Fan Support", "Box Office", "Payments", "Fraud"],
        app=["checkout-api", "seatmap-svc", "ticket-delivery", "fraud-scorer"],
        paths=["/orders/{id}", "/tickets/download/{tok}", "/transfer/accept/{tok}", "/events/{id}", "/refund/{tok}"],
        tool=["find_order", "resend_tickets", "transfer_ticket"],
        channel=["#fan-support", "#box-office", "#payments-alerts", "#fraud-review"],
        noun="customer"),
    "home_care_nursing": dict(
        orgs=["Gentle Hands Home Health", "Visiting Nurse Cooperative", "Hearthside Home Care", "CareBridge Nursing Services",
              "Willow Lane Home Health", N("Florence Nightingale Home Nursing")],
        domains=["gentlehandshh.com", "vnacoop.org", "hearthsidecare.com", "carebridgenursing.com", "willowlanehh.org",
                 "nightingalehomenursing.com"],
        items=["skilled nursing visit", "wound care visit", "medication reconciliation", "physical therapy evaluation",
               "IV infusion visit", "post-discharge assessment", "home health aide shift", "diabetic foot check",
               "catheter change", "fall-risk assessment"],
        dtk=["visit", "home visit", "nurse visit", "start of care"],
        who=["Patient", "Patient Name", "Client", "Client Name"],
        form=["Referral Intake", "Start of Care", "Plan of Care (485)", "Visit Note"],
        team=["Intake", "Scheduling", "Clinical", "Billing"],
        app=["evv-sync", "visit-scheduler", "emr-bridge", "caregiver-app"],
        paths=["/care-plan/{tok}", "/visits/{id}", "/family/{tok}", "/sign/{tok}", "/referrals/{id}"],
        tool=["get_visit_schedule", "lookup_patient", "assign_nurse"],
        channel=["#scheduling", "#clinical-managers", "#intake", "#evv-support"],
        noun="patient"),
    "crypto_exchange_support": dict(
        orgs=["Kestrel Exchange", "BlockHarbor", "CoinVault Pro", "Meridian Digital Assets", "Orbitra Exchange",
              N("Ledger & Lovelace Exchange")],
        domains=["kestrel.exchange", "blockharbor.io", "coinvault.pro", "meridian-da.com", "orbitra.com",
                 "ledgerlovelace.com"],
        items=["withdrawal hold", "2FA reset", "KYC verification", "API key rotation", "account lock",
               "deposit not credited", "suspicious login review", "tax document request", "P2P dispute"],
        dtk=["verification call", "video KYC session", "callback", "review deadline"],
        who=["Account Holder", "Full Legal Name", "Name", "User"],
        form=["KYC Level 2 Application", "2FA Reset Request", "Withdrawal Whitelist Form", "Account Recovery"],
        team=["Trust & Safety", "Compliance", "Support", "Platform"],
        app=["matching-engine", "wallet-svc", "kyc-gateway", "withdrawals-api"],
        paths=["/account/security/{tok}", "/kyc/upload/{tok}", "/support/tickets/{id}", "/api-keys/revoke/{tok}", "/verify/{tok}"],
        tool=["get_exchange_account", "freeze_account", "check_withdrawal"],
        channel=["#trust-safety", "#kyc-queue", "#oncall-wallets", "#support-escalations"],
        noun="user"),
    "immigration_law_firm": dict(
        orgs=["Bridgeway Immigration Law Group", "Pacific Gateway Immigration Counsel", "Meridian Visa Law",
              "Northstar Immigration Advocates", N("Harrow & Lindqvist LLP"), N("Vance & Okoro Immigration LLP")],
        domains=["bridgewaylaw.com", "pgimmigration.com", "meridianvisa.law", "northstarimmigration.org", "hlimmigration.com",
                 "vanceokoro.com"],
        items=["I-130 petition", "I-485 adjustment of status", "N-400 naturalization", "H-1B transfer",
               "asylum application", "DACA renewal", "K-1 fiancé visa", "I-765 work permit renewal", "I-751 petition"],
        dtk=["interview", "biometrics appointment", "consultation", "hearing"],
        who=["Client Name", "Applicant", "Beneficiary", "Name"],
        form=["Client Intake Questionnaire", "Consultation Request", "Document Checklist", "Retainer Agreement"],
        team=["Family Immigration", "Employment Visas", "Removal Defense", "Intake"],
        app=["case-tracker", "client-portal", "docgen", "intake-bot"],
        paths=["/portal/case/{id}", "/upload/{tok}", "/consult/book/{tok}", "/sign/retainer/{tok}", "/checklist/{id}"],
        tool=["get_case_status", "lookup_client", "schedule_consult"],
        channel=["#intake", "#family-team", "#paralegals", "#it-helpdesk"],
        noun="client"),
}

EVENTS = _L("Midnight Harbor Tour, The Velvet Owls – Live, Symphony No. 9 Night, City FC vs. Rovers, "
            "Comedy Cellar Late Show, Neon Reverie World Tour, Swan Lake (Matinee), Jazz on the Pier, "
            "Hometown Throwdown Wrestling, Lantern Festival Concert")
CAMPAIGNS = _L("Winter Warmth Appeal, Back-to-School Drive, General Fund, Capital Campaign 2025, Emergency Relief Fund, "
               "Feed a Family, Books for Every Child")
VEHICLES = _L("Toyota Camry, Honda Civic, Ford F-150, Chevrolet Malibu, Nissan Rogue, Hyundai Tucson, Kia Sorento, "
              "Subaru Outback, Tesla Model 3, Lincoln Navigator, Mercedes-Benz C300, Jeep Wrangler, Dodge Ram 1500, "
              "Mazda CX-5, Volkswagen Jetta")


def mk_url(c, r=None):
    r = r or c.r
    od = c.odom
    path = r.choice(c.P["paths"]).format(id=nz(r, 6), tok=rs(r, AN + "-_", r.randint(10, 24)))
    k = r.random()
    if k < 0.62:
        return f"https://{r.choice(['', 'www.', 'portal.', 'my.', 'app.', 'secure.'])}{od}{path}"
    if k < 0.70:
        return f"https://calendly.com/{od.split('.')[0]}/{r.choice(['intake', 'consult', '30min', 'callback'])}"
    if k < 0.78:
        return f"https://zoom.us/j/{nz(r, 11)}?pwd={rs(r, AN, 32)}"
    if k < 0.85:
        return f"https://drive.google.com/file/d/{rs(r, AN + '-_', 33)}/view?usp=sharing"
    if k < 0.92:
        return f"https://bit.ly/{rs(r, AN, 7)}"
    return f"http://{od}{path}"


def loc_str(r):
    k = r.random()
    if k < 0.30:
        c, ctry = r.choice(WORLD_CITIES)
        return f"{c}, {ctry}"
    if k < 0.50:
        return r.choice(WORLD_CITIES)[0]
    if k < 0.68:
        c, st, _ = r.choice(US_CITIES)
        return f"{c}, {st}"
    if k < 0.80:
        return r.choice(REGIONS)
    if k < 0.90:
        return r.choice(COUNTRIES)
    return r.choice(US_STATES)


HN_BIZ = [0, 2, 3, 4, 9, 10, 11, 12, 13, 16, 17, 20, 21, 22, 24, 26, 27]
HN_TECH = [1, 5, 6, 7, 8, 14, 15, 18, 19, 23, 25]


def hn(c, kind="any"):
    """A sentence made only of hard negatives."""
    r = c.r
    k = r.choice(HN_BIZ if kind == "biz" else HN_TECH if kind == "tech" else HN_BIZ + HN_TECH)
    if k == 0:
        return S("Order ", N(order_no(r)), " shipped via UPS, tracking ", N(ups(r)), ".")
    if k == 1:
        return S("Build ", N(version(r)), " (commit ", N(sha(r, 7)), ") is live.")
    if k == 2:
        return S("The card ending in ", N(r.choice(["****", "x", "•••• ", "XXXX-"]) + dg(r, 4)), " was declined with HTTP ", N(r.choice(HTTP)), ".")
    if k == 3:
        return S("Test number ", N(bad_card(r)), " fails the Luhn check, so the form rejected it.")
    if k == 4:
        return S("The SSN field rejected ", N(bad_ssn(r)), " as invalid.")
    if k == 5:
        return S("Security note: ", N(cve(r)), " was patched in ", N(version(r)), ".")
    if k == 6:
        return S("Device MAC ", N(mac(r)), " was added to the allow list.")
    if k == 7:
        return S("Request ID ", N(uuid4(r)), ".")
    if k == 8:
        return S("Attachment checksum sha256:", N(sha(r, 64)), ".")
    if k == 9:
        return S("Reference manual ISBN ", N(isbn(r)), ".")
    if k == 10:
        return S("Template fields ", N(r.choice(PLACEHOLDERS)), " and ", N(r.choice(PLACEHOLDERS)), " were left unfilled.")
    if k == 11:
        return S("Paid with a ", N(r.choice(FOOD_BRANDS + RETAIL_BRANDS)), " gift card.")
    if k == 12:
        return S("Invoice ", N(invoice_no(r)), " for ", money(r), " (", pct(r), " discount) is settled.")
    if k == 13:
        return S("Ticket ", N(ticket_no(r)), " was merged into ", N(ticket_no(r)), ".")
    if k == 14:
        return S("last_sync=", N(epoch(r)), " status=", N(r.choice(HTTP).split()[0]))
    if k == 15:
        return S("Synced at ", N(iso_ts(r)), ".")
    if k == 16:
        return S("We'll follow up ", r.choice(RELATIVE), ".")
    if k == 17:
        return S("USPS tracking ", N(usps(r)), ".")
    if k == 18:
        return S("Commit ", N(sha(r)), " reverted the change.")
    if k == 19:
        return S("The docs example key ", N("AKIAIOSFODNN7EXAMPLE"), " is only used in test fixtures.")
    if k == 20:
        return S("IBAN ", N(bad_iban(r)), " was rejected (checksum mismatch).")
    if k == 21:
        return S("SSN on file shows as ", N("***-**-" + dg(r, 4)), ".")
    if k == 22:
        return S("Batch ", N(lot_no(r)), " logged.")
    if k == 23:
        return S("Error rate dropped to ", pct(r), " after ", N(version(r)), ".")
    if k == 24:
        return S("FedEx ", N(nz(r, 12)), " is out for delivery.")
    if k == 25:
        return S("Job ", N(uuid4(r)), " retried ", str(r.randint(2, 5)), " times (HTTP ", N(r.choice(HTTP)), ").")
    if k == 26:
        return S("Placeholder ", N(r.choice(PLACEHOLDERS)), " appeared in the export instead of real data.")
    return S("Card on file: ", N("**** **** **** " + dg(r, 4)), ".")


def dom_ids(c, k):
    r, d = c.r, c.dom
    if d == "fertility_clinic":
        return (r.choice(["MRN", "medical record #", "chart number", "MRN#"]), k["mrn"],
                r.choice(["member ID", "insurance member ID", "subscriber ID"]), k["hp"],
                r.choice(["invoice", "statement", "invoice #"]), N(invoice_no(r)))
    if d == "auto_insurance":
        return (r.choice(["driver's license", "DL#", "license number"]), k["dl"],
                r.choice(["customer account", "billing account"]), k["acct"],
                r.choice(["claim", "claim number", "claim #"]), N(claim_no(r)))
    if d == "municipal_utilities":
        return (r.choice(["account number", "account #", "acct"]), k["acct"],
                r.choice(["bank account", "checking account"]), k["bank"],
                r.choice(["service order", "work order"]), N(work_order(r)))
    if d == "charity_donations":
        return (r.choice(["donor ID", "donor account", "constituent number"]), k["acct"],
                "IBAN", k["iban"], r.choice(["receipt", "receipt number"]), N(receipt_no(r)))
    if d == "event_ticketing":
        return (r.choice(["customer account", "account number"]), k["acct"], "card", k["card"],
                r.choice(["order", "order number", "confirmation"]), N(order_no(r)))
    if d == "home_care_nursing":
        return ("MRN", k["mrn"], r.choice(["Medicare ID", "member ID", "Medicaid ID"]), k["hp"],
                r.choice(["authorization", "auth number"]), N(auth_no(r)))
    if d == "crypto_exchange_support":
        return (r.choice(["UID", "account ID", "user ID"]), k["acct"], "login IP", k["ip"],
                r.choice(["ticket", "case"]), N(ticket_no(r)))
    return ("SSN", k["ssn"], "driver's license", k["dl"],
            r.choice(["receipt number", "receipt #"]), N(uscis_receipt(r)))


def slots(c, p, main=False):
    r, P = c.r, c.P
    k = {"p": p}
    k["name"] = E(p.styled(r), "PERSON")
    k["full"] = E(p.full, "PERSON")
    k["given"] = E(p.given, "PERSON")
    k["surname"] = E(p.surname, "PERSON")
    k["email"] = E(p.email, "EMAIL_ADDRESS")
    k["phone"] = E(p.phone, "PHONE_NUMBER")
    k["addr"] = E(", ".join(p.addr_lines), "ADDRESS")
    k["addr_ml"] = E("\n".join(p.addr_lines), "ADDRESS")
    k["city"] = E(p.city, "LOCATION")
    k["country"] = E(p.country if r.random() < 0.7 else r.choice(COUNTRIES), "LOCATION")
    k["dob"] = E(p.dob_str, "DATE_OF_BIRTH")
    k["dob_iso"] = E(p.dob.isoformat(), "DATE_OF_BIRTH")
    base = rand_date(r, 2025, 2026)
    k["dt"] = E(fmt_dt(r, base), "DATE_TIME")
    due = base + _dt.timedelta(days=r.randint(3, 20))
    k["due"] = E(fmt_due(r, due), "DATE_TIME")
    k["dt2"] = E(fmt_dt(r, due + _dt.timedelta(days=r.randint(7, 40))), "DATE_TIME")
    k["ts"] = N(iso_ts(r))
    p2 = Person(r)
    k["p2"] = p2
    k["name2"] = E(p2.styled(r), "PERSON")
    k["given2"] = E(p2.given, "PERSON")
    k["email2"] = E(p2.email, "EMAIL_ADDRESS")
    k["phone2"] = E(p2.phone, "PHONE_NUMBER")
    k["addr2"] = E(", ".join(p2.addr_lines), "ADDRESS")
    k["loc"] = E(loc_str(r), "LOCATION")
    k["loc2"] = E(loc_str(r), "LOCATION")
    num, _ = card_digits(r)
    k["card"] = E(fmt_card(r, num), "CREDIT_CARD")
    k["exp"] = f"{r.randint(1, 12):02d}/{r.randint(26, 31)}"
    k["last4"] = N(r.choice(["****", "**** ", "x", "ending "]).replace("ending ", "****") + dg(r, 4))
    icc = p.cc if p.cc in IBAN_SPECS else None
    k["iban"] = E(iban(r, icc), "IBAN_CODE")
    k["acct"] = E(account_number(r, c.dom), "ACCOUNT_NUMBER")
    k["bank"] = E(bank_account(r), "ACCOUNT_NUMBER")
    k["ssn"] = E(ssn(r, "-" if r.random() < 0.85 else " "), "US_SSN")
    st, dlv = dl_for(r, p)
    k["dlstate"] = E(st, "LOCATION")
    k["dl"] = E(dlv, "DRIVER_LICENSE")
    k["dl2"] = E(dl_for(r, p2)[1], "DRIVER_LICENSE")
    k["mrn"] = E(mrn(r), "MEDICAL_RECORD_NUMBER")
    k["hp"] = E(health_plan(r), "HEALTH_PLAN_NUMBER")
    k["url"] = E(mk_url(c), "URL")
    k["url2"] = E(mk_url(c), "URL")
    k["ip"] = E(ipv4(r), "IP_ADDRESS")
    k["ip6"] = E(ipv6(r), "IP_ADDRESS")
    k["apikey"] = E(generic_secret(r), "GENERIC_SECRET")
    k["wallet"] = N(wallet(r))
    k["txhash"] = N(txhash(r))
    k["routing"] = N(routing(r))
    k["amount"] = money(r)
    k["amount2"] = money(r)
    k["pct"] = pct(r)
    k["org"] = c.org
    k["orgphone"] = E(c.orgphone, "PHONE_NUMBER")
    k["orgemail"] = E(c.orgemail, "EMAIL_ADDRESS")
    k["orgaddr"] = E(", ".join(c.orgaddr), "ADDRESS")
    k["orgaddr_ml"] = E("\n".join(c.orgaddr), "ADDRESS")
    k["staff"] = E(c.staff.full, "PERSON")
    k["staff_given"] = E(c.staff.given, "PERSON")
    k["staff_surname"] = E(c.staff.surname, "PERSON")
    k["staff_email"] = E(c.staff.email, "EMAIL_ADDRESS")
    k["staff2"] = E(c.staff2.full, "PERSON")
    k["staff2_given"] = E(c.staff2.given, "PERSON")
    k["item"] = c.item
    k["dtk"] = c.dtk
    k["event"] = c.event
    k["venue"] = N(c.venue)
    k["campaign"] = c.campaign
    k["seats"] = r.choice([f"Sec {r.randint(101, 330)}, Row {r.choice('ABCDEFGHJK')}, Seats {r.randint(1, 20)}-{r.randint(21, 24)}",
                           f"GA Floor x{r.randint(1, 4)}", f"Balcony {r.choice('LRC')}{r.randint(1, 30)}"])
    k["vehicle"] = N(f"{r.randint(2008, 2025)} {r.choice(VEHICLES)}")
    k["vin"] = N(vin(r))
    k["policy"] = N(policy_no(r))
    k["meter"] = N(meter_no(r))
    idk, idv, id2k, id2v, refk, ref = dom_ids(c, k)
    if main:
        idk, refk, id2k = c.idk, c.refk, c.id2k
    k.update(idk=idk, idv=idv, id2k=id2k, id2v=id2v, refk=refk, ref=ref)
    k["hn"] = hn(c, "biz")
    k["hn2"] = hn(c, "biz")
    k["rel"] = r.choice(RELATIVE)
    k["relp"] = r.choice(RELATIVE_PAST)
    k["hnt"] = hn(c, "tech")
    k["apiurl"] = E(f"https://api.{c.odom}/v{r.randint(1, 3)}/{c.P['noun']}s/{r.choice(['search', 'sync', nz(r, 6), 'batch'])}", "URL")
    k["brand"] = N(r.choice(BRANDS))
    k["uuid"] = N(uuid4(r))
    k["sha7"] = N(sha(r, 7))
    k["ver"] = N(version(r))
    k["http"] = N(r.choice(HTTP))
    k["ak"] = E(aws_access(r), "AWS_ACCESS_KEY")
    k["sk"] = E(aws_secret(r), "AWS_SECRET_KEY")
    k["gh"] = E(gh_token(r), "GITHUB_TOKEN")
    k["slack"] = E(slack_token(r), "SLACK_TOKEN")
    k["stripe"] = E(stripe_key(r), "STRIPE_KEY")
    k["jwt"] = E(jwt(r), "JWT")
    k["pem"] = E(pem(r), "PRIVATE_KEY")
    k["pw"] = E(password(r), "PASSWORD")
    k["pw2"] = E(password(r), "PASSWORD")
    k["gsec"] = E(generic_secret(r), "GENERIC_SECRET")
    k["app"] = c.app
    k["team"] = c.team
    k["form"] = c.form
    return k


class Ctx:
    def __init__(self, r, dom):
        self.r = r
        self.dom = dom
        P = self.P = PROFILES[dom]
        y0, y1 = (1926, 1958) if dom == "home_care_nursing" else (1940, 2005)
        self.p = Person(r, y0=y0, y1=y1)
        self.staff = Person(r, cc="US" if r.random() < 0.7 else None)
        self.staff2 = Person(r, cc="US" if r.random() < 0.7 else None)
        oi = r.randrange(len(P["orgs"]))
        self.org = P["orgs"][oi]
        self.odom = P["domains"][oi]
        self.staff.email = make_email(r, self.staff.given, self.staff.surname, self.odom)
        self.orgphone = us_phone(r) if r.random() < 0.8 else phone_for(r, r.choice(["GB", "CA", "AU", "ES"]))
        self.orgemail = f"{r.choice(['support', 'help', 'info', 'billing', 'care', 'intake', 'noreply', 'hello'])}@{self.odom}"
        self.orgaddr = addr_us(r)[0] if r.random() < 0.75 else ADDR[r.choice(["GB", "CA", "ES", "AU"])](r)[0]
        self.item = r.choice(P["items"])
        self.dtk = r.choice(P["dtk"])
        self.event = r.choice(EVENTS)
        self.venue = r.choice(VENUES)
        self.campaign = r.choice(CAMPAIGNS)
        self.app = r.choice(P["app"])
        self.team = r.choice(P["team"])
        self.form = r.choice(P["form"])
        self.idk = self.refk = self.id2k = None
        k0 = slots(self, self.p)
        self.idk, self.refk, self.id2k = k0["idk"], k0["refk"], k0["id2k"]
        self.k = k0

    def person_k(self):
        k = slots(self, Person(self.r), main=True)
        if self.r.random() < 0.6:
            k["item"] = self.r.choice(self.P["items"])
        return k

    def url(self):
        return E(mk_url(self), "URL")

# --------------------------------------------------------------------------
# record field specs (snake key, label variants, slot key)
# --------------------------------------------------------------------------
COMMON_FIELDS = [("email", "Email|E-mail|Email Address|email", "email"),
                 ("phone", "Phone|Mobile|Phone Number|Cell|Tel", "phone"),
                 ("address", "Address|Mailing Address|Home Address|Street Address", "addr")]

DOMFIELDS = {
    "fertility_clinic": [("dob", "Date of Birth|DOB|Birth Date", "dob"), ("mrn", "MRN|Medical Record #|Chart No.", "mrn"),
                         ("member_id", "Member ID|Insurance Member ID|Subscriber ID", "hp"),
                         ("procedure", "Procedure|Service|Visit Type", "item"),
                         ("appointment", "Appointment|Appt Date/Time|Scheduled For", "dt"),
                         ("partner_name", "Partner Name|Partner|Co-patient", "name2"),
                         ("invoice_no", "Invoice #|Statement No.", "ref")],
    "auto_insurance": [("dob", "Date of Birth|DOB", "dob"), ("driver_license", "Driver License #|DL Number|License No.", "dl"),
                       ("dl_state", "DL State|Issuing State|Licensing Authority", "dlstate"),
                       ("policy_number", "Policy #|Policy Number", "policy"), ("claim_number", "Claim #|Claim Number", "ref"),
                       ("vehicle", "Vehicle|Year/Make/Model", "vehicle"), ("vin", "VIN", "vin"),
                       ("date_of_loss", "Date of Loss|Loss Date|Incident Date", "dt"),
                       ("loss_location", "Loss Location|Where It Happened|Accident Location", "loc")],
    "municipal_utilities": [("account_number", "Account Number|Account #|Acct No.", "acct"),
                            ("service_address", "Service Address|Premises Address", "addr2"),
                            ("meter_number", "Meter #|Meter No.", "meter"), ("amount_due", "Amount Due|Balance", "amount"),
                            ("due_date", "Due Date|Payment Due", "due"),
                            ("bank_account", "Bank Account #|Checking Account|Autopay Account", "bank"),
                            ("routing_number", "Routing #|ABA Routing", "routing")],
    "charity_donations": [("donor_account", "Donor ID|Donor Account #|Constituent No.", "acct"),
                          ("gift_amount", "Gift Amount|Donation", "amount"),
                          ("card_number", "Card Number|Credit Card|Card #", "card"), ("card_expiry", "Exp|Expiry|Exp. Date", "exp"),
                          ("iban", "IBAN|Bank (IBAN)", "iban"), ("receipt_no", "Receipt #|Receipt Number", "ref"),
                          ("tribute_name", "In Memory Of|In Honor Of|Tribute", "name2"), ("campaign", "Campaign|Fund", "campaign")],
    "event_ticketing": [("order_number", "Order #|Order Number|Confirmation", "ref"), ("event", "Event", "event"),
                        ("venue", "Venue", "venue"), ("event_date", "Date & Time|Show Time|Event Date", "dt"),
                        ("seats", "Seats|Section/Row/Seat", "seats"),
                        ("card_number", "Card|Payment Card|Card Number", "card"),
                        ("customer_account", "Customer Account #|Account No.", "acct")],
    "home_care_nursing": [("dob", "DOB|Date of Birth", "dob"), ("mrn", "MRN|Medical Record No.|Patient ID", "mrn"),
                          ("plan_id", "Medicare ID|Member ID|Medicaid ID|Plan Member #", "hp"),
                          ("next_visit", "Next Visit|Scheduled Visit|Visit Date/Time", "dt"),
                          ("nurse", "Assigned Nurse|Primary RN|Clinician", "staff"),
                          ("emergency_contact", "Emergency Contact|Next of Kin", "name2"),
                          ("ec_phone", "Emergency Phone|NOK Phone", "phone2"), ("auth_number", "Auth #|Authorization", "ref")],
    "crypto_exchange_support": [("dob", "Date of Birth|DOB", "dob"), ("uid", "UID|Account ID|User ID", "acct"),
                                ("country", "Country of Residence|Country|Residence", "country"),
                                ("last_login_ip", "Last Login IP|Login IP|IP Address", "ip"),
                                ("withdrawal_address", "Withdrawal Address|Destination Wallet", "wallet"),
                                ("tx_id", "TxID|Transaction Hash", "txhash"), ("ticket", "Ticket #|Case", "ref")],
    "immigration_law_firm": [("dob", "Date of Birth|DOB", "dob"), ("ssn", "SSN|Social Security No.|U.S. SSN", "ssn"),
                             ("country_of_birth", "Country of Birth|Birthplace", "country"),
                             ("receipt_number", "USCIS Receipt #|Receipt Number|Receipt No.", "ref"),
                             ("form_type", "Form|Petition Type|Matter", "item"),
                             ("interview", "Interview|Biometrics Appt|Appointment", "dt"),
                             ("attorney", "Attorney|Responsible Attorney", "staff"),
                             ("driver_license", "Driver's License|DL #", "dl")],
}


def rec_spec(c, split=None, minf=4):
    r = c.r
    spec = []
    if split is None:
        split = r.random() < 0.4
    if split:
        spec += [("first_name", "First Name|Given Name|First", "given"), ("last_name", "Last Name|Surname|Family Name", "surname")]
    else:
        spec.append(("name", "|".join(c.P["who"]), "name"))
    fields = COMMON_FIELDS + DOMFIELDS[c.dom]
    chosen = [f for f in fields if r.random() < 0.8]
    if len(chosen) < minf:
        chosen = fields[:minf] if r.random() < 0.5 else r.sample(fields, minf)
        chosen.sort(key=fields.index)
    spec += chosen
    return [(sn, r.choice(lbl.split("|")), key) for sn, lbl, key in spec]


# --------------------------------------------------------------------------
# sentence banks (slots refer to keys produced by slots())
# --------------------------------------------------------------------------
SENT = {
    "fertility_clinic": dict(
        subj=["Appointment confirmation: «item»", "Reminder – your «dtk» on «dt»", "Billing question re: «refk» «ref»",
              "Forms needed before your «item»", "Re: cycle schedule", "Your portal results are ready"],
        cust=["Hi, this is «name». I need to move my «item», the portal still shows «dt».",
              "My «idk» is «idv» and my date of birth is «dob».",
              "Can you confirm you billed my insurance? The «id2k» on the new card is «id2v».",
              "I got a text from «orgphone» about my «item» but I wasn't sure it was legit.",
              "My partner «name2» will come too, is that ok?",
              "please send the consent forms to «email», the old address bounces",
              "I moved, the new address is «addr».",
              "Could the nurse call me back on «phone»? I'm at work until 5."],
        agent=["Thanks, «given». I see your «item» booked for «dt».",
               "I've updated your chart (MRN «idv») with the new insurance details.",
               "Dr. «staff_surname» will review your labs and call you at «phone».",
               "You can complete the intake forms here: «url»",
               "For security, can you confirm your date of birth?",
               "The «refk» «ref» shows a balance of «amount», which your plan should cover.",
               "Your next monitoring visit is «dt2»; please arrive 15 minutes early."],
        note=["«name» (DOB «dob», «idk» «idv») called to reschedule the «item» to «dt».",
              "Patient's insurance «id2k» «id2v» verified; «refk» «ref» resubmitted.",
              "«given» prefers contact at «phone» after 5pm; do not leave detailed voicemails.",
              "Partner «name2» signed the embryo disposition consent.",
              "Records request mailed to «addr».",
              "Patient relocated from «loc» and is transferring care from an outside clinic.",
              "Dr. «staff» reviewed the AMH result with «given»; plan to start stims «dt2»."]),
    "auto_insurance": dict(
        subj=["Claim «ref» – next steps", "Your policy documents", "Inspection scheduled for «dt»",
              "Action needed: driver information", "Re: «item»", "Payment reminder"],
        cust=["Hi, I'm «name», I was in an accident near «loc» and need to open a claim.",
              "My license number is «dl», it's a «dlstate» license.",
              "The other driver was «name2», their number is «phone2».",
              "you can reach me at «phone» or «email»",
              "I'm calling about «refk» «ref», the adjuster hasn't called back.",
              "The car is parked at «addr» if the appraiser needs to see it.",
              "I want to add my son «name2» to the policy, his DL is «dl2»."],
        agent=["Thanks «given», I've opened the claim and the reference is «ref».",
               "Your adjuster is «staff»; they'll inspect the vehicle on «dt».",
               "Please upload photos of the damage here: «url»",
               "I have your driver's license on file as «dl».",
               "Your premium of «amount» will be drafted from account «acct».",
               "We mailed the ID cards to «addr».",
               "The rental is authorized through «due»."],
        note=["Insured «name» (DL «dl», DOB «dob») reported a rear-end collision in «loc».",
              "Claimant «name2» alleges injuries; recorded statement scheduled «dt».",
              "Vehicle inspection at «addr» on «dt».",
              "«surname» requested rental coverage under «refk» «ref».",
              "Named driver «name2» added to policy «policy»; MVR pulled using license «dl2».",
              "Loss occurred «dt2» near «loc2» per police report."]),
    "municipal_utilities": dict(
        subj=["Your bill is ready", "Service appointment on «dt»", "Payment received – thank you",
              "Notice of scheduled water shutoff", "Autopay enrollment confirmation", "Re: «item»"],
        cust=["Hi, this is «name» at «addr». My bill doubled this month.",
              "account number is «acct»",
              "I'd like to set up autopay from my checking account «bank».",
              "Can someone come read the meter? I'm home «dt».",
              "We're moving out, please do a final read and send the last bill to «addr2».",
              "My phone is «phone» if the crew needs access to the backyard."],
        agent=["Thanks «given». Account «acct» shows a balance of «amount» due «due».",
               "A technician will be at the service address on «dt».",
               "You can pay online at «url» or call «orgphone».",
               "I've enrolled account «acct» in paperless billing at «email».",
               "The «refk» «ref» has been created for the leak adjustment.",
               "Autopay will draft from the account ending in «last4» starting «due»."],
        note=["Customer «name» (acct «acct») reported low water pressure at «addr».",
              "Payment arrangement: «amount» due «due»; next installment «dt2».",
              "Autopay set up from bank account «bank», routing «routing».",
              "Service transfer requested; new owner «name2» to call «orgphone».",
              "Crew dispatched to «addr2» for a main break; «refk» «ref».",
              "Meter «meter» read estimated twice; «given» asked for an actual read."]),
    "charity_donations": dict(
        subj=["Thank you for your gift, «given»!", "Your «item» receipt", "Update your payment details",
              "Invitation: Spring Gala on «dt»", "Re: «campaign»"],
        cust=["Hi, I'd like to make a «item» of «amount» in memory of «name2».",
              "card number is «card» exp «exp»",
              "Please send the tax receipt to «email» and mail a copy to «addr».",
              "Can you switch my monthly gift to direct debit? IBAN «iban».",
              "I'm «name», my donor number is «acct» I think.",
              "My phone is «phone», happy to talk about a bigger gift."],
        agent=["Thank you, «given»! Your «item» of «amount» has been processed.",
               "Your receipt number is «ref»; keep it for your records.",
               "We'd love to see you at the gala on «dt», RSVP at «url».",
               "I've updated your donor account «acct» with the new card.",
               "The direct debit from «iban» will start on «due»."],
        note=["Donor «name» («email») pledged «amount»; first installment due «due».",
              "Tribute gift in honor of «name2»; acknowledgment card to «addr».",
              "Major donor «surname» prefers calls at «phone», never before 10am.",
              "Gift Aid declaration received from «name», «addr».",
              "Recurring gift moved to IBAN «iban»; old card «last4» retired.",
              "«given» will volunteer at the food drive on «dt»."]),
    "event_ticketing": dict(
        subj=["Your tickets for «event»", "Order «ref» confirmed", "Important: «event» time change",
              "Ticket transfer request", "Refund update"],
        cust=["hey, I bought «item» for «event» but never got the email at «email»",
              "Order «ref», paid with card «card».",
              "Can I transfer one ticket to my friend «name2» («email2»)?",
              "Is the show still on «dt»? I'm driving in from «loc».",
              "I need accessible seating for my mom, «name2».",
              "My name is «name», account «acct», I was charged twice."],
        agent=["Hi «given», your order «ref» for «event» at «venue» on «dt» is confirmed.",
               "I've resent the tickets to «email»; you can also download them at «url».",
               "The transfer to «name2» is pending; they'll get a link at «email2».",
               "Refunds go back to the card used, usually within 5–7 business days.",
               "Doors open at «venue» an hour before the show on «dt»."],
        note=["Customer «name» (acct «acct») disputes a duplicate charge on card «card».",
              "«event» at «venue» moved to «dt»; «given» requested a refund.",
              "Chargeback filed by «surname»; order «ref», IP «ip».",
              "Will-call pickup authorized for «name2» with photo ID.",
              "Bot traffic from «ip» hit the presale; order «ref» cancelled."]),
    "home_care_nursing": dict(
        subj=["Visit schedule for «given»", "Care plan update – «surname»", "New referral: «item»",
              "Authorization «ref» approved", "Re: nurse visit"],
        cust=["Hi, this is «name2», I'm «given»'s daughter. Can the nurse come «dt» instead?",
              "Mom's Medicare number is «hp» and her birthday is «dob».",
              "We're at «addr», please ring twice.",
              "Can you call me at «phone2»? I work nights.",
              "Dad's MRN is «mrn» if you need it for the pharmacy."],
        agent=["«staff» will be the RN for the «item» on «dt».",
               "We have «name» listed at «addr», MRN «mrn».",
               "Please sign the plan of care here: «url»",
               "The «refk» «ref» covers 12 visits through «due».",
               "I'll text the nurse's ETA to «phone2»."],
        note=["Pt «name», DOB «dob», MRN «mrn», seen at home for «item».",
              "Vitals stable, BP 128/82, SpO2 97%. Daughter «name2» present.",
              "Next visit «dt» with «staff».",
              "Insurance «id2k» «hp» verified; «refk» «ref» on file.",
              "Patient lives alone at «addr»; emergency contact «name2» «phone2».",
              "«given» reports dizziness since «relp»; nurse «staff_given» notified the physician."]),
    "crypto_exchange_support": dict(
        subj=["Withdrawal on hold – action required", "New login from «loc»", "Your API key was created",
              "Re: «item»", "Security alert for your account"],
        cust=["my withdrawal has been pending for 3 days, UID «acct»",
              "I didn't log in from «ip», someone is in my account!!",
              "I lost my phone, need a 2FA reset. email is «email»",
              "Here's my API key so you can check: «apikey»",
              "I'm «name», DOB «dob», living in «loc».",
              "why is my account locked?? my number is «phone»"],
        agent=["Hi «given», I've locked account «acct» as a precaution.",
               "The last login came from IP «ip» near «loc».",
               "Please never share your API secret with anyone, including support. Revoke it here: «url»",
               "The transfer «txhash» is confirmed on-chain; it's with the receiving wallet now.",
               "To finish verification, upload your ID at «url».",
               "Your video KYC session is booked for «dt»."],
        note=["User «name» (UID «acct», «email») reported unauthorized access from «ip».",
              "Withdrawal to wallet «wallet» blocked pending review.",
              "Customer pasted their API key «apikey» in chat; key revoked and rotated.",
              "KYC address: «addr».",
              "Login from «ip6» flagged; device not recognized.",
              "«given» confirmed residence in «country»; enhanced due diligence done."]),
    "immigration_law_firm": dict(
        subj=["Your «item» – document checklist", "Biometrics appointment on «dt»", "Receipt notice received",
              "Interview preparation for «given»", "Re: case update"],
        cust=["Hello, I'm «name». I was born in «country» on «dob».",
              "My SSN is «ssn», I got it when I had the work permit.",
              "USCIS sent a receipt, number «ref». Is that good?",
              "My wife «name2» is still in «loc2», can she join the case?",
              "My new address is «addr», I moved last month.",
              "Can I come to the office «rel»? My phone is «phone»."],
        agent=["Dear «given», your interview is scheduled for «dt» at the field office.",
               "Attorney «staff» will meet you 30 minutes before.",
               "Please upload your documents to «url».",
               "We filed the «item» and USCIS assigned «refk» «ref».",
               "Bring your driver's license («dl») and passport to the appointment."],
        note=["Client «name» (DOB «dob», born in «country») seeks «item».",
              "Beneficiary «name2» resides in «loc2».",
              "SSN «ssn» on file; DL «dl» for ID.",
              "Interview «dt»; «staff» attending.",
              "Update mailing address to «addr» via AR-11.",
              "«given» traveled through «loc» before entering the U.S.; no overstays reported."]),
}

CASUAL = ["omg «org» finally called back", "what did they say", "the «item» got moved to «dt» lol",
          "u still at «addr»?", "ya. btw my new number is «phone»", "send me ur email again",
          "«email»", "kk got it", "did you ever hear from «name2»?", "nope. maybe «rel}", "can you cover for me «rel»?",
          "sure, just text me", "wait is it «dt» or the week after", "idk check the email", "lol ok"]
CASUAL = [c.replace("«rel}", "«rel»") for c in CASUAL]


def say(c, kind, k=None):
    return F(c.r.choice(SENT[c.dom][kind]), k or c.k)


def says(c, kind, n, k=None):
    pool = SENT[c.dom][kind]
    return [F(t, k or c.k) for t in c.r.sample(pool, min(n, len(pool)))]


def lab(label, st):
    if st == 1:
        return label.upper()
    if st == 2:
        return label.lower()
    if st == 3:
        return re.sub(r"[^a-z0-9]+", "_", label.lower()).strip("_")
    return label

# --------------------------------------------------------------------------
# templates
# --------------------------------------------------------------------------
POS, NEG = [], []


def pos(fn):
    POS.append(fn)
    return fn


def neg(fn):
    NEG.append(fn)
    return fn


UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.91 Safari/537.36",
       "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.99 Mobile Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
       "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
       "okhttp/4.12.0", "python-requests/2.31.0", "curl/8.4.0"]


class Clock:
    """Monotonic chat/SMS clock stamps (rendered as hard negatives)."""

    def __init__(self, r):
        self.r = r
        self.t = r.randint(7 * 60, 20 * 60)
        self.h24 = r.random() < 0.5

    def __call__(self, step=5):
        self.t = (self.t + self.r.randint(0, step)) % (24 * 60)
        h, m = divmod(self.t, 60)
        if self.h24:
            return N(f"{h:02d}:{m:02d}")
        h12, ap = _h12(h)
        return N(f"{h12}:{m:02d} {ap}")


SECRET_ENV = [("SG.", "SENDGRID_API_KEY"), ("key-", "MAILGUN_API_KEY"), ("AIza", "GOOGLE_MAPS_API_KEY")]


def secret_env_name(r, v):
    for pre, name in SECRET_ENV:
        if v.startswith(pre):
            return name
    if re.fullmatch(r"[0-9a-f]{32}", v):
        return r.choice(["TWILIO_AUTH_TOKEN", "MIXPANEL_SECRET", "WEBHOOK_SECRET"])
    return r.choice(["INTERNAL_API_KEY", "ENCRYPTION_KEY", "PARTNER_API_SECRET", "CRM_API_TOKEN"])


def _rows_table(c, b, delim, spec, rows, hdr_style, add_id, add_ts):
    r = c.r
    cols = [sn if hdr_style == 0 else (label if hdr_style == 1 else re.sub(r"\W+", "_", label.upper()).strip("_"))
            for sn, label, _ in spec]
    if add_id:
        cols = ["record_id" if hdr_style == 0 else "ID"] + cols
    if add_ts:
        cols += ["updated_at" if hdr_style == 0 else "Last Updated"]
    b.add(delim.join(cols)).nl()
    for kk in rows:
        cells = []
        if add_id:
            cells.append(N(r.choice([uuid4(r), order_no(r), nz(r, 6)])))
        cells += [kk[key] for _, _, key in spec]
        if add_ts:
            cells.append(N(iso_ts(r) if r.random() < 0.6 else log_ts(r)[:19]))
        for i, v in enumerate(cells):
            if i:
                b.add(delim)
            csv_cell(b, v, delim)
        b.nl()


@pos
def t_kv_form(c):
    r, k, b = c.r, c.k, B()
    spec = rec_spec(c)
    st = r.choice([0, 0, 1, 2])
    sep = r.choice([": ", ":  ", " : ", " - ", ":\t"])
    b.ln(r.choice(["«org» — «form»", "«form» («org»)", "«org»\n«form»", "=== «form» ==="]), k)
    if r.random() < .5:
        b.ln(r.choice(["-" * 32, "=" * 24, ""]))
    for sn, label, key in spec:
        if key == "addr" and r.random() < 0.3:
            b.add(lab(label, st) + ":\n").add(k["addr_ml"]).nl()
        else:
            b.add(lab(label, st) + sep).add(k[key]).nl()
    if r.random() < .5:
        b.nl().ln(r.choice(["Notes: «hn»", "Internal: «hn» «hn2»", "Comments: call back «rel» if no answer.",
                            "Staff use only — «hn»"]), k)
    if r.random() < .4:
        b.ln(r.choice(["Received by: «staff»", "Verified by «staff_given» (ext. 214)", "Signature: ____________________"]), k)
    return b


@pos
def t_dotted(c):
    r, k, b = c.r, c.k, B()
    spec = rec_spec(c)
    w = r.choice([22, 26, 30])
    b.add(vmap(c.org, str.upper) if r.random() < .5 else c.org).nl()
    b.ln(c.form.upper()).nl()
    up = r.random() < .6
    for sn, label, key in spec:
        L = label.upper() if up else label
        b.add(L + " " + "." * max(2, w - len(L)) + " ").add(k[key]).nl()
    b.nl().ln(r.choice(["PAGE 1 OF 1", "-- end of record --", "Printed by «staff_given»", "Ref «ref»"]), k)
    return b


@pos
def t_web_form(c):
    r, k, b = c.r, c.k, B()
    spec = rec_spec(c)
    b.ln(r.choice(["New form submission: «form»", "[«org»] New entry — «form»", "Form: «form» | Source: website",
                   "You have a new «form» submission"]), k)
    b.add("Submitted: ").add(k["ts"]).nl(2)
    style = r.randint(0, 2)
    for sn, label, key in spec:
        if style == 0:
            b.add(f"**{label}**: ").add(k[key]).nl()
        elif style == 1:
            b.add(f"{sn} = ").add(k[key]).nl()
        else:
            b.add(label + "\n").add(k[key]).nl(2)
    b.nl().ln("[x] I consent to receive SMS reminders")
    b.ln(r.choice(["[ ] Subscribe to newsletter", "[x] I agree to the privacy policy", "[ ] Remember me"]))
    b.nl().add("IP: ").add(k["ip"]).nl()
    b.add("User-Agent: " + r.choice(UAS)).nl()
    b.add("Page: ").add(k["url"]).nl()
    return b


@pos
def t_web_confirm(c):
    r, k, b = c.r, c.k, B()
    spec = rec_spec(c)
    b.ln(r.choice(["Subject: We received your «form»", "Subject: Copy of your submission – «org»"]), k)
    b.nl().ln(r.choice(["Hi «given»,", "Dear «name»,", "Hello «given»!"]), k).nl()
    b.ln("Thanks for reaching out to «org». Here's a copy of what you submitted:", k).nl()
    bullet = r.choice(["• ", "- ", "* "])
    for sn, label, key in spec:
        b.add(f"{bullet}{label}: ").add(k[key]).nl()
    b.nl().ln("If anything looks wrong, reply to this email or call us at «orgphone».", k)
    b.ln(r.choice(["Manage your submission: «url»", "View it online: «url»"]), k)
    b.nl().ln(r.choice(["— The «team» team", "Thanks,\n«org»", "Kind regards,\n«staff_given», «team»"]), k)
    return b


@pos
def t_csv(c):
    r, b = c.r, B()
    spec = rec_spec(c)
    rows = [c.k] + [c.person_k() for _ in range(r.randint(1, 5))]
    _rows_table(c, b, ",", spec, rows, r.randint(0, 2), r.random() < .5, r.random() < .4)
    return b


@pos
def t_tsv(c):
    r, k, b = c.r, c.k, B()
    spec = rec_spec(c)
    b.ln(r.choice(["# export: «app» «team» queue", "# generated by «app» — do not edit", "## «form» responses"]), k)
    rows = [c.k] + [c.person_k() for _ in range(r.randint(1, 4))]
    _rows_table(c, b, "\t", spec, rows, r.randint(0, 2), r.random() < .3, r.random() < .5)
    return b


@pos
def t_csv_txn(c):
    r, b = c.r, B()
    crypto = c.dom == "crypto_exchange_support"
    cols = ["txn_id", "created", "name", "email", "payment", "amount", "currency", "status", "ip"]
    if crypto:
        cols = ["txn_id", "created", "uid", "email", "asset", "amount", "destination", "status", "ip"]
    b.ln(",".join(cols))
    for i in range(r.randint(3, 7)):
        kk = c.k if i == 0 else c.person_k()
        row = [N("txn_" + rs(r, AN, 14)), N(iso_ts(r))]
        if crypto:
            row += [kk["acct"], kk["email"], r.choice(["BTC", "ETH", "USDT", "SOL"]), f"{r.randint(0, 9)}.{dg(r, 4)}",
                    kk["wallet"]]
        else:
            pay = kk["card"] if r.random() < .45 else N(r.choice(["visa", "mc", "amex"]) + " ****" + dg(r, 4))
            row += [kk["name"], kk["email"], pay, f"{r.randint(5, 900)}.{dg(r, 2)}", r.choice(["USD", "GBP", "EUR", "CAD"])]
        row += [r.choice(["succeeded", "failed", "refunded", "pending", "disputed"]), kk["ip"]]
        for j, v in enumerate(row):
            if j:
                b.add(",")
            csv_cell(b, v)
        b.nl()
    return b


def _record_obj(c, spec, k, iso_dob=None):
    r = c.r
    iso_dob = r.random() < .5 if iso_dob is None else iso_dob
    obj, contact = {}, {}
    for sn, _, key in spec:
        v = k[key]
        if key == "dob" and iso_dob:
            v = k["dob_iso"]
        if sn in ("email", "phone", "address"):
            contact[sn] = v
        else:
            obj[sn] = v
    if contact:
        obj["contact"] = contact
    return obj


@pos
def t_json_api(c):
    r, k, b = c.r, c.k, B()
    spec = rec_spec(c)
    noun = c.P["noun"]
    b.ln(f"POST /api/v{r.randint(1, 3)}/{noun}s{r.choice(['', '/intake', '/update', ''])} HTTP/1.1")
    b.ln(f"Host: api.{c.odom}")
    b.ln("Content-Type: application/json")
    if r.random() < .5:
        b.add("Authorization: Bearer ").add(k["jwt"]).nl()
    elif r.random() < .5:
        b.add("X-Api-Key: ").add(k["gsec"]).nl()
    b.add("X-Request-ID: ").add(k["uuid"]).nl(2)
    obj = _record_obj(c, spec, k)
    obj["submitted_at"] = k["ts"]
    obj["source"] = r.choice(["web", "ios", "android", "kiosk"])
    jdump(b, obj, r.choice([2, 2, 4]))
    b.nl()
    if r.random() < .5:
        b.nl().ln("HTTP/1.1 " + r.choice(["201 Created", "200 OK", "202 Accepted"]))
        jdump(b, {"id": N(uuid4(r)), "status": "queued"}, None)
        b.nl()
    return b


@pos
def t_json_webhook(c):
    r, k, b = c.r, c.k, B()
    spec = rec_spec(c)
    noun = c.P["noun"]
    evt = {"id": N("evt_" + rs(r, AN, 24)), "type": f"{noun}.{r.choice(['updated', 'created', 'verified'])}",
           "created": int(epoch(r)), "livemode": r.random() < .8,
           "data": {"object": _record_obj(c, spec, k), "previous_attributes": {"phone": E(phone_for(r, k["p"].cc), "PHONE_NUMBER")}}}
    b.ln(r.choice(["Webhook payload received:", "--- webhook body ---", "POST /hooks/inbound (signature verified)"]))
    jdump(b, evt, 2)
    b.nl()
    return b


@pos
def t_json_crm(c):
    r, k, b = c.r, c.k, B()
    p = k["p"]
    alt = E(make_email(r, p.given, p.surname), "EMAIL_ADDRESS")
    obj = {"contact_id": k["uuid"], "full_name": k["full"], "emails": [k["email"], alt],
           "phones": [{"type": "mobile", "number": k["phone"]}], "address": k["addr"], "owner": k["staff"],
           "tags": [c.item, r.choice(["vip", "follow-up", "new", "at-risk"])],
           "custom_fields": {c.idk.replace(" ", "_").replace("#", "no").replace("'", ""): k["idv"]},
           "notes": [say(c, "note"), say(c, "note")], "updated_at": k["ts"]}
    if r.random() < .5:
        obj["dob"] = k["dob_iso"] if r.random() < .5 else k["dob"]
    jdump(b, obj, 2)
    b.nl()
    return b


@pos
def t_md_table(c):
    r, k, b = c.r, c.k, B()
    spec = rec_spec(c)
    cols = [spec[0]] + r.sample(spec[1:], min(len(spec) - 1, r.randint(2, 4)))
    b.ln(r.choice(["### «team» — open items", "## «form» queue", "**Pending review**", "#### Today"]), k).nl()
    b.add("| " + " | ".join(l for _, l, _ in cols) + " |").nl()
    b.add("|" + "|".join("---" for _ in cols) + "|").nl()
    for i in range(r.randint(2, 5)):
        kk = k if i == 0 else c.person_k()
        b.add("| ")
        for j, (_, _, key) in enumerate(cols):
            if j:
                b.add(" | ")
            b.add(kk[key])
        b.add(" |").nl()
    if r.random() < .5:
        b.nl().ln("_«hn»_", k)
    return b


@pos
def t_md_report(c):
    r, k, b = c.r, c.k, B()
    b.ln("# «team» weekly summary — «org»", k).nl()
    b.ln("## Highlights")
    for s in says(c, "note", 3):
        b.add("- ").add(s).nl()
    b.nl().ln("## Open items").nl()
    b.ln("| Ref | Customer | Status | Owner |")
    b.ln("|-----|----------|--------|-------|")
    for i in range(r.randint(2, 4)):
        kk = k if i == 0 else c.person_k()
        b.add("| ").add(N(ticket_no(r))).add(" | ").add(kk["name"]).add(" | ")
        b.add(r.choice(["waiting on customer", "in progress", "escalated", "resolved"])).add(" | ")
        b.add(r.choice([k["staff_given"], k["staff2_given"]])).add(" |").nl()
    b.nl().ln("## Next steps")
    b.ln("- «staff_given» to follow up with «given» «rel».", k)
    b.ln("- Next review: «dt2»", k)
    b.ln("- «hn»", k)
    return b


@pos
def t_yaml_record(c):
    r, k, b = c.r, c.k, B()
    spec = rec_spec(c)
    if r.random() < .5:
        b.ln("---")
    obj = {c.P["noun"]: _record_obj(c, spec, k),
           "meta": {"source": r.choice(["import", "portal", "fax-ocr", "crm-sync"]), "imported_at": k["ts"], "batch": N(lot_no(r))}}
    ydump(b, obj)
    return b


@pos
def t_env(c):
    r, k, b = c.r, c.k, B()
    b.ln(r.choice(["# .env — «app» («envn»)", "# production secrets - DO NOT COMMIT", "### «app» environment",
                   "# copied from the old server, clean up later"]), k, envn=r.choice(["production", "staging", "prod-eu"]))
    host = r.choice([E(ipv4(r, "priv"), "IP_ADDRESS"), f"db-{r.choice(['prod', 'main', '01'])}.internal.{c.odom}"])
    user = r.choice(["app_user", "svc_" + c.app.replace("-", "_"), "postgres", "admin"])
    lines = [
        ("NODE_ENV", r.choice(["production", "staging"])),
        ("APP_URL", E(f"https://{r.choice(['app.', 'portal.', ''])}{c.odom}", "URL")),
        ("DATABASE_URL", S(r.choice(["postgres://", "mysql://", "postgresql://"]), user, ":", k["pw"], "@", host, ":5432/", c.app.replace("-", "_"))),
        ("AWS_ACCESS_KEY_ID", k["ak"]), ("AWS_SECRET_ACCESS_KEY", k["sk"]), ("AWS_REGION", r.choice(["us-east-1", "eu-west-2", "ap-south-1"])),
        ("STRIPE_SECRET_KEY", k["stripe"]), ("SLACK_BOT_TOKEN", k["slack"]), ("GITHUB_TOKEN", k["gh"]),
        (secret_env_name(r, k["gsec"].s), k["gsec"]),
        ("JWT_SECRET", k["apikey"]), ("SUPPORT_EMAIL", k["orgemail"]), ("LOG_LEVEL", r.choice(["info", "debug", "warn"])),
        ("FEATURE_FLAGS", "new_portal,sms_reminders"), ("SESSION_SECRET", N(r.choice(["changeme", "<set-me>", "${SESSION_SECRET}"]))),
        ("ADMIN_PASSWORD", k["pw2"]), ("REDIS_URL", S("redis://", E(ipv4(r, "priv"), "IP_ADDRESS"), ":6379/0")),
        ("SMTP_PASSWORD", N(r.choice(["${SMTP_PASSWORD}", "<redacted>", "********"]))), ("TOKEN_TTL", "3600"),
        ("ONCALL_PHONE", k["orgphone"]), ("SENTRY_DSN", E(f"https://{rs(r, HEX, 32)}@o{nz(r, 6)}.ingest.sentry.io/{nz(r, 7)}", "URL")),
    ]
    keep = [lines[0], lines[2]] + r.sample(lines[1:2] + lines[3:], r.randint(6, 12))
    r.shuffle(keep)
    q = r.choice(["", '"', "'"])
    exp = r.random() < .2
    for key, v in keep:
        b.add(("export " if exp else "") + key + "=")
        qq = q if not isinstance(v, str) else ""
        b.add(qq).add(v).add(qq).nl()
    if r.random() < .3:
        b.add("PRIVATE_KEY=\"").add(E(k["pem"].s.replace("\n", "\\n"), "PRIVATE_KEY")).add("\"").nl()
    return b


@pos
def t_yaml_config(c):
    r, k, b = c.r, c.k, B()
    b.ln(r.choice(["# config/production.yml", "# «app» settings", "# helm values (prod)"]), k)
    obj = {"service": c.app, "environment": r.choice(["production", "staging"]),
           "database": {"host": E(ipv4(r, "priv"), "IP_ADDRESS"), "port": 5432, "username": "svc_app", "password": k["pw"]},
           "integrations": {}}
    integ = obj["integrations"]
    opts = ["stripe", "slack", "github", "aws", "maps", "webhook"]
    for o in r.sample(opts, r.randint(2, 5)):
        if o == "stripe":
            integ["stripe"] = {"secret_key": k["stripe"], "currency": "usd"}
        elif o == "slack":
            integ["slack"] = {"bot_token": k["slack"], "channel": r.choice(c.P["channel"]),
                              "webhook_url": E(f"https://hooks.slack.com/services/T{rs(r, UP + DG, 8)}/B{rs(r, UP + DG, 10)}/{rs(r, AN, 24)}", "URL")}
        elif o == "github":
            integ["github"] = {"token": k["gh"], "org": c.odom.split(".")[0]}
        elif o == "aws":
            integ["aws"] = {"access_key_id": k["ak"], "secret_access_key": k["sk"], "region": "us-east-1"}
        elif o == "maps":
            integ["maps"] = {"api_key": k["gsec"]}
        else:
            integ["webhooks"] = {"signing_secret": k["apikey"], "url": k["url"]}
    obj["notify"] = {"admin_email": k["staff_email"], "oncall_phone": k["orgphone"]}
    obj["logging"] = {"level": "info", "sample_rate": 0.25}
    ydump(b, obj)
    return b


@pos
def t_json_sa(c):
    r, k, b = c.r, c.k, B()
    proj = f"{c.odom.split('.')[0]}-{r.choice(['prod', 'data', 'ml'])}-{nz(r, 6)}"
    b.ln(r.choice(["Found this in the repo under /deploy/creds.json, rotating now:", "service account key (do not share):",
                   "```json"]))
    obj = {"type": "service_account", "project_id": proj, "private_key_id": N(sha(r)), "private_key": k["pem"],
           "client_email": E(f"{c.app}@{proj}.iam.gserviceaccount.com", "EMAIL_ADDRESS"), "client_id": N(nz(r, 21)),
           "auth_uri": E("https://accounts.google.com/o/oauth2/auth", "URL"),
           "token_uri": E("https://oauth2.googleapis.com/token", "URL")}
    jdump(b, obj, 2)
    b.nl()
    if b.segs[0][0].startswith("```"):
        b.ln("```")
    return b


def _logline(c, k, kk):
    r = c.r
    lv = r.choice(["INFO", "INFO", "WARN", "DEBUG", "ERROR"])
    msgs = [
        "User login succeeded email=«email» ip=«ip» session=«uuid»",
        "Password reset requested for «email» from «ip6»",
        "Sent SMS reminder to «phone» template=appt_reminder status=«http»",
        "Payment authorized amount=«amount» card=«last4» ref=«ref»",
        "Payment failed card=«card» reason=do_not_honor",
        "Outbound POST «apiurl» Authorization=Bearer «jwt»",
        "db connect user=svc_app password=«pw» host=«ip»",
        "Webhook signature mismatch, secret=«apikey»",
        "Loaded credentials aws_access_key_id=«ak» aws_secret_access_key=«sk»",
        "Slack notify failed token=«slack» http=«http»",
        "Record updated id=«uuid» name=«name» «idkk»=«idv»",
        "Geo lookup ip=«ip» -> «loc»",
        "Deployed «ver» («sha7»)",
        "Retrying job «uuid» in 30s (attempt 2/5)",
        "Cache hit ratio «pct»",
        "Appointment booked for «name» at «dt» via «url»",
        "Address validated: «addr»",
    ]
    m = r.choice(msgs)
    idkk = re.sub(r"\W+", "_", c.idk.lower()).strip("_")
    return lv, F(m, kk, idkk=idkk)


@pos
def t_app_log(c):
    r, k, b = c.r, c.k, B()
    comps = ["api.auth", "payments", "http", "db", "scheduler", "notify", "worker", c.app]
    style = r.randint(0, 2)
    for i in range(r.randint(6, 12)):
        kk = k if r.random() < .7 else c.person_k()
        lv, msg = _logline(c, k, kk)
        if style == 0:
            b.add(N(log_ts(r))).add(f" {lv:<5} [{r.choice(comps)}] ").add(msg).nl()
        elif style == 1:
            b.add(N(iso_ts(r))).add(f" level={lv.lower()} component={r.choice(comps)} msg=\"").add(msg).add("\"").nl()
        else:
            b.add(N(sys_ts(r))).add(f" {c.app}-{r.randint(1, 9)} {r.choice(comps)}[{r.randint(100, 9999)}]: {lv}: ").add(msg).nl()
    return b


@pos
def t_jsonl_log(c):
    r, k, b = c.r, c.k, B()
    for i in range(r.randint(4, 8)):
        kk = k if r.random() < .7 else c.person_k()
        lv, msg = _logline(c, k, kk)
        obj = {"ts": N(iso_ts(r)), "level": lv.lower(), "svc": c.app, "msg": msg, "trace_id": N(rs(r, HEX, 32))}
        if r.random() < .4:
            obj["user"] = {"email": kk["email"], "ip": kk["ip"]}
        jdump(b, obj, None)
        b.nl()
    return b


@pos
def t_access_log(c):
    r, k, b = c.r, c.k, B()
    paths = ["/portal/login", "/api/v1/session", "/static/app.3f9a1c.js", "/favicon.ico", "/healthz",
             f"/api/v2/{c.P['noun']}s/search", "/checkout", "/account/settings"]
    for i in range(r.randint(5, 10)):
        kk = k if r.random() < .6 else c.person_k()
        ip = kk["ip"] if r.random() < .8 else kk["ip6"]
        b.add(ip).add(" - ")
        b.add(kk["email"] if r.random() < .2 else "-")
        b.add(" [").add(N(nginx_ts(r))).add("] \"")
        meth = r.choice(["GET", "GET", "POST", "PUT"])
        if r.random() < .15 and c.dom in ("crypto_exchange_support", "municipal_utilities", "event_ticketing", "charity_donations"):
            b.add(f"{meth} /api/v1/accounts/").add(kk["acct"]).add("/activity HTTP/1.1\" ")
        else:
            b.add(f"{meth} {r.choice(paths)} HTTP/1.1\" ")
        b.add(N(r.choice(["200", "200", "200", "302", "304", "401", "404", "500", "502"]))).add(f" {r.randint(120, 48000)} \"")
        b.add(kk["url"] if r.random() < .5 else "-").add("\" \"" + r.choice(UAS) + "\"").nl()
    return b


@pos
def t_stacktrace(c):
    r, k, b = c.r, c.k, B()
    app = c.app.replace("-", "_")
    b.ln(r.choice(["ERROR in worker — unhandled exception:", "Sentry event (unhandled):", ""]))
    b.ln("Traceback (most recent call last):")
    b.ln(f'  File "/srv/{app}/app/handlers.py", line {r.randint(40, 400)}, in handle')
    b.ln("    result = process(payload)")
    b.ln(f'  File "/srv/{app}/app/billing.py", line {r.randint(40, 400)}, in process')
    b.ln("    resp = client.charge(card_number, amount, api_key=api_key)")
    b.ln(f'  File "/usr/lib/python3.11/site-packages/requests/sessions.py", line {r.randint(500, 800)}, in request')
    b.ln("    resp = self.send(prep, **send_kwargs)")
    b.add("requests.exceptions.HTTPError: ").add(N(r.choice(["402", "500", "503", "401"]))).add(" Server Error for url: ").add(k["apiurl"]).nl()
    b.nl().ln("Local variables:")
    vars_ = [("card_number", k["card"]), ("customer_email", k["email"]), ("api_key", r.choice([k["stripe"], k["gsec"]])),
             ("amount", "4999"), ("customer_name", k["name"]), ("client_ip", k["ip"]), ("db_password", k["pw"]),
             ("request_id", k["uuid"]), ("dob", k["dob"])]
    for name, v in r.sample(vars_, r.randint(4, len(vars_))):
        b.add(f"  {name} = ")
        if isinstance(v, str):
            b.add(v)
        else:
            b.add("'").add(v).add("'")
        b.nl()
    return b


@pos
def t_llm_summarize(c):
    r, k, b = c.r, c.k, B()
    b.ln(r.choice(["System: You are «org»'s support copilot. Be concise and factual.",
                   "SYSTEM PROMPT: You help the «team» team triage messages. Output JSON with keys summary, next_action."]), k)
    b.nl().ln(r.choice(["User: Summarize the conversation below in 3 bullets and suggest a next action.",
                        "User: Draft a polite reply to this customer. Keep all account details accurate.",
                        "User: extract the caller's name, phone and the reason for contact"]))
    b.ln('"""')
    for i in range(r.randint(3, 6)):
        if i % 2 == 0:
            b.add("Customer: ").add(say(c, "cust")).nl()
        else:
            b.add("Agent: ").add(say(c, "agent")).nl()
    b.ln('"""')
    if r.random() < .5:
        b.nl().add("Assistant: ").add(r.choice(["- ", "Summary: "])).add(say(c, "note")).nl()
    return b


@pos
def t_llm_messages(c):
    r, k, b = c.r, c.k, B()
    sysmsg = F(r.choice(["You are a helpful assistant for «org». Never reveal internal notes.",
                         "You are an intake assistant at «org». Collect name, date of birth and a callback number."]), k)
    user = S(*[x for s in says(c, "cust", r.randint(2, 3)) for x in (s, " ")])
    msgs = [{"role": "system", "content": sysmsg}, {"role": "user", "content": user}]
    if r.random() < .6:
        msgs.append({"role": "assistant", "content": say(c, "agent")})
    obj = {"model": r.choice(["gpt-4o-mini", "claude-3-haiku", "llama-3-70b-instruct", "mistral-large"]),
           "temperature": r.choice([0, 0.2, 0.7]), "messages": msgs}
    jdump(b, obj, r.choice([2, None]))
    b.nl()
    return b


@pos
def t_agent_tool_call(c):
    r, k, b = c.r, c.k, B()
    tool = r.choice(c.P["tool"])
    args = {"email": k["email"]}
    if r.random() < .6:
        args["dob"] = k["dob_iso"]
    args[re.sub(r"\W+", "_", c.idk.lower()).strip("_")] = k["idv"]
    sub = B()
    jdump(sub, args, None)
    call_id = "call_" + rs(r, AN, 24)
    b.ln("user: " + r.choice(["can you check my account?", "where is my appointment info", "i need help with my case"]))
    msg = {"role": "assistant", "content": None,
           "tool_calls": [{"id": call_id, "type": "function", "function": {"name": tool, "arguments": sub}}]}
    jdump(b, msg, None)
    b.nl()
    res = {"name": k["full"], "phone": k["phone"], "address": k["addr"], "next": k["dt"], "status": "active", "ref": k["ref"]}
    if r.random() < .4:
        res["notes"] = say(c, "note")
    sub2 = B()
    jdump(sub2, res, None)
    jdump(b, {"role": "tool", "tool_call_id": call_id, "content": sub2}, None)
    b.nl()
    b.add("assistant: ").add(say(c, "agent")).nl()
    return b


@pos
def t_agent_trace(c):
    r, k, b = c.r, c.k, B()
    b.ln("Task: " + r.choice(["resolve ticket", "update contact details", "prepare call summary"]) + " for the «noun» below", k, noun=c.P["noun"])
    b.add("Input: ").add(say(c, "cust")).nl()
    b.ln("Thought: I need to look up the record first.")
    b.f("Action: crm.search(query=\"«email»\")", k).nl()
    b.add("Observation: ")
    jdump(b, {"id": k["uuid"], "name": k["full"], c.idk: k["idv"], "phone": k["phone"]}, None)
    b.nl()
    b.ln("Thought: Record found. Check the schedule.")
    b.f("Action: calendar.next(«noun»_id=\"", k, noun=c.P["noun"]).add(k["uuid"]).add("\")").nl()
    b.add("Observation: next «dtk» ".replace("«dtk»", c.dtk)).add(k["dt"]).add(" with ").add(k["staff"]).nl()
    b.add("Final Answer: ").add(say(c, "agent")).nl()
    return b

STMT_TITLES = {
    "fertility_clinic": ["PATIENT STATEMENT", "Statement of Services", "Itemized Bill"],
    "auto_insurance": ["PREMIUM BILLING NOTICE", "Policy Billing Statement", "Installment Notice"],
    "municipal_utilities": ["UTILITY BILL", "Statement of Account", "Water & Sewer Bill"],
    "charity_donations": ["Donation Receipt", "Annual Giving Statement", "Tax Receipt"],
    "event_ticketing": ["ORDER INVOICE", "Purchase Summary", "Ticket Receipt"],
    "home_care_nursing": ["PATIENT STATEMENT", "Home Health Services Statement", "Summary of Charges"],
    "crypto_exchange_support": ["ACCOUNT STATEMENT", "Monthly Activity Statement", "Fee Summary"],
    "immigration_law_firm": ["INVOICE FOR LEGAL SERVICES", "Client Billing Statement", "Retainer Statement"],
}
STMT_ID = {
    "fertility_clinic": (["MRN", "Patient MRN"], "mrn"), "auto_insurance": (["Billing account", "Account no."], "acct"),
    "municipal_utilities": (["Account number", "Account #"], "acct"), "charity_donations": (["Donor ID", "Donor account"], "acct"),
    "event_ticketing": (["Customer account", "Account no."], "acct"), "home_care_nursing": (["MRN", "Patient record no."], "mrn"),
    "crypto_exchange_support": (["UID", "Account ID"], "acct"), "immigration_law_firm": (["Client account", "Trust account no."], "bank"),
}
STMT_LINES = {
    "fertility_clinic": ["IVF monitoring package", "Anesthesia", "Embryo cryostorage (annual)", "Lab: AMH panel"],
    "auto_insurance": ["Installment premium", "Installment fee", "SR-22 filing fee", "Policy fee"],
    "municipal_utilities": ["Water usage (tier 1)", "Sewer charge", "Stormwater fee", "Late fee"],
    "charity_donations": ["Gift – General Fund", "Gala table", "Monthly gift", "Matching gift (pending)"],
    "event_ticketing": ["Tickets", "Service fee", "Facility charge", "Order processing fee"],
    "home_care_nursing": ["Skilled nursing visit", "Aide visit", "Supplies", "Mileage"],
    "crypto_exchange_support": ["Trading fees", "Withdrawal fee", "Network fee", "Staking reward"],
    "immigration_law_firm": ["Attorney time", "USCIS filing fee (pass-through)", "Translation", "Courier"],
}



@pos
def t_chat_web(c):
    r, k, b = c.r, c.k, B()
    b.add(r.choice(["Chat transcript — started ", "Live chat ", "Conversation ID " + uuid4(r)[:8] + " · "])).add(k["ts"]).nl(2)
    clk = Clock(r)
    bot = r.random() < .5
    if bot:
        b.add("[").add(clk()).add("] ").add(c.org).add(" Bot: Hi! What can I help you with today?").nl()
    cust = says(c, "cust", 3)
    agent = says(c, "agent", 3)
    clab = r.choice(["Visitor", "Customer", k["given"]])
    alab = r.choice([" (Agent)", " from " + vtext(c.org) if isinstance(c.org, str) else " (Support)", ""])
    for i in range(max(len(cust), len(agent))):
        if i < len(cust):
            b.add("[").add(clk()).add("] ")
            b.add(clab).add(": ").add(cust[i]).nl()
        if i < len(agent):
            b.add("[").add(clk()).add("] ")
            b.add(k["staff_given"]).add(alab).add(": ").add(agent[i]).nl()
    b.ln(r.choice(["— chat ended by visitor —", "[system] transcript emailed to «email»", "Rating: 5/5"]), k)
    return b


@pos
def t_chat_casual(c):
    r, k, b = c.r, c.k, B()
    a = E(c.p.given.lower(), "PERSON")
    bb = E(k["p2"].given.lower(), "PERSON")
    kk = dict(k)
    kk["name2"] = soft(k["name2"], str.lower)
    lines = r.sample(CASUAL, r.randint(5, 8))
    clk = Clock(r)
    stamps = r.random() < .5
    for i, t in enumerate(lines):
        spk = a if i % 2 == 0 else bb
        if stamps:
            b.add("[").add(clk(3)).add("] ")
        b.add(spk).add(": ").add(soft(F(t, kk), str.lower)).nl()
    return b


@pos
def t_sms_thread(c):
    r, k, b = c.r, c.k, B()
    b.add("SMS thread with ").add(k["orgphone"]).add(" — exported ").add(k["ts"]).nl(2)
    clk = Clock(r)
    msgs = [("them", F("«org»: Hi «given», reminder of your «dtk» on «dt». Reply C to confirm or R to reschedule.", k, dtk=c.dtk)),
            ("me", "R"), ("them", F("No problem. Call «orgphone» or pick a new time at «url»", k)),
            ("me", say(c, "cust")), ("them", say(c, "agent")), ("me", r.choice(["ok thx", "Thank you!", "👍", "great, see you then"]))]
    for who, m in msgs[:r.randint(4, 6)]:
        b.add(clk(20)).add("  ")
        b.add(k["orgphone"] if who == "them" else "Me").add(": ").add(m).nl()
    return b


@pos
def t_sms_bot(c):
    r, k, b = c.r, c.k, B()
    opts = [F("«org»: Hi «given», your «dtk» is «dt». Reply C to confirm, R to reschedule. Txt STOP to opt out.", k, dtk=c.dtk),
            F("«org»: Your verification code is " + dg(r, 6) + ". It expires in 10 minutes.", k),
            (F("«org»: Payment of «amount» received for «idk» «idv». Thank you!", k) if k["idv"].t == "ACCOUNT_NUMBER"
             else F("«org»: We received your documents for «refk» «ref». Thank you!", k)),
            F("«org»: Pay or view your balance: «url»", k),
            F("«org»: «staff_given» is on the way and should arrive in about 20 min.", k),
            F("«org»: We couldn't reach you at «phone». Please call «orgphone».", k)]
    b.ln(r.choice(["Messages (short code 48213)", "Text messages", "SMS log"]))
    for m in r.sample(opts, r.randint(3, 5)):
        b.add(N(r.choice([clock(r), iso_ts(r)]))).add(" ▸ ").add(m).nl()
    return b


@pos
def t_call_transcript(c):
    r, k, b = c.r, c.k, B()
    A, C = r.choice([("AGENT", "CALLER"), ("Agent", "Customer"), ("Rep", "Caller"), ("SPEAKER 1", "SPEAKER 2")])
    b.ln(r.choice(["Call recording transcript (auto-generated)", "CALL ID «uuid» — inbound", "Transcript — QA sample"]), k)
    b.nl()
    b.f(f"{A}: Thank you for calling «org», this is «staff_given». How can I help?", k).nl()
    b.f(f"{C}: Hi, um, yes, it's «name». ", k).add(say(c, "cust")).nl()
    b.f(f"{A}: I can help with that. Can you verify your date of birth?", k).nl()
    b.f(f"{C}: Sure, «dob».", k).nl()
    b.f(f"{A}: And the best number to reach you?", k).nl()
    b.f(f"{C}: «phone». [inaudible] ...that's my cell.", k).nl()
    for s in says(c, "agent", 2):
        b.add(f"{A}: ").add(s).nl()
        b.add(f"{C}: ").add(r.choice(["Okay.", "Got it, thanks.", "Mm-hm.", "Perfect."])).nl()
    b.f(f"{A}: Is there anything else? ... Thanks for calling, have a good one.", k).nl()
    return b


@pos
def t_call_summary(c):
    r, k, b = c.r, c.k, B()
    b.ln(r.choice(["After-call work — «ref»", "Call summary", "ACW NOTES"]), k)
    b.ln("Caller: «name» | Callback: «phone»", k)
    b.ln("Reason: «item»", k)
    b.add("Verified: ").add(r.choice(["DOB ", "DOB + address, "])).add(k["dob"]).nl()
    b.add("Notes: ").add(say(c, "note")).add(" ").add(say(c, "note")).nl()
    b.ln("Follow-up: «staff_given» to call back «rel».", k)
    b.ln("Disposition: " + r.choice(["resolved", "escalated", "pending customer", "transferred to «team»"]), k)
    return b


def _ocr_noise(r, s):
    out = []
    for ch in s:
        x = r.random()
        if x < 0.04 and ch in "Oo":
            out.append("0")
        elif x < 0.06 and ch in "lI":
            out.append("1")
        elif x < 0.08 and ch == " ":
            out.append("  ")
        else:
            out.append(ch)
    return "".join(out)


@pos
def t_ocr_form(c):
    r, k, b = c.r, c.k, B()
    spec = rec_spec(c)
    U = lambda v: soft(v, str.upper)
    b.add(_ocr_noise(r, vtext(c.org).upper()) if isinstance(c.org, str) else U(c.org)).nl()
    b.ln(_ocr_noise(r, c.form.upper()) + r.choice(["", "  |", " ~", " _"]))
    b.ln(r.choice(["", "PLEASE PRINT CLEARLY", "PAGE 1/2   SCANNED"]))
    for sn, label, key in spec:
        L = _ocr_noise(r, label.upper())
        v = k[key]
        if key in ("name", "addr", "given", "surname", "name2", "staff") and r.random() < .7:
            v = U(v)
        if key == "addr" and r.random() < .5:
            v = U(k["addr_ml"])
        b.add(L + r.choice([": ", " ", ":", " : ", " |"])).add(v).add(r.choice(["", "", " |", " _", "  ."])).nl()
    b.ln(r.choice(["SIGNATURE ______________  DATE ________", "X______________________", "[stamp] RECEIVED"]))
    return b


@pos
def t_ocr_fax(c):
    r, k, b = c.r, c.k, B()
    b.ln(_ocr_noise(r, "FAX COVER SHEET"))
    b.add("TO: ").add(soft(k["staff"], str.upper)).add(r.choice(["", " / " + c.team.upper()])).nl()
    b.add("FROM: ").add(c.org).nl()
    b.add("FAX: ").add(E(us_phone(r), "PHONE_NUMBER")).add("   PHONE: ").add(k["orgphone"]).nl()
    b.ln("PAGES: " + str(r.randint(2, 9)) + " (INCLUDING COVER)")
    b.add("RE: ").add(soft(k["name"], str.upper)).add("  DOB ").add(k["dob"]).nl()
    b.add(_ocr_noise(r, c.idk.upper()) + ": ").add(k["idv"]).nl()
    if r.random() < .6:
        b.add(_ocr_noise(r, c.id2k.upper()) + ": ").add(k["id2v"]).nl()
    b.nl().add(_ocr_noise(r, "COMMENTS: ")).add(soft(say(c, "note"), str.upper)).nl(2)
    b.ln(_ocr_noise(r, "CONFIDENTIALITY NOTICE: The documents accompanying this facsimile contain information that is "
                       "confidential and/or legally privileged. If you received this in error, please notify the sender."))
    return b


@pos
def t_pdf_letter(c):
    r, k, b = c.r, c.k, B()
    b.add(c.org).nl().add(k["orgaddr_ml"]).nl()
    b.add("Tel ").add(k["orgphone"]).add(" · ").add(k["orgemail"]).nl(3)
    b.add(k["name"]).nl().add(k["addr_ml"]).nl(2)
    b.add("Re: ").add(c.item).add(r.choice([" — ", ", "])).add(c.refk + " ").add(k["ref"]).nl(2)
    b.ln(r.choice(["Dear «given»,", "Dear «name»:", "Dear Client,", "To whom it may concern,"]), k).nl()
    body = [F("We are writing regarding your «item». Our records show the following «dtk»: «dt».", k, dtk=c.dtk),
            *says(c, "agent", 2),
            F("If you have questions, contact «staff» at «staff_email» or «orgphone».", k)]
    para = S(*[x for s in body for x in (s, " ")])
    # simulate PDF line wrapping with a hyphenated break in plain text only
    txt_parts = list(para.parts)
    for i, p in enumerate(txt_parts):
        if isinstance(p, str) and len(p) > 25 and r.random() < .5:
            cut = p.find(" ", 15)
            if cut > 0:
                txt_parts[i] = p[:cut] + "\n" + p[cut + 1:]
            break
    b.add(S(*txt_parts)).nl(2)
    b.ln(r.choice(["Sincerely,", "Kind regards,", "Respectfully,"]))
    b.nl().add(k["staff"]).nl().ln(c.team)
    b.nl().ln(r.choice(["Page 1 of 2", "-- 1 of 1 --", "\f", "Confidential — page 1"]))
    return b


@pos
def t_pdf_statement(c):
    r, k, b = c.r, c.k, B()
    b.ln(vtext(c.org).upper() if isinstance(c.org, str) else "STATEMENT")
    b.add(k["orgaddr"]).nl()
    b.ln(r.choice(STMT_TITLES[c.dom]))
    b.nl().add("Prepared for: ").add(k["name"]).nl().add(k["addr_ml"]).nl(2)
    sid = STMT_ID[c.dom]
    b.add(r.choice(sid[0]) + ": ").add(k[sid[1]]).nl()
    b.add("Statement no.: ").add(N(invoice_no(r))).nl()
    b.nl().ln("Description                         Amount")
    cur = r.choice(["$", "$", "£", "€"])
    total = 0
    for d in r.sample(STMT_LINES[c.dom] + ["Adjustment", "Taxes & fees"], r.randint(2, 4)):
        cents = r.randint(500, 90000)
        total += cents
        b.ln(f"{d:<35} {cur}{cents // 100:,}.{cents % 100:02d}")
    b.add(f"Total due: {cur}{total // 100:,}.{total % 100:02d} — due ").add(k["due"]).nl()
    b.add("Pay online: ").add(k["url"]).nl()
    if r.random() < .5:
        b.add("Autopay account: ").add(k["last4"]).nl()
    b.nl().ln(r.choice(["-- 1 of 2 --", "Page 1", "Thank you for your support."]))
    return b


def _email_headers(c, b, k, frm, to, subj):
    r = c.r
    b.add("From: ").add(frm[0]).add(" <").add(frm[1]).add(">").nl()
    b.add("To: ").add(to[0]).add(" <").add(to[1]).add(">").nl()
    if r.random() < .3:
        b.add("Cc: ").add(k["staff2"]).add(" <").add(E(make_email(r, c.staff2.given, c.staff2.surname, c.odom), "EMAIL_ADDRESS")).add(">").nl()
    b.add("Date: ").add(N(rfc_ts(r))).nl()
    b.add("Subject: ").add(subj).nl()
    if r.random() < .3:
        b.add("Message-ID: <").add(N(uuid4(r) + "@mail." + c.odom)).add(">").nl()
    if r.random() < .2:
        b.add("Received: from mail.").add(c.odom).add(" ([").add(E(ipv4(r), "IP_ADDRESS")).add("]) by mx.google.com").nl()
    b.nl()


@pos
def t_email_notice(c):
    r, k, b = c.r, c.k, B()
    subj = say(c, "subj")
    _email_headers(c, b, k, (c.org, k["orgemail"]), (k["name"], k["email"]), subj)
    b.ln(r.choice(["Hi «given»,", "Dear «name},".replace("}", "»"), "Hello,"]), k).nl()
    for s in says(c, "agent", r.randint(2, 3)):
        b.add(s).nl()
    b.nl().add(r.choice(["Questions? Call us at ", "Need help? "])).add(k["orgphone"]).nl()
    b.nl().ln(r.choice(["Best,\n«staff»\n«team»", "— «org»", "Thanks,\n«staff_given»"]), k)
    if r.random() < .4:
        b.nl().add("P.S. ").add(k["hn"]).nl()
    return b


@pos
def t_email_reply(c):
    r, k, b = c.r, c.k, B()
    subj = F("Re: " + r.choice(SENT[c.dom]["subj"]).replace("Re: ", ""), k)
    _email_headers(c, b, k, (k["name"], k["email"]), (c.org, k["orgemail"]), subj)
    b.ln(r.choice(["Hi,", "Hello there", "hi «staff_given»,"]), k).nl()
    for s in says(c, "cust", r.randint(1, 3)):
        b.add(s).nl()
    b.nl().ln(r.choice(["Thanks,\n«given»", "«name»\nSent from my iPhone", "Regards, «given»"]), k).nl()
    b.add("On ").add(N(rfc_ts(r))).add(", ").add(k["staff"]).add(" <").add(k["staff_email"]).add("> wrote:").nl()
    for s in says(c, "agent", 2):
        b.add("> ").add(s).nl()
    b.ln("> ")
    b.add("> ").add(k["hn"]).nl()
    return b


@pos
def t_email_forward(c):
    r, k, b = c.r, c.k, B()
    b.add("From: ").add(k["staff"]).add(" <").add(k["staff_email"]).add(">").nl()
    b.add("To: ").add(k["staff2"]).nl()
    b.add("Subject: Fwd: ").add(say(c, "subj")).nl(2)
    b.ln(r.choice(["FYI — can you take this one? «hn»", "Forwarding for the file.", "see below, pls handle before «due»"]), k).nl()
    b.ln("---------- Forwarded message ---------")
    b.add("From: ").add(k["name"]).add(" <").add(k["email"]).add(">").nl()
    b.add("Date: ").add(N(rfc_ts(r))).nl()
    b.add("Subject: ").add(c.item).nl()
    b.add("To: ").add(k["orgemail"]).nl(2)
    for s in says(c, "cust", r.randint(2, 3)):
        b.add(s).nl()
    b.nl().add(k["given"]).nl().add(k["phone"]).nl()
    return b


@pos
def t_meeting_notes(c):
    r, k, b = c.r, c.k, B()
    b.ln(r.choice(["«team» sync — notes", "Weekly case review", "Ops huddle notes", "Minutes: «team» meeting"]), k)
    b.add("Attendees: ").add(k["staff"]).add(", ").add(k["staff2"])
    if r.random() < .5:
        b.add(", ").add(E(Person(r).full, "PERSON"))
    b.nl(2).ln("Discussion:")
    for s in says(c, "note", r.randint(2, 4)):
        b.add("- ").add(s).nl()
    b.nl().ln("Action items:")
    b.ln("- [ ] «staff_given»: call «given» at «phone» by «due»", k)
    b.ln("- [ ] «staff2_given»: «hn»", k)
    if r.random() < .5:
        b.ln("- [x] send portal link «url» to «email»", k)
    b.nl().ln("Next meeting: «dt2»", k)
    return b


@pos
def t_case_review(c):
    r, k, b = c.r, c.k, B()
    b.ln("## Case review: «name»", k)
    b.ln("**Owner:** «staff» · **Status:** " + r.choice(["open", "pending docs", "escalated", "on hold"]), k)
    b.nl().ln("### Background")
    b.add(say(c, "note")).add(" ").add(say(c, "note")).nl()
    b.nl().ln("### Identifiers")
    b.add("- ").add(c.idk).add(": `").add(k["idv"]).add("`").nl()
    b.add("- ").add(c.refk).add(": ").add(k["ref"]).nl()
    b.add("- Contact: ").add(k["email"]).add(" / ").add(k["phone"]).nl()
    b.nl().ln("### Next")
    b.ln("1. «dtk» on «dt»", k, dtk=c.dtk.capitalize())
    b.ln("2. «hn»", k)
    return b


@pos
def t_narrative(c):
    r, k, b = c.r, c.k, B()
    conn = ["", "Later, ", "Separately, ", "According to the file, ", "In addition, ", "As of now, "]
    sents = says(c, "note", r.randint(3, 5))
    for i, s in enumerate(sents):
        if i:
            b.add(" " + (r.choice(conn) if r.random() < .4 else ""))
        b.add(s)
    b.add(" ").add(k["hn"]).nl()
    return b


@pos
def t_incident_report(c):
    r, k, b = c.r, c.k, B()
    b.ln("Incident " + r.choice(["INC-", "SEC-", "IR-"]) + nz(r, 5) + " (" + r.choice(["SEV1", "SEV2", "SEV3"]) + ") — " +
         r.choice(["credential exposure", "unauthorized access", "PII in logs", "misdirected email"]))
    b.nl().add("Summary: On ").add(k["dt"]).add(", ").add(r.choice([
        F("a GitHub token («gh») belonging to the «app» service was committed in «sha7».", k),
        F("an access key («ak») was found in a public bucket along with its secret «sk».", k),
        F("«app» debug logs captured customer emails such as «email» and card number «card».", k),
        F("an email containing «name»'s record («idk» «idv») was sent to the wrong recipient.", k)])).nl()
    b.nl().ln("Timeline (UTC):")
    for _ in range(r.randint(3, 5)):
        b.add("  ").add(N(iso_ts(r))).add(" – ").add(r.choice([
            F("alert fired for requests from «ip»", k), F("on-call «staff_given» paged", k), F("keys revoked; «hnt»", k),
            F("login attempts from «ip6» blocked", k), F("customer «email» notified", k), "root cause identified"])).nl()
    b.nl().add("Impact: ").add(str(r.randint(1, 900))).add(" records; ").add(k["pct"]).add(" of sessions affected.").nl()
    b.add("Owner: ").add(k["staff"]).nl()
    return b


@pos
def t_ticket_comments(c):
    r, k, b = c.r, c.k, B()
    b.add("Ticket ").add(N(ticket_no(r))).add(" · ").add(c.item).add(" · Priority: " + r.choice(["High", "Normal", "Low", "Urgent"])).nl()
    b.add("Requester: ").add(k["name"]).add(" <").add(k["email"]).add(">").nl(2)
    b.add("— ").add(k["name"]).add(" commented ").add(N(iso_ts(r))).nl().add(say(c, "cust")).nl(2)
    b.add("— ").add(k["staff"]).add(" commented ").add(N(iso_ts(r))).nl().add(say(c, "agent")).nl(2)
    b.add("— ").add(k["staff2"]).add(" (internal note) ").add(N(iso_ts(r))).nl().add(say(c, "note"))
    if r.random() < .4:
        b.add(" ").add(k["hn"])
    b.nl()
    if r.random() < .3:
        b.nl().add("— ").add(k["staff2"]).add(" (internal note)").nl()
        b.add("customer pasted creds in the previous reply, scrubbed: password was ").add(k["pw"]).nl()
    return b


@pos
def t_jira(c):
    r, k, b = c.r, c.k, B()
    b.ln(r.choice(["PLAT-", "OPS-", "SUP-", "SEC-"]) + nz(r, 4) + ": " + r.choice(["Integration failing in prod", "Rotate leaked credentials",
                                                                               "Customer data not syncing", "Webhook 500s"]))
    b.add("Reporter: ").add(k["staff"]).nl()
    b.add("Assignee: ").add(k["staff2"]).nl()
    b.ln("Labels: " + ", ".join(r.sample(["backend", "urgent", "security", "customer-impact", "regression"], 2)))
    b.add("Affects version: ").add(k["ver"]).nl(2)
    b.ln("Description:")
    b.add("Repro with customer ").add(k["email"]).add(" (").add(c.idk).add(" ").add(k["idv"]).add("). Config in use:").nl()
    b.ln("{code}")
    items = [("aws_access_key_id", k["ak"]), ("aws_secret_access_key", k["sk"]), ("stripe_key", k["stripe"]),
             ("slack_token", k["slack"]), ("api_token", k["gsec"]), ("db_password", k["pw"])]
    for key, v in r.sample(items, r.randint(2, 4)):
        b.add(f"{key}: ").add(v).nl()
    b.ln("{code}")
    b.add("Endpoint: ").add(k["apiurl"]).add(" returns ").add(k["http"]).nl()
    return b


@pos
def t_slack_text(c):
    r, k, b = c.r, c.k, B()
    b.ln(r.choice(c.P["channel"]))
    people = [k["staff"], k["staff2"]]
    msgs = [say(c, "note"), F("can someone call «given» back? «phone»", k), say(c, "note"),
            F("heads up: «hnt»", k), F("here's the token for the test env, don't paste elsewhere: «slack»", k),
            F("portal link for them: «url»", k), F("done ✅ — «rel» for the rest", k)]
    clk = Clock(r)
    for m in r.sample(msgs, r.randint(3, 5)):
        b.nl().add(r.choice(people)).add("  ").add(clk(25)).nl().add(m).nl()
    return b


@pos
def t_slack_json(c):
    r, k, b = c.r, c.k, B()
    msgs = []
    for m in [say(c, "note"), say(c, "agent"), F("ok, I emailed «email»", k), F("«hn»", k)][:r.randint(2, 4)]:
        msgs.append({"type": "message", "user": N("U0" + rs(r, UP + DG, 9)),
                     "user_profile": {"real_name": r.choice([k["staff"], k["staff2"]])},
                     "text": m, "ts": N(f"{epoch(r)}.{dg(r, 6)}")})
    jdump(b, msgs, r.choice([2, 4]))
    b.nl()
    return b


@pos
def t_voicemail(c):
    r, k, b = c.r, c.k, B()
    b.add("Voicemail from ").add(k["phone"]).add(" — ").add(f"0:{r.randint(12, 59):02d}").nl()
    b.ln("Transcription (auto, confidence 0." + str(r.randint(62, 97)) + "):")
    pool = [t for t in SENT[c.dom]["cust"] if "«name»" not in t]
    b.add('"Hi, um, this is ').add(k["name"]).add(r.choice([", ", " calling, "])).add(F(r.choice(pool), k)).add(" ")
    b.add("Please call me back at ").add(r.choice([k["phone"], k["phone2"]])).add(". Thanks, bye.\"").nl()
    return b


@pos
def t_handoff(c):
    r, k, b = c.r, c.k, B()
    b.ln(r.choice(["Shift handoff — «org»", "HANDOVER NOTE", "End-of-day handoff («team»)"]), k)
    b.add("Outgoing: ").add(k["staff_given"]).add(" → Incoming: ").add(k["staff2_given"]).nl(2)
    for i in range(r.randint(2, 3)):
        kk = k if i == 0 else c.person_k()
        b.add(f"{i + 1}) ").add(kk["name"]).add(", ").add(kk["addr"]).add(" — ").add(say(c, "note", kk)).nl()
    b.nl().ln("Reminder: «hn»", k)
    return b


@pos
def t_git_diff(c):
    r, k, b = c.r, c.k, B()
    fn = r.choice(["config/settings.py", "app/settings/production.py", "scripts/sync_job.py", "deploy/settings_prod.py"])
    b.ln(f"diff --git a/{fn} b/{fn}")
    b.add("index ").add(N(sha(r, 7) + ".." + sha(r, 7) + " 100644")).nl()
    b.ln(f"--- a/{fn}").ln(f"+++ b/{fn}")
    b.ln(f"@@ -{r.randint(5, 40)},7 +{r.randint(5, 40)},9 @@")
    b.ln(' DEBUG = False')
    pairs = [("STRIPE_KEY", k["stripe"]), ("AWS_ACCESS_KEY_ID", k["ak"]), ("AWS_SECRET_ACCESS_KEY", k["sk"]),
             ("GITHUB_TOKEN", k["gh"]), ("SLACK_TOKEN", k["slack"]), ("API_SECRET", k["gsec"]), ("DB_PASSWORD", k["pw"])]
    for key, v in r.sample(pairs, r.randint(2, 4)):
        b.ln(f'-{key} = os.environ["{key}"]')
        b.add(f'+{key} = "').add(v).add('"').nl()
    b.ln(' ALLOWED_HOSTS = ["*"]')
    b.add("commit ").add(N(sha(r))).nl()
    b.add("Author: ").add(k["staff"]).add(" <").add(k["staff_email"]).add(">").nl()
    return b


@pos
def t_sql_dump(c):
    r, k, b = c.r, c.k, B()
    spec = [x for x in rec_spec(c) if "'" not in vtext(c.k[x[2]])]
    tbl = c.P["noun"] + "s"
    cols = [sn for sn, _, _ in spec]
    b.ln(f"-- dump of {tbl} ({r.randint(2, 50)} rows)")
    for i in range(r.randint(2, 4)):
        kk = k if i == 0 else c.person_k()
        if any("'" in vtext(kk[key]) for _, _, key in spec):
            continue
        b.add(f"INSERT INTO {tbl} ({', '.join(cols)}) VALUES (")
        for j, (_, _, key) in enumerate(spec):
            if j:
                b.add(", ")
            b.add("'").add(kk[key]).add("'")
        b.add(");").nl()
    b.ln(f"-- {r.randint(2, 50)} rows affected")
    return b


@pos
def t_receipt(c):
    r, k, b = c.r, c.k, B()
    w = 34
    b.ln(vtext(c.org).upper().center(w) if isinstance(c.org, str) else "RECEIPT".center(w))
    b.add(k["orgaddr"]).nl()
    b.add("Tel ").add(k["orgphone"]).nl()
    b.ln("-" * w)
    b.add("REF ").add(k["ref"]).nl()
    b.add("NAME: ").add(soft(k["name"], str.upper)).nl()
    if c.dom == "event_ticketing":
        b.add("EVENT: ").add(c.event).nl().add("WHEN: ").add(k["dt"]).nl().add("WHERE: ").add(k["venue"]).nl()
        b.ln("SEATS: " + k["seats"])
    b.add(r.choice(["VISA ", "MC ", "AMEX "])).add(N("************" + dg(r, 4))).nl()
    b.ln("AUTH CODE " + rs(r, UP + DG, 6))
    b.ln(f"TOTAL {money(r, '$'):>{w - 6}}")
    b.add("TXN TIME ").add(N(log_ts(r)[:19])).nl()
    b.ln("-" * w)
    b.ln(r.choice(["THANK YOU!", "KEEP FOR YOUR RECORDS", "NO REFUNDS AFTER 24H"]))
    return b


@pos
def t_ini(c):
    r, k, b = c.r, c.k, B()
    b.ln(f"; {c.app}.ini — {r.choice(['prod', 'staging'])}")
    b.ln("[database]").add("host = ").add(E(ipv4(r, "priv"), "IP_ADDRESS")).nl().ln("port = 5432").ln("user = app_rw")
    b.add("password = ").add(k["pw"]).nl(2)
    b.ln("[smtp]").ln("host = smtp." + c.odom).add("username = ").add(k["orgemail"]).nl()
    b.add("password = ").add(k["pw2"]).nl(2)
    b.ln("[api]")
    b.add(r.choice(["key", "api_key", "token"]) + " = ").add(k["gsec"]).nl()
    b.ln("timeout = 30")
    if r.random() < .5:
        b.nl().ln("[aws]").add("aws_access_key_id = ").add(k["ak"]).nl().add("aws_secret_access_key = ").add(k["sk"]).nl()
    return b


@pos
def t_curl(c):
    r, k, b = c.r, c.k, B()
    b.ln(r.choice(["repro:", "Here's the request that fails:", "# works locally, 500 in prod"]))
    b.add("curl -X POST ").add(E(f"https://api.{c.odom}/v{r.randint(1, 3)}/{c.P['noun']}s", "URL")).add(" \\").nl()
    b.add('  -H "Authorization: Bearer ').add(r.choice([k["jwt"], k["stripe"], k["gh"]])).add('" \\').nl()
    if r.random() < .5:
        b.add('  -H "X-Api-Key: ').add(k["gsec"]).add('" \\').nl()
    b.add("  -H 'Content-Type: application/json' \\").nl()
    b.add("  -d '")
    jdump(b, {"email": k["email"], "name": k["full"], "phone": k["phone"]}, None)
    b.add("'").nl()
    b.add("→ ").add(k["http"]).nl()
    return b


@pos
def t_key_paste(c):
    r, k, b = c.r, c.k, B()
    clk = Clock(r)
    b.add(k["staff"]).add(" · ").add(clk()).nl()
    b.ln(r.choice(["here's the deploy key for the sftp box, pls don't share", "pasting the old key so we can diff it:",
                   "Ticket attachment id_rsa contents:"]))
    b.ln("```")
    b.add(k["pem"]).nl()
    b.ln("```")
    if r.random() < .5:
        b.add("host: ").add(E(ipv4(r), "IP_ADDRESS")).add("  user: deploy").nl()
    b.add(k["staff2"]).add(" · ").add(clk(15)).nl()
    b.ln(r.choice(["revoking this now 🙃", "ugh, please rotate it", "moved to the vault, deleting this message"]))
    return b


# --------------------------------------------------------------------------
# negative-only templates (hard negatives, no entities)
# --------------------------------------------------------------------------
@neg
def n_log(c):
    r, b = c.r, B()
    comps = ["api", "worker", "scheduler", "billing", "sync", c.app]
    for _ in range(r.randint(6, 12)):
        lv = r.choice(["INFO", "INFO", "WARN", "DEBUG", "ERROR"])
        b.add(N(log_ts(r) if r.random() < .6 else iso_ts(r))).add(f" {lv:<5} [{r.choice(comps)}] ")
        b.add(r.choice([
            S("request_id=", N(uuid4(r)), " status=", N(r.choice(HTTP).split()[0]), " latency_ms=", str(r.randint(3, 900))),
            S("deployed ", N(version(r)), " commit=", N(sha(r))),
            S("cache hit ratio ", pct(r)),
            S("order ", N(order_no(r)), " state=shipped carrier=UPS tracking=", N(ups(r))),
            S("user_id=", N(uuid4(r)), " action=logout"),
            S("job ", N(uuid4(r)), " finished in ", str(r.randint(1, 60)), "s"),
            S("scheduled cleanup will run ", r.choice(RELATIVE)),
            S("checksum ok sha256=", N(sha(r, 64))),
            S("upstream returned ", N(r.choice(HTTP)), ", retrying"),
            S("epoch=", N(epoch(r)), " lag=", str(r.randint(0, 90)), "s"),
        ])).nl()
    return b


@neg
def n_release(c):
    r, b = c.r, B()
    b.add(f"## {c.app} ").add(N(version(r))).add(" — release notes").nl(2)
    items = [S("Fixed ", N(cve(r)), " in the PDF parser."), S("Bumped requests to ", N(version(r)), "."),
             S("Reverted commit ", N(sha(r)), " (flaky test)."), S("p95 latency improved by ", pct(r), "."),
             S("Build ", N(sha(r, 7)), ", artifact sha256 ", N(sha(r, 64)), "."),
             S("Handle ", N("429 Too Many Requests"), " from the SMS provider with backoff."),
             S("Removed the ", N(r.choice(BRANDS)), " demo theme."), S("Migration ", N(uuid4(r)), " is now idempotent."),
             S("Docs: use ", N("AKIAIOSFODNN7EXAMPLE"), " / ", N("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"), " only in examples.")]
    for it in r.sample(items, r.randint(4, 7)):
        b.add("- ").add(it).nl()
    b.nl().add("Next release planned ").add(r.choice(RELATIVE)).add(".").nl()
    return b


@neg
def n_order(c):
    r, b = c.r, B()
    o = order_no(r)
    b.add("Subject: Your order ").add(N(o)).add(" has shipped").nl(2)
    b.ln("Hi there,").nl()
    b.add("Good news — your order from ").add(c.org).add(" is on the way. Tracking: ")
    b.add(N(ups(r) if r.random() < .5 else usps(r))).add(".").nl()
    for _ in range(r.randint(1, 3)):
        b.add(f"  {r.randint(1, 3)} × ").add(N(r.choice(RETAIL_BRANDS))).add(" " + r.choice(["gift set", "item", "voucher", "bundle"]) + " ").add(money(r)).nl()
    b.add("Discount: ").add(pct(r)).add("  ·  Paid with card ending ").add(N("•••• " + dg(r, 4))).nl()
    b.add("Estimated delivery: ").add(r.choice(RELATIVE)).add(".").nl()
    b.add("Invoice ").add(N(invoice_no(r))).add(" is attached.").nl()
    return b


@neg
def n_chat(c):
    r, b = c.r, B()
    lines = [("Customer", S("hi, my order ", N(order_no(r)), " still says processing")),
             ("Agent", S("Sorry about that! It should ship ", r.choice(RELATIVE), ".")),
             ("Customer", S("ok. also the email said ", N(r.choice(PLACEHOLDERS)), " instead of my name lol")),
             ("Agent", S("That's a template bug (ticket ", N(ticket_no(r)), "), fixed in ", N(version(r)), ".")),
             ("Customer", S("the card ", N(bad_card(r)), " keeps failing, is that why?")),
             ("Agent", S("That number doesn't pass validation, so please re-enter it. The last attempt returned ", N(r.choice(HTTP)), ".")),
             ("Customer", "👍 thanks")]
    for who, m in lines[:r.randint(4, 7)]:
        b.add("[").add(N(clock(r))).add(f"] {who}: ").add(m).nl()
    return b


@neg
def n_config(c):
    r, b = c.r, B()
    b.ln("# example configuration — replace the placeholders before deploying")
    rows = [("AWS_ACCESS_KEY_ID", N("AKIAIOSFODNN7EXAMPLE")), ("AWS_SECRET_ACCESS_KEY", N("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")),
            ("STRIPE_SECRET_KEY", N("sk_live_" + "*" * 24)), ("GITHUB_TOKEN", N("ghp_" + "X" * 36)),
            ("SLACK_BOT_TOKEN", N("xoxb-your-bot-token-here")), ("API_KEY", N("changeme")),
            ("DB_PASSWORD", N("${DB_PASSWORD}")), ("SECRET_KEY", N("<your-secret-key>")), ("JWT_SECRET", N("replace-me")),
            ("LOG_LEVEL", "info"), ("DEBUG", "false"), ("MAX_RETRIES", "5"), ("APP_VERSION", N(version(r))),
            ("PASSWORD", N("********")), ("TOKEN", N("[REDACTED]"))]
    for key, v in r.sample(rows, r.randint(6, 11)):
        b.add(key + "=").add(v).nl()
    return b


@neg
def n_csv(c):
    r, b = c.r, B()
    b.ln("order_id,isbn,amount,discount,card_hint,test_card,test_ssn,status")
    for _ in range(r.randint(3, 6)):
        row = [N(order_no(r)), N(isbn(r)), money(r, "").replace(",", ""), pct(r), N("****" + dg(r, 4)),
               N(bad_card(r)), N(bad_ssn(r)), r.choice(["ok", "rejected", "refunded"])]
        for j, v in enumerate(row):
            if j:
                b.add(",")
            csv_cell(b, v)
        b.nl()
    return b


@neg
def n_narrative(c):
    r, b = c.r, B()
    b.add("The ").add(c.team).add(" offsite was held at ").add(N(r.choice(VENUES))).add("; lunch came from ")
    b.add(N(r.choice(FOOD_BRANDS))).add(" and ").add(N(r.choice(FOOD_BRANDS))).add(". ")
    b.add("Attendance was up ").add(pct(r)).add(" and the budget of ").add(money(r)).add(" was approved. ")
    b.add("Everyone agreed to revisit the ").add(c.item).add(" backlog ").add(r.choice(RELATIVE)).add(". ")
    b.add(hn(c)).nl()
    return b


@neg
def n_inventory(c):
    r, b = c.r, B()
    b.ln("| device | mac | firmware | serial | image hash |")
    b.ln("|---|---|---|---|---|")
    for i in range(r.randint(3, 6)):
        b.add(f"| kiosk-{i + 1:02d} | ").add(N(mac(r))).add(" | ").add(N(version(r))).add(" | ")
        b.add(N(rs(r, UP + DG, 12))).add(" | ").add(N(sha(r, 40))).add(" |").nl()
    return b


@neg
def n_template(c):
    r, b = c.r, B()
    v = r.randint(0, 2)
    b.add("Subject: ").add(r.choice(["Your ", "Reminder: your ", "Update on your "])).add(N("{{appointment_type}}")).nl()
    b.nl().add(r.choice(["Hi ", "Dear ", "Hello "])).add(N(r.choice(["{{first_name}}", "<NAME>", "%FIRST_NAME%"]))).add(",").nl(2)
    if v == 0:
        b.add("Your ").add(c.dtk).add(" with ").add(N("<PROVIDER_NAME>")).add(" is on ").add(N("{{appointment_date}}")).add(".").nl()
    elif v == 1:
        b.add("This is a reminder from ").add(c.org).add(" about your ").add(c.item).add(" on ").add(N("[DATE]")).add(".").nl()
    else:
        b.add("We updated your ").add(c.item).add(" — see ").add(N("{{portal_link}}")).add(" for details.").nl()
    b.add("Account: ").add(N("[REDACTED]")).add(" · Card: ").add(N("**** **** **** {{last4}}")).nl()
    b.add("SSN: ").add(N("XXX-XX-XXXX")).add(" · Phone: ").add(N("(XXX) XXX-XXXX")).nl()
    b.add("Questions? Reply to ").add(N("{{support_email}}")).add(".").nl()
    b.ln("Reply STOP to opt out.")
    return b


@neg
def n_ticket(c):
    r, b = c.r, B()
    b.add(r.choice(["Bug: ", "Incident: ", "[bug] "])).add(N(r.choice(["502 Bad Gateway", "500", "504 Gateway Timeout", "429 Too Many Requests"])))
    b.add(r.choice([" on checkout", " on the portal login", " on form submit", " in the nightly sync", " from the SMS webhook"]))
    b.add(" after ").add(N(version(r))).nl()
    b.add("Ticket: ").add(N(ticket_no(r))).add(" · related: ").add(N(cve(r))).nl(2)
    b.add("Started ").add(r.choice(RELATIVE_PAST)).add(", roughly ").add(pct(r)).add(" of requests. Suspect commit ").add(N(sha(r, 7))).add(".").nl()
    b.add("Trace ").add(N(uuid4(r))).add(" shows retries; see build ").add(N(sha(r))).add(".").nl()
    b.add(hn(c)).nl()
    return b


@neg
def n_redacted_form(c):
    r, b = c.r, B()
    b.add(c.form).add(" (redacted copy)").nl()
    rows = [("Name", N(r.choice(["[REDACTED]", "<NAME>", "[name withheld]"]))), ("DOB", N("XX/XX/XXXX")),
            ("Phone", N("(XXX) XXX-XXXX")), ("Email", N("<EMAIL>")), ("Card", N("**** **** **** " + dg(r, 4))),
            ("SSN", N("***-**-" + dg(r, 4))), ("Address", N("[ADDRESS REMOVED]")), ("Reference", N(order_no(r)))]
    for key, v in rows:
        b.add(key + ": ").add(v).nl()
    b.add("Export generated ").add(N(iso_ts(r))).nl()
    return b


# --------------------------------------------------------------------------
# self-check
# --------------------------------------------------------------------------
RX_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
RX_URL = re.compile(r"https?://[^\s\"'<>()\[\]{}|\\^`]+")
RX_IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
RX_V6TOK = re.compile(r"(?<![\w:])[0-9A-Fa-f:]{3,}(?![\w:])")
RX_SSN = re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")
RX_CARD = re.compile(r"(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)")
RX_AWS_SECRET = re.compile(r"(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])")
RX_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,8}(?: ?[A-Z0-9]{1,3})?\b")
RX_SECRETS = [re.compile(p) for p in [
    r"\b(?:AKIA|ASIA)[A-Z0-9]{16}\b", r"\bgh[pousr]_[A-Za-z0-9]{30,}", r"github_pat_\w{20,}",
    r"\bxox[abposr]-[A-Za-z0-9-]{10,}", r"\b[rs]k_(?:live|test)_[A-Za-z0-9]{10,}",
    r"\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}", r"-----BEGIN [A-Z ]*PRIVATE KEY-----"]]
RX_KEYCTX = re.compile(r"(?i)(?<![a-z])(?:password|passwd|pwd|secret|api[_-]?key|apikey|access[_-]?key|token|client[_-]?secret)"
                       r"\w*[\"']?\s*[:=]\s*[\"']?([^\s\"'`,;<>{}\[\]()]+)")


def _looks_secret(v):
    if len(v) < 8 or v.isdigit():
        return False
    lo, up, di = any(ch.islower() for ch in v), any(ch.isupper() for ch in v), any(ch.isdigit() for ch in v)
    sy = any(not ch.isalnum() for ch in v)
    return (di and (lo or up)) or (lo and up and sy)


class CheckError(ValueError):
    pass


def _phone_ok(v):
    d = re.sub(r"\D", "", v)
    if v.startswith("+"):
        if not 8 <= len(d) <= 15:
            return False
        if d.startswith("1") and len(d) == 11:
            return d[4] in "23456789"
        return True
    if len(d) == 11 and d[0] == "1":
        d = d[1:]
    return len(d) == 10 and d[:3] in US_AREA and d[3] in "23456789"


def _card_ok(v):
    d = re.sub(r"[ -]", "", v)
    if not d.isdigit() or not 13 <= len(d) <= 19 or not luhn_ok(d):
        return False
    return (d[0] == "4" or 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720 or d[:2] in ("34", "37")
            or d.startswith("6011") or d.startswith("65") or 644 <= int(d[:3]) <= 649)


def _jwt_ok(v):
    parts = v.split(".")
    if len(parts) != 3 or not all(re.fullmatch(r"[A-Za-z0-9_-]+", p) for p in parts):
        return False
    try:
        h = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
        return "alg" in h
    except Exception:
        return False


VALIDATORS = {
    "CREDIT_CARD": _card_ok,
    "US_SSN": ssn_ok,
    "IBAN_CODE": iban_ok,
    "EMAIL_ADDRESS": lambda v: RX_EMAIL.fullmatch(v) is not None,
    "URL": lambda v: re.fullmatch(r"https?://[^\s\"'<>]+", v) is not None and v[-1] not in ".,;:",
    "PHONE_NUMBER": _phone_ok,
    "AWS_ACCESS_KEY": lambda v: re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", v) is not None and "EXAMPLE" not in v,
    "AWS_SECRET_KEY": lambda v: re.fullmatch(r"[A-Za-z0-9/+]{40}", v) is not None and "EXAMPLE" not in v,
    "GITHUB_TOKEN": lambda v: re.fullmatch(r"gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}", v) is not None,
    "SLACK_TOKEN": lambda v: re.fullmatch(r"xox[bp]-\d+-\d+(?:-\d+)?-[A-Za-z0-9]+", v) is not None,
    "STRIPE_KEY": lambda v: re.fullmatch(r"(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{20,}", v) is not None,
    "JWT": _jwt_ok,
    "PRIVATE_KEY": lambda v: v.startswith("-----BEGIN ") and v[:45].find("PRIVATE KEY-----") > 0 and v.endswith("PRIVATE KEY-----"),
    "PASSWORD": lambda v: len(v) >= 6 and not re.search(r"\s", v),
    "GENERIC_SECRET": lambda v: len(v) >= 20 and not re.search(r"\s", v) and _looks_secret(v),
    "DATE_OF_BIRTH": lambda v: re.search(r"\d", v) is not None,
    "DATE_TIME": lambda v: re.search(r"\d", v) is not None,
    "PERSON": lambda v: len(v) >= 2 and not re.search(r"[\d@/]", v),
    "LOCATION": lambda v: len(v) >= 2 and not re.search(r"\d", v),
    "ADDRESS": lambda v: len(v) >= 8,
    "MEDICAL_RECORD_NUMBER": lambda v: re.search(r"\d", v) is not None and len(v) >= 5,
    "HEALTH_PLAN_NUMBER": lambda v: re.search(r"\d", v) is not None and len(v) >= 8,
    "ACCOUNT_NUMBER": lambda v: re.search(r"\d", v) is not None and len(v) >= 6,
    "DRIVER_LICENSE": lambda v: re.search(r"\d", v) is not None and len(v) >= 7,
}


def _ip_ok(v):
    try:
        ipaddress.ip_address(v)
        return True
    except ValueError:
        return False


VALIDATORS["IP_ADDRESS"] = _ip_ok


def check_doc(doc, negs, is_neg):
    text, ents = doc["text"], doc["entities"]
    did = doc["id"]

    def fail(msg):
        raise CheckError(f"{did}: {msg}")

    prev = 0
    for e in ents:
        s, t, ty = e["start"], e["end"], e["type"]
        if not (0 <= s < t <= len(text)):
            fail(f"span out of bounds {e}")
        if s < prev:
            fail(f"spans unsorted/overlapping at {e}")
        if ty not in ENTITY_TYPES:
            fail(f"bad type {ty}")
        v = text[s:t]
        if v != v.strip():
            fail(f"whitespace at span edge {ty} {v!r}")
        if not VALIDATORS[ty](v):
            fail(f"invalid {ty} value {v!r}")
        prev = t
    if is_neg and ents:
        fail("negative document contains entities")
    cover = [(e["start"], e["end"]) for e in ents] + negs

    def covered(a, b):
        for x, y in cover:
            if x <= a and b <= y:
                return True
        return False

    def need(a, b, what):
        if not covered(a, b):
            fail(f"unlabeled {what}: {text[a:b]!r}")

    for m in RX_URL.finditer(text):
        u = m.group(0).rstrip(".,;:!?")
        need(m.start(), m.start() + len(u), "URL")
    for m in RX_EMAIL.finditer(text):
        ws = max(text.rfind(" ", 0, m.start()), text.rfind("\n", 0, m.start()), text.rfind("\"", 0, m.start()))
        if "://" in text[ws + 1:m.start()]:
            continue
        need(m.start(), m.end(), "email")
    for m in RX_IPV4.finditer(text):
        if all(int(x) <= 255 for x in m.group(0).split(".")):
            need(m.start(), m.end(), "IPv4")
    for m in RX_V6TOK.finditer(text):
        tok = m.group(0)
        if tok.count(":") >= 2 and ("::" in tok or tok.count(":") >= 5):
            try:
                ipaddress.IPv6Address(tok)
            except ValueError:
                continue
            need(m.start(), m.end(), "IPv6")
    for m in RX_SSN.finditer(text):
        need(m.start(), m.end(), "SSN-shaped")
    for m in RX_CARD.finditer(text):
        need(m.start(), m.end(), "card-shaped")
    for m in RX_AWS_SECRET.finditer(text):
        need(m.start(), m.end(), "40-char secret-shaped")
    for m in RX_IBAN.finditer(text):
        if iban_ok(m.group(0)):
            need(m.start(), m.end(), "IBAN")
    for rx in RX_SECRETS:
        for m in rx.finditer(text):
            need(m.start(), m.end(), "secret-shaped")
    for m in RX_KEYCTX.finditer(text):
        v = m.group(1).rstrip(".,;:!?")
        if _looks_secret(v):
            need(m.start(1), m.start(1) + len(v), "keyed secret value")


# --------------------------------------------------------------------------
# generation API
# --------------------------------------------------------------------------
NEG_RATE = 0.15
assert len(GIVEN_NAMES) >= 400 and len(SURNAMES) >= 400
assert len(POS) + len(NEG) >= 45


def build_doc(i, seed=0):
    r = random.Random(f"{seed}-{i}")
    dom = DOMAINS[i % len(DOMAINS)]
    is_neg = r.random() < NEG_RATE
    c = Ctx(r, dom)
    tpl = r.choice(NEG) if is_neg else r.choice(POS)
    b = tpl(c)
    if not is_neg and b.n_ents() == 0:
        b.nl().ln("Contact: «email»", c.k)
    text, ents, negs = b.finalize()
    doc = {"id": f"blind8-{seed}-{i:06d}", "domain": dom, "text": text, "entities": ents}
    check_doc(doc, negs, is_neg)
    return doc


def generate(n, seed=0):
    for i in range(n):
        yield build_doc(i, seed)


def main(argv=None):
    ap = argparse.ArgumentParser(description="Blind synthetic PII/PHI/secret corpus (blind8)")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output", default="-")
    a = ap.parse_args(argv)
    t0 = time.time()
    types = {t: 0 for t in ENTITY_TYPES}
    doms = {d: 0 for d in DOMAINS}
    negs = 0
    out = sys.stdout if a.output == "-" else open(a.output, "w", encoding="utf-8")
    try:
        for doc in generate(a.n, a.seed):
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
            doms[doc["domain"]] += 1
            if not doc["entities"]:
                negs += 1
            for e in doc["entities"]:
                types[e["type"]] += 1
    finally:
        if out is not sys.stdout:
            out.close()
    summary = {"n": a.n, "seed": a.seed, "documents_without_entities": negs,
               "entities_total": sum(types.values()), "entity_counts": types, "domain_counts": doms,
               "templates": {"positive": len(POS), "negative": len(NEG)}, "self_check": "passed",
               "seconds": round(time.time() - t0, 2)}
    print(json.dumps(summary, indent=2), file=sys.stderr)


if __name__ == "__main__":
    main()
