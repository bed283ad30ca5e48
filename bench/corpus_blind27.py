#!/usr/bin/env python3.11
"""Blind corpus #27 -- e-commerce, marketplaces and fintech.

Seeded, labelled synthetic documents for measuring a PII/PHI/secrets
detector on text it has never seen.  Standard library only.

    generate(n, seed=0) -> iterator of
        {"id": str, "text": str, "entities": [{"start", "end", "type"}]}

Document i is a pure function of (seed, i).  Every text is assembled piece
by piece; entity offsets are recorded while appending.

CLI:
    --check              generate 3000 docs and validate every span
    --sample K           pretty-print K documents with their spans
    --n N --seed S --output F.jsonl
"""
import argparse
import base64
import json
import random
import re
import string
import sys
import unicodedata
import uuid
from collections import Counter
from datetime import date, datetime, timedelta

TYPES = (
    "PERSON EMAIL_ADDRESS PHONE_NUMBER US_SSN CREDIT_CARD IBAN_CODE IP_ADDRESS "
    "DATE_OF_BIRTH DATE_TIME LOCATION ADDRESS URL MEDICAL_RECORD_NUMBER "
    "HEALTH_PLAN_NUMBER ACCOUNT_NUMBER DRIVER_LICENSE AWS_ACCESS_KEY AWS_SECRET_KEY "
    "GITHUB_TOKEN SLACK_TOKEN STRIPE_KEY JWT PRIVATE_KEY PASSWORD GENERIC_SECRET"
).split()
TYPESET = frozenset(TYPES)
MIN_LEN, MAX_LEN = 200, 2500

# ---------------------------------------------------------------------------
# document builder
# ---------------------------------------------------------------------------
_PH = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)(?::([^{}:]+))?\}")


class Doc:
    """Append-only text builder that records entity spans as it goes."""

    def __init__(self, r, lang="en"):
        self.r = r
        self.lang = lang
        self.buf = []
        self.n = 0
        self.ents = []

    noise = 0.0

    def t(self, s):
        if s:
            if self.noise:
                s = ocr_noise(self.r, s, self.noise)
            self.buf.append(s)
            self.n += len(s)
        return self

    def e(self, s, typ):
        if typ is None:
            return self.t(s)
        if typ not in TYPESET:
            raise ValueError("unknown type %r" % typ)
        if not s or s != s.strip():
            raise ValueError("bad entity text %r" % s)
        self.ents.append({"start": self.n, "end": self.n + len(s), "type": typ})
        self.buf.append(s)
        self.n += len(s)
        return self

    def add(self, v):
        if v is None:
            return self
        if isinstance(v, str):
            return self.t(v)
        if isinstance(v, tuple):
            return self.e(v[0], v[1])
        if isinstance(v, (int, float)):
            return self.t(str(v))
        for x in v:
            self.add(x)
        return self

    def f(self, tmpl, **kw):
        """Append template; {key} placeholders found in kw are substituted.
        Values: str (plain), (str, TYPE) (entity) or list of those."""
        pos = 0
        for m in _PH.finditer(tmpl):
            k = m.group(1)
            if k not in kw:
                continue
            self.t(tmpl[pos:m.start()])
            v = kw[k]
            if m.group(2) and isinstance(v, (int, float, str)):
                v = format(v, m.group(2))
            self.add(v)
            pos = m.end()
        self.t(tmpl[pos:])
        return self

    def text(self):
        return "".join(self.buf)


def sv(x):
    """plain string of a value (entity tuple, str or list)."""
    if x is None:
        return ""
    if isinstance(x, str):
        return x
    if isinstance(x, tuple):
        return x[0]
    return "".join(sv(y) for y in x)


def E(s, typ):
    return (s, typ)


def P(s):
    return (s, "PERSON")


def LOC(s):
    return (s, "LOCATION")


# ---------------------------------------------------------------------------
# small random helpers
# ---------------------------------------------------------------------------
UP = string.ascii_uppercase
LO = string.ascii_lowercase
DIG = string.digits
ALNUM = UP + LO + DIG
HEX = "0123456789abcdef"


def rs(r, n, alphabet=ALNUM):
    return "".join(r.choice(alphabet) for _ in range(n))


def rd(r, n):
    return "".join(r.choice(DIG) for _ in range(n))


def chance(r, p):
    return r.random() < p


def fold(s):
    for a, b in (("ł", "l"), ("Ł", "L"), ("ß", "ss"), ("ø", "o"), ("ı", "i"),
                 ("'", ""), (" ", ""), ("-", "")):
        s = s.replace(a, b)
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


# ---------------------------------------------------------------------------
# names
# ---------------------------------------------------------------------------
NAMES = {
    "US": (["James", "Emily", "Michael", "Ashley", "Tyler", "Brianna", "DeShawn", "Keisha",
            "Marcus", "Jasmine", "Connor", "Madison", "Luis", "Gabriela", "Kevin", "Samantha",
            "Andre", "Hannah"],
           ["Johnson", "Williams", "Brown", "Miller", "Davis", "Hernandez", "Washington",
            "Jackson", "Thompson", "Robinson", "Kowalczyk", "O'Brien", "Sullivan", "Nguyen",
            "Patel", "Ramirez", "Carter", "Brooks"]),
    "GB": (["Oliver", "Amelia", "Harry", "Isla", "George", "Poppy", "Callum", "Imogen", "Rhys",
            "Freya", "Aisha", "Hamza"],
           ["Smith", "Taylor", "Evans", "Hughes", "Walsh", "Patel", "Khan", "Davies", "Wright",
            "Morgan", "Fletcher", "Begum"]),
    "DE": (["Lukas", "Anna", "Jonas", "Lea", "Felix", "Katharina", "Jürgen", "Sabine", "Özlem",
            "Mehmet", "Tobias", "Franziska", "Dieter", "Ursula"],
           ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Wagner", "Becker", "Hoffmann",
            "Schäfer", "Koch", "Yılmaz", "Richter", "Krüger", "Zimmermann"]),
    "FR": (["Camille", "Léa", "Théo", "Hugo", "Manon", "Amélie", "Étienne", "Sébastien",
            "Yasmine", "Karim", "Chloé", "Mathis", "Inès", "Gaëlle"],
           ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
            "Lefèvre", "Moreau", "Benali", "Nguyen", "Girard", "Fontaine"]),
    "ES": (["Lucía", "Sofía", "Hugo", "Martín", "Alejandro", "Carmen", "Javier", "Nuria",
            "Iñaki", "Pilar", "Álvaro", "Rocío", "Jordi", "Montserrat"],
           ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez",
            "Pérez", "Gómez", "Ruiz", "Etxeberria", "Navarro", "Puig", "Castillo"]),
    "IT": (["Giulia", "Francesco", "Alessandro", "Chiara", "Matteo", "Sofia", "Lorenzo",
            "Federica", "Giuseppe", "Elena", "Salvatore", "Martina", "Davide", "Alessia"],
           ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci",
            "Marino", "Greco", "De Luca", "Bruno", "Gallo", "Conti"]),
    "BR": (["João", "Maria", "Ana", "Pedro", "Lucas", "Gabriela", "Thiago", "Fernanda",
            "Rafael", "Beatriz", "Larissa", "Matheus", "Juliana", "Vinícius"],
           ["Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira",
            "Lima", "Gomes", "Carvalho", "Ribeiro", "Barbosa", "Nascimento"]),
    "NL": (["Daan", "Sem", "Emma", "Julia", "Lotte", "Bram", "Sanne", "Thijs", "Fleur", "Ruben",
            "Anouk", "Jeroen"],
           ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen",
            "Visser", "Smit", "Meijer", "Bos", "Mulder"]),
    "PL": (["Jakub", "Kacper", "Zuzanna", "Julia", "Piotr", "Agnieszka", "Małgorzata",
            "Krzysztof", "Wojciech", "Katarzyna", "Tomasz", "Magdalena"],
           ["Nowak", "Wójcik", "Kowalczyk", "Mazur", "Krawczyk", "Kaczmarek", "Zając", "Król",
            "Wróbel", "Pawlak", "Michalak", "Sikora"]),
    "IN": (["Priya", "Arjun", "Ananya", "Rohan", "Vikram", "Deepika", "Karthik", "Sneha",
            "Aditya", "Lakshmi", "Rahul", "Meera"],
           ["Raghunathan", "Mehta", "Iyer", "Kapoor", "Sharma", "Reddy", "Nair", "Banerjee",
            "Gupta", "Krishnan", "Desai", "Chatterjee"]),
    "NG": (["Chinedu", "Ngozi", "Oluwaseun", "Adaeze", "Emeka", "Funmilayo", "Tunde",
            "Chiamaka", "Ibrahim", "Aisha"],
           ["Okafor", "Adeyemi", "Balogun", "Eze", "Okonkwo", "Abubakar", "Nwosu", "Oyelaran",
            "Bello", "Adebayo"]),
    "CN": (["Wei", "Jing", "Xiaoling", "Hao", "Yan", "Jun", "Mei", "Zhiwei", "Lihua"],
           ["Zhang", "Wang", "Li", "Liu", "Chen", "Huang", "Zhao", "Wu", "Zhou", "Xu"]),
    "JP": (["Haruto", "Yui", "Kenji", "Sakura", "Takeshi", "Aiko", "Ren", "Hina", "Daiki"],
           ["Sato", "Takahashi", "Watanabe", "Tanaka", "Suzuki", "Ito", "Yamamoto", "Nakamura",
            "Kobayashi", "Kato"]),
    "KR": (["Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Do-yoon", "Su-bin", "Jae-won", "Ye-jin"],
           ["Kim", "Park", "Lee", "Choi", "Jung", "Kang", "Yoon", "Han"]),
    "AR": (["Omar", "Layla", "Youssef", "Fatima", "Karim", "Nour", "Hassan", "Rania", "Tariq",
            "Salma"],
           ["Haddad", "Al-Masri", "Khalil", "Nasser", "Saleh", "Mansour", "Farouk", "El-Amin",
            "Hamdan", "Aziz"]),
    "VN": (["Lan", "Minh", "Thao", "Duc", "Huong", "Quang", "Linh", "Tuan"],
           ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui"]),
    "TR": (["Emre", "Elif", "Burak", "Zeynep", "Mert", "Ayşe", "Can", "Selin"],
           ["Yılmaz", "Demir", "Kaya", "Şahin", "Çelik", "Aydın", "Öztürk", "Arslan"]),
    "GH": (["Kwame", "Ama", "Kofi", "Akosua", "Yaw", "Efua"],
           ["Mensah", "Owusu", "Asante", "Boateng", "Appiah", "Osei"]),
    "IE": (["Siobhán", "Ciarán", "Aoife", "Niamh", "Oisín", "Declan"],
           ["O'Connor", "Murphy", "Kelly", "Byrne", "McCarthy", "Ó Súilleabháin"]),
    "SE": (["Astrid", "Lars", "Ingrid", "Björn", "Maja", "Henrik"],
           ["Lindqvist", "Johansson", "Andersson", "Nyström", "Berg", "Holm"]),
    "UA": (["Olena", "Dmytro", "Iryna", "Andriy", "Oksana", "Taras"],
           ["Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchenko"]),
    "MX": (["José", "María Guadalupe", "Alejandra", "Diego", "Ximena", "Jesús"],
           ["Hernández", "Torres", "Ramírez", "Flores", "Cruz", "Morales"]),
    "ET": (["Abebe", "Selam", "Tewodros", "Hirut", "Dawit", "Meron"],
           ["Bekele", "Tesfaye", "Girma", "Haile", "Alemu", "Wolde"]),
}
FEMALE = set("""Emily Ashley Brianna Keisha Jasmine Madison Gabriela Samantha Hannah Amelia Isla
Poppy Imogen Freya Aisha Anna Lea Katharina Sabine Özlem Franziska Ursula Léa Manon Amélie
Yasmine Chloé Inès Gaëlle Lucía Sofía Carmen Nuria Pilar Rocío Montserrat Giulia Chiara Sofia
Federica Elena Martina Alessia Maria Ana Fernanda Beatriz Larissa Juliana Emma Julia Lotte Sanne
Fleur Anouk Zuzanna Agnieszka Małgorzata Katarzyna Magdalena Priya Ananya Deepika Sneha Lakshmi
Meera Ngozi Adaeze Funmilayo Chiamaka Layla Fatima Nour Rania Salma Elif Zeynep Ayşe Selin Ama
Akosua Efua Siobhán Aoife Niamh Astrid Ingrid Maja Olena Iryna Oksana Alejandra Ximena Selam
Hirut Meron Yui Sakura Aiko Hina Jing Xiaoling Mei Lihua Seo-yeon Ha-eun Ye-jin Lan Thao Huong
Linh""".split()) | {"María Guadalupe"}
MALE = set("""James Michael Tyler DeShawn Marcus Connor Luis Kevin Andre Oliver Harry George
Callum Rhys Hamza Lukas Jonas Felix Jürgen Mehmet Tobias Dieter Théo Étienne Sébastien Karim
Mathis Martín Alejandro Javier Iñaki Álvaro Jordi Francesco Alessandro Matteo Lorenzo Giuseppe
Salvatore Davide João Pedro Lucas Thiago Rafael Matheus Vinícius Daan Sem Bram Thijs Ruben Jeroen
Jakub Kacper Piotr Krzysztof Wojciech Tomasz Arjun Rohan Vikram Karthik Aditya Rahul Chinedu
Oluwaseun Emeka Tunde Ibrahim Omar Youssef Hassan Tariq Emre Burak Mert Kwame Kofi Yaw Ciarán
Oisín Declan Lars Björn Henrik Dmytro Andriy Taras José Diego Jesús Abebe Tewodros Dawit Haruto
Kenji Takeshi Daiki Minh Duc Quang Tuan""".split())

LANG_CC = {"en": ["US"], "de": ["DE"], "fr": ["FR"], "es": ["ES"], "it": ["IT"],
           "pt": ["BR"], "nl": ["NL"], "pl": ["PL"]}
WORLD = (["US"] * 6 + ["GB"] * 2 + ["IN", "NG", "CN", "JP", "KR", "AR", "VN", "TR", "GH", "IE",
                                      "SE", "UA", "MX", "ET", "DE", "FR", "ES", "IT", "BR", "NL",
                                      "PL"])


class Person:
    def __init__(self, r, cc):
        given, sur = NAMES[cc]
        self.cc = cc
        self.first = r.choice(given)
        self.last = r.choice(sur)
        if cc in ("ES", "MX") and chance(r, 0.6):
            other = r.choice([x for x in sur if x != self.last])
            self.last = self.last + " " + other
        self.mi = r.choice("ABCDEFGHJKLMNPRSTW") if cc in ("US", "GB", "IE", "NG") and chance(r, 0.25) else None
        self.female = self.first in FEMALE
        self.male = self.first in MALE

    @property
    def full(self):
        if self.mi:
            return "%s %s. %s" % (self.first, self.mi, self.last)
        return "%s %s" % (self.first, self.last)

    @property
    def plain(self):
        return "%s %s" % (self.first, self.last)

    def styled(self, r, styles=None):
        """random rendering of the full name (returns a PERSON tuple)."""
        st = r.choice(styles or ["full"] * 6 + ["lcf", "upper", "lower", "plain"])
        if st == "full":
            s = self.full
        elif st == "plain":
            s = self.plain
        elif st == "lcf":
            s = "%s, %s" % (self.last, self.first)
        elif st == "upper":
            s = self.plain.upper()
        elif st == "lower":
            s = self.plain.lower()
        elif st == "first":
            s = self.first
        elif st == "last":
            s = self.last
        else:
            s = self.full
        return P(s)


def person(r, cc=None, lang=None):
    if cc is None:
        if lang and lang != "en":
            cc = LANG_CC[lang][0] if chance(r, 0.85) else r.choice(["TR", "AR", "VN", "UA", "PL", "IT", "MX", "NG"])
        else:
            cc = r.choice(WORLD)
    if cc not in NAMES:
        cc = r.choice(["US", "GB", "IN", "CN", "IE", "VN", "GB"])
    return Person(r, cc)


TITLES = {
    "en": ("Ms.", "Mr."), "de": ("Frau", "Herr"), "fr": ("Mme", "M."), "es": ("Sra.", "Sr."),
    "it": ("Sig.ra", "Sig."), "pt": ("Sra.", "Sr."), "nl": ("mevrouw", "meneer"), "pl": ("Pani", "Pan"),
}


def hon(r, p, lang="en"):
    """an honorific prefix (with trailing space) or '' -- always outside the span."""
    if chance(r, 0.12):
        return {"it": "Dott. ", "de": "Dr. ", "fr": "Dr ", "es": "Dra. " if p.female else "Dr. "}.get(lang, "Dr. ")
    if p.female:
        return TITLES[lang][0] + " "
    if p.male:
        return TITLES[lang][1] + " "
    return ""


HANDLE_WORDS = ["sneakerhead", "deal_hunter", "vinyl_vault", "retro", "cryptofox", "pixel",
                "nightowl", "gadget", "hodl", "thrift", "bargain", "kicks", "moonbag", "tea_lover"]


def handle(r, p=None):
    if p is not None and chance(r, 0.6):
        f = fold(p.first).lower()
        l = fold(p.last).lower()
        return r.choice([f + "_" + l[:3] + rd(r, 2), f[0] + l + rd(r, 2), f + rd(r, 3),
                         l + "." + f[:2], f + "x" + l[:1]])
    return r.choice(HANDLE_WORDS) + r.choice(["_", "", "."]) + rd(r, r.randint(2, 4))


# ---------------------------------------------------------------------------
# addresses and places
# ---------------------------------------------------------------------------
US_STATES = {"TX": "Texas", "OR": "Oregon", "OH": "Ohio", "NY": "New York", "CA": "California",
             "CO": "Colorado", "GA": "Georgia", "IL": "Illinois", "WA": "Washington",
             "FL": "Florida", "AZ": "Arizona", "MN": "Minnesota", "NC": "North Carolina",
             "MA": "Massachusetts", "TN": "Tennessee", "NJ": "New Jersey", "PA": "Pennsylvania",
             "MI": "Michigan"}
ADDR = {
    "US": dict(streets=["Maple Ave", "Oak Street", "Mission St", "Elm Drive", "Peachtree Rd NE",
                        "Sunset Blvd", "Lakeshore Dr", "Washington Ave", "Pine St", "Cedar Lane",
                        "Broadway", "Main St", "Market Street", "Colfax Ave", "Grand Ave",
                        "Magnolia Blvd", "W 34th St", "N Halsted St"],
               cities=[("Austin", "TX", "787"), ("Portland", "OR", "972"), ("Columbus", "OH", "432"),
                       ("Brooklyn", "NY", "112"), ("Oakland", "CA", "946"), ("Denver", "CO", "802"),
                       ("Atlanta", "GA", "303"), ("Chicago", "IL", "606"), ("Seattle", "WA", "981"),
                       ("Miami", "FL", "331"), ("Phoenix", "AZ", "850"), ("Minneapolis", "MN", "554"),
                       ("Raleigh", "NC", "276"), ("Boston", "MA", "021"), ("Nashville", "TN", "372"),
                       ("San Jose", "CA", "951"), ("Newark", "NJ", "071"), ("Pittsburgh", "PA", "152"),
                       ("Detroit", "MI", "482")]),
    "GB": dict(streets=["High Street", "Victoria Road", "Church Lane", "Station Road", "Kings Road",
                        "Albert Street", "Mill Lane", "Queen's Drive", "Coldharbour Lane", "Wilmslow Road"],
               cities=[("London", ["SE15", "N1", "E8", "SW11", "NW5"]), ("Manchester", ["M14", "M20"]),
                       ("Leeds", ["LS6", "LS11"]), ("Bristol", ["BS7", "BS3"]), ("Glasgow", ["G12", "G41"]),
                       ("Edinburgh", ["EH6", "EH9"]), ("Birmingham", ["B13", "B29"]), ("Cardiff", ["CF24"])]),
    "DE": dict(streets=["Hauptstraße", "Bahnhofstraße", "Lindenallee", "Schillerstraße", "Goethestraße",
                        "Kastanienweg", "Friedrichstraße", "Am Markt", "Berliner Allee", "Königstraße",
                        "Sonnenstraße", "Eichendorffweg"],
               cities=[("Berlin", "10", "Berlin"), ("München", "80", "Bayern"), ("Hamburg", "20", "Hamburg"),
                       ("Köln", "50", "Nordrhein-Westfalen"), ("Frankfurt am Main", "60", "Hessen"),
                       ("Leipzig", "04", "Sachsen"), ("Stuttgart", "70", "Baden-Württemberg"),
                       ("Düsseldorf", "40", "Nordrhein-Westfalen"), ("Dresden", "01", "Sachsen"),
                       ("Bremen", "28", "Bremen"), ("Hannover", "30", "Niedersachsen")]),
    "FR": dict(streets=["rue de la République", "avenue Jean Jaurès", "boulevard Voltaire",
                        "rue du Faubourg Saint-Antoine", "rue des Lilas", "place Bellecour",
                        "rue Victor Hugo", "chemin des Vignes", "rue Oberkampf", "cours Mirabeau"],
               cities=[("Paris", "750"), ("Lyon", "6900"), ("Marseille", "130"), ("Toulouse", "310"),
                       ("Bordeaux", "330"), ("Lille", "590"), ("Nantes", "440"), ("Strasbourg", "670"),
                       ("Montpellier", "340")]),
    "ES": dict(streets=["Calle de Alcalá", "Gran Vía", "Calle Mayor", "Avenida de la Constitución",
                        "Carrer de Mallorca", "Paseo de Gracia", "Calle Sierpes", "Avenida del Puerto",
                        "Calle Larios", "Carrer de Sants"],
               cities=[("Madrid", "280"), ("Barcelona", "080"), ("Sevilla", "410"), ("Valencia", "460"),
                       ("Bilbao", "480"), ("Málaga", "290"), ("Zaragoza", "500")]),
    "IT": dict(streets=["Via Roma", "Corso Vittorio Emanuele II", "Via Garibaldi", "Viale Monza",
                        "Via dei Mille", "Piazza Navona", "Via Toledo", "Via Po", "Via Nazionale"],
               cities=[("Milano", "201", "MI"), ("Roma", "001", "RM"), ("Torino", "101", "TO"),
                       ("Napoli", "801", "NA"), ("Bologna", "401", "BO"), ("Firenze", "501", "FI"),
                       ("Palermo", "901", "PA")]),
    "NL": dict(streets=["Keizersgracht", "Oudegracht", "Coolsingel", "Damrak", "Lange Voorhout",
                        "Vismarkt", "Stationsweg", "Witte de Withstraat"],
               cities=[("Amsterdam", "10"), ("Rotterdam", "30"), ("Utrecht", "35"), ("Den Haag", "25"),
                       ("Groningen", "97"), ("Eindhoven", "56"), ("Haarlem", "20")]),
    "BR": dict(streets=["Rua Augusta", "Avenida Paulista", "Rua das Laranjeiras", "Rua XV de Novembro",
                        "Avenida Atlântica", "Rua da Consolação", "Rua Oscar Freire"],
               cities=[("São Paulo", "SP", "01"), ("Rio de Janeiro", "RJ", "22"), ("Curitiba", "PR", "80"),
                       ("Belo Horizonte", "MG", "30"), ("Porto Alegre", "RS", "90"), ("Recife", "PE", "50")],
               hoods=["Consolação", "Bela Vista", "Pinheiros", "Centro", "Copacabana", "Savassi", "Boa Viagem"]),
    "PL": dict(streets=["ul. Marszałkowska", "ul. Piotrkowska", "ul. Długa", "al. Jerozolimskie",
                        "ul. Floriańska", "ul. Świętojańska", "ul. Mickiewicza"],
               cities=[("Warszawa", "00"), ("Kraków", "31"), ("Łódź", "90"), ("Gdańsk", "80"),
                       ("Wrocław", "50"), ("Poznań", "61"), ("Gdynia", "81")]),
    "IN": dict(streets=["14th Cross, Indiranagar", "Linking Road, Bandra West", "FC Road, Shivajinagar",
                        "Anna Salai, Teynampet", "Road No. 12, Banjara Hills", "Lajpat Nagar II"],
               cities=[("Bengaluru", "Karnataka", "560"), ("Mumbai", "Maharashtra", "400"),
                       ("Pune", "Maharashtra", "411"), ("Chennai", "Tamil Nadu", "600"),
                       ("Hyderabad", "Telangana", "500"), ("New Delhi", "Delhi", "110")],
               bldg=["Lakeview Residency", "Prestige Shantiniketan", "Sai Krupa Apartments",
                     "Green Glen Layout", "Royal Enclave"]),
    "CA": dict(streets=["Rue Sainte-Catherine O", "Queen St W", "Granville St", "Jasper Ave",
                        "Yonge St", "Boulevard Saint-Laurent", "17 Ave SW"],
               cities=[("Montréal", "QC", "H3G"), ("Toronto", "ON", "M5V"), ("Vancouver", "BC", "V6B"),
                       ("Calgary", "AB", "T2S"), ("Ottawa", "ON", "K1P")]),
    "AU": dict(streets=["George St", "Smith Street", "Brunswick St", "Oxford St", "Hay St",
                        "Chapel Street", "Ann St"],
               cities=[("Sydney", "NSW", "2000"), ("Fitzroy", "VIC", "3065"), ("Brisbane", "QLD", "4000"),
                       ("Perth", "WA", "6000"), ("Melbourne", "VIC", "3000"), ("Adelaide", "SA", "5000")]),
}
COUNTRY = {
    "en": {"US": "United States", "GB": "United Kingdom", "DE": "Germany", "FR": "France",
           "ES": "Spain", "IT": "Italy", "NL": "Netherlands", "BR": "Brazil", "PL": "Poland",
           "IN": "India", "CA": "Canada", "AU": "Australia"},
    "de": {"DE": "Deutschland", "AT": "Österreich", "FR": "Frankreich", "NL": "Niederlande",
           "PL": "Polen", "IT": "Italien", "ES": "Spanien", "US": "USA", "GB": "Großbritannien"},
    "fr": {"FR": "France", "DE": "Allemagne", "ES": "Espagne", "IT": "Italie", "BE": "Belgique",
           "NL": "Pays-Bas", "US": "États-Unis", "GB": "Royaume-Uni"},
    "es": {"ES": "España", "FR": "Francia", "DE": "Alemania", "IT": "Italia", "PT": "Portugal",
           "MX": "México", "US": "Estados Unidos"},
    "it": {"IT": "Italia", "DE": "Germania", "FR": "Francia", "ES": "Spagna", "NL": "Paesi Bassi"},
    "pt": {"BR": "Brasil", "PT": "Portugal", "US": "Estados Unidos", "ES": "Espanha", "DE": "Alemanha"},
    "nl": {"NL": "Nederland", "BE": "België", "DE": "Duitsland", "FR": "Frankrijk", "GB": "Verenigd Koninkrijk"},
    "pl": {"PL": "Polska", "DE": "Niemcy", "CZ": "Czechy", "NL": "Holandia", "FR": "Francja"},
}
ADDR_EN = ["US"] * 6 + ["GB", "GB", "CA", "AU", "IN", "DE", "NL", "FR"]


class Addr:
    """lines: list of address lines (street .. city line); plus separate fields."""

    def __init__(self, r, cc):
        self.cc = cc
        a = ADDR[cc]
        st = r.choice(a["streets"])
        self.region = None
        self.unit = None
        if cc == "US":
            city, stt, zp = r.choice(a["cities"])
            self.street = "%d %s" % (r.randint(12, 9870), st)
            if chance(r, 0.4):
                self.unit = r.choice(["Apt %d%s" % (r.randint(1, 24), r.choice("ABCD")), "Suite %d" % r.randint(100, 950),
                                      "Unit %d" % r.randint(1, 60), "#%d" % r.randint(2, 40)])
            self.city, self.region, self.postcode = city, stt, zp + rd(r, 2)
            self.cityline = "%s, %s %s" % (city, stt, self.postcode)
        elif cc == "GB":
            city, outs = r.choice(a["cities"])
            self.street = "%d %s" % (r.randint(1, 240), st)
            if chance(r, 0.35):
                self.unit = "Flat %d" % r.randint(1, 12)
            self.city = city
            self.postcode = "%s %d%s" % (r.choice(outs), r.randint(1, 9), rs(r, 2, "ABDEFGHJLNPQRSTUWXYZ"))
            self.cityline = None
        elif cc == "DE":
            city, plz, land = r.choice(a["cities"])
            self.street = "%s %d%s" % (st, r.randint(1, 140), r.choice(["", "", "", "a", "b"]))
            self.city, self.region, self.postcode = city, land, plz + rd(r, 3)
            self.cityline = "%s %s" % (self.postcode, city)
        elif cc == "FR":
            city, cp = r.choice(a["cities"])
            self.street = "%d%s %s" % (r.randint(1, 180), r.choice(["", "", "", " bis", " ter"]), st)
            if chance(r, 0.3):
                self.unit = r.choice(["Bâtiment B", "Appt 12", "Résidence Les Tilleuls", "Escalier C"])
            pc = cp + ("%02d" % r.randint(1, 20) if city == "Paris" else rd(r, 5 - len(cp)))
            self.city, self.postcode = city, pc
            self.cityline = "%s %s" % (pc, city)
        elif cc == "ES":
            city, cp = r.choice(a["cities"])
            self.street = "%s, %d" % (st, r.randint(1, 220))
            if chance(r, 0.6):
                self.street += ", %d%s %s" % (r.randint(1, 9), "º", r.choice("ABCDI"))
            self.city, self.postcode = city, cp + rd(r, 2)
            self.cityline = "%s %s" % (self.postcode, city)
        elif cc == "IT":
            city, cap, prov = r.choice(a["cities"])
            self.street = "%s %d" % (st, r.randint(1, 160))
            self.city, self.region, self.postcode = city, prov, cap + rd(r, 2)
            self.cityline = "%s %s (%s)" % (self.postcode, city, prov) if chance(r, 0.5) else "%s %s %s" % (self.postcode, city, prov)
        elif cc == "NL":
            city, pc = r.choice(a["cities"])
            self.street = "%s %d%s" % (st, r.randint(1, 400), r.choice(["", "", "-H", "-2", " A"]))
            self.city, self.postcode = city, "%s%s %s" % (pc, rd(r, 2), rs(r, 2, "ABCDEGHJKLMNPRTVWXZ"))
            self.cityline = "%s %s" % (self.postcode, city)
        elif cc == "BR":
            city, uf, cep = r.choice(a["cities"])
            self.street = "%s, %d" % (st, r.randint(10, 3200))
            if chance(r, 0.5):
                self.unit = "apto %d" % r.randint(11, 184)
            self.hood = r.choice(a["hoods"])
            self.city, self.region = city, uf
            self.postcode = "%s%s-%s" % (cep, rd(r, 3), rd(r, 3))
            self.cityline = "%s %s - %s" % (self.postcode, city, uf)
        elif cc == "PL":
            city, pc = r.choice(a["cities"])
            n = r.randint(1, 150)
            self.street = "%s %d" % (st, n) + ("/%d" % r.randint(1, 60) if chance(r, 0.6) else "")
            self.city, self.postcode = city, "%s-%s" % (pc, rd(r, 3))
            self.cityline = "%s %s" % (self.postcode, city)
        elif cc == "IN":
            city, state, pin = r.choice(a["cities"])
            self.unit = "Flat %d%s, %s" % (r.randint(1, 12), r.choice("ABCD"), r.choice(a["bldg"]))
            self.street = st
            self.city, self.region, self.postcode = city, state, pin + rd(r, 3)
            self.cityline = "%s, %s %s" % (city, state, self.postcode)
        elif cc == "CA":
            city, prov, fsa = r.choice(a["cities"])
            self.street = "%d %s" % (r.randint(10, 3999), st)
            if chance(r, 0.4):
                self.unit = "Apt %d" % r.randint(101, 2210)
            self.city, self.region = city, prov
            self.postcode = "%s %d%s%d" % (fsa, r.randint(1, 9), r.choice("ABCEGHJKLMNPRSTVXY"), r.randint(0, 9))
            self.cityline = "%s %s %s" % (city, prov, self.postcode)
        elif cc == "AU":
            city, stt, pc = r.choice(a["cities"])
            self.street = "%d %s" % (r.randint(1, 480), st)
            if chance(r, 0.35):
                self.unit = "Unit %d" % r.randint(1, 40)
            self.city, self.region, self.postcode = city, stt, pc
            self.cityline = "%s %s %s" % (city, stt, pc)
        self.country = cc

    def line1(self):
        """street line incl. unit (for split-field forms)"""
        if self.unit:
            if self.cc in ("GB", "AU", "IN"):
                return "%s, %s" % (self.unit, self.street)
            return "%s, %s" % (self.street, self.unit)
        return self.street

    def lines(self, country=None):
        out = []
        if self.cc == "GB":
            if self.unit:
                out.append(self.unit)
            out += [self.street, self.city, self.postcode]
        elif self.cc == "BR":
            out += [self.line1(), self.hood, self.cityline]
        elif self.cc in ("FR",) and self.unit:
            out += [self.unit, self.street, self.cityline]
        elif self.cc == "IN":
            out += [self.unit, self.street, self.cityline]
        else:
            out += [self.line1(), self.cityline]
        if country:
            out.append(country)
        return out

    def one(self, country=None):
        return ", ".join(self.lines(country))

    def multi(self, country=None):
        return "\n".join(self.lines(country))


def addr(r, cc=None):
    return Addr(r, cc or r.choice(ADDR_EN))


def A1(a, lang=None, country=False):
    c = COUNTRY.get(lang or "en", {}).get(a.cc) if country else None
    return (a.one(c), "ADDRESS")


def AM(a, lang=None, country=False):
    c = COUNTRY.get(lang or "en", {}).get(a.cc) if country else None
    return (a.multi(c), "ADDRESS")


def city_of(r, cc):
    a = ADDR[cc]
    c = r.choice(a["cities"])
    return c[0]


def place(r, cc=None, lang="en"):
    """a LOCATION value: city, 'City, ST', 'City, Country' or a country."""
    cc = cc or r.choice(list(ADDR))
    city = city_of(r, cc)
    x = r.random()
    if cc == "US" and x < 0.5:
        st = [c[1] for c in ADDR["US"]["cities"] if c[0] == city][0]
        return LOC("%s, %s" % (city, st))
    if x < 0.75 or cc not in COUNTRY.get(lang, {}):
        return LOC(city)
    if x < 0.88:
        return LOC("%s, %s" % (city, COUNTRY[lang][cc]))
    return LOC(COUNTRY[lang][cc])


# ---------------------------------------------------------------------------
# phones
# ---------------------------------------------------------------------------
def phone(r, cc="US", intl=None):
    if intl is None:
        intl = chance(r, 0.35)
    if cc in ("US", "CA"):
        area = r.choice([212, 312, 415, 503, 512, 617, 646, 702, 713, 718, 720, 773, 786, 206, 404,
                         305, 480, 612, 919] if cc == "US" else [416, 514, 604, 403, 613])
        ex = r.randint(201, 989)
        ln = rd(r, 4)
        if chance(r, 0.08):
            return E("1-%d-%d-%s" % (r.choice([800, 888, 877, 866]), ex, ln), "PHONE_NUMBER")
        if intl:
            return E(r.choice(["+1 %d %d %s", "+1-%d-%d-%s", "+1 (%d) %d-%s"]) % (area, ex, ln), "PHONE_NUMBER")
        return E(r.choice(["(%d) %d-%s", "%d-%d-%s", "%d.%d.%s"]) % (area, ex, ln), "PHONE_NUMBER")
    if cc == "GB":
        if chance(r, 0.5):
            n = "7%d%s" % (r.randint(400, 999), rd(r, 6))
            return E(("+44 %s %s" % (n[:4], n[4:])) if intl else ("0%s %s" % (n[:4], n[4:])), "PHONE_NUMBER")
        area, num = r.choice([("20", "7%s %s" % (rd(r, 3), rd(r, 4))), ("20", "3%s %s" % (rd(r, 3), rd(r, 4))),
                               ("161", "%s %s" % (rd(r, 3), rd(r, 4))), ("113", "%s %s" % (rd(r, 3), rd(r, 4))),
                               ("131", "%s %s" % (rd(r, 3), rd(r, 4)))])
        return E(("+44 %s %s" % (area, num)) if intl else ("0%s %s" % (area, num)), "PHONE_NUMBER")
    if cc == "DE":
        if chance(r, 0.5):
            pre = r.choice(["151", "160", "170", "176", "157"])
            n = rd(r, 8 if pre != "170" else 7)
            return E(("+49 %s %s" % (pre, n)) if intl else r.choice(["0%s %s", "0%s/%s", "0%s-%s"]) % (pre, n), "PHONE_NUMBER")
        area = r.choice(["30", "89", "40", "221", "69", "341", "711"])
        n = rd(r, 8 - len(area) + 2)
        return E(("+49 %s %s" % (area, n)) if intl else r.choice(["0%s %s", "0%s/%s", "(0%s) %s"]) % (area, n), "PHONE_NUMBER")
    if cc == "FR":
        d1 = r.choice("1234567")
        pairs = " ".join(rd(r, 2) for _ in range(4))
        return E(("+33 %s %s" % (d1, pairs)) if intl else ("0%s %s" % (d1, pairs)), "PHONE_NUMBER")
    if cc == "ES":
        d1 = r.choice(["6", "9", "7"])
        n = d1 + rd(r, 8)
        if intl:
            return E("+34 %s %s %s" % (n[:3], n[3:6], n[6:]), "PHONE_NUMBER")
        return E(r.choice(["%s %s %s" % (n[:3], n[3:6], n[6:]), "%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:])]), "PHONE_NUMBER")
    if cc == "IT":
        if chance(r, 0.55):
            n = "3" + rd(r, 9)
            return E(("+39 %s %s %s" % (n[:3], n[3:6], n[6:])) if intl else ("%s %s %s" % (n[:3], n[3:6], n[6:])), "PHONE_NUMBER")
        area = r.choice(["02", "06", "011", "081", "051", "055"])
        n = rd(r, 8 if len(area) == 2 else 7)
        return E(("+39 %s %s" % (area, n)) if intl else ("%s %s %s" % (area, n[:4], n[4:])), "PHONE_NUMBER")
    if cc == "NL":
        if chance(r, 0.5):
            n = rd(r, 8)
            return E(("+31 6 %s" % n) if intl else r.choice(["06-%s" % n, "06 %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:])]), "PHONE_NUMBER")
        area = r.choice(["20", "10", "30", "70", "50"])
        n = rd(r, 7)
        return E(("+31 %s %s %s" % (area, n[:3], n[3:])) if intl else ("0%s %s %s" % (area, n[:3], n[3:])), "PHONE_NUMBER")
    if cc == "BR":
        ddd = r.choice(["11", "21", "41", "31", "51", "81"])
        if chance(r, 0.6):
            n = "9%s-%s" % (rd(r, 4), rd(r, 4))
        else:
            n = "%s%s-%s" % (r.choice("2345"), rd(r, 3), rd(r, 4))
        return E(("+55 %s %s" % (ddd, n)) if intl else ("(%s) %s" % (ddd, n)), "PHONE_NUMBER")
    if cc == "PL":
        if chance(r, 0.6):
            n = r.choice("5678") + rd(r, 8)
            return E(("+48 %s %s %s" % (n[:3], n[3:6], n[6:])) if intl else ("%s %s %s" % (n[:3], n[3:6], n[6:])), "PHONE_NUMBER")
        area = r.choice(["22", "12", "42", "58", "71", "61"])
        n = rd(r, 7)
        return E(("+48 %s %s %s %s" % (area, n[:3], n[3:5], n[5:])) if intl else ("%s %s %s %s" % (area, n[:3], n[3:5], n[5:])), "PHONE_NUMBER")
    if cc == "IN":
        n = r.choice("6789") + rd(r, 9)
        return E(("+91 %s %s" % (n[:5], n[5:])) if intl else ("0%s %s" % (n[:5], n[5:])), "PHONE_NUMBER")
    if cc == "AU":
        if chance(r, 0.5):
            n = "4" + rd(r, 8)
            return E(("+61 %s %s %s" % (n[:3], n[3:6], n[6:])) if intl else ("0%s %s %s" % (n[:3], n[3:6], n[6:])), "PHONE_NUMBER")
        a2 = r.choice("2378")
        n = rd(r, 8)
        return E(("+61 %s %s %s" % (a2, n[:4], n[4:])) if intl else ("(0%s) %s %s" % (a2, n[:4], n[4:])), "PHONE_NUMBER")
    if cc == "NG":
        n = r.choice(["803", "805", "806", "813", "816", "703"]) + rd(r, 7)
        return E(("+234 %s %s %s" % (n[:3], n[3:6], n[6:])) if intl else ("0%s %s %s" % (n[:3], n[3:6], n[6:])), "PHONE_NUMBER")
    return phone(r, "US", intl)


def phone_for(r, p, intl=None):
    cc = p.cc if p.cc in ("US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "PL", "IN", "NG") else r.choice(["US", "GB", "CA"])
    return phone(r, cc, intl)


# ---------------------------------------------------------------------------
# e-mail, url, ip
# ---------------------------------------------------------------------------
MAILDOM = {
    "US": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "aol.com", "hotmail.com"],
    "GB": ["btinternet.com", "sky.com", "gmail.com", "outlook.co.uk", "yahoo.co.uk"],
    "DE": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com"],
    "ES": ["telefonica.net", "hotmail.es", "gmail.com", "yahoo.es"],
    "IT": ["libero.it", "virgilio.it", "tiscali.it", "gmail.com"],
    "BR": ["uol.com.br", "bol.com.br", "gmail.com", "terra.com.br"],
    "NL": ["ziggo.nl", "kpnmail.nl", "xs4all.nl", "gmail.com"],
    "PL": ["wp.pl", "o2.pl", "interia.pl", "onet.pl"],
    "IN": ["gmail.com", "rediffmail.com", "yahoo.co.in"],
}


def email_of(r, p, dom=None):
    f = fold(p.first).lower()
    l = fold(p.last).lower()
    local = r.choice(["%s.%s" % (f, l), "%s%s" % (f[0], l), "%s%s%d" % (f, l, r.randint(1, 99)),
                      "%s.%s" % (l, f), "%s_%s" % (f, l), "%s%d" % (f, r.randint(1970, 2004)),
                      "%s.%s%d" % (f[:1], l, r.randint(1, 9))])
    dom = dom or r.choice(MAILDOM.get(p.cc, MAILDOM["US"]))
    return E("%s@%s" % (local, dom), "EMAIL_ADDRESS")


def role_email(r, dom, role=None):
    return E("%s@%s" % (role or r.choice(["support", "disputes", "payouts", "help", "returns", "kyc",
                                          "noreply", "billing", "fraud-ops", "care"]), dom), "EMAIL_ADDRESS")


def url(r, dom, path=None):
    if path is None:
        path = r.choice(["/help/articles/%d" % r.randint(1000, 99999),
                         "/orders/%s/returns?lang=%s" % (rd(r, 9), r.choice(["en", "de", "fr", "es"])),
                         "/disputes/dp_%s" % rs(r, 14, LO + DIG),
                         "/account/payouts/settings",
                         "/track?tn=%s" % rs(r, 12, UP + DIG),
                         "/r/%s" % rs(r, 7),
                         "/seller/verification/status?step=%d" % r.randint(1, 5),
                         "/legal/buyer-protection",
                         "/claims/new?order=%s&ref=email" % rd(r, 10)])
    return E("https://%s%s%s" % (r.choice(["", "", "www.", "app.", "help."]), dom, path), "URL")


def ip4(r, private=False):
    if private:
        return E(r.choice(["10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(2, 254)),
                           "192.168.%d.%d" % (r.randint(0, 40), r.randint(2, 254)),
                           "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(2, 254))]), "IP_ADDRESS")
    a = r.choice([23, 31, 37, 45, 62, 77, 81, 84, 89, 93, 102, 109, 134, 146, 151, 176, 178, 185,
                  188, 194, 197, 203, 212, 217, 41, 5, 46, 91])
    return E("%d.%d.%d.%d" % (a, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)), "IP_ADDRESS")


def ip6(r):
    pre = r.choice(["2a02:8108", "2001:16b8", "2600:1700", "2a01:e0a", "2804:14d", "2409:4042", "2a00:23c7"])
    groups = [format(r.randint(0, 0xFFFF), "x") for _ in range(r.choice([4, 6]))]
    if len(groups) == 4:
        return E(pre + ":" + ":".join(groups[:2]) + "::" + ":".join(groups[2:]), "IP_ADDRESS")
    return E(pre + ":" + ":".join(groups), "IP_ADDRESS")


def ip_any(r):
    return ip6(r) if chance(r, 0.2) else ip4(r)


# ---------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------
MON = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
}
WD = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela".split(),
}


def rdate(r, y0=2023, y1=2026):
    start = date(y0, 1, 1)
    return start + timedelta(days=r.randrange((date(y1, 12, 31) - start).days))


def fmt_date(r, dd, lang="en", style=None):
    d, m, y = dd.day, dd.month, dd.year
    mn = MON[lang][m - 1]
    wd = WD[lang][dd.weekday()]
    if lang == "en":
        styles = ["mdy", "dmy", "iso", "us", "uk", "abbr", "wd", "dmyabbr", "wdshort", "dot"]
        st = style or r.choice(styles)
        return {
            "mdy": "%s %d, %d" % (mn, d, y), "dmy": "%d %s %d" % (d, mn, y), "iso": dd.isoformat(),
            "us": "%02d/%02d/%d" % (m, d, y), "uk": "%02d/%02d/%d" % (d, m, y),
            "abbr": "%s %d, %d" % (mn[:3], d, y), "wd": "%s, %s %d, %d" % (wd, mn, d, y),
            "dmyabbr": "%02d-%s-%d" % (d, mn[:3], y), "wdshort": "%s %d %s %d" % (wd[:3], d, mn[:3], y),
            "dot": "%02d.%02d.%d" % (d, m, y), "usshort": "%d/%d/%d" % (m, d, y % 100),
        }[st]
    st = style or r.choice(["long", "num", "num", "wd", "iso"])
    if st == "iso":
        return dd.isoformat()
    if lang == "de":
        return {"long": "%d. %s %d" % (d, mn, y), "num": "%02d.%02d.%d" % (d, m, y),
                "wd": "%s, %d. %s %d" % (wd, d, mn, y)}[st]
    if lang in ("es", "pt"):
        return {"long": "%d de %s de %d" % (d, mn, y), "num": "%02d/%02d/%d" % (d, m, y),
                "wd": "%s, %d de %s de %d" % (wd, d, mn, y)}[st]
    if lang in ("fr", "it"):
        return {"long": "%d %s %d" % (d, mn, y), "num": "%02d/%02d/%d" % (d, m, y),
                "wd": "%s %d %s %d" % (wd, d, mn, y)}[st]
    if lang == "nl":
        return {"long": "%d %s %d" % (d, mn, y), "num": "%02d-%02d-%d" % (d, m, y),
                "wd": "%s %d %s %d" % (wd, d, mn, y)}[st]
    if lang == "pl":
        return {"long": "%d %s %d" % (d, mn, y), "num": "%02d.%02d.%d" % (d, m, y),
                "wd": "%s, %d %s %d" % (wd, d, mn, y)}[st]
    raise ValueError(lang)


def fmt_time(r, lang="en", h=None, mi=None):
    h = r.randint(7, 21) if h is None else h
    mi = r.choice([0, 0, 15, 30, 45, r.randint(0, 59)]) if mi is None else mi
    if lang == "en":
        if chance(r, 0.55):
            return "%d:%02d %s" % ((h - 1) % 12 + 1, mi, "AM" if h < 12 else "PM")
        return "%02d:%02d" % (h, mi)
    if lang == "fr":
        return r.choice(["%dh%02d" % (h, mi), "%02d:%02d" % (h, mi)])
    if lang == "de":
        return r.choice(["%02d:%02d Uhr" % (h, mi), "%02d:%02d" % (h, mi)])
    return "%02d:%02d" % (h, mi)


JOIN = {"en": [" at ", ", ", " "], "de": [" um ", ", "], "fr": [" à "], "es": [" a las "],
        "it": [" alle "], "pt": [" às "], "nl": [" "], "pl": [" ", ", "]}


def D(r, lang="en", style=None, y0=2023, y1=2026):
    return E(fmt_date(r, rdate(r, y0, y1), lang, style), "DATE_TIME")


def DT(r, lang="en", style=None):
    dd = rdate(r)
    ds = fmt_date(r, dd, lang, style)
    return E(ds + r.choice(JOIN[lang]) + fmt_time(r, lang), "DATE_TIME")


def TM(r, lang="en"):
    return E(fmt_time(r, lang), "DATE_TIME")


def DOB(r, lang="en", style=None):
    dd = rdate(r, 1948, 2004)
    if lang == "en":
        st = style or r.choice(["mdy", "dmy", "iso", "us", "uk", "abbr", "dot", "dmyabbr"])
    else:
        st = style or r.choice(["long", "num", "num", "iso"])
    return E(fmt_date(r, dd, lang, st), "DATE_OF_BIRTH")


def iso_dt(r):
    dd = rdate(r)
    return E("%sT%02d:%02d:00Z" % (dd.isoformat(), r.randint(0, 23), r.choice([0, 15, 30, 45])), "DATE_TIME")


# log / header timestamps (hard negatives)
def logts(r, style=None):
    dd = rdate(r)
    h, m, s, ms = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999)
    st = style or r.choice(["iso", "space", "clf", "syslog", "isoz"])
    if st == "iso":
        return "%sT%02d:%02d:%02d.%03dZ" % (dd.isoformat(), h, m, s, ms)
    if st == "isoz":
        return "%sT%02d:%02d:%02d+00:00" % (dd.isoformat(), h, m, s)
    if st == "space":
        return "%s %02d:%02d:%02d,%03d" % (dd.isoformat(), h, m, s, ms)
    if st == "clf":
        return "%02d/%s/%d:%02d:%02d:%02d +0000" % (dd.day, MON["en"][dd.month - 1][:3], dd.year, h, m, s)
    return "%s %2d %02d:%02d:%02d" % (MON["en"][dd.month - 1][:3], dd.day, h, m, s)


class LogClock:
    """monotonically increasing log-line timestamps (hard negatives)."""

    def __init__(self, r):
        self.r = r
        d0 = rdate(r)
        self.t = datetime(d0.year, d0.month, d0.day, r.randint(0, 20), r.randint(0, 59), r.randint(0, 59))
        self.style = r.choice(["iso", "space", "clf", "syslog", "isoz"])

    def __call__(self, style=None):
        r = self.r
        self.t += timedelta(seconds=r.choice([r.randint(0, 5), r.randint(1, 90), r.randint(60, 7200)]), milliseconds=r.randint(0, 999))
        t = self.t
        st = style or self.style
        ms = t.microsecond // 1000
        if st == "iso":
            return "%s.%03dZ" % (t.strftime("%Y-%m-%dT%H:%M:%S"), ms)
        if st == "isoz":
            return t.strftime("%Y-%m-%dT%H:%M:%S+00:00")
        if st == "space":
            return "%s,%03d" % (t.strftime("%Y-%m-%d %H:%M:%S"), ms)
        if st == "clf":
            return "%02d/%s/%d:%s +0000" % (t.day, MON["en"][t.month - 1][:3], t.year, t.strftime("%H:%M:%S"))
        return "%s %2d %s" % (MON["en"][t.month - 1][:3], t.day, t.strftime("%H:%M:%S"))

    def hm(self):
        self.t += timedelta(minutes=self.r.randint(1, 90))
        return self.t.strftime("%H:%M")


def mail_date(r):
    dd = rdate(r)
    return "%s, %02d %s %d %02d:%02d:%02d %s" % (WD["en"][dd.weekday()][:3], dd.day, MON["en"][dd.month - 1][:3],
                                                 dd.year, r.randint(0, 23), r.randint(0, 59), r.randint(0, 59),
                                                 r.choice(["+0000", "+0100", "+0200", "-0500", "-0800", "+0530"]))


def hhmm(r):
    return "%02d:%02d" % (r.randint(0, 23), r.randint(0, 59))


# ---------------------------------------------------------------------------
# financial identifiers
# ---------------------------------------------------------------------------
def luhn_ok(num):
    digits = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, dgt in enumerate(reversed(digits)):
        if i % 2 == 1:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        tot += dgt
    return tot % 10 == 0


def _luhn_complete(body):
    for c in DIG:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card_digits(r, brand=None):
    brand = brand or r.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc"])
    if brand == "visa":
        pre, ln = "4" + rd(r, 5), 16
    elif brand == "mc":
        pre, ln = r.choice(["51", "52", "53", "54", "55", "2221", "2720", "23"]), 16
    elif brand == "amex":
        pre, ln = r.choice(["34", "37"]), 15
    else:
        pre, ln = r.choice(["6011", "65"]), 16
    body = pre + rd(r, ln - 1 - len(pre))
    return _luhn_complete(body), brand


def fmt_card(r, num):
    if len(num) == 15:
        sep = r.choice([" ", "-", ""])
        return sep.join([num[:4], num[4:10], num[10:]])
    sep = r.choice([" ", " ", "-", ""])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def card(r, brand=None):
    num, _ = card_digits(r, brand)
    return E(fmt_card(r, num), "CREDIT_CARD")


def bad_card(r):
    """16 digits failing Luhn (hard negative)."""
    num, _ = card_digits(r, "visa")
    last = str((int(num[-1]) + r.randint(1, 9)) % 10)
    return fmt_card(r, num[:-1] + last)


def masked_card(r):
    l4 = rd(r, 4)
    return r.choice(["**** **** **** %s" % l4, "•••• %s" % l4, "XXXX-XXXX-XXXX-%s" % l4,
                     "%s******%s" % (r.choice(["411111", "545454", "400012", "520082"]), l4),
                     "************%s" % l4, "card ending %s" % l4])


IBAN_SPEC = {
    "DE": lambda r: rd(r, 18), "FR": lambda r: rd(r, 23), "ES": lambda r: rd(r, 20),
    "IT": lambda r: r.choice(UP) + rd(r, 22), "NL": lambda r: r.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB", "BUNQ"]) + rd(r, 10),
    "GB": lambda r: r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"]) + rd(r, 14),
    "PL": lambda r: rd(r, 24), "BE": lambda r: rd(r, 12), "PT": lambda r: rd(r, 21),
    "AT": lambda r: rd(r, 16), "IE": lambda r: r.choice(["AIBK", "BOFI", "IPBS"]) + rd(r, 14),
    "CH": lambda r: rd(r, 17), "LT": lambda r: rd(r, 16),
}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_valid(s):
    s = s.replace(" ", "")
    if len(s) < 15 or not s[:2].isalpha():
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban_raw(r, cc=None):
    cc = cc or r.choice(list(IBAN_SPEC))
    bban = IBAN_SPEC[cc](r)
    chk = 98 - _iban_num(bban + cc + "00") % 97
    return "%s%02d%s" % (cc, chk, bban)


def iban(r, cc=None, grouped=None):
    s = iban_raw(r, cc)
    if grouped is None:
        grouped = chance(r, 0.6)
    if grouped:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return E(s, "IBAN_CODE")


def masked_iban(r, cc="DE"):
    s = iban_raw(r, cc)
    return "%s **** **** **** %s" % (s[:4], s[-4:])


def ssn(r, sep="-"):
    area = r.randint(1, 899)
    while area == 666:
        area = r.randint(1, 899)
    return E("%03d%s%02d%s%04d" % (area, sep, r.randint(1, 99), sep, r.randint(1, 9999)), "US_SSN")


def bad_ssn(r):
    area = r.choice(["000", "666", str(r.randint(900, 999))])
    return "%s-%02d-%04d" % (area, r.randint(1, 99), r.randint(1, 9999))


def acct(r, kind="bank"):
    if kind == "bank":
        return E(rd(r, r.choice([8, 9, 10, 11, 12])), "ACCOUNT_NUMBER")
    if kind == "uk":
        return E(rd(r, 8), "ACCOUNT_NUMBER")
    if kind == "bnpl":
        return E(r.choice(["%s-%s-%s" % (rd(r, 4), rd(r, 4), rd(r, 4)), "FL%s" % rd(r, 10), "%s %s" % (rd(r, 5), rd(r, 6))]), "ACCOUNT_NUMBER")
    if kind == "cust":
        return E(r.choice(["CU%s" % rd(r, 9), "%s-%s" % (rd(r, 4), rd(r, 7)), "AC%s" % rd(r, 8), rd(r, 10)]), "ACCOUNT_NUMBER")
    if kind == "loyalty":
        return E("%s %s %s" % (rd(r, 4), rd(r, 4), rd(r, 4)) if chance(r, 0.5) else "LY" + rd(r, 9), "ACCOUNT_NUMBER")
    return E(rd(r, 10), "ACCOUNT_NUMBER")


def routing(r):
    return r.choice(["0", "1", "2", "3"]) + rd(r, 8)


def sort_code(r):
    return "%s-%s-%s" % (rd(r, 2), rd(r, 2), rd(r, 2))


BICS = ["DEUTDEFFXXX", "COBADEFFXXX", "BNPAFRPPXXX", "INGBNL2A", "BSCHESMMXXX", "UNCRITMMXXX",
        "NWBKGB2L", "CHASUS33", "BOFAUS3N", "PKOPPLPW", "ITAUBRSP", "RABONL2U", "SOGEFRPP",
        "CAIXESBBXXX", "BCITITMM", "GENODEF1S04", "BARCGB22"]


def dl_us(r):
    st = r.choice(["CA", "NY", "TX", "FL", "IL", "WA", "PA", "NJ", "GA", "MI"])
    if st == "CA":
        v = r.choice(UP) + rd(r, 7)
    elif st == "NY":
        v = "%s %s %s" % (rd(r, 3), rd(r, 3), rd(r, 3))
    elif st in ("TX", "GA"):
        v = rd(r, 8 if st == "TX" else 9)
    elif st == "FL":
        v = "%s%s-%s-%s-%s-%s" % (r.choice(UP), rd(r, 3), rd(r, 3), rd(r, 2), rd(r, 3), rd(r, 1))
    elif st == "IL":
        v = "%s%s-%s-%s" % (r.choice(UP), rd(r, 3), rd(r, 4), rd(r, 4))
    elif st == "WA":
        v = "WDL" + rs(r, 9, UP + DIG)
    elif st == "PA":
        v = "%s %s %s" % (rd(r, 2), rd(r, 3), rd(r, 3))
    elif st == "NJ":
        v = "%s%s %s %s" % (r.choice(UP), rd(r, 4), rd(r, 5), rd(r, 5))
    else:
        v = "%s %s %s %s %s" % (r.choice(UP), rd(r, 3), rd(r, 3), rd(r, 3), rd(r, 3))
    return st, E(v, "DRIVER_LICENSE")


def dl_uk(r, p):
    sn = (fold(p.last).upper().replace(" ", "") + "99999")[:5]
    v = sn + "%d%02d%02d%d" % (r.randint(5, 9), r.randint(1, 12) + (50 if p.female else 0), r.randint(1, 28), r.randint(0, 9))
    v += (fold(p.first)[0].upper() + (p.mi or "9")) + "9" + rs(r, 2, UP)
    return E(v, "DRIVER_LICENSE")


def dl_de(r):
    return E(r.choice(UP) + rd(r, 3) + rs(r, 6, UP + DIG) + rd(r, 1), "DRIVER_LICENSE")


def dl_generic(r, cc):
    if cc == "GB":
        return dl_uk(r, Person(r, "GB"))
    if cc == "DE":
        return dl_de(r)
    if cc == "FR":
        return E(rd(r, 2) + rs(r, 2, UP) + rd(r, 5), "DRIVER_LICENSE")
    if cc == "IT":
        return E(r.choice(["U1", "MI", "RM", "TO"]) + rd(r, 7) + r.choice(UP), "DRIVER_LICENSE")
    if cc == "ES":
        return E(rd(r, 8) + r.choice(UP), "DRIVER_LICENSE")
    if cc == "NL":
        return E(rd(r, 10), "DRIVER_LICENSE")
    if cc == "PL":
        return E("%s/%s/%s" % (rd(r, 5), rd(r, 2), rd(r, 4)), "DRIVER_LICENSE")
    if cc == "BR":
        return E(rd(r, 11), "DRIVER_LICENSE")
    if cc == "CA":
        return E("%s%s-%s-%s" % (r.choice(UP), rd(r, 4), rd(r, 5), rd(r, 5)), "DRIVER_LICENSE")
    if cc == "AU":
        return E(rd(r, r.choice([8, 9])), "DRIVER_LICENSE")
    return dl_us(r)[1]


def health_plan(r):
    return E(r.choice(["%s%s" % (rs(r, 3, UP), rd(r, 9)), "W%s" % rd(r, 9), "%s%s-%s" % (rs(r, 2, UP), rd(r, 7), rd(r, 2)),
                       "%s%s" % (r.choice(["MBR", "ZGP", "YHX"]), rd(r, 8))]), "HEALTH_PLAN_NUMBER")


def mrn(r):
    return E(r.choice([rd(r, 8), "E%s" % rd(r, 7), "%s-%s" % (rd(r, 3), rd(r, 5)), "MR%s" % rd(r, 7)]), "MEDICAL_RECORD_NUMBER")


# ---------------------------------------------------------------------------
# secrets
# ---------------------------------------------------------------------------
B64 = UP + LO + DIG + "+/"
B64U = UP + LO + DIG + "-_"


def aws_ak(r):
    return E(r.choice(["AKIA", "AKIA", "ASIA"]) + rs(r, 16, UP + "234567"), "AWS_ACCESS_KEY")


def aws_sk(r):
    s = rs(r, 40, B64)
    return E(s, "AWS_SECRET_KEY")


def gh_token(r):
    return E(r.choice(["ghp_" + rs(r, 36), "gho_" + rs(r, 36), "ghs_" + rs(r, 36),
                       "github_pat_11" + rs(r, 20, UP + DIG) + "_" + rs(r, 59)]), "GITHUB_TOKEN")


def slack_token(r):
    return E(r.choice(["xoxb-%s-%s-%s" % (rd(r, 12), rd(r, 13), rs(r, 24)),
                       "xoxp-%s-%s-%s-%s" % (rd(r, 12), rd(r, 12), rd(r, 13), rs(r, 32, HEX)),
                       "xapp-1-A%s-%s-%s" % (rs(r, 10, UP + DIG), rd(r, 13), rs(r, 64, HEX))]), "SLACK_TOKEN")


def stripe_key(r):
    return E(r.choice(["sk_live_", "sk_live_", "rk_live_"]) + rs(r, r.choice([24, 34, 99])), "STRIPE_KEY")


def b64u(raw):
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def jwt(r):
    hdr = {"alg": r.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"}
    if chance(r, 0.4):
        hdr["kid"] = rs(r, 8, LO + DIG)
    iat = r.randint(1690000000, 1790000000)
    pl = {"sub": r.choice(["usr_", "mer_", "acct_", ""]) + rs(r, 12, LO + DIG), "iat": iat, "exp": iat + r.choice([900, 3600, 86400]),
          "scope": r.choice(["payouts:read", "orders:write refunds:write", "wallet:withdraw", "kyc:submit"])}
    sig = rs(r, 43 if hdr["alg"] == "HS256" else 86, B64U)
    return E("%s.%s.%s" % (b64u(json.dumps(hdr, separators=(",", ":")).encode()),
                           b64u(json.dumps(pl, separators=(",", ":")).encode()), sig), "JWT")


def pem_key(r, lines=None):
    kind = r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    n = lines or r.randint(5, 10)
    start = {"RSA PRIVATE KEY": "MIIEpAIBAAKCAQEA", "PRIVATE KEY": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC",
             "EC PRIVATE KEY": "MHcCAQEEI", "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ"}[kind]
    body = [start + rs(r, 64 - len(start), B64)] + [rs(r, 64, B64) for _ in range(n - 1)] + [rs(r, r.randint(12, 60), B64) + "=="]
    if kind == "EC PRIVATE KEY":
        body = body[:4]
    return E("-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, "\n".join(body), kind), "PRIVATE_KEY")


PW_WORDS = ["Summer", "Falcon", "Maple", "Orchid", "Tiger", "Harbor", "Copper", "Violet", "Cobalt",
            "Mango", "Pelican", "Granite", "Sunflower", "Winter", "Otter", "Saffron"]


def password(r, dsn_safe=False):
    sym = "!#$%&*+-=?^_" if not dsn_safe else "!*-_"
    k = r.randint(0, 4)
    if k == 0:
        s = r.choice(PW_WORDS) + rd(r, r.randint(2, 4)) + r.choice(sym)
    elif k == 1:
        s = rs(r, r.randint(12, 18), ALNUM + sym)
    elif k == 2:
        s = "-".join(r.choice(["correct", "horse", "staple", "lantern", "pebble", "quartz", "mosaic", "tundra", "velvet"]) for _ in range(3)) + rd(r, 2)
    elif k == 3:
        w = r.choice(PW_WORDS)
        s = w[0].lower() + w[1:].replace("a", "@" if not dsn_safe else "4").replace("o", "0") + rd(r, 2) + r.choice(sym)
    else:
        s = rs(r, 4, UP) + r.choice(sym) + rs(r, 5, LO + DIG) + r.choice(sym) + rd(r, 3)
    return E(s, "PASSWORD")


def passcode(r):
    return E(r.choice([rd(r, 6), rs(r, 6, ALNUM), rd(r, 8)]), "PASSWORD")


def gsecret(r, kind=None):
    kind = kind or r.choice(["whsec", "hex64", "sg", "twilio", "shpat", "sq", "plain", "b64"])
    v = {"whsec": lambda: "whsec_" + rs(r, 32, ALNUM),
         "hex64": lambda: rs(r, 64, HEX),
         "sg": lambda: "SG." + rs(r, 22, B64U) + "." + rs(r, 43, B64U),
         "twilio": lambda: rs(r, 32, HEX),
         "shpat": lambda: "shpat_" + rs(r, 32, HEX),
         "sq": lambda: "sq0csp-" + rs(r, 43, B64U),
         "plain": lambda: rs(r, 40, ALNUM),
         "b64": lambda: rs(r, 43, B64) + "="}[kind]()
    return E(v, "GENERIC_SECRET")


def b64val(s):
    return base64.b64encode(s.encode()).decode()


# ---------------------------------------------------------------------------
# hard-negative generators
# ---------------------------------------------------------------------------
def order_no(r):
    return r.choice(["%s-%s-%s" % (rd(r, 3), rd(r, 7), rd(r, 7)), "#%d" % r.randint(100000, 99999999),
                     "ORD-%d-%s" % (r.randint(2022, 2026), rd(r, 6)), "SO%s" % rd(r, 8),
                     "%s%s" % (rs(r, 2, UP), rd(r, 9)), "%s-%s" % (rs(r, 3, UP), rd(r, 7))])


def tracking(r):
    return r.choice(["1Z%s%s" % (rs(r, 6, UP + DIG), rd(r, 10)), "JD01%s" % rd(r, 16),
                     "%s%s%s" % (rs(r, 2, UP), rd(r, 9), r.choice(["DE", "FR", "NL", "GB", "PL", "ES"])),
                     "9400 %s %s %s %s %s" % (rd(r, 4), rd(r, 4), rd(r, 4), rd(r, 4), rd(r, 2)),
                     "%s" % rd(r, 12), "PP%s" % rs(r, 10, UP + DIG)])


def ticket(r):
    return r.choice(["TCK-%s" % rd(r, 6), "#%s" % rd(r, 5), "INC%s" % rd(r, 7), "SR-%d-%s" % (r.randint(2023, 2026), rd(r, 5)),
                     "CS-%s" % rs(r, 8, UP + DIG), "%s" % rd(r, 8)])


def case_no(r):
    return r.choice(["CB-%d-%s" % (r.randint(2023, 2026), rd(r, 6)), "DSP-%s" % rd(r, 5), "dp_%s" % rs(r, 14, LO + DIG),
                     "%s%s" % (rs(r, 3, UP), rd(r, 7)), "FRD-%s-%s" % (rs(r, 2, UP), rd(r, 5))])


def uid(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def sha(r, n=40):
    return rs(r, n, HEX)


def version(r):
    return r.choice(["v%d.%d.%d" % (r.randint(1, 9), r.randint(0, 30), r.randint(0, 40)),
                     "%d.%d.%d-rc.%d" % (r.randint(1, 5), r.randint(0, 20), r.randint(0, 9), r.randint(1, 4)),
                     "build %d.%d.%d.%d" % (r.randint(1, 12), r.randint(0, 9), r.randint(0, 99), r.randint(100, 9999)),
                     "%d.%d" % (r.randint(1, 9), r.randint(0, 99))])


CUR = {"en": ["$%s", "£%s", "USD %s", "%s USD", "€%s"], "de": ["%s €", "EUR %s"], "fr": ["%s €", "%s EUR"],
       "es": ["%s €", "%s EUR"], "it": ["€ %s", "%s EUR"], "pt": ["R$ %s"], "nl": ["€ %s"], "pl": ["%s zł", "%s PLN"]}


def amount(r, lang="en", lo=3, hi=2500):
    v = r.uniform(lo, hi)
    if lang in ("en",):
        s = "{:,.2f}".format(v)
    else:
        s = "{:,.2f}".format(v).replace(",", "X").replace(".", ",").replace("X", "." if lang != "fr" and lang != "pl" else "\u202f" if lang == "fr" else " ")
    return r.choice(CUR[lang]) % s


def sku(r):
    return r.choice(["SKU-%s-%s-%s" % (rd(r, 5), r.choice(["BLK", "WHT", "NVY", "RED", "GRN"]), r.choice(["S", "M", "L", "XL", "42", "38"])),
                     "B0%s" % rs(r, 8, UP + DIG), "%s-%s" % (rs(r, 3, UP), rd(r, 6)), "ASIN B0%s" % rs(r, 8, UP + DIG)])


def hs_code(r):
    return r.choice(["6403.99", "6109.10.00", "8471.30", "9503.00.00", "6204.43", "8518.30.20", "4202.22", "3304.99.50"])


def vin(r):
    return rs(r, 17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")


def plate(r):
    return r.choice(["B-MK %d" % r.randint(100, 9999), "AB12 %s" % rs(r, 3, UP), "%s-%s-%s" % (rd(r, 2), rs(r, 3, UP), rd(r, 1)),
                     "7%s%s" % (rs(r, 3, UP), rd(r, 3)), "GD %s%s" % (rd(r, 3), rs(r, 2, UP))])


IATA = ["FRA", "JFK", "LHR", "CDG", "AMS", "MAD", "FCO", "WAW", "GRU", "ORD", "LAX", "DXB", "MUC", "BCN", "ATL", "EWR"]
FACILITY = ["DUS2", "LEJ1", "BHX4", "MAD6", "CDG7", "EWR9", "ONT8", "WRO2", "GRU5", "MXP5", "HUB-07", "XDC-12"]
PETS = ["Biscuit", "Pepper", "Mochi", "Luna", "Rocky", "Simba", "Nala", "Bruno", "Coco", "Toby", "Pudding", "Ziggy"]
PERSON_BRANDS = ["Ben & Jerry's", "Tommy Hilfiger", "Calvin Klein", "Ralph Lauren", "Hugo Boss",
                 "Marks & Spencer", "Dolce & Gabbana", "Louis Vuitton", "Michael Kors", "Kate Spade",
                 "Ted Baker", "Paul Smith", "Jimmy Choo", "Dr. Martens", "Levi Strauss & Co.",
                 "Johnson & Johnson", "Tim Hortons", "Wendy's", "Sainsbury's", "Charles Schwab",
                 "Morgan Stanley", "Wells Fargo", "Giorgio Armani", "Stella McCartney", "Karl Lagerfeld",
                 "Müller & Söhne GmbH", "Dr. Oetker", "Jack Daniel's", "Martha Stewart Living",
                 "Tory Burch", "Vera Wang", "Ray-Ban", "Estée Lauder"]
PRODUCT_NAMES = ["Oscar armchair", "Matilda tote bag", "Hugo desk lamp", "Stella sandals", "Jasper side table",
                 "Clara wrap dress", "Felix backpack", "Nora ceramic mug set", "Milo kids' sneakers",
                 "Elsa duvet cover", "Ingrid bookshelf", "Arthur wool coat", "Greta pour-over kettle",
                 "Leon gaming chair", "Frida linen shirt"]
PRODUCTS = ["wireless earbuds", "espresso machine", "standing desk frame", "trail running shoes",
            "4K monitor", "air fryer", "mechanical keyboard", "robot vacuum", "winter parka",
            "smartwatch", "cast-iron skillet", "e-reader", "phone case (2-pack)", "yoga mat",
            "vintage vinyl box set", "graphics card", "baby stroller", "electric toothbrush",
            "Bluetooth speaker", "gaming headset", "road bike helmet", "silk scarf"]
MARKETS = [("Kestrel Market", "kestrelmarket.com"), ("Brightbasket", "brightbasket.io"),
           ("Tidewell", "tidewell.shop"), ("Cartwheel", "cartwheel.store"), ("Marloo", "marloo.com"),
           ("Nordloft", "nordloft.eu"), ("Bazaarly", "bazaarly.com")]
PAYS = [("Basalt Pay", "basaltpay.com"), ("PayNest", "paynest.io"), ("Orrery Payments", "orrery.co"),
        ("Quillpay", "quillpay.net"), ("Ledgerline", "ledgerline.io")]
CRYPTO = [("Lumora Exchange", "lumoraex.com"), ("Orbita Coin", "orbitacoin.com"),
          ("Halcyon Digital Assets", "halcyon-dax.com"), ("Coinmint", "coinmint.io")]
BNPL = [("FernLoop", "fernloop.com"), ("Splitly", "splitly.co"), ("Paywise Later", "paywiselater.com"),
        ("Quadra Pay-in-4", "quadrapay.com")]
COURIERS = [("ParcelPilot", "parcelpilot.com"), ("SwiftCrate Logistics", "swiftcrate.net"),
            ("Bluejay Freight", "bluejayfreight.com"), ("Zipline Parcel", "zipparcel.eu"),
            ("Kangaroute", "kangaroute.com")]
LOYALTY = [("Quokka Rewards", "quokkarewards.com"), ("Kindred Club", "kindredclub.com"),
           ("Stardust Points", "stardustpoints.com"), ("Mosaic Miles", "mosaicmiles.com")]
BANKS = ["Northbridge Bank", "First Meridian Credit Union", "Corvid Savings Bank", "Harbourline Bank",
         "Pinecrest Federal", "Banco Albatros", "Sparkasse Nordstern", "Banca Vespucci", "Crédit Bocage",
         "Ouderkerk Bank"]
SHOPS = ["RetroRigs", "Hearth & Hound Supply", "Vinyl Attic", "Peak Trail Gear", "Lumen Lamps Co.",
         "Tiny Sprout Kids", "ByteBarn", "Casa Cerâmica", "Nordic Knit Studio", "Urban Sole Outlet",
         "Kettle & Crumb", "GearLoop Refurbished"]
REASONS = ["10.4 Fraud - Card Absent Environment", "13.1 Merchandise/Services Not Received",
           "13.3 Not as Described or Defective", "4853 Cardholder Dispute", "4837 No Cardholder Authorization",
           "13.7 Cancelled Merchandise/Services", "12.6.1 Duplicate Processing", "4855 Goods or Services Not Provided"]


# ---------------------------------------------------------------------------
# shared snippets
# ---------------------------------------------------------------------------
def email_header(d, frm, to, subject, cc=None, received=False):
    """frm/to: lists of pieces (e.g. [P(name), ' <', EMAIL, '>'])."""
    r = d.r
    if received:
        host = r.choice(["mx1", "mail-out", "smtp", "relay2"])
        d.f("Received: from {h}.mailer.net ({h}.mailer.net [{ip}])\n\tby mx.mailhost.net; {ts}\n",
            h=host, ip=ip4(r), ts=mail_date(r))
    d.t("From: ").add(frm).t("\n")
    d.t("To: ").add(to).t("\n")
    if cc:
        d.t("Cc: ").add(cc).t("\n")
    d.f("Date: {dt}\nSubject: ", dt=mail_date(r)).add(subject).t("\n\n")


def named_addr(p_tuple, email_tuple):
    return [p_tuple, " <", email_tuple, ">"]


def ocr_noise(r, s, rate=0.04):
    """corrupt plain (non-entity) text the way OCR does."""
    out = []
    for ch in s:
        x = r.random()
        if x < rate:
            out.append({"o": "0", "l": "1", "I": "l", "e": "c", "a": "o", "S": "5", "B": "8", "m": "rn",
                        ":": ";", ".": ",", "i": "í"}.get(ch, ch))
        else:
            out.append(ch)
    return "".join(out)


# ---------------------------------------------------------------------------
# document kinds
# ---------------------------------------------------------------------------
KINDS = []  # (name, group, lang, fn); group: E english, N other language, X no entities


def kind(group, lang="en"):
    def deco(fn):
        KINDS.append((fn.__name__[2:], group, lang, fn))
        return fn
    return deco


# ======================= English, with entities ============================
@kind("E")
def k_marketplace_thread(d):
    r = d.r
    mk, dom = r.choice(MARKETS)
    b, s = person(r), person(r)
    shop = r.choice(SHOPS)
    item = r.choice(PRODUCTS + PRODUCT_NAMES)
    a = addr(r)
    bh = handle(r, b)
    cour = r.choice(COURIERS)[0]
    d.f("{mk} · Messages\nOrder {on} — {item}\nBuyer: @{bh}    Seller: {shop}\n" + "-" * 44 + "\n\n",
        mk=mk, on=order_no(r), item=item, bh=bh, shop=shop)
    d.f("@{bh} · {ago}\nHi! I ordered the {item} on {od}. Tracking {tr} says delivered but nothing came to {ad}. "
        "I checked with the building concierge as well. Could you look into this?\n\n",
        bh=bh, ago=r.choice(["2 days ago", "yesterday", "3h ago", "last week"]), item=item, od=D(r),
        tr=tracking(r), ad=A1(a))
    d.f("{shop} · {ago}\nHi {bf}, sorry to hear that! I've opened a trace with {cour}. If it hasn't shown up by {dl} "
        "I'll ship a replacement or refund you in full ({amt}). You can also call our shop line at {ph}.\n— {sf}\n\n",
        shop=shop, ago=r.choice(["1 day ago", "20h ago", "2 days ago"]), bf=P(b.first), cour=cour,
        dl=D(r, style=r.choice(["mdy", "abbr", "wd", "us"])), amt=amount(r), ph=phone(r, r.choice(["US", "GB", "DE"])), sf=P(s.first))
    if chance(r, 0.7):
        d.f("@{bh} · {ago}\nThanks {sf}. For the refund receipt please use {em} — the account e-mail is an old one. "
            "If the courier needs to call, my number is {ph}. (Ignore the box label, it's addressed to my partner {pn}.)\n\n",
            bh=bh, ago="just now", sf=P(s.first), em=email_of(r, b), ph=phone_for(r, b), pn=person(r).styled(r, ["full", "plain"]))
    d.f("[System] Messages are monitored for safety. Never share payment details outside {mk}. Ref {u}\n", mk=mk, u=uid(r)[:8])


@kind("E")
def k_chargeback_notice(d):
    r = d.r
    pay, pdom = r.choice(PAYS)
    mer = r.choice(SHOPS)
    ch = person(r)
    num, brand = card_digits(r)
    rc = r.choice(REASONS)
    d.f("{pay} — CHARGEBACK NOTIFICATION\n=================================\n"
        "Merchant:            {mer}\nMerchant ID:         MID {mid}\nCase number:         {cn}\n"
        "Network reason code: {rc}\nDisputed amount:     {amt}\nTransaction date:    {td}\n",
        pay=pay, mer=mer, mid=rd(r, 12), cn=case_no(r), rc=rc, amt=amount(r), td=D(r))
    if chance(r, 0.5):
        d.f("Card:                {c}\n", c=E(fmt_card(r, num), "CREDIT_CARD"))
    else:
        d.f("Card:                {c} ({b})\n", c=masked_card(r), b=brand.upper())
    d.f("Cardholder:          {n}\nARN:                 {arn}\nResponse due by:     {due}\n\n",
        n=ch.styled(r, ["upper", "full", "lcf"]), arn=rd(r, 23), due=DT(r, style=r.choice(["mdy", "iso", "us"])))
    d.f("The issuing bank has reversed the amount above. To contest, upload compelling evidence "
        "(proof of delivery, AVS/CVV match, customer correspondence) at {u} before the deadline. "
        "Do not contact the cardholder directly about the dispute. Questions: {em} or {ph}.\n\n"
        "Billing address on file: {ad}\nIP at checkout: {ip}\nBIC of acquirer: {bic}\n",
        u=url(r, pdom, "/disputes/%s/evidence" % case_no(r).lower().replace(" ", "")), em=role_email(r, pdom, "disputes"),
        ph=phone(r, "US"), ad=A1(addr(r)), ip=ip_any(r), bic=r.choice(BICS))


@kind("E")
def k_dispute_rebuttal_letter(d):
    r = d.r
    shop = r.choice(SHOPS)
    sp = person(r)
    cust = person(r)
    a_shop, a_cust = addr(r), addr(r)
    d.f("{shop}\n{sa}\n{ph}\n\n{dt}\n\nRe: Representment for dispute {cn} / order {on}\n\n",
        shop=shop, sa=AM(a_shop), ph=phone(r, a_shop.cc if a_shop.cc in ("US", "GB", "DE", "FR", "NL", "IN", "AU", "CA") else "US"),
        dt=D(r, style=r.choice(["mdy", "dmy"])), cn=case_no(r), on=order_no(r))
    d.f("To the Dispute Resolution Team,\n\nWe respectfully contest this chargeback. The customer, {hn}{cn}, placed order {on} "
        "on {od} using the e-mail {em}. The parcel was shipped to {ca} and signed for on {sd} "
        "(carrier scan attached, tracking {tr}). ",
        hn=hon(r, cust), cn=P(cust.full), on=order_no(r), od=D(r), em=email_of(r, cust), ca=A1(a_cust),
        sd=DT(r), tr=tracking(r))
    d.f("The same device later logged in from {ip} and left a five-star review under the handle \"{h}\". "
        "{cl}'s claim that the item was not received is therefore inconsistent with our records.\n\n",
        ip=ip_any(r), h=handle(r, cust), cl=P(cust.last))
    d.f("Enclosed: invoice {inv}, proof of delivery, screenshots of the chat with {cf}.\n\nSincerely,\n\n{sp}\n{role}, {shop}\n",
        inv="INV-" + rd(r, 6), cf=P(cust.first), sp=sp.styled(r, ["full", "plain"]),
        role=r.choice(["Owner", "Operations Lead", "Payments Manager"]), shop=shop)


@kind("E")
def k_payout_kyc_form(d):
    r = d.r
    mk, dom = r.choice(MARKETS)
    p = person(r, r.choice(["US"] * 3 + ["MX", "IN", "CN", "NG", "VN", "KR"]))
    a = addr(r, "US")
    st, dl = dl_us(r)
    d.f("{mk} Seller Payouts — Identity & Tax Verification (Form SP-2)\n\n", mk=mk)
    d.f("1. Legal name ........................ {n}\n", n=p.styled(r, ["full", "upper", "lcf"]))
    d.f("2. Date of birth ..................... {dob}\n", dob=DOB(r))
    d.f("3. SSN / ITIN ........................ {ssn}\n", ssn=ssn(r) if chance(r, 0.85) else bad_ssn(r))
    d.f("4. Residential address (street) ...... {st}\n   City ................ {c}\n   State ............... {s}\n   ZIP ................. {z}\n",
        st=E(a.line1(), "ADDRESS"), c=LOC(a.city), s=LOC(a.region), z=a.postcode)
    d.f("5. Mobile ............................ {ph}\n6. E-mail ............................ {em}\n",
        ph=phone(r, "US"), em=email_of(r, p))
    d.f("7. Driver's license no. .............. {dl}   expires {exp}\n", dl=dl, exp=D(r, style="us", y0=2026, y1=2031))
    d.f("8. Payout bank ....................... {bank}\n   Routing number ...... {rt}\n   Account number ...... {an}\n   Account type ........ {at}\n",
        bank=r.choice(BANKS[:5]), rt=routing(r), an=acct(r), at=r.choice(["Checking", "Savings"]))
    d.f("\nI certify under penalty of perjury that the information above is correct.\nSignature: /s/ {sig}    Date: {dt}\n"
        "\n--- internal ---\nsubmission_id={u} risk_score={rs} reviewer=@{h}\n",
        sig=P(p.plain), dt=D(r, style="us"), u=uid(r), rs=round(r.random(), 3), h=handle(r))


@kind("E")
def k_kyc_analyst_notes(d):
    r = d.r
    p = person(r)
    an = person(r)
    cc = r.choice(["GB", "DE", "US", "NL", "FR", "CA", "AU"])
    a = addr(r, cc)
    d.f("KYC review — applicant {ap}\nAnalyst: {an}   Queue: EDD-{q}   Ticket {t}\n\n",
        ap=P(p.full), an=P(an.plain), q=r.randint(1, 9), t=ticket(r))
    lines = []
    lines.append(lambda: d.f("- Name on ID matches application; selfie liveness passed (score {s}).\n", s=round(r.uniform(0.8, 0.99), 2)))
    lines.append(lambda: d.f("- DOB {dob} consistent with ID; applicant is over 18.\n", dob=DOB(r)))
    lines.append(lambda: d.f("- Driving licence no. {dl} checked against issuer register, valid.\n", dl=dl_generic(r, cc)))
    lines.append(lambda: d.f("- Proof of address: utility bill for {ad}; account no. {ac} on bill matches.\n", ad=A1(a), ac=acct(r, "cust")))
    lines.append(lambda: d.f("- Applicant previously lived in {pl}; no sanctions hits, PEP screening clear.\n", pl=place(r)))
    lines.append(lambda: d.f("- Called applicant on {ph} at {tm} to confirm source of funds (salary + resale of sneakers).\n", ph=phone(r, cc), tm=TM(r)))
    lines.append(lambda: d.f("- Registration IP {ip} geolocates to {pl}, consistent with address.\n", ip=ip_any(r), pl=LOC(a.city)))
    lines.append(lambda: d.f("- Note: reference customer {rn} (sister) already verified, linked via same device fingerprint {fp}.\n",
                             rn=P(person(r, p.cc).first + " " + p.last), fp=sha(r, 16)))
    lines.append(lambda: d.f("- Bank statement shows {ib} in the applicant's name.\n", ib=iban(r, cc if cc in IBAN_SPEC else "DE")))
    r.shuffle(lines)
    for fn in lines[:r.randint(5, 8)]:
        fn()
    d.f("\nDecision: {dec}. Next review on {nr}.\n", dec=r.choice(["APPROVE", "APPROVE with limits", "REQUEST MORE INFO", "ESCALATE to MLRO"]),
        nr=D(r))


@kind("E")
def k_crypto_withdrawal_ticket(d):
    r = d.r
    clk = LogClock(r)
    ex, dom = r.choice(CRYPTO)
    p = person(r)
    ag = person(r)
    d.f("[{ex} Support] Ticket {t} — Withdrawal pending > 24h\nPriority: High | Channel: Web form | Tier: VIP {v}\n\n",
        ex=ex, t=ticket(r), v=r.randint(1, 5))
    d.f("Customer: {n} <{em}>\nPhone: {ph}\nUID: {uidn}\n\n",
        n=P(p.full), em=email_of(r, p), ph=phone_for(r, p, intl=True), uidn=rd(r, 9))
    d.f("Message:\nI withdrew {q} BTC to {wa} on {dt} and it still shows \"processing\". TxID {tx} never appeared "
        "on-chain. I need it by {dl} to pay my rent. Please help!!\n\n",
        q=round(r.uniform(0.01, 2.5), 6), wa="bc1q" + rs(r, 38, LO + DIG), dt=DT(r), tx=sha(r, 64), dl=D(r))
    d.f("Internal notes ({ag}):\n", ag=P(ag.first))
    d.t("  Recent logins:\n")
    for _ in range(r.randint(2, 4)):
        d.f("    {ts}  login ok  ip={ip}  ua={ua}\n", ts=clk("iso"), ip=ip_any(r), ua=r.choice(["iOS/17.4 app 6.12.0", "Chrome 124 Win10", "Android 14 app 6.11.2"]))
    d.f("  2FA reset requested from new device yesterday -> withdrawal hold per policy AML-{pol}. Asked customer to "
        "upload selfie + ID. Escalated to compliance (case {cn}).\n", pol=rd(r, 3), cn=case_no(r))


@kind("E")
def k_crypto_api_key_ticket(d):
    r = d.r
    ex, dom = r.choice(CRYPTO)
    p = person(r)
    d.f("Subject: trading bot stopped working — \"invalid signature\"\nFrom: {em}\nTicket: {t}\n\n",
        em=email_of(r, p), t=ticket(r))
    d.f("Hello {ex} team,\n\nMy Python bot (ccxt {v}) suddenly gets error -1022 on every order since the maintenance. "
        "Here is my config, maybe you can see what is wrong:\n\n", ex=ex, v=version(r))
    d.f("    exchange: {exl}\n    apiKey: {k}\n    secret: {s}\n    password: {pw}\n    sandbox: false\n    rateLimit: 1200\n\n",
        exl=ex.split()[0].lower(), k=gsecret(r, r.choice(["plain", "hex64"])), s=gsecret(r, r.choice(["b64", "hex64"])), pw=password(r))
    d.f("Server is a VPS at {ip}, whitelisted in the API settings.\n\nThanks,\n{n}\n\n", ip=ip4(r), n=P(p.first))
    d.f("--- Agent reply ---\nHi {n}, please never post keys in a ticket. We have revoked the key above (key id ending {kid}) "
        "and you should create a new one. Error -1022 was caused by clock drift: your server time was {drift} ahead.\n",
        n=P(p.first), kid=rs(r, 4, UP + DIG), drift=r.choice(["1.8s", "2400 ms", "3 seconds"]))


@kind("E")
def k_loyalty_statement(d):
    r = d.r
    prog, dom = r.choice(LOYALTY)
    p = person(r)
    a = addr(r)
    d.f("{prog} — Points Statement\n\n{n}\n{ad}\n\nLoyalty account number: {an}\nTier: {tier}    Statement date: {sd}\n\n",
        prog=prog.upper() if chance(r, 0.4) else prog, n=p.styled(r, ["full", "upper"]), ad=AM(a), an=acct(r, "loyalty"),
        tier=r.choice(["Silver", "Gold", "Platinum", "Onyx"]), sd=D(r))
    d.t("Date        Description                               Points\n")
    for _ in range(r.randint(4, 8)):
        desc = r.choice(["Purchase — " + r.choice(PERSON_BRANDS), "Purchase — order " + order_no(r), "Bonus: double points weekend",
                         "Redemption — gift card", "Partner: Tim Hortons", "Referral bonus", "Adjustment (case %s)" % ticket(r),
                         "Birthday bonus", "Return — " + r.choice(PRODUCT_NAMES)])
        dd = fmt_date(r, rdate(r), "en", "iso")
        d.f("{dd}  {desc:<40}  {pts}\n".replace("{desc:<40}", "{desc}"), dd=E(dd, "DATE_TIME"), desc=desc.ljust(40)[:40], pts="%+d" % r.randint(-5000, 3000))
    d.f("\nBalance: {b} pts   Expiring {e} pts on {ed}\nQuestions? Call {ph} or visit {u}\n",
        b="{:,}".format(r.randint(100, 250000)), e=r.randint(50, 4000), ed=D(r, style="mdy"), ph=phone(r, "US"), u=url(r, dom, "/account/points"))


@kind("E")
def k_bnpl_statement(d):
    r = d.r
    bn, dom = r.choice(BNPL)
    p = person(r)
    a = addr(r, r.choice(["US", "GB", "AU", "CA"]))
    merch = r.choice(SHOPS + [m[0] for m in MARKETS])
    total = r.uniform(80, 1900)
    d.f("{bn} | Pay in 4 statement\n\nAccount holder: {n}\nAccount no.: {an}\nBilling address: {ad}\n\n",
        bn=bn, n=P(p.full), an=acct(r, "bnpl"), ad=A1(a))
    d.f("Purchase at {m} (order {on}) on {pd}\nTotal: ${t:.2f}  |  APR 0%  |  Autopay card {mc}\n\n",
        m=merch, on=order_no(r), pd=D(r, style="abbr"), t=total, mc=masked_card(r))
    d.t("Instalment  Due date             Amount    Status\n")
    dd = rdate(r)
    for i in range(4):
        ds = fmt_date(r, dd + timedelta(days=14 * i), "en", "abbr")
        d.f("{i}/4         {ds}{pad}${a:.2f}   {st}\n", i=i + 1, ds=E(ds, "DATE_TIME"), pad=" " * (21 - len(ds)), a=total / 4,
            st=r.choice(["Paid", "Paid", "Scheduled", "Late fee $7.00", "Scheduled"]))
    d.f("\nMissed a payment? We'll retry {rt}. Update your payment method at {u} or call {ph}.\n"
        "Reference: {ref} · Statement generated {ts}\n",
        rt=r.choice(["after 2 days", "in 48 hours", "on the next business day"]), u=url(r, dom, "/wallet"), ph=phone(r, a.cc if a.cc != "IN" else "US"),
        ref=uid(r), ts=logts(r, "isoz"))


@kind("E")
def k_fraud_review_case(d):
    r = d.r
    mk, dom = r.choice(MARKETS)
    p = person(r)
    a1, a2 = addr(r), addr(r)
    d.f("FRAUD REVIEW — {cn}\nMarketplace: {mk}   Rule hits: R{r1}, R{r2} (velocity, AVS mismatch)   Score {s}/1000\n\n",
        cn=case_no(r), mk=mk, r1=rd(r, 3), r2=rd(r, 3), s=r.randint(600, 990))
    d.f("Account: {h} (created {ago})\nName on account: {n}\nEmail: {em}   Phone: {ph}\n",
        h=handle(r, p), ago=r.choice(["3 days ago", "yesterday", "2 hours before order"]), n=P(p.full), em=email_of(r, p), ph=phone_for(r, p))
    d.f("Card used: {c}  (issuer country differs from IP country)\n", c=card(r) if chance(r, 0.6) else masked_card(r))
    d.f("Billing: {b}\nShipping: {s}\n", b=A1(a1), s=A1(a2))
    d.f("IPs: {i1}, {i2} (hosting provider / proxy)\n", i1=ip4(r), i2=ip_any(r))
    d.f("\nAnalyst notes:\nCardholder name on the BIN lookup is {ch}, not {n2}. Shipping address is a known reshipper in {pl}. "
        "{n3} also opened 4 accounts from the same device ({dev}) within 40 minutes. Test card {bad} attempted first "
        "(Luhn fail). Called the number on file at {tm}; voicemail in a different name. Recommend: cancel order {on}, "
        "block device, refund to original method.\n",
        ch=person(r).styled(r, ["full", "upper"]), n2=P(p.first), pl=place(r), n3=P(p.last), dev=sha(r, 12), bad=bad_card(r),
        tm=TM(r), on=order_no(r))
    d.f("\nReviewed by {rv} — {dt}\n", rv=P(person(r).plain), dt=DT(r))


@kind("E")
def k_refund_email(d):
    r = d.r
    mk, dom = r.choice(MARKETS)
    p = person(r)
    email_header(d, [mk + " ", "<", role_email(r, dom, "noreply"), ">"], named_addr(P(p.plain), email_of(r, p)),
                 "Your refund for order %s has been issued" % order_no(r), received=chance(r, 0.3))
    d.f("Hi {n},\n\nGood news — we've processed your refund of {amt} for:\n\n  • {it} (qty {q})\n  • {it2}\n\n",
        n=P(p.first), amt=amount(r), it=r.choice(PRODUCTS), q=r.randint(1, 3), it2=r.choice(PRODUCT_NAMES))
    meth = r.choice(["original payment method (" + masked_card(r) + ")", "store credit", "PayNest balance", "bank transfer", "bank transfer"])
    d.f("Refund method: {m}\nExpected in your account: by {dd}\nReturn received at: {wh} ({fc})\n\n",
        m=meth, dd=D(r, style=r.choice(["wd", "mdy", "abbr"])), wh=place(r), fc=r.choice(FACILITY))
    if meth == "bank transfer":
        d.f("Because you paid by bank transfer, the money goes back to {ib}.\n\n", ib=iban(r))
    d.f("Track the refund: {u}\n\nThanks for shopping with us,\nThe {mk} team\n\nThis e-mail was sent to {em}. "
        "Order ref {ref}. © {y} {mk}\n",
        u=url(r, dom, "/refunds/%s" % rd(r, 10)), mk=mk, em=email_of(r, p), ref=uid(r)[:13], y=r.randint(2023, 2026))


@kind("E")
def k_courier_scan_log(d):
    r = d.r
    clk = LogClock(r)
    cour, dom = r.choice(COURIERS)
    p = person(r)
    cc = r.choice(["US", "GB", "DE", "NL", "FR"])
    a = addr(r, cc)
    d.f("{c} — shipment history\nTracking: {tn}    Service: {sv}    Weight: {w} kg\nRecipient: {n}\nDeliver to: {ad}\n\n",
        c=cour, tn=tracking(r), sv=r.choice(["Express Noon", "Economy", "Parcel Plus", "Next Day"]), w=round(r.uniform(0.2, 24), 2),
        n=p.styled(r, ["upper", "full"]), ad=A1(a, country=True))
    events = ["Shipment information received", "Picked up", "Arrived at hub {fc}", "Departed hub {fc}", "Customs cleared",
              "Out for delivery", "Delivery attempted - recipient not available", "Held at access point"]
    n = r.randint(4, 7)
    for ev in events[:n]:
        d.f("{ts}  {ev}\n", ts=clk(), ev=ev.replace("{fc}", r.choice(FACILITY + IATA)))
    d.f("\nDriver note: left card #{cd}. Customer phoned from {ph} asking to redeliver on {dd} between {t1} and {t2}. "
        "Gate code given verbally, not recorded. Dog on premises ({pet}).\n",
        cd=rd(r, 7), ph=phone(r, cc), dd=D(r, style=r.choice(["wd", "dmy", "mdy"])), t1=TM(r), t2=TM(r), pet=r.choice(PETS))


@kind("E")
def k_rma_form(d):
    r = d.r
    mk, dom = r.choice(MARKETS)
    p = person(r)
    a = addr(r)
    d.f("RETURN MERCHANDISE AUTHORIZATION\nRMA #: {rma}     Issued: {iss}\n\n", rma="RMA" + rd(r, 8), iss=D(r))
    d.f("Customer name:    {n}\nCustomer account: {ac}\nEmail:            {em}\nDaytime phone:    {ph}\nReturn from:      {ad}\n\n",
        n=p.styled(r, ["full", "lcf"]), ac=acct(r, "cust"), em=email_of(r, p), ph=phone_for(r, p), ad=AM(a))
    d.t("Line  SKU                        Qty  Reason\n")
    for i in range(r.randint(1, 4)):
        d.f("{i}     {s}  {q}    {rs}\n", i=i + 1, s=sku(r).ljust(25), q=r.randint(1, 3),
            rs=r.choice(["Wrong size", "Damaged in transit", "Not as described", "Changed mind", "Defective - won't power on"]))
    d.f("\nShip by: {sb} using prepaid label {tn}. Refund issued within 5-7 business days after inspection at {fc}.\n"
        "Inspector: ________  Condition: [ ] A  [ ] B  [ ] C\n",
        sb=D(r), tn=tracking(r), fc=r.choice(FACILITY))


@kind("E")
def k_orders_csv_export(d):
    r = d.r
    d.t("order_id,order_date,buyer_name,buyer_email,ship_city,ship_country,total,currency,status,payment\n")
    for _ in range(r.randint(5, 11)):
        p = person(r)
        cc = r.choice(["US", "GB", "DE", "FR", "NL", "ES", "IT", "PL", "CA", "AU"])
        nm = p.styled(r, ["full", "plain", "lcf", "upper"])
        d.f("{o},{dt},", o=order_no(r).replace(",", ""), dt=D(r, style=r.choice(["iso", "us"])))
        if "," in nm[0]:
            d.t('"').add(nm).t('"')
        else:
            d.add(nm)
        d.f(",{em},{c},{co},{t},{cur},{st},{pm}\n", em=email_of(r, p), c=LOC(city_of(r, cc)), co=cc,
            t="%.2f" % r.uniform(5, 900), cur=r.choice(["USD", "EUR", "GBP", "PLN"]),
            st=r.choice(["shipped", "delivered", "refunded", "disputed", "cancelled"]),
            pm=r.choice(["visa_" + rd(r, 4), "mc_" + rd(r, 4), "paypal", "bnpl", "giftcard"]))


@kind("E")
def k_payment_webhook_json(d):
    r = d.r
    pay, dom = r.choice(PAYS)
    p = person(r)
    a = addr(r, r.choice(["US", "GB", "DE", "FR", "NL", "CA"]))
    d.f('POST /webhooks/{pv} HTTP/1.1\nHost: hooks.merchant-app.net\nX-Signature: t={ep},v1={sig}\nContent-Type: application/json\n\n',
        pv=pay.split()[0].lower(), ep=r.randint(1690000000, 1790000000), sig=sha(r, 64))
    d.f('{\n  "id": "evt_{eid}",\n  "type": "{ty}",\n  "created": {ep},\n  "data": {\n    "object": {\n'
        '      "id": "ch_{cid}",\n      "amount": {am},\n      "currency": "{cur}",\n      "billing_details": {\n'
        '        "name": "{n}",\n        "email": "{em}",\n        "phone": "{ph}",\n        "address": {\n'
        '          "line1": "{l1}",\n          "city": "{c}",\n          "postal_code": "{pc}",\n          "country": "{cc}"\n        }\n      },\n'
        '      "payment_method_details": {"card": {"brand": "{br}", "last4": "{l4}", "exp_year": {ey}}},\n'
        '      "client_ip": "{ip}",\n      "dispute_deadline": "{dl}",\n      "metadata": {"order": "{on}", "sdk": "{v}"}\n    }\n  }\n}\n',
        eid=rs(r, 24), ty=r.choice(["charge.dispute.created", "charge.refunded", "charge.succeeded"]),
        ep=r.randint(1690000000, 1790000000), cid=rs(r, 24), am=r.randint(500, 250000), cur=r.choice(["usd", "eur", "gbp"]),
        n=P(p.plain), em=email_of(r, p), ph=phone(r, a.cc, intl=True), l1=E(a.line1(), "ADDRESS"), c=LOC(a.city), pc=a.postcode,
        cc=a.cc, br=r.choice(["visa", "mastercard", "amex"]), l4=rd(r, 4), ey=r.randint(2026, 2031), ip=ip_any(r),
        dl=iso_dt(r), on=order_no(r), v=version(r))


@kind("E")
def k_merchant_integration_yaml(d):
    r = d.r
    d.f("# checkout-service / config/production.yaml\n# owner: payments-platform   last reviewed by @{h}\nservice:\n  name: checkout\n  version: {v}\n  region: eu-west-1\n\n",
        h=handle(r), v=version(r).replace("build ", ""))
    user = r.choice(["checkout", "app_rw", "payments"])
    d.f("database:\n  url: postgres://{u}:{pw}@{host}:5432/orders\n  pool_size: {ps}\n\n",
        u=user, pw=password(r, dsn_safe=True), host=r.choice(["db-primary.internal", "orders-db.prod.svc", "pg-01.payments.lan"]), ps=r.randint(5, 40))
    d.f("stripe:\n  secret_key: {sk}\n  publishable_key_env: ${STRIPE_PK}\n  webhook_secret: {wh}\n\n", sk=stripe_key(r), wh=gsecret(r, "whsec"))
    d.f("notifications:\n  slack_bot_token: {st}\n  channel: \"#payments-alerts\"\n  sendgrid_api_key: {sg}\n\n", st=slack_token(r), sg=gsecret(r, "sg"))
    d.f("fraud:\n  provider_url: {u}\n  api_key: ${{ secrets.FRAUD_API_KEY }}\n  block_countries: [KP, IR]\n  max_velocity_per_ip: {mv}\n",
        u=url(r, r.choice(["riskwatch.io", "fraudlens.com"]), "/v2/score"), mv=r.randint(3, 20))
    if chance(r, 0.5):
        d.f("  allowlist_ips:\n    - {a}\n    - {b}\n", a=ip4(r), b=ip4(r, private=True))


@kind("E")
def k_dotenv_leak_report(d):
    r = d.r
    rep = person(r)
    d.f("Security report {t} — secrets found in public repository\nReporter: {n} ({em})\nSeverity: critical\n\n",
        t=ticket(r), n=P(rep.full), em=email_of(r, rep))
    d.f("While browsing a seller-tools fork I found a committed .env (commit {c}, file .env.production). Contents:\n\n```\n",
        c=sha(r))
    d.f("NODE_ENV=production\nAWS_ACCESS_KEY_ID={ak}\nAWS_SECRET_ACCESS_KEY={sk}\nAWS_REGION=us-east-1\n", ak=aws_ak(r), sk=aws_sk(r))
    opts = [lambda: d.f("GITHUB_TOKEN={g}\n", g=gh_token(r)),
            lambda: d.f("STRIPE_SECRET_KEY={s}\n", s=stripe_key(r)),
            lambda: d.f("SLACK_BOT_TOKEN={s}\n", s=slack_token(r)),
            lambda: d.f("SHOPIFY_ADMIN_TOKEN={s}\n", s=gsecret(r, "shpat")),
            lambda: d.f("ADMIN_PASSWORD={p}\n", p=password(r)),
            lambda: d.f("SESSION_SECRET={s}\n", s=gsecret(r, "hex64"))]
    r.shuffle(opts)
    for o in opts[:r.randint(2, 5)]:
        o()
    d.f("SENTRY_DSN_ENV=${SENTRY_DSN}\nBUILD_SHA={bs}\n```\n\nPlease rotate ASAP. I have not used any of these. "
        "Bounty payout, if any, to PayPal {em}.\n", bs=sha(r, 7), em=email_of(r, rep))


@kind("E")
def k_api_gateway_log(d):
    r = d.r
    clk = LogClock(r)
    d.f("# gateway access log, node {nd}, build {b}\n", nd="gw-%02d" % r.randint(1, 12), b=sha(r, 7))
    for _ in range(r.randint(5, 9)):
        x = r.random()
        ts = clk()
        if x < 0.25:
            d.f("{ts} {ip} POST /v1/payouts 201 {ms}ms auth=\"Bearer {j}\"\n", ts=ts, ip=ip_any(r), ms=r.randint(20, 900), j=jwt(r))
        elif x < 0.4:
            d.f("{ts} {ip} GET /v1/customers/{cid}?email={em} 200 {ms}ms\n", ts=ts, ip=ip4(r), cid="cus_" + rs(r, 14), em=email_of(r, person(r)), ms=r.randint(5, 300))
        elif x < 0.5:
            d.f("{ts} {ip} POST /v1/refunds 402 {ms}ms req_id={u} msg=\"card_declined\"\n", ts=ts, ip=ip4(r), ms=r.randint(40, 700), u=uid(r))
        elif x < 0.6:
            d.f("{ts} {ip} POST /v1/tokens 400 {ms}ms WARN raw PAN in body: {c}\n", ts=ts, ip=ip4(r), ms=r.randint(5, 90), c=card(r))
        elif x < 0.7:
            d.f("{ts} {ip} GET /healthz 200 1ms\n", ts=ts, ip=ip4(r, private=True))
        elif x < 0.8:
            d.f("{ts} {ip} POST /v1/auth 401 {ms}ms api_key={k}\n", ts=ts, ip=ip_any(r), ms=r.randint(2, 60), k=gsecret(r, "plain"))
        else:
            d.f("{ts} {ip} GET /v1/orders/{o} 200 {ms}ms trace={t}\n", ts=ts, ip=ip4(r), o=rd(r, 10), ms=r.randint(5, 400), t=sha(r, 32))


@kind("E")
def k_k8s_secret(d):
    r = d.r
    d.f("# kubectl get secret payouts-service -n {ns} -o yaml   (pasted into incident {inc})\napiVersion: v1\nkind: Secret\n"
        "metadata:\n  name: payouts-service\n  namespace: {ns}\n  uid: {u}\n  resourceVersion: \"{rv}\"\n  annotations:\n    owner: team-payouts\n    log-level: info\ntype: Opaque\ndata:\n",
        ns=r.choice(["payments", "prod", "fintech-core"]), inc=ticket(r), u=uid(r), rv=rd(r, 8))
    d.f("  DB_PASSWORD: {p}\n", p=E(b64val(password(r)[0]), "PASSWORD"))
    d.f("  BANK_API_KEY: {k}\n", k=E(b64val(gsecret(r)[0]), "GENERIC_SECRET"))
    if chance(r, 0.6):
        d.f("  SFTP_PASSPHRASE: {k}\n", k=E(b64val(password(r)[0]), "PASSWORD"))
    if chance(r, 0.6):
        d.f("  AWS_ACCESS_KEY_ID: {k}\n", k=E(b64val(aws_ak(r)[0]), "GENERIC_SECRET"))
    d.f("\n# on-call: {n} ({ph}) — rotate after incident review on {dt}\n", n=P(person(r).plain), ph=phone(r, r.choice(["US", "GB", "DE"])), dt=DT(r))


@kind("E")
def k_sftp_payout_runbook(d):
    r = d.r
    bank = r.choice(BANKS)
    d.f("RUNBOOK: nightly payout file upload to {b}\n\n1. Generate the batch: `payoutctl export --date $(date +%F) --format pain.001`\n"
        "2. Upload via SFTP to {host} port 22 as user mkt_payouts\n   (bank firewall allows {ip} only)\n3. Key below is the one registered with the bank "
        "(fingerprint SHA256:{fp}). It SHOULD live in vault, temporary copy:\n\n",
        b=bank, host=r.choice(["sftp.bank-gateway.net", "h2h.corp-banking.com"]), ip=ip4(r), fp=rs(r, 43, B64))
    d.add(pem_key(r, r.randint(5, 9)))
    d.f("\n\n4. If the upload fails, call the bank's H2H desk on {ph} and quote contract {ct}.\n5. Contact: {n}, treasury ops ({em}).\n",
        ph=phone(r, r.choice(["DE", "GB", "NL", "US"]), intl=True), ct=rd(r, 10), n=P(person(r).full), em=role_email(r, "kestrelmarket.com", "treasury"))


@kind("E")
def k_live_chat_transcript(d):
    r = d.r
    mk, dom = r.choice(MARKETS + PAYS)
    c = person(r)
    ag = person(r)
    d.f("Chat transcript — {mk} Help\nSession {sid}\n\n", mk=mk, sid=uid(r))
    m = r.randint(8, 20) * 60 + r.randint(0, 50)

    def pre():
        nonlocal m
        m += r.randint(0, 2)
        return "[%02d:%02d]" % (m // 60 % 24, m % 60)
    d.f("{t} {ag} (agent): Hi, I'm {agf}. How can I help today?\n", t=pre(), ag=P(ag.first), agf=P(ag.first))
    d.f("{t} {cf}: hi, I was charged twice for order {on}\n", t=pre(), cf=P(c.first), on=order_no(r))
    d.f("{t} {ag}: Sorry about that! Can you confirm the e-mail on the account?\n", t=pre(), ag=P(ag.first))
    d.f("{t} {cf}: {em}\n", t=pre(), cf=P(c.first), em=email_of(r, c))
    if chance(r, 0.5):
        d.f("{t} {cf}: card is {cd} if that helps\n", t=pre(), cf=P(c.first), cd=card(r))
        d.f("{t} {ag}: Please don't share full card numbers in chat — I've masked it on our side.\n", t=pre(), ag=P(ag.first))
    d.f("{t} {ag}: Thanks {cfn}. I can see two authorizations of {amt}; one is a pending hold and will drop off by {dd}.\n",
        t=pre(), ag=P(ag.first), cfn=P(c.first), amt=amount(r), dd=D(r, style=r.choice(["wd", "mdy"])))
    d.f("{t} {cf}: ok. can someone call me? {ph}, best after {tm}\n", t=pre(), cf=P(c.first), ph=phone_for(r, c), tm=TM(r))
    d.f("{t} {ag}: Done — callback booked for {cb}. Anything else?\n", t=pre(), ag=P(ag.first), cb=DT(r))
    d.f("{t} {cf}: no thanks, bye\n{t2} -- chat closed by agent; CSAT 5/5 --\n", t=pre(), cf=P(c.first), t2=pre())


@kind("E")
def k_callback_notes(d):
    r = d.r
    c = person(r)
    d.f("CALL NOTES · {q} queue · agent {ag}\n", q=r.choice(["Payments", "BNPL collections", "Seller support", "Crypto VIP"]), ag=handle(r))
    d.f("Caller: {hn}{n}, calling from {ph} (verified with last 4 of card, {l4}, and postcode {pc})\n",
        hn=hon(r, c), n=P(c.full), ph=phone_for(r, c), l4=rd(r, 4), pc=r.choice(["SW11 3RT", "10115", "94110", "75011", "3511 AB"]))
    d.f("Reason: says she/he never received the refund for {it}. Return was dropped at a {cour} point in {pl} on {dd}.\n",
        it=r.choice(PRODUCT_NAMES + PRODUCTS), cour=r.choice(COURIERS)[0], pl=place(r), dd=D(r))
    d.f("Checked: return scanned at {fc} {dur} later; refund queued but blocked by KYC flag.\n", fc=r.choice(FACILITY), dur=r.choice(["2 days", "36 hours", "a week"]))
    d.f("Action: lifted flag after confirming DOB {dob} and billing address {ad}. Refund {amt} released.\n",
        dob=DOB(r), ad=A1(addr(r)), amt=amount(r))
    d.f("Follow-up: customer wants confirmation to {em}; also asked to update phone to {ph2}.\n"
        "Next contact: {nc}. Call lasted 14m 32s.\n", em=email_of(r, c), ph2=phone_for(r, c, intl=True), nc=DT(r))


@kind("E")
def k_supplier_wire_instructions(d):
    r = d.r
    cc = r.choice(["DE", "FR", "NL", "IT", "ES", "GB", "PL", "BE", "PT", "IE"])
    sup = r.choice(["Hangzhou Brightway Textiles Co.", "Nordic Knit Studio AB", "Casa Cerâmica Lda", "Lumen Lamps Co.",
                    "Müller & Söhne GmbH", "Atelier Vauclair SARL", "Textil Ribera S.L."])
    contact = person(r, cc if cc in NAMES else None)
    d.f("SUPPLIER PAYMENT INSTRUCTIONS — CONFIDENTIAL\nVendor: {sup}\nVendor no.: V-{vn}\nPO: {po}\n\n",
        sup=sup, vn=rd(r, 6), po="PO" + rd(r, 7))
    d.f("Beneficiary:     {sup}\nIBAN:            {ib}\nBIC/SWIFT:       {bic}\nBank address:    {ba}\n",
        sup=sup, ib=iban(r, cc if cc in IBAN_SPEC else "DE"), bic=r.choice(BICS), ba=A1(addr(r, cc if cc in ADDR else "DE"), country=True))
    d.f("Reference:       INV {inv}\nAmount:          {amt}\nValue date:      {vd}\n\n",
        inv=rd(r, 8), amt=amount(r, "en", 2000, 90000), vd=D(r))
    d.f("Accounts-payable contact: {n}, {em}, tel. {ph}\n\n⚠ Bank details changed on {cd}. Per policy FIN-{p}, any change must be verified by "
        "calling the vendor on the number in the master file, NOT the number in the e-mail requesting the change. "
        "Verified by {ver} at {tm}.\n",
        n=P(contact.full), em=email_of(r, contact), ph=phone(r, cc if cc in ("DE", "FR", "NL", "IT", "ES", "GB", "PL") else "DE", intl=True),
        cd=D(r), p=rd(r, 3), ver=P(person(r).plain), tm=TM(r))


@kind("E")
def k_sepa_mandate_en(d):
    r = d.r
    cc = r.choice(["DE", "NL", "FR", "IE", "AT", "BE", "IT", "ES"])
    p = person(r, cc if cc in NAMES else "IE")
    a = addr(r, cc if cc in ADDR else "NL")
    bn, dom = r.choice(BNPL + PAYS)
    d.f("SEPA Direct Debit Mandate\nCreditor: {bn}   Creditor identifier: {ci}\nMandate reference: {mr}\n\n",
        bn=bn, ci="DE%s%s" % (rd(r, 2), "ZZZ0000" + rd(r, 7)), mr="MNDT-" + rs(r, 10, UP + DIG))
    d.f("By signing this mandate form, you authorise {bn} to send instructions to your bank to debit your account.\n\n"
        "Debtor name:      {n}\nDebtor address:   {ad}\nIBAN:             {ib}\nBIC:              {bic}\n"
        "Type of payment:  {tp}\n\nPlace: {pl}    Date: {dt}\nSignature: {sig}\n",
        bn=bn, n=p.styled(r, ["full", "upper"]), ad=A1(a, country=True), ib=iban(r, cc), bic=r.choice(BICS),
        tp=r.choice(["Recurrent", "One-off"]), pl=LOC(a.city), dt=D(r, style=r.choice(["dmy", "dot", "iso"])), sig=P(p.plain))


@kind("E")
def k_account_takeover_timeline(d):
    r = d.r
    clk = LogClock(r)
    mk, dom = r.choice(MARKETS + CRYPTO)
    v = person(r)
    d.f("Incident {inc}: suspected account takeover\nVictim: {n} (user id {u})\nPlatform: {mk}\n\nTimeline (UTC):\n",
        inc=ticket(r), n=P(v.full), u=rd(r, 9), mk=mk)
    old, new = email_of(r, v), email_of(r, person(r), dom=r.choice(["protonmail.com", "tutanota.com", "mail.ru", "yandex.com"]))
    d.f("{a}  password reset requested from {ip}\n", a=clk.hm(), ip=ip_any(r))
    d.f("{a}  login from new device, IP {ip} (TOR exit)\n", a=clk.hm(), ip=ip4(r))
    d.f("{a}  account e-mail changed {o} -> {n}\n", a=clk.hm(), o=old, n=new)
    d.f("{a}  phone changed to {ph}\n", a=clk.hm(), ph=phone(r, r.choice(["GB", "NG", "US", "PL"]), intl=True))
    d.f("{a}  saved card {mc} used for gift cards ({amt})\n", a=clk.hm(), mc=masked_card(r), amt=amount(r))
    d.f("{a}  payout IBAN changed to {ib}\n\n", a=clk.hm(), ib=iban(r, r.choice(["LT", "GB", "NL", "DE"])))
    d.f("Victim contacted us from the original address and confirmed by phone ({ph}). Her/his real number is the one ending {l4}. "
        "Restored on {rd} from backup; attacker sessions revoked; gift card codes voided. Police report filed in {pl}, "
        "crime ref {cr}.\n", ph=phone_for(r, v), l4=rd(r, 4), rd=DT(r), pl=place(r), cr=rs(r, 2, UP) + "/" + rd(r, 6) + "/" + str(r.randint(23, 26)))


@kind("E")
def k_seller_doc_request_letter(d):
    r = d.r
    mk, dom = r.choice(MARKETS)
    p = person(r)
    a = addr(r, r.choice(["GB", "US", "IN", "AU", "CA"]))
    h = hon(r, p)
    d.f("{mk} Seller Compliance\n\n{dt}\n\n{hn}{n}\n{biz}\n{ad}\n\nDear {hn2}{ln},\n\n",
        mk=mk, dt=D(r, style=r.choice(["dmy", "mdy"])), hn=h, n=P(p.full), biz=r.choice(SHOPS), ad=AM(a),
        hn2=h, ln=P(p.last if h else p.plain))
    d.f("Under our obligations as an online marketplace we must verify the identity of sellers whose annual sales exceed "
        "the reporting threshold. Your payouts have been paused since {ps}. To reactivate them, please provide by {dl}:\n\n"
        "  (a) a government-issued photo ID of the account holder;\n  (b) proof of address dated within 3 months;\n"
        "  (c) a bank statement showing the payout account ending {l4}.\n\n",
        ps=D(r), dl=D(r, style="wd"), l4=rd(r, 4))
    d.f("Upload documents at {u}. Reference your seller ID {sid} in all correspondence. If you have questions, our team "
        "can be reached at {em} or {ph}.\n\nYours sincerely,\n\n{sig}\nHead of Seller Verification\n",
        u=url(r, dom, "/seller/verification"), sid="A" + rs(r, 13, UP + DIG), em=role_email(r, dom, "seller-compliance"),
        ph=phone(r, a.cc if a.cc in ("GB", "US", "IN", "AU", "CA") else "US"), sig=P(person(r).plain))


@kind("E")
def k_seller_invoice(d):
    r = d.r
    cc = r.choice(["DE", "NL", "FR", "GB", "IT", "ES"])
    s_addr, b_addr = addr(r, cc), addr(r)
    buyer = person(r)
    shop = r.choice(SHOPS)
    d.f("INVOICE {inv}\n\n{shop}\n{sa}\nVAT: {vat}\n\nBill to:\n{bn}\n{ba}\n\nInvoice date: {idt}    Due: {due}\nOrder: {on}\n\n",
        inv="%d-%s" % (r.randint(2023, 2026), rd(r, 5)), shop=shop, sa=AM(s_addr, country=True), vat=cc + rd(r, 9),
        bn=buyer.styled(r, ["full", "plain"]), ba=AM(b_addr), idt=D(r), due=D(r), on=order_no(r))
    d.t("Item                                Qty   Unit      Total\n")
    for _ in range(r.randint(2, 5)):
        it = r.choice(PRODUCTS + PRODUCT_NAMES)
        q = r.randint(1, 4)
        u = r.uniform(4, 300)
        d.t("%-36s%3d   %7.2f   %8.2f\n" % (it[:36], q, u, u * q))
    d.f("\nPlease pay by bank transfer to {ib} (BIC {bic}) quoting the invoice number.\nQuestions: {em}\n",
        ib=iban(r, cc), bic=r.choice(BICS), em=role_email(r, fold(shop).lower().replace("&", "").replace(".", "")[:14] + ".com", "billing"))


@kind("E")
def k_delivery_exception_email(d):
    r = d.r
    cour, dom = r.choice(COURIERS)
    p = person(r)
    a = addr(r)
    email_header(d, [cour + " Notifications <", role_email(r, dom, "no-reply"), ">"], [email_of(r, p)],
                 "Delivery exception – action required for %s" % tracking(r))
    d.f("Dear {n},\n\nWe tried to deliver your parcel from {m} today but could not complete the delivery:\n\n"
        "   Reason: {rs}\n   Address on label: {ad}\n\n",
        n=P(p.full if chance(r, 0.5) else p.first), m=r.choice([x[0] for x in MARKETS] + PERSON_BRANDS),
        rs=r.choice(["Address incomplete – apartment number missing", "Business closed", "Recipient unavailable, no safe place",
                     "Customs duties unpaid"]), ad=A1(a))
    d.f("Next attempt: {na}\n\nChoose a new day, a neighbour, or a pickup point: {u}\n"
        "If the parcel is not collected by {dl} it will be returned to the sender.\n\n"
        "Need help? Call {ph} (quote your tracking number).\n\nThis is an automated message — please do not reply.\n",
        na=DT(r, style=r.choice(["wd", "mdy", "dmy"])), u=url(r, dom, "/redeliver?tn=" + rs(r, 12, UP + DIG)), dl=D(r),
        ph=phone(r, a.cc if a.cc in ("US", "GB", "DE", "FR", "NL", "IN", "AU", "CA") else "US"))


@kind("E")
def k_customs_commercial_invoice(d):
    r = d.r
    scc, rcc = r.choice(["GB", "US", "CA", "AU"]), r.choice(["DE", "FR", "NL", "IT", "ES", "PL"])
    s, c = person(r, scc), person(r, rcc)
    d.f("COMMERCIAL INVOICE / CN23\nAirway bill: {awb}   Export date: {ed}   Incoterms: DAP\n\n",
        awb=rd(r, 3) + "-" + rd(r, 8), ed=D(r))
    d.f("SHIPPER\n{sn}\n{sa}\nTel: {sp}\n\nCONSIGNEE\n{cn}\n{ca}\nTel: {cp}\nEmail: {ce}\n\n",
        sn=s.styled(r, ["upper", "full"]), sa=AM(addr(r, scc), country=True), sp=phone(r, scc, intl=True),
        cn=c.styled(r, ["upper", "full"]), ca=AM(addr(r, rcc), lang="en", country=True), cp=phone(r, rcc, intl=True), ce=email_of(r, c))
    d.t("Description                  HS code      Origin  Qty  Value\n")
    for _ in range(r.randint(1, 4)):
        d.t("%-28s %-12s %-6s %3d  %s\n" % (r.choice(PRODUCTS)[:28], hs_code(r), scc, r.randint(1, 5), amount(r)))
    d.f("\nReason for export: {rx}\nI declare the information is true and correct.\nSigned: {sg}   Place: {pl}\n",
        rx=r.choice(["Sale", "Return / replacement", "Gift", "Warranty repair"]), sg=P(s.plain), pl=LOC(city_of(r, scc)))


@kind("E")
def k_ocr_receipt_scan(d):
    r = d.r
    d.noise = 0.03
    store = r.choice(["KESTREL MARKET POP-UP", "BYTEBARN OUTLET", "URBAN SOLE OUTLET", "PEAK TRAIL GEAR"])
    a = addr(r, r.choice(["US", "GB", "CA"]))
    d.f("{st}\n{ad}\nTEL {ph}\n\n", st=store, ad=(a.one().upper(), "ADDRESS"), ph=phone(r, a.cc))
    d.f("STORE {sn}  REG {rg}  TRANS {tr}\nCASHIER: {ca}\n{dt}\n--------------------------------\n",
        sn=rd(r, 4), rg=r.randint(1, 12), tr=rd(r, 6), ca=P(person(r).first.upper()), dt=DT(r, style="us"))
    tot = 0
    for _ in range(r.randint(3, 7)):
        v = r.uniform(2, 120)
        tot += v
        d.t("%-22s %8.2f\n" % (r.choice(PRODUCTS + PRODUCT_NAMES)[:22].upper(), v))
    d.f("--------------------------------\nSUBTOTAL          {s:.2f}\nTAX               {tx:.2f}\nTOTAL             {t:.2f}\n\n",
        s=tot, tx=tot * 0.08, t=tot * 1.08)
    d.f("VISA           {mc}\nAUTH CODE {ac}   AID A0000000031010\n", mc=masked_card(r), ac=rs(r, 6, UP + DIG))
    if chance(r, 0.5):
        d.f("MEMBER: {n}  ACCT {an}\n", n=P(person(r).plain.upper()), an=acct(r, "loyalty"))
    d.f("\nRETURNS WITHIN 30 DAYS WITH RECEIPT\nSURVEY: {u}\n", u=url(r, "kestrelmarket.com", "/survey?s=" + rd(r, 8)))


@kind("E")
def k_ocr_driver_license_scan(d):
    r = d.r
    d.noise = 0.025
    p = person(r, r.choice(["US", "US", "MX", "VN", "IN", "NG", "KR"]))
    a = addr(r, "US")
    st, dl = dl_us(r)
    d.f("[KYC upload {u} · OCR engine {v} · confidence {c}]\n\n", u=uid(r)[:8], v=version(r), c=round(r.uniform(0.71, 0.97), 2))
    d.t("DRIVER LICENSE   CLASS %s\n" % r.choice("CDM"))
    d.f("DL {dl}\nEXP {exp}\n", dl=dl, exp=E(fmt_date(r, rdate(r, 2026, 2032), "en", "us"), "DATE_TIME"))
    d.f("LN {ln}\nFN {fn}\n{ad}\nDOB {dob}\nRSTR NONE   SEX {sx}   HGT 5'-{h}\"   EYES {ey}\nISS {iss}\nDD {dd}\n",
        ln=P(p.last.upper()), fn=P((p.first + (" " + p.mi if p.mi else "")).upper()), ad=(a.multi().upper(), "ADDRESS"),
        dob=DOB(r, style="us"), sx="F" if p.female else "M", h=r.randint(1, 11), ey=r.choice(["BRN", "BLU", "HAZ", "GRN"]),
        iss=E(fmt_date(r, rdate(r, 2018, 2024), "en", "us"), "DATE_TIME"), dd=rd(r, 5) + rs(r, 5, UP + DIG) + rd(r, 6))
    d.noise = 0.0
    d.f("\nExtracted fields -> name_match={nm}, address_match={am}, face_match={fm}\nReviewer comment: glare on bottom-left corner; "
        "barcode (PDF417) decoded OK, matches front.\n", nm=r.choice(["true", "partial"]), am=r.choice(["true", "false"]), fm=round(r.uniform(0.6, 0.99), 2))


@kind("E")
def k_pharmacy_order_refund(d):
    r = d.r
    p = person(r, r.choice(["US", "US", "US", "IN", "MX", "CN"]))
    ph_name = r.choice(["Cartwheel Pharmacy", "Brightbasket Health", "Tidewell Rx"])
    d.f("{pn} — Order refund & insurance reprocessing\nOrder {on}   Rx batch {rb}\n\n", pn=ph_name, on=order_no(r), rb="RX" + rd(r, 7))
    d.f("Patient: {n}\nDate of birth: {dob}\nInsurance: {ins}   Member ID: {mid}   Group: {grp}\nRxBIN {bin}  PCN {pcn}\n\n",
        n=p.styled(r, ["full", "lcf"]), dob=DOB(r), ins=r.choice(["BlueSky Health PPO", "Unity Care HMO", "Crestline Medicare Advantage"]),
        mid=health_plan(r), grp=rd(r, 6), bin=rd(r, 6), pcn=rs(r, 6, UP + DIG))
    d.f("Items: {drug} 20 mg x 30 (NDC {ndc}), {drug2} inhaler x 1\nOriginal charge {amt} to HSA card {mc} on {dt}.\n\n",
        drug=r.choice(["atorvastatin", "lisinopril", "sertraline", "metformin"]), ndc="%s-%s-%s" % (rd(r, 5), rd(r, 4), rd(r, 2)),
        drug2=r.choice(["albuterol", "fluticasone"]), amt=amount(r, "en", 10, 300), mc=masked_card(r), dt=D(r))
    d.f("Claim was re-adjudicated after the plan update; patient responsibility dropped to ${c:.2f}. The difference is refunded "
        "to the HSA card within 3-5 business days. Pharmacist on duty: {rph}, PharmD. Questions: {ph}.\n",
        c=r.uniform(0, 40), rph=P(person(r).plain), ph=phone(r, "US"))


@kind("E")
def k_dme_return_authorization(d):
    r = d.r
    p = person(r)
    a = addr(r, "US")
    d.f("DURABLE MEDICAL EQUIPMENT — RETURN AUTHORIZATION\nSupplier marketplace: {mk} Medical   RA# {ra}\n\n",
        mk=r.choice(MARKETS)[0], ra=rd(r, 7))
    d.f("Patient name: {n}      MRN: {mrn}\nDOB: {dob}\nDelivery address: {ad}\nOrdering clinic: {cl}, {pl}\n",
        n=p.styled(r, ["upper", "lcf", "full"]), mrn=mrn(r), dob=DOB(r, style="us"), ad=A1(a),
        cl=r.choice(["Lakeside Orthopedics", "North Valley Pulmonary", "Riverbend Family Practice"]), pl=LOC("%s, %s" % (a.city, a.region)))
    d.f("Item: {it}  Serial {sn}  HCPCS {hc}\nReason: {rs}\nPickup scheduled: {pu}\nCaregiver contact: {cg}, {ph}\n\n",
        it=r.choice(["Knee scooter", "CPAP machine", "Hospital bed, semi-electric", "Portable oxygen concentrator"]),
        sn=rs(r, 10, UP + DIG), hc=r.choice(["E0118", "E0601", "E0260", "E1392"]), rs=r.choice(["No longer needed", "Wrong size", "Malfunction"]),
        pu=DT(r, style=r.choice(["us", "mdy"])), cg=P(person(r).plain), ph=phone(r, "US"))
    d.f("Refund of rental balance {amt} to the card on file ({mc}). Insurance billed under member {mid}.\n",
        amt=amount(r, "en", 20, 600), mc=masked_card(r), mid=health_plan(r))


@kind("E")
def k_slack_fraud_channel(d):
    r = d.r
    clk = LogClock(r)
    d.f("#fraud-ops  ·  exported {ts}\n\n", ts=logts(r, "isoz"))
    users = [handle(r) for _ in range(3)]
    cust = person(r)
    d.f("{t}  {u}: new case {cn} — buyer {n} placed 7 orders in 10 min, all shipping to {pl}\n",
        t=clk.hm(), u=users[0], cn=case_no(r), n=P(cust.full), pl=place(r))
    d.f("{t}  {u}: same card BIN as yesterday. IP {ip}\n", t=clk.hm(), u=users[1], ip=ip_any(r))
    d.f("{t}  {u}: phone on the account is {ph}, carrier says prepaid\n", t=clk.hm(), u=users[0], ph=phone(r, r.choice(["US", "GB", "NG"])))
    d.f("{t}  {u}: blocking. {cf} has emailed support from {em} already lol\n", t=clk.hm(), u=users[2], cf=P(cust.first), em=email_of(r, cust))
    if chance(r, 0.7):
        d.f("{t}  {u}: btw the alert bot is down, someone pasted its token in #general: {tok} — rotating now\n",
            t=clk.hm(), u=users[1], tok=slack_token(r))
    d.f("{t}  {u}: :white_check_mark: done, see runbook {u2}\n", t=clk.hm(), u=users[2], u2=url(r, "wiki.kestrelmarket.com", "/fraud/runbooks/%d" % r.randint(10, 99)))


@kind("E")
def k_sdk_github_issue(d):
    r = d.r
    d.f("### Bug: `RefundClient.create()` throws 403 after upgrading to {v}\n\n**Environment**\n- SDK: basaltpay-python {v}\n"
        "- Python 3.{py}\n- OS: Ubuntu 22.04\n\n**Steps to reproduce**\n```python\nimport basaltpay\nclient = basaltpay.Client(\n",
        v=version(r), py=r.randint(9, 12))
    d.f("    api_key=\"{k}\",\n    account=\"acct_{ac}\",\n)\nclient.refunds.create(charge=\"ch_{ch}\", amount=1299)\n```\n\n",
        k=stripe_key(r) if chance(r, 0.5) else gsecret(r, "plain"), ac=rs(r, 16), ch=rs(r, 24))
    d.f("**Traceback**\n```\nFile \"/srv/app/refunds.py\", line {ln}, in issue_refund\nbasaltpay.error.PermissionError: 403 (req_{rq})\n```\n\n",
        ln=r.randint(20, 400), rq=rs(r, 14))
    if chance(r, 0.6):
        d.f("CI uses `GH_TOKEN: ${{ secrets.GH_TOKEN }}` normally but I hardcoded `{g}` while debugging, sorry.\n\n", g=gh_token(r))
    d.f("---\n**maintainer** commented: Thanks! Please revoke the key you pasted. Fixed in {v2} (commit {c}).\n",
        v2=version(r), c=sha(r, 7))


@kind("E")
def k_escrow_release_notice(d):
    r = d.r
    b, s = person(r), person(r)
    d.f("ESCROW RELEASE NOTICE\nEscrow no.: ESC-{e}\nTransaction: {it}, {amt}\n\n", e=rd(r, 9), it=r.choice(["Domain name purchase", "Used car (VIN %s)" % vin(r),
                                                                                                      "Vintage watch", "Bulk inventory lot"]), amt=amount(r, "en", 500, 40000))
    d.f("Buyer:  {bn}  <{be}>\nSeller: {sn}  <{se}>\n\n", bn=P(b.full), be=email_of(r, b), sn=P(s.full), se=email_of(r, s))
    d.f("Inspection period ended on {ie}. The buyer accepted the goods. Funds will be released to the seller's account "
        "{ib} on {rd}.\n\n", ie=DT(r), ib=iban(r) if chance(r, 0.5) else [acct(r), " (routing " + routing(r) + ")"], rd=D(r))
    d.f("Vehicle plate on delivery receipt: {pl}. Delivered to {ad}.\n", pl=plate(r), ad=A1(addr(r)))
    d.t("Disbursement schedule:\n")
    for i in range(r.randint(1, 3)):
        d.f("  tranche {i}: {a} — {dt}\n", i=i + 1, a=amount(r), dt=D(r, style="iso"))


@kind("E")
def k_affiliate_payout_markdown(d):
    r = d.r
    d.f("## Affiliate payouts — cycle {c}\n\nApproved by finance ({ap}). Payment run {pr}.\n\n| Affiliate | Contact | Payout IBAN | Amount | Clicks |\n|---|---|---|---|---|\n",
        c=rd(r, 4), ap=P(person(r).plain), pr=D(r))
    for _ in range(r.randint(3, 7)):
        p = person(r, r.choice(["DE", "FR", "NL", "ES", "IT", "PL", "GB", "IE"]))
        cc = p.cc if p.cc in IBAN_SPEC else "IE"
        d.f("| {n} | {em} | {ib} | {a} | {cl} |\n", n=p.styled(r, ["full", "plain", "lcf"]), em=email_of(r, p),
            ib=iban(r, cc, grouped=r.random() < 0.3), a=amount(r, "en", 20, 3000), cl="{:,}".format(r.randint(100, 90000)))
    d.f("\n_Note: affiliate `{h}` (promo code {pc}) is on hold pending tax form._\n", h=handle(r), pc=rs(r, 8, UP + DIG))


@kind("E")
def k_subscription_cancel_email(d):
    r = d.r
    p = person(r)
    svc = r.choice(["Kindred Club Plus", "Cartwheel Prime Delivery", "Quokka Rewards Premium", "Ledgerline Pro"])
    email_header(d, named_addr(P(p.full), email_of(r, p)), [role_email(r, "kindredclub.com", "care")], "Cancel my membership")
    d.f("Hello,\n\nPlease cancel my {svc} membership effective immediately. My customer account number is {an} and "
        "the membership was renewed on {rn} without any reminder. I'd like a refund of the {amt} renewal fee.\n\n",
        svc=svc, an=acct(r, "cust"), rn=D(r), amt=amount(r, "en", 5, 140))
    d.f("I also want my phone number ({ph}) removed from marketing texts. My dog {pet} keeps getting \"birthday\" coupons, "
        "which is funny but please stop.\n\nRegards,\n{n}\n{ad}\n",
        ph=phone_for(r, p), pet=r.choice(PETS), n=P(p.plain if chance(r, 0.6) else p.first), ad=A1(addr(r)))


@kind("E")
def k_gift_card_scam_report(d):
    r = d.r
    v = person(r)
    d.f("Trust & Safety — gift card scam intake\nReport {t}\n\nReporter: {n}, age 7{ag}\nContact: {ph} / {em}\n\n",
        t=ticket(r), n=P(v.full), ag=r.randint(0, 9), ph=phone_for(r, v), em=email_of(r, v))
    d.f("Summary: On {dt} the reporter received a call from someone claiming to be from \"{br} fraud department\" "
        "(caller ID showed {sph}). The caller told them to buy {cnt} gift cards at a store in {pl} and read the codes aloud. "
        "Codes (already redeemed): {c1}, {c2}.\n\n",
        dt=DT(r), br=r.choice(["Wells Fargo", "Charles Schwab", "Kestrel Market", "Basalt Pay"]), sph=phone(r, "US"),
        cnt=r.randint(2, 8), pl=place(r, "US"), c1=rs(r, 16, UP + DIG), c2=rs(r, 16, UP + DIG))
    d.f("Redemption traced to account {h} ({ip}); funds spent on electronics shipped to {ad}.\n"
        "Reporter's grandson {gs} helped file this report. Recommend: freeze recipient account, refer to law enforcement.\n",
        h=handle(r), ip=ip_any(r), ad=A1(addr(r)), gs=P(person(r, v.cc).first))


@kind("E")
def k_address_change_log(d):
    r = d.r
    clk = LogClock(r)
    p = person(r)
    a_old, a_new = addr(r), addr(r)
    d.f("customer-profile audit trail · customer {cid}\n\n", cid="cus_" + rs(r, 14))
    d.f("{ts} INFO  profile.update field=shipping_address actor=customer ip={ip}\n  old: {o}\n  new: {n}\n",
        ts=clk("iso"), ip=ip_any(r), o=A1(a_old), n=A1(a_new))
    d.f("{ts} INFO  profile.update field=name actor=agent:{ag}\n  old: {o}\n  new: {n}\n",
        ts=clk("iso"), ag=handle(r), o=P(p.plain), n=P(p.first + " " + r.choice([x for x in NAMES[p.cc][1] if x != p.last])))
    d.f("{ts} WARN  risk.flag reason=address_change_before_high_value_order order={on} amount={amt}\n",
        ts=clk("iso"), on=order_no(r), amt=amount(r, "en", 900, 4000))
    d.f("{ts} INFO  verification.sms sent_to={ph} template=addr_change_v{v}\n", ts=clk("iso"), ph=phone_for(r, p, intl=True), v=r.randint(2, 5))
    d.f("\nAgent comment: customer says they moved to {pl} on {dd}; confirmed via call-back. Marriage name change, "
        "docs on file.\n", pl=LOC(a_new.city), dd=D(r))


@kind("E")
def k_vcard_merchant_contact(d):
    r = d.r
    p = person(r)
    a = addr(r, r.choice(["US", "GB", "DE", "FR", "NL", "CA"]))
    shop = r.choice(SHOPS)
    d.t("Seller onboarding — key contact (exported from CRM)\n\nBEGIN:VCARD\nVERSION:3.0\n")
    d.f("N:{n}\nFN:{fn}\nORG:{org}\nTITLE:{ti}\n", n=P("%s;%s%s" % (p.last, p.first, (";" + p.mi) if p.mi else "")),
        fn=P(p.full), org=shop, ti=r.choice(["Founder", "Finance Manager", "Head of Ecommerce"]))
    d.f("TEL;TYPE=WORK,VOICE:{t1}\nTEL;TYPE=CELL:{t2}\nEMAIL;TYPE=INTERNET:{em}\n", t1=phone(r, a.cc, intl=True), t2=phone_for(r, p), em=email_of(r, p))
    d.f("ADR;TYPE=WORK:;;{adr}\n", adr=("%s;%s;%s;%s;%s" % (a.line1(), a.city, a.region or "", a.postcode, COUNTRY["en"][a.cc]), "ADDRESS"))
    if chance(r, 0.5):
        d.f("BDAY:{b}\n", b=DOB(r, style="iso"))
    d.f("URL:{u}\nREV:{rev}\nEND:VCARD\n\nCRM note: prefers contact by {pref}; payouts weekly.\n",
        u=url(r, fold(shop).lower().replace("&", "").replace(".", "") + ".com", "/"), rev=logts(r, "isoz"),
        pref=r.choice(["e-mail", "WhatsApp", "phone"]))


@kind("E")
def k_stolen_parcel_claim(d):
    r = d.r
    p = person(r)
    a = addr(r)
    mk, dom = r.choice(MARKETS)
    d.f("{mk} A-to-Z Guarantee claim\nClaim ID: {cid}\nStatus: Under review\n\n", mk=mk, cid=case_no(r))
    d.f("What happened?\n  \"My package was stolen from the porch. The doorbell camera shows someone taking it at {tm} on {dd}. "
        "I filed a police report with the {pl} police department (report no. {pr}).\"\n\n",
        tm=TM(r), dd=D(r, style="wd"), pl=LOC(a.city), pr=rd(r, 2) + "-" + rd(r, 6))
    d.f("Claimant: {n}\nAddress: {ad}\nPhone: {ph}\nPreferred resolution: {res}\n\n",
        n=P(p.full), ad=A1(a), ph=phone_for(r, p), res=r.choice(["Refund", "Replacement"]))
    d.f("Seller response ({shop}): \"Carrier {cour} marked it delivered with photo. We can send a replacement if {mk} covers it.\"\n"
        "Decision due by {due}.\n", shop=r.choice(SHOPS), cour=r.choice(COURIERS)[0], mk=mk, due=D(r))


@kind("E")
def k_settlement_bank_statement(d):
    r = d.r
    biz = r.choice(SHOPS)
    bank = r.choice(BANKS[:6])
    a = addr(r, "US")
    p1 = rdate(r)
    d.f("{bank}\nBusiness Checking Statement\n\n{biz}\nATTN: {n}\n{ad}\n\nAccount number: {an}\nStatement period: {p1} through {p2}\n\n",
        bank=bank, biz=biz.upper(), n=P(person(r).plain.upper()), ad=(a.multi().upper(), "ADDRESS"), an=acct(r),
        p1=E(fmt_date(r, p1, "en", "us"), "DATE_TIME"), p2=E(fmt_date(r, p1 + timedelta(days=r.choice([27, 29, 30])), "en", "us"), "DATE_TIME"))
    d.t("DATE   DESCRIPTION                                   AMOUNT\n")
    for _ in range(r.randint(5, 9)):
        desc = r.choice(["BASALTPAY PAYOUT %s" % rd(r, 10), "KESTREL MKT SETTLEMENT %s" % rs(r, 8, UP + DIG),
                         "ACH DEBIT FERNLOOP FEES", "CHARGEBACK %s" % case_no(r), "WIRE IN REF %s" % rd(r, 12),
                         "TRANSFER TO SAVINGS XXXXXX%s" % rd(r, 4), "POS PURCHASE TIM HORTONS", "RETURN ITEM FEE"])
        dd = rdate(r)
        d.f("{dd}  {desc}{amt}\n", dd=E("%02d/%02d" % (dd.month, dd.day), "DATE_TIME"), desc=desc.ljust(44)[:44], amt="%10.2f" % r.uniform(-3000, 9000))
    d.f("\nQuestions? Call {ph}. Routing/ABA {rt}.\n", ph=phone(r, "US"), rt=routing(r))


@kind("E")
def k_sar_narrative(d):
    r = d.r
    s = person(r, r.choice(["US", "US", "MX", "NG", "UA", "CN", "VN"]))
    a = addr(r, "US")
    d.f("SUSPICIOUS ACTIVITY REPORT — NARRATIVE (draft, internal)\nFiling institution: {inst}   Internal case {cn}\n\n",
        inst=r.choice(PAYS)[0], cn=case_no(r))
    d.f("Subject: {n}, DOB {dob}, SSN {ssn}, residing at {ad}. Subject holds merchant account {an} (sole prop, "
        "\"{shop}\") and personal wallet linked to card {cd}.\n\n",
        n=s.styled(r, ["upper", "full"]), dob=DOB(r), ssn=ssn(r), ad=A1(a), an=acct(r), shop=r.choice(SHOPS), cd=card(r))
    d.f("Between {d1} and {d2}, the account received 214 card payments averaging $9.80 from cards issued in 31 countries, "
        "followed by same-day instant payouts to three external accounts. IP addresses used for payouts ({ip1}, {ip2}) "
        "belong to a VPN provider. Subject's phone {ph} is also listed on two closed accounts under the name {al}.\n\n",
        d1=D(r), d2=D(r), ip1=ip4(r), ip2=ip_any(r), ph=phone(r, "US"), al=P(person(r).plain))
    d.f("Pattern is consistent with card-testing / transaction laundering. Total amount {amt}. "
        "Prepared by {pr}, BSA Officer. Not to be disclosed to the subject.\n", amt=amount(r, "en", 2000, 90000), pr=P(person(r).full))


@kind("E")
def k_review_moderation_queue(d):
    r = d.r
    mk, dom = r.choice(MARKETS)
    d.f("{mk} — Review moderation queue (PII filter)\n\n", mk=mk)
    for i in range(r.randint(3, 5)):
        prod = r.choice(PRODUCT_NAMES + PERSON_BRANDS)
        d.f("#{n}  product: {pr}  rating: {st}/5  reviewer: {h}\n", n=rd(r, 7), pr=prod, st=r.randint(1, 5), h=handle(r))
        x = r.random()
        if x < 0.3:
            p = person(r)
            d.f("  \"Seller {sn} was super helpful, call them at {ph} if yours breaks too.\"\n  -> flag: phone number\n",
                sn=P(p.first), ph=phone_for(r, p))
        elif x < 0.5:
            d.f("  \"Arrived late, it went to {ad} instead of my flat!!\"\n  -> flag: address\n", ad=A1(addr(r)))
        elif x < 0.7:
            p = person(r)
            d.f("  \"Contact me at {em} for a cheaper one\"\n  -> flag: off-platform contact ({pn})\n", em=email_of(r, p), pn=P(p.plain))
        else:
            d.f("  \"My cat {pet} loves it. Bought the {br} version too. 10/10 would buy again.\"\n  -> no PII\n",
                pet=r.choice(PETS), br=r.choice(PERSON_BRANDS))


@kind("E")
def k_pos_terminal_log(d):
    r = d.r
    clk = LogClock(r)
    tid = "T" + rd(r, 7)
    d.f("POS terminal {tid} firmware {fw} — debug dump requested by support ({t})\n", tid=tid, fw=version(r), t=ticket(r))
    for _ in range(r.randint(6, 10)):
        ts = clk("space")
        x = r.random()
        if x < 0.3:
            d.f("{ts} EMV  AID=A0000000041010 PAN={mc} TVR=0000008000 ARQC ok\n", ts=ts, mc=masked_card(r))
        elif x < 0.45:
            d.f("{ts} DBG  track2 unmasked (debug build!) PAN={c}\n", ts=ts, c=E(card_digits(r)[0], "CREDIT_CARD"))
        elif x < 0.6:
            d.f("{ts} NET  connect host={ip}:8443 tls1.2 ok\n", ts=ts, ip=ip4(r))
        elif x < 0.7:
            d.f("{ts} TXN  refund amount={a} stan={s} rrn={rrn}\n", ts=ts, a=amount(r), s=rd(r, 6), rrn=rd(r, 12))
        elif x < 0.8:
            d.f("{ts} AUTH declined code=05 pan={bc} (luhn check failed locally)\n", ts=ts, bc=bad_card(r).replace(" ", ""))
        else:
            d.f("{ts} SYS  battery={b}% heap={h}KB uptime=3d04h\n", ts=ts, b=r.randint(5, 100), h=r.randint(80, 900))
    d.f("Merchant contact on file: {n}, {ph}\n", n=P(person(r).plain), ph=phone(r, r.choice(["US", "GB", "DE", "NL"])))


@kind("E")
def k_dispute_call_ics(d):
    r = d.r
    org, att = person(r), person(r)
    dd = rdate(r)
    h = r.randint(8, 17)
    d.f("BEGIN:VCALENDAR\nPRODID:-//Basalt Pay//Disputes//EN\nVERSION:2.0\nBEGIN:VEVENT\nUID:{u}\n"
        "DTSTAMP:{st}\nCREATED:{cr}\n", u=uid(r), st=dd.strftime("%Y%m%d") + "T%02d%02d00Z" % (r.randint(0, 23), r.randint(0, 59)),
        cr=(dd - timedelta(days=r.randint(1, 9))).strftime("%Y%m%dT101500Z"))
    d.f("DTSTART;TZID=Europe/Berlin:{s}\nDTEND;TZID=Europe/Berlin:{e}\n",
        s=E(dd.strftime("%Y%m%d") + "T%02d0000" % h, "DATE_TIME"), e=E(dd.strftime("%Y%m%d") + "T%02d3000" % h, "DATE_TIME"))
    d.f("SUMMARY:Pre-arbitration call - case {cn}\nORGANIZER;CN={on}:mailto:{oe}\nATTENDEE;CN={an}:mailto:{ae}\n",
        cn=case_no(r), on=P(org.plain), oe=email_of(r, org, "basaltpay.com"), an=P(att.plain), ae=email_of(r, att))
    d.f("LOCATION:{u}\nDESCRIPTION:Join: {u2}\\nMeeting ID: {mid}\\nPasscode: {pc}\\nDial-in: {ph}\n",
        u=url(r, "meet.videobridge.io", "/j/" + rd(r, 10)), u2=url(r, "meet.videobridge.io", "/j/" + rd(r, 10) + "?pwd=" + rs(r, 12)),
        mid=" ".join([rd(r, 3), rd(r, 4), rd(r, 4)]), pc=passcode(r), ph=phone(r, r.choice(["US", "DE", "GB"]), intl=True))
    d.f("LAST-MODIFIED:{lm}\nEND:VEVENT\nEND:VCALENDAR\n", lm=(dd - timedelta(days=1)).strftime("%Y%m%dT080000Z"))


@kind("E")
def k_edi_856_asn(d):
    r = d.r
    ts = rdate(r)
    ymd = ts.strftime("%y%m%d")
    ctl = rd(r, 9)
    d.f("ISA*00*          *00*          *ZZ*{snd}*ZZ*{rcv}*{ymd}*{hm}*U*00401*{ctl}*0*P*>~\n"
        "GS*SH*{snd2}*{rcv2}*{ymd8}*{hm}*{g}*X*004010~\nST*856*0001~\n",
        snd=("KESTRELMKT").ljust(15), rcv=("SWIFTCRATE").ljust(15), ymd=ymd, hm="%02d%02d" % (r.randint(0, 23), r.randint(0, 59)),
        ctl=ctl, snd2="KESTRELMKT", rcv2="SWIFTCRATE", ymd8=ts.strftime("%Y%m%d"), g=r.randint(1, 9999))
    d.f("BSN*00*{sid}*{d8}*{hm}~\nDTM*011*{sd}~\n", sid="SH" + rd(r, 8), d8=ts.strftime("%Y%m%d"), hm="%02d%02d" % (r.randint(0, 23), r.randint(0, 59)),
        sd=E(rdate(r).strftime("%Y%m%d"), "DATE_TIME"))
    p = person(r, "US")
    a = addr(r, "US")
    d.f("N1*ST*{n}~\nN3*{l1}~\nN4*{c}*{s}*{z}*US~\nPER*IC*{pn}*TE*{ph}~\n",
        n=P(p.plain.upper()), l1=E(a.line1().upper(), "ADDRESS"), c=LOC(a.city.upper()), s=LOC(a.region), z=a.postcode,
        pn=P(person(r).plain.upper()), ph=E(re.sub(r"\D", "", phone(r, "US", intl=False)[0])[-10:], "PHONE_NUMBER"))
    d.f("N1*SF*{w}~\nN3*{l1}~\nN4*{c}*{s}*{z}*US~\n", w="KESTREL FULFILMENT " + r.choice(FACILITY), l1=E(addr(r, "US").line1().upper(), "ADDRESS"),
        c=LOC(city_of(r, "US").upper()), s=LOC(r.choice(list(US_STATES))), z=rd(r, 5))
    for i in range(r.randint(1, 3)):
        d.f("HL*{i}**I~\nLIN**SK*{sk}~\nSN1**{q}*EA~\nREF*CN*{tn}~\n", i=i + 2, sk=sku(r).replace("ASIN ", ""), q=r.randint(1, 12), tn=tracking(r).replace(" ", ""))
    d.f("CTT*{n}~\nSE*{se}*0001~\nGE*1*{g}~\nIEA*1*{ctl}~\n", n=r.randint(1, 3), se=r.randint(12, 30), g=r.randint(1, 9999), ctl=ctl)


@kind("E")
def k_form_1099k_summary(d):
    r = d.r
    p = person(r, r.choice(["US", "US", "IN", "KR", "MX", "VN"]))
    a = addr(r, "US")
    mk, dom = r.choice(MARKETS + PAYS)
    d.f("Form 1099-K (Copy B for Payee) — summary view\nTax year {y}\n\nFILER: {mk} Payments LLC, EIN {ein}\n", y=r.randint(2023, 2025), mk=mk.split()[0],
        ein=rd(r, 2) + "-" + rd(r, 7))
    d.f("PAYEE'S name: {n}\nPAYEE'S TIN: {tin}\nStreet address (including apt. no.): {st}\nCity or town, state or province, country, and ZIP: {cl}\n"
        "Account number (see instructions): {an}\n\n",
        n=p.styled(r, ["upper", "full"]), tin=ssn(r) if chance(r, 0.8) else "XXX-XX-" + rd(r, 4), st=E(a.line1(), "ADDRESS"),
        cl=[LOC(a.city), ", ", LOC(a.region), " " + a.postcode], an=acct(r, "cust"))
    d.t("1a Gross amount of payment card/third party network transactions: $%s\n" % "{:,.2f}".format(r.uniform(20000, 200000)))
    d.t("3  Number of payment transactions: %d\n" % r.randint(200, 9000))
    for m in ["Jan", "Feb", "Mar", "Apr", "May", "Jun"][:r.randint(3, 6)]:
        d.t("5%s %s  $%s\n" % ("abcdef"[["Jan", "Feb", "Mar", "Apr", "May", "Jun"].index(m)], m.ljust(3), "{:,.2f}".format(r.uniform(500, 20000))))
    d.f("\nIf the TIN shown is incorrect, update it at {u} before {dl}.\n", u=url(r, dom, "/tax/profile"), dl=D(r, style="mdy"))


@kind("E")
def k_db_migration_log(d):
    r = d.r
    clk = LogClock(r)
    user = r.choice(["ledger", "payouts_rw", "postgres", "kyc_app"])
    d.f("$ ./migrate --env prod up\n{ts} INFO  migrator {v} starting\n", ts=clk("space"), v=version(r))
    d.f("{ts} INFO  connecting to postgresql://{u}:{pw}@{h}:5432/ledger?sslmode=require\n",
        ts=clk("space"), u=user, pw=password(r, dsn_safe=True), h=r.choice(["ledger-db.internal", "pg-ledger-01.prod.lan"]))
    for i in range(r.randint(3, 6)):
        d.f("{ts} INFO  applying {n}_{nm}.sql ... ok ({ms} ms)\n", ts=clk("space"), n=r.randint(100, 400),
            nm=r.choice(["add_payout_holds", "chargeback_reason_idx", "kyc_docs_bucket", "drop_legacy_bnpl", "refund_state_machine"]), ms=r.randint(3, 9000))
    d.f("{ts} WARN  redis fallback redis://:{pw}@{ip}:6379/0 used\n", ts=clk("space"), pw=password(r, dsn_safe=True), ip=ip4(r, private=True))
    d.f("{ts} INFO  done in 14.2s, schema version {sv}\n# ran by {n} on bastion {ip}\n", ts=clk("space"), sv=sha(r, 12),
        n=P(person(r).plain), ip=ip4(r, private=True))


@kind("E")
def k_buyer_protection_claim_form(d):
    r = d.r
    p = person(r)
    pay, dom = r.choice(PAYS)
    d.f("[ {pay} Buyer Protection — Claim form ]\n\n", pay=pay)
    fields = [("Full name", P(p.full)), ("Email", email_of(r, p)), ("Phone", phone_for(r, p)),
              ("Transaction ID", rs(r, 17, UP + DIG)), ("Seller", r.choice(SHOPS)), ("Transaction date", D(r)),
              ("Amount", amount(r)), ("Problem", r.choice(["Item not received", "Significantly not as described", "Unauthorized transaction"])),
              ("Shipping address", A1(addr(r))), ("Card used", masked_card(r))]
    for k, v in fields:
        d.f("  {k:<18}: {v}\n".replace("{k:<18}", "{k}"), k=k.ljust(18), v=v)
    d.f("\nDescribe what happened:\n> The seller stopped replying after {dt}. Their listing said the {it} ships from {pl} "
        "within 2 days. It is now 3 weeks. I attached screenshots of my messages with {sn}.\n\n",
        dt=D(r, style=r.choice(["mdy", "dmy", "abbr"])), it=r.choice(PRODUCTS), pl=place(r), sn=P(person(r).first))
    d.f("[x] I confirm the information is accurate.   Submitted from IP {ip}\n", ip=ip_any(r))


@kind("E")
def k_travel_rule_json(d):
    r = d.r
    o, b = person(r), person(r)
    ex1, ex2 = r.sample(CRYPTO, 2)
    oa = addr(r, r.choice(["US", "GB", "DE", "FR", "NL", "CA", "AU"]))
    d.f("// IVMS101 travel-rule payload, transfer {tid}\n{\n  \"originator\": {\n    \"originatorPersons\": [{\n      \"naturalPerson\": {\n"
        "        \"name\": {\"nameIdentifier\": [{\"primaryIdentifier\": \"{ln}\", \"secondaryIdentifier\": \"{fn}\"}]},\n"
        "        \"geographicAddress\": [{\"addressLine\": [\"{al}\"], \"townName\": \"{tn}\", \"country\": \"{cc}\"}],\n"
        "        \"dateAndPlaceOfBirth\": {\"dateOfBirth\": \"{dob}\", \"placeOfBirth\": \"{pob}\"},\n"
        "        \"nationalIdentification\": null\n      }\n    }],\n    \"walletAddress\": \"{an}\"\n  },\n",
        tid=uid(r), ln=P(o.last), fn=P(o.first), al=E(oa.line1(), "ADDRESS"), tn=LOC(oa.city), cc=oa.cc,
        dob=DOB(r, style="iso"), pob=LOC(city_of(r, r.choice(list(ADDR)))), an="0x" + rs(r, 40, HEX))
    d.f("  \"beneficiary\": {\n    \"beneficiaryPersons\": [{\"naturalPerson\": {\"name\": {\"nameIdentifier\": [{\"primaryIdentifier\": \"{bln}\", \"secondaryIdentifier\": \"{bfn}\"}]}}}],\n"
        "    \"walletAddress\": \"{ba}\"\n  },\n  \"originatingVASP\": \"{v1}\",\n  \"beneficiaryVASP\": \"{v2}\",\n"
        "  \"transferredAmount\": \"{amt} USDC\",\n  \"transactionHash\": \"0x{th}\",\n  \"executionDate\": \"{ed}\"\n}\n",
        bln=P(b.last), bfn=P(b.first), ba="0x" + rs(r, 40, HEX), v1=ex1[0], v2=ex2[0], amt=round(r.uniform(1000, 90000), 2), th=sha(r, 64), ed=D(r, style="iso"))


# ======================= other languages, with entities ====================
def mail_head(d, labels, frm, to, subject):
    """localized e-mail header; Date value is a header timestamp (not labelled)."""
    lf, lt, ld, ls = labels
    d.t(lf + ": ").add(frm).t("\n" + lt + ": ").add(to).t("\n")
    d.f(ld + ": {dt}\n" + ls + ": ", dt=mail_date(d.r)).add(subject).t("\n\n")


@kind("N", "de")
def k_de_refund_email(d):
    r = d.r
    mk, dom = r.choice(MARKETS)
    p = person(r, lang="de")
    a = addr(r, "DE")
    mail_head(d, ("Von", "An", "Datum", "Betreff"), [mk + " <", role_email(r, dom, "noreply"), ">"],
              named_addr(P(p.plain), email_of(r, p, r.choice(MAILDOM["DE"]))), "Ihre Rückerstattung zur Bestellung " + order_no(r))
    h = hon(r, p, "de")
    if h and chance(r, 0.6):
        d.f("Guten Tag {h}{n},\n\n", h=h, n=P(p.last))
    else:
        d.f("Hallo {n},\n\n", n=P(p.full if chance(r, 0.5) else p.first))
    d.f("wir haben Ihre Rücksendung am {dt} in unserem Retourenzentrum {fc} erhalten und geprüft. "
        "Der Betrag von {amt} wird Ihnen in den nächsten 3–5 Werktagen erstattet.\n\n",
        dt=D(r, "de"), fc=r.choice(FACILITY), amt=amount(r, "de"))
    if chance(r, 0.5):
        d.f("Da Sie per Vorkasse bezahlt haben, überweisen wir auf das Konto {ib} (Kontoinhaber: {kh}).\n\n",
            ib=iban(r, r.choice(["DE", "DE", "AT"])), kh=P(p.plain))
    else:
        d.f("Die Gutschrift erfolgt auf Ihre Karte {mc}.\n\n", mc=masked_card(r))
    d.f("Lieferadresse der ursprünglichen Bestellung:\n{ad}\n\nFragen? Unser Kundenservice ist unter {ph} erreichbar "
        "oder im Hilfecenter: {u}\n\nMit freundlichen Grüßen\n{sig}\nKundenservice {mk}\n",
        ad=AM(a), ph=phone(r, "DE"), u=url(r, dom, "/de/hilfe/rueckerstattung"), sig=P(person(r, "DE").first), mk=mk)


@kind("N", "de")
def k_de_haendler_onboarding(d):
    r = d.r
    p = person(r, lang="de")
    a = addr(r, "DE")
    mk = r.choice(MARKETS)[0]
    d.f("{mk} – Händler-Onboarding / Identitätsprüfung (KYC)\nAntragsnummer: {an}\n\n", mk=mk, an="ONB-" + rd(r, 7))
    d.f("Angaben zur vertretungsberechtigten Person\n  Vorname:            {fn}\n  Nachname:           {ln}\n"
        "  Geburtsdatum:       {dob}\n  Geburtsort:         {gb}\n  Staatsangehörigkeit: deutsch\n",
        fn=P(p.first), ln=P(p.last), dob=DOB(r, "de"), gb=LOC(city_of(r, r.choice(["DE", "DE", "PL", "IT"]))))
    d.f("  Straße, Hausnummer: {st}\n  PLZ:                {plz}\n  Ort:                {ort}\n  Bundesland:         {bl}\n",
        st=E(a.line1(), "ADDRESS"), plz=a.postcode, ort=LOC(a.city), bl=LOC(a.region))
    d.f("  Telefon:            {ph}\n  E-Mail:             {em}\n  Führerscheinnummer: {dl}\n\n",
        ph=phone(r, "DE"), em=email_of(r, p), dl=dl_de(r))
    d.f("Unternehmen\n  Firma:              {firma}\n  USt-IdNr.:          DE{ust}\n  Handelsregister:    HRB {hrb}\n\n",
        firma=r.choice(["Müller & Söhne GmbH", "Nordic Knit Studio", "ByteBarn UG (haftungsbeschränkt)", "Kettle & Crumb GmbH"]),
        ust=rd(r, 9), hrb=rd(r, 5))
    d.f("Auszahlungskonto\n  Kontoinhaber:       {kh}\n  IBAN:               {ib}\n  BIC:                {bic}\n\n",
        kh=P(p.plain), ib=iban(r, "DE"), bic=r.choice(["COBADEFFXXX", "DEUTDEFFXXX", "GENODEF1S04"]))
    d.f("Ich bestätige die Richtigkeit der Angaben.\n{ort}, {dt}        Unterschrift: {sig}\n", ort=LOC(a.city), dt=D(r, "de", "num"), sig=P(p.plain))


@kind("N", "de")
def k_de_sepa_mandat(d):
    r = d.r
    p = person(r, lang="de")
    a = addr(r, "DE")
    bn = r.choice(BNPL)[0]
    d.f("SEPA-Lastschriftmandat\n\nZahlungsempfänger: {bn} GmbH\nGläubiger-Identifikationsnummer: DE{ci}ZZZ0{c2}\nMandatsreferenz: {mr}\n\n",
        bn=bn, ci=rd(r, 2), c2=rd(r, 10), mr=rs(r, 12, UP + DIG))
    d.f("Ich ermächtige {bn}, Zahlungen von meinem Konto mittels Lastschrift einzuziehen. Zugleich weise ich mein "
        "Kreditinstitut an, die von {bn} auf mein Konto gezogenen Lastschriften einzulösen.\n\nHinweis: Ich kann innerhalb "
        "von acht Wochen, beginnend mit dem Belastungsdatum, die Erstattung des belasteten Betrages verlangen.\n\n",
        bn=bn)
    d.f("Kontoinhaber: {n}\nAnschrift:\n{ad}\nIBAN: {ib}\nBIC: {bic}\nErste Fälligkeit: {ef}\n\n",
        n=p.styled(r, ["full", "lcf"]), ad=AM(a), ib=iban(r, r.choice(["DE", "DE", "AT"])), bic=r.choice(BICS[:2] + ["GENODEF1S04"]), ef=D(r, "de"))
    d.f("Ort, Datum: {ort}, {dt}\nUnterschrift: {sig}\n", ort=LOC(a.city), dt=D(r, "de", "num"), sig=P(p.plain))


@kind("N", "fr")
def k_fr_contestation_letter(d):
    r = d.r
    p = person(r, lang="fr")
    a = addr(r, "FR")
    d.f("{n}\n{ad}\n{ph}\n{em}\n\n", n=P(p.full), ad=AM(a), ph=phone(r, "FR"), em=email_of(r, p))
    d.f("{banque}\nService Litiges Cartes\n\n{ville}, le {dt}\n\nObjet : contestation d'une opération par carte – dossier {cn}\n\n",
        banque=r.choice(["Crédit Bocage", "Banque Solène", "Caisse Mutuelle du Littoral"]), ville=LOC(a.city), dt=D(r, "fr", "long"), cn=case_no(r))
    d.f("Madame, Monsieur,\n\nJe conteste formellement l'opération de {amt} débitée le {d1} sur ma carte n° {cb} au profit du "
        "vendeur « {v} » sur la place de marché {mk}. La commande n° {on} devait être livrée le {d2} à mon domicile, "
        "mais je n'ai jamais reçu le colis (numéro de suivi {tn}).\n\n",
        amt=amount(r, "fr"), d1=D(r, "fr"), cb=card(r), v=r.choice(SHOPS), mk=r.choice(MARKETS)[0], on=order_no(r), d2=D(r, "fr", "long"), tn=tracking(r))
    d.f("J'ai contacté le vendeur à plusieurs reprises, notamment par téléphone au {vph}, sans obtenir de réponse. "
        "Je vous remercie de bien vouloir procéder au remboursement sur mon compte {ib}.\n\n"
        "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n\n{sig}\n\n"
        "PJ : capture d'écran de la commande, échanges avec le vendeur\n",
        vph=phone(r, r.choice(["FR", "ES", "IT"]), intl=True), ib=iban(r, "FR"), sig=P(p.plain))


@kind("N", "fr")
def k_fr_avis_de_passage(d):
    r = d.r
    p = person(r, lang="fr")
    a, relay = addr(r, "FR"), addr(r, "FR")
    cour = r.choice(COURIERS)[0]
    h = hon(r, p, "fr")
    d.f("{c} — AVIS DE PASSAGE\n\nColis n° {tn}\nExpéditeur : {exp}\n\nDestinataire : {h}{n}\nAdresse : {ad}\n\n",
        c=cour.upper(), tn=tracking(r), exp=r.choice([m[0] for m in MARKETS] + ["Louis Vuitton", "Dr. Martens", "Stella McCartney"]),
        h=h, n=p.styled(r, ["upper", "full"]), ad=A1(a))
    d.f("Notre livreur est passé le {dt} mais n'a pas pu vous remettre votre colis (absent / boîte aux lettres trop petite).\n\n"
        "Votre colis sera disponible à partir du {dispo} au point relais :\n  {pr}\n  {ra}\n\n",
        dt=DT(r, "fr"), dispo=D(r, "fr", r.choice(["long", "wd"])), pr=r.choice(["Tabac Presse Le Balto", "Épicerie du Marché", "Pressing Lavande"]),
        ra=AM(relay))
    d.f("Conservation : 10 jours ouvrés. Munissez-vous d'une pièce d'identité et de cet avis.\nVous pouvez aussi programmer "
        "une nouvelle livraison sur {u} ou au {ph}.\n", u=url(r, r.choice(COURIERS)[1], "/fr/relivraison"), ph=phone(r, "FR"))


@kind("N", "fr")
def k_fr_kyc_dossier(d):
    r = d.r
    p = person(r, lang="fr")
    a = addr(r, "FR")
    ex = r.choice(CRYPTO)[0]
    d.f("Dossier KYC n° {dn} — {ex}\nChargé de conformité : {co}\nNiveau de vigilance : renforcé\n\n",
        dn=rd(r, 8), ex=ex, co=P(person(r, "FR").plain))
    d.f("Identité : {n}, né(e) le {dob} à {lieu}\nPièce fournie : permis de conduire n° {dl}, délivré le {dd}\n",
        n=p.styled(r, ["upper", "full", "lcf"]), dob=DOB(r, "fr", r.choice(["long", "num"])), lieu=LOC(city_of(r, r.choice(["FR", "FR", "ES", "IT"]))),
        dl=dl_generic(r, "FR"), dd=D(r, "fr", "num", 2010, 2024))
    d.f("Justificatif de domicile : facture d'électricité, numéro de compte client {ac}, adresse {ad}\n",
        ac=acct(r, "cust"), ad=A1(a))
    d.f("Coordonnées : {ph} / {em}\nIBAN de retrait déclaré : {ib}\n\n", ph=phone(r, "FR", intl=chance(r, 0.4)), em=email_of(r, p), ib=iban(r, r.choice(["FR", "FR", "BE"])))
    d.f("Observations :\n- Connexions depuis {ip1} et {ip2} ; la seconde adresse est située en {pays}.\n"
        "- Le client déclare des revenus de revente de sneakers ; volume mensuel {amt}.\n"
        "- Entretien téléphonique prévu le {rdv}.\nDécision provisoire : en attente de pièces complémentaires.\n",
        ip1=ip4(r), ip2=ip_any(r), pays=LOC(r.choice(["Belgique", "Espagne", "Allemagne", "Suisse"])), amt=amount(r, "fr", 500, 9000), rdv=DT(r, "fr"))


@kind("N", "es")
def k_es_bnpl_extracto(d):
    r = d.r
    bn, dom = r.choice(BNPL)
    p = person(r, lang="es")
    a = addr(r, "ES")
    total = r.uniform(90, 1500)
    n = r.choice([3, 4, 6])
    d.f("{bn} · Extracto de pagos aplazados\n\nTitular: {n}\nNº de cuenta: {ac}\nDirección: {ad}\n\n",
        bn=bn, n=P(p.full), ac=acct(r, "bnpl"), ad=A1(a))
    d.f("Compra en {m} el {dt} — pedido {on}\nImporte total: {t} € · {n} cuotas sin intereses\n\n",
        m=r.choice(SHOPS + ["Dolce & Gabbana", "Giorgio Armani"]), dt=D(r, "es", "long"), on=order_no(r), t=("%.2f" % total).replace(".", ","), n=n)
    d.t("Cuota   Vencimiento           Importe     Estado\n")
    dd = rdate(r)
    for i in range(n):
        ds = fmt_date(r, dd + timedelta(days=30 * i), "es", "num")
        d.f("{i}/{n}     {ds}            {a} €   {st}\n", i=i + 1, n=n, ds=E(ds, "DATE_TIME"), a=("%.2f" % (total / n)).replace(".", ","),
            st=r.choice(["Pagada", "Pendiente", "Pendiente", "Devuelta"]))
    d.f("\nLas cuotas se cargan en la cuenta {ib}. Si un cargo es devuelto, aplicaremos una comisión de 5,00 €.\n"
        "Atención al cliente: {ph} · {em}\n", ib=iban(r, "ES"), ph=phone(r, "ES"), em=role_email(r, dom, "ayuda"))


@kind("N", "es")
def k_es_chat_exchange(d):
    r = d.r
    c = person(r, lang="es")
    ag = person(r, "ES")
    ex = r.choice(CRYPTO)[0]
    d.f("Transcripción del chat — {ex} Soporte\nConversación {cid}\n\n", ex=ex, cid=uid(r))
    m = r.randint(9, 20) * 60 + r.randint(0, 40)

    def pre():
        nonlocal m
        m += r.randint(0, 3)
        return "%02d:%02d" % (m // 60 % 24, m % 60)
    d.f("{t} {a}: ¡Hola! Soy {af}, ¿en qué puedo ayudarte?\n", t=pre(), a=P(ag.first), af=P(ag.first))
    d.f("{t} {c}: hola, hice un depósito por transferencia hace 3 días y no aparece en mi saldo\n", t=pre(), c=P(c.first))
    d.f("{t} {a}: Lo reviso. ¿Me confirmas el correo de la cuenta y la fecha de la transferencia?\n", t=pre(), a=P(ag.first))
    d.f("{t} {c}: {em}, la hice el {dt} desde mi cuenta {ib}\n", t=pre(), c=P(c.first), em=email_of(r, c), dt=D(r, "es", "long"), ib=iban(r, "ES"))
    d.f("{t} {a}: Gracias. La transferencia llegó sin la referencia {ref}, por eso quedó retenida. "
        "La asigno ahora; verás los {amt} en tu saldo antes de {lim}.\n", t=pre(), a=P(ag.first), ref=rs(r, 8, UP + DIG), amt=amount(r, "es"), lim=TM(r, "es"))
    d.f("{t} {c}: genial. si hay algún problema llamadme al {ph}\n", t=pre(), c=P(c.first), ph=phone(r, "ES"))
    d.f("{t} {a}: Perfecto, {cf}. ¡Que tengas buen día!\n{t2} — El agente ha cerrado la conversación —\n", t=pre(), a=P(ag.first), cf=P(c.first), t2=pre())


@kind("N", "es")
def k_es_reclamacion_form(d):
    r = d.r
    p = person(r, lang="es")
    a = addr(r, "ES")
    prov = {"Madrid": "Madrid", "Barcelona": "Barcelona", "Sevilla": "Sevilla", "Valencia": "Valencia", "Bilbao": "Bizkaia",
            "Málaga": "Málaga", "Zaragoza": "Zaragoza"}[a.city]
    d.f("HOJA DE RECLAMACIÓN — COMERCIO ELECTRÓNICO\nNº de reclamación: {nr}\n\nDATOS DEL RECLAMANTE\n", nr="%d/%s" % (r.randint(2023, 2026), rd(r, 6)))
    d.f("Nombre y apellidos: {n}\nFecha de nacimiento: {dob}\nDomicilio: {dom}\nLocalidad: {loc}    Provincia: {prov}    C.P.: {cp}\n"
        "Teléfono: {ph}    Correo electrónico: {em}\n\n",
        n=P(p.full), dob=DOB(r, "es"), dom=E(a.street, "ADDRESS"), loc=LOC(a.city), prov=LOC(prov), cp=a.postcode,
        ph=phone(r, "ES"), em=email_of(r, p))
    d.f("DATOS DEL RECLAMADO\nEmpresa: {emp}\nWeb: {u}\n\n", emp=r.choice(SHOPS), u=url(r, r.choice(MARKETS)[1], "/es/vendedor/" + rd(r, 6)))
    d.f("HECHOS\nEl día {d1} compré un {prod} (pedido {on}) por {amt}. El producto llegó defectuoso el {d2}. "
        "Solicité la devolución y el vendedor la rechazó alegando que el plazo había vencido.\n\n"
        "PRETENSIÓN\nReembolso íntegro del importe pagado con la tarjeta {mc}.\n\nFirma: {sig}\n",
        d1=D(r, "es"), prod=r.choice(["patinete eléctrico", "móvil reacondicionado", "robot aspirador", "bolso de piel"]),
        on=order_no(r), amt=amount(r, "es"), d2=D(r, "es", "long"), mc=masked_card(r), sig=P(p.plain))


@kind("N", "it")
def k_it_reso_email(d):
    r = d.r
    mk, dom = r.choice(MARKETS)
    p = person(r, lang="it")
    a = addr(r, "IT")
    mail_head(d, ("Da", "A", "Data", "Oggetto"), [mk + " Assistenza <", role_email(r, dom, "assistenza"), ">"],
              [email_of(r, p)], "Richiesta di reso – ordine n. " + order_no(r))
    h = hon(r, p, "it")
    if h:
        d.f("Gentile {h}{n},\n\n", h=h, n=P(p.last if chance(r, 0.5) else p.plain))
    else:
        d.f("Buongiorno {n},\n\n", n=P(p.first))
    d.f("abbiamo ricevuto la Sua richiesta di reso per l'articolo «{it}». Il corriere {c} passerà a ritirare il pacco "
        "{dt} al seguente indirizzo:\n\n{ad}\n\n",
        it=r.choice(PRODUCT_NAMES + ["borsa Michael Kors", "occhiali Ray-Ban", "giacca Giorgio Armani"]), c=r.choice(COURIERS)[0],
        dt=DT(r, "it"), ad=AM(a))
    d.f("Il rimborso di {amt} sarà accreditato sull'IBAN {ib} entro 14 giorni dal ricevimento del reso.\n"
        "Per qualsiasi informazione può contattarci al numero {ph}.\n\nCordiali saluti,\n{sig}\nServizio Clienti {mk}\n",
        amt=amount(r, "it"), ib=iban(r, "IT"), ph=phone(r, "IT"), sig=P(person(r, "IT").plain), mk=mk)


@kind("N", "it")
def k_it_nota_antifrode(d):
    r = d.r
    p = person(r, lang="it")
    a1, a2 = addr(r, "IT"), addr(r, "IT")
    d.f("NOTA ANTIFRODE — pratica n° {pn}\nPiattaforma: {pf}   Punteggio di rischio: {sc}\n\n", pn=case_no(r), pf=r.choice(PAYS)[0], sc=r.randint(500, 990))
    d.f("Cliente: {n}\nNato/a il {dob} a {lnasc}\nCarta utilizzata: {cd}\nIndirizzo di fatturazione: {fa}\nIndirizzo di spedizione: {sa}\n"
        "Telefono: {ph}\nIP: {ip}\n\n",
        n=P("%s, %s" % (p.last.upper() if chance(r, 0.5) else p.last, p.first)), dob=DOB(r, "it"), lnasc=LOC(city_of(r, "IT")),
        cd=card(r), fa=A1(a1), sa=A1(a2), ph=phone(r, "IT", intl=chance(r, 0.3)), ip=ip_any(r))
    d.f("Osservazioni: l'indirizzo di spedizione corrisponde a un deposito utilizzato da rivenditori; tre ordini di "
        "{br} in 20 minuti. Il titolare della carta, contattato il {dt}, dichiara di non aver effettuato gli acquisti.\n"
        "Esito: ordine {on} annullato, carta bloccata.\nAnalista: {an}\n",
        br=r.choice(["Dolce & Gabbana", "Giorgio Armani", "Louis Vuitton"]), dt=DT(r, "it"), on=order_no(r), an=P(person(r, "IT").plain))


@kind("N", "pt")
def k_ptbr_mensagem_vendedor(d):
    r = d.r
    b, s = person(r, lang="pt"), person(r, "BR")
    a = addr(r, "BR")
    mk = r.choice(MARKETS)[0]
    bh = handle(r, b)
    d.f("{mk} · Mensagens do pedido {on}\nProduto: {pr}\n\n", mk=mk, on=order_no(r), pr=r.choice(["fone bluetooth", "air fryer 4L", "tênis de corrida", "capinha de celular"]))
    d.f("[{bh}] Olá! Comprei no dia {dt} e ainda não chegou. O endereço está certo: {ad}. Pode verificar?\n\n",
        bh=bh, dt=D(r, "pt"), ad=A1(a))
    d.f("[{loja}] Oi, {bf}! Tudo bem? O pedido foi postado, código de rastreio {tr}. A previsão de entrega é {prev}. "
        "Qualquer coisa me chama no WhatsApp {ph}. Abraço, {sf}\n\n",
        loja=r.choice(SHOPS), bf=P(b.first), tr=tracking(r), prev=D(r, "pt", r.choice(["long", "wd"])), ph=phone(r, "BR"), sf=P(s.first))
    d.f("[{bh}] Obrigada! Se precisar de nota fiscal, meu e-mail é {em}.\n\n[Sistema] Para sua segurança, não compartilhe "
        "dados de pagamento fora da plataforma.\n", bh=bh, em=email_of(r, b))


@kind("N", "pt")
def k_ptbr_fidelidade_extrato(d):
    r = d.r
    p = person(r, lang="pt")
    a = addr(r, "BR")
    prog = r.choice(["Clube Sabiá", "Programa Ipê Pontos", "Mosaic Miles Club"])
    d.f("{prog} — Extrato de pontos\n\nParticipante: {n}\nNúmero da conta: {ac}\nData de nascimento: {dob}\nEndereço:\n{ad}\n\n",
        prog=prog, n=p.styled(r, ["full", "upper"]), ac=acct(r, "loyalty"), dob=DOB(r, "pt", "num"), ad=AM(a))
    d.t("Data        Descrição                          Pontos\n")
    for _ in range(r.randint(4, 7)):
        ds = fmt_date(r, rdate(r), "pt", "num")
        d.f("{ds}  {desc}{pts}\n", ds=E(ds, "DATE_TIME"),
            desc=r.choice(["Compra " + r.choice(SHOPS), "Bônus de aniversário", "Resgate — vale-presente", "Parceiro Tim Hortons",
                           "Estorno pedido " + order_no(r), "Indicação de amigo"]).ljust(35)[:35],
            pts="%+d" % r.randint(-3000, 2500))
    d.f("\nSaldo atual: {s} pontos. Pontos expiram em {exp}.\nCentral de atendimento: {ph}\n",
        s="{:,}".format(r.randint(100, 90000)).replace(",", "."), exp=D(r, "pt", "long"),
        ph=r.choice([phone(r, "BR"), E("0800 %s %s" % (rd(r, 3), rd(r, 4)), "PHONE_NUMBER")]))


@kind("N", "nl")
def k_nl_retourformulier(d):
    r = d.r
    p = person(r, lang="nl")
    a = addr(r, "NL")
    mk = r.choice(MARKETS)[0]
    d.f("{mk} — Retourformulier\n\nBestelnummer: {on}\nDatum aanvraag: {dt}\n\n", mk=mk, on=order_no(r), dt=D(r, "nl"))
    d.f("Naam:            {n}\nAdres:           {st}\nPostcode:        {pc}\nPlaats:          {pl}\nTelefoon:        {ph}\nE-mail:          {em}\n"
        "Rekeningnummer (IBAN): {ib}\nt.n.v.:          {tnv}\n\n",
        n=P(p.full), st=E(a.street, "ADDRESS"), pc=a.postcode, pl=LOC(a.city), ph=phone(r, "NL"), em=email_of(r, p),
        ib=iban(r, "NL"), tnv=P(("%s. %s" % (p.first[0], p.last))))
    d.t("Artikel                         Aantal  Reden\n")
    for _ in range(r.randint(1, 3)):
        d.t("%-32s%-8d%s\n" % (r.choice(PRODUCT_NAMES)[:32], r.randint(1, 2), r.choice(["Te klein", "Beschadigd", "Verkeerd artikel", "Niet naar wens"])))
    d.f("\nStuur het pakket binnen 14 dagen terug met het retourlabel {tn}. Het bedrag wordt binnen 5 werkdagen na "
        "ontvangst teruggestort.\nHandtekening: {sig}\n", tn=tracking(r), sig=P(p.plain))


@kind("N", "pl")
def k_pl_reklamacja_email(d):
    r = d.r
    p = person(r, lang="pl")
    a = addr(r, "PL")
    mk, dom = r.choice(MARKETS)
    mail_head(d, ("Od", "Do", "Data", "Temat"), named_addr(P(p.plain), email_of(r, p)), [role_email(r, dom, "reklamacje")],
              "Reklamacja zamówienia nr " + order_no(r))
    d.f("Dzień dobry,\n\nzgłaszam reklamację produktu „{pr}” zakupionego dnia {dt} w sklepie {sk}. Po dwóch tygodniach "
        "użytkowania urządzenie przestało działać. Towar odesłałem/am kurierem {c} (numer przesyłki {tn}).\n\n",
        pr=r.choice(["odkurzacz automatyczny", "słuchawki bezprzewodowe", "ekspres do kawy", "smartwatch"]), dt=D(r, "pl"),
        sk=r.choice(SHOPS), c=r.choice(COURIERS)[0], tn=tracking(r))
    d.f("Proszę o zwrot kwoty {amt} na rachunek {ib}.\n\nDane kontaktowe:\n{n}\n{ad}\ntel. {ph}\n\nZ poważaniem\n{sig}\n",
        amt=amount(r, "pl"), ib=iban(r, "PL"), n=P(p.full), ad=AM(a), ph=phone(r, "PL"), sig=P(p.first if chance(r, 0.3) else p.plain))


# ======================= no entities (hard negatives only) =================
@kind("X")
def k_x_payment_service_log(d):
    r = d.r
    clk = LogClock(r)
    svc = r.choice(["payouts-worker", "refund-engine", "chargeback-sync", "ledger-writer"])
    d.f("# {svc} {v} ({c})\n", svc=svc, v=version(r), c=sha(r, 7))
    for _ in range(r.randint(8, 14)):
        ts = clk()
        x = r.random()
        if x < 0.2:
            d.f("{ts} INFO  payout batch={b} items={n} total={a} status=SUBMITTED\n", ts=ts, b=uid(r), n=r.randint(1, 900), a=amount(r))
        elif x < 0.35:
            d.f("{ts} WARN  refund order={o} retry={k}/5 backoff={bo}s card={mc}\n", ts=ts, o=order_no(r), k=r.randint(1, 5), bo=r.choice([2, 4, 8, 16]), mc=masked_card(r))
        elif x < 0.5:
            d.f("{ts} INFO  dispute {cn} state OPEN->UNDER_REVIEW evidence_hash={h}\n", ts=ts, cn=case_no(r), h=sha(r, 64))
        elif x < 0.6:
            d.f("{ts} DEBUG latency p50={a}ms p99={b}ms queue_depth={q}\n", ts=ts, a=r.randint(3, 80), b=r.randint(100, 2000), q=r.randint(0, 5000))
        elif x < 0.7:
            d.f("{ts} INFO  fx rate EURUSD={fx} source=ecb cache_ttl=3600\n", ts=ts, fx=round(r.uniform(1.02, 1.2), 5))
        elif x < 0.8:
            d.f("{ts} ERROR tokenization rejected pan_len=16 luhn=false ref={u}\n", ts=ts, u=uid(r))
        elif x < 0.9:
            d.f("{ts} INFO  webhook delivered evt_{e} attempt=1 duration=231ms\n", ts=ts, e=rs(r, 24))
        else:
            d.f("{ts} INFO  epoch={ep} job=reconcile shard={s}/{t} rows={rw}\n", ts=ts, ep=r.randint(1690000000, 1790000000), s=r.randint(1, 8), t=8, rw=r.randint(0, 99999))


@kind("X")
def k_x_product_catalog(d):
    r = d.r
    d.t("sku,title,brand,price,currency,weight_kg,hs_code,stock,variant_of\n")
    for _ in range(r.randint(8, 16)):
        d.t("%s,\"%s\",\"%s\",%.2f,%s,%.2f,%s,%d,%s\n" % (
            sku(r).replace("ASIN ", ""), r.choice(PRODUCT_NAMES + PRODUCTS), r.choice(PERSON_BRANDS + ["Nordloft Home", "ByteBarn", "Peak Trail Gear"]),
            r.uniform(3, 900), r.choice(["USD", "EUR", "GBP"]), r.uniform(0.05, 30), hs_code(r), r.randint(0, 4000),
            r.choice(["-", "B0" + rs(r, 8, UP + DIG)])))


@kind("X")
def k_x_sdk_changelog(d):
    r = d.r
    d.t("# Changelog — basaltpay-python\n\nAll notable changes to this project are documented here.\n\n")
    msgs = [
                "Fix idempotency key collision on refunds retry", "Add `dispute.evidence_due_by` to Dispute model",
                "Bump requests to 2.32.3", "Deprecate `Charge.capture(amount=None)`", "Support SEPA Instant payouts",
                "Drop support for Python 3.8", "Retry 429 responses with jitter (max 3 attempts)",
                "Mask PAN in debug logs (only last 4 digits kept)", "Read API key from `${BASALTPAY_API_KEY}` if not passed",
                "Add `Payout.arrival_date` (ISO date string)", "Fix rounding of JPY amounts in refunds", "Expose `Balance.pending` per currency",
                "Raise `CardError` instead of `ApiError` for 402 responses", "Remove vendored urllib3", "Type hints for webhook events"]
    r.shuffle(msgs)
    vs = sorted({(r.randint(1, 9), r.randint(0, 30), r.randint(0, 20)) for _ in range(r.randint(3, 5))}, reverse=True)
    for v in vs:
        d.f("## {v}\n", v="v%d.%d.%d" % v if chance(r, 0.5) else "%d.%d.%d" % v)
        for _ in range(r.randint(2, 4)):
            if msgs:
                d.f("- {msg} ({c}, #{pr})\n", msg=msgs.pop(), c=sha(r, 7), pr=r.randint(100, 2999))
        d.t("\n")
    d.t("Upgrade notes: run `pip install -U basaltpay` and re-run your integration tests. Keys are never logged.\n")


@kind("X")
def k_x_settlement_summary(d):
    r = d.r
    d.f("SETTLEMENT SUMMARY — batch {b}\nAcquirer BIC: {bic}    Routing: {rt}\nSettlement account: {mi}\n\n",
        b=rd(r, 10), bic=r.choice(BICS), rt=routing(r), mi=masked_iban(r, r.choice(["DE", "NL", "FR"])))
    d.t("Scheme      Count     Gross          Fees        Net\n")
    for sch in ["Visa", "Mastercard", "Amex", "SEPA DD", "iDEAL", "Pix"][:r.randint(3, 6)]:
        g = r.uniform(1000, 900000)
        f = g * r.uniform(0.005, 0.03)
        d.t("%-10s %6d %14.2f %11.2f %14.2f\n" % (sch, r.randint(10, 90000), g, f, g - f))
    d.f("\nChargebacks: {cb} (ratio {ra}%)   Reserve held: {res}\nNext settlement: T+2 business days\n"
        "Control id {ci} · file sha256 {h}\n", cb=r.randint(0, 300), ra=round(r.uniform(0.05, 1.4), 2), res=amount(r, "en", 1000, 90000),
        ci=rd(r, 9), h=sha(r, 64))


@kind("X")
def k_x_returns_policy_faq(d):
    r = d.r
    mk = r.choice(MARKETS)[0]
    d.f("{mk} Returns & Refunds — FAQ (policy v{v})\n\n", mk=mk, v=r.randint(2, 9))
    qa = [("How long do I have to return an item?", "Most items can be returned within 30 days of delivery. Electronics: 14 days. "
                                                    "Holiday purchases get an extended return window."),
          ("When will I get my money back?", "Refunds are issued within 3-5 business days after the warehouse inspects your return. "
                                             "Card refunds may take another 5-10 days to show up."),
          ("Can I return a gift?", "Yes. The refund goes to the gift giver as store credit unless they opted out."),
          ("Do you pick up returns on weekends?", "Courier pickups run Monday through Saturday; Sunday pickups are not available."),
          ("What about items from brands like Ralph Lauren or Hugo Boss?", "Designer items must have original tags attached."),
          ("My order number starts with 114-, where do I find it?", "In the confirmation e-mail, e.g. 114-" + rd(r, 7) + "-" + rd(r, 7) + "."),
          ("Is there a restocking fee?", "Opened electronics over $300 carry a 15% restocking fee."),
          ("What if my dog chewed the packaging?", "Pets happen. Damaged outer packaging is fine; the item itself must be unused.")]
    r.shuffle(qa)
    for q, a in qa[:r.randint(4, 7)]:
        d.t("Q: %s\nA: %s\n\n" % (q, a))


@kind("X")
def k_x_ci_config(d):
    r = d.r
    d.f("# .github/workflows/deploy-payments.yml\nname: deploy-payments\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n"
        "    runs-on: ubuntu-22.04\n    env:\n      STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}\n      AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}\n"
        "      AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n      DATABASE_URL: ${DATABASE_URL}\n      SLACK_WEBHOOK: ${{ secrets.SLACK_WEBHOOK }}\n"
        "      APP_VERSION: {v}\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-python@v5\n        with:\n          python-version: \"3.{py}\"\n"
        "      - run: pip install -r requirements.lock   # sha256 {h}\n      - run: pytest -q --maxfail=1\n"
        "      - run: ./scripts/deploy.sh --region eu-west-1 --replicas {rep} --timeout 15m\n",
        v=version(r).replace("build ", ""), py=r.randint(9, 12), h=sha(r, 64), rep=r.randint(2, 12))


@kind("X")
def k_x_facility_scan_events(d):
    r = d.r
    clk = LogClock(r)
    d.f("scan_events export · network {nw} · lane {ln}\n\n", nw=r.choice(["EU-EXPRESS", "US-GROUND", "XBORDER"]), ln=r.randint(1, 40))
    d.t("timestamp                  tracking                 facility  event      flight\n")
    for _ in range(r.randint(6, 12)):
        d.t("%-26s %-24s %-9s %-10s %s\n" % (clk("iso"), tracking(r).replace(" ", "")[:24], r.choice(FACILITY),
                                             r.choice(["ARRIVE", "DEPART", "SORT", "EXCEPTION", "LOAD", "CUSTOMS"]),
                                             "-".join(r.sample(IATA, 2)) + " " + rs(r, 2, UP) + rd(r, 3)))
    d.f("\nexceptions: {e} · dwell p95: {dw}h · trailer {tr} seal {s}\n", e=r.randint(0, 40), dw=round(r.uniform(1, 40), 1), tr=plate(r), s=rd(r, 8))


@kind("X")
def k_x_fraud_rules(d):
    r = d.r
    d.t("{\n  \"ruleset\": \"marketplace-cnp\",\n  \"version\": \"%s\",\n  \"rules\": [\n" % version(r).replace("build ", ""))
    rules = [
        '    {"id": "R%s", "if": "amount > 750 and account_age_days < 2", "action": "review"}' % rd(r, 3),
        '    {"id": "R%s", "if": "bin in [\\"%s\\", \\"%s\\"]", "action": "block"}' % (rd(r, 3), rd(r, 6), rd(r, 6)),
        '    {"id": "R%s", "if": "ip_velocity_1h > %d", "action": "challenge_3ds"}' % (rd(r, 3), r.randint(3, 30)),
        '    {"id": "R%s", "if": "ssn_like_field matches \\"%s\\"", "note": "invalid area, test data"}' % (rd(r, 3), bad_ssn(r)),
        '    {"id": "R%s", "if": "pan == \\"%s\\"", "note": "known bad test PAN, fails Luhn"}' % (rd(r, 3), bad_card(r).replace(" ", "").replace("-", "")),
        '    {"id": "R%s", "if": "shipping_country != billing_country and amount > 300", "action": "review"}' % rd(r, 3),
        '    {"id": "R%s", "if": "device_hash == \\"%s\\"", "action": "block"}' % (rd(r, 3), sha(r, 32)),
        '    {"id": "R%s", "if": "masked_pan == \\"%s\\"", "action": "allow"}' % (rd(r, 3), masked_card(r)),
    ]
    r.shuffle(rules)
    d.t(",\n".join(rules[:r.randint(4, 8)]))
    d.t("\n  ],\n  \"thresholds\": {\"score_review\": %d, \"score_block\": %d},\n  \"owner\": \"risk-eng\"\n}\n" % (r.randint(400, 700), r.randint(800, 950)))


@kind("X")
def k_x_loyalty_tiers(d):
    r = d.r
    prog = r.choice(LOYALTY)[0]
    d.f("{p} — Tier benefits (programme rules v{v})\n\n", p=prog, v=r.randint(2, 7))
    d.t("Tier       Points needed   Multiplier   Free returns   Partner perks\n")
    for t, pts in [("Bronze", 0), ("Silver", 2500), ("Gold", 10000), ("Platinum", 40000)]:
        d.t("%-10s %-15s %-12s %-14s %s\n" % (t, "{:,}".format(pts), "%.1fx" % r.uniform(1, 3), r.choice(["no", "yes", "yes (2/yr)"]), r.choice(PERSON_BRANDS)))
    d.f("\nPet week promo: post a photo of your pet (we've seen a lot of {a} and {b} lately!) with #PawPoints to earn 200 bonus points. "
        "Points expire 24 months after they are earned. Offer code {oc}; not combinable with other promos.\n",
        a=r.choice(PETS), b=r.choice(PETS), oc=rs(r, 8, UP + DIG))


@kind("X", "de")
def k_x_de_versandrichtlinie(d):
    r = d.r
    mk = r.choice(MARKETS)[0]
    d.f("{mk} – Versand- und Rückgaberichtlinie (Version {v})\n\n", mk=mk, v=version(r).replace("build ", ""))
    pts = ["Bestellungen, die werktags eingehen, verlassen unser Lager in der Regel innerhalb von 24 Stunden.",
           "Die Lieferzeit beträgt 2–4 Werktage; bei Speditionsware bis zu zwei Wochen.",
           "Rücksendungen sind innerhalb von 30 Tagen nach Erhalt kostenlos. Die Erstattung erfolgt innerhalb von 14 Tagen.",
           "Für Artikel von Marken wie Hugo Boss oder Müller & Söhne GmbH gelten die Herstellergarantien.",
           "Sonntags findet keine Zustellung statt.",
           "Ab einem Bestellwert von %s ist der Versand kostenfrei, sonst berechnen wir %s." % (amount(r, "de", 29, 60), amount(r, "de", 3, 7)),
           "Sperrgut-Zuschlag: %s pro Paket. Sendungsnummern beginnen mit %s." % (amount(r, "de", 10, 40), rs(r, 2, UP)),
           "Bei Zahlung per Rechnung ist der Betrag innerhalb von 14 Tagen fällig."]
    r.shuffle(pts)
    for i, p in enumerate(pts[:r.randint(4, 7)]):
        d.t("§%d %s\n" % (i + 1, p))


@kind("X", "fr")
def k_x_fr_conditions_remboursement(d):
    r = d.r
    d.f("Conditions de remboursement — Garantie acheteur (réf. {ref})\n\n", ref=rs(r, 6, UP + DIG))
    pts = ["Vous disposez de 14 jours à compter de la réception pour exercer votre droit de rétractation.",
           "Le remboursement intervient sous 14 jours, par le même moyen de paiement que celui utilisé lors de l'achat.",
           "Les frais de retour sont offerts pour les commandes supérieures à %s." % amount(r, "fr", 30, 80),
           "Les articles personnalisés ne sont ni repris ni échangés.",
           "Pour les litiges, ouvrez un dossier depuis votre espace client ; un conseiller répond en moins de 48 heures.",
           "Les produits Louis Vuitton et Dolce & Gabbana vendus d'occasion sont authentifiés avant expédition.",
           "Aucune livraison n'est effectuée le dimanche ni les jours fériés.",
           "Le numéro de commande figure dans l'e-mail de confirmation (format %s)." % order_no(r)]
    r.shuffle(pts)
    for p in pts[:r.randint(4, 7)]:
        d.t("• %s\n" % p)


# ---------------------------------------------------------------------------
# padding (entity-free) and generation
# ---------------------------------------------------------------------------
FOOTERS = {
    "en": ["This message was generated automatically; replies to this address are not monitored.",
           "Reference {o} · build {v} · please quote the reference in any follow-up.",
           "Confidential: intended only for the named recipient. If you received this in error, delete it.",
           "[internal] trace_id={u} region=eu-west-1 retries=0"],
    "de": ["Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.",
           "Referenz {o} · Version {v} · Bitte geben Sie die Referenz bei Rückfragen an."],
    "fr": ["Ce message a été généré automatiquement, merci de ne pas y répondre.",
           "Référence {o} · version {v} · à rappeler dans toute correspondance."],
    "es": ["Este mensaje se ha generado automáticamente; por favor, no responda.",
           "Referencia {o} · versión {v} · indíquela en cualquier consulta."],
    "it": ["Questo messaggio è stato generato automaticamente, si prega di non rispondere.",
           "Riferimento {o} · versione {v} · da citare in ogni comunicazione."],
    "pt": ["Esta mensagem foi gerada automaticamente; por favor, não responda.",
           "Referência {o} · versão {v} · informe-a em qualquer contato."],
    "nl": ["Dit bericht is automatisch verzonden; u kunt hier niet op antwoorden.",
           "Referentie {o} · versie {v} · vermeld deze bij vragen."],
    "pl": ["Ta wiadomość została wygenerowana automatycznie, prosimy na nią nie odpowiadać.",
           "Numer referencyjny {o} · wersja {v} · prosimy podawać go w korespondencji."],
}


def pad(d):
    r = d.r
    while d.n < MIN_LEN:
        d.f("\n\n" + r.choice(FOOTERS.get(d.lang, FOOTERS["en"])) + "\n", o=order_no(r), v=version(r), u=uid(r))


def _pick_kind(r):
    x = r.random()
    if x < 0.12:
        group = "X"
    elif x < 0.12 + 0.245:
        group = "N"
    else:
        group = "E"
    return r.choice([k for k in KINDS if k[1] == group])


def make_doc(seed, i):
    base = random.Random("%s-%s" % (seed, i))
    name, group, lang, fn = _pick_kind(base)
    for attempt in range(40):
        r = random.Random("%s-%s-%d" % (seed, i, attempt))
        d = Doc(r, lang)
        fn(d)
        pad(d)
        if d.n <= MAX_LEN:
            break
    else:
        raise RuntimeError("could not fit kind %s into %d chars" % (name, MAX_LEN))
    text = d.text()
    assert len(text) == d.n
    ents = sorted(d.ents, key=lambda e: (e["start"], e["end"]))
    return {"id": "b27-%s-%06d" % (seed, i), "text": text, "entities": ents, "kind": name, "lang": lang}


def generate(n, seed=0):
    for i in range(n):
        doc = make_doc(seed, i)
        yield {"id": doc["id"], "text": doc["text"], "entities": doc["entities"]}


# ---------------------------------------------------------------------------
# CLI
# ---------------------------------------------------------------------------
def _validate(doc):
    errs = []
    t = doc["text"]
    if not (MIN_LEN <= len(t) <= MAX_LEN):
        errs.append("length %d" % len(t))
    prev_end = -1
    for e in doc["entities"]:
        s, en, ty = e["start"], e["end"], e["type"]
        if ty not in TYPESET:
            errs.append("unknown type %s" % ty)
        if not (0 <= s < en <= len(t)):
            errs.append("span outside text %r" % e)
            continue
        v = t[s:en]
        if not v.strip():
            errs.append("empty span %r" % e)
        if v != v.strip():
            errs.append("whitespace at span edge %r" % v)
        if s < prev_end:
            errs.append("overlap at %d" % s)
        prev_end = max(prev_end, en)
        if ty == "CREDIT_CARD" and not luhn_ok(v):
            errs.append("Luhn-invalid card %r" % v)
        if ty == "IBAN_CODE" and not iban_valid(v):
            errs.append("mod-97-invalid IBAN %r" % v)
        if ty == "US_SSN":
            dg = re.sub(r"\D", "", v)
            a, g, sn = int(dg[:3]), int(dg[3:5]), int(dg[5:])
            if a == 0 or a == 666 or a >= 900 or g == 0 or sn == 0:
                errs.append("invalid SSN %r" % v)
    return errs


def _check():
    n = 3000
    counts = Counter()
    kinds = Counter()
    langs = Counter()
    empty = 0
    bad = 0
    lens = []
    for i in range(n):
        doc = make_doc(0, i)
        errs = _validate(doc)
        if errs:
            bad += 1
            if bad <= 10:
                print("ERROR", doc["id"], doc["kind"], errs[:3])
        for e in doc["entities"]:
            counts[e["type"]] += 1
        kinds[doc["kind"]] += 1
        langs[doc["lang"]] += 1
        if not doc["entities"]:
            empty += 1
        lens.append(len(doc["text"]))
    # determinism spot-check
    again = make_doc(0, 17)
    if again["text"] != make_doc(0, 17)["text"]:
        bad += 1
        print("ERROR non-deterministic document 17")
    print("documents: %d   invalid: %d" % (n, bad))
    print("kinds defined: %d   kinds seen: %d" % (len(KINDS), len(kinds)))
    print("no-entity documents: %d (%.1f%%)" % (empty, 100.0 * empty / n))
    non_en = sum(v for k, v in langs.items() if k != "en")
    print("non-English documents: %d (%.1f%%)  %s" % (non_en, 100.0 * non_en / n, dict(sorted(langs.items()))))
    print("length min/avg/max: %d / %d / %d" % (min(lens), sum(lens) // len(lens), max(lens)))
    print("entities per type:")
    for ty in TYPES:
        print("  %-22s %6d" % (ty, counts[ty]))
    print("  %-22s %6d" % ("TOTAL", sum(counts.values())))
    missing = [ty for ty in TYPES if counts[ty] == 0]
    if missing:
        print("missing types:", missing)
    ok = bad == 0 and not missing
    print("CHECK", "PASSED" if ok else "FAILED")
    return 0 if ok else 1


def _sample(k, seed):
    for doc in list(generate(k, seed)):
        print("=" * 78)
        print(doc["id"])
        print("-" * 78)
        print(doc["text"])
        print("-" * 78)
        for e in doc["entities"]:
            print("  %-20s %5d-%-5d %r" % (e["type"], e["start"], e["end"], doc["text"][e["start"]:e["end"]]))
    print("=" * 78)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output")
    a = ap.parse_args(argv)
    if a.check:
        return _check()
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
