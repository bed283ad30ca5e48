#!/usr/bin/env python3
r"""Blind corpus 81 -- business e-mail threads.

Synthetic, seeded, labelled business e-mail documents: replies with quoted
history ("> " prefixes and localized "wrote:" attribution lines), Outlook
From/Sent/To/Subject blocks, forwarded chains, signatures, legal disclaimers,
out-of-office replies, calendar invitations, mailing-list digests, bounce
messages (DSN / NDR), ticket-system auto-replies and IT/integration mails
carrying secrets -- in English, German, French, Spanish, Italian, Dutch,
Portuguese, Polish, Swedish and Turkish.  Raw e-mail Date:/Received: header
timestamps (also "Date:" lines of forwarded blocks and digests) are hard
negatives; dates in the body, Outlook "Sent:"-style lines of quoted blocks and
"wrote:" attribution lines are DATE_TIME.  Standard library only.

Usage: corpus_blind81.py --check | --sample K | --n N --seed S --output F.jsonl

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

import argparse
import base64
import hashlib
import ipaddress
import json
import random
import re
import string
import sys
import unicodedata
from datetime import date, datetime, timedelta

TYPES = [
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "CREDIT_CARD", "IBAN_CODE",
    "IP_ADDRESS", "DATE_OF_BIRTH", "DATE_TIME", "LOCATION", "ADDRESS", "URL",
    "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER", "ACCOUNT_NUMBER", "DRIVER_LICENSE",
    "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "STRIPE_KEY",
    "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_SECRET",
]


# --------------------------------------------------------------------------
# document builder: text and spans are produced together
# --------------------------------------------------------------------------
class Doc:
    def __init__(self, lang="en"):
        self.buf = []
        self.n = 0
        self.ents = []
        self.lang = lang

    def t(self, *parts):
        for p in parts:
            if p:
                self.buf.append(p)
                self.n += len(p)
        return self

    def e(self, text, typ):
        """Append text; record it as an entity of type typ (None = plain)."""
        if not text:
            return self
        if typ:
            self.ents.append({"start": self.n, "end": self.n + len(text), "type": typ})
        self.buf.append(text)
        self.n += len(text)
        return self

    def nl(self, k=1):
        return self.t("\n" * k)

    def text(self):
        return "".join(self.buf)

    def add(self, other):
        """Append another Doc (text + shifted spans)."""
        base = self.n
        for en in other.ents:
            self.ents.append({"start": en["start"] + base, "end": en["end"] + base,
                              "type": en["type"]})
        self.t(other.text())
        return self

    def quote(self, other, prefix="> "):
        """Append another Doc with every line prefixed (e-mail quoting)."""
        txt = other.text()
        lines = txt.split("\n")
        starts, shifts, out = [], [], []
        pos = shift = 0
        for ln in lines:
            pre = prefix if ln else prefix.rstrip()
            shift += len(pre)
            starts.append(pos)
            shifts.append(shift)
            out.append(pre + ln)
            pos += len(ln) + 1

        def m(p):
            lo, hi = 0, len(starts) - 1
            while lo < hi:
                mid = (lo + hi + 1) // 2
                if starts[mid] <= p:
                    lo = mid
                else:
                    hi = mid - 1
            return p + shifts[lo]

        base = self.n
        for en in other.ents:
            self.ents.append({"start": base + m(en["start"]),
                              "end": base + m(en["end"] - 1) + 1, "type": en["type"]})
        self.t("\n".join(out))
        return self


def ch(r, seq):
    return seq[r.randrange(len(seq))]


def maybe(r, p=0.5):
    return r.random() < p


def fold(s):
    s = (s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("ł", "l")
         .replace("Ł", "L").replace("ı", "i").replace("æ", "ae").replace("đ", "d"))
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
NAMES = {
    "en": (["James", "Olivia", "Michael", "Emma", "Robert", "Sophia", "Daniel", "Grace",
            "Ethan", "Hannah", "Liam", "Megan", "Tyler", "Brianna", "Kevin", "Rachel",
            "Colin", "Siobhan", "Aaron", "Mary-Kate", "Trevor", "Dana"],
           ["Smith", "Johnson", "Whitaker", "O'Brien", "Fitzgerald", "McAllister", "Hughes",
            "Brooks", "Sullivan", "Harrington", "Carter-Jones", "Ellison", "Pryce",
            "Donovan", "Blackwood", "Reyes", "Thornton", "St. John", "MacLeod"]),
    "de": (["Lukas", "Anna", "Jonas", "Lea", "Felix", "Mia", "Maximilian", "Katharina",
            "Jürgen", "Sabine", "Björn", "Ute", "Henrik", "Annegret", "Dieter", "Merle"],
           ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer-Lindenberg",
            "Hoffmann", "Schäfer", "Köhler", "von Brandt", "Groß", "Wagner", "Zimmermann",
            "Becker", "von der Heide"]),
    "fr": (["Camille", "Léa", "Hugo", "Chloé", "Théo", "Manon", "Julien", "Élodie",
            "François", "Amélie", "Benoît", "Jean-Pierre", "Anne-Sophie", "Gaëlle"],
           ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard", "de la Fontaine",
            "Roux", "Fournier", "Lambert-Rousseau", "Mercier", "Chevalier", "Faure"]),
    "es": (["Alejandro", "Lucía", "Javier", "Carmen", "Sergio", "Marta", "Pablo", "Inés",
            "Álvaro", "Nuria", "José Luis", "María José", "Rocío"],
           ["García López", "Fernández", "Martínez Ruiz", "Sánchez", "de la Cruz", "Romero",
            "Navarro", "Gutiérrez", "Ortega Vidal", "Muñoz", "Iglesias"]),
    "it": (["Giulia", "Matteo", "Francesca", "Lorenzo", "Chiara", "Alessandro", "Sofia",
            "Davide", "Giorgia", "Gianluca", "Federica", "Niccolò"],
           ["Rossi", "Bianchi", "Esposito", "Romano", "Colombo", "De Luca", "Ricci",
            "Marino", "Di Stefano", "Galli", "Conti", "D'Angelo"]),
    "nl": (["Daan", "Sanne", "Bram", "Lotte", "Thijs", "Femke", "Joris", "Anouk", "Sjoerd",
            "Marieke"],
           ["de Vries", "van den Berg", "Jansen", "Bakker", "van Dijk", "Visser", "Smit",
            "de Jong", "van der Meer", "Hendriks", "Mulder"]),
    "pt": (["João", "Beatriz", "Tiago", "Mariana", "Rafael", "Inês", "Gonçalo", "Ana Rita",
            "Luís", "Carolina", "Thiago"],
           ["Silva", "Santos", "Ferreira", "da Costa", "Oliveira", "dos Santos", "Pereira",
            "Rodrigues", "Carvalho", "Sousa Lima"]),
    "pl": (["Jakub", "Zofia", "Mateusz", "Agnieszka", "Piotr", "Katarzyna", "Łukasz",
            "Małgorzata", "Grzegorz", "Ewa"],
           ["Nowak", "Kowalski", "Wiśniewska", "Wójcik", "Kamińska", "Lewandowski",
            "Zieliński", "Szymańska", "Dąbrowski", "Kozłowska"]),
    "sv": (["Erik", "Astrid", "Oskar", "Ingrid", "Lars", "Maja", "Sven", "Elin", "Björn",
            "Linnéa"],
           ["Andersson", "Johansson", "Karlsson", "Nilsson", "Lindqvist", "Bergström",
            "Åkesson", "Sjöberg", "Holmgren"]),
    "tr": (["Mehmet", "Ayşe", "Emre", "Elif", "Burak", "Zeynep", "Oğuz", "Selin", "Cem",
            "Gülşen"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan",
            "Koç"]),
    "ar": (["Omar", "Layla", "Youssef", "Fatima", "Karim", "Nour", "Hassan", "Rania"],
           ["al-Sayed", "El-Amin", "Haddad", "Al-Farsi", "Nasser", "bin Rashid", "Khoury"]),
    "in": (["Priya", "Arjun", "Ananya", "Rohan", "Deepika", "Vikram", "Sanjay", "Lakshmi"],
           ["Sharma", "Patel", "Iyer", "Reddy", "Chatterjee", "Venkataraman", "Nair"]),
    "ea": (["Wei", "Li Na", "Hiroshi", "Yuki", "Min-jun", "Seo-yeon", "Xiaoming", "Haruto"],
           ["Zhang", "Wang", "Tanaka", "Nakamura", "Kim", "Park", "Chen", "Liu"]),
    "af": (["Chinedu", "Adaeze", "Oluwaseun", "Ngozi", "Tunde", "Kwame", "Amara"],
           ["Okafor", "Adeyemi", "Eze", "Balogun", "Mensah", "Okonkwo"]),
    "vn": (["Minh", "Thao", "Huong", "Duc", "Lan"], ["Nguyen", "Tran", "Pham", "Le Van"]),
}
MIX = {
    "en": ["en"] * 6 + ["in", "ea", "af", "ar", "de", "es", "vn", "fr", "it"],
    "de": ["de"] * 6 + ["tr", "pl", "en", "it", "ar"],
    "fr": ["fr"] * 6 + ["ar", "af", "es", "en", "vn"],
    "es": ["es"] * 6 + ["en", "pt", "fr", "it"],
    "it": ["it"] * 6 + ["en", "de", "fr", "es"],
    "nl": ["nl"] * 6 + ["tr", "ar", "en", "de"],
    "pt": ["pt"] * 6 + ["es", "en", "fr"],
    "pl": ["pl"] * 6 + ["de", "en", "sv"],
    "sv": ["sv"] * 6 + ["en", "ar", "pl", "de"],
    "tr": ["tr"] * 6 + ["en", "de", "ar"],
}


class P:
    """A fake person with a mail address."""

    def __init__(self, r, lang="en", domain=None):
        cult = ch(r, MIX.get(lang, MIX["en"]))
        firsts, lasts = NAMES[cult]
        self.first = ch(r, firsts)
        self.last = ch(r, lasts)
        self.mid = ch(r, "ABCDEFGHJKLMNPRSTW") + "." if (cult == "en" and maybe(r, 0.2)) else ""
        self.cult = cult
        self.lang = lang
        self.domain = domain
        self.email = make_email(r, self.first, self.last, domain)

    def full(self):
        return f"{self.first} {self.mid + ' ' if self.mid else ''}{self.last}"

    def rev(self):
        return f"{self.last}, {self.first}"

    def ini(self):
        return f"{self.first[0]}. {self.last}"

    def fmt(self, r):
        k = r.random()
        if k < 0.55:
            return self.full()
        if k < 0.7:
            return self.rev()
        if k < 0.8:
            return self.ini()
        if k < 0.9:
            return self.full().upper()
        return f"{self.first} {self.last}"


FREEMAIL = ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "gmx.de",
            "web.de", "orange.fr", "libero.it", "wp.pl", "hotmail.es", "ziggo.nl",
            "sapo.pt", "telia.com"]


def make_email(r, first, last, domain=None):
    f = re.sub(r"[^a-z]", "", fold(first).lower())
    l = re.sub(r"[^a-z]", "", fold(last).lower()) or "x"
    pat = r.randrange(6)
    if pat == 0:
        loc = f"{f}.{l}"
    elif pat == 1:
        loc = f"{f[0]}{l}"
    elif pat == 2:
        loc = f"{f}_{l}{r.randrange(1, 99)}"
    elif pat == 3:
        loc = f"{l}.{f[0]}"
    elif pat == 4:
        loc = f"{f}"
    else:
        loc = f"{f}.{l[0]}"
    return f"{loc}@{domain or ch(r, FREEMAIL)}"


# companies: (name, domain, country) -- several are named after people (hard negatives)
COMPANIES = [
    ("Harper & Lowe LLP", "harperlowe.com", "us"),
    ("Northwind Freight Inc.", "northwindfreight.com", "us"),
    ("Brightwater Analytics Ltd", "brightwater.co.uk", "uk"),
    ("Whitfield & Crane Partners", "whitfieldcrane.com", "us"),
    ("Kestrel Cloud Services", "kestrelcloud.io", "us"),
    ("Fischer Logistik GmbH", "fischer-logistik.de", "de"),
    ("Meyer & Söhne Maschinenbau GmbH", "meyer-soehne.de", "de"),
    ("Dupont Conseil SARL", "dupont-conseil.fr", "fr"),
    ("Atelier Lefèvre SAS", "atelier-lefevre.fr", "fr"),
    ("Grupo Navarro Hermanos S.L.", "navarrohermanos.es", "es"),
    ("Rossi & Figli S.r.l.", "rossiefigli.it", "it"),
    ("Van Leeuwen Installatietechniek B.V.", "vanleeuwen-it.nl", "nl"),
    ("Costa Verde Distribuição Lda.", "costaverde.pt", "pt"),
    ("Kowalski i Wspólnicy Sp. z o.o.", "kowalski-wspolnicy.pl", "pl"),
    ("Lindqvist Bygg AB", "lindqvistbygg.se", "sv"),
    ("Yıldız Tekstil A.Ş.", "yildiztekstil.com.tr", "tr"),
    ("Pemberton Medical Group", "pembertonmed.org", "us"),
    ("St. Clair Ventures", "stclairvc.com", "us"),
    ("Baxter Reed Insurance Brokers", "baxterreed.co.uk", "uk"),
    ("Ashford Hale Recruitment", "ashfordhale.com", "uk"),
]


# --------------------------------------------------------------------------
# places, addresses, phones
# --------------------------------------------------------------------------
GEO = {
    "us": {"streets": ["Market Street", "Oak Avenue", "Elm St.", "Lakeshore Drive", "Peachtree Rd NE",
                       "Congress Ave", "W 34th St", "Maple Lane", "Commerce Blvd", "Harbor Way"],
           "cities": [("San Francisco", "CA", "941"), ("Austin", "TX", "787"), ("Chicago", "IL", "606"),
                      ("Boston", "MA", "021"), ("Seattle", "WA", "981"), ("Atlanta", "GA", "303"),
                      ("Denver", "CO", "802"), ("New York", "NY", "100"), ("Columbus", "OH", "432"),
                      ("Phoenix", "AZ", "850")],
           "country": "USA"},
    "uk": {"streets": ["Albion Road", "Kingsway", "Victoria Street", "Queen's Drive", "Castle Terrace",
                       "Wharf Lane", "Park Row"],
           "cities": [("London", "", "EC1A 4HD"), ("Manchester", "", "M1 2AB"), ("Edinburgh", "", "EH1 3QR"),
                      ("Bristol", "", "BS1 4DJ"), ("Leeds", "", "LS1 5AB"), ("Cardiff", "", "CF10 1EP")],
           "country": "United Kingdom"},
    "de": {"streets": ["Friedrichstraße", "Hauptstr.", "Am Sandtorkai", "Leopoldstraße", "Königsallee",
                       "Bahnhofstraße", "Schillerweg", "Zeil"],
           "cities": [("Berlin", "", "10117"), ("Hamburg", "", "20457"), ("München", "", "80331"),
                      ("Köln", "", "50667"), ("Frankfurt am Main", "", "60311"), ("Düsseldorf", "", "40212"),
                      ("Stuttgart", "", "70173")],
           "country": "Deutschland"},
    "fr": {"streets": ["rue de la Paix", "avenue des Champs-Élysées", "boulevard Haussmann",
                       "rue du Faubourg Saint-Honoré", "quai de la Rapée", "rue Sainte-Catherine"],
           "cities": [("Paris", "", "75002"), ("Lyon", "", "69002"), ("Marseille", "", "13001"),
                      ("Toulouse", "", "31000"), ("Bordeaux", "", "33000"), ("Lille", "", "59000")],
           "country": "France"},
    "es": {"streets": ["Calle de Alcalá", "Av. Diagonal", "Paseo de Gracia", "Calle Mayor",
                       "Gran Vía", "Calle de Serrano"],
           "cities": [("Madrid", "", "28014"), ("Barcelona", "", "08008"), ("Valencia", "", "46002"),
                      ("Sevilla", "", "41001"), ("Bilbao", "", "48001")],
           "country": "España"},
    "it": {"streets": ["Via Roma", "Corso Buenos Aires", "Piazza del Duomo", "Via Garibaldi",
                       "Viale Monza", "Via dei Mille"],
           "cities": [("Milano", "MI", "20121"), ("Roma", "RM", "00184"), ("Torino", "TO", "10121"),
                      ("Firenze", "FI", "50122"), ("Bologna", "BO", "40121"), ("Napoli", "NA", "80133")],
           "country": "Italia"},
    "nl": {"streets": ["Keizersgracht", "Stationsplein", "Coolsingel", "Oudegracht", "Laan van Meerdervoort"],
           "cities": [("Amsterdam", "", "1015 CJ"), ("Rotterdam", "", "3011 AD"), ("Utrecht", "", "3511 AX"),
                      ("Den Haag", "", "2511 BT"), ("Eindhoven", "", "5611 AB")],
           "country": "Nederland"},
    "pt": {"streets": ["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Praça do Comércio"],
           "cities": [("Lisboa", "", "1100-053"), ("Porto", "", "4000-322"), ("Braga", "", "4700-435"),
                      ("Coimbra", "", "3000-150")],
           "country": "Portugal"},
    "pl": {"streets": ["Marszałkowska", "al. Jerozolimskie", "Floriańska", "Piotrkowska", "Długa"],
           "cities": [("Warszawa", "", "00-590"), ("Kraków", "", "31-042"), ("Wrocław", "", "50-001"),
                      ("Łódź", "", "90-001"), ("Gdańsk", "", "80-831")],
           "country": "Polska"},
    "sv": {"streets": ["Drottninggatan", "Kungsgatan", "Storgatan", "Södra Vägen", "Sveavägen"],
           "cities": [("Stockholm", "", "111 51"), ("Göteborg", "", "411 07"), ("Malmö", "", "211 22"),
                      ("Uppsala", "", "753 20")],
           "country": "Sverige"},
    "tr": {"streets": ["Bağdat Caddesi", "İstiklal Caddesi", "Atatürk Bulvarı", "Cumhuriyet Caddesi"],
           "cities": [("İstanbul", "Kadıköy", "34710"), ("Ankara", "Çankaya", "06420"),
                      ("İzmir", "Konak", "35210"), ("Bursa", "Osmangazi", "16040")],
           "country": "Türkiye"},
    "ch": {"streets": ["Bahnhofstrasse", "Rue du Rhône", "Marktgasse"],
           "cities": [("Zürich", "", "8001"), ("Genève", "", "1204"), ("Bern", "", "3011")],
           "country": "Schweiz"},
    "ca": {"streets": ["Yonge St", "Rue Sherbrooke Ouest", "Granville St"],
           "cities": [("Toronto", "ON", "M5B 2L7"), ("Montréal", "QC", "H3A 1E4"), ("Vancouver", "BC", "V6Z 1L2")],
           "country": "Canada"},
    "au": {"streets": ["George St", "Collins Street", "Queen St"],
           "cities": [("Sydney", "NSW", "2000"), ("Melbourne", "VIC", "3000"), ("Brisbane", "QLD", "4000")],
           "country": "Australia"},
    "in": {"streets": ["MG Road", "Nariman Point", "Anna Salai"],
           "cities": [("Bengaluru", "Karnataka", "560001"), ("Mumbai", "Maharashtra", "400021"),
                      ("Chennai", "Tamil Nadu", "600002")],
           "country": "India"},
}
STATE_NAMES = {"CA": "California", "TX": "Texas", "IL": "Illinois", "MA": "Massachusetts", "WA": "Washington",
               "GA": "Georgia", "CO": "Colorado", "NY": "New York", "OH": "Ohio", "AZ": "Arizona"}
LANG_CC = {"en": ["us", "us", "uk", "us", "ca", "au", "in", "uk"], "de": ["de", "de", "de", "ch"],
           "fr": ["fr", "fr", "fr", "ch", "ca"], "es": ["es"], "it": ["it"], "nl": ["nl"],
           "pt": ["pt"], "pl": ["pl"], "sv": ["sv"], "tr": ["tr"]}
COUNTRY_NAMES = ["Germany", "France", "Spain", "Italy", "the Netherlands", "Portugal", "Poland",
                 "Sweden", "Türkiye", "Ireland", "Canada", "Mexico", "Japan", "Brazil", "Singapore"]
REGIONS = ["Bavaria", "Catalonia", "Ontario", "Lombardy", "Texas", "Scotland", "Andalusia",
           "North Rhine-Westphalia", "Île-de-France", "New South Wales", "Flanders"]


def cc_for(r, lang):
    return ch(r, LANG_CC.get(lang, ["us"]))


def address(r, cc):
    g = GEO[cc]
    st = ch(r, g["streets"])
    city, reg, zp = ch(r, g["cities"])
    num = str(r.randint(1, 420))
    if cc == "us":
        zp = zp + "%02d" % r.randint(1, 99)
        street = f"{num} {st}"
        if maybe(r, 0.4):
            street += ch(r, [", Suite ", ", Ste ", " Apt ", ", Floor "]) + str(r.randint(2, 40)) + ch(r, ["", "B", ""])
        tail = f"{city}, {reg} {zp}"
        lines = [street, tail]
    elif cc == "uk":
        street = (ch(r, ["Flat 3, ", "Unit 12, ", "", "", ""]) + f"{num} {st}")
        tail = f"{city} {zp}"
        lines = [street, city, zp]
    elif cc in ("de", "nl", "sv", "ch"):
        street = f"{st} {num}{ch(r, ['', '', 'a', ''])}"
        tail = f"{zp} {city}"
        lines = [street, tail]
    elif cc == "fr":
        street = f"{num}{ch(r, ['', ',', ' bis'])} {st}"
        tail = f"{zp} {ch(r, [city, city.upper()])}"
        lines = [street, tail]
    elif cc == "es":
        street = f"{st}, {num}" + ch(r, ["", ", 3.º izq.", ", 2.º B", ""])
        tail = f"{zp} {city}"
        lines = [street, tail]
    elif cc == "it":
        street = f"{st} {num}" if maybe(r) else f"{st}, {num}"
        tail = f"{zp} {city} {reg}"
        lines = [street, tail]
    elif cc == "pt":
        street = f"{st}, {num}" + ch(r, ["", ", 2.º Esq.", ", 4.º Dto."])
        tail = f"{zp} {city}"
        lines = [street, tail]
    elif cc == "pl":
        pre = "" if st.startswith("al.") else "ul. "
        street = f"{pre}{st} {num}" + ch(r, ["", "/" + str(r.randint(1, 40))])
        tail = f"{zp} {city}"
        lines = [street, tail]
    elif cc == "tr":
        street = f"{st} No: {num}" + ch(r, ["", " D: " + str(r.randint(1, 20)), " Kat: 4"])
        tail = f"{zp} {reg}/{city}"
        lines = [street, tail]
    elif cc == "ca":
        street = f"{num} {st}"
        tail = f"{city}, {reg} {zp}"
        lines = [street, tail]
    elif cc == "au":
        street = ch(r, ["Level 12, ", "Suite 4, ", ""]) + f"{num} {st}"
        tail = f"{city} {reg} {zp}"
        lines = [street, tail]
    else:  # in
        street = f"Plot {num}, {st}"
        tail = f"{city}, {reg} {zp}"
        lines = [street, tail]
    if maybe(r, 0.2):
        lines = lines + [g["country"]]
    one = ", ".join(lines)
    return {"street": street, "city": city, "region": reg, "zip": zp, "country": g["country"],
            "one": one, "lines": lines, "cc": cc}


def location(r, lang="en"):
    k = r.random()
    if k < 0.5:
        cc = cc_for(r, lang)
        return ch(r, GEO[cc]["cities"])[0]
    if k < 0.7:
        cc = ch(r, ["us", "us", "ca", "au"])
        c, reg, _ = ch(r, GEO[cc]["cities"])
        return f"{c}, {reg}"
    if k < 0.85:
        cc = ch(r, list(GEO))
        return f"{ch(r, GEO[cc]['cities'])[0]}, {GEO[cc]['country']}"
    if k < 0.93:
        return ch(r, COUNTRY_NAMES)
    return ch(r, REGIONS)


def dg(r, n):
    return "".join(str(r.randrange(10)) for _ in range(n))


def phone(r, cc):
    if cc in ("us", "ca"):
        a = ch(r, ["415", "512", "312", "617", "206", "404", "303", "212", "614", "602", "416", "604"])
        x = r.randrange(100, 999)
        y = dg(r, 4)
        return ch(r, [f"({a}) {x}-{y}", f"+1 {a}-{x}-{y}", f"{a}.{x}.{y}", f"+1 ({a}) {x} {y}",
                      f"1-800-{x}-{y}", f"{a}-{x}-{y}"])
    if cc == "uk":
        return ch(r, [f"+44 20 7946 {dg(r, 4)}", f"020 7946 {dg(r, 4)}", f"+44 (0)161 496 {dg(r, 4)}",
                      f"07700 900{dg(r, 3)}", f"+44 7700 900{dg(r, 3)}", f"0131 496 {dg(r, 4)}"])
    if cc == "de":
        return ch(r, [f"+49 30 {dg(r, 8)}", f"030 {dg(r, 7)}-{dg(r, 2)}", f"+49 (0)89 {dg(r, 3)} {dg(r, 4)}",
                      f"0171 {dg(r, 7)}", f"+49 151 {dg(r, 4)} {dg(r, 4)}", f"040/{dg(r, 6)}"])
    if cc == "ch":
        return f"+41 44 {dg(r, 3)} {dg(r, 2)} {dg(r, 2)}"
    if cc == "fr":
        return ch(r, [f"+33 1 {dg(r, 2)} {dg(r, 2)} {dg(r, 2)} {dg(r, 2)}",
                      f"01 {dg(r, 2)} {dg(r, 2)} {dg(r, 2)} {dg(r, 2)}",
                      f"06 {dg(r, 2)} {dg(r, 2)} {dg(r, 2)} {dg(r, 2)}", f"+33 (0)6 {dg(r, 2)} {dg(r, 2)} {dg(r, 2)} {dg(r, 2)}",
                      f"04.{dg(r, 2)}.{dg(r, 2)}.{dg(r, 2)}.{dg(r, 2)}"])
    if cc == "es":
        return ch(r, [f"+34 91 {dg(r, 3)} {dg(r, 2)} {dg(r, 2)}", f"+34 6{dg(r, 2)} {dg(r, 3)} {dg(r, 3)}",
                      f"93 {dg(r, 3)} {dg(r, 2)} {dg(r, 2)}", f"912 {dg(r, 3)} {dg(r, 3)}"])
    if cc == "it":
        return ch(r, [f"+39 02 {dg(r, 4)} {dg(r, 4)}", f"+39 3{dg(r, 2)} {dg(r, 3)} {dg(r, 4)}",
                      f"06 {dg(r, 8)}", f"347 {dg(r, 7)}"])
    if cc == "nl":
        return ch(r, [f"+31 20 {dg(r, 3)} {dg(r, 4)}", f"06-{dg(r, 8)}", f"+31 (0)10 {dg(r, 3)} {dg(r, 2)} {dg(r, 2)}",
                      f"020-{dg(r, 7)}"])
    if cc == "pt":
        return ch(r, [f"+351 21 {dg(r, 3)} {dg(r, 4)}", f"+351 91{dg(r, 1)} {dg(r, 3)} {dg(r, 3)}",
                      f"22 {dg(r, 3)} {dg(r, 4)}"])
    if cc == "pl":
        return ch(r, [f"+48 22 {dg(r, 3)} {dg(r, 2)} {dg(r, 2)}", f"+48 6{dg(r, 2)} {dg(r, 3)} {dg(r, 3)}",
                      f"(12) {dg(r, 3)}-{dg(r, 2)}-{dg(r, 2)}", f"501 {dg(r, 3)} {dg(r, 3)}"])
    if cc == "sv":
        return ch(r, [f"+46 8 {dg(r, 3)} {dg(r, 3)} {dg(r, 2)}", f"08-{dg(r, 3)} {dg(r, 2)} {dg(r, 2)}",
                      f"070-{dg(r, 3)} {dg(r, 2)} {dg(r, 2)}", f"+46 70 {dg(r, 3)} {dg(r, 2)} {dg(r, 2)}"])
    if cc == "tr":
        return ch(r, [f"+90 212 {dg(r, 3)} {dg(r, 2)} {dg(r, 2)}", f"0532 {dg(r, 3)} {dg(r, 2)} {dg(r, 2)}",
                      f"+90 (312) {dg(r, 3)} {dg(r, 4)}", f"0 216 {dg(r, 3)} {dg(r, 2)} {dg(r, 2)}"])
    if cc == "au":
        return ch(r, [f"+61 2 9{dg(r, 3)} {dg(r, 4)}", f"(02) 9{dg(r, 3)} {dg(r, 4)}", f"0412 {dg(r, 3)} {dg(r, 3)}"])
    return ch(r, [f"+91 98{dg(r, 3)} {dg(r, 5)}", f"+91 80 {dg(r, 4)} {dg(r, 4)}"])


def web(r, domain, path=True):
    base = "https://" + ch(r, ["www.", "www.", ""]) + domain
    if path and maybe(r, 0.5):
        base += ch(r, ["/contact", "/en/", "/privacy", "/kontakt", "/support", "/impressum", "/careers"])
    return base


# --------------------------------------------------------------------------
# dates and times
# --------------------------------------------------------------------------
MON = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
}
MON_AB = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.".split(),
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split(),
    "es": "ene feb mar abr may jun jul ago sept oct nov dic".split(),
    "it": "gen feb mar apr mag giu lug ago set ott nov dic".split(),
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec".split(),
    "pt": "jan. fev. mar. abr. mai. jun. jul. ago. set. out. nov. dez.".split(),
    "pl": "sty lut mar kwi maj cze lip sie wrz paź lis gru".split(),
    "sv": "jan. feb. mars apr. maj juni juli aug. sep. okt. nov. dec.".split(),
    "tr": "Oca Şub Mar Nis May Haz Tem Ağu Eyl Eki Kas Ara".split(),
}
WD = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela".split(),
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag".split(),
    "tr": "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar".split(),
}
WD_AB = {
    "en": "Mon Tue Wed Thu Fri Sat Sun".split(),
    "de": "Mo. Di. Mi. Do. Fr. Sa. So.".split(),
    "fr": "lun. mar. mer. jeu. ven. sam. dim.".split(),
    "es": "lun mar mié jue vie sáb dom".split(),
    "it": "lun mar mer gio ven sab dom".split(),
    "nl": "ma di wo do vr za zo".split(),
    "pt": "seg. ter. qua. qui. sex. sáb. dom.".split(),
    "pl": "pon. wt. śr. czw. pt. sob. niedz.".split(),
    "sv": "mån tis ons tors fre lör sön".split(),
    "tr": "Pzt Sal Çar Per Cum Cmt Paz".split(),
}


def rdt(r, y0=2025, y1=2027):
    d = date(y0, 1, 1) + timedelta(days=r.randrange((date(y1, 12, 31) - date(y0, 1, 1)).days))
    return datetime(d.year, d.month, d.day, r.choice([7, 8, 9, 10, 11, 13, 14, 15, 16, 17, 18]),
                    r.choice([0, 0, 15, 30, 45, 2, 12, 27, 48, 53]))


def later(r, dt, lo_min=20, hi_min=60 * 24 * 5):
    return dt + timedelta(minutes=r.randint(lo_min, hi_min))


def dob(r):
    return date(r.randint(1948, 2004), r.randint(1, 12), r.randint(1, 28))


def tclock(r, dt, lang):
    h, m = dt.hour, dt.minute
    if lang == "en":
        if maybe(r, 0.65):
            ap = ("AM" if h < 12 else "PM") if maybe(r, 0.7) else ("am" if h < 12 else "pm")
            return f"{(h - 1) % 12 + 1}:{m:02d} {ap}"
        return f"{h:02d}:{m:02d}"
    if lang == "fr":
        return ch(r, [f"{h}h{m:02d}", f"{h:02d}:{m:02d}"])
    if lang == "de":
        return ch(r, [f"{h:02d}:{m:02d} Uhr", f"{h:02d}:{m:02d}", f"{h}.{m:02d} Uhr"])
    if lang == "sv":
        return ch(r, [f"{h:02d}.{m:02d}", f"{h:02d}:{m:02d}"])
    if lang == "pt":
        return ch(r, [f"{h}h{m:02d}", f"{h:02d}:{m:02d}"])
    return f"{h:02d}:{m:02d}"


JOIN = {"en": [" at ", ", "], "de": [" um ", ", "], "fr": [" à "], "es": [" a las "], "it": [" alle ", " alle ore "],
        "nl": [" om "], "pt": [" às "], "pl": [" o ", ", godz. "], "sv": [" kl. ", " kl "], "tr": [" saat ", " "]}


def dbody(r, dt, lang="en", time=None, weekday=None):
    """A body date (optionally with time) in a local style; returns the span text."""
    d = dt
    M, Ma, W = MON[lang], MON_AB[lang], WD[lang]
    wd = W[d.weekday()]
    if weekday is None:
        weekday = maybe(r, 0.25)
    if time is None:
        time = maybe(r, 0.35)
    k = r.randrange(4)
    if lang == "en":
        opts = [f"{M[d.month-1]} {d.day}, {d.year}", f"{d.day} {M[d.month-1]} {d.year}",
                f"{d.month:02d}/{d.day:02d}/{d.year}", f"{d.year}-{d.month:02d}-{d.day:02d}",
                f"{d.day} {Ma[d.month-1]} {d.year}", f"{Ma[d.month-1]} {d.day}"]
        s = opts[r.randrange(len(opts))]
        if weekday:
            s = ch(r, [wd + ", ", wd + " ", WD_AB["en"][d.weekday()] + " "]) + s
    elif lang == "de":
        s = [f"{d.day}. {M[d.month-1]} {d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}",
             f"{d.day}.{d.month}.{d.year % 100:02d}", f"{d.day}. {M[d.month-1]}"][k]
        if weekday:
            s = wd + ", " + ch(r, ["den ", ""]) + s
    elif lang == "fr":
        s = [f"{d.day} {M[d.month-1]} {d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}",
             f"{'1er' if d.day == 1 else d.day} {M[d.month-1]}", f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"][k]
        if weekday:
            s = wd + " " + s
    elif lang in ("es", "pt"):
        s = [f"{d.day} de {M[d.month-1]} de {d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}",
             f"{d.day} de {M[d.month-1]}", f"{d.day}/{d.month}/{d.year}"][k]
        if weekday:
            s = wd + ch(r, [", ", " "]) + s
    elif lang == "it":
        s = [f"{d.day} {M[d.month-1]} {d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}",
             f"{d.day} {M[d.month-1]}", f"{d.day}.{d.month}.{d.year}"][k]
        if weekday:
            s = wd + " " + s
    elif lang == "nl":
        s = [f"{d.day} {M[d.month-1]} {d.year}", f"{d.day:02d}-{d.month:02d}-{d.year}",
             f"{d.day} {M[d.month-1]}", f"{d.day}-{d.month}-{d.year}"][k]
        if weekday:
            s = wd + " " + s
    elif lang == "pl":
        s = [f"{d.day} {M[d.month-1]} {d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}",
             f"{d.day} {M[d.month-1]}", f"{d.year}-{d.month:02d}-{d.day:02d}"][k]
        if weekday:
            s = wd + ", " + s
    elif lang == "sv":
        s = [f"{d.day} {M[d.month-1]} {d.year}", f"{d.year}-{d.month:02d}-{d.day:02d}",
             f"{d.day} {M[d.month-1]}", f"{d.day}/{d.month}"][k]
        if weekday:
            s = wd + " den " + s
    else:  # tr
        s = [f"{d.day} {M[d.month-1]} {d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}",
             f"{d.day} {M[d.month-1]}", f"{d.day}/{d.month:02d}/{d.year}"][k]
        if weekday:
            s = s + " " + wd
    if time:
        s = s + ch(r, JOIN[lang]) + tclock(r, dt, lang)
    return s


def wrote_date(r, dt, lang):
    """Date part of a client 'wrote:' attribution line."""
    d = dt
    w, wa = WD[lang][d.weekday()], WD_AB[lang][d.weekday()]
    M, Ma = MON[lang], MON_AB[lang]
    hm = f"{d.hour:02d}:{d.minute:02d}"
    if lang == "en":
        return ch(r, [f"{wa}, {d.day} {Ma[d.month-1]} {d.year} at {hm}",
                      f"{wa}, {Ma[d.month-1]} {d.day}, {d.year} at {(d.hour - 1) % 12 + 1}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}",
                      f"{d.day}/{d.month:02d}/{d.year} {hm}", f"{d.year}-{d.month:02d}-{d.day:02d} {hm}",
                      f"{w}, {M[d.month-1]} {d.day}, {d.year} {(d.hour - 1) % 12 + 1}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"])
    if lang == "de":
        return ch(r, [f"{wa}, {d.day}. {Ma[d.month-1]} {d.year} um {hm} Uhr", f"{d.day:02d}.{d.month:02d}.{d.year} um {hm}"])
    if lang == "fr":
        return ch(r, [f"{wa} {d.day} {Ma[d.month-1]} {d.year} à {hm}", f"{d.day:02d}/{d.month:02d}/{d.year} à {hm}"])
    if lang == "es":
        return ch(r, [f"{wa}, {d.day} {Ma[d.month-1]} {d.year} a las {hm}", f"{d.day}/{d.month}/{d.year} a las {hm}"])
    if lang == "it":
        return ch(r, [f"{wa} {d.day} {Ma[d.month-1]} {d.year} alle ore {hm}", f"{d.day}/{d.month}/{d.year} alle {hm}"])
    if lang == "nl":
        return ch(r, [f"{wa} {d.day} {Ma[d.month-1]} {d.year} om {hm}", f"{d.day}-{d.month}-{d.year} om {hm}"])
    if lang == "pt":
        return ch(r, [f"{wa}, {d.day} de {Ma[d.month-1]} de {d.year} às {hm}", f"{d.day}/{d.month:02d}/{d.year} às {hm}"])
    if lang == "pl":
        return ch(r, [f"{wa}, {d.day} {Ma[d.month-1]} {d.year} o {hm}", f"{d.day}.{d.month:02d}.{d.year} o {hm}"])
    if lang == "sv":
        return ch(r, [f"{wa} {d.day} {Ma[d.month-1]} {d.year} kl. {hm}", f"{d.year}-{d.month:02d}-{d.day:02d} {hm}"])
    return ch(r, [f"{d.day} {Ma[d.month-1]} {d.year} {wa} {hm}", f"{d.day}.{d.month:02d}.{d.year} {hm}"])


def sent_date(r, dt, lang):
    """Value of an Outlook 'Sent:' line in a quoted block."""
    d = dt
    w = WD[lang][d.weekday()]
    M = MON[lang]
    hm = f"{d.hour:02d}:{d.minute:02d}"
    if lang == "en":
        return ch(r, [f"{w}, {M[d.month-1]} {d.day}, {d.year} {(d.hour - 1) % 12 + 1}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}",
                      f"{w}, {d.day} {M[d.month-1]} {d.year} {hm}", f"{d.day:02d}/{d.month:02d}/{d.year} {hm}"])
    if lang == "de":
        return ch(r, [f"{w}, {d.day}. {M[d.month-1]} {d.year} {hm}", f"{d.day:02d}.{d.month:02d}.{d.year} {hm}"])
    if lang in ("fr", "it", "nl"):
        return f"{w} {d.day} {M[d.month-1]} {d.year} {hm}"
    if lang in ("es", "pt"):
        return f"{w}, {d.day} de {M[d.month-1]} de {d.year} {hm}"
    if lang == "pl":
        return f"{w}, {d.day} {M[d.month-1]} {d.year} {hm}"
    if lang == "sv":
        return f"den {d.day} {M[d.month-1]} {d.year} {hm}"
    return f"{d.day} {M[d.month-1]} {d.year} {w} {hm}"


def hdr_date(dt, tz="+0100"):
    """RFC 5322 Date:/Received: timestamp -- never labelled."""
    return f"{WD_AB['en'][dt.weekday()]}, {dt.day} {MON_AB['en'][dt.month-1]} {dt.year} {dt.hour:02d}:{dt.minute:02d}:{(dt.minute * 7) % 60:02d} {tz}"


def iso_log(dt, z=True):
    return f"{dt.year}-{dt.month:02d}-{dt.day:02d}T{dt.hour:02d}:{dt.minute:02d}:{(dt.minute * 13) % 60:02d}{'Z' if z else ''}"


def dob_str(r, b, lang):
    if lang == "en":
        return ch(r, [f"{b.month:02d}/{b.day:02d}/{b.year}", f"{b.day} {MON['en'][b.month-1]} {b.year}",
                      f"{MON['en'][b.month-1]} {b.day}, {b.year}", f"{b.year}-{b.month:02d}-{b.day:02d}"])
    if lang in ("de", "pl", "tr"):
        return f"{b.day:02d}.{b.month:02d}.{b.year}"
    if lang == "nl":
        return f"{b.day:02d}-{b.month:02d}-{b.year}"
    if lang == "sv":
        return f"{b.year}-{b.month:02d}-{b.day:02d}"
    return f"{b.day:02d}/{b.month:02d}/{b.year}"


# --------------------------------------------------------------------------
# identifiers, checksummed numbers, secrets
# --------------------------------------------------------------------------
def luhn_ok(num):
    s, alt = 0, False
    for c in reversed(num):
        v = int(c)
        if alt:
            v *= 2
            if v > 9:
                v -= 9
        s += v
        alt = not alt
    return s % 10 == 0


def card(r):
    kind = r.randrange(4)
    if kind == 0:
        body, n = "4" + dg(r, 14), 16
    elif kind == 1:
        body, n = "5" + str(r.randint(1, 5)) + dg(r, 13), 16
    elif kind == 2:
        body, n = ch(r, ["34", "37"]) + dg(r, 12), 15
    else:
        body, n = "6011" + dg(r, 11), 16
    for c in "0123456789":
        if luhn_ok(body + c):
            num = body + c
            break
    sep = ch(r, [" ", "-", "", " "])
    if n == 15:
        return f"{num[:4]}{sep}{num[4:10]}{sep}{num[10:]}"
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def bad_card(r):
    """16 digits, Luhn-invalid (hard negative)."""
    while True:
        num = "4" + dg(r, 15)
        if not luhn_ok(num):
            return " ".join(num[i:i + 4] for i in range(0, 16, 4)) if maybe(r) else num


IBAN_SPEC = {"DE": "8n10n", "FR": "5n5n11n2n", "ES": "4n4n2n10n", "IT": "1a5n5n12n", "NL": "4a10n",
             "GB": "4a6n8n", "PT": "4n4n11n2n", "PL": "8n16n", "SE": "3n17n", "TR": "5n1n16n",
             "CH": "5n12n", "BE": "3n7n2n", "AT": "5n11n"}


def iban(r, cc=None, grouped=None):
    cc = cc or ch(r, list(IBAN_SPEC))
    bban = ""
    for num, kind in re.findall(r"(\d+)([an])", IBAN_SPEC[cc]):
        for _ in range(int(num)):
            bban += ch(r, string.ascii_uppercase) if kind == "a" else str(r.randrange(10))
    rearr = bban + cc + "00"
    val = int("".join(str(int(c, 36)) for c in rearr))
    chk = 98 - val % 97
    s = f"{cc}{chk:02d}{bban}"
    if grouped is None:
        grouped = maybe(r, 0.6)
    if grouped:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    rearr = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in rearr)) % 97 == 1


def ssn(r):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    g, s = r.randint(1, 99), r.randint(1, 9999)
    sep = ch(r, ["-", "-", "-", " ", ""])
    return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"


def bad_ssn(r):
    a = ch(r, ["000", "666", str(r.randint(900, 999))])
    return f"{a}-{r.randint(10, 99)}-{r.randint(1000, 9999)}"


def ip4(r):
    k = r.randrange(6)
    if k == 0:
        return f"10.{r.randrange(256)}.{r.randrange(256)}.{r.randint(1, 254)}"
    if k == 1:
        return f"192.168.{r.randrange(256)}.{r.randint(1, 254)}"
    if k == 2:
        return f"172.{r.randint(16, 31)}.{r.randrange(256)}.{r.randint(1, 254)}"
    if k == 3:
        return f"{ch(r, ['203.0.113', '198.51.100', '192.0.2'])}.{r.randint(1, 254)}"
    return f"{r.randint(11, 223)}.{r.randrange(256)}.{r.randrange(256)}.{r.randint(1, 254)}"


def ip6(r):
    return "2001:db8:" + ":".join(f"{r.randrange(65536):x}" for _ in range(r.choice([2, 3]))) + "::" + f"{r.randint(1, 65535):x}"


def ip(r):
    return ip6(r) if maybe(r, 0.15) else ip4(r)


def mrn(r):
    return ch(r, [dg(r, 8), f"MRN{dg(r, 7)}", f"{dg(r, 3)}-{dg(r, 3)}-{dg(r, 3)}", f"E{dg(r, 9)}"])


def hplan(r):
    return ch(r, [f"{ch(r, ['XEH', 'W', 'JQH', 'YGB'])}{dg(r, 9)}", f"{dg(r, 3)}{ch(r, 'ABCDEF')}{dg(r, 5)}",
                  f"U{dg(r, 8)}01", f"M{dg(r, 10)}"])


def acct(r):
    return ch(r, [dg(r, 10), f"{dg(r, 4)}-{dg(r, 4)}-{dg(r, 2)}", f"{dg(r, 3)} {dg(r, 3)} {dg(r, 4)}",
                  f"CUST-{dg(r, 7)}", f"{dg(r, 12)}", f"A{dg(r, 8)}"])


def dl(r, cc="us"):
    if cc == "de":
        return ch(r, "BCFJK") + dg(r, 3) + "".join(ch(r, string.ascii_uppercase + string.digits) for _ in range(6)) + dg(r, 1)
    if cc == "uk":
        return f"{ch(r, ['SMITH', 'MORGA', 'PATEL', 'OBRIE'])}{dg(r, 6)}{ch(r, 'ABJ')}{ch(r, 'ABCDEFGH')}9{ch(r, 'ABCDEFGH')}{ch(r, 'ABCDE')}"
    return ch(r, [f"{ch(r, string.ascii_uppercase)}{dg(r, 7)}", f"{dg(r, 3)} {dg(r, 3)} {dg(r, 3)}",
                  f"{ch(r, 'SWMB')}{dg(r, 3)}-{dg(r, 3)}-{dg(r, 2)}-{dg(r, 3)}-{dg(r, 1)}",
                  f"{ch(r, string.ascii_uppercase)}{dg(r, 12)}", f"{dg(r, 8)}"])


ALNUM = string.ascii_letters + string.digits


def rs(r, n, alphabet=ALNUM):
    return "".join(ch(r, alphabet) for _ in range(n))


def aws_ak(r):
    return ch(r, ["AKIA", "AKIA", "ASIA"]) + rs(r, 16, string.ascii_uppercase + "234567")


def aws_sk(r):
    return rs(r, 40, ALNUM + "/+")


def gh_tok(r):
    return ch(r, ["ghp_", "ghp_", "gho_", "ghs_", "ghu_"]) + rs(r, 36)


def slack_tok(r):
    p = ch(r, ["xoxb", "xoxb", "xoxp", "xoxa", "xoxr"])
    return f"{p}-{dg(r, 12)}-{dg(r, 13)}-{rs(r, 24)}"


def stripe_key(r):
    return ch(r, ["sk_live_", "sk_live_", "rk_live_"]) + rs(r, r.choice([24, 32, 99]))


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def jwt(r, sub=None):
    hdr = {"alg": ch(r, ["HS256", "RS256", "ES256"]), "typ": "JWT"}
    if maybe(r, 0.4):
        hdr["kid"] = rs(r, 8).lower()
    pl = {"sub": sub or dg(r, 8), "iat": 1767000000 + r.randrange(10 ** 7),
          "exp": 1777000000 + r.randrange(10 ** 7), "scope": ch(r, ["read write", "api", "openid email"])}
    sig = bytes(r.randrange(256) for _ in range(32 if hdr["alg"] == "HS256" else 64))
    return f"{b64u(json.dumps(hdr, separators=(',', ':')).encode())}.{b64u(json.dumps(pl, separators=(',', ':')).encode())}.{b64u(sig)}"


def pem(r):
    label = ch(r, ["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    raw = bytes(r.randrange(256) for _ in range(r.choice([180, 240, 300])))
    b = base64.b64encode(raw).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


PW_WORDS = ["Spring", "Falcon", "Harbor", "Winter", "Quartz", "Maple", "Sommer", "Soleil", "Tigre", "Lotus"]


def password(r):
    k = r.randrange(4)
    if k == 0:
        return ch(r, PW_WORDS) + str(r.randint(2019, 2027)) + ch(r, "!#$%?*")
    if k == 1:
        return rs(r, r.randint(10, 16), ALNUM + "!#$%&*?@^")
    if k == 2:
        return f"{ch(r, PW_WORDS)}-{ch(r, PW_WORDS).lower()}-{dg(r, 2)}{ch(r, '!?#')}"
    return rs(r, 4, string.ascii_uppercase) + dg(r, 3) + ch(r, "!%&") + rs(r, 4, string.ascii_lowercase)


def passcode(r):
    return ch(r, [dg(r, 6), rs(r, 6), rs(r, 8), dg(r, 8)])


def gsecret(r):
    k = r.randrange(7)
    if k == 0:
        return "whsec_" + rs(r, 32)
    if k == 1:
        return "SG." + rs(r, 22, ALNUM + "-_") + "." + rs(r, 43, ALNUM + "-_")
    if k == 2:
        return "key-" + rs(r, 32, "0123456789abcdef")
    if k == 3:
        return "AIza" + rs(r, 35, ALNUM + "-_")
    if k == 4:
        return rs(r, 40, "0123456789abcdef")
    if k == 5:
        return "pk_" + rs(r, 8, string.ascii_lowercase) + "_" + rs(r, 30)
    return rs(r, 32, ALNUM + "-_")


# ---- hard negatives -------------------------------------------------------
def uuid(r):
    h = rs(r, 32, "0123456789abcdef")
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{ch(r, '89ab')}{h[17:20]}-{h[20:]}"


def sha(r, n=40):
    return rs(r, n, "0123456789abcdef")


def version(r):
    return ch(r, [f"v{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 20)}", f"{r.randint(1, 16)}.{r.randint(0, 9)}.{r.randint(0, 4000)}",
                  f"build {r.randint(1000, 9999)}", f"{r.randint(2019, 2026)}.{r.randint(1, 12)}.{r.randint(0, 3)}"])


def ticket(r):
    return ch(r, [f"#{r.randint(10000, 999999)}", f"INC{dg(r, 7)}", f"REQ-{r.randint(2024, 2027)}-{dg(r, 5)}",
                  f"SR-{dg(r, 6)}", f"CASE-{dg(r, 8)}", f"[Ticket#{dg(r, 10)}]", f"HD-{dg(r, 5)}"])


def order_no(r):
    return ch(r, [f"PO-45{dg(r, 8)}", f"SO{dg(r, 7)}", f"ORD-{dg(r, 4)}-{dg(r, 4)}", f"{dg(r, 3)}-{dg(r, 7)}-{dg(r, 7)}"])


def invoice_no(r):
    return ch(r, [f"INV-{r.randint(2024, 2027)}-{dg(r, 4)}", f"RE{dg(r, 8)}", f"F{r.randint(2024, 2027)}/{dg(r, 5)}",
                  f"{dg(r, 10)}"])


def tracking(r):
    return ch(r, [f"1Z{rs(r, 6, string.ascii_uppercase + string.digits)}{dg(r, 10)}", f"JJD{dg(r, 15)}",
                  f"{dg(r, 12)}", f"LX{dg(r, 9)}DE"])


def amount(r, lang="en"):
    v = round(10 ** r.uniform(1.0, 5.2), 2)
    if lang == "en":
        return ch(r, [f"${v:,.2f}", f"USD {v:,.2f}", f"£{v:,.2f}", f"€{v:,.2f}"])
    s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    if lang in ("pl", "sv"):
        s = s.replace(".", " ")
        return s + (" zł" if lang == "pl" else " kr")
    if lang == "tr":
        return s + " TL"
    return ch(r, [f"{s} €", f"€ {s}", f"EUR {s}"])


def bic(r):
    return rs(r, 4, string.ascii_uppercase) + ch(r, ["DE", "FR", "ES", "IT", "NL", "GB", "PL"]) + rs(r, 2, string.ascii_uppercase + "2") + ch(r, ["XXX", "", "100"])


def routing(r):
    return ch(r, ["021000021", "026009593", "121000358", "011000138", "071000013"])


def msgid(r, domain):
    return f"<{dg(r, 14)}.{rs(r, 10, string.ascii_uppercase + string.digits)}@{ch(r, ['mail', 'smtp', 'mx1', 'EUR04.prod'])}.{domain}>"


IATA = ["FRA", "LHR", "CDG", "MAD", "FCO", "AMS", "LIS", "WAW", "ARN", "IST", "JFK", "SFO", "ORD", "MUC", "BCN"]


# --------------------------------------------------------------------------
# e-mail building blocks
# --------------------------------------------------------------------------
OUTLOOK = {
    "en": ("From:", "Sent:", "To:", "Cc:", "Subject:"),
    "de": ("Von:", "Gesendet:", "An:", "Cc:", "Betreff:"),
    "fr": ("De :", "Envoyé :", "À :", "Cc :", "Objet :"),
    "es": ("De:", "Enviado:", "Para:", "CC:", "Asunto:"),
    "it": ("Da:", "Inviato:", "A:", "Cc:", "Oggetto:"),
    "nl": ("Van:", "Verzonden:", "Aan:", "CC:", "Onderwerp:"),
    "pt": ("De:", "Enviado:", "Para:", "Cc:", "Assunto:"),
    "pl": ("Od:", "Wysłano:", "Do:", "DW:", "Temat:"),
    "sv": ("Från:", "Skickat:", "Till:", "Kopia:", "Ämne:"),
    "tr": ("Kimden:", "Gönderildi:", "Kime:", "Bilgi:", "Konu:"),
}
TITLES = {
    "en": ["Senior Account Manager", "Head of Procurement", "Paralegal", "IT Service Desk Lead", "VP Finance",
           "Office Manager", "Customer Success Manager", "Accounts Payable Specialist", "Talent Partner"],
    "de": ["Leiterin Einkauf", "Vertriebsinnendienst", "Geschäftsführer", "Sachbearbeiterin Buchhaltung",
           "IT-Administrator", "Teamleitung Kundenservice"],
    "fr": ["Chargée de clientèle", "Directeur administratif et financier", "Responsable achats", "Assistante de direction"],
    "es": ["Responsable de Compras", "Director Comercial", "Departamento de Administración", "Técnico de soporte"],
    "it": ["Responsabile Acquisti", "Ufficio Amministrazione", "Project Manager", "Area Manager Nord Italia"],
    "nl": ["Accountmanager", "Inkoper", "Officemanager", "Medewerker Debiteurenbeheer"],
    "pt": ["Gestora de Conta", "Diretor Financeiro", "Assistente Administrativa"],
    "pl": ["Kierownik ds. Zakupów", "Specjalista ds. Księgowości", "Asystentka Zarządu"],
    "sv": ["Inköpschef", "Ekonomiassistent", "Projektledare"],
    "tr": ["Satın Alma Müdürü", "Muhasebe Uzmanı", "Proje Yöneticisi"],
}
PHL = {"en": (["T:", "Tel:", "Direct:", "Office:", "P:"], ["M:", "Mobile:", "Cell:"]),
       "de": (["Tel.:", "Telefon:", "T"], ["Mobil:", "M"]), "fr": (["Tél. :", "Tél :", "T."], ["Port. :", "Mob. :"]),
       "es": (["Tel.:", "T."], ["Móvil:", "M."]), "it": (["Tel.", "T."], ["Cell.", "Mob."]),
       "nl": (["T", "Tel:"], ["M", "Mob:"]), "pt": (["Tel.:", "T:"], ["Telem.:", "Tlm:"]),
       "pl": (["tel.", "Tel.:"], ["kom.", "tel. kom.:"]), "sv": (["Tel:", "Växel:"], ["Mobil:", "Mob:"]),
       "tr": (["Tel:", "T:"], ["Cep:", "GSM:"])}
CLOSE = {"en": ["Best regards,", "Thanks,", "Kind regards,", "Cheers,", "Best,", "Regards,", "Many thanks,"],
         "de": ["Mit freundlichen Grüßen", "Viele Grüße", "Beste Grüße", "VG", "Freundliche Grüße"],
         "fr": ["Cordialement,", "Bien à vous,", "Bonne journée,", "Bien cordialement,"],
         "es": ["Saludos,", "Un saludo,", "Atentamente,", "Gracias y saludos,"],
         "it": ["Cordiali saluti,", "Saluti,", "Grazie e buona giornata,", "Un saluto,"],
         "nl": ["Met vriendelijke groet,", "Groetjes,", "Mvg,", "Hartelijke groet,"],
         "pt": ["Atenciosamente,", "Cumprimentos,", "Com os melhores cumprimentos,", "Abraço,"],
         "pl": ["Pozdrawiam,", "Z poważaniem,", "Pozdrawiam serdecznie,"],
         "sv": ["Med vänliga hälsningar,", "Mvh,", "Hälsningar,", "Vänliga hälsningar"],
         "tr": ["Saygılarımla,", "İyi çalışmalar,", "Teşekkürler,"]}
PAD = {"en": "Please let me know if anything else is needed on your side.",
       "de": "Bitte geben Sie kurz Bescheid, falls noch etwas fehlt.",
       "fr": "N'hésitez pas à revenir vers nous si nécessaire.",
       "es": "Quedamos a su disposición para cualquier consulta.",
       "it": "Restiamo a disposizione per qualsiasi chiarimento.",
       "nl": "Laat het gerust weten als er nog iets nodig is.",
       "pt": "Ficamos ao dispor para qualquer esclarecimento.",
       "pl": "W razie pytań pozostajemy do dyspozycji.",
       "sv": "Hör av dig om något mer behövs.",
       "tr": "Başka bir konuda yardımcı olabilirsek lütfen bildirin."}


def greet(d, r, lang, p):
    k = r.randrange(5)
    if lang == "en":
        if k == 0:
            d.t(ch(r, ["Dear ", "Dear "]) + ch(r, ["Mr. ", "Ms. ", "Dr. ", "Mrs. "])).e(p.last, "PERSON").t(",")
        elif k == 4:
            d.e(p.first.lower() if maybe(r, 0.3) else p.first, "PERSON").t(" -")
        else:
            d.t(ch(r, ["Hi ", "Hello ", "Morning ", "Hey "])).e(p.first, "PERSON").t(",")
    elif lang == "de":
        if k < 2:
            d.t(ch(r, ["Sehr geehrte Frau ", "Sehr geehrter Herr ", "Sehr geehrte Frau Dr. "])).e(p.last, "PERSON").t(",")
        else:
            d.t(ch(r, ["Hallo ", "Liebe ", "Lieber ", "Moin "])).e(p.first, "PERSON").t(",")
    elif lang == "fr":
        if k < 2:
            d.t(ch(r, ["Bonjour Madame ", "Bonjour Monsieur ", "Chère Mme "])).e(p.last, "PERSON").t(",")
        else:
            d.t(ch(r, ["Bonjour ", "Salut ", "Cher "])).e(p.first, "PERSON").t(",")
    elif lang == "es":
        if k < 2:
            d.t(ch(r, ["Estimado Sr. ", "Estimada Sra. ", "Estimada Dra. "])).e(p.last, "PERSON").t(":")
        else:
            d.t(ch(r, ["Hola ", "Buenos días, "])).e(p.first, "PERSON").t(ch(r, [":", ","]))
    elif lang == "it":
        if k < 2:
            d.t(ch(r, ["Gentile Dott. ", "Gentile Sig.ra ", "Egregio Ing. "])).e(p.last, "PERSON").t(",")
        else:
            d.t(ch(r, ["Ciao ", "Buongiorno "])).e(p.first, "PERSON").t(",")
    elif lang == "nl":
        if k < 2:
            d.t(ch(r, ["Geachte heer ", "Geachte mevrouw "])).e(p.last, "PERSON").t(",")
        else:
            d.t(ch(r, ["Hoi ", "Beste ", "Hallo "])).e(p.first, "PERSON").t(",")
    elif lang == "pt":
        if k < 2:
            d.t(ch(r, ["Caro Sr. ", "Cara Dra. ", "Exmo. Sr. "])).e(p.last, "PERSON").t(",")
        else:
            d.t(ch(r, ["Olá ", "Bom dia "])).e(p.first, "PERSON").t(",")
    elif lang == "pl":
        if k < 2:
            d.t(ch(r, ["Szanowny Panie,", "Szanowna Pani,", "Dzień dobry,"]))
        else:
            d.t(ch(r, ["Cześć ", "Dzień dobry "])).e(p.first, "PERSON").t(",")
    elif lang == "sv":
        d.t(ch(r, ["Hej ", "Hejsan ", "God morgon "])).e(p.first, "PERSON").t(ch(r, ["!", ","]))
    else:
        if k < 2:
            d.t("Sayın ").e(p.full(), "PERSON").t(",")
        else:
            d.t("Merhaba ").e(p.first, "PERSON").t(ch(r, [" Bey,", " Hanım,", ","]))
    d.nl(2)


def company(r, lang="en"):
    want = ("us", "uk") if lang == "en" else (lang,)
    cands = [c for c in COMPANIES if c[2] in want]
    if not cands or maybe(r, 0.25):
        return ch(r, COMPANIES)
    return ch(r, cands)


def co_cc(c, lang):
    return c[2] if c[2] in GEO else cc_for(random.Random(c[0]), lang)


MOBILE_SIG = {"en": ["Sent from my iPhone", "Get Outlook for Android", "Sent from my mobile - please excuse typos"],
              "de": ["Von meinem iPhone gesendet", "Gesendet von Outlook für Android"],
              "fr": ["Envoyé de mon iPhone", "Envoyé de mon appareil Android"],
              "es": ["Enviado desde mi iPhone", "Enviado desde mi móvil"],
              "it": ["Inviato da iPhone", "Inviato dal mio dispositivo Android"],
              "nl": ["Verzonden vanaf mijn iPhone"], "pt": ["Enviado do meu iPhone"],
              "pl": ["Wysłane z iPhone'a"], "sv": ["Skickat från min iPhone"], "tr": ["iPhone'umdan gönderildi"]}


def signature(d, r, lang, p, comp=None, style=None, addr=True):
    comp = comp or company(r, lang)
    cc = co_cc(comp, lang)
    title = ch(r, TITLES[lang])
    style = r.randrange(5) if style is None else style
    if style == 4:
        d.t(ch(r, MOBILE_SIG.get(lang, MOBILE_SIG["en"])))
        return
    if maybe(r, 0.3):
        d.t("-- \n")
    if style == 0:
        d.e(p.full(), "PERSON").t(f"\n{title} | {comp[0]}\n")
        d.t(ch(r, PHL[lang][0]) + " ").e(phone(r, cc), "PHONE_NUMBER")
        if maybe(r, 0.6):
            d.t(" | " + ch(r, PHL[lang][1]) + " ").e(phone(r, cc), "PHONE_NUMBER")
        d.t("\n").e(p.email, "EMAIL_ADDRESS").t("\n").e(web(r, comp[1]), "URL")
    elif style == 1:
        d.e(p.full().upper() if maybe(r, 0.2) else p.full(), "PERSON").t(f"\n{title}\n{comp[0]}\n")
        if addr:
            a = address(r, cc)
            d.e("\n".join(a["lines"]), "ADDRESS").t("\n")
        d.t(ch(r, PHL[lang][0]) + " ").e(phone(r, cc), "PHONE_NUMBER").t("\n")
        if maybe(r, 0.4):
            d.t("Fax ").e(phone(r, cc), "PHONE_NUMBER").t("\n")
        d.t(ch(r, ["E-Mail: ", "Email: ", "mailto:", ""])).e(p.email, "EMAIL_ADDRESS")
    elif style == 2:
        d.e(p.full(), "PERSON").t(f" · {title} · {comp[0]} · ").e(phone(r, cc), "PHONE_NUMBER")
    else:
        d.e(p.first, "PERSON").t("\n\n").e(p.full(), "PERSON").t(f", {title}\n{comp[0]}")
        if addr:
            d.t(" | ").e(address(r, cc)["one"], "ADDRESS")
        d.t("\n").e(phone(r, cc), "PHONE_NUMBER").t(" (office)\n").e(web(r, comp[1], False), "URL")


DISCL = {
    "en": ["CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be legally privileged. "
           "If you are not the intended recipient, please notify the sender immediately and delete it. "
           "{co} is registered in England and Wales under company no. {reg}. VAT reg. GB {vat}.",
           "This message contains information that may be privileged or confidential and is the property of {co}. "
           "Please consider the environment before printing this e-mail."],
    "de": ["Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, "
           "informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. "
           "{co} | Handelsregister HRB {reg} | USt-IdNr. DE{vat}"],
    "fr": ["Ce message et ses pièces jointes sont confidentiels et destinés exclusivement au destinataire. "
           "{co} – SIRET {reg} – TVA intracommunautaire FR{vat}."],
    "es": ["AVISO LEGAL: Este mensaje es confidencial y va dirigido exclusivamente a su destinatario. "
           "{co}, inscrita en el Registro Mercantil, CIF B{reg}."],
    "it": ["Le informazioni contenute in questa e-mail sono riservate. {co} – P.IVA IT{vat} – REA {reg}."],
    "nl": ["Dit bericht is uitsluitend bestemd voor de geadresseerde. {co} – KvK {reg} – btw NL{vat}B01."],
    "pt": ["Esta mensagem é confidencial. {co} – NIPC {reg}."],
    "pl": ["Treść tej wiadomości jest poufna. {co}, KRS {reg}, NIP {vat}."],
    "sv": ["Detta e-postmeddelande kan innehålla konfidentiell information. {co}, org.nr 556{reg}."],
    "tr": ["Bu e-posta ve ekleri gizlidir. {co} – Mersis No: 0{reg}."],
}


def disclaimer(d, r, lang, comp):
    pool = DISCL[lang]
    if lang == "en" and comp[2] != "uk":
        pool = pool[1:]
    txt = ch(r, pool).format(co=comp[0], reg=dg(r, 8), vat=dg(r, 9))
    d.t("\n\n" + ch(r, ["", "________________________________\n", "---\n"]) + txt)
    if maybe(r, 0.35):
        cc = co_cc(comp, lang)
        lab = {"en": "Registered office: ", "de": "Sitz der Gesellschaft: ", "fr": "Siège social : ",
               "es": "Domicilio social: ", "it": "Sede legale: ", "nl": "Statutair gevestigd: ",
               "pt": "Sede: ", "pl": "Siedziba: ", "sv": "Säte: ", "tr": "Merkez: "}[lang]
        if maybe(r, 0.5):
            d.t(" " + lab).e(address(r, cc)["one"], "ADDRESS").t(".")
        else:
            d.t(" " + lab).e(ch(r, GEO[cc]["cities"])[0], "LOCATION").t(".")


def addr_line(d, r, p, lang, bracket=None):
    """'Name <email>' (or variants) for header-ish lines."""
    k = r.randrange(5) if bracket is None else bracket
    nm = p.rev() if (k == 1 and lang in ("en", "de", "nl", "sv")) else p.full()
    if k == 3:
        d.t('"').e(nm, "PERSON").t('" <').e(p.email, "EMAIL_ADDRESS").t(">")
    elif k == 4 and lang == "en":
        d.e(nm, "PERSON").t(" [mailto:").e(p.email, "EMAIL_ADDRESS").t("]")
    elif k == 2:
        d.e(p.email, "EMAIL_ADDRESS")
    else:
        d.e(nm, "PERSON").t(" <").e(p.email, "EMAIL_ADDRESS").t(">")


def outlook_block(d, r, lang, frm, dt, to, subj, cc=None):
    L = OUTLOOK[lang]
    d.t(ch(r, ["", "-----Original Message-----\n", "________________________________\n",
               {"de": "-----Ursprüngliche Nachricht-----\n", "fr": "-----Message d'origine-----\n",
                "es": "-----Mensaje original-----\n", "it": "-----Messaggio originale-----\n",
                "nl": "-----Oorspronkelijk bericht-----\n", "pt": "-----Mensagem original-----\n",
                "pl": "-----Wiadomość oryginalna-----\n", "sv": "-----Ursprungligt meddelande-----\n",
                "tr": "-----Özgün İleti-----\n"}.get(lang, "")]))
    d.t(L[0] + " ")
    addr_line(d, r, frm, lang, bracket=ch(r, [0, 1, 4, 3]))
    d.t("\n" + L[1] + " ").e(sent_date(r, dt, lang), "DATE_TIME").t("\n" + L[2] + " ")
    for i, p in enumerate(to):
        if i:
            d.t("; ")
        if maybe(r, 0.6):
            d.e(p.rev() if lang in ("en", "de") and maybe(r) else p.full(), "PERSON")
        else:
            d.e(p.full(), "PERSON").t(" <").e(p.email, "EMAIL_ADDRESS").t(">")
    if cc:
        d.t("\n" + L[3] + " ")
        for i, p in enumerate(cc):
            if i:
                d.t("; ")
            d.e(p.email, "EMAIL_ADDRESS") if maybe(r) else d.e(p.full(), "PERSON")
    d.t("\n" + L[4] + " " + subj + "\n\n")


def wrote_line(d, r, lang, p, dt):
    ds = wrote_date(r, dt, lang)
    nm = p.full()
    if lang == "en":
        if maybe(r, 0.8):
            d.t("On ").e(ds, "DATE_TIME").t(", ").e(nm, "PERSON").t(" <").e(p.email, "EMAIL_ADDRESS").t("> wrote:")
        else:
            d.t("On ").e(ds, "DATE_TIME").t(" ").e(nm, "PERSON").t(" wrote:")
    elif lang == "de":
        if maybe(r):
            d.t("Am ").e(ds, "DATE_TIME").t(" schrieb ").e(nm, "PERSON").t(" <").e(p.email, "EMAIL_ADDRESS").t(">:")
        else:
            d.e(nm, "PERSON").t(" <").e(p.email, "EMAIL_ADDRESS").t("> schrieb am ").e(ds, "DATE_TIME").t(":")
    elif lang == "fr":
        d.t("Le ").e(ds, "DATE_TIME").t(", ").e(nm, "PERSON").t(" <").e(p.email, "EMAIL_ADDRESS").t("> a écrit :")
    elif lang == "es":
        d.t("El ").e(ds, "DATE_TIME").t(", ").e(nm, "PERSON").t(" (<").e(p.email, "EMAIL_ADDRESS").t(">) escribió:")
    elif lang == "it":
        d.t("Il giorno ").e(ds, "DATE_TIME").t(" ").e(nm, "PERSON").t(" <").e(p.email, "EMAIL_ADDRESS").t("> ha scritto:")
    elif lang == "nl":
        d.t("Op ").e(ds, "DATE_TIME").t(" schreef ").e(nm, "PERSON").t(" <").e(p.email, "EMAIL_ADDRESS").t(">:")
    elif lang == "pt":
        d.t("Em ").e(ds, "DATE_TIME").t(", ").e(nm, "PERSON").t(" <").e(p.email, "EMAIL_ADDRESS").t("> escreveu:")
    elif lang == "pl":
        d.e(ds, "DATE_TIME").t(" ").e(nm, "PERSON").t(" <").e(p.email, "EMAIL_ADDRESS").t("> napisał(a):")
    elif lang == "sv":
        d.t("Den ").e(ds, "DATE_TIME").t(" skrev ").e(nm, "PERSON").t(" <").e(p.email, "EMAIL_ADDRESS").t(">:")
    else:
        d.e(nm, "PERSON").t(" <").e(p.email, "EMAIL_ADDRESS").t(">, ").e(ds, "DATE_TIME").t(" tarihinde şunu yazdı:")
    d.t("\n")


def received_hdr(d, r, dt, domain):
    d.t("Received: from ").t(ch(r, ["mail-", "smtp-", "out-", "EUR0"]) + f"{r.randint(1, 99)}.{domain} (")
    d.t(ch(r, ["mail", "relay", "mta"]) + f".{domain} [").e(ip(r), "IP_ADDRESS").t("])\n")
    d.t(f"        by mx{r.randint(1, 4)}.{ch(r, ['mailprotect.net', 'relay.example.net', 'mx.hostedmail.eu'])} with ESMTPS id {rs(r, 12, string.ascii_uppercase + string.digits)};\n")
    d.t("        " + hdr_date(dt, ch(r, ["+0000", "+0100", "-0500", "+0200"])) + "\n")


def raw_headers(d, r, frm, to, dt, subj, domain):
    d.t(f"Return-Path: <").e(frm.email, "EMAIL_ADDRESS").t(">\n")
    for k in range(r.randint(1, 2)):
        received_hdr(d, r, dt - timedelta(seconds=5 * (k + 1)), domain)
    if maybe(r, 0.5):
        d.t(f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain}; s=selector{r.randint(1, 2)};\n"
            f"        bh={base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode()};\n")
    d.t("Message-ID: " + msgid(r, domain) + "\n")
    d.t("Date: " + hdr_date(dt) + "\n")
    d.t("From: ")
    addr_line(d, r, frm, "en", bracket=ch(r, [0, 3]))
    d.t("\nTo: ")
    addr_line(d, r, to, "en", bracket=ch(r, [0, 2, 3]))
    d.t(f"\nSubject: {subj}\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"UTF-8\"\n")
    if maybe(r, 0.5):
        d.t("X-Originating-IP: [").e(ip4(r), "IP_ADDRESS").t("]\n")
    d.t(f"X-Mailer: {ch(r, ['Microsoft Outlook 16.0', 'Apple Mail (2.3774)', 'Mozilla Thunderbird 128.3.1'])}\n\n")


# --------------------------------------------------------------------------
# tiny template engine: {TOKEN} -> (value, type); F0/N1/E0... refer to people
# --------------------------------------------------------------------------
DUR = {"en": ["30-minute", "one-hour", "45-minute", "90-minute", "15-min"], "de": ["30 Minuten", "2 Stunden", "45 Min."],
       "fr": ["30 minutes", "2 heures", "1h30"], "es": ["30 minutos", "2 horas", "una hora"],
       "it": ["30 minuti", "2 ore", "un'ora"], "nl": ["30 minuten", "2 uur", "een uur"],
       "pt": ["30 minutos", "2 horas", "uma hora"], "pl": ["30 minut", "2 godziny", "godzinę"],
       "sv": ["30 minuter", "2 timmar", "en timme"], "tr": ["30 dakika", "2 saat", "bir saat"]}
REL = {"en": ["tomorrow", "next week", "end of day", "later today", "in two weeks", "last Friday"],
       "de": ["morgen", "nächste Woche", "heute Nachmittag", "Ende des Monats"],
       "fr": ["demain", "la semaine prochaine", "en fin de journée"], "es": ["mañana", "la semana que viene", "esta tarde"],
       "it": ["domani", "la prossima settimana", "in giornata"], "nl": ["morgen", "volgende week", "vanmiddag"],
       "pt": ["amanhã", "na próxima semana", "ao fim do dia"], "pl": ["jutro", "w przyszłym tygodniu", "dziś po południu"],
       "sv": ["i morgon", "nästa vecka", "i eftermiddag"], "tr": ["yarın", "gelecek hafta", "bugün öğleden sonra"]}
TOKRE = re.compile(r"\{([A-Z]+)(\d?)\}")


def tokval(r, lang, k, i, ppl):
    if k in ("F", "N", "L", "E", "R", "I"):
        idx = int(i or 0)
        while len(ppl) <= idx:
            ppl.append(P(r, lang))
        p = ppl[idx]
        return {"F": (p.first, "PERSON"), "N": (p.full(), "PERSON"), "L": (p.last, "PERSON"),
                "E": (p.email, "EMAIL_ADDRESS"), "R": (p.rev(), "PERSON"), "I": (p.ini(), "PERSON")}[k]
    if k == "DATE":
        return dbody(r, rdt(r), lang, time=False), "DATE_TIME"
    if k == "DATETIME":
        return dbody(r, rdt(r), lang, time=True), "DATE_TIME"
    if k == "TIME":
        return tclock(r, rdt(r), lang), "DATE_TIME"
    if k == "LOC":
        return location(r, lang), "LOCATION"
    if k == "CITY":
        return ch(r, GEO[cc_for(r, lang)]["cities"])[0], "LOCATION"
    if k == "COUNTRY":
        return ch(r, COUNTRY_NAMES), "LOCATION"
    if k == "ADDR":
        return address(r, cc_for(r, lang))["one"], "ADDRESS"
    if k == "PHONE":
        return phone(r, cc_for(r, lang)), "PHONE_NUMBER"
    if k == "URL":
        return ch(r, ["https://portal.", "https://app.", "https://docs.", "https://"]) + ch(r, [c[1] for c in COMPANIES]) + ch(r, [
            "/reports/q3", "/s/" + rs(r, 10), "/invoices?id=" + dg(r, 6), "/login", "/wiki/Onboarding", "/share/" + rs(r, 8)]), "URL"
    if k == "IP":
        return ip(r), "IP_ADDRESS"
    if k == "DOB":
        return dob_str(r, dob(r), lang), "DATE_OF_BIRTH"
    if k == "SSN":
        return ssn(r), "US_SSN"
    if k == "CARD":
        return card(r), "CREDIT_CARD"
    if k == "IBAN":
        return iban(r), "IBAN_CODE"
    if k == "ACCT":
        return acct(r), "ACCOUNT_NUMBER"
    if k == "MRN":
        return mrn(r), "MEDICAL_RECORD_NUMBER"
    if k == "HPN":
        return hplan(r), "HEALTH_PLAN_NUMBER"
    if k == "DL":
        return dl(r), "DRIVER_LICENSE"
    if k == "PW":
        return password(r), "PASSWORD"
    if k == "SECRET":
        return gsecret(r), "GENERIC_SECRET"
    plain = {
        "AMT": lambda: amount(r, lang), "PO": lambda: order_no(r), "INV": lambda: invoice_no(r),
        "TKT": lambda: ticket(r), "VER": lambda: version(r), "UUID": lambda: uuid(r), "SHA": lambda: sha(r, ch(r, [7, 40])),
        "TRK": lambda: tracking(r), "IATA": lambda: ch(r, IATA), "WD": lambda: ch(r, WD[lang]),
        "DUR": lambda: ch(r, DUR[lang]), "YEAR": lambda: str(r.randint(2019, 2028)), "REL": lambda: ch(r, REL[lang]),
        "BADCARD": lambda: bad_card(r), "BADSSN": lambda: bad_ssn(r), "BIC": lambda: bic(r),
        "ROUTING": lambda: routing(r), "EPOCH": lambda: str(1760000000 + r.randrange(10 ** 8)),
        "MASK": lambda: ch(r, ["**** **** **** ", "XXXX-XXXX-XXXX-", "ending in ", "•••• "]) + dg(r, 4),
        "ROOM": lambda: ch(r, ["Room 4.12", "Raum B-204", "Salle Monet", "Sala Verdi", "Boardroom 3", "Zaal 2.07"]),
        "QTR": lambda: ch(r, ["Q1", "Q2", "Q3", "Q4", "H1", "FY26", "FY2027"]),
        "NUM": lambda: str(r.randint(2, 250)),
    }
    return plain[k](), None


def tpl(d, r, lang, s, ppl=None):
    if ppl is None:
        ppl = []
    pos = 0
    for m in TOKRE.finditer(s):
        d.t(s[pos:m.start()])
        pos = m.end()
        v, typ = tokval(r, lang, m.group(1), m.group(2), ppl)
        d.e(v, typ)
    d.t(s[pos:])
    return d


PARA = {
    "en": ["Could we move the kickoff to {DATETIME}? {F1} is travelling to {LOC} that week.",
           "I've attached the revised quote for {PO}; the total comes to {AMT} excl. VAT, valid until {DATE}.",
           "Invoice {INV} is still showing as open on our side - payment was scheduled for {DATE}.",
           "Following up on ticket {TKT}: the fix ships with {VER}, expected rollout {DATE}.",
           "The workshop will take place at {ADDR} on {DATE}, starting {TIME}.",
           "Can you call me on {PHONE} before {TIME}? I'm in back-to-back meetings until then.",
           "We agreed on a {DUR} slot every {WD}; the next one is {DATETIME}.",
           "Shipment {TRK} left {IATA} yesterday and should reach the {CITY} warehouse by {DATE}.",
           "Budget for {YEAR} is approved ({AMT}); {F1} will raise the PO once legal signs off.",
           "Sorry for the slow reply, I was out last week. Picking this up {REL}.",
           "Per our call, the renewal date is {DATE} and the notice period is 90 days.",
           "{F1}'s team in {LOC} will handle the onsite part, {F2} covers remote support.",
           "The updated deck is on the shared drive: {URL}",
           "Numbers for {QTR} look fine apart from the {AMT} credit note, which still needs sign-off."],
    "de": ["können wir den Termin auf {DATETIME} verschieben? {F1} ist in der Woche in {CITY}.",
           "anbei das überarbeitete Angebot zur Bestellung {PO}, Gesamtsumme {AMT} netto, gültig bis {DATE}.",
           "die Rechnung {INV} ist bei uns noch offen - laut Zahlungsavis wurde am {DATE} überwiesen.",
           "zu Ticket {TKT}: das Update kommt mit Version {VER}, Rollout voraussichtlich am {DATE}.",
           "Veranstaltungsort ist {ADDR}, Beginn am {DATETIME}.",
           "Rufen Sie mich gern unter {PHONE} an, ich bin bis {TIME} erreichbar.",
           "Wir haben jeden {WD} einen Jour fixe ({DUR}); der nächste ist am {DATETIME}.",
           "Die Lieferung mit der Sendungsnummer {TRK} ist unterwegs, Zustellung {REL}."],
    "fr": ["pourriez-vous décaler la réunion au {DATETIME} ? {F1} sera à {CITY} cette semaine-là.",
           "vous trouverez ci-joint le devis révisé pour la commande {PO}, montant total {AMT} HT, valable jusqu'au {DATE}.",
           "la facture {INV} apparaît toujours comme impayée ; le virement était prévu le {DATE}.",
           "concernant le ticket {TKT} : le correctif sera livré avec la version {VER} le {DATE}.",
           "Adresse du rendez-vous : {ADDR}, le {DATETIME}.",
           "Vous pouvez me joindre au {PHONE} jusqu'à {TIME}.",
           "Nous avons un point de {DUR} chaque {WD} ; le prochain est prévu le {DATETIME}."],
    "es": ["¿podemos mover la reunión al {DATETIME}? {F1} estará en {CITY} esa semana.",
           "adjunto el presupuesto revisado del pedido {PO}: {AMT} sin IVA, válido hasta el {DATE}.",
           "la factura {INV} sigue pendiente; la transferencia estaba prevista para el {DATE}.",
           "sobre la incidencia {TKT}: la corrección sale con la versión {VER} el {DATE}.",
           "La formación será en {ADDR} el {DATETIME}.",
           "Puede llamarme al {PHONE} hasta las {TIME}.",
           "Tenemos una reunión de {DUR} cada {WD}; la próxima es el {DATETIME}."],
    "it": ["possiamo spostare la riunione a {DATETIME}? {F1} sarà a {CITY} quella settimana.",
           "in allegato il preventivo aggiornato per l'ordine {PO}: {AMT} + IVA, valido fino al {DATE}.",
           "la fattura {INV} risulta ancora aperta; il bonifico era previsto per il {DATE}.",
           "riguardo al ticket {TKT}: la correzione arriva con la versione {VER} il {DATE}.",
           "Il corso si terrà presso {ADDR} il {DATETIME}.",
           "Può chiamarmi al {PHONE} entro le {TIME}."],
    "nl": ["kunnen we de afspraak verzetten naar {DATETIME}? {F1} zit die week in {CITY}.",
           "in de bijlage de herziene offerte voor order {PO}: {AMT} excl. btw, geldig tot {DATE}.",
           "factuur {INV} staat bij ons nog open; de betaling stond gepland op {DATE}.",
           "over ticket {TKT}: de fix komt mee met versie {VER} op {DATE}.",
           "De training is op {ADDR}, {DATETIME}.",
           "Bel me gerust op {PHONE}, ik ben tot {TIME} bereikbaar."],
    "pt": ["podemos passar a reunião para {DATETIME}? {F1} vai estar em {CITY} nessa semana.",
           "segue em anexo o orçamento revisto da encomenda {PO}: {AMT} + IVA, válido até {DATE}.",
           "a fatura {INV} continua em aberto; a transferência estava prevista para {DATE}.",
           "sobre o pedido {TKT}: a correção sai na versão {VER} em {DATE}.",
           "Local: {ADDR} - {DATETIME}.",
           "Pode ligar-me para o {PHONE} até às {TIME}."],
    "pl": ["czy możemy przesunąć spotkanie na {DATETIME}? {F1} będzie w tym tygodniu w delegacji ({CITY}).",
           "w załączniku poprawiona oferta do zamówienia {PO}: {AMT} netto, ważna do {DATE}.",
           "faktura {INV} nadal jest nieopłacona; przelew był zaplanowany na {DATE}.",
           "w sprawie zgłoszenia {TKT}: poprawka będzie w wersji {VER}, wdrożenie {DATE}.",
           "Szkolenie odbędzie się pod adresem: {ADDR}, {DATETIME}.",
           "Proszę o kontakt pod numerem {PHONE} do {TIME}."],
    "sv": ["kan vi flytta mötet till {DATETIME}? {F1} är i {CITY} den veckan.",
           "bifogar den reviderade offerten för order {PO}: {AMT} exkl. moms, giltig till {DATE}.",
           "faktura {INV} står fortfarande som obetald hos oss; betalningen var planerad till {DATE}.",
           "angående ärende {TKT}: rättningen kommer i version {VER}, planerat {DATE}.",
           "Utbildningen hålls på {ADDR}, {DATETIME}.",
           "Ring mig på {PHONE} före {TIME}."],
    "tr": ["toplantıyı {DATETIME} tarihine alabilir miyiz? {F1} o hafta {CITY} ofisinde olacak.",
           "{PO} numaralı sipariş için revize teklif ekte: {AMT} + KDV, {DATE} tarihine kadar geçerli.",
           "{INV} numaralı fatura hâlâ açık görünüyor; ödeme {DATE} tarihinde planlanmıştı.",
           "{TKT} numaralı kayıt hakkında: düzeltme {VER} sürümüyle {DATE} tarihinde gelecek.",
           "Eğitim adresi: {ADDR}, {DATETIME}.",
           "{TIME} saatine kadar {PHONE} numarasından ulaşabilirsiniz."],
}
SUBJ = {"en": ["Re: Q3 kickoff", "RE: Invoice query", "Re: Updated quote", "RE: Contract renewal", "Re: Workshop logistics",
               "RE: Follow-up from today's call", "Re: Onsite visit", "FW: Delivery schedule"],
        "de": ["AW: Terminabstimmung", "AW: Rechnung offen", "WG: Angebot", "AW: Lieferung", "AW: Schulung"],
        "fr": ["RE: Point projet", "TR: Facture", "RE: Devis révisé", "RE: Réunion"],
        "es": ["RE: Reunión", "RV: Factura pendiente", "RE: Presupuesto", "RE: Pedido"],
        "it": ["R: Riunione", "I: Fattura", "R: Preventivo", "R: Ordine"],
        "nl": ["RE: Afspraak", "FW: Factuur", "RE: Offerte"], "pt": ["RE: Reunião", "ENC: Fatura", "RE: Orçamento"],
        "pl": ["RE: Spotkanie", "PD: Faktura", "Odp: Oferta"], "sv": ["SV: Möte", "VB: Faktura", "SV: Offert"],
        "tr": ["YNT: Toplantı", "İLT: Fatura", "YNT: Teklif"]}


def para(d, r, lang, ppl, k=None):
    pool = PARA[lang]
    s = pool[r.randrange(len(pool))] if k is None else pool[k % len(pool)]
    if s[0] == "¿" and s[1].islower():
        s = "¿" + s[1].upper() + s[2:]
    elif s[0].islower() and not ("".join(d.buf[-3:]).endswith(",\n\n") and lang in ("de", "pl", "sv", "nl")):
        s = s[0].upper() + s[1:]
    tpl(d, r, lang, s, ppl)


def closing(d, r, lang, p, comp=None, sig=True):
    tail = "".join(d.buf[-2:])
    d.t(("" if tail.endswith("\n\n") else "\n" if tail.endswith("\n") else "\n\n") + ch(r, CLOSE[lang]) + "\n")
    if sig:
        signature(d, r, lang, p, comp)
    else:
        d.e(p.first, "PERSON")


def message(r, lang, sender, rcpt, ppl=None, n_par=None, sig=None, comp=None):
    """One e-mail body: greeting, paragraphs, closing, signature."""
    d = Doc(lang)
    ppl = [sender] if ppl is None else ppl
    greet(d, r, lang, rcpt)
    n = n_par or r.randint(1, 3)
    for i in range(n):
        para(d, r, lang, ppl)
        if i < n - 1:
            d.t(ch(r, [" ", "\n\n", "\n\n"]))
    closing(d, r, lang, sender, comp, sig=maybe(r, 0.6) if sig is None else sig)
    return d


# --------------------------------------------------------------------------
# kinds -- English threads and mail-system messages
# --------------------------------------------------------------------------
def k_reply_quoted(r):
    lang = "en"
    ca, cb = company(r, lang), company(r, lang)
    a, b = P(r, lang, ca[1]), P(r, lang, cb[1])
    t0 = rdt(r)
    t1 = later(r, t0)
    m0 = message(r, lang, a, b, [a], n_par=r.randint(1, 2), sig=False)
    m1 = message(r, lang, b, a, [b], n_par=r.randint(1, 2), comp=cb)
    m1.t("\n\n")
    wrote_line(m1, r, lang, a, t0)
    m1.quote(m0)
    d = Doc(lang)
    d.t(ch(r, ["Thanks ", "Perfect, thanks ", "Great - thanks "])).e(b.first, "PERSON").t(". ")
    para(d, r, lang, [a])
    d.t("\n\n" + ch(r, ["Cheers", "Best", "Thanks again"]) + ",\n").e(a.first, "PERSON").t("\n\n")
    wrote_line(d, r, lang, b, t1)
    d.quote(m1)
    return d


def k_outlook_chain(r):
    lang = "en"
    comp = company(r, lang)
    a, b = P(r, lang, comp[1]), P(r, lang, company(r, lang)[1])
    c = P(r, lang, comp[1])
    t0 = rdt(r)
    t1 = later(r, t0)
    d = Doc(lang)
    d.t(ch(r, ["Adding ", "+ ", "Looping in "])).e(c.first, "PERSON").t(ch(r, [" for visibility.", " (cc'd) who owns this now."]) + "\n\n")
    para(d, r, lang, [a])
    d.t("\n\n" + ch(r, CLOSE[lang]) + "\n")
    signature(d, r, lang, a, comp, style=ch(r, [0, 1, 2]))
    disclaimer(d, r, lang, comp)
    d.t("\n\n")
    outlook_block(d, r, lang, b, t1, [a], ch(r, SUBJ[lang]), cc=[c] if maybe(r) else None)
    d.add(message(r, lang, b, a, [b], n_par=r.randint(1, 2)))
    d.t("\n\n")
    outlook_block(d, r, lang, a, t0, [b], ch(r, SUBJ[lang]).replace("RE: ", "").replace("Re: ", ""))
    d.add(message(r, lang, a, b, [a], n_par=1, sig=False))
    return d


def k_forward_gmail(r):
    lang = "en"
    a, b, c = P(r, lang, company(r, lang)[1]), P(r, lang), P(r, lang, company(r, lang)[1])
    t0 = rdt(r)
    d = Doc(lang)
    d.t(ch(r, ["FYI - see below. ", "Forwarding for your records. ", "fyi, can you take this one? "]))
    if maybe(r):
        d.t("Can you reply to ").e(c.first, "PERSON").t(" by ").e(dbody(r, later(r, t0), lang), "DATE_TIME").t("?")
    d.t("\n\n").e(a.first, "PERSON").t("\n\n---------- Forwarded message ---------\nFrom: ")
    d.e(c.full(), "PERSON").t(" <").e(c.email, "EMAIL_ADDRESS").t(">\n")
    d.t(f"Date: {WD_AB['en'][t0.weekday()]}, {MON_AB['en'][t0.month-1]} {t0.day}, {t0.year} at {(t0.hour - 1) % 12 + 1}:{t0.minute:02d} {'AM' if t0.hour < 12 else 'PM'}\n")
    d.t("Subject: " + ch(r, ["Request for proposal", "Site visit", "Outstanding balance", "Introduction"]) + "\nTo: ")
    addr_line(d, r, a, lang, bracket=ch(r, [0, 2]))
    if maybe(r, 0.4):
        d.t("\nCc: ").e(b.email, "EMAIL_ADDRESS")
    d.t("\n\n\n")
    d.add(message(r, lang, c, a, [c], n_par=r.randint(1, 3)))
    return d


def k_raw_source(r):
    lang = "en"
    comp = company(r, lang)
    a, b = P(r, lang, comp[1]), P(r, lang, company(r, lang)[1])
    t0 = rdt(r)
    d = Doc(lang)
    if maybe(r, 0.4):
        d.t("Hi IT, this one got flagged as phishing but I think it is legit - raw source below.\n")
        d.e(b.first, "PERSON").t("\n\n=====\n")
    raw_headers(d, r, a, b, t0, ch(r, ["Re: Statement", "Signed contract", "Meeting notes", "Payment confirmation"]), comp[1])
    greet(d, r, lang, b)
    para(d, r, lang, [a])
    d.t("\n\n" + ch(r, CLOSE[lang]) + "\n")
    signature(d, r, lang, a, comp, style=ch(r, [0, 1, 3]))
    return d


def k_ooo(r):
    lang = "en"
    comp = company(r, lang)
    a, alt = P(r, lang, comp[1]), P(r, lang, comp[1])
    t0 = rdt(r)
    t1 = t0 + timedelta(days=r.randint(3, 15))
    d = Doc(lang)
    d.t("Subject: " + ch(r, ["Automatic reply: ", "Out of Office: ", "Auto-Reply: "]) + ch(r, ["RE: PO confirmation", "Invoice query", "Proposal"]) + "\n\n")
    d.t(ch(r, ["Thank you for your email. ", "Hello, ", ""]))
    k = r.randrange(3)
    if k == 0:
        d.t("I am out of the office from ").e(dbody(r, t0, lang, time=False), "DATE_TIME").t(" until ").e(dbody(r, t1, lang, time=False), "DATE_TIME")
        d.t(" with limited access to email.")
    elif k == 1:
        d.t("I'm currently on annual leave and will return on ").e(dbody(r, t1, lang, time=False, weekday=True), "DATE_TIME").t(".")
    else:
        d.t("I am attending a conference in ").e(location(r, lang), "LOCATION").t(" and will be back in the office on ").e(dbody(r, t1, lang), "DATE_TIME").t(".")
    d.t(" For urgent matters please contact ").e(alt.full(), "PERSON").t(" at ").e(alt.email, "EMAIL_ADDRESS")
    if maybe(r, 0.6):
        d.t(" or call ").e(phone(r, co_cc(comp, lang)), "PHONE_NUMBER")
    d.t(". " + ch(r, ["Your message will not be forwarded.", "For order status, quote your order number (e.g. " + order_no(r) + ").",
                       "Support tickets (" + ticket(r) + ") are handled by the service desk as usual."]))
    d.t("\n\n" + ch(r, CLOSE[lang]) + "\n")
    signature(d, r, lang, a, comp, style=ch(r, [0, 2]))
    return d


def ics_dt(dt):
    return f"{dt.year}{dt.month:02d}{dt.day:02d}T{dt.hour:02d}{dt.minute:02d}00"


def k_ics_invite(r):
    lang = "en"
    comp = company(r, lang)
    org = P(r, lang, comp[1])
    att = [P(r, lang, company(r, lang)[1]) for _ in range(r.randint(1, 3))]
    t0 = rdt(r)
    t1 = t0 + timedelta(minutes=ch(r, [30, 45, 60, 90]))
    stamp = t0 - timedelta(days=r.randint(1, 9), minutes=r.randint(1, 500))
    d = Doc(lang)
    d.e(org.full(), "PERSON").t(" has invited you to ").t(ch(r, ["Quarterly business review", "Vendor onboarding call", "Contract walkthrough"]))
    d.t("\nWhen: ").e(sent_date(r, t0, lang), "DATE_TIME").t(" (UTC" + ch(r, ["+01:00) Amsterdam, Berlin, Rome", "-05:00) Eastern Time (US & Canada)", ") Dublin, Edinburgh, London"]) + "\n")
    loc_room = maybe(r)
    if loc_room:
        d.t(f"Where: {tokval(r, lang, 'ROOM', '', [])[0]} / Microsoft Teams\n\n")
    else:
        a = address(r, co_cc(comp, lang))
        d.t("Where: ").e(a["one"], "ADDRESS").t("\n\n")
    d.t("BEGIN:VCALENDAR\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\nVERSION:2.0\nMETHOD:REQUEST\n")
    tz = ch(r, ["Europe/Berlin", "America/New_York", "Europe/London", "W. Europe Standard Time"])
    d.t("BEGIN:VEVENT\nORGANIZER;CN=")
    if maybe(r):
        d.t('"').e(org.rev(), "PERSON").t('"')
    else:
        d.e(org.full(), "PERSON")
    d.t(":mailto:").e(org.email, "EMAIL_ADDRESS").t("\n")
    for p in att:
        d.t("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=").e(p.full(), "PERSON")
        d.t(":mailto:").e(p.email, "EMAIL_ADDRESS").t("\n")
    d.t(f"DTSTART;TZID={tz}:").e(ics_dt(t0), "DATE_TIME").t(f"\nDTEND;TZID={tz}:").e(ics_dt(t1), "DATE_TIME").t("\n")
    d.t(f"DTSTAMP:{ics_dt(stamp)}Z\nUID:040000008200E00074C5B7101A82E008{sha(r, 32).upper()}\n")
    d.t(f"CREATED:{ics_dt(stamp)}Z\nLAST-MODIFIED:{ics_dt(stamp)}Z\nSEQUENCE:{r.randint(0, 3)}\n")
    d.t("SUMMARY:" + ch(r, ["QBR", "Onboarding", "Contract review", "Budget sync"]) + f" {tokval(r, lang, 'QTR', '', [])[0]}\n")
    if loc_room:
        d.t("LOCATION:Microsoft Teams Meeting\n")
    else:
        d.t("LOCATION:").e(a["one"].replace(",", "\\,"), "ADDRESS").t("\n")
    d.t("STATUS:CONFIRMED\nEND:VEVENT\nEND:VCALENDAR")
    return d


def k_meeting_join(r):
    lang = "en"
    comp = company(r, lang)
    org = P(r, lang, comp[1])
    t0 = rdt(r)
    d = Doc(lang)
    d.t(ch(r, ["Hi all,\n\nSending the invite for ", "Please join us for "]) + ch(r, ["the supplier review", "the kickoff", "our weekly sync"]))
    d.t(" on ").e(dbody(r, t0, lang, time=True), "DATE_TIME").t(".\n\n")
    k = r.randrange(3)
    if k == 0:
        d.t("________________________________________________________________________________\nMicrosoft Teams meeting\n")
        d.t("Join on your computer, mobile app or room device\nClick here to join the meeting<")
        d.e(f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{rs(r, 48)}%40thread.v2/0?context=%7b%22Tid%22%3a%22{uuid(r)}%22%7d", "URL")
        d.t(">\n\nMeeting ID: " + " ".join(dg(r, 3) for _ in range(4)) + "\nPasscode: ").e(passcode(r), "PASSWORD")
        d.t("\n\nOr call in (audio only)\n").e(phone(r, "us"), "PHONE_NUMBER").t(",," + dg(r, 9) + "#   (Toll)\n")
        d.t("Phone Conference ID: " + dg(r, 3) + " " + dg(r, 3) + " " + dg(r, 3) + "#\n")
        d.t("Find a local number | Reset PIN\nLearn More | Meeting options\n________________________________________________________________________________")
    elif k == 1:
        mid = dg(r, 11)
        pc = dg(r, 6)
        d.e(org.full(), "PERSON").t(" is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\n")
        d.e(f"https://us02web.zoom.us/j/{mid}?pwd={rs(r, 32)}", "URL")
        d.t(f"\n\nMeeting ID: {mid[:3]} {mid[3:7]} {mid[7:]}\nPasscode: ").e(pc, "PASSWORD").t("\n\n---\n\nOne tap mobile\n")
        d.e("+1" + ch(r, ["669", "646", "312"]) + dg(r, 7), "PHONE_NUMBER")
        d.t(f",,{mid}#,,,,*").e(pc, "PASSWORD").t("# US\n\nDial by your location\n        ")
        d.e(f"+1 {ch(r, ['669', '646', '253'])} {dg(r, 3)} {dg(r, 4)}", "PHONE_NUMBER").t(" US\n        ")
        d.e(f"+44 {ch(r, ['203', '208'])} {dg(r, 3)} {dg(r, 4)}", "PHONE_NUMBER").t(" GB\n")
    else:
        d.t("Join Webex meeting\n").e(f"https://{comp[1].split('.')[0]}.webex.com/{comp[1].split('.')[0]}/j.php?MTID=m{sha(r, 32)}", "URL")
        d.t("\nMeeting number (access code): " + " ".join([dg(r, 4), dg(r, 3), dg(r, 4)]) + "\nMeeting password: ").e(password(r), "PASSWORD")
        d.t("\n\nJoin by phone\n").e(phone(r, ch(r, ["us", "uk", "de"])), "PHONE_NUMBER").t(" Call-in toll number\n")
    d.t("\n\n" + ch(r, ["Talk soon,", "Thanks,", "Best,"]) + "\n").e(org.first, "PERSON")
    return d


LISTS = ["ops-announce", "finance-l", "procurement", "it-users", "sales-emea", "python-dev-eu", "facilities"]


def k_digest(r):
    lang = "en"
    lst = ch(r, LISTS)
    dom = ch(r, ["example.org", "lists.kestrelcloud.io", "harperlowe.com", "brightwater.co.uk"])
    host = dom if dom.startswith("lists.") else "lists." + dom
    d = Doc(lang)
    d.t(f"Send {lst} mailing list submissions to\n\t").e(f"{lst}@{host}", "EMAIL_ADDRESS")
    d.t("\n\nTo subscribe or unsubscribe via the World Wide Web, visit\n\t").e(f"https://{host}/mailman/listinfo/{lst}", "URL")
    d.t("\nor, via email, send a message with subject or body 'help' to\n\t").e(f"{lst}-request@{host}", "EMAIL_ADDRESS")
    d.t("\n\nYou can reach the person managing the list at\n\t").e(f"{lst}-owner@{host}", "EMAIL_ADDRESS")
    d.t(f"\n\nWhen replying, please edit your Subject line so it is more specific\nthan \"Re: Contents of {lst} digest...\"\n\n")
    msgs = []
    for i in range(r.randint(2, 3)):
        msgs.append((P(r, lang, ch(r, [c[1] for c in COMPANIES])), ch(r, ["Re: Badge access over the weekend", "Parking changes",
                     "Re: Expense tool outage", "New supplier onboarding", "Office move", "Re: VPN client " + version(r)])))
    d.t("Today's Topics:\n\n")
    for i, (p, s) in enumerate(msgs):
        d.t(f"   {i + 1}. {s} (").e(p.full(), "PERSON").t(")\n")
    d.t("\n\n" + "-" * 70 + "\n")
    t = rdt(r)
    for i, (p, s) in enumerate(msgs):
        t = later(r, t, 5, 600)
        d.t(f"\nMessage: {i + 1}\nDate: {hdr_date(t)}\nFrom: ")
        if maybe(r):
            d.e(p.full(), "PERSON").t(" <").e(p.email, "EMAIL_ADDRESS").t(">")
        else:
            d.e(p.email, "EMAIL_ADDRESS").t(" (").e(p.full(), "PERSON").t(")")
        d.t("\nTo: ").e(f"{lst}@{host}", "EMAIL_ADDRESS").t(f"\nSubject: [{lst}] {s}\nMessage-ID: {msgid(r, p.email.split('@')[1])}\n")
        d.t("Content-Type: text/plain; charset=\"utf-8\"\n\n")
        tpl(d, r, lang, ch(r, ["Reminder: the {CITY} office is closed on {DATE}. Deliveries go to {ADDR} instead.",
                               "The outage on {DATE} was caused by {VER}; rollback done at {TIME}. Ticket {TKT}.",
                               "If you need a badge, ping {F1} ({E1}) or call reception on {PHONE}.",
                               "Slides from the {WD} session: {URL}",
                               "Same here since {WD}. Build {SHA} seems to be the culprit."]), [p])
        d.t("\n\n")
        d.e(p.first, "PERSON").t("\n\n------------------------------\n")
    d.t(f"\nEnd of {lst} Digest, Vol {r.randint(3, 60)}, Issue {r.randint(1, 40)}\n" + "*" * 40)
    return d


def k_dsn_postfix(r):
    lang = "en"
    comp = company(r, lang)
    a = P(r, lang, comp[1])
    b = P(r, lang, ch(r, [c[1] for c in COMPANIES]))
    t0 = rdt(r)
    host = f"mx{r.randint(1, 3)}.{comp[1]}"
    rdom = b.email.split("@")[1]
    d = Doc(lang)
    d.t("From: ").e(f"MAILER-DAEMON@{host}", "EMAIL_ADDRESS").t(" (Mail Delivery System)\nSubject: Undelivered Mail Returned to Sender\n")
    d.t(f"Date: {hdr_date(t0)}\nTo: ").e(a.email, "EMAIL_ADDRESS")
    d.t(f"\n\nThis is the mail system at host {host}.\n\nI'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n<")
    code = ch(r, [("550 5.1.1", "Recipient address rejected: User unknown in virtual mailbox table"),
                  ("552 5.2.2", "Mailbox full - quota exceeded"), ("554 5.7.1", "Message rejected due to content restrictions")])
    rip = ip4(r)
    d.e(b.email, "EMAIL_ADDRESS").t(f">: host mx.{rdom}[").e(rip, "IP_ADDRESS").t(f"] said: {code[0]}\n    <")
    d.e(b.email, "EMAIL_ADDRESS").t(f">: {code[1]} (in reply to RCPT TO\n    command)\n\n")
    d.t(f"Reporting-MTA: dns; {host}\nX-Postfix-Queue-ID: {rs(r, 11, string.ascii_uppercase + string.digits)}\nX-Postfix-Sender: rfc822; ")
    d.e(a.email, "EMAIL_ADDRESS").t(f"\nArrival-Date: {hdr_date(t0 - timedelta(seconds=3))}\n\nFinal-Recipient: rfc822; ")
    d.e(b.email, "EMAIL_ADDRESS").t("\nOriginal-Recipient: rfc822;").e(b.email, "EMAIL_ADDRESS")
    d.t(f"\nAction: failed\nStatus: {code[0].split()[1]}\nRemote-MTA: dns; mx.{rdom}\nDiagnostic-Code: smtp; {code[0]} {code[1]}\n\n")
    d.t("---------- Original message headers ----------\n")
    received_hdr(d, r, t0 - timedelta(seconds=4), comp[1])
    d.t(f"Date: {hdr_date(t0 - timedelta(seconds=9))}\nFrom: ")
    addr_line(d, r, a, lang, bracket=0)
    d.t("\nTo: ")
    addr_line(d, r, b, lang, bracket=ch(r, [0, 2]))
    d.t(f"\nSubject: {ch(r, SUBJ['en'])}\nMessage-ID: {msgid(r, comp[1])}")
    return d


def k_exchange_ndr(r):
    lang = "en"
    comp = company(r, lang)
    a = P(r, lang, comp[1])
    b = P(r, lang, ch(r, [c[1] for c in COMPANIES]))
    t0 = rdt(r)
    loc, rdom = b.email.split("@")
    srv = f"{ch(r, ['AM6PR04', 'DB9PR10', 'VI1PR08', 'BN8PR12'])}MB{dg(r, 4)}"
    d = Doc(lang)
    d.t("Delivery has failed to these recipients or groups:\n\n").e(b.email, "EMAIL_ADDRESS")
    d.t(f"\nYour message couldn't be delivered. {loc} wasn't found at {rdom}.\n\n")
    d.t(f"{a.email.split('@')[0]}      Office 365      {loc}\nAction Required                      Recipient\n\nUnknown To address\n\n")
    d.t("How to Fix It\nThe address may be misspelled or may not exist. Try one or more of the following:\n"
        "  - Retype the recipient's address, then resend the message.\n  - Remove the recipient from the Auto-Complete List.\n\n")
    d.t(f"Diagnostic information for administrators:\n\nGenerating server: {srv}.eurprd04.prod.outlook.com\n\n")
    d.e(b.email, "EMAIL_ADDRESS").t("\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n\n")
    d.t(f"Original message headers:\n\nReceived: from {srv}.eurprd04.prod.outlook.com\n (")
    d.e(f"2603:10a6:{r.randrange(4096):x}:{r.randrange(4096):x}::{r.randrange(4096):x}", "IP_ADDRESS")
    d.t(f") by {srv}.eurprd04.prod.outlook.com with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{r.randint(7000, 8999)}.{r.randint(10, 60)};\n {hdr_date(t0, '+0000')}\n")
    d.t("From: ")
    addr_line(d, r, a, lang, bracket=ch(r, [0, 1]))
    d.t("\nTo: ").e(b.email, "EMAIL_ADDRESS").t(f"\nSubject: {ch(r, SUBJ['en'])}\nDate: {hdr_date(t0, '+0000')}\nMessage-ID: {msgid(r, comp[1])}\n")
    d.t(f"X-MS-Exchange-Organization-Network-Message-Id: {uuid(r)}\nX-MS-Exchange-CrossTenant-originalarrivaltime: {t0.day:02d} {MON_AB['en'][t0.month-1]} {t0.year} {t0.hour:02d}:{t0.minute:02d}:12.0431 (UTC)")
    return d


def k_ticket_autoreply(r):
    lang = "en"
    a = P(r, lang)
    agent = P(r, lang)
    tk = r.randint(10000, 999999)
    vendor = ch(r, [("Kestrel Cloud Support", "kestrelcloud.io"), ("Northwind Freight Customer Care", "northwindfreight.com"),
                    ("Brightwater Helpdesk", "brightwater.co.uk")])
    d = Doc(lang)
    d.t("##- Please type your reply above this line -##\n\n")
    d.t(f"Your request ({tk}) has been received and is being reviewed by our support staff.\n\n")
    d.t("To add additional comments, reply to this email or visit ").e(f"https://support.{vendor[1]}/hc/requests/{tk}", "URL").t(".\n\n")
    d.t("-" * 40 + "\n\n")
    d.e(a.full(), "PERSON").t("\n").e(dbody(r, rdt(r), lang, time=True), "DATE_TIME").t("\n\n")
    tpl(d, r, lang, ch(r, ["Hi, our invoices since {DATE} show the wrong billing address. It should be {ADDR}. Account {ACCT}. Please fix before {DATE}.",
                           "Hello, I can't log in since version {VER}. My callback number is {PHONE}. Account no. {ACCT}.",
                           "The delivery for order {PO} was left at the wrong address. Correct one: {ADDR}. Contact on site: {N1}, {PHONE}."]), [a])
    d.t("\n\n").e(a.first, "PERSON")
    d.t("\n\n" + "-" * 40 + "\nThis email is a service from " + vendor[0] + ". Delivered by Zendesk\n")
    d.t(f"[{rs(r, 6, string.ascii_uppercase + string.digits)}-{rs(r, 5, string.ascii_uppercase + string.digits)}]")
    if maybe(r, 0.5):
        d.t(f"\n\nYour assigned agent: ").e(agent.first, "PERSON").t(f" (Tier {r.randint(1, 2)}). Typical first response time: {ch(r, ['4 business hours', '1 business day', '30 minutes'])}.")
    return d


def k_jira_notification(r):
    lang = "en"
    ppl = [P(r, lang, "kestrelcloud.io") for _ in range(3)]
    key = f"{ch(r, ['OPS', 'ITSD', 'FIN', 'INT'])}-{r.randint(100, 9999)}"
    d = Doc(lang)
    d.e(ppl[0].full(), "PERSON").t(f" commented on {key}\n")
    d.t(f"Re: {ch(r, ['SFTP upload failing for partner', 'Payroll export mismatch', 'Laptop replacement', 'Firewall rule request'])}\n\n")
    d.t(f"  Status: {ch(r, ['In Progress', 'Waiting for customer', 'Escalated'])}   Priority: {ch(r, ['P2', 'High', 'Medium'])}   Assignee: ")
    d.e(ppl[1].full(), "PERSON").t("\n  Reporter: ").e(ppl[2].rev(), "PERSON").t("\n\n")
    for i in range(r.randint(2, 3)):
        p = ch(r, ppl)
        d.e(p.full(), "PERSON").t(" ")
        d.t(ch(r, ["commented", "added a comment", "replied"]) + " - " + ch(r, ["2 hours ago", "yesterday", "just now", "3 days ago"]) + "\n")
        tpl(d, r, lang, ch(r, [
            "Partner IP {IP} is whitelisted now; please retry after {TIME}. Change ref CHG{NUM}.",
            "Confirmed with {F1} - the export from {DATE} had {NUM} rows; hash {SHA}.",
            "Replacement device ships {REL} to {ADDR}. Tracking {TRK}.",
            "Rule deployed on fw-{NUM} for {IP} -> {IP} port 443, expires {DATE}.",
            "Can we do a {DUR} call at {TIME}? Bridge: {PHONE}."]), [p])
        d.t("\n\n")
    d.t("View request: ").e(f"https://kestrelcloud.atlassian.net/browse/{key}", "URL")
    d.t(f"\n\nThis message was sent by Atlassian Jira ({version(r)}#{r.randint(100000, 999999)}-sha1:{sha(r, 7)})")
    return d


def k_bank_change(r):
    lang = "en"
    comp = company(r, ch(r, ["en", "de", "nl", "fr"]))
    a = P(r, "en", comp[1])
    b = P(r, "en", company(r, "en")[1])
    d = Doc(lang)
    d.t(f"Subject: {ch(r, ['URGENT: updated remittance details', 'Change of bank details - ' + comp[0], 'New payment instructions'])}\n\n")
    greet(d, r, lang, b)
    d.t("Please note that with effect from ").e(dbody(r, rdt(r), lang, time=False), "DATE_TIME")
    d.t(f" {comp[0]} will receive payments to a new account. Kindly update your vendor master data before the next payment run.\n\n")
    w = 16
    rows = [("Beneficiary", comp[0], None), ("Bank", ch(r, ["Commerzbank AG", "ING Bank N.V.", "BNP Paribas", "Barclays Bank UK PLC"]), None),
            ("IBAN", iban(r, ch(r, ["DE", "NL", "FR", "GB"])), "IBAN_CODE"), ("BIC/SWIFT", bic(r), None)]
    if maybe(r):
        rows.append(("Account no.", dg(r, 8), "ACCOUNT_NUMBER"))
        rows.append(("Sort code", f"{dg(r, 2)}-{dg(r, 2)}-{dg(r, 2)}", None))
    if maybe(r, 0.4):
        rows.append(("ABA routing", routing(r), None))
    rows.append(("Vendor ID", f"V{dg(r, 6)}", None))
    for lab, val, typ in rows:
        d.t(f"{lab + ':':<{w}}").e(val, typ).t("\n")
    d.t("\nOpen items: invoices " + invoice_no(r) + " and " + invoice_no(r) + " (total " + amount(r, "en") + ").\n")
    d.t("For verification please call me back on ").e(phone(r, co_cc(comp, "en")), "PHONE_NUMBER").t(
        " - do NOT use the number from any previous e-mail.\n\n" + ch(r, CLOSE["en"]) + "\n")
    signature(d, r, lang, a, comp, style=ch(r, [0, 1]))
    if maybe(r, 0.5):
        d.t("\n\n[External sender] ")
        d.t("Caution: this message originated outside the organisation. Verify bank detail changes by phone.")
    return d


def k_ar_reminder(r):
    lang = "en"
    comp = company(r, lang)
    a = P(r, lang, comp[1])
    cust = company(r, lang)
    b = P(r, lang, cust[1])
    d = Doc(lang)
    d.t(f"Subject: Payment reminder - {cust[0]} - account ")
    acc = acct(r)
    d.e(acc, "ACCOUNT_NUMBER").t("\n\n")
    greet(d, r, lang, b)
    d.t("According to our records the following items on your customer account ").e(acc, "ACCOUNT_NUMBER").t(" are overdue:\n\n")
    d.t(f"{'Invoice':<16}{'Date':<14}{'Due':<14}{'Amount':>14}\n")
    for _ in range(r.randint(2, 4)):
        t = rdt(r)
        inv = invoice_no(r)
        d.t(f"{inv:<16}")
        s1 = f"{t.day:02d}/{t.month:02d}/{t.year}"
        t2 = t + timedelta(days=30)
        s2 = f"{t2.day:02d}/{t2.month:02d}/{t2.year}"
        d.e(s1, "DATE_TIME").t(" " * (14 - len(s1))).e(s2, "DATE_TIME").t(" " * (14 - len(s2)))
        d.t(f"{amount(r, 'en'):>14}\n")
    d.t("\nPlease arrange payment by ").e(dbody(r, rdt(r), lang, time=False), "DATE_TIME").t(". Remittance advice to ")
    d.e(f"accounts.receivable@{comp[1]}", "EMAIL_ADDRESS").t(". Card payments can be made at ").e(f"https://pay.{comp[1]}/invoice", "URL").t(".\n")
    d.t("If payment has already been made, please disregard this reminder. Our bank details: sort code ")
    d.t(f"{dg(r, 2)}-{dg(r, 2)}-{dg(r, 2)}, IBAN ").e(iban(r, "GB"), "IBAN_CODE").t(f", BIC {bic(r)}.")
    d.t("\n\n" + ch(r, CLOSE[lang]) + "\n")
    signature(d, r, lang, a, comp, style=ch(r, [0, 2]))
    return d


def k_hr_onboarding(r):
    lang = "en"
    comp = company(r, lang)
    hr = P(r, lang, comp[1])
    new = P(r, lang)
    a = address(r, "us")
    start = rdt(r)
    d = Doc(lang)
    d.t("Subject: RE: New hire paperwork - ").e(new.full(), "PERSON").t("\n\n")
    greet(d, r, lang, hr)
    d.t("Here is the information you asked for. I start on ").e(dbody(r, start, lang, time=False), "DATE_TIME").t(".\n\n")
    fields = [("Legal name", new.full().upper() if maybe(r, 0.3) else new.full(), "PERSON"),
              ("SSN", ssn(r), "US_SSN"), ("Date of birth", dob_str(r, dob(r), lang), "DATE_OF_BIRTH"),
              ("Home address", a["one"], "ADDRESS"), ("Cell", phone(r, "us"), "PHONE_NUMBER"),
              ("Driver's license", dl(r), "DRIVER_LICENSE"),
              ("Emergency contact", None, None)]
    mid = fields[1:6]
    r.shuffle(mid)
    fields = fields[:1] + mid + fields[6:]
    for lab, val, typ in fields:
        d.t(f"- {lab}: ")
        if lab == "Emergency contact":
            ec = P(r, lang)
            d.e(ec.full(), "PERSON").t(f" ({ch(r, ['spouse', 'mother', 'brother', 'partner'])}), ").e(phone(r, "us"), "PHONE_NUMBER")
        else:
            d.e(val, typ)
            if lab == "Driver's license" and maybe(r):
                d.t(", issued in ").e(STATE_NAMES[a["region"]], "LOCATION")
        d.t("\n")
    d.t(f"\nFor direct deposit: routing {routing(r)}, checking account ").e(dg(r, r.randint(9, 12)), "ACCOUNT_NUMBER").t(".\n")
    d.t("Employee ID on the offer letter was E-" + dg(r, 5) + "; badge photo is attached.\n\nThanks,\n").e(new.first, "PERSON")
    d.t("\n\n")
    wrote_line(d, r, lang, hr, rdt(r))
    q = Doc(lang)
    q.t("Welcome aboard! Before your first day please reply with your SSN, DOB, home address and a copy of your driver's license for the I-9.\n"
        "Please do NOT send a photo of your SSN card.\n\n")
    q.e(hr.full(), "PERSON").t(" | People Operations | ").t(comp[0])
    d.quote(q)
    return d


def k_benefits(r):
    lang = "en"
    comp = company(r, lang)
    a = P(r, lang, comp[1])
    ben = P(r, lang, "pembertonmed.org")
    kids = [P(r, lang) for _ in range(r.randint(1, 2))]
    d = Doc(lang)
    d.t(f"Subject: Open enrollment - dependent verification ({tokval(r, lang, 'QTR', '', [])[0]})\n\n")
    greet(d, r, lang, ben)
    d.t("I'm adding my dependents to the PPO plan. Details below.\n\n")
    d.t("Subscriber: ").e(a.full(), "PERSON").t("\nMember ID: ").e(hplan(r), "HEALTH_PLAN_NUMBER")
    d.t(f"\nGroup #: {dg(r, 6)}  (Plan code {ch(r, ['PPO500', 'HDHP-2', 'EPO'])})\n")
    d.t("Subscriber DOB: ").e(dob_str(r, dob(r), lang), "DATE_OF_BIRTH").t("\n\n")
    d.t(f"{'Dependent':<24}{'Relationship':<14}{'DOB':<12}\n")
    for k in kids:
        nm = k.first + " " + a.last
        b = dob(r)
        bs = f"{b.month:02d}/{b.day:02d}/{r.randint(2008, 2023)}"
        d.e(nm, "PERSON").t(" " * max(1, 24 - len(nm))).t(f"{ch(r, ['son', 'daughter', 'child']):<14}").e(bs, "DATE_OF_BIRTH").t("\n")
    d.t("\nCoverage should start ").e(dbody(r, rdt(r), lang, time=False), "DATE_TIME").t(". Copay for specialist visits is ")
    d.t(amount(r, "en") + "; Rx " + ch(r, ["atorvastatin", "metformin", "Lipitor", "omeprazole"]) + " stays tier 1.\n")
    d.t("If you need the marriage certificate, I can drop it off at ").e(address(r, "us")["one"], "ADDRESS").t(".\n\n")
    closing(d, r, lang, a, comp)
    return d


def k_clinic_email(r):
    lang = "en"
    comp = ("Pemberton Medical Group", "pembertonmed.org", "us")
    doc = P(r, lang, comp[1])
    coord = P(r, lang, comp[1])
    pt = P(r, lang)
    t = rdt(r)
    d = Doc(lang)
    d.t("[SECURE] " + ch(r, ["Referral", "Prior auth", "Records request"]) + " - ").e(pt.last.upper() + ", " + pt.first.upper(), "PERSON").t("\n\n")
    d.t(ch(r, ["Dr. ", "Hi Dr. "])).e(doc.last, "PERSON").t(",\n\n")
    tpl(d, r, lang, "Please find the referral for the patient below. Appointment requested for {DATETIME} at our {CITY} clinic. ", [])
    d.t("\n\nPatient: ").e(pt.full(), "PERSON").t("\nDOB: ").e(dob_str(r, dob(r), lang), "DATE_OF_BIRTH").t("\nMRN: ").e(mrn(r), "MEDICAL_RECORD_NUMBER")
    d.t("\nInsurance: " + ch(r, ["Aetna PPO", "BCBS", "UnitedHealthcare Choice Plus", "Cigna OAP"]) + ", member ID ").e(hplan(r), "HEALTH_PLAN_NUMBER")
    d.t(f", group {dg(r, 6)}\nPatient account: ").e(dg(r, 9), "ACCOUNT_NUMBER")
    d.t(f"\nDx: {ch(r, ['M54.5', 'E11.9', 'I10', 'J45.909'])}; CPT {ch(r, ['99213', '72148', '93000'])}; referring NPI {dg(r, 10)}\n")
    d.t("Phone: ").e(phone(r, "us"), "PHONE_NUMBER").t("\n\nRecords are also available via the portal: ")
    d.e(f"https://portal.{comp[1]}/referrals/{uuid(r)}", "URL").t("\n\nThank you,\n").e(coord.full(), "PERSON")
    d.t(", Referral Coordinator\n" + comp[0] + " | Fax ").e(phone(r, "us"), "PHONE_NUMBER")
    d.t("\n\nThis message may contain protected health information (PHI). If you received it in error, notify the sender and delete it.")
    return d


def k_card_auth(r):
    lang = "en"
    comp = company(r, lang)
    a, b = P(r, lang, comp[1]), P(r, lang)
    exp = f"{r.randint(1, 12):02d}/{r.randint(26, 31)}"
    d = Doc(lang)
    d.t("Subject: Credit card authorization form - booking " + rs(r, 6, string.ascii_uppercase + string.digits) + "\n\n")
    greet(d, r, lang, a)
    d.t("As requested, here are the card details for the deposit (please delete this email after processing):\n\n")
    d.t("Cardholder name: ").e(b.full().upper(), "PERSON").t("\nCard number: ").e(card(r), "CREDIT_CARD").t("\nExpiry: ").e(exp, "DATE_TIME")
    d.t(f"\nCVV: {dg(r, 3)}\nBilling address: ").e(address(r, ch(r, ["us", "uk", "ca"]))["one"], "ADDRESS")
    d.t("\nAmount to charge: " + amount(r, "en") + "\n\nPlease don't use the old card ending " + dg(r, 4) + ", it was cancelled. ")
    d.t("Our ref. " + order_no(r) + "; the card on file " + tokval(r, lang, 'MASK', '', [])[0] + " can be removed.\n\nThanks,\n").e(b.first, "PERSON")
    if maybe(r):
        d.t("\n\n")
        wrote_line(d, r, lang, a, rdt(r))
        q = Doc(lang)
        q.t("To guarantee the reservation we need a card authorization by ")
        q.e(dbody(r, rdt(r), lang, time=False), "DATE_TIME").t(". Alternatively call us on ").e(phone(r, co_cc(comp, lang)), "PHONE_NUMBER").t(".")
        d.quote(q)
    return d


def k_it_handover(r):
    lang = "en"
    comp = company(r, lang)
    it, u = P(r, lang, comp[1]), P(r, lang, comp[1])
    uname = u.email.split("@")[0]
    d = Doc(lang)
    d.t("Subject: Your new account - " + ticket(r) + "\n\n")
    greet(d, r, lang, u)
    d.t("Your accounts are ready. Please change the password at first login.\n\n")
    d.t(f"  Username:           {uname}\n  Temporary password: ").e(password(r), "PASSWORD")
    d.t("\n  VPN gateway:        ").e(ip4(r), "IP_ADDRESS").t(f" (profile \"{comp[1].split('.')[0]}-full-tunnel\", port {ch(r, ['443', '1194', '4443'])})")
    d.t("\n  Jump host:          ").e(ip4(r), "IP_ADDRESS").t(f"\n  Laptop asset tag:   LT-{dg(r, 5)}\n  Phone extension:    x{dg(r, 4)}\n")
    d.t("  Wi-Fi (guest):      " + ch(r, ["Corp-Guest", "VisitorNet"]) + " / ").e(password(r), "PASSWORD").t("\n\n")
    d.t("MFA: enroll via ").e(f"https://aka.{comp[1]}/mfasetup", "URL").t(" before ").e(dbody(r, rdt(r), lang, time=True), "DATE_TIME").t(".\n")
    d.t("Never share these credentials. IT will never ask for your password by email.\n\n")
    d.e(it.full(), "PERSON").t("\nIT Service Desk - ").e(phone(r, co_cc(comp, lang)), "PHONE_NUMBER")
    return d


def k_aws_leak(r):
    lang = "en"
    comp = ("Kestrel Cloud Services", "kestrelcloud.io", "us")
    dev, sec = P(r, lang, comp[1]), P(r, lang, comp[1])
    t = rdt(r)
    d = Doc(lang)
    d.e(dev.first, "PERSON").t(" - please rotate these immediately, they were pasted in the vendor thread below. I've opened ")
    d.t(ticket(r) + ".\n\n").e(sec.full(), "PERSON").t("\nSecurity Engineering\n\n")
    outlook_block(d, r, lang, dev, t, [P(r, lang, "northwindfreight.com")], "RE: S3 bucket access for the export")
    q = Doc(lang)
    q.t("Hi,\n\nYou can use this IAM user for the nightly export until we set up the cross-account role:\n\n")
    q.t("[default]\naws_access_key_id = ").e(aws_ak(r), "AWS_ACCESS_KEY").t("\naws_secret_access_key = ").e(aws_sk(r), "AWS_SECRET_KEY")
    q.t(f"\nregion = {ch(r, ['eu-central-1', 'us-east-1', 'eu-west-1'])}\n\nBucket: s3://{comp[1].split('.')[0]}-export-{dg(r, 4)}/daily/\n")
    q.t(f"Request ID {uuid(r)} in CloudTrail shows the last test run. ARN arn:aws:iam::{dg(r, 12)}:user/svc-export\n\nThanks,\n").e(dev.first, "PERSON")
    d.add(q)
    return d


def k_github_ci(r):
    lang = "en"
    org = ch(r, ["kestrelcloud", "northwind-freight", "brightwater-analytics"])
    repo = ch(r, ["billing-api", "etl-jobs", "website", "mobile-app"])
    actor = P(r, lang)
    run = r.randint(1000000000, 9999999999)
    t = rdt(r)
    d = Doc(lang)
    d.t(f"[{org}/{repo}] Run failed: {ch(r, ['CI', 'deploy-prod', 'nightly'])} - {ch(r, ['main', 'release/' + version(r)])} ({sha(r, 7)})\n\n")
    d.t(f"Run failed for main ({sha(r, 7)})\n\nRepository: {org}/{repo}\nWorkflow: {ch(r, ['CI', 'Deploy'])}\nDuration: {r.randint(1, 30)}m {r.randint(0, 59)}s\n")
    d.t("Triggered by: " + ch(r, ["push", "schedule", "workflow_dispatch"]) + " (@" + fold(actor.first).lower() + "-" + rs(r, 3, string.ascii_lowercase) + ")\n\n")
    d.t("Annotations\n  X  deploy: Process completed with exit code 1.\n\nLog excerpt:\n")
    lt = t
    for line in ["Run ./scripts/deploy.sh", "+ git remote set-url origin https://x-access-token:", "Error: Resource not accessible by integration"]:
        lt = lt + timedelta(seconds=r.randint(1, 9))
        d.t(iso_log(lt)[:19] + f".{dg(r, 7)}Z {line}")
        if line.endswith("token:"):
            d.e(gh_tok(r), "GITHUB_TOKEN").t(f"@github.com/{org}/{repo}.git")
        d.t("\n")
    d.t("  env:\n    GH_TOKEN: ${{ secrets.GH_PAT }}\n    NODE_VERSION: 20.11.1\n\n")
    d.t("View workflow run: ").e(f"https://github.com/{org}/{repo}/actions/runs/{run}", "URL")
    d.t("\n\n-- \nYou are receiving this because you are subscribed to this thread.\nManage your GitHub Actions notifications: ")
    d.e("https://github.com/settings/notifications", "URL")
    return d


def k_slack_integration(r):
    lang = "en"
    comp = company(r, lang)
    a, b = P(r, lang, comp[1]), P(r, lang, "kestrelcloud.io")
    d = Doc(lang)
    d.t("Subject: Re: Slack alerts for the order pipeline\n\n")
    greet(d, r, lang, b)
    d.t("The Slack app is installed in our workspace. Config for your side:\n\n")
    d.t("SLACK_BOT_TOKEN=").e(slack_tok(r), "SLACK_TOKEN").t("\nSLACK_SIGNING_SECRET=").e(rs(r, 32, "0123456789abcdef"), "GENERIC_SECRET")
    d.t(f"\nSLACK_CHANNEL=#{ch(r, ['ops-alerts', 'orders-prod', 'finance-bot'])}\nINCOMING_WEBHOOK=")
    d.e(f"https://hooks.slack.com/services/T{rs(r, 8, string.ascii_uppercase + string.digits)}/B{rs(r, 10, string.ascii_uppercase + string.digits)}/{rs(r, 24)}", "URL")
    d.t(f"\n\nApp ID A{rs(r, 10, string.ascii_uppercase + string.digits)}, scopes chat:write, files:read. ")
    d.t("Please don't forward this mail; we'll move it to the vault " + ch(r, ["once the pilot ends", "next sprint", "after " + tokval(r, lang, 'WD', '', [])[0] + "'s review"]) + ".\n")
    if maybe(r):
        d.t("Test message went through at ").e(tclock(r, rdt(r), lang), "DATE_TIME").t(f" (ts {1760000000 + r.randrange(10 ** 7)}.{dg(r, 6)}).\n")
    closing(d, r, lang, a, comp)
    return d


def k_stripe_onboarding(r):
    lang = "en"
    comp = company(r, lang)
    a, dev = P(r, lang, comp[1]), P(r, lang, "kestrelcloud.io")
    d = Doc(lang)
    d.t("Subject: Payment integration - production keys\n\n")
    greet(d, r, lang, dev)
    d.t("Finance approved go-live for ").e(dbody(r, rdt(r), lang), "DATE_TIME").t(". Production credentials:\n\n")
    rows = [("Publishable key", "pk_live_" + rs(r, 24), None), ("Secret key", stripe_key(r), "STRIPE_KEY"),
            ("Webhook endpoint", f"https://api.{comp[1]}/webhooks/stripe", "URL"), ("Signing secret", "whsec_" + rs(r, 32), "GENERIC_SECRET"),
            ("Account", "acct_" + rs(r, 16), None)]
    for lab, v, typ in rows:
        d.t(f"  {lab:<18}| ").e(v, typ).t("\n")
    d.t("\nTest mode keys (sk_test_...) stay in the staging vault. Use the documented test cards for QA only.\n")
    d.t("Monthly volume estimate: " + amount(r, "en") + "; payouts to the account ending " + dg(r, 4) + ".\n")
    closing(d, r, lang, a, comp)
    return d


def k_api_bug_jwt(r):
    lang = "en"
    comp = ("Kestrel Cloud Services", "kestrelcloud.io", "us")
    cust, eng = P(r, lang, company(r, lang)[1]), P(r, lang, comp[1])
    t = rdt(r)
    d = Doc(lang)
    d.t(f"Subject: {ticket(r)} - 401 on /v2/orders since {version(r)}\n\n")
    greet(d, r, lang, eng)
    d.t("Since the upgrade our calls fail with 401. Repro:\n\n")
    d.t("curl -s -X GET '").e(f"https://api.{comp[1]}/v2/orders?status=open&limit={ch(r, ['50', '100', '250'])}", "URL")
    d.t("' \\\n  -H 'Authorization: Bearer ")
    d.e(jwt(r), "JWT").t(f"' \\\n  -H 'X-Request-Id: {uuid(r)}'\n\nResponse:\n")
    d.t('{"error":"invalid_token","trace_id":"' + sha(r, 32) + '","status":401}\n\nGateway log on our side:\n')
    lt = t
    for _ in range(r.randint(2, 3)):
        lt = lt + timedelta(seconds=r.randint(1, 30))
        d.t(iso_log(lt) + " ").e(ip4(r), "IP_ADDRESS").t(f" GET /v2/orders 401 {r.randint(20, 900)}ms ua=python-requests/2.31.0\n")
    d.t("\nThe client runs from ").e(ip(r), "IP_ADDRESS").t(". We rotated the client secret ").e(gsecret(r), "GENERIC_SECRET")
    d.t(" last week as well. Happy to jump on a call - ").e(phone(r, cc_for(r, lang)), "PHONE_NUMBER").t(".\n")
    closing(d, r, lang, cust, sig=False)
    return d


def k_deploy_key(r):
    lang = "en"
    comp = company(r, lang)
    a, b = P(r, lang, comp[1]), P(r, lang, ch(r, ["kestrelcloud.io", "northwindfreight.com"]))
    d = Doc(lang)
    d.t("Subject: SFTP key for the nightly transfer\n\n")
    greet(d, r, lang, b)
    d.t("As discussed, here is the private key for the sftp user. Host ").e(ip4(r), "IP_ADDRESS").t(f", port 22, user sftp_{comp[1].split('.')[0]}.\n")
    d.t(f"Fingerprint SHA256:{base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode().rstrip('=')}\n\n")
    d.e(pem(r), "PRIVATE_KEY")
    d.t("\n\nPassphrase will follow by SMS to ").e(phone(r, cc_for(r, lang)), "PHONE_NUMBER")
    d.t(". Key expires ").e(dbody(r, rdt(r), lang, time=False), "DATE_TIME").t(".\n")
    closing(d, r, lang, a, comp)
    return d


def k_k8s_review(r):
    lang = "en"
    a, b = P(r, lang, "kestrelcloud.io"), P(r, lang, "kestrelcloud.io")
    pr = r.randint(100, 4000)
    d = Doc(lang)
    d.e(a.full(), "PERSON").t(f" requested changes on this pull request.\n\nIn k8s/overlays/prod/secret.yaml (#{pr}):\n\n")
    pw = base64.b64encode(password(r).encode()).decode()
    tok = base64.b64encode(gsecret(r).encode()).decode()
    d.t("apiVersion: v1\nkind: Secret\nmetadata:\n  name: billing-db\n  namespace: prod\ntype: Opaque\ndata:\n")
    d.t(f"  DB_USER: {base64.b64encode(b'billing').decode()}\n  DB_PASSWORD: ").e(pw, "PASSWORD").t("\n  API_TOKEN: ").e(tok, "GENERIC_SECRET")
    d.t(f"\n  DB_HOST: {base64.b64encode(b'db.prod.svc.cluster.local').decode()}\n\n")
    d.t("> Please don't commit real values. Use an ExternalSecret referencing ${DB_PASSWORD_REF} instead.\n\n")
    d.e(b.first, "PERSON").t(" - also the image tag " + version(r) + " is pinned to digest sha256:" + sha(r, 64) + ", fine.\n\n")
    d.t("Reply to this email directly or view it on GitHub:\n").e(f"https://github.com/kestrelcloud/platform/pull/{pr}#pullrequestreview-{dg(r, 10)}", "URL")
    return d


def k_env_snippet(r):
    lang = "en"
    comp = company(r, lang)
    a, b = P(r, lang, comp[1]), P(r, lang, "kestrelcloud.io")
    host = ch(r, ["db-prod-01.internal", "pg.eu-central-1.rds.amazonaws.com", "mysql.corp.local"])
    d = Doc(lang)
    d.t(ch(r, ["hey ", "Hi "])).e(b.first.lower() if maybe(r, 0.4) else b.first, "PERSON")
    d.t(", here's the .env from the old box so you can get the staging app running:\n\n")
    pw = password(r).replace("@", "#").replace("/", "_").replace(":", "!")
    d.t(f"APP_ENV=staging\nAPP_VERSION={version(r)}\nDATABASE_URL=postgres://app_user:").e(pw, "PASSWORD").t(f"@{host}:5432/orders\n")
    d.t(f"REDIS_URL=redis://cache.internal:6379/0\nMAILGUN_API_KEY=").e("key-" + rs(r, 32, "0123456789abcdef"), "GENERIC_SECRET")
    d.t("\nSENTRY_DSN=${SENTRY_DSN}\nAWS_ACCESS_KEY_ID=").e(aws_ak(r), "AWS_ACCESS_KEY").t("\nAWS_SECRET_ACCESS_KEY=").e(aws_sk(r), "AWS_SECRET_KEY")
    d.t("\nADMIN_PASSWORD=").e(password(r), "PASSWORD").t(f"\nBUILD_SHA={sha(r)}\nLOG_LEVEL=debug\n\n")
    d.t("The staging box is ").e(ip4(r), "IP_ADDRESS").t(" (ssh via bastion). Delete this mail once copied pls.\n\n").e(a.first, "PERSON")
    return d


def k_webhook_forward(r):
    lang = "en"
    comp = company(r, lang)
    a, b = P(r, lang, comp[1]), P(r, lang, comp[1])
    c = P(r, lang)
    ad = address(r, ch(r, ["us", "uk", "ca", "au"]))
    t = rdt(r)
    d = Doc(lang)
    d.t("Subject: FW: Webhook delivery failed (HTTP 500) - order " + order_no(r) + "\n\n")
    d.e(b.first, "PERSON").t(", can you check why our endpoint rejected this? Payload below.\n\n---------- Forwarded message ---------\n")
    d.t("From: Webhooks <").e(f"no-reply@notifications.{ch(r, ['shopfront.io', 'orderhub.com'])}", "EMAIL_ADDRESS").t(">\n")
    d.t(f"Date: {hdr_date(t)}\nSubject: Delivery failed for event {uuid(r)}\n\n")
    d.t('{\n  "id": "evt_' + rs(r, 24) + '",\n  "type": "order.created",\n  "created": ' + str(1760000000 + r.randrange(10 ** 7)) + ',\n')
    d.t('  "data": {\n    "order_number": "' + order_no(r) + '",\n    "customer": {\n      "name": "').e(c.full(), "PERSON")
    d.t('",\n      "email": "').e(c.email, "EMAIL_ADDRESS").t('",\n      "phone": "').e(phone(r, ad["cc"]), "PHONE_NUMBER")
    d.t('",\n      "shipping_address": {\n        "line1": "').e(ad["street"], "ADDRESS").t('",\n        "city": "').e(ad["city"], "LOCATION")
    d.t('",\n        "postal_code": "' + ad["zip"] + '",\n        "country": "' + ad["cc"].upper() + '"\n      },\n')
    d.t('      "ip": "').e(ip(r), "IP_ADDRESS").t('"\n    },\n    "total": "' + amount(r, "en") + '",\n')
    d.t('    "delivery_date": "').e(f"{t.year}-{t.month:02d}-{t.day:02d}", "DATE_TIME").t('"\n  }\n}\n\n')
    d.t("Signature header: t=" + str(1760000000 + r.randrange(10 ** 7)) + ",v1=" + sha(r, 64) + "\n")
    d.t("Endpoint signing secret: ").e("whsec_" + rs(r, 32), "GENERIC_SECRET").t("\nAttempt 3 of 5 - next retry " + ch(r, ["in 1 hour", "in 10 minutes"]) + ".\n")
    return d


def k_sales_multi(r):
    lang = "en"
    ca, cb = company(r, lang), company(r, lang)
    a, b, c = P(r, lang, ca[1]), P(r, lang, cb[1]), P(r, lang, ca[1])
    t0 = rdt(r)
    d = Doc(lang)
    d.t("Hi ").e(b.first, "PERSON").t(" - bumping this to the top of your inbox. ")
    tpl(d, r, lang, "I'll be in {LOC} on {DATE} and could stop by your office at {ADDR}.", [a])
    d.t("\n\n")
    signature(d, r, lang, a, ca, style=1)
    disclaimer(d, r, lang, ca)
    d.t("\n\n")
    outlook_block(d, r, lang, c, t0, [b], "Intro - " + ca[0] + " x " + cb[0], cc=[a])
    d.t("Hi ").e(b.first, "PERSON").t(",\n\nGreat speaking at the expo. As promised, introducing ").e(a.full(), "PERSON")
    d.t(", who covers accounts in ").e(location(r, lang), "LOCATION").t(". Our " + ch(r, ["Park Avenue Suite", "Baker Street Edition", "Madison Pro", "Lincoln Analytics Cloud"]))
    d.t(" bundle starts at " + amount(r, "en") + " per seat; pricing sheet " + version(r) + " attached.\n\n")
    signature(d, r, lang, c, ca, style=ch(r, [0, 2, 3]))
    return d


def k_law_firm(r):
    lang = "en"
    comp = ("Harper & Lowe LLP", "harperlowe.com", "us")
    a, b = P(r, lang, comp[1]), P(r, lang)
    opp = P(r, lang)
    d = Doc(lang)
    d.t(f"PRIVILEGED & CONFIDENTIAL - ATTORNEY-CLIENT COMMUNICATION\nOur ref: {ch(r, ['HL', 'LIT', 'CORP'])}-{dg(r, 5)}-{dg(r, 3)} | Matter No. {dg(r, 6)}.{dg(r, 4)}\n\n")
    greet(d, r, lang, b)
    d.t("Further to our call, the hearing in the matter against ").e(opp.full(), "PERSON").t(" (Case No. " + f"{r.randint(1, 9)}:{r.randint(20, 26)}-cv-{dg(r, 5)}" + ") is set for ")
    d.e(dbody(r, rdt(r), lang, time=True), "DATE_TIME").t(" before Judge ").e(P(r, lang).last, "PERSON").t(" in ").e(location(r, lang), "LOCATION").t(".\n\n")
    d.t("Please send the signed declaration by ").e(dbody(r, rdt(r), lang), "DATE_TIME").t(". Filing fee of " + amount(r, "en") + " will be billed under the matter number.\n")
    d.t("Opposing counsel can be reached at ").e(phone(r, "us"), "PHONE_NUMBER").t(".\n\n" + ch(r, CLOSE[lang]) + "\n")
    d.e(a.full(), "PERSON").t(", Esq.\nPartner\n" + comp[0] + "\n").e(address(r, "us")["one"], "ADDRESS").t("\nD: ").e(phone(r, "us"), "PHONE_NUMBER")
    d.t(" | ").e(a.email, "EMAIL_ADDRESS")
    d.t("\n\nThis e-mail message is from a law firm and may contain information that is privileged, confidential and exempt from disclosure. "
        "If you are not the intended recipient, any review, dissemination or copying is strictly prohibited. IRS Circular 230 disclosure: "
        "any tax advice contained herein is not intended to be used for the purpose of avoiding penalties.")
    return d


def k_travel(r):
    lang = "en"
    agent, pax = P(r, lang, "ashfordhale.com"), [P(r, lang) for _ in range(r.randint(1, 2))]
    t = rdt(r)
    o, dst = r.sample(IATA, 2)
    d = Doc(lang)
    d.t("Subject: Itinerary confirmation - booking ref " + rs(r, 6, string.ascii_uppercase + string.digits) + "\n\n")
    greet(d, r, lang, pax[0])
    d.t("Please find your confirmed itinerary below.\n\nPASSENGER(S)\n")
    for p in pax:
        d.t("  ").e(f"{p.last.upper()}/{p.first.upper()}", "PERSON").t(f" {ch(r, ['MR', 'MS', 'DR'])}   e-ticket {dg(r, 3)}-{dg(r, 10)}\n")
    d.t("\nFLIGHT   DATE          FROM  TO    DEP    ARR    SEAT\n")
    for i in range(2):
        ft = t + timedelta(days=i * r.randint(2, 6), minutes=i * r.randint(-300, 300))
        ds = f"{ft.day:02d}{MON_AB['en'][ft.month-1].upper()}{ft.year % 100:02d}"
        d.t(f"{ch(r, ['LH', 'BA', 'AF', 'KL', 'IB'])}{r.randint(100, 9999):<6} ").e(ds, "DATE_TIME").t(" " * (14 - len(ds)))
        d.t(f"{o if i == 0 else dst}   {dst if i == 0 else o}   ")
        dep = f"{ft.hour:02d}:{ft.minute:02d}"
        at = ft + timedelta(minutes=r.randint(55, 600))
        arr = f"{at.hour:02d}:{at.minute:02d}"
        d.e(dep, "DATE_TIME").t("  ").e(arr, "DATE_TIME").t(f"  {r.randint(1, 40)}{ch(r, 'ABCDEF')}\n")
    d.t("\nHOTEL\n  " + ch(r, ["Hotel Lincoln Park", "The Victoria Grand", "Maison Dupont", "Hampton Court Inn"]) + ", ")
    d.e(address(r, ch(r, ["us", "uk", "de", "fr", "es", "it", "nl"]))["one"], "ADDRESS").t("\n  Check-in ").e(dbody(r, t, lang, time=False), "DATE_TIME")
    d.t(f", {r.randint(1, 6)} nights, room {r.randint(101, 940)}, conf. no. {dg(r, 9)}\n\n")
    d.t("Travel policy reminder: economy for flights under 6 hours. Cost centre " + dg(r, 4) + ", total " + amount(r, "en") + ".\n")
    d.t("24/7 emergency line: ").e(phone(r, "uk"), "PHONE_NUMBER").t("\n\n" + ch(r, CLOSE[lang]) + "\n").e(agent.full(), "PERSON")
    d.t("\nAshford Hale Corporate Travel")
    return d


def k_car_rental(r):
    lang = "en"
    cust = P(r, lang)
    t = rdt(r)
    a = address(r, "us")
    d = Doc(lang)
    d.t("Subject: Your reservation is confirmed - Confirmation # " + dg(r, 10) + "\n\nThank you for your reservation, ").e(cust.first, "PERSON").t("!\n\n")
    d.t("Pick-up:  ").e(sent_date(r, t, "en"), "DATE_TIME").t("\n          " + ch(r, ["SFO Airport", "Logan Intl (BOS)", "Downtown"]) + " - ")
    d.e(a["one"], "ADDRESS").t("\nReturn:   ").e(sent_date(r, t + timedelta(days=r.randint(1, 9)), "en"), "DATE_TIME")
    d.t(f"\nVehicle:  Midsize SUV (Ford Escape or similar), plate assigned at counter\nRate:     {amount(r, 'en')}/day, rate code {rs(r, 2, string.ascii_uppercase)}{dg(r, 2)}\n\n")
    d.t("DRIVER\nName: ").e(cust.full(), "PERSON").t("\nDate of birth: ").e(dob_str(r, dob(r), "en"), "DATE_OF_BIRTH")
    d.t("\nDriver license no.: ").e(dl(r), "DRIVER_LICENSE").t(" (").e(STATE_NAMES[a["region"]], "LOCATION").t(f"), expires ")
    d.e(f"{r.randint(1, 12):02d}/{r.randint(1, 28):02d}/{r.randint(2026, 2031)}", "DATE_TIME")
    d.t("\nMobile: ").e(phone(r, "us"), "PHONE_NUMBER").t("\nCard on file: " + tokval(r, lang, "MASK", "", [])[0] + "\n\n")
    d.t("Manage your booking: ").e(f"https://www.northwindrent.com/reservations/{rs(r, 10)}", "URL")
    d.t("\nPlease bring the physical license; digital licenses are not accepted in all states.")
    return d


def k_telecom(r):
    lang = "en"
    comp = company(r, lang)
    a = P(r, lang, comp[1])
    rep = P(r, lang)
    d = Doc(lang)
    d.t("Subject: Your business account - port-in confirmation\n\nDear ").e(a.full(), "PERSON").t(",\n\n")
    d.t("We have received your request to transfer the following numbers to your business account ").e(acct(r), "ACCOUNT_NUMBER").t(":\n\n")
    for _ in range(r.randint(2, 4)):
        d.t("  * ").e(phone(r, co_cc(comp, lang)), "PHONE_NUMBER").t(f"   (line {r.randint(1, 40)}, SIM ICCID 8944{dg(r, 15)})\n")
    d.t("\nPort date: ").e(dbody(r, rdt(r), lang, time=True), "DATE_TIME").t(". Your port-out PIN from the previous carrier (").e(dg(r, 6), "PASSWORD")
    d.t(") has been verified.\nPrevious carrier account: ").e(acct(r), "ACCOUNT_NUMBER").t("\nService address: ").e(address(r, co_cc(comp, lang))["one"], "ADDRESS")
    d.t(f"\n\nYour first bill ({amount(r, 'en')}, plan BUS-UNL-{r.randint(10, 99)}) will include a one-time activation fee.\n")
    d.t("Questions? Call ").e(phone(r, "us"), "PHONE_NUMBER").t(" or reply to this message. Case " + ticket(r) + ".\n\n")
    d.e(rep.first, "PERSON").t("\nBusiness Care Team")
    return d


def k_recruiting(r):
    lang = "en"
    comp = ("Ashford Hale Recruitment", "ashfordhale.com", "uk")
    rec, cand, hm = P(r, lang, comp[1]), P(r, lang), P(r, lang, company(r, lang)[1])
    d = Doc(lang)
    d.t("Subject: Interview schedule - " + ch(r, ["Senior Data Engineer", "Finance Business Partner", "Office Manager"]) + f" (req {dg(r, 5)})\n\n")
    greet(d, r, lang, cand)
    d.t("Great news - ").e(hm.full(), "PERSON").t(" would like to meet you. Proposed slots:\n\n")
    for _ in range(r.randint(2, 3)):
        d.t("  o ").e(dbody(r, rdt(r), lang, time=True, weekday=True), "DATE_TIME").t(" (" + ch(r, ["video", "onsite", "phone"]) + ", " + ch(r, DUR["en"]) + ")\n")
    d.t("\nOnsite interviews are at ").e(address(r, ch(r, ["uk", "us"]))["one"], "ADDRESS").t("; ask for ").e(P(r, lang).first, "PERSON").t(" at reception.\n")
    d.t("I have your CV with your mobile ").e(phone(r, ch(r, ["uk", "us"])), "PHONE_NUMBER").t(" and LinkedIn ")
    slug = re.sub(r"[^a-z]", "", fold(cand.first).lower()) + "-" + re.sub(r"[^a-z]", "", fold(cand.last).lower())
    d.e(f"https://www.linkedin.com/in/{slug}-{rs(r, 6, string.ascii_lowercase + string.digits)}", "URL")
    d.t(" - is that still current? Salary band discussed: " + amount(r, "en") + " base.\n")
    closing(d, r, lang, rec, comp)
    return d


def k_csv_contacts(r):
    lang = "en"
    comp = company(r, lang)
    a, b = P(r, lang, comp[1]), P(r, lang, comp[1])
    d = Doc(lang)
    d.t("Hi ").e(b.first, "PERSON").t(",\n\nPasting the attendee list for ").e(dbody(r, rdt(r), lang), "DATE_TIME").t(" below (export from the event tool, " + version(r) + "):\n\n")
    sep = ch(r, [",", ";", "\t"])
    d.t(sep.join(["id", "name", "email", "phone", "city", "ticket", "dietary"]) + "\n")
    for i in range(r.randint(3, 6)):
        p = P(r, ch(r, ["en", "de", "fr", "es", "nl"]))
        cc = cc_for(r, p.lang)
        d.t(f"{r.randint(1000, 9999)}{sep}")
        nm = p.rev() if maybe(r, 0.3) else p.full()
        if sep == "," and "," in nm:
            d.t('"').e(nm, "PERSON").t('"')
        else:
            d.e(nm, "PERSON")
        d.t(sep).e(p.email, "EMAIL_ADDRESS").t(sep).e(phone(r, cc), "PHONE_NUMBER").t(sep)
        d.e(ch(r, GEO[cc]["cities"])[0], "LOCATION").t(f"{sep}{ticket(r).strip('#[]')}{sep}{ch(r, ['none', 'vegan', 'gluten-free', 'halal', ''])}\n")
    d.t("\nBadges print overnight. Shout if anything looks off.\n\n").e(a.first, "PERSON")
    return d


def k_voicemail(r):
    lang = "en"
    caller, owner = P(r, lang), P(r, lang, company(r, lang)[1])
    t = rdt(r)
    d = Doc(lang)
    d.t("Subject: Voice Message from ").e(phone(r, cc_for(r, lang)), "PHONE_NUMBER").t(" (" + str(r.randint(0, 2)) + f":{r.randint(5, 59):02d})\n\n")
    d.t("You received a voice message from ").e(caller.full().upper() if maybe(r, 0.4) else caller.full(), "PERSON").t(" ")
    cp = phone(r, cc_for(r, lang))
    d.t("<tel:").e(cp, "PHONE_NUMBER").t(">.\nCaller ID: WIRELESS CALLER\nMailbox: x" + dg(r, 4) + "\n\nTranscript (beta):\n")
    d.t("\"Hi ").e(owner.first.lower() if maybe(r, 0.3) else owner.first, "PERSON").t(", this is ").e(caller.first, "PERSON")
    tpl(d, r, lang, ch(r, [" from accounts. Calling about invoice {INV}, we still haven't got the payment. Can you call me back on {PHONE} before {TIME}? Thanks.\"",
                           " - I'm outside {ADDR} for the delivery but nobody's at the dock. I'll wait until {TIME}. Bye.\"",
                           ". Just confirming {DATETIME} for the walkthrough, I'll bring the keys. Call me, {PHONE}.\""]), [caller])
    d.t("\n\nListen in the portal: ").e(f"https://voice.{company(r, lang)[1]}/vm/{uuid(r)}", "URL")
    d.t("\nTranscription accuracy may vary. Message ID " + sha(r, 16))
    return d


def k_shipping(r):
    lang = "en"
    cust = P(r, lang)
    a = address(r, ch(r, ["us", "uk", "ca", "au"]))
    t = rdt(r)
    d = Doc(lang)
    d.t("Your package is on the way!\n\nHi ").e(cust.first, "PERSON").t(f", order {order_no(r)} has shipped.\n\n")
    d.t(f"Carrier: {ch(r, ['UPS', 'DHL Express', 'FedEx'])}\nTracking number: {tracking(r)}\nEstimated delivery: ").e(dbody(r, t, lang, time=False, weekday=True), "DATE_TIME")
    d.t(", between ").e(tclock(r, t, lang), "DATE_TIME").t(" and ").e(tclock(r, t + timedelta(hours=4), lang), "DATE_TIME").t("\n\nShip to:\n")
    d.e(cust.full(), "PERSON").t("\n").e("\n".join(a["lines"]), "ADDRESS").t("\n\n")
    d.t(f"Items:\n  1 x Oak Street Standing Desk (SKU OSD-{dg(r, 4)})  {amount(r, 'en')}\n  2 x Monitor arm Lincoln Pro  {amount(r, 'en')}\n\n")
    d.t("Track: ").e(f"https://www.{ch(r, ['ups.com/track', 'dhl.com/tracking'])}?id={dg(r, 12)}", "URL")
    d.t("\nDelivery instructions? Reply STOP to opt out of SMS updates to ").e(phone(r, a["cc"]), "PHONE_NUMBER").t(".")
    return d


def k_signin_alert(r):
    lang = "en"
    u = P(r, lang, company(r, lang)[1])
    t = rdt(r)
    d = Doc(lang)
    d.t("Subject: Security alert: new sign-in to your account\n\n")
    d.t("Hi ").e(u.first, "PERSON").t(",\n\nWe noticed a new sign-in to your account ").e(u.email, "EMAIL_ADDRESS").t(".\n\n")
    d.t("  When:     ").e(sent_date(r, t, "en"), "DATE_TIME").t(" (UTC)\n  Where:    ").e(location(r, ch(r, ["en", "de", "fr", "es"])), "LOCATION")
    d.t(" (approximate)\n  IP:       ").e(ip(r), "IP_ADDRESS").t(f"\n  Device:   {ch(r, ['Chrome 131 on Windows 11', 'Safari on iPhone (iOS 18.2)', 'Firefox 133 on Ubuntu'])}\n\n")
    d.t("If this was you, you can ignore this email. If not, reset your password right away: ")
    d.e(f"https://account.{ch(r, ['kestrelcloud.io', 'northwindfreight.com'])}/security/reset?token_id={rs(r, 12)}", "URL")
    d.t(f"\n\nEvent ID: {uuid(r)}\nThis is an automated message; replies are not monitored.")
    return d


def k_helpdesk_reset(r):
    lang = "en"
    u = P(r, lang, company(r, lang)[1])
    agent = P(r, lang)
    tk = ticket(r)
    d = Doc(lang)
    d.t(f"Subject: [{tk}] Password reset completed\n\n*** Do not reply below this line ***\n\n")
    d.t("Dear ").e(u.full(), "PERSON").t(",\n\nYour ticket " + tk + " (\"Locked out of SAP after holiday\") has been resolved by ").e(agent.full(), "PERSON").t(".\n\n")
    d.t("Resolution notes:\n  Unlocked AD account and reset password. One-time password: ").e(password(r), "PASSWORD")
    d.t("\n  Recovery code for the authenticator app: ").e(f"{rs(r, 4, string.ascii_uppercase + string.digits)}-{rs(r, 4, string.ascii_uppercase + string.digits)}-{rs(r, 4, string.ascii_uppercase + string.digits)}", "GENERIC_SECRET")
    d.t("\n  Workstation: WS-" + dg(r, 5) + ", last seen from ").e(ip4(r), "IP_ADDRESS").t("\n\n")
    d.t("SLA: resolved in " + str(r.randint(1, 7)) + "h " + str(r.randint(1, 59)) + "m (target 8h). Category: Access > Password.\n")
    d.t("Rate our service: ").e(f"https://servicedesk.{company(r, lang)[1]}/survey?t={tk.strip('#[]')}", "URL").t("\n\nIT Service Desk | ext. 4357")
    return d


def k_minutes(r):
    lang = "en"
    comp = company(r, lang)
    ppl = [P(r, lang, comp[1]) for _ in range(r.randint(3, 5))]
    t = rdt(r)
    d = Doc(lang)
    d.t("Subject: Minutes - " + ch(r, ["Steering Committee", "Supplier QBR", "Office relocation WG"]) + " " + tokval(r, lang, "QTR", "", [])[0] + "\n\n")
    d.t("All,\n\nMinutes from ").e(dbody(r, t, lang, time=False, weekday=True), "DATE_TIME").t(" below.\n\nAttendees: ")
    for i, p in enumerate(ppl):
        if i:
            d.t(", ")
        d.e(p.ini() if maybe(r, 0.3) else p.full(), "PERSON")
    d.t("\nApologies: ").e(P(r, lang).full(), "PERSON").t("\n\n")
    d.t(f"{'#':<3}{'Action':<44}{'Owner':<22}Due\n")
    acts = ["Confirm lease break clause", "Send revised SOW", "Renew SSL certificates", "Book venue in {CITY}", "Close PO {PO}", "Review {VER} release notes"]
    for i in range(r.randint(3, 5)):
        p = ch(r, ppl)
        a0 = ch(r, acts)
        d.t(f"{i + 1:<3}")
        sub = Doc(lang)
        tpl(sub, r, lang, a0)
        d.add(sub)
        d.t(" " * max(1, 44 - len(sub.text())))
        nm = p.first if maybe(r) else p.ini()
        d.e(nm, "PERSON").t(" " * max(1, 22 - len(nm)))
        due = t + timedelta(days=r.randint(3, 40))
        d.e(ch(r, [f"{due.day:02d}/{due.month:02d}", f"{due.day} {MON_AB['en'][due.month-1]}", f"{due.year}-{due.month:02d}-{due.day:02d}"]), "DATE_TIME").t("\n")
    d.t("\nNext meeting: ").e(dbody(r, t + timedelta(days=14), lang, time=True), "DATE_TIME").t(", " + tokval(r, lang, "ROOM", "", [])[0] + ".\n\n")
    d.t("Thanks,\n").e(ppl[0].first, "PERSON")
    return d


def k_list_moderation(r):
    lang = "en"
    lst = ch(r, LISTS)
    dom = ch(r, ["harperlowe.com", "kestrelcloud.io", "example.org"])
    p = P(r, lang)
    t = rdt(r)
    d = Doc(lang)
    d.t(f"Subject: {lst} post from ").e(p.email, "EMAIL_ADDRESS").t(" requires approval\n\n")
    d.t("As list administrator, your authorization is requested for the\nfollowing mailing list posting:\n\n    List:    ").e(f"{lst}@lists.{dom}", "EMAIL_ADDRESS")
    d.t("\n    From:    ")
    d.e(p.email, "EMAIL_ADDRESS").t("\n    Subject: " + ch(r, ["Selling 2 tickets", "Re: car pool", "URGENT invoice"]) + "\n")
    d.t("    Reason:  Post by non-member to a members-only list\n\nAt your convenience, visit:\n\n    ")
    d.e(f"https://lists.{dom}/mailman/admindb/{lst}", "URL").t("\n\nto approve or deny the request.\n\n")
    d.t("--- held message ---\nFrom: ").e(p.full(), "PERSON").t(" <").e(p.email, "EMAIL_ADDRESS").t(f">\nDate: {hdr_date(t)}\n\n")
    tpl(d, r, lang, ch(r, ["Hello list, I moved to {LOC} - new number {PHONE}. {F0}",
                           "anyone driving from {CITY} on {DATE}? can share costs. ping me at {PHONE}. -- {F0}"]), [p])
    d.t(f"\n\nConfirmation cookie: {sha(r)}")
    return d


def k_expense(r):
    lang = "en"
    comp = company(r, lang)
    emp, fin = P(r, lang, comp[1]), P(r, lang, comp[1])
    d = Doc(lang)
    d.t("Subject: RE: Expense report ER-" + dg(r, 6) + " - missing receipts\n\n")
    greet(d, r, lang, fin)
    d.t("The two hotel charges were on my personal card, not the corporate one (").e(tokval(r, lang, "MASK", "", [])[0], None)
    d.t("). Card used: ").e(card(r), "CREDIT_CARD").t(", statement attached.\n\n")
    d.t(f"{'Date':<12}{'Merchant':<30}{'Amount':>12}\n")
    for _ in range(r.randint(2, 4)):
        t = rdt(r)
        ds = f"{t.month:02d}/{t.day:02d}/{t.year}"
        m = ch(r, ["HILTON GARDEN INN", "UBER *TRIP", "DELTA AIR 006", "STARBUCKS #1123", "MARRIOTT COURTYARD", "HERTZ RENT-A-CAR"])
        d.e(ds, "DATE_TIME").t(" " * (12 - len(ds)) + f"{m:<30}{amount(r, 'en'):>12}\n")
    d.t("\nThe number on the folio (" + bad_card(r) + ") is the hotel's internal reference, not a card. ")
    d.t("Please reimburse to the usual account ").e(acct(r), "ACCOUNT_NUMBER").t(".\n")
    closing(d, r, lang, emp, comp, sig=False)
    return d


# --------------------------------------------------------------------------
# kinds -- other languages
# --------------------------------------------------------------------------
def k_de_outlook(r):
    lang = "de"
    comp = company(r, lang)
    a, b, c = P(r, lang, comp[1]), P(r, lang, company(r, lang)[1]), P(r, lang, comp[1])
    t0 = rdt(r)
    t1 = later(r, t0)
    d = Doc(lang)
    greet(d, r, lang, b)
    para(d, r, lang, [a])
    d.t(" ")
    tpl(d, r, lang, ch(r, ["{F1} ({E1}) ist ab {DATE} Ihre Ansprechpartnerin.", "Ich bin ab {REL} wieder im Büro."]), [a])
    d.t("\n\n" + ch(r, CLOSE[lang]) + "\n")
    signature(d, r, lang, a, comp, style=1)
    disclaimer(d, r, lang, comp)
    d.t("\n\n")
    outlook_block(d, r, lang, b, t1, [a], ch(r, SUBJ[lang]), cc=[c] if maybe(r) else None)
    d.add(message(r, lang, b, a, [b], n_par=r.randint(1, 2)))
    d.t("\n\n")
    outlook_block(d, r, lang, a, t0, [b], ch(r, ["Terminabstimmung", "Rechnung", "Angebot"]))
    d.add(message(r, lang, a, b, [a], n_par=1, sig=False))
    return d


def k_de_abwesend(r):
    lang = "de"
    comp = company(r, lang)
    a, v = P(r, lang, comp[1]), P(r, lang, comp[1])
    t0 = rdt(r)
    t1 = t0 + timedelta(days=r.randint(4, 21))
    d = Doc(lang)
    d.t("Betreff: Automatische Antwort: " + ch(r, ["AW: Lieferung", "Rechnung " + invoice_no(r), "Angebot"]) + "\n\n")
    d.t("Vielen Dank für Ihre Nachricht.\n\nIch bin vom ").e(dbody(r, t0, lang, time=False, weekday=False), "DATE_TIME").t(" bis einschließlich ")
    d.e(dbody(r, t1, lang, time=False), "DATE_TIME").t(" nicht im Büro und habe keinen Zugriff auf meine E-Mails. ")
    d.t("Ihre Nachricht wird nicht weitergeleitet.\n\nIn dringenden Fällen wenden Sie sich bitte an ").e(v.full(), "PERSON").t(" (")
    d.e(v.email, "EMAIL_ADDRESS").t(", Tel. ").e(phone(r, co_cc(comp, lang)), "PHONE_NUMBER").t(").\n\n")
    d.t("Thank you for your message. I am out of the office until ").e(dbody(r, t1, "en", time=False), "DATE_TIME").t(" with no access to e-mail.\n\n")
    d.t("Mit freundlichen Grüßen / Kind regards\n")
    signature(d, r, lang, a, comp, style=ch(r, [0, 2]))
    return d


def k_de_zugang(r):
    lang = "de"
    comp = company(r, lang)
    it, u = P(r, lang, comp[1]), P(r, lang, comp[1])
    d = Doc(lang)
    d.t("Betreff: Ihre Zugangsdaten - Vorgangsnummer " + ticket(r) + "\n\n")
    greet(d, r, lang, u)
    d.t("wie telefonisch besprochen erhalten Sie hiermit Ihre Zugangsdaten für das Kundenportal und den Fernzugriff.\n\n")
    d.t(f"Benutzername:      {u.email.split('@')[0]}\nInitialkennwort:   ").e(password(r), "PASSWORD")
    d.t("\nServer (RDP):      ").e(ip4(r), "IP_ADDRESS").t(":3389\nPortal:            ").e(f"https://portal.{comp[1]}/anmelden", "URL")
    d.t("\nAPI-Schlüssel:     ").e(gsecret(r), "GENERIC_SECRET").t(f"\nGültig bis:        ").e(dbody(r, rdt(r), lang, time=False), "DATE_TIME")
    d.t(f"\nKundennummer:      ").e(f"KD-{dg(r, 6)}", "ACCOUNT_NUMBER").t(f"\nVersion Client:    {version(r)}\n\n")
    d.t("Bitte ändern Sie das Kennwort bei der ersten Anmeldung. Aus Sicherheitsgründen senden wir die PIN für die Zwei-Faktor-Authentifizierung per SMS an ")
    d.e(phone(r, "de"), "PHONE_NUMBER").t(".\n\nBei Fragen erreichen Sie die Hotline werktags von ").e("8:00", "DATE_TIME").t(" bis ").e("17:00 Uhr", "DATE_TIME")
    d.t(".\n\n" + ch(r, CLOSE[lang]) + "\n")
    signature(d, r, lang, it, comp, style=ch(r, [0, 1]))
    return d


def k_fr_reply(r):
    lang = "fr"
    ca, cb = company(r, lang), company(r, lang)
    a, b = P(r, lang, ca[1]), P(r, lang, cb[1])
    t0 = rdt(r)
    t1 = later(r, t0)
    m0 = message(r, lang, a, b, [a], n_par=r.randint(1, 2), sig=False)
    m1 = message(r, lang, b, a, [b], n_par=1, comp=cb)
    m1.t("\n\n")
    wrote_line(m1, r, lang, a, t0)
    m1.quote(m0)
    d = Doc(lang)
    d.t("Merci ").e(b.first, "PERSON").t(ch(r, [" !", ",", " pour le retour."]) + "\n\n")
    tpl(d, r, lang, ch(r, ["C'est noté pour le {DATETIME}. Je préviens {F1} à {CITY}.",
                           "Je vous confirme le rendez-vous du {DATE} au {ADDR}.",
                           "Le virement de {AMT} est parti ce matin (référence {INV})."]), [a])
    d.t("\n\n" + ch(r, CLOSE[lang]) + "\n")
    signature(d, r, lang, a, ca, style=ch(r, [0, 3]))
    d.t("\n\n")
    wrote_line(d, r, lang, b, t1)
    d.quote(m1)
    return d


def k_fr_facture(r):
    lang = "fr"
    comp = company(r, lang)
    a, b = P(r, lang, comp[1]), P(r, lang, company(r, lang)[1])
    d = Doc(lang)
    d.t("Objet : Relance facture " + invoice_no(r) + " – échéance dépassée\n\n")
    greet(d, r, lang, b)
    d.t("Sauf erreur de notre part, la facture ci-dessous reste impayée à ce jour :\n\n")
    t = rdt(r)
    d.t("  N° de facture  : " + invoice_no(r) + "\n  Date           : ").e(dbody(r, t, lang, time=False), "DATE_TIME")
    d.t("\n  Échéance       : ").e(dbody(r, t + timedelta(days=30), lang, time=False), "DATE_TIME").t("\n  Montant TTC    : " + amount(r, lang) + "\n  N° client      : ")
    d.e(f"C{dg(r, 7)}", "ACCOUNT_NUMBER").t("\n\nMerci de procéder au règlement par virement sur notre compte :\n\n")
    d.t("  Titulaire : " + comp[0] + "\n  IBAN : ").e(iban(r, "FR", grouped=True), "IBAN_CODE").t(f"\n  BIC : {bic(r)}\n  Domiciliation : ").e(ch(r, GEO['fr']['cities'])[0], "LOCATION")
    d.t("\n\nEn cas de question, contactez notre service comptabilité au ").e(phone(r, "fr"), "PHONE_NUMBER").t(" ou à ").e(f"compta@{comp[1]}", "EMAIL_ADDRESS").t(".\n")
    d.t("Des pénalités de retard au taux de 3 fois le taux d'intérêt légal ainsi qu'une indemnité forfaitaire de 40 € pourront être appliquées.\n\n" + ch(r, CLOSE[lang]) + "\n")
    signature(d, r, lang, a, comp, style=1)
    return d


def k_fr_ndr(r):
    lang = "fr"
    comp = company(r, lang)
    a = P(r, lang, comp[1])
    b = P(r, lang, ch(r, [c[1] for c in COMPANIES]))
    t0 = rdt(r)
    d = Doc(lang)
    d.t("Objet : Non remis : " + ch(r, SUBJ["fr"]) + "\n\nLa remise du message aux destinataires ou groupes suivants a échoué :\n\n")
    d.e(b.email, "EMAIL_ADDRESS").t("\nLa boîte aux lettres de ce destinataire est pleine et ne peut pas recevoir de messages pour le moment. Réessayez plus tard.\n\n")
    d.t("Informations de diagnostic pour les administrateurs :\n\nServeur de génération : " + f"PAXP{dg(r, 3)}MB{dg(r, 4)}.FRAP{dg(r, 3)}.PROD.OUTLOOK.COM\n\n")
    d.e(b.email, "EMAIL_ADDRESS").t("\n").t(f"Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'\n\n")
    d.t("En-têtes de message d'origine :\n\n")
    received_hdr(d, r, t0, comp[1])
    d.t("From: ")
    addr_line(d, r, a, lang, bracket=ch(r, [0, 3]))
    d.t(f"\nTo: ").e(b.email, "EMAIL_ADDRESS").t(f"\nDate: {hdr_date(t0)}\nMessage-ID: {msgid(r, comp[1])}\nContent-Language: fr-FR\n")
    return d


def k_es_reenviado(r):
    lang = "es"
    comp = company(r, lang)
    a, b, c = P(r, lang, comp[1]), P(r, lang, comp[1]), P(r, lang, company(r, lang)[1])
    t0 = rdt(r)
    d = Doc(lang)
    d.e(b.first, "PERSON").t(", te reenvío lo de ").e(c.first, "PERSON").t(". ")
    tpl(d, r, lang, ch(r, ["¿Lo vemos el {DATETIME}?", "Hay que contestar antes del {DATE}.", "Llámale al {PHONE} si tienes dudas."]), [a])
    d.t("\n\n").e(a.first, "PERSON").t("\n\n---------- Mensaje reenviado ---------\nDe: ").e(c.full(), "PERSON").t(" <").e(c.email, "EMAIL_ADDRESS").t(">\n")
    d.t(f"Date: {WD_AB['es'][t0.weekday()]}, {t0.day} {MON_AB['es'][t0.month-1]} {t0.year} a las {t0.hour:02d}:{t0.minute:02d}\n")
    d.t("Subject: " + ch(r, ["Pedido " + order_no(r), "Presupuesto instalación", "Cambio de domicilio"]) + "\nTo: ").e(a.email, "EMAIL_ADDRESS").t("\n\n\n")
    m = Doc(lang)
    greet(m, r, lang, a)
    para(m, r, lang, [c])
    m.t("\n\nNuestra nueva dirección fiscal es ").e(address(r, "es")["one"], "ADDRESS").t(f" (CIF B{dg(r, 8)}).")
    closing(m, r, lang, c, company(r, lang))
    d.add(m)
    return d


def k_es_ticket(r):
    lang = "es"
    u = P(r, lang)
    tk = f"{r.randint(2024, 2027)}{dg(r, 6)}"
    d = Doc(lang)
    d.t(f"Asunto: [Incidencia #{tk}] Hemos recibido su solicitud\n\n")
    d.t("Estimado/a ").e(u.full(), "PERSON").t(":\n\nGracias por contactar con el Servicio de Atención al Cliente. Su solicitud ha sido registrada con el número ")
    d.t(f"{tk} y será atendida en un plazo máximo de 48 horas laborables.\n\nResumen de su solicitud:\n")
    d.t("  Fecha de apertura: ").e(dbody(r, rdt(r), lang, time=True), "DATE_TIME").t("\n  Número de cliente: ").e(acct(r), "ACCOUNT_NUMBER")
    d.t("\n  Teléfono de contacto: ").e(phone(r, "es"), "PHONE_NUMBER").t("\n  Dirección de suministro: ").e(address(r, "es")["one"], "ADDRESS")
    d.t(f"\n  Categoría: Facturación > Cobro duplicado ({amount(r, lang)})\n\n")
    d.t("Puede consultar el estado en ").e(f"https://atencion.{ch(r, ['navarrohermanos.es', 'suministros-iberia.es'])}/incidencias/{tk}", "URL")
    d.t("\n\nPor favor, no responda a este mensaje; se ha generado automáticamente. Si desea añadir información, responda por encima de esta línea.\n")
    d.t("Horario de atención: de lunes a viernes, de ").e("9:00", "DATE_TIME").t(" a ").e("19:00", "DATE_TIME").t(".")
    return d


def k_it_chain(r):
    lang = "it"
    comp = company(r, lang)
    a, b = P(r, lang, comp[1]), P(r, lang, company(r, lang)[1])
    t0 = rdt(r)
    t1 = later(r, t0)
    d = Doc(lang)
    d.t(ch(r, ["Ciao ", "Buongiorno "])).e(b.first, "PERSON").t(",\nperfetto, ")
    tpl(d, r, lang, ch(r, ["confermo la consegna presso {ADDR} il {DATETIME}.", "ci sentiamo il {DATE} alle {TIME}.",
                           "ho girato la richiesta a {F1} che segue la zona di {CITY}."]), [a])
    d.t("\n\n" + ch(r, CLOSE[lang]) + "\n")
    signature(d, r, lang, a, comp, style=ch(r, [0, 1]))
    disclaimer(d, r, lang, comp)
    d.t("\n\n")
    outlook_block(d, r, lang, b, t1, [a], ch(r, SUBJ[lang]))
    m = Doc(lang)
    greet(m, r, lang, a)
    para(m, r, lang, [b])
    m.t("\nRiferimento ordine " + order_no(r) + ", codice articolo VIA-ROMA-" + dg(r, 3) + " (linea Via Roma Design).")
    closing(m, r, lang, b, sig=False)
    d.add(m)
    d.t("\n\n")
    outlook_block(d, r, lang, a, t0, [b], "Ordine " + order_no(r))
    d.add(message(r, lang, a, b, [a], n_par=1, sig=False))
    return d


def k_it_invito(r):
    lang = "it"
    comp = company(r, lang)
    org = P(r, lang, comp[1])
    t0 = rdt(r)
    d = Doc(lang)
    d.t("Oggetto: Invito: " + ch(r, ["Riunione di avanzamento lavori", "Revisione budget", "Kick-off progetto"]) + " @ ")
    d.e(dbody(r, t0, lang, time=True, weekday=True), "DATE_TIME").t("\n\n")
    d.e(org.full(), "PERSON").t(" ti ha invitato a un evento.\n\nQuando\n").e(sent_date(r, t0, lang), "DATE_TIME")
    d.t(" – ").e(f"{(t0.hour + 1) % 24:02d}:{t0.minute:02d}", "DATE_TIME").t(" (Ora standard dell'Europa centrale - Roma)\n\nDove\n")
    if maybe(r):
        d.e(address(r, "it")["one"], "ADDRESS").t(", " + ch(r, ["Sala Verdi", "3° piano", "Sala riunioni B"]) + "\n\n")
    else:
        d.t("Google Meet: ").e(f"https://meet.google.com/{rs(r, 3, string.ascii_lowercase)}-{rs(r, 4, string.ascii_lowercase)}-{rs(r, 3, string.ascii_lowercase)}", "URL")
        d.t("\nPartecipa tramite telefono: ").e(f"+39 02 {dg(r, 4)} {dg(r, 4)}", "PHONE_NUMBER").t(" PIN: ").e(dg(r, 9), "PASSWORD").t("\n\n")
    d.t("Invitati\n")
    for _ in range(r.randint(2, 4)):
        p = P(r, lang, ch(r, [comp[1], company(r, lang)[1]]))
        d.t("• ").e(p.full(), "PERSON").t(" – ").e(p.email, "EMAIL_ADDRESS").t("\n")
    d.t("\nPartecipi?   Sì - Forse - No    Altre opzioni\n\n")
    d.t("Invito da Google Calendar. Ricevi questa email perché sei un invitato all'evento. Per non ricevere più aggiornamenti, rispondi \"No\".")
    return d


def k_nl_forward(r):
    lang = "nl"
    comp = company(r, lang)
    a, b, c = P(r, lang, comp[1]), P(r, lang, comp[1]), P(r, lang)
    t0 = rdt(r)
    d = Doc(lang)
    d.t("Ter info. ").e(b.first, "PERSON").t(", kun jij dit oppakken? Klant belt anders weer.\n\nGr. ").e(a.first, "PERSON").t("\n\n")
    outlook_block(d, r, lang, c, t0, [a], ch(r, ["Storing cv-ketel", "Klacht factuur", "Adreswijziging"]))
    greet(d, r, lang, a)
    tpl(d, r, lang, ch(r, ["Onze cv-ketel (type {VER}) is sinds {DATE} defect. Het adres is {ADDR}. Ik ben bereikbaar op {PHONE}.",
                           "Op factuur {INV} staat nog ons oude adres. Het nieuwe adres is {ADDR}, ingangsdatum {DATE}. Klantnummer {ACCT}.",
                           "Mijn IBAN is gewijzigd in {IBAN}, graag aanpassen voor de maandelijkse incasso van {AMT}."]), [c])
    d.t("\n\nMet vriendelijke groet,\n").e(c.full(), "PERSON")
    if maybe(r, 0.5):
        d.t("\n").e(address(r, "nl")["one"], "ADDRESS")
    d.t("\n\nVerzonden vanaf mijn Galaxy")
    return d


def k_pt_reply(r):
    lang = "pt"
    ca = company(r, lang)
    a, b = P(r, lang, ca[1]), P(r, lang, company(r, lang)[1])
    t0 = rdt(r)
    m0 = Doc(lang)
    greet(m0, r, lang, a)
    tpl(m0, r, lang, ch(r, ["Conseguem enviar a proposta até {DATE}? O nosso NIF mantém-se, morada nova: {ADDR}.",
                            "A reunião de {DATETIME} continua de pé? O {F1} vem de {CITY} de propósito.",
                            "Enviamos em anexo o comprovativo da transferência de {AMT} para o IBAN {IBAN}."]), [b])
    m0.t("\n\nObrigado,\n").e(b.first, "PERSON")
    d = Doc(lang)
    greet(d, r, lang, b)
    para(d, r, lang, [a])
    d.t("\n\n" + ch(r, CLOSE[lang]) + "\n")
    signature(d, r, lang, a, ca, style=ch(r, [0, 1, 2]))
    d.t("\n\n")
    wrote_line(d, r, lang, b, t0)
    d.quote(m0)
    return d


def k_pl_chain(r):
    lang = "pl"
    comp = company(r, lang)
    a, b = P(r, lang, comp[1]), P(r, lang, company(r, lang)[1])
    t0 = rdt(r)
    d = Doc(lang)
    greet(d, r, lang, b)
    d.t("w nawiązaniu do rozmowy przesyłam dane do przelewu. Proszę o zapłatę do ").e(dbody(r, rdt(r), lang, time=False), "DATE_TIME").t(".\n\n")
    d.t(f"Faktura VAT nr FV/{dg(r, 3)}/{r.randint(2024, 2027)}\nKwota: {amount(r, lang)}\nRachunek: ").e(iban(r, "PL", grouped=True), "IBAN_CODE")
    d.t(f"\nTytuł: {invoice_no(r)}\nNIP: {dg(r, 3)}-{dg(r, 3)}-{dg(r, 2)}-{dg(r, 2)}\n\n" + ch(r, CLOSE[lang]) + "\n")
    signature(d, r, lang, a, comp, style=ch(r, [0, 1]))
    disclaimer(d, r, lang, comp)
    d.t("\n\n")
    outlook_block(d, r, lang, b, t0, [a], "Faktura - prośba o dane")
    m = Doc(lang)
    m.t("Dzień dobry,\n\nproszę o numer konta do przelewu. Nasz numer klienta: ").e(acct(r), "ACCOUNT_NUMBER").t(". Kontakt: ").e(phone(r, "pl"), "PHONE_NUMBER")
    m.t(".\n\nPozdrawiam,\n").e(b.full(), "PERSON")
    d.add(m)
    return d


def k_sv_franvaro(r):
    lang = "sv"
    comp = company(r, lang)
    a, v = P(r, lang, comp[1]), P(r, lang, comp[1])
    t1 = rdt(r)
    d = Doc(lang)
    d.t("Ämne: Autosvar: " + ch(r, ["SV: Offert", "Faktura " + invoice_no(r), "Leverans vecka " + str(r.randint(1, 52))]) + "\n\n")
    d.t("Hej!\n\nJag har semester och är tillbaka ").e(dbody(r, t1, lang, time=False, weekday=maybe(r)), "DATE_TIME").t(". ")
    d.t("Under tiden läser jag inte min e-post.\n\nVid brådskande ärenden, kontakta ").e(v.full(), "PERSON").t(" på ").e(phone(r, "sv"), "PHONE_NUMBER")
    d.t(" eller ").e(v.email, "EMAIL_ADDRESS").t(". Fakturafrågor skickas till ").e(f"faktura@{comp[1]}", "EMAIL_ADDRESS").t(".\n\n")
    d.t("I'm on leave until ").e(dbody(r, t1, "en", time=False), "DATE_TIME").t(". For urgent matters please contact my colleague above.\n\n")
    d.t(ch(r, CLOSE[lang]) + "\n")
    signature(d, r, lang, a, comp, style=ch(r, [0, 1]))
    return d


def k_tr_reply(r):
    lang = "tr"
    comp = company(r, lang)
    a, b = P(r, lang, comp[1]), P(r, lang, company(r, lang)[1])
    t0 = rdt(r)
    m0 = message(r, lang, b, a, [b], n_par=r.randint(1, 2), sig=False)
    d = Doc(lang)
    greet(d, r, lang, b)
    tpl(d, r, lang, ch(r, ["Teşekkürler, {DATETIME} uygun. Toplantı adresi: {ADDR}.",
                           "Ödeme {DATE} tarihinde {IBAN} numaralı hesaba yapılacaktır.",
                           "{F1} Hanım'ı da bilgiye ekliyorum, {CITY} deposundan sorumlu."]), [a])
    d.t("\n\n" + ch(r, CLOSE[lang]) + "\n")
    signature(d, r, lang, a, comp, style=ch(r, [0, 1, 2]))
    disclaimer(d, r, lang, comp)
    d.t("\n\n")
    wrote_line(d, r, lang, b, t0)
    d.quote(m0)
    return d


# --------------------------------------------------------------------------
# kinds -- empty (no entity at all, only hard negatives)
# --------------------------------------------------------------------------
def k_empty_ci(r):
    d = Doc("en")
    repo = ch(r, ["billing-api", "etl-jobs", "website", "mobile-app"])
    d.t(f"Subject: [{repo}] Pipeline #{r.randint(1000, 99999)} {ch(r, ['passed', 'fixed', 'succeeded after retry'])} on main\n\n")
    d.t(f"Commit {sha(r, 8)} (\"Bump dependency to {version(r)}\") by the release bot\nBranch: main   Stage timings:\n")
    t = rdt(r)
    for st in ["checkout", "restore-cache", "unit-tests", "integration", "publish"]:
        t = t + timedelta(seconds=r.randint(3, 200))
        d.t(f"{iso_log(t)} [{st:<14}] {ch(r, ['OK', 'OK', 'WARN flaky test retried', 'OK (cached)'])} in {r.randint(2, 300)}s\n")
    d.t(f"\nArtifacts: {repo}-{version(r)}.tar.gz  sha256:{sha(r, 64)}\n")
    d.t(f"Coverage {r.randint(60, 95)}.{r.randint(0, 9)}% (+0.{r.randint(1, 9)})  Duration {r.randint(3, 40)}m {r.randint(0, 59)}s  Job id {uuid(r)}\n")
    d.t(f"Previous failure on pipeline #{r.randint(1000, 99999)} was resolved. Cache key v{r.randint(1, 9)}-{sha(r, 12)}.\n\n")
    d.t("You are receiving this because you watch this project. Notification settings can be changed in your profile.")
    return d


def k_empty_order(r):
    d = Doc("en")
    o = order_no(r)
    d.t(f"Subject: Order {o} - dispatched\n\nGood news! Part of your order has left our warehouse.\n\n")
    d.t(f"{'Item':<34}{'Qty':>4}{'Price':>14}\n")
    for it in ["Lincoln Ergonomic Chair", "Park Avenue Desk Lamp", "Baker Street Notebook (A5)", "Victoria Cable Tray", "Jefferson USB-C Dock"]:
        if maybe(r, 0.6):
            d.t(f"{it:<34}{r.randint(1, 12):>4}{amount(r, 'en'):>14}\n")
    d.t(f"\nShipping: {ch(r, ['Express', 'Standard', 'Freight'])} via {ch(r, IATA)} hub, tracking {tracking(r)}\n")
    d.t(f"Invoice {invoice_no(r)} will follow separately. Payment reference {dg(r, 12)}; card {tokval(r, 'en', 'MASK', '', [])[0]}.\n")
    d.t(f"Expected delivery: {ch(r, ['Thursday', 'Monday', 'next week', 'in 3-5 business days'])}. Remaining items ship {ch(r, REL['en'])}.\n")
    d.t(f"Return window: 30 days. Warehouse batch {dg(r, 6)}, pallet {rs(r, 2, string.ascii_uppercase)}-{dg(r, 4)}, seal {bad_card(r)}.\n\n")
    d.t("Questions? Reply with your order number in the subject line.")
    return d


def k_empty_policy(r):
    d = Doc("en")
    y = r.randint(2025, 2027)
    d.t(f"Subject: Updated travel & expense policy (v{r.randint(2, 9)}.{r.randint(0, 9)}) - effective {ch(r, ['next quarter', 'from Q3', 'for FY' + str(y)])}\n\n")
    d.t("All,\n\nFollowing the audit, the T&E policy has been updated. Key changes:\n\n")
    pts = [f"  - Meal allowance raised to {amount(r, 'en')} per day; alcohol remains non-reimbursable.",
           f"  - Economy class for flights under 6 hours (e.g. {ch(r, IATA)}-{ch(r, IATA)}); premium economy above.",
           f"  - Hotel cap in tier-1 cities: {amount(r, 'en')} per night. Preferred chains: Hampton, Marriott, Morgan Suites.",
           "  - Never send SSNs, card numbers or passwords by email. Test values such as 000-12-3456 in training decks are fine.",
           f"  - Claims older than 90 days will be rejected by the system (rule EXP-{dg(r, 3)}).",
           f"  - Mileage: {r.randint(30, 70)} cents per mile, max {r.randint(200, 600)} miles per trip.",
           f"  - Corporate cards (ending {dg(r, 4)}) must be reconciled every {ch(r, ['Friday', 'month-end', 'two weeks'])}."]
    r.shuffle(pts)
    d.t("\n".join(pts[:r.randint(4, 7)]))
    d.t(f"\n\nThe full document (policy ID POL-{y}-{dg(r, 3)}, revision {sha(r, 7)}) is on the intranet under Finance > Policies. ")
    d.t("Town hall recording is available for 14 days.\n\nThanks,\nFinance Operations")
    return d


def k_empty_trace(r):
    d = Doc("en")
    d.t("Message trace results (last 48 hours)\n\n")
    d.t(f"{'Received (UTC)':<22}{'Status':<12}{'Size':>8}  Message trace ID\n")
    t = rdt(r)
    for _ in range(r.randint(3, 6)):
        t = t + timedelta(minutes=r.randint(1, 300))
        d.t(f"{t.year}-{t.month:02d}-{t.day:02d} {t.hour:02d}:{t.minute:02d}:{t.second:02d}  {ch(r, ['Delivered', 'Failed', 'Quarantined', 'Expanded']):<12}{r.randint(2, 9000):>6} KB  {uuid(r)}\n")
    d.t("\nHeaders of the quarantined item:\n")
    d.t(f"Received: from {ch(r, ['AM6PR04', 'DB9PR10'])}MB{dg(r, 4)}.eurprd04.prod.outlook.com by\n {ch(r, ['VI1PR08', 'BN8PR12'])}MB{dg(r, 4)}.eurprd04.prod.outlook.com with mapi id 15.20.{r.randint(7000, 8999)}.{r.randint(10, 60)}; {hdr_date(t, '+0000')}\n")
    d.t(f"Date: {hdr_date(t, '+0000')}\nX-MS-Exchange-Organization-SCL: {r.randint(5, 9)}\nX-Forefront-Antispam-Report: CIP:;CTRY:;LANG:en;SCL:{r.randint(5, 9)};SRV:BULK;\n")
    d.t(f"Authentication-Results: spf=fail; dkim=none; dmarc=fail action=quarantine\nX-MS-Office365-Filtering-Correlation-Id: {uuid(r)}\n\n")
    d.t(f"Policy: Anti-phishing (rule v{r.randint(1, 5)}), action Quarantine, release window 15 days.")
    return d


def k_empty_shared_mailbox(r):
    d = Doc("en")
    team = ch(r, ["Accounts Payable", "Customer Service", "Facilities", "Payroll"])
    d.t(f"Subject: Automatic reply: your message to {team}\n\nThank you for contacting {team}. This mailbox is monitored {ch(r, ['Monday to Friday', 'on business days', 'weekdays only'])}; ")
    d.t(f"we aim to respond within {ch(r, ['2 working days', '48 hours', '5 business days'])}.\n\n")
    d.t(f"To help us process your request faster, please include:\n  * the PO number (format PO-45xxxxxxxx, e.g. PO-45{dg(r, 8)})\n  * the invoice number and amount (e.g. {invoice_no(r)}, {amount(r, 'en')})\n")
    d.t(f"  * your supplier ID (six digits, e.g. {dg(r, 6)})\n\nInvoices without a valid PO will be returned. Payment runs take place every {ch(r, WD['en'])} and ")
    d.t(f"at month-end. Statements older than {ch(r, ['12 months', '3 years'])} are archived.\n\nPlease do not send bank detail changes by email; they are only accepted via the supplier form, signed by two directors.\n\n")
    d.t(f"Reference: auto-reply template AR-{dg(r, 3)} ({version(r)})")
    return d


def k_empty_de_system(r):
    d = Doc("de")
    d.t(f"Betreff: Wartungsankündigung – {ch(r, ['ERP-System', 'E-Mail-Gateway', 'VPN'])} (Change {ticket(r)})\n\n")
    d.t(f"Liebe Kolleginnen und Kollegen,\n\nam kommenden {ch(r, WD['de'])} findet ein Wartungsfenster statt. Dauer: ca. {ch(r, DUR['de'])}. ")
    d.t(f"Betroffen ist Version {version(r)}, aktualisiert wird auf {version(r)}.\n\n")
    d.t("Auszug aus dem Änderungsprotokoll:\n")
    t = rdt(r)
    for msg in ["INFO  Snapshot erstellt", "WARN  Dienst antwortet langsam", "INFO  Rollback-Plan geprüft"]:
        t = t + timedelta(seconds=r.randint(5, 400))
        d.t(f"{t.day:02d}.{t.month:02d}.{t.year} {t.hour:02d}:{t.minute:02d}:{t.second:02d} {msg} (Job {uuid(r)[:8]})\n")
    d.t(f"\nVorgangsnummer {dg(r, 10)}, Auftragsnummer {order_no(r)}, Kostenstelle {dg(r, 4)}. Ausfallzeit seit Jahresbeginn: {r.randint(1, 9)} Stunden.\n")
    d.t("Bitte speichern Sie Ihre Arbeit rechtzeitig. Bei Fragen wenden Sie sich an den IT-Service (Durchwahl -4357).\n\nIhr IT-Betrieb")
    return d


def k_empty_fr_newsletter(r):
    d = Doc("fr")
    d.t(f"Objet : La lettre interne – {ch(r, ['T1', 'T2', 'T3', 'T4'])} {r.randint(2025, 2027)}\n\nChères et chers collègues,\n\n")
    d.t(f"Le chiffre d'affaires du trimestre atteint {amount(r, 'fr')} (+{r.randint(1, 9)},{r.randint(0, 9)} %). ")
    d.t(f"La nouvelle gamme « Rivoli » et la collection « Saint-Honoré » représentent déjà {r.randint(10, 40)} % des ventes. ")
    d.t(f"Le logiciel de caisse passe en version {version(r)} ; la migration dure environ {ch(r, DUR['fr'])} par magasin.\n\n")
    d.t(f"Rappel : les notes de frais doivent être saisies avant la fin du mois, référence de la procédure PRO-{dg(r, 4)}. ")
    d.t(f"Le séminaire annuel aura lieu {ch(r, ['au printemps', 'en septembre', 'le mois prochain'])} ; le programme suivra.\n\n")
    d.t(f"Chiffre du mois : {r.randint(100, 999)} commandes traitées par jour, délai moyen {r.randint(1, 5)} jours, code promo interne STAFF{r.randint(10, 99)}.\n\nLa direction de la communication")
    return d


def k_empty_es_aviso(r):
    d = Doc("es")
    o = order_no(r)
    d.t(f"Asunto: Actualización de su pedido {o}\n\nSu pedido está en preparación.\n\n")
    d.t(f"  Número de pedido: {o}\n  Importe total: {amount(r, 'es')} (IVA incluido)\n  Forma de pago: tarjeta {tokval(r, 'es', 'MASK', '', [])[0]}\n")
    d.t(f"  Código de seguimiento: {tracking(r)}\n  Entrega estimada: {ch(r, ['el jueves', 'en 3 días laborables', 'la próxima semana'])}\n  Almacén: {ch(r, IATA)}-{dg(r, 2)}\n\n")
    d.t(f"Referencia de pago {dg(r, 12)} · Lote {rs(r, 3, string.ascii_uppercase)}{dg(r, 5)} · Versión de la app {version(r)}\n\n")
    d.t("Recuerde que dispone de 14 días para devoluciones. Este mensaje se ha generado automáticamente; no responda a esta dirección.")
    return d


# --------------------------------------------------------------------------
# registry, generation, validation, CLI
# --------------------------------------------------------------------------
KINDS = [
    ("reply_quoted_gmail", "en", False, k_reply_quoted),
    ("outlook_toppost_chain", "en", False, k_outlook_chain),
    ("forward_gmail", "en", False, k_forward_gmail),
    ("raw_message_source", "en", False, k_raw_source),
    ("out_of_office", "en", False, k_ooo),
    ("calendar_ics_request", "en", False, k_ics_invite),
    ("meeting_join_details", "en", False, k_meeting_join),
    ("mailman_digest", "en", False, k_digest),
    ("dsn_postfix_bounce", "en", False, k_dsn_postfix),
    ("exchange_ndr", "en", False, k_exchange_ndr),
    ("ticket_autoreply_zendesk", "en", False, k_ticket_autoreply),
    ("jira_comment_notification", "en", False, k_jira_notification),
    ("vendor_bank_change", "en", False, k_bank_change),
    ("ar_payment_reminder", "en", False, k_ar_reminder),
    ("hr_onboarding_reply", "en", False, k_hr_onboarding),
    ("benefits_enrollment", "en", False, k_benefits),
    ("clinic_referral_secure", "en", False, k_clinic_email),
    ("card_authorization", "en", False, k_card_auth),
    ("it_account_handover", "en", False, k_it_handover),
    ("aws_key_leak_thread", "en", False, k_aws_leak),
    ("github_actions_failure", "en", False, k_github_ci),
    ("slack_integration_config", "en", False, k_slack_integration),
    ("payment_keys_golive", "en", False, k_stripe_onboarding),
    ("api_bug_report_jwt", "en", False, k_api_bug_jwt),
    ("sftp_private_key", "en", False, k_deploy_key),
    ("k8s_secret_review", "en", False, k_k8s_review),
    ("env_file_snippet", "en", False, k_env_snippet),
    ("webhook_failure_forward", "en", False, k_webhook_forward),
    ("sales_intro_chain", "en", False, k_sales_multi),
    ("law_firm_privileged", "en", False, k_law_firm),
    ("travel_itinerary", "en", False, k_travel),
    ("car_rental_confirmation", "en", False, k_car_rental),
    ("telecom_port_in", "en", False, k_telecom),
    ("recruiting_schedule", "en", False, k_recruiting),
    ("inline_csv_attendees", "en", False, k_csv_contacts),
    ("voicemail_to_email", "en", False, k_voicemail),
    ("shipping_notification", "en", False, k_shipping),
    ("signin_security_alert", "en", False, k_signin_alert),
    ("helpdesk_reset_resolved", "en", False, k_helpdesk_reset),
    ("meeting_minutes_actions", "en", False, k_minutes),
    ("list_moderation_request", "en", False, k_list_moderation),
    ("expense_report_query", "en", False, k_expense),
    ("de_outlook_chain", "de", False, k_de_outlook),
    ("de_abwesenheitsnotiz", "de", False, k_de_abwesend),
    ("de_zugangsdaten", "de", False, k_de_zugang),
    ("fr_reponse_citee", "fr", False, k_fr_reply),
    ("fr_relance_facture", "fr", False, k_fr_facture),
    ("fr_non_remis", "fr", False, k_fr_ndr),
    ("es_mensaje_reenviado", "es", False, k_es_reenviado),
    ("es_incidencia_auto", "es", False, k_es_ticket),
    ("it_catena_inviato", "it", False, k_it_chain),
    ("it_invito_calendario", "it", False, k_it_invito),
    ("nl_doorgestuurd", "nl", False, k_nl_forward),
    ("pt_resposta_citada", "pt", False, k_pt_reply),
    ("pl_faktura_watek", "pl", False, k_pl_chain),
    ("sv_autosvar", "sv", False, k_sv_franvaro),
    ("tr_yanit_alinti", "tr", False, k_tr_reply),
    ("empty_ci_pipeline", "en", True, k_empty_ci),
    ("empty_order_dispatch", "en", True, k_empty_order),
    ("empty_policy_update", "en", True, k_empty_policy),
    ("empty_message_trace", "en", True, k_empty_trace),
    ("empty_shared_mailbox_ar", "en", True, k_empty_shared_mailbox),
    ("empty_de_wartung", "de", True, k_empty_de_system),
    ("empty_fr_lettre_interne", "fr", True, k_empty_fr_newsletter),
    ("empty_es_aviso_pedido", "es", True, k_empty_es_aviso),
]

_EMPTY = [k for k in KINDS if k[2]]
_FOREIGN = [k for k in KINDS if not k[2] and k[1] != "en"]
_ENGLISH = [k for k in KINDS if not k[2] and k[1] == "en"]


def _finish(d, lang, r):
    text = d.text()
    ents = sorted(d.ents, key=lambda e: (e["start"], e["end"]))
    if len(text) > 3000:
        cut = 3000
        while True:
            nl = text.rfind("\n", 0, cut)
            if nl < 150:
                nl = cut
            if not any(e["start"] < nl < e["end"] for e in ents):
                break
            cut = nl - 1 if nl != cut else min(e["start"] for e in ents if e["start"] < nl < e["end"])
        text = text[:nl].rstrip()
        ents = [e for e in ents if e["end"] <= len(text)]
    while len(text) < 150:
        text = text.rstrip() + "\n\n" + PAD.get(lang, PAD["en"])
    return text, ents


def _generate(n, seed=0):
    for i in range(n):
        r = random.Random(f"blind81-{seed}-{i}")
        u = r.random()
        pool = _EMPTY if u < 0.12 else (_FOREIGN if u < 0.335 else _ENGLISH)
        name, lang, empty, fn = pool[r.randrange(len(pool))]
        d = fn(r)
        text, ents = _finish(d, lang, r)
        yield {"id": f"blind81-{seed}-{i:06d}", "text": text, "entities": ents}, name, lang


def generate(n: int, seed: int = 0):
    for doc, _name, _lang in _generate(n, seed):
        yield doc


EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+'\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}$")
URL_RE = re.compile(r"^https?://([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,})(:\d+)?(/\S*)?$")
PEM_RE = re.compile(r"^-----BEGIN ([A-Z ]*PRIVATE KEY)-----\n([A-Za-z0-9+/=]+\n)+-----END \1-----$")


def _b64json(part):
    return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))


def _shape(typ, v):
    if typ == "EMAIL_ADDRESS":
        return bool(EMAIL_RE.match(v))
    if typ == "PHONE_NUMBER":
        return 6 <= sum(c.isdigit() for c in v) <= 15
    if typ == "US_SSN":
        s = re.sub(r"[ -]", "", v)
        return (len(s) == 9 and s.isdigit() and s[:3] not in ("000", "666") and s[0] != "9"
                and s[3:5] != "00" and s[5:] != "0000")
    if typ == "CREDIT_CARD":
        s = re.sub(r"[ -]", "", v)
        return s.isdigit() and 13 <= len(s) <= 19 and luhn_ok(s)
    if typ == "IBAN_CODE":
        return iban_ok(v)
    if typ == "IP_ADDRESS":
        try:
            ipaddress.ip_address(v)
            return True
        except ValueError:
            return False
    if typ == "URL":
        m = URL_RE.match(v)
        if not m or "@" in v:
            return False
        try:
            ipaddress.ip_address(m.group(1))
            return False
        except ValueError:
            return True
    if typ == "JWT":
        parts = v.split(".")
        if len(parts) != 3:
            return False
        try:
            return "alg" in _b64json(parts[0])
        except Exception:
            return False
    if typ == "PRIVATE_KEY":
        return bool(PEM_RE.match(v))
    if typ == "AWS_ACCESS_KEY":
        return bool(re.fullmatch(r"(AKIA|ASIA)[A-Z0-9]{16}", v))
    if typ == "AWS_SECRET_KEY":
        return bool(re.fullmatch(r"[A-Za-z0-9/+]{40}", v))
    if typ == "GITHUB_TOKEN":
        return bool(re.fullmatch(r"gh[pousr]_[A-Za-z0-9]{36}", v))
    if typ == "SLACK_TOKEN":
        return bool(re.fullmatch(r"xox[abpr]-[A-Za-z0-9\-]+", v))
    if typ == "STRIPE_KEY":
        return bool(re.fullmatch(r"(sk|rk)_live_[A-Za-z0-9]{24,}", v))
    if typ in ("DATE_TIME", "DATE_OF_BIRTH", "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER",
               "ACCOUNT_NUMBER", "DRIVER_LICENSE"):
        return any(c.isdigit() for c in v)
    if typ in ("PERSON", "LOCATION"):
        return not any(c.isdigit() for c in v) and "@" not in v and "\n" not in v
    if typ in ("PASSWORD", "GENERIC_SECRET"):
        return len(v) >= 6 and not any(c.isspace() for c in v)
    return True


def validate(doc):
    probs = []
    text = doc.get("text", "")
    if not 150 <= len(text) <= 3000:
        probs.append(f"length {len(text)}")
    prev_end = -1
    prev_start = -1
    for e in doc.get("entities", []):
        s, en, typ = e.get("start"), e.get("end"), e.get("type")
        if typ not in TYPES:
            probs.append(f"unknown type {typ}")
            continue
        if not (isinstance(s, int) and isinstance(en, int) and 0 <= s < en <= len(text)):
            probs.append(f"span out of range {s}-{en}")
            continue
        if s < prev_start:
            probs.append(f"not sorted at {s}")
        if s < prev_end:
            probs.append(f"overlap at {s}")
        prev_end = max(prev_end, en)
        prev_start = s
        v = text[s:en]
        if v != v.strip():
            probs.append(f"whitespace at span edge {typ} {v!r}")
        if not _shape(typ, v):
            probs.append(f"bad shape {typ} {v!r}")
    return probs


def _mark(doc):
    out, pos = [], 0
    t = doc["text"]
    for e in doc["entities"]:
        out.append(t[pos:e["start"]])
        out.append(f"[[{t[e['start']:e['end']]}|{e['type']}]]")
        pos = e["end"]
    out.append(t[pos:])
    return "".join(out)


def main(argv=None):
    ap = argparse.ArgumentParser(description="Blind corpus 81 -- business e-mail threads")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--sample", type=int)
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--output")
    a = ap.parse_args(argv)
    if a.check:
        types, kinds, langs = {}, {}, {}
        nprob = ndocs = nempty = 0
        for seed in (0, 1):
            for doc, name, lang in _generate(2000, seed):
                ndocs += 1
                kinds[name] = kinds.get(name, 0) + 1
                langs[lang] = langs.get(lang, 0) + 1
                if not doc["entities"]:
                    nempty += 1
                for e in doc["entities"]:
                    types[e["type"]] = types.get(e["type"], 0) + 1
                for p in validate(doc):
                    nprob += 1
                    if nprob <= 40:
                        print(f"PROBLEM {doc['id']} ({name}): {p}")
        print(f"docs checked: {ndocs}  (no-entity docs: {nempty})")
        print("per type:")
        for t in TYPES:
            print(f"  {t:<24}{types.get(t, 0):>7}")
        print("per kind:")
        for k in KINDS:
            print(f"  {k[0]:<30}{k[1]:<4}{'empty' if k[2] else '':<7}{kinds.get(k[0], 0):>6}")
        print("per language:")
        for l, c in sorted(langs.items(), key=lambda x: -x[1]):
            print(f"  {l:<4}{c:>6}  ({100.0 * c / ndocs:.1f}%)")
        used = sum(1 for k in KINDS if kinds.get(k[0]))
        print(f"kinds defined: {len(KINDS)}  used: {used}")
        missing = [t for t in TYPES if not types.get(t)]
        if missing:
            print("types never used:", ", ".join(missing))
        print(f"problems: {nprob}")
        sys.exit(1 if (nprob or used < 50 or missing) else 0)
    if a.sample:
        for doc in generate(a.sample, a.seed):
            print(f"=== {doc['id']} ===")
            print(_mark(doc))
            print()
        return
    out = open(a.output, "w", encoding="utf-8") if a.output else sys.stdout
    for doc in generate(a.n, a.seed):
        out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    if a.output:
        out.close()


if __name__ == "__main__":
    main()
