#!/usr/bin/env python3
"""Blind corpus 46 -- academia and research administration.

Synthetic documents from universities and research institutions: grant
budgets, IRB/ethics protocols, peer review, conferences, lab notebooks,
biobank / survey-panel exports, library loans, thesis forms, visa letters,
data-management plans, HPC account requests, alumni/donor records,
student-services tickets and letters of European universities in their local
languages.  Every document is a pure function of (seed, index).  Offsets are
recorded while the text is built (never searched afterwards).

Labelling conventions
---------------------
Types: PERSON EMAIL_ADDRESS PHONE_NUMBER US_SSN CREDIT_CARD IBAN_CODE IP_ADDRESS
DATE_OF_BIRTH DATE_TIME LOCATION ADDRESS URL MEDICAL_RECORD_NUMBER
HEALTH_PLAN_NUMBER ACCOUNT_NUMBER DRIVER_LICENSE AWS_ACCESS_KEY AWS_SECRET_KEY
GITHUB_TOKEN SLACK_TOKEN STRIPE_KEY JWT PRIVATE_KEY PASSWORD GENERIC_SECRET.

* Spans exclude surrounding quotes, brackets, field labels ("DOB:") and trailing
  punctuation; never start/end with whitespace; never overlap.
* PERSON: individuals' names (full, given only, surname only). Titles and
  honorifics (Dr., Mr., Sra., Herr, Mme, Dott.) are outside the span; middle
  initials inside; "Last, First" written together is ONE span; HL7 "DOE^JOHN^A"
  and vCard N "Doe;John;A" are ONE span; ALL-CAPS / lowercase names labelled;
  possessive 's outside. NOT labelled: companies/brands named after people
  ("Müller & Söhne GmbH", "Ben & Jerry's"), pet names, usernames/handles,
  names that only occur inside an email address or URL.
* LOCATION: city / state / province / country / region used as a place.
  "City, ST" / "City, Country" written together is one span. Nationalities,
  languages, IATA codes, time-zone ids (Europe/Berlin) are not labelled.
* ADDRESS: street address incl. unit and, when written together, city, state,
  postcode, country; multi-line blocks are one span; P.O. boxes with their
  city count. Places inside an ADDRESS are not labelled separately.
  Single-field structured addresses (HL7 XAD "1 MAIN ST^^CITY^ST^12345",
  vCard ADR value) are one ADDRESS span. When a record splits the address into
  separate fields (FHIR line/city/state, EDI N3/N4, form "City:" field) the
  street line is ADDRESS, city and state/province fields are LOCATION each, and
  a bare postal code / country code field is not labelled.
* DATE_OF_BIRTH only where the text says it is a birth date (incl. HL7 PID-7,
  IN1-18, FHIR birthDate, vCard BDAY, EDI DMG).
* DATE_TIME: explicit calendar dates and explicit clock times in prose or in
  semantic fields (appointment, service date, DTSTART/DTEND, expiry,
  deadlines). Date+time written together (also joined by at/um/à/às/alle/a
  las/",") is ONE span; an attached weekday is included; "AM/PM" included.
* Hard negatives (never labelled): log-line timestamps, email Date: and
  Received: timestamps, HL7 MSH-7/EVN timestamps, X12 ISA/GS timestamps, ICS
  DTSTAMP/CREATED/LAST-MODIFIED, FHIR meta.lastUpdated, transcript/shift-log
  time prefixes at line start, epoch integers, durations, bare years,
  weekdays alone, relative times, order/invoice/tracking/ticket/claim/case/
  booking/escrow numbers, versions, UUIDs, commit SHAs, hashes, Luhn-invalid
  16-digit numbers, SSN-shaped numbers with area 000/666/9xx, masked values,
  ${VAR} / ${{ secrets.X }} references, brand names, pet names, drug names,
  ICD/CPT/LOINC/HS codes, NPIs, amounts, routing numbers, BIC codes, group
  numbers, IATA codes, room/seat numbers, licence plates, VINs, control ids.
* PHONE_NUMBER: all phone/fax numbers (incl. toll-free); "tel:"/"ext." outside.
* EMAIL_ADDRESS ("mailto:" outside); URL http/https only incl. path+query;
  IP_ADDRESS every concrete IPv4/IPv6 host (port / CIDR suffix outside). URLs
  never contain an IP or e-mail here.
* US_SSN only valid area/group/serial; CREDIT_CARD only full Luhn-valid PANs;
  IBAN_CODE only mod-97-valid (spaces inside the span when printed grouped).
* MEDICAL_RECORD_NUMBER, HEALTH_PLAN_NUMBER (member/subscriber/policy ids of
  health plans), ACCOUNT_NUMBER (bank/utility/telecom/customer/patient
  account), DRIVER_LICENSE: the id only.
* Secrets: AWS_ACCESS_KEY, AWS_SECRET_KEY (40 chars), GITHUB_TOKEN, SLACK_TOKEN,
  STRIPE_KEY (sk_live_/rk_live_), JWT, PRIVATE_KEY (whole PEM block incl.
  BEGIN/END lines), PASSWORD (passwords/passcodes, incl. the password part of
  a DSN "user:PASS@host" and meeting passcodes), GENERIC_SECRET (other API
  keys, client secrets, webhook signing secrets, bearer tokens that are not
  JWTs). Kubernetes Secret data: values are labelled as the base64 string
  (PASSWORD when the key names a password, else GENERIC_SECRET).

Corpus-specific notes: student / staff / matriculation numbers, ORCID iDs,
DOIs, ISBNs, grant award numbers, protocol numbers, sample and specimen ids,
SSH *public* keys and their fingerprints, usernames and room numbers are hard
negatives and never labelled.  Library patron accounts and bursar (student
account) numbers are ACCOUNT_NUMBER.

CLI:  --check | --sample K | --n N --seed S --output F.jsonl
"""
import argparse
import base64
import datetime as dt
import json
import random
import string
import sys
import unicodedata
import uuid
from collections import Counter

PER, EM, PH, SSN, CC, IBAN = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN",
                              "CREDIT_CARD", "IBAN_CODE")
IP, DOB, DT, LOC, ADR, URL = ("IP_ADDRESS", "DATE_OF_BIRTH", "DATE_TIME", "LOCATION",
                              "ADDRESS", "URL")
MRN, HPN, ACC, DL = ("MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER", "ACCOUNT_NUMBER",
                     "DRIVER_LICENSE")
AKI, ASK, GH, SLK, STR = ("AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN",
                          "STRIPE_KEY")
JWT, PK, PW, SEC = "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_SECRET"
TYPES = [PER, EM, PH, SSN, CC, IBAN, IP, DOB, DT, LOC, ADR, URL, MRN, HPN, ACC, DL,
         AKI, ASK, GH, SLK, STR, JWT, PK, PW, SEC]

# ---- Builder ----


class Builder:
    """Append text piece by piece, recording entity spans as they are written."""

    def __init__(self):
        self.buf, self.pos, self.ents = [], 0, []

    def add(self, s, typ=None):
        if not s:
            return self
        start = self.pos
        self.buf.append(s)
        self.pos += len(s)
        if typ:
            self.ents.append({"start": start, "end": self.pos, "type": typ})
        return self

    def __call__(self, *parts):
        for p in parts:
            if isinstance(p, tuple):
                self.add(*p)
            else:
                self.add(p)
        return self

    def text(self):
        return "".join(self.buf)


# ---- Name pools:  culture -> (male given, female given, surnames) ----

_NAMES = {  # culture: (male given names, female given names, surnames); '|' separates multi-word items
    "en": ("James John Robert Michael William David Richard Joseph Thomas Christopher Daniel Matthew Anthony Mark Andrew Joshua Kevin Brian George Timothy Ryan Jacob Nathan Samuel Benjamin Ethan Tyler Dylan Owen Liam Connor Aidan Gareth Rhys Callum",
           "Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Emily Hannah Megan Rachel Lauren Ashley Olivia Sophie Grace Chloe Abigail Madison Charlotte Emma Molly Bethany Kayla Brittany Siobhan Niamh Imogen Harriet",
           "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Moore Martin Jackson Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Hill Green Adams Baker Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Murphy Cook Rogers Morgan Cooper Peterson Reed Bailey Kelly Howard Ward Cox Richardson Wood Watson Brooks Bennett Gray Hughes Price Sanders Myers Foster O'Brien McAllister Fitzgerald Sullivan Whitfield Ashworth Pritchard Llewellyn MacLeod Gallagher Kowalczyk-Hart Delgado-Reyes"),
    "de": ("Lukas Jonas Felix Maximilian Leon Paul Tobias Florian Sebastian Matthias Stefan Andreas Jürgen Wolfgang Klaus Dieter Uwe Christoph Moritz Niklas Jan Tim Fabian Philipp Johannes Ulrich Bernd Henrik",
           "Anna Lena Laura Julia Lea Sophie Katharina Sabine Petra Ursula Monika Claudia Anja Miriam Franziska Johanna Marie Hannah Greta Charlotte Ingrid Birgit Nadine Theresa Annika Gudrun Heike Svenja",
           "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn Vogel Friedrich Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann Albrecht Ziegler Brandt Kühn Pohl Engel Horn Busch Bergmann Voigt Sauer Arnold Pfeiffer Seidel Oberhuber Gruber Steiner Moser Leitner"),
    "fr": ("Jean Pierre Michel Philippe Alain Nicolas Julien Thomas Antoine Mathieu Olivier Guillaume Sébastien Romain Hugo Louis Théo Baptiste Maxime Clément Benoît Rémi Yann Gaël Jean-Baptiste Loïc",
           "Marie Nathalie Isabelle Sylvie Catherine Sophie Camille Léa Manon Chloé Émilie Julie Aurélie Céline Élodie Mathilde Pauline Margaux Inès Clémence Hélène Agnès Bérénice Océane Anne-Laure Marie-Claire",
           "Martin|Bernard|Dubois|Thomas|Robert|Richard|Petit|Durand|Leroy|Moreau|Simon|Laurent|Lefèvre|Michel|Garcia|David|Bertrand|Roux|Vincent|Fournier|Morel|Girard|André|Lefebvre|Mercier|Dupont|Lambert|Bonnet|François|Legrand|Garnier|Faure|Rousseau|Blanc|Guérin|Henry|Roussel|Perrin|Morin|Mathieu|Gauthier|Dumont|Fontaine|Chevalier|Robin|Masson|Gérard|Boyer|Lemaire|Duval|Joly|Roche|Noël|Meunier|Marchand|Dufour|Blanchard|Barbier|Brunet|Leroux|Renard|Arnaud|Rolland|Caron|Aubert|Giraud|Leclerc|Vidal|Bourgeois|Lemoine|Picard|Gaillard|Lacroix|Fabre|Dupuis|Le Gall|Le Goff"),
    "es": ("Alejandro Javier Carlos Miguel José Antonio Manuel Francisco David Daniel Pablo Sergio Jorge Alberto Raúl Diego Adrián Álvaro Iván Rubén Ignacio Gonzalo Íñigo Xabier Joaquín Santiago Mateo",
           "María Carmen Ana Laura Lucía Marta Elena Cristina Paula Sara Isabel Raquel Pilar Beatriz Nuria Irene Silvia Rocío Alba Noelia Ainhoa Itziar Montserrat Begoña Valentina Camila Ximena",
           "García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez Ramos Gil Ramírez Serrano Blanco Molina Morales Suárez Ortega Delgado Castro Ortiz Rubio Marín Sanz Núñez Iglesias Medina Garrido Cortés Castillo Santos Lozano Guerrero Cano Prieto Méndez Cruz Calvo Gallego Vidal León Márquez Herrera Peña Flores Cabrera Campos Vega Fuentes Carrasco Caballero Reyes Nieto Aguilar Pascual Herrero Montero Hidalgo Ibáñez Ferrer Durán Echeverría Goikoetxea Arrieta Quispe Mamani"),
    "it": ("Marco Luca Giuseppe Giovanni Francesco Alessandro Andrea Matteo Lorenzo Davide Stefano Paolo Roberto Simone Federico Riccardo Tommaso Gabriele Emanuele Salvatore Vincenzo Pietro Claudio Enrico Gianluca",
           "Giulia Francesca Chiara Sara Martina Valentina Alessandra Elena Federica Silvia Elisa Laura Paola Roberta Giorgia Beatrice Alice Camilla Ilaria Serena Noemi Caterina Rossella Antonella Gaia",
           "Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|De Luca|Mancini|Costa|Giordano|Rizzo|Lombardi|Moretti|Barbieri|Fontana|Santoro|Mariani|Rinaldi|Caruso|Ferrara|Galli|Martini|Leone|Longo|Gentile|Martinelli|Vitale|Lombardo|Serra|Coppola|De Santis|D'Angelo|Marchetti|Parisi|Villa|Conte|Ferraro|Ferri|Fabbri|Marini|Grasso|Valentini|Messina|Sala|De Angelis|Gatti|Pellegrini|Palumbo|Sanna|Farina|Rizzi|Monti|Cattaneo|Morelli|Amato|Silvestri|Mazza|Testa|Carbone|Giuliani|Benedetti|Barone|Caputo|Montanari|Guerra|Palmieri|Bernardi|Fiore|De Rosa|Ferretti|Bellini|Basile|Donati|Piras|Sartori|Neri|Sorrentino|D'Amico"),
    "pt": ("João Pedro Tiago Miguel Rui Nuno Ricardo Paulo André Luís Bruno Gonçalo Diogo Rafael Filipe Hugo Vasco Duarte Lucas Gabriel Matheus Thiago Rodrigo Caio",
           "Maria Ana Beatriz Inês Mariana Catarina Sofia Joana Rita Margarida Carolina Marta Teresa Filipa Leonor Patrícia Sílvia Helena Luana Larissa Camila Fernanda Juliana",
           "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Fernandes Gonçalves Gomes Lopes Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia Mendes Nunes Soares Vieira Monteiro Cardoso Rocha Raposo Neves Coelho Cruz Cunha Pires Ramos Reis Simões Antunes Matos Fonseca Machado Araújo Barbosa Tavares Lourenço Castro Figueiredo Azevedo Freitas Magalhães Sequeira"),
    "nl": ("Jan Pieter Kees Willem Hendrik Bram Daan Sem Lars Thijs Ruben Joost Bas Sander Maarten Gijs Wouter Jeroen Niels Stijn Koen Floris Rutger Bart Sjoerd",
           "Anne Emma Sanne Lotte Fleur Eva Femke Iris Lisa Noor Maaike Marieke Annemiek Ingrid Ilse Esther Marloes Roos Lieke Tessa Floor Janneke Wilma Hanneke",
           "de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Janssen|Visser|Smit|Meijer|de Boer|Mulder|de Groot|Bos|Vos|Hendriks|van Leeuwen|Dekker|Brouwer|de Wit|Dijkstra|Smits|de Graaf|van der Meer|van der Linden|Kok|Jacobs|de Haan|Vermeulen|van den Heuvel|van der Veen|van den Broek|de Bruijn|van der Heijden|Schouten|van Beek|Willems|van Vliet|van de Ven|Hoekstra|Maas|Verhoeven|Koster|van Dam|van der Wal|Prins|Blom|Huisman|Kuipers|Veenstra|Wijnberg"),
    "pl": ("Piotr Krzysztof Andrzej Tomasz Paweł Michał Marcin Jakub Adam Łukasz Mateusz Kamil Grzegorz Wojciech Marek Jan Bartosz Maciej Dawid Szymon",
           "Anna Katarzyna Małgorzata Agnieszka Barbara Ewa Magdalena Joanna Aleksandra Monika Zofia Natalia Karolina Marta Dorota Justyna Weronika Agata Iwona Beata",
           "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowakowski Majewski Olszewski Stępień Malinowski Jaworski Adamczyk Dudek Nowicki Pawlak Górski Witkowski Walczak Sikora Baran Rutkowski Michalak Szewczyk Ostrowski Tomaszewski Pietrzak Zalewski Wróblewski"),
    "sv": ("Erik Lars Anders Johan Karl Per Nils Mikael Magnus Oskar Gustav Axel Henrik Fredrik Björn Olof Sven Emil Viktor Hugo",
           "Anna Eva Maria Karin Kristina Lena Sara Emma Ingrid Elin Linnea Maja Astrid Sofia Ebba Klara Frida Malin Johanna Sigrid",
           "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson Jonsson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lundgren Lundqvist Mattsson Berglund Sandberg Forsberg Sjöberg Wallin Engström Håkansson Eklund Lundin Gunnarsson Holm Björk Bergman Wikström Nordström"),
    "da": ("Jens Niels Søren Lars Peter Mads Rasmus Mikkel Anders Morten Jesper Kasper Frederik Christian Henrik Bo Ole Jakob Magnus Troels",
           "Mette Anne Kirsten Hanne Lene Susanne Camilla Ida Freja Sofie Signe Line Louise Maja Karen Pernille Trine Birgitte Astrid Julie",
           "Nielsen Jensen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen Petersen Madsen Kristensen Olsen Thomsen Christiansen Poulsen Johansen Møller Mortensen Knudsen Jakobsen Mikkelsen Frederiksen Lauridsen Østergaard Bach Kjær Dalgaard Holm Vestergaard Bisgaard"),
    "no": ("Ole Lars Knut Arne Jan Per Bjørn Terje Geir Håkon Eirik Sindre Vegard Magnus Sigurd Kristian Øyvind Trond Jon Torstein",
           "Ingrid Kari Anne Marit Hilde Solveig Ragnhild Tone Silje Ingeborg Nora Thea Maren Ida Sunniva Tuva Guro Liv Synnøve Åse",
           "Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Johnsen Pettersen Eriksen Berg Haugen Hagen Johannessen Andreassen Jacobsen Dahl Jørgensen Halvorsen Henriksen Lund Solberg Bakken Moen Strand Haugland Kvamme Aas Nygård Lie Røed Fjeld"),
    "fi": ("Juhani Matti Mikko Jukka Timo Antti Pekka Jari Markku Ville Janne Tuomas Lauri Eero Aleksi Joonas Onni Otto Väinö Ilkka",
           "Maria Anna Tuula Päivi Leena Sari Riitta Anne Aino Eveliina Emilia Helmi Sanna Kaisa Laura Minna Johanna Heidi Venla Saara",
           "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Väisänen Kallio Lindroos Räsänen"),
    "cs": ("Jan Jiří Petr Josef Pavel Martin Tomáš Jaroslav Miroslav Zdeněk Václav Michal Ondřej Lukáš Jakub Vojtěch Radek Filip David Matěj",
           "Jana Marie Eva Hana Anna Lenka Kateřina Lucie Věra Alena Petra Veronika Jaroslava Tereza Martina Michaela Zuzana Barbora Markéta Klára",
           "Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Němec Pokorný Marek Pospíšil Hájek Jelínek Král Růžička Beneš Fiala Sedláček Doležal Zeman Kolář Navrátil Čermák Vaněk Urban Blažek Kříž Kovář Bartoš Vlček Polák Musil Kopecký Šimek Konečný Malý Holub Štěpánek"),
    "tr": ("Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Murat Emre Burak Can Cem Kerem Oğuz Serkan Volkan Tolga Barış Eren Umut",
           "Ayşe Fatma Emine Hatice Zeynep Elif Merve Büşra Esra Özlem Deniz Ece Selin Gizem Derya Aslı Pınar Tuğba Sevgi Gül",
           "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Erdoğan Güneş Aksoy Tekin Karaca Bulut Ünal Acar"),
    "zh": ("Wei Jun Hao Lei Yang Jian Tao Peng Qiang Ming Bo Xiaolong Zhiwei Haoran Yifan Zihan Jiahao",
           "Na Fang Jing Xiu Ying Yan Mei Lan Xinyi Yuxin Shu Ting Huiling Qian Xiaoyu Ruoxi",
           "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang Xie Song Tang Han Feng Deng Cao"),
    "in": ("Rahul Amit Vikram Arjun Rohan Sanjay Anand Karthik Suresh Rajesh Pranav Aditya Nikhil Siddharth Varun Harish Venkat Abhishek",
           "Priya Ananya Divya Kavya Lakshmi Sneha Pooja Meera Neha Deepika Shreya Aishwarya Sunita Anjali Radhika Nandini",
           "Sharma Patel Singh Kumar Gupta Reddy Iyer Nair Rao Mehta Joshi Desai Chatterjee Banerjee Mukherjee Pillai Menon Krishnan Agarwal Bhat Kulkarni Srinivasan Venkataraman Ghosh Das Verma Malhotra Kapoor Subramanian Chandrasekhar"),
    "ja": ("Hiroshi Takashi Kenji Daisuke Yuki Kazuki Shota Ryota Haruto Takumi Satoshi Kenta Naoki",
           "Yuko Keiko Aiko Yui Sakura Haruka Akiko Naomi Emi Mai Rina Ayaka Misaki",
           "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Mori Ikeda"),
    "ko": ("Min-jun Ji-ho Seo-jun Hyun-woo Dong-hyun Jae-won Sung-min Joon-ho",
           "Ji-woo Seo-yeon Min-ji Ha-eun Soo-jin Eun-ji Yu-na Hye-jin",
           "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang"),
    "ar": ("Mohammed Ahmed Omar Ali Youssef Khaled Hassan Karim Tarek Samir Nabil Rami Faisal Hamza Bilal",
           "Fatima Aisha Mariam Layla Noor Yasmin Salma Huda Rania Dina Amira Leila Nadia Samira Hana",
           "Haddad Khoury Mansour Nasser Saleh Hassan Ibrahim Abdullah Al-Sayed El-Amin Farouk Haddadin Qureshi Rahman Aziz Hamdan Najjar Sabbagh Tahan Benali"),
    "af": ("Chinedu Oluwaseun Emeka Tunde Babajide Kwame Kofi Obinna Femi Chukwuemeka Ikenna Segun Tendai Thabo",
           "Ngozi Chiamaka Adaeze Folake Funmilayo Amara Yetunde Ama Abena Zainab Ifeoma Wanjiru Nomvula",
           "Okafor Adeyemi Okonkwo Balogun Eze Nwosu Adebayo Olawale Mensah Boateng Asante Obi Chukwu Ogunleye Ibekwe Mwangi Kamau Otieno Njoroge Dlamini Moyo"),
    "gr": ("Georgios Dimitrios Konstantinos Ioannis Nikolaos Panagiotis Christos Vasileios Athanasios",
           "Maria Eleni Aikaterini Vasiliki Sofia Angeliki Dimitra Georgia Despoina",
           "Papadopoulos Papadakis Georgiou Oikonomou Nikolaou Vlachos Karagiannis Christodoulou Dimitriou Alexiou Makris Antoniou"),
    "ru": ("Alexei Dmitri Sergei Ivan Nikolai Mikhail Andrei Pavel Oleksandr Yuri Vladimir Maxim Taras",
           "Olga Natalia Elena Tatiana Irina Svetlana Anastasia Ekaterina Yulia Daria Oksana",
           "Ivanov Petrov Smirnov Kuznetsov Popov Sokolov Lebedev Kozlov Novikov Morozov Volkov Shevchenko Kovalenko Bondarenko Tkachenko Melnyk"),
    "vi": ("Minh Duc Anh Tuan Hung Quang Thanh Long",
           "Linh Huong Mai Thu Lan Ngoc Trang Hoa",
           "Nguyen Tran Le Pham Hoang Huynh Vu Vo Dang Bui Do Ngo"),
    "fa": ("Reza Ali Mohammad Amir Hossein Mehdi Arash Babak Kian",
           "Maryam Sara Zahra Narges Shirin Parisa Leila Niloufar Mahsa",
           "Hosseini Mohammadi Ahmadi Rezaei Karimi Moradi Jafari Rahimi Sadeghi Tehrani Farahani Kazemi"),
}


def _split(s):
    return s.split("|") if "|" in s else s.split()


NAMES = {k: tuple(_split(x) for x in v) for k, v in _NAMES.items()}
CULTURES = list(NAMES)
EAST_ASIAN = {"zh", "ja", "ko", "vi"}

# language -> cultures weighting (local culture dominant, then international mix)
LANG_CULT = {
    "en": ["en"] * 8 + ["de", "fr", "es", "it", "pt", "nl", "pl", "zh", "zh", "in", "in", "ja",
                        "ko", "ar", "af", "af", "gr", "ru", "vi", "fa", "tr", "sv", "fi"],
    "de": ["de"] * 8 + ["tr", "pl", "it", "ru", "zh", "ar", "en", "fa"],
    "fr": ["fr"] * 8 + ["ar", "ar", "af", "pt", "es", "it", "vi", "zh"],
    "es": ["es"] * 9 + ["pt", "it", "fr", "ar", "en", "zh"],
    "it": ["it"] * 9 + ["es", "fr", "de", "ar", "ru", "zh"],
    "pt": ["pt"] * 9 + ["es", "af", "fr", "it", "zh"],
    "nl": ["nl"] * 8 + ["tr", "ar", "de", "pl", "in", "zh"],
    "pl": ["pl"] * 9 + ["ru", "de", "cs", "en"],
    "sv": ["sv"] * 8 + ["fi", "fa", "ar", "da", "no", "pl"],
    "da": ["da"] * 8 + ["sv", "no", "de", "tr", "pl"],
    "no": ["no"] * 8 + ["sv", "da", "pl", "af", "fa"],
    "fi": ["fi"] * 9 + ["sv", "ru", "en", "zh"],
    "cs": ["cs"] * 9 + ["pl", "ru", "de", "vi"],
    "tr": ["tr"] * 10 + ["ar", "fa", "de"],
}

# ---- Geography: country -> language, English/local name, cities (city, region, postal prefix), streets, universities (name, e-mail domain, city) ----

def _cities(s):
    return [tuple(x.split(";")) for x in s.split("|")]


def _unis(s):
    return [tuple(x.split(";")) for x in s.split("|")]


GEO = {
    "US": dict(lang="en", en="USA", local="United States",
               cities=_cities("Boston;MA;021|Ann Arbor;MI;481|Berkeley;CA;947|Austin;TX;787|Madison;WI;537|Chapel Hill;NC;275|Ithaca;NY;148|Seattle;WA;981|Pittsburgh;PA;152|Baltimore;MD;212|Atlanta;GA;303|Champaign;IL;618|Boulder;CO;803|Gainesville;FL;326|Tucson;AZ;857|Salt Lake City;UT;841|Nashville;TN;372|Columbus;OH;432|Minneapolis;MN;554|New Haven;CT;065|Providence;RI;029|Iowa City;IA;522|Eugene;OR;974|Lawrence;KS;660|Durham;NC;277|Palo Alto;CA;943|Princeton;NJ;085|Evanston;IL;602|St. Louis;MO;631|Houston;TX;770|Cambridge;MA;021|Stanford;CA;943|New York;NY;100|Philadelphia;PA;191"),
               streets="Oak|Maple|Elm|Washington|Lincoln|College|University|Main|Park|Highland|Cedar|Pine|Lake|Hill|Church|Franklin|Jefferson|Madison|Sunset|Willow|Chestnut|Walnut|Spruce|Ridge|Forest|Grant|Prospect|Summit|Linden|Huron|Mass|Packard|Telegraph|Guadalupe|Observatory|Dryden|Forbes|Charles|Ponce|de|Leon".split("|"),
               unis=_unis("Stanford University;stanford.edu;Stanford|University of Michigan;umich.edu;Ann Arbor|University of California, Berkeley;berkeley.edu;Berkeley|The University of Texas at Austin;utexas.edu;Austin|University of Wisconsin-Madison;wisc.edu;Madison|Cornell University;cornell.edu;Ithaca|Carnegie Mellon University;cmu.edu;Pittsburgh|Johns Hopkins University;jhu.edu;Baltimore|Emory University;emory.edu;Atlanta|Duke University;duke.edu;Durham|Vanderbilt University;vanderbilt.edu;Nashville|Yale University;yale.edu;New Haven|Brown University;brown.edu;Providence|Northwestern University;northwestern.edu;Evanston|Washington University in St. Louis;wustl.edu;St. Louis|Rice University;rice.edu;Houston|Princeton University;princeton.edu;Princeton|University of Pennsylvania;upenn.edu;Philadelphia|Columbia University;columbia.edu;New York")),
    "UK": dict(lang="en", en="United Kingdom", local="UK",
               cities=_cities("Oxford;Oxfordshire;OX1|Cambridge;Cambridgeshire;CB2|London;Greater London;WC1E|Edinburgh;Scotland;EH8|Manchester;Greater Manchester;M13|Bristol;England;BS8|Glasgow;Scotland;G12|Leeds;West Yorkshire;LS2|York;North Yorkshire;YO10|Durham;County Durham;DH1|Nottingham;Nottinghamshire;NG7|Sheffield;South Yorkshire;S10|Cardiff;Wales;CF10|Belfast;Northern Ireland;BT7|Birmingham;West Midlands;B15|St Andrews;Fife;KY16|Brighton;East Sussex;BN1|Exeter;Devon;EX4|Norwich;Norfolk;NR4"),
               streets="High Street|Mill Lane|Station Road|Church Street|Victoria Road|King's Road|Park Terrace|Queen Street|Woodstock Road|Banbury Road|Trumpington Street|Regent Street|Castle Hill|Chapel Walk|Marchmont Road|Oxford Road|Clifton Hill|Hyde Park Road|Heslington Lane|Gower Street|Bedford Place|Cathedral Close".split("|"),
               unis=_unis("University of Oxford;ox.ac.uk;Oxford|University of Cambridge;cam.ac.uk;Cambridge|University College London;ucl.ac.uk;London|The University of Edinburgh;ed.ac.uk;Edinburgh|The University of Manchester;manchester.ac.uk;Manchester|University of Bristol;bristol.ac.uk;Bristol|University of Leeds;leeds.ac.uk;Leeds|Durham University;durham.ac.uk;Durham|Cardiff University;cardiff.ac.uk;Cardiff|Queen's University Belfast;qub.ac.uk;Belfast")),
    "DE": dict(lang="de", en="Germany", local="Deutschland",
               cities=_cities("Berlin;Berlin;10|München;Bayern;80|Heidelberg;Baden-Württemberg;691|Hamburg;Hamburg;20|Köln;Nordrhein-Westfalen;50|Freiburg im Breisgau;Baden-Württemberg;79|Göttingen;Niedersachsen;370|Tübingen;Baden-Württemberg;720|Leipzig;Sachsen;04|Dresden;Sachsen;01|Aachen;Nordrhein-Westfalen;520|Bonn;Nordrhein-Westfalen;531|Münster;Nordrhein-Westfalen;481|Frankfurt am Main;Hessen;603|Stuttgart;Baden-Württemberg;70|Karlsruhe;Baden-Württemberg;761|Jena;Thüringen;077|Konstanz;Baden-Württemberg;784|Mainz;Rheinland-Pfalz;551|Würzburg;Bayern;970|Bremen;Bremen;28|Kiel;Schleswig-Holstein;241|Regensburg;Bayern;930"),
               streets="Hauptstraße|Bahnhofstraße|Goethestraße|Schillerstraße|Lindenallee|Kirchweg|Gartenstraße|Bergstraße|Universitätsstraße|Mozartstraße|Beethovenstraße|Friedrichstraße|Rosenweg|Sonnenstraße|Wilhelmstraße|Ringstraße|Mühlenweg|Kastanienallee|Schloßstraße|Leopoldstraße|Zeppelinstraße|Am Markt|Plöck|Hauptstr.|Im Neuenheimer Feld|An der Alster|Berliner Str.".split("|"),
               unis=_unis("Ruprecht-Karls-Universität Heidelberg;uni-heidelberg.de;Heidelberg|Ludwig-Maximilians-Universität München;lmu.de;München|Humboldt-Universität zu Berlin;hu-berlin.de;Berlin|Freie Universität Berlin;fu-berlin.de;Berlin|Universität Hamburg;uni-hamburg.de;Hamburg|Universität zu Köln;uni-koeln.de;Köln|Albert-Ludwigs-Universität Freiburg;uni-freiburg.de;Freiburg im Breisgau|Georg-August-Universität Göttingen;uni-goettingen.de;Göttingen|Eberhard Karls Universität Tübingen;uni-tuebingen.de;Tübingen|Universität Leipzig;uni-leipzig.de;Leipzig|Technische Universität Dresden;tu-dresden.de;Dresden|RWTH Aachen;rwth-aachen.de;Aachen|Karlsruher Institut für Technologie;kit.edu;Karlsruhe|Friedrich-Schiller-Universität Jena;uni-jena.de;Jena|Universität Konstanz;uni-konstanz.de;Konstanz")),
    "FR": dict(lang="fr", en="France", local="France",
               cities=_cities("Paris;Île-de-France;750|Lyon;Auvergne-Rhône-Alpes;6900|Marseille;Provence-Alpes-Côte d'Azur;130|Toulouse;Occitanie;310|Bordeaux;Nouvelle-Aquitaine;330|Lille;Hauts-de-France;590|Strasbourg;Grand Est;670|Grenoble;Auvergne-Rhône-Alpes;380|Montpellier;Occitanie;340|Nantes;Pays de la Loire;440|Rennes;Bretagne;350|Nice;Provence-Alpes-Côte d'Azur;060|Dijon;Bourgogne-Franche-Comté;210|Clermont-Ferrand;Auvergne-Rhône-Alpes;630|Orsay;Île-de-France;914"),
               streets="rue de la République|avenue Jean Jaurès|boulevard Saint-Michel|rue des Écoles|rue Victor Hugo|rue Pasteur|allée des Tilleuls|chemin des Vignes|rue du Moulin|rue Gambetta|quai Claude Bernard|rue Nationale|impasse des Lilas|rue d'Ulm|place Bellecour|rue Saint-Jacques|cours Pasteur|rue de l'Université".split("|"),
               unis=_unis("Sorbonne Université;sorbonne-universite.fr;Paris|Université Paris Cité;u-paris.fr;Paris|Université Paris-Saclay;universite-paris-saclay.fr;Orsay|Université Claude Bernard Lyon 1;univ-lyon1.fr;Lyon|Aix-Marseille Université;univ-amu.fr;Marseille|Université de Bordeaux;u-bordeaux.fr;Bordeaux|Université de Strasbourg;unistra.fr;Strasbourg|Université Grenoble Alpes;univ-grenoble-alpes.fr;Grenoble|Université de Montpellier;umontpellier.fr;Montpellier|Université de Rennes;univ-rennes.fr;Rennes")),
    "ES": dict(lang="es", en="Spain", local="España",
               cities=_cities("Madrid;Madrid;28|Barcelona;Barcelona;08|Valencia;Valencia;46|Sevilla;Sevilla;41|Salamanca;Salamanca;37|Granada;Granada;18|Bilbao;Bizkaia;48|Zaragoza;Zaragoza;50|Santiago de Compostela;A Coruña;15|Málaga;Málaga;29|Oviedo;Asturias;33|Pamplona;Navarra;31"),
               streets="Calle Mayor|Avenida de la Constitución|Calle de Alcalá|Paseo de Gracia|Calle Real|Calle San Juan|Plaza de España|Calle del Carmen|Avenida Diagonal|Calle Ancha|Rúa do Vilar|Gran Vía|Calle Libreros|Avenida de Blasco Ibáñez|Calle Sierpes".split("|"),
               unis=_unis("Universidad Complutense de Madrid;ucm.es;Madrid|Universitat de Barcelona;ub.edu;Barcelona|Universitat de València;uv.es;Valencia|Universidad de Sevilla;us.es;Sevilla|Universidad de Salamanca;usal.es;Salamanca|Universidad de Granada;ugr.es;Granada|Universidad de Zaragoza;unizar.es;Zaragoza|Universidade de Santiago de Compostela;usc.es;Santiago de Compostela")),
    "IT": dict(lang="it", en="Italy", local="Italia",
               cities=_cities("Milano;MI;201|Roma;RM;001|Bologna;BO;401|Torino;TO;101|Padova;PD;351|Pisa;PI;561|Firenze;FI;501|Napoli;NA;801|Pavia;PV;27100|Trento;TN;3812|Genova;GE;161|Siena;SI;53100"),
               streets="Via Roma|Via Garibaldi|Corso Vittorio Emanuele II|Via Zamboni|Piazza del Duomo|Via Mazzini|Viale dei Mille|Via Dante|Via Verdi|Via San Francesco|Via Cavour|Lungarno Pacinotti|Via Po|Via dell'Università|Corso Italia".split("|"),
               unis=_unis("Università degli Studi di Milano;unimi.it;Milano|Sapienza Università di Roma;uniroma1.it;Roma|Alma Mater Studiorum - Università di Bologna;unibo.it;Bologna|Politecnico di Torino;polito.it;Torino|Università degli Studi di Padova;unipd.it;Padova|Università di Pisa;unipi.it;Pisa|Università degli Studi di Firenze;unifi.it;Firenze|Università degli Studi di Napoli Federico II;unina.it;Napoli|Università di Trento;unitn.it;Trento")),
    "PT": dict(lang="pt", en="Portugal", local="Portugal",
               cities=_cities("Lisboa;Lisboa;1|Porto;Porto;4|Coimbra;Coimbra;30|Braga;Braga;47|Aveiro;Aveiro;38|Faro;Faro;80|Évora;Évora;70"),
               streets="Rua Augusta|Avenida da Liberdade|Rua de Santa Catarina|Rua do Carmo|Travessa do Mirante|Rua Direita|Avenida da República|Largo do Rato|Rua da Sofia|Rua Ferreira Borges|Avenida dos Aliados".split("|"),
               unis=_unis("Universidade de Lisboa;ulisboa.pt;Lisboa|Universidade do Porto;up.pt;Porto|Universidade de Coimbra;uc.pt;Coimbra|Universidade do Minho;uminho.pt;Braga|Universidade de Aveiro;ua.pt;Aveiro")),
    "NL": dict(lang="nl", en="Netherlands", local="Nederland",
               cities=_cities("Amsterdam;Noord-Holland;10|Utrecht;Utrecht;35|Leiden;Zuid-Holland;23|Delft;Zuid-Holland;26|Groningen;Groningen;97|Rotterdam;Zuid-Holland;30|Nijmegen;Gelderland;65|Eindhoven;Noord-Brabant;56|Maastricht;Limburg;62|Wageningen;Gelderland;67"),
               streets="Kerkstraat|Stationsweg|Dorpsstraat|Oudegracht|Rapenburg|Herengracht|Prinsengracht|Molenweg|Julianalaan|Wilhelminastraat|Breestraat|Lange Nieuwstraat|Nieuwe Achtergracht|Vismarkt".split("|"),
               unis=_unis("Universiteit van Amsterdam;uva.nl;Amsterdam|Universiteit Utrecht;uu.nl;Utrecht|Universiteit Leiden;universiteitleiden.nl;Leiden|Technische Universiteit Delft;tudelft.nl;Delft|Rijksuniversiteit Groningen;rug.nl;Groningen|Radboud Universiteit;ru.nl;Nijmegen|Wageningen University & Research;wur.nl;Wageningen")),
    "PL": dict(lang="pl", en="Poland", local="Polska",
               cities=_cities("Warszawa;mazowieckie;0|Kraków;małopolskie;3|Wrocław;dolnośląskie;5|Poznań;wielkopolskie;6|Gdańsk;pomorskie;80|Łódź;łódzkie;9|Lublin;lubelskie;20|Toruń;kujawsko-pomorskie;87|Katowice;śląskie;40"),
               streets="ul. Długa|ul. Marszałkowska|ul. Floriańska|ul. Piotrkowska|al. Jerozolimskie|ul. Mickiewicza|ul. Słowackiego|ul. Kościuszki|ul. Grunwaldzka|ul. Krakowskie Przedmieście|ul. Gołębia|ul. Szewska".split("|"),
               unis=_unis("Uniwersytet Warszawski;uw.edu.pl;Warszawa|Uniwersytet Jagielloński;uj.edu.pl;Kraków|Uniwersytet Wrocławski;uwr.edu.pl;Wrocław|Uniwersytet im. Adama Mickiewicza w Poznaniu;amu.edu.pl;Poznań|Politechnika Gdańska;pg.edu.pl;Gdańsk|Uniwersytet Mikołaja Kopernika w Toruniu;umk.pl;Toruń")),
    "SE": dict(lang="sv", en="Sweden", local="Sverige",
               cities=_cities("Stockholm;Stockholms län;11|Uppsala;Uppsala län;75|Lund;Skåne;22|Göteborg;Västra Götaland;41|Umeå;Västerbotten;90|Linköping;Östergötland;58|Malmö;Skåne;21"),
               streets="Storgatan|Drottninggatan|Kungsgatan|Vasagatan|Sveavägen|Götgatan|Linnégatan|Skolgatan|Kyrkogatan|Parkvägen|Sysslomansgatan".split("|"),
               unis=_unis("Uppsala universitet;uu.se;Uppsala|Lunds universitet;lu.se;Lund|Stockholms universitet;su.se;Stockholm|Kungliga Tekniska högskolan;kth.se;Stockholm|Göteborgs universitet;gu.se;Göteborg|Umeå universitet;umu.se;Umeå|Karolinska Institutet;ki.se;Stockholm")),
    "DK": dict(lang="da", en="Denmark", local="Danmark",
               cities=_cities("København;Hovedstaden;1|Aarhus;Midtjylland;80|Odense;Syddanmark;50|Aalborg;Nordjylland;90|Roskilde;Sjælland;40|Kongens Lyngby;Hovedstaden;28"),
               streets="Nørregade|Vestergade|Østergade|Frederiksberg Allé|Jagtvej|Nørrebrogade|Åboulevard|Strandvejen|Søndergade|Blegdamsvej".split("|"),
               unis=_unis("Københavns Universitet;ku.dk;København|Aarhus Universitet;au.dk;Aarhus|Syddansk Universitet;sdu.dk;Odense|Aalborg Universitet;aau.dk;Aalborg|Danmarks Tekniske Universitet;dtu.dk;Kongens Lyngby")),
    "NO": dict(lang="no", en="Norway", local="Norge",
               cities=_cities("Oslo;Oslo;0|Bergen;Vestland;50|Trondheim;Trøndelag;70|Tromsø;Troms;90|Stavanger;Rogaland;40|Ås;Akershus;143"),
               streets="Storgata|Kirkegata|Karl Johans gate|Thorvald Meyers gate|Bygdøy allé|Olav Tryggvasons gate|Nedre Slottsgate|Skippergata|Møllendalsveien".split("|"),
               unis=_unis("Universitetet i Oslo;uio.no;Oslo|Universitetet i Bergen;uib.no;Bergen|Norges teknisk-naturvitenskapelige universitet;ntnu.no;Trondheim|UiT Norges arktiske universitet;uit.no;Tromsø|Norges miljø- og biovitenskapelige universitet;nmbu.no;Ås")),
    "FI": dict(lang="fi", en="Finland", local="Suomi",
               cities=_cities("Helsinki;Uusimaa;00|Espoo;Uusimaa;02|Tampere;Pirkanmaa;33|Turku;Varsinais-Suomi;20|Oulu;Pohjois-Pohjanmaa;90|Jyväskylä;Keski-Suomi;40"),
               streets="Mannerheimintie|Hämeenkatu|Aleksanterinkatu|Yliopistonkatu|Kauppakatu|Puistokatu|Rautatienkatu|Kirkkokatu|Otakaari|Fabianinkatu".split("|"),
               unis=_unis("Helsingin yliopisto;helsinki.fi;Helsinki|Aalto-yliopisto;aalto.fi;Espoo|Tampereen yliopisto;tuni.fi;Tampere|Turun yliopisto;utu.fi;Turku|Oulun yliopisto;oulu.fi;Oulu|Jyväskylän yliopisto;jyu.fi;Jyväskylä")),
    "CZ": dict(lang="cs", en="Czech Republic", local="Česká republika",
               cities=_cities("Praha;Hlavní město Praha;1|Brno;Jihomoravský kraj;6|Olomouc;Olomoucký kraj;77|Ostrava;Moravskoslezský kraj;70|Plzeň;Plzeňský kraj;30|České Budějovice;Jihočeský kraj;370"),
               streets="Vodičkova|Národní|Masarykova|Husova|Palackého|Nádražní|Komenského|Žitná|Lidická|Veveří|Ovocný trh|Křížkovského".split("|"),
               unis=_unis("Univerzita Karlova;cuni.cz;Praha|Masarykova univerzita;muni.cz;Brno|České vysoké učení technické v Praze;cvut.cz;Praha|Univerzita Palackého v Olomouci;upol.cz;Olomouc|Západočeská univerzita v Plzni;zcu.cz;Plzeň")),
    "TR": dict(lang="tr", en="Türkiye", local="Türkiye",
               cities=_cities("Kadıköy;İstanbul;347|Beşiktaş;İstanbul;343|Sarıyer;İstanbul;344|Çankaya;Ankara;06|Bornova;İzmir;35|Nilüfer;Bursa;16|Tepebaşı;Eskişehir;26|Ortahisar;Trabzon;61"),
               streets="Atatürk Cad.|İstiklal Cad.|Bağdat Cad.|Cumhuriyet Cad.|Gazi Mustafa Kemal Blv.|Barbaros Blv.|Kızılay Sok.|Lale Sok.|Menekşe Sok.|Çamlık Sok.".split("|"),
               unis=_unis("Boğaziçi Üniversitesi;bogazici.edu.tr;Beşiktaş|Orta Doğu Teknik Üniversitesi;metu.edu.tr;Çankaya|İstanbul Teknik Üniversitesi;itu.edu.tr;Sarıyer|Ege Üniversitesi;ege.edu.tr;Bornova|Hacettepe Üniversitesi;hacettepe.edu.tr;Çankaya")),
}

WORLD = ["Nairobi, Kenya", "São Paulo, Brazil", "Shanghai, China", "Seoul, South Korea",
         "Kyoto, Japan", "Bengaluru, India", "Lagos, Nigeria", "Tehran, Iran", "Hanoi, Vietnam",
         "Mexico City, Mexico", "Buenos Aires, Argentina", "Cairo, Egypt", "Toronto, Canada",
         "Melbourne, Australia", "Cape Town, South Africa", "Santiago, Chile", "Istanbul, Turkey",
         "Athens, Greece", "Kraków, Poland", "Vienna, Austria", "Zurich, Switzerland",
         "Dublin, Ireland", "Leuven, Belgium", "Singapore", "Taipei, Taiwan", "Bogotá, Colombia",
         "Accra, Ghana", "Kyiv, Ukraine", "Tbilisi, Georgia", "Hyderabad, India", "Wuhan, China",
         "Montreal, Quebec", "Vancouver, BC", "Auckland, New Zealand", "Lima, Peru",
         "Addis Ababa, Ethiopia", "Dhaka, Bangladesh", "Lahore, Pakistan", "Beirut, Lebanon"]
COUNTRY_WORDS = ["Germany", "France", "Spain", "Italy", "Portugal", "Netherlands", "Poland",
                 "Sweden", "Denmark", "Norway", "Finland", "Czechia", "Turkey", "Brazil", "India",
                 "China", "Japan", "Kenya", "Nigeria", "Canada", "Mexico", "Chile", "Egypt",
                 "South Korea", "Australia", "Iran", "Ghana", "Colombia", "Ukraine"]
LANG_CC = {"en": ["US", "US", "US", "UK"], "de": ["DE"], "fr": ["FR"], "es": ["ES"],
           "it": ["IT"], "pt": ["PT"], "nl": ["NL"], "pl": ["PL"], "sv": ["SE"], "da": ["DK"],
           "no": ["NO"], "fi": ["FI"], "cs": ["CZ"], "tr": ["TR"]}
US_AREAS = ("617 734 510 512 608 919 607 206 412 410 404 217 303 352 520 801 615 614 612 203 "
            "401 319 541 785 650 609 847 314 713 212 415 858 206 503 773").split()
IBAN_LEN = {"DE": 22, "FR": 27, "ES": 24, "IT": 27, "PT": 25, "NL": 18, "PL": 28, "SE": 24,
            "DK": 18, "NO": 15, "FI": 18, "CZ": 24, "TR": 26, "CH": 21, "AT": 20, "BE": 16,
            "GB": 22, "IE": 22}
BICS = ["DEUTDEFFXXX", "COBADEFFXXX", "BNPAFRPPXXX", "SOGEFRPP", "BBVAESMMXXX", "CAIXESBBXXX",
        "UNCRITMMXXX", "BCOMPTPL", "INGBNL2A", "RABONL2U", "PKOPPLPW", "NDEASESS", "DABADKKK",
        "DNBANOKKXXX", "OKOYFIHH", "KOMBCZPP", "TGBATRIS", "UBSWCHZH80A", "GIBAATWWXXX",
        "BARCGB22", "AIBKIE2D", "GEBABEBB", "KREDBEBB", "RZBAATWW", "HELADEF1HEI", "SSKMDEMMXXX", "GENODEF1S12"]
DRUGS = ["metformin", "atorvastatin", "sertraline", "ibuprofen 400 mg", "lisinopril",
         "amoxicillin", "levothyroxine", "placebo", "psilocybin (investigational)", "melatonin",
         "omeprazole", "salbutamol", "semaglutide", "Ozempic", "Lipitor", "Zoloft"]
ICD = ["E11.9", "I10", "F32.1", "J45.909", "G47.00", "M54.5", "F41.1", "K21.9", "Z00.00",
       "C50.911", "G43.909", "E66.9"]
PRODUCTS = ["Illumina NovaSeq 6000", "Zeiss LSM 980", "Bio-Rad CFX96", "Eppendorf 5424 R",
            "Thermo Fisher Qubit 4", "NVIDIA A100 80GB", "Dell PowerEdge R750", "Apple MacBook Pro",
            "Qualtrics license", "MATLAB Campus License", "Oxford Nanopore MinION",
            "Agilent TapeStation 4200", "Leica DM6 B", "Hamilton STARlet", "Sartorius Cubis II"]
TOPICS = ["soil microbiome resilience", "graph neural networks for protein folding",
          "multilingual speech recognition", "urban heat islands", "early childhood literacy",
          "quantum error correction", "polar sea-ice dynamics", "sleep and adolescent mood",
          "antimicrobial resistance in wastewater", "Byzantine manuscript digitisation",
          "coral reef acoustics", "labour-market effects of automation", "glacial hydrology",
          "post-operative delirium in older adults", "low-resource machine translation",
          "medieval trade networks", "perovskite solar cells", "long COVID fatigue",
          "bee pollinator decline", "federated learning in hospitals", "housing and migration"]
DEPTS = ["Department of Biology", "Department of Computer Science", "School of Public Health",
         "Department of Psychology", "Department of Earth Sciences", "Faculty of Medicine",
         "Department of Economics", "Department of History", "Institute of Physics",
         "Department of Linguistics", "School of Engineering", "Department of Chemistry",
         "Department of Sociology", "Graduate School of Education", "Department of Mathematics"]
CONFS = ["ACL 2025", "NeurIPS 2025", "ICML 2026", "CHI 2025", "EGU General Assembly 2025",
         "ESHG 2025", "ISMB/ECCB 2025", "AERA Annual Meeting", "SfN Neuroscience 2025",
         "ECCV 2026", "Interspeech 2025", "ASHG 2025", "EMNLP 2025", "CVPR 2026", "ICLR 2026"]

# ---- Calendar words ----

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
          "listopada grudnia",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta "
          "syyskuuta lokakuuta marraskuuta joulukuuta",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
}
MONTHS = {k: v.split() for k, v in MONTHS.items()}
WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela",
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag",
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    "no": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    "fi": "maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai",
    "cs": "pondělí úterý středa čtvrtek pátek sobota neděle",
    "tr": "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar",
}
WEEKDAYS = {k: v.split() for k, v in WEEKDAYS.items()}
TIME_JOIN = {"en": [" at ", ", ", " "], "de": [" um ", ", "], "fr": [" à ", ", "],
             "es": [" a las ", ", "], "it": [" alle ", ", ore "], "pt": [" às ", ", "],
             "nl": [" om ", ", "], "pl": [" o godz. ", ", godz. "], "sv": [" kl. ", " "],
             "da": [" kl. ", ", kl. "], "no": [" kl. ", " "], "fi": [" klo ", " "],
             "cs": [" v ", ", "], "tr": [" saat ", " "]}

ALNUM = string.ascii_letters + string.digits
UPALNUM = string.ascii_uppercase + string.digits
LOWALNUM = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64U = ALNUM + "-_"
FOLD = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L",
                      "ı": "i", "đ": "d", "'": "", "’": "", " ": ""})


def fold(s):
    s = s.translate(FOLD)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def iban_check(cc, bban):
    s = bban + cc + "00"
    n = int("".join(str(int(ch, 36)) for ch in s))
    return "%02d" % (98 - n % 97)


def iban_valid(iban):
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


class Person:
    __slots__ = ("given", "surname", "female", "culture", "middle")

    def __init__(self, given, surname, female, culture, middle=""):
        self.given, self.surname, self.female = given, surname, female
        self.culture, self.middle = culture, middle


def _feminine(surname, culture):
    if culture == "pl":
        for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if surname.endswith(a):
                return surname[:-len(a)] + b
    if culture == "cs":
        if surname.endswith("ý"):
            return surname[:-1] + "á"
        if surname.endswith("a"):
            return surname[:-1] + "ová"
        if surname.endswith("ek"):
            return surname[:-2] + "ková"
        if surname.endswith("ec"):
            return surname[:-2] + "cová"
        return surname + "ová"
    if culture == "gr":
        if surname.endswith("os"):
            return surname[:-2] + "ou"
        if surname.endswith("is"):
            return surname[:-1]
    if culture == "ru":
        for a in ("ov", "ev", "in"):
            if surname.endswith(a):
                return surname + "a"
    return surname


# ---- Random generator with domain helpers ----


class R(random.Random):
    def p(self, prob=0.5):
        return self.random() < prob
    def s(self, n, alphabet=ALNUM):
        return "".join(self.choice(alphabet) for _ in range(n))
    def d(self, n):
        return "".join(self.choice("0123456789") for _ in range(n))
    def wch(self, items, weights):
        return self.choices(items, weights)[0]

    # ---- people ----------------------------------------------------------
    def person(self, lang="en", culture=None, female=None):
        culture = culture or self.choice(LANG_CULT.get(lang, LANG_CULT["en"]))
        male, fem, sur = NAMES[culture]
        female = self.p() if female is None else female
        given = self.choice(fem if female else male)
        surname = self.choice(sur)
        if culture == "es" and self.p(0.55):
            other = self.choice(sur)
            if other != surname:
                surname = f"{surname} {other}"
        if female:
            surname = _feminine(surname, culture)
        middle = ""
        if culture in ("en", "de", "nl", "sv", "af", "in") and self.p(0.3):
            middle = self.choice(string.ascii_uppercase.replace("X", "").replace("Q", ""))
        return Person(given, surname, female, culture, middle)

    def name(self, p, style=None):
        if style is None:
            style = self.wch(["full", "mid", "init", "lastfirst", "upper"], [60, 12, 10, 12, 6])
        if style == "mid" and not p.middle:
            style = "full"
        if style == "full":
            if p.culture in ("zh", "ko", "ja") and self.p(0.2):
                return f"{p.surname.upper()} {p.given}"
            return f"{p.given} {p.surname}"
        if style == "mid":
            return f"{p.given} {p.middle}. {p.surname}"
        if style == "init":
            gi = "-".join(x[0] + "." for x in p.given.split("-"))
            return f"{gi} {p.surname}"
        if style == "lastfirst":
            return f"{p.surname}, {p.given}" + (f" {p.middle}." if p.middle else "")
        if style == "upper":
            return f"{p.surname.upper()} {p.given}"
        if style == "given":
            return p.given
        if style == "surname":
            return p.surname
        raise ValueError(style)

    def title(self, p, lang="en", academic=None):
        aca = self.p(0.4) if academic is None else academic
        f = p.female
        t = {
            "en": (["Dr.", "Prof.", "Professor", "Dr"], ["Ms.", "Mrs."] if f else ["Mr."]),
            "de": (["Dr.", "Prof. Dr.", "Frau Dr." if f else "Herr Dr."], ["Frau" if f else "Herr"]),
            "fr": (["Dr", "Pr", "Professeure" if f else "Professeur"], ["Mme" if f else "M."]),
            "es": (["Dra." if f else "Dr.", "Prof."], ["Sra." if f else "Sr.", "D.ª" if f else "D."]),
            "it": (["Dott.ssa" if f else "Dott.", "Prof.ssa" if f else "Prof."],
                   ["Sig.ra" if f else "Sig."]),
            "pt": (["Dra." if f else "Dr.", "Prof.ª" if f else "Prof."], ["Sra." if f else "Sr."]),
            "nl": (["dr.", "prof. dr."], ["mevr." if f else "dhr."]),
            "pl": (["dr", "prof. dr hab.", "dr inż."], ["Pani" if f else "Pan"]),
            "sv": (["docent", "professor"], [""]), "da": (["lektor", "professor"], [""]),
            "no": (["professor", "dr."], [""]), "fi": (["professori", "dosentti"], [""]),
            "cs": (["doc. Mgr.", "prof. RNDr.", "Mgr.", "PhDr."], ["paní" if f else "pan"]),
            "tr": (["Dr.", "Prof. Dr.", "Doç. Dr."], ["Sayın"]),
        }[lang]
        return self.choice(t[0] if aca else t[1])

    def user(self, p):
        g, s = fold(p.given).lower(), fold(p.surname).lower()
        return self.choice([g[0] + s[:7], f"{g[:2]}{s[:3]}{self.d(2)}", f"{s[:6]}{self.d(1)}",
                            f"{g}.{s}"[:14], f"{g[0]}{s[0]}{self.d(4)}"])

    def email(self, p=None, domain=None):
        if p is None:
            p = self.person()
        g = fold(p.given).lower().replace("-", "")
        s = fold(p.surname).lower().replace("-", "")
        if domain is None:
            domain = self.choice(["gmail.com", "outlook.com", "yahoo.com", "proton.me",
                                  "hotmail.com", "icloud.com", "web.de", "gmx.de", "orange.fr",
                                  "libero.it", "wp.pl", "seznam.cz", "live.se", "hotmail.es",
                                  "sapo.pt", "ziggo.nl", "mail.ru", "qq.com", "163.com",
                                  "yahoo.co.in"])
        local = self.choice([f"{g}.{s}", f"{g[0]}.{s}", f"{g}{s[0]}", f"{s}.{g}", f"{g}_{s}",
                             f"{g}.{s}{self.d(2)}", f"{g[0]}{s}", f"{s}{self.d(3)}"])
        return f"{local}@{domain}"

    # ---- geography -------------------------------------------------------
    def uni(self, cc):
        return self.choice(GEO[cc]["unis"])

    def city(self, cc, name=None):
        cities = GEO[cc]["cities"]
        if name:
            for c in cities:
                if c[0] == name:
                    return c
        return self.choice(cities)

    def postcode(self, cc, pre):
        d = self.d
        if cc == "US":
            return pre + d(2) + (f"-{d(4)}" if self.p(0.1) else "")
        if cc == "UK":
            return f"{pre} {self.randint(1, 9)}{self.s(2, 'ABDEFGHJLNPQRSTUWXYZ')}"
        if cc == "PT":
            return (pre + d(4 - len(pre))) + "-" + d(3)
        if cc == "NL":
            return pre + d(2) + " " + self.s(2, "ABCDEGHJKLMNPRSTVWXZ")
        if cc == "PL":
            x = pre + d(5 - len(pre))
            return x[:2] + "-" + x[2:]
        if cc in ("SE", "CZ"):
            x = pre + d(5 - len(pre))
            return x[:3] + " " + x[3:]
        if cc in ("DK", "NO"):
            return pre + d(4 - len(pre))
        if cc == "FR" and pre == "750":
            return "750" + "%02d" % self.randint(1, 20)
        return pre + d(5 - len(pre))

    def street_line(self, cc):
        g = GEO[cc]
        st = self.choice(g["streets"])
        n = str(self.wch([self.randint(1, 30), self.randint(1, 250), self.randint(100, 9999)],
                         [4, 4, 2 if cc == "US" else 0]))
        d = self.d
        if cc == "US":
            suf = self.choice(["St", "Street", "Ave", "Avenue", "Rd", "Blvd", "Dr", "Ln", "Ct",
                               "Way", "Pl"])
            pre = self.choice(["", "", "", "N ", "S ", "E ", "W "])
            n = str(self.randint(10, 9899))
            unit = self.wch(["", f", Apt {self.randint(1, 30)}{self.choice('ABCD')}",
                             f" #{self.randint(100, 999)}", f", Unit {self.randint(1, 40)}",
                             f", Suite {self.randint(1, 9)}00"], [6, 2, 1, 1, 1])
            return f"{n} {pre}{st} {suf}{unit}"
        if cc == "UK":
            flat = self.wch(["", f"Flat {self.randint(1, 12)}, ", f"{self.randint(1, 9)}{self.choice('ab')} "],
                            [6, 3, 1])
            return f"{flat}{n} {st}"
        if cc in ("DE", "NL", "NO", "SE"):
            suf = self.wch(["", self.choice("abc"), f"-{self.randint(1, 3)}", " hs", f" lgh {self.randint(1001, 1302)}"],
                           [8, 2, 1 if cc == "NL" else 0, 1 if cc == "NL" else 0, 2 if cc == "SE" else 0])
            return f"{st} {n}{suf}"
        if cc == "FR":
            return f"{n}{self.choice(['', '', '', ' bis', ' ter'])} {st}"
        if cc == "ES":
            return f"{st}, {n}" + self.choice(["", f", {self.randint(1, 8)}º {self.choice('ABCD')}",
                                               f", {self.randint(1, 6)}.º {self.choice(['izda.', 'dcha.'])}"])
        if cc == "IT":
            return self.choice([f"{st}, {n}", f"{st} {n}", f"{st} {n}/{self.choice('ABC')}"])
        if cc == "PT":
            return f"{st}, {n}" + self.choice(["", f", {self.randint(1, 8)}º {self.choice(['Esq.', 'Dto.', 'Fte.'])}"])
        if cc == "PL":
            return self.choice([f"{st} {n}/{self.randint(1, 60)}", f"{st} {n}",
                                f"{st} {n} m. {self.randint(1, 80)}"])
        if cc == "DK":
            return f"{st} {n}" + self.choice(["", f", {self.randint(1, 5)}. {self.choice(['th.', 'tv.', 'mf.'])}",
                                               f", st. {self.choice(['th.', 'tv.'])}"])
        if cc == "FI":
            return f"{st} {n}" + self.choice(["", f" {self.choice('ABC')} {self.randint(1, 40)}",
                                               f" as. {self.randint(1, 30)}"])
        if cc == "CZ":
            return f"{st} {self.randint(100, 2800)}/{n}"
        if cc == "TR":
            mah = self.choice(["Moda", "Caferağa", "Levent", "Kızılay", "Kazımdirik", "Maslak",
                               "Bahçelievler", "Görükle"])
            return f"{mah} Mah. {st} No: {n}" + self.choice(["", f" D: {self.randint(1, 20)}",
                                                            f"/{self.randint(1, 20)}"])
        return f"{st} {n}"

    def addr(self, cc, city=None):
        c = self.city(cc, city)
        return dict(cc=cc, line=self.street_line(cc), city=c[0], region=c[1],
                    pc=self.postcode(cc, c[2]))

    def fmt_addr(self, a, multi=None, country=None):
        multi = self.p(0.5) if multi is None else multi
        sep = "\n" if multi else ", "
        cc, line, city, reg, pc = a["cc"], a["line"], a["city"], a["region"], a["pc"]
        if cc == "US":
            s = f"{line}{sep}{city}, {reg} {pc}"
        elif cc == "UK":
            s = f"{line}{sep}{city}{sep if multi else ' '}{pc}"
        elif cc == "ES":
            s = f"{line}{sep}{pc} {city}" + (f" ({reg})" if reg != city and self.p(0.5) else "")
        elif cc == "IT":
            s = f"{line}{sep}{pc} {city} " + self.choice([f"({reg})", reg])
        elif cc == "TR":
            s = f"{line}{sep}{pc} {city}/{reg}"
        elif cc in ("NL", "SE", "NO", "FI") or (cc == "FR" and self.p(0.4)):
            s = f"{line}{sep}{pc} {city.upper() if self.p(0.5) else city}"
        else:
            s = f"{line}{sep}{pc} {city}"
        if country is None:
            country = self.p(0.25)
        if country:
            s += sep + (GEO[cc]["en"] if self.p(0.5) else GEO[cc]["local"])
        return s

    def loc(self, cc=None):
        if cc is None:
            return self.choice(WORLD) if self.p(0.5) else self.choice(COUNTRY_WORDS)
        c = self.city(cc)
        if cc == "US":
            return f"{c[0]}, {c[1]}"
        if cc == "TR":
            return self.choice([c[1], f"{c[0]}/{c[1]}"])
        return self.choice([c[0], c[0], f"{c[0]}, {GEO[cc]['en']}"])

    # ---- phones ----------------------------------------------------------
    def phone(self, cc="US", intl=None, mobile=None):
        d, ri, ch = self.d, self.randint, self.choice
        intl = self.p(0.4) if intl is None else intl
        mob = self.p(0.35) if mobile is None else mobile
        if cc == "US":
            if self.p(0.05):
                return ch(["1-800-", "(888) ", "877-"]) + f"{ri(200, 999)}-{d(4)}"
            a, x, n = ch(US_AREAS), str(ri(201, 989)), d(4)
            if intl:
                return ch([f"+1 {a} {x} {n}", f"+1 ({a}) {x}-{n}", f"+1-{a}-{x}-{n}", f"+1.{a}.{x}.{n}"])
            return ch([f"({a}) {x}-{n}", f"{a}-{x}-{n}", f"{a}.{x}.{n}", f"{a} {x} {n}"])
        if cc == "UK":
            if mob:
                m = f"7{ri(100, 999)} {d(6)}"
                return ch([f"+44 {m}", f"0{m}", f"+44 (0){m}"]) if intl else f"0{m}"
            area, start = ch(["20 7", "20 3", "1865 2", "1223 3", "131 6", "161 2", "117 9",
                              "113 3", "29 20"]).split()
            if len(area) == 4:
                num = f"{area} {start}{d(5)}"
            elif area == "29":
                num = f"29 20{d(2)} {d(4)}"
            elif area == "20":
                num = f"20 {start}{d(3)} {d(4)}"
            else:
                num = f"{area} {start}{d(2)} {d(4)}"
            return ch([f"+44 {num}", f"+44 (0){num}"]) if intl else f"0{num}"
        if cc == "DE":
            if mob:
                pre, num = ch(["151", "160", "170", "171", "176", "152", "157"]), d(ri(7, 8))
                return ch([f"+49 {pre} {num}", f"+49 {pre} {num[:4]} {num[4:]}"]) if intl else ch(
                    [f"0{pre} {num}", f"0{pre}/{num}", f"0{pre}-{num}"])
            a = ch(["30", "89", "6221", "40", "221", "761", "551", "7071", "341", "351", "241",
                    "228", "69", "711", "721", "3641", "7531"])
            sub = d(10 - len(a)) if len(a) <= 3 else d(ri(5, 6))
            if self.p(0.3):
                sub = f"{sub[:len(sub) - 3]}-{sub[-3:]}" if len(a) > 2 else f"{sub[:4]}-{sub[4:]}"
            return ch([f"+49 {a} {sub}", f"+49 (0){a} {sub}", f"+49 {a}-{sub}"]) if intl else ch(
                [f"0{a} {sub}", f"0{a}/{sub}", f"(0{a}) {sub}"])
        if cc == "FR":
            first = ch("67") if mob else ch("12345")
            g = " ".join([d(2) for _ in range(4)])
            return ch([f"+33 {first} {g}", f"+33 (0){first} {g}"]) if intl else ch(
                [f"0{first} {g}", f"0{first}{'.' + g.replace(' ', '.')}", f"0{first}{g.replace(' ', '')}"])
        if cc == "ES":
            n = (ch("67") + d(8)) if mob else (ch(["91", "93", "96", "95", "923", "958"]) + d(7))[:9]
            f = ch([f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}",
                    f"{n[:2]} {n[2:5]} {n[5:7]} {n[7:]}"])
            return f"+34 {f}" if intl else f
        if cc == "IT":
            if mob:
                n = "3" + d(2) + " " + d(3) + " " + d(4)
            else:
                a = ch(["02", "06", "051", "011", "049", "050", "055", "081"])
                n = f"{a} {d(8 - len(a) + 2)}" if self.p(0.5) else f"{a} {d(4)} {d(4)}"
            return f"+39 {n}" if intl else n
        if cc == "PT":
            n = (ch(["91", "92", "93", "96"]) if mob else ch(["21", "22", "239", "253"])) + d(7)
            n = n[:9]
            f = f"{n[:3]} {n[3:6]} {n[6:]}"
            return f"+351 {f}" if intl else f
        if cc == "NL":
            if mob:
                n = d(8)
                return ch([f"+31 6 {n}", f"+31 (0)6 {n[:2]} {n[2:5]} {n[5:]}"]) if intl else ch([f"06-{n}", f"06 {n}"])
            a = ch(["20", "30", "71", "15", "50", "10", "24"])
            return ch([f"+31 {a} {d(3)} {d(4)}", f"+31 (0){a} {d(3)} {d(4)}"]) if intl else ch(
                [f"0{a} {d(3)} {d(4)}", f"0{a}-{d(7)}"])
        if cc == "PL":
            if mob:
                n = f"{ch('5678')}{d(2)} {d(3)} {d(3)}"
            else:
                n = f"{ch(['22', '12', '71', '61', '58', '42'])} {d(3)} {d(2)} {d(2)}"
            return ch([f"+48 {n}", f"(+48) {n}"]) if intl else n
        if cc == "SE":
            if mob:
                n = f"7{ch('0236')}-{d(3)} {d(2)} {d(2)}"
            else:
                n = ch([f"8-{d(3)} {d(3)} {d(2)}", f"18-{d(3)} {d(2)} {d(2)}", f"46-{d(3)} {d(2)} {d(2)}",
                        f"31-{d(3)} {d(2)} {d(2)}"])
            return f"+46 {n.replace('-', ' ')}" if intl else f"0{n}"
        if cc in ("DK", "NO"):
            n = f"{ri(20, 99)} {d(2)} {d(2)} {d(2)}" if (cc == "DK" or self.p()) else f"{ch('49')}{d(2)} {d(2)} {d(3)}"
            if cc == "NO" and not mob:
                n = f"{ch(['22', '55', '73', '77'])} {d(2)} {d(2)} {d(2)}"
            return f"{'+45' if cc == 'DK' else '+47'} {n}" if intl else n
        if cc == "FI":
            if mob:
                n = f"{ch(['40', '50', '44', '45'])} {d(3)} {d(4)}"
            else:
                n = f"{ch(['9', '3', '2', '8', '14'])} {d(3)} {d(4)}"
            return f"+358 {n}" if intl else f"0{n}"
        if cc == "CZ":
            n = f"{ch('67') if mob else ch('2345')}{d(2)} {d(3)} {d(3)}"
            return f"+420 {n}" if intl else n
        if cc == "TR":
            a = ch(["532", "533", "542", "505", "555"]) if mob else ch(["212", "216", "312", "232", "224"])
            n = f"{a} {d(3)} {d(2)} {d(2)}"
            return ch([f"+90 {n}", f"+90 ({a}) {n[4:]}"]) if intl else ch([f"0{n}", f"0 ({a}) {n[4:]}"])
        # other international numbers
        return ch([f"+81 75-{d(3)}-{d(4)}", f"+86 10 {d(4)} {d(4)}", f"+91 80 {d(4)} {d(4)}",
                   f"+91 {ch('6789')}{d(4)} {d(5)}", f"+55 11 9{d(4)}-{d(4)}", f"+82 2-{d(3)}-{d(4)}",
                   f"+1 416 {ri(201, 989)} {d(4)}", f"+61 3 {d(4)} {d(4)}", f"+234 80{d(1)} {d(3)} {d(4)}",
                   f"+254 7{d(2)} {d(3)} {d(3)}", f"+43 1 {d(4)} {d(4)}", f"+41 44 {d(3)} {d(2)} {d(2)}",
                   f"+353 1 {d(3)} {d(4)}", f"+32 16 {d(2)} {d(2)} {d(2)}"])

    # ---- dates -----------------------------------------------------------
    def day(self, y0=2023, y1=2026):
        a, b = dt.date(y0, 1, 1).toordinal(), dt.date(y1, 12, 31).toordinal()
        return dt.date.fromordinal(self.randint(a, b))
    def birth(self, y0=1948, y1=2006):
        return self.day(y0, y1)

    def fdate(self, d, lang="en", style=None):
        M, W = MONTHS[lang], WEEKDAYS[lang]
        dd, mm, yy, m = d.day, d.month, d.year, M[d.month - 1]
        if lang == "en":
            opts = [f"{m} {dd}, {yy}", f"{dd} {m} {yy}", f"{yy}-{mm:02d}-{dd:02d}",
                    f"{mm:02d}/{dd:02d}/{yy}", f"{mm}/{dd}/{yy}", f"{m[:3]} {dd}, {yy}",
                    f"{dd:02d}-{m[:3]}-{yy}", f"{W[d.weekday()]}, {m} {dd}, {yy}",
                    f"{dd}/{mm:02d}/{yy}", f"{m[:3]}. {dd}, {yy}"]
        elif lang in ("de", "da", "no"):
            opts = [f"{dd:02d}.{mm:02d}.{yy}", f"{dd}. {m} {yy}", f"{dd}.{mm}.{yy}",
                    f"{W[d.weekday()]}, {dd}. {m} {yy}" if lang == "de" else f"{W[d.weekday()]} {dd}. {m} {yy}",
                    f"{yy}-{mm:02d}-{dd:02d}"]
        elif lang in ("fr", "es", "it", "pt"):
            sep = {"fr": " ", "es": " de ", "it": " ", "pt": " de "}[lang]
            first = "1er" if (lang == "fr" and dd == 1) else str(dd)
            opts = [f"{dd:02d}/{mm:02d}/{yy}", f"{first}{sep}{m}{sep}{yy}",
                    f"{W[d.weekday()]} {first}{sep}{m}{sep}{yy}", f"{dd}/{mm}/{yy}",
                    f"{dd:02d}-{mm:02d}-{yy}" if lang in ("pt", "es") else f"{dd:02d}.{mm:02d}.{yy}"]
        elif lang == "nl":
            opts = [f"{dd:02d}-{mm:02d}-{yy}", f"{dd} {m} {yy}", f"{W[d.weekday()]} {dd} {m} {yy}",
                    f"{dd}-{mm}-{yy}"]
        elif lang == "pl":
            opts = [f"{dd:02d}.{mm:02d}.{yy}", f"{dd} {m} {yy}", f"{dd}.{mm:02d}.{yy}", f"{yy}-{mm:02d}-{dd:02d}"]
        elif lang == "sv":
            opts = [f"{yy}-{mm:02d}-{dd:02d}", f"{dd} {m} {yy}", f"den {dd} {m} {yy}"]
        elif lang == "fi":
            opts = [f"{dd}.{mm}.{yy}", f"{dd}. {m} {yy}", f"{dd:02d}.{mm:02d}.{yy}"]
        elif lang == "cs":
            opts = [f"{dd}. {mm}. {yy}", f"{dd}. {m} {yy}", f"{dd:02d}.{mm:02d}.{yy}"]
        else:  # tr
            opts = [f"{dd:02d}.{mm:02d}.{yy}", f"{dd} {m} {yy}", f"{dd} {m} {yy} {W[d.weekday()]}",
                    f"{dd:02d}/{mm:02d}/{yy}"]
        return opts[style] if style is not None else self.choice(opts)

    def ftime(self, lang="en"):
        h = self.choice([8, 9, 9, 10, 10, 11, 12, 13, 14, 14, 15, 16, 17, 18])
        m = self.choice([0, 0, 0, 15, 30, 30, 45, 10])
        if lang == "en":
            if self.p(0.6):
                return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}" if self.p(0.7) else \
                    f"{(h - 1) % 12 + 1}:{m:02d}{'am' if h < 12 else 'pm'}"
            return f"{h:02d}:{m:02d}"
        if lang == "fr":
            return self.choice([f"{h}h{m:02d}", f"{h} h {m:02d}", f"{h:02d}:{m:02d}"])
        if lang == "de":
            return self.choice([f"{h:02d}:{m:02d} Uhr", f"{h}.{m:02d} Uhr", f"{h:02d}:{m:02d}"])
        if lang in ("da", "fi", "no"):
            return self.choice([f"{h}.{m:02d}", f"{h:02d}:{m:02d}"])
        return f"{h:02d}:{m:02d}" if self.p(0.7) else f"{h}.{m:02d}"

    def fdt(self, d, lang="en"):
        return self.fdate(d, lang) + self.choice(TIME_JOIN[lang]) + self.ftime(lang)

    # ---- identifiers with checksums ---------------------------------------
    def ssn(self, sep=None):
        while True:
            a = self.randint(1, 899)
            if a != 666:
                break
        sep = self.choice(["-", "-", "-", " ", ""]) if sep is None else sep
        return f"{a:03d}{sep}{self.randint(1, 99):02d}{sep}{self.randint(1, 9999):04d}"

    def bad_ssn(self):
        a = self.choice(["000", "666", str(self.randint(900, 999))])
        return f"{a}-{self.randint(1, 99):02d}-{self.randint(1, 9999):04d}"

    def card(self, fmt=None):
        kind = self.wch(["visa", "mc", "amex", "disc"], [5, 4, 2, 1])
        if kind == "visa":
            num = luhn_complete("4" + self.d(14))
        elif kind == "mc":
            pre = self.choice(["51", "52", "53", "54", "55", "2221", "2720", "23"])
            num = luhn_complete(pre + self.d(15 - len(pre)))
        elif kind == "amex":
            num = luhn_complete(self.choice(["34", "37"]) + self.d(12))
        else:
            num = luhn_complete("6011" + self.d(11))
        fmt = self.choice(["sp", "sp", "plain", "dash"]) if fmt is None else fmt
        if fmt == "plain":
            return num
        sep = " " if fmt == "sp" else "-"
        if len(num) == 15:
            return f"{num[:4]}{sep}{num[4:10]}{sep}{num[10:]}"
        return sep.join(num[i:i + 4] for i in range(0, 16, 4))

    def bad_card(self):
        num = luhn_complete("4" + self.d(14))
        bad = num[:-1] + str((int(num[-1]) + self.randint(1, 9)) % 10)
        return " ".join(bad[i:i + 4] for i in range(0, 16, 4)) if self.p() else bad

    def iban(self, cc, grouped=None):
        n = IBAN_LEN[cc] - 4
        if cc in ("GB", "IE"):
            bban = self.s(4, string.ascii_uppercase) + self.d(n - 4)
        elif cc == "NL":
            bban = self.choice(["INGB", "RABO", "ABNA", "TRIO", "SNSB"]) + self.d(n - 4)
        elif cc == "IT":
            bban = self.choice(string.ascii_uppercase) + self.d(n - 1)
        elif cc == "TR":
            bban = self.d(5) + "0" + self.d(n - 6)
        else:
            bban = self.d(n)
        iban = cc + iban_check(cc, bban) + bban
        grouped = self.p(0.6) if grouped is None else grouped
        if grouped:
            return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
        return iban

    def aba(self):
        x = self.choice(["0", "1", "2", "3"]) + self.d(7)
        w = [3, 7, 1, 3, 7, 1, 3, 7]
        return x + str((10 - sum(int(a) * b for a, b in zip(x, w)) % 10) % 10)

    def orcid(self):
        while True:
            base = "0000000" + self.choice("123") + self.d(7)
            tot = 0
            for ch in base:
                tot = (tot + int(ch)) * 2
            chk = (12 - tot % 11) % 11
            full = base + ("X" if chk == 10 else str(chk))
            if "X" in full or not luhn_ok(full):
                return "-".join(full[i:i + 4] for i in range(0, 16, 4))

    def isbn(self):
        core = "978" + self.choice(["0", "1", "3", "2", "88", "84"]) + self.d(8)
        core = core[:12]
        chk = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(core)) % 10) % 10
        return f"{core[:3]}-{core[3]}-{core[4:8]}-{core[8:]}-{chk}"

    def doi(self):
        return self.choice([f"10.{self.randint(1000, 9999)}/{self.s(3, string.ascii_lowercase)}.{self.randint(2019, 2025)}.{self.d(5)}",
                            f"10.5281/zenodo.{self.d(7)}", f"10.1038/s41586-0{self.d(2)}-0{self.d(4)}-{self.d(1)}",
                            f"10.1101/2024.{self.d(2)}.{self.d(2)}.{self.d(6)}", f"10.48550/arXiv.2{self.d(3)}.{self.d(5)}"])

    # ---- hard negatives ----------------------------------------------------
    def uuid(self):
        return str(uuid.UUID(int=self.getrandbits(128), version=4))
    def sha(self, n=40):
        return self.s(n, HEX)
    def ver(self):
        v = f"{self.randint(0, 6)}.{self.randint(0, 24)}.{self.randint(0, 15)}"
        return self.choice(["", "v", ""]) + v + self.choice(["", "", "-rc1", "-beta.2", "+cu121", ".post1"])

    def logseq(self, n, d=None):
        """n increasing log timestamps sharing one format."""
        d, fmt = d or self.day(), self.randint(0, 3)
        t = dt.datetime(d.year, d.month, d.day, self.randint(0, 20), self.randint(0, 59), self.randint(0, 59))
        out = []
        for _ in range(n):
            t += dt.timedelta(seconds=self.randint(1, 400), microseconds=self.randint(0, 999) * 1000)
            out.append(self.logts(t.date(), fmt, (t.hour, t.minute, t.second, t.microsecond // 1000)))
        return out

    def logts(self, d=None, fmt=None, hms=None):
        d = d or self.day()
        h, m, s, ms = hms or (self.randint(0, 23), self.randint(0, 59), self.randint(0, 59), self.randint(0, 999))
        opts = ([f"{d.isoformat()}T{h:02d}:{m:02d}:{s:02d}.{ms:03d}Z",
                            f"{d.isoformat()} {h:02d}:{m:02d}:{s:02d},{ms:03d}",
                            f"{d.isoformat()} {h:02d}:{m:02d}:{s:02d}",
                            f"{d.isoformat()}T{h:02d}:{m:02d}:{s:02d}+01:00"])
        return opts[fmt] if fmt is not None else self.choice(opts)

    def email_date(self, d=None):
        d = d or self.day()
        return (f"{WEEKDAYS['en'][d.weekday()][:3]}, {d.day} {MONTHS['en'][d.month - 1][:3]} {d.year} "
                f"{self.randint(6, 22):02d}:{self.randint(0, 59):02d}:{self.randint(0, 59):02d} "
                f"{self.choice(['+0000', '-0500', '+0100', '+0200', '-0700', '-0400'])}")

    def money(self, lang="en", lo=50, hi=250000, cur=None):
        v = self.randint(lo * 100, hi * 100) / 100
        if self.p(0.5):
            v = round(v)
        whole, cents = f"{v:,.2f}".split(".")
        if lang == "en":
            c = cur or self.choice(["$", "$", "£", "USD "])
            return f"{c}{whole}.{cents}"
        if lang in ("de", "it", "es", "pt", "nl", "da", "tr"):
            w = whole.replace(",", ".")
            c = {"da": "kr.", "tr": "TL"}.get(lang, "€")
            return f"{w},{cents} {c}" if lang != "nl" else f"€ {w},{cents}"
        w = whole.replace(",", "\u00a0" if lang == "fr" else " ")
        c = {"fr": "€", "pl": "zł", "sv": "kr", "no": "kr", "fi": "€", "cs": "Kč"}[lang]
        return f"{w},{cents} {c}"

    def award(self):
        return self.choice([f"R01 {self.choice(['GM', 'MH', 'CA', 'AI', 'HL'])}{self.d(6)}",
                            f"NSF {self.choice(['DEB', 'CNS', 'IIS', 'OCE', 'BCS'])}-{self.d(7)}",
                            f"ERC-2024-{self.choice(['StG', 'CoG', 'AdG'])}-101{self.d(6)}",
                            f"EP/{self.choice('VWXY')}0{self.d(5)}/1", f"DFG {self.d(9)}",
                            f"HORIZON-MSCA-2023-DN-01 / 101{self.d(6)}", f"K23 NS{self.d(6)}",
                            f"ANR-24-CE{self.d(2)}-{self.d(4)}", f"PID2023-{self.d(6)}NB-I00"])

    def ticket(self):
        return self.choice([f"INC{self.d(7)}", f"RITM{self.d(7)}", f"#{self.randint(10000, 999999)}",
                            f"CASE-{self.randint(2023, 2026)}-{self.d(5)}", f"SR-{self.d(6)}",
                            f"HPC-{self.randint(1000, 9999)}", f"REQ{self.d(8)}"])

    def order(self):
        return self.choice([f"PO-{self.randint(2023, 2026)}-{self.d(6)}", f"45{self.d(8)}",
                            f"ORD-{self.d(5)}-{self.choice('ABCDEFG')}", f"INV-{self.d(7)}",
                            f"REQ-{self.d(6)}", f"SO{self.d(9)}"])

    def student_id(self, cc="US"):
        return {"US": self.d(9) if self.p(0.5) else f"U{self.d(8)}", "UK": self.d(8),
                "DE": self.d(7), "FR": self.d(8), "ES": self.d(8), "IT": self.d(6),
                "PT": f"up{self.d(9)}", "NL": f"s{self.d(7)}", "PL": self.d(6),
                "SE": f"{self.s(4, string.ascii_lowercase)}{self.d(4)}", "DK": f"{self.s(3, string.ascii_lowercase)}{self.d(3)}",
                "NO": self.d(6), "FI": self.d(9), "CZ": self.d(6), "TR": self.d(10)}[cc]

    # ---- secrets ---------------------------------------------------------
    def aws_key(self):
        return "AKIA" + self.s(16, UPALNUM)
    def aws_secret(self):
        return self.s(1, ALNUM) + self.s(38, ALNUM + "/+") + self.s(1, ALNUM)

    def gh_token(self):
        c = self.random()
        if c < 0.6:
            return "ghp_" + self.s(36)
        if c < 0.85:
            return "github_pat_11" + self.s(20, UPALNUM) + "_" + self.s(59)
        return self.choice(["gho_", "ghu_", "ghs_"]) + self.s(36)

    def slack_token(self):
        if self.p(0.6):
            return f"xoxb-{self.d(11)}-{self.d(13)}-{self.s(24)}"
        return f"xoxp-{self.d(11)}-{self.d(11)}-{self.d(13)}-{self.s(32, HEX)}"

    def stripe(self):
        return self.choice(["sk_live_", "sk_live_", "rk_live_"]) + self.choice(
            [self.s(24), "51" + self.s(97)])

    def jwt(self):
        def enc(o):
            return base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).rstrip(b"=").decode()
        alg = self.choice(["HS256", "HS256", "ES256", "RS256"])
        hdr = {"alg": alg, "typ": "JWT"}
        if alg != "HS256":
            hdr["kid"] = self.s(16, LOWALNUM)
        iat = self.randint(1690000000, 1790000000)
        pl = {"sub": self.choice([self.uuid(), self.d(8), f"user:{self.d(5)}"]), "iat": iat,
              "exp": iat + self.choice([900, 3600, 86400]),
              "iss": self.choice(["https://auth.hpc.example-uni.edu", "keycloak", "jupyterhub",
                                  "https://login.research.cloud/realms/lab"])}
        if self.p():
            pl["scope"] = self.choice(["read write", "openid profile", "jobs:submit", "storage"])
        nbytes = {"HS256": 32, "ES256": 64, "RS256": 256}[alg]
        sig = base64.urlsafe_b64encode(bytes(self.getrandbits(8) for _ in range(nbytes))).rstrip(b"=").decode()
        return f"{enc(hdr)}.{enc(pl)}.{sig}"

    def pem(self):
        kind = self.wch(["RSA PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY", "PRIVATE KEY"],
                        [3, 4, 2, 2])
        if kind == "EC PRIVATE KEY":
            body, width = "MHcCAQEEI" + self.s(112, B64) + "AwEHoUQDQgAE" + self.s(86, B64) + "==", 64
        elif kind == "OPENSSH PRIVATE KEY":
            body = ("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
                    "QyNTUxOQAAACA" + self.s(300, B64) + "==")
            width = 70
        elif kind == "PRIVATE KEY":
            body, width = "MC4CAQAwBQYDK2VwBCIEI" + self.s(27, B64), 64
        else:
            body, width = "MIICXAIBAAKBgQC" + self.s(self.randint(780, 820), B64) + "=", 64
        lines = [body[i:i + width] for i in range(0, len(body), width)]
        return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"

    def ssh_pub(self, comment=""):
        k = self.wch(["ed", "ecdsa", "rsa"], [6, 2, 1])
        if k == "ed":
            key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + self.s(43, B64)
        elif k == "ecdsa":
            key = ("ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB"
                   + self.s(86, B64) + "=")
        else:
            key = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + self.s(300, B64) + "="
        return key + (f" {comment}" if comment else "")

    def password(self):
        c = self.random()
        words = ["Sommer", "Winter", "Tiger", "Falcon", "Campus", "Lab", "Hydra", "Neuron",
                 "Cobalt", "Aurora", "Kestrel", "Maple", "Quokka", "Zebra", "Lumen", "Raptor"]
        if c < 0.35:
            return f"{self.choice(words)}{self.choice(['', '_', '.', '#'])}{self.d(self.choice([2, 4]))}{self.choice('!?#$%*&')}"
        if c < 0.75:
            return self.s(1, string.ascii_letters) + self.s(self.randint(10, 18), ALNUM + "!#$%&*+-=?^_~") + self.s(1, ALNUM)
        if c < 0.9:
            return "-".join(self.choice(["correct", "horse", "battery", "staple", "violet", "orbit",
                                         "pencil", "glacier", "mango", "thunder", "ribbon", "sable"])
                            for _ in range(4))
        return self.s(self.randint(16, 24), ALNUM)

    def secret(self):
        return self.choice([
            self.s(32, HEX), self.s(40, HEX), "hf_" + self.s(34), "glpat-" + self.s(20, ALNUM + "-_"),
            "AIza" + self.s(35, ALNUM + "-_"), "whsec_" + self.s(32), "key-" + self.s(32, HEX),
            self.s(3, ALNUM) + self.d(1) + "Q~" + self.s(34, ALNUM + "-_."),
            "SG." + self.s(22, ALNUM + "-_") + "." + self.s(43, ALNUM + "-_"), self.s(60),
            "sk-proj-" + self.s(48, ALNUM + "-_"), "dop_v1_" + self.s(64, HEX)])

    def ipv4(self, private=None):
        private = self.p(0.5) if private is None else private
        if private:
            return self.choice([f"10.{self.randint(0, 255)}.{self.randint(0, 255)}.{self.randint(1, 254)}",
                                f"192.168.{self.randint(0, 255)}.{self.randint(1, 254)}",
                                f"172.{self.randint(16, 31)}.{self.randint(0, 255)}.{self.randint(1, 254)}"])
        return (f"{self.choice([128, 129, 130, 131, 134, 141, 147, 152, 155, 171, 193, 194, 195, 141, 212, 81, 89])}."
                f"{self.randint(0, 255)}.{self.randint(0, 255)}.{self.randint(1, 254)}")

    def ipv6(self):
        pre = self.choice(["2001:db8", "2a02:8108", "2001:638", "2607:f8b0", "fd00:4a2b", "2a01:4f8"])
        n = 6 if self.p(0.3) else self.choice([2, 3, 4])
        return pre + (":" if n == 6 else "::") + ":".join(f"{self.randint(0, 65535):x}" for _ in range(n))

    def ip(self):
        return self.ipv6() if self.p(0.2) else self.ipv4()


# ---- Shared document pieces ----

KINDS = {"en": [], "xx": [], "neg": []}


def kind(cat):
    def deco(f):
        KINDS[cat].append(f)
        return f
    return deco


ROLES = ["Associate Professor", "Research Administrator", "Grants Officer", "PhD candidate",
         "Postdoctoral Research Fellow", "Lab Manager", "Program Coordinator", "Senior Lecturer",
         "Assistant Professor", "Research Compliance Specialist", "Graduate Program Administrator",
         "Research Software Engineer", "Clinical Research Coordinator", "Data Steward"]
PHCC = {"en": "US", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "pt": "PT", "nl": "NL",
        "pl": "PL", "sv": "SE", "da": "DK", "no": "NO", "fi": "FI", "cs": "CZ", "tr": "TR"}


def put_name(r, b, p, lang="en", tp=0.3, style=None, after=()):
    if r.p(tp):
        t = r.title(p, lang)
        if t:
            b(t + " ")
    b((r.name(p, style), PER), *after)


def who(r, b, p, e):
    if p is not None and r.p(0.75):
        if r.p(0.25):
            b('"', (r.name(p, r.choice(["full", "lastfirst"])), PER), '" <', (e, EM), ">")
        else:
            b((r.name(p, "full"), PER), " <", (e, EM), ">")
    else:
        b((e, EM))


def mail_head(r, b, frm, tos, subject, ccs=()):
    b("From: ")
    who(r, b, *frm)
    b("\n")
    for lab, lst in (("To", tos), ("Cc", ccs)):
        if lst:
            b(f"{lab}: ")
            for i, (p, e) in enumerate(lst):
                if i:
                    b(", ")
                who(r, b, p, e)
            b("\n")
    if r.p(0.5):
        b(f"Date: {r.email_date()}\nSubject: {subject}\n\n")
    else:
        b(f"Subject: {subject}\nDate: {r.email_date()}\n\n")


def signature(r, b, p, cc="US", u=None, lang="en", phone=True, addr=False, role=None):
    u = u or r.uni(cc)
    b("\n" + (r.choice(["Best,\n", "Kind regards,\n", "Thanks,\n", "Best wishes,\n", "--\n", "Regards,\n"])
              if lang == "en" else "--\n"))
    put_name(r, b, p, lang, 0.15, "full", after=("\n" + (role or r.choice(ROLES)) + "\n" + (r.choice(DEPTS) + "\n" if r.p(0.6) else "") + u[0] + "\n",))
    if addr:
        b((r.fmt_addr(r.addr(cc, u[2]), multi=r.p(0.3), country=False), ADR), "\n")
    if phone:
        b(r.choice(["Tel. ", "Phone: ", "T: ", "Tel: ", "Office: ", "ph "]),
          (r.phone(cc, intl=r.p(0.3), mobile=False), PH), "\n")
        if r.p(0.25):
            b(r.choice(["Mobile: ", "Cell: ", "M: "]), (r.phone(cc, mobile=True), PH), "\n")
    b((r.email(p, u[1]), EM), "\n")
    if r.p(0.3):
        b((f"https://{r.choice(['www.', '', 'people.', 'research.'])}{u[1]}/{r.choice(['~', 'staff/', 'en/persons/', 'people/'])}"
           f"{fold(p.surname).lower().replace(' ', '-')}", URL), "\n")


def title_topic(r):
    t = r.choice(TOPICS)
    return r.choice([t.capitalize(), f"{t.capitalize()}: {r.choice(['a longitudinal cohort study', 'methods and open data', 'evidence from three countries', 'a randomized pilot', 'towards scalable inference'])}",
                     f"Understanding {t}", f"{t.title()} (Phase II)"])


def dsn_host(r):
    return r.choice(["db.lab.internal", "pg-research-01", "mysql.hpc.local", "redcap-db",
                     "postgres.svc.cluster.local", "biobank-db.int"])


# ---- English kinds ----

@kind("en")
def grant_budget_justification(r, b):
    cc = r.choice(["US", "US", "UK"])
    u, pi, co, adm = r.uni(cc), r.person(), r.person(), r.person()
    b(r.choice(["BUDGET JUSTIFICATION", "Budget Justification", "BUDGET NARRATIVE"]),
      r.choice(["", " - Years 1-3", " (revised)"]), "\n\n")
    b(f"Title: {title_topic(r)}\n")
    b(f"Sponsor: {r.choice(['NIH/NIGMS', 'NSF BIO', 'UKRI EPSRC', 'Wellcome Trust', 'Sloan Foundation', 'DOE Office of Science'])}"
      f"    Ref: {r.award()}\n")
    b("PI: ")
    put_name(r, b, pi, "en", 0.4, after=(f", {r.choice(DEPTS)}, {u[0]}\n",))
    if r.p(0.6):
        s = r.day(2025, 2026)
        b("Project period: ", (r.fdate(s, "en", 3), DT), " - ", (r.fdate(s.replace(year=s.year + 3) if not (s.month == 2 and s.day == 29) else s, "en", 3), DT), "\n")
    secs = []
    secs.append(lambda: b("\nA. Senior/Key Personnel\n", (r.name(pi, "full"), PER),
                          f" (PI) will devote {r.choice(['1.0', '1.5', '2.0', '0.6'])} calendar months per year "
                          f"({r.money('en', 8000, 30000, '$')} requested in Year 1, {r.randint(2, 4)}% annual escalation). ",
                          (r.name(co, r.choice(["full", "init", "mid"])), PER),
                          f" (Co-I, {r.loc()}) will contribute 5% effort at no cost to the project.\n"))
    secs.append(lambda: b("\nB. Other Personnel\nOne postdoctoral researcher (TBN, 12 months) and one graduate research "
                          f"assistant at 50% FTE; tuition remission of {r.money('en', 9000, 21000, '$')} per year is included. ",
                          *(("The RA position is currently held by ", (r.name(r.person(), "full"), PER), ". ") if r.p(0.5) else ()),
                          f"Fringe benefits are charged at {r.choice(['31.2', '27.5', '8.9', '24.0'])}%.\n"))
    secs.append(lambda: b(f"\nC. Equipment\n{r.choice(PRODUCTS)} (quote Q-{r.d(6)}): {r.money('en', 5000, 140000, '$')}.\n"))
    secs.append(lambda: b("\nD. Travel\nTravel for two team members to ", r.choice(CONFS), " in ", (r.loc(), LOC),
                          f" ({r.money('en', 1800, 4200, '$')} per trip), and one field visit to ", (r.loc(r.choice(['US', 'UK', 'DE', 'FR', 'ES'])), LOC), ".\n"))
    secs.append(lambda: b(f"\nE. Other Direct Costs\nParticipant incentives: {r.randint(40, 300)} x {r.money('en', 10, 50, '$')} gift cards. "
                          f"Cloud compute (AWS) est. {r.money('en', 2000, 20000, '$')}/yr. Open-access fees (APC) "
                          f"{r.money('en', 1500, 4000, '$')}.\n"))
    r.shuffle(secs)
    for f in secs[:r.randint(3, 5)]:
        f()
    b(f"\nIndirect costs: F&A at {r.choice(['56', '61.5', '52', '69'])}% MTDC per the negotiated rate agreement dated ",
      (r.fdate(r.day(2021, 2024), "en"), DT), ".\n")
    b("\nQuestions: ", (r.name(adm, "full"), PER), ", Research Administrator, ", (r.email(adm, u[1]), EM), ", ",
      (r.phone(cc), PH), "\n")

@kind("en")
def sponsored_programs_email(r, b):
    cc = r.choice(["US", "US", "UK"])
    u, pi, ra = r.uni(cc), r.person(), r.person()
    mail_head(r, b, (ra, r.email(ra, u[1])), [(pi, r.email(pi, u[1]))],
              r.choice(["Routing deadline - ", "RE: Proposal ", "ACTION NEEDED: "]) + r.award().split()[0] + " submission",
              ccs=[(None, f"osp@{u[1]}")] if r.p(0.5) else ())
    b(r.choice(["Hi ", "Dear ", "Hello Dr. "]), (pi.given if r.p(0.6) else pi.surname, PER), ",\n\n")
    due = r.day(2025, 2026)
    b("Just a reminder that the internal routing deadline for your proposal is ", (r.fdt(due, "en"), DT),
      ". The sponsor deadline is ", (r.fdate(due + dt.timedelta(days=r.randint(5, 9)), "en"), DT),
      r.choice([" at 5:00 PM local time of the applicant organization.", ".", " (Grants.gov)."]), "\n\n")
    b(f"Kuali record #{r.d(5)} is still missing: (1) the budget justification, (2) the letter of collaboration from ")
    put_name(r, b, r.person(), "en", 0.5, "full", after=(" at ", (r.loc(), LOC), ", and (3) your current & pending form. ",))
    if r.p(0.5):
        b("You can upload them here: ", (f"https://{r.choice(['kuali', 'research', 'grants'])}.{u[1]}/proposals/{r.d(5)}?tab=attachments", URL), " ")
    b("\n\nIf anything changes, call me at ", (r.phone(cc, mobile=False), PH), " or reply here.\n")
    signature(r, b, ra, cc, u, phone=False, role="Grants Officer, Office of Sponsored Programs")

@kind("en")
def irb_protocol_participants(r, b):
    cc = "US" if r.p(0.8) else "UK"
    u, pi = r.uni(cc), r.person()
    b(f"{u[0]} - Human Research Protection Program\n")
    b(f"Protocol: {r.choice(['IRB', 'STUDY', 'HUM'])}{r.d(8)}    Version {r.randint(1, 9)}.{r.randint(0, 5)}\n")
    b("PI: ", (r.name(pi, r.choice(["full", "lastfirst"])), PER), "    Approved: ", (r.fdate(r.day(2024, 2025), "en"), DT),
      "    Expires: ", (r.fdate(r.day(2026, 2027), "en"), DT), "\n")
    b(f"Title: {title_topic(r)}\n\nCONFIDENTIAL - enrolled participant key (store on restricted drive only)\n\n")
    cols = ["ID", "Name", "DOB", "Phone", "Email"] + (["MRN"] if r.p(0.5) else []) + ["Consented"]
    sep = r.choice([" | ", "\t", ", "])
    b(sep.join(cols) + "\n")
    for i in range(r.randint(3, 8)):
        p = r.person()
        b(f"{r.choice(['P', 'S', 'SUB-'])}{i + 1 + r.randint(0, 40):03d}{sep}")
        nm = r.name(p, r.choice(["full", "lastfirst"]))
        if sep == ", " and "," in nm:
            b('"', (nm, PER), '"')
        else:
            b((nm, PER))
        b(sep, (r.fdate(r.birth(1940, 2005), "en", r.choice([2, 3, 4])), DOB), sep, (r.phone(cc), PH), sep, (r.email(p), EM))
        if "MRN" in cols:
            b(sep, (r.choice(["", "MR", "E"]) + r.d(r.choice([7, 8])), MRN))
        b(sep, (r.fdate(r.day(2024, 2025), "en", 2), DT) if r.p(0.85) else "withdrawn", "\n")
    b(f"\nRecruitment sites: ", (r.loc(cc), LOC), ", ", (r.loc(cc), LOC), f". Target N={r.randint(40, 400)}.\n")

@kind("en")
def irb_amendment_memo(r, b):
    u, pi, add, rem = r.uni("US"), r.person(), r.person(), r.person()
    b("MEMORANDUM\n\nTO: Institutional Review Board\nFROM: ")
    put_name(r, b, pi, "en", 0.6, "full")
    b(f", Principal Investigator\nRE: Amendment request, Protocol #{r.d(4)}-{r.d(4)} ({r.choice(['Expedited', 'Full board', 'Exempt category 2'])})\nDATE: ",
      (r.fdate(r.day(2024, 2026), "en"), DT), "\n\n")
    b("1. Personnel changes. Please add ", (r.name(add, "full"), PER), f" ({r.choice(ROLES)}) as key study personnel. "
      "CITI Human Subjects training completed ", (r.fdate(r.day(2023, 2025), "en"), DT), f" (CITI record {r.d(8)}). "
      "Contact: ", (r.email(add, u[1]), EM), ". ")
    b("Please remove ", (r.name(rem, r.choice(["full", "init"])), PER), " who left the university.\n\n")
    b("2. New recruitment site: ", (r.loc("US"), LOC), " community clinic, flyers and the study line ",
      (r.phone("US", intl=False), PH), ".\n\n")
    b(f"3. Compensation increases from {r.money('en', 20, 40, '$')} to {r.money('en', 40, 80, '$')} per visit.\n")
    if r.p(0.5):
        b("4. Revised consent form v", f"{r.randint(2, 6)}.0", " attached; changes are tracked.\n")
    b("\nSigned, ", (r.name(pi, "init"), PER), "\n")

@kind("en")
def adverse_event_report(r, b):
    cc = r.choice(["US", "US", "UK"])
    pt, rep = r.person(), r.person()
    b(r.choice(["SERIOUS ADVERSE EVENT (SAE) REPORT", "Adverse Event Report Form", "UNANTICIPATED PROBLEM / AE REPORT"]), "\n")
    b(f"Study: {title_topic(r)}   Protocol {r.choice(['IRB', 'NCT0'])}{r.d(7)}\n")
    b(f"Subject ID: {r.choice(['01-', '02-', 'S'])}{r.d(3)}    Site: ", (r.loc(cc), LOC), "\n")
    b("Participant: ", (r.name(pt, r.choice(["lastfirst", "full", "upper"])), PER), "   MRN: ", (r.d(8), MRN),
      "   Date of birth: ", (r.fdate(r.birth(1940, 2000), "en", r.choice([2, 3])), DOB), "\n")
    onset = r.day(2024, 2026)
    b("Onset: ", (r.fdt(onset, "en") if r.p(0.5) else r.fdate(onset, "en"), DT), "    Reported to IRB: ",
      (r.fdate(onset + dt.timedelta(days=r.randint(1, 6)), "en"), DT), "\n")
    b(f"Event: {r.choice(['syncope', 'grade 3 rash', 'acute kidney injury', 'fall with wrist fracture', 'hospitalisation for pneumonia'])} "
      f"(ICD-10 {r.choice(ICD)}); study drug {r.choice(DRUGS)}; concomitant: {r.choice(DRUGS)}.\n")
    b(f"Severity: {r.choice(['mild', 'moderate', 'severe'])}   Expected: {r.choice(['yes', 'no'])}   "
      f"Relatedness: {r.choice(['unrelated', 'possibly related', 'probably related'])}\n")
    b("Narrative: Participant presented to the ED ", r.choice(["approx. 3 hours after", "the day after", "two days after"]),
      f" visit {r.randint(2, 8)}. Vitals BP {r.randint(90, 160)}/{r.randint(50, 100)}, HR {r.randint(50, 120)}. "
      "Resolved without sequelae.\n")
    b("Reported by: ")
    put_name(r, b, rep, "en", 0.5, "full", after=(", ", (r.phone(cc), PH), ", ", (r.email(rep, r.uni(cc)[1]), EM), "\n",))

@kind("en")
def consent_withdrawal_email(r, b):
    cc = "US" if r.p(0.7) else "UK"
    pt, pi = r.person(), r.person()
    u = r.uni(cc)
    em = r.email(pt)
    mail_head(r, b, (pt, em), [(pi, r.email(pi, u[1]))], r.choice(["withdraw from study", "Please remove me from the study",
                                                                     "Re: your study visit"]))
    b(r.choice(["Dear Dr. ", "Hello Dr. ", "Hi Dr "]), (pi.surname, PER), ",\n\n")
    b(r.choice(["I no longer wish to take part in the ", "I've decided to withdraw from the ", "i want to stop participating in the "]),
      r.choice(["sleep", "memory", "nutrition", "exercise", "mood"]), " study. My participant number is ",
      f"{r.choice(['P', 'ID '])}{r.d(4)} and my last visit was on ", (r.fdate(r.day(2024, 2026), "en"), DT), ".\n")
    b(r.choice(["Please delete my samples and questionnaire data.", "Can you confirm what happens to the blood samples you already took?",
                "I dont want any more calls or texts please."]), " ")
    b("If you need to reach me my number is ", (r.phone(cc, mobile=True), PH), ".\n\n")
    b(r.choice(["Thank you,\n", "Regards\n", "Thanks\n"]), (r.name(pt, r.choice(["full", "given"])), PER), "\n")
    if r.p(0.5):
        b((r.fmt_addr(r.addr(cc), multi=True, country=False), ADR), "\n")

@kind("en")
def peer_review_assignment(r, b):
    ed, rv = r.person(), r.person()
    cc = r.choice(["US", "UK", "DE", "NL", "FR"])
    j = r.choice(["Journal of Applied Ecology", "PLOS Computational Biology", "Nature Communications",
                  "Psychological Science", "Journal of Economic History", "Bioinformatics", "The Lancet Digital Health"])
    b(f"Subject: Review assignment - Manuscript {r.choice(['JAE', 'PCOMPBIOL', 'NCOMMS', 'PSCI', 'BIOINF'])}-{r.randint(2024, 2026)}-{r.d(5)}"
      f"{r.choice(['', '.R1', '.R2'])}\n\n")
    b(r.choice(["Dear Dr. ", "Dear Prof. ", "Dear "]), (r.name(rv, r.choice(["surname", "full"])), PER), ",\n\n")
    b(f"Thank you for agreeing to review \"{title_topic(r)}\" for {j}. Your review is due by ",
      (r.fdate(r.day(2025, 2026), "en"), DT), ". If you need more time, please let us know.\n\n")
    b("You can access the manuscript at ", (f"https://www.editorialmanager.com/{r.choice(['jae', 'pcompbiol', 'psci', 'lancetdh'])}/default.aspx", URL), "\n")
    b(f"Your username is: {r.user(rv)}\n")
    if r.p(0.6):
        b("Password: ", (r.password(), PW), "\n")
    b("\nDeclared competing interests: none. Co-reviewer (optional): ")
    if r.p(0.5):
        co = r.person()
        b((r.name(co, "full"), PER), " <", (r.email(co, r.uni(cc)[1]), EM), ">\n")
    else:
        b("n/a\n")
    b("\nWith kind regards,\n")
    put_name(r, b, ed, "en", 0.4, "full", after=(f"\nHandling Editor, {j}\n",))
    b(f"Editorial office: ", (r.phone(r.choice(["US", "UK"]), intl=True), PH), "\n")

@kind("en")
def reviewer_assignment_table(r, b):
    b(f"{r.choice(CONFS)} - Area Chair assignment sheet (track: {r.choice(['Speech', 'NLP Applications', 'Theory', 'HCI', 'Genomics'])})\n")
    ac = r.person()
    b("AC: ", (r.name(ac, "full"), PER), " (", (r.email(ac, r.uni(r.choice(["US", "UK", "DE", "FR"]))[1]), EM), ")\n")
    b("Bids close ", (r.fdt(r.day(2025, 2026), "en"), DT), " AoE\n\n")
    b("Paper | Reviewer | Email | Load | COI\n")
    for _ in range(r.randint(4, 8)):
        p = r.person()
        cc = r.choice(list(GEO))
        b(f"#{r.randint(100, 9999)} | ", (r.name(p, r.choice(["full", "lastfirst", "init"])), PER), " | ",
          (r.email(p, r.uni(cc)[1]), EM), f" | {r.randint(2, 6)} | {r.choice(['-', '-', 'same inst.', 'co-author 2023', '-'])}\n")
    b(f"\nReminder: reviewers with >{r.randint(5, 7)} papers need PC chair approval. OpenReview group id: "
      f"{r.choice(['ICLR.cc', 'NeurIPS.cc', 'aclweb.org/ACL'])}/{r.randint(2025, 2026)}/Conference/Area_Chairs\n")

@kind("en")
def conference_submission_confirmation(r, b):
    conf = r.choice(CONFS)
    auths = [r.person() for _ in range(r.randint(2, 5))]
    b(f"{conf} submission {r.randint(10, 4999)}\n\nDear authors,\n\n")
    b(f"We received your submission to {conf}:\n\n  Title: {title_topic(r)}\n  Authors: ")
    for i, p in enumerate(auths):
        if i:
            b(", " if i < len(auths) - 1 else " and ")
        b((r.name(p, r.choice(["full", "full", "init", "mid"])), PER))
    b("\n  Affiliations: ")
    for i in range(r.randint(1, 3)):
        cc = r.choice(list(GEO))
        if i:
            b("; ")
        b(f"{r.uni(cc)[0]}, ", (r.loc(cc), LOC))
    b(f"\n  Track: {r.choice(['Main', 'Findings', 'Demo', 'Student Research Workshop'])}\n  Keywords: {r.choice(TOPICS)}; {r.choice(TOPICS)}\n\n")
    ca = auths[0]
    b("Corresponding author: ", (r.name(ca, "full"), PER), " <", (r.email(ca, r.uni(r.choice(list(GEO)))[1]), EM), ">\n\n")
    ar = r.day(2025, 2026)
    b("The submission can be updated until ", (r.fdt(r.day(2025, 2026), "en"), DT), " (Anywhere on Earth). "
      "Author response period: ", (r.fdate(ar, "en"), DT), " to ", (r.fdate(ar + dt.timedelta(days=r.randint(3, 8)), "en"), DT), ".\n")
    b("Link: ", (f"https://easychair.org/conferences/submission?a={r.d(8)}&submission={r.d(7)}", URL), "\n\n")
    b("Best regards,\nProgram Chairs\n")

@kind("en")
def conference_registration_export(r, b):
    p = r.person()
    cc = r.choice(["US", "US", "UK", "DE", "FR", "NL", "ES", "IT"])
    lang = GEO[cc]["lang"]
    b(f"=== Registration {r.choice(['REG', 'R'])}-{r.d(6)} ===  ({r.choice(CONFS)})\n")
    b(f"Status: {r.choice(['PAID', 'paid', 'Confirmed'])}   Type: {r.choice(['Academic (early)', 'Student', 'Industry', 'Academic (late)'])}   "
      f"Total: {r.money('en', 250, 1200, r.choice(['$', 'EUR ']))}\n")
    b("First name: ", (p.given, PER), "\nLast name: ", (p.surname, PER), "\n")
    b("Badge name: ", (r.name(p, r.choice(["given", "full"])), PER), "\n")
    u = r.uni(cc)
    b(f"Organisation: {u[0]}\nEmail: ", (r.email(p, u[1]), EM), "\nMobile: ", (r.phone(cc, intl=True, mobile=True), PH), "\n")
    a = r.addr(cc)
    b("Billing address: ", (a["line"], ADR), "\nCity: ", (a["city"], LOC), f"\nPostcode: {a['pc']}\nCountry: {cc}\n")
    if r.p(0.6):
        b("Card holder: ", (r.name(p, r.choice(["full", "upper"])), PER), "\nCard number: ", (r.card(), CC), "\n")
    else:
        b(f"Card: {r.choice(['VISA', 'MC', 'AMEX'])} ************{r.d(4)}   Auth code {r.s(6, UPALNUM)}\n")
    b(f"Workshops: {r.choice(['W3, W7', 'T2', 'none'])}   Dinner: {r.choice(['yes', 'no', 'yes (+1)'])}   "
      f"Diet: {r.choice(['vegetarian', 'none', 'halal', 'gluten-free', 'vegan'])}\n")
    if r.p(0.4):
        b("Visa letter requested: yes, arriving ", (r.fdate(r.day(2025, 2026), lang if lang == "en" else "en"), DT), "\n")

@kind("en")
def conference_invoice_bank(r, b):
    cc = r.choice(["DE", "FR", "NL", "ES", "IT", "AT", "BE"])
    host = {"DE": "DE", "FR": "FR", "NL": "NL", "ES": "ES", "IT": "IT", "AT": "DE", "BE": "FR"}[cc]
    u, p = r.uni(host), r.person()
    b(f"INVOICE {r.choice(['', 'No. '])}{r.randint(2024, 2026)}-{r.d(5)}\n{r.choice(CONFS)} Organising Committee c/o {u[0]}\n")
    b("VAT ID: ", f"{host}{r.d(9)}\n\n")
    b("Bill to:\n", (r.name(p, r.choice(["full", "lastfirst"])), PER), "\n")
    pcc = r.choice(["US", "UK", "DE", "FR", "NL", "IT", "ES", "PL", "SE"])
    b((r.fmt_addr(r.addr(pcc), multi=True, country=True), ADR), "\n\n")
    inv = r.day(2025, 2026)
    b("Invoice date: ", (r.fdate(inv, "en"), DT), "\nDue date: ", (r.fdate(inv + dt.timedelta(days=r.choice([14, 30])), "en"), DT), "\n\n")
    b("Item                             Qty   Amount\n")
    for it in r.sample(["Registration - academic", "Workshop day", "Conference dinner", "Accompanying person",
                        "Excursion", "Student registration"], r.randint(1, 3)):
        b(f"{it:<33}{r.randint(1, 2):<6}{r.money('de', 40, 700)}\n")
    b(f"VAT {r.choice(['19', '21', '20', '0'])}%: included\n\n")
    bic = r.choice([x for x in BICS if x[4:6] == cc] or BICS)
    b("Payment by bank transfer to\nAccount holder: ", u[0], "\nIBAN: ", (r.iban(cc), IBAN),
      f"\nBIC: {bic}\nReference: {r.choice(['INV', 'REG'])}-{r.d(6)}\n")
    if r.p(0.5):
        b("Questions: ", (r.email(r.person(), u[1]), EM), "\n")

@kind("en")
def lab_notebook_entry(r, b):
    p, w = r.person(), r.person()
    d0 = r.day(2023, 2026)
    b(f"ELN entry {r.choice(['EXP', 'NB'])}-{r.d(5)}  |  Project: {r.choice(['CRISPR-KO', 'MB-Seq', 'PfKinase', 'ORG-Brain', 'SoilCore'])}-{r.randint(1, 40)}\n")
    b("Author: ", (r.name(p, r.choice(["full", "init"])), PER), "    Date: ", (r.fdate(d0, "en", r.choice([0, 2, 1])), DT), "\n")
    b(f"Title: {r.choice(['qPCR of knockdown clones', 'DNA extraction, batch 7', 'Western blot re-run', 'Library prep', 'Culture passage P12'])}\n\n")
    b(f"- Thawed aliquots from box {r.choice('ABCDEFGH')}{r.randint(1, 12)} (-80 freezer, rack {r.randint(1, 9)})\n")
    b(f"- Kit lot {r.s(2, string.ascii_uppercase)}{r.d(6)}, exp. ", (r.fdate(r.day(2025, 2027), "en", 2), DT), "\n")
    b(f"- Incubated {r.randint(5, 90)} min at {r.choice([4, 37, 42, 55, 95])} C, spun {r.randint(2, 20)} min @ {r.choice([4000, 12000, 16000])} x g\n")
    b(f"- Nanodrop: {r.randint(20, 400)}.{r.d(1)} ng/ul, A260/280 = 1.{r.randint(70, 99)}\n")
    if r.p(0.6):
        b(f"- Data exported from instrument PC ({r.choice(['CFX-Maestro', 'ZEN blue', 'ImageLab'])} {r.ver()}) at ", (r.ipv4(True), IP),
          f" to /groups/{r.choice(['smithlab', 'lab-bio', 'mol'])}/raw/{d0.isoformat()}/\n")
    b(f"- Result: {r.choice(['as expected', 'band at ~55 kDa missing in KO2', 'Ct shift of 3.1 vs. control', 'contamination in well C4, redo'])}\n")
    if r.p(0.5):
        b("- Talked with ", (r.name(r.person(), "given"), PER), " about repeating on ", (r.fdate(d0 + dt.timedelta(days=r.randint(1, 9)), "en"), DT), "\n")
    b("\nWitnessed by: ", (r.name(w, "full"), PER), "   ", (r.fdate(d0 + dt.timedelta(days=r.randint(0, 3)), "en", 2), DT), "\n")

@kind("en")
def biobank_export_csv(r, b):
    b(f"# biobank export {r.uuid()} generated by LabVantage {r.ver()}\n")
    cols = ["sample_id", "participant", "dob", "sex", "mrn", "collected", "specimen", "box_pos", "consent_ver"]
    b(",".join(cols) + "\n")
    for _ in range(r.randint(4, 10)):
        p = r.person()
        b(f"BB{r.d(7)}-{r.choice(['PL', 'SR', 'DNA', 'PBMC'])},")
        nm = r.name(p, r.choice(["full", "lastfirst", "upper"]))
        if "," in nm:
            b('"', (nm, PER), '"')
        else:
            b((nm, PER))
        b(",", (r.birth(1935, 2005).isoformat(), DOB), f",{'F' if p.female else 'M'},", (r.d(r.choice([7, 8, 10])), MRN), ",",
          (r.day(2019, 2025).isoformat(), DT), f",{r.choice(['EDTA plasma', 'serum', 'buffy coat', 'saliva'])},"
          f"F{r.randint(1, 6)}-R{r.randint(1, 9)}-{r.choice('ABCDEFGHI')}{r.randint(1, 9)},v{r.randint(1, 4)}.{r.randint(0, 3)}\n")

@kind("en")
def survey_panel_jsonl(r, b):
    for _ in range(r.randint(2, 4)):
        p = r.person()
        cc = r.choice(["US", "US", "UK", "DE", "NL", "FR"])
        a = r.addr(cc)
        b('{"panelist_id": "', r.uuid(), '", "first_name": "', (p.given, PER), '", "last_name": "', (p.surname, PER),
          '", "email": "', (r.email(p), EM), '", "phone": "', (r.phone(cc, intl=True), PH), '", "dob": "',
          (r.birth(1950, 2006).isoformat(), DOB), '", "street": "', (a["line"], ADR), '", "city": "', (a["city"], LOC),
          '", "postcode": "', a["pc"], '", "country": "', cc, '", "last_ip": "', (r.ip(), IP),
          f'", "points": {r.randint(0, 9000)}, "completes": {r.randint(0, 300)}, "quality_flag": {r.choice(["false", "true"])}}}\n')

@kind("en")
def library_loan_record(r, b):
    p = r.person()
    cc = r.choice(["US", "UK"])
    u = r.uni(cc)
    b(f"{u[0]} Libraries - Patron Record\n")
    b("Name: ", (r.name(p, "lastfirst"), PER), "\nPatron type: ", r.choice(["Graduate", "Faculty", "Undergraduate", "Visiting scholar", "Alumni"]), "\n")
    b("Library account: ", (r.d(r.choice([10, 14])), ACC), f"    Status: {r.choice(['active', 'BLOCKED - fines', 'active'])}\n")
    b("Email: ", (r.email(p, u[1]), EM), "\n")
    if r.p(0.6):
        b("Address: ", (r.fmt_addr(r.addr(cc), multi=False, country=False), ADR), "\n")
    b("Expires: ", (r.fdate(r.day(2025, 2027), "en", 3), DT), "\n\nCurrent loans:\n")
    for _ in range(r.randint(2, 5)):
        au = r.person()
        b(f"  {r.choice(['QA76.9', 'HM701', 'QH324.2', 'PN1995', 'HB171', 'RC483'])} .{r.s(1, string.ascii_uppercase)}{r.d(2)} {r.randint(1995, 2024)}  ",
          (r.name(au, "lastfirst"), PER), f". {r.choice(['Statistical rethinking', 'Thinking, fast and slow', 'Pattern recognition', 'The structure of scientific revolutions', 'Bowling alone', 'Deep learning'])}"
          f"  barcode 3{r.d(13)}  due ", (r.fdate(r.day(2025, 2026), "en", 3), DT), "\n")
    b(f"\nFines outstanding: {r.money('en', 0, 60, '$')}   Holds: {r.randint(0, 3)}\n")

@kind("en")
def library_overdue_email(r, b):
    p = r.person()
    cc = r.choice(["US", "UK"])
    u = r.uni(cc)
    mail_head(r, b, (None, f"library-noreply@{u[1]}"), [(p, r.email(p, u[1]))], "Overdue notice" + r.choice(["", " - 2nd reminder", " (FINAL)"]))
    b("Dear ", (r.name(p, r.choice(["full", "given"])), PER), ",\n\nOur records show the following item(s) are overdue:\n\n")
    for _ in range(r.randint(1, 3)):
        b(f"  Title: {r.choice(['Handbook of Survey Research', 'Molecular Biology of the Cell', 'Principles of Neural Science', 'Econometric Analysis', 'Atlas of Human Anatomy'])}\n"
          f"  Call no.: {r.choice(['HN29', 'QH581.2', 'QP355.2', 'HB139', 'QM25'])} .{r.s(1, string.ascii_uppercase)}{r.d(2)}\n  Due: ",
          (r.fdate(r.day(2025, 2026), "en"), DT), "\n\n")
    b(f"A replacement fee of {r.money('en', 40, 180, '$')} will be charged to your student account ", (r.d(9), ACC),
      " after 30 days. Renew online at ", (f"https://{r.choice(['search', 'catalog', 'library'])}.{u[1]}/discovery/account", URL),
      " or call Circulation at ", (r.phone(cc, mobile=False), PH), ".\n")

@kind("en")
def thesis_submission_form(r, b):
    cc = r.choice(["US", "UK", "US"])
    u, p, sup = r.uni(cc), r.person(), r.person()
    b(f"{u[0]} - Graduate School\nTHESIS / DISSERTATION SUBMISSION FORM\n\n")
    fields = [("Candidate name", lambda: b((r.name(p, r.choice(["full", "lastfirst"])), PER))),
              ("Student ID", lambda: b(r.student_id(cc))),
              ("Date of birth", lambda: b((r.fdate(r.birth(1975, 2001), "en"), DOB))),
              ("Degree", lambda: b(r.choice(["PhD", "MPhil", "MSc by Research", "EdD", "DPhil"]))),
              ("Programme", lambda: b(r.choice(DEPTS))),
              ("Primary supervisor", lambda: (put_name(r, b, sup, "en", 0.6, "full"))),
              ("Thesis title", lambda: b(title_topic(r))),
              ("Viva / defense date", lambda: b((r.fdate(r.day(2025, 2026), "en"), DT))),
              ("Permanent address", lambda: b((r.fmt_addr(r.addr(cc), multi=False), ADR))),
              ("Personal email", lambda: b((r.email(p), EM))),
              ("Phone", lambda: b((r.phone(cc), PH))),
              ("Embargo", lambda: b(r.choice(["none", "2 years (patent pending)", "12 months"]))),
              ("ORCID iD", lambda: b(r.orcid()))]
    first, rest = fields[:2], fields[2:]
    r.shuffle(rest)
    for lab, f in first + rest[:r.randint(7, len(rest))]:
        b(f"{lab}:{' ' * r.randint(1, 3)}")
        f()
        b("\n")
    b("\nDeclaration: I confirm the electronic copy is identical to the examined version.\nSignature: ________   Date: ",
      (r.fdate(r.day(2025, 2026), "en", 3), DT), "\n")

@kind("en")
def visa_invitation_letter(r, b):
    cc = r.choice(["US", "UK", "US"])
    u, host, guest = r.uni(cc), r.person(), r.person(culture=r.choice(["in", "zh", "ar", "af", "fa", "vi", "ru", "es", "tr"]))
    b(f"{u[0]}\n{r.choice(DEPTS)}\n", (r.fmt_addr(r.addr(cc, u[2]), multi=True, country=True), ADR), "\n\n")
    b((r.fdate(r.day(2025, 2026), "en"), DT), "\n\n")
    b("To the Visa Officer,\n", r.choice(["Embassy of the United States", "British High Commission", "Consulate General"]), ", ", (r.loc(None), LOC), "\n\n")
    b("RE: Letter of invitation - ", (r.name(guest, "upper"), PER), "\n\n")
    b("I am pleased to confirm that ")
    put_name(r, b, guest, "en", 0.6, "full")
    b(", born ", (r.fdate(r.birth(1970, 1998), "en"), DOB), ", of ", (r.choice(WORLD), LOC),
      f", has been invited as a Visiting Scholar in our group from ")
    s = r.day(2025, 2026)
    b((r.fdate(s, "en"), DT), " to ", (r.fdate(s + dt.timedelta(days=r.randint(60, 360)), "en"), DT), ". ")
    b(f"During the visit {r.choice(['he', 'she', 'they'])} will collaborate on {r.choice(TOPICS)}. "
      f"The stay is funded by {r.choice(['a J-1 Research Scholar program', 'the host laboratory', 'their home institution', 'a Fulbright award'])} "
      f"(monthly stipend {r.money('en', 1800, 4200)}); DS-2019 no. N00{r.d(8)}.\n\n")
    b("Accommodation: ", (r.fmt_addr(r.addr(cc, u[2]), multi=False, country=False), ADR), ".\n\n")
    b("Please do not hesitate to contact me at ", (r.phone(cc, intl=True, mobile=False), PH), " or ", (r.email(host, u[1]), EM), ".\n\nSincerely,\n\n")
    put_name(r, b, host, "en", 0.7, "full", after=(f"\n{r.choice(['Professor and Chair', 'Associate Professor', 'Director, Center for ' + r.choice(TOPICS).title()])}\n",))

@kind("en")
def data_management_plan(r, b):
    cc = r.choice(["US", "UK", "DE", "NL"])
    u, pi, st = r.uni(cc), r.person(), r.person()
    b(f"DATA MANAGEMENT PLAN\nProject: {title_topic(r)} ({r.award()})\n")
    b("PI: ", (r.name(pi, "full"), PER), " | Data steward: ", (r.name(st, r.choice(["full", "init"])), PER), " (", (r.email(st, u[1]), EM), ")\n")
    b(f"Version {r.randint(1, 4)}.{r.randint(0, 9)}, last reviewed ", (r.fdate(r.day(2024, 2026), "en"), DT), "\n\n")
    b(f"1. Data description\nWe expect ~{r.randint(2, 900)} {r.choice(['GB', 'TB'])} of {r.choice(['FASTQ/BAM files', 'audio recordings and transcripts', 'survey microdata', 'microscopy stacks (CZI)', 'netCDF model output'])} "
      f"from {r.randint(30, 5000)} participants/samples. Personal data (names, contact details) are kept in a separate key file.\n\n")
    b(f"2. Storage and backup\nActive data: /projects/{r.choice(['rdm', 'lab', 'grp'])}{r.d(4)} on the {r.choice(['Isilon', 'GPFS', 'Ceph'])} cluster, "
      f"nightly snapshots (retention 30 days); encrypted laptop copies only (BitLocker/FileVault).\n\n")
    b("3. Sharing and preservation\nDe-identified data will be deposited in ", r.choice(["Zenodo", "Dryad", "the UK Data Service", "DANS", "EGA (controlled access)"]),
      " under CC BY 4.0 within 12 months of publication, e.g. ", (f"https://zenodo.org/records/{r.d(8)}", URL), f" (DOI {r.doi()}). "
      f"Code: ", (f"https://github.com/{r.choice(['lab', 'rdm', 'open'])}-{r.s(5, string.ascii_lowercase)}/{r.choice(['pipeline', 'analysis', 'paper-code'])}", URL), ".\n\n")
    b(f"4. Responsibilities\nThe PI is accountable; day-to-day curation by the data steward. Retention: {r.choice([5, 10, 15])} years after project end ("
      f"{r.randint(2029, 2036)}).\n")

@kind("en")
def hpc_account_request(r, b):
    cc = r.choice(["US", "UK", "DE", "NL", "SE", "FI"])
    u, p, pi = r.uni(cc), r.person(), r.person()
    b(f"HPC Account Request - {r.choice(['Great Lakes', 'Sherlock', 'ARCHER2', 'Lichtenberg', 'Snellius', 'Puhti', 'Tetralith'])}\n"
      f"Ticket {r.ticket()}\n\n")
    b("Full name: ", (r.name(p, "full"), PER), "\nInstitutional email: ", (r.email(p, u[1]), EM), "\n")
    b(f"Preferred username: {r.user(p)}\nDepartment: {r.choice(DEPTS)}\nPI / sponsor: ", (r.name(pi, r.choice(["full", "lastfirst"])), PER),
      f"\nAllocation: {r.choice(['pr', 'acc', 'proj'])}{r.d(5)} ({r.randint(10, 500)}k core-h)\n")
    if r.p(0.5):
        b("Phone (for 2FA reset): ", (r.phone(cc, mobile=True), PH), "\n")
    b("Public SSH key:\n", r.ssh_pub(r.choice([f"{r.user(p)}@laptop", r.user(p), ""])), "\n")
    b(f"Key fingerprint: SHA256:{r.s(43, ALNUM + '+/')}\n")
    b("Connect from (firewall allowlist): ")
    for i in range(r.randint(1, 3)):
        if i:
            b(", ")
        ip = r.ip()
        b((ip, IP))
        if r.p(0.2) and ":" not in ip:
            b(f"/{r.choice([24, 28, 32])}")
    b(f"\nSoftware needs: {r.choice(['CUDA 12.2, PyTorch', 'GROMACS 2024', 'R 4.3 + Stan', 'MATLAB R2024a', 'AlphaFold 2'])}\n")
    if r.p(0.3):
        b("Note from user: I generated a new keypair, the private part is below in case you need it (?)\n", (r.pem(), PK), "\n")
    b("Approved by PI on ", (r.fdate(r.day(2024, 2026), "en"), DT), "\n")

@kind("en")
def hpc_ticket_pasted_secrets(r, b):
    p, agent = r.person(), r.person()
    cc = r.choice(["US", "UK", "DE", "NL"])
    u = r.uni(cc)
    b(f"[{r.ticket()}] {r.choice(['git push fails on login node', 'S3 sync from cluster not working', 'Slack notifications from jobs stopped', 'cannot pull private repo in batch job'])}\n")
    b("Requester: ", (r.name(p, "full"), PER), " <", (r.email(p, u[1]), EM), ">\n")
    b(f"Queue: Research Computing    Priority: {r.choice(['P3', 'P4', 'normal'])}\n\n")
    ts = r.logseq(2)
    b(f"{ts[0]}  user wrote:\n")
    b(r.choice(["Hi, my job can't authenticate. Here is my config, not sure what's wrong:\n",
                "hello, this worked last week. Pasting the relevant bits:\n"]))
    c = r.choice(["aws", "gh", "slack", "mix", "pem", "jwt"])
    if c in ("aws", "mix"):
        b("[default]\naws_access_key_id = ", (r.aws_key(), AKI), "\naws_secret_access_key = ", (r.aws_secret(), ASK),
          f"\nregion = {r.choice(['us-east-1', 'eu-central-1', 'eu-west-1'])}\n")
    if c in ("gh", "mix"):
        b(f"$ gh auth status --show-token\ngithub.com\n  - Logged in to github.com account {r.user(p)} (GITHUB_TOKEN)\n  - Token: ", (r.gh_token(), GH),
          f"\n$ git push origin main\nremote: Permission to {r.choice(['lab', 'grp'])}-{r.s(4, string.ascii_lowercase)}/analysis.git denied.\n")
    if c == "slack":
        b("SLACK_BOT_TOKEN=", (r.slack_token(), SLK), "\nSLACK_CHANNEL=#cluster-jobs\n")
    if c == "pem":
        b(f"$ cat ~/.ssh/{r.choice(['id_ed25519', 'id_rsa', 'cluster_key'])}\n", (r.pem(), PK), "\n$ ssh -v login1 -> Permission denied (publickey)\n")
    if c == "jwt":
        b("$ curl -s -H \"Authorization: Bearer ", (r.jwt(), JWT), "\" ", (f"https://{r.choice(['api', 'ood', 'jupyter'])}.{r.uni('US')[1]}/v1/jobs", URL),
          "\n{\"error\": \"token expired\"}\n")
    b(f"\n{ts[1]}  ")
    b((r.name(agent, "given"), PER), " (RC support):\n")
    b("Please revoke these credentials right away - this ticket is visible to the whole team. "
      "Use ${AWS_PROFILE} / a credential helper instead of hard-coding. I've redacted the copy in our wiki.\n")

@kind("en")
def slurm_job_env_dump(r, b):
    jid = r.randint(1000000, 99999999)
    ts = r.logseq(5)
    b(f"==> slurm-{jid}.out <==\n")
    b(f"{ts[0]} INFO  job {jid} started on node {r.choice(['gpu', 'cn', 'c'])}{r.d(3)} (partition={r.choice(['gpu', 'standard', 'bigmem'])})\n")
    b(f"{ts[1]} INFO  loading modules: python/3.11 cuda/{r.choice(['11.8', '12.1', '12.4'])} git/{r.ver()}\n")
    b(f"{ts[2]} DEBUG env dump follows\n")
    b(f"SLURM_JOB_ID={jid}\nSLURM_NTASKS={r.choice([1, 4, 8, 32])}\nHOME=/home/{r.user(r.person())}\n")
    items = [lambda: b("AWS_ACCESS_KEY_ID=", (r.aws_key(), AKI), "\n"),
             lambda: b("AWS_SECRET_ACCESS_KEY=", (r.aws_secret(), ASK), "\n"),
             lambda: b("WANDB_API_KEY=", (r.s(40, HEX), SEC), "\n"),
             lambda: b("HF_TOKEN=", ("hf_" + r.s(34), SEC), "\n"),
             lambda: b("GITHUB_TOKEN=", (r.gh_token(), GH), "\n"),
             lambda: b("DATABASE_URL=postgresql://", r.choice(["svc_etl", "labuser", "postgres"]), ":", (r.password(), PW), f"@{dsn_host(r)}:5432/cohort\n"),
             lambda: b("S3_ENDPOINT=", (f"https://s3.{r.choice(['hpc', 'rc', 'storage'])}.{r.uni('US')[1]}", URL), "\n"),
             lambda: b("JUPYTERHUB_API_TOKEN=", (r.s(32, HEX), SEC), "\n"),
             lambda: b(f"CUDA_VISIBLE_DEVICES=0,1\nOMP_NUM_THREADS={r.choice([4, 8, 16])}\n"),
             lambda: b("MASTER_ADDR=", (r.ipv4(True), IP), f"\nMASTER_PORT={r.randint(20000, 40000)}\n")]
    r.shuffle(items)
    for f in items[:r.randint(4, 7)]:
        f()
    b(f"{ts[3]} INFO  epoch 1/{r.randint(5, 100)} loss={r.random():.4f} elapsed 00:{r.randint(10, 59)}:{r.randint(10, 59)}\n")
    b(f"{ts[4]} INFO  checkpoint saved ckpt-{r.sha(8)}.pt sha256={r.sha(64)}\n")

@kind("en")
def alumni_record(r, b):
    p, sp = r.person(), r.person()
    cc = r.choice(["US", "US", "UK"])
    u = r.uni(cc)
    b(f"{u[0]} Advancement - Constituent Profile\nConstituent ID: {r.d(8)}    Record type: Alumnus/a\n")
    b("Name: ", (r.name(p, r.choice(["full", "lastfirst", "mid"])), PER))
    if r.p(0.4):
        b(" (née ", (fold(r.choice(NAMES['en'][2])), PER), ")")
    b(f"\nClass year: {r.randint(1962, 2020)}    Degree: {r.choice(['BA', 'BS', 'MBA', 'JD', 'PhD', 'MD'])}\n")
    b("Birth date: ", (r.fdate(r.birth(1940, 1998), "en"), DOB), "\n")
    if cc == "US" and r.p(0.3):
        b("SSN (legacy import): ", (r.ssn(), SSN), "\n")
    a = r.addr(cc)
    if r.p(0.5):
        b("Home address: ", (r.fmt_addr(a, multi=True, country=False), ADR), "\n")
    else:
        b("Street: ", (a["line"], ADR), "\nCity: ", (a["city"], LOC), "\nState/County: ", (a["region"], LOC), f"\nZIP/Postcode: {a['pc']}\n")
    b("Home phone: ", (r.phone(cc, mobile=False), PH), "\nEmail (preferred): ", (r.email(p), EM), "\n")
    b(f"Employer: {r.choice(['Acme Analytics', 'Pfizer', 'Deloitte', 'self-employed', 'Mayo Clinic', 'Goldman Sachs', 'retired'])}\n")
    if r.p(0.6):
        b("Spouse/partner: ", (r.name(sp, "full"), PER), "\n")
    b(f"Lifetime giving: {r.money('en', 0, 500000, '$')}    Capacity rating: {r.choice(['C', 'D', 'E', 'B'])}\n")
    b("Contact notes: met at reunion on ", (r.fdate(r.day(2023, 2025), "en"), DT), r.choice(["; prefers email, no phone calls.", "; interested in scholarship fund.", "; do not solicit before Q3."]), "\n")

@kind("en")
def donor_gift_record(r, b):
    p = r.person()
    cc = r.choice(["US", "US", "UK"])
    sol = r.person()
    b(f"GIFT ENTRY {r.choice(['', 'BATCH '])}{r.d(6)}\n")
    b("Donor: ", (r.name(p, "lastfirst"), PER), f"   (ID {r.d(7)})\n")
    b(f"Amount: {r.money('en', 25, 50000, '$')}   Fund: {r.choice(['Annual Fund', 'Library Endowment', 'Scholarship 402117', 'Athletics', 'Cancer Research Fund'])}   "
      f"Appeal: {r.choice(['FY25-SPRING', 'GIVINGDAY', 'REUNION'])}\n")
    b("Gift date: ", (r.fdate(r.day(2024, 2026), "en"), DT), "\n")
    m = r.choice(["card", "card", "check", "stock"])
    if m == "card":
        b("Method: credit card\nCardholder: ", (r.name(p, "upper"), PER), "\nCard: ", (r.card(), CC), "\n")
        b("Billing: ", (r.fmt_addr(r.addr(cc), multi=False), ADR), "\n")
    elif m == "check":
        b(f"Method: check #{r.randint(1000, 9999)}   bank routing {r.aba()}\n")
    else:
        b(f"Method: stock transfer, {r.randint(10, 400)} sh {r.choice(['AAPL', 'MSFT', 'VTI'])}, DTC {r.d(4)}\n")
    if r.p(0.5):
        b("In memory of ", (r.name(r.person(), "full"), PER), "\n")
    b("Solicitor: ", (r.name(sol, "init"), PER), "   Acknowledgement letter: ", r.choice(["sent", "pending", "do not send"]), "\n")

@kind("en")
def student_services_ticket(r, b):
    p, ag = r.person(), r.person()
    cc = r.choice(["US", "US", "UK"])
    u = r.uni(cc)
    b(f"Ticket {r.ticket()}  |  {r.choice(['One Stop Student Services', 'Registrar', 'Bursar', 'Housing Office'])}\n")
    b(f"Category: {r.choice(['Transcript request', 'Refund', 'Enrollment hold', 'Housing contract', 'Name change'])}\nOpened: {r.logts()}\n\n")
    b("Student: ", (r.name(p, r.choice(["full", "lastfirst"])), PER), f"  (ID {r.student_id(cc)})\n")
    b("Verified identity with DOB ", (r.fdate(r.birth(1990, 2006), "en", 3), DOB), " and phone ", (r.phone(cc), PH), "\n\n")
    b(f"{r.randint(8, 11)}:{r.randint(10, 59)}  ")
    b("Student: ", r.choice(["hi i was charged twice for the spring housing deposit, can you refund one?",
                             "I legally changed my name and need my diploma reissued.",
                             "There is a hold on my account and I can't register for classes."]), "\n")
    b(f"{r.randint(12, 17)}:{r.randint(10, 59)}  ", (r.name(ag, "given"), PER), ": ")
    b(r.choice(["Refund of ", "Credit of ", "Adjustment of "]), r.money("en", 100, 900, "$"), " posted to student account ", (r.d(r.choice([8, 9])), ACC),
      ". Allow 5-7 business days. Appointment booked for ", (r.fdt(r.day(2025, 2026), "en"), DT), " if you want to follow up in person.\n")
    if r.p(0.4):
        b("Mailing address on file: ", (r.fmt_addr(r.addr(cc), multi=False), ADR), "\n")

@kind("en")
def financial_aid_verification(r, b):
    p, par = r.person("en", culture=r.choice(["en", "en", "es", "in", "zh", "af"])), r.person()
    b(f"{r.randint(2025, 2026)}-{r.randint(26, 27)} VERIFICATION WORKSHEET (Independent/Dependent)\n\nSection A: Student Information\n")
    b("Last name: ", (p.surname, PER), "   First name: ", (p.given, PER), "   M.I.: ", p.middle or "-", "\n")
    b("SSN: ", (r.ssn(), SSN), "   Date of birth: ", (r.fdate(r.birth(1995, 2007), "en", 3), DOB), "\n")
    a = r.addr("US")
    b("Address: ", (a["line"], ADR), "   City: ", (a["city"], LOC), "   State: ", (a["region"], LOC), f"   ZIP: {a['pc']}\n")
    b("Phone: ", (r.phone("US", intl=False), PH), "   Email: ", (r.email(p), EM), "\n\n")
    b("Section B: Household\n")
    for _ in range(r.randint(1, 3)):
        q = r.person()
        rel = r.choice(['Parent', 'Sibling', 'Stepparent'])
        b("  ", (r.name(q, "full"), PER), f"  {rel}  age {r.randint(5, 24) if rel == 'Sibling' else r.randint(38, 66)}  "
          f"{r.choice(['', 'college: ' + r.uni('US')[0]])}\n")
    b(f"\nSection C: Income\nAdjusted gross income: {r.money('en', 15000, 140000, '$')}   Untaxed income: {r.money('en', 0, 9000, '$')}\n")
    b(f"IRS tax transcript request no. {r.d(10)}; refund deposited to account ending ****{r.d(4)}\n")
    b("\nParent signature: ", (r.name(par, "full"), PER), "  Date: ", (r.fdate(r.day(2025, 2026), "en", 3), DT), "\n")
    if r.p(0.3):
        b(f"(Note: an SSN shown as {r.bad_ssn()} on the prior ISIR was a data-entry error.)\n")

@kind("en")
def ra_direct_deposit(r, b):
    p = r.person()
    u = r.uni("US")
    b(f"{u[0]} Payroll Services - DIRECT DEPOSIT AUTHORIZATION\n\n")
    b("Employee name: ", (r.name(p, r.choice(["full", "lastfirst"])), PER), f"    Employee ID: {r.d(8)}\n")
    b(f"Position: {r.choice(['Graduate Research Assistant', 'Teaching Assistant', 'Student Hourly', 'Postdoctoral Scholar'])}\n")
    b("Home address: ", (r.fmt_addr(r.addr("US"), multi=False, country=False), ADR), "\n\n")
    b(f"Bank name: {r.choice(['Chase', 'Wells Fargo', 'Bank of America', 'University Credit Union', 'PNC Bank', 'Citizens Bank'])}\n")
    b(f"Routing (ABA) number: {r.aba()}\nAccount number: ", (r.d(r.randint(9, 12)), ACC), f"\nAccount type: {r.choice(['Checking', 'Savings'])}\n")
    b(f"Amount: {r.choice(['100% of net pay', 'remainder', r.money('en', 100, 800, '$') + ' per paycheck'])}\n")
    b("Effective pay date: ", (r.fdate(r.day(2025, 2026), "en", 3), DT), "\n")
    if r.p(0.5):
        b(f"SSN (last four for verification): XXX-XX-{r.d(4)}\n\n")
    else:
        b("Social Security No.: ", (r.ssn(), SSN), "\n\n")
    b("Employee signature ______________    Date: ", (r.fdate(r.day(2025, 2026), "en", 4), DT), "\n")
    b("Attach a voided check. Questions: ", (f"payroll@{u[1]}", EM), " / ", (r.phone("US", mobile=False, intl=False), PH), "\n")

@kind("en")
def student_health_waiver(r, b):
    p, holder = r.person(), r.person()
    cc = "US"
    u = r.uni(cc)
    b(f"{u[0]} Student Health Insurance Plan - WAIVER REQUEST {r.randint(2025, 2026)}-{r.randint(26, 27)}\n\n")
    b("Student: ", (r.name(p, "full"), PER), f"   ID: {r.student_id(cc)}   DOB: ", (r.fdate(r.birth(1990, 2006), "en", 3), DOB), "\n")
    ins = r.choice(["Aetna", "Blue Cross Blue Shield of Michigan", "UnitedHealthcare", "Cigna", "Kaiser Permanente", "Anthem Blue Cross", "Humana"])
    b(f"Insurance company: {ins}\nPlan type: {r.choice(['PPO', 'HMO', 'EPO', 'POS'])}\n")
    b("Member ID: ", (r.choice(["", "W", "XJH", "U", "ZGP"]) + r.d(r.choice([8, 9, 11])), HPN), f"\nGroup number: {r.d(r.choice([5, 6, 7]))}\n")
    rel = r.choice(["self", "parent", "spouse"])
    b(f"Policy holder ({rel}): ", (r.name(p if rel == "self" else holder, "full"), PER))
    b("   Policy holder DOB: ", (r.fdate(r.birth(1955, 2004), "en", 3), DOB), "\n")
    b("Member services phone (back of card): ", (r.phone("US", intl=False), PH), "\n")
    b(f"Coverage effective: ", (r.fdate(r.day(2024, 2025), "en", 3), DT), "  through ", (r.fdate(r.day(2026, 2027), "en", 3), DT), "\n\n")
    b(f"Decision: {r.choice(['APPROVED', 'DENIED - plan not ACA compliant', 'PENDING - upload back of card'])}\n"
      f"Reviewer note: deductible {r.money('en', 250, 5000, '$')}, in-network providers within 25 miles of campus.\n")

@kind("en")
def parking_permit_application(r, b):
    p = r.person()
    u = r.uni("US")
    st = r.choice(["CA", "NY", "FL", "IL", "TX", "MI", "WA", "MA"])
    lic = {"CA": r.choice("ABDEFGN") + r.d(7), "NY": r.d(9), "FL": r.choice("BGMS") + r.d(12), "IL": r.choice("ABCDKLM") + r.d(11),
           "TX": r.d(8), "MI": r.choice("BCDKMS") + r.d(12), "WA": "WDL" + r.s(9, UPALNUM), "MA": "S" + r.d(8)}[st]
    b(f"Transportation & Parking Services - Permit Application #{r.d(6)}\n\n")
    b("Applicant: ", (r.name(p, r.choice(["full", "lastfirst"])), PER), f"   Affiliation: {r.choice(['Staff', 'Faculty', 'Graduate student'])}\n")
    b("Campus email: ", (r.email(p, u[1]), EM), "   Phone: ", (r.phone("US"), PH), "\n")
    b(f"Driver license no.: ", (lic if r.p(0.8) else lic[:1] + "-" + lic[1:], DL), f"  State: {st}\n")
    b(f"Vehicle: {r.randint(2008, 2025)} {r.choice(['Toyota Prius', 'Honda Civic', 'Subaru Outback', 'Tesla Model 3', 'Ford F-150', 'VW Golf'])}, "
      f"{r.choice(['blue', 'silver', 'black', 'white', 'red'])}\nPlate: {r.s(3, string.ascii_uppercase)}{r.d(4)} ({st})   VIN: "
      f"{r.s(17, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789')}\n")
    b(f"Permit: {r.choice(['Blue Structure', 'Lot 17', 'Evening', 'Motorcycle'])}  valid ", (r.fdate(r.day(2025, 2025), "en", 3), DT), " - ",
      (r.fdate(r.day(2026, 2026), "en", 3), DT), f"\nPayroll deduction: {r.money('en', 20, 90, '$')}/month\n")
    if r.p(0.4):
        b("Home address (for carpool matching): ", (r.fmt_addr(r.addr("US"), multi=False, country=False), ADR), "\n")

@kind("en")
def travel_reimbursement(r, b):
    p = r.person()
    cc = r.choice(["US", "UK"])
    u = r.uni(cc)
    d0 = r.day(2024, 2026)
    b(f"TRAVEL EXPENSE REPORT  ER-{r.d(7)}\nTraveler: ", (r.name(p, "lastfirst"), PER), f"   Emp/Student ID: {r.d(8)}\n")
    b(f"Purpose: present paper at {r.choice(CONFS)}, ", (r.loc(None), LOC), "\n")
    b("Departure: ", (r.fdate(d0, "en"), DT), "   Return: ", (r.fdate(d0 + dt.timedelta(days=r.randint(2, 9)), "en"), DT), "\n")
    b(f"Chartstring: {r.d(5)}-{r.d(4)}-{r.award().split()[0][:6]}\n\n")
    b(f"{r.fdate(d0, 'en', 2)}  Airfare {r.choice(['BOS', 'DTW', 'SFO', 'LHR', 'ORD'])}-{r.choice(['FRA', 'CDG', 'MAD', 'NRT', 'YVR', 'LIS'])} "
      f"(PNR {r.s(6, UPALNUM)})  {r.money(r.choice(['en']), 400, 1900)}\n")
    b(f"{r.fdate(d0, 'en', 2)}  Hotel, {r.randint(2, 6)} nights (conf. {r.d(9)})  {r.money('en', 300, 1600)}\n")
    b(f"{r.fdate(d0, 'en', 2)}  Registration  {r.money('en', 200, 900)}\n")
    b(f"            Per diem M&IE  {r.money('en', 60, 500)}\n")
    b(f"Paid with corporate card ending {r.d(4)}; personal card charges: {r.money('en', 20, 300)}\n\n")
    b("Approver: ", (r.name(r.person(), "full"), PER), "   Reimburse to: direct deposit on file\n")
    if r.p(0.4):
        b("Note: receipt for taxi lost - see attached affidavit signed ", (r.fdate(d0 + dt.timedelta(days=12), "en"), DT), ".\n")

@kind("en")
def lab_pipeline_env_file(r, b):
    b(f"# .env - {r.choice(['conference-site', 'survey-portal', 'lab-lims', 'registration-app'])} (DO NOT COMMIT)\n# last rotated {r.randint(2023, 2025)}, see wiki\n")
    b(f"APP_ENV=production\nAPP_VERSION={r.ver()}\nBASE_URL=", (f"https://{r.choice(['register', 'portal', 'lims'])}.{r.uni('US')[1]}", URL), "\n")
    lines = [lambda: b(f"DB_URL=postgresql://{r.choice(['app', 'lims', 'reg_admin'])}:", (r.password(), PW), f"@{dsn_host(r)}:5432/{r.choice(['reg', 'lims', 'survey'])}\n"),
             lambda: b("STRIPE_SECRET_KEY=", (r.stripe(), STR), "\nSTRIPE_WEBHOOK_SECRET=", ("whsec_" + r.s(32), SEC), "\n"),
             lambda: b("SLACK_BOT_TOKEN=", (r.slack_token(), SLK), "\n"),
             lambda: b("SMTP_HOST=smtp.office365.com\nSMTP_USER=", (f"noreply@{r.uni('US')[1]}", EM), "\nSMTP_PASSWORD=", (r.password(), PW), "\n"),
             lambda: b("AWS_ACCESS_KEY_ID=", (r.aws_key(), AKI), "\nAWS_SECRET_ACCESS_KEY=", (r.aws_secret(), ASK), "\n"),
             lambda: b("QUALTRICS_API_TOKEN=", (r.s(40), SEC), "\n"),
             lambda: b("JWT_SIGNING_SECRET=", (r.s(48, ALNUM), SEC), "\n"),
             lambda: b("REDCAP_API_TOKEN=", (r.s(32, HEX.upper()), SEC), "\n"),
             lambda: b("SESSION_TOKEN_SAMPLE=", (r.jwt(), JWT), "\n"),
             lambda: b("ORCID_CLIENT_ID=APP-", r.s(16, UPALNUM), "\nORCID_CLIENT_SECRET=", (r.uuid(), SEC), "\n"),
             lambda: b("SENTRY_DSN=${SENTRY_DSN}\nREDIS_URL=${REDIS_URL:-redis://localhost:6379/0}\n"),
             lambda: b(f"FEATURE_FLAGS=early_bird,student_discount\nMAX_UPLOAD_MB={r.choice([10, 25, 50])}\n")]
    r.shuffle(lines)
    for f in lines[:r.randint(5, 8)]:
        f()
    if r.p(0.4):
        b("ADMIN_CONTACT=", (r.email(r.person(), r.uni("US")[1]), EM), "\n")

@kind("en")
def ci_workflow_leak(r, b):
    b(f"# .github/workflows/{r.choice(['build-site', 'nightly-analysis', 'deploy-docs', 'paper-pdf'])}.yml\nname: {r.choice(['Build', 'Nightly', 'Deploy'])}\n")
    b("on:\n  push:\n    branches: [main]\n  schedule:\n    - cron: '0 3 * * 1'\n\n")
    b(f"jobs:\n  run:\n    runs-on: ubuntu-22.04\n    env:\n      AWS_ACCESS_KEY_ID: ${{{{ secrets.AWS_ACCESS_KEY_ID }}}}\n      AWS_SECRET_ACCESS_KEY: ${{{{ secrets.AWS_SECRET_ACCESS_KEY }}}}\n")
    leak = r.choice(["gh", "aws", "slack", "generic", "jwt"])
    if leak == "gh":
        b("      GH_PAT: ", (r.gh_token(), GH), "   # TODO move to secrets\n")
    elif leak == "aws":
        b("      BACKUP_AWS_KEY: ", (r.aws_key(), AKI), "\n      BACKUP_AWS_SECRET: ", (r.aws_secret(), ASK), "\n")
    elif leak == "slack":
        b("      SLACK_TOKEN: ", (r.slack_token(), SLK), "\n")
    elif leak == "jwt":
        b("      API_BEARER: ", (r.jwt(), JWT), "\n")
    else:
        b("      ZENODO_TOKEN: ", (r.s(60), SEC), "\n")
    b(f"    steps:\n      - uses: actions/checkout@{r.sha(40)}  # v4.1.1\n      - uses: actions/setup-python@v5\n        with:\n          python-version: '3.11'\n")
    b(f"      - run: pip install -r requirements.txt && make all\n      - run: aws s3 sync _site s3://{r.choice(['lab-site', 'conf-2025-web', 'paper-artifacts'])}/ --delete\n")
    b("      - name: notify\n        run: curl -X POST -H 'Authorization: Bearer ${{ secrets.NOTIFY_TOKEN }}' ", (f"https://hooks.{r.choice(['lab', 'rc'])}.{r.uni('US')[1]}/ci", URL), "\n")

@kind("en")
def k8s_secret_jupyterhub(r, b):
    ns = r.choice(["jhub", "lab-research", "redcap", "conference-app"])
    b(f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {r.choice(['hub-secrets', 'db-credentials', 'app-env'])}\n  namespace: {ns}\n"
      f"  uid: {r.uuid()}\n  resourceVersion: \"{r.d(8)}\"\ntype: Opaque\ndata:\n")
    keys = [("db-password", PW), ("proxy-token", SEC), ("oauth-client-secret", SEC), ("admin-password", PW),
            ("cookie-secret", SEC), ("smtp-password", PW), ("api-key", SEC)]
    for k, t in r.sample(keys, r.randint(2, 4)):
        raw = r.password() if t == PW else r.s(r.choice([32, 40, 64]), HEX if r.p() else ALNUM)
        b(f"  {k}: ", (base64.b64encode(raw.encode()).decode(), t), "\n")
    if r.p(0.5):
        b("stringData:\n  db-host: ", dsn_host(r), "\n  db-user: hub\n")
    b(f"# applied by {r.user(r.person())} via kubectl {r.ver()} on cluster {r.choice(['rc-prod', 'k8s-lab-01'])}\n")

@kind("en")
def thesis_defense_invite(r, b):
    cand = r.person()
    cc = r.choice(["US", "UK", "NL", "SE", "DE"])
    u = r.uni(cc)
    d0 = r.day(2025, 2026)
    b(f"{r.choice(['PhD DEFENSE ANNOUNCEMENT', 'Public Defence', 'Doctoral Thesis Defense', 'Final Oral Examination'])}\n\n")
    put_name(r, b, cand, "en", 0.2, "full", after=(f"\n\"{title_topic(r)}\"\n\n",))
    b("When: ", (r.fdt(d0, "en"), DT), "\nWhere: ", r.choice(["Room 3.114", "Aula, Main Building", "Seminar room B-204", "Hall 1"]), " and online\n")
    b("Zoom: ", (f"https://{r.choice(['', 'umich.', 'ucl.', 'tudelft.'])}zoom.us/j/{r.d(11)}?pwd={r.s(32)}", URL), "\n")
    b(f"Meeting ID: {r.d(3)} {r.d(4)} {r.d(4)}\nPasscode: ", (r.choice([r.d(6), r.s(8)]), PW), "\n\nCommittee:\n")
    for role in r.sample(["Chair", "Advisor", "Co-advisor", "External examiner", "Member", "Opponent"], r.randint(2, 4)):
        q = r.person()
        b(f"  {role}: ")
        put_name(r, b, q, "en", 0.6, "full", after=(" (", (r.loc(r.choice(list(GEO))), LOC), ")\n" if r.p(0.4) else ")\n",))
    if r.p(0.6):
        b(f"\nBEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:{r.uuid()}\nDTSTAMP:{r.day().strftime('%Y%m%d')}T{r.randint(0, 23):02d}{r.randint(0, 59):02d}{r.randint(0, 59):02d}Z\n")
        b("DTSTART:", (d0.strftime("%Y%m%d") + f"T{r.randint(8, 16):02d}0000", DT), "\nDTEND:", (d0.strftime("%Y%m%d") + f"T{r.randint(17, 19):02d}0000", DT), "\n")
        b("ORGANIZER;CN=", (r.name(cand, "full"), PER), ":mailto:", (r.email(cand, u[1]), EM), "\nSUMMARY:PhD defense\nEND:VEVENT\nEND:VCALENDAR\n")
    else:
        b("\nReception to follow. RSVP to ", (r.email(r.person(), u[1]), EM), "\n")

@kind("en")
def hl7_trial_enrollment(r, b):
    p, g = r.person(), r.person()
    a = r.addr("US")
    ts = r.day().strftime("%Y%m%d") + f"{r.randint(0, 23):02d}{r.randint(0, 59):02d}{r.randint(0, 59):02d}"
    xad = f"{a['line'].upper()}^^{a['city'].upper()}^{a['region']}^{a['pc']}^USA"
    b(f"MSH|^~\\&|EPIC|{r.choice(['UMHS', 'DUKEHLTH', 'JHH'])}|CTMS|ONCORE|{ts}||ADT^A04|{r.d(10)}|P|2.5.1\r\n")
    b(f"EVN|A04|{ts}\r\nPID|1||", (r.d(8), MRN), "^^^MRN^MR||", (f"{p.surname.upper()}^{p.given.upper()}" + (f"^{p.middle}" if p.middle else ""), PER),
      "||", (r.birth(1940, 2004).strftime("%Y%m%d"), DOB), f"|{r.choice('MF')}||{r.choice(['2106-3', '2054-5', '2028-9'])}|", (xad, ADR),
      "||", (r.phone("US", intl=False), PH), "|||||", (r.d(10), ACC), "\r\n")
    b(f"PV1|1|O|{r.choice(['ONC', 'CRU', 'NEURO'])}^{r.d(3)}^{r.d(2)}||||{r.d(10)}^", (f"{r.person().surname.upper()}^{r.choice(NAMES['en'][0]).upper()}", PER), "\r\n")
    b(f"IN1|1|{r.choice(['BCBS', 'AETNA', 'UHC'])}{r.d(3)}|{r.d(5)}|{r.choice(['BLUE CROSS', 'AETNA', 'UNITEDHEALTHCARE'])}|||||{r.d(6)}|||||||",
      (f"{g.surname.upper()}^{g.given.upper()}", PER), "|", r.choice(["01", "02", "18"]), "|", (r.birth(1940, 2000).strftime("%Y%m%d"), DOB),
      "||||||||||||||||||", (r.s(3, string.ascii_uppercase) + r.d(9), HPN), "\r\n")
    b(f"ZCT|{r.choice(['NCT0', 'IRB'])}{r.d(7)}|ENROLLED|", (r.day().strftime("%Y%m%d"), DT), "\r\n")

@kind("en")
def fhir_research_patient(r, b):
    p = r.person()
    a = r.addr("US")
    b('{\n  "resourceType": "Patient",\n  "id": "', r.uuid(), '",\n  "meta": {"lastUpdated": "', r.logts(fmt=0), '"},\n')
    b('  "identifier": [{"system": "urn:oid:1.2.840.114350.1.13.', r.d(3), '", "type": {"text": "MRN"}, "value": "', (r.d(9), MRN), '"}],\n')
    b('  "name": [{"use": "official", "family": "', (p.surname, PER), '", "given": ["', (p.given, PER), '"]}],\n')
    b('  "telecom": [{"system": "phone", "value": "', (r.phone("US", intl=False), PH), '", "use": "home"}, {"system": "email", "value": "', (r.email(p), EM), '"}],\n')
    b(f'  "gender": "{r.choice(["female", "male", "other"])}",\n  "birthDate": "', (r.birth(1940, 2006).isoformat(), DOB), '",\n')
    b('  "address": [{"line": ["', (a["line"], ADR), '"], "city": "', (a["city"], LOC), '", "state": "', (a["region"], LOC), f'", "postalCode": "{a["pc"]}", "country": "US"}}],\n')
    b('  "extension": [{"url": "', (f"https://fhir.{r.choice(['research', 'ctsi'])}.{r.uni('US')[1]}/StructureDefinition/consent-version", URL), f'", "valueString": "v{r.randint(1, 5)}.{r.randint(0, 9)}"}}]\n}}\n')


# ---- Letters of European universities in local languages ----

TEL = {"de": "Tel.", "fr": "Tél.", "es": "Tel.", "it": "Tel.", "pt": "Tel.", "nl": "Tel.", "pl": "tel.",
       "sv": "Tfn", "da": "Tlf.", "no": "Tlf.", "fi": "puh.", "cs": "tel.", "tr": "Tel"}
CCL = PHCC


def letterhead(r, b, lang, dept=None):
    cc = CCL[lang]
    u = r.uni(cc)
    b(u[0] + "\n" + (dept + "\n" if dept else ""))
    b((r.fmt_addr(r.addr(cc, u[2]), multi=r.p(0.5), country=False), ADR), "\n")
    b(f"{TEL[lang]} ", (r.phone(cc, intl=r.p(0.4), mobile=False), PH))
    if r.p(0.6):
        b(" · ", (r.email(r.person(lang), u[1]) if r.p(0.5) else f"{r.choice(['info', 'studium', 'office', 'sekretariat', 'scolarite', 'secretaria', 'phd'])}@{u[1]}", EM))
    if r.p(0.4):
        b(" · ", (f"https://www.{u[1]}/{r.choice(['', 'studium', 'en/', 'research', 'doktorat'])}".rstrip("/"), URL))
    b("\n\n")
    return cc, u


def place_date(r, b, lang, city, pre=""):
    b(pre, (city, LOC))
    joiner = {"de": r.choice([", den ", ", "]), "fr": ", le ", "es": ", a ", "it": r.choice([", ", ", lì "]),
              "pt": ", ", "nl": ", ", "pl": ", dnia ", "sv": r.choice([" ", ", "]), "da": ", den ", "no": ", ", "fi": " ",
              "cs": ", ", "tr": ", "}[lang]
    b(joiner, (r.fdate(r.day(2025, 2026), lang), DT), " r." if lang == "pl" else "", "\n\n")


def birthplace(r, lang):
    return r.choice([r.city(CCL[lang])[0], r.city(CCL[lang])[0], r.choice(WORLD).split(",")[0]])

@kind("xx")
def de_immatrikulationsbescheinigung(r, b):
    cc, u = letterhead(r, b, "de", r.choice(["Studierendensekretariat", "Studierendenservice", "Zentrale Studienberatung"]))
    p = r.person("de")
    b(r.choice(["IMMATRIKULATIONSBESCHEINIGUNG", "Studienbescheinigung", "Bescheinigung über die Immatrikulation"]), "\n\n")
    b(f"{'Frau' if p.female else 'Herr'} ", (r.name(p, "full"), PER), "\ngeboren am ", (r.fdate(r.birth(1985, 2006), "de", 0), DOB),
      " in ", (birthplace(r, "de"), LOC), f"\nMatrikelnummer: {r.student_id('DE')}\n\n")
    y = r.randint(2024, 2026)
    b(f"ist im {r.choice(['Wintersemester', 'Sommersemester'])} {y}/{(y + 1) % 100:02d} (", (f"01.10.{y}", DT), " - ", (f"31.03.{y + 1}", DT),
      f") an der {u[0]} als ordentlich Studierende{'r' if not p.female else ''} eingeschrieben.\n\n")
    b(f"Studiengang: {r.choice(['Physik', 'Medizin', 'Informatik', 'Germanistik', 'Molekulare Biotechnologie', 'Volkswirtschaftslehre'])} "
      f"({r.choice(['B.Sc.', 'M.Sc.', 'Staatsexamen', 'Promotion', 'M.A.'])}), {r.randint(1, 12)}. Fachsemester, {r.randint(1, 14)}. Hochschulsemester\n")
    b("Semesteranschrift: ", (r.fmt_addr(r.addr("DE"), multi=False, country=False), ADR), "\n\n")
    b(f"Semesterbeitrag {r.money('de', 150, 380)} bezahlt. Diese Bescheinigung wurde maschinell erstellt und ist ohne Unterschrift gültig.\n"
      f"Prüfcode: {r.s(4, UPALNUM)}-{r.s(4, UPALNUM)}-{r.s(4, UPALNUM)}\n\n")
    place_date(r, b, "de", u[2])

@kind("xx")
def de_hiwi_arbeitsvertrag(r, b):
    cc, u = letterhead(r, b, "de", "Dezernat Personal - Abteilung Wissenschaftliche Hilfskräfte")
    p = r.person("de")
    b(f"Personalbogen / Arbeitsvertrag studentische Hilfskraft (Vorgang {r.d(6)})\n\n")
    b("Name, Vorname: ", (f"{p.surname}, {p.given}", PER), "\nGeburtsdatum: ", (r.fdate(r.birth(1990, 2006), "de", 0), DOB),
      "   Geburtsort: ", (birthplace(r, "de"), LOC), "\n")
    a = r.addr("DE")
    b("Straße, Hausnr.: ", (a["line"], ADR), f"\nPLZ: {a['pc']}   Ort: ", (a["city"], LOC), "\n")
    b("Telefon: ", (r.phone("DE", mobile=True), PH), "   E-Mail: ", (r.email(p), EM), "\n")
    b("Bankverbindung IBAN: ", (r.iban("DE"), IBAN), f"   BIC: {r.choice(BICS[:3] + BICS[20:])}\n")
    b(f"Krankenkasse: {r.choice(['AOK Baden-Württemberg', 'Techniker Krankenkasse', 'BARMER', 'DAK-Gesundheit', 'IKK classic'])}   Versichertennummer: ",
      (r.choice(string.ascii_uppercase) + r.d(9), HPN), "\n\n")
    b("Beginn: ", (r.fdate(r.day(2025, 2026), "de", 0), DT), "   Ende: ", (r.fdate(r.day(2026, 2027), "de", 0), DT),
      f"\nMonatliche Arbeitszeit: {r.choice([20, 30, 40, 52, 60])} Std.   Stundenlohn: {r.money('de', 13, 15)}\n")
    b("Kostenstelle: ", r.d(7), "   Projekt: ", r.award(), "\nBetreuende/r: ")
    put_name(r, b, r.person("de"), "de", 0.8, "full", after=("\n\n",))
    place_date(r, b, "de", u[2])

@kind("xx")
def de_ethikantrag_probandenliste(r, b):
    cc, u = letterhead(r, b, "de", "Ethikkommission der Medizinischen Fakultät")
    b(f"Antrag Nr. {r.choice(['S-', 'EK ', ''])}{r.randint(100, 999)}/{r.randint(2024, 2026)}   Votum vom ", (r.fdate(r.day(2024, 2026), "de"), DT), "\n")
    b("Studienleitung: ")
    put_name(r, b, r.person("de"), "de", 0.9, "full")
    b(f"\nTitel: {r.choice(['Schlafqualität und Gedächtnis bei Schichtarbeitenden', 'Biomarker der frühen Sepsis', 'Sprachentwicklung bei mehrsprachigen Kindern', 'Wirksamkeit einer App-basierten Intervention'])}\n\n")
    b("VERTRAULICH - Probandenliste (Pseudonymisierungsschlüssel)\n\nPseudonym; Name; Geb.-Datum; Telefon; E-Mail; Einwilligung am\n")
    for i in range(r.randint(3, 7)):
        p = r.person("de")
        b(f"{r.choice(['P', 'ID', 'PRB'])}-{r.d(3)}; ", (r.name(p, r.choice(["lastfirst", "full"])), PER), "; ", (r.fdate(r.birth(1940, 2006), "de", 0), DOB),
          "; ", (r.phone("DE"), PH), "; ", (r.email(p), EM), "; ", (r.fdate(r.day(2024, 2026), "de", 0), DT), "\n")
    b(f"\nAufbewahrung: verschlossener Schrank Raum {r.randint(1, 4)}.{r.d(3)}, digital nur auf Laufwerk R:\\Ethik\\{r.d(4)}\n")

@kind("xx")
def fr_attestation_inscription(r, b):
    cc, u = letterhead(r, b, "fr", r.choice(["Direction des études et de la scolarité", "Service de la scolarité", "École doctorale 564"]))
    p, sig = r.person("fr"), r.person("fr")
    b("ATTESTATION D'INSCRIPTION\n\n")
    b(f"Je soussigné{'e' if sig.female else ''}, ")
    put_name(r, b, sig, "fr", 0.5, "full", after=(f", responsable de la scolarité, certifie que {'Mme' if p.female else 'M.'} ", (r.name(p, r.choice(["full", "upper"])), PER), "\n",))
    b(f"né{'e' if p.female else ''} le ", (r.fdate(r.birth(1985, 2006), "fr", r.choice([0, 1])), DOB), " à ", (birthplace(r, "fr"), LOC), "\n")
    b(f"numéro étudiant : {r.student_id('FR')}   INE : {r.d(9)}{r.s(2, string.ascii_uppercase)}\n")
    y = r.randint(2024, 2026)
    b(f"est régulièrement inscrit{'e' if p.female else ''} pour l'année universitaire {y}-{y + 1} en "
      f"{r.choice(['Master 2 Biologie cellulaire', 'Licence 3 Informatique', 'Doctorat de Physique', 'Master 1 Sciences cognitives'])}.\n\n")
    b("Adresse : ", (r.fmt_addr(r.addr("FR"), multi=False, country=False), ADR), "\n")
    b(f"Droits d'inscription acquittés : {r.money('fr', 170, 400)} (CVEC {r.money('fr', 100, 105)}).\n\n")
    place_date(r, b, "fr", u[2], "Fait à ")
    b("Le responsable administratif\n")

@kind("xx")
def fr_convention_accueil_chercheur(r, b):
    cc, u = letterhead(r, b, "fr", "Service des relations internationales - Accueil des chercheurs étrangers")
    p = r.person("fr", culture=r.choice(["ar", "af", "zh", "in", "vi", "es", "pt", "fa"]))
    b("CONVENTION D'ACCUEIL D'UN CHERCHEUR OU ENSEIGNANT-CHERCHEUR\n(article L. 313-20 du CESEDA)\n\n")
    b("Nom : ", (p.surname.upper(), PER), "\nPrénom(s) : ", (p.given, PER), "\nDate de naissance : ", (r.fdate(r.birth(1965, 1998), "fr", 0), DOB),
      "\nLieu de naissance : ", (r.choice(WORLD), LOC), "\n")
    ocu = r.choice(["US", "UK", "DE", "ES", "IT", "PT", "PL"])
    b("Adresse actuelle : ", (r.fmt_addr(r.addr(ocu), multi=False, country=True), ADR), "\nCourriel : ", (r.email(p), EM), "\n\n")
    s = r.day(2025, 2026)
    b("Période d'accueil : du ", (r.fdate(s, "fr", 0), DT), " au ", (r.fdate(s + dt.timedelta(days=r.randint(90, 700)), "fr", 0), DT), "\n")
    b(f"Laboratoire : UMR {r.randint(5000, 9999)} - {r.choice(['Institut Jacques Monod', 'LPENS', 'LIRIS', 'CRBM'])}\n"
      f"Ressources mensuelles : {r.money('fr', 1800, 3500)} brut\n\n")
    b("Responsable scientifique : ")
    q = r.person("fr")
    put_name(r, b, q, "fr", 0.6, "full", after=(", ", (r.phone("FR"), PH), "\n\n",))
    place_date(r, b, "fr", u[2], "Fait à ")

@kind("xx")
def es_resolucion_beca(r, b):
    cc, u = letterhead(r, b, "es", r.choice(["Vicerrectorado de Investigación", "Servicio de Gestión de la Investigación", "Escuela de Doctorado"]))
    p, v = r.person("es"), r.person("es")
    b(f"RESOLUCIÓN DE {r.randint(1, 28)} DE {MONTHS['es'][r.randint(0, 11)].upper()}, DE CONCESIÓN DE AYUDAS PREDOCTORALES (Ref. {r.choice(['PRE', 'FPU', 'FPI'])}{r.randint(2023, 2025)}-{r.d(6)})\n\n")
    b(f"Persona beneficiaria: {'D.ª' if p.female else 'D.'} ", (r.name(p, "full"), PER), f", nacid{'a' if p.female else 'o'} el ",
      (r.fdate(r.birth(1990, 2002), "es", r.choice([0, 1])), DOB), "\n")
    b("Domicilio: ", (r.fmt_addr(r.addr("ES"), multi=False, country=False), ADR), "\nTeléfono: ", (r.phone("ES"), PH), "   Correo: ", (r.email(p), EM), "\n")
    b(f"Importe anual: {r.money('es', 16000, 22000)}   Duración: 4 años, con inicio el ", (r.fdate(r.day(2025, 2026), "es"), DT), "\n")
    b("Cuenta de abono (IBAN): ", (r.iban("ES"), IBAN), "\n")
    b("Director/a de tesis: ")
    put_name(r, b, r.person("es"), "es", 0.7, "full")
    b("\n\nContra esta resolución, que agota la vía administrativa, cabe recurso potestativo de reposición en el plazo de un mes.\n\n")
    place_date(r, b, "es", u[2])
    b("EL VICERRECTOR DE INVESTIGACIÓN\nFdo.: ", (r.name(v, "full"), PER), "\n")

@kind("xx")
def it_ammissione_dottorato(r, b):
    cc, u = letterhead(r, b, "it", r.choice(["Ufficio Dottorato di Ricerca", "Area Formazione Post Laurea"]))
    p, c = r.person("it"), r.person("it")
    b(f"Prot. n. {r.d(6)} del {r.fdate(r.day(2025, 2025), 'it', 0)}\n\n" if r.p(0.5) else "")
    b(f"Oggetto: ammissione al Corso di Dottorato in {r.choice(['Scienze Biomediche', 'Fisica', 'Ingegneria Informatica', 'Storia', 'Economia'])} - {r.choice(['XL', 'XLI'])} ciclo\n\n")
    b(f"Gentile {'Dott.ssa' if p.female else 'Dott.'} ", (r.name(p, "full"), PER), f",\nnat{'a' if p.female else 'o'} a ", (birthplace(r, "it"), LOC), " il ",
      (r.fdate(r.birth(1988, 2001), "it", 0), DOB), ",\n\n")
    b("con la presente Le comunichiamo l'ammissione al corso con borsa di studio (importo annuo lordo ", r.money("it", 16000, 19000),
      "). La preghiamo di perfezionare l'immatricolazione entro le ore 12:00 del ", (r.fdate(r.day(2025, 2026), "it"), DT), ".\n")
    b("I ratei saranno accreditati sul conto IBAN ", (r.iban("IT"), IBAN), " da Lei indicato.\n")
    b("Recapiti dichiarati: ", (r.phone("IT", mobile=True), PH), ", PEC ", (r.email(p, "pec.it"), EM), "\n")
    b("Residenza: ", (r.fmt_addr(r.addr("IT"), multi=False, country=False), ADR), "\n\nCordiali saluti\n\nIl Coordinatore del Corso\n")
    put_name(r, b, c, "it", 0.9, "full", after=("\n",))
    place_date(r, b, "it", u[2])

@kind("xx")
def pt_declaracao_bolsa(r, b):
    cc, u = letterhead(r, b, "pt", r.choice(["Divisão de Recursos Humanos", "Serviços Académicos", "Instituto de Investigação e Inovação"]))
    p = r.person("pt")
    b("DECLARAÇÃO\n\n")
    b("Para os devidos efeitos se declara que ", (r.name(p, "full"), PER), f", nascid{'a' if p.female else 'o'} em ",
      (r.fdate(r.birth(1985, 2002), "pt", r.choice([0, 1])), DOB), ", residente em ", (r.fmt_addr(r.addr("PT"), multi=False, country=False), ADR),
      f", é bolseir{'a' if p.female else 'o'} de doutoramento da FCT (referência {r.randint(2022, 2025)}.{r.d(5)}.BD) nesta instituição, ")
    s = r.day(2024, 2026)
    b("com início em ", (r.fdate(s, "pt"), DT), " e termo previsto em ", (r.fdate(s.replace(year=s.year + 4) if not (s.month == 2 and s.day == 29) else s, "pt"), DT), ".\n\n")
    b(f"O subsídio mensal de manutenção ({r.money('pt', 1100, 1400)}) é transferido para o IBAN ", (r.iban("PT"), IBAN), ".\n\n")
    b("Contacto: ", (r.email(p, u[1]), EM), " / ", (r.phone("PT", mobile=True), PH), "\n\nPor ser verdade, se passa a presente declaração que vai assinada.\n\n")
    place_date(r, b, "pt", u[2])
    put_name(r, b, r.person("pt"), "pt", 0.8, "full", after=("\n",))

@kind("xx")
def nl_aanstellingsbrief_promovendus(r, b):
    cc, u = letterhead(r, b, "nl", r.choice(["HR Servicecentrum", "Graduate School of Natural Sciences", "Faculteit der Sociale Wetenschappen"]))
    p, s = r.person("nl"), r.person("nl")
    b("Betreft: aanstelling als promovendus\nOns kenmerk: ", f"HR/{r.randint(2024, 2026)}/{r.d(5)}\n\n")
    b(f"Geachte {'mevrouw' if p.female else 'heer'} ", (r.name(p, "surname"), PER), ",\n\n")
    b("Hierbij bevestigen wij uw aanstelling als promovendus (PhD candidate) met ingang van ", (r.fdate(r.day(2025, 2026), "nl"), DT),
      f" voor de duur van vier jaar, schaal P, salaris {r.money('nl', 2700, 3500)} bruto per maand.\n\n")
    b("Uw gegevens:\nNaam: ", (r.name(p, "full"), PER), "\nGeboortedatum: ", (r.fdate(r.birth(1990, 2001), "nl", 0), DOB), "\n")
    b("Adres: ", (r.fmt_addr(r.addr("NL"), multi=False, country=False), ADR), "\nIBAN: ", (r.iban("NL"), IBAN), "\n")
    b("Telefoon: ", (r.phone("NL", mobile=True), PH), "\n\nUw promotor is ")
    put_name(r, b, s, "nl", 0.9, "full", after=(". Wilt u het getekende exemplaar vóór ", (r.fdate(r.day(2025, 2026), "nl"), DT), " retourneren?\n\nMet vriendelijke groet,\n",))
    put_name(r, b, r.person("nl"), "nl", 0.3, "full", after=("\nHR-adviseur\n",))

@kind("xx")
def pl_zaswiadczenie(r, b):
    cc, u = letterhead(r, b, "pl", r.choice(["Dział Nauczania", "Szkoła Doktorska Nauk Ścisłych", "Dziekanat Wydziału Chemii"]))
    p = r.person("pl")
    place_date(r, b, "pl", u[2])
    b(f"ZAŚWIADCZENIE nr {r.randint(1, 999)}/{r.randint(2024, 2026)}\n\nZaświadcza się, że {'Pani' if p.female else 'Pan'} ", (r.name(p, "full"), PER),
      f", urodzon{'a' if p.female else 'y'} ", (r.fdate(r.birth(1990, 2006), "pl", 0), DOB), " w miejscowości ", (birthplace(r, "pl"), LOC),
      f", nr albumu {r.student_id('PL')}, jest {'studentką' if p.female else 'studentem'} {r.randint(1, 5)} roku studiów "
      f"{r.choice(['stacjonarnych II stopnia', 'doktoranckich', 'jednolitych magisterskich'])} na kierunku {r.choice(['biotechnologia', 'informatyka', 'psychologia', 'fizyka'])}.\n\n")
    b("Przewidywany termin ukończenia studiów: ", (r.fdate(r.day(2026, 2028), "pl", 0), DT), ".\nAdres zamieszkania: ",
      (r.fmt_addr(r.addr("PL"), multi=False, country=False), ADR), "\n\n")
    b(f"Zaświadczenie wydaje się na prośbę zainteresowan{'ej' if p.female else 'ego'} w celu przedłożenia w {r.choice(['ZUS', 'urzędzie skarbowym', 'banku', 'MOPS'])}.\n\n")
    b("Kierownik Dziekanatu\n")
    put_name(r, b, r.person("pl"), "pl", 0.6, "full", after=("\n",))

@kind("xx")
def sv_antagningsbesked(r, b):
    cc, u = letterhead(r, b, "sv", r.choice(["Institutionen för biologisk grundutbildning", "Fakultetskansliet", "Institutionen för datavetenskap"]))
    p, h = r.person("sv"), r.person("sv")
    b(f"ANTAGNINGSBESKED - utbildning på forskarnivå\nDnr {r.choice(['UFV', 'SU', 'LU'])} {r.randint(2024, 2026)}/{r.d(4)}\n\n")
    b("Sökande: ", (r.name(p, r.choice(["full", "lastfirst"])), PER), "\nFödelsedatum: ", (r.fdate(r.birth(1985, 2001), "sv", 0), DOB), "\n")
    b("Adress: ", (r.fmt_addr(r.addr("SE"), multi=r.p(), country=False), ADR), "\n\n")
    b(f"Du antas till forskarutbildning i {r.choice(['molekylärbiologi', 'datalogi', 'nationalekonomi', 'geovetenskap'])} med inriktning mot doktorsexamen. "
      "Anställningen som doktorand börjar ", (r.fdate(r.day(2025, 2026), "sv"), DT), f" (lönetrappa, ingångslön {r.money('sv', 30000, 34000)}/mån).\n")
    b("Huvudhandledare: ")
    put_name(r, b, h, "sv", 0.4, "full", after=(", ", (r.email(h, u[1]), EM), "\nFrågor? Ring studierektor på ", (r.phone("SE"), PH), ".\n\n",))
    place_date(r, b, "sv", u[2])

@kind("xx")
def da_optagelsesbrev_phd(r, b):
    cc, u = letterhead(r, b, "da", r.choice(["Ph.d.-skolen ved Det Natur- og Biovidenskabelige Fakultet", "Graduate School of Health", "HR Ph.d.-administration"]))
    p = r.person("da")
    b(f"Optagelse på ph.d.-uddannelsen\nSagsnr. {r.randint(2024, 2026)}-{r.d(5)}\n\nKære ", (r.name(p, "given"), PER), "\n\n")
    b("Vi har hermed fornøjelsen at meddele, at du er optaget som ph.d.-studerende med start ", (r.fdate(r.day(2025, 2026), "da"), DT), ".\n\n")
    b("Navn: ", (r.name(p, "full"), PER), "\nFødselsdato: ", (r.fdate(r.birth(1988, 2001), "da", 0), DOB), "\nAdresse: ",
      (r.fmt_addr(r.addr("DK"), multi=False, country=False), ADR), "\nTelefon: ", (r.phone("DK"), PH), "\n")
    if r.p(0.5):
        b("Lønkonto (reg.nr. og kontonr.): ", (f"{r.d(4)}-{r.d(10)}", ACC), "\n")
    else:
        b("Løn udbetales til din NemKonto.\n")
    b("Hovedvejleder: ")
    put_name(r, b, r.person("da"), "da", 0.5, "full", after=(f"\nUddannelsesplan skal indsendes senest ", (r.fdate(r.day(2025, 2026), "da"), DT), ".\n\nMed venlig hilsen\n",))
    put_name(r, b, r.person("da"), "da", 0.0, "full", after=("\nPh.d.-administrator\n",))

@kind("xx")
def no_tilbud_stipendiat(r, b):
    cc, u = letterhead(r, b, "no", r.choice(["Det matematisk-naturvitenskapelige fakultet", "Institutt for psykologi", "HR-seksjonen"]))
    p = r.person("no")
    b(f"TILBUD OM STILLING SOM STIPENDIAT (saksnr. {r.randint(2024, 2026)}/{r.d(5)})\n\n")
    b("Til: ", (r.name(p, "full"), PER), "\n", (r.fmt_addr(r.addr("NO"), multi=True, country=False), ADR), "\n\n")
    b(f"Vi viser til søknad og intervju, og har gleden av å tilby deg stilling som stipendiat (SKO 1017) i fire år, lønnstrinn {r.randint(54, 58)} "
      f"({r.money('no', 532000, 560000)} per år).\n")
    b("Tiltredelse: ", (r.fdate(r.day(2025, 2026), "no"), DT), "\nFødselsdato: ", (r.fdate(r.birth(1988, 2001), "no", 0), DOB), "\n")
    b("Kontonummer for lønn: ", (f"{r.d(4)}.{r.d(2)}.{r.d(5)}", ACC), "\n")
    b("Svarfrist: ", (r.fdt(r.day(2025, 2026), "no"), DT), "\n\nKontaktperson: ")
    q = r.person("no")
    put_name(r, b, q, "no", 0.0, "full", after=(", tlf. ", (r.phone("NO"), PH), ", ", (r.email(q, u[1]), EM), "\n\n",))
    place_date(r, b, "no", u[2])

@kind("xx")
def fi_hyvaksymiskirje(r, b):
    cc, u = letterhead(r, b, "fi", r.choice(["Tohtorikoulu", "Opintopalvelut", "Luonnontieteellinen tiedekunta"]))
    p, o = r.person("fi"), r.person("fi")
    b(f"HYVÄKSYMISKIRJE - tohtorikoulutus\nDnro {r.randint(100, 999)}/{r.randint(2024, 2026)}\n\n")
    b("Hakija: ", (r.name(p, r.choice(["full", "lastfirst"])), PER), "\nSyntymäaika: ", (r.fdate(r.birth(1985, 2001), "fi", 0), DOB),
      "\nOsoite: ", (r.fmt_addr(r.addr("FI"), multi=False, country=False), ADR), "\nPuhelin: ", (r.phone("FI", mobile=True), PH), "\n\n")
    b(f"Teidät on hyväksytty suorittamaan filosofian tohtorin tutkintoa {r.choice(['biotieteiden', 'tietojenkäsittelytieteen', 'kasvatustieteen'])} "
      "tohtoriohjelmaan. Opinto-oikeus alkaa ", (r.fdate(r.day(2025, 2026), "fi"), DT), ".\n")
    b("Vastuuohjaaja: ")
    put_name(r, b, o, "fi", 0.4, "full", after=(" (", (r.email(o, u[1]), EM), ")\nOttakaa paikka vastaan viimeistään ", (r.fdt(r.day(2025, 2026), "fi"), DT), ".\n\n",))
    place_date(r, b, "fi", u[2])

@kind("xx")
def cs_potvrzeni_o_studiu(r, b):
    cc, u = letterhead(r, b, "cs", r.choice(["Studijní oddělení", "Oddělení pro doktorské studium", "Děkanát Přírodovědecké fakulty"]))
    p, y = r.person("cs"), r.randint(2024, 2026)
    b(f"POTVRZENÍ O STUDIU\nČ. j.: {r.choice(['UK', 'MU', 'CVUT'])}/{r.d(5)}/{r.randint(2024, 2026)}\n\n")
    b(f"Potvrzujeme, že {'paní' if p.female else 'pan'} ", (r.name(p, "full"), PER), ", datum narození ", (r.fdate(r.birth(1990, 2006), "cs", 0), DOB),
      ", bytem ", (r.fmt_addr(r.addr("CZ"), multi=False, country=False), ADR), f", je v akademickém roce {y}/{y + 1} "
      f"{'studentkou' if p.female else 'studentem'} {r.choice(['bakalářského', 'navazujícího magisterského', 'doktorského'])} studijního programu "
      f"{r.choice(['Biochemie', 'Informatika', 'Psychologie', 'Fyzika'])}, prezenční forma.\n\n")
    b("Studium zahájeno dne ", (r.fdate(r.day(2023, 2025), "cs", 0), DT), ", předpokládané ukončení ", (r.fdate(r.day(2026, 2028), "cs", 0), DT), ".\n")
    b(f"Osobní číslo studenta: {r.student_id('CZ')}\nVyřizuje: ")
    q = r.person("cs")
    put_name(r, b, q, "cs", 0.6, "full", after=(", tel. ", (r.phone("CZ", mobile=False), PH), "\n\n",))
    place_date(r, b, "cs", u[2])

@kind("xx")
def tr_ogrenci_belgesi(r, b):
    cc, u = letterhead(r, b, "tr", r.choice(["Öğrenci İşleri Daire Başkanlığı", "Fen Bilimleri Enstitüsü", "Sosyal Bilimler Enstitüsü"]))
    p = r.person("tr")
    b(f"ÖĞRENCİ BELGESİ\nSayı: {r.d(8)}-{r.d(3)}\n\n")
    b("Adı Soyadı: ", (r.name(p, r.choice(["full", "upper"])), PER), "\nDoğum Tarihi: ", (r.fdate(r.birth(1990, 2006), "tr", 0), DOB),
      "\nDoğum Yeri: ", (r.city("TR")[1], LOC), f"\nÖğrenci No: {r.student_id('TR')}\n")
    b(f"Fakülte/Bölüm: {r.choice(['Mühendislik Fakültesi / Bilgisayar Mühendisliği', 'Fen Fakültesi / Moleküler Biyoloji', 'İktisadi ve İdari Bilimler / Ekonomi'])}\n")
    b("Kayıt Tarihi: ", (r.fdate(r.day(2021, 2025), "tr", 0), DT), f"\nSınıf: {r.randint(1, 4)}   Öğrenim Durumu: Aktif\n")
    b("Adres: ", (r.fmt_addr(r.addr("TR"), multi=False, country=False), ADR), "\nCep Tel: ", (r.phone("TR", mobile=True), PH), "\n\n")
    b(f"Yukarıda kimlik bilgileri yazılı öğrencinin {r.randint(2024, 2026)}-{r.randint(2025, 2027)} eğitim-öğretim yılında üniversitemiz öğrencisi olduğunu gösterir belgedir.\n"
      f"Doğrulama kodu: {r.s(8, UPALNUM)}\n\n")
    place_date(r, b, "tr", u[2])

@kind("xx")
def library_reminder_multilang(r, b):
    lang = r.choice(["de", "fr", "es", "it", "nl"])
    cc = CCL[lang]
    u, p = r.uni(cc), r.person(lang)
    T = {"de": ("Erinnerung: Leihfrist abgelaufen", "Liebe Benutzerin, lieber Benutzer", "Folgende Medien sind überfällig:", "Fällig am", "Benutzerkonto", "Säumnisgebühr"),
         "fr": ("Rappel : documents en retard", "Bonjour", "Les documents suivants sont en retard :", "Date de retour", "Compte lecteur", "Pénalité"),
         "es": ("Aviso: préstamo vencido", "Estimado/a usuario/a", "Los siguientes ejemplares están vencidos:", "Fecha de devolución", "Cuenta de usuario", "Sanción"),
         "it": ("Sollecito: prestito scaduto", "Gentile utente", "I seguenti documenti risultano in ritardo:", "Scadenza", "Tessera/conto utente", "Sospensione"),
         "nl": ("Herinnering: uitleentermijn verstreken", "Beste lener", "De volgende exemplaren zijn te laat:", "Inleverdatum", "Lenersaccount", "Boete")}[lang]
    box = {"de": "bibliothek", "fr": "bu-pret", "es": "biblioteca", "it": "biblioteca.prestiti", "nl": "ub-uitleen"}[lang]
    mail_head(r, b, (None, f"{box}@{u[1]}"), [(p, r.email(p, u[1]))], T[0])
    b(T[1], " ", (r.name(p, "full"), PER), ",\n\n", T[2], "\n")
    for _ in range(r.randint(1, 3)):
        au = r.person(lang)
        b("- ", (r.name(au, "lastfirst"), PER), f": {r.choice(['Einführung in die Statistik', 'Histoire de la Méditerranée', 'Química orgánica', 'Manuale di diritto privato', 'Inleiding tot de sociologie'])} "
          f"[{r.choice(['Sig.', 'Cote', 'Sign.'])} {r.s(2, string.ascii_uppercase)} {r.randint(100, 999)} {r.s(1, string.ascii_uppercase)}{r.d(2)}] - {T[3]}: ", (r.fdate(r.day(2025, 2026), lang, 0), DT), "\n")
    b(f"\n{T[4]}: ", (r.d(r.choice([10, 12])), ACC), f"\n{T[5]}: {r.money(lang, 1, 20)}\n\n")
    b((f"https://{r.choice(['katalog', 'opac', 'biblioteca', 'catalogue'])}.{u[1]}/account", URL), "\n")


# ---- Hard-negative-only kinds (no entity at all) ----

@kind("neg")
def neg_ci_build_log(r, b):
    sha = r.sha(40)
    b(f"Run {r.randint(1000, 99999)} - workflow 'build-and-test' - commit {sha[:7]} ({r.choice(['main', 'release/2.x', 'dev'])})\n")
    ts = r.logseq(8)
    for msg in [f"Checking out {sha}", f"Using Python {r.choice(['3.10.14', '3.11.9', '3.12.3'])} (cache hit, key {r.sha(16)})",
                f"Installing numpy-{r.ver().lstrip('v')} scipy-1.{r.randint(9, 14)}.{r.randint(0, 3)} torch-2.{r.randint(0, 4)}.{r.randint(0, 2)}+cu121",
                f"pytest: {r.randint(200, 3000)} passed, {r.randint(0, 12)} skipped, {r.randint(0, 3)} xfailed in {r.randint(30, 900)}.{r.d(2)}s",
                f"coverage: {r.randint(60, 97)}.{r.d(1)}% (+0.{r.d(1)})",
                f"docker push ghcr.io/lab/pipeline@sha256:{r.sha(64)}",
                f"artifact {r.uuid()}.tar.zst uploaded ({r.randint(2, 900)} MB, {r.randint(1, 60)}s)",
                f"build {r.randint(100, 9999)} finished with status SUCCESS after 00:{r.randint(1, 59):02d}:{r.randint(0, 59):02d}"]:
        b(f"{ts.pop(0)} [{r.choice(['INFO', 'INFO', 'DEBUG', 'WARN'])}] {msg}\n")
    b(f"epoch {r.randint(1700000000, 1790000000)}  runner linux-x64 v{r.randint(2, 3)}.{r.randint(300, 330)}.{r.randint(0, 5)}\n")

@kind("neg")
def neg_slurm_sacct(r, b):
    b("JobID           JobName    Partition    Account  AllocCPUS      State ExitCode    Elapsed     MaxRSS\n")
    b("------------ ---------- ---------- ---------- ---------- ---------- -------- ---------- ----------\n")
    for _ in range(r.randint(5, 12)):
        jid = r.randint(10000000, 99999999)
        for suf in ["", ".batch", ".extern"][:r.randint(1, 3)]:
            b(f"{str(jid) + suf:<12} {r.choice(['train_gnn', 'align', 'gromacs', 'bash', 'nf-core', 'R_boot']):>10} {r.choice(['gpu', 'standard', 'bigmem', 'short']):>10} "
              f"{r.choice(['pr0012', 'lab-kt', 'acc0271', 'proj88']):>10} {r.choice([1, 4, 8, 32, 64]):>10} {r.choice(['COMPLETED', 'FAILED', 'TIMEOUT', 'CANCELLED+', 'OUT_OF_ME+']):>10} "
              f"{r.choice(['0:0', '1:0', '0:9', '137:0']):>8} {r.randint(0, 47):>4}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} {r.randint(100, 99999)}K\n")
    b(f"\nFairshare {r.random():.6f}  RawUsage {r.randint(10 ** 6, 10 ** 9)}  GrpTRESMins cpu={r.randint(10 ** 5, 10 ** 7)}\n")

@kind("neg")
def neg_lab_inventory(r, b):
    b("cat_no,product,vendor,lot,cas,qty,unit_price,location,expires_in_days\n")
    for _ in range(r.randint(6, 14)):
        b(f"{r.choice(['A', 'S', 'T', 'M', 'R'])}{r.d(4)}-{r.choice(['100G', '500ML', '25MG', '1KIT', '96RXN'])},"
          f"{r.choice(['Tris base', 'SDS 20%', 'Agarose LE', 'DMEM high glucose', 'TRIzol', 'Proteinase K', 'Ethanol absolute', 'DAPI', 'Taq polymerase', 'BSA fraction V'])},"
          f"{r.choice(['Sigma-Aldrich', 'Thermo Fisher Scientific', 'Merck', 'Roche', 'NEB', 'Carl Roth', 'VWR'])},"
          f"{r.s(2, string.ascii_uppercase)}{r.d(6)},{r.randint(50, 9999)}-{r.d(2)}-{r.d(1)},{r.randint(1, 40)},{r.money('en', 8, 900, '$')},"
          f"\"{r.choice(['-80 #3 rack B', 'RT shelf 4', 'cold room C2', 'flammables cab. 1', '-20 #1 drawer 2'])}\",{r.randint(-30, 900)}\n")
    b(f"# exported by Quartzy {r.ver()}; total value {r.money('en', 1000, 90000, '$')}; {r.randint(0, 9)} items below reorder level\n")

@kind("neg")
def neg_release_notes(r, b):
    v = f"{r.randint(0, 4)}.{r.randint(0, 30)}.{r.randint(0, 9)}"
    b(f"## {r.choice(['scanpy', 'labtools', 'rdm-cli', 'survey-kit', 'hpc-utils'])} {v}\n\n### Added\n")
    for it in r.sample(['Support for HDF5 1.14', 'New `--dry-run` flag', 'Parquet export', 'Slurm array job templates', 'Resumable uploads'], r.randint(2, 4)):
        b(f"- {it} (#{r.randint(100, 4000)}, {r.sha(7)})\n")
    b("\n### Fixed\n")
    for it in r.sample(['Memory leak in reader', 'Off-by-one in window sampler', 'Crash when config is empty', 'Timezone handling in scheduler', 'Wrong checksum on Windows'], r.randint(2, 4)):
        b(f"- {it} (#{r.randint(100, 4000)})\n")
    b(f"\n### Deprecated\n- Python 3.8 support removed; minimum is now 3.10. `old_api()` will be removed in {r.randint(1, 5)}.0.0.\n\n"
      f"Full changelog: v{r.randint(0, 4)}.{r.randint(0, 30)}.{r.randint(0, 9)}...v{v}\nwheel sha256 {r.sha(64)}\n")

@kind("neg")
def neg_checksum_manifest(r, b):
    b(f"# manifest for dataset {r.uuid()} (bagit {r.choice(['0.97', '1.0'])})\n# algorithm: {r.choice(['sha256', 'md5', 'sha512'])}\n")
    for _ in range(r.randint(5, 12)):
        h = r.sha(r.choice([64, 32]))
        b(f"{h}  data/{r.choice(['raw', 'processed', 'derivatives', 'sub-' + r.d(3)])}/{r.choice(['run', 'batch', 'plate', 'scan'])}_{r.d(4)}."
          f"{r.choice(['fastq.gz', 'nii.gz', 'csv', 'parquet', 'tif', 'wav', 'h5'])}\t{r.randint(10 ** 3, 10 ** 10)}\n")
    b(f"Payload-Oxum: {r.randint(10 ** 8, 10 ** 12)}.{r.randint(10, 9999)}\nBag-Size: {r.randint(1, 900)} GB\nBagging-Software: bagit-python {r.ver()}\n")

@kind("neg")
def neg_survey_codebook(r, b):
    b(f"CODEBOOK - wave {r.randint(1, 9)} (instrument v{r.randint(1, 5)}.{r.randint(0, 9)}, N = {r.randint(300, 20000)})\n\n")
    for _ in range(r.randint(5, 9)):
        v = f"{r.choice(['Q', 'SES', 'DEM', 'HLT', 'WB'])}{r.randint(1, 60)}{r.choice(['', '_a', '_b', 'r'])}"
        b(f"{v:<10} {r.choice(['Age in years', 'Highest degree', 'Self-rated health', 'Hours slept', 'Household size', 'Employment status', 'Trust in science'])}\n"
          f"           type={r.choice(['int', 'cat', 'ordinal', 'float'])}  range={r.randint(0, 1)}-{r.choice([5, 7, 10, 99, 120])}  "
          f"missing={r.choice(['-99', '-98 (refused)', '.', 'NA'])}  n_valid={r.randint(200, 20000)}\n")
    b(f"\nWeights: wt_{r.d(2)} (raked to census margins), design effect {r.randint(1, 2)}.{r.d(2)}; dataset checksum {r.sha(32)}\n")

@kind("neg")
def neg_budget_rollup(r, b):
    b(f"FY{r.randint(24, 27)} RESEARCH BUDGET ROLL-UP - cost center {r.d(6)} (all figures USD)\n\n")
    b(f"{'Fund':<10}{'Award':<26}{'Budget':>14}{'Actuals':>14}{'Encumb.':>12}{'Balance':>14}\n")
    for _ in range(r.randint(4, 8)):
        bud = r.randint(20000, 900000)
        act = r.randint(0, bud)
        enc = r.randint(0, bud - act)
        b(f"{r.d(6):<10}{r.award()[:24]:<26}{bud:>14,}{act:>14,}{enc:>12,}{bud - act - enc:>14,}\n")
    b(f"\nF&A recovered: {r.money('en', 10000, 400000, '$')}   Burn rate: {r.randint(40, 110)}% of plan   Requisition {r.order()} pending\n")

@kind("neg")
def neg_conference_stats(r, b):
    b(f"{r.choice(CONFS)} - submission statistics (snapshot #{r.randint(2, 40)})\n\n")
    b(f"{'Track':<28}{'Subm.':>7}{'Desk rej.':>11}{'Accepted':>10}{'Rate':>8}{'Room':>10}\n")
    tot = 0
    for t in r.sample(["Machine Learning", "Speech & Audio", "Computational Biology", "HCI", "Theory", "Datasets & Benchmarks",
                       "Applications", "Ethics & Society"], r.randint(4, 7)):
        s = r.randint(40, 2500)
        a = r.randint(s // 6, s // 3)
        tot += s
        b(f"{t:<28}{s:>7}{r.randint(0, s // 10):>11}{a:>10}{100 * a / s:>7.1f}%{r.choice(['Hall A', 'R 2.14', 'B-105', 'Aud. 3', 'Salon C']):>10}\n")
    b(f"\nTotal submissions: {tot}. Reviews received: {r.randint(80, 99)}.{r.d(1)}%. Median review length {r.randint(250, 900)} words. "
      f"Session codes T{r.randint(1, 9)}-{r.randint(1, 30)} to T{r.randint(1, 9)}-{r.randint(31, 60)} assigned.\n")

@kind("neg")
def neg_purchase_order(r, b):
    b(f"PURCHASE ORDER {r.order()}\nRequisition: REQ-{r.d(7)}   Buyer code: {r.s(3, string.ascii_uppercase)}   Terms: Net {r.choice([30, 45, 60])}\n")
    b(f"Vendor: {r.choice(['Thermo Fisher Scientific', 'Dell Technologies', 'Bio-Rad Laboratories', 'Eppendorf SE', 'Fisher Scientific', 'Agilent Technologies'])} "
      f"(vendor no. {r.d(6)})\nDeliver to: Receiving dock, Bldg. {r.randint(1, 60)}, room {r.randint(100, 499)}\n\n")
    b("Line  Item                               Qty   Unit price     HS code\n")
    for i in range(r.randint(2, 6)):
        b(f"{i + 1:<6}{r.choice(PRODUCTS)[:34]:<35}{r.randint(1, 12):<6}{r.money('en', 20, 90000, '$'):<15}{r.d(4)}.{r.d(2)}\n")
    b(f"\nShipping: {r.money('en', 0, 400, '$')}   Tax exempt cert. {r.d(8)}   Total: {r.money('en', 500, 250000, '$')}\n"
      f"Quote ref Q{r.d(8)}; tracking will be sent by the vendor.\n")


# ---- Generation / CLI ----

MIN_LEN, MAX_LEN = 150, 3000

def _one(seed, i):
    for attempt in range(50):
        r = R(f"{seed}-{i}" if attempt == 0 else f"{seed}-{i}-{attempt}")
        u = r.random()
        cat = "neg" if u < 0.12 else ("xx" if u < 0.37 else "en")
        fn = r.choice(KINDS[cat])
        b = Builder()
        fn(r, b)
        text = b.text()
        if MIN_LEN <= len(text) <= MAX_LEN:
            return fn.__name__, {"id": f"blind46-{seed}-{i:05d}", "text": text, "entities": b.ents}
    raise RuntimeError(f"could not build document {i}")


def generate(n: int, seed: int = 0):
    for i in range(n):
        yield _one(seed, i)[1]


def validate(doc):
    t, probs, last = doc["text"], [], -1
    if not (MIN_LEN <= len(t) <= MAX_LEN):
        probs.append(f"length {len(t)}")
    for e in sorted(doc["entities"], key=lambda e: e["start"]):
        s, en, ty = e["start"], e["end"], e["type"]
        frag = t[s:en] if 0 <= s < en <= len(t) else ""
        if not frag:
            probs.append(f"bad span {e}")
            continue
        if ty not in TYPES:
            probs.append(f"bad type {ty}")
        if frag != frag.strip():
            probs.append(f"whitespace {ty} {frag!r}")
        if s < last:
            probs.append(f"overlap at {s} {frag!r}")
        if frag[-1] in ".,;:" and ty not in (PW, SEC, PK, ASK) and not frag.endswith((" r.", "Jr.", "St.")) \
                and not (ty in (PER, ADR, LOC) and frag[-2:-1].isupper()) and not (ty == ADR):
            probs.append(f"trailing punct {ty} {frag!r}")
        if ty == CC and not luhn_ok("".join(c for c in frag if c.isdigit())):
            probs.append(f"luhn {frag}")
        if ty == IBAN and not iban_valid(frag):
            probs.append(f"iban {frag}")
        if ty == SSN:
            dg = "".join(c for c in frag if c.isdigit())
            if dg[:3] in ("000", "666") or dg[0] == "9" or dg[3:5] == "00" or dg[5:] == "0000":
                probs.append(f"ssn {frag}")
        last = max(last, en)
    return probs


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output")
    a = ap.parse_args(argv)
    if a.check:
        types, kinds, bad, empty, lens = Counter(), Counter(), 0, 0, []
        for i in range(3000):
            k, doc = _one(a.seed, i)
            kinds[k] += 1
            lens.append(len(doc["text"]))
            empty += not doc["entities"]
            for e in doc["entities"]:
                types[e["type"]] += 1
            pr = validate(doc)
            if k.startswith("neg_") and doc["entities"]:
                pr.append("negative kind with entities")
            if pr:
                bad += 1
                if bad <= 20:
                    print(doc["id"], k, pr[:3])
        nk = sum(len(v) for v in KINDS.values())
        print(f"kinds: {nk} (en {len(KINDS['en'])}, other-language {len(KINDS['xx'])}, negative {len(KINDS['neg'])})")
        print("docs per kind:")
        for k, c in sorted(kinds.items()):
            print(f"  {k:<40}{c}")
        print("entities per type:")
        for t in TYPES:
            print(f"  {t:<24}{types[t]}")
        print(f"docs without entities: {empty}/3000; length min {min(lens)} max {max(lens)} mean {sum(lens) / len(lens):.0f}")
        missing = [t for t in TYPES if not types[t]]
        if missing:
            print("types never produced:", missing)
        unused = [f.__name__ for v in KINDS.values() for f in v if f.__name__ not in kinds]
        if bad or missing or unused or nk < 50:
            print(f"PROBLEMS: {bad} bad docs, unused kinds {unused}")
            return 1
        print("OK")
        return 0
    if a.sample:
        for i in range(a.sample):
            k, doc = _one(a.seed, i)
            t, out, pos = doc["text"], [], 0
            for e in sorted(doc["entities"], key=lambda e: e["start"]):
                out.append(t[pos:e["start"]])
                out.append(f"[[{t[e['start']:e['end']]}]]{{{e['type']}}}")
                pos = e["end"]
            out.append(t[pos:])
            print(f"===== {doc['id']} ({k}) =====\n{''.join(out)}\n")
        return 0
    fh = open(a.output, "w", encoding="utf-8") if a.output else sys.stdout
    for doc in generate(a.n, a.seed):
        fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    if a.output:
        fh.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
