#!/usr/bin/env python3
"""Blind test corpus 42 -- pharmacy, telehealth and mental health.

Synthetic artefacts (patient-portal secure messages, NCPDP-like
e-prescriptions, pharmacy claim rejections, refill and prior-authorization
faxes, SOAP/DAP therapy notes, crisis-line call logs, telehealth summaries
and video invites, medication reconciliation lists, PDMP reports, HL7/FHIR
pharmacy messages, platform configs leaking secrets, multilingual clinical
letters ...) for evaluating a PII/PHI/secrets detector.  All values are
synthetic; checksummed identifiers (cards, IBANs, SSNs) are valid by
construction.  Standard library only.

    python3 bench/corpus_blind42.py --check
    python3 bench/corpus_blind42.py --sample 3
    python3 bench/corpus_blind42.py --n 500 --seed 1 --output out.jsonl

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

Corpus-specific notes: e-mail "Date:" and Outlook "Sent:" header stamps, HL7
MSH-7, NCPDP <SentTime>, vCard REV, log prefixes and chat/transcript time
prefixes are hard negatives; Zoom/Webex meeting ids, Rx numbers, NDC, NPI,
DEA/RPPS/PZN numbers, BIN/PCN, prior-auth case numbers, Stripe publishable
keys and fax job ids are hard negatives.  Local date-time joiners ("kl.",
"klo", "om", "godz.", "v", "saat") join date and time into ONE span like
"at"/"um".  Every http(s) string is a URL (incl. XML namespaces and FHIR
code-system URIs); bare "www." hosts are not.
"""
import argparse
import base64
import datetime
import json
import random
import re
import string
import sys
import unicodedata
import uuid
from collections import Counter

ALLOWED = tuple("""PERSON EMAIL_ADDRESS PHONE_NUMBER US_SSN CREDIT_CARD IBAN_CODE
IP_ADDRESS DATE_OF_BIRTH DATE_TIME LOCATION ADDRESS URL MEDICAL_RECORD_NUMBER
HEALTH_PLAN_NUMBER ACCOUNT_NUMBER DRIVER_LICENSE AWS_ACCESS_KEY AWS_SECRET_KEY
GITHUB_TOKEN SLACK_TOKEN STRIPE_KEY JWT PRIVATE_KEY PASSWORD
GENERIC_SECRET""".split())


# --------------------------------------------------------------------------
# Builder
# --------------------------------------------------------------------------
class B:
    """Appends text piece by piece and records entity spans while doing so."""

    def __init__(self):
        self.parts, self.pos, self.ents = [], 0, []

    def t(self, s):
        self.parts.append(s)
        self.pos += len(s)
        return self

    def e(self, s, typ):
        if not s or s != s.strip(): raise ValueError(f"bad entity value {s!r} ({typ})")
        if typ not in ALLOWED: raise ValueError(typ)
        self.ents.append({"start": self.pos, "end": self.pos + len(s), "type": typ})
        return self.t(s)

    def add(self, *parts):
        for p in parts:
            if p is None: continue
            if isinstance(p, tuple): self.e(*p)
            else: self.t(p)
        return self

    def text(self):
        return "".join(self.parts)

def _E(t):
    return lambda s: (s, t)


PER, EM, PH, SSN, CC = _E("PERSON"), _E("EMAIL_ADDRESS"), _E("PHONE_NUMBER"), _E("US_SSN"), _E("CREDIT_CARD")
IBN, IP, DOB, DT, LOC = _E("IBAN_CODE"), _E("IP_ADDRESS"), _E("DATE_OF_BIRTH"), _E("DATE_TIME"), _E("LOCATION")
ADR, URL, MRN, HPN, ACC = _E("ADDRESS"), _E("URL"), _E("MEDICAL_RECORD_NUMBER"), _E("HEALTH_PLAN_NUMBER"), _E("ACCOUNT_NUMBER")
DL, AK, SK, GH, SL = _E("DRIVER_LICENSE"), _E("AWS_ACCESS_KEY"), _E("AWS_SECRET_KEY"), _E("GITHUB_TOKEN"), _E("SLACK_TOKEN")
STK, JWT, PK, PW, GS = _E("STRIPE_KEY"), _E("JWT"), _E("PRIVATE_KEY"), _E("PASSWORD"), _E("GENERIC_SECRET")


# --------------------------------------------------------------------------
# Name pools
# --------------------------------------------------------------------------
def _w(s):
    return [x.replace("_", " ") for x in s.split()]


NAMES = {
    "en": dict(M=_w("""James Robert John Michael David William Richard Joseph Thomas Christopher Charles Daniel Matthew Anthony Mark Donald Steven Andrew Joshua Kenneth Kevin Brian
Timothy Ronald Jason George Edward Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Larry Justin Scott Brandon Frank Gregory Benjamin Raymond Samuel Patrick Alexander Jack Dennis
Jerry Tyler Aaron Henry Adam Douglas Nathan Zachary Kyle Noah Ethan Jeremy Walter Christian Keith Austin Sean Carl Dylan Arthur Jordan Bryan Billy Bruce Gabriel Logan Wayne Roy
Ralph Eugene Vincent Russell Louis Philip Bradley DeShawn Jamal Darnell Tyrone Malik Terrell Cody Travis Wyatt Hunter Colton Liam Mason Elijah Owen Caleb"""),
               F=_w("""Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Melissa
Deborah Stephanie Rebecca Laura Helen Sharon Cynthia Kathleen Amy Shirley Angela Anna Brenda Pamela Emma Nicole Samantha Katherine Christine Debra Rachel Carolyn Janet Olivia
Heather Diane Julie Joyce Victoria Kelly Christina Lauren Joan Evelyn Judith Megan Cheryl Andrea Hannah Martha Jacqueline Frances Gloria Ann Teresa Kathryn Sara Janice Jean Alice
Madison Doris Abigail Julia Judy Grace Denise Amber Marilyn Beverly Danielle Theresa Sophia Marie Diana Brittany Natalie Isabella Charlotte Rose Tamika Latoya Keisha Imani Shaniqua
Aaliyah Destiny Brianna Kayla Chloe Harper Avery"""),
               S=_w("""Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Thompson White Harris Clark Lewis Robinson Walker
Young Allen King Wright Scott Hill Green Adams Nelson Baker Hall Campbell Mitchell Carter Roberts Phillips Evans Turner Parker Edwards Collins Stewart Morris Murphy Cook Rogers
Morgan Cooper Peterson Bailey Reed Kelly Howard Cox Ward Richardson Watson Brooks Wood James Bennett Gray Hughes Price Sanders Myers Long Ross Foster Powell Jenkins Perry Russell
Sullivan Bell Coleman Butler Henderson Barnes Fisher Simmons Patterson Hamilton Graham Reynolds Griffin Wallace West Cole Hayes Bryant Gibson Ellis Stevens Murray Ford Marshall
Owens Harrison McDonald Woods Washington Kennedy Wells Henry Freeman Webb Tucker Burns Crawford Olson Simpson Porter Hunter Gordon Shaw Snyder Mason Dixon Hunt Hicks Holmes Palmer
Wagner Black Robertson Boyd Stone Fox Warren Mills Meyer Rice Daniels Ferguson Nichols Stephens Weaver Gardner Payne Grant Dunn Spencer Hawkins Arnold Pierce Hansen Peters Hart
Bradley Knight Elliott Cunningham Duncan Armstrong Hudson Carroll Lane Riley Andrews Berry Perkins Hoffman Johnston Matthews Richards Willis Carpenter Lawrence O'Brien O'Connor
McCarthy Fitzgerald MacLeod Sinclair Whitfield Abernathy Blackwell Pruitt Thornton Holloway Stanton Langley Whitaker Ashworth Kowalczyk Smith-Jones""")),
    "es": dict(M=_w("""José Antonio Manuel Francisco Juan David Javier Daniel Carlos Jesús Alejandro Miguel Rafael Pedro Pablo Ángel Sergio Fernando Jorge Luis Alberto Álvaro Diego
Adrián Raúl Enrique Ramón Vicente Iván Rubén Jordi Xavier Mateo Santiago Emiliano Joaquín Héctor Gerardo Arturo"""),
               F=_w("""María Carmen Ana Isabel Dolores Pilar Teresa Rosa Francisca Cristina Laura Antonia Marta Elena Lucía Mercedes Manuela Paula Sara Raquel Rocío Beatriz Nuria
Silvia Julia Irene Alba Ainhoa Itziar Montserrat Guadalupe Ximena Valentina Camila Sofía Yesenia Maricela Araceli"""),
               S=_w("""García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez
Navarro Torres Domínguez Vázquez Ramos Gil Ramírez Serrano Blanco Molina Morales Suárez Ortega Delgado Castro Ortiz Rubio Marín Sanz Núñez Iglesias Medina Garrido Cortés Castillo
Santos Lozano Guerrero Cano Prieto Méndez Cruz Calvo Gallego Vidal León Márquez Herrera Peña Flores Cabrera Campos Vega Fuentes Carrasco Reyes Nieto Aguilar Pascual Santana Herrero
Lorenzo Montero Hidalgo Ibáñez Ferrer Durán Benítez Vargas Arias Carmona Crespo Pastor Soto Velasco Bravo Gallardo Rojas Etxeberria Puig Quintero Villalobos""")),
    "de": dict(M=_w("""Lukas Leon Finn Jonas Paul Felix Maximilian Elias Ben Luis Moritz Tim Jan Niklas Tobias Sebastian Florian Stefan Thomas Andreas Michael Klaus Jürgen Wolfgang
Dieter Uwe Horst Günter Heinz Manfred Markus Matthias Christian Frank Bernd Rainer Holger Karl-Heinz Hans-Peter"""),
               F=_w("""Sabine Ursula Monika Petra Claudia Birgit Gabriele Renate Heike Karin Anja Katrin Julia Lena Laura Lea Anna Hannah Marie Sophie Emilia Mia Johanna Charlotte
Greta Franziska Stefanie Jana Ingrid Hildegard Gisela Brigitte Ulrike Doris Annegret Elke Silke Anke"""),
               S=_w("""Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun
Krüger Hofmann Hartmann Lange Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß
Jung Hahn Schubert Vogel Friedrich Keller Günther Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster Simon Ludwig Böhm Winter Kraus Schumacher Krämer Vogt Stein Jäger
Otto Sommer Groß Seidel Heinrich Brandt Haas Schreiber Graf Dietrich Ziegler Kuhn Kühn Pohl Engel Horn Busch Bergmann Voigt Sauer Pfeiffer von_Bülow Oberhauser Wendt""")),
    "fr": dict(M=_w("""Jean Pierre Michel André Philippe Alain Jacques Bernard Christophe Nicolas Julien Thomas Antoine Mathieu Guillaume Hugo Lucas Louis Gabriel Arthur Raphaël
Théo Baptiste Maxime Benoît Sébastien Jean-Luc Jean-Baptiste Yannick Cédric Loïc Gaëtan"""),
               F=_w("""Marie Nathalie Isabelle Sylvie Catherine Françoise Monique Christine Valérie Sandrine Céline Aurélie Camille Léa Manon Chloé Emma Inès Jade Louise Juliette
Margaux Élodie Hélène Sophie Anne-Sophie Marie-Claire Geneviève Amélie Océane Solène Maëlle"""),
               S=_w("""Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre Michel David Bertrand Roux Vincent Fournier Morel Girard André
Lefèvre Mercier Dupont Lambert Bonnet François Legrand Garnier Faure Rousseau Blanc Guérin Muller Henry Roussel Perrin Morin Mathieu Clément Gauthier Dumont Fontaine Chevalier
Robin Masson Gérard Boyer Denis Lemaire Duval Joly Gautier Roche Roy Noël Lucas Meunier Marchand Dufour Blanchard Barbier Brun Dumas Brunet Leroux Colin Benali Haddad Diallo Traoré
Le_Gall Kerouac Delacroix""")),
    "it": dict(M=_w("""Giuseppe Giovanni Antonio Mario Luigi Francesco Angelo Vincenzo Pietro Salvatore Carlo Franco Domenico Bruno Paolo Michele Giorgio Aldo Sergio Luca Marco
Alessandro Andrea Matteo Lorenzo Leonardo Riccardo Davide Simone Federico Gianluca Pierpaolo"""),
               F=_w("""Maria Anna Giuseppina Rosa Angela Giovanna Teresa Lucia Carmela Caterina Francesca Antonella Paola Giulia Chiara Sofia Aurora Alice Ginevra Martina Elisa
Valentina Federica Silvia Elena Roberta Graziella Loredana"""),
               S=_w("""Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De_Luca Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri
Fontana Santoro Mariani Rinaldi Caruso Ferrara Galli Martini Leone Longo Gentile Martinelli Vitale Lombardo Serra Coppola De_Santis D'Angelo Marchetti Parisi Villa Conte Ferraro
Ferri Fabbri Marini Grasso Valentini Messina Sala De_Angelis Gatti Pellegrini Palumbo Sanna Farina Rizzi Monti Cattaneo Morelli Amato Silvestri Mazza Testa Caputo Guerra Palmieri
Bernardi Fiore De_Rosa Ferretti Bellini Basile Riva Donati Piras D'Amico Orlando Negri""")),
    "pt": dict(M=_w("""João José António Francisco Manuel Pedro Luís Carlos Paulo Miguel Rui Tiago Diogo Rafael Gonçalo Duarte Afonso Tomás Lucas Gabriel Thiago Matheus Gustavo
Vinícius"""),
               F=_w("""Maria Ana Joana Mariana Beatriz Inês Sofia Leonor Carolina Catarina Rita Marta Sara Filipa Teresa Fernanda Luíza Bruna Larissa Letícia Camila Vitória
Conceição Graça Fátima"""),
               S=_w("""Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Jesus Sousa Fernandes Gonçalves Gomes Lopes Marques Alves Almeida Ribeiro Pinto Carvalho
Teixeira Moreira Correia Mendes Nunes Soares Vieira Monteiro Cardoso Rocha Neves Coelho Cruz Cunha Pires Ramos Reis Simões Antunes Matos Fonseca Machado Araújo Barbosa Tavares
Lourenço Castro Figueiredo Azevedo Freitas Magalhães Baptista Quintela""")),
    "nl": dict(M=_w("""Daan Sem Lucas Levi Finn Milan Bram Jesse Thijs Ruben Lars Sander Bas Jeroen Pieter Jan Kees Henk Willem Gerrit Johannes Maarten Joost Wouter Jasper Niels
Sjoerd"""),
               F=_w("""Emma Julia Sophie Tess Anna Fleur Lotte Sanne Lisa Femke Eva Anouk Marloes Ingrid Marieke Annemiek Wilma Gerda Hendrika Joke Margriet Saskia Esther Nienke
Noor Ilse"""),
               S=_w("""de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Janssen Visser Smit Meijer de_Boer Mulder de_Groot Bos Vos Peters Hendriks van_Leeuwen Dekker Brouwer
de_Wit Dijkstra Smits de_Graaf van_der_Meer van_der_Linden Kok Jacobs de_Haan Vermeulen van_den_Heuvel van_der_Veen van_den_Broek de_Bruijn van_der_Heijden Schouten van_Beek
Willems van_Vliet Hoekstra Maas Verhoeven Koster van_Dam van_der_Wal Prins Blom Huisman Kuipers Veenstra Postma Timmermans""")),
    "pl": dict(M=_w("""Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Jakub Adam Łukasz Marek Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew Kamil Maciej Bartosz Szymon"""),
               F=_w("""Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Elżbieta Joanna Aleksandra Zofia Monika Teresa Danuta Natalia Julia Karolina Marta
Beata Dorota Halina Jadwiga Grażyna Agata Zuzanna"""),
               S=_w("""Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski
Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowakowski Majewski Olszewski Stępień Malinowski Jaworski Adamczyk Dudek Nowicki
Pawlak Górski Witkowski Sikora Walczak Baran Rutkowski Michalak Szewczyk Ostrowski Tomaszewski Pietrzak Zalewski Wróblewski""")),
    "sv": dict(M=_w("""Erik Lars Karl Anders Johan Per Nils Carl Mikael Jan Hans Lennart Olof Peter Gunnar Sven Fredrik Bengt Bo Åke Oskar William Elias Hugo Viktor"""),
               F=_w("""Maria Elisabeth Anna Kristina Margareta Eva Birgitta Karin Marie Ingrid Christina Linnéa Sara Emma Kerstin Lena Malin Elin Ebba Astrid Saga Maja Wilma Agnes
Signe Ylva Åsa"""),
               S=_w("""Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg
Jakobsson Magnusson Olofsson Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson Berglund Fredriksson Sandberg Henriksson Forsberg
Sjöberg Wallin Engström Eklund Danielsson Lundin Håkansson Björk Bergman Holm Wikström Nyström Holmberg Löfgren Söderberg Blomqvist Mårtensson""")),
    "da": dict(M=_w("""Jens Peter Lars Michael Henrik Søren Thomas Jan Niels Anders Morten Jesper Mads Rasmus Mikkel Kasper Frederik Christian Martin Poul Asger"""),
               F=_w("""Anne Kirsten Hanne Mette Anna Helle Susanne Lene Maria Marianne Lone Camilla Pia Louise Charlotte Bente Inge Ida Freja Sofie Mathilde Signe Birthe Trine"""),
               S=_w("""Nielsen Jensen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen Petersen Madsen Kristensen Olsen Thomsen Christiansen Poulsen
Johansen Møller Mortensen Knudsen Jakobsen Mikkelsen Frederiksen Laursen Henriksen Lund Holm Kristiansen Clausen Simonsen Svendsen Andreasen Iversen Østergaard Jeppesen Vestergaard
Nissen Lauridsen Kjær Dahl Bach""")),
    "no": dict(M=_w("""Ole Lars Jan Per Bjørn Kjell Knut Arne Svein Thomas Hans Geir Tor Morten Terje Odd Erik Martin Andreas Jon Magnus Sindre Håkon Eirik"""),
               F=_w("""Anne Inger Kari Marit Ingrid Liv Eva Berit Astrid Bjørg Hilde Anna Solveig Marianne Randi Ida Nora Ingeborg Sigrid Tone Silje Kristin Ragnhild Åse Gunhild"""),
               S=_w("""Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Johnsen Pettersen Eriksen Berg Haugen Hagen Johannessen Andreassen Jacobsen
Dahl Halvorsen Henriksen Lund Moen Gundersen Strand Solberg Eide Knutsen Martinsen Bakken Mathisen Lie Amundsen Lunde Solheim Berge Moe Nygård Bakke Sæther Aas Myhre Haugland
Sandvik Rønning Næss Vik Haug Ødegård Brekke Tveit""")),
    "fi": dict(M=_w("""Juhani Johannes Olavi Antero Tapani Kalevi Matti Mikko Timo Jari Kari Pekka Jukka Markku Mika Hannu Heikki Seppo Sami Janne Ville Antti Eero Aleksi Onni
Väinö"""),
               F=_w("""Maria Helena Johanna Anneli Kaarina Marjatta Anna Liisa Annikki Hannele Tuula Päivi Ritva Leena Sari Minna Tiina Riitta Aino Eevi Sanna Kirsi Satu Elina
Jenni Noora Aada Venla"""),
               S=_w("""Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen
Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Hiltunen Leinonen Miettinen Pitkänen Aaltonen Manninen Hirvonen Väisänen
Lindholm Kettunen""")),
    "cs": dict(M=_w("""Jiří Jan Petr Josef Pavel Martin Jaroslav Tomáš Miroslav Zdeněk František Václav Michal Karel Milan Vladimír Lukáš David Jakub Ondřej"""),
               F=_w("""Marie Jana Eva Hana Anna Lenka Kateřina Věra Lucie Alena Petra Veronika Jaroslava Tereza Martina Michaela Jitka Helena Ludmila Zdeňka"""),
               S=_w("""Novák:Nováková Svoboda:Svobodová Novotný:Novotná Dvořák:Dvořáková Černý:Černá Procházka:Procházková Kučera:Kučerová Veselý:Veselá Horák:Horáková
Němec:Němcová Marek:Marková Pospíšil:Pospíšilová Pokorný:Pokorná Hájek:Hájková Král:Králová Jelínek:Jelínková Růžička:Růžičková Beneš:Benešová Fiala:Fialová Sedláček:Sedláčková
Doležal:Doležalová Zeman:Zemanová Kolář:Kolářová Navrátil:Navrátilová Čermák:Čermáková""")),
    "tr": dict(M=_w("""Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil Süleyman Abdullah Mahmut Recep Emre Burak Can Kerem Serkan Volkan"""),
               F=_w("""Fatma Ayşe Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan Hanife Merve Özlem Yasemin Esra Büşra Gül Derya Ebru Selin Deniz Tuğba"""),
               S=_w("""Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Özcan Korkmaz Çakır
Erdoğan Yavuz Acar Şen Aktaş Güler Yalçın Güneş Bozkurt Bulut Keskin Ünal Turan Özer""")),
    "in": dict(M=_w("Rahul Vikram Aarav Sanjay Arjun Ravi Kiran Nikhil Rohan Amit Suresh Rajesh Anil Vivek Harish Siddharth"),
               F=_w("Priya Anjali Deepika Lakshmi Meera Sunita Pooja Divya Neha Kavya Shreya Aishwarya Radha Nandini Swati"),
               S=_w("""Patel Sharma Singh Kumar Gupta Reddy Iyer Nair Rao Mehta Shah Desai Joshi Chatterjee Banerjee Krishnan Menon Pillai Bhat Agarwal Kapoor Malhotra Chaudhry
Subramanian Venkataraman""")),
    "cn": dict(M=_w("Wei Jun Lei Hao Ming Jian Tao Xiaoming Zhiwei Yong Qiang Bo"),
               F=_w("Li Jing Yan Hui Fang Xin Mei Ying Xiaoling Lan Yu Qian"),
               S=_w("Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao Zheng Liang Xie Tang Song Han Feng Deng Cao Peng")),
    "jp": dict(M=_w("Haruto Yuto Sota Kenji Hiroshi Takeshi Akira Daiki Ren Kazuki"),
               F=_w("Yui Hina Aoi Sakura Yuki Naoko Keiko Emi Haruka Misaki"),
               S=_w("Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Matsumoto Inoue Kimura Hayashi Shimizu Mori")),
    "kr": dict(M=_w("Min-jun Ji-ho Hyun-woo Dong-hyun Seung-min Jae-won Sung-ho"),
               F=_w("Seo-yeon Ha-eun Ji-woo Eun-ji Soo-jin Ye-jin Min-seo Hye-won"),
               S=_w("Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon")),
    "vn": dict(M=_w("Minh Tuan Thanh Duc Quang Huy Long Phuc Khanh"),
               F=_w("Linh Anh Huong Hoa Lan Thao Trang Ngoc Mai"),
               S=_w("Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do Ho Ngo Duong Ly")),
    "ar": dict(M=_w("Mohammed Ahmed Omar Youssef Khalid Hassan Karim Samir Tariq Ibrahim Mustafa Bilal Hamza"),
               F=_w("Fatima Aisha Layla Noor Mariam Rania Zainab Salma Yasmin Huda Amira Leila"),
               S=_w("Al-Sayed Haddad Khalil Mansour Nasser Hamdan Saleh Aziz Rahman Farouk El-Amin Abdullah Qureshi Hussain Karimi Benali Bakr")),
    "af": dict(M=_w("Chinedu Oluwaseun Kwame Kofi Tendai Thabo Emeka Yaw Babajide Sipho Moussa"),
               F=_w("Ngozi Adaeze Ama Abena Zanele Chiamaka Folake Nomvula Aminata Efua"),
               S=_w("Okafor Adeyemi Okonkwo Mensah Boateng Osei Nwosu Eze Abubakar Ndlovu Dlamini Owusu Adebayo Obi Diallo Traoré")),
    "ru": dict(M=_w("Dmitri Sergei Alexei Yuri Andriy Mikhail Igor Nikolai Oleksandr"),
               F=_w("Olga Natasha Irina Svetlana Oksana Tatiana Ekaterina Yulia Anastasia"),
               S=_w("Ivanov Smirnov Popov Sokolov Shevchenko Kovalenko Bondarenko Volkov Morozov Petrenko Lebedev Novikov")),
    "ph": dict(M=_w("Jericho Rommel Jose Mark Jun Ramil Arnel"),
               F=_w("Maricel Rowena Jocelyn Lorna Rhea Cherry Analyn"),
               S=_w("Dela_Cruz Santos Reyes Bautista Villanueva Mendoza Aquino Castillo Macaraeg Manalo Dizon")),
    "ie": dict(M=_w("Ciaran Padraig Sean Declan Eoin Niall Cormac Oisin"),
               F=_w("Siobhan Niamh Aoife Saoirse Roisin Aisling Orla Ciara"),
               S=_w("Murphy Kelly O'Sullivan Walsh O'Neill Byrne Ryan Doyle Kavanagh Gallagher Brennan McLoughlin")),
}

CULT_MIX = {
    "US": "en:40 es:14 af:5 in:4 cn:4 vn:3 kr:2 jp:1 ar:3 ru:2 ph:3 ie:3 it:2 pl:1 de:1 fr:1",
    "GB": "en:50 ie:6 in:8 ar:4 pl:4 af:4 cn:2 it:1 fr:1",
    "CA": "en:40 fr:12 cn:6 in:6 ph:3 it:2 ar:2 kr:2 vn:1 ie:2",
    "AU": "en:45 cn:6 in:5 vn:4 it:3 ie:3 ar:2 kr:1",
    "DE": "de:60 tr:8 pl:4 ru:3 it:2 ar:2", "FR": "fr:60 ar:8 af:5 pt:3 es:2 it:2 vn:1",
    "ES": "es:70 ar:3 af:2", "IT": "it:70 ar:2 af:2", "PT": "pt:70 af:3", "BR": "pt:70 it:3 jp:1 de:1",
    "NL": "nl:60 tr:4 ar:4 af:2 in:1", "PL": "pl:80 ru:2", "SE": "sv:60 fi:3 ar:4 tr:1",
    "DK": "da:60 ar:2 de:1", "NO": "no:60 sv:2 ar:2 pl:2 vn:1", "FI": "fi:60 sv:4 ru:2",
    "CZ": "cs:70 pl:2 vn:2 ru:1", "TR": "tr:80",
}
CULT_MIX = {k: [(a.split(":")[0], int(a.split(":")[1])) for a in v.split()] for k, v in CULT_MIX.items()}


# --------------------------------------------------------------------------
# Places: city, region, postcode prefixes, area code(s) [, extra]
# --------------------------------------------------------------------------
def _cities(s):
    return [tuple(x.strip().split(",")) for x in s.strip().replace("\n", "").split(";") if x.strip()]


CITIES = {
    "US": _cities("""New York,NY,100,212/646/917;Brooklyn,NY,112,718/347;Los Angeles,CA,900,213/323/310;San Diego,CA,921,619/858;San Francisco,CA,941,415/628;Sacramento,CA,958,916;
Fresno,CA,937,559;Oakland,CA,946,510;Chicago,IL,606,312/773;Springfield,IL,627,217;Houston,TX,770,713/832/281;Dallas,TX,752,214/469/972;Austin,TX,787,512/737;
San Antonio,TX,782,210;El Paso,TX,799,915;Phoenix,AZ,850,602/480;Tucson,AZ,857,520;Philadelphia,PA,191,215/267;Pittsburgh,PA,152,412;Jacksonville,FL,322,904;Miami,FL,331,305/786;
Tampa,FL,336,813;Orlando,FL,328,407;Columbus,OH,432,614;Cleveland,OH,441,216;Cincinnati,OH,452,513;Indianapolis,IN,462,317;Charlotte,NC,282,704/980;Raleigh,NC,276,919;
Seattle,WA,981,206;Spokane,WA,992,509;Denver,CO,802,303/720;Boston,MA,021,617/857;Worcester,MA,016,508;Nashville,TN,372,615;Memphis,TN,381,901;Detroit,MI,482,313;
Grand Rapids,MI,495,616;Portland,OR,972,503/971;Las Vegas,NV,891,702;Louisville,KY,402,502;Baltimore,MD,212,410/443;Milwaukee,WI,532,414;Albuquerque,NM,871,505;
Atlanta,GA,303,404/678/470;Savannah,GA,314,912;Kansas City,MO,641,816;St. Louis,MO,631,314;Omaha,NE,681,402;Minneapolis,MN,554,612;Duluth,MN,558,218;New Orleans,LA,701,504;
Baton Rouge,LA,708,225;Honolulu,HI,968,808;Anchorage,AK,995,907;Salt Lake City,UT,841,801/385;Boise,ID,837,208;Birmingham,AL,352,205;Little Rock,AR,722,501;Des Moines,IA,503,515;
Hartford,CT,061,860;Providence,RI,029,401;Burlington,VT,054,802;Portland,ME,041,207;Richmond,VA,232,804;Norfolk,VA,235,757;Charleston,SC,294,843;Oklahoma City,OK,731,405;
Tulsa,OK,741,918;Wichita,KS,672,316;Fargo,ND,581,701;Sioux Falls,SD,571,605;Billings,MT,591,406;Cheyenne,WY,820,307;Newark,NJ,071,973;Jersey City,NJ,073,201;Wilmington,DE,198,302;
Jackson,MS,392,601;Buffalo,NY,142,716;Rochester,NY,146,585;Albany,NY,122,518;Reno,NV,895,775;Madison,WI,537,608"""),
    "GB": _cities("""London,England,SW1A/E1/N1/SE15/NW3/W11/E14,020;Manchester,England,M1/M14/M20,0161;Birmingham,England,B1/B15/B29,0121;Leeds,England,LS1/LS6,0113;
Glasgow,Scotland,G1/G12,0141;Edinburgh,Scotland,EH1/EH3/EH10,0131;Bristol,England,BS1/BS6,0117;Liverpool,England,L1/L17,0151;Sheffield,England,S1/S10,0114;
Cardiff,Wales,CF10/CF24,029;Belfast,Northern Ireland,BT1/BT9,028;Nottingham,England,NG1/NG7,0115;Leicester,England,LE1/LE2,0116;Newcastle upon Tyne,England,NE1/NE2,0191;
Brighton,England,BN1/BN2,01273;Oxford,England,OX1/OX4,01865;Cambridge,England,CB1/CB4,01223;York,England,YO1/YO10,01904;Norwich,England,NR1/NR2,01603;
Aberdeen,Scotland,AB10/AB24,01224"""),
    "CA": _cities("""Toronto,ON,M5V/M4C/M6G,416/647;Vancouver,BC,V6B/V5K,604/778;Montréal,QC,H2X/H3A,514/438;Calgary,AB,T2P/T3A,403;Ottawa,ON,K1P/K2B,613;Edmonton,AB,T5J,780;
Winnipeg,MB,R3C,204;Halifax,NS,B3H,902;Hamilton,ON,L8P,905;Victoria,BC,V8W,250"""),
    "AU": _cities("""Sydney,NSW,2000/2010/2031,02;Melbourne,VIC,3000/3065/3182,03;Brisbane,QLD,4000/4101,07;Perth,WA,6000/6008,08;Adelaide,SA,5000/5067,08;Hobart,TAS,7000,03;
Canberra,ACT,2600/2612,02;Newcastle,NSW,2300,02;Geelong,VIC,3220,03;Gold Coast,QLD,4217,07"""),
    "DE": _cities("""Berlin,Berlin,10/12/13,030;Hamburg,Hamburg,20/22,040;München,Bayern,80/81,089;Köln,Nordrhein-Westfalen,50/51,0221;Frankfurt am Main,Hessen,60,069;
Stuttgart,Baden-Württemberg,70,0711;Düsseldorf,Nordrhein-Westfalen,40,0211;Leipzig,Sachsen,04,0341;Dortmund,Nordrhein-Westfalen,44,0231;Essen,Nordrhein-Westfalen,45,0201;
Bremen,Bremen,28,0421;Dresden,Sachsen,01,0351;Hannover,Niedersachsen,30,0511;Nürnberg,Bayern,90,0911;Bonn,Nordrhein-Westfalen,53,0228;Münster,Nordrhein-Westfalen,48,0251;
Karlsruhe,Baden-Württemberg,76,0721;Mannheim,Baden-Württemberg,68,0621;Augsburg,Bayern,86,0821;Wiesbaden,Hessen,65,0611;Freiburg im Breisgau,Baden-Württemberg,79,0761;
Heidelberg,Baden-Württemberg,69,06221;Regensburg,Bayern,93,0941;Rostock,Mecklenburg-Vorpommern,18,0381;Kiel,Schleswig-Holstein,24,0431;Lübeck,Schleswig-Holstein,23,0451;
Erfurt,Thüringen,99,0361;Magdeburg,Sachsen-Anhalt,39,0391;Potsdam,Brandenburg,14,0331;Mainz,Rheinland-Pfalz,55,06131;Saarbrücken,Saarland,66,0681;
Bielefeld,Nordrhein-Westfalen,33,0521"""),
    "FR": _cities("""Paris,Île-de-France,750,01;Lyon,Auvergne-Rhône-Alpes,6900,04;Marseille,Provence-Alpes-Côte d'Azur,130,04;Toulouse,Occitanie,310,05;
Nice,Provence-Alpes-Côte d'Azur,060,04;Nantes,Pays de la Loire,440,02;Strasbourg,Grand Est,670,03;Montpellier,Occitanie,340,04;Bordeaux,Nouvelle-Aquitaine,330,05;
Lille,Hauts-de-France,590,03;Rennes,Bretagne,350,02;Reims,Grand Est,511,03;Saint-Étienne,Auvergne-Rhône-Alpes,420,04;Toulon,Provence-Alpes-Côte d'Azur,830,04;
Grenoble,Auvergne-Rhône-Alpes,380,04;Dijon,Bourgogne-Franche-Comté,210,03;Angers,Pays de la Loire,490,02;Nîmes,Occitanie,300,04;Clermont-Ferrand,Auvergne-Rhône-Alpes,630,04;
Tours,Centre-Val de Loire,370,02;Limoges,Nouvelle-Aquitaine,870,05;Amiens,Hauts-de-France,800,03;Metz,Grand Est,570,03;Caen,Normandie,140,02;Rouen,Normandie,760,02;
Orléans,Centre-Val de Loire,450,02"""),
    "ES": _cities("""Madrid,Comunidad de Madrid,280,91;Barcelona,Cataluña,080,93;Valencia,Comunitat Valenciana,460,96;Sevilla,Andalucía,410,954;Zaragoza,Aragón,500,976;
Málaga,Andalucía,290,952;Murcia,Región de Murcia,300,968;Palma,Islas Baleares,070,971;Las Palmas de Gran Canaria,Canarias,350,928;Bilbao,País Vasco,480,94;
Alicante,Comunitat Valenciana,030,965;Córdoba,Andalucía,140,957;Valladolid,Castilla y León,470,983;Vigo,Galicia,362,986;Gijón,Asturias,332,985;A Coruña,Galicia,150,981;
Granada,Andalucía,180,958;Vitoria-Gasteiz,País Vasco,010,945;Oviedo,Asturias,330,985;Santander,Cantabria,390,942;Pamplona,Navarra,310,948;San Sebastián,País Vasco,200,943;
Salamanca,Castilla y León,370,923;Toledo,Castilla-La Mancha,450,925;Cádiz,Andalucía,110,956"""),
    "IT": _cities("""Roma,Lazio,001,06,RM;Milano,Lombardia,201,02,MI;Napoli,Campania,801,081,NA;Torino,Piemonte,101,011,TO;Palermo,Sicilia,901,091,PA;Genova,Liguria,161,010,GE;
Bologna,Emilia-Romagna,401,051,BO;Firenze,Toscana,501,055,FI;Bari,Puglia,701,080,BA;Catania,Sicilia,951,095,CT;Venezia,Veneto,301,041,VE;Verona,Veneto,371,045,VR;
Padova,Veneto,351,049,PD;Trieste,Friuli-Venezia Giulia,341,040,TS;Brescia,Lombardia,251,030,BS;Parma,Emilia-Romagna,431,0521,PR;Modena,Emilia-Romagna,411,059,MO;
Perugia,Umbria,061,075,PG;Cagliari,Sardegna,091,070,CA;Pisa,Toscana,561,050,PI;Reggio Calabria,Calabria,891,0965,RC"""),
    "PT": _cities("""Lisboa,Lisboa,1000/1050/1100/1200/1600,21;Porto,Porto,4000/4050/4100/4200,22;Braga,Braga,4700/4710,253;Coimbra,Coimbra,3000/3030,239;
Funchal,Madeira,9000/9050,291;Setúbal,Setúbal,2900/2910,265;Aveiro,Aveiro,3800/3810,234;Faro,Faro,8000/8005,289;Évora,Évora,7000/7005,266;Viseu,Viseu,3500/3510,232;
Leiria,Leiria,2400/2410,244;Guimarães,Braga,4800/4810,253"""),
    "BR": _cities("""São Paulo,SP,01310/04538/05422,11;Rio de Janeiro,RJ,20040/22041/22290,21;Belo Horizonte,MG,30130/30140,31;Salvador,BA,40010/41830,71;
Curitiba,PR,80010/80240,41;Porto Alegre,RS,90010/90570,51;Recife,PE,50010/51020,81;Fortaleza,CE,60110/60165,85;Brasília,DF,70040/71680,61;Campinas,SP,13010/13083,19"""),
    "NL": _cities("""Amsterdam,Noord-Holland,10,020;Rotterdam,Zuid-Holland,30,010;Den Haag,Zuid-Holland,25,070;Utrecht,Utrecht,35,030;Eindhoven,Noord-Brabant,56,040;
Groningen,Groningen,97,050;Tilburg,Noord-Brabant,50,013;Almere,Flevoland,13,036;Breda,Noord-Brabant,48,076;Nijmegen,Gelderland,65,024;Apeldoorn,Gelderland,73,055;
Haarlem,Noord-Holland,20,023;Arnhem,Gelderland,68,026;Enschede,Overijssel,75,053;Amersfoort,Utrecht,38,033;Zwolle,Overijssel,80,038;Leiden,Zuid-Holland,23,071;
Maastricht,Limburg,62,043;Delft,Zuid-Holland,26,015"""),
    "PL": _cities("""Warszawa,mazowieckie,00/01/02/03,22;Kraków,małopolskie,30/31,12;Łódź,łódzkie,90/91,42;Wrocław,dolnośląskie,50/51/53,71;Poznań,wielkopolskie,60/61,61;
Gdańsk,pomorskie,80,58;Szczecin,zachodniopomorskie,70/71,91;Bydgoszcz,kujawsko-pomorskie,85,52;Lublin,lubelskie,20,81;Białystok,podlaskie,15,85;Katowice,śląskie,40,32;
Gdynia,pomorskie,81,58;Częstochowa,śląskie,42,34;Radom,mazowieckie,26,48;Toruń,kujawsko-pomorskie,87,56;Rzeszów,podkarpackie,35,17;Kielce,świętokrzyskie,25,41;
Olsztyn,warmińsko-mazurskie,10,89;Opole,opolskie,45,77"""),
    "SE": _cities("""Stockholm,Stockholms län,111/113/114/116/118,08;Göteborg,Västra Götalands län,411/413/414/416,031;Malmö,Skåne län,211/212/214/217,040;
Uppsala,Uppsala län,753/754,018;Västerås,Västmanlands län,722/724,021;Örebro,Örebro län,702/703,019;Linköping,Östergötlands län,582/583,013;Helsingborg,Skåne län,252/254,042;
Jönköping,Jönköpings län,553/554,036;Norrköping,Östergötlands län,602/603,011;Lund,Skåne län,222/224,046;Umeå,Västerbottens län,903/907,090;Gävle,Gävleborgs län,802/803,026;
Sundsvall,Västernorrlands län,852/853,060;Luleå,Norrbottens län,972/973,0920;Karlstad,Värmlands län,652/653,054;Växjö,Kronobergs län,352/353,0470"""),
    "DK": _cities("""København K,Region Hovedstaden,1050/1150/1250/1360,;København N,Region Hovedstaden,2200,;København Ø,Region Hovedstaden,2100,;
Frederiksberg,Region Hovedstaden,2000,;Aarhus C,Region Midtjylland,8000,;Odense C,Region Syddanmark,5000,;Aalborg,Region Nordjylland,9000,;Esbjerg,Region Syddanmark,6700,;
Randers,Region Midtjylland,8900,;Kolding,Region Syddanmark,6000,;Horsens,Region Midtjylland,8700,;Vejle,Region Syddanmark,7100,;Roskilde,Region Sjælland,4000,;
Herning,Region Midtjylland,7400,;Silkeborg,Region Midtjylland,8600,"""),
    "NO": _cities("""Oslo,Oslo,01/02/04/05/06,2;Bergen,Vestland,50/51,5;Trondheim,Trøndelag,70/74,7;Stavanger,Rogaland,40/41,5;Drammen,Buskerud,30,3;Fredrikstad,Østfold,16,6;
Kristiansand,Agder,46,3;Tromsø,Troms,90,7;Skien,Telemark,37,3;Ålesund,Møre og Romsdal,60,7;Bodø,Nordland,80,7;Tønsberg,Vestfold,31,3;Hamar,Innlandet,23,6;Lillehammer,Innlandet,26,6"""),
    "FI": _cities("""Helsinki,Uusimaa,001/005/008,09;Espoo,Uusimaa,021/026,09;Vantaa,Uusimaa,013/016,09;Tampere,Pirkanmaa,331/335,03;Oulu,Pohjois-Pohjanmaa,901/905,08;
Turku,Varsinais-Suomi,201/205,02;Jyväskylä,Keski-Suomi,401/405,014;Lahti,Päijät-Häme,151/157,03;Kuopio,Pohjois-Savo,701/702,017;Pori,Satakunta,281,02;
Joensuu,Pohjois-Karjala,801,013;Lappeenranta,Etelä-Karjala,531,05;Vaasa,Pohjanmaa,651,06;Rovaniemi,Lappi,961,016"""),
    "CZ": _cities("""Praha,Hlavní město Praha,110/120/130/140/150/160/170,2;Brno,Jihomoravský kraj,602/612/615/625,5;Ostrava,Moravskoslezský kraj,702/708,59;
Plzeň,Plzeňský kraj,301/323,37;Liberec,Liberecký kraj,460,48;Olomouc,Olomoucký kraj,779,58;České Budějovice,Jihočeský kraj,370,38;Hradec Králové,Královéhradecký kraj,500,49;
Ústí nad Labem,Ústecký kraj,400,47;Pardubice,Pardubický kraj,530,46;Zlín,Zlínský kraj,760,57;Jihlava,Kraj Vysočina,586,56;Karlovy Vary,Karlovarský kraj,360,35"""),
    "TR": _cities("""İstanbul,Kadıköy,34,0216;İstanbul,Beşiktaş,34,0212;İstanbul,Üsküdar,34,0216;İstanbul,Şişli,34,0212;Ankara,Çankaya,06,0312;İzmir,Konak,35,0232;
İzmir,Bornova,35,0232;Bursa,Nilüfer,16,0224;Antalya,Muratpaşa,07,0242;Adana,Seyhan,01,0322;Konya,Selçuklu,42,0332;Gaziantep,Şahinbey,27,0342;Kayseri,Melikgazi,38,0352;
Mersin,Yenişehir,33,0324;Eskişehir,Tepebaşı,26,0222;Trabzon,Ortahisar,61,0462;Samsun,İlkadım,55,0362"""),
}

US_STATES = dict(x.split(":") for x in """NY:New_York CA:California IL:Illinois TX:Texas AZ:Arizona PA:Pennsylvania
FL:Florida OH:Ohio IN:Indiana NC:North_Carolina WA:Washington CO:Colorado MA:Massachusetts TN:Tennessee
MI:Michigan OR:Oregon NV:Nevada KY:Kentucky MD:Maryland WI:Wisconsin NM:New_Mexico GA:Georgia MO:Missouri
NE:Nebraska MN:Minnesota LA:Louisiana HI:Hawaii AK:Alaska UT:Utah ID:Idaho AL:Alabama AR:Arkansas IA:Iowa
CT:Connecticut RI:Rhode_Island VT:Vermont ME:Maine VA:Virginia SC:South_Carolina OK:Oklahoma KS:Kansas
ND:North_Dakota SD:South_Dakota MT:Montana WY:Wyoming NJ:New_Jersey DE:Delaware MS:Mississippi""".split())
US_STATES = {k: v.replace("_", " ") for k, v in US_STATES.items()}

COUNTRY_NAME = {"US": "USA", "GB": "United Kingdom", "CA": "Canada", "AU": "Australia", "DE": "Deutschland",
                "FR": "France", "ES": "España", "IT": "Italia", "PT": "Portugal", "BR": "Brasil",
                "NL": "Nederland", "PL": "Polska", "SE": "Sverige", "DK": "Danmark", "NO": "Norge",
                "FI": "Suomi", "CZ": "Česká republika", "TR": "Türkiye"}

STREETS = {
    "US": _w("""Main Oak Maple Cedar Pine Elm Washington Lincoln Park Lake Hill Sunset Highland Jefferson Madison Franklin Church Mill River Spring Walnut Chestnut Jackson Ridge
Valley Forest Meadow Willow Cherry Magnolia Peachtree Broadway Market Grand Center Union Prospect Dogwood Sycamore Birch Hickory Aspen Bayview Lakeshore Harbor Orchard Kingston
Fairview Greenwood Woodland Summit Riverside Clearwater Bluebonnet Palmetto Cypress Mesquite Saguaro 1st 2nd 3rd 5th 7th 10th 14th 23rd 42nd 96th Martin_Luther_King_Jr Cesar_Chavez
Old_Mill Country_Club Indian_Creek Stony_Brook"""),
    "GB": _w("""High_Street Station_Road Church_Lane Victoria_Road Green_Lane Manor_Road Park_Avenue Queens_Road The_Crescent Mill_Lane Kings_Road London_Road Albert_Street
Grange_Road Springfield_Close Windsor_Gardens Oak_Tree_Drive Beech_Grove Elm_Terrace Acacia_Avenue Cromwell_Road Castle_Street St_Johns_Road Bath_Road"""),
    "AU": _w("""Beach_Road George_Street Smith_Street Chapel_Street Brunswick_Street Queen_Street Sydney_Road Hay_Street King_William_Street Elizabeth_Street Bourke_Street
Oxford_Street Military_Road Anzac_Parade"""),
    "DE": _w("""Hauptstraße Bahnhofstraße Bahnhofstr. Goethestraße Schillerstraße Gartenstraße Dorfstraße Lindenstraße Kirchweg Am_Markt Schulstraße Friedrich-Ebert-Straße
Kastanienallee Berliner_Allee Lindenweg Mozartstr. Ringstraße Waldweg Rosenstraße Bismarckstraße Kantstraße Karl-Marx-Allee Leopoldstraße Königsallee Sonnenstraße Uhlandstraße
Am_Rosenhang Feldstraße Eichendorffweg"""),
    "FR": _w("""de_la_République Victor_Hugo Jean_Jaurès Pasteur de_la_Paix du_Général_de_Gaulle des_Lilas Gambetta Voltaire de_Paris Nationale des_Écoles Émile_Zola du_Moulin
Saint-Michel de_la_Gare Carnot Jules_Ferry des_Tilleuls Haussmann Lafayette Foch Molière des_Acacias"""),
    "ES": _w("""Mayor de_Alcalá Gran_Vía de_la_Constitución Real del_Carmen de_Santa_María San_Francisco de_Cervantes Nueva del_Sol de_la_Paz de_Goya de_Serrano de_Gràcia de_Colón
Blasco_Ibáñez de_Andalucía del_Mar de_la_Estación"""),
    "IT": _w("""Roma Giuseppe_Garibaldi Giuseppe_Mazzini Vittorio_Emanuele_II Cavour Dante_Alighieri XX_Settembre della_Repubblica Nazionale Guglielmo_Marconi Giacomo_Matteotti
dei_Mille San_Francesco Europa Giuseppe_Verdi Alessandro_Manzoni del_Corso della_Libertà Umberto_I Antonio_Gramsci"""),
    "PT": _w("""Augusta da_Liberdade do_Carmo de_Santa_Catarina Dom_Pedro_V dos_Clérigos de_São_Bento do_Ouro Almirante_Reis da_República Cândido_dos_Reis de_Camões"""),
    "BR": _w("""das_Flores Augusta Oscar_Freire Barão_de_Mesquita Voluntários_da_Pátria XV_de_Novembro Sete_de_Setembro Paulista Atlântica Rio_Branco Getúlio_Vargas"""),
    "NL": _w("""Kerkstraat Hoofdstraat Dorpsstraat Stationsweg Molenweg Schoolstraat Keizersgracht Prinsengracht Herengracht Nieuwe_Binnenweg Oudegracht Lange_Voorhout Julianalaan
Wilhelminastraat Beatrixlaan Parkweg Emmastraat Vondelstraat Burgemeester_de_Withstraat"""),
    "PL": _w("""Marszałkowska Długa Piotrkowska Floriańska Świętokrzyska Mickiewicza Słowackiego Kościuszki Jana_Pawła_II Grunwaldzka Polna Ogrodowa Lipowa Leśna Kwiatowa Szkolna
Sienkiewicza Wolności 3_Maja"""),
    "SE": _w("""Storgatan Drottninggatan Kungsgatan Sveavägen Vasagatan Götgatan Järnvägsgatan Skolgatan Kyrkogatan Nygatan Hamngatan Linnégatan Ringvägen Björkvägen Industrigatan"""),
    "DK": _w("""Vesterbrogade Nørrebrogade Østergade Jernbanegade Algade Søndergade Amagerbrogade Frederiksberg_Allé Vestergade Kongensgade Skolevej Bredgade"""),
    "NO": _w("""Storgata Karl_Johans_gate Thorvald_Meyers_gate Bygdøy_allé Kongens_gate Dronningens_gate Kirkegata Markveien Torggata Sandviksveien Olav_Tryggvasons_gate
Prinsens_gate"""),
    "FI": _w("""Mannerheimintie Hämeenkatu Aleksanterinkatu Kauppakatu Koulukatu Kirkkokatu Rautatienkatu Puistokatu Satamakatu Yliopistonkatu Kalevankatu Itäinen_Pitkäkatu"""),
    "CZ": _w("""Vinohradská Na_Příkopě Masarykova Dlouhá Husova Palackého Nádražní Školní Žižkova Komenského Jiráskova Smetanova Revoluční Národní"""),
    "TR": _w("""Cumhuriyet Atatürk Fatih Yenişehir Bahçelievler Caferağa Moda Kızılay Alsancak Çamlıca"""),
}
US_SUF = _w("St Street Ave Avenue Rd Road Blvd Dr Drive Ln Lane Ct Way Pl Pkwy Ter Cir Trl")
TR_SOK = _w("Gül Lale Menekşe Papatya Çınar Akasya Barış Şehit_Ali Kardelen")
TR_CAD = _w("Atatürk Bağdat İstiklal Cumhuriyet İnönü Gazi Ankara")

DRUGS = [  # generic, brand, strengths, form, schedule
    ("sertraline", "Zoloft", "25 mg|50 mg|100 mg", "tablet", ""),
    ("escitalopram", "Lexapro", "5 mg|10 mg|20 mg", "tablet", ""),
    ("fluoxetine", "Prozac", "10 mg|20 mg|40 mg", "capsule", ""),
    ("bupropion XL", "Wellbutrin XL", "150 mg|300 mg", "tablet", ""),
    ("venlafaxine ER", "Effexor XR", "37.5 mg|75 mg|150 mg", "capsule", ""),
    ("duloxetine", "Cymbalta", "30 mg|60 mg", "capsule", ""),
    ("mirtazapine", "Remeron", "7.5 mg|15 mg|30 mg", "tablet", ""),
    ("trazodone", "Desyrel", "50 mg|100 mg", "tablet", ""),
    ("quetiapine", "Seroquel", "25 mg|100 mg|200 mg", "tablet", ""),
    ("aripiprazole", "Abilify", "2 mg|5 mg|10 mg", "tablet", ""),
    ("lurasidone", "Latuda", "20 mg|40 mg|80 mg", "tablet", ""),
    ("lamotrigine", "Lamictal", "25 mg|100 mg|200 mg", "tablet", ""),
    ("lithium carbonate ER", "Lithobid", "300 mg|450 mg", "tablet", ""),
    ("buspirone", "Buspar", "7.5 mg|10 mg|15 mg", "tablet", ""),
    ("hydroxyzine HCl", "Atarax", "25 mg|50 mg", "tablet", ""),
    ("clonazepam", "Klonopin", "0.5 mg|1 mg", "tablet", "C-IV"),
    ("lorazepam", "Ativan", "0.5 mg|1 mg", "tablet", "C-IV"),
    ("alprazolam", "Xanax", "0.25 mg|0.5 mg|1 mg", "tablet", "C-IV"),
    ("zolpidem", "Ambien", "5 mg|10 mg", "tablet", "C-IV"),
    ("methylphenidate ER", "Concerta", "18 mg|27 mg|36 mg|54 mg", "tablet", "C-II"),
    ("dextroamphetamine-amphetamine XR", "Adderall XR", "10 mg|20 mg|30 mg", "capsule", "C-II"),
    ("lisdexamfetamine", "Vyvanse", "30 mg|40 mg|50 mg", "capsule", "C-II"),
    ("buprenorphine-naloxone", "Suboxone", "8 mg-2 mg|4 mg-1 mg", "film", "C-III"),
    ("naltrexone", "Revia", "50 mg", "tablet", ""),
    ("prazosin", "Minipress", "1 mg|2 mg", "capsule", ""),
    ("propranolol", "Inderal", "10 mg|20 mg", "tablet", ""),
    ("gabapentin", "Neurontin", "100 mg|300 mg", "capsule", ""),
    ("guanfacine ER", "Intuniv", "1 mg|2 mg", "tablet", ""),
    ("atomoxetine", "Strattera", "25 mg|40 mg", "capsule", ""),
    ("olanzapine", "Zyprexa", "5 mg|10 mg", "tablet", ""),
    ("risperidone", "Risperdal", "0.5 mg|1 mg|2 mg", "tablet", ""),
    ("paliperidone palmitate", "Invega Sustenna", "156 mg/mL|234 mg/1.5 mL", "injection", ""),
    ("metformin", "Glucophage", "500 mg|1000 mg", "tablet", ""),
    ("lisinopril", "Zestril", "10 mg|20 mg", "tablet", ""),
    ("atorvastatin", "Lipitor", "20 mg|40 mg", "tablet", ""),
    ("levothyroxine", "Synthroid", "50 mcg|75 mcg|100 mcg", "tablet", ""),
    ("semaglutide", "Ozempic", "0.25 mg/0.5 mg", "pen", ""),
    ("naloxone nasal spray", "Narcan", "4 mg", "spray", ""),
    ("oxycodone-acetaminophen", "Percocet", "5 mg-325 mg", "tablet", "C-II"),
    ("tramadol", "Ultram", "50 mg", "tablet", "C-IV"),
]
SIGS = ["Take 1 {f} by mouth once daily", "Take 1 {f} PO QHS", "Take 1 {f} by mouth every morning",
        "Take 1 {f} by mouth twice daily", "Take 1/2 {f} by mouth at bedtime x 7 days then 1 {f} at bedtime",
        "Take 1 {f} by mouth every 8 hours as needed for anxiety", "1 {f} po bid prn",
        "TAKE ONE {F} BY MOUTH DAILY", "Take 2 {f}s by mouth at bedtime", "Take 1 {f} by mouth daily with food"]
MFRS = _w("""Aurobindo Teva Camber Zydus Lupin Torrent Accord Amneal Sun_Pharma Dr._Reddy's Cipla Macleods Greenstone Sandoz Mylan Apotex Ascend Solco Eli_Lilly Johnson_&_Johnson""")
ICD = ["F32.1", "F33.1", "F41.1", "F43.10", "F90.2", "F31.81", "F11.20", "F42.2", "F51.01", "F43.23",
       "F20.9", "F10.20", "F60.3", "F41.0", "F33.2", "E11.9", "I10", "Z79.891", "F17.210"]
CPT = ["90791", "90792", "90832", "90834", "90837", "90846", "90847", "90853", "99213", "99214",
       "90833", "90836", "99443", "98967", "G2012", "96127", "90839", "99204"]
US_PHARM = ["CVS Pharmacy #{n4}", "Walgreens #{n5}", "Rite Aid #{n4}", "Walmart Pharmacy 10-{n4}",
            "Costco Pharmacy #{n3}", "Kroger Pharmacy #{n3}", "Publix Pharmacy #{n4}", "H-E-B Pharmacy #{n3}",
            "Safeway Pharmacy #{n4}", "Meijer Pharmacy #{n3}", "Hy-Vee Pharmacy ({n4})", "Wegmans Pharmacy",
            "Amazon Pharmacy", "Express Scripts Home Delivery", "CenterWell Pharmacy", "Optum Home Delivery",
            "Alto Pharmacy", "Capsule Pharmacy", "Good Neighbor Pharmacy", "Medicine Shoppe #{n4}",
            "Bartell Drugs", "Duane Reade #{n5}", "Kessler Family Pharmacy", "Patel Drugs",
            "O'Malley's Apothecary", "Sullivan's Corner Drug"]
CLINICS = ["Cedar Valley Behavioral Health", "Northside Family Medicine", "Brightline Telepsychiatry",
           "MindBridge Counseling", "Lakeshore Psychiatric Associates", "Riverbend Health",
           "Harborview Integrated Care", "Summit Behavioral Telehealth", "Bluewater Community Mental Health",
           "Evergreen Psychiatry Group", "Pinecrest Recovery Center", "Open Door Counseling Collective",
           "Meridian TeleHealth", "Willow Creek Wellness", "Granite State Psychiatric", "Menninger Clinic",
           "Mayo Clinic Psychiatry", "Kaiser Permanente Behavioral Health", "Rush Outpatient Psychiatry"]
PLANS = ["Blue Cross Blue Shield", "Aetna", "UnitedHealthcare", "Cigna", "Humana",
         "Anthem Blue Cross", "Kaiser Permanente", "Molina Healthcare", "Ambetter", "Tricare",
         "Oscar Health", "Highmark", "CareFirst", "Premera Blue Cross", "Priority Health",
         "Medicare Part D - SilverScript", "WellCare Value Script"]
PBMS = [("CVS Caremark", "004336", "ADV"), ("Express Scripts", "610014", "EXPRESS"), ("Express Scripts", "003858", "A4"),
        ("OptumRx", "610097", "9999"), ("OptumRx", "610494", "9999"), ("MedImpact", "003585", "ASPROD1"),
        ("Prime Therapeutics", "011552", "PRIMETHERA"), ("Navitus", "610602", "NVT"), ("Humana", "015581", "03200000")]
EMAIL_DOM = {"US": "gmail.com yahoo.com outlook.com hotmail.com icloud.com aol.com comcast.net protonmail.com att.net",
             "GB": "gmail.com btinternet.com outlook.com yahoo.co.uk hotmail.co.uk sky.com",
             "CA": "gmail.com rogers.com shaw.ca outlook.com videotron.ca", "AU": "gmail.com bigpond.com outlook.com.au",
             "DE": "gmx.de web.de t-online.de gmail.com posteo.de", "FR": "orange.fr free.fr laposte.net gmail.com wanadoo.fr",
             "ES": "gmail.com telefonica.net hotmail.es yahoo.es", "IT": "libero.it virgilio.it gmail.com alice.it",
             "PT": "sapo.pt gmail.com hotmail.com", "BR": "gmail.com uol.com.br bol.com.br",
             "NL": "ziggo.nl kpnmail.nl gmail.com hotmail.nl", "PL": "wp.pl onet.pl o2.pl gmail.com interia.pl",
             "SE": "telia.com gmail.com hotmail.se", "DK": "mail.dk gmail.com hotmail.dk", "NO": "online.no gmail.com",
             "FI": "gmail.com luukku.com elisanet.fi", "CZ": "seznam.cz centrum.cz email.cz gmail.com",
             "TR": "gmail.com hotmail.com.tr yandex.com.tr"}
ORG_DOM = _w("""cedarvalleybh.org brightline-tele.com mindbridgecounseling.com lakeshorepsych.org riverbendhealth.org harborviewic.org summitbht.com bluewatercmh.org
evergreenpsych.com meridiantelehealth.com willowcreekwellness.net rx.northsidefm.org carepharmacy.net""")


# --------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------
MONTHS = {k: v.split() for k, v in {
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
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık"}.items()}
MONTHS["gb"] = MONTHS["en"]
WEEKDAYS = {k: v.split() for k, v in {
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
    "tr": "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar"}.items()}
WEEKDAYS["gb"] = WEEKDAYS["en"]
JOIN = {"en": [" at ", ", ", " "], "gb": [" at ", ", ", " "], "de": [" um ", ", ", " "], "fr": [" à ", " "],
        "es": [" a las ", ", "], "it": [" alle ", ", "], "pt": [" às ", ", "], "nl": [" ", ", ", " om "], "pl": [", ", " ", ", godz. "],
        "sv": [" ", " kl. "], "da": [" kl. ", ", "], "no": [" kl. ", ", "], "fi": [" klo ", ", "], "cs": [" ", " v "], "tr": [" ", " saat "]}
LANG_COUNTRY = {"en": "US", "gb": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "pt": "PT", "nl": "NL",
                "pl": "PL", "sv": "SE", "da": "DK", "no": "NO", "fi": "FI", "cs": "CZ", "tr": "TR"}

def _ord(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"

def fmt_date(d, L, k):
    M, W = MONTHS[L][d.month - 1], WEEKDAYS[L][d.weekday()]
    y, m, dd = d.year, d.month, d.day
    F = {
        "en": [f"{m:02d}/{dd:02d}/{y}", f"{m}/{dd}/{y}", f"{m}/{dd}/{y % 100:02d}", f"{M} {dd}, {y}",
               f"{M[:3]} {dd}, {y}", f"{y}-{m:02d}-{dd:02d}", f"{W}, {M} {dd}, {y}", f"{dd:02d}-{M[:3]}-{y}",
               f"{M[:3].upper()} {dd:02d} {y}", f"{m:02d}-{dd:02d}-{y}", f"{W[:3]} {M[:3]} {dd}, {y}"],
        "gb": [f"{dd:02d}/{m:02d}/{y}", f"{dd} {M} {y}", f"{dd} {M[:3]} {y}", f"{y}-{m:02d}-{dd:02d}",
               f"{W} {dd} {M} {y}", f"{_ord(dd)} {M} {y}", f"{dd:02d}/{m:02d}/{y % 100:02d}"],
        "de": [f"{dd:02d}.{m:02d}.{y}", f"{dd}.{m}.{y}", f"{dd:02d}.{m:02d}.{y % 100:02d}", f"{dd}. {M} {y}",
               f"{W}, {dd}. {M} {y}", f"{y}-{m:02d}-{dd:02d}"],
        "fr": [f"{dd:02d}/{m:02d}/{y}", f"{dd} {M} {y}", f"{W} {dd} {M} {y}", f"{dd:02d}.{m:02d}.{y}",
               f"{'1er' if dd == 1 else dd} {M} {y}"],
        "es": [f"{dd:02d}/{m:02d}/{y}", f"{dd}/{m}/{y}", f"{dd} de {M} de {y}", f"{W}, {dd} de {M} de {y}",
               f"{dd:02d}-{m:02d}-{y}"],
        "it": [f"{dd:02d}/{m:02d}/{y}", f"{dd}/{m}/{y}", f"{dd} {M} {y}", f"{W} {dd} {M} {y}", f"{dd:02d}.{m:02d}.{y}",
               f"{dd:02d}-{m:02d}-{y}"],
        "pt": [f"{dd:02d}/{m:02d}/{y}", f"{dd} de {M} de {y}", f"{dd:02d}-{m:02d}-{y}", f"{y}-{m:02d}-{dd:02d}"],
        "nl": [f"{dd:02d}-{m:02d}-{y}", f"{dd}-{m}-{y}", f"{dd} {M} {y}", f"{W} {dd} {M} {y}", f"{dd:02d}/{m:02d}/{y}"],
        "pl": [f"{dd:02d}.{m:02d}.{y}", f"{dd} {M} {y}", f"{y}-{m:02d}-{dd:02d}", f"{dd:02d}-{m:02d}-{y}"],
        "sv": [f"{y}-{m:02d}-{dd:02d}", f"{dd} {M} {y}", f"{dd}/{m} {y}", f"{W} {dd} {M} {y}", f"{y % 100:02d}{m:02d}{dd:02d}"],
        "da": [f"{dd:02d}.{m:02d}.{y}", f"{dd}. {M} {y}", f"{dd:02d}-{m:02d}-{y}", f"{dd}/{m}-{y}"],
        "no": [f"{dd:02d}.{m:02d}.{y}", f"{dd}. {M} {y}", f"{dd}.{m}.{y}"],
        "fi": [f"{dd}.{m}.{y}", f"{dd:02d}.{m:02d}.{y}", f"{dd}. {M} {y}"],
        "cs": [f"{dd}. {m}. {y}", f"{dd:02d}.{m:02d}.{y}", f"{dd}. {M} {y}", f"{dd}.{m}.{y}"],
        "tr": [f"{dd:02d}.{m:02d}.{y}", f"{dd} {M} {y}", f"{dd:02d}/{m:02d}/{y}", f"{dd} {M} {y} {W}"],
    }[L]
    return F[k % len(F)]

def fmt_time(h, mi, L, k):
    h12, ap = (h % 12 or 12), ("AM" if h < 12 else "PM")
    F = {"en": [f"{h12}:{mi:02d} {ap}", f"{h12}:{mi:02d}{ap.lower()}", f"{h:02d}:{mi:02d}", f"{h12:02d}:{mi:02d} {ap}"],
         "gb": [f"{h:02d}:{mi:02d}", f"{h12}.{mi:02d}{ap.lower()}", f"{h12}:{mi:02d} {ap}"],
         "de": [f"{h:02d}:{mi:02d} Uhr", f"{h}.{mi:02d} Uhr", f"{h:02d}:{mi:02d}"],
         "fr": [f"{h}h{mi:02d}", f"{h:02d}h{mi:02d}", f"{h:02d}:{mi:02d}"],
         "es": [f"{h:02d}:{mi:02d}", f"{h}:{mi:02d} h"], "it": [f"{h:02d}:{mi:02d}", f"{h}.{mi:02d}"],
         "pt": [f"{h}h{mi:02d}", f"{h:02d}:{mi:02d}"], "nl": [f"{h:02d}:{mi:02d}", f"{h}.{mi:02d} uur"],
         "pl": [f"{h:02d}:{mi:02d}", f"{h}.{mi:02d}"], "sv": [f"{h:02d}:{mi:02d}", f"{h:02d}.{mi:02d}"],
         "da": [f"{h:02d}:{mi:02d}", f"{h:02d}.{mi:02d}"], "no": [f"{h:02d}:{mi:02d}", f"{h:02d}.{mi:02d}"],
         "fi": [f"{h}.{mi:02d}", f"{h:02d}:{mi:02d}"], "cs": [f"{h}:{mi:02d}", f"{h:02d}:{mi:02d}"],
         "tr": [f"{h:02d}:{mi:02d}", f"{h:02d}.{mi:02d}"]}[L]
    return F[k % len(F)]


# --------------------------------------------------------------------------
# Checksums
# --------------------------------------------------------------------------
def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return tot % 10 == 0

def luhn_digit(partial):
    for d in "0123456789":
        if luhn_ok(partial + d): return d
    raise AssertionError

def iban_ok(s):
    s = s.replace(" ", "")
    if len(s) != IBAN_LEN.get(s[:2], -1): return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


IBAN_SPEC = {"DE": "8n10n", "FR": "5n5n11n2n", "ES": "4n4n2n10n", "IT": "1a5n5n12n", "PT": "4n4n11n2n",
             "NL": "4a10n", "PL": "8n16n", "SE": "3n17n", "DK": "4n9n1n", "NO": "4n6n1n", "FI": "3n11n",
             "CZ": "4n6n10n", "TR": "5n1n16n", "GB": "4a6n8n", "BE": "3n7n2n", "AT": "5n11n", "CH": "5n12n",
             "IE": "4a6n8n"}
IBAN_LEN = {"DE": 22, "FR": 27, "ES": 24, "IT": 27, "PT": 25, "NL": 18, "PL": 28, "SE": 24, "DK": 18, "NO": 15,
            "FI": 18, "CZ": 24, "TR": 26, "GB": 22, "BE": 16, "AT": 20, "CH": 21, "IE": 22}
BANK4 = {"NL": "ABNA INGB RABO SNSB TRIO KNAB ASNB BUNQ", "GB": "NWBK BARC LOYD HBUK MIDL NAIA", "IE": "AIBK BOFI IPBS"}

def ssn_ok(s):
    d = s.replace("-", "").replace(" ", "")
    if len(d) != 9 or not d.isdigit(): return False
    a, g_, sr = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g_ > 0 and sr > 0


# --------------------------------------------------------------------------
# Generator
# --------------------------------------------------------------------------
class P:
    __slots__ = ("g", "s", "m", "cult", "sex")

    def __init__(self, g, s, m, cult, sex):
        self.g, self.s, self.m, self.cult, self.sex = g, s, m, cult, sex


ALNUM = string.ascii_letters + string.digits
UPNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64URL = ALNUM + "-_"

def _fold(s):
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("ł", "l").replace("Ł", "L")
    s = s.replace("ı", "i").replace("İ", "I")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))

def b64u(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


class Gen:
    def __init__(self, r):
        self.r = r
    # basics -----------------------------------------------------------
    def c(self, seq): return self.r.choice(seq)
    def p(self, x): return self.r.random() < x
    def ri(self, a, b): return self.r.randint(a, b)
    def dg(self, n): return "".join(self.r.choice("0123456789") for _ in range(n))
    def dgn(self, n): return str(self.ri(1, 9)) + self.dg(n - 1)
    def rs(self, n, alpha=ALNUM): return "".join(self.r.choice(alpha) for _ in range(n))
    def typo(self, s):
        if not self.p(0.35): return s
        for a, b_ in (("prescription", "perscription"), ("pharmacy", "pharmcy"), ("tomorrow", "tomorow"),
                      ("definitely", "definately"), ("medication", "medicaiton"), ("appointment", "appt"),
                      ("receive", "recieve"), ("because", "bc"), ("please", "pls"), ("I am", "im"),
                      ("thank you", "thx"), ("doctor", "dr")):
            if a in s and self.p(0.5): s = s.replace(a, b_, 1)
        return s
    # people -----------------------------------------------------------
    def person(self, country="US", sex=None, cult=None):
        if cult is None:
            mix = CULT_MIX[country]
            cult = self.r.choices([a for a, _ in mix], [w for _, w in mix])[0]
        sex = sex or self.c("MF")
        pool = NAMES[cult]
        given = self.c(pool[sex])
        sur = self.c(pool["S"])
        if cult == "cs":
            a, f = sur.split(":")
            sur = f if sex == "F" else a
        if cult == "pl" and sex == "F":
            for a, f in (("cki", "cka"), ("dzki", "dzka"), ("ski", "ska")):
                if sur.endswith(a):
                    sur = sur[: -len(a)] + f
                    break
        if cult == "es" and self.p(0.55 if country == "ES" else 0.25): sur = sur + " " + self.c(pool["S"])
        if cult == "pt" and self.p(0.45): sur = self.c(pool["S"]) + " " + sur
        if cult == "de" and self.p(0.05): sur = sur + "-" + self.c(pool["S"])
        mid = self.c("ABCDEFGHJKLMNPRSTW") if cult in ("en", "ie", "af", "es", "ph") and self.p(0.35) else ""
        return P(given, sur, mid, cult, sex)
    def nm(self, p, style="full"):
        g_, s, m = p.g, p.s, p.m
        if style == "full": return f"{g_} {s}"
        if style == "mid": return f"{g_} {m}. {s}" if m else f"{g_} {s}"
        if style == "lf": return f"{s}, {g_}" + (f" {m}" if m else "")
        if style == "LF": return f"{s}, {g_}".upper()
        if style == "CAPS": return f"{g_} {m + ' ' if m else ''}{s}".upper()
        if style == "lower": return f"{g_} {s}".lower()
        if style == "given": return g_
        if style == "sur": return s
        if style == "init": return f"{g_[0]}. {s}"
        if style == "hl7": return f"{s}^{g_}".upper() + (f"^{m}" if m else "")
        raise ValueError(style)
    def any_style(self): return self.c(["full", "full", "full", "mid", "lf", "LF", "CAPS"])
    def cred(self, kind="md"):
        return self.c({"md": [", MD", ", MD", ", DO", " MD", ", PMHNP-BC", ", NP", ", PA-C", ", MD, PhD"],
                       "th": [", LCSW", ", LPC", ", LMFT", ", PsyD", ", PhD", ", LICSW", ", LMHC", ", LPCC"],
                       "rph": [", PharmD", ", RPh", ", PharmD, BCPP", " RPh"],
                       "rn": [", RN", ", RN, BSN", ", LPN", " RN"]}[kind])
    # places -----------------------------------------------------------
    def en_country(self): return self.r.choices(["US", "GB", "CA", "AU"], [80, 10, 5, 5])[0]
    def city(self, c): return self.c(CITIES[c])
    def postcode(self, c, city):
        pre = self.c(city[2].split("/"))
        if c == "US": return pre + self.dg(5 - len(pre)) + (f"-{self.dg(4)}" if self.p(0.1) else "")
        if c == "GB": return f"{pre} {self.ri(1, 9)}{self.c('ABDEFGHJLNPQRSTUWXYZ')}{self.c('ABDEFGHJLNPQRSTUWXYZ')}"
        if c == "CA": return f"{pre} {self.ri(1, 9)}{self.c('ABCEGHJKLMNPRSTVWXYZ')}{self.ri(0, 9)}"
        if c in ("AU", "DK"): return pre
        if c == "NL": return f"{pre}{self.dg(4 - len(pre))} {self.c('ABCDEGHJKLMNPRTVWXZ')}{self.c('ABCDEGHJKLMNPRTVWXZ')}"
        if c == "PL": return f"{pre}-{self.dg(3)}"
        if c in ("PT", "BR"): return f"{pre}-{self.dg(3)}"
        if c == "SE": return f"{pre} {self.dg(2)}"
        if c == "CZ": return f"{pre} {self.c(['00', '00', '01', '02', '10'])}"
        if c == "FI": return pre + self.dg(4 - len(pre)) + "0"
        if c == "NO": return pre + self.dg(4 - len(pre))
        if c == "FR":
            if pre == "750": return f"750{self.ri(1, 20):02d}"
            if pre in ("6900", "130"): return pre + str(self.ri(1, 9)).rjust(5 - len(pre), "0")
            return pre.ljust(5, "0")
        return pre + self.dg(5 - len(pre))
    def street(self, c):
        S, n = STREETS["US" if c == "CA" else c], self.ri(1, 250)
        if c in ("US", "CA"):
            if self.p(0.04): return f"PO Box {self.ri(10, 99999)}"
            s = f"{self.ri(1, 9899)} {self.c(['', '', '', 'N ', 'S ', 'E ', 'W ', 'NE ', 'SW '])}{self.c(S)} {self.c(US_SUF)}"
            if self.p(0.35):
                s += self.c([", Apt ", " Apt ", ", Unit ", " #", ", Suite ", " Apt. ", ", Ste "]) + self.c(
                    [str(self.ri(1, 40)), f"{self.ri(1, 9)}{self.c('ABCDEF')}", str(self.ri(100, 2400))])
            return s
        if c == "GB":
            s = f"{n} {self.c(S)}"
            return (f"Flat {self.ri(1, 24)}, " if self.p(0.3) else "") + s
        if c == "AU": return (f"Unit {self.ri(1, 30)}/" if self.p(0.3) else "") + f"{n} {self.c(S)}"
        if c == "DE": return f"{self.c(S)} {n}{self.c(['', '', '', 'a', 'b'])}"
        if c == "FR":
            pre = self.c(["", "", "", f"Appt {self.ri(1, 60)}, ", f"Bât. {self.c('ABCD')}, "])
            return f"{pre}{n}{self.c(['', '', ' bis', ','])} {self.c(['rue', 'rue', 'avenue', 'boulevard', 'place', 'allée', 'impasse', 'chemin'])} {self.c(S)}"
        if c == "ES":
            t = self.c(["Calle", "C/", "Avenida", "Avda.", "Plaza", "Paseo"])
            return f"{t} {self.c(S)}{self.c([', ', ' '])}{n}" + self.c(["", f", {self.ri(1, 9)}º {self.c('ABCD')}", f", {self.ri(1, 9)}º izda", f" {self.ri(1, 9)}º {self.ri(1, 4)}ª"])
        if c == "IT":
            t = self.c(["Via", "Via", "Viale", "Corso", "Piazza", "Largo"])
            return f"{t} {self.c(S)}{self.c([' ', ', '])}{n}{self.c(['', '', '/B', ', int. ' + str(self.ri(1, 20))])}"
        if c == "PT":
            t = self.c(["Rua", "Rua", "Avenida", "Travessa", "Largo"])
            return f"{t} {self.c(S)}, {n}" + self.c(["", f", {self.ri(1, 8)}.º Esq", f", {self.ri(1, 8)}.º Dto", " r/c"])
        if c == "BR":
            t = self.c(["Rua", "Av.", "Avenida", "Alameda"])
            return f"{t} {self.c(S)}, {n * 7}" + self.c(["", f", apto {self.ri(11, 190)}", " - casa 2", f", bloco B, apto {self.ri(11, 99)}"])
        if c == "NL": return f"{self.c(S)} {n}{self.c(['', '', 'a', '-II', ' bis', '-1', 'A'])}"
        if c == "PL":
            pre = self.c(["ul. ", "ul. ", "ul. ", "al. ", "os. ", "pl. "])
            return f"{pre}{self.c(S)} {n}{self.c(['', '/' + str(self.ri(1, 80)), ' m. ' + str(self.ri(1, 40)), ' lok. ' + str(self.ri(1, 9))])}"
        if c == "SE": return f"{self.c(S)} {n}{self.c(['', '', 'A', 'B'])}" + self.c(["", "", f", lgh {self.ri(1001, 1504)}"])
        if c == "DK": return f"{self.c(S)} {n}" + self.c(["", "", f", {self.ri(1, 5)}. tv", f", {self.ri(1, 5)}. th", ", st. th", f", {self.ri(1, 4)}. mf"])
        if c == "NO": return f"{self.c(S)} {n}{self.c(['', '', 'A', 'B'])}" + self.c(["", "", f", H0{self.ri(1, 5)}0{self.ri(1, 4)}"])
        if c == "FI": return f"{self.c(S)} {n}" + self.c(["", f" {self.c('ABC')} {self.ri(1, 40)}", f" as. {self.ri(1, 30)}"])
        if c == "CZ": return f"{self.c(S)} {self.ri(100, 2999)}/{self.ri(1, 80)}" if self.p(0.7) else f"{self.c(S)} {n}"
        if c == "TR":
            if self.p(0.5): return f"{self.c(S)} Mah. {self.c(TR_SOK)} Sok. No: {self.ri(1, 90)}/{self.ri(1, 20)}"
            return f"{self.c(TR_CAD)} Cad. No:{self.ri(1, 300)} D:{self.ri(1, 20)}"
        raise ValueError(c)
    def addr_tail(self, c, city, pc):
        nm_, reg = city[0], city[1]
        if c == "US": return self.c([f"{nm_}, {reg} {pc}", f"{nm_} {reg} {pc}", f"{nm_}, {reg}, {pc}"])
        if c == "CA": return f"{nm_}, {reg} {pc}" if self.p(0.6) else f"{nm_} {reg} {pc}"
        if c == "GB": return f"{nm_} {pc}"
        if c == "AU": return f"{nm_} {reg} {pc}"
        if c == "IT": return f"{pc} {nm_}" + (f" {city[4]}" if self.p(0.5) else "")
        if c == "BR": return self.c([f"{nm_} - {reg}, {pc}", f"{pc} {nm_}/{reg}"])
        if c == "TR": return f"{pc} {reg}/{nm_}"
        if c == "FR" and self.p(0.4): return f"{pc} {nm_.upper()}"
        return f"{pc} {nm_}"
    def addr(self, c, multi=None, country=None, caps=False, city=None):
        city = city or self.city(c)
        st, pc = self.street(c), self.postcode(c, city)
        tail = self.addr_tail(c, city, pc)
        if multi is None: multi = self.p(0.35)
        if c == "GB" and multi: tail = f"{city[0]}\n{pc}"
        sep = "\n" if multi else ", "
        s = st + sep + tail
        if country if country is not None else self.p(0.1): s += sep + COUNTRY_NAME[c]
        return s.upper() if caps else s
    def addr_parts(self, c):
        city = self.city(c)
        return dict(street=self.street(c), city=city[0], region=city[1], pc=self.postcode(c, city), cityrec=city)
    def place(self, c, with_region=None):
        city = self.city(c)
        if with_region is None: with_region = self.p(0.5)
        if with_region and c in ("US", "CA", "AU"): return f"{city[0]}, {city[1]}"
        if with_region: return f"{city[0]}, {COUNTRY_NAME[c]}" if self.p(0.5) else f"{city[0]}, {city[1]}"
        return city[0]
    # phones -----------------------------------------------------------
    def phone(self, c, mobile=None, intl=None, city=None):
        if mobile is None: mobile = self.p(0.45)
        if intl is None: intl = self.p(0.25)
        city = city or self.city(c)
        if c in ("US", "CA"):
            area = self.c(city[3].split("/"))
            ex = str(self.ri(201, 989))
            while ex[1:] == "11" or ex == "555":
                ex = str(self.ri(201, 989))
            ln = self.dg(4)
            if intl: return self.c([f"+1 {area} {ex} {ln}", f"+1-{area}-{ex}-{ln}", f"+1 ({area}) {ex}-{ln}", f"+1{area}{ex}{ln}", f"+1.{area}.{ex}.{ln}"])
            return self.c([f"({area}) {ex}-{ln}", f"{area}-{ex}-{ln}", f"{area}.{ex}.{ln}", f"{area} {ex} {ln}",
                           f"1-{area}-{ex}-{ln}", f"({area}){ex}-{ln}", f"{area}{ex}{ln}"])
        if c == "GB":
            if mobile:
                n = "7" + str(self.ri(4, 9)) + self.dg(8)
                return f"+44 {n[:4]} {n[4:]}" if intl else f"0{n[:4]} {n[4:]}"
            a = city[3][1:]
            sub = self.dg(10 - len(a))
            if len(a) == 2: sub_s = f"{sub[:4]} {sub[4:]}"
            elif len(a) == 3: sub_s = f"{sub[:3]} {sub[3:]}"
            else: sub_s = sub
            return self.c([f"+44 {a} {sub_s}", f"+44 (0){a} {sub_s}"]) if intl else f"0{a} {sub_s}"
        if c == "AU":
            if mobile:
                n = "4" + self.dg(8)
                return f"+61 {n[:3]} {n[3:6]} {n[6:]}" if intl else f"0{n[:3]} {n[3:6]} {n[6:]}"
            a, n = city[3][1:], self.dgn(8)
            return f"+61 {a} {n[:4]} {n[4:]}" if intl else self.c([f"(0{a}) {n[:4]} {n[4:]}", f"0{a} {n[:4]} {n[4:]}"])
        if c == "DE":
            if mobile:
                pre, n = self.c(["151", "152", "157", "160", "162", "170", "171", "172", "176", "178"]), self.dg(self.ri(7, 8))
                return self.c([f"+49 {pre} {n}", f"+49 (0){pre} {n}"]) if intl else self.c([f"0{pre} {n}", f"0{pre}/{n}", f"0{pre}-{n}", f"0{pre} {n[:3]} {n[3:]}"])
            a = city[3][1:]
            n = self.dgn(11 - len(a) - 1 if len(a) < 4 else 7)
            if intl: return self.c([f"+49 {a} {n}", f"+49 (0){a} {n}", f"+49 {a} {n[:-3]}-{n[-3:]}"])
            return self.c([f"0{a} {n}", f"(0{a}) {n}", f"0{a}/{n}", f"0{a} {n[:-3]}-{n[-3:]}", f"0{a}-{n}"])
        if c == "FR":
            lead = self.c("67") if mobile else city[3][1:]
            n = lead + self.dg(8)
            pairs = [n[i:i + 2] for i in range(1, 9, 2)]
            if intl: return self.c([f"+33 {lead} {' '.join(pairs)}", f"+33 (0){lead} {' '.join(pairs)}", f"+33{n}"])
            return self.c([f"0{lead} {' '.join(pairs)}", f"0{lead}.{'.'.join(pairs)}", f"0{n}", f"0{lead}-{'-'.join(pairs)}"])
        if c == "ES":
            n = (self.c("67") + self.dg(8)) if mobile else (city[3] + self.dg(9 - len(city[3])))
            fm = self.c([f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", n, f"{n[:2]} {n[2:5]} {n[5:7]} {n[7:]}"])
            return self.c([f"+34 {fm}", f"0034 {fm}", f"(+34) {fm}"]) if intl else fm
        if c == "IT":
            if mobile:
                n = "3" + self.c(["20", "28", "33", "35", "38", "40", "47", "48", "49", "66", "88", "92"]) + self.dg(7)
                fm = self.c([f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]} {n[3:]}", n, f"{n[:3]}-{n[3:]}"])
            else:
                a = city[3]
                s = self.dg(10 - len(a) if len(a) <= 3 else 6)
                fm = self.c([f"{a} {s}", f"{a} {s[:4]} {s[4:]}", f"{a}/{s}", f"{a}-{s}"])
            return self.c([f"+39 {fm}", f"0039 {fm}"]) if intl else fm
        if c == "PT":
            n = (self.c(["91", "92", "93", "96"]) + self.dg(7)) if mobile else (city[3] + self.dg(9 - len(city[3])))
            fm = self.c([f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:2]} {n[2:5]} {n[5:]}"])
            return f"+351 {fm}" if intl else fm
        if c == "BR":
            a = city[3]
            n = ("9" + self.dg(8)) if mobile else (self.c("2345") + self.dg(7))
            fm = f"{n[:-4]}-{n[-4:]}"
            return self.c([f"+55 {a} {fm}", f"+55 ({a}) {fm}"]) if intl else self.c([f"({a}) {fm}", f"{a} {fm}", f"({a}) {n}"])
        if c == "NL":
            if mobile:
                n = self.dg(8)
                return self.c([f"+31 6 {n}", f"+31 (0)6 {n[:4]} {n[4:]}", f"+316{n}"]) if intl else self.c([f"06 {n}", f"06-{n}", f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"06{n}"])
            a, n = city[3], self.dgn(7)
            return self.c([f"+31 {a[1:]} {n[:3]} {n[3:]}", f"+31 (0){a[1:]} {n}"]) if intl else self.c([f"{a} {n[:3]} {n[3:]}", f"{a}-{n}", f"({a}) {n}", f"{a} {n[:3]} {n[3:5]} {n[5:]}"])
        if c == "PL":
            if mobile:
                n = self.c("5678") + self.dg(8)
                fm = self.c([f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", n])
            else:
                a, s = city[3], self.dgn(7)
                fm = self.c([f"{a} {s[:3]} {s[3:5]} {s[5:]}", f"({a}) {s[:3]}-{s[3:5]}-{s[5:]}", f"{a} {s}"])
            return self.c([f"+48 {fm}", f"(+48) {fm}", f"0048 {fm}"]) if intl else fm
        if c == "SE":
            if mobile:
                pre, n = self.c(["70", "72", "73", "76", "79"]), self.dg(7)
                return f"+46 {pre} {n[:3]} {n[3:5]} {n[5:]}" if intl else self.c([f"0{pre}-{n[:3]} {n[3:5]} {n[5:]}", f"0{pre} {n[:3]} {n[3:5]} {n[5:]}", f"0{pre}{n}"])
            a = city[3][1:]
            n = self.dgn(8 if a == "8" else 6)
            sub = f"{n[:3]} {n[3:6]} {n[6:]}" if len(n) == 8 else f"{n[:2]} {n[2:4]} {n[4:]}"
            return f"+46 {a} {sub}" if intl else self.c([f"0{a}-{sub}", f"0{a} {sub}", f"0{a}-{n}"])
        if c == "DK":
            n = self.c("2345678") + self.dg(7)
            fm = self.c([f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"{n[:4]} {n[4:]}", n])
            return f"+45 {fm}" if intl else fm
        if c == "NO":
            n = (self.c("49") + self.dg(7)) if mobile else (city[3] + self.dg(7))
            fm = f"{n[:3]} {n[3:5]} {n[5:]}" if mobile else self.c([f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", n])
            return f"+47 {fm}" if intl else fm
        if c == "FI":
            if mobile:
                pre, n = self.c(["40", "41", "44", "45", "50"]), self.dg(7)
                return f"+358 {pre} {n[:3]} {n[3:]}" if intl else self.c([f"0{pre} {n[:3]} {n[3:]}", f"0{pre} {n}", f"0{pre}-{n}"])
            a, n = city[3][1:], self.dgn(7 if len(city[3]) == 2 else 6)
            return f"+358 {a} {n[:3]} {n[3:]}" if intl else self.c([f"0{a} {n[:3]} {n[3:]}", f"(0{a}) {n}", f"0{a} {n}"])
        if c == "CZ":
            n = (self.c(["602", "603", "604", "605", "720", "731", "736", "777", "775"]) + self.dg(6)) if mobile else (city[3] + self.dg(9 - len(city[3])))
            fm = self.c([f"{n[:3]} {n[3:6]} {n[6:]}", n])
            return self.c([f"+420 {fm}", f"00420 {fm}"]) if intl else fm
        if c == "TR":
            if mobile: a, n = "5" + self.c(["30", "32", "33", "35", "42", "44", "05", "06", "52", "55"]), self.dg(7)
            else: a, n = city[3][1:], self.dgn(7)
            sub = f"{n[:3]} {n[3:5]} {n[5:]}"
            return self.c([f"+90 {a} {sub}", f"+90 ({a}) {sub}"]) if intl else self.c([f"0{a} {sub}", f"(0{a}) {sub}", f"0 ({a}) {sub}", f"0{a}{n}"])
        raise ValueError(c)
    def tollfree(self):
        a, n = self.c(["800", "888", "877", "866", "855", "844"]), self.dg(7)
        return self.c([f"1-{a}-{n[:3]}-{n[3:]}", f"({a}) {n[:3]}-{n[3:]}", f"{a}-{n[:3]}-{n[3:]}", f"1 ({a}) {n[:3]}-{n[3:]}", f"1.{a}.{n[:3]}.{n[3:]}"])
    # dates ------------------------------------------------------------
    def rdate(self, y0=2023, y1=2025): return datetime.date(self.ri(y0, y1), self.ri(1, 12), self.ri(1, 28))
    def rdob(self): return datetime.date(self.ri(1938, 2011), self.ri(1, 12), self.ri(1, 28))
    def date(self, L, d=None, k=None):
        d = d or self.rdate()
        return fmt_date(d, L, self.ri(0, 20) if k is None else k)
    def dob(self, L, k=None): return self.date(L, self.rdob(), k)
    def tpair(self, L):
        h, m, k = self.ri(7, 17), self.c([0, 15, 30, 45]), self.ri(0, 9)
        e = h * 60 + m + self.ri(20, 75)
        return fmt_time(h, m, L, k), fmt_time(e // 60, e % 60, L, k)
    def dpair(self, L, k=None, gap=60):
        d = self.rdate()
        k = self.ri(0, 20) if k is None else k
        return fmt_date(d, L, k), fmt_date(d + datetime.timedelta(days=self.ri(1, gap)), L, k)
    def time(self, L, k=None): return fmt_time(self.ri(7, 19), self.c([0, 0, 15, 30, 45, 10, 20, 40, 50, 5]), L, self.ri(0, 9) if k is None else k)
    def dtm(self, L, d=None): return self.date(L, d) + self.c(JOIN[L]) + self.time(L)
    @staticmethod
    def ymd(d): return f"{d.year}{d.month:02d}{d.day:02d}"
    @staticmethod
    def iso(d): return f"{d.year}-{d.month:02d}-{d.day:02d}"
    # contact ----------------------------------------------------------
    def email(self, p=None, c="US", dom=None):
        if p is None: p = self.person(c)
        f, l_ = _fold(p.g).lower().replace(" ", "").replace("'", ""), _fold(p.s).lower().replace(" ", "").replace("'", "")
        user = self.c([f"{f}.{l_}", f"{f[0]}{l_}", f"{f}{l_}{self.ri(1, 99)}", f"{f}_{l_}", f"{f}.{l_[0]}",
                       f"{l_}{f[0]}", f"{f}{self.ri(70, 2005)}", f"{f[0]}.{l_}"])
        return f"{user}@{dom or self.c(EMAIL_DOM[c].split())}"
    def org_email(self, p=None):
        if p is None: return f"{self.c(['rx', 'pharmacy', 'intake', 'billing', 'support', 'frontdesk', 'refills', 'priorauth', 'noreply'])}@{self.c(ORG_DOM)}"
        return f"{_fold(p.g).lower()[0]}{_fold(p.s).lower().replace(' ', '').replace(chr(39), '')}@{self.c(ORG_DOM)}"
    def url(self, kind="portal"):
        d = self.c(ORG_DOM)
        if kind == "portal":
            return self.c([f"https://mychart.{d}/MyChart/", f"https://portal.{d}/messages/{self.dg(7)}",
                           f"https://{d}/patient-portal/login", f"https://portal.{d}/results?id={self.rs(10)}",
                           f"https://{d}/refill?rx={self.dg(7)}&src=sms"])
        if kind == "zoom":
            return f"https://{self.c(['us02web', 'us04web', 'us06web', 'zoom'])}.zoom.us/j/{self.dg(11)}" + (f"?pwd={self.rs(32)}" if self.p(0.5) else "")
        if kind == "video":
            return self.c([f"https://doxy.me/{self.c(['drs', 'cvbh-', 'tele', 'clinic'])}{self.rs(6).lower()}",
                           f"https://meet.google.com/{self.rs(3, string.ascii_lowercase)}-{self.rs(4, string.ascii_lowercase)}-{self.rs(3, string.ascii_lowercase)}",
                           f"https://{d}/visit/{uuid.UUID(int=self.r.getrandbits(128), version=4)}",
                           f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{self.rs(40)}%40thread.v2/0",
                           f"https://{self.c(['cvbh', 'mindbridge', 'meridian'])}.webex.com/meet/{self.rs(8).lower()}"])
        return f"https://{d}/{self.c(['forms', 'pay', 'schedule', 'docs', 'help'])}/{self.rs(8).lower()}"
    def ip4(self, private=None):
        if private if private is not None else self.p(0.3):
            return self.c([f"10.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}", f"192.168.{self.ri(0, 255)}.{self.ri(1, 254)}",
                           f"172.{self.ri(16, 31)}.{self.ri(0, 255)}.{self.ri(1, 254)}"])
        return f"{self.c([23, 24, 50, 63, 66, 68, 71, 73, 76, 98, 104, 107, 136, 142, 162, 174, 185, 203, 209])}.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}"
    def ip6(self):
        pre = self.c(["2600:1700", "2601:8c", "2a02:908", "2001:4860", "2607:fb90", "2a01:e0a"])
        groups = [format(self.ri(0, 0xffff), "x") for _ in range(6)]
        return self.c([pre + ":" + ":".join(groups), pre + ":" + ":".join(groups[:2]) + "::" + groups[5], pre + "::" + groups[0]])
    # identifiers ------------------------------------------------------
    def ssn(self):
        a = self.ri(1, 899)
        while a == 666:
            a = self.ri(1, 899)
        s = f"{a:03d}{self.ri(1, 99):02d}{self.ri(1, 9999):04d}"
        return self.c([f"{s[:3]}-{s[3:5]}-{s[5:]}"] * 4 + [f"{s[:3]} {s[3:5]} {s[5:]}", s])
    def bad_ssn(self):
        a = self.c(["000", "666", str(self.ri(900, 999))])
        return f"{a}-{self.ri(1, 99):02d}-{self.ri(1, 9999):04d}"
    def cc(self, brand=None):
        brand = brand or self.c(["visa", "visa", "mc", "mc", "amex", "disc"])
        if brand == "visa": base = "4" + self.dg(14)
        elif brand == "mc": base = (str(self.ri(51, 55)) + self.dg(13)) if self.p(0.7) else (str(self.ri(2221, 2720)) + self.dg(11))
        elif brand == "amex": base = self.c(["34", "37"]) + self.dg(12)
        else: base = "6011" + self.dg(11)
        n = base + luhn_digit(base)
        sep = self.c([" ", " ", "-", ""])
        if len(n) == 15: return f"{n[:4]}{sep}{n[4:10]}{sep}{n[10:]}"
        return sep.join(n[i:i + 4] for i in range(0, 16, 4))
    def bad_cc(self):
        base = "4" + self.dg(14)
        good = luhn_digit(base)
        bad = self.c([d for d in "0123456789" if d != good])
        n = base + bad
        return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if self.p(0.5) else n
    def iban(self, cc, grouped=None):
        spec, bban = IBAN_SPEC[cc], ""
        for num, kind in re.findall(r"(\d+)([an])", spec):
            num = int(num)
            if kind == "a": bban += self.c(BANK4[cc].split()) if cc in BANK4 and num == 4 else self.rs(num, string.ascii_uppercase)
            else: bban += "0" if (cc == "TR" and num == 1) else self.dg(num)
        chk = 98 - int("".join(str(int(ch, 36)) for ch in bban + cc + "00")) % 97
        s = f"{cc}{chk:02d}{bban}"
        if grouped if grouped is not None else self.p(0.6): s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        return s
    def mrn(self):
        return self.c([f"E{self.dg(7)}", self.dg(8), f"{self.dgn(7)}", f"MR{self.dg(6)}", f"{self.dg(3)}-{self.dg(3)}-{self.dg(3)}",
                       f"{self.c(['CV', 'LS', 'RB', 'HV'])}{self.dg(7)}", self.dg(10)])
    def hpn(self):
        k = self.ri(0, 7)
        if k == 0: return self.rs(3, string.ascii_uppercase) + self.dg(9)
        if k == 1: return "W" + self.dg(9)
        if k == 2: return self.dgn(9) + self.c(["", " 01", "01"])
        if k == 3: return "U" + self.dg(8) + self.c([" 01", "01", ""])
        if k == 4: return "H" + self.dg(8)
        if k == 5:  # Medicare MBI
            L = "ACDEFGHJKMNPQRTUVWXY"
            s = f"{self.ri(1, 9)}{self.c(L)}{self.c(L + '0123456789')}{self.ri(0, 9)}{self.c(L)}{self.c(L + '0123456789')}{self.ri(0, 9)}{self.c(L)}{self.c(L)}{self.ri(0, 9)}{self.ri(0, 9)}"
            return f"{s[:4]}-{s[4:7]}-{s[7:]}" if self.p(0.4) else s
        if k == 6: return self.c(["ZGP", "JQU", "XOF", "YPW", "R"]) + self.dg(9) + self.c(["", "01"])
        return self.dg(self.ri(10, 12))
    def acct(self):
        return self.c([self.dg(9), f"{self.dg(4)}-{self.dg(6)}", f"PA{self.dg(8)}", self.dg(11), f"{self.dg(3)}-{self.dg(4)}-{self.dg(3)}", f"G{self.dg(7)}"])
    def dl(self, st=None):
        st = st or self.c(["CA", "NY", "TX", "FL", "IL", "PA", "WA", "OH", "MI", "NJ", "GA", "NC", "AZ", "MA", "CO"])
        U = string.ascii_uppercase
        v = {"CA": lambda: self.c(U) + self.dg(7), "NY": lambda: self.c([self.dg(9), f"{self.dg(3)} {self.dg(3)} {self.dg(3)}"]),
             "TX": lambda: self.dg(8), "FL": lambda: f"{self.c(U)}{self.dg(3)}-{self.dg(3)}-{self.dg(2)}-{self.dg(3)}-{self.dg(1)}",
             "IL": lambda: f"{self.c(U)}{self.dg(3)}-{self.dg(4)}-{self.dg(4)}", "PA": lambda: f"{self.dg(2)} {self.dg(3)} {self.dg(3)}",
             "WA": lambda: "WDL" + self.rs(9, UPNUM), "OH": lambda: self.rs(2, U) + self.dg(6), "MI": lambda: f"{self.c(U)} {self.dg(3)} {self.dg(3)} {self.dg(3)} {self.dg(3)}",
             "NJ": lambda: self.c(U) + self.dg(14), "GA": lambda: self.dg(9), "NC": lambda: self.dg(12), "AZ": lambda: self.c(U) + self.dg(8),
             "MA": lambda: "S" + self.dg(8), "CO": lambda: f"{self.dg(2)}-{self.dg(3)}-{self.dg(4)}"}[st]()
        return st, v
    # secrets ----------------------------------------------------------
    def aws_ak(self): return "AKIA" + self.rs(16, UPNUM)
    def aws_sk(self): return self.rs(1) + self.rs(38, ALNUM + "/+") + self.rs(1)
    def ghp(self): return "ghp_" + self.rs(36) if self.p(0.65) else "github_pat_" + self.rs(22, UPNUM) + "_" + self.rs(59)
    def slack(self):
        if self.p(0.6): return f"xoxb-{self.dgn(11)}-{self.dgn(13)}-{self.rs(24)}"
        return f"xoxp-{self.dgn(11)}-{self.dgn(11)}-{self.dgn(13)}-{self.rs(32, HEX)}"
    def stripe(self):
        pre = "sk_live_" if self.p(0.75) else "rk_live_"
        return pre + (self.rs(24) if self.p(0.4) else "51" + self.rs(12) + self.rs(84))
    def jwt(self, sub=None):
        alg = self.c(["RS256", "HS256", "ES256"])
        hdr = {"alg": alg, "typ": "JWT"}
        if alg != "HS256": hdr["kid"] = self.rs(16)
        iat = self.ri(1700000000, 1760000000)
        pl = {"iss": self.c(["https://auth." + self.c(ORG_DOM) + "/", "https://fhir.epic.com/oauth2", "zoom-video-sdk"]),
              "sub": sub or self.c([self.dg(8), "Patient/" + self.dg(7), str(uuid.UUID(int=self.r.getrandbits(128), version=4))]),
              "aud": self.c(["telehealth-api", "erx-gateway", "https://fhir.example.net/R4"]), "iat": iat, "exp": iat + self.c([300, 900, 3600, 86400])}
        if self.p(0.5): pl["scope"] = self.c(["patient/*.read launch/patient openid fhirUser", "rx:write rx:read", "video:join"])
        sig = bytes(self.ri(0, 255) for _ in range({"RS256": 256, "HS256": 32, "ES256": 64}[alg]))
        return ".".join([b64u(json.dumps(hdr, separators=(",", ":")).encode()), b64u(json.dumps(pl, separators=(",", ":")).encode()), b64u(sig)])
    def pem(self):
        k = self.c(["rsa1024", "ec", "ec", "pkcs8", "openssh", "rsa1024"])
        if k == "rsa1024": head, body = "RSA PRIVATE KEY", "MIICXAIBAAKBgQ" + self.rs(796, ALNUM + "+/")
        elif k == "ec": head, body = "EC PRIVATE KEY", "MHcCAQEEI" + self.rs(151, ALNUM + "+/") + "=="
        elif k == "pkcs8": head, body = "PRIVATE KEY", "MC4CAQAwBQYDK2VwBCIEI" + self.rs(43, ALNUM + "+/")
        else: head, body = "OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + self.rs(330, ALNUM + "+/") + "="
        lines = [body[i:i + (70 if k == "openssh" else 64)] for i in range(0, len(body), 70 if k == "openssh" else 64)]
        return f"-----BEGIN {head}-----\n" + "\n".join(lines) + f"\n-----END {head}-----"
    def pw(self):
        k = self.ri(0, 5)
        if k == 0:
            s = self.c(["Summer", "Winter", "Spring", "Autumn", "Welcome", "Pharm", "Tele", "Rx", "Portal", "Sunshine", "Dragon"]) + str(self.ri(2015, 2025)) + self.c(["!", "#", "$", "*"]) + self.dg(1)
        elif k == 1: s = self.rs(self.ri(12, 20), ALNUM + "!@#$%^&*-_")
        elif k == 2: s = self.c(["p@ssw0rd", "Passw0rd", "Ch@ngeMe", "Letmein", "Qwerty"]) + self.dg(self.ri(2, 4))
        elif k == 3:
            s = "-".join(self.c(["maple", "river", "copper", "violet", "tango", "anchor", "falcon", "cobalt", "lantern", "pepper"]) for _ in range(3)) + self.dg(2)
        elif k == 4: s = self.rs(4, string.ascii_uppercase) + self.c("!@#$") + self.rs(6, ALNUM) + self.dg(2)
        else: s = self.rs(24, ALNUM)
        return s if s[-1].isalnum() else s + self.dg(1)
    def passcode(self): return self.c([self.dg(6), self.dg(6), self.rs(6, ALNUM), self.rs(8, ALNUM), self.dg(4), self.rs(10, ALNUM)])
    def gsecret(self, kind=None):
        kind = kind or self.c(["twilio", "sendgrid", "google", "whsec", "hex32", "opaque", "datadog", "surescripts"])
        return {"twilio": lambda: self.rs(32, HEX), "sendgrid": lambda: "SG." + self.rs(22, B64URL) + "." + self.rs(43, B64URL),
                "google": lambda: "AIza" + self.rs(35, B64URL[:-1]) + self.rs(1), "whsec": lambda: "whsec_" + self.rs(32),
                "hex32": lambda: self.rs(32, HEX), "opaque": lambda: self.rs(40), "datadog": lambda: self.rs(32, HEX),
                "surescripts": lambda: self.rs(48, ALNUM)}[kind]()
    # hard negatives ---------------------------------------------------
    def uuid(self): return str(uuid.UUID(int=self.r.getrandbits(128), version=4))
    def hexs(self, n): return self.rs(n, HEX)
    def version(self):
        return self.c([f"{self.ri(1, 9)}.{self.ri(0, 30)}.{self.ri(0, 40)}", f"v{self.ri(1, 6)}.{self.ri(0, 19)}.{self.ri(0, 9)}",
                       f"{self.ri(2019, 2025)}.{self.ri(1, 12)}.{self.ri(0, 5)}", f"{self.ri(1, 4)}.{self.ri(0, 9)}.{self.ri(0, 9)}-rc.{self.ri(1, 4)}",
                       f"{self.ri(10, 18)}.{self.ri(0, 9)} (build {self.ri(1000, 99999)})"])
    def amount(self, cur="$"):
        v = self.ri(0, 60000) / 100 if self.p(0.8) else self.ri(10000, 900000) / 100
        if cur == "$": return f"${v:,.2f}"
        s = f"{v:,.2f}".replace(",", " ").replace(".", ",")
        return self.c([f"{s} {cur}", f"{cur} {s}"])
    def ndc(self):
        return self.c([f"{self.dg(5)}-{self.dg(4)}-{self.dg(2)}", f"{self.dg(5)}-{self.dg(3)}-{self.dg(2)}", f"{self.dg(4)}-{self.dg(4)}-{self.dg(2)}", self.dg(11)])
    def npi(self):
        base = self.c("12") + self.dg(8)
        return base + luhn_digit("80840" + base)
    def dea(self, sur="M"):
        d = [self.ri(0, 9) for _ in range(6)]
        chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
        first = _fold(sur)[0].upper() if sur and _fold(sur)[0].isalpha() else "M"
        return self.c("ABFM") + first + "".join(map(str, d)) + str(chk)
    def rxno(self): return self.c([self.dg(7), f"{self.dg(7)}-{self.dg(2)}", f"{self.dg(7)}-{self.dg(5)}", f"RX{self.dg(8)}", f"{self.dg(2)}-{self.dg(6)}"])
    def order(self):
        return self.c([f"ORD-{self.ri(2022, 2025)}-{self.dg(6)}", f"#{self.dg(8)}", f"INV-{self.dg(8)}", f"SO{self.dg(9)}",
                       f"{self.rs(3, string.ascii_uppercase)}-{self.dg(5)}-{self.rs(2, string.ascii_uppercase)}"])
    def claimno(self): return self.c([self.dg(15), f"{self.ri(2023, 2025)}{self.dg(10)}", f"CLM-{self.dg(10)}", f"{self.dg(4)}-{self.dg(7)}"])
    def tracking(self):
        return self.c(["1Z" + self.rs(6, UPNUM) + self.dg(10), "9400 " + " ".join(self.dg(4) for _ in range(4)) + " " + self.dg(2), self.dg(12)])
    def logts(self, d=None):
        d = d or self.rdate()
        h, m_, s = self.ri(0, 23), self.ri(0, 59), self.ri(0, 59)
        return self.c([f"{self.iso(d)}T{h:02d}:{m_:02d}:{s:02d}.{self.dg(3)}Z", f"{self.iso(d)} {h:02d}:{m_:02d}:{s:02d},{self.dg(3)}",
                       f"[{self.iso(d)} {h:02d}:{m_:02d}:{s:02d}]", f"{MONTHS['en'][d.month - 1][:3]} {d.day:2d} {h:02d}:{m_:02d}:{s:02d}"])
    def hl7ts(self, d=None):
        d = d or self.rdate()
        return f"{self.ymd(d)}{self.ri(0, 23):02d}{self.ri(0, 59):02d}{self.ri(0, 59):02d}"
    def meeting_id(self):
        n = self.dg(self.c([10, 11]))
        return f"{n[:3]} {n[3:7]} {n[7:]}" if len(n) == 11 else f"{n[:3]} {n[3:6]} {n[6:]}"
    def drug(self, psych=False):
        g_, br, strengths, form, sch = self.c(DRUGS[:32] if psych else DRUGS)
        st = self.c(strengths.split("|"))
        if form == "film": sig = "Dissolve 1 film under the tongue once daily"
        elif form == "injection": sig = "Inject IM into deltoid once monthly"
        elif form in ("pen", "spray"): sig = "Use as directed" if form == "pen" else "1 spray in nostril for suspected overdose; may repeat in 2-3 min"
        else: sig = self.c(SIGS).replace("{f}", form).replace("{F}", form.upper())
        return dict(g=g_, br=br, st=st, form=form, sch=sch, sig=sig, qty=self.c([30, 30, 60, 90, 14, 28, 180]),
                    ndc=self.ndc(), name=f"{g_} {st} {form}")
    def pharmacy(self): return self.c(US_PHARM).format(n3=self.ri(100, 999), n4=self.ri(1000, 9999), n5=f"{self.ri(1, 19999):05d}")
    def clinic(self): return self.c(CLINICS)


# --------------------------------------------------------------------------
# English document kinds
# --------------------------------------------------------------------------
def _cl(g):
    c = g.en_country()
    return c, ("en" if c in ("US", "CA") else "gb")

def _run(b, g, fns):
    g.r.shuffle(fns)
    for f in fns: f()

def k_portal_msg(g):
    b, (c, L) = B(), _cl(g)
    pt, dr, d, ph = g.person(c), g.person(c), g.drug(), g.pharmacy()
    b.add(g.c(["MyChart Secure Message", "Patient Portal - New Message", "FollowMyHealth Message",
               "Secure Message (Patient -> Care Team)", "[Portal] Message received"]), "\n")
    b.add("Thread: ", g.c(["#", "MSG-", "T"]) + g.dg(7), "\n")
    b.add("From: ", PER(g.nm(pt, g.c(["full", "full", "lf", "mid", "CAPS"]))), g.c([" (Patient)", "", " [self]"]), "\n")
    if g.p(0.5): b.add("To: Dr. ", PER(g.nm(dr, g.c(["full", "sur", "mid"]))), g.c(["", f" ({g.clinic()})"]), "\n")
    else: b.add("To: ", g.clinic(), " - ", g.c(["Nurse Pool", "Refill Team", "Front Desk", "Psychiatry Pool"]), "\n")
    b.add("Subject: ", g.c(["Refill request", "RE: medication question", "need refill!!", f"question about {d['g']}",
                             "side effects?", "Pharmacy issue", "prior auth??", "Med refill + appt"]), "\n")
    if g.p(0.5): b.add("MRN: ", MRN(g.mrn()), "\n")
    b.add("\n", g.c([f"Hi Dr. ", "Hello Dr. ", "Dear Dr. "]), PER(dr.s), ",\n\n") if g.p(0.6) else b.add(g.c(["Hello,\n\n", "hi there\n\n", "Good morning,\n\n"]))
    fns = [
        lambda: b.add(g.typo(f"I am almost out of my {d['g']} {d['st']} and the pharmacy says there are no refills left. "),
                      g.typo("My last fill was on "), DT(g.date(L)), ". "),
        lambda: b.add(g.typo("Could you please send it to the "), ph, " at ", ADR(g.addr(c, multi=False)), "? ",
                      "Their number is ", PH(g.phone(c, mobile=False)), ". "),
        lambda: b.add(g.typo("Also my new cell is "), PH(g.phone(c, mobile=True)), g.c([" (old one is disconnected). ", ". ", ", text is fine. "])),
        lambda: b.add(g.typo("Is it possible to move my appointment on "), DT(g.dtm(L)), g.typo(" to later that week? I have work. ")),
        lambda: b.add(g.typo(f"Since going up on the dose I have been getting headaches and feel kind of wired at night (Rx #{g.rxno()}). ")),
        lambda: b.add(g.typo("My insurance changed to "), g.c(PLANS), ", new member ID is ", HPN(g.hpn()), ". "),
        lambda: b.add(g.typo("You can charge the copay to my card "), CC(g.cc()), g.c([" (exp on file). ", ". ", ", thank you. "])),
    ]
    fns = g.r.sample(fns, g.ri(3, 6))
    _run(b, g, fns)
    b.add("\n\n", g.c(["Thanks,\n", "thank you\n", "- ", "Best,\n", "Regards,\n"]), PER(g.nm(pt, g.c(["given", "full", "lower"]))))
    if g.p(0.5): b.add("\nDOB ", DOB(g.dob(L)))
    b.add("\n\n", g.c(["Sent from my iPhone", f"Message ID {g.uuid()}", "-- sent via patient portal app " + g.version(), ""]))
    return b

def k_portal_reply(g):
    b, (c, L) = B(), _cl(g)
    pt, dr, rn, d, ph = g.person(c), g.person(c), g.person(c), g.drug(), g.pharmacy()
    b.add("RE: ", g.c(["Refill request", "Medication question", "Appointment"]), "\n", "Reply from your care team at ", g.clinic(), "\n\n")
    b.add(g.c(["Hi ", "Hello ", "Dear "]), PER(g.nm(pt, g.c(["given", "given", "full"]))), ",\n\n")
    b.add("Dr. ", PER(g.nm(dr, g.c(["sur", "full"]))), f" reviewed your request. {d['name'][0].upper() + d['name'][1:]} #{d['qty']} with {g.ri(0, 3)} refills was sent to ",
          ph, " (", PH(g.phone(c, mobile=False)), ") on ", DT(g.date(L)), ". ")
    if g.p(0.5):
        b.add(f"Please note a {g.c(['lithium level', 'CMP', 'TSH', 'lipid panel', 'CBC'])} is due before the next refill; the order (req #{g.dg(9)}) is in and you can go to any Quest or Labcorp location. ")
    b.add("\n\nYour next visit is ", DT(g.dtm(L)), g.c([" (video).", " by phone.", " in person."]), " To reschedule, call ", PH(g.phone(c, mobile=False)),
          " or go to ", URL(g.url("portal")), ".\n\n")
    if g.p(0.6): b.add("If you are in crisis, call ", PH(g.tollfree()), " any time or go to the nearest emergency department.\n\n")
    b.add(PER(g.nm(rn, g.c(["full", "mid"]))), g.cred("rn"), "\n", g.clinic(), g.c(["\n", " | "]), "Fax ", PH(g.phone(c, mobile=False)), "\n")
    b.add(f"Ref {g.uuid()} | Do not reply to this automated notification.")
    return b

def _xml_addr(b, g, c, ind):
    p = g.addr_parts(c)
    b.add(f"{ind}<Address>\n{ind} <AddressLine1>", ADR(p["street"]), f"</AddressLine1>\n{ind} <City>", LOC(p["city"]),
          f"</City>\n{ind} <StateProvince>", LOC(p["region"]), f"</StateProvince>\n{ind} <PostalCode>{p['pc'].replace(' ', '')}</PostalCode>\n{ind} <CountryCode>{c}</CountryCode>\n{ind}</Address>\n")
    return p

def k_erx_xml(g):
    b, c = B(), "US"
    pt, dr, d = g.person(c), g.person(c), g.drug()
    dob = g.rdob()
    b.add('<?xml version="1.0" encoding="UTF-8"?>\n<Message xmlns="', URL("http://www.ncpdp.org/schema/SCRIPT"), '" TransportVersion="2017071" TransactionDomain="SCRIPT">\n')
    b.add(f" <Header>\n  <To Qualifier=\"P\">{g.dg(7)}</To>\n  <From Qualifier=\"C\">{g.dg(13)}</From>\n  <MessageID>{g.hexs(32)}</MessageID>\n")
    b.add(f"  <SentTime>{g.iso(g.rdate())}T{g.ri(0, 23):02d}:{g.ri(0, 59):02d}:{g.ri(0, 59):02d}.{g.dg(1)}Z</SentTime>\n  <PrescriberOrderNumber>{g.dg(10)}</PrescriberOrderNumber>\n </Header>\n")
    b.add(" <Body>\n  <NewRx>\n   <Patient><HumanPatient>\n")
    if g.p(0.6): b.add("    <Identification><MedicalRecordIdentificationNumberEHR>", MRN(g.mrn()), "</MedicalRecordIdentificationNumberEHR></Identification>\n")
    b.add("    <Name><LastName>", PER(pt.s), "</LastName><FirstName>", PER(pt.g), "</FirstName></Name>\n")
    b.add(f"    <Gender>{pt.sex}</Gender>\n    <DateOfBirth><Date>", DOB(g.iso(dob)), "</Date></DateOfBirth>\n")
    _xml_addr(b, g, c, "    ")
    b.add("    <CommunicationNumbers><PrimaryTelephone><Number>", PH(re.sub(r"\D", "", g.phone(c, intl=False))[-10:]), "</Number></PrimaryTelephone></CommunicationNumbers>\n")
    b.add("   </HumanPatient></Patient>\n   <Pharmacy>\n    <Identification><NCPDPID>", g.dg(7), "</NCPDPID><NPI>", g.npi(), "</NPI></Identification>\n")
    b.add("    <BusinessName>", g.pharmacy().upper(), "</BusinessName>\n")
    b.add("    <CommunicationNumbers><PrimaryTelephone><Number>", PH(g.dgn(10)), "</Number></PrimaryTelephone></CommunicationNumbers>\n   </Pharmacy>\n")
    b.add("   <Prescriber><NonVeterinarian>\n    <Identification><NPI>", g.npi(), "</NPI>")
    if d["sch"]: b.add("<DEANumber>", g.dea(dr.s), "</DEANumber>")
    b.add("</Identification>\n    <Name><LastName>", PER(dr.s), "</LastName><FirstName>", PER(dr.g), "</FirstName></Name>\n")
    if g.p(0.5):
        b.add("    <CommunicationNumbers><PrimaryTelephone><Number>", PH(g.dgn(10)), "</Number></PrimaryTelephone><Fax><Number>", PH(g.dgn(10)), "</Number></Fax></CommunicationNumbers>\n")
    b.add("   </NonVeterinarian></Prescriber>\n   <MedicationPrescribed>\n    <DrugDescription>", d["name"], "</DrugDescription>\n")
    b.add(f"    <DrugCoded><ProductCode><Code>{d['ndc'].replace('-', '')}</Code><Qualifier>ND</Qualifier></ProductCode></DrugCoded>\n")
    b.add(f"    <Quantity><Value>{d['qty']}</Value><CodeListQualifier>38</CodeListQualifier></Quantity>\n    <DaysSupply>{g.c([30, 90, 7, 14])}</DaysSupply>\n")
    b.add("    <WrittenDate><Date>", DT(g.iso(g.rdate())), "</Date></WrittenDate>\n")
    b.add(f"    <Substitutions>{g.c([0, 1])}</Substitutions><NumberOfRefills>{g.ri(0, 5)}</NumberOfRefills>\n")
    b.add(f"    <Diagnosis><Primary><Code>{g.c(ICD).replace('.', '')}</Code><Qualifier>ABF</Qualifier></Primary></Diagnosis>\n")
    b.add("    <Sig><SigText>", d["sig"], "</SigText></Sig>\n   </MedicationPrescribed>\n  </NewRx>\n </Body>\n</Message>")
    return b

def k_erx_text(g):
    b, (c, L) = B(), _cl(g)
    pt, dr, d = g.person(c), g.person(c), g.drug()
    b.add(g.c(["ELECTRONIC PRESCRIPTION - NewRx", "E-Rx Transmission Copy", "Prescription (electronically transmitted)"]), "\n")
    b.add(f"Transmission ID: {g.hexs(12).upper()}   Status: {g.c(['Sent', 'Verified', 'Pharmacy Acknowledged'])}\n\n")
    b.add("Prescriber: ", PER(g.nm(dr, g.c(["full", "mid", "CAPS"]))), g.cred("md"), "\n")
    b.add(f"NPI: {g.npi()}", f"   DEA: {g.dea(dr.s)}" if d["sch"] else "", "\n")
    b.add("Practice: ", g.clinic(), "\n", ADR(g.addr(c, multi=g.p(0.5))), "\n")
    b.add("Ph ", PH(g.phone(c, mobile=False)), g.c(["  Fax ", " / F: "]), PH(g.phone(c, mobile=False)), "\n\n")
    b.add("Patient: ", PER(g.nm(pt, g.c(["LF", "lf", "CAPS"]))), "   DOB: ", DOB(g.dob(L)), f"   Sex: {pt.sex}\n")
    b.add(ADR(g.addr(c, multi=False)), "\n")
    if g.p(0.7): b.add("Phone: ", PH(g.phone(c)), "\n")
    b.add(f"\nRx: {d['name']}\nSig: {d['sig']}\nDisp: {d['qty']} ({d['form']}s)   Days supply: {g.c([30, 90])}   Refills: {g.ri(0, 5)}\n")
    b.add(f"Substitution: {g.c(['Permitted', 'Dispense as written'])}\nDx: {g.c(ICD)}\n")
    b.add("Date written: ", DT(g.date(L)), "\n")
    if d["sch"]: b.add(f"Schedule {d['sch']} - EPCS two-factor signed (token {g.hexs(8)})\n")
    b.add("\nPharmacy: ", g.pharmacy(), f" (NCPDP {g.dg(7)})\n", ADR(g.addr(c, multi=False, caps=g.p(0.5))), "\n")
    return b


REJECTS = [("75", "Prior Authorization Required"), ("70", "Product/Service Not Covered"), ("76", "Plan Limitations Exceeded"),
           ("79", "Refill Too Soon"), ("88", "DUR Reject Error"), ("MR", "Product Not On Formulary"),
           ("65", "Patient Is Not Covered"), ("41", "Submit Bill To Other Processor / Primary Payer"),
           ("07", "M/I Cardholder ID"), ("09", "M/I Date Of Birth")]

def k_claim_reject(g):
    b, c, L = B(), "US", "en"
    pt, d = g.person(c), g.drug()
    pbm, bin_, pcn = g.c(PBMS)
    b.add(g.c(["*** CLAIM REJECTED ***", "PHARMACY CLAIM RESPONSE - REJECTED", "Adjudication result: R (Rejected)"]), "\n")
    b.add(f"Processor: {pbm}   BIN {bin_}   PCN {pcn}   Group {g.c(['RX', 'GRP', ''])}{g.dg(4)}\n")
    b.add(f"Rx#: {g.rxno()}   Fill#: {g.ri(0, 5)}   Trace {g.bad_cc() if g.p(0.3) else g.dg(12)}\n")
    b.add("Date of service: ", DT(g.date(L, k=g.c([0, 5, 1]))), "\n")
    b.add("Patient: ", PER(g.nm(pt, g.c(["LF", "lf", "CAPS"]))), "   DOB: ", DOB(g.dob(L, k=g.c([0, 5]))), "\n")
    b.add("Cardholder ID: ", HPN(g.hpn()), f"   Person code: 0{g.ri(1, 3)}   Rel: {g.ri(1, 3)}\n")
    b.add(f"Product: {d['name'].upper()}   NDC {d['ndc']}   Qty {d['qty']}   DS {g.c([30, 90])}\n\n")
    for code, msg in g.r.sample(REJECTS, g.ri(1, 3)): b.add(f"Reject {code}: {msg}\n")
    b.add(f"Additional message: {g.c(['PA REQUIRED - PRESCRIBER CALL ', 'CALL HELP DESK ', 'FORMULARY ALT: ESCITALOPRAM, SERTRALINE. INFO '])}", PH(g.tollfree()), "\n")
    if g.p(0.5): b.add("Next available fill: ", DT(g.date(L)), "\n")
    b.add(f"Authorization #: {g.claimno()}\nBilled: {g.amount()}   Patient pay: $0.00   Plan pay: $0.00\n")
    b.add("Pharmacy help desk: ", PH(g.tollfree()), "\n")
    if g.p(0.5):
        b.add("Tech note: called pt at ", PH(g.phone(c)), g.c([" - left VM", " - pt aware, will call dr", " no answer"]), ", ", PER(g.nm(g.person(c), "given")), " (tech)\n")
    return b

def k_refill_fax(g):
    b, (c, L) = B(), _cl(g)
    pt, dr, rph, d = g.person(c), g.person(c), g.person(c), g.drug()
    b.add(g.c(["REFILL AUTHORIZATION REQUEST", "Prescription Renewal Request (fax)", "RENEWAL REQUEST - PLEASE RESPOND"]), "\n")
    b.add("To: Dr. ", PER(g.nm(dr, g.c(["full", "CAPS", "init"]))), "    Fax: ", PH(g.phone(c, mobile=False)), "\n")
    b.add("From: ", g.pharmacy(), "\n", ADR(g.addr(c, multi=False)), "\nPhone ", PH(g.phone(c, mobile=False)), "   Fax ", PH(g.phone(c, mobile=False)), "\n")
    b.add("Date: ", DT(g.date(L)), f"    Pages: {g.ri(1, 3)}\n\n")
    b.add("Patient: ", PER(g.nm(pt, g.c(["LF", "full", "lf"]))), "    DOB: ", DOB(g.dob(L)), "\n")
    if g.p(0.5): b.add("Address: ", ADR(g.addr(c, multi=False)), "\n")
    if g.p(0.6): b.add("Phone: ", PH(g.phone(c)), "\n")
    b.add(f"\nMedication: {d['name']}\nSig: {d['sig']}\nQty: {d['qty']}   Last filled: ", DT(g.date(L)), f"   Refills remaining: 0\nOriginal Rx#: {g.rxno()}\n\n")
    b.add("[ ] Approved  # refills ____     [ ] Denied - patient must be seen     [ ] New Rx to follow electronically\n")
    b.add("Prescriber signature: ______________________   Date: ________\n\n")
    b.add("Pharmacist: ", PER(g.nm(rph, g.c(["full", "mid"]))), g.cred("rph"), "\n")
    b.add("This facsimile contains confidential health information. If received in error call ", PH(g.tollfree()), ".\n")
    return b

def k_pa_fax(g):
    b, c, L = B(), "US", "en"
    pt, dr, ma, d = g.person(c), g.person(c), g.person(c), g.drug(psych=True)
    plan = g.c(PLANS)
    b.add("FAX COVER SHEET\n\nTo: ", plan, " Pharmacy Prior Authorization\nFax: ", PH(g.tollfree()), "   Phone: ", PH(g.tollfree()), "\n")
    b.add("From: ", g.clinic(), " - Attn: ", PER(g.nm(ma, g.c(["full", "given"]))), "\nPhone: ", PH(g.phone(c, mobile=False)), "  Fax: ", PH(g.phone(c, mobile=False)), "\n")
    b.add("Date: ", DT(g.date(L)), f"   Pages (incl. cover): {g.ri(3, 9)}\n")
    b.add("CONFIDENTIALITY NOTICE: This fax contains protected health information ...\n\n")
    b.add(f"PRIOR AUTHORIZATION REQUEST - {d['br'].upper()} ({d['g']})\n")
    b.add("Member name: ", PER(g.nm(pt, g.c(["full", "LF", "mid"]))), "\nMember ID: ", HPN(g.hpn()), f"   Group #: {g.dg(6)}\n")
    b.add("Date of birth: ", DOB(g.dob(L)), "\n")
    if g.p(0.25): b.add("SSN (Medicaid only): ", SSN(g.ssn()), "\n")
    if g.p(0.6): b.add("Member address: ", ADR(g.addr(c, multi=False)), "\n")
    b.add("Member phone: ", PH(g.phone(c)), "\n\n")
    b.add("Prescriber: ", PER(g.nm(dr, g.c(["full", "mid"]))), g.cred("md"), f"   NPI {g.npi()}   Specialty: Psychiatry\n")
    b.add("Office contact: ", PER(g.nm(ma, "full")), "  Direct: ", PH(g.phone(c, mobile=False)), "\n\n")
    b.add(f"Drug requested: {d['name']}   Qty {d['qty']}/30 days   Duration: 12 months\nDiagnosis: {g.c(ICD)}, {g.c(ICD)}\n")
    b.add(f"Previous trials: {g.c(DRUGS)[0]} x 8 weeks (inadequate response); {g.c(DRUGS)[0]} x 6 weeks (GI intolerance)\n")
    b.add(f"Clinical rationale: Patient has failed two formulary alternatives. PHQ-9 {g.ri(12, 24)} at last visit on ", DT(g.date(L)),
          ". Requesting expedited review.\n")
    b.add(f"Case #: PA-{g.ri(2023, 2025)}-{g.dg(8)}   Fax job {g.dg(6)}\n")
    return b

def k_soap_note(g):
    b, (c, L) = B(), _cl(g)
    pt, dr, d = g.person(c), g.person(c), g.drug()
    he = "he" if pt.sex == "M" else "she"
    b.add(g.c(["PSYCHIATRY PROGRESS NOTE (Telehealth)", "Medication Management - Video Visit", "Outpatient Psychiatric Follow-up"]), "\n")
    b.add("Patient: ", PER(g.nm(pt, g.c(["full", "LF", "lf"]))), "   MRN: ", MRN(g.mrn()), "   DOB: ", DOB(g.dob(L)), "\n")
    t1, t2 = g.tpair(L)
    b.add("Date of service: ", DT(g.date(L)), "   Start: ", DT(t1), "   End: ", DT(t2), "\n")
    b.add("Provider: ", PER(g.nm(dr, g.c(["full", "mid"]))), g.cred("md"), f"   CPT: 99214 + 90833\n")
    b.add("Patient location: home, ", LOC(g.place(c, True)), "   Provider location: clinic\n\n")
    b.add(f"S: Pt reports mood '{g.c(['better', 'so-so', 'still low', 'up and down'])}'. Sleep {g.ri(4, 8)} h/night. Taking {d['name']} daily, missed ~{g.ri(0, 5)} doses. ")
    if g.p(0.6):
        b.add(f"Lives with {g.c(['partner', 'mother', 'roommate', 'husband', 'wife'])} ", PER(g.nm(g.person(c), g.c(["given", "full"]))),
              f" and dog {g.c(['Biscuit', 'Luna', 'Max', 'Pepper', 'Milo', 'Rosie', 'Tucker'])}. ")
    b.add(f"Denies SI/HI. Stressors: {g.c(['job loss', 'divorce', 'caregiving for parent', 'finals', 'moving'])}.\n")
    b.add(f"O: Alert, oriented x3, speech normal rate, affect constricted, TP linear. PHQ-9 {g.ri(3, 22)}, GAD-7 {g.ri(2, 20)}.\n")
    b.add(f"A: {g.c(ICD)} - {g.c(['improving', 'partially responding', 'stable', 'worsening'])}.\n")
    b.add(f"P: {g.c(['Continue', 'Increase', 'Taper'])} {d['g']}; {g.c(['labs ordered', 'PDMP reviewed', 'safety plan reviewed'])}. ")
    b.add("RTC ", DT(g.date(L)), g.c([" via video.", ". ", " - will call to confirm."]), "\n")
    b.add("Rx sent to ", g.pharmacy(), ", ", LOC(g.place(c, True)), ".\n\n")
    b.add("Electronically signed by ", PER(g.nm(dr, "full")), g.cred("md"), " on ", DT(g.dtm(L)), "\n")
    return b

def k_dap_note(g):
    b, (c, L) = B(), _cl(g)
    pt, th = g.person(c), g.person(c)
    b.add(g.c(["DAP Progress Note", "Individual Psychotherapy - DAP", "Therapy Session Note (DAP format)"]), "\n")
    b.add("Client: ", PER(g.nm(pt, g.c(["full", "lf"]))), g.c(["", f"   Client ID: {g.dg(6)}"]), "\n")
    b.add("Session date: ", DT(g.date(L)), "   Time: ", DT(g.time(L)), f"   Session #{g.ri(2, 40)}   CPT {g.c(['90834', '90837', '90832', '90847'])}\n")
    b.add("Clinician: ", PER(g.nm(th, "full")), g.cred("th"), "   Modality: ", g.c(["video (Doxy.me)", "telephone", "video (Zoom for Healthcare)", "in office"]), "\n\n")
    b.add("DATA: Client presented on time. Reported ", g.c(["increased panic attacks at work", "two nights of nightmares", "conflict with sister", "improved sleep"]))
    if g.p(0.5): b.add(" (", PER(g.nm(g.person(c), "given")), ")")
    b.add(f". Completed thought record homework {g.c(['partially', 'fully', 'not at all'])}. ")
    b.add(f"Practised {g.c(['box breathing', 'grounding 5-4-3-2-1', 'cognitive restructuring', 'exposure hierarchy step 3'])}.\n")
    b.add("ASSESSMENT: ", g.c(["Client is making steady progress toward goal 2.", "Symptoms remain moderate; engagement good.",
                                 "Mild regression linked to anniversary of loss."]), f" C-SSRS screen negative. Dx {g.c(ICD)}.\n")
    b.add("PLAN: Continue weekly CBT. Next session ", DT(g.dtm(L)), ". ")
    if g.p(0.5): b.add("Coordinate with prescriber Dr. ", PER(g.nm(g.person(c), "sur")), " re: medication. ")
    b.add("Client has crisis numbers.\n\n", PER(g.nm(th, "full")), g.cred("th"), g.c([f", License #{g.dg(6)}", ""]), "\n")
    return b

def k_crisis_log(g):
    b, c, L = B(), "US", "en"
    cl, co = g.person(c), g.person(c)
    b.add(g.c(["CRISIS LINE - CALL RECORD", "Crisis Contact Log", "Behavioral Health Crisis Line - Contact Summary"]), "\n")
    b.add(f"Call ID: {g.ri(23, 25)}-{g.dg(6)}   Queue: {g.c(['English', 'Spanish', 'Veterans press 1', 'Text/Chat'])}\n")
    b.add("Counselor: ", PER(g.nm(co, "full")), f" (ID C-{g.dg(4)})\n")
    h, m = g.ri(0, 23), g.ri(0, 50)
    b.add("Contact start: ", DT(g.date(L) + g.c(JOIN[L]) + fmt_time(h, m, L, g.ri(0, 3))), f"   Duration: {g.ri(8, 74)} min\n")
    sty = g.c(["full", "given", "lower"])
    b.add("Caller: ", PER(g.nm(cl, sty)), " - declined last name" if sty == "given" else g.c([" (self)", ""]), "   Callback: ", PH(g.phone(c, mobile=True)), "\n")
    b.add(f"Age: {g.ri(16, 78)}   Location (per caller): ", LOC(g.place(c, True)), "\n\n--- Timeline ---\n")
    lines = [("Caller reports feeling overwhelmed after argument with ", PER(g.nm(g.person(c), g.c(["given", "full"]))), "."),
             ("Passive SI, no plan, no intent. Access to means: ", g.c(["none reported", "firearm in home (locked)", "old prescriptions"]), "."),
             ("Caller is at ", ADR(g.addr(c, multi=False)), " with roommate.") if g.p(0.5) else ("Caller is at home; would not give address.",),
             ("Reviewed coping; caller agreed to call sister ", PER(g.nm(g.person(c, sex="F"), "given")), " at ", PH(g.phone(c)), "."),
             ("Safety plan completed. Follow-up call scheduled ", DT(g.dtm(L)), "."),
             ("Referral to ", g.clinic(), " intake ", PH(g.phone(c, mobile=False)), ".")]
    for parts in lines[: g.ri(4, 6)]:
        m += g.ri(1, 7)
        b.add(f"{(h + m // 60) % 24:02d}:{m % 60:02d} ", *parts, "\n")
    b.add(f"\nRisk level: {g.c(['Low', 'Moderate', 'Moderate-High'])}   Emergency services dispatched: {g.c(['No', 'No', 'Yes (welfare check)'])}\n")
    b.add(f"Disposition code: {g.c(['D2', 'R1', 'F3'])}   Supervisor reviewed: Y\n")
    return b

def k_tele_summary(g):
    b, (c, L) = B(), _cl(g)
    pt, dr, d = g.person(c), g.person(c), g.drug()
    b.add(g.c(["After Visit Summary", "Telehealth Visit Summary", "Your Video Visit Summary"]), "\n", g.clinic(), "\n\n")
    b.add(PER(g.nm(pt, g.c(["full", "CAPS"]))), "   DOB: ", DOB(g.dob(L)), "   MRN ", MRN(g.mrn()), "\n")
    b.add("Visit: ", DT(g.dtm(L)), " with ", PER(g.nm(dr, g.c(["full", "mid"]))), g.cred("md"), f" ({g.c(['video', 'phone', 'video'])})\n\n")
    b.add(f"Reason for visit: {g.c(['Medication follow-up', 'Anxiety', 'ADHD check-in', 'Insomnia', 'Depression follow-up'])}\n")
    b.add(f"Your vitals (self-reported): BP {g.ri(100, 150)}/{g.ri(60, 95)}, weight {g.ri(110, 290)} lb\n\n")
    b.add("Medication changes:\n")
    b.add(f"  START {d['name']} - {d['sig']}\n")
    if g.p(0.6): b.add(f"  STOP {g.c(DRUGS)[0]}\n")
    b.add("Prescriptions sent to: ", g.pharmacy(), ", ", ADR(g.addr(c, multi=False)), "\n\n")
    b.add("Next steps:\n  - Follow-up: ", DT(g.dtm(L)), "\n")
    if g.p(0.5): b.add(f"  - Lab: {g.c(['lithium level', 'TSH', 'A1c'])} (LOINC {g.dg(4)}-{g.dg(1)}) by ", DT(g.date(L)), "\n")
    b.add("  - Questions: ", PH(g.phone(c, mobile=False)), " or ", EM(g.org_email()), "\n")
    b.add("View in portal: ", URL(g.url("portal")), "\n")
    return b

def k_video_invite(g):
    b, (c, L) = B(), _cl(g)
    pt, dr = g.person(c), g.person(c)
    plat = g.c(["zoom", "video", "video"])
    b.add("Subject: Your telehealth appointment with Dr. ", PER(dr.s), "\n\n")
    b.add(g.c(["Hi ", "Hello ", "Dear "]), PER(g.nm(pt, g.c(["given", "full"]))), ",\n\n")
    b.add("Your video visit is scheduled for ", DT(g.dtm(L)), g.c([" (Eastern Time)", " (Pacific Time)", "", " Central"]), ".\n\n")
    if plat == "zoom":
        b.add("Join Zoom Meeting\n", URL(g.url("zoom")), "\n\nMeeting ID: ", g.meeting_id(), "\nPasscode: ", PW(g.passcode()), "\n\n")
        b.add("Dial by your location\n        ", PH(g.c(["+1 646 558 8656", "+1 312 626 6799", "+1 669 900 9128", "+1 253 215 8782"])), " US\n")
        if g.p(0.5): b.add("One tap mobile\n        ", PH(g.c(["+16465588656", "+13126266799"])), f",,{g.dg(11)}# US\n")
    else:
        b.add("Join here: ", URL(g.url("video")), "\n")
        if g.p(0.6): b.add(g.c(["Access code: ", "Visit PIN: ", "Passcode: "]), PW(g.passcode()), "\n")
        b.add("\n")
    b.add("Please join 10 minutes early and have your ID and medication list ready.\n")
    if g.p(0.5): b.add("Complete eCheck-in here: ", URL(g.url("forms")), "\n")
    b.add("Trouble connecting? Call ", PH(g.phone(c, mobile=False)), " or email ", EM(g.org_email()), ".\n\n")
    b.add(g.clinic(), "\n", ADR(g.addr(c, multi=g.p(0.5))), "\n")
    b.add(f"Appointment ref {g.rs(8, UPNUM)}\n")
    return b

def k_med_rec(g):
    b, (c, L) = B(), _cl(g)
    pt, rph = g.person(c), g.person(c)
    b.add(g.c(["MEDICATION RECONCILIATION", "Medication Reconciliation - Transition of Care", "Home Medication List (Reconciled)"]), "\n")
    b.add("Patient: ", PER(g.nm(pt, g.c(["LF", "lf", "full"]))), "   MRN ", MRN(g.mrn()), "   DOB ", DOB(g.dob(L)), "\n")
    b.add(f"Allergies: {g.c(['NKDA', 'penicillin (hives)', 'sulfa (rash)', 'lamotrigine (SJS - 2019)', 'codeine (nausea)'])}\n")
    b.add("Sources: patient interview; fill history from ", g.pharmacy(), " (", PH(g.phone(c, mobile=False)), ")")
    if g.p(0.6): b.add("; caregiver ", PER(g.nm(g.person(c), "full")), f" ({g.c(['daughter', 'son', 'wife', 'husband', 'mother'])})")
    b.add("\n\n#  Medication                          Last dose               Action\n")
    for i in range(g.ri(3, 7)):
        d = g.drug()
        b.add(f"{i + 1}  {(d['name'] + ' ' + g.c(['daily', 'BID', 'QHS', 'PRN'])):<36}  ")
        if g.p(0.7): b.add(DT(g.dtm(L)) if g.p(0.5) else DT(g.date(L)))
        else: b.add("unknown")
        b.add(f"   {g.c(['Continue', 'Continue', 'Hold', 'Discontinue', 'Change dose'])}\n")
    b.add("\nReconciled by: ", PER(g.nm(rph, "full")), g.cred("rph"), "  ", DT(g.dtm(L)), "\n")
    return b

def k_lab_notify(g):
    b, (c, L) = B(), _cl(g)
    pt = g.person(c)
    b.add(f"From: {g.clinic()} <", EM(g.org_email()), ">\nTo: ", EM(g.email(pt, c)), "\n")
    b.add(f"Date: {g.logts()}\nSubject: New test result available\n\n")
    b.add("Dear ", PER(g.nm(pt, g.c(["full", "given"]))), ",\n\n")
    test = g.c([("Lithium, serum", "0.8 mmol/L", "0.6-1.2"), ("TSH", "2.41 uIU/mL", "0.45-4.5"), ("Hemoglobin A1c", "5.9 %", "<5.7"),
                ("Valproic acid level", "74 ug/mL", "50-100"), ("Urine drug screen", "see report", "-")])
    b.add(f"A new result for {test[0]} was released to your portal on ", DT(g.date(L)), ". ")
    b.add("Your care team will contact you if anything needs follow-up.\n\n")
    b.add("Log in: ", URL(g.url("portal")), "\n")
    if g.p(0.4): b.add(f"(Result preview: {test[1]}; reference {test[2]}; accession {g.rs(2, UPNUM)}{g.dg(8)})\n")
    b.add("\nQuestions? Call ", PH(g.phone(c, mobile=False)), ".\nThis mailbox is not monitored. Unsubscribe: ", URL(g.url("help")), "\n")
    b.add(f"Message-ID: <{g.hexs(16)}@mail.{g.c(ORG_DOM)}>\n")
    return b

def k_counsel_note(g):
    b, (c, L) = B(), _cl(g)
    pt, rph, d = g.person(c), g.person(c), g.drug()
    b.add(g.c(["Pharmacist Counseling Note", "OBRA-90 Counseling Documentation", "Patient Consultation Record"]), "\n")
    b.add("Date/time: ", DT(g.dtm(L)), f"   Store: {g.pharmacy()}\n")
    b.add("Patient: ", PER(g.nm(pt, g.c(["full", "LF"]))), "   DOB: ", DOB(g.dob(L)), f"   Rx# {g.rxno()}\n")
    b.add(f"New Rx: {d['name']} (NDC {d['ndc']}, mfr {g.c(MFRS)})\n\n")
    b.add(f"Counseled on purpose, dosing ({d['sig'].lower()}), onset {g.ri(2, 6)}-{g.ri(6, 8)} weeks, common ADRs, and ")
    b.add(g.c(["serotonin syndrome warning signs", "avoiding alcohol", "not stopping abruptly", "activation/insomnia", "safe storage of controlled meds"]), ". ")
    if g.p(0.6):
        b.add("Spoke with pt's ", g.c(["husband", "wife", "mother", "son"]), " ", PER(g.nm(g.person(c), "full")), " at ", PH(g.phone(c)), " per pt request. ")
    b.add(f"Pt verified identity with DOB and address. Teach-back successful. Time spent: {g.ri(5, 20)} min.\n")
    if d["sch"] or g.p(0.25):
        st, v = g.dl()
        b.add(f"{'Controlled substance pickup' if d['sch'] else 'Pickup by proxy'}: ID checked - {st} DL ", DL(v), ".\n")
    b.add("\n", PER(g.nm(rph, g.c(["full", "mid"]))), g.cred("rph"), "\n")
    return b

def k_pdmp_report(g):
    b, c, L = B(), "US", "en"
    pt, req = g.person(c), g.person(c)
    st = g.c(list(US_STATES))
    b.add("PRESCRIPTION DRUG MONITORING PROGRAM - PATIENT REPORT\nState: ", LOC(US_STATES[st]), f"   Request ID {g.dg(9)}\n")
    b.add("Report date: ", DT(g.date(L, k=0)), "\nRequestor: ", PER(g.nm(req, g.c(["full", "LF"]))), g.cred("md"), f"  DEA {g.dea(req.s)}\n\n")
    b.add("Patient: ", PER(g.nm(pt, g.c(["LF", "CAPS"]))), "   DOB: ", DOB(g.dob(L, k=0)), "\n", ADR(g.addr(c, multi=False, caps=True)), "\n\n")
    b.add("Fill Date   Written     Drug                      Qty  Days  Prescriber          Pharmacy         Pay\n")
    for _ in range(g.ri(2, 6)):
        d = g.c([x for x in DRUGS if x[4]])
        pr = g.person(c)
        wr, fl = g.dpair(L, k=0, gap=20)
        b.add(DT(fl), "  ", DT(wr), f"  {(d[0] + ' ' + d[2].split('|')[0]):<25} {g.c([30, 60, 90, 14]):<4} {g.c([30, 15, 7]):<5} ")
        b.add(PER(g.nm(pr, "LF")), "  ", g.pharmacy().upper()[:16], f"  {g.c(['Comm', 'Medicaid', 'Cash', 'Medicare'])}\n")
    b.add(f"\nSummary: prescribers {g.ri(1, 4)}, pharmacies {g.ri(1, 3)}, MME/day {g.ri(0, 90)}, LME/day {g.ri(0, 40)}\n")
    b.add(f"NarxScore: Narcotic {g.dg(3)}  Sedative {g.dg(3)}  Stimulant {g.dg(3)}   Overdose risk score {g.dg(3)}\n")
    return b

def k_home_health(g):
    b, (c, L) = B(), _cl(g)
    pt, rn = g.person(c), g.person(c)
    b.add(g.c(["HOME HEALTH SKILLED NURSING VISIT NOTE", "Home Visit - Psychiatric Nursing", "Home Health Visit Note"]), "\n")
    t1, t2 = g.tpair(L)
    b.add("Patient: ", PER(g.nm(pt, g.c(["full", "LF"]))), "   MRN ", MRN(g.mrn()), "\nVisit date: ", DT(g.date(L)), "   Time in: ", DT(t1), "   Time out: ", DT(t2), "\n")
    b.add("Address: ", ADR(g.addr(c, multi=g.p(0.3))), "\n")
    b.add("Caregiver present: ", PER(g.nm(g.person(c), g.c(["full", "given"]))), " - cell ", PH(g.phone(c, mobile=True)), "\n\n")
    b.add(f"Vitals: BP {g.ri(100, 160)}/{g.ri(60, 99)}  HR {g.ri(55, 110)}  SpO2 {g.ri(91, 100)}%  Temp {g.ri(970, 995) / 10}F\n")
    b.add(f"Med review: pillbox filled x2 weeks; {g.ri(0, 4)} missed doses of {g.drug()['g']} found. Expired bottles removed (Rx {g.rxno()}).\n")
    b.add(f"Mental status: {g.c(['calm, cooperative', 'anxious, tearful', 'mildly confused in afternoon'])}. Home safety reviewed; no firearms.\n")
    b.add("Next visit: ", DT(g.dtm(L)), ". Notified Dr. ", PER(g.nm(g.person(c), "sur")), " of BP reading via ", PH(g.phone(c, mobile=False)), ".\n\n")
    b.add(PER(g.nm(rn, "full")), g.cred("rn"), f"   Visit #{g.dg(6)}   Mileage {g.ri(3, 48)} mi\n")
    return b

def k_intake_form(g):
    b, c, L = B(), "US", "en"
    pt, ec, pcp = g.person(c), g.person(c), g.person(c)
    ap = g.addr_parts(c)
    b.add("NEW PATIENT INTAKE QUESTIONNAIRE - ", g.clinic(), "\n\n")
    b.add("Legal name: ", PER(g.nm(pt, g.c(["full", "mid", "lf"]))), "\nPreferred name: ", PER(pt.g if g.p(0.7) else pt.g[:3]), "   Pronouns: ", g.c(["she/her", "he/him", "they/them"]), "\n")
    b.add("Date of birth: ", DOB(g.dob(L)), "\n")
    b.add("Street address: ", ADR(ap["street"]), "\nCity: ", LOC(ap["city"]), "   State: ", LOC(ap["region"]), f"   ZIP: {ap['pc']}\n")
    b.add("Cell phone: ", PH(g.phone(c, mobile=True)), "   OK to text? ", g.c(["Y", "N"]), "\nEmail: ", EM(g.email(pt, c)), "\n")
    if g.p(0.5): b.add("SSN (optional): ", SSN(g.ssn()), "\n")
    else: b.add(f"SSN (optional): XXX-XX-{g.dg(4)}\n")
    if g.p(0.5):
        st, v = g.dl(ap["region"] if ap["region"] in ("CA", "NY", "TX", "FL", "IL", "PA", "WA", "OH", "MI", "NJ", "GA", "NC", "AZ", "MA", "CO") else None)
        b.add("Driver's license #: ", DL(v), f"  State: {st}\n")
    b.add("\nEmergency contact: ", PER(g.nm(ec, "full")), f"   Relationship: {g.c(['spouse', 'mother', 'friend', 'brother', 'partner'])}   Phone: ", PH(g.phone(c)), "\n")
    b.add("Insurance: ", g.c(PLANS), "   Member ID: ", HPN(g.hpn()), f"   Group #: {g.dg(6)}\n")
    b.add("Primary care: Dr. ", PER(g.nm(pcp, g.c(["full", "sur"]))), "   Phone: ", PH(g.phone(c, mobile=False)), "\n")
    b.add("Preferred pharmacy: ", g.pharmacy(), ", ", ADR(g.addr(c, multi=False)), "\n\n")
    b.add(f"PHQ-2: little interest {g.ri(0, 3)} / feeling down {g.ri(0, 3)}     GAD-2: {g.ri(0, 3)} / {g.ri(0, 3)}\n")
    b.add("What brings you in? ", g.typo(g.c(["i have been having panic attacks since my car accident, mostly at night",
                                                    "my anxiety is really bad at work and i cant focus",
                                                    "referred by my PCP for depression, tried zoloft before"])), "\n")
    b.add("Signature: ______   Date: ", DT(g.date(L)), "\n")
    return b

def k_consent_form(g):
    b, (c, L) = B(), _cl(g)
    pt, wit = g.person(c), g.person(c)
    b.add("INFORMED CONSENT FOR TELEHEALTH SERVICES\n", g.clinic(), f"   Form TH-{g.ri(1, 30)} v{g.ri(1, 4)}.{g.ri(0, 9)}\n\n")
    b.add("I, ", PER(g.nm(pt, g.c(["full", "mid", "CAPS"]))), ", consent to receive behavioral health services by interactive video and telephone. ")
    b.add("I understand that telehealth sessions are not recorded, that technical failures may occur, and that in an emergency I should call local emergency services. ")
    b.add("My physical location during sessions will usually be: ", ADR(g.addr(c, multi=False)), ". ")
    b.add("If the connection drops, my clinician may reach me at ", PH(g.phone(c, mobile=True)), ".\n\n")
    if g.p(0.5):
        minor = g.person(c)
        b.add("Parent/guardian consenting for minor: ", PER(g.nm(minor, "full")), " (DOB ", DOB(g.dob(L)), ")\n")
    b.add("Signature: /s/ ", PER(g.nm(pt, "full")), "    Date: ", DT(g.date(L)), "\n")
    b.add("Witness: ", PER(g.nm(wit, "full")), g.cred("th"), "    Date: ", DT(g.date(L)), "\n")
    b.add(f"Document ID {g.uuid()}  |  e-signature audit hash {g.hexs(40)}\n")
    return b

def _seg(b, name, fields, end="\n"):
    b.add(name)
    for f in fields:
        b.add("|")
        if isinstance(f, list): b.add(*f)
        elif f is not None: b.add(f)
    b.add(end)

def _xad(g, c="US"):
    p = g.addr_parts(c)
    return f"{p['street']}^^{p['city']}^{p['region']}^{p['pc']}^USA".upper()

def k_hl7_rde(g):
    b, c = B(), "US"
    pt, dr, ins, d = g.person(c), g.person(c), g.person(c), g.drug()
    fac = g.c(["CVBH", "LKPSY", "RBH", "HVIC", "MERIDIAN"])
    _seg(b, "MSH", ["^~\\&", "EPIC", fac, "PHARM", "RXSYS", g.hl7ts(), "", "RDE^O11^RDE_O11", g.dg(10), "P", "2.5.1"])
    _seg(b, "PID", ["1", "", [MRN(g.mrn()), f"^^^{fac}^MR"], "", [PER(g.nm(pt, "hl7"))], "", [DOB(g.ymd(g.rdob()))], pt.sex, "", "",
                    [ADR(_xad(g))], "", [PH(g.phone(c, intl=False))], "", "", g.c(["S", "M", "D", "W"]), "", [ACC(g.dg(9)), f"^^^{fac}^AN"],
                    [SSN(g.ssn().replace(" ", ""))] if g.p(0.5) else "", (lambda st, v: [DL(v), f"^{st}"])(*g.dl()) if g.p(0.3) else ""])
    _seg(b, "PV1", ["1", "O", f"TELEPSY^^^{fac}", "", "", "", [f"{g.npi()}^", PER(g.nm(dr, "hl7")), "^^^DR^MD"]])
    _seg(b, "IN1", ["1", f"{g.rs(4, string.ascii_uppercase)}01", g.dg(5), g.c(PLANS).upper(), "", "", "", g.dg(6)] + [""] * 7 +
         [[PER(g.nm(ins, "hl7"))], "SEL", [DOB(g.ymd(g.rdob()))], [ADR(_xad(g))]] + [""] * 16 + [[HPN(g.hpn())]])
    _seg(b, "ORC", ["NW", f"{g.dg(8)}^{fac}", f"{g.dg(8)}^RX", "", "CM"])
    _seg(b, "TQ1", ["1", "", g.c(["QD", "BID", "QHS", "Q8H PRN"]), "", "", "", "", [DT(g.ymd(g.rdate()))]])
    _seg(b, "RXE", ["", f"{d['ndc'].replace('-', '')}^{d['name'].upper()}^NDC", d["st"].split()[0], "", d["st"].split()[-1].upper(), d["form"].upper(),
                    "", "", "", str(d["qty"]), "TAB", str(g.ri(0, 5))])
    if g.p(0.5): _seg(b, "NTE", ["1", "", [f"Pt requests delivery; call ", PH(g.phone(c)), " before 5pm"]])
    return b

def k_fhir_bundle(g):
    b, c = B(), "US"
    pt, dr, d = g.person(c), g.person(c), g.drug()
    ap, pid = g.addr_parts(c), g.uuid()
    b.add('{\n "resourceType": "Bundle",\n "type": "collection",\n', f' "meta": {{"lastUpdated": "{g.iso(g.rdate())}T{g.ri(0, 23):02d}:{g.ri(0, 59):02d}:00Z"}},\n', ' "entry": [\n')
    b.add('  {"resource": {\n   "resourceType": "Patient",\n', f'   "id": "{pid}",\n')
    b.add('   "identifier": [{"system": "urn:oid:1.2.840.114350.1.13.0.1.7.5.737384.14", "value": "', MRN(g.mrn()), '"}],\n')
    b.add('   "name": [{"use": "official", "family": "', PER(pt.s), '", "given": ["', PER(pt.g), '"]}],\n')
    b.add('   "telecom": [{"system": "phone", "value": "', PH(g.phone(c)), '", "use": "mobile"}')
    if g.p(0.6): b.add(', {"system": "email", "value": "', EM(g.email(pt, c)), '"}')
    b.add('],\n', f'   "gender": "{"male" if pt.sex == "M" else "female"}",\n   "birthDate": "', DOB(g.iso(g.rdob())), '",\n')
    b.add('   "address": [{"line": ["', ADR(ap["street"]), '"], "city": "', LOC(ap["city"]), '", "state": "', LOC(ap["region"]), f'", "postalCode": "{ap["pc"]}"}}]\n  }}}},\n')
    b.add('  {"resource": {\n   "resourceType": "MedicationRequest",\n', f'   "id": "{g.uuid()}",\n   "status": "active",\n   "intent": "order",\n')
    b.add('   "medicationCodeableConcept": {"coding": [{"system": "', URL("http://www.nlm.nih.gov/research/umls/rxnorm"), f'", "code": "{g.dg(6)}", "display": "{d["name"]}"}}]}},\n')
    b.add(f'   "subject": {{"reference": "Patient/{pid}", "display": "', PER(g.nm(pt, "full")), '"},\n   "authoredOn": "', DT(g.iso(g.rdate())), '",\n')
    b.add('   "requester": {"display": "Dr. ', PER(g.nm(dr, "full")), '"},\n', f'   "dosageInstruction": [{{"text": "{d["sig"]}"}}],\n')
    b.add(f'   "dispenseRequest": {{"numberOfRepeatsAllowed": {g.ri(0, 5)}, "quantity": {{"value": {d["qty"]}}}, "validityPeriod": {{"end": "', DT(g.iso(g.rdate())), '"}}\n  }}\n ]\n}')
    return b

def k_ncpdp_claim(g):
    b, c = B(), "US"
    pt, dr, d = g.person(c), g.person(c), g.drug()
    pbm, bin_, pcn = g.c(PBMS)
    ap = g.addr_parts(c)
    rows = [("101-A1 BIN NUMBER", bin_), ("104-A4 PROCESSOR CONTROL NUMBER", pcn), ("301-C1 GROUP ID", g.rs(2, UPNUM) + g.dg(4)),
            ("302-C2 CARDHOLDER ID", HPN(g.hpn().replace(" ", ""))), ("303-C3 PERSON CODE", "001"),
            ("310-CA PATIENT FIRST NAME", PER(pt.g.upper())), ("311-CB PATIENT LAST NAME", PER(pt.s.upper())),
            ("304-C4 DATE OF BIRTH", DOB(g.ymd(g.rdob()))), ("305-C5 PATIENT GENDER CODE", "1" if pt.sex == "M" else "2"),
            ("322-CM PATIENT STREET ADDRESS", ADR(ap["street"].upper())), ("323-CN PATIENT CITY ADDRESS", LOC(ap["city"].upper())),
            ("324-CO PATIENT STATE/PROVINCE", LOC(ap["region"])), ("325-CP PATIENT ZIP/POSTAL ZONE", ap["pc"].replace("-", "")),
            ("326-CQ PATIENT PHONE NUMBER", PH(g.dgn(10))), ("401-D1 DATE OF SERVICE", DT(g.ymd(g.rdate()))),
            ("402-D2 PRESCRIPTION/SERVICE REF NO", g.dg(7)), ("407-D7 PRODUCT/SERVICE ID", d["ndc"].replace("-", "")),
            ("442-E7 QUANTITY DISPENSED", f"{d['qty']}000"), ("405-D5 DAYS SUPPLY", str(g.c([30, 90]))),
            ("411-DB PRESCRIBER ID", g.npi()), ("427-DR PRESCRIBER LAST NAME", PER(dr.s.upper())), ("409-D9 INGREDIENT COST SUBMITTED", g.amount())]
    b.add(f"NCPDP D.0 B1 CLAIM BILLING - {pbm.upper()}\nTXN {g.hexs(10).upper()}  SW {g.c(['RELAYHEALTH', 'CHANGE', 'SURESCRIPTS'])}\n\n")
    for k, v in rows: b.add(f"{k} ".ljust(38, "."), " ", v, "\n")
    b.add(f"\nRESPONSE: 112-AN TRANSACTION RESPONSE STATUS R\n510-FA REJECT COUNT {g.ri(1, 2)}\n511-FB REJECT CODE {g.c(REJECTS)[0]}\n503-F3 AUTHORIZATION NUMBER {g.claimno()}\n")
    return b

def k_rx_label(g):
    b, (c, L) = B(), _cl(g)
    pt, dr, d = g.person(c), g.person(c), g.drug()
    b.add(g.pharmacy().upper(), "\n", ADR(g.addr(c, multi=False, caps=True)), "\n", PH(g.phone(c, mobile=False)), "\n\n")
    b.add(f"Rx# {g.rxno()}    DATE: ", DT(g.date(L, k=g.c([0, 2]))), "\n", PER(g.nm(pt, "CAPS")), "\n")
    if g.p(0.5): b.add(ADR(g.addr(c, multi=False, caps=True)), "\n")
    b.add(f"\n{d['name'].upper()}\n{d['sig'].upper()}\n\nQTY: {d['qty']}    REFILLS: {g.ri(0, 5)}", g.c([" before ", " BY "]), DT(g.date(L, k=g.c([0, 2]))), "\n")
    b.add("DR. ", PER(g.nm(dr, g.c(["CAPS", "init"])).upper()), f"\nMFG: {g.c(MFRS).upper()}   NDC {d['ndc']}\n")
    b.add("DISCARD AFTER: ", DT(g.date(L, k=g.c([0, 2]))), "\n")
    if d["sch"]: b.add("CAUTION: Federal law prohibits the transfer of this drug to any person other than the patient for whom it was prescribed.\n")
    b.add(f"{g.c(['Take with food.', 'May cause drowsiness.', 'Do not drink alcohol.', 'Avoid grapefruit juice.'])}\n")
    b.add(f"Lot {g.rs(2, UPNUM)}{g.dg(5)}   Bin {g.c('ABCDEFGH')}{g.ri(1, 40)}   Tech {g.rs(3, string.ascii_uppercase)}\n")
    return b

def k_sms_thread(g):
    b, (c, L) = B(), _cl(g)
    pt, rn, d = g.person(c), g.person(c), g.drug()
    b.add("Conversation with ", g.clinic(), " (", PH(g.phone(c, mobile=False)), ")\n\n")
    h, m = g.ri(8, 17), g.ri(0, 30)

    def ts():
        nonlocal m
        m += g.ri(1, 9)
        return f"[{fmt_time((h + m // 60) % 24, m % 60, L, g.ri(0, 3))}] "
    b.add(ts(), "Clinic: Hi ", PER(pt.g), ", this is ", PER(g.nm(rn, g.c(["given", "full"]))), f" from the care team. Your refill for {d['g']} was approved.\n")
    b.add(ts(), "Me: ", g.typo("thank you!! can the pharmacy deliver to "), ADR(g.addr(c, multi=False)), "?\n")
    b.add(ts(), "Clinic: Please call them directly at ", PH(g.phone(c, mobile=False)), ".\n")
    b.add(ts(), "Me: ", g.typo("ok. is my appt on "), DT(g.date(L)), g.typo(" still happening"), "\n")
    b.add(ts(), "Clinic: Yes - ", DT(g.dtm(L)), ". Link: ", URL(g.url("video")))
    if g.p(0.6): b.add(" passcode ", PW(g.passcode()))
    b.add("\n", ts(), "Me: 👍\n")
    b.add(ts(), "Clinic: Reply STOP to opt out. Msg&data rates may apply. Ref ", g.rs(6, UPNUM), "\n")
    return b

def k_ics_invite(g):
    b, c = B(), g.c(["US", "US", "CA"])
    pt, dr = g.person(c), g.person(c)
    d0, tz = g.rdate(), g.c(["America/Chicago", "America/New_York", "America/Los_Angeles", "America/Denver", "America/Toronto"])
    h, m = g.ri(8, 17), g.c([0, 15, 30, 45])
    b.add(f"BEGIN:VCALENDAR\nPRODID:-//{g.clinic()}//Scheduling {g.version()}//EN\nVERSION:2.0\nMETHOD:REQUEST\nBEGIN:VEVENT\n")
    b.add(f"UID:{g.uuid()}@{g.c(ORG_DOM)}\nDTSTAMP:{g.ymd(g.rdate())}T{g.ri(0, 23):02d}{g.ri(0, 59):02d}00Z\n")
    b.add(f"DTSTART;TZID={tz}:", DT(f"{g.ymd(d0)}T{h:02d}{m:02d}00"), f"\nDTEND;TZID={tz}:", DT(f"{g.ymd(d0)}T{h + 1:02d}{m:02d}00"), "\n")
    b.add("SUMMARY:Telehealth follow-up with Dr. ", PER(g.nm(dr, "full")), "\nLOCATION:", URL(g.url(g.c(["zoom", "video"]))), "\n")
    b.add("ORGANIZER;CN=", PER(g.nm(dr, "full")), ":mailto:", EM(g.org_email(dr)), "\n")
    b.add("ATTENDEE;CN=", PER(g.nm(pt, "full")), ";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:", EM(g.email(pt, c)), "\n")
    b.add("DESCRIPTION:Please join 5 minutes early.\\nPasscode: ", PW(g.passcode()), "\\nDial-in: ", PH(g.phone(c, mobile=False, intl=True)), "\\nQuestions: ", PH(g.phone(c, mobile=False)), "\n")
    b.add(f"CREATED:{g.ymd(g.rdate())}T{g.ri(0, 23):02d}0000Z\nLAST-MODIFIED:{g.ymd(g.rdate())}T{g.ri(0, 23):02d}1500Z\nSEQUENCE:{g.ri(0, 3)}\n")
    b.add("BEGIN:VALARM\nTRIGGER:-PT15M\nACTION:DISPLAY\nEND:VALARM\nEND:VEVENT\nEND:VCALENDAR")
    return b

def k_ins_card(g):
    b, c = B(), "US"
    pt, pcp = g.person(c), g.person(c)
    pbm, bin_, pcn = g.c(PBMS)
    plan = g.c(PLANS)
    b.add("[Card scan - front]\n", plan.upper(), "\n", g.c(["PPO", "HMO", "EPO", "POS", "Medicare Advantage"]), "\n\nMember: ", PER(g.nm(pt, "CAPS")), "\n")
    b.add(g.c(["Member ID: ", "ID ", "Subscriber ID: "]), HPN(g.hpn()), "\n", f"Group: {g.dg(g.c([5, 6, 7]))}    Plan code {g.dg(3)}\n")
    b.add(f"RxBIN {bin_}   RxPCN {pcn}   RxGRP {g.rs(2, UPNUM)}{g.dg(4)}\nIssuer (80840) {g.dg(10)}\n")
    if g.p(0.6): b.add("PCP: DR ", PER(g.nm(pcp, "CAPS")), "   ", PH(g.phone(c, mobile=False)), "\n")
    b.add(f"Copays: PCP $25 / Spec $50 / ER $250 / Rx $10/$35/$70\nEffective {g.ri(2019, 2025)}\n\n[Card scan - back]\n")
    b.add("Member services: ", PH(g.tollfree()), "   TTY 711\nBehavioral health: ", PH(g.tollfree()), "\nPharmacy help desk: ", PH(g.tollfree()), "\n")
    b.add("Submit claims to: ", ADR(f"PO Box {g.dg(5)}, " + g.c(["Chicago, IL 60680", "Atlanta, GA 30348", "Salt Lake City, UT 84130", "Lexington, KY 40512", "El Paso, TX 79998"])), "\n")
    b.add(f"www.{_fold(plan.split()[0]).lower()}.com\n")
    return b

def k_billing_stmt(g):
    b, (c, L) = B(), _cl(g)
    pt = g.person(c)
    cur = "$" if c in ("US", "CA", "AU") else "£"
    b.add(g.clinic(), "\n", ADR(g.addr(c, multi=True)), "\n\nPATIENT STATEMENT\n")
    d1, d2 = g.dpair(L, gap=30)
    b.add("Statement date: ", DT(d1), "    Account #: ", ACC(g.acct()), "\nPlease pay by: ", DT(d2), "\n\n")
    b.add("Guarantor:\n", PER(g.nm(pt, g.c(["CAPS", "full", "mid"]))), "\n", ADR(g.addr(c, multi=True)), "\n\n")
    b.add("Date        Description                      CPT     Charge    Ins paid   Balance\n")
    for _ in range(g.ri(1, 4)):
        b.add(DT(g.date(L, k=0)), f"  {g.c(['Psychotherapy 53 min', 'Psychiatric eval', 'Med management', 'Family therapy', 'Telehealth E/M']):<32} {g.c(CPT):<7} {g.amount(cur):>9}  {g.amount(cur):>9}  {g.amount(cur):>9}\n")
    b.add(f"\nAMOUNT DUE: {g.amount(cur)}\nPay online: ", URL(g.url("pay")), "  or call ", PH(g.phone(c, mobile=False)), "\n")
    b.add(f"---------------- detach and return ----------------\nInvoice {g.order()}\n[ ] VISA [ ] MC [ ] AMEX [ ] DISC   Card number: ")
    b.add(CC(g.cc())) if g.p(0.4) else b.add("____ ____ ____ ____")
    b.add("\nName on card: ", PER(g.nm(pt, "full")) if g.p(0.4) else "________________", "\n")
    if g.p(0.2): b.add("Guarantor SSN: ", SSN(g.ssn()), "\n")
    return b

def k_uk_invoice(g):
    b, c, L = B(), "GB", "gb"
    th, cl = g.person(c), g.person(c)
    b.add(f"{g.c(['Counselling', 'Psychotherapy', 'CBT'])} invoice\n\n", PER(g.nm(th, "full")), g.c([" MBACP", " UKCP reg.", " BABCP accredited", ""]), "\n")
    b.add(ADR(g.addr(c, multi=True)), "\n", PH(g.phone(c)), " | ", EM(g.email(th, c)), "\n\n")
    b.add("Bill to: ", PER(g.nm(cl, g.c(["full", "mid"]))), "\n", ADR(g.addr(c, multi=g.p(0.5))), "\n\n")
    b.add(f"Invoice no: {g.ri(2023, 2025)}-{g.dg(3)}    Date: ", DT(g.date(L)), "\n\n")
    for _ in range(g.ri(2, 5)): b.add("Session ", DT(g.date(L)), f" (50 min, online)   £{g.c([60, 65, 70, 75, 85])}.00\n")
    b.add(f"\nTotal: £{g.ri(120, 400)}.00   Payment due within 14 days.\n\nBank transfer:\nAccount name: ", PER(g.nm(th, "full")), "\n")
    b.add(f"Sort code: {g.dg(2)}-{g.dg(2)}-{g.dg(2)}   Account no: ", ACC(g.dg(8)), "\nIBAN: ", IBN(g.iban("GB")), f"   BIC: {g.c(['NWBKGB2L', 'BARCGB22', 'LOYDGB21', 'MIDLGB22'])}\n")
    b.add("Please use the invoice number as reference. Thank you.\n")
    return b

def k_env_config(g):
    b = B()
    svc = g.c(["telehealth-api", "erx-gateway", "refill-bot", "portal-backend", "pdmp-sync"])
    b.add(f"# {svc} - production environment ({g.version()})\n# DO NOT COMMIT. Rotated by {g.c(['ops', 'secops', 'platform'])} - see runbook\n")
    b.add("APP_ENV=production\nLOG_LEVEL=info\n", f"BUILD_SHA={g.hexs(40)}\n")
    b.add(f"DATABASE_URL=postgres://{g.c(['rx_app', 'tele', 'portal_rw', 'app'])}:", PW(g.pw().replace("@", "A").replace(":", "x").replace("/", "Z")), "@", IP(g.ip4(True)), f":5432/{g.c(['rxdb', 'telehealth', 'portal'])}\n")
    if g.p(0.5): b.add("REDIS_URL=redis://:", PW(g.rs(24)), f"@cache-{g.rs(4).lower()}.internal:6379/0\n")
    fns = [lambda: b.add("AWS_ACCESS_KEY_ID=", AK(g.aws_ak()), "\nAWS_SECRET_ACCESS_KEY=", SK(g.aws_sk()), f"\nAWS_REGION={g.c(['us-east-1', 'us-west-2', 'us-east-2'])}\n"),
           lambda: b.add("STRIPE_SECRET_KEY=", STK(g.stripe()), "\nSTRIPE_WEBHOOK_SECRET=", GS(g.gsecret("whsec")), "\n"),
           lambda: b.add("TWILIO_AUTH_TOKEN=", GS(g.gsecret("twilio")), "\n"),
           lambda: b.add("SENDGRID_API_KEY=", GS(g.gsecret("sendgrid")), "\n"),
           lambda: b.add("SURESCRIPTS_CLIENT_ID=", g.uuid(), "\nSURESCRIPTS_CLIENT_SECRET=", GS(g.gsecret("surescripts")), "\n"),
           lambda: b.add("SLACK_BOT_TOKEN=", SL(g.slack()), "\nSLACK_ALERT_CHANNEL=#rx-alerts\n"),
           lambda: b.add("GITHUB_TOKEN=", GH(g.ghp()), "\n"),
           lambda: b.add("ZOOM_SDK_JWT=", JWT(g.jwt()), "\n")]
    _run(b, g, g.r.sample(fns, g.ri(3, 6)))
    b.add("ADMIN_EMAIL=", EM(g.org_email()), "\n", "STRIPE_PUBLISHABLE_KEY=pk_live_", g.rs(24), "\n")
    b.add("SENTRY_RELEASE=", g.version(), "\nSTAGING_DB_PASSWORD=${STAGING_DB_PASSWORD}\nFEATURE_FLAGS=erx,pdmp,video_v2\n")
    return b

def k_k8s_secret(g):
    b = B()
    name = g.c(["erx-gateway-credentials", "telehealth-api-secrets", "pharmacy-sftp", "portal-db", "pdmp-client"])
    b.add(f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {name}\n  namespace: {g.c(['pharmacy-prod', 'telehealth', 'default', 'rx'])}\n")
    b.add(f"  uid: {g.uuid()}\n  resourceVersion: \"{g.dg(8)}\"\n  labels:\n    app.kubernetes.io/version: \"{g.version()}\"\ntype: Opaque\ndata:\n")
    enc = lambda s: base64.b64encode(s.encode()).decode()
    for key, kind in g.r.sample([("DB_PASSWORD", "pw"), ("SFTP_PASSWORD", "pw"), ("REDIS_PASSWORD", "pw"), ("SURESCRIPTS_API_KEY", "gs"),
                                 ("AWS_SECRET_ACCESS_KEY", "aws"), ("STRIPE_API_KEY", "stripe"), ("JWT_SIGNING_KEY", "gs"), ("TWILIO_AUTH_TOKEN", "gs")], g.ri(2, 5)):
        raw = {"pw": g.pw, "gs": g.gsecret, "aws": g.aws_sk, "stripe": g.stripe}[kind]()
        b.add(f"  {key}: ", (enc(raw), "PASSWORD" if kind == "pw" else "GENERIC_SECRET"), "\n")
    b.add(f"  DB_USER: {enc(g.c(['rx_app', 'tele_svc', 'portal']))}\n  DB_HOST: {enc('db.' + g.c(ORG_DOM))}\n")
    if g.p(0.5): b.add("stringData:\n  ADMIN_PASSWORD: ", PW(g.pw()), "\n")
    return b

def k_ci_leak(g):
    b = B()
    d0 = g.rdate()
    repo = g.c(["pharmacy-platform/erx-gateway", "cvbh/telehealth-web", "meridian/portal-api", "rx-tools/pdmp-sync"])

    def ts():
        return f"{g.iso(d0)}T{g.ri(10, 11)}:{g.ri(10, 59)}:{g.ri(10, 59)}.{g.dg(7)}Z "
    b.add(ts(), f"##[group]Run actions/checkout@v4\n", ts(), f"  repository: {repo}\n", ts(), f"  ref: {g.hexs(40)}\n", ts(), "  token: ***\n", ts(), "##[endgroup]\n")
    b.add(ts(), "##[group]Run ./scripts/deploy.sh\n", ts(), "  env:\n", ts(), "    GH_TOKEN: ${{ secrets.GH_TOKEN }}\n", ts(), "    AWS_ROLE: ${{ secrets.AWS_DEPLOY_ROLE }}\n", ts(), "##[endgroup]\n")
    b.add(ts(), "+ echo \"debug: using token ", GH(g.ghp()), "\"\n")
    b.add(ts(), "+ curl -s -H 'Authorization: token ***' ", URL(f"https://api.github.com/repos/{repo}/releases/latest"), "\n")
    if g.p(0.6):
        b.add(ts(), "+ aws configure set aws_access_key_id ", AK(g.aws_ak()), "\n", ts(), "+ aws configure set aws_secret_access_key ", SK(g.aws_sk()), "\n")
    if g.p(0.4): b.add(ts(), "+ export SLACK_WEBHOOK_TOKEN=", SL(g.slack()), "\n")
    b.add(ts(), f"Deploying {g.version()} ({g.hexs(7)}) to prod-{g.c(['east', 'west'])}...\n", ts(), f"Uploaded artifact sha256:{g.hexs(64)}\n")
    b.add(ts(), f"##[error]Process completed with exit code {g.c([1, 2, 127])}.\n")
    return b

def k_slack_incident(g):
    b, c = B(), "US"
    ppl = [g.person(c) for _ in range(3)]
    b.add(f"#{g.c(['pharmacy-integrations', 'tele-oncall', 'rx-eng', 'incident-4471'])}  (export)\n\n")
    h, m = g.ri(8, 20), g.ri(0, 20)
    msgs = [lambda: b.add("the refill webhook is failing again, getting 401 from surescripts sandbox (req ", g.uuid(), ")"),
            lambda: b.add("I rotated the client secret yesterday, new one is ", GS(g.gsecret(g.c(["surescripts", "opaque"])))),
            lambda: b.add("also the bot token in the old config is ", SL(g.slack()), " - can someone revoke it"),
            lambda: b.add("pt ", PER(g.nm(g.person(c), g.c(["full", "LF"]))), " (MRN ", MRN(g.mrn()), ") got 3 duplicate refill texts, support is on it"),
            lambda: b.add("prod db is ", IP(g.ip4(True)), ", stage is ", IP(g.ip4(True)), ", dont mix them up again lol"),
            lambda: b.add("posting the stripe restricted key here for 5 min: ", STK(g.stripe()), " - delete after"),
            lambda: b.add("deploy ", g.version(), " is out, commit ", g.hexs(7)),
            lambda: b.add("@", _fold(ppl[0].g).lower(), " can you check pagerduty incident #", g.dg(6))]
    for f in g.r.sample(msgs, g.ri(4, 7)):
        m += g.ri(1, 6)
        who = g.c(ppl)
        b.add(f"[{(h + m // 60) % 24:02d}:{m % 60:02d}] ", PER(g.nm(who, g.c(["full", "full", "given"]))), ": ")
        f()
        b.add("\n")
    return b

def k_app_log(g):
    b, c = B(), "US"
    d0 = g.rdate()

    def ts():
        return f"{g.iso(d0)}T{g.ri(0, 23):02d}:{g.ri(0, 59):02d}:{g.ri(0, 59):02d}.{g.dg(3)}Z "
    evs = [lambda: b.add(ts(), f"INFO  [video-svc] session.create room=rm_{g.hexs(10)} provider=prv_{g.dg(5)} client_ip=", IP(g.ip4(False)), f" ua=\"Mozilla/5.0 Chrome/{g.ri(110, 125)}.0\"\n"),
           lambda: b.add(ts(), "DEBUG [auth] Authorization: Bearer ", JWT(g.jwt()), "\n"),
           lambda: b.add(ts(), "WARN  [erx] NewRx rejected patient=\"", PER(g.nm(g.person(c), "lf")), "\" dob=", DOB(g.iso(g.rdob())), f" reason=ADDRESS_MISMATCH msg_id={g.hexs(16)}\n"),
           lambda: b.add(ts(), f"ERROR [pay] card_declined last4={g.dg(4)} amount={g.ri(5, 300)}.00 currency=USD pi=pi_{g.rs(24)}\n"),
           lambda: b.add(ts(), "INFO  [gateway] upstream ", IP(g.ip6()), f" latency_ms={g.ri(3, 900)} status=200 trace={g.hexs(32)}\n"),
           lambda: b.add(ts(), "INFO  [notify] sms queued to=", PH(g.phone(c, intl=True)), f" template=refill_ready id={g.uuid()}\n"),
           lambda: b.add(ts(), "INFO  [notify] email sent to=", EM(g.email(g.person(c), c)), f" template=visit_reminder\n"),
           lambda: b.add(ts(), f"INFO  [scheduler] job=pdmp_sync duration={g.ri(1, 90)}s records={g.ri(10, 9000)} version={g.version()}\n"),
           lambda: b.add(ts(), "DEBUG [integration] x-api-key=", GS(g.gsecret(g.c(["hex32", "opaque"]))), f" endpoint=/v2/eligibility\n")]
    for f in g.r.sample(evs, g.ri(5, 8)): f()
    return b

def k_support_ticket(g):
    b, (c, L) = B(), _cl(g)
    pt, ag = g.person(c), g.person(c)
    handle = _fold(pt.g).lower()[:5] + g.dg(3)
    b.add(f"Ticket #{g.dg(6)}   Priority: {g.c(['Normal', 'High'])}   Channel: {g.c(['Email', 'Web form', 'Chat'])}\n")
    b.add("Requester: ", PER(g.nm(pt, g.c(["full", "lower"]))), " <", EM(g.email(pt, c)), ">\nSubject: ", g.c(["Can't log in to patient portal", "locked out!!", "Password reset not working"]), "\n\n")
    b.add(g.typo(f"hi, i've been locked out since yesterday. my username is {handle} and i reset my password to "), PW(g.pw()),
          g.typo(" but it still says invalid. my date of birth is "), DOB(g.dob(L)), g.typo(" and my phone is "), PH(g.phone(c)), ". ")
    b.add(g.typo("i have a video appt on "), DT(g.dtm(L)), g.typo(" and need to get in before that."))
    if g.p(0.25) and c == "US": b.add(" if you need it my ssn is ", SSN(g.ssn()))
    b.add("\n\n")
    b.add("--- Internal note (", PER(g.nm(ag, g.c(["full", "given"]))), ") ---\nVerified identity via DOB + phone. Login audit:\n")
    for _ in range(g.ri(2, 4)): b.add(f"{g.logts()} login_failed user={handle} ip=", IP(g.ip4(False)), f" app={g.version()}\n")
    b.add(f"{g.logts()} account_locked user={handle}\nUnlocked, sent reset link. Reminded pt not to send passwords by email.\n")
    return b

def k_vcard(g):
    b, (c, L) = B(), _cl(g)
    out = []
    for _ in range(g.ri(1, 2)):
        p = g.person(c)
        city = g.city(c)
        b.add("BEGIN:VCARD\nVERSION:3.0\nN:", PER(f"{p.s};{p.g}" + (f";{p.m}" if p.m else "")), ";Dr.;MD\n" if g.p(0.5) else ";;\n")
        b.add("FN:", PER(g.nm(p, g.c(["full", "mid"]))), "\n", f"ORG:{g.clinic()};Psychiatry\nTITLE:{g.c(['Psychiatrist', 'Clinical Pharmacist', 'Therapist', 'Nurse Practitioner'])}\n")
        b.add("TEL;TYPE=WORK,VOICE:", PH(g.phone(c, mobile=False, city=city)), "\n")
        if g.p(0.6): b.add("TEL;TYPE=FAX:", PH(g.phone(c, mobile=False, city=city)), "\n")
        b.add("EMAIL;TYPE=INTERNET:", EM(g.org_email(p)), "\n")
        st, pc = g.street(c), g.postcode(c, city)
        b.add("ADR;TYPE=WORK:;;", ADR(f"{st};{city[0]};{city[1]};{pc};{COUNTRY_NAME[c]}"), "\n")
        if g.p(0.4): b.add("BDAY:", DOB(g.iso(g.rdob())), "\n")
        b.add("URL:", URL(g.url("docs")), f"\nREV:{g.hl7ts()}Z\nUID:urn:uuid:{g.uuid()}\nEND:VCARD\n")
    return b

def k_referral_letter(g):
    b, (c, L) = B(), _cl(g)
    pt, dr, to = g.person(c), g.person(c), g.person(c)
    b.add(g.clinic(), "\n", ADR(g.addr(c, multi=True)), "\nTel ", PH(g.phone(c, mobile=False)), " | Fax ", PH(g.phone(c, mobile=False)), "\n\n", DT(g.date(L)), "\n\n")
    b.add("Dr. ", PER(g.nm(to, g.c(["full", "mid"]))), "\n", g.clinic(), "\n", ADR(g.addr(c, multi=True)), "\n\n")
    dd = g.rdob()
    b.add("Re: ", PER(g.nm(pt, g.c(["full", "LF"]))), ", DOB ", DOB(g.date(L, dd)))
    if g.p(0.6): b.add("\nHospital no. " if c == "GB" else "\nMRN ", MRN(g.mrn()))
    b.add("\n\nDear Dr. ", PER(to.s), ",\n\n")
    b.add("Thank you for seeing ", PER(g.nm(pt, g.c(["full", "given"]))), f", a {2025 - dd.year}-year-old {'man' if pt.sex == 'M' else 'woman'} I have followed since {g.ri(2010, 2022)}, ")
    b.add(f"for assessment of {g.c(['treatment-resistant depression', 'possible bipolar II disorder', 'adult ADHD', 'PTSD with nightmares', 'OCD'])}. ")
    b.add(f"Trials so far: {g.c(DRUGS)[0]}, {g.c(DRUGS)[0]}. Current PHQ-9 {g.ri(10, 25)}. No history of ECT. ")
    b.add("The patient can be reached on ", PH(g.phone(c, mobile=True)), ". I am happy to discuss on ", PH(g.phone(c, mobile=False)), " or ", EM(g.org_email(dr)), ".\n\n")
    b.add("Yours sincerely,\n\n", PER(g.nm(dr, "full")), g.cred("md"), "\ncc: ", PER(g.nm(pt, "full")), "\n")
    return b

def k_safety_plan(g):
    b, (c, L) = B(), _cl(g)
    pt, th = g.person(c), g.person(c)
    b.add("MY SAFETY PLAN\nName: ", PER(g.nm(pt, "full")), "   Date: ", DT(g.date(L)), "\n\n")
    b.add(f"1. Warning signs: {g.c(['not sleeping, isolating', 'racing thoughts', 'drinking more', 'skipping meds'])}\n")
    b.add(f"2. Coping strategies: walk my dog {g.c(['Biscuit', 'Luna', 'Bella', 'Cooper', 'Ziggy', 'Pepper'])}, music, shower, breathing app\n")
    b.add("3. People/places for distraction: ", PER(g.nm(g.person(c), "given")), g.c([" (neighbor)", " (cousin)"]), ", the library on ", ADR(g.street(c).replace("PO Box", "12 Mill St")), "\n")
    b.add("4. People I can ask for help: ")
    for i in range(g.ri(1, 3)): b.add("; " if i else "", PER(g.nm(g.person(c), g.c(["full", "given"]))), " ", PH(g.phone(c, mobile=True)))
    b.add("\n5. Professionals: therapist ", PER(g.nm(th, "full")), " ", PH(g.phone(c, mobile=False)), "; after-hours ", PH(g.tollfree()), "\n")
    b.add("   Nearest ER: ", g.c(["St. Mary's", "Mercy General", "Memorial Hermann", "Royal Infirmary", "County General"]), ", ", ADR(g.addr(c, multi=False)), "\n")
    b.add(f"6. Making environment safe: meds locked in box, {g.c(['husband', 'sister', 'mom', 'partner'])} ", PER(g.nm(g.person(c), "given")), " keeps the key.\n")
    b.add(f"Reasons for living: my kids ", PER(g.nm(g.person(c), "given")), " and ", PER(g.nm(g.person(c), "given")), ", finishing school\n")
    return b


SPOKEN = "zero one two three four five six seven eight nine".split()

def k_voicemail(g):
    b, c = B(), "US"
    pt, kid = g.person(c), g.person(c)
    d = g.drug()
    b.add(f"{g.logts()} Voicemail - {g.pharmacy()} Rx line\nFrom: ", PH(g.phone(c, intl=g.p(0.5))), f"   Length 0:{g.ri(21, 59)}\n")
    b.add(f"Transcription (auto, confidence {g.ri(60, 97) / 100}):\n\"")
    b.add("hi this is ", PER(g.nm(pt, "lower")), f" um calling about a refill for my {g.c(['daughter', 'son'])} ", PER(kid.g.lower()), f" her {d['g']} ")
    dd = g.rdob()
    b.add("her date of birth is ", DOB(g.c([f"{MONTHS['en'][dd.month - 1].lower()} {_ord(dd.day)} {dd.year}", f"{dd.month}/{dd.day}/{dd.year % 100:02d}", f"{MONTHS['en'][dd.month - 1].lower()} {dd.day} {dd.year}"])), " ")
    ph = re.sub(r"\D", "", g.phone(c, intl=False))[-10:]
    b.add("you can call me back at ", PH(g.c([f"{ph[:3]} {ph[3:6]} {ph[6:]}", " ".join(SPOKEN[int(x)] for x in ph)])), " ")
    if g.p(0.3): b.add("and you can put the copay on my card ", CC(g.cc()), " ")
    b.add(g.c(["after three", "anytime tomorrow", "before five"]), f" the rx number is {' '.join(g.dg(7))} thanks bye\"\n")
    b.add(f"Tagged: REFILL   Assigned: {g.c(['tech queue', 'RPh queue'])}   VM id {g.hexs(12)}\n")
    return b

def k_mail_order(g):
    b, c, L = B(), "US", "en"
    pt = g.person(c)
    ap = g.addr_parts(c)
    b.add(f"{g.c(['Express Scripts', 'CVS Caremark', 'OptumRx', 'Amazon Pharmacy', 'CenterWell'])} Home Delivery - Enrollment Form\n\n")
    b.add("Member ID: ", HPN(g.hpn()), "\nFirst name: ", PER(pt.g), "   Last name: ", PER(pt.s), "\nDate of birth: ", DOB(g.dob(L)), f"   Gender: {pt.sex}\n")
    b.add("Shipping address: ", ADR(ap["street"]), "\nCity: ", LOC(ap["city"]), "  State: ", LOC(ap["region"]), f"  ZIP: {ap['pc']}\n")
    b.add("Phone: ", PH(g.phone(c)), "   Email: ", EM(g.email(pt, c)), "\n")
    if g.p(0.6): b.add("SSN (for identity verification): ", SSN(g.ssn()), "\n")
    b.add(f"Allergies: {g.c(['none', 'PCN', 'sulfa', 'latex'])}   Health conditions: {g.c(['depression', 'anxiety', 'bipolar', 'ADHD'])}, {g.c(['HTN', 'diabetes', 'asthma', 'none'])}\n\n")
    b.add("Payment: ", g.c(["Visa", "Mastercard", "Amex", "Discover"]), " ", CC(g.cc()), "   Exp **/**   CVV on file: no\n")
    b.add("Cardholder: ", PER(g.nm(pt, g.c(["full", "CAPS"]))), "\nBilling ZIP: ", ap["pc"][:5], "\n")
    b.add(f"Auto-refill: {g.c(['Yes', 'No'])}    Order ref {g.order()}    Legacy ref {g.bad_cc()}\n")
    return b

def k_email_thread(g):
    b, (c, L) = B(), _cl(g)
    a, bb, pt = g.person(c), g.person(c), g.person(c)
    b.add("From: ", PER(g.nm(a, "full")), " <", EM(g.org_email(a)), ">\nTo: ", PER(g.nm(bb, "full")), " <", EM(g.org_email(bb)), ">\n")
    b.add(f"Date: {g.c(WEEKDAYS['en'])[:3]}, {g.ri(1, 28)} {g.c(MONTHS['en'])[:3]} {g.ri(2023, 2025)} {g.ri(7, 19):02d}:{g.ri(0, 59):02d}:{g.ri(0, 59):02d} -0{g.ri(4, 8)}00\n")
    b.add("Subject: RE: ", g.c(["PA status", "clozapine REMS", "refill question", "pt no-show"]), " - ", PER(g.nm(pt, g.c(["LF", "init"]) if g.p(0.5) else "sur")), "\n\n")
    b.add(g.c(["Hi ", "Hey "]), PER(bb.g), ",\n\n")
    b.add("Pharmacy called again about ", PER(g.nm(pt, "full")), " (MRN ", MRN(g.mrn()), "). The PA was approved through ", DT(g.date(L)), f", approval #{g.claimno()}. ")
    b.add("Can you let the patient know? Best number is ", PH(g.phone(c)), ".\n\nThanks,\n", PER(a.g), "\n\n")
    b.add("-----Original Message-----\nFrom: ", PER(g.nm(bb, "full")), f"\nSent: {g.c(WEEKDAYS['en'])}, {g.c(MONTHS['en'])} {g.ri(1, 28)}, {g.ri(2023, 2025)} {g.ri(1, 12)}:{g.ri(10, 59)} PM\nTo: ", PER(g.nm(a, "full")), "\n")
    b.add(f"Subject: PA status\n\nAny update on the {g.drug()['br']} PA? Case {g.order()}. Pt's appointment is ", DT(g.dtm(L)), ".\n")
    return b

def k_rx_transfer(g):
    b, (c, L) = B(), _cl(g)
    pt, r1, r2, dr, d = g.person(c), g.person(c), g.person(c), g.person(c), g.drug()
    b.add("PRESCRIPTION TRANSFER\n\nReceiving pharmacy: ", g.pharmacy(), "\n", ADR(g.addr(c, multi=False)), "\nPh ", PH(g.phone(c, mobile=False)), "  Fax ", PH(g.phone(c, mobile=False)), f"\nNPI {g.npi()}  DEA {g.dea('P')}\n")
    b.add("Receiving RPh: ", PER(g.nm(r1, "full")), "\n\nTransferring pharmacy: ", g.pharmacy(), "  Ph ", PH(g.phone(c, mobile=False)), "\nTransferring RPh: ", PER(g.nm(r2, g.c(["full", "init"]))), "\n\n")
    b.add("Patient: ", PER(g.nm(pt, g.c(["LF", "full"]))), "  DOB ", DOB(g.dob(L)), "  Ph ", PH(g.phone(c)), "\n")
    b.add(f"Rx# {g.rxno()}  {d['name']}  Qty {d['qty']}\nSig: {d['sig']}\nPrescriber: Dr. ", PER(g.nm(dr, "full")), f"  NPI {g.npi()}\n")
    d1, d2 = g.dpair(L, gap=120)
    b.add("Date written: ", DT(d1), "  Last fill: ", DT(d2), f"  Refills remaining: {g.ri(1, 5)}\n")
    b.add("Transferred: ", DT(g.dtm(L)), "\n", "Original Rx inactivated at transferring pharmacy.\n" if g.p(0.7) else "")
    return b

def k_webhook_json(g):
    b, c = B(), "US"
    pt = g.person(c)
    ap = g.addr_parts(c)
    ep = g.ri(1700000000, 1760000000)
    b.add(f"POST /webhooks/stripe HTTP/1.1\nHost: api.{g.c(ORG_DOM)}\nStripe-Signature: t={ep},v1={g.hexs(64)}\nContent-Type: application/json\n\n")
    b.add(f'{{\n  "id": "evt_{g.rs(24)}",\n  "type": "payment_intent.succeeded",\n  "created": {ep},\n  "data": {{"object": {{\n')
    b.add(f'    "id": "pi_{g.rs(24)}", "amount": {g.ri(500, 30000)}, "currency": "usd",\n    "receipt_email": "', EM(g.email(pt, c)), '",\n')
    b.add('    "metadata": {"patient_mrn": "', MRN(g.mrn()), '", "visit_at": "', DT(f"{g.iso(g.rdate())}T{g.ri(8, 18):02d}:{g.c(['00', '30'])}:00"), f'", "cpt": "{g.c(CPT)}"}},\n')
    b.add('    "billing_details": {"name": "', PER(g.nm(pt, "full")), '", "phone": "', PH(g.phone(c, intl=True)), '",\n')
    b.add('      "address": {"line1": "', ADR(ap["street"]), '", "city": "', LOC(ap["city"]), '", "state": "', LOC(ap["region"]), f'", "postal_code": "{ap["pc"]}", "country": "US"}}}},\n')
    b.add(f'    "payment_method_details": {{"card": {{"brand": "visa", "last4": "{g.dg(4)}", "exp_month": {g.ri(1, 12)}, "exp_year": {g.ri(2025, 2031)}}}}}\n  }}}}\n}}\n')
    return b

def k_deploy_runbook(g):
    b = B()
    host = g.c(["sftp.claims-clearinghouse.net", "files.pbm-partner.com", "edi.surescripts-staging.net"])
    b.add(f"# Runbook: nightly 837/NCPDP batch upload ({g.version()})\n\nOwner: ", PER(g.nm(g.person("US"), "full")), f"   On-call rotation: #rx-oncall\n\n")
    b.add(f"## Connect\n```\nsftp -i ~/.ssh/claims_ed25519 {g.c(['rxbatch', 'cvbh_upl', 'pharm01'])}@{host}\n```\nFallback host: ", IP(g.ip4(False)), " (port 2222)\n\n")
    b.add("Legacy password auth (to be removed): ", PW(g.pw()), "\n\n## Key (temporary - move to Vault!)\n```\n", PK(g.pem()), "\n```\n\n")
    b.add(f"## Verify\nExpected fingerprint SHA256:{b64u(bytes(g.ri(0, 255) for _ in range(32)))}\nLast successful batch id {g.uuid()}, {g.ri(100, 9000)} claims.\n")
    return b


# --------------------------------------------------------------------------
# Non-English document kinds
# --------------------------------------------------------------------------
DE_DRUGS = _w("Sertralin Escitalopram Venlafaxin Mirtazapin Quetiapin Lithiumcarbonat Lamotrigin Bupropion Agomelatin Lorazepam Zopiclon Aripiprazol Pregabalin Methylphenidat")
DE_KK = ["AOK Nordost", "Techniker Krankenkasse", "BARMER", "DAK-Gesundheit", "IKK classic", "KKH", "AOK Bayern", "hkk"]

def _de_person_line(g, b, p):
    b.add("Frau " if p.sex == "F" else "Herrn ", PER(g.nm(p, g.c(["full", "full", "lf"]))))

def k_de_arztbrief(g):
    b, c, L = B(), "DE", "de"
    pt, dr, hv = g.person(c), g.person(c), g.person(c)
    city = g.city(c)
    if g.p(0.4): b.add("Klinikum ", LOC(city[0]), " - Klinik für Psychiatrie und Psychotherapie\n")
    else: b.add(g.c(["Praxis für Psychiatrie und Psychotherapie", "MVZ Seelische Gesundheit", "Vivantes Klinikum Am Urban - Psychiatrie"]), "\n")
    b.add("Dr. med. ", PER(g.nm(dr, "full")), "\n", ADR(g.addr(c, multi=True, city=city)), "\nTel. ", PH(g.phone(c, mobile=False, city=city)), " · Fax ", PH(g.phone(c, mobile=False, city=city)), "\n\n")
    b.add(LOC(city[0]), ", den ", DT(g.date(L, k=g.c([0, 3]))), "\n\n")
    b.add("Frau Dr. med. " if hv.sex == "F" else "Herrn Dr. med. ", PER(g.nm(hv, "full")), "\n", ADR(g.addr(c, multi=True)), "\n\n")
    b.add(g.c(["Arztbrief", "Entlassungsbrief", "Vorläufiger Entlassungsbericht"]), "\nPatient/in: ", PER(g.nm(pt, g.c(["full", "lf"]))), ", geb. ", DOB(g.dob(L, k=0)), "\n")
    b.add("wohnhaft: ", ADR(g.addr(c, multi=False)), "\n")
    b.add(f"Krankenkasse: {g.c(DE_KK)}   Versichertennr.: ", HPN(g.c(string.ascii_uppercase) + g.dg(9)), f"   Fall-Nr. {g.dg(9)}\n\n")
    d1, d2 = g.dpair(L, k=0)
    b.add(f"Sehr geehrte{'' if hv.sex == 'F' else 'r'} {'Frau' if hv.sex == 'F' else 'Herr'} Kolleg{'in' if hv.sex == 'F' else 'e'} ", PER(hv.s), ",\n\n")
    b.add(f"wir berichten über o. g. {'Patientin' if pt.sex == 'F' else 'Patienten'}, {'die' if pt.sex == 'F' else 'der'} sich vom ", DT(d1), " bis zum ", DT(d2), " in unserer Behandlung befand.\n\n")
    b.add(f"Diagnosen:\n{g.c(ICD)} {g.c(['Rezidivierende depressive Störung, gegenwärtig schwere Episode', 'Generalisierte Angststörung', 'Bipolare affektive Störung', 'Posttraumatische Belastungsstörung'])}\n\n")
    b.add("Medikation bei Entlassung:\n")
    for _ in range(g.ri(2, 4)): b.add(f"  {g.c(DE_DRUGS)} {g.c([25, 50, 100, 150, 15, 5])} mg  {g.c(['1-0-0', '0-0-1', '1-0-1', '½-0-1', '0-0-0-1'])}\n")
    b.add("\nProcedere: Wiedervorstellung in unserer Institutsambulanz am ", DT(g.dtm(L)), ". Bei Krisen jederzeit erreichbar unter ", PH(g.phone(c, mobile=False)), ".\n\n")
    b.add("Mit freundlichen kollegialen Grüßen\n\n", PER(g.nm(dr, "full")), g.c([", Oberärztin" if dr.sex == "F" else ", Oberarzt", ", Fachärztin für Psychiatrie", ""]), "\n")
    return b

def k_de_medplan(g):
    b, c, L = B(), "DE", "de"
    pt = g.person(c)
    ap = g.c(["Löwen-Apotheke", "Rats-Apotheke", "Adler-Apotheke", "Stern-Apotheke am Markt", "Apotheke am Hauptbahnhof", "Schiller-Apotheke", "easyApotheke"])
    b.add("Medikationsplan                                   Seite 1 von 1\n", f"für: ", PER(g.nm(pt, "full")), "     geb. am: ", DOB(g.dob(L, k=0)), "\n")
    b.add("ausgedruckt von: ", ap, ", ", ADR(g.addr(c, multi=False)), "\nTel: ", PH(g.phone(c, mobile=False)), "   E-Mail: ", EM(g.org_email() if g.p(0.3) else f"info@{_fold(ap).lower().replace(' ', '-')}.de"), "\n")
    b.add("ausgedruckt am: ", DT(g.date(L, k=0)), "\n\n")
    b.add("Wirkstoff         | Handelsname            | Stärke  | Form | mo | mi | ab | zN | Hinweise          | Grund\n")
    for _ in range(g.ri(3, 6)):
        w = g.c(DE_DRUGS)
        b.add(f"{w:<17} | {(w + '-' + g.c(['ratiopharm', 'neuraxpharm', '1A Pharma', 'Hexal', 'AL', 'TEVA'])):<22} | {g.c([5, 10, 25, 50, 100]):>3} mg  | Tabl | "
              f"{g.c('1010½')}  | {g.c('00010')}  | {g.c('001')}  | {g.c('0011')}  | {g.c(['', 'nicht teilen', 'zum Essen', 'bei Bedarf']):<17} | {g.c(['Depression', 'Schlaf', 'Angst', 'Blutdruck', 'Schilddrüse'])}\n")
    b.add(f"\nPZN {g.dg(8)} · Barcode {g.dg(2)}{g.rs(10, UPNUM)} · Version {g.version()}\n")
    return b

def k_fr_compte_rendu(g):
    b, c, L = B(), "FR", "fr"
    pt, dr, mt = g.person(c), g.person(c), g.person(c)
    city = g.city(c)
    b.add("CENTRE HOSPITALIER ", LOC(city[0].upper()), " - Pôle de psychiatrie adulte\n", ADR(g.addr(c, multi=False, city=city)), "\nTél : ", PH(g.phone(c, mobile=False, city=city)), "   Secrétariat : ", PH(g.phone(c, mobile=False, city=city)), "\n\n")
    b.add(g.c(["COMPTE RENDU DE CONSULTATION", "COMPTE RENDU D'HOSPITALISATION", "COMPTE RENDU DE TÉLÉCONSULTATION"]), "\n\n")
    b.add("Patient(e) : ", "Mme " if pt.sex == "F" else "M. ", PER(f"{pt.s.upper()} {pt.g}"), "   Né(e) le : ", DOB(g.dob(L, k=g.c([0, 1]))), "\n")
    b.add("IPP : ", MRN(g.dg(8)), f"   N° de séjour : {g.dg(10)}\nAdresse : ", ADR(g.addr(c, multi=False)), "\nTél. : ", PH(g.phone(c, mobile=True)), "\n")
    b.add("Médecin traitant : Dr ", PER(g.nm(mt, "full")), "\nDate : ", DT(g.date(L)), "\n\n")
    b.add(f"Motif : {g.c(['épisode dépressif caractérisé', 'trouble anxieux généralisé', 'décompensation thymique', 'idées suicidaires'])}.\n")
    b.add(f"Histoire : {'Patiente' if pt.sex == 'F' else 'Patient'} de {g.ri(19, 80)} ans, suivi(e) au CMP depuis {g.ri(2012, 2023)}. PHQ-9 à {g.ri(8, 25)}. ")
    b.add(f"Vit {g.c(['avec son conjoint', 'avec sa mère', 'avec ses enfants', 'seul(e)'])}")
    b.add(" (", PER(g.nm(g.person(c), "given")), ").\n") if g.p(0.5) else b.add(".\n")
    b.add(f"Traitement de sortie : {g.c(['sertraline 50 mg', 'escitalopram 10 mg', 'venlafaxine LP 75 mg', 'quétiapine LP 50 mg'])} : 1 cp le matin ; {g.c(['hydroxyzine 25 mg si besoin', 'zopiclone 3,75 mg au coucher', 'lithium 400 mg LP le soir'])}.\n")
    b.add("Prochain rendez-vous : le ", DT(g.dtm(L)), g.c([" en téléconsultation.", " au CMP.", "."]), "\n\n")
    b.add("Dr ", PER(g.nm(dr, g.c(["full", "lf"]))), ", psychiatre\n")
    return b

def k_fr_ordonnance(g):
    b, c, L = B(), "FR", "fr"
    dr, pt = g.person(c), g.person(c)
    b.add("Docteur ", PER(g.nm(dr, "full")), "\nPsychiatre - Ancien chef de clinique\n", f"RPPS {g.dg(11)} · N° AM {g.dg(9)}\n", ADR(g.addr(c, multi=True)), "\nTél. ", PH(g.phone(c, mobile=False)), "\n\n")
    b.add(LOC(g.city(c)[0]), ", le ", DT(g.date(L)), "\n\n", "Mme " if pt.sex == "F" else "M. ", PER(g.nm(pt, g.c(["full", "CAPS"]))), f"\n{g.ri(18, 85)} ans - {g.ri(45, 110)} kg\n\n")
    for _ in range(g.ri(1, 3)):
        b.add(f"{g.c(['ESCITALOPRAM 10 mg', 'SERTRALINE 50 mg', 'MIRTAZAPINE 15 mg', 'ALPRAZOLAM 0,25 mg', 'LAMOTRIGINE 100 mg', 'ARIPIPRAZOLE 5 mg'])}, comprimé\n")
        b.add(f"  {g.c(['1 comprimé le matin', '1 cp au coucher', '1/2 cp matin et soir'])} pendant {g.c([14, 28, 30])} jours. {g.c(['QSP 3 mois.', 'À renouveler 2 fois.', 'Ne pas renouveler.'])}\n")
    b.add("\nMutuelle : ", g.c(["MGEN", "Harmonie Mutuelle", "MAAF Santé", "Malakoff Humanis"]), "   N° adhérent : ", HPN(g.dg(g.c([9, 10, 12]))), "\n")
    if g.p(0.5): b.add("Téléconsultation réalisée via ", URL(g.url("video")), "\n")
    return b

def k_es_informe(g):
    b, c, L = B(), "ES", "es"
    pt, dr = g.person(c), g.person(c)
    city = g.city(c)
    b.add(f"SERVICIO DE PSIQUIATRÍA - Hospital Universitario {g.c(['La Paz', 'Virgen del Rocío', 'Clínic', 'La Fe', 'Marqués de Valdecilla', 'Reina Sofía'])}\n")
    b.add(ADR(g.addr(c, multi=False, city=city)), "   Tel. ", PH(g.phone(c, mobile=False, city=city)), "\n\n", g.c(["INFORME DE ALTA", "INFORME CLÍNICO", "INFORME DE CONSULTA"]), "\n\n")
    b.add("Paciente: ", PER(g.nm(pt, g.c(["full", "CAPS"]))), "   NHC: ", MRN(g.dg(g.c([6, 7, 8]))), "\nFecha de nacimiento: ", DOB(g.dob(L, k=0)), "\n")
    b.add("Domicilio: ", ADR(g.addr(c, multi=False)), "\nTeléfono: ", PH(g.phone(c)), "\n")
    b.add("Nº tarjeta sanitaria: ", HPN(g.rs(4, string.ascii_uppercase) + g.dg(12)), "\n")
    d1, d2 = g.dpair(L, k=0)
    b.add("Fecha de ingreso: ", DT(d1), "   Fecha de alta: ", DT(d2), "\n\n")
    b.add(f"Motivo de ingreso: {g.c(['episodio depresivo grave', 'ideación autolítica', 'descompensación psicótica', 'crisis de ansiedad'])}.\n")
    b.add(f"Tratamiento al alta: {g.c(['Sertralina 50 mg', 'Escitalopram 10 mg', 'Quetiapina 25 mg', 'Lorazepam 1 mg'])} 1-0-0; {g.c(['Mirtazapina 15 mg 0-0-1', 'Lormetazepam 1 mg 0-0-1', 'Aripiprazol 10 mg 1-0-0'])}.\n")
    b.add("Revisión en el Centro de Salud Mental de ", LOC(g.city(c)[0]), " el ", DT(g.dtm(L)), ".\n\n")
    b.add("Fdo.: ", "Dra. " if dr.sex == "F" else "Dr. ", PER(g.nm(dr, "full")), f"   Nº Colegiado {g.dg(2)}/{g.dg(5)}\n")
    return b

def k_es_portal(g):
    b, c, L = B(), g.c(["ES", "ES", "ES"]), "es"
    pt, dr = g.person(c), g.person(c)
    b.add(f"Mensaje seguro - Portal del paciente\nAsunto: {g.c(['Receta', 'cita', 'Duda sobre medicación', 'urgente: me quedo sin pastillas'])}\n\n")
    b.add("Hola ", "Dra. " if dr.sex == "F" else "Dr. ", PER(dr.s), ":\n\n")
    b.add(f"Soy {'la paciente' if pt.sex == 'F' else 'el paciente'} ", PER(g.nm(pt, g.c(["full", "lower"]))), ", nací el ", DOB(g.dob(L)), ". ")
    b.add(f"Se me acaba el {g.c(['escitalopram', 'lorazepam', 'sertralina', 'metilfenidato'])} y en la farmacia me dicen que la receta electrónica caducó el ", DT(g.date(L)), ". ")
    b.add("¿Me la puede renovar? Mi móvil nuevo es ", PH(g.phone(c, mobile=True)), ". ")
    if g.p(0.6): b.add("También he cambiado de domicilio: ", ADR(g.addr(c, multi=False)), ". ")
    b.add("Tengo cita el ", DT(g.dtm(L)), " pero no sé si podré ir.\n\nGracias,\n", PER(pt.g), f"\n\nRef. mensaje {g.dg(10)} · {g.version()}\n")
    return b

def k_it_referto(g):
    b, c, L = B(), "IT", "it"
    pt, dr = g.person(c), g.person(c)
    city = g.city(c)
    b.add("AZIENDA SANITARIA LOCALE ", LOC(city[0].upper()), f" {g.ri(1, 3)} - Centro di Salute Mentale\n", ADR(g.addr(c, multi=False, city=city)), "  tel. ", PH(g.phone(c, mobile=False, city=city)), "\n\n")
    b.add(g.c(["REFERTO VISITA PSICHIATRICA", "RELAZIONE CLINICA", "REFERTO DI TELEVISITA"]), "\n\nPaziente: ", PER(f"{pt.s.upper()} {pt.g}"), f"  nat{'a' if pt.sex == 'F' else 'o'} il ", DOB(g.dob(L, k=0)), " a ", LOC(g.city(c)[0]), "\n")
    b.add("Residenza: ", ADR(g.addr(c, multi=False)), "\nCellulare: ", PH(g.phone(c, mobile=True)), "\n")
    if g.p(0.6): b.add("Tessera sanitaria n. ", HPN("8038" + g.dg(16)), "\n")
    b.add("Data visita: ", DT(g.date(L, k=0)), "\n\n", f"Anamnesi: {g.c(['disturbo depressivo maggiore ricorrente', 'disturbo di panico', 'disturbo bipolare tipo II'])}, in trattamento dal {g.ri(2010, 2023)}. ")
    b.add(f"Terapia in atto: {g.c(['sertralina 50 mg', 'escitalopram 10 mg', 'paroxetina 20 mg', 'litio carbonato 300 mg'])} {g.c(['1 cp al mattino', '1 cp x 2/die'])}.\n")
    b.add("Controllo il ", DT(g.dtm(L)), ". Per urgenze: ", PH(g.phone(c, mobile=False)), ".\n\nIl medico\n", "Dott.ssa " if dr.sex == "F" else "Dott. ", PER(g.nm(dr, "full")), "\n")
    return b

def k_pt_relatorio(g):
    b = B()
    c = g.c(["PT", "BR"])
    L = "pt"
    pt, dr = g.person(c), g.person(c)
    if c == "PT":
        b.add(f"Hospital {g.c(['de Santa Maria', 'de São João', 'Júlio de Matos', 'Beatriz Ângelo'])} - Serviço de Psiquiatria\n", ADR(g.addr(c, multi=False)), "\nTel.: ", PH(g.phone(c, mobile=False)), "\n\nRELATÓRIO CLÍNICO\n\n")
        b.add("Utente: ", PER(g.nm(pt, "full")), "   N.º de utente SNS: ", HPN(g.dg(9)), "\nData de nascimento: ", DOB(g.dob(L, k=0)), "\n")
        b.add("Morada: ", ADR(g.addr(c, multi=False)), "\nTelemóvel: ", PH(g.phone(c, mobile=True)), "\n\n")
    else:
        b.add(f"CAPS - Centro de Atenção Psicossocial {g.c(['II', 'III', 'AD'])}\n", ADR(g.addr(c, multi=False)), "\nTel.: ", PH(g.phone(c, mobile=False)), "\n\nRECEITUÁRIO / RELATÓRIO\n\n")
        b.add("Paciente: ", PER(g.nm(pt, "full")), "   Cartão SUS: ", HPN(f"{g.c('789')}{g.dg(2)} {g.dg(4)} {g.dg(4)} {g.dg(4)}"), "\nData de nascimento: ", DOB(g.dob(L, k=0)), "\n")
        b.add("Endereço: ", ADR(g.addr(c, multi=False)), "\nCelular: ", PH(g.phone(c, mobile=True)), "\n\n")
    b.add(f"Diagnóstico: {g.c(ICD)}. Em acompanhamento por {g.c(['perturbação depressiva', 'ansiedade generalizada', 'transtorno bipolar'])}.\n")
    b.add(f"Medicação: {g.c(['sertralina 50 mg', 'escitalopram 10 mg', 'fluoxetina 20 mg', 'clonazepam 2 mg'])} - {g.c(['1 comprimido de manhã', '1 cp à noite'])}.\n")
    b.add("Consulta realizada em ", DT(g.date(L)), ". Próxima consulta: ", DT(g.dtm(L)), ".\n\n", "Dra. " if dr.sex == "F" else "Dr. ", PER(g.nm(dr, "full")), f"\n{'Cédula profissional ' if c == 'PT' else 'CRM-SP '}{g.dg(6)}\n")
    return b

def k_nl_brief(g):
    b, c, L = B(), "NL", "nl"
    pt, dr, hv = g.person(c), g.person(c), g.person(c)
    city = g.city(c)
    b.add(g.c(["GGZ ", "Praktijk voor Psychiatrie ", "Indigo "]), LOC(city[0]), "\n", ADR(g.addr(c, multi=True, city=city)), "\nT ", PH(g.phone(c, mobile=False, city=city)), "   E ", EM(g.org_email()), "\n\n")
    b.add(LOC(city[0]), ", ", DT(g.date(L, k=g.c([0, 2]))), "\n\nAan: ", PER(g.nm(hv, "full")), ", huisarts\n", ADR(g.addr(c, multi=True)), "\n\n")
    b.add("Betreft: ", "mevr. " if pt.sex == "F" else "dhr. ", PER(g.nm(pt, "full")), ", geb. ", DOB(g.dob(L, k=0)), "\n")
    b.add("Adres: ", ADR(g.addr(c, multi=False)), "   Tel: ", PH(g.phone(c)), "\n")
    b.add(f"Zorgverzekeraar: {g.c(['Zilveren Kruis', 'CZ', 'VGZ', 'Menzis', 'ONVZ'])}   Polisnummer: ", HPN(g.dg(9)), "\n\n")
    b.add("Geachte collega ", PER(hv.s), ",\n\n", f"Uw patiënt{'e' if pt.sex == 'F' else ''} werd op ", DT(g.date(L)), f" gezien in verband met {g.c(['depressieve klachten', 'paniekaanvallen', 'slaapproblemen', 'ADHD-diagnostiek'])}. ")
    b.add(f"Wij zijn gestart met {g.c(['sertraline 50 mg 1dd1', 'escitalopram 10 mg 1dd1', 'venlafaxine 75 mg 1dd1', 'methylfenidaat 10 mg 2dd1'])}. ")
    b.add("Vervolgafspraak: ", DT(g.dtm(L)), " (beeldbellen).\n\nMet collegiale groet,\n\n", PER(g.nm(dr, "full")), ", psychiater\n")
    return b

def k_pl_karta(g):
    b, c, L = B(), "PL", "pl"
    pt, dr = g.person(c), g.person(c)
    city = g.city(c)
    b.add(g.c(["Poradnia Zdrowia Psychicznego", "Szpital Specjalistyczny - Oddział Psychiatryczny", "Centrum Zdrowia Psychicznego"]), " - ", LOC(city[0]), "\n", ADR(g.addr(c, multi=False, city=city)), "   tel. ", PH(g.phone(c, mobile=False, city=city)), "\n\n")
    b.add(g.c(["KARTA INFORMACYJNA LECZENIA SZPITALNEGO", "INFORMACJA DLA LEKARZA KIERUJĄCEGO", "ZAŚWIADCZENIE LEKARSKIE"]), "\n\n")
    b.add("Pacjent: ", PER(g.nm(pt, g.c(["full", "CAPS"]))), "\nData urodzenia: ", DOB(g.dob(L, k=0)), " r.\nAdres zamieszkania: ", ADR(g.addr(c, multi=False)), "\nTelefon: ", PH(g.phone(c)), "\n")
    b.add(f"Nr księgi głównej: {g.dg(5)}/{g.ri(2023, 2025)}   Nr historii choroby: ", MRN(g.dg(7)), "\n")
    d1, d2 = g.dpair(L, k=0)
    b.add("Hospitalizacja od ", DT(d1), " r. do ", DT(d2), " r.\n\n")
    b.add(f"Rozpoznanie: {g.c(ICD)} {g.c(['Epizod depresji ciężki', 'Zaburzenia lękowe uogólnione', 'Choroba afektywna dwubiegunowa'])}\n")
    b.add(f"Zalecenia: {g.c(['Sertralina 50 mg', 'Escitalopram 10 mg', 'Kwetiapina 25 mg', 'Wenlafaksyna 75 mg'])} 1-0-0; kontynuacja psychoterapii.\n")
    b.add("Kontrola w poradni: ", DT(g.dtm(L)), ".\n\n", "lek. " if g.p(0.5) else "dr n. med. ", PER(g.nm(dr, "full")), f"\nspecjalista psychiatra, nr PWZ {g.dg(7)}\n")
    return b

def k_sv_journal(g):
    b, c, L = B(), "SE", "sv"
    pt, dr = g.person(c), g.person(c)
    city = g.city(c)
    b.add("Journalanteckning - Psykiatrimottagning ", LOC(city[0]), "\n\nPatient: ", PER(g.nm(pt, g.c(["full", "lf"]))), "\nFödelsedatum: ", DOB(g.dob(L, k=0)), "\n")
    b.add("Adress: ", ADR(g.addr(c, multi=False)), "   Tel: ", PH(g.phone(c)), "\n", "Besök: ", DT(g.dtm(L)), f" ({g.c(['videobesök', 'telefon', 'mottagningsbesök'])})\n\n")
    b.add(f"Aktuellt: Patienten uppger {g.c(['sämre sömn', 'minskad ångest', 'nedstämdhet sedan en månad', 'biverkningar i form av illamående'])}. ")
    b.add(f"Bor med {g.c(['sambo', 'make', 'maka', 'sin mamma'])} ", PER(g.nm(g.person(c), "given")), ". ") if g.p(0.5) else None
    b.add(f"MADRS-S {g.ri(5, 40)}.\nBedömning: {g.c(ICD)}.\nÅtgärd: e-recept {g.c(['sertralin 50 mg', 'escitalopram 10 mg', 'mirtazapin 15 mg', 'melatonin 2 mg'])} skickat till Apoteket {g.c(['Hjärtat', 'Kronan', 'Lejonet', 'Svanen'])}, ")
    b.add(LOC(city[0]), ".\nNästa besök: ", DT(g.date(L)), ".\n\nSignerad: ", PER(g.nm(dr, "full")), ", leg. läkare, ", DT(g.date(L)), "\n")
    return b

def _nordic(g, lang):
    b, c, L = B(), ("DK" if lang == "da" else "NO"), lang
    pt, dr = g.person(c), g.person(c)
    city = g.city(c)
    T = {"da": ("Psykiatrisk Center", "EPIKRISE", "Patient", "Fødselsdato", "Adresse", "Tlf.", "Indlagt", "Udskrevet", "Diagnose",
                "Medicin ved udskrivelse", "Opfølgning i psykiatrisk ambulatorium", "overlæge"),
         "no": ("Distriktspsykiatrisk senter", "EPIKRISE", "Pasient", "Født", "Adresse", "Tlf.", "Innlagt", "Utskrevet", "Diagnose",
                "Medisiner ved utskrivning", "Kontroll ved poliklinikken", "overlege")}[lang]
    b.add(f"{T[0]} ", LOC(city[0]), "\n", ADR(g.addr(c, multi=False, city=city)), f"   {T[5]} ", PH(g.phone(c, mobile=False, city=city)), f"\n\n{T[1]}\n\n")
    b.add(f"{T[2]}: ", PER(g.nm(pt, "full")), f"\n{T[3]}: ", DOB(g.dob(L, k=0)), f"\n{T[4]}: ", ADR(g.addr(c, multi=False)), f"\n{T[5]}: ", PH(g.phone(c, mobile=True)), "\n")
    d1, d2 = g.dpair(L)
    b.add(f"{T[6]}: ", DT(d1), f"   {T[7]}: ", DT(d2), f"\n{T[8]}: {'D' if lang == 'da' else ''}{g.c(ICD).replace('.', '')}\n\n")
    b.add(f"{T[9]}: {g.c(['sertralin 50 mg x 1', 'escitalopram 10 mg x 1', 'quetiapin 25 mg til natten', 'mirtazapin 15 mg x 1 vesp'])}\n")
    b.add(f"{T[10]}: ", DT(g.dtm(L)), ".\n\n", PER(g.nm(dr, "full")), f", {T[11]}\n")
    return b

def k_da_epikrise(g):
    return _nordic(g, "da")

def k_no_epikrise(g):
    return _nordic(g, "no")

def k_fi_lausunto(g):
    b, c, L = B(), "FI", "fi"
    pt, dr = g.person(c), g.person(c)
    city = g.city(c)
    b.add(f"{g.c(['Psykiatrian poliklinikka', 'Mielenterveyskeskus', 'Terveystalo'])} ", LOC(city[0]), "\n", ADR(g.addr(c, multi=False, city=city)), "   puh. ", PH(g.phone(c, mobile=False, city=city)), "\n\n")
    b.add(g.c(["HOITOPALAUTE", "LÄÄKÄRINLAUSUNTO", "SAIRAUSKERTOMUS"]), "\n\nPotilas: ", PER(g.nm(pt, "full")), "\nSyntymäaika: ", DOB(g.dob(L, k=0)), "\nOsoite: ", ADR(g.addr(c, multi=False)), "\nPuh. ", PH(g.phone(c, mobile=True)), "\n\n")
    b.add("Käyntipäivä: ", DT(g.date(L)), f"\nDiagnoosi: {g.c(ICD)}\nLääkitys: {g.c(['sertraliini 50 mg 1x1', 'essitalopraami 10 mg 1x1', 'ketiapiini 25 mg iltaisin', 'bupropioni 150 mg 1x1'])}\n")
    b.add(f"Kela-korvaus: {g.c(['peruskorvaus', 'erityiskorvaus 65 %'])}\nSeuraava käynti: ", DT(g.dtm(L)), "\n\n", PER(g.nm(dr, "full")), ", psykiatrian erikoislääkäri\n")
    return b

def k_cs_zprava(g):
    b, c, L = B(), "CZ", "cs"
    pt, dr = g.person(c), g.person(c)
    city = g.city(c)
    b.add("Psychiatrická ambulance - ", LOC(city[0]), "\n", ADR(g.addr(c, multi=False, city=city)), "   tel.: ", PH(g.phone(c, mobile=False, city=city)), "\n\nLÉKAŘSKÁ ZPRÁVA\n\n")
    b.add("Pacient: ", PER(g.nm(pt, g.c(["full", "lf"]))), "\nDatum narození: ", DOB(g.dob(L, k=g.c([0, 1]))), "\nBydliště: ", ADR(g.addr(c, multi=False)), "\nTel.: ", PH(g.phone(c, mobile=True)), "\n")
    b.add(f"Zdravotní pojišťovna: {g.c(['111 (VZP)', '201 (VoZP)', '205 (ČPZP)', '211 (ZPMV)'])}\n\nVyšetření dne ", DT(g.date(L)), "\n")
    b.add(f"Dg.: {g.c(ICD)}\nMedikace: {g.c(['sertralin 50 mg 1-0-0', 'escitalopram 10 mg 1-0-0', 'kvetiapin 25 mg 0-0-1'])}\nKontrola: ", DT(g.dtm(L)), "\n\n")
    b.add("MUDr. ", PER(g.nm(dr, "full")), "\n")
    return b

def k_tr_epikriz(g):
    b, c, L = B(), "TR", "tr"
    pt, dr = g.person(c), g.person(c)
    city = g.city(c)
    b.add("T.C. Sağlık Bakanlığı\n", LOC(city[0]), f" {g.c(['Ruh ve Sinir Hastalıkları Hastanesi', 'Şehir Hastanesi - Psikiyatri Kliniği', 'Eğitim ve Araştırma Hastanesi'])}\n", ADR(g.addr(c, multi=False, city=city)), "\nTel: ", PH(g.phone(c, mobile=False, city=city)), "\n\nEPİKRİZ\n\n")
    b.add("Hasta Adı Soyadı: ", PER(g.nm(pt, g.c(["full", "CAPS"]))), "\nDoğum Tarihi: ", DOB(g.dob(L, k=0)), "\nHasta No: ", MRN(g.dg(8)), f"   Protokol No: {g.dg(7)}\n")
    b.add("Adres: ", ADR(g.addr(c, multi=False)), "\nTelefon: ", PH(g.phone(c)), "\n")
    d1, d2 = g.dpair(L, k=0)
    b.add("Yatış Tarihi: ", DT(d1), "   Çıkış Tarihi: ", DT(d2), f"\nTanı: {g.c(ICD)}\n")
    b.add(f"Çıkış ilaçları: {g.c(['Sertralin 50 mg 1x1', 'Essitalopram 10 mg 1x1', 'Ketiapin 25 mg 0-0-1'])}\nE-reçete no: {g.rs(7, UPNUM)}\nKontrol: ", DT(g.dtm(L)), "\n\n")
    b.add("Uzm. Dr. ", PER(g.nm(dr, "full")), "\n")
    return b


INV_T = {
    "de": ("Rechnung", "Rechnungsnr.", "Datum", "Leistungszeitraum", "Videosprechstunde (GOÄ 3)", "Gesamtbetrag", "SEPA-Lastschriftmandat",
           "Ich ermächtige", "Kontoinhaber", "Gläubiger-ID", "Mandatsreferenz", "Bitte überweisen Sie den Betrag bis zum"),
    "fr": ("Facture", "N° facture", "Date", "Période", "Téléconsultation psychologique", "Total", "Mandat de prélèvement SEPA",
           "J'autorise", "Titulaire du compte", "ICS", "RUM", "Merci de régler avant le"),
    "nl": ("Factuur", "Factuurnr.", "Datum", "Periode", "Online behandelsessie", "Totaal", "SEPA-machtiging",
           "Ik machtig", "Rekeninghouder", "Incassant-ID", "Kenmerk machtiging", "Gelieve te betalen vóór"),
    "es": ("Factura", "Nº factura", "Fecha", "Periodo", "Sesión de psicoterapia online", "Total", "Orden de domiciliación SEPA",
           "Autorizo a", "Titular de la cuenta", "Identificador del acreedor", "Referencia de la orden", "Fecha límite de pago"),
    "it": ("Fattura", "N. fattura", "Data", "Periodo", "Seduta di psicoterapia online", "Totale", "Mandato SEPA",
           "Autorizzo", "Intestatario del conto", "Codice creditore", "Riferimento mandato", "Pagare entro il"),
}

def k_eu_invoice(g):
    L = g.c(list(INV_T))
    c = LANG_COUNTRY[L]
    T, b = INV_T[L], B()
    th, pt = g.person(c), g.person(c)
    cur = "€"
    b.add(PER(g.nm(th, "full")), "\n", {"de": "Praxis für Psychotherapie", "fr": "Cabinet de psychologie", "nl": "Praktijk voor psychotherapie",
                                          "es": "Consulta de psicología", "it": "Studio di psicoterapia"}[L], "\n", ADR(g.addr(c, multi=True)), "\n", PH(g.phone(c)), " · ", EM(g.email(th, c)), "\n\n")
    b.add(PER(g.nm(pt, "full")), "\n", ADR(g.addr(c, multi=True)), "\n\n")
    b.add(f"{T[0]}\n{T[1]}: {g.ri(2023, 2025)}-{g.dg(4)}    {T[2]}: ", DT(g.date(L)), "\n")
    for _ in range(g.ri(1, 4)): b.add(DT(g.date(L)), f"  {T[4]}  {g.amount(cur)}\n")
    b.add(f"{T[5]}: {g.amount(cur)}\n{T[11]} ", DT(g.date(L)), ".\n\nIBAN: ", IBN(g.iban(c)), f"   BIC: {g.rs(4, string.ascii_uppercase)}{c}{g.rs(2, UPNUM)}\n\n")
    if g.p(0.6):
        b.add(f"--- {T[6]} ---\n{T[9]}: {c}{g.dg(2)}ZZZ{g.dg(11)}   {T[10]}: {g.rs(3, UPNUM)}-{g.dg(6)}\n{T[7]} ", PER(g.nm(th, "full")), " ...\n")
        b.add(f"{T[8]}: ", PER(g.nm(pt, "full")), "\nIBAN: ", IBN(g.iban(c)), "\n", LOC(g.city(c)[0]), ", ", DT(g.date(L)), "\n")
    return b


VINV_T = {
    "de": ("Ihre Videosprechstunde", "Guten Tag", "Ihr Termin findet statt am", "Zum Beitreten", "Zugangscode", "Bei Fragen erreichen Sie uns unter"),
    "fr": ("Votre téléconsultation", "Bonjour", "Votre rendez-vous est prévu le", "Lien de connexion", "Code d'accès", "Pour toute question, appelez le"),
    "es": ("Su videoconsulta", "Hola", "Su cita es el", "Enlace para unirse", "Código de acceso", "Si tiene dudas llame al"),
    "it": ("La sua televisita", "Gentile", "Il suo appuntamento è fissato per", "Link per collegarsi", "Codice di accesso", "Per informazioni chiami il"),
    "nl": ("Uw videoconsult", "Beste", "Uw afspraak staat gepland op", "Deelnemen via", "Toegangscode", "Vragen? Bel"),
    "pl": ("Twoja teleporada", "Dzień dobry", "Wizyta odbędzie się", "Link do wizyty", "Kod dostępu", "W razie pytań prosimy dzwonić pod numer"),
    "sv": ("Ditt videobesök", "Hej", "Din tid är", "Anslut här", "Kod", "Frågor? Ring"),
    "pt": ("A sua teleconsulta", "Olá", "A sua consulta está marcada para", "Link de acesso", "Código de acesso", "Dúvidas? Ligue"),
    "tr": ("Görüntülü görüşme randevunuz", "Merhaba", "Randevunuz", "Katılmak için", "Erişim kodu", "Sorularınız için arayın"),
}

def k_eu_video_invite(g):
    L = g.c(list(VINV_T))
    c = LANG_COUNTRY[L]
    T, b = VINV_T[L], B()
    pt, dr = g.person(c), g.person(c)
    b.add(f"Betreff: {T[0]}" if L == "de" else f"{T[0]}", " - ", PER(g.nm(dr, "full")), "\n\n", f"{T[1]} ", PER(g.nm(pt, g.c(["full", "given"]))), ",\n\n")
    b.add(f"{T[2]} ", DT(g.dtm(L)), ".\n\n", f"{T[3]}: ", URL(g.url(g.c(["video", "zoom"]))), "\n", f"{T[4]}: ", PW(g.passcode()), "\n")
    if g.p(0.4): b.add(f"Meeting-ID: {g.meeting_id()}\n")
    b.add(f"\n{T[5]} ", PH(g.phone(c, mobile=False)), ".\n\n", g.clinic() if g.p(0.3) else PER(g.nm(dr, "full")), "\n", ADR(g.addr(c, multi=False)), f"\nRef. {g.rs(8, UPNUM)}\n")
    return b


# --------------------------------------------------------------------------
# Entity-free documents full of hard negatives
# --------------------------------------------------------------------------
def _negts(g, d0):
    return f"{g.iso(d0)}T{g.ri(0, 23):02d}:{g.ri(0, 59):02d}:{g.ri(0, 59):02d}.{g.dg(3)}Z"

def k_neg_inventory(g):
    b = B()
    b.add(f"CYCLE COUNT REPORT - Store {g.dg(4)} - {g.c(['Schedule II vault', 'C-III/V shelf', 'Fast movers'])}\nRxInventory {g.version()}  run id {g.uuid()}\n\n")
    b.add("NDC            Description                          Pkg   On hand  Counted  Var  Lot\n")
    for _ in range(g.ri(5, 12)):
        d = g.drug()
        oh = g.ri(0, 900)
        b.add(f"{g.dg(5)}-{g.dg(4)}-{g.dg(2)}  {d['name'].upper()[:36]:<36} {g.c([30, 90, 100, 500]):<5} {oh:<8} {oh + g.c([0, 0, 0, -1, 2]):<8} {g.c(['0', '0', '-1', '+2']):<4} {g.rs(2, UPNUM)}{g.dg(5)}\n")
    b.add(f"\nTotal variance: {g.ri(0, 4)} units   Inventory value: {g.amount()}   DEA Form 222 order no. {g.dg(9)}\n")
    b.add(f"Counted by tech #{g.dg(4)}; verified by RPh #{g.dg(4)}. Next count due in {g.ri(7, 30)} days.\n")
    return b

def k_neg_svc_log(g):
    b, d0 = B(), g.rdate()
    svc = g.c(["video-svc", "erx-router", "refill-worker", "pdmp-sync", "portal-api"])
    for _ in range(g.ri(8, 16)):
        b.add(_negts(g, d0), " ", g.c(["INFO ", "INFO ", "WARN ", "DEBUG", "ERROR"]), f" [{svc}-{g.hexs(9)}-{g.rs(5).lower()}] ")
        b.add(g.c([f"request_id={g.uuid()} route=/v2/rx/{g.dg(7)} status=200 dur_ms={g.ri(3, 900)}",
                   f"retrying ncpdp batch {g.dg(10)} attempt={g.ri(1, 5)} backoff={g.ri(1, 30)}s",
                   f"cache miss key=formulary:{g.dg(6)}:{g.c(['tier', 'pa'])} ttl=300",
                   f"session room=rm_{g.hexs(12)} participants={g.ri(1, 3)} bitrate_kbps={g.ri(300, 2500)}",
                   f"build={g.version()} commit={g.hexs(40)}",
                   f"queue depth={g.ri(0, 500)} lag_ms={g.ri(0, 90000)} partition={g.ri(0, 11)}",
                   f"claim {g.claimno()} adjudicated amount={g.amount()} reject=[{g.c(['', '75', '79', '70'])}]",
                   f"epoch={g.ri(1700000000, 1760000000)} job=nightly_rollup rows={g.ri(100, 999999)}"]), "\n")
    return b

def k_neg_release(g):
    b = B()
    b.add(f"# Patient Portal {g.version()} - Release notes\n\nBuild {g.ri(1000, 99999)} · commit {g.hexs(40)}\n\n## Fixed\n")
    for _ in range(g.ri(3, 7)):
        b.add(f"- PORTAL-{g.ri(100, 9999)}: {g.c(['refill button hidden on iOS 17.4', 'video waiting room timeout raised to 900 s', 'PHQ-9 score off by one when item 9 skipped', 'pharmacy search returns duplicates for NCPDP IDs', 'Spanish translation for copay screen', 'crash in med list when NDC has 10 digits'])} ({g.hexs(7)})\n")
    b.add("\n## Dependencies\n")
    for lib in g.r.sample(["react 18.2.0", "twilio-video 2.28.1", "fhir.js 0.0.22", "openssl 3.0.13", "django 4.2.11", "zoom-sdk 5.17.5"], 3):
        b.add(f"- {lib} -> {g.version()}\n")
    b.add(f"\nSHA-256 (portal-{g.version()}.tar.gz): {g.hexs(64)}\nRollback tag: release/{g.ri(2022, 2025)}.{g.ri(1, 12)}.{g.ri(0, 9)}\n")
    return b

def k_neg_formulary(g):
    b = B()
    b.add(f"FORMULARY UPDATE BULLETIN {g.ri(2024, 2026)}-{g.dg(2)}\n{g.c(PBMS)[0]} Commercial Standard Formulary - Behavioral Health\n\n")
    b.add("Drug (brand)                                   Old tier  New tier  PA  ST  QL         Preferred alternative\n")
    for _ in range(g.ri(4, 9)):
        d, alt = g.c(DRUGS), g.c(DRUGS)
        b.add(f"{(d[0] + ' (' + d[1] + ')'):<46} {g.ri(1, 5):<9} {g.ri(1, 5):<9} {g.c('YN'):<3} {g.c('YN'):<3} {g.c(['30/30', '60/30', '90/90', '-']):<10} {alt[0]}\n")
    b.add(f"\nMember cost share: Tier 1 {g.amount()}, Tier 2 {g.amount()}, Tier 3 {g.amount()}; specialty 30% up to {g.amount()}.\n")
    b.add(f"Changes apply at the start of the next plan year. HCPCS J{g.dg(4)} remains medical benefit. Bulletin ref {g.rs(3, UPNUM)}-{g.dg(5)}.\n")
    return b

def k_neg_claims_batch(g):
    b = B()
    pbm, bin_, pcn = g.c(PBMS)
    b.add(f"BATCH SUMMARY  file NCPDP_{g.dg(8)}_{g.dg(4)}.dat  sha1 {g.hexs(40)}\nProcessor {pbm}  BIN {bin_}  PCN {pcn}\n\n")
    tot = 0
    for code, msg in g.r.sample(REJECTS, g.ri(4, 8)):
        n = g.ri(1, 400)
        tot += n
        b.add(f"  Reject {code:<3} {msg:<45} {n:>5}\n")
    b.add(f"\nPaid claims: {g.ri(1000, 90000)}  Rejected: {tot}  Reversed: {g.ri(0, 300)}\nTotal ingredient cost {g.amount()}  Dispensing fees {g.amount()}  Copay collected {g.amount()}\n")
    b.add(f"Sample claim refs: {g.claimno()}, {g.claimno()}, {g.claimno()}\nControl # {g.dg(9)}  Transmission {g.hexs(16).upper()}\n")
    b.add(f"Test PAN (rejected, fails check): {g.bad_cc()}   Test ITIN-shaped id: {g.bad_ssn()}\n")
    return b

def k_neg_ci(g):
    b, d0 = B(), g.rdate()
    b.add(_negts(g, d0), " ##[group]Run pytest -q tests/erx\n", _negts(g, d0), " env:\n")
    for k in g.r.sample(["SURESCRIPTS_SECRET", "AWS_SECRET_ACCESS_KEY", "STRIPE_KEY", "DB_PASSWORD", "SLACK_TOKEN"], 3):
        b.add(_negts(g, d0), f"   {k}: ${{{{ secrets.{k} }}}}\n")
    b.add(_negts(g, d0), " ##[endgroup]\n")
    for _ in range(g.ri(3, 6)):
        b.add(_negts(g, d0), f" tests/erx/test_{g.c(['newrx', 'cancel', 'refill', 'pdmp', 'formulary'])}.py {'.' * g.ri(5, 30)} [{g.ri(5, 100)}%]\n")
    b.add(_negts(g, d0), f" {g.ri(40, 600)} passed, {g.ri(0, 3)} skipped in {g.ri(10, 400)}.{g.dg(2)}s\n")
    b.add(_negts(g, d0), f" Masked value: *** (DB_PASSWORD)   using ${{DATABASE_URL}}\n", _negts(g, d0), f" cache key erx-{g.hexs(64)} restored ({g.ri(10, 900)} MB)\n")
    return b

def k_neg_interaction(g):
    b = B()
    d1, d2 = g.drug(), g.drug()
    b.add(f"DRUG INTERACTION SCREENING - {g.c(['Lexicomp', 'Medi-Span', 'First Databank'])} {g.version()}\n\n{d1['name']}  +  {d2['name']}\n")
    b.add(f"Severity: {g.c(['Major', 'Moderate', 'Minor'])}   Documentation: {g.c(['Established', 'Probable', 'Suspected'])}   Monograph {g.dg(4)}\n\n")
    b.add(f"Mechanism: {g.c(['additive serotonergic effects', 'CYP2D6 inhibition', 'additive CNS depression', 'QTc prolongation', 'reduced renal clearance of lithium'])}.\n")
    b.add(f"Management: {g.c(['monitor for serotonin syndrome', 'consider dose reduction by 50%', 'avoid combination', 'obtain ECG at baseline'])}; reassess within {g.ri(1, 4)} weeks.\n")
    b.add(f"References: PMID {g.dg(8)}; PMID {g.dg(8)}. ICD-10 context {g.c(ICD)}; CPT {g.c(CPT)}; LOINC {g.dg(5)}-{g.dg(1)}.\n")
    b.add(f"Duplicate therapy check: none. Dose range check: {d1['st']} within 0-{g.ri(100, 400)} mg/day. Screening id {g.uuid()}\n")
    return b

def k_neg_de_lager(g):
    b = B()
    b.add(f"BtM-Bestandsübersicht / Lagerliste - Filiale {g.dg(3)}\nWarenwirtschaft {g.c(['ADG', 'Pharmatechnik IXOS', 'CGM Lauer'])} {g.version()}\n\n")
    b.add("PZN       Artikel                                Menge  Charge      EK (€)\n")
    for _ in range(g.ri(5, 11)):
        w = g.c(DE_DRUGS)
        b.add(f"{g.dg(8)}  {(w + ' ' + str(g.c([5, 10, 25, 50, 100])) + ' mg ' + g.c(['Filmtabl.', 'Hartkaps.', 'Tabl.', 'Retardtabl.']))[:38]:<38} {g.ri(0, 200):>5}  {g.rs(2, UPNUM)}{g.dg(6)}  {g.amount('€')}\n")
    b.add(f"\nSumme Lagerwert: {g.amount('€')}   Abweichungen: {g.ri(0, 3)}   Beleg-Nr. {g.dg(10)}\nPrüfsumme {g.hexs(32)}\n")
    return b


# --------------------------------------------------------------------------
# Registry, generation, validation, CLI
# --------------------------------------------------------------------------
EN_KINDS = [k_portal_msg, k_portal_reply, k_erx_xml, k_erx_text, k_claim_reject, k_refill_fax, k_pa_fax, k_soap_note, k_dap_note,
            k_crisis_log, k_tele_summary, k_video_invite, k_med_rec, k_lab_notify, k_counsel_note, k_pdmp_report, k_home_health,
            k_intake_form, k_consent_form, k_hl7_rde, k_fhir_bundle, k_ncpdp_claim, k_rx_label, k_sms_thread, k_ics_invite,
            k_ins_card, k_billing_stmt, k_uk_invoice, k_env_config, k_k8s_secret, k_ci_leak, k_slack_incident, k_app_log,
            k_support_ticket, k_vcard, k_referral_letter, k_safety_plan, k_voicemail, k_mail_order, k_email_thread,
            k_rx_transfer, k_webhook_json, k_deploy_runbook]
NONEN_KINDS = [k_de_arztbrief, k_de_medplan, k_fr_compte_rendu, k_fr_ordonnance, k_es_informe, k_es_portal, k_it_referto,
               k_pt_relatorio, k_nl_brief, k_pl_karta, k_sv_journal, k_da_epikrise, k_no_epikrise, k_fi_lausunto, k_cs_zprava,
               k_tr_epikriz, k_eu_invoice, k_eu_video_invite]
NEG_KINDS = [k_neg_inventory, k_neg_svc_log, k_neg_release, k_neg_formulary, k_neg_claims_batch, k_neg_ci, k_neg_interaction, k_neg_de_lager]
ALL_KINDS = {f.__name__[2:]: f for f in EN_KINDS + NONEN_KINDS + NEG_KINDS}
NONEN_NAMES = {f.__name__[2:] for f in NONEN_KINDS} | {"neg_de_lager"}

def make_doc(seed, i):
    for attempt in range(60):
        r = random.Random(f"{seed}-{i}" if attempt == 0 else f"{seed}-{i}-{attempt}")
        g = Gen(r)
        x = r.random()
        pool = NEG_KINDS if x < 0.12 else NONEN_KINDS if x < 0.37 else EN_KINDS
        fn = r.choice(pool)
        b = fn(g)
        text = b.text()
        if 150 <= len(text) <= 3000:
            if pool is NEG_KINDS: assert not b.ents, fn.__name__
            return {"id": f"blind42-{seed}-{i:06d}-{fn.__name__[2:]}", "text": text,
                    "entities": sorted(b.ents, key=lambda e: (e["start"], e["end"]))}
    raise RuntimeError(f"could not build document {seed}-{i}")

def generate(n, seed=0):
    for i in range(n): yield make_doc(seed, i)

def kind_of(doc):
    return doc["id"].split("-", 3)[3]


BAD_EDGE_START, BAD_EDGE_END = "\"'([{<", "\"')]}>.,;:!?"

def validate(doc):
    errs, text, prev = [], doc["text"], -1
    if not 150 <= len(text) <= 3000: errs.append(f"length {len(text)}")
    for e in doc["entities"]:
        s, t, typ = e["start"], e["end"], e["type"]
        frag = text[s:t] if 0 <= s < t <= len(text) else ""
        if not frag:
            errs.append(f"empty/out of range {e}")
            continue
        if typ not in ALLOWED: errs.append(f"type {typ}")
        if frag != frag.strip(): errs.append(f"whitespace {typ} {frag!r}")
        if s < prev: errs.append(f"overlap at {s} {typ} {frag!r}")
        prev = t
        if typ != "PRIVATE_KEY" and ((frag[0] in BAD_EDGE_START and not (typ == "PHONE_NUMBER" and frag[0] == "(")) or frag[-1] in BAD_EDGE_END):
            errs.append(f"edge punctuation {typ} {frag!r}")
        if (s > 0 and text[s - 1].isalnum()) or (t < len(text) and text[t].isalnum()):
            errs.append(f"glued to neighbouring text {typ} {frag!r}")
        if typ == "CREDIT_CARD" and not luhn_ok(frag): errs.append(f"luhn {frag}")
        if typ == "IBAN_CODE" and not iban_ok(frag): errs.append(f"iban {frag}")
        if typ == "US_SSN" and not ssn_ok(frag): errs.append(f"ssn {frag}")
        if typ == "AWS_ACCESS_KEY" and not re.fullmatch(r"AKIA[A-Z0-9]{16}", frag): errs.append(f"aws ak {frag}")
        if typ == "AWS_SECRET_KEY" and len(frag) != 40: errs.append(f"aws sk {frag}")
        if typ == "JWT" and frag.count(".") != 2: errs.append(f"jwt {frag}")
    return errs

def check(n=3000, seed=0):
    types, kinds, problems, empty, nonen, seen = Counter(), Counter(), 0, 0, 0, set()
    for doc in generate(n, seed):
        for e in validate(doc):
            problems += 1
            if problems <= 30: print(f"PROBLEM {doc['id']}: {e}")
        if doc["text"] in seen:
            problems += 1
            print(f"PROBLEM duplicate text {doc['id']}")
        seen.add(doc["text"])
        k = kind_of(doc)
        kinds[k] += 1
        nonen += k in NONEN_NAMES
        empty += not doc["entities"]
        types.update(e["type"] for e in doc["entities"])
    again = list(generate(5, seed))
    if [d["text"] for d in again] != [d["text"] for d in generate(5, seed)]:
        problems += 1
        print("PROBLEM generation not deterministic")
    print(f"docs: {n}   kinds used: {len(kinds)} / {len(ALL_KINDS)}   entity-free: {empty} ({100 * empty / n:.1f}%)   non-English: {nonen} ({100 * nonen / n:.1f}%)")
    print("\nper-type counts:")
    for t in ALLOWED:
        print(f"  {t:<24} {types[t]}")
        if types[t] == 0:
            problems += 1
            print(f"PROBLEM no {t} entities")
    print("\ndocs per kind:")
    for k in sorted(kinds): print(f"  {k:<22} {kinds[k]}")
    if len(kinds) != len(ALL_KINDS):
        problems += 1
        print("PROBLEM some kinds never generated")
    print(f"\nproblems: {problems}")
    return problems

def show(doc):
    text, out, pos = doc["text"], [], 0
    for e in doc["entities"]:
        out.append(text[pos:e["start"]])
        out.append(f"[[{e['type']}: {text[e['start']:e['end']]}]]")
        pos = e["end"]
    out.append(text[pos:])
    print(f"=== {doc['id']} ({len(text)} chars, {len(doc['entities'])} entities) ===")
    print("".join(out))
    print()

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--sample", type=int, metavar="K")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output", metavar="F.jsonl")
    a = ap.parse_args(argv)
    if a.check: return 1 if check(3000, a.seed) else 0
    if a.sample:
        for doc in generate(a.sample, a.seed): show(doc)
        return 0
    out = open(a.output, "w", encoding="utf-8") if a.output else sys.stdout
    try:
        for doc in generate(a.n, a.seed): out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    finally:
        if a.output: out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
