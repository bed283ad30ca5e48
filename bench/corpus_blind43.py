#!/usr/bin/env python3
"""Blind test corpus 43 -- housing, utilities and citizen services.

Synthetic but realistic artefacts: tenancy agreements, rent ledgers, eviction
notices, deeds and land-registry extracts, mortgage statements, utility bills
and disconnection notices, meter-reading CSV exports, council/property-tax
letters, benefit and housing-assistance applications, voter records, parking
permits and fines, building permits, 311 requests, moving inventories,
change-of-address forms, supplier-switch e-mails, integration configs that leak
secrets, and European citizen-service letters in local languages.  About 12 %
of the documents carry no entity at all (hard negatives only).

Usage:  python3 corpus_blind43.py --check | --sample K | --n N --seed S --output F.jsonl

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

Corpus-specific decisions (consistent throughout): meter serials, MPAN/MPRN/
EAN supply-point ids, parcel/title/permit/citation/voter/ticket numbers are
control ids (not labelled); mortgage loan numbers, tenant/customer/council-tax
account references and bank account numbers are ACCOUNT_NUMBER; interval
timestamps in meter CSVs are epoch integers or log-style prefixes (not
labelled) while per-row reading dates in semantic columns are DATE_TIME.
"""
import argparse
import base64
import collections
import datetime as dt
import json
import random
import string
import sys
import unicodedata

TYPES = ("PERSON EMAIL_ADDRESS PHONE_NUMBER US_SSN CREDIT_CARD IBAN_CODE IP_ADDRESS "
         "DATE_OF_BIRTH DATE_TIME LOCATION ADDRESS URL MEDICAL_RECORD_NUMBER "
         "HEALTH_PLAN_NUMBER ACCOUNT_NUMBER DRIVER_LICENSE AWS_ACCESS_KEY AWS_SECRET_KEY "
         "GITHUB_TOKEN SLACK_TOKEN STRIPE_KEY JWT PRIVATE_KEY PASSWORD GENERIC_SECRET").split()
(PER, EM, PH, SSN, CC, IBAN, IP, DOB, DT, LOC, ADR, URL, MRN, HPN, ACC, DL,
 AKEY, ASEC, GH, SLACK, STRIPE, JWT, PEM, PW, SEC) = TYPES

# --------------------------------------------------------------------------- builder
class B:
    """Append-only text builder that records entity spans while appending."""

    def __init__(self):
        self.parts, self.ents, self.n = [], [], 0

    def w(self, *items):
        for it in items:
            if it is None or it == "":
                continue
            if isinstance(it, list):
                self.w(*it)
            elif isinstance(it, tuple):
                s, typ = it
                if typ is None:
                    self.w(s)
                    continue
                if not s or s != s.strip():
                    raise ValueError(f"bad span {s!r} ({typ})")
                self.ents.append({"start": self.n, "end": self.n + len(s), "type": typ})
                self.parts.append(s)
                self.n += len(s)
            else:
                self.parts.append(it)
                self.n += len(it)
        return self

    def f(self, label, val, typ=None, end="\n"):
        return self.w(label, (val, typ), end)

    def text(self):
        return "".join(self.parts)

# --------------------------------------------------------------------------- random helpers
UKL = "ABDEFGHJLNPQRSTUWXYZ"
ALNUM = string.ascii_letters + string.digits
UALNUM = string.ascii_uppercase + string.digits

def fill(r, p):
    """# digit, ^ digit 2-9, @ A-Z, % UK inward letter, * A-Z0-9, ~ hex."""
    m = {"#": string.digits, "^": "23456789", "@": string.ascii_uppercase, "%": UKL,
         "*": UALNUM, "~": "0123456789abcdef"}
    return "".join(r.choice(m[c]) if c in m else c for c in p)

def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))

def L(s):
    return [x.strip() for x in s.split("|")] if "|" in s else s.split()

def wpick(r, weighted):
    tot = sum(w for _, w in weighted)
    x = r.uniform(0, tot)
    for v, w in weighted:
        x -= w
        if x <= 0:
            return v
    return weighted[-1][0]

def ascii_(s):
    for a, b_ in (("ß", "ss"), ("ø", "o"), ("Ø", "O"), ("æ", "ae"), ("Æ", "Ae"), ("ł", "l"),
                  ("Ł", "L"), ("ı", "i"), ("İ", "I"), ("đ", "d"), ("œ", "oe")):
        s = s.replace(a, b_)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii())

def slug(s):
    s = ascii_(s).lower().replace("&", " ")
    out = "".join(c if c.isalnum() else "-" for c in s)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")

# --------------------------------------------------------------------------- names
NAMES = {
    "en": ("James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew "
           "Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Jason Edward "
           "Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel "
           "Gregory Alexander Patrick Frank Raymond Jack Dennis Jerry Tyler Aaron Adam Nathan Henry Zachary "
           "Douglas Peter Kyle Noah Ethan Jeremy Walter Christian Keith Roger Terry Austin Sean Gerald Carl Harold "
           "Dylan Arthur Lawrence Jordan Jesse Bryan Bruce Gabriel Logan Alan Albert Wayne Randy Vincent Mason Roy "
           "Ralph Bobby Russell Bradley Philip Eugene Liam Oliver Harry Callum Rhys Declan Owen Ciaran Alfie",
           "Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Sandra "
           "Margaret Ashley Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie Dorothy Rebecca "
           "Sharon Laura Cynthia Amy Kathleen Angela Shirley Brenda Emma Anna Pamela Nicole Samantha Katherine "
           "Christine Helen Debra Rachel Carolyn Janet Catherine Heather Diane Olivia Julie Joyce Victoria Ruth "
           "Virginia Lauren Kelly Christina Joan Evelyn Judith Andrea Hannah Megan Cheryl Jacqueline Martha "
           "Madison Teresa Gloria Janice Ann Kathryn Abigail Sophia Frances Jean Alice Judy Grace Amber Denise "
           "Danielle Marilyn Beverly Charlotte Natalie Theresa Diana Brittany Doris Kayla Alexis Lori Chloe "
           "Siobhan Niamh Aoife Bethan Poppy Shanice Tamika Keisha",
           "Smith|Johnson|Williams|Brown|Jones|Miller|Davis|Wilson|Anderson|Thomas|Taylor|Moore|Jackson|Martin|"
           "Thompson|White|Harris|Clark|Lewis|Robinson|Walker|Young|Allen|King|Wright|Scott|Hill|Green|Adams|"
           "Nelson|Baker|Hall|Campbell|Mitchell|Carter|Roberts|Phillips|Evans|Turner|Parker|Edwards|Collins|"
           "Stewart|Morris|Murphy|Cook|Rogers|Morgan|Cooper|Peterson|Bailey|Reed|Kelly|Howard|Cox|Ward|"
           "Richardson|Watson|Brooks|Wood|James|Bennett|Gray|Hughes|Price|Sanders|Myers|Long|Ross|Foster|"
           "O'Brien|O'Connor|MacDonald|Fitzgerald|Davies|Llewellyn|Ashworth|Whitfield|Pemberton|Gallagher|"
           "Byrne|McCarthy|Doyle|Walsh|Kennedy|Fraser|Sutherland|Hargreaves|Blackwood|Thornton|Holloway|"
           "Washington|Jefferson|Coleman|Jenkins|Perry|Powell|Patterson|Hayes|Simmons|Bryant|Alexander"),
    "de": ("Lukas Maximilian Felix Jonas Leon Paul Elias Finn Ben Tim Jan Niklas Moritz Tobias Sebastian Florian "
           "Stefan Thomas Michael Andreas Jürgen Klaus Wolfgang Dieter Uwe Matthias Christian Markus Frank Jörg "
           "Björn Henrik Karl Friedrich Horst Günter",
           "Anna Lena Leonie Marie Sophie Lea Laura Hannah Mia Emilia Katharina Julia Sabine Petra Ursula Monika "
           "Claudia Andrea Birgit Heike Susanne Anja Jana Franziska Ingrid Gisela Renate Annika Greta Charlotte "
           "Johanna Ilse Dörte",
           "Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Schäfer|Koch|Bauer|"
           "Richter|Klein|Wolf|Schröder|Neumann|Schwarz|Zimmermann|Braun|Krüger|Hofmann|Hartmann|Lange|Schmitt|"
           "Werner|Krause|Meier|Lehmann|Schmid|Schulze|Maier|Köhler|Herrmann|König|Walter|Mayer|Huber|Kaiser|"
           "Fuchs|Peters|Lang|Scholz|Möller|Weiß|Jung|Hahn|Vogel|Friedrich|Günther|Keller|Berger|Winkler|Roth|"
           "Beck|Lorenz|Baumann|Albrecht|Ziegler|Kühn|Pohl|Engel|Horn|Busch|Bergmann|Voigt|Sauer|Arnold|Wolff|"
           "Pfeiffer|von Bülow|Ostermann|Brandt|Haas|Schuster|Stein|Jäger|Otto|Sommer|Seidel|Heinrich"),
    "fr": ("Jean Pierre Michel Philippe Alain Nicolas Christophe Patrick Laurent Frédéric Julien Sébastien Thomas "
           "Antoine Mathieu Olivier Guillaume Hugo Lucas Théo Louis Gabriel Arthur Raphaël Étienne François Yves "
           "Benoît Rémi Jérôme Jean-Luc Jean-Baptiste",
           "Marie Nathalie Isabelle Sylvie Catherine Françoise Valérie Christine Sandrine Sophie Céline Aurélie "
           "Camille Léa Manon Chloé Emma Inès Juliette Louise Élodie Mathilde Hélène Brigitte Margaux Anaïs Océane "
           "Maëlle Agnès Marie-Claire Anne-Sophie",
           "Martin|Bernard|Dubois|Thomas|Robert|Richard|Petit|Durand|Leroy|Moreau|Simon|Laurent|Lefebvre|Michel|"
           "Garcia|David|Bertrand|Roux|Vincent|Fournier|Morel|Girard|André|Lefèvre|Mercier|Dupont|Lambert|Bonnet|"
           "François|Legrand|Garnier|Faure|Rousseau|Blanc|Guérin|Henry|Roussel|Perrin|Morin|Mathieu|Clément|"
           "Gauthier|Dumont|Fontaine|Chevalier|Robin|Lemaire|Barbier|Giraud|Duval|Lacroix|Moulin|Brun|Rolland|"
           "Deschamps|Le Goff|Fabre|Mallet|Le Gall|Marchand|Benoît|Carpentier|Poirier|Aubert"),
    "es": ("Antonio José Manuel Francisco David Juan Javier Daniel Carlos Jesús Alejandro Miguel Rafael Pablo Sergio "
           "Fernando Jorge Luis Alberto Álvaro Diego Adrián Raúl Enrique Iván Rubén Óscar Andrés Joaquín Ramón "
           "Santiago Mateo Hugo Martín Íñigo Xavier Jordi Juan Carlos",
           "María Carmen Ana Isabel Laura Cristina Marta Lucía Elena Pilar Dolores Paula Sara Raquel Rosa Beatriz "
           "Nuria Silvia Patricia Alba Irene Andrea Claudia Julia Montserrat Inmaculada Rocío Consuelo Ainhoa "
           "Itziar Guadalupe Sofía Valentina Camila Ximena",
           "García|Rodríguez|González|Fernández|López|Martínez|Sánchez|Pérez|Gómez|Martín|Jiménez|Ruiz|Hernández|"
           "Díaz|Moreno|Muñoz|Álvarez|Romero|Alonso|Gutiérrez|Navarro|Torres|Domínguez|Vázquez|Ramos|Gil|Ramírez|"
           "Serrano|Blanco|Molina|Morales|Suárez|Ortega|Delgado|Castro|Ortiz|Rubio|Marín|Sanz|Núñez|Iglesias|"
           "Medina|Garrido|Cortés|Castillo|Santos|Lozano|Guerrero|Cano|Prieto|Méndez|Cruz|Calvo|Gallego|Vidal|"
           "León|Herrera|Márquez|Peña|Flores|Cabrera|Campos|Vega|Fuentes|Carrasco|Caballero|Reyes|Aguilar|"
           "Pascual|Santana|Herrero|Lorenzo|Hidalgo|Montero|Ibáñez|Ferrer|Durán|Echeverría|Etxeberria|Rivera|"
           "Mendoza|Chávez|Salazar|Villanueva"),
    "it": ("Marco Giuseppe Giovanni Antonio Mario Luigi Francesco Alessandro Andrea Luca Stefano Roberto Paolo "
           "Matteo Lorenzo Davide Simone Federico Riccardo Gabriele Tommaso Leonardo Salvatore Vincenzo Carmine "
           "Pietro Domenico Emanuele Niccolò",
           "Maria Anna Giulia Francesca Chiara Sara Laura Valentina Alessandra Martina Elena Paola Silvia Federica "
           "Giovanna Rosa Angela Lucia Sofia Aurora Giorgia Alice Beatrice Caterina Serena Ilaria Benedetta Ludovica",
           "Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|De Luca|"
           "Mancini|Costa|Giordano|Rizzo|Lombardi|Moretti|Barbieri|Fontana|Santoro|Mariani|Rinaldi|Caruso|"
           "Ferrara|Galli|Martini|Leone|Longo|Gentile|Martinelli|Vitale|Lombardo|Serra|Coppola|De Santis|"
           "D'Angelo|Marchetti|Parisi|Villa|Conte|Ferraro|Ferri|Fabbri|Bianco|Marini|Grasso|Valentini|Messina|"
           "Sala|De Rosa|Gatti|Pellegrini|Palumbo|Sanna|Farina|Rizzi|Monti|Cattaneo|Morelli|Amato|Silvestri|"
           "Mazza|Testa|Caputo|Montanari|Guerra|Palmieri|Bernardi|Fiore|De Angelis|Esposito"),
    "pt": ("João José António Francisco Manuel Pedro Luís Carlos Paulo Miguel Rui Nuno Tiago Ricardo Diogo Gonçalo "
           "Rodrigo Afonso Duarte Martim Tomás Bernardo Vasco Henrique Lucas Gustavo Thiago Rafael Leandro",
           "Maria Ana Joana Inês Beatriz Mariana Sofia Catarina Rita Sara Marta Teresa Filipa Leonor Matilde "
           "Carolina Margarida Luísa Helena Fernanda Conceição Graça Patrícia Adriana Juliana Larissa Gabriela",
           "Silva|Santos|Ferreira|Pereira|Oliveira|Costa|Rodrigues|Martins|Jesus|Sousa|Fernandes|Gonçalves|"
           "Gomes|Lopes|Marques|Alves|Almeida|Ribeiro|Pinto|Carvalho|Teixeira|Moreira|Correia|Mendes|Nunes|"
           "Soares|Vieira|Monteiro|Cardoso|Rocha|Raposo|Neves|Coelho|Cruz|Cunha|Pires|Ramos|Reis|Simões|Antunes|"
           "Matos|Fonseca|Machado|Araújo|Barbosa|Tavares|Lourenço|Castro|Figueiredo|Azevedo|Freitas|Magalhães"),
    "nl": ("Jan Pieter Kees Willem Hendrik Johannes Dirk Bram Daan Sem Lars Thijs Ruben Jeroen Bas Joost Sander "
           "Maarten Wouter Niels Stijn Tim Gijs Floris Ruud Arjen Erik Teun",
           "Anna Emma Sophie Julia Lotte Fleur Eva Sanne Femke Lisa Anouk Marloes Ingrid Els Annelies Ineke "
           "Marieke Saskia Nienke Iris Noor Tess Roos Maud Liesbeth Wilma Esther Marjolein",
           "de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Janssen|Visser|Smit|Meijer|de Boer|Mulder|"
           "de Groot|Bos|Vos|Peters|Hendriks|van Leeuwen|Dekker|Brouwer|de Wit|Dijkstra|Smits|de Graaf|"
           "van der Meer|van der Linden|Kok|Jacobs|de Haan|Vermeulen|van den Heuvel|van der Veen|van den Broek|"
           "de Bruijn|van der Heijden|Schouten|van Beek|Willems|van Vliet|van de Ven|Hoekstra|Maas|Verhoeven|"
           "Koster|van Dam|van der Wal|Prins|Blom|Huisman|Peeters|Kuipers|Veenstra|Postma"),
    "pl": ("Piotr Krzysztof Andrzej Tomasz Paweł Michał Marcin Jakub Adam Łukasz Grzegorz Mateusz Wojciech Mariusz "
           "Dariusz Zbigniew Kamil Rafał Jan Stanisław Szymon Bartosz Filip Maciej Kacper Przemysław Sławomir",
           "Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Elżbieta Joanna Aleksandra "
           "Zofia Monika Beata Dorota Natalia Karolina Justyna Weronika Julia Marta Agata Halina Grażyna Jadwiga",
           "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak "
           "Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski "
           "Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowakowski Majewski Olszewski Stępień "
           "Jaworski Malinowski Dudek Adamczyk Górski Pawlak Witkowski Walczak Sikora Rutkowski Baran Michalak "
           "Szewczyk Ostrowski Tomaszewski Pietrzak Zalewski Jasiński Marciniak Sadowski Zawadzki Czarnecki"),
    "sv": ("Erik Lars Karl Anders Johan Per Nils Carl Mikael Jan Hans Lennart Fredrik Peter Olof Gustav Sven Bengt "
           "Oskar Axel Elias Hugo Viktor Linus Emil Isak Ludvig Måns Björn",
           "Maria Elisabeth Anna Kristina Margareta Eva Birgitta Karin Marie Ingrid Christina Linnéa Sofia Kerstin "
           "Lena Helena Emma Ulla Malin Sara Ebba Astrid Elsa Alva Saga Wilma Signe Maja",
           "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson "
           "Jonsson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson Lindström Lindqvist Lindgren "
           "Axelsson Berg Bergström Lundberg Lundgren Lundqvist Mattsson Berglund Fredriksson Sandberg Forsberg "
           "Sjöberg Wallin Engström Eklund Danielsson Håkansson Björk Holm Wikström Nyström Åberg Söderberg"),
    "da": ("Jens Peter Lars Michael Henrik Søren Thomas Jan Niels Anders Morten Jesper Mads Rasmus Christian Martin "
           "Kasper Frederik Mikkel Magnus Oliver Emil Villads Bjarne Poul Torben Ole Flemming",
           "Anne Kirsten Hanne Mette Anna Helle Susanne Lene Maria Marianne Inge Lone Pia Camilla Tina Louise "
           "Charlotte Sofie Ida Freja Laura Signe Nanna Karen Bodil Birthe Lærke Mathilde",
           "Nielsen Jensen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen Petersen Madsen "
           "Kristensen Olsen Thomsen Christiansen Poulsen Johansen Møller Mortensen Knudsen Jakobsen Mikkelsen "
           "Olesen Frederiksen Laursen Henriksen Lund Eriksen Holm Clausen Simonsen Svendsen Andreasen Iversen "
           "Østergaard Jeppesen Vestergaard Nissen Lauridsen Kjær Mogensen Skov Bach Søndergaard Nygaard"),
    "no": ("Jan Per Bjørn Ole Lars Kjell Knut Arne Svein Hans Geir Tor Terje Odd Rune Trond Morten Jon Erik Anders "
           "Magnus Henrik Sindre Håkon Eirik Sigurd Even Aksel Vegard Øystein",
           "Anne Inger Kari Marit Ingrid Liv Eva Berit Astrid Bjørg Hilde Anna Solveig Marianne Randi Ida Nina "
           "Elisabeth Kristin Silje Ingeborg Nora Emma Sara Thea Maja Vilde Synnøve Tone Guro",
           "Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Johnsen Pettersen "
           "Eriksen Berg Haugen Hagen Johannessen Andreassen Jacobsen Dahl Jørgensen Halvorsen Henriksen Lund "
           "Moen Gundersen Iversen Strand Solberg Svendsen Eide Knutsen Martinsen Bakken Kristoffersen Mathisen "
           "Lie Amundsen Lunde Solheim Berge Moe Nygård Bakke Fredriksen Lien Hauge Sæther Aas Myhre Ødegård"),
    "fi": ("Juha Timo Matti Kari Mikko Jari Antti Jukka Mika Markku Pekka Hannu Heikki Seppo Sami Janne Ville "
           "Petri Tuomas Lauri Eero Aleksi Joonas Onni Väinö Eino Oskari Elias Veeti Niilo",
           "Maria Helena Johanna Anneli Kaarina Marjatta Anna Liisa Hannele Tuula Päivi Riitta Sari Minna Tiina "
           "Pirjo Leena Satu Katja Aino Eveliina Emilia Sofia Aada Ella Venla Iida Hilla Kerttu",
           "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen "
           "Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen "
           "Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Hiltunen Kettunen Leppänen Miettinen "
           "Pitkänen Räsänen Väisänen Ojala Lappalainen Kallio Hirvonen Laaksonen Anttila Manninen Koivisto"),
    "cs": ("Jan Jiří Petr Josef Pavel Martin Tomáš Jaroslav Miroslav Zdeněk Václav Michal František Milan Karel "
           "Jakub Lukáš David Vojtěch Ondřej Marek Radek Vladimír Stanislav Matěj Filip Adam Dominik Šimon",
           "Jana Marie Eva Hana Anna Lenka Kateřina Lucie Věra Alena Petra Veronika Jaroslava Tereza Martina "
           "Michaela Jitka Helena Ludmila Zdeňka Ivana Monika Eliška Zuzana Markéta Barbora Kristýna Klára",
           "Novák/Nováková Svoboda/Svobodová Novotný/Novotná Dvořák/Dvořáková Černý/Černá "
           "Procházka/Procházková Kučera/Kučerová Veselý/Veselá Horák/Horáková Němec/Němcová "
           "Pokorný/Pokorná Marek/Marková Pospíšil/Pospíšilová Hájek/Hájková Jelínek/Jelínková Král/Králová "
           "Růžička/Růžičková Beneš/Benešová Fiala/Fialová Sedláček/Sedláčková Doležal/Doležalová "
           "Zeman/Zemanová Kolář/Kolářová Navrátil/Navrátilová Čermák/Čermáková Urban/Urbanová "
           "Blažek/Blažková Kříž/Křížová Kovář/Kovářová Kratochvíl/Kratochvílová Bartoš/Bartošová "
           "Vlček/Vlčková Polák/Poláková Musil/Musilová Konečný/Konečná Malý/Malá Holub/Holubová"),
    "tr": ("Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil Süleyman "
           "Abdullah Mahmut Recep Salih Fatih Kadir Emre Burak Serkan Onur Cem Kerem Barış Emir Yiğit Alperen",
           "Fatma Ayşe Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan Merve Havva Esra Özlem Yasemin Büşra "
           "Derya Gül Ebru Selin Defne Ecrin Azra İrem Duygu Gizem Tuğba Nur Sevgi Aslı",
           "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin "
           "Kara Koç Kurt Özkan Şimşek Polat Özcan Korkmaz Çakır Erdoğan Yavuz Can Acar Şen Aktaş Güler Yalçın "
           "Güneş Bozkurt Bulut Keskin Ünal Turan Gül Özer Işık Kaplan Avcı Sarı Tekin Taş Köse Yüksel Ateş Aksoy"),
    "ar": ("Mohammed Ahmed Ali Omar Youssef Khalid Hassan Ibrahim Mahmoud Mustafa Karim Tariq Samir Walid Nabil "
           "Rami Fadi Ziad Bilal Hamza Amir Yasin Adel Jamal Faisal",
           "Fatima Aisha Maryam Layla Nour Yasmin Amira Salma Huda Rania Hana Dina Leila Samira Zainab Mona Reem "
           "Lina Sara Heba Rasha Dalia Farah Malak",
           "Al-Sayed|Haddad|Khoury|Nasser|Hamdan|Mansour|Saleh|Aziz|Rahman|Hussein|Abdullah|Farouk|El-Amin|"
           "Qureshi|Karimi|Nasr|Bakr|Suleiman|Darwish|Khalil|Shaheen|Othman|Jaber|Awad|Haidar|Benali|Bouzid|"
           "Amrani|El Idrissi|Benjelloun|Chakir|Hajji|Mahmoud"),
    "in": ("Rahul Amit Rajesh Suresh Vikram Arjun Rohan Sanjay Anil Deepak Ravi Karthik Aditya Nikhil Pranav "
           "Manish Harish Vivek Siddharth Arun Venkatesh Gurpreet Harpreet Imran Farhan",
           "Priya Anjali Deepika Kavya Pooja Neha Sunita Lakshmi Divya Aishwarya Meera Ritu Swati Shreya Ananya "
           "Nisha Sneha Kiran Radha Geeta Simran Jaspreet Aarti Pallavi",
           "Patel Sharma Singh Kumar Gupta Reddy Iyer Nair Menon Rao Das Mukherjee Chatterjee Banerjee Joshi Mehta "
           "Shah Desai Kulkarni Pillai Chopra Malhotra Kapoor Agarwal Verma Mishra Pandey Bhat Naidu Ghosh Sinha "
           "Chauhan Saxena Thakur Krishnan Subramanian Gill Sandhu Dhillon"),
    "zh": ("Wei Jun Hao Lei Jie Ming Qiang Yong Jian Tao Bo Peng Hui Long Feng Zhiwei Haoran Yichen Zihan Junjie",
           "Fang Li Na Jing Xiu Ying Mei Yan Hong Xia Lan Qing Yu Lin Min Ting Xin Yue Xiaoling Meiling Jiayi",
           "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang Xie "
           "Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Chan Wong Leung Lau Cheung Ng"),
    "ja": ("Hiroshi Takashi Kenji Satoshi Yuki Kazuki Daiki Haruto Sota Yuto Ren Takumi Ryota Shota Kenta Naoki "
           "Akira Makoto Tetsuya Koji Masato Yusuke Kaito Riku",
           "Yoko Keiko Yumi Akiko Naoko Tomoko Sakura Yui Aoi Hina Rin Miyu Haruka Nanami Ayaka Misaki Emi Mai "
           "Kaori Megumi Yuka Noriko Mio",
           "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki "
           "Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Mori Abe Ikeda Hashimoto Ishikawa Ogawa"),
    "ko": ("Min-jun Seo-jun Ji-ho Do-yun Joon-young Sung-min Hyun-woo Jae-won Dong-hyun Young-ho Sang-woo Jin-woo",
           "Seo-yeon Ji-woo Ha-eun Soo-ah Min-seo Ji-min Yoon-ah Eun-ji Hye-jin Su-bin Ye-jin Da-eun Na-yeon",
           "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Jeon Hong Yoo Moon"),
    "vi": ("Minh Tuan Hung Dung Quang Thanh Long Nam Hieu Duc Huy Khoa Phuc Bao Trung Vinh Hoang",
           "Linh Lan Huong Mai Thao Trang Ngoc Hoa Thu Ha Hanh Phuong Anh Nhung Yen Vy Thuy Tam",
           "Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Truong Dinh"),
    "ng": ("Chinedu Emeka Oluwaseun Babatunde Adebayo Chukwuemeka Ikechukwu Tunde Segun Olumide Obinna Kelechi "
           "Ifeanyi Nnamdi Kwame Kofi Kwabena Tendai Sipho Thabo Jomo Kamau",
           "Ngozi Chiamaka Adaeze Funmilayo Folake Yetunde Chioma Nneka Amaka Kemi Titilayo Ifeoma Ama Akosua "
           "Abena Efua Nomvula Thandiwe Zanele Wanjiru Nyambura Achieng",
           "Okafor Okonkwo Adeyemi Balogun Eze Nwosu Obi Chukwu Ogunleye Olawale Afolabi Akande Bello Mensah "
           "Asante Boateng Owusu Osei Appiah Darko Moyo Ndlovu Dlamini Mokoena Otieno Mwangi Odhiambo Kariuki"),
    "ru": ("Aleksandr Dmitri Sergei Andrei Alexei Ivan Mikhail Nikolai Vladimir Yuri Oleg Pavel Artem Maxim Igor "
           "Viktor Roman Bogdan Taras Oleksandr",
           "Olga Natalia Elena Tatiana Irina Svetlana Anastasia Ekaterina Maria Yulia Anna Daria Ksenia Oksana "
           "Lyudmila Galina Viktoria Polina Alina Nadia",
           "Ivanov Smirnov Kuznetsov Popov Vasiliev Petrov Sokolov Mikhailov Novikov Fedorov Morozov Volkov "
           "Lebedev Semenov Pavlov Kozlov Orlov Makarov Nikitin Zakharov Shevchenko Kovalenko Bondarenko "
           "Tkachenko Kravchenko Melnyk Boyko Koval"),
}
NAMES = {k: (L(v[0]), L(v[1]), L(v[2])) for k, v in NAMES.items()}
NAMES["es"] = (NAMES["es"][0][:-2] + ["Juan Carlos", "José Luis"], NAMES["es"][1] + ["María José", "Ana Belén"],
               NAMES["es"][2])

def fem(s, cul):
    if "/" in s:
        return s.split("/")[1]
    if cul == "pl":
        for a, b_ in (("dzki", "dzka"), ("cki", "cka"), ("ski", "ska")):
            if s.endswith(a):
                return s[:-len(a)] + b_
    if cul == "ru" and s[-2:] in ("ov", "ev", "in"):
        return s + "a"
    return s

class P:
    def __init__(self, r, cul):
        gm, gf, sur = NAMES[cul]
        self.cul, self.sex = cul, r.choice("mf")
        self.g = r.choice(gm if self.sex == "m" else gf)
        s = r.choice(sur)
        s = fem(s, cul) if self.sex == "f" else s.split("/")[0]
        if cul == "es" and r.random() < .65:
            s += " " + r.choice(sur)
        if cul == "pt" and r.random() < .5:
            s = r.choice(sur) + " " + s
        if cul in ("sv", "da", "no", "fi") and r.random() < .2:
            self.g += "-" + r.choice(gm if self.sex == "m" else gf)
        self.s = s
        self.mi = r.choice("ABCDEFGHJKLMNPRSTW") if cul == "en" and r.random() < .3 else ""

    @property
    def full(self):
        return f"{self.g} {self.mi}. {self.s}" if self.mi else f"{self.g} {self.s}"

    @property
    def lf(self):
        return f"{self.s}, {self.g}"

    def nm(self, r):
        x = r.random()
        if x < .64:
            return self.full
        if x < .73:
            return self.lf
        if x < .80:
            return self.full.upper()
        if x < .85:
            return f"{self.s.upper()}, {self.g}"
        if x < .92:
            return f"{self.g[0]}. {self.s}"
        return f"{self.g} {self.s}"

HON = {"en": (["Mr.", "Mr."], ["Ms.", "Mrs.", "Ms."]), "gb": (["Mr"], ["Mrs", "Ms", "Miss"]),
       "de": (["Herr"], ["Frau"]), "fr": (["M.", "Monsieur"], ["Mme", "Madame"]),
       "es": (["Sr.", "D."], ["Sra.", "Dña."]), "it": (["Sig.", "Dott."], ["Sig.ra", "Dott.ssa"]),
       "pt": (["Sr."], ["Sra."]), "nl": (["dhr.", "de heer"], ["mevr.", "mevrouw"]), "pl": (["Pan"], ["Pani"]),
       "cs": (["pan"], ["paní"]), "tr": (["Bay"], ["Bayan"])}

def hon(r, p, lang):
    h = HON.get(lang)
    return r.choice(h[p.sex == "f"]) if h else ""

def join_people(people, r, sep_last=" and ", style=None):
    out = []
    for i, p in enumerate(people):
        if i:
            out.append(sep_last if i == len(people) - 1 else ", ")
        out.append((style(p) if style else p.nm(r), PER))
    return out

# --------------------------------------------------------------------------- countries
US_STATES = dict(x.split(":") for x in (
    "AL:Alabama AK:Alaska AZ:Arizona AR:Arkansas CA:California CO:Colorado CT:Connecticut DE:Delaware "
    "FL:Florida GA:Georgia HI:Hawaii ID:Idaho IL:Illinois IN:Indiana IA:Iowa KY:Kentucky LA:Louisiana ME:Maine "
    "MD:Maryland MA:Massachusetts MI:Michigan MN:Minnesota MS:Mississippi MO:Missouri MT:Montana NE:Nebraska "
    "NV:Nevada NJ:New_Jersey NM:New_Mexico NY:New_York NC:North_Carolina ND:North_Dakota OH:Ohio OK:Oklahoma "
    "OR:Oregon PA:Pennsylvania RI:Rhode_Island SC:South_Carolina SD:South_Dakota TN:Tennessee TX:Texas UT:Utah "
    "VT:Vermont VA:Virginia WA:Washington WI:Wisconsin WY:Wyoming").split())
US_STATES = {k: v.replace("_", " ") for k, v in US_STATES.items()}

def cities(s):
    return [tuple(c.split(":")) for c in s.split(";")]

CT = {
    "US": dict(lang="en", name="United States", cur="$", mix=[("en", 55), ("es", 15), ("zh", 4), ("in", 5), ("vi", 3), ("ko", 3), ("ng", 4), ("ar", 3), ("ja", 2), ("ru", 2), ("it", 2), ("pl", 2)],
               cities=cities("Springfield:IL:627##;Austin:TX:787##;Denver:CO:802##;Portland:OR:972##;Seattle:WA:981##;Chicago:IL:606##;Columbus:OH:432##;Atlanta:GA:303##;Phoenix:AZ:850##;Sacramento:CA:958##;Oakland:CA:946##;San Diego:CA:921##;Minneapolis:MN:554##;Milwaukee:WI:532##;Boston:MA:021##;Providence:RI:029##;Baltimore:MD:212##;Philadelphia:PA:191##;Pittsburgh:PA:152##;Raleigh:NC:276##;Charlotte:NC:282##;Nashville:TN:372##;Louisville:KY:402##;Kansas City:MO:641##;Omaha:NE:681##;Albuquerque:NM:871##;Tucson:AZ:857##;Salt Lake City:UT:841##;Boise:ID:837##;Las Vegas:NV:891##;Houston:TX:770##;San Antonio:TX:782##;Dallas:TX:752##;Miami:FL:331##;Tampa:FL:336##;Orlando:FL:328##;New Orleans:LA:701##;Detroit:MI:482##;Cleveland:OH:441##;Indianapolis:IN:462##;St. Louis:MO:631##;Buffalo:NY:142##;Brooklyn:NY:112##;Newark:NJ:071##;Richmond:VA:232##;Burlington:VT:054##;Anchorage:AK:995##;Honolulu:HI:968##;Des Moines:IA:503##;Madison:WI:537##;Spokane:WA:992##;Eugene:OR:974##;Fresno:CA:937##;Tulsa:OK:741##;Little Rock:AR:722##;Birmingham:AL:352##;Jackson:MS:392##;Charleston:SC:294##;Savannah:GA:314##;Hartford:CT:061##;Portland:ME:041##;Wilmington:DE:198##;Fargo:ND:581##;Sioux Falls:SD:571##;Cheyenne:WY:820##;Billings:MT:591##"),
               streets=L("Maple Oak Cedar Elm Pine Washington Lincoln Jefferson Park Lake Hill Sunset Main Church Highland Madison Franklin Willow Walnut Chestnut Ridge Meadow Spring Cherry Magnolia Peachtree Juniper Sycamore Dogwood Riverside Center Mill Forest Lakeview Mission Colfax Grand Euclid Division Fairview Prospect Jackson Hawthorne Belmont Greenwood Kingsley Alder Birch Locust")),
    "GB": dict(lang="gb", name="United Kingdom", cur="£", mix=[("en", 62), ("in", 10), ("ng", 6), ("pl", 5), ("ar", 4), ("zh", 3), ("it", 2), ("fr", 2), ("pt", 2), ("tr", 2), ("es", 2)],
               cities=cities("London::SE1# #%%;London::E^ #%%;London::N1# #%%;London::NW^ #%%;London::SW1# #%%;London::SE^ #%%;Leeds:West Yorkshire:LS^ #%%;Manchester:Greater Manchester:M^^ #%%;Bristol::BS^ #%%;Sheffield:South Yorkshire:S^ #%%;Liverpool:Merseyside:L^^ #%%;Birmingham:West Midlands:B^^ #%%;Nottingham::NG^ #%%;Leicester::LE^ #%%;Cardiff::CF^^ #%%;Swansea::SA^ #%%;Edinburgh::EH^^ #%%;Glasgow::G^^ #%%;Aberdeen::AB^^ #%%;Belfast::BT^ #%%;Newcastle upon Tyne::NE^ #%%;Norwich:Norfolk:NR^ #%%;Brighton:East Sussex:BN^ #%%;Oxford:Oxfordshire:OX^ #%%;Cambridge:Cambridgeshire:CB^ #%%;York:North Yorkshire:YO^^ #%%;Coventry::CV^ #%%;Southampton:Hampshire:SO^^ #%%;Plymouth:Devon:PL^ #%%;Exeter:Devon:EX^ #%%;Bath:Somerset:BA^ #%%;Derby:Derbyshire:DE^^ #%%;Hull:East Riding of Yorkshire:HU^ #%%;Stoke-on-Trent:Staffordshire:ST^ #%%;Reading:Berkshire:RG^ #%%;Milton Keynes:Buckinghamshire:MK^^ #%%;Dundee::DD^ #%%;Inverness::IV^ #%%"),
               streets=L("Station Road|High Street|Church Lane|Victoria Road|Mill Lane|Park Avenue|Queens Road|Kings Road|Manor Close|The Crescent|Albert Street|Grove Road|Springfield Road|Windsor Gardens|Chapel Street|Orchard Way|Beech Grove|Hawthorn Drive|Meadow View|New Street|London Road|North Street|Castle Street|Cromwell Road|Elm Terrace|Greenbank Drive|Bridge Street|Market Place|Ladysmith Road|Coronation Avenue|St Mary's Road|Oakfield Close|Tennyson Street|Derwent Walk")),
    "CA": dict(lang="en", name="Canada", cur="$", mix=[("en", 55), ("fr", 15), ("zh", 8), ("in", 8), ("ar", 3), ("vi", 3), ("ko", 2), ("it", 2), ("pt", 2), ("ru", 2)],
               cities=cities("Toronto:ON:M^@ #@#;Ottawa:ON:K1@ #@#;Hamilton:ON:L8@ #@#;Montréal:QC:H#@ #@#;Québec:QC:G1@ #@#;Vancouver:BC:V^@ #@#;Victoria:BC:V8@ #@#;Calgary:AB:T2@ #@#;Edmonton:AB:T5@ #@#;Winnipeg:MB:R3@ #@#;Halifax:NS:B3@ #@#;Saskatoon:SK:S7@ #@#;Regina:SK:S4@ #@#;St. John's:NL:A1@ #@#"),
               streets=L("King St W|Queen St E|Yonge St|Bloor St W|Rue Sainte-Catherine|Boulevard Saint-Laurent|Granville St|Robson St|Jasper Ave|Portage Ave|Spring Garden Rd|Elgin St|Bank St|Dundas St|Main St|Rue Saint-Denis|Whyte Ave")),
    "AU": dict(lang="gb", name="Australia", cur="$", mix=[("en", 65), ("zh", 10), ("vi", 5), ("in", 8), ("it", 4), ("ar", 3), ("ko", 2), ("ng", 2)],
               cities=cities("Sydney:NSW:20##;Parramatta:NSW:2150;Newcastle:NSW:2300;Melbourne:VIC:3000;Fitzroy:VIC:3065;Geelong:VIC:3220;Brisbane:QLD:4000;Gold Coast:QLD:4217;Cairns:QLD:4870;Perth:WA:6000;Fremantle:WA:6160;Adelaide:SA:5000;Hobart:TAS:7000;Canberra:ACT:2601;Darwin:NT:0800"),
               streets=L("George St|Pitt St|Collins St|Flinders St|Swanston St|Queen St|Adelaide St|Hay St|Murray St|King William St|Elizabeth St|Smith St|Brunswick St|Oxford St|Bourke St|Beach Rd|Parade Rd")),
    "IE": dict(lang="gb", name="Ireland", cur="€", mix=[("en", 80), ("pl", 8), ("pt", 4), ("in", 4), ("ng", 2), ("es", 2)],
               cities=cities("Dublin 8::D08 @^*#;Dublin 6::D06 @^*#;Dublin 7::D07 @^*#;Dublin 4::D04 @^*#;Cork:Co. Cork:T12 @^*#;Galway:Co. Galway:H91 @^*#;Limerick:Co. Limerick:V94 @^*#;Waterford:Co. Waterford:X91 @^*#;Kilkenny:Co. Kilkenny:R95 @^*#;Sligo:Co. Sligo:F91 @^*#;Drogheda:Co. Louth:A92 @^*#"),
               streets=L("Main Street|O'Connell Street|Patrick Street|Dame Street|Shop Street|Church Road|Castle Street|Quay Street|Griffith Avenue|Clonliffe Road|Ballymun Road|Strand Road")),
    "DE": dict(lang="de", name="Deutschland", cur="€", mix=[("de", 72), ("tr", 9), ("pl", 6), ("ru", 5), ("ar", 4), ("it", 2), ("vi", 2)],
               cities=cities("Berlin::10###;Berlin::12###;Hamburg::22###;München::80###;Köln::50###;Frankfurt am Main::60###;Stuttgart::70###;Düsseldorf::40###;Leipzig::04###;Dresden::01###;Hannover::30###;Nürnberg::90###;Bremen::28###;Essen::45###;Dortmund::44###;Bonn::53###;Münster::48###;Freiburg im Breisgau::79###;Kiel::24###;Mainz::55###;Augsburg::86###;Rostock::18###;Potsdam::14###;Erfurt::99###"),
               streets=L("Hauptstraße|Bahnhofstraße|Goethestraße|Schillerstraße|Lindenallee|Friedrichstraße|Kastanienweg|Gartenstraße|Mozartstraße|Rosenweg|Kirchplatz|Waldstraße|Ringstraße|Sonnenallee|Eichendorffweg|Hermannstraße|Schönhauser Allee|Kantstraße|Lessingstraße|Uhlandstraße|Am Markt|Berliner Straße|Schloßstraße|Talstraße")),
    "AT": dict(lang="de", name="Österreich", cur="€", mix=[("de", 80), ("tr", 6), ("cs", 4), ("pl", 4), ("ar", 3)],
               cities=cities("Wien::10^0;Graz::8010;Linz::4020;Salzburg::5020;Innsbruck::6020;Klagenfurt::9020"),
               streets=L("Mariahilfer Straße|Landstraßer Hauptstraße|Herrengasse|Annenstraße|Getreidegasse|Maria-Theresien-Straße|Praterstraße|Wiedner Hauptstraße")),
    "FR": dict(lang="fr", name="France", cur="€", mix=[("fr", 75), ("ar", 12), ("pt", 5), ("es", 3), ("ng", 3), ("it", 2)],
               cities=cities("Paris::750##;Lyon::6900#;Marseille::130##;Toulouse::31000;Nice::06000;Nantes::44000;Strasbourg::67000;Montpellier::34000;Bordeaux::33000;Lille::59000;Rennes::35000;Reims::51100;Grenoble::38000;Dijon::21000;Angers::49000;Le Havre::76600;Clermont-Ferrand::63000;Tours::37000;Rouen::76000"),
               streets=L("rue de la République|avenue Jean Jaurès|boulevard Voltaire|rue Victor Hugo|place de la Mairie|chemin des Vignes|allée des Tilleuls|impasse du Moulin|rue Pasteur|quai de la Loire|rue du Général Leclerc|avenue de la Gare|rue des Lilas|boulevard Gambetta|rue Nationale|rue de Verdun")),
    "ES": dict(lang="es", name="España", cur="€", mix=[("es", 85), ("ar", 5), ("ru", 3), ("en", 3), ("zh", 2), ("pt", 2)],
               cities=cities("Madrid:Madrid:280##;Barcelona:Barcelona:080##;Valencia:Valencia:460##;Sevilla:Sevilla:410##;Zaragoza:Zaragoza:500##;Málaga:Málaga:290##;Bilbao:Bizkaia:480##;Murcia:Murcia:300##;Palma:Illes Balears:070##;Valladolid:Valladolid:470##;Granada:Granada:180##;Alicante:Alicante:030##;Vigo:Pontevedra:362##;Gijón:Asturias:332##"),
               streets=L("Calle Mayor|Avenida de la Constitución|Calle de Alcalá|Paseo de Gracia|Calle San Fernando|Plaza de España|Carrer de Balmes|Calle Real|Avenida del Puerto|Calle Larios|Gran Vía|Calle Cervantes|Avenida de América|Calle del Pez|Ronda de Segovia")),
    "IT": dict(lang="it", name="Italia", cur="€", mix=[("it", 85), ("ar", 4), ("ru", 3), ("zh", 3), ("in", 2), ("es", 2)],
               cities=cities("Roma:RM:001##;Milano:MI:201##;Napoli:NA:801##;Torino:TO:101##;Palermo:PA:901##;Genova:GE:161##;Bologna:BO:401##;Firenze:FI:501##;Bari:BA:701##;Verona:VR:371##;Padova:PD:351##;Trieste:TS:341##;Cagliari:CA:091##;Perugia:PG:061##"),
               streets=L("Via Roma|Via Giuseppe Garibaldi|Corso Vittorio Emanuele II|Piazza della Repubblica|Via Mazzini|Viale dei Mille|Via Dante Alighieri|Via Cavour|Largo Argentina|Via Nazionale|Via Torino|Corso Buenos Aires|Via dei Serragli|Via San Vitale")),
    "PT": dict(lang="pt", name="Portugal", cur="€", mix=[("pt", 90), ("ng", 4), ("ru", 2), ("in", 2), ("es", 2)],
               cities=cities("Lisboa::1###-###;Porto::4###-###;Braga::4700-###;Coimbra::3000-###;Faro::8000-###;Aveiro::3800-###;Setúbal::2900-###;Funchal::9000-###;Évora::7000-###;Amadora::2700-###"),
               streets=L("Rua Augusta|Avenida da Liberdade|Rua de Santa Catarina|Travessa do Carmo|Largo do Rato|Rua do Ouro|Avenida dos Aliados|Rua Direita|Rua Garrett|Avenida da República|Rua de Cedofeita")),
    "NL": dict(lang="nl", name="Nederland", cur="€", mix=[("nl", 75), ("tr", 8), ("ar", 8), ("in", 3), ("pl", 3), ("zh", 2)],
               cities=cities("Amsterdam::10^# @@;Rotterdam::30^# @@;Den Haag::25^# @@;Utrecht::35^# @@;Eindhoven::56^# @@;Groningen::97^# @@;Tilburg::50^# @@;Almere::13^# @@;Breda::48^# @@;Nijmegen::65^# @@;Haarlem::20^# @@;Leiden::23^# @@;Zwolle::80^# @@;Maastricht::62^# @@"),
               streets=L("Keizersgracht Dorpsstraat Kerkstraat Stationsweg Molenweg Julianalaan Prinsengracht Oudegracht Beukenlaan Wilhelminastraat Emmastraat Nieuwstraat Schoolstraat Lindelaan Havenstraat")),
    "PL": dict(lang="pl", name="Polska", cur="zł", mix=[("pl", 92), ("ru", 6), ("vi", 2)],
               cities=cities("Warszawa::0^-###;Kraków::3^-###;Łódź::9^-###;Wrocław::5^-###;Poznań::6^-###;Gdańsk::80-###;Szczecin::7^-###;Lublin::20-###;Katowice::40-###;Białystok::15-###;Bydgoszcz::85-###;Toruń::87-###"),
               streets=L("ul. Marszałkowska|ul. Piotrkowska|al. Jerozolimskie|ul. Długa|ul. Floriańska|ul. Mickiewicza|ul. Słowackiego|ul. Kościuszki|ul. Polna|pl. Grunwaldzki|ul. Lipowa|ul. Ogrodowa|ul. Leśna|ul. Sienkiewicza")),
    "SE": dict(lang="sv", name="Sverige", cur="kr", mix=[("sv", 75), ("ar", 10), ("fi", 5), ("da", 3), ("no", 3), ("pl", 2), ("tr", 2)],
               cities=cities("Stockholm::1^# ##;Göteborg::4^# ##;Malmö::2^# ##;Uppsala::75# ##;Västerås::72# ##;Örebro::70# ##;Linköping::58# ##;Umeå::90# ##;Lund::22# ##;Gävle::80# ##"),
               streets=L("Storgatan|Drottninggatan|Kungsgatan|Vasagatan|Sveavägen|Skolgatan|Björkvägen|Ringvägen|Hamngatan|Östra Långgatan|Linnégatan|Sandgatan")),
    "DK": dict(lang="da", name="Danmark", cur="kr.", mix=[("da", 80), ("ar", 6), ("de", 4), ("sv", 4), ("tr", 3), ("pl", 3)],
               cities=cities("København K::1###;København N::2200;Frederiksberg C::1850;Aarhus C::8000;Odense C::5000;Aalborg::9000;Esbjerg::6700;Roskilde::4000;Vejle::7100"),
               streets=L("Nørregade Vestergade Østerbrogade Strandvejen Algade Bredgade Søndergade Jernbanegade Nørrebrogade Vesterbrogade Classensgade")),
    "NO": dict(lang="no", name="Norge", cur="kr", mix=[("no", 80), ("ar", 5), ("sv", 5), ("pl", 5), ("vi", 2), ("da", 3)],
               cities=cities("Oslo::0^##;Bergen::50##;Trondheim::70##;Stavanger::40##;Tromsø::90##;Drammen::30##;Kristiansand::46##;Fredrikstad::16##"),
               streets=L("Karl Johans gate|Storgata|Kirkegata|Bygdøy allé|Thorvald Meyers gate|Strandgaten|Kongens gate|Skolegata|Markveien|Olav Tryggvasons gate")),
    "FI": dict(lang="fi", name="Suomi", cur="€", mix=[("fi", 85), ("sv", 6), ("ru", 6), ("ar", 3)],
               cities=cities("Helsinki::00^#0;Espoo::02^#0;Tampere::33^#0;Vantaa::01^#0;Oulu::90^#0;Turku::20^#0;Jyväskylä::40^#0;Lahti::15^#0;Kuopio::70^#0"),
               streets=L("Mannerheimintie Hämeenkatu Aleksanterinkatu Puistokatu Koulukatu Kauppakatu Rantatie Koivukuja Isokatu Kalevankatu Satakunnankatu")),
    "CZ": dict(lang="cs", name="Česká republika", cur="Kč", mix=[("cs", 90), ("ru", 6), ("vi", 4)],
               cities=cities("Praha 2::120 00;Praha 3::130 00;Praha 5::150 00;Praha 10::100 00;Brno::6^# 00;Ostrava::70# 00;Plzeň::30# 00;Liberec::460 0#;Olomouc::779 00;České Budějovice::370 0#;Hradec Králové::500 0#"),
               streets=L("Vinohradská|Národní|Husova|Masarykova|Palackého|Nádražní|Komenského|Jiráskova|náměstí Míru|Korunní|Žižkova|Husitská")),
    "TR": dict(lang="tr", name="Türkiye", cur="TL", mix=[("tr", 95), ("ar", 5)],
               cities=cities("İstanbul:Kadıköy:347##;İstanbul:Beşiktaş:343##;İstanbul:Üsküdar:346##;İstanbul:Şişli:343##;Ankara:Çankaya:06###;Ankara:Keçiören:06###;İzmir:Karşıyaka:355##;İzmir:Bornova:350##;Bursa:Nilüfer:16###;Antalya:Muratpaşa:07###;Adana:Seyhan:01###;Eskişehir:Tepebaşı:26###"),
               streets=L("Atatürk Caddesi|Bağdat Caddesi|İnönü Sokak|Gazi Bulvarı|Menekşe Sokak|Cumhuriyet Caddesi|Gül Sokak|Kıbrıs Şehitleri Caddesi|Moda Caddesi|Barbaros Bulvarı")),
}
US_SUF = L("St St Street Ave Ave Avenue Blvd Rd Road Dr Drive Ln Ct Way Pl Ter Pkwy Cir")

class Addr:
    def __init__(self, r, cc):
        c = CT[cc]
        self.cc = cc
        self.city, self.region, pcp = r.choice(c["cities"])
        self.pc = fill(r, pcp).strip()
        st, n = r.choice(c["streets"]), r.randint(1, 180)
        o = r.random()
        if cc == "US":
            d = r.choice(["", "", "", "N ", "S ", "E ", "W ", "NE "])
            self.line = f"{r.randint(10, 9899)} {d}{st} {r.choice(US_SUF)}" + (
                "" if o < .55 else r.choice([f", Apt {r.randint(1, 40)}{r.choice('ABCD')}", f" #{r.randint(100, 950)}",
                                             f", Unit {r.randint(1, 30)}", f" Apt. {r.randint(1, 12)}{r.choice('ABCDEF')}"]))
        elif cc == "GB":
            self.line = ("" if o < .5 else r.choice([f"Flat {r.randint(1, 24)}, ", f"Flat {r.randint(1, 9)}{r.choice('ABC')}, ",
                                                     r.choice(["Rose Cottage", "The Old Rectory", "Ivy House"]) + ", "])) + f"{n} {st}"
        elif cc in ("CA", "AU"):
            self.line = (f"{r.randint(1, 40)}/" if cc == "AU" and o < .3 else "") + f"{n} {st}" + (
                f", Unit {r.randint(101, 2400)}" if cc == "CA" and o > .6 else "")
        elif cc == "IE":
            self.line = (f"Apartment {r.randint(1, 60)}, " if o < .3 else "") + f"{n} {st}"
        elif cc in ("DE", "AT"):
            self.line = f"{st} {n}{r.choice(['', '', '', 'a', 'b'])}" + ("" if o < .7 else f"/{r.randint(1, 30)}" if cc == "AT" else f", {r.randint(1, 5)}. OG")
        elif cc == "FR":
            self.line = ("" if o < .7 else f"Bât. {r.choice('ABCD')}, apt {r.randint(1, 60)}, ") + f"{n}{r.choice(['', '', ' bis', ' ter'])} {st}"
        elif cc == "ES":
            self.line = f"{st}, {n}" + ("" if o < .25 else f", {r.randint(1, 9)}º {r.choice('ABCD')}")
        elif cc == "IT":
            self.line = f"{st} {n}" + ("" if o < .7 else f"/{r.choice('ABC')}") + ("" if r.random() < .7 else f", int. {r.randint(1, 20)}")
        elif cc == "PT":
            self.line = f"{st}, {n}" + ("" if o < .3 else f", {r.randint(1, 8)}.º {r.choice(['Esq.', 'Dto.', 'Frente'])}")
        elif cc == "NL":
            self.line = f"{st} {n}" + r.choice(["", "", "-2", "-1", "A", " bis", "-H"])
        elif cc == "PL":
            self.line = f"{st} {n}" + ("" if o < .3 else f"/{r.randint(1, 80)}")
        elif cc == "SE":
            self.line = f"{st} {n}" + r.choice(["", "", " A", " B", f" lgh {r.randint(10, 14)}0{r.randint(1, 9)}"])
        elif cc == "DK":
            self.line = f"{st} {n}" + r.choice(["", f", {r.randint(1, 5)}. th.", f", {r.randint(1, 5)}. tv.", ", st. mf."])
        elif cc == "NO":
            self.line = f"{st} {n}" + r.choice(["", "", "A", "B", " C"])
        elif cc == "FI":
            self.line = f"{st} {n}" + r.choice(["", f" A {r.randint(1, 40)}", f" B {r.randint(1, 40)}", f" as {r.randint(1, 20)}"])
        elif cc == "CZ":
            self.line = f"{st} {r.randint(100, 2999)}/{n}"
        elif cc == "TR":
            self.line = f"{r.choice(['Caferağa', 'Cumhuriyet', 'Yeni', 'Bahçelievler', 'Fatih', 'Kültür'])} Mah. {st} No: {n}" + ("" if o < .3 else f" D: {r.randint(1, 20)}")
        self.country = c["name"]

    def cityline(self):
        c, R, p = self.city, self.region, self.pc
        return {"US": f"{c}, {R} {p}", "CA": f"{c}, {R} {p}", "AU": f"{c} {R} {p}", "GB": f"{c} {p}",
                "IE": f"{c}, {p}" if not R else f"{c}, {R}, {p}", "IT": f"{p} {c} ({R})",
                "TR": f"{p} {R}/{c}", "ES": f"{p} {c}"}.get(self.cc, f"{p} {c}")

    def one(self, country=False):
        s = f"{self.line}, {self.cityline()}"
        return s + f", {self.country}" if country else s

    def block(self, r, country=False):
        if self.cc == "GB":
            s = f"{self.line}\n{self.city.upper() if r.random() < .4 else self.city}\n{self.pc}"
        elif self.cc == "AU":
            s = f"{self.line}\n{self.city.upper()} {self.region} {self.pc}"
        elif self.cc == "IE" and self.region:
            s = f"{self.line}\n{self.city}\n{self.region}\n{self.pc}"
        else:
            s = f"{self.line}\n{self.cityline()}"
        return s + f"\n{self.country.upper()}" if country else s

# --------------------------------------------------------------------------- phones
NANP = ["212", "312", "415", "512", "617", "206", "303", "404", "503", "602", "713", "202", "305", "702", "615",
        "919", "801", "414", "612", "216", "818", "971", "720", "267", "469", "347"]
CA_AC = ["416", "647", "613", "905", "514", "438", "604", "778", "403", "780", "204", "902", "306"]
PHONES = {
    "US": ("1", None, ["(A) ^##-####", "A-^##-####", "A.^##.####", "A ^## ####"]),
    "CA": ("1", None, ["(A) ^##-####", "A-^##-####", "A ^##-####"]),
    "GB": ("44", "0", ["020 7### ####", "020 8### ####", "0113 ### ####", "0161 ### ####", "0117 ### ####", "0121 ### ####",
                       "0131 ### ####", "0141 ### ####", "029 20## ####", "01632 ######", "07### ######", "07### ### ###"]),
    "IE": ("353", "0", ["01 ^## ####", "021 ^## ####", "091 ^## ###", "08^ ### ####", "08^ ### ####"]),
    "AU": ("61", "0", ["(02) ^### ####", "02 ^### ####", "03 ^### ####", "(07) 3### ####", "08 ^### ####", "04## ### ###", "04## ###-###"]),
    "DE": ("49", "0", ["030 ^#######", "030/^######", "040 ^#######", "089 ^######", "0221 ^######", "069 ^#######", "0711 ^######",
                       "0351 ^######", "0341 ^######", "015^ ^#######", "017^ ^######", "0176 ^#######", "0211/^#####-##"]),
    "AT": ("43", "0", ["01 ^## ## ##", "0316 ^#####", "0664 ^######", "0676 ^## ## ##"]),
    "FR": ("33", "0", ["01 ## ## ## ##", "04 ## ## ## ##", "05.##.##.##.##", "06 ## ## ## ##", "07 ## ## ## ##", "09 ## ## ## ##", "02-##-##-##-##"]),
    "ES": ("34", None, ["91^ ### ###", "93^ ## ## ##", "96^ ### ###", "95^ ######", "6## ### ###", "6## ## ## ##", "7## ### ###"]),
    "IT": ("39", None, ["02 ^### ####", "06 ^#######", "011 ^######", "055 ^######", "081 ^######", "3## ### ####", "3## #######", "3##-#######"]),
    "PT": ("351", None, ["21 ### ####", "22 ### ####", "91^ ### ###", "93^ ### ###", "96^ ### ###", "239 ### ###"]),
    "NL": ("31", "0", ["020 ^## ####", "010 ^## ####", "070-^######", "030 ^## ## ##", "06 ^#######", "06-^#######", "06 ^# ## ## ##"]),
    "PL": ("48", None, ["22 ^## ## ##", "12 ^## ## ##", "(42) ^## ## ##", "5## ### ###", "6## ### ###", "7## ### ###", "8## ### ###"]),
    "SE": ("46", "0", ["08-^## ### ##", "08-^## ## ##", "031-^# ## ##", "040-^# ## ##", "070-^## ## ##", "073-^## ## ##", "076 ^## ## ##"]),
    "DK": ("45", None, ["^# ## ## ##", "^#######", "^# ## ## ##"]),
    "NO": ("47", None, ["22 ## ## ##", "55 ## ## ##", "4## ## ###", "9## ## ###"]),
    "FI": ("358", "0", ["09 ^## ####", "040 ^## ####", "050 ^## ####", "044 ^## ####", "03 ^## ####", "02 ^## ####"]),
    "CZ": ("420", None, ["2## ### ###", "6## ### ###", "7## ### ###", "5## ### ###"]),
    "TR": ("90", "0", ["0212 ^## ## ##", "0216 ^## ## ##", "0312 ^## ## ##", "0232 ^## ## ##", "05## ^## ## ##", "0 (5##) ^## ## ##", "0 (212) ^## ## ##"]),
}

def phone(r, cc, intl=None, tollfree=False):
    code, trunk, pats = PHONES[cc]
    if intl is None:
        intl = r.random() < .3
    if cc in ("US", "CA"):
        if tollfree:
            return fill(r, r.choice(["1-800-^##-####", "1-888-^##-####", "(877) ^##-####", "1 (866) ^##-####", "800-^##-####"]))
        a = r.choice(NANP if cc == "US" else CA_AC)
        if intl:
            return fill(r, r.choice(["+1 A ^## ####", "+1-A-^##-####", "+1 (A) ^##-####"]).replace("A", a))
        return fill(r, r.choice(pats).replace("A", a))
    if tollfree and cc == "GB":
        return fill(r, r.choice(["0800 ### ####", "0808 ### ####", "0345 ### ####", "0300 ### ####"]))
    s = fill(r, r.choice(pats))
    if not intl:
        return s
    s = s.replace("(", "").replace(")", "")
    rest = s[len(trunk):].lstrip() if trunk and s.startswith(trunk) else s
    rest = rest.replace("/", " ")
    if cc == "FR":
        rest = rest.replace(".", " ").replace("-", " ")
    v = r.random()
    if trunk and cc in ("GB", "DE", "AT", "NL") and v < .25:
        return f"+{code} ({trunk}){rest}"
    if v > .85 and cc not in ("AU",):
        return f"00{code} {rest}"
    return f"+{code} {rest}"

# --------------------------------------------------------------------------- dates
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
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
}
MONTHS = {k: v.split() for k, v in MONTHS.items()}
MONTHS["gb"] = MONTHS["en"]
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
    "fi": "maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai",
    "cs": "pondělí úterý středa čtvrtek pátek sobota neděle",
    "tr": "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar",
}
WDAYS = {k: v.split() for k, v in WDAYS.items()}
WDAYS["gb"] = WDAYS["en"]

def rdate(r, y0=2019, y1=2026):
    a = dt.date(y0, 1, 1)
    return a + dt.timedelta(days=r.randrange((dt.date(y1, 12, 31) - a).days))

def rdob(r):
    return rdate(r, 1936, 2005)

def ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"

def dfmt(r, d, lang="en", wd=None, numeric=False, sty=None):
    D, M, Y = d.day, d.month, d.year
    mn = MONTHS[lang][M - 1]
    num = {"en": [f"{M:02d}/{D:02d}/{Y}", f"{M}/{D}/{Y}", f"{Y}-{M:02d}-{D:02d}", f"{M:02d}-{D:02d}-{Y}"],
           "gb": [f"{D:02d}/{M:02d}/{Y}", f"{D:02d}.{M:02d}.{Y}", f"{Y}-{M:02d}-{D:02d}", f"{D}/{M}/{Y}"],
           "de": [f"{D:02d}.{M:02d}.{Y}", f"{D}.{M}.{Y}", f"{Y}-{M:02d}-{D:02d}"],
           "fr": [f"{D:02d}/{M:02d}/{Y}", f"{D:02d}-{M:02d}-{Y}"], "es": [f"{D:02d}/{M:02d}/{Y}", f"{D}/{M}/{Y}", f"{D:02d}-{M:02d}-{Y}"],
           "it": [f"{D:02d}/{M:02d}/{Y}", f"{D:02d}.{M:02d}.{Y}", f"{D}/{M}/{Y}"], "pt": [f"{D:02d}/{M:02d}/{Y}", f"{D:02d}-{M:02d}-{Y}", f"{Y}-{M:02d}-{D:02d}"],
           "nl": [f"{D:02d}-{M:02d}-{Y}", f"{D}-{M}-{Y}", f"{D:02d}/{M:02d}/{Y}"], "pl": [f"{D:02d}.{M:02d}.{Y}", f"{Y}-{M:02d}-{D:02d}"],
           "sv": [f"{Y}-{M:02d}-{D:02d}", f"{Y}-{M:02d}-{D:02d}", f"{D}/{M} {Y}"], "da": [f"{D:02d}.{M:02d}.{Y}", f"{D:02d}-{M:02d}-{Y}", f"{D}/{M} {Y}"],
           "no": [f"{D:02d}.{M:02d}.{Y}", f"{D}.{M}.{Y}"], "fi": [f"{D}.{M}.{Y}", f"{D:02d}.{M:02d}.{Y}"],
           "cs": [f"{D}. {M}. {Y}", f"{D:02d}.{M:02d}.{Y}", f"{D}.{M}.{Y}"], "tr": [f"{D:02d}.{M:02d}.{Y}", f"{D:02d}/{M:02d}/{Y}"]}[lang]
    txt = {"en": [f"{mn} {D}, {Y}", f"{mn[:3]} {D}, {Y}", f"{D:02d}-{mn[:3]}-{Y}", f"{mn[:3].upper()} {D:02d} {Y}", f"{mn} {ordinal(D)}, {Y}"],
           "gb": [f"{D} {mn} {Y}", f"{ordinal(D)} {mn} {Y}", f"{D} {mn[:3]} {Y}", f"{D:02d} {mn[:3].upper()} {Y}"],
           "de": [f"{D}. {mn} {Y}", f"{D:02d}. {mn} {Y}"], "fr": [f"{'1er' if D == 1 else D} {mn} {Y}"], "es": [f"{D} de {mn} de {Y}"],
           "it": [f"{D} {mn} {Y}"], "pt": [f"{D} de {mn} de {Y}"], "nl": [f"{D} {mn} {Y}"], "pl": [f"{D} {mn} {Y}"],
           "sv": [f"{D} {mn} {Y}"], "da": [f"{D}. {mn} {Y}"], "no": [f"{D}. {mn} {Y}"], "fi": [f"{D}. {mn} {Y}"],
           "cs": [f"{D}. {mn} {Y}"], "tr": [f"{D} {mn} {Y}"]}[lang]
    if sty and r.random() < .85:
        s = num[sty[0] % len(num)] if numeric or sty[2] < .5 else txt[sty[1] % len(txt)]
    else:
        s = r.choice(num if numeric or r.random() < .55 else txt)
    if wd is None:
        wd = r.random() < .08 and not numeric
    if wd and not (len(s) > 4 and s[4] == "-"):
        w = WDAYS[lang][d.weekday()]
        if lang == "tr":
            return f"{s} {w}"
        sep = ", " if lang in ("en", "de", "es", "pl") else " "
        if lang == "da":
            return f"{w} den {s}"
        return f"{w}{sep}{s}"
    return s

def tfmt(r, h, m, lang):
    if lang == "en":
        return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}" if r.random() < .75 else f"{(h - 1) % 12 + 1}:{m:02d}{'am' if h < 12 else 'pm'}"
    if lang == "gb":
        return r.choice([f"{h:02d}:{m:02d}", f"{(h - 1) % 12 + 1}.{m:02d}{'am' if h < 12 else 'pm'}", f"{(h - 1) % 12 + 1}:{m:02d}{'am' if h < 12 else 'pm'}"])
    return r.choice({"de": [f"{h:02d}:{m:02d} Uhr", f"{h}:{m:02d} Uhr", f"{h:02d}:{m:02d}"], "fr": [f"{h}h{m:02d}", f"{h} h {m:02d}", f"{h:02d}:{m:02d}"],
                     "es": [f"{h:02d}:{m:02d}", f"{h}:{m:02d} h"], "it": [f"{h:02d}:{m:02d}", f"{h}.{m:02d}"], "pt": [f"{h}h{m:02d}", f"{h:02d}:{m:02d}"],
                     "nl": [f"{h:02d}:{m:02d} uur", f"{h}.{m:02d} uur", f"{h:02d}:{m:02d}"], "pl": [f"{h}:{m:02d}", f"{h:02d}:{m:02d}"],
                     "sv": [f"{h:02d}.{m:02d}", f"{h:02d}:{m:02d}"], "da": [f"{h:02d}.{m:02d}"], "no": [f"{h:02d}:{m:02d}", f"{h:02d}.{m:02d}"],
                     "fi": [f"{h}.{m:02d}", f"{h:02d}.{m:02d}"], "cs": [f"{h}:{m:02d}", f"{h:02d}:{m:02d}"], "tr": [f"{h:02d}:{m:02d}", f"{h:02d}.{m:02d}"]}[lang])

def rhm(r):
    return r.randint(7, 18), r.choice([0, 0, 15, 30, 30, 45, 10, 20, 40, 50])

def dtfmt(r, d, lang, sty=None):
    t = tfmt(r, *rhm(r), lang)
    j = r.choice({"en": [" at ", ", ", " "], "gb": [" at ", ", ", " "], "de": [" um ", ", "], "fr": [" à ", ", "], "es": [" a las ", ", "],
                  "it": [" alle ", " ore ", ", "], "pt": [" às ", ", "], "nl": [" om ", " "], "pl": [" o godz. ", ", godz. "],
                  "sv": [" kl. ", " "], "da": [" kl. "], "no": [" kl. ", " "], "fi": [" klo "], "cs": [" v ", " "], "tr": [" saat ", " "]}[lang])
    return dfmt(r, d, lang, False, False, sty) + j + t

def money(r, v, cc):
    s = f"{v:,.2f}"
    if cc in ("US", "CA", "AU"):
        return "$" + s
    if cc in ("GB", "IE"):
        return ("£" if cc == "GB" else "€") + s
    de = s.replace(",", "X").replace(".", ",").replace("X", ".")
    sp = s.replace(",", " ").replace(".", ",")
    return {"DE": de + " €", "AT": "€ " + de, "FR": sp + " €", "ES": de + " €", "IT": "€ " + de, "PT": sp + " €", "NL": "€ " + de,
            "PL": sp + " zł", "SE": sp + " kr", "DK": de + " kr.", "NO": "kr " + sp, "FI": sp + " €", "CZ": sp + " Kč", "TR": de + " TL"}[cc]

# --------------------------------------------------------------------------- e-mail / orgs / URLs
MAILDOM = {"US": "gmail.com yahoo.com outlook.com hotmail.com icloud.com aol.com comcast.net proton.me",
           "GB": "btinternet.com hotmail.co.uk gmail.com yahoo.co.uk sky.com outlook.com",
           "CA": "gmail.com rogers.com shaw.ca sympatico.ca outlook.com", "AU": "bigpond.com gmail.com optusnet.com.au outlook.com",
           "IE": "eircom.net gmail.com outlook.ie", "DE": "web.de gmx.de t-online.de gmail.com posteo.de gmx.net",
           "AT": "gmx.at aon.at gmail.com", "FR": "orange.fr free.fr laposte.net gmail.com sfr.fr wanadoo.fr",
           "ES": "gmail.com hotmail.es telefonica.net yahoo.es", "IT": "libero.it gmail.com virgilio.it tiscali.it alice.it",
           "PT": "sapo.pt gmail.com hotmail.com", "NL": "ziggo.nl kpnmail.nl gmail.com hotmail.nl planet.nl",
           "PL": "wp.pl o2.pl onet.pl interia.pl gmail.com", "SE": "telia.com gmail.com hotmail.se bredband.net",
           "DK": "gmail.com hotmail.dk mail.dk jubii.dk", "NO": "online.no gmail.com hotmail.no",
           "FI": "gmail.com luukku.com elisanet.fi", "CZ": "seznam.cz email.cz centrum.cz gmail.com",
           "TR": "gmail.com hotmail.com yandex.com.tr"}

def email(r, p, cc="US", dom=None):
    g = slug(p.g).replace("-", "")
    s = slug(p.s.split(" ")[-1] if p.cul in ("es", "pt") else p.s).replace("-", "")
    local = r.choice([f"{g}.{s}", f"{g[0]}{s}", f"{g}{s}{r.randint(1, 99)}", f"{s}.{g}", f"{g}_{s}",
                      f"{g}.{s}{r.randint(60, 99)}", f"{g[0]}.{s}", f"{g}{r.randint(100, 999)}"])
    return f"{local}@{dom or r.choice(MAILDOM[cc].split())}"

ORGS = {
    "power": L("Northgate Power & Light|Crestline Energy|Evergreen Electric Cooperative|Harbor Gas & Electric|Brightwave Energy|Summit Electric|Lumen Energy Supply|Greenfield Power|Pioneer Electric Co-op|Tidewater Energy|Octavia Energy|Bramble Power"),
    "water": L("Bluewater Utilities|Summit Water Authority|Keystone Water|Clearbrook Water District|Riverbend Municipal Utilities|Aqualine Water Services|Stonebridge Water"),
    "gas": L("Meridian Gas Co.|Hearthside Gas|Blue Flame Energy|Coalbrook Gas Networks|Northfield Gas"),
    "isp": L("Clearpath Broadband|FiberLink Communications|Silverline Fibre|Pinnacle Telecom|Skyreach Internet|Nimbus Fiber|Beacon Broadband"),
    "pm": L("Oakridge Property Management|Parkside Lettings Ltd|Cornerstone Residential|Greystone Estates|BlueDoor Homes LLC|Harborview Realty Group|Keyline Property Services|Sterling Lettings|Urban Nest Rentals|Lantern Residential"),
    "housing": L("Metropolitan Housing Authority|County Housing Services|Department of Housing and Community Development|Regional Housing Authority|Housing Solutions Team"),
    "movers": L("Atlas Relocation|Swift Movers Inc.|Johnson & Sons Removals|Two Brothers Moving Co.|BoxLine Removals|Careful Hands Moving|McAllister & Daughters Movers|Pickfords-style Removals Ltd"),
    "bank": L("First Harbor Bank|Keystone Mortgage Servicing|Union Crest Home Loans|Northstar Savings|Lakeshore Federal Credit Union|Beacon Home Finance"),
}

def org(r, kind):
    n = r.choice(ORGS[kind])
    return n, slug(n.replace(" Inc.", "").replace(" LLC", "").replace(" Ltd", "").replace(" Co.", "").replace(" Co-op", "")) + r.choice([".com", ".com", ".net", ".co"])

def url(r, dom, paths, sub=None):
    u = f"https://{r.choice(['', 'www.', 'my.', 'portal.', 'pay.']) if sub is None else sub}{dom}/{r.choice(paths)}"
    if r.random() < .35:
        u += f"?{r.choice(['ref', 'src', 'utm_source', 'lang', 'acct'])}={r.choice(['email', 'bill', 'sms', 'en', rs(r, string.digits, 6)])}"
    return u

# --------------------------------------------------------------------------- ids, checksums, hard negatives
def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            x -= 9 if x > 9 else 0
        tot += x
    return tot % 10 == 0

def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c

def card(r, grouped=None):
    kind = r.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "amex":
        n = luhn_complete(r.choice(["34", "37"]) + rs(r, string.digits, 12))
        g = f"{n[:4]} {n[4:10]} {n[10:]}"
    else:
        pre = {"visa": "4", "mc": r.choice(["51", "52", "53", "54", "55", "2221", "2720"]), "disc": "6011"}[kind]
        n = luhn_complete(pre + rs(r, string.digits, 15 - len(pre)))
        g = " ".join(n[i:i + 4] for i in range(0, 16, 4))
    if grouped is None:
        grouped = r.random() < .6
    return (g if r.random() < .7 else g.replace(" ", "-")) if grouped else n

def bad16(r):
    n = luhn_complete(r.choice("3456789") + rs(r, string.digits, 14))
    n = n[:-1] + str((int(n[-1]) + r.randint(1, 9)) % 10)
    return n if r.random() < .5 else " ".join(n[i:i + 4] for i in range(0, 16, 4))

def ssn(r, sep="-"):
    a = r.randint(1, 899)
    while a == 666:
        a = r.randint(1, 899)
    return f"{a:03d}{sep}{r.randint(1, 99):02d}{sep}{r.randint(1, 9999):04d}"

def bad_ssn(r):
    return f"{r.choice(['000', '666', str(r.randint(900, 999))])}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"

IBAN_BBAN = {"DE": "#" * 18, "AT": "#" * 16, "FR": "#" * 23, "ES": "#" * 20, "IT": "@" + "#" * 22, "PT": "#" * 21,
             "NL": "BANK" + "#" * 10, "PL": "#" * 24, "SE": "#" * 20, "DK": "#" * 14, "NO": "#" * 11, "FI": "#" * 14,
             "CZ": "#" * 20, "TR": "#####0" + "#" * 16, "GB": "BANK" + "#" * 14, "IE": "BANK" + "#" * 14, "BE": "#" * 12}
BANKS = {"NL": ["ABNA", "RABO", "INGB", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ"], "GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"],
         "IE": ["AIBK", "BOFI", "IPBS", "ULSB"]}

def iban(r, cc, grouped=None):
    spec = IBAN_BBAN[cc]
    bban = (r.choice(BANKS[cc]) + fill(r, spec[4:])) if spec.startswith("BANK") else fill(r, spec)
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    s = f"{cc}{98 - int(num) % 97:02d}{bban}"
    if grouped is None:
        grouped = r.random() < .65
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s

def iban_ok(s):
    s = s.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1

BIC = ["DEUTDEFFXXX", "COBADEFFXXX", "BNPAFRPPXXX", "CAIXESBBXXX", "UNCRITMMXXX", "BCOMPTPL", "INGBNL2A", "PKOPPLPW",
       "NDEASESS", "DABADKKK", "DNBANOKK", "OKOYFIHH", "KOMBCZPP", "TCZBTR2A", "AIBKIE2D", "NWBKGB2L"]

def uuid_(r):
    h = "%032x" % r.getrandbits(128)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:]}"

def hexs(r, n):
    return rs(r, "0123456789abcdef", n)

def version(r):
    return r.choice([f"v{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 20)}", f"{r.randint(1, 24)}.{r.randint(0, 12)}.{r.randint(0, 9)}",
                     f"{r.randint(2019, 2026)}.{r.randint(1, 12)}.{r.randint(0, 5)}", f"v{r.randint(1, 5)}.{r.randint(0, 9)}.{r.randint(0, 9)}-rc.{r.randint(1, 4)}"])

def plate(r, cc):
    return fill(r, {"US": r.choice(["^@@@###", "@@@ ####", "#@@@###"]), "CA": "@@@@ ###", "AU": "^@@ ^@@", "IE": f"{r.choice(['231', '191', '222', '201'])}-{r.choice(['D', 'C', 'G', 'L'])}-####",
                    "GB": "@@^^ @@@", "DE": r.choice(["B-@@ ####", "M-@ ###", "HH-@@ ###", "K-@@ ####"]), "FR": "@@-###-@@", "ES": "#### @@@",
                    "IT": "@@ ###@@", "NL": "@@-###-@", "PL": "W@ #####", "SE": "@@@ ##@", "DK": "@@ ## ###", "NO": "@@ #####",
                    "FI": "@@@-###", "CZ": "#@# ####", "TR": "34 @@ ####", "PT": "##-@@-##", "AT": "W-#####@"}[cc])

def vin(r):
    return rs(r, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 17)

def code(r, pre, n=6):
    return f"{pre}{rs(r, string.digits, n)}"

def acct(r, style=None):
    return fill(r, r.choice(["##########", "####-####-##", "### ### ####", "#########-#", "########", "##-####-####", "#### #### ####", "@@#########"]) if style is None else style)

def dl(r, cc, st=None):
    if cc == "US":
        st = st or "CA"
        return fill(r, {"CA": "@#######", "NY": "### ### ###", "TX": "########", "FL": "@###-###-##-###-#", "IL": "@###-####-####",
                        "WA": "WDL*******##", "PA": "## ### ###", "OH": "@@######", "MI": "@ ### ### ### ###",
                        "GA": "#########", "AZ": "@########", "MA": "S########", "CO": "##-###-####", "NJ": "@#### ##### #####"}.get(st, "@#######"))
    if cc == "GB":
        return fill(r, "@@@@@^##^#@@9@@").replace("9", str(r.randint(0, 9)))
    if cc == "CA":
        return fill(r, "@####-#####-#####")
    if cc == "AU":
        return fill(r, "########")
    return fill(r, "@@#######")

# --------------------------------------------------------------------------- secrets
B64 = string.ascii_letters + string.digits + "+/"

def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")

def aws_key(r):
    return "AKIA" + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)

def aws_secret(r):
    return rs(r, B64, 40)

def gh_token(r):
    return r.choice(["ghp_" + rs(r, ALNUM, 36), "github_pat_11" + rs(r, UALNUM, 20) + "_" + rs(r, ALNUM, 59),
                     "gho_" + rs(r, ALNUM, 36), "ghs_" + rs(r, ALNUM, 36)])

def slack_token(r):
    if r.random() < .6:
        return f"xoxb-{rs(r, string.digits, r.randint(10, 12))}-{rs(r, string.digits, 13)}-{rs(r, ALNUM, 24)}"
    return f"xoxp-{rs(r, string.digits, 11)}-{rs(r, string.digits, 12)}-{rs(r, string.digits, 13)}-{hexs(r, 32)}"

def stripe_key(r):
    return r.choice(["sk_live_", "sk_live_", "rk_live_"]) + "51" + rs(r, ALNUM, r.choice([22, 56, 97]))

def jwt(r, iss="https://auth.example-portal.com/"):
    h = {"alg": r.choice(["HS256", "ES256"]), "typ": "JWT"}
    if r.random() < .5:
        h["kid"] = hexs(r, 16)
    now = r.randint(1650000000, 1790000000)
    p = {"sub": r.choice([uuid_(r), str(r.randint(10000, 999999))]), "iss": iss, "iat": now, "exp": now + r.choice([900, 3600, 86400]),
         "scope": r.choice(["billing:read", "meter:read meter:write", "tenant.portal", "service-requests:write"])}
    sig = bytes(r.getrandbits(8) for _ in range(32 if h["alg"] == "HS256" else 64))
    return ".".join([b64u(json.dumps(h, separators=(",", ":")).encode()), b64u(json.dumps(p, separators=(",", ":")).encode()), b64u(sig)])

def pem(r):
    kind = r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    pre = {"RSA PRIVATE KEY": "MIIEowIBAAKCAQEA", "PRIVATE KEY": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ",
           "EC PRIVATE KEY": "MHcCAQEEI", "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAA"}[kind]
    nl = 3 if kind == "EC PRIVATE KEY" else r.randint(5, 9)
    body = pre + rs(r, B64, 64 * nl - len(pre) - r.randint(0, 30))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + ("=" if r.random() < .3 else "") + f"\n-----END {kind}-----"

WORDS = L("Maple Harbor Tulip Kestrel Winter Bluebird Granite Lantern Cobalt Orchard Saffron Falcon Juniper Marble Thistle Willow Copper Meadow Sparrow Ember")

def password(r):
    return r.choice([lambda: f"{r.choice(WORDS)}{r.choice('!#$%&*@')}{r.choice(WORDS)}{r.randint(1, 99)}",
                     lambda: f"{r.choice(WORDS)}{r.randint(2018, 2026)}{r.choice('!?#$')}",
                     lambda: rs(r, ALNUM + "!#$%&*@^", r.randint(12, 18)),
                     lambda: f"{r.choice(WORDS).lower()}-{r.choice(WORDS).lower()}-{r.randint(10, 99)}",
                     lambda: rs(r, ALNUM, 10) + r.choice("!#$%")])()

def generic_secret(r):
    return r.choice([lambda: "whsec_" + rs(r, ALNUM, 32), lambda: "SG." + rs(r, ALNUM + "-_", 22) + "." + rs(r, ALNUM + "-_", 43),
                     lambda: hexs(r, 32), lambda: "AIza" + rs(r, ALNUM + "-_", 35), lambda: "key-" + hexs(r, 32),
                     lambda: rs(r, ALNUM + "-_", 40), lambda: hexs(r, 64)])()

def ip4(r, public=False):
    if public:
        return f"{r.choice([81, 86, 92, 109, 151, 176, 185, 203, 67, 73, 24, 98])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    return r.choice([lambda: f"{r.choice([81, 86, 92, 109, 151, 176, 185, 203, 198, 67, 73, 24, 98, 172, 212])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     lambda: f"10.{r.randint(0, 40)}.{r.randint(0, 255)}.{r.randint(2, 254)}", lambda: f"192.168.{r.randint(0, 10)}.{r.randint(2, 254)}"])()

def ip6(r):
    return f"{r.choice(['2a02', '2001', '2600', '2a01', '2804'])}:{hexs(r, 4).lstrip('0') or '0'}:{hexs(r, 4).lstrip('0') or '0'}" + r.choice(["::", f"::{hexs(r, 3)}", f":{hexs(r, 4)}::1"])

def rfc_date(r):
    d = rdate(r)
    return f"{d.strftime('%a, %d %b %Y')} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} {r.choice(['+0000', '-0500', '+0100', '+0200', '-0800'])}"

def logts(r, style=None):
    d = rdate(r)
    h, m, s = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    return [f"{d.isoformat()}T{h:02d}:{m:02d}:{s:02d}.{r.randint(0, 999):03d}Z", f"{d.isoformat()} {h:02d}:{m:02d}:{s:02d}",
            f"{d.strftime('%d/%b/%Y')}:{h:02d}:{m:02d}:{s:02d} +0000"][style if style is not None else r.randint(0, 1)]

class Clock:
    """Monotonic log clock (log-line timestamps are hard negatives)."""

    def __init__(self, r):
        self.r = r
        self.t = dt.datetime.combine(rdate(r), dt.time(r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)))

    def __call__(self, style=0):
        self.t += dt.timedelta(seconds=self.r.randint(1, 900), milliseconds=self.r.randint(0, 999))
        t = self.t
        return [t.isoformat(timespec="milliseconds") + "Z", t.strftime("%Y-%m-%d %H:%M:%S"), t.strftime("%d/%b/%Y:%H:%M:%S +0000")][style]

class X:
    """Per-document context: country, language and value factories."""

    def __init__(self, r, cc):
        self.r, self.cc, self.c = r, cc, CT[cc]
        self.lang = self.c["lang"]
        self.sty = (r.randrange(12), r.randrange(12), r.random())

    def person(self, cul=None):
        return P(self.r, cul or wpick(self.r, self.c["mix"]))

    def addr(self, cc=None):
        return Addr(self.r, cc or self.cc)

    def ph(self, intl=None, tf=False):
        return phone(self.r, self.cc, intl, tf)

    def d(self, d=None, wd=None, numeric=False, y0=2019, y1=2026):
        return dfmt(self.r, d or rdate(self.r, y0, y1), self.lang, wd, numeric, self.sty)

    def dob(self, numeric=False):
        return dfmt(self.r, rdob(self.r), self.lang, False, numeric, self.sty)

    def dtm(self, d=None):
        return dtfmt(self.r, d or rdate(self.r), self.lang, self.sty)

    def t(self):
        return tfmt(self.r, *rhm(self.r), self.lang)

    def money(self, lo, hi):
        return money(self.r, self.r.uniform(lo, hi), self.cc)

    def email(self, p, dom=None):
        return email(self.r, p, self.cc, dom)

    def city(self):
        return self.r.choice(self.c["cities"])[0]

def oemail(r, dom, boxes=("info", "billing", "customerservice", "support", "leasing", "office", "hello", "noreply")):
    return f"{r.choice(boxes)}@{dom}"

def dsty(r, lang):
    """A fixed numeric date style for one table."""
    return r.choice({"en": ["%m/%d/%Y", "%Y-%m-%d", "%m/%d/%y"], "gb": ["%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d", "%d %b %Y"]}.get(lang, ["%d.%m.%Y"]))

def dear(r, p, lang):
    h = hon(r, p, lang)
    if lang in ("en", "gb"):
        return r.choice([["Dear ", h, " ", (p.s, PER), ",\n\n"], ["Dear ", (p.full, PER), ",\n\n"], ["Dear ", (p.g, PER), ",\n\n"]])
    return {"de": [f"Sehr geehrte{'r' if p.sex == 'm' else ''} {h} ", (p.s, PER), ",\n\n"],
            "fr": [("Monsieur" if p.sex == "m" else "Madame") + ",\n\n"],
            "es": [f"Estimad{'o' if p.sex == 'm' else 'a'} {h} ", (p.s, PER), ":\n\n"],
            "it": [f"Gentil{'e' if p.sex == 'm' else 'issima'} {h} ", (p.s, PER), ",\n\n"],
            "pt": [f"Exm{'o' if p.sex == 'm' else 'a'}. {'Senhor' if p.sex == 'm' else 'Senhora'},\n\n"],
            "nl": [f"Geachte {'heer' if p.sex == 'm' else 'mevrouw'} ", (p.s, PER), ",\n\n"],
            "pl": [f"Szanown{'y Panie' if p.sex == 'm' else 'a Pani'},\n\n"],
            "sv": ["Hej ", (p.g, PER), "!\n\n"], "da": ["Kære ", (p.g, PER), "\n\n"], "no": ["Hei ", (p.g, PER), ",\n\n"],
            "fi": ["Hyvä ", (p.full, PER), ",\n\n"], "cs": [f"Vážen{'ý pane' if p.sex == 'm' else 'á paní'} ", (p.s, PER), ",\n\n"],
            "tr": ["Sayın ", (p.full, PER), ",\n\n"]}[lang]

KINDS = []

def kind(cat):
    def deco(fn):
        KINDS.append((fn.__name__[2:], cat, fn))
        return fn
    return deco

EN5 = ["US", "US", "US", "US", "GB", "GB", "CA", "AU", "IE"]

# =========================================================================== English kinds
@kind("en")
def k_lease_us(r):
    x, b = X(r, r.choice(["US"] * 4 + ["CA"])), B()
    ten = [x.person() for _ in range(r.choice([1, 1, 2, 2, 3]))]
    a, (pm, dom) = x.addr(), org(r, "pm")
    d0 = rdate(r, 2019, 2025)
    b.w(r.choice(["RESIDENTIAL LEASE AGREEMENT", "Residential Lease Agreement", "RESIDENTIAL LEASE"]), "\n\n",
        "This Lease is entered into on ", (x.d(d0 - dt.timedelta(days=r.randint(3, 30))), DT), " by and between ")
    landlord = None
    if r.random() < .5:
        b.w(pm, ' ("Landlord"), as managing agent for the owner, and ')
    else:
        landlord = x.person()
        b.w((landlord.full, PER), ' ("Landlord") and ')
    b.w(join_people(ten, r, style=lambda p: p.full), ' (collectively, "Tenant").\n\n',
        "1. PREMISES. Landlord leases to Tenant the dwelling located at ", (a.one(), ADR),
        r.choice([' (the "Premises").', f", together with parking space no. {r.randint(1, 120)}.", f" and storage locker {fill(r, '@-##')}."]), "\n",
        "2. TERM. The term begins on ", (x.d(d0), DT), " and ends on ", (x.d(d0 + dt.timedelta(days=r.choice([364, 365, 182, 729]))), DT),
        ", and continues month-to-month thereafter unless either party gives 30 days' written notice.\n",
        f"3. RENT. Tenant shall pay {x.money(900, 3400)} per month in advance on the 1st day of each month. A late charge of {x.money(25, 95)} "
        f"applies if rent is not received by the {r.choice(['3rd', '5th'])}. Rent may be paid at ", (url(r, dom, ["resident/pay", "portal/login", "payments"]), URL),
        " or by check payable to ", pm if landlord is None else (landlord.full, PER), ".\n",
        f"4. SECURITY DEPOSIT. {x.money(500, 4000)}, refundable per state law within 21 days after surrender of the Premises.\n",
        "5. UTILITIES. Tenant shall transfer electricity and internet into Tenant's name by the commencement date. Water, sewer and trash are billed back monthly.\n")
    occ = r.random() < .5
    if occ:
        kid = x.person()
        b.w("6. OCCUPANTS. The Premises shall be occupied only by Tenant and ", (kid.g + " " + ten[0].s, PER), " (minor, born ", (x.dob(), DOB), ").\n")
    na = x.addr()
    b.w(f"{7 if occ else 6}. NOTICES. Notices to Landlord shall be sent to ", pm if landlord is None else (landlord.full, PER), ", ", (na.one(), ADR),
        ", tel. ", (x.ph(), PH), ", e-mail ", (oemail(r, dom) if landlord is None else x.email(landlord), EM), ".\n\n")
    for p in ten:
        b.w("TENANT: ________________________  ", (p.full, PER), "    Date: ", (x.d(d0 - dt.timedelta(days=r.randint(1, 20))), DT), "\n")
    return b

@kind("en")
def k_tenancy_uk(r):
    x, b = X(r, "GB"), B()
    ll, ten, a = x.person(), [x.person() for _ in range(r.choice([1, 2]))], x.addr()
    d0 = rdate(r, 2019, 2025)
    b.w("ASSURED SHORTHOLD TENANCY AGREEMENT\nfor letting a furnished/unfurnished dwelling house under Part I of the Housing Act 1988\n\n",
        "Date of Agreement: ", (x.d(d0 - dt.timedelta(days=r.randint(2, 20))), DT), "\n\n",
        "THE LANDLORD: ", (ll.full, PER), " of ", (x.addr().one(), ADR), "\n")
    if r.random() < .5:
        pm, dom = org(r, "pm")
        b.w("c/o ", pm, ", tel ", (x.ph(), PH), ", ", (oemail(r, dom, ("lettings", "propertymanagement", "office")), EM), "\n")
    b.w("THE TENANT(S): ", join_people(ten, r, style=lambda p: p.full), "\n", "THE PROPERTY: ", (a.one(), ADR), "\n",
        f"THE TERM: {r.choice([6, 12, 12, 24])} months commencing on ", (x.d(d0), DT), "\n",
        f"THE RENT: {x.money(550, 2400)} per calendar month payable in advance on the {ordinal(r.randint(1, 28))} day of each month\n",
        f"THE DEPOSIT: {x.money(600, 2800)} to be protected with the Tenancy Deposit Scheme (certificate {fill(r, 'TDS-#######')})\n\n",
        "Rent shall be paid by standing order to: Account name: ", (ll.full, PER), f"  Sort code: {fill(r, '##-##-##')}  Account no: ",
        (fill(r, "########"), ACC), "\n\n",
        "For repairs please contact the Landlord on ", (x.ph(), PH), r.choice(["", " (out of hours: "]))
    if b.parts[-1].endswith(": "):
        b.w((x.ph(), PH), ")")
    b.w(". The Tenant agrees not to keep any pets at the Property without prior written consent.\n\n",
        "SIGNED by the Landlord ............................  ", (ll.full.upper(), PER), "\n")
    for p in ten:
        b.w("SIGNED by the Tenant ..............................  ", (p.full.upper(), PER), "  Date of birth: " if r.random() < .4 else "")
        if b.parts[-1].startswith("  Date of birth"):
            b.w((x.dob(), DOB))
        b.w("\n")
    return b

@kind("en")
def k_rent_ledger(r):
    x, b = X(r, r.choice(["US", "US", "CA", "GB", "AU"])), B()
    pm, dom = org(r, "pm")
    p, a = x.person(), x.addr()
    sty = dsty(r, x.lang)
    d = rdate(r, 2020, 2025).replace(day=1)
    b.w(pm, "\n", r.choice(["Resident Ledger", "TENANT LEDGER", "Tenant Statement of Account"]), "\n\n",
        "Resident: ", (p.nm(r), PER), "    ", r.choice(["Tenant ID", "Account", "Resident Code"]), ": ", (fill(r, r.choice(["t00#####", "#######", "R-######"])), ACC), "\n",
        "Unit: ", (a.one(), ADR), "\n", "Lease: ", (x.d(d - dt.timedelta(days=r.randint(30, 700)), numeric=True), DT), " - ",
        (x.d(d + dt.timedelta(days=r.randint(100, 400)), numeric=True), DT), "    Phone: ", (x.ph(), PH), "\n\n",
        f"{'Date':<12}{'Code':<8}{'Description':<30}{'Charge':>10}{'Payment':>10}{'Balance':>10}\n")
    bal, rent = 0.0, round(r.uniform(700, 2600), 0)
    rows = []
    for _ in range(r.randint(2, 4)):
        rows.append((d, "rent", f"Rent - {d.strftime('%b %Y')}", rent, 0))
        if r.random() < .3:
            rows.append((d + dt.timedelta(days=r.randint(1, 5)), r.choice(["util", "pet"]), r.choice(["Water/Sewer/Trash", "Pet rent"]), round(r.uniform(25, 140), 2), 0))
        late = r.random() < .3
        if late:
            rows.append((d + dt.timedelta(days=5), "late", "Late fee", round(r.uniform(25, 90), 2), 0))
        pay = rent if r.random() < .75 else round(r.uniform(100, rent), 2)
        rows.append((d + dt.timedelta(days=r.randint(6, 12) if late else r.randint(0, 4)), "pay",
                     f"Payment - {r.choice(['ACH', 'Check', 'Card', 'Money order'])} #{r.randint(1000, 99999)}", 0, pay))
        if r.random() < .08:
            rows.append((d + dt.timedelta(days=14), "nsf", "NSF fee - returned item", 35.0, 0))
        d = (d + dt.timedelta(days=32)).replace(day=1)
    for dd, c, desc, ch, pay in sorted(rows, key=lambda x_: x_[0]):
        bal = round(bal + ch - pay, 2)
        b.w((dd.strftime(sty), DT), " " * max(1, 12 - len(dd.strftime(sty))), f"{c:<8}{desc:<30}{(f'{ch:,.2f}' if ch else ''):>10}{(f'{pay:,.2f}' if pay else ''):>10}{bal:>10,.2f}\n")
    b.w(f"\nBalance due: {x.money(bal, bal) if bal > 0 else x.money(0, 0)}   (run #{r.randint(100000, 999999)}, {version(r)})\n")
    return b

@kind("en")
def k_pay_or_quit(r):
    x, b = X(r, "US"), B()
    ten, a = [x.person() for _ in range(r.choice([1, 2]))], x.addr()
    st = a.region
    days = r.choice(["THREE", "THREE", "FIVE", "FOURTEEN", "TEN"])
    b.w(f"{days}-DAY NOTICE TO PAY RENT OR QUIT\n\n", "TO: ", join_people(ten, r, style=lambda p: p.full.upper()),
        ", and all other tenants, subtenants and occupants in possession of the premises located at:\n\n", (a.block(r), ADR), "\n\n",
        "PLEASE TAKE NOTICE that the rent on the above-described premises is now due and unpaid in the total amount of ")
    d0 = rdate(r, 2020, 2025).replace(day=1)
    tot = 0
    rows = []
    for i in range(r.choice([1, 1, 2, 3])):
        m0 = (d0 + dt.timedelta(days=31 * i)).replace(day=1)
        m1 = (m0 + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        amt = round(r.uniform(600, 2500), 2)
        tot += amt
        rows.append((m0, m1, amt))
    b.w(f"${tot:,.2f}, for the following period(s):\n")
    sty = dsty(r, "en")
    for m0, m1, amt in rows:
        b.w("    ", (m0.strftime(sty), DT), " through ", (m1.strftime(sty), DT), f"    ${amt:,.2f}\n")
    b.w(f"\nWithin {days.lower()} ({ {'THREE': 3, 'FIVE': 5, 'TEN': 10, 'FOURTEEN': 14}[days]}) days after service of this notice you are required to pay the rent in full "
        "or to vacate and deliver up possession of the premises. If you fail to do so, legal proceedings for unlawful detainer will be instituted against you.\n\n")
    ag = x.person()
    b.w("Payment shall be made to ", (ag.full, PER), " at ", (x.addr().one(), ADR), ", telephone ", (x.ph(), PH),
        ". Payments in person are accepted between ", ("9:00 AM", DT), " and ", ("5:00 PM", DT), " on business days.")
    if r.random() < .5:
        b.w(" Payment may also be deposited to account no. ", (acct(r), ACC), f" at {r.choice(ORGS['bank'])} (routing {fill(r, '0#######')}).")
    b.w("\n\nDated: ", (x.d(), DT), "\n\n______________________________\n", (ag.full, PER), ", Owner/Agent\n\nPROOF OF SERVICE\nI, ",
        ((s := x.person()).full, PER), ", served this notice on ", (x.dtm(), DT), " by ",
        r.choice(["personal delivery to the tenant.", "posting a copy on the front door and mailing a copy by first-class mail.", "substituted service on a person of suitable age."]), "\n")
    return b

@kind("en")
def k_section21(r):
    x, b = X(r, "GB"), B()
    ten, a, ll = [x.person() for _ in range(r.choice([1, 2]))], x.addr(), x.person()
    b.w("Form 6A\nNotice seeking possession of a property let on an Assured Shorthold Tenancy\nHousing Act 1988 section 21(1) and (4) as amended\n\n",
        "1. To: ", join_people(ten, r, style=lambda p: p.full), "\n\nAddress of premises:\n", (a.block(r), ADR), "\n\n",
        "2. You are required to leave the above address after ", (x.d(rdate(r, 2020, 2026)), DT),
        ". If you do not leave, your landlord may apply to the court for an order under section 21(1) or (4) of the Housing Act 1988 requiring you to give up possession.\n\n",
        "3. Name and address of landlord:\n", (ll.full, PER), "\n", (x.addr().block(r), ADR), "\n")
    if r.random() < .7:
        b.w("Telephone: ", (x.ph(), PH), "\n")
    if r.random() < .6:
        b.w("Email: ", (x.email(ll), EM), "\n")
    b.w("\n4. Signed: ", (ll.full, PER) if r.random() < .6 else ((ag := x.person()).full, PER), " (landlord/agent)\nDate: ", (x.d(), DT), "\n\n",
        f"Deposit protection reference: {fill(r, '@@-######')}  How to rent guide provided: Yes\n",
        "Guidance for tenants: ", ("https://www.gov.uk/private-renting-evictions", URL), "\n")
    return b

@kind("en")
def k_grant_deed(r):
    x, b = X(r, "US"), B()
    a = x.addr()
    grantors, grantees = [x.person() for _ in range(r.choice([1, 2]))], [x.person() for _ in range(r.choice([1, 2]))]
    b.w("RECORDING REQUESTED BY\n", r.choice(["Pacific Coast Title Company", "First Meridian Title", "Old Republic-style Title Co.", "Cornerstone Escrow Services"]),
        "\n\nAND WHEN RECORDED MAIL TO:\n", (grantees[0].full.upper(), PER), "\n", (x.addr().block(r).upper(), ADR), "\n\n",
        f"APN: {fill(r, '###-####-###-##')}          Escrow No.: {fill(r, '##-######-@@')}\n", "SPACE ABOVE THIS LINE FOR RECORDER'S USE\n\n",
        r.choice(["GRANT DEED", "WARRANTY DEED", "QUITCLAIM DEED"]), "\n\n",
        f"The undersigned grantor(s) declare(s): Documentary transfer tax is {x.money(100, 4000)} computed on full value of property conveyed.\n\n",
        "FOR A VALUABLE CONSIDERATION, receipt of which is hereby acknowledged, ", join_people(grantors, r, style=lambda p: p.full.upper()),
        r.choice([", husband and wife as community property,", ", a single person,", ", as Trustee of the family trust,", ""]),
        " hereby GRANT(S) to ", join_people(grantees, r, style=lambda p: p.full.upper()), r.choice([", as joint tenants,", ", a married couple,", ""]),
        " the following described real property in the City of ", (a.city, LOC), ", State of ", (US_STATES[a.region], LOC), ":\n\n",
        f"LOT {r.randint(1, 90)} OF TRACT NO. {r.randint(1000, 99999)}, AS PER MAP RECORDED IN BOOK {r.randint(10, 400)} PAGES {r.randint(1, 60)} "
        "OF MAPS, IN THE OFFICE OF THE COUNTY RECORDER.\n\nCommonly known as: ", (a.one(), ADR), "\n\nDated: ", (x.d(), DT), "\n\n")
    notary = x.person()
    b.w("A notary public or other officer completing this certificate verifies only the identity of the individual who signed the document.\n",
        "State of ", (US_STATES[a.region], LOC), "\nOn ", (x.d(), DT), " before me, ", (notary.full, PER), ", Notary Public, personally appeared ",
        join_people(grantors, r, style=lambda p: p.full), ", who proved to me on the basis of satisfactory evidence to be the person(s) whose name(s) is/are subscribed.\n",
        f"WITNESS my hand and official seal.   Commission # {r.randint(1000000, 2999999)}   My commission expires: ", (x.d(), DT), "\n\n",
        "MAIL TAX STATEMENTS TO: ", (grantees[-1].full, PER), ", ", (a.one(), ADR), "\n")
    return b

@kind("en")
def k_land_registry(r):
    x, b = X(r, "GB"), B()
    a, props = x.addr(), [x.person() for _ in range(r.choice([1, 2]))]
    d0 = rdate(r, 2000, 2023)
    ed = (d0.strftime("%d.%m.%Y"), DT)
    b.w("Official copy of register of title\n\n", f"Title number {fill(r, r.choice(['@@@######', '@@######', 'NGL######']))}    Edition date ", ed, "\n\n",
        "- This official copy shows the entries on the register of title on ", (x.dtm(rdate(r, 2023, 2026)), DT), ".\n",
        "- This date must be quoted as the \"search from date\" in any official search application based on this copy.\n\n",
        "A: Property Register\nThis register describes the land and estate comprised in the title.\n",
        "1 (", ed, f") The {r.choice(['Freehold', 'Leasehold'])} land shown edged with red on the plan of the above Title filed at the Registry and being ",
        (a.one(), ADR), ".\n\nB: Proprietorship Register\nTitle absolute\n", "1 (", ed, ") PROPRIETOR: ",
        join_people(props, r, style=lambda p: p.full.upper()), " of ", (a.one().upper() if r.random() < .5 else x.addr().one(), ADR), ".\n",
        "2 (", ed, ") The price stated to have been paid on ", (x.d(d0 - dt.timedelta(days=r.randint(10, 60))), DT),
        f" was {x.money(95000, 890000).split('.')[0]}.\n\nC: Charges Register\n",
        "1 (", ed, ") REGISTERED CHARGE dated ", (x.d(d0), DT), ".\n",
        "2 (", ed, f") Proprietor: {r.choice(['NATIONWIDE BUILDING SOCIETY', 'BARCLAYS BANK UK PLC', 'HALIFAX PLC', 'SANTANDER UK PLC'])} (Co. Regn. No. {fill(r, '0######')}) of ",
        (x.addr().one(), ADR), ".\n\nEnd of register\n")
    return b

@kind("en")
def k_mortgage_stmt(r):
    x, b = X(r, "US"), B()
    bank, dom = org(r, "bank")
    bor, a = [x.person() for _ in range(r.choice([1, 2]))], x.addr()
    sd = rdate(r, 2020, 2026)
    due = sd + dt.timedelta(days=r.randint(14, 25))
    po = x.addr()
    b.w(bank, "\n", (f"PO Box {r.randint(1000, 99999)}, {po.cityline()}", ADR), "\nCustomer Service: ", (x.ph(tf=True), PH), "\n",
        (url(r, dom, ["myloan", "account/login", "mortgage/pay"]), URL), "\n\nMORTGAGE STATEMENT        Statement Date: ", (x.d(sd, numeric=True), DT), "\n\n",
        join_people(bor, r, sep_last=" & ", style=lambda p: p.full.upper()), "\n", (a.block(r).upper(), ADR), "\n\n",
        "Account Number: ", (fill(r, r.choice(["##########", "00########", "#### #### ##"])), ACC), "\n",
        "Payment Due Date: ", (x.d(due, numeric=True), DT), "\n", f"Amount Due: {x.money(800, 4200)}\n",
        "If payment is received after ", (x.d(due + dt.timedelta(days=15), numeric=True), DT), f", a {x.money(35, 120)} late fee will be charged.\n\n",
        "Property Address: ", (a.one(), ADR), "\n", f"Outstanding Principal: {x.money(60000, 680000)}\nInterest Rate (fixed): {r.uniform(2.5, 7.9):.3f}%\n",
        f"Prepayment Penalty: No\n\nExplanation of Amount Due\n  Principal            {x.money(200, 1500)}\n  Interest             {x.money(300, 2500)}\n",
        f"  Escrow (Taxes/Ins.)  {x.money(150, 900)}\n\nEscrow disbursement: Hazard insurance policy {fill(r, '@@@-#######')} paid to {r.choice(['Allstate', 'State Farm', 'Liberty Mutual', 'Travelers'])}\n",
        f"NMLS ID {r.randint(1000, 999999)}   Loan type: Conventional 30-yr fixed   Investor loan # {fill(r, '#########')}\n")
    return b

@kind("en")
def k_power_bill(r):
    x, b = X(r, r.choice(EN5)), B()
    co, dom = org(r, "power")
    p, a = x.person(), x.addr()
    d1 = rdate(r, 2020, 2026)
    d0 = d1 - dt.timedelta(days=r.randint(28, 92))
    prev, use = r.randint(1000, 90000), r.randint(150, 2400)
    b.w(co, "\n", r.choice(["Your electricity bill", "ELECTRICITY STATEMENT", "Tax Invoice - Electricity", "Energy Statement"]), "\n\n",
        r.choice(["Account number", "Account No.", "Customer account"]), ": ", (acct(r), ACC), f"    Invoice no: {fill(r, 'INV-########')}\n",
        "Bill date: ", (x.d(d1 + dt.timedelta(days=2)), DT), "\n\n", (p.nm(r), PER), "\n", (a.block(r), ADR), "\n\n")
    if x.cc == "GB":
        b.w(f"Supply number (MPAN): S 0{r.randint(1, 8)} 8{r.randint(0, 9)}{r.randint(0, 9)} {fill(r, '###')} {fill(r, '## #### #### ###')}\n")
    elif x.cc == "AU":
        b.w(f"NMI: {fill(r, '41#########')}   Meter: {fill(r, '#######')}\n")
    elif x.cc == "IE":
        b.w(f"MPRN: {fill(r, '10#########')}   Meter no: {fill(r, '########')}\n")
    else:
        b.w(f"Rate schedule: {r.choice(['E-1', 'RS-1', 'R-TOU', 'Residential 01'])}   Meter: {fill(r, '@@########')}\n")
    b.w("Billing period: ", (x.d(d0, numeric=True), DT), " to ", (x.d(d1, numeric=True), DT), f" ({(d1 - d0).days} days)\n",
        f"Previous reading {prev:>7} (A)   Current reading {prev + use:>7} ({r.choice('AE')})   Usage {use} kWh\n\n",
        f"Standing charge  {(d1 - d0).days} days @ {r.uniform(20, 60):.2f}p/day\nEnergy  {use} kWh @ {r.uniform(9, 35):.3f}\n",
        f"{r.choice(['VAT @ 5%', 'GST', 'State tax', 'Fuel adjustment'])}  {x.money(2, 40)}\nTotal amount due  {x.money(40, 620)}\n\n",
        "Due date: ", (x.d(d1 + dt.timedelta(days=r.randint(14, 24))), DT), "\n")
    if r.random() < .5:
        b.w("Pay online at ", (url(r, dom, ["pay", "account/bills", "billpay"]), URL), " or call ", (x.ph(tf=True), PH), ".\n")
    else:
        b.w("Your Direct Debit will be collected on or just after ", (x.d(d1 + dt.timedelta(days=r.randint(7, 14))), DT), ".\n")
    b.w("Power cut or emergency? Call ", (x.ph(), PH), " (24 hours).\n")
    return b

@kind("en")
def k_water_bill(r):
    x, b = X(r, r.choice(["US", "US", "CA", "AU"])), B()
    co, dom = org(r, "water")
    p, a = x.person(), x.addr()
    sty, d1 = dsty(r, x.lang), rdate(r, 2020, 2026)
    d0 = d1 - dt.timedelta(days=r.choice([30, 31, 60, 61, 91]))
    an = fill(r, r.choice(["######-###", "###-####-##", "########"]))
    b.w(co, r.choice([" - Utility Billing", "\nCustomer Service Center"]), "\n", (x.ph(tf=r.random() < .5), PH), "  |  ", (oemail(r, dom), EM), "\n\n",
        f"{'ACCOUNT NUMBER':<18}{'BILL DATE':<14}{'DUE DATE':<14}AMOUNT DUE\n", (an, ACC), " " * (18 - len(an)), (d1.strftime(sty), DT), "    ",
        ((d1 + dt.timedelta(days=21)).strftime(sty), DT), f"    {x.money(45, 380)}\n\n", "Customer: ", (p.nm(r), PER), "\nService address: ", (a.line, ADR), "\n",
        f"Meter #: {fill(r, '########')}   Size: 5/8\"   Route {r.randint(1, 60)}-{r.randint(100, 999)}\n\n",
        f"{'Service':<22}{'Prev read':<12}{'Curr read':<12}{'Usage':<10}\n")
    pr = r.randint(1000, 80000)
    u = r.randint(3, 40)
    b.w(f"{'Water':<22}{pr:<12}{pr + u:<12}{u} {r.choice(['CCF', 'kgal', 'kL'])}\n", "Read dates: ", (d0.strftime(sty), DT), " - ", (d1.strftime(sty), DT), "\n\n",
        f"Water base charge         {x.money(8, 30)}\nWater usage               {x.money(10, 150)}\nSewer                     {x.money(10, 120)}\n"
        f"Stormwater                {x.money(3, 15)}\nSolid waste               {x.money(15, 40)}\n\n",
        "A 10% penalty is added to balances unpaid after the due date. Pay at ", (url(r, dom, ["billpay", "utilities/pay", "ebill"]), URL), ".\n\n",
        "--- RETURN THIS PORTION WITH YOUR PAYMENT ---\nAccount: ", (an, ACC), "   Name: ", (p.full.upper(), PER), "\nRemit to: ",
        (f"PO Box {r.randint(100, 99999)}, {x.addr().cityline()}", ADR), "\n")
    return b

@kind("en")
def k_gas_bill(r):
    x, b = X(r, r.choice(["GB", "GB", "IE"])), B()
    co, dom = org(r, "gas")
    p, a = x.person(), x.addr()
    d1 = rdate(r, 2020, 2026)
    d0 = d1 - dt.timedelta(days=r.choice([30, 31, 91, 92]))
    m3 = r.randint(40, 600)
    b.w(co, "\nYour gas statement\n\n", hon(r, p, "gb"), " ", (p.full, PER), "\n", (a.block(r), ADR), "\n\n",
        "Account number: ", (fill(r, r.choice(["## ### ### ###", "##########", "8########"])), ACC), "\n", "Statement date: ", (x.d(d1), DT), "\n",
        f"{'MPRN' if x.cc == 'IE' else 'Meter point reference (MPRN)'}: {fill(r, '#########')}   Meter serial: {fill(r, 'E6S########')}\n\n",
        "Your gas use from ", (x.d(d0), DT), " to ", (x.d(d1), DT), "\n",
        f"  {m3} m3 x calorific value {r.uniform(38.5, 40.5):.1f} x volume correction 1.02264 / 3.6 = {int(m3 * 11.2)} kWh\n",
        f"  Unit rate {r.uniform(5, 12):.2f}p per kWh     {x.money(20, 400)}\n  Standing charge {(d1 - d0).days} days @ {r.uniform(26, 35):.2f}p   {x.money(8, 35)}\n",
        f"  VAT at 5%                     {x.money(1, 25)}\n\nTotal charges this period      {x.money(30, 460)}\n",
        f"Your tariff: {r.choice(['Standard Variable', 'Fixed Saver 12M v3', 'Flexible Octo-style', 'Eco Fix 2 Year'])}   Tariff ends: ",
        (x.d(d1 + dt.timedelta(days=r.randint(60, 700))), DT), "\n\n", "Smell gas? Call the National Gas Emergency number ", (x.ph(tf=True), PH), " immediately.\n",
        "Manage your account at ", (url(r, dom, ["account", "login", "meter-reading"]), URL), "\n")
    return b

@kind("en")
def k_broadband_bill(r):
    x, b = X(r, r.choice(EN5)), B()
    co, dom = org(r, "isp")
    p, a = x.person(), x.addr()
    d1 = rdate(r, 2020, 2026)
    b.w(co, "  -  ", r.choice(["Monthly bill", "Your statement", "INVOICE"]), "\n\n", (p.nm(r), PER), "\n", (a.block(r), ADR), "\n\n",
        "Account number: ", (fill(r, r.choice(["#########", "@@#######", "###-###-####"])), ACC), f"   Invoice {fill(r, '##########')}\n",
        "Statement date: ", (x.d(d1), DT), "   Due: ", (x.d(d1 + dt.timedelta(days=14)), DT), "\n\n",
        f"Plan: {r.choice(['Fibre 500', 'Fiber 1 Gig', 'FTTP 300/50', 'Cable 250', 'Business Fibre 900'])} ({r.choice(['24-month contract', 'no contract'])})   {x.money(25, 90)}\n",
        f"Static IP add-on  {x.money(4, 12)}\nRouter rental ({r.choice(['Hub 5', 'XB8', 'Fritz!Box 7590', 'eero 6+'])}, S/N {fill(r, '@@##########')})   {x.money(0, 10)}\n",
        f"Data used this period: {r.randint(80, 2400)} GB\n\nYour connection details\n  Static IPv4: ", (ip4(r, True), IP), "\n")
    if r.random() < .6:
        b.w("  IPv6 prefix: ", (ip6(r), IP), f"/{r.choice([48, 56, 64])}\n")
    b.w(f"  Router MAC: {':'.join(hexs(r, 2).upper() for _ in range(6))}\n  PPPoE username: {slug(p.s)[:6]}{r.randint(100, 999)}.{dom.split('.')[0][:5]}\n")
    if r.random() < .5:
        b.w("  PPPoE password: ", (password(r), PW), "\n")
    if r.random() < .5:
        b.w("\nEngineer visit booked: ", (x.dtm(d1 + dt.timedelta(days=r.randint(2, 20))), DT), ". Reference ", f"{fill(r, 'ENG-######')}.\n")
    b.w("\nHelp: ", (x.ph(tf=True), PH), "  ", (url(r, dom, ["help", "support/outages"]), URL), "\n")
    return b

@kind("en")
def k_disconnect(r):
    x, b = X(r, r.choice(["US", "US", "US", "CA"])), B()
    co, dom = org(r, r.choice(["power", "gas", "water"]))
    p, a = x.person(), x.addr()
    d = rdate(r, 2020, 2026)
    b.w(co, "\n\n", r.choice(["FINAL NOTICE - DISCONNECTION OF SERVICE", "SHUT-OFF NOTICE", "48-HOUR DISCONNECT NOTICE", "Notice of Termination of Utility Service"]), "\n\n",
        "Date of notice: ", (x.d(d), DT), "\n", "Account: ", (acct(r), ACC), "\n", (p.full.upper(), PER), "\n", (a.block(r), ADR), "\n\n",
        f"Your account is past due in the amount of {x.money(120, 1900)}. Unless payment or a payment arrangement is received, service at the address above is scheduled to be disconnected on or after ",
        (x.d(d + dt.timedelta(days=r.randint(5, 15)), wd=r.random() < .4), DT), ".\n\n",
        f"A reconnection fee of {x.money(25, 150)} and a deposit may be required to restore service. Reference {fill(r, 'DN-########')}.\n\n",
        "MEDICAL EMERGENCY: If a member of your household has a serious medical condition, a Medical Certificate signed by a licensed physician may postpone disconnection for up to 30 days.\n",
        "ENERGY ASSISTANCE: You may qualify for help through LIHEAP. Call ", (x.ph(tf=True), PH), ".\n\n", "To pay or arrange a payment plan call ",
        (x.ph(tf=r.random() < .5), PH), " or visit ", (url(r, dom, ["pay", "assistance", "payment-arrangement"]), URL), ".\n")
    return b

@kind("en")
def k_meter_csv(r):
    x, b = X(r, r.choice(["US", "GB", "AU", "CA", "IE"])), B()
    if r.random() < .6:
        b.w(f"# export=monthly_reads utility={slug(org(r, 'power')[0])} run_id={uuid_(r)} generated={logts(r, 0)}\n",
            "account_number,customer_name,service_address,meter_serial,read_date,register_kwh,read_type\n")
        for _ in range(r.randint(4, 9)):
            p, a = x.person(), x.addr()
            d = rdate(r, 2020, 2026)
            b.w((acct(r, "##########"), ACC), ",", ((p.lf if r.random() < .5 else p.full).upper(), PER) if r.random() < .9 else "", ",\"", (a.one(), ADR), "\",",
                fill(r, r.choice(["@@########", "E##@#####"])), ",", (d.isoformat(), DT), f",{r.randint(100, 99999)},{r.choice(['A', 'E', 'C', 'A'])}\n")
    else:
        p, a = x.person(), x.addr()
        mid = fill(r, "ELM-########")
        b.w(f"# interval export v{r.randint(2, 5)}.{r.randint(0, 9)} meter={mid} tz={r.choice(['America/Chicago', 'Europe/London', 'Australia/Sydney', 'America/Toronto'])}\n",
            "# account=", (acct(r, "##########"), ACC), " customer=", (p.full, PER), "\n# premise=\"", (a.one(), ADR), "\"\n",
            "meter_id,interval_start_epoch,interval_sec,kwh,quality\n")
        t = r.randint(1600000000, 1780000000) // 1800 * 1800
        for _ in range(r.randint(10, 24)):
            b.w(f"{mid},{t},1800,{r.uniform(0.05, 2.4):.3f},{r.choice(['V', 'V', 'V', 'E'])}\n")
            t += 1800
    return b

@kind("en")
def k_council_tax(r):
    x, b = X(r, "GB"), B()
    council = r.choice(["Northvale Borough Council", "Ashdown District Council", "Kingsmead Council", "Riverside Borough Council", "Greywell District Council"])
    dom = slug(council.split()[0]) + ".gov.uk"
    ps, a = [x.person() for _ in range(r.choice([1, 1, 2]))], x.addr()
    y = r.randint(2019, 2025)
    b.w(council, "\nRevenues Service\n\nCOUNCIL TAX BILL ", f"{y}/{(y + 1) % 100:02d}", "\n\n", join_people(ps, r, style=lambda p: f"{p.full}"), "\n", (a.block(r), ADR), "\n\n",
        "Account reference: ", (fill(r, r.choice(["########", "#########", "5#######"])), ACC), "\n", f"Property reference: {fill(r, '#########0000')}\n",
        "Date of bill: ", (x.d(dt.date(y, 3, r.randint(1, 20))), DT), "\n", "Property: ", (a.one(), ADR), f"    Valuation band: {r.choice('ABCDEFG')}\n\n",
        "Charge for the period ", (x.d(dt.date(y, 4, 1)), DT), " to ", (x.d(dt.date(y + 1, 3, 31)), DT), "\n",
        f"  Annual charge            {x.money(1100, 3100)}\n")
    if len(ps) == 1 and r.random() < .6:
        b.w(f"  Single person discount   -{x.money(250, 700)}\n")
    b.w(f"  Amount payable           {x.money(900, 3000)}\n\nInstalments due:\n")
    amt = x.money(90, 300)
    for i in range(r.choice([3, 4, 5])):
        b.w("  ", (x.d(dt.date(y, 4 + i, r.choice([1, 15]))), DT), f"   {amt}\n")
    b.w("\nPay online at ", (url(r, dom, ["counciltax/pay", "pay", "council-tax"], r.choice(['', 'www.'])), URL), " or by our 24-hour automated line ", (x.ph(tf=True), PH),
        ".\nQuestions: ", (f"counciltax@{dom}", EM), "\n")
    return b

@kind("en")
def k_property_tax(r):
    x, b = X(r, "US"), B()
    p, a, m = x.person(), x.addr(), x.addr()
    y = r.randint(2019, 2025)
    b.w(r.choice(["OFFICE OF THE TREASURER-TAX COLLECTOR", "COUNTY TAX ASSESSOR-COLLECTOR", "Department of Revenue - Real Estate Tax"]), "\n",
        f"SECURED PROPERTY TAX BILL   Fiscal year {y}-{y + 1}\n\n", f"Parcel number: {fill(r, '###-###-##')}    Tax rate area: {fill(r, '##-###')}    Bill no. {fill(r, '#######')}\n\n",
        "Owner of record:\n", (p.full.upper(), PER), "\n")
    if r.random() < .4:
        b.w(((q := x.person()).full.upper(), PER), "\n")
    b.w((m.block(r).upper(), ADR), "\n\nProperty location: ", (a.one(), ADR), "\n\n",
        f"Assessed value   Land {x.money(40000, 400000)}   Improvements {x.money(60000, 900000)}\nHomeowners' exemption  -{x.money(7000, 7000)}\n",
        f"1% general levy, voter-approved bonds, special assessments (flood control, mosquito abatement)\n\n",
        f"1ST INSTALLMENT {x.money(900, 9000)}  due ", (x.d(dt.date(y, 11, 1)), DT), ", delinquent after ", (x.d(dt.date(y, 12, 10)), DT), "\n",
        f"2ND INSTALLMENT {x.money(900, 9000)}  due ", (x.d(dt.date(y + 1, 2, 1)), DT), ", delinquent after ", (x.d(dt.date(y + 1, 4, 10)), DT), "\n\n",
        "Pay online: ", (url(r, f"{r.choice(['countytax', 'ttc', 'propertytax'])}.gov", ["pay", "secured", "eproptax"], r.choice(['', 'www.'])), URL), "   Questions: ", (x.ph(), PH), "\n")
    return b

@kind("en")
def k_hcv_application(r):
    x, b = X(r, "US"), B()
    ha = r.choice(ORGS["housing"])
    p, a = x.person(), x.addr()
    b.w(ha, "\nHOUSING CHOICE VOUCHER (SECTION 8) PRE-APPLICATION\n", f"Confirmation #: {fill(r, 'HCV-##-######')}\n\n",
        "HEAD OF HOUSEHOLD\nName (Last, First MI): ", (f"{p.s}, {p.g}" + (f" {p.mi}" if p.mi else ""), PER), "\n",
        "Date of birth: ", (x.dob(numeric=True), DOB), "    SSN: ", (ssn(r), SSN), "\n", "Phone: ", (x.ph(), PH), "    Email: ", (x.email(p), EM), "\n",
        "Street: ", (a.line, ADR), "\nCity: ", (a.city, LOC), "   State: ", (a.region, LOC), f"   ZIP: {a.pc}\n\nHOUSEHOLD MEMBERS\n")
    for i in range(r.randint(1, 3)):
        q = x.person() if r.random() < .3 else P(r, p.cul)
        q.s = p.s if r.random() < .7 else q.s
        rel = r.choice(['Spouse', 'Child', 'Child', 'Parent', 'Other adult'])
        b.w(f"{i + 2}. ", (q.full, PER), f"  {rel}  DOB ", (x.d(rdate(r, 2004, 2022), numeric=True, wd=False) if rel == "Child" else x.dob(numeric=True), DOB),
            "  SSN " + (f"XXX-XX-{r.randint(1000, 9999)}" if r.random() < .5 else ""))
        if b.parts[-1] == "  SSN ":
            b.w((ssn(r), SSN))
        b.w("\n")
    b.w(f"\nINCOME  Wages {x.money(400, 3000)}/mo   SSI {x.money(0, 950)}/mo   SNAP case {fill(r, '#########')}\n",
        "Medicaid member ID: ", (fill(r, r.choice(["@@#######@", "#########@", "##########"])), HPN), "\n",
        f"Preferences claimed: {r.choice(['Homeless', 'Veteran', 'Local resident', 'Elderly/disabled', 'None'])}\n",
        "Submitted online from IP ", (ip4(r), IP), "\n\nI certify that the information above is true.   Signature: ", (p.full, PER), "   Date: ", (x.d(numeric=True), DT), "\n")
    return b

@kind("en")
def k_housing_benefit(r):
    x, b = X(r, "GB"), B()
    p, a, ll = x.person(), x.addr(), x.person()
    b.w("HOUSING BENEFIT AND COUNCIL TAX REDUCTION CLAIM\n", f"Claim reference: HB/{fill(r, '#######')}\n\n",
        "PART 1 - ABOUT YOU\n", f"Title: {hon(r, p, 'gb')}\nSurname: ", (p.s, PER), "\nFirst names: ", (p.g, PER), "\nDate of birth: ", (x.dob(numeric=True), DOB), "\n",
        "Telephone: ", (x.ph(), PH), "\n")
    if r.random() < .6:
        b.w("Email: ", (x.email(p), EM), "\n")
    if r.random() < .5:
        q = x.person()
        b.w("\nYOUR PARTNER\nFull name: ", (q.full, PER), "\nDate of birth: ", (x.dob(numeric=True), DOB), "\n")
    b.w("\nPART 2 - YOUR HOME\nAddress: ", (a.one(), ADR), "\nDate you moved in: ", (x.d(), DT), "\n",
        f"Rent: {x.money(300, 1400)} per {r.choice(['month', 'week', 'four weeks'])}   Service charges: {x.money(0, 60)}\n",
        "Landlord or agent: ", (ll.full, PER), "\nLandlord address: ", (x.addr().one(), ADR), "\nLandlord phone: ", (x.ph(), PH), "\n\n",
        "PART 5 - BANK DETAILS\nName of account holder: ", (p.full, PER), f"\nSort code: {fill(r, '##-##-##')}\nAccount number: ", (fill(r, "########"), ACC), "\n\n",
        "DECLARATION  I understand that I must report changes. Signed: ", (p.full, PER), "  Date: ", (x.d(numeric=True), DT), "\n")
    return b

@kind("en")
def k_voter_record(r):
    x, b = X(r, "US"), B()
    p, a = x.person(), x.addr()
    b.w(r.choice(["BOARD OF ELECTIONS", "County Clerk - Elections Division", "Registrar of Voters"]), "\nVOTER REGISTRATION RECORD\n\n",
        f"Voter ID: {fill(r, r.choice(['###########', '@#########', '#########']))}    Status: {r.choice(['ACTIVE', 'ACTIVE', 'INACTIVE', 'PENDING'])}    Party: {r.choice(['DEM', 'REP', 'UNA', 'LIB', 'GRN', 'NPA'])}\n",
        "Name: ", (f"{p.s.upper()}, {p.g.upper()}" + (f" {p.mi}" if p.mi else ""), PER), "\n", "Residence address: ", (a.one(), ADR), "\n")
    if r.random() < .4:
        b.w("Mailing address: ", (f"PO Box {r.randint(10, 9999)}, {x.addr().cityline()}", ADR), "\n")
    b.w("Date of birth: ", (x.dob(numeric=True), DOB), "\n", "Registration date: ", (x.d(numeric=True), DT), "\n")
    if r.random() < .6:
        b.w("ID provided: Driver license ", (dl(r, "US", a.region), DL), f" ({a.region})\n")
    else:
        b.w(f"ID provided: SSN4 ***-**-{r.randint(1000, 9999)}\n")
    b.w(f"Precinct: {fill(r, '####')}   Congressional district: {r.randint(1, 14)}   State house: {r.randint(1, 120)}\n",
        "Polling place: ", r.choice(["Lincoln Elementary School gym", "Fire Station No. 9", "Grace Community Church hall", "Public Library - meeting room B"]), ", ",
        (x.addr().one(), ADR), "\n\nVoting history:\n")
    for y in sorted(r.sample(range(2016, 2025, 2), 3)):
        ed = dt.date(y, 11, 2)
        while ed.weekday() != 1:
            ed += dt.timedelta(days=1)
        b.w("  ", (x.d(ed, numeric=True), DT), f"  GENERAL   {r.choice(['POLLS', 'ABSENTEE', 'EARLY', 'MAIL'])}\n")
    if r.random() < .5:
        b.w("Phone: ", (x.ph(), PH), "\n")
    return b

@kind("en")
def k_parking_permit(r):
    x, b = X(r, r.choice(["GB", "GB", "US", "IE", "AU"])), B()
    p, a = x.person(), x.addr()
    d0 = rdate(r, 2020, 2026)
    dom = {"GB": "parking.northvale.gov.uk", "US": "permits.cityparking.gov", "IE": "parkingservices.gov.ie", "AU": "myparking.council.gov.au"}[x.cc]
    b.w("Parking Services\n\n", (p.nm(r), PER), "\n", (a.block(r), ADR), "\n\n", "Date: ", (x.d(d0), DT), "\n\n", dear(r, p, "gb" if x.lang == "gb" else "en"),
        f"Your application for a residents' parking permit for Zone {fill(r, '@#')} has been approved.\n\n",
        f"Permit number: {fill(r, 'RP-#######')}\nVehicle registration: {plate(r, x.cc)}   Make/model: {r.choice(['Toyota Yaris', 'Ford Focus', 'VW Golf', 'Honda Civic', 'Nissan Leaf', 'Kia Niro'])}\n",
        "Valid from: ", (x.d(d0 + dt.timedelta(days=1)), DT), "   Valid until: ", (x.d(d0 + dt.timedelta(days=365)), DT), "\n",
        f"Fee paid: {x.money(20, 180)} (card ending {r.randint(1000, 9999)})\n\n",
        "Your permit is virtual; you do not need to display anything in the vehicle. Manage your permit at ", (f"https://{dom}/account", URL), ".\n\n",
        "Parking Services - ", (x.ph(), PH), "\n")
    return b

@kind("en")
def k_pcn(r):
    x, b = X(r, r.choice(["GB", "GB", "US"])), B()
    p, a = x.person(), x.addr()
    d = rdate(r, 2020, 2026)
    if x.cc == "GB":
        b.w("PENALTY CHARGE NOTICE\nRegulation 10 - Traffic Management Act 2004\n\n", f"PCN number: {fill(r, '@@########')}\n", "Date of notice: ", (x.d(d + dt.timedelta(days=r.randint(0, 3))), DT), "\n\n")
    else:
        b.w("NOTICE OF PARKING VIOLATION\n\n", f"Citation No.: {fill(r, '#########')}   Officer badge {r.randint(100, 9999)}\n\n")
    b.w("Registered keeper: ", (p.full, PER), "\n", (a.block(r), ADR), "\n\n",
        f"Vehicle: {plate(r, x.cc)}   {r.choice(['Silver', 'Black', 'Blue', 'White', 'Red'])} {r.choice(['Vauxhall Corsa', 'Ford Fiesta', 'Tesla Model 3', 'Honda Accord', 'BMW 3 Series'])}   VIN ending {vin(r)[-6:]}\n",
        "Date and time of contravention: ", (x.dtm(d), DT), "\nLocation: ", (f"{r.randint(1, 200)} {r.choice(x.c['streets'])}{' ' + r.choice(US_SUF) if x.cc == 'US' else ''}, {x.city()}", ADR), "\n",
        f"Contravention code: {r.choice(['01', '12', '16', '25', '30', '40'])} - {r.choice(['Parked in a residents parking place without a valid permit', 'Parked in a restricted street during prescribed hours', 'Parked longer than permitted'])}\n\n",
        f"Penalty charge: {x.money(50, 130).split('.')[0]}. Reduced by 50% if paid within 14 days.\n",
        "View photographs and pay online at ", (url(r, r.choice(["pcnonline.northvale.gov.uk", "payparking.citytickets.gov", "parking-appeals.org"]), ["pay", "view-evidence"]), URL),
        f" using PCN and PIN ", (fill(r, "^####"), PW), ".\nPay by phone: ", (x.ph(), PH), "\n")
    return b

@kind("en")
def k_building_permit(r):
    x, b = X(r, r.choice(["US", "US", "CA", "AU"])), B()
    own, a, con = x.person(), x.addr(), x.person()
    b.w("BUILDING PERMIT APPLICATION\n", f"Permit #: {fill(r, 'BLD####-#####')}    Parcel: {fill(r, '###-###-###')}\n\n", "Project address: ", (a.one(), ADR), "\n",
        f"Scope: {r.choice(['Kitchen remodel, relocate sink, new 20A circuits', 'Re-roof, tear-off 2 layers, 28 sq', 'ADU conversion of detached garage (420 sq ft)', 'Replace 6 windows, same size', 'Deck 12x16, 30in above grade', 'Service upgrade to 200A panel'])}\n",
        f"Valuation: {x.money(4000, 180000).split('.')[0]}   Occupancy: R-3   Construction type: V-B\n\n", "OWNER\nName: ", (own.nm(r), PER), "\nPhone: ", (x.ph(), PH), "\nEmail: ", (x.email(own), EM), "\n")
    if r.random() < .5:
        b.w("Mailing address: ", (x.addr().one(), ADR), "\n")
    co = r.choice(["Summit Builders Inc.", "Hernandez Bros Construction", "True Level Contracting", "BrightSpark Electric LLC", "Oak & Iron Renovations"])
    b.w("\nCONTRACTOR\nCompany: ", co, f"   State license #: {r.randint(100000, 1099999)}\nContact: ", (con.full, PER), "   Phone: ", (x.ph(), PH),
        "   Email: ", (x.email(con, slug(co.split()[0]) + ".com"), EM), "\n\nRequested inspection: ", (x.d(), DT), r.choice([" (AM)", " (PM)", ""]), "\n",
        "I hereby certify that I am the owner or authorized agent.  Signature: ", (own.full, PER), "   Date: ", (x.d(numeric=True), DT), "\n")
    return b

@kind("en")
def k_open311(r):
    x, b = X(r, r.choice(["US", "US", "CA"])), B()
    p, a = x.person(), x.addr()
    d = rdate(r, 2020, 2026)
    svc = r.choice([("Pothole", "PTHL"), ("Illegal Dumping", "DUMP"), ("Streetlight Out", "SLGT"), ("No Heat - Rental Unit", "HEAT"),
                    ("Missed Trash Pickup", "TRSH"), ("Graffiti Removal", "GRFT"), ("Water Leak in Street", "WLEK"), ("Abandoned Vehicle", "ABVH")])
    iso = f"{d.isoformat()}T{r.randint(6, 22):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}{r.choice(['-05:00', '-04:00', '-07:00', '-08:00'])}"
    desc = {"PTHL": "Large pothole in the right lane, about 2ft wide.", "DUMP": "Couch and mattress dumped by the alley.", "HEAT": "Landlord has not fixed the boiler, no heat for 3 days.",
            "SLGT": "Light flickering all night.", "ABVH": "Car with flat tires parked for 2 weeks, plate " + plate(r, x.cc) + ".", "TRSH": "Recycling not collected again this week.",
            "GRFT": "Tags on the side of the laundromat.", "WLEK": "Water bubbling up from the asphalt near the hydrant."}[svc[1]]
    b.w("[\n  {\n", f'    "service_request_id": "{fill(r, "##-########")}",\n    "status": "{r.choice(["open", "closed", "acknowledged"])}",\n',
        f'    "service_name": "{svc[0]}",\n    "service_code": "{svc[1]}",\n    "description": "{desc}",\n', '    "requested_datetime": "', (iso, DT), '",\n',
        '    "address": "', (a.one(), ADR), f'",\n    "zipcode": "{a.pc}",\n    "lat": {r.uniform(25, 48):.6f},\n    "long": {-r.uniform(70, 123):.6f},\n')
    if r.random() < .6:
        b.w('    "media_url": "', (f"https://{r.choice(['311media', 'cityservices-uploads', 'open311-files'])}.s3.amazonaws.com/{uuid_(r)}.jpg", URL), '",\n')
    if r.random() < .8:
        b.w('    "first_name": "', (p.g, PER), '",\n    "last_name": "', (p.s, PER), '",\n    "email": "', (x.email(p), EM), '",\n    "phone": "', (x.ph(), PH), '",\n')
    b.w(f'    "device_id": "{uuid_(r)}",\n    "agency_responsible": "{r.choice(["Public Works", "Code Enforcement", "Sanitation", "Transportation"])}"\n  }}\n]\n')
    return b

@kind("en")
def k_moving_inventory(r):
    x, b = X(r, r.choice(EN5)), B()
    mv = r.choice(ORGS["movers"])
    p, o, dst = x.person(), x.addr(), x.addr(r.choice([x.cc, x.cc, "DE", "FR", "NL", "ES", "US", "GB"]))
    d = rdate(r, 2020, 2026)
    b.w(mv, "\nHOUSEHOLD GOODS DESCRIPTIVE INVENTORY\n", f"Order/B.L. No.: {fill(r, '##-#####')}   Tag colour: {r.choice(['Yellow', 'Red', 'Blue', 'Green'])}   Lot: {r.randint(100, 9999)}\n\n",
        "Shipper: ", (p.nm(r), PER), "   Tel: ", (x.ph(), PH), "\nOrigin: ", (o.one(), ADR), "\nDestination: ", (dst.one(country=dst.cc != x.cc), ADR), "\n",
        "Load date: ", (x.d(d), DT), "   Delivery window: ", (x.d(d + dt.timedelta(days=r.randint(1, 5))), DT), " - ", (x.d(d + dt.timedelta(days=r.randint(6, 20))), DT), "\n\n",
        "No.  Article                     Condition at origin\n")
    items = L("Sofa 3-seat|Armchair|Dining table|Dining chairs (6)|Bookcase|Mattress queen|Bed frame|Dresser|Wardrobe carton|TV 55in|Washing machine|Fridge-freezer|Desk|Mirror|Boxes books (12)|Bicycle|Piano upright|Lamp")
    for i, it in enumerate(r.sample(items, r.randint(5, 10))):
        b.w(f"{i + 1:>3}  {it:<28}{r.choice(['SC, SO', 'BR legs', 'CH', 'MI', 'Good', 'SC-3', 'Good', 'PBO', 'RU'])}\n")
    b.w("\nCodes: BR broken, CH chipped, MI mildew, PBO packed by owner, RU rubbed, SC scratched, SO soiled\n")
    if r.random() < .5:
        b.w(f"Note: dog \"{r.choice(['Biscuit', 'Luna', 'Max', 'Bella', 'Pepper', 'Otis'])}\" travels with shipper.\n")
    b.w("Crew lead: ", ((c := x.person()).full, PER), "    Shipper signature: ", (p.full, PER), "\n")
    return b

@kind("en")
def k_coa_form(r):
    x, b = X(r, "US"), B()
    p, o, n = x.person(), x.addr(), x.addr()
    b.w("CHANGE OF ADDRESS - CONFIRMATION\n", f"Confirmation code: {fill(r, '##########')}\n", f"Move type: {r.choice(['Individual', 'Family', 'Business'])}\n\n",
        "Name: ", (p.nm(r), PER), "\nEmail: ", (x.email(p), EM), "\nPhone: ", (x.ph(), PH), "\n\n")
    for lab, a in (("OLD ADDRESS", o), ("NEW ADDRESS", n)):
        b.w(lab, "\n  Street: ", (a.line, ADR), "\n  City: ", (a.city, LOC), "\n  State: ", (a.region, LOC), f"\n  ZIP+4: {a.pc}-{r.randint(1000, 9999)}\n")
    b.w("\nStart forwarding: ", (x.d(), DT), "\n")
    if r.random() < .4:
        b.w("Temporary move - stop forwarding: ", (x.d(), DT), "\n")
    b.w(f"Identity verification fee $1.10 charged to card ending {r.randint(1000, 9999)}\n", "Request submitted from ", (ip4(r), IP), "\n")
    return b

def mail_head(b, r, frm, to, subj, extra=True):
    """frm/to: list of parts. Date/Message-ID headers are hard negatives."""
    b.w("From: ", frm, "\nTo: ", to, "\nDate: ", rfc_date(r), "\nSubject: ", subj, "\n")
    if extra:
        b.w(f"X-Mailer-Id: {uuid_(r)}\nMIME-Version: 1.0\n")
    b.w("\n")

@kind("en")
def k_switch_email(r):
    x, b = X(r, r.choice(["GB", "GB", "IE", "AU", "US"])), B()
    co, dom = org(r, "power")
    old = r.choice([o for o in ORGS["power"] if o != co])
    p, a = x.person(), x.addr()
    em = x.email(p)
    mail_head(b, r, [f"{co} <", (f"hello@{dom}", EM), ">"], [(p.full, PER), " <", (em, EM), ">"],
              r.choice(["Your switch is underway", "Welcome - your switch date is confirmed", "Confirmation of your new energy supply"]))
    sd = rdate(r, 2020, 2026)
    b.w("Hi ", (p.g, PER), ",\n\nGreat news - your switch to us is underway. Here's what happens next.\n\n", "Your new account number: ", (acct(r), ACC), "\n",
        "Supply address: ", (a.one(), ADR), "\n", f"Tariff: {r.choice(['Fixed Saver 12M v3', 'Tracker April', 'Green Flex', 'Standard Variable', 'EV Night Saver'])} (electricity{r.choice(['', ' & gas'])})\n",
        "Switch date: ", (x.d(sd, wd=r.random() < .5), DT), f" - we'll take over your supply from {old} on this date.\n\n",
        "Please give us an opening meter reading on ", (x.d(sd), DT), " at ", (url(r, dom, ["meter-reading", "account/readings"]), URL), ".\n",
        f"Your first Direct Debit of {x.money(40, 220)} will be collected on ", (x.d(sd + dt.timedelta(days=r.randint(10, 30))), DT), ".\n\n",
        "Changed your mind? You have 14 days to cancel - just call us on ", (x.ph(tf=r.random() < .5), PH), ".\n\nThe ", co, " team\n",
        f"-- \nRef {fill(r, 'SW-########')} | unsubscribe: preferences in your account\n")
    return b

@kind("en")
def k_repair_email(r):
    x, b = X(r, r.choice(EN5)), B()
    t, m = x.person(), x.person()
    pm, dom = org(r, "pm")
    unit = f"{r.randint(1, 30)}{r.choice('ABCD')}"
    issue = r.choice(["Leak under kitchen sink", "Boiler not working", "Mould in bathroom", "Broken window latch", "Dishwasher flooding", "No hot water"])
    mail_head(b, r, [(t.full, PER), " <", (x.email(t), EM), ">"], [(m.full, PER), " <", (f"{slug(m.g)}.{slug(m.s)}@{dom}".replace("-", ""), EM), ">"], f"RE: {issue} - Unit {unit}")
    b.w("Hi ", (m.g, PER), ",\n\n", r.choice(["Thanks for getting back to me.", "Following up again on this.", "Sorry to chase!"]),
        " The plumber can come ", (x.d(wd=True), DT), " any time after ", (x.t(), DT), r.choice([". ", " - "]),
        "I work from home so access is fine. My mobile is ", (x.ph(), PH), " if he needs to call ahead.\n\n",
        r.choice(["Also the smoke alarm in the hallway is chirping.", "The damp patch has spread to the bedroom wall.", "Photos attached (IMG_4471.jpg, IMG_4472.jpg)."]),
        "\n\nThanks,\n", (t.g, PER), "\n", (x.addr().one(), ADR) if r.random() < .4 else "", "\n\n-----Original Message-----\nFrom: ", (m.full, PER),
        "\nSent: ", rfc_date(r), "\nSubject: ", issue, f" - Unit {unit}\n\nHi, we've logged this as job {fill(r, 'WO-######')}. Please let us know a convenient day.\n", (m.full, PER), "\n", pm,
        " | ", (x.ph(), PH), "\n")
    return b

@kind("en")
def k_pm_config(r):
    b = B()
    x = X(r, r.choice(EN5))
    dom = org(r, "pm")[1]
    owner = x.person()
    b.w(f"# rentroll-sync configuration ({version(r)})\n# owner: ", (owner.full, PER), " <", (x.email(owner, dom), EM), ">\n",
        "app:\n  env: production\n  base_url: ", (f"https://api.{dom}/v2", URL), "\n  timezone: ", r.choice(["America/New_York", "Europe/London", "Australia/Sydney"]), "\n")
    opts = ["pay", "s3", "slack", "db", "gh", "jwt", "mail", "sftp"]
    for o in r.sample(opts, r.randint(3, 6)):
        lit = r.random() < .75
        if o == "pay":
            b.w("payments:\n  provider: stripe\n  secret_key: ", (stripe_key(r), STRIPE) if lit else "${STRIPE_SECRET_KEY}", "\n  webhook_secret: ",
                ("whsec_" + rs(r, ALNUM, 32), SEC) if r.random() < .7 else "${STRIPE_WEBHOOK_SECRET}", "\n")
        elif o == "s3":
            b.w("storage:\n  bucket: leases-prod-", hexs(r, 6), "\n  region: us-east-2\n  access_key_id: ", (aws_key(r), AKEY) if lit else "${AWS_ACCESS_KEY_ID}",
                "\n  secret_access_key: ", (aws_secret(r), ASEC) if lit else "${AWS_SECRET_ACCESS_KEY}", "\n")
        elif o == "slack":
            b.w("notifications:\n  slack_bot_token: ", (slack_token(r), SLACK) if lit else "${{ secrets.SLACK_BOT_TOKEN }}", '\n  channel: "#maintenance-alerts"\n')
        elif o == "db":
            b.w("database:\n  url: postgres://rentroll:", (password(r).replace("@", "#").replace("/", "_"), PW) if lit else "${DB_PASSWORD}",
                f"@db-{r.randint(1, 3)}.internal.{dom}:5432/rentroll?sslmode=require\n  pool: {r.randint(5, 40)}\n")
        elif o == "sftp":
            b.w(f"bank_file_exchange:\n  host: sftp.{r.choice(['bacs-bureau', 'lockbox', 'remit'])}.net\n  user: rentroll\n  private_key: ",
                ["|\n    ", ("\n    ".join(pem(r).split("\n")), PEM), "\n"] if lit else "${SFTP_PRIVATE_KEY}\n")
        elif o == "gh":
            b.w("github:\n  repo: lease-docs\n  token: ", (gh_token(r), GH) if lit else "${GITHUB_TOKEN}", "\n")
        elif o == "jwt":
            b.w("auth:\n  issuer: ", (f"https://auth.{dom}/", URL), "\n  service_token: ", (jwt(r, f"https://auth.{dom}/"), JWT) if lit else "${SERVICE_JWT}",
                "\n  client_secret: ", (rs(r, ALNUM + "-_", 40), SEC) if r.random() < .6 else "${OAUTH_CLIENT_SECRET}", "\n")
        else:
            b.w("mail:\n  provider: sendgrid\n  api_key: ", ("SG." + rs(r, ALNUM + "-_", 22) + "." + rs(r, ALNUM + "-_", 43), SEC) if lit else "${SENDGRID_API_KEY}",
                "\n  from: ", (f"noreply@{dom}", EM), "\n")
    b.w(f"build:\n  commit: {hexs(r, 40)}\n  image_digest: sha256:{hexs(r, 64)}\n")
    return b

@kind("en")
def k_portal_log(r):
    x, b = X(r, r.choice(EN5)), B()
    dom = org(r, r.choice(["pm", "power", "water"]))[1]
    clk = Clock(r)
    paths = ["/api/v1/payments", "/login", "/api/v1/tickets", "/resident/ledger", "/api/v2/meter/reads", "/static/app.js", "/api/v1/autopay"]
    for _ in range(r.randint(6, 14)):
        k = r.random()
        if k < .6:
            b.w((ip4(r) if r.random() < .85 else ip6(r), IP), f" - - [{clk(2)}] \"{r.choice(['GET', 'POST', 'PUT'])} {r.choice(paths)}?{r.choice(['page=2', 'unit=' + str(r.randint(1, 400)), 'v=' + version(r)])} HTTP/1.1\" "
                f"{r.choice([200, 200, 201, 302, 401, 404, 500])} {r.randint(200, 90000)} \"")
            b.w((url(r, dom, ["resident/home", "pay", "login", "tickets/new"]), URL) if r.random() < .6 else "-", f"\" \"Mozilla/5.0 ({r.choice(['Windows NT 10.0; Win64; x64', 'iPhone; CPU iPhone OS 17_2 like Mac OS X', 'X11; Linux x86_64'])})\"\n")
        elif k < .85:
            b.w(f"{clk(0)} {r.choice(['INFO', 'WARN'])} auth {r.choice(['login_ok', 'login_failed', 'mfa_challenge'])} user_id={r.randint(1000, 99999)} ip=", (ip4(r), IP),
                f" session={uuid_(r)}\n")
        else:
            b.w(f"{clk(0)} ERROR payments charge_failed req={hexs(r, 16)} amount={r.randint(500, 300000)} currency={r.choice(['usd', 'gbp', 'aud'])} code=card_declined\n")
    return b

@kind("en")
def k_card_auth(r):
    x, b = X(r, r.choice(["US", "US", "CA", "AU"])), B()
    pm = org(r, "pm")[0]
    p, a = x.person(), x.addr()
    c = card(r)
    exp = f"{r.randint(1, 12):02d}/{r.randint(25, 31)}"
    b.w(pm, "\nCREDIT CARD AUTHORIZATION FORM - RECURRING RENT PAYMENT\n\n", "Resident name: ", (p.full, PER), "\nProperty/Unit: ", (a.one(), ADR), "\n\n",
        f"Card type: {'American Express' if c[:2] in ('34', '37') else 'Visa' if c[0] == '4' else 'Discover' if c[0] == '6' else 'MasterCard'}\n", "Cardholder name: ", (p.full.upper(), PER), "\n",
        "Card number: ", (c, CC), "\nExpiration: ", (exp, DT), "     CVV: ___\n")
    if r.random() < .5:
        b.w("Billing address: ", (x.addr().line, ADR), f"   ZIP: {x.addr().pc}\n")
    else:
        b.w("Billing address: same as above\n")
    b.w(f"\nI authorize {pm} to charge {x.money(700, 3200)} on the {ordinal(r.choice([1, 1, 3, 5]))} of each month beginning ", (x.d(), DT),
        " until I revoke this authorization in writing.\n\n", "Phone: ", (x.ph(), PH), "   Email: ", (x.email(p), EM), "\nSignature: ", (p.full, PER), "   Date: ", (x.d(numeric=True), DT),
        f"\n\nOFFICE USE: entered by staff #{r.randint(10, 99)}; auth code {fill(r, '######')}; batch ref {bad16(r)}\n")
    return b

@kind("en")
def k_sepa_mandate(r):
    x, b = X(r, r.choice(["IE", "IE", "GB"])), B()
    co, dom = org(r, r.choice(["power", "gas", "isp", "water"]))
    p, a = x.person(), x.addr()
    if x.cc == "IE":
        b.w("SEPA Direct Debit Mandate\n\n", f"Unique Mandate Reference: {fill(r, 'MNDT-########')}\nCreditor Identifier: IE{fill(r, '##ZZZ######')}\n",
            "Creditor: ", co, ", ", (x.addr().one(), ADR), "\n\n",
            f"By signing this mandate form, you authorise (A) {co} to send instructions to your bank to debit your account and (B) your bank to debit your account in accordance with the instructions from {co}.\n\n",
            "Debtor name: ", (p.full, PER), "\nAddress: ", (a.one(), ADR), "\nIBAN: ", (iban(r, r.choice(["IE", "IE", "DE", "NL", "FR"])), IBAN),
            f"\nBIC: {r.choice(BIC)}\nType of payment: Recurrent\n", "Signed at: ", (x.city(), LOC), "   Date: ", (x.d(), DT), "\n")
    else:
        b.w("Instruction to your bank or building society to pay by Direct Debit\n\n", f"Service user number: {fill(r, '######')}\nReference: {fill(r, '@@########')}\n",
            "Name(s) of account holder(s): ", (p.full, PER), "\n", "Bank/building society account number: ", (fill(r, "########"), ACC), f"\nBranch sort code: {fill(r, '##-##-##')}\n",
            f"Name and full postal address of your bank: {r.choice(['Barclays', 'NatWest', 'Lloyds', 'HSBC UK', 'Nationwide'])}, ", (x.addr().one(), ADR), "\n\n",
            f"Please pay {co} Direct Debits from the account detailed in this Instruction subject to the safeguards assured by the Direct Debit Guarantee.\n",
            "Signature: ", (p.full, PER), "   Date: ", (x.d(), DT), "\n")
    b.w("Questions: ", (oemail(r, dom), EM), "\n")
    return b

@kind("en")
def k_medical_baseline(r):
    x, b = X(r, r.choice(["US", "US", "CA"])), B()
    co, dom = org(r, "power")
    p, pt, doc, a = x.person(), x.person(), x.person(), x.addr()
    pt.s = p.s if r.random() < .6 else pt.s
    b.w(co, "\n", r.choice(["MEDICAL BASELINE ALLOWANCE APPLICATION", "Life-Support Equipment Registration", "Medical Certificate - Protection from Disconnection"]), "\n\n",
        "PART A - CUSTOMER\nAccount holder: ", (p.full, PER), "\nAccount number: ", (acct(r), ACC), "\nService address: ", (a.one(), ADR), "\nPhone: ", (x.ph(), PH), "\n\n",
        "PART B - MEDICAL PRACTITIONER CERTIFICATION\nPatient name: ", (pt.full, PER), "\nPatient date of birth: ", (x.dob(numeric=True), DOB), "\n",
        "Medical record no.: ", (fill(r, r.choice(["MRN-#######", "########", "@@#######"])), MRN), "\n")
    if r.random() < .7:
        b.w("Health plan member ID: ", (fill(r, r.choice(["@@@#########", "#########-##", "W#########"])), HPN), f"   Group: {fill(r, '######')}\n")
    b.w(f"Qualifying condition (ICD-10): {r.choice(['J44.9', 'G12.21', 'E10.9', 'I50.22', 'N18.6', 'G35'])}\n",
        f"Equipment: {r.choice(['Oxygen concentrator', 'Home ventilator', 'Electric wheelchair', 'Home dialysis machine', 'Apnea monitor'])} - {r.choice(['continuous', 'nightly', '8+ hours/day'])}\n",
        "Certifying practitioner: Dr. ", (doc.full, PER), f", MD   NPI {fill(r, '1#########')}   License {fill(r, '@@#####')}\n", "Phone: ", (x.ph(), PH), "   Fax: ", (x.ph(), PH), "\n",
        "Signature date: ", (x.d(numeric=True), DT), "   Certification expires: ", (x.d(numeric=True), DT), "\n")
    return b

@kind("en")
def k_work_order(r):
    x, b = X(r, r.choice(EN5)), B()
    t, tech, a = x.person(), x.person(), x.addr()
    d = rdate(r, 2020, 2026)
    b.w(f"WORK ORDER {fill(r, 'WO-######')}    Priority: {r.choice(['Emergency', 'Urgent', 'Routine'])}    Category: {r.choice(['Plumbing', 'HVAC', 'Electrical', 'Appliance', 'Pest'])}\n\n",
        "Property: ", (a.one(), ADR), "\nResident: ", (t.nm(r), PER), "    Phone: ", (x.ph(), PH), "\n",
        "Reported: ", (x.dtm(d), DT), "\nScheduled: ", (x.d(d + dt.timedelta(days=r.randint(0, 6))), DT), f" ({r.choice(['8-12', '12-4', 'AM window', 'PM window'])})\n",
        f"Permission to enter: {r.choice(['Yes', 'No - call first'])}    Pets: ")
    b.w(r.choice(["None", f"Yes - cat \"{r.choice(['Milo', 'Mochi', 'Tigger', 'Nala'])}\", keep bedroom door shut", f"Dog ({r.choice(['Rocky', 'Daisy', 'Bruno'])}) - friendly"]), "\n")
    if r.random() < .6:
        b.w("Lockbox code: ", (fill(r, "####"), PW), "\n")
    b.w("\nDescription: ", r.choice(["Toilet rocking, water on floor around base.", "AC blowing warm air, thermostat reads 84F.", "GFCI in kitchen keeps tripping.",
                                      "Fridge not cooling, freezer OK.", "Roaches in kitchen cabinets."]), "\n\nAssigned to: ", (tech.full, PER),
        f"\nMaterials: {r.choice(['wax ring', 'capacitor 45/5 uF', 'GFCI 20A', 'door gasket'])} (SKU {fill(r, '######')}) x1   {x.money(5, 90)}\nLabour: {r.uniform(0.5, 3):.1f} h\n",
        f"Status: {r.choice(['Completed', 'Parts on order', 'Open'])}\n")
    return b

@kind("en")
def k_screening_report(r):
    x, b = X(r, "US"), B()
    p, pm = x.person(), org(r, "pm")[0]
    st = r.choice(list(US_STATES))
    b.w(r.choice(["TENANT SCREENING REPORT", "Resident Screening - Full Report"]), f"\nReport ID: {uuid_(r)}   Requested by: {pm}\n\n",
        "Applicant: ", (p.full.upper(), PER), "\nSSN: ", (ssn(r), SSN), "    DOB: ", (x.dob(numeric=True), DOB), "\n", "Driver license: ", (dl(r, "US", st), DL), f" ({st})\n\nADDRESS HISTORY\n")
    d = rdate(r, 2010, 2016)
    for _ in range(r.randint(2, 4)):
        d2 = d + dt.timedelta(days=r.randint(200, 1500))
        b.w("  ", (x.addr().one(), ADR), "   ", (x.d(d, numeric=True), DT), " - ", (x.d(d2, numeric=True), DT), "\n")
        d = d2
    b.w("\nCRIMINAL: No records found\nEVICTIONS: ")
    if r.random() < .5:
        b.w(f"1 record - Case {fill(r, '##-UD-#####')}, filed ", (x.d(numeric=True), DT), f", plaintiff {r.choice(['Greystar-style Apartments LP', 'Parkview Towers LLC', 'Cornerstone Residential'])}, disposition DISMISSED\n")
    else:
        b.w("None reported\n")
    b.w(f"CREDIT: score {r.randint(480, 820)}; open tradelines {r.randint(1, 14)}; collections {r.randint(0, 3)} ({x.money(0, 900)})\n",
        f"INCOME: verified {x.money(2000, 9000)}/mo via paystubs; employer {r.choice(['Walmart', 'Kaiser Permanente', 'Amazon', 'City Schools', 'Starbucks'])}\n",
        f"RECOMMENDATION: {r.choice(['ACCEPT', 'ACCEPT WITH CONDITIONS', 'DECLINE'])}\n")
    return b

@kind("en")
def k_rental_application(r):
    x, b = X(r, "US"), B()
    p, cur, want, ll, ec, sup = x.person(), x.addr(), x.addr(), x.person(), x.person(), x.person()
    b.w("RENTAL APPLICATION\n", "Property applied for: ", (want.one(), ADR), "\nDesired move-in date: ", (x.d(), DT), "\n\nAPPLICANT\n",
        "Full name: ", (p.full, PER), "\nDate of birth: ", (x.dob(), DOB), "   SSN: ", (ssn(r, r.choice(["-", "-", " ", ""])), SSN), "\n",
        "Driver's license #: ", (dl(r, "US", cur.region), DL), f"   State: {cur.region}\n", "Cell: ", (x.ph(), PH), "   Email: ", (x.email(p), EM), "\n\n",
        "CURRENT RESIDENCE\nStreet: ", (cur.line, ADR), "\nCity: ", (cur.city, LOC), "   State: ", (cur.region, LOC), f"   ZIP: {cur.pc}\n",
        f"Monthly rent: {x.money(600, 2800)}   Reason for leaving: {r.choice(['Relocating for work', 'Need more space', 'Building sold', 'Closer to school'])}\n",
        "Landlord: ", (ll.full, PER), "   Phone: ", (x.ph(), PH), "\n\nEMPLOYMENT\n",
        f"Employer: {r.choice(['Target', 'UPS', 'Mercy Hospital', 'Acme Logistics', 'State University', 'Self-employed'])}   Position: {r.choice(['RN', 'Warehouse lead', 'Teacher', 'Software engineer', 'Barista'])}\n",
        "Supervisor: ", (sup.full, PER), "   Phone: ", (x.ph(), PH), f"   Monthly income: {x.money(1800, 12000)}\n\n",
        "EMERGENCY CONTACT: ", (ec.full, PER), f" ({r.choice(['mother', 'brother', 'friend', 'spouse'])}) ", (x.ph(), PH), "\n",
        f"VEHICLE: {r.choice(['2016 Honda Civic', '2019 Ford F-150', '2021 Tesla Model Y', 'None'])}  Plate {plate(r, 'US')}\n",
        f"PETS: {r.choice(['None', '1 cat (Pumpkin)', 'Dog - Zeus, 40 lb', '2 cats'])}\n\nI authorize verification of the above. Signature: ", (p.full, PER), "  Date: ", (x.d(numeric=True), DT), "\n")
    return b

@kind("en")
def k_liheap(r):
    x, b = X(r, "US"), B()
    p, a = x.person(), x.addr()
    gas, elec = org(r, "gas")[0], org(r, "power")[0]
    b.w("LOW INCOME HOME ENERGY ASSISTANCE PROGRAM (LIHEAP)\nApplication for Heating Assistance - Program Year ", str(r.randint(2019, 2026)), "\n\n",
        "Applicant (Last, First, MI): ", (p.lf, PER), "\nDate of birth: ", (x.dob(numeric=True), DOB), "   SSN: ", (ssn(r), SSN), "\nPhone: ", (x.ph(), PH), "\n",
        "Service address: ", (a.line, ADR), "\nCity: ", (a.city, LOC), "  State: ", (a.region, LOC), f"  ZIP: {a.pc}\n\n",
        f"Primary heat source: {r.choice(['Natural gas', 'Electric', 'Propane', 'Fuel oil'])}\nHeating vendor: {gas}   Account #: ", (acct(r), ACC), "\n",
        "Name on account: ", (p.full if r.random() < .7 else x.person().full, PER), f"\nElectric company: {elec}   Account #: ", (acct(r), ACC), "\n\nHOUSEHOLD\n")
    for _ in range(r.randint(1, 3)):
        q = P(r, p.cul)
        rel = r.choice(['child', 'spouse', 'grandparent'])
        b.w("  ", (q.full, PER), "   DOB ", (x.d(rdate(r, 2004, 2022), numeric=True, wd=False) if rel == "child" else x.dob(numeric=True), DOB),
            f"   {rel}   income {x.money(0, 1500) if rel != 'child' else x.money(0, 0)}/mo\n")
    b.w(f"\nSNAP/TANF case #: {fill(r, '#########')}   Medicaid ID: ", (fill(r, r.choice(["##########", "@#########", "#########@@"])), HPN), "\n",
        "Shut-off notice received? YES - dated ", (x.d(numeric=True), DT), "\n\nFOR AGENCY USE: received ", (x.d(numeric=True), DT), f"; worker {fill(r, '@@###')}; benefit {x.money(200, 900)}\n")
    return b

@kind("en")
def k_gha_workflow(r):
    b = B()
    x = X(r, r.choice(EN5))
    who = x.person()
    b.w(f"name: deploy-{r.choice(['tenant-portal', 'council-tax-api', '311-intake', 'meter-gateway'])}\n\non:\n  push:\n    branches: [main]\n  workflow_dispatch:\n\n",
        f"env:\n  AWS_REGION: {r.choice(['us-east-1', 'eu-west-2', 'ap-southeast-2'])}\n  NODE_VERSION: \"{r.randint(16, 22)}.{r.randint(0, 12)}.{r.randint(0, 9)}\"\n",
        "\njobs:\n  deploy:\n    runs-on: ubuntu-22.04\n    steps:\n      - uses: actions/checkout@v4\n      - uses: aws-actions/configure-aws-credentials@v4\n        with:\n")
    if r.random() < .5:
        b.w("          aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}\n          aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n")
    else:
        b.w("          # TODO move to secrets (", (who.full, PER), ")\n          aws-access-key-id: ", (aws_key(r), AKEY), "\n          aws-secret-access-key: ", (aws_secret(r), ASEC), "\n")
    b.w("          aws-region: ${{ env.AWS_REGION }}\n      - run: npm ci && npm run build\n      - name: Notify channel\n        env:\n          SLACK_BOT_TOKEN: ")
    b.w((slack_token(r), SLACK) if r.random() < .5 else "${{ secrets.SLACK_BOT_TOKEN }}", "\n          GH_TOKEN: ")
    b.w((gh_token(r), GH) if r.random() < .5 else "${{ secrets.GITHUB_TOKEN }}", "\n        run: |\n",
        "          curl -s -X POST -H \"Authorization: Bearer $SLACK_BOT_TOKEN\" ", ("https://slack.com/api/chat.postMessage", URL), f" -d channel=C{rs(r, UALNUM, 10)} -d text=\"deployed ${{{{ github.sha }}}}\"\n")
    if r.random() < .5:
        b.w("      - name: Smoke test\n        run: curl -fsS ", (f"https://{org(r, 'housing')[1]}/healthz", URL), " -H \"X-Api-Key: ", (generic_secret(r), SEC), "\"\n")
    return b

@kind("en")
def k_k8s_secret(r):
    b = B()
    b.w("apiVersion: v1\nkind: Secret\nmetadata:\n", f"  name: {r.choice(['billing-engine', 'tenant-portal', 'meter-ingest', 'permits-api'])}-secrets\n",
        f"  namespace: {r.choice(['utilities-prod', 'housing', 'citizen-services', 'default'])}\n  uid: {uuid_(r)}\n  resourceVersion: \"{r.randint(100000, 9999999)}\"\n",
        f"  creationTimestamp: \"{logts(r, 0)[:19]}Z\"\ntype: Opaque\ndata:\n")
    keys = [("DB_PASSWORD", lambda: password(r), PW), ("SMTP_PASS", lambda: password(r), PW), ("REDIS_PASSWORD", lambda: password(r), PW),
            ("STRIPE_SECRET_KEY", lambda: stripe_key(r), SEC), ("METER_API_TOKEN", lambda: generic_secret(r), SEC), ("JWT_SIGNING_KEY", lambda: hexs(r, 64), SEC),
            ("AWS_SECRET_ACCESS_KEY", lambda: aws_secret(r), SEC), ("WEBHOOK_SECRET", lambda: "whsec_" + rs(r, ALNUM, 32), SEC), ("SLACK_BOT_TOKEN", lambda: slack_token(r), SEC)]
    for k, f, t in r.sample(keys, r.randint(2, 5)):
        b.w(f"  {k}: ", (base64.b64encode(f().encode()).decode(), t), "\n")
    if r.random() < .5:
        b.w(f"  DB_HOST: {base64.b64encode(b'postgres.internal').decode()}\n  LOG_LEVEL: {base64.b64encode(b'info').decode()}\n")
    return b

@kind("en")
def k_chat_export(r):
    x, b = X(r, r.choice(EN5)), B()
    ag = [x.person() for _ in range(3)]
    cl = x.person()
    co = org(r, "power")[0]
    h, m = r.randint(8, 10), r.randint(0, 20)
    lines = [[(ag[0].full, PER), ": morning all, walk-in queue is ", str(r.randint(3, 9)), " deep already"],
             [(ag[1].full, PER), ": I've got ", (cl.full, PER), " at desk ", str(r.randint(1, 6)), " - served a notice to quit on ", (x.d(), DT)],
             [(ag[0].full, PER), ": check the arrears letter, her ", co, " account is ", (acct(r), ACC)],
             [(ag[2].full, PER), ": I can take the callback, best number ", (x.ph(), PH), "?"],
             [(ag[1].full, PER), ": yes. also DOB for the referral is ", (x.dob(), DOB)],
             [(ag[2].full, PER), ": booked her with legal aid ", (x.dtm(), DT), ", case ", fill(r, "HS-######")],
             [(ag[0].full, PER), ": @", slug(ag[2].g), " can you log it under ticket ", fill(r, "#####"), "? thx"],
             [(ag[1].full, PER), ": she's moving in with her sister at ", (x.addr().one(), ADR), " for now"]]
    b.w(f"#{r.choice(['housing-intake', 'homelessness-prevention', 'front-desk'])} - exported {r.randint(20, 90)} messages\n\n")
    for ln in lines[:r.randint(5, len(lines))]:
        b.w(f"[{h:02d}:{m:02d}] ", ln, "\n")
        m += r.randint(1, 9)
        if m > 59:
            h, m = h + 1, m - 60
    return b

@kind("en")
def k_call_transcript(r):
    x, b = X(r, r.choice(EN5)), B()
    co = org(r, r.choice(["power", "water", "isp", "gas"]))[0]
    ag, c, a = x.person(), x.person(), x.addr()
    tt = [0]

    def ts():
        tt[0] += r.randint(3, 25)
        return f"{tt[0] // 3600:02d}:{tt[0] // 60 % 60:02d}:{tt[0] % 60:02d} "
    b.w(f"Call ID: {uuid_(r)}   Queue: {r.choice(['Billing', 'Moves', 'Payments', 'Collections'])}   Duration: 00:{r.randint(4, 19):02d}:{r.randint(0, 59):02d}\nAgent: ", (ag.full, PER), "\n\n",
        ts(), f"AGENT: Thank you for calling {co}, my name is ", (ag.g, PER), ". Can I have your account number please?\n", ts(), "CALLER: Yeah, it's ", (acct(r), ACC), ".\n",
        ts(), "AGENT: Thanks. And the name on the account?\n", ts(), "CALLER: ", (c.full, PER), ".\n", ts(), "AGENT: Can you confirm your date of birth?\n", ts(), "CALLER: ",
        (x.dob(), DOB), ".\n", ts(), "AGENT: And the service address?\n", ts(), "CALLER: ", (a.one(), ADR), ".\n")
    if r.random() < .6:
        b.w(ts(), "CALLER: I want to pay the balance on my card. It's ", (card(r), CC), ", expiry ", (f"{r.randint(1, 12):02d}/{r.randint(25, 31)}", DT), ".\n",
            ts(), f"AGENT: Thank you, that's {x.money(30, 600)} processed, confirmation {fill(r, 'PMT-########')}.\n")
    else:
        b.w(ts(), "CALLER: I'm moving out. Last day there is ", (x.d(), DT), ".\n", ts(), "AGENT: Okay, where should we send the final bill?\n", ts(), "CALLER: ",
            (x.addr().one(), ADR), ".\n")
    b.w(ts(), "AGENT: Is ", (x.ph(), PH), " still the best number for you?\n", ts(), "CALLER: Yes.\n", ts(), "AGENT: Great. Anything else today?\n")
    return b

@kind("en")
def k_inspection_ics(r):
    x, b = X(r, r.choice(["US", "US", "GB", "CA"])), B()
    ins, t, a = x.person(), x.person(), x.addr()
    dom = org(r, "housing")[1]
    d = rdate(r, 2020, 2026)
    h = r.randint(8, 15)
    ds = d.strftime("%Y%m%d")
    tz = {"US": "America/New_York", "GB": "Europe/London", "CA": "America/Toronto"}[x.cc]
    b.w("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Housing Inspections//Scheduler 3.4//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\n", f"UID:{uuid_(r).upper()}\n",
        f"DTSTAMP:{rdate(r).strftime('%Y%m%d')}T{r.randint(0, 23):02d}{r.randint(0, 59):02d}00Z\n", f"DTSTART;TZID={tz}:", (f"{ds}T{h:02d}0000", DT), "\n",
        f"DTEND;TZID={tz}:", (f"{ds}T{h + 1:02d}0000", DT), "\n", f"SUMMARY:{r.choice(['HQS Annual Inspection', 'Rental Licence Inspection', 'Re-inspection - failed items', 'Move-in Inspection'])}\n",
        "LOCATION:", (a.one().replace(",", "\\,"), ADR), "\n", "ORGANIZER;CN=", (ins.full, PER), ":mailto:", (x.email(ins, dom), EM), "\n",
        "ATTENDEE;CN=", (t.full, PER), ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:", (x.email(t), EM), "\n",
        "DESCRIPTION:Tenant to provide access to all rooms. Smoke/CO detectors will be tested.\\nJoin remotely: ",
        (f"https://{r.choice(['zoom.us/j/', 'teams.microsoft.com/l/meetup-join/'])}{r.randint(10 ** 9, 10 ** 10)}", URL), "\\nPasscode: ", (fill(r, r.choice(["######", "^@#^@#"])), PW),
        "\\nQuestions: ", (x.ph(), PH), "\n", f"CREATED:{rdate(r).strftime('%Y%m%d')}T081500Z\nLAST-MODIFIED:{rdate(r).strftime('%Y%m%d')}T091200Z\nSEQUENCE:{r.randint(0, 3)}\n",
        "END:VEVENT\nEND:VCALENDAR\n")
    return b

@kind("en")
def k_vcard(r):
    x, b = X(r, r.choice(EN5)), B()
    for _ in range(r.randint(1, 3)):
        p, a = x.person(), x.addr()
        pm, dom = org(r, r.choice(["pm", "pm", "movers", "housing"]))
        b.w("BEGIN:VCARD\nVERSION:3.0\n", "N:", (f"{p.s};{p.g};{p.mi}" if p.mi else f"{p.s};{p.g}", PER), ";;\n" if not p.mi else ";\n", "FN:", (p.full, PER), "\n",
            f"ORG:{pm}\nTITLE:{r.choice(['Leasing Manager', 'Property Manager', 'Caseworker', 'Move Coordinator', 'Maintenance Supervisor'])}\n",
            "TEL;TYPE=WORK,VOICE:", (x.ph(intl=True), PH), "\n")
        if r.random() < .6:
            b.w("TEL;TYPE=CELL:", (x.ph(), PH), "\n")
        b.w("EMAIL;TYPE=INTERNET:", (x.email(p, dom), EM), "\n", "ADR;TYPE=WORK:;;", (f"{a.line};{a.city};{a.region};{a.pc};{a.country}", ADR), "\n")
        if r.random() < .4:
            b.w("BDAY:", (rdob(r).isoformat(), DOB), "\n")
        b.w("URL:", (f"https://www.{dom}/", URL), "\n", f"REV:{rdate(r).strftime('%Y%m%d')}T{r.randint(0, 23):02d}0000Z\nEND:VCARD\n")
    return b

@kind("en")
def k_env_file(r):
    b = B()
    x = X(r, r.choice(EN5))
    dom = org(r, r.choice(["housing", "pm", "water"]))[1]
    admin = x.person()
    b.w(f"# .env.production - housing portal ({version(r)})\nNODE_ENV=production\nAPP_URL=", (f"https://housing.{dom}", URL), "\n",
        "DATABASE_URL=postgresql://portal_app:", (rs(r, ALNUM, r.randint(14, 24)), PW), f"@db-prod.{dom}:5432/housing\n")
    items = [lambda: b.w("REDIS_URL=redis://:", (rs(r, ALNUM, 20), PW), "@", (ip4(r), IP), ":6379/0\n"),
             lambda: b.w("AWS_ACCESS_KEY_ID=", (aws_key(r), AKEY), "\nAWS_SECRET_ACCESS_KEY=", (aws_secret(r), ASEC), "\n"),
             lambda: b.w("STRIPE_SECRET_KEY=", (stripe_key(r), STRIPE), "\nSTRIPE_WEBHOOK_SECRET=", ("whsec_" + rs(r, ALNUM, 32), SEC), "\n"),
             lambda: b.w("SESSION_SECRET=", (hexs(r, 64), SEC), "\n"), lambda: b.w("GITHUB_TOKEN=", (gh_token(r), GH), "\n"),
             lambda: b.w("SLACK_WEBHOOK_TOKEN=", (slack_token(r), SLACK), "\n"), lambda: b.w("SMTP_PASSWORD=", (password(r), PW), "\n"),
             lambda: b.w("MAPS_API_KEY=", ("AIza" + rs(r, ALNUM + "-_", 35), SEC), "\n"), lambda: b.w("ADMIN_EMAIL=", (x.email(admin, dom), EM), "\n"),
             lambda: b.w("PAYMENT_GATEWAY_TOKEN=${PAYMENT_GATEWAY_TOKEN}\nSENTRY_RELEASE=", hexs(r, 40), "\n"),
             lambda: b.w("INTERNAL_API_JWT=", (jwt(r, f"https://auth.{dom}/"), JWT), "\n"),
             lambda: b.w('BANK_SFTP_PRIVATE_KEY="', (pem(r), PEM), '"\n')]
    for f in r.sample(items, r.randint(4, 8)):
        f()
    b.w(f"LOG_LEVEL={r.choice(['info', 'warn', 'debug'])}\nFEATURE_FLAGS=rent-reminders,autopay-v2\nMAX_UPLOAD_MB={r.choice([10, 25, 50])}\n")
    return b

@kind("en")
def k_ud_summons(r):
    x, b = X(r, "US"), B()
    ten, ca, att = [x.person() for _ in range(r.choice([1, 2]))], x.addr(), x.person()
    pl = r.choice([org(r, "pm")[0], None])
    b.w("SUMMONS (CITACION JUDICIAL)\nUNLAWFUL DETAINER - EVICTION\n\n", "SUPERIOR COURT OF ", (US_STATES[ca.region].upper(), LOC), f"\nCASE NUMBER: {fill(r, '##UD#####')}\n\n",
        "NOTICE TO DEFENDANT: ", join_people(ten, r, sep_last="; ", style=lambda p: p.full.upper()), "; and DOES 1 TO 10\n", "YOU ARE BEING SUED BY PLAINTIFF: ")
    b.w(pl.upper() if pl else (x.person().full.upper(), PER), "\n\n",
        "You have 5 COURT DAYS after this summons and legal papers are served on you to file a written response at this court and have a copy served on the plaintiff.\n\n",
        "1. The name and address of the court is: ", (ca.one(), ADR), "\n",
        "2. The name, address, and telephone number of plaintiff's attorney is: ", (att.full, PER), f", SBN {r.randint(100000, 349999)}, ", (x.addr().one(), ADR), ", ", (x.ph(), PH), "\n")
    if r.random() < .6:
        b.w("3. Hearing: ", (x.dtm(), DT), f", Dept. {r.randint(1, 99)}\n")
    b.w("\nDate: ", (x.d(numeric=True), DT), "      Clerk, by ", ((cl := x.person()).full, PER), ", Deputy\n")
    return b

@kind("en")
def k_deposit_letter(r):
    x, b = X(r, r.choice(["US", "US", "GB", "AU", "CA"])), B()
    pm, dom = org(r, "pm")
    t, mg, prop, fwd = x.person(), x.person(), x.addr(), x.addr()
    end = rdate(r, 2020, 2026)
    b.w(pm, "\n", (x.addr().one(), ADR), "  |  ", (x.ph(), PH), "\n\n", (x.d(end + dt.timedelta(days=r.randint(5, 20))), DT), "\n\n", (t.full, PER), "\n", (fwd.block(r), ADR), "\n\n",
        "Re: Itemized statement of security deposit - ", (prop.one(), ADR), "\n\n", dear(r, t, x.lang),
        "Your tenancy at the above property ended on ", (x.d(end), DT), f". We received a security deposit of {x.money(800, 3500)}. The following deductions were made:\n\n")
    for it in r.sample(["Carpet cleaning", "Repaint bedroom walls (nail holes)", "Replace 2 blinds", "Unpaid water bill", "Trash removal", "Replace lost keys/fob", "Oven cleaning"], r.randint(1, 4)):
        b.w(f"  {it:<38}{x.money(25, 420)}\n")
    b.w(f"\nBalance refunded: {x.money(0, 2500)}, by cheque no. {r.randint(1000, 99999)} mailed to the forwarding address above.\n\n",
        "If you have questions, contact me at ", (x.email(mg, dom), EM), ".\n\nSincerely,\n", (mg.full, PER), "\nProperty Manager\n")
    return b

# =========================================================================== other languages
CUL_CC = {"de": "DE", "tr": "TR", "pl": "PL", "it": "IT", "fr": "FR", "es": "ES", "pt": "PT", "nl": "NL", "sv": "SE", "da": "DK", "no": "NO", "fi": "FI", "cs": "CZ", "en": "GB"}

def bplace(r, p, cc):
    return r.choice(CT[CUL_CC.get(p.cul, cc)]["cities"])[0].split(" ")[0] if p.cul in CUL_CC else r.choice(CT[cc]["cities"])[0]

@kind("xx")
def k_de_meldebestaetigung(r):
    x, b = X(r, r.choice(["DE", "DE", "DE", "AT"])), B()
    p, a, old = x.person(), x.addr(), x.addr()
    b.w("Bezirksamt - Bürgeramt\n" if x.cc == "DE" else "Magistrat - Meldeservice\n",
        "Amtliche Meldebestätigung\nnach § 24 Abs. 2 Bundesmeldegesetz (BMG)\n\n" if x.cc == "DE" else "Bestätigung der Meldung (Meldezettel)\n\n",
        "Familienname: ", (p.s, PER), "\nVornamen: ", (p.g, PER), "\n")
    if p.sex == "f" and r.random() < .4:
        b.w("Geburtsname: ", (P(r, p.cul).s.split("/")[0], PER), "\n")
    b.w("Geburtsdatum: ", (x.dob(numeric=True), DOB), "\nGeburtsort: ", (bplace(r, p, x.cc), LOC), "\n",
        f"Staatsangehörigkeit: {r.choice({'tr': ['türkisch'], 'pl': ['polnisch'], 'it': ['italienisch']}.get(p.cul, ['deutsch', 'deutsch', 'österreichisch']))}\n\n",
        "Anschrift der Wohnung\nStraße, Hausnummer: ", (a.line, ADR), f"\nPostleitzahl: {a.pc}\nGemeinde: ", (a.city, LOC), "\n",
        f"Art der Wohnung: {r.choice(['Hauptwohnung', 'Hauptwohnung', 'Nebenwohnung'])}\nEinzugsdatum: ", (x.d(d0 := rdate(r, 2019, 2026), numeric=True), DT), "\n",
        "Bisherige Wohnung: ", (old.one(), ADR), "\n\n", "Ausgestellt am: ", (x.d(d0 + dt.timedelta(days=r.randint(0, 14)), numeric=True), DT), f"   Aktenzeichen: {fill(r, 'BA-###-######')}\n",
        "Diese Bescheinigung wurde maschinell erstellt und ist ohne Unterschrift gültig.\n", "Termine: ", (url(r, "service-buergeramt.de", ["termin", "dienstleistung/120686"], r.choice(['', 'www.'])), URL),
        "  Tel. ", (x.ph(), PH), "\n")
    return b

@kind("xx")
def k_de_termin_mail(r):
    x, b = X(r, "DE"), B()
    p, a, ll = x.person(), x.addr(), x.person()
    mail_head(b, r, ["Bürgeramt Terminvergabe <", ("noreply@termine-buergeramt.de", EM), ">"], [(x.email(p), EM)],
              f"Terminbestätigung - Vorgangsnummer {fill(r, '#######')}", extra=False)
    b.w(dear(r, p, "de"), "hiermit bestätigen wir Ihren Termin für die Dienstleistung „",
        r.choice(["Anmeldung einer Wohnung", "Ummeldung", "Abmeldung einer Wohnung", "Personalausweis beantragen", "Wohnberechtigungsschein"]), "“.\n\n",
        "Termin: ", (x.dtm(rdate(r, 2020, 2026)) if r.random() < .5 else dtfmt(r, rdate(r), "de"), DT), "\nOrt: Bürgeramt, ", (a.one(), ADR), f"\nVorgangsnummer: {fill(r, '#######')}\n\n",
        "Bitte bringen Sie folgende Unterlagen mit:\n- gültiger Personalausweis oder Reisepass\n- Wohnungsgeberbestätigung, unterschrieben von ", (ll.full, PER), "\n",
        "- ausgefülltes Anmeldeformular\n\nFalls Sie den Termin nicht wahrnehmen können, sagen Sie ihn bitte rechtzeitig ab: ",
        (f"https://termine-buergeramt.de/absage?id={hexs(r, 12)}", URL), "\n\nMit freundlichen Grüßen\nIhr Bürgeramt\n")
    return b

@kind("xx")
def k_de_nebenkosten(r):
    x, b = X(r, r.choice(["DE", "DE", "AT"])), B()
    hv = r.choice(["Schmidt & Partner Hausverwaltung GmbH", "Immobilien Krüger KG", "WohnWert Verwaltung GmbH", "Hausverwaltung Neumann & Söhne"])
    p, a, mg = x.person(), x.addr(), x.person()
    y = r.randint(2019, 2025)
    b.w(hv, " · ", (x.addr().one(), ADR), "\nTel. ", (x.ph(), PH), " · ", (f"verwaltung@{slug(hv.split()[0])}-hv.de", EM), "\n\n", hon(r, p, "de"), " ", (p.full, PER), "\n", (a.block(r), ADR), "\n\n",
        (x.city(), LOC), ", den ", (x.d(ld := dt.date(y + 1, r.randint(3, 11), r.randint(1, 28)), numeric=True), DT), "\n\n", f"Betriebskostenabrechnung {y}\n",
        "Abrechnungszeitraum: ", (x.d(dt.date(y, 1, 1), numeric=True), DT), " bis ", (x.d(dt.date(y, 12, 31), numeric=True), DT), "\n",
        f"Mieternummer: ", (fill(r, r.choice(["####/###", "M-######", "########"])), ACC), f"   Wohnung Nr. {r.randint(1, 40)}, {r.randint(1, 5)}. OG\n\n", dear(r, p, "de"),
        "nachfolgend erhalten Sie die Abrechnung der Betriebskosten.\n\nKostenart                  Umlageschlüssel   Ihr Anteil\n")
    for k in r.sample(["Grundsteuer", "Wasser/Abwasser", "Heizung (Verbrauch)", "Müllabfuhr", "Hausreinigung", "Gartenpflege", "Allgemeinstrom", "Aufzug", "Hauswart"], 5):
        b.w(f"{k:<27}{r.choice(['Wohnfläche', 'Personen', 'Verbrauch', 'Einheiten']):<18}{x.money(30, 900)}\n")
    res = r.random() < .6
    b.w(f"\nSumme Ihrer Kosten: {x.money(900, 3200)}\nGeleistete Vorauszahlungen: {x.money(900, 3000)}\n{'Nachzahlung' if res else 'Guthaben'}: {x.money(20, 600)}\n\n")
    if res:
        b.w("Bitte überweisen Sie den Betrag bis zum ", (x.d(ld + dt.timedelta(days=30), numeric=True), DT), " auf unser Konto IBAN ", (iban(r, x.cc), IBAN), f", BIC {r.choice(BIC[:2])}.\n")
    else:
        b.w("Das Guthaben überweisen wir auf Ihr Konto ", (iban(r, x.cc), IBAN), ".\n")
    b.w("\nMit freundlichen Grüßen\n", (mg.full, PER), "\n")
    return b

@kind("xx")
def k_fr_elections(r):
    x, b = X(r, "FR"), B()
    p, a = x.person(), x.addr()
    b.w("MAIRIE - Service des élections\n", "Demande d'inscription sur les listes électorales (Cerfa n° 12669*03)\n", f"Récépissé n° {fill(r, '####-#####')}\n\n",
        "Nom de naissance : ", (p.s.upper(), PER), "\n")
    if p.sex == "f" and r.random() < .4:
        b.w("Nom d'usage : ", (P(r, "fr").s.upper(), PER), "\n")
    b.w("Prénom(s) : ", (p.g, PER), f"\nSexe : {'F' if p.sex == 'f' else 'M'}\n", "Date de naissance : ", (x.dob(numeric=True), DOB), "\nLieu de naissance : ",
        (bplace(r, p, "FR"), LOC), "\n\nAdresse : ", (a.line, ADR), f"\nCode postal : {a.pc}   Commune : ", (a.city, LOC), "\n")
    if r.random() < .7:
        b.w("Courriel : ", (x.email(p), EM), "\n")
    b.w("Téléphone : ", (x.ph(), PH), "\n\n", f"Justificatif de domicile : facture {r.choice(['d’électricité', 'de gaz', 'd’eau', 'internet'])} du ", (x.d(), DT), "\n\n",
        "Fait à ", (x.city(), LOC), ", le ", (x.d(), DT), "\nSignature :\n")
    return b

@kind("xx")
def k_fr_facture(r):
    x, b = X(r, "FR"), B()
    co = r.choice(["Lumière Énergie", "Volta Énergie", "Énergie Verte Plus", "Hexagone Gaz & Électricité"])
    dom = slug(co) + ".fr"
    p, a = x.person(), x.addr()
    d1 = rdate(r, 2020, 2026)
    d0 = d1 - dt.timedelta(days=r.choice([30, 31, 61, 365]))
    b.w(co, "\nFacture du ", (x.d(d1 + dt.timedelta(days=3)), DT), f"   N° de facture : {fill(r, '##########')}\n\n", "Référence client : ", (fill(r, r.choice(["## ### ### ###", "##########"])), ACC), "\n",
        "Titulaire du contrat : ", hon(r, p, "fr"), " ", (p.nm(r), PER), "\n", "Adresse de consommation : ", (a.one(), ADR), "\n", f"Point de livraison (PDL) : {fill(r, '##############')}\n\n",
        "Période de consommation du ", (x.d(d0), DT), " au ", (x.d(d1), DT), "\n", f"Index début {r.randint(1000, 50000)} - index fin : relevé - consommation {r.randint(150, 3000)} kWh\n\n",
        f"Abonnement Base {r.choice([6, 9, 12])} kVA          {x.money(10, 60)}\nConsommation                  {x.money(30, 500)}\nTaxes et contributions (CTA, accise) {x.money(5, 80)}\n",
        f"TVA                           {x.money(5, 100)}\nMontant TTC                   {x.money(50, 700)}\n\n", "Prélèvement le ", (x.d(d1 + dt.timedelta(days=15)), DT))
    if r.random() < .6:
        b.w(" sur le compte ", (iban(r, "FR"), IBAN), ".\n")
    else:
        b.w(f" sur le compte FR76 **** **** **** **** ***{r.randint(0, 9)} {r.randint(10, 99)}.\n")
    b.w("Espace client : ", (url(r, dom, ["espace-client", "mon-compte"]), URL), "\nService client : ", (x.ph(), PH), "   Dépannage 24h/24 : ", (x.ph(), PH), "\n")
    return b

@kind("xx")
def k_fr_quittance(r):
    x, b = X(r, "FR"), B()
    ll, t, a = x.person(), x.person(), x.addr()
    m0 = rdate(r, 2020, 2026).replace(day=1)
    m1 = (m0 + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    loyer, ch = r.randint(380, 1600), r.randint(30, 180)
    b.w("QUITTANCE DE LOYER\n\n", "Bailleur : ", (ll.full, PER), ", demeurant ", (x.addr().one(), ADR), "\n", "Locataire : ", (t.full, PER), "\n",
        "Adresse du logement loué : ", (a.one(), ADR), "\n\n", "Je soussigné(e) ", (ll.full, PER), ", propriétaire du logement désigné ci-dessus, déclare avoir reçu de ",
        hon(r, t, "fr"), " ", (t.s, PER), f" la somme de {money(r, loyer + ch, 'FR')} au titre du paiement du loyer et des charges pour la période de location du ",
        (x.d(m0), DT), " au ", (x.d(m1), DT), " et lui en donne quittance, sous réserve de tous mes droits.\n\n",
        f"Détail du règlement :\n  Loyer                    {money(r, loyer, 'FR')}\n  Provision pour charges   {money(r, ch, 'FR')}\n  Total                    {money(r, loyer + ch, 'FR')}\n\n",
        "Date du paiement : ", (x.d(m0 + dt.timedelta(days=r.randint(0, 8))), DT), "\n\nFait à ", (x.city(), LOC), ", le ", (x.d(m1), DT), "\nSignature du bailleur\n")
    return b

@kind("xx")
def k_es_padron(r):
    x, b = X(r, "ES"), B()
    a = x.addr()
    fam = [x.person()]
    fam += [P(r, fam[0].cul) for _ in range(r.randint(0, 3))]
    b.w("AYUNTAMIENTO\nPadrón Municipal de Habitantes\n\nVOLANTE DE EMPADRONAMIENTO\n\n", f"Hoja padronal: {fill(r, '########')}   Distrito: 0{r.randint(1, 9)}   Sección: {fill(r, '0##')}\n",
        "Domicilio: ", (a.line, ADR), "\nMunicipio: ", (a.city, LOC), "   Provincia: ", (a.region, LOC), f"   Código postal: {a.pc}\n\n",
        f"{'Nombre y apellidos':<38}{'Fecha de nacimiento':<22}Fecha de alta\n")
    for q in fam:
        nm = q.full.upper() if r.random() < .5 else q.full
        dob = x.dob(numeric=True)
        b.w((nm, PER), " " * max(2, 38 - len(nm)), (dob, DOB), " " * max(2, 22 - len(dob)), (x.d(numeric=True), DT), "\n")
    b.w("\nY para que conste, a petición del interesado, se expide el presente volante en ", (a.city, LOC), ", a ", (x.d(), DT), ".\n\n",
        f"Código Seguro de Verificación (CSV): {rs(r, UALNUM, 20)}\nVerificable en ", (url(r, "sede.ayuntamiento-online.es", ["verificar", "csv"], r.choice(['', 'www.'])), URL), "\n")
    return b

@kind("xx")
def k_es_factura(r):
    x, b = X(r, "ES"), B()
    co = r.choice(["Iberluz Comercializadora", "Energía Nova", "Luz Clara Energía", "Aguas del Litoral"])
    p, a = x.person(), x.addr()
    d1 = rdate(r, 2020, 2026)
    d0 = d1 - dt.timedelta(days=r.choice([29, 30, 31, 60]))
    b.w(co, "\nFACTURA DE ", "AGUA" if "Aguas" in co else "ELECTRICIDAD", f"\nNº factura: {fill(r, 'FE##-######')}   Fecha de emisión: ", (x.d(d1 + dt.timedelta(days=2), numeric=True), DT), "\n\n",
        "Titular del contrato: ", (p.full, PER), "\nDirección de suministro: ", (a.one(), ADR), "\n", f"CUPS: ES{fill(r, '################')}{fill(r, '@@')}\n",
        "Nº de cliente: ", (fill(r, r.choice(["##########", "###-#######"])), ACC), "\n\n", "Periodo de facturación: del ", (x.d(d0, numeric=True), DT), " al ", (x.d(d1, numeric=True), DT),
        f" ({(d1 - d0).days} días)\n", f"Potencia contratada: P1 {r.choice(['3,45', '4,6', '5,75'])} kW\nEnergía consumida: {r.randint(80, 900)} kWh\n",
        f"Impuesto eléctrico  {x.money(2, 30)}\nAlquiler de equipos  {x.money(0, 2)}\nIVA 21%  {x.money(8, 60)}\nTOTAL IMPORTE FACTURA  {x.money(40, 320)}\n\n",
        "Fecha de cargo: ", (x.d(d1 + dt.timedelta(days=r.randint(7, 20))), DT), "\nDomiciliado en: ", (iban(r, "ES"), IBAN), "\n\n",
        "Atención al cliente: ", (x.ph(), PH), " · Averías 24 h: ", (x.ph(), PH), "\n", (url(r, slug(co) + ".es", ["area-clientes", "factura-digital"]), URL), "\n")
    return b

@kind("xx")
def k_it_residenza(r):
    x, b = X(r, "IT"), B()
    p, a, resp = x.person(), x.addr(), x.person()
    o = "o" if p.sex == "m" else "a"
    b.w("COMUNE - Servizi Demografici - Ufficio Anagrafe\n\n", f"DICHIARAZIONE DI RESIDENZA - RICEVUTA n. {fill(r, '#####')}\n\n",
        f"Il/La sottoscritt{o} ", (p.full, PER), f" nat{o} a ", (bplace(r, p, "IT"), LOC), " il ", (x.dob(), DOB), "\n",
        "dichiara di aver trasferito la propria dimora abituale al seguente indirizzo: ", (a.one(), ADR), "\n", "proveniente dal Comune di ", (x.city(), LOC), "\n\n",
        "Recapiti: tel. ", (x.ph(), PH), " - e-mail ", (x.email(p), EM), "\n")
    if r.random() < .6:
        b.w("\nComponenti della famiglia che trasferiscono la residenza:\n")
        for _ in range(r.randint(1, 3)):
            q = P(r, p.cul)
            b.w(" - ", (f"{q.g} {p.s}", PER), ", nat", "o" if q.sex == "m" else "a", " il ", (x.dob(numeric=True), DOB), f", {r.choice(['figlio/a', 'coniuge', 'madre'])}\n")
    b.w("\nData della dichiarazione: ", (x.d(), DT), "\n", "Ai sensi dell'art. 19 del D.P.R. 223/1989 l'ufficio procederà agli accertamenti entro 45 giorni.\n",
        "Il responsabile del procedimento: ", (resp.full, PER), "\n")
    return b

@kind("xx")
def k_pt_fatura_agua(r):
    x, b = X(r, "PT"), B()
    co = r.choice(["SMAS - Serviços Municipalizados", "Águas do Vale, S.A.", "EMAS - Empresa Municipal de Águas"])
    p, a = x.person(), x.addr()
    d1 = rdate(r, 2020, 2026)
    b.w(co, f"\nFATURA N.º FT {d1.year}/{fill(r, '######')}   Data de emissão: ", (x.d(d1, numeric=True), DT), "\n", "N.º de cliente: ", (fill(r, "#########"), ACC),
        f"   Local de consumo: {fill(r, '#######')}\n\n", (p.full, PER), "\n", (a.block(r), ADR), "\n\n", "Período de faturação: ", (x.d(d1 - dt.timedelta(days=r.choice([30, 60])), numeric=True), DT),
        " a ", (x.d(d1, numeric=True), DT), "\n", f"Leitura anterior: {r.randint(100, 3000)} m³ (real)   Consumo: {r.randint(3, 30)} m³\n\n",
        f"Abastecimento de água   {x.money(5, 40)}\nSaneamento   {x.money(3, 25)}\nResíduos urbanos   {x.money(3, 20)}\nTaxa de recursos hídricos   {x.money(0, 3)}\nIVA 6%   {x.money(0, 5)}\n",
        f"Total a pagar   {x.money(15, 90)}\n\n", "Data limite de pagamento: ", (x.d(d1 + dt.timedelta(days=20)), DT), "\n",
        f"Multibanco - Entidade {fill(r, '#####')}  Referência {fill(r, '### ### ###')}\n")
    if r.random() < .6:
        b.w("Débito direto na conta ", (iban(r, "PT"), IBAN), "\n")
    b.w("Linha de apoio: ", (x.ph(), PH), "   ", (url(r, slug(co.split(',')[0].split(' - ')[0]) + ".pt", ["balcao-digital", "cliente"]), URL), "\n")
    return b

@kind("xx")
def k_nl_gemeente(r):
    x, b = X(r, "NL"), B()
    p, a, amb = x.person(), x.addr(), x.person()
    d = rdate(r, 2020, 2026)
    b.w("Gemeente - Burgerzaken\n\n", hon(r, p, "nl"), " ", (p.full, PER), "\n", (a.block(r), ADR), "\n\n", "Datum: ", (x.d(d + dt.timedelta(days=r.randint(2, 10))), DT),
        f"\nKenmerk: {fill(r, 'BZ/####/#####')}\nOnderwerp: bevestiging verhuizing\n\n", dear(r, p, "nl"), "Op ", (x.d(d), DT),
        " heeft u doorgegeven dat u verhuist. Wij hebben uw nieuwe adres ingeschreven in de Basisregistratie Personen (BRP).\n\n", "Nieuw adres: ", (a.one(), ADR), "\nVerhuisdatum: ",
        (x.d(d + dt.timedelta(days=r.randint(0, 20))), DT), "\n")
    if r.random() < .5:
        q = P(r, p.cul)
        b.w("Meeverhuizende personen: ", (q.full, PER), ", geboren ", (x.dob(), DOB), "\n")
    b.w("\nHeeft u vragen? Bel ", (x.ph(), PH), " of kijk op ", (url(r, "gemeente-loket.nl", ["verhuizen", "burgerzaken/verhuizing-doorgeven"], r.choice(['', 'www.'])), URL), ".\n\nMet vriendelijke groet,\n\n",
        (amb.full, PER), "\nTeam Burgerzaken\n")
    return b

@kind("xx")
def k_pl_wezwanie(r):
    x, b = X(r, "PL"), B()
    sm = r.choice(["Spółdzielnia Mieszkaniowa „Przyszłość”", "SM „Słoneczne Wzgórze”", "Zarząd Budynków Komunalnych", "Wspólnota Mieszkaniowa „Zielona”"])
    p, a, pr = x.person(), x.addr(), x.person()
    b.w(sm, "\n", (x.addr().one(), ADR), "\ntel. ", (x.ph(), PH), ", ", (f"czynsze@{slug(sm.split('„')[-1].rstrip('”')) or 'zbk'}.pl", EM), "\n\n", (x.city(), LOC), ", dnia ", (x.d(numeric=True), DT),
        " r.\n\n", hon(r, p, "pl"), " ", (p.full, PER), "\n", (a.block(r), ADR), "\n\nWEZWANIE DO ZAPŁATY\n\n", "Numer konta czynszowego: ", (fill(r, "##/####/###"), ACC), "\n\n",
        f"Zarząd wzywa do zapłaty kwoty {x.money(300, 6000)} tytułem zaległych opłat za używanie lokalu za okres od ", (x.d(pd0 := rdate(r, 2019, 2025), numeric=True), DT), " do ",
        (x.d(pd0 + dt.timedelta(days=r.randint(30, 300)), numeric=True), DT),
        ", w terminie 7 dni od daty otrzymania niniejszego wezwania, na rachunek bankowy nr ", (iban(r, "PL"), IBAN), ".\n\n",
        "W przypadku braku wpłaty sprawa zostanie skierowana na drogę postępowania sądowego.\n\nZ poważaniem\n", (pr.full, PER), "\n")
    return b

@kind("xx")
def k_sv_hyresavi(r):
    x, b = X(r, "SE"), B()
    hv = r.choice(["Bostads AB Hemvist", "Fastighets AB Lindkvist", "Hyresbostäder i Samverkan AB", "Trygga Hem Förvaltning"])
    p, a = x.person(), x.addr()
    m0 = rdate(r, 2020, 2026).replace(day=1)
    b.w(hv, "\nHYRESAVI\n\n", "Hyresgäst: ", (p.full, PER), "\nKundnummer: ", (fill(r, "######"), ACC), "\nLägenhet: ", (a.one(), ADR), f"   Lägenhetsnr {r.randint(1001, 1404)}\n",
        "Period: ", (x.d(m0, numeric=True), DT), " – ", (x.d((m0 + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1), numeric=True), DT), "\n\n",
        f"Hyra                 {x.money(4500, 14000)}\nParkering plats {r.randint(1, 90)}   {x.money(300, 900)}\nHushållsel           {x.money(100, 600)}\n",
        f"Att betala           {x.money(5000, 15000)}\n\n", "Förfallodag: ", (x.d(m0 - dt.timedelta(days=1), numeric=True), DT), "\n",
        f"OCR-nummer: {fill(r, '##############')}   Bankgiro: {fill(r, '###-####')}\n")
    if r.random() < .5:
        b.w("Betalning från utlandet: IBAN ", (iban(r, "SE"), IBAN), f"  BIC {r.choice(['NDEASESS', 'SWEDSESS', 'ESSESESS'])}\n")
    b.w("\nFrågor? Ring ", (x.ph(), PH), " eller mejla ", (f"kundservice@{slug(hv.split()[-2] if hv.endswith('AB') else hv.split()[0])}.se", EM), "\n")
    return b

@kind("xx")
def k_no_avgifter(r):
    x, b = X(r, "NO"), B()
    p, a = x.person(), x.addr()
    d = rdate(r, 2020, 2026)
    b.w("Kommunen - Eiendomsskatt og kommunale avgifter\nFAKTURA\n\n", f"Fakturanr: {fill(r, '########')}   KID: {fill(r, '###############')}\n",
        "Fakturadato: ", (x.d(d, numeric=True), DT), "   Forfallsdato: ", (x.d(d + dt.timedelta(days=r.choice([20, 30])), numeric=True), DT), "\n\n",
        "Eier: ", (p.full, PER), "\nKundenr: ", (fill(r, "#######"), ACC), f"\nEiendom: gnr. {r.randint(1, 300)} bnr. {r.randint(1, 999)}, ", (a.one(), ADR), "\n\n")
    for k in ("Vann", "Avløp", "Renovasjon", "Feiing og tilsyn", "Eiendomsskatt"):
        b.w(f"{k:<22}{x.money(100, 3500)}\n")
    b.w(f"\nÅ betale: {x.money(1500, 9000)}\nBetales til konto ", (fill(r, "####.##.#####"), ACC), "\n\n", "Spørsmål om fakturaen: ", (x.ph(), PH), ", ",
        (f"postmottak@{r.choice(['kommune-faktura', 'kemner', 'innkreving'])}.no", EM), "\n")
    return b

@kind("xx")
def k_da_boligstotte(r):
    x, b = X(r, "DK"), B()
    p, a = x.person(), x.addr()
    d = rdate(r, 2020, 2026)
    b.w("Borgerservice - Boligstøtte\nAfgørelse om boligstøtte\n\n", (p.full, PER), "\n", (a.block(r), ADR), "\n\n", "Dato: ", (x.d(d), DT), f"\nSagsnummer: {fill(r, '##-########')}\n\n", dear(r, p, "da"),
        "Du får boligstøtte fra ", (x.d(d.replace(day=1)), DT), f". Din boligstøtte er beregnet til {x.money(400, 4000)} om måneden.\n\n",
        f"Beregningsgrundlag:\n  Husleje               {x.money(3500, 12000)}\n  Husstandsindkomst     {x.money(120000, 400000)}\n  Antal personer        {r.randint(1, 5)}\n\n",
        "Boligstøtten udbetales til ", r.choice(["din NemKonto.", "udlejer."]), "\nHar du spørgsmål, kan du ringe på ", (x.ph(), PH), " eller læse mere på ",
        (url(r, "borger-boligstoette.dk", ["boligstoette", "selvbetjening"], r.choice(['', 'www.'])), URL), ".\n")
    return b

@kind("xx")
def k_fi_vuokrasopimus(r):
    x, b = X(r, "FI"), B()
    ll, t, a = x.person(), x.person(), x.addr()
    b.w("HUONEENVUOKRASOPIMUS\n\n1. SOPIJAPUOLET\nVuokranantaja: ", (ll.full, PER), "\nOsoite: ", (x.addr().one(), ADR), "\nPuhelin: ", (x.ph(), PH), "   Sähköposti: ", (x.email(ll), EM), "\n\n",
        "Vuokralainen: ", (t.full, PER), "\nSyntymäaika: ", (x.dob(numeric=True), DOB), "\nPuhelin: ", (x.ph(), PH), "\n\n", "2. VUOKRAKOHDE\n", (a.one(), ADR),
        f", {r.choice(['1h+kk', '2h+k', '3h+k+s', 'yksiö'])}, {r.randint(22, 95)} m²\n\n", "3. SOPIMUKSEN VOIMASSAOLO\nAlkaa ", (x.d(numeric=True), DT), ", toistaiseksi voimassa oleva.\n\n",
        f"4. VUOKRA\n{x.money(450, 1600)} kuukaudessa, maksetaan kuukauden 2. päivään mennessä tilille ", (iban(r, "FI"), IBAN), ".\n", f"Vakuus: {x.money(900, 3200)}\n\n",
        "Päiväys ja allekirjoitukset: ", (x.city(), LOC), ", ", (x.d(numeric=True), DT), "\n")
    return b

@kind("xx")
def k_cs_najem(r):
    x, b = X(r, "CZ"), B()
    ll, t, a = x.person(), x.person(), x.addr()
    b.w("NÁJEMNÍ SMLOUVA\nuzavřená podle § 2235 a násl. občanského zákoníku\n\n", "Pronajímatel: ", (ll.full, PER), ", nar. ", (x.dob(numeric=True), DOB), ", bytem ", (x.addr().one(), ADR), "\n",
        "Nájemce: ", (t.full, PER), ", nar. ", (x.dob(numeric=True), DOB), ", tel. ", (x.ph(), PH), "\n\n",
        f"I. Předmět nájmu\nByt č. {r.randint(1, 40)} o velikosti {r.choice(['1+kk', '2+1', '3+kk'])} v domě ", (a.one(), ADR), ".\n\n", "II. Doba nájmu\nOd ", (x.d(), DT), " do ", (x.d(), DT), ".\n\n",
        f"III. Nájemné\nNájemné činí {x.money(9000, 28000)} měsíčně, zálohy na služby {x.money(1500, 5000)}. Splatné vždy do 5. dne v měsíci na účet ")
    if r.random() < .5:
        b.w((f"{fill(r, '##-')}{fill(r, '#########')}/0800" if r.random() < .5 else f"{fill(r, '##########')}/0100", ACC), ".\n")
    else:
        b.w((iban(r, "CZ"), IBAN), ".\n")
    b.w(f"Kauce: {x.money(15000, 60000)}\n\nMísto podpisu: ", (x.city(), LOC), ", dne ", (x.d(numeric=True), DT), "\n")
    return b

@kind("xx")
def k_tr_kira(r):
    x, b = X(r, "TR"), B()
    ll, t, a = x.person(), x.person(), x.addr()
    b.w("KİRA SÖZLEŞMESİ\n\n", "Kiralanan Mülkün Adresi: ", (a.one(), ADR), f"\nCinsi: {r.choice(['Daire', 'Mesken', 'Dubleks daire'])}\n\n",
        "Kiraya Veren: ", (ll.full, PER), "\nKiraya Verenin Adresi: ", (x.addr().one(), ADR), "\nTelefon: ", (x.ph(), PH), "\n\n", "Kiracı: ", (t.full, PER), "\nDoğum Tarihi: ", (x.dob(numeric=True), DOB),
        "\nTelefon: ", (x.ph(), PH), "\n", "E-posta: " if r.random() < .5 else "")
    if b.parts[-1] == "E-posta: ":
        b.w((x.email(t), EM), "\n")
    b.w(f"\nAylık Kira Bedeli: {x.money(8000, 45000)}\nKira Başlangıç Tarihi: ", (x.d(numeric=True), DT), "\nKira Süresi: 1 (bir) yıl\n",
        "Kiranın Ödeme Şekli: Her ayın 5'ine kadar ", (iban(r, "TR"), IBAN), " IBAN numaralı hesaba\n", f"Depozito: {x.money(8000, 60000)}\n\nDüzenleme Tarihi: ", (x.d(), DT), "\n")
    return b

# =========================================================================== entity-free documents (hard negatives only)
@kind("neg")
def k_neg_outage_status(r):
    b = B()
    inc = fill(r, "INC-######")
    b.w(f"Service status - Incident {inc}\n\nStatus: {r.choice(['Investigating', 'Identified', 'Monitoring', 'Resolved'])}\n",
        f"Impact: approx. {r.randint(80, 9000):,} customers on feeder {fill(r, '##@')} (substation SS-{r.randint(1, 99)})\n",
        f"Cause: {r.choice(['equipment failure (recloser R-' + str(r.randint(100, 999)) + ')', 'tree contact', 'planned maintenance overran', 'storm damage', 'underground cable fault'])}\n",
        f"Estimated restoration: within {r.randint(1, 8)} hours\nCrews assigned: {r.randint(1, 9)}\n\nUpdate log:\n")
    clk, st = Clock(r), r.choice([0, 1])
    for _ in range(r.randint(3, 7)):
        b.w(f"{clk(st)} status={r.choice(['dispatched', 'on_site', 'switching', 'restored_partial'])} customers_out={r.randint(0, 9000)} eta_min={r.randint(10, 240)}\n")
    b.w(f"\nNext update in 30 minutes. Quote {inc} when contacting us. Compensation scheme ref GSS-{r.randint(1, 20)} applies after 12 hours.\n")
    return b

@kind("neg")
def k_neg_tariff_sheet(r):
    b = B()
    y = r.randint(2019, 2026)
    b.w(f"RESIDENTIAL RATE SCHEDULE {r.choice(['R-1', 'RS', 'E-TOU-C', 'D'])}   Revision {r.randint(2, 19)}   FY{y}\n\n",
        f"Customer charge ............................ ${r.uniform(5, 25):.2f} per month\nEnergy charge:\n  First {r.choice([500, 600, 1000])} kWh ........................ {r.uniform(8, 16):.2f}¢/kWh\n",
        f"  Additional kWh ........................... {r.uniform(10, 22):.2f}¢/kWh\nTime-of-use option TOU-{r.choice('ABCD')}: peak period on weekday evenings, off-peak overnight and on Sunday\n",
        f"Riders: FAC-{r.randint(1, 9)} fuel adjustment {r.uniform(0.001, 0.03):.4f} $/kWh; SRR storm recovery ${r.uniform(0.1, 2):.2f}/month; ECR-{r.randint(1, 5)}\n",
        f"Minimum bill: ${r.uniform(5, 30):.2f}. Late payment charge: {r.choice(['1.5%', '1%', '2%'])} per month.\n",
        f"Net metering credit: {r.uniform(3, 9):.2f}¢/kWh exported (rider NEM-{r.randint(2, 3)}.0)\nTariff code {fill(r, 'RS-@@@-#')}; supersedes revision {r.randint(1, 9)} of FY{y - 1}.\n")
    return b

@kind("neg")
def k_neg_release_notes(r):
    b = B()
    v = version(r)
    b.w(f"{r.choice(['billing-engine', 'tenant-portal', 'meter-gateway', 'permits-api'])} {v}\n\n")
    for _ in range(r.randint(3, 7)):
        b.w(f"- {r.choice(['fix', 'feat', 'chore', 'perf'])}: {r.choice(['proration when move-out falls on last day of cycle', 'autopay retries with backoff', 'bump pdfkit to ' + version(r), 'CSV export of interval reads', 'mask card numbers in receipts', 'council tax band lookup cache'])} "
            f"(#{r.randint(1000, 9999)}, {hexs(r, 7)})\n")
    b.w(f"\nMigration 00{r.randint(10, 99)}_add_meter_multiplier ({uuid_(r)})\nTest fixtures updated: card {bad16(r)}, ssn {bad_ssn(r)}\n",
        f"Config: PAYMENT_KEY=${{PAYMENT_KEY}}  DB_PASS=${{{{ secrets.DB_PASS }}}}\n\nSHA256 checksums\n{hexs(r, 64)}  {v}-linux-amd64.tar.gz\n{hexs(r, 64)}  {v}-darwin-arm64.tar.gz\n")
    return b

@kind("neg")
def k_neg_headend_log(r):
    b, clk, st = B(), Clock(r), r.choice([0, 1])
    for _ in range(r.randint(6, 16)):
        m = fill(r, "ELM-########")
        b.w(clk(st), " ", r.choice([f"INFO  hes.collector meter={m} fw={version(r)} rssi=-{r.randint(50, 99)} reads={r.randint(1, 96)} crc=ok",
                                                    f"WARN  hes.collector meter={m} tamper_flag=0x0{r.randint(1, 8)} event={r.choice(['REVERSE_FLOW', 'COVER_OPEN', 'MAGNETIC'])}",
                                                    f"INFO  job=nightly_determinants batch={uuid_(r)} meters={r.randint(1000, 90000)} duration={r.randint(30, 900)}s",
                                                    f"DEBUG ingest epoch={r.randint(1600000000, 1790000000)} seq={r.randint(1, 10 ** 6)} sha1={hexs(r, 40)}",
                                                    f"ERROR relay cmd=disconnect meter={m} result=timeout retry_in=300s"]), "\n")
    return b

@kind("neg")
def k_neg_rebate_catalog(r):
    b = B()
    b.w(f"ENERGY EFFICIENCY REBATES - QUALIFYING PRODUCTS ({r.randint(2019, 2026)} program)\n\n{'Category':<28}{'Model':<30}Rebate\n")
    rows = [("Heat pump water heater", "Rheem ProTerra XE50T10HS45U0"), ("Smart thermostat", "ecobee3 lite EB-STATE3LT-02"), ("Ductless heat pump", "Mitsubishi MSZ-GL12NA"),
            ("Heat pump dryer", "Bosch WQB245B0UC"), ("Induction range", "GE Profile PHS930YPFS"), ("Air purifier", "Coway AP-1512HH"), ("Refrigerator", "LG LRFXC2416S"),
            ("Level 2 EV charger", "ChargePoint Home Flex CPH50"), ("Attic insulation R-49", "per 1,000 sq ft")]
    for c, m in r.sample(rows, r.randint(4, 8)):
        b.w(f"{c:<28}{m:<30}${r.choice([25, 50, 75, 100, 300, 600, 1200])}\n")
    b.w(f"\nAHRI reference {fill(r, '#########')} required for heat pumps. Apply within 90 days of purchase. Rebate code RB-{r.randint(1000, 9999)}; limit 2 per account.\n")
    return b

@kind("neg")
def k_neg_de_stoerung(r):
    b = B()
    b.w(f"Störungsmeldung Nr. {fill(r, 'ST-######')}\n\nBetroffenes Netzgebiet: Ortsnetz {r.randint(1, 40)}, Trafostation TS-{r.randint(100, 999)}\n",
        f"Art der Störung: {r.choice(['Kabelfehler Mittelspannung', 'Rohrbruch Versorgungsleitung DN 150', 'Gasdruckabfall', 'Überspannung'])}\n",
        f"Betroffene Anschlüsse: ca. {r.randint(40, 3000):,}".replace(",", "."), f"\nVoraussichtliche Dauer: {r.randint(1, 6)} Stunden\nStatus: In Bearbeitung, Monteure seit {r.randint(10, 90)} Minuten vor Ort\n\nProtokoll:\n")
    clk = Clock(r)
    for _ in range(r.randint(2, 5)):
        b.w(f"{clk(1)} {r.choice(['Meldung eingegangen', 'Trupp alarmiert', 'Fehler eingegrenzt', 'Teilversorgung wiederhergestellt'])} (Ticket {fill(r, '#######')})\n")
    b.w(f"\nWir bitten um Ihr Verständnis. Version Störungsportal {version(r)}.\n")
    return b

@kind("neg")
def k_neg_fr_travaux(r):
    b = B()
    b.w("AVIS DE TRAVAUX - Coupure ", r.choice(["d'eau", "d'électricité", "de gaz"]), " programmée\n\n", f"Référence chantier : TRV-{fill(r, '##-####')}\n",
        f"Secteur : zone {fill(r, '@#')}, réseau DN{r.choice([100, 150, 200])}\nDurée estimée : {r.randint(2, 6)} heures, {r.choice(['mardi matin', 'jeudi après-midi', 'lundi en fin de matinée'])}\n",
        f"Motif : {r.choice(['remplacement de vanne', 'renouvellement de branchement', 'maintenance du poste de transformation'])}\n",
        f"Montant des travaux : {money(r, r.uniform(2000, 90000), 'FR')} HT   Code intervention : {fill(r, '@@-####')}\n",
        "Nous vous prions de bien vouloir stocker l'eau nécessaire avant la coupure. Merci de votre compréhension.\n")
    return b

@kind("neg")
def k_neg_es_corte(r):
    b = B()
    b.w("AVISO DE CORTE PROGRAMADO\n\n", f"Nº de incidencia: {fill(r, 'INC-######')}\nZona afectada: sector {r.randint(1, 40)}, centro de transformación CT-{r.randint(1000, 9999)}\n",
        f"Duración estimada: {r.randint(1, 5)} horas\nMotivo: {r.choice(['mantenimiento preventivo de la línea de media tensión', 'sustitución de contadores', 'reparación de avería en red de abastecimiento'])}\n",
        f"Clientes afectados: {r.randint(30, 2000)}   Potencia afectada: {r.randint(100, 5000)} kVA\nVersión del plan: {version(r)}\nDisculpen las molestias.\n")
    return b

# =========================================================================== generation / CLI
CATS = collections.defaultdict(list)
for _k in KINDS:
    CATS[_k[1]].append(_k)

def _make(seed, i):
    r0 = random.Random(f"{seed}-{i}")
    u = r0.random()
    cat = "neg" if u < .12 else "xx" if u < .325 else "en"
    name, _, fn = r0.choice(CATS[cat])
    for attempt in range(40):
        r = random.Random(f"{seed}-{i}-{attempt}")
        b = fn(r)
        t = b.text()
        if 150 <= len(t) <= 3000:
            return name, cat, {"id": f"blind43-{seed}-{i:06d}", "text": t, "entities": b.ents}
    raise RuntimeError(f"could not build doc {i} ({name}) within length bounds")

def generate(n: int, seed: int = 0):
    for i in range(n):
        yield _make(seed, i)[2]

def validate(doc, name="", cat=""):
    errs, t, prev = [], doc["text"], 0
    if not 150 <= len(t) <= 3000:
        errs.append(f"length {len(t)}")
    if cat == "neg" and doc["entities"]:
        errs.append("entity in negative document")
    for e in sorted(doc["entities"], key=lambda e: e["start"]):
        s, en, ty = e["start"], e["end"], e["type"]
        v = t[s:en]
        if ty not in TYPES:
            errs.append(f"bad type {ty}")
        if not (0 <= s < en <= len(t)) or not v:
            errs.append(f"bad range {s}-{en}")
        elif v != v.strip():
            errs.append(f"whitespace {v!r}")
        if s < prev:
            errs.append(f"overlap at {s}")
        prev = max(prev, en)
        if ty == CC and not luhn_ok(v):
            errs.append(f"luhn {v}")
        if ty == IBAN and not iban_ok(v):
            errs.append(f"iban {v}")
        if ty == SSN:
            d = v.replace("-", "").replace(" ", "")
            if len(d) != 9 or d[:3] in ("000", "666") or d[0] == "9" or d[3:5] == "00" or d[5:] == "0000":
                errs.append(f"ssn {v}")
    return errs

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output")
    a = ap.parse_args()
    if a.check:
        types, kinds, cats, bad, empty = collections.Counter(), collections.Counter(), collections.Counter(), 0, 0
        for i in range(3000):
            name, cat, doc = _make(a.seed, i)
            kinds[name] += 1
            cats[cat] += 1
            empty += not doc["entities"]
            for e in doc["entities"]:
                types[e["type"]] += 1
            errs = validate(doc, name, cat)
            if errs:
                bad += 1
                if bad <= 20:
                    print(f"[{doc['id']} {name}] " + "; ".join(errs[:5]))
        if [d["text"] for d in generate(30, a.seed)] != [d["text"] for d in generate(30, a.seed)]:
            bad += 1
            print("non-deterministic output")
        print(f"kinds defined: {len(KINDS)}   docs: 3000   entity-free: {empty}   by category: {dict(cats)}")
        print("\nentities per type:")
        for t in TYPES:
            print(f"  {t:<24}{types[t]:>7}")
        print(f"  {'TOTAL':<24}{sum(types.values()):>7}")
        print("\ndocs per kind:")
        for k, _, _ in KINDS:
            print(f"  {k:<28}{kinds[k]:>5}")
        print(f"\n{'OK' if not bad else f'{bad} PROBLEM(S)'}")
        sys.exit(1 if bad else 0)
    if a.sample:
        for doc in generate(a.sample, a.seed):
            t, out, pos = doc["text"], [], 0
            for e in sorted(doc["entities"], key=lambda e: e["start"]):
                out += [t[pos:e["start"]], f"[[{t[e['start']:e['end']]}]]{{{e['type']}}}"]
                pos = e["end"]
            out.append(t[pos:])
            print(f"===== {doc['id']} ({len(doc['entities'])} entities) =====\n{''.join(out)}\n")
        return
    if a.output:
        with open(a.output, "w", encoding="utf-8") as fh:
            for doc in generate(a.n, a.seed):
                fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
        print(f"wrote {a.n} documents to {a.output}")
        return
    ap.print_help()

if __name__ == "__main__":
    main()
