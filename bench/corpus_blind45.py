#!/usr/bin/env python3
"""Blind test corpus 45 -- clubs, events, non-profits and sport.

Synthetic documents (donor CRM exports, thank-you letters, gift-aid
declarations, SEPA mandates, registrations, badge lists, tickets and refunds,
membership forms, race results, gym logs, volunteer checks, parish registers,
camp medical forms, rooming lists, club letters in many European languages,
plus some ops/config artefacts of club websites and ticketing platforms).
Standard library only.  Document i is a pure function of (seed, i).

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

Corpus-specific notes
---------------------
* Membership / bib / badge / donor / constituent / gift / mandate reference
  numbers, SEPA creditor identifiers, charity, association-register and tax
  numbers of organisations are identifiers of records or organisations and
  are treated as hard negatives (never labelled).
* Club, venue and company names are never labelled, even when they contain a
  saint's or founder's name.  Streets inside an ADDRESS are part of it.
* Card expiry dates are not printed in this corpus; national id numbers
  (personnummer, PESEL, DNI, codice fiscale, TC kimlik) are never printed.

Usage:  python3 bench/corpus_blind45.py --check
        python3 bench/corpus_blind45.py --sample 3
        python3 bench/corpus_blind45.py --n 500 --seed 7 --output out.jsonl
"""
import argparse
import base64
import datetime as dt
import hashlib
import json
import random
import string
import sys
import unicodedata
import uuid
from collections import Counter

TYPES = ("PERSON EMAIL_ADDRESS PHONE_NUMBER US_SSN CREDIT_CARD IBAN_CODE IP_ADDRESS "
         "DATE_OF_BIRTH DATE_TIME LOCATION ADDRESS URL MEDICAL_RECORD_NUMBER "
         "HEALTH_PLAN_NUMBER ACCOUNT_NUMBER DRIVER_LICENSE AWS_ACCESS_KEY AWS_SECRET_KEY "
         "GITHUB_TOKEN SLACK_TOKEN STRIPE_KEY JWT PRIVATE_KEY PASSWORD GENERIC_SECRET").split()
TYPESET = set(TYPES)
MIN_LEN, MAX_LEN = 150, 3000


# --------------------------------------------------------------------------
# Builder
# --------------------------------------------------------------------------
def _typo(r, s):
    words = s.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
    if not idx:
        return s
    i = r.choice(idx)
    w = words[i]
    j = r.randrange(1, len(w) - 2)
    x = r.random()
    if x < 0.5:
        w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    elif x < 0.8:
        w = w[:j] + w[j + 1:]
    else:
        w = w[:j] + w[j] + w[j:]
    words[i] = w
    return " ".join(words)


class Doc:
    """Append-only text builder that records entity spans while appending."""

    def __init__(self, r):
        self.r = r
        self.parts = []
        self.pos = 0
        self.ents = []
        self.typos = r.random() < 0.22

    def __call__(self, *items):
        for it in items:
            if it is None or it == "":
                continue
            if isinstance(it, tuple):
                s, t = it
                if not s:
                    continue
                if t is None:
                    self._put(s)
                    continue
                if s != s.strip() or t not in TYPESET:
                    raise ValueError("bad span %r %r" % (s, t))
                self.ents.append({"start": self.pos, "end": self.pos + len(s), "type": t})
                self._put(s)
            else:
                if self.typos and len(it) > 30 and self.r.random() < 0.15:
                    it = _typo(self.r, it)
                self._put(it)
        return self

    def _put(self, s):
        self.parts.append(s)
        self.pos += len(s)

    def row(self, cells, sep=",", quote=False, end="\n"):
        for k, c in enumerate(cells):
            if k:
                self(sep)
            if isinstance(c, tuple) and c[0] and (quote or sep in c[0] or '"' in c[0]):
                self('"', (c[0].replace('"', '""'), c[1]) if c[1] is None else c, '"')
            else:
                self(c)
        self(end)

    def text(self):
        return "".join(self.parts)

def E(t):
    return lambda s: (s, t) if s else ""


PER, EM, PH, DT, DOB = E("PERSON"), E("EMAIL_ADDRESS"), E("PHONE_NUMBER"), E("DATE_TIME"), E("DATE_OF_BIRTH")
LOC, ADR, URL, IP = E("LOCATION"), E("ADDRESS"), E("URL"), E("IP_ADDRESS")
IBAN, CC, SSN, ACC = E("IBAN_CODE"), E("CREDIT_CARD"), E("US_SSN"), E("ACCOUNT_NUMBER")
MRN, HPN, DL = E("MEDICAL_RECORD_NUMBER"), E("HEALTH_PLAN_NUMBER"), E("DRIVER_LICENSE")
AKID, AKS, GHT, SLT, STK = E("AWS_ACCESS_KEY"), E("AWS_SECRET_KEY"), E("GITHUB_TOKEN"), E("SLACK_TOKEN"), E("STRIPE_KEY")
JWT, PEM, PW, GS = E("JWT"), E("PRIVATE_KEY"), E("PASSWORD"), E("GENERIC_SECRET")

def pk(r, s):
    if isinstance(s, str):
        s = s.split("|")
    return r.choice(s)

def chance(r, p):
    return r.random() < p

def digits(r, n):
    return "".join(r.choice(string.digits) for _ in range(n))

def alnum(r, n, chars=string.ascii_letters + string.digits):
    return "".join(r.choice(chars) for _ in range(n))

def hexs(r, n):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))

def upal(r, n):
    return alnum(r, n, string.ascii_uppercase + string.digits)

def fold(s):
    s = unicodedata.normalize("NFKD", s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O")
                              .replace("æ", "ae").replace("ł", "l").replace("Ł", "L").replace("ı", "i"))
    return "".join(c for c in s if not unicodedata.combining(c))

def slug(s, sep=""):
    out = []
    for c in fold(s).lower():
        out.append(c if c.isalnum() else " ")
    return sep.join("".join(out).split())


# --------------------------------------------------------------------------
# Name pools (male | female | surnames); "_" joins multi-word names
# --------------------------------------------------------------------------
NAMES = {
    "en": ("James Robert John Michael David William Richard Joseph Thomas Christopher Daniel Matthew "
           "Anthony Mark Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Jason Edward "
           "Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Justin Scott Brandon Benjamin Samuel "
           "Gregory Alexander Patrick Frank Raymond Jack Dennis Tyler Aaron Adam Nathan Henry Zachary Peter "
           "Kyle Ethan Walter Noah Jeremy Keith Roger Owen Liam Callum Harry Alfie Oliver Toby Rhys Declan",
           "Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret "
           "Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie Rebecca Sharon "
           "Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha Katherine "
           "Christine Rachel Carolyn Janet Heather Diane Julie Olivia Victoria Kelly Lauren Megan Hannah "
           "Abigail Grace Chloe Sophie Isla Poppy Freya Imogen Bethany Gemma Harriet Kirsty Tamsin",
           "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Jackson "
           "Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Hill Green Adams "
           "Baker Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart "
           "Morris Cook Rogers Morgan Cooper Peterson Reed Bailey Bell Howard Ward Cox Richardson Wood Watson "
           "Brooks Bennett Gray Hughes Price Sanders Myers Foster Powell Jenkins Perry Russell Fisher Hamilton "
           "Graham Wallace Palmer Holmes Hargreaves Whitfield Ashworth Pemberton Blackwood Fairbanks Thornton "
           "Sutcliffe Ramsbottom Pritchard Llewellyn Crawley Oakes Bradshaw Dunmore Kettering Abernathy"),
    "ie": ("Seán Ciarán Pádraig Niall Cathal Eoin Darragh Cillian Oisín Ronan Declan Fergal Colm Tadhg Diarmuid",
           "Aoife Siobhán Niamh Caoimhe Saoirse Róisín Clodagh Orla Gráinne Sinéad Eimear Aisling Méabh Deirdre Úna",
           "O'Brien O'Sullivan Murphy Kelly Walsh Byrne Ryan O'Connor O'Neill Doyle McCarthy Gallagher Doherty "
           "Kennedy Lynch Quinn Moran McLaughlin Fitzgerald Ó_Súilleabháin MacNamara Brennan Kavanagh Dunne Nolan"),
    "de": ("Lukas Jonas Leon Felix Maximilian Paul Finn Tobias Jan Florian Sebastian Matthias Stefan Andreas "
           "Michael Thomas Jürgen Klaus Wolfgang Dieter Uwe Jörg Björn Moritz Niklas Timo Henrik Ole Malte Johannes",
           "Anna Lena Lea Hannah Sophie Marie Laura Julia Katharina Sarah Jana Nina Sabine Petra Claudia Ursula "
           "Monika Birgit Heike Anja Kerstin Franziska Charlotte Greta Ida Frieda Mareike Svenja Antje Elke",
           "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter "
           "Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner "
           "Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Mayer Huber Kaiser Fuchs Peters Lang "
           "Scholz Möller Weiß Jung Hahn Vogel Friedrich Keller Günther Berger Winkler Roth Beck Lorenz Baumann "
           "Franke Albrecht Schuster Ludwig Böhm Kraus Schumacher Vogt Stein Jäger Sommer Groß Seidel Brandt "
           "Haas Schreiber Graf Dietrich Ziegler Kuhn Pohl Engel Horn Busch Bergmann Voigt Sauer Pfeiffer"),
    "fr": ("Jean Pierre Michel Philippe Alain Nicolas Christophe Laurent Julien Thomas Antoine Mathieu Guillaume "
           "Sébastien François Olivier Hugo Lucas Théo Gabriel Raphaël Arthur Baptiste Étienne Rémi Benoît Yannick Loïc Cédric",
           "Marie Nathalie Isabelle Sylvie Catherine Françoise Sophie Céline Julie Camille Léa Manon Chloé Emma "
           "Inès Clémence Pauline Élodie Aurélie Margaux Juliette Anaïs Océane Mathilde Hélène Brigitte Véronique Agnès Lucie Noémie",
           "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre Michel "
           "Garcia David Bertrand Roux Vincent Fournier Morel Girard André Lefèvre Mercier Dupont Lambert Bonnet "
           "Legrand Garnier Faure Rousseau Blanc Guérin Henry Roussel Perrin Morin Mathieu Clément Gauthier "
           "Dumont Fontaine Chevalier Robin Masson Boyer Denis Lemaire Duval Joly Meunier Marchand Dufour "
           "Blanchard Barbier Brun Dumas Brunet Leroux Colin Renard Arnaud Rolland Caron Aubert Giraud Leclerc "
           "Vidal Bourgeois Lacroix Le_Gall Rivière Deschamps Carpentier Prévost Poirier Charpentier Huet Dupuy"),
    "es": ("José Antonio Manuel Francisco Juan David Javier Daniel Carlos Jesús Alejandro Miguel Rafael Pablo "
           "Sergio Fernando Jorge Alberto Álvaro Adrián Diego Raúl Iván Rubén Óscar Andrés Joaquín Ignacio Hugo Mateo",
           "María Carmen Ana Isabel Laura Cristina Marta Lucía Pilar Elena Paula Sara Raquel Rocío Beatriz Sofía "
           "Alba Julia Nuria Silvia Patricia Irene Andrea Claudia Inmaculada Montserrat Noelia Esther Lorena Ainhoa",
           "García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández "
           "Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez Ramos Gil Ramírez "
           "Serrano Blanco Molina Morales Suárez Ortega Delgado Castro Ortiz Rubio Marín Sanz Núñez Iglesias "
           "Medina Garrido Cortés Castillo Santos Lozano Guerrero Cano Prieto Méndez Cruz Calvo Gallego Vidal "
           "Márquez Herrera Peña Flores Cabrera Campos Vega Fuentes Carrasco Reyes Caballero Nieto Aguilar "
           "Pascual Herrero Montero Lorenzo Hidalgo Ibáñez Ferrer Durán Benítez Mora Vicente Vargas Arias Crespo"),
    "it": ("Giuseppe Giovanni Antonio Mario Luigi Francesco Angelo Vincenzo Pietro Salvatore Carlo Franco "
           "Domenico Bruno Paolo Michele Giorgio Aldo Sergio Luca Marco Andrea Matteo Lorenzo Alessandro "
           "Davide Simone Federico Riccardo Stefano",
           "Maria Anna Giuseppina Rosa Angela Giovanna Teresa Lucia Carmela Caterina Francesca Chiara Giulia "
           "Sofia Aurora Alessia Martina Elena Sara Valentina Federica Silvia Paola Laura Roberta Ilaria "
           "Beatrice Alice Ginevra Elisa",
           "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De_Luca "
           "Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso "
           "Ferrara Galli Martini Leone Longo Gentile Martinelli Vitale Lombardo Serra Coppola De_Santis "
           "D'Angelo Marchetti Parisi Conte Ferraro Ferri Fabbri Bianco Marini Grasso Valentini Sala "
           "De_Angelis Gatti Pellegrini Palumbo Sanna Farina Rizzi Monti Cattaneo Morelli Amato Silvestri "
           "Mazza Testa Grassi Carbone Giuliani Benedetti Barone Rossetti Caputo Montanari Guerra Palmieri"),
    "pt": ("João José António Francisco Manuel Pedro Rui Paulo Luís Carlos Miguel Tiago Nuno Ricardo Bruno "
           "André Diogo Gonçalo Rodrigo Duarte Afonso Tomás Martim Vasco Henrique",
           "Maria Ana Joana Inês Beatriz Mariana Catarina Sofia Rita Sara Marta Leonor Carolina Matilde Filipa "
           "Teresa Helena Luísa Patrícia Cláudia Raquel Francisca Madalena Constança",
           "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Fernandes Gonçalves Gomes Lopes "
           "Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia Mendes Nunes Soares Vieira "
           "Monteiro Cardoso Rocha Raposo Neves Coelho Cruz Cunha Pires Ramos Reis Simões Antunes Matos Fonseca "
           "Machado Araújo Barbosa Tavares Lourenço Figueiredo Azevedo Freitas Magalhães"),
    "nl": ("Jan Pieter Hendrik Willem Johannes Cornelis Gerrit Dirk Bas Daan Sem Lucas Milan Levi Thijs Ruben "
           "Jesse Niels Joris Koen Bram Sander Maarten Wouter Jeroen Stijn Floris Teun Gijs Ruud",
           "Anna Maria Johanna Cornelia Sanne Lotte Femke Anouk Eva Lisa Iris Fleur Noor Julia Tess Sophie Emma "
           "Mila Saskia Marloes Ingrid Annelies Wilma Mieke Esther Marieke Evelien Roos Lieke Nienke",
           "de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Janssen Visser Smit Meijer de_Boer Mulder "
           "de_Groot Bos Vos Peters Hendriks van_Leeuwen Dekker Brouwer de_Wit Dijkstra Smits de_Graaf "
           "van_der_Meer van_der_Linden Kok Jacobs de_Haan Vermeulen van_den_Heuvel van_der_Veen van_den_Broek "
           "de_Bruijn van_der_Heijden Schouten van_Beek Willems van_Vliet van_de_Ven Hoekstra Maas Verhoeven "
           "Koster van_Dam van_der_Wal Prins Blom Huisman Peeters Kuipers Postma Timmermans"),
    "pl": ("Piotr Krzysztof Andrzej Tomasz Paweł Michał Marcin Jakub Adam Łukasz Mateusz Kamil Bartosz Wojciech "
           "Grzegorz Marek Jan Szymon Maciej Dawid Rafał Przemysław Sebastian Kacper Filip",
           "Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Joanna Aleksandra Monika "
           "Zofia Natalia Julia Karolina Marta Beata Dorota Justyna Paulina Weronika Zuzanna Agata Iwona",
           "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski "
           "Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Zając "
           "Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowakowski Majewski Olszewski Stępień "
           "Malinowski Jaworski Adamczyk Dudek Nowicki Pawlak Górski Witkowski Walczak Sikora Baran Rutkowski"),
    "sv": ("Erik Lars Karl Anders Johan Per Nils Mikael Jan Hans Olof Gustav Oskar Axel Elias Hugo Lucas Viktor "
           "Filip Emil Anton Sven Björn Magnus Fredrik",
           "Anna Eva Maria Karin Sara Kristina Lena Emma Ingrid Elin Maja Alice Astrid Ebba Wilma Saga Linnea "
           "Klara Sofia Frida Annika Malin Johanna Ulrika Signe",
           "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson "
           "Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Lindström Olofsson Lindqvist "
           "Lindgren Berg Axelsson Bergström Lundberg Lundgren Lundqvist Mattsson Berglund Fredriksson Sandberg "
           "Henriksson Forsberg Sjöberg Wallin Engström Eklund Danielsson Lundin Håkansson Björk Bergman"),
    "da": ("Mads Rasmus Jens Søren Niels Peter Lars Henrik Anders Mikkel Frederik Magnus Oliver William "
           "Christian Kasper Jesper Morten Troels Anker Bent Poul Kristian Thomas Emil",
           "Mette Anne Kirsten Hanne Susanne Lene Camilla Louise Ida Freja Emma Sofie Clara Laura Signe Line "
           "Maja Karen Inge Birthe Pernille Rikke Trine Tove Astrid",
           "Jensen Nielsen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen Petersen "
           "Madsen Kristensen Olsen Thomsen Christiansen Poulsen Johansen Møller Mortensen Knudsen Jakobsen "
           "Mikkelsen Frederiksen Lauridsen Holm Kjær Dahl Bach Lund Friis Vestergaard Østergaard Skov Bak Krogh"),
    "no": ("Ole Lars Knut Jan Per Bjørn Arne Svein Geir Tor Kjell Hans Terje Odd Trond Håkon Sindre Magnus "
           "Jonas Eirik Aksel Sondre Mathias Henrik Even",
           "Anne Inger Kari Marit Ingrid Liv Eva Berit Astrid Randi Solveig Hilde Nora Emma Ingeborg Thea Maja "
           "Sara Tuva Sigrid Kristin Silje Ragnhild Guro Vilde",
           "Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Johnsen Pettersen "
           "Eriksen Berg Haugen Hagen Johannessen Andreassen Jacobsen Dahl Halvorsen Henriksen Lund Moen "
           "Gundersen Iversen Strand Solberg Svendsen Eide Knutsen Martinsen Bakken Lie Amundsen Lunde Solheim "
           "Berge Nygård Bakke Haugland Sandvik Rønning Næss Sæther Ødegård Myklebust Tveit Brekke"),
    "fi": ("Juha Timo Matti Mikko Jari Antti Jukka Markku Pekka Hannu Heikki Ville Janne Sami Petri Teemu "
           "Lauri Eero Onni Elias Aleksi Joonas Olli Tuomas Kalle",
           "Maria Helena Anneli Johanna Kaarina Marjatta Anna Liisa Sari Tiina Päivi Minna Riikka Laura Aino "
           "Emilia Sofia Helmi Aada Venla Kerttu Noora Elina Hanna Satu",
           "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen "
           "Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen "
           "Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Nurmi Väisänen Hiltunen Kettunen"),
    "cs": ("Jan Jiří Petr Josef Pavel Martin Tomáš Jaroslav Miroslav Zdeněk Václav Michal František Jakub Milan "
           "Karel Lukáš David Ondřej Vojtěch Matěj Adam Filip Radek Dominik",
           "Jana Marie Eva Hana Anna Lenka Kateřina Lucie Věra Alena Petra Veronika Jaroslava Tereza Martina "
           "Michaela Zuzana Markéta Barbora Eliška Adéla Klára Kristýna Nikola Šárka",
           "Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Pokorný Marek Pospíšil Hájek "
           "Jelínek Král Růžička Beneš Fiala Sedláček Doležal Zeman Kolář Navrátil Čermák Urban Blažek Kříž "
           "Kovář Bartoš Vlček Polák Kopecký Musil Šimek Konečný Malý Holub Štěpánek Dostál Soukup Šťastný "
           "Mareš Sýkora Tichý Vávra Matoušek Bláha Říha Ševčík Bureš Hruška Mašek Pavlík Janda Hrubý Bednář"),
    "tr": ("Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil "
           "Süleyman Abdullah Emre Burak Can Kerem Arda Efe Emir Yiğit Serkan Tolga Barış",
           "Fatma Ayşe Emine Hatice Zeynep Elif Meryem Zehra Merve Esra Büşra Selin Ecem Defne Ela Nisa Gizem "
           "Derya Özlem Gül Sevgi Tuğba Pınar Seda Buse",
           "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin "
           "Kara Koç Kurt Özkan Şimşek Polat Özer Erdoğan Korkmaz Güneş Aksoy Tekin Bulut Acar Kaplan Avcı "
           "Ünal Keskin Bozkurt Çakır Yavuz Erdem Güler Sarı"),
    "in": ("Aarav Rahul Amit Rajesh Sanjay Vikram Arjun Rohan Karthik Suresh Anil Deepak Vivek Nikhil Pranav "
           "Aditya Sai Harish Manish Ravi",
           "Priya Ananya Kavya Divya Pooja Neha Shreya Anjali Lakshmi Sunita Meera Aishwarya Swati Deepika Nisha "
           "Ritu Sneha Padma Radhika Isha",
           "Sharma Patel Singh Kumar Gupta Reddy Iyer Nair Rao Mehta Shah Joshi Desai Menon Pillai Chatterjee "
           "Banerjee Mukherjee Agarwal Kapoor Malhotra Verma Bhat Krishnan Subramanian Chowdhury"),
    "cn": ("Wei Jun Hao Lei Jian Ming Tao Peng Bo Zhiwei Haoran Yichen Zihan Jie Qiang",
           "Mei Xiu Ying Jing Fang Hui Yan Xin Yue Qian Xiaoling Ruoxi Yuxin Lihua Shu",
           "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang Tang Feng Deng"),
    "jp": ("Hiroshi Takeshi Kenji Daisuke Yuto Haruto Sota Ren Kaito Shota Takumi Ryo Kenta Satoshi Naoki",
           "Yuki Aiko Sakura Haruka Yui Mei Hina Akiko Keiko Naomi Emi Misaki Aoi Rin Mio",
           "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki "
           "Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Mori Ikeda Hashimoto Ishikawa Ogawa Fujita"),
    "kr": ("Minjun Seojun Jiho Hyunwoo Jisung Dongho Sungmin Jaewon Taeyang Youngsoo",
           "Seoyeon Jiwoo Minji Soyeon Hyejin Yuna Jisoo Eunji Haeun Sumin",
           "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Hong"),
    "ar": ("Mohammed Ahmed Omar Ali Youssef Khalid Hassan Ibrahim Tariq Karim Samir Rami Faisal Nabil Ziad "
           "Hamza Bilal Amir Walid Adel",
           "Fatima Aisha Layla Mariam Noor Salma Yasmin Hana Rania Dina Leila Amira Nadia Samira Zainab Huda "
           "Lina Reem Farah Rasha",
           "Haddad Khalil Mansour Nasser Saleh Hamdan Aziz Farouk Rahman Hussein Abdullah Qureshi El-Amin "
           "Al-Sayed Bakr Darwish Haidar Jaber Karam Shaheen"),
    "ng": ("Chinedu Emeka Oluwaseun Tunde Babajide Ikechukwu Obinna Segun Femi Chukwudi Adebayo Kelechi Uche "
           "Ifeanyi Kunle",
           "Ngozi Chiamaka Funmilayo Adaeze Yetunde Blessing Folake Nneka Amaka Temitope Ifeoma Bukola Chioma "
           "Abimbola Zainab",
           "Okafor Adeyemi Okonkwo Balogun Eze Nwosu Ogunleye Chukwu Obi Afolabi Oyelaran Ibekwe Nnamdi "
           "Olawale Babatunde Akinola Onyeka Ajayi"),
    "vi": ("Minh Huy Duc Tuan Hung Quang Long Khanh Phuc Thanh Bao Nam Dung Hieu Vinh",
           "Linh Trang Huong Thao Mai Ngoc Lan Hoa Phuong Thu Vy Nhung Hanh Yen Diep",
           "Nguyen Tran Le Pham Hoang Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly"),
    "gr": ("Georgios Dimitrios Konstantinos Ioannis Nikolaos Christos Panagiotis Vasileios Athanasios Spyros "
           "Stavros Kostas Alexandros Petros Michalis",
           "Maria Eleni Aikaterini Vasiliki Sofia Angeliki Georgia Dimitra Konstantina Paraskevi Eirini Despina "
           "Anastasia Chrysa Theodora",
           "Papadopoulos Papadakis Georgiou Oikonomou Vlachos Angelopoulos Nikolaidis Karagiannis Dimitriou "
           "Ioannidis Christodoulou Konstantinidis Papanikolaou Alexiou Makris Pappas Antoniou Vasileiou Zervas"),
}
NAMES = {k: tuple([w.replace("_", " ") for w in x.split()] for x in v) for k, v in NAMES.items()}

def _fem(cul, s):
    if cul == "pl":
        for a, b in (("dzki", "dzka"), ("ski", "ska"), ("cki", "cka")):
            if s.endswith(a):
                return s[:-len(a)] + b
    if cul == "cs":
        if s.endswith("ý"):
            return s[:-1] + "á"
        if s.endswith("a"):
            return s[:-1] + "ová"
        if s.endswith("ek"):
            return s[:-2] + "ková"
        return s + "ová"
    return s


class Person:
    def __init__(self, given, sur, g, cul, mid=""):
        self.given, self.sur, self.g, self.cul, self.mid = given, sur, g, cul, mid

    @property
    def full(self):
        return "%s %s" % (self.given, self.sur)

    def name(self, r, style=None):
        if style is None:
            style = r.choices(["full", "mid", "lf", "caps", "init", "LF"], [60, 10, 10, 6, 7, 7])[0]
        if style == "mid" and self.mid:
            return "%s %s. %s" % (self.given, self.mid, self.sur)
        if style == "lf":
            return "%s, %s" % (self.sur, self.given)
        if style == "LF":
            return "%s %s" % (self.sur.upper(), self.given)
        if style == "caps":
            return self.full.upper()
        if style == "init":
            return "%s. %s" % (self.given[0], self.sur)
        if style == "low":
            return self.full.lower()
        return self.full

def person(r, cul="en", g=None):
    m, f, s = NAMES[cul]
    g = g or r.choice("mf")
    given = r.choice(m if g == "m" else f)
    sur = r.choice(s)
    if cul == "es" and chance(r, 0.6):
        sur += " " + r.choice(s)
    elif cul == "pt" and chance(r, 0.45):
        sur = r.choice(s) + " " + sur
    elif cul in ("en", "de", "no") and chance(r, 0.05):
        sur += "-" + r.choice(s)
    if g == "f":
        sur = _fem(cul, sur)
    mid = r.choice("ABCDEFGHJKLMNPRSTW") if cul in ("en", "ie", "ng", "in") and chance(r, 0.35) else ""
    if cul in ("de", "sv", "fi", "nl") and chance(r, 0.12):
        given = given + ("-" if cul == "de" else " ") + r.choice(m if g == "m" else f) if given not in ("Anna", "Maria") else given
    return Person(given, sur, g, cul, mid)

TITLES = {"en": ("Mr.|Mr|Dr.", "Ms.|Mrs.|Ms|Dr.|Mrs"), "de": ("Herr|Herrn|Dr.", "Frau|Frau Dr."),
          "fr": ("M.|Monsieur", "Mme|Madame"), "es": ("Sr.|D.", "Sra.|Dña."), "it": ("Sig.|Dott.", "Sig.ra|Dott.ssa"),
          "pt": ("Sr.|Exmo. Sr.", "Sra.|Exma. Sra."), "nl": ("dhr.|De heer", "mevr.|Mevrouw"),
          "pl": ("Pan", "Pani"), "cs": ("pan|Ing.", "paní|Mgr."), "tr": ("Bay|Sayın", "Bayan|Sayın"),
          "sv": ("", ""), "da": ("", ""), "no": ("", ""), "fi": ("", "")}

def title(r, P, lang):
    t = TITLES.get(lang, TITLES["en"])[0 if P.g == "m" else 1]
    return pk(r, t) if t else ""

CUR = {"US": "$", "CA": "$", "AU": "$", "GB": "£", "IE": "€"}
CC_CULS = {"US": "en en en en en en es in cn kr vi ng ar jp gr ie", "GB": "en en en en en en in ng ar pl ie cn gr",
           "IE": "ie ie ie en", "CA": "en en en fr cn in kr", "AU": "en en en cn vi gr it",
           "DE": "de de de de de de de tr pl it gr", "AT": "de", "CH": "de de it fr", "FR": "fr fr fr fr fr ar pt es vi",
           "ES": "es", "IT": "it", "PT": "pt", "NL": "nl nl nl nl nl tr ar", "PL": "pl", "SE": "sv sv sv sv fi ar",
           "DK": "da", "NO": "no no no no sv", "FI": "fi", "CZ": "cs", "TR": "tr"}
CC_LANG = {"US": "en", "GB": "en", "IE": "en", "CA": "en", "AU": "en", "DE": "de", "AT": "de", "CH": "de",
           "FR": "fr", "ES": "es", "IT": "it", "PT": "pt", "NL": "nl", "PL": "pl", "SE": "sv", "DK": "da",
           "NO": "no", "FI": "fi", "CZ": "cs", "TR": "tr"}
LANG_CCS = {"en": "US US GB GB IE CA AU", "de": "DE DE DE AT CH", "fr": "FR", "es": "ES", "it": "IT", "pt": "PT",
            "nl": "NL", "pl": "PL", "sv": "SE", "da": "DK", "no": "NO", "fi": "FI", "cs": "CZ", "tr": "TR"}

def lcc(r, lang):
    return pk(r, LANG_CCS[lang].split())

def local_person(r, cc, g=None):
    return person(r, pk(r, CC_CULS[cc].split()), g)


# --------------------------------------------------------------------------
# Geography: streets | cities "City,Region,postal-prefix,area-code"
# --------------------------------------------------------------------------
GEO = {
    "US": ("Maple Avenue|Oak Street|Pine St|Cedar Lane|Elm St|Washington Ave|Lincoln Blvd|Park Place|Lakeview Dr|"
           "Sunset Blvd|Willow Way|Chestnut St|Jefferson St|Riverside Dr|Hillcrest Rd|Meadow Ln|Franklin St|"
           "Broad St|Main Street|Church St|Walnut St|Magnolia Ct|Birch Rd|N 45th St|SE Division St|W Armitage Ave",
           "New York,NY,100,212;Brooklyn,NY,112,718;Boston,MA,021,617;Chicago,IL,606,312;Austin,TX,787,512;"
           "Houston,TX,770,713;Denver,CO,802,303;Seattle,WA,981,206;Portland,OR,972,503;San Diego,CA,921,619;"
           "Oakland,CA,946,510;Phoenix,AZ,850,602;Atlanta,GA,303,404;Miami,FL,331,305;Minneapolis,MN,554,612;"
           "Columbus,OH,432,614;Nashville,TN,372,615;Raleigh,NC,276,919;Pittsburgh,PA,152,412;"
           "Milwaukee,WI,532,414;Salt Lake City,UT,841,801;Albuquerque,NM,871,505;Burlington,VT,054,802;"
           "Boise,ID,837,208;Richmond,VA,232,804;Kansas City,MO,641,816;Omaha,NE,681,402;Baltimore,MD,212,410;"
           "Ann Arbor,MI,481,734;Sacramento,CA,958,916;Tucson,AZ,857,520;Charleston,SC,294,843;"
           "Spokane,WA,992,509;Des Moines,IA,503,515;Louisville,KY,402,502"),
    "GB": ("High Street|Station Road|Kingsley Road|Church Lane|Victoria Road|Mill Lane|Queens Drive|Park Avenue|"
           "The Crescent|Albert Street|Manor Way|Orchard Close|Beech Grove|Springfield Road|St Mary's Road|"
           "Windsor Terrace|Cliftonville Gardens|Moorland View|Hawthorn Avenue|Chapel Street",
           "London,Greater London,SW,020;London,Greater London,SE,020;London,Greater London,N,020;"
           "Leeds,West Yorkshire,LS,0113;Manchester,Greater Manchester,M,0161;Bristol,,BS,0117;"
           "Sheffield,South Yorkshire,S,0114;Glasgow,,G,0141;Edinburgh,,EH,0131;Cardiff,,CF,029;"
           "Nottingham,Nottinghamshire,NG,0115;Brighton,East Sussex,BN,01273;York,North Yorkshire,YO,01904;"
           "Oxford,Oxfordshire,OX,01865;Norwich,Norfolk,NR,01603;Leicester,Leicestershire,LE,0116;"
           "Bath,Somerset,BA,01225;Exeter,Devon,EX,01392;Liverpool,Merseyside,L,0151;"
           "Newcastle upon Tyne,Tyne and Wear,NE,0191;Belfast,County Antrim,BT,028;Cambridge,Cambridgeshire,CB,01223"),
    "IE": ("Main Street|O'Connell Street|Grafton Street|Patrick Street|Shop Street|Griffith Avenue|Sandymount Road|"
           "Mount Pleasant Avenue|Castle Street",
           "Dublin 4,Co. Dublin,D04,01;Dublin 6,Co. Dublin,D06,01;Cork,Co. Cork,T12,021;Galway,Co. Galway,H91,091;"
           "Limerick,Co. Limerick,V94,061;Kilkenny,Co. Kilkenny,R95,056"),
    "CA": ("Queen Street West|Yonge Street|Robson Street|Jasper Avenue|Elgin Street|Spring Garden Road|"
           "17th Avenue SW|Rue Saint-Denis|Bank Street",
           "Toronto,ON,M5V,416;Vancouver,BC,V6B,604;Montréal,QC,H2X,514;Calgary,AB,T2P,403;Ottawa,ON,K1P,613;"
           "Halifax,NS,B3H,902;Winnipeg,MB,R3C,204"),
    "AU": ("George Street|Collins Street|Flinders Lane|Queen Street|Hay Street|Rundle Street|Elizabeth Street|"
           "Oxford Street|Chapel Street",
           "Sydney,NSW,20,02;Melbourne,VIC,30,03;Brisbane,QLD,40,07;Perth,WA,60,08;Adelaide,SA,50,08;Hobart,TAS,70,03"),
    "DE": ("Hauptstraße|Lindenstraße|Bahnhofstraße|Schillerstraße|Goethestraße|Gartenweg|Am Sportplatz|Kirchgasse|"
           "Mozartstraße|Birkenweg|Friedrich-Ebert-Straße|Berliner Allee|Rosenstraße|Uhlandstraße|Wiesenweg|"
           "Kastanienallee|Am Mühlbach|Turnerstraße|Lessingstraße",
           "Berlin,Berlin,10,030;Berlin,Berlin,12,030;Hamburg,Hamburg,22,040;München,Bayern,80,089;"
           "Köln,Nordrhein-Westfalen,50,0221;Frankfurt am Main,Hessen,60,069;Stuttgart,Baden-Württemberg,70,0711;"
           "Düsseldorf,Nordrhein-Westfalen,40,0211;Leipzig,Sachsen,04,0341;Dresden,Sachsen,01,0351;"
           "Hannover,Niedersachsen,30,0511;Nürnberg,Bayern,90,0911;Bremen,Bremen,28,0421;"
           "Freiburg im Breisgau,Baden-Württemberg,79,0761;Münster,Nordrhein-Westfalen,48,0251;"
           "Kiel,Schleswig-Holstein,24,0431;Mainz,Rheinland-Pfalz,55,06131;Heidelberg,Baden-Württemberg,69,06221;"
           "Augsburg,Bayern,86,0821;Rostock,Mecklenburg-Vorpommern,18,0381;Bielefeld,Nordrhein-Westfalen,33,0521"),
    "AT": ("Mariahilfer Straße|Landstraßer Hauptstraße|Schönbrunner Straße|Herrengasse|Grazer Straße|Kirchengasse",
           "Wien,Wien,1,01;Graz,Steiermark,80,0316;Linz,Oberösterreich,40,0732;Salzburg,Salzburg,50,0662;"
           "Innsbruck,Tirol,60,0512"),
    "CH": ("Bahnhofstrasse|Seestrasse|Dorfstrasse|Kirchweg|Schulhausstrasse|Zürcherstrasse",
           "Zürich,ZH,80,044;Bern,BE,30,031;Basel,BS,40,061;Luzern,LU,60,041;St. Gallen,SG,90,071;Winterthur,ZH,84,052"),
    "FR": ("rue des Lilas|rue Victor Hugo|avenue Jean Jaurès|boulevard Voltaire|rue de la République|"
           "place du Marché|chemin des Vignes|allée des Tilleuls|rue Pasteur|impasse des Roses|"
           "rue du Général de Gaulle|quai des Chartrons|rue Nationale|avenue de la Gare",
           "Paris,Île-de-France,750,01;Lyon,Auvergne-Rhône-Alpes,6900,04;Marseille,Provence-Alpes-Côte d'Azur,130,04;"
           "Toulouse,Occitanie,310,05;Nantes,Pays de la Loire,440,02;Bordeaux,Nouvelle-Aquitaine,330,05;"
           "Lille,Hauts-de-France,590,03;Strasbourg,Grand Est,670,03;Rennes,Bretagne,350,02;"
           "Montpellier,Occitanie,340,04;Grenoble,Auvergne-Rhône-Alpes,380,04;Dijon,Bourgogne-Franche-Comté,210,03;"
           "Angers,Pays de la Loire,490,02;Tours,Centre-Val de Loire,370,02;Annecy,Auvergne-Rhône-Alpes,740,04"),
    "ES": ("Calle Mayor|Calle de Alcalá|Avenida de la Constitución|Calle Real|Paseo de Gracia|Calle San Vicente|"
           "Plaza de España|Calle del Carmen|Avenida Diagonal|Calle Larios|Ronda de Segovia|Calle Sierpes|Gran Vía",
           "Madrid,Madrid,280,91;Barcelona,Barcelona,080,93;Valencia,Valencia,460,96;Sevilla,Sevilla,410,95;"
           "Zaragoza,Zaragoza,500,976;Málaga,Málaga,290,952;Bilbao,Bizkaia,480,94;Granada,Granada,180,958;"
           "Salamanca,Salamanca,370,923;Valladolid,Valladolid,470,983;Palma,Illes Balears,070,971;"
           "A Coruña,A Coruña,150,981;Pamplona,Navarra,310,948;Murcia,Murcia,300,968;Oviedo,Asturias,330,985"),
    "IT": ("Via Roma|Via Garibaldi|Corso Vittorio Emanuele II|Via Mazzini|Via Dante Alighieri|Viale Europa|"
           "Piazza della Repubblica|Via dei Mille|Via Cavour|Via XX Settembre|Vicolo del Pozzo|Via San Francesco",
           "Milano,MI,201,02;Roma,RM,001,06;Torino,TO,101,011;Bologna,BO,401,051;Firenze,FI,501,055;Napoli,NA,801,081;"
           "Genova,GE,161,010;Verona,VR,371,045;Padova,PD,351,049;Bari,BA,701,080;Palermo,PA,901,091;"
           "Trento,TN,381,0461;Bergamo,BG,241,035;Parma,PR,431,0521;Lecce,LE,731,0832"),
    "PT": ("Rua Augusta|Avenida da Liberdade|Rua de Santa Catarina|Rua do Ouro|Travessa do Carmo|Rua da Prata|"
           "Avenida dos Aliados|Largo do Rato|Rua Garrett|Rua de Cedofeita",
           "Lisboa,Lisboa,11,21;Porto,Porto,40,22;Braga,Braga,47,253;Coimbra,Coimbra,30,239;Faro,Faro,80,289;"
           "Aveiro,Aveiro,38,234;Setúbal,Setúbal,29,265;Funchal,Madeira,90,291"),
    "NL": ("Keizersgracht|Dorpsstraat|Kerkstraat|Molenweg|Stationsweg|Julianalaan|Beatrixstraat|Lindelaan|"
           "Prinsengracht|Nieuwe Binnenweg|Oudegracht|Hoofdstraat|Vondelstraat|Parkweg",
           "Amsterdam,Noord-Holland,10,020;Rotterdam,Zuid-Holland,30,010;Utrecht,Utrecht,35,030;"
           "Den Haag,Zuid-Holland,25,070;Eindhoven,Noord-Brabant,56,040;Groningen,Groningen,97,050;"
           "Nijmegen,Gelderland,65,024;Haarlem,Noord-Holland,20,023;Leiden,Zuid-Holland,23,071;"
           "Zwolle,Overijssel,80,038;Maastricht,Limburg,62,043;Tilburg,Noord-Brabant,50,013;"
           "Arnhem,Gelderland,68,026;Delft,Zuid-Holland,26,015;Breda,Noord-Brabant,48,076"),
    "PL": ("Marszałkowska|Długa|Piotrkowska|Mickiewicza|Słowackiego|Kościuszki|Polna|Lipowa|Ogrodowa|Kwiatowa|"
           "Sienkiewicza|Floriańska|Grunwaldzka|3 Maja",
           "Warszawa,mazowieckie,00,22;Warszawa,mazowieckie,02,22;Kraków,małopolskie,31,12;Wrocław,dolnośląskie,50,71;"
           "Poznań,wielkopolskie,61,61;Gdańsk,pomorskie,80,58;Łódź,łódzkie,90,42;Szczecin,zachodniopomorskie,70,91;"
           "Lublin,lubelskie,20,81;Katowice,śląskie,40,32;Białystok,podlaskie,15,85;Toruń,kujawsko-pomorskie,87,56;"
           "Rzeszów,podkarpackie,35,17"),
    "SE": ("Storgatan|Drottninggatan|Kungsgatan|Vasagatan|Skolgatan|Järnvägsgatan|Södra vägen|Björkvägen|"
           "Ringvägen|Sveavägen|Linnégatan|Kyrkogatan",
           "Stockholm,Stockholms län,11,08;Göteborg,Västra Götaland,41,031;Malmö,Skåne,21,040;Uppsala,Uppsala län,75,018;"
           "Västerås,Västmanland,72,021;Örebro,Örebro län,70,019;Linköping,Östergötland,58,013;"
           "Umeå,Västerbotten,90,090;Lund,Skåne,22,046;Luleå,Norrbotten,97,0920"),
    "DK": ("Nørrebrogade|Vesterbrogade|Østergade|Strandvejen|Algade|Jernbanegade|Skovvej|Kirkevej|Søndergade|"
           "Bredgade|Amagerbrogade|Frederiksberg Allé",
           "København N,Region Hovedstaden,22,;København K,Region Hovedstaden,12,;Aarhus C,Region Midtjylland,80,;"
           "Odense C,Region Syddanmark,50,;Aalborg,Region Nordjylland,90,;Esbjerg,Region Syddanmark,67,;"
           "Roskilde,Region Sjælland,40,;Vejle,Region Syddanmark,71,"),
    "NO": ("Karl Johans gate|Storgata|Kirkegata|Thorvald Meyers gate|Bygdøy allé|Kongens gate|Strandgata|"
           "Skolegata|Markveien|Løkkeveien",
           "Oslo,Oslo,04,;Oslo,Oslo,01,;Bergen,Vestland,50,;Trondheim,Trøndelag,70,;Stavanger,Rogaland,40,;"
           "Tromsø,Troms,90,;Drammen,Buskerud,30,;Kristiansand,Agder,46,;Bodø,Nordland,80,"),
    "FI": ("Mannerheimintie|Hämeenkatu|Aleksanterinkatu|Kauppakatu|Koulukatu|Puistokatu|Rantatie|Kirkkokatu|"
           "Satakunnankatu|Isokatu|Yliopistonkatu",
           "Helsinki,Uusimaa,00,09;Espoo,Uusimaa,02,09;Tampere,Pirkanmaa,33,03;Turku,Varsinais-Suomi,20,02;"
           "Oulu,Pohjois-Pohjanmaa,90,08;Jyväskylä,Keski-Suomi,40,014;Kuopio,Pohjois-Savo,70,017;"
           "Lahti,Päijät-Häme,15,03"),
    "CZ": ("Vinohradská|Masarykova|Husova|Palackého|Nádražní|Komenského|Jiráskova|Smetanova|Školní|Lidická|Zahradní",
           "Praha 2,Praha,120,;Praha 6,Praha,160,;Praha 10,Praha,100,;Brno,Jihomoravský kraj,602,;"
           "Ostrava,Moravskoslezský kraj,702,;Plzeň,Plzeňský kraj,301,;Olomouc,Olomoucký kraj,779,;"
           "Liberec,Liberecký kraj,460,;České Budějovice,Jihočeský kraj,370,;Hradec Králové,Královéhradecký kraj,500,"),
    "TR": ("Atatürk Caddesi|Bağdat Caddesi|Cumhuriyet Caddesi|Gazi Mustafa Kemal Bulvarı|Gül Sokak|Lale Sokak|"
           "Menekşe Sokak|İnönü Caddesi",
           "İstanbul,Kadıköy,34,216;İstanbul,Beşiktaş,34,212;Ankara,Çankaya,06,312;İzmir,Karşıyaka,35,232;"
           "Bursa,Nilüfer,16,224;Antalya,Muratpaşa,07,242;Eskişehir,Tepebaşı,26,222"),
}
GEO = {k: (v[0].split("|"), [tuple(c.split(",")) for c in v[1].split(";")]) for k, v in GEO.items()}
COUNTRY_EN = {"US": "United States|USA", "GB": "United Kingdom|UK|England", "IE": "Ireland", "CA": "Canada",
              "AU": "Australia", "DE": "Germany", "AT": "Austria", "CH": "Switzerland", "FR": "France",
              "ES": "Spain", "IT": "Italy", "PT": "Portugal", "NL": "Netherlands|The Netherlands", "PL": "Poland",
              "SE": "Sweden", "DK": "Denmark", "NO": "Norway", "FI": "Finland", "CZ": "Czech Republic|Czechia",
              "TR": "Turkey|Türkiye"}
COUNTRY_LOCAL = {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "FR": "France", "ES": "España",
                 "IT": "Italia", "PT": "Portugal", "NL": "Nederland", "PL": "Polska", "SE": "Sverige",
                 "DK": "Danmark", "NO": "Norge", "FI": "Suomi", "CZ": "Česká republika", "TR": "Türkiye"}
UKL = "ABDEFGHJLNPQRSTUWXYZ"

def fill(r, p, n):
    return p + digits(r, n - len(p))


class Addr:
    pass

def addr(r, cc):
    streets, cities = GEO[cc]
    city, region, pre, area = r.choice(cities)
    st = r.choice(streets)
    n = str(r.choices([r.randint(1, 40), r.randint(41, 400), r.randint(401, 9800)], [5, 3, 2])[0])
    a = Addr()
    a.cc, a.city, a.region, a.area = cc, city, region, area
    if cc == "US":
        a.pc = fill(r, pre, 5) + ("-" + digits(r, 4) if chance(r, 0.15) else "")
        a.street = "%s %s" % (n, st) + (pk(r, [", Apt %d%s" % (r.randint(1, 30), r.choice("ABCD")), " #%d" % r.randint(2, 900), ", Unit %d" % r.randint(1, 40)]) if chance(r, 0.3) else "")
        a.lines = [a.street, "%s, %s %s" % (city, region, a.pc)]
    elif cc == "GB":
        a.pc = "%s%d %d%s%s" % (pre, r.randint(1, 20), r.randint(1, 9), r.choice(UKL), r.choice(UKL))
        a.street = ("Flat %d, " % r.randint(1, 24) if chance(r, 0.2) else "") + "%s %s" % (n if int(n) < 300 else r.randint(1, 99), st)
        a.lines = [a.street, city, a.pc] if chance(r, 0.5) else [a.street, "%s %s" % (city, a.pc)]
    elif cc == "IE":
        a.pc = "%s %s%d%s%d" % (pre, r.choice("ACDEFHKNPRTVWXY"), r.randint(1, 9), r.choice("ACDEFHKNPRTVWXY"), r.randint(1, 9))
        a.street = "%d %s" % (r.randint(1, 120), st)
        a.lines = [a.street, city, a.pc]
    elif cc == "CA":
        a.pc = "%s %d%s%d" % (pre, r.randint(1, 9), r.choice("ABCEGHJKLMNPRSTVWXYZ"), r.randint(0, 9))
        a.street = ("Unit %d, " % r.randint(100, 2400) if chance(r, 0.25) else "") + "%s %s" % (n, st)
        a.lines = [a.street, "%s, %s %s" % (city, region, a.pc)]
    elif cc == "AU":
        a.pc = fill(r, pre, 4)
        a.street = ("%d/" % r.randint(1, 30) if chance(r, 0.3) else "") + "%s %s" % (r.randint(1, 400), st)
        a.lines = [a.street, "%s %s %s" % (city.upper() if chance(r, 0.5) else city, region, a.pc)]
    elif cc == "TR":
        a.pc = fill(r, pre, 5)
        a.street = "%s Mah. %s No:%d D:%d" % (pk(r, "Caferağa|Moda|Kızılay|Alsancak|Bahçelievler|Fenerbahçe|Cumhuriyet|Yenişehir"), st, r.randint(1, 180), r.randint(1, 24))
        a.lines = [a.street, "%s %s/%s" % (a.pc, region, city)]
    else:
        if cc in ("DE", "AT", "CH"):
            a.pc = fill(r, pre, 5 if cc == "DE" else 4)
            a.street = "%s %d%s" % (st, r.randint(1, 160), r.choice(["", "", "", "a", "b"]))
            if cc == "AT" and chance(r, 0.4):
                a.street += "/%d/%d" % (r.randint(1, 6), r.randint(1, 30))
        elif cc == "FR":
            a.pc = fill(r, pre, 5)
            a.street = "%d%s %s" % (r.randint(1, 140), r.choice(["", "", "", " bis", " ter"]), st)
            if chance(r, 0.2):
                a.street = pk(r, "Appt %d|Bât. %s|Résidence Les Pins, Bât. %s") .replace("%d", str(r.randint(2, 60))).replace("%s", r.choice("ABCD")) + ", " + a.street
        elif cc == "ES":
            a.pc = fill(r, pre, 5)
            a.street = "%s, %d" % (st, r.randint(1, 220)) + (", %dº %s" % (r.randint(1, 9), r.choice("ABCD")) if chance(r, 0.7) else "")
        elif cc == "IT":
            a.pc = fill(r, pre, 5)
            a.street = "%s%s %d" % (st, r.choice(["", ","]), r.randint(1, 200)) + ("/%s" % r.choice("ABC") if chance(r, 0.15) else "")
        elif cc == "PT":
            a.pc = "%s-%s" % (fill(r, pre, 4), digits(r, 3))
            a.street = "%s, %d" % (st, r.randint(1, 300)) + (", %dº %s" % (r.randint(1, 8), pk(r, "Esq.|Dto.|Frente")) if chance(r, 0.6) else "")
        elif cc == "NL":
            a.pc = "%s%02d %s%s" % (pre, r.randint(0, 99), r.choice("ABCDEGHJKLMNPRTVWXZ"), r.choice("ABCEGHJKLMNPRTVWXZ"))
            a.street = "%s %d%s" % (st, r.randint(1, 400), r.choice(["", "", "", "-II", " A", "-1", "hs"]))
        elif cc == "PL":
            a.pc = "%s-%s" % (pre, digits(r, 3))
            a.street = "%s %s %d" % (pk(r, "ul.|ul.|al.") if not st[0].isdigit() else "ul.", st, r.randint(1, 150)) + ("/%d" % r.randint(1, 90) if chance(r, 0.6) else "")
        elif cc == "SE":
            a.pc = "%s %s" % (fill(r, pre, 3), digits(r, 2))
            a.street = "%s %d%s" % (st, r.randint(1, 90), r.choice(["", "", " A", " B"])) + (", lgh %d" % r.randint(1001, 1702) if chance(r, 0.2) else "")
        elif cc == "DK":
            a.pc = fill(r, pre, 4)
            a.street = "%s %d" % (st, r.randint(1, 200)) + (", %d. %s" % (r.randint(1, 5), pk(r, "th.|tv.|mf.")) if chance(r, 0.6) else "")
        elif cc == "NO":
            a.pc = fill(r, pre, 4)
            a.street = "%s %d%s" % (st, r.randint(1, 120), r.choice(["", "", " B", " A"]))
        elif cc == "FI":
            a.pc = fill(r, pre, 4) + "0"
            a.street = "%s %d" % (st, r.randint(1, 90)) + (" %s %d" % (r.choice("ABC"), r.randint(1, 40)) if chance(r, 0.6) else "")
        elif cc == "CZ":
            a.pc = "%s %s" % (pre, pk(r, "00|00|01|02"))
            a.street = "%s %d/%d" % (st, r.randint(100, 2900), r.randint(1, 80))
        cityline = city.upper() if cc in ("FR", "FI") and chance(r, 0.4) else city
        if cc == "IT":
            cityline = "%s (%s)" % (city, region) if chance(r, 0.6) else "%s %s" % (city, region)
        a.lines = [a.street, "%s %s" % (a.pc, cityline)]
    a.country = pk(r, COUNTRY_EN[cc])
    return a

def ablock(r, a, sep=None, country=None, local=False):
    sep = sep if sep is not None else pk(r, ["\n", "\n", ", "])
    lines = list(a.lines)
    if country or (country is None and chance(r, 0.15)):
        lines.append(COUNTRY_LOCAL.get(a.cc, a.country) if local else a.country)
    return sep.join(lines)

def cityreg(r, a):
    if a.cc in ("US", "CA", "AU") or (a.cc == "GB" and a.region and chance(r, 0.3)):
        return "%s, %s" % (a.city, a.region) if a.region else a.city
    if chance(r, 0.3):
        return "%s, %s" % (a.city, pk(r, COUNTRY_EN[a.cc]))
    return a.city


# --------------------------------------------------------------------------
# Phones
# --------------------------------------------------------------------------
def _grp(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    return sep.join(x for x in out if x)

def phone(r, cc, area=None, mobile=None, intl=None):
    mobile = chance(r, 0.45) if mobile is None else mobile
    intl = chance(r, 0.3) if intl is None else intl
    if cc in ("US", "CA"):
        ac = area or str(r.randint(201, 989))
        if chance(r, 0.04):
            ac = pk(r, "800|888|877|866")
        ex, ln = str(r.randint(201, 989)), digits(r, 4)
        if intl:
            return pk(r, ["+1 %s %s %s", "+1 (%s) %s-%s", "+1-%s-%s-%s"]) % (ac, ex, ln)
        return pk(r, ["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "(%s)%s-%s"]) % (ac, ex, ln)
    if cc == "GB":
        if mobile or not area:
            sub = pk(r, "7700|7911|7825|7412|7543|7956|7380") + digits(r, 6)
            return ("+44 %s %s" % (sub[:4], sub[4:])) if intl else pk(r, ["0%s %s", "0%s%s"]) % (sub[:4], sub[4:])
        a = area[1:]
        sub = digits(r, 10 - len(a))
        if intl:
            return "+44 %s %s" % (a, _grp(sub, [len(sub) - 4, 4]))
        return "0%s %s" % (a, _grp(sub, [len(sub) - 4, 4]) if len(sub) == 8 else sub)
    if cc == "IE":
        a, sub = (pk(r, "83|85|86|87|89"), digits(r, 7)) if mobile or not area else (area[1:], digits(r, 7 if len(area) == 2 else 6))
        return ("+353 %s %s %s" if intl else "0%s %s %s") % (a, sub[:3], sub[3:])
    if cc == "AU":
        if mobile or not area:
            sub = "4" + digits(r, 8)
            return "+61 %s %s %s" % (sub[:3], sub[3:6], sub[6:]) if intl else "0%s %s %s" % (sub[:3], sub[3:6], sub[6:])
        sub = digits(r, 8)
        return "+61 %s %s %s" % (area[1], sub[:4], sub[4:]) if intl else "(%s) %s %s" % (area, sub[:4], sub[4:])
    if cc in ("DE", "AT", "CH"):
        cp = {"DE": "49", "AT": "43", "CH": "41"}[cc]
        if mobile or not area:
            pre = pk(r, {"DE": "151|152|160|170|171|172|175|176|178|179", "AT": "660|664|676|699",
                         "CH": "76|77|78|79"}[cc])
            sub = digits(r, 7 if cc != "DE" else r.choice([7, 8]))
        else:
            pre, sub = area[1:], digits(r, max(5, 10 - len(area)))
        if cc == "CH":
            sub = _grp(sub, [3, 2, 2])
        if intl:
            return pk(r, ["+%s %s %s", "+%s (0)%s %s", "+%s %s-%s", "+%s %s %s"]) % (cp, pre, sub)
        return pk(r, ["0%s %s", "0%s/%s", "(0%s) %s", "0%s-%s", "0%s %s"]) % (pre, sub)
    if cc == "FR":
        first = pk(r, "6|7") if mobile or not area else area[1]
        s = first + digits(r, 8)
        g = " ".join([s[0]] + [s[i:i + 2] for i in range(1, 9, 2)])
        if intl:
            return pk(r, ["+33 %s", "+33 (0)%s"]) % g
        return "0" + g if chance(r, 0.8) else "0" + s[0] + "." + ".".join(s[i:i + 2] for i in range(1, 9, 2))
    if cc == "ES":
        s = pk(r, "6|7") + digits(r, 8) if mobile or not area else fill(r, area, 9)
        g = pk(r, [_grp(s, [3, 3, 3]), _grp(s, [3, 2, 2, 2]) if s[0] in "67" else _grp(s, [2, 3, 2, 2]), s])
        return "+34 " + g if intl else g
    if cc == "IT":
        if mobile or not area:
            s = pk(r, "320|328|333|338|340|347|349|366|388|393") + digits(r, 7)
            g = pk(r, [_grp(s, [3, 3, 4]), _grp(s, [3, 7]), s])
        else:
            s = area + digits(r, 10 - len(area))
            g = pk(r, [_grp(s, [len(area), 10 - len(area)]), _grp(s, [len(area), 4, 10 - len(area) - 4])])
        return "+39 " + g if intl else g
    if cc == "PT":
        s = pk(r, "91|92|93|96") + digits(r, 7) if mobile or not area else fill(r, area, 9)
        g = _grp(s, [3, 3, 3])
        return pk(r, ["+351 %s", "(+351) %s"]) % g if intl else g
    if cc == "NL":
        if mobile or not area:
            s = "6" + digits(r, 8)
            return pk(r, ["+31 6 %s", "+31 (0)6 %s", "+31 6 %s"]) % pk(r, [s[1:], _grp(s[1:], [4, 4]), _grp(s[1:], [2, 2, 2, 2])]) if intl else pk(r, ["06-%s", "06 %s", "06%s"]) % s[1:]
        sub = digits(r, 10 - len(area))
        return "+31 %s %s" % (area[1:], _grp(sub, [3, 4]) if len(sub) == 7 else sub) if intl else pk(r, ["%s-%s", "%s %s"]) % (area, sub)
    if cc == "PL":
        s = pk(r, "50|51|53|57|60|66|69|72|73|78|79|88") + digits(r, 7) if mobile or not area else area + digits(r, 7)
        g = _grp(s, [3, 3, 3]) if (mobile or not area) else _grp(s, [2, 3, 2, 2])
        if chance(r, 0.2) and (mobile or not area):
            g = _grp(s, [3, 3, 3], "-")
        return "+48 " + g if intl else g
    if cc == "SE":
        if mobile or not area:
            s = pk(r, "70|72|73|76|79") + digits(r, 7)
            return "+46 %s %s %s %s" % (s[:2], s[2:5], s[5:7], s[7:]) if intl else "0%s-%s %s %s" % (s[:2], s[2:5], s[5:7], s[7:])
        sub = digits(r, 8 if len(area) == 2 else 6)
        g = _grp(sub, [3, 3, 2] if len(sub) == 8 else [2, 2, 2])
        return "+46 %s %s" % (area[1:], g) if intl else "%s-%s" % (area, g)
    if cc in ("DK", "NO"):
        s = (pk(r, "2|3|4|5|6|9") if cc == "DK" else pk(r, "4|9|2|5")) + digits(r, 7)
        g = _grp(s, [2, 2, 2, 2]) if (cc == "DK" or s[0] == "2" or s[0] == "5") else _grp(s, [3, 2, 3])
        g = pk(r, [g, g, s])
        return "+%s %s" % ("45" if cc == "DK" else "47", g) if intl else g
    if cc == "FI":
        if mobile or not area:
            s = pk(r, "40|41|44|45|50") + digits(r, 7)
            return "+358 %s %s %s" % (s[:2], s[2:5], s[5:]) if intl else pk(r, ["0%s %s %s", "0%s-%s%s", "0%s %s%s"]) % (s[:2], s[2:5], s[5:])
        sub = digits(r, 7)
        return "+358 %s %s %s" % (area[1:], sub[:3], sub[3:]) if intl else "%s %s %s" % (area, sub[:3], sub[3:])
    if cc == "CZ":
        s = (pk(r, "6|7") if mobile or not area else "2") + digits(r, 8)
        g = _grp(s, [3, 3, 3])
        return pk(r, ["+420 %s", "+420 %s", "00420 %s"]) % g if intl else g
    if cc == "TR":
        if mobile or not area:
            s = pk(r, "530|532|533|535|536|541|542|505|506|555") + digits(r, 7)
        else:
            s = area + digits(r, 7)
        g = "%s %s %s %s" % (s[:3], s[3:6], s[6:8], s[8:])
        if intl:
            return "+90 " + g
        return "0" + g if chance(r, 0.7) else "(0%s) %s %s %s" % (s[:3], s[3:6], s[6:8], s[8:])
    raise KeyError(cc)


# --------------------------------------------------------------------------
# Dates and times
# --------------------------------------------------------------------------
MONTHS = {
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
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
}
MONTHS = {k: v.split() for k, v in MONTHS.items()}
WDAYS = {
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
    "fi": "maanantaina tiistaina keskiviikkona torstaina perjantaina lauantaina sunnuntaina",
    "cs": "pondělí úterý středa čtvrtek pátek sobota neděle",
    "tr": "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar",
}
WDAYS = {k: v.split() for k, v in WDAYS.items()}

def rdate(r, y0=2023, y1=2025):
    a = dt.date(y0, 1, 1).toordinal()
    return dt.date.fromordinal(r.randint(a, dt.date(y1, 12, 28).toordinal()))

def rdob(r, y0=1948, y1=2005):
    return rdate(r, y0, y1)

def fdate(r, d, lang="en", wd=False):
    M = MONTHS[lang if lang in MONTHS else "en"][d.month - 1]
    W = WDAYS[lang if lang in WDAYS else "en"][d.weekday()]
    D, Mo, Y = d.day, d.month, d.year
    if lang in ("en", "us", "gb"):
        M = MONTHS["en"][d.month - 1]
        W = WDAYS["en"][d.weekday()]
        ab = M[:3]
        us = [f"{M} {D}, {Y}", f"{Mo:02d}/{D:02d}/{Y}", f"{Mo}/{D}/{Y}", f"{ab} {D}, {Y}", f"{ab}. {D}, {Y}" if M != "May" else f"May {D}, {Y}"]
        gb = [f"{D} {M} {Y}", f"{D:02d}/{Mo:02d}/{Y}", f"{D} {ab} {Y}", f"{D}{'th' if 10 < D < 14 else {1: 'st', 2: 'nd', 3: 'rd'}.get(D % 10, 'th')} {M} {Y}"]
        pool = us if lang == "us" else gb if lang == "gb" else us + gb + [d.isoformat(), f"{D:02d}-{ab}-{Y}"]
        s = r.choice(pool)
        if wd:
            s = (W if chance(r, 0.6) else W[:3]) + ", " + s if s[0].isalpha() or lang != "gb" else W + " " + s
        return s
    num = {"de": ["%02d.%02d.%d", "%d.%d.%d"], "fr": ["%02d/%02d/%d"], "es": ["%02d/%02d/%d", "%d/%d/%d"],
           "it": ["%02d/%02d/%d", "%d/%d/%d"], "pt": ["%02d/%02d/%d", "%02d-%02d-%d"], "nl": ["%02d-%02d-%d", "%d-%d-%d"],
           "pl": ["%02d.%02d.%d"], "sv": [], "da": ["%02d.%02d.%d", "%d/%d %d"], "no": ["%02d.%02d.%d", "%d.%d.%d"],
           "fi": ["%d.%d.%d"], "cs": ["%d. %d. %d", "%02d.%02d.%d"], "tr": ["%02d.%02d.%d", "%02d/%02d/%d"]}[lang]
    words = {"de": f"{D}. {M} {Y}", "fr": f"{'1er' if D == 1 else D} {M} {Y}", "es": f"{D} de {M} de {Y}",
             "it": f"{D} {M} {Y}", "pt": f"{D} de {M} de {Y}", "nl": f"{D} {M} {Y}", "pl": f"{D} {M} {Y}",
             "sv": f"{D} {M} {Y}", "da": f"{D}. {M} {Y}", "no": f"{D}. {M} {Y}", "fi": f"{D}. {M} {Y}",
             "cs": f"{D}. {M} {Y}", "tr": f"{D} {M} {Y}"}[lang]
    opts = [words, words] + [p % (D, Mo, Y) for p in num]
    if lang in ("sv", "pl", "fi", "da", "no"):
        opts.append(d.isoformat())
    s = r.choice(opts)
    if wd:
        sepw = {"de": ", ", "es": ", ", "pt": ", ", "pl": ", ", "tr": " "}.get(lang, " ")
        s = W + sepw + s
    return s

def ftime(r, h, m, lang="en"):
    if lang in ("en", "us", "gb"):
        h12 = h % 12 or 12
        ap = "AM" if h < 12 else "PM"
        return pk(r, [f"{h12}:{m:02d} {ap}", f"{h12}:{m:02d} {ap.lower()}", f"{h12}:{m:02d}{ap.lower()}",
                      f"{h:02d}:{m:02d}", f"{h12}.{m:02d}{ap.lower()}" if lang == "gb" else f"{h12}:{m:02d} {ap}"])
    return pk(r, {"de": [f"{h}:{m:02d} Uhr", f"{h}.{m:02d} Uhr", f"{h:02d}:{m:02d}"],
                  "fr": [f"{h}h{m:02d}", f"{h} h {m:02d}", f"{h:02d}:{m:02d}"],
                  "es": [f"{h}:{m:02d}", f"{h}:{m:02d} h", f"{h:02d}.{m:02d} h"],
                  "it": [f"{h}:{m:02d}", f"{h}.{m:02d}"], "pt": [f"{h}h{m:02d}", f"{h}:{m:02d}"],
                  "nl": [f"{h}.{m:02d} uur", f"{h}:{m:02d} uur", f"{h:02d}:{m:02d}"],
                  "pl": [f"{h}:{m:02d}", f"{h}.{m:02d}"], "sv": [f"{h}.{m:02d}", f"{h:02d}:{m:02d}"],
                  "da": [f"{h}.{m:02d}", f"{h:02d}:{m:02d}"], "no": [f"{h}.{m:02d}", f"{h:02d}:{m:02d}"],
                  "fi": [f"{h}.{m:02d}"], "cs": [f"{h}:{m:02d}", f"{h}.{m:02d} h"], "tr": [f"{h:02d}:{m:02d}", f"{h}.{m:02d}"]}[lang])

JOIN = {"en": [" at ", ", ", " "], "us": [" at ", ", "], "gb": [" at ", ", "], "de": [" um ", ", "],
        "fr": [" à ", ", "], "es": [" a las ", ", "], "it": [" alle ", ", ore "], "pt": [" às ", ", "],
        "nl": [" om ", ", "], "pl": [", godz. ", " o godz. "], "sv": [" kl. ", " kl "], "da": [" kl. "],
        "no": [" kl. "], "fi": [" klo "], "cs": [" v ", ", "], "tr": [" saat ", " "]}

def rtime(r, lo=7, hi=21):
    return r.randint(lo, hi), r.choice([0, 0, 0, 15, 30, 30, 45, 10, 20])

def fdt(r, d, lang="en", wd=None, lo=7, hi=21):
    h, m = rtime(r, lo, hi)
    wd = chance(r, 0.3) if wd is None else wd
    return fdate(r, d, lang, wd) + pk(r, JOIN[lang]) + ftime(r, h, m, lang)

def logseq(r, n, style=None, d=None):
    d = d or rdate(r)
    style = style if style is not None else r.randint(0, 3)
    return [logts(r, d, style, x) for x in sorted(r.randint(0, 86399) for _ in range(n))]

def logts(r, d=None, style=None, secs=None):
    d = d or rdate(r)
    secs = r.randint(0, 86399) if secs is None else secs
    h, m, s = secs // 3600, secs % 3600 // 60, secs % 60
    style = style if style is not None else r.randint(0, 3)
    if style == 0:
        return f"{d.isoformat()}T{h:02d}:{m:02d}:{s:02d}.{r.randint(0, 999):03d}Z"
    if style == 1:
        return f"{d.isoformat()} {h:02d}:{m:02d}:{s:02d}"
    if style == 2:
        return f"{d.day:02d}/{MONTHS['en'][d.month - 1][:3]}/{d.year}:{h:02d}:{m:02d}:{s:02d} +0000"
    return f"{d.isoformat()}T{h:02d}:{m:02d}:{s:02d}+0{r.choice('012')}:00"


# --------------------------------------------------------------------------
# Identifiers, checksums, secrets, hard negatives
# --------------------------------------------------------------------------
def luhn_ok(num):
    tot = 0
    for i, c in enumerate(reversed(num)):
        k = int(c)
        if i % 2:
            k = k * 2 - 9 if k > 4 else k * 2
        tot += k
    return tot % 10 == 0

def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c

def card(r, brand=None, grouped=None):
    brand = brand or r.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if brand == "amex":
        n = luhn_complete(pk(r, "34|37") + digits(r, 12))
        g = f"{n[:4]} {n[4:10]} {n[10:]}"
    else:
        pre = {"visa": "4", "mc": str(r.randint(51, 55)), "disc": "6011"}[brand]
        n = luhn_complete(pre + digits(r, 15 - len(pre)))
        g = " ".join(n[i:i + 4] for i in range(0, 16, 4))
    grouped = chance(r, 0.6) if grouped is None else grouped
    return (g if chance(r, 0.8) else g.replace(" ", "-")) if grouped else n

def bad_card(r):
    while True:
        n = pk(r, "4|5|6") + digits(r, 15)
        if not luhn_ok(n):
            return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if chance(r, 0.5) else n

def masked_card(r):
    l4 = digits(r, 4)
    return pk(r, [f"**** **** **** {l4}", f"XXXX-XXXX-XXXX-{l4}", f"•••• {l4}", f"ending in {l4}", f"************{l4}"])

IBAN_FMT = {"DE": "n18", "FR": "n23", "ES": "n20", "IT": "a1n22", "NL": "a4n10", "PL": "n24", "SE": "n20",
            "DK": "n14", "NO": "n11", "FI": "n14", "CZ": "n20", "TR": "n22", "GB": "a4n14", "BE": "n12",
            "AT": "n16", "CH": "n17", "PT": "n21", "IE": "a4n14", "LU": "n16"}
BANKS = {"GB": "NWBK|BARC|LOYD|HBUK|MIDL", "IE": "AIBK|BOFI", "NL": "INGB|RABO|ABNA|SNSB|TRIO"}

def iban_check(cc, bban):
    s = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return "%02d" % (98 - int(s) % 97)

def iban_ok(s):
    s = s.replace(" ", "")
    x = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(x) % 97 == 1

def iban(r, cc, grouped=None):
    f = IBAN_FMT.get(cc, "n18")
    if f.startswith("a"):
        na = int(f[1])
        lead = r.choice(BANKS[cc].split("|")) if cc in BANKS else "".join(r.choice(string.ascii_uppercase) for _ in range(na))
        bban = lead + digits(r, int(f.split("n")[1]))
    else:
        bban = digits(r, int(f[1:]))
        if cc == "TR":
            bban = bban[:5] + "0" + bban[6:]
    s = cc + iban_check(cc, bban) + bban
    grouped = chance(r, 0.65) if grouped is None else grouped
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s

def creditor_id(r, cc):
    nat = {"DE": digits(r, 11), "NL": digits(r, 12), "FR": upal(r, 6), "ES": "G" + digits(r, 8), "IT": digits(r, 11),
           "AT": digits(r, 11), "GB": digits(r, 6)}.get(cc, digits(r, 10))
    return cc + iban_check(cc, nat) + "ZZZ" + nat

def bic(r, cc):
    return pk(r, {"DE": "COBADEFFXXX|DEUTDEFF|GENODEF1S06|BYLADEM1001|HASPDEHHXXX|PBNKDEFF",
                  "NL": "INGBNL2A|RABONL2U|ABNANL2A|TRIONL2U", "FR": "BNPAFRPP|CRLYFRPP|SOGEFRPP|AGRIFRPP",
                  "ES": "CAIXESBBXXX|BBVAESMM|BSCHESMM", "IT": "UNCRITMM|BCITITMM|BPMOIT22",
                  "AT": "BKAUATWW|RZOOAT2L", "PT": "CGDIPTPL|BCOMPTPL", "PL": "PKOPPLPW|BPKOPLPW|INGBPLPW",
                  "SE": "ESSESESS|HANDSESS|SWEDSESS", "DK": "DABADKKK|NYKBDKKK", "NO": "DNBANOKK|NDEANOKK",
                  "FI": "NDEAFIHH|OKOYFIHH", "CZ": "KOMBCZPP|GIBACZPX|FIOBCZPP", "TR": "TGBATRIS|AKBKTRIS|ISBKTRIS",
                  "CH": "UBSWCHZH80A|POFICHBEXXX", "GB": "NWBKGB2L|BARCGB22"}.get(cc, "DEUTDEFF"))

def ssn(r):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            return "%03d-%02d-%04d" % (a, r.randint(1, 99), r.randint(1, 9999))

def bad_ssn(r):
    a = pk(r, ["000", "666", str(r.randint(900, 999))])
    return "%s-%02d-%04d" % (a, r.randint(1, 99), r.randint(1, 9999))

def aba(r):
    while True:
        b = pk(r, "0|1|2|3") + digits(r, 7)
        w = [3, 7, 1, 3, 7, 1, 3, 7]
        c = (10 - sum(int(x) * y for x, y in zip(b, w)) % 10) % 10
        return b + str(c)

def us_account(r):
    return digits(r, r.choice([8, 9, 10, 10, 12]))

def dl_us(r):
    st = r.choice(["CA", "NY", "FL", "TX", "IL", "WA", "PA", "MA", "OH", "CO", "MN", "OR"])
    L = string.ascii_uppercase
    v = {"CA": lambda: r.choice(L) + digits(r, 7), "NY": lambda: _grp(digits(r, 9), [3, 3, 3]),
         "FL": lambda: "%s%s-%s-%s-%s-%s" % (r.choice(L), digits(r, 3), digits(r, 3), digits(r, 2), digits(r, 3), digits(r, 1)),
         "TX": lambda: digits(r, 8), "IL": lambda: "%s%s-%s-%s" % (r.choice(L), digits(r, 3), digits(r, 4), digits(r, 4)),
         "WA": lambda: "WDL" + upal(r, 9), "PA": lambda: _grp(digits(r, 8), [2, 3, 3]), "MA": lambda: "S" + digits(r, 8),
         "OH": lambda: r.choice(L) + r.choice(L) + digits(r, 6), "CO": lambda: "%s-%s-%s" % (digits(r, 2), digits(r, 3), digits(r, 4)),
         "MN": lambda: r.choice(L) + digits(r, 12), "OR": lambda: digits(r, 7)}[st]()
    return st, v

def dl_uk(r, sur):
    s = (fold(sur).upper().replace(" ", "").replace("'", "").replace("-", "") + "99999")[:5]
    return "%s%s%s%s%s%s" % (s, digits(r, 6), r.choice(string.ascii_uppercase), r.choice(string.ascii_uppercase + "9"), r.randint(0, 9), upal(r, 2))

def health_plan(r):
    return pk(r, [lambda: r.choice("WXYZ") + digits(r, 9), lambda: "".join(r.choice("BCDGHJKMNPRTXZ") for _ in range(3)) + digits(r, 9),
                  lambda: "U" + digits(r, 8) + " 0" + str(r.randint(1, 4)), lambda: digits(r, 9) + "-0" + str(r.randint(1, 3)),
                  lambda: "M" + digits(r, 10)])()

def mrn(r):
    return pk(r, [lambda: digits(r, 8), lambda: "E" + digits(r, 7), lambda: "MR" + digits(r, 6), lambda: digits(r, 3) + "-" + digits(r, 2) + "-" + digits(r, 2),
                  lambda: "%07d" % r.randint(100000, 9999999)])()

def uid(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))

def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")

def jwt(r, email=None):
    hdr = {"alg": pk(r, "HS256|RS256|ES256"), "typ": "JWT"}
    if chance(r, 0.4):
        hdr["kid"] = hexs(r, 8)
    iat = r.randint(1690000000, 1740000000)
    pl = {"sub": pk(r, [str(r.randint(10000, 999999)), uid(r)]), "iat": iat, "exp": iat + pk(r, [900, 3600, 86400])}
    if chance(r, 0.5):
        pl["scope"] = pk(r, "registrations:read|tickets:write|members:read donations:read|checkin")
    if chance(r, 0.3):
        pl["iss"] = "https://auth." + pk(r, "tixly.io|clubhub.app|eventpass.io|donorly.org")
    sig = bytes(r.getrandbits(8) for _ in range(32 if hdr["alg"] == "HS256" else 64))
    return ".".join([b64u(json.dumps(hdr, separators=(",", ":")).encode()), b64u(json.dumps(pl, separators=(",", ":")).encode()), b64u(sig)])

def pem(r):
    kind = pk(r, ["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    nlines = {"RSA PRIVATE KEY": r.randint(12, 20), "PRIVATE KEY": r.randint(12, 20), "EC PRIVATE KEY": 3,
              "OPENSSH PRIVATE KEY": r.randint(5, 7)}[kind]
    lead = {"RSA PRIVATE KEY": "MIIE", "PRIVATE KEY": "MIIE", "EC PRIVATE KEY": "MHcCAQEEI", "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAA"}[kind]
    width = 70 if "OPENSSH" in kind else 64
    raw = base64.b64encode(bytes(r.getrandbits(8) for _ in range(nlines * width))).decode()
    body = (lead + raw)[: nlines * width - r.randint(4, 30)]
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    if lines[-1] and not body.endswith("="):
        lines[-1] = lines[-1] + "=="[: (4 - len(body) % 4) % 4]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, "\n".join(lines), kind)

def aws_id(r):
    return pk(r, "AKIA|AKIA|AKIA|ASIA") + upal(r, 16)

def aws_secret(r):
    return alnum(r, 40, string.ascii_letters + string.digits + "/+")

def gh_token(r):
    return pk(r, ["ghp_" + alnum(r, 36), "ghp_" + alnum(r, 36), "gho_" + alnum(r, 36), "ghs_" + alnum(r, 36),
                  "github_pat_11" + upal(r, 20) + "_" + alnum(r, 59)])

def slack_token(r):
    return pk(r, ["xoxb-%s-%s-%s" % (digits(r, r.randint(10, 12)), digits(r, 13), alnum(r, 24)),
                  "xoxp-%s-%s-%s-%s" % (digits(r, 11), digits(r, 11), digits(r, 13), hexs(r, 32))])

def stripe_key(r):
    return pk(r, "sk_live_|sk_live_|rk_live_") + alnum(r, pk(r, [24, 99, 99]))

def generic_secret(r):
    return pk(r, [lambda: "whsec_" + alnum(r, 32), lambda: "SG." + alnum(r, 22, string.ascii_letters + string.digits + "-_") + "." + alnum(r, 43, string.ascii_letters + string.digits + "-_"),
                  lambda: hexs(r, 32) + "-us" + str(r.randint(2, 21)), lambda: hexs(r, 40), lambda: alnum(r, 48),
                  lambda: "key-" + hexs(r, 32), lambda: "mg_" + alnum(r, 40), lambda: "shpss_" + hexs(r, 32)])()

def password(r):
    w = pk(r, "Summer|Harbour|Marathon|Tiger|Falcon|Donate|Gala|Runner|Bluebird|Rowing|Anchor|Velvet|Copper|Maple|Orchid")
    return pk(r, [lambda: w + str(r.randint(10, 2025)) + pk(r, "!|#|$|?|!!"), lambda: alnum(r, r.randint(10, 16), string.ascii_letters + string.digits + "!#$%&*?@"),
                  lambda: "-".join(pk(r, "copper|river|lantern|otter|maple|violet|thunder|pebble|garden|cobalt|raven") for _ in range(4)),
                  lambda: w[0].lower() + w[1:].replace("a", "@").replace("o", "0") + digits(r, 2) + "!"])()

def passcode(r):
    return pk(r, [digits(r, 6), alnum(r, 6), alnum(r, 8, string.ascii_letters + string.digits + ".@*")])

def order_no(r):
    return pk(r, [lambda: "ORD-%d-%06d" % (r.randint(2023, 2025), r.randint(1, 999999)), lambda: "#" + digits(r, 9),
                  lambda: digits(r, 10), lambda: "%s-%s-%s" % (upal(r, 3), digits(r, 4), digits(r, 4)),
                  lambda: "TX" + upal(r, 10), lambda: "EVT-" + digits(r, 7)])()

def amount(r, lang="en", lo=5, hi=2500, cur=None):
    v = round(r.uniform(lo, hi), pk(r, [0, 2, 2]))
    if lang in ("en", "us", "gb"):
        cur = cur or {"us": "$", "gb": "£"}.get(lang) or pk(r, "$|$|£|€")
        return "%s%s" % (cur, "{:,.2f}".format(v) if v != int(v) or chance(r, 0.5) else "{:,}".format(int(v)))
    cur = cur or {"pl": "zł", "sv": "kr", "da": "kr.", "no": "kr", "cs": "Kč", "tr": "TL"}.get(lang, "€")
    s = "{:,.2f}".format(v)
    ip, dp = s.split(".")
    ip = ip.replace(",", " " if lang in ("fr", "pl", "sv", "cs", "fi", "no") else ".")
    s = ip + "," + dp
    return ("%s %s" % (cur, s)) if cur == "€" and lang in ("nl", "it", "pt") else ("%s %s" % (s, cur))

def version(r):
    return pk(r, ["v%d.%d.%d" % (r.randint(0, 6), r.randint(0, 30), r.randint(0, 40)),
                  "%d.%d.%d-rc.%d" % (r.randint(1, 4), r.randint(0, 12), r.randint(0, 9), r.randint(1, 4)),
                  "%d.%d" % (r.randint(1, 9), r.randint(0, 20))])

def plate(r):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return pk(r, [lambda: "%s-%s %d" % (pk(r, "B|M|HH|K|F|S|D|HB"), r.choice(L) + r.choice(L), r.randint(10, 9999)),
                  lambda: "%s%s%d %s%s%s" % (r.choice(L), r.choice(L), r.randint(10, 99), r.choice(L), r.choice(L), r.choice(L)),
                  lambda: "%d%s%s%s%d" % (r.randint(1, 9), r.choice(L), r.choice(L), r.choice(L), r.randint(100, 999)),
                  lambda: "%s-%d-%s%s" % (r.choice(L) + r.choice(L), r.randint(100, 999), r.choice(L), r.choice(L))])()

def track(r):
    return pk(r, ["1Z" + upal(r, 16), digits(r, 22), "JJD" + digits(r, 18), upal(r, 2) + digits(r, 9) + "GB"])

def lbl(r, opts, caseflip=0.1):
    s = pk(r, opts)
    if chance(r, caseflip):
        s = s.upper()
    return s


# --------------------------------------------------------------------------
# Organisations, domains, URLs, e-mails
# --------------------------------------------------------------------------
CLUBS = {
    "en": ("Riverside|Harbourside|Kingfisher|Meadowbrook|Lakeside|Red Kite|Ironbridge|Greenway|Bluebell|Stonebridge|"
           "Maplewood|Foxhill|Silver Birch|Oakridge|Old Mill|Heron Point|Cobblestone|Wildflower",
           "Runners|Harriers|Athletic Club|Rowing Club|Cycling Club|Swim Team|Tennis Club|Cricket Club|"
           "Rugby Football Club|Netball Club|Striders|Soccer Club|Choral Society|Community Trust|Food Bank|"
           "Animal Rescue|Hospice Foundation|Youth Orchestra|Triathlon Club|Boxing Gym|Climbing Wall|Fencing Club"),
    "de": ("TSV Eintracht 1889 e.V.|SV Grün-Weiß 1912 e.V.|Turnverein Jahn 1861 e.V.|Ruderclub Germania e.V.|"
           "Förderverein der Grundschule am Park e.V.|Skiclub Edelweiß e.V.|Schützenverein Hubertus e.V.|"
           "Chorgemeinschaft Harmonie e.V.|Laufgruppe Sonnenaufgang e.V.|Tafel Nachbarschaftshilfe e.V.|SC Borussia 08 e.V.",),
    "nl": ("Hockeyclub De Kievit|v.v. Oranje Boys|Atletiekvereniging Hermes|Zwemvereniging De Dolfijn|"
           "Roeivereniging Nereus|Muziekvereniging Excelsior|Stichting Vrienden van het Hospice|Tennisvereniging De Lobbers",),
    "fr": ("Association Sportive des Tilleuls|Club Alpin Les Cimes|Amicale Laïque|Les Foulées Vertes|"
           "Union Cycliste du Val|Chorale À Cœur Joie|Association Solidarité Quartiers|Cercle d'Escrime La Rapière",),
    "es": ("Club Deportivo Los Almendros|Club Atletismo Zancadas|Asociación Cultural La Tertulia|Club Náutico Levante|"
           "Peña Ciclista El Pedal|Fundación Manos Unidas del Barrio|Club Baloncesto Las Torres",),
    "it": ("ASD Polisportiva Aurora|A.S.D. Atletica Le Torri|Circolo Tennis Le Querce|Associazione Amici del Coro|"
           "Gruppo Sportivo Stella Alpina|Onlus Sorrisi per Tutti|ASD Nuoto Delfini",),
    "pt": ("Grupo Desportivo Os Amigos|Clube de Atletismo Estrela|Associação Recreativa e Cultural da Ponte|"
           "Clube Naval Maré Alta|Associação Mãos Solidárias",),
    "pl": ("Klub Sportowy Orzeł|UKS Iskra|Stowarzyszenie Biegaczy Maraton|Fundacja Pomocna Dłoń|"
           "Klub Turystyczny Wędrowiec|MKS Błękitni",),
    "sv": ("IFK Stjärnan|Idrottsföreningen Kamraterna|Orienteringsklubben Tor|Roddklubben Ägir|"
           "Föreningen Bibliotekets Vänner|Kören Vox Nova|Simklubben Delfinen",),
    "da": ("Idrætsforeningen Hermes|Gymnastikforeningen Fremad|Foreningen Grønne Spirer|Løbeklubben Trampen|"
           "Roklubben Skjold|Boldklubben Stjernen",),
    "no": ("Idrettslaget Ørn|Skiklubben Fram|Turnforeningen Ask|Orienteringslaget Vind|Sportsklubben Brann|"
           "Langrennsklubben Spor",),
    "fi": ("Urheiluseura Kiri|Hiihtoseura Lumi|Kuntoklubi Ponnistus|Juoksuseura Vauhti|Kuoro Sointu|Uimaseura Aalto",),
    "cs": ("TJ Sokol Slavoj|SK Meteor|Oddíl orientačního běhu Lokomotiva|Spolek přátel hor|Tenisový klub Lvíček|"
           "Plavecký klub Delfín",),
    "tr": ("Gençlik ve Spor Kulübü Derneği|Doğa Sporları Derneği|Yıldız Spor Kulübü|"
           "Dayanışma ve Yardımlaşma Derneği|Koşu Tutkunları Derneği",),
}
TLD = {"US": "org", "GB": "org.uk", "IE": "ie", "CA": "ca", "AU": "org.au", "DE": "de", "AT": "at", "CH": "ch",
       "FR": "fr", "ES": "es", "IT": "it", "PT": "pt", "NL": "nl", "PL": "pl", "SE": "se", "DK": "dk", "NO": "no",
       "FI": "fi", "CZ": "cz", "TR": "org.tr"}

def club(r, lang="en"):
    c = CLUBS[lang]
    if lang == "en":
        return pk(r, c[0]) + " " + pk(r, c[1])
    return pk(r, c[0])

def domain(name, cc="US"):
    stop = {"ev", "e", "v", "the", "club", "de", "der", "des", "la", "le", "les", "el", "los", "van", "het",
            "asd", "a", "s", "d", "1889", "1912", "1861", "08", "och", "og", "i", "ve"}
    w = [x for x in slug(name, " ").split() if x not in stop]
    base = "".join(w[:3]) if len("".join(w[:3])) < 22 else "".join(x[:4] for x in w[:4])
    return base + "." + TLD.get(cc, "org")

MAIL = {"US": "gmail.com|gmail.com|yahoo.com|outlook.com|icloud.com|comcast.net|hotmail.com|aol.com",
        "GB": "gmail.com|btinternet.com|hotmail.co.uk|yahoo.co.uk|outlook.com|sky.com",
        "IE": "gmail.com|eircom.net|hotmail.com", "CA": "gmail.com|rogers.com|shaw.ca|outlook.com",
        "AU": "gmail.com|bigpond.com|outlook.com", "DE": "gmx.de|web.de|t-online.de|gmail.com|posteo.de|freenet.de",
        "AT": "gmx.at|aon.at|gmail.com", "CH": "bluewin.ch|gmx.ch|gmail.com", "FR": "orange.fr|free.fr|laposte.net|gmail.com|sfr.fr",
        "ES": "gmail.com|hotmail.es|yahoo.es|telefonica.net", "IT": "libero.it|gmail.com|virgilio.it|tiscali.it|alice.it",
        "PT": "sapo.pt|gmail.com|outlook.pt", "NL": "ziggo.nl|kpnmail.nl|gmail.com|hotmail.nl|xs4all.nl",
        "PL": "wp.pl|onet.pl|o2.pl|gmail.com|interia.pl", "SE": "telia.com|gmail.com|hotmail.se|outlook.com",
        "DK": "gmail.com|outlook.dk|mail.dk|hotmail.dk", "NO": "online.no|gmail.com|hotmail.no",
        "FI": "gmail.com|luukku.com|outlook.com|kolumbus.fi", "CZ": "seznam.cz|centrum.cz|email.cz|gmail.com",
        "TR": "gmail.com|hotmail.com|yandex.com.tr|outlook.com"}

def email(r, P=None, cc="US", dom=None):
    if P is None:
        return "%s@%s" % (pk(r, "info|office|kontakt|contact|secretary|treasurer|events|tickets|membership|admin|hello|donations|volunteer"), dom or "example.org")
    g = slug(P.given.split()[0] if " " in P.given else P.given, "")
    s = slug(P.sur.split()[-1] if P.cul in ("es", "pt") else P.sur, "")
    loc = pk(r, [f"{g}.{s}", f"{g}.{s}", f"{g[0]}{s}", f"{g}{s}{r.randint(1, 99)}", f"{g}_{s}", f"{s}.{g}",
                 f"{g}{r.randint(1960, 2008)}", f"{g[0]}.{s}", f"{s}{g[0]}"])
    return "%s@%s" % (loc, dom or pk(r, MAIL.get(cc, MAIL["US"])))

def url(r, dom, kind="any"):
    paths = {"any": ["", "events", "donate", "membership/join", "results/%d" % r.randint(2022, 2025), "news/%s" % pk(r, "agm-notice|summer-camp|volunteers-needed|season-kickoff"),
                     "calendar?view=month", "shop/kit?size=m", "donate?campaign=%s&utm_source=email" % pk(r, "spring|winter-appeal|gala|kit-fund")],
             "event": ["events/%s" % pk(r, "spring-gala|charity-10k|annual-dinner|open-day|fun-run|quiz-night"),
                       "e/%s-tickets-%s" % (pk(r, "summer-social|awards-night|club-championships"), digits(r, 11)),
                       "register?event=%s" % digits(r, 5)]}[kind]
    p = r.choice(paths)
    return "https://%s%s/%s" % (pk(r, ["www.", "www.", ""]), dom, p) if p else "https://www.%s" % dom

def ipv4(r, private=None):
    private = chance(r, 0.4) if private is None else private
    if private:
        return pk(r, ["10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
                      "192.168.%d.%d" % (r.randint(0, 20), r.randint(2, 254)), "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254))])
    return "%d.%d.%d.%d" % (r.choice([23, 31, 37, 46, 62, 77, 81, 84, 89, 92, 95, 109, 151, 176, 185, 188, 203, 212, 213, 217]),
                            r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))

def ipv6(r):
    return "2a0%d:%s:%s::%s" % (r.randint(0, 9), hexs(r, 4).lstrip("0") or "0", hexs(r, 4).lstrip("0") or "1", hexs(r, 3).lstrip("0") or "a")

def anyip(r):
    return ipv6(r) if chance(r, 0.15) else ipv4(r)

def rfc2822(r, d=None):
    d = d or rdate(r)
    return "%s, %02d %s %d %02d:%02d:%02d %s" % (WDAYS["en"][d.weekday()][:3], d.day, MONTHS["en"][d.month - 1][:3], d.year,
                                                 r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), pk(r, "+0000|-0500|+0100|-0800|+0200"))

def en_cc(r):
    return pk(r, "US US US GB GB IE CA AU".split())

def dl_(cc):
    return "us" if cc in ("US", "CA") else "gb"

def sign_off(r, d, P, role, lang="en"):
    d(pk(r, {"en": "Kind regards,|With gratitude,|Best wishes,|Sincerely,|Warmly,|Thanks again,",
             "de": "Mit freundlichen Grüßen|Mit sportlichen Grüßen|Viele Grüße", "fr": "Bien cordialement,|Sportivement,|Avec nos remerciements,",
             "es": "Un cordial saludo,|Atentamente,|Saludos deportivos,", "it": "Cordiali saluti,|Un caro saluto,",
             "pt": "Com os melhores cumprimentos,|Cordialmente,", "nl": "Met vriendelijke groet,|Sportieve groet,",
             "pl": "Z poważaniem,|Z pozdrowieniami,", "sv": "Med vänliga hälsningar|Hälsningar", "da": "Med venlig hilsen|Venlig hilsen",
             "no": "Med vennlig hilsen|Hilsen", "fi": "Ystävällisin terveisin|Terveisin", "cs": "S pozdravem|Se sportovním pozdravem",
             "tr": "Saygılarımızla,|Sevgiyle,"}[lang]), "\n\n", PER(P.name(r, pk(r, "full|full|mid"))), "\n", role, "\n")


# --------------------------------------------------------------------------
# English document kinds
# --------------------------------------------------------------------------
def k_donor_crm_csv(r, d):
    cc = pk(r, "US US GB".split())
    us, lang = cc == "US", dl_(cc)
    sep = pk(r, [",", ",", "\t", ";"])
    hdr = ["Constituent ID", "First Name", "Last Name", "Email", "Phone", "Address Line 1", "City",
           "State" if us else "County", "ZIP" if us else "Postcode", "Last Gift Date", "Last Gift Amt", "Lifetime", "Codes"]
    if chance(r, 0.35):
        hdr = [h.lower().replace(" ", "_") for h in hdr]
    d(sep.join(hdr) + "\n")
    for _ in range(r.randint(3, 10)):
        if d.pos > 2300:
            break
        P, A = local_person(r, cc), addr(r, cc)
        d.row(["C-%06d" % r.randint(1, 999999) if chance(r, 0.5) else str(r.randint(10000, 99999)), PER(P.given), PER(P.sur),
               EM(email(r, P, cc)) if chance(r, 0.85) else "", PH(phone(r, cc, A.area)) if chance(r, 0.7) else "",
               ADR(A.street), LOC(A.city), LOC(A.region), A.pc, DT(fdate(r, rdate(r), lang)) if chance(r, 0.9) else "",
               "%.2f" % r.uniform(5, 900), "%.2f" % r.uniform(50, 9000), pk(r, "NO_PHONE|MAJOR|LAPSED||GA;NEWS|MONTHLY||")], sep)

def k_donor_thank_you(r, d):
    cc = en_cc(r)
    lang = dl_(cc)
    org = club(r)
    dom, OA = domain(org, cc), addr(r, cc)
    d(org.upper() if chance(r, 0.3) else org, "\n", ADR(ablock(r, OA, pk(r, ["\n", " | ", ", "]))), "\n")
    d(pk(r, "Tel|Phone|T") + " ", PH(phone(r, cc, OA.area, mobile=False)), "  ", URL(url(r, dom)) if chance(r, 0.6) else EM(email(r, None, cc, dom)), "\n")
    if chance(r, 0.6):
        d(pk(r, ["Registered Charity No. %s" % digits(r, 7), "Charity number %s" % digits(r, 7), "EIN %s-%s" % (digits(r, 2), digits(r, 7)),
                 "Tax ID %s-%s" % (digits(r, 2), digits(r, 7)), "Registered charity SC0%s" % digits(r, 5)]), "\n")
    d("\n", DT(fdate(r, rdate(r), lang)), "\n\n")
    P, A = local_person(r, cc), addr(r, cc)
    t = title(r, P, "en")
    d(t + " " if chance(r, 0.6) else "", PER(P.name(r, pk(r, "full|mid|caps"))), "\n", ADR(ablock(r, A, "\n")), "\n\n")
    if chance(r, 0.5):
        d("Dear ", t + " " if t else "", PER(P.sur), ",\n\n")
    else:
        d("Dear ", PER(P.given), ",\n\n")
    gift, gd = amount(r, lang, 15, 5000, "$" if cc in ("US", "CA", "AU") else "£" if cc == "GB" else "€"), fdate(r, rdate(r), lang)
    d(pk(r, ["On behalf of everyone at %s, thank you for your generous gift of %s, which we received on " % (org, gift),
             "Thank you so much for your donation of %s received on " % gift,
             "I wanted to write personally to thank you for the gift of %s that arrived on " % gift]), DT(gd), ". ")
    d(pk(r, ["Your support keeps our junior section running and pays for coaching, kit and travel to away fixtures.",
             "Gifts like yours fund our winter shelter, hot meals and the volunteers who make it all happen.",
             "Because of you, 40 more children will learn to swim this summer.",
             "Your kindness helps us keep membership fees low for families who would otherwise miss out."]), "\n\n")
    if chance(r, 0.5):
        d("Gift reference: ", pk(r, ["G-%s-%05d" % (r.randint(2023, 2025), r.randint(1, 99999)), "GFT" + digits(r, 8), "#" + digits(r, 7)]),
          pk(r, ["  |  Batch ", "  Batch: "]), digits(r, 4), "\n")
    if cc == "GB" and chance(r, 0.5):
        d("As you have made a Gift Aid declaration, we can claim an extra 25p for every £1 you give.\n")
    if cc in ("US", "CA") and chance(r, 0.6):
        d("No goods or services were provided in exchange for this contribution. Please keep this letter for your tax records.\n")
    if chance(r, 0.45):
        E2 = fdt(r, rdate(r), lang, lo=17, hi=20)
        d("\nWe would love to see you at our supporters' evening on ", DT(E2), ". RSVP to ", PER(local_person(r, cc).full), " on ",
          PH(phone(r, cc, OA.area)), ".\n")
    d("\n")
    sign_off(r, d, local_person(r, cc), pk(r, "Director of Development|Chair of Trustees|Head of Fundraising|Club Secretary|Executive Director"))

def k_gift_aid(r, d):
    org = club(r)
    d(pk(r, ["Gift Aid Declaration", "GIFT AID DECLARATION – for past, present & future donations", "Gift Aid it!"]), "\n")
    d(org, " – Registered Charity No. ", digits(r, 7), "\n\n")
    d("Boost your donation by 25p of Gift Aid for every £1 you donate. In order to Gift Aid your donation you must tick the box below:\n")
    d("[x] I want to Gift Aid my donation of ", amount(r, "gb", 5, 500, "£"), " and any donations I make in the future or have made in the past 4 years to ", org, ".\n")
    d("I am a UK taxpayer and understand that if I pay less Income Tax and/or Capital Gains Tax than the amount of Gift Aid claimed on all my donations in that tax year it is my responsibility to pay any difference.\n\n")
    P, A = local_person(r, "GB"), addr(r, "GB")
    d("Title: ", title(r, P, "en"), "    First name or initial(s): ", PER(P.given if chance(r, 0.8) else P.given[0]), "\n")
    d("Surname: ", PER(P.sur.upper() if chance(r, 0.3) else P.sur), "\n")
    if chance(r, 0.5):
        d("Full home address: ", ADR(A.street + ", " + A.city), "\n")
    else:
        d("Home address:\n", ADR(A.street), "\n", "Town/City: ", LOC(A.city), "\n")
    d("Postcode: ", A.pc, "\n")
    if chance(r, 0.6):
        d("Email: ", EM(email(r, P, "GB")), "\n")
    d("Date: ", DT(fdate(r, rdate(r), "gb")), "\n")
    d("Donor ref: ", pk(r, ["GA", "D", "SUP"]), digits(r, 6), "   Campaign code: ", upal(r, 6), "\n\n")
    d("Please notify the charity if you want to cancel this declaration, change your name or home address, or no longer pay sufficient tax.\n")
    d("Return to: ", ADR(ablock(r, addr(r, "GB"), ", ")), "\n")

SEPA = {
    "en": dict(t="SEPA Direct Debit Mandate", cr="Creditor", cid="Creditor Identifier", ref="Mandate reference", db="Debtor name",
               ad="Debtor address", pl="Place", dt="Date", sg="Signature", ty="Type of payment: [x] Recurrent [ ] One-off",
               tx="By signing this mandate form, you authorise (A) {c} to send instructions to your bank to debit your account and (B) your bank to debit your account in accordance with the instructions from {c}. You are entitled to a refund from your bank under the terms and conditions of your agreement with your bank."),
    "de": dict(t="SEPA-Lastschriftmandat", cr="Zahlungsempfänger", cid="Gläubiger-Identifikationsnummer", ref="Mandatsreferenz",
               db="Kontoinhaber (Vorname, Name)", ad="Anschrift", pl="Ort", dt="Datum", sg="Unterschrift", ty="Zahlungsart: [x] wiederkehrend [ ] einmalig",
               tx="Ich ermächtige den {c}, Zahlungen von meinem Konto mittels Lastschrift einzuziehen. Zugleich weise ich mein Kreditinstitut an, die vom {c} auf mein Konto gezogenen Lastschriften einzulösen. Hinweis: Ich kann innerhalb von acht Wochen, beginnend mit dem Belastungsdatum, die Erstattung des belasteten Betrages verlangen."),
    "fr": dict(t="Mandat de prélèvement SEPA", cr="Créancier", cid="Identifiant créancier SEPA (ICS)", ref="Référence unique du mandat (RUM)",
               db="Nom du débiteur", ad="Adresse", pl="Fait à", dt="le", sg="Signature", ty="Type de paiement : [x] récurrent [ ] ponctuel",
               tx="En signant ce formulaire de mandat, vous autorisez {c} à envoyer des instructions à votre banque pour débiter votre compte, et votre banque à débiter votre compte conformément aux instructions de {c}."),
    "es": dict(t="Orden de domiciliación de adeudo directo SEPA", cr="Acreedor", cid="Identificador del acreedor", ref="Referencia de la orden de domiciliación",
               db="Nombre del deudor", ad="Dirección del deudor", pl="Localidad", dt="Fecha", sg="Firma", ty="Tipo de pago: [x] Pago recurrente [ ] Pago único",
               tx="Mediante la firma de esta orden de domiciliación, el deudor autoriza a {c} a enviar instrucciones a la entidad del deudor para adeudar su cuenta y a la entidad para efectuar los adeudos en su cuenta siguiendo las instrucciones de {c}."),
    "it": dict(t="Mandato per addebito diretto SEPA (SDD)", cr="Creditore", cid="Codice identificativo del creditore", ref="Riferimento del mandato",
               db="Nome del debitore", ad="Indirizzo", pl="Luogo", dt="Data", sg="Firma", ty="Tipo di pagamento: [x] ricorrente [ ] singolo",
               tx="La sottoscrizione del presente mandato comporta l'autorizzazione a {c} a richiedere alla banca del debitore l'addebito del suo conto e l'autorizzazione alla banca del debitore di procedere a tale addebito conformemente alle disposizioni impartite da {c}."),
    "nl": dict(t="Doorlopende machtiging SEPA", cr="Naam incassant", cid="Incassant ID", ref="Kenmerk machtiging",
               db="Naam", ad="Adres", pl="Plaats", dt="Datum", sg="Handtekening", ty="Soort betaling: [x] doorlopend [ ] eenmalig",
               tx="Door ondertekening van dit formulier geeft u toestemming aan {c} om doorlopende incasso-opdrachten te sturen naar uw bank om de contributie van uw rekening af te schrijven en aan uw bank om doorlopend een bedrag van uw rekening af te schrijven overeenkomstig de opdracht van {c}."),
}

def _sepa(r, d, lang):
    L = SEPA[lang]
    cc = {"en": pk(r, "GB IE".split()), "de": pk(r, "DE DE AT".split()), "fr": "FR", "es": "ES", "it": "IT", "nl": "NL"}[lang]
    org = club(r, "en" if lang == "en" else lang)
    OA = addr(r, cc)
    d(L["t"].upper() if chance(r, 0.3) else L["t"], "\n\n", L["cr"], ": ", org, "\n", ADR(ablock(r, OA, ", ")), "\n")
    d(L["cid"], ": ", creditor_id(r, cc), "\n", L["ref"], ": ", pk(r, ["M-%s-%05d" % (digits(r, 4), r.randint(1, 99999)), "MITGL" + digits(r, 6), upal(r, 3) + digits(r, 8)]), "\n\n")
    d(L["tx"].format(c=org), "\n\n")
    P = local_person(r, cc)
    A = addr(r, cc) if chance(r, 0.9) else addr(r, pk(r, "DE NL FR ES IT AT BE".replace("BE", "DE").split()))
    d(L["db"], ": ", PER(P.name(r, pk(r, "full|full|lf|caps"))), "\n", L["ad"], ": ", ADR(ablock(r, A, ", ")), "\n")
    d("IBAN: ", IBAN(iban(r, A.cc if A.cc in IBAN_FMT else "DE")), "\n")
    if chance(r, 0.7):
        d("BIC: ", bic(r, A.cc), "\n")
    d(L["ty"], "\n")
    if chance(r, 0.5):
        d({"en": "Amount", "de": "Betrag", "fr": "Montant", "es": "Importe", "it": "Importo", "nl": "Bedrag"}[lang], ": ",
          amount(r, lang if lang != "en" else "gb", 5, 300, "€" if lang != "en" else "£"), "\n")
    d(L["pl"], ": ", LOC(A.city), "   " if lang != "fr" else " ", L["dt"], ": " if lang != "fr" else " ", DT(fdate(r, rdate(r), lang if lang != "en" else "gb")), "\n")
    d(L["sg"], ": ", pk(r, ["_______________", "(signed)", PER(P.name(r, "full")) if chance(r, 0.3) else "[signature]"]), "\n")



def k_ach_recurring(r, d):
    org = club(r)
    P, A = local_person(r, "US"), addr(r, "US")
    d(pk(r, ["RECURRING GIFT AUTHORIZATION", "Monthly Giving – Electronic Funds Transfer Authorization", "Sustainer Program Enrollment Form"]), "\n", org, "\n\n")
    d("Donor name: ", PER(P.name(r)), "\n", "Address: ", ADR(ablock(r, A, ", ")), "\n")
    d("Phone: ", PH(phone(r, "US", A.area)), "   Email: ", EM(email(r, P, "US")), "\n\n")
    amt = amount(r, "us", 10, 250, "$")
    if chance(r, 0.6):
        d("Please debit my [x] checking [ ] savings account ", amt, " each month.\n")
        d("Bank name: ", pk(r, "Chase|Wells Fargo|US Bank|PNC|Citizens Bank|Navy Federal Credit Union|TD Bank|Fifth Third"), "\n")
        d("Routing (ABA) number: ", aba(r), "\n", "Account number: ", ACC(us_account(r)), "\n")
        d("Name(s) on account: ", PER(P.full), "\n")
    else:
        d("Please charge ", amt, " to my [x] Visa [ ] MasterCard [ ] Amex every month.\n")
        d("Card number: ", CC(card(r)) if chance(r, 0.7) else masked_card(r), "\n", "Cardholder: ", PER(P.full.upper()), "\n")
    d("First gift date: ", DT(fdate(r, rdate(r), "us")), "\n")
    d("I authorize ", org, " to initiate recurring debits as described above. I may cancel at any time by calling ", PH(phone(r, "US", mobile=False)), ".\n")
    d("Signature: ________________  Date: ", DT(fdate(r, rdate(r), "us")), "\n")
    d("Office use: batch ", digits(r, 5), "  entered by ", pk(r, "jlm|KT|rsd|admin2|ops"), "  ", order_no(r), "\n")

def k_event_registration_email(r, d):
    cc = en_cc(r)
    lang = dl_(cc)
    org = club(r)
    dom = domain(org, cc)
    ev = pk(r, ["Spring Charity Gala", "Harbour 10K & Fun Run", "Annual Awards Dinner", "Junior Coaching Clinic", "Quiz Night",
                "Volunteer Summit %d" % r.randint(2023, 2025), "Members' Summer Social", "Open Water Swim Series – Race 3"])
    P = person(r, pk(r, CC_CULS[cc].split()))
    d("From: ", org, " <", EM(pk(r, ["events", "noreply", "tickets", "hello"]) + "@" + dom), ">\n")
    if chance(r, 0.7):
        d("To: ", PER(P.full), " <", EM(email(r, P, cc)), ">\n")
    else:
        d("To: ", EM(email(r, P, cc)), "\n")
    d("Date: ", rfc2822(r), "\nSubject: ", pk(r, ["You're registered: ", "Confirmation – ", "Your tickets for "]), ev, "\n")
    d("Message-ID: <", uid(r), "@mail.", dom, ">\n\n")
    d(pk(r, ["Hi ", "Hello ", "Dear "]), PER(P.given), ",\n\n", pk(r, ["Thanks for registering for ", "You're all set for ", "Great news – your place is confirmed for "]), ev, "!\n\n")
    VA = addr(r, cc)
    d("When: ", DT(fdt(r, rdate(r), lang, lo=8, hi=19)), "\n", "Where: ", pk(r, ["The Boathouse", "Community Hall", "Main Clubhouse", "Riverside Pavilion", "St John's Hall", "Assembly Rooms"]), ", ", ADR(ablock(r, VA, ", ")), "\n")
    d("Order #: ", order_no(r), "\n", "Ticket(s): ", pk(r, ["General Admission x%d" % r.randint(1, 4), "Adult x2, Child x1", "Early bird", "Member rate"]), " – ", amount(r, lang, 0, 120, CUR.get(cc)), "\n")
    if chance(r, 0.4):
        d("Bib collection opens at ", DT(ftime(r, r.randint(6, 9), pk(r, [0, 30]), lang)), ". Parking is limited; please car-share.\n")
    d("\nAdd to calendar: ", URL(url(r, dom, "event") + ("?ics=1" if chance(r, 0.3) else "")), "\n")
    d("Manage your registration: ", URL("https://%s/my/registrations/%s?token=%s" % (dom, digits(r, 8), alnum(r, 12))), "\n\n")
    d("Questions? Call us on ", PH(phone(r, cc, VA.area)), " or reply to this email.\n\n— The ", org, " team\n")

def k_badge_list(r, d):
    sep = pk(r, [",", "\t", ";"])
    d(pk(r, ["# Badge print run – ", "# Onsite badges batch ", "# export "]), digits(r, 3), " (do not forward)\n") if chance(r, 0.5) else None
    hdr = ["badge_id", "first_name", "last_name", "organization", "job_title", "email", "badge_type", "country", "dietary"]
    if chance(r, 0.4):
        hdr = ["Badge #", "First", "Last", "Company", "Title", "E-mail", "Type", "Country", "Diet"]
    d(sep.join(hdr), "\n")
    for _ in range(r.randint(4, 12)):
        if d.pos > 2400:
            break
        cc = pk(r, list(GEO))
        P = local_person(r, cc)
        d.row([upal(r, 2) + digits(r, 5), PER(P.given), PER(P.sur), pk(r, "Acme Events|Northwind Sports|Contoso Health|Globex|Initech|Fabrikam|Umbrella Trust|Vandelay Industries|Self-employed"),
               pk(r, "Coach|Volunteer Lead|Treasurer|Head of Ops|Physio|Speaker|Board Member|Student"), EM(email(r, P, cc)),
               pk(r, "SPEAKER|ATTENDEE|ATTENDEE|VIP|STAFF|PRESS|EXHIBITOR"), LOC(pk(r, COUNTRY_EN[cc])), pk(r, "|||vegetarian|vegan|gluten-free|halal|no nuts")], sep)

def k_ticket_confirmation(r, d):
    cc = en_cc(r)
    lang = dl_(cc)
    P, A = local_person(r, cc), addr(r, cc)
    d(pk(r, ["ORDER CONFIRMATION", "Your tickets", "Booking confirmed"]), "\n", "Order number: ", order_no(r), "\n")
    d("Purchaser: ", PER(P.name(r)), "\n", "Email: ", EM(email(r, P, cc)), "\n")
    if chance(r, 0.6):
        d("Billing address: ", ADR(ablock(r, A, ", ")), "\n")
    ev = pk(r, ["Club Championships Finals Day", "Charity Boxing Night", "Christmas Carol Concert", "Season Opener vs. Rivals", "Comedy Fundraiser", "Cup Semi-Final"])
    VA = addr(r, cc)
    d("\nEvent: ", ev, "\n", "Date: ", DT(fdt(r, rdate(r), lang, lo=12, hi=20)), "\n", "Venue: ", pk(r, ["Arena", "Main Stand", "Town Hall", "Memorial Ground", "Sports Centre"]), ", ", ADR(ablock(r, VA, ", ")), "\n")
    if chance(r, 0.6):
        d("Doors open: ", DT(ftime(r, r.randint(17, 19), pk(r, [0, 30]), lang)), "\n")
    for _ in range(r.randint(1, 4)):
        d(pk(r, ["Sec %d, Row %s, Seat %d" % (r.randint(100, 130), r.choice("ABCDEFGH"), r.randint(1, 30)), "Block %s Seat %d" % (r.choice("ABCD"), r.randint(1, 300)), "Table %d" % r.randint(1, 40)]),
          " – ", pk(r, "Adult|Concession|Under 16|Member"), " ", amount(r, lang, 8, 95, CUR.get(cc)), "  barcode ", digits(r, 13), "\n")
    d("Booking fee: ", amount(r, lang, 1, 6, CUR.get(cc)), "\n", "Paid with ", pk(r, "Visa|Mastercard|Amex"), " ", masked_card(r), "\n")
    d("Manage booking: ", URL("https://tickets.%s/order/%s" % (domain(club(r), cc), digits(r, 9))), "\n")
    d("Tickets are non-transferable. Refunds only if the event is cancelled. Booking ref ", upal(r, 6), ".\n")

def k_refund_thread(r, d):
    cc = en_cc(r)
    lang = dl_(cc)
    P = local_person(r, cc)
    agent = person(r, "en")
    d("Ticket #", digits(r, 5), " — ", pk(r, ["Refund request", "Can't attend - refund?", "RE: duplicate charge", "Cancelled event refund"]), "\n")
    d("Status: ", pk(r, "Solved|Pending|Open"), "   Priority: ", pk(r, "Normal|High"), "   Channel: email\n\n")
    d(PER(P.full), " <", EM(email(r, P, cc)), "> wrote:\n")
    d(pk(r, ["Hi there, ", "Hello, ", "hi - ", ""]), "I bought ", str(r.randint(1, 5)), " tickets (order ", order_no(r), ") for the ", DT(fdate(r, rdate(r), lang)), " event but ",
      pk(r, ["I've been called into work.", "my daughter is ill.", "we were charged twice.", "the date clashes with a family wedding."]), " ")
    if chance(r, 0.4):
        d("The card I used was ", CC(card(r, grouped=True)), " if that helps. ")
    d("You can reach me on ", PH(phone(r, cc)), ".\nThanks, ", PER(P.given if chance(r, 0.7) else P.given.lower()), "\n\n")
    d("--- ", PER(agent.given), " (Support) replied:\n")
    d("Hi ", PER(P.given), ", thanks for getting in touch. I've processed a refund of ", amount(r, lang, 10, 300, CUR.get(cc)), " to the card ", masked_card(r),
      ". Reference (ARN): ", digits(r, 23), ". Please allow 5-10 business days for it to appear.\n")
    if chance(r, 0.5):
        d("If you'd like to donate the ticket value instead, just reply before ", DT(fdate(r, rdate(r), lang)), ".\n")
    d("Best,\n", PER(agent.given), "\nCase ", upal(r, 3), "-", digits(r, 6), "\n")

def k_dispute_evidence(r, d):
    P, A = local_person(r, "US"), addr(r, "US")
    d("DISPUTE EVIDENCE SUBMISSION\n", "Dispute: dp_", alnum(r, 24), "\n", "Charge: ch_", alnum(r, 24), "\n", "Reason: ", pk(r, "fraudulent|product_not_received|duplicate|subscription_canceled"), "\n\n")
    d("Customer name: ", PER(P.name(r, "full")), "\n", "Customer email: ", EM(email(r, P, "US")), "\n")
    d("Billing address: ", ADR(ablock(r, A, ", ")), "\n", "Purchase IP: ", IP(ipv6(r) if chance(r, 0.2) else ipv4(r, False)), "\n")
    d("Card: ", pk(r, "Visa|Mastercard"), " ", masked_card(r), "  fingerprint ", alnum(r, 16), "\n")
    d("Amount: ", amount(r, "us", 20, 400, "$"), "  Order ", order_no(r), "\n\n")
    d("Service documentation: The customer registered for our ", pk(r, ["charity half marathon", "summer camp week 2", "gala dinner", "adult learn-to-row course"]), " on ",
      DT(fdate(r, rdate(r), "us")), " and their bib was scanned at the start line at ", DT(fdt(r, rdate(r), "us", lo=7, hi=9)), ". ")
    d("Results are public at ", URL("https://results.%s/%d/%s" % (domain(club(r)), r.randint(2023, 2025), digits(r, 4))), ".\n")
    d("Refund policy shown at checkout: ", URL("https://%s/refund-policy" % domain(club(r))), "\n")
    d("Submitted by ", PER(person(r).full), ", ", pk(r, "Operations Manager|Treasurer|Race Director"), "\n")

def k_membership_form(r, d):
    cc = en_cc(r)
    lang = dl_(cc)
    org = club(r)
    P, A = local_person(r, cc), addr(r, cc)
    junior = chance(r, 0.4)
    d(org, " – ", pk(r, ["Membership Application", "MEMBERSHIP FORM", "New Member Registration"]), " ", "%d/%02d" % (r.randint(2023, 2025), r.randint(24, 26)), "\n\n")
    d(pk(r, ["Full name: ", "Name: ", "Member name: "]), PER(P.name(r, pk(r, "full|full|lf|caps"))), "\n")
    d(pk(r, ["Date of birth: ", "DOB: ", "D.O.B.: "]), DOB(fdate(r, rdob(r, 2008, 2018) if junior else rdob(r), lang)), "   Gender: ", pk(r, "F|M|Female|Male|prefer not to say"), "\n")
    d("Address: ", ADR(ablock(r, A, pk(r, [", ", "\n"]))), "\n")
    d(pk(r, ["Mobile: ", "Phone: ", "Tel: "]), PH(phone(r, cc, A.area, mobile=True)), "   ", pk(r, ["Email: ", "E-mail: "]), EM(email(r, P, cc)), "\n")
    if junior:
        G = person(r, P.cul)
        G.sur = P.sur if chance(r, 0.7) else G.sur
        d("Parent/guardian: ", PER(G.full), "  tel ", PH(phone(r, cc, mobile=True)), "\n")
    E2 = local_person(r, cc)
    d("Emergency contact: ", PER(E2.full), " (", pk(r, "spouse|mother|father|partner|friend|sister"), ") ", PH(phone(r, cc, A.area)), "\n")
    d("Medical conditions / allergies: ", pk(r, ["none", "asthma – carries Ventolin inhaler", "nut allergy (EpiPen)", "type 1 diabetes", "N/A", "previous ACL reconstruction (2019)"]), "\n")
    d("Membership category: ", pk(r, ["Senior", "Junior", "Family", "Student", "Social", "Masters 40+"]), "   Fee: ", amount(r, lang, 25, 450, CUR.get(cc)), "\n")
    if chance(r, 0.5):
        d("Payment: card ", CC(card(r)), "\n" if chance(r, 0.5) else " (charged once)\n")
    elif cc in ("GB", "IE") and chance(r, 0.6):
        d("Direct debit – sort code ", "%s-%s-%s" % (digits(r, 2), digits(r, 2), digits(r, 2)), "  account no. ", ACC(digits(r, 8)), "\n")
    d("Photo consent: ", pk(r, "Yes|No"), "   Previous club: ", pk(r, ["none", "n/a", "university club", "moved from another area"]), "\n")
    d("Signed: ______________   Date: ", DT(fdate(r, rdate(r), lang)), "\n")
    d("For office use – membership no. ", digits(r, 5), ", ", pk(r, "England Athletics|British Rowing|Swim England|USATF|US Rowing|AusCycling"), " URN ", digits(r, 7), "\n")

RACE = {"en": ("Pos|Bib|Name|Cat|Club|Town|Chip|Pace", "Official Results", "US GB IE CA AU"),
        "de": ("Pl.|Stnr.|Name|AK|Verein|Ort|Netto|min/km", "Ergebnisliste", "DE AT CH"),
        "nl": ("Pos|Startnr|Naam|Cat|Vereniging|Woonplaats|Netto|Tempo", "Uitslag", "NL"),
        "sv": ("Plac|Startnr|Namn|Klass|Klubb|Ort|Tid|min/km", "Resultatlista", "SE"),
        "no": ("Pl|Startnr|Navn|Klasse|Klubb|Sted|Tid|min/km", "Resultatliste", "NO"),
        "da": ("Plac|Startnr|Navn|Kat|Klub|By|Tid|min/km", "Resultatliste", "DK"),
        "fi": ("Sija|Nro|Nimi|Sarja|Seura|Paikkakunta|Aika|min/km", "Tulokset", "FI"),
        "it": ("Pos|Pett|Atleta|Cat|Società|Città|Tempo|Media", "Classifica generale", "IT"),
        "es": ("Pos|Dorsal|Nombre|Cat|Club|Localidad|Tiempo|Ritmo", "Clasificación general", "ES"),
        "fr": ("Clt|Doss.|Nom|Cat|Club|Ville|Temps|Allure", "Classement scratch", "FR"),
        "pl": ("M-ce|Nr|Imię i nazwisko|Kat|Klub|Miejscowość|Czas|Tempo", "Wyniki", "PL"),
        "cs": ("Poř.|St.č.|Jméno|Kat|Oddíl|Obec|Čas|Tempo", "Výsledková listina", "CZ")}

def _race(r, d, lang):
    H, T, ccs = RACE[lang]
    cc = pk(r, ccs.split())
    city = r.choice(GEO[cc][1])[0]
    dist, base = pk(r, [("5K", 900), ("10K", 1900), ("Half Marathon", 4100), ("Marathon", 8600), ("10 km", 1900), ("21,1 km", 4100), ("Trail 23 km", 6200), ("Parkrun", 960)])
    d(pk(r, ["%s %s" % (pk(r, "Harbour|Spring|City|Forest|Lake|Castle|Midsummer|Autumn"), dist), "%d. %s-Lauf" % (r.randint(2, 45), pk(r, "Silvester|Frühlings|Brücken")) if lang == "de" else dist + " " + str(r.randint(2022, 2025))]), "\n")
    d(T, " – ", DT(fdate(r, rdate(r), lang if lang != "en" else "en")), " – ", LOC(city), "\n")
    if chance(r, 0.4):
        d("Timing: ", pk(r, "ChronoTrack|MyLaps|RaceResult|SportIdent"), "  v", version(r).lstrip("v"), "  file ", hexs(r, 8), ".csv\n")
    cols = H.split("|")
    d(" | ".join(cols), "\n")
    t0 = base + r.randint(0, base // 4)
    for i in range(1, r.randint(6, 16)):
        if d.pos > 2600:
            break
        P = local_person(r, pk(r, ccs.split()))
        t0 += r.randint(3, base // 20)
        ct = "%d:%02d:%02d" % (t0 // 3600, t0 % 3600 // 60, t0 % 60) if t0 >= 3600 else "%02d:%02d" % (t0 // 60, t0 % 60)
        town = r.choice(GEO[pk(r, ccs.split())][1])[0]
        d.row([str(i), str(r.randint(1, 2999)), PER(P.name(r, pk(r, "full|LF|LF|caps|lf"))),
               {"en": "MF", "de": "MW", "nl": "MV", "sv": "HD", "no": "MK", "da": "HD", "fi": "MN", "it": "MF", "es": "MF", "fr": "HF", "pl": "MK", "cs": "MŽ"}[lang][P.g == "f"] + pk(r, "SEN|35|40|45|50|55|60|U20|"),
               pk(r, [pk(r, CLUBS["en"][0]) + " " + pk(r, "Runners|Harriers|Striders|AC|Road Runners|Tri Club") if lang == "en" else club(r, lang), "-", "", "-"]),
               LOC(town) if chance(r, 0.85) else "", ct, "%d:%02d" % divmod(int(t0 / {900: 5, 960: 5, 1900: 10, 4100: 21.1, 8600: 42.2, 6200: 23}[base]), 60)], " | ")
    d("DNF: ", str(r.randint(0, 9)), "  DSQ: ", str(r.randint(0, 2)), "  Finishers: ", str(r.randint(40, 2000)), "\n")



def k_gym_checkin_log(r, d):
    kiosk = ipv4(r, True)
    for ts in logseq(r, r.randint(8, 22), pk(r, [0, 1, 3])):
        if d.pos > 2500:
            break
        x = r.random()
        if x < 0.7:
            P = local_person(r, pk(r, ["US", "GB", "DE", "NL", "SE"]))
            d(ts, " ", pk(r, "INFO|INFO|DEBUG"), " checkin door=", pk(r, "MAIN|POOL|STUDIO2|SIDE"), " member_id=", digits(r, 7), ' name="',
              PER(P.name(r, pk(r, "full|lf|caps"))), '" result=', pk(r, "GRANTED|GRANTED|GRANTED|DENIED_EXPIRED|DENIED_FROZEN"),
              " src=", IP(kiosk if chance(r, 0.7) else ipv4(r, True)), "\n")
        elif x < 0.85:
            d(ts, " WARN reader=", upal(r, 6), " timeout after ", str(r.randint(200, 3000)), "ms tag=", hexs(r, 8), "\n")
        else:
            d(ts, " INFO sync ok batch=", uid(r), " rows=", str(r.randint(1, 400)), " ver=", version(r), "\n")

def k_trainer_notes(r, d):
    cc = en_cc(r)
    lang = dl_(cc)
    P = local_person(r, cc)
    d(pk(r, ["CLIENT NOTES", "PT client file", "Coaching notes"]), " – ", PER(P.name(r, "full")), "\n")
    d("DOB: ", DOB(fdate(r, rdob(r), lang)), "  |  Mobile: ", PH(phone(r, cc, mobile=True)), "\n")
    d("Goal: ", pk(r, ["first half marathon", "lose 8 kg before the wedding", "return to netball after ankle sprain", "deadlift bodyweight", "general fitness, bad knees"]), "\n")
    d("PAR-Q: ", pk(r, ["cleared", "cleared with note from GP", "flagged – BP 150/95"]), pk(r, [" (Dr. ", " (by Dr "]), PER(local_person(r, cc).sur), ", ", DT(fdate(r, rdate(r), lang)), ")\n\n")
    for _ in range(r.randint(2, 5)):
        dd = rdate(r)
        d("- ", DT(fdate(r, dd, lang)), ": ", pk(r, ["squat 3x8 @ 60kg, RPE 7", "intervals 6x400m, avg 1:52", "mobility + core, knee sore again", "no-show, texted", "deadlift PB 100kg!!", "swim drills 1500m"]),
          pk(r, ["", " – HR max 178", " – sleep poor", " – brought her dog Biscuit lol"]), "\n")
    d("\nNext session: ", DT(fdt(r, rdate(r), lang, lo=6, hi=20)), "\n")
    d("Package: ", str(r.randint(5, 20)), " sessions, ", str(r.randint(1, 9)), " left. Paid ", amount(r, lang, 100, 900, CUR.get(cc)), " inv ", "INV-" + digits(r, 5), "\n")

def k_volunteer_application(r, d):
    P, A = local_person(r, "US"), addr(r, "US")
    org = club(r)
    d(org, "\n", pk(r, ["VOLUNTEER APPLICATION & BACKGROUND CHECK AUTHORIZATION", "Volunteer Application (Youth Programs)", "Coach/Volunteer Screening Form"]), "\n\n")
    d("Legal name: ", PER(P.name(r, pk(r, "full|mid|lf"))), "\n")
    if chance(r, 0.3):
        d("Other names used: ", PER(P.given + " " + r.choice(NAMES["en"][2])), "\n")
    d("Date of birth: ", DOB(fdate(r, rdob(r, 1955, 2004), "us")), "\n", "SSN: ", SSN(ssn(r)), "\n")
    st, lic = dl_us(r)
    d("Driver's license #: ", DL(lic), "   State: ", LOC(st), "\n")
    d("Current address: ", ADR(ablock(r, A, ", ")), "   since ", str(r.randint(2005, 2023)), "\n")
    if chance(r, 0.5):
        d("Previous address: ", ADR(ablock(r, addr(r, "US"), ", ")), "\n")
    d("Cell: ", PH(phone(r, "US", A.area)), "   Email: ", EM(email(r, P, "US")), "\n")
    d("Area of interest: ", pk(r, ["youth soccer coach", "concessions", "race-day marshal", "mentoring", "food pantry driver"]), "\n\nReferences (not related to you):\n")
    for i in range(2):
        R = local_person(r, "US")
        d("%d. " % (i + 1), PER(R.full), " – ", pk(r, "former coach|pastor|supervisor|neighbor|teacher"), " – ", PH(phone(r, "US")), "\n")
    d("\nHave you ever been convicted of a crime? [ ] Yes [x] No\n")
    d("I authorize ", org, " and its screening vendor to obtain a consumer report.\nSignature: ", PER(P.full), " (e-signed)   Date: ", DT(fdate(r, rdate(r), "us")), "\n")

def k_background_check(r, d):
    P, A = local_person(r, "US"), addr(r, "US")
    d(pk(r, ["SCREENING REPORT", "Background Check – Volunteer Package"]), "\n", "Report ID: ", upal(r, 3), "-", digits(r, 8), "   Package: ", pk(r, "Volunteer Basic|Youth Sports Plus|Coach"), "\n")
    d("Ordered: ", DT(fdate(r, rdate(r), "us")), "   Completed: ", DT(fdate(r, rdate(r), "us")), "\n\n")
    d("Subject: ", PER(P.name(r, pk(r, "caps|lf|full"))), "\n", "DOB: ", DOB(fdate(r, rdob(r), "us")), "\n")
    d("SSN: ", SSN(ssn(r)) if chance(r, 0.5) else "XXX-XX-" + digits(r, 4), "   SSN trace: ", pk(r, "VALID|VALID|ISSUED 1998-2000"), "\n\nAddress history:\n")
    for _ in range(r.randint(1, 3)):
        d("  ", ADR(ablock(r, addr(r, "US"), ", ")), "  (", str(r.randint(2004, 2018)), "–", pk(r, ["present", str(r.randint(2019, 2024))]), ")\n")
    d("\nSearches:\n")
    for _ in range(r.randint(2, 4)):
        a = addr(r, "US")
        d("  County criminal – ", LOC("%s, %s" % (a.city, a.region)), ": ", pk(r, "CLEAR|CLEAR|CLEAR|RECORD FOUND – see detail"), "\n")
    d("  National sex offender registry: CLEAR\n  Motor vehicle record: ", pk(r, "CLEAR|1 minor violation"), "\n")
    d("Adjudication: ", pk(r, "ELIGIBLE|ELIGIBLE|REVIEW"), " by ", PER(person(r).full), "\n")

BAPT = {
    "en": ("Certificate of Baptism", "Name", "Date of birth", "Place of birth", "Date of baptism", "Father", "Mother (maiden name)", "Godparents", "Minister: Rev.", "Baptismal Register Book %d, Page %d, No. %d", "US GB IE"),
    "es": ("Partida de Bautismo", "Nombre y apellidos", "Fecha de nacimiento", "Lugar de nacimiento", "Fecha del bautismo", "Padre", "Madre", "Padrinos", "Ministro: Rvdo. D.", "Libro %d, Folio %d, Número %d", "ES"),
    "it": ("Certificato di Battesimo", "Cognome e nome", "Data di nascita", "Luogo di nascita", "Battezzato/a il", "Padre", "Madre", "Padrino/Madrina", "Ministro: don", "Registro dei Battesimi vol. %d, pag. %d, n. %d", "IT"),
    "pl": ("Świadectwo Chrztu", "Imię i nazwisko", "Data urodzenia", "Miejsce urodzenia", "Data chrztu", "Ojciec", "Matka z domu", "Chrzestni", "Szafarz: ks.", "Liber Baptisatorum t. %d, str. %d, nr %d", "PL"),
    "pt": ("Certidão de Batismo", "Nome", "Data de nascimento", "Naturalidade", "Data do batismo", "Pai", "Mãe", "Padrinhos", "Celebrante: Pe.", "Livro %d, folha %d, assento n.º %d", "PT"),
    "fr": ("Extrait d'acte de baptême", "Nom et prénoms", "Né(e) le", "Lieu de naissance", "Baptisé(e) le", "Père", "Mère (née)", "Parrain et marraine", "Célébrant : abbé", "Registre %d, folio %d, n° %d", "FR"),
}

def _baptism(r, d, lang):
    T, nm, bd, pb, bp, fa, mo, gp, mi, reg, ccs = BAPT[lang]
    cc = pk(r, ccs.split())
    cul = CC_LANG[cc] if CC_LANG[cc] != "en" else pk(r, "en en ie".split())
    kid, F, M = person(r, cul), person(r, cul, "m"), person(r, cul, "f")
    kid.sur = F.sur if cul not in ("cs", "pl") or kid.g == "m" else _fem(cul, F.sur)
    if cul == "es":
        kid.sur = F.sur.split()[0] + " " + M.sur.split()[0]
    elif cul == "pt":
        kid.sur = M.sur.split()[-1] + " " + F.sur.split()[-1]
    parish = pk(r, ["St. Mary", "St. Joseph", "Holy Trinity", "San Miguel Arcángel", "Santa Maria Assunta", "św. Wojciecha", "Nossa Senhora da Graça", "Saint-Étienne", "Sacred Heart"])
    pa = addr(r, cc)
    d(T.upper() if chance(r, 0.4) else T, "\n", parish, " – ", ADR(ablock(r, pa, ", ")), "\n\n")
    born = rdob(r, 1990, 2024)
    d(nm, ": ", PER(kid.name(r, pk(r, "full|caps"))), "\n", bd, ": ", DOB(fdate(r, born, lang)), "\n", pb, ": ", LOC(r.choice(GEO[cc][1])[0]), "\n")
    d(bp, ": ", DT(fdate(r, born + dt.timedelta(days=r.randint(30, 700)), lang)), "\n", fa, ": ", PER(F.full), "\n", mo, ": ", PER(M.given + " " + (M.sur if chance(r, 0.7) else person(r, cul, "f").sur)), "\n")
    g1, g2 = person(r, cul, "m"), person(r, cul, "f")
    d(gp, ": ", PER(g1.full), pk(r, [" & ", " e ", " y ", " i ", ", "]), PER(g2.full), "\n", mi, " ", PER(person(r, cul, "m").full), "\n")
    d(reg % (r.randint(1, 40), r.randint(1, 300), r.randint(1, 150)), "\n")
    if chance(r, 0.5):
        d({"en": "Notations: ", "es": "Notas marginales: ", "it": "Annotazioni: ", "pl": "Adnotacje: ", "pt": "Averbamentos: ", "fr": "Mentions : "}[lang],
          pk(r, ["—", {"en": "Confirmed", "es": "Confirmación:", "it": "Cresima:", "pl": "Bierzmowanie:", "pt": "Crisma:", "fr": "Confirmation :"}[lang] + " "]))
        d(DT(fdate(r, born + dt.timedelta(days=r.randint(2500, 5000)), lang)) if d.parts[-1][-1] == " " else "", "\n")
    d({"en": "Issued", "es": "Expedido", "it": "Rilasciato", "pl": "Wydano", "pt": "Emitido", "fr": "Délivré"}[lang], ": ", DT(fdate(r, rdate(r), lang)), "   ", pk(r, ["(parish seal)", "L.S.", "[seal]"]), "\n")



def k_marriage_register(r, d):
    cc = pk(r, "GB GB IE US".split())
    a = addr(r, cc)
    no = r.randint(1, 300)
    d("Marriage Register – Entry No. ", str(no), "\n", "Marriage solemnized at ", pk(r, ["St Peter's Church", "All Saints", "the Register Office", "Holy Cross Church"]),
      " in the Parish of ", pk(r, ["St Peter", "All Saints", "Holy Cross"]), " in ", LOC(a.city if cc == "US" else a.region or a.city), "\n")
    d("When married: ", DT(fdate(r, rdate(r, 2018, 2025), dl_(cc))), "\n\n")
    for role in ("Party 1", "Party 2"):
        P = local_person(r, cc)
        d(role, ": ", PER(P.name(r, pk(r, "full|caps"))), "   Age: ", str(r.randint(22, 60)), "   Condition: ", pk(r, "Single|Divorced|Widowed"), "\n")
        d("  Occupation: ", pk(r, "Teacher|Nurse|Software developer|Electrician|Student|Accountant|Retired"), "\n", "  Residence: ", ADR(ablock(r, addr(r, cc), ", ")), "\n")
        d("  Father's name: ", PER(person(r, P.cul, "m").given + " " + P.sur.upper()), "\n")
    d("\nWitnesses: ", PER(local_person(r, cc).full), "; ", PER(local_person(r, cc).full), "\n")
    d("Solemnized by: ", pk(r, "Rev.|Revd|Fr."), " ", PER(person(r).full), "   Licence/Banns: ", pk(r, ["Banns", "Common Licence", "Certificate No. " + digits(r, 6)]), "\n")

def k_pta_list(r, d):
    t = person(r, "en")
    school = pk(r, ["Lincoln Elementary", "Oakwood Primary", "St. Anne's Primary", "Maple Grove Middle", "Hillside Academy"])
    d(school, " ", pk(r, ["PTA", "PTO", "Parents' Association"]), " – ", pk(r, ["class reps list", "room parent contacts", "mailing list (do not share)"]), "\n")
    d("Class: ", pk(r, ["Grade 3", "Year 4", "2nd grade", "Kindergarten", "Year 6"]), " – ", pk(r, "Ms.|Mrs.|Mr.|Miss"), " ", PER(t.sur), "\n\n")
    cc = pk(r, "US GB".split())
    for _ in range(r.randint(4, 10)):
        if d.pos > 2500:
            break
        kid = local_person(r, cc)
        par = person(r, kid.cul)
        par.sur = kid.sur if chance(r, 0.75) else par.sur
        if chance(r, 0.5):
            d(PER(par.full), " <", EM(email(r, par, cc)), ">  cell ", PH(phone(r, cc, mobile=True)), "  – child: ", PER(kid.given), "\n")
        else:
            d.row([PER(kid.full), PER(par.full), EM(email(r, par, cc)), PH(phone(r, cc)) if chance(r, 0.7) else "", pk(r, ["prefers text", "", "Spanish speaker", "can drive"])], " | ")
    d("\nNext meeting: ", DT(fdt(r, rdate(r), dl_(cc), lo=15, hi=19)), " in the library. Bake sale float: ", amount(r, dl_(cc), 20, 100, CUR.get(cc)), "\n")

def k_camp_medical(r, d):
    P = local_person(r, "US")
    G = person(r, P.cul)
    G.sur = P.sur
    d(pk(r, ["CAMPER HEALTH FORM", "Summer Camp Medical Information", "Health History & Authorization"]), " – ", club(r), "\n")
    s = dt.date(r.randint(2023, 2025), r.randint(6, 8), r.randint(1, 24))
    d("Session: ", pk(r, ["Week 2", "Session B", "Adventure week"]), " (", DT(fdate(r, s, "us")), " – ", DT(fdate(r, s + dt.timedelta(days=6), "us")), ")   Cabin ", str(r.randint(1, 20)), "\n\n")
    b = rdob(r, 2008, 2017)
    d("Camper: ", PER(P.name(r, pk(r, "full|lf"))), "   DOB: ", DOB(fdate(r, b, "us")), "   Grade: ", str(max(1, s.year - b.year - 6)), "\n")
    d("Parent/guardian: ", PER(G.full), "   Cell: ", PH(phone(r, "US", mobile=True)), "   Work: ", PH(phone(r, "US")), "\n")
    d("Insurance carrier: ", pk(r, "Blue Cross Blue Shield|Aetna|Cigna|UnitedHealthcare|Kaiser Permanente|Humana"), "\n")
    d("Member ID: ", HPN(health_plan(r)), "   Group #: ", pk(r, [digits(r, 6), "GRP-" + digits(r, 5), upal(r, 7)]), "\n", "Policy holder: ", PER(G.full), "\n")
    d("Primary physician: Dr. ", PER(local_person(r, "US").sur), "  ", PH(phone(r, "US", mobile=False)), "\n")
    if chance(r, 0.4):
        d("Hospital MRN (if known): ", MRN(mrn(r)), "\n")
    d("Allergies: ", pk(r, ["peanuts (anaphylaxis)", "penicillin", "bee stings", "none known", "latex"]), "\n")
    d("Medications: ", pk(r, ["Zyrtec 10 mg", "Concerta 18 mg", "Albuterol inhaler PRN", "none", "Flovent 44 mcg"]),
      " at ", DT(ftime(r, pk(r, [7, 8, 12, 20]), 0, "us")), "\n" if chance(r, 0.6) else " with breakfast\n")
    d("Last tetanus shot: ", DT(fdate(r, rdate(r, 2016, 2024), "us")), "\n", "Swim level: ", pk(r, "1|2|3|non-swimmer|deep water OK"), "\n")
    d("I authorize camp staff to obtain emergency treatment. Signed ", PER(G.full), " on ", DT(fdate(r, rdate(r), "us")), "\n")

def k_alumni_notes(r, d):
    org = pk(r, ["Alumni Association", "Old Boys' & Girls' Association", "Former Rowers Society", "Alumni Network"])
    d(org, " – ", pk(r, ["Class Notes", "Member updates", "News from our alumni"]), "\n\n")
    for _ in range(r.randint(2, 5)):
        if d.pos > 2300:
            break
        cc = en_cc(r)
        P, Q = local_person(r, cc), local_person(r, cc)
        yr = r.randint(1975, 2018)
        d(PER(P.full), " ('%02d) " % (yr % 100), pk(r, ["has moved to ", "is now living in ", "relocated to "]), LOC(cityreg(r, addr(r, cc))), pk(r, [" and ", "; ", " and "]))
        x = r.random()
        if x < 0.4:
            d("married ", PER(Q.full), " on ", DT(fdate(r, rdate(r), dl_(cc))), ". Congratulations!\n")
        elif x < 0.7:
            d("ran a first marathon in 3:", "%02d" % r.randint(0, 59), ":%02d. " % r.randint(0, 59), "Reach ", PER(P.given), " at ", EM(email(r, P, cc)), ".\n")
        else:
            d("started a new job as ", pk(r, ["head coach", "CFO", "charity director", "physio"]), ". ", PER(P.given), " would love to hear from teammates: ", PH(phone(r, cc)), ".\n")
    d("\nIn memoriam: ", PER(person(r).full), " ('", "%02d" % r.randint(50, 99), "), died ", DT(fdate(r, rdate(r), "en")), ".\n" if chance(r, 0.5) else ".\n")
    d("Send your news to ", EM(email(r, None, "US", domain(club(r)))), " or update your details at ", URL(url(r, domain(club(r)))), "\n")

def k_fan_club_export(r, d):
    d("Email Address,First Name,Last Name,Country,Favourite Player,Username,MEMBER_RATING,CONFIRM_IP,LEID\n")
    for _ in range(r.randint(4, 11)):
        if d.pos > 2500:
            break
        cc = pk(r, list(GEO))
        P, star = local_person(r, cc), person(r, pk(r, list(NAMES)))
        d.row([EM(email(r, P, cc)), PER(P.given) if chance(r, 0.9) else "", PER(P.sur) if chance(r, 0.8) else "", LOC(pk(r, COUNTRY_EN[cc])),
               PER(star.full if chance(r, 0.6) else star.sur), slug(P.given) + pk(r, ["_fan", "1988", "_ultra", "xx", str(r.randint(1, 99))]),
               str(r.randint(1, 5)), IP(anyip(r)) if chance(r, 0.8) else "", digits(r, 9)], ",")

def k_rooming_list(r, d):
    cc = en_cc(r)
    lang = dl_(cc)
    team = pk(r, ["U16 Girls", "U14 Boys", "Senior Women", "Masters Rowing Squad", "Varsity Swim", "Travel Team A"])
    hc = addr(r, pk(r, list(GEO)))
    d(pk(r, ["ROOMING LIST", "Rooming list"]), " – ", team, " – ", pk(r, ["Tournament", "Training camp", "Nationals", "Away regatta"]), "\n")
    d("Hotel: ", pk(r, ["Holiday Inn Express", "Premier Inn", "Hotel Ibis", "Scandic", "NH Collection", "Motel One", "Best Western"]), ", ", ADR(ablock(r, hc, ", ")), "\n")
    ci = rdate(r)
    d("Check-in: ", DT(fdate(r, ci, lang)), "   Check-out: ", DT(fdate(r, ci + dt.timedelta(days=r.randint(2, 6)), lang)), "   Block code: ", upal(r, 6), "\n")
    fl = pk(r, ["BA", "FR", "LH", "DL", "UA", "EI", "U2", "SK", "KL"]) + str(r.randint(100, 4999))
    d("Flight ", fl, " ", pk(r, ["LHR", "DUB", "JFK", "BOS", "MAN", "YYZ"]), "–", pk(r, ["BCN", "AMS", "CPH", "MUC", "LIS", "OSL"]), " dep ", DT(ftime(r, *rtime(r, 6, 20), "en")), "  PNR ", upal(r, 6), "\n\n")
    for _ in range(r.randint(3, 8)):
        if d.pos > 2450:
            break
        a, b = local_person(r, cc), local_person(r, cc)
        d("Rm ", str(r.randint(101, 920)), "  ", PER(a.name(r, pk(r, "full|LF"))), " / ", PER(b.name(r, pk(r, "full|LF"))),
          ("  (minor, DOB " if chance(r, 0.3) else ""))
        if d.parts[-1].startswith("  (minor"):
            d(DOB(fdate(r, rdob(r, 2008, 2012), lang)), ")")
        d("\n")
    C = local_person(r, cc)
    d("\nStaff: ", PER(C.full), " (head coach) ", PH(phone(r, cc, mobile=True, intl=True)), "; chaperone ", PER(local_person(r, cc).full), " ", PH(phone(r, cc, mobile=True)), "\n")

def k_gala_ics(r, d):
    cc = en_cc(r)
    org = club(r)
    dom = domain(org, cc)
    O = local_person(r, cc)
    s = rdate(r)
    h, m = rtime(r, 17, 20)
    tz = {"US": "America/New_York", "GB": "Europe/London", "IE": "Europe/Dublin", "CA": "America/Toronto", "AU": "Australia/Sydney"}[cc]
    a = addr(r, cc)
    d("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//", org, "//Events ", version(r), "//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n")
    d("UID:", uid(r), "@", dom, "\r\n", "DTSTAMP:", logts(r, None, 0)[:19].replace("-", "").replace(":", ""), "Z\r\n")
    d("DTSTART;TZID=", tz, ":", DT("%s%s%s" % (s.isoformat().replace("-", ""), "T", "%02d%02d00" % (h, m))), "\r\n")
    d("DTEND;TZID=", tz, ":", DT("%sT%02d%02d00" % (s.isoformat().replace("-", ""), min(h + 4, 23), m)), "\r\n")
    d("SUMMARY:", pk(r, ["Annual Charity Gala", "Volunteer Thank-You Dinner", "Trustees' Reception", "Sponsors Breakfast"]), "\r\n")
    d("LOCATION:", pk(r, ["The Grand Ballroom", "Clubhouse", "Guildhall"]), "\\, ", ADR(", ".join(a.lines).replace(",", "\\,")), "\r\n")
    d("ORGANIZER;CN=", PER(O.full), ":mailto:", EM(email(r, O, cc, dom)), "\r\n")
    for _ in range(r.randint(1, 4)):
        A = local_person(r, cc)
        d("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=", PER(A.full), ":mailto:", EM(email(r, A, cc)), "\r\n")
    d("DESCRIPTION:Black tie optional. Tickets and table plans: ", URL(url(r, dom, "event")), "\\nQuestions: ", PH(phone(r, cc, a.area)), "\r\n")
    d("CREATED:", logts(r, None, 0)[:19].replace("-", "").replace(":", ""), "Z\r\nSEQUENCE:", str(r.randint(0, 3)), "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")

def k_club_vcards(r, d):
    for _ in range(r.randint(2, 4)):
        if d.pos > 2200:
            break
        cc = pk(r, list(GEO))
        P, a = local_person(r, cc), addr(r, cc)
        mid = P.mid if P.mid else ""
        d("BEGIN:VCARD\nVERSION:", pk(r, "3.0|4.0"), "\n", "N:", PER("%s;%s%s" % (P.sur, P.given, ";" + mid if mid else "")), ";;" if mid else ";;;", "\n")
        d("FN:", PER(P.full), "\n", "ORG:", club(r, CC_LANG[cc]), ";", pk(r, "Committee|Coaches|Volunteers|Board"), "\n")
        d("TEL;TYPE=", pk(r, "cell|home|work,voice"), ":", PH(phone(r, cc, a.area, intl=True)), "\n")
        if chance(r, 0.8):
            d("EMAIL;TYPE=internet:", EM(email(r, P, cc)), "\n")
        d("ADR;TYPE=home:;;", ADR(";".join([a.street, a.city, a.region, a.pc, pk(r, COUNTRY_EN[cc])])), "\n")
        if chance(r, 0.6):
            b = rdob(r)
            d("BDAY:", DOB(b.isoformat() if chance(r, 0.5) else b.isoformat().replace("-", "")), "\n")
        d("NOTE:", pk(r, ["Kit manager", "Treasurer since 2019", "First-aid certified", "Dog: Pepper", "Key holder"]), "\n")
        d("REV:", logts(r, None, 0)[:19].replace("-", "").replace(":", ""), "Z\nEND:VCARD\n")

def k_board_minutes(r, d):
    cc = en_cc(r)
    lang = dl_(cc)
    org = club(r)
    ppl = [local_person(r, cc) for _ in range(6)]
    d(org, "\n", pk(r, ["Minutes of the Board of Trustees", "Committee Meeting Minutes", "MINUTES – Management Committee"]), "\n")
    d("Held on ", DT(fdt(r, rdate(r), lang, lo=18, hi=20)), " at ", pk(r, ["the clubhouse, ", "", "St Luke's Hall, "]), ADR(ablock(r, addr(r, cc), ", ")), "\n\n")
    d("Present: ", PER(ppl[0].full), " (Chair), ", PER(ppl[1].full), " (Treasurer), ", PER(ppl[2].full), ", ", PER(ppl[3].name(r, "init")), "\n")
    d("Apologies: ", PER(ppl[4].full), "\n\n")
    d("1. Minutes of the previous meeting were approved (proposed ", PER(ppl[1].given), ", seconded ", PER(ppl[2].given), ").\n")
    d("2. Treasurer's report: bank balance ", amount(r, lang, 2000, 90000, CUR.get(cc)), "; Gift Aid claim of ", amount(r, lang, 100, 5000, CUR.get(cc)), " submitted (ref ", upal(r, 2), digits(r, 6), ").\n")
    d("3. Safeguarding: ", PER(ppl[5].full), " completed DBS renewal; next training on ", DT(fdate(r, rdate(r), lang)), ".\n")
    d("4. Facilities: quote ", "Q-" + digits(r, 5), " for roof repairs (", amount(r, lang, 1000, 20000, CUR.get(cc)), ") accepted. ", PER(ppl[3].given), " to contact the council.\n")
    d("5. AOB: ", pk(r, ["new minibus insurance renewal", "website migration to v", "volunteer awards"]), version(r) if chance(r, 0.2) else "", ".\n\n")
    d("Next meeting: ", DT(fdt(r, rdate(r), lang, lo=18, hi=20)), ". Meeting closed at ", DT(ftime(r, r.randint(20, 21), r.choice([5, 15, 40]), lang)), ".\n")

def k_incident_report(r, d):
    cc = en_cc(r)
    lang = dl_(cc)
    P, a = local_person(r, cc), addr(r, cc)
    d(pk(r, ["INCIDENT / ACCIDENT REPORT", "Accident report form", "Event incident log"]), "  Ref ", pk(r, ["IR-", "ACC/", "INC"]), digits(r, 5), "\n")
    d("Date & time of incident: ", DT(fdt(r, rdate(r), lang)), "\n", "Location: ", pk(r, ["Pitch 3", "changing rooms", "mile 9 water station", "car park", "pool deck", "climbing wall"]), "\n\n")
    b = rdob(r, 1950, 2016)
    d("Injured person: ", PER(P.name(r)), "   Age: ", str(2024 - b.year), "   DOB: ", DOB(fdate(r, b, lang)), "\n")
    d("Home address: ", ADR(ablock(r, a, ", ")), "\n", "Contact number: ", PH(phone(r, cc, a.area)), "\n\n")
    d("Description: ", pk(r, ["Participant slipped on wet tiles and hit head; conscious throughout.", "Collapsed near the finish, recovered after 10 min in medical tent.",
                             "Ankle rolled during warm-up, ice applied.", "Finger trapped in boat rack."]), "\n")
    d("First aid given by: ", PER(local_person(r, cc).full), "   Ambulance called: ", pk(r, ["No", "Yes – incident no. " + digits(r, 8)]), "\n")
    d("Witness: ", PER(local_person(r, cc).full), ", ", PH(phone(r, cc, mobile=True)), "\n")
    d("Reported by: ", PER(local_person(r, cc).full), " (", pk(r, "welfare officer|race director|duty manager"), ") at ", DT(ftime(r, *rtime(r), lang)), "\n")

def k_fundraising_json(r, d):
    cc = en_cc(r)
    P = local_person(r, cc)
    dom = pk(r, ["justgiving.example", "gofundme.example", "givepulse.example", domain(club(r), cc)])
    d('{\n  "fundraiser": {\n    "id": "', uid(r), '",\n    "name": "', PER(P.full), '",\n    "email": "', EM(email(r, P, cc)), '",\n')
    d('    "page_url": "', URL("https://www.%s/fundraising/%s-%s" % (dom, slug(P.given), pk(r, ["runs-for-the-hospice", "swims-the-channel", "10k-challenge", "shaves-his-head"]))), '",\n')
    d('    "goal": ', str(r.randint(200, 5000)), ', "raised": ', "%.2f" % r.uniform(0, 4000), ', "currency": "', pk(r, "GBP|USD|EUR"), '",\n')
    d('    "event_date": "', DT(rdate(r).isoformat()), '",\n    "created_at": "', logts(r, None, 0), '"\n  },\n  "donations": [\n')
    n = r.randint(1, 5)
    for i in range(n):
        D = local_person(r, cc)
        anon = chance(r, 0.25)
        d('    {"id": ', str(r.randint(10 ** 7, 10 ** 8)), ', "donor_name": "', "Anonymous" if anon else PER(D.full), '", "amount": ', "%.2f" % r.uniform(5, 200),
          ', "message": "', pk(r, ["Go for it!", "Good luck x", "In memory of Grandad", "Smash it", ""]), '", "date": "', DT(rdate(r).isoformat()), '"}', "," if i < n - 1 else "", "\n")
    d('  ],\n  "meta": {"request_id": "', hexs(r, 16), '", "api_version": "', version(r), '"}\n}\n')

def k_shift_roster(r, d):
    cc = en_cc(r)
    lang = dl_(cc)
    d(pk(r, ["VOLUNTEER SHIFT ROSTER", "Race-day marshal rota", "Food bank rota"]), " – ", DT(fdate(r, rdate(r), lang, wd=True)), "\n")
    d("Coordinator: ", PER(local_person(r, cc).full), " ", PH(phone(r, cc, mobile=True)), "\n\n")
    h = r.randint(5, 9)
    for _ in range(r.randint(4, 10)):
        if d.pos > 2500:
            break
        h2 = h + r.choice([1, 2])
        P = local_person(r, cc)
        d("%02d:00–%02d:00  " % (h, h2), pk(r, ["Bag drop", "Water station 2", "Registration desk", "Car park", "Sorting donations", "Finish funnel", "Kitchen"]), "  ",
          PER(P.name(r, pk(r, "full|init"))), "\n")
        if chance(r, 0.5):
            d("             mob ", PH(phone(r, cc, mobile=True)), pk(r, ["", " – bringing own hi-vis", " – leaves early", " – first time"]), "\n")
        h = h2 if chance(r, 0.6) else h
    d("\nRadio channel 4. Briefing ", pk(r, ["30 minutes before your shift", "in the marquee"]), ". Lost property log no. ", digits(r, 4), "\n")

def k_web_access_log(r, d):
    dom = domain(club(r))
    for ts in logseq(r, r.randint(6, 14), 2):
        if d.pos > 2500:
            break
        path = pk(r, ["/donate?campaign=spring", "/events/gala-2024", "/wp-login.php", "/results/10k.csv", "/membership/join", "/static/app.%s.js" % hexs(r, 8), "/api/v1/registrations"])
        d(IP(anyip(r)), " - ", pk(r, ["-", "-", "-", "admin"]), " [", ts, '] "', pk(r, "GET|GET|POST|HEAD"), " ", path, ' HTTP/1.1" ', pk(r, "200|200|302|404|301|500"), " ", str(r.randint(200, 90000)), ' "')
        d(URL(pk(r, ["https://www.google.com/", "https://%s/" % dom, "https://%s/events" % dom, "https://m.facebook.com/"])) if chance(r, 0.6) else "-", '" "')
        d(pk(r, ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/121.0", "python-requests/2.31.0", "Googlebot/2.1"]), '"\n')

def k_ticketing_env(r, d):
    d("# ", pk(r, ["tickets-prod", "donations-api", "clubhub production"]), " environment – DO NOT COMMIT\n", "APP_ENV=production\nAPP_VERSION=", version(r), "\n")
    u, host = pk(r, "tickets|app|donor_rw|django"), pk(r, ["db-prod.internal", "pg-main.cluster-c1x2.eu-west-1.rds.amazonaws.com", "mysql.clubhub.local"])
    d("DATABASE_URL=postgres://", u, ":", PW(password(r).replace("@", "#").replace(":", "!")), "@", host, ":5432/", u, "\n")
    d("REDIS_URL=${REDIS_URL:-redis://cache:6379/0}\n")
    if chance(r, 0.8):
        d("STRIPE_SECRET_KEY=", STK(stripe_key(r)), "\n", "STRIPE_PUBLISHABLE_KEY=pk_live_", alnum(r, 24), "\n", "STRIPE_WEBHOOK_SECRET=", GS("whsec_" + alnum(r, 32)), "\n")
    if chance(r, 0.7):
        d("AWS_ACCESS_KEY_ID=", AKID(aws_id(r)), "\n", "AWS_SECRET_ACCESS_KEY=", AKS(aws_secret(r)), "\n", "AWS_REGION=", pk(r, "eu-west-1|us-east-1|eu-central-1"), "\n")
    d("MAILCHIMP_API_KEY=", GS(hexs(r, 32) + "-us" + str(r.randint(2, 21))), "\n") if chance(r, 0.6) else None
    d("SENDGRID_API_KEY=${SENDGRID_API_KEY}\n", "SENTRY_RELEASE=", hexs(r, 40), "\n")
    if chance(r, 0.5):
        d("SLACK_BOT_TOKEN=", SLT(slack_token(r)), "\n")
    d("ADMIN_EMAIL=", EM(email(r, local_person(r, "GB"), "GB")), "\n", "SITE_URL=", URL(url(r, domain(club(r)))), "\n", "FEATURE_FLAGS=waitlist,giftaid,apple_pay\n")

def k_k8s_secret(r, d):
    name = pk(r, ["registration-api", "donor-portal", "ticket-scanner", "results-sync"])
    d("apiVersion: v1\nkind: Secret\nmetadata:\n  name: ", name, "-secrets\n  namespace: ", pk(r, "prod|events|default"), "\n  uid: ", uid(r), "\n  resourceVersion: \"", digits(r, 8), "\"\n  creationTimestamp: \"", logts(r, None, 0)[:19], "Z\"\ntype: Opaque\ndata:\n")
    keys = r.sample(["DB_PASSWORD", "SMTP_PASSWORD", "API_KEY", "JWT_SIGNING_KEY", "STRIPE_KEY", "ADMIN_PASSWORD", "WEBHOOK_SECRET"], r.randint(2, 4))
    for k in keys:
        val = password(r) if "PASSWORD" in k else stripe_key(r) if k == "STRIPE_KEY" else generic_secret(r)
        d("  ", k, ": ", (PW if "PASSWORD" in k else GS)(base64.b64encode(val.encode()).decode()), "\n")

def k_registration_api_log(r, d):
    for ts in logseq(r, r.randint(3, 7), 0):
        if d.pos > 2200:
            break
        P = local_person(r, pk(r, list(GEO)))
        d('{"ts":"', ts, '","level":"', pk(r, "info|info|warn"), '","req_id":"', uid(r), '","method":"POST","path":"/v2/registrations","status":', pk(r, "201|201|409|422"))
        d(',"client_ip":"', IP(anyip(r)), '"')
        if chance(r, 0.5):
            d(',"headers":{"authorization":"Bearer ', JWT(jwt(r)), '","user-agent":"ClubApp/', version(r).lstrip("v"), ' (iOS)"}')
        d(',"body":{"first_name":"', PER(P.given), '","email":"', EM(email(r, P, "US")), '","event_id":', str(r.randint(100, 999)), ',"tshirt":"', pk(r, "S|M|L|XL"), '"},"latency_ms":', str(r.randint(12, 900)), "}\n")

def k_slack_export(r, d):
    cc = en_cc(r)
    team = [local_person(r, cc) for _ in range(4)]
    d("#", pk(r, ["event-ops", "race-day", "tech-volunteers", "gala-planning"]), " – exported by ", pk(r, ["admin", "ops-bot"]), "\n\n")
    lines = [lambda: ("can someone call the caterer? ", PH(phone(r, cc, mobile=False))),
             lambda: ("bot token for the scanner integration is ", SLT(slack_token(r)), " – rotate after the event pls"),
             lambda: ("lost child at the finish, mum is ", PER(local_person(r, cc, "f").full), ", her number ", PH(phone(r, cc, mobile=True))),
             lambda: ("wifi for the timing tent: SSID FinishLine / pw ", PW(password(r))),
             lambda: (lambda S: ("sponsor contact ", PER(S.full), " ", EM(email(r, S, cc)), " wants 2 more VIP passes"))(local_person(r, cc)),
             lambda: ("deployed ", version(r), " of the check-in app, build ", hexs(r, 7)),
             lambda: ("ticket sales at ", str(r.randint(100, 900)), ", order ", order_no(r), " was a dupe, refunded"),
             lambda: ("github token for the results repo: ", GHT(gh_token(r))),
             lambda: ("medical tent says runner bib ", str(r.randint(100, 2999)), " ok, discharged")]
    for mins in sorted(r.randint(360, 1379) for _ in range(r.randint(5, 10))):
        if d.pos > 2500:
            break
        P = r.choice(team)
        d("[%02d:%02d] " % (mins // 60, mins % 60), PER(P.given.lower() if chance(r, 0.3) else P.full), ": ", *r.choice(lines)(), "\n")

def k_deploy_runbook(r, d):
    P, Q = person(r, "en"), local_person(r, pk(r, "GB DE NL SE".split()))
    host = pk(r, ["donate-web-01", "tickets-prod-2", "clubsite-vps"])
    d("# Runbook: ", host, "\n\nOwner: ", PER(P.full), " (", EM(email(r, P, "US", domain(club(r)))), ")  Backup: ", PER(Q.full), "\n\n## Access\n")
    d("```\nssh deploy@", IP(ipv4(r, False)), " -p 22\n```\n")
    d("Internal: ", IP(ipv4(r, True)), " (VPC ", IP(pk(r, "10.0.0.0|172.16.0.0")), "/16)\n\n## Deploy key (emergency only – move to vault!)\n")
    d(PEM(pem(r)), "\n\n")
    if chance(r, 0.6):
        d("CI token: ", GHT(gh_token(r)), "\n")
    d("Release: `git checkout ", hexs(r, 40), "` then `make deploy VERSION=", version(r), "`\nRollback with ${PREVIOUS_TAG}. Health check: ", URL("https://%s/healthz" % domain(club(r))), "\n")

def k_physio_referral(r, d):
    P, a = local_person(r, "US"), addr(r, "US")
    clinic = pk(r, ["Summit Sports Medicine", "Active Recovery Physical Therapy", "Lakeshore Orthopedics"])
    d(clinic, "\n", ADR(ablock(r, addr(r, "US"), ", ")), "  Fax: ", PH(phone(r, "US", mobile=False)), "\n\nREFERRAL FOR PHYSICAL THERAPY\n")
    d("Patient: ", PER(P.name(r, pk(r, "full|lf|caps"))), "   DOB: ", DOB(fdate(r, rdob(r, 1960, 2010), "us")), "   MRN: ", MRN(mrn(r)), "\n")
    d("Address: ", ADR(ablock(r, a, ", ")), "   Phone: ", PH(phone(r, "US", a.area)), "\n")
    d("Insurance: ", pk(r, "Aetna PPO|BCBS|Cigna Open Access|Tricare"), "  Member ID ", HPN(health_plan(r)), "  Group ", digits(r, 6), "\n")
    d("Referring: ", PER(person(r).full), ", ATC – ", club(r), " (NPI ", digits(r, 10), ")\n")
    d("Dx: ", pk(r, ["S83.511A ACL sprain, right knee", "M76.61 Achilles tendinitis, right", "S43.431A SLAP lesion, left shoulder", "M25.561 Pain in right knee"]), "\n")
    d("Requested: CPT 97110, 97140 – 2x/week for 6 weeks\n", "First appointment: ", DT(fdt(r, rdate(r, 2023, 2023), "us", lo=7, hi=18)), "\n")
    inj = rdate(r, 2022, 2022)
    d("Notes: injured during ", pk(r, ["club match", "training", "10K race"]), " on ", DT(fdate(r, inj, "us")), ". Return-to-play clearance required before ", DT(fdate(r, inj + dt.timedelta(days=r.randint(40, 120)), "us")), ".\n")

def k_webinar_invite(r, d):
    cc = pk(r, "US US GB CA".split())
    H = local_person(r, cc)
    mid = "%s %s %s" % (digits(r, 3), digits(r, 4), digits(r, 4))
    d(PER(H.full), " is inviting you to a scheduled Zoom meeting.\n\n", "Topic: ", pk(r, ["Volunteer orientation", "AGM 2024", "Donor briefing", "Coaches' safeguarding refresher"]), "\n")
    d("Time: ", DT(fdate(r, rdate(r), "us") + " " + ftime(r, *rtime(r, 9, 20), "us")), " ", pk(r, ["ET", "GMT", "PT", "CT", "EST", "BST"]), "\n\n")
    d("Join Zoom Meeting\n", URL("https://us0%dweb.zoom.us/j/%s?pwd=%s" % (r.randint(2, 6), mid.replace(" ", ""), alnum(r, 32))), "\n\n")
    d("Meeting ID: ", mid, "\n", "Passcode: ", PW(passcode(r)), "\n\n", "One tap mobile\n")
    for _ in range(2):
        d(PH("+1%s%s%s" % (pk(r, "646|669|301|312|929|253"), digits(r, 3), digits(r, 4))), ",,", mid.replace(" ", ""), "# ", LOC("US"), "\n")
    d("\nDial by your location\n", "        ", PH("+1 %s %s %s" % (pk(r, "646|669|301|312"), digits(r, 3), digits(r, 4))), " ", LOC("US"), " (", LOC(pk(r, "New York|San Jose|Washington DC|Chicago")), ")\n")
    d("        ", PH("+44 %s %s %s" % (pk(r, "203|208|330"), digits(r, 3), digits(r, 4))), " ", LOC("United Kingdom"), "\n")
    d("Find your local number: ", URL("https://us02web.zoom.us/u/k" + alnum(r, 9)), "\n")


# --------------------------------------------------------------------------
# Non-English document kinds
# --------------------------------------------------------------------------
EVT = {"de": ("Anmeldebestätigung", "Hallo", "vielen Dank für deine Anmeldung zu", "Wann", "Wo", "Bestellnummer", "Fragen? Ruf uns an unter"),
       "fr": ("Confirmation d'inscription", "Bonjour", "merci pour votre inscription à", "Quand", "Où", "N° de commande", "Des questions ? Appelez-nous au"),
       "es": ("Confirmación de inscripción", "Hola", "gracias por inscribirte en", "Cuándo", "Dónde", "N.º de pedido", "¿Dudas? Llámanos al"),
       "it": ("Conferma di iscrizione", "Ciao", "grazie per esserti iscritto/a a", "Quando", "Dove", "N. ordine", "Domande? Chiamaci al"),
       "nl": ("Bevestiging van je inschrijving", "Hoi", "bedankt voor je inschrijving voor", "Wanneer", "Waar", "Bestelnummer", "Vragen? Bel ons op"),
       "pl": ("Potwierdzenie zapisu", "Cześć", "dziękujemy za zapisanie się na", "Kiedy", "Gdzie", "Nr zamówienia", "Pytania? Zadzwoń:"),
       "sv": ("Bekräftelse på anmälan", "Hej", "tack för din anmälan till", "När", "Var", "Ordernummer", "Frågor? Ring oss på"),
       "pt": ("Confirmação de inscrição", "Olá", "obrigado pela tua inscrição em", "Quando", "Onde", "N.º da encomenda", "Dúvidas? Liga-nos para")}

def k_event_email_eu(r, d):
    lang = pk(r, list(EVT))
    T, hi, th, wh, wo, on, q = EVT[lang]
    cc = lcc(r, lang)
    org = club(r, lang)
    dom = domain(org, cc)
    P, va = local_person(r, cc), addr(r, cc)
    ev = pk(r, {"de": "Vereinslauf|Sommerfest|Jubiläumsgala|Volkslauf", "fr": "Trail des Crêtes|Tournoi de printemps|Gala annuel", "es": "Carrera Solidaria|Torneo de verano|Cena de gala",
                "it": "Torneo sociale|Cena di gala|Corsa non competitiva", "nl": "Clubkampioenschap|Sponsorloop|Nieuwjaarsreceptie", "pl": "Bieg Charytatywny|Turniej Letni|Piknik Klubowy",
                "sv": "Kräftskiva|Klubbmästerskap|Vårruset", "pt": "Corrida Solidária|Torneio de Verão|Jantar de Gala"}[lang])
    d("Von: " if lang == "de" else "From: ", org, " <", EM("noreply@" + dom), ">\n", "An: " if lang == "de" else "To: ", EM(email(r, P, cc)), "\n", "Date: ", rfc2822(r), "\n")
    d("Subject: ", T, " – ", ev, " ", str(r.randint(2023, 2025)), "\n\n", hi, " ", PER(P.given), ",\n\n", th, " ", ev, "!\n\n")
    d(wh, ": ", DT(fdt(r, rdate(r), lang, lo=8, hi=19)), "\n", wo, ": ", ADR(ablock(r, va, ", ")), "\n", on, ": ", order_no(r), "  (", amount(r, lang, 5, 80, CUR.get(cc)), ")\n")
    d("Link: ", URL(url(r, dom, "event")), "\n\n", q, " ", PH(phone(r, cc, va.area)), ".\n\n", org, "\n")

def _recipient(r, d, P, a, lang, sep="\n"):
    t = title(r, P, lang)
    d((t + " ") if t and chance(r, 0.7) else "", PER(P.name(r, pk(r, "full|full|caps"))), "\n", ADR(ablock(r, a, sep, local=True, country=False)), "\n\n")

def k_de_vereinsbrief(r, d):
    cc = pk(r, "DE DE AT CH".split())
    org, oa = club(r, "de"), addr(r, cc)
    d(org, " · ", ADR(", ".join(oa.lines)), "\n\n")
    P, a = local_person(r, cc), addr(r, cc)
    _recipient(r, d, P, a, "de")
    d(LOC(oa.city), ", ", DT(fdate(r, rdate(r), "de")), "\n\n")
    d("Einladung zur ordentlichen Mitgliederversammlung\n\n")
    if chance(r, 0.3):
        d("Liebe Mitglieder,")
    elif chance(r, 0.5):
        d("Liebe" if P.g == "f" else "Lieber", " ", PER(P.given), ",")
    else:
        d("Sehr geehrter Herr " if P.g == "m" else "Sehr geehrte Frau ", PER(P.sur), ",")
    d("\n\nhiermit laden wir Sie herzlich zur Mitgliederversammlung am ", DT(fdt(r, rdate(r), "de", lo=18, hi=20)), " im Vereinsheim, ", ADR(", ".join(oa.lines)), ", ein.\n\n")
    d("Tagesordnung:\n1. Begrüßung\n2. Bericht des Vorstands\n3. Kassenbericht und Entlastung\n4. Beitragsanpassung ab ", str(r.randint(2024, 2026)), " (Erwachsene ", amount(r, "de", 60, 240), ", Jugend ", amount(r, "de", 30, 90), ")\n5. Wahlen\n6. Verschiedenes\n\n")
    d("Anträge bitte bis ", DT(fdate(r, rdate(r), "de")), " schriftlich an ", PER(local_person(r, cc).full), " (", EM(email(r, None, cc, domain(org, cc))), ").\n")
    d("Beiträge bitte auf das Vereinskonto: IBAN ", IBAN(iban(r, cc if cc in IBAN_FMT else "DE")), ", BIC ", bic(r, cc), ", Verwendungszweck: Mitgl.-Nr. ", digits(r, 4), "\n\n")
    sign_off(r, d, local_person(r, cc), pk(r, ["1. Vorsitzende/r", "Vorstand", "Geschäftsführer"]), "de")
    d("Vereinsregister VR ", digits(r, 4), " · Steuernummer ", "%s/%s/%s" % (digits(r, 3), digits(r, 3), digits(r, 5)), "\n")

def k_de_aufnahmeantrag(r, d):
    cc = pk(r, "DE DE AT".split())
    P, a = local_person(r, cc), addr(r, cc)
    d(club(r, "de"), "\n", pk(r, ["AUFNAHMEANTRAG", "Beitrittserklärung", "Antrag auf Mitgliedschaft"]), "\n\n")
    d("Name: ", PER(P.sur), "\nVorname: ", PER(P.given), "\nGeburtsdatum: ", DOB(fdate(r, rdob(r, 1950, 2018), "de")), "\n")
    d("Straße, Hausnr.: ", ADR(a.street), "\nPLZ: ", a.pc, "   Ort: ", LOC(a.city), "\n")
    d("Telefon: ", PH(phone(r, cc, a.area, mobile=False)), "   Mobil: ", PH(phone(r, cc, mobile=True)), "\nE-Mail: ", EM(email(r, P, cc)), "\n")
    d("Abteilung: ", pk(r, ["Fußball", "Leichtathletik", "Turnen", "Tischtennis", "Schwimmen", "Rudern"]), "   Eintritt zum: ", DT(fdate(r, rdate(r), "de")), "\n\n")
    if chance(r, 0.4):
        G = person(r, P.cul)
        d("Bei Minderjährigen – Erziehungsberechtigte/r: ", PER(G.full), "\n")
    d("SEPA-Lastschriftmandat – Gläubiger-ID ", creditor_id(r, cc), ", Mandatsreferenz = Mitgliedsnummer\n")
    d("Kontoinhaber/in: ", PER(P.full), "\nIBAN: ", IBAN(iban(r, cc)), "\nBIC: ", bic(r, cc), "\n\n")
    d("Ort, Datum: ", LOC(a.city), ", ", DT(fdate(r, rdate(r), "de")), "   Unterschrift: ____________\n")
    d("Die Datenschutzhinweise nach Art. 13 DSGVO habe ich zur Kenntnis genommen.\n")

def k_de_zuwendung(r, d):
    cc = "DE"
    org, oa = club(r, "de"), addr(r, cc)
    P, a = local_person(r, cc), addr(r, cc)
    d("Bestätigung über Geldzuwendungen/Mitgliedsbeitrag\n", "im Sinne des § 10b des Einkommensteuergesetzes an eine der in § 5 Abs. 1 Nr. 9 KStG bezeichneten Körperschaften\n\n")
    d("Aussteller: ", org, ", ", ADR(", ".join(oa.lines)), "\n\n", "Name und Anschrift des Zuwendenden:\n", PER(P.full), "\n", ADR(ablock(r, a, "\n", country=False)), "\n\n")
    v, w = r.choice([(30, "dreißig"), (50, "fünfzig"), (75, "fünfundsiebzig"), (100, "einhundert"), (120, "einhundertzwanzig"), (250, "zweihundertfünfzig"), (500, "fünfhundert"), (1000, "eintausend")])
    d("Betrag der Zuwendung – in Ziffern: ", pk(r, ["%d,00 €" % v, "%d,– EUR" % v, "€ %d,00" % v]), " – in Buchstaben: ", pk(r, [w, w.capitalize()]), " Euro\n")
    d("Tag der Zuwendung: ", DT(fdate(r, rdate(r), "de")), "\n")
    d("Es handelt sich nicht um den Verzicht auf Erstattung von Aufwendungen.\n")
    d("Wir sind wegen Förderung des Sports nach dem Freistellungsbescheid des Finanzamtes, StNr. ", "%s/%s/%s" % (digits(r, 2), digits(r, 3), digits(r, 5)), ", vom ", DT(fdate(r, rdate(r, 2021, 2024), "de")),
      " von der Körperschaftsteuer befreit.\n\n")
    d(LOC(oa.city), ", ", DT(fdate(r, rdate(r), "de")), "\n", "(", PER(local_person(r, cc).full), ", Kassenwart/in)\n", "Beleg-Nr. ", digits(r, 2), "-", digits(r, 4), "\n")

def k_nl_contributie(r, d):
    org, oa = club(r, "nl"), addr(r, "NL")
    P, a = local_person(r, "NL"), addr(r, "NL")
    d(org, "\n", ADR(ablock(r, oa, "\n", country=False)), "\n\n")
    _recipient(r, d, P, a, "nl")
    d(LOC(oa.city), ", ", DT(fdate(r, rdate(r), "nl")), "\n\nBetreft: contributie seizoen ", "%d-%d" % ((y := r.randint(2023, 2025)), y + 1), "\n\n")
    if chance(r, 0.5):
        d("Beste ", PER(P.given), ",\n\n")
    else:
        d("Geachte ", "heer " if P.g == "m" else "mevrouw ", PER(P.sur), ",\n\n")
    d("De contributie voor het nieuwe seizoen bedraagt ", amount(r, "nl", 80, 400), ". Deze wordt rond ", DT(fdate(r, rdate(r), "nl")), " via automatische incasso afgeschreven van rekening ", IBAN(iban(r, "NL")), ".\n")
    d("Incassant ID: ", creditor_id(r, "NL"), "   Kenmerk machtiging: ", "LID" + digits(r, 5), "\n\n")
    d("De algemene ledenvergadering is op ", DT(fdt(r, rdate(r), "nl", lo=19, hi=20)), " in de kantine. Vragen? Mail de penningmeester ", PER(local_person(r, "NL").full), " via ", EM(email(r, None, "NL", domain(org, "NL"))), " of bel ", PH(phone(r, "NL", oa.area)), ".\n\n")
    sign_off(r, d, local_person(r, "NL"), "Ledenadministratie", "nl")

def k_nl_ledenlijst(r, d):
    d(club(r, "nl"), " – ledenlijst ", pk(r, ["(intern)", "jeugd", "senioren", "export"]), "\n")
    d("Lidnr;Naam;Adres;Postcode;Woonplaats;Geboortedatum;Telefoon;E-mail;Team\n")
    for _ in range(r.randint(3, 9)):
        if d.pos > 2500:
            break
        P, a = local_person(r, "NL"), addr(r, "NL")
        d.row([digits(r, 6), PER(P.name(r, pk(r, "full|lf"))), ADR(a.street), a.pc, LOC(a.city), DOB(fdate(r, rdob(r, 1955, 2017), "nl")),
               PH(phone(r, "NL", a.area)) if chance(r, 0.8) else "", EM(email(r, P, "NL")) if chance(r, 0.8) else "", pk(r, ["JO11-2", "MO15-1", "Heren 3", "Dames 1", "Veteranen", "G-team"])], ";")

def k_fr_adhesion(r, d):
    P, a = local_person(r, "FR"), addr(r, "FR")
    org = club(r, "fr")
    d(org, " – association loi 1901\n", pk(r, ["BULLETIN D'ADHÉSION", "Fiche d'inscription", "Bulletin d'adhésion saison"]), " ", "%d-%d" % ((y := r.randint(2023, 2025)), y + 1), "\n\n")
    d("Nom : ", PER(P.sur.upper()), "   Prénom : ", PER(P.given), "\n", "Date de naissance : ", DOB(fdate(r, rdob(r, 1950, 2017), "fr")), "\n")
    d("Adresse : ", ADR(a.street), "\n", "Code postal : ", a.pc, "   Ville : ", LOC(a.city), "\n")
    d("Tél. : ", PH(phone(r, "FR", a.area)), "   Courriel : ", EM(email(r, P, "FR")), "\n")
    d("Personne à prévenir en cas d'urgence : ", PER(local_person(r, "FR").full), " – ", PH(phone(r, "FR", mobile=True)), "\n")
    d("Certificat médical daté du ", DT(fdate(r, rdate(r), "fr")), " (Dr ", PER(local_person(r, "FR").sur), ")\n")
    d("Cotisation : ", amount(r, "fr", 30, 250), " réglée par ", pk(r, ["chèque n° " + digits(r, 7), "virement", "espèces", "Pass'Sport"]), "\n")
    d("N° de licence : ", digits(r, 8), "\n\n", "Fait à ", LOC(a.city), ", le ", DT(fdate(r, rdate(r), "fr")), "\n", "Signature (précédée de la mention « lu et approuvé »)\n")

def k_fr_recu_fiscal(r, d):
    org, oa = club(r, "fr"), addr(r, "FR")
    P, a = local_person(r, "FR"), addr(r, "FR")
    d("Reçu au titre des dons à certains organismes d'intérêt général\n", "Articles 200, 238 bis et 978 du code général des impôts – Cerfa n° 11580*0", str(r.randint(3, 5)), "\n")
    d("Numéro d'ordre du reçu : ", str(r.randint(2023, 2025)), "-", digits(r, 4), "\n\n", "Bénéficiaire des versements\n", org, "\n", ADR(ablock(r, oa, "\n", country=False)), "\n")
    d("RNA : W", digits(r, 9), "   SIRET : ", "%s %s %s %s" % (digits(r, 3), digits(r, 3), digits(r, 3), digits(r, 5)), "\n\n", "Donateur\n")
    d(title(r, P, "fr"), " ", PER(P.name(r, pk(r, "full|LF"))), "\n", ADR(ablock(r, a, "\n", country=False)), "\n\n")
    d("Le bénéficiaire reconnaît avoir reçu au titre des dons la somme de ", amount(r, "fr", 20, 2000), "\n", "Date du versement : ", DT(fdate(r, rdate(r), "fr")), "\n")
    d("Forme du don : ", pk(r, ["Déclaration de don manuel", "Acte sous seing privé"]), "   Mode de versement : ", pk(r, ["Chèque", "Virement", "Carte bancaire", "Prélèvement"]), "\n")
    d("\n", LOC(oa.city), ", le ", DT(fdate(r, rdate(r), "fr")), "\n", "Le trésorier, ", PER(local_person(r, "FR").full), "\n")

def k_sv_medlemsutskick(r, d):
    org = club(r, "sv")
    P = local_person(r, "SE")
    d("Från: ", org, " <", EM(email(r, None, "SE", domain(org, "SE"))), ">\n", "Till: ", EM(email(r, P, "SE")), "\n", "Datum: ", rfc2822(r), "\n", "Ämne: Kallelse till årsmöte\n\n")
    d("Hej ", PER(P.given), "!\n\n", "Välkommen till föreningens årsmöte ", DT(fdt(r, rdate(r), "sv", lo=18, hi=19)), " i klubbstugan, ", ADR(", ".join(addr(r, "SE").lines)), ".\n")
    d("Motioner ska vara styrelsen tillhanda senast ", DT(fdate(r, rdate(r), "sv")), ".\n\n")
    d("Medlemsavgiften för ", str(r.randint(2024, 2026)), " är ", amount(r, "sv", 200, 900), " och betalas till bankgiro ", "%s-%s" % (digits(r, 4), digits(r, 4)), " eller Swish ", "123 %s %s %s" % (digits(r, 3), digits(r, 2), digits(r, 2)), ". Märk betalningen med ditt medlemsnummer ", digits(r, 4), ".\n\n")
    C = local_person(r, "SE")
    d("Frågor? Kontakta ordförande ", PER(C.full), ", ", PH(phone(r, "SE", mobile=True)), ".\n\n", "Sportsliga hälsningar\n", "Styrelsen\n")

def k_da_generalforsamling(r, d):
    org, oa = club(r, "da"), addr(r, "DK")
    d(org, "\n", pk(r, ["Indkaldelse til ordinær generalforsamling", "INDKALDELSE – GENERALFORSAMLING"]), "\n\n")
    d("Der indkaldes hermed til ordinær generalforsamling ", DT(fdt(r, rdate(r), "da", wd=chance(r, 0.5), lo=18, hi=20)), " i klubhuset, ", ADR(", ".join(oa.lines)), ".\n\n")
    d("Dagsorden:\n1. Valg af dirigent\n2. Formandens beretning\n3. Fremlæggelse af regnskab\n4. Fastsættelse af kontingent\n5. Indkomne forslag\n6. Valg til bestyrelsen\n7. Eventuelt\n\n")
    d("Forslag skal være formanden i hænde senest ", DT(fdate(r, rdate(r), "da")), ".\n")
    d("Kontingent (", amount(r, "da", 300, 1500), ") kan betales via MobilePay box ", digits(r, 5), " eller til reg.nr. ", digits(r, 4), " kontonr. ", ACC(digits(r, 10)), ".\n\n")
    F = local_person(r, "DK")
    d("Formand: ", PER(F.full), ", tlf. ", PH(phone(r, "DK")), ", ", EM(email(r, F, "DK")), "\n", "CVR-nr. ", digits(r, 8), "\n")

FORM = {
    "es": ("FICHA DE INSCRIPCIÓN – TEMPORADA", "Nombre", "Apellidos", "Fecha de nacimiento", "Domicilio", "C.P.", "Localidad", "Provincia", "Teléfono", "Correo electrónico",
           "Padre/madre/tutor", "Domiciliación bancaria (IBAN)", "En {c}, a {d}", "Autorizo el uso de imágenes del/de la deportista en la web del club: [x] Sí [ ] No"),
    "it": ("DOMANDA DI ISCRIZIONE – STAGIONE SPORTIVA", "Nome", "Cognome", "Data di nascita", "Residente in", "CAP", "Comune", "Prov.", "Tel./Cell.", "E-mail",
           "Genitore/tutore", "IBAN per rimborsi", "{c}, lì {d}", "Certificato medico agonistico in scadenza il {x}"),
    "pt": ("FICHA DE SÓCIO – ÉPOCA", "Nome", "Apelidos", "Data de nascimento", "Morada", "Código postal", "Localidade", "Distrito", "Telemóvel", "Email",
           "Encarregado de educação", "IBAN (débito direto)", "{c}, {d}", "Quota anual paga até {x}"),
    "pl": ("DEKLARACJA CZŁONKOWSKA – SEZON", "Imię", "Nazwisko", "Data urodzenia", "Adres zamieszkania", "Kod pocztowy", "Miejscowość", "Województwo", "Telefon", "E-mail",
           "Rodzic/opiekun prawny", "Nr rachunku (IBAN)", "{c}, dnia {d}", "Wyrażam zgodę na przetwarzanie danych osobowych (RODO). Badania lekarskie ważne do {x}"),
    "no": ("PÅMELDING OG MEDLEMSKAP – SESONG", "Fornavn", "Etternavn", "Fødselsdato", "Adresse", "Postnr.", "Poststed", "Fylke", "Mobil", "E-post",
           "Foresatt", "Kontonummer for refusjon", "Sted/dato: {c}, {d}", "Treningsavgift betales innen {x}"),
    "fi": ("JÄSENHAKEMUS – KAUSI", "Etunimi", "Sukunimi", "Syntymäaika", "Lähiosoite", "Postinumero", "Postitoimipaikka", "Maakunta", "Puhelin", "Sähköposti",
           "Huoltaja", "Tilinumero (IBAN)", "Paikka ja aika: {c} {d}", "Jäsenmaksu eräpäivä {x}"),
    "cs": ("PŘIHLÁŠKA DO ODDÍLU – SEZÓNA", "Jméno", "Příjmení", "Datum narození", "Bydliště (ulice, č. p.)", "PSČ", "Obec", "Kraj", "Telefon", "E-mail",
           "Zákonný zástupce", "Číslo účtu", "Místo: {c}   Datum: {d}", "Členský příspěvek uhraďte do {x}, variabilní symbol {v}"),
    "tr": ("DERNEK ÜYELİK BAŞVURU FORMU –", "Adı", "Soyadı", "Doğum Tarihi", "Adres", "Posta Kodu", "İl", "İlçe", "Cep Telefonu", "E-posta",
           "Veli", "IBAN", "Tarih: {d}   Yer: {c}", "Aidat son ödeme tarihi: {x}"),
}

def _form(r, d, lang):
    T, fn, sn, db, ad, pc, ci, rg, ph, em, gu, bk, sig, extra = FORM[lang]
    cc = lcc(r, lang)
    P, a = local_person(r, cc), addr(r, cc)
    y = r.randint(2023, 2025)
    d(club(r, lang), "\n", T, " ", "%d/%d" % (y, y + 1) if lang != "tr" else str(y), "\n\n")
    d(fn, ": ", PER(P.given if lang != "tr" or chance(r, 0.7) else P.given.upper()), "\n", sn, ": ", PER(P.sur.upper() if chance(r, 0.3) else P.sur), "\n")
    d(db, ": ", DOB(fdate(r, rdob(r, 1950, 2016), lang)), "\n")
    if lang == "tr":
        d("Doğum Yeri: ", LOC(r.choice(GEO["TR"][1])[0]), "\n")
    d(ad, ": ", ADR(a.street), "\n", pc, ": ", a.pc, "   ", ci, ": ", LOC(a.city if cc != "TR" else a.city), "   " if a.region else "", (rg + ": ") if a.region else "", LOC(a.region), "\n")
    d(ph, ": ", PH(phone(r, cc, mobile=True)), "   ", em, ": ", EM(email(r, P, cc)), "\n")
    if chance(r, 0.45):
        G = person(r, P.cul)
        d(gu, ": ", PER(G.full), ", ", PH(phone(r, cc, mobile=True)), "\n")
    if lang == "no":
        d(bk, ": ", ACC("%s.%s.%s" % (digits(r, 4), digits(r, 2), digits(r, 5))), "\n")
    elif lang == "cs":
        d(bk, ": ", ACC(pk(r, ["%s/%s", "19-%s/%s"]) % (digits(r, 10), pk(r, "0800|0100|0300|2010|5500|0600"))), "\n")
    else:
        d(bk, ": ", IBAN(iban(r, cc)), "\n")
    pre, post = extra.split("{x}") if "{x}" in extra else (extra, None)
    d(pre.format(v=digits(r, 6)))
    if post is not None:
        d(DT(fdate(r, rdate(r), lang)), post.format(v=digits(r, 6)))
    d("\n\n", sig.split("{")[0])
    parts = sig.split("{")[1:]
    for p_ in parts:
        key, rest = p_[0], p_[2:]
        d(LOC(a.city) if key == "c" else DT(fdate(r, rdate(r), lang)), rest)
    d("\n", {"es": "Firma", "it": "Firma", "pt": "Assinatura", "pl": "Podpis", "no": "Underskrift", "fi": "Allekirjoitus", "cs": "Podpis", "tr": "İmza"}[lang], ": ______________\n")


# --------------------------------------------------------------------------
# Entity-free documents full of hard negatives
# --------------------------------------------------------------------------
def k_neg_release_notes(r, d):
    d(pk(r, ["ClubHub Mobile", "TicketScan", "DonorDesk", "RaceTimer Pro"]), " ", version(r), " (build ", str(r.randint(1000, 9999)), ")\n\n## Changes\n")
    items = [lambda: "Fixed crash when a ticket barcode looked like a card number (e.g. %s)" % bad_card(r),
             lambda: "Gift Aid export now writes schema %s; old exports keep %s" % (version(r), version(r)),
             lambda: "Check-in queue retries after %d ms instead of %d ms" % (r.randint(100, 900), r.randint(1000, 5000)),
             lambda: "Refund webhook idempotency key is now a UUID (%s)" % uid(r),
             lambda: "Merged PR #%d (%s) – faster results import" % (r.randint(100, 4000), hexs(r, 7)),
             lambda: "Bib ranges up to %d supported; epoch %d no longer hard-coded" % (r.randint(3000, 60000), r.randint(1690000000, 1740000000)),
             lambda: "SSN field validator rejects test values like %s" % bad_ssn(r),
             lambda: "Masked card display changed to %s" % masked_card(r),
             lambda: "Bumped payments SDK %s -> %s" % (version(r), version(r))]
    for f in r.sample(items, r.randint(4, 7)):
        d("- ", f(), "\n")
    d("\nChecksums:\n  sha256 ", hexs(r, 64), "  app-release.aab\n  sha1   ", hexs(r, 40), "  mapping.txt\n")

def k_neg_merch_inventory(r, d):
    d(pk(r, ["SKU", "Item code"]), "\tItem\tSize\tQty\tUnit price\tBin\tEAN\n")
    lang, cur = pk(r, [("en", "$"), ("en", "£"), ("de", "€"), ("sv", "kr")])
    for _ in range(r.randint(6, 16)):
        if d.pos > 2500:
            break
        d(upal(r, 3), "-", digits(r, 4), "\t", pk(r, ["Club hoodie", "Training tee", "Water bottle 750ml", "Beanie", "Kit bag", "Race medal 2024 (spare)", "Swim cap", "Scarf"]),
          "\t", pk(r, "XS|S|M|L|XL|XXL|OS|YM|YL"), "\t", str(r.randint(0, 140)), "\t", amount(r, lang, 3, 60, cur), "\t", pk(r, "A|B|C|D") + str(r.randint(1, 30)), "\t", digits(r, 13), "\n")
    d("Stock value: ", amount(r, lang, 1000, 20000, cur), "   Last count variance: ", str(r.randint(-12, 12)), " units   PO ", "PO-" + digits(r, 6), "\n")

def k_neg_sales_summary(r, d):
    d(pk(r, ["Ticket sales summary", "SALES REPORT", "Payout reconciliation"]), " – event ", "EVT-" + digits(r, 5), "\n\n")
    tot = 0
    for tier in r.sample(["Early bird", "Standard", "Concession", "Child", "VIP table (10)", "Member", "Family (2+2)", "Comp"], r.randint(3, 6)):
        n = r.randint(0, 400)
        tot += n
        d(tier.ljust(16), str(n).rjust(5), "  x  ", amount(r, "gb", 0, 150, "£").rjust(9), "\n")
    d("\nTotal tickets: ", str(tot), "\nGross: ", amount(r, "gb", 1000, 60000, "£"), "\nFees: ", amount(r, "gb", 50, 3000, "£"), "\nPayout id: po_", alnum(r, 24), "\n")
    d("Refunds: ", str(r.randint(0, 20)), " (", amount(r, "gb", 0, 900, "£"), ")   Chargebacks: ", str(r.randint(0, 3)), "\nPromo codes: ", ", ".join(upal(r, 6) for _ in range(3)), "\n")
    d("Test card used in staging: ", bad_card(r), "   Ref SSN field sample: ", bad_ssn(r), " (invalid, QA)\n")

def k_neg_sync_log(r, d):
    for ts in logseq(r, r.randint(8, 20), pk(r, [0, 1])):
        if d.pos > 2600:
            break
        d(ts, " ", pk(r, ["INFO", "INFO", "DEBUG", "WARN"]), " [", pk(r, ["results-sync", "crm-import", "giftaid-batch", "mailer"]), "] ",
          pk(r, ["upserted %d rows in %d ms" % (r.randint(0, 5000), r.randint(3, 9000)), "job %s finished status=ok" % uid(r), "etag %s unchanged, skipping" % hexs(r, 32),
                 "retry %d/5 after 429, backoff %ds" % (r.randint(1, 5), r.randint(1, 60)), "batch checksum sha1=%s" % hexs(r, 40), "epoch=%d lag=%.2fs" % (r.randint(1690000000, 1740000000), r.uniform(0, 9)),
                 "skipped record %s: masked card %s" % (digits(r, 8), masked_card(r)), "client v%s connected, pool=%d" % (version(r).lstrip("v"), r.randint(1, 20))]), "\n")

def k_neg_ci_workflow(r, d):
    d("name: deploy-", pk(r, ["tickets", "donations", "club-site"]), "\non:\n  push:\n    branches: [main]\njobs:\n  build:\n    runs-on: ubuntu-", pk(r, "22.04|24.04|latest"), "\n    steps:\n")
    d("      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4\n        with:\n          node-version: ", str(r.choice([18, 20, 22])), "\n")
    d("      - run: npm ci && npm run build\n      - name: Deploy\n        env:\n")
    for k in r.sample(["STRIPE_SECRET_KEY", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "DATABASE_URL", "SLACK_WEBHOOK", "SENTRY_AUTH_TOKEN", "MAILCHIMP_KEY"], r.randint(3, 6)):
        d("          ", k, ": ${{ secrets.", k, " }}\n")
    d("          APP_VERSION: ", version(r), "\n          CACHE_KEY: ", hexs(r, 40), "\n        run: ./scripts/deploy.sh --region ${AWS_REGION} --release ${GITHUB_SHA}\n")

def k_neg_de_kassenbericht(r, d):
    d(club(r, "de"), "\nKassenbericht Geschäftsjahr ", str(r.randint(2022, 2024)), "\n\nEinnahmen\n")
    for k in r.sample(["Mitgliedsbeiträge", "Spenden", "Zuschuss Stadtsportbund", "Startgelder Vereinslauf", "Getränkeverkauf", "Sponsoring Trikots"], 4):
        d("  ", k.ljust(28), amount(r, "de", 100, 30000).rjust(14), "\n")
    d("Ausgaben\n")
    for k in r.sample(["Hallenmiete", "Übungsleiterpauschalen", "Verbandsabgaben", "Sportgeräte", "Versicherungen", "Kontoführung"], 4):
        d("  ", k.ljust(28), amount(r, "de", 50, 20000).rjust(14), "   Beleg ", digits(r, 3), "/", digits(r, 2), "\n")
    d("\nKassenbestand: ", amount(r, "de", 1000, 50000), "   Kostenstelle ", digits(r, 4), "   Prüfvermerk ohne Beanstandungen.\n")


# --------------------------------------------------------------------------
# Registry, generation, validation, CLI
# --------------------------------------------------------------------------
def k_sepa_mandate_en(r, d): _sepa(r, d, "en")  # noqa: E704
def k_sepa_mandate_eu(r, d): _sepa(r, d, pk(r, "de de fr es it nl".split()))  # noqa: E704
def k_race_results_en(r, d): _race(r, d, "en")  # noqa: E704
def k_race_results_eu(r, d): _race(r, d, pk(r, [k for k in RACE if k != "en"]))  # noqa: E704
def k_baptism_en(r, d): _baptism(r, d, "en")  # noqa: E704
def k_baptism_eu(r, d): _baptism(r, d, pk(r, "es it pl pt fr".split()))  # noqa: E704


for _l in FORM:
    globals()["k_form_" + _l] = (lambda L: lambda r, d: _form(r, d, L))(_l)
KINDS = {"en": [], "xx": [], "neg": []}
for _n, _f in list(globals().items()):
    if _n.startswith("k_") and callable(_f):
        _g = "neg" if _n.startswith("k_neg_") else "xx" if (_n.endswith("_eu") or _n[2:5] in ("de_", "nl_", "fr_", "sv_", "da_") or _n.startswith("k_form_")) else "en"
        KINDS[_g].append((_n[2:], _f))

def make(seed, i):
    r0 = random.Random("%s-%s" % (seed, i))
    u = r0.random()
    group = "neg" if u < 0.12 else "xx" if u < 0.375 else "en"
    name, fn = r0.choice(KINDS[group])
    for att in range(40):
        r = random.Random("%s-%s-%s" % (seed, i, att))
        d = Doc(r)
        fn(r, d)
        t = d.text()
        if MIN_LEN <= len(t) <= MAX_LEN:
            return name, group, {"id": "blind45-%s-%06d" % (seed, i), "text": t, "entities": d.ents}
    raise RuntimeError("cannot fit %s into length bounds" % name)

def generate(n, seed=0):
    for i in range(n):
        yield make(seed, i)[2]

def _problems(doc, group):
    t, out, last = doc["text"], [], 0
    if not (MIN_LEN <= len(t) <= MAX_LEN):
        out.append("length %d" % len(t))
    for e in sorted(doc["entities"], key=lambda e: (e["start"], e["end"])):
        s, en, ty = e["start"], e["end"], e["type"]
        frag = t[s:en]
        if not (0 <= s < en <= len(t)):
            out.append("range %r" % e)
            continue
        if s < last:
            out.append("overlap at %d" % s)
        last = en
        if ty not in TYPESET:
            out.append("type %s" % ty)
        if frag != frag.strip() or not frag:
            out.append("whitespace %r" % frag)
        if frag[-1] in ".,;:" and ty not in ("PRIVATE_KEY", "PASSWORD", "GENERIC_SECRET", "PERSON", "ADDRESS", "DATE_TIME", "DATE_OF_BIRTH"):
            out.append("trailing punct %s %r" % (ty, frag))
        if ty == "CREDIT_CARD" and not luhn_ok(frag.replace(" ", "").replace("-", "")):
            out.append("luhn %r" % frag)
        if ty == "IBAN_CODE" and not iban_ok(frag):
            out.append("iban %r" % frag)
        if ty == "US_SSN":
            a, g, sn = frag.split("-")
            if a in ("000", "666") or a[0] == "9" or g == "00" or sn == "0000":
                out.append("ssn %r" % frag)
        if ty == "URL" and (not frag.startswith(("http://", "https://")) or "@" in frag):
            out.append("url %r" % frag)
        if ty == "EMAIL_ADDRESS" and frag.count("@") != 1:
            out.append("email %r" % frag)
    if group == "neg" and doc["entities"]:
        out.append("negative doc has entities")
    return out

def check(n=3000, seed=0):
    types, kinds, groups, bad, ids = Counter(), Counter(), Counter(), 0, set()
    for i in range(n):
        name, group, doc = make(seed, i)
        kinds[name] += 1
        groups[group] += 1
        if doc["id"] in ids:
            bad += 1
            print("duplicate id", doc["id"])
        ids.add(doc["id"])
        for e in doc["entities"]:
            types[e["type"]] += 1
        probs = _problems(doc, group)
        if i < 200 and make(seed, i)[2] != doc:
            probs.append("non-deterministic")
        if probs:
            bad += 1
            if bad <= 30:
                print("PROBLEM", doc["id"], name, probs[:4])
    print("documents: %d   kinds: %d/%d registered   problems: %d" % (n, len(kinds), sum(len(v) for v in KINDS.values()), bad))
    print("groups:", ", ".join("%s=%d (%.1f%%)" % (g, c, 100.0 * c / n) for g, c in sorted(groups.items())))
    print("entity-free docs: %d" % sum(1 for i in range(n) if not make(seed, i)[2]["entities"]) if n <= 5000 else "")
    print("\nper-type counts:")
    for t in TYPES:
        print("  %-22s %6d" % (t, types[t]))
    print("\ndocs per kind:")
    for k, c in sorted(kinds.items()):
        print("  %-28s %5d" % (k, c))
    missing = [t for t in TYPES if not types[t]]
    if missing:
        print("types never produced:", missing)
    return 1 if bad or missing or len(kinds) < 50 else 0

def sample(k, seed=0):
    for i in range(k):
        name, group, doc = make(seed, i)
        t, out, p = doc["text"], [], 0
        for e in doc["entities"]:
            out.append(t[p:e["start"]])
            out.append("[[%s|%s]]" % (e["type"], t[e["start"]:e["end"]]))
            p = e["end"]
        out.append(t[p:])
        print("=" * 78, "\n%s  kind=%s  group=%s  len=%d  entities=%d\n%s" % (doc["id"], name, group, len(t), len(doc["entities"]), "-" * 78))
        print("".join(out))

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
    out = open(a.output, "w", encoding="utf-8") if a.output else sys.stdout
    for doc in generate(a.n, a.seed):
        out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    if a.output:
        out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
