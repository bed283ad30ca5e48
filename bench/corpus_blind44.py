#!/usr/bin/env python3
"""Blind test corpus 44 -- data-engineering artefacts.

SQL dumps (INSERT / COPY), psql / mysql / sqlcmd / SQL*Plus / cqlsh / beeline /
ClickHouse / DuckDB / BigQuery / SnowSQL output, migrations (Flyway, Alembic,
Liquibase, Django fixtures), Spark / Airflow / dbt / ETL logs, Terraform state
and tfvars, .env / docker-compose / Kubernetes secrets, Jupyter notebooks,
pandas printouts, messy CSV, Parquet / Avro dumps, Elasticsearch hits, Kafka /
Debezium / Segment / Singer payloads, MongoDB extended JSON, Redis MONITOR,
data-quality and Great-Expectations reports, connection strings.

Written blind (without looking at the detector).  Standard library only.

Usage:  python3 bench/corpus_blind44.py --check
        python3 bench/corpus_blind44.py --sample 3
        python3 bench/corpus_blind44.py --n 500 --seed 1 --output out.jsonl

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

Corpus-specific choices (consistent with the rules above)
---------------------------------------------------------
* Record-metadata timestamps (created_at / updated_at / _loaded_at, event
  envelope timestamps, Kafka/Debezium ts_ms, Airflow execution_date / run ids,
  "Dump completed on", Alembic "Create Date", GE run_time) are treated like log
  timestamps: NOT labelled.  Business dates in data columns (appointment,
  visit, hire, delivery, account opened, licence expiry) are DATE_TIME; birth
  date columns are DATE_OF_BIRTH.
* In JSON / SQL / CSV the span covers the literal as written in the artefact
  (SQL-escaped O''Brien, JSON-escaped "\\n" inside an address or PEM block).
* Usernames, DB roles, hostnames, s3:// / jdbc: locations without an IP, AWS
  account ids, bcrypt/sha hashes, publishable keys (pk_live_) are not labelled.
"""
from __future__ import annotations

import argparse
import base64
import datetime as dtm
import ipaddress
import json
import random
import re
import string
import sys
import unicodedata
from collections import Counter

TYPES = ("PERSON EMAIL_ADDRESS PHONE_NUMBER US_SSN CREDIT_CARD IBAN_CODE IP_ADDRESS "
         "DATE_OF_BIRTH DATE_TIME LOCATION ADDRESS URL MEDICAL_RECORD_NUMBER "
         "HEALTH_PLAN_NUMBER ACCOUNT_NUMBER DRIVER_LICENSE AWS_ACCESS_KEY AWS_SECRET_KEY "
         "GITHUB_TOKEN SLACK_TOKEN STRIPE_KEY JWT PRIVATE_KEY PASSWORD GENERIC_SECRET").split()

PER, EML, PHN, SSN, CCN, IBN, IPA = "PERSON EMAIL_ADDRESS PHONE_NUMBER US_SSN CREDIT_CARD IBAN_CODE IP_ADDRESS".split()
DOB, DTT, LOC, ADR, URLT, MRN = "DATE_OF_BIRTH DATE_TIME LOCATION ADDRESS URL MEDICAL_RECORD_NUMBER".split()
HPN, ACC, DLN, AKI, ASK = "HEALTH_PLAN_NUMBER ACCOUNT_NUMBER DRIVER_LICENSE AWS_ACCESS_KEY AWS_SECRET_KEY".split()
GHT, SLK, STK, JWTT, PKY, PWD, GSC = ("GITHUB_TOKEN SLACK_TOKEN STRIPE_KEY JWT PRIVATE_KEY PASSWORD "
                                      "GENERIC_SECRET").split()

# --------------------------------------------------------------------------- builder
class B:
    """Appends text piece by piece and records entity spans while appending."""
    def __init__(self):
        self.parts, self.n, self.ents = [], 0, []
    def t(self, s):
        if s:
            self.parts.append(s)
            self.n += len(s)
        return self
    def e(self, s, typ=None):
        if not typ or not s:
            return self.t(s)
        core = s.strip()
        if core != s:                       # keep whitespace outside the span
            lead = s[:len(s) - len(s.lstrip())]
            self.t(lead).e(core, typ)
            return self.t(s[len(lead) + len(core):])
        self.ents.append({"start": self.n, "end": self.n + len(s), "type": typ})
        return self.t(s)
    def segs(self, segs):
        for s, typ in segs:
            self.e(s, typ)
        return self
    def ln(self, *items):
        """items: plain strings or (text, type) tuples or seg lists."""
        for it in items:
            if isinstance(it, str):
                self.t(it)
            elif isinstance(it, tuple):
                self.e(*it)
            else:
                self.segs(it)
        return self.t("\n")
    def lines(self, lines):
        for l in lines:
            self.segs(l).t("\n")
        return self
    def text(self):
        return "".join(self.parts)

def E(s, typ=None):
    return [(s, typ)]

def slen(segs):
    return sum(len(s) for s, _ in segs)

# --------------------------------------------------------------------------- name pools
_N = {
 "en": ("James Robert John Michael David William Richard Joseph Thomas Christopher Daniel Matthew Anthony Mark Joshua Kevin "
        "Brian Tyler Ethan Noah Liam Ryan Jacob Nathan Dylan Aaron Connor Gavin Trevor Wesley",
        "Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty Sandra Emily Ashley Amanda "
        "Melissa Rebecca Hannah Olivia Chloe Grace Megan Brittany Kayla Abigail Madison Siobhan",
        "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Moore Jackson Martin Thompson White Harris "
        "Clark Lewis Robinson Walker Young Allen King Wright Scott Hill Green Adams Baker Nelson Carter Mitchell Roberts "
        "Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris Murphy Cook Rogers O'Brien McDonald Fitzgerald "
        "O'Connor Sullivan Hughes Bennett Brooks Foster Hayes Reed Price Barnes Ward"),
 "de": ("Lukas Leon Finn Jonas Paul Maximilian Felix Elias Ben Jürgen Uwe Dieter Wolfgang Klaus Hans-Peter Björn Jörg Sönke "
        "Matthias Stefan Tobias Florian Henrik Torsten",
        "Anna Lea Lena Hannah Mia Emma Sophie Marie Laura Julia Katharina Sabine Petra Monika Ursula Anne-Kathrin Gisela "
        "Birgit Franziska Heike Ingrid Jana Kerstin Svenja",
        "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf "
        "Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Krause Meier Lehmann Köhler "
        "Herrmann König Walter Huber Kaiser Fuchs Peters Scholz Möller Weiß Jung Hahn von_der_Heide Vogel Friedrich Günther "
        "Brandt"),
 "fr": ("Jean Pierre Michel Philippe François Nicolas Julien Hugo Louis Gabriel Théo Jérôme Stéphane Jean-Luc Benoît Loïc "
        "Thibault Mathis Rémi Arnaud",
        "Marie Nathalie Isabelle Sylvie Catherine Camille Léa Manon Chloé Inès Zoé Hélène Aurélie Marie-Claire Anaïs Gaëlle "
        "Amélie Céline Margaux Élodie",
        "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre Michel Garcia David "
        "Bertrand Roux Vincent Fournier Morel Girard André Lefèvre Mercier Dupont Lambert Bonnet Legrand Garnier Faure "
        "Rousseau Blanc Guérin Henry Roussel Perrin Morin Mathieu Clément Gauthier Chevalier Le_Gall de_La_Fontaine Nguyen"),
 "es": ("Antonio José Manuel Francisco David Juan Javier Daniel Carlos Jesús Alejandro Miguel Rafael Pablo Iñaki Álvaro Mateo "
        "Juan_Carlos Sergio Jorge",
        "María Carmen Ana Isabel Laura Cristina Lucía Marta Elena Sara Paula Raquel Rocío Begoña Nerea Ainhoa Sofía Valentina "
        "María_José Pilar",
        "García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández Díaz Moreno "
        "Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez Ramos Gil Ramírez Serrano Blanco Molina "
        "Morales Suárez Ortega Delgado Castro Ortiz Rubio Marín Sanz Iglesias Núñez Medina Garrido Castillo Cortés Lozano "
        "Guerrero Cano Prieto Méndez Calvo Vidal Herrera Peña Fuentes Ibáñez"),
 "it": ("Giuseppe Giovanni Antonio Mario Luigi Francesco Angelo Vincenzo Pietro Salvatore Carlo Paolo Alessandro Lorenzo "
        "Matteo Leonardo Andrea Niccolò Davide Riccardo",
        "Maria Anna Giuseppina Rosa Angela Giovanna Teresa Lucia Carmela Caterina Francesca Chiara Giulia Martina Sofia Aurora "
        "Beatrice Alessia Federica Ilaria",
        "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De_Luca Mancini Costa "
        "Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara Galli Martini Leone Longo "
        "Gentile Martinelli Vitale Serra Coppola De_Santis D'Angelo Marchetti Parisi Villa Conte Ferraro Fabbri Bianco Marini "
        "Grasso Valentini Messina Sala Pellegrini Palumbo Sanna"),
 "pt": ("João José António Francisco Manuel Pedro Tiago Rui Miguel Diogo Gonçalo Rodrigo Lucas Gabriel Rafael Thiago Felipe "
        "Bruno Leonardo Henrique",
        "Maria Ana Joana Beatriz Inês Mariana Sofia Catarina Rita Leonor Matilde Camila Larissa Juliana Fernanda Luana "
        "Maria_João Gabriela Letícia Vitória",
        "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Jesus Sousa Fernandes Gonçalves Gomes Lopes Marques "
        "Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia Mendes Nunes Soares Vieira Monteiro Cardoso Rocha Neves "
        "Coelho Cruz Cunha Pires Ramos Reis Simões Antunes Matos Fonseca Barbosa Araújo Lima Nascimento Azevedo da_Silva "
        "dos_Santos"),
 "nl": ("Jan Pieter Kees Henk Johannes Cornelis Willem Hendrik Sander Daan Bram Sem Lars Thijs Ruben Joost Maarten Wouter "
        "Jeroen Niels",
        "Maria Anna Johanna Cornelia Elisabeth Sanne Lotte Fleur Emma Julia Tess Sophie Eva Femke Anouk Marloes Floor Lieke "
        "Ilse Mirjam",
        "de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Janssen Visser Smit Meijer de_Boer Mulder de_Groot Bos Vos "
        "Peters Hendriks van_Leeuwen Dekker Brouwer de_Wit Dijkstra Smits de_Graaf van_der_Meer van_der_Linden Kok Jacobs "
        "de_Haan Vermeulen van_den_Heuvel van_der_Veen van_den_Broek de_Bruijn van_der_Heijden Schouten van_Beek Willems "
        "van_Vliet van_de_Ven Hoekstra Maas Verhoeven Koster Prins Blom"),
 "pl": ("Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Grzegorz Józef Łukasz Adam Zbigniew Jerzy Tadeusz Mateusz "
        "Dariusz Mariusz Wojciech Kacper",
        "Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Elżbieta Zofia Joanna Magdalena Monika Aleksandra "
        "Natalia Zuzanna Jadwiga Halina Beata Dorota",
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski "
        "Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Nowakowski Pawłowski Michalski Nowicki Adamczyk Dudek Zając "
        "Wieczorek Jabłoński Król Majewski Olszewski Jaworski Wróbel Malinowski Pawlak Witkowski Walczak Stępień Górski "
        "Rutkowski Michalak Sikora Ostrowski Baran Duda Szewczyk Zawadzki Sadowski Bąk Chmielewski Czarnecki Sawicki "
        "Sokołowski Wysocki"),
 "sv": ("Lars Anders Johan Erik Per Karl Nils Mikael Jan Hans Olof Gustav Oskar Axel Elias Hugo Wilhelm Björn Sven Linus",
        "Anna Eva Maria Karin Kristina Lena Sara Emma Kerstin Ingrid Elsa Alice Maja Astrid Linnéa Agnes Ebba Sofia Märta Åsa",
        "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson Jonsson Jansson "
        "Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Lindström Olofsson Lindqvist Lindgren Berg Axelsson Bergström "
        "Lundberg Lundgren Lundqvist Mattsson Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Wallin Engström Eklund "
        "Danielsson Lundin Håkansson Björk Bergman Öberg"),
 "da": ("Jens Peter Lars Michael Henrik Søren Niels Anders Thomas Jesper Mads Rasmus Frederik Mikkel Christian Kasper Magnus "
        "Emil Ole Bent",
        "Anne Kirsten Hanne Mette Lene Susanne Pia Louise Camilla Maja Freja Ida Sofie Karen Birgitte Inger Signe Astrid Line "
        "Tove",
        "Jensen Nielsen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen Petersen Madsen Kristensen "
        "Olsen Thomsen Christiansen Poulsen Johansen Møller Mortensen Knudsen Jakobsen Mikkelsen Olesen Frederiksen Laursen "
        "Henriksen Lund Eriksen Holm Clausen Simonsen Svendsen Iversen Østergaard Jeppesen Vestergaard Nissen Lauridsen Kjær "
        "Mogensen Nørgaard Søndergaard Bertelsen Bach Friis"),
 "no": ("Ole Lars Knut Bjørn Arne Per Jan Kjell Terje Geir Odd Tor Håkon Sindre Magnus Eirik Sigurd Jakob Aksel Øyvind",
        "Anne Inger Kari Marit Ingrid Liv Eva Berit Astrid Bjørg Hilde Solveig Nora Ingeborg Sigrid Ragnhild Tuva Silje Åse "
        "Randi",
        "Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Johnsen Pettersen Eriksen Berg "
        "Haugen Hagen Johannessen Andreassen Jacobsen Dahl Halvorsen Henriksen Lund Moen Gundersen Strand Solberg Svendsen "
        "Eide Knutsen Martinsen Bakken Kristoffersen Mathisen Lie Amundsen Lunde Solheim Berge Nygård Bakke Lien Hauge Sæther "
        "Aas Myhre Haugland Rønning Næss Ødegård Strøm"),
 "fi": ("Juha Timo Matti Kari Mikko Jari Antti Jukka Mika Markku Pekka Hannu Heikki Ville Janne Lauri Eero Aleksi Onni Väinö",
        "Maria Helena Anneli Johanna Kaarina Marjatta Anna Liisa Tuula Päivi Sari Minna Riitta Aino Eveliina Emilia Ilona "
        "Venla Aada Satu",
        "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen "
        "Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila "
        "Savolainen Lahtinen Ahonen Räsänen Leinonen Hiltunen"),
 "cs": ("Jan Jiří Petr Josef Pavel Martin Tomáš Jaroslav Miroslav Zdeněk Václav Michal František Jakub Milan Karel Lukáš David "
        "Ondřej Vojtěch",
        "Marie Jana Eva Hana Anna Lenka Kateřina Lucie Věra Alena Petra Veronika Jaroslava Tereza Martina Michaela Zdeňka "
        "Ludmila Helena Markéta",
        "Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Němec Marek Pospíšil Pokorný Hájek Král Jelínek "
        "Růžička Beneš Fiala Sedláček Doležal Zeman Kolář Navrátil Čermák Vaněk Urban Blažek Kříž Kovář Bartoš Vlček Polák "
        "Musil Kopecký"),
 "tr": ("Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil Süleyman Abdullah Emre "
        "Burak Can Serkan",
        "Fatma Ayşe Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan Hanife Merve Büşra Esra Özlem Gülsüm Derya Ebru Selin "
        "Yasemin",
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan "
        "Şimşek Polat Korkmaz Özer Erdoğan Güneş Aktaş Bulut Keskin Ünal Tekin Acar Kaplan"),
 "in": ("Rahul Amit Rajesh Suresh Vikram Arjun Sanjay Anil Deepak Rohit Karthik Venkatesh Aditya Pranav Ravi Harish Nikhil "
        "Siddharth",
        "Priya Anjali Sunita Kavita Deepika Neha Pooja Lakshmi Divya Ananya Meera Shreya Aishwarya Swati Nandini Ritu",
        "Sharma Verma Gupta Singh Kumar Patel Reddy Nair Iyer Menon Rao Joshi Mehta Shah Chatterjee Banerjee Mukherjee Das "
        "Pillai Krishnan Agarwal Bhat Desai Kapoor Malhotra Srinivasan Subramanian Venkataraman"),
 "zh": ("Wei Jun Hao Lei Jian Ming Qiang Yong Jie Tao Chao Bo Zhiwei Haoran Yifan",
        "Fang Li Na Jing Xiu Ying Min Yan Hui Xiaoling Mei Yuqing Lan Ting Xin",
        "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang Xie Tang"),
 "ja": ("Hiroshi Takashi Kenji Daisuke Yuki Haruto Sota Ren Kenta Shota Takumi Kazuki",
        "Yuko Keiko Naoko Akiko Yui Sakura Haruka Aoi Misaki Emi Rin Hina",
        "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Yamaguchi Matsumoto "
        "Inoue Kimura Hayashi Shimizu Mori Ikeda Hashimoto"),
 "ko": ("Min-jun Seo-jun Ji-ho Jun-seo Hyun-woo Do-yoon Sung-min Jae-hyun",
        "Ji-woo Seo-yeon Min-seo Ha-eun Ji-yeon Soo-jin Eun-ji Hye-jin",
        "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song"),
 "vi": ("Minh Tuan Hung Duc Long Quang Thanh Hieu Dung Khoa",
        "Linh Huong Lan Mai Thao Trang Ngoc Phuong Hoa Anh",
        "Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ngo Duong"),
 "ar": ("Mohammed Ahmed Omar Youssef Khalid Hassan Ibrahim Karim Tariq Samir Walid Hamza Bilal Rami Nabil",
        "Fatima Aisha Mariam Layla Nour Yasmin Salma Huda Rania Leila Amira Zainab Samira Dina",
        "Al-Sayed Haddad Khoury Mansour Nasser Saleh Hamdan Farah Aziz Rahman Qureshi El-Amin Darwish Shaikh Abdallah Hussein "
        "Khalil Nassar Awad Suleiman Masri Jaber"),
 "ng": ("Chinedu Emeka Oluwaseun Tunde Ifeanyi Babatunde Chukwuemeka Segun Obinna Kunle",
        "Ngozi Chiamaka Funmilayo Adaeze Yetunde Folake Amaka Nkechi Bisola Temitope",
        "Okafor Adeyemi Okonkwo Balogun Eze Nwosu Adebayo Ogunleye Obi Chukwu Afolabi Onyeka Bello Okeke"),
 "gr": ("Georgios Dimitrios Konstantinos Ioannis Nikolaos Panagiotis Christos Vasileios Evangelos",
        "Eleni Aikaterini Vasiliki Angeliki Dimitra Georgia Anastasia Ioanna Despina",
        "Papadopoulos Papadakis Georgiou Nikolaidis Vlachos Karagiannis Oikonomou Pappas Antoniou Dimitriou Makris "
        "Christodoulou Alexiou Ioannou"),
 "ru": ("Alexander Dmitry Sergei Andrei Alexei Ivan Mikhail Nikolai Vladimir Pavel Yuri Oleg",
        "Elena Olga Natalia Tatiana Irina Svetlana Anastasia Ekaterina Yulia Marina Daria Ksenia",
        "Ivanov Smirnov Kuznetsov Popov Vasiliev Petrov Sokolov Mikhailov Novikov Fedorov Morozov Volkov Lebedev Semenov "
        "Egorov Pavlov Kozlov"),
}
NAMES = {k: tuple([w.replace("_", " ") for w in p.split()] for p in v) for k, v in _N.items()}
CULTURES = list(NAMES)

COMPANIES = ("Müller & Söhne GmbH|Ben & Jerry's|Johnson & Johnson|Wells Fargo|Dell Technologies|Siemens AG|Philips|"
             "Ford Motor Company|Kellogg's|Heineken|Michelin|Porsche AG|Ernst & Young|McKinsey & Company|"
             "Goldman Sachs|Morgan Stanley|Aldi Süd|Hugo Boss|Carlsberg|Dr. Oetker|Procter & Gamble|Dyson|"
             "Marks & Spencer|Sainsbury's|Lloyds Bank|Christian Dior|Ralph Lauren|Tommy Hilfiger|Benetton|"
             "El Corte Inglés|Banco Santander|Nestlé|Volvo Cars|IKEA|Fazer|Škoda Auto|Koç Holding|"
             "Sabancı Holding|Bosch Rexroth|Walt Disney Co.|Boeing|Tesla|Ferrero|Barilla|Lavazza|Jerónimo Martins|"
             "Ahold Delhaize|Orlen|Vattenfall|Maersk|Equinor|Kone|Avast|Arçelik").split("|")
PETS = "Bella Max Luna Charlie Rocky Milo Coco Simba Nala Oscar Bruno Lola Teddy Frida Balu Mochi Pepper".split()
BREEDS = [b.replace("_", " ") for b in "Labrador Golden_Retriever Dackel Beagle Maine_Coon Siamese Border_Collie Pug "
                                      "Sphynx Ragdoll".split()]
DRUGS = ("Metformin 500mg|Lisinopril 10mg|Atorvastatin 20mg|Ibuprofen 400mg|Amoxicillin 875mg|Omeprazole 20mg|"
         "Levothyroxine 50mcg|Sertraline 50mg|Salbutamol inhaler|Pantoprazol 40mg|Ramipril 5mg").split("|")
ICD = "E11.9 I10 J45.909 M54.5 K21.9 F32.1 Z00.00 E78.5 N39.0 J06.9 R51.9 S93.401A".split()
PAYERS = "Aetna|Cigna|UnitedHealthcare|Blue Cross Blue Shield|Kaiser Permanente|Humana|Anthem|Medicare Part B".split("|")
EU_PAYERS = "AOK|TK Techniker|Barmer|DAK|CPAM|MGEN|Sanitas|Adeslas|Zilveren Kruis|CZ Zorgverzekeraar|NFZ|VZP".split("|")
UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 "
       "Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0",
       "okhttp/4.12.0", "python-requests/2.31.0", "aws-sdk-java/2.25.6 Linux/5.10.210", "curl/8.5.0"]
FREEMAIL = {"US": "gmail.com yahoo.com outlook.com hotmail.com icloud.com aol.com comcast.net proton.me",
            "GB": "gmail.com btinternet.com sky.com hotmail.co.uk yahoo.co.uk outlook.com",
            "CA": "gmail.com shaw.ca rogers.com outlook.com", "AU": "gmail.com bigpond.com outlook.com.au",
            "IN": "gmail.com rediffmail.com yahoo.co.in outlook.com", "IE": "gmail.com eircom.net outlook.ie",
            "DE": "web.de gmx.de t-online.de gmail.com posteo.de freenet.de", "FR": "orange.fr free.fr laposte.net "
            "gmail.com wanadoo.fr sfr.fr", "ES": "gmail.com telefonica.net hotmail.es yahoo.es",
            "IT": "libero.it virgilio.it tiscali.it gmail.com alice.it", "PT": "sapo.pt gmail.com netcabo.pt",
            "BR": "uol.com.br bol.com.br gmail.com terra.com.br", "NL": "ziggo.nl kpnmail.nl gmail.com xs4all.nl",
            "PL": "wp.pl onet.pl interia.pl o2.pl gmail.com", "SE": "telia.com bredband.net gmail.com outlook.se",
            "DK": "jubii.dk gmail.com mail.dk", "NO": "online.no gmail.com live.no", "FI": "elisanet.fi gmail.com "
            "luukku.com", "CZ": "seznam.cz email.cz centrum.cz gmail.com", "TR": "gmail.com hotmail.com yandex.com.tr"}
CORPDOM = ("acme-corp.com globex.io initech.net nordwind-logistik.de bluewave-analytics.com datafabrik.de "
           "lumen-health.org brightpath.co.uk helios-energie.fr costa-azul.es fiorentina-trasporti.it "
           "tulipdata.nl wisla-soft.pl fjordline-data.no kuusi-analytics.fi vltava-systems.cz anatolia-tech.com.tr "
           "northwind-traders.com contoso-health.com fabrikam.io").split()
WEBDOM = ("www.shop-nordwind.com app.bluewave-analytics.com portal.lumen-health.org kunden.datafabrik.de "
          "mon-espace.helios-energie.fr tienda.costa-azul.es docs.getdbt.com airflow.apache.org "
          "greatexpectations.io console.aws.amazon.com app.snowflake.com kibana.ops.globex.io "
          "grafana.initech.net status.acme-corp.com github.com api.hubapi.com api.stripe.com").split()

# --------------------------------------------------------------------------- geography
# cc -> "City|Region|postcode prefix|extra" entries
_CITIES = {
 "US": "New York|NY|100;Los Angeles|CA|900;Chicago|IL|606;Houston|TX|770;Phoenix|AZ|850;Philadelphia|PA|191;San Antonio|TX|782;"
       "San Diego|CA|921;Dallas|TX|752;Austin|TX|787;Seattle|WA|981;Denver|CO|802;Boston|MA|021;Portland|OR|972;Atlanta|GA|303;"
       "Miami|FL|331;Minneapolis|MN|554;Columbus|OH|432;Nashville|TN|372;Raleigh|NC|276;Salt Lake City|UT|841;"
       "Kansas City|MO|641;Madison|WI|537;Albuquerque|NM|871;Pittsburgh|PA|152;Sacramento|CA|958;Omaha|NE|681;Richmond|VA|232;"
       "Boise|ID|837;Springfield|IL|627;Ann Arbor|MI|481;Tulsa|OK|741",
 "GB": "London|Greater London|SW1A;London|Greater London|E1;London|Greater London|N7;London|Greater London|SE15;"
       "Manchester|Greater Manchester|M14;Birmingham|West Midlands|B15;Leeds|West Yorkshire|LS6;Glasgow|Scotland|G12;"
       "Edinburgh|Scotland|EH3;Bristol|Bristol|BS8;Liverpool|Merseyside|L17;Cardiff|Wales|CF10;Belfast|Northern Ireland|BT9;"
       "Nottingham|Nottinghamshire|NG7;Sheffield|South Yorkshire|S10;Newcastle upon Tyne|Tyne and Wear|NE1;"
       "Oxford|Oxfordshire|OX2;Cambridge|Cambridgeshire|CB2",
 "CA": "Toronto|ON|M;Montréal|QC|H;Vancouver|BC|V;Calgary|AB|T;Ottawa|ON|K;Edmonton|AB|T;Winnipeg|MB|R;Halifax|NS|B;"
       "Victoria|BC|V;Québec|QC|G",
 "AU": "Sydney|NSW|2000;Melbourne|VIC|3000;Brisbane|QLD|4000;Perth|WA|6000;Adelaide|SA|5000;Hobart|TAS|7000;Canberra|ACT|2600;"
       "Darwin|NT|0800;Newcastle|NSW|2300;Gold Coast|QLD|4217",
 "IN": "Mumbai|Maharashtra|400;Bengaluru|Karnataka|560;New Delhi|Delhi|110;Chennai|Tamil Nadu|600;Hyderabad|Telangana|500;"
       "Pune|Maharashtra|411;Kolkata|West Bengal|700;Ahmedabad|Gujarat|380;Jaipur|Rajasthan|302;Kochi|Kerala|682",
 "IE": "Dublin|Co. Dublin|D02;Dublin|Co. Dublin|D04;Cork|Co. Cork|T12;Galway|Co. Galway|H91;Limerick|Co. Limerick|V94",
 "DE": "Berlin|Berlin|10;Hamburg|Hamburg|20;München|Bayern|80;Köln|Nordrhein-Westfalen|50;Frankfurt am Main|Hessen|60;"
       "Stuttgart|Baden-Württemberg|70;Düsseldorf|Nordrhein-Westfalen|40;Leipzig|Sachsen|04;Dresden|Sachsen|01;"
       "Hannover|Niedersachsen|30;Nürnberg|Bayern|90;Bremen|Bremen|28;Freiburg im Breisgau|Baden-Württemberg|79;"
       "Münster|Nordrhein-Westfalen|48;Mainz|Rheinland-Pfalz|55;Kiel|Schleswig-Holstein|24;Rostock|Mecklenburg-Vorpommern|18;"
       "Erfurt|Thüringen|99;Augsburg|Bayern|86",
 "FR": "Paris|Île-de-France|75;Lyon|Auvergne-Rhône-Alpes|69;Marseille|Provence-Alpes-Côte d'Azur|13;Toulouse|Occitanie|31;"
       "Nice|Provence-Alpes-Côte d'Azur|06;Nantes|Pays de la Loire|44;Strasbourg|Grand Est|67;Montpellier|Occitanie|34;"
       "Bordeaux|Nouvelle-Aquitaine|33;Lille|Hauts-de-France|59;Rennes|Bretagne|35;Reims|Grand Est|51;"
       "Grenoble|Auvergne-Rhône-Alpes|38;Dijon|Bourgogne-Franche-Comté|21",
 "ES": "Madrid|Madrid|28;Barcelona|Cataluña|08;Valencia|Comunidad Valenciana|46;Sevilla|Andalucía|41;Zaragoza|Aragón|50;"
       "Málaga|Andalucía|29;Bilbao|País Vasco|48;Murcia|Región de Murcia|30;Palma|Illes Balears|07;"
       "Las Palmas de Gran Canaria|Canarias|35;Valladolid|Castilla y León|47;Alicante|Comunidad Valenciana|03;"
       "Granada|Andalucía|18;Oviedo|Asturias|33",
 "IT": "Roma|Lazio|00|RM;Milano|Lombardia|20|MI;Napoli|Campania|80|NA;Torino|Piemonte|10|TO;Palermo|Sicilia|90|PA;"
       "Genova|Liguria|16|GE;Bologna|Emilia-Romagna|40|BO;Firenze|Toscana|50|FI;Bari|Puglia|70|BA;Catania|Sicilia|95|CT;"
       "Venezia|Veneto|30|VE;Verona|Veneto|37|VR;Padova|Veneto|35|PD;Trieste|Friuli-Venezia Giulia|34|TS;"
       "Brescia|Lombardia|25|BS",
 "PT": "Lisboa|Lisboa|1;Porto|Porto|4;Braga|Braga|47;Coimbra|Coimbra|30;Faro|Faro|80;Aveiro|Aveiro|38;Setúbal|Setúbal|29;"
       "Funchal|Madeira|90;Évora|Évora|70;Viseu|Viseu|35",
 "BR": "São Paulo|SP|01|Pinheiros;Rio de Janeiro|RJ|22|Copacabana;Belo Horizonte|MG|30|Savassi;Curitiba|PR|80|Batel;"
       "Porto Alegre|RS|90|Moinhos de Vento;Salvador|BA|40|Barra;Recife|PE|50|Boa Viagem;Fortaleza|CE|60|Meireles;"
       "Brasília|DF|70|Asa Sul;Campinas|SP|13|Cambuí;Florianópolis|SC|88|Centro",
 "NL": "Amsterdam|Noord-Holland|10;Rotterdam|Zuid-Holland|30;Den Haag|Zuid-Holland|25;Utrecht|Utrecht|35;"
       "Eindhoven|Noord-Brabant|56;Groningen|Groningen|97;Tilburg|Noord-Brabant|50;Almere|Flevoland|13;Breda|Noord-Brabant|48;"
       "Nijmegen|Gelderland|65;Haarlem|Noord-Holland|20;Leiden|Zuid-Holland|23;Maastricht|Limburg|62;Zwolle|Overijssel|80",
 "PL": "Warszawa|mazowieckie|00;Kraków|małopolskie|30;Łódź|łódzkie|90;Wrocław|dolnośląskie|50;Poznań|wielkopolskie|60;"
       "Gdańsk|pomorskie|80;Szczecin|zachodniopomorskie|70;Bydgoszcz|kujawsko-pomorskie|85;Lublin|lubelskie|20;"
       "Katowice|śląskie|40;Białystok|podlaskie|15;Gdynia|pomorskie|81;Rzeszów|podkarpackie|35",
 "SE": "Stockholm|Stockholms län|11;Göteborg|Västra Götalands län|41;Malmö|Skåne län|21;Uppsala|Uppsala län|75;"
       "Västerås|Västmanlands län|72;Örebro|Örebro län|70;Linköping|Östergötlands län|58;Helsingborg|Skåne län|25;"
       "Jönköping|Jönköpings län|55;Lund|Skåne län|22;Umeå|Västerbottens län|90;Gävle|Gävleborgs län|80",
 "DK": "København K|Region Hovedstaden|1;Aarhus C|Region Midtjylland|8000;Odense C|Region Syddanmark|5000;"
       "Aalborg|Region Nordjylland|9000;Esbjerg|Region Syddanmark|6700;Randers|Region Midtjylland|8900;"
       "Kolding|Region Syddanmark|6000;Vejle|Region Syddanmark|7100;Roskilde|Region Sjælland|4000;"
       "Frederiksberg|Region Hovedstaden|20",
 "NO": "Oslo|Oslo|0;Bergen|Vestland|50;Trondheim|Trøndelag|70;Stavanger|Rogaland|40;Drammen|Buskerud|30;Fredrikstad|Østfold|16;"
       "Kristiansand|Agder|46;Tromsø|Troms|90;Bodø|Nordland|80;Ålesund|Møre og Romsdal|60",
 "FI": "Helsinki|Uusimaa|00;Espoo|Uusimaa|02;Tampere|Pirkanmaa|33;Vantaa|Uusimaa|01;Oulu|Pohjois-Pohjanmaa|90;"
       "Turku|Varsinais-Suomi|20;Jyväskylä|Keski-Suomi|40;Lahti|Päijät-Häme|15;Kuopio|Pohjois-Savo|70;"
       "Joensuu|Pohjois-Karjala|80;Vaasa|Pohjanmaa|65",
 "CZ": "Praha|Hlavní město Praha|1;Brno|Jihomoravský kraj|6;Ostrava|Moravskoslezský kraj|7;Plzeň|Plzeňský kraj|3;"
       "Liberec|Liberecký kraj|46;Olomouc|Olomoucký kraj|77;České Budějovice|Jihočeský kraj|37;"
       "Hradec Králové|Královéhradecký kraj|50;Ústí nad Labem|Ústecký kraj|40;Pardubice|Pardubický kraj|53",
 "TR": "İstanbul|İstanbul|34|Kadıköy,Beşiktaş,Şişli,Üsküdar,Bakırköy;Ankara|Ankara|06|Çankaya,Keçiören,Yenimahalle;"
       "İzmir|İzmir|35|Konak,Karşıyaka,Bornova;Bursa|Bursa|16|Osmangazi,Nilüfer;Antalya|Antalya|07|Muratpaşa,Konyaaltı;"
       "Adana|Adana|01|Seyhan;Konya|Konya|42|Selçuklu;Eskişehir|Eskişehir|26|Tepebaşı;Trabzon|Trabzon|61|Ortahisar",
}
CITIES = {k: [e.split("|") for e in v.split(";")] for k, v in _CITIES.items()}
_STREETS = {
 "US": "Oak|Maple|Cedar|Pine|Elm|Washington|Lake|Hill|Park|Main|Sunset|Highland|Jefferson|Lincoln|Madison|Franklin|Church|"
       "Spring|Ridge|Willow|Mill|Chestnut|Walnut|Cherry|Broad|Market|5th|2nd|Colfax|Peachtree|Magnolia|Dogwood|Evergreen|"
       "Prospect",
 "GB": "High Street|Station Road|Church Lane|Victoria Road|Green Lane|Manor Road|Park Road|Queen's Road|Kingsway|Mill Lane|"
       "Albert Street|The Crescent|York Road|Baker Street|Oxford Road|Gloucester Place",
 "DE": "Hauptstraße|Bahnhofstraße|Schillerstraße|Goethestraße|Lindenallee|Gartenweg|Am Markt|Berliner Straße|Friedrichstraße|"
       "Kastanienweg|Rosenstraße|Mühlenweg|Königsallee|Schulstraße|Birkenweg|Waldstraße|Ringstraße|Kirchgasse|Uhlandstraße|"
       "Am Sonnenhang",
 "FR": "rue de la Paix|rue Victor Hugo|avenue Jean Jaurès|boulevard Voltaire|rue du Faubourg Saint-Antoine|"
       "place de la République|rue des Lilas|allée des Tilleuls|chemin des Vignes|rue Pasteur|rue Nationale|avenue de la Gare|"
       "impasse des Roses|quai de la Loire|rue Gambetta",
 "ES": "Calle Mayor|Calle de Alcalá|Gran Vía|Avenida de la Constitución|Calle Real|Paseo de Gracia|Calle San Vicente|"
       "Avenida de América|Calle del Pez|Plaza de España|Calle Larios|Rambla de Catalunya|Calle Sierpes|Avinguda Diagonal",
 "IT": "Via Roma|Via Garibaldi|Corso Italia|Via Mazzini|Via Cavour|Via Dante Alighieri|Viale Europa|Via Verdi|"
       "Piazza della Repubblica|Via San Francesco|Via dei Mille|Corso Vittorio Emanuele II|Via Nazionale|Via Manzoni|"
       "Via XX Settembre",
 "PT": "Rua Augusta|Avenida da Liberdade|Rua de Santa Catarina|Rua do Ouro|Avenida dos Aliados|Rua da Prata|Rua Garrett|"
       "Travessa do Carmo|Rua de Cedofeita|Avenida da República|Rua Ferreira Borges",
 "BR": "Rua das Flores|Avenida Paulista|Rua Oscar Freire|Avenida Atlântica|Rua XV de Novembro|Avenida Brasil|Rua da Consolação|"
       "Avenida Sete de Setembro|Rua Augusta|Avenida Afonso Pena",
 "NL": "Keizersgracht|Prinsengracht|Herengracht|Kalverstraat|Damrak|Coolsingel|Oudegracht|Stationsweg|Kerkstraat|Dorpsstraat|"
       "Molenweg|Schoolstraat|Julianalaan|Wilhelminastraat|Lange Voorhout",
 "PL": "ul. Marszałkowska|ul. Piotrkowska|ul. Floriańska|ul. Długa|al. Jerozolimskie|ul. Świętojańska|ul. Mickiewicza|"
       "ul. Kościuszki|ul. Słowackiego|ul. Sienkiewicza|ul. Polna|ul. Ogrodowa|ul. Lipowa|pl. Wolności",
 "SE": "Drottninggatan|Kungsgatan|Storgatan|Sveavägen|Götgatan|Vasagatan|Linnégatan|Järnvägsgatan|Skolgatan|Östra Hamngatan|"
       "Södra Förstadsgatan|Kyrkogatan|Ringvägen",
 "DK": "Nørregade|Vestergade|Østergade|Jernbanegade|Skolevej|Kirkevej|Bredgade|Algade|Havnegade|Søndergade|Torvegade|"
       "Stationsvej",
 "NO": "Karl Johans gate|Storgata|Kirkegata|Dronningens gate|Kongens gate|Torggata|Bogstadveien|Strandgaten|Møllergata|"
       "Thorvald Meyers gate|Parkveien|Skolegata",
 "FI": "Mannerheimintie|Aleksanterinkatu|Hämeenkatu|Kauppakatu|Rautatienkatu|Puistokatu|Koulukatu|Kirkkokatu|Satamakatu|"
       "Yliopistonkatu|Isokatu|Kalevankatu",
 "CZ": "Václavské náměstí|Národní|Vinohradská|Masarykova|Husova|Palackého|Nádražní|Komenského|Na Příkopě|Karlova|Dlouhá|"
       "Smetanova|Jiráskova",
 "TR": "Atatürk Cad.|İstiklal Cad.|Cumhuriyet Cad.|Bağdat Cad.|İnönü Sk.|Gazi Mustafa Kemal Blv.|Fevzi Çakmak Cad.|Kızılay Sk.|"
       "Barbaros Blv.|Mimar Sinan Sk.|Millet Cad.|Halaskargazi Cad.",
}
STREETS = {k: v.split("|") for k, v in _STREETS.items()}
STREETS["CA"] = STREETS["AU"] = STREETS["US"]
STREETS["IE"] = STREETS["GB"]
STREETS["IN"] = "MG Road|Linking Road|Park Street|Anna Salai|Brigade Road|FC Road|Nehru Place|Banjara Hills Road".split("|")
STREET_FMT = {
 "US": "{N} {st} {sfx}|{N} {st} {sfx}|{N} {st} {sfx}|{N} {st} {sfx} Apt {u}{L}|{N} {st} {sfx}, Suite {U}|{N} {st} {sfx} Unit {u}|"
       "{N} {st} {sfx} #{u}",
 "GB": "{n} {st}|{n} {st}|{n} {st}|Flat {u}, {n} {st}|{u}{L} {st}", "IN": "Flat {u}{L}, {st}|House No. {n}, {st}|Plot {n}, {st}",
 "DE": "{st} {n}|{st} {n}|{st} {n}a|{st} {n}b", "FR": "{n} {st}|{n} {st}|{n} bis {st}|Appt {u}, {n} {st}",
 "ES": "{st}, {n}, {d}º {L}|{st}, {n}, {d}º {L}|{st} {n}|{st}, {n}, {d}º izq.", "IT": "{st} {n}|{st} {n}|{st} {n}, int. {u}|{st} {n}/{L}",
 "PT": "{st}, {n}|{st}, {n}, {d}.º Esq.|{st}, {n}, {d}.º Dto.", "BR": "{st}, {n}|{st}, {n}, Apto {U}",
 "NL": "{st} {n}|{st} {n}|{st} {n}A|{st} {n}-2|{st} {n}-II|{st} {n} bis", "PL": "{st} {n}|{st} {n}/{u}|{st} {n} m. {u}",
 "SE": "{st} {n}|{st} {n}|{st} {n} lgh {U}|{st} {n}{L}", "DK": "{st} {n}|{st} {n}, {d}. th.|{st} {n}, {d}. tv.|{st} {n}, st.",
 "NO": "{st} {n}|{st} {n}|{st} {n}A|{st} {n}B", "FI": "{st} {n}|{st} {n} {L} {u}|{st} {n} as. {u}", "CZ": "{st} {U}/{n}|{st} {n}",
 "TR": "{st} No:{n}|{st} No:{n} D:{u}|{st} No:{n}/{d}"}
STREET_FMT.update(CA=STREET_FMT["US"], AU=STREET_FMT["US"], IE=STREET_FMT["GB"])
TAIL = {"US": "{city}, {region} {pc}", "CA": "{city}, {region} {pc}", "IN": "{city}, {region} {pc}", "AU": "{city} {region} {pc}",
        "GB": "{city} {pc}", "IE": "{city}, {pc}", "IT": "{pc} {city} {extra}", "BR": "{extra}, {city} - {region}, {pc}",
        "TR": "{pc} {dist}/{city}"}
COUNTRY = {"US": ("United States", "USA"), "GB": ("United Kingdom", "UK"), "CA": ("Canada",), "AU": ("Australia",),
           "IN": ("India",), "IE": ("Ireland",), "DE": ("Deutschland", "Germany"), "FR": ("France",),
           "ES": ("España", "Spain"), "IT": ("Italia", "Italy"), "PT": ("Portugal",), "BR": ("Brasil", "Brazil"),
           "NL": ("Nederland", "Netherlands"), "PL": ("Polska", "Poland"), "SE": ("Sverige", "Sweden"),
           "DK": ("Danmark", "Denmark"), "NO": ("Norge", "Norway"), "FI": ("Suomi", "Finland"),
           "CZ": ("Česko", "Czech Republic"), "TR": ("Türkiye", "Turkey")}

# loc id -> (country code, language, name culture)
LOCS = {"en_US": ("US", "en", "en"), "en_GB": ("GB", "en", "en"), "en_CA": ("CA", "en", "en"),
        "en_AU": ("AU", "en", "en"), "en_IN": ("IN", "en", "in"), "en_IE": ("IE", "en", "en"),
        "de_DE": ("DE", "de", "de"), "fr_FR": ("FR", "fr", "fr"), "es_ES": ("ES", "es", "es"),
        "it_IT": ("IT", "it", "it"), "pt_PT": ("PT", "pt", "pt"), "pt_BR": ("BR", "pt", "pt"),
        "nl_NL": ("NL", "nl", "nl"), "pl_PL": ("PL", "pl", "pl"), "sv_SE": ("SE", "sv", "sv"),
        "da_DK": ("DK", "da", "da"), "nb_NO": ("NO", "no", "no"), "fi_FI": ("FI", "fi", "fi"),
        "cs_CZ": ("CZ", "cs", "cs"), "tr_TR": ("TR", "tr", "tr")}
EN_LOCS, EN_W = ["en_US", "en_GB", "en_CA", "en_AU", "en_IN", "en_IE"], [10, 4, 1.5, 1.5, 1.5, 1]
NONEN_LOCS = [k for k in LOCS if not k.startswith("en_")]

# --------------------------------------------------------------------------- calendar words
_MON = {
 "en": "January February March April May June July August September October November December",
 "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
 "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
 "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
 "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
 "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
 "nl": "januari februari maart april mei juni juli augustus september oktober november december",
 "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
 "sv": "januari februari mars april maj juni juli augusti september oktober november december",
 "da": "januar februar marts april maj juni juli august september oktober november december",
 "no": "januar februar mars april mai juni juli august september oktober november desember",
 "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta "
       "lokakuuta marraskuuta joulukuuta",
 "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
 "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık"}
_WD = {
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
 "tr": "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar"}
MON = {k: v.split() for k, v in _MON.items()}
WD = {k: v.split() for k, v in _WD.items()}
DFMT = {
 "US": ["{mm}/{dd}/{y}", "{m}/{d}/{y}", "{y}-{mm}-{dd}", "{mon3} {d}, {y}", "{mon} {d}, {y}"],
 "GB": ["{dd}/{mm}/{y}", "{d} {mon} {y}", "{d} {mon3} {y}", "{y}-{mm}-{dd}"],
 "CA": ["{y}-{mm}-{dd}", "{mon} {d}, {y}", "{dd}/{mm}/{y}"],
 "de": ["{dd}.{mm}.{y}", "{d}. {mon} {y}", "{y}-{mm}-{dd}", "{d}.{m}.{y}"],
 "fr": ["{dd}/{mm}/{y}", "{d} {mon} {y}", "{y}-{mm}-{dd}"],
 "es": ["{dd}/{mm}/{y}", "{d} de {mon} de {y}", "{dd}-{mm}-{y}"],
 "it": ["{dd}/{mm}/{y}", "{d} {mon} {y}", "{dd}-{mm}-{y}"],
 "pt": ["{dd}/{mm}/{y}", "{d} de {mon} de {y}", "{y}-{mm}-{dd}"],
 "nl": ["{dd}-{mm}-{y}", "{d} {mon} {y}", "{y}-{mm}-{dd}"],
 "pl": ["{dd}.{mm}.{y}", "{d} {mon} {y}", "{y}-{mm}-{dd}"],
 "sv": ["{y}-{mm}-{dd}", "{d} {mon} {y}"],
 "da": ["{dd}.{mm}.{y}", "{dd}-{mm}-{y}", "{d}. {mon} {y}"],
 "no": ["{dd}.{mm}.{y}", "{d}. {mon} {y}"],
 "fi": ["{d}.{m}.{y}", "{d}. {mon} {y}"],
 "cs": ["{d}. {m}. {y}", "{dd}.{mm}.{y}", "{d}. {mon} {y}"],
 "tr": ["{dd}.{mm}.{y}", "{d} {mon} {y}", "{dd}/{mm}/{y}"]}
for _k in ("AU", "IN", "IE"):
    DFMT[_k] = DFMT["GB"]
DT_JOIN = {"en": [" at ", ", ", " "], "de": [" um "], "fr": [" à "], "es": [" a las "], "it": [" alle "],
           "pt": [" às "], "nl": [" om "], "pl": [" o godz. ", ", "], "sv": [" kl. "], "da": [" kl. "],
           "no": [" kl. "], "fi": [" klo "], "cs": [" v "], "tr": [" saat "]}

# --------------------------------------------------------------------------- lexicon
LEXK = ("fn ln name email phone mobile street city zip region country dob iban acct note addr created amount "
        "status order appt hired mrn plan dl customers patients employees rows seed warn dq failed sample").split()
_LEX = {
 "en": "first_name|last_name|full_name|email|phone|mobile|street|city|postal_code|state|country|date_of_birth|iban|"
       "account_number|notes|address|created_at|amount|status|order_no|appointment_at|hire_date|mrn|member_id|license_no|"
       "customers|patients|employees|rows|seed data for|DO NOT RUN AGAINST PROD|Data quality report|failed|sample failing rows",
 "de": "vorname|nachname|name|email|telefon|mobil|strasse|ort|plz|bundesland|land|geburtsdatum|iban|kontonummer|bemerkung|"
       "anschrift|erstellt_am|betrag|status|bestellnr|termin|eintrittsdatum|patientennr|versichertennr|fuehrerschein_nr|kunden|"
       "patienten|mitarbeiter|Zeilen|Testdaten für|NICHT AUF PROD AUSFÜHREN|Datenqualitätsbericht|fehlgeschlagen|Beispielzeilen",
 "fr": "prenom|nom|nom_complet|courriel|telephone|portable|adresse_rue|ville|code_postal|region|pays|date_naissance|iban|"
       "numero_compte|remarques|adresse|cree_le|montant|statut|num_commande|rendez_vous|date_embauche|num_dossier|num_adherent|"
       "num_permis|clients|patients|salaries|lignes|données de test pour|NE PAS EXÉCUTER EN PROD|Rapport qualité des données|"
       "échec|exemples de lignes en échec",
 "es": "nombre|apellidos|nombre_completo|correo|telefono|movil|calle|ciudad|codigo_postal|provincia|pais|fecha_nacimiento|iban|"
       "numero_cuenta|observaciones|direccion|creado_en|importe|estado|num_pedido|cita|fecha_alta|num_historia|num_afiliado|"
       "num_permiso|clientes|pacientes|empleados|filas|datos de prueba para|NO EJECUTAR EN PRODUCCIÓN|"
       "Informe de calidad de datos|fallido|filas de ejemplo con error",
 "it": "nome|cognome|nominativo|email|telefono|cellulare|via|citta|cap|provincia|paese|data_nascita|iban|numero_conto|note|"
       "indirizzo|creato_il|importo|stato|num_ordine|appuntamento|data_assunzione|num_cartella|num_tessera|num_patente|clienti|"
       "pazienti|dipendenti|righe|dati di test per|NON ESEGUIRE IN PRODUZIONE|Report qualità dei dati|fallito|"
       "righe di esempio non valide",
 "pt": "nome|apelido|nome_completo|email|telefone|telemovel|morada|cidade|codigo_postal|distrito|pais|data_nascimento|iban|"
       "numero_conta|observacoes|endereco|criado_em|valor|estado|num_encomenda|consulta|data_admissao|num_processo|"
       "num_beneficiario|num_carta|clientes|pacientes|funcionarios|linhas|dados de teste para|NÃO EXECUTAR EM PRODUÇÃO|"
       "Relatório de qualidade de dados|falhou|linhas de exemplo com falha",
 "nl": "voornaam|achternaam|naam|email|telefoon|mobiel|straat|plaats|postcode|provincie|land|geboortedatum|iban|rekeningnummer|"
       "opmerkingen|adres|aangemaakt_op|bedrag|status|ordernummer|afspraak|datum_in_dienst|patientnummer|verzekerdennummer|"
       "rijbewijsnummer|klanten|patienten|medewerkers|rijen|testdata voor|NIET OP PRODUCTIE DRAAIEN|Datakwaliteitsrapport|"
       "mislukt|voorbeeldrijen met fouten",
 "pl": "imie|nazwisko|imie_nazwisko|email|telefon|komorka|ulica|miasto|kod_pocztowy|wojewodztwo|kraj|data_urodzenia|iban|"
       "numer_rachunku|uwagi|adres|utworzono|kwota|status|nr_zamowienia|termin_wizyty|data_zatrudnienia|nr_kartoteki|"
       "nr_ubezpieczenia|nr_prawa_jazdy|klienci|pacjenci|pracownicy|wierszy|dane testowe dla|NIE URUCHAMIAĆ NA PRODUKCJI|"
       "Raport jakości danych|błąd|przykładowe błędne wiersze",
 "sv": "fornamn|efternamn|namn|epost|telefon|mobil|gatuadress|ort|postnummer|lan|land|fodelsedatum|iban|kontonummer|"
       "anteckningar|adress|skapad|belopp|status|ordernr|bokad_tid|anstallningsdatum|journalnr|forsakringsnr|korkortsnr|kunder|"
       "patienter|anstallda|rader|testdata för|KÖR INTE MOT PROD|Datakvalitetsrapport|misslyckades|exempel på felaktiga rader",
 "da": "fornavn|efternavn|navn|email|telefon|mobil|vejnavn|by|postnr|region|land|foedselsdato|iban|kontonummer|bemaerkninger|"
       "adresse|oprettet|beloeb|status|ordrenr|aftale|ansaettelsesdato|journalnr|medlemsnr|koerekortnr|kunder|patienter|"
       "medarbejdere|rækker|testdata til|MÅ IKKE KØRES I PRODUKTION|Datakvalitetsrapport|fejlede|eksempler på fejlende rækker",
 "no": "fornavn|etternavn|navn|epost|telefon|mobil|gateadresse|poststed|postnummer|fylke|land|fodselsdato|iban|kontonummer|"
       "merknader|adresse|opprettet|belop|status|ordrenr|time_avtale|ansettelsesdato|journalnr|medlemsnr|forerkortnr|kunder|"
       "pasienter|ansatte|rader|testdata for|SKAL IKKE KJØRES I PROD|Datakvalitetsrapport|feilet|eksempler på feilende rader",
 "fi": "etunimi|sukunimi|nimi|sahkoposti|puhelin|matkapuhelin|katuosoite|kaupunki|postinumero|maakunta|maa|syntymaaika|iban|"
       "tilinumero|huomiot|osoite|luotu|summa|tila|tilausnro|ajanvaraus|aloituspaiva|potilasnro|jasennro|ajokorttinro|"
       "asiakkaat|potilaat|tyontekijat|riviä|testidata:|ÄLÄ AJA TUOTANNOSSA|Datan laaturaportti|epäonnistui|"
       "esimerkkejä virheellisistä riveistä",
 "cs": "jmeno|prijmeni|cele_jmeno|email|telefon|mobil|ulice|mesto|psc|kraj|zeme|datum_narozeni|iban|cislo_uctu|poznamka|adresa|"
       "vytvoreno|castka|stav|cislo_objednavky|termin|datum_nastupu|cislo_karty|cislo_pojistence|cislo_ridicaku|zakaznici|"
       "pacienti|zamestnanci|řádků|testovací data pro|NESPOUŠTĚT NA PRODUKCI|Zpráva o kvalitě dat|selhalo|ukázkové chybné řádky",
 "tr": "ad|soyad|ad_soyad|eposta|telefon|cep_telefonu|sokak|sehir|posta_kodu|ilce|ulke|dogum_tarihi|iban|hesap_no|notlar|adres|"
       "olusturma_tarihi|tutar|durum|siparis_no|randevu|ise_giris_tarihi|hasta_no|sigorta_no|ehliyet_no|musteriler|hastalar|"
       "calisanlar|satır|test verisi:|PROD ORTAMINDA ÇALIŞTIRMAYIN|Veri kalitesi raporu|başarısız|hatalı örnek satırlar",
}
LEX = {k: dict(zip(LEXK, v.split("|"))) for k, v in _LEX.items()}
for _l, _d in LEX.items():
    assert len(_d) == len(LEXK), _l

NOTES = {
 "en": ["Called {P} on {DT}, asked to resend invoice {ORD} to {E}.", "Customer moved to {A}; new number {PH}.",
        "Follow-up with {P} scheduled for {DT} ({C}).", "Prefers contact via {E}, not {PH}. Ref {ORD}.",
        "pls call back {PH} after 5pm re: refund {AMT}"],
 "de": ["Kunde {P} hat am {DT} angerufen, Rechnung {ORD} bitte an {E} senden.", "Umzug nach {A}; neue Nummer {PH}.",
        "Rückruf vereinbart für {DT}, Ansprechpartner {P} ({C}).", "Bitte nur per Mail an {E}, nicht unter {PH}."],
 "fr": ["{P} a appelé le {DT}, renvoyer la facture {ORD} à {E}.", "Déménagement : {A} ; nouveau numéro {PH}.",
        "Rendez-vous fixé au {DT} avec {P} ({C}).", "Préfère être contacté(e) par {E}, pas au {PH}."],
 "es": ["{P} llamó el {DT}; reenviar la factura {ORD} a {E}.", "Nueva dirección: {A}. Teléfono nuevo {PH}.",
        "Cita programada para el {DT} con {P} ({C}).", "Prefiere contacto por {E}, no al {PH}."],
 "it": ["{P} ha chiamato il {DT}, rinviare la fattura {ORD} a {E}.", "Trasferito in {A}; nuovo numero {PH}.",
        "Appuntamento fissato per il {DT} con {P} ({C}).", "Contattare solo via {E}, non al {PH}."],
 "pt": ["{P} ligou em {DT}; reenviar a fatura {ORD} para {E}.", "Mudou-se para {A}; novo telefone {PH}.",
        "Reunião marcada para {DT} com {P} ({C}).", "Prefere contacto por {E}, não pelo {PH}."],
 "nl": ["{P} belde op {DT}, factuur {ORD} opnieuw sturen naar {E}.", "Verhuisd naar {A}; nieuw nummer {PH}.",
        "Terugbelafspraak op {DT} met {P} ({C}).", "Liever contact via {E}, niet via {PH}."],
 "pl": ["{P} dzwonił(a) {DT}, proszę wysłać fakturę {ORD} na {E}.", "Nowy adres: {A}; nowy numer {PH}.",
        "Spotkanie umówione na {DT}, osoba kontaktowa: {P} ({C}).", "Kontakt tylko przez {E}, nie pod {PH}."],
 "sv": ["{P} ringde {DT}, skicka faktura {ORD} till {E}.", "Flyttat till {A}; nytt nummer {PH}.",
        "Möte bokat {DT} med {P} ({C}).", "Vill bli kontaktad via {E}, inte på {PH}."],
 "da": ["{P} ringede {DT}, send faktura {ORD} til {E}.", "Flyttet til {A}; nyt nummer {PH}.",
        "Møde aftalt {DT} med {P} ({C}).", "Ønsker kontakt via {E}, ikke på {PH}."],
 "no": ["{P} ringte {DT}, send faktura {ORD} til {E}.", "Flyttet til {A}; nytt nummer {PH}.",
        "Møte avtalt {DT} med {P} ({C}).", "Ønsker kontakt via {E}, ikke på {PH}."],
 "fi": ["{P} soitti {DT}, lähetä lasku {ORD} osoitteeseen {E}.", "Uusi osoite: {A}; uusi numero {PH}.",
        "Tapaaminen sovittu: {DT}, yhteyshenkilö {P} ({C}).", "Yhteydenotot vain: {E}, ei numeroon {PH}."],
 "cs": ["{P} volal(a) {DT}, fakturu {ORD} poslat na {E}.", "Nová adresa: {A}; nové číslo {PH}.",
        "Schůzka domluvena na {DT}, kontakt: {P} ({C}).", "Kontaktovat pouze přes {E}, ne na {PH}."],
 "tr": ["{P} {DT} tarihinde aradı, {ORD} numaralı faturayı {E} adresine gönderin.", "Yeni adres: {A}; yeni numara {PH}.",
        "Toplantı: {DT}, görüşülecek kişi {P} ({C}).", "Sadece {E} üzerinden iletişim, {PH} aranmasın."]}
LOGS = {
 "en": ["Loaded {N} rows into {T}", "Rejected record for {P} <{E}>: invalid phone '{PH}'", "Connection established to {IP}",
        "Skipping duplicate customer {P} ({C})"],
 "de": ["{N} Datensätze nach {T} geladen", "Datensatz für {P} <{E}> abgelehnt: ungültige Telefonnummer '{PH}'",
        "Verbindung zu {IP} hergestellt", "Doppelter Kunde übersprungen: {P} ({C})"],
 "fr": ["{N} lignes chargées dans {T}", "Enregistrement rejeté pour {P} <{E}> : téléphone invalide '{PH}'",
        "Connexion établie avec {IP}", "Client en double ignoré : {P} ({C})"],
 "es": ["{N} filas cargadas en {T}", "Registro rechazado para {P} <{E}>: teléfono no válido '{PH}'",
        "Conexión establecida con {IP}", "Cliente duplicado omitido: {P} ({C})"],
 "it": ["{N} righe caricate in {T}", "Record scartato per {P} <{E}>: telefono non valido '{PH}'",
        "Connessione stabilita con {IP}", "Cliente duplicato ignorato: {P} ({C})"],
 "pt": ["{N} linhas carregadas em {T}", "Registo rejeitado para {P} <{E}>: telefone inválido '{PH}'",
        "Ligação estabelecida com {IP}", "Cliente duplicado ignorado: {P} ({C})"],
 "nl": ["{N} rijen geladen in {T}", "Record afgewezen voor {P} <{E}>: ongeldig telefoonnummer '{PH}'",
        "Verbinding gemaakt met {IP}", "Dubbele klant overgeslagen: {P} ({C})"],
 "pl": ["Załadowano {N} wierszy do {T}", "Odrzucono rekord {P} <{E}>: nieprawidłowy numer telefonu '{PH}'",
        "Nawiązano połączenie z {IP}", "Pominięto zduplikowanego klienta: {P} ({C})"],
 "sv": ["{N} rader laddade till {T}", "Post avvisad för {P} <{E}>: ogiltigt telefonnummer '{PH}'",
        "Anslutning upprättad till {IP}", "Dubblett hoppades över: {P} ({C})"],
 "da": ["{N} rækker indlæst i {T}", "Post afvist for {P} <{E}>: ugyldigt telefonnummer '{PH}'",
        "Forbindelse oprettet til {IP}", "Dublet sprunget over: {P} ({C})"],
 "no": ["{N} rader lastet inn i {T}", "Post avvist for {P} <{E}>: ugyldig telefonnummer '{PH}'",
        "Tilkobling opprettet til {IP}", "Duplikat hoppet over: {P} ({C})"],
 "fi": ["{N} riviä ladattu tauluun {T}", "Tietue hylätty: {P} <{E}>, virheellinen puhelinnumero '{PH}'",
        "Yhteys muodostettu: {IP}", "Kaksoiskappale ohitettu: {P} ({C})"],
 "cs": ["Načteno {N} řádků do {T}", "Záznam zamítnut pro {P} <{E}>: neplatné telefonní číslo '{PH}'", "Připojeno k {IP}",
        "Duplicitní zákazník přeskočen: {P} ({C})"],
 "tr": ["{T} tablosuna {N} satır yüklendi", "{P} <{E}> kaydı reddedildi: geçersiz telefon '{PH}'",
        "{IP} adresine bağlantı kuruldu", "Yinelenen müşteri atlandı: {P} ({C})"]}

# phone plans: cc -> [(area codes, national patterns, international patterns)]; # digit, % digit 2-9
_PH = {
 "US": ["212 646 718 415 510 408 312 773 617 206 303 512 214 713 305 404 602 503 612 615 919 801 702 202 469|"
        "(@) %##-####;@-%##-####;@.%##.####;@%######;@ %## ####;(@) %##-####|"
        "+1 @ %## ####;+1-@-%##-####;+1@%######;+1 (@) %##-####", "800 888 877|1-@-%##-####;(@) %##-####|+1 @ %## ####"],
 "CA": ["416 647 514 604 403 613 780 204 902 250 418|(@) %##-####;@-%##-####;@ %## ####|+1 @ %## ####;+1-@-%##-####"],
 "GB": ["7%##_######;20_7###_####;20_8###_####;161_%##_####;131_%##_####;117_%##_####|0@|+44 @;+44 (0)@"],
 "IE": ["8%_###_####;1_%##_####;21_%##_####|0@|+353 @"],
 "DE": ["30 40 89 221 69 711 211 341 351 511 911 421 151 160 170 171 172 176 157|"
        "0@ %######;0@/%######;(0@) %## ####;0@-%######;0@ %#######|+49 @ %######;+49 (0)@ %######;+49-@-%######;+49@%######"],
 "FR": ["1 2 3 4 5 6 7 9 6 6|0@ ## ## ## ##;0@.##.##.##.##;0@########|+33 @ ## ## ## ##;+33 (0)@ ## ## ## ##;+33@########"],
 "ES": ["6## 7## 91% 93% 96% 95%|@ ### ###;@######;@ ## ## ##|+34 @ ### ###;+34 @ ## ## ##"],
 "IT": ["3##_###_####;06_####_####;02_########;0%#_######;3##_#######|@|+39 @"],
 "PT": ["91# 92# 93# 96# 21# 22#|@ ### ###|+351 @ ### ###;+351@######"],
 "BR": ["11 21 31 41 51 61 71 81 85 48 19|(@) 9####-####;(@) %###-####|+55 @ 9####-####;+55 (@) 9####-####"],
 "NL": ["6|0@-########;0@ #### ####|+31 @ #### ####;+31@########",
        "20 10 30 70 40 50|0@-%## ####;0@ %######|+31 @ %## ####"],
 "PL": ["5## 6## 7## 8##|@ ### ###;@-###-###|+48 @ ### ###;+48@######", "22 12 61 71 58|@ %## ## ##|+48 @ %## ## ##"],
 "SE": ["70 72 73 76|0@-### ## ##;0@#######|+46 @ ### ## ##", "8|0@-%## ### ##;0@-%# ## ##|+46 @ %## ### ##",
        "31|0@-## ## ##|+46 @ ## ## ##"],
 "DK": ["2 3 4 5 6 7 8 9|@# ## ## ##;@#######|+45 @# ## ## ##;+45@#######"],
 "NO": ["4 9|@## ## ###|+47 @## ## ###;+47@#######", "22 55 73|@ ## ## ##|+47 @ ## ## ##"],
 "FI": ["40 41 44 45 50|0@ ### ####;0@-#######|+358 @ ### ####;+358@#######", "9|0@ %### ###|+358 @ %### ###"],
 "CZ": ["60# 70# 72# 73# 77# 2##|@ ### ###|+420 @ ### ###;+420@######"],
 "TR": ["532 533 535 542 505 212 216 312 232|0@ ### ## ##;0 (@) ### ## ##;0@ ### ####|+90 @ ### ## ##;+90 (@) ### ## ##"],
 "IN": ["9#### 8#### 7#### 6####|0@ #####;@ #####|+91 @ #####;+91-@#####", "22 80 11|0@ %### ####|+91-@-%###-####"],
 "AU": ["4##|0@ ### ###|+61 @ ### ###", "2 3 7 8|(0@) %### ####|+61 @ %### ####", "1300 1800|@ ### ###|@ ### ###"],
}
PHONES = {k: [([w.replace("_", " ") for w in (a.split(";") if "_" in a else a.split())], n.split(";"), i.split(";"))
              for a, n, i in (g.split("|") for g in v)] for k, v in _PH.items()}

# --------------------------------------------------------------------------- generators
DIG, UP, LOW = string.digits, string.ascii_uppercase, string.ascii_lowercase
ALNUM = UP + LOW + DIG
B64 = ALNUM + "+/"
B64U = ALNUM + "-_"
HEX = "0123456789abcdef"
_FOLD = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L", "ı": "i", "İ": "I",
                       "đ": "d", "å": "a", "Å": "A", "'": "", " ": "", "-": ""})

def fold(s):
    s = s.translate(_FOLD)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))

def luhn(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:
            v = v * 2 - (9 if v > 4 else 0)
        tot += v
    return str((10 - tot % 10) % 10)

IBAN_SPEC = {"DE": "18n", "AT": "16n", "CH": "17n", "FR": "23n", "ES": "20n", "IT": "1a22n", "PT": "21n",
             "NL": "4a10n", "BE": "12n", "PL": "24n", "SE": "20n", "DK": "14n", "NO": "11n", "FI": "14n",
             "CZ": "20n", "TR": "22n", "GB": "4a14n", "IE": "4a14n", "LU": "16n", "BR": "23n1a1c"}
BANKS4 = {"NL": "ABNA INGB RABO TRIO SNSB KNAB ASNB", "GB": "NWBK BARC LOYD HBUK MIDL", "IE": "AIBK BOFI IPBS"}

class Person:
    def __init__(self, given, sur, mid, cult, male):
        self.given, self.sur, self.mid, self.cult, self.male = given, sur, mid, cult, male
    def full(self, style="gs"):
        g, s = self.given, self.sur
        return {"gs": f"{g} {self.mid}. {s}" if self.mid else f"{g} {s}", "sg": f"{s}, {g}", "SG": f"{s}, {g}".upper(),
                "GS": f"{g} {s}".upper(), "lo": f"{g} {s}".lower()}.get(style, f"{s} {g}")

class X:
    """Per-document generation context (all randomness comes from self.r)."""

    def __init__(self, r, loc, small=False):
        self.r, self.loc, self.small = r, loc, small
        self.cc, self.lang, self.cult = LOCS[loc]
        self.style = (r.choice(["snake"] * 5 + ["camel", "upper", "pascal"]) if self.lang == "en"
                      else r.choice(["snake"] * 4 + ["upper"]))
        self.clock = dtm.datetime(2023, 1, 1) + dtm.timedelta(seconds=r.randrange(86400 * 800))
        self.base_id = r.randrange(1000, 90000)

    # ---- small helpers
    def c(self, seq):
        return self.r.choice(seq)
    def p(self, prob):
        return self.r.random() < prob
    def d(self, n):
        return "".join(self.r.choice(DIG) for _ in range(n))
    def s(self, n, chars=ALNUM):
        return "".join(self.r.choice(chars) for _ in range(n))
    def n(self, a, b):
        return min(a + 1, b) if self.small else self.r.randint(a, b)
    def k(self, key):
        """Localised + styled column name."""
        return self.sty(LEX[self.lang][key])
    def w(self, key):
        return LEX[self.lang][key]
    def sty(self, name):
        parts = name.split("_")
        if self.style == "camel":
            return parts[0] + "".join(p.title() for p in parts[1:])
        if self.style == "pascal":
            return "".join(p.title() for p in parts)
        if self.style == "upper":
            return name.upper()
        return name

    # ---- time
    def tick(self, lo=0, hi=40):
        self.clock += dtm.timedelta(seconds=self.r.randint(lo, hi), microseconds=self.r.randrange(10 ** 6))
        return self.clock
    def rdate(self, y0, y1):
        a = dtm.date(y0, 1, 1)
        return a + dtm.timedelta(days=self.r.randrange((dtm.date(y1, 12, 31) - a).days))
    def fdate(self, d, fmt=None, lang=None):
        lang = lang or self.lang
        fmts = DFMT.get(self.cc) if lang == "en" else DFMT[lang]
        f = fmt or self.c(fmts or DFMT["US"])
        day = "1er" if lang == "fr" and d.day == 1 and "{d} {mon}" in f else d.day
        return f.format(d=day, dd=f"{d.day:02d}", m=d.month, mm=f"{d.month:02d}", y=d.year,
                        mon=MON[lang][d.month - 1], mon3=MON["en"][d.month - 1][:3])
    def ftime(self, h, m):
        L = self.lang
        if L == "en" and self.cc == "US" or (L == "en" and self.p(0.3)):
            return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"
        if L == "fr" and self.p(0.6):
            return f"{h}h{m:02d}"
        if L in ("fi", "da") and self.p(0.5):
            return f"{h}.{m:02d}"
        if L == "de" and self.p(0.3):
            return f"{h:02d}:{m:02d} Uhr"
        return f"{h:02d}:{m:02d}"
    def dt_prose(self, with_time=None):
        d = self.rdate(2023, 2025)
        s = self.fdate(d, self.c([f for f in (DFMT.get(self.cc) if self.lang == "en" else DFMT[self.lang])]))
        if self.p(0.25) and "{" not in s:
            sep = " " if self.lang in ("fr", "it", "nl", "sv", "da", "no", "fi") else ", "
            s = WD[self.lang][d.weekday()] + sep + s
        if with_time if with_time is not None else self.p(0.6):
            s += self.c(DT_JOIN[self.lang]) + self.ftime(self.r.randint(7, 19), self.c([0, 0, 15, 30, 45, 10]))
        return s
    def dt_db(self, y0=2023, y1=2025, time=True):
        d = self.rdate(y0, y1)
        if not time:
            return d.isoformat()
        h, m = self.r.randint(7, 19), self.c([0, 15, 30, 45, 0, 20])
        return self.c([f"{d} {h:02d}:{m:02d}:00", f"{d}T{h:02d}:{m:02d}:00Z", f"{d} {h:02d}:{m:02d}",
                       f"{d}T{h:02d}:{m:02d}:00+01:00", f"{d}T{h:02d}:{m:02d}:00.000Z"])
    def dob_date(self):
        return self.rdate(1938, 2006)
    def dob(self, db=True):
        d = self.dob_date()
        return d.isoformat() if db else self.fdate(d)
    def meta_ts(self):
        t = self.tick(5, 5000)
        return self.c([t.strftime("%Y-%m-%d %H:%M:%S"), t.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z",
                       str(int(t.timestamp())), t.strftime("%Y-%m-%d %H:%M:%S.%f+00")])

    # ---- people
    def person(self, cult=None):
        r = self.r
        if cult is None:
            cult = self.cult if r.random() < 0.65 else r.choice(CULTURES)
        males, females, surs = NAMES[cult]
        male = r.random() < 0.5
        given, sur = r.choice(males if male else females), r.choice(surs)
        if cult == "es" and r.random() < 0.6:
            sur += " " + r.choice(surs)
        if cult == "pt" and r.random() < 0.35:
            sur = r.choice(surs) + " " + sur
        if not male:
            if cult == "pl":
                sur = re.sub(r"(ski|cki|dzki)$", lambda m: m.group(1)[:-1] + "a", sur)
            elif cult == "cs":
                if sur.endswith("ý"):
                    sur = sur[:-1] + "á"
                elif sur.endswith("a"):
                    sur = sur[:-1] + "ová"
                elif sur.endswith("ek"):
                    sur = sur[:-2] + "ková"
                elif sur.endswith("ec"):
                    sur = sur[:-2] + "cová"
                else:
                    sur += "ová"
            elif cult == "ru" and re.search(r"(ov|ev|in)$", sur):
                sur += "a"
        mid = r.choice(UP) if cult == "en" and r.random() < 0.2 else None
        return Person(given, sur, mid, cult, male)
    def name(self, style=None, p=None):
        p = p or self.person()
        return p.full(style or self.c(["gs"] * 6 + ["sg", "GS", "SG"]))
    def email(self, p=None, corp=False):
        p = p or self.person()
        g, s = fold(p.given).lower(), fold(p.sur).lower()
        local = self.c([f"{g}.{s}", f"{g[0]}{s}", f"{g}{s[:1]}", f"{s}.{g}", f"{g}_{s}{self.r.randint(1, 99)}",
                        f"{g}{self.r.randint(60, 2005)}", f"{g}.{s}", f"{g[0]}.{s}"])
        if corp or self.p(0.25):
            dom = self.c(CORPDOM)
        else:
            dom = self.c(FREEMAIL.get(self.cc, FREEMAIL["US"]).split())
        if self.p(0.08):
            local = local.title()
        return f"{local}@{dom}"
    def user(self, p=None):
        p = p or self.person()
        g, s = fold(p.given).lower(), fold(p.sur).lower()
        return self.c([f"{g[0]}{s}", f"{g}.{s[0]}", f"{s}{self.d(2)}", f"{g}_{s[:3]}"])

    # ---- phones
    def phone(self, cc=None, intl=None):
        if cc is None and self.p(0.15):
            cc, intl = self.c(list(CITIES)), True
        areas, nat, itl = self.c(PHONES[cc or self.cc])
        pat = self.c(itl if (intl if intl is not None else self.p(0.4)) else nat).replace("@", self.c(areas))
        return "".join(self.c(DIG) if ch == "#" else self.c("23456789") if ch == "%" else ch for ch in pat)

    # ---- addresses
    def postcode(self, cc, pre):
        d, r = self.d, self.r
        if cc == "US":
            return pre + d(2) + (f"-{d(4)}" if r.random() < 0.15 else "")
        if cc == "GB":
            return f"{pre} {d(1)}{self.s(2, 'ABDEFGHJLNPQRSTUWXYZ')}"
        if cc == "CA":
            return f"{pre}{d(1)}{self.c('ABCEGHJKLMNPRSTVXY')} {d(1)}{self.c('ABCEGHJKLMNPRSTVWXYZ')}{d(1)}"
        if cc == "IE":
            return f"{pre} {self.s(4, 'ACDEFHKNPRTVWXY0123456789')}"
        if cc == "PT":
            return (pre + d(4 - len(pre))) + "-" + d(3)
        if cc == "BR":
            return pre + d(3) + "-" + d(3)
        if cc == "NL":
            return pre + d(2) + " " + self.s(2, "ABCDEFGHJKLMNPRTVWXZ")
        if cc == "PL":
            return pre + "-" + d(3)
        if cc == "SE":
            return pre + d(1) + " " + d(2)
        if cc in ("DK", "NO", "AU"):
            return pre + d(4 - len(pre))
        if cc == "IN":
            return pre + d(3)
        if cc == "FI":
            return pre + d(2) + "0"
        if cc == "CZ":
            z = pre + d(3 - len(pre)) if len(pre) < 3 else pre
            return z + " " + d(2)
        return pre + d(5 - len(pre))
    def street(self, cc):
        r = self.r
        return self.c(STREET_FMT[cc].split("|")).format(
            st=self.c(STREETS[cc]), n=r.randint(1, 240), N=r.randint(10, 9899), u=r.randint(1, 40), U=r.randint(100, 2900),
            d=r.randint(1, 9), L=self.c("ABC"), sfx=self.c("St Ave Blvd Rd Dr Ln Ct Way Street Avenue Road Drive Pl".split()))

    def addr_parts(self, cc=None):
        cc = cc or (self.cc if self.p(0.88) else self.c(list(CITIES)))
        e = self.c(CITIES[cc])
        city, region, pre = e[0], e[1], e[2]
        return dict(cc=cc, street=self.street(cc), city=city, region=region, pc=self.postcode(cc, pre),
                    extra=e[3] if len(e) > 3 else "", country=self.c(COUNTRY[cc]))
    def addr(self, cc=None, multi=False, country=None, parts=None):
        a = parts or self.addr_parts(cc)
        cc, city, region, pc = a["cc"], a["city"], a["region"], a["pc"]
        tail = TAIL.get(cc, "{pc} {city}").format(city=city, region=region, pc=pc, extra=a["extra"],
                                                    dist=self.c(a["extra"].split(",")))
        if cc == "GB" and multi and self.p(0.5):
            tail = f"{city}\n{pc}"
        elif cc == "CZ" and city == "Praha":
            tail = f"{pc} Praha {self.r.randint(1, 10)}"
        sep = "\n" if multi else ", "
        s = a["street"] + sep + tail
        if country if country is not None else (cc != self.cc and self.p(0.7)) or self.p(0.1):
            s += sep + (a["country"] if self.lang != "en" or cc in ("US", "GB", "CA", "AU", "IN", "IE")
                        else COUNTRY[cc][-1])
        return s
    def city(self, region=False):
        cc = self.cc if self.p(0.85) else self.c(list(CITIES))
        e = self.c(CITIES[cc])
        if region and cc in ("US", "CA", "AU"):
            return f"{e[0]}, {e[1]}"
        if region and cc != self.cc:
            return f"{e[0]}, {COUNTRY[cc][-1]}"
        return e[0]

    # ---- identifiers & finance
    def ssn(self, valid=True, fmt=None):
        if valid:
            a = self.r.randint(1, 899)
            while a == 666:
                a = self.r.randint(1, 899)
        else:
            a = self.c([0, 666, self.r.randint(900, 999)])
        g, s = self.r.randint(1, 99), self.r.randint(1, 9999)
        f = fmt or self.c(["-", "-", "-", " ", ""])
        return f"{a:03d}{f}{g:02d}{f}{s:04d}"
    def card(self, valid=True, fmt=None):
        kind = self.c(["v", "v", "v", "m", "m", "a", "d"])
        pre, ln = {"v": ("4", 16), "m": (self.c(["51", "52", "53", "54", "55", "2221", "2720"]), 16),
                   "a": (self.c(["34", "37"]), 15), "d": ("6011", 16)}[kind]
        body = pre + self.d(ln - 1 - len(pre))
        ck = luhn(body)
        if not valid:
            ck = str((int(ck) + self.r.randint(1, 9)) % 10)
        num = body + ck
        f = fmt if fmt is not None else self.c(["", " ", "-", " "])
        if not f:
            return num
        if ln == 15:
            return f"{num[:4]}{f}{num[4:10]}{f}{num[10:]}"
        return f.join(num[i:i + 4] for i in range(0, 16, 4))
    def iban(self, cc=None, grouped=None, valid=True):
        cc = cc or (self.cc if self.cc in IBAN_SPEC and self.p(0.85) else self.c(
            ["DE", "FR", "ES", "NL", "IT", "GB", "BE", "AT", "CH", "PL", "IE", "PT", "LU"]))
        bban = ""
        for cnt, kind in re.findall(r"(\d+)([anc])", IBAN_SPEC[cc]):
            cnt = int(cnt)
            if kind == "a" and cnt == 4 and cc in BANKS4:
                bban += self.c(BANKS4[cc].split())
            else:
                bban += self.s(cnt, UP if kind == "a" else DIG)
        num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
        chk = 98 - int(num) % 97
        if not valid:
            chk = (chk + self.r.randint(1, 40)) % 97 + 2 if chk < 50 else chk - self.r.randint(1, 40)
        ib = f"{cc}{chk:02d}{bban}"
        if grouped if grouped is not None else self.p(0.4):
            return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
        return ib
    def ip(self, v6=None, private=None):
        r = self.r
        if v6 if v6 is not None else r.random() < 0.12:
            if r.random() < 0.2:
                return str(ipaddress.IPv6Address((0xfe80 << 112) | r.getrandbits(64)))
            pre = self.c([0x20010db8, 0x2a028108, 0x26001f18, 0x2a0104f8, 0x20014860, 0x24050204])
            low = r.getrandbits(96) if r.random() < 0.6 else (r.getrandbits(16) << 64) | r.getrandbits(r.choice([16, 32]))
            return str(ipaddress.IPv6Address((pre << 96) | low))
        if private if private is not None else r.random() < 0.55:
            return self.c([f"10.{r.randint(0, 60)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                           f"192.168.{r.randint(0, 20)}.{r.randint(2, 254)}",
                           f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}"])
        a = self.c([r.randint(23, 99), r.randint(100, 126), r.randint(128, 223)])
        return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    def url(self, dom=None):
        dom = dom or self.c(WEBDOM)
        path = self.c(["account/settings", f"api/v2/customers/{self.r.randint(100, 99999)}", "reports/weekly",
                       f"orders/{self.d(7)}/invoice", "unsubscribe", "checkout/confirm", f"t/{self.s(8, LOW + DIG)}",
                       "dashboards/ops-overview", "help/contact", "en/privacy"])
        q = self.c(["", "", f"?utm_source=newsletter&utm_campaign=spring_{self.r.randint(2023, 2025)}",
                    f"?page={self.r.randint(1, 9)}&sort=desc", f"?lang={self.lang}", f"?ref={self.s(6, LOW)}"])
        return f"https://{dom}/{path}{q}"
    def mrn(self):
        return self.c([f"MRN{self.d(8)}", self.d(7), f"E{self.d(8)}", f"{self.d(2)}-{self.d(2)}-{self.d(4)}",
                       f"H{self.d(9)}", f"MR-{self.d(6)}"])
    def hpn(self):
        A = "ACDEFGHJKMNPQRTUVWXY"
        if self.cc == "DE" or self.p(0.1):
            return f"{self.c(UP)}{self.d(9)}"
        return self.c([f"{self.s(3, UP)}{self.d(9)}", f"W{self.d(9)}", f"{self.d(1)}{self.c(A)}{self.c(A + DIG)}{self.d(1)}-"
                       f"{self.c(A)}{self.c(A + DIG)}{self.d(1)}-{self.c(A)}{self.c(A)}{self.d(2)}",
                       f"{self.s(2, UP)}{self.d(8)}-01", f"{self.d(11)}"])
    def acct(self):
        return self.c([self.d(10), self.d(12), f"{self.d(4)}-{self.d(4)}-{self.d(2)}", f"ACC-{self.d(8)}",
                       f"{self.d(3)}-{self.d(6)}-{self.d(1)}", f"BA{self.d(9)}", self.d(8)])
    def dl(self, cc=None):
        cc = cc or self.cc
        if cc == "US":
            return self.c([f"{self.c(UP)}{self.d(7)}", f"{self.d(3)} {self.d(3)} {self.d(3)}", self.d(8),
                           f"{self.c(UP)}{self.d(3)}-{self.d(3)}-{self.d(2)}-{self.d(3)}-{self.d(1)}",
                           f"{self.c(UP)}{self.d(3)}-{self.d(4)}-{self.d(4)}", f"WDL{self.s(9, UP + DIG)}"])
        if cc in ("GB", "IE"):
            return f"{self.s(5, UP)}{self.d(6)}{self.s(2, UP)}9{self.s(2, UP + DIG)}"
        if cc == "DE":
            return f"{self.c(UP)}{self.d(3)}{self.s(6, UP + DIG)}{self.d(1)}"
        if cc == "IT":
            return f"{self.s(2, UP)}{self.d(7)}{self.c(UP)}"
        if cc == "PL":
            return f"{self.d(5)}/{self.d(2)}/{self.d(4)}"
        return self.c([self.d(9), self.d(12), f"{self.s(2, UP)}{self.d(7)}", f"{self.d(8)}{self.c(UP)}"])

    # ---- secrets
    def aws_ak(self):
        return "AKIA" + self.s(16, UP + "234567")
    def aws_sk(self):
        return self.s(40, B64)
    def gh(self):
        if self.p(0.3):
            return "github_pat_11" + self.s(20, UP + DIG) + "_" + self.s(59)
        return self.c(["ghp_", "ghp_", "gho_", "ghs_", "ghu_"]) + self.s(36)
    def slack(self):
        if self.p(0.6):
            return f"xoxb-{self.d(12)}-{self.d(13)}-{self.s(24)}"
        return f"xoxp-{self.d(12)}-{self.d(12)}-{self.d(13)}-{self.s(32, HEX)}"
    def stripe(self):
        return self.c(["sk_live_", "sk_live_", "rk_live_"]) + (self.s(24) if self.p(0.4) else "51" + self.s(97))
    def jwt(self):
        r = self.r
        hdr = self.c(['{"alg":"HS256","typ":"JWT"}', '{"alg":"RS256","typ":"JWT","kid":"%s"}' % self.s(10, LOW + DIG),
                      '{"typ":"JWT","alg":"HS512"}'])
        iat = 1690000000 + r.randrange(60000000)
        pl = json.dumps({"sub": str(r.randint(1000, 999999)), "iat": iat, "exp": iat + 3600,
                         "scope": self.c(["read:customers", "etl", "admin", "openid profile"])}, separators=(",", ":"))
        enc = lambda s: base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")
        siglen = {"HS256": 43, "RS256": 342, "HS512": 86}[re.search(r'"alg":"(\w+)"', hdr).group(1)]
        return f"{enc(hdr)}.{enc(pl)}.{self.s(siglen, B64U)}"
    def pem(self, nl="\n"):
        kind = self.c(["ec", "ec8", "rsa", "ssh", "ec", "ec8"])
        if kind == "ec":
            h, body = "EC PRIVATE KEY", "MHcCAQEEI" + self.s(154, B64) + "="
        elif kind == "ec8":
            h, body = "PRIVATE KEY", "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg" + self.s(136, B64)
        elif kind == "rsa":
            h, body = "RSA PRIVATE KEY", "MIICXQIBAAKBgQ" + self.s(798, B64)
        else:
            h = "OPENSSH PRIVATE KEY"
            body = ("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
                    "QyNTUxOQAAACA" + self.s(300, B64))
        w = 70 if kind == "ssh" else 64
        lines = [body[i:i + w] for i in range(0, len(body), w)]
        return nl.join([f"-----BEGIN {h}-----"] + lines + [f"-----END {h}-----"])
    def pw(self, dsn=False):
        words = "Summer Winter Autumn Spring Welcome Dragon Monkey Sunshine Football Kaffee Soleil Primavera Haslo Kevat".split()
        sym = "!$*_.-" if dsn else "!#$%&*_-.?@"
        return self.c([f"{self.c(words)}{self.r.randint(2015, 2025)}{self.c(sym)}", self.s(self.r.randint(12, 24), ALNUM + sym),
                       f"{self.c(words)}{self.c(sym)}{self.d(3)}{self.c(words).lower()}", self.s(16, ALNUM),
                       f"P{self.c('@a')}ssw0rd{self.d(2)}{self.c(sym)}", self.s(32, ALNUM)])
    def gsec(self):
        return self.c([f"SG.{self.s(22, B64U)}.{self.s(43, B64U)}", "AIza" + self.s(35, B64U), self.s(32, HEX),
                       "key-" + self.s(32, HEX), "sk-proj-" + self.s(48), "whsec_" + self.s(32), "npm_" + self.s(36),
                       "hf_" + self.s(34), "glpat-" + self.s(20, B64U), self.s(40, ALNUM), "dd" + self.s(38, HEX),
                       "xkeysib-" + self.s(64, HEX) + "-" + self.s(16)])
    def anysecret(self):
        return self.c([("AWS_SECRET_ACCESS_KEY", self.aws_sk(), ASK), ("GITHUB_TOKEN", self.gh(), GHT),
                       ("SLACK_BOT_TOKEN", self.slack(), SLK), ("STRIPE_API_KEY", self.stripe(), STK),
                       ("SERVICE_JWT", self.jwt(), JWTT), ("API_KEY", self.gsec(), GSC), ("SMTP_PASSWORD", self.pw(), PWD),
                       ("STRIPE_RESTRICTED_KEY", self.stripe(), STK), ("AWS_ACCESS_KEY_ID", self.aws_ak(), AKI)])
    def noluhn(self, v):
        while luhn(re.sub(r"\D", "", v)[:-1]) == v[-1]:
            v = v[:-1] + self.c(DIG)
        return v

    def ean(self):
        body = self.c(["40", "41", "42", "43", "44", "30", "50", "87", "80", "76"]) + self.d(10)
        ck = str((10 - sum(int(ch) * (3 if i % 2 else 1) for i, ch in enumerate(body)) % 10) % 10)
        return body + ck if luhn(body) != ck else self.ean()

    def bad_iban(self):
        v = self.iban(self.c(["DE", "FR", "ES", "PL", "NL"]), grouped=False)
        return v[:-1] + str((int(v[-1]) + 1) % 10)

    # ---- hard negatives
    def neg(self, kind=None):
        r, d, s = self.r, self.d, self.s
        kind = kind or self.c(["order", "inv", "track", "ticket", "uuid", "sha", "ver", "epoch", "dur", "amt", "sku",
                               "luhnbad", "ssnbad", "mask", "claim", "booking", "build"])
        if kind == "order":
            return self.c([f"ORD-{r.randint(2021, 2025)}-{d(6)}", f"SO{d(8)}", f"#{d(6)}", f"PO-{d(5)}", self.noluhn(f"{d(3)}-{d(7)}-{d(7)}")])
        if kind == "inv":
            return self.c([f"INV-{r.randint(2021, 2025)}-{d(5)}", f"RE{d(8)}", f"F{r.randint(2021, 2025)}/{d(4)}"])
        if kind == "track":
            return self.c([f"1Z{s(6, UP + DIG)}{d(10)}", f"JD01460000{d(8)}", f"9400{self.c('1237')}{d(17)}",
                           f"00340434{d(10)}", f"LX{d(9)}DE"])
        if kind == "ticket":
            return self.c([f"INC{d(7)}", f"DATA-{r.randint(100, 9999)}", f"JIRA DE-{d(4)}", f"CS-{d(6)}", f"CASE-{d(8)}"])
        if kind == "claim":
            return f"CLM-{r.randint(2022, 2025)}{d(4)}-{d(4)}"
        if kind == "booking":
            return self.c([s(6, UP + DIG), f"BK{d(9)}"])
        if kind == "uuid":
            return f"{s(8, HEX)}-{s(4, HEX)}-4{s(3, HEX)}-{self.c('89ab')}{s(3, HEX)}-{s(12, HEX)}"
        if kind == "sha":
            return s(self.c([7, 40, 64, 32]), HEX)
        if kind == "ver":
            return self.c([f"v{r.randint(0, 5)}.{r.randint(0, 30)}.{r.randint(0, 20)}", f"{r.randint(1, 17)}.{r.randint(0, 9)}",
                           f"{r.randint(1, 4)}.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(0, 9)}", f"2.{r.randint(0, 9)}.0-rc{r.randint(1, 4)}"])
        if kind == "epoch":
            return str(r.randint(1672531200, 1767225600)) + (d(3) if r.random() < 0.4 else "")
        if kind == "dur":
            return self.c([f"{r.randint(0, 90)}.{d(2)}s", f"{r.randint(1, 9999)} ms", f"00:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
                           f"{r.randint(1, 59)}m{r.randint(0, 59)}s"])
        if kind == "amt":
            a = r.randint(1, 99999) + r.randint(0, 99) / 100
            return self.c([f"{a:.2f}", f"${a:,.2f}", f"€{a:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."),
                           f"{a:.2f} EUR", f"GBP {a:.2f}", f"{a:,.2f} zł".replace(",", " ")])
        if kind == "sku":
            return self.c([f"SKU-{s(3, UP)}-{d(5)}", self.ean(), f"HS {d(4)}.{d(2)}", f"{s(2, UP)}{d(6)}-{s(1, UP)}"])
        if kind == "luhnbad":
            return self.card(valid=False, fmt=self.c(["", " ", "-"]))
        if kind == "ssnbad":
            return self.ssn(valid=False, fmt="-")
        if kind == "mask":
            return self.c([f"************{d(4)}", f"XXXX-XXXX-XXXX-{d(4)}", f"***-**-{d(4)}", f"DE** **** **** **** **{d(2)}",
                           "********", f"{d(4)} **** **** {d(4)}"])
        if kind == "build":
            return self.c([f"build-{d(5)}", f"run_{d(10)}", f"job_{s(12, LOW + DIG)}", f"application_{d(13)}_{d(4)}"])
        return d(6)

    # ---- prose with slots
    def slot(self, k):
        if k == "P":
            return E(self.name(self.c(["gs", "gs", "gs", "sg"])), PER)
        if k == "DT":
            return E(self.dt_prose(), DTT)
        if k == "PH":
            return E(self.phone(), PHN)
        if k == "E":
            return E(self.email(), EML)
        if k == "C":
            return E(self.city(self.p(0.3)), LOC)
        if k == "A":
            return E(self.addr(), ADR)
        if k == "IP":
            return E(self.ip(), IPA)
        if k == "ORD":
            return E(self.neg(self.c(["order", "inv", "ticket"])))
        if k == "AMT":
            return E(self.neg("amt"))
        if k == "N":
            return E(str(self.r.randint(2, 250000)))
        if k == "T":
            return E(self.c(["stg.customers", "raw_crm.contacts", "dw.dim_customer", "public.patients", "ods.kunden"]))
        return E(self.neg())
    def fill(self, tpl):
        out, pos = [], 0
        p = self.person()
        if "{P}" in tpl and "{E}" in tpl and self.p(0.8):     # same person in name and e-mail
            tpl = tpl.replace("{P}", "{P_}").replace("{E}", "{E_}")
        for m in re.finditer(r"\{(\w+)\}", tpl):
            out.append((tpl[pos:m.start()], None))
            k = m.group(1)
            out += E(p.full(), PER) if k == "P_" else E(self.email(p), EML) if k == "E_" else self.slot(k)
            pos = m.end()
        out.append((tpl[pos:], None))
        return [x for x in out if x[0]]
    def note(self):
        return self.fill(self.c(NOTES[self.lang]))
    def logmsg(self, i=None):
        L = LOGS[self.lang]
        return self.fill(L[i] if i is not None else self.c(L))

# --------------------------------------------------------------------------- JSON-ish writer
class JS:
    """A quoted JSON string built from segments."""
    def __init__(self, segs):
        self.segs = segs if isinstance(segs, list) else [(segs, None)]

class RAW:
    def __init__(self, segs):
        self.segs = segs if isinstance(segs, list) else [(segs, None)]

def J(s, typ=None):
    return JS([(s, typ)])

def jesc(s, q='"'):
    if q == '"':
        return json.dumps(s, ensure_ascii=False)[1:-1]
    return s.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n")

def jw(b, o, ind=2, lvl=0, q='"', keyq=True, kv=": ", comma=", ", py=False):
    """Write a JSON (or JS / Ruby-hash-like) value with span-aware string leaves."""
    if isinstance(o, (dict, list)):
        items = list(o.items()) if isinstance(o, dict) else list(enumerate(o))
        op, cl = ("{", "}") if isinstance(o, dict) else ("[", "]")
        if not items:
            b.t(op + cl)
            return
        b.t(op + ("\n" if ind is not None else ""))
        kw = max(len(str(k)) for k, _ in items) + 2 if kv == " => " else 0
        for j, (k, v) in enumerate(items):
            if ind is not None:
                b.t(" " * (ind * (lvl + 1)))
            if isinstance(o, dict):
                ks = (q + jesc(k, q) + q) if keyq or not re.fullmatch(r"[A-Za-z_]\w*", k) else k
                b.t(ks.rjust(kw) + kv)
            jw(b, v, ind, lvl + 1, q, keyq, kv, comma, py)
            if j < len(items) - 1:
                b.t("," + ("\n" if ind is not None else comma[1:]))
            elif ind is not None:
                b.t("\n")
        b.t((" " * (ind * lvl) if ind is not None else "") + cl)
    elif isinstance(o, JS):
        b.t(q)
        for s, typ in o.segs:
            b.e(jesc(s, q), typ)
        b.t(q)
    elif isinstance(o, RAW):
        b.segs(o.segs)
    elif isinstance(o, str):
        b.t(q + jesc(o, q) + q)
    else:
        b.t(repr(o) if py else json.dumps(o))

# --------------------------------------------------------------------------- table renderers
def norm(v, null=""):
    if v is None:
        return [(null, None)], "z"
    if isinstance(v, bool):
        return [(str(v).lower(), None)], "n"
    if isinstance(v, (int, float)):
        return [(str(v), None)], "n"
    if isinstance(v, str):
        return [(v, None)], "s"
    return list(v), "s"

def grid(cols, rows, null=""):
    C = [[norm(v, null) for v in row] for row in rows]
    W = [max([len(h)] + [slen(c[i][0]) for c in C]) for i, h in enumerate(cols)]
    return C, W

def pad(segs, w, right=False):
    p = [(" " * (w - slen(segs)), None)]
    return p + segs if right else segs + p

def r_psql(cols, rows, null=""):
    C, W = grid(cols, rows, null)
    out = [[(" " + " | ".join(h.center(W[i]) for i, h in enumerate(cols)).rstrip(), None)],
           [("+".join("-" * (w + 2) for w in W), None)]]
    for c in C:
        ln = [(" ", None)]
        for i, (sg, k) in enumerate(c):
            ln += [(" | ", None)] if i else []
            ln += pad(sg, W[i], True) if k == "n" else (sg if i == len(c) - 1 else pad(sg, W[i]))
        out.append(ln)
    return out

def r_box(cols, rows, null="NULL", snow=False, right=True, center=False):
    C, W = grid(cols, rows, null)
    bd = [("+" + "+".join("-" * (w + 2) for w in W) + "+", None)]
    hd = [("| " + " | ".join((h.center if center else h.ljust)(W[i]) for i, h in enumerate(cols)) + " |", None)]
    out = [bd, hd, [("|" + "+".join("-" * (w + 2) for w in W) + "|", None)] if snow else bd]
    for c in C:
        ln = [("| ", None)]
        for i, (sg, k) in enumerate(c):
            ln += ([(" | ", None)] if i else []) + pad(sg, W[i], right and k == "n")
        out.append(ln + [(" |", None)])
    return out + [bd]

def r_uni(cols, rows, types=None, null="NULL", ch=False):
    C, W = grid(cols, rows, null)
    if ch:
        out = [[("┌─" + "─┬─".join(h + "─" * (W[i] - len(h)) for i, h in enumerate(cols)) + "─┐", None)]]
    else:
        out = [[("┌─" + "─┬─".join("─" * w for w in W) + "─┐", None)],
               [("│ " + " │ ".join(h.center(W[i]) for i, h in enumerate(cols)) + " │", None)]]
        if types:
            out.append([("│ " + " │ ".join(t.center(W[i]) for i, t in enumerate(types)) + " │", None)])
        out.append([("├─" + "─┼─".join("─" * w for w in W) + "─┤", None)])
    for c in C:
        ln = [("│ ", None)]
        for i, (sg, k) in enumerate(c):
            ln += ([(" │ ", None)] if i else []) + pad(sg, W[i], k == "n")
        out.append(ln + [(" │", None)])
    return out + [[("└─" + "─┴─".join("─" * w for w in W) + "─┘", None)]]

def r_pandas(cols, rows, null="NaN", index0=0):
    C, W = grid(cols, rows, null)
    iw = len(str(index0 + len(rows) - 1))
    out = [[(" " * iw + "  " + "  ".join(h.rjust(W[i]) for i, h in enumerate(cols)), None)]]
    for j, c in enumerate(C):
        ln = [(str(index0 + j).ljust(iw), None)]
        for i, (sg, k) in enumerate(c):
            ln += [("  ", None)] + pad(sg, W[i], True)
        out.append(ln)
    return out

def r_fixed(cols, rows, null="", sep=" ", dash="-", upper=False):
    """SQL*Plus / sqlcmd style fixed-width output."""
    cols = [h.upper() for h in cols] if upper else cols
    C, W = grid(cols, rows, null)
    out = [[(sep.join(h.ljust(W[i]) for i, h in enumerate(cols)).rstrip(), None)],
           [(sep.join(dash * w for w in W), None)]]
    for c in C:
        ln = []
        for i, (sg, k) in enumerate(c):
            ln += ([(sep, None)] if i else []) + pad(sg, W[i], k == "n")
        out.append(ln)
    return out

def r_md(cols, rows, null=""):
    C, W = grid(cols, rows, null)
    out = [[("| " + " | ".join(h.ljust(W[i]) for i, h in enumerate(cols)) + " |", None)],
           [("| " + " | ".join("-" * w for w in W) + " |", None)]]
    for c in C:
        ln = [("| ", None)]
        for i, (sg, k) in enumerate(c):
            ln += ([(" | ", None)] if i else []) + pad(sg, W[i], k == "n")
        out.append(ln + [(" |", None)])
    return out

def r_vert(cols, rows, mysql=False, null=""):
    out, kw = [], max(len(h) for h in cols)
    for j, row in enumerate(rows):
        if mysql:
            out.append([(f"{'*' * 27} {j + 1}. row {'*' * 27}", None)])
        else:
            out.append([(f"-[ RECORD {j + 1} ]" + "-" * max(1, kw - 12) + "+" + "-" * 24, None)])
        for h, v in zip(cols, row):
            sg, _ = norm(v, "NULL" if mysql else null)
            out.append([(h.rjust(kw) + ": " if mysql else h.ljust(kw) + " | ", None)] + sg)
    return out

def csv_cell(v, sep=",", null="", allq=False):
    sg, k = norm(v, null)
    if k == "z":
        return sg
    txt = "".join(s for s, _ in sg)
    if allq and k == "s" or any(ch in txt for ch in (sep, '"', "\n")):
        return [('"', None)] + [(s.replace('"', '""'), t) for s, t in sg] + [('"', None)]
    return sg

def r_delim(cols, rows, sep=",", null="", allq=False, header=True):
    out = [[(sep.join(('"%s"' % h) if allq else h for h in cols), None)]] if header else []
    for row in rows:
        ln = []
        for i, v in enumerate(row):
            ln += ([(sep, None)] if i else []) + csv_cell(v, sep, null, allq)
        out.append(ln)
    return out

def sql_lit(v, mysql=False):
    sg, k = norm(v, "NULL")
    if k != "s":
        return sg
    esc = (lambda s: s.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n")) if mysql else \
        (lambda s: s.replace("'", "''"))
    return [("'", None)] + [(esc(s), t) for s, t in sg] + [("'", None)]

def sql_row(row, mysql=False):
    out = [("(", None)]
    for i, v in enumerate(row):
        out += ([(",", None)] if mysql else [(", ", None)]) if i else []
        out += sql_lit(v, mysql)
    return out + [(")", None)]

def copy_row(row):
    out = []
    for i, v in enumerate(row):
        sg, _ = norm(v, "\\N")
        out += ([("\t", None)] if i else []) + [(s.replace("\\", "\\\\").replace("\n", "\\n") if s != "\\N" else s, t)
                                               for s, t in sg]
    return out

def jsonish(v):
    """Table cell -> JSON leaf."""
    if v is None or isinstance(v, (int, float, bool, str)):
        return v
    return JS(list(v))

def segtxt(v):
    return "".join(s for s, _ in norm(v)[0])

# --------------------------------------------------------------------------- row themes
def _spec(x, n, spec):
    rows = []
    for i in range(n):
        p, st = x.person(), {}
        rows.append([f(p, i, st) for _, f in spec])
    return [c for c, _ in spec], rows

def _ap(x, st):
    if "a" not in st:
        st["a"] = x.addr_parts()
    return st["a"]

def th_customers(x, n, multi=False):
    idc = x.sty(x.c(["id", "customer_id", "cust_id", "kundennr" if x.lang == "de" else "client_id"]))
    sp = [(idc, lambda p, i, st: x.base_id + i), (x.k("fn"), lambda p, i, st: E(p.given, PER)),
          (x.k("ln"), lambda p, i, st: E(p.sur, PER)),
          (x.k("email"), lambda p, i, st: E(x.email(p), EML) if x.p(0.93) else None),
          (x.k("phone"), lambda p, i, st: E(x.phone(), PHN) if x.p(0.9) else None)]
    if x.p(0.5):
        sp += [(x.k("street"), lambda p, i, st: E(_ap(x, st)["street"], ADR)),
               (x.k("city"), lambda p, i, st: E(_ap(x, st)["city"], LOC)),
               (x.k("zip"), lambda p, i, st: _ap(x, st)["pc"])]
        if x.p(0.4):
            sp.append((x.k("country"), lambda p, i, st: _ap(x, st)["cc"]))
    else:
        sp.append((x.k("addr"), lambda p, i, st: E(x.addr(multi=multi and x.p(0.4)), ADR)))
    if x.p(0.35):
        sp.append((x.k("dob"), lambda p, i, st: E(x.dob(), DOB)))
    if multi and x.p(0.5):
        sp.append((x.k("note"), lambda p, i, st: x.note() if x.p(0.5) else ""))
    sp.append((x.k("created"), lambda p, i, st: x.meta_ts()))
    return x.k("customers"), sp

def th_patients(x, n, multi=False):
    sp = [(x.sty("patient_id"), lambda p, i, st: x.base_id + i), (x.k("mrn"), lambda p, i, st: E(x.mrn(), MRN))]
    if x.p(0.5):
        sp.append((x.k("name"), lambda p, i, st: E(p.full(x.c(["SG", "sg", "gs"])), PER)))
    else:
        sp += [(x.sty("family_name"), lambda p, i, st: E(p.sur, PER)), (x.sty("given_name"), lambda p, i, st: E(p.given, PER))]
    sp += [(x.k("dob"), lambda p, i, st: E(x.dob(), DOB)), (x.sty("sex"), lambda p, i, st: "M" if p.male else "F"),
           (x.k("phone"), lambda p, i, st: E(x.phone(), PHN))]
    if x.p(0.7):
        sp += [(x.k("plan"), lambda p, i, st: E(x.hpn(), HPN)),
               (x.sty("payer"), lambda p, i, st: x.c(PAYERS if x.cc == "US" else EU_PAYERS))]
    sp += [(x.sty(x.c(["last_visit", "visit_date", "service_date"])), lambda p, i, st: E(x.dt_db(time=x.p(0.3)), DTT)),
           (x.sty(x.c(["dx_code", "icd10"])), lambda p, i, st: x.c(ICD))]
    if x.p(0.4):
        sp.append((x.sty("rx"), lambda p, i, st: x.c(DRUGS)))
    return x.k("patients"), sp

def th_employees(x, n, multi=False):
    us = x.cc == "US"
    sp = [(x.sty("emp_id"), lambda p, i, st: f"E{x.base_id + i:06d}"),
          (x.k("name"), lambda p, i, st: E(p.full(x.c(["sg", "gs", "SG"])), PER)),
          (x.k("email"), lambda p, i, st: E(x.email(p, corp=True), EML))]
    if us:
        sp.append((x.sty("ssn"), lambda p, i, st: E(x.ssn(), SSN) if x.p(0.85) else x.neg(x.c(["mask", "ssnbad"]))))
    else:
        sp.append((x.k("iban"), lambda p, i, st: E(x.iban(), IBN)))
    sp += [(x.k("dob"), lambda p, i, st: E(x.dob(), DOB)), (x.k("hired"), lambda p, i, st: E(x.dt_db(2008, 2024, False), DTT)),
           (x.sty(x.c(["salary", "base_pay"])), lambda p, i, st: x.r.randint(32, 180) * 1000),
           (x.sty("dept"), lambda p, i, st: x.c(["Finance", "Data Platform", "Sales", "HR", "Ops", "Legal", "R&D"]))]
    if x.p(0.4):
        sp.append((x.sty("manager"), lambda p, i, st: E(x.name("gs"), PER)))
    return x.k("employees"), sp

def th_payments(x, n, multi=False):
    eu = x.cc not in ("US", "CA", "AU", "IN")
    sp = [(x.sty("txn_id"), lambda p, i, st: x.neg("uuid")), (x.k("order"), lambda p, i, st: x.neg("order")),
          (x.sty(x.c(["customer", "cardholder", "payer_name"])), lambda p, i, st: E(p.full(x.c(["gs", "GS"])), PER))]
    sp.append((x.sty(x.c(["card_number", "pan", "cc_number"])),
               lambda p, i, st: E(x.card(), CCN) if x.p(0.6) else x.neg(x.c(["mask", "luhnbad"]))))
    if eu:
        sp += [(x.k("iban"), lambda p, i, st: E(x.iban(grouped=False), IBN) if x.p(0.8) else x.c([None, x.bad_iban()])),
               (x.sty("bic"), lambda p, i, st: x.c(["DEUTDEFFXXX", "COBADEFFXXX", "BNPAFRPPXXX", "INGBNL2A", "BSCHESMM",
                                                    "UNCRITMM", "NDEASESS", "DABADKKK", "PKOPPLPW"]))]
    else:
        sp += [(x.sty("routing_no"), lambda p, i, st: x.c(["021000021", "026009593", "121000248", "011000138", "322271627"])),
               (x.k("acct"), lambda p, i, st: E(x.acct(), ACC))]
    sp += [(x.k("amount"), lambda p, i, st: round(x.r.uniform(3, 4999), 2)),
           (x.sty("currency"), lambda p, i, st: "USD" if not eu else x.c(["EUR", "EUR", "GBP", "PLN", "SEK", "CZK"])),
           (x.k("status"), lambda p, i, st: x.c(["captured", "authorized", "refunded", "failed", "settled"]))]
    return x.sty(x.c(["payments", "transactions", "card_txn"])), sp

def th_users(x, n, multi=False):
    sp = [(x.sty("user_id"), lambda p, i, st: x.base_id + i), (x.sty("username"), lambda p, i, st: x.user(p)),
          (x.k("email"), lambda p, i, st: E(x.email(p), EML))]
    if x.p(0.5):
        sp.append((x.sty(x.c(["password", "pwd", "passwd_plain"])), lambda p, i, st: E(x.pw(), PWD)))
    else:
        sp.append((x.sty("password_hash"), lambda p, i, st: f"$2b$12${x.s(53, ALNUM + './')}"))
    sp.append((x.sty("last_login_ip"), lambda p, i, st: E(x.ip(), IPA)))
    if x.p(0.5):
        sp.append((x.sty("api_token"), lambda p, i, st: E(x.gsec(), GSC) if x.p(0.7) else None))
    sp += [(x.sty("mfa"), lambda p, i, st: x.c([True, False])), (x.k("created"), lambda p, i, st: x.meta_ts())]
    return x.sty(x.c(["users", "app_users", "accounts_user"])), sp

def th_leads(x, n, multi=False):
    sp = [(x.sty("lead_id"), lambda p, i, st: f"L-{x.d(6)}"), (x.k("name"), lambda p, i, st: E(x.name(p=p), PER)),
          (x.sty("company"), lambda p, i, st: x.c(COMPANIES)), (x.k("email"), lambda p, i, st: E(x.email(p, corp=True), EML)),
          (x.k("phone"), lambda p, i, st: E(x.phone(), PHN) if x.p(0.8) else ""),
          (x.k("city"), lambda p, i, st: E(x.city(), LOC)),
          (x.sty("source"), lambda p, i, st: x.c(["webinar", "linkedin", "trade_show", "organic", "partner"])),
          (x.sty("score"), lambda p, i, st: x.r.randint(1, 100))]
    return x.sty("crm_leads"), sp

def th_shipments(x, n, multi=False):
    sp = [(x.sty("shipment_id"), lambda p, i, st: x.base_id * 10 + i), (x.sty("tracking_no"), lambda p, i, st: x.neg("track")),
          (x.sty("recipient"), lambda p, i, st: E(x.name(p=p), PER)),
          (x.k("addr"), lambda p, i, st: E(x.addr(multi=multi and x.p(0.5)), ADR)),
          (x.k("phone"), lambda p, i, st: E(x.phone(), PHN)),
          (x.sty(x.c(["delivery_date", "eta", "delivered_at"])), lambda p, i, st: E(x.dt_db(time=x.p(0.5)), DTT)),
          (x.sty("weight_kg"), lambda p, i, st: round(x.r.uniform(0.2, 30), 2))]
    return x.sty("shipments"), sp

def th_sessions(x, n, multi=False):
    sp = [(x.sty("session_id"), lambda p, i, st: x.neg("uuid")), (x.sty("user_email"), lambda p, i, st: E(x.email(p), EML)),
          (x.sty(x.c(["client_ip", "ip_address", "remote_addr"])), lambda p, i, st: E(x.ip(), IPA)),
          (x.sty(x.c(["page_url", "landing_url"])), lambda p, i, st: E(x.url(), URLT)),
          (x.sty("event_ts"), lambda p, i, st: int(x.tick(1, 900).timestamp()))]
    return x.sty("web_sessions"), sp

def th_accounts(x, n, multi=False):
    sp = [(x.k("acct"), lambda p, i, st: E(x.acct(), ACC)), (x.sty("holder"), lambda p, i, st: E(x.name(p=p), PER))]
    if x.cc != "US":
        sp.append((x.k("iban"), lambda p, i, st: E(x.iban(), IBN)))
    sp += [(x.sty("balance"), lambda p, i, st: round(x.r.uniform(-500, 250000), 2)),
           (x.sty("opened_on"), lambda p, i, st: E(x.dt_db(2005, 2024, False), DTT)),
           (x.sty("branch"), lambda p, i, st: x.c(["0042", "1187", "0301", "2210"]))]
    return x.sty(x.c(["bank_accounts", "billing_accounts"])), sp

def th_drivers(x, n, multi=False):
    us = x.cc == "US"
    sp = [(x.sty("driver_id"), lambda p, i, st: x.base_id + i), (x.k("name"), lambda p, i, st: E(x.name(p=p), PER)),
          (x.k("dl"), lambda p, i, st: E(x.dl(), DLN))]
    if us:
        sp.append((x.sty("license_state"), lambda p, i, st: E(x.c(CITIES["US"])[1], LOC)))
    sp += [(x.sty("license_expiry"), lambda p, i, st: E(x.dt_db(2025, 2031, False), DTT)),
           (x.sty("plate"), lambda p, i, st: x.c([f"{x.s(3, UP)}-{x.d(4)}", f"B-{x.s(2, UP)} {x.d(4)}", f"{x.d(1)}{x.s(3, UP)}{x.d(3)}"])),
           (x.sty("vin"), lambda p, i, st: x.c(["1HGCM82633A", "WVWZZZ1JZXW", "VF1RFB00X5", "JN1AZ4EH7D"]) + x.d(6)),
           (x.k("mobile"), lambda p, i, st: E(x.phone(), PHN))]
    return x.sty("fleet_drivers"), sp

def th_appts(x, n, multi=False):
    sp = [(x.sty("appt_id"), lambda p, i, st: x.base_id + i), (x.sty("patient"), lambda p, i, st: E(x.name(p=p), PER)),
          (x.k("appt"), lambda p, i, st: E(x.dt_db(2024, 2025), DTT)),
          (x.sty("provider"), lambda p, i, st: [("Dr. ", None), (x.name("gs"), PER)]),
          (x.sty("clinic_city"), lambda p, i, st: E(x.city(), LOC)), (x.k("phone"), lambda p, i, st: E(x.phone(), PHN)),
          (x.sty("room"), lambda p, i, st: f"{x.c('ABC')}-{x.r.randint(100, 420)}")]
    return x.sty("appointments"), sp

def th_pets(x, n, multi=False):
    sp = [(x.sty("quote_ref"), lambda p, i, st: f"Q{x.d(8)}"), (x.sty("owner_name"), lambda p, i, st: E(x.name(p=p), PER)),
          (x.sty("owner_email"), lambda p, i, st: E(x.email(p), EML)), (x.sty("pet_name"), lambda p, i, st: x.c(PETS)),
          (x.sty("breed"), lambda p, i, st: x.c(BREEDS)), (x.sty("premium"), lambda p, i, st: round(x.r.uniform(9, 80), 2))]
    return x.sty("pet_quotes"), sp

THEMES = {"customers": th_customers, "patients": th_patients, "employees": th_employees, "payments": th_payments,
          "users": th_users, "leads": th_leads, "shipments": th_shipments, "sessions": th_sessions,
          "accounts": th_accounts, "drivers": th_drivers, "appts": th_appts, "pets": th_pets}
TH_W = {"customers": 6, "patients": 3, "employees": 3, "payments": 3, "users": 3, "leads": 2, "shipments": 2,
        "sessions": 2, "accounts": 2, "drivers": 2, "appts": 2, "pets": 1}

def table(x, lo=2, hi=5, themes=None, multi=False, maxcols=None):
    names = themes or list(THEMES)
    if x.lang != "en":          # prefer themes whose column names are localised
        names = [t for t in names if t not in ("users", "sessions", "pets")] or names
    th = x.r.choices(names, [TH_W[t] for t in names])[0]
    tname, spec = THEMES[th](x, 0, multi)
    if maxcols and len(spec) > maxcols:
        keep = sorted(x.r.sample(range(1, len(spec)), maxcols - 1))
        spec = [spec[0]] + [spec[i] for i in keep]
    cols, rows = _spec(x, x.n(lo, hi), spec)
    return tname, cols, rows

# --------------------------------------------------------------------------- document kinds
KINDS, ML, NEG = {}, set(), set()

def kind(name, ml=False, neg=False):
    def deco(f):
        KINDS[name] = f
        if ml:
            ML.add(name)
        if neg:
            NEG.add(name)
        return f
    return deco

def lts(x, style="py", lo=0, hi=6):
    t = x.tick(lo, hi)
    ms = f"{t.microsecond // 1000:03d}"
    return {"py": t.strftime("%Y-%m-%d %H:%M:%S,") + ms, "spark": t.strftime("%y/%m/%d %H:%M:%S"),
            "af": t.strftime("[%Y-%m-%d, %H:%M:%S UTC]"), "dbt": t.strftime("%H:%M:%S"),
            "iso": t.strftime("%Y-%m-%dT%H:%M:%S.") + ms + "Z", "epoch": f"{t.timestamp():.6f}"}[style]

def rowdoc(cols, row, mongo=False):
    d = {}
    for c, v in zip(cols, row):
        if mongo and isinstance(v, list) and len(v) == 1 and v[0][1] in (DOB, DTT):
            s = v[0][0]
            d[c] = {"$date": J(s + "T00:00:00Z" if len(s) == 10 else s, v[0][1])}
        else:
            d[c] = jsonish(v)
    return d

def schema_of(x):
    return x.c(["public.", "crm.", "", "staging.", "raw.", "app."])

@kind("sql_insert", ml=True)
def k_sql_insert(x):
    b = B()
    tn, cols, rows = table(x, 2, 5, multi=True)
    sch = schema_of(x)
    if x.p(0.5):
        b.ln(f"-- {x.w('seed')} {sch}{tn}").ln(f"-- {x.w('warn')}").t("\n")
    else:
        b.ln(f"--\n-- Data for Name: {tn}; Type: TABLE DATA; Schema: {sch.strip('.') or 'public'}; "
             f"Owner: {x.c(['app', 'postgres', 'etl_owner'])}\n--\n")
    cl = f" ({', '.join(cols)})" if x.p(0.7) else ""
    if x.p(0.5):
        for row in rows:
            b.ln(f"INSERT INTO {sch}{tn}{cl} VALUES ", sql_row(row), ";")
    else:
        b.ln(f"INSERT INTO {sch}{tn}{cl} VALUES")
        for j, row in enumerate(rows):
            b.ln("    ", sql_row(row), "," if j < len(rows) - 1 else ";")
    if x.p(0.4):
        b.ln(f"\nUPDATE {sch}{tn} SET {x.k('email')} = '", (x.email(), EML), f"' WHERE {cols[0]} = {x.base_id + 1};")
    if x.p(0.3):
        b.ln(f"SELECT pg_catalog.setval('{sch}{tn}_id_seq', {x.base_id + len(rows)}, true);")
    return b

@kind("pg_dump_copy", ml=True)
def k_pg_copy(x):
    b = B()
    tn, cols, rows = table(x, 2, 6, multi=True)
    v = x.c(["14.11", "15.6", "16.2", "13.14"])
    b.ln("--\n-- PostgreSQL database dump\n--\n").ln(f"-- Dumped from database version {v} (Debian {v}-1.pgdg120+1)")
    b.ln(f"-- Dumped by pg_dump version {x.c(['16.2', '15.6'])}\n").ln("SET statement_timeout = 0;")
    b.ln("SET client_encoding = 'UTF8';").ln("SET standard_conforming_strings = on;\n")
    if x.p(0.4):
        b.ln(f"-- {x.w('seed')} {tn}")
    b.ln(f"COPY public.{tn} ({', '.join(cols)}) FROM stdin;")
    for row in rows:
        b.ln(copy_row(row))
    b.ln("\\.\n")
    if x.p(0.5):
        b.ln(f"SELECT pg_catalog.setval('public.{tn}_id_seq', {x.base_id + len(rows) + x.r.randint(0, 40)}, true);")
    b.ln(f"\n--\n-- PostgreSQL database dump complete\n--")
    return b

@kind("mysqldump", ml=True)
def k_mysqldump(x):
    b = B()
    tn, cols, rows = table(x, 2, 5)
    host = x.ip() if x.p(0.6) else None
    b.ln(f"-- MySQL dump 10.13  Distrib {x.c(['8.0.36', '8.0.35', '5.7.44'])}, for Linux (x86_64)\n--")
    b.ln("-- Host: ", (host, IPA) if host else x.c(["localhost", "db-prod-2.internal"]),
         f"    Database: {x.c(['shop', 'crm', 'app_prod', 'kunden'])}")
    b.ln("-- ------------------------------------------------------").ln(f"-- Server version\t{x.c(['8.0.36', '8.0.32'])}\n")
    b.ln("/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;\n")
    b.ln(f"DROP TABLE IF EXISTS `{tn}`;").ln(f"CREATE TABLE `{tn}` (")
    for j, c in enumerate(cols):
        b.ln(f"  `{c}` {'int NOT NULL' if j == 0 else 'varchar(' + str(x.c([64, 128, 255])) + ') DEFAULT NULL'},")
    b.ln(f"  PRIMARY KEY (`{cols[0]}`)").ln(") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;\n")
    b.ln(f"LOCK TABLES `{tn}` WRITE;").ln(f"/*!40000 ALTER TABLE `{tn}` DISABLE KEYS */;")
    b.t(f"INSERT INTO `{tn}` VALUES ")
    for j, row in enumerate(rows):
        b.segs(([(",", None)] if j else []) + sql_row(row, mysql=True))
    b.ln(";").ln(f"/*!40000 ALTER TABLE `{tn}` ENABLE KEYS */;").ln("UNLOCK TABLES;")
    b.ln(f"-- Dump completed on {x.tick(60, 900).strftime('%Y-%m-%d %H:%M:%S')}")
    return b

@kind("sqlite_dump", ml=True)
def k_sqlite(x):
    b = B()
    tn, cols, rows = table(x, 2, 5, multi=True)
    if x.p(0.5):
        b.ln(f"$ sqlite3 {x.c(['app.db', 'local.sqlite3', 'export.db'])} .dump {tn}")
    b.ln("PRAGMA foreign_keys=OFF;").ln("BEGIN TRANSACTION;")
    b.ln(f"CREATE TABLE {tn} ({cols[0]} INTEGER PRIMARY KEY, " + ", ".join(f"{c} TEXT" for c in cols[1:]) + ");")
    for row in rows:
        b.ln(f"INSERT INTO {tn} VALUES", sql_row(row), ";")
    return b.ln("COMMIT;")

def _query(x, tn, cols, lim=True, n=None):
    q = f"SELECT {', '.join(cols) if x.p(0.7) else '*'} FROM {tn}"
    q += x.c(["", f" WHERE {cols[0]} > {x.base_id - 1}", " ORDER BY 1", f" WHERE {x.c(['status', 'deleted_at'])} IS NOT NULL"])
    return q + (f" LIMIT {n or x.r.randint(3, 10)}" if lim else "")

@kind("psql_select", ml=True)
def k_psql(x):
    b = B()
    tn, cols, rows = table(x, 2, 6, maxcols=7)
    db = x.c(["analytics", "crm", "warehouse", "app_prod", "postgres"])
    b.ln(f"{db}=> {_query(x, tn, cols, n=len(rows))};")
    b.lines(r_psql(cols, rows))
    b.ln(f"({len(rows)} {x.w('rows') if x.lang != 'en' else ('row' if len(rows) == 1 else 'rows')})\n")
    if x.p(0.5):
        b.ln(f"Time: {x.r.uniform(0.3, 900):.3f} ms")
    return b

@kind("psql_expanded", ml=True)
def k_psqlx(x):
    b = B()
    tn, cols, rows = table(x, 1, 3)
    db = x.c(["analytics", "crm", "warehouse"])
    b.ln(f"{db}=# \\x").ln("Expanded display is on.").ln(f"{db}=# {_query(x, tn, cols, n=len(rows))};")
    return b.lines(r_vert(cols, rows)).t("\n")

@kind("mysql_select", ml=True)
def k_mysql(x):
    b = B()
    tn, cols, rows = table(x, 2, 6, maxcols=7)
    b.ln(f"mysql> {_query(x, tn, cols, n=len(rows))};").lines(r_box(cols, rows))
    return b.ln(f"{len(rows)} row{'s' if len(rows) > 1 else ''} in set ({x.r.uniform(0, 2):.2f} sec)\n")

@kind("mysql_vertical", ml=True)
def k_mysqlg(x):
    b = B()
    tn, cols, rows = table(x, 1, 3)
    b.ln(f"mysql> {_query(x, tn, cols, n=len(rows))}\\G").lines(r_vert(cols, rows, mysql=True))
    return b.ln(f"{len(rows)} row{'s' if len(rows) > 1 else ''} in set ({x.r.uniform(0, 2):.2f} sec)")

CLIENTS = ["cqlsh", "beeline", "bq", "snowsql", "sqlcmd", "sqlplus", "duckdb", "clickhouse"]

def k_client(x, cl):
    b = B()
    tn, cols, rows = table(x, 2, 5, maxcols=6)
    if cl == "snowsql":
        cols = [c.upper() for c in cols]
    n = len(rows)
    q = _query(x, tn, cols, lim=cl not in ("sqlcmd", "sqlplus"), n=n)
    if cl == "cqlsh":
        b.ln(f"cqlsh:{x.c(['crm', 'events', 'userdata'])}> {q};\n").lines(r_psql(cols, rows, null="null"))
        b.ln(f"\n({n} rows)")
    elif cl == "beeline":
        db = x.c(["default", "crm", "lake"])
        b.ln(f"0: jdbc:hive2://hive-server.{x.c(['prod', 'dev'])}.internal:10000/{db}> {q};")
        b.lines(r_box([f"{tn}.{c}" for c in cols], rows, right=False)).ln(f"{n} rows selected ({x.r.uniform(0.1, 9):.3f} seconds)")
    elif cl == "bq":
        proj = x.c(["acme-dw", "data-prod-4411"])
        b.ln(f"$ bq query --use_legacy_sql=false '{q.replace(tn, '`' + proj + '.' + tn + '`')}'")
        b.ln(f"Waiting on bqjob_r{x.s(16, HEX)}_{x.s(16, HEX)}_1 ... (0s) Current status: DONE   ")
        b.lines(r_box(cols, rows))
    elif cl == "snowsql":
        u = x.c(["ANALYST", "ETL_SVC", "DBT_PROD"])
        b.ln(f"* SnowSQL * v1.2.{x.r.randint(20, 32)}").ln("Type SQL statements or !help")
        b.ln(f"{u}#COMPUTE_WH@{x.c(['CRM', 'RAW', 'ANALYTICS'])}.PUBLIC>{q};").lines(r_box(cols, rows, snow=True))
        b.ln(f"{n} Row(s) produced. Time Elapsed: {x.r.uniform(0.1, 5):.3f}s")
    elif cl == "sqlcmd":
        b.ln(f"1> SELECT TOP {n} {', '.join(cols)} FROM dbo.{tn};").ln("2> GO")
        b.lines(r_fixed(cols, rows, null="NULL")).ln(f"\n({n} rows affected)")
    elif cl == "sqlplus":
        b.ln(f"SQL> {q} WHERE ROWNUM <= {n};\n").lines(r_fixed(cols, rows, upper=True)).ln(f"\n{n} rows selected.\n")
        b.ln("SQL> ")
    elif cl == "duckdb":
        b.ln(f"D SELECT * FROM read_csv_auto('{x.c(['exports', 'data', 'tmp'])}/{tn}.csv') LIMIT {n};")
        types = ["int64" if isinstance(rows[0][i], int) else "double" if isinstance(rows[0][i], float) else "varchar"
                 for i in range(len(cols))]
        b.lines(r_uni(cols, rows, types=types))
    else:
        h = x.c(["ch-01", "clickhouse-0", "ch-analytics"])
        b.ln(f"{h} :) {q}\n").ln(f"Query id: {x.neg('uuid')}\n").lines(r_uni(cols, rows, ch=True))
        b.ln(f"\n{n} rows in set. Elapsed: {x.r.uniform(0.001, 0.9):.3f} sec. Processed {x.r.randint(2, 900)}.{x.d(2)} "
             f"thousand rows, {x.r.uniform(0.1, 90):.2f} MB.")
    return b

for _cl in CLIENTS:
    kind(_cl, ml=True)(lambda x, _c=_cl: k_client(x, _c))

@kind("flyway_seed", ml=True)
def k_flyway(x):
    b = B()
    tn, cols, rows = table(x, 2, 4)
    col = x.sty(x.c(["consent_version", "marketing_opt_in", "source_system"]))
    b.ln(f"-- V{x.r.randint(3, 90)}__{x.c(['seed', 'add', 'backfill'])}_{tn}.sql").ln(f"-- {x.w('seed')} {tn} ({x.neg('ticket')})")
    b.ln(f"-- {x.w('warn')}\n").ln(f"ALTER TABLE {tn} ADD COLUMN IF NOT EXISTS {col} varchar(32);\n")
    for row in rows:
        b.ln(f"INSERT INTO {tn} ({', '.join(cols)})").ln("VALUES ", sql_row(row), ";")
    b.ln(f"\nUPDATE {tn} SET {col} = '{x.neg('ver')}' WHERE {col} IS NULL;")
    if x.p(0.4):
        b.ln(f"CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_{tn}_{cols[1].lower()} ON {tn} ({cols[1]});")
    return b

@kind("alembic_seed", ml=True)
def k_alembic(x):
    b = B()
    tn, cols, rows = table(x, 2, 4)
    rev, down = x.s(12, HEX), x.s(12, HEX)
    b.ln(f'"""{x.w("seed")} {tn}\n\nRevision ID: {rev}\nRevises: {down}')
    b.ln(f'Create Date: {x.tick(0, 99999).strftime("%Y-%m-%d %H:%M:%S.%f")}\n\n"""')
    b.ln("from alembic import op\nimport sqlalchemy as sa\n\n").ln(f'revision = "{rev}"\ndown_revision = "{down}"\n\n')
    b.ln("def upgrade() -> None:").ln(f'    {tn} = sa.table("{tn}", ' + ", ".join(f'sa.column("{c}")' for c in cols) + ")")
    b.ln(f"    op.bulk_insert({tn}, [")
    for row in rows:
        b.t("        ")
        jw(b, {c: jsonish(v) for c, v in zip(cols, row)}, ind=None, py=True)
        b.ln(",")
    b.ln("    ])\n\n\ndef downgrade() -> None:").ln(f'    op.execute("DELETE FROM {tn} WHERE {cols[0]} >= {x.base_id}")')
    return b

@kind("django_fixture", ml=True)
def k_django(x):
    b = B()
    tn, cols, rows = table(x, 1, 3, multi=True)
    app = x.c(["crm", "accounts", "clinic", "billing"])
    if x.p(0.4):
        b.ln(f"# {app}/fixtures/{tn}.json  -- {x.w('seed')} {tn}")
    jw(b, [{"model": f"{app}.{tn.rstrip('s').lower()}", "pk": row[0] if isinstance(row[0], int) else j + 1,
            "fields": {c: jsonish(v) for c, v in zip(cols[1:], row[1:])}} for j, row in enumerate(rows)],
       ind=x.c([2, 4]))
    return b.t("\n")

@kind("liquibase_yaml", ml=True)
def k_liquibase(x):
    b = B()
    tn, cols, rows = table(x, 1, 2)
    b.ln("databaseChangeLog:")
    for row in rows:
        b.ln("  - changeSet:").ln(f"      id: {x.tick(0, 9e5).strftime('%Y%m%d')}-{x.r.randint(1, 40)}")
        b.ln(f"      author: {x.user()}").ln(f"      comment: {x.w('seed')} {tn}").ln("      context: dev,test")
        b.ln("      changes:").ln("        - insert:").ln(f"            tableName: {tn}").ln("            columns:")
        for c, v in zip(cols, row):
            sg, k = norm(v, "null")
            if k == "z":
                continue
            key = "valueNumeric" if k == "n" else "value"
            b.ln("              - column:").ln(f"                  name: {c}")
            b.ln(f'                  {key}: ' + ('"' if k == "s" else ""), [(jesc(s), t) for s, t in sg], '"' if k == "s" else "")
    return b

@kind("spark_log", ml=True)
def k_spark(x):
    b = B()
    ts = lambda: lts(x, "spark")
    tn, cols, rows = table(x, 1, 2, themes=["customers", "patients", "employees", "leads"])
    host = f"ip-10-{x.r.randint(0, 60)}-{x.r.randint(0, 255)}-{x.r.randint(2, 250)}.ec2.internal"
    app = x.c(["CustomerSync", "crm_to_lake", "PatientLoader", "nightly_dedup"])
    b.ln(f"{ts()} INFO SparkContext: Running Spark version {x.c(['3.5.1', '3.4.2', '3.3.4'])}")
    b.ln(f"{ts()} INFO SparkContext: Submitted application: {app}")
    b.ln(f"{ts()} INFO Utils: Successfully started service 'sparkDriver' on port {x.r.randint(30000, 50000)}.")
    b.ln(f"{ts()} INFO SparkUI: Bound SparkUI to {host}, and started at ", (f"http://{host}:4040", URLT))
    for e in range(x.r.randint(1, 3)):
        ip = x.ip(private=True, v6=False)
        b.ln(f"{ts()} INFO StandaloneAppClient$ClientEndpoint: Executor added: app-{x.d(14)}-{x.d(4)}/{e} on ",
             f"worker-{x.d(14)}-{x.r.randint(30000, 50000)} (", (ip, IPA), f":{x.r.randint(30000, 50000)}) with 4 core(s)")
    if x.p(0.6):
        b.ln(f"{ts()} INFO JDBCRelation: Number of partitions: 8, WHERE clauses of these partitions: \"id\" < 12500")
        b.ln(f"{ts()} WARN JdbcUtils: Connecting with url jdbc:postgresql://", (x.ip(private=True, v6=False), IPA),
             f":5432/{x.c(['crm', 'prod', 'app'])}?user={x.c(['spark', 'etl_ro'])}&password=", (x.pw(dsn=True), PWD),
             "&ssl=true")
    if x.p(0.5):
        b.ln(f"{ts()} INFO S3AFileSystem: fs.s3a.access.key=", (x.aws_ak(), AKI), " fs.s3a.secret.key=", (x.aws_sk(), ASK))
    b.ln(f"{ts()} INFO {app}: ", x.logmsg(0))
    b.ln(f"{ts()} INFO {app}: ", x.logmsg())
    b.ln(f"{ts()} ERROR Executor: Exception in task 3.0 in stage 2.0 (TID {x.r.randint(10, 400)})")
    b.ln("org.apache.spark.SparkException: Malformed records are detected in record parsing. Parse Mode: FAILFAST.")
    b.ln(f"Caused by: org.apache.spark.sql.catalyst.util.BadRecordException: Malformed CSV record: ",
         r_delim(cols, rows[:1], header=False)[0])
    b.ln(f"\tat org.apache.spark.sql.catalyst.csv.UnivocityParser.parse(UnivocityParser.scala:{x.r.randint(300, 400)})")
    b.ln(f"{ts()} INFO DAGScheduler: Job 2 failed: save at NativeMethodAccessorImpl.java:0, took {x.neg('dur')}")
    return b

@kind("pyspark_show", ml=True)
def k_pyspark(x):
    b = B()
    tn, cols, rows = table(x, 2, 5, maxcols=6)
    src = x.c([f"s3a://raw-zone/{tn}/dt={x.rdate(2024, 2025)}/", f"dbfs:/mnt/bronze/{tn}/",
               f"gs://landing-{x.d(4)}/{tn}/*.csv"])
    b.ln(f'>>> df = spark.read.option("header", True).csv("{src}")').ln(">>> df.printSchema()").ln("root")
    for c in cols:
        b.ln(f" |-- {c}: string (nullable = true)")
    b.ln(f">>> df.count()\n{x.r.randint(1000, 9000000)}").ln(f">>> df.show({len(rows)}, truncate=False)")
    b.lines(r_box(cols, rows, null="null", right=False))
    return b.ln(f"only showing top {len(rows)} rows\n")

@kind("airflow_log", ml=True)
def k_airflow(x):
    b = B()
    ts = lambda: lts(x, "af")
    dag, task = x.c(["crm_sync", "patient_ingest", "hr_export_daily", "marketing_leads"]), x.c(["extract", "load_stage", "upsert"])
    run = x.tick(0, 0).strftime("%Y-%m-%dT%H:00:00+00:00")
    b.ln(f"{ts()} {{taskinstance.py:1979}} INFO - Dependencies all met for dep_context=non-requeueable deps "
         f"ti=<TaskInstance: {dag}.{task} scheduled__{run} [queued]>")
    b.ln(f"{ts()} {{taskinstance.py:2193}} INFO - Starting attempt 1 of 3")
    b.ln(f"{ts()} {{base.py:83}} INFO - Using connection ID '{x.c(['crm_postgres', 'mssql_erp', 'mysql_shop'])}' for task execution.")
    if x.p(0.4):
        b.ln(f"{ts()} {{http.py:161}} INFO - Sending 'GET' to url: ", (x.url(), URLT))
    tn, cols, rows = table(x, 1, 3, themes=["customers", "employees", "patients", "leads", "users"], maxcols=6)
    b.ln(f"{ts()} {{sql.py:450}} INFO - Running statement: SELECT {', '.join(cols)} FROM {tn}, parameters: None")
    for row in rows:
        b.t(f"{ts()} {{logging_mixin.py:188}} INFO - (")
        for j, v in enumerate(row):
            b.segs(([(", ", None)] if j else []) + (sql_lit(v) if not isinstance(v, (int, float)) else norm(v)[0]))
        b.ln(")")
    b.ln(f"{ts()} {{logging_mixin.py:188}} INFO - ", x.logmsg())
    b.ln(f"{ts()} {{taskinstance.py:1138}} INFO - Marking task as SUCCESS. dag_id={dag}, task_id={task}, "
         f"execution_date={run[:10].replace('-', '')}T{run[11:19].replace(':', '')}, "
         f"start_date={x.tick(0, 9).strftime('%Y%m%dT%H%M%S')}, end_date={x.tick(1, 90).strftime('%Y%m%dT%H%M%S')}")
    b.ln(f"{ts()} {{local_task_job_runner.py:234}} INFO - Task exited with return code 0")
    return b

@kind("airflow_connections")
def k_af_conns(x):
    b = B()
    if x.p(0.5):
        b.ln("$ airflow connections export - --file-format env")
        b.ln("AIRFLOW_CONN_CRM_POSTGRES=postgresql://airflow:", (x.pw(dsn=True), PWD), "@", (x.ip(False, True), IPA), ":5432/crm")
        b.ln(f"AIRFLOW_CONN_WAREHOUSE=snowflake://{x.c(['ETL_SVC', 'AIRFLOW'])}:", (x.pw(dsn=True), PWD),
             f"@/{x.c(['RAW', 'ANALYTICS'])}?account=xy{x.d(5)}&region=eu-central-1&warehouse=LOAD_WH")
        b.ln("AIRFLOW_CONN_AWS_DEFAULT=aws://", (x.aws_ak(), AKI), ":", (x.aws_sk().replace("/", "+"), ASK), "@/?region_name=eu-west-1")
        b.ln("AIRFLOW_CONN_SLACK_ALERTS=slack://:", (x.slack(), SLK), "@/?channel=%23data-alerts")
        return b
    b.ln("$ airflow connections export - --file-format json")
    conns = {"crm_postgres": {"conn_type": "postgres", "host": J(x.ip(False, True), IPA), "login": "airflow",
                              "password": J(x.pw(), PWD), "schema": "crm", "port": 5432, "extra": '{"sslmode": "require"}'},
             "aws_default": {"conn_type": "aws", "login": J(x.aws_ak(), AKI), "password": J(x.aws_sk(), ASK),
                             "extra": '{"region_name": "eu-central-1"}'},
             "hubspot_api": {"conn_type": "http", "host": "api.hubapi.com", "password": J(x.gsec(), GSC),
                             "extra": JS([('{"owner_email": "', None), (x.email(corp=True), EML), ('"}', None)])}}
    if x.p(0.5):
        conns["github_default"] = {"conn_type": "github", "password": J(x.gh(), GHT)}
    jw(b, conns, ind=2)
    return b.t("\n")

@kind("dbt_log", ml=True)
def k_dbt(x):
    b = B()
    ts = lambda: lts(x, "dbt", 0, 3)
    m = x.c(["stg_customers", "stg_patients", "dim_contact", "int_employees"])
    b.ln(f"{ts()}  Running with dbt={x.c(['1.7.4', '1.8.2', '1.6.9'])}").ln(f"{ts()}  Registered adapter: postgres=1.7.4")
    b.ln(f"{ts()}  Found {x.r.randint(20, 300)} models, {x.r.randint(30, 800)} tests, 6 sources, 512 macros\n{ts()}")
    b.ln(f"{ts()}  1 of 3 START sql view model staging.{m} .......................... [RUN]")
    b.ln(f"{ts()}  1 of 3 OK created sql view model staging.{m} ..................... [CREATE VIEW in {x.r.uniform(0.05, 3):.2f}s]")
    nf = x.r.randint(1, 4)
    b.ln(f"{ts()}  2 of 3 FAIL {nf} unique_{m}_email ................................ [FAIL {nf} in 0.{x.d(2)}s]")
    b.ln(f"{ts()}  \n{ts()}  Failure in test unique_{m}_email (models/staging/schema.yml)")
    b.ln(f"{ts()}    Got {nf} result{'s' if nf > 1 else ''}, configured to fail if != 0")
    b.ln(f"{ts()}    compiled Code at target/compiled/analytics/models/staging/schema.yml/unique_{m}_email.sql\n")
    b.ln(f"$ dbt show --select {m} --limit 3")
    tn, cols, rows = table(x, 2, 3, themes=["customers", "patients", "employees"], maxcols=6)
    b.ln(f"{ts()}  Previewing node '{m}':").lines(r_md(cols, rows))
    return b

@kind("dbt_profiles")
def k_dbt_profiles(x):
    b = B()
    proj = x.c(["analytics", "jaffle_shop", "warehouse", "crm_dw"])
    u = x.user()
    b.ln(f"# ~/.dbt/profiles.yml  (owner: ", (x.name("gs"), PER), ")").ln(f"{proj}:\n  target: dev\n  outputs:\n    dev:")
    b.ln("      type: postgres\n      host: ", (x.ip(False, True), IPA)).ln(f"      user: {u}")
    b.ln('      password: "', (x.pw(), PWD), '"').ln(f"      port: 5432\n      dbname: {proj}\n      schema: dbt_{u}\n      threads: 4")
    b.ln("    prod:\n      type: snowflake").ln(f"      account: xy{x.d(5)}.eu-central-1\n      user: DBT_PROD")
    b.ln("      password: \"{{ env_var('DBT_PROD_PASSWORD') }}\"\n      role: TRANSFORMER\n      warehouse: TRANSFORMING")
    if x.p(0.6):
        b.ln("    bq:\n      type: bigquery\n      method: service-account-json").ln(f"      project: {proj}-{x.d(6)}")
        b.ln("      keyfile_json:\n        type: service_account").ln(f"        private_key_id: {x.s(40, HEX)}")
        b.ln('        private_key: "', (x.pem(nl="\\n"), PKY), '\\n"')
        b.ln("        client_email: ", (f"dbt-runner@{proj}-{x.d(6)}.iam.gserviceaccount.com", EML)).ln(f"        client_id: \"{x.d(21)}\"")
        b.ln("        token_uri: ", ("https://oauth2.googleapis.com/token", URLT))
    return b

@kind("tfstate")
def k_tfstate(x):
    b = B()
    acct, reg = x.d(12), x.c(["eu-central-1", "us-east-1", "eu-west-1"])
    res = [{"mode": "managed", "type": "aws_db_instance", "name": "crm", "provider": 'provider["registry.terraform.io/hashicorp/aws"]',
            "instances": [{"schema_version": 2, "attributes": {
                "address": f"crm-prod.c{x.s(10, LOW + DIG)}.{reg}.rds.amazonaws.com", "engine": "postgres",
                "engine_version": x.c(["15.5", "16.1"]), "username": "crm_admin", "password": J(x.pw(), PWD),
                "port": 5432, "tags": {"Owner": J(x.name("gs"), PER), "CostCenter": f"CC-{x.d(4)}"}}}]}]
    if x.p(0.7):
        res.append({"mode": "managed", "type": "aws_iam_access_key", "name": "etl", "instances": [{"attributes": {
            "id": J(x.aws_ak(), AKI), "secret": J(x.aws_sk(), ASK), "status": "Active", "user": "svc-etl",
            "create_date": x.meta_ts()}}]})
    if x.p(0.4):
        res.append({"mode": "managed", "type": "tls_private_key", "name": "bastion", "instances": [{"attributes": {
            "algorithm": "ECDSA", "private_key_pem": J(x.pem() + "\n", PKY)}}]})
    elif x.p(0.5):
        res.append({"mode": "managed", "type": "random_password", "name": "airflow_db", "instances": [{"attributes": {
            "length": 24, "special": True, "result": J(x.pw(), PWD)}}]})
    jw(b, {"version": 4, "terraform_version": x.c(["1.6.6", "1.7.4", "1.5.7"]), "serial": x.r.randint(3, 400),
           "lineage": x.neg("uuid"), "outputs": {"db_endpoint": {"value": f"crm-prod.{reg}.rds.amazonaws.com:5432", "type": "string"},
                                                 "alert_email": {"value": J(x.email(corp=True), EML), "type": "string"}},
           "resources": res}, ind=2)
    return b.t("\n")

@kind("tfvars")
def k_tfvars(x):
    b = B()
    ip1, ip2 = x.ip(False, False), x.ip(False, True)
    b.ln(f'# terraform.tfvars -- {x.c(["prod", "staging", "dev"])}').ln(f'region              = "{x.c(["eu-central-1", "us-east-1"])}"')
    b.ln(f'project             = "{x.c(["data-platform", "crm-lake"])}"').ln('db_username         = "app_admin"')
    b.ln('db_password         = "', (x.pw(), PWD), '"').ln('alert_email         = "', (x.email(corp=True), EML), '"')
    b.ln('allowed_cidrs       = ["', (ip1, IPA), f'/{x.c([24, 28, 32])}", "', (ip2, IPA), '/16"]')
    b.ln('datadog_api_key     = "', (x.s(32, HEX), GSC), '"') if x.p(0.6) else b.ln('datadog_api_key     = var.dd_key')
    if x.p(0.6):
        k, v, t = x.anysecret()
        b.ln(f'{k.lower():20s}= "', (v, t), '"')
    b.ln(f'instance_class      = "db.r6g.large"\nbackup_retention    = {x.r.randint(3, 35)}')
    b.ln("tags = {").ln('  Owner      = "', (x.name("gs"), PER), '"').ln(f'  CostCenter = "CC-{x.d(4)}"\n  Version    = "{x.neg("ver")}"\n}}')
    return b

@kind("dotenv")
def k_dotenv(x):
    b = B()
    b.ln(f"# .env.{x.c(['local', 'production', 'staging'])} -- {x.c(['do not commit!!', 'copied from 1password', 'TODO rotate'])}")
    b.ln(f"APP_ENV={x.c(['production', 'staging'])}\nAPP_VERSION={x.neg('ver')}\nLOG_LEVEL=info")
    b.ln("DATABASE_URL=postgres://app:", (x.pw(dsn=True), PWD), "@", (x.ip(False, True), IPA), f":5432/{x.c(['app', 'crm'])}")
    if x.p(0.5):
        b.ln("REDIS_URL=redis://:", (x.pw(dsn=True), PWD), f"@redis-master.{x.c(['prod', 'svc'])}.local:6379/0")
    opts = [lambda: b.ln("AWS_ACCESS_KEY_ID=", (x.aws_ak(), AKI)).ln("AWS_SECRET_ACCESS_KEY=", (x.aws_sk(), ASK)),
            lambda: b.ln("STRIPE_SECRET_KEY=", (x.stripe(), STK)).ln(f"STRIPE_PUBLISHABLE_KEY=pk_live_{x.s(24)}"),
            lambda: b.ln("SLACK_BOT_TOKEN=", (x.slack(), SLK)),
            lambda: b.ln("GITHUB_TOKEN=", (x.gh(), GHT)),
            lambda: b.ln("JWT_SIGNING_SECRET=", (x.s(48, B64U), GSC)),
            lambda: b.ln("SERVICE_TOKEN=", (x.jwt(), JWTT)),
            lambda: b.ln('SENDGRID_API_KEY="', (x.gsec(), GSC), '"'),
            lambda: b.ln('SFTP_PRIVATE_KEY="', (x.pem(nl="\\n"), PKY), '"'),
            lambda: b.ln("MAIL_FROM=", (x.email(corp=True), EML)).ln("SUPPORT_PHONE=", (x.phone(), PHN)),
            lambda: b.ln("SMTP_PASSWORD=${SMTP_PASSWORD}\nSNOWFLAKE_PASSWORD=${SNOWFLAKE_PASSWORD:-changeme}")]
    for f in x.r.sample(opts, x.r.randint(3, 6)):
        f()
    return b.ln(f"FEATURE_FLAGS=new_checkout,beta_export\nBUILD_SHA={x.neg('sha')}")

@kind("docker_compose")
def k_compose(x):
    b = B()
    pw, u = x.pw(dsn=True), x.c(["airflow", "etl", "metabase"])
    b.ln('version: "3.8"\nservices:\n  postgres:\n    image: postgres:15\n    environment:').ln(f"      POSTGRES_USER: {u}")
    b.ln("      POSTGRES_PASSWORD: ", (pw, PWD)).ln(f"      POSTGRES_DB: {u}\n    ports:\n      - \"5432:5432\"")
    b.ln("  airflow-webserver:\n    image: apache/airflow:2.8.1\n    environment:")
    b.ln(f"      AIRFLOW__DATABASE__SQL_ALCHEMY_CONN: postgresql+psycopg2://{u}:", (pw, PWD), f"@postgres/{u}")
    b.ln("      AIRFLOW__CORE__FERNET_KEY: ", (x.s(43, B64U) + "=", GSC))
    b.ln("      AIRFLOW__WEBSERVER__SECRET_KEY: ${WEBSERVER_SECRET_KEY}")
    if x.p(0.6):
        b.ln("  pgadmin:\n    image: dpage/pgadmin4\n    environment:").ln("      PGADMIN_DEFAULT_EMAIL: ", (x.email(corp=True), EML))
        b.ln("      PGADMIN_DEFAULT_PASSWORD: ", (x.pw(), PWD) if x.p(0.7) else "${PGADMIN_PASSWORD}")
    b.ln("    extra_hosts:\n      - \"warehouse:", (x.ip(False, True), IPA), '"')
    return b

@kind("k8s_secret")
def k_k8s(x):
    b = B()
    enc = lambda s: base64.b64encode(s.encode()).decode()
    b.ln("apiVersion: v1\nkind: Secret\nmetadata:").ln(f"  name: {x.c(['etl-db-credentials', 'airflow-secrets', 'crm-sync'])}")
    b.ln(f"  namespace: {x.c(['data', 'airflow', 'etl'])}\n  uid: {x.neg('uuid')}\n  resourceVersion: \"{x.d(8)}\"")
    b.ln(f"  creationTimestamp: \"{x.tick(0, 9e5).strftime('%Y-%m-%dT%H:%M:%SZ')}\"\ntype: Opaque\ndata:")
    b.ln("  DB_USER: ", (enc(x.user()), GSC)).ln("  DB_PASSWORD: ", (enc(x.pw()), PWD))
    if x.p(0.6):
        b.ln("  API_KEY: ", (enc(x.gsec()), GSC))
    if x.p(0.4):
        b.ln("  AWS_SECRET_ACCESS_KEY: ", (enc(x.aws_sk()), GSC))
    if x.p(0.4):
        b.ln("stringData:\n  sftp.key: |").ln("    ", (x.pem(nl="\n    "), PKY))
    return b

@kind("jupyter", ml=True)
def k_jupyter(x):
    b = B()
    tn, cols, rows = table(x, 2, 4, maxcols=5)
    host, pw = x.ip(False, True), x.pw(dsn=True)
    src1 = [JS("import pandas as pd\n"), JS("from sqlalchemy import create_engine\n"),
            JS([('engine = create_engine("postgresql://analyst:', None), (pw, PWD), ("@", None), (host, IPA),
                (':5432/crm")\n', None)]), JS(f'df = pd.read_sql("{_query(x, tn, cols, False)}", engine)\n'), "df.head()"]
    out = [JS(ln + [("\n", None)]) for ln in r_pandas(cols, rows, null="None")]
    cells = [{"cell_type": "markdown", "metadata": {}, "source": [f"## {x.w('sample').capitalize()} -- {tn}"]},
             {"cell_type": "code", "execution_count": x.r.randint(1, 40), "metadata": {},
              "outputs": [{"data": {"text/plain": out}, "execution_count": 3, "metadata": {}, "output_type": "execute_result"}],
              "source": src1}]
    if x.p(0.5):
        k, v, t = x.anysecret()
        cells.append({"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [],
                      "source": [JS("import os\n"), JS([(f'os.environ["{k}"] = "', None), (v, t), ('"', None)])]})
    jw(b, {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
           "nbformat": 4, "nbformat_minor": 5}, ind=1)
    return b.t("\n")

@kind("pandas_repl", ml=True)
def k_pandas(x):
    b = B()
    tn, cols, rows = table(x, 3, 6, maxcols=6)
    f = f"exports/{tn}_{x.rdate(2024, 2025)}.csv"
    b.ln(">>> import pandas as pd").ln(f'>>> df = pd.read_csv("{f}"{", sep=chr(59)" if x.lang != "en" else ""})')
    b.ln(f">>> df.shape\n({x.r.randint(500, 90000)}, {len(cols)})").ln(f">>> df.head({len(rows)})").lines(r_pandas(cols, rows))
    if x.p(0.5):
        b.ln(f">>> df['{cols[1]}'].isna().sum()\n{x.r.randint(0, 40)}")
    if x.p(0.5):
        b.ln(f">>> df.memory_usage(deep=True).sum()\n{x.r.randint(10 ** 5, 10 ** 8)}")
    return b

@kind("csv_messy", ml=True)
def k_csv_messy(x):
    b = B()
    tn, cols, rows = table(x, 3, 6, multi=True, themes=["customers", "leads", "shipments", "employees", "patients"])
    if x.p(0.3):
        b.t("\ufeff")
    for row in rows:                 # messy: stray spaces, swapped name order
        for j, v in enumerate(row):
            if isinstance(v, list) and len(v) == 1 and x.p(0.12):
                row[j] = [(x.c([" ", "  "]), None), v[0], (x.c([" ", ""]), None)]
    b.lines(r_delim(cols, rows, sep=",", allq=x.p(0.3)))
    return b

@kind("csv_eu", ml=True)
def k_csv_eu(x):
    b = B()
    tn, cols, rows = table(x, 3, 6, themes=["customers", "employees", "accounts", "payments", "patients"])
    for row in rows:
        for j, v in enumerate(row):
            if isinstance(v, float):
                row[j] = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
            elif isinstance(v, list) and len(v) == 1 and v[0][1] in (DOB, DTT) and len(v[0][0]) == 10:
                row[j] = [(x.fdate(dtm.date.fromisoformat(v[0][0]), x.c(["{dd}.{mm}.{y}", "{dd}/{mm}/{y}", "{dd}-{mm}-{y}"])),
                           v[0][1])]
    return b.lines(r_delim(cols, rows, sep=";", allq=x.p(0.3)))

@kind("parquet_dump", ml=True)
def k_parquet(x):
    b = B()
    tn, cols, rows = table(x, 1, 3)
    f = f"part-00000-{x.neg('uuid')}-c000.snappy.parquet"
    b.ln(f"$ parquet-tools schema {f}").ln("message spark_schema {")
    for c, v in zip(cols, rows[0]):
        b.ln(f"  optional {'int64' if isinstance(v, int) else 'double' if isinstance(v, float) else 'binary'} {c}"
             f"{'' if isinstance(v, (int, float)) else ' (STRING)'};")
    b.ln("}\n").ln(f"$ parquet-tools head -n {len(rows)} {f}")
    for row in rows:
        for c, v in zip(cols, row):
            if v is not None:
                b.ln(f"{c} = ", norm(v)[0])
        b.t("\n")
    return b

@kind("avro_dump", ml=True)
def k_avro(x):
    b = B()
    tn, cols, rows = table(x, 1, 3)
    fields = [{"name": c, "type": "long" if isinstance(v, int) else ["null", "string"]} for c, v in zip(cols, rows[0])]
    b.ln(f"$ avro-tools getschema {tn}.avro")
    jw(b, {"type": "record", "name": tn.title().replace("_", ""), "namespace": f"com.{x.c(['acme', 'globex'])}.crm",
           "fields": fields}, ind=None)
    b.ln("").ln(f"$ avro-tools tojson {tn}.avro")
    for row in rows:
        jw(b, {c: (v if isinstance(v, int) or v is None else {"string": jsonish(v) if not isinstance(v, float) else str(v)})
               for c, v in zip(cols, row)}, ind=None, comma=",", kv=":")
        b.t("\n")
    return b

@kind("es_hits", ml=True)
def k_es(x):
    b = B()
    tn, cols, rows = table(x, 1, 3, themes=["customers", "sessions", "leads", "users", "patients"])
    idx = f"{tn.lower()}-{x.rdate(2024, 2025).strftime('%Y.%m')}"
    hits = [{"_index": idx, "_id": x.s(20, B64U), "_score": round(x.r.uniform(1, 9), 4),
             "_source": {c: jsonish(v) for c, v in zip(cols, row)}} for row in rows]
    b.ln(f"GET {idx}/_search?q={x.c(['status:active', 'country:*', '_exists_:email'])}")
    jw(b, {"took": x.r.randint(1, 90), "timed_out": False, "_shards": {"total": 1, "successful": 1, "skipped": 0, "failed": 0},
           "hits": {"total": {"value": len(rows), "relation": "eq"}, "max_score": hits[0]["_score"], "hits": hits}}, ind=2)
    return b.t("\n")

@kind("kafka_kcat", ml=True)
def k_kcat(x):
    b = B()
    topic = x.c(["crm.customers.v1", "patient-events", "user-signups", "hr.employee.changed"])
    b.ln(f"$ kcat -b broker-{x.r.randint(0, 2)}.kafka.internal:9092 -t {topic} -C -o -{x.r.randint(2, 3)} -e "
         "-f 'Key: %k\\nHeaders: %h\\nPartition: %p Offset: %o\\n%s\\n'")
    tn, cols, rows = table(x, 1, 3, themes=["customers", "users", "employees", "patients", "sessions"])
    for row in rows:
        b.t(f"Key: {row[0] if not isinstance(row[0], list) else x.neg('uuid')}\nHeaders: trace-id={x.s(32, HEX)}")
        if x.p(0.4):
            b.t(",authorization=Bearer ").e(x.jwt(), JWTT)
        b.ln(f",schema-version={x.neg('ver')}").ln(f"Partition: {x.r.randint(0, 11)} Offset: {x.r.randint(1000, 99999999)}")
        jw(b, {"event_type": x.c(["upsert", "created", "updated"]), "event_id": x.neg("uuid"), "occurred_at": x.meta_ts(),
               "payload": {c: jsonish(v) for c, v in zip(cols, row)}}, ind=None)
        b.t("\n")
    return b.ln(f"% Reached end of topic {topic} [0] at offset {x.r.randint(10 ** 5, 10 ** 8)}: exiting")

@kind("debezium", ml=True)
def k_debezium(x):
    b = B()
    tn, cols, rows = table(x, 2, 2, themes=["customers", "employees", "patients", "accounts"])
    before = {c: jsonish(v) for c, v in zip(cols, rows[0])}
    after = dict(before)
    for c, v in zip(cols[1:], rows[1][1:]):
        if x.p(0.4):
            after[c] = jsonish(v)
    ts = x.r.randint(1672531200000, 1767225600000)
    jw(b, {"payload": {"before": before, "after": after, "source": {
        "version": x.c(["2.5.0.Final", "2.4.2.Final"]), "connector": "postgresql", "name": "dbserver1", "ts_ms": ts,
        "db": x.c(["crm", "app"]), "schema": "public", "table": tn, "txId": x.r.randint(1000, 90000),
        "lsn": x.r.randint(10 ** 7, 10 ** 9)}, "op": "u", "ts_ms": ts + x.r.randint(1, 900)}}, ind=x.c([2, None]))
    return b.t("\n")

@kind("mongoexport", ml=True)
def k_mongoexport(x):
    b = B()
    tn, cols, rows = table(x, 1, 3, themes=["customers", "patients", "users", "employees"])
    b.ln(f"$ mongoexport --uri=\"mongodb+srv://{x.c(['reader', 'etl'])}:", (x.pw(dsn=True), PWD),
         f"@cluster0.{x.s(5, LOW + DIG)}.mongodb.net/{x.c(['crm', 'app'])}\" --collection={tn} --limit={len(rows)}")
    b.ln(f"{lts(x, 'iso').replace('Z', '+0000')}\tconnected to: mongodb+srv://[**REDACTED**]@cluster0.mongodb.net/")
    for row in rows:
        d = {"_id": {"$oid": x.s(24, HEX)}}
        d.update(rowdoc(cols[1:], row[1:], mongo=True))
        d["updatedAt"] = {"$date": {"$numberLong": str(x.r.randint(1672531200000, 1767225600000))}}
        jw(b, d, ind=None, kv=":", comma=",")
        b.t("\n")
    return b.ln(f"{lts(x, 'iso').replace('Z', '+0000')}\texported {len(rows)} records")

@kind("mongosh", ml=True)
def k_mongosh(x):
    b = B()
    tn, cols, rows = table(x, 1, 2, themes=["customers", "patients", "users", "leads"])
    q = x.c([("{ ", E(x.k("city"), None), ": '", E(x.city(), LOC), "' }"), ("{ ", "status: 'active' }"), ("{}",)])
    b.ln(f"rs0 [primary] {x.c(['crm', 'app'])}> db.{tn}.find(", *q, f").limit({len(rows)})")
    docs = []
    for row in rows:
        d = {"_id": RAW(f"ObjectId('{x.s(24, HEX)}')")}
        for c, v in zip(cols[1:], row[1:]):
            if isinstance(v, list) and len(v) == 1 and v[0][1] in (DOB, DTT):
                s = v[0][0]
                d[c] = RAW([("ISODate('", None), (s + "T00:00:00.000Z" if len(s) == 10 else s, v[0][1]), ("')", None)])
            else:
                d[c] = jsonish(v)
        docs.append(d)
    jw(b, docs, ind=2, q="'", keyq=False)
    return b.t("\n")

@kind("redis_monitor", ml=True)
def k_redis(x):
    b = B()
    h = x.ip(False, True)
    b.ln("$ redis-cli -h ", (h, IPA), " -a '", (x.pw(), PWD), "' MONITOR")
    b.ln("Warning: Using a password with '-a' or '-u' option on the command line interface may not be safe.\nOK")
    cli = [f"{x.ip(False, True)}:{x.r.randint(30000, 60000)}" for _ in range(2)]
    for _ in range(x.n(3, 6)):
        c = x.c(cli)
        ip, port = c.rsplit(":", 1)
        b.t(f"{lts(x, 'epoch', 0, 2)} [0 ").e(ip, IPA).t(f":{port}] ")
        kind = x.c(["hset", "session", "get", "lua", "expire"])
        uid = x.r.randint(1000, 99999)
        if kind == "hset":
            p = x.person()
            b.ln(f'"HSET" "user:{uid}" "{x.w("email")}" "', (x.email(p), EML), f'" "{x.w("name")}" "', (p.full(), PER),
                 f'" "{x.w("phone")}" "', (x.phone(), PHN), '"')
        elif kind == "session":
            b.ln(f'"SETEX" "sess:{x.s(32, HEX)}" "3600" "', (x.jwt(), JWTT), '"')
        elif kind == "get":
            b.ln(f'"GET" "cart:{uid}"')
        elif kind == "lua":
            b.ln(f'"EVALSHA" "{x.s(40, HEX)}" "1" "ratelimit:{uid}" "100"')
        else:
            b.ln(f'"EXPIRE" "otp:{uid}" "300"')
    return b

@kind("dq_report", ml=True)
def k_dq(x):
    b = B()
    tn, cols, rows = table(x, 2, 3, maxcols=5)
    b.ln(f"# {x.w('dq')} -- {x.c(['raw', 'staging', 'crm'])}.{tn}\n").ln(f"run_id: `{x.neg('build')}`  ·  rows: {x.r.randint(900, 10 ** 6)}\n")
    chk = [("not_null", cols[1]), ("unique", cols[-1]), ("regex_match", x.c(cols[1:])), ("freshness", "_loaded_at")]
    b.lines(r_md(["check", "column", "status", "failing_rows"],
                 [[c, col, x.w("failed") if j < 2 else "ok", x.r.randint(1, 80) if j < 2 else 0] for j, (c, col) in enumerate(chk)]))
    b.ln(f"\n## {x.w('sample').capitalize()}\n").lines(r_md(cols, rows))
    b.ln(f"\n_{x.c(['generated by', 'powered by'])} soda-core {x.neg('ver')}, ticket {x.neg('ticket')}_")
    return b

@kind("ge_validation", ml=True)
def k_ge(x):
    b = B()
    col = x.c(["email", "phone", "notes", "ssn"] if x.cc == "US" else ["email", "phone", "notes"])
    gen = {"email": lambda: J(x.email(), EML), "phone": lambda: J(x.phone(), PHN), "ssn": lambda: J(x.ssn(), SSN),
           "notes": lambda: JS(x.note())}[col]
    exp = {"email": "expect_column_values_to_be_unique", "phone": "expect_column_values_to_match_regex",
           "ssn": "expect_column_values_to_be_null", "notes": "expect_column_values_to_not_match_regex"}[col]
    unexp = [gen() for _ in range(x.n(1, 3))]
    n = x.r.randint(900, 900000)
    jw(b, {"success": False, "results": [{"success": False, "expectation_config": {"expectation_type": exp, "kwargs": {
        "column": x.sty(col), **({"regex": "^\\+?[0-9 ()-]{7,}$"} if "regex" in exp else {}), "result_format": "SUMMARY"}},
        "result": {"element_count": n, "unexpected_count": len(unexp), "unexpected_percent": round(100 * len(unexp) / n, 5),
                   "partial_unexpected_list": unexp}}],
        "statistics": {"evaluated_expectations": 7, "successful_expectations": 6, "unsuccessful_expectations": 1,
                       "success_percent": 85.71428571428571},
        "meta": {"great_expectations_version": x.c(["0.18.8", "0.17.23"]), "expectation_suite_name": f"{x.k('customers')}.warning",
                 "run_id": {"run_name": x.neg("build"), "run_time": x.tick(0, 9e4).isoformat() + "+00:00"}}}, ind=2)
    return b.t("\n")

@kind("etl_log", ml=True)
def k_etl(x):
    b = B()
    mod = x.c(["etl.extract", "loader.crm", "jobs.sync_contacts", "pipeline.hr"])
    lv = lambda l: f"{lts(x)} - {mod} - {l} - "
    b.ln(lv("INFO"), f"Starting job {x.neg('build')} (version {x.neg('ver')})").ln(lv("INFO"), x.logmsg(2))
    b.ln(lv("INFO"), x.logmsg(0)).ln(lv("WARNING"), x.logmsg(1)).ln(lv("INFO"), x.logmsg(3))
    if x.p(0.5):
        b.ln(f"{lts(x)} - urllib3.connectionpool - DEBUG - ", (f"https://{x.c(['api.hubapi.com', 'api.pipedrive.com'])}:443", URLT),
             f' "GET /crm/v3/objects/contacts?limit=100&after={x.d(5)} HTTP/1.1" 200 None')
    if x.p(0.5):
        b.ln(lv("DEBUG"), "request headers: {'Authorization': 'Bearer ", (x.jwt(), JWTT) if x.p(0.5) else (x.s(40, B64U), GSC),
             "', 'Accept': 'application/json'}")
    if x.p(0.35):
        k, v, t = x.anysecret()
        b.ln(lv("DEBUG"), f"settings loaded from env: {k}=", (v, t), f" BATCH_SIZE={x.r.randint(100, 5000)}")
    tn, cols, rows = table(x, 1, 1, themes=["customers", "patients", "employees", "payments"], maxcols=6)
    b.ln(lv("ERROR"), "Failed to upsert record: {", *[[((", " if j else "") + f"'{c}': ", None)] + (sql_lit(v) if not isinstance(v, (int, float)) else norm(v)[0])
                                                       for j, (c, v) in enumerate(zip(cols, rows[0]))], "}")
    b.ln("Traceback (most recent call last):").ln('  File "/opt/etl/loader.py", line 214, in upsert')
    b.ln("psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint \"" + tn + "_email_key\"")
    return b.ln(lv("INFO"), f"Finished in {x.neg('dur')}")

@kind("conn_strings")
def k_conns(x):
    b = B()
    pw = lambda: (x.pw(dsn=True), PWD)
    ipx = lambda: (x.ip(False, x.p(0.6)), IPA)
    b.ln(f"# {x.c(['connections.yaml', 'config/datasources.yml', 'secrets.ini (legacy)'])}  -- owner: ", (x.name("gs"), PER))
    opts = [lambda: b.ln("postgres_dw:  postgresql://etl:", pw(), "@", ipx(), ":5432/warehouse?sslmode=require"),
            lambda: b.ln("mysql_shop:   mysql+pymysql://root:", pw(), "@", ("127.0.0.1", IPA), ":3306/shop"),
            lambda: b.ln("mongo_events: mongodb+srv://svc_events:", pw(), f"@events.{x.s(5, LOW + DIG)}.mongodb.net/prod"),
            lambda: b.ln("redis_cache:  redis://default:", pw(), "@", ipx(), ":6379/2"),
            lambda: b.ln("mssql_erp:    Server=tcp:erp-sql.database.windows.net,1433;Database=ERP;User ID=svc_etl;Password=", pw(), ";Encrypt=True;"),
            lambda: b.ln("oracle_fin:   fin_ro/", pw(), "@//", ipx(), ":1521/FINPDB1"),
            lambda: b.ln("jdbc_hive:    jdbc:hive2://", ipx(), ":10000/default;user=hive;password=", pw()),
            lambda: b.ln(f"snowflake:    snowflake://LOADER:", pw(), f"@xy{x.d(5)}.eu-central-1/RAW/PUBLIC?warehouse=LOAD_WH"),
            lambda: b.ln("clickhouse:   clickhouse://default:", pw(), "@", ipx(), ":9000/events"),
            lambda: b.ln("rabbit:       amqp://etl:", pw(), "@", ipx(), ":5672/%2F"),
            lambda: b.ln("kafka_sasl:   username=svc-ingest password=", pw(), " bootstrap=", ipx(), ":9093"),
            lambda: b.ln("sftp_vendor:  sftp://acme_drop@", ipx(), ":22  # key: ~/.ssh/id_ed25519"),
            lambda: b.ln("warehouse_ro: postgresql://readonly:${PG_RO_PASSWORD}@dw-replica.internal:5432/dw"),
            lambda: (lambda k, v, t: b.ln(f"{k.lower():13s} ", (v, t)))(*x.anysecret()),
            lambda: (lambda k, v, t: b.ln(f"{k.lower():13s} ", (v, t)))(*x.anysecret())]
    for f in x.r.sample(opts, x.n(4, 7)):
        f()
    return b

@kind("mysql_slowlog", ml=True)
def k_slow(x):
    b = B()
    b.ln(f"/usr/sbin/mysqld, Version: {x.c(['8.0.36', '8.0.32'])} (MySQL Community Server - GPL). started with:")
    for _ in range(x.n(2, 3)):
        ip = x.ip(False, True)
        b.ln(f"# Time: {lts(x, 'iso', 5, 900)[:-1]}000Z").ln(f"# User@Host: app[app] @ ip-{ip.replace('.', '-')} [", (ip, IPA), f"]  Id: {x.d(6)}")
        b.ln(f"# Query_time: {x.r.uniform(1, 40):.6f}  Lock_time: 0.000{x.d(3)} Rows_sent: 1  Rows_examined: {x.r.randint(10 ** 4, 10 ** 7)}")
        b.ln(f"SET timestamp={int(x.clock.timestamp())};")
        p = x.person()
        b.ln(f"SELECT * FROM {x.k('customers')} WHERE {x.k('email')} = '", (x.email(p), EML), f"' OR {x.k('ln')} = '",
             (p.sur, PER), "';" if x.p(0.5) else f"' OR {x.k('phone')} LIKE '%{x.d(4)}';")
    return b

@kind("cloudtrail")
def k_cloudtrail(x):
    b = B()
    u, acct = x.user(), x.d(12)
    recs = []
    for _ in range(x.n(1, 2)):
        ev = x.c(["GetObject", "PutObject", "AssumeRole", "CreateAccessKey"])
        recs.append({"eventVersion": "1.09", "userIdentity": {
            "type": "IAMUser", "principalId": "AIDA" + x.s(17, UP + "234567"), "arn": f"arn:aws:iam::{acct}:user/{u}",
            "accountId": acct, "accessKeyId": J(x.aws_ak(), AKI), "userName": u},
            "eventTime": x.tick(1, 600).strftime("%Y-%m-%dT%H:%M:%SZ"), "eventSource": "s3.amazonaws.com", "eventName": ev,
            "awsRegion": x.c(["eu-central-1", "us-east-1"]), "sourceIPAddress": J(x.ip(False, False), IPA),
            "userAgent": x.c(UAS), "requestParameters": {"bucketName": x.c(["acme-crm-exports", "raw-zone-prod"]),
                                                         "key": f"exports/{x.k('customers')}_{x.rdate(2024, 2025)}.csv.gz"},
            "requestID": x.s(16, UP + DIG), "eventID": x.neg("uuid"), "readOnly": ev == "GetObject"})
    jw(b, {"Records": recs}, ind=x.c([2, 4]))
    return b.t("\n")

def _xad(x, p):
    return f"{p['street'].upper()}^^{p['city'].upper()}^{p['region']}^{p['pc']}^USA"

@kind("hl7_staging")
def k_hl7(x):
    b = B()
    x.cc = "US"
    b.ln(f"{lts(x)} INFO hl7_ingest.consumer: received ADT message from mllp://", (x.ip(False, True), IPA), ":2575")
    b.ln(f"{lts(x)} DEBUG hl7_ingest.parser: raw payload (segments split on \\r):")
    p, ap = x.person("en"), x.addr_parts("US")
    dob = x.dob_date()
    b.ln(f"MSH|^~\\&|EPIC|{x.c(['MERCYHOSP', 'STLUKES', 'UCMC'])}|ETL|DW|{x.tick(0, 9).strftime('%Y%m%d%H%M%S')}||ADT^A0"
         f"{x.c('148')}|{x.d(10)}|P|2.5.1")
    b.ln(f"EVN|A01|{x.tick(0, 9).strftime('%Y%m%d%H%M%S')}")
    b.ln("PID|1||", (x.mrn(), MRN), "^^^HOSP^MR||", (f"{p.sur.upper()}^{p.given.upper()}" + (f"^{p.mid}" if p.mid else ""), PER),
         "||", (dob.strftime("%Y%m%d"), DOB), f"|{'M' if p.male else 'F'}|||", (_xad(x, ap), ADR), "||",
         (x.phone("US"), PHN), "|||S||", (x.acct(), ACC))
    b.ln(f"PV1|1|I|{x.c(['4W', 'ICU', 'MED'])}^{x.r.randint(100, 450)}^{x.c('AB')}||||{x.d(10)}^", (x.name("SG").replace(", ", "^"), PER))
    if x.p(0.7):
        b.ln(f"IN1|1|{x.c(['BCBS', 'AETNA', 'UHC'])}01|{x.d(5)}|{x.c(PAYERS)}|||||GRP{x.d(5)}||||||", (f"{p.sur.upper()}^{p.given.upper()}", PER),
             "|SEL|", (dob.strftime("%Y%m%d"), DOB), "|||||||||||||||||", (x.hpn(), HPN))
    b.ln(f"{lts(x)} INFO hl7_ingest.loader: upserted 1 row into staging.adt_events (claim {x.neg('claim')})")
    return b

@kind("fhir_ingest")
def k_fhir(x):
    b = B()
    entries = []
    for _ in range(x.n(1, 2)):
        p, ap = x.person(), x.addr_parts()
        entries.append({"fullUrl": f"urn:uuid:{x.neg('uuid')}", "resource": {
            "resourceType": "Patient", "id": x.neg("uuid"), "meta": {"lastUpdated": lts(x, "iso", 1, 900)},
            "identifier": [{"system": "urn:oid:2.16.840.1.113883.19.5", "type": {"text": "MRN"}, "value": J(x.mrn(), MRN)}],
            "name": [{"family": J(p.sur, PER), "given": [J(p.given, PER)]}],
            "telecom": [{"system": "phone", "value": J(x.phone(), PHN)}, {"system": "email", "value": J(x.email(p), EML)}],
            "gender": "male" if p.male else "female", "birthDate": J(x.dob(), DOB),
            "address": [{"line": [J(ap["street"], ADR)], "city": J(ap["city"], LOC), "state": J(ap["region"], LOC),
                         "postalCode": ap["pc"], "country": ap["cc"]}]}})
    b.ln(f"{lts(x)} INFO fhir_sync: POST bundle to staging ({len(entries)} entries)")
    jw(b, {"resourceType": "Bundle", "type": "transaction", "entry": entries}, ind=2)
    return b.t("\n")

# --------------------------------------------------------------------------- negative-only kinds
@kind("neg_orders", ml=True, neg=True)
def k_neg_orders(x):
    b = B()
    cols = [x.k("order"), "sku", "qty", x.k("amount"), "currency", x.k("status"), "tracking_no", "request_id", x.k("created")]
    rows = [[x.neg("order"), x.neg("sku"), x.r.randint(1, 12), round(x.r.uniform(2, 900), 2), x.c(["EUR", "USD", "PLN", "SEK"]),
             x.c(["shipped", "pending", "cancelled"]), x.neg("track"), x.neg("uuid"), x.meta_ts()] for _ in range(x.n(3, 6))]
    cols, rows = (cols[:7], [r_[:7] for r_ in rows]) if x.p(0.5) else (cols, rows)
    b.ln(f"{x.c(['shop', 'oms', 'analytics'])}=> SELECT * FROM orders WHERE created_at > now() - interval '1 day' LIMIT {len(rows)};")
    b.lines(r_psql(cols, rows)).ln(f"({len(rows)} {x.w('rows')})")
    return b

@kind("neg_fixtures", ml=True, neg=True)
def k_neg_fix(x):
    b = B()
    b.ln(f"-- tests/fixtures/invalid_values.sql -- {x.w('seed')} validator ({x.neg('ticket')})")
    b.ln("-- all values below MUST be rejected by the PII validators (bad checksums / reserved ranges)")
    b.ln("INSERT INTO qa.invalid_samples (kind, value, expected) VALUES")
    vals = [("card", x.neg("luhnbad")), ("card", x.neg("luhnbad")), ("ssn", x.neg("ssnbad")), ("ssn", x.neg("ssnbad")),
            ("iban", (lambda v: v[:-1] + str((int(v[-1]) + 1) % 10))(x.iban("DE", grouped=False))), ("masked", x.neg("mask")),
            ("routing", x.c(["021000021", "011000015"])), ("bic", x.c(["DEUTDEFFXXX", "BNPAFRPP"])),
            ("uuid", x.neg("uuid")), ("sha1", x.s(40, HEX)), ("npi", "1" + x.d(9)), ("version", x.neg("ver"))]
    vals = x.r.sample(vals, x.n(6, 10))
    for j, (k, v) in enumerate(vals):
        b.ln(f"  ('{k}', '{v}', 'reject')" + ("," if j < len(vals) - 1 else ";"))
    return b

@kind("neg_spark_metrics", neg=True)
def k_neg_spark(x):
    b = B()
    ts = lambda: lts(x, "spark")
    b.ln(f"{ts()} INFO SparkContext: Running Spark version {x.c(['3.5.1', '3.4.2'])}")
    b.ln(f"{ts()} INFO ResourceProfileManager: Added ResourceProfile id: 0")
    for t in range(x.n(4, 8)):
        b.ln(f"{ts()} INFO TaskSetManager: Finished task {t}.0 in stage {x.r.randint(1, 9)}.0 (TID {x.r.randint(10, 900)}) in "
             f"{x.r.randint(80, 9000)} ms on executor-{x.r.randint(1, 8)}.spark-exec.svc (executor {x.r.randint(1, 8)}) ({t + 1}/8)")
    b.ln(f"{ts()} INFO DAGScheduler: Job {x.r.randint(0, 9)} finished: count at NativeMethodAccessorImpl.java:0, took {x.neg('dur')}")
    b.ln(f"{ts()} INFO FileFormatWriter: Write Job {x.neg('uuid')} committed. Elapsed time: {x.r.randint(100, 9999)} ms.")
    return b.ln(f"{ts()} INFO SparkContext: Successfully stopped SparkContext (app {x.neg('build')})")

@kind("neg_dbt_run", neg=True)
def k_neg_dbt(x):
    b = B()
    ts = lambda: lts(x, "dbt", 0, 3)
    b.ln(f"{ts()}  Running with dbt={x.c(['1.7.4', '1.8.2'])}").ln(f"{ts()}  Found {x.r.randint(20, 300)} models, {x.r.randint(30, 900)} tests")
    ms = x.r.sample(["stg_orders", "stg_payments", "fct_orders", "dim_products", "int_order_items", "fct_revenue_daily"], x.n(3, 5))
    for j, m in enumerate(ms):
        b.ln(f"{ts()}  {j + 1} of {len(ms)} OK created sql table model analytics.{m} ....... [SELECT {x.r.randint(10, 10 ** 6)} in {x.r.uniform(0.3, 90):.2f}s]")
    b.ln(f"{ts()}  \n{ts()}  Finished running {len(ms)} table models in 0 hours 0 minutes and {x.r.randint(3, 59)}.{x.d(2)} seconds.")
    return b.ln(f"{ts()}  Completed successfully\n{ts()}  Done. PASS={len(ms)} WARN=0 ERROR=0 SKIP=0 TOTAL={len(ms)}")

@kind("neg_kafka_lag", neg=True)
def k_neg_lag(x):
    b = B()
    g = x.c(["crm-sink", "lake-ingest", "dq-consumer"])
    b.ln(f"$ kafka-consumer-groups.sh --bootstrap-server broker-0.kafka.svc:9092 --describe --group {g}\n")
    cols = ["GROUP", "TOPIC", "PARTITION", "CURRENT-OFFSET", "LOG-END-OFFSET", "LAG", "CONSUMER-ID", "HOST"]
    rows = []
    for p_ in range(x.n(3, 6)):
        cur = x.r.randint(10 ** 5, 10 ** 8)
        lag = x.r.randint(0, 5000)
        rows.append([g, x.c(["orders.v2", "payments.v1"]), p_, cur, cur + lag, lag,
                     f"consumer-{g}-1-{x.neg('uuid')}", f"/{x.c(['crm-sink-7f9c', 'ingest-0', 'ingest-1'])}"])
    return b.lines(r_fixed(cols, rows, sep="  ", dash="")[:1] + r_fixed(cols, rows, sep="  ")[2:])

@kind("neg_env_refs", neg=True)
def k_neg_env(x):
    b = B()
    b.ln("# .env.example -- copy to .env and fill in; real values live in Vault").ln(f"APP_VERSION={x.neg('ver')}")
    for k in x.r.sample(["DATABASE_URL=postgres://${DB_USER}:${DB_PASSWORD}@${DB_HOST}:5432/app",
                         "AWS_ACCESS_KEY_ID=${AWS_ACCESS_KEY_ID}", "AWS_SECRET_ACCESS_KEY=", "STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxx",
                         "SLACK_BOT_TOKEN=xoxb-REPLACE-ME", "GITHUB_TOKEN=${{ secrets.GITHUB_TOKEN }}", "SMTP_PASSWORD=********",
                         "SENTRY_RELEASE=" + x.neg("sha"), "JWT_SECRET=<generate with openssl rand -hex 32>",
                         "SNOWFLAKE_ACCOUNT=${SNOWFLAKE_ACCOUNT}", f"BATCH_SIZE={x.r.randint(100, 5000)}",
                         f"TIMEOUT_MS={x.r.randint(1000, 60000)}", f"BUILD_ID={x.neg('build')}"], x.n(6, 10)):
        b.ln(k)
    return b

# --------------------------------------------------------------------------- generation / CLI
POS_ALL = sorted(k for k in KINDS if k not in NEG)
POS_ML = sorted(k for k in POS_ALL if k in ML)
NEG_ALL = sorted(NEG)
NEG_ML = sorted(k for k in NEG if k in ML)

def _make(seed, i):
    r0 = random.Random(f"{seed}-{i}")
    neg, nonen = r0.random() < 0.12, r0.random() < 0.26
    loc = r0.choice(NONEN_LOCS) if nonen else r0.choices(EN_LOCS, EN_W)[0]
    pool = (NEG_ML if nonen else NEG_ALL) if neg else (POS_ML if nonen else POS_ALL)
    kname = r0.choice(pool)
    for att in range(30):
        r = r0 if att == 0 else random.Random(f"{seed}-{i}-{att}")
        b = KINDS[kname](X(r, loc, small=att >= 3))
        text = b.text()
        if 150 <= len(text) <= 3000 and (len(b.ents) == 0) == neg:
            return {"id": f"b44-{seed}-{i}-{kname}", "text": text, "entities": b.ents}, kname, loc
    raise RuntimeError(f"could not build doc {seed}/{i} ({kname})")

def generate(n: int, seed: int = 0):
    for i in range(n):
        yield _make(seed, i)[0]

def validate(doc):
    errs, t, last = [], doc["text"], -1
    if not 150 <= len(t) <= 3000:
        errs.append(f"length {len(t)}")
    for e in sorted(doc["entities"], key=lambda e: e["start"]):
        s, en, ty = e["start"], e["end"], e["type"]
        frag = t[s:en] if 0 <= s < en <= len(t) else ""
        if not frag:
            errs.append(f"bad range {e}")
        elif frag != frag.strip():
            errs.append(f"whitespace {frag!r}")
        if ty not in TYPES:
            errs.append(f"type {ty}")
        if s < last:
            errs.append(f"overlap at {s}")
        last = max(last, en)
    return errs

def check(n=3000, seed=0):
    tc, kc, lc, bad, empty = Counter(), Counter(), Counter(), 0, 0
    for i in range(n):
        doc, kname, loc = _make(seed, i)
        kc[kname] += 1
        lc[LOCS[loc][1]] += 1
        empty += not doc["entities"]
        for e in doc["entities"]:
            tc[e["type"]] += 1
        errs = validate(doc)
        if errs:
            bad += 1
            if bad <= 20:
                print("ERROR", doc["id"], errs[:5])
    print(f"docs={n} kinds={len(kc)} (defined {len(KINDS)}) docs_without_entities={empty} ({100 * empty / n:.1f}%) "
          f"non_english={n - lc['en']} ({100 * (n - lc['en']) / n:.1f}%)")
    print("\nentities per type:")
    for ty in TYPES:
        print(f"  {ty:22s} {tc[ty]}")
    print(f"  {'TOTAL':22s} {sum(tc.values())}")
    print("\ndocs per kind:")
    for k, v in sorted(kc.items()):
        print(f"  {k:22s} {v}")
    print("\ndocs per language:", dict(sorted(lc.items())))
    missing = [t for t in TYPES if not tc[t]]
    if missing:
        print("MISSING TYPES:", missing)
    print("\nproblems:", bad)
    return 1 if bad or missing or len(KINDS) < 50 else 0

def show(doc):
    t, out, pos = doc["text"], [], 0
    for e in sorted(doc["entities"], key=lambda e: e["start"]):
        out += [t[pos:e["start"]], "⟦", t[e["start"]:e["end"]], "⟧", e["type"]]
        pos = e["end"]
    out.append(t[pos:])
    print(f"===== {doc['id']}  ({len(t)} chars, {len(doc['entities'])} entities)")
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
        return check(3000, a.seed)
    if a.sample:
        for i in range(a.sample):
            show(_make(a.seed, i)[0])
        return 0
    out = open(a.output, "w", encoding="utf-8") if a.output else sys.stdout
    try:
        for doc in generate(a.n, a.seed):
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    except BrokenPipeError:
        return 0
    if a.output:
        out.close()
    return 0

if __name__ == "__main__":
    sys.exit(main())
