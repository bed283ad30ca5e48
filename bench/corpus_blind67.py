r"""Blind corpus 67 -- vital records, funeral homes, cemeteries and genealogy.

Synthetic, labelled test documents for a PII/PHI/secrets detector: birth, death
and marriage certificates and registrations, obituaries and death notices,
funeral arrangements and invoices, cemetery plot and interment records, parish
registers, genealogy research notes, GEDCOM/census transcriptions, DNA-match
messages, archive request letters, plus the IT side of the trade (records
portals, funeral-home websites, HL7/FHIR/X12 feeds, config files).  Every value
is fake; entity spans are recorded while the text is being built.

Usage: python3 bench/corpus_blind67.py --check | --sample K [--seed S]
       | --n N --seed S --output F.jsonl

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
import uuid
from collections import Counter

TYPES = [
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "CREDIT_CARD",
    "IBAN_CODE", "IP_ADDRESS", "DATE_OF_BIRTH", "DATE_TIME", "LOCATION",
    "ADDRESS", "URL", "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER",
    "ACCOUNT_NUMBER", "DRIVER_LICENSE", "AWS_ACCESS_KEY", "AWS_SECRET_KEY",
    "GITHUB_TOKEN", "SLACK_TOKEN", "STRIPE_KEY", "JWT", "PRIVATE_KEY",
    "PASSWORD", "GENERIC_SECRET",
]
SECRET_TYPES = {
    "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN",
    "STRIPE_KEY", "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_SECRET",
}

# --------------------------------------------------------------------------
# Builder: appends text pieces and records entity spans as it goes.
# --------------------------------------------------------------------------

_PH = re.compile(r"\{(\w+)\}")


class Builder:
    def __init__(self) -> None:
        self._parts: list[str] = []
        self._n = 0
        self.ents: list[tuple[int, int, str]] = []

    def add(self, *items):
        for it in items:
            if it is None:
                continue
            if isinstance(it, tuple):
                val, typ = it
                if typ:
                    if not val or val != val.strip():
                        raise ValueError(f"bad {typ} span value {val!r}")
                    self.ents.append((self._n, self._n + len(val), typ))
                self._parts.append(val)
                self._n += len(val)
            elif isinstance(it, list):
                self.add(*it)
            else:
                it = str(it)
                self._parts.append(it)
                self._n += len(it)
        return self

    __call__ = add

    def f(self, tmpl: str, **kw):
        """Template with {key} placeholders; only keys given in kw are replaced."""
        pos = 0
        for m in _PH.finditer(tmpl):
            k = m.group(1)
            if k not in kw:
                continue
            self.add(tmpl[pos:m.start()], kw[k])
            pos = m.end()
        self.add(tmpl[pos:])
        return self

    def text(self) -> str:
        return "".join(self._parts)


def _tag(t):
    return lambda s: (s, t)


P = _tag("PERSON")
EM = _tag("EMAIL_ADDRESS")
PH = _tag("PHONE_NUMBER")
SSN = _tag("US_SSN")
CC = _tag("CREDIT_CARD")
IBAN = _tag("IBAN_CODE")
IP = _tag("IP_ADDRESS")
DOB = _tag("DATE_OF_BIRTH")
DT = _tag("DATE_TIME")
LOC = _tag("LOCATION")
ADDR = _tag("ADDRESS")
URL = _tag("URL")
MRN = _tag("MEDICAL_RECORD_NUMBER")
HPN = _tag("HEALTH_PLAN_NUMBER")
ACCT = _tag("ACCOUNT_NUMBER")
DL = _tag("DRIVER_LICENSE")
AKID = _tag("AWS_ACCESS_KEY")
ASEC = _tag("AWS_SECRET_KEY")
GHT = _tag("GITHUB_TOKEN")
SLK = _tag("SLACK_TOKEN")
STR = _tag("STRIPE_KEY")
JWTT = _tag("JWT")
PKEY = _tag("PRIVATE_KEY")
PW = _tag("PASSWORD")
SEC = _tag("GENERIC_SECRET")

# --------------------------------------------------------------------------
# Value pools
# --------------------------------------------------------------------------


def _s(x: str) -> list[str]:
    return [w.strip() for w in x.split("|") if w.strip()]


NAMES = {
    "en": (_s("James|Robert|William|Thomas|Harold|Walter|Eugene|Raymond|Donald|Kenneth|Arthur|Clarence|Leonard|Francis|Dennis|Gary|Michael|Brian|Kevin|Patrick|Howard|Vernon|Lloyd|Wesley|Gordon|Nathaniel|Ethan|Owen"),
           _s("Mary|Dorothy|Margaret|Helen|Ruth|Evelyn|Betty|Shirley|Joan|Patricia|Linda|Barbara|Carol|Judith|Frances|Gladys|Mildred|Eleanor|Lorraine|Kathleen|Doris|Imogen|Beatrice|Harriet|Abigail|Rosemary|Claire|Hannah"),
           _s("Abernathy|Bradshaw|Caldwell|Donnelly|Ellsworth|Fairbanks|Gallagher|Hargrove|Holloway|Jennings|Kingsley|Lockhart|McAllister|Northcott|O'Rourke|Pemberton|Quinlan|Radcliffe|Sutherland|Thornton|Underwood|Whitaker|Yardley|Brennan|Coughlin|Dempsey|Ashworth|Blackwood|Cartwright|Hollis|Prescott|Whitcombe|Langford|Merriweather")),
    "ie": (_s("Pádraig|Seamus|Cormac|Eoin|Declan|Ciarán|Fergal|Liam"),
           _s("Siobhán|Niamh|Aoife|Brigid|Róisín|Orla|Sinéad|Mairéad"),
           _s("Fitzpatrick|Byrne|Kavanagh|Mulcahy|Ó Súilleabháin|Mac Giolla Phádraig|Ní Bhriain|Doherty|Moynihan|Gilmartin")),
    "de": (_s("Heinrich|Friedrich|Wolfgang|Jürgen|Klaus|Dieter|Matthias|Lukas|Günter|Hans-Peter|Karl-Heinz|Reinhard"),
           _s("Ursula|Gertrud|Ingrid|Hildegard|Renate|Sabine|Annegret|Lieselotte|Katharina|Brigitte|Waltraud|Marlene"),
           _s("Müller|Schneider|Fischer|Weber|Becker|Hoffmann|Schäfer|Koch|Bauer|Richter|Wolff|Neumann|Schwarz|Zimmermann|Krüger|Hartmann|Lange|Vogel|Brandt|Haas|Oberländer|Kühn")),
    "fr": (_s("Jean-Pierre|Michel|Bernard|Alain|Philippe|Gérard|Étienne|Lucien|Thierry|Olivier|Marcel|René"),
           _s("Monique|Françoise|Geneviève|Colette|Simone|Odette|Sylvie|Brigitte|Hélène|Élise|Madeleine|Josiane"),
           _s("Dubois|Lefèvre|Moreau|Laurent|Girard|Bonnet|Fontaine|Rousseau|Chevalier|Mercier|Lambert|Faure|Gauthier|Perrin|Morel|Le Gall|Delacroix")),
    "es": (_s("José Luis|Francisco|Antonio|Manuel|Javier|Alejandro|Rafael|Joaquín|Ignacio|Ramón"),
           _s("María del Carmen|Dolores|Pilar|Concepción|Lucía|Rosario|Inmaculada|Guadalupe|Amparo|Mercedes"),
           _s("García|Fernández|López|Martínez|Sánchez|Romero|Navarro|Domínguez|Gutiérrez|Ortega|Castillo|Herrera|Vargas|Mendoza|Iglesias|Cabrera")),
    "it": (_s("Giuseppe|Giovanni|Salvatore|Vincenzo|Antonio|Francesco|Luigi|Carmine|Pasquale|Raffaele"),
           _s("Giuseppina|Maria Grazia|Rosaria|Concetta|Anna|Lucia|Francesca|Assunta|Carmela|Teresa"),
           _s("Rossi|Russo|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|De Luca|Mancini|Lombardi|Di Stefano")),
    "pt": (_s("João|António|Manuel|Joaquim|Sebastião|Luís|Rui|Thiago|Raimundo|Benedito"),
           _s("Maria da Conceição|Ana Paula|Fernanda|Graça|Rosa|Beatriz|Luíza|Francisca|Irene"),
           _s("Silva|Santos|Ferreira|Pereira|Oliveira|Costa|Rodrigues|Martins|Sousa|Carvalho|Gonçalves|Almeida|Nascimento|Figueiredo")),
    "nl": (_s("Jan|Pieter|Willem|Hendrik|Cornelis|Joost|Maarten|Bram|Gerrit|Teun"),
           _s("Johanna|Cornelia|Wilhelmina|Anneke|Marieke|Femke|Geertruida|Sanne|Hendrika|Ineke"),
           _s("de Vries|van den Berg|Bakker|Janssen|Visser|Smit|Meijer|de Jong|van Dijk|Mulder|Vermeulen|van der Linden|Hoekstra")),
    "pl": (_s("Stanisław|Kazimierz|Józef|Tadeusz|Andrzej|Zbigniew|Wojciech|Krzysztof|Henryk|Ryszard"),
           _s("Halina|Krystyna|Jadwiga|Zofia|Grażyna|Bożena|Małgorzata|Danuta|Wiesława|Elżbieta"),
           _s("Nowak|Wiśniewski|Wójcik|Kowalczyk|Kamiński|Lewandowski|Zieliński|Szymański|Dąbrowski|Kozłowski|Mazur|Jabłoński|Wróblewski")),
    "sv": (_s("Lars|Sven|Gunnar|Bengt|Anders|Per-Olof|Nils|Erik|Göran|Stig"),
           _s("Birgitta|Ingrid|Margareta|Karin|Solveig|Britt-Marie|Astrid|Elsa|Gunilla|Ulla"),
           _s("Andersson|Johansson|Karlsson|Nilsson|Eriksson|Lindqvist|Bergström|Sjöberg|Lundgren|Holmberg|Åkesson")),
    "tr": (_s("Mehmet|Mustafa|Ahmet|Hüseyin|İbrahim|Osman|Yusuf|Kemal|Rıza|Süleyman"),
           _s("Ayşe|Fatma|Emine|Hatice|Zeynep|Elif|Şükran|Gülsüm|Nuriye|Sevim"),
           _s("Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Aydın|Öztürk|Arslan|Doğan|Kılıç|Aslan|Karaca")),
    "ja": (_s("Hiroshi|Takeshi|Kenji|Masao|Shigeru|Yoshio|Haruto|Isamu|Tadashi|Noboru"),
           _s("Yoshiko|Keiko|Michiko|Sachiko|Fumiko|Haruka|Emiko|Noriko|Chiyo|Setsuko"),
           _s("Sato|Suzuki|Takahashi|Tanaka|Watanabe|Ito|Yamamoto|Nakamura|Kobayashi|Kato|Yoshida|Yamada|Matsumoto")),
    "zh": (_s("Wei|Jian|Zhiwei|Hao|Guoqiang|Jun"),
           _s("Mei Ling|Li Na|Xiuying|Hui|Yan|Fang"),
           _s("Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou")),
    "in": (_s("Rajesh|Suresh|Arjun|Venkatesh|Harpreet|Anil|Mohan"),
           _s("Lakshmi|Priya|Sunita|Kavitha|Meenakshi|Anjali|Savitri"),
           _s("Iyer|Sharma|Patel|Reddy|Nair|Gupta|Singh|Chatterjee|Menon|Desai")),
    "ng": (_s("Chinedu|Oluwaseun|Emeka|Babatunde|Adebayo|Ikenna"),
           _s("Ngozi|Funmilayo|Chiamaka|Adaeze|Folake|Ifeoma"),
           _s("Okonkwo|Adeyemi|Okafor|Balogun|Eze|Nwosu|Olawale")),
    "ar": (_s("Mohammed|Youssef|Khalid|Omar|Tariq|Karim"),
           _s("Fatima|Layla|Amira|Nadia|Samira|Huda"),
           _s("Haddad|Al-Masri|Khoury|Nasser|Saleh|Mansour|Rahman")),
    "vi": (_s("Van Minh|Quang Huy|Duc Anh|Van Long"),
           _s("Thi Lan|Thi Hoa|Thu Trang|Ngoc Anh"),
           _s("Nguyen|Tran|Le|Pham|Hoang|Vo")),
    "ko": (_s("Min-jun|Ji-ho|Sung-min|Dong-hyun"),
           _s("Seo-yeon|Young-hee|Mi-kyung|Eun-ji"),
           _s("Kim|Lee|Park|Choi|Jung|Kang")),
    "gr": (_s("Georgios|Dimitrios|Konstantinos|Nikolaos|Panagiotis"),
           _s("Eleni|Vasiliki|Aikaterini|Sofia|Despina"),
           _s("Papadopoulos|Georgiou|Nikolaidis|Karagiannis|Vlachos|Oikonomou")),
}
SURNAME_FIRST = {"zh", "ko", "vi", "ja_sf"}
US_MIX = ["en"] * 9 + ["ie", "de", "it", "es", "pl", "pt", "zh", "in", "ng", "ar", "vi", "ko", "gr", "nl", "sv", "fr", "ja"]

US_CITIES = [("Springfield", "IL", "627"), ("Dayton", "OH", "454"), ("Scranton", "PA", "185"),
             ("Tulsa", "OK", "741"), ("Savannah", "GA", "314"), ("Spokane", "WA", "992"),
             ("Duluth", "MN", "558"), ("Albuquerque", "NM", "871"), ("Burlington", "VT", "054"),
             ("Lubbock", "TX", "794"), ("Bangor", "ME", "044"), ("Fresno", "CA", "937"),
             ("Boise", "ID", "837"), ("Lexington", "KY", "405"), ("Worcester", "MA", "016"),
             ("Green Bay", "WI", "543"), ("Cedar Rapids", "IA", "524"), ("Asheville", "NC", "288"),
             ("Peoria", "IL", "616"), ("Erie", "PA", "165"), ("Billings", "MT", "591"),
             ("Toledo", "OH", "436"), ("Milwaukee", "WI", "532"), ("Baton Rouge", "LA", "708"),
             ("Omaha", "NE", "681"), ("Syracuse", "NY", "132")]
US_STATES = {"IL": "Illinois", "OH": "Ohio", "PA": "Pennsylvania", "OK": "Oklahoma", "GA": "Georgia",
             "WA": "Washington", "MN": "Minnesota", "NM": "New Mexico", "VT": "Vermont", "TX": "Texas",
             "ME": "Maine", "CA": "California", "ID": "Idaho", "KY": "Kentucky", "MA": "Massachusetts",
             "WI": "Wisconsin", "IA": "Iowa", "NC": "North Carolina", "MT": "Montana", "LA": "Louisiana",
             "NE": "Nebraska", "NY": "New York"}
US_AREAS = ["217", "937", "570", "918", "912", "509", "218", "505", "802", "806", "207", "559",
            "208", "859", "508", "920", "319", "828", "309", "814", "406", "419", "414", "225",
            "402", "315"]
US_STREETS = _s("Maple|Oak|Cedar|Elm|Walnut|Chestnut|Hickory|Sycamore|Prospect|Highland|Ridge|Lincoln|Jefferson|Mulberry|Orchard|Meadowbrook|Lakeview|Willow|Harrison|Locust|Pleasant|Church|Mill|Spring|Grove")
US_SUFFIX = _s("St|Ave|Rd|Dr|Ln|Ct|Blvd|Way|Pl|Terrace|Street|Avenue|Road|Drive|Lane")
CA_CITIES = [("Winnipeg", "MB", "R3M"), ("Halifax", "NS", "B3H"), ("Hamilton", "ON", "L8P"),
             ("Regina", "SK", "S4P"), ("Victoria", "BC", "V8V"), ("Moncton", "NB", "E1C")]
CA_AREAS = ["204", "902", "905", "306", "250", "506"]
UK_CITIES = [("London", "SE15"), ("Leeds", "LS6"), ("Norwich", "NR2"), ("Bristol", "BS7"),
             ("York", "YO31"), ("Cardiff", "CF14"), ("Glasgow", "G12"), ("Belfast", "BT9"),
             ("Manchester", "M20"), ("Exeter", "EX4"), ("Lincoln", "LN2"), ("Durham", "DH1")]
UK_STREETS = _s("Church Lane|Mill Road|Victoria Street|Park Avenue|Station Road|The Crescent|Orchard Close|Albert Terrace|Chapel Street|Rectory Lane|Kingsway|Grange Road|Cemetery Road|Abbey View")
IE_CITIES = [("Cork", "T12", "Co. Cork"), ("Galway", "H91", "Co. Galway"), ("Limerick", "V94", "Co. Limerick"),
             ("Kilkenny", "R95", "Co. Kilkenny"), ("Sligo", "F91", "Co. Sligo"), ("Westport", "F28", "Co. Mayo")]
IE_STREETS = _s("Main Street|Bridge Street|Convent Road|Patrick Street|College Road|Ard na Gréine|Church View|Fair Green")
DE_CITIES = [("München", "80", "Bayern"), ("Hamburg", "22", "Hamburg"), ("Köln", "50", "Nordrhein-Westfalen"),
             ("Leipzig", "04", "Sachsen"), ("Dresden", "01", "Sachsen"), ("Freiburg im Breisgau", "79", "Baden-Württemberg"),
             ("Münster", "48", "Nordrhein-Westfalen"), ("Bremen", "28", "Bremen"), ("Nürnberg", "90", "Bayern"),
             ("Kassel", "34", "Hessen"), ("Rostock", "18", "Mecklenburg-Vorpommern"), ("Augsburg", "86", "Bayern")]
DE_STREETS = _s("Lindenstraße|Hauptstraße|Goethestraße|Am Friedhof|Bahnhofstraße|Schillerweg|Kirchgasse|Rosenweg|Birkenallee|Mühlenweg|Eichendorffring|Am Anger")
FR_CITIES = [("Lyon", "6900"), ("Marseille", "1300"), ("Toulouse", "3100"), ("Nantes", "4400"),
             ("Bordeaux", "3300"), ("Rennes", "3500"), ("Lille", "5900"), ("Strasbourg", "6700"),
             ("Dijon", "2100"), ("Grenoble", "3800"), ("Angers", "4900"), ("Limoges", "8700")]
FR_STREETS = _s("rue des Lilas|avenue Jean Jaurès|boulevard Victor Hugo|rue de la Paix|allée des Tilleuls|chemin du Moulin|place de l'Église|impasse des Peupliers|rue du Cimetière|quai des Célestins")
ES_CITIES = [("Madrid", "280"), ("Sevilla", "410"), ("Valencia", "460"), ("Zaragoza", "500"),
             ("Bilbao", "480"), ("Salamanca", "370"), ("Granada", "180"), ("Oviedo", "330"), ("Cáceres", "100")]
ES_STREETS = _s("Calle Mayor|Avenida de la Constitución|Calle del Olmo|Paseo de la Castellana|Calle San Bernardo|Calle de la Amargura|Ronda de Triana|Calle Real")
IT_CITIES = [("Milano", "MI", "201"), ("Napoli", "NA", "801"), ("Torino", "TO", "101"), ("Palermo", "PA", "901"),
             ("Bologna", "BO", "401"), ("Firenze", "FI", "501"), ("Bari", "BA", "701"), ("Verona", "VR", "371"),
             ("Lecce", "LE", "731")]
IT_STREETS = _s("Via Roma|Via Garibaldi|Corso Vittorio Emanuele II|Via dei Mille|Viale Europa|Piazza Dante|Via San Francesco|Vicolo del Pozzo|Via Cavour")
PT_CITIES = [("Lisboa", "1"), ("Porto", "4"), ("Braga", "47"), ("Coimbra", "30"), ("Faro", "80"), ("Aveiro", "38"), ("Viseu", "35")]
PT_STREETS = _s("Rua das Flores|Avenida da Liberdade|Rua de Santa Catarina|Travessa do Carmo|Largo do Rato|Rua Direita|Rua do Cemitério")
BR_CITIES = [("São Paulo", "SP", "01"), ("Belo Horizonte", "MG", "30"), ("Recife", "PE", "50"),
             ("Curitiba", "PR", "80"), ("Porto Alegre", "RS", "90"), ("Salvador", "BA", "40")]
BR_STREETS = _s("Rua Augusta|Avenida Paulista|Rua da Aurora|Rua XV de Novembro|Avenida Sete de Setembro|Rua dos Andradas")
BR_BAIRROS = _s("Centro|Consolação|Boa Vista|Batel|Moinhos de Vento|Barra|Savassi")
NL_CITIES = ["Utrecht", "Rotterdam", "Groningen", "Haarlem", "Leiden", "Zwolle", "Eindhoven", "Amersfoort", "Deventer"]
NL_STREETS = _s("Kerkstraat|Dorpsstraat|Molenweg|Julianalaan|Prinsengracht|Lindelaan|Kastanjelaan|Beatrixstraat")
PL_CITIES = [("Kraków", "31"), ("Gdańsk", "80"), ("Wrocław", "50"), ("Poznań", "60"), ("Łódź", "90"), ("Lublin", "20"), ("Rzeszów", "35")]
PL_STREETS = _s("ul. Długa|ul. Mickiewicza|ul. Piłsudskiego|al. Jana Pawła II|ul. Kościuszki|ul. Lipowa|ul. Cmentarna|ul. Ogrodowa")
SE_CITIES = [("Stockholm", "11"), ("Göteborg", "41"), ("Malmö", "21"), ("Uppsala", "75"), ("Umeå", "90"), ("Linköping", "58"), ("Västerås", "72")]
SE_STREETS = _s("Storgatan|Kyrkogatan|Drottninggatan|Vasagatan|Björkvägen|Skolgatan|Prästgårdsvägen")
TR_CITIES = [("İstanbul", "Kadıköy", "34"), ("İstanbul", "Üsküdar", "34"), ("Ankara", "Çankaya", "06"),
             ("İzmir", "Karşıyaka", "35"), ("Bursa", "Nilüfer", "16"), ("Trabzon", "Ortahisar", "61"), ("Konya", "Selçuklu", "42")]
TR_STREETS = _s("Atatürk Cad.|Cumhuriyet Cad.|Gül Sok.|Lale Sok.|İnönü Cad.|Çınar Sok.")
TR_MAH = _s("Caferağa|Yeni|Bahçelievler|Fatih|Cumhuriyet|Merkez")
JP_CITIES = [("Tokyo", "Setagaya-ku", "Kitazawa", "155"), ("Tokyo", "Suginami-ku", "Asagaya-minami", "166"),
             ("Osaka", "Tennoji-ku", "Uehommachi", "543"), ("Sapporo", "Chuo-ku", "Minami-sanjo", "060"),
             ("Fukuoka", "Hakata-ku", "Gion-machi", "812"), ("Sendai", "Aoba-ku", "Kokubuncho", "980"),
             ("Kyoto", "Sakyo-ku", "Shimogamo", "606"), ("Nagoya", "Showa-ku", "Yagoto", "466")]
AU_CITIES = [("Ballarat", "VIC", "3350"), ("Toowoomba", "QLD", "4350"), ("Hobart", "TAS", "7000"),
             ("Newcastle", "NSW", "2300"), ("Adelaide", "SA", "5000"), ("Bendigo", "VIC", "3550")]
AU_STREETS = _s("Sturt Street|Ruthven Street|Macquarie Street|Hunter Street|King William Street|Pall Mall")
ORIGINS = _s("County Mayo, Ireland|Skibbereen, County Cork|Småland, Sweden|Bavaria|Silesia|Galicia|Calabria|the Azores|Lower Saxony|Posen, Prussia|Cuneo, Piedmont|Stavanger, Norway|Tipperary|Ulster|Friesland|Alsace|Yorkshire|County Kerry|Württemberg|Bohemia|Sicily|Connemara|Västergötland|Limburg|Pomerania")
COUNTRY_NAMES = {"US": "USA", "UK": "United Kingdom", "IE": "Ireland", "DE": "Germany", "FR": "France",
                 "ES": "Spain", "IT": "Italy", "PT": "Portugal", "BR": "Brazil", "NL": "Netherlands",
                 "PL": "Poland", "SE": "Sweden", "TR": "Turkey", "JP": "Japan", "CA": "Canada", "AU": "Australia"}
HOSPITALS = _s("Mercy General Hospital|St. Vincent Medical Center|Sacred Heart Hospital|Memorial Regional Hospital|Good Samaritan Medical Center|Riverside Methodist Hospital|Baptist Health Medical Center|St. Luke's Hospice House")
FUNERAL_HOMES = _s("Holloway & Sons Funeral Home|Evergreen Funeral Chapel|Whitfield-Baxter Funeral Service|Peaceful Valley Mortuary|Greenlawn Funeral Home|Cornerstone Cremation & Funeral|McAllister Family Funeral Home|Lakeside Memorial Chapel|Oakridge Funeral Directors")
CEMETERIES = _s("Oak Hill Cemetery|Greenlawn Memorial Park|Calvary Cemetery|Mount Olivet Cemetery|Riverside Cemetery|St. Mary's Catholic Cemetery|Evergreen Burial Park|Pleasant View Cemetery|Hillcrest Memorial Gardens")
CHURCHES = _s("St. Brigid's Catholic Church|First Presbyterian Church|Grace Lutheran Church|Trinity Episcopal Church|St. Anthony of Padua Parish|Bethel AME Church|Holy Trinity Greek Orthodox Church|Good Shepherd Methodist Church")
FH_DOMAINS = _s("hollowayfh.com|evergreenchapel.com|whitfieldbaxter.com|peacefulvalleymortuary.com|greenlawnfh.net|cornerstonecremation.com|mcallisterfamilyfh.com|lakesidememorial.org|oakridgefd.com")
MAIL_DOMAINS = _s("gmail.com|outlook.com|yahoo.com|hotmail.com|icloud.com|aol.com|proton.me|comcast.net|att.net|fastmail.com")
EU_MAIL = {"de": _s("web.de|gmx.de|t-online.de|posteo.de"), "fr": _s("orange.fr|free.fr|laposte.net|sfr.fr"),
           "es": _s("telefonica.net|gmail.com|hotmail.es"), "it": _s("libero.it|virgilio.it|tiscali.it|pec.it"),
           "pt": _s("sapo.pt|gmail.com|uol.com.br|bol.com.br"), "nl": _s("ziggo.nl|kpnmail.nl|xs4all.nl"),
           "pl": _s("wp.pl|onet.pl|interia.pl|o2.pl"), "sv": _s("telia.com|bredband.net|gmail.com"),
           "tr": _s("gmail.com|hotmail.com.tr|yandex.com.tr"), "ja": _s("docomo.ne.jp|yahoo.co.jp|nifty.com")}
GENEALOGY_SITES = _s("www.familysearch.org|www.findagrave.com|www.ancestry.com|www.wikitree.com|www.geni.com|billiongraves.com|www.myheritage.com")

MONTHS = {
    "en": _s("January|February|March|April|May|June|July|August|September|October|November|December"),
    "de": _s("Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"),
    "fr": _s("janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"),
    "es": _s("enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"),
    "it": _s("gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre"),
    "pt": _s("janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro"),
    "nl": _s("januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"),
    "pl": _s("stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia"),
    "sv": _s("januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"),
    "tr": _s("Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık"),
}
WEEKDAYS = {
    "en": _s("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"),
    "de": _s("Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag"),
    "fr": _s("lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"),
    "es": _s("lunes|martes|miércoles|jueves|viernes|sábado|domingo"),
    "it": _s("lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica"),
    "pt": _s("segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|sábado|domingo"),
    "nl": _s("maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"),
    "sv": _s("måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag"),
    "tr": _s("Pazartesi|Salı|Çarşamba|Perşembe|Cuma|Cumartesi|Pazar"),
}
GEDMON = _s("JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC")

ALNUM = string.ascii_letters + string.digits
UPNUM = string.ascii_uppercase + string.digits
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
HEX = "0123456789abcdef"


def _ascii(s: str) -> str:
    import unicodedata
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("İ", "I")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii())


def luhn_ok(num: str) -> bool:
    ds = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return len(ds) >= 12 and tot % 10 == 0


def _luhn_digit(partial: str) -> str:
    for c in "0123456789":
        if luhn_ok(partial + c):
            return c
    raise AssertionError


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def ssn_ok(s: str) -> bool:
    d = re.sub(r"[ -]", "", s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return not (a == 0 or a == 666 or a >= 900 or g == 0 or n == 0)


# --------------------------------------------------------------------------
# Value generators
# --------------------------------------------------------------------------


def _masc(s: str) -> str:
    for a, b in (("ska", "ski"), ("cka", "cki"), ("dzka", "dzki")):
        if s.endswith(a):
            return s[: -len(a)] + b
    return s


def _fem(s: str) -> str:
    for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if s.endswith(a):
            return s[: -len(a)] + b
    return s


class Person:
    def __init__(self, given, surname, gender, loc, middle=""):
        self.given, self.gender, self.loc, self.middle = given, gender, loc, middle
        self.surname = surname

    @property
    def surname(self) -> str:
        if self.loc == "pl" and self.gender == "F":
            return _fem(self._surname)
        return self._surname

    @surname.setter
    def surname(self, v: str) -> None:
        self._surname = _masc(v) if self.loc == "pl" else v

    @property
    def full(self) -> str:
        if self.loc in SURNAME_FIRST:
            return f"{self.surname} {self.given}"
        mid = f" {self.middle}." if self.middle else ""
        return f"{self.given}{mid} {self.surname}"

    @property
    def plain(self) -> str:
        if self.loc in SURNAME_FIRST:
            return f"{self.surname} {self.given}"
        return f"{self.given} {self.surname}"

    @property
    def formal(self) -> str:
        mid = f" {self.middle}" if self.middle else ""
        return f"{self.surname}, {self.given}{mid}"

    @property
    def hl7(self) -> str:
        s = f"{_ascii(self.surname).upper()}^{_ascii(self.given).upper()}"
        return s + (f"^{self.middle}" if self.middle else "")


class Addr:
    """street = first line (incl. unit); city/region/postcode split fields."""

    def __init__(self, cc, street, city, region, postcode, lines):
        self.cc, self.street, self.city, self.region, self.postcode = cc, street, city, region, postcode
        self.lines = lines  # full postal block lines (street ... city line)

    def one(self, country=False):
        ls = list(self.lines)
        if country:
            ls.append(COUNTRY_NAMES[self.cc])
        return ", ".join(ls)

    def block(self, country=False, indent=""):
        ls = list(self.lines)
        if country:
            ls.append(COUNTRY_NAMES[self.cc])
        return ("\n" + indent).join(ls)

    @property
    def cityline(self):
        if self.cc in ("US", "CA"):
            return f"{self.city}, {self.region}"
        return self.city


class G:
    def __init__(self, rng: random.Random):
        self.r = rng

    # ---- basics
    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p) -> bool:
        return self.r.random() < p

    def digits(self, n) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def nz(self, n) -> str:
        return str(self.r.randint(1, 9)) + self.digits(n - 1)

    def chars(self, n, alphabet=ALNUM) -> str:
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def sha(self, n=40) -> str:
        return self.chars(n, HEX)

    # ---- people
    def person(self, loc=None, gender=None, middle=None) -> Person:
        loc = loc or self.pick(US_MIX)
        gender = gender or self.pick("MF")
        m, f, sur = NAMES[loc]
        given = self.pick(m if gender == "M" else f)
        surname = self.pick(sur)
        mid = ""
        if loc in ("en", "ie") and (middle or (middle is None and self.chance(0.3))):
            mid = self.pick("ABCDEFGHJKLMNPRSTW")
        return Person(given, surname, gender, loc, mid)

    def surname(self, loc=None, gender=None) -> str:
        s = self.pick(NAMES[loc or self.pick(US_MIX)][2])
        return _fem(s) if loc == "pl" and gender == "F" else s

    # ---- places / addresses
    def addr(self, cc="US") -> Addr:
        r, d = self.r, self.digits
        if cc == "US":
            city, st, z = self.pick(US_CITIES)
            num = str(r.randint(3, 9899))
            pre = self.pick(["", "", "", "N ", "S ", "E ", "W "])
            street = f"{num} {pre}{self.pick(US_STREETS)} {self.pick(US_SUFFIX)}"
            if self.chance(0.25):
                street += ", " + self.pick([f"Apt {r.randint(1, 40)}{self.pick('ABCD')}", f"Unit {r.randint(1, 300)}", f"#{r.randint(100, 999)}"])
            pc = z + d(2)
            return Addr(cc, street, city, st, pc, [street, f"{city}, {st} {pc}"])
        if cc == "CA":
            city, pv, fsa = self.pick(CA_CITIES)
            street = f"{r.randint(10, 2999)} {self.pick(US_STREETS)} {self.pick(['Street', 'Avenue', 'Crescent', 'Road'])}"
            pc = f"{fsa} {r.randint(1, 9)}{self.pick('ABCEGHJKLMNPRSTVXY')}{r.randint(0, 9)}"
            return Addr(cc, street, city, pv, pc, [street, f"{city}, {pv} {pc}"])
        if cc == "UK":
            city, area = self.pick(UK_CITIES)
            street = f"{r.randint(1, 140)} {self.pick(UK_STREETS)}"
            if self.chance(0.2):
                street = f"Flat {r.randint(1, 12)}, {street}"
            pc = f"{area} {r.randint(1, 9)}{self.pick('ABDEFGHJLNPQRSTUWXYZ')}{self.pick('ABDEFGHJLNPQRSTUWXYZ')}"
            return Addr(cc, street, city, "", pc, [street, city, pc])
        if cc == "IE":
            city, rk, county = self.pick(IE_CITIES)
            street = f"{r.randint(1, 90)} {self.pick(IE_STREETS)}"
            pc = f"{rk} {self.chars(4, 'ACDEFHKNPRTVWXY0123456789')}"
            return Addr(cc, street, city, county, pc, [street, city, f"{county} {pc}"])
        if cc == "DE":
            city, plz, land = self.pick(DE_CITIES)
            street = f"{self.pick(DE_STREETS)} {r.randint(1, 120)}{self.pick(['', '', '', 'a', 'b'])}"
            pc = plz + d(3)
            return Addr(cc, street, city, land, pc, [street, f"{pc} {city}"])
        if cc == "FR":
            city, cp = self.pick(FR_CITIES)
            street = f"{r.randint(1, 180)}{self.pick(['', '', '', ' bis'])} {self.pick(FR_STREETS)}"
            pc = cp + str(r.randint(0, 9))
            return Addr(cc, street, city, "", pc, [street, f"{pc} {city}"])
        if cc == "ES":
            city, cp = self.pick(ES_CITIES)
            street = f"{self.pick(ES_STREETS)}, {r.randint(1, 140)}, {r.randint(1, 8)}º {self.pick('ABCD')}"
            pc = cp + d(2)
            return Addr(cc, street, city, "", pc, [street, f"{pc} {city}"])
        if cc == "IT":
            city, prov, cap = self.pick(IT_CITIES)
            street = f"{self.pick(IT_STREETS)} {r.randint(1, 200)}"
            pc = cap + d(2)
            return Addr(cc, street, city, prov, pc, [street, f"{pc} {city} ({prov})"])
        if cc == "PT":
            city, cp = self.pick(PT_CITIES)
            street = f"{self.pick(PT_STREETS)}, {r.randint(1, 250)}, {r.randint(1, 6)}.º {self.pick(['Esq.', 'Dto.', 'Frente'])}"
            pc = (cp + d(4 - len(cp))) + "-" + d(3)
            return Addr(cc, street, city, "", pc, [street, f"{pc} {city}"])
        if cc == "BR":
            city, uf, cep = self.pick(BR_CITIES)
            street = f"{self.pick(BR_STREETS)}, {r.randint(10, 2500)}, apto {r.randint(11, 154)} - {self.pick(BR_BAIRROS)}"
            pc = cep + d(3) + "-" + d(3)
            return Addr(cc, street, city, uf, pc, [street, f"{city} - {uf}, {pc}"])
        if cc == "NL":
            city = self.pick(NL_CITIES)
            street = f"{self.pick(NL_STREETS)} {r.randint(1, 220)}"
            pc = f"{r.randint(1000, 9999)} {self.chars(2, 'ABCDEGHJKLMNPRTVWXZ')}"
            return Addr(cc, street, city, "", pc, [street, f"{pc} {city}"])
        if cc == "PL":
            city, pp = self.pick(PL_CITIES)
            street = f"{self.pick(PL_STREETS)} {r.randint(1, 90)}" + (f"/{r.randint(1, 40)}" if self.chance(0.6) else "")
            pc = f"{pp}-{d(3)}"
            return Addr(cc, street, city, "", pc, [street, f"{pc} {city}"])
        if cc == "SE":
            city, pp = self.pick(SE_CITIES)
            street = f"{self.pick(SE_STREETS)} {r.randint(1, 60)}" + (self.pick(["", "", " A", " B"]))
            pc = f"{pp}{r.randint(0, 9)} {d(2)}"
            return Addr(cc, street, city, "", pc, [street, f"{pc} {city}"])
        if cc == "TR":
            city, dist, pk = self.pick(TR_CITIES)
            street = f"{self.pick(TR_MAH)} Mah. {self.pick(TR_STREETS)} No: {r.randint(1, 120)} D: {r.randint(1, 20)}"
            pc = pk + d(3)
            return Addr(cc, street, city, dist, pc, [street, f"{pc} {dist}/{city}"])
        if cc == "JP":
            city, ward, town, z = self.pick(JP_CITIES)
            street = f"{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 20)} {town}"
            pc = f"{z}-{d(4)}"
            return Addr(cc, street, city, ward, pc, [street, ward, f"{city} {pc}"])
        if cc == "AU":
            city, st, pcode = self.pick(AU_CITIES)
            street = f"{r.randint(1, 400)} {self.pick(AU_STREETS)}"
            return Addr(cc, street, city, st, pcode, [street, f"{city} {st} {pcode}"])
        raise KeyError(cc)

    def city(self, cc="US") -> str:
        """A place name usable as one LOCATION span."""
        if cc == "US":
            c, st, _ = self.pick(US_CITIES)
            return self.pick([f"{c}, {st}", f"{c}, {US_STATES[st]}", c])
        a = self.addr(cc)
        if cc == "CA":
            return f"{a.city}, {a.region}"
        if self.chance(0.3) and cc not in ("TR",):
            return f"{a.city}, {COUNTRY_NAMES[cc]}"
        return a.city

    def origin(self) -> str:
        return self.pick(ORIGINS)

    # ---- phones
    def phone(self, cc="US", kind=None) -> str:
        r, d = self.r, self.digits
        if cc in ("US", "CA"):
            a = self.pick(US_AREAS if cc == "US" else CA_AREAS)
            if kind == "tollfree":
                a = self.pick(["800", "888", "877", "866", "855"])
            x = str(r.randint(201, 989))
            ln = d(4)
            return self.pick([f"({a}) {x}-{ln}", f"{a}-{x}-{ln}", f"{a}.{x}.{ln}", f"+1 {a} {x} {ln}",
                              f"+1-{a}-{x}-{ln}", f"1-{a}-{x}-{ln}", f"({a}) {x}-{ln}"])
        if cc == "UK":
            return self.pick([f"020 7946 {d(4)}", f"+44 20 7946 {d(4)}", f"0113 496 {d(4)}",
                              f"+44 113 496 {d(4)}", f"07700 900{d(3)}", f"+44 7700 900{d(3)}", f"01603 {d(6)}"])
        if cc == "IE":
            return self.pick([f"+353 21 427 {d(4)}", f"021 427 {d(4)}", f"087 {d(3)} {d(4)}",
                              f"+353 87 {d(3)} {d(4)}", f"(091) {d(6)}"])
        if cc == "DE":
            return self.pick([f"+49 30 {d(4)} {d(4)}", f"030 {d(8)}", f"+49 171 {d(7)}", f"0171 {d(7)}",
                              f"089 {d(3)} {d(3)}-0", f"+49 (0)221 {d(6)}", f"0341/{d(6)}"])
        if cc == "FR":
            p = self.pick(["1", "4", "5", "6", "2", "3"])
            g = f"{d(2)} {d(2)} {d(2)} {d(2)}"
            return self.pick([f"+33 {p} {g}", f"0{p} {g}", f"0{p}.{g.replace(' ', '.')}", f"+33 (0){p} {g}"])
        if cc == "ES":
            return self.pick([f"+34 91{d(1)} {d(3)} {d(3)}", f"91{d(1)} {d(3)} {d(3)}", f"6{d(2)} {d(2)} {d(2)} {d(2)}",
                              f"+34 6{d(2)} {d(3)} {d(3)}", f"954 {d(2)} {d(2)} {d(2)}"])
        if cc == "IT":
            return self.pick([f"+39 02 {d(4)} {d(4)}", f"02 {d(8)}", f"+39 347 {d(3)} {d(4)}", f"333 {d(7)}",
                              f"081 {d(3)} {d(4)}", f"+39 06 {d(4)} {d(4)}"])
        if cc == "PT":
            return self.pick([f"+351 21 {d(3)} {d(4)}", f"21 {d(3)} {d(4)}", f"+351 91{d(1)} {d(3)} {d(3)}",
                              f"22 {d(3)} {d(4)}", f"96{d(1)} {d(3)} {d(3)}"])
        if cc == "BR":
            a = self.pick(["11", "31", "81", "41", "51", "71"])
            return self.pick([f"+55 {a} 9{d(4)}-{d(4)}", f"({a}) 9{d(4)}-{d(4)}", f"({a}) {d(4)}-{d(4)}", f"+55 {a} {d(4)} {d(4)}"])
        if cc == "NL":
            return self.pick([f"+31 20 {d(3)} {d(4)}", f"020-{d(7)}", f"06-{d(8)}", f"+31 6 {d(8)}", f"030 {d(3)} {d(4)}"])
        if cc == "PL":
            return self.pick([f"+48 58 {d(3)} {d(2)} {d(2)}", f"58 {d(3)} {d(2)} {d(2)}", f"+48 6{d(2)} {d(3)} {d(3)}",
                              f"6{d(2)}-{d(3)}-{d(3)}", f"(12) {d(3)} {d(2)} {d(2)}"])
        if cc == "SE":
            return self.pick([f"+46 8 {d(3)} {d(3)} {d(2)}", f"08-{d(3)} {d(3)} {d(2)}", f"070-{d(3)} {d(2)} {d(2)}",
                              f"+46 70 {d(3)} {d(2)} {d(2)}", f"031-{d(2)} {d(2)} {d(2)}"])
        if cc == "TR":
            return self.pick([f"+90 216 {d(3)} {d(2)} {d(2)}", f"0216 {d(3)} {d(2)} {d(2)}", f"0532 {d(3)} {d(2)} {d(2)}",
                              f"+90 532 {d(3)} {d(4)}", f"(0312) {d(3)} {d(2)} {d(2)}"])
        if cc == "JP":
            return self.pick([f"+81 3-{d(4)}-{d(4)}", f"03-{d(4)}-{d(4)}", f"090-{d(4)}-{d(4)}", f"+81 90-{d(4)}-{d(4)}",
                              f"06-{d(4)}-{d(4)}", f"011-{d(3)}-{d(4)}"])
        if cc == "AU":
            return self.pick([f"+61 3 {d(4)} {d(4)}", f"(03) {d(4)} {d(4)}", f"04{d(2)} {d(3)} {d(3)}", f"+61 4{d(2)} {d(3)} {d(3)}"])
        raise KeyError(cc)

    # ---- email / url / ip
    def email(self, p: Person | None = None, domain=None, lang=None) -> str:
        if domain is None:
            domain = self.pick(EU_MAIL[lang]) if lang in EU_MAIL else self.pick(MAIL_DOMAINS)
        if p is None:
            local = self.pick(["info", "office", "contact", "records", "arrangements", "care", "archives", "frontdesk"])
        else:
            gv = _ascii(p.given.split()[0]).lower().replace("'", "")
            sn = _ascii(p.surname).lower().replace(" ", "").replace("'", "").replace("-", "")
            local = self.pick([f"{gv}.{sn}", f"{gv[0]}{sn}", f"{gv}{sn[:1]}{self.r.randint(1, 99)}",
                               f"{sn}.{gv}", f"{gv}_{sn}{self.r.randint(40, 99)}", f"{gv}{self.r.randint(1950, 2001)}"])
        return f"{local}@{domain}"

    def ipv4(self) -> str:
        r = self.r
        return self.pick([
            f"{r.choice([24, 50, 67, 73, 98, 104, 142, 172, 185, 203, 212, 91, 81])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
            f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
            f"192.168.{r.randint(0, 20)}.{r.randint(2, 254)}",
            f"{r.randint(60, 220)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"])

    def ipv6(self) -> str:
        r = self.r
        groups = [self.pick(["2a02", "2001", "2600", "2607", "2a01", "2804"]), f"{r.randint(0, 0xffff):x}",
                  f"{r.randint(0, 0xffff):x}", f"{r.randint(0, 0xffff):x}"]
        tail = [f"{r.randint(0, 0xffff):x}" for _ in range(r.choice([1, 2, 4]))]
        if len(tail) == 4:
            return ":".join(groups + tail)
        return ":".join(groups) + "::" + ":".join(tail)

    def ip(self) -> str:
        return self.ipv6() if self.chance(0.25) else self.ipv4()

    def slug(self, p: Person) -> str:
        return re.sub(r"[^a-z0-9]+", "-", _ascii(p.plain).lower()).strip("-")

    # ---- dates
    def date(self, y0, y1) -> _dt.date:
        a = _dt.date(y0, 1, 1).toordinal()
        b = _dt.date(y1, 12, 31).toordinal()
        return _dt.date.fromordinal(self.r.randint(a, b))

    def after(self, d: _dt.date, lo, hi) -> _dt.date:
        return d + _dt.timedelta(days=self.r.randint(lo, hi))

    def clock(self):
        return self.r.choice([9, 10, 10, 11, 11, 13, 14, 14, 15, 16, 17, 18, 19]), self.r.choice([0, 0, 0, 30, 30, 15, 45])

    def fdate(self, d: _dt.date, lang="en", style=None) -> str:
        D, M, Y = d.day, d.month, d.year
        if lang == "en":
            mn = MONTHS["en"][M - 1]
            opts = [f"{mn} {D}, {Y}", f"{D} {mn} {Y}", f"{M:02d}/{D:02d}/{Y}", f"{Y}-{M:02d}-{D:02d}",
                    f"{mn[:3]} {D}, {Y}", f"{D} {mn[:3]} {Y}", f"{M}/{D}/{Y}"]
        elif lang == "uk":
            mn = MONTHS["en"][M - 1]
            opts = [f"{D} {mn} {Y}", f"{D:02d}/{M:02d}/{Y}", f"{D} {mn[:3]} {Y}"]
        elif lang == "de":
            opts = [f"{D:02d}.{M:02d}.{Y}", f"{D}. {MONTHS['de'][M - 1]} {Y}"]
        elif lang == "fr":
            dd = "1er" if D == 1 else str(D)
            opts = [f"{D:02d}/{M:02d}/{Y}", f"{dd} {MONTHS['fr'][M - 1]} {Y}"]
        elif lang == "es":
            opts = [f"{D:02d}/{M:02d}/{Y}", f"{D} de {MONTHS['es'][M - 1]} de {Y}"]
        elif lang == "it":
            opts = [f"{D:02d}/{M:02d}/{Y}", f"{D} {MONTHS['it'][M - 1]} {Y}"]
        elif lang == "pt":
            opts = [f"{D:02d}/{M:02d}/{Y}", f"{D} de {MONTHS['pt'][M - 1]} de {Y}"]
        elif lang == "nl":
            opts = [f"{D:02d}-{M:02d}-{Y}", f"{D} {MONTHS['nl'][M - 1]} {Y}"]
        elif lang == "pl":
            opts = [f"{D:02d}.{M:02d}.{Y}", f"{D} {MONTHS['pl'][M - 1]} {Y}"]
        elif lang == "sv":
            opts = [f"{Y}-{M:02d}-{D:02d}", f"{D} {MONTHS['sv'][M - 1]} {Y}"]
        elif lang == "tr":
            opts = [f"{D:02d}.{M:02d}.{Y}", f"{D} {MONTHS['tr'][M - 1]} {Y}"]
        elif lang == "ja":
            opts = [f"{Y}-nen {M}-gatsu {D}-nichi", f"{Y}/{M:02d}/{D:02d}"]
        elif lang == "iso":
            opts = [f"{Y}-{M:02d}-{D:02d}"]
        elif lang == "ged":
            opts = [f"{D} {GEDMON[M - 1]} {Y}"]
        else:
            raise KeyError(lang)
        return opts[style] if style is not None else self.pick(opts)

    def ftime(self, h, m, lang="en") -> str:
        if lang in ("en", "uk"):
            h12 = h % 12 or 12
            ap = "AM" if h < 12 else "PM"
            opts = [f"{h12}:{m:02d} {ap}", f"{h12}:{m:02d} {ap.lower()}", f"{h:02d}:{m:02d}"]
            if m == 0:
                opts.append(f"{h12} {ap}")
            return self.pick(opts)
        if lang == "de":
            return self.pick([f"{h}:{m:02d} Uhr", f"{h}.{m:02d} Uhr"])
        if lang == "fr":
            return self.pick([f"{h} h {m:02d}", f"{h}h{m:02d}"])
        if lang == "pt":
            return self.pick([f"{h}h{m:02d}", f"{h}:{m:02d}"])
        if lang == "nl":
            return self.pick([f"{h}.{m:02d} uur", f"{h}:{m:02d} uur"])
        if lang in ("it", "sv"):
            return self.pick([f"{h}:{m:02d}", f"{h}.{m:02d}"])
        return f"{h:02d}:{m:02d}" if self.chance(0.5) else f"{h}:{m:02d}"

    def fdt(self, d: _dt.date, h, m, lang="en", weekday=None) -> str:
        """Date + time written together (one DATE_TIME span)."""
        wd = self.chance(0.4) if weekday is None else weekday
        t = self.ftime(h, m, lang)
        if lang in ("en", "uk"):
            ds = self.fdate(d, lang, self.pick([0, 1]) if lang == "en" else 0)
            w = WEEKDAYS["en"][d.weekday()] + ", " if wd else ""
            return self.pick([f"{w}{ds} at {t}", f"{w}{ds}, {t}"])
        if lang == "de":
            w = WEEKDAYS["de"][d.weekday()] + ", " if wd else ""
            return f"{w}{self.fdate(d, 'de')} um {t}"
        if lang == "fr":
            w = WEEKDAYS["fr"][d.weekday()] + " " if wd else ""
            return f"{w}{self.fdate(d, 'fr', 1)} à {t}"
        if lang == "es":
            w = WEEKDAYS["es"][d.weekday()] + " " if wd else ""
            return f"{w}{self.fdate(d, 'es', 1)} a las {t}"
        if lang == "it":
            w = WEEKDAYS["it"][d.weekday()] + " " if wd else ""
            return f"{w}{self.fdate(d, 'it', 1)} alle {t}"
        if lang == "pt":
            w = WEEKDAYS["pt"][d.weekday()] + ", " if wd else ""
            return f"{w}{self.fdate(d, 'pt')} às {t}"
        if lang == "nl":
            w = WEEKDAYS["nl"][d.weekday()] + " " if wd else ""
            return f"{w}{self.fdate(d, 'nl', 1)}, {t}"
        return f"{self.fdate(d, lang)}, {t}"

    def times(self, n, h0=0, h1=23):
        """n increasing (h, m, s) tuples within [h0, h1]."""
        xs = sorted(self.r.randint(h0 * 3600, h1 * 3600 + 3599) for _ in range(n))
        return [(x // 3600, x // 60 % 60, x % 60) for x in xs]

    def compact(self, d, h=None, m=None, sec=False) -> str:
        s = f"{d.year}{d.month:02d}{d.day:02d}"
        if h is not None:
            s += f"{h:02d}{m:02d}" + ("00" if sec else "")
        return s

    def iso_dt(self, d, h, m, tz=True) -> str:
        s = f"{d.year}-{d.month:02d}-{d.day:02d}T{h:02d}:{m:02d}:00"
        if tz:
            s += self.pick(["Z", "-05:00", "-06:00", "-04:00", "+01:00"])
        return s

    def now(self):
        """A recent date used for the 'present' of a document."""
        return self.date(2023, 2025)

    # ---- identifiers
    def ssn(self) -> str:
        r = self.r
        a = r.randint(1, 899)
        while a == 666:
            a = r.randint(1, 899)
        g, s = r.randint(1, 99), r.randint(1, 9999)
        return self.pick([f"{a:03d}-{g:02d}-{s:04d}"] * 4 + [f"{a:03d} {g:02d} {s:04d}", f"{a:03d}{g:02d}{s:04d}"])

    def bad_ssn(self) -> str:
        r = self.r
        a = self.pick([0, 666, r.randint(900, 999), r.randint(900, 999)])
        return f"{a:03d}-{r.randint(10, 99):02d}-{r.randint(1, 9999):04d}"

    def masked_ssn(self) -> str:
        return self.pick([f"***-**-{self.digits(4)}", f"XXX-XX-{self.digits(4)}", f"xxx-xx-{self.digits(4)}"])

    def card(self, brand=None, fmt=None) -> str:
        r = self.r
        brand = brand or self.pick(["visa", "visa", "mc", "mc2", "amex", "disc"])
        if brand == "visa":
            pre, n = "4" + self.digits(5), 16
        elif brand == "mc":
            pre, n = str(r.randint(51, 55)) + self.digits(4), 16
        elif brand == "mc2":
            pre, n = str(r.randint(2221, 2720)) + self.digits(2), 16
        elif brand == "amex":
            pre, n = self.pick(["34", "37"]) + self.digits(4), 15
        else:
            pre, n = "6011" + self.digits(2), 16
        body = pre + self.digits(n - len(pre) - 1)
        num = body + _luhn_digit(body)
        fmt = fmt or self.pick(["space", "space", "plain", "dash"])
        if n == 15:
            gs = [num[:4], num[4:10], num[10:]]
        else:
            gs = [num[i:i + 4] for i in range(0, 16, 4)]
        return {"space": " ".join(gs), "dash": "-".join(gs), "plain": num}[fmt]

    def bad_card16(self) -> str:
        c = self.card(brand=self.pick(["visa", "mc"]), fmt="plain")
        last = str((int(c[-1]) + self.r.randint(1, 9)) % 10)
        out = c[:-1] + last
        assert not luhn_ok(out)
        return out if self.chance(0.5) else " ".join(out[i:i + 4] for i in range(0, 16, 4))

    def card_last4(self) -> str:
        return self.pick([f"**** **** **** {self.digits(4)}", f"ending in {self.digits(4)}", f"XXXX-XXXX-XXXX-{self.digits(4)}", f"•••• {self.digits(4)}"])

    def iban(self, cc="DE", grouped=None) -> str:
        d, c = self.digits, self.chars
        bban = {
            "DE": lambda: d(8) + d(10),
            "FR": lambda: d(5) + d(5) + c(11, UPNUM) + d(2),
            "ES": lambda: d(20),
            "IT": lambda: c(1, string.ascii_uppercase) + d(10) + c(12, UPNUM),
            "PT": lambda: "0033" + d(17),
            "NL": lambda: self.pick(["ABNA", "INGB", "RABO", "SNSB", "TRIO"]) + d(10),
            "PL": lambda: d(24),
            "SE": lambda: d(20),
            "TR": lambda: d(5) + "0" + c(16, UPNUM),
            "GB": lambda: self.pick(["NWBK", "BARC", "LOYD", "MIDL"]) + d(14),
            "BE": lambda: d(12),
            "AT": lambda: d(16),
            "CH": lambda: d(5) + c(12, UPNUM),
            "IE": lambda: self.pick(["AIBK", "BOFI"]) + d(14),
        }[cc]()
        rearr = bban + cc + "00"
        n = int("".join(str(int(ch, 36)) for ch in rearr))
        chk = 98 - n % 97
        s = f"{cc}{chk:02d}{bban}"
        assert iban_ok(s)
        grouped = self.chance(0.65) if grouped is None else grouped
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s

    def bic(self) -> str:
        return self.pick(["COBADEFFXXX", "DEUTDEFF", "BNPAFRPPXXX", "CAIXESBBXXX", "BCITITMM", "CGDIPTPL",
                          "ABNANL2A", "PKOPPLPW", "ESSESESS", "TCZBTR2A", "BOFIIE2D", "NWBKGB2L"])

    def mrn(self) -> str:
        return self.pick([f"MRN{self.digits(7)}", self.nz(8), f"{self.nz(2)}-{self.digits(5)}-{self.digits(2)}",
                          f"E{self.digits(9)}", self.nz(7), f"MR-{self.digits(6)}"])

    def hpn(self) -> str:
        L = "ACDEFGHJKMNPQRTUVWXY"
        mbi = f"{self.r.randint(1, 9)}{self.chars(1, L)}{self.chars(1, L + '0123456789')}{self.digits(1)}-{self.chars(1, L)}{self.chars(1, L + '0123456789')}{self.digits(1)}-{self.chars(2, L)}{self.digits(2)}"
        return self.pick([mbi, f"{self.chars(3, string.ascii_uppercase)}{self.digits(9)}", f"W{self.digits(9)}",
                          f"{self.nz(9)}-01", f"XJH{self.digits(8)}", f"U{self.digits(8)}0{self.digits(1)}"])

    def acct(self) -> str:
        return self.pick([self.nz(10), self.nz(12), f"{self.digits(4)}-{self.digits(6)}", f"{self.nz(3)}-{self.digits(7)}-{self.digits(2)}",
                          f"CUST-{self.digits(6)}", self.nz(9)])

    def dl(self, st="IL") -> str:
        d, r = self.digits, self.r
        L = string.ascii_uppercase
        f = {
            "IL": lambda: f"{self.chars(1, L)}{d(3)}-{d(4)}-{d(4)}",
            "CA": lambda: f"{self.chars(1, L)}{d(7)}",
            "NY": lambda: f"{d(3)} {d(3)} {d(3)}",
            "TX": lambda: self.nz(8),
            "PA": lambda: self.nz(8),
            "OH": lambda: f"{self.chars(2, L)}{d(6)}",
            "WA": lambda: f"WDL{self.chars(5, string.ascii_uppercase)}{d(3)}{self.chars(1, string.ascii_uppercase)}",
            "WI": lambda: f"{self.chars(1, L)}{d(3)}-{d(4)}-{d(4)}-{d(2)}",
            "MN": lambda: f"{self.chars(1, L)}{d(12)}",
        }.get(st, lambda: f"{self.chars(1, L)}{d(7)}")
        return f()

    # ---- secrets
    def aws_key(self) -> str:
        return self.pick(["AKIA", "AKIA", "ASIA"]) + self.chars(16, string.ascii_uppercase + "234567")

    def aws_secret(self) -> str:
        return self.chars(40, B64)

    def gh_token(self) -> str:
        if self.chance(0.25):
            return "github_pat_11" + self.chars(20, UPNUM) + "_" + self.chars(59, ALNUM)
        return self.pick(["ghp_", "ghp_", "gho_", "ghs_", "ghu_"]) + self.chars(36)

    def slack_token(self) -> str:
        if self.chance(0.5):
            return f"xoxb-{self.nz(11)}-{self.nz(13)}-{self.chars(24)}"
        return f"xoxp-{self.nz(11)}-{self.nz(11)}-{self.nz(13)}-{self.chars(32, HEX)}"

    def stripe_key(self) -> str:
        pre = self.pick(["sk_live_", "sk_live_", "rk_live_", "sk_test_"])
        return pre + self.pick(["51" + self.chars(self.r.choice([62, 97])), self.chars(24), self.chars(34)])

    def jwt(self) -> str:
        def enc(o):
            return base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).rstrip(b"=").decode()
        alg = self.pick(["HS256", "RS256", "HS512"])
        iat = self.r.randint(1690000000, 1740000000)
        payload = {"sub": self.pick([self.uuid(), "usr_" + self.chars(12), self.digits(7)]), "iat": iat,
                   "exp": iat + self.pick([900, 3600, 86400]), "scope": self.pick(["records:read", "edrs.submit", "cases:write obits:publish", "dna:match"])}
        if self.chance(0.5):
            payload["iss"] = self.pick(["edrs-gateway", "auth.obitportal", "tributes-api"])
        sig = self.chars({"HS256": 43, "RS256": 342, "HS512": 86}[alg], B64URL)
        return f"{enc({'alg': alg, 'typ': 'JWT'})}.{enc(payload)}.{sig}"

    def private_key(self) -> str:
        kind = self.pick(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
        rb = lambda n: bytes(self.r.getrandbits(8) for _ in range(n))
        if kind == "RSA PRIVATE KEY":
            raw, w = b"\x30\x82\x04\xa4\x02\x01\x00\x02\x82\x01\x01\x00" + rb(self.r.randint(420, 560)), 64
        elif kind == "PRIVATE KEY":
            raw, w = b"\x30\x82\x04\xbe\x02\x01\x00\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00" + rb(self.r.randint(400, 540)), 64
        elif kind == "EC PRIVATE KEY":
            raw, w = b"\x30\x77\x02\x01\x01\x04\x20" + rb(32) + b"\xa0\x0a\x06\x08\x2a\x86\x48\xce\x3d\x03\x01\x07\xa1\x44\x03\x42\x00\x04" + rb(64), 64
        else:
            raw, w = b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none" + rb(self.r.randint(300, 380)), 70
        body = base64.b64encode(raw).decode()
        lines = [body[i:i + w] for i in range(0, len(body), w)]
        return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"

    def password(self) -> str:
        words = _s("Magnolia|granite|Cypress|willow|Obelisk|lantern|Heather|marble|Vesper|Requiem|ivy|Chapel|Lilac|tamarack|Solace")
        syms = "!@#$%&*?-_+="
        style = self.r.randint(0, 3)
        if style == 0:
            return f"{self.pick(words)}{self.pick(syms)}{self.digits(self.r.randint(2, 4))}"
        if style == 1:
            return f"{self.pick(words).lower()}{self.pick(syms)}{self.pick(words).capitalize()}{self.digits(2)}"
        if style == 2:
            return self.chars(1) + self.chars(self.r.randint(11, 19), ALNUM + "!#%&*-_")
        w = self.pick(words)
        return w.replace("a", "@").replace("o", "0").replace("e", "3") + self.pick(syms) + self.digits(3)

    def generic_secret(self) -> str:
        return self.pick([self.chars(32, HEX), self.chars(64, HEX), self.chars(40, HEX),
                          self.chars(43, B64URL), "whk_" + self.chars(32),
                          base64.b64encode(bytes(self.r.getrandbits(8) for _ in range(32))).decode().rstrip("=")])


# --------------------------------------------------------------------------
# Document kinds -- English
# --------------------------------------------------------------------------


def _npi(g):
    return "1" + g.digits(9)


def _us_or_ca(g):
    return "CA" if g.chance(0.12) else "US"


def _nm(g, p: Person, caps_ok=True):
    """A name rendering that is always one PERSON span."""
    c = g.r.random()
    if c < 0.62:
        return p.full
    if c < 0.8:
        return p.formal
    if c < 0.92 and caps_ok:
        return p.full.upper()
    return p.plain


def k_birth_certificate(g: G):
    b = Builder()
    cc = _us_or_ca(g)
    a = g.addr(cc)
    child = g.person("en" if g.chance(0.5) else None)
    mother = g.person(child.loc, "F")
    father = g.person(child.loc, "M")
    father.surname = _masc(child.surname)
    dob = g.date(1938, 2023)
    h, m = g.r.randint(0, 23), g.r.randint(0, 59)
    reg = g.after(dob, 3, 25)
    issued = g.after(max(reg, _dt.date(2022, 1, 1)), 0, 700)
    mdob = dob - _dt.timedelta(days=g.r.randint(18 * 365, 40 * 365))
    fdob = mdob - _dt.timedelta(days=g.r.randint(-700, 3000))
    dr = g.person()
    reg_p = g.person()
    b.f("{hdr}\nState file number: {sfn}        Local registration no.: {lrn}\n\n",
        hdr=g.pick(["CERTIFICATE OF LIVE BIRTH — CERTIFIED COPY", "CERTIFIED COPY OF BIRTH RECORD", "CERTIFICATE OF BIRTH (LONG FORM)"]),
        sfn=f"{g.r.randint(100, 199)}-{reg.year}-{g.digits(6)}", lrn=g.digits(5))
    b.f("1. Child's name: {c}\n2. Sex: {sx}    3. Date of birth: {dob}    4. Time of birth: {tob}\n",
        c=P(_nm(g, child)), sx=g.pick(["Female", "Male", "F", "M"]), dob=DOB(g.fdate(dob)), tob=DT(g.ftime(h, m)))
    b.f("5. Place of birth (city, state): {pl}\n6. Facility name: {fac}\n",
        pl=LOC(a.cityline), fac=g.pick(HOSPITALS[:7]))
    b.f("7. Mother's name prior to first marriage: {mo}\n   Mother's date of birth: {mdob}    Birthplace: {mbp}\n",
        mo=P(mother.full), mdob=DOB(g.fdate(mdob)), mbp=LOC(g.city(g.pick(["US", "US", "IE", "DE", "IT", "PL"]))))
    b.f("8. Mother's residence: {res}\n", res=ADDR(a.one()))
    b.f("9. Father's name: {fa}\n   Father's date of birth: {fdob}    Birthplace: {fbp}\n",
        fa=P(father.full), fdob=DOB(g.fdate(fdob)), fbp=LOC(g.city("US")))
    b.f("10. Certifier: {dr}, M.D.    NPI {npi}\n11. Date filed by registrar: {reg}\n    Registrar: {rg}\n\n",
        dr=P(dr.plain), npi=_npi(g), reg=DT(g.fdate(reg)), rg=P(reg_p.full))
    b.f("Issued {iss}. Fee $22.00 received (receipt {rc}). Form VS-101 (rev. {rev}).\n"
        "This is a true and certified copy of the record on file. Any alteration or erasure voids this certificate.\n",
        iss=DT(g.fdate(issued)), rc=g.digits(7), rev=g.r.randint(2009, 2019))
    return b


def k_death_worksheet(g: G):
    b = Builder()
    a = g.addr("US")
    d = g.person()
    dob = g.date(1925, 1965)
    dod = g.date(2023, 2025)
    h, m = g.r.randint(0, 23), g.r.randint(0, 59)
    spouse = g.person(d.loc, "F" if d.gender == "M" else "M")
    father = g.person(d.loc, "M")
    father.surname = _masc(d.surname)
    mother = g.person(d.loc, "F")
    inf = g.person(d.loc)
    inf.surname = d.surname if g.chance(0.6) else inf.surname
    ia = g.addr("US")
    dr = g.person()
    b.f("FUNERAL HOME WORKSHEET — DEATH CERTIFICATE INFORMATION\n{fh}    Case #: FH-{yy}-{cn}\n\n",
        fh=g.pick(FUNERAL_HOMES), yy=str(dod.year)[2:], cn=g.digits(4))
    b.f("Decedent legal name: {n}\n", n=P(_nm(g, d)))
    if g.chance(0.4):
        b.f("Also known as: {aka}\n", aka=P(g.pick(["Bud", "Hank", "Bill", "Sonny", "Chuck"] if d.gender == "M" else ["Peggy", "Dot", "Betty", "Kitty", "Midge"])))
    ssn_item = SSN(g.ssn()) if g.chance(0.75) else g.masked_ssn()
    b.f("Sex: {sx}    SSN: {ssn}    Date of birth: {dob}    Age: {age}\n",
        sx="M" if d.gender == "M" else "F", ssn=ssn_item, dob=DOB(g.fdate(dob)), age=str(dod.year - dob.year - 1))
    b.f("Birthplace: {bp}\n", bp=LOC(g.pick([g.city("US"), g.city(g.pick(["IE", "DE", "IT", "PL", "UK"]))])))
    b.f("Date of death: {dod}    Time pronounced: {tp}\n", dod=DT(g.fdate(dod)), tp=DT(g.ftime(h, m)))
    b.f("Place of death: {fac}, {city}\n", fac=g.pick(HOSPITALS + ["Decedent's home", "Nursing home"]), city=LOC(a.cityline))
    b.f("Residence: {res}\n", res=ADDR(a.one()))
    b.f("Marital status: {ms}    Surviving spouse: {sp}\n", ms=g.pick(["Married", "Widowed", "Divorced"]), sp=P(spouse.full))
    b.f("Father: {fa}    Mother (maiden name): {mo}\n", fa=P(father.full), mo=P(mother.full))
    b.f("Informant: {inf}    Relationship: {rel}    Phone: {ph}\nInformant mailing address: {ia}\n",
        inf=P(inf.full), rel=g.pick(["Daughter", "Son", "Spouse", "Niece", "Brother"]), ph=PH(g.phone("US")), ia=ADDR(ia.one()))
    c1, i1 = g.pick([("Acute myocardial infarction", "I21.9"), ("Sepsis", "A41.9"), ("Metastatic lung carcinoma", "C34.90"), ("Cerebral infarction", "I63.9")])
    c2, i2 = g.pick([("Coronary artery disease", "I25.10"), ("Pneumonia", "J18.9"), ("COPD", "J44.9"), ("Hypertension", "I10")])
    b.f("Cause of death (a): {c1} ({i1})   (b): {c2} ({i2})\n", c1=c1, i1=i1, c2=c2, i2=i2)
    disp = g.after(dod, 3, 10)
    b.f("Disposition: {dp}    Place: {cem}, {cl}    Date: {dd}\n",
        dp=g.pick(["Burial", "Cremation", "Entombment"]), cem=g.pick(CEMETERIES), cl=LOC(g.city("US")), dd=DT(g.fdate(disp)))
    b.f("Attending physician: Dr. {dr}    NPI: {npi}    Hospital MRN: {mrn}\n",
        dr=P(dr.full), npi=_npi(g), mrn=MRN(g.mrn()))
    b.f("Funeral director: {fd}    Embalmer lic. {lic}\n", fd=P(g.person().full), lic=f"EMB-{g.digits(5)}")
    return b


def k_marriage_license(g: G):
    b = Builder()
    st = g.pick(["IL", "CA", "NY", "TX", "PA", "OH", "WA", "WI", "MN"])
    b.f("MARRIAGE LICENSE APPLICATION — OFFICE OF THE COUNTY CLERK\nApplication no.: ML-{y}-{n}    Received by: clerk #{c}\n\n",
        y=g.r.randint(2023, 2025), n=g.digits(6), c=g.r.randint(2, 40))
    for lab in ("PARTY A", "PARTY B"):
        p = g.person()
        a = g.addr("US")
        dob = g.date(1950, 2002)
        b(f"{lab}\n")
        b.f("  Full legal name: {n}\n  Date of birth: {dob}    Age: {age}\n  Birthplace: {bp}\n",
            n=P(p.full), dob=DOB(g.fdate(dob)), age=str(2024 - dob.year), bp=LOC(g.pick([g.city("US"), g.city(g.pick(["ES", "PL", "IT", "DE", "UK", "JP"]))])))
        b.f("  Residence: {a}\n  Phone: {ph}    Email: {em}\n", a=ADDR(a.one()), ph=PH(g.phone("US")), em=EM(g.email(p)))
        dst = g.pick([st, a.region])
        b.f("  Driver's license / state ID no.: {dl}    Issuing state: {st}\n", dl=DL(g.dl(dst)), st=LOC(dst))
        fa, mo = g.person(p.loc, "M"), g.person(p.loc, "F")
        b.f("  Father's name: {fa}    Mother's maiden name: {mo}\n\n", fa=P(fa.full), mo=P(mo.full))
    cd = g.date(2024, 2025)
    h, m = g.clock()
    off = g.person()
    b.f("Planned ceremony: {cd}    Officiant: {t} {off}\n",
        cd=DT(g.fdt(cd, h, m)), t=g.pick(["Rev.", "Judge", "Pastor", "Rabbi"]), off=P(off.full))
    b.f("License fee $60.00 paid by card {mask}. License valid for 60 days; expires {ex}.\n",
        mask=g.card_last4(), ex=DT(g.fdate(g.after(cd, 20, 60))))
    return b


def k_obituary(g: G):
    b = Builder()
    d = g.person(g.pick(["en", "en", "ie", "it", "pl", "de", None]))
    a = g.addr("US")
    age = g.r.randint(62, 99)
    dod = g.date(2023, 2025)
    dob = dod - _dt.timedelta(days=age * 365 + g.r.randint(0, 360))
    fa, mo = g.person(d.loc, "M"), g.person(d.loc, "F")
    fa.surname = _masc(d.surname)
    maiden = g.surname(mo.loc, "F")
    pr = "he" if d.gender == "M" else "she"
    Pr = pr.capitalize()
    poss = "his" if d.gender == "M" else "her"
    b.f("{n}\n\n", n=P(d.full.upper() if g.chance(0.4) else d.full))
    b.f("{n}, {age}, of {city}, passed away peacefully on {dod} at {fac}, surrounded by {poss} family.\n",
        n=P(d.plain), age=str(age), city=LOC(a.cityline), dod=DT(g.fdate(dod, "en", g.pick([0, 1]))),
        fac=g.pick(HOSPITALS), poss=poss)
    b.f("{Pr} was born on {dob} in {bp}, to {fa} and {mo} (née {mn}).",
        Pr=Pr, dob=DOB(g.fdate(dob, "en", g.pick([0, 1]))), bp=LOC(g.pick([g.city("US"), g.origin()])),
        fa=P(fa.full), mo=P(mo.given), mn=P(maiden))
    sp = g.person(d.loc, "F" if d.gender == "M" else "M")
    md = g.date(dob.year + 19, dob.year + 30)
    b.f(" {Pr} married {sp} on {md} at {ch}; they shared {yrs} years together.\n",
        Pr=Pr, sp=P(sp.plain), md=DT(g.fdate(md)), ch=g.pick(CHURCHES), yrs=str(g.r.randint(30, 65)))
    b.f("{Pr} worked for many years at {emp} and was a devoted member of the {club}. {Pr} loved {hob}.\n",
        Pr=Pr, emp=g.pick(["the post office", "General Electric", "the county highway department", "Kroger", "a local print shop", "the school district"]),
        club=g.pick(["VFW", "Altar Society", "Knights of Columbus", "Rotary Club", "Garden Club"]),
        hob=g.pick(["fishing on the lake", "baking pies for church suppers", "polka dancing", "crossword puzzles", "his beagle, Rusty" if d.gender == "M" else "her cat, Mittens"]))
    kids = [g.person(d.loc) for _ in range(g.r.randint(1, 3))]
    b(f"{Pr} is survived by {poss} children, ")
    for i, k in enumerate(kids):
        if i:
            b(", " if i < len(kids) - 1 else " and ")
        b(P(k.plain))
        if g.chance(0.5):
            b(" (", P(g.person(k.loc).given), ")")
        b(" of ", LOC(g.city(g.pick(["US", "US", "CA"]))))
    gk = [g.person(d.loc).given for _ in range(g.r.randint(2, 4))]
    b("; grandchildren ")
    for i, x in enumerate(gk):
        if i:
            b(", " if i < len(gk) - 1 else " and ")
        b(P(x))
    b("; and ", g.pick(["a sister, ", "a brother, "]), P(g.person(d.loc).full), ". ")
    b(f"{Pr} was preceded in death by {poss} parents and ", g.pick(["a brother, ", "a sister, ", "an infant son, "]), P(g.person(d.loc).given), ".\n\n")
    fh = g.pick(FUNERAL_HOMES)
    fa_ = g.addr("US")
    vd = g.after(dod, 3, 7)
    h1 = g.pick([15, 16, 17])
    b.f("Visitation will be held {vd} from {t1} to {t2} at {fh}, {fa}. ",
        vd=DT((WEEKDAYS["en"][vd.weekday()] + ", " if g.chance(0.5) else "") + g.fdate(vd, "en", 0)),
        t1=DT(f"{h1 - 12}:00"), t2=DT(f"{h1 - 12 + 3}:00 PM"), fh=fh, fa=ADDR(fa_.one()))
    sd = g.after(vd, 1, 2)
    h, m = g.clock()
    b.f("A {svc} will be held {sd} at {ch}, with interment to follow at {cem}.\n",
        svc=g.pick(["Mass of Christian Burial", "funeral service", "celebration of life"]), sd=DT(g.fdt(sd, h, m)),
        ch=g.pick(CHURCHES), cem=g.pick(CEMETERIES))
    b.f("In lieu of flowers, memorials may be made to {org}. Online condolences may be shared at {url}",
        org=g.pick(["the American Heart Association", "Hospice of the Valley", "St. Jude Children's Research Hospital", "the Alzheimer's Association"]),
        url=URL(f"https://www.{g.pick(FH_DOMAINS)}/obituaries/{g.slug(d)}"))
    if g.chance(0.5):
        b.f(" or by calling {ph}", ph=PH(g.phone("US")))
    b(".\n")
    return b


def k_arrangement_email(g: G):
    b = Builder()
    fd = g.person()
    fam = g.person()
    dec = g.person(fam.loc)
    dec.surname = fam.surname
    dom = g.pick(FH_DOMAINS)
    fh = FUNERAL_HOMES[FH_DOMAINS.index(dom)]
    now = g.now()
    b.f("From: {fd} <{fe}>\nTo: {fam} <{fme}>\n", fd=P(fd.plain), fe=EM(g.email(fd, dom)), fam=P(fam.plain), fme=EM(g.email(fam)))
    if g.chance(0.5):
        b.f("Cc: {ce}\n", ce=EM(g.email(None, dom)))
    b(f"Date: {WEEKDAYS['en'][now.weekday()][:3]}, {now.day} {MONTHS['en'][now.month - 1][:3]} {now.year} {g.r.randint(8, 18):02d}:{g.r.randint(0, 59):02d}:{g.r.randint(0, 59):02d} -0{g.r.randint(4, 7)}00\n")
    b.f("Subject: Arrangements for {dn}\n\n", dn=P(dec.plain))
    b.f("Dear {g},\n\nThank you for meeting with us {rel}. I know this is a difficult time, and I want to confirm what we discussed for your {r} {dn}:\n\n",
        g=P(fam.given), rel=g.pick(["yesterday", "this morning", "earlier today"]),
        r=g.pick(["father", "grandfather", "uncle"] if dec.gender == "M" else ["mother", "grandmother", "aunt"]),
        dn=P(dec.given))
    vd = g.after(now, 2, 6)
    sd = g.after(vd, 1, 1)
    ca = g.addr("US")
    h, m = g.clock()
    b.f("  • Visitation: {vd} – {t2}, Chapel B\n", vd=DT(g.fdate(vd, "en", 0) + ", 5:00 PM"), t2=DT("8:00 PM"))
    b.f("  • Funeral service: {sd} at {ch}, {ca}\n", sd=DT(g.fdt(sd, h, m)), ch=g.pick(CHURCHES), ca=ADDR(ca.one()))
    b.f("  • Committal: {cem}, Section {s}, Lot {l}, Grave {gr}\n", cem=g.pick(CEMETERIES), s=g.r.randint(1, 40), l=g.r.randint(1, 400), gr=g.r.randint(1, 8))
    if g.chance(0.6):
        pa = g.addr("US")
        b.f("  • Family car pickup at {pt} from {pa}\n", pt=DT(g.ftime(h - 1, m)), pa=ADDR(pa.one()))
    cl = g.person()
    b.f("\nRev. {cl} has agreed to officiate. Please send the obituary text and a photo by {dl} so it can run in {paper}.\n",
        cl=P(cl.full), dl=DT(g.fdt(g.after(now, 1, 2), 12, 0)), paper=g.pick(["the Sunday paper", "the Courier", "the Gazette", "Legacy.com"]))
    b.f("We ordered {n} certified death certificates. The estimated balance is ${amt}; invoice #{inv} will follow by email.\n\n",
        n=str(g.r.randint(4, 15)), amt=f"{g.r.randint(5, 14)},{g.r.randint(100, 999)}.00", inv=g.digits(6))
    b.f("You can reach me directly at {p1} or call our 24-hour line at {p2}.\n\nWith sympathy,\n{fd}\nLicensed Funeral Director\n{fh}\n{fa}\n{url}\n",
        p1=PH(g.phone("US")), p2=PH(g.phone("US", "tollfree")), fd=P(fd.full), fh=fh, fa=ADDR(g.addr("US").block()),
        url=URL(f"https://www.{dom}"))
    return b


def k_funeral_statement(g: G):
    b = Builder()
    fh = g.pick(FUNERAL_HOMES)
    fa = g.addr("US")
    dec = g.person()
    pur = g.person(dec.loc)
    dod = g.date(2023, 2025)
    b.f("STATEMENT OF FUNERAL GOODS AND SERVICES SELECTED\n{fh} | {fa} | Tel {ph}\n\n",
        fh=fh, fa=ADDR(fa.one()), ph=PH(g.phone("US")))
    b.f("Invoice: INV-{y}-{n}        Customer account: {acct}\nDecedent: {d}        Date of death: {dod}\n",
        y=dod.year, n=g.digits(4), acct=ACCT(g.acct()), d=P(_nm(g, dec)), dod=DT(g.fdate(dod)))
    pa = g.addr("US")
    b.f("Purchaser: {p}        Relationship: {rel}\nPurchaser address: {pa}\n\n",
        p=P(pur.full), rel=g.pick(["Son", "Daughter", "Spouse", "Executor"]), pa=ADDR(pa.one()))
    items = [("Basic services of funeral director and staff", 2195), ("Transfer of remains to funeral home", 395),
             ("Embalming", 795), ("Use of facilities for viewing", 495), ("Hearse", 350), ("Casket — 18 ga. steel, Silver Rose", 2890),
             ("Outer burial container", 1295), ("Certified death certificates (8)", 160), ("Memorial folders (100)", 125)]
    tot = 0
    for name, amt in g.r.sample(items, g.r.randint(5, len(items))):
        tot += amt
        b(f"  {name:<48}{amt:>10,.2f}\n")
    b(f"  {'TOTAL':<48}{tot:>10,.2f}\n\n")
    pd = g.after(dod, 2, 9)
    b("CARD AUTHORIZATION (retain in case file — shred after posting)\n")
    cp = pur if g.chance(0.7) else g.person()
    b.f("Cardholder: {c}    Card number: {cc}\nAmount authorized: ${amt}    Date: {pd}    Auth code: {auth}\n",
        c=P(cp.full), cc=CC(g.card()), amt=f"{tot // 2:,}.00", pd=DT(g.fdate(pd)), auth=g.chars(6, UPNUM))
    b.f("Balance of ${bal} due by {due}. Payments may also be mailed to the address above.\n",
        bal=f"{tot - tot // 2:,}.00", due=DT(g.fdate(g.after(pd, 20, 40))))
    return b


def k_cemetery_csv(g: G):
    b = Builder()
    sep = g.pick([",", ",", "\t", ";"])
    cols = ["section", "lot", "grave", "interment_no", "decedent_last", "decedent_first", "date_of_birth",
            "date_of_death", "interment_date", "owner_name", "owner_phone", "vault"]
    b(sep.join(cols) + "\n")
    iso = g.chance(0.5)
    fd = (lambda d: g.fdate(d, "iso")) if iso else (lambda d: f"{d.month:02d}/{d.day:02d}/{d.year}")
    sec = g.pick("ABCDEFGHJK")
    for _ in range(g.r.randint(4, 9)):
        p = g.person()
        dob = g.date(1900, 1960)
        dod = g.date(max(dob.year + 40, 1975), 2025)
        idt = g.after(dod, 2, 12)
        own = g.person(p.loc)
        own.surname = p.surname if g.chance(0.6) else own.surname
        row = [sec, str(g.r.randint(1, 350)), str(g.r.randint(1, 8)), f"{idt.year}-{g.digits(4)}"]
        b(sep.join(row) + sep)
        b(P(p.surname.upper() if g.chance(0.3) else p.surname), sep, P(p.given), sep)
        if g.chance(0.85):
            b(DOB(fd(dob)))
        b(sep, DT(fd(dod)), sep, DT(fd(idt)), sep)
        on = own.formal
        if sep == ",":
            b('"', P(on), '"')
        else:
            b(P(on))
        b(sep)
        if g.chance(0.8):
            b(PH(g.phone("US")))
        b(sep, g.pick(["Y", "N", "concrete liner", "Wilbert Monticello", ""]), "\n")
    return b


def k_deed_transfer_letter(g: G):
    b = Builder()
    cem = g.pick(CEMETERIES)
    ca = g.addr("US")
    now = g.now()
    own = g.person()
    oa = g.addr("US")
    new = g.person(own.loc)
    na = g.addr(g.pick(["US", "US", "CA"]))
    staff = g.person()
    b.f("{cem}\nOffice of Records\n{ca}\n{ph}\n\n{dt}\n\n", cem=cem, ca=ADDR(ca.block()), ph=PH(g.phone("US")), dt=DT(g.fdate(now, "en", 0)))
    b.f("{o}\n{oa}\n\n", o=P(own.full), oa=ADDR(oa.block()))
    b.f("Re: Transfer of interment rights — Deed No. {dn}, Section {s}, Lot {l}, Spaces {sp}\n\n",
        dn=f"{g.r.randint(1950, 1999)}-{g.digits(4)}", s=g.pick("ABCDEFGH") + str(g.r.randint(1, 30)), l=g.r.randint(1, 500), sp="1–4")
    b.f("Dear {t} {s},\n\nWe have received your request to transfer the two unused spaces in the lot originally purchased by your {rel}, {orig}, to {new} of {nc}.\n",
        t=g.pick(["Mr.", "Ms.", "Mrs."]), s=P(own.surname), rel=g.pick(["father", "grandmother", "late aunt"]),
        orig=P(g.person(own.loc).full), new=P(new.full), nc=LOC(na.cityline))
    b.f("To complete the transfer we need (1) the original deed or a notarized affidavit of loss, (2) a certified copy of the death certificate of the original owner, and (3) the enclosed transfer form signed before a notary by {dl}.\n",
        dl=DT(g.fdate(g.after(now, 30, 60))))
    b.f("The recording fee is $150.00 (check payable to {cem}). The new deed will be mailed to {na}.\n\n",
        cem=cem, na=ADDR(na.one()))
    b.f("If you have questions, please contact me at {ph} or {em}.\n\nSincerely,\n\n{st}\nRecords Coordinator\n",
        ph=PH(g.phone("US")), em=EM(g.email(staff, "oakhillcemetery.org" if "Oak" in cem else "cemeteryoffice.org")), st=P(staff.full))
    return b


def k_parish_register(g: G):
    b = Builder()
    loc = g.pick(["ie", "ie", "en", "pl", "it"])
    year = g.r.randint(1851, 1905)
    b.f("Transcription — Register of Baptisms, {par}, vol. {v} ({y1}–{y2})\nTranscribed by volunteer {vid}; spellings as in original.\n\n",
        par=g.pick(["Parish of St. Columba", "St. Patrick's Parish", "Holy Cross Parish", "Parish of St. Nicholas"]),
        v=g.r.randint(2, 9), y1=year, y2=year + 8, vid=f"v-{g.digits(4)}")
    abodes = {"ie": ["Ballyhaunis", "Kilkee", "Tralee", "Clonmel", "Bantry", "Athenry"], "en": ["Wigan", "Leeds", "Halifax", "Rochdale", "Bury"],
              "pl": ["Wadowice", "Bochnia", "Tarnów", "Myślenice"], "it": ["Padula", "Sala Consilina", "Teggiano", "Polla"]}[loc]
    entry = g.r.randint(40, 700)
    births = sorted(_dt.date(year, 1, 1) + _dt.timedelta(days=g.r.randint(0, 8 * 365)) for _ in range(g.r.randint(3, 5)))
    for born in births:
        entry += g.r.randint(1, 9)
        child = g.person(loc)
        bapt = g.after(born, 1, 20)
        fa = g.person(loc, "M")
        fa.surname = _masc(child.surname)
        mo = g.person(loc, "F")
        sp1, sp2 = g.person(loc, "M"), g.person(loc, "F")
        pr = g.person(loc, "M")
        fmt = lambda d: g.fdate(d, "uk", g.pick([0, 2]))
        b.f("Entry {n} | Baptised: {bd} | Child: {c} | Born: {born}\n",
            n=str(entry), bd=DT(fmt(bapt)), c=P(child.given), born=DOB(fmt(born)))
        b.f("   Father: {fa} | Mother: {mo} | Abode: {ab}\n", fa=P(fa.plain), mo=P(mo.plain),
            ab=LOC(g.pick(abodes)))
        b.f("   Sponsors: {s1}, {s2} | Minister: Rev. {pr}\n", s1=P(sp1.plain), s2=P(sp2.plain),
            pr=P(f"{pr.given[0]}. {pr.surname}"))
    b("\nMargin note on final entry illegible (water damage). Image ref: film 1279334, item 4, frame 212.\n")
    return b


def k_research_notes(g: G):
    b = Builder()
    loc = g.pick(["ie", "de", "it", "pl", "sv", "en", "nl"])
    t = g.person(loc, "M")
    dob = g.date(1840, 1890)
    dod = g.date(dob.year + 45, dob.year + 85)
    sp = g.person(loc, "F")
    b.f("# Research log — {s} line\n\n## Target: {n} (b. {dob}, {bp}; d. {dod}, {dp})\n\n",
        s=P(t.surname), n=P(t.plain), dob=DOB(g.fdate(dob, "uk", 2)), bp=LOC(g.origin()), dod=DT(g.fdate(dod, "uk", 2)),
        dp=LOC(g.city("US")))
    cen = g.pick([1880, 1900, 1910, 1920])
    b.f("- {cen} US census: household in {c}, ED {ed}, sheet {sh}. Lists immigration year {iy}, occupation 'teamster'.\n",
        cen=str(cen), c=LOC(g.city("US")), ed=g.r.randint(10, 300), sh=f"{g.r.randint(1, 30)}{g.pick('AB')}", iy=str(dob.year + g.r.randint(15, 30)))
    arr = g.date(dob.year + 15, dob.year + 30)
    b.f("- Passenger list: arrived {arr} aboard SS {ship} (line 14). Destination: cousin {cz} in {cd}.\n",
        arr=DT(g.fdate(arr, "uk", 0)), ship=g.pick(["Umbria", "Kaiser Wilhelm II", "Cedric", "Patria", "Stavangerfjord"]),
        cz=P(g.person(loc).plain), cd=LOC(g.city("US")))
    md = g.date(dob.year + 22, dob.year + 32)
    b.f("- Married {sp} on {md} at {mp} (county marriage book 7, p. 212).\n",
        sp=P(sp.plain), md=DT(g.fdate(md, "uk", 0)), mp=LOC(g.city("US")))
    b("- Children found so far:\n")
    for _ in range(g.r.randint(2, 4)):
        c = g.person(loc)
        b.f("    - {c} (b. {cb})\n", c=P(c.given), cb=DOB(g.fdate(g.date(md.year + 1, md.year + 18), "uk", 2)))
    b.f("- DNA: match with {m} (shared 212 cM / 9 segments) likely 2C1R via {s}.\n",
        m=P(g.person().plain), s=P(sp.given))
    b.f("\nTODO\n- Request death certificate from county clerk — email {em}\n- Check probate index {y1}–{y2}\n- Compare with tree at {url}\n",
        em=EM(g.email(None, g.pick(["countyclerk.gov", "vitalrecords.state.gov", "co.records.us"]))), y1=str(dod.year), y2=str(dod.year + 3),
        url=URL(f"https://{g.pick(GENEALOGY_SITES)}/tree/{g.digits(8)}/person/{g.digits(11)}"))
    return b


def k_dna_message(g: G):
    b = Builder()
    me = g.person()
    gm = g.person(g.pick(["ie", "it", "pl", "de", "sv", "en"]), "F")
    h1 = g.pick(["kettleby_roots", "gen_hunter1974", "oakleaf.tree", "maplecreek_fam", "dnaCousinQuest", "bramble_and_birch"])
    b.f("Message from {h} · shared DNA: {cm} cM across {seg} segments · predicted relationship: {rel}\n\n",
        h=h1, cm=str(g.r.randint(40, 410)), seg=str(g.r.randint(3, 18)), rel=g.pick(["2nd–3rd cousin", "3rd–4th cousin", "1st cousin once removed"]))
    b.f("Hi there! I'm {n} and I think we connect through my {r} side. My grandmother was {gm}, born {dob} in {bp}.",
        n=P(me.given), r=g.pick(["mother's", "father's", "paternal", "maternal"]), gm=P(gm.full),
        dob=DOB(g.fdate(g.date(1900, 1935), "en", g.pick([0, 1]))), bp=LOC(g.pick([g.origin(), g.city("US")])))
    fa, mo = g.person(gm.loc, "M"), g.person(gm.loc, "F")
    fa.surname = _masc(gm.surname)
    b.f(" Her parents were {fa} and {mo}, who came over around {y}.\n\n", fa=P(fa.plain), mo=P(mo.plain), y=str(g.r.randint(1880, 1925)))
    b.f("Our shared matches include {m1} and {h2}, so I suspect the {s} family. ",
        m1=P(g.person().plain), h2=g.pick(["rootsdigger22", "JJ_tree", "the_sullivan_archive", "marthas_kin"]), s=P(g.surname(gm.loc)))
    b("Do you have a tree I could look at? ")
    b.f("Mine is public at {url}. You can also email me at {em}", url=URL(f"https://{g.pick(GENEALOGY_SITES)}/family-tree/{g.digits(9)}"), em=EM(g.email(me)))
    if g.chance(0.6):
        b.f(" or text {ph}", ph=PH(g.phone(g.pick(["US", "US", "UK", "CA", "IE", "AU"]))))
    b.f(".\n\nThanks so much,\n{n}\n\n— Sent {rel} · Kit ID {kit}\n", n=P(me.plain), rel=g.pick(["3 days ago", "yesterday", "2 weeks ago"]),
        kit=f"{g.chars(2, string.ascii_uppercase)}{g.digits(6)}")
    return b


def k_archive_request(g: G):
    b = Builder()
    cc = g.pick(["UK", "IE", "US", "AU"])
    me = g.person()
    ma = g.addr(cc)
    lang = "en" if cc == "US" else "uk"
    now = g.now()
    b.f("{me}\n{ma}\n{ph} · {em}\n\n{dt}\n\n", me=P(me.full), ma=ADDR(ma.block()), ph=PH(g.phone(cc)), em=EM(g.email(me)),
        dt=DT(g.fdate(now, lang, 0)))
    arc = g.pick(["County Record Office", "Diocesan Archives", "Municipal Archives", "Regional Heritage Centre"])
    acc = g.pick(["UK", "IE", "US"])
    aa = g.addr(acc)
    b.f("{arc}\nReading Room Services\n{aa}\n\n", arc=arc, aa=ADDR(aa.block()))
    anc = g.person(g.pick(["ie", "en", "de", "it"]), "M")
    b.f("Re: Request for copy of burial and death register entries — {anc}\n\n", anc=P(anc.plain))
    dob = g.date(1850, 1900)
    dod = g.date(dob.year + 30, dob.year + 80)
    b.f("Dear Archivist,\n\nI am researching my great-grandfather, {anc}, who I believe was born on {dob} in {bp} and died on or about {dod} in {dp}. ",
        anc=P(anc.plain), dob=DOB(g.fdate(dob, lang, 0)), bp=LOC(g.origin()), dod=DT(g.fdate(dod, lang, 0)), dp=LOC(g.city(acc)))
    b.f("His last known residence was {la}. His wife was {w} and his eldest son {s}.\n\n",
        la=ADDR(g.addr(acc).one()), w=P(g.person(anc.loc, "F").plain), s=P(g.person(anc.loc, "M").given))
    b.f("I would be grateful for copies of the burial register entry and any grave-plot records. I enclose a cheque for £12.50 towards search fees; your previous reference was {ref}.\n\n",
        ref=f"ARC/{g.r.randint(2019, 2024)}/{g.digits(4)}")
    b.f("Yours faithfully,\n\n{me}\n", me=P(me.plain))
    return b


def k_order_json(g: G):
    g_ = g
    b = Builder()
    subj = g.person()
    app = g.person(subj.loc)
    a = g.addr("US")
    dod = g.date(2023, 2025)
    st = a.region
    b('{\n  "orderId": "VR-', g.digits(7), '",\n  "status": "', g.pick(["PAID", "PENDING_ID_REVIEW", "SHIPPED"]), '",\n')
    b('  "recordType": "', g.pick(["death_certificate", "birth_certificate", "marriage_certificate"]), '",\n  "copies": ', str(g.r.randint(1, 6)), ',\n')
    b('  "subject": {\n    "firstName": "', P(subj.given), '",\n    "lastName": "', P(subj.surname), '",\n')
    b('    "eventDate": "', DT(g.fdate(dod, "iso")), '",\n    "eventPlace": {"city": "', LOC(g.pick(US_CITIES)[0]), '", "state": "', LOC(st), '"}\n  },\n')
    b('  "applicant": {\n    "name": "', P(app.full), '",\n    "relationship": "', g.pick(["child", "spouse", "parent", "legal representative", "sibling"]), '",\n')
    b('    "dateOfBirth": "', DOB(g.fdate(g.date(1950, 1995), "iso")), '",\n    "email": "', EM(g.email(app)), '",\n    "phone": "', PH(g.phone("US")), '",\n')
    b('    "address": {\n      "line1": "', ADDR(a.street), '",\n      "city": "', LOC(a.city), '",\n      "state": "', LOC(a.region), '",\n')
    b('      "postalCode": "', a.postcode, '",\n      "country": "US"\n    },\n')
    dst = g.pick([a.region, "IL", "WA"])
    b('    "idDocument": {"type": "drivers_license", "number": "', DL(g.dl(dst)), '", "state": "', LOC(dst), '"}\n  },\n')
    b('  "payment": {"method": "card", "cardNumber": "', CC(g.card(fmt="plain")), '", "amount": ', f"{g.r.randint(2, 9)*11}.00", ', "currency": "USD"},\n')
    b('  "client": {"ip": "', IP(g_.ip()), '", "userAgent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36"}\n}\n')
    return b


def _seg(b: Builder, fields, end="\n"):
    for i, f in enumerate(fields):
        if i:
            b("|")
        b(f)
    b(end)


def _xad(a: Addr) -> str:
    street = _ascii(a.street).upper()
    unit = ""
    if ", " in street:
        street, unit = street.split(", ", 1)
    return f"{street}^{unit}^{_ascii(a.city).upper()}^{a.region}^{a.postcode}^USA"


def k_hl7_death(g: G):
    b = Builder()
    p = g.person()
    a = g.addr("US")
    dob = g.date(1925, 1965)
    dod = g.date(2023, 2025)
    h, m = g.r.randint(0, 23), g.r.randint(0, 59)
    adm = dod - _dt.timedelta(days=g.r.randint(1, 14))
    fac = g.pick(["MERCYGEN", "STVINCENT", "SACREDHRT", "MEMREG"])
    ts = g.compact(dod, min(h + 1, 23), g.r.randint(0, 59), sec=True)
    _seg(b, ["MSH", "^~\\&", "EPIC", fac, "FHCONNECT", g.pick(["HOLLOWAYFH", "EVERGREEN", "GREENLAWN", "LAKESIDE"]), ts, "",
             "ADT^A03^ADT_A03", f"MSG{g.digits(8)}", "P", "2.5.1"])
    _seg(b, ["EVN", "A03", ts, "", "", [g.digits(5), "^", P(f"{_ascii(g.person('en').surname).upper()}^{g.pick('JKLMS')}")]])
    pid = [""] * 31
    pid[0], pid[1] = "PID", "1"
    pid[3] = [MRN(g.mrn()), f"^^^{fac}^MR"]
    pid[5] = P(p.hl7)
    if g.chance(0.5):
        pid[6] = P(_ascii(g.surname(p.loc)).upper())
    pid[7] = DOB(g.compact(dob))
    pid[8] = p.gender
    pid[10] = g.pick(["2106-3^White^CDCREC", "2054-5^Black or African American^CDCREC", "2028-9^Asian^CDCREC", ""])
    pid[11] = ADDR(_xad(a))
    ph = g.phone("US")
    pid[13] = [PH(ph), "^PRN^PH"]
    pid[16] = g.pick(["M", "W", "S", "D"])
    pid[18] = [ACCT(g.nz(9)), f"^^^{fac}^AN"]
    pid[19] = SSN(g.ssn()) if g.chance(0.8) else ""
    pid[29] = DT(g.compact(dod, h, m))
    pid[30] = "Y"
    _seg(b, pid)
    dr = g.person()
    pv1 = [""] * 46
    pv1[0], pv1[1], pv1[2] = "PV1", "1", "I"
    pv1[3] = f"{g.r.randint(2, 7)}W^{g.r.randint(200, 799)}^{g.pick('AB')}^{fac}"
    pv1[7] = [_npi(g), "^", P(dr.hl7), "^^DR" if dr.middle else "^^^DR"]
    pv1[10] = g.pick(["MED", "ONC", "ICU", "CAR"])
    pv1[36] = "20"
    pv1[44] = DT(g.compact(adm, g.r.randint(0, 23), g.r.randint(0, 59)))
    pv1[45] = DT(g.compact(dod, h, m))
    _seg(b, pv1)
    if g.chance(0.85):
        ins = g.person(p.loc) if g.chance(0.3) else p
        in1 = [""] * 37
        in1[0], in1[1] = "IN1", "1"
        in1[2] = g.pick(["MCR-A^Medicare Part A", "BCBS-PPO", "AETNA-MA", "UHC-MAPD", "HUMANA-GOLD"])
        in1[3] = g.digits(5)
        in1[4] = g.pick(["MEDICARE", "BLUE CROSS BLUE SHIELD", "AETNA", "UNITEDHEALTHCARE", "HUMANA"])
        in1[5] = ADDR(f"PO BOX {g.r.randint(1000, 99999)}^^{_ascii(g.pick(US_CITIES)[0]).upper()}^{g.pick(list(US_STATES))}^{g.digits(5)}")
        in1[8] = g.pick(["", f"GRP{g.digits(6)}", g.digits(6)])
        in1[16] = P(ins.hl7)
        in1[17] = "01" if ins is p else "02"
        in1[18] = DOB(g.compact(dob if ins is p else g.date(1930, 1965)))
        in1[36] = HPN(g.hpn())
        _seg(b, in1)
    nk = g.person(p.loc)
    na = g.addr("US")
    _seg(b, ["NK1", "1", P(nk.hl7), g.pick(["SPO^Spouse^HL70063", "CHD^Child^HL70063", "SIB^Sibling^HL70063"]),
             ADDR(_xad(na)), PH(g.phone("US"))])
    _seg(b, ["DG1", "1", "I10", g.pick(["I21.9^Acute MI, unspecified^I10", "C34.90^Malignant neoplasm of lung^I10", "J96.01^Acute resp failure w hypoxia^I10"]), "", "", "A"])
    return b


def k_fhir_patient(g: G):
    b = Builder()
    p = g.person()
    a = g.addr("US")
    dob = g.date(1925, 1965)
    dod = g.date(2023, 2025)
    h, m = g.r.randint(0, 23), g.r.randint(0, 59)
    upd = g.after(dod, 0, 2)
    b('{\n  "resourceType": "Patient",\n  "id": "', g.uuid(), '",\n')
    b('  "meta": {"versionId": "', str(g.r.randint(2, 9)), '", "lastUpdated": "', g.iso_dt(upd, g.r.randint(0, 23), g.r.randint(0, 59)), '"},\n')
    b('  "identifier": [\n    {"type": {"text": "MRN"}, "system": "urn:oid:2.16.840.1.113883.3.', g.digits(4), '", "value": "', MRN(g.mrn()), '"}')
    if g.chance(0.5):
        b(',\n    {"system": "', URL("http://hl7.org/fhir/sid/us-ssn"), '", "value": "', SSN(g.ssn()), '"}')
    b('\n  ],\n  "active": false,\n')
    b('  "name": [{"use": "official", "family": "', P(p.surname), '", "given": ["', P(p.given), '"')
    if p.middle:
        b(', "', P(p.middle), '"')
    b(']}],\n')
    b('  "telecom": [{"system": "phone", "value": "', PH(g.phone("US")), '", "use": "home"}],\n')
    b('  "gender": "', "male" if p.gender == "M" else "female", '",\n  "birthDate": "', DOB(g.fdate(dob, "iso")), '",\n')
    b('  "deceasedDateTime": "', DT(g.iso_dt(dod, h, m)), '",\n')
    b('  "address": [{"use": "home", "line": ["', ADDR(a.street), '"], "city": "', LOC(a.city), '", "state": "', LOC(a.region),
      '", "postalCode": "', a.postcode, '", "country": "US"}],\n')
    c = g.person(p.loc)
    b('  "contact": [{\n    "relationship": [{"coding": [{"code": "N", "display": "Next-of-Kin"}]}],\n')
    b('    "name": {"text": "', P(c.full), '"},\n    "telecom": [{"system": "email", "value": "', EM(g.email(c)), '"}, {"system": "phone", "value": "', PH(g.phone("US")), '"}]\n  }],\n')
    b('  "managingOrganization": {"reference": "Organization/', g.digits(5), '", "display": "', g.pick(HOSPITALS), '"}\n}\n')
    return b


def k_vcard(g: G):
    b = Builder()
    for _ in range(g.r.randint(1, 2)):
        p = g.person()
        a = g.addr("US")
        dom = g.pick(FH_DOMAINS)
        org = FUNERAL_HOMES[FH_DOMAINS.index(dom)]
        b("BEGIN:VCARD\nVERSION:", g.pick(["3.0", "4.0"]), "\n")
        n = f"{p.surname};{p.given}" + (f";{p.middle}" if p.middle else "")
        b("N:", P(n), ";;" if p.middle else ";;;", "\n")
        b("FN:", P(p.full), "\nORG:", org, "\nTITLE:", g.pick(["Funeral Director & Embalmer", "Pre-Need Counselor", "Family Service Advisor", "Cemetery Sales Manager"]), "\n")
        b("TEL;TYPE=WORK,VOICE:", PH(g.phone("US")), "\n")
        if g.chance(0.7):
            b("TEL;TYPE=CELL:", PH(g.phone("US")), "\n")
        b("EMAIL;TYPE=INTERNET:", EM(g.email(p, dom)), "\n")
        adr = f"{a.street};{a.city};{a.region};{a.postcode};USA"
        b("ADR;TYPE=WORK:;;", ADDR(adr), "\n")
        b("URL:", URL(f"https://www.{dom}/staff/{g.slug(p).split('-')[0]}"), "\n")
        if g.chance(0.6):
            bd = g.date(1958, 1994)
            b("BDAY:", DOB(g.pick([g.fdate(bd, "iso"), g.compact(bd)])), "\n")
        b("NOTE:On call ", g.pick(["weekends", "Mon–Thu nights", "alternate Sundays"]), ". Pager ", g.digits(4), ".\nEND:VCARD\n")
    return b


def k_ics_service(g: G):
    b = Builder()
    p = g.person()
    tz = g.pick(["America/Chicago", "America/New_York", "America/Denver", "America/Los_Angeles"])
    d = g.date(2024, 2025)
    h, m = g.clock()
    stamp = d - _dt.timedelta(days=g.r.randint(2, 6))
    b("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//", g.pick(["Evergreen Funeral Chapel//Events 1.4", "Tribute Center//EN", "FrontRunner Pro//Calendar 3.2"]), "//EN\nCALSCALE:GREGORIAN\n")
    b("BEGIN:VTIMEZONE\nTZID:", tz, "\nEND:VTIMEZONE\nBEGIN:VEVENT\nUID:", g.uuid(), "\n")
    b("DTSTAMP:", f"{g.compact(stamp)}T{g.r.randint(10, 23):02d}{g.r.randint(0, 59):02d}22Z", "\n")
    b("CREATED:", g.compact(stamp) + "T" + f"{g.r.randint(10, 23)}0500Z", "\n")
    b("LAST-MODIFIED:", g.compact(stamp) + "T" + f"{g.r.randint(10, 23)}4411Z", "\n")
    b("DTSTART;TZID=", tz, ":", DT(g.compact(d) + f"T{h:02d}{m:02d}00"), "\n")
    b("DTEND;TZID=", tz, ":", DT(g.compact(d) + f"T{h + 1:02d}{m:02d}00"), "\n")
    b("SUMMARY:", g.pick(["Celebration of Life — ", "Funeral Service for ", "Memorial Service: "]), P(p.plain), "\n")
    a = g.addr("US")
    b("LOCATION:", g.pick(["Main Chapel", "Lakeside Chapel", "Fellowship Hall"]), "\\, ", ADDR(a.one().replace(",", "\\,")), "\n")
    org = g.person()
    b("ORGANIZER;CN=", P(org.plain), ":mailto:", EM(g.email(org, g.pick(FH_DOMAINS))), "\n")
    for _ in range(g.r.randint(1, 3)):
        at = g.person(p.loc)
        b("ATTENDEE;CN=", P(at.plain), ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:", EM(g.email(at)), "\n")
    off = g.person()
    b("DESCRIPTION:Officiant: ", g.pick(["Rev. ", "Pastor ", "Father "]), P(off.full), ". Livestream: ",
      URL(f"https://{g.pick(['tributes.live', 'vimeo.com/event', 'www.onecommune.com/live'])}/{g.digits(7)}"),
      ". Reception to follow in the parlor.\\nQuestions: ", PH(g.phone("US")), "\n")
    b("BEGIN:VALARM\nTRIGGER:-PT2H\nACTION:DISPLAY\nEND:VALARM\nEND:VEVENT\nEND:VCALENDAR\n")
    return b


def k_x12_claim(g: G):
    b = Builder()
    p = g.person()
    a = g.addr("US")
    dob = g.date(1928, 1960)
    sd = g.date(2023, 2025)
    sub = g.pick(["HOSPICEVALLEY", "MERCYGEN", "STVINCENTMC"])
    isa_d = g.after(sd, 5, 40)
    yy = f"{isa_d.year % 100:02d}{isa_d.month:02d}{isa_d.day:02d}"
    tm = f"{g.r.randint(0, 23):02d}{g.r.randint(0, 59):02d}"
    ctl = g.digits(9)
    b(f"ISA*00*          *00*          *ZZ*{sub:<15}*ZZ*{g.pick(['CMS', 'BCBSIL', 'AETNA']):<15}*{yy}*{tm}*^*00501*{ctl}*0*P*:~\n")
    b(f"GS*HC*{sub}*RECV*{g.compact(isa_d)}*{tm}*{int(ctl[-4:])}*X*005010X222A1~\nST*837*0001*005010X222A1~\n")
    contact = g.person()
    b("NM1*41*2*", sub, "*****46*", g.digits(9), "~\nPER*IC*", P(_ascii(contact.plain).upper()), "*TE*", PH(g.digits(3) + g.digits(7)), "~\n")
    pa = g.addr("US")
    b("NM1*85*2*", g.pick(["HOSPICE OF THE VALLEY", "MERCY GENERAL HOSPITAL", "ST VINCENT MEDICAL CENTER"]), "*****XX*", _npi(g), "~\n")
    b("N3*", ADDR(_ascii(pa.street).upper()), "~\nN4*", LOC(_ascii(pa.city).upper()), "*", LOC(pa.region), "*", pa.postcode + g.digits(4), "~\nREF*EI*", g.digits(9), "~\n")
    b("HL*2*1*22*0~\nSBR*P*18*", g.pick(["", g.digits(6), f"GRP{g.digits(5)}"]), "******", g.pick(["MB", "CI", "HM"]), "~\n")
    b("NM1*IL*1*", P(_ascii(p.surname).upper()), "*", P(_ascii(p.given).upper()), "****MI*", HPN(g.hpn()), "~\n")
    b("N3*", ADDR(_ascii(a.street).upper()), "~\nN4*", LOC(_ascii(a.city).upper()), "*", LOC(a.region), "*", a.postcode, "~\n")
    b("DMG*D8*", DOB(g.compact(dob)), "*", p.gender, "~\n")
    dod = g.after(sd, 0, 3)
    b("PAT*****D8*", DT(g.compact(dod)), "*01*", str(g.r.randint(100, 220)), "~\n")
    b("CLM*", f"{g.chars(3, string.ascii_uppercase)}{g.digits(7)}", "*", f"{g.r.randint(180, 4200)}", "***11:B:1*Y*A*Y*Y~\n")
    b("HI*ABK:", g.pick(["I219", "C3490", "J9601", "G309"]), "*ABF:", g.pick(["I10", "E119", "N184"]), "~\n")
    b("LX*1~\nSV1*HC:", g.pick(["99223", "99233", "99497", "G0299"]), "*", str(g.r.randint(120, 900)), "*UN*1***1~\n")
    b("DTP*472*D8*", DT(g.compact(sd)), "~\nSE*", str(g.r.randint(18, 30)), "*0001~\nGE*1*", str(int(ctl[-4:])), "~\nIEA*1*", ctl, "~\n")
    return b


def k_sms_thread(g: G):
    b = Builder()
    fd = g.person()
    fam = g.person()
    fh = g.pick(FUNERAL_HOMES)
    short = fh.split(" Funeral")[0].split(" Mortuary")[0].split(" Memorial")[0].split(" Cremation")[0]
    fam_ph = g.phone("US")
    b.f("SMS conversation export — {fh} business line ↔ {ph}\n\n", fh=fh, ph=PH(fam_ph))
    d = g.now()
    ts_ = iter(g.times(6, g.r.randint(8, 10), 11))
    t = lambda: "[{:02d}:{:02d}] ".format(*next(ts_)[:2])
    b(t(), short, ": Hi ").f("{g}, this is {fd} from {fh}. Just confirming the viewing on {vd} from {t1} to {t2}.\n",
                            g=P(fam.given), fd=P(fd.given), fh=short, vd=DT(g.fdate(d, "en", g.pick([0, 4]))), t1=DT("5:00"), t2=DT("8:00 PM"))
    b(t(), "Me: ").f("Thank you. Can my brother {br} call you? He's flying in tonight. His cell is {ph}\n",
                     br=P(g.person(fam.loc, "M").given), ph=PH(g.phone("US")))
    b(t(), short, ": ").f("Of course. Also, the cemetery needs the deed holder's signature by {dl}. Can you come by at {tm}?\n",
                          dl=DT(g.fdate(g.after(d, 1, 3), "en", 4)),
                          tm=DT(g.ftime(g.r.randint(9, 16), g.pick([0, 30]))))
    b(t(), "Me: Yes. Is it ok if Mom's friend ").f("{fr} picks up the flowers after?\n", fr=P(g.person().full))
    b(t(), short, ": ").f("Absolutely. Parking is behind the building off {st}. See you then.\n",
                          st=g.pick(["the alley", "the side lot", "the north drive"]))
    if g.chance(0.5):
        b(t(), "Me: ").f("Sorry one more thing — send the invoice to {em} please\n", em=EM(g.email(fam)))
    return b


def k_volunteer_chat(g: G):
    b = Builder()
    d = g.now()
    users = g.r.sample(["maria.k", "grave_hunter88", "tomb_tom", "jen.w", "stonewhisperer", "dlee", "rootsy_ann"], 3)
    cem = g.pick(CEMETERIES)
    b("#cemetery-indexing — channel export (UTC)\n\n")
    tl = iter(g.times(5, g.r.randint(7, 17), 19))

    def ts():
        h_, m_, _ = next(tl)
        return f"[{d.year}-{d.month:02d}-{d.day:02d} {h_:02d}:{m_:02d}] "
    p1 = g.person()
    y1 = g.r.randint(1840, 1890)
    b(ts(), users[0], ": ").f("Finished section {s} at {cem} today, {n} stones photographed. The one for {p} ({y1}–{y2}) is badly weathered.\n",
                              s=g.pick("ABCDEFG"), cem=cem, n=str(g.r.randint(40, 240)), p=P(p1.plain), y1=str(y1), y2=str(y1 + g.r.randint(20, 80)))
    p2 = g.person()
    b(ts(), users[1], ": ").f("nice! I matched {p} to the obit — says born {dob} in {bp}, so the stone date is off by a year\n",
                              p=P(p2.full), dob=DOB(g.fdate(g.date(1880, 1940), "en", 0)), bp=LOC(g.city("US")))
    b(ts(), users[2], ": ").f("can someone cover the {loc} trip on {dt}? I'll be at the courthouse till {tm}\n",
                              loc=LOC(g.city("US")), dt=DT(g.fdate(g.after(d, 3, 20), "en", 4)), tm=DT(g.ftime(g.r.randint(13, 16), 0)))
    coord = g.person()
    b(ts(), users[0], ": ").f("sure. Also {c} asked that all uploads use the new form at {url} — questions to {em}\n",
                              c=P(coord.given), url=URL(f"https://{g.pick(['indexing.countyhistory.org', 'volunteers.gravesurvey.net'])}/upload?batch={g.digits(4)}"),
                              em=EM(g.email(coord, g.pick(["countyhistory.org", "gravesurvey.net"]))))
    b(ts(), users[1], ": 👍 batch ", g.digits(4), " done, ", str(g.r.randint(100, 400)), " records, 0 errors\n")
    return b


def k_access_log(g: G):
    b = Builder()
    d = g.now()
    paths = ["/search?record_type=burial&page=2", "/records/death/" + g.digits(7), "/api/v1/cemeteries/" + g.digits(4) + "/plots",
             "/images/scan_" + g.digits(6) + ".jpg", "/login", "/tree/export.ged", "/memorial/" + g.digits(8)]
    uas = ["Mozilla/5.0 (Macintosh; Intel Mac OS X 13_4) AppleWebKit/605.1.15 Safari/605.1.15", "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0",
           "curl/8.4.0", "Googlebot/2.1 (+http://www.google.com/bot.html)"]
    nl = g.r.randint(5, 9)
    tl = g.times(nl + 1)
    for hh, mm, ss in tl[:nl]:
        ts = f"{d.day:02d}/{MONTHS['en'][d.month - 1][:3]}/{d.year}:{hh:02d}:{mm:02d}:{ss:02d} +0000"
        ua = g.pick(uas)
        b(IP(g.ip()), f' - - [{ts}] "{g.pick(["GET", "GET", "GET", "POST"])} {g.pick(paths)} HTTP/1.1" {g.pick([200, 200, 304, 404, 401, 500])} {g.r.randint(200, 90000)} "')
        if g.chance(0.5):
            b(URL(g.pick(["https://www.google.com/", f"https://{g.pick(GENEALOGY_SITES)}/search/results?count=20", "https://duckduckgo.com/"])))
        else:
            b("-")
        b('" "')
        if "google.com/bot" in ua:
            b("Googlebot/2.1 (+", URL("http://www.google.com/bot.html"), ")")
        else:
            b(ua)
        b('"\n')
    hh, mm, ss = tl[-1]
    b(f"{d.year}-{d.month:02d}-{d.day:02d}T{hh:02d}:{mm:02d}:{ss:02d}Z WARN auth: 5 failed logins for user={g.pick(['dmcallister', 'genie_kate', 'admin', 'records2'])} from ",
      IP(g.ipv4()), f" (rate limit applied, window 15m)\n")
    return b


def k_incident_ticket(g: G):
    b = Builder()
    d = g.now()
    rep, asg = g.person(), g.person()
    b.f("INC-{n} | Sev {sev} | Status: {st}\nService: {svc}\nReporter: {r}    Assignee: {a}\n\n",
        n=g.digits(5), sev=str(g.r.randint(1, 3)), st=g.pick(["Mitigated", "Investigating", "Resolved"]),
        svc=g.pick(["vital-records-portal", "obit-publisher", "genealogy-scan-pipeline", "cemetery-mapping-api"]), r=P(rep.full), a=P(asg.full))
    b("Summary: credentials for the scan pipeline were committed to a public repository and found by an external scanner.\n\n")
    b("Timeline (UTC)\n")
    for ev, (h_, m_, _) in zip(["alert from secret scanner", "repo made private", "keys revoked and rotated", "CloudTrail review started"], g.times(4)):
        b(f"{h_:02d}:{m_:02d}  {ev}\n")
    b("\nExposed values (now revoked — keep this ticket restricted):\n")
    b("  AWS_ACCESS_KEY_ID=", AKID(g.aws_key()), "\n  AWS_SECRET_ACCESS_KEY=", ASEC(g.aws_secret()), "\n")
    extra = g.r.sample(["stripe", "slack", "gh", "pw", "sec"], 2)
    for e in extra:
        if e == "stripe":
            b("  STRIPE_SECRET_KEY=", STR(g.stripe_key()), "\n")
        elif e == "slack":
            b("  SLACK_BOT_TOKEN=", SLK(g.slack_token()), "\n")
        elif e == "gh":
            b("  GH_PAT=", GHT(g.gh_token()), "\n")
        elif e == "pw":
            b("  DB_PASSWORD=", PW(g.password()), "\n")
        else:
            b("  OCR_API_SECRET=", SEC(g.generic_secret()), "\n")
    b(f"\nOffending commit {g.sha(40)} in {g.pick(['scan-worker', 'records-etl', 'ocr-batch'])} v{g.r.randint(1, 5)}.{g.r.randint(0, 20)}.{g.r.randint(0, 9)}. ")
    b("Access from ", IP(g.ip()), " observed 3 hours before revocation; no data exfiltration confirmed yet.\n")
    b.f("Postmortem due {due}. Contact {a} ({em}, {ph}) with questions.\n",
        due=DT(g.fdate(g.after(d, 3, 10), "en", 0)), a=P(asg.given), em=EM(g.email(asg, "recordsportal.org")), ph=PH(g.phone("US")))
    return b


def k_env_config(g: G):
    b = Builder()
    b("# obituaries-web — production environment\n# DO NOT COMMIT. Managed by ops; rotate quarterly.\n")
    b(f"APP_ENV=production\nAPP_VERSION={g.r.randint(2, 6)}.{g.r.randint(0, 20)}.{g.r.randint(0, 9)}\nAPP_URL=", URL(f"https://www.{g.pick(FH_DOMAINS)}"), "\n")
    b("DATABASE_URL=postgres://obits_app:", PW(g.password().replace("@", "4")), f"@db-{g.r.randint(1, 3)}.internal:5432/obits\n")
    b("REDIS_PASSWORD=${REDIS_PASSWORD}\n")
    b("STRIPE_SECRET_KEY=", STR(g.stripe_key()), "\n")
    b("AWS_ACCESS_KEY_ID=", AKID(g.aws_key()), "\nAWS_SECRET_ACCESS_KEY=", ASEC(g.aws_secret()), "\n")
    b("AWS_DEFAULT_REGION=", g.pick(["us-east-1", "us-east-2", "us-west-2"]), "\nS3_BUCKET=obit-photos-prod\n")
    b("SESSION_SECRET=", SEC(g.generic_secret()), "\n")
    if g.chance(0.5):
        b("JWT_TEST_TOKEN=", JWTT(g.jwt()), "\n")
    b("SMTP_HOST=smtp.sendgrid.net\nSMTP_USER=apikey\nSMTP_PASSWORD=", PW(g.password()), "\n")
    b("MAIL_FROM=", EM(g.email(None, g.pick(FH_DOMAINS))), "\n")
    b("ADMIN_ALLOWLIST=", IP(g.ipv4()), "/32,", IP(g.ipv4()), "/32\n")
    b("SENTRY_ENVIRONMENT=prod\nFEATURE_LIVESTREAM=true\nCACHE_TTL_SECONDS=900\n")
    return b


def k_gha_workflow(g: G):
    b = Builder()
    b("name: deploy-", g.pick(["obituary-site", "tribute-wall", "records-portal", "dna-matcher"]), "\n\non:\n  push:\n    branches: [main]\n  workflow_dispatch:\n\n")
    b("env:\n  AWS_REGION: ", g.pick(["us-east-1", "us-east-2", "eu-west-1"]), "\n  NODE_VERSION: \"20\"\n\njobs:\n  deploy:\n    runs-on: ubuntu-22.04\n    steps:\n")
    b("      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4\n        with:\n          node-version: ${{ env.NODE_VERSION }}\n")
    b("      - name: Configure AWS credentials\n        uses: aws-actions/configure-aws-credentials@v4\n        with:\n")
    b("          aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}\n          aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n          aws-region: ${{ env.AWS_REGION }}\n")
    b("      - run: npm ci && npm run build\n      - run: aws s3 sync ./dist s3://tributes-static --delete\n")
    leak = g.pick(["slack", "gh", "stripe"])
    b("      - name: Notify channel\n        # TODO: move token into secrets before next release\n        run: |\n          curl -s -X POST ")
    b(URL("https://slack.com/api/chat.postMessage"), " \\\n            -H \"Authorization: Bearer ")
    if leak == "slack":
        b(SLK(g.slack_token()))
    else:
        b("${{ secrets.SLACK_BOT_TOKEN }}")
    b("\" \\\n            -d channel=C0", g.chars(8, UPNUM), " -d text=\"Deployed ${GITHUB_SHA}\"\n")
    b("      - name: Publish package\n        env:\n          NODE_AUTH_TOKEN: ")
    b(GHT(g.gh_token()) if leak == "gh" else "${{ secrets.NPM_TOKEN }}")
    b("\n        run: npm publish --registry ", URL("https://npm.pkg.github.com"), "\n")
    if leak == "stripe":
        b("      - name: Smoke test checkout\n        run: STRIPE_KEY=", STR(g.stripe_key()), " npm run smoke\n")
    return b


def k_headstone_order(g: G):
    b = Builder()
    d = g.person()
    pur = g.person(d.loc)
    a = g.addr("US")
    dob = g.date(1925, 1965)
    dod = g.date(2022, 2025)
    b.f("MEMORIAL ORDER — {co}\nOrder #: M-{n}    Salesperson: {sp}\n\n",
        co=g.pick(["Granite & Bronze Memorials", "Rock of Ages Authorized Dealer", "Heritage Monument Co.", "Keystone Memorials"]),
        n=g.digits(5), sp=P(g.person().full))
    b.f("Purchaser: {p}    Phone: {ph}    Email: {em}\nAddress: {a}\n", p=P(pur.full), ph=PH(g.phone("US")), em=EM(g.email(pur)), a=ADDR(a.one()))
    b.f("Cemetery: {cem}, {cl}    Section {s}  Lot {l}  Space {sp}\n\n", cem=g.pick(CEMETERIES), cl=LOC(g.city("US")),
        s=g.r.randint(1, 40), l=g.r.randint(1, 600), sp=g.r.randint(1, 6))
    b(f"Style: {g.pick(['Upright die 36x8x24 on 48x14x6 base', 'Flat marker 24x12', 'Slant 30x10x20', 'Companion bevel 36x12x6'])}    Granite: {g.pick(['Jet Black', 'Mahogany', 'Imperial Rose', 'Gray Select'])}\n")
    b("Inscription (front):\n    ")
    b(P(d.full.upper()), "\n    ")
    if g.chance(0.6):
        b("BORN ", DOB(g.fdate(dob, "en", 0).upper()), "\n    DIED ", DT(g.fdate(dod, "en", 0).upper()), "\n")
    else:
        b(f"{dob.year} – {dod.year}\n")
    b("    ", g.pick(["BELOVED " + ("FATHER" if d.gender == "M" else "MOTHER"), "FOREVER IN OUR HEARTS", "AT REST", "GONE FISHIN'", "LOVED BEYOND MEASURE"]), "\n")
    if g.chance(0.5):
        sp = g.person(d.loc)
        sp.surname = d.surname
        b("Companion side (date of death to be added later):\n    ", P(sp.full.upper()), f"\n    {g.date(1925, 1965).year} –\n")
    b.f("\nInstall by: {ib}    Deposit $1,200.00 received (check #{ck})\nCemetery foundation fee billed separately; permit {pm}.\n",
        ib=DT(g.fdate(g.after(dod, 60, 200))), ck=g.digits(4), pm=f"FP-{g.digits(5)}")
    return b


def k_cremation_auth(g: G):
    b = Builder()
    d = g.person()
    ag = g.person(d.loc)
    a = g.addr("US")
    dob = g.date(1928, 1970)
    dod = g.date(2023, 2025)
    b.f("AUTHORIZATION FOR CREMATION AND DISPOSITION\nCrematory: {cr}    Case no.: CR-{y}-{n}\n\n",
        cr=g.pick(["Valley Crematory", "Evergreen Crematory LLC", "Cornerstone Cremation & Funeral"]), y=str(dod.year)[2:], n=g.digits(4))
    b.f("Decedent: {d}    DOB: {dob}    Date of death: {dod}\nSSN (last four only on this form): {m}\n",
        d=P(_nm(g, d)), dob=DOB(g.fdate(dob)), dod=DT(g.fdate(dod)), m=g.masked_ssn())
    b.f("Authorizing agent: {ag}    Relationship: {rel}\nAgent's address: {a}\nAgent's phone: {ph}\n",
        ag=P(ag.full), rel=g.pick(["Surviving spouse", "Adult child", "Parent", "Sibling", "Agent under health-care POA"]), a=ADDR(a.one()), ph=PH(g.phone("US")))
    st = g.pick([a.region, "IL", "OH", "WI"])
    b.f("Agent's photo ID: driver's license {dl}, issued by {st}\n", dl=DL(g.dl(st)), st=LOC(US_STATES.get(st, st) if g.chance(0.5) else st))
    b(f"Pacemaker or other implanted device: {g.pick(['None', 'Pacemaker — removed by funeral home', 'Hip prosthesis (no action needed)'])}\n")
    b("Disposition of cremated remains: ")
    c = g.r.randint(0, 2)
    if c == 0:
        b.f("to be picked up by {p}\n", p=P(g.person(d.loc).full))
    elif c == 1:
        b.f("to be mailed via registered USPS to {a}\n", a=ADDR(g.addr("US").one()))
    else:
        b.f("scattering at sea off {l}\n", l=LOC(g.pick(["Cape Cod", "Monterey Bay", "the Outer Banks", "Puget Sound"])))
    b.f("\nSigned: ______________________    Date: {sd}\nWitness: {w}    Notary commission expires {ex}\n",
        sd=DT(g.fdate(g.after(dod, 1, 3))), w=P(g.person().full), ex=DT(g.fdate(g.date(2025, 2028))))
    return b


def k_death_notice(g: G):
    b = Builder()
    d = g.person(g.pick(["en", "ie", "it", "de", "pl", None]))
    sp = g.person(d.loc, "F" if d.gender == "M" else "M")
    age = g.r.randint(55, 101)
    dod = g.date(2023, 2025)
    city = g.city(g.pick(["US", "US", "UK", "IE", "CA"]))
    maiden = g.surname(d.loc, "F") if d.gender == "F" else None
    b(P(f"{_ascii(d.surname).upper() if g.chance(0.3) else d.surname.upper()}, {d.given}{' ' + d.middle if d.middle else ''}"))
    if maiden:
        b(" (née ", P(maiden), ")")
    b.f(" — age {age}, of {c}, on {dod}. Beloved {rel} of the late {sp}; loving {par} of {k1} and {k2}. ",
        age=str(age), c=LOC(city), dod=DT(g.fdate(dod, "en", g.pick([0, 1, 4]))), rel="husband" if d.gender == "M" else "wife",
        sp=P(sp.given), par="father" if d.gender == "M" else "mother", k1=P(g.person(d.loc).plain), k2=P(g.person(d.loc).plain))
    svc = g.after(dod, 3, 8)
    h, m = g.clock()
    b.f("Funeral {svc} at {ch}. {fam}. Arrangements by {fh}, {ph}.\n",
        svc=DT(g.fdt(svc, h, m)), ch=g.pick(CHURCHES), fam=g.pick(["Private family interment", "Burial to follow", "Family flowers only", "Donations to Hospice in lieu of flowers"]),
        fh=g.pick(FUNERAL_HOMES), ph=PH(g.phone("US")))
    if g.chance(0.6):
        b.f("Online guestbook: {u}\n", u=URL(f"https://www.legacy.com/us/obituaries/{g.pick(['courier', 'gazette', 'tribune', 'herald'])}/name/{g.slug(d)}-obituary?id={g.digits(8)}"))
    return b


def k_hospice_note(g: G):
    b = Builder()
    p = g.person()
    dob = g.date(1925, 1960)
    d = g.now()
    h, m = g.r.randint(0, 23), g.r.randint(0, 59)
    rn = g.person()
    dr = g.person()
    fam = g.person(p.loc)
    b.f("{hs} — DEATH PRONOUNCEMENT & RELEASE TO FUNERAL HOME\n\nPatient: {p}    MRN: {mrn}    DOB: {dob}\n",
        hs=g.pick(["HOSPICE OF THE VALLEY", "COMPASSUS HOSPICE", "ST. LUKE'S HOSPICE HOUSE", "AMEDISYS HOSPICE"]),
        p=P(_nm(g, p)), mrn=MRN(g.mrn()), dob=DOB(g.fdate(dob)))
    b.f("Payer: {pay}    Member ID: {hpn}    Group: {grp}\n", pay=g.pick(["Medicare Part A (hospice benefit)", "Humana Gold Plus", "BCBS Medicare Advantage"]),
        hpn=HPN(g.hpn()), grp=g.pick(["N/A", g.digits(6), f"H{g.digits(4)}-{g.digits(3)}"]))
    b.f("Pronounced: {dt} by {rn}, RN (visit note {vn})\n", dt=DT(g.fdt(d, h, m, "en", False)), rn=P(rn.full), vn=g.digits(7))
    b.f("Attending physician Dr. {dr} notified at {t}; NPI {npi}. Death expected; ME not notified.\n",
        dr=P(dr.surname), t=DT(g.ftime((h + 1) % 24, (m + 10) % 60)), npi=_npi(g))
    b.f("Family present: {f} ({rel}), cell {ph}. Chaplain visit offered and declined.\n",
        f=P(fam.full), rel=g.pick(["daughter", "son", "spouse", "niece"]), ph=PH(g.phone("US")))
    b.f("Released to: {fh}; removal staff {rs} arrived {t}.\n", fh=g.pick(FUNERAL_HOMES), rs=P(g.person().full),
        t=DT(g.ftime((h + 2) % 24, g.pick([5, 20, 40]))))
    b(f"Medications destroyed per policy: morphine sulfate 20 mg/mL (12 mL), lorazepam 0.5 mg (9 tabs); witness signature on file.\n")
    b(f"Dx: {g.pick(['C34.90 lung ca', 'G30.9 Alzheimer disease', 'I50.9 heart failure', 'J44.9 COPD'])}; {g.pick(['Z51.5', 'R53.81', 'F03.90'])}. Room {g.r.randint(100, 330)}.\n")
    return b


def k_estate_bank_letter(g: G):
    b = Builder()
    bank = g.pick(["First Federal Savings", "Heartland Community Bank", "Lakeshore Credit Union", "Prairie State Bank & Trust"])
    ba = g.addr("US")
    now = g.now()
    ex = g.person()
    ea = g.addr("US")
    dec = g.person(ex.loc)
    dod = now - _dt.timedelta(days=g.r.randint(20, 120))
    off = g.person()
    b.f("{bank}\nEstate Services Department\n{ba}\n\n{dt}\n\n{ex}\n{ea}\n\n",
        bank=bank, ba=ADDR(ba.block()), dt=DT(g.fdate(now, "en", 0)), ex=P(ex.full), ea=ADDR(ea.block()))
    b.f("Re: Estate of {d}, deceased {dod} — our case {cn}\n\n", d=P(dec.full), dod=DT(g.fdate(dod, "en", 0)), cn=f"EST-{now.year}-{g.digits(5)}")
    b.f("Dear {t} {s},\n\nPlease accept our condolences. We have received a certified copy of the death certificate and have placed a hold on the following accounts held solely by the decedent:\n\n",
        t=g.pick(["Mr.", "Ms."]), s=P(ex.surname))
    b.f("    Checking   {a1}\n    Savings    {a2}\n", a1=ACCT(g.nz(10)), a2=ACCT(g.nz(10)))
    if g.chance(0.5):
        b.f("    Certificate of deposit {a3} (matures {mt})\n", a3=ACCT(g.nz(12)), mt=DT(g.fdate(g.date(2025, 2027), "en", 0)))
    b.f("\nTo release the funds we require Letters Testamentary or an Affidavit of Small Estate by {dl}. Incoming direct deposits (routing number {rt}) received after the date of death will be returned to the originator, including the Social Security payment.\n\n",
        dl=DT(g.fdate(g.after(now, 30, 60), "en", 0)), rt=g.pick(["071000013", "081904808", "073972181", "275071385"]))
    b.f("Please call me at {ph} with any questions.\n\nSincerely,\n{o}\nEstate Services Specialist\n",
        ph=PH(g.phone("US")), o=P(off.full))
    return b


def _ged_place(g: G, cc):
    if cc == "US":
        c, st, _ = g.pick(US_CITIES)
        return f"{c}, {US_STATES[st]}, USA"
    if cc == "OR":
        return g.origin().replace("the ", "")
    a = g.addr(cc)
    return f"{a.city}, {COUNTRY_NAMES[cc]}"


def k_gedcom(g: G):
    b = Builder()
    loc = g.pick(["de", "ie", "it", "pl", "sv", "nl", "en"])
    occ = {"de": "DE", "ie": "IE", "it": "IT", "pl": "PL", "sv": "SE", "nl": "NL", "en": "UK"}[loc]
    b("0 HEAD\n1 SOUR ", g.pick(["RootsMagic", "GRAMPS", "FTM", "FamilyTreeBuilder", "Legacy"]), f"\n2 VERS {g.r.randint(4, 9)}.{g.r.randint(0, 9)}.{g.r.randint(0, 9)}\n")
    b("1 GEDC\n2 VERS 5.5.1\n2 FORM LINEAGE-LINKED\n1 CHAR UTF-8\n1 SUBM @SUBM1@\n")
    hus, wife = g.person(loc, "M", middle=False), g.person(loc, "F", middle=False)
    hb = g.date(1840, 1880)
    wb = g.date(hb.year - 3, hb.year + 8)

    def indi(i, p, born, fam_s=None, fam_c=None, die=True, resi=False):
        b(f"0 @I{i}@ INDI\n1 NAME ", P(p.plain), "\n2 GIVN ", P(p.given), "\n2 SURN ", P(p.surname), f"\n1 SEX {p.gender}\n1 BIRT\n2 DATE ")
        if g.chance(0.8):
            b(DOB(g.fdate(born, "ged")))
        else:
            b(f"ABT {born.year}")
        b("\n2 PLAC ", LOC(_ged_place(g, g.pick([occ, occ, "OR"]))), "\n")
        if die:
            dd = g.date(born.year + 45, born.year + 85)
            b("1 DEAT\n2 DATE ", DT(g.fdate(dd, "ged")), "\n2 PLAC ", LOC(_ged_place(g, "US")), "\n")
            if g.chance(0.5):
                b("1 BURI\n2 PLAC ", g.pick(CEMETERIES), ", ", LOC(_ged_place(g, "US")), "\n")
        if resi:
            b("1 RESI\n2 DATE ", str(born.year + g.r.randint(25, 45)), "\n2 ADDR ", ADDR(g.addr("US").one()), "\n")
        if fam_s:
            b(f"1 FAMS @{fam_s}@\n")
        if fam_c:
            b(f"1 FAMC @{fam_c}@\n")

    indi(1, hus, hb, fam_s="F1", resi=g.chance(0.5))
    indi(2, wife, wb, fam_s="F1")
    kids = []
    for k in range(g.r.randint(1, 2)):
        c = g.person(loc, middle=False)
        c.surname = hus.surname
        indi(3 + k, c, g.date(hb.year + 22, hb.year + 38), fam_c="F1", die=g.chance(0.5))
        kids.append(3 + k)
    b("0 @F1@ FAM\n1 HUSB @I1@\n1 WIFE @I2@\n")
    for k in kids:
        b(f"1 CHIL @I{k}@\n")
    b("1 MARR\n2 DATE ")
    if g.chance(0.6):
        b(DT(g.fdate(g.date(hb.year + 20, hb.year + 30), "ged")))
    else:
        b(f"ABT {hb.year + g.r.randint(20, 30)}")
    b("\n2 PLAC ", LOC(_ged_place(g, g.pick([occ, "US"]))), "\n")
    sm = g.person()
    b("0 @SUBM1@ SUBM\n1 NAME ", P(sm.plain), "\n1 EMAIL ", EM(g.email(sm)), "\n0 TRLR\n")
    return b


def k_census_tsv(g: G):
    b = Builder()
    yr = g.pick([1900, 1910, 1920, 1930, 1940])
    loc = g.pick(["ie", "de", "it", "pl", "sv", "en", "nl"])
    enumer = g.person("en")
    ed = _dt.date(yr, 4, 1) + _dt.timedelta(days=g.r.randint(0, 40))
    b.f("# {yr} U.S. Federal Census — volunteer transcription\n# {pl}, ED {ed}, sheet {sh}, enumerated {dt} by {en}\n",
        yr=str(yr), pl=LOC(g.city("US")), ed=str(g.r.randint(1, 400)), sh=f"{g.r.randint(1, 40)}{g.pick('AB')}",
        dt=DT(g.fdate(ed, "uk", g.pick([0, 2]))), en=P(enumer.plain))
    b("line\tsurname\tgiven\trelation\tsex\tage\tbirthplace\tfather_bp\tmother_bp\timmig\toccupation\n")
    origin_country = {"ie": "Ireland", "de": "Germany", "it": "Italy", "pl": "Poland", "sv": "Sweden", "en": "England", "nl": "Holland"}[loc]
    head = g.person(loc, "M", middle=False)
    st = g.pick(list(US_STATES.values()))
    rows = [(head, "Head", g.r.randint(32, 60), origin_country, origin_country, origin_country, str(yr - g.r.randint(5, 30)), g.pick(["Laborer", "Farmer", "Coal miner", "Tailor", "Carpenter"]))]
    wife = g.person(loc, "F", middle=False)
    wife.surname = head.surname
    rows.append((wife, "Wife", rows[0][2] - g.r.randint(0, 8), origin_country, origin_country, origin_country, rows[0][6], "None"))
    for _ in range(g.r.randint(1, 4)):
        c = g.person(loc, middle=False)
        c.surname = head.surname
        rows.append((c, g.pick(["Son", "Daughter"]), g.r.randint(0, 17), st, origin_country, origin_country, "", g.pick(["School", "None", "Mill hand"])))
    if g.chance(0.4):
        bd = g.person(g.pick(["ie", "de", "it"]), middle=False)
        rows.append((bd, "Boarder", g.r.randint(18, 40), {"ie": "Ireland", "de": "Germany", "it": "Italy"}[bd.loc], "", "", str(yr - g.r.randint(1, 10)), "Teamster"))
    ln = g.r.randint(1, 80)
    for i, (p, rel, age, bp, fb, mb, im, occ) in enumerate(rows):
        b(str(ln + i), "\t", P(p.surname), "\t", P(p.given), f"\t{rel}\t{p.gender}\t{age}\t", LOC(bp), "\t")
        b(LOC(fb) if fb else "", "\t", LOC(mb) if mb else "", f"\t{im}\t{occ}\n")
    b(f"# transcriber note: line {ln + len(rows)} blank; original image 004{g.digits(5)}_00{g.r.randint(100, 999)}\n")
    return b


def k_forum_post(g: G):
    b = Builder()
    loc = g.pick(["ie", "it", "de", "pl", "en", "sv"])
    anc = g.person(loc, "M", middle=False)
    y1 = g.r.randint(1830, 1880)
    place = g.origin() if g.chance(0.5) else g.city("US")
    handle = g.pick(["driftwood_genie", "Kilbride1962", "old_photos_anna", "granite_and_ink", "pomeranian_roots", "mayo_diaspora"])
    b.f("Seeking descendants of {a} ({y1}–{y2}) of {pl}\nBoard: Surnames › {s}\nPosted by {h} » {rel}\n\n",
        a=P(anc.plain), y1=str(y1), y2=str(y1 + g.r.randint(40, 80)), pl=LOC(place), s=P(anc.surname), h=handle,
        rel=g.pick(["2 days ago", "last week", "3 hours ago"]))
    # (reply below is always more recent than the post)
    wife = g.person(loc, "F", middle=False)
    b.f("My {r} was {a}, who married {w} and settled in {c}. Family lore says he had a brother, {br}, who went to {c2} instead. ",
        r=g.pick(["3x great-grandfather", "great-great-grandfather", "2x great-grandfather"]), a=P(anc.given), w=P(wife.plain),
        c=LOC(g.city("US")), br=P(g.person(loc, "M").given), c2=LOC(g.pick(["Australia", "Argentina", "Canada", "New Zealand", "South Africa"])))
    b("I've hit a brick wall before the 1850s. Has anyone seen the parish registers for that area?\n\n")
    reply = g.pick(["rootsdigger22", "JJ_tree", "cemetery_walker", "patricia_in_ohio"])
    dd = g.date(y1 + 40, y1 + 80)
    b.f("— Reply from {h} » {rel}\nThe state death index lists {a}, died {dd} in {dp}, informant {inf}. ",
        h=reply, rel=g.pick(["just now", "20 minutes ago", "1 hour ago"]), a=P(f"{anc.given} {anc.surname}"),
        dd=DT(g.fdate(dd, "en", g.pick([0, 1]))), dp=LOC(g.city("US")), inf=P(g.person(loc).plain))
    b.f("You could write to the parish office at {pa} or email {em}; they answered me within a month.\n",
        pa=ADDR(g.addr(g.pick(["IE", "IT", "DE", "PL", "UK"])).one(True)), em=EM(g.email(None, g.pick(["parish.ie", "diocese-archiv.de", "parrocchia.it", "parafia.pl", "diocese.org.uk"]))))
    return b


def k_burial_register_fw(g: G):
    b = Builder()
    b(f"CEMETERY BURIAL REGISTER — EXTRACT                               PAGE {g.r.randint(2, 80)}\n")
    b(f"{'GRAVE':<10}{'NAME':<30}{'AGE':<5}{'BURIAL DATE':<14}LAST RESIDENCE\n")
    b(f"{'-' * 9} {'-' * 29} {'-' * 4} {'-' * 13} {'-' * 24}\n")
    for _ in range(g.r.randint(5, 10)):
        p = g.person()
        nm = _ascii(p.formal).upper()
        if len(nm) > 28:
            nm = _ascii(f"{p.surname}, {p.given}").upper()[:28].rstrip(" ,")
        grave = f"{g.pick('ABCDEFGH')}-{g.r.randint(1, 40):02d}-{g.r.randint(1, 12):02d}"
        bd = g.date(1950, 2024)
        b(f"{grave:<10}", P(nm), " " * (30 - len(nm)), f"{g.r.randint(1, 101):<5}", DT(g.fdate(bd, "iso")), " " * 4)
        c, st, _ = g.pick(US_CITIES)
        b(LOC(f"{c.upper()}, {st}"), "\n")
    b(f"\nTotal interments this page: {g.r.randint(30, 45)}    Register vol. {g.r.randint(3, 12)}    Clerk initials: {g.chars(2, string.ascii_uppercase)}\n")
    return b


def k_me_summary(g: G):
    b = Builder()
    p = g.person()
    dob = g.date(1940, 2000)
    d = g.now()
    h, m = g.r.randint(0, 23), g.r.randint(0, 59)
    inv = g.person()
    nok = g.person(p.loc)
    b.f("OFFICE OF THE MEDICAL EXAMINER — CASE SUMMARY\nME Case: {y}-{n}    Investigator: {iv}    Phone: {ph}\n\n",
        y=str(d.year)[2:], n=g.digits(5), iv=P(inv.full), ph=PH(g.phone("US")))
    b.f("Decedent: {p}    DOB: {dob}    Age: {age}    Sex: {sx}\nReceiving hospital MRN: {mrn}\n",
        p=P(_nm(g, p)), dob=DOB(g.fdate(dob)), age=str(d.year - dob.year), sx=p.gender, mrn=MRN(g.mrn()))
    b.f("Found: {f}    Pronounced: {pr}\n", f=DT(g.fdt(d, h, m, "en", False)), pr=DT(g.ftime((h + 1) % 24, m)))
    b.f("Location of incident: {a}\n", a=ADDR(g.addr("US").one()))
    b.f("Next of kin: {n} ({rel}) notified in person on {nd}; callback {ph}.\n",
        n=P(nok.full), rel=g.pick(["spouse", "brother", "adult son", "father"] if nok.gender == "M" else ["spouse", "mother", "sister", "adult daughter"]), nd=DT(g.fdate(d, "en", 0)), ph=PH(g.phone("US")))
    b(f"Manner: {g.pick(['Accident', 'Natural', 'Pending investigation'])}. Preliminary cause: {g.pick(['Blunt force injuries (S06.5X9A)', 'Hypertensive cardiovascular disease (I11.9)', 'Combined drug toxicity (T40.411A)'])}.\n")
    b(f"Toxicology sent to lab, accession TX-{d.year % 100}-{g.digits(4)}; results expected in 6–8 weeks.\n")
    b.f("Body released to {fh} on {rd}. Personal effects inventory #{pe}.\n",
        fh=g.pick(FUNERAL_HOMES), rd=DT(g.fdt(g.after(d, 1, 3), g.r.randint(8, 17), g.pick([0, 15, 30]), "en", False)), pe=g.digits(5))
    return b


def k_crm_xml(g: G):
    b = Builder()
    p = g.person()
    dob = g.date(1925, 1965)
    dod = g.date(2023, 2025)
    c = g.person(p.loc)
    ca = g.addr("US")
    b('<?xml version="1.0" encoding="UTF-8"?>\n<case id="C-', g.digits(6), '" branch="', str(g.r.randint(1, 9)), '" schemaVersion="3.2">\n')
    b("  <decedent>\n    <name><first>", P(p.given), "</first><last>", P(p.surname), "</last></name>\n")
    b("    <birthDate>", DOB(g.fdate(dob, "iso")), "</birthDate>\n    <deathDate>", DT(g.fdate(dod, "iso")), "</deathDate>\n")
    if g.chance(0.7):
        b("    <ssn>", SSN(g.ssn()), "</ssn>\n")
    b("    <veteran>", g.pick(["true", "false"]), "</veteran>\n  </decedent>\n  <contacts>\n")
    b('    <contact role="next-of-kin">\n      <fullName>', P(c.full), "</fullName>\n")
    b('      <phone type="mobile">', PH(g.phone("US")), "</phone>\n      <email>", EM(g.email(c)), "</email>\n")
    b("      <address><street>", ADDR(ca.street), "</street><city>", LOC(ca.city), "</city><state>", LOC(ca.region), "</state><zip>", ca.postcode, "</zip></address>\n")
    b("    </contact>\n  </contacts>\n  <services>\n")
    sd = g.after(dod, 3, 8)
    h, m = g.clock()
    b('    <service type="visitation"><start>', DT(g.iso_dt(sd, h, m, False)), "</start><end>", DT(g.iso_dt(sd, h + 2, m, False)), "</end><room>Chapel B</room></service>\n")
    b('    <service type="funeral"><start>', DT(g.iso_dt(g.after(sd, 1, 1), g.r.randint(9, 13), 0, False)), "</start><venue>", g.pick(CHURCHES).replace("&", "&amp;"), "</venue></service>\n")
    b("  </services>\n  <billing>\n    <account>", ACCT(g.acct()), '</account>\n    <balance currency="USD">', f"{g.r.randint(2000, 15000)}.00", "</balance>\n")
    b("    <contractNo>SC-", g.digits(6), "</contractNo>\n  </billing>\n</case>\n")
    return b


def k_florist_order(g: G):
    b = Builder()
    dec = g.person()
    buyer = g.person()
    fh = g.pick(FUNERAL_HOMES)
    d = g.date(2024, 2025)
    h, m = g.clock()
    shop = g.pick(["Petal & Stem Florists", "Bloom Room", "Forget-Me-Not Flowers", "The Lily Pad Florist"])
    b.f("{shop} — Order confirmation\nOrder no. {n}    Channel: {ch}\n\n", shop=shop, n=g.digits(6), ch=g.pick(["phone", "phone", "walk-in"]))
    b(f"Item: {g.pick(['Peaceful White Lilies standing spray', 'Sympathy wreath (large)', 'Casket spray — red roses', 'Heart-shaped easel tribute'])}  ${g.r.randint(95, 420)}.00\n")
    b.f("Deliver to: {fh}, {a}\nFor the service of: {d}\nDeliver by: {dt}\n",
        fh=fh, a=ADDR(g.addr("US").one()), d=P(dec.plain), dt=DT(g.fdt(d, h - 1, m)))
    b.f("Card message: \"With deepest sympathy — the {s} family\"\n\n", s=P(buyer.surname))
    b.f("Billing: {p}, {a}\nPhone: {ph}    Email: {em}\n", p=P(buyer.full), a=ADDR(g.addr("US").one()), ph=PH(g.phone("US")), em=EM(g.email(buyer)))
    if g.chance(0.75):
        b.f("Phone order taken by {t}; card {cc}, billing zip verified. Tracking {tr}.\n",
            t=P(g.person().given), cc=CC(g.card()), tr=f"1Z{g.chars(6, UPNUM)}{g.digits(10)}")
    else:
        b.f("Paid: card {mask}. Tracking {tr}.\n", mask=g.card_last4(), tr=f"1Z{g.chars(6, UPNUM)}{g.digits(10)}")
    return b


def k_grief_signup(g: G):
    b = Builder()
    p = g.person()
    lost = g.person(p.loc)
    b("New form submission: Grief Support Group Registration\n")
    b("Submitted from IP: ", IP(g.ip()), "\n\n")
    b.f("Name: {n}\nEmail: {e}\nPhone: {ph}\n", n=P(p.full), e=EM(g.email(p)), ph=PH(g.phone(g.pick(["US", "US", "CA"]))))
    b.f("Loved one's name: {l}\nRelationship: {r}\nDate of loss: {d}\n", l=P(lost.plain), r=g.pick(["Spouse", "Parent", "Child", "Sibling", "Friend"]),
        d=DT(g.fdate(g.date(2023, 2025), "en", g.pick([2, 3, 0]))))
    b(f"Preferred session: {g.pick(['Tuesday evenings', 'Saturday mornings', 'Online (Zoom)'])}\n")
    b(f"How did you hear about us: {g.pick(['Facebook', 'Funeral home brochure', 'Hospice social worker', 'Google'])}\n")
    b(f"Anything you'd like us to know: {g.pick(['First holidays without him are coming up.', 'I would prefer a small group.', 'Need childcare info.', '—'])}\n")
    b(f"Consent to contact: yes\n--\nForm ID 7 · Entry {g.digits(4)} · Referrer: ")
    b(URL(f"https://www.{g.pick(FH_DOMAINS)}/grief-support?utm_source={g.pick(['newsletter', 'facebook', 'print'])}"), "\n")
    return b


def k_api_log(g: G):
    b = Builder()
    d = g.now()
    hh = g.r.randint(0, 23)
    tl = iter(sorted(g.r.randint(0, 3599) for _ in range(6)))

    def ts():
        x = next(tl)
        return f"{d.year}-{d.month:02d}-{d.day:02d}T{hh:02d}:{x // 60:02d}:{x % 60:02d}.{g.digits(3)}Z"
    rid = g.uuid()
    p = g.person()
    b(ts(), f" INFO  edrs-gateway request_id={rid} method=POST path=/v2/death-records client_ip=", IP(g.ip()), "\n")
    b(ts(), ' DEBUG edrs-gateway request_id=', rid, ' headers={"Authorization": "Bearer ', JWTT(g.jwt()), '", "X-Api-Key": "', SEC(g.generic_secret()), '"}\n')
    b(ts(), " DEBUG edrs-gateway payload decedent.lastName=", P(p.surname), " decedent.firstName=", P(p.given), " decedent.dob=",
      DOB(g.fdate(g.date(1930, 1970), "iso")), " decedent.dod=", DT(g.fdate(d, "iso")), "\n")
    b(ts(), f" WARN  edrs-gateway request_id={rid} validation: informant.phone missing area code, accepted with flag F{g.digits(3)}\n")
    b(ts(), f" INFO  edrs-gateway request_id={rid} status=201 record=DR-{d.year}-{g.digits(6)} latency_ms={g.r.randint(80, 900)}\n")
    b(ts(), " INFO  edrs-gateway upstream=", URL(f"https://edrs-{g.pick(['prod', 'stg'])}.vitalrecords.example.gov/api/submit"), " retries=0\n")
    return b


def k_preneed(g: G):
    b = Builder()
    ben = g.person()
    pur = ben if g.chance(0.5) else g.person(ben.loc)
    a = g.addr("US")
    d = g.now()
    b.f("PRE-NEED FUNERAL CONTRACT — SUMMARY OF TERMS\n{fh}\nContract no.: PN-{y}-{n}\n\n", fh=g.pick(FUNERAL_HOMES), y=str(d.year), n=g.digits(5))
    b.f("Contract beneficiary: {b}    Date of birth: {dob}    SSN: {ssn}\n", b=P(ben.full), dob=DOB(g.fdate(g.date(1935, 1965))), ssn=SSN(g.ssn()))
    if pur is ben:
        b("Purchaser: same as beneficiary\n")
    else:
        b.f("Purchaser: {p}\n", p=P(pur.full))
    b.f("Mailing address: {a}    Phone: {ph}\n\n", a=ADDR(a.one()), ph=PH(g.phone("US")))
    b(f"Goods and services: {g.pick(['traditional burial package', 'direct cremation with memorial', 'graveside service package'])}, price guaranteed. Total ${g.r.randint(5, 14)},{g.r.randint(100, 999)}.00 over {g.pick([24, 36, 60])} months.\n")
    b.f("Funding: irrevocable trust at {bank}, trust account no. {acct}. Payment draft from checking {chk} (ABA {aba}).\n",
        bank=g.pick(["Heartland Community Bank", "Prairie State Bank & Trust", "Lakeshore Credit Union"]), acct=ACCT(g.nz(10)), chk=ACCT(g.nz(9)),
        aba=g.pick(["071000013", "081904808", "073972181"]))
    b.f("First draft: {fd}. Right to cancel within 30 days, i.e. by {cd}.\n", fd=DT(g.fdate(g.after(d, 10, 30), "en", 0)), cd=DT(g.fdate(g.after(d, 30, 30), "en", 0)))
    b.f("Counselor: {c}    Medicaid-exempt: {mx}\n", c=P(g.person().full), mx=g.pick(["yes", "no"]))
    return b


def k_repatriation_letter(g: G):
    b = Builder()
    cc = g.pick(["ES", "IT", "PT", "FR", "DE", "NL"])
    lang = {"ES": "es", "IT": "it", "PT": "pt", "FR": "fr", "DE": "de", "NL": "nl"}[cc]
    ca = g.addr(cc)
    co = g.pick(["Mediterranean Repatriation Services", "EuroFuneral Transfers", "Atlantic Mortuary Logistics", "Global Repatriation Partners"])
    d = g.now()
    dec = g.person()
    dob = g.date(1940, 1975)
    dod = d - _dt.timedelta(days=g.r.randint(2, 8))
    b.f("{co}\n{ca}\nTel. {ph} · 24h {ph2}\n\n{dt}\n\n", co=co, ca=ADDR(ca.block(True)), ph=PH(g.phone(cc)), ph2=PH(g.phone(cc)), dt=DT(g.fdate(d, "uk", 0)))
    fh = g.pick(FUNERAL_HOMES)
    rec = g.person()
    b.f("To: {fh}, attn. {r}\nRe: Repatriation of mortal remains — {d} (our file {f})\n\n", fh=fh, r=P(rec.full), d=P(dec.full), f=f"RP-{g.digits(5)}")
    b.f("We confirm that the deceased, born {dob} in {bp}, died on {dod} in {dp}. The local death certificate and the consular mortuary certificate were issued on {cd}.\n",
        dob=DOB(g.fdate(dob, "uk", 0)), bp=LOC(g.city("US")), dod=DT(g.fdate(dod, "uk", 0)), dp=LOC(g.city(cc)), cd=DT(g.fdate(g.after(dod, 1, 3), "uk", 0)))
    ap = {"ES": "MAD", "IT": "FCO", "PT": "LIS", "FR": "CDG", "DE": "FRA", "NL": "AMS"}[cc]
    fd = g.after(d, 2, 6)
    b.f("The hermetically sealed zinc-lined coffin will travel as air cargo on {fl} {ap}–{dst} on {fdt}, air waybill {awb}. ",
        fl=g.pick(["IB 6251", "AZ 610", "TP 201", "AF 008", "LH 430", "KL 641"]), ap=ap, dst=g.pick(["JFK", "ORD", "BOS", "ATL"]),
        fdt=DT(g.fdt(fd, g.r.randint(9, 18), g.pick([5, 25, 40, 50]), "uk", False)), awb=f"{g.digits(3)}-{g.digits(8)}")
    b.f("Please arrange collection at the cargo terminal; our US agent {ag} can be reached on {ph}.\n\n", ag=P(g.person().full), ph=PH(g.phone("US")))
    b.f("Our invoice {inv} for EUR {amt} is payable by transfer to IBAN {iban} (BIC {bic}).\n\nKind regards,\n{s}\nOperations\n{em}\n",
        inv=f"{d.year}/{g.digits(4)}", amt=f"{g.r.randint(3, 9)},{g.r.randint(100, 999)}.00", iban=IBAN(g.iban(cc if cc != "FR" or g.chance(0.5) else "BE")),
        bic={"ES": "CAIXESBBXXX", "IT": "BCITITMM", "PT": "CGDIPTPL", "FR": "BNPAFRPPXXX", "DE": "DEUTDEFF", "NL": "ABNANL2A"}[cc], s=P(g.person(lang if lang in NAMES else None).full), em=EM(g.email(None, g.pick(["repatriation.eu", "eurofuneral.com", "gr-partners.net"]))))
    return b


def k_obit_yaml(g: G):
    b = Builder()
    dec = g.person()
    sub = g.person(dec.loc)
    dod = g.date(2023, 2025)
    dob = g.date(1928, 1965)
    r1 = g.after(dod, 2, 5)
    b("submission:\n  id: ", g.uuid(), "\n  publication: ", g.pick(["Daily Courier", "The Gazette", "Tribune-Herald", "Valley News"]), "\n")
    b("  run_dates:\n    - ", DT(g.fdate(r1, "iso")), "\n    - ", DT(g.fdate(g.after(r1, 1, 2), "iso")), "\n")
    b("  deceased:\n    full_name: ", P(dec.full), "\n    birth_date: ", DOB(g.fdate(dob, "iso")), "\n    death_date: ", DT(g.fdate(dod, "iso")), "\n    hometown: ", LOC(g.city("US")), "\n")
    b("  submitter:\n    name: ", P(sub.full), "\n    email: ", EM(g.email(sub)), "\n    phone: \"", PH(g.phone("US")), "\"\n")
    b("  photo_url: ", URL(f"https://cdn.{g.pick(['obitcms.com', 'tributearchive.com'])}/uploads/{g.chars(10, HEX)}/portrait.jpg"), "\n")
    b(f"  price_usd: {g.r.randint(90, 600)}.{g.digits(2)}\n  lines: {g.r.randint(20, 90)}\n  text: |\n")
    b.f("    {n} of {c} died {d}. {pr} is survived by {k}.\n", n=P(dec.plain), c=LOC(g.city("US")), d=DT(g.fdate(dod, "en", 0)),
        pr="He" if dec.gender == "M" else "She", k=P(g.person(dec.loc).plain))
    return b


def k_guestbook_queue(g: G):
    b = Builder()
    dec = g.person()
    b.f("Moderation queue — Tribute Wall for {d}\n\n", d=P(dec.plain))
    msgs = ["So sorry for your loss. {x} was the kindest neighbor.", "Thinking of you all. Such wonderful memories from church camp.",
            "Rest easy, coach. You changed my life.", "Our deepest condolences from the whole office."]
    for i in range(g.r.randint(2, 4)):
        p = g.person()
        b(f"#{i + 1} pending | from: ", P(p.plain), " <", EM(g.email(p)), "> | ip ", IP(g.ip()), f" | {g.pick(['2h ago', '35 min ago', 'yesterday'])}\n   \"")
        msg = g.pick(msgs)
        if "{x}" in msg:
            b.f(msg, x=P(dec.given))
        else:
            b(msg)
        b("\"\n")
    b("#", str(g.r.randint(5, 9)), " flagged spam | from: \"Best Loans Online\" <", EM(g.email(None, "quickcash-offers.biz")), "> | ip ", IP(g.ipv4()),
      " | 4h ago\n   \"Need money fast? visit ", URL(f"https://quickcash-offers.biz/apply?ref={g.digits(5)}"), "\"\n")
    b("\nApprove all non-flagged? [y/N]\n")
    return b


def k_voicemail(g: G):
    b = Builder()
    caller = g.person()
    dec = g.person(caller.loc)
    dec.surname = caller.surname if g.chance(0.6) else dec.surname
    rn = g.person()
    a = g.addr("US")
    ph = g.phone("US")
    b.f("Voicemail transcript — after-hours line\nCaller ID: {ph}    Duration: 0:{s}\n\n", ph=PH(ph), s=str(g.r.randint(31, 59)))
    male = dec.gender == "M"
    b.f("[00:00] Hi, um, this is {c} calling about my {r}, {d}. {pr} passed away at home tonight, hospice is here.\n",
        c=P(caller.full), r=g.pick(["father", "grandfather"] if male else ["mother", "grandmother"]), d=P(dec.plain), pr="He" if male else "She")
    b.f("[00:12] The nurse is {n}, she already called the doctor. We'd like you to come get {o} whenever you can.\n",
        n=P(g.person(None, "F").given), o="him" if male else "her")
    b.f("[00:21] The address is {a}. It's the gray house, ring the side door.\n", a=ADDR(a.one()))
    b.f("[00:33] My cell is {ph}. Or my husband {h}, at {ph2}. Thank you.\n", ph=PH(g.phone("US")), h=P(g.person(caller.loc, "M").given), ph2=PH(g.phone("US")))
    b(f"\n-- Auto-transcribed; confidence {g.r.randint(71, 96)}%. Forwarded to on-call director.\n")
    return b


def k_fax_cover(g: G):
    b = Builder()
    fh = g.pick(FUNERAL_HOMES)
    s = g.person()
    d = g.now()
    dec = g.person()
    b.f("FAX COVER SHEET\n\nTo: {to}\nFax: {fx}    Phone: {ph}\nFrom: {s}, {fh}\nFax: {fx2}    Phone: {ph2}\nDate: {dt}    Pages (incl. cover): {n}\n\n",
        to=g.pick(["Social Security Administration — Field Office", "Veterans Benefits Administration", "County Vital Records", "State Pension Board"]),
        fx=PH(g.phone("US")), ph=PH(g.phone("US", "tollfree")), s=P(s.full), fh=fh, fx2=PH(g.phone("US")), ph2=PH(g.phone("US")),
        dt=DT(g.fdate(d, "en", 2)), n=str(g.r.randint(2, 6)))
    b.f("Re: Report of death (Form SSA-721) — {d}, SSN {ssn}\n\n", d=P(dec.full), ssn=SSN(g.ssn()))
    b.f("Date of death: {dod}. Surviving spouse {sp} may be eligible for the lump-sum death payment; please contact her at {ph}.\n\n",
        dod=DT(g.fdate(d - _dt.timedelta(days=g.r.randint(1, 6)), "en", 0)), sp=P(g.person(dec.loc, "F").full), ph=PH(g.phone("US")))
    b("CONFIDENTIALITY NOTICE: This facsimile contains confidential information. If you received it in error, notify the sender and destroy all copies.\n")
    return b


def k_sealed_petition(g: G):
    b = Builder()
    me = g.person()
    a = g.addr("US")
    d = g.now()
    dob = g.date(1955, 1985)
    b.f("{me}\n{a}\n{ph} | {em}\n\n{dt}\n\nOffice of Vital Records — Adoption Unit\n{oa}\n\n",
        me=P(me.full), a=ADDR(a.block()), ph=PH(g.phone("US")), em=EM(g.email(me)), dt=DT(g.fdate(d, "en", 0)), oa=ADDR(g.addr("US").block()))
    b("Re: Request for non-certified copy of original (pre-adoption) birth certificate\n\n")
    b.f("To whom it may concern,\n\nI was born on {dob} at {hos} in {c} and adopted through {ag} in {y}. My adoptive parents are {p1} and {p2}. ",
        dob=DOB(g.fdate(dob, "en", 0)), hos=g.pick(HOSPITALS[:6]), c=LOC(g.city("US")), ag=g.pick(["Catholic Charities", "the Children's Home Society", "a private attorney"]),
        y=str(dob.year + g.r.randint(0, 1)), p1=P(g.person(me.loc, "M").full), p2=P(g.person(me.loc, "F").full))
    b.f("Under the state's adult adoptee access law I am requesting my original birth record. Court decree no. {cn} is enclosed along with a copy of my driver's license ({dl}).\n\n",
        cn=f"{dob.year}-AD-{g.digits(4)}", dl=DL(g.dl(a.region)))
    b.f("Should a birth parent contact preference form be on file, please forward it to the address above.\n\nSincerely,\n{me}\n", me=P(me.plain))
    return b


def k_va_burial(g: G):
    b = Builder()
    v = g.person()
    dob = g.date(1925, 1955)
    dod = g.date(2023, 2025)
    ent = g.date(dob.year + 18, dob.year + 22)
    sep_ = g.after(ent, 700, 1500)
    fd = g.person()
    b.f("NATIONAL CEMETERY SCHEDULING OFFICE — FIRST NOTICE OF DEATH (worksheet)\nFax {fx} · Phone {ph}\n\n",
        fx=PH(g.phone("US", "tollfree")), ph=PH(g.phone("US", "tollfree")))
    b.f("Veteran: {v}    SSN: {ssn}    Service no.: {sn}\nDOB: {dob}    Date of death: {dod}\n",
        v=P(v.formal if g.chance(0.5) else v.full), ssn=SSN(g.ssn()), sn=f"RA{g.digits(8)}", dob=DOB(g.fdate(dob)), dod=DT(g.fdate(dod)))
    b.f("Branch: {br}    Entered active duty: {e}    Separated: {s}    Discharge: Honorable (DD-214 on file)\n",
        br=g.pick(["US Army", "US Navy", "USMC", "US Air Force"]), e=DT(g.fdate(ent)), s=DT(g.fdate(sep_)))
    b.f("Requested cemetery: {c}    Type: {t}\n", c=g.pick(["Fort Snelling National Cemetery", "Abraham Lincoln National Cemetery", "Jefferson Barracks National Cemetery"]),
        t=g.pick(["casket", "cremains (in-ground)", "columbarium"]))
    sp = g.person(v.loc, "F" if v.gender == "M" else "M")
    b.f("Spouse: {sp}, DOB {sdob}, to be interred in same gravesite (future).\nNext of kin contact: {sp2}, {ph}\n",
        sp=P(sp.full), sdob=DOB(g.fdate(g.date(1928, 1958))), sp2=P(sp.given), ph=PH(g.phone("US")))
    h, m = g.clock()
    b.f("Requested committal: {dt}    Military honors: {mh}\nFuneral home: {fh}, director {fd}\n",
        dt=DT(g.fdt(g.after(dod, 7, 21), h, m)), mh=g.pick(["Yes — full honors", "Yes — 2-person detail", "No"]), fh=g.pick(FUNERAL_HOMES), fd=P(fd.full))
    b(f"VA claim (C-file) no.: {g.digits(8)}    Scheduler ref: {g.chars(3, string.ascii_uppercase)}-{g.digits(6)}\n")
    return b


def k_k8s_secret(g: G):
    b = Builder()
    b("apiVersion: v1\nkind: Secret\nmetadata:\n  name: ", g.pick(["dna-matcher-credentials", "ocr-worker-secrets", "tribute-api-env"]),
      "\n  namespace: ", g.pick(["genealogy-prod", "records-prod", "tributes"]), "\n  labels:\n    app.kubernetes.io/version: \"", f"{g.r.randint(1, 4)}.{g.r.randint(0, 30)}.{g.r.randint(0, 9)}", "\"\ntype: Opaque\nstringData:\n")
    b("  GITHUB_DEPLOY_TOKEN: ", GHT(g.gh_token()), "\n")
    b("  DB_PASSWORD: \"", PW(g.password()), "\"\n")
    if g.chance(0.6):
        b("  WEBHOOK_SECRET: ", SEC(g.generic_secret()), "\n")
    if g.chance(0.4):
        b("  AWS_ACCESS_KEY_ID: ", AKID(g.aws_key()), "\n  AWS_SECRET_ACCESS_KEY: ", ASEC(g.aws_secret()), "\n")
    key = g.private_key()
    b("  signing_key.pem: |\n    ", PKEY(key.replace("\n", "\n    ")), "\n")
    b("  SENTRY_DSN_REF: ${SENTRY_DSN}\n")
    return b


# --------------------------------------------------------------------------
# Document kinds -- other languages
# --------------------------------------------------------------------------


def k_de_sterbeurkunde(g: G):
    b = Builder()
    a = g.addr("DE")
    p = g.person("de")
    dob = g.date(1925, 1960)
    dod = g.date(2023, 2025)
    h, m = g.r.randint(0, 23), g.r.randint(0, 59)
    sa = a.city if g.chance(0.7) else g.pick(DE_CITIES)[0]
    b.f("Standesamt {c}\n\nSTERBEURKUNDE\n(Sterberegister Nr. S {n}/{y})\n\n", c=LOC(sa), n=str(g.r.randint(10, 2500)), y=str(dod.year))
    b("Familienname: ", P(p.surname), "\nVornamen: ", P(p.given), "\n")
    if p.gender == "F":
        b("Geburtsname: ", P(g.surname("de")), "\n")
    b.f("ist am {dt} in {ort} verstorben.\n\n", dt=DT(g.fdt(dod, h, m, "de", False)), ort=LOC(sa))
    b.f("Letzter Wohnsitz: {a}\n", a=ADDR(a.one()))
    bo = g.pick(DE_CITIES)[0] if g.chance(0.7) else g.pick(["Breslau", "Königsberg", "Stettin", "Danzig"])
    b.f("Geburtsdatum: {dob}\nGeburtsort: {bo}\n", dob=DOB(g.fdate(dob, "de")), bo=LOC(bo))
    fs = g.pick(["verheiratet", "verwitwet", "ledig", "geschieden"])
    b(f"Familienstand: {fs}\n")
    if fs in ("verheiratet", "verwitwet"):
        sp = g.person("de", "F" if p.gender == "M" else "M")
        sp.surname = p.surname
        b("Ehegatte: ", P(sp.plain), "\n")
    b.f("\n{ort}, den {dt}\nDie Standesbeamtin\n{sb}\n\n", ort=LOC(sa), dt=DT(g.fdate(g.after(dod, 1, 10), "de")), sb=P(g.person("de", "F").plain))
    b(f"Gebühr: 12,00 EUR — Kassenzeichen 5.0{g.digits(3)}.{g.digits(6)}.{g.digits(1)}\n")
    return b


def k_de_rechnung(g: G):
    b = Builder()
    fa = g.addr("DE")
    owner = g.surname("de")
    firm = g.pick([f"Bestattungshaus {owner} & Söhne GmbH", f"Bestattungen {owner} e.K.", "Pietät Abendfrieden GmbH", "Bestattungsinstitut Lichtblick"])
    k = g.person("de")
    ka = g.addr("DE")
    dec = g.person("de")
    dec.surname = k.surname if g.chance(0.6) else dec.surname
    d = g.now()
    dod = d - _dt.timedelta(days=g.r.randint(5, 20))
    b.f("{firm} · {fa} · Tel. {ph} · {em}\n\n", firm=firm, fa=ADDR(fa.one()), ph=PH(g.phone("DE")), em=EM(g.email(None, g.pick(["bestattungen-online.de", "pietaet-abendfrieden.de", "bestattung-lichtblick.de"]))))
    b.f("{anr}\n{k}\n{ka}\n\n", anr="Herrn" if k.gender == "M" else "Frau", k=P(k.plain), ka=ADDR(ka.block()))
    rnr = f"{d.year}-{g.digits(4)}"
    b.f("Rechnung Nr. {rn}            Datum: {dt}\nKundennummer: {kn}\n\n", rn=rnr, dt=DT(g.fdate(d, "de", 0)), kn=ACCT(g.digits(6)))
    b.f("Sterbefall: {dec}, verstorben am {dod}\n", dec=P(dec.plain), dod=DT(g.fdate(dod, "de")))
    sd = g.after(dod, 5, 12)
    h, m = g.clock()
    b.f("Trauerfeier: {sd} in der Friedhofskapelle\n\n", sd=DT(g.fdt(sd, h, m, "de")))
    items = [("Sarg Eiche massiv, Innenausstattung", 1240), ("Überführung innerorts", 285), ("Hygienische Versorgung", 190),
             ("Traueranzeige Tageszeitung", 412), ("Trauerdruck (50 Karten)", 145), ("Urne Keramik anthrazit", 260), ("Friedhofsgebühren (verauslagt)", 1780)]
    tot = 0
    for n, v in g.r.sample(items, g.r.randint(4, 6)):
        tot += v
        b(f"  {n:<42}{v:>8},00 €\n")
    b(f"  {'Gesamtbetrag':<42}{tot:>8},00 €\n  (enthält 19 % USt.)\n\n")
    b.f("Bitte überweisen Sie den Betrag bis zum {dl} auf folgendes Konto:\nIBAN {iban}    BIC {bic}\nVerwendungszweck: Rechnung {rn2}\n\nUSt-IdNr. DE{ust} · Amtsgericht HRB {hrb}\n",
        dl=DT(g.fdate(g.after(d, 14, 30), "de")), iban=IBAN(g.iban("DE")), bic=g.pick(["COBADEFFXXX", "DEUTDEDBKOE", "GENODEF1S04"]),
        rn2=rnr, ust=g.digits(9), hrb=g.digits(5))
    return b


def k_de_forum(g: G):
    b = Builder()
    anc = g.person("de", "M", middle=False)
    dob = g.date(1830, 1880)
    ort = g.pick(["Württemberg", "Ostpreußen", "Schlesien", "Pommern", "Westfalen", "Hunsrück", "Oberpfalz"])
    b.f("Betreff: Suche Nachfahren von {a} aus {o}\nForum: Regionale Forschung › {o2}\nVerfasst von {h} » {rel}\n\n",
        a=P(anc.plain), o=LOC(ort), o2=LOC(ort), h=g.pick(["ahnenjaeger", "kirchenbuch_fan", "Sütterlin-Leserin", "hof_chronik"]),
        rel=g.pick(["vor 3 Tagen", "gestern", "vor 2 Stunden"]))
    b.f("Hallo zusammen,\n\nmein Urgroßvater {a} wurde am {dob} in {bo} geboren und ist um {y} nach {z} ausgewandert. ",
        a=P(anc.plain), dob=DOB(g.fdate(dob, "de", 1)), bo=LOC(g.pick(DE_CITIES)[0] if g.chance(0.5) else g.pick(["Kirchheim", "Neuenstadt", "Lauterbach", "Bad Mergentheim"])),
        y=str(dob.year + g.r.randint(18, 30)), z=LOC(g.pick(["Amerika", "Brasilien", "Milwaukee", "Texas", "Australien"])))
    w = g.person("de", "F", middle=False)
    b.f("Laut Kirchenbuch wurde er am {td} getauft. Seine Ehefrau war {w} geb. {gb}.\n",
        td=DT(g.fdate(g.after(dob, 1, 10), "de", 1)), w=P(w.given), gb=P(w.surname))
    b.f("Hat jemand Zugang zum Archiv in {ar}? Über Hinweise freue ich mich, gerne auch per Mail an {em}.\n\nBeste Grüße\n{me}\n",
        ar=LOC(g.pick(DE_CITIES)[0]), em=EM(g.email(g.person("de"), lang="de")), me=P(g.person("de").given))
    return b


def k_fr_acte_deces(g: G):
    b = Builder()
    a = g.addr("FR")
    p = g.person("fr")
    mairie = a.city if g.chance(0.6) else g.pick(FR_CITIES)[0]
    dod = g.date(2023, 2025)
    h, m = g.r.randint(0, 23), g.r.randint(0, 59)
    b.f("RÉPUBLIQUE FRANÇAISE — Mairie de {c}\n\nEXTRAIT D'ACTE DE DÉCÈS\nN° {n}\n\n", c=LOC(mairie), n=str(g.r.randint(10, 1800)))
    b.f("Le {dt}, est décédé{e} en son domicile, {civ} {p},\n", dt=DT(g.fdt(dod, h, m, "fr", False)), e="" if p.gender == "M" else "e",
        civ="Monsieur" if p.gender == "M" else "Madame", p=P(f"{p.given} {p.surname.upper()}"))
    b.f("domicilié{e} {a},\n", e="" if p.gender == "M" else "e", a=ADDR(a.one()))
    b.f("né{e} le {dob} à {bp},\n", e="" if p.gender == "M" else "e", dob=DOB(g.fdate(g.date(1925, 1960), "fr", 1)),
        bp=LOC(g.pick([g.pick(FR_CITIES)[0], "Alger", "Oran", "Bruxelles", "Tunis"])))
    fa, mo = g.person("fr", "M"), g.person("fr", "F")
    fa.surname = p.surname
    b.f("{fs} de {fa} et de {mo},\n", fs="fils" if p.gender == "M" else "fille", fa=P(fa.plain), mo=P(mo.plain))
    if g.chance(0.7):
        sp = g.person("fr", "F" if p.gender == "M" else "M")
        b.f("{ep} de {sp}.\n", ep="époux" if p.gender == "M" else "épouse", sp=P(sp.plain))
    decl = g.person("fr")
    b.f("\nDressé le {dd}, sur la déclaration de {dc}, {rel} du défunt, qui, lecture faite, a signé avec nous.\n",
        dd=DT(g.fdate(g.after(dod, 0, 2), "fr", 1)), dc=P(decl.plain), rel=g.pick(["fils", "fille", "neveu", "voisin"]))
    b.f("\nDélivré à {c}, le {dt}.\nL'officier de l'état civil : {o}\n(Extrait conforme — sans mention de filiation sur demande)\n",
        c=LOC(mairie), dt=DT(g.fdate(g.after(dod, 3, 30), "fr")), o=P(g.person("fr").plain))
    return b


def k_fr_devis(g: G):
    b = Builder()
    owner = g.surname("fr")
    firm = g.pick([f"Pompes Funèbres {owner} & Fils", "Pompes Funèbres de l'Ouest", "Maison Funéraire Sérénité", f"PF {owner} SARL"])
    fa = g.addr("FR")
    cli = g.person("fr", "F")
    ca = g.addr("FR")
    dec = g.person("fr", "M")
    d = g.now()
    b.f("{firm}\n{fa}\nTél. {ph} — SIRET {siret} — Habilitation n° {hab}\n\n", firm=firm, fa=ADDR(fa.one()), ph=PH(g.phone("FR")),
        siret=f"{g.digits(3)} {g.digits(3)} {g.digits(3)} {g.digits(5)}", hab=f"{g.digits(2)}-{g.digits(2)}-{g.digits(3)}")
    b.f("DEVIS N° D-{y}-{n}                                  {c}, le {dt}\n\n", y=str(d.year), n=g.digits(4), c=LOC(fa.city), dt=DT(g.fdate(d, "fr", 1)))
    b.f("Famille : Mme {cl}, {ca}\nTél. {ph} — courriel : {em}\n", cl=P(cli.plain), ca=ADDR(ca.one()), ph=PH(g.phone("FR")), em=EM(g.email(cli, lang="fr")))
    b.f("Défunt : M. {dc}, décédé le {dod}\n\n", dc=P(dec.plain), dod=DT(g.fdate(d - _dt.timedelta(days=g.r.randint(1, 4)), "fr")))
    h, m = g.clock()
    b.f("Cérémonie religieuse le {cd} en l'église paroissiale, suivie de l'inhumation au cimetière de {cim}.\n\n",
        cd=DT(g.fdt(g.after(d, 2, 6), h, m, "fr")), cim=LOC(g.pick(FR_CITIES)[0]))
    items = [("Cercueil chêne, capiton satin", 1450), ("Soins de conservation", 390), ("Corbillard avec chauffeur", 320),
             ("Porteurs (4)", 480), ("Ouverture et fermeture de caveau", 620), ("Plaque gravée", 145), ("Avis de décès — presse locale", 260)]
    tot = 0
    for n, v in g.r.sample(items, g.r.randint(4, 6)):
        tot += v
        b(f"  {n:<40}{v:>7},00 € TTC\n")
    b(f"  {'Total TTC':<40}{tot:>7},00 €\n\n")
    b.f("Acompte de 30 % à la signature, par virement : IBAN {iban} — BIC {bic}.\nDevis valable jusqu'au {vd}.\n",
        iban=IBAN(g.iban("FR")), bic=g.pick(["BNPAFRPPXXX", "AGRIFRPP882", "CCBPFRPPNAN", "SOGEFRPP"]), vd=DT(g.fdate(g.after(d, 15, 30), "fr")))
    return b


def k_fr_demande_archives(g: G):
    b = Builder()
    me = g.person("fr")
    ma = g.addr("FR")
    d = g.now()
    b.f("{me}\n{ma}\n{ph}\n{em}\n\n", me=P(me.plain), ma=ADDR(ma.block()), ph=PH(g.phone("FR")), em=EM(g.email(me, lang="fr")))
    ad = g.pick(FR_CITIES)[0]
    b.f("Archives départementales — service de la salle de lecture\n{aa}\n\n{c}, le {dt}\n\n", aa=ADDR(g.addr("FR").one()), c=LOC(ma.city), dt=DT(g.fdate(d, "fr", 1)))
    anc = g.person("fr", "M", middle=False)
    dob = g.date(1840, 1890)
    b.f("Objet : demande de copie d'actes — famille {s}\n\nMadame, Monsieur,\n\nDans le cadre de recherches généalogiques, je souhaiterais obtenir la copie de l'acte de naissance de {a}, né le {dob} à {bp}, ",
        s=P(anc.surname), a=P(anc.plain), dob=DOB(g.fdate(dob, "fr", 1)), bp=LOC(g.pick([ad, "Quimper", "Montbrison", "Vitré", "Saint-Flour"])))
    w = g.person("fr", "F", middle=False)
    b.f("ainsi que de son acte de mariage avec {w}, célébré le {md}.\n", w=P(w.plain), md=DT(g.fdate(g.date(dob.year + 20, dob.year + 30), "fr", 1)))
    b("Les registres ne semblent pas numérisés pour ces années (cote 3 E 145/12). Je joins une enveloppe timbrée.\n\n")
    b.f("Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n\n{me}\n", me=P(me.plain))
    return b


def k_es_certificado(g: G):
    b = Builder()
    a = g.addr("ES")
    p = g.person("es")
    reg = a.city if g.chance(0.6) else g.pick(ES_CITIES)[0]
    dob = g.date(1950, 2020)
    h, m = g.r.randint(0, 23), g.r.randint(0, 59)
    s2 = g.surname("es")
    b.f("REGISTRO CIVIL DE {r}\nCERTIFICACIÓN LITERAL DE NACIMIENTO\nTomo {t}  Página {pg}  Sección 1ª\n\n", r=LOC(reg.upper()), t=g.digits(5), pg=g.digits(3))
    b.f("Nombre: {n}\nApellidos: {ap}\nFecha de nacimiento: {dob}    Hora: {h}\nLugar: {l}\nSexo: {sx}\n\n",
        n=P(p.given), ap=P(f"{p.surname} {s2}"), dob=DOB(g.fdate(dob, "es")), h=DT(f"{h:02d}:{m:02d}"), l=LOC(reg),
        sx="varón" if p.gender == "M" else "mujer")
    fa = g.person("es", "M")
    fa.surname = p.surname
    mo = g.person("es", "F")
    mo.surname = s2
    b.f("Padre: {fa}, natural de {fb}\nMadre: {mo}, natural de {mb}\nDomicilio de los padres: {a}\n\n",
        fa=P(fa.plain), fb=LOC(g.pick(ES_CITIES)[0]), mo=P(mo.plain), mb=LOC(g.pick([g.pick(ES_CITIES)[0], "Buenos Aires", "Caracas", "Lima"])), a=ADDR(a.one()))
    b.f("Inscrito el {id} por declaración de {dc}.\n", id=DT(g.fdate(g.after(dob, 2, 20), "es", 1)), dc=P(fa.given))
    b.f("\nExpedida en {c}, a {dt}. Código de verificación: {cv}\nEl/La Encargado/a: {e}\n",
        c=LOC(reg), dt=DT(g.fdate(g.now(), "es", 1)), cv=g.chars(16, UPNUM), e=P(g.person("es").plain))
    return b


def k_es_whatsapp(g: G):
    b = Builder()
    d = g.now()
    people = [g.person("es") for _ in range(3)]
    dec = g.person("es")
    tl = iter(g.times(5, 8, 22))
    fmt = lambda: "[{}/{}/{}, {}:{:02d}] ".format(d.day, d.month, d.year % 100, *next(tl)[:2])
    b(fmt(), P(people[0].plain), ": ").f("Familia, os confirmo lo {t} {dn}. El velatorio es en el Tanatorio {tn}, sala {s}, {a}\n",
                                        t=g.pick(["del tío", "del abuelo"] if dec.gender == "M" else ["de la abuela", "de la tía"]), dn=P(dec.given), tn=g.pick(["Sur", "La Paz", "San Isidro", "Municipal"]),
                                        s=str(g.r.randint(1, 12)), a=ADDR(g.addr("ES").one()))
    h, m = g.clock()
    b(fmt(), P(people[1].plain), ": ").f("¿A qué hora es la misa? Yo llego en el AVE de las {t}\n", t=DT(f"{g.r.randint(9, 12)}:{g.pick(['05', '25', '45'])}"))
    b(fmt(), P(people[0].plain), ": ").f("El funeral es el {fd} en la parroquia, y luego al cementerio de {c}\n",
                                        fd=DT(g.fdt(g.after(d, 1, 2), h, m, "es")), c=LOC(g.pick(ES_CITIES)[0]))
    b(fmt(), P(people[2].plain), ": ").f("Para la corona he puesto 40 €. Quien quiera participar, transferencia a {iban} o Bizum al {ph} 🙏\n",
                                        iban=IBAN(g.iban("ES")), ph=PH(g.phone("ES")))
    b(fmt(), P(people[1].plain), ": Hecho 👍 Un abrazo fuerte a todos\n")
    return b


def k_it_concessione(g: G):
    b = Builder()
    a = g.addr("IT")
    com = a.city if g.chance(0.5) else g.pick(IT_CITIES)[0]
    c = g.person("it")
    dec = g.person("it")
    d = g.now()
    b.f("COMUNE DI {c}\nSettore Servizi Cimiteriali\n\nCONCESSIONE LOCULO N. {n}/{y}\n\n", c=LOC(com.upper()), n=g.digits(4), y=str(d.year))
    nato = "nato" if c.gender == "M" else "nata"
    b.f("Concessionario: {civ} {p}, {nato} a {bp} il {dob}, residente in {a}\ntel. {ph}, PEC {em}\n\n",
        civ=g.pick(["Sig.", "Dott."]) if c.gender == "M" else g.pick(["Sig.ra", "Dott.ssa"]),
        p=P(c.plain), nato=nato, bp=LOC(g.pick(IT_CITIES)[0]), dob=DOB(g.fdate(g.date(1940, 1985), "it")), a=ADDR(a.one()),
        ph=PH(g.phone("IT")), em=EM(g.email(c, "pec.it")))
    h, m = g.clock()
    b.f("Defunto: {dec}, deceduto il {dod}\nTumulazione prevista: {tp}\nCimitero: Monumentale, campo {cm}, fila {f}, loculo {lo}\n",
        dec=P(dec.plain), dod=DT(g.fdate(d - _dt.timedelta(days=g.r.randint(1, 5)), "it")), tp=DT(g.fdt(g.after(d, 1, 4), h, m, "it")),
        cm=str(g.r.randint(1, 30)), f=str(g.r.randint(1, 6)), lo=str(g.r.randint(1, 400)))
    b.f("Durata: 30 anni, con scadenza il {sc}.\nCanone: € {amt} da versare sul conto di tesoreria IBAN {iban} entro il {dl}.\n\n",
        sc=DT(g.fdate(_dt.date(d.year + 30, d.month, min(d.day, 28)), "it")), amt=f"{g.r.randint(1, 4)}.{g.r.randint(100, 950)},00",
        iban=IBAN(g.iban("IT")), dl=DT(g.fdate(g.after(d, 10, 30), "it")))
    b.f("Il Responsabile del Servizio\nDott. {r}\n", r=P(g.person("it").plain))
    return b


def k_it_matrimonio(g: G):
    b = Builder()
    com = g.pick(IT_CITIES)[0]
    md = g.date(1955, 2010)
    sp1, sp2 = g.person("it", "M"), g.person("it", "F")
    b.f("UFFICIO DELLO STATO CIVILE DI {c}\nEstratto per riassunto dell'atto di matrimonio\nAnno {y} — Parte I — Serie A — N. {n}\n\n",
        c=LOC(com.upper()), y=str(md.year), n=str(g.r.randint(1, 400)))
    b.f("Il giorno {md} in {c} hanno contratto matrimonio:\n\n", md=DT(g.fdate(md, "it", 1)), c=LOC(com))
    b.f("{s1}, nato a {b1} il {d1}\ne\n{s2}, nata a {b2} il {d2}\n\n",
        s1=P(sp1.plain), b1=LOC(g.pick(IT_CITIES)[0]), d1=DOB(g.fdate(g.date(md.year - 35, md.year - 20), "it")),
        s2=P(sp2.plain), b2=LOC(g.pick([g.pick(IT_CITIES)[0], "Zurigo", "Buenos Aires"])), d2=DOB(g.fdate(g.date(md.year - 33, md.year - 18), "it")))
    b(f"Regime patrimoniale: {g.pick(['comunione dei beni', 'separazione dei beni'])}.\n")
    if g.chance(0.5):
        b.f("Annotazioni: con sentenza del Tribunale di {t} del {sd} è stata pronunciata la cessazione degli effetti civili.\n",
            t=LOC(g.pick(IT_CITIES)[0]), sd=DT(g.fdate(g.date(md.year + 5, 2022), "it")))
    b.f("\n{c}, {dt}\nL'Ufficiale dello Stato Civile\n{u}\n(esente da bollo ai sensi dell'art. 7 L. 405/1990)\n",
        c=LOC(com), dt=DT(g.fdate(g.now(), "it")), u=P(g.person("it").plain))
    return b


def k_pt_certidao(g: G):
    b = Builder()
    br = g.chance(0.5)
    cc = "BR" if br else "PT"
    a = g.addr(cc)
    p = g.person("pt")
    dod = g.date(2023, 2025)
    h, m = g.r.randint(0, 23), g.r.randint(0, 59)
    if br:
        b.f("REPÚBLICA FEDERATIVA DO BRASIL\nRegistro Civil das Pessoas Naturais — {c}\nCERTIDÃO DE ÓBITO\nMatrícula: {mt}\n\n",
            c=LOC(f"{a.city} - {a.region}"), mt=f"{g.digits(6)} 01 55 {dod.year} 4 {g.digits(5)} {g.digits(3)} {g.digits(7)}-{g.digits(2)}")
    else:
        b.f("REPÚBLICA PORTUGUESA\nConservatória do Registo Civil de {c}\nCERTIDÃO DE ÓBITO — Assento n.º {n} de {y}\n\n",
            c=LOC(a.city), n=str(g.r.randint(10, 3000)), y=str(dod.year))
    b.f("Nome: {n}\nData e hora do falecimento: {dt}\nLocal: {h}, {c}\n", n=P(p.plain.upper() if g.chance(0.3) else p.plain),
        dt=DT(f"{g.fdate(dod, 'pt', 0)} às {g.ftime(h, m, 'pt')}"), h=g.pick(["Hospital de Santa Maria", "Hospital São Lucas", "no domicílio"]), c=LOC(a.city))
    b.f("Data de nascimento: {dob}    Naturalidade: {nat}\n", dob=DOB(g.fdate(g.date(1925, 1965), "pt")),
        nat=LOC(g.pick([g.pick(PT_CITIES)[0], g.pick(BR_CITIES)[0], "Luanda", "Funchal"])))
    fa, mo = g.person("pt", "M"), g.person("pt", "F")
    b.f("Filiação: {fa} e {mo}\nEstado civil: {ec}\n", fa=P(fa.plain), mo=P(mo.plain), ec=g.pick(["casado(a)", "viúvo(a)", "solteiro(a)"]))
    b.f("Último domicílio: {a}\n", a=ADDR(a.one()))
    b.f("Declarante: {d}\nSepultamento: Cemitério {cm}, {c}, em {sd}\n\nO referido é verdade e dou fé. {c2}, {dt}.\nO(A) Oficial: {o}\n",
        d=P(g.person("pt").plain), cm=g.pick(["Municipal", "dos Prazeres", "da Saudade", "do Alto de São João"]), c=LOC(a.city),
        sd=DT(g.fdate(g.after(dod, 1, 2), "pt", 1)), c2=LOC(a.city), dt=DT(g.fdate(g.after(dod, 2, 20), "pt", 1)), o=P(g.person("pt").plain))
    return b


def k_nl_email(g: G):
    b = Builder()
    uv = g.person("nl")
    fam = g.person("nl")
    dec = g.person("nl")
    d = g.now()
    dom = g.pick(["uitvaartzorg-dehoop.nl", "yarden-regio.nl", "uitvaartcentrum-zuid.nl"])
    b.f("Van: {u} <{ue}>\nAan: {f} <{fe}>\n", u=P(uv.plain), ue=EM(g.email(uv, dom)), f=P(fam.plain), fe=EM(g.email(fam, lang="nl")))
    wd = _s("ma|di|wo|do|vr|za|zo")[d.weekday()]
    b(f"Datum: {wd} {d.day} {MONTHS['nl'][d.month - 1][:3]} {d.year} {g.r.randint(8, 19):02d}:{g.r.randint(0, 59):02d}\n")
    b.f("Onderwerp: Bevestiging afscheid {d}\n\nBeste {g},\n\nHierbij bevestigen wij de gemaakte afspraken:\n\n", d=P(dec.plain), g=P(fam.given))
    sd = g.after(d, 3, 7)
    h, m = g.clock()
    b.f("- Afscheidsdienst: {sd} in de aula van crematorium {cr}, {a}\n", sd=DT(g.fdt(sd, h, m, "nl")),
        cr=g.pick(["Daelwijck", "Westerveld", "Beukenhof", "Den en Rust"]), a=ADDR(g.addr("NL").one()))
    b.f("- Condoleance aansluitend, van {t1} tot {t2}\n", t1=DT(g.ftime(h + 1, m, "nl")), t2=DT(g.ftime(h + 2, m, "nl")))
    b("- Rouwkaarten: 120 stuks, drukproef volgt vandaag\n\n")
    b.f("De factuur kunt u voldoen op IBAN {iban} t.n.v. Uitvaartzorg onder vermelding van dossier {dn}.\n\n",
        iban=IBAN(g.iban("NL")), dn=f"{d.year}-{g.digits(4)}")
    b.f("Met vriendelijke groet,\n\n{u}\nUitvaartverzorger\n{ph}\n", u=P(uv.plain), ph=PH(g.phone("NL")))
    return b


def k_pl_odpis(g: G):
    b = Builder()
    a = g.addr("PL")
    usc = a.city if g.chance(0.6) else g.pick(PL_CITIES)[0]
    p = g.person("pl")
    dob = g.date(1950, 2015)
    lo = {"Kraków": "w Krakowie", "Gdańsk": "w Gdańsku", "Wrocław": "we Wrocławiu", "Poznań": "w Poznaniu", "Łódź": "w Łodzi",
          "Lublin": "w Lublinie", "Rzeszów": "w Rzeszowie"}[usc]
    b.f("URZĄD STANU CYWILNEGO {w} {c}\n\nODPIS SKRÓCONY AKTU URODZENIA\nNr aktu: {n}\n\n", w=lo.split()[0].upper(), c=LOC(lo.split()[1].upper()),
        n=f"{g.r.randint(100, 3000)}/{dob.year}")
    b.f("Nazwisko: {s}\nImię (imiona): {gv}\nPłeć: {pl}\n", s=P(p.surname), gv=P(p.given), pl="mężczyzna" if p.gender == "M" else "kobieta")
    b("Data urodzenia: ", DOB(g.fdate(dob, "pl", 1)), " r.\n")
    b.f("Miejsce urodzenia: {mu}\n\n", mu=LOC(usc))
    fa, mo = g.person("pl", "M"), g.person("pl", "F")
    fa.surname = p.surname
    mo.surname = p.surname
    b.f("Dane rodziców:\n  Ojciec: {fa}\n  Matka: {mo}, nazwisko rodowe {mn}\n\n", fa=P(fa.plain), mo=P(mo.plain), mn=P(g.surname("pl", "F")))
    b.f("Adres do korespondencji wnioskodawcy: {a}\n", a=ADDR(a.one()))
    b("Data wydania odpisu: ", DT(g.fdate(g.now(), "pl", 0)), "\n")
    b.f("Kierownik Urzędu Stanu Cywilnego: {k}\nOpłata skarbowa: 22 zł (dowód wpłaty nr {nr})\n", k=P(g.person("pl").plain), nr=g.digits(8))
    return b


def k_sv_bekraftelse(g: G):
    b = Builder()
    firm = g.pick(["Fonus", "Begravningsbyrån Ljusglimten", "Lundgrens Begravningsbyrå AB", "Kyrkbacken Begravning"])
    dec = g.person("sv")
    kon = g.person("sv")
    dob = g.date(1925, 1960)
    dod = g.date(2023, 2025)
    b.f("{firm} — Bekräftelse av begravningsceremoni\nÄrende nr {n}\n\n", firm=firm, n=g.digits(6))
    b.f("Avliden: {d}, född {dob}, avled {dod} i {ort}.\n\n", d=P(dec.plain), dob=DOB(g.fdate(dob, "sv")), dod=DT(g.fdate(dod, "sv")), ort=LOC(g.pick(SE_CITIES)[0]))
    sd = g.after(dod, 10, 25)
    h, m = g.clock()
    b.f("Datum: {dt}\nTid: kl. {t}\nPlats: {k}, {a}\n", dt=DT(f"{WEEKDAYS['sv'][sd.weekday()]} {g.fdate(sd, 'sv', 1)}" if g.chance(0.5) else g.fdate(sd, "sv")),
        t=DT(g.ftime(h, m, "sv")), k=g.pick(["Hedvig Eleonora kyrka", "Domkyrkan", "Skogskapellet", "Uppståndelsekapellet"]), a=ADDR(g.addr("SE").one()))
    b.f("Officiant: {o}\nGravplats: kvarter {kv}, gravnummer {gn}\n\n", o=P(g.person("sv").plain), kv=str(g.r.randint(1, 40)), gn=str(g.r.randint(100, 900)))
    b.f("Kontaktperson: {k}, tel. {ph}, e-post {em}\n", k=P(kon.plain), ph=PH(g.phone("SE")), em=EM(g.email(kon, lang="sv")))
    b.f("Faktura skickas till {a}. Betalning till bankgiro 5{bg} inom 30 dagar.\n", a=ADDR(g.addr("SE").one()), bg=f"{g.digits(3)}-{g.digits(4)}")
    return b


def k_tr_defin(g: G):
    b = Builder()
    a = g.addr("TR")
    p = g.person("tr")
    dod = g.date(2023, 2025)
    h, m = g.r.randint(0, 23), g.r.randint(0, 59)
    b.f("T.C. {c} BÜYÜKŞEHİR BELEDİYESİ\nMezarlıklar Müdürlüğü\n\nDEFİN RUHSATI\nBelge No: {y}/{n}\n\n", c=LOC(a.city.upper()), y=str(dod.year), n=g.digits(5))
    b.f("Ölenin Adı Soyadı: {n}\nBaba Adı: {ba}    Ana Adı: {aa}\n", n=P(f"{p.given} {p.surname.upper()}"), ba=P(g.person("tr", "M").given), aa=P(g.person("tr", "F").given))
    b.f("Doğum Tarihi: {dob}    Doğum Yeri: {dy}\n", dob=DOB(g.fdate(g.date(1930, 1965), "tr")), dy=LOC(g.pick([c for c, _, _ in TR_CITIES] + ["Rize", "Sivas", "Erzurum"])))
    b.f("Ölüm Tarihi: {od}    Ölüm Saati: {os}\nÖlüm Yeri: {oy}\n", od=DT(g.fdate(dod, "tr")), os=DT(f"{h:02d}:{m:02d}"), oy=g.pick(["Hastane", "Ev", "Huzurevi"]))
    b.f("İkametgâh Adresi: {a}\n\n", a=ADDR(a.one()))
    b.f("Defin Yeri: Asri Mezarlığı, Ada {ada}, Parsel {pa}, Mezar {mz}\nDefin Tarihi: {dt}\n",
        ada=str(g.r.randint(1, 400)), pa=str(g.r.randint(1, 60)), mz=str(g.r.randint(1, 20)), dt=DT(g.fdate(g.after(dod, 0, 1), "tr")))
    ap = g.person("tr")
    b.f("Başvuran: {ap} (yakınlığı: {y})    Tel: {ph}\n", ap=P(ap.plain), y=g.pick(["oğlu", "kızı", "eşi", "kardeşi"]), ph=PH(g.phone("TR")))
    b.f("\nDüzenleyen: {d}, Defin Memuru\n", d=P(g.person("tr").plain))
    return b


def k_ja_koseki(g: G):
    b = Builder()
    a = g.addr("JP")
    hit = g.person("ja", "M")
    me = g.person("ja")
    me.surname = hit.surname
    d = g.now()
    sb = d - _dt.timedelta(days=g.r.randint(10, 200))
    for x in (hit, me):
        x.loc = "ja_sf"
    b("Koseki tohon kofu seikyusho (koseki zenbu jiko shomeisho)\n\n")
    b.f("Atesaki: {w} kuyakusho shimin-ka koseki-gakari\nShinsei-bi: {dt}\n\n", w=LOC(a.region), dt=DT(g.fdate(d, "ja", 0)))
    b.f("Honseki: {hs}\nHittousha: {h}\n", hs=ADDR(f"{a.city}-to {a.region} {a.street}" if a.city == "Tokyo" else f"{a.city}-shi {a.region} {a.street}"), h=P(hit.plain))
    tgt = g.person("ja")
    tgt.surname = hit.surname
    tgt.loc = "ja_sf"
    b.f("Taishosha: {t}    Seinengappi: {dob}\n", t=P(tgt.plain), dob=DOB(g.fdate(g.date(1925, 1960), "ja", 0)))
    b.f("Shibo-bi: {sd}\n\n", sd=DT(g.fdate(sb, "ja", 0)))
    b.f("Seikyusha: {me}    Zokugara: {z}\nJusho: {ja}\nDenwa: {ph}\n", me=P(me.plain), z=g.pick(["chonan", "chojo", "tsuma", "jinan"]),
        ja=ADDR(g.addr("JP").one()), ph=PH(g.phone("JP")))
    b(f"Tsusu: {g.r.randint(1, 3)} tsu    Tesuryo: {g.r.randint(1, 3) * 450} en (teigaku kogawase)\n")
    b("Riyu: sozoku tetsuzuki (ginko koza kaiyaku oyobi fudosan meigi henko) no tame.\n")
    b(f"Honnin kakunin: untenmenkyosho (copy dofu). Uketsuke bango {g.digits(6)}\n")
    return b


# --------------------------------------------------------------------------
# Document kinds -- no entities (hard negatives only)
# --------------------------------------------------------------------------


def k_e_maintenance_log(g: G):
    b = Builder()
    d = g.now()
    evs = ["workorder WO-{n} opened: section {s}, rows {r1}-{r2} mowing", "irrigation zone {z} pressure low ({p} psi)",
           "backhoe #2 checked out for opening {s}-{n2}", "workorder WO-{n} closed, duration 2h40m", "gate 3 sensor fault cleared (ticket {n})",
           "headstone leveling queue: {q} items, oldest 12 days", "fuel log: 18.4 gal diesel, odometer 41{n2}"]
    for hh, mm, ss in g.times(g.r.randint(7, 12), 6, 17):
        ev = g.pick(evs).format(n=g.digits(5), s=g.pick("ABCDEFGH"), r1=g.r.randint(1, 10), r2=g.r.randint(11, 30), z=g.r.randint(1, 12),
                                p=g.r.randint(20, 40), n2=g.digits(3), q=g.r.randint(3, 40))
        lvl = g.pick(["INFO", "INFO", "WARN", "INFO"])
        b(f"{d.year}-{d.month:02d}-{d.day:02d} {hh:02d}:{mm:02d}:{ss:02d} {lvl:<5} grounds  {ev}\n")
    b(f"-- end of shift; next scheduled run in 24h; batch id {g.uuid()}\n")
    return b


def k_e_deploy_log(g: G):
    b = Builder()
    d = g.now()
    v = f"{g.r.randint(2, 6)}.{g.r.randint(0, 30)}.{g.r.randint(0, 9)}"
    tl = iter(g.times(8, g.r.randint(0, 20), 23))
    ts = lambda: "[{}-{:02d}-{:02d}T{:02d}:{:02d}:{:02d}Z]".format(d.year, d.month, d.day, *next(tl))
    b(ts(), f" deploy start service=records-portal release=v{v} commit={g.sha(40)}\n")
    b(ts(), f" image sha256:{g.sha(64)}\n")
    b(ts(), f" build id {g.uuid()} finished in {g.r.randint(40, 400)}s\n")
    b(ts(), f" migrations: 00{g.r.randint(10, 99)}_add_plot_index applied ({g.r.randint(1, 9)}.{g.r.randint(0, 9)}s)\n")
    b(ts(), " config: DATABASE_URL=${DATABASE_URL} STRIPE_KEY=${STRIPE_SECRET_KEY} AWS_SECRET=${{ secrets.AWS_SECRET_ACCESS_KEY }}\n")
    b(ts(), f" healthcheck /healthz 200 in {g.r.randint(5, 90)}ms (3/3 pods ready)\n")
    b(ts(), f" canary 10% for 15m, error rate 0.0{g.r.randint(1, 9)}%\n")
    b(ts(), f" deploy finished; previous release v{g.r.randint(2, 6)}.{g.r.randint(0, 30)}.{g.r.randint(0, 9)} retained for rollback (epoch {g.r.randint(1700000000, 1740000000)})\n")
    return b


def k_e_fee_schedule(g: G):
    b = Builder()
    b("FEE SCHEDULE — CERTIFIED VITAL RECORDS\nApplies to walk-in, mail and online orders. Fees are non-refundable.\n\n")
    b(f"{'Item':<52}{'Form':<10}{'Fee':>8}\n{'-' * 70}\n")
    rows = [("Certified birth certificate, first copy", "VS-101", 22), ("Each additional copy, same order", "", 6),
            ("Certified death certificate, first copy", "VS-110", 20), ("Each additional copy, same order", "", 4),
            ("Marriage / civil union certificate", "VS-140", 15), ("Heirloom birth certificate", "VS-105", 40),
            ("Amendment / correction filing", "VS-220", 25), ("Genealogical (non-certified) copy", "VS-300", 10),
            ("Expedited processing (add-on)", "", 15), ("Apostille request referral", "", 5)]
    keep = sorted(g.r.sample(range(len(rows)), g.r.randint(6, 10)))
    for n, f, v in [rows[i] for i in keep]:
        b(f"{n:<52}{f:<10}{'$' + str(v) + '.00':>8}\n")
    b(f"\nProcessing time: {g.r.randint(3, 10)}–{g.r.randint(11, 20)} business days; expedited orders ship within 2 business days.\n")
    b("Search fee applies even if no record is found. Card payments incur a 2.5% convenience fee. Checks payable to the State Registrar.\n")
    return b


def k_e_icd_reference(g: G):
    b = Builder()
    b("Cause-of-death coding quick reference (ICD-10, underlying cause)\n\n")
    codes = [("I21.9", "Acute myocardial infarction, unspecified"), ("I25.10", "Atherosclerotic heart disease"), ("J44.1", "COPD with acute exacerbation"),
             ("C34.90", "Malignant neoplasm of unspecified part of bronchus or lung"), ("G30.9", "Alzheimer disease, unspecified"),
             ("I63.9", "Cerebral infarction, unspecified"), ("E11.9", "Type 2 diabetes mellitus without complications"), ("N18.6", "End stage renal disease"),
             ("J18.9", "Pneumonia, unspecified organism"), ("X42", "Accidental poisoning by narcotics"), ("W19", "Unspecified fall"), ("U07.1", "COVID-19")]
    for c, t in g.r.sample(codes, g.r.randint(7, 12)):
        b(f"  {c:<8}{t}\n")
    b(f"\nRelated: LOINC 69453-9 (cause of death), 81956-5 (date+time of death field); CPT 99497 advance care planning; HCPCS G0299.\n")
    b("Do not code mechanisms (cardiac arrest, respiratory arrest) as underlying cause. Query the certifier if the sequence is implausible.\n")
    return b


def k_e_obit_template(g: G):
    b = Builder()
    b(f"Obituary template v{g.r.randint(1, 5)}.{g.r.randint(0, 9)} — merge fields (do not edit braces)\n\n")
    b("${FULL_NAME}, ${AGE}, of ${CITY}, passed away ${DATE_OF_DEATH} at ${PLACE_OF_DEATH}.\n")
    b("${PRONOUN_SUBJ} was born ${DATE_OF_BIRTH} in ${BIRTHPLACE} to ${PARENTS}.\n\n")
    b("Visitation: ${VISITATION_DATE} from ${VISITATION_START} to ${VISITATION_END} at ${FUNERAL_HOME_NAME}.\n")
    b("Service: ${SERVICE_DATETIME}, ${SERVICE_VENUE}. Interment: ${CEMETERY}.\n\n")
    b("Memorials: ${MEMORIAL_ORG}. Condolences: ${CONDOLENCE_URL}\n\n")
    b("Publishing step (CI): uses ${{ secrets.CMS_API_TOKEN }} and ${{ secrets.SMTP_PASSWORD }}; never paste literal values here.\n")
    b(f"Character limit {g.pick([1200, 1500, 2000])}; photos max 5 MB; revision {g.sha(7)}.\n")
    return b


def k_e_reconciliation(g: G):
    b = Builder()
    b(f"Nightly payment reconciliation — batch {g.digits(8)}-{g.r.randint(1, 4):02d}\n")
    b(f"Run started at epoch {g.r.randint(1700000000, 1740000000)}; duration 00:0{g.r.randint(1, 9)}:{g.r.randint(10, 59)}\n\n")
    for _ in range(g.r.randint(4, 7)):
        st = g.pick(["MATCHED", "MATCHED", "MATCHED", "UNMATCHED", "REVERSED"])
        b(f"INV-{g.r.randint(2023, 2025)}-{g.digits(4)}  ${g.r.randint(100, 15000):>7,}.00  {st:<10}  card {g.pick(['************', 'XXXX-XXXX-XXXX-'])}{g.digits(4)}  txn {g.chars(12, UPNUM)}\n")
    b(f"\nRejected test values: PAN {g.bad_card16()} (Luhn check failed), TIN {g.bad_ssn()} (invalid area), routing {g.pick(['071000013', '081904808'])} (not ours)\n")
    b(f"Refund RMA-{g.digits(6)} queued; tracking 1Z{g.chars(6, UPNUM)}{g.digits(10)}; escrow {g.digits(9)} released.\n")
    b("Totals: 3 unmatched, 1 reversal. Next run in 24h.\n")
    return b


def k_e_fleet_log(g: G):
    b = Builder()
    b("FLEET LOG — removal and coach vehicles\n\n")
    for u in range(1, g.r.randint(3, 5) + 1):
        vin = "1G6" + g.chars(14, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
        b(f"Unit {u} | {g.r.randint(2012, 2023)} {g.pick(['Cadillac XTS coach', 'Lincoln MKT coach', 'Ford Transit removal van', 'Chevrolet Suburban'])} | VIN {vin} | Plate {g.chars(3, string.ascii_uppercase)}-{g.digits(4)} | Odometer {g.r.randint(10, 190)},{g.digits(3)} mi\n")
        b(f"   Service: {g.pick(['oil change', 'brake pads', 'tire rotation', 'stretcher lock repair'])}; next due in {g.pick(['3,000 mi', '5,000 mi', '6 months'])}. RO #{g.digits(6)}\n")
    b("\nReminder: log every removal call number (e.g. RC-44821) and mileage before returning keys to the board.\n")
    return b


def k_e_de_gebuehren(g: G):
    b = Builder()
    b(f"Gebührenordnung Friedhofswesen — Auszug (Stand {g.r.randint(2021, 2025)})\n\n")
    rows = [("4.1.1", "Reihengrab Erdbestattung, Ruhezeit 20 Jahre", 1450), ("4.1.2", "Wahlgrab zweistellig, Nutzungszeit 25 Jahre", 3120),
            ("4.2.1", "Urnenreihengrab, Ruhezeit 15 Jahre", 890), ("4.2.3", "Urnengemeinschaftsanlage mit Namenstafel", 1340),
            ("5.1", "Benutzung der Trauerhalle (bis 60 Minuten)", 310), ("5.3", "Kühlzelle je angefangenen Tag", 45),
            ("6.2", "Ausheben und Verfüllen des Grabes", 780), ("7.1", "Verlängerung des Nutzungsrechts je Jahr", 96)]
    keep = sorted(g.r.sample(range(len(rows)), g.r.randint(5, 8)))
    for z, t, v in [rows[i] for i in keep]:
        b(f"Ziffer {z:<7}{t:<50}{v:>7},00 €\n")
    b("\nDie Gebühren werden mit Bekanntgabe des Bescheides fällig. Säumniszuschlag 1 % je angefangenen Monat.\n")
    b(f"Aktenzeichen 67.{g.r.randint(10, 99)}-{g.digits(3)}; Satzung i. d. F. vom Ratsbeschluss, Vorlage {g.digits(4)}/{g.r.randint(2019, 2024)}.\n")
    return b


def k_e_fr_crematorium(g: G):
    b = Builder()
    d = g.now()
    b(f"Journal technique — four n° {g.r.randint(1, 3)} (export automatique)\n\n")
    evs = ["démarrage préchauffage, consigne {t} °C", "crémation lancée, dossier n° {n}", "fin de cycle, durée {m} min",
           "filtre à manches : delta P {p} mbar", "alarme température postcombustion acquittée", "ticket maintenance n° {n} ouvert",
           "refroidissement, extraction des cendres", "arrêt programmé"]
    for hh, mm, ss in g.times(g.r.randint(6, 10), 6, 20):
        ev = g.pick(evs).format(t=g.pick([850, 870, 900]), n=g.digits(5), m=g.r.randint(70, 120), p=g.r.randint(8, 22))
        b(f"{d.year}-{d.month:02d}-{d.day:02d} {hh:02d}:{mm:02d}:{ss:02d}  {ev}\n")
    b(f"\nVersion automate {g.r.randint(1, 4)}.{g.r.randint(0, 9)}.{g.r.randint(0, 20)} — identifiant {g.uuid()}\n")
    return b


# --------------------------------------------------------------------------
# Registry, API, validation, CLI
# --------------------------------------------------------------------------

KINDS = [
    # English, with entities
    ("birth_certificate_form", "en", False, k_birth_certificate),
    ("death_certificate_worksheet", "en", False, k_death_worksheet),
    ("marriage_license_application", "en", False, k_marriage_license),
    ("obituary_prose", "en", False, k_obituary),
    ("funeral_arrangement_email", "en", False, k_arrangement_email),
    ("funeral_goods_statement", "en", False, k_funeral_statement),
    ("cemetery_interment_export_csv", "en", False, k_cemetery_csv),
    ("cemetery_deed_transfer_letter", "en", False, k_deed_transfer_letter),
    ("parish_baptism_register_transcript", "en", False, k_parish_register),
    ("genealogy_research_notes_md", "en", False, k_research_notes),
    ("dna_match_message", "en", False, k_dna_message),
    ("archive_request_letter", "en", False, k_archive_request),
    ("vital_records_order_json", "en", False, k_order_json),
    ("hl7_adt_death_notification", "en", False, k_hl7_death),
    ("fhir_patient_deceased_json", "en", False, k_fhir_patient),
    ("funeral_director_vcard", "en", False, k_vcard),
    ("memorial_service_ics", "en", False, k_ics_service),
    ("x12_837_final_claim", "en", False, k_x12_claim),
    ("family_sms_thread", "en", False, k_sms_thread),
    ("indexing_volunteer_chat", "en", False, k_volunteer_chat),
    ("genealogy_site_access_log", "en", False, k_access_log),
    ("records_portal_incident_ticket", "en", False, k_incident_ticket),
    ("obituary_site_env_config", "en", False, k_env_config),
    ("github_actions_deploy_workflow", "en", False, k_gha_workflow),
    ("headstone_order_form", "en", False, k_headstone_order),
    ("cremation_authorization_form", "en", False, k_cremation_auth),
    ("newspaper_death_notice", "en", False, k_death_notice),
    ("hospice_death_pronouncement_note", "en", False, k_hospice_note),
    ("estate_bank_letter", "en", False, k_estate_bank_letter),
    ("gedcom_export", "en", False, k_gedcom),
    ("census_transcription_tsv", "en", False, k_census_tsv),
    ("genealogy_forum_thread", "en", False, k_forum_post),
    ("burial_register_fixed_width", "en", False, k_burial_register_fw),
    ("medical_examiner_case_summary", "en", False, k_me_summary),
    ("funeral_crm_case_xml", "en", False, k_crm_xml),
    ("florist_sympathy_order", "en", False, k_florist_order),
    ("grief_support_form_submission", "en", False, k_grief_signup),
    ("edrs_gateway_api_log", "en", False, k_api_log),
    ("preneed_contract_summary", "en", False, k_preneed),
    ("repatriation_of_remains_letter", "en", False, k_repatriation_letter),
    ("obituary_submission_yaml", "en", False, k_obit_yaml),
    ("tribute_wall_moderation_queue", "en", False, k_guestbook_queue),
    ("after_hours_voicemail_transcript", "en", False, k_voicemail),
    ("death_report_fax_cover", "en", False, k_fax_cover),
    ("adoptee_original_birth_record_request", "en", False, k_sealed_petition),
    ("national_cemetery_first_notice", "en", False, k_va_burial),
    ("k8s_secret_manifest", "en", False, k_k8s_secret),
    # other languages, with entities
    ("de_sterbeurkunde", "de", False, k_de_sterbeurkunde),
    ("de_bestattung_rechnung", "de", False, k_de_rechnung),
    ("de_ahnenforschung_forum", "de", False, k_de_forum),
    ("fr_extrait_acte_deces", "fr", False, k_fr_acte_deces),
    ("fr_devis_pompes_funebres", "fr", False, k_fr_devis),
    ("fr_demande_archives", "fr", False, k_fr_demande_archives),
    ("es_certificacion_nacimiento", "es", False, k_es_certificado),
    ("es_whatsapp_familia_funeral", "es", False, k_es_whatsapp),
    ("it_concessione_loculo", "it", False, k_it_concessione),
    ("it_estratto_matrimonio", "it", False, k_it_matrimonio),
    ("pt_certidao_obito", "pt", False, k_pt_certidao),
    ("nl_uitvaart_bevestiging_email", "nl", False, k_nl_email),
    ("pl_odpis_aktu_urodzenia", "pl", False, k_pl_odpis),
    ("sv_begravning_bekraftelse", "sv", False, k_sv_bekraftelse),
    ("tr_defin_ruhsati", "tr", False, k_tr_defin),
    ("ja_koseki_seikyusho_romaji", "ja", False, k_ja_koseki),
    # no entities: hard negatives only
    ("cemetery_grounds_maintenance_log", "en", True, k_e_maintenance_log),
    ("records_portal_deploy_log", "en", True, k_e_deploy_log),
    ("vital_records_fee_schedule", "en", True, k_e_fee_schedule),
    ("cause_of_death_code_reference", "en", True, k_e_icd_reference),
    ("obituary_merge_template", "en", True, k_e_obit_template),
    ("payment_reconciliation_report", "en", True, k_e_reconciliation),
    ("funeral_fleet_log", "en", True, k_e_fleet_log),
    ("de_friedhofsgebuehren_auszug", "de", True, k_e_de_gebuehren),
    ("fr_journal_four_crematorium", "fr", True, k_e_fr_crematorium),
]


def _make(seed, i):
    rng = random.Random(f"blind67|{seed}|{i}")
    name, lang, empty, fn = rng.choice(KINDS)
    b = fn(G(rng))
    text = b.text()
    ents = [{"start": s, "end": e, "type": t} for s, e, t in sorted(b.ents)]
    return name, lang, {"id": f"blind67-{seed}-{i:05d}", "text": text, "entities": ents}


def generate(n, seed=0):
    for i in range(n):
        yield _make(seed, i)[2]


_OPEN = "\"'“‘«<[{"
_CLOSE = "\"'”’»>]}"
_SHAPE = {
    "EMAIL_ADDRESS": re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"),
    "URL": re.compile(r"https?://[^\s\"'<>@]+"),
    "AWS_ACCESS_KEY": re.compile(r"(AKIA|ASIA)[A-Z0-9]{16}"),
    "AWS_SECRET_KEY": re.compile(r"[A-Za-z0-9/+]{40}"),
    "GITHUB_TOKEN": re.compile(r"gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{82}"),
    "SLACK_TOKEN": re.compile(r"xox[abposr]-[0-9]+-[0-9A-Za-z-]{20,}"),
    "STRIPE_KEY": re.compile(r"(sk|rk)_(live|test)_[A-Za-z0-9]{16,}"),
    "PASSWORD": re.compile(r"\S{6,}"),
    "GENERIC_SECRET": re.compile(r"\S{16,}"),
    "ID": re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9 -]*[A-Za-z0-9])?"),
}


def _shape_problem(typ, v):
    digits = sum(c.isdigit() for c in v)
    if typ == "PERSON":
        if digits or "@" in v or "://" in v or not any(c.isalpha() for c in v) or len(v) > 60:
            return "not a name"
    elif typ == "EMAIL_ADDRESS" or typ in ("URL", "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN",
                                           "STRIPE_KEY", "PASSWORD", "GENERIC_SECRET"):
        if not _SHAPE[typ].fullmatch(v):
            return "bad shape"
        if typ == "URL":
            host = re.match(r"https?://([^/:?#]+)", v).group(1)
            try:
                ipaddress.ip_address(host)
                return "URL with IP host"
            except ValueError:
                pass
    elif typ == "PHONE_NUMBER":
        if not re.fullmatch(r"\+?[\d ()./-]+", v) or not 7 <= digits <= 15:
            return "bad phone"
    elif typ == "US_SSN":
        if not ssn_ok(v):
            return "invalid SSN"
    elif typ == "CREDIT_CARD":
        if not re.fullmatch(r"[\d -]+", v) or not 13 <= digits <= 19 or not luhn_ok(v):
            return "invalid card"
    elif typ == "IBAN_CODE":
        if not iban_ok(v) or "  " in v:
            return "invalid IBAN"
    elif typ == "IP_ADDRESS":
        try:
            ipaddress.ip_address(v)
        except ValueError:
            return "invalid IP"
    elif typ in ("DATE_OF_BIRTH", "DATE_TIME"):
        if not digits:
            return "date without digits"
    elif typ == "LOCATION":
        if digits or not any(c.isalpha() for c in v):
            return "bad location"
    elif typ == "ADDRESS":
        if not digits or len(v) < 6:
            return "bad address"
    elif typ in ("MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER", "ACCOUNT_NUMBER", "DRIVER_LICENSE"):
        if not _SHAPE["ID"].fullmatch(v) or not digits:
            return "bad id"
    elif typ == "JWT":
        parts = v.split(".")
        if len(parts) != 3 or not all(re.fullmatch(r"[A-Za-z0-9_-]+", p) for p in parts):
            return "bad JWT"
        try:
            hdr = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
            if "alg" not in hdr:
                return "JWT header without alg"
        except Exception:
            return "JWT header not JSON"
    elif typ == "PRIVATE_KEY":
        if not (v.startswith("-----BEGIN ") and v.endswith("PRIVATE KEY-----") and "-----END " in v):
            return "bad private key block"
    return None


def validate(doc) -> list[str]:
    probs = []
    text = doc.get("text", "")
    ents = doc.get("entities", [])
    did = doc.get("id", "?")
    if not 150 <= len(text) <= 3000:
        probs.append(f"{did}: length {len(text)} outside 150-3000")
    prev_s, prev_e = -1, -1
    for e in ents:
        s, en, typ = e.get("start"), e.get("end"), e.get("type")
        tag = f"{did} [{s}:{en} {typ}]"
        if typ not in TYPES:
            probs.append(f"{tag}: unknown type")
            continue
        if not (isinstance(s, int) and isinstance(en, int) and 0 <= s < en <= len(text)):
            probs.append(f"{tag}: span out of range")
            continue
        if s < prev_s:
            probs.append(f"{tag}: entities not sorted")
        if s < prev_e:
            probs.append(f"{tag}: overlaps previous span")
        prev_s, prev_e = s, max(prev_e, en)
        v = text[s:en]
        if v != v.strip():
            probs.append(f"{tag}: leading/trailing whitespace {v!r}")
            continue
        if s > 0 and text[s - 1].isalnum() and v[0].isalnum():
            probs.append(f"{tag}: starts inside a word {v!r}")
        if en < len(text) and text[en].isalnum() and v[-1].isalnum():
            probs.append(f"{tag}: ends inside a word {v!r}")
        if typ not in SECRET_TYPES:
            if v[0] in _OPEN or (v[0] == "(" and ")" not in v):
                probs.append(f"{tag}: starts with quote/bracket {v!r}")
            if v[-1] in _CLOSE or (v[-1] == ")" and "(" not in v):
                probs.append(f"{tag}: ends with quote/bracket {v!r}")
            if v[-1] in ".,;:!?":
                probs.append(f"{tag}: trailing punctuation {v!r}")
        sp = _shape_problem(typ, v)
        if sp:
            probs.append(f"{tag}: {sp} {v!r}")
    return probs


def _mark(doc):
    text, out, pos = doc["text"], [], 0
    for e in doc["entities"]:
        out.append(text[pos:e["start"]])
        out.append(f"⟦{text[e['start']:e['end']]}⟧{{{e['type']}}}")
        pos = e["end"]
    out.append(text[pos:])
    return "".join(out)


def _check(seed=0, n=3000) -> int:
    problems = []
    made = [_make(seed, i) for i in range(n)]
    again = [_make(seed, i) for i in range(n)]
    if json.dumps([m[2] for m in made]) != json.dumps([m[2] for m in again]):
        problems.append("non-deterministic output for identical (n, seed)")
    small = list(generate(40, seed))
    if json.dumps(small) != json.dumps([m[2] for m in made[:40]]):
        problems.append("document i depends on n")
    names = [k[0] for k in KINDS]
    if len(set(names)) != len(names):
        problems.append("duplicate kind names")
    if len(KINDS) < 57:
        problems.append(f"only {len(KINDS)} kinds (< 57)")
    types, kinds, ids = Counter(), Counter(), set()
    non_en = empty = 0
    empty_flag = {k[0]: k[2] for k in KINDS}
    for name, lang, doc in made:
        problems.extend(validate(doc))
        kinds[name] += 1
        if doc["id"] in ids:
            problems.append(f"duplicate id {doc['id']}")
        ids.add(doc["id"])
        non_en += lang != "en"
        if not doc["entities"]:
            empty += 1
        if empty_flag[name] and doc["entities"]:
            problems.append(f"{doc['id']}: kind {name} is flagged empty but has entities")
        if not empty_flag[name] and not doc["entities"]:
            problems.append(f"{doc['id']}: kind {name} produced no entities")
        for e in doc["entities"]:
            types[e["type"]] += 1
    missing = [t for t in TYPES if types[t] == 0]
    if missing:
        problems.append(f"types never used: {missing}")
    unseen = [k for k in names if kinds[k] == 0]
    if unseen:
        problems.append(f"kinds never generated: {unseen}")
    print(f"documents: {n}   kinds: {len(KINDS)}   entities: {sum(types.values())}")
    print("per-type counts:")
    for t in TYPES:
        print(f"  {t:<24}{types[t]:>7}")
    print("per-kind counts:")
    for k in names:
        print(f"  {k:<40}{kinds[k]:>5}")
    print(f"non-English share: {non_en / n:.1%}   no-entity share: {empty / n:.1%}")
    for p in problems[:60]:
        print("PROBLEM:", p)
    if problems:
        print(f"FAILED with {len(problems)} problem(s)")
        return 1
    print("OK: all checks passed")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Blind corpus 67 (vital records / funeral / genealogy)")
    ap.add_argument("--check", action="store_true", help="generate 3000 docs and validate everything")
    ap.add_argument("--sample", type=int, metavar="K", help="print K documents with spans marked")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output", metavar="F.jsonl")
    a = ap.parse_args(argv)
    if a.check:
        return _check(a.seed)
    if a.sample:
        for i in range(a.sample):
            name, lang, doc = _make(a.seed, i)
            print(f"===== {doc['id']}  kind={name}  lang={lang}  entities={len(doc['entities'])}")
            print(_mark(doc))
            print()
        return 0
    if a.output:
        with open(a.output, "w", encoding="utf-8") as fh:
            for doc in generate(a.n, a.seed):
                fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
        print(f"wrote {a.n} documents to {a.output}")
        return 0
    ap.print_help()
    return 0


if __name__ == "__main__":
    sys.exit(main())
