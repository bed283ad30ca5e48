#!/usr/bin/env python3
"""Blind test corpus #47 -- automotive, mobility and travel-tech documents.

Dealership sales contracts and finance applications, service repair orders,
recall notices, ride-hailing receipts and driver onboarding, EV-charging
exports, parking / toll / speed-camera notices (many EU languages), car-sharing
and bike-rental accounts, fleet telematics, roadside assistance logs, vehicle
import paperwork, insurance telematics, mobility-app support chats, API logs
and leaked configuration.  Standard library only; every document is a pure
function of (seed, index).

Usage:
    python3 bench/corpus_blind47.py --check
    python3 bench/corpus_blind47.py --sample 3
    python3 bench/corpus_blind47.py --n 500 --seed 1 --output out.jsonl

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

Corpus-specific choices (consistent with the block above): session start/end
columns of charging exports and OCPI CDRs are semantic fields (DATE_TIME);
record metadata such as created_at / last_updated is not.  Card expiry dates
are DATE_TIME.  Auto-insurance policy numbers are avoided; loyalty, toll,
motor-club and fuel-card *account* numbers are ACCOUNT_NUMBER.
"""
from __future__ import annotations

import argparse
import base64
import datetime as dt
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
(P, EM, PH, SSN, CARD, IBAN, IP, DOB, DT, LOC, ADR, URL, MRN, HPN, ACC, DL,
 AKI, ASK, GHT, SLK, STK, JWT, PEM, PWD, SEC) = TYPES

class B:
    """Document builder: appends text and records spans while appending."""

    def __init__(self):
        self.parts, self.n, self.ents = [], 0, []

    def t(self, *xs):
        for x in xs:
            self.parts.append(x)
            self.n += len(x)
        return self

    def e(self, typ, val):
        val = str(val)
        if typ is None:
            return self.t(val)
        st = self.n
        self.t(val)
        self.ents.append({"start": st, "end": self.n, "type": typ})
        return self

    def kv(self, label, typ, val, end="\n"):
        return self.t(label).e(typ, val).t(end)

    def text(self):
        return "".join(self.parts)

# --------------------------------------------------------------------------- pools
def _w(s):
    return [x.replace("_", " ") for x in s.split()]

def _mf(m, f):
    return (_w(m), _w(f))

_NORDIC = _mf("Erik Lars Karl Anders Johan Per Nils Mikael Jan Hans Lennart Olof Gustav Oscar William Liam Elias Hugo Magnus Henrik Søren Jens Rasmus Mads "
              "Morten Niels Ole Bjørn Kjetil Sindre Håkon Eirik Torbjørn Arne Sven Gunnar Leif Axel Emil Viktor Frederik",
              "Anna Eva Maria Karin Kristina Lena Sara Emma Ingrid Astrid Linnea Elsa Maja Ebba Freja Ida Mette Sofie Kirsten Hanne Line Ingeborg Solveig "
              "Sigrid Nora Tuva Åsa Birgitta Margareta Signe Camilla Malin Frida Johanna Helle Lise Marianne")
GIVEN = {
    "en": _mf("James John Robert Michael William David Richard Joseph Thomas Christopher Daniel Matthew Anthony Mark Steven Paul Andrew Joshua Kenneth Kevin "
              "Brian George Timothy Ronald Jason Edward Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel "
              "Gregory Frank Raymond Patrick Dennis Tyler Aaron Adam Nathan Henry Zachary Douglas Peter Kyle Noah Ethan Jeremy Walter Christian Keith Roger "
              "Terry Austin Sean Carl Harold Dylan Arthur Lawrence Jordan Jesse Bryan Bruce Gabriel Logan Alan Wayne Randy Vincent Mason Roy Ralph Russell "
              "Bradley Philip Travis Cody Derek Shane Colton Hunter Wyatt Tanner Garrett Dustin DeShawn Tyrone Malik Jamal Declan Callum Rhys Owen Liam Connor",
              "Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Sandra Margaret Ashley Kimberly Emily Donna Michelle "
              "Carol Amanda Melissa Deborah Stephanie Dorothy Rebecca Sharon Laura Cynthia Amy Kathleen Angela Shirley Brenda Emma Anna Pamela Nicole Samantha "
              "Katherine Christine Helen Debra Rachel Carolyn Janet Heather Diane Olivia Julie Joyce Victoria Ruth Virginia Lauren Kelly Christina Joan Evelyn "
              "Judith Andrea Hannah Megan Cheryl Jacqueline Martha Madison Teresa Gloria Janice Abigail Sophia Frances Jean Alice Judy Isabella Julia Grace "
              "Amber Denise Danielle Marilyn Beverly Charlotte Natalie Theresa Diana Brittany Kayla Alexis Lori Tiffany Crystal Courtney Shanice Latoya Keisha "
              "Brianna Chelsea Haley Molly Paige Siobhan Aoife Niamh Fiona"),
    "es": _mf("Antonio José Manuel Francisco Juan David Javier Daniel Carlos Jesús Alejandro Miguel Rafael Pablo Sergio Fernando Jorge Alberto Álvaro Diego "
              "Adrián Raúl Enrique Ramón Vicente Iván Rubén Óscar Andrés Joaquín Santiago Luis Emilio Gonzalo Mateo",
              "María Carmen Ana Isabel Laura Dolores Pilar Teresa Rosa Cristina Marta Lucía Paula Elena Sara Raquel Beatriz Nuria Silvia Irene Patricia Rocío "
              "Alba Andrea Sofía Valentina Ximena Guadalupe Mercedes Montserrat Inmaculada Esperanza Yolanda"),
    "de": _mf("Lukas Leon Maximilian Felix Jonas Paul Elias Finn Noah Luis Ben Tim Jan Niklas Moritz Tobias Florian Sebastian Matthias Stefan Andreas Thomas "
              "Michael Jürgen Klaus Wolfgang Uwe Dieter Jörg Hans Dirk Ralf Holger Sven Torsten Bernd Karl-Heinz Hans-Peter",
              "Sophie Marie Mia Emma Hannah Lea Lena Anna Laura Leonie Katharina Julia Sabine Petra Ursula Monika Birgit Claudia Heike Anja Jana Franziska "
              "Annika Greta Ingrid Gisela Renate Susanne Silke Kerstin Nicole Anke Dagmar Jutta Hildegard"),
    "fr": _mf("Jean Pierre Michel André Philippe Alain Jacques Bernard Christophe Nicolas Julien Thomas Antoine Mathieu Guillaume Sébastien Laurent Olivier "
              "François Éric Hugo Louis Théo Lucas Mathis Nathan Jean-Luc Jean-Marc Yannick Gaël Loïc Benoît Thierry Didier Hervé",
              "Marie Nathalie Isabelle Sylvie Catherine Françoise Sandrine Véronique Céline Aurélie Camille Chloé Léa Manon Inès Juliette Élodie Margaux Anaïs "
              "Mélanie Émilie Hélène Brigitte Geneviève Océane Marie-Claire Anne-Sophie Solène Maëlle Clémence Agnès Josiane"),
    "it": _mf("Giuseppe Giovanni Antonio Mario Luigi Francesco Angelo Vincenzo Pietro Salvatore Carlo Franco Domenico Bruno Paolo Michele Giorgio Aldo Sergio "
              "Luciano Marco Andrea Alessandro Matteo Lorenzo Leonardo Riccardo Davide Stefano Federico Gianluca Massimo Emanuele Ciro",
              "Maria Anna Giuseppina Rosa Angela Giovanna Teresa Lucia Carmela Caterina Francesca Chiara Giulia Sofia Martina Alessia Sara Elena Valentina "
              "Silvia Federica Paola Roberta Ilaria Beatrice Antonella Simona Raffaella Concetta Gabriella"),
    "pt": _mf("João José António Francisco Carlos Paulo Pedro Lucas Luiz Marcos Luís Gabriel Rafael Daniel Marcelo Bruno Eduardo Felipe Raimundo Rodrigo Tiago "
              "Diogo Rui Nuno Miguel Gonçalo Duarte Vítor Sérgio Henrique",
              "Maria Ana Francisca Antônia Adriana Juliana Márcia Fernanda Patrícia Aline Sandra Camila Amanda Bruna Jéssica Letícia Júlia Luciana Vanessa "
              "Mariana Beatriz Inês Leonor Matilde Carolina Rita Conceição Fátima Graça Joana"),
    "nl": _mf("Daan Sem Lucas Levi Finn Milan Jesse Bram Lars Thijs Ruben Sven Jeroen Bas Pieter Joost Maarten Wouter Sander Koen Hendrik Gerrit Willem Joris "
              "Stijn Niels",
              "Emma Julia Sophie Tess Zoë Lotte Sanne Fleur Anouk Eva Femke Lieke Iris Noor Mila Saar Roos Marieke Ingrid Annelies Willemijn Esther Janneke "
              "Mirjam Ilse"),
    "pl": _mf("Jakub Kacper Antoni Filip Jan Szymon Franciszek Michał Wojciech Mateusz Piotr Krzysztof Andrzej Tomasz Paweł Marcin Łukasz Grzegorz Adam Marek "
              "Zbigniew Jerzy Dariusz Bartosz Sławomir",
              "Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Elżbieta Joanna Aleksandra Zofia Monika Natalia Julia Zuzanna Oliwia "
              "Weronika Dorota Grażyna Beata Jadwiga Iwona"),
    "sv": _NORDIC, "da": _NORDIC, "no": _NORDIC,
    "fi": _mf("Juhani Johannes Mikael Olavi Onni Matias Elias Eino Väinö Veeti Leevi Aleksi Jari Mika Timo Pekka Antti Sami Ville Janne Mikko Tuomas Jukka "
              "Heikki Kalle",
              "Maria Helena Johanna Anneli Kaarina Marjatta Aino Aada Eevi Ella Emilia Sofia Venla Siiri Tiina Päivi Riikka Satu Minna Hanna Sanna Laura Kirsi "
              "Anu Tuula"),
    "cs": _mf("Jiří Jan Petr Josef Pavel Jaroslav Martin Tomáš Miroslav František Zdeněk Václav Michal Karel Milan Vladimír Lukáš David Jakub Ondřej Radek "
              "Vojtěch",
              "Marie Jana Eva Hana Anna Lenka Kateřina Věra Lucie Alena Petra Veronika Jaroslava Tereza Martina Michaela Jitka Helena Ludmila Zdeňka Šárka "
              "Blanka"),
    "tr": _mf("Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil Süleyman Abdullah Mahmut Recep Emre Burak Cem Serkan "
              "Onur Kerem Barış",
              "Fatma Ayşe Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan Hanife Merve Havva Zeliha Esra Fadime Özlem Hülya Yasemin Ebru Gül Derya Seda "
              "Büşra"),
    "ar": _mf("Mohammed Ahmed Omar Youssef Karim Hassan Khalid Tariq Samir Walid Bilal Hamza Rami Mahmoud Nabil Said Mehdi Anas",
              "Fatima Aisha Leila Nour Yasmin Mariam Samira Rania Salma Huda Amira Zainab Khadija Imane Soraya"),
    "in": _mf("Aarav Vivaan Aditya Arjun Rohan Rahul Amit Sanjay Vikram Rajesh Suresh Anil Deepak Pranav Karthik Harpreet Gurpreet Manish Naveen",
              "Priya Ananya Aishwarya Divya Neha Pooja Kavya Lakshmi Sunita Meera Shreya Anjali Nisha Deepika Swati Harleen Padma"),
    "zh": _mf("Wei Min Jun Lei Hao Qiang Yong Jie Tao Ming Zhiwei Xiaoming Bo Chen Kai Feng",
              "Fang Jing Li Yan Hui Ling Mei Xiu Na Lan Yun Xin Yi Hong Xiaoling Jiayi"),
    "ja": _mf("Haruto Yuto Sota Yuki Hayato Haruki Ren Takumi Kaito Daiki Hiroshi Takashi Kenji Satoshi Akira",
              "Yui Aoi Hina Sakura Yuna Haruka Misaki Yuka Ayaka Nanami Emi Keiko Tomoko Yoko Naoko"),
    "ko": _mf("Min-jun Ji-hoon Hyun-woo Jae-won Dong-hyun Sung-min Joon-ho Tae-yang Seung-woo",
              "Seo-yeon Ji-woo Soo-jin Eun-ji Ha-eun Ye-jin Min-seo Hye-jin Yoo-na"),
    "vi": _mf("Anh Minh Huy Khoa Long Nam Phuc Quang Thanh Tuan Duc Hieu",
              "Linh Mai Ngoc Thao Trang Hoa Lan Huong Thu Vy Thuy Hanh"),
    "ng": _mf("Chinedu Emeka Oluwaseun Tunde Adebayo Ifeanyi Kwame Kofi Yaw Chukwuma Obinna Segun Femi",
              "Ngozi Chiamaka Adaeze Funmilayo Yetunde Amara Abena Akosua Folake Nneka Efua Temitope"),
}
SUR = {
    "en": _w("Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Thompson White Harris Clark Lewis "
             "Robinson Walker Young Allen King Wright Scott Hill Green Adams Nelson Baker Hall Campbell Mitchell Carter Roberts Phillips Evans Turner Parker "
             "Edwards Collins Stewart Morris Murphy Cook Rogers Morgan Cooper Peterson Bailey Reed Kelly Howard Cox Ward Richardson Watson Brooks Wood James "
             "Bennett Gray Hughes Price Sanders Myers Long Ross Foster O'Brien McAllister Abernathy Fitzgerald Sullivan Henderson Coleman Jenkins Perry Powell "
             "Patterson Barnes Fisher Henry Graham Wallace Woods Cole West Jordan Owens Reynolds Ellis Harrison Gibson McDonald Marshall Kennedy Stevens "
             "Tucker Porter Hunter Hicks Crawford Boyd Mason Warren Dixon Burns Gordon Shaw Holmes Rice Robertson Hunt Black Daniels Palmer Mills Nichols "
             "Grant Knight Ferguson Stone Hawkins Dunn Perkins Hudson Spencer Gardner Stephens Payne Pierce Berry Matthews Arnold Wagner Willis Ray Watkins "
             "Olson Carroll Duncan Snyder Hart Cunningham Bradley Lane Andrews Ruiz Harper Fox Riley Armstrong Carpenter Weaver Greene Lawrence Elliott Chavez "
             "Sims Austin Peters Kelley Franklin Lawson Fields O'Connor MacLeod Llewellyn Quinn Byrne Doyle Walsh"),
    "es": _w("García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández Díaz Moreno Muñoz Álvarez Romero Alonso "
             "Gutiérrez Navarro Torres Domínguez Vázquez Ramos Gil Ramírez Serrano Blanco Molina Morales Suárez Ortega Delgado Castro Ortiz Rubio Marín Sanz "
             "Núñez Iglesias Medina Garrido Cortés Castillo Santos Lozano Guerrero Cano Prieto Méndez Cruz Calvo Gallego Vidal León Márquez Herrera Peña "
             "Flores Cabrera Campos Vega Fuentes Carrasco Diez Caballero Reyes Nieto Aguilar Pascual Santana Herrero Lorenzo Montero Hidalgo Giménez Ibáñez "
             "Ferrer Durán Benítez Mora Vargas Arias Carmona Crespo Román Pastor Soto Sáez Velasco Moya Soler Parra Esteban Bravo Gallardo Rojas Mendoza "
             "Chávez Salazar Villanueva Quintero"),
    "de": _w("Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz "
             "Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter "
             "Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn Vogel Friedrich Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann "
             "Franke Albrecht Schuster Simon Ludwig Böhm Winter Kraus Martin Schumacher Krämer Vogt Stein Jäger Otto Sommer Groß Seidel Heinrich Brandt Haas "
             "Schreiber Graf Dietrich Ziegler Kuhn Kühn Pohl Engel Horn Busch Bergmann Voigt Sauer Arnold Wolff Pfeiffer von_Arnim Oberhauser Wittkowski"),
    "fr": _w("Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefèvre Michel Garcia David Bertrand Roux Vincent Fournier "
             "Morel Girard André Lefebvre Mercier Dupont Lambert Bonnet François Martinez Legrand Garnier Faure Rousseau Blanc Guérin Muller Henry Roussel "
             "Nicolas Perrin Morin Mathieu Clément Gauthier Dumont Lopez Fontaine Chevalier Robin Masson Gérard Boyer Denis Lemaire Duval Joly Gautier Roche "
             "Roy Noël Meunier Marchand Dufour Blanchard Barbier Brun Dumas Brunet Leroux Colin Renard Arnaud Rolland Caron Aubert Giraud Leclerc Vidal "
             "Bourgeois Renaud Lemoine Picard Gaillard Lacroix Fabre Dupuis Hubert Guillot Rivière Le_Gall Le_Goff Da_Silva Kerjean Bouvier"),
    "it": _w("Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De_Luca Mancini Costa Giordano Rizzo Lombardi Moretti "
             "Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara Galli Martini Leone Longo Gentile Martinelli Vitale Lombardo Serra Coppola De_Santis "
             "D'Angelo Marchetti Parisi Villa Conte Ferraro Ferri Fabbri Bianco Marini Grasso Valentini Messina Sala De_Angelis Gatti Pellegrini Palumbo Sanna "
             "Farina Rizzi Monti Cattaneo Morelli Amato Silvestri Mazza Testa Grassi Pellegrino Carbone Giuliani Benedetti Barone Rossetti Caputo Montanari "
             "Guerra Palmieri Bernardi Fiore De_Rosa Ferretti Bellini Basile Riva Donati Piras Vitali Battaglia Sartori Neri Costantini Milani Pagano Ruggiero "
             "Sorrentino D'Amico Orlando Negri"),
    "pt": _w("Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Jesus Sousa Fernandes Gonçalves Gomes Lopes Marques Alves Almeida Ribeiro Pinto "
             "Carvalho Teixeira Moreira Correia Mendes Nunes Soares Vieira Monteiro Cardoso Rocha Raposo Neves Coelho Cruz Cunha Pires Ramos Reis Simões "
             "Antunes Matos Fonseca Machado Araújo Barbosa Tavares Lourenço Castro Figueiredo Azevedo Freitas Magalhães Henriques Lima Guerreiro Batista "
             "Pinheiro Faria Miranda Barros Morais Nogueira Esteves"),
    "nl": _w("de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Janssen Visser Smit Meijer de_Boer Mulder de_Groot Bos Vos Peters Hendriks van_Leeuwen "
             "Dekker Brouwer de_Wit Dijkstra Smits de_Graaf van_der_Meer van_der_Linden Kok Jacobs de_Haan Vermeulen van_den_Heuvel van_der_Veen van_den_Broek "
             "de_Bruijn van_der_Heijden Schouten van_Beek Willems van_Vliet van_de_Ven Hoekstra Maas Verhoeven Koster van_Dam van_der_Wal Prins Blom Huisman "
             "Peeters Kuipers Veenstra Postma"),
    "pl": _w("Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski "
             "Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowakowski Majewski Olszewski "
             "Stępień Malinowski Jaworski Adamczyk Dudek Nowicki Pawlak Górski Witkowski Walczak Sikora Baran Rutkowski Michalak Szewczyk Ostrowski "
             "Tomaszewski Pietrzak Zalewski Wróblewski"),
    "sv": _w("Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson Jonsson Jansson Hansson Bengtsson Jönsson "
             "Lindberg Jakobsson Magnusson Olofsson Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson Berglund "
             "Fredriksson Sandberg Henriksson Forsberg Sjöberg Wallin Engström Eklund Danielsson Lundin Håkansson Björk Bergman Holm Wikström Nyström Holmberg "
             "Löfgren Söderberg Blomqvist"),
    "da": _w("Nielsen Jensen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen Petersen Madsen Kristensen Olsen Thomsen Christiansen "
             "Poulsen Johansen Møller Mortensen Knudsen Jakobsen Mikkelsen Frederiksen Laursen Henriksen Lund Eriksen Holm Kristiansen Steffensen Clausen "
             "Simonsen Svendsen Andreasen Iversen Jeppesen Mogensen Vestergaard Nissen Lauridsen Kjær Skov Dahl Bach Østergaard Damgaard"),
    "no": _w("Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Johnsen Pettersen Eriksen Berg Haugen Hagen Johannessen "
             "Andreassen Jacobsen Dahl Halvorsen Henriksen Lund Jakobsen Moen Gundersen Iversen Strand Solberg Svendsen Eide Knutsen Martinsen Paulsen Bakken "
             "Kristoffersen Mathisen Lie Amundsen Lunde Solheim Berge Nygård Bakke Lien Hauge Sæther Aas Myhre Haugland Sandvik Rønning Næss Ødegård Myklebust "
             "Bøe"),
    "fi": _w("Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi "
             "Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Räsänen Kettunen"),
    "cs": _w("Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Němec Marek Pospíšil Pokorný Hájek Král Jelínek Růžička Beneš Fiala Sedláček "
             "Doležal Zeman Kolář Navrátil Čermák Vaněk Urban Blažek Kříž Kovář Bartoš Vlček Polák Musil Kopecký Šimek Holub"),
    "tr": _w("Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Özcan Korkmaz "
             "Çakır Erdoğan Yavuz Can Acar Şen Aktaş Güler Yalçın Güneş Bozkurt Bulut Keskin Ünal Turan Gül Özer Işık Kaplan Avcı Sarı Tekin Taş Köse"),
    "ar": _w("Al-Sayed Haddad Khoury Mansour Nasser Hamdan Saleh Aziz Rahman Farouk Benali El_Amrani Bouzid Mahmoud Qureshi Hussein Darwish Saad Abboud Kassem "
             "Benjelloun Haddadi Chaoui"),
    "in": _w("Patel Sharma Singh Kumar Gupta Reddy Rao Iyer Nair Menon Joshi Mehta Shah Desai Chatterjee Banerjee Mukherjee Das Verma Agarwal Kapoor Malhotra "
             "Pillai Krishnan Subramanian Bhat Kulkarni Chopra Saxena Gill Sandhu Dhillon"),
    "zh": _w("Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang Xie Tang Song Feng Han Deng Cao Peng Wong Chan "
             "Leung Cheung"),
    "ja": _w("Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi "
             "Shimizu Yamazaki Mori Abe Ikeda Hashimoto"),
    "ko": _w("Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Jeon Hong"),
    "vi": _w("Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly"),
    "ng": _w("Okafor Okonkwo Adeyemi Oyelaran Balogun Eze Nwosu Obi Mensah Asante Boateng Owusu Adeleke Ogunleye Chukwu Babatunde Okeke Afolabi Danjuma "
             "Abubakar Oyelowo"),
}
MIX = {
    "us": "en:20 es:6 zh:2 in:2 vi:1 ko:1 ar:1 ng:2 ja:1 pl:1 it:1 de:1",
    "uk": "en:20 in:4 ng:2 pl:2 ar:1 zh:1 it:1 fr:1 pt:1",
    "ca": "en:12 fr:5 zh:2 in:2 ko:1 it:1 ar:1 vi:1",
    "au": "en:14 zh:2 vi:1 in:2 it:1 ko:1 ja:1",
    "ie": "en:14 pl:2 pt:1 ng:1 in:1",
    "de": "de:20 tr:3 pl:2 it:1 ar:1 cs:1", "fr": "fr:20 ar:3 pt:2 es:1 it:1 vi:1 ng:1",
    "es": "es:20 ar:1 pt:1 it:1 ng:1", "it": "it:20 ar:1 es:1 ng:1 zh:1", "pt": "pt:20 es:1 ng:1",
    "br": "pt:20 it:2 ja:1 ar:1", "nl": "nl:20 tr:3 ar:2 de:1 pl:1", "pl": "pl:20 de:1",
    "sv": "sv:18 ar:2 fi:1 pl:1", "da": "da:18 de:1 tr:1", "no": "no:18 sv:1 pl:1 ar:1",
    "fi": "fi:18 sv:1", "cs": "cs:20 pl:1 vi:1", "tr": "tr:20",
}

def _rows(s):
    return [tuple(x.split(",")) for x in s.split("|")]

# (city, region, postcode prefix / area, phone area)
CITY = {
    "us": _rows("New York,NY,100,212|Brooklyn,NY,112,718|Buffalo,NY,142,716|Los Angeles,CA,900,213|San Diego,CA,921,619|San Jose,CA,951,408|"
                "Sacramento,CA,958,916|Fresno,CA,937,559|Oakland,CA,946,510|Chicago,IL,606,312|Naperville,IL,605,630|Houston,TX,770,713|Dallas,TX,752,214|"
                "Austin,TX,787,512|San Antonio,TX,782,210|El Paso,TX,799,915|Fort Worth,TX,761,817|Plano,TX,750,972|Phoenix,AZ,850,602|Tucson,AZ,857,520|"
                "Scottsdale,AZ,852,480|Philadelphia,PA,191,215|Pittsburgh,PA,152,412|Columbus,OH,432,614|Cleveland,OH,441,216|Cincinnati,OH,452,513|"
                "Detroit,MI,482,313|Grand Rapids,MI,495,616|Indianapolis,IN,462,317|Jacksonville,FL,322,904|Miami,FL,331,305|Tampa,FL,336,813|"
                "Orlando,FL,328,407|Charlotte,NC,282,704|Raleigh,NC,276,919|Seattle,WA,981,206|Spokane,WA,992,509|Denver,CO,802,303|Boulder,CO,803,720|"
                "Nashville,TN,372,615|Memphis,TN,381,901|Boston,MA,021,617|Worcester,MA,016,508|Portland,OR,972,503|Las Vegas,NV,891,702|Reno,NV,895,775|"
                "Atlanta,GA,303,404|Savannah,GA,314,912|Minneapolis,MN,554,612|Saint Paul,MN,551,651|Milwaukee,WI,532,414|Madison,WI,537,608|Kansas "
                "City,MO,641,816|St. Louis,MO,631,314|Omaha,NE,681,402|Albuquerque,NM,871,505|Salt Lake City,UT,841,801|Boise,ID,837,208|Louisville,KY,402,502|"
                "Baltimore,MD,212,410|Richmond,VA,232,804|Newark,NJ,071,973|Jersey City,NJ,073,201|Hartford,CT,061,860|Providence,RI,029,401|"
                "Birmingham,AL,352,205|New Orleans,LA,701,504|Little Rock,AR,722,501|Oklahoma City,OK,731,405|Tulsa,OK,741,918|Des Moines,IA,503,515|"
                "Anchorage,AK,995,907|Honolulu,HI,968,808|Charleston,SC,294,843|Burlington,VT,054,802|Fargo,ND,581,701|Sioux Falls,SD,571,605|"
                "Billings,MT,591,406|Wilmington,DE,198,302|Manchester,NH,031,603|Cheyenne,WY,820,307|Portland,ME,041,207"),
    "uk": _rows("London,Greater London,SW,20|London,Greater London,E,20|London,Greater London,N,20|Manchester,Greater Manchester,M,161|Birmingham,West "
                "Midlands,B,121|Leeds,West Yorkshire,LS,113|Glasgow,Scotland,G,141|Edinburgh,Scotland,EH,131|Liverpool,Merseyside,L,151|Bristol,Avon,BS,117|"
                "Sheffield,South Yorkshire,S,114|Cardiff,Wales,CF,29|Belfast,Northern Ireland,BT,28|Nottingham,Nottinghamshire,NG,115|"
                "Leicester,Leicestershire,LE,116|Newcastle upon Tyne,Tyne and Wear,NE,191|Southampton,Hampshire,SO,23|Brighton,East Sussex,BN,1273|"
                "Oxford,Oxfordshire,OX,1865|Cambridge,Cambridgeshire,CB,1223|Reading,Berkshire,RG,118|York,North Yorkshire,YO,1904|Aberdeen,Scotland,AB,1224|"
                "Norwich,Norfolk,NR,1603|Coventry,West Midlands,CV,24|Exeter,Devon,EX,1392|Plymouth,Devon,PL,1752|Milton Keynes,Buckinghamshire,MK,1908|"
                "Swansea,Wales,SA,1792|Derby,Derbyshire,DE,1332|Bath,Somerset,BA,1225|Dundee,Scotland,DD,1382|Stoke-on-Trent,Staffordshire,ST,1782"),
    "ca": _rows("Toronto,ON,M,416|Montréal,QC,H,514|Vancouver,BC,V,604|Calgary,AB,T,403|Edmonton,AB,T,780|Ottawa,ON,K,613|Winnipeg,MB,R,204|Halifax,NS,B,902|"
                "Québec,QC,G,418|Victoria,BC,V,250|Saskatoon,SK,S,306|Regina,SK,S,306|Hamilton,ON,L,905|Kitchener,ON,N,519|Mississauga,ON,L,905"),
    "au": _rows("Sydney,NSW,2,2|Parramatta,NSW,21,2|Melbourne,VIC,3,3|Geelong,VIC,32,3|Brisbane,QLD,4,7|Gold Coast,QLD,42,7|Perth,WA,6,8|Adelaide,SA,5,8|"
                "Hobart,TAS,7,3|Canberra,ACT,26,2|Darwin,NT,08,8|Newcastle,NSW,23,2|Townsville,QLD,48,7"),
    "ie": _rows("Dublin,Co. Dublin,D0,1|Cork,Co. Cork,T12,21|Galway,Co. Galway,H91,91|Limerick,Co. Limerick,V94,61|Waterford,Co. Waterford,X91,51|Kilkenny,Co. "
                "Kilkenny,R95,56|Sligo,Co. Sligo,F91,71"),
    "de": _rows("Berlin,Berlin,10,30|Hamburg,Hamburg,20,40|München,Bayern,80,89|Köln,Nordrhein-Westfalen,50,221|Frankfurt am Main,Hessen,60,69|"
                "Stuttgart,Baden-Württemberg,70,711|Düsseldorf,Nordrhein-Westfalen,40,211|Leipzig,Sachsen,04,341|Dortmund,Nordrhein-Westfalen,44,231|"
                "Essen,Nordrhein-Westfalen,45,201|Bremen,Bremen,28,421|Dresden,Sachsen,01,351|Hannover,Niedersachsen,30,511|Nürnberg,Bayern,90,911|"
                "Duisburg,Nordrhein-Westfalen,47,203|Bochum,Nordrhein-Westfalen,44,234|Wuppertal,Nordrhein-Westfalen,42,202|"
                "Bielefeld,Nordrhein-Westfalen,33,521|Bonn,Nordrhein-Westfalen,53,228|Münster,Nordrhein-Westfalen,48,251|Mannheim,Baden-Württemberg,68,621|"
                "Karlsruhe,Baden-Württemberg,76,721|Augsburg,Bayern,86,821|Wiesbaden,Hessen,65,611|Mainz,Rheinland-Pfalz,55,6131|Freiburg im "
                "Breisgau,Baden-Württemberg,79,761|Kiel,Schleswig-Holstein,24,431|Rostock,Mecklenburg-Vorpommern,18,381|Regensburg,Bayern,93,941|"
                "Ulm,Baden-Württemberg,89,731|Heidelberg,Baden-Württemberg,69,6221|Potsdam,Brandenburg,14,331|Erfurt,Thüringen,99,361|"
                "Magdeburg,Sachsen-Anhalt,39,391|Saarbrücken,Saarland,66,681|Wolfsburg,Niedersachsen,38,5361|Ingolstadt,Bayern,85,841|"
                "Göttingen,Niedersachsen,37,551"),
    "fr": _rows("Paris,Île-de-France,75,1|Marseille,Provence-Alpes-Côte d'Azur,13,4|Lyon,Auvergne-Rhône-Alpes,69,4|Toulouse,Occitanie,31,5|"
                "Nice,Provence-Alpes-Côte d'Azur,06,4|Nantes,Pays de la Loire,44,2|Strasbourg,Grand Est,67,3|Montpellier,Occitanie,34,4|"
                "Bordeaux,Nouvelle-Aquitaine,33,5|Lille,Hauts-de-France,59,3|Rennes,Bretagne,35,2|Reims,Grand Est,51,3|Le Havre,Normandie,76,2|"
                "Saint-Étienne,Auvergne-Rhône-Alpes,42,4|Toulon,Provence-Alpes-Côte d'Azur,83,4|Grenoble,Auvergne-Rhône-Alpes,38,4|"
                "Dijon,Bourgogne-Franche-Comté,21,3|Angers,Pays de la Loire,49,2|Nîmes,Occitanie,30,4|Clermont-Ferrand,Auvergne-Rhône-Alpes,63,4|Le Mans,Pays "
                "de la Loire,72,2|Aix-en-Provence,Provence-Alpes-Côte d'Azur,13,4|Brest,Bretagne,29,2|Tours,Centre-Val de Loire,37,2|"
                "Amiens,Hauts-de-France,80,3|Limoges,Nouvelle-Aquitaine,87,5|Annecy,Auvergne-Rhône-Alpes,74,4|Perpignan,Occitanie,66,4|Metz,Grand Est,57,3|"
                "Besançon,Bourgogne-Franche-Comté,25,3|Orléans,Centre-Val de Loire,45,2|Rouen,Normandie,76,2|Caen,Normandie,14,2|Nancy,Grand Est,54,3"),
    "es": _rows("Madrid,Madrid,28,91|Barcelona,Barcelona,08,93|Valencia,Valencia,46,96|Sevilla,Sevilla,41,95|Zaragoza,Zaragoza,50,976|Málaga,Málaga,29,95|"
                "Murcia,Murcia,30,968|Palma,Illes Balears,07,971|Las Palmas de Gran Canaria,Las Palmas,35,928|Bilbao,Bizkaia,48,94|Alicante,Alicante,03,96|"
                "Córdoba,Córdoba,14,957|Valladolid,Valladolid,47,983|Vigo,Pontevedra,36,986|Gijón,Asturias,33,985|Granada,Granada,18,958|A Coruña,A "
                "Coruña,15,981|Vitoria-Gasteiz,Álava,01,945|Santander,Cantabria,39,942|Pamplona,Navarra,31,948|San Sebastián,Gipuzkoa,20,943|"
                "Salamanca,Salamanca,37,923|Burgos,Burgos,09,947|Cádiz,Cádiz,11,956|Toledo,Toledo,45,925"),
    "it": _rows("Roma,RM,001,06|Milano,MI,201,02|Napoli,NA,801,081|Torino,TO,101,011|Palermo,PA,901,091|Genova,GE,161,010|Bologna,BO,401,051|"
                "Firenze,FI,501,055|Bari,BA,701,080|Catania,CT,951,095|Venezia,VE,301,041|Verona,VR,371,045|Messina,ME,981,090|Padova,PD,351,049|"
                "Trieste,TS,341,040|Brescia,BS,251,030|Parma,PR,431,0521|Modena,MO,411,059|Perugia,PG,061,075|Cagliari,CA,091,070|Bergamo,BG,241,035|"
                "Pisa,PI,561,050|Lecce,LE,731,0832|Reggio Calabria,RC,891,0965"),
    "nl": _rows("Amsterdam,Noord-Holland,10,20|Rotterdam,Zuid-Holland,30,10|Den Haag,Zuid-Holland,25,70|Utrecht,Utrecht,35,30|Eindhoven,Noord-Brabant,56,40|"
                "Groningen,Groningen,97,50|Tilburg,Noord-Brabant,50,13|Almere,Flevoland,13,36|Breda,Noord-Brabant,48,76|Nijmegen,Gelderland,65,24|"
                "Arnhem,Gelderland,68,26|Haarlem,Noord-Holland,20,23|Enschede,Overijssel,75,53|Maastricht,Limburg,62,43|Leiden,Zuid-Holland,23,71|"
                "Zwolle,Overijssel,80,38|Delft,Zuid-Holland,26,15|Amersfoort,Utrecht,38,33"),
    "pl": _rows("Warszawa,mazowieckie,0,22|Kraków,małopolskie,3,12|Łódź,łódzkie,9,42|Wrocław,dolnośląskie,5,71|Poznań,wielkopolskie,6,61|"
                "Gdańsk,pomorskie,80,58|Szczecin,zachodniopomorskie,7,91|Bydgoszcz,kujawsko-pomorskie,85,52|Lublin,lubelskie,20,81|Białystok,podlaskie,15,85|"
                "Katowice,śląskie,40,32|Gdynia,pomorskie,81,58|Rzeszów,podkarpackie,35,17|Toruń,kujawsko-pomorskie,87,56|Kielce,świętokrzyskie,25,41|"
                "Olsztyn,warmińsko-mazurskie,10,89|Opole,opolskie,45,77"),
    "pt": _rows("Lisboa,Lisboa,1,21|Porto,Porto,4,22|Braga,Braga,47,253|Coimbra,Coimbra,30,239|Faro,Faro,80,289|Aveiro,Aveiro,38,234|Setúbal,Setúbal,29,265|"
                "Funchal,Madeira,90,291|Évora,Évora,70,266|Viseu,Viseu,35,232|Leiria,Leiria,24,244|Guimarães,Braga,48,253|Cascais,Lisboa,27,21"),
    "sv": _rows("Stockholm,Stockholms län,11,8|Göteborg,Västra Götalands län,41,31|Malmö,Skåne län,21,40|Uppsala,Uppsala län,75,18|Västerås,Västmanlands "
                "län,72,21|Örebro,Örebro län,70,19|Linköping,Östergötlands län,58,13|Helsingborg,Skåne län,25,42|Jönköping,Jönköpings län,55,36|"
                "Norrköping,Östergötlands län,60,11|Lund,Skåne län,22,46|Umeå,Västerbottens län,90,90|Gävle,Gävleborgs län,80,26|Luleå,Norrbottens län,97,920"),
    "da": _rows("København K,Region Hovedstaden,1,3|København N,Region Hovedstaden,22,3|Frederiksberg,Region Hovedstaden,20,3|Aarhus C,Region Midtjylland,80,8|"
                "Odense C,Region Syddanmark,50,6|Aalborg,Region Nordjylland,90,9|Esbjerg,Region Syddanmark,67,7|Randers,Region Midtjylland,89,8|Kolding,Region "
                "Syddanmark,60,7|Vejle,Region Syddanmark,71,7|Roskilde,Region Sjælland,40,4|Herning,Region Midtjylland,74,9|Helsingør,Region Hovedstaden,30,4"),
    "no": _rows("Oslo,Oslo,0,2|Bergen,Vestland,50,5|Trondheim,Trøndelag,70,7|Stavanger,Rogaland,40,5|Drammen,Buskerud,30,3|Fredrikstad,Østfold,16,6|"
                "Kristiansand,Agder,46,3|Tromsø,Troms,90,7|Sandnes,Rogaland,43,5|Ålesund,Møre og Romsdal,60,7|Bodø,Nordland,80,7|Lillehammer,Innlandet,26,6"),
    "fi": _rows("Helsinki,Uusimaa,00,9|Espoo,Uusimaa,02,9|Vantaa,Uusimaa,01,9|Tampere,Pirkanmaa,33,3|Oulu,Pohjois-Pohjanmaa,90,8|Turku,Varsinais-Suomi,20,2|"
                "Jyväskylä,Keski-Suomi,40,14|Lahti,Päijät-Häme,15,3|Kuopio,Pohjois-Savo,70,17|Pori,Satakunta,28,2|Joensuu,Pohjois-Karjala,80,13|"
                "Vaasa,Pohjanmaa,65,6|Rovaniemi,Lappi,96,16"),
    "cs": _rows("Praha,Hlavní město Praha,1,2|Brno,Jihomoravský kraj,6,5|Ostrava,Moravskoslezský kraj,70,59|Plzeň,Plzeňský kraj,30,37|Liberec,Liberecký "
                "kraj,460,48|Olomouc,Olomoucký kraj,779,58|České Budějovice,Jihočeský kraj,370,38|Hradec Králové,Královéhradecký kraj,500,49|Ústí nad "
                "Labem,Ústecký kraj,400,47|Pardubice,Pardubický kraj,530,46|Zlín,Zlínský kraj,760,57|Jihlava,Kraj Vysočina,586,56|Karlovy Vary,Karlovarský "
                "kraj,360,35"),
    "tr": _rows("İstanbul,Kadıköy,34,216|İstanbul,Beşiktaş,34,212|İstanbul,Üsküdar,34,216|İstanbul,Şişli,34,212|Ankara,Çankaya,06,312|Ankara,Keçiören,06,312|"
                "İzmir,Karşıyaka,35,232|İzmir,Bornova,35,232|Bursa,Nilüfer,16,224|Antalya,Muratpaşa,07,242|Adana,Seyhan,01,322|Konya,Selçuklu,42,332|"
                "Gaziantep,Şahinbey,27,342|Eskişehir,Tepebaşı,26,222|Mersin,Yenişehir,33,324|Trabzon,Ortahisar,61,462|Kayseri,Melikgazi,38,352|"
                "Samsun,İlkadım,55,362"),
}
ST_NAME = dict(x.split(":") for x in (
    "NY:New_York CA:California IL:Illinois TX:Texas AZ:Arizona PA:Pennsylvania OH:Ohio MI:Michigan IN:Indiana FL:Florida NC:North_Carolina WA:Washington "
    "CO:Colorado TN:Tennessee MA:Massachusetts OR:Oregon NV:Nevada GA:Georgia MN:Minnesota WI:Wisconsin MO:Missouri NE:Nebraska NM:New_Mexico UT:Utah ID:Idaho "
    "KY:Kentucky MD:Maryland VA:Virginia NJ:New_Jersey CT:Connecticut RI:Rhode_Island AL:Alabama LA:Louisiana AR:Arkansas OK:Oklahoma IA:Iowa AK:Alaska "
    "HI:Hawaii SC:South_Carolina VT:Vermont ND:North_Dakota SD:South_Dakota MT:Montana DE:Delaware "
    "NH:New_Hampshire WY:Wyoming ME:Maine").replace("_", "\x00").split())
ST_NAME = {k: v.replace("\x00", " ") for k, v in ST_NAME.items()}
COUNTRY = {"us": "USA", "uk": "United Kingdom", "ca": "Canada", "au": "Australia", "ie": "Ireland",
           "de": "Deutschland", "fr": "France", "es": "España", "it": "Italia", "pt": "Portugal", "nl": "Nederland",
           "pl": "Polska", "sv": "Sverige", "da": "Danmark", "no": "Norge", "fi": "Suomi", "cs": "Česká republika",
           "tr": "Türkiye"}
COUNTRY_EN = {"us": "United States", "uk": "United Kingdom", "ca": "Canada", "au": "Australia", "ie": "Ireland",
              "de": "Germany", "fr": "France", "es": "Spain", "it": "Italy", "pt": "Portugal",
              "nl": "the Netherlands", "pl": "Poland", "sv": "Sweden", "da": "Denmark", "no": "Norway",
              "fi": "Finland", "cs": "Czech Republic", "tr": "Turkey", "jp": "Japan", "kr": "South Korea"}
STREETS = {
    "us": _w("Main Oak Maple Cedar Pine Elm Washington Lake Hill Park Sunset Highland Lincoln Jefferson Madison Franklin Ridge Church Spring Mill Walnut "
             "Chestnut River Meadow Forest Willow Center Union Market Broad Prospect Harrison Jackson Grant Cherry Dogwood Magnolia Peachtree Cypress Sycamore "
             "Aspen Juniper Canyon Mesa Vista Bayview Harbor Railroad College Airport Commerce Fairview Woodland Greenwood Evergreen Hickory Laurel Birch "
             "Orchard Valley Country_Club Old_Mill"),
    "uk": _w("High_Street Station_Road Church_Lane Victoria_Road Green_Lane Manor_Road Park_Avenue Queens_Road The_Crescent Mill_Lane King_Street Kings_Road "
             "Albert_Road London_Road New_Road Springfield_Road Windsor_Close Grange_Road Chapel_Street Orchard_Way Beech_Grove Meadow_View Westfield_Avenue "
             "Cromwell_Road Princes_Street Oxford_Road Bridge_Street Market_Place Elm_Grove Highfield_Road"),
    "de": _w("Hauptstraße Bahnhofstraße Schulstraße Gartenstraße Dorfstraße Bergstraße Lindenstraße Kirchstraße Waldstraße Ringstraße Goethestraße "
             "Schillerstraße Friedrichstraße Mozartstraße Am_Markt Mühlenweg Birkenweg Rosenweg Kastanienallee Berliner_Allee Lessingstr. Kantstraße "
             "Uhlandstraße Münchner_Straße Hamburger_Straße Lindenallee Am_Sportplatz Feldstraße Wiesenweg Industriestraße Sonnenstraße Karl-Marx-Straße "
             "Bismarckstraße Eichendorffweg Heinrich-Heine-Str."),
    "fr": _w("rue_de_la_République avenue_Jean_Jaurès boulevard_Voltaire rue_Victor_Hugo place_de_la_Mairie rue_des_Lilas chemin_des_Vignes allée_des_Tilleuls "
             "rue_Pasteur avenue_du_Général_de_Gaulle rue_Nationale impasse_des_Roses quai_de_la_Loire rue_du_Moulin rue_de_Paris boulevard_Gambetta "
             "rue_Jules_Ferry avenue_de_la_Gare rue_Saint-Michel rue_des_Écoles chemin_du_Lavoir"),
    "es": _w("Calle_Mayor Calle_de_Alcalá Avenida_de_la_Constitución Calle_Real Plaza_de_España Paseo_de_Gracia Gran_Vía Avenida_Diagonal Calle_San_Francisco "
             "Calle_del_Sol Ronda_de_Segovia Calle_Larios Avenida_de_América Calle_Sierpes Carrer_de_Mallorca Calle_Colón Avenida_del_Puerto "
             "Calle_Doctor_Fleming Calle_Cervantes Paseo_de_la_Castellana"),
    "it": _w("Via_Roma Via_Garibaldi Corso_Vittorio_Emanuele_II Via_Mazzini Piazza_del_Duomo Via_Dante_Alighieri Viale_Europa Via_Cavour Via_XX_Settembre "
             "Via_Verdi Corso_Italia Via_Nazionale Via_dei_Mille Via_Marconi Via_Matteotti Viale_della_Repubblica Via_San_Francesco Via_Gramsci Via_Manzoni"),
    "nl": _w("Kerkstraat Dorpsstraat Stationsweg Molenweg Schoolstraat Julianastraat Wilhelminastraat Beatrixlaan Hoofdstraat Keizersgracht Prinsengracht "
             "Oranjelaan Parkweg Nieuwstraat Marktplein Lindenlaan Eikenlaan Kastanjelaan Industrieweg Vondelstraat"),
    "pl": _w("Marszałkowska Piłsudskiego Mickiewicza Kościuszki Długa Słowackiego Polna Leśna Ogrodowa Lipowa Sienkiewicza Krakowska Wojska_Polskiego Kolejowa "
             "Szkolna Kwiatowa Słoneczna Jana_Pawła_II"),
    "pt": _w("Rua_Augusta Avenida_da_Liberdade Rua_de_Santa_Catarina Rua_do_Ouro Avenida_da_República Rua_Direita Largo_do_Carmo Rua_da_Prata "
             "Travessa_do_Carvalho Avenida_dos_Aliados Rua_25_de_Abril Rua_de_Cedofeita Avenida_Fontes_Pereira_de_Melo Rua_Miguel_Bombarda"),
    "sv": _w("Storgatan Drottninggatan Kungsgatan Sveavägen Vasagatan Skolgatan Kyrkogatan Järnvägsgatan Nygatan Södra_vägen Linnégatan Parkvägen Björkvägen "
             "Ringvägen Hantverkargatan Götgatan"),
    "da": _w("Vesterbrogade Nørrebrogade Østergade Algade Søndergade Jernbanegade Kirkevej Skolevej Møllevej Bredgade Amagerbrogade Frederiksberg_Allé "
             "Vestergade Strandvejen Hovedgaden"),
    "no": _w("Karl_Johans_gate Storgata Kirkegata Dronningens_gate Kongens_gate Bygdøy_allé Thorvald_Meyers_gate Markveien Strandgata Skolegata Torggata "
             "Parkveien Løkkeveien Sandviksveien"),
    "fi": _w("Mannerheimintie Hämeenkatu Aleksanterinkatu Kauppakatu Koulukatu Puistokatu Rantatie Kirkkokatu Asemakatu Satakunnankatu Torikatu Isokatu "
             "Rautatienkatu Kalevankatu"),
    "cs": _w("Masarykova Husova Palackého Nádražní Školní Komenského Dlouhá Jiráskova Smetanova Riegrova Tyršova Žižkova Na_Příkopě Národní Vinohradská "
             "Sokolovská"),
    "tr": _w("Atatürk_Cad. Cumhuriyet_Cad. İstiklal_Cad. Bağdat_Cad. Gazi_Mustafa_Kemal_Bulvarı Fevzi_Çakmak_Sok. Menekşe_Sok. Lale_Sok. İnönü_Cad. "
             "Barbaros_Bulvarı Kazım_Karabekir_Cad."),
}
STREETS["ca"] = STREETS["us"] + _w("Yonge Bloor Queen Dundas Sainte-Catherine Granville Jasper Portage")
STREETS["au"] = _w("George_St Pitt_St Collins_St Bourke_St Queen_St Hay_St King_William_St Elizabeth_St Victoria_Rd Pacific_Hwy Beach_Rd Station_St Church_St "
                   "Smith_St")
STREETS["ie"] = STREETS["uk"][:16] + _w("O'Connell_Street Grafton_Street Patrick_Street Shop_Street")
US_SUFFIX = _w("St Street Ave Avenue Rd Road Blvd Dr Drive Ln Lane Ct Way Pl Pkwy Ter Cir")
MONTHS = {
    "en": _w("January February March April May June July August September October November December"),
    "de": _w("Januar Februar März April Mai Juni Juli August September Oktober November Dezember"),
    "fr": _w("janvier février mars avril mai juin juillet août septembre octobre novembre décembre"),
    "es": _w("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"),
    "it": _w("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre"),
    "pt": _w("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro"),
    "nl": _w("januari februari maart april mei juni juli augustus september oktober november december"),
    "pl": _w("stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia"),
    "sv": _w("januari februari mars april maj juni juli augusti september oktober november december"),
    "da": _w("januar februar marts april maj juni juli august september oktober november december"),
    "no": _w("januar februar mars april mai juni juli august september oktober november desember"),
    "fi": _w("tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta"),
    "cs": _w("ledna února března dubna května června července srpna září října listopadu prosince"),
    "tr": _w("Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık"),
}
WDAYS = {
    "en": _w("Monday Tuesday Wednesday Thursday Friday Saturday Sunday"),
    "de": _w("Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag"),
    "fr": _w("lundi mardi mercredi jeudi vendredi samedi dimanche"),
    "es": _w("lunes martes miércoles jueves viernes sábado domingo"),
    "it": _w("lunedì martedì mercoledì giovedì venerdì sabato domenica"),
    "pt": _w("segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo"),
    "nl": _w("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag"),
}
LANG = {"us": "en", "uk": "en", "ca": "en", "au": "en", "ie": "en"}
D_STY = {
    "us": ["{mm}/{dd}/{Y}", "{m}/{d}/{Y}", "{Mon} {d}, {Y}", "{Month} {d}, {Y}", "{Y}-{mm}-{dd}",
           "{Wd}, {Month} {d}, {Y}", "{mm}/{dd}/{yy}", "{mm}-{dd}-{Y}", "{Wd}, {Mon} {d}"],
    "uk": ["{dd}/{mm}/{Y}", "{d} {Month} {Y}", "{d} {Mon} {Y}", "{Wd} {d} {Month} {Y}", "{Y}-{mm}-{dd}",
           "{dd}/{mm}/{yy}", "{d}{sfx} {Month} {Y}"],
    "de": ["{dd}.{mm}.{Y}", "{d}. {Month} {Y}", "{dd}.{mm}.{yy}", "{Wd}, {d}. {Month} {Y}", "{Y}-{mm}-{dd}",
           "{d}.{m}.{Y}", "{dd}.{mm}.{Y}"],
    "fr": ["{dd}/{mm}/{Y}", "{d} {Month} {Y}", "{Wd} {d} {Month} {Y}", "{dd}-{mm}-{Y}", "{dd}/{mm}/{Y}"],
    "es": ["{dd}/{mm}/{Y}", "{d} de {Month} de {Y}", "{d}-{mm}-{Y}", "{Wd}, {d} de {Month} de {Y}", "{dd}/{mm}/{Y}"],
    "it": ["{dd}/{mm}/{Y}", "{d} {Month} {Y}", "{dd}.{mm}.{Y}", "{dd}-{mm}-{Y}", "{Wd} {d} {Month} {Y}"],
    "pt": ["{dd}/{mm}/{Y}", "{d} de {Month} de {Y}", "{dd}-{mm}-{Y}", "{dd}/{mm}/{Y}"],
    "nl": ["{dd}-{mm}-{Y}", "{d} {Month} {Y}", "{Wd} {d} {Month} {Y}", "{dd}/{mm}/{Y}", "{d}-{m}-{Y}"],
    "pl": ["{dd}.{mm}.{Y}", "{d} {Month} {Y}", "{Y}-{mm}-{dd}", "{dd}.{mm}.{Y}"],
    "sv": ["{Y}-{mm}-{dd}", "{d} {Month} {Y}", "{Y}-{mm}-{dd}", "{d}/{m} {Y}"],
    "da": ["{dd}.{mm}.{Y}", "{d}. {Month} {Y}", "{dd}-{mm}-{Y}"],
    "no": ["{dd}.{mm}.{Y}", "{d}. {Month} {Y}", "{dd}.{mm}.{Y}"],
    "fi": ["{d}.{m}.{Y}", "{dd}.{mm}.{Y}", "{d}. {Month} {Y}"],
    "cs": ["{d}. {m}. {Y}", "{d}.{m}.{Y}", "{d}. {Month} {Y}", "{dd}.{mm}.{Y}"],
    "tr": ["{dd}.{mm}.{Y}", "{d} {Month} {Y}", "{dd}/{mm}/{Y}"],
}
T_STY = {"us": ["{h12}:{mi} {AP}", "{h12}:{mi}{ap}", "{HH}:{mi}", "{h12}:{mi} {AP}"],
         "uk": ["{HH}:{mi}", "{h12}:{mi}{ap}", "{h12}.{mi}{ap}", "{HH}:{mi}"],
         "de": ["{HH}:{mi} Uhr", "{HH}:{mi}", "{H}.{mi} Uhr"], "fr": ["{H}h{mi}", "{HH}:{mi}", "{HH}h{mi}"],
         "es": ["{HH}:{mi}", "{HH}:{mi} h", "{H}:{mi}"], "it": ["{HH}:{mi}", "{HH}.{mi}"],
         "pt": ["{HH}:{mi}", "{H}h{mi}"], "nl": ["{HH}:{mi}", "{HH}.{mi} uur", "{HH}:{mi} uur"],
         "pl": ["{HH}:{mi}", "{H}:{mi}"], "sv": ["{HH}:{mi}", "{HH}.{mi}"], "da": ["{HH}:{mi}", "{HH}.{mi}"],
         "no": ["{HH}:{mi}", "{HH}.{mi}"], "fi": ["{HH}:{mi}", "{H}.{mi}"], "cs": ["{H}:{mi}", "{HH}:{mi}"],
         "tr": ["{HH}:{mi}", "{HH}.{mi}"]}
JOIN = {"us": [" ", " at ", ", "], "uk": [" ", " at ", ", "], "de": [", ", " um ", " "],
        "fr": [" à ", " ", ", "], "es": [" a las ", " ", ", "], "it": [" alle ", " alle ore ", ", "],
        "pt": [" às ", " ", ", "]}
DKEY = {"ca": "us", "au": "uk", "ie": "uk", "br": "pt"}

MAKES = [("Honda", "CR-V", "EX-L"), ("Honda", "Civic", "Sport"), ("Toyota", "RAV4", "XLE"), ("Toyota", "Camry", "SE"),
         ("Toyota", "Corolla", "LE"), ("Ford", "F-150", "XLT"), ("Ford", "Escape", "SEL"),
         ("Ford", "Mustang Mach-E", "Premium"), ("Chevrolet", "Equinox", "LT"), ("Chevrolet", "Silverado 1500", "RST"),
         ("Tesla", "Model 3", "Long Range"), ("Tesla", "Model Y", "Performance"), ("Hyundai", "Ioniq 5", "SEL"),
         ("Hyundai", "Tucson", "Limited"), ("Kia", "EV6", "Wind"), ("Kia", "Sportage", "EX"), ("Nissan", "Rogue", "SV"),
         ("Nissan", "Leaf", "SV Plus"), ("Subaru", "Outback", "Premium"), ("Mazda", "CX-5", "Touring"),
         ("Volkswagen", "ID.4", "Pro S"), ("Volkswagen", "Golf", "Life"), ("Volkswagen", "Tiguan", "SE"),
         ("BMW", "X3", "xDrive30i"), ("BMW", "i4", "eDrive40"), ("Mercedes-Benz", "GLC 300", "4MATIC"),
         ("Audi", "Q5", "Premium Plus"), ("Jeep", "Grand Cherokee", "Laredo"), ("Ram", "1500", "Big Horn"),
         ("Skoda", "Octavia", "Style"), ("Renault", "Clio", "Techno"), ("Peugeot", "208", "Allure"),
         ("Fiat", "500e", "La Prima"), ("Volvo", "XC60", "Plus"), ("Polestar", "2", "Long range"),
         ("SEAT", "Leon", "FR"), ("Opel", "Corsa", "Elegance"), ("Dacia", "Sandero", "Expression"),
         ("Citroën", "C4", "Shine"), ("Toyota", "Yaris", "Hybrid Active"), ("Kia", "Niro EV", "Wave")]
WMI = {"Honda": "1HG", "Toyota": "JTD", "Ford": "1FM", "Chevrolet": "1GN", "Tesla": "5YJ", "Hyundai": "KMH",
       "Kia": "KNA", "Nissan": "JN1", "Subaru": "4S4", "Mazda": "JM3", "Volkswagen": "WVW", "BMW": "WBA",
       "Mercedes-Benz": "W1N", "Audi": "WA1", "Jeep": "1C4", "Ram": "1C6", "Skoda": "TMB", "Renault": "VF1",
       "Peugeot": "VR3", "Fiat": "ZFA", "Volvo": "YV1", "Polestar": "LPS", "SEAT": "VSS", "Opel": "W0V",
       "Dacia": "UU1", "Citroën": "VR7"}
DEALERS = _w("Heritage_Ford Sunrise_Toyota Lakeside_Chevrolet_Buick_GMC Metro_Honda Northgate_Hyundai Capitol_Subaru Coastline_Kia Summit_Nissan "
             "Valley_Volkswagen Prestige_BMW Riverside_Chrysler_Dodge_Jeep_Ram Bayshore_Mazda Crossroads_Toyota Pinnacle_Audi Gateway_Hyundai "
             "Liberty_Ford_Lincoln Autoplex_Nissan Keystone_Honda Crown_Kia Evergreen_Subaru")
LENDERS = _w("Ally_Financial Capital_One_Auto_Finance Chase_Auto Toyota_Financial_Services American_Honda_Finance Santander_Consumer_USA Westlake_Financial "
             "Bank_of_America Wells_Fargo_Auto PenFed_Credit_Union Navy_Federal_Credit_Union Exeter_Finance")
BANKS_US = _w("Chase Bank_of_America Wells_Fargo Citibank U.S._Bank PNC_Bank Truist TD_Bank Fifth_Third KeyBank Regions_Bank Huntington Ally_Bank Capital_One")
EMPLOYERS = _w("Kroger Amazon_Fulfillment Riverside_Medical_Center Acme_Logistics Cedar_Point_Schools FedEx_Ground Home_Depot Brightview_Landscaping "
               "Tri-County_Plumbing Northwind_Traders Walgreens Lockheed_Martin Sysco UPS Target Mayo_Clinic Self-employed")
BIC = _w("DEUTDEFFXXX COBADEFFXXX BNPAFRPPXXX INGBNL2A BBVAESMMXXX UNCRITMM NDEASESS DABADKKK DNBANOKK NDEAFIHH KOMBCZPP TGBATRIS CGDIPTPL PKOPPLPW BARCGB22 "
         "NWBKGB2L CHASUS33 HELADEF1822 SOGEFRPP RABONL2U CAIXESBBXXX BCITITMM")
DOM = {k: v.split() for k, v in {
    "us": "gmail.com yahoo.com outlook.com hotmail.com icloud.com aol.com comcast.net att.net proton.me",
    "uk": "gmail.com btinternet.com outlook.com hotmail.co.uk yahoo.co.uk sky.com virginmedia.com",
    "ca": "gmail.com rogers.com sympatico.ca shaw.ca outlook.com videotron.ca",
    "au": "gmail.com bigpond.com optusnet.com.au outlook.com iinet.net.au",
    "ie": "gmail.com eircom.net outlook.ie yahoo.ie",
    "de": "gmx.de web.de t-online.de gmail.com posteo.de outlook.de freenet.de",
    "fr": "orange.fr free.fr laposte.net gmail.com sfr.fr wanadoo.fr hotmail.fr",
    "es": "gmail.com hotmail.es yahoo.es telefonica.net outlook.es",
    "it": "libero.it gmail.com virgilio.it alice.it tiscali.it hotmail.it",
    "pt": "sapo.pt gmail.com hotmail.com netcabo.pt", "nl": "ziggo.nl kpnmail.nl gmail.com hotmail.nl xs4all.nl",
    "pl": "wp.pl onet.pl interia.pl gmail.com o2.pl", "sv": "telia.com gmail.com hotmail.se outlook.com",
    "da": "gmail.com hotmail.dk mail.dk outlook.dk", "no": "online.no gmail.com hotmail.no outlook.com",
    "fi": "gmail.com luukku.com hotmail.fi elisanet.fi", "cs": "seznam.cz email.cz gmail.com centrum.cz",
    "tr": "gmail.com hotmail.com yandex.com.tr outlook.com"}.items()}
TITLES = {"en": (["Mr."], ["Ms.", "Mrs."]), "de": (["Herr"], ["Frau"]), "fr": (["M."], ["Mme"]),
          "es": (["Sr."], ["Sra."]), "it": (["Sig."], ["Sig.ra"]), "pt": (["Sr."], ["Sra."]),
          "nl": (["dhr."], ["mevr."]), "pl": (["Pan"], ["Pani"]), "cs": (["pan"], ["paní"]),
          "tr": (["Sayın"], ["Sayın"])}
FOLD = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L", "ı": "i",
                      "đ": "d", "œ": "oe", "İ": "I"})
UPN = "ABCDEFGHJKLMNPRSTUVWXYZ"
ALNU = string.ascii_uppercase + string.digits
B62 = string.ascii_letters + string.digits
HEX = "0123456789abcdef"

# --------------------------------------------------------------------------- helpers
def fold(s):
    return unicodedata.normalize("NFKD", s.translate(FOLD)).encode("ascii", "ignore").decode()

def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        tot += d
    return str((10 - tot % 10) % 10)

def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        tot += d
    return tot % 10 == 0

def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def ssn_ok(s):
    d = re.sub(r"\D", "", s)
    a, g_, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return len(d) == 9 and 0 < a < 900 and a != 666 and g_ > 0 and n > 0

def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()

IBAN_BBAN = {"DE": "##################", "FR": "##########***********##", "ES": "####################",
             "IT": "@##########************", "NL": "@@@@##########", "PL": "########################",
             "PT": "#####################", "SE": "####################", "DK": "##############",
             "NO": "###########", "FI": "##############", "CZ": "####################",
             "TR": "#####0################", "GB": "@@@@##############", "IE": "@@@@##############",
             "BE": "############", "AT": "################", "CH": "#################"}
IBAN_LEN = {"DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "PL": 28, "PT": 25, "SE": 24, "DK": 18, "NO": 15,
            "FI": 18, "CZ": 24, "TR": 26, "GB": 22, "IE": 22, "BE": 16, "AT": 20, "CH": 21}
IBAN_BANK = {"GB": _w("NWBK BARC LOYD HBUK MIDL MONZ"), "NL": _w("ABNA INGB RABO SNSB TRIO BUNQ KNAB"),
             "IE": _w("AIBK BOFI IPBS")}
CC2 = {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pl": "PL", "pt": "PT", "sv": "SE", "da": "DK",
       "no": "NO", "fi": "FI", "cs": "CZ", "tr": "TR", "uk": "GB", "ie": "IE"}
VIN_TR = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ",
                                                      [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_WC = {}

class Pn:
    __slots__ = ("first", "last", "fem", "cult", "mid")

    def __init__(self, first, last, fem, cult, mid):
        self.first, self.last, self.fem, self.cult, self.mid = first, last, fem, cult, mid

    @property
    def full(self):
        return f"{self.first} {self.last}"

class Addr:
    def __init__(self, cc, lines, city, region, pc, street=None):
        self.cc, self.lines, self.city, self.region, self.pc = cc, lines, city, region, pc
        self.street = street or lines[0]

    def block(self, sep="\n", country=False, en=False):
        extra = [(COUNTRY_EN if en else COUNTRY)[self.cc]] if country else []
        return sep.join(self.lines + extra)

def _czf(s):
    for a, b_ in (("ý", "á"), ("a", "ová"), ("ek", "ková"), ("ec", "cová")):
        if s.endswith(a):
            return s[: -len(a)] + b_
    return s + "ová"

def _ord(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"

class G:
    """Random value factory bound to one document's RNG."""
    def __init__(self, r):
        self.r = r
    # basics
    def ch(self, seq): return self.r.choice(seq)
    def p(self, x): return self.r.random() < x
    def ri(self, a, b): return self.r.randint(a, b)
    def s(self, n, al=string.digits): return "".join(self.r.choice(al) for _ in range(n))
    def code(self, pat):
        m = {"#": string.digits, "@": UPN, "*": ALNU, "%": HEX, "^": B62}
        return "".join(self.r.choice(m[c]) if c in m else c for c in pat)
    def wch(self, spec):
        if spec not in _WC:
            it = [x.rsplit(":", 1) for x in spec.split()]
            _WC[spec] = ([a for a, _ in it], [float(w) for _, w in it])
        k, w = _WC[spec]
        return self.r.choices(k, w)[0]
    def shuffle(self, xs):
        xs = list(xs)
        self.r.shuffle(xs)
        return xs
    def typo(self, s, prob=0.25):
        if not self.p(prob) or len(s) < 8:
            return s
        i = self.ri(1, len(s) - 3)
        if s[i].isalpha() and s[i + 1].isalpha():
            return s[:i] + s[i + 1] + s[i] + s[i + 2:]
        return s
    # people
    def person(self, cc="us", cult=None):
        cult = cult or self.wch(MIX[cc])
        m, f = GIVEN[cult]
        fem = self.p(0.5)
        first, last = self.ch(f if fem else m), self.ch(SUR[cult])
        if cult == "es" and self.p(0.55):
            last += " " + self.ch(SUR["es"])
        elif cult == "pt" and self.p(0.4):
            last = self.ch(SUR["pt"]) + " " + last
        elif cult == "pl" and fem and last.endswith("ki"):
            last = last[:-1] + "a"
        elif cult == "cs" and fem:
            last = _czf(last)
        elif cult == "en" and self.p(0.04):
            last += "-" + self.ch(SUR["en"])
        return Pn(first, last, fem, cult, self.ch("ABCDEFGHJKLMNPRSTW"))
    def nm(self, p, style=None):
        style = style or self.wch("full:60 mid:8 lf:9 caps:7 init:5 lfcaps:4")
        return {"full": p.full, "mid": f"{p.first} {p.mid}. {p.last}", "lf": f"{p.last}, {p.first}",
                "caps": p.full.upper(), "lfcaps": f"{p.last.upper()}, {p.first.upper()}",
                "init": f"{p.first[0]}. {p.last}", "lower": p.full.lower(), "first": p.first,
                "last": p.last, "fl": f"{p.first} {p.last[0]}."}[style]
    def title(self, p, lang="en"): return self.ch(TITLES.get(lang, TITLES["en"])[1 if p.fem else 0])
    def email(self, p=None, cc="us", dom=None):
        p = p or self.person(cc)
        f = re.sub(r"[^a-z]", "", fold(p.first).lower()) or "info"
        last = re.sub(r"[^a-z]", "", fold(p.last).lower()) or "mail"
        pat = self.ch(["{f}.{l}", "{f}{l}", "{f0}{l}", "{f}_{l}", "{f}.{l}{n}", "{l}.{f}", "{f}{n}", "{l}{f0}",
                       "{f0}.{l}{n2}", "{f}.{l}"])
        loc = pat.format(f=f, l=last, f0=f[0], n=self.ri(1, 99), n2=self.ri(60, 99))
        return f"{loc}@{dom or self.ch(DOM.get(cc, DOM['us']))}"
    # places
    def row(self, cc): return self.ch(CITY[cc])
    def addr(self, cc, row=None, unit=True):
        city, reg, pre, _a = row or self.row(cc)
        st, n = self.ch(STREETS[cc]), str(self.ri(1, 180))
        if cc in ("us", "ca"):
            num = str(self.ri(1, 9899))
            if cc == "us" and self.p(0.15):
                street = f"{num} {self.ch(['N', 'S', 'E', 'W', 'NE', 'NW', 'SW'])} {_ord(self.ri(1, 120))} " \
                         f"{self.ch(['St', 'Ave', 'Street', 'Avenue'])}"
            else:
                street = f"{num} {st} {self.ch(US_SUFFIX)}"
            street += self.ch(["", "", "", f" Apt {self.ri(1, 40)}{self.ch('ABCD')}", f", Unit {self.ri(1, 300)}",
                               f" #{self.ri(100, 999)}", f", Apt. {self.ri(1, 20)}"]) if unit else ""
            if cc == "us":
                pc = pre + self.s(2) + ("-" + self.s(4) if self.p(0.15) else "")
                last = f"{city}, {reg} {pc}"
            else:
                pc = f"{pre}{self.ri(0, 9)}{self.ch(UPN)} {self.ri(0, 9)}{self.ch(UPN)}{self.ri(0, 9)}"
                last = self.ch([f"{city}, {reg} {pc}", f"{city} {reg}  {pc}"])
            lines = [street, last]
        elif cc == "uk":
            pc = f"{pre}{self.ri(1, 20)} {self.ri(1, 9)}{self.ch(UPN)}{self.ch(UPN)}"
            flat = self.ch(["", "", "", f"Flat {self.ri(1, 24)}, ", f"Flat {self.ri(1, 9)}{self.ch('ABC')}, "]) if unit else ""
            lines = [f"{flat}{n} {st}", city.upper() if self.p(0.4) else city, pc]
        elif cc == "ie":
            rk = pre if len(pre) == 3 else pre + str(self.ri(1, 8))
            pc = f"{rk} {self.code('@#@#')}"
            lines = [f"{n} {st}", city, pc]
        elif cc == "au":
            pc = pre + self.s(4 - len(pre))
            u = self.ch(["", "", f"Unit {self.ri(1, 30)}, ", f"{self.ri(1, 40)}/"])
            lines = [f"{u}{n} {st}", f"{city.upper() if self.p(0.5) else city} {reg} {pc}"]
        elif cc == "de":
            pc = pre + self.s(3)
            lines = [f"{st} {n}{self.ch(['', '', '', 'a', 'b'])}", f"{pc} {city}"]
            if self.p(0.1):
                lines.insert(1, f"{self.ri(1, 5)}. OG {self.ch(['links', 'rechts'])}")
        elif cc == "fr":
            pc = f"750{self.ri(1, 20):02d}" if city == "Paris" else pre + self.s(3)
            lines = [f"{n}{self.ch(['', '', '', ' bis', ' ter'])} {st}", f"{pc} {city.upper() if self.p(0.5) else city}"]
            if unit and self.p(0.2):
                return Addr(cc, [f"Bât. {self.ch('ABCD')}, Appt {self.ri(1, 60)}"] + lines, city, reg, pc, lines[0])
        elif cc == "es":
            pc = pre + self.s(3)
            piso = self.ch(["", f", {self.ri(1, 8)}º {self.ch('ABCD')}", f", {self.ri(1, 6)}º izda.",
                            f", {self.ri(1, 6)}º dcha.", ", bajo"])
            lines = [f"{st}, {n}{piso}", f"{pc} {city}" + (f" ({reg})" if reg != city and self.p(0.5) else "")]
        elif cc == "it":
            pc = pre + self.s(2)
            lines = [self.ch([f"{st} {n}", f"{st}, {n}", f"{st} {n}/{self.ch('ABC')}"]), f"{pc} {city} ({reg})"]
        elif cc == "pt":
            pc = (pre + self.s(4))[:4] + "-" + self.s(3)
            andar = self.ch(["", f", {self.ri(1, 9)}.º Esq.", f", {self.ri(1, 9)}.º Dto.", ", r/c"])
            lines = [f"{st}, {n}{andar}", f"{pc} {city}"]
        elif cc == "nl":
            pc = f"{pre}{self.s(2)} {self.ch(UPN)}{self.ch(UPN)}"
            lines = [f"{st} {n}{self.ch(['', '', 'A', '-2', ' hs', '-III', ' bis'])}", f"{pc} {city}"]
        elif cc == "pl":
            pc = (pre + self.s(2))[:2] + "-" + self.s(3)
            lines = [f"ul. {st} {n}" + self.ch(["", f"/{self.ri(1, 120)}", f" m. {self.ri(1, 80)}"]), f"{pc} {city}"]
        elif cc == "sv":
            pc = pre + self.s(1) + " " + self.s(2)
            lines = [f"{st} {n}" + self.ch(["", "", f" lgh {self.ri(1001, 1402)}", "B"]), f"{pc} {city}"]
        elif cc == "da":
            pc = (pre + self.s(4))[:4]
            fl = self.ch(["", "", f", {self.ri(1, 5)}. {self.ch(['th', 'tv', 'mf'])}", f", st. {self.ch(['th', 'tv'])}"])
            lines = [f"{st} {n}{fl}", f"{pc} {city}"]
        elif cc == "no":
            pc = (pre + self.s(4))[:4]
            lines = [f"{st} {n}{self.ch(['', '', 'A', 'B'])}", f"{pc} {city.upper() if self.p(0.6) else city}"]
        elif cc == "fi":
            pc = (pre + self.s(5))[:5]
            lines = [f"{st} {n}" + self.ch(["", f" {self.ch('ABC')} {self.ri(1, 60)}", f" as {self.ri(1, 40)}"]),
                     f"{pc} {city.upper() if self.p(0.4) else city}"]
        elif cc == "cs":
            pc5 = (pre + self.s(5))[:5]
            pc = pc5[:3] + " " + pc5[3:]
            lines = [f"{st} {self.ri(100, 2999)}/{self.ri(1, 80)}", f"{pc} {city}"]
        elif cc == "tr":
            pc = pre + self.s(3)
            mah = self.ch(_w("Caferağa Moda Fenerbahçe Kızılay Bahçelievler Alsancak Cumhuriyet Yenimahalle "
                             "Merkez Atatürk Esentepe Levent"))
            lines = [f"{mah} Mah. {st} No: {self.ri(1, 220)} D: {self.ri(1, 30)}", f"{pc} {reg}/{city}"]
        else:
            raise ValueError(cc)
        return Addr(cc, lines, city, reg, pc)
    # phones
    def phone(self, cc, mob=None, intl=None, area=None):
        mob = self.p(0.5) if mob is None else mob
        intl = self.p(0.3) if intl is None else intl
        a = area or self.row(cc)[3] if cc in CITY else "11"
        s = self.s
        if cc in ("us", "ca"):
            x, ln = str(self.ri(2, 9)) + s(2), s(4)
            if intl:
                return self.ch([f"+1 {a} {x} {ln}", f"+1 ({a}) {x}-{ln}", f"+1-{a}-{x}-{ln}"])
            return self.ch([f"({a}) {x}-{ln}", f"{a}-{x}-{ln}", f"{a}.{x}.{ln}", f"({a}) {x}-{ln}", f"1-{a}-{x}-{ln}"])
        if cc == "uk":
            if mob:
                m = "7" + self.ch(["700", "712", "723", "734", "745", "756", "767", "778", "789", "796", "801",
                                   "823", "849", "852", "903", "911", "946", "966", "973"])[0:3] + s(6)
                return f"+44 {m[:4]} {m[4:]}" if intl else f"0{m[:4]} {m[4:]}"
            rest = s(10 - len(a))
            if len(a) == 2:
                nat = f"{a} {rest[:4]} {rest[4:]}"
            elif len(a) == 3:
                nat = f"{a} {rest[:3]} {rest[3:]}"
            else:
                nat = f"{a} {rest}"
            return self.ch([f"+44 {nat}", f"+44 (0){nat}"]) if intl else f"0{nat}"
        if cc == "ie":
            if mob:
                m = f"8{self.ri(3, 9)} {s(3)} {s(4)}"
                return f"+353 {m}" if intl else f"0{m}"
            nat = f"{a} {s(3)} {s(4)}"
            return f"+353 {nat}" if intl else self.ch([f"0{nat}", f"(0{a}) {nat[len(a) + 1:]}"])
        if cc == "au":
            if mob:
                m = f"4{s(2)} {s(3)} {s(3)}"
                return f"+61 {m}" if intl else f"0{m}"
            return f"+61 {a} {s(4)} {s(4)}" if intl else f"(0{a}) {s(4)} {s(4)}"
        if cc == "de":
            if mob:
                pre = self.ch(["151", "152", "157", "160", "162", "170", "171", "172", "173", "175", "176", "177",
                               "178", "179"])
                num = s(self.ri(7, 8))
                return self.ch([f"+49 {pre} {num}", f"+49 (0){pre} {num}"]) if intl else \
                    self.ch([f"0{pre} {num}", f"0{pre}/{num}", f"0{pre}-{num}"])
            num = s(max(5, 10 - len(a)))
            return self.ch([f"+49 {a} {num}", f"+49 (0){a} {num[:-2]}-{num[-2:]}"]) if intl else \
                self.ch([f"0{a} {num}", f"0{a}/{num}", f"0{a} {num[:3]} {num[3:]}", f"0{a}-{num}"])
        if cc == "fr":
            d = self.ch("67") if mob else a
            n8 = s(8)
            grp = " ".join([n8[0:2], n8[2:4], n8[4:6], n8[6:8]])
            if intl:
                return self.ch([f"+33 {d} {grp}", f"+33 (0){d} {grp}", f"+33{d}{n8}"])
            return self.ch([f"0{d} {grp}", f"0{d}.{grp.replace(' ', '.')}", f"0{d}{n8}"])
        if cc == "es":
            n9 = ("6" + self.ch("0123456789") if mob else a) + s(9)
            n9 = n9[:9]
            nat = self.ch([f"{n9[:3]} {n9[3:6]} {n9[6:]}", f"{n9[:3]} {n9[3:5]} {n9[5:7]} {n9[7:]}", n9])
            return f"+34 {nat}" if intl else nat
        if cc == "it":
            if mob:
                pre = "3" + self.ch(["20", "28", "29", "33", "35", "38", "39", "40", "47", "48", "49", "66", "71",
                                     "77", "88", "92"])
                num = s(7)
                nat = self.ch([f"{pre} {num}", f"{pre} {num[:3]} {num[3:]}", f"{pre}{num}"])
            else:
                num = s(self.ri(6, 8) if len(a) < 4 else 6)
                nat = self.ch([f"{a} {num}", f"{a} {num[:4]} {num[4:]}", f"{a}-{num}"])
            return f"+39 {nat}" if intl else nat
        if cc == "nl":
            if mob:
                n = s(8)
                return self.ch([f"+31 6 {n}", f"+31 6 {n[:4]} {n[4:]}"]) if intl else \
                    self.ch([f"06-{n}", f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"06{n}"])
            n = s(9 - len(a))
            return self.ch([f"+31 {a} {n}", f"+31 (0){a} {n}"]) if intl else self.ch([f"0{a}-{n}", f"0{a} {n}"])
        if cc == "pl":
            n = (self.ch("5678") + s(8)) if mob else (a + s(7))
            nat = self.ch([f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}"]) if mob else \
                f"{n[:2]} {n[2:5]} {n[5:7]} {n[7:]}"
            return f"+48 {nat}" if intl else nat
        if cc == "pt":
            n = ("9" + self.ch("1236") + s(7)) if mob else (a + s(9))[:9]
            nat = self.ch([f"{n[:3]} {n[3:6]} {n[6:]}", n])
            return f"+351 {nat}" if intl else nat
        if cc == "sv":
            if mob:
                n = "7" + self.ch("0236") + s(7)
                return f"+46 {n[:2]} {n[2:5]} {n[5:7]} {n[7:]}" if intl else f"0{n[:2]}-{n[2:5]} {n[5:7]} {n[7:]}"
            n = s(9 - len(a))
            return f"+46 {a} {n}" if intl else self.ch([f"0{a}-{n[:3]} {n[3:]}", f"0{a}-{n}"])
        if cc in ("da", "no"):
            n = (self.ch("2345" if cc == "da" else "49") + s(7)) if mob else (a + s(8))[:8]
            nat = f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}" if (cc == "da" or not mob) else f"{n[:3]} {n[3:5]} {n[5:]}"
            return f"+{45 if cc == 'da' else 47} {nat}" if intl else nat
        if cc == "fi":
            if mob:
                pre, n = self.ch(["40", "44", "45", "50"]), s(7)
                return f"+358 {pre} {n[:3]} {n[3:]}" if intl else self.ch([f"0{pre} {n[:3]} {n[3:]}", f"0{pre}-{n}"])
            n = s(7)
            return f"+358 {a} {n[:4]} {n[4:]}" if intl else f"0{a} {n[:4]} {n[4:]}"
        if cc == "cs":
            n = (self.ch("67") + self.ch("023789") + s(7)) if mob else (a + s(9))[:9]
            nat = f"{n[:3]} {n[3:6]} {n[6:]}"
            return f"+420 {nat}" if intl else nat
        if cc == "tr":
            if mob:
                pre, n = "5" + self.ch(["30", "32", "33", "35", "42", "44", "05", "52", "55"]), s(7)
                return self.ch([f"+90 {pre} {n[:3]} {n[3:5]} {n[5:]}", f"+90 ({pre}) {n[:3]} {n[3:]}"]) if intl \
                    else f"0{pre} {n[:3]} {n[3:5]} {n[5:]}"
            n = s(7)
            return f"+90 {a} {n[:3]} {n[3:5]} {n[5:]}" if intl else \
                self.ch([f"0 ({a}) {n[:3]} {n[3:5]} {n[5:]}", f"0{a} {n[:3]} {n[3:5]} {n[5:]}"])
        raise ValueError(cc)
    def tollfree(self, cc):
        s = self.s
        return {"us": lambda: self.ch([f"1-800-{s(3)}-{s(4)}", f"(888) {s(3)}-{s(4)}", f"1-877-{s(3)}-{s(4)}",
                                       f"800.{s(3)}.{s(4)}", f"1 (866) {s(3)}-{s(4)}"]),
                "uk": lambda: self.ch([f"0800 {s(3)} {s(4)}", f"0345 {s(3)} {s(4)}", f"0300 {s(3)} {s(4)}"]),
                "de": lambda: self.ch([f"0800 {s(3)} {s(4)}", f"0180 6 {s(6)}"]),
                "fr": lambda: self.ch([f"0 800 {s(2)} {s(2)} {s(2)}", f"09 69 {s(2)} {s(2)} {s(2)}"]),
                "es": lambda: self.ch([f"900 {s(3)} {s(3)}", f"902 {s(3)} {s(3)}"]),
                "it": lambda: self.ch([f"800 {s(3)} {s(3)}", f"199 {s(3)} {s(3)}"]),
                "nl": lambda: self.ch([f"0800-{s(4)}", f"088-{s(3)} {s(4)}"]),
                "pl": lambda: self.ch([f"801 {s(3)} {s(3)}", f"800 {s(3)} {s(3)}"]),
                "pt": lambda: self.ch([f"808 {s(3)} {s(3)}", f"707 {s(3)} {s(3)}"]),
                "sv": lambda: self.ch([f"020-{s(2)} {s(2)} {s(2)}", f"0771-{s(2)} {s(2)} {s(2)}"]),
                "da": lambda: f"{self.ch(['70', '80'])} {s(2)} {s(2)} {s(2)}",
                "no": lambda: f"{self.ch(['800', '815'])} {s(2)} {s(3)}",
                "fi": lambda: self.ch([f"0800 {s(5)}", f"020 {s(3)} {s(3)}"]),
                "cs": lambda: f"800 {s(3)} {s(3)}", "tr": lambda: self.ch([f"444 {s(2)} {s(2)}", f"0850 {s(3)} {s(2)} {s(2)}"]),
                "au": lambda: self.ch([f"1300 {s(3)} {s(3)}", f"1800 {s(3)} {s(3)}"]),
                "ie": lambda: f"1800 {s(3)} {s(3)}", "ca": lambda: f"1-888-{s(3)}-{s(4)}"}[cc]()
    # dates
    def rd(self, y0=2021, y1=2026): return dt.date.fromordinal(self.ri(dt.date(y0, 1, 1).toordinal(), dt.date(y1, 12, 28).toordinal()))
    def rdob(self): return self.rd(1941, 2005)
    def rt(self, day=False):
        h = self.ri(7, 18) if day else self.ri(0, 23)
        return h, self.ch([0, 5, 10, 15, 20, 30, 40, 45, 50, self.ri(0, 59), self.ri(0, 59)])
    def dfmt(self, cc, wd=False):
        """A formatter with date style, joiner and time style fixed once (for tables and date pairs)."""
        k = DKEY.get(cc, cc)
        ds = self.ch([x for x in D_STY[k] if wd or ("Wd" not in x and "{Y}" in x)])
        ts, j = self.ch(T_STY[k]), self.ch(JOIN.get(k, [" ", ", "]))
        return lambda d, h=None, mi=None: self.fdate(cc, d, sty=ds) + ("" if h is None else j + self.ftime(cc, h, mi, ts))
    def clock(self, d=None):
        """Ascending log-line timestamps in one fixed format (hard negatives)."""
        t = [dt.datetime.combine(d or self.rd(), dt.time(self.ri(0, 22), self.ri(0, 59), self.ri(0, 59)))]
        sty = self.ri(0, 2)
        def nxt():
            t[0] += dt.timedelta(seconds=self.ri(0, 90), milliseconds=self.ri(0, 999))
            x = t[0]
            return [x.strftime("%Y-%m-%dT%H:%M:%S.") + f"{x.microsecond // 1000:03d}Z",
                    x.strftime("%Y-%m-%d %H:%M:%S,") + f"{x.microsecond // 1000:03d}", x.strftime("%Y-%m-%dT%H:%M:%S+00:00")][sty]
        return nxt
    def fdate(self, cc, d=None, wd=True, sty=None):
        k, d = DKEY.get(cc, cc), d or self.rd()
        lang = "pt" if cc == "br" else LANG.get(cc, cc)
        sts = D_STY[k] if wd else [x for x in D_STY[k] if "Wd" not in x and "{Y}" in x]
        mon = MONTHS.get(lang, MONTHS["en"])[d.month - 1]
        sfx = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return (sty or self.ch(sts)).format(
            d=d.day, dd=f"{d.day:02d}", m=d.month, mm=f"{d.month:02d}", Y=d.year, yy=f"{d.year % 100:02d}",
            Month=mon, Mon=mon[:3], Wd=WDAYS.get(lang, WDAYS["en"])[d.weekday()], sfx=sfx)
    def ftime(self, cc, h=None, mi=None, sty=None):
        if h is None:
            h, mi = self.rt()
        st = sty or self.ch(T_STY[DKEY.get(cc, cc)])
        return st.format(H=h, HH=f"{h:02d}", mi=f"{mi:02d}", h12=h % 12 or 12, AP="AM" if h < 12 else "PM",
                         ap="am" if h < 12 else "pm")
    def fdt(self, cc, d=None, h=None, mi=None, wd=True):
        j = self.ch(JOIN.get(DKEY.get(cc, cc), [" ", ", "]))
        return self.fdate(cc, d, wd) + j + self.ftime(cc, h, mi)
    @staticmethod
    def iso(d, h, mi, sec=None, sep=" "): return f"{d.isoformat()}{sep}{h:02d}:{mi:02d}" + ("" if sec is None else f":{sec:02d}")
    def logts(self, d=None):
        d = d or self.rd()
        h, mi, sec, ms = self.ri(0, 23), self.ri(0, 59), self.ri(0, 59), self.ri(0, 999)
        return self.ch([f"{d.isoformat()}T{h:02d}:{mi:02d}:{sec:02d}.{ms:03d}Z",
                        f"{d.isoformat()} {h:02d}:{mi:02d}:{sec:02d},{ms:03d}",
                        f"{d.isoformat()}T{h:02d}:{mi:02d}:{sec:02d}+00:00"])
    # ids & numbers
    def ssn(self):
        a = self.ri(1, 899)
        a = 667 if a == 666 else a
        g_, n = self.ri(1, 99), self.ri(1, 9999)
        return self.ch([f"{a:03d}-{g_:02d}-{n:04d}", f"{a:03d}-{g_:02d}-{n:04d}", f"{a:03d} {g_:02d} {n:04d}",
                        f"{a:03d}{g_:02d}{n:04d}"])
    def bad_ssn(self):
        a = self.ch([0, 666, self.ri(900, 999)])
        return f"{a:03d}-{self.ri(1, 99):02d}-{self.ri(1, 9999):04d}"
    def pan_raw(self, brand=None):
        brand = brand or self.wch("visa:5 mc:4 amex:2 disc:1")
        if brand == "visa":
            pre, n = "4" + self.s(5), 16
        elif brand == "mc":
            pre, n = self.ch(["51", "52", "53", "54", "55", str(self.ri(2221, 2720))]) + self.s(2), 16
        elif brand == "amex":
            pre, n = self.ch(["34", "37"]), 15
        else:
            pre, n = self.ch(["6011", "65" + self.s(2)]), 16
        body = pre + self.s(n - 1 - len(pre))
        return brand, body + luhn_digit(body)
    def fmt_pan(self, num, sep=None):
        sep = self.ch([" ", " ", "-", ""]) if sep is None else sep
        if len(num) == 15:
            return sep.join([num[:4], num[4:10], num[10:]])
        return sep.join(num[i:i + 4] for i in range(0, 16, 4))
    def pan(self, brand=None, sep=None): return self.fmt_pan(self.pan_raw(brand)[1], sep)
    def bad_pan(self):
        num = self.pan_raw("visa")[1]
        return self.fmt_pan(num[:-1] + str((int(num[-1]) + self.ri(1, 9)) % 10), " ")
    def masked(self, last4=None):
        l4 = last4 or self.s(4)
        return self.ch([f"**** **** **** {l4}", f"XXXX-XXXX-XXXX-{l4}", f"•••• {l4}", f"************{l4}",
                        f"{self.ch(['4', '5'])}{self.s(5)}******{l4}", f"xxxx{l4}"])
    def iban(self, c2, grouped=None):
        bban = self.code(IBAN_BBAN[c2])
        if c2 in IBAN_BANK:
            bban = self.ch(IBAN_BANK[c2]) + bban[4:]
        num = int("".join(str(int(ch, 36)) for ch in bban + c2 + "00"))
        ib = f"{c2}{98 - num % 97:02d}{bban}"
        grouped = self.p(0.6) if grouped is None else grouped
        return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)) if grouped else ib
    def aba(self):
        p = self.ch(["0210", "0260", "0110", "0311", "0440", "0610", "0710", "0910", "1110", "1210", "1220",
                     "3222", "2560", "0420", "0730"]) + self.s(4)
        t = sum(int(c) * w for c, w in zip(p, [3, 7, 1, 3, 7, 1, 3, 7]))
        return p + str((10 - t % 10) % 10)
    def vin(self, make=None, year=None):
        wmi = WMI.get(make) or self.ch(list(WMI.values()))
        yc = "ABCDEFGHJKLMNPRSTVWXY123456789"[((year or self.ri(2014, 2025)) - 2010) % 30]
        v = wmi + self.s(5, VIN_CH) + "0" + yc + self.ch(UPN) + self.s(6)
        cd = sum(VIN_TR[c] * w for c, w in zip(v, VIN_W)) % 11
        return v[:8] + ("X" if cd == 10 else str(cd)) + v[9:]
    def plate(self, cc):
        pats = {"us": ["#@@@###", "@@@-####", "@@@ ####", "###-@@@", "@@@####"], "ca": ["@@@@ ###", "@@@ ###"],
                "uk": ["@@## @@@"], "fr": ["@@-###-@@"], "es": ["#### @@@"], "it": ["@@ ###@@", "@@###@@"],
                "nl": ["##-@@@-#", "@@-###-@", "#-@@@-##"], "pl": ["@@ #####", "@@@ ####@", "@@ ####@"],
                "pt": ["@@-##-@@", "##-@@-##"], "sv": ["@@@ ###", "@@@ ##@"], "da": ["@@ ## ###"],
                "no": ["@@ #####"], "fi": ["@@@-###"], "cs": ["#@@ ####", "#@# ####"], "tr": ["## @@@ ###", "## @ ####"],
                "au": ["@@@-###", "#@@-###"], "ie": ["###-D-#####", "##-C-####"]}
        if cc == "de":
            return f"{self.ch(['B', 'M', 'HH', 'K', 'F', 'S', 'D', 'L', 'DO', 'E', 'HB', 'DD', 'H', 'N', 'WOB'])}-" \
                   f"{self.code(self.ch(['@@', '@']))} {self.ri(1, 9999)}{self.ch(['', '', '', 'E'])}"
        return self.code(self.ch(pats.get(cc, pats["us"])))
    def dl(self, cc, st=None, p=None):
        if cc == "us":
            pats = {"CA": "@#######", "NY": "### ### ###", "FL": "@###-###-##-###-#", "TX": "########",
                    "IL": "@###-####-####", "WA": "WDL*********", "OH": "@@######", "PA": "## ### ###",
                    "MI": "@ ### ### ### ###", "NJ": "@#### ##### #####", "AZ": "@########", "GA": "#########",
                    "NC": "############", "MA": "S########", "CO": "##-###-####", "MN": "@############",
                    "VA": "@##-##-####", "MD": "@-###-###-###-###", "WI": "@###-####-####-##", "NV": "##########"}
            return self.code(pats.get(st) or self.ch(["@#######", "#########", "@########", "@###-###-###"]))
        if cc == "uk":
            p = p or self.person("uk")
            sur = re.sub("[^A-Z]", "", fold(p.last).upper())[:5].ljust(5, "9")
            y, m, d = self.ri(1950, 2004), self.ri(1, 12) + (50 if p.fem else 0), self.ri(1, 28)
            v = f"{sur}{str(y)[2]}{m:02d}{d:02d}{str(y)[3]}{fold(p.first)[0].upper()}{p.mid}9{self.code('@@')}"
            return v if self.p(0.7) else f"{v[:5]} {v[5:11]} {v[11:]}"
        if cc == "es":
            n = self.ri(10000000, 79999999)
            return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"
        if cc == "pt":
            return f"{self.ch(['L', 'P', 'AV', 'BR', 'C', 'E', 'F', 'LE', 'SE'])}-{self.s(6)} {self.s(1)}"
        pats = {"de": ["*###@@@*@##", "@##@#####@#"], "fr": ["##@@#####", "############"],
                "it": ["@@#######@", "U1@#####@@"], "nl": ["##########"], "pl": ["#####/##/####"],
                "sv": ["########"], "da": ["########"], "no": ["### ### ###", "#########"], "fi": ["#########"],
                "cs": ["@@ ######"], "tr": ["######"], "ca": ["@####-#####-#####", "@#######"],
                "au": ["########", "#########"], "ie": ["#########"]}
        return self.code(self.ch(pats[cc]))
    def mrn(self):
        return self.ch([self.s(8), "E" + self.s(7), f"{self.s(3)}-{self.s(2)}-{self.s(2)}", "MR" + self.s(7),
                        self.s(10), self.code("@##########")])
    def hpn(self):
        return self.code(self.ch(["@@@#########", "W#########", "@@########", "###@@####", "@##########",
                                  "@@@@########"]))
    # secrets
    def aws_ak(self): return "AKIA" + self.s(16, string.ascii_uppercase + "234567")
    def aws_sk(self): return self.s(40, B62 + "/+")
    def ghtok(self):
        k = self.wch("ghp:5 gho:1 ghs:1 pat:2")
        if k == "pat":
            return "github_pat_11" + self.s(20, ALNU) + "_" + self.s(59, B62)
        return f"{k}_" + self.s(36, B62)
    def slack(self):
        if self.p(0.65):
            return f"xoxb-{self.s(12)}-{self.s(13)}-{self.s(24, B62)}"
        return f"xoxp-{self.s(12)}-{self.s(12)}-{self.s(13)}-{self.s(32, HEX)}"
    def stripe(self): return self.ch(["sk_live_", "sk_live_", "rk_live_"]) + self.ch(["51", ""]) + self.s(self.ch([24, 32, 97]), B62)
    def gsec(self):
        k = self.ri(0, 6)
        return [lambda: "whsec_" + self.s(32, B62), lambda: "AIza" + self.s(35, B62 + "-_"),
                lambda: "SG." + self.s(22, B62 + "-_") + "." + self.s(43, B62 + "-_"), lambda: self.s(32, HEX),
                lambda: self.s(40, B62), lambda: "sq0csp-" + self.s(43, B62 + "-_"),
                lambda: self.s(8, HEX) + "-" + self.s(24, B62)][k]()
    def pw(self):
        w = ["Summer", "Winter", "Falcon", "Mustang", "Bluebird", "Garage", "Dispatch", "Charger", "Harbor",
             "Rotor", "Velocity", "Kestrel", "Odyssey", "Tundra", "Pacific", "Lighthouse"]
        k = self.ri(0, 4)
        if k == 0:
            return self.ch(w) + str(self.ri(1, 2029)) + self.ch("!@#$%&*?")
        if k == 1:
            return self.s(self.ri(12, 20), B62 + "!@#$%^&*-_")
        if k == 2:
            return "-".join(x.lower() for x in self.shuffle(w)[:3]) + str(self.ri(0, 99))
        if k == 3:
            return self.ch(["Tr0ub4dor&", "Fl33t#Adm1n", "Ch@rg3r!", "W1nt3r_", "P@rk1ng$", "R0adst3r#"]) + self.s(2)
        return self.s(16, B62)
    def jwt(self, sub=None):
        alg = self.wch("HS256:5 RS256:2 ES256:2")
        hdr = {"alg": alg, "typ": "JWT"}
        if self.p(0.5):
            hdr["kid"] = self.s(8, HEX)
        iat = self.ri(1640000000, 1780000000)
        pl = {"sub": sub or self.uuid(), "iat": iat, "exp": iat + self.ri(300, 86400)}
        if self.p(0.6):
            pl["iss"] = self.ch(["https://auth.ridepoint.io/", "https://login.fleetgrid.com", "urn:chargehub:idp"])
        if self.p(0.5):
            pl["scope"] = self.ch(["rides:read rides:write", "fleet.read", "charging:session", "openid profile email"])
        if self.p(0.4):
            pl["role"] = self.ch(["rider", "driver", "fleet_admin", "support"])
        enc = lambda o: b64u(json.dumps(o, separators=(",", ":")).encode())  # noqa: E731
        sig = b64u(bytes(self.r.getrandbits(8) for _ in range({"HS256": 32, "RS256": 256, "ES256": 64}[alg])))
        return f"{enc(hdr)}.{enc(pl)}.{sig}"
    def pem(self):
        rb = lambda n: bytes(self.r.getrandbits(8) for _ in range(n))  # noqa: E731
        kind = self.wch("RSA:3 PKCS8:2 EC:3 OPENSSH:2")
        if kind == "RSA":
            label, raw = "RSA PRIVATE KEY", bytes.fromhex("3082025c02010002818100") + rb(593)
        elif kind == "PKCS8":
            label, raw = "PRIVATE KEY", bytes.fromhex("302e020100300506032b657004220420") + rb(32)
        elif kind == "EC":
            label = "EC PRIVATE KEY"
            raw = bytes.fromhex("307702010104") + b"\x20" + rb(32) + bytes.fromhex(
                "a00a06082a8648ce3d030107a14403420004") + rb(64)
        else:
            label, raw = "OPENSSH PRIVATE KEY", b"openssh-key-v1\x00\x00\x00\x00\x04none" + rb(self.ri(180, 360))
        body = base64.b64encode(raw).decode()
        w = 70 if kind == "OPENSSH" else 64
        return f"-----BEGIN {label}-----\n" + "\n".join(body[i:i + w] for i in range(0, len(body), w)) + \
               f"\n-----END {label}-----"
    # negatives & misc
    def uuid(self):
        h = self.s(32, HEX)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.ch('89ab')}{h[17:20]}-{h[20:]}"
    def ver(self):
        return self.ch([f"{self.ri(1, 9)}.{self.ri(0, 30)}.{self.ri(0, 99)}", f"v{self.ri(1, 5)}.{self.ri(0, 20)}.{self.ri(0, 9)}",
                        f"{self.ri(2019, 2026)}.{self.ri(1, 12)}.{self.ri(0, 9)}", f"{self.ri(1, 4)}.{self.ri(0, 9)}.{self.ri(0, 9)}-rc{self.ri(1, 4)}"])
    def ip4(self, private=False):
        if private:
            return self.ch([f"10.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}",
                            f"192.168.{self.ri(0, 20)}.{self.ri(2, 254)}",
                            f"172.{self.ri(16, 31)}.{self.ri(0, 255)}.{self.ri(1, 254)}"])
        a = self.ch([x for x in range(11, 224) if x not in (10, 100, 127, 169, 172, 192)])
        return f"{a}.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}"
    def ip6(self):
        pre = self.ch(["2a02:8108", "2001:4860", "2600:1700", "2a01:cb00", "2003:e2", "2a00:23c5", "2607:fb90"])
        return pre + ":" + ":".join(f"{self.ri(0, 65535):x}" for _ in range(6))
    def ip(self): return self.ip6() if self.p(0.15) else self.ip4(self.p(0.2))
    def money(self, cc, lo=5, hi=500, v=None):
        v = self.r.uniform(lo, hi) if v is None else v
        a, c = f"{v:,.2f}".split(".")
        dot, sp = a.replace(",", "."), a.replace(",", " ")
        return {"us": f"${a}.{c}", "ca": f"${a}.{c}", "au": f"${a}.{c}", "uk": f"£{a}.{c}", "ie": f"€{a}.{c}",
                "de": f"{dot},{c} €", "fr": f"{sp},{c} €", "es": f"{dot},{c} €", "it": f"€ {dot},{c}",
                "pt": f"{sp},{c} €", "nl": f"€ {dot},{c}", "pl": f"{sp},{c} zł", "sv": f"{sp},{c} kr",
                "da": f"{dot},{c} kr.", "no": f"kr {sp},{c}", "fi": f"{sp},{c} €", "cs": f"{sp},{c} Kč",
                "tr": f"{dot},{c} TL"}[cc]
    def veh(self):
        mk, md, tr = self.ch(MAKES)
        y = self.ri(2014, 2025)
        return {"year": y, "make": mk, "model": md, "trim": tr, "vin": self.vin(mk, y), "miles": self.ri(8, 118000),
                "color": self.ch(["Black", "White", "Silver", "Gray", "Blue", "Red", "Green", "Pearl White"])}
    def dealer(self, cc="us"):
        n, row = self.ch(DEALERS), self.row(cc)
        dom = re.sub(r"[^a-z]", "", "".join(n.lower().split()[:2])) + ".com"
        return n, self.addr(cc, row, unit=False), self.phone(cc, mob=False, intl=False, area=row[3]), dom

# --------------------------------------------------------------------------- document kinds
KINDS = []

def kind(name, lang="en", neg=False):
    def deco(f):
        KINDS.append((name, lang, neg, f))
        return f
    return deco

def rfc2822(g, d=None):
    d = d or g.rd()
    return f"{WDAYS['en'][d.weekday()][:3]}, {d.day} {MONTHS['en'][d.month - 1][:3]} {d.year} " \
           f"{g.ri(0, 23):02d}:{g.ri(0, 59):02d}:{g.ri(0, 59):02d} {g.ch(['+0000', '-0500', '-0700', '+0100', '+0200'])}"

def mail_hdr(b, g, fp, fe, te, subj, tp=None, d=None):
    b.t("From: ")
    if fp:
        b.e(P, fp).t(" <").e(EM, fe).t(">\n")
    else:
        b.e(EM, fe).t("\n")
    b.t("To: ")
    if tp:
        b.e(P, tp).t(" <").e(EM, te).t(">\n")
    else:
        b.e(EM, te).t("\n")
    b.t(f"Date: {rfc2822(g, d)}\nX-Mailer: {g.ch(['Zendesk', 'Outlook 16.0', 'Apple Mail (2.3774)'])}\n")
    b.t(f"Subject: {subj}\n\n")

@kind("buyers_order")
def _(g):
    b, cc = B(), "us"
    dn, da, dph, dom = g.dealer()
    bu, ba, v = g.person(cc), g.addr(cc), g.veh()
    b.t(dn.upper() + "\n").e(ADR, da.block(", ")).t("   Sales: ").e(PH, dph).t("\n")
    if g.p(0.5):
        b.t(f"www.{dom}\n")
    b.t(f"\nRETAIL PURCHASE AGREEMENT / BUYER'S ORDER     Deal # {g.s(5)}   Stock # {g.code('@####*')}\n")
    b.t("Date: ").e(DT, g.fdate(cc)).t("     Salesperson: ").e(P, g.nm(g.person(cc), g.ch(["full", "fl", "caps"]))).t("\n\n")
    b.t("Buyer: ").e(P, g.nm(bu)).t("\n").t(g.ch(["Address: ", "Street/City/State/Zip: ", "Adress: "]))
    b.e(ADR, ba.block(", ")).t("\nCell: ").e(PH, g.phone(cc)).t("   ")
    if g.p(0.5):
        b.t("Home: ").e(PH, g.phone(cc)).t("   ")
    b.t("E-mail: ").e(EM, g.email(bu, cc)).t("\n")
    if g.p(0.7):
        b.t("DL #: ").e(DL, g.dl(cc, ba.region)).t("   DOB: ").e(DOB, g.fdate(cc, g.rdob(), wd=False)).t("\n")
    if g.p(0.35):
        co = g.person(cc)
        b.t("Co-Buyer: ").e(P, g.nm(co)).t("   Cell: ").e(PH, g.phone(cc)).t("\n")
    b.t(f"\nVEHICLE  {'NEW' if v['year'] >= 2024 else 'USED'}  {v['year']} {v['make']} {v['model']} {v['trim']}"
        f"  Color: {v['color']}\nVIN: {v['vin']}   Odometer: {v['miles']:,} mi\n\n")
    tot = 0.0
    for k, lo, hi in (("Vehicle sales price", 14000, 68000), ("Dealer-installed options", 0, 1500),
                      ("Service contract (72 mo/100k)", 0, 3200), ("Doc fee", 85, 899), ("Title/registration", 40, 480)):
        x = round(g.r.uniform(lo, hi), 2)
        tot += x
        b.t(f"  {k:<34}{g.money(cc, v=x):>13}\n")
    rate = g.ri(400, 950) / 100
    b.t(f"  Sales tax ({rate:.2f}%){'':<20}{g.money(cc, v=tot * rate / 100):>13}\n")
    tot *= 1 + rate / 100
    if g.p(0.6):
        tv, al, po = g.veh(), round(g.r.uniform(2000, 20000), 2), round(g.r.uniform(500, 15000), 2)
        b.t(f"TRADE-IN: {tv['year']} {tv['make']} {tv['model']}  VIN {tv['vin']}  Allowance {g.money(cc, v=al)}\n")
        b.t(f"  Payoff to {g.ch(LENDERS)} acct# ").e(ACC, g.s(g.ri(9, 12))).t(f"  est. {g.money(cc, v=po)}\n")
        tot += po - al
    dn_ = round(g.r.uniform(500, 8000), 2)
    b.t(f"  Cash down {g.money(cc, v=dn_)}   Balance due {g.money(cc, v=max(tot - dn_, 0))}\n")
    b.t("\nBuyer acknowledges receipt of a copy. NOT A CONTRACT UNTIL ACCEPTED BY DEALER.\nX ____________________ ")
    return b.e(P, bu.full.upper() if g.p(0.5) else bu.full).t("\n")

@kind("credit_application")
def _(g):
    b, cc = B(), "us"
    a, ad = g.person(cc), g.addr(cc)
    b.t(f"{g.dealer()[0]} - CUSTOMER CREDIT APPLICATION\n{g.ch(['[X] Individual  [ ] Joint', '[ ] Individual  [X] Joint'])}\n\n")
    b.t("APPLICANT\nLast Name: ").e(P, a.last).t("   First Name: ").e(P, a.first + (f" {a.mid}." if g.p(0.4) else "")).t("\n")
    b.t("SSN: ").e(SSN, g.ssn()).t("    Date of Birth: ").e(DOB, g.fdate(cc, g.rdob(), wd=False)).t("\n")
    b.t("Street Address: ").e(ADR, ad.street).t("\nCity: ").e(LOC, ad.city).t("   State: ").e(LOC, ad.region)
    b.t(f"   ZIP: {ad.pc.split('-')[0]}\nTime at address: {g.ri(0, 14)} yrs {g.ri(0, 11)} mos   "
        f"Residence: {g.ch(['Rent', 'Own', 'Own (mortgage)', 'Living w/ relatives'])}   "
        f"Monthly housing pmt: {g.money(cc, 600, 3200)}\n")
    b.t("Home phone: ").e(PH, g.phone(cc)).t("   Mobile: ").e(PH, g.phone(cc)).t("\nEmail: ").e(EM, g.email(a, cc))
    b.t("\nDriver's License No.: ").e(DL, g.dl(cc, ad.region)).t("   Issuing state: ").e(LOC, ad.region).t("\n\nEMPLOYMENT\n")
    b.t(f"Employer: {g.ch(EMPLOYERS)}   Position: {g.ch(['Warehouse Associate', 'RN', 'Teacher', 'Driver', 'Analyst', 'Technician', 'Owner'])}\n")
    b.t("Employer phone: ").e(PH, g.phone(cc, mob=False)).t(f"   Years: {g.ri(0, 25)}   Gross monthly income: {g.money(cc, 2500, 14000)}\n")
    if g.p(0.5):
        pa = g.addr(cc)
        b.t("Previous address (if < 2 yrs): ").e(ADR, pa.block(", ")).t("\n")
    b.t(f"\nBANK REFERENCE\n{g.ch(BANKS_US)}  Checking  Routing {g.aba()}  Acct ").e(ACC, g.s(g.ri(8, 12))).t("\n")
    if g.p(0.4):
        c = g.person(cc)
        b.t("\nCO-APPLICANT: ").e(P, g.nm(c, "lf")).t("  SSN: ").e(SSN, g.ssn()).t("  DOB: ")
        b.e(DOB, g.fdate(cc, g.rdob(), wd=False)).t(f"  Relationship: {g.ch(['Spouse', 'Parent', 'Partner'])}\n")
    b.t("\nYou authorize the dealer and its assignees to obtain consumer reports in connection with this application.\n")
    return b.t("Applicant signature: /s/ ").e(P, a.full).t("   Date: ").e(DT, g.fdate(cc, wd=False)).t("\n")

@kind("installment_contract")
def _(g):
    b, cc = B(), "us"
    bu, ba = g.person(cc), g.addr(cc)
    dn, da, dph, _d = g.dealer()
    n, apr = g.ch([36, 48, 60, 72, 75, 84]), g.ri(199, 2199) / 100
    fin = round(g.r.uniform(9000, 61000), 2)
    pmt = fin * (apr / 1200) / (1 - (1 + apr / 1200) ** -n)
    v = g.veh()
    b.t(f"RETAIL INSTALLMENT SALE CONTRACT - SIMPLE FINANCE CHARGE (WITH ARBITRATION PROVISION)\nContract No. "
        f"{g.code('RIC-######')}   Dealer No. {g.s(5)}\n\nBuyer Name and Address\n").e(P, g.nm(bu, "caps"))
    b.t("\n").e(ADR, ba.block("\n").upper()).t("\n")
    if g.p(0.4):
        b.t("Co-Buyer: ").e(P, g.nm(g.person(cc), "caps")).t("\n")
    b.t("\nCreditor-Seller (Name and Address)\n" + dn + "\n").e(ADR, da.block("\n")).t("\n\n")
    b.t(f"{v['year']} {v['make']} {v['model']}  VIN {v['vin']}  Primary use: personal\n\n")
    b.t(f"ANNUAL PERCENTAGE RATE {apr:.2f}%   FINANCE CHARGE {g.money(cc, v=pmt * n - fin)}   AMOUNT FINANCED "
        f"{g.money(cc, v=fin)}   TOTAL OF PAYMENTS {g.money(cc, v=pmt * n)}\n")
    b.t(f"Your payment schedule will be: {n} payments of {g.money(cc, v=pmt)} monthly beginning ")
    b.e(DT, g.fdate(cc, wd=False)).t(".\nLate charge: 5% of the part of the payment that is late, max $15.\n")
    b.t(f"\nAssignment: This contract is assigned to {g.ch(LENDERS)}. Loan account no. ").e(ACC, g.s(g.ri(10, 13)))
    b.t(f"\nQuestions about your account: ").e(PH, g.tollfree(cc)).t("\n\nBuyer signs X ").e(P, bu.full).t("   Date ")
    return b.e(DT, g.fdate(cc, wd=False)).t("\n")

CONCERNS = [("CUSTOMER STATES CHECK ENGINE LIGHT IS ON", "FOUND DTC P0420 CATALYST EFFICIENCY BELOW THRESHOLD"),
            ("PERFORM 30K MILE MAINTENANCE SERVICE", "PERFORMED PER MFG SCHEDULE, REPLACED CABIN + ENGINE AIR FILTERS"),
            ("C/S VEHICLE PULLS TO RIGHT AT HWY SPEEDS", "ALIGNMENT OUT OF SPEC, ADJUSTED TOE"),
            ("C/S GRINDING NOISE FROM FRONT WHEN BRAKING", "FRONT PADS 2MM, ROTORS BELOW SPEC"),
            ("C/S A/C BLOWING WARM AIR", "FOUND LOW REFRIGERANT, UV DYE LEAK AT CONDENSER"),
            ("C/S INFOTAINMENT SCREEN REBOOTS WHILE DRIVING", "SOFTWARE LEVEL OUTDATED, REFLASHED PER TSB"),
            ("C/S 12V BATTERY DEAD OVERNIGHT", "BATTERY FAILED CONDUCTANCE TEST 212 CCA"),
            ("C/S HV BATTERY WARNING ON DASH", "DTC P0AA6 ISOLATION FAULT, ESCALATED TO TAC CASE"),
            ("C/S CLUNK OVER BUMPS REAR", "REAR SWAY BAR END LINKS WORN"),
            ("OIL & FILTER CHANGE, MULTI-POINT INSPECTION", "PERFORMED, TIRES 6/32, BRAKES 7MM"),
            ("C/S INTERMITTENT NO CRANK", "DTC U0100 STORED, NO FAULT FOUND AT THIS TIME")]

@kind("repair_order")
def _(g):
    b, cc = B(), "us"
    dn, da, dph, dom = g.dealer()
    c, ca, v = g.person(cc), g.addr(cc), g.veh()
    d = g.rd()
    b.t(f"{dn.upper()} SERVICE DEPARTMENT\n").e(ADR, da.block(", ")).t("\nService ").e(PH, dph).t("\n\n")
    b.t(f"REPAIR ORDER  RO# {g.s(6)}   TAG T{g.s(3)}   ADVISOR: ").e(P, g.nm(g.person(cc), g.ch(["first", "fl", "caps"])))
    b.t(f" #{g.s(3)}\nCUSTOMER: ").e(P, g.nm(c, g.ch(["lfcaps", "caps"]))).t("   CUST# ").e(ACC, g.s(g.ri(6, 8))).t("\n")
    b.e(ADR, ca.block("\n").upper()).t("\nHOME: ").e(PH, g.phone(cc)).t("  CELL: ").e(PH, g.phone(cc)).t("\n")
    if g.p(0.6):
        b.t("EMAIL: ").e(EM, g.email(c, cc).upper() if g.p(0.3) else g.email(c, cc)).t("\n")
    b.t(f"\n{v['year']} {v['make']} {v['model']} {v['trim']}".upper() + f"  VIN {v['vin']}  LIC {g.plate(cc)}\n")
    b.t(f"MILEAGE IN {v['miles']:,}  OUT {v['miles'] + g.ri(0, 12):,}   {g.ch(['WAITER', 'DROP-OFF', 'LOANER ' + g.code('L##')])}\n")
    h, mi = g.rt(day=True)
    f = g.dfmt(cc)
    b.t("OPENED: ").e(DT, f(d, h, mi)).t("   PROMISED: ").e(DT, f(d, min(h + g.ri(2, 5), 19), 0)).t("\n\n")
    for i, (con, cau) in enumerate(g.shuffle(CONCERNS)[:g.ri(1, 3)]):
        b.t(f"LINE {'ABC'[i]}  OPCODE {g.code('##@@*')}  {con}\n  CAUSE: {cau}\n"
            f"  TECH {g.s(4)}  {g.ri(1, 40) / 10:.1f} HRS   {g.money(cc, 40, 900)}\n")
        for _ in range(g.ri(0, 2)):
            b.t(f"    PART {g.code('#####-@@@-@##')}  QTY {g.ri(1, 4)}  {g.money(cc, 8, 400)}\n")
    b.t(f"\nTOTAL LABOR {g.money(cc, 80, 1800)}  PARTS {g.money(cc, 10, 1500)}  SHOP SUPPLIES {g.money(cc, 5, 40)}\n")
    return b.t(f"PAYMENT: {g.ch(['VISA', 'MC', 'AMEX', 'DISC'])} {g.masked()}  AUTH {g.code('*****')}\n")

@kind("recall_letter")
def _(g):
    b, cc = B(), "us"
    o, oa, v = g.person(cc), g.addr(cc), g.veh()
    camp = f"{g.ri(20, 25)}V-{g.s(3)}"
    b.t(f"{v['make']} Customer Relations\nIMPORTANT SAFETY RECALL\nNHTSA Recall No. {camp}   Manufacturer Recall "
        f"No. {g.code('##@@##')}\n\n").e(DT, g.fdate(cc, wd=False)).t("\n\n").e(P, g.nm(o, g.ch(["caps", "full"])))
    b.t("\n").e(ADR, oa.block("\n").upper()).t("\n\n")
    if g.p(0.5):
        b.t(f"Dear {g.title(o)} ").e(P, o.last).t(":\n\n")
    else:
        b.t("Dear ").e(P, o.full).t(":\n\n")
    b.t(f"This notice is sent to you in accordance with the National Traffic and Motor Vehicle Safety Act. "
        f"{v['make']} has decided that a defect which relates to motor vehicle safety exists in certain "
        f"{v['year'] - 1}-{v['year']} {v['model']} vehicles.\n\nYour Vehicle Identification Number (VIN): {v['vin']}\n\n")
    b.t(g.ch(["The fuel pump may fail, causing an engine stall while driving.",
              "The rearview camera image may not display when the vehicle is in reverse.",
              "The driver frontal air bag inflator may rupture during deployment.",
              "The high-voltage battery cells may short-circuit internally, increasing the risk of fire."]))
    b.t("\n\nWhat should you do? Contact your authorized dealer to schedule the free repair, which takes about "
        f"{g.ri(1, 4)} hours. You may also call us at ").e(PH, g.tollfree(cc)).t(" or visit ")
    b.e(URL, f"https://www.{v['make'].lower().replace(' ', '').replace('-', '')}.com/recalls?vin={v['vin']}")
    b.t(".\n\nIf you believe the dealer has failed to remedy the defect, you may write to the Administrator, NHTSA, ")
    return b.e(ADR, "1200 New Jersey Avenue SE, Washington, DC 20590").t(", or call ").e(PH, "1-888-327-4236").t(".\n")

RIDE_DOM = {"Uber": "uber.com", "Lyft": "lyft.com", "Bolt": "bolt.eu", "FREE NOW": "free-now.com", "Curb": "gocurb.com"}

@kind("ride_receipt")
def _(g):
    b, cc = B(), g.ch(["us", "us", "uk", "ca", "au", "ie"])
    rider, drv, app = g.person(cc), g.person(cc), g.ch(list(RIDE_DOM))
    row = g.row(cc)
    d, (h, mi), dur = g.rd(), g.rt(), g.ri(6, 55)
    h2, mi2 = (h + (mi + dur) // 60) % 24, (mi + dur) % 60
    b.t(f"{app}\n\n{g.ch(['Thanks for riding, ', 'Here is your receipt, ', 'Thanks for tipping, '])}").e(P, rider.first)
    xs = [round(g.r.uniform(lo, hi), 2) for lo, hi in ((5, 70), (1, 4), (1, 9), (0, 12))]
    b.t("\n").e(DT, g.fdate(cc, d)).t(f"\n\nTotal {g.money(cc, v=sum(xs))}\n\nTrip fare {g.money(cc, v=xs[0])}\n")
    b.t(f"Booking fee {g.money(cc, v=xs[1])}\n{g.ch(['Airport surcharge', 'Tolls', 'Wait time', 'Service fee'])} "
        f"{g.money(cc, v=xs[2])}\nTip {g.money(cc, v=xs[3])}\n\nPayments\n{g.ch(['Visa', 'Mastercard', 'Amex', 'Apple Pay'])} "
        f"{g.masked()}\n\nYou rode with ").e(P, drv.first).t(f"  ★ {g.ri(460, 500) / 100:.2f}\nLicense plate: {g.plate(cc)}\n")
    b.t(f"{g.ch(['UberX', 'Comfort', 'Lyft XL', 'Standard', 'Green'])}  {g.ri(8, 400) / 10:.1f} "
        f"{'mi' if cc == 'us' else 'km'} | {dur} min\n\n").e(DT, g.ftime(cc, h, mi)).t("  ")
    b.e(ADR, g.addr(cc, row).block(", ", country=g.p(0.3), en=True)).t("\n").e(DT, g.ftime(cc, h2, mi2)).t("  ")
    b.e(ADR, g.addr(cc, row).block(", ")).t(f"\n\nTrip ID {g.uuid()}\nLost something? ")
    b.e(URL, f"https://help.{RIDE_DOM[app]}/riders/lost-item?trip={g.s(10, HEX)}")
    if app == "Uber" and g.p(0.6):
        b.t("\n\nUber Technologies, Inc.\n").e(ADR, "1725 3rd Street, San Francisco, CA 94158")
    return b.t("\n")

@kind("driver_onboarding")
def _(g):
    b, cc = B(), "us"
    a, ad = g.person(cc), g.addr(cc)
    app, v = g.ch(["Lyft", "Uber", "DoorDash Drive", "Via"]), g.veh()
    b.t(f"{app} Driver Application - Submission Summary\nApplication ID: {g.uuid()}\nStatus: "
        f"{g.ch(['Background check pending', 'Approved', 'Needs documents'])}\n\nPERSONAL\nLegal name: ").e(P, g.nm(a, "mid"))
    b.t("\nPreferred name: ").e(P, a.first).t("\nDate of birth: ").e(DOB, g.fdate(cc, g.rdob(), wd=False))
    b.t("\nSSN (for background check): ").e(SSN, g.ssn()).t("\nMobile: ").e(PH, g.phone(cc, mob=True)).t("\nEmail: ")
    b.e(EM, g.email(a, cc)).t("\nHome address: ").e(ADR, ad.block(", ")).t("\n\nDRIVER'S LICENSE\nNumber: ")
    b.e(DL, g.dl(cc, ad.region)).t("   State: ").e(LOC, ST_NAME.get(ad.region, ad.region)).t("   Expires: ")
    b.e(DT, g.fdate(cc, g.rd(2026, 2031), wd=False)).t(f"   Years licensed: {g.ri(1, 30)}\n\nVEHICLE\n")
    b.t(f"{v['year']} {v['make']} {v['model']}  Plate {g.plate(cc)}  VIN {v['vin']}\nInspection: "
        f"{g.ch(['passed', 'scheduled', 'not started'])}   Seats: {g.ri(4, 7)}\n\nPAYOUTS\nRouting number: {g.aba()}\n")
    b.t("Account number: ").e(ACC, g.s(g.ri(8, 12))).t(f"   Type: {g.ch(['Checking', 'Savings'])}\n")
    if g.p(0.6):
        e_ = g.person(cc)
        b.t("\nEMERGENCY CONTACT\n").e(P, g.nm(e_, "full")).t(f" ({g.ch(['spouse', 'mother', 'brother', 'friend'])})  ")
        b.e(PH, g.phone(cc)).t("\n")
    b.t("\nConsent to background check signed electronically on ").e(DT, g.fdate(cc, wd=False)).t(" from IP ")
    return b.e(IP, g.ip4()).t(f" (device {g.ch(['iPhone15,2', 'SM-S918U', 'Pixel 8'])}, app {g.ver()})\n")

@kind("ev_session_csv")
def _(g):
    b, cc = B(), g.ch(["us", "us", "uk", "ca"])
    net = g.ch(["ChargePoint", "Electrify America", "EVgo", "Blink", "bp pulse", "Shell Recharge"])
    b.t(f"# {net} Fleet Portal - session export  org={g.code('ORG-#####')}  generated by report {g.ver()}\n")
    b.t("session_id,start_time,end_time,duration,station,site_address,port,energy_kwh,cost,driver,driver_email,card_uid\n")
    drivers = [g.person(cc) for _ in range(g.ri(1, 3))]
    row = g.row(cc)
    for _ in range(g.ri(3, 7)):
        d, (h, mi) = g.rd(), g.rt()
        dur = g.ri(12, 300)
        e = dt.datetime(d.year, d.month, d.day, h, mi) + dt.timedelta(minutes=dur)
        p = g.ch(drivers)
        b.t(f"{g.s(9)},").e(DT, g.iso(d, h, mi)).t(",").e(DT, g.iso(e.date(), e.hour, e.minute))
        b.t(f",{dur // 60:02d}:{dur % 60:02d}:{g.ri(0, 59):02d},{g.code('@@##-####')},\"").e(ADR, g.addr(cc, row).block(", "))
        b.t(f"\",{g.ch(['1', '2', 'A', 'B'])},{g.ri(30, 900) / 10:.2f},{g.ri(200, 6000) / 100:.2f},").e(P, p.full).t(",")
        b.e(EM, g.email(p, cc, dom=g.ch(["fleetco.com", "acmelogistics.com", "metrotransit.org"]))).t(f",{g.s(14, HEX).upper()}\n")
    return b

@kind("uk_pcn")
def _(g):
    b, cc = B(), "uk"
    k, ka = g.person(cc), g.addr(cc)
    council = g.ch(["Royal Borough of Kingston upon Thames", "London Borough of Camden", "Manchester City Council",
                    "Bristol City Council", "Leeds City Council", "Brighton & Hove City Council"])
    d, (h, mi) = g.rd(), g.rt()
    b.t(f"{council}\nPENALTY CHARGE NOTICE\nTraffic Management Act 2004\n\nPCN Number: {g.code('@@########')}\n")
    b.t("Date of notice: ").e(DT, g.fdate(cc, d + dt.timedelta(days=g.ri(2, 20)), wd=False)).t("\n\n").e(P, g.nm(k, g.ch(["full", "caps", "init"])))
    b.t("\n").e(ADR, ka.block("\n")).t(f"\n\nVehicle registration: {g.plate(cc)}   Make: {g.veh()['make']}\n")
    b.t(f"Contravention code {g.ch(['01', '12', '16', '30', '40', '62'])}: "
        f"{g.ch(['Parked in a restricted street during prescribed hours', 'Parked in a residents bay without a valid permit', 'Parked for longer than permitted'])}\n")
    b.t("Date and time of contravention: ").e(DT, g.fdt(cc, d, h, mi)).t("\nLocation: ")
    b.t(g.ch(["Pay & Display car park, ", "On-street bay outside No. " + str(g.ri(1, 200)) + ", "])).e(LOC, g.row(cc)[0])
    b.t(f"\nCivil Enforcement Officer: {g.code('CEO ####')}\n\nAmount: £{g.ch([70, 110, 130, 160])}.00 "
        f"(reduced by 50% if paid within 14 days)\n\nPay online at ").e(URL, f"https://www.{g.ch(['paypcn', 'parkingpayments', 'pcnonline'])}.co.uk/pay?pcn={g.s(8)}")
    b.t(" or call our automated line ").e(PH, g.tollfree(cc)).t(".\nTo challenge, write to Parking Services, ")
    pr = g.row(cc)
    return b.e(ADR, f"PO Box {g.ri(100, 9999)}, {pr[0]} {pr[2]}{g.ri(1, 20)} {g.code('#@@')}").t(".\n")

@kind("toll_notice_us")
def _(g):
    b, cc = B(), "us"
    o, oa = g.person(cc), g.addr(cc)
    ag = g.ch([("E-ZPass New York", "e-zpassny.com", "Albany, NY 12212"), ("SunPass", "sunpass.com", "Orlando, FL 32802"),
               ("FasTrak", "bayareafastrak.org", "San Francisco, CA 94107"), ("TxTag", "txtag.org", "Austin, TX 78761"),
               ("Illinois Tollway", "illinoistollway.com", "Chicago, IL 60680"), ("Peach Pass", "peachpass.com", "Atlanta, GA 30348")])
    b.t(f"{ag[0]} Violations Processing Center\n").e(ADR, f"P.O. Box {g.ri(1000, 19999)}, {ag[2]}")
    nd = g.rd()
    b.t(f"\n\nNOTICE OF TOLL EVASION VIOLATION\nNotice #: {g.code('T###########')}   Notice date: ").e(DT, g.fdate(cc, nd, wd=False))
    b.t("\n\n").e(P, g.nm(o, "caps")).t("\n").e(ADR, oa.block("\n").upper())
    b.t(f"\n\nLicense plate: {g.plate(cc)}   Plate state: ").e(LOC, oa.region).t("\nAccount number: ").e(ACC, g.s(g.ri(9, 11)))
    b.t("\n\nTRANSACTION DATE/TIME    PLAZA / LANE        TOLL     FEE\n")
    for k in sorted(g.ri(10, 60) for _ in range(g.ri(1, 5)))[::-1]:
        d, (h, mi) = nd - dt.timedelta(days=k), g.rt()
        b.e(DT, f"{d.month:02d}/{d.day:02d}/{d.year} {h:02d}:{mi:02d}").t(f"      {g.code('###')} / {g.code('L##')}          "
                                                                          f"{g.money(cc, 1, 18):>8} {g.money(cc, 5, 50):>7}\n")
    b.t(f"\nTOTAL AMOUNT DUE {g.money(cc, 20, 300)}   PAY BY ").e(DT, g.fdate(cc, nd + dt.timedelta(days=30), wd=False))
    b.t("\nPay online: ").e(URL, f"https://www.{ag[1]}/pay-violation").t("  Customer service: ").e(PH, g.tollfree(cc))
    return b.t("\nFailure to pay may result in registration suspension.\n")

@kind("carshare_profile_json")
def _(g):
    b, cc = B(), g.ch(["us", "us", "ca", "uk"])
    u, ua = g.person(cc), g.addr(cc)
    iat = g.ri(1600000000, 1760000000)
    b.t(f"// admin export  GET /internal/v3/members/{g.uuid()}  ({g.ch(['Zipcar', 'Getaround', 'Turo', 'Communauto'])} ops)\n{{\n")
    b.t(f'  "member_id": "{g.uuid()}",\n  "status": "{g.ch(["active", "suspended", "pending_review"])}",\n  "full_name": "')
    b.e(P, u.full).t('",\n  "email": "').e(EM, g.email(u, cc)).t('",\n  "phone": "').e(PH, g.phone(cc, intl=True)).t('",\n')
    b.t('  "date_of_birth": "').e(DOB, g.rdob().isoformat()).t('",\n  "driver_license": {"number": "').e(DL, g.dl(cc, ua.region, u))
    b.t(f'", "country": "{cc.upper()}", "expires": "').e(DT, g.rd(2026, 2032).isoformat()).t('", "verified": true},\n')
    b.t('  "home_address": {"line1": "').e(ADR, ua.street).t('", "city": "').e(LOC, ua.city).t('", "region": "')
    b.e(LOC, ua.region).t(f'", "postal_code": "{ua.pc}"}},\n  "payment": {{"brand": "{g.ch(["visa", "mastercard", "amex"])}", '
                          f'"last4": "{g.s(4)}", "fingerprint": "{g.s(16, B62)}"}},\n')
    b.t(f'  "plan": "{g.ch(["monthly", "occasional", "business"])}", "trips_completed": {g.ri(0, 400)},\n')
    b.t('  "last_login_ip": "').e(IP, g.ip()).t(f'",\n  "created_at": {iat},\n  "updated_at": "{g.clock()()}"\n}}\n')
    return b

@kind("bike_support_email")
def _(g):
    b, cc = B(), g.ch(["us", "uk", "ie", "ca"])
    u = g.person(cc)
    brand, dom = g.ch([("Citi Bike", "citibikenyc.com"), ("Lime", "li.me"), ("Santander Cycles", "tfl.gov.uk"),
                       ("Bike Share Toronto", "bikesharetoronto.com"), ("Dublinbikes", "dublinbikes.ie"), ("Tier", "tier.app")])
    ue, d = g.email(u, cc), g.rd()
    mail_hdr(b, g, g.nm(u, "full"), ue, f"support@{dom}", g.ch(["Charged twice for one ride", "Bike wouldn't lock - overcharge",
                                                                "Refund request", "Re: Your ride receipt"]), d=d + dt.timedelta(days=g.ri(0, 3)))
    b.t(g.ch(["Hi,\n\n", "Hello support team,\n\n", "hi there\n\n"]))
    b.t(g.typo(f"I rented an e-bike (#{g.s(5)}) on ")).e(DT, g.fdt(cc, d)).t(" in ").e(LOC, g.row(cc)[0])
    b.t(g.typo(f" and the dock at station {g.s(4)} did not register the return, so I was billed {g.money(cc, 15, 120)} "
               f"instead of {g.money(cc, 2, 6)}. Card ending {g.s(4)}. Ride ID {g.code('R-##########')}.\n\n"))
    if g.p(0.6):
        b.t("You can reach me on ").e(PH, g.phone(cc, mob=True)).t(" if that's easier.\n\n")
    b.t(g.ch(["Thanks,\n", "Cheers,\n", "Regards,\n"])).e(P, u.first if g.p(0.5) else u.full).t("\n\n")
    ag = g.person(cc)
    b.t("--- reply ---\nHi ").e(P, u.first).t(f",\n\nSorry about that! I've refunded {g.money(cc, 10, 110)} to your "
                                              f"original payment method; it can take 5-10 business days.\n\nBest,\n").e(P, ag.first)
    return b.t(f"\n{brand} Member Services\n")

@kind("fleet_alert")
def _(g):
    b, cc = B(), g.ch(["us", "us", "ca", "uk"])
    vendor = g.ch(["Samsara", "Geotab", "Motive", "Verizon Connect", "Webfleet"])
    ev = g.ch(["Harsh Braking", "Speeding (>15 over)", "Geofence Exit", "Engine Fault (DTC)", "Unauthorized After-Hours Use",
               "Collision Detected", "Idling > 20 min"])
    row = g.row(cc)
    b.t(f"[{vendor}] Alert: {ev}\n\nOrganization: {g.ch(['Acme Logistics', 'Tri-County Plumbing', 'Northwind Traders', 'Metro Transit'])}"
        f"\nVehicle: Unit {g.ri(100, 999)} - {g.ch(['Ford Transit 250', 'Mercedes-Benz Sprinter 2500', 'Ram ProMaster 2500', 'Ford F-150', 'Chevrolet Express 2500', 'Ford E-Transit'])}")
    b.t(f"\nVIN: {g.vin()}   Plate: {g.plate(cc)}\nDriver: ").e(P, g.nm(g.person(cc), g.ch(["full", "lf", "fl"])))
    b.t("\nTime: ").e(DT, g.fdt(cc, wd=False)).t("\nLocation: near ").e(LOC, f"{row[0]}, {row[1]}" if cc != "uk" else row[0])
    b.t(f" ({g.ri(25, 48)}.{g.s(5)}, -{g.ri(70, 122)}.{g.s(5)})\nSpeed: {g.ri(20, 88)} mph   Posted: {g.ri(25, 70)} mph\n"
        f"Gateway serial: {g.code('G####-###-###')}  firmware {g.ver()}  IMEI {g.s(15)}\n")
    if ev.startswith("Engine"):
        b.t(f"DTC: {g.ch(['P0217', 'P0128', 'P2463', 'SPN 3251 FMI 0'])}\n")
    b.t("\nView on map: ").e(URL, f"https://cloud.{vendor.lower().replace(' ', '')}.com/o/{g.s(6)}/fleet/alerts/{g.s(10)}")
    b.t("\nDispatch contact: ").e(P, g.nm(g.person(cc), "full")).t("  ").e(PH, g.phone(cc))
    return b.t("\nYou are receiving this because you are subscribed to alert rule #" + g.s(4) + ".\n")

@kind("uk_nip")
def _(g):
    b, cc = B(), "uk"
    k, ka = g.person(cc), g.addr(cc)
    force = g.ch(["Thames Valley Police", "Greater Manchester Police", "West Yorkshire Police", "Avon and Somerset Police",
                  "Metropolitan Police Service", "Police Scotland"])
    b.t(f"{force} - Central Ticket Office\nNOTICE OF INTENDED PROSECUTION\nSection 1 Road Traffic Offenders Act 1988\n"
        f"Our ref: {g.code('##/#######/##')}\n\n").e(P, g.nm(k, g.ch(["caps", "full"]))).t("\n").e(ADR, ka.block("\n"))
    d = g.rd()
    b.t("\n\nDate: ").e(DT, g.fdate(cc, d + dt.timedelta(days=g.ri(3, 13)), wd=False)).t(f"\n\nVehicle: {g.plate(cc)} {g.veh()['make']}\nDate/time of offence: ")
    b.e(DT, g.fdt(cc, d)).t(f"\nLocation: {g.ch(['A40', 'M6', 'A38', 'M62', 'A1(M)', 'A406'])} {g.ch(['eastbound', 'northbound', 'southbound'])} near ")
    lim = g.ch([30, 40, 50, 60, 70])
    b.e(LOC, g.row(cc)[0]).t(f"\nAlleged offence: Speeding {lim + g.ri(5, 25)} mph in a {lim} mph limit\n\n")
    b.t("As the registered keeper you are required under section 172 of the Road Traffic Act 1988 to identify the "
        "driver within 28 days.\n\nDriver details (Part 2)\nFull name: ").e(P, k.full).t("\nDate of birth: ")
    b.e(DOB, g.fdate(cc, g.rdob(), wd=False)).t("\nDriving licence number: ").e(DL, g.dl(cc, p=k))
    b.t("\n\nRespond online at ").e(URL, f"https://www.{g.ch(['nipportal', 'ctoonline', 'policeconditionaloffer'])}.co.uk/respond")
    return b.t(" quoting case reference " + g.code("@@##-####") + ".\n")

@kind("roadside_call_log")
def _(g):
    b, cc = B(), g.ch(["us", "us", "ca"])
    c, ag = g.person(cc), g.person(cc)
    t0, pay = g.ri(0, 22) * 3600 + g.ri(0, 3000), g.p(0.35)
    ts = lambda: f"{(t0 // 3600) % 24:02d}:{(t0 // 60) % 60:02d}:{t0 % 60:02d}"  # noqa: E731
    b.t(f"ROADSIDE ASSISTANCE - CALL TRANSCRIPT   Case {g.code('RA-########')}   Queue: {g.ch(['Tow', 'Battery', 'Lockout', 'Flat tire'])}\n\n")
    lines = [("AGENT", lambda: b.t(f"Thank you for calling {g.ch(['AAA', 'Allstate Roadside', 'Good Sam', 'Honda Roadside'])}, this is ").e(P, ag.first).t(". Can I have your member number?")),
             ("CALLER", lambda: b.t("Yeah it's ").e(ACC, f"{g.s(3)} {g.s(3)} {g.s(9)} {g.s(1)}").t(". Name's ").e(P, g.nm(c, "full")).t(".")),
             ("AGENT", lambda: b.t("Thanks. What's the best callback number?")),
             ("CALLER", lambda: b.e(PH, g.phone(cc, mob=True)).t(".")),
             ("AGENT", lambda: b.t("And where is the vehicle right now?")),
             ("CALLER", lambda: b.t(f"I'm on {g.ch(['I-70', 'I-80', 'I-95', 'I-40', 'I-5']) if cc == 'us' else g.ch(['Hwy 401', 'the Trans-Canada', 'Hwy 1'])} {g.ch(['westbound', 'eastbound', 'northbound'])} near exit {g.ri(10, 300)}, just outside ").e(LOC, ", ".join(g.row(cc)[:2])).t(f". {g.veh()['make']}, plate {g.plate(cc)}.")),
             ("AGENT", lambda: b.t("Where would you like it towed?")),
             ("CALLER", lambda: b.t("The dealer, ").e(ADR, g.addr(cc).block(", ")).t(".")),
             ("AGENT", lambda: b.t(f"Tow is {g.ri(5, 40)} miles over your plan limit, that's {g.money(cc, 20, 200)}. Card number?") if pay else b.t("Any passengers with you?")),
             ("CALLER", lambda: b.e(CARD, g.pan(sep=g.ch([" ", "-"]))).t(", expires ").e(DT, f"{g.ri(1, 12):02d}/{g.ri(26, 31)}").t(".") if pay else b.t("Just me and the dog, Biscuit.")),
             ("AGENT", lambda: b.t(f"Okay, I've dispatched {g.ch(['Rapid Towing', 'Mike & Sons Towing', 'Interstate Recovery'])}, ETA about {g.ri(25, 90)} minutes. Their driver will call from ").e(PH, g.phone(cc)).t("."))]
    for who, fn in lines:
        b.t(f"{ts()} {who}: ")
        fn()
        b.t("\n")
        t0 += g.ri(4, 40)
    return b.t(f"\nDisposition: DISPATCHED   Service provider ID {g.s(6)}   Wrap code {g.ch(['T1', 'B2', 'L3'])}\n")

@kind("import_entry")
def _(g):
    b, cc = B(), "us"
    imp, ia, v = g.person(cc), g.addr(cc), g.veh()
    org = g.ch(["jp", "de", "uk", "ca", "kr", "it"])
    b.t(f"REGISTERED IMPORTER PACKET - EPA 3520-1 / DOT HS-7 / CBP 7501 SUMMARY\nEntry No.: {g.code('@##-#######-#')}   "
        f"B/L: {g.code('@@@@#########')}   Vessel: {g.ch(['MV Hoegh Target', 'MV Morning Celine', 'MV Glovis Sky'])}\n\n")
    b.t("Importer of record: ").e(P, g.nm(imp, g.ch(["full", "lf"]))).t(f"   CBP assigned No. {g.s(6)}-{g.s(5)}\n")
    b.t("Street: ").e(ADR, ia.street).t("\nCity: ").e(LOC, ia.city).t("   State: ").e(LOC, ia.region).t(f"   ZIP: {ia.pc}\n")
    b.t("Phone: ").e(PH, g.phone(cc)).t("   Email: ").e(EM, g.email(imp, cc)).t("\n\nVehicle: ")
    b.t(f"{v['year'] - g.ri(0, 12)} {v['make']} {v['model']}   VIN/Chassis: {v['vin']}\nCountry of origin: ").e(LOC, COUNTRY_EN.get(org, "Japan"))
    b.t("   Port of entry: ").e(LOC, g.ch(["Baltimore, MD", "Long Beach, CA", "Newark, NJ", "Jacksonville, FL", "Tacoma, WA"]))
    b.t(f"\nHTS: {g.ch(['8703.23.0190', '8703.80.0000', '8703.24.0140', '8703.40.0000'])}   Duty rate 2.5%   Entered value "
        f"{g.money(cc, 6000, 70000)}\nDate of arrival: ").e(DT, g.fdate(cc, wd=False)).t(f"\nEPA code: {g.ch(['E', 'F', 'G'])}  "
                                                                                     f"DOT box: {g.ch(['2A', '1', '3'])} (>25 years old)\n\n")
    br = g.person(cc)
    b.t(f"Customs broker: {g.ch(['Atlas Customs Brokerage', 'Harbor Clearing LLC', 'Pacific Rim Forwarding'])} - ")
    b.e(P, g.nm(br, "full")).t(", licensed broker\n").e(EM, g.email(br, cc, dom="atlasbrokerage.com")).t(" | ")
    return b.e(PH, g.phone(cc, mob=False)).t("\nBond: continuous, surety code " + g.s(3) + "\n")

@kind("telematics_dashboard")
def _(g):
    b, cc = B(), g.ch(["us", "us", "ca", "uk"])
    u = g.person(cc)
    b.t(f"{g.ch(['DriveScore', 'SafeMiles', 'Drivewise', 'SmartRide'])} - weekly driving summary\nCustomer: ").e(P, g.nm(u, "full"))
    b.t("   Customer account: ").e(ACC, g.code(g.ch(["########", "###-###-####", "@@#########"])))
    b.t(f"\n\nScore {g.ri(55, 99)}/100   Trips {g.ri(3, 40)}   Miles {g.ri(20, 900)}   Hard brakes {g.ri(0, 12)}   "
        f"Phone handling {g.ri(0, 30)} min   Night driving {g.ri(0, 40)}%\n\nTRIPS (last 7 days)\n")
    row, f, wk = g.row(cc), g.dfmt(cc), g.rd()
    for k in sorted(g.ri(0, 6) for _ in range(g.ri(2, 5))):
        h, mi = g.rt()
        b.e(DT, f(wk + dt.timedelta(days=k), h, mi)).t("  ").e(LOC, row[0]).t(" -> ").e(LOC, g.ch([r[0] for r in CITY[cc] if r[1] == row[1]]))
        b.t(f"  {g.ri(2, 90)} mi  {g.ri(5, 120)} min  events:{g.ri(0, 4)}\n")
    b.t(f"\nDevice: OBD dongle {g.code('TD-######')} fw {g.ver()}   App {g.ver()}\nQuestions? ")
    return b.e(EM, f"help@{g.ch(['drivescore.com', 'safemiles.io', 'smartride.app'])}").t(" or ").e(PH, g.tollfree(cc)).t("\n")

@kind("support_chat")
def _(g):
    b, cc = B(), g.ch(["us", "uk", "au", "ca", "ie"])
    u, a = g.person(cc), g.person(g.ch(["us", "uk"]))
    app = g.ch(["RidePoint", "Bolt", "Lime", "Zipcar", "FREE NOW", "ChargeHub"])
    b.t(f"Conversation {g.code('#######')} - {app} in-app support - channel: {g.ch(['iOS', 'Android', 'web'])}\n\n")
    h, mi = g.rt()
    def ln(who):
        nonlocal mi
        mi += g.ri(0, 3)
        b.t(f"[{(h + mi // 60) % 24:02d}:{mi % 60:02d}] {who}: ")
    ln("Bot"); b.t("Hi! What can we help you with today?\n")
    ln("Customer"); b.t(g.typo({"RidePoint": "i was charged a cancellation fee but the driver never came", "Bolt": "need a receipt for my trip for expenses",
                                 "Lime": "my scooter ride didnt end and kept charging", "Zipcar": "car wasnt at the reserved spot, had to take a cab",
                                 "FREE NOW": "driver took a huge detour, fare doubled", "ChargeHub": "the charger stopped after 5 min and still billed me"}[app])).t("\n")
    ln("Agent"); b.t("Hi, I'm ").e(P, a.first).t(", sorry about that! Could you confirm the email on your account?\n")
    ln("Customer"); b.e(EM, g.email(u, cc)).t(g.ch(["", " and my name is ", " - account is under "]))
    if b.parts[-1].strip():
        b.e(P, g.nm(u, g.ch(["lower", "full"])))
    b.t("\n")
    ln("Agent"); b.t(f"Thanks! I can see trip {g.code('TR-########')} on ").e(DT, g.fdate(cc, wd=False)).t(f". I've refunded {g.money(cc, 2, 40)}.\n")
    if g.p(0.5):
        ln("Customer"); b.t("can you call me? ").e(PH, g.phone(cc, mob=True)).t("\n")
        ln("Agent"); b.t("We only support chat, but I've added a note for ").e(P, g.ch([u.first, u.first.lower()])).t(".\n")
    if g.p(0.25):
        ln("Customer"); b.t("also pls update my card to ").e(CARD, g.pan()).t(" exp ").e(DT, f"{g.ri(1, 12):02d}/{g.ri(26, 31)}").t("\n")
        ln("Agent"); b.t("For your security please never share card numbers in chat - use Wallet > Payment methods.\n")
    ln("Agent"); b.t(f"Anything else? Ticket {g.code('#######')} will be closed in 24 hours.\n")
    return b

@kind("api_log")
def _(g):
    b = B()
    svc, clk = g.ch(["rides-api", "pricing-svc", "charging-gateway", "fleet-ingest", "booking-edge"]), g.clock()
    for _ in range(g.ri(4, 9)):
        k = g.wch("req:6 auth:2 err:1 login:2 pci:1")
        b.t(f'{{"ts":"{clk()}","level":"{"WARN" if k == "err" else "INFO"}","svc":"{svc}","req_id":"{g.uuid()}",')
        if k == "req":
            b.t(f'"method":"{g.ch(["GET", "POST", "PATCH"])}","path":"/v{g.ri(1, 3)}/{g.ch(["trips", "sessions", "vehicles", "quotes"])}/{g.s(8, HEX)}",'
                f'"status":{g.ch([200, 200, 201, 204, 404, 429])},"ms":{g.ri(3, 900)},"client_ip":"').e(IP, g.ip()).t('"}\n')
        elif k == "auth":
            b.t('"msg":"upstream call","headers":{"authorization":"Bearer ').e(JWT, g.jwt()).t(f'"}},"upstream":"{g.ch(["maps", "payments", "kyc"])}"}}\n')
        elif k == "login":
            p = g.person(g.ch(["us", "uk", "de", "fr"]))
            b.t('"msg":"login ok","user":"').e(EM, g.email(p, "us")).t('","ip":"').e(IP, g.ip()).t(f'","ua":"{g.ch(["RidePoint", "ChargeHub"])}/{g.ver()} (iOS 17.4)"}}\n')
        elif k == "pci":
            b.t('"msg":"payment body (DEBUG left on!)","body":{"card_number":"').e(CARD, g.pan(sep="")).t('","exp":"')
            b.e(DT, f"{g.ri(1, 12):02d}/{g.ri(2026, 2031)}").t(f'","amount":{g.ri(300, 9000)}}}}}\n')
        else:
            b.t('"msg":"refresh failed","refresh_token":"').e(SEC, g.s(48, B62)).t(f'","retry_in_ms":{g.ri(100, 5000)}}}\n')
    return b

@kind("env_leak")
def _(g):
    b = B()
    app = g.ch(["fleet-ingest", "ride-dispatch", "charging-backend", "parking-api"])
    b.t(f"# {app} production .env  (copied from ops laptop - DO NOT COMMIT)\nAPP_ENV=production\nAPP_VERSION={g.ver()}\n"
        f"AWS_REGION={g.ch(['us-east-1', 'eu-central-1', 'eu-west-1'])}\n")
    items = [lambda: b.t("AWS_ACCESS_KEY_ID=").e(AKI, g.aws_ak()).t("\nAWS_SECRET_ACCESS_KEY=").e(ASK, g.aws_sk()).t("\n"),
             lambda: b.t(f"DATABASE_URL=postgres://{app.replace('-', '_')}:").e(PWD, g.pw()).t(f"@db-{g.s(2)}.internal.{app}.net:5432/{g.ch(['telematics', 'rides', 'billing'])}\n"),
             lambda: b.t("STRIPE_SECRET_KEY=").e(STK, g.stripe()).t("\n"),
             lambda: b.t("STRIPE_WEBHOOK_SECRET=").e(SEC, "whsec_" + g.s(32, B62)).t("\n"),
             lambda: b.t("SLACK_BOT_TOKEN=").e(SLK, g.slack()).t("\n"),
             lambda: b.t("GITHUB_TOKEN=").e(GHT, g.ghtok()).t("\n"),
             lambda: b.t("GOOGLE_MAPS_API_KEY=").e(SEC, "AIza" + g.s(35, B62 + "-_")).t("\n"),
             lambda: b.t("JWT_SIGNING_SECRET=").e(SEC, g.s(g.ri(32, 64), B62)).t("\n"),
             lambda: b.t("SMTP_USER=").e(EM, f"noreply@{app}.io").t("\nSMTP_PASSWORD=").e(PWD, g.pw()).t("\n"),
             lambda: b.t("OCPP_BACKEND_URL=").e(URL, f"https://ocpp.{app}.io/ws/v16").t("\n"),
             lambda: b.t("ADMIN_BOOTSTRAP_PASSWORD=").e(PWD, g.pw()).t("\n"),
             lambda: b.t('APNS_AUTH_KEY="').e(PEM, g.pem()).t('"\n')]
    for f in g.shuffle(items)[:g.ri(3, 7)]:
        f()
    b.t(f"MAPBOX_TOKEN=${{MAPBOX_TOKEN}}\nSENTRY_RELEASE={g.s(40, HEX)}\nFEATURE_FLAGS=surge_v2,ev_routing\n")
    return b

@kind("k8s_secret")
def _(g):
    b = B()
    ns = g.ch(["pricing-prod", "dispatch", "charging", "telematics"])
    b.t(f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {ns}-credentials\n  namespace: {ns}\n  labels:\n    app.kubernetes.io/part-of: "
        f"{ns}\n  resourceVersion: \"{g.s(8)}\"\n  uid: {g.uuid()}\ntype: Opaque\ndata:\n")
    keys = g.shuffle([("DB_PASSWORD", PWD, g.pw), ("REDIS_PASSWORD", PWD, g.pw), ("STRIPE_API_KEY", SEC, g.stripe),
                      ("MAPS_API_KEY", SEC, g.gsec), ("PAYMENT_WEBHOOK_SECRET", SEC, g.gsec), ("OAUTH_CLIENT_SECRET", SEC, lambda: g.s(40, B62)),
                      ("SMTP_PASSWORD", PWD, g.pw)])[:g.ri(2, 5)]
    for k, t, f in keys:
        b.t(f"  {k}: ").e(t, base64.b64encode(f().encode()).decode()).t("\n")
    b.t(f"---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {ns}-config\ndata:\n  DB_HOST: pg-{ns}.svc.cluster.local\n"
        f"  DB_PORT: \"5432\"\n  LOG_LEVEL: info\n  IMAGE_TAG: \"{g.ver()}\"\n  BUILD_SHA: {g.s(40, HEX)}\n")
    return b

@kind("gha_workflow_leak")
def _(g):
    b = B()
    b.t(f"name: deploy-{g.ch(['driver-app', 'rider-web', 'fleet-api', 'ev-portal'])}\non:\n  push:\n    branches: [main]\nenv:\n"
        f"  NODE_VERSION: {g.ri(18, 22)}.{g.ri(0, 12)}.{g.ri(0, 9)}\n  AWS_REGION: us-east-1\njobs:\n  deploy:\n    runs-on: ubuntu-22.04\n"
        f"    steps:\n      - uses: actions/checkout@{g.s(40, HEX)}  # v4.1.{g.ri(0, 7)}\n"
        f"      - uses: aws-actions/configure-aws-credentials@v4\n        with:\n")
    if g.p(0.5):
        b.t("          aws-access-key-id: ").e(AKI, g.aws_ak()).t("\n          aws-secret-access-key: ").e(ASK, g.aws_sk())
        b.t("  # TODO move to secrets\n")
    else:
        b.t("          aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}\n          aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n")
    b.t("      - run: npm ci && npm run build\n        env:\n")
    leak = g.ch(["gh", "slack", "stripe"])
    b.t("          GH_TOKEN: ").e(GHT, g.ghtok()) if leak == "gh" else b.t("          GH_TOKEN: ${{ secrets.GITHUB_TOKEN }}")
    b.t("\n          SLACK_TOKEN: ").e(SLK, g.slack()) if leak == "slack" else b.t("\n          SLACK_TOKEN: ${{ secrets.SLACK_TOKEN }}")
    b.t("\n          STRIPE_KEY: ").e(STK, g.stripe()) if leak == "stripe" else b.t("\n          STRIPE_KEY: ${{ secrets.STRIPE_KEY }}")
    return b.t(f"\n      - run: ./scripts/notify.sh \"deployed ${{{{ github.sha }}}}\" --build {g.ri(1000, 9999)}\n")

@kind("slack_incident")
def _(g):
    b, cc = B(), g.ch(["us", "uk"])
    ppl = [g.person(cc) for _ in range(3)]
    h, mi = g.rt()
    b.t(f"#inc-{g.ri(1000, 9999)}-{g.ch(['payments-down', 'charger-offline', 'dispatch-latency', 'key-leak'])}  (exported)\n\n")
    def ln(p):
        nonlocal mi
        mi += g.ri(1, 6)
        b.t(f"[{(h + mi // 60) % 24:02d}:{mi % 60:02d}] ").e(P, p.full).t(": ")
    ln(ppl[0]); b.t(f"paging on-call, error rate at {g.ri(5, 60)}% since deploy {g.s(7, HEX)}\n")
    ln(ppl[1]); b.t("rolling back to " + g.ver() + ", also found this in the pod env dump:\n")
    k = g.ch([(SLK, g.slack), (STK, g.stripe), (AKI, g.aws_ak), (GHT, g.ghtok), (PEM, g.pem), (PEM, g.pem)])
    b.t("```\n" + {SLK: "SLACK_BOT_TOKEN=", STK: "STRIPE_SECRET_KEY=", AKI: "AWS_ACCESS_KEY_ID=", GHT: "GITHUB_TOKEN=",
                    PEM: "$ cat deploy/telematics-mqtt.key\n"}[k[0]]).e(k[0], k[1]()).t("\n```\n")
    ln(ppl[2]); b.t("ugh, please don't paste secrets in channel. ").e(P, ppl[1].first).t(" can you rotate it? ticket SEC-" + g.s(4) + "\n")
    ln(ppl[1]); b.t(g.ch(["rotated + revoked, audit log attached", "done, old key revoked", "on it"])).t("\n")
    if g.p(0.5):
        ln(ppl[0]); b.t("postmortem call ").e(DT, g.fdt(cc, wd=True)).t(", passcode ").e(PWD, g.s(6)).t("\n")
    return b

@kind("dl_ocr")
def _(g):
    b, cc = B(), "us"
    p, a = g.person(cc), g.addr(cc)
    st = ST_NAME.get(a.region, "OHIO").upper()
    b.t(f"--- OCR result (confidence {g.ri(71, 99)}%) doc_type=DL side=front ---\n{st}\nUSA  DRIVER LICENSE\n")
    b.t("DL ").e(DL, g.dl(cc, a.region)).t("\nEXP ").e(DT, g.fdate(cc, g.rd(2026, 2032), sty="{mm}/{dd}/{Y}")).t("\nLN ").e(P, p.last.upper())
    b.t("\nFN ").e(P, f"{p.first.upper()} {p.mid}" if g.p(0.5) else p.first.upper()).t("\n").e(ADR, a.block("\n").upper())
    b.t("\nDOB ").e(DOB, g.fdate(cc, g.rdob(), sty="{mm}/{dd}/{Y}")).t(f"\nRSTR {g.ch(['NONE', 'B', 'CORR LENS'])}  CLASS "
                                                                       f"{g.ch(['C', 'D', 'A'])}  END NONE\nSEX {'F' if p.fem else 'M'}  "
                                                                       f"HGT {g.ri(4, 6)}-{g.ri(0, 11):02d}  EYES {g.ch(['BRN', 'BLU', 'GRN', 'HAZ'])}\nISS ")
    b.e(DT, g.fdate(cc, g.rd(2018, 2024), sty="{mm}/{dd}/{Y}")).t(f"\nDD {g.code('##########@@@@###')}\n")
    return b.t(f"--- end OCR  pipeline={g.ver()}  doc_hash={g.s(64, HEX)} ---\n")

@kind("rental_agreement")
def _(g):
    b, cc = B(), g.ch(["us", "us", "uk", "ca", "au", "ie"])
    p, a = g.person(cc), g.addr(cc)
    brand = g.ch(["Hertz", "Avis", "Enterprise", "Sixt", "Budget", "Europcar", "Alamo"])
    d1 = g.rd()
    d2 = d1 + dt.timedelta(days=g.ri(1, 14))
    ap = g.ch({"us": ["JFK", "LAX", "ORD", "DEN", "MCO", "SEA"], "uk": ["LHR", "LGW", "MAN", "EDI"], "ca": ["YYZ", "YVR", "YUL"],
               "au": ["SYD", "MEL", "BNE"], "ie": ["DUB", "SNN", "ORK"]}[cc])
    f = g.dfmt(cc)
    b.t(f"{brand.upper()} RENTAL AGREEMENT   RA# {g.s(9)}   Res# {g.code('@@######')}\n\nRENTER: ").e(P, g.nm(p, g.ch(["lfcaps", "caps", "full"])))
    b.t("\n").e(ADR, a.block(", ")).t("\nPhone: ").e(PH, g.phone(cc)).t("   Email: ").e(EM, g.email(p, cc))
    b.t("\nLicense: ").e(DL, g.dl(cc, a.region, p)).t("   Exp: ").e(DT, g.fdate(cc, g.rd(2026, 2031), wd=False)).t("   DOB: ")
    b.e(DOB, g.fdate(cc, g.rdob(), wd=False)).t(f"\n\nPICKUP  {ap} airport location  ").e(DT, f(d1, *g.rt(day=True)))
    b.t(f"\nRETURN  {ap} airport location  ").e(DT, f(d2, *g.rt(day=True)))
    v = g.veh()
    b.t(f"\n\nCAR CLASS {g.ch(['ICAR', 'SFAR', 'CDMR', 'FFBR'])}  {v['year']} {v['make']} {v['model']}  Plate {g.plate(cc)}  Fuel 8/8  "
        f"Odo {v['miles']:,}\nRate {g.money(cc, 29, 140)}/day  LDW declined  Est. total {g.money(cc, 90, 1600)}\n")
    b.t(f"Method of payment: {g.ch(['VISA', 'MC', 'AMEX'])} {g.masked()}\n")
    if g.p(0.4):
        ad = g.person(cc)
        b.t("Additional driver: ").e(P, g.nm(ad, "full")).t("  Lic ").e(DL, g.dl(cc, a.region, ad)).t("\n")
    return b.t("Renter signature on file. Late returns charged per hour after 29 min grace.\n")

@kind("card_auth_form")
def _(g):
    b, cc = B(), g.ch(["us", "us", "uk", "ca"])
    ch_, ca = g.person(cc), g.addr(cc)
    guest = g.person(cc)
    brand, num = g.pan_raw()
    b.t(f"{g.ch(['Skyline Chauffeured Cars', 'Blue Harbor Car Rental', 'MetroLimo Group', 'Airport Express Shuttles'])}\n"
        f"THIRD-PARTY CREDIT CARD AUTHORIZATION FORM\n(return by fax to ").e(PH, g.phone(cc, mob=False)).t(" or email ")
    b.e(EM, f"reservations@{g.ch(['skylinecars.com', 'blueharborrental.com', 'metrolimo.com'])}").t(")\n\nCardholder name: ").e(P, g.nm(ch_, "full"))
    b.t("\nBilling address: ").e(ADR, ca.block(", ")).t(f"\nCard type: {brand.upper()}\nCard number: ").e(CARD, g.fmt_pan(num))
    b.t("\nExpiration: ").e(DT, f"{g.ri(1, 12):02d}/{g.ri(26, 31)}").t(f"   CVV: {g.s(4 if len(num) == 15 else 3)}\nCardholder phone: ")
    b.e(PH, g.phone(cc)).t("\n\nI authorize charges for the following guest: ").e(P, g.nm(guest, "full")).t("\nService date(s): ")
    d, f = g.rd(), g.dfmt(cc)
    b.e(DT, f(d)).t(" to ").e(DT, f(d + dt.timedelta(days=g.ri(1, 6))))
    b.t(f"\nMaximum amount: {g.money(cc, 150, 3000)}   Booking ref {g.code('@@@###')}\n\nSignature: ________   Date: ")
    return b.e(DT, g.fdate(cc, wd=False)).t("\nA copy of the front of the card and photo ID must be attached.\n")

@kind("bill_of_sale")
def _(g):
    b, cc = B(), "us"
    s_, sa, bu, ba, v = g.person(cc), g.addr(cc), g.person(cc), g.addr(cc), g.veh()
    ds = g.fdate(cc, wd=False)
    b.t(f"MOTOR VEHICLE BILL OF SALE\n\nFor the sum of {g.money(cc, 1500, 40000)}, receipt of which is acknowledged, I/we, ")
    b.e(P, g.nm(s_, "full")).t(" (Seller), of ").e(ADR, sa.block(", ")).t(", hereby sell and transfer to ").e(P, g.nm(bu, "full"))
    b.t(" (Buyer), of ").e(ADR, ba.block(", ")).t(", the following vehicle:\n\n")
    b.t(f"Year {v['year']}  Make {v['make']}  Model {v['model']}  Body {g.ch(['SUV', '4D Sedan', 'Pickup', 'Hatchback'])}\nVIN {v['vin']}  "
        f"Title No. {g.code('@########')}\nOdometer reading {v['miles']:,} - actual mileage\n\nDate of sale: ").e(DT, ds)
    b.t("\nSeller phone: ").e(PH, g.phone(cc)).t("   Buyer phone: ").e(PH, g.phone(cc)).t("\nSold AS IS, no warranty.\n\n")
    if g.p(0.6):
        n_ = g.person(cc)
        b.t("Subscribed and sworn before me on ").e(DT, ds).t(".\nNotary public: ").e(P, g.nm(n_, "full"))
        b.t(f"   Commission #{g.s(7)}   My commission expires ").e(DT, g.fdate(cc, g.rd(2026, 2030), wd=False)).t("\n")
    return b

@kind("fnol_claim")
def _(g):
    b, cc = B(), "us"
    ins, ia, oth = g.person(cc), g.addr(cc), g.person(cc)
    row = g.row(cc)
    d, (h, mi) = g.rd(), g.rt()
    b.t(f"FIRST NOTICE OF LOSS - AUTO   Claim # {g.code('##-####-####')}   Reported via {g.ch(['phone', 'app', 'agent'])}\n\nDate/time of loss: ")
    b.e(DT, g.fdt(cc, d, h, mi, wd=False)).t("\nLocation of loss: ").e(LOC, f"{row[0]}, {row[1]}").t(f" (parking lot / intersection)\n\nINSURED DRIVER\nName: ")
    b.e(P, g.nm(ins, "lf")).t("\nAddress: ").e(ADR, ia.block(", ")).t("\nPhone: ").e(PH, g.phone(cc)).t("   DL: ").e(DL, g.dl(cc, ia.region))
    v = g.veh()
    b.t(f"\nVehicle: {v['year']} {v['make']} {v['model']}  VIN {v['vin']}\n\nOTHER PARTY\nName: ").e(P, g.nm(oth, "full"))
    b.t("   Phone: ").e(PH, g.phone(cc)).t(f"   Carrier: {g.ch(['GEICO', 'Progressive', 'State Farm', 'Allstate', 'unknown'])}   Plate {g.plate(cc)}\n")
    b.t(f"Police report # {g.code('@@##-######')}\n\nINJURIES\nPassenger ").e(P, g.nm(g.person(cc), "full"))
    b.t(f" transported to {g.ch(['St. Mary Medical Center', 'Mercy Hospital', 'Regional Medical Center'])}; complaint of neck pain "
        f"(ICD-10 {g.ch(['S13.4XXA', 'S16.1XXA', 'S39.012A'])}).\nHospital MRN: ").e(MRN, g.mrn()).t("   Health plan member ID: ").e(HPN, g.hpn())
    b.t(f"\n\nNarrative: {g.typo('Insured states other vehicle ran the red light and struck the passenger side. Airbags deployed.')}\n")
    if g.p(0.5):
        w = g.person(cc)
        b.t("Witness: ").e(P, g.nm(w, "full")).t(", ").e(PH, g.phone(cc)).t("\n")
    return b.t(f"Adjuster assigned: {g.code('ADJ-####')}  Reserve {g.money(cc, 1000, 25000)}\n")

@kind("payout_statement")
def _(g):
    b, cc = B(), g.ch(["uk", "uk", "ie"])
    p, a = g.person(cc), g.addr(cc)
    app = g.ch(["Bolt", "Uber", "FREE NOW", "Deliveroo"])
    d1, f = g.rd(), g.dfmt(cc)
    b.t(f"{app} - Weekly earnings statement\n\n").e(P, g.nm(p, "full")).t("\n").e(ADR, a.block("\n")).t("\n\nPeriod: ")
    b.e(DT, f(d1)).t(" - ").e(DT, f(d1 + dt.timedelta(days=6)))
    gr, rt, tp = round(g.r.uniform(300, 2500), 2), g.ri(15, 25), round(g.r.uniform(0, 150), 2)
    b.t(f"\nDriver ID: {g.uuid()[:13]}   Partner tier: {g.ch(['Gold', 'Platinum', 'Standard'])}\n\nTrips {g.ri(10, 120)}   Online hours {g.ri(8, 70)}.{g.ri(0, 9)}\n"
        f"Gross fares {g.money(cc, v=gr)}\nService fee ({rt}%) -{g.money(cc, v=gr * rt / 100)}\nTips {g.money(cc, v=tp)}\n"
        f"Net payout {g.money(cc, v=gr * (1 - rt / 100) + tp)}\n\nPaid to: ")
    if cc == "uk" and g.p(0.5):
        b.t(f"sort code {g.s(2)}-{g.s(2)}-{g.s(2)}  account ").e(ACC, g.s(8))
    else:
        b.t("IBAN ").e(IBAN, g.iban(CC2[cc]))
    return b.t(f"\nPayout reference {g.code('PO-##########')}. VAT not charged (driver not VAT registered).\n")

@kind("dot_med_cert")
def _(g):
    b, cc = B(), "us"
    p, a, ex = g.person(cc), g.addr(cc), g.person(cc)
    d = g.rd()
    b.t("MEDICAL EXAMINER'S CERTIFICATE (49 CFR 391.43)\nCommercial Driver Fitness Determination\n\n")
    b.t(f"I certify that I have examined ").e(P, g.nm(p, "full")).t(" in accordance with the Federal Motor Carrier Safety Regulations.\n")
    b.t("Driver's license no.: ").e(DL, g.dl(cc, a.region)).t("   State: ").e(LOC, a.region).t("   Date of birth: ").e(DOB, g.fdate(cc, g.rdob(), wd=False))
    b.t("\nDriver address: ").e(ADR, a.block(", ")).t("\nClinic chart #: ").e(MRN, g.mrn()).t("   Health plan ID: ").e(HPN, g.hpn())
    b.t(f"\n\n[{g.ch(['X', ' '])}] Meets standards   [{g.ch(['X', ' '])}] Wearing corrective lenses   [ ] Hearing aid\n"
        f"BP {g.ri(110, 150)}/{g.ri(70, 95)}   Urinalysis SG {g.ri(1005, 1030) / 1000:.3f}   Medications: "
        f"{g.ch(['lisinopril 10 mg', 'metformin 500 mg', 'none reported', 'atorvastatin 20 mg'])}\n\nExam date: ")
    b.e(DT, g.fdate(cc, d, wd=False)).t("   Certificate expires: ").e(DT, g.fdate(cc, d + dt.timedelta(days=g.ch([365, 730])), wd=False))
    b.t("\nMedical examiner: ").e(P, g.nm(ex, "full")).t(f", {g.ch(['MD', 'DO', 'PA-C', 'NP', 'DC'])}   National Registry No. {g.s(10)}\n")
    return b.t("Phone: ").e(PH, g.phone(cc, mob=False)).t(f"   NPI {g.ch(['1', '2'])}{g.s(9)}\n")

@kind("nemt_manifest")
def _(g):
    b, cc = B(), "us"
    row = g.row(cc)
    drv = g.person(cc)
    b.t(f"NON-EMERGENCY MEDICAL TRANSPORTATION - DAILY MANIFEST\nBroker: {g.ch(['ModivCare', 'MTM', 'Access2Care'])}   Provider "
        f"{g.code('NEMT-####')}\nDriver: ").e(P, g.nm(drv, "lf")).t(f"   Vehicle {g.ch(['WAV', 'Sedan', 'Stretcher van'])} #{g.ri(10, 99)}  Plate {g.plate(cc)}\nService date: ")
    d = g.rd()
    b.e(DT, g.fdate(cc, d)).t("\n\n")
    for i in range(g.ri(2, 4)):
        p = g.person(cc)
        h, mi = g.rt(day=True)
        b.t(f"TRIP {i + 1}  {g.code('T#########')}  {g.ch(['AMB', 'WC', 'WC-LIFT', 'AMB+ESCORT'])}\n  Member: ").e(P, g.nm(p, g.ch(["lfcaps", "full"])))
        b.t("   Medicaid ID: ").e(HPN, g.hpn()).t("   Ph: ").e(PH, g.phone(cc)).t("\n  PU: ").e(ADR, g.addr(cc, row).block(", "))
        b.t("\n  DO: ").e(ADR, g.addr(cc, row).block(", ")).t(f" ({g.ch(['Dialysis', 'Oncology infusion', 'PT clinic', 'Behavioral health'])})\n")
        b.t("  Appt: ").e(DT, g.ftime(cc, h, mi)).t(f"   Return: {g.ch(['will-call', 'scheduled'])}")
        if g.p(0.4):
            b.t("   Clinic MRN ").e(MRN, g.mrn())
        b.t("\n")
    return b.t(f"\nMiles {g.ri(20, 180)}   Signatures captured {g.ri(1, 4)}/4   Device {g.code('TAB-####')} app {g.ver()}\n")

@kind("vcard_contact")
def _(g):
    b, cc = B(), g.ch(["us", "uk", "ca", "de"])
    p, a = g.person(cc), g.addr(cc)
    org = g.ch(["Acme Logistics", "Metro Transit Authority", "Northwind Fleet Services", "ChargeHub GmbH"])
    b.t(f"BEGIN:VCARD\nVERSION:3.0\nN:").e(P, f"{p.last};{p.first};{p.mid if g.p(0.4) else ''}".rstrip(";")).t(";;\nFN:").e(P, p.full)
    b.t(f"\nORG:{org}\nTITLE:{g.ch(['Fleet Manager', 'Dispatch Supervisor', 'EV Program Lead', 'Mobility Coordinator'])}\n")
    b.t("TEL;TYPE=WORK,VOICE:").e(PH, g.phone(cc, mob=False, intl=True)).t("\nTEL;TYPE=CELL:").e(PH, g.phone(cc, mob=True)).t("\n")
    b.t("EMAIL;TYPE=INTERNET:").e(EM, g.email(p, cc, dom=re.sub(r'[^a-z]', '', org.lower())[:12] + ".com"))
    b.t("\nADR;TYPE=WORK:;;").e(ADR, ";".join([a.street, a.city, a.region, a.pc, COUNTRY_EN[cc]])).t("\n")
    if g.p(0.5):
        b.t("BDAY:").e(DOB, g.rdob().isoformat()).t("\n")
    if g.p(0.5):
        b.t("URL:").e(URL, f"https://www.{re.sub(r'[^a-z]', '', org.lower())[:12]}.com/team")
        b.t("\n")
    return b.t(f"NOTE:Met at {g.ch(['ACT Expo', 'IAA Transportation', 'EVS37'])} {g.ri(2021, 2025)}\nREV:{g.rd().isoformat()}T{g.ri(0, 23):02d}"
               f"{g.ri(0, 59):02d}00Z\nUID:{g.uuid()}\nEND:VCARD\n")

@kind("ics_test_drive")
def _(g):
    b, cc = B(), g.ch(["us", "us", "uk", "ca"])
    c, sp = g.person(cc), g.person(cc)
    dn, da, dph, dom = g.dealer(cc if cc != "uk" else "us")
    d, (h, mi) = g.rd(), g.rt(day=True)
    v = g.veh()
    st = f"{d.year}{d.month:02d}{d.day:02d}T{h:02d}{mi:02d}00"
    en = f"{d.year}{d.month:02d}{d.day:02d}T{min(h + 1, 23):02d}{mi:02d}00"
    b.t(f"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//{g.ch(['DealerSocket', 'VinSolutions', 'Elead'])}//CRM {g.ver()}//EN\nMETHOD:REQUEST\n"
        f"BEGIN:VEVENT\nUID:{g.uuid()}\nDTSTAMP:{g.rd().strftime('%Y%m%d')}T{g.ri(0, 23):02d}{g.ri(0, 59):02d}00Z\nDTSTART;TZID=America/Chicago:")
    b.e(DT, st).t("\nDTEND;TZID=America/Chicago:").e(DT, en).t(f"\nSUMMARY:Test drive - {v['year']} {v['make']} {v['model']} with ").e(P, c.full)
    b.t("\nLOCATION:").e(ADR, da.block("\\, ")).t("\nORGANIZER;CN=").e(P, sp.full).t(":mailto:").e(EM, f"{fold(sp.first).lower()}@{dom}")
    b.t("\nATTENDEE;CN=").e(P, c.full).t(";RSVP=TRUE:mailto:").e(EM, g.email(c, cc)).t("\nDESCRIPTION:Customer cell ").e(PH, g.phone(cc, mob=True))
    b.t(f"\\nStock {g.code('@####')}\\, VIN {v['vin']}\\nBring driver's license.\nCREATED:{g.rd().strftime('%Y%m%d')}T101500Z\n"
        f"LAST-MODIFIED:{g.rd().strftime('%Y%m%d')}T101700Z\nEND:VEVENT\nEND:VCALENDAR\n")
    return b

@kind("sms_log")
def _(g):
    b, cc = B(), g.ch(["us", "us", "uk", "ca", "au"])
    dn, clk = g.dealer()[0], g.clock()
    b.t(f"# sms_outbound export  provider={g.ch(['twilio', 'sinch', 'messagebird'])}  account {g.code('AC')}{g.s(32, HEX)}\n")
    for _ in range(g.ri(3, 6)):
        p, v = g.person(cc), g.veh()
        b.t(f"{clk()} OUT to ").e(PH, g.phone(cc, mob=True, intl=True)).t(f" sid=SM{g.s(32, HEX)} status={g.ch(['delivered', 'sent', 'undelivered'])}\n  \"")
        k = g.ri(0, 2)
        if k == 0:
            b.t("Hi ").e(P, p.first).t(f", your {v['year']} {v['model']} is ready for pickup at {dn}. Total {g.money(cc, 40, 900)}. Reply STOP to opt out.\"\n")
        elif k == 1:
            b.t("Reminder: service appt ").e(DT, g.fdt(cc, wd=True)).t(f" at {dn}. Reply C to confirm.\"\n")
        else:
            b.t(f"{dn}: your loaner agreement is ready to sign: ").e(URL, f"https://sign.{g.ch(['dealer-esign', 'docusign'])}.net/s/{g.s(12, B62)}").t("\"\n")
    return b

@kind("stripe_webhook")
def _(g):
    b, cc = B(), g.ch(["us", "uk", "ca"])
    p, a = g.person(cc), g.addr(cc)
    ts, clk = g.ri(1650000000, 1780000000), g.clock()
    b.t(f"{clk()} webhook received  endpoint=/hooks/stripe  Stripe-Signature: t={ts},v1={g.s(64, HEX)}\n")
    b.t(f'{{"id": "evt_{g.s(24, B62)}", "type": "{g.ch(["charge.succeeded", "payment_intent.payment_failed", "charge.refunded"])}", '
        f'"created": {ts},\n "data": {{"object": {{"id": "ch_{g.s(24, B62)}", "amount": {g.ri(300, 20000)}, "currency": "{"usd" if cc != "uk" else "gbp"}",\n')
    b.t('  "billing_details": {"name": "').e(P, p.full).t('", "email": "').e(EM, g.email(p, cc)).t('", "phone": "').e(PH, g.phone(cc, intl=True))
    b.t('",\n   "address": {"line1": "').e(ADR, a.street).t('", "city": "').e(LOC, a.city).t(f'", "postal_code": "{a.pc}", "country": "{cc.upper()}"}}}},\n')
    b.t(f'  "payment_method_details": {{"card": {{"brand": "visa", "last4": "{g.s(4)}", "exp_month": {g.ri(1, 12)}, "exp_year": {g.ri(2026, 2031)}, '
        f'"fingerprint": "{g.s(16, B62)}"}}}},\n  "metadata": {{"ride_id": "{g.uuid()}", "fleet": "{g.code("FL-###")}"}}}}}}}}\n')
    b.t(f"{clk()} signature check using STRIPE_WEBHOOK_SECRET=").e(SEC, "whsec_" + g.s(32, B62)).t(" -> ok\n")
    if g.p(0.5):
        b.t("# debug: curl ").e(URL, "https://api.stripe.com/v1/charges").t(" -u ").e(STK, g.stripe()).t(":\n")
    return b

@kind("ocpi_cdr")
def _(g):
    b, cc = B(), g.ch(["de", "nl", "fr", "uk", "sv"])
    cc_m = {"de": "DE", "nl": "NL", "fr": "FR", "uk": "GB", "sv": "SE"}[cc]
    a = g.addr(cc)
    d, (h, mi) = g.rd(), g.rt()
    e = dt.datetime(d.year, d.month, d.day, h, mi) + dt.timedelta(minutes=g.ri(15, 240))
    p = g.person(cc)
    b.t(f"// OCPI 2.2.1 CDR pushed by CPO {cc_m}*{g.code('@@@')}\n{{\n  \"country_code\": \"{cc_m}\",\n  \"party_id\": \"{g.code('@@@')}\",\n"
        f"  \"id\": \"{g.code('CDR########')}\",\n  \"start_date_time\": \"").e(DT, g.iso(d, h, mi, g.ri(0, 59), "T") + "Z")
    b.t("\",\n  \"end_date_time\": \"").e(DT, g.iso(e.date(), e.hour, e.minute, g.ri(0, 59), "T") + "Z")
    b.t(f"\",\n  \"cdr_token\": {{\"uid\": \"{g.s(14, HEX).upper()}\", \"type\": \"RFID\", \"contract_id\": \"{cc_m}-{g.code('@@@')}-C{g.s(8)}-{g.ri(0, 9)}\"}},\n")
    b.t("  \"cdr_location\": {\n    \"name\": \"").t(g.ch(["Park & Charge", "Retail Park", "Hotel", "P+R"]) + f" {g.ri(1, 40)}\",\n    \"address\": \"")
    b.e(ADR, a.street).t("\",\n    \"city\": \"").e(LOC, a.city).t(f"\",\n    \"postal_code\": \"{a.pc}\",\n    \"country\": \"{cc_m}\",\n"
                                                                     f"    \"evse_id\": \"{cc_m}*{g.code('@@@')}*E{g.s(6)}\"\n  }},\n")
    b.t(f"  \"total_energy\": {g.ri(30, 900) / 10},\n  \"total_cost\": {{\"excl_vat\": {g.ri(300, 9000) / 100}}},\n")
    if g.p(0.4):
        b.t("  \"remark\": \"invoice to ").e(P, p.full).t("\",\n")
    return b.t(f"  \"last_updated\": \"{g.clock(e.date())()[:19]}Z\"\n}}\n")

@kind("airport_transfer")
def _(g):
    b, cc = B(), g.ch(["uk", "us", "ie", "au"])
    p, drv = g.person(cc), g.person(cc)
    d, (h, mi) = g.rd(), g.rt()
    fl = f"{g.ch(['BA', 'LH', 'AA', 'EI', 'QF', 'UA', 'KL'])} {g.ri(10, 2999)}"
    b.t(f"{g.ch(['Blacklane', 'Welcome Pickups', 'Addison Lee', 'SkyShuttle'])} - Booking confirmed\nBooking ref: {g.code('@@####@')}\n\nPassenger: ")
    b.e(P, g.nm(p, "full")).t(" (+").t(str(g.ri(0, 3))).t(" guests)\nMobile: ").e(PH, g.phone(cc, mob=True, intl=True)).t("\nEmail: ").e(EM, g.email(p, cc))
    b.t(f"\n\nFlight: {fl} from {g.ch(['FRA', 'CDG', 'JFK', 'DXB', 'SIN', 'AMS'])}  arriving ").e(DT, g.fdt(cc, d, h, mi))
    b.t(f"\nMeeting point: arrivals hall, Terminal {g.ri(1, 5)}, name sign\nDrop-off: ").e(ADR, g.addr(cc).block(", "))
    b.t(f"\nVehicle: {g.ch(['Business Class', 'Van', 'Economy'])} - {g.veh()['make']}  Plate {g.plate(cc)}\nYour driver: ").e(P, drv.first)
    b.t(" ").e(PH, g.phone(cc, mob=True)).t(f"\nPrice: {g.money(cc, 40, 260)} (paid)  Free cancellation until ").e(DT, g.fdt(cc, d - dt.timedelta(days=1), h, mi, wd=False))
    b.t("\nManage booking: ").e(URL, f"https://book.{g.ch(['transferhub', 'airportride', 'skyshuttle'])}.com/b/{g.s(10, B62)}")
    return b.t("\n")

# --------------------------------------------------------------------------- non-English kinds
def _addressee(b, g, p, a, lang=None, caps=0.3):
    if lang and g.p(0.5):
        b.t(g.title(p, lang) + "\n")
    return b.e(P, g.nm(p, "caps" if g.p(caps) else "full")).t("\n").e(ADR, a.block("\n")).t("\n\n")

@kind("de_anhoerung", "de")
def _(g):
    b, cc = B(), "de"
    p, a, row = g.person(cc), g.addr(cc), g.row(cc)
    off = g.ch(["Zentrale Bußgeldstelle im Polizeiverwaltungsamt", "Ordnungsamt - Sachgebiet Verkehrsordnungswidrigkeiten",
                "Bußgeldbehörde - Verkehrsüberwachung"])
    oa, d = g.addr(cc, row, unit=False), g.rd()
    b.t(f"{off}\n").e(ADR, oa.block(", "))
    b.t("\nTel. ").e(PH, g.phone(cc, mob=False, area=row[3])).t(" · Fax ").e(PH, g.phone(cc, mob=False, area=row[3])).t("\n\n")
    b.t("Frau\n" if p.fem else "Herrn\n").e(P, g.nm(p, g.ch(["full", "caps"]))).t("\n").e(ADR, a.block("\n"))
    b.t("\n\n").e(LOC, row[0]).t(", den ").e(DT, g.fdate(cc, d + dt.timedelta(days=g.ri(5, 25)), sty="{dd}.{mm}.{Y}")).t(f"\nAktenzeichen: {g.code('###.#######.#')}\n\n")
    b.t(f"{g.ch(['Anhörung im Bußgeldverfahren', 'Zeugenfragebogen', 'Anhörungsbogen'])}\n\nSehr {'geehrte Frau' if p.fem else 'geehrter Herr'} ").e(P, p.last)
    b.t(",\n\nIhnen wird vorgeworfen, am ").e(DT, g.fdate(cc, d, sty="{dd}.{mm}.{Y}") + " um " + g.ftime(cc)).t(" in ").e(LOC, g.row(cc)[0])
    v = g.ri(60, 120)
    b.t(f", {g.ch(['B 27', 'A 8', 'L 1140', 'B 96', 'A 9'])} km {g.ri(1, 300)},{g.ri(0, 9)}, als Führer des PKW {g.plate(cc)} folgende "
        f"Ordnungswidrigkeit begangen zu haben:\nSie überschritten die zulässige Höchstgeschwindigkeit außerhalb geschlossener "
        f"Ortschaften um {v - 50} km/h. Zulässige Geschwindigkeit: 50 km/h. Festgestellte Geschwindigkeit (nach Toleranzabzug): {v} km/h.\n"
        f"Tatbestandsnummer: {g.s(6)}   Beweismittel: Foto, Messung {g.ch(['PoliScan FM1', 'TraffiStar S350', 'ESO ES8.0'])}\n\n")
    if g.p(0.6):
        b.t("Angaben zur Person\nGeburtsdatum: ").e(DOB, g.fdate(cc, g.rdob(), wd=False, sty="{dd}.{mm}.{Y}")).t("   Geburtsort: ").e(LOC, g.row(cc)[0]).t("\n")
    b.t(f"\nVerwarnungsgeld: {g.money(cc, 30, 250)} - bitte bis ").e(DT, g.fdate(cc, d + dt.timedelta(days=g.ri(35, 50)), wd=False)).t(" überweisen.\nIBAN: ").e(IBAN, g.iban("DE"))
    b.t(f"   BIC: {g.ch(BIC[:2] + ['HELADEF1822'])}\nVerwendungszweck: Aktenzeichen (unbedingt angeben)\nE-Mail: ")
    return b.e(EM, f"bussgeldstelle@{re.sub(r'[^a-z]', '', fold(row[0]).lower())}.de").t("\n")

@kind("de_werkstatt", "de")
def _(g):
    b, cc = B(), "de"
    p, a, v = g.person(cc), g.addr(cc), g.veh()
    d = g.rd()
    shop = g.ch(["Autohaus Weber GmbH", "Kfz-Meisterbetrieb Schulz", "Autohaus am Ring", "Bosch Car Service Krämer"])
    b.t(f"{shop}\n").e(ADR, g.addr(cc).block(" · ")).t("\nTel. ").e(PH, g.phone(cc, mob=False)).t(f"\n\nWERKSTATTAUFTRAG Nr. {g.s(6)}\n\nKunde: ")
    b.e(P, g.nm(p, g.ch(["lf", "full"]))).t("\nAnschrift: ").e(ADR, a.block(", ")).t("\nTel./Mobil: ").e(PH, g.phone(cc, mob=True))
    if g.p(0.6):
        b.t("\nE-Mail: ").e(EM, g.email(p, cc))
    b.t(f"\n\nFahrzeug: {v['make']} {v['model']}   Kennzeichen: {g.plate(cc)}   FIN: {v['vin']}\nKm-Stand: {v['miles']:,}".replace(",", ".") +
        f"   Erstzulassung: {g.ri(1, 12):02d}/{v['year']}\n\nAnnahme: ")
    f = g.dfmt(cc)
    b.e(DT, f(d, *g.rt(day=True))).t("   Fertigstellung (voraussichtlich): ").e(DT, f(d + dt.timedelta(days=g.ri(0, 2)), g.ri(15, 18), 0)).t("\n\nArbeiten:\n")
    for _ in range(g.ri(2, 4)):
        b.t(f"- {g.ch(['Inspektion nach Herstellervorgabe', 'Bremsbeläge vorne erneuern', 'HU/AU vorbereiten', 'Klimaservice', 'Fehlerspeicher auslesen', 'Reifenwechsel + Einlagerung'])}"
            f"   AW {g.ri(2, 30)}   {g.money(cc, 20, 600)}\n")
    b.t(f"\nTeile: {g.code('#@# ### ###')} Bremsbelagsatz, {g.code('##.##.#-###.###')} Ölfilter\nSumme brutto: {g.money(cc, 120, 2400)} (inkl. 19 % MwSt.)\n")
    b.t("Zahlung per SEPA-Lastschrift, IBAN ").e(IBAN, g.iban("DE")).t(f", Mandatsreferenz {g.code('WA-######')}\n\nUnterschrift Kunde: ").e(P, p.full)
    return b.t("\n")

@kind("de_carsharing", "de")
def _(g):
    b, cc = B(), "de"
    p, a = g.person(cc), g.addr(cc)
    brand = g.ch(["MILES", "SHARE NOW", "stadtmobil", "cambio", "Flinkster"])
    mail_hdr(b, g, None, f"noreply@{brand.lower().replace(' ', '')}.de", g.email(p, cc), f"Willkommen bei {brand} - Deine Registrierung", tp=p.full)
    b.t("Hallo ").e(P, p.first).t(g.ch([",\n\n", "!\n\n"]))
    b.t("deine Registrierung ist abgeschlossen. Bitte prüfe deine Angaben:\n\nName: ").e(P, p.full).t("\nGeburtsdatum: ")
    b.e(DOB, g.fdate(cc, g.rdob(), wd=False)).t("\nFührerscheinnummer: ").e(DL, g.dl(cc)).t("   gültig bis: ").e(DT, g.fdate(cc, g.rd(2027, 2033), wd=False))
    b.t("\nAdresse: ").e(ADR, a.block(", ")).t("\nMobilnummer: ").e(PH, g.phone(cc, mob=True)).t("\n\nSEPA-Lastschriftmandat\nKontoinhaber: ").e(P, p.full)
    b.t("\nIBAN: ").e(IBAN, g.iban("DE")).t(f"\nMandatsreferenz: {g.code('MND########')}   Gläubiger-ID: DE{g.s(2)}ZZZ{g.s(11)}\n\n")
    b.t(f"Dein Tarif: {g.ch(['Basic', 'Plus', 'Flex'])} · Freischaltgebühr {g.money(cc, 0.5, 1.5)} · Minutenpreis ab {g.money(cc, 0.19, 0.49)}\n")
    b.t("Fragen? ").e(URL, f"https://www.{brand.lower().replace(' ', '')}.de/hilfe").t(" oder Hotline ").e(PH, g.tollfree(cc))
    return b.t(f"\n\nViel Spaß beim Fahren!\nDein {brand} Team\n")

@kind("fr_avis_contravention", "fr")
def _(g):
    b, cc = B(), "fr"
    p, a, row = g.person(cc), g.addr(cc), g.row(cc)
    d = g.rd()
    b.t(f"RÉPUBLIQUE FRANÇAISE\nAgence Nationale de Traitement Automatisé des Infractions\nAVIS DE CONTRAVENTION\n\nNuméro de l'avis : "
        f"{g.s(10)} {g.s(4)}   Date d'envoi : ").e(DT, g.fdate(cc, d + dt.timedelta(days=g.ri(3, 10)), wd=False)).t("\n\n")
    _addressee(b, g, p, a, "fr", caps=0.6)
    b.t(f"Titulaire du certificat d'immatriculation du véhicule {g.plate(cc)} ({g.veh()['make']})\n\nLe ")
    b.e(DT, g.fdate(cc, d, wd=False, sty="{dd}/{mm}/{Y}") + " à " + g.ftime(cc)).t(", sur la commune de ").e(LOC, row[0])
    b.t(f" ({row[2]}), {g.ch(['RN 7', 'A7', 'D 906', 'boulevard périphérique'])}, il a été constaté : excès de vitesse inférieur à 20 km/h "
        f"par un véhicule à moteur, vitesse limite autorisée {g.ch([50, 80, 90, 110])} km/h, vitesse retenue {g.ri(55, 125)} km/h.\n"
        f"Appareil de contrôle n° {g.s(5)}   Code NATINF {g.ch(['11300', '11302', '21785'])}\n\n")
    b.t(f"Montant de l'amende forfaitaire : {g.ch(['135', '68', '45'])},00 €. Montant minoré : {g.ch(['90', '45', '35'])},00 € si vous payez avant le ")
    b.e(DT, g.fdate(cc, d + dt.timedelta(days=g.ri(15, 45)), wd=False)).t(".\n\nPaiement sur ").e(URL, "https://www.amendes.gouv.fr/tai")
    b.t(f" ou par téléphone au ").e(PH, g.ch(["0 811 10 10 10", g.tollfree(cc)])).t(f" (code service télépaiement {g.s(4)}).\n")
    if g.p(0.5):
        dsg = g.person(cc)
        b.t("\nFORMULAIRE DE REQUÊTE EN EXONÉRATION - désignation du conducteur\nNom, prénom : ").e(P, g.nm(dsg, "lfcaps"))
        b.t("\nNé(e) le : ").e(DOB, g.fdate(cc, g.rdob(), wd=False)).t("   N° de permis : ").e(DL, g.dl(cc)).t("\nAdresse : ").e(ADR, g.addr(cc).block(", "))
        b.t("\n")
    return b

@kind("fr_bon_commande", "fr")
def _(g):
    b, cc = B(), "fr"
    p, a, v = g.person(cc), g.addr(cc), g.veh()
    conc = g.ch(["Garage du Centre", "Renault Retail Group", "Peugeot Jean Lain Automobiles", "Citroën Bernard Automobiles"])
    b.t(f"{conc.upper()} - BON DE COMMANDE VÉHICULE {g.ch(['NEUF', 'D’OCCASION'])}\nN° {g.code('BC-######')}   Vendeur : ").e(P, g.nm(g.person(cc), "full"))
    b.t("\nDate : ").e(DT, g.fdate(cc, wd=False)).t("\n\nCLIENT\n").t(g.title(p, "fr") + " ").e(P, g.nm(p, "full")).t("\nNé(e) le ")
    b.e(DOB, g.fdate(cc, g.rdob(), wd=False)).t(" à ").e(LOC, g.row(cc)[0]).t("\nAdresse : ").e(ADR, a.block(", ")).t("\nTél. : ")
    b.e(PH, g.phone(cc, mob=True)).t("   Courriel : ").e(EM, g.email(p, cc)).t("\nPermis de conduire n° ").e(DL, g.dl(cc)).t("\n\n")
    b.t(f"VÉHICULE : {v['make']} {v['model']} {v['trim']}  VIN {v['vin']}  Couleur : {g.ch(['Blanc Glacier', 'Gris Titanium', 'Noir Étoilé'])}\n"
        f"Prix TTC : {g.money(cc, 14000, 62000)}   Remise : {g.money(cc, 0, 4000)}   Reprise : {g.money(cc, 0, 12000)}\n"
        f"Bonus écologique : {g.money(cc, 0, 4000)}   Frais d'immatriculation : {g.money(cc, 150, 600)}\n\nLivraison prévue le ")
    b.e(DT, g.fdate(cc, wd=False)).t(f"\nAcompte versé : {g.money(cc, 500, 3000)} - prélèvement sur IBAN ").e(IBAN, g.iban("FR"))
    return b.t("\nSignature du client précédée de la mention « Bon pour commande »\n")

@kind("es_denuncia", "es")
def _(g):
    b, cc = B(), "es"
    p, a, row = g.person(cc), g.addr(cc), g.row(cc)
    b.t(f"DIRECCIÓN GENERAL DE TRÁFICO\nJefatura Provincial de Tráfico de ").e(LOC, row[1]).t(f"\nNOTIFICACIÓN DE DENUNCIA\nExpediente: {g.s(10)}\n\n")
    _addressee(b, g, p, a, "es", caps=0.5)
    d = g.rd()
    b.t(f"Titular del vehículo matrícula {g.plate(cc)}\n\nFecha y hora: ").e(DT, g.fdt(cc, d, wd=False)).t("\nLugar: ")
    b.t(f"{g.ch(['A-6', 'AP-7', 'N-340', 'A-4', 'M-30'])} km {g.ri(1, 600)},{g.s(3)}, término municipal de ").e(LOC, g.row(cc)[0])
    vel = g.ri(100, 160)
    b.t(f"\nHecho denunciado: circular a {vel} km/h, estando limitada la velocidad a {g.ch([90, 100, 120])} km/h. Cinemómetro "
        f"{g.ch(['Multanova 6F', 'Velolaser'])} n.º serie {g.s(6)}.\nPrecepto infringido: art. 48 RGC. Puntos a detraer: {g.ch([0, 2, 4])}\n\n"
        f"Importe: {g.ch(['100', '300', '400', '500'])},00 €. Reducción del 50 % si abona antes del ")
    b.e(DT, g.fdate(cc, d + dt.timedelta(days=g.ri(25, 40)), wd=False)).t(".\nPago en ").e(URL, "https://sede.dgt.gob.es/es/multas/").t(" o en el teléfono ").e(PH, "060")
    b.t(".\n\nIDENTIFICACIÓN DEL CONDUCTOR (si no era usted)\nNombre y apellidos: ").e(P, g.nm(g.person(cc), "full"))
    b.t("\nPermiso de conducción n.º: ").e(DL, g.dl(cc)).t("\nDomicilio: ").e(ADR, g.addr(cc).block(", "))
    return b.t("\n")

@kind("es_alquiler", "es")
def _(g):
    b, cc = B(), "es"
    p, a = g.person(cc), g.addr(cc)
    d = g.rd()
    b.t(f"{g.ch(['Centauro', 'Goldcar', 'Record go', 'OK Mobility'])} - CONTRATO DE ALQUILER N.º {g.s(8)}\n\nConductor principal: ").e(P, g.nm(p, g.ch(["caps", "full"])))
    b.t("\nFecha de nacimiento: ").e(DOB, g.fdate(cc, g.rdob(), wd=False)).t("\nCarné de conducir: ").e(DL, g.dl(cc)).t("   Expedido: ")
    b.e(DT, g.fdate(cc, g.rd(2010, 2022), wd=False)).t("\nDomicilio: ").e(ADR, a.block(", ")).t("\nMóvil: ").e(PH, g.phone(cc, mob=True)).t("   Email: ")
    f = g.dfmt(cc)
    b.e(EM, g.email(p, cc)).t(f"\n\nRecogida: Aeropuerto {g.ch(['AGP', 'PMI', 'ALC', 'MAD', 'BCN'])} - ").e(DT, f(d, *g.rt(day=True)))
    b.t("\nDevolución: misma oficina - ").e(DT, f(d + dt.timedelta(days=g.ri(2, 14)), *g.rt(day=True)))
    v = g.veh()
    b.t(f"\nVehículo: {v['make']} {v['model']} ({g.plate(cc)}) - combustible lleno/lleno - {v['miles']} km\n"
        f"Franquicia: {g.money(cc, 600, 1500)}   Fianza bloqueada: {g.money(cc, 300, 1200)} en tarjeta {g.masked()}\n")
    b.t("Devolución de fianza por transferencia a IBAN: ").e(IBAN, g.iban("ES")).t("\n")
    return b.t("El cliente declara haber leído las condiciones generales.\n")

@kind("it_verbale", "it")
def _(g):
    b, cc = B(), "it"
    p, a, row = g.person(cc), g.addr(cc), g.row(cc)
    b.t("COMANDO POLIZIA LOCALE DI ").e(LOC, row[0].upper()).t(f"\nVERBALE DI ACCERTAMENTO DI VIOLAZIONE N. {g.s(6)}/{g.ri(2021, 2026)}/V\n\n")
    b.t("Il giorno ").e(DT, g.fdate(cc, wd=False, sty="{dd}/{mm}/{Y}") + " alle ore " + g.ftime(cc)).t(f", in {g.ch(['Via', 'Viale', 'Corso'])} ")
    b.t(f"{g.ch(['Emilia', 'Aurelia', 'Tiburtina', 'Cassia', 'Appia'])} km {g.ri(1, 90)}, il veicolo targato {g.plate(cc)} transitava alla velocità di "
        f"{g.ri(60, 130)} km/h (limite {g.ch([50, 70, 90])} km/h), rilevata con apparecchiatura {g.ch(['Autovelox 106', 'T-Red', 'Velocar'])} "
        f"omologata.\nViolazione: art. 142 c. {g.ch([7, 8, 9])} C.d.S.\n\nTRASGRESSORE / OBBLIGATO IN SOLIDO\n")
    b.t(g.title(p, "it") + " ").e(P, g.nm(p, g.ch(["full", "lfcaps"]))).t(", nato/a il ").e(DOB, g.fdate(cc, g.rdob(), wd=False)).t(" a ").e(LOC, g.row(cc)[0])
    b.t("\nresidente in ").e(ADR, a.block(", ")).t("\nPatente n. ").e(DL, g.dl(cc)).t("\n\n")
    b.t(f"Importo: {g.money(cc, 42, 850)} (ridotto del 30% se pagato entro 5 giorni)\nPagamento tramite bonifico IBAN ").e(IBAN, g.iban("IT"))
    b.t(f"\nCausale: verbale n. {g.s(6)}\nPEC: ").e(EM, f"polizialocale@pec.comune.{re.sub(r'[^a-z]', '', fold(row[0]).lower())}.it")
    return b.t("  Tel. ").e(PH, g.phone(cc, mob=False)).t("\nL'agente accertatore matricola " + g.s(4) + "\n")

@kind("pt_portagens", "pt")
def _(g):
    b, cc = B(), "pt"
    p, a = g.person(cc), g.addr(cc)
    b.t(f"Via Verde Portugal\nEXTRATO MENSAL - Identificador {g.s(9)}\nContrato n.º {g.s(8)}\n\n")
    _addressee(b, g, p, a)
    d, f = g.rd(), g.dfmt(cc)
    b.t("Data de emissão: ").e(DT, g.fdate(cc, d, wd=False)).t(f"\n\nMatrícula {g.plate(cc)}\n\nData/Hora            Pórtico / Praça             Classe   Valor\n")
    for k, h, mi in sorted(((g.ri(3, 33), *g.rt()) for _ in range(g.ri(3, 7))), key=lambda x: (-x[0], x[1], x[2])):
        b.e(DT, f(d - dt.timedelta(days=k), h, mi)).t(f"   {g.ch(['A1', 'A2', 'A22', 'A25', 'A28', 'A5'])} - {g.code('P###')}            {g.ri(1, 4)}   {g.money(cc, 0.5, 22)}\n")
    b.t(f"\nTotal do mês: {g.money(cc, 10, 200)}\nDébito direto na conta IBAN ").e(IBAN, g.iban("PT")).t(" em ").e(DT, g.fdate(cc, d + dt.timedelta(days=g.ri(8, 20)), wd=False))
    b.t("\nApoio ao cliente: ").e(PH, g.tollfree(cc)).t(" · ").e(EM, g.email(p, cc)).t(" (email registado)\n")
    return b

NOTICE = {
    "sv_trangselskatt": dict(
        cc="sv", org="Transportstyrelsen\nTrängselskatt", title="Beslut om trängselskatt", ref="Beslutsnummer",
        ref_pat="##########", date="Beslutsdatum", intro="Fordonet {plate} har passerat betalstationer i ",
        table=("Datum och tid", "Betalstation", "Skatt"), lo=11, hi=45, amount="Att betala", due="Förfallodag",
        pay=[("Bankgiro", ACC, "####-####"), ("OCR-nummer", None, "##############")], phone="Kundtjänst",
        url="https://www.transportstyrelsen.se/sv/vagtrafik/trangselskatt", outro="Betala i tid för att undvika tilläggsavgift på 500 kr."),
    "da_kontrolafgift": dict(
        cc="da", org="ParkZone A/S", title="KONTROLAFGIFT", ref="Afgiftsnummer", ref_pat="#########", date="Udstedt",
        intro="Køretøjet {plate} er registreret i strid med skiltningen på parkeringsarealet.",
        fields=[("Tidspunkt", "dt"), ("Sted", "loc"), ("Reg.nr.", "plate"), ("Overtrædelse", "Parkering uden gyldig p-billet")],
        lo=595, hi=795, amount="Beløb", due="Betales senest", pay=[("Reg.nr.", None, "####"), ("Kontonr.", ACC, "##########")],
        phone="Telefon", url="https://www.parkzone.dk/betal-afgift", outro="Indsigelse skal ske skriftligt inden 14 dage."),
    "no_bompenger": dict(
        cc="no", org="Fjellinjen AS - AutoPASS", title="FAKTURA FOR BOMPASSERINGER", ref="Fakturanummer", ref_pat="########",
        date="Fakturadato", intro="Passeringer registrert på kjøretøy {plate} i ", table=("Dato/tid", "Bomstasjon", "Beløp"),
        lo=15, hi=60, amount="Å betale", due="Forfallsdato", pay=[("Kundenummer", ACC, "#######"), ("Kontonummer", ACC, "####.##.#####"),
                                                                ("KID", None, "###############")],
        phone="Kundeservice", url="https://www.autopass.no/min-side", outro="Ved for sen betaling påløper purregebyr."),
    "fi_pysakointi": dict(
        cc="fi", org="Pysäköinninvalvonta", title="PYSÄKÖINTIVIRHEMAKSU", ref="Virhemaksun numero", ref_pat="#######-#",
        date="Päiväys", intro="Ajoneuvo {plate} on pysäköity liikennemerkkien vastaisesti.",
        fields=[("Aika", "dt"), ("Paikka", "loc"), ("Rekisteritunnus", "plate"), ("Virhe", "Pysäköinti maksamatta")],
        lo=60, hi=80, amount="Maksu", due="Eräpäivä", pay=[("Tilinumero", IBAN, "IBAN"), ("Viitenumero", None, "##### ##### ####")],
        phone="Asiakaspalvelu", url="https://www.hel.fi/pysakointi", outro="Oikaisuvaatimus on tehtävä 14 päivän kuluessa."),
    "cs_vyzva": dict(
        cc="cs", org="Městský úřad - odbor dopravy a silničního hospodářství", title="VÝZVA K UHRAZENÍ URČENÉ ČÁSTKY",
        ref="Č. j.", ref_pat="MěÚ/#####/####", date="Datum", intro="Vozidlo RZ {plate} bylo zaznamenáno automatizovaným technickým prostředkem.",
        fields=[("Datum a čas", "dt"), ("Místo", "loc"), ("RZ", "plate"), ("Rychlost", "naměřená 78 km/h, povolená 50 km/h")],
        lo=700, hi=2500, amount="Určená částka", due="Splatnost", pay=[("Číslo účtu", ACC, "##-##########/0710"), ("Variabilní symbol", None, "##########")],
        phone="Telefon", url="https://www.mesto-urad.cz/prestupky", outro="Neuhrazení částky vede k zahájení přestupkového řízení."),
    "tr_ceza": dict(
        cc="tr", org="T.C. İçişleri Bakanlığı\nEmniyet Genel Müdürlüğü - Trafik Denetleme Şube Müdürlüğü",
        title="TRAFİK İDARİ PARA CEZASI KARAR TUTANAĞI", ref="Tutanak Seri/Sıra No", ref_pat="@@ ######", date="Düzenleme Tarihi",
        intro="{plate} plakalı araç için aşağıdaki ihlal tespit edilmiştir.",
        fields=[("İhlal Tarihi/Saati", "dt"), ("İhlal Yeri", "loc"), ("Plaka", "plate"), ("İhlal", "Hız sınırını %10-30 aşmak (2918 s. KTK md. 51/2-a)")],
        lo=1500, hi=9000, amount="Ceza Tutarı", due="Son ödeme tarihi", pay=[("IBAN", IBAN, "IBAN")], phone="Bilgi hattı",
        url="https://www.turkiye.gov.tr/emniyet-arac-plakasina-yazilan-ceza-sorgulama", outro="15 gün içinde ödenirse %25 indirim uygulanır."),
    "pl_fotoradar": dict(
        cc="pl", org="Główny Inspektorat Transportu Drogowego\nCentrum Automatycznego Nadzoru nad Ruchem Drogowym",
        title="WEZWANIE DO WSKAZANIA KIERUJĄCEGO POJAZDEM", ref="Sygnatura sprawy", ref_pat="CAN-PW-W.###.#####.####",
        date="Data", intro="Pojazd o numerze rejestracyjnym {plate} przekroczył dopuszczalną prędkość.",
        fields=[("Data i godzina", "dt"), ("Miejsce", "loc"), ("Nr rej.", "plate"), ("Prędkość", "dopuszczalna 70 km/h, zmierzona 98 km/h")],
        lo=300, hi=1500, amount="Grzywna", due="Termin odpowiedzi", pay=[("Rachunek", IBAN, "IBAN")], phone="Infolinia",
        url="https://canard.gitd.gov.pl/cms/zdjecia", outro="Oświadczenie: kierującym był(a) {driver}, nr prawa jazdy {dl}, ur. {dob}."),
    "nl_cjib": dict(
        cc="nl", org="Centraal Justitieel Incassobureau (CJIB)\nMinisterie van Justitie en Veiligheid", title="BESCHIKKING - Wet Mulder",
        ref="CJIB-nummer", ref_pat="NEG16", date="Datum",
        intro="Met het voertuig met kenteken {plate} is de volgende overtreding begaan.",
        fields=[("Datum en tijd", "dt"), ("Pleegplaats", "loc"), ("Kenteken", "plate"), ("Feit", "Overschrijding maximumsnelheid buiten de bebouwde kom met 12 km/h")],
        lo=50, hi=400, amount="Te betalen", due="Uiterste betaaldatum", pay=[("IBAN", IBAN, "IBAN"), ("Betalingskenmerk", None, "NEG16")],
        phone="Klantenservice", url="https://www.cjib.nl/betalen", outro="Bent u het niet eens met deze beschikking? Stel binnen 6 weken beroep in."),
}

ROADS = {"da": ["P-plads ###", "P-hus niveau #"], "fi": ["pysäköintialue ##", "kadunvarsipaikka ###"],
         "cs": ["silnice I/##", "silnice II/###", "D1 km ###"], "tr": ["D-100 km ###", "O-4 km ##", "E-5 km ###"],
         "pl": ["DK## km ###", "S7 km ###", "A2 km ###"], "nl": ["A2 hmp ###,#", "A12 hmp ##,#", "A28 hmp ###,#", "N57 hmp ##,#"]}

def _notice(g, S):
    b, cc = B(), S["cc"]
    p, a, row = g.person(cc), g.addr(cc), g.row(cc)
    place = f"{row[1]}/{row[0]}" if cc == "tr" else (g.ch(["Stockholm", "Göteborg"]) if cc == "sv" else row[0])
    plate = g.plate(cc)
    d0 = g.rd()
    d1, f = d0 + dt.timedelta(days=g.ri(26 if "table" in S else 3, 40)), g.dfmt(cc)
    ref = g.bad_pan() if S["ref_pat"] == "NEG16" else g.code(S["ref_pat"])
    b.t(S["org"] + "\n\n" + f"{S['ref']}: {ref}\n{S['date']}: ").e(DT, g.fdate(cc, d1, wd=False)).t("\n\n")
    _addressee(b, g, p, a, "tr" if cc == "tr" else ("pl" if cc == "pl" else None))
    b.t(S["title"] + "\n\n")
    if "table" in S:
        b.t(S["intro"].format(plate=plate)).e(LOC, place).t(".\n\n" + "   ".join(S["table"]) + "\n")
        for k, h, mi in sorted((g.ri(0, 25), *g.rt()) for _ in range(g.ri(2, 6))):
            b.e(DT, f(d0 + dt.timedelta(days=k), h, mi)).t(f"   {g.code('###')}   {g.money(cc, S['lo'] / 3, S['hi'] / 3)}\n")
    else:
        b.t(S["intro"].format(plate=plate) + "\n\n")
        for lab, k in S["fields"]:
            b.t(lab + ": ")
            if k == "dt":
                b.e(DT, f(d0, *g.rt()))
            elif k == "loc":
                b.e(LOC, place).t(", " + g.code(g.ch(ROADS[cc])))
            else:
                b.t(plate if k == "plate" else k)
            b.t("\n")
    b.t(f"\n{S['amount']}: {g.money(cc, S['lo'], S['hi'])}\n{S['due']}: ").e(DT, g.fdate(cc, d1 + dt.timedelta(days=g.ri(14, 30)), wd=False)).t("\n")
    for lab, typ, pat in S["pay"]:
        val = g.iban(CC2[cc]) if pat == "IBAN" else (g.bad_pan() if pat == "NEG16" else g.code(pat))
        b.t(f"{lab}: ").e(typ, val).t("\n")
    b.t(S["phone"] + ": ").e(PH, g.phone(cc, mob=False)).t("\n").e(URL, S["url"]).t("\n\n")
    if "{driver}" in S["outro"]:
        pre, rest = S["outro"].split("{driver}")
        b.t(pre).e(P, g.nm(g.person(cc), "full")).t(", nr prawa jazdy ").e(DL, g.dl(cc)).t(", ur. ").e(DOB, g.fdate(cc, g.rdob(), wd=False)).t(".\n")
    else:
        b.t(S["outro"] + "\n")
    return b

for _k, _S in NOTICE.items():
    kind(_k, _S["cc"])(lambda g, S=_S: _notice(g, S))

# --------------------------------------------------------------------------- entity-free kinds (hard negatives only)
@kind("neg_can_log", "en", neg=True)
def _(g):
    b, clk = B(), g.clock()
    dev, trip = g.code("TCU-#####-@@"), g.uuid()
    b.t(f"# telematics gateway {dev}  fw {g.ver()}  cfg sha256:{g.s(64, HEX)}\n")
    for _ in range(g.ri(8, 16)):
        k = g.ri(0, 3)
        b.t(clk() + " ")
        b.t([lambda: f"DEBUG can0 id=0x{g.s(8, HEX).upper()} dlc=8 data={' '.join(g.s(2, HEX).upper() for _ in range(8))}",
             lambda: f"INFO  gnss fix=3D sats={g.ri(4, 14)} hdop={g.ri(5, 30) / 10} spd_kph={g.ri(0, 130)} hdg={g.ri(0, 359)}",
             lambda: f"INFO  trip={trip} odo_km={g.ri(1000, 250000)} soc={g.ri(5, 100)}% vin={g.vin()}",
             lambda: f"WARN  dtc={g.ch(['P0A80', 'U0100', 'P0300', 'B1318', 'C1201'])} mil=on ecu=0x{g.s(2, HEX)} epoch={g.ri(1640000000, 1780000000)}"][k]())
        b.t("\n")
    return b.t(f"# upload ok bytes={g.ri(2000, 90000)} crc32={g.s(8, HEX)} took {g.ri(40, 900)}ms\n")

@kind("neg_fw_notes", "en", neg=True)
def _(g):
    b, v = B(), g.ver()
    b.t(f"{g.ch(['WallBox Pro', 'DC Fast 150', 'HomeCharge 2', 'Terra AC'])} firmware {v} (build {g.ri(1000, 9999)}.{g.ri(1, 12)}-{g.ch(['rc1', 'rc2', 'ga'])})\n\n"
        f"Compatible hardware: HW-{g.code('@#')}, HW-{g.code('@#')}   Upgrade path: >= {g.ver()}\nOCPP: 1.6J / 2.0.1   ISO 15118 plug&charge: {g.ch(['beta', 'enabled'])}\n\nFixed\n")
    for _ in range(g.ri(3, 6)):
        b.t(f"- {g.ch(['Session not stopped after RFID swipe', 'Meter values drift after 65535 Wh', 'Reboot loop when LTE modem absent', 'Wrong StatusNotification on connector 2', 'Load balancing ignores phase 3', 'Heartbeat interval reset to 300 s'])}"
            f" ({g.code('FW-####')})\n")
    b.t(f"\nKnown issues\n- Error code {g.code('E###')} may appear after {g.ri(10, 90)} min idle; workaround: power cycle.\n\n"
        f"Artifacts\n{g.code('fw_' + v.replace('.', '_'))}.bin  sha256 {g.s(64, HEX)}\nsigned with key id {g.s(16, HEX)}  size {g.ri(3, 40)} MB\n")
    return b

@kind("neg_parts_list", "en", neg=True)
def _(g):
    b, cc = B(), g.ch(["us", "uk", "ca"])
    b.t(f"ACCESSORY ORDER CONFIRMATION   Order {g.code('SO-####-######')}   PO {g.code('PO####')}\nShip method: {g.ch(['Ground', '2-Day', 'Will call'])}   "
        f"Tracking {g.code('1Z###@@#########')}\n\nPART NO.          DESCRIPTION                         QTY   UNIT     EXT\n")
    for _ in range(g.ri(3, 8)):
        q = g.ri(1, 6)
        b.t(f"{g.code(g.ch(['#####-@@@-@##', '##@@#####@@', '@@##-####-@']))}  {g.ch(['All-weather floor liners', 'Roof rack crossbars', 'Level 2 charging cable 7.4 kW', 'Cargo tray', 'Wheel lock kit', 'Mud guards (set of 4)', 'Trailer hitch receiver'])}"
              f"   {q}   {g.money(cc, 15, 600)}   {g.money(cc, 15, 1800)}\n")
    return b.t(f"\nSubtotal {g.money(cc, 50, 3000)}  Tax {g.money(cc, 3, 200)}  Freight {g.money(cc, 0, 90)}\nInvoice {g.code('INV-########')} - "
               f"net 30. Returns require RMA {g.code('RMA-#####')}. Core charge {g.money(cc, 10, 150)} refundable.\n")

@kind("neg_fleet_report", "en", neg=True)
def _(g):
    b = B()
    b.t(f"FLEET UTILIZATION REPORT - Q{g.ri(1, 4)} {g.ri(2021, 2026)}   report id {g.uuid()}   generated by analytics {g.ver()}\n\n"
        f"UNIT   PLATE      VIN                  UTIL%   MILES    KWH/100MI   IDLE H   COST/MI\n")
    for _ in range(g.ri(5, 10)):
        b.t(f"{g.ri(100, 999)}    {g.plate('us'):<9}  {g.vin()}    {g.ri(20, 95)}    {g.ri(300, 9000):>6}    {g.ri(24, 48)}.{g.s(1)}        {g.ri(0, 120):>3}    ${g.ri(8, 90) / 100:.2f}\n")
    return b.t(f"\nFleet avg utilization {g.ri(40, 85)}%  (target 75%)  Charging sessions {g.ri(100, 3000)}  Downtime {g.ri(10, 400)} h\n"
               f"Top DTC: {g.ch(['P0A80', 'P0420', 'U0100'])} ({g.ri(2, 20)} units). Next review in two weeks.\n")

@kind("neg_api_errors", "en", neg=True)
def _(g):
    b = B()
    svc, clk = g.ch(["pricing-svc", "eta-engine", "tolling-adapter", "ocpp-gateway"]), g.clock()
    for _ in range(g.ri(4, 8)):
        b.t(f"{clk()} ERROR [{svc}] request_id={g.uuid()} {g.ch(['upstream timeout after 3000ms', 'circuit open for maps-provider', 'schema validation failed: field surge_multiplier', 'deadlock detected, retrying (2/5)'])}"
            f" span={g.s(16, HEX)} version={g.ver()}\n")
    return b.t(f"Traceback (most recent call last):\n  File \"/app/{svc.replace('-', '_')}/handlers.py\", line {g.ri(20, 900)}, in quote\n    "
               f"raise UpstreamError(code={g.ri(500, 504)})\nUpstreamError: 503 after {g.ri(1, 5)} retries (job {g.code('JOB-######')})\n")

@kind("neg_ci_build", "en", neg=True)
def _(g):
    b = B()
    sha = g.s(40, HEX)
    b.t(f"Run #{g.ri(1000, 9999)} - build-and-test (driver-app)  commit {sha[:7]}\nChecking out {sha}\n"
        f"Using node {g.ri(18, 22)}.{g.ri(0, 12)}.{g.ri(0, 9)}  pnpm {g.ri(7, 9)}.{g.ri(0, 15)}.{g.ri(0, 9)}\n"
        "env:\n  AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}\n  AWS_SECRET_ACCESS_KEY: ***\n  STRIPE_KEY: ${STRIPE_KEY}\n"
        "  SLACK_WEBHOOK: ${{ secrets.SLACK_WEBHOOK }}\n")
    b.t(f"Tests: {g.ri(300, 2000)} passed, {g.ri(0, 3)} skipped  ({g.ri(20, 300)}.{g.s(2)} s)\nCoverage {g.ri(60, 95)}.{g.s(1)}%\n"
        f"docker push registry.internal/driver-app:{g.ver()}\ndigest: sha256:{g.s(64, HEX)} size: {g.ri(1000, 9999)}\n"
        f"Artifact checksum md5 {g.s(32, HEX)}\nDone in {g.ri(2, 14)}m {g.ri(0, 59)}s\n")
    return b

@kind("neg_tsb", "en", neg=True)
def _(g):
    b, v = B(), g.veh()
    b.t(f"TECHNICAL SERVICE BULLETIN {g.code('##-@@-###')}  (supersedes {g.code('##-@@-###')})\nSUBJECT: {g.ch(['Intermittent no-start, 12V drain', 'Front brake squeal at low speed', 'HVAC blend door noise', 'Charge port door inoperative'])}\n\n"
        f"MODELS: {v['year'] - 2}-{v['year']} {v['make']} {v['model']}\nVIN RANGE: {v['vin'][:11]}{g.s(6)} through {v['vin'][:11]}{g.s(6)}\n\n"
        f"CONDITION: Customer may report the condition above; DTC {g.ch(['B1A00', 'P0562', 'U0140'])} may be stored.\n"
        f"CORRECTION: Reprogram BCM to software {g.ver()}; replace bracket P/N {g.code('#####-@@@-@##')} if cracked.\n"
        f"LABOR OP {g.code('@####')}  {g.ri(2, 30) / 10:.1f} hr   Warranty type {g.ch(['A', 'B'])}, failure code {g.code('@@##')}\n"
        "Parts are on allocation; expect shipment within 5 business days.\n")
    return b

@kind("neg_de_teileliste", "de", neg=True)
def _(g):
    b = B()
    b.t(f"Teilebestellung Nr. {g.code('TB-######')}   Lieferschein {g.s(8)}   Kundennr. intern siehe Auftrag\n\nPos  Teilenummer        Bezeichnung                     Menge   Preis\n")
    for i in range(g.ri(3, 8)):
        b.t(f"{i + 1:>3}  {g.code(g.ch(['#@# ### ### @', '## ## # ### ###', '@ ### ### ## ##']))}   {g.ch(['Bremsscheibe vorne', 'Luftfilter', 'Zündkerze', 'Wischerblatt-Satz', 'Innenraumfilter Aktivkohle', 'Ladekabel Typ 2', 'Radschraube'])}"
              f"   {g.ri(1, 8)}   {g.money('de', 4, 480)}\n")
    return b.t(f"\nNetto {g.money('de', 40, 2000)}  zzgl. 19 % MwSt.  Versand DHL {g.code('JJD################')}\nAltteilpfand {g.money('de', 5, 90)} wird gutgeschrieben.\n")

@kind("neg_fr_tarifs", "fr", neg=True)
def _(g):
    b = B()
    b.t(f"GRILLE TARIFAIRE {g.ri(2023, 2026)} - réseau autoroutier, section {g.code('A## / S##')}\nTarifs TTC en euros, TVA 20 % incluse\n\n"
        "Classe   Gare         Trajet complet   Abonnement\n")
    for c in range(1, g.ri(3, 6)):
        b.t(f"  {c}      {g.code('G###')}        {g.money('fr', 2, 60)}        {g.money('fr', 1, 40)}\n")
    return b.t(f"\nRecharge rapide sur aires de service : {g.money('fr', 0.39, 0.79)}/kWh, frais de session {g.money('fr', 0, 1)}\n"
               f"Badge télépéage : frais de gestion {g.money('fr', 0, 3)} par mois. Référence de l'arrêté {g.code('TREX######@')}.\n")

# --------------------------------------------------------------------------- generation
EN = [k for k in KINDS if k[1] == "en" and not k[2]]
INTL = [k for k in KINDS if k[1] != "en" and not k[2]]
NEG = [k for k in KINDS if k[2]]

def _build(seed, i):
    r0 = random.Random(f"{seed}-{i}")
    x = r0.random()
    name, lang, neg, f = r0.choice(NEG if x < 0.12 else INTL if x < 0.36 else EN)
    for att in range(40):
        b = f(G(r0 if att == 0 else random.Random(f"{seed}-{i}-{att}")))
        txt = b.text()
        if 150 <= len(txt) <= 3000:
            return name, lang, neg, txt, [dict(e) for e in b.ents]
    raise RuntimeError(f"could not build doc {i} ({name}) within length bounds")

def generate(n: int, seed: int = 0):
    """Yield n documents {"id", "text", "entities"}; doc i is a pure function of (seed, i)."""
    for i in range(n):
        _n, _l, _neg, txt, ents = _build(seed, i)
        yield {"id": f"blind47-{seed}-{i:06d}", "text": txt, "entities": ents}

_RX = {AKI: r"AKIA[A-Z2-7]{16}", ASK: r"[A-Za-z0-9/+]{40}", GHT: r"(gh[pos]_[A-Za-z0-9]{36}|github_pat_\w{82})",
       SLK: r"xox[bp]-[0-9A-Za-z-]+", STK: r"[sr]k_live_[A-Za-z0-9]{24,}", URL: r"https?://\S+", EM: r"[^@\s]+@[^@\s]+\.[a-zA-Z]{2,}",
       PEM: r"-----BEGIN [A-Z ]+-----\n[\s\S]+\n-----END [A-Z ]+-----"}
_EXACT = {EM, PH, URL, IP, CARD, IBAN, SSN, ACC, DL, MRN, HPN, AKI, ASK, GHT, SLK, STK, JWT, PEM, PWD, SEC}

def _problems(txt, ents):
    import ipaddress
    out, last = [], 0
    if not 150 <= len(txt) <= 3000:
        out.append(f"length {len(txt)}")
    for e in sorted(ents, key=lambda e: e["start"]):
        s, t, ty = e["start"], e["end"], e["type"]
        v = txt[s:t] if 0 <= s < t <= len(txt) else ""
        if not v or ty not in TYPES:
            out.append(f"bad span {e}")
            continue
        if s < last:
            out.append(f"overlap at {s}")
        last = t
        if v != v.strip() or v[-1] in ",;:" or v[0] in "\"'<[" or (v[0] == "(" and ")" not in v) or (v[-1] == ")" and "(" not in v) or v[-1] in "\"'>]":
            out.append(f"untrimmed {ty} {v!r}")
        ok = True
        if ty == CARD:
            ok = luhn_ok(v) and 13 <= len(re.sub(r"\D", "", v)) <= 19
        elif ty == IBAN:
            ok = iban_ok(v) and len(v.replace(" ", "")) == IBAN_LEN.get(v[:2], -1)
        elif ty == SSN:
            ok = ssn_ok(v)
        elif ty == IP:
            try:
                ipaddress.ip_address(v)
            except ValueError:
                ok = False
        elif ty == JWT:
            try:
                ok = "alg" in json.loads(base64.urlsafe_b64decode(v.split(".")[0] + "==")) and v.count(".") == 2
            except Exception:
                ok = False
        elif ty in _RX:
            ok = re.fullmatch(_RX[ty], v) is not None
        if not ok:
            out.append(f"invalid {ty} {v!r}")
    cov = [False] * len(txt)
    for e in ents:
        for k in range(e["start"], e["end"]):
            cov[k] = True
    for e in ents:  # the same exact value must never appear unlabelled elsewhere
        v = txt[e["start"]:e["end"]]
        if e["type"] in _EXACT and len(v) >= 6:
            for m in re.finditer(re.escape(v), txt):
                if not all(cov[m.start():m.end()]):
                    out.append(f"unlabelled repeat of {e['type']} {v!r}")
    for rx, ty in ((r"https?://[^\s\"'<>)]+", URL), (r"[\w.+-]+@[\w-]+(\.[\w-]+)+", EM),
                   (r"(?<![\w.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\w.])", IP), (r"AKIA[A-Z2-7]{16}", AKI),
                   (r"(?<![\w-])\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{4}(?![\w-])", CARD), (r"(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])", SSN)):
        for m in re.finditer(rx, txt):
            if (ty == CARD and not luhn_ok(m.group())) or (ty == SSN and not ssn_ok(m.group())):
                continue
            if not any(cov[m.start():m.end()]):
                out.append(f"unlabelled {ty}-like {m.group()!r}")
    return out

def check(n=3000, seed=0):
    types, kinds, probs = Counter(), Counter(), []
    nneg = nint = warn = 0
    for i in range(n):
        name, lang, neg, txt, ents = _build(seed, i)
        kinds[name] += 1
        nneg += not ents
        nint += lang != "en"
        if neg and ents:
            probs.append(f"doc {i} ({name}): negative kind has entities")
        if not neg and not ents:
            probs.append(f"doc {i} ({name}): no entities")
        for e in ents:
            types[e["type"]] += 1
        for p_ in _problems(txt, ents):
            probs.append(f"doc {i} ({name}): {p_}")
        names = {txt[e["start"]:e["end"]] for e in ents if e["type"] == P and len(txt[e["start"]:e["end"]]) > 4}
        cov = {k for e in ents for k in range(e["start"], e["end"])}
        for nm_ in names:
            for m in re.finditer(r"(?<!\w)" + re.escape(nm_) + r"(?!\w)", txt):
                if m.start() not in cov:
                    warn += 1
    for i in range(0, n, max(1, n // 40)):
        if _build(seed, i) != _build(seed, i):
            probs.append(f"doc {i}: not deterministic")
    print(f"documents: {n}   kinds: {len(KINDS)} (en {len(EN)}, other languages {len(INTL)}, entity-free {len(NEG)})")
    print(f"entity-free docs: {nneg} ({100 * nneg / n:.1f}%)   non-English docs: {nint} ({100 * nint / n:.1f}%)   "
          f"person-name repeats outside spans (warning): {warn}")
    print("\nentities per type:")
    for t in TYPES:
        print(f"  {t:<24}{types[t]:>7}")
    print(f"  {'TOTAL':<24}{sum(types.values()):>7}\n\ndocuments per kind:")
    for k, c in sorted(kinds.items()):
        print(f"  {k:<26}{c:>5}")
    missing = [t for t in TYPES if not types[t]] + [k[0] for k in KINDS if not kinds[k[0]]]
    if missing:
        probs.append(f"never produced: {missing}")
    for p_ in probs[:60]:
        print("PROBLEM:", p_)
    print(f"\n{len(probs)} problem(s)")
    return 1 if probs else 0

def sample(k, seed=0):
    for d in generate(k, seed):
        txt, out, pos = d["text"], [], 0
        for e in sorted(d["entities"], key=lambda e: e["start"]):
            out += [txt[pos:e["start"]], "[[", txt[e["start"]:e["end"]], "]]{", e["type"], "}"]
            pos = e["end"]
        out.append(txt[pos:])
        print(f"===== {d['id']}  ({_build(seed, int(d['id'].rsplit('-', 1)[1]))[0]}, {len(txt)} chars, {len(d['entities'])} entities)")
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
        sample(a.sample, a.seed)
        return 0
    fh = open(a.output, "w", encoding="utf-8") if a.output else sys.stdout
    for d in generate(a.n, a.seed):
        fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    if a.output:
        fh.close()
    return 0

if __name__ == "__main__":
    sys.exit(main())
