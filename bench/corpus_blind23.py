#!/usr/bin/env python3
"""Blind synthetic PII / PHI / secrets benchmark corpus #23 (standard library only).

generate(n, seed=0) yields dicts
    {"id": str, "text": str, "domain": str, "entities": [{"start", "end", "type"}]}
Document i is a pure function of (seed, i): random.Random(f"{seed}-{i}").
Texts are assembled piece by piece; every entity offset is recorded while the
text is being built (never recovered by searching the finished text).

CLI:
    python3 bench/corpus_blind23.py --check            # validate 3000 docs, print counts
    python3 bench/corpus_blind23.py --sample 3         # pretty-print docs with spans marked
    python3 bench/corpus_blind23.py --n 500 --seed 1 --output out.jsonl
"""
import argparse
import base64
import json
import random
import re
import string
import sys
import unicodedata
from collections import Counter
from datetime import date

TYPES = ("PERSON EMAIL_ADDRESS PHONE_NUMBER US_SSN CREDIT_CARD IBAN_CODE IP_ADDRESS "
         "DATE_OF_BIRTH DATE_TIME LOCATION ADDRESS URL MEDICAL_RECORD_NUMBER "
         "HEALTH_PLAN_NUMBER ACCOUNT_NUMBER DRIVER_LICENSE AWS_ACCESS_KEY AWS_SECRET_KEY "
         "GITHUB_TOKEN SLACK_TOKEN STRIPE_KEY JWT PRIVATE_KEY PASSWORD GENERIC_SECRET").split()
(PER, EM, PH, SSN, CC, IBAN, IP, DOB, DT, LOC, ADDR, URL, MRN, HPN, ACCT, DL,
 AK, SK, GH, SL, ST, JWT, PK, PW, GS) = TYPES
MIN_LEN, MAX_LEN = 200, 2500

# --------------------------------------------------------------------------- document builder
_SLOT = re.compile(r"«(\w+)»")


class Doc:
    """Append-only text builder that records entity spans as they are written."""

    def __init__(self):
        self.buf, self.ents, self.pos = [], [], 0

    def t(self, s):
        self.buf.append(s)
        self.pos += len(s)
        return self

    def e(self, s, typ):
        if typ is None or not s:
            return self.t(s or "")
        if s != s.strip():
            raise ValueError(f"unstripped span {s!r} ({typ})")
        self.ents.append((self.pos, self.pos + len(s), typ))
        return self.t(s)

    def v(self, x):
        """x: str (plain) | (text, TYPE) | list of those | None."""
        if x is None:
            return self
        if isinstance(x, tuple):
            return self.e(*x)
        if isinstance(x, list):
            for y in x:
                self.v(y)
            return self
        return self.t(str(x))

    def f(self, tpl, **kw):
        i = 0
        for m in _SLOT.finditer(tpl):
            self.t(tpl[i:m.start()])
            self.v(kw[m.group(1)])
            i = m.end()
        return self.t(tpl[i:])

    def kv(self, items, sep=": ", end="\n", pre=""):
        for k, x in items:
            self.t(f"{pre}{k}{sep}")
            self.v(x)
            self.t(end)
        return self

    def csvrow(self, vals, sep=","):
        for j, x in enumerate(vals):
            if j:
                self.t(sep)
            s = x[0] if isinstance(x, tuple) else ("" if x is None else str(x))
            q = sep in s or '"' in s
            self.t('"' if q else "")
            self.v(x)
            self.t('"' if q else "")
        return self.t("\n")

    def text(self):
        return "".join(self.buf)


# --------------------------------------------------------------------------- reference data
def _L(s):
    return [x.strip() for x in s.split("|")]


NAMES = {
    "en": (_L("James|Mary|Robert|Patricia|Michael|Jennifer|William|Linda|David|Barbara|Tyler|Brittany|Dwayne|"
              "Shanice|Cody|Kayla|Jamal|Latoya|Connor|Madison|Ethan|Olivia|Harper|Grace|Earl|Dolores"),
           _L("Smith|Johnson|Williams|Brown|Jones|Miller|Davis|Wilson|Anderson|Taylor|Thomas|Moore|Jackson|"
              "White|Harris|Clark|Lewis|Walker|Hall|Young|O'Brien|McAllister|Washington|Fitzgerald|Beaumont")),
    "es": (_L("José|María|Juan|Guadalupe|Luis|Carmen|Alejandro|Sofía|Miguel|Valentina|Diego|Ximena|Jorge|Lucía|"
              "Camila|Mateo|Rosario|Joaquín"),
           _L("García|Rodríguez|Martínez|Hernández|López|González|Pérez|Sánchez|Ramírez|Torres|Flores|Rivera|"
              "Gómez|Díaz|Reyes|Morales|Castillo|Ibáñez")),
    "de": (_L("Lukas|Anna|Jonas|Lena|Felix|Marie|Maximilian|Sophie|Jürgen|Ursula|Klaus|Sabine|Dieter|Heike|Björn"),
           _L("Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Köhler|Zimmermann|"
              "Weiß|Schäfer|von Arnim")),
    "fr": (_L("Jean|Marie|Pierre|Camille|Louis|Chloé|Antoine|Manon|Hugo|Léa|Théo|Inès|Émile|Océane|Jean-Luc"),
           _L("Martin|Bernard|Dubois|Thomas|Robert|Richard|Petit|Durand|Leroy|Moreau|Lefèvre|Girard|Fontaine|"
              "Rousseau|de la Cruz")),
    "it": (_L("Giuseppe|Maria|Francesco|Giulia|Alessandro|Chiara|Lorenzo|Francesca|Matteo|Sara|Andrea|Elena|"
              "Davide|Federica"),
           _L("Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|De Luca")),
    "pt": (_L("João|Ana|Pedro|Mariana|Tiago|Beatriz|Rafael|Inês|Gabriel|Larissa|Thiago|Fernanda|Luís|Joana"),
           _L("Silva|Santos|Ferreira|Pereira|Oliveira|Costa|Rodrigues|Martins|Sousa|Almeida|Carvalho|Gomes|"
              "Ribeiro|de Oliveira")),
    "nl": (_L("Daan|Emma|Sem|Julia|Lucas|Sophie|Bram|Tess|Thijs|Anouk|Jeroen|Femke|Sanne|Ruben"),
           _L("de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Visser|Smit|Meijer|de Boer|Mulder|de Groot|"
              "Bos|Vos|van der Linden")),
    "pl": (_L("Jakub|Zuzanna|Kacper|Julia|Szymon|Maja|Wojciech|Agnieszka|Krzysztof|Małgorzata|Łukasz|Katarzyna"),
           _L("Nowak|Kowalski|Wiśniewski|Wójcik|Kowalczyk|Kamiński|Lewandowski|Zieliński|Szymańska|Woźniak|"
              "Dąbrowski|Kozłowska")),
    "tr": (_L("Mehmet|Ayşe|Mustafa|Fatma|Ahmet|Emine|Ali|Zeynep|Hüseyin|Elif|Emre|Büşra|Can|Özge"),
           _L("Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Yıldırım|Öztürk|Aydın|Özdemir|Arslan|Doğan|Kılıç|Aslan")),
    "sv": (_L("Erik|Anna|Lars|Maria|Karl|Eva|Johan|Karin|Oskar|Elsa|Nils|Astrid|Linnea|Axel"),
           _L("Andersson|Johansson|Karlsson|Nilsson|Eriksson|Larsson|Olsson|Persson|Svensson|Gustafsson|"
              "Lindqvist|Bergström|Lundgren|Sjöberg")),
    "ja": (_L("Haruto|Yui|Sota|Hina|Yuki|Aoi|Ren|Sakura|Takumi|Mei|Kenji|Naoko|Hiroshi|Emi"),
           _L("Sato|Suzuki|Takahashi|Tanaka|Watanabe|Ito|Yamamoto|Nakamura|Kobayashi|Kato|Yoshida|Yamada|"
              "Sasaki|Matsumoto")),
    "ko": (_L("Min-jun|Seo-yeon|Ji-ho|Ha-eun|Do-yun|Soo-ah|Jae-won|Yuna|Hyun-woo|Ji-woo|Eun-ji"),
           _L("Kim|Lee|Park|Choi|Jung|Kang|Cho|Yoon|Jang|Lim|Han|Shin")),
    "zh": (_L("Wei|Fang|Jing|Lei|Xiaoming|Mei|Jun|Yan|Hao|Na|Zhiwei|Xinyi|Yuhan"),
           _L("Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Sun|Ma|Zhu")),
    "in": (_L("Aarav|Priya|Rohan|Ananya|Vikram|Kavya|Arjun|Sneha|Rahul|Divya|Sanjay|Lakshmi|Karthik|Meera"),
           _L("Sharma|Patel|Reddy|Iyer|Nair|Gupta|Singh|Krishnan|Banerjee|Desai|Menon|Chatterjee|Rao|Joshi")),
    "ar": (_L("Mohammed|Fatima|Ahmed|Aisha|Omar|Layla|Youssef|Mariam|Khalid|Noor|Hassan|Salma"),
           _L("Al-Sayed|Haddad|Khoury|Nasser|Mansour|Saleh|Hamdan|El-Amin|Farouk|Darwish|Aziz|Bakr")),
    "ng": (_L("Chinedu|Ngozi|Oluwaseun|Adaeze|Emeka|Funmilayo|Tunde|Chiamaka|Ifeanyi|Yetunde"),
           _L("Okafor|Adeyemi|Okonkwo|Eze|Balogun|Nwosu|Adebayo|Obi|Chukwu|Olawale")),
    "vi": (_L("Minh|Linh|Huy|Thao|Duc|Lan|Quang|Hoa|Tuan|Mai"),
           _L("Nguyen|Tran|Le|Pham|Hoang|Phan|Vu|Dang|Bui|Do")),
    "ru": (_L("Dmitri|Olga|Sergei|Natalia|Alexei|Tatiana|Ivan|Yekaterina|Mikhail|Svetlana"),
           _L("Ivanov|Petrova|Smirnov|Volkova|Kuznetsov|Popova|Sokolov|Morozova|Lebedev|Novikova")),
    "el": (_L("Giorgos|Maria|Nikos|Eleni|Dimitris|Katerina|Kostas|Sofia|Yannis|Despina"),
           _L("Papadopoulos|Georgiou|Nikolaidis|Papadaki|Christodoulou|Vlachos|Economou|Karagianni")),
    "ga": (_L("Siobhan|Ciaran|Aoife|Padraig|Niamh|Eoin|Saoirse|Declan"),
           _L("Murphy|Kelly|O'Sullivan|Walsh|O'Connor|McCarthy|Byrne|Ryan")),
}
CULTS_W = ["en"] * 6 + ["es"] * 3 + list(NAMES)
CC_CULT = {
    "US": ["en"] * 5 + ["es", "es", "zh", "in", "ng", "vi", "ar", "ko", "ga", "ru"],
    "CA": ["en", "en", "fr", "fr", "zh", "in", "es", "ko"], "GB": ["en", "en", "ga", "in", "ar", "pl", "ng"],
    "IE": ["ga", "ga", "en", "pl"], "AU": ["en", "en", "zh", "vi", "el", "in"], "DE": ["de", "de", "de", "tr", "pl", "ru"],
    "FR": ["fr", "fr", "fr", "ar", "pt", "vi"], "IT": ["it", "it", "it", "ar"], "ES": ["es"], "PT": ["pt"],
    "BR": ["pt", "pt", "ja", "it"], "NL": ["nl", "nl", "nl", "tr", "ar"], "PL": ["pl"], "TR": ["tr"],
    "SE": ["sv", "sv", "sv", "ar", "ru"], "JP": ["ja"], "KR": ["ko"], "CN": ["zh"], "IN": ["in"],
    "HR": ["de", "en", "ru"], "GR": ["el"],
}
COUNTRY = {"US": "USA", "CA": "Canada", "GB": "United Kingdom", "IE": "Ireland", "AU": "Australia",
           "DE": "Germany", "FR": "France", "IT": "Italy", "ES": "Spain", "PT": "Portugal", "BR": "Brazil",
           "NL": "Netherlands", "PL": "Poland", "TR": "Türkiye", "SE": "Sweden", "JP": "Japan",
           "KR": "South Korea", "CN": "China", "IN": "India", "HR": "Croatia", "GR": "Greece"}

GEO = {
    "US": ([("Springfield", "IL", "627"), ("Austin", "TX", "787"), ("Columbus", "OH", "432"), ("Sacramento", "CA", "958"),
            ("Tucson", "AZ", "857"), ("Raleigh", "NC", "276"), ("Boise", "ID", "837"), ("Albany", "NY", "122"),
            ("Tacoma", "WA", "984"), ("Savannah", "GA", "314"), ("Omaha", "NE", "681"), ("Burlington", "VT", "054"),
            ("Duluth", "MN", "558"), ("Lafayette", "LA", "705"), ("Provo", "UT", "846"), ("Trenton", "NJ", "086"),
            ("Worcester", "MA", "016"), ("Tulsa", "OK", "741"), ("Fresno", "CA", "937"), ("Brooklyn", "NY", "112"),
            ("Miami", "FL", "331"), ("Denver", "CO", "802"), ("Anchorage", "AK", "995"), ("Honolulu", "HI", "968")],
           _L("Main St|Oak Avenue|Maple Dr|Cedar Lane|Elm Street|Washington Blvd|Lakeview Terrace|Pine Ridge Rd|"
              "Martin Luther King Jr Way|Sunset Blvd|Willow Ct|Highland Ave|Church Street|Mill Pond Road|N 3rd St|"
              "County Road 12|E Colfax Ave|Kalakaua Ave")),
    "CA": ([("Toronto", "ON", "M"), ("Montréal", "QC", "H"), ("Vancouver", "BC", "V"), ("Calgary", "AB", "T"),
            ("Ottawa", "ON", "K"), ("Halifax", "NS", "B"), ("Winnipeg", "MB", "R"), ("Saskatoon", "SK", "S")],
           _L("Harbour St|Rue Sainte-Catherine O|Granville St|Elbow Dr SW|Bank Street|Spring Garden Rd|Portage Ave|"
              "Broadway Ave")),
    "GB": ([("London", "", "SW1A"), ("Manchester", "", "M14"), ("Leeds", "", "LS6"), ("Bristol", "", "BS8"),
            ("Glasgow", "", "G12"), ("Cardiff", "", "CF10"), ("Norwich", "", "NR2"), ("Belfast", "", "BT7"),
            ("Brighton", "", "BN1"), ("York", "", "YO10"), ("Sheffield", "", "S11")],
           _L("High Street|Station Road|Victoria Road|Church Lane|Queen's Road|Mill Lane|Park Avenue|The Crescent|"
              "Kings Road|Albert Terrace")),
    "IE": ([("Dublin", "", "D02"), ("Cork", "", "T12"), ("Galway", "", "H91"), ("Limerick", "", "V94")],
           _L("Main Street|Patrick Street|Shop Street|O'Connell Street|Harbour View")),
    "AU": ([("Sydney", "NSW", "20"), ("Melbourne", "VIC", "30"), ("Brisbane", "QLD", "40"), ("Perth", "WA", "60"),
            ("Adelaide", "SA", "50"), ("Hobart", "TAS", "70"), ("Canberra", "ACT", "26"), ("Fitzroy", "VIC", "30"),
            ("Parramatta", "NSW", "21")],
           _L("Smith Street|George St|Brunswick Street|Queen Street|Oxford Street|Rundle Mall|Hay St|Beach Road")),
    "DE": ([("Berlin", "", "10"), ("München", "", "80"), ("Hamburg", "", "20"), ("Köln", "", "50"), ("Leipzig", "", "04"),
            ("Stuttgart", "", "70"), ("Frankfurt am Main", "", "60"), ("Dresden", "", "01"), ("Bremen", "", "28"),
            ("Freiburg im Breisgau", "", "79")],
           _L("Hauptstraße|Bahnhofstraße|Gartenweg|Schillerstraße|Lindenallee|Am Markt|Goethestraße|Friedrichstraße|"
              "Kastanienweg")),
    "FR": ([("Paris", "", "75"), ("Lyon", "", "69"), ("Marseille", "", "13"), ("Toulouse", "", "31"), ("Nantes", "", "44"),
            ("Lille", "", "59"), ("Bordeaux", "", "33"), ("Strasbourg", "", "67"), ("Rennes", "", "35")],
           _L("rue de la République|avenue Jean Jaurès|boulevard Voltaire|rue Victor Hugo|place de la Mairie|"
              "chemin des Vignes|rue du Moulin|allée des Tilleuls")),
    "IT": ([("Milano", "MI", "201"), ("Roma", "RM", "001"), ("Napoli", "NA", "801"), ("Torino", "TO", "101"),
            ("Bologna", "BO", "401"), ("Firenze", "FI", "501"), ("Bari", "BA", "701"), ("Palermo", "PA", "901"),
            ("Verona", "VR", "371"), ("Genova", "GE", "161")],
           _L("Via Roma|Via Giuseppe Garibaldi|Corso Vittorio Emanuele II|Viale dei Mille|Piazza della Libertà|"
              "Via Dante Alighieri|Via dei Fiori")),
    "ES": ([("Madrid", "", "28"), ("Barcelona", "", "08"), ("Sevilla", "", "41"), ("Valencia", "", "46"),
            ("Bilbao", "", "48"), ("Málaga", "", "29")],
           _L("Calle Mayor|Avenida de la Constitución|Carrer de Mallorca|Calle Sierpes|Gran Vía|Paseo de Gracia")),
    "PT": ([("Lisboa", "", "1"), ("Porto", "", "4"), ("Braga", "", "47"), ("Coimbra", "", "30"), ("Faro", "", "80"),
            ("Aveiro", "", "38")],
           _L("Rua Augusta|Avenida da Liberdade|Rua de Santa Catarina|Travessa do Carmo|Rua das Flores")),
    "BR": ([("São Paulo", "SP", ""), ("Rio de Janeiro", "RJ", ""), ("Belo Horizonte", "MG", ""), ("Curitiba", "PR", ""),
            ("Recife", "PE", ""), ("Porto Alegre", "RS", ""), ("Salvador", "BA", "")],
           _L("Rua Oscar Freire|Avenida Paulista|Rua das Laranjeiras|Rua XV de Novembro|Avenida Boa Viagem")),
    "NL": ([("Amsterdam", "", "10"), ("Rotterdam", "", "30"), ("Utrecht", "", "35"), ("Den Haag", "", "25"),
            ("Eindhoven", "", "56"), ("Groningen", "", "97"), ("Haarlem", "", "20"), ("Nijmegen", "", "65")],
           _L("Kerkstraat|Dorpsstraat|Molenweg|Prinsengracht|Julianalaan|Beatrixstraat|Oudegracht")),
    "PL": ([("Warszawa", "", "00"), ("Kraków", "", "30"), ("Wrocław", "", "50"), ("Poznań", "", "60"),
            ("Gdańsk", "", "80"), ("Łódź", "", "90"), ("Lublin", "", "20")],
           _L("ul. Długa|ul. Marszałkowska|al. Jerozolimskie|ul. Piotrkowska|ul. Floriańska|ul. Mickiewicza")),
    "TR": ([("İstanbul", "Kadıköy", "34"), ("Ankara", "Çankaya", "06"), ("İzmir", "Karşıyaka", "35"),
            ("Bursa", "Nilüfer", "16"), ("Antalya", "Muratpaşa", "07"), ("Muğla", "Fethiye", "48")],
           _L("Atatürk Cad.|Bağdat Cad.|Cumhuriyet Mah. 1203 Sok.|İstiklal Cad.|Gazi Bulvarı")),
    "SE": ([("Stockholm", "", "11"), ("Göteborg", "", "41"), ("Malmö", "", "21"), ("Uppsala", "", "75"),
            ("Västerås", "", "72"), ("Örebro", "", "70"), ("Umeå", "", "90")],
           _L("Storgatan|Drottninggatan|Kungsgatan|Vasagatan|Skolgatan|Björkvägen|Sveavägen")),
    "JP": ([("Tokyo", "Shinjuku-ku", ""), ("Osaka", "Kita-ku", ""), ("Yokohama", "Naka-ku", ""), ("Kyoto", "Sakyo-ku", ""),
            ("Fukuoka", "Chuo-ku", ""), ("Sapporo", "Chuo-ku", ""), ("Nagoya", "Nakamura-ku", "")],
           _L("Nishi-Shinjuku|Umeda|Yamashita-cho|Shimogamo|Tenjin|Minami 1-jo Nishi|Meieki")),
    "KR": ([("Seoul", "Gangnam-gu", ""), ("Busan", "Haeundae-gu", ""), ("Incheon", "Yeonsu-gu", ""),
            ("Daejeon", "Yuseong-gu", "")],
           _L("Teheran-ro|Haeundaehaebyeon-ro|Songdogwahak-ro|Daehak-ro")),
    "CN": ([("Shanghai", "Pudong New Area", ""), ("Beijing", "Chaoyang District", ""), ("Shenzhen", "Nanshan District", ""),
            ("Hangzhou", "Xihu District", "")],
           _L("Century Avenue|Jianguo Road|Keyuan Road|Wensan Road")),
    "IN": ([("Bengaluru", "Karnataka", "560"), ("Mumbai", "Maharashtra", "400"), ("Chennai", "Tamil Nadu", "600"),
            ("Hyderabad", "Telangana", "500"), ("Pune", "Maharashtra", "411"), ("Kochi", "Kerala", "682")],
           _L("14th Cross, Indiranagar|Linking Road, Bandra West|TTK Road, Alwarpet|Road No. 12, Banjara Hills|"
              "FC Road, Shivajinagar|MG Road")),
    "HR": ([("Split", "", "21"), ("Zadar", "", "23"), ("Dubrovnik", "", "20"), ("Pula", "", "52")],
           _L("Obala kneza Branimira|Ulica Ante Starčevića|Put Firula|Riva")),
    "GR": ([("Athens", "", "10"), ("Lefkada", "", "31"), ("Corfu", "", "49"), ("Rhodes", "", "85")],
           _L("Ermou|Akti Miaouli|Leoforos Syngrou|Odos Kapodistriou")),
}
MONTHS = {
    "en": _L("January|February|March|April|May|June|July|August|September|October|November|December"),
    "de": _L("Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"),
    "fr": _L("janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"),
    "es": _L("enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"),
    "it": _L("gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre"),
    "pt": _L("janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro"),
    "nl": _L("januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"),
    "pl": _L("stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia"),
    "tr": _L("Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık"),
    "sv": _L("januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"),
}
WEEKDAYS = {
    "en": _L("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"),
    "de": _L("Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag"),
    "fr": _L("lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"),
    "es": _L("lunes|martes|miércoles|jueves|viernes|sábado|domingo"),
    "it": _L("lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica"),
    "pt": _L("segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|sábado|domingo"),
    "nl": _L("maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"),
    "pl": _L("poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela"),
    "tr": _L("Pazartesi|Salı|Çarşamba|Perşembe|Cuma|Cumartesi|Pazar"),
    "sv": _L("måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag"),
}
PHONE_FMT = {
    "US": _L("(XNN) XNN-NNNN|XNN-XNN-NNNN|XNN.XNN.NNNN|+1 XNN XNN NNNN|+1-XNN-XNN-NNNN|1 (XNN) XNN-NNNN|(XNN) XNN-NNNN"),
    "CA": _L("(XNN) XNN-NNNN|XNN-XNN-NNNN|+1 XNN XNN NNNN|+1 (XNN) XNN-NNNN"),
    "GB": _L("+44 20 7NNN NNNN|020 7NNN NNNN|07NNN NNNNNN|+44 7NNN NNNNNN|0161 NNN NNNN|+44 (0)113 NNN NNNN"),
    "IE": _L("+353 8N NNN NNNN|01 NNN NNNN|08N NNN NNNN"),
    "AU": _L("+61 4NN NNN NNN|04NN NNN NNN|(02) NNNN NNNN|(03) NNNN NNNN|+61 2 NNNN NNNN|04NN-NNN-NNN"),
    "DE": _L("+49 30 NNNNNNNN|030 NNNNNNN|+49 15N NNNNNNNN|017N NNNNNNN|+49 (0)89 NNNNNNN|0221 NNNNNN-NN"),
    "FR": _L("+33 6 NN NN NN NN|06 NN NN NN NN|01 NN NN NN NN|+33 (0)4 NN NN NN NN|07.NN.NN.NN.NN"),
    "IT": _L("+39 02 NNNN NNNN|3NN NNN NNNN|+39 3NN NNNNNNN|06 NNNNNNNN"),
    "ES": _L("+34 6NN NNN NNN|91 NNN NN NN|6NN NN NN NN"),
    "PT": _L("+351 9NN NNN NNN|21 NNN NNNN|9NN NNN NNN"),
    "BR": _L("+55 11 9NNNN-NNNN|(11) 9NNNN-NNNN|(21) 3NNN-NNNN|+55 (31) 9NNNN-NNNN"),
    "NL": _L("+31 6 NNNNNNNN|06-NNNNNNNN|020-NNN NNNN|+31 (0)30 NNN NNNN"),
    "PL": _L("+48 6NN NNN NNN|+48 22 NNN NN NN|5NN-NNN-NNN|6NN NNN NNN"),
    "TR": _L("+90 5NN NNN NN NN|05NN NNN NN NN|0 (212) NNN NN NN|+90 (312) NNN NN NN"),
    "SE": _L("+46 70 NNN NN NN|070-NNN NN NN|08-NNN NNN NN|+46 (0)31 NN NN NN"),
    "JP": _L("+81 3-NNNN-NNNN|090-NNNN-NNNN|03-NNNN-NNNN|+81 90-NNNN-NNNN|06-NNNN-NNNN"),
    "KR": _L("+82 10-NNNN-NNNN|010-NNNN-NNNN|02-NNN-NNNN|+82 2-NNNN-NNNN"),
    "CN": _L("+86 13N NNNN NNNN|021-NNNN NNNN|+86 10 NNNN NNNN|13NNNNNNNNN"),
    "IN": _L("+91 9NNNN NNNNN|+91-8NNNNNNNNN|09NNNNNNNNN|080-NNNN NNNN"),
    "HR": _L("+385 91 NNN NNNN|+385 21 NNN NNN|091 NNN NNNN"),
    "GR": _L("+30 69N NNN NNNN|+30 210 NNN NNNN"),
    "TOLL": _L("1-800-XNN-NNNN|(888) XNN-NNNN|1-877-XNN-NNNN|800.XNN.NNNN|1 (866) XNN-NNNN|1-855-XNN-NNNN"),
}
EMAIL_DOMAINS = _L("gmail.com|gmail.com|outlook.com|yahoo.com|hotmail.com|icloud.com|proton.me|aol.com|"
                   "web.de|gmx.de|libero.it|orange.fr|wp.pl|naver.com|qq.com|yahoo.co.jp|bigpond.com|sky.com|"
                   "telia.com|uol.com.br|sapo.pt|ziggo.nl|rediffmail.com|fastmail.com|comcast.net")
WORDS = _L("maple|orbit|lantern|river|falcon|copper|velvet|harbor|pepper|meadow|cobalt|tundra|sable|quartz|willow|"
           "ember|saffron|glacier|pickle|nimbus|otter|juniper")
REL = _L("spouse|husband|wife|daughter|son|mother|father|partner|sister|brother|friend|neighbor")
DRUGS = _L("metformin 500 mg|lisinopril 10 mg|atorvastatin 40 mg|levothyroxine 75 mcg|sertraline 50 mg|"
           "amlodipine 5 mg|omeprazole 20 mg|albuterol HFA|apixaban 5 mg|gabapentin 300 mg|insulin glargine|"
           "montelukast 10 mg|losartan 50 mg|tamsulosin 0.4 mg")
ALLERGIES = _L("NKDA|penicillin (rash)|latex|sulfa, codeine|shellfish|morphine (itching)|none known")
PROCS = _L("laparoscopic cholecystectomy|right total knee arthroplasty|ORIF left distal radius|"
           "colonoscopy with polypectomy|cesarean section|tonsillectomy|inguinal hernia repair|"
           "L4-L5 microdiscectomy|cataract extraction OS|total thyroidectomy|shoulder arthroscopy")
ORGS = _L("Northwind Holdings|Bluewater Logistics|Cedar & Pine Analytics|Halvorsen Marine|Quantix Labs|"
          "Ridgeway Health Partners|Soleil Imports|Kestrel Software|Ironbridge Capital|Lumen Dental Supply|"
          "Müller & Söhne GmbH|Ferrari Trasporti S.r.l.|Johnson Controls|Tata Elxsi|Okada Shoji K.K.")
HOSTS = _L("portal.northwindhealth.com|www.cityofmaple.gov|billing.acmeutilities.net|app.brightpath.io|"
           "secure.harborbank.com|my.ridgewayclinic.org|help.kestrelsoft.com|booking.saloncedar.com|"
           "files.quantixlabs.io|www.halvorsenmarine.no|status.ironbridge.co|intranet.soleil-imports.fr")
PATHSEG = _L("account|billing|docs|v2|forms|upload|claims|reset|booking|patients|orders|view|share|download|"
             "settings|support|tickets|invoice|confirm|manage")
ALNUM = string.ascii_letters + string.digits
UPNUM = string.ascii_uppercase + string.digits
B64 = ALNUM + "+/"
B64U = ALNUM + "-_"
HEX = "0123456789abcdef"
IBAN_SPEC = {"DE": [(18, "n")], "GB": [(4, "a"), (14, "n")], "FR": [(10, "n"), (11, "c"), (2, "n")],
             "IT": [(1, "a"), (10, "n"), (12, "c")], "ES": [(20, "n")], "NL": [(4, "a"), (10, "n")],
             "PL": [(24, "n")], "TR": [(5, "n"), (1, "z"), (16, "n")], "SE": [(20, "n")], "PT": [(21, "n")],
             "BE": [(12, "n")], "CH": [(5, "n"), (12, "c")], "AT": [(16, "n")], "IE": [(4, "a"), (14, "n")],
             "HR": [(17, "n")], "GR": [(7, "n"), (16, "c")], "DK": [(14, "n")], "NO": [(11, "n")]}


def fold(s):
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ø", "o")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in "._-"))


def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        n = int(ch)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        tot += n
    return tot % 10 == 0


def luhn_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return c


def iban_ok(s):
    s = s.replace(" ", "")
    return int("".join(str(int(ch, 36)) for ch in s[4:] + s[:4])) % 97 == 1


def b64u(raw):
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


# --------------------------------------------------------------------------- value generators
class G:
    def __init__(self, r):
        self.r = r

    # basics
    def ch(self, s): return self.r.choice(s)
    def ri(self, a, b): return self.r.randint(a, b)
    def p(self, x): return self.r.random() < x
    def rs(self, n, chars=ALNUM): return "".join(self.r.choice(chars) for _ in range(n))
    def dg(self, n): return self.rs(n, string.digits)
    def shuf(self, xs): xs = list(xs); self.r.shuffle(xs); return xs

    def pat(self, s):
        m = {"N": string.digits, "X": "23456789", "A": string.ascii_uppercase, "H": HEX}
        return "".join(self.r.choice(m[c]) if c in m else c for c in s)

    # people
    def name(self, cult=None):
        cult = cult or self.ch(CULTS_W)
        fs, ls = NAMES[cult]
        f, l = self.ch(fs), self.ch(ls)
        if cult == "es" and self.p(0.4):
            l = f"{l} {self.ch(ls)}"
        elif cult == "en" and self.p(0.06):
            l = f"{l}-{self.ch(ls)}"
        return f, l, cult

    def fmtname(self, f, l, cult="en", style=None):
        style = style or self.ch(["full"] * 7 + ["mid", "lastfirst", "caps"])
        if style == "full":
            return f"{l} {f}" if cult in ("ja", "ko", "zh") and self.p(0.35) else f"{f} {l}"
        return {"mid": f"{f} {self.ch('ABCDEFGHJKLMNPRSTW')}. {l}", "lastfirst": f"{l}, {f}",
                "caps": f"{f} {l}".upper(), "capslastfirst": f"{l.upper()}, {f.upper()}",
                "lower": f"{f} {l}".lower(), "first": f, "last": l,
                "hl7": f"{l.upper()}^{f.upper()}"}[style]

    def person(self, cult=None, style=None):
        f, l, c = self.name(cult)
        return self.fmtname(f, l, c, style)

    def cult(self, cc):
        return self.ch(CC_CULT.get(cc, CULTS_W))

    def email(self, f=None, l=None, dom=None):
        if f is None:
            f, l, _ = self.name()
        a = fold(f).lower() or "user"
        b = fold(l.replace(" ", "")).lower() or "mail"
        local = self.ch([f"{a}.{b}", f"{a}{b}", f"{a[0]}{b}", f"{b}.{a}", f"{a}_{b}{self.ri(1, 99)}",
                         f"{a}{self.ri(70, 2005)}", f"{a[0]}.{b}", f"{b}{a[0]}"])
        return f"{local}@{dom or self.ch(EMAIL_DOMAINS)}"

    def orgmail(self, role, dom):
        return f"{role}@{dom}"

    # places
    def city(self, cc="US"):
        return self.ch(GEO[cc][0])

    def loc(self, cc="US", style=None):
        city, reg, _ = self.city(cc)
        style = style or self.ch(["city", "cityreg", "citycountry"])
        if style == "cityreg" and reg and cc in ("US", "CA", "AU", "IN"):
            return f"{city}, {reg}"
        if style == "citycountry":
            return f"{city}, {COUNTRY[cc]}"
        return city

    def addr_parts(self, cc="US"):
        cities, streets = GEO[cc]
        city, reg, pre = self.ch(cities)
        st, n, ri, dg = self.ch(streets), self.ri(1, 180), self.ri, self.dg
        L = "ABDEFGHJLNPQRSTUWXYZ"
        if cc == "US":
            unit = self.ch(["", "", "", f" Apt {ri(1, 40)}{self.ch('ABCD')}", f", Apt {ri(100, 999)}", f" Unit {ri(1, 30)}",
                            f" #{ri(100, 2400)}", f", Suite {ri(100, 900)}"])
            street, pc = f"{ri(1, 9899)} {st}{unit}", pre + dg(2) + (f"-{dg(4)}" if self.p(0.15) else "")
        elif cc == "CA":
            street = self.ch([f"{ri(1, 4000)} {st}", f"{ri(101, 2900)}-{ri(1, 900)} {st}"])
            pc = f"{pre}{dg(1)}{self.ch(L)} {dg(1)}{self.ch(L)}{dg(1)}"
        elif cc in ("GB", "IE"):
            street = self.ch([f"{n} {st}", f"Flat {ri(1, 12)}, {n} {st}", f"{ri(1, 60)}{self.ch('ab')} {st}"])
            pc = f"{pre} {dg(1)}{self.ch(L)}{self.ch(L)}" if cc == "GB" else f"{pre} {self.ch(L)}{dg(3)}"
        elif cc == "AU":
            street = self.ch([f"{n} {st}", f"Unit {ri(1, 20)}, {n} {st}", f"{ri(1, 30)}/{n} {st}"])
            pc = pre + dg(2)
        elif cc == "FR":
            street = f"{n}{self.ch(['', '', ' bis', ' ter'])} {st}"
            pc = pre + dg(3)
        elif cc == "JP":
            street, pc = f"{ri(1, 5)}-{ri(1, 30)}-{ri(1, 20)} {st}", f"{dg(3)}-{dg(4)}"
        elif cc == "KR":
            street, pc = f"{ri(1, 300)}, {st} {ri(1, 60)}-gil", dg(5)
        elif cc == "CN":
            street, pc = f"Room {ri(2, 30)}0{ri(1, 9)}, No. {n} {st}", dg(6)
        elif cc == "IN":
            street, pc = f"Flat {ri(1, 9)}0{ri(1, 9)}, {self.ch(['Lotus', 'Prestige', 'Sai Krupa', 'Green Park'])} Residency, {st}", pre + dg(3)
        elif cc == "BR":
            street, pc = f"{st}, {ri(10, 2500)}{self.ch(['', f', apto {ri(11, 154)}'])}", f"{dg(5)}-{dg(3)}"
        else:
            unit = {"NL": self.ch(["", "-II", "A", " bis"]), "PL": self.ch(["", f"/{ri(1, 60)}"]),
                    "SE": self.ch(["", f" lgh {ri(1001, 1604)}"]), "ES": self.ch(["", f", {ri(1, 9)}º {self.ch('ABCD')}"]),
                    "PT": self.ch(["", f", {ri(1, 8)}.º Esq.", f", {ri(1, 8)}.º Dto."]), "TR": f" D:{ri(1, 20)}",
                    "DE": self.ch(["", "a", "", " b"]), "IT": self.ch(["", f", int. {ri(1, 20)}"])}.get(cc, "")
            street = f"{st} No:{n}{unit}" if cc == "TR" else f"{st} {n}{unit}"
            pc = {"DE": pre + dg(3), "IT": pre + dg(2), "ES": pre + dg(3), "PT": f"{pre}{dg(4 - len(pre))}-{dg(3)}",
                  "NL": f"{pre}{dg(2)} {self.ch(L)}{self.ch(L)}", "PL": f"{pre}-{dg(3)}", "TR": pre + dg(3),
                  "SE": f"{pre}{dg(1)} {dg(2)}", "HR": pre + dg(3), "GR": f"{pre}{dg(1)} {dg(2)}"}[cc]
        return {"street": street, "city": city, "region": reg, "pc": pc, "cc": cc}

    def addr(self, cc="US", ml=None, caps=False, country=None, parts=None):
        a = parts or self.addr_parts(cc)
        s, c, r, pc = a["street"], a["city"], a["region"], a["pc"]
        ml = self.p(0.25) if ml is None else ml
        if cc in ("US", "CA"):
            tail = f"{c}, {r} {pc}" if self.p(0.8) else f"{c} {r} {pc}"
        elif cc in ("GB", "IE"):
            tail = f"{c} {pc}" if not ml else f"{c}\n{pc}"
        elif cc == "AU":
            tail = f"{c} {r} {pc}"
        elif cc in ("JP", "KR", "CN"):
            tail = f"{r}, {c} {pc}"
        elif cc == "IN":
            tail = f"{c}, {r} {pc}"
        elif cc == "BR":
            tail = f"{c} - {r}, {pc}"
        elif cc == "IT":
            tail = f"{pc} {c} ({r})"
        elif cc == "TR":
            tail = f"{pc} {r}/{c}"
        else:
            tail = f"{pc} {c}"
        out = s + ("\n" if ml else ", ") + tail
        if country if country is not None else self.p(0.15):
            out += ("\n" if ml else ", ") + COUNTRY[cc]
        return out.upper() if caps else out

    def phone(self, cc="US"):
        return self.pat(self.ch(PHONE_FMT[cc]))

    # dates
    def dobj(self, y0=2023, y1=2026):
        return date.fromordinal(self.ri(date(y0, 1, 1).toordinal(), date(y1, 12, 31).toordinal()))

    def fdate(self, dt, lang="en", style=None, wd=False):
        M = MONTHS.get(lang, MONTHS["en"])
        d, m, y = dt.day, dt.month, dt.year
        mn = M[m - 1]
        if lang == "en":
            style = style or self.ch(["us_long", "us_long", "us_short", "us_num", "us_num2", "iso", "gb_long",
                                      "gb_num", "dmy_abbr"])
            s = {"us_long": f"{mn} {d}, {y}", "us_short": f"{mn[:3]} {d}, {y}", "us_num": f"{m:02d}/{d:02d}/{y}",
                 "us_num2": f"{m}/{d}/{y % 100:02d}", "iso": dt.isoformat(), "gb_long": f"{d} {mn} {y}",
                 "gb_num": f"{d:02d}/{m:02d}/{y}", "dmy_abbr": f"{d:02d}-{mn[:3]}-{y}",
                 "caps": f"{d:02d}{mn[:3].upper()}{y}", "au": f"{d}/{m}/{y}"}[style]
        elif lang in ("ja", "ko", "zh", "iso"):
            s = self.ch([dt.isoformat(), f"{y}/{m:02d}/{d:02d}", f"{y}.{m:02d}.{d:02d}"]) if style != "iso" else dt.isoformat()
        else:
            longf = {"de": f"{d}. {mn} {y}", "es": f"{d} de {mn} de {y}", "pt": f"{d} de {mn} de {y}"}.get(lang, f"{d} {mn} {y}")
            num = {"nl": f"{d:02d}-{m:02d}-{y}", "sv": dt.isoformat(), "fr": f"{d:02d}/{m:02d}/{y}",
                   "es": f"{d:02d}/{m:02d}/{y}", "it": f"{d:02d}/{m:02d}/{y}", "pt": f"{d:02d}/{m:02d}/{y}"}.get(lang, f"{d:02d}.{m:02d}.{y}")
            style = style or self.ch(["long", "long", "num"])
            s = longf if style == "long" else num
        if wd and lang in WEEKDAYS:
            w = WEEKDAYS[lang][dt.weekday()]
            s = f"{s} {w}" if lang == "tr" else (f"{w} {s}" if lang in ("fr", "it", "nl", "sv", "pl") else f"{w}, {s}")
        return s

    def date(self, lang="en", style=None, wd=None, y0=2023, y1=2026):
        return self.fdate(self.dobj(y0, y1), lang, style, self.p(0.15) if wd is None else wd)

    def dob(self, lang="en", style=None, y0=1938, y1=2007):
        return self.fdate(self.dobj(y0, y1), lang, style)

    def time(self, lang="en"):
        h, m = self.ri(7, 19), self.ch([0, 0, 15, 30, 45, 10, 20, 40, 50, 5])
        if lang == "en" and self.p(0.7):
            suf = "PM" if h >= 12 else "AM"
            return f"{(h - 1) % 12 + 1}:{m:02d} {suf.lower() if self.p(0.15) else suf}"
        if lang in ("fr", "pt") and self.p(0.5):
            return f"{h}h{m:02d}"
        return f"{h:02d}:{m:02d}"

    def dt(self, lang="en", style=None, wd=None):
        j = {"en": self.ch([" at ", ", ", " "]), "de": " um ", "fr": " à ", "es": " a las ", "it": " alle ",
             "pt": " às "}.get(lang, self.ch([", ", " "]))
        return self.date(lang, style, wd) + j + self.time(lang)

    # identifiers
    def ssn(self, sep=None):
        a = self.ri(1, 899)
        while a == 666:
            a = self.ri(1, 899)
        sep = self.ch(["-", "-", "-", " ", ""]) if sep is None else sep
        return f"{a:03d}{sep}{self.ri(1, 99):02d}{sep}{self.ri(1, 9999):04d}"

    def bad_ssn(self):
        a = self.ch(["000", "666", str(self.ri(900, 999))])
        return f"{a}-{self.ri(1, 99):02d}-{self.ri(1, 9999):04d}"

    def card(self, brand=None, sep=None, valid=True):
        brand = brand or self.ch(["visa", "visa", "mc", "mc", "amex", "disc", "jcb"])
        pre, n = {"visa": ("4", 16), "mc": (self.ch([str(self.ri(51, 55)), str(self.ri(2221, 2720))]), 16),
                  "amex": (self.ch(["34", "37"]), 15), "disc": (self.ch(["6011", "65"]), 16),
                  "jcb": (str(self.ri(3528, 3589)), 16)}[brand]
        body = pre + self.dg(n - 1 - len(pre))
        c = luhn_digit(body)
        if not valid:
            c = str((int(c) + self.ri(1, 9)) % 10)
        num = body + c
        sep = self.ch([" ", " ", "-", ""]) if sep is None else sep
        groups = [4, 6, 5] if n == 15 else [4, 4, 4, 4]
        out, i = [], 0
        for k in groups:
            out.append(num[i:i + k])
            i += k
        return sep.join(out)

    def masked_card(self):
        l4 = self.dg(4)
        return self.ch([f"**** **** **** {l4}", f"XXXX-XXXX-XXXX-{l4}", f"************{l4}", f"ending in {l4}",
                        f"{self.ch(['4', '5'])}{self.dg(5)}******{l4}", f"•••• {l4}"])

    def iban(self, cc=None, grouped=None, valid=True):
        cc = cc or self.ch(list(IBAN_SPEC))
        cs = {"n": string.digits, "a": string.ascii_uppercase, "c": UPNUM, "z": "0"}
        bban = "".join(self.rs(k, cs[t]) for k, t in IBAN_SPEC[cc])
        chk = 98 - int("".join(str(int(c, 36)) for c in bban + cc + "00")) % 97
        if not valid:
            chk = chk + 1 if chk < 98 else chk - 1
        s = f"{cc}{chk:02d}{bban}"
        grouped = self.p(0.6) if grouped is None else grouped
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s

    def ip(self, v6=None, pub=False):
        ri = self.ri
        if v6 if v6 is not None else self.p(0.12):
            gs = [f"{ri(0, 0xffff):x}" for _ in range(8)]
            gs[0] = self.ch(["2001", "2a02", "2600", "2a01", "2406", "fd12"])
            return self.ch([":".join(gs), f"{gs[0]}:{gs[1]}:{gs[2]}::{gs[6]}:{gs[7]}", f"{gs[0]}:{gs[1]}::{gs[7]}"])
        k = 1.0 if pub else self.r.random()
        if k < 0.25:
            return f"10.{ri(0, 255)}.{ri(0, 255)}.{ri(1, 254)}"
        if k < 0.4:
            return f"192.168.{ri(0, 255)}.{ri(1, 254)}"
        if k < 0.47:
            return f"172.{ri(16, 31)}.{ri(0, 255)}.{ri(1, 254)}"
        return f"{self.ch([23, 31, 45, 52, 54, 66, 73, 81, 91, 98, 104, 109, 141, 151, 176, 185, 193, 203, 212])}.{ri(0, 255)}.{ri(0, 255)}.{ri(1, 254)}"

    def url(self, host=None, q=None):
        host = host or self.ch(HOSTS)
        path = "".join("/" + self.ch(PATHSEG) for _ in range(self.ri(1, 3)))
        if self.p(0.3):
            path += "/" + self.rs(self.ri(6, 12), string.ascii_lowercase + string.digits)
        if q if q is not None else self.p(0.4):
            path += "?" + "&".join(f"{self.ch(['id', 'ref', 'token', 'lang', 'utm_source', 'session'])}={self.rs(self.ri(4, 10))}"
                                   for _ in range(self.ri(1, 2)))
        return f"https://{host}{path}"

    def mrn(self):
        return self.ch([self.dg(8), self.dg(7), f"E{self.dg(7)}", f"{self.dg(2)}-{self.dg(2)}-{self.dg(4)}",
                        f"MR{self.dg(6)}", self.dg(10), f"{self.rs(1, 'ABCHKMZ')}{self.dg(6)}"])

    def hpn(self):
        return self.ch([f"{self.rs(3, string.ascii_uppercase)}{self.dg(9)}", f"W{self.dg(9)}", f"H{self.dg(8)}",
                        self.pat("NAANANNAANN").replace("A", self.ch("CDEFGHJKMNPQRTUVWXY")),
                        f"{self.rs(3, string.ascii_uppercase)}-{self.dg(3)}-{self.dg(5)}", f"U{self.dg(10)}",
                        f"{self.dg(9)}{self.ch(['01', '02', 'A'])}"])

    def acct(self):
        return self.ch([self.dg(10), self.dg(8), self.dg(12), f"{self.dg(4)}-{self.dg(4)}-{self.dg(2)}",
                        f"{self.dg(3)}-{self.dg(6)}-{self.dg(1)}", f"{self.rs(2, 'ABCDKLMR')}{self.dg(8)}", self.dg(9)])

    def dl(self, cc="US"):
        if cc == "GB":
            f, l, _ = self.name("en")
            sur = (fold(l).upper().replace("'", "") + "99999")[:5]
            return f"{sur}{self.dg(6)}{fold(f)[0].upper()}{self.ch('ABCDEFJKMRS')}{self.dg(1)}{self.rs(2, 'ABCDEFGHIJKLMNPRSTUVWXYZ')}"
        if cc == "AU":
            return self.dg(self.ch([8, 9]))
        if cc == "CA":
            return f"{self.ch(string.ascii_uppercase)}{self.dg(4)}-{self.dg(5)}-{self.dg(5)}"
        if cc == "DE":
            return self.rs(11, UPNUM)
        st = self.ch(["CA", "NY", "FL", "TX", "IL", "WA", "PA", "NJ", "OH", "GA"])
        return {"CA": f"{self.ch(string.ascii_uppercase)}{self.dg(7)}", "NY": f"{self.dg(3)} {self.dg(3)} {self.dg(3)}",
                "FL": f"{self.ch(string.ascii_uppercase)}{self.dg(3)}-{self.dg(3)}-{self.dg(2)}-{self.dg(3)}-{self.dg(1)}",
                "TX": self.dg(8), "IL": f"{self.ch(string.ascii_uppercase)}{self.dg(3)}-{self.dg(4)}-{self.dg(4)}",
                "WA": f"WDL{self.rs(9, UPNUM)}", "PA": f"{self.dg(2)} {self.dg(3)} {self.dg(3)}",
                "NJ": f"{self.ch(string.ascii_uppercase)}{self.dg(4)} {self.dg(5)} {self.dg(5)}",
                "OH": f"{self.rs(2, string.ascii_uppercase)}{self.dg(6)}", "GA": self.dg(9)}[st]

    # secrets
    def aws_ak(self): return "AKIA" + self.rs(16, UPNUM)
    def aws_sk(self): return self.rs(40, B64)
    def ghp(self): return self.ch(["ghp_", "ghp_", "ghp_", "gho_", "ghs_", "ghu_"]) + self.rs(36)

    def slack(self):
        if self.p(0.7):
            return f"xoxb-{self.dg(self.ri(10, 12))}-{self.dg(self.ri(12, 13))}-{self.rs(24)}"
        return f"xoxp-{self.dg(11)}-{self.dg(11)}-{self.dg(13)}-{self.rs(32, HEX)}"

    def stripe(self): return self.ch(["sk_live_", "sk_live_", "rk_live_"]) + self.rs(self.ch([24, 34, 99]))

    def jwt(self):
        hdr = {"alg": self.ch(["HS256", "RS256", "ES256"]), "typ": "JWT"}
        if self.p(0.4):
            hdr["kid"] = self.rs(8, HEX)
        iat = self.ri(1690000000, 1760000000)
        body = {"sub": self.ch([self.dg(8), "usr_" + self.rs(10), self.rs(8, HEX)]), "iat": iat,
                "exp": iat + self.ch([900, 3600, 86400]), "scope": self.ch(["read write", "openid profile", "admin"])}
        if self.p(0.4):
            body["iss"] = "https://" + self.ch(HOSTS)
        sig = bytes(self.ri(0, 255) for _ in range(32 if hdr["alg"] == "HS256" else self.ch([64, 128])))
        return ".".join([b64u(json.dumps(hdr, separators=(",", ":")).encode()),
                         b64u(json.dumps(body, separators=(",", ":")).encode()), b64u(sig)])

    def pem(self, kind=None, nl="\n"):
        kind = kind or self.ch(["RSA PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY", "PRIVATE KEY"])
        pre, lines, w = {"RSA PRIVATE KEY": ("MIIEowIBAAKCAQEA", self.ri(6, 12), 64),
                         "OPENSSH PRIVATE KEY": ("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
                                                 "QyNTUxOQAAACA", self.ri(4, 6), 70),
                         "EC PRIVATE KEY": ("MHcCAQEEI", 3, 64),
                         "PRIVATE KEY": ("MIIEvQIBADANBgkqhkiG9w0BAQEFAASC", self.ri(6, 12), 64)}[kind]
        body = pre + self.rs(lines * w - len(pre) - self.ri(4, 30), B64)
        body = body[:len(body) - len(body) % 4]
        body = body[:-2] + self.ch(["==", body[-2] + "=", body[-2:]])
        rows = [body[i:i + w] for i in range(0, len(body), w)]
        return nl.join([f"-----BEGIN {kind}-----"] + rows + [f"-----END {kind}-----"])

    def password(self, dsn=False):
        sym = "!*-_" if dsn else "!*-_+=?$%"
        k = self.ri(0, 5)
        if k == 0:
            return f"{self.ch(WORDS).capitalize()}{self.ri(1, 2025)}{self.ch(sym)}"
        if k == 1:
            return self.rs(self.ri(10, 20), ALNUM + sym[:4])
        if k == 2:
            return "-".join(self.r.sample(WORDS, 3)) + str(self.ri(1, 99))
        if k == 3:
            return self.ch(["hunter2", "Welcome1", "Qwerty!234", "letmein2024", "Passw0rd!", "Spring2025*",
                            "iloveyou88", "Tr0ub4dor-3", "Changeme!23"])
        if k == 4:
            return self.rs(self.ri(8, 12)) + self.ch(sym) + self.rs(3)
        return self.rs(self.ri(16, 32), ALNUM)

    def secret(self):
        k = self.ri(0, 11)
        return [lambda: f"SG.{self.rs(22, B64U)}.{self.rs(43, B64U)}", lambda: self.rs(32, HEX),
                lambda: f"whsec_{self.rs(32)}", lambda: f"AIza{self.rs(35, B64U)}", lambda: f"sk-proj-{self.rs(48, B64U)}",
                lambda: f"npm_{self.rs(36)}", lambda: f"glpat-{self.rs(20, B64U)}", lambda: f"shpat_{self.rs(32, HEX)}",
                lambda: f"dop_v1_{self.rs(64, HEX)}", lambda: f"key-{self.rs(32, HEX)}", lambda: self.rs(40, B64U),
                lambda: f"hvs.{self.rs(24)}"][k]()

    # look-alikes (never labelled)
    def uuid(self):
        h = self.rs(32, HEX)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.ch('89ab')}{h[17:20]}-{h[20:]}"

    def sha(self, n=40): return self.rs(n, HEX)
    def ver(self): return self.ch([f"{self.ri(0, 9)}.{self.ri(0, 30)}.{self.ri(0, 40)}", f"v{self.ri(1, 5)}.{self.ri(0, 19)}.{self.ri(0, 9)}",
                                   f"{self.ri(1, 4)}.{self.ri(0, 9)}.{self.ri(0, 9)}-rc.{self.ri(1, 4)}"])
    def order(self): return self.ch([f"ORD-{self.ri(2022, 2025)}-{self.dg(6)}", f"#{self.dg(6)}", f"SO{self.dg(8)}", f"INV-{self.dg(5)}"])
    def tracking(self): return self.ch([f"1Z{self.rs(6, UPNUM)}{self.dg(10)}", self.dg(12), f"9400{self.dg(18)}", f"JD{self.dg(18)}"])
    def plate(self): return self.ch([self.pat("NAAA NNN"), self.pat("AAA-NNNN"), self.pat("AA NN AAA"), self.pat("NAAANNN")])
    def vin(self): return self.rs(17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")


# --------------------------------------------------------------------------- domains
DOMAINS = []


def dom(name, neg=False):
    def deco(fn):
        DOMAINS.append((name, fn, neg))
        return fn
    return deco


def sig(g, d, cc="US", name=None, org=None, title=None, email=None):
    """Signature block: name, optional title/org, phone, e-mail."""
    d.f("\n«n»\n", n=(name or g.person(g.cult(cc)), PER))
    if title or org:
        d.t(", ".join(x for x in (title, org) if x) + "\n")
    d.f("«lab»«ph»\n", lab=g.ch(["T: ", "Tel. ", "Phone: ", "", "Mobile: "]), ph=(g.phone(cc), PH))
    if email:
        d.f("«em»\n", em=(email, EM))


# ---- clinical / personal services -------------------------------------------------------------
@dom("anesthesia_record")
def _anesthesia(g, d):
    f, l, c = g.name()
    anes, crna, surg = g.person(), g.person(), g.name()[1]
    v = g.ri(0, 2)
    if v == 0:
        d.t(g.ch(["PRE-ANESTHESIA EVALUATION\n\n", "Pre-Anesthetic Assessment\n-------------------------\n"]))
        rest = [("Procedure", g.ch(PROCS)), ("Date of surgery", (g.date(), DT)), ("Surgeon", ["Dr. ", (surg, PER)]),
                ("Insurance member ID", (g.hpn(), HPN)), ("Ht/Wt", f"{g.ri(150, 192)} cm / {g.ri(48, 130)} kg")]
        d.kv([("Patient", (g.fmtname(f, l, c, g.ch(["full", "lastfirst", "capslastfirst", "mid"])), PER)),
              ("MRN", (g.mrn(), MRN)), ("DOB", (g.dob(), DOB))] + g.shuf(rest))
        d.f("\nASA physical status: «a»\nAirway: Mallampati «m», TMD >3 FB, full neck ROM\nAllergies: «al»\n"
            "Home medications: «meds»\nNPO since «t» per patient.\nEmergency contact: «ec» («rel») «ph»\n",
            a=g.ch(["II", "III", "I", "IV", "II-E"]), m=g.ch("1234"), al=g.ch(ALLERGIES), meds="; ".join(g.r.sample(DRUGS, 3)),
            t=(g.time(), DT), ec=(g.person(), PER), rel=g.ch(REL), ph=(g.phone("US"), PH))
        d.f("\nPlan: «p». Risks (sore throat, PONV, dental injury, awareness) discussed, questions answered.\n"
            "Evaluated by Dr. «a» on «dt».\n", p=g.ch(["GETA", "LMA + regional block", "MAC", "spinal"]),
            a=(anes, PER), dt=(g.dt(), DT))
    elif v == 1:
        d.f("INTRAOPERATIVE ANESTHESIA RECORD        Case OR-«cn»\nPt: «pt»    MRN «mrn»    DOB «dob»\n"
            "Anesthesiologist: «a», MD    CRNA: «cr»\nDate of service: «dos»    Room «rm»\n\n",
            cn=g.dg(6), pt=(g.fmtname(f, l, c, "capslastfirst"), PER), mrn=(g.mrn(), MRN), dob=(g.dob("en", "us_num"), DOB),
            a=(anes, PER), cr=(crna, PER), dos=(g.date(), DT), rm=g.ri(1, 14))
        h, m = g.ri(6, 13), g.ri(0, 50)
        ev = ["Pt in room, monitors on", "Preoxygenation 100% O2", "Induction: propofol 150 mg, fentanyl 100 mcg, rocuronium 50 mg",
              "ETT 7.0 placed, +EtCO2, BBS equal", "Incision", "Cefazolin 2 g IV", "Dexamethasone 4 mg, ondansetron 4 mg",
              "Sugammadex 200 mg", "Extubated awake, to PACU stable"]
        for e in ev[:g.ri(6, 9)]:
            d.t(f"{h:02d}{m:02d}  {e}\n")
            m += g.ri(3, 35)
            h, m = h + m // 60, m % 60
        d.f("\nEBL «b» mL   UOP «u» mL   LR «lr» mL\nSigned electronically: «a» «dt»\n", b=g.ri(5, 600), u=g.ri(50, 900),
            lr=g.ri(500, 2500), a=(anes, PER), dt=(g.dt("en", "us_num"), DT))
    else:
        nm = g.fmtname(f, l, c, "first" if g.p(0.5) else "full")
        d.f("PACU handoff — «when»\nCRNA «cr» to RN «rn». «nm» (MRN «mrn», DOB «dob») s/p «pr» under «an». "
            "Uneventful course, PONV prophylaxis given. Pain 3/10 on arrival. «fam» («rel») waiting in family lounge, "
            "cell «ph»; please call when in Phase II. Insurance on file: «ins».\nDischarge criteria reviewed with «nm2».\n",
            when=(g.dt(), DT), cr=(crna, PER), rn=(g.person(), PER), nm=(nm, PER), mrn=(g.mrn(), MRN), dob=(g.dob(), DOB),
            pr=g.ch(PROCS), an=g.ch(["GA", "spinal", "MAC"]), fam=(g.person(c), PER), rel=g.ch(REL), ph=(g.phone("US"), PH),
            ins=(g.hpn(), HPN), nm2=(l, PER))


@dom("lactation_consult")
def _lactation(g, d):
    cc = g.ch(["US", "US", "US", "CA", "GB"])
    f, l, c = g.name(g.cult(cc))
    baby, ped, lc = g.name(c)[0], g.name()[1], g.person()
    if g.p(0.3) and cc == "US":
        d.f("CONSULTA DE LACTANCIA — Instrucciones\n\nMamá: «m»\nBebé: «b»   Fecha de nacimiento: «bd»\n"
            "Teléfono: «ph»\nFecha de la visita: «v»\n\nAmamante cada 2-3 horas (8-12 veces al día). Si tiene dolor "
            "o fiebre llame a «lc», IBCLC, al «ph2».\nPróxima cita: «nx»\n",
            m=(g.fmtname(f, l, c), PER), b=(f"{baby} {l}", PER), bd=(g.date("es", y0=2024, y1=2025), DOB),
            ph=(g.phone("US"), PH), v=(g.date("es"), DT), lc=(lc, PER), ph2=(g.phone("US"), PH), nx=(g.dt("es"), DT))
        return
    items = [("Mother", (g.fmtname(f, l, c, g.ch(["full", "lastfirst"])), PER)), ("Mother MRN", (g.mrn(), MRN)),
             ("Infant", (f"{baby} {l}", PER) if g.p(0.6) else [f"Baby {g.ch(['Boy', 'Girl'])} ", (l, PER)]),
             ("Infant DOB", (g.dob("en", y0=2024, y1=2025), DOB)), ("Infant MRN", (g.mrn(), MRN)),
             ("Visit", (g.dt("en"), DT)), ("Plan ID", (g.hpn(), HPN))]
    d.t(g.ch(["LACTATION CONSULTATION NOTE\n", "IBCLC Outpatient Visit\n", "Breastfeeding Medicine Consult\n"]))
    d.kv(items[:2] + g.shuf(items[2:]))
    if g.p(0.5):
        d.f("Home visit address: «a»\n", a=(g.addr(cc), ADDR))
    d.f("\nS: G«g»P«p», «w»-week SVD. Reports nipple pain L>R, infant sleepy at breast. Using «pump».\n"
        "O: Birth weight «bw» g, today «tw» g. Latch shallow; tongue mobility limited (Hazelbaker score 10).\n"
        "A: Suboptimal latch, possible posterior tie.\nP: Laid-back positioning, breast compressions, pump after feeds x 48h. "
        "Referral to Dr. «ped» (pediatric ENT). Follow up «fu».\n\n«lc», IBCLC\n",
        g=g.ri(1, 4), p=g.ri(1, 3), w=g.ri(36, 41), pump=g.ch(["Spectra S1", "Medela Pump in Style", "Elvie Stride"]),
        bw=g.ri(2600, 4200), tw=g.ri(2500, 4100), ped=(ped, PER), fu=(g.date(), DT), lc=(lc, PER))
    if g.p(0.5):
        d.f("Reach me at «ph» or «em».\n", ph=(g.phone(cc), PH), em=(g.email(), EM))


@dom("salon_booking")
def _salon(g, d):
    cc = g.ch(["US", "US", "GB", "FR", "DE", "AU", "CA"])
    lang = {"FR": "fr", "DE": "de"}.get(cc, "en")
    f, l, c = g.name(g.cult(cc))
    sty = g.name(g.cult(cc))[0]
    svc = g.ch(["Balayage + toner", "Women's cut & blow-dry", "Keratin smoothing", "Men's fade", "Root touch-up",
                "Bridal trial updo", "Gel manicure"])
    salon = g.ch(["Studio Cedar", "Maison Lumière", "Salon Haarwerk", "The Blow Bar", "Copper & Comb"])
    v = g.ri(0, 2)
    if v == 0:
        hi = {"fr": "Bonjour «n»,\n\nVotre rendez-vous chez «s» est confirmé : «svc» avec «st», le «dt».\n",
              "de": "Hallo «n»,\n\nIhr Termin bei «s» ist bestätigt: «svc» mit «st» am «dt».\n"}.get(
            lang, "Hi «n»,\n\nYou're booked at «s»! «svc» with «st» on «dt».\n")
        d.f(hi, n=(f, PER), s=salon, svc=svc, st=(sty, PER), dt=(g.dt(lang), DT))
        d.f("Adresse / Address: «a»\nManage: «u»\n", a=(g.addr(cc, ml=False), ADDR), u=(g.url("booking.saloncedar.com"), URL))
        d.f("Deposit charged to card «mc». 24h cancellation policy applies.\nQuestions? «ph»\n", mc=g.masked_card(),
            ph=(g.phone(cc), PH))
    elif v == 1:
        d.t(f"SMS thread - {salon}\n")
        me = g.phone(cc)
        d.f("To «ph»: Reminder: «svc» tomorrow «t» with «st». Reply C to confirm.\n", ph=(me, PH), svc=svc,
            t=(g.time(lang), DT), st=(sty, PER))
        d.f("From «ph»: C! also can my sister «sis» get a blowout after me? her number is «ph2»\n", ph=(me, PH),
            sis=(g.name(c)[0], PER), ph2=(g.phone(cc), PH))
        d.f("To «ph»: Yes! «sis2» is booked «dt». See you soon x\n", ph=(me, PH), sis2=(sty, PER), dt=(g.dt(lang), DT))
    else:
        d.t(f"CLIENT CARD — {salon}\n")
        d.kv(g.shuf([("Name", (g.fmtname(f, l, c, g.ch(["full", "caps", "lower"])), PER)), ("Mobile", (g.phone(cc), PH)),
                      ("Email", (g.email(f, l), EM)), ("Birthday", (g.dob(lang), DOB)), ("Stylist", (sty, PER))]))
        d.f("Formula: 7N + 20vol 35min, gloss 9V. Patch test done «pt».\nCard on file: «cc» exp «ex»\n"
            "Next visit: «nx»\nNotes: «n2» prefers no small talk; allergic to PPD in box dye.\n",
            pt=(g.date(lang), DT), cc=(g.card(), CC), ex=f"{g.ri(1, 12):02d}/{g.ri(26, 30)}", nx=(g.dt(lang), DT), n2=(f, PER))


@dom("tattoo_consent")
def _tattoo(g, d):
    es = g.p(0.3)
    f, l, c = g.name("es" if es else None)
    cc = "US"
    lab = (["Nombre", "Fecha de nacimiento", "Licencia de conducir", "Dirección", "Teléfono", "Correo", "Contacto de emergencia"]
           if es else ["Client name", "Date of birth", "Driver's license #", "Address", "Phone", "Email", "Emergency contact"])
    d.t("FORMULARIO DE CONSENTIMIENTO — TATUAJE\n\n" if es else g.ch(["TATTOO RELEASE & CONSENT FORM\n\n",
                                                                    "Ink & Iron Studio — Client Consent\n\n"]))
    rows = [(lab[0], (g.fmtname(f, l, c, g.ch(["full", "caps", "mid"])), PER)), (lab[1], (g.dob("es" if es else "en", y1=2005), DOB)),
            (lab[2], [(g.dl(), DL), f" ({g.ch(['CA', 'TX', 'AZ', 'NM', 'FL', 'NV'])})"]),
            (lab[3], (g.addr(cc, ml=False), ADDR)), (lab[4], (g.phone(cc), PH)), (lab[5], (g.email(f, l), EM)),
            (lab[6], [(g.person(c), PER), " - ", (g.phone(cc), PH)])]
    d.kv(rows[:2] + g.shuf(rows[2:]))
    d.f("\nPlacement: «pl»   Artist: «ar»   Session: «dt»\n", pl=g.ch(["left forearm", "right calf", "upper back",
                                                                     "ribs", "ankle"]), ar=(g.person(), PER), dt=(g.dt("es" if es else "en"), DT))
    d.t("Tengo 18 años o más. No estoy bajo efectos de alcohol. Entiendo los riesgos de infección y alergia.\n" if es
        else "[x] I am 18+ and not under the influence.  [x] I am not pregnant/nursing.  [x] No blood thinners in 24h.\n"
             "I understand the risks of infection, allergic reaction to pigments (e.g. Eternal Ink, Dynamic Black) and scarring.\n")
    d.f("Deposit: $«amt» paid by card «cc»\nSignature: /s/ «sg»    Date: «sd»\n", amt=g.ri(50, 300),
        cc=(g.card(), CC) if g.p(0.4) else g.masked_card(), sg=(g.fmtname(f, l, c), PER), sd=(g.date("es" if es else "en"), DT))


@dom("yacht_charter")
def _yacht(g, d):
    cc = g.ch(["HR", "GR", "TR", "FR", "IT"])
    base = g.city(cc)[0]
    boat = g.ch(["S/Y Aurora", "M/Y Blue Pearl", "Lagoon 42 'Mistral'", "Bavaria C45 'Nefeli'", "Gulet Derin Deniz"])
    v = g.ri(0, 2)
    if v == 0:
        d.f("CREW LIST / POPIS POSADE — «b»\nBase: «loc»\nCheck-in: «ci»   Check-out: «co»\n\n"
            "#  Name                      DOB          Role\n", b=boat, loc=(f"{base}, {COUNTRY[cc]}", LOC),
            ci=(g.dt("en", "gb_long"), DT), co=(g.date("en", "gb_long"), DT))
        for i in range(g.ri(3, 6)):
            nm = g.person(style=g.ch(["caps", "full"]))
            d.f("«i»  «n»«pad»«dob»   «r»\n", i=i + 1, n=(nm, PER), pad=" " * max(2, 26 - len(nm)),
                dob=(g.dob("en", "gb_num"), DOB), r="Skipper" if i == 0 else g.ch(["Crew", "Guest", "Guest"]))
        d.f("\nSkipper licence: ICC «lic»\nCharterer mobile: «ph»\n", lic=g.pat("AA/NNNNNN"), ph=(g.phone(g.ch(["GB", "DE", "US", "NL"])), PH))
    else:
        f, l, c = g.name()
        d.f("Dear «n»,\n\nThank you for booking «b» from «loc», «ci» – «co». ", n=(g.fmtname(f, l, c, g.ch(["full", "last"])), PER),
            b=boat, loc=(base, LOC), ci=(g.date("en", "gb_long"), DT), co=(g.date("en", "gb_long"), DT))
        d.f("The balance of EUR «amt» is due by «due». Please transfer to:\n\nBeneficiary: «ben»\nIBAN: «ib»\nBIC: «bic»\n"
            "Reference: BK-«ref»\n\n", amt=f"{g.ri(4, 30)},{g.dg(3)}.00", due=(g.date("en"), DT), ben=g.ch(ORGS),
            ib=(g.iban(cc if cc in IBAN_SPEC else "HR"), IBAN), bic=g.pat("AAAAAANN"), ref=g.dg(6))
        if v == 2:
            d.f("Alternatively we can charge the card you provided («cc», exp «ex»).\n", cc=(g.card(), CC), ex=f"{g.ri(1, 12):02d}/{g.ri(26, 31)}")
        d.f("Your skipper «sk» will meet you at the reception at «t» on embarkation day. APA (30%) is payable in cash on board.\n",
            sk=(g.person(g.ch(["ru", "el", "de", "tr"])), PER), t=(g.time("en"), DT))
        sig(g, d, cc, org=g.ch(["Adriatic Sails d.o.o.", "Aegean Blue Charters", "Riviera Yachting"]), title="Charter Manager",
            email=g.email(dom=g.ch(["adriaticsails.hr", "aegeanblue.gr", "rivierayachting.fr"])))


@dom("pi_report")
def _pi(g, d):
    f, l, c = g.name()
    subj = g.fmtname(f, l, c, g.ch(["full", "caps", "mid"]))
    inv, client = g.person(), g.person()
    a = g.addr_parts("US")
    d.f("CONFIDENTIAL SURVEILLANCE REPORT\nFile No. «fn»    Client: «cl», Esq.\nSubject: «s»    DOB: «dob»\n"
        "Residence: «ad»\nVehicle: «veh», plate «pl», VIN «vin»\n",
        fn=f"PI-{g.ri(2023, 2025)}-{g.dg(4)}", cl=(client, PER), s=(subj, PER), dob=(g.dob(), DOB),
        ad=(g.addr("US", parts=a), ADDR), veh=g.ch(["2019 Ford F-150, gray", "2021 Honda CR-V, white", "2016 Jeep Wrangler, black"]),
        pl=g.plate(), vin=g.vin())
    if g.p(0.5):
        d.f("DL: «dl»   Known phone: «ph»\n", dl=(g.dl(), DL), ph=(g.phone("US"), PH))
    d.f("\nOn «d1», investigator «inv» established surveillance near the subject's residence in «loc».\n\n",
        d1=(g.date("en", "us_long", wd=True), DT), inv=(inv, PER), loc=(f"{a['city']}, {a['region']}", LOC))
    h, m = g.ri(5, 8), g.ri(0, 59)
    acts = ["Surveillance initiated. Subject's vehicle in driveway.", "Subject exits residence carrying a toolbox; no brace visible.",
            "Subject loads lumber into truck bed without apparent difficulty.", "Subject departs; mobile surveillance initiated.",
            "Subject arrives at Home Depot (store #4471). Video obtained.", "Subject meets unknown female, approx. 40s.",
            "Lost contact in traffic.", "Surveillance terminated."]
    for x in acts[:g.ri(5, 8)]:
        d.t(f"{h:02d}{m:02d} hrs  {x}\n")
        m += g.ri(4, 70)
        h, m = h + m // 60, m % 60
    d.f("\nA neighbor, «nb», stated the subject \"works weekends for his cousin «cz»\". Total video: «mins» min.\n"
        "Report prepared «rd» by «inv2», Lic. #«lic».\n", nb=(g.person(), PER), cz=(g.name(c)[0], PER),
        mins=g.ri(4, 55), rd=(g.date(), DT), inv2=(inv, PER), lic=g.pat("ANNNNNNN"))


@dom("customs_broker")
def _customs(g, d):
    f, l, c = g.name()
    co = g.ch(ORGS)
    cc = g.ch(["US", "GB", "NL", "DE"])
    lang_loc = {"US": "Long Beach", "GB": "Felixstowe", "NL": "Rotterdam", "DE": "Hamburg"}[cc]
    d.f("Subject: Entry «en» — docs needed before «dl»\n\nHi «n»,\n\nYour shipment (container «ct», B/L «bl») is due at «port» "
        "on «eta». To file the entry for «co» we still need:\n", en=f"{g.rs(3, UPNUM)}-{g.dg(7)}-{g.dg(1)}",
        dl=(g.date("en", "us_short"), DT), n=(f, PER), ct=f"{g.rs(4, string.ascii_uppercase)}{g.dg(7)}",
        bl=f"{g.rs(4, string.ascii_uppercase)}{g.dg(9)}", port=(lang_loc, LOC), eta=(g.date("en"), DT), co=co)
    d.t("  1. Signed commercial invoice (HS 8471.30.0100, 8517.62.0090, 9403.60.8081)\n  2. Packing list\n"
        "  3. Power of attorney signed by an officer\n")
    if cc == "US":
        d.f("\nImporter of record: «co»\nIOR contact: «n2», «ph»\nDuty will be debited from ACH account «ac» "
            "(routing «rt») on «pd».\n", co=co, n2=(g.fmtname(f, l, c), PER), ph=(g.phone("US"), PH),
            ac=(g.acct(), ACCT), rt=g.dg(9), pd=(g.date(), DT))
    else:
        d.f("\nDeferment / duty payment account: «ac»\nIf you prefer to prepay, remit VAT and duty to IBAN «ib» "
            "(reference «ref»).\n", ac=(g.acct(), ACCT), ib=(g.iban(g.ch(["GB", "NL", "DE"])), IBAN), ref=g.dg(8))
    d.f("Delivery address on file: «a»\n", a=(g.addr(cc, ml=False), ADDR))
    sig(g, d, cc, title="Licensed Customs Broker", org=g.ch(["Meridian Customs Brokerage", "Portside Clearance Ltd",
                                                            "Van Loon Douane B.V."]), email=g.email(dom="meridiancb.com"))


@dom("exit_interview")
def _exit(g, d):
    f, l, c = g.name()
    mf, ml, mc = g.name()
    mgr = g.fmtname(mf, ml, mc, "full")
    if g.p(0.3):
        d.f("«dt»\n\n«n»\n«ad»\n\nRe: Separation of employment\n\nDear «fn»,\n\nThis letter confirms that your employment with «org» "
            "ends effective «ed». Your final paycheck, including «pto» hours of unused PTO, will be deposited to account «ac» on «pd». "
            "Please return your laptop and badge to «mgr» by «rd».\nYour health coverage (member ID «hp») ends «he»; COBRA information "
            "will be mailed separately.\n\nSincerely,\n«hr»\nHR Business Partner · «hph»\n", dt=(g.date("en", "us_long"), DT),
            n=(g.fmtname(f, l, c), PER), ad=(g.addr("US", ml=True), ADDR), fn=(f, PER), org=g.ch(ORGS), ed=(g.date("en", "us_long"), DT),
            pto=g.ri(4, 120), ac=(g.acct(), ACCT), pd=(g.date(), DT), mgr=(mgr, PER), rd=(g.date(), DT), hp=(g.hpn(), HPN),
            he=(g.date("en", "us_long"), DT), hr=(g.person(), PER), hph=(g.phone("US"), PH))
        return
    d.t(g.ch(["EXIT INTERVIEW — CONFIDENTIAL\n", "People Ops | Offboarding & Exit Interview\n"]))
    rows = [("Employee", (g.fmtname(f, l, c, g.ch(["full", "lastfirst"])), PER)), ("Employee ID", f"E{g.dg(6)}"),
            ("Manager", (mgr, PER)), ("Last day worked", (g.date(), DT)), ("Interview", (g.dt(), DT)),
            ("Personal email", (g.email(f, l), EM)), ("Mobile", (g.phone("US"), PH)),
            ("Forwarding address", (g.addr("US"), ADDR))]
    d.kv(rows[:1] + g.shuf(rows[1:]))
    d.f("\nReason for leaving: «r»\nWould rehire: «y»\n\nNotes: «fn» said the team under «mgr» was supportive but on-call "
        "load was unsustainable after «co» left. Mentioned a hostile comment from «co2» at the offsite in «loc»; referred to ER.\n",
        r=g.ch(["Relocation", "Compensation", "Career growth", "Caregiving", "Return to school"]), y=g.ch(["Yes", "Yes", "No"]),
        fn=(f, PER), mgr=(mf, PER), co=(g.person(), PER), co2=(g.name()[1], PER), loc=(g.loc("US"), LOC))
    d.f("\nFinal paycheck via direct deposit to account «ac». COBRA packet to follow; medical member ID «hp» "
        "remains active through «end».\n", ac=(g.acct(), ACCT), hp=(g.hpn(), HPN), end=(g.date(), DT))


@dom("rollover_401k")
def _rollover(g, d):
    f, l, c = g.name()
    pl = g.ch(["Kestrel Software 401(k) Plan", "Bluewater Logistics Retirement Savings Plan", "Quantix Labs 401(k)"])
    v = g.ri(0, 1)
    if v == 0:
        d.t("DIRECT ROLLOVER REQUEST — SECTION 1: PARTICIPANT INFORMATION\n")
        rows = [("Name", (g.fmtname(f, l, c, g.ch(["full", "caps", "lastfirst"])), PER)), ("SSN", (g.ssn(), SSN)),
                ("Date of Birth", (g.dob("en", y1=1985), DOB)), ("Address", (g.addr("US", ml=False), ADDR)),
                ("Daytime phone", (g.phone("US"), PH)), ("Email", (g.email(f, l), EM))]
        d.kv(rows[:1] + g.shuf(rows[1:]))
        d.f("\nSECTION 2: PLAN\nPlan name: «pl»  Plan no. 00«pn»\nParticipant account: «pa»\n\n"
            "SECTION 3: RECEIVING INSTITUTION\nTraditional IRA account no.: «ira»\nPayable to: «cust» FBO «fbo»\n"
            "Routing (ABA): «rt»\n\nSignature: ______________   Date: «sd»\n",
            pl=pl, pn=g.ri(1, 3), pa=(g.acct(), ACCT), ira=(g.acct(), ACCT),
            cust=g.ch(["Fidelity Management Trust Co.", "Charles Schwab & Co.", "Vanguard Fiduciary Trust Co."]),
            fbo=(g.fmtname(f, l, c, "full"), PER), rt=g.dg(9), sd=(g.date(), DT))
    else:
        d.f("Call notes «when» — rep «rep»\nCaller «n» verified w/ last 4 SSN «l4» and DOB «dob». Wants to roll «pl» "
            "balance (~$«bal») to new IRA «ira». Mailing check to «ad». Told her processing 7-10 business days; "
            "callback number «ph».\n", when=(g.dt("en", "us_num"), DT), rep=(g.person(style="first"), PER),
            n=(g.fmtname(f, l, c), PER), l4=f"***-**-{g.dg(4)}", dob=(g.dob(), DOB), pl=pl, bal=f"{g.ri(5, 400)},{g.dg(3)}",
            ira=(g.acct(), ACCT), ad=(g.addr("US", ml=False), ADDR), ph=(g.phone("US"), PH))
        if g.p(0.5):
            d.f("Spouse «sp» (SSN «ss2») consented via notarized form received «rcv».\n", sp=(g.person(c), PER),
                ss2=(g.ssn(), SSN), rcv=(g.date(), DT))


@dom("escrow_analysis")
def _escrow(g, d):
    f, l, c = g.name()
    co = g.person(c) if g.p(0.4) else None
    a = g.addr("US", ml=True)
    pc, pst, pz = g.city("US")
    d.f("«svc»\n«pob»\n«sd»\n\n«n»", svc=g.ch(["Harbor Mortgage Servicing", "Ironbridge Home Loans", "Lakeview Loan Care"]),
        pob=(f"P.O. Box {g.ri(1000, 99999)}, {pc}, {pst} {pz}{g.dg(2)}", ADDR), sd=(g.date("en", "us_long"), DT),
        n=(g.fmtname(f, l, c, g.ch(["caps", "full"])), PER))
    if co:
        d.f("\n«co»", co=(co, PER))
    d.f("\n«a»\n\nLoan number: «ln»\nProperty: «pa»\n\n", a=(a, ADDR), ln=(g.acct(), ACCT), pa=(g.addr("US", ml=False), ADDR))
    v = g.ri(0, 1)
    if v == 0:
        d.f("ANNUAL ESCROW ACCOUNT DISCLOSURE STATEMENT\nOur analysis shows a shortage of $«sh». Your new monthly payment "
            "of $«pm» is effective «eff».\nProjected disbursements: County tax $«tx», Hazard ins. $«hz».\n",
            sh=f"{g.ri(100, 2500)}.{g.dg(2)}", pm=f"{g.ri(900, 4200)}.{g.dg(2)}", eff=(g.date("en", "us_long"), DT),
            tx=f"{g.ri(1, 9)},{g.dg(3)}.{g.dg(2)}", hz=f"{g.ri(600, 3000)}.{g.dg(2)}")
    else:
        d.f("PAYOFF STATEMENT — good through «gt»\nPrincipal $«p»  Interest $«i»  Per diem $«pd»\nWire funds to "
            "«bank», ABA «aba», acct «ac», ref loan «ref».\n", gt=(g.date("en", "us_num"), DT),
            p=f"{g.ri(50, 600)},{g.dg(3)}.{g.dg(2)}", i=f"{g.ri(100, 999)}.{g.dg(2)}", pd=f"{g.ri(10, 90)}.{g.dg(2)}",
            bank=g.ch(["First Horizon Bank", "U.S. Bank N.A."]), aba=g.dg(9), ac=(g.acct(), ACCT), ref=g.dg(6))
    d.f("\nQuestions? Call «ph» (Mon-Fri 8 AM-8 PM ET) or visit «u».\n", ph=(g.phone("TOLL"), PH), u=(g.url("secure.harborbank.com"), URL))


@dom("student_visa_i20")
def _i20(g, d):
    cc = g.ch(["IN", "CN", "KR", "JP", "BR", "TR", "NG" if False else "IN"])
    f, l, c = g.name(g.cult(cc))
    bc = g.city(cc)[0]
    if g.p(0.5):
        d.f("FORM I-20 DATA SUMMARY (internal copy)\nSEVIS ID: N00«sev»\nSurname/Primary name: «ln»\nGiven name: «fn»\n"
            "Date of birth: «dob»\nCity of birth: «bc»\nCountry of birth: «cb»\nLevel: «lv»   Major: «mj» (CIP «cip»)\n"
            "Program start: «ps»   Program end: «pe»\nU.S. address: «ad»\nEmail: «em»\nPhone: «ph»\n"
            "DSO: «dso»   Issued «iss»\n", sev=g.dg(8), ln=(l.upper(), PER), fn=(f.upper(), PER), dob=(g.dob("en", y0=1994, y1=2006), DOB),
            bc=(bc, LOC), cb=(COUNTRY[cc], LOC), lv=g.ch(["Master's", "Bachelor's", "Doctorate"]),
            mj=g.ch(["Computer Science", "Data Analytics", "Mechanical Engineering", "Public Health"]),
            cip=f"{g.dg(2)}.{g.dg(4)}", ps=(g.date("en", "us_num"), DT), pe=(g.date("en", "us_num"), DT),
            ad=(g.addr("US", ml=False), ADDR), em=(g.email(f, l), EM), ph=(g.phone("US"), PH), dso=(g.person(), PER),
            iss=(g.date(), DT))
    else:
        d.f("Hi «fn»,\n\nYour updated I-20 is ready. Please bring your passport and I-94 to the International Student Office "
            "on «appt». Reminder: your OPT start date «opt» must be requested before «dl».\n\nWe have your home-country "
            "address as «ha» and phone «hp». Please confirm your local address «la» is current.\n",
            fn=(f, PER), appt=(g.dt("en", wd=True), DT), opt=(g.date(), DT), dl=(g.date(), DT), ha=(g.addr(cc), ADDR),
            hp=(g.phone(cc), PH), la=(g.addr("US", ml=False), ADDR))
        sig(g, d, "US", title="Designated School Official", email=g.email(dom="intl.stateu.edu"))


@dom("refugee_resettlement")
def _refugee(g, d):
    cult = g.ch(["ar", "ar", "ru", "vi", "in", "ng"])
    f, l, c = g.name(cult)
    origin = g.ch(["Aleppo, Syria", "Kabul, Afghanistan", "Kharkiv, Ukraine", "Goma, DR Congo", "Sittwe, Myanmar"])
    cw, interp = g.person(), g.person(cult)
    d.f("CASE NOTE — Reception & Placement\nCase #: «cn»   Caseworker: «cw»\nDate of contact: «dc»\n\n"
        "Family arrived «arr» (flight via IST → JFK → «iata»). PA «pa» (DOB «dob») from «org»; spouse «sp» (DOB «dob2»); "
        "children «k1» (DOB «dob3») and «k2».\n", cn=f"US-{g.dg(3)}-{g.dg(6)}", cw=(cw, PER), dc=(g.date(), DT),
        arr=(g.dt(), DT), iata=g.ch(["SAC", "BOI", "TUS", "ALB"]), pa=(g.fmtname(f, l, c, g.ch(["full", "capslastfirst"])), PER),
        dob=(g.dob(y0=1970, y1=1998), DOB), org=(origin, LOC), sp=(g.person(cult), PER), dob2=(g.dob(y0=1972, y1=2000), DOB),
        k1=(g.name(cult)[0], PER), dob3=(g.dob(y0=2010, y1=2022), DOB), k2=(g.name(cult)[0], PER))
    d.f("\nHousing: «ad» (lease start «ls»). Interpreter «it» («lang») by phone «ph».\n", ad=(g.addr("US"), ADDR),
        ls=(g.date(), DT), it=(interp, PER), lang=g.ch(["Arabic", "Dari", "Ukrainian", "Swahili", "Rohingya"]), ph=(g.phone("US"), PH))
    d.f("Benefits: Medicaid ID «md» approved «ap»; SSN card received for PA: «ssn». Health screening scheduled «hs» at "
        "County Refugee Clinic, MRN «mrn».\nFollow-up: enroll «k1b» in school; ESL class Tue/Thu.\n",
        md=(g.hpn(), HPN), ap=(g.date(), DT), ssn=(g.ssn(), SSN), hs=(g.dt(), DT), mrn=(g.mrn(), MRN), k1b=(g.name(cult)[0], PER))


@dom("cemetery_deed")
def _cemetery(g, d):
    f, l, c = g.name()
    dec_f = g.name(c)[0]
    v = g.ri(0, 2)
    cem = g.ch(["Greenlawn Memorial Park", "St. Agnes Catholic Cemetery", "Riverside Cemetery Association"])
    if v == 0:
        d.f("CERTIFICATE OF INTERMENT RIGHTS\n«cem»\n\nKnow all persons that «cem» grants to «n» of «ad» the exclusive right "
            "of interment in Section «sec», Lot «lot», Graves «gr», subject to the rules of the Association.\n"
            "Consideration: $«amt». Executed «ex».\nDeed No. «dn»\n", cem=cem, n=(g.fmtname(f, l, c, g.ch(["full", "caps"])), PER),
            ad=(g.addr("US", ml=False), ADDR), sec=g.ch("ABCDEFGH"), lot=g.ri(1, 300), gr=f"{g.ri(1, 4)}-{g.ri(5, 8)}",
            amt=f"{g.ri(2, 9)},{g.dg(3)}.00", ex=(g.date("en", "us_long"), DT), dn=g.dg(5))
    elif v == 1:
        d.f("INTERMENT ORDER\nDecedent: «dn»\nBorn: «dob»   Died: «dod»\nInterment: «it»\nGrave: «sec»-«lot»-«gr»\n"
            "Funeral home: «fh»   Director: «fd»\nNext of kin / authorizing agent: «nk» («rel»), «ph»\n",
            dn=(f"{dec_f} {l}".upper(), PER), dob=(g.dob(y0=1925, y1=1960), DOB), dod=(g.date(), DT), it=(g.dt(wd=True), DT),
            sec=g.ch("ABCDEF"), lot=g.ri(1, 300), gr=g.ri(1, 6), fh=g.ch(["Hillside Funeral Home", "O'Neil & Sons Mortuary"]),
            fd=(g.person(), PER), nk=(g.fmtname(f, l, c), PER), rel=g.ch(REL), ph=(g.phone("US"), PH))
    else:
        d.f("PRE-NEED PAYMENT AUTHORIZATION — «cem»\nPurchaser: «n»\nBilling address: «ad»\nCard number: «cc»   Exp: «ex»\n"
            "Monthly installment $«amt» on the «day»th, first draft «fd»\nPhone «ph»   Email «em»\n",
            cem=cem, n=(g.fmtname(f, l, c), PER), ad=(g.addr("US"), ADDR), cc=(g.card(), CC), ex=f"{g.ri(1, 12):02d}/{g.ri(26, 31)}",
            amt=f"{g.ri(40, 300)}.00", day=g.ri(1, 28), fd=(g.date(), DT), ph=(g.phone("US"), PH), em=(g.email(f, l), EM))


@dom("animal_control")
def _animal(g, d):
    f, l, c = g.name()
    pet = g.ch(["Rocky", "Bella", "Zeus", "Luna", "Tank", "Coco", "Diesel", "Max"])
    a = g.addr_parts("US")
    if g.p(0.35):
        d.f("311 Service Request SR-«sr» — Animal Services\nSubmitted via app «ts»\n\nName: «n»\nPhone: «ph»\nEmail: «em»\n"
            "Location of issue: «ad»\n\nDescription: Neighbor's dog (\"«pet»\") barks from 5am every day and got loose twice. I think the "
            "owner is «ow». Spoke to him on «dd» with no change. Please call after «t».\n", sr=g.dg(8), ts=_logts(g)[:16],
            n=(g.fmtname(f, l, c, g.ch(["full", "lower"])), PER), ph=(g.phone("US"), PH), em=(g.email(f, l), EM),
            ad=(g.addr("US", ml=False, parts=a), ADDR), pet=pet, ow=(g.person(style=g.ch(["full", "last"])), PER),
            dd=(g.date("en", wd=g.p(0.5)), DT), t=(g.time("en"), DT))
        return
    d.f("ANIMAL SERVICES INCIDENT REPORT   #AS-«no»\nReceived: «rc»\nType: «ty»\nOfficer: «of» (Badge «bd»)\n\n",
        no=g.dg(7), rc=(g.dt("en", "us_num"), DT), ty=g.ch(["Bite - dog to human", "Loose aggressive dog", "Barking nuisance"]),
        of=(g.person(), PER), bd=g.dg(4))
    d.f("Complainant: «cp»  Ph: «cph»  Addr: «ca»\nOwner: «ow»  Ph: «oph»\nOwner address: «oa»\n", cp=(g.person(), PER),
        cph=(g.phone("US"), PH), ca=(g.addr("US", ml=False), ADDR), ow=(g.fmtname(f, l, c, g.ch(["full", "capslastfirst"])), PER),
        oph=(g.phone("US"), PH), oa=(g.addr("US", ml=False, parts=a), ADDR))
    d.f("Animal: «pet», «br», «col»; rabies tag «tag», microchip «chip».\n\nNarrative: On «dt» the dog «pet» got out "
        "through a broken gate and bit «vic» (DOB «vd») on the left calf. Victim treated at «hosp». Owner provided vaccination "
        "record from «vet» dated «vx». Dog placed on 10-day home quarantine ending «qe».\n",
        pet=pet, br=g.ch(["pit mix", "German shepherd", "lab mix", "husky"]), col=g.ch(["brindle", "black/tan", "white"]),
        tag=f"{g.ri(2023, 2025)}-{g.dg(5)}", chip=g.dg(15), dt=(g.dt("en", wd=True), DT), vic=(g.person(), PER),
        vd=(g.dob(y0=1950, y1=2016), DOB), hosp=g.ch(["St. Luke's ER", "Mercy Urgent Care"]),
        vet=g.ch(["Banfield Pet Hospital", "Paws & Claws Veterinary"]), vx=(g.date(), DT), qe=(g.date(), DT))


@dom("boat_registration")
def _boat(g, d):
    f, l, c = g.name()
    st = g.ch([("FL", "Florida"), ("MN", "Minnesota"), ("WA", "Washington"), ("MI", "Michigan"), ("TX", "Texas")])
    if g.p(0.35):
        d.f("«stn» DEPARTMENT OF NATURAL RESOURCES\nWATERCRAFT RENEWAL NOTICE\n\n«n»\n«ad»\n\nRegistration «reg» (HIN «hin») expires «ex».\n"
            "Renewal fee: $«fee». Renew online at «u» or at any deputy registrar in «cty».\nQuestions: «ph»\n",
            stn=st[1].upper(), n=(g.fmtname(f, l, c, "caps"), PER), ad=(g.addr("US", ml=True, caps=True), ADDR),
            reg=f"{st[0]} {g.dg(4)} {g.rs(2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}", hin=g.pat("AAANNNNNANNN"), ex=(g.date("en", "us_long"), DT),
            fee=g.ri(20, 120), u=(g.url(q=False), URL), cty=(g.ch(["Hennepin", "Monroe", "Pierce", "Kent"]) + " County", LOC),
            ph=(g.phone("US"), PH))
        return
    d.f("«stn» VESSEL REGISTRATION / TITLE APPLICATION\n\n", stn=st[1].upper())
    rows = [("Owner name", (g.fmtname(f, l, c, g.ch(["full", "capslastfirst", "mid"])), PER)), ("Date of birth", (g.dob(), DOB)),
            ("Driver license no.", [(g.dl(), DL), f" ({st[0]})"]), ("Residence address", (g.addr("US", ml=False), ADDR)),
            ("County of principal use", [(g.ch(["Hennepin", "Monroe", "Pierce", "Galveston", "Kent"]) + " County", LOC)]),
            ("Phone", (g.phone("US"), PH)), ("Email", (g.email(f, l), EM))]
    if g.p(0.4):
        rows.append(("Social Security No.", (g.ssn(), SSN)))
    else:
        rows.append(("SSN (last four)", f"XXX-XX-{g.dg(4)}"))
    d.kv(rows[:1] + g.shuf(rows[1:]))
    d.f("\nHull ID (HIN): «hin»\nMake/Model: «mk»   Year: «yr»   Length: «ln» ft   Hull: «hm»\nPrevious reg. no.: «reg»\n"
        "Purchased from: «sel» on «pd» for $«amt»\nCo-owner: «co»\n", hin=g.pat("AAANNNNNANNN"), mk=g.ch(["Bayliner Element E18",
        "Lund 1775 Impact", "Sea Ray SPX 190", "Boston Whaler 170 Montauk"]), yr=g.ri(1998, 2024), ln=g.ri(14, 28),
        hm=g.ch(["Fiberglass", "Aluminum"]), reg=f"{st[0]} {g.dg(4)} {g.rs(2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}",
        sel=(g.person(), PER), pd=(g.date(), DT), amt=f"{g.ri(3, 60)},{g.dg(3)}", co=(g.person(c), PER) if g.p(0.5) else "none")


@dom("aviation_medical")
def _avmed(g, d):
    f, l, c = g.name()
    ame = g.person()
    if g.p(0.55):
        d.f("FAA MedXPress Application Summary — Confirmation «cn»\n\n", cn=g.rs(8, UPNUM))
        rows = [("Last name", (l.upper(), PER)), ("First name", (f.upper(), PER)), ("Date of birth", (g.dob("en", "us_num"), DOB)),
                ("SSN", (g.ssn(), SSN) if g.p(0.5) else "Not provided"), ("Address", (g.addr("US", ml=False), ADDR)),
                ("Phone", (g.phone("US"), PH)), ("Email", (g.email(f, l), EM)), ("Class applied for", g.ch(["First", "Second", "Third", "BasicMed"])),
                ("Total pilot time", f"{g.ri(40, 12000)} hrs"), ("Pilot certificate", f"{g.ch(['Private', 'Commercial', 'ATP'])} #{g.dg(7)}")]
        d.kv(rows[:3] + g.shuf(rows[3:]))
        d.f("18.x Medical history: «mh»\nCurrent medications: «med»\nAME exam scheduled: «ex» with Dr. «ame»\n",
            mh=g.ch(["hypertension (controlled)", "none", "ADHD as child, no meds since age 12", "kidney stone 2019"]),
            med=g.ch(["lisinopril 10 mg", "none", "loratadine PRN"]), ex=(g.dt(), DT), ame=(ame, PER))
    else:
        d.t("PILOT LOGBOOK — page export\nDate        Aircraft   From  To    Remarks                      Total\n")
        for _ in range(g.ri(4, 7)):
            d.f("«dt»  «ac»  «fr»  «to»  «rm»  «tt»\n", dt=(g.date("en", "iso"), DT), ac=g.ch(["N172SP", "N5291K", "C-GKXQ"]),
                fr=g.ch(["KPAO", "KSQL", "KHWD", "CYTZ"]), to=g.ch(["KSAC", "KMRY", "KLVK", "CYOO"]),
                rm=g.ch(["XC dual w/ CFI", "solo pattern work ", "night landings x3", "IFR practice approaches"]).ljust(27)[:27],
                tt=f"{g.ri(8, 40) / 10:.1f}")
        d.f("\nEndorsement: I certify that «st» has received the training required by 14 CFR 61.87. «ins», CFI «cfi» exp «ex»\n",
            st=(g.fmtname(f, l, c), PER), ins=(g.person(), PER), cfi=g.dg(7), ex=(g.date("en", "us_num"), DT))


@dom("ham_radio_license")
def _ham(g, d):
    f, l, c = g.name()
    call = g.ch(["K", "W", "N", "KD", "KE", "AB"]) + g.dg(1) + g.rs(g.ri(2, 3), string.ascii_uppercase)
    if g.p(0.5):
        d.f("ULS License — Amateur «cls» — «call» — «nm»\nFRN: 00«frn»   File #: «file»\nGrant: «gd»   Effective: «ef»   "
            "Expiration: «ex»\nLicensee: «nm2»\nAddress: «ad»\nEmail: «em»\n", cls=g.ch(["Technician", "General", "Amateur Extra"]),
            call=call, nm=(f"{l.upper()}, {f.upper()}", PER), frn=g.dg(8), file=g.dg(10), gd=(g.date("en", "us_num"), DT),
            ef=(g.date("en", "us_num"), DT), ex=(g.date("en", "us_num", y0=2033, y1=2035), DT), nm2=(g.fmtname(f, l, c), PER),
            ad=(g.addr("US", ml=True), ADDR), em=(g.email(f, l), EM))
    else:
        d.f("VE session report — «loc», «dt»\nLiaison: «li», «lph»\n\n", loc=(g.loc("US", "cityreg"), LOC), dt=(g.date(), DT),
            li=(g.person(), PER), lph=(g.phone("US"), PH))
        for _ in range(g.ri(3, 5)):
            nm = g.person(style=g.ch(["full", "caps"]))
            d.f("Candidate «n»  Element «el»  «res»  FRN 00«frn»\n", n=(nm, PER), el=g.ch(["2", "3", "4"]),
                res=g.ch(["PASS", "PASS", "FAIL"]), frn=g.dg(8))
        d.f("VEs: «v1», «v2», «v3». Fees collected: $«fee». New callsigns will post to ULS within 10 days. 73 de «call»\n",
            v1=(g.person(), PER), v2=(g.person(), PER), v3=(g.person(), PER), fee=g.ri(15, 90), call=call)


@dom("locksmith_work_order")
def _locksmith(g, d):
    f, l, c = g.name()
    a = g.addr("US", ml=False)
    d.f("WORK ORDER #«wo»   «co»\nDispatched: «dt»   Tech: «tech»\n", wo=g.dg(6),
        co=g.ch(["A-1 Lock & Key", "KeyMasters Mobile Locksmith", "Pop-A-Lock"]), dt=(g.dt("en", "us_num"), DT),
        tech=(g.person(style=g.ch(["full", "first"])), PER))
    rows = [("Customer", (g.fmtname(f, l, c), PER)), ("Callback", (g.phone("US"), PH)), ("Service address", (a, ADDR)),
            ("ID verified", ["DL ", (g.dl(), DL)])]
    d.kv(rows[:1] + g.shuf(rows[1:]))
    d.f("\nJob: «job»\n", job=g.ch(["Residential lockout, front door Kwikset SmartKey; rekeyed 3 cylinders (Kwikset KW1)",
                                     "Safe opening - Liberty gun safe, dial lock; reset combination", "Car lockout 2018 Camry; no damage",
                                     "Install Schlage Encode deadbolt + program user codes"]))
    d.f("New code / combination given to customer: «pw»\nLockbox for property manager «pm»: code «lb»\n",
        pw=(g.ch([g.dg(4), g.dg(6), f"{g.ri(10, 99)}-{g.ri(10, 99)}-{g.ri(10, 99)}"]), PW), pm=(g.person(), PER), lb=(g.dg(4), PW))
    if g.p(0.5):
        d.f("Payment: card «cc» exp «ex», approved $«amt»\n", cc=(g.card(), CC), ex=f"{g.ri(1, 12):02d}/{g.ri(26, 31)}", amt=g.ri(89, 450))
    else:
        d.f("Payment: «mc» approved $«amt» (auth «auth»)\n", mc=g.masked_card(), amt=g.ri(89, 450), auth=g.rs(6, UPNUM))
    d.f("Customer signature: «n»\n", n=(g.fmtname(f, l, c), PER))


@dom("pest_control_ticket")
def _pest(g, d):
    f, l, c = g.name()
    cc = g.ch(["US", "US", "AU", "CA"])
    if g.p(0.35):
        t1, t2 = g.ch([("8:00 AM", "10:00 AM"), ("10:00 AM", "12:00 PM"), ("1:00 PM", "3:00 PM"), ("08:00", "10:00"), ("13:00", "15:00")])
        d.f("Hi «fn»,\n\nYour «svc» is confirmed for «dd», arrival window «t1»–«t2». Your technician is «tech».\n"
            "Service address: «ad»\nAccount: «ac»\nReschedule: «u»\n\nPlease secure pets and leave the side gate unlocked "
            "(we have code «gc» on file).\n\n— «co» Customer Care, «ph»\n", fn=(f, PER), svc=g.ch(["quarterly pest service", "termite inspection", "rodent follow-up"]),
            dd=(g.date("en", wd=True), DT), t1=(t1, DT), t2=(t2, DT), tech=(g.person(style="first"), PER),
            ad=(g.addr(cc, ml=False), ADDR), ac=(g.acct(), ACCT), u=(g.url(q=True), URL), gc=(g.dg(4), PW),
            co=g.ch(["Bugout Pest Solutions", "GreenShield Termite & Pest"]), ph=(g.phone("TOLL" if cc == "US" else cc), PH))
        return
    d.f("SERVICE TICKET — «co»\nAcct: «ac»   Route «rt»\nCustomer: «cu»\nService address: «ad»\nPhone: «ph»   Email: «em»\n"
        "Scheduled: «sc»\n", co=g.ch(["Bugout Pest Solutions", "Terminix", "GreenShield Termite & Pest"]), ac=(g.acct(), ACCT),
        rt=g.ri(10, 99), cu=(g.fmtname(f, l, c, g.ch(["full", "lastfirst", "caps"])), PER), ad=(g.addr(cc, ml=False), ADDR),
        ph=(g.phone(cc), PH), em=(g.email(f, l), EM), sc=(g.dt("en", wd=g.p(0.3)), DT))
    d.f("Gate code: «gc»   Dog in yard («pet») — call before entering.\n\nTarget: «tg»\nProducts: «pr»\n"
        "Tech: «tech», lic. «lic»\nFindings: «fi»\nNext service: «nx»\n", gc=(g.dg(g.ch([4, 4, 5, 6])), PW),
        pet=g.ch(["Biscuit", "Odin", "Pepper"]), tg=g.ch(["German cockroach", "subterranean termites", "ants, spiders", "rodents"]),
        pr=g.ch(["Termidor SC (EPA Reg 7969-210) 0.06%", "Advion Cockroach Gel, Alpine WSG", "Contrac Blox bait stations x4"]),
        tech=(g.person(style=g.ch(["full", "first"])), PER), lic=g.pat("NNNNNN"),
        fi=g.ch(["activity behind fridge, sanitation issue noted", "mud tubes at garage slab", "no activity"]),
        nx=(g.date("en", "us_short"), DT))


@dom("daycare_enrolment")
def _daycare(g, d):
    cc = g.ch(["CA", "CA", "US", "AU"])
    f, l, c = g.name(g.cult(cc))
    kid = g.name(c)[0]
    p2 = g.name(c)
    if g.p(0.3):
        d.f("INCIDENT / ACCIDENT REPORT — Little Sprouts Early Learning\nChild: «k»   DOB: «kd»   Room: «rm»\nDate/time of incident: «dt»\n\n"
            "What happened: «what»\nFirst aid: ice pack 10 min, «staff» (ECE) observed, no further concerns.\n"
            "Parent notified: «par» by phone «ph» at «nt».\nParent signature: ____________  Date: «sd»\n",
            k=(f"{kid} {l}", PER), kd=(g.dob("en", y0=2020, y1=2024), DOB), rm=g.ch(["Toddler 2", "Preschool B", "Infant Room"]),
            dt=(g.dt("en"), DT), what=g.ch(["tripped on the playground mat and bumped forehead", "bitten on the arm by a peer",
                                            "pinched finger in cubby door"]), staff=(g.person(style="first"), PER),
            par=(g.fmtname(f, l, c), PER), ph=(g.phone(cc), PH), nt=(g.time("en"), DT), sd=(g.date("en"), DT))
        return
    d.t(g.ch(["CHILD ENROLMENT FORM\n", "Little Sprouts Early Learning — Registration\n"]))
    rows = [("Child's name", (f"{kid} {l}", PER)), ("Child's date of birth", (g.dob("en", "gb_long" if cc != "US" else None, y0=2020, y1=2024), DOB)),
            ("Start date", (g.date("en"), DT)), ("Health card #", (g.hpn() if cc != "CA" else f"{g.dg(4)}-{g.dg(3)}-{g.dg(3)}-{g.rs(2, 'ABCDEFGHJKLMN')}", HPN)),
            ("Parent/guardian 1", (g.fmtname(f, l, c), PER)), ("Cell", (g.phone(cc), PH)), ("Email", (g.email(f, l), EM)),
            ("Parent/guardian 2", (g.fmtname(p2[0], p2[1], c), PER)), ("Work phone", (g.phone(cc), PH)),
            ("Home address", (g.addr(cc), ADDR))]
    d.kv(rows[:2] + g.shuf(rows[2:]))
    d.f("\nAuthorized pick-up: «a1» («r1»), «a2»\nPick-up password: «pw»\nAllergies: «al»\nPhysician: Dr. «doc», «dph»\n",
        a1=(g.person(c), PER), r1=g.ch(["grandmother", "aunt", "nanny"]), a2=(g.person(), PER),
        pw=(g.ch([g.ch(WORDS) + g.dg(2), g.ch(WORDS).capitalize(), g.password()]), PW), al=g.ch(["peanuts (EpiPen in bag)", "none", "dairy"]),
        doc=(g.name()[1], PER), dph=(g.phone(cc), PH))
    if g.p(0.5):
        d.f("Pre-authorized debit from account «ac» (transit «tr»), first withdrawal «fw».\n", ac=(g.acct(), ACCT),
            tr=f"{g.dg(5)}-{g.dg(3)}", fw=(g.date(), DT))


# ---- configuration dumps / developer artefacts ------------------------------------------------
def _dbhost(g):
    return g.ch([f"ec2-{g.ri(3, 54)}-{g.ri(1, 250)}-{g.ri(1, 250)}-{g.ri(1, 250)}.compute-1.amazonaws.com",
                 f"db-{g.rs(6, string.ascii_lowercase)}.{g.ch(['internal', 'prod.local', 'cluster-ro.rds.amazonaws.com'])}",
                 "pg.kestrelsoft.com", "mysql-primary.svc.cluster.local"])


@dom("heroku_config")
def _heroku(g, d):
    app = g.ch(["acme-api-prod", "brightpath-web", "ridgeway-portal", "kestrel-worker", "quantix-staging"])
    v = g.ri(0, 2)
    user, db = g.ch(["u9f2kd", "app", "postgres", "svc_" + g.rs(4, string.ascii_lowercase)]), g.ch(["d8k2l1", "appdb", "main"])
    items = [("DATABASE_URL", ["postgres://", user, ":", (g.password(dsn=True), PW), f"@{_dbhost(g)}:5432/{db}"]),
             ("REDIS_URL", ["redis://:", (g.password(dsn=True), PW), "@", (g.ip(v6=False), IP), f":{g.ri(6000, 32000)}"]),
             ("AWS_ACCESS_KEY_ID", (g.aws_ak(), AK)), ("AWS_SECRET_ACCESS_KEY", (g.aws_sk(), SK)),
             ("STRIPE_SECRET_KEY", (g.stripe(), ST)), ("SENDGRID_API_KEY", (f"SG.{g.rs(22, B64U)}.{g.rs(43, B64U)}", GS)),
             ("SESSION_SECRET", (g.rs(g.ch([32, 48, 64]), HEX), GS)), ("SLACK_BOT_TOKEN", (g.slack(), SL)),
             ("GITHUB_TOKEN", (g.ghp(), GH)), ("ADMIN_EMAIL", (g.email(), EM)), ("APP_URL", (g.url(q=False), URL)),
             ("NODE_ENV", "production"), ("WEB_CONCURRENCY", str(g.ri(1, 8))), ("RELEASE_SHA", g.sha()),
             ("SENTRY_RELEASE", g.ver()), ("MAILGUN_API_KEY", (f"key-{g.rs(32, HEX)}", GS)),
             ("FEATURE_FLAGS", "checkout_v2,new_nav"), ("SMTP_PASSWORD", (g.password(), PW)),
             ("LEGACY_API_KEY", "${LEGACY_API_KEY}"), ("JWT_SIGNING_KEY", (g.rs(44, B64), GS)),
             ("SUPABASE_SERVICE_ROLE_KEY", (g.jwt(), JWT)), ("INTERNAL_API_TOKEN", (g.jwt(), JWT))]
    items = items[2:4] + g.r.sample(items[:2] + items[4:], g.ri(6, 11))
    if g.p(0.25):
        items.append(("GITHUB_APP_PRIVATE_KEY", (g.pem("RSA PRIVATE KEY", nl="\\n"), PK)))
    g.r.shuffle(items)
    if v == 0:
        d.f("$ heroku config -a «app»\n=== «app» Config Vars\n", app=app)
        w = max(len(k) for k, _ in items) + 2
        for k, x in items:
            d.t(f"{k}:".ljust(w)).v(x).t("\n")
    elif v == 1:
        d.f("# .env.production — pulled by «who» (do not commit)\n", who=(g.email(), EM))
        for k, x in items:
            q = g.ch(['', '', '"'])
            d.t(f"{k}={q}").v(x).t(f"{q}\n")
    else:
        d.f("$ fly secrets list -a «app»\nNAME                     DIGEST                  CREATED AT\n", app=app)
        for k, _ in items[:4]:
            d.t(f"{k:<24} {g.rs(16, HEX)}        {g.ri(1, 30)}h ago\n")
        d.t("\n$ cat deploy/secrets.backup.env   # old copy, rotate these!\n")
        for k, x in items[4:]:
            d.t(f"export {k}='").v(x).t("'\n")


@dom("package_registry_creds")
def _pkgcreds(g, d):
    parts = g.r.sample(["npmrc", "pypirc", "netrc", "docker", "m2", "gem"], g.ri(2, 4))
    for p in parts:
        if p == "npmrc":
            d.f("==> ~/.npmrc <==\nregistry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=«t»\n"
                "@«sc»:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=«gh»\nalways-auth=true\n\n",
                t=(f"npm_{g.rs(36)}", GS), sc=g.ch(["kestrel", "acme", "brightpath"]), gh=(g.ghp(), GH))
        elif p == "pypirc":
            d.f("==> ~/.pypirc <==\n[distutils]\nindex-servers =\n    pypi\n    internal\n\n[pypi]\nusername = __token__\n"
                "password = «tok»\n\n[internal]\nrepository = «url»\nusername = «u»\npassword = «pw»\n\n",
                tok=(f"pypi-AgEIcHlwaS5vcmc{g.rs(g.ri(60, 120), B64U)}", GS), url=(g.url(g.ch(["pkgs.kestrelsoft.com", "nexus.quantixlabs.io"]), q=False), URL),
                u=g.ch(["ci-bot", "deploy", "jenkins"]), pw=(g.password(), PW))
        elif p == "netrc":
            d.f("==> ~/.netrc <==\nmachine «h» login «u» password «pw»\nmachine api.heroku.com\n  login «em»\n  password «hk»\n\n",
                h=g.ch(["github.com", "gitlab.quantixlabs.io", "bitbucket.org"]), u=g.ch(["dev-" + g.rs(4, string.ascii_lowercase), "oauth2"]),
                pw=(g.ghp(), GH) if g.p(0.5) else (g.password(), PW), em=(g.email(), EM), hk=(g.rs(32, HEX), GS))
        elif p == "docker":
            d.f('==> ~/.docker/config.json <==\n{\n  "auths": {\n    "«reg»": {\n      "auth": "«a»"\n    }\n  },\n'
                '  "credsStore": "desktop"\n}\n\n', reg=g.ch(["https://index.docker.io/v1/", "ghcr.io", "registry.gitlab.com"]),
                a=(base64.b64encode(f"{g.ch(['deploy', 'ci'])}:{g.password()}".encode()).decode(), GS))
        elif p == "m2":
            d.f("==> ~/.m2/settings.xml <==\n<settings>\n  <servers>\n    <server>\n      <id>«id»</id>\n      <username>«u»</username>\n"
                "      <password>«pw»</password>\n    </server>\n  </servers>\n</settings>\n\n", id=g.ch(["releases", "nexus", "artifactory"]),
                u=g.ch(["deployer", "mvn-ci"]), pw=(g.password(), PW))
        else:
            d.f("==> ~/.gem/credentials <==\n---\n:rubygems_api_key: «k»\n\n", k=(f"rubygems_{g.rs(48, HEX)}", GS))


@dom("ssh_pgpass_dump")
def _ssh(g, d):
    me = g.ch(["dev", "ubuntu", "ec2-user", g.rs(5, string.ascii_lowercase)])
    host = g.ch(["build-03", "mbp-jdoe", "bastion", "worker7"])
    d.f("«me»@«h»:~$ cat ~/.ssh/config\n", me=me, h=host)
    for alias in g.r.sample(["prod-db", "bastion", "gpu-box", "staging", "nas"], g.ri(1, 3)):
        d.f("Host «a»\n    HostName «ip»\n    User «u»\n    IdentityFile ~/.ssh/id_ed25519\n", a=alias, ip=(g.ip(v6=g.p(0.1)), IP),
            u=g.ch(["deploy", "admin", "ubuntu"]))
    d.f("«me»@«h»:~$ tail -2 ~/.ssh/known_hosts\n", me=me, h=host)
    for _ in range(2):
        d.f("«ip» ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI«pub»\n", ip=(g.ip(v6=False), IP), pub=g.rs(43, B64))
    if g.p(0.85):
        kind = g.ch(["OPENSSH PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY"])
        d.f("«me»@«h»:~$ cat ~/.ssh/«fn»\n«k»\n", me=me, h=host, k=(g.pem(kind), PK),
            fn={"OPENSSH PRIVATE KEY": "id_ed25519", "RSA PRIVATE KEY": "id_rsa", "EC PRIVATE KEY": "id_ecdsa"}[kind])
    d.f("«me»@«h»:~$ cat ~/.pgpass\n", me=me, h=host)
    for _ in range(g.ri(1, 3)):
        h = (g.ip(v6=False), IP) if g.p(0.5) else _dbhost(g)
        d.v(h).t(f":{g.ch(['5432', '6432', '*'])}:{g.ch(['app', 'analytics', '*'])}:{g.ch(['app_rw', 'readonly', 'postgres'])}:")
        d.e(g.password(dsn=True), PW).t("\n")
    if g.p(0.4):
        d.f("«me»@«h»:~$ cat ~/.my.cnf\n[client]\nuser=root\npassword=«pw»\nhost=«ip»\n", me=me, h=host, pw=(g.password(), PW),
            ip=(g.ip(v6=False), IP))


@dom("jenkins_credentials_xml")
def _jenkins(g, d):
    d.t("<?xml version='1.1' encoding='UTF-8'?>\n<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin=\"credentials@"
        f"{g.ri(1200, 1400)}.v{g.sha(12)}\">\n  <domainCredentialsMap class=\"hudson.util.CopyOnWriteMap$Hash\">\n    <entry>\n"
        "      <java.util.concurrent.CopyOnWriteArrayList>\n")
    kinds = g.r.sample(["up", "up_enc", "str_gh", "str_slack", "ssh", "aws", "str_gen"], g.ri(2, 4))
    for k in kinds:
        cid = g.ch({"up": ["deploy", "nexus", "sonar"], "up_enc": ["artifactory", "db-admin"], "str_gh": ["github-pat", "gh-bot"],
                    "str_slack": ["slack-notify"], "ssh": ["prod-ssh", "bastion-key"], "aws": ["aws-ci", "s3-publisher"],
                    "str_gen": ["datadog-api", "sendgrid", "openai"]}[k]) + "-" + g.rs(4, HEX)
        if k in ("up", "up_enc"):
            pw = (g.password(), PW) if k == "up" else "{AQAAABAAAAAQ" + g.rs(g.ri(40, 60), B64) + "=}"
            d.f("        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n          <id>«id»</id>\n"
                "          <description>«desc»</description>\n          <username>«u»</username>\n          <password>«pw»</password>\n"
                "        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n", id=cid,
                desc=["owner: ", (g.email(), EM)] if g.p(0.4) else "service account", u=g.ch(["svc-ci", "deploy", "admin"]), pw=pw)
        elif k.startswith("str"):
            sec = {"str_gh": (g.ghp(), GH), "str_slack": (g.slack(), SL), "str_gen": (g.secret(), GS)}[k]
            d.f("        <org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>\n          <id>«id»</id>\n"
                "          <secret>«s»</secret>\n        </org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>\n", id=cid, s=sec)
        elif k == "ssh":
            d.f("        <com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey>\n          <id>«id»</id>\n"
                "          <username>jenkins</username>\n          <privateKeySource class=\"...DirectEntryPrivateKeySource\">\n"
                "            <privateKey>«k»</privateKey>\n          </privateKeySource>\n"
                "        </com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey>\n", id=cid,
                k=(g.pem(g.ch(["RSA PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])), PK))
        else:
            d.f("        <com.cloudbees.jenkins.plugins.awscredentials.AWSCredentialsImpl>\n          <id>«id»</id>\n"
                "          <accessKey>«ak»</accessKey>\n          <secretKey>«sk»</secretKey>\n"
                "        </com.cloudbees.jenkins.plugins.awscredentials.AWSCredentialsImpl>\n", id=cid, ak=(g.aws_ak(), AK), sk=(g.aws_sk(), SK))
    d.t("      </java.util.concurrent.CopyOnWriteArrayList>\n    </entry>\n  </domainCredentialsMap>\n"
        "</com.cloudbees.plugins.credentials.SystemCredentialsProvider>\n")


@dom("android_signing")
def _android(g, d):
    pkg = g.ch(["com.kestrel.wallet", "io.brightpath.app", "com.ridgeway.patient", "app.soleil.shop"])
    parts = g.shuf(["keystore", "gradle", "gservices", "local"])[:g.ri(2, 4)]
    for p in parts:
        if p == "keystore":
            d.f("## keystore.properties\nstoreFile=../keys/release.jks\nstorePassword=«sp»\nkeyAlias=«al»\nkeyPassword=«kp»\n\n",
                sp=(g.password(), PW), al=g.ch(["upload", "release", "key0"]), kp=(g.password(), PW))
        elif p == "gradle":
            d.f("## app/build.gradle (excerpt)\nandroid {\n    namespace '«pkg»'\n    defaultConfig { versionCode «vc»; versionName \"«vn»\" }\n"
                "    signingConfigs {\n        release {\n            storePassword \"«sp»\"\n            keyPassword System.getenv(\"KEY_PASSWORD\")\n"
                "        }\n    }\n    buildTypes.each { it.buildConfigField 'String', 'MAPS_API_KEY', '\"«mk»\"' }\n}\n\n",
                pkg=pkg, vc=g.ri(10, 900), vn=g.ver(), sp=(g.password(), PW), mk=(f"AIza{g.rs(35, B64U)}", GS))
        elif p == "gservices" and g.p(0.4):
            d.f("## gradle.properties\norg.gradle.jvmargs=-Xmx4g\nmavenS3Url=s3://«bk»/maven\nawsAccessKey=«ak»\nawsSecretKey=«sk»\n\n",
                bk=g.ch(["kestrel-artifacts", "brightpath-maven"]), ak=(g.aws_ak(), AK), sk=(g.aws_sk(), SK))
        elif p == "gservices":
            d.f('## google-services.json (excerpt)\n{\n  "project_info": {"project_number": "«pn»", "project_id": "«pid»"},\n'
                '  "client": [{"client_info": {"mobilesdk_app_id": "1:«pn»:android:«aid»"},\n'
                '    "api_key": [{"current_key": "«k»"}]}]\n}\n\n', pn=g.dg(12), pid=pkg.split(".")[-1] + "-" + g.dg(5),
                aid=g.rs(16, HEX), k=(f"AIza{g.rs(35, B64U)}", GS))
        else:
            d.f("## local.properties\nsdk.dir=/Users/«u»/Library/Android/sdk\nsentry.auth.token=«st»\nrevenuecat.key=«rk»\n"
                "# release notes contact: «em»\n\n", u=g.rs(6, string.ascii_lowercase), st=(f"sntrys_{g.rs(60, B64U)}", GS),
                rk=(f"goog_{g.rs(27)}", GS), em=(g.email(), EM))


@dom("wallet_pass_json")
def _wallet(g, d):
    f, l, c = g.name()
    kind = g.ch(["boardingPass", "storeCard", "eventTicket"])
    d.f('{\n  "formatVersion": 1,\n  "passTypeIdentifier": "pass.com.«org».«k»",\n  "serialNumber": "«sn»",\n  "teamIdentifier": "«tid»",\n'
        '  "webServiceURL": "«ws»",\n  "authenticationToken": "«tok»",\n  "organizationName": "«on»",\n',
        org=g.ch(["skyline", "cedarcoffee", "arenaone"]), k=kind.lower(), sn=g.uuid(), tid=g.rs(10, UPNUM),
        ws=(g.url(g.ch(["passes.skylineair.com", "wallet.cedarcoffee.co", "tickets.arenaone.live"]), q=False), URL),
        tok=(g.rs(g.ch([32, 40]), ALNUM), GS), on=g.ch(["Skyline Air", "Cedar Coffee Co.", "Arena One"]))
    if kind == "boardingPass":
        d.f('  "relevantDate": "«rd»",\n  "boardingPass": {\n    "transitType": "PKTransitTypeAir",\n'
            '    "primaryFields": [{"key": "origin", "value": "«o»"}, {"key": "destination", "value": "«de»"}],\n'
            '    "auxiliaryFields": [{"key": "passenger", "label": "PASSENGER", "value": "«p»"},\n'
            '                        {"key": "seat", "value": "«seat»"}, {"key": "ff", "label": "SKYMILES", "value": "«ff»"}]\n  },\n'
            '  "barcode": {"format": "PKBarcodeFormatPDF417", "message": "M1«bc»"}\n}\n',
            rd=(f"{g.dobj().isoformat()}T{g.ri(5, 22):02d}:{g.ch(['05', '30', '45'])}:00{g.ch(['-07:00', '+01:00', 'Z'])}", DT),
            o=g.ch(["SFO", "JFK", "LHR", "NRT"]), de=g.ch(["SEA", "ORD", "CDG", "ICN"]), p=(f"{l.upper()}/{f.upper()}", PER),
            seat=f"{g.ri(1, 40)}{g.ch('ABCDEF')}", ff=(g.dg(10), ACCT), bc=g.rs(20, UPNUM))
    elif kind == "storeCard":
        d.f('  "storeCard": {\n    "primaryFields": [{"key": "balance", "label": "STARS", "value": «b»}],\n'
            '    "secondaryFields": [{"key": "member", "label": "MEMBER", "value": "«p»"}, {"key": "num", "label": "CARD #", "value": "«ac»"}],\n'
            '    "backFields": [{"key": "bday", "label": "BIRTHDAY", "value": "«bd»"}, {"key": "help", "value": "«ph»"}]\n  }\n}\n',
            b=g.ri(0, 400), p=(g.fmtname(f, l, c), PER), ac=(g.dg(16) if g.p(0.3) else g.acct(), ACCT), bd=(g.dob(), DOB),
            ph=(g.phone("TOLL"), PH))
    else:
        d.f('  "relevantDate": "«rd»",\n  "eventTicket": {\n    "primaryFields": [{"key": "event", "value": "«ev»"}],\n'
            '    "secondaryFields": [{"key": "loc", "label": "VENUE", "value": "«ven»"}, {"key": "holder", "value": "«p»"}],\n'
            '    "auxiliaryFields": [{"key": "sec", "value": "Sec «s» Row «r» Seat «st»"}]\n  }\n}\n',
            rd=(f"{g.dobj().isoformat()}T{g.ri(17, 21)}:00:00-05:00", DT), ev=g.ch(["Hollow Pines Tour", "City FC vs Rovers", "Swan Lake"]),
            ven=[(g.ch(["Arena One", "Civic Hall"]), None), ", ", (g.loc("US", "cityreg"), LOC)], p=(g.fmtname(f, l, c), PER),
            s=g.ri(100, 330), r=g.ch("ABCDEFGHJK"), st=g.ri(1, 30))


@dom("shopify_order_webhook")
def _shopify(g, d):
    cc = g.ch(["US", "CA", "AU", "GB"])
    f, l, c = g.name(g.cult(cc))
    a = g.addr_parts(cc)
    d.f("POST /webhooks/orders/create HTTP/1.1\nX-Shopify-Topic: orders/create\nX-Shopify-Hmac-Sha256: «h»\n"
        "X-Shopify-Shop-Domain: «shop».myshopify.com\nX-Shopify-Webhook-Id: «wid»\n\n", h=g.rs(43, B64) + "=",
        shop=g.ch(["copper-comb", "soleil-home", "trailhead-gear"]), wid=g.uuid())
    d.f('{"id":«oid»,"order_number":«on»,"email":"«em»","created_at":"«ca»","currency":"«cur»","total_price":"«tp»",\n'
        ' "browser_ip":"«ip»","phone":«ph»,\n', oid=g.dg(13), on=g.ri(1001, 99999), em=(g.email(f, l), EM),
        ca=f"{g.dobj().isoformat()}T{g.ri(0, 23):02d}:{g.ri(0, 59):02d}:{g.ri(0, 59):02d}-04:00", cur="USD", tp=f"{g.ri(10, 600)}.{g.dg(2)}",
        ip=(g.ip(), IP), ph=["\"", (g.phone(cc), PH), "\""] if g.p(0.6) else "null")
    for key in g.ch([["billing_address", "shipping_address"], ["shipping_address"]]):
        d.f(' "«k»":{"first_name":"«fn»","last_name":"«ln»","address1":"«a1»","address2":«a2»,"city":"«ci»",'
            '"province":"«pr»","zip":"«z»","country":"«co»","country_code":"«cc»"},\n', k=key, fn=(f, PER), ln=(l, PER),
            a1=(a["street"], ADDR), a2=["\"", (g.ch(["Apt 2", "Unit 5", "Suite 300"]), ADDR), "\""] if g.p(0.3) else "null",
            ci=(a["city"], LOC), pr=(a["region"], LOC) if a["region"] else "", z=a["pc"], co=(COUNTRY[cc], LOC), cc=cc)
    d.f(' "line_items":[{"sku":"«sku»","title":"«t»","quantity":«q»}],\n "note":"«note»"}\n', sku=g.pat("AAA-NNNN-AA"),
        t=g.ch(["Linen duvet set - Queen", "Trail runner 2 (M 10.5)", "Cast iron skillet 12in"]), q=g.ri(1, 3),
        note=["Gift for ", (g.name(c)[0], PER), " - please leave with neighbor"] if g.p(0.5) else "")


@dom("zapier_task_history")
def _zapier(g, d):
    f, l, c = g.name()
    em = g.email(f, l)
    d.f("Zap: «zap»\nTask ID: «tid»   Status: «st»   Ran: «ran»\n\nStep 1 — Trigger: «trig»\n  Data out:\n",
        zap=g.ch(["New Typeform lead → HubSpot + Slack", "Calendly invitee → Google Sheets", "Stripe charge → QuickBooks"]),
        tid=g.dg(11), st=g.ch(["Success", "Halted", "Errored"]), ran=f"{_logts(g)[:19]} UTC",
        trig=g.ch(["Typeform: New Entry", "Calendly: Invitee Created", "Webhooks by Zapier: Catch Hook"]))
    rows = [("name", (g.fmtname(f, l, c), PER)), ("email", (em, EM)), ("phone", (g.phone(g.ch(["US", "GB", "AU"])), PH)),
            ("company", g.ch(ORGS)), ("event_start", (f"{g.dobj().isoformat()}T{g.ri(8, 17):02d}:00:00Z", DT)),
            ("message", g.ch(["Need a quote for 40 seats", "Call me after 3pm", "Interested in the Pro plan"]))]
    d.kv(g.shuf(rows), pre="    ")
    d.f("\nStep 2 — Action: Webhooks by Zapier (POST)\n  URL: «u»\n  Headers:\n    Authorization: Bearer «tok»\n"
        "    Content-Type: application/json\n", u=(g.url(q=False), URL), tok=(g.secret(), GS) if g.p(0.6) else (g.jwt(), JWT))
    if g.p(0.5):
        d.f("\nStep 3 — Action: Slack: Send Channel Message\n  Webhook: «wh»\n  Text: New lead «n» («em»)\n",
            wh=(f"https://hooks.slack.com/services/T{g.rs(8, UPNUM)}/B{g.rs(8, UPNUM)}/{g.rs(24)}", URL), n=(g.fmtname(f, l, c, "first"), PER),
            em=(em, EM))
    else:
        d.f("\nStep 3 — Action: Code by Zapier (Python)\n  token = \"«tok»\"  # TODO move to storage\n"
            "  requests.post(\"«u»\", headers={\"Authorization\": f\"Bearer {token}\"}, json={\"text\": \"New lead «n»\"})\n",
            tok=(g.slack(), SL), u=("https://slack.com/api/chat.postMessage", URL), n=(g.fmtname(f, l, c, "first"), PER))


@dom("airtable_csv")
def _airtable(g, d):
    cc = g.ch(["US", "US", "GB", "AU", "CA"])
    base = g.ch(["volunteers", "clinic_intake", "tenants", "alumni", "coaching_clients"])
    cols = {"volunteers": ["Name", "Email", "Phone", "Shirt", "Birthday", "Emergency Contact", "Record ID"],
            "clinic_intake": ["Patient", "DOB", "MRN", "Phone", "Insurance ID", "Next Appt", "Record ID"],
            "tenants": ["Tenant", "Unit Address", "Email", "Phone", "Lease Start", "Acct #", "Record ID"],
            "alumni": ["Full Name", "Class", "Email", "City", "Mobile", "Created"],
            "coaching_clients": ["Client", "Email", "Zoom passcode", "Session", "Phone", "Created"]}[base]
    d.f("# Airtable export: «b» (Grid view)\n", b=base)
    d.csvrow(cols)
    for _ in range(g.ri(3, 7)):
        f, l, c = g.name(g.cult(cc))
        val = {"Name": (g.fmtname(f, l, c, g.ch(["full", "lastfirst"])), PER), "Patient": (g.fmtname(f, l, c, g.ch(["lastfirst", "full"])), PER),
               "Tenant": (g.fmtname(f, l, c), PER), "Full Name": (g.fmtname(f, l, c), PER), "Client": (g.fmtname(f, l, c), PER),
               "Email": (g.email(f, l), EM), "Phone": (g.phone(cc), PH), "Mobile": (g.phone(cc), PH), "Shirt": g.ch(["S", "M", "L", "XL"]),
               "Birthday": (g.dob("en", "iso"), DOB), "DOB": (g.dob("en", "us_num"), DOB), "Emergency Contact": (g.person(c), PER),
               "Record ID": "rec" + g.rs(14), "MRN": (g.mrn(), MRN), "Insurance ID": (g.hpn(), HPN), "Next Appt": (g.dt("en", "iso"), DT),
               "Unit Address": (g.addr(cc, ml=False), ADDR), "Lease Start": (g.date("en", "iso"), DT), "Acct #": (g.acct(), ACCT),
               "Class": str(g.ri(1975, 2024)), "City": (g.loc(cc), LOC), "Created": f"{g.dobj().isoformat()} {g.ri(0, 23):02d}:{g.ri(0, 59):02d}",
               "Zoom passcode": (g.rs(6, ALNUM), PW), "Session": (g.dt("en"), DT)}
        d.csvrow([val[k] for k in cols])


@dom("notion_export")
def _notion(g, d):
    v = g.ri(0, 2)
    if v == 0:
        d.f("# IT onboarding — «team»\n\nOwner: «o» · Last edited «le»\n\n## Shared accounts\n| Service | Login | Password |\n|---|---|---|\n",
            team=g.ch(["Ops", "Front desk", "Marketing"]), o=(g.person(), PER), le=g.ch(["3 days ago", "yesterday", "Mar 4"]))
        for svc in g.r.sample(["Canva", "Mailchimp", "Wi-Fi (Office-5G)", "Printer admin", "Shopify", "Twitter/X", "QuickBooks"], g.ri(3, 5)):
            d.f("| «s» | «l» | «p» |\n", s=svc, l=(g.email(dom="quantixlabs.io"), EM) if g.p(0.6) else "admin", p=(g.password(), PW))
        d.f("\n## Keys (move to 1Password!!)\n- Stripe live: `«sk»`\n- AWS (billing-ro): `«ak»` / `«aws»`\n- Slack bot: `«sl»`\n\n"
            "Door code: «dc» · Alarm: «al»\n", sk=(g.stripe(), ST), ak=(g.aws_ak(), AK), aws=(g.aws_sk(), SK), sl=(g.slack(), SL),
            dc=(g.dg(4), PW), al=(g.dg(6), PW))
        if g.p(0.35):
            d.f("\n## Deploy box key\n```\n«k»\n```\n", k=(g.pem(g.ch(["OPENSSH PRIVATE KEY", "EC PRIVATE KEY"])), PK))
    elif v == 1:
        cc = g.ch(["US", "GB", "AU"])
        d.f("# «ev» planning\n\nDate: «dt»\nVenue: «ven», «va»\nContact at venue: «vc» «vp»\n\n## Vendors\n",
            ev=g.ch(["Offsite 2025", "Mum's 60th", "Product launch"]), dt=(g.dt("en", wd=True), DT), ven=g.ch(["The Old Mill", "Harbour Loft"]),
            va=(g.addr(cc, ml=False), ADDR), vc=(g.person(), PER), vp=(g.phone(cc), PH))
        for role in g.r.sample(["Catering", "DJ", "Photographer", "Florist", "AV"], 3):
            d.f("- [ ] «r»: «n», «ph», «em» — deposit due «due»\n", r=role, n=(g.person(), PER), ph=(g.phone(cc), PH),
                em=(g.email(), EM), due=(g.date("en", "gb_long" if cc != "US" else None), DT))
        d.f("\nDeposit paid on company card «cc» (exp «ex», CVV in vault)\n", cc=(g.card(), CC), ex=f"{g.ri(1, 12):02d}/{g.ri(26, 30)}")
    else:
        f, l, c = g.name()
        d.f("# Family wiki 🏠\n\n## Kids\n- «k1» — born «b1» — pediatrician Dr. «ped» «pp»\n- «k2» — born «b2»\n\n"
            "## Insurance\nMember ID «hp» (plan through «emp»), dental «hp2»\n\n## House\nWi-Fi «ssid» / «wpw»\nGarage keypad: «gk»\n"
            "Nanny «nn»: «np»\n", k1=(g.name(c)[0], PER), b1=(g.dob(y0=2012, y1=2022), DOB), ped=(g.name()[1], PER), pp=(g.phone("US"), PH),
            k2=(g.name(c)[0], PER), b2=(g.dob(y0=2012, y1=2022), DOB), hp=(g.hpn(), HPN), emp=g.ch(ORGS), hp2=(g.hpn(), HPN),
            ssid=g.ch(["NETGEAR-5G", "Casa-WiFi", "TP-Link_4F2A", "FRITZ!Box 7590 XQ"]), wpw=(g.password(), PW), gk=(g.dg(4), PW), nn=(g.person(), PER), np=(g.phone("US"), PH))


@dom("contacts_csv")
def _contacts(g, d):
    d.csvrow(["Name", "Given Name", "Family Name", "Nickname", "Birthday", "Notes", "E-mail 1 - Type", "E-mail 1 - Value",
              "Phone 1 - Type", "Phone 1 - Value", "Address 1 - Formatted"])
    for _ in range(g.ri(3, 6)):
        cc = g.ch(list(CC_CULT))
        f, l, c = g.name(g.cult(cc))
        d.csvrow([(g.fmtname(f, l, c, "full"), PER), (f, PER), (l, PER), g.ch(["", "", "", "Boss", "Doc"]),
                  (g.dob("en", "iso"), DOB) if g.p(0.5) else "", g.ch(["", "met at conf", "dentist", "landlord", "kids' school"]),
                  "* Home", (g.email(f, l), EM), g.ch(["Mobile", "Work", "Home"]), (g.phone(cc if cc in PHONE_FMT else "US"), PH),
                  (g.addr(cc, ml=False), ADDR) if cc in GEO and g.p(0.6) else ""])


# ---- messaging / communications ---------------------------------------------------------------
def _rfc_date(g):
    dt, hms = g.dobj(), f"{g.ri(0, 23):02d}:{g.ri(0, 59):02d}:{g.ri(0, 59):02d}"
    w, m = WEEKDAYS['en'][dt.weekday()][:3], MONTHS['en'][dt.month - 1][:3]
    return (f"{w}, {dt.day} {m} {dt.year} {hms} {g.ch(['+0100', '-0500', '+0000', '-0800', '+0900'])}",
            f"{w} {m} {dt.day:02d} {hms} {dt.year}")


def _mail_body(g, d, f, l, c):
    """Shared e-mail bodies (IT reset / remittance change / dependent enrollment / referral / travel)."""
    k = g.ri(0, 4)
    if k == 0:
        d.f("Hi «fn»,\n\nYour network account has been reset per ticket INC«tk». Temporary password: «pw»\n"
            "You'll be prompted to change it at first login at «u». VPN profile: «vpn» (gateway «ip»).\n", fn=(f, PER),
            tk=g.dg(7), pw=(g.password(), PW), u=(g.url(q=False), URL), vpn=g.ch(["Corp-FullTunnel", "GP-Split"]), ip=(g.ip(v6=False), IP))
    elif k == 1:
        cc = g.ch(["DE", "NL", "GB", "FR", "IT", "ES", "PL"])
        d.f("Dear «fn»,\n\nPlease note that effective «eff» our remittance details have changed. Kindly update your vendor master:\n\n"
            "Account name: «org»\nIBAN: «ib»\nBIC: «bic»\n\nOld account «old» will be closed. Invoices INV-«i1» and INV-«i2» "
            "should be paid to the new account.\n", fn=(g.fmtname(f, l, c, g.ch(["first", "full"])), PER), eff=(g.date("en", "gb_long"), DT),
            org=g.ch(ORGS), ib=(g.iban(cc), IBAN), bic=g.pat("AAAAAAANN"), old=(g.iban(cc), IBAN), i1=g.dg(5), i2=g.dg(5))
    elif k == 2:
        kid = g.name(c)[0]
        d.f("Hi Benefits team,\n\nI'd like to add my «rel» «k» to my medical plan (member ID «hp») due to a qualifying event on «qe».\n"
            "«k2»'s DOB: «dob»\nSSN: «ssn»\nPlease let me know if you need the birth certificate.\n\nThanks,\n«me»\n",
            rel=g.ch(["daughter", "son", "newborn", "stepson"]), k=(f"{kid} {l}", PER), hp=(g.hpn(), HPN), qe=(g.date(), DT),
            k2=(kid, PER), dob=(g.dob(y0=2010, y1=2025), DOB), ssn=(g.ssn(), SSN), me=(f, PER))
    elif k == 3:
        d.f("Dr. «dr»,\n\nReferring «pt» (MRN «mrn», DOB «dob») for «why». Appointment requested «ap». Plan: «hp».\n"
            "Patient's cell «ph». Records attached.\n", dr=(g.name()[1], PER), pt=(g.fmtname(f, l, c), PER), mrn=(g.mrn(), MRN),
            dob=(g.dob(), DOB), why=g.ch(["sleep study", "cardiology consult, new AFib", "dermatology - changing nevus"]),
            ap=(g.dt(), DT), hp=(g.hpn(), HPN), ph=(g.phone("US"), PH))
    else:
        cc = g.ch(["IT", "PT", "ES", "GR", "JP", "FR"])
        a = g.addr_parts(cc)
        d.f("Hey «fn»!\n\nFlights booked 🎉 We land in «city» on «ar». Staying at «ad». My cell there is «ph». "
            "Conf code «pnr» if you need it. Can you pick us up?\n", fn=(f, PER), city=(f"{a['city']}, {COUNTRY[cc]}", LOC),
            ar=(g.dt("en", "gb_long"), DT), ad=(g.addr(cc, ml=False, parts=a), ADDR), ph=(g.phone(g.ch(["US", "GB"])), PH),
            pnr=g.rs(6, UPNUM))


@dom("outlook_msg")
def _outlook(g, d):
    f, l, c = g.name()
    s = g.name()
    dt = g.dobj()
    d.f("From: «sn» <«se»>\nSent: «sent»\nTo: «rn» <«re»>\n", sn=(g.fmtname(s[0], s[1], s[2], g.ch(["full", "lastfirst"])), PER),
        se=(g.email(s[0], s[1], dom=g.ch(["quantixlabs.io", "ridgewayhealth.org", "kestrelsoft.com"])), EM),
        sent=f"{WEEKDAYS['en'][dt.weekday()]}, {MONTHS['en'][dt.month - 1]} {dt.day}, {dt.year} {g.time('en')}",
        rn=(g.fmtname(f, l, c), PER), re=(g.email(f, l), EM))
    if g.p(0.4):
        d.f("Cc: «cn» <«ce»>\n", cn=(g.person(), PER), ce=(g.email(), EM))
    d.f("Subject: «sub»\nImportance: «imp»\n\n", sub=g.ch(["RE: account", "Updated details", "FW: request", "Quick one", "Referral"]),
        imp=g.ch(["Normal", "High"]))
    _mail_body(g, d, f, l, c)
    sig(g, d, "US", name=g.fmtname(s[0], s[1], s[2]), title=g.ch(["IT Service Desk", "Accounts Receivable", "Care Coordinator", None]))


@dom("mbox_thunderbird")
def _mbox(g, d):
    for _ in range(g.ri(1, 2)):
        f, l, c = g.name()
        s = g.name()
        se, re_ = g.email(s[0], s[1]), g.email(f, l, dom=g.ch(["fastmail.com", "posteo.de", "gmx.de", "proton.me"]))
        rd = _rfc_date(g)
        mx = f"mail-{g.rs(3, string.ascii_lowercase)}1-f{g.ri(40, 199)}.google.com"
        d.f("From - «fd»\nX-Mozilla-Status: 0001\nX-Mozilla-Status2: 00000000\nReturn-Path: <«se»>\n"
            "Received: from «mx» («mx» [«ip»])\n\tby mx.«md» (Postfix) with ESMTPS id «qid»\n\tfor <«re»>; «rd»\n"
            "Message-ID: <«mid»@mail.gmail.com>\nDate: «rd»\nFrom: «sn» <«se»>\nTo: «re»\nSubject: «sub»\n"
            "Content-Type: text/plain; charset=\"UTF-8\"\n\n",
            fd=rd[1], se=(se, EM), mx=mx, ip=(g.ip(v6=g.p(0.2), pub=True), IP),
            md=re_.split("@")[1], qid=g.rs(14, ALNUM), re=(re_, EM), rd=rd[0], mid="CA+" + g.rs(30, B64U), sn=(g.fmtname(*s), PER),
            sub=g.ch(["Re: lease", "documents", "trip!!", "Your account", "Fwd: form"]))
        _mail_body(g, d, f, l, c)
        d.t("\n")


@dom("sms_backup_xml")
def _smsxml(g, d):
    cc = g.ch(["US", "US", "GB", "AU", "CA", "IN"])
    f, l, c = g.name(g.cult(cc))
    other = g.name(g.cult(cc))
    num = g.phone(cc).replace(" ", "").replace("(", "").replace(")", "").replace("-", "").replace(".", "")
    msgs = [("1", ["hey it's ", (other[0].lower() if g.p(0.4) else other[0], PER), ", new number, save it"]), ("2", ["wifi pw is ", (g.password(), PW)]),
            ("1", ["landlord wants rent to ", (g.iban("GB") if cc == "GB" else g.acct(), IBAN if cc == "GB" else ACCT), " from now on"]),
            ("2", ["card for the flights: ", (g.card(sep=" "), CC), " exp 0", str(g.ri(1, 9)), "/", str(g.ri(26, 30))]),
            ("1", ["need ur ssn for the lease app lol"]), ("2", ["", (g.ssn(), SSN)]),
            ("1", ["dinner at ", (g.addr(cc, ml=False), ADDR), " on ", (g.dt("en"), DT), "?"]),
            ("1", ["Appt w/ Dr. ", (g.name()[1], PER), " confirmed ", (g.dt("en"), DT), ". Questions: ", (g.phone("TOLL" if cc == "US" else cc), PH)]),
            ("2", ["ok. also ", (g.name(c)[0], PER), "'s email is ", (g.email(), EM)]), ("1", ["omw 10 min"]),
            ("2", ["bday party for ", (g.name(c)[0], PER), " — she was born ", (g.dob("en", y0=2016, y1=2021), DOB), " so turning 6?"])]
    pick = g.r.sample(range(len(msgs)), g.ri(3, 6))
    d.f("<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count=\"«n»\" backup_set=\"«bs»\" backup_date=\"«bd»\" type=\"full\">\n",
        n=len(pick), bs=g.uuid(), bd=g.ri(1690000000000, 1760000000000))
    ts = g.ri(1690000000000, 1750000000000)
    for i in sorted(pick):
        typ, body = msgs[i]
        ts += g.ri(60000, 90000000)
        d.f('  <sms protocol="0" address="«a»" date="«ts»" type="«t»" subject="null" body="«b»" read="1" status="-1" locked="0" '
            'readable_date="«rd»" contact_name="«cn»" />\n', a=(num, PH), ts=ts, t=typ, b=body,
            rd=f"{g.date('en', 'us_short', wd=False)} {g.ri(1, 12)}:{g.ri(0, 59):02d}:{g.ri(0, 59):02d} {g.ch(['AM', 'PM'])}",
            cn=(g.fmtname(*other), PER) if g.p(0.8) else "(Unknown)")
    d.t("</smses>\n")


@dom("call_transcript")
def _calltx(g, d):
    f, l, c = g.name()
    ag = g.name()[0]
    co = g.ch(["Brightline Internet", "Harbor Federal Credit Union", "Northwind Pharmacy", "Summit Home Warranty Plus",
               "Evergreen Magazine Subscriptions"])
    d.f("Call recording transcript — «co» — Call ID «cid»\nDuration «dur» · Auto-diarized (2 speakers)\n\n", co=co, cid=g.uuid(),
        dur=f"00:{g.ri(3, 19):02d}:{g.ri(0, 59):02d}")
    t = g.ri(2, 8)
    lab_a = g.ch([["AGENT (", (ag, PER), ")"], ["Speaker 1"], ["Agent ", (ag, PER)]])
    lab_c = g.ch([["CALLER"], ["Speaker 2"], ["Customer"]])
    turns = [(lab_a, ["Thank you for calling ", co, ", my name is ", (ag, PER), ". Can I get your full name?"]),
             (lab_c, ["Yeah it's ", (g.fmtname(f, l, c, "full"), PER), "."]),
             (lab_a, ["Thanks. And your date of birth?"]), (lab_c, ["", (g.dob("en", "us_long"), DOB), "."]),
             (lab_a, ["Can you confirm the address on the account?"]), (lab_c, ["", (g.addr("US", ml=False), ADDR), "."]),
             (lab_a, ["Perfect. I see account number ", (g.acct(), ACCT), ". What can I help with?"]),
             (lab_c, ["I want to pay the balance with a different card. It's ", (g.card(sep=" "), CC), ", expires ", str(g.ri(1, 12)), "/", str(g.ri(26, 31)), "."]),
             (lab_a, ["Got it. And a good callback number?"]), (lab_c, ["", (g.phone("US"), PH), ", or email ", (g.email(f, l), EM), "."])]
    if g.p(0.4):
        turns.insert(4, (lab_a, ["For verification, the last four of your social?"]))
        turns.insert(5, (lab_c, [f"{g.dg(4)}. Actually the full one is ", (g.ssn(sep=g.ch(['-', ' '])), SSN), " if you need it."]))
    for who, what in turns:
        d.t(f"[00:{t // 60:02d}:{t % 60:02d}] ").v(who).t(": ").v(what).t("\n")
        t += g.ri(3, 25)
    d.f("[00:«m»:«s»] ", m=f"{t // 60:02d}", s=f"{t % 60:02d}").v(lab_a).f(": You're all set. Confirmation number «cn». "
                                                                           "Payment posts «pd».\n", cn=g.dg(9), pd=(g.date("en", "us_long"), DT))


@dom("court_interpreter_log")
def _interp(g, d):
    v = g.ri(0, 2)
    if v == 0:
        d.f("INTERPRETER ASSIGNMENT LOG — «ct»\nDate: «dt»\n\nTime   Courtroom  Case No.         Defendant              Language     Interpreter\n",
            ct=g.ch(["Superior Court, Dept. 12", "District Court - Criminal Division", "Family Court Annex"]), dt=(g.date("en", wd=True), DT))
        for _ in range(g.ri(4, 7)):
            dn = g.person(g.ch(["es", "vi", "zh", "ar", "ru", "ko"]), style=g.ch(["capslastfirst", "caps"]))
            it = g.person(style="lastfirst")
            d.f("«t»  «cr»       «cn»  «dn»«pad»«lg»«pad2»«it»\n", t=(g.time("en"), DT), cr=g.ri(1, 30), cn=f"{g.dg(2)}CR{g.dg(6)}",
                dn=(dn, PER), pad=" " * max(2, 23 - len(dn)), lg=g.ch(["Spanish", "Vietnamese", "Mandarin", "Arabic", "Russian", "Korean"]),
                pad2=" " * 3, it=(it, PER))
    elif v == 1:
        f, l, c = g.name()
        d.f("Dear «it»,\n\nThis confirms your assignment: «case» — «lg» — Hon. «judge», Courtroom «cr», «dt». Please check in with "
            "the clerk, «clerk», 15 minutes early. Parking validation at «ad».\nQuestions: «ph» / «em»\n",
            it=(g.fmtname(f, l, c), PER), case=g.ch(["State v. ", "People v. "]) + g.name()[1].upper(),
            lg=g.ch(["Spanish", "Portuguese", "Haitian Creole", "Tagalog"]), judge=(g.person(style="last"), PER), cr=g.ri(1, 30),
            dt=(g.dt("en", wd=True), DT), clerk=(g.person(), PER), ad=(g.addr("US", ml=False), ADDR), ph=(g.phone("US"), PH), em=(g.email(), EM))
    else:
        cc, lang = g.ch([("IT", "it"), ("ES", "es")])
        f, l, c = g.name(g.cult(cc))
        if lang == "it":
            d.f("Spett.le Tribunale di «city»\nNOTULA PER PRESTAZIONE DI INTERPRETE\n\nLa sottoscritta «n», nata a «bp» il «dob», "
                "residente in «ad», dichiara di aver prestato servizio all'udienza del «ud» (R.G. n. «rg»).\nCompenso: € «amt»\n"
                "Accredito su IBAN «ib»\nTel. «ph»   PEC «em»\n", city=(g.city("IT")[0], LOC), n=(g.fmtname(f, l, c), PER),
                bp=(g.city("IT")[0], LOC), dob=(g.dob("it"), DOB), ad=(g.addr("IT", ml=False), ADDR), ud=(g.date("it"), DT),
                rg=f"{g.ri(100, 9999)}/{g.ri(2022, 2025)}", amt=f"{g.ri(80, 600)},{g.dg(2)}", ib=(g.iban("IT"), IBAN), ph=(g.phone("IT"), PH),
                em=(g.email(f, l, dom="pec.it"), EM))
        else:
            d.f("Juzgado de lo Penal n.º «jn» de «city»\nMINUTA DE HONORARIOS — INTÉRPRETE\n\nD./Dña. «n», con domicilio en «ad», "
                "intervino en la vista del «ud» (Procedimiento Abreviado «pa»).\nImporte: «amt» €\nIBAN: «ib»\nTeléfono: «ph»\n",
                jn=g.ri(1, 30), city=(g.city("ES")[0], LOC), n=(g.fmtname(f, l, c), PER), ad=(g.addr("ES", ml=False), ADDR),
                ud=(g.dt("es"), DT), pa=f"{g.ri(10, 999)}/{g.ri(2022, 2025)}", amt=f"{g.ri(80, 600)},{g.dg(2)}", ib=(g.iban("ES"), IBAN),
                ph=(g.phone("ES"), PH))


@dom("arbitration_award")
def _arb(g, d):
    f, l, c = g.name()
    resp = g.ch(ORGS)
    arb, cc1, cc2 = g.person(), g.name(), g.name()
    intl = g.p(0.3)
    d.f("«forum»\nCase No. «cn»\n\n«cl», Claimant,\nv.\n«resp», Respondent.\n\nFINAL AWARD OF ARBITRATOR\n\n",
        forum=g.ch(["AMERICAN ARBITRATION ASSOCIATION", "JAMS", "FINRA DISPUTE RESOLUTION"]) if not intl else "INTERNATIONAL CHAMBER OF COMMERCE",
        cn=f"{g.dg(2)}-{g.dg(2)}-{g.dg(4)}-{g.dg(4)}", cl=(g.fmtname(f, l, c, "caps"), PER), resp=resp.upper())
    d.f("I, «arb», the undersigned arbitrator, having been designated in accordance with the arbitration agreement, and having "
        "duly heard the proofs and allegations of the parties at an evidentiary hearing held on «h1» and «h2» in «loc», "
        "hereby AWARD as follows:\n\n", arb=(arb, PER), h1=(g.date("en", "us_long"), DT), h2=(g.date("en", "us_long"), DT),
        loc=(g.loc(g.ch(["US", "US", "GB", "FR"]), g.ch(["cityreg", "citycountry"])), LOC))
    d.f("1. Respondent shall pay Claimant the sum of $«amt» within thirty (30) days of «ad».\n2. The administrative fees of the "
        "Association totaling $«fee» shall be borne by Respondent.\n", amt=f"{g.ri(10, 950)},{g.dg(3)}.00", ad=(g.date("en", "us_long"), DT),
        fee=f"{g.ri(1, 20)},{g.dg(3)}.00")
    if intl:
        d.f("3. Payment shall be made by wire to Claimant's account IBAN «ib».\n", ib=(g.iban(g.ch(["FR", "CH", "GB", "DE"])), IBAN))
    d.f("\nCounsel for Claimant: «c1», «e1», «a1»\nCounsel for Respondent: «c2», «e2», «p2»\n\nDated: «dd»\n/s/ «arb»\n",
        c1=(g.fmtname(*cc1), PER), e1=(g.email(cc1[0], cc1[1], dom="lawgroup-llp.com"), EM), a1=(g.addr("US", ml=False), ADDR),
        c2=(g.fmtname(*cc2), PER), e2=(g.email(cc2[0], cc2[1], dom="bakerhalls.com"), EM), p2=(g.phone("US"), PH),
        dd=(g.date("en", "us_long"), DT), arb=(arb, PER))


# ---- national-language letters ----------------------------------------------------------------
@dom("it_raccomandata")
def _it(g, d):
    f, l, c = g.name(g.cult("IT"))
    a = g.addr_parts("IT")
    me = g.fmtname(f, l, c, g.ch(["full", "full", "caps"]))
    d.f("«n»\n«ad»\nTel. «ph» – e-mail «em»\n\n", n=(me, PER), ad=(g.addr("IT", ml=True, parts=a), ADDR), ph=(g.phone("IT"), PH),
        em=(g.email(f, l, dom=g.ch(["libero.it", "gmail.com", "tiscali.it", "virgilio.it"])), EM))
    co = ["Spett.le ", g.ch(["Fastnet S.p.A.", "Assicurazioni Generose S.p.A.", "Palestra Olimpo S.S.D.", "Energia Verde S.r.l."]),
          "\n", g.ch(["Ufficio Disdette\n", "Servizio Clienti\n", ""]), (g.addr("IT", ml=True, country=False), ADDR)]
    d.f("«co»\n\nRACCOMANDATA A/R (anticipata via PEC)\n\n«city», «dt»\n\n", co=co, city=(a["city"], LOC), dt=(g.date("it"), DT))
    if g.p(0.6):
        d.f("Oggetto: Disdetta contratto n. «cn» – codice cliente «cc»\n\nIl/La sottoscritto/a «n2», nato/a a «bp» il «dob», "
            "titolare del contratto in oggetto, comunica con la presente la volontà di recedere con decorrenza dal «dec».\n"
            "Chiede inoltre il rimborso dell'eventuale credito residuo mediante bonifico sull'IBAN «ib» a lui/lei intestato.\n",
            cn=g.dg(9), cc=(g.acct(), ACCT), n2=(g.fmtname(f, l, c), PER), bp=(g.city("IT")[0], LOC), dob=(g.dob("it"), DOB),
            dec=(g.date("it"), DT), ib=(g.iban("IT"), IBAN))
    else:
        d.f("Oggetto: comunicazione nuove coordinate bancarie per accredito stipendio\n\nGentile «hr»,\ncon la presente comunico che "
            "a partire dalla mensilità di «mese» lo stipendio dovrà essere accreditato sul conto IBAN «ib» presso «banca», "
            "in sostituzione del precedente («old»).\nMatricola: «mat»\n", hr=(g.person("it"), PER), mese=g.ch(MONTHS["it"]),
            ib=(g.iban("IT"), IBAN), banca=g.ch(["Intesa Sanpaolo", "UniCredit", "BPER Banca", "Fineco"]), old=(g.iban("IT"), IBAN), mat=g.dg(6))
    d.f("\nDistinti saluti\n\n«n»\n", n=(g.fmtname(f, l, c), PER))


@dom("pt_br_letter")
def _ptbr(g, d):
    br = g.p(0.5)
    cc = "BR" if br else "PT"
    f, l, c = g.name(g.cult(cc))
    a = g.addr_parts(cc)
    if br:
        d.f("«city», «dt».\n\nÀ «co»\nSAC / Ouvidoria\n\nPrezados,\n\nEu, «n», CPF ***.«cpf».***-**, nascido(a) em «dob», residente à «ad», "
            "venho solicitar o cancelamento do plano «pl» (contrato «ct») a partir de «dc», bem como o estorno da cobrança "
            "indevida lançada no cartão «mc».\n\nPara contato: «ph» ou «em».\n\nAtenciosamente,\n«n2»\n", city=(a["city"], LOC),
            dt=(g.date("pt"), DT), co=g.ch(["Vivo Fibra", "Unimed Paulistana", "Smart Fit", "NET Claro"]), n=(g.fmtname(f, l, c), PER),
            cpf=g.dg(3), dob=(g.dob("pt"), DOB), ad=(g.addr(cc, ml=False, parts=a), ADDR), pl=g.ch(["Fibra 500 Mega", "Black", "Essencial"]),
            ct=g.dg(10), dc=(g.date("pt"), DT), mc=g.masked_card(), ph=(g.phone("BR"), PH), em=(g.email(f, l, dom=g.ch(["uol.com.br", "gmail.com", "bol.com.br"])), EM),
            n2=(g.fmtname(f, l, c), PER))
    else:
        d.f("Exmos. Senhores\n«co»\n\nAssunto: Pedido de reembolso – apólice n.º «ap»\n\nEu, «n», residente na «ad», venho por este meio "
            "solicitar o reembolso das despesas médicas de «dd» (consulta de «esp» com a Dr.ª «dra»), no valor de «amt» €.\n"
            "O reembolso deverá ser efetuado para o IBAN «ib».\nContacto: «ph» · «em»\n\n«city», «dt»\n\nCom os melhores cumprimentos,\n«n2»\n",
            co=g.ch(["Fidelidade – Companhia de Seguros, S.A.", "Médis", "Multicare"]), ap=(g.hpn(), HPN), n=(g.fmtname(f, l, c), PER),
            ad=(g.addr(cc, ml=False, parts=a), ADDR), dd=(g.date("pt"), DT), esp=g.ch(["dermatologia", "ortopedia", "pediatria"]),
            dra=(g.person("pt"), PER), amt=f"{g.ri(40, 400)},00", ib=(g.iban("PT"), IBAN), ph=(g.phone("PT"), PH),
            em=(g.email(f, l, dom=g.ch(["sapo.pt", "gmail.com", "outlook.pt"])), EM), city=(a["city"], LOC), dt=(g.date("pt"), DT),
            n2=(g.fmtname(f, l, c), PER))


@dom("nl_zorgverzekering")
def _nl(g, d):
    f, l, c = g.name(g.cult("NL"))
    a = g.addr_parts("NL")
    ins = g.ch(["Zilveren Kruis", "CZ", "VGZ", "Menzis", "DSW Zorgverzekeraar"])
    d.f("«ins»\n«pob»\n\n«aanhef» «n»\n«ad»\n\nDatum: «dt»\nPolisnummer: «pol»\nRelatienummer: «rel»\n\n",
        ins=ins, pob=(f"Postbus {g.ri(100, 9999)}\n{g.ri(1000, 9999)} {g.rs(2, 'ABDEGHJKLMNPRSTVWX')} {g.city('NL')[0]}", ADDR),
        aanhef=g.ch(["De heer", "Mevrouw", "T.a.v."]), n=(g.fmtname(f, l, c, g.ch(["full", "caps"])), PER),
        ad=(g.addr("NL", ml=True, parts=a), ADDR), dt=(g.date("nl"), DT), pol=(g.hpn(), HPN), rel=(g.acct(), ACCT))
    sal = f"Geachte {g.ch(['heer', 'mevrouw'])} "
    k = g.ri(0, 2)
    if k == 0:
        d.f(sal + "«ln»,\n\nWij hebben uw declaratie van «dd» ontvangen (fysiotherapie, «beh» behandelingen). Wij vergoeden € «amt» "
            "en maken dit binnen 5 werkdagen over naar rekening «ib» t.n.v. «tnv».\n", ln=(l, PER), dd=(g.date("nl"), DT),
            beh=g.ri(3, 12), amt=f"{g.ri(30, 600)},{g.dg(2)}", ib=(g.iban("NL"), IBAN), tnv=(f"{f[0]}. {l}", PER))
    elif k == 1:
        d.f(sal + "«ln»,\n\nPer «ing» wijzigt uw premie naar € «amt» per maand. Deze wordt automatisch geïncasseerd van «ib». "
            "Meeverzekerd: «kid» (geboortedatum «kdob»).\n", ln=(l, PER), ing=(g.date("nl"), DT), amt=f"{g.ri(120, 190)},{g.dg(2)}",
            ib=(g.iban("NL"), IBAN), kid=(f"{g.name(c)[0]} {l}", PER), kdob=(g.dob("nl", y0=2008, y1=2022), DOB))
    else:
        d.f(sal + "«ln»,\n\nWelkom bij «ins»! Uw zorgpas is onderweg. Controleer uw gegevens:\nGeboortedatum: «dob»\nTelefoon: «ph»\n"
            "E-mail: «em»\nIBAN voor incasso: «ib»\n", ln=(l, PER), ins=ins, dob=(g.dob("nl"), DOB), ph=(g.phone("NL"), PH),
            em=(g.email(f, l, dom=g.ch(["ziggo.nl", "kpnmail.nl", "gmail.com"])), EM), ib=(g.iban("NL"), IBAN))
    d.f("\nVragen? Bel «ph» of kijk op «u».\n\nMet vriendelijke groet,\n«mw»\nAfdeling Klantenservice\n", ph=(g.pat("0800-NNNN"), PH),
        u=(g.url(g.ch(["www.zilverenkruis.nl", "mijn.cz.nl", "www.vgz.nl"])), URL), mw=(g.person("nl"), PER))


@dom("pl_wezwanie")
def _pl(g, d):
    f, l, c = g.name("pl")
    cred = g.ch(["TransBud Sp. z o.o.", "Mieszkania Plus s.c.", "Kancelaria Radcy Prawnego", "Serwis AGD Nowak"])
    a = g.addr_parts("PL")
    d.f("«city», «dt»\n\nWierzyciel: «cred»\n«ca»\ntel. «cph»\n\nDłużnik:\n«n»\n«ad»\n\nWEZWANIE DO ZAPŁATY\n\n",
        city=(a["city"], LOC), dt=(g.date("pl", "long"), DT), cred=cred, ca=(g.addr("PL", ml=False), ADDR), cph=(g.phone("PL"), PH),
        n=(g.fmtname(f, l, c, g.ch(["full", "caps"])), PER), ad=(g.addr("PL", ml=True, parts=a), ADDR))
    d.f("Niniejszym wzywam «pp» do zapłaty kwoty «amt» zł (słownie: «sl») tytułem nieuregulowanej faktury nr FV/«fv»/«yr» "
        "z dnia «fd», w terminie do dnia «td», na rachunek bankowy nr «ib».\n\nW przypadku braku wpłaty sprawa zostanie skierowana "
        "na drogę postępowania sądowego bez dalszego wezwania.\nKontakt: «em», «ph»\n\nZ poważaniem\n«kto»\n",
        pp=g.ch(["Pana", "Panią"]), amt=f"{g.ri(200, 15000)},{g.dg(2)}", sl=g.ch(["tysiąc dwieście", "trzy tysiące", "osiemset"]) + " złotych",
        fv=g.ri(1, 400), yr=g.ri(2023, 2025), fd=(g.date("pl", "num"), DT), td=(g.date("pl", "long"), DT), ib=(g.iban("PL"), IBAN),
        em=(g.email(dom=g.ch(["wp.pl", "onet.pl", "interia.pl"])), EM), ph=(g.phone("PL"), PH), kto=(g.person("pl"), PER))


@dom("tr_bank_letter")
def _tr(g, d):
    f, l, c = g.name("tr")
    a = g.addr_parts("TR")
    bank = g.ch(["Akbank T.A.Ş.", "Yapı Kredi", "Garanti BBVA", "Ziraat Bankası", "QNB"])
    if g.p(0.6):
        d.f("Sayın «n»,\n\n«bank» nezdinde açılan vadesiz TL hesabınıza ait bilgiler aşağıdadır:\n\nMüşteri numarası: «mn»\nIBAN: «ib»\n"
            "Doğum tarihi: «dob»\nAdres: «ad»\nCep telefonu: «ph»\nE-posta: «em»\n\nHesap açılış tarihi: «dt»\n"
            "Şifrenizi kimseyle paylaşmayınız. Müşteri İletişim Merkezi: «cc»\n\nSaygılarımızla,\n«bank»\n«sube» Şubesi\n",
            n=(g.fmtname(f, l, c, g.ch(["full", "caps"])), PER), bank=bank, mn=(g.acct(), ACCT), ib=(g.iban("TR"), IBAN),
            dob=(g.dob("tr"), DOB), ad=(g.addr("TR", ml=False, parts=a), ADDR), ph=(g.phone("TR"), PH),
            em=(g.email(f, l, dom=g.ch(["gmail.com", "hotmail.com", "yandex.com.tr"])), EM), dt=(g.date("tr"), DT),
            cc=(g.pat("0850 NNN NN NN"), PH), sube=(a["region"], LOC))
    else:
        d.f("Merhaba «fn» Hanım/Bey,\n\nKira ödemesini «dt» tarihine kadar aşağıdaki hesaba yapabilirsiniz:\n\nAlıcı: «n»\nIBAN: «ib»\n"
            "Açıklama: «ay» kirası – «ad»\n\nSorun olursa «ph» numarasından bana ulaşabilirsiniz.\nİyi günler,\n«n2»\n",
            fn=(g.name("tr")[0], PER), dt=(g.date("tr"), DT), n=(g.fmtname(f, l, c, "caps"), PER), ib=(g.iban("TR"), IBAN),
            ay=g.ch(MONTHS["tr"]), ad=(g.addr("TR", ml=False, parts=a), ADDR), ph=(g.phone("TR"), PH), n2=(f, PER))


@dom("sv_verkstad")
def _sv(g, d):
    f, l, c = g.name(g.cult("SE"))
    d.f("ARBETSORDER nr «ao»   «firma»\n\n", ao=g.dg(6), firma=g.ch(["Bilservice i Västerås AB", "Mekonomen Södermalm", "Däckcenter Umeå"]))
    rows = [("Kund", (g.fmtname(f, l, c), PER)), ("Telefon", (g.phone("SE"), PH)), ("E-post", (g.email(f, l, dom=g.ch(["telia.com", "gmail.com", "hotmail.se"])), EM)),
            ("Adress", (g.addr("SE", ml=False), ADDR)), ("Reg.nr", g.pat("AAA NNA")), ("Bokad tid", (g.dt("sv"), DT)),
            ("Mekaniker", (g.person("sv", style="first"), PER)), ("Mätarställning", f"{g.ri(10, 400) * 100} mil")]
    d.kv(rows[:1] + g.shuf(rows[1:]))
    d.f("\nArbete: «ar»\nDelar: «de»\n", ar=g.ch(["Byte bromsbelägg + skivor fram", "Service enligt tillverkare, oljebyte 5W-30",
                                              "Hjulskifte + förvaring", "Felsökning motorlampa, kod P0420"]),
        de=g.ch(["Brembo P 85 020", "Mann W 712/95 oljefilter", "Bosch 0 986 494 ..."]))
    if g.p(0.5):
        d.f("Betalning: faktura, OCR «ocr», förfallodag «ff». Bankgiro «bg».\n", ocr=g.dg(12), ff=(g.date("sv"), DT), bg=f"{g.dg(4)}-{g.dg(4)}")
    else:
        d.f("Återbetalning av förskott sker till kundens konto «ib».\n", ib=(g.iban("SE"), IBAN))
    d.f("Bil hämtas av: «hm» (sambo), tel «tel»\n", hm=(g.person("sv"), PER), tel=(g.phone("SE"), PH))


@dom("asia_romanized_email")
def _asia(g, d):
    cc = g.ch(["JP", "KR", "CN"])
    cult = {"JP": "ja", "KR": "ko", "CN": "zh"}[cc]
    rf, rl, _ = g.name(cult)
    sf, sl, _ = g.name(cult)
    co = g.ch(["Okada Shoji K.K.", "Hanbit Tech Co., Ltd.", "Shenzhen Jiahe Electronics", "Tata Elxsi"])
    mdate = g.dt("iso")
    if cc == "JP":
        d.f("Subject: [Uchiawase] «dt» no ken\n\n«rl»-sama\n\nItsumo osewa ni natte orimasu. «co» no «sl» desu.\n"
            "Senjitsu wa o-jikan itadaki arigatou gozaimashita. Tsugi no meeting wa «md» (JST) de ikaga deshou ka.\n",
            dt=(g.date("ja"), DT), rl=(rl, PER), co=co, sl=(sl, PER), md=(mdate, DT))
        bye = "Nanitozo yoroshiku onegai itashimasu.\n"
    elif cc == "KR":
        d.f("Subject: RE: «dt» hoeui iljeong\n\n«rn»-nim, annyeonghaseyo.\n«co» «sn» imnida. Next meeting-eun «md» (KST) e "
            "jinhaenghal yejeong imnida.\n", dt=(g.date("ko"), DT), rn=(f"{rl} {rf}", PER), co=co,
            sn=(f"{sl} {sf}", PER), md=(mdate, DT))
        bye = "Gamsahamnida.\n"
    else:
        d.f("Subject: Huiyi anpai «dt»\n\n«rl» zong, nin hao!\n\nWo shi «co» de «sn». Xia ci huiyi shijian: «md» (Beijing time).\n",
            dt=(g.date("zh"), DT), rl=(rl, PER), co=co, sn=(f"{sl} {sf}", PER), md=(mdate, DT))
        bye = "Xiexie! Zhu hao.\n"
    d.f("Zoom: «u»\nPasscode: «pw»\nBasho / venue: «ad»\n\n«bye»\n«sig»\n«co»\nTEL: «ph»\nMobile: «mb»\nMail: «em»\n",
        u=(f"https://us02web.zoom.us/j/{g.dg(11)}?pwd={g.rs(32)}", URL), pw=(g.rs(6, ALNUM) if g.p(0.6) else g.dg(6), PW),
        ad=(g.addr(cc, ml=False), ADDR), bye=bye, sig=(f"{sl.upper()} {sf}" if g.p(0.5) else f"{sf} {sl}", PER), co=co,
        ph=(g.phone(cc), PH), mb=(g.phone(cc), PH), em=(g.email(sf, sl, dom=g.ch(["okada-shoji.co.jp", "hanbit.co.kr", "jiahe-elec.cn"])), EM))


@dom("uk_council_tax")
def _uk(g, d):
    f, l, c = g.name(g.cult("GB"))
    a = g.addr_parts("GB")
    council = a["city"] + g.ch([" City Council", " Council", " Borough Council"])
    yr = g.ri(2023, 2025)
    d.f("«council»\nCOUNCIL TAX BILL «y1»/«y2»\n\nAccount reference: «ar»\nDate of issue: «di»\n\n«n»\n«ad»\n\n",
        council=council, y1=yr, y2=(yr + 1) % 100, ar=(g.dg(9), ACCT), di=(g.date("en", "gb_long"), DT),
        n=(g.fmtname(f, l, c, g.ch(["caps", "full"])), PER), ad=(g.addr("GB", ml=True, parts=a), ADDR))
    if g.p(0.4):
        d.f("Joint liable party: «jp»\n", jp=(g.person(g.cult("GB")), PER))
    d.f("Property band: «b»   Single person discount: «sp»\nAmount payable: £«amt»\n\n", b=g.ch("ABCDEFG"), sp=g.ch(["25%", "none"]),
        amt=f"{g.ri(900, 3200)}.{g.dg(2)}")
    if g.p(0.6):
        d.f("You pay by Direct Debit from account «acc» (sort code «sc»). 10 instalments of £«ins» will be collected on the 1st of "
            "each month, first payment «fp».\n", acc=(g.dg(8), ACCT), sc=f"{g.dg(2)}-{g.dg(2)}-{g.dg(2)}", ins=f"{g.ri(90, 320)}.00",
            fp=(g.date("en", "gb_long"), DT))
    else:
        d.f("REMINDER: instalment of £«ins» due «due» has not been received. Pay within 7 days to avoid a summons.\n",
            ins=f"{g.ri(90, 320)}.00", due=(g.date("en", "gb_num"), DT))
    d.f("\nPay online at «u» or call «ph» (Mon–Fri 9am–5pm).\n", u=(g.url(f"www.{fold(a['city']).lower()}.gov.uk", q=False), URL),
        ph=(g.phone("GB"), PH))


@dom("au_superannuation")
def _au(g, d):
    f, l, c = g.name(g.cult("AU"))
    fund = g.ch(["AustralianSuper", "Hostplus", "Aware Super", "REST Super", "UniSuper"])
    d.f("«fund» — «what»\n\n", fund=fund, what=g.ch(["Rollover request (RTR)", "Member details confirmation", "Annual statement summary"]))
    rows = [("Member number", (g.dg(g.ch([8, 9, 10])), ACCT)), ("Name", (g.fmtname(f, l, c, g.ch(["full", "caps", "lastfirst"])), PER)),
            ("Date of birth", (g.dob("en", g.ch(["gb_long", "au", "gb_num"]), y1=2004), DOB)), ("Residential address", (g.addr("AU"), ADDR)),
            ("Mobile", (g.phone("AU"), PH)), ("Email", (g.email(f, l, dom=g.ch(["bigpond.com", "gmail.com", "optusnet.com.au"])), EM)),
            ("TFN", f"*** *** {g.dg(3)}"), ("Employer", g.ch(ORGS))]
    d.kv(rows[:2] + g.shuf(rows[2:]))
    d.f("\nTransferring fund USI: «usi»   ABN «abn»\nAmount: $«amt»\nRequested: «rq»   Expected completion: «ec»\n",
        usi=g.pat("AAANNNNAU"), abn=f"{g.dg(2)} {g.dg(3)} {g.dg(3)} {g.dg(3)}", amt=f"{g.ri(2, 400)},{g.dg(3)}.{g.dg(2)}",
        rq=(g.date("en", "gb_num"), DT), ec=(g.date("en", "gb_long"), DT))
    if g.p(0.5):
        d.f("Nominated beneficiary: «bn» («rel»), born «bd»\n", bn=(g.person(c), PER), rel=g.ch(["spouse", "child", "de facto"]),
            bd=(g.dob("en", "gb_num"), DOB))
    d.f("Questions: «ph» or «u»\n", ph=(g.pat("1300 NNN NNN"), PH), u=(g.url(q=False), URL))


@dom("shell_history")
def _hist(g, d):
    zsh = g.p(0.5)
    ts = g.ri(1690000000, 1750000000)
    ip, host = g.ip(v6=False), g.ch(["api.github.com", "api.brightpath.io", "slack.com"])
    cmds = [["export AWS_ACCESS_KEY_ID=", (g.aws_ak(), AK)], ["export AWS_SECRET_ACCESS_KEY=", (g.aws_sk(), SK)],
            ["aws s3 ls s3://", g.ch(["prod-backups", "kestrel-logs", "ml-datasets"]), "/ --profile ci"],
            ["curl -s -H \"Authorization: token ", (g.ghp(), GH), "\" ", ("https://api.github.com/user/repos", URL)],
            ["mysql -u root -p'", (g.password(), PW), "' -h ", (ip, IP), " app_prod"],
            ["psql \"postgresql://analytics:", (g.password(dsn=True), PW), "@", _dbhost(g), ":5432/warehouse\""],
            ["ssh -i ~/.ssh/prod.pem ubuntu@", (g.ip(v6=False), IP)], ["sshpass -p '", (g.password(), PW), "' ssh admin@", (ip, IP)],
            ["curl -X POST ", ("https://slack.com/api/chat.postMessage", URL), " -H \"Authorization: Bearer ", (g.slack(), SL), "\" -d channel=C0", g.rs(8, UPNUM)],
            ["stripe refunds create --api-key ", (g.stripe(), ST), " --charge ch_", g.rs(24)],
            ["http GET ", (f"https://{host}/v1/me", URL), " \"Authorization:Bearer ", (g.jwt(), JWT), "\""],
            ["export OPENAI_API_KEY=", (f"sk-proj-{g.rs(48, B64U)}", GS)], ["git log --oneline | head -5"], ["kubectl get pods -n prod"],
            ["docker compose up -d"], ["cd ~/src/", g.ch(["api", "web", "infra"])], ["vim .env"], ["history | grep -i token"],
            ["openssl rand -hex 32"], ["git checkout -b fix/", g.rs(6, string.ascii_lowercase)], ["terraform plan -var-file=prod.tfvars"]]
    for c in g.r.sample(cmds, g.ri(8, 14)):
        ts += g.ri(5, 4000)
        if zsh:
            d.t(f": {ts}:0;").v(c).t("\n")
        elif g.p(0.5):
            d.t(f"#{ts}\n").v(c).t("\n")
        else:
            d.v(c).t("\n")


@dom("http_client_file")
def _httpfile(g, d):
    base = g.ch(["api.brightpath.io", "api.kestrelsoft.com", "staging-api.quantixlabs.io"])
    d.f("# requests.http — VS Code REST Client scratchpad (keep out of git!)\n@baseUrl = «b»\n@token = «jwt»\n@apiKey = «k»\n\n",
        b=(f"https://{base}/v1", URL), jwt=(g.jwt(), JWT), k=(g.secret(), GS))
    d.f("### Login\nPOST «u»\nContent-Type: application/json\n\n{\"email\": \"«em»\", \"password\": \"«pw»\"}\n\n",
        u=(f"https://{base}/v1/auth/login", URL), em=(g.email(), EM), pw=(g.password(), PW))
    d.f("### Me\nGET {{baseUrl}}/me\nAuthorization: Bearer {{token}}\n\n### Refund\nPOST «su»\nAuthorization: Bearer «sk»\n"
        "Content-Type: application/x-www-form-urlencoded\n\ncharge=ch_«ch»&amount=«amt»\n\n", su=("https://api.stripe.com/v1/refunds", URL),
        sk=(g.stripe(), ST), ch=g.rs(24), amt=g.ri(100, 9000))
    if g.p(0.6):
        d.f("### Webhook replay\nPOST «u»\nX-Signature-Secret: «ws»\nX-Request-Id: «rid»\n\n{\"customer\": {\"name\": \"«n»\", \"phone\": \"«ph»\"}}\n",
            u=(g.url(q=False), URL), ws=(f"whsec_{g.rs(32)}", GS), rid=g.uuid(), n=(g.person(), PER), ph=(g.phone("US"), PH))


@dom("localstorage_dump")
def _lsdump(g, d):
    f, l, c = g.name()
    host = g.ch(["app.brightpath.io", "portal.northwindhealth.com", "my.ridgewayclinic.org", "shop.soleil-imports.fr"])
    d.f("// DevTools ▸ Application ▸ Local Storage ▸ «o»\nKey                         Value\n", o=(f"https://{host}", URL))
    rows = [("auth.accessToken", [(g.jwt(), JWT)]), ("auth.refreshToken", [(g.rs(64, B64U), GS)]),
            ("user", ['{"id":', g.dg(6), ',"name":"', (g.fmtname(f, l, c), PER), '","email":"', (g.email(f, l), EM), '"}']),
            ("ajs_user_traits", ['{"firstName":"', (f, PER), '","lastName":"', (l, PER), '","birthday":"', (g.dob("en", "iso"), DOB), '"}']),
            ("checkout.lastAddress", ['"', (g.addr("US", ml=False), ADDR), '"']), ("profile.phone", ['"', (g.phone("US"), PH), '"']),
            ("_ga", [f"GA1.1.{g.dg(9)}.{g.ri(1690000000, 1750000000)}"]), ("featureFlags", ['{"newNav":true,"v":"', g.ver(), '"}']),
            ("device_id", [g.uuid()]), ("intercom.intercom-state", ['{"app_id":"', g.rs(8, string.ascii_lowercase + string.digits), '"}'])]
    for k, v in [rows[0]] + g.r.sample(rows[1:], g.ri(4, 8)):
        d.t(f"{k:<28}").v(v).t("\n")

# ---- hard negatives: look-alikes only (few or no labelled entities) ---------------------------
def _logts(g, dt=None, sep=" "):
    dt = dt or g.dobj()
    return f"{dt.isoformat()}{sep}{g.ri(0, 23):02d}:{g.ri(0, 59):02d}:{g.ri(0, 59):02d}.{g.dg(3)}"


@dom("elevator_inspection_log", neg=True)
def _elevator(g, d):
    day = g.dobj()
    d.f("=== «mk» event log export — Unit EL-«u» (Car «car») — Bldg «b» ===\nController FW «fw» build «bd»   Serial «sn»\n"
        "Drive: «drv»   Rated load 1600 kg   Speed 2.5 m/s\n\n", mk=g.ch(["KONE KCM831", "Otis GeN2 LCB-II", "Schindler 3300 SMLCD"]),
        u=g.dg(2), car=g.ch("ABCD"), b=g.dg(4), fw=g.ver(), bd=g.dg(8), sn=f"{g.dg(8)}-{g.ch('ABC')}", drv=g.ch(["V3F16L", "ReGen 2.1", "ACVF"]))
    ev = ["E0213  Door zone lost at floor {f} (re-leveled)", "I0001  Car at floor {f}, doors open", "W0412  Door reopen x{n} (obstruction)",
          "E1107  Safety chain open: pit stop switch", "I0030  Hall call UP floor {f} registered", "W0220  Motor temp 71C (limit 90C)",
          "I0502  Inspection mode ON (key sw)", "I0503  Inspection mode OFF", "E0901  Overspeed governor test OK, trip 3.12 m/s"]
    for ts in sorted(_logts(g, day) for _ in range(g.ri(8, 16))):
        d.t(f"{ts}  {g.ch(ev).format(f=g.ri(-2, 24), n=g.ri(2, 9))}\n")
    d.f("\nAnnual Cat-1 test: buffers, brakes (125% load) PASS. Rope wear 4% (limit 10%). Cert. no. EV-«c» «tail»\n", c=f"{g.dg(3)}-{g.dg(5)}",
        tail=["— next inspection due ", (g.date("en", "us_num"), DT)] if g.p(0.5) else "— renewal pending")


@dom("scada_historian_log", neg=True)
def _scada(g, d):
    site = g.ch(["PS-04", "WTP-2", "LS-17", "RES-9"])
    tag = g.ch(["P101_FLOW", "WETWELL_LVL", "CL2_RESID", "DISCH_PRESS"])
    d.f("# Historian export  site=«s» tag=«s»_«t» interval=5min quality=all\ntimestamp,tag,value,quality\n", s=site, t=tag)
    day = g.dobj()
    for i in range(g.ri(10, 22)):
        d.t(f"{day.isoformat()}T{6 + i // 12:02d}:{(i % 12) * 5:02d}:00Z,{site}_{tag},{g.ri(0, 900) / 10:.1f},"
            f"{g.ch(['GOOD', 'GOOD', 'GOOD', 'UNCERTAIN', 'BAD_COMM'])}\n")
    d.f("\nALARM «ts» HH «s»_WETWELL_LVL 4.82 m (SP 4.50) ACK by OPR«op»\nEVT «ts2» Pump P-102 VFD fault F0004 (undervoltage), auto-restart 3/3\n",
        ts=_logts(g, day), s=site, op=g.ri(1, 9), ts2=_logts(g, day))
    if g.p(0.6):
        d.f("Modbus/TCP timeout unit=«u» fc=03 addr=4«reg» qty=10 from PLC «ip»:502 (RTU fw «fw»)\n", u=g.ri(1, 20), reg=g.dg(4),
            ip=(g.ip(v6=False), IP), fw=g.ver())


@dom("app_breadcrumbs", neg=True)
def _crumbs(g, d):
    plat = g.ch(["ios", "android", "web"])
    d.f("Event «eid» | release «pl»@«v»+«b» | env production | level error\nDevice: «dev» | OS «os» | locale «lc» | build «b»\n"
        "Trace: «tr»  Span: «sp»\n\nBreadcrumbs (oldest first):\n", eid=g.sha(32), pl=plat, v=g.ver(), b=g.ri(100, 9999),
        dev=g.ch(["iPhone15,3", "Pixel 8 Pro", "SM-S918B", "Chrome 123 / macOS"]), os=g.ver(), lc=g.ch(["en_GB", "de_DE", "ja_JP", "pt_BR"]),
        tr=g.sha(32), sp=g.sha(16))
    t = 0.0
    crumbs = ["navigation  /home -> /cart", "http        POST /api/v2/cart/items 201 (143 ms)", "ui.click    button#checkout",
              "http        GET /api/v2/payment-methods 200  card={mc}", "console     [Pricing] applied promo SPRING25 (order {o})",
              "http        POST /api/v2/orders 422 (88 ms) body.shipping.postcode invalid", "navigation  /checkout -> /checkout/address",
              "ui.input    input#ssn value=[Filtered]", "state       redux/cart/SET_QTY sku={sku} qty=2"]
    for c in g.r.sample(crumbs, g.ri(5, 9)):
        d.t(f"  [+{t:06.3f}s] {c.format(mc=g.masked_card(), o=g.order(), sku=g.pat('AAA-NNNN'))}\n")
        t += g.ri(20, 5000) / 1000
    d.f("  [+«t»s] error       TypeError: Cannot read properties of undefined (reading 'line1')\n\nUser: id=usr_«uid» ip={{auto}} "
        "email=[Filtered]\nTags: order_id=«o» session=«sess» device_id=«dev» commit=«c»\n", t=f"{t:06.3f}", uid=g.rs(8, HEX),
        o=g.order(), sess=g.uuid(), dev=g.uuid().upper(), c=g.sha())


@dom("dependency_lock", neg=True)
def _lock(g, d):
    k = g.ri(0, 2)
    if k == 0:
        d.t("# go.sum (excerpt)\n")
        for _ in range(g.ri(8, 16)):
            m = g.ch(["github.com/pkg/errors", "golang.org/x/crypto", "github.com/stretchr/testify", "google.golang.org/grpc",
                      "github.com/aws/aws-sdk-go-v2", "go.uber.org/zap", "github.com/jackc/pgx/v5"])
            v = f"v{g.ri(0, 2)}.{g.ri(0, 60)}.{g.ri(0, 20)}"
            d.t(f"{m} {v} h1:{g.rs(43, B64)}=\n{m} {v}/go.mod h1:{g.rs(43, B64)}=\n")
    elif k == 1:
        d.t("# requirements.lock — generated by pip-compile --generate-hashes\n")
        for _ in range(g.ri(5, 9)):
            p = g.ch(["requests", "urllib3", "boto3", "cryptography", "pydantic", "numpy", "certifi", "idna", "jinja2"])
            d.t(f"{p}=={g.ver().lstrip('v').split('-')[0]} \\\n    --hash=sha256:{g.sha(64)} \\\n    --hash=sha256:{g.sha(64)}\n")
    else:
        d.t('{\n  "name": "web-app",\n  "lockfileVersion": 3,\n  "packages": {\n')
        for _ in range(g.ri(5, 9)):
            p = g.ch(["react", "lodash", "axios", "jsonwebtoken", "stripe", "@aws-sdk/client-s3", "dotenv", "uuid"])
            d.t(f'    "node_modules/{p}": {{\n      "version": "{g.ver().lstrip("v")}",\n      "integrity": "sha512-{g.rs(86, B64)}==",\n'
                f'      "license": "MIT"\n    }},\n')
        d.t('    "": {"dependencies": {"stripe": "^14.0.0", "jsonwebtoken": "^9.0.2"}}\n  }\n}\n')


@dom("formulary_update", neg=True)
def _formulary(g, d):
    d.f("FORMULARY CHANGE NOTICE — «pl» — «q»\n\n| Drug | NDC | Old tier | New tier | PA/ST | Notes |\n|---|---|---|---|---|---|\n",
        pl=g.ch(["Commercial 3-Tier", "Medicare Part D (PDP)", "Exchange Silver"]), q=g.ch(["Q1", "Q2", "Q3", "Q4"]) + f" {g.ri(2024, 2026)}")
    drugs = ["Ozempic 1 mg/0.75 mL pen", "Eliquis 5 mg tab", "Jardiance 10 mg", "Humira 40 mg/0.4 mL", "Trelegy Ellipta 100/62.5/25",
             "atorvastatin 20 mg", "Dupixent 300 mg/2 mL", "Xarelto 20 mg", "Mounjaro 5 mg/0.5 mL", "Synthroid 88 mcg", "Lantus SoloStar"]
    for x in g.r.sample(drugs, g.ri(5, 9)):
        d.t(f"| {x} | {g.dg(5)}-{g.dg(4)}-{g.dg(2)} | {g.ri(1, 4)} | {g.ri(1, 5)} | {g.ch(['PA', 'ST', 'QL 4/28', '—'])} | "
            f"{g.ch(['generic available', 'biosimilar preferred', 'ICD-10 E11.9 required', 'J-code J0135', 'no change'])} |\n")
    d.f("\nMembers currently on affected drugs will receive a transition fill (30 days). Prescriber PA form: FRM-«f» rev «r».\n"
        "«eff»\n", f=g.dg(4), r=g.ver(), eff=["Effective ", (g.date("en", "us_num"), DT), "."] if g.p(0.6) else "Effective next plan year.")


@dom("warehouse_pick_list", neg=True)
def _pick(g, d):
    d.f("PICK LIST  Wave «w»   DC «dc»   Zone «z»   Picker ID «pid»\nPrinted «pr»\n\nLine  SKU             Description                 Bin        Qty  Tote\n",
        w=f"W{g.dg(6)}", dc=g.ch(["ONT8", "DFW2", "EWR4", "RIC1"]), z=g.ch("ABCDEFG"), pid=g.dg(5), pr=_logts(g))
    for i in range(g.ri(6, 12)):
        desc = g.ch(["USB-C cable 2m", "Ceramic mug 12oz", "LED bulb A19 4pk", "Yoga mat 6mm", "Phone case iPhone 15", "AA batteries 24pk"])
        d.t(f"{i + 1:>4}  {g.pat('AAA-NNNNN-AA'):<14}  {desc:<26}  {g.pat('AN-NN-NN'):<9}  {g.ri(1, 12):>3}  T{g.dg(6)}\n")
    d.f("\nOrders: «o1», «o2», «o3»\nCarrier: «c»  Tracking (master): «tr»\nGross wt «wt» kg  Cube «cu» m3\n«sb»",
        o1=g.order(), o2=g.order(), o3=g.order(), c=g.ch(["UPS Ground", "FedEx Home", "USPS Priority"]), tr=g.tracking(),
        wt=f"{g.ri(1, 90)}.{g.dg(1)}", cu=f"0.{g.dg(3)}", sb=["Ship by: ", (g.date("en", "us_num"), DT), "\n"] if g.p(0.4) else "")


@dom("masked_pos_receipt", neg=True)
def _receipt(g, d):
    store = g.ch(["TRAILHEAD OUTFITTERS #0412", "CEDAR COFFEE CO. - STORE 88", "QUICKMART 2291", "BRIGHT HOME & GARDEN"])
    d.f("«s»\nTERM ID: «tid»   MID: ****«mid»\n«date»\n\n", s=store, tid=g.rs(8, UPNUM), mid=g.dg(4),
        date=[(g.dt("en", "us_num"), DT)] if g.p(0.7) else f"TXN SEQ {g.dg(6)}")
    tot = 0
    for _ in range(g.ri(2, 6)):
        p = g.ri(99, 8999)
        tot += p
        d.t(f"{g.ch(['TRAIL MIX 12OZ', 'HEADLAMP 300LM', 'LATTE 16OZ', 'SPARK PLUG NGK', 'POTTING SOIL 1CF', 'SOCKS MERINO']):<20}{p // 100:>6}.{p % 100:02d}\n")
    d.f("\nTOTAL           «t»\n«brand»          «mc»\nENTRY: «en»   AID: A00000000«aid»\nTVR: «tvr»   TSI: E800\n"
        "AUTH CODE: «ac»   REF #: «ref»\nAPPROVED - THANK YOU\nMember ref: «bs»\nLoyalty: «loy»\n",
        t=f"{tot // 100}.{tot % 100:02d}", brand=g.ch(["VISA", "MASTERCARD", "AMEX", "DEBIT"]), mc=g.masked_card(),
        en=g.ch(["CHIP", "CONTACTLESS", "SWIPE"]), aid=g.ch(["31010", "41010", "25010"]), tvr=g.rs(10, "0123456789ABCDEF"),
        ac=g.rs(6, UPNUM), ref=g.dg(12), bs=g.bad_ssn(), loy=f"{g.card(valid=False, sep='')}")
    if g.p(0.4):
        d.f("Questions? «ph»\n", ph=(g.phone("TOLL"), PH))


@dom("lab_qc_log", neg=True)
def _qc(g, d):
    d.f("QC LOG  Analyzer «an» S/N «sn»   Section: «sec»\nOperator: «op»   Reagent lot «rl»\n\n", an=g.ch(["cobas c 503", "Alinity ci", "ADVIA Centaur XPT", "DxH 900"]),
        sn=g.dg(7), sec=g.ch(["Chemistry", "Hematology", "Immunoassay"]), op=g.rs(2, string.ascii_uppercase) + "/" + g.rs(2, string.ascii_uppercase),
        rl=g.rs(2, UPNUM) + g.dg(6))
    day = g.dobj()
    for ts in sorted(_logts(g, day) for _ in range(g.ri(7, 13))):
        loinc = g.ch(["2345-7 GLU", "2160-0 CREA", "6690-2 WBC", "718-7 HGB", "2823-3 K", "1742-6 ALT", "3016-3 TSH"])
        d.t(f"{ts}  {loinc:<11} L{g.ri(1, 3)} lot {g.dg(5)}  mean {g.ri(10, 400) / 10:.1f}  SD {g.ri(1, 40) / 10:.1f}  "
            f"z={g.ri(-30, 30) / 10:+.1f}  {g.ch(['OK', 'OK', 'OK', '1-2s WARN', '2-2s REJECT', 'R-4s REJECT'])}\n")
    d.f("\nCorrective action: recalibrated «a»; repeat QC acceptable. CAP survey «cap». Westgard multirule «v».\n«exp»",
        a=g.ch(["CREA", "K", "TSH"]), cap=f"{g.ch(['C', 'HE', 'IA'])}-{g.ri(1, 3)} {g.ri(2024, 2026)}", v=g.ver(),
        exp=["Control lot expiry: ", (g.date("en", "iso"), DT), "\n"] if g.p(0.4) else "")


@dom("invalid_fixtures", neg=True)
def _fixtures(g, d):
    d.f("# tests/test_validators.py — negative fixtures; none of these should validate\nimport pytest\n\n"
        "INVALID_CARDS = [\"«c1»\", \"«c2»\", \"«c3»\"]  # Luhn fails\nMASKED_CARDS = [\"«m1»\", \"«m2»\"]\n"
        "INVALID_SSNS = [\"«s1»\", \"«s2»\", \"«s3»\"]  # area 000/666/9xx\nMASKED_SSNS = [\"***-**-«l4»\", \"XXX-XX-«l42»\"]\n"
        "BAD_IBANS = [\"«i1»\", \"«i2»\"]  # wrong check digits\n",
        c1=g.card(valid=False), c2=g.card(valid=False, sep=""), c3=g.card(valid=False), m1=g.masked_card(), m2=g.masked_card(),
        s1=g.bad_ssn(), s2=g.bad_ssn(), s3=g.bad_ssn(), l4=g.dg(4), l42=g.dg(4), i1=g.iban(valid=False), i2=g.iban(valid=False))
    d.f("PLACEHOLDER_SECRETS = {\n    \"aws\": \"${AWS_SECRET_ACCESS_KEY}\",\n    \"gh\": \"${{ secrets.GITHUB_TOKEN }}\",\n"
        "    \"stripe_test\": \"sk_test_«st»\",\n    \"slack\": \"xoxb-REPLACE-ME\",\n    \"masked_aws\": \"AKIA****************\",\n"
        "    \"gh_masked\": \"ghp_************************************\",\n    \"pw\": \"<your-password-here>\",\n}\n",
        st=g.rs(24))
    d.f("\n@pytest.mark.parametrize(\"value\", INVALID_CARDS + INVALID_SSNS)\ndef test_rejects(value):\n    assert not detect(value)\n\n"
        "def test_uuid_not_secret():\n    assert classify(\"«u»\") == \"uuid\"\n\ndef test_sha_not_secret():\n    assert classify(\"«sha»\") == \"sha1\"\n"
        "# build «v», commit «c»\n", u=g.uuid(), sha=g.sha(), v=g.ver(), c=g.sha(7))


# --------------------------------------------------------------------------- corpus API
FOOTERS = ["\n--\nThis message and any attachments are confidential and intended only for the addressee. If you received it "
           "in error, please notify the sender and delete it.\n",
           "\n[end of export — page 1 of 1 — generated automatically]\n",
           "\n# ---------------------------------------------------------------- end of file\n"]


def make_doc(i, seed=0):
    r = random.Random(f"{seed}-{i}")
    name, fn, _neg = DOMAINS[r.randrange(len(DOMAINS))]
    g = G(r)
    for _ in range(8):
        d = Doc()
        fn(g, d)
        if d.pos <= MAX_LEN:
            break
    text, ents = d.text(), list(d.ents)
    if len(text) > MAX_LEN:  # trim at a line boundary, dropping spans past the cut
        cut = text.rfind("\n", 0, MAX_LEN)
        text, ents = text[:cut + 1], [e for e in ents if e[1] <= cut]
    k = 0
    while len(text) < MIN_LEN:
        text += FOOTERS[(i + k) % len(FOOTERS)]
        k += 1
    return {"id": f"blind23-{seed}-{i:06d}", "text": text, "domain": name,
            "entities": [{"start": s, "end": e, "type": t} for s, e, t in ents]}


def generate(n, seed=0):
    for i in range(n):
        yield make_doc(i, seed)


# --------------------------------------------------------------------------- CLI
def _validate(doc):
    errs, text, prev = [], doc["text"], -1
    if not MIN_LEN <= len(text) <= MAX_LEN:
        errs.append(f"length {len(text)}")
    if "«" in text or "»" in text:
        errs.append("unfilled template slot")
    for ent in sorted(doc["entities"], key=lambda x: x["start"]):
        s, e, t = ent["start"], ent["end"], ent["type"]
        span = text[s:e] if 0 <= s < e <= len(text) else None
        if span is None:
            errs.append(f"offsets out of range {ent}")
            continue
        if t not in TYPES:
            errs.append(f"bad type {t}")
        if s < prev:
            errs.append(f"overlap at {s}")
        prev = e
        if span != span.strip() or span[-1] in ".,;:":
            errs.append(f"unstripped {span!r}")
        raw = re.sub(r"[ -]", "", span)
        if t == CC and not (raw.isdigit() and luhn_ok(raw)):
            errs.append(f"bad card {span!r}")
        if t == IBAN and not iban_ok(span):
            errs.append(f"bad iban {span!r}")
        if t == SSN and not (raw.isdigit() and len(raw) == 9 and raw[:3] not in ("000", "666") and raw[0] != "9"
                             and raw[3:5] != "00" and raw[5:] != "0000"):
            errs.append(f"bad ssn {span!r}")
        if t == AK and not re.fullmatch(r"AKIA[A-Z0-9]{16}", span):
            errs.append(f"bad aws key {span!r}")
        if t == SK and len(span) != 40:
            errs.append(f"bad aws secret {span!r}")
        if t == JWT and span.count(".") != 2:
            errs.append(f"bad jwt {span!r}")
        if t == PK and not (span.startswith("-----BEGIN") and span.endswith("-----")):
            errs.append("bad pem")
        if t == URL and (not span.startswith(("http://", "https://")) or "@" in span):
            errs.append(f"bad url {span!r}")
    return errs


def _mark(doc):
    out, p, text = [], 0, doc["text"]
    for ent in sorted(doc["entities"], key=lambda x: x["start"]):
        out.append(text[p:ent["start"]] + "⟦" + text[ent["start"]:ent["end"]] + "⟧" + ent["type"])
        p = ent["end"]
    return "".join(out) + text[p:]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="validate 3000 docs and print counts")
    ap.add_argument("--sample", type=int, default=0, help="pretty-print K docs with spans marked")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output", help="write JSONL here")
    a = ap.parse_args(argv)
    if a.check:
        n, bad, tc, dc, dn = 3000, 0, Counter(), Counter(), Counter()
        negs = {name for name, _, neg in DOMAINS if neg}
        lens = []
        for doc in generate(n, a.seed):
            errs = _validate(doc)
            if errs:
                bad += 1
                if bad <= 10:
                    print(doc["id"], doc["domain"], errs[:3])
            dc[doc["domain"]] += 1
            dn[doc["domain"]] += len(doc["entities"])
            tc.update(x["type"] for x in doc["entities"])
            lens.append(len(doc["text"]))
        if make_doc(17, a.seed) != make_doc(17, a.seed) or [make_doc(i, a.seed)["text"] for i in (0, 5)] != \
                [d["text"] for d in generate(6, a.seed)][0::5]:
            print("NON-DETERMINISTIC")
            bad += 1
        print(f"docs={n} invalid={bad} domains={len(DOMAINS)} (hard-negative domains={len(negs)}) "
              f"len min/avg/max={min(lens)}/{sum(lens) // n}/{max(lens)} entities={sum(tc.values())}")
        missing = [t for t in TYPES if not tc[t]]
        print("per-type counts:")
        for t in TYPES:
            print(f"  {t:<24}{tc[t]:>7}")
        print("per-domain counts (docs / entities):")
        for name, _, neg in DOMAINS:
            print(f"  {name:<26}{dc[name]:>5}{dn[name]:>7}{'  (hard negative)' if neg else ''}")
        neg_docs = sum(dc[x] for x in negs)
        print(f"hard-negative docs: {neg_docs} ({100 * neg_docs / n:.1f}%)")
        if missing:
            print("MISSING TYPES:", missing)
        return 1 if bad or missing else 0
    if a.sample:
        for doc in generate(a.sample, a.seed):
            print(f"===== {doc['id']}  [{doc['domain']}]  {len(doc['text'])} chars, {len(doc['entities'])} entities")
            print(_mark(doc))
        return 0
    out = open(a.output, "w", encoding="utf-8") if a.output else sys.stdout
    for doc in generate(a.n, a.seed):
        out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    if a.output:
        out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
