"""Blind synthetic corpus #75: retail, point of sale, loyalty, returns and customer service.

Generates labelled synthetic documents (POS receipts and journals, loyalty exports, return and
refund forms, store e-mails, gift-card / layaway records, order-management logs, terminal configs,
CRM tickets, fraud-review notes, ...) for evaluating a PII / PHI / secrets detector.  Every entity
span is recorded while the text is assembled; nothing is found afterwards by searching.

Usage: python3 bench/corpus_blind75.py --check | --sample K | --n N --seed S --output F.jsonl

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
"""

from __future__ import annotations

import argparse
import base64
import ipaddress
import json
import random
import re
import string
import sys
import unicodedata
from collections import Counter

TYPES = (
    "PERSON EMAIL_ADDRESS PHONE_NUMBER US_SSN CREDIT_CARD IBAN_CODE IP_ADDRESS "
    "DATE_OF_BIRTH DATE_TIME LOCATION ADDRESS URL MEDICAL_RECORD_NUMBER "
    "HEALTH_PLAN_NUMBER ACCOUNT_NUMBER DRIVER_LICENSE AWS_ACCESS_KEY AWS_SECRET_KEY "
    "GITHUB_TOKEN SLACK_TOKEN STRIPE_KEY JWT PRIVATE_KEY PASSWORD GENERIC_SECRET"
).split()
TYPESET = set(TYPES)
MIN_KINDS = 57


# ---------------------------------------------------------------------------
# Builder: text is appended piece by piece; labelled pieces record their span.
# ---------------------------------------------------------------------------
class Builder:
    def __init__(self) -> None:
        self._parts: list[str] = []
        self._len = 0
        self.ents: list[tuple[int, int, str]] = []

    def t(self, *xs: str) -> "Builder":
        for x in xs:
            self._parts.append(x)
            self._len += len(x)
        return self

    def e(self, value: str, typ: str | None) -> "Builder":
        if not typ:
            return self.t(value)
        start = self._len
        self.t(value)
        self.ents.append((start, self._len, typ))
        return self

    def f(self, tpl: str, **kw) -> "Builder":
        """Template: {key} placeholders; a value is a str (plain) or (value, TYPE)."""
        pos = 0
        for m in re.finditer(r"\{(\w+)\}", tpl):
            self.t(tpl[pos:m.start()])
            v = kw[m.group(1)]
            if isinstance(v, tuple):
                self.e(v[0], v[1])
            else:
                self.t(str(v))
            pos = m.end()
        self.t(tpl[pos:])
        return self

    def kv(self, label: str, value: str, typ: str | None = None, end: str = "\n") -> "Builder":
        self.t(label)
        self.e(value, typ)
        self.t(end)
        return self

    def __len__(self) -> int:
        return self._len

    def text(self) -> str:
        return "".join(self._parts)


class L:
    """A labelled leaf for the structured emitters (JSON / YAML)."""

    __slots__ = ("v", "t")

    def __init__(self, v: str, t: str | None) -> None:
        self.v, self.t = v, t


def emit_json(b: Builder, obj, indent: int | None = 2, level: int = 0) -> None:
    """Serialise obj as JSON into b; L leaves are emitted as strings with spans."""
    pad = "" if indent is None else "\n" + " " * (indent * (level + 1))
    endpad = "" if indent is None else "\n" + " " * (indent * level)
    sep = ", " if indent is None else ","
    if isinstance(obj, L):
        s = json.dumps(obj.v, ensure_ascii=False)
        b.t('"')
        b.e(s[1:-1], obj.t)
        b.t('"')
    elif isinstance(obj, dict):
        if not obj:
            b.t("{}")
            return
        b.t("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                b.t(sep)
            b.t(pad, json.dumps(k, ensure_ascii=False), ": ")
            emit_json(b, v, indent, level + 1)
        b.t(endpad, "}")
    elif isinstance(obj, list):
        if not obj:
            b.t("[]")
            return
        b.t("[")
        for i, v in enumerate(obj):
            if i:
                b.t(sep)
            b.t(pad)
            emit_json(b, v, indent, level + 1)
        b.t(endpad, "]")
    else:
        b.t(json.dumps(obj, ensure_ascii=False))


# ---------------------------------------------------------------------------
# Name pools (many cultures).  Names that collide with brands used as hard
# negatives (Ben, Jack, Tommy, Ralph, Calvin, Klein, Ted, Marc, ...) are avoided.
# ---------------------------------------------------------------------------
NAMES = {
    "us": ("James Mary Robert Patricia Michael Jennifer David Linda William Elizabeth Tyler "
           "Brittany Kevin Ashley Marcus Keisha DeShawn Latoya Connor Madison Heather Travis "
           "Crystal Dustin Shannon Gregory",
           "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Thomas Taylor Moore "
           "Jackson Thompson Harris Clark Lewis Walker Robinson Young King Scott Nguyen Hill "
           "Adams Baker Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Collins "
           "Stewart Morris Murphy Cook Rogers Morgan Cooper Peterson Reed Bailey Kelly Howard"),
    "gb": ("Oliver Amelia Harry Isla George Poppy Alfie Freya Charlotte Archie Imogen Rhys Siobhan",
           "Hughes Evans Wright Edwards Roberts Hughes Davies Price Lloyd Thornton Fletcher "
           "Gallagher McAllister Osborne Pritchard"),
    "de": ("Lukas Anna Jonas Lea Maximilian Sophie Felix Marie Jürgen Ursula Dieter Sabine Katrin "
           "Heike Uwe Tobias Birgit Matthias",
           "Müller Schmidt Schneider Fischer Weber Wagner Becker Hoffmann Schäfer Koch Bauer "
           "Richter Wolf Schröder Neumann Zimmermann Braun Krüger Hofmann Hartmann Lange Krause"),
    "fr": ("Camille Louis Léa Chloé Lucas Manon Théo Élodie Mathieu Inès Benoît Sylvie Amandine "
           "Julien Margaux Gaëlle",
           "Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefèbvre "
           "Michel Garnier Rousseau Fontaine Chevalier Girard Mercier Blanchard"),
    "es": ("Alejandro Lucía Pablo María Javier Carmen Sergio Laura Álvaro Marta Diego Paula Nerea "
           "Iñaki Rocío",
           "García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Jiménez Ruiz "
           "Hernández Díaz Moreno Álvarez Romero Navarro Torres Domínguez Vázquez"),
    "it": ("Giuseppe Giulia Marco Francesca Alessandro Chiara Lorenzo Matteo Valentina Davide "
           "Elena Federica Stefano Ilaria",
           "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Conti Mancini "
           "Lombardi Moretti Barbieri Fontana Santoro Caruso"),
    "pt": ("João Ana Pedro Beatriz Tiago Inês Rafael Mariana Gonçalo Carolina Luís Fernanda "
           "Thiago Larissa Rodrigo",
           "Silva Santos Ferreira Pereira Oliveira Rodrigues Martins Sousa Fernandes Gonçalves "
           "Almeida Carvalho Ribeiro Lopes Barbosa Azevedo Cardoso"),
    "nl": ("Daan Emma Sem Julia Bram Sanne Ruben Femke Joost Marieke Thijs Lotte",
           "de Jong Jansen de Vries van den Berg van Dijk Bakker Janssen Visser Smit Meijer de Boer "
           "Mulder Dekker Bos Vermeulen"),
    "pl": ("Jakub Zuzanna Kacper Szymon Maja Piotr Agnieszka Tomasz Katarzyna Wojciech Małgorzata "
           "Krzysztof Ewa",
           "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański "
           "Woźniak Dąbrowski Kozłowska Jankowska Mazur"),
    "sv": ("Erik Astrid Lars Ingrid Oskar Elsa Nils Johan Karin Linnea Gustav Sigrid",
           "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson "
           "Gustafsson Lindqvist Bergström Holm Sandberg"),
    "tr": ("Mehmet Ayşe Mustafa Fatma Emre Zeynep Burak Elif Selin Oğuz Büşra Hakan Gökhan",
           "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan "
           "Koç Kurt"),
    "ja": ("Haruto Yui Sota Hina Yuto Aoi Takeshi Yuki Kenji Sakura Hiroshi Emi Daisuke Naoko",
           "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida "
           "Yamada Sasaki Matsumoto"),
    "zh": ("Wei Jun Hao Mei Xiuying Yan Lei Jing Tao Ling",
           "Wang Zhang Liu Chen Yang Huang Zhao Zhou Xu Sun Ma Zhu"),
    "in": ("Aarav Priya Rohan Ananya Vikram Sneha Arjun Kavya Rahul Deepika Sanjay Lakshmi",
           "Sharma Patel Singh Kumar Gupta Reddy Iyer Nair Mehta Chatterjee Banerjee Rao Desai"),
    "ar": ("Mohammed Fatima Omar Layla Youssef Noor Ahmed Aisha Karim Salma Tariq Yasmin",
           "Al-Sayed Haddad Khalil Mansour Nasser Farouk Hamdan Saleh Qureshi Bakr"),
    "ng": ("Chinedu Ngozi Oluwaseun Adaeze Emeka Funmilayo Tunde Chiamaka Ifeanyi Yetunde",
           "Okafor Adeyemi Okonkwo Eze Balogun Nwosu Adebayo Okoro Olawale"),
    "ko": ("Min-jun Seo-yeon Ji-ho Ha-eun Do-yun Ji-woo Eun-ji Hyun-woo",
           "Kim Park Choi Jung Kang Cho Yoon Jang Lim"),
    "vi": ("Minh Lan Tuan Huong Duc Thao Quang Ngoc", "Tran Pham Hoang Vu Dang Bui Do Ngo"),
    "ru": ("Dmitri Olga Sergei Natalia Alexei Tatiana Irina Pavel",
           "Ivanov Smirnova Petrov Volkova Sokolov Kuznetsova Popov Lebedeva"),
}
# surnames may contain spaces (Dutch tussenvoegsels): split on double-space-free tokens
_NL_LAST = ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen",
            "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Dekker", "Bos", "Vermeulen"]
NAME_POOLS = {}
for _c, (_f, _l) in NAMES.items():
    NAME_POOLS[_c] = (_f.split(), _NL_LAST if _c == "nl" else sorted(set(_l.split())))

JA_NATIVE = (["健太", "花子", "翔太", "美咲", "大輔", "陽菜", "直樹", "由美"],
             ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村"])

LANG_CULTURE = {"en": ["us", "us", "us", "gb", "in", "ng", "zh", "ko", "vi", "ar", "ru", "es"],
                "de": ["de", "de", "de", "tr", "pl"], "fr": ["fr", "fr", "fr", "ar"],
                "es": ["es", "es", "es"], "it": ["it", "it"], "pt": ["pt", "pt"],
                "nl": ["nl", "nl", "tr"], "pl": ["pl"], "sv": ["sv", "sv", "ar"],
                "tr": ["tr"], "ja": ["ja"]}

TITLES = {"en": ["Mr.", "Ms.", "Mrs.", "Dr.", "Mx."], "de": ["Herr", "Frau", "Dr."],
          "fr": ["M.", "Mme", "Mlle"], "es": ["Sr.", "Sra.", "D.", "Dña."],
          "it": ["Sig.", "Sig.ra", "Dott."], "pt": ["Sr.", "Sra.", "Dr."],
          "nl": ["dhr.", "mevr."], "pl": ["Pan", "Pani"], "sv": [""], "tr": ["Sn."],
          "ja": [""]}
ALL_TITLES = {t for v in TITLES.values() for t in v if t} | {"Mme.", "Herr.", "Dott"}


def fold(s: str) -> str:
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("İ", "I")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def culture_for(r: random.Random, lang: str) -> str:
    return r.choice(LANG_CULTURE.get(lang, ["us"]))


def person(r: random.Random, lang: str = "en", culture: str | None = None) -> tuple[str, str]:
    c = culture or culture_for(r, lang)
    fs, ls = NAME_POOLS[c]
    return r.choice(fs), r.choice(ls)


def pname(r: random.Random, first: str, last: str, style: str | None = None) -> str:
    style = style or r.choice(["full"] * 6 + ["caps", "lastfirst", "initial", "lastfirst_caps"])
    if style == "full":
        return f"{first} {last}"
    if style == "caps":
        return f"{first} {last}".upper()
    if style == "lastfirst":
        return f"{last}, {first}"
    if style == "lastfirst_caps":
        return f"{last}, {first}".upper()
    if style == "initial":
        return f"{first} {r.choice('ABCDEFGHJKLMNPRSTW')}. {last}"
    if style == "lower":
        return f"{first} {last}".lower()
    if style == "first":
        return first
    if style == "last":
        return last
    return f"{first} {last}"


MAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com",
                "gmx.de", "web.de", "orange.fr", "free.fr", "libero.it", "yahoo.es", "sapo.pt",
                "ziggo.nl", "wp.pl", "telia.se", "hotmail.com.tr", "docomo.ne.jp", "proton.me",
                "comcast.net", "btinternet.com", "uol.com.br"]
RETAIL_DOMAINS = ["northgate-retail.com", "brightmart.co", "kestrelhome.com", "urbanthread.shop",
                  "lumenoutfitters.com", "casaverde-store.es", "hafenmarkt.de", "maisonlune.fr",
                  "tindra-butik.se", "koopjeshal.nl", "mercato-nuovo.it", "lojaaurora.com.br",
                  "pikselmarket.com.tr", "sakura-mart.jp", "pivotgrocers.com", "fjordsport.com"]


def email_for(r: random.Random, first: str, last: str, domain: str | None = None) -> str:
    f, l = fold(first).lower().replace(" ", "").replace("-", ""), fold(last).lower().replace(" ", "").replace("-", "")
    pat = r.choice(["{f}.{l}", "{f}{l}", "{f0}{l}", "{f}_{l}{n}", "{l}.{f}", "{f}{n}", "{f0}.{l}{n}"])
    local = pat.format(f=f, l=l, f0=f[0], n=r.randint(1, 99))
    return f"{local}@{domain or r.choice(MAIL_DOMAINS)}"


def staff_email(r: random.Random, first: str, last: str, domain: str) -> str:
    f, l = fold(first).lower().replace(" ", ""), fold(last).lower().replace(" ", "").replace("-", "")
    return r.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}.{l[0]}"]) + "@" + domain


# ---------------------------------------------------------------------------
# Addresses
# ---------------------------------------------------------------------------
ADDR = {
    "US": (["Maple Ave", "Oak Street", "W 5th St", "Elm Dr", "Lakeview Blvd", "Pine Ridge Rd",
            "Commerce Pkwy", "N Main St", "Sunset Blvd", "Cedar Ln", "Riverside Dr", "E 14th Ave"],
           [("Springfield", "IL", "62701"), ("Austin", "TX", "78701"), ("Columbus", "OH", "43215"),
            ("Portland", "OR", "97205"), ("Tampa", "FL", "33602"), ("Denver", "CO", "80202"),
            ("Raleigh", "NC", "27601"), ("Sacramento", "CA", "95814"), ("Albany", "NY", "12207"),
            ("Boise", "ID", "83702"), ("Tucson", "AZ", "85701"), ("Omaha", "NE", "68102"),
            ("Nashville", "TN", "37203"), ("Minneapolis", "MN", "55401"), ("Richmond", "VA", "23219")],
           "United States"),
    "GB": (["Crown Street", "Victoria Road", "High Street", "Church Lane", "Station Road",
            "Mill Lane", "Queen's Parade", "Castle Street"],
           [("Manchester", "", "M1 2AB"), ("Leeds", "", "LS1 4DY"), ("Bristol", "", "BS1 5TR"),
            ("Glasgow", "", "G2 3DB"), ("Cardiff", "", "CF10 1EP"), ("Birmingham", "", "B2 4QA"),
            ("Norwich", "", "NR2 1NH"), ("London", "", "SE1 7PB")], "United Kingdom"),
    "DE": (["Hauptstraße", "Bahnhofstr.", "Goethestraße", "Lindenallee", "Schillerplatz", "Am Markt",
            "Kastanienweg", "Berliner Straße", "Friedrichstraße"],
           [("Berlin", "", "10115"), ("München", "", "80331"), ("Hamburg", "", "20095"),
            ("Köln", "", "50667"), ("Frankfurt am Main", "", "60311"), ("Leipzig", "", "04109"),
            ("Stuttgart", "", "70173"), ("Düsseldorf", "", "40213"), ("Bremen", "", "28195"),
            ("Dresden", "", "01067")], "Deutschland"),
    "FR": (["rue de la République", "avenue Jean Jaurès", "boulevard Haussmann", "place Bellecour",
            "chemin des Vignes", "rue Victor Hugo", "allée des Tilleuls", "rue du Faubourg Saint-Denis"],
           [("Paris", "", "75009"), ("Lyon", "", "69002"), ("Marseille", "", "13001"),
            ("Toulouse", "", "31000"), ("Nantes", "", "44000"), ("Bordeaux", "", "33000"),
            ("Lille", "", "59000"), ("Strasbourg", "", "67000")], "France"),
    "ES": (["Calle Mayor", "Avenida de la Constitución", "Paseo de Gracia", "Calle de Alcalá",
            "Calle Sierpes", "Gran Vía", "Calle Larios"],
           [("Madrid", "Madrid", "28013"), ("Barcelona", "Barcelona", "08008"),
            ("Valencia", "Valencia", "46002"), ("Sevilla", "Sevilla", "41004"),
            ("Bilbao", "Bizkaia", "48001"), ("Zaragoza", "Zaragoza", "50001"),
            ("Málaga", "Málaga", "29005")], "España"),
    "IT": (["Via Roma", "Corso Vittorio Emanuele II", "Piazza Garibaldi", "Via dei Mille",
            "Via Garibaldi", "Viale Monza", "Via Toledo"],
           [("Milano", "MI", "20121"), ("Roma", "RM", "00184"), ("Torino", "TO", "10121"),
            ("Napoli", "NA", "80133"), ("Bologna", "BO", "40121"), ("Firenze", "FI", "50123")],
           "Italia"),
    "PT": (["Rua do Ouro", "Avenida da Liberdade", "Rua de Santa Catarina", "Rua Augusta",
            "Avenida dos Aliados"],
           [("Lisboa", "", "1100-063"), ("Porto", "", "4000-322"), ("Braga", "", "4700-035"),
            ("Coimbra", "", "3000-150")], "Portugal"),
    "BR": (["Rua Augusta", "Av. Paulista", "Rua Oscar Freire", "Av. Atlântica", "Rua XV de Novembro"],
           [("São Paulo", "SP", "01310-100"), ("Rio de Janeiro", "RJ", "22021-001"),
            ("Belo Horizonte", "MG", "30130-010"), ("Curitiba", "PR", "80020-310")], "Brasil"),
    "NL": (["Kerkstraat", "Prinsengracht", "Dorpsstraat", "Stationsweg", "Molenstraat", "Lange Viestraat"],
           [("Amsterdam", "", "1012 AB"), ("Rotterdam", "", "3011 AD"), ("Utrecht", "", "3511 LX"),
            ("Den Haag", "", "2511 BT"), ("Eindhoven", "", "5611 AZ")], "Nederland"),
    "PL": (["ul. Długa", "ul. Marszałkowska", "al. Jerozolimskie", "ul. Floriańska", "ul. Piotrkowska"],
           [("Warszawa", "", "00-238"), ("Kraków", "", "31-042"), ("Gdańsk", "", "80-831"),
            ("Wrocław", "", "50-107"), ("Poznań", "", "61-772")], "Polska"),
    "SE": (["Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Östra Hamngatan"],
           [("Stockholm", "", "111 51"), ("Göteborg", "", "411 06"), ("Malmö", "", "211 20"),
            ("Uppsala", "", "753 20")], "Sverige"),
    "TR": (["Bahariye Cad.", "Bağdat Caddesi", "İstiklal Cad.", "Atatürk Bulvarı", "Kıbrıs Şehitleri Cad."],
           [("İstanbul", "Kadıköy", "34710"), ("Ankara", "Çankaya", "06420"), ("İzmir", "Konak", "35210"),
            ("İstanbul", "Beşiktaş", "34353")], "Türkiye"),
    "JP": ([("Jingumae", "Shibuya-ku", "東京都渋谷区神宮前"), ("Umeda", "Kita-ku", "大阪府大阪市北区梅田"),
            ("Yamashitacho", "Naka-ku", "神奈川県横浜市中区山下町"), ("Sakae", "Naka-ku", "愛知県名古屋市中区栄")],
           [("Tokyo", "", "150-0001"), ("Osaka", "", "530-0001"), ("Yokohama", "", "231-0023"),
            ("Nagoya", "", "460-0008")], "Japan"),
    "CA": (["King St W", "Robson St", "Rue Sainte-Catherine O", "Stephen Ave", "Yonge St"],
           [("Toronto", "ON", "M5H 1J9"), ("Vancouver", "BC", "V6B 1A1"), ("Montréal", "QC", "H3B 1A7"),
            ("Calgary", "AB", "T2P 1J9")], "Canada"),
    "AU": (["George St", "Chapel St", "Queen St", "Hay St", "Rundle Mall"],
           [("Sydney", "NSW", "2000"), ("Melbourne", "VIC", "3000"), ("Brisbane", "QLD", "4000"),
            ("Perth", "WA", "6000")], "Australia"),
    "IN": (["MG Road, Indiranagar", "Linking Road, Bandra West", "FC Road, Shivajinagar", "Anna Salai"],
           [("Bengaluru", "Karnataka", "560038"), ("Mumbai", "Maharashtra", "400050"),
            ("Pune", "Maharashtra", "411005"), ("Chennai", "Tamil Nadu", "600002")], "India"),
    "MX": (["Av. Paseo de la Reforma", "Av. Insurgentes Sur", "Calle Madero", "Av. Chapultepec"],
           [("Ciudad de México", "CDMX", "06600"), ("Guadalajara", "Jalisco", "44100"),
            ("Monterrey", "Nuevo León", "64000")], "México"),
}
LANG_COUNTRIES = {"en": ["US"] * 6 + ["GB", "GB", "CA", "AU", "IN"], "de": ["DE"], "fr": ["FR"],
                  "es": ["ES", "ES", "MX"], "it": ["IT"], "pt": ["PT", "BR"], "nl": ["NL"],
                  "pl": ["PL"], "sv": ["SE"], "tr": ["TR"], "ja": ["JP"]}
COUNTRY_LANG = {"US": "en", "GB": "en", "CA": "en", "AU": "en", "IN": "en", "DE": "de", "FR": "fr",
                "ES": "es", "MX": "es", "IT": "it", "PT": "pt", "BR": "pt", "NL": "nl", "PL": "pl",
                "SE": "sv", "TR": "tr", "JP": "ja"}


class Addr:
    """One postal address; .line1 is the street line, .lines the full block."""

    def __init__(self, r: random.Random, cc: str, native: bool = False) -> None:
        streets, cities, country = ADDR[cc]
        ci = r.randrange(len(cities))
        self.cc, self.country = cc, country
        self.city, self.region, self.postcode = cities[ci]
        n = r.randint(1, 240)
        unit = ""
        if cc in ("US", "CA"):
            st = r.choice(streets)
            self.line1 = f"{r.randint(10, 9899)} {st}"
            if r.random() < 0.35:
                self.line1 += r.choice([", Apt ", " Apt ", ", Suite ", " Unit ", " #"]) + r.choice(
                    [str(r.randint(1, 40)) + r.choice("ABCD"), str(r.randint(100, 950))])
        elif cc == "AU":
            self.line1 = (f"Unit {r.randint(1, 30)}/" if r.random() < 0.3 else "") + f"{n} {r.choice(streets)}"
        elif cc == "GB":
            self.line1 = (f"Flat {r.randint(1, 12)}, " if r.random() < 0.3 else "") + f"{n} {r.choice(streets)}"
        elif cc == "IN":
            self.line1 = f"{r.randint(1, 300)}, {r.choice(streets)}"
        elif cc == "FR":
            self.line1 = f"{n}{r.choice(['', '', ' bis'])} {r.choice(streets)}"
        elif cc == "ES":
            unit = r.choice(["", f", {r.randint(1, 8)}º {r.choice('ABCD')}", f", {r.randint(1, 6)}º {r.randint(1, 4)}ª"])
            self.line1 = f"{r.choice(streets)} {n}{unit}"
        elif cc == "MX":
            self.line1 = f"{r.choice(streets)} {n}, Col. {r.choice(['Juárez', 'Roma Norte', 'Centro', 'Condesa'])}"
        elif cc == "IT":
            self.line1 = f"{r.choice(streets)} {n}" + r.choice(["", "", "/B", f", int. {r.randint(1, 20)}"])
        elif cc == "PT":
            self.line1 = f"{r.choice(streets)} {n}" + r.choice(["", f", {r.randint(1, 7)}º Esq", f", {r.randint(1, 7)}º Dto"])
        elif cc == "BR":
            self.line1 = f"{r.choice(streets)}, {n * 7}" + r.choice(["", f" - apto {r.randint(11, 184)}", f", conj. {r.randint(1, 90)}"])
        elif cc == "NL":
            self.line1 = f"{r.choice(streets)} {n}" + r.choice(["", "A", "-1", " bis"])
        elif cc == "PL":
            self.line1 = f"{r.choice(streets)} {n}" + r.choice(["", f"/{r.randint(1, 60)}", f" m. {r.randint(1, 60)}"])
        elif cc == "SE":
            self.line1 = f"{r.choice(streets)} {n}" + r.choice(["", "B", f", lgh {r.randint(1001, 1404)}"])
        elif cc == "TR":
            self.line1 = (f"{r.choice(['Caferağa', 'Moda', 'Kızılay', 'Alsancak'])} Mah. {r.choice(streets)} "
                          f"No: {n} D: {r.randint(1, 24)}")
        elif cc == "JP":
            area, ward, kanji = streets[ci]
            self.ward, self.kanji = ward, kanji
            self.chome = f"{r.randint(1, 6)}-{r.randint(1, 30)}-{r.randint(1, 20)}"
            self.line1 = f"{self.chome} {area}, {ward}"
        else:
            self.line1 = f"{r.choice(streets)} {n}"
        self.native = native

    def cityline(self) -> str:
        cc, c, rg, pc = self.cc, self.city, self.region, self.postcode
        if cc in ("US", "CA"):
            return f"{c}, {rg} {pc}"
        if cc == "AU":
            return f"{c} {rg} {pc}"
        if cc == "GB":
            return f"{c} {pc}"
        if cc == "IN":
            return f"{c}, {rg} {pc}"
        if cc == "IT":
            return f"{pc} {c} ({rg})"
        if cc == "BR":
            return f"{c} - {rg}, {pc}"
        if cc == "TR":
            return f"{pc} {rg}/{c}"
        if cc == "MX":
            return f"{pc} {c}, {rg}"
        if cc == "JP":
            return f"{c} {pc}"
        return f"{pc} {c}"

    def block(self, country: bool = False) -> str:
        if self.cc == "JP" and self.native:
            return f"〒{self.postcode}\n{self.kanji}{self.chome}"
        s = f"{self.line1}\n{self.cityline()}"
        return s + (f"\n{self.country}" if country else "")

    def one(self, country: bool = False) -> str:
        if self.cc == "JP" and self.native:
            return f"〒{self.postcode} {self.kanji}{self.chome}"
        s = f"{self.line1}, {self.cityline()}"
        return s + (f", {self.country}" if country else "")

    def place(self, r: random.Random) -> str:
        """A LOCATION string for the address' city."""
        if self.cc in ("US", "CA", "AU") and r.random() < 0.6:
            return f"{self.city}, {self.region}"
        if r.random() < 0.25:
            return f"{self.city}, {self.country}"
        return self.city


def addr(r: random.Random, lang: str = "en", cc: str | None = None, native: bool = False) -> Addr:
    return Addr(r, cc or r.choice(LANG_COUNTRIES.get(lang, ["US"])), native)


# ---------------------------------------------------------------------------
# Phone numbers
# ---------------------------------------------------------------------------
US_AREAS = [212, 312, 415, 512, 614, 303, 919, 813, 503, 402, 615, 612, 804, 520, 208, 916, 518, 217]


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice(string.digits) for _ in range(n))


def phone(r: random.Random, cc: str = "US") -> str:
    d = lambda n: _d(r, n)
    x = r.randint(0, 3)
    if cc in ("US", "CA"):
        a = r.choice([416, 604, 514, 403]) if cc == "CA" else r.choice(US_AREAS)
        ex = f"{r.randint(2, 9)}{d(2)}"
        ln = d(4)
        return [f"({a}) {ex}-{ln}", f"{a}-{ex}-{ln}", f"+1 {a} {ex} {ln}", f"{a}.{ex}.{ln}"][x]
    if cc == "GB":
        return [f"020 7{d(3)} {d(4)}", f"+44 20 7{d(3)} {d(4)}", f"07{d(3)} {d(6)}", f"+44 161 {d(3)} {d(4)}"][x]
    if cc == "DE":
        return [f"030 {d(8)}", f"+49 30 {d(8)}", f"+49 (0)89 {d(4)} {d(4)}", f"0151 {d(8)}"][x]
    if cc == "FR":
        p = " ".join(d(2) for _ in range(4))
        return [f"01 {p}", f"+33 1 {p}", f"06 {p}", f"+33 6 {p}"][x]
    if cc in ("ES",):
        return [f"+34 91{d(1)} {d(3)} {d(3)}", f"6{d(2)} {d(3)} {d(3)}", f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}", f"93 {d(3)} {d(2)} {d(2)}"][x]
    if cc == "MX":
        return [f"+52 55 {d(4)} {d(4)}", f"55 {d(4)} {d(4)}", f"+52 33 {d(4)} {d(4)}", f"(81) {d(4)} {d(4)}"][x]
    if cc == "IT":
        return [f"+39 02 {d(4)} {d(4)}", f"34{d(1)} {d(3)} {d(4)}", f"+39 34{d(1)} {d(3)} {d(4)}", f"06 {d(8)}"][x]
    if cc == "PT":
        return [f"+351 91{d(1)} {d(3)} {d(3)}", f"21 {d(3)} {d(4)}", f"+351 21 {d(3)} {d(4)}", f"93{d(1)} {d(3)} {d(3)}"][x]
    if cc == "BR":
        return [f"+55 11 9{d(4)}-{d(4)}", f"(11) 9{d(4)}-{d(4)}", f"(21) 3{d(3)}-{d(4)}", f"+55 21 9{d(4)} {d(4)}"][x]
    if cc == "NL":
        return [f"+31 6 {d(8)}", f"06-{d(8)}", f"020-{d(7)}", f"+31 20 {d(3)} {d(4)}"][x]
    if cc == "PL":
        return [f"+48 60{d(1)} {d(3)} {d(3)}", f"22 {d(3)} {d(2)} {d(2)}", f"50{d(1)}-{d(3)}-{d(3)}", f"+48 22 {d(3)} {d(2)} {d(2)}"][x]
    if cc == "SE":
        return [f"+46 70 {d(3)} {d(2)} {d(2)}", f"070-{d(3)} {d(2)} {d(2)}", f"08-{d(3)} {d(3)} {d(2)}", f"+46 8 {d(3)} {d(3)} {d(2)}"][x]
    if cc == "TR":
        return [f"+90 532 {d(3)} {d(2)} {d(2)}", f"0532 {d(3)} {d(2)} {d(2)}", f"0 (212) {d(3)} {d(2)} {d(2)}", f"+90 216 {d(3)} {d(4)}"][x]
    if cc == "JP":
        return [f"03-{d(4)}-{d(4)}", f"+81 3-{d(4)}-{d(4)}", f"090-{d(4)}-{d(4)}", f"+81 90 {d(4)} {d(4)}"][x]
    if cc == "AU":
        return [f"+61 2 {d(4)} {d(4)}", f"04{d(2)} {d(3)} {d(3)}", f"(02) {d(4)} {d(4)}", f"+61 4{d(2)} {d(3)} {d(3)}"][x]
    if cc == "IN":
        return [f"+91 98{d(3)} {d(5)}", f"098{d(3)} {d(5)}", f"080 {d(4)} {d(4)}", f"+91-99{d(3)}-{d(5)}"][x]
    return f"+1 {r.choice(US_AREAS)} 555 {d(4)}"


def tollfree(r: random.Random) -> str:
    a = r.choice([800, 888, 877, 866, 855])
    return r.choice([f"1-{a}-{r.randint(200, 999)}-{_d(r, 4)}", f"({a}) {r.randint(200, 999)}-{_d(r, 4)}",
                     f"1 {a} {r.randint(200, 999)} {_d(r, 4)}"])


# ---------------------------------------------------------------------------
# Dates and times
# ---------------------------------------------------------------------------
import datetime as _dt

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
    "tr": "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar",
    "ja": "月 火 水 木 金 土 日",
}
WEEKDAYS = {k: v.split() for k, v in WEEKDAYS.items()}


def rdate(r: random.Random, y0: int = 2023, y1: int = 2025) -> _dt.datetime:
    d = _dt.date(y0, 1, 1) + _dt.timedelta(days=r.randint(0, (y1 - y0 + 1) * 365 - 1))
    return _dt.datetime(d.year, d.month, d.day, r.randint(7, 21), r.choice([0, 5, 10, 15, 20, 30, 35, 40, 45, 50, 55]) + r.randint(0, 4))


def dob_dt(r: random.Random) -> _dt.datetime:
    return rdate(r, 1942, 2004)


def fmt_time(r: random.Random, lang: str, d: _dt.datetime) -> str:
    if lang == "en" and r.random() < 0.6:
        h = d.hour % 12 or 12
        return f"{h}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}" if r.random() < 0.7 else f"{h}:{d.minute:02d}{'am' if d.hour < 12 else 'pm'}"
    if lang in ("fr", "pt") and r.random() < 0.5:
        return f"{d.hour}h{d.minute:02d}"
    if lang == "ja" and r.random() < 0.4:
        return f"{d.hour}時{d.minute:02d}分"
    if lang == "sv" and r.random() < 0.4:
        return f"{d.hour:02d}.{d.minute:02d}"
    return f"{d.hour:02d}:{d.minute:02d}"


def fmt_date(r: random.Random, lang: str, d: _dt.datetime, weekday: bool = False, numeric: bool | None = None) -> str:
    y, m, dd = d.year, d.month, d.day
    num = r.random() < 0.55 if numeric is None else numeric
    wd = WEEKDAYS.get(lang, WEEKDAYS["en"])[d.weekday()]
    if lang == "ja":
        s = r.choice([f"{y}年{m}月{dd}日", f"{y}/{m:02d}/{dd:02d}"])
        return s + (f"({wd})" if weekday else "")
    if num:
        if lang == "en":
            s = r.choice([f"{m:02d}/{dd:02d}/{y}", f"{m}/{dd}/{y}", f"{y}-{m:02d}-{dd:02d}", f"{dd:02d}/{m:02d}/{y}", f"{m:02d}-{dd:02d}-{y % 100:02d}"])
        elif lang in ("de", "pl", "tr"):
            s = r.choice([f"{dd:02d}.{m:02d}.{y}", f"{dd}.{m}.{y}", f"{y}-{m:02d}-{dd:02d}"])
        elif lang == "nl":
            s = r.choice([f"{dd:02d}-{m:02d}-{y}", f"{dd}-{m}-{y}"])
        elif lang == "sv":
            s = f"{y}-{m:02d}-{dd:02d}"
        else:
            s = r.choice([f"{dd:02d}/{m:02d}/{y}", f"{dd}/{m}/{y}", f"{dd:02d}-{m:02d}-{y}"])
        weekday = weekday and lang in ("en", "de")
        if weekday:
            return f"{wd}, {s}" if lang in ("en", "de") else s
        return s
    mn = MONTHS.get(lang, MONTHS["en"])[m - 1]
    if lang == "en":
        s = r.choice([f"{mn} {dd}, {y}", f"{dd} {mn} {y}", f"{mn[:3]} {dd}, {y}", f"{dd} {mn[:3]} {y}"])
        return f"{wd}, {s}" if weekday else s
    if lang == "de":
        s = f"{dd}. {mn} {y}"
        return f"{wd}, {s}" if weekday else s
    if lang in ("es", "pt"):
        s = f"{dd} de {mn} de {y}"
        return f"{wd}, {s}" if weekday else s
    if lang in ("fr", "it", "nl", "sv", "pl"):
        s = f"{dd} {mn} {y}"
        return f"{wd} {s}" if weekday else s
    if lang == "tr":
        s = f"{dd} {mn} {y}"
        return f"{s} {wd}" if weekday else s
    return f"{dd} {mn} {y}"


JOIN = {"en": [" at ", ", ", " "], "de": [" um ", ", ", " "], "fr": [" à ", " "], "es": [" a las ", ", "],
        "it": [" alle ", ", ", " ore "], "pt": [" às ", ", "], "nl": [" om ", ", "], "pl": [", ", " "],
        "sv": [" ", ", "], "tr": [" ", ", "], "ja": [" ", ""]}


def fmt_dt(r: random.Random, lang: str, d: _dt.datetime, weekday: bool = False) -> str:
    """Date + time written together: one DATE_TIME span."""
    return fmt_date(r, lang, d, weekday) + r.choice(JOIN.get(lang, [" "])) + fmt_time(r, lang, d)


def fmt_dob(r: random.Random, lang: str) -> str:
    return fmt_date(r, lang, dob_dt(r))


def log_ts(d: _dt.datetime, r: random.Random) -> str:
    """A log-line timestamp (hard negative, never labelled); one format and a
    monotonic clock per document (state kept on the document's Random)."""
    if getattr(r, "_log_fmt", None) is None:
        r._log_fmt = r.randrange(4)
        r._log_clock = d
    r._log_clock = max(r._log_clock, d) + _dt.timedelta(milliseconds=r.randint(5, 45000))
    d = r._log_clock
    return ([d.strftime("%Y-%m-%dT%H:%M:%S") + f".{r.randint(0, 999):03d}Z",
                     d.strftime("%Y-%m-%d %H:%M:%S") + f",{r.randint(0, 999):03d}",
                     d.strftime("[%d/%b/%Y:%H:%M:%S +0000]"), d.strftime("%b %d %H:%M:%S")])[r._log_fmt]


# ---------------------------------------------------------------------------
# Checksummed identifiers
# ---------------------------------------------------------------------------
def luhn_ok(digits: str) -> bool:
    s = 0
    for i, ch in enumerate(reversed(digits)):
        v = int(ch)
        if i % 2:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return s % 10 == 0


def luhn_complete(prefix: str, length: int, r: random.Random) -> str:
    body = prefix + _d(r, length - len(prefix) - 1)
    for c in string.digits:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card(r: random.Random, brand: str | None = None, sep: str | None = None) -> str:
    brand = brand or r.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "jcb"])
    if brand == "amex":
        n = luhn_complete(r.choice(["34", "37"]), 15, r)
        groups = [n[:4], n[4:10], n[10:]]
    else:
        pre = {"visa": "4", "mc": r.choice(["51", "53", "55", "2221"]), "disc": "6011", "jcb": "3528"}[brand]
        n = luhn_complete(pre, 16, r)
        groups = [n[i:i + 4] for i in range(0, 16, 4)]
    sep = r.choice([" ", " ", "-", ""]) if sep is None else sep
    return sep.join(groups)


def luhn_bad(r: random.Random, grouped: bool = True) -> str:
    n = luhn_complete(r.choice(["4", "5", "6"]), 16, r)
    n = n[:-1] + str((int(n[-1]) + r.randint(1, 9)) % 10)
    return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if grouped else n


def masked_pan(r: random.Random) -> str:
    last = _d(r, 4)
    return r.choice([f"************{last}", f"XXXX-XXXX-XXXX-{last}", f"**** **** **** {last}",
                     f"{r.choice(['4', '5'])}{_d(r, 5)}******{last}", f"...{last}"])


IBAN_SPEC = {"DE": [("n", 18)], "FR": [("n", 10), ("c", 11), ("n", 2)], "ES": [("n", 20)],
             "IT": [("a", 1), ("n", 10), ("c", 12)], "NL": [("a", 4), ("n", 10)],
             "GB": [("a", 4), ("n", 14)], "PL": [("n", 24)], "SE": [("n", 20)],
             "TR": [("n", 5), ("z", 1), ("c", 16)], "PT": [("n", 21)], "BE": [("n", 12)],
             "AT": [("n", 16)], "IE": [("a", 4), ("n", 14)]}


def iban(r: random.Random, cc: str = "DE", grouped: bool | None = None) -> str:
    bban = ""
    for kind, n in IBAN_SPEC[cc]:
        pool = {"n": string.digits, "a": string.ascii_uppercase, "c": string.digits + string.ascii_uppercase, "z": "0"}[kind]
        bban += "".join(r.choice(pool) for _ in range(n))
    num = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    s = f"{cc}{98 - num % 97:02d}{bban}"
    if grouped is None:
        grouped = r.random() < 0.6
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def ssn(r: random.Random, sep: str = "-") -> str:
    a = r.choice([x for x in range(1, 900) if x != 666])
    return f"{a:03d}{sep}{r.randint(1, 99):02d}{sep}{r.randint(1, 9999):04d}"


def ssn_bad(r: random.Random) -> str:
    a = r.choice([0, 666, r.randint(900, 999)])
    return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def dl_number(r: random.Random, st: str | None = None) -> tuple[str, str]:
    st = st or r.choice(["CA", "TX", "NY", "FL", "IL", "WA", "PA", "OH"])
    L = string.ascii_uppercase
    n = {"CA": lambda: r.choice(L) + _d(r, 7), "TX": lambda: _d(r, 8), "NY": lambda: f"{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}",
         "FL": lambda: f"{r.choice(L)}{_d(r, 3)}-{_d(r, 3)}-{_d(r, 2)}-{_d(r, 3)}-0",
         "IL": lambda: f"{r.choice(L)}{_d(r, 3)}-{_d(r, 4)}-{_d(r, 4)}", "WA": lambda: "WDL" + "".join(r.choice(L + string.digits) for _ in range(6)) + _d(r, 3),
         "PA": lambda: f"{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}", "OH": lambda: "".join(r.choice(L) for _ in range(2)) + _d(r, 6)}[st]()
    return st, n


def dl_intl(r: random.Random, cc: str) -> str:
    L = string.ascii_uppercase
    if cc == "GB":
        return "".join(r.choice(L) for _ in range(5)) + _d(r, 6) + "".join(r.choice(L) for _ in range(2)) + _d(r, 1) + "".join(r.choice(L) for _ in range(2))
    if cc == "DE":
        return r.choice(L) + _d(r, 2) + "".join(r.choice(L + string.digits) for _ in range(7)) + _d(r, 1)
    if cc == "FR":
        return _d(r, 2) + "".join(r.choice(L) for _ in range(2)) + _d(r, 5)
    if cc == "ES":
        n = r.randint(10000000, 99999999)
        return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"
    if cc == "IT":
        return "U1" + "".join(r.choice(L + string.digits) for _ in range(7)) + r.choice(L)
    return _d(r, 9)


def loyalty_no(r: random.Random) -> str:
    return r.choice([f"{_d(r, 4)} {_d(r, 4)} {_d(r, 3)}", f"LY{_d(r, 10)}", f"{r.choice(['70', '88', '92'])}{_d(r, 9)}",
                     f"M-{_d(r, 8)}", f"{_d(r, 4)}-{_d(r, 4)}-{_d(r, 4)}"])


def bank_acct(r: random.Random) -> str:
    return r.choice([_d(r, 10), _d(r, 12), f"{_d(r, 4)}-{_d(r, 6)}", _d(r, 8)])


def cust_acct(r: random.Random) -> str:
    return r.choice([f"C{_d(r, 8)}", f"CUST-{_d(r, 7)}", f"{_d(r, 2)}-{_d(r, 6)}-{_d(r, 2)}", f"AC{_d(r, 9)}"])


def mrn(r: random.Random) -> str:
    return r.choice([f"MRN{_d(r, 7)}", _d(r, 8), f"RX-{_d(r, 7)}", f"E{_d(r, 9)}", f"PT{_d(r, 6)}"])


def hpn(r: random.Random) -> str:
    L = string.ascii_uppercase
    return r.choice([f"{''.join(r.choice(L) for _ in range(3))}{_d(r, 9)}", f"W{_d(r, 9)}", f"{_d(r, 9)}-01",
                     f"1{r.choice(L)}{r.choice(L)}{_d(r, 1)}-{r.choice(L)}{r.choice(L)}{_d(r, 1)}-{r.choice(L)}{r.choice(L)}{_d(r, 2)}",
                     f"ZGP{_d(r, 8)}"])


def ip4(r: random.Random, private: bool | None = None) -> str:
    private = r.random() < 0.5 if private is None else private
    if private:
        return r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                         f"192.168.{r.randint(0, 40)}.{r.randint(2, 254)}", f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}"])
    return f"{r.choice([23, 45, 64, 73, 81, 98, 104, 142, 151, 176, 185, 203, 212])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ip6(r: random.Random) -> str:
    return f"2001:db8:{r.randint(0, 0xffff):x}:{r.randint(0, 0xffff):x}::{r.randint(1, 0xffff):x}" if r.random() < 0.5 else \
        f"2a02:{r.randint(0x1000, 0xffff):x}:{r.randint(0, 0xffff):x}:{r.randint(0, 0xffff):x}:{r.randint(0, 0xffff):x}:{r.randint(0, 0xffff):x}:{r.randint(0, 0xffff):x}:{r.randint(1, 0xffff):x}"


def ip_any(r: random.Random) -> str:
    return ip6(r) if r.random() < 0.15 else ip4(r)


# ---------------------------------------------------------------------------
# Secrets
# ---------------------------------------------------------------------------
ALNUM = string.ascii_letters + string.digits


def rs(r: random.Random, n: int, pool: str = ALNUM) -> str:
    return "".join(r.choice(pool) for _ in range(n))


def b64u(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def aws_access(r: random.Random) -> str:
    return r.choice(["AKIA", "AKIA", "ASIA"]) + rs(r, 16, string.ascii_uppercase + "234567")


def aws_secret(r: random.Random) -> str:
    return rs(r, 40, ALNUM + "/+")


def github_token(r: random.Random) -> str:
    if r.random() < 0.25:
        return "github_pat_11" + rs(r, 20, string.ascii_uppercase + string.digits) + "_" + rs(r, 59)
    return r.choice(["ghp_", "ghp_", "gho_", "ghs_"]) + rs(r, 36)


def slack_token(r: random.Random) -> str:
    p = r.choice(["xoxb", "xoxb", "xoxp"])
    if p == "xoxp":
        return f"xoxp-{_d(r, 12)}-{_d(r, 12)}-{_d(r, 13)}-{rs(r, 32, '0123456789abcdef')}"
    return f"xoxb-{_d(r, 12)}-{_d(r, 13)}-{rs(r, 24)}"


def slack_webhook(r: random.Random) -> str:
    return f"https://hooks.slack.com/services/T{rs(r, 8, string.ascii_uppercase + string.digits)}/B{rs(r, 10, string.ascii_uppercase + string.digits)}/{rs(r, 24)}"


def stripe_key(r: random.Random) -> str:
    return r.choice(["sk_live_", "sk_live_", "rk_live_"]) + rs(r, r.choice([24, 34, 99]))


def jwt(r: random.Random, sub: str | None = None) -> str:
    alg = r.choice(["HS256", "RS256", "ES256"])
    hdr = {"alg": alg, "typ": "JWT"}
    if alg != "HS256":
        hdr["kid"] = rs(r, 8, "0123456789abcdef")
    iat = r.randint(1_690_000_000, 1_740_000_000)
    pl = {"sub": sub or f"pos-{_d(r, 4)}", "iss": r.choice(["https://auth.northgate-retail.com", "oms", "loyalty-api"]),
          "iat": iat, "exp": iat + r.choice([900, 3600, 86400]), "scope": r.choice(["orders:read", "pos:write", "loyalty:admin"])}
    sig = {"HS256": 32, "RS256": 256, "ES256": 64}[alg]
    return ".".join([b64u(json.dumps(hdr, separators=(",", ":")).encode()),
                     b64u(json.dumps(pl, separators=(",", ":")).encode()),
                     b64u(bytes(r.randrange(256) for _ in range(sig)))])


def pem(r: random.Random) -> str:
    kind = r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    nbytes = {"RSA PRIVATE KEY": 48 * r.randint(6, 10), "PRIVATE KEY": 48 * r.randint(6, 10),
              "EC PRIVATE KEY": 121, "OPENSSH PRIVATE KEY": 48 * 5}[kind]
    body = base64.b64encode(bytes(r.randrange(256) for _ in range(nbytes))).decode()
    if kind == "RSA PRIVATE KEY":
        body = "MIIE" + body[4:]
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"


WORDS = ["Summer", "Falcon", "Pumpkin", "Harbor", "Maple", "Winter", "Rocket", "Kiwi", "Sunset", "Tiger",
         "Blue", "Coffee", "Bison", "Orchid", "Retail", "Store", "Cedar", "Lotus"]


def password(r: random.Random) -> str:
    k = r.randint(0, 3)
    if k == 0:
        return f"{r.choice(WORDS)}{r.choice(WORDS)}{r.randint(1, 99)}{r.choice('!#$%*&')}"
    if k == 1:
        return f"{r.choice(WORDS)}{r.randint(2019, 2025)}{r.choice('!#$@')}"
    if k == 2:
        return rs(r, r.randint(12, 18), ALNUM + "!#%*-_=") + r.choice(ALNUM)
    return f"{r.choice(WORDS).lower()}-{r.choice(WORDS).lower()}-{r.randint(10, 999)}"


def generic_secret(r: random.Random) -> tuple[str, str]:
    """(label hint, secret value)."""
    hx = "0123456789abcdef"
    return r.choice([
        ("webhook_secret", "whsec_" + rs(r, 32)),
        ("sendgrid_api_key", "SG." + rs(r, 22, ALNUM + "-_") + "." + rs(r, 43, ALNUM + "-_")),
        ("twilio_auth_token", rs(r, 32, hx)),
        ("shopify_admin_token", "shpat_" + rs(r, 32, hx)),
        ("square_access_token", "EAAA" + rs(r, 60, ALNUM + "-_")),
        ("paypal_client_secret", "E" + rs(r, 79, ALNUM + "-_")),
        ("algolia_admin_key", rs(r, 32, hx)),
        ("mailchimp_api_key", rs(r, 32, hx) + "-us" + str(r.randint(2, 21))),
        ("adyen_api_key", "AQE" + rs(r, 70, ALNUM + "+/")),
        ("braintree_private_key", rs(r, 32, hx)),
        ("client_secret", rs(r, 40, ALNUM + "~_.-") + r.choice(ALNUM)),
        ("api_key", rs(r, 40, ALNUM)),
    ])


def bearer_opaque(r: random.Random) -> str:
    return r.choice(["at_", "tok_", ""]) + rs(r, 40, ALNUM + "-_") + r.choice(ALNUM)


# ---------------------------------------------------------------------------
# Hard negatives and domain filler
# ---------------------------------------------------------------------------
def uuid4(r: random.Random) -> str:
    h = rs(r, 32, "0123456789abcdef")
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:32]}"


def sha(r: random.Random, n: int = 40) -> str:
    return rs(r, n, "0123456789abcdef")


def order_no(r: random.Random) -> str:
    return r.choice([f"ORD-{r.randint(2023, 2025)}-{_d(r, 7)}", f"#{r.randint(1000, 9999)}{_d(r, 5)}",
                     f"SO{_d(r, 8)}", f"W{_d(r, 10)}", f"{_d(r, 3)}-{_d(r, 7)}-{_d(r, 7)}"])


def ticket_no(r: random.Random) -> str:
    return r.choice([f"CS-{_d(r, 6)}", f"INC{_d(r, 7)}", f"#{_d(r, 6)}", f"CASE-{_d(r, 8)}", f"TKT-{_d(r, 5)}"])


def rma_no(r: random.Random) -> str:
    return r.choice([f"RMA-{_d(r, 4)}-{_d(r, 2)}", f"RET{_d(r, 8)}", f"R-{_d(r, 6)}"])


def tracking(r: random.Random) -> str:
    return r.choice([f"1Z{rs(r, 6, string.ascii_uppercase + string.digits)}{_d(r, 10)}", f"9400 {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 2)}",
                     f"JJD{_d(r, 18)}", f"{_d(r, 12)}"])


def version(r: random.Random) -> str:
    return r.choice([f"v{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 30)}", f"{r.randint(1, 12)}.{r.randint(0, 9)}.{r.randint(0, 99)}-build.{_d(r, 4)}",
                     f"{r.randint(2019, 2025)}.{r.randint(1, 4)}.{r.randint(0, 9)}"])


def money(r: random.Random, lang: str = "en", lo: float = 1, hi: float = 600) -> str:
    v = round(r.uniform(lo, hi), 2)
    whole, cents = f"{v:,.2f}".split(".")
    eu = whole.replace(",", ".")
    return {"en": f"${whole}.{cents}", "de": f"{eu},{cents} €", "fr": f"{eu.replace('.', ' ')},{cents} €",
            "es": f"{eu},{cents} €", "it": f"€ {eu},{cents}", "pt": f"{eu},{cents} €", "nl": f"€ {eu},{cents}",
            "pl": f"{eu.replace('.', ' ')},{cents} zł", "sv": f"{eu.replace('.', ' ')},{cents} kr",
            "tr": f"₺{eu},{cents}", "ja": f"¥{int(v * 100):,}", "gb": f"£{whole}.{cents}"}.get(lang, f"${whole}.{cents}")


PRODUCTS = ["Ben & Jerry's Half Baked 16oz", "Jack Daniel's Old No. 7 750ml", "Tommy Hilfiger Polo M Navy",
            "Ralph Lauren Oxford Shirt L", "Calvin Klein Boxer 3pk", "Dr Pepper 12pk", "Ted Baker Tote",
            "Marc Jacobs Daisy EDT 50ml", "Kiehl's Ultra Facial Cream", "Levi's 501 32x32", "Betty Crocker Brownie Mix",
            "Newman's Own Marinara", "Hellmann's Real Mayo 30oz", "Dr. Oetker Ristorante Pizza", "Haribo Goldbears 200g",
            "Birkenstock Arizona 39", "Philips Sonicare 4100", "Dyson V8 Absolute", "Nintendo Switch OLED",
            "AirPods Pro (2nd gen)", "KitchenAid Artisan Mixer", "Lodge Cast Iron 10in", "Stanley Quencher 40oz",
            "LEGO Classic 11717", "Keurig K-Mini", "Ninja AF101 Air Fryer", "Crocs Classic Clog M9",
            "Instant Pot Duo 6qt", "Yeti Rambler 20oz", "Samsung 55in QLED", "Sony WH-1000XM5"]


def product(r: random.Random) -> str:
    return r.choice(PRODUCTS)


def upc(r: random.Random) -> str:
    return _d(r, 12)


def sku(r: random.Random) -> str:
    return r.choice([f"SKU {_d(r, 3)}-{_d(r, 3)}-{_d(r, 3)}", f"{_d(r, 8)}", f"DPCI 9{_d(r, 2)}-{_d(r, 2)}-{_d(r, 4)}"])


def store_no(r: random.Random) -> str:
    return f"{r.randint(1, 2999):04d}"


def tid(r: random.Random) -> str:
    return r.choice([f"{_d(r, 8)}", f"T{_d(r, 7)}", f"POS{r.randint(1, 40):02d}"])


def mid(r: random.Random) -> str:
    return r.choice(["0", "8"]) + _d(r, 14)


ROUTING = ["021000021", "026009593", "121000248", "011000138", "111000025", "061000104", "071000013"]
BICS = ["DEUTDEFF", "BNPAFRPP", "COBADEFFXXX", "INGBNL2A", "CAIXESBBXXX", "UNCRITMM", "BPOTBRSP", "NDEASESS", "TGBATRIS"]
RETAILERS = ["Northgate Retail", "BrightMart", "Kestrel Home", "Urban Thread", "Lumen Outfitters",
             "Pivot Grocers", "Fjord Sport"]
CARRIERS = ["UPS", "FedEx", "USPS", "DHL", "DPD", "Hermes", "PostNL", "Correos", "Colissimo"]
PETS = ["Biscuit", "Pepper", "Mochi", "Rex", "Luna", "Bello", "Chouquette", "Tarçın"]


def vin(r: random.Random) -> str:
    return rs(r, 17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")


def plate(r: random.Random) -> str:
    return r.choice([f"{rs(r, 3, string.ascii_uppercase)}-{_d(r, 4)}", f"{rs(r, 1, 'BMKHS')}-{rs(r, 2, string.ascii_uppercase)} {_d(r, 3)}"])


def shop_url(r: random.Random, dom: str | None = None) -> str:
    dom = dom or r.choice(RETAIL_DOMAINS)
    path = r.choice([f"/orders/{_d(r, 9)}/track", f"/account/returns?rma={_d(r, 7)}", f"/help/returns-policy",
                     f"/gift-cards/balance", f"/p/{rs(r, 6, string.ascii_lowercase)}-{_d(r, 6)}", f"/loyalty/rewards?src=email",
                     f"/support/case/{_d(r, 7)}", f"/r/{rs(r, 10)}"])
    return f"https://{r.choice(['www.', 'shop.', '', 'help.'])}{dom}{path}"


def filler_log_line(r: random.Random, d: _dt.datetime) -> str:
    """A log line with only hard negatives."""
    return r.choice([
        f"{log_ts(d, r)} INFO  oms.sync batch={_d(r, 6)} orders={r.randint(1, 400)} took={r.randint(20, 900)}ms",
        f"{log_ts(d, r)} DEBUG pos.tender lane={r.randint(1, 18)} txn={_d(r, 6)} amount={money(r)} approved",
        f"{log_ts(d, r)} WARN  inventory sku={sku(r)} onhand={r.randint(-3, 40)} reorder=true",
        f"{log_ts(d, r)} INFO  request_id={uuid4(r)} status=200 path=/api/v2/orders/{order_no(r).lstrip('#')}",
        f"{log_ts(d, r)} INFO  build {version(r)} commit {sha(r)[:12]} deployed to lane controllers",
    ])


# ---------------------------------------------------------------------------
# Document kinds (English, entity-bearing)
# ---------------------------------------------------------------------------
def _items(b: Builder, r: random.Random, cur: str = "en", n: int | None = None) -> None:
    for _ in range(n or r.randint(2, 5)):
        p = product(r)
        b.t(f"{upc(r)}  {p[:26]:<26} {money(r, cur, 2, 250):>10}\n")


def k_pos_receipt(r: random.Random) -> Builder:
    b = Builder()
    a = addr(r, "en", r.choice(["US", "US", "US", "CA", "GB"]))
    cur = "gb" if a.cc == "GB" else "en"
    up = r.random() < 0.5
    b.t(f"{r.choice(RETAILERS).upper()}   STORE {store_no(r)}\n")
    b.e(a.block().upper() if up else a.block(), "ADDRESS").t("\n")
    b.t(r.choice(["", "Tel ", "PH: "])).e(phone(r, a.cc), "PHONE_NUMBER").t("\n")
    b.t("-" * 38 + "\n")
    b.e(fmt_dt(r, "en", rdate(r)), "DATE_TIME").t(f"  REG {r.randint(1, 18):02d}  TRN {_d(r, 4)}\n")
    f, l = person(r, "en")
    b.t(r.choice(["Cashier: ", "OPERATOR ", "Served by "])).e(f.upper() if up else f, "PERSON").t(f"  ({_d(r, 4)})\n\n")
    _items(b, r, cur)
    b.t(f"\nSUBTOTAL{money(r, cur, 20, 400):>30}\nTAX{money(r, cur, 1, 30):>35}\nTOTAL{money(r, cur, 20, 430):>33}\n")
    b.t(f"{r.choice(['VISA', 'MASTERCARD', 'AMEX', 'DEBIT'])} {masked_pan(r)}\n")
    b.t(f"AUTH CODE {rs(r, 6, '0123456789ABCDEF')}   AID A00000000{r.choice(['31010', '41010', '25010'])}   {r.choice(['CHIP', 'TAP', 'SWIPE'])}\n")
    if r.random() < 0.8:
        cf, cl = person(r, "en")
        b.t(r.choice(["Rewards member: ", "MEMBER ", "Loyalty: "])).e(pname(r, cf, cl, "caps" if up else "full"), "PERSON")
        b.t(r.choice(["\nMember #: ", "  #", "\nAcct "])).e(loyalty_no(r), "ACCOUNT_NUMBER")
        b.t(f"\nPoints this visit: {r.randint(5, 400)}   Balance: {r.randint(100, 9000):,}\n")
    b.t(r.choice(["\nRETURNS ACCEPTED UNTIL ", "\nReturn/exchange by ", "\nREFUND DEADLINE "]))
    b.e(fmt_date(r, "en", rdate(r)), "DATE_TIME").t(" with receipt.\n")
    b.t("Tell us how we did: ").e(f"https://survey.{r.choice(RETAIL_DOMAINS)}/?s={_d(r, 5)}-{_d(r, 4)}", "URL").t("\n")
    b.t(f"9{_d(r, 3)} {_d(r, 2)} {_d(r, 3)} {_d(r, 4)}  {version(r)}\n")
    return b


def k_pos_journal(r: random.Random) -> Builder:
    b = Builder()
    d = rdate(r)
    lane = r.randint(1, 16)
    b.t(f"# EJ export store {store_no(r)} lane {lane:02d} pos-agent {version(r)}\n")
    for _ in range(r.randint(1, 2)):
        b.t(filler_log_line(r, d) + "\n")
    f, l = person(r, "en")
    b.t(f"{log_ts(d, r)} INFO  SIGNON operator={_d(r, 4)} name=\"").e(pname(r, f, l, r.choice(["caps", "full"])), "PERSON").t("\"\n")
    cf, cl = person(r, "en")
    ph = phone(r, "US")
    b.t(f"{log_ts(d, r)} INFO  LOYALTY_LOOKUP key=phone value=\"").e(ph, "PHONE_NUMBER").t("\" result=1\n")
    b.t(f"{log_ts(d, r)} INFO  LOYALTY_ATTACH member=").e(loyalty_no(r).replace(" ", ""), "ACCOUNT_NUMBER")
    b.t(" holder=\"").e(pname(r, cf, cl, "lastfirst_caps"), "PERSON").t("\"\n")
    for _ in range(r.randint(2, 4)):
        b.t(f"{log_ts(d, r)} INFO  ITEM upc={upc(r)} qty=1 ext={money(r)}\n")
    if r.random() < 0.6:
        b.t(f"{log_ts(d, r)} DEBUG EMV raw track2 dump pan=").e(card(r, sep=""), "CREDIT_CARD").t(f" exp={r.randint(1, 12):02d}{r.randint(25, 30)} svc=201  <-- PCI: should be masked\n")
    else:
        b.t(f"{log_ts(d, r)} INFO  TENDER card={masked_pan(r)} approved auth={_d(r, 6)}\n")
    b.t(f"{log_ts(d, r)} INFO  RECEIPT email=").e(email_for(r, cf, cl), "EMAIL_ADDRESS").t(" queued\n")
    if r.random() < 0.5:
        b.t(f"{log_ts(d, r)} WARN  MGR_OVERRIDE reason=PRICE by=").e(person(r, "en")[0].upper(), "PERSON").t(f" emp={_d(r, 5)}\n")
    b.t(f"{log_ts(d, r)} INFO  TXN_END txn={_d(r, 6)} total={money(r)} duration={r.randint(30, 400)}s\n")
    return b


def k_loyalty_csv(r: random.Random) -> Builder:
    b = Builder()
    sep = r.choice([",", ";", "|"])
    cols = ["member_id", "first_name", "last_name", "email", "phone", "date_of_birth", "postal_code", "tier", "points", "enrolled_on"]
    b.t(sep.join(cols) + "\n")
    for _ in range(r.randint(3, 7)):
        a = addr(r, "en", r.choice(["US", "US", "CA"]))
        f, l = person(r, "en")
        row = [(loyalty_no(r).replace(" ", ""), "ACCOUNT_NUMBER"), (f, "PERSON"), (l, "PERSON"),
               (email_for(r, f, l), "EMAIL_ADDRESS"), (phone(r, a.cc), "PHONE_NUMBER"),
               (fmt_date(r, "en", dob_dt(r), numeric=True), "DATE_OF_BIRTH"), (a.postcode, None),
               (r.choice(["Silver", "Gold", "Platinum", "Basic"]), None), (str(r.randint(0, 25000)), None),
               (fmt_date(r, "en", rdate(r, 2015, 2024), numeric=True), "DATE_TIME")]
        for i, (v, t) in enumerate(row):
            if i:
                b.t(sep)
            if r.random() < 0.1 and t in ("EMAIL_ADDRESS", "PHONE_NUMBER"):
                continue
            b.e(v, t)
        b.t("\n")
    return b


def k_loyalty_tsv(r: random.Random) -> Builder:
    b = Builder()
    b.t("CUST_NO\tNAME\tMOBILE\tEMAIL\tBIRTHDAY\tCITY\tSTATE\tLAST_VISIT\tSTORE\n")
    for _ in range(r.randint(3, 6)):
        a = addr(r, "en", r.choice(["US", "US", "CA", "AU"]))
        f, l = person(r, "en")
        b.e(cust_acct(r), "ACCOUNT_NUMBER").t("\t").e(pname(r, f, l, r.choice(["lastfirst", "lastfirst_caps"])), "PERSON").t("\t")
        b.e(phone(r, a.cc), "PHONE_NUMBER").t("\t").e(email_for(r, f, l), "EMAIL_ADDRESS").t("\t")
        b.e(fmt_date(r, "en", dob_dt(r), numeric=True), "DATE_OF_BIRTH").t("\t")
        b.e(a.city, "LOCATION").t("\t").e(a.region, "LOCATION").t("\t")
        b.e(fmt_date(r, "en", rdate(r), numeric=True), "DATE_TIME").t(f"\t{store_no(r)}\n")
    return b


def k_loyalty_json(r: random.Random) -> Builder:
    b = Builder()
    a = addr(r, "en", r.choice(["US", "GB", "CA", "AU", "IN"]))
    f, l = person(r, "en")
    obj = {
        "memberId": L(loyalty_no(r).replace(" ", ""), "ACCOUNT_NUMBER"),
        "status": r.choice(["ACTIVE", "ACTIVE", "SUSPENDED"]),
        "tier": r.choice(["SILVER", "GOLD", "ICON"]),
        "profile": {
            "givenName": L(f, "PERSON"), "familyName": L(l, "PERSON"),
            "email": L(email_for(r, f, l), "EMAIL_ADDRESS"),
            "mobile": L(phone(r, a.cc), "PHONE_NUMBER"),
            "birthDate": L(f"{dob_dt(r):%Y-%m-%d}", "DATE_OF_BIRTH"),
            "address": {"line1": L(a.line1, "ADDRESS"), "city": L(a.city, "LOCATION"),
                        "region": L(a.region, "LOCATION") if a.region else "", "postalCode": a.postcode, "country": a.cc},
        },
        "points": {"balance": r.randint(0, 40000), "pending": r.randint(0, 500), "expiring": [
            {"amount": r.randint(10, 900), "expiresOn": L(f"{rdate(r, 2025, 2026):%Y-%m-%d}", "DATE_TIME")}]},
        "consents": {"email": r.random() < 0.7, "sms": r.random() < 0.4},
        "householdId": uuid4(r),
        "_links": {"self": L(f"https://api.{r.choice(RETAIL_DOMAINS)}/loyalty/v3/members/{_d(r, 9)}", "URL")},
    }
    if r.random() < 0.5:
        b.t(f"GET /loyalty/v3/members/{_d(r, 9)} -> 200 ({r.randint(30, 300)} ms)\n")
    emit_json(b, obj, r.choice([2, 4]))
    b.t("\n")
    return b


def k_return_form(r: random.Random) -> Builder:
    b = Builder()
    a = addr(r, "en", r.choice(["US", "US", "GB", "CA"]))
    f, l = person(r, "en")
    b.t(f"{r.choice(RETAILERS)} - MERCHANDISE RETURN / REFUND FORM\n")
    b.t(f"Form RR-{r.randint(10, 99)} rev {r.randint(1, 9)}   Store {store_no(r)}\n\n")
    b.kv("Customer name: ", pname(r, f, l), "PERSON")
    b.kv("Street address: ", a.line1, "ADDRESS")
    b.kv("City: ", a.city, "LOCATION", end="   ")
    b.kv("State/Prov: ", a.region or "-", "LOCATION" if a.region else None, end="   ")
    b.t(f"ZIP/Postcode: {a.postcode}\n")
    b.kv("Phone: ", phone(r, a.cc), "PHONE_NUMBER")
    if r.random() < 0.7:
        b.kv("E-mail: ", email_for(r, f, l), "EMAIL_ADDRESS")
    b.t(f"Original receipt: {r.choice(['YES', 'NO'])}   Order/receipt no.: {order_no(r)}\n")
    b.t("Purchase date: ").e(fmt_date(r, "en", rdate(r)), "DATE_TIME").t("\n")
    b.t("Item(s) returned:\n")
    for _ in range(r.randint(1, 3)):
        b.t(f"  [{r.choice(['x', ' '])}] {product(r)}  {sku(r)}  {money(r)}  reason: {r.choice(['defective', 'wrong size', 'changed mind', 'damaged in transit', 'not as described'])}\n")
    b.t(f"Refund method: {r.choice(['original tender', 'store credit', 'gift card', 'cash'])}\n")
    if a.cc == "US" and r.random() < 0.7:
        st, dl = dl_number(r)
        b.t("No-receipt return - ID verified: DL state ").e(st, "LOCATION").t("  DL no. ").e(dl, "DRIVER_LICENSE").t("\n")
    b.t("Customer signature: ____________   Date: ").e(fmt_date(r, "en", rdate(r), numeric=True), "DATE_TIME").t("\n")
    mf, ml = person(r, "en")
    b.t("Approved by (MOD): ").e(pname(r, mf, ml, r.choice(["full", "first"])), "PERSON").t(f"   RMA {rma_no(r)}\n")
    return b


def k_refund_email(r: random.Random) -> Builder:
    b = Builder()
    f, l = person(r, "en")
    em = email_for(r, f, l)
    dom = r.choice(RETAIL_DOMAINS)
    d = rdate(r)
    b.t("From: ").e(pname(r, f, l, "full"), "PERSON").t(" <").e(em, "EMAIL_ADDRESS").t(">\n")
    b.t("To: ").e(f"support@{dom}", "EMAIL_ADDRESS").t("\n")
    b.t(f"Date: {d:%a, %d %b %Y %H:%M:%S} -0500\n")
    on = order_no(r)
    b.t(f"Subject: Re: Refund still not received - order {on}\n\n")
    b.t(r.choice(["Hi,", "Hello there,", "To whom it may concern,"]) + "\n\n")
    b.t(f"I returned a {product(r)} at your store on ").e(fmt_date(r, "en", rdate(r), weekday=r.random() < 0.3), "DATE_TIME")
    b.t(f" and was told the refund of {money(r)} would post within 5-7 business days. It has now been over two weeks.\n")
    if r.random() < 0.5:
        b.t("The card I paid with ends in " + _d(r, 4) + f". Return receipt reference {rma_no(r)}.\n")
    else:
        b.t("Since the card was cancelled, please send it to my bank instead: account ").e(bank_acct(r), "ACCOUNT_NUMBER")
        b.t(f", routing {r.choice(ROUTING)}.\n")
    b.t("\nYou can reach me on ").e(phone(r, "US"), "PHONE_NUMBER").t(" after ").e(fmt_time(r, "en", rdate(r)), "DATE_TIME").t(".\n\n")
    b.t(r.choice(["Thanks,", "Regards,", "Best,"]) + "\n").e(f, "PERSON").t("\n")
    b.t(f"\n> Customer Care wrote:\n> Thank you for contacting us. Your case number is {ticket_no(r)}.\n")
    return b


def k_manager_email(r: random.Random) -> Builder:
    b = Builder()
    dom = r.choice(RETAIL_DOMAINS)
    f1, l1 = person(r, "en")
    f2, l2 = person(r, "en")
    a = addr(r, "en", "US")
    d = rdate(r)
    b.t("From: ").e(f"{f1} {l1}", "PERSON").t(" <").e(staff_email(r, f1, l1, dom), "EMAIL_ADDRESS").t(">\n")
    b.t("To: ").e(f"{f2} {l2}", "PERSON").t(" <").e(staff_email(r, f2, l2, dom), "EMAIL_ADDRESS").t(">\n")
    b.t("Cc: ").e(f"district{r.randint(1, 40)}-ops@{dom}", "EMAIL_ADDRESS").t("\n")
    b.t(f"Date: {d:%a, %d %b %Y %H:%M:%S} -0600\nSubject: Store {store_no(r)} - weekend recap + escalations\n\n")
    b.e(f2, "PERSON").t(f",\n\nQuick recap from the weekend. Sales were {money(r, 'en', 40000, 150000)} vs plan {money(r, 'en', 40000, 150000)}; shrink flagged on {product(r)}.\n\n")
    b.t("Escalations:\n1. Customer ")
    cf, cl = person(r, "en")
    b.e(pname(r, cf, cl, "full"), "PERSON").t(" (").e(phone(r, "US"), "PHONE_NUMBER").t(f") is upset about a denied no-receipt return on a {product(r)}. ")
    b.t("I offered store credit; she wants a call back before ").e(fmt_dt(r, "en", rdate(r), weekday=r.random() < 0.5), "DATE_TIME").t(".\n")
    b.t(f"2. Layaway pickup for ").e(person(r, "en")[1], "PERSON").t(f" is ready - ticket {ticket_no(r)}, balance {money(r)}.\n")
    b.t("3. The delivery for the order going to ").e(a.one(), "ADDRESS").t(" was refused; carrier says address mismatch.\n\n")
    if r.random() < 0.5:
        b.t("Also, the back-office PC password got reset to ").e(password(r), "PASSWORD").t(" - please change it when you're in.\n\n")
    b.t(f"Schedule for next week is posted. {r.choice(['Thanks', 'Cheers', 'Talk soon'])},\n").e(f1, "PERSON").t("\n")
    b.t("Store Manager | ").e(phone(r, "US"), "PHONE_NUMBER").t("\n")
    return b


def k_gift_card(r: random.Random) -> Builder:
    b = Builder()
    f, l = person(r, "en")
    rf, rl = person(r, "en")
    gc = f"{r.choice(['6006', '7777', '6046'])} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 3)}"
    if r.random() < 0.5:
        b.t("GIFT CARD ACTIVITY REPORT\n")
        b.t(f"Card: {gc}   PIN: ****   Program: {r.choice(['eGift', 'Plastic', 'Promo'])}\n")
        b.t("Purchaser: ").e(pname(r, f, l), "PERSON").t("   Email: ").e(email_for(r, f, l), "EMAIL_ADDRESS").t("\n")
        b.t("Recipient: ").e(pname(r, rf, rl, "full"), "PERSON").t("\n")
        b.t("Deliver on: ").e(fmt_date(r, "en", rdate(r)), "DATE_TIME").t("\n\n")
        b.t("DATE        STORE  TYPE        AMOUNT     BAL\n")
        for _ in range(r.randint(3, 6)):
            d = rdate(r)
            b.e(f"{d:%Y-%m-%d}", "DATE_TIME").t(f"  {store_no(r)}   {r.choice(['ACTIVATE', 'REDEEM  ', 'RELOAD  ', 'INQUIRY '])}  {money(r):>9}  {money(r):>9}\n")
        b.t(f"\nFlag: velocity ({r.randint(3, 9)} redemptions/24h) - reviewed by ").e(person(r, "en")[0], "PERSON").t("\n")
    else:
        b.t("Subject: Your ")
        b.t(f"{r.choice(RETAILERS)} eGift card from ").e(f, "PERSON").t(" is here!\n\n")
        b.t("Hi ").e(rf, "PERSON").t(",\n\n").e(pname(r, f, l, "full"), "PERSON").t(f" sent you a {money(r, 'en', 10, 200)} gift card with a message:\n")
        b.t(f"\"Happy birthday! Treat yourself. Love from {r.choice(['us', 'the team', 'all of us'])} and {r.choice(PETS)} the dog\"\n\n")
        b.t(f"Card number: {gc}\nPIN: shown after sign-in\nRedeem online: ").e(shop_url(r), "URL").t("\n")
        b.t("This card never expires. Questions? Call ").e(tollfree(r), "PHONE_NUMBER").t(".\n")
    return b


def k_layaway(r: random.Random) -> Builder:
    b = Builder()
    a = addr(r, "en", "US")
    f, l = person(r, "en")
    b.t(f"LAYAWAY AGREEMENT  No. LA-{_d(r, 6)}\n{r.choice(RETAILERS)} Store {store_no(r)}\n\n")
    b.kv("Customer: ", pname(r, f, l, r.choice(["full", "lastfirst", "caps"])), "PERSON")
    b.t("Address: ").e(a.block(), "ADDRESS").t("\n")
    b.kv("Home phone: ", phone(r, "US"), "PHONE_NUMBER")
    b.t("Photo ID: ").t(r.choice(["Driver License", "DL"])).t(" # ").e(dl_number(r, a.region if a.region in ("CA", "TX", "NY", "FL", "IL") else None)[1], "DRIVER_LICENSE").t("\n")
    b.t("Date opened: ").e(fmt_date(r, "en", rdate(r)), "DATE_TIME").t("\n\n")
    tot = r.uniform(150, 1800)
    b.t(f"Merchandise: {product(r)}; {product(r)}\nTotal incl. tax: ${tot:,.2f}   Deposit (20%): ${tot * 0.2:,.2f}   Service fee: $5.00\n")
    b.t("Payment schedule: every 2 weeks, final payment due ").e(fmt_date(r, "en", rdate(r)), "DATE_TIME").t(".\n")
    b.t("Items not picked up within 60 days of the final due date are returned to stock; cancellation fee $10.00.\n\n")
    b.t("Payments:\n")
    for _ in range(r.randint(1, 4)):
        b.t("  ").e(fmt_date(r, "en", rdate(r), numeric=True), "DATE_TIME").t(f"  {money(r, 'en', 20, 200)}  {r.choice(['CASH', 'DEBIT ' + masked_pan(r), 'GIFT CARD'])}\n")
    b.t("\nAssociate: ").e(person(r, "en")[0], "PERSON").t(f" #{_d(r, 5)}\n")
    return b


def k_oms_log(r: random.Random) -> Builder:
    b = Builder()
    d = rdate(r)
    svc = r.choice(["oms-api", "fulfillment-worker", "order-router", "returns-svc"])
    for _ in range(r.randint(1, 3)):
        b.t(filler_log_line(r, d) + "\n")
    on = order_no(r)
    f, l = person(r, "en")
    a = addr(r, "en", r.choice(["US", "US", "GB", "CA", "AU"]))
    b.t(f"{log_ts(d, r)} INFO  [{svc}] order {on} created channel=web customer_email=").e(email_for(r, f, l), "EMAIL_ADDRESS").t("\n")
    b.t(f"{log_ts(d, r)} INFO  [{svc}] ship_to name=\"").e(pname(r, f, l, "full"), "PERSON").t("\" addr=\"").e(a.one(), "ADDRESS").t("\"\n")
    b.t(f"{log_ts(d, r)} DEBUG [{svc}] client_ip=").e(ip_any(r), "IP_ADDRESS").t(f" ua=\"Mozilla/5.0\" session={uuid4(r)}\n")
    if r.random() < 0.5:
        b.t(f"{log_ts(d, r)} ERROR [{svc}] payment gateway 401: Authorization: Bearer ").e(jwt(r), "JWT").t("\n")
    else:
        b.t(f"{log_ts(d, r)} WARN  [{svc}] AVS mismatch zip={a.postcode} phone=").e(phone(r, a.cc), "PHONE_NUMBER").t(f" risk_score={r.randint(40, 99)}\n")
    b.t(f"{log_ts(d, r)} INFO  [{svc}] allocated {r.randint(1, 4)} lines to DC-{r.randint(1, 9)} carrier={r.choice(CARRIERS)} tracking={tracking(r)}\n")
    b.t(f"{log_ts(d, r)} INFO  [{svc}] promise_date=").e(f"{rdate(r):%Y-%m-%d}", "DATE_TIME").t(f" sla_hours={r.randint(24, 96)}\n")
    b.t(filler_log_line(r, d) + "\n")
    return b


def k_terminal_config(r: random.Random) -> Builder:
    b = Builder()
    b.t(f"; payment terminal config - lane controller {version(r)}\n; generated {uuid4(r)}\n")
    b.t(f"[terminal]\nterminal_id = {tid(r)}\nmerchant_id = {mid(r)}\nstore = {store_no(r)}\nmodel = {r.choice(['Ingenico Lane/5000', 'Verifone P400', 'PAX A80'])}\n\n")
    b.t("[network]\nhost_ip = ").e(ip4(r, True), "IP_ADDRESS").t(f"\nhost_port = {r.choice([9001, 443, 8443, 5015])}\n")
    b.t("gateway = ").e(ip4(r, True), "IP_ADDRESS").t("\ndns = ").e(ip4(r, False), "IP_ADDRESS").t("\n")
    b.t(f"processor_url = ").e(f"https://{r.choice(['gw', 'tx', 'pos'])}.{r.choice(['paynexa.com', 'cardlink-processing.net', 'tendr.io'])}/v2/auth", "URL").t("\n\n")
    b.t("[credentials]\n")
    b.t("admin_password = ").e(password(r), "PASSWORD").t("\n")
    hint, sec = generic_secret(r)
    b.t(f"{hint} = ").e(sec, "GENERIC_SECRET").t("\n")
    if r.random() < 0.5:
        b.t("stripe_secret = ").e(stripe_key(r), "STRIPE_KEY").t("\n")
    else:
        b.t("stripe_secret = ${STRIPE_SECRET_KEY}\n")
    b.t(f"key_injection_kek = ****\n\n[emv]\naid_list = A0000000031010,A0000000041010,A000000025010801\nfloor_limit = 0\ncvm_limit = {r.choice([100, 200, 250])}.00\n")
    if r.random() < 0.4:
        b.t("\n[tls]\nclient_key = <<EOF\n").e(pem(r), "PRIVATE_KEY").t("\nEOF\n")
    return b


def k_crm_ticket(r: random.Random) -> Builder:
    b = Builder()
    f, l = person(r, "en")
    a = addr(r, "en", r.choice(["US", "GB", "CA", "AU", "IN"]))
    b.t(f"Ticket {ticket_no(r)}  |  Priority: {r.choice(['P2', 'P3', 'High', 'Normal'])}  |  Channel: {r.choice(['Email', 'Phone', 'Web form', 'Chat'])}\n")
    b.t(f"Status: {r.choice(['Open', 'Pending customer', 'Escalated'])}   Queue: {r.choice(['Returns', 'Loyalty', 'Orders', 'Payments'])}\n")
    b.t("Requester: ").e(pname(r, f, l), "PERSON").t(" <").e(email_for(r, f, l), "EMAIL_ADDRESS").t(">\n")
    b.t("Customer account: ").e(cust_acct(r), "ACCOUNT_NUMBER").t("   Phone: ").e(phone(r, a.cc), "PHONE_NUMBER").t("\n")
    b.t("Location: ").e(a.place(r), "LOCATION").t("\n\n")
    b.t("Description:\n")
    b.t(f"Customer says the {product(r)} from order {order_no(r)} arrived damaged. Requesting replacement shipped to ")
    b.e(a.one(), "ADDRESS").t(" instead of the billing address.\n")
    b.t("Preferred callback: ").e(fmt_dt(r, "en", rdate(r)), "DATE_TIME").t("\n\n")
    b.t("Internal notes:\n")
    af, al = person(r, "en")
    b.t("- ").e(af, "PERSON").t(f": verified identity via last 4 of card and billing zip. Replacement {order_no(r)} created.\n")
    b.t(f"- SLA breach risk; macro RET-{r.randint(10, 99)} applied. Tags: damaged, replacement, vip\n")
    return b


def k_fraud_note(r: random.Random) -> Builder:
    b = Builder()
    f, l = person(r, "en")
    a1 = addr(r, "en", "US")
    a2 = addr(r, "en", "US")
    b.t(f"FRAUD REVIEW - case {ticket_no(r)} - analyst queue LP-ECOM\n\n")
    b.t(f"Order {order_no(r)}  amount {money(r, 'en', 300, 3000)}  score {r.randint(70, 99)}/100\n")
    b.t("Bill-to: ").e(pname(r, f, l, "full"), "PERSON").t(", ").e(a1.one(), "ADDRESS").t("\n")
    b.t("Ship-to: ").e(a2.one(), "ADDRESS").t(" (freight forwarder?)\n")
    b.t("IP: ").e(ip_any(r), "IP_ADDRESS").t(f" geo={r.choice(['VPN', 'hosting ASN', 'residential'])} | device {sha(r, 16)}\n")
    b.t("Email: ").e(email_for(r, f, l), "EMAIL_ADDRESS").t(f" (age {r.randint(0, 5)} days)\n")
    b.t("Phone on order: ").e(phone(r, "US"), "PHONE_NUMBER").t("\n")
    if r.random() < 0.5:
        b.t("Card used: ").e(card(r), "CREDIT_CARD").t(" (pasted from processor portal - redact before closing)\n")
    else:
        b.t(f"Card used: {masked_pan(r)}; 3 other PANs tried, incl. {luhn_bad(r)} (failed Luhn)\n")
    if r.random() < 0.5:
        b.t("Customer called in claiming identity theft; gave SSN ").e(ssn(r), "US_SSN").t(" and DOB ").e(fmt_dob(r, "en"), "DATE_OF_BIRTH")
        b.t(" for verification. Note: the SSN on the credit app was ").t(ssn_bad(r)).t(" (invalid area).\n")
    b.t("\nDecision: ").t(r.choice(["CANCEL + block device", "HOLD for callback", "RELEASE - false positive"]))
    b.t(". Reviewed by ").e(person(r, "en")[0], "PERSON").t(" on ").e(fmt_date(r, "en", rdate(r)), "DATE_TIME").t(".\n")
    return b


def k_chat(r: random.Random) -> Builder:
    b = Builder()
    f, l = person(r, "en")
    af = person(r, "en")[0]
    d = rdate(r)
    b.t(f"Chat transcript  session {uuid4(r)}\n")
    t0 = d
    def line(who: str, agent: bool) -> None:
        nonlocal t0
        t0 = t0 + _dt.timedelta(seconds=r.randint(10, 120))
        b.t(f"[{t0:%H:%M:%S}] ")
        b.e(who, "PERSON").t(": ")
    line(af, True)
    b.t(f"Hi, thanks for contacting {r.choice(RETAILERS)}! Who am I chatting with?\n")
    line(f, False)
    b.t("hi its ").e(pname(r, f, l, r.choice(["full", "lower"])), "PERSON").t(", i need to change the delivery address on my order\n")
    line(af, True)
    b.t("Sure! Can you confirm the email on the account?\n")
    line(f, False)
    b.e(email_for(r, f, l), "EMAIL_ADDRESS").t("\n")
    line(af, True)
    b.t(f"Thanks. I see order {order_no(r)}. What's the new address?\n")
    a = addr(r, "en", r.choice(["US", "US", "CA", "GB"]))
    line(f, False)
    b.e(a.one().lower() if r.random() < 0.4 else a.one(), "ADDRESS").t("\n")
    line(af, True)
    b.t("Updated. It's now scheduled for ").e(fmt_date(r, "en", rdate(r), weekday=True, numeric=False), "DATE_TIME").t(". Anything else?\n")
    line(f, False)
    if r.random() < 0.5:
        b.t("yes, my card got charged twice - its ").e(card(r), "CREDIT_CARD").t("\n")
        line(af, True)
        b.t("Please don't share full card numbers in chat! I've redacted it on our side. I'll open a billing review.\n")
    else:
        b.t("can you text updates to ").e(phone(r, a.cc), "PHONE_NUMBER").t(" instead?\n")
        line(af, True)
        b.t("Done - SMS notifications enabled.\n")
    line(f, False)
    b.t("thx\n")
    return b


def k_chargeback_letter(r: random.Random) -> Builder:
    b = Builder()
    a = addr(r, "en", "US")
    f, l = person(r, "en")
    sa = addr(r, "en", "US")
    b.e(r.choice(RETAILERS), None).t(" - Chargeback Response\n")
    b.e(sa.block(), "ADDRESS").t("\n\n")
    b.e(fmt_date(r, "en", rdate(r), numeric=False), "DATE_TIME").t("\n\n")
    b.t(f"{r.choice(['Cardmember Disputes', 'Dispute Resolution Dept.', 'Chargeback Operations'])}\nRe: Case {ticket_no(r)} / ARN {_d(r, 23)}\n")
    b.t("Cardholder: ").e(pname(r, f, l, r.choice(["full", "caps"])), "PERSON").t("\n")
    b.t("Reason code: ").t(r.choice(["13.1 Merchandise not received", "4853 Not as described", "10.4 Card-absent fraud"])).t("\n\n")
    b.t("To whom it may concern,\n\nWe dispute this chargeback. The merchandise was delivered to ")
    b.e(a.one(), "ADDRESS").t(" on ").e(fmt_dt(r, "en", rdate(r)), "DATE_TIME")
    b.t(f" ({r.choice(CARRIERS)} tracking {tracking(r)}, signed by \"").e(l.upper(), "PERSON").t("\").\n")
    b.t("The order was placed from IP ").e(ip4(r, False), "IP_ADDRESS").t(", the same address used for ")
    b.t(f"{r.randint(3, 14)} prior undisputed orders on the customer account ").e(cust_acct(r), "ACCOUNT_NUMBER").t(".\n")
    b.t("AVS and CVV both matched. Enclosed: proof of delivery, order history, customer correspondence.\n\n")
    mf, ml = person(r, "en")
    b.t("Sincerely,\n\n").e(f"{mf} {ml}", "PERSON").t("\nPayments & Disputes Analyst\n").e(phone(r, "US"), "PHONE_NUMBER").t(" | ")
    b.e(staff_email(r, mf, ml, r.choice(RETAIL_DOMAINS)), "EMAIL_ADDRESS").t("\n")
    return b


def k_shift_handover(r: random.Random) -> Builder:
    b = Builder()
    d = rdate(r)
    b.t(f"SHIFT LOG - store {store_no(r)} - closing shift\n")
    b.t("MOD: ").e(pname(r, *person(r, "en"), r.choice(["full", "first"])), "PERSON").t("\n\n")
    t = d.replace(hour=r.randint(13, 16))
    def ts() -> str:
        nonlocal t
        t = t + _dt.timedelta(minutes=r.randint(10, 70))
        return f"{t:%H:%M}"
    b.t(f"{ts()} Register 3 short {money(r, 'en', 1, 40)} - recount pending.\n")
    f, l = person(r, "en")
    b.t(f"{ts()} Customer ").e(pname(r, f, l, "full"), "PERSON").t(" returned for layaway pickup; ID checked. Phone on file ")
    b.e(phone(r, "US"), "PHONE_NUMBER").t(" updated.\n")
    b.t(f"{ts()} Police non-emergency called re: shoplifter (male, grey hoodie) - report {ticket_no(r)}; plate {plate(r)}.\n")
    b.t(f"{ts()} ").e(person(r, "en")[0], "PERSON").t(" called out sick for tomorrow; ").e(person(r, "en")[0], "PERSON")
    b.t(" will cover the open at ").e(fmt_time(r, "en", rdate(r)), "DATE_TIME").t(".\n")
    b.t(f"{ts()} Truck delivery rescheduled to ").e(fmt_dt(r, "en", rdate(r), weekday=r.random() < 0.5), "DATE_TIME").t(f". PO {_d(r, 8)}.\n")
    b.t(f"{ts()} Safe count OK. Alarm code rotated - new code in the binder (not here!).\n")
    return b


def k_webhook_payload(r: random.Random) -> Builder:
    b = Builder()
    f, l = person(r, "en")
    a = addr(r, "en", r.choice(["US", "GB", "CA", "AU"]))
    b.t(f"POST /webhooks/payments HTTP/1.1\nHost: hooks.{r.choice(RETAIL_DOMAINS)}\nContent-Type: application/json\n")
    b.t(f"Stripe-Signature: t={r.randint(1_690_000_000, 1_740_000_000)},v1={sha(r, 64)}\n")
    b.t(f"X-Request-Id: {uuid4(r)}\n\n")
    obj = {"id": f"evt_{rs(r, 24)}", "type": r.choice(["charge.refunded", "charge.dispute.created", "payment_intent.succeeded"]),
           "created": r.randint(1_690_000_000, 1_740_000_000), "livemode": True,
           "data": {"object": {"id": f"ch_{rs(r, 24)}", "amount": r.randint(500, 90000), "currency": r.choice(["usd", "gbp", "cad"]),
                               "billing_details": {"name": L(pname(r, f, l, "full"), "PERSON"), "email": L(email_for(r, f, l), "EMAIL_ADDRESS"),
                                                   "phone": L(phone(r, a.cc), "PHONE_NUMBER"),
                                                   "address": {"line1": L(a.line1, "ADDRESS"), "city": L(a.city, "LOCATION"),
                                                               "state": L(a.region, "LOCATION") if a.region else None,
                                                               "postal_code": a.postcode, "country": a.cc}},
                               "payment_method_details": {"card": {"brand": "visa", "last4": _d(r, 4), "exp_month": r.randint(1, 12), "exp_year": r.randint(2025, 2030)}},
                               "metadata": {"order_id": order_no(r), "store": store_no(r), "loyalty_id": L(loyalty_no(r).replace(" ", ""), "ACCOUNT_NUMBER")}}}}
    emit_json(b, obj, 2)
    b.t("\n")
    return b


def k_env_file(r: random.Random) -> Builder:
    b = Builder()
    b.t(f"# .env.production - storefront {version(r)}\n# DO NOT COMMIT\nNODE_ENV=production\nPORT={r.choice([3000, 8080])}\n")
    b.t("SITE_URL=").e(f"https://www.{r.choice(RETAIL_DOMAINS)}", "URL").t("\n")
    user = r.choice(["oms_app", "storefront", "loyalty_rw"])
    b.t(f"DATABASE_URL=postgres://{user}:").e(password(r), "PASSWORD").t(f"@db-{r.randint(1, 4)}.internal:5432/{r.choice(['oms', 'shop', 'loyalty'])}\n")
    b.t("REDIS_HOST=").e(ip4(r, True), "IP_ADDRESS").t("\n")
    b.t("STRIPE_SECRET_KEY=").e(stripe_key(r), "STRIPE_KEY").t("\n")
    b.t(f"STRIPE_PUBLISHABLE_KEY=pk_live_{rs(r, 24)}\n")
    b.t("STRIPE_WEBHOOK_SECRET=").e("whsec_" + rs(r, 32), "GENERIC_SECRET").t("\n")
    b.t("AWS_ACCESS_KEY_ID=").e(aws_access(r), "AWS_ACCESS_KEY").t("\nAWS_SECRET_ACCESS_KEY=").e(aws_secret(r), "AWS_SECRET_KEY").t("\n")
    b.t(f"AWS_REGION={r.choice(['us-east-1', 'us-west-2', 'eu-central-1'])}\nS3_BUCKET=receipts-{rs(r, 6, string.ascii_lowercase)}\n")
    if r.random() < 0.6:
        hint, sec = generic_secret(r)
        b.t(f"{hint.upper()}=").e(sec, "GENERIC_SECRET").t("\n")
    b.t("SLACK_BOT_TOKEN=").e(slack_token(r), "SLACK_TOKEN").t("\n") if r.random() < 0.5 else b.t("SLACK_BOT_TOKEN=${SLACK_BOT_TOKEN}\n")
    b.t("SESSION_SECRET=").e(rs(r, 48, ALNUM), "GENERIC_SECRET").t(f"\nFEATURE_FLAGS=bopis,curbside,loyalty_v3\nBUILD_SHA={sha(r)}\n")
    return b


def _b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def k_k8s_secret(r: random.Random) -> Builder:
    b = Builder()
    ns = r.choice(["pos", "oms", "loyalty", "payments"])
    b.t(f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: {ns}-credentials\n  namespace: {ns}-prod\n  labels:\n    app: {ns}-api\n    release: \"{version(r)}\"\ntype: Opaque\ndata:\n")
    b.t("  DB_USER: ").t(_b64(r.choice(["pos_svc", "oms", "loyalty"]))).t("\n")
    b.t("  DB_PASSWORD: ").e(_b64(password(r)), "PASSWORD").t("\n")
    b.t("  PAYMENT_API_KEY: ").e(_b64(generic_secret(r)[1]), "GENERIC_SECRET").t("\n")
    if r.random() < 0.5:
        b.t("  JWT_SIGNING_SECRET: ").e(_b64(rs(r, 32)), "GENERIC_SECRET").t("\n")
    b.t("stringData:\n  SMTP_HOST: smtp.internal\n  SMTP_PASSWORD: ").e(password(r), "PASSWORD").t("\n")
    if r.random() < 0.5:
        b.t("  GITHUB_DEPLOY_TOKEN: ").e(github_token(r), "GITHUB_TOKEN").t("\n")
    b.t("---\n# applied by ci run ").t(_d(r, 6)).t(f" commit {sha(r)[:10]}\n")
    return b


def k_gha_workflow(r: random.Random) -> Builder:
    b = Builder()
    b.t("name: deploy-pos-backoffice\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n")
    b.t(f"      - uses: actions/checkout@v4\n      - uses: aws-actions/configure-aws-credentials@v4\n        with:\n")
    b.t("          aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}\n          aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n")
    b.t("          aws-region: us-east-1\n      - name: notify\n        env:\n")
    if r.random() < 0.6:
        b.t("          SLACK_TOKEN: ").e(slack_token(r), "SLACK_TOKEN").t("   # TODO move to secrets\n")
    else:
        b.t("          GH_TOKEN: ").e(github_token(r), "GITHUB_TOKEN").t("   # temp, remove\n")
    b.t("        run: ./scripts/notify.sh \"deployed ${{ github.sha }}\"\n")
    b.t("      - name: smoke test\n        run: |\n")
    b.t("          curl -fsS -H \"Authorization: Bearer ").e(bearer_opaque(r), "GENERIC_SECRET").t("\" ")
    b.e(f"https://backoffice.{r.choice(RETAIL_DOMAINS)}/healthz", "URL").t("\n")
    if r.random() < 0.5:
        b.t("          AWS_ACCESS_KEY_ID=").e(aws_access(r), "AWS_ACCESS_KEY").t(" AWS_SECRET_ACCESS_KEY=").e(aws_secret(r), "AWS_SECRET_KEY").t(" aws s3 ls\n")
    b.t(f"# last green run: {_d(r, 10)} ({sha(r)[:7]})\n")
    return b


def k_llm_prompt(r: random.Random) -> Builder:
    b = Builder()
    f, l = person(r, "en")
    a = addr(r, "en", r.choice(["US", "GB", "AU", "IN", "CA"]))
    b.t(r.choice(["SYSTEM: You are a helpful retail customer-service assistant. Be concise and empathetic.\n\nUSER: ",
                  "### Instruction\n", "Prompt:\n"]))
    b.t("Draft a polite reply to this complaint and suggest a goodwill gesture under $25. Keep it under 120 words.\n\n---\n")
    b.t(f"Order: {order_no(r)}\nCustomer: ").e(pname(r, f, l, "full"), "PERSON").t("\nLoyalty tier: Gold\nEmail: ").e(email_for(r, f, l), "EMAIL_ADDRESS").t("\n")
    b.t("Message: \"I've been a member since ").t(str(r.randint(2009, 2020))).t(" and this is the third time my curbside order at the ")
    b.e(a.city, "LOCATION").t(" store was missing items. On ").e(fmt_date(r, "en", rdate(r), numeric=False), "DATE_TIME")
    b.t(f" I waited 40 minutes. The associate, ").e(person(r, "en")[0], "PERSON").t(", was nice but couldn't help. Call me at ")
    b.e(phone(r, a.cc), "PHONE_NUMBER").t(".\"\n---\n")
    if r.random() < 0.4:
        b.t("\nContext from CRM: address on file ").e(a.one(), "ADDRESS").t(f"; lifetime spend {money(r, 'en', 500, 9000)}; {r.randint(1, 4)} prior complaints.\n")
    b.t("\nASSISTANT:" if r.random() < 0.5 else "\nResponse:")
    return b


def k_vcard(r: random.Random) -> Builder:
    b = Builder()
    f, l = person(r, "en")
    a = addr(r, "en", r.choice(["US", "CA", "GB"]))
    b.t(f"# exported from CRM contact card - VIP clienteling list\nBEGIN:VCARD\nVERSION:{r.choice(['3.0', '4.0'])}\n")
    b.t("N:").e(f"{l};{f}", "PERSON").t(";;;\n")
    b.t("FN:").e(f"{f} {l}", "PERSON").t("\n")
    b.t(f"ORG:{r.choice(RETAILERS)} Clienteling\n")
    b.t("TEL;TYPE=CELL:").e(phone(r, a.cc), "PHONE_NUMBER").t("\n")
    b.t("EMAIL;TYPE=HOME:").e(email_for(r, f, l), "EMAIL_ADDRESS").t("\n")
    b.t("ADR;TYPE=HOME:;;").e(f"{a.line1};{a.city};{a.region};{a.postcode};{a.country}", "ADDRESS").t("\n")
    b.t("BDAY:").e(f"{dob_dt(r):%Y-%m-%d}" if r.random() < 0.5 else f"{dob_dt(r):%Y%m%d}", "DATE_OF_BIRTH").t("\n")
    b.t(f"NOTE:Prefers {r.choice(['size M', 'petite', 'wide fit'])}\\, stylist ").e(person(r, "en")[0], "PERSON").t(f". Tier ICON. UID {uuid4(r)}\n")
    b.t(f"REV:{rdate(r):%Y%m%dT%H%M%SZ}\nEND:VCARD\n")
    return b


def k_xml_order(r: random.Random) -> Builder:
    b = Builder()
    f, l = person(r, "en")
    a = addr(r, "en", r.choice(["US", "CA", "GB", "AU"]))
    b.t(f'<?xml version="1.0" encoding="UTF-8"?>\n<Order xmlns="urn:oms:v2" orderNo="{order_no(r).lstrip("#")}" channel="{r.choice(["WEB", "APP", "STORE"])}">\n')
    b.t("  <OrderDate>").e(f"{rdate(r):%Y-%m-%d}", "DATE_TIME").t("</OrderDate>\n  <Customer>\n")
    b.t("    <AccountNo>").e(cust_acct(r), "ACCOUNT_NUMBER").t("</AccountNo>\n")
    b.t("    <FirstName>").e(f, "PERSON").t("</FirstName>\n    <LastName>").e(l, "PERSON").t("</LastName>\n")
    b.t("    <Email>").e(email_for(r, f, l), "EMAIL_ADDRESS").t("</Email>\n    <Phone>").e(phone(r, a.cc), "PHONE_NUMBER").t("</Phone>\n  </Customer>\n")
    b.t("  <ShipTo>\n    <Address1>").e(a.line1, "ADDRESS").t("</Address1>\n    <City>").e(a.city, "LOCATION").t("</City>\n")
    if a.region:
        b.t("    <State>").e(a.region, "LOCATION").t("</State>\n")
    b.t(f"    <PostalCode>{a.postcode}</PostalCode>\n    <Country>{a.cc}</Country>\n  </ShipTo>\n  <Lines>\n")
    for i in range(r.randint(1, 3)):
        b.t(f'    <Line no="{i + 1}" sku="{_d(r, 8)}" qty="{r.randint(1, 3)}" price="{r.uniform(5, 300):.2f}">{product(r).replace("&", "&amp;")}</Line>\n')
    b.t("  </Lines>\n")
    if r.random() < 0.5:
        b.t("  <GiftMessage>Happy anniversary ").e(person(r, "en")[0], "PERSON").t("!</GiftMessage>\n")
    b.t(f"  <Payment type=\"CC\" token=\"{uuid4(r)}\" last4=\"{_d(r, 4)}\"/>\n  <DeliverBy>").e(f"{rdate(r):%Y-%m-%d}", "DATE_TIME").t("</DeliverBy>\n</Order>\n")
    return b


def k_edi_850(r: random.Random) -> Builder:
    b = Builder()
    d = rdate(r)
    f, l = person(r, "en")
    bf, bl = person(r, "en")
    a = addr(r, "en", "US")
    ctl = _d(r, 9)
    b.t(f"ISA*00*          *00*          *ZZ*NORTHGATE      *ZZ*VNDR{_d(r, 4)}       *{d:%y%m%d}*{d:%H%M}*U*00401*{ctl}*0*P*>~\n")
    b.t(f"GS*PO*NORTHGATE*VNDR*{d:%Y%m%d}*{d:%H%M}*{r.randint(1, 9999)}*X*004010~\nST*850*0001~\n")
    b.t(f"BEG*00*DS*{_d(r, 8)}**").e(f"{rdate(r):%Y%m%d}", "DATE_TIME").t("~\n")
    b.t(f"REF*CO*{order_no(r).lstrip('#')}~\n")
    b.t("PER*BD*").e(f"{bf} {bl}".upper(), "PERSON").t("*TE*").e(phone(r, "US").replace("(", "").replace(") ", "").replace(" ", "").replace("-", "").replace(".", "").replace("+1", ""), "PHONE_NUMBER")
    b.t("*EM*").e(staff_email(r, bf, bl, "northgate-retail.com"), "EMAIL_ADDRESS").t("~\n")
    b.t("DTM*002*").e(f"{rdate(r):%Y%m%d}", "DATE_TIME").t("~\n")
    b.t("N1*ST*").e(pname(r, f, l, "caps"), "PERSON").t("~\n")
    b.t("N3*").e(a.line1.upper(), "ADDRESS").t("~\n")
    b.t("N4*").e(a.city.upper(), "LOCATION").t("*").e(a.region, "LOCATION").t(f"*{a.postcode}*US~\n")
    n = r.randint(1, 3)
    for i in range(n):
        b.t(f"PO1*{i + 1}*{r.randint(1, 4)}*EA*{r.uniform(5, 200):.2f}**UP*{upc(r)}*VN*{rs(r, 6, string.ascii_uppercase + string.digits)}~\n")
    b.t(f"CTT*{n}~\nSE*{8 + n}*0001~\nGE*1*{r.randint(1, 9999)}~\nIEA*1*{ctl}~\n")
    return b


def k_pharmacy_pickup(r: random.Random) -> Builder:
    b = Builder()
    f, l = person(r, "en")
    b.t(f"{r.choice(RETAILERS).upper()} PHARMACY #{store_no(r)} - Rx PICKUP / COUNSELING RECORD\n\n")
    b.t("Patient: ").e(f"{l}, {f} {r.choice('ABCDEJKLMRS')}".upper(), "PERSON").t("   DOB: ").e(fmt_date(r, "en", dob_dt(r), numeric=True), "DATE_OF_BIRTH").t("\n")
    b.t("Pharmacy patient ID: ").e(mrn(r), "MEDICAL_RECORD_NUMBER").t("\n")
    b.t(f"Plan: {r.choice(['Aetna', 'BCBS', 'UnitedHealthcare', 'Cigna', 'Humana'])}   BIN {_d(r, 6)}  PCN {rs(r, 6, string.ascii_uppercase)}  Group {_d(r, 5)}\n")
    b.t("Member ID: ").e(hpn(r), "HEALTH_PLAN_NUMBER").t("\n")
    for _ in range(r.randint(1, 3)):
        b.t(f"  Rx {_d(r, 7)}  {r.choice(['atorvastatin 20 mg', 'lisinopril 10 mg', 'metformin 500 mg', 'sertraline 50 mg', 'amoxicillin 500 mg', 'levothyroxine 75 mcg'])}  qty {r.choice([30, 60, 90])}  copay {money(r, 'en', 0, 45)}\n")
    pf, pl = person(r, "en")
    b.t(f"Prescriber: Dr. ").e(pname(r, pf, pl, "full"), "PERSON").t(f"  NPI {_d(r, 10)}\n")
    if r.random() < 0.5:
        qf, ql = person(r, "en")
        st, dl = dl_number(r)
        b.t("Picked up by: ").e(pname(r, qf, ql, "full"), "PERSON").t(" (spouse) - ID DL ").e(dl, "DRIVER_LICENSE").t("\n")
    b.t("Pickup: ").e(fmt_dt(r, "en", rdate(r)), "DATE_TIME").t("   Counseling: ").t(r.choice(["accepted", "declined"])).t("\n")
    b.t("Contact for refill reminders: ").e(phone(r, "US"), "PHONE_NUMBER").t("\n")
    b.t(f"FSA/HSA eligible total: {money(r, 'en', 5, 90)}   Signature captured on pad {tid(r)}\n")
    return b


def k_age_verify(r: random.Random) -> Builder:
    b = Builder()
    d = rdate(r)
    f, l = person(r, "en", "us")
    a = addr(r, "en", "US")
    st, dl = dl_number(r)
    dob = dob_dt(r)
    exp = rdate(r, 2025, 2030)
    b.t(f"{log_ts(d, r)} SCO lane {r.randint(1, 12)} AGE_RESTRICTED item=\"{r.choice(['Jack Daniel' + chr(39) + 's Old No. 7 750ml', 'Marlboro Gold', 'Bud Light 12pk', 'Dr Pepper 12pk'])}\" attendant_required\n")
    b.t(f"{log_ts(d, r)} SCO ID_SCAN format=AAMVA/PDF417 ver=09 parse=OK\n")
    b.t("    DAQ ").e(dl, "DRIVER_LICENSE").t("\n")
    b.t("    DCS ").e(l.upper(), "PERSON").t("\n    DAC ").e(f.upper(), "PERSON").t("\n")
    b.t("    DBB ").e(f"{dob:%m%d%Y}", "DATE_OF_BIRTH").t("\n")
    b.t("    DBA ").e(f"{exp:%m%d%Y}", "DATE_TIME").t("\n")
    b.t("    DAG ").e(a.line1.upper(), "ADDRESS").t("\n    DAI ").e(a.city.upper(), "LOCATION").t("\n    DAJ ").e(a.region, "LOCATION").t(f"\n    DAK {a.postcode}0000\n")
    age = 2024 - dob.year
    b.t(f"{log_ts(d, r)} SCO AGE_CHECK computed_age={age} threshold=21 result={'APPROVED' if age >= 21 else 'DENIED'} attendant={_d(r, 5)}\n")
    b.t(f"{log_ts(d, r)} SCO audit hash={sha(r, 64)[:32]} retained_fields=age_only\n")
    return b


def k_check_accept(r: random.Random) -> Builder:
    b = Builder()
    f, l = person(r, "en", "us")
    a = addr(r, "en", "US")
    st, dl = dl_number(r)
    b.t("CHECK AUTHORIZATION - ELECTRONIC CHECK CONVERSION\n")
    b.t(f"Store {store_no(r)}  Lane {r.randint(1, 12)}  Check # {r.randint(1001, 4999)}  Amount {money(r, 'en', 20, 900)}\n")
    b.t("Name on check: ").e(pname(r, f, l, r.choice(["caps", "full", "initial"])), "PERSON").t("\n")
    b.t("Address on check: ").e(a.one(), "ADDRESS").t("\n")
    b.t("Phone: ").e(phone(r, "US"), "PHONE_NUMBER").t("\n")
    b.t(f"MICR  routing: {r.choice(ROUTING)}   account: ").e(bank_acct(r), "ACCOUNT_NUMBER").t(f"   serial: {r.randint(1001, 4999)}\n")
    b.t("ID: DL ").e(st, "LOCATION").t(" ").e(dl, "DRIVER_LICENSE").t("   DOB ").e(fmt_date(r, "en", dob_dt(r), numeric=True), "DATE_OF_BIRTH").t("\n")
    b.t(f"Response: {r.choice(['APPROVED', 'APPROVED', 'DECLINED - CODE 3', 'CALL CENTER'])}  Approval code {rs(r, 8, string.ascii_uppercase + string.digits)}\n")
    b.t("Cashier initials: ").t(rs(r, 2, string.ascii_uppercase)).t("   Check returned to customer, voided and imaged.\n")
    return b


def k_onboarding(r: random.Random) -> Builder:
    b = Builder()
    f, l = person(r, "en", r.choice(["us", "us", "in", "ng", "vi", "es"]))
    a = addr(r, "en", "US")
    ef, el = person(r, "en")
    b.t(f"NEW HIRE PACKET - {r.choice(RETAILERS)} - Store {store_no(r)} ({r.choice(['Sales Associate', 'Cashier', 'Stock Associate', 'Key Holder'])})\n\n")
    b.t("Legal name: ").e(pname(r, f, l, r.choice(["full", "initial"])), "PERSON").t("\n")
    b.t("SSN: ").e(ssn(r), "US_SSN").t("     Date of birth: ").e(fmt_date(r, "en", dob_dt(r)), "DATE_OF_BIRTH").t("\n")
    b.t("Home address: ").e(a.one(), "ADDRESS").t("\n")
    b.t("Mobile: ").e(phone(r, "US"), "PHONE_NUMBER").t("   Personal email: ").e(email_for(r, f, l), "EMAIL_ADDRESS").t("\n")
    b.t("I-9 List B doc: Driver's license ").e(dl_number(r)[1], "DRIVER_LICENSE").t(f"  exp ").e(fmt_date(r, "en", rdate(r, 2025, 2030), numeric=True), "DATE_TIME").t("\n\n")
    b.t(f"Direct deposit: routing {r.choice(ROUTING)}  account ").e(bank_acct(r), "ACCOUNT_NUMBER").t(f"  ({r.choice(['checking', 'savings'])})\n")
    b.t("Emergency contact: ").e(pname(r, ef, el, "full"), "PERSON").t(f" ({r.choice(['mother', 'partner', 'brother', 'friend'])}) ").e(phone(r, "US"), "PHONE_NUMBER").t("\n\n")
    b.t("First shift: ").e(fmt_dt(r, "en", rdate(r), weekday=r.random() < 0.5), "DATE_TIME").t(f"  Pay rate {money(r, 'en', 14, 22)}/hr\n")
    b.t(f"Employee ID: E{_d(r, 6)}   POS operator: {_d(r, 4)}\n")
    b.t("Workday temp password: ").e(password(r), "PASSWORD").t(" (must change at first login)\n")
    b.t(f"W-4: filing status {r.choice(['single', 'married filing jointly', 'head of household'])}, {r.randint(0, 3)} dependents\n")
    return b


def k_store_card_app(r: random.Random) -> Builder:
    b = Builder()
    f, l = person(r, "en", r.choice(["us", "us", "gb", "ko", "ar"]))
    a = addr(r, "en", "US")
    b.t(f"{r.choice(RETAILERS)} Rewards Credit Card - Instant Credit Application (in-store tablet)\nApplication ID: {uuid4(r)}\n\n")
    b.t("Applicant: ").e(pname(r, f, l, "full"), "PERSON").t("\n")
    b.t("SSN/ITIN: ").e(ssn(r, r.choice(["-", "-", " "])), "US_SSN").t("\n")
    b.t("Date of Birth: ").e(fmt_date(r, "en", dob_dt(r)), "DATE_OF_BIRTH").t("\n")
    b.t("Residential address: ").e(a.block(), "ADDRESS").t("\n")
    b.t(f"Years at address: {r.randint(0, 20)}   Housing: {r.choice(['Rent', 'Own', 'Other'])}  Monthly payment: {money(r, 'en', 500, 3000)}\n")
    b.t("Primary phone: ").e(phone(r, "US"), "PHONE_NUMBER").t("\nEmail: ").e(email_for(r, f, l), "EMAIL_ADDRESS").t("\n")
    emp = r.choice(["Acme Logistics LLC", "Ben & Jerry's", "Johnson & Johnson", "Regional Medical Center", "self-employed"])
    b.t(f"Annual income: {money(r, 'en', 18000, 140000)}   Employer: {emp}\n\n")
    ok = r.random() < 0.7
    b.t(f"Decision: {'APPROVED' if ok else 'PENDING - further review'}   Credit line: {money(r, 'en', 300, 5000) if ok else 'n/a'}\n")
    if ok:
        b.t("New account number: ").e(f"{_d(r, 4)}-{_d(r, 4)}-{_d(r, 3)}", "ACCOUNT_NUMBER").t("\n")
        b.t(f"Temporary shopping pass valid through ").e(fmt_date(r, "en", rdate(r)), "DATE_TIME").t(f". APR {r.uniform(24, 33):.2f}%\n")
    b.t("Associate: ").e(person(r, "en")[0], "PERSON").t(f"  Team member #{_d(r, 6)}\n")
    return b


def k_lp_incident(r: random.Random) -> Builder:
    b = Builder()
    a = addr(r, "en", "US")
    d = rdate(r)
    b.t(f"LOSS PREVENTION INCIDENT REPORT  #{ticket_no(r).lstrip('#')}\nStore {store_no(r)} - ").e(a.one(), "ADDRESS").t("\n")
    b.t("Date/time of incident: ").e(fmt_dt(r, "en", d), "DATE_TIME").t("\n")
    rf, rl = person(r, "en")
    b.t("Reporting associate: ").e(pname(r, rf, rl, "full"), "PERSON").t(f" (AP specialist, badge {_d(r, 5)})\n\n")
    b.t("Narrative:\nSubject concealed ").t(f"{r.randint(2, 9)} units of {product(r)} (retail {money(r, 'en', 80, 900)}) ")
    b.t("in a foil-lined bag and passed all points of sale. Stopped at the vestibule. ")
    if r.random() < 0.6:
        sf, sl = person(r, "en")
        b.t("Subject identified as ").e(pname(r, sf, sl, "full"), "PERSON").t(", DOB ").e(fmt_dob(r, "en"), "DATE_OF_BIRTH")
        b.t(", from ").e(addr(r, "en", "US").place(r), "LOCATION").t(f". Vehicle: grey sedan, plate {plate(r)}, VIN ending {vin(r)[-6:]}.\n")
    else:
        b.t(f"Subject fled on foot; description: male, approx. 25-30, black cap. Vehicle plate {plate(r)}.\n")
    of, ol = person(r, "en")
    b.t("Police: Officer ").e(ol, "PERSON").t(f", badge {_d(r, 4)}, report no. {_d(r, 2)}-{_d(r, 6)}. Arrived at ").e(fmt_time(r, "en", d), "DATE_TIME").t(".\n")
    b.t(f"CCTV clips exported: cam{r.randint(1, 40):02d} {sha(r)[:8]}.mp4, cam{r.randint(1, 40):02d} {sha(r)[:8]}.mp4\n")
    b.t("Witness: ").e(pname(r, *person(r, "en"), "full"), "PERSON").t(" (customer), contact ").e(phone(r, "US"), "PHONE_NUMBER").t("\n")
    b.t(f"Recovered: {money(r, 'en', 50, 900)}   Loss: {money(r, 'en', 0, 200)}   Civil demand letter: {r.choice(['yes', 'no'])}\n")
    return b


def k_delivery_exception(r: random.Random) -> Builder:
    b = Builder()
    f, l = person(r, "en")
    a = addr(r, "en", r.choice(["US", "US", "GB", "CA", "AU"]))
    b.t(f"Subject: Delivery exception - action needed for order {order_no(r)}\n\n")
    b.t("Hi ").e(f, "PERSON").t(",\n\n")
    b.t(f"Our driver attempted delivery of your {r.choice(['sofa', 'washer', 'mattress', '65in TV', 'dining set'])} on ").e(fmt_dt(r, "en", rdate(r), weekday=True), "DATE_TIME")
    b.t(" but no one was available at:\n\n").e(pname(r, f, l, "caps"), "PERSON").t("\n").e(a.block().upper(), "ADDRESS").t("\n\n")
    b.t("Please choose a new delivery window here: ").e(shop_url(r), "URL").t("\n")
    b.t("Available windows: ").e(fmt_date(r, "en", rdate(r)), "DATE_TIME").t(", 8-12 or 12-4. ")
    b.t(f"The item will be held at our {r.choice(['regional DC', 'local hub'])} for 7 days (tracking {tracking(r)}).\n\n")
    b.t("Questions? Call ").e(tollfree(r), "PHONE_NUMBER").t(" or reply to this email.\n")
    b.t(f"\nRef {uuid4(r)} | You are receiving this because you placed an order. Unsubscribe preferences at ")
    b.e(f"https://www.{r.choice(RETAIL_DOMAINS)}/account/notifications", "URL").t("\n")
    return b


def k_survey(r: random.Random) -> Builder:
    b = Builder()
    a = addr(r, "en", r.choice(["US", "GB", "CA", "AU"]))
    b.t("response_id,store,nps,comment,follow_up_email\n")
    for _ in range(r.randint(2, 4)):
        f, l = person(r, "en")
        b.t(f"{_d(r, 8)},{store_no(r)},{r.randint(0, 10)},\"")
        c = r.randint(0, 3) if len(b.ents) else r.choice([0, 2])
        if c == 0:
            b.t("Cashier ").e(person(r, "en")[0], "PERSON").t(" was super friendly and found my coupon. Love the ").e(a.city, "LOCATION").t(" location!")
        elif c == 1:
            b.t(f"Waited 25 min at curbside on Tuesday. Nobody answered the phone. The {product(r)} was out of stock again.")
        elif c == 2:
            b.t("Please call me back at ").e(phone(r, a.cc), "PHONE_NUMBER").t(f" about my return, manager refused it. Order {order_no(r)}.")
        else:
            b.t(f"Self checkout kept freezing (v{r.randint(2, 9)}.{r.randint(0, 9)}). Otherwise fine.")
        b.t("\",")
        if r.random() < 0.6:
            b.e(email_for(r, f, l), "EMAIL_ADDRESS")
        b.t("\n")
    return b


def k_sms_log(r: random.Random) -> Builder:
    b = Builder()
    d = rdate(r)
    b.t(f"# sms-gateway outbound export  provider={r.choice(['twilio', 'sinch', 'messagebird'])} batch {_d(r, 6)}\n")
    b.t("sent_at\tto\ttemplate\tbody\n")
    for _ in range(r.randint(3, 5)):
        f, l = person(r, "en")
        a = addr(r, "en", r.choice(["US", "GB", "CA", "AU", "IN"]))
        d = d + _dt.timedelta(minutes=r.randint(1, 50))
        b.t(f"{d:%Y-%m-%d %H:%M:%S}\t").e(phone(r, a.cc), "PHONE_NUMBER").t("\t")
        k = r.randint(0, 3)
        if k == 0:
            b.t("bopis_ready\tHi ").e(f, "PERSON").t(f"! Your order {order_no(r)} is ready for pickup at store {store_no(r)}. Bring ID. Reply STOP to opt out.\n")
        elif k == 1:
            b.t("otp\tYour verification code is ").t(_d(r, 6)).t(". It expires in 10 minutes.\n")
        elif k == 2:
            b.t("delivery_eta\tYour delivery is scheduled for ").e(fmt_dt(r, "en", rdate(r)), "DATE_TIME").t(". Track: ").e(shop_url(r), "URL").t("\n")
        else:
            b.t(f"points\t").e(f, "PERSON").t(f", you have {r.randint(100, 9000)} points! {money(r, 'en', 5, 20)} reward expires ").e(fmt_date(r, "en", rdate(r), numeric=True), "DATE_TIME").t(".\n")
    return b


def k_sql_dump(r: random.Random) -> Builder:
    b = Builder()
    b.t(f"-- MySQL dump 10.13  Distrib 8.0.{r.randint(20, 36)}\n-- Host: localhost    Database: loyalty\n")
    b.t("LOCK TABLES `customers` WRITE;\nINSERT INTO `customers` (`id`,`card_no`,`first_name`,`last_name`,`email`,`phone`,`birthdate`,`street`,`city`,`zip`,`pwd_hash`) VALUES\n")
    n = r.randint(2, 4)
    for i in range(n):
        f, l = person(r, "en")
        a = addr(r, "en", "US")
        b.t(f"({r.randint(1000, 99999)},'").e(loyalty_no(r).replace(" ", ""), "ACCOUNT_NUMBER").t("','").e(f, "PERSON").t("','").e(l.replace("'", "''"), "PERSON").t("','")
        b.e(email_for(r, f, l), "EMAIL_ADDRESS").t("','").e(phone(r, "US"), "PHONE_NUMBER").t("','").e(f"{dob_dt(r):%Y-%m-%d}", "DATE_OF_BIRTH").t("','")
        b.e(a.line1, "ADDRESS").t("','").e(a.city, "LOCATION").t(f"','{a.postcode}','$2b$12${rs(r, 53, ALNUM + './')}')")
        b.t(",\n" if i < n - 1 else ";\n")
    b.t("UNLOCK TABLES;\n-- Dump completed\n")
    return b


def k_access_log(r: random.Random) -> Builder:
    b = Builder()
    d = rdate(r)
    dom = r.choice(RETAIL_DOMAINS)
    for _ in range(r.randint(4, 8)):
        d = d + _dt.timedelta(seconds=r.randint(1, 40))
        path = r.choice(["/cart", "/checkout/payment", f"/api/v2/orders/{_d(r, 9)}", "/account/login", f"/p/{_d(r, 6)}", "/gift-cards/balance"])
        b.e(ip_any(r), "IP_ADDRESS").t(f" - - [{d:%d/%b/%Y:%H:%M:%S} +0000] \"{r.choice(['GET', 'POST'])} {path} HTTP/2.0\" {r.choice([200, 200, 302, 401, 404, 429])} {r.randint(200, 40000)} \"-\" \"{r.choice(['Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X)', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)', 'python-requests/2.31'])}\"\n")
    if r.random() < 0.6:
        d = d + _dt.timedelta(seconds=3)
        b.e(ip4(r, False), "IP_ADDRESS").t(f" - - [{d:%d/%b/%Y:%H:%M:%S} +0000] \"GET /account/reset?email=").e(email_for(r, *person(r, "en")), "EMAIL_ADDRESS").t("&token=")
        b.e(rs(r, 32, ALNUM), "GENERIC_SECRET").t("\" 200 512 \"-\" \"Mozilla/5.0\"\n")
    return b


def k_warranty(r: random.Random) -> Builder:
    b = Builder()
    f, l = person(r, "en")
    a = addr(r, "en", r.choice(["US", "CA", "GB", "AU", "IN"]))
    p = product(r)
    b.t(f"PRODUCT PROTECTION PLAN - REGISTRATION\nPlan: {r.choice(['2-Year Accident', '3-Year Standard', '4-Year Premium'])}   Contract #{_d(r, 10)}\n")
    b.t(f"Product: {p}   Serial: {rs(r, 12, string.ascii_uppercase + string.digits)}   Price: {money(r)}\n")
    b.t("Purchase date: ").e(fmt_date(r, "en", rdate(r)), "DATE_TIME").t("   Coverage ends: ").e(fmt_date(r, "en", rdate(r, 2026, 2028)), "DATE_TIME").t("\n\n")
    b.t("Plan holder\n  Name ............ ").e(pname(r, f, l, "full"), "PERSON").t("\n")
    b.t("  Address ......... ").e(a.one(), "ADDRESS").t("\n")
    b.t("  Phone ........... ").e(phone(r, a.cc), "PHONE_NUMBER").t("\n")
    b.t("  Email ........... ").e(email_for(r, f, l), "EMAIL_ADDRESS").t("\n\n")
    b.t("File a claim: ").e(f"https://claims.{r.choice(['safeguardplans.com', 'protectwell.io', 'assurion-care.com'])}/start?contract={_d(r, 10)}", "URL").t("\n")
    b.t(f"Claims are subject to a {money(r, 'en', 0, 99)} deductible. See terms v{r.randint(1, 9)}.{r.randint(0, 9)}.\n")
    return b


def k_special_order(r: random.Random) -> Builder:
    b = Builder()
    f, l = person(r, "en")
    a = addr(r, "en", "US")
    b.t(f"SPECIAL ORDER  SO#{_d(r, 7)}   Dept: {r.choice(['Flooring', 'Appliances', 'Furniture', 'Millwork', 'Window Treatments'])}\n")
    b.t("Cust: ").e(pname(r, f, l, r.choice(["lastfirst_caps", "caps", "full"])), "PERSON").t("  Ph: ").e(phone(r, "US"), "PHONE_NUMBER").t("  Alt: ").e(phone(r, "US"), "PHONE_NUMBER").t("\n")
    b.t("Deliver to: ").e(a.one(), "ADDRESS").t("\n")
    b.t(f"Use side gate, dog in yard ({r.choice(PETS)}) - call on arrival.\n")
    b.t(f"Vendor: {r.choice(['Mohawk', 'Whirlpool', 'La-Z-Boy', 'Levolor'])}  Model {rs(r, 8, string.ascii_uppercase + string.digits)}  Qty {r.randint(1, 40)}\n")
    b.t(f"Deposit {money(r)} on {masked_pan(r)}; balance due at delivery.\n")
    b.t("Est. arrival: ").e(fmt_date(r, "en", rdate(r)), "DATE_TIME").t("   Install appt: ").e(fmt_dt(r, "en", rdate(r), weekday=r.random() < 0.4), "DATE_TIME").t("\n")
    b.t("Sold by: ").e(pname(r, *person(r, "en"), "first"), "PERSON").t(f" / {_d(r, 4)}\n")
    return b


def k_curl(r: random.Random) -> Builder:
    b = Builder()
    dom = r.choice(RETAIL_DOMAINS)
    on = _d(r, 9)
    b.t("$ curl -s -X POST ").e(f"https://api.{dom}/v1/refunds", "URL").t(" \\\n")
    if r.random() < 0.5:
        b.t("  -H \"Authorization: Bearer ").e(jwt(r), "JWT").t("\" \\\n")
    else:
        b.t("  -H \"X-Api-Key: ").e(generic_secret(r)[1], "GENERIC_SECRET").t("\" \\\n")
    f, l = person(r, "en")
    b.t(f"  -H 'Content-Type: application/json' \\\n  -d '{{\"order_id\":\"{on}\",\"amount\":{r.randint(100, 50000)},\"reason\":\"customer_request\",\"notify\":\"")
    b.e(email_for(r, f, l), "EMAIL_ADDRESS").t("\"}'\n")
    b.t(f"{{\"refund_id\":\"re_{rs(r, 24)}\",\"status\":\"pending\",\"request_id\":\"{uuid4(r)}\"}}\n")
    if r.random() < 0.5:
        b.t("\n# same call against the legacy gateway (basic auth)\n$ curl -u ").t(f"refunds_bot:").e(password(r), "PASSWORD").t(" ")
        b.e(f"https://legacy-gw.{dom}/refund?order={on}", "URL").t("\n")
    return b


def k_dsar(r: random.Random) -> Builder:
    b = Builder()
    f, l = person(r, "en", r.choice(["us", "gb", "in", "ng", "zh"]))
    a = addr(r, "en", r.choice(["US", "GB", "CA"]))
    dom = r.choice(RETAIL_DOMAINS)
    b.t("From: ").e(email_for(r, f, l), "EMAIL_ADDRESS").t("\nTo: ").e(f"privacy@{dom}", "EMAIL_ADDRESS").t("\nSubject: Data subject access / deletion request\n\n")
    b.t("Dear Privacy Team,\n\nUnder the ").t(r.choice(["CCPA/CPRA", "UK GDPR", "PIPEDA"])).t(" I request a copy of all personal data you hold about me and its deletion afterwards.\n\n")
    b.t("Full name: ").e(pname(r, f, l, "full"), "PERSON").t("\n")
    b.t("Loyalty number: ").e(loyalty_no(r), "ACCOUNT_NUMBER").t("\n")
    b.t("Address: ").e(a.one(), "ADDRESS").t("\n")
    b.t("Phone: ").e(phone(r, a.cc), "PHONE_NUMBER").t("\n")
    b.t("Date of birth (for verification): ").e(fmt_dob(r, "en"), "DATE_OF_BIRTH").t("\n\n")
    b.t("Please include in-store purchase history, CCTV footage from my visit on ").e(fmt_dt(r, "en", rdate(r)), "DATE_TIME").t(", and any data shared with ad partners.\n")
    b.t("You have 45 days to respond.\n\nKind regards,\n").e(pname(r, f, l, "full"), "PERSON").t("\n")
    return b


def k_staff_directory(r: random.Random) -> Builder:
    b = Builder()
    dom = r.choice(RETAIL_DOMAINS)
    a = addr(r, "en", r.choice(["US", "CA", "GB", "AU"]))
    b.t(f"STORE {store_no(r)} CONTACT SHEET  (posted in break room, updated {r.choice(['Q1', 'Q2', 'Q3', 'Q4'])})\n")
    b.t("Store: ").e(a.one(), "ADDRESS").t("   Main line: ").e(phone(r, a.cc), "PHONE_NUMBER").t("\n\n")
    b.t(f"{'Role':<18}{'Name':<24}{'Mobile':<20}Email\n")
    for role in r.sample(["Store Manager", "Asst. Manager", "Ops Lead", "Pharmacy Mgr", "AP Lead", "HR Partner", "Visual Lead"], r.randint(3, 5)):
        f, l = person(r, "en")
        nm = pname(r, f, l, "full")
        ph = phone(r, a.cc)
        b.t(f"{role:<18}").e(nm, "PERSON").t(" " * max(1, 24 - len(nm))).e(ph, "PHONE_NUMBER").t(" " * max(1, 20 - len(ph)))
        b.e(staff_email(r, f, l, dom), "EMAIL_ADDRESS").t("\n")
    b.t("\nFacilities hotline: ").e(tollfree(r), "PHONE_NUMBER").t(f"   Alarm company acct: {_d(r, 6)} (passcode on file with MOD)\n")
    b.t(f"Wi-Fi (guest): {r.choice(RETAILERS).replace(' ', '')}-Guest  - no password\n")
    return b


def k_call_transcript(r: random.Random) -> Builder:
    b = Builder()
    f, l = person(r, "en")
    af = person(r, "en")[0]
    a = addr(r, "en", "US")
    b.t(f"Call recording transcript (auto)  call_id={uuid4(r)}  queue=Billing  duration={r.randint(3, 19)}m{r.randint(0, 59)}s\n\n")
    s = r.randint(0, 20)
    def ts() -> str:
        nonlocal s
        s += r.randint(4, 30)
        return f"{s // 60:02d}:{s % 60:02d}"
    b.t(f"{ts()} AGENT: Thank you for calling, this is ").e(af, "PERSON").t(". Can I have your name?\n")
    b.t(f"{ts()} CALLER: Yeah, it's ").e(pname(r, f, l, "full"), "PERSON").t(".\n")
    b.t(f"{ts()} AGENT: And the phone number on the account?\n")
    b.t(f"{ts()} CALLER: ").e(phone(r, "US"), "PHONE_NUMBER").t(".\n")
    b.t(f"{ts()} AGENT: Thanks. For verification, your date of birth?\n")
    b.t(f"{ts()} CALLER: ").e(fmt_date(r, "en", dob_dt(r), numeric=False), "DATE_OF_BIRTH").t(".\n")
    b.t(f"{ts()} AGENT: I see a store card payment that was returned. Do you want to pay now?\n")
    if r.random() < 0.6:
        b.t(f"{ts()} CALLER: Sure, use my Visa, ").e(card(r, "visa", " "), "CREDIT_CARD").t(f", expires {r.randint(1, 12)}/{r.randint(26, 30)}.\n")
        b.t(f"{ts()} AGENT: [PAUSE RECORDING FAILED] Okay, payment of {money(r, 'en', 25, 300)} is processed.\n")
    else:
        b.t(f"{ts()} CALLER: Take it from checking, account ").e(bank_acct(r), "ACCOUNT_NUMBER").t(f", routing {r.choice(ROUTING)}.\n")
        b.t(f"{ts()} AGENT: Done. Confirmation {rs(r, 10, string.ascii_uppercase + string.digits)}.\n")
    b.t(f"{ts()} CALLER: Also my new address is ").e(a.one(), "ADDRESS").t(".\n")
    b.t(f"{ts()} AGENT: Updated. Anything else? ... Thanks for being a cardmember.\n")
    return b


def k_meeting_minutes(r: random.Random) -> Builder:
    b = Builder()
    d = rdate(r)
    names = [person(r, "en") for _ in range(r.randint(3, 5))]
    b.t(f"# District {r.randint(1, 40)} managers call - minutes\n\n**When:** ").e(fmt_dt(r, "en", d, weekday=True), "DATE_TIME").t(f" (recurring)\n")
    b.t("**Zoom:** ").e(f"https://{r.choice(['northgate', 'brightmart', 'kestrel'])}.zoom.us/j/{_d(r, 11)}", "URL").t("  Passcode: ").e(_d(r, 6) if r.random() < 0.6 else rs(r, 8), "PASSWORD").t("\n")
    b.t("**Attendees:** ")
    for i, (f, l) in enumerate(names):
        if i:
            b.t(", ")
        b.e(f"{f} {l}", "PERSON")
    b.t("\n\n## Notes\n")
    b.t(f"- Holiday staffing: +{r.randint(5, 30)}% hours; hiring event on ").e(fmt_date(r, "en", rdate(r)), "DATE_TIME").t(".\n")
    b.t(f"- Shrink up {r.randint(1, 9)}.{r.randint(0, 9)}% YoY on health & beauty; {product(r)} moved behind glass.\n")
    b.t("- ").e(names[0][0], "PERSON").t(f" to share the returns-abuse report (ticket {ticket_no(r)}).\n")
    b.t(f"- POS upgrade {version(r)} rollout starts week {r.randint(1, 52)}; pilot at store {store_no(r)}.\n")
    b.t("- Action: ").e(names[-1][0], "PERSON").t(" to call the landlord at ").e(phone(r, "US"), "PHONE_NUMBER").t(" about the HVAC.\n")
    return b


def k_ics_visit(r: random.Random) -> Builder:
    b = Builder()
    d = rdate(r)
    f, l = person(r, "en")
    a = addr(r, "en", r.choice(["US", "CA", "GB"]))
    dom = r.choice(RETAIL_DOMAINS)
    b.t("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\n")
    b.t(f"UID:{uuid4(r)}\nDTSTAMP:{rdate(r):%Y%m%dT%H%M%SZ}\nCREATED:{rdate(r):%Y%m%dT%H%M%SZ}\n")
    b.t("DTSTART;TZID=America/Chicago:").e(f"{d:%Y%m%dT%H%M00}", "DATE_TIME").t("\n")
    b.t("DTEND;TZID=America/Chicago:").e(f"{d + _dt.timedelta(hours=2):%Y%m%dT%H%M00}", "DATE_TIME").t("\n")
    b.t(f"SUMMARY:District visit - store {store_no(r)} walk + planogram audit\n")
    b.t("LOCATION:").e(a.one().replace(",", "\\,"), "ADDRESS").t("\n")
    b.t("ORGANIZER;CN=").e(f"{f} {l}", "PERSON").t(":mailto:").e(staff_email(r, f, l, dom), "EMAIL_ADDRESS").t("\n")
    g, h = person(r, "en")
    b.t("ATTENDEE;ROLE=REQ-PARTICIPANT;CN=").e(f"{g} {h}", "PERSON").t(":mailto:").e(staff_email(r, g, h, dom), "EMAIL_ADDRESS").t("\n")
    b.t(f"DESCRIPTION:Bring Q{r.randint(1, 4)} shrink numbers. Dial-in ").e(tollfree(r), "PHONE_NUMBER").t(" passcode ").e(_d(r, 6), "PASSWORD").t("#\n")
    b.t(f"LAST-MODIFIED:{rdate(r):%Y%m%dT%H%M%SZ}\nSEQUENCE:{r.randint(0, 3)}\nEND:VEVENT\nEND:VCALENDAR\n")
    return b


def k_goodwill(r: random.Random) -> Builder:
    b = Builder()
    f, l = person(r, "en")
    mf, ml = person(r, "en")
    b.t(f"APPEASEMENT / GOODWILL CREDIT REQUEST   ref {ticket_no(r)}\n\n")
    b.t("Customer: ").e(pname(r, f, l, r.choice(["full", "lastfirst"])), "PERSON").t("  |  Acct ").e(cust_acct(r), "ACCOUNT_NUMBER").t("\n")
    b.t(f"Orders affected: {order_no(r)}, {order_no(r)}\n")
    b.t(f"Issue: {r.choice(['late delivery (3rd time)', 'missing items in curbside order', 'price adjustment denied in store', 'damaged furniture, 2 redeliveries'])}\n")
    b.t(f"Requested: {money(r, 'en', 10, 150)} e-gift card + free shipping code FS-{rs(r, 6, string.ascii_uppercase)}\n")
    b.t("Requested by: ").e(person(r, "en")[0], "PERSON").t(" (Tier 2)   Approver: ").e(pname(r, mf, ml, "full"), "PERSON").t("\n")
    b.t(f"Approved: {r.choice(['YES', 'YES - reduced', 'NO'])}   Date: ").e(fmt_date(r, "en", rdate(r), numeric=True), "DATE_TIME").t("\n")
    b.t("Send e-gift to: ").e(email_for(r, f, l), "EMAIL_ADDRESS").t("\n")
    b.t(f"Budget code CX-{r.randint(100, 999)}; YTD appeasements for this customer: {r.randint(0, 5)} ({money(r, 'en', 0, 300)})\n")
    return b


def k_provision_script(r: random.Random) -> Builder:
    b = Builder()
    host = ip4(r, True)
    b.t(f"#!/usr/bin/env bash\n# provision-lane.sh - enroll new self-checkout lane  ({version(r)})\nset -euo pipefail\n\n")
    b.t(f"STORE={store_no(r)}\nLANE={r.randint(1, 20):02d}\nCTRL_HOST=").e(host, "IP_ADDRESS").t("\n")
    b.t("ENROLL_TOKEN=").e(bearer_opaque(r), "GENERIC_SECRET").t("\n")
    b.t("export AWS_ACCESS_KEY_ID=").e(aws_access(r), "AWS_ACCESS_KEY").t("\nexport AWS_SECRET_ACCESS_KEY=").e(aws_secret(r), "AWS_SECRET_KEY").t("\n\n")
    b.t("cat > /etc/lane/client.key <<'KEY'\n").e(pem(r), "PRIVATE_KEY").t("\nKEY\nchmod 600 /etc/lane/client.key\n\n")
    b.t('curl -fsS --key /etc/lane/client.key -H "X-Enroll: $ENROLL_TOKEN" -d "store=$STORE&lane=$LANE&ctrl=$CTRL_HOST" ')
    b.e(f"https://lane-enroll.{r.choice(RETAIL_DOMAINS)}/v1/enroll", "URL").t("\n")
    b.t(f"echo \"enrolled lane $LANE ({uuid4(r)})\"\n")
    return b


def k_slack_ops(r: random.Random) -> Builder:
    b = Builder()
    d = rdate(r)
    n1, n2 = person(r, "en"), person(r, "en")
    sty = r.choice(["full", "first"])
    u1, u2 = pname(r, *n1, sty), pname(r, *n2, sty)
    b.t("#store-ops-alerts  (exported thread)\n\n")
    def msg(who: str, mins: int) -> None:
        b.t(f"[{(d + _dt.timedelta(minutes=mins)):%I:%M %p}] ").e(who, "PERSON").t(": ")
    msg(u1, 0)
    b.t(f"curbside app is throwing 500s again at store {store_no(r)}, anyone from eng around?\n")
    msg(u2, 4)
    b.t("looking. can you paste what the handheld shows?\n")
    msg(u1, 6)
    b.t(f"```\nERR upstream oms timeout after 30000ms req={uuid4(r)}\nconfig: oms_host=").e(ip4(r, True), "IP_ADDRESS").t(" token=")
    if r.random() < 0.5:
        b.e(slack_token(r), "SLACK_TOKEN")
    else:
        b.e(github_token(r), "GITHUB_TOKEN")
    b.t("\n```\n")
    msg(u2, 9)
    b.t("please delete that message, that token is live. I'll rotate it. ").e(n1[0], "PERSON").t(" fyi for next time use the redaction button\n")
    return b


def k_docker_compose(r: random.Random) -> Builder:
    b = Builder()
    pw = password(r)
    b.t("version: \"3.8\"\nservices:\n  pos-db:\n    image: postgres:15.4\n    environment:\n      POSTGRES_USER: pos\n      POSTGRES_PASSWORD: ").e(pw, "PASSWORD").t("\n")
    b.t("    ports:\n      - \"5432:5432\"\n  loyalty-api:\n    image: registry.internal/loyalty-api:").t(version(r)).t("\n    environment:\n")
    b.t(f"      DB_URL: postgresql://pos:").e(pw, "PASSWORD").t("@pos-db:5432/loyalty\n")
    b.t("      STRIPE_KEY: ").e(stripe_key(r), "STRIPE_KEY").t("\n")
    hint, sec = generic_secret(r)
    b.t(f"      {hint.upper()}: ").e(sec, "GENERIC_SECRET").t("\n")
    b.t("      SMTP_RELAY: ").e(ip4(r, True), "IP_ADDRESS").t("\n")
    b.t("      ADMIN_EMAIL: ").e(staff_email(r, *person(r, "en"), r.choice(RETAIL_DOMAINS)), "EMAIL_ADDRESS").t("\n")
    b.t("      JWT_SECRET: ${JWT_SECRET}\n    depends_on: [pos-db]\n")
    return b


# ---------------------------------------------------------------------------
# Entity-free documents (hard negatives only)
# ---------------------------------------------------------------------------
def k_z_report(r: random.Random) -> Builder:
    b = Builder()
    b.t(f"*** Z REPORT ***   STORE {store_no(r)}  REG {r.randint(1, 18):02d}  Z#{_d(r, 5)}\nPERIOD P{r.randint(1, 12):02d} WK{r.randint(1, 52):02d}   OPERATOR {_d(r, 4)}\n")
    b.t("-" * 36 + "\n")
    for k in ["GROSS SALES", "RETURNS", "DISCOUNTS", "NET SALES", "TAX COLLECTED", "GIFT CARD SOLD", "GIFT CARD REDEEMED"]:
        b.t(f"{k:<22}{money(r, 'en', 10, 25000):>14}\n")
    b.t("-" * 36 + "\nTENDER        COUNT        AMOUNT\n")
    for t in ["CASH", "VISA", "MASTERCARD", "AMEX", "DEBIT", "EBT", "STORE CARD"]:
        b.t(f"{t:<12}{r.randint(0, 400):>6}{money(r, 'en', 0, 9000):>16}\n")
    b.t(f"\nNO SALES {r.randint(0, 12)}   VOIDS {r.randint(0, 30)}   POST-VOIDS {r.randint(0, 4)}\nOVER/SHORT {money(r, 'en', 0, 15)}\n")
    b.t(f"TERMINAL {tid(r)}  MID {mid(r)}\nSW {version(r)}  CKSUM {sha(r)[:16]}\n")
    return b


def k_inventory_count(r: random.Random) -> Builder:
    b = Builder()
    b.t(f"cycle_count_id,{uuid4(r)}\nzone,{r.choice(['A', 'B', 'C'])}{r.randint(1, 40)},counter_id,{_d(r, 5)}\n")
    b.t("sku,upc,description,on_hand,counted,variance,unit_cost\n")
    for _ in range(r.randint(5, 10)):
        oh = r.randint(0, 60)
        c = oh + r.randint(-4, 2)
        b.t(f"{_d(r, 8)},{upc(r)},\"{product(r)}\",{oh},{c},{c - oh},{r.uniform(1, 300):.2f}\n")
    b.t(f"total_variance_value,{money(r, 'en', 0, 900)}\nrecount_required,{r.choice(['true', 'false'])}\n")
    return b


def k_release_notes(r: random.Random) -> Builder:
    b = Builder()
    v = version(r)
    b.t(f"POS Suite {v} - Release Notes\n=================================\n\n")
    b.t(f"Build: {r.randint(100, 9999)}   Commit: {sha(r)}\nUpgrade from: {version(r)} or later\n\n### Fixed\n")
    b.t(f"- PAY-{r.randint(1000, 9999)}: card-entry screen accepted {luhn_bad(r)} (fails Luhn) instead of rejecting it.\n")
    b.t(f"- LOY-{r.randint(100, 999)}: test fixture SSN {ssn_bad(r)} no longer passes validation (invalid area).\n")
    b.t(f"- RET-{r.randint(100, 999)}: return window calc off by one day for orders placed late in the evening.\n")
    b.t(f"- OMS-{r.randint(1000, 9999)}: duplicate webhook {uuid4(r)} retried {r.randint(3, 9)} times.\n\n### Changed\n")
    b.t(f"- Receipts now mask PAN as {masked_pan(r)}.\n- Minimum printer firmware {version(r)}.\n- Dependency bumps: openssl 3.0.{r.randint(8, 14)}, zlib 1.3.1.\n")
    b.t(f"\nChecksums (sha256):\n  pos-suite-{v}.msi  {sha(r, 64)}\n")
    return b


def k_promo_config(r: random.Random) -> Builder:
    b = Builder()
    b.t(f"# promotions engine config  schema {version(r)}\npromotions:\n")
    for _ in range(r.randint(2, 4)):
        b.t(f"  - id: PROMO-{_d(r, 5)}\n    name: \"{r.choice(['BOGO', '20% off', '$10 off $50', '3 for $12'])} {product(r)}\"\n")
        b.t(f"    code: {rs(r, 8, string.ascii_uppercase + string.digits)}\n    skus: [{_d(r, 8)}, {_d(r, 8)}]\n")
        b.t(f"    min_basket: {r.randint(0, 100)}.00\n    stackable: {r.choice(['true', 'false'])}\n    priority: {r.randint(1, 99)}\n    channels: [pos, web]\n")
    b.t(f"rounding: half_up\nmax_discount_pct: {r.randint(30, 70)}\nhash: {sha(r)}\n")
    return b


def k_terminal_errors(r: random.Random) -> Builder:
    b = Builder()
    d = rdate(r)
    for _ in range(r.randint(5, 9)):
        d = d + _dt.timedelta(seconds=r.randint(1, 300))
        b.t(log_ts(d, r) + " " + r.choice([
            f"ERROR emv  kernel=C-{r.randint(2, 7)} tvr={rs(r, 10, '0123456789ABCDEF')} tsi=E800 decline code 05",
            f"WARN  pan   luhn_check=FAIL value={luhn_bad(r, grouped=False)} entry=keyed",
            f"INFO  tender masked={masked_pan(r)} approved amt={money(r)} auth={_d(r, 6)}",
            f"ERROR host  timeout tid={tid(r)} mid={mid(r)} stan={_d(r, 6)} rrn={_d(r, 12)}",
            f"INFO  batch close batch={_d(r, 4)} items={r.randint(10, 500)} total={money(r, 'en', 100, 40000)}",
            f"DEBUG keys  ksn={rs(r, 20, '0123456789ABCDEF')} dukpt counter={r.randint(1, 999999)}",
            f"WARN  firmware {version(r)} -> {version(r)} pending reboot id={uuid4(r)}",
        ]) + "\n")
    return b


def k_price_override(r: random.Random) -> Builder:
    b = Builder()
    b.t(f"PRICE OVERRIDE AUDIT  store {store_no(r)}  week {r.randint(1, 52)}\n")
    b.t(f"{'TXN':<10}{'OPER':<7}{'MGR':<7}{'UPC':<14}{'ORIG':>10}{'NEW':>10}  REASON\n")
    for _ in range(r.randint(4, 9)):
        b.t(f"{_d(r, 8):<10}{_d(r, 4):<7}{_d(r, 4):<7}{upc(r):<14}{money(r, 'en', 5, 300):>10}{money(r, 'en', 1, 250):>10}  {r.choice(['PRICE MATCH', 'DAMAGED', 'AD PRICE', 'SHELF TAG', 'MGR DISC'])}\n")
    b.t(f"\nOverrides > 30%: {r.randint(0, 6)}   Flagged operators: {_d(r, 4)}, {_d(r, 4)}\n")
    return b


def k_settlement(r: random.Random) -> Builder:
    b = Builder()
    b.t("batch_id,terminal,brand,card,auth_code,entry,amount,status\n")
    for _ in range(r.randint(5, 10)):
        b.t(f"{_d(r, 6)},{tid(r)},{r.choice(['VI', 'MC', 'AX', 'DS'])},{masked_pan(r)},{rs(r, 6, '0123456789ABCDEF')},{r.choice(['CHIP', 'CTLS', 'SWIPE', 'KEYED'])},{r.uniform(1, 900):.2f},{r.choice(['SETTLED', 'SETTLED', 'REVERSED', 'CHARGEBACK'])}\n")
    b.t(f"# merchant {mid(r)}  file {sha(r)[:12]}.csv  records ok\n")
    return b


def k_de_tagesabschluss(r: random.Random) -> Builder:
    b = Builder()
    b.t(f"TAGESABSCHLUSS (Z-Bon)  Filiale {store_no(r)}  Kasse {r.randint(1, 12)}\nZ-Nr. {_d(r, 5)}  TSE-Seriennr. {sha(r, 32)}\n\n")
    for k in ["Umsatz brutto", "Retouren", "Rabatte", "Umsatz netto", "MwSt 19 %", "MwSt 7 %", "Gutscheine verkauft"]:
        b.t(f"{k:<22}{money(r, 'de', 10, 20000):>14}\n")
    b.t(f"\nBar {money(r, 'de', 100, 5000)}  EC-Karte {money(r, 'de', 100, 9000)}  Kreditkarte {money(r, 'de', 0, 4000)}\n")
    b.t(f"Stornos: {r.randint(0, 20)}  Schubladenöffnungen: {r.randint(0, 60)}\nSignaturzähler {r.randint(1000, 99999)}  Version {version(r)}\n")
    return b


def k_fr_inventaire(r: random.Random) -> Builder:
    b = Builder()
    b.t(f"INVENTAIRE TOURNANT - magasin {store_no(r)} - rayon {r.choice(['épicerie', 'textile', 'électroménager', 'beauté'])}\n")
    b.t("Réf;EAN;Libellé;Stock théorique;Compté;Écart\n")
    for _ in range(r.randint(5, 9)):
        oh = r.randint(0, 50)
        c = oh + r.randint(-3, 2)
        b.t(f"{_d(r, 7)};3{_d(r, 12)};{product(r)};{oh};{c};{c - oh}\n")
    b.t(f"Valeur de l'écart : {money(r, 'fr', 0, 800)}\nLot {uuid4(r)} - version {version(r)}\n")
    return b


# ---------------------------------------------------------------------------
# Non-English documents
# ---------------------------------------------------------------------------
def k_de_kassenbon(r: random.Random) -> Builder:
    b = Builder()
    a = addr(r, "de", "DE")
    b.t(f"{r.choice(['HAFENMARKT GmbH', 'Müller & Söhne GmbH', 'Kaufhaus Lindner KG'])}\nFiliale {store_no(r)}\n")
    b.e(a.block(), "ADDRESS").t("\nTel.: ").e(phone(r, "DE"), "PHONE_NUMBER").t(f"\nUSt-IdNr. DE{_d(r, 9)}\n" + "-" * 34 + "\n")
    for _ in range(r.randint(2, 5)):
        b.t(f"{product(r)[:22]:<22}{money(r, 'de', 1, 120):>11} {r.choice('AB')}\n")
    b.t("-" * 34 + f"\nSUMME EUR{money(r, 'de', 10, 400).replace(' €', ''):>25}\n")
    b.t(f"Gegeben {r.choice(['girocard', 'VISA', 'Mastercard', 'Bar'])}\nKarte: {masked_pan(r)}\n")
    b.t(f"Terminal-ID {tid(r)}  TA-Nr. {_d(r, 6)}  Beleg-Nr. {_d(r, 4)}\n")
    d = rdate(r)
    if r.random() < 0.5:
        b.t("Datum: ").e(fmt_date(r, "de", d, numeric=True), "DATE_TIME").t("  Uhrzeit: ").e(f"{d:%H:%M:%S}", "DATE_TIME").t("\n")
    else:
        b.e(f"{d:%d.%m.%Y %H:%M}", "DATE_TIME").t(f"  Kasse {r.randint(1, 9)}  Bon {_d(r, 5)}\n")
    if r.random() < 0.75:
        f, l = person(r, "de")
        b.t("Kundenkarte: ").e(pname(r, f, l, r.choice(["full", "lastfirst"])), "PERSON").t("\nKarten-Nr.: ").e(loyalty_no(r), "ACCOUNT_NUMBER")
        b.t(f"\nGesammelte Punkte: {r.randint(1, 300)}\n")
    b.t("Es bediente Sie: ").e(person(r, "de")[0], "PERSON").t("\n")
    b.t(f"TSE-Signatur: {base64.b64encode(bytes(r.randrange(256) for _ in range(48))).decode()}\n")
    b.t("Umtausch nur mit Kassenbon innerhalb von 30 Tagen. Vielen Dank für Ihren Einkauf!\n")
    return b


def k_de_retoure_email(r: random.Random) -> Builder:
    b = Builder()
    f, l = person(r, "de")
    a = addr(r, "de", "DE")
    b.t("Von: ").e(pname(r, f, l, "full"), "PERSON").t(" <").e(email_for(r, f, l), "EMAIL_ADDRESS").t(">\n")
    b.t("An: ").e(f"kundenservice@{r.choice(['hafenmarkt.de', 'brightmart.co'])}", "EMAIL_ADDRESS").t(f"\nBetreff: Rücksendung Bestellung {order_no(r)} - Erstattung\n\n")
    b.t("Sehr geehrte Damen und Herren,\n\n")
    b.t(f"am ").e(fmt_date(r, "de", rdate(r), numeric=r.random() < 0.5), "DATE_TIME").t(f" habe ich den Artikel „{product(r)}“ per {r.choice(['DHL', 'Hermes', 'DPD'])} zurückgeschickt ")
    b.t(f"(Sendungsnummer {tracking(r)}). Bis heute ist keine Erstattung eingegangen.\n\n")
    b.t("Bitte überweisen Sie den Betrag von ").t(money(r, "de", 15, 500)).t(" auf folgendes Konto:\n")
    b.t("Kontoinhaber: ").e(pname(r, f, l, "full"), "PERSON").t("\nIBAN: ").e(iban(r, r.choice(["DE", "DE", "AT"])), "IBAN_CODE").t(f"\nBIC: {r.choice(BICS)}\n\n")
    b.t("Meine Anschrift:\n").e(a.block(), "ADDRESS").t("\nTelefon: ").e(phone(r, "DE"), "PHONE_NUMBER").t("\n\n")
    b.t("Ich bitte um Rückmeldung bis zum ").e(fmt_date(r, "de", rdate(r), numeric=False), "DATE_TIME").t(".\n\nMit freundlichen Grüßen\n").e(f"{f} {l}", "PERSON").t("\n")
    return b


def k_de_sepa_mandat(r: random.Random) -> Builder:
    b = Builder()
    f, l = person(r, "de")
    a = addr(r, "de", "DE")
    b.t("SEPA-Lastschriftmandat\n\nZahlungsempfänger: Hafenmarkt Kundenkarte GmbH, Gläubiger-Identifikationsnummer DE")
    b.t(f"{_d(r, 2)}ZZZ{_d(r, 11)}\nMandatsreferenz: KK-{_d(r, 8)}\n\n")
    b.t("Ich ermächtige die Hafenmarkt Kundenkarte GmbH, Zahlungen von meinem Konto mittels Lastschrift einzuziehen. ")
    b.t("Zugleich weise ich mein Kreditinstitut an, die Lastschriften einzulösen.\n\n")
    b.t("Kontoinhaber (Vorname, Name): ").e(pname(r, f, l, "full"), "PERSON").t("\n")
    b.t("Straße, Hausnummer: ").e(a.line1, "ADDRESS").t(f"\nPLZ: {a.postcode}   Ort: ").e(a.city, "LOCATION").t("\n")
    b.t("Geburtsdatum: ").e(fmt_date(r, "de", dob_dt(r), numeric=True), "DATE_OF_BIRTH").t("\n")
    b.t("IBAN: ").e(iban(r, "DE"), "IBAN_CODE").t(f"\nBIC: {r.choice(BICS)}\n")
    b.t("Kundennummer: ").e(cust_acct(r), "ACCOUNT_NUMBER").t("\n\n")
    b.e(a.city, "LOCATION").t(", ").e(fmt_date(r, "de", rdate(r), numeric=True), "DATE_TIME").t("          Unterschrift: ______________\n")
    return b


def k_fr_ticket(r: random.Random) -> Builder:
    b = Builder()
    a = addr(r, "fr", "FR")
    b.t(f"MAISON LUNE - Magasin n° {store_no(r)}\n").e(a.block().upper() if r.random() < 0.5 else a.block(), "ADDRESS").t("\nTél : ").e(phone(r, "FR"), "PHONE_NUMBER").t("\n")
    b.t(f"SIRET {_d(r, 3)} {_d(r, 3)} {_d(r, 3)} {_d(r, 5)}  TVA FR{_d(r, 11)}\n\n")
    for _ in range(r.randint(2, 5)):
        b.t(f"{product(r)[:24]:<24}{money(r, 'fr', 1, 150):>12}\n")
    b.t(f"\nTOTAL TTC{money(r, 'fr', 10, 500):>27}\ndont TVA 20 %{money(r, 'fr', 1, 80):>23}\nCB SANS CONTACT  {masked_pan(r)}\n")
    d = rdate(r)
    b.t("Le ").e(fmt_date(r, "fr", d, numeric=True) + " à " + f"{d:%H:%M}", "DATE_TIME").t(f"   Caisse {r.randint(1, 9)}  Ticket {_d(r, 6)}\n")
    b.t("Caissière : ").e(person(r, "fr")[0], "PERSON").t("\n")
    if r.random() < 0.7:
        f, l = person(r, "fr")
        b.t("Carte fidélité n° ").e(loyalty_no(r), "ACCOUNT_NUMBER").t(" - ").e(pname(r, f, l, r.choice(["caps", "full"])), "PERSON")
        b.t(f"\nCagnotte : {money(r, 'fr', 0, 40)}\n")
    b.t("Échange ou remboursement sous 30 jours sur présentation du ticket.\nMerci de votre visite et à bientôt !\n")
    return b


def k_fr_sav_email(r: random.Random) -> Builder:
    b = Builder()
    f, l = person(r, "fr")
    a = addr(r, "fr", "FR")
    b.t("De : ").e(email_for(r, f, l), "EMAIL_ADDRESS").t("\nÀ : ").e(f"sav@{r.choice(['maisonlune.fr', 'brightmart.co'])}", "EMAIL_ADDRESS").t(f"\nObjet : Demande de remboursement - commande n° {order_no(r)}\n\n")
    fem = r.random() < 0.5
    b.t("Bonjour,\n\nJe soussigné" + ("e Mme " if fem else " M. ")).e(pname(r, f, l, "full"), "PERSON")
    b.t(", demeurant ").e(a.one(), "ADDRESS").t(", vous informe par la présente de ma rétractation concernant la commande livrée le ")
    b.e(fmt_date(r, "fr", rdate(r), weekday=r.random() < 0.4, numeric=False), "DATE_TIME").t(".\n\n")
    b.t(f"Le colis a été déposé en point relais ({r.choice(['Colissimo', 'Mondial Relay', 'Chronopost'])}, n° de suivi {tracking(r)}). ")
    b.t("Merci de procéder au remboursement sur le compte suivant :\nIBAN : ").e(iban(r, "FR"), "IBAN_CODE").t(f"\nBIC : {r.choice(BICS)}\n\n")
    b.t("Vous pouvez me joindre au ").e(phone(r, "FR"), "PHONE_NUMBER").t(" du lundi au vendredi.\n\nCordialement,\n").e(f"{f} {l}", "PERSON").t("\n")
    return b


def k_es_devolucion(r: random.Random) -> Builder:
    b = Builder()
    f, l = person(r, "es")
    l2 = person(r, "es")[1]
    a = addr(r, "es", "ES")
    b.t(f"FORMULARIO DE DEVOLUCIÓN / DESISTIMIENTO\nCasa Verde Store - Tienda {store_no(r)}\n\n")
    b.t("Nombre y apellidos: ").e(f"{f} {l} {l2}", "PERSON").t("\n")
    b.t("Domicilio: ").e(a.line1, "ADDRESS").t(f"\nCódigo postal: {a.postcode}\nLocalidad: ").e(a.city, "LOCATION").t("\nProvincia: ").e(a.region, "LOCATION").t("\n")
    b.t("Teléfono: ").e(phone(r, "ES"), "PHONE_NUMBER").t("\nCorreo electrónico: ").e(email_for(r, f, l), "EMAIL_ADDRESS").t("\n\n")
    b.t(f"Nº de pedido: {order_no(r)}\nFecha de recepción: ").e(fmt_date(r, "es", rdate(r)), "DATE_TIME").t("\n")
    b.t(f"Artículo(s): {product(r)} - motivo: {r.choice(['talla incorrecta', 'producto defectuoso', 'no corresponde con la descripción', 'ya no lo quiero'])}\n")
    b.t("Reembolso a la cuenta IBAN: ").e(iban(r, "ES"), "IBAN_CODE").t("\n\n")
    b.t("En ").e(a.city, "LOCATION").t(", a ").e(fmt_date(r, "es", rdate(r), numeric=False), "DATE_TIME").t("\nFirma: ________________\n")
    return b


def k_es_chat(r: random.Random) -> Builder:
    b = Builder()
    f, l = person(r, "es")
    ag = person(r, "es")[0]
    d = rdate(r)
    a = addr(r, "es", r.choice(["ES", "MX"]))
    t = d
    def who(n: str) -> None:
        nonlocal t
        t = t + _dt.timedelta(minutes=r.randint(0, 4))
        b.t(f"[{t:%H:%M}] ").e(n, "PERSON").t(": ")
    b.t(f"Conversación de WhatsApp Business - tienda {store_no(r)}\n")
    who(pname(r, f, l, "full"))
    b.t(f"Hola, compré unas zapatillas el sábado y me han venido pequeñas. ¿Puedo cambiarlas en tienda?\n")
    who(ag)
    b.t("¡Hola! Claro que sí, tienes 30 días. ¿Me pasas el número de pedido o el correo de la compra?\n")
    who(pname(r, f, l, "full"))
    b.e(email_for(r, f, l), "EMAIL_ADDRESS").t(f" - el pedido es {order_no(r)}\n")
    who(ag)
    b.t("Perfecto. Te reservo la talla 42 en la tienda de ").e(a.city, "LOCATION").t(". Puedes pasar el ").e(fmt_dt(r, "es", rdate(r)), "DATE_TIME").t(".\n")
    who(pname(r, f, l, "full"))
    b.t("Genial. Si hay algún problema llamadme al ").e(phone(r, a.cc), "PHONE_NUMBER").t("\n")
    who(ag)
    b.t("¡Apuntado! Que tengas buen día 😊\n")
    return b


def k_it_reclamo(r: random.Random) -> Builder:
    b = Builder()
    f, l = person(r, "it")
    a = addr(r, "it", "IT")
    b.t("Da: ").e(email_for(r, f, l), "EMAIL_ADDRESS").t("\nA: ").e("assistenza@mercato-nuovo.it", "EMAIL_ADDRESS").t(f"\nOggetto: Reclamo - ordine n. {order_no(r)}\n\n")
    b.t("Gentile Servizio Clienti,\n\nsono ").e(pname(r, f, l, "full"), "PERSON").t(", cliente titolare della carta fedeltà n. ").e(loyalty_no(r), "ACCOUNT_NUMBER").t(".\n")
    b.t(f"Il ").e(fmt_dt(r, "it", rdate(r)), "DATE_TIME").t(f" ho ritirato in negozio un {product(r)} che risulta difettoso. ")
    b.t(f"Il commesso, ").e(person(r, "it")[0], "PERSON").t(", mi ha detto che non era possibile la sostituzione senza scontrino, ")
    b.t("anche se l'acquisto risulta nello storico della carta.\n\n")
    b.t("Chiedo la sostituzione del prodotto o il rimborso sul conto IBAN ").e(iban(r, "IT"), "IBAN_CODE").t(".\n\n")
    b.t("Recapiti:\n").e(a.block(), "ADDRESS").t("\ncell. ").e(phone(r, "IT"), "PHONE_NUMBER").t("\n\nCordiali saluti,\n").e(f"{f} {l}", "PERSON").t("\n")
    return b


def k_it_carta_fedelta(r: random.Random) -> Builder:
    b = Builder()
    f, l = person(r, "it")
    a = addr(r, "it", "IT")
    birth = addr(r, "it", "IT")
    b.t(f"MODULO DI ADESIONE - CARTA FEDELTÀ \"Mercato Nuovo Più\"   Punto vendita {store_no(r)}\n\n")
    b.t("Cognome: ").e(l.upper(), "PERSON").t("        Nome: ").e(f.upper(), "PERSON").t("\n")
    b.t("Data di nascita: ").e(fmt_date(r, "it", dob_dt(r), numeric=True), "DATE_OF_BIRTH").t("   Luogo di nascita: ").e(birth.city, "LOCATION").t("\n")
    b.t("Indirizzo: ").e(a.line1, "ADDRESS").t(f"\nCAP: {a.postcode}   Città: ").e(a.city, "LOCATION").t("   Prov.: ").e(a.region, "LOCATION").t("\n")
    b.t("Cellulare: ").e(phone(r, "IT"), "PHONE_NUMBER").t("\nE-mail: ").e(email_for(r, f, l), "EMAIL_ADDRESS").t("\n\n")
    b.t(f"Consenso marketing: [{r.choice('X ')}] SÌ  [{r.choice('X ')}] NO      Profilazione: [{r.choice('X ')}]\n")
    b.t("Numero carta assegnata: ").e(loyalty_no(r), "ACCOUNT_NUMBER").t("\n")
    b.t("Data: ").e(fmt_date(r, "it", rdate(r), numeric=True), "DATE_TIME").t("      Firma ______________\n")
    b.t(f"Informativa privacy art. 13 Reg. UE 2016/679 - versione {version(r)}\n")
    return b


def k_pt_reembolso(r: random.Random) -> Builder:
    b = Builder()
    cc = r.choice(["PT", "BR"])
    f, l = person(r, "pt")
    a = addr(r, "pt", cc)
    b.t(f"PEDIDO DE REEMBOLSO - Loja Aurora {'(Portugal)' if cc == 'PT' else '(Brasil)'}\nProtocolo {ticket_no(r)}\n\n")
    b.t("Nome completo: ").e(f"{f} {l} {person(r, 'pt')[1]}", "PERSON").t("\n")
    b.t("Morada: " if cc == "PT" else "Endereço: ").e(a.one(), "ADDRESS").t("\n")
    b.t("Telemóvel: " if cc == "PT" else "Celular: ").e(phone(r, cc), "PHONE_NUMBER").t("\nE-mail: ").e(email_for(r, f, l), "EMAIL_ADDRESS").t("\n")
    b.t(f"N.º da encomenda: {order_no(r)}\nData da compra: ").e(fmt_date(r, "pt", rdate(r)), "DATE_TIME").t("\n")
    val = money(r, "pt", 10, 400)
    if cc == "BR":
        val = "R$ " + val.replace(" €", "")
    b.t(f"Motivo: {r.choice(['produto com defeito', 'tamanho errado', 'entrega atrasada', 'arrependimento'])}\nValor: {val}\n")
    if cc == "PT":
        b.t("IBAN para reembolso: ").e(iban(r, "PT"), "IBAN_CODE").t("\n")
    else:
        b.t(f"Banco: {r.choice(['Itaú', 'Bradesco', 'Nubank'])}  Agência: {_d(r, 4)}  Conta: ").e(f"{_d(r, 5)}-{_d(r, 1)}", "ACCOUNT_NUMBER").t("\n")
        b.t("Chave Pix (e-mail): ").e(email_for(r, f, l), "EMAIL_ADDRESS").t("\n")
    b.t("\nAtendente: ").e(person(r, "pt")[0], "PERSON").t(" - prazo de resposta até ").e(fmt_date(r, "pt", rdate(r), numeric=False), "DATE_TIME").t(".\n")
    return b


def k_nl_retour(r: random.Random) -> Builder:
    b = Builder()
    f, l = person(r, "nl")
    a = addr(r, "nl", "NL")
    b.t(f"Onderwerp: Retour bestelling {order_no(r)}\nVan: ").e(email_for(r, f, l), "EMAIL_ADDRESS").t("\n\nBeste klantenservice,\n\n")
    b.t(f"Op ").e(fmt_date(r, "nl", rdate(r), numeric=r.random() < 0.5), "DATE_TIME").t(f" heb ik een {product(r)} ontvangen, maar de doos was beschadigd. ")
    b.t(f"Ik heb het pakket via {r.choice(['PostNL', 'DHL'])} teruggestuurd (track & trace {tracking(r)}).\n")
    b.t("Wilt u het bedrag terugstorten op ").e(iban(r, "NL"), "IBAN_CODE").t(" t.n.v. ").e(pname(r, f, l, r.choice(["full", "initial"])), "PERSON").t("?\n\n")
    b.t("Mijn gegevens:\n").e(a.block(), "ADDRESS").t("\nTel: ").e(phone(r, "NL"), "PHONE_NUMBER").t("\n")
    b.t("Klantnummer: ").e(cust_acct(r), "ACCOUNT_NUMBER").t("\n\nMet vriendelijke groet,\n").e(f, "PERSON").t("\n")
    return b


def k_pl_reklamacja(r: random.Random) -> Builder:
    b = Builder()
    f, l = person(r, "pl")
    a = addr(r, "pl", "PL")
    b.t(f"FORMULARZ REKLAMACYJNY  nr {ticket_no(r)}\nSklep nr {store_no(r)}\n\n")
    b.t("Imię i nazwisko: ").e(f"{f} {l}", "PERSON").t("\nAdres: ").e(a.one(), "ADDRESS").t("\n")
    b.t("Telefon: ").e(phone(r, "PL"), "PHONE_NUMBER").t("\nE-mail: ").e(email_for(r, f, l), "EMAIL_ADDRESS").t("\n\n")
    b.t(f"Towar: {product(r)}\nNumer paragonu: {_d(r, 4)}/{_d(r, 6)}\nData zakupu: ").e(fmt_date(r, "pl", rdate(r)), "DATE_TIME").t("\n")
    b.t(f"Opis wady: {r.choice(['produkt przestał działać po tygodniu', 'pęknięta obudowa', 'brak elementów w zestawie'])}\n")
    b.t(f"Żądanie: {r.choice(['zwrot pieniędzy', 'wymiana na nowy', 'naprawa'])}\nNumer rachunku do zwrotu: ").e(iban(r, "PL"), "IBAN_CODE").t("\n\n")
    b.e(a.city, "LOCATION").t(", ").e(fmt_date(r, "pl", rdate(r), numeric=True), "DATE_TIME").t("            podpis klienta: ________\n")
    b.t("Przyjął: ").e(pname(r, *person(r, "pl"), "full"), "PERSON").t("\n")
    return b


def k_sv_aterbetalning(r: random.Random) -> Builder:
    b = Builder()
    f, l = person(r, "sv")
    a = addr(r, "sv", "SE")
    b.t(f"Ärende {ticket_no(r)} - Återbetalning\nKanal: {r.choice(['e-post', 'telefon', 'chatt'])}   Status: Pågående\n\n")
    b.t("Kund: ").e(pname(r, f, l, "full"), "PERSON").t("\nAdress: ").e(a.block(), "ADDRESS").t("\n")
    b.t("Telefon: ").e(phone(r, "SE"), "PHONE_NUMBER").t("\nE-post: ").e(email_for(r, f, l), "EMAIL_ADDRESS").t("\n")
    b.t("Medlemsnummer: ").e(loyalty_no(r), "ACCOUNT_NUMBER").t("\n\n")
    b.t(f"Kunden returnerade {product(r)} i butiken i ").e(a.city, "LOCATION").t(" den ").e(fmt_date(r, "sv", rdate(r)), "DATE_TIME")
    b.t(f" men återbetalningen på {money(r, 'sv', 100, 4000)} har inte kommit.\n")
    b.t("Kunden önskar återbetalning till IBAN ").e(iban(r, "SE"), "IBAN_CODE").t(" i stället för kortet.\n")
    b.t("Återkoppling utlovad senast ").e(fmt_dt(r, "sv", rdate(r)), "DATE_TIME").t(".\nHandläggare: ").e(person(r, "sv")[0], "PERSON").t("\n")
    return b


def k_tr_iade(r: random.Random) -> Builder:
    b = Builder()
    f, l = person(r, "tr")
    a = addr(r, "tr", "TR")
    b.t(f"İADE TALEP FORMU\nPiksel Market - Mağaza {store_no(r)}\n\n")
    b.t("Ad Soyad: ").e(pname(r, f, l, r.choice(["full", "caps"])), "PERSON").t("\nAdres: ").e(a.one(), "ADDRESS").t("\n")
    b.t("Cep Telefonu: ").e(phone(r, "TR"), "PHONE_NUMBER").t("\nE-posta: ").e(email_for(r, f, l), "EMAIL_ADDRESS").t("\n\n")
    b.t(f"Sipariş No: {order_no(r)}\nTeslim Tarihi: ").e(fmt_date(r, "tr", rdate(r)), "DATE_TIME").t("\n")
    b.t(f"Ürün: {product(r)}   Tutar: {money(r, 'tr', 50, 9000)}\nİade Nedeni: {r.choice(['ürün hasarlı geldi', 'beden uymadı', 'yanlış ürün gönderildi'])}\n")
    b.t("İade yapılacak IBAN: ").e(iban(r, "TR"), "IBAN_CODE").t("\nHesap Sahibi: ").e(pname(r, f, l, "full"), "PERSON").t("\n\n")
    b.t("Tarih: ").e(fmt_date(r, "tr", rdate(r), numeric=True), "DATE_TIME").t("     İmza: ________\nSaygılarımla.\n")
    return b


def k_ja_henpin(r: random.Random) -> Builder:
    b = Builder()
    native = r.random() < 0.6
    a = addr(r, "ja", "JP", native=native)
    if native:
        ln, fn = r.choice(JA_NATIVE[1]), r.choice(JA_NATIVE[0])
        name = f"{ln} {fn}" if r.random() < 0.7 else f"{ln}{fn}"
        em = email_for(r, *person(r, "ja"))
        b.t(f"返品・交換申込書\nさくらマート {store_no(r)}店\n\n")
        b.t("お名前: ").e(name, "PERSON").t(" 様\nご住所: ").e(a.one(), "ADDRESS").t("\n")
        b.t("電話番号: ").e(phone(r, "JP"), "PHONE_NUMBER").t("\nメールアドレス: ").e(em, "EMAIL_ADDRESS").t("\n")
        b.t(f"ご注文番号: {order_no(r)}\nご購入日: ").e(fmt_date(r, "ja", rdate(r)), "DATE_TIME").t("\n")
        b.t(f"返品理由: {r.choice(['サイズが合わない', '商品に傷がある', 'イメージと違う'])}\n返金方法: クレジットカード ({masked_pan(r)})\n")
        b.t("集荷希望日時: ").e(fmt_dt(r, "ja", rdate(r), weekday=r.random() < 0.5), "DATE_TIME").t("\n担当: ").e(r.choice(JA_NATIVE[1]), "PERSON").t("\n")
    else:
        f, l = person(r, "ja")
        b.t(f"Henpin uketsuke (return request) - Sakura Mart store {store_no(r)}\n\n")
        b.t("Onamae: ").e(f"{l} {f}", "PERSON").t("-sama\nJusho: ").e(a.one(), "ADDRESS").t("\n")
        b.t("Denwa: ").e(phone(r, "JP"), "PHONE_NUMBER").t("\nMeru: ").e(email_for(r, f, l), "EMAIL_ADDRESS").t("\n")
        b.t(f"Chumon bango: {order_no(r)}\nKonyu-bi: ").e(fmt_date(r, "ja", rdate(r)), "DATE_TIME").t("\n")
        b.t(f"Riyu: saizu ga awanai\nHenkin: kurejitto kado ({masked_pan(r)})\nTanto: ").e(person(r, "ja")[1], "PERSON").t("-san\n")
    return b


# ---------------------------------------------------------------------------
# Registry
# ---------------------------------------------------------------------------
KINDS = [
    ("pos_receipt", "en", False, k_pos_receipt),
    ("pos_electronic_journal", "en", False, k_pos_journal),
    ("loyalty_export_csv", "en", False, k_loyalty_csv),
    ("loyalty_export_tsv", "en", False, k_loyalty_tsv),
    ("loyalty_member_json", "en", False, k_loyalty_json),
    ("return_refund_form", "en", False, k_return_form),
    ("customer_refund_email", "en", False, k_refund_email),
    ("store_manager_email", "en", False, k_manager_email),
    ("gift_card_record", "en", False, k_gift_card),
    ("layaway_agreement", "en", False, k_layaway),
    ("oms_order_log", "en", False, k_oms_log),
    ("payment_terminal_config", "en", False, k_terminal_config),
    ("crm_ticket", "en", False, k_crm_ticket),
    ("fraud_review_note", "en", False, k_fraud_note),
    ("support_chat_transcript", "en", False, k_chat),
    ("chargeback_response_letter", "en", False, k_chargeback_letter),
    ("shift_handover_log", "en", False, k_shift_handover),
    ("payment_webhook_payload", "en", False, k_webhook_payload),
    ("storefront_env_file", "en", False, k_env_file),
    ("k8s_secret_manifest", "en", False, k_k8s_secret),
    ("github_actions_workflow", "en", False, k_gha_workflow),
    ("llm_complaint_prompt", "en", False, k_llm_prompt),
    ("clienteling_vcard", "en", False, k_vcard),
    ("order_xml", "en", False, k_xml_order),
    ("edi_850_dropship_po", "en", False, k_edi_850),
    ("pharmacy_pickup_record", "en", False, k_pharmacy_pickup),
    ("age_verification_scan_log", "en", False, k_age_verify),
    ("check_authorization", "en", False, k_check_accept),
    ("new_hire_packet", "en", False, k_onboarding),
    ("store_card_application", "en", False, k_store_card_app),
    ("loss_prevention_incident", "en", False, k_lp_incident),
    ("delivery_exception_email", "en", False, k_delivery_exception),
    ("survey_responses_csv", "en", False, k_survey),
    ("sms_outbound_log", "en", False, k_sms_log),
    ("loyalty_sql_dump", "en", False, k_sql_dump),
    ("web_access_log", "en", False, k_access_log),
    ("protection_plan_registration", "en", False, k_warranty),
    ("special_order_ticket", "en", False, k_special_order),
    ("refund_api_curl", "en", False, k_curl),
    ("privacy_dsar_email", "en", False, k_dsar),
    ("store_contact_sheet", "en", False, k_staff_directory),
    ("billing_call_transcript", "en", False, k_call_transcript),
    ("district_meeting_minutes", "en", False, k_meeting_minutes),
    ("store_visit_ics", "en", False, k_ics_visit),
    ("goodwill_credit_request", "en", False, k_goodwill),
    ("lane_provisioning_script", "en", False, k_provision_script),
    ("slack_ops_thread", "en", False, k_slack_ops),
    ("pos_docker_compose", "en", False, k_docker_compose),
    ("z_report", "en", True, k_z_report),
    ("inventory_cycle_count", "en", True, k_inventory_count),
    ("pos_release_notes", "en", True, k_release_notes),
    ("promotions_config", "en", True, k_promo_config),
    ("terminal_error_log", "en", True, k_terminal_errors),
    ("price_override_audit", "en", True, k_price_override),
    ("card_settlement_csv", "en", True, k_settlement),
    ("de_tagesabschluss", "de", True, k_de_tagesabschluss),
    ("fr_inventaire_tournant", "fr", True, k_fr_inventaire),
    ("de_kassenbon", "de", False, k_de_kassenbon),
    ("de_retoure_email", "de", False, k_de_retoure_email),
    ("de_sepa_lastschriftmandat", "de", False, k_de_sepa_mandat),
    ("fr_ticket_de_caisse", "fr", False, k_fr_ticket),
    ("fr_sav_retractation_email", "fr", False, k_fr_sav_email),
    ("es_formulario_devolucion", "es", False, k_es_devolucion),
    ("es_whatsapp_tienda", "es", False, k_es_chat),
    ("it_reclamo_email", "it", False, k_it_reclamo),
    ("it_adesione_carta_fedelta", "it", False, k_it_carta_fedelta),
    ("pt_pedido_reembolso", "pt", False, k_pt_reembolso),
    ("nl_retour_email", "nl", False, k_nl_retour),
    ("pl_formularz_reklamacyjny", "pl", False, k_pl_reklamacja),
    ("sv_aterbetalning_arende", "sv", False, k_sv_aterbetalning),
    ("tr_iade_talep_formu", "tr", False, k_tr_iade),
    ("ja_henpin_moushikomi", "ja", False, k_ja_henpin),
]
KIND_BY_NAME = {k[0]: k for k in KINDS}
_EMPTY = [k for k in KINDS if k[2]]
_NON_EN = [k for k in KINDS if not k[2] and k[1] != "en"]
_EN = [k for k in KINDS if not k[2] and k[1] == "en"]
P_EMPTY, P_NON_EN = 0.12, 0.22


def _build(i: int, seed: int) -> tuple[dict, str, str]:
    r = random.Random(f"blind75-{seed}-{i}")
    u = r.random()
    pool = _EMPTY if u < P_EMPTY else _NON_EN if u < P_EMPTY + P_NON_EN else _EN
    name, lang, _empty, fn = r.choice(pool)
    for _ in range(30):
        b = fn(r)
        text = b.text()
        if 150 <= len(text) <= 3000:
            break
    ents = [{"start": s, "end": e, "type": t} for s, e, t in sorted(b.ents)]
    return {"id": f"blind75-{seed}-{i:05d}", "text": text, "entities": ents}, name, lang


def generate(n: int, seed: int = 0):
    """Yield n documents; document i depends only on (seed, i)."""
    for i in range(n):
        yield _build(i, seed)[0]


# ---------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------
_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_SHAPES = {
    "AWS_ACCESS_KEY": re.compile(r"(AKIA|ASIA)[A-Z2-7]{16}"),
    "AWS_SECRET_KEY": re.compile(r"[A-Za-z0-9/+]{40}"),
    "GITHUB_TOKEN": re.compile(r"(gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{70,90})"),
    "SLACK_TOKEN": re.compile(r"xox[abprs]-[0-9]+-[0-9]+(-[0-9]+)?-[A-Za-z0-9]+"),
    "STRIPE_KEY": re.compile(r"(sk|rk)_live_[A-Za-z0-9]{24,}"),
    "PRIVATE_KEY": re.compile(r"-----BEGIN ([A-Z ]+)-----\n[A-Za-z0-9+/=\n]+\n-----END \1-----"),
}
_NON_SECRET = {"PERSON", "LOCATION", "ADDRESS", "EMAIL_ADDRESS", "PHONE_NUMBER", "URL", "DATE_TIME", "DATE_OF_BIRTH",
               "IP_ADDRESS", "US_SSN", "CREDIT_CARD", "IBAN_CODE", "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER",
               "ACCOUNT_NUMBER", "DRIVER_LICENSE"}


def _shape_problem(typ: str, s: str) -> str | None:
    if typ in _NON_SECRET:
        if s[-1] in ".,;:!?" or s[0] in "\"'" or s[-1] in "\"'":
            return "punctuation/quote at span edge"
        for op, cl in ("()", "[]", "{}", "<>"):
            if s.count(op) != s.count(cl):
                return "unbalanced bracket in span"
    if typ in ("PERSON", "LOCATION"):
        if re.search(r"[0-9\n@]", s):
            return "digit/newline/@ in name or place"
        if s.split()[0] in ALL_TITLES:
            return "title inside span"
        if s.endswith("'s"):
            return "possessive inside span"
    elif typ == "EMAIL_ADDRESS":
        if not _EMAIL_RE.fullmatch(s):
            return "bad e-mail"
    elif typ == "URL":
        m = re.fullmatch(r"https?://([^/\s?#]+)[^\s]*", s)
        if not m or "@" in s:
            return "bad URL"
        host = m.group(1).split(":")[0].strip("[]")
        try:
            ipaddress.ip_address(host)
            return "URL with IP host"
        except ValueError:
            pass
    elif typ == "IP_ADDRESS":
        try:
            ipaddress.ip_address(s)
        except ValueError:
            return "IP does not parse"
    elif typ == "PHONE_NUMBER":
        nd = sum(c.isdigit() for c in s)
        if not (7 <= nd <= 15) or re.search(r"[^0-9 ()+.\-]", s):
            return "bad phone"
    elif typ == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", s)
        if not d.isdigit() or not (13 <= len(d) <= 19) or not luhn_ok(d):
            return "card not Luhn-valid"
    elif typ == "IBAN_CODE":
        if not iban_ok(s):
            return "IBAN fails mod-97"
    elif typ == "US_SSN":
        m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", s)
        if not m:
            return "bad SSN shape"
        a, g, sr = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if a == 0 or a == 666 or a >= 900 or g == 0 or sr == 0:
            return "invalid SSN area/group/serial"
    elif typ == "JWT":
        parts = s.split(".")
        if len(parts) != 3:
            return "JWT not 3 parts"
        try:
            hdr = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
            if "alg" not in hdr:
                return "JWT header without alg"
        except Exception:
            return "JWT header does not decode"
    elif typ in _SHAPES:
        if not _SHAPES[typ].fullmatch(s):
            return f"bad {typ} shape"
    elif typ in ("DATE_TIME", "DATE_OF_BIRTH"):
        if not re.search(r"\d", s):
            return "date without digits"
    elif typ == "ADDRESS":
        if not re.search(r"\d", s) or len(s) < 8:
            return "address without number"
    elif typ in ("MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER", "ACCOUNT_NUMBER", "DRIVER_LICENSE"):
        if not re.search(r"\d", s) or len(s) < 4 or "\n" in s:
            return "bad identifier"
    elif typ in ("PASSWORD", "GENERIC_SECRET"):
        if len(s) < 6 or "\n" in s:
            return "bad secret"
    return None


_CONSISTENT = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN", "IP_ADDRESS",
               "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "STRIPE_KEY", "JWT", "PASSWORD"}


def validate(doc: dict) -> list[str]:
    """Return a list of problems (empty when the document is well-formed)."""
    probs: list[str] = []
    text = doc.get("text", "")
    if not isinstance(doc.get("id"), str):
        probs.append("id not a string")
    if not (150 <= len(text) <= 3000):
        probs.append(f"length {len(text)} outside 150-3000")
    prev_end = -1
    prev_start = -1
    covered = []
    for ent in doc.get("entities", []):
        s, e, t = ent.get("start"), ent.get("end"), ent.get("type")
        if t not in TYPESET:
            probs.append(f"unknown type {t}")
            continue
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            probs.append(f"offsets out of range {s}-{e}")
            continue
        if s < prev_start:
            probs.append("entities not sorted")
        if s < prev_end:
            probs.append(f"overlap at {s}")
        prev_start, prev_end = s, max(prev_end, e)
        span = text[s:e]
        if span != span.strip():
            probs.append(f"{t} span has edge whitespace: {span!r}")
            continue
        p = _shape_problem(t, span)
        if p:
            probs.append(f"{t} {span!r}: {p}")
        covered.append((s, e, t, span))
    # the same value must be labelled wherever it occurs in the document
    for s, e, t, span in covered:
        if t not in _CONSISTENT or len(span) < 4:
            continue
        for m in re.finditer(re.escape(span), text):
            a, z = m.start(), m.end()
            if (a > 0 and text[a - 1].isalnum()) or (z < len(text) and text[z].isalnum()):
                continue
            if not any(cs <= a and z <= ce for cs, ce, _, _ in covered):
                probs.append(f"unlabelled repeat of {t} {span!r} at {a}")
                break
    return probs


# ---------------------------------------------------------------------------
# CLI
# ---------------------------------------------------------------------------
def _check(seed: int, n: int = 3000) -> int:
    per_type: Counter = Counter()
    per_kind: Counter = Counter()
    per_lang: Counter = Counter()
    bad = 0
    empty_docs = non_en = 0
    for i in range(n):
        doc, kind, lang = _build(i, seed)
        per_kind[kind] += 1
        per_lang[lang] += 1
        probs = validate(doc)
        is_empty = KIND_BY_NAME[kind][2]
        if is_empty and doc["entities"]:
            probs.append("entity in a document of an entity-free kind")
        if not is_empty and not doc["entities"]:
            probs.append("no entity in an entity-bearing kind")
        empty_docs += not doc["entities"]
        non_en += lang != "en"
        for ent in doc["entities"]:
            per_type[ent["type"]] += 1
        if probs:
            bad += 1
            if bad <= 25:
                print(f"[{doc['id']} {kind}] " + "; ".join(probs[:4]))
    # determinism / independence from n
    for i in (0, 7, n - 1):
        if _build(i, seed)[0] != list(generate(i + 1, seed))[i]:
            print(f"non-deterministic document {i}")
            bad += 1
    print(f"\ndocuments: {n}   with problems: {bad}")
    print(f"entities: {sum(per_type.values())}")
    print("\nper type:")
    for t in TYPES:
        print(f"  {t:<22}{per_type[t]:>7}")
    print(f"\nper language: " + ", ".join(f"{k}={v}" for k, v in sorted(per_lang.items(), key=lambda x: -x[1])))
    print(f"\nkinds registered: {len(KINDS)}   kinds generated: {len(per_kind)}")
    for k, v in sorted(per_kind.items()):
        print(f"  {k:<32}{v:>6}")
    print(f"\nnon-English share: {non_en / n:.1%}   empty share: {empty_docs / n:.1%}")
    missing = [t for t in TYPES if not per_type[t]]
    if missing:
        print("types never used: " + ", ".join(missing))
    ok = bad == 0 and len(KINDS) >= MIN_KINDS and len(per_kind) >= MIN_KINDS
    print("CHECK " + ("PASSED" if ok else "FAILED"))
    return 0 if ok else 1


def _sample(k: int, seed: int) -> None:
    for i in range(k):
        doc, kind, lang = _build(i, seed)
        print("=" * 78)
        print(f"{doc['id']}  kind={kind}  lang={lang}  len={len(doc['text'])}")
        print("-" * 78)
        print(doc["text"])
        print("-" * 78)
        for ent in doc["entities"]:
            print(f"  {ent['type']:<22}{doc['text'][ent['start']:ent['end']]!r}")
        if not doc["entities"]:
            print("  (no entities)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Blind synthetic retail / POS PII corpus (#75)")
    ap.add_argument("--check", action="store_true", help="generate 3000 docs, validate, print statistics")
    ap.add_argument("--sample", type=int, metavar="K", help="print K documents with their spans")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output", metavar="F.jsonl")
    a = ap.parse_args(argv)
    if a.check:
        return _check(a.seed)
    if a.sample:
        _sample(a.sample, a.seed)
        return 0
    out = open(a.output, "w", encoding="utf-8") if a.output else sys.stdout
    try:
        for doc in generate(a.n, a.seed):
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    finally:
        if a.output:
            out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
