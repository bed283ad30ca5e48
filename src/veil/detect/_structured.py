"""Tables inside text: CSV blocks pasted into chats, prompts, tickets and logs.

A cell of a CSV block means little alone ("000233308056"); its column header says what it is
("account_number"). This module finds CSV blocks (a header of identifier-like names followed
by rows with the same number of fields) and yields each cell with the context a person would
read it with: the header, and the previous cell when that is a short key ("secret,<value>").
The detector scans ``"<context>: <cell>"`` with the ordinary recognizers and maps findings
back into the document. The standard library's ``csv`` cannot report field offsets, which is
why the small field splitter below exists.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from veil.types import EntityType

__all__ = [
    "NAME_ONLY",
    "PARTICLE",
    "Cell",
    "address_after_key",
    "cell_is_column_time",
    "column_forbids_person",
    "column_hint",
    "column_is_quantity",
    "copy_cells",
    "csv_cells",
    "form_cells",
    "hint_finding",
]

_HINTS: list[tuple[re.Pattern[str], EntityType]] = [
    (re.compile(p, re.I), t)
    for p, t in [
        (r"e[-_]?mail", EntityType.EMAIL_ADDRESS),
        (r"phone|mobile|cell|tel\b|fax", EntityType.PHONE_NUMBER),
        (r"ssn|social[-_ ]?sec", EntityType.US_SSN),
        # "birth" names a date, unless a place of birth is asked for
        (
            r"^(?!.*(?:\b|birth)(?:place|location|city|town|country|state|county|province|"
            r"hospital|facility)\b).*(?:dob|birth)",
            EntityType.DATE_OF_BIRTH,
        ),
        (r"card[-_ ]?(num|no)|credit[-_ ]?card|\bpan\b|cc[-_ ]?num", EntityType.CREDIT_CARD),
        (r"iban", EntityType.IBAN_CODE),
        (r"\bip\b|ip[-_ ]?addr|client[-_ ]?ip|remote[-_ ]?addr", EntityType.IP_ADDRESS),
        (r"mrn|medical[-_ ]?record|chart", EntityType.MEDICAL_RECORD_NUMBER),
        (
            r"member[-_ ]?id|policy[-_ ]?(num|no|id)|health[-_ ]?plan|subscriber",
            EntityType.HEALTH_PLAN_NUMBER,
        ),
        (r"acct|account[-_ ]?(num|no)|bank[-_ ]?account", EntityType.ACCOUNT_NUMBER),
        (r"licen[cs]e|\bdl\b", EntityType.DRIVER_LICENSE),
        (r"passport", EntityType.US_PASSPORT),
        (r"\bvin\b", EntityType.VEHICLE_ID),
        (r"password|passwd|\bpwd\b", EntityType.PASSWORD),
        (r"api[-_ ]?key|secret|token", EntityType.GENERIC_SECRET),
        (r"url|website|homepage|link", EntityType.URL),
        (
            r"street|address|addr\b|"
            # the key in other languages: "adresse_rue", "Anschrift", "gateadresse", "ulice"
            r"adress|adres|anschrift|direcci[oó]n|indirizzo|endere[cç]o|stra(?:ß|ss)e|"
            r"katuosoite|ulice|^morada$|^domicilio$|"
            # the street alone: "straat", "gata", "rue"; a record's first address line
            r"^(?:straat|gata|gatan|gade|vej|katu|katuosoite|ulica|rue|calle|via|rua)$|"
            r"^(?:address[-_ ]?)?line[-_ ]?1$",
            EntityType.ADDRESS,
        ),
        (
            r"city|country|county|parish|borough|state|region|zip|postcode|postal|^site$|"
            r"location|residence|"
            r"hometown|birth[ -]?place|place of birth|^place$|town|origin|destination|^abode$|"
            # the key in other languages: "Localidad:", "Wohnort:", "Luogo:", "Miejscowość:"
            r"^(?:localidad|población|poblacion|ciudad|municipio|luogo|città|citta|comune|"
            r"ort|wohnort|stadt|ville|localité|localite|cidade|localidade|plaats|woonplaats|"
            r"stad|postort|miejscowość|miejscowosc|miasto|şehir|sehir|bopæl|kommune|kommun|"
            r"naturalidade|commune|gemeente|località|localita|ilçe|ilce|"
            # the country and the birthplace in other languages: "País:", "Lieu de naissance:"
            r"país|pais|pays|paese|land|kraj|ülke|ulke|lieu de naissance|lugar de nacimiento|"
            r"luogo di nascita|geburtsort|local de nascimento|födelseort|fødested|"
            r"miejsce urodzenia|doğum yeri|dogum yeri|geboorteplaats)$",
            EntityType.LOCATION,
        ),
        (
            r"(first|last|full|middle|sur|given|family|maiden|legal|patient|employee|customer|"
            r"user|contact|account|card|guest|preferred|nick|display)[-_ ]?name|^name$|surname|"
            r"^(nom|pr[ée]noms?|nom de famille|nom du patient|nome|sobrenome|nome completo|nombre|"
            r"apellidos?|nombre completo|vorname|nachname|familienname|paciente|titular|"
            r"cognome|nome e cognome|cognome e nome|primer apellido|segundo apellido|apelido|"
            r"adjuster|claimant|paralegal|attorney|"
            # Turkish, Polish, Swedish and Dutch name keys: "Ad Soyad", "Adı", "Baba Adı"
            r"ad soyad|adı soyadı|ad soyadı|adı|soyadı|soyad|baba adı|ana adı|imię|imie|"
            r"nazwisko|imię i nazwisko|imie i nazwisko|namn|förnamn|efternamn|naam|voornaam|"
            r"voornamen|vornamen|achternaam|"
            # Norwegian, Danish, Finnish and Czech: "Fornavn:", "Sukunimi:", "Příjmení:"
            r"fornavn|etternavn|efternavn|mellomnavn|mellemnavn|tilltalsnamn|etunimi|sukunimi|"
            r"jméno|jmeno|příjmení|prijmeni|jméno a příjmení|"
            # the patient in other languages: "Paziente: FERRETTI Rosa", "Potilas:"
            r"paziente|pacjent|pacjentka|potilas|pasient|patiënt|patientin|hasta adı soyadı|"
            r"hasta adi soyadi)$|"
            # a Turkish "name and surname" of anyone: "Ölenin Adı Soyadı" (the deceased's)
            r"\b(?:adı soyadı|adi soyadi|ad soyad|ad soyadı)$|"
            # German keys that say whose name: "Name, Vorname des Versicherten"
            r"^(?:name|vorname|nachname|name, vorname|nachname, vorname)(?: (?:des|der) "
            r"(?:versicherten|patienten|patientin|kindes|mitglieds|antragstellers|"
            r"antragstellerin|arztes|ärztin|mutter|vaters|kontoinhabers|kontoinhaberin))?$|"
            r"^(recipient|patient|provider|"
            r"contact|holder|assignee|physician|doctor|nurse|student|guardian|parent|mother|"
            r"father|spouse|partner|client|prospective client|passenger|tenant|landlord|"
            r"applicant|co-applicant|donor|driver|courier|caller|insured|policyholder|traveler|"
            r"traveller|child|dependents?|emergency contact|next of kin|witness|plaintiff|"
            r"defendant|candidate|employee|customer|cardholder|account holder|beneficiary|"
            r"attendee|guest|agent|technician|referred by|referring physician|signed by|"
            r"prepared by|attn|pt|name on card|name on order|manager|supervisor|reports to|"
            r"approver|approved by|reviewer|reviewed by|requested by|requester|reporter|"
            r"owner|assigned to|author|sender|vet|veterinarian|attending|counselor|advisor|"
            r"adviser|instructor|teacher|coach|agent name|rep|tech|borrower|co borrower|"
            r"co-borrower|cosigner|co-signer|patron|phlebotomist|md|referring md|caregiver|"
            r"aide|rider|volunteer|librarian|clinician|therapist|dentist|hygienist|"
            r"pharmacist|prescriber|collected by|drawn by|nurse name|staff|worker|"
            r"head of household|household head|decedent|deceased|heir|executor|pledgor|"
            r"seller|buyer|debtor|creditor|guarantor|resident|victim|suspect|given|family|"
            r"officer|reporting officer|arresting officer|investigating officer|deputy|"
            r"visitor|inmate|detainee|juror|"
            r"trooper|investigator|caseworker|case worker|social worker|interpreter|"
            r"notary|judge|judicial officer|commissioner)( ?\d)?$|"
            r"^[a-z]+ (first|last)$|^subject ?\d{1,2}$|^participant$|"
            # care at home in other languages: the insured, the carer, the client, the ward
            r"^(?:versicherte person|kontaktperson|ansprechperson|bezugsperson|betreuer|"
            r"betreuerin|pflegekraft|pflegefachkraft|klient|klientin|podopieczny|podopieczna|"
            r"podopieczny/a|opiekun|opiekunka|cuidador|cuidadora|badante|operatore|operatrice|"
            r"aidant|aidante|intervenant|intervenante|assistito|assistita)$|"
            # any other "... name" that names no thing: "Participant name", "real_name"
            r"^(?!.*\b(?:file|host|domain|company|product|brand|project|app|application|"
            r"service|device|server|bucket|table|column|field|model|plan|business|org|"
            r"organi[sz]ation|store|street|screen|team|group|role|key|event|campaign|course|"
            r"venue|bank|branch|drug|medication|pharmacy|hospital|clinic|facility|school|"
            r"employer|vendor|merchant|payer|insurer|package|image|container|cluster|node|"
            r"queue|topic|database|db|schema|index|dataset|job|task|pipeline|variable|"
            r"param|parameter|setting|city|country|state|region|site|location|place|"
            r"building|room|ward|unit|department|dept|trade|legal entity|entity|display|"
            r"user|screen|login|nick)\b)[a-z]+(?: [a-z]+)? name$",
            EntityType.PERSON,
        ),
    ]
]
# Types a column name may assert on its own: values that no validator can confirm.
NAME_ONLY = frozenset(
    {
        EntityType.PERSON,
        EntityType.LOCATION,
        EntityType.ADDRESS,
        EntityType.PASSWORD,
        EntityType.DATE_OF_BIRTH,
    }
)


# Columns and keys whose values are things, not people: a name inside them is a title, a
# product or an organisation ("Jane Eyre" under "title", "St. Agnes Home Health" under
# "agency"), so PERSON findings there are dropped.
_NOT_PERSON_COLUMN = re.compile(
    r"^(?:book |item |product |program |course )?(?:title|book|product|item|description|"
    r"branch|preferred branch|agency|employer|company|organi[sz]ation|org|venue|facility|"
    r"clinic|team|club|program|fund|grant|room|medication|drug|sku|vendor|payer|"
    r"primary payer|insurer|carrier|school|library|hospital|pharmacy|store|merchant|brand|"
    r"device|model|make|vehicle|car|lender|bank|bank name|campaign|event|course|project|"
    r"service|service name|site name|make/model|make and model|insurance|animal|pet|pets|"
    r"current pets|breed|species)( ?\d)?$",
    re.I,
)


_QUANTITY_COLUMN = re.compile(
    r"(?:^|[ _-])(?:amt|amount|balance|price|cost|total|fee|fees|qty|quantity|rate|count|"
    r"score|pct|percent|salary|income|sum|value usd|usd|eur|gbp)$",
    re.I,
)


@lru_cache(maxsize=4096)
def column_is_quantity(name: str) -> bool:
    """Whether a column holds amounts or counts ("loan_amt"): its numbers are not ids."""
    return bool(_QUANTITY_COLUMN.search(name.strip(" *")))


@lru_cache(maxsize=4096)
def column_forbids_person(name: str, *, key: bool = False) -> bool:
    """Whether a column or key name says its values are not people. ``key``: the name
    heads one record's line, not a table's column; a record's "description:" is prose that
    may name people (an LDAP entry's "emergency contact Khalid Haddad"), where a table's
    description column names things ("Rent Jan")."""
    name = name.replace("_", " ").strip(" *")
    if key and name.lower() == "description":
        return False
    return bool(_NOT_PERSON_COLUMN.match(name))


_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")
_ORDER_NOTE = re.compile(r"\s*\((?:last|first|family|given|surname)\b[^)]*\)", re.I)


@lru_cache(maxsize=4096)
def column_hint(name: str) -> EntityType | None:
    """The entity type a column name suggests, if any."""
    name = _ORDER_NOTE.sub("", name).replace("_", " ").strip(" *")  # "Name (Last, First)"
    name = _POSSESSIVE.sub("", name)  # "Father's name" reads as "Father name"
    for rx, t in _HINTS:
        if rx.search(name):
            return t
    if " / " in name:  # a bilingual form's key: "First name / Prénom", "Surname / Nom"
        for part in name.split(" / "):
            if (hint := column_hint(part)) is not None:
                return hint
    return None


PARTICLE = (
    r"(?:bin|binti|bint|ibn|abu|al|el|van|von|der|den|de|del|della|dela|di|da|do|dos|du|la|"
    r"le|ter|ten|zu|y)"
)
_WORD = r"[^\W\d_][^\W\d_'’.-]*(?:['’.-][^\W\d_]+)*\.?"
_NAME_SHAPE = re.compile(
    rf"^(?:(?i:Dr|Mr|Mrs|Ms|Prof)\.? )?({_WORD}(?:,? {_WORD}){{0,3}})$"  # also "City, Country"
)
# a person's: "Last, First [Middle]" has one or two surnames (after particles) before the
# comma, and a credential after it is no part of the name ("Jun Park, MD")
_PERSON_SHAPE = re.compile(
    rf"^(?:(?i:Dr|Mr|Mrs|Ms|Prof)\.? )?({_WORD}(?: {_WORD}){{0,3}}"
    rf"|(?:(?i:{PARTICLE}) )*{_WORD}(?: {_WORD})?, {_WORD}(?: {_WORD})?)"
    r"(?:,? (?:MD|M\.D\.|DO|RN|LPN|NP|PA|PA-C|PhD|DDS|DMD|PharmD|MSW|LCSW|CNA|APRN|FNP|Esq\.?|"
    r"Jr\.?|Sr\.?|II|III|IV))?$"
)


def _looks_like_name(value: str) -> bool:
    """Every word capitalized (or a surname particle), no sentence punctuation at the end
    (an initial such as "J." excepted)."""
    words = value.replace(",", " ").split()
    if value[-1:] in "!?" or (value.endswith(".") and len(words[-1]) > 2):
        return False
    return all(w[:1].isupper() or _PARTICLE_WORD.fullmatch(w.split("-")[0]) for w in words)


# surname particles that keep a name lowercase at its start: "bin Hashim, Farah",
# "al-Rashid, Yousef", "van der Berg, Matthias", "de la Cruz"
_PARTICLE_START = re.compile(rf"^{PARTICLE}[ -][^\W\d_a-z]")
_PARTICLE_WORD = re.compile(PARTICLE)


# USPS state and territory codes, and Canadian province codes: "Savannah, GA", "Laval, QC"
REGION_CODES = frozenset(
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH "
    "NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR GU VI AS MP "
    "AB BC MB NB NL NS NT NU ON PE QC SK YT".split()
)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


_CITY_KEY = re.compile(r"(?i)\bcity\b|\bcity_|_city\b|\btown\b")
# what a "state" field holds when it is a status
_STATUS_WORDS = frozenset(
    """open opened closed active inactive pending failed failure success ok error done
    complete completed running stopped idle ready busy online offline on off enabled disabled
    locked unlocked up down new resolved cancelled canceled approved rejected draft sent
    delivered shipped returned unknown true false yes no armed disarmed alarm normal""".split()
)
_STATE_KEY = re.compile(r"(?i)(?:^|[\W_])(?:state|province|st)(?:$|[\W_])|state_?code")


_FIRST_LAST = re.compile(r"(?i)(?=.*(?:^| )first(?: |$))(?=.*(?:^| )last(?: |$))")


def hint_finding(
    header: str, value: str, text: str = "", at: int = 0, columns: str = ""
) -> tuple[EntityType, int, int] | None:
    """A finding asserted by the column name alone, for types no pattern can check:
    (type, start, end) within ``value``, or None. ``text`` and ``at``: the document the value
    stands in, and where (its record, roughly, is read around it); ``columns``: the names of
    the columns of the value's table, if it stands in one."""
    hint = column_hint(header)
    if hint is None and header.lower() in ("first", "last") and _FIRST_LAST.search(columns):
        hint = EntityType.PERSON  # a roster's "last,first" columns
    if hint is EntityType.LOCATION and len(value) <= 2:
        # a state's or province's code under its own key next to a city field ("City:
        # Boulder   State: CO", "city": ..., "state": "IA") is one part of an address split
        # into fields, a place; alone (a licence's issuing state) or any other two letters
        # (a country code) it is not
        if (
            value in REGION_CODES
            and _STATE_KEY.search(_CAMEL.sub("_", header))  # "MailingState"
            and (
                _CITY_KEY.search(text, max(0, at - 300), at + len(value) + 300)
                or _CITY_KEY.search(_CAMEL.sub("_", columns))  # a table's city column
            )
        ):
            return hint, 0, len(value)
        return None
    if hint is EntityType.LOCATION and value.lower() in _STATUS_WORDS and _STATE_KEY.search(header):
        return None  # "door=D14 state=CLOSED": a state of things, not of a country
    if hint is EntityType.PERSON and (m := _AIRLINE_NAME.match(value)):
        return hint, m.start(1), m.end(1)  # "Passenger: NJOROGE/AKINYI MS"
    if hint is EntityType.PERSON or hint is EntityType.LOCATION:
        shape = _PERSON_SHAPE if hint is EntityType.PERSON else _NAME_SHAPE
        m = shape.match(value)
        if m is None and hint is EntityType.PERSON:  # "Reporter: Ana Lange <al@x.com>"
            m = shape.match(_AFTER_NAME.sub("", value))
        particle = hint is EntityType.PERSON and _PARTICLE_START.match(value)
        if m and (value[:1].isupper() or particle):
            if hint is EntityType.PERSON and not _looks_like_name(m.group(1)):
                return None  # "Agent: Have a good one." is a line of dialogue
            return hint, m.start(1), m.end(1)
    elif (
        hint is EntityType.PASSWORD
        and 4 <= len(value) <= 64
        and " " not in value
        and not _HASHED.search(header)  # "password_hash": a bcrypt hash is no password
    ):
        return hint, 0, len(value)
    elif hint is EntityType.ADDRESS and _ADDRESS_SHAPE.match(value) and "mac" not in header.lower():
        # the address ends with its sentence ("… 28038 Madrid. Kaiser ID RL91341K")
        cut = _ADDRESS_SENTENCE_END.search(value)
        return hint, 0, len(value[: cut.start() if cut else len(value)].rstrip(" ,;."))
    return None


# (or a record's next field in capitals: "… Atlanta, Georgia. MR# 0315-003")
_ADDRESS_SENTENCE_END = re.compile(r"(?<=[^\W\d_]{5})\. (?=[A-Z][a-z]|[A-Z]{2,}[#:]? )")


# an airline's "SURNAME/GIVEN" and its title
_AIRLINE_NAME = re.compile(
    r"^([^\W\d_a-z][^\W\d_a-z'-]+/[^\W\d_a-z][^\W\d_a-z' -]*?[^\W\d_a-z])"
    r"(?: (?:MR|MS|MRS|MSTR|MISS|DR|MX))?$"
)


# what may follow a name in a key's value: its e-mail address, or a role in parentheses
_AFTER_NAME = re.compile(r"\s+(?:<[^<>\s]+@[^<>\s]+>|\([^()]{1,40}\))$")


# a street address under an address key: a number and a word of letters, spaces, no markup
# ("Plot 4, Ngong Road, Nairobi 00100", "Calle de Alcalá 180, 7º, 28014 Madrid")
_ADDRESS_SHAPE = re.compile(
    r"^(?=[^@<>{}=\[\]|]{8,150}$)(?=.*\d)(?=.*[^\W\d_]{3})(?=.* )[\w#º°ª.,'’/&() -]+$"
)


_HASHED = re.compile(r"(?i)hash|digest|salt|encrypted|crypt|sha\d|md5|bcrypt")
_HEADER_FIELD = re.compile(r"^[^\W\d][\w ./#°'’-]{0,40}$")
_GENERIC = frozenset({"value", "val", "data", "content", "field", "v", "secret value"})
_KEYLIKE = re.compile(r"^[A-Za-z_][A-Za-z0-9_ -]{1,30}$")


@dataclass(frozen=True, slots=True)
class Cell:
    start: int
    end: int
    header: str
    context: str  # what the detector prefixes the cell with
    columns: str = ""  # a table's column names, space-separated (the cell's neighbours)


def _fields(text: str, start: int, end: int, sep: str) -> list[tuple[int, int]]:
    """(start, end) of each field's content in ``text[start:end]``, quotes excluded."""
    out: list[tuple[int, int]] = []
    i = start
    while i <= end:
        if i < end and text[i] == '"':
            j = i + 1
            while j < end:
                if text[j] == '"':
                    if j + 1 < end and text[j + 1] == '"':
                        j += 2
                        continue
                    break
                j += 1
            out.append((i + 1, j))
            k = text.find(sep, j, end)
            i = (k if k >= 0 else end) + 1
        else:
            k = text.find(sep, i, end)
            k = k if k >= 0 else end
            out.append((i, k))
            i = k + 1
    return out


def _lines(text: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line.rstrip("\r"))))
        pos += len(line) + 1
    return spans


_SEPARATORS = ("\t", "|", ";", ",")
_RULE = re.compile(r"^[\s|:+-]+$")  # a markdown/ASCII table rule line


def _span(text: str, s: int, e: int, sep: str) -> tuple[int, int]:
    """A table row without its outer pipes ("| a | b |"). A row that does not open with a
    pipe has none: its last pipe ends an empty last cell ("2593219617|Iñigo|...|27614|")."""
    if sep == "|":
        while s < e and text[s] == " ":
            s += 1
        outer = s < e and text[s] == "|"
        while s < e and text[s] in " |":
            s += 1
        while e > s and (text[e - 1] == " " or (outer and text[e - 1] == "|")):
            e -= 1
    return s, e


# INSERT INTO `users` (`id`, `name`, `ssn`) VALUES (1,'Ana Lange','123-45-6789'),(...);
_INSERT = re.compile(
    r"(?i:insert\s+into)\s+[`\"\[]?([\w.]+)[`\"\]]?\s*(?:\(([^()]{1,2000})\)\s*)?(?i:values)\s*"
)
# "CREATE TABLE `customers` (\n  `id` int NOT NULL, ...": the columns of an INSERT without a list
_CREATE = re.compile(
    r"(?i:create\s+table)(?:\s+(?i:if\s+not\s+exists))?\s+[`\"\[]?([\w.]+)[`\"\]]?\s*\("
)
_COLUMN_DEF = re.compile(r"(?m)^[ \t]*[`\"\[]?(\w+)[`\"\]]?[ \t]+\w")
_NOT_COLUMN = frozenset(
    {"primary", "key", "unique", "constraint", "index", "foreign", "check", "fulltext"}
)


def _table_columns(text: str, table: str) -> list[str]:
    """The columns of ``table`` as its CREATE TABLE statement in ``text`` lists them."""
    for m in _CREATE.finditer(text):
        if m.group(1) != table:
            continue
        end = text.find(";", m.end())
        body = text[m.end() : end if end >= 0 else len(text)]
        return [
            c.group(1) for c in _COLUMN_DEF.finditer(body) if c.group(1).lower() not in _NOT_COLUMN
        ]
    return []


_SQL_VALUE = re.compile(r"'((?:[^'\\]|''|\\.)*)'|(-?\d+(?:\.\d+)?|NULL|null|TRUE|FALSE)")


_COPY = re.compile(r"(?m)^COPY [\w.\"]+ \(([^()\n]{1,2000})\) FROM stdin;\r?\n")


def copy_cells(text: str) -> Iterator[Cell]:
    """Values of a ``pg_dump`` ``COPY table (columns) FROM stdin;`` block (tab-separated
    rows up to ``\\.``), each with its column's name; ``\\N`` is NULL."""
    if "COPY " not in text:
        return
    for m in _COPY.finditer(text):
        columns = [c.strip().strip('"') for c in m.group(1).split(",")]
        pos = m.end()
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            line_end = end - 1 if end > pos and text[end - 1] == "\r" else end
            if text[pos:line_end] == "\\." or pos == line_end:
                break
            for (a, b), col in zip(_fields(text, pos, line_end, "\t"), columns, strict=False):
                if b > a and text[a:b] != "\\N":
                    yield Cell(a, b, col, col.replace("_", " "))
            pos = end + 1


# a name and its value on the next line: a Kubernetes container's environment ("- name:
# DB_PASSWORD\n  value: hunter2"), a Liquibase column ("name: license_no\n value: ...")
_NAMED_VALUE = re.compile(
    r"^[ \t]*(?:-[ \t]+)?name:[ \t]*[\"']?([A-Za-z][\w.-]{0,60})[\"']?[ \t]*\r?\n"
    r"[ \t]*value:[ \t]*(?:\"([^\"\n]{1,200})\"|'([^'\n]{1,200})'|([^\s\"'#][^\n#]{0,199}?))"
    r"[ \t]*\r?$",
    re.M,
)


def named_values(text: str) -> list[tuple[tuple[int, int], Cell]]:
    """Values given on the line after their name (``name: K`` then ``value: V``): the name's
    span (a field's name, no person's) and the value as a cell under that name (the name
    says what the value is, as a key would)."""
    if "value:" not in text:
        return []
    out = []
    for m in _NAMED_VALUE.finditer(text):
        g = 2 if m.group(2) is not None else 3 if m.group(3) is not None else 4
        a, b = m.span(g)
        if b > a:
            key = m.group(1)
            out.append((m.span(1), Cell(a, b, key, key.replace("_", " "))))
    return out


# a transcript's turn: "Agent: can i get the account number", "[00:00:23] Kunde: 901681596",
# "(00:00:30) CALLER: 793535", a caption's "<v Ana Lange>..."; and a diarized transcript's
# utterance in JSON or CSV ("text": "...", SPEAKER_01,"...")
_TURN = re.compile(
    r"(?m)^[ \t]*(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]?[ \t]+)?"
    r"([^\W\d_](?:[^\W_]|[ .'’-]){0,24}?)[ \t]*:[ \t]+([^\n]{1,300}?)[ \t]*\r?$"
)
_UTTERANCE = re.compile(
    r'"(?:text|transcript|Content|utterance)"\s*:\s*"([^"\n]{1,300})"'
    r"|^[\d.]+,[\d.]+,(?:SPEAKER_)?\w{1,12},\"([^\"\n]{1,300})\"",
    re.M,
)
# what opens an answer before its value: "it's 0057338962", "sure, 4821", "é 1327079869"
_ANSWER_LEAD = re.compile(
    r"(?:(?:yes|yeah|yep|sure|ok|okay|uh|um|so|right|sí|si|ja|oui|sim|evet|hai)[,.]?\s+)*"
    r"(?:(?:it's|it is|that's|that is|its|es|ist|c'est|é|e)\s+)?",
    re.I,
)
_ANSWER_TAIL = re.compile(r"(?:[ ,]+(?:desu|please|thanks|thank you))?[ \t]*[.!]?$", re.I)
# the question's key: its last clause, without the asking ("can i get the", "wie lautet
# Ihre", "and your")
_ASK = re.compile(
    r"^(?:(?:and|also|now|ok|okay|sure|great|perfect|thanks|thank you|alright|e|y|und|et)"
    r"[,.]?\s+)*(?:(?:can|could|may) i (?:get|have|take)|what(?:'s| is)|what was|"
    r"(?:please )?(?:confirm|give me|tell me)|wie lautet|wie ist|qual (?:é|e)|cuál es|"
    r"quel est|me confirma|pode me informar|can you (?:give|tell) me|i need)?\s*"
    r"(?:(?:the|your|ihre?|sua|seu|su|votre|o|a|de|el|la)\s+)*",
    re.I,
)


def dialogue_answers(text: str) -> list[Cell]:
    """A transcript's answers under the question asked just before them: "Agent: can i get
    the account number" then "Customer: 5742 3951 85" is the account number, as if under
    that key. Only a dialogue (two speakers, each with two turns or more) and only the very
    next turn, by the other speaker; the question's last clause is the answer's key."""
    said: list[tuple[str, int, int]] = []  # a JSON or CSV utterance's span
    if '"' in text:
        for m in _UTTERANCE.finditer(text):
            g = 1 if m.group(1) is not None else 2
            said.append(("", *m.span(g)))
    # a speaker's turn needs its colon and a blank after it: fewer than four of those and
    # utterances in all, no dialogue (most texts stop here, before the line regex)
    if len(said) + text.count(": ") + text.count(":\t") < 4:
        return []
    turns: list[tuple[str, int, int]] = []  # speaker, utterance span
    for m in _TURN.finditer(text):
        turns.append((m.group(1).strip().lower(), *m.span(2)))
    turns.extend(said)
    if len(turns) < 4:
        return []
    turns.sort(key=lambda t: t[1])
    speakers = Counter(t[0] for t in turns)
    if "" not in speakers:
        two = speakers.most_common(2)
        # two people talking, not a record's keys ("password: ...", "timeout: 5m"): two
        # speakers hold most turns, each two or more
        if len(two) < 2 or two[1][1] < 2 or (two[0][1] + two[1][1]) * 3 < len(turns) * 2:
            return []
    out: list[Cell] = []
    for (sq, qa, qb), (sa, aa, ab) in pairwise(turns):
        if (sq == sa and sq) or aa - qb > 160 or "\n\n\n" in text[qb:aa]:
            continue
        if speakers[sq] < 2 or speakers[sa] < 2:
            continue  # "idioma: pt-BR" over the talk: a header's line, no one's turn
        question = text[qa:qb].rstrip(" ?.¿")
        if "?" in question:
            question = question.rsplit("?", 1)[1]  # "Gerne. Wie lautet Ihre Kundennummer"
        clause = re.split(r"[,.;]\s+", question)[-1]
        ask = _ASK.match(clause)
        key = clause[ask.end() if ask else 0 :]
        if not 2 <= len(key) <= 40 or key.count(" ") > 5:
            continue
        if text[qa:qb].rstrip().endswith((".", "!")) and not column_hint(key):
            continue  # a remark, no question ("name for the reservation" asks, unmarked)
        lead = _ANSWER_LEAD.match(text, aa, ab)
        a = lead.end() if lead else aa
        tail = _ANSWER_TAIL.search(text, a, ab)
        b = tail.start() if tail else ab
        # an answer of a few words ("Operadora Vivace, meu nome é Gabriel, com quem eu
        # falo?" is talk, read as prose)
        if not 2 <= b - a <= 60 or text.count(" ", a, b) > 4 or "?" in text[a:b]:
            continue
        out.append(Cell(a, b, key, key))
    return out


# a Kubernetes Secret's data: base64 values under "data:" (or plain ones under "stringData:")
_SECRET_KIND = re.compile(r"(?m)^kind:[ \t]*Secret[ \t]*$")
_SECRET_DATA = re.compile(r"(?m)^([ \t]*)(data|stringData):[ \t]*\r?\n")
_SECRET_ITEM = re.compile(
    r"([ \t]+)([\w.-]{1,80}):[ \t]+[\"']?([^\s\"'#]{4,4096})[\"']?[ \t]*\r?(?:\n|$)"
)
_BASE64 = re.compile(r"(?:[A-Za-z0-9+/]{4})+(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?")
_PASSWORD_KEY = re.compile(r"(?i)pass(?:word|wd|phrase)?|pwd")


def secret_data_values(text: str) -> Iterator[tuple[int, int, bool]]:
    """(start, end, names a password) of each value in a Kubernetes Secret's ``data`` (base64)
    or ``stringData`` block: every value of a Secret is one, whatever its key says."""
    if "kind:" not in text or not _SECRET_KIND.search(text):
        return
    for block in _SECRET_DATA.finditer(text):
        indent = len(block.group(1).expandtabs())
        pos = block.end()
        while True:
            m = _SECRET_ITEM.match(text, pos)
            if m is None or len(m.group(1).expandtabs()) <= indent:
                break
            value = m.group(3)
            if (block.group(2) == "stringData" or _BASE64.fullmatch(value)) and not (
                value.startswith(("${", "{{"))  # a template's placeholder
            ):
                yield m.start(3), m.end(3), bool(_PASSWORD_KEY.search(m.group(2)))
            pos = m.end()


def sql_cells(text: str) -> Iterator[Cell]:
    """String values of SQL ``INSERT ... (columns) VALUES (...), (...)`` statements, each
    with its column's name: a dump's `ssn` or `account_no` column is read like a CSV
    column. Hand-written: an SQL parser (sqlglot and the like) would build the whole
    statement's tree to give back what this scan of literals does, and dumps are large."""
    if "insert" not in text and "INSERT" not in text:
        return
    created: dict[str, list[str]] = {}  # a dump's many INSERTs into one table: read once
    for m in _INSERT.finditer(text):
        if m.group(2) is not None:
            columns = [c.strip().strip('`"[]') for c in m.group(2).split(",")]
        else:
            if m.group(1) not in created:
                created[m.group(1)] = _table_columns(text, m.group(1))
            columns = created[m.group(1)]
            if not columns:
                continue
        i = m.end()
        n = len(text)
        while i < n and text[i] == "(":
            i += 1
            k = 0
            while i < n:
                while i < n and text[i] in " \t\r\n":
                    i += 1
                v = _SQL_VALUE.match(text, i)
                if v is None:
                    return  # not a statement this scan understands
                if v.group(1) is not None and k < len(columns):
                    a, b = v.span(1)
                    if b > a:
                        yield Cell(a, b, columns[k], columns[k].replace("_", " "))
                k += 1
                i = v.end()
                while i < n and text[i] in " \t\r\n":
                    i += 1
                if i < n and text[i] == ",":
                    i += 1
                    continue
                break
            if i >= n or text[i] != ")":
                return
            i += 1
            while i < n and text[i] in " \t\r\n,":
                i += 1


_LOGIN_PASSWORD = re.compile(r"(?i)^(?:login[ _])?password$")
_LOGIN_URL = re.compile(r"(?i)^(?:login[ _])?(?:url|uri|website)$")


def credential_export(header: Sequence[str]) -> bool:
    """A password manager's export (Chrome's "name,url,username,password,note", Bitwarden's
    "...,name,notes,...,login_uri,login_username,login_password,login_totp", LastPass's,
    1Password's): a password column and a site's address column."""
    return any(_LOGIN_PASSWORD.match(h) for h in header) and any(
        _LOGIN_URL.match(h) for h in header
    )


def site_names(header: Sequence[str]) -> list[str]:
    """``header`` with a credential export's "name"/"title" column called what it holds, the
    name of a site ("Dropbox", "Okta"), not of a person."""
    if not credential_export(header):
        return list(header)
    return ["service name" if h.lower() in ("name", "title") else h for h in header]


def csv_cells(text: str) -> Iterator[Cell]:
    """Cells of the tables in ``text`` (comma, semicolon, tab or pipe separated, including
    markdown tables), each with its column context."""
    if text.count("\n") < 1 or not any(c in text for c in _SEPARATORS):
        return
    lines = _lines(text)
    i = 0
    while i < len(lines) - 1:
        s, e = lines[i]
        line = text[s:e]
        # the most frequent separator (the first of _SEPARATORS on a tie)
        counts = (line.count("\t"), line.count("|"), line.count(";"), line.count(","))
        n = max(counts)
        sep = _SEPARATORS[counts.index(n)]
        if n < 1 or (sep != "|" and text.count(sep, *lines[i + 1]) < n):
            i += 1  # no separator, or a next line with fewer: no header (a quoted cell of
            continue  # a row may hold more separators, never fewer)
        s, e = _span(text, s, e, sep)
        header = [text[a:b].strip() for a, b in _fields(text, s, e, sep)]
        if not all(_HEADER_FIELD.match(h) for h in header) or len(set(header)) != len(header):
            i += 1
            continue
        if len(header) == 2 and _key_value_list(text, lines[i + 1 : i + 6], sep):
            i += 1
            continue
        header = site_names(header)  # a password manager's "name" is the site's
        columns = " ".join(header)
        j = i + 1
        while j < len(lines):
            rs, re_ = lines[j]
            if _RULE.match(text[rs:re_]) and text[rs:re_].strip():
                j += 1
                continue
            rs, re_ = _span(text, rs, re_, sep)
            cells = _fields(text, rs, re_, sep)
            if len(cells) != len(header):
                break
            prev = ""
            for (a, b), h in zip(cells, header, strict=True):
                while a < b and text[a] == " ":
                    a += 1
                while b > a and text[b - 1] == " ":
                    b -= 1
                if b > a:
                    ctx = h.replace("_", " ")
                    # a generic "value" column is named by the cell before it (key,value rows)
                    if ctx.lower() in _GENERIC and prev and _KEYLIKE.match(prev):
                        ctx = prev
                    yield Cell(a, b, h, ctx, columns)
                    prev = text[a:b]
                else:
                    prev = ""
            j += 1
        i = j if j > i + 1 else i + 1


def _key_value_list(text: str, rows: list[tuple[int, int]], sep: str) -> bool:
    """Two columns whose rows start with field names ("Name<TAB>Zeynep Yildirim", "Birth
    date<TAB>04/08/1968", "Address<TAB>..."): a form's keys and values, not a table whose
    first row names its columns."""
    keys = 0
    labels = True
    shapes = set()
    for s, e in rows:
        first, _, second = text[s:e].partition(sep)
        first = first.strip()
        if column_hint(first) is not None:
            keys += 1
        labels = labels and bool(_LABEL_CELL.match(first))
        shapes.add(any(c.isdigit() for c in second))
    # or labels of words only before values of mixed kinds (a date, a town, an e-mail): a
    # table's column holds one kind
    return keys >= 2 or (labels and len(rows) >= 3 and len(shapes) == 2)


_LABEL_CELL = re.compile(r"^[^\W\d_][^\W\d_ -]*(?:[ -][^\W\d_]+){0,3}$")


# "Student: Sota Dimaculangan    Grade: 7", "- Spouse: Emre Lysenko", '"given_name": "Balázs"'
_KV_LINE = re.compile(
    # an item number may open the line: "5. City, town or location of birth: Savannah"
    # (a possessive key: "Child's name:")
    r"^[ \t]*(?:[-•*>]\s*)?(?:\d{1,2}(?:\.?[a-z])?\.[ \t]+)?([^\W\d_][\w /#.()*'’-]{0,30}?"
    # "NAME (Last, First, Middle):": a key with the order of its parts
    r"(?:, [\w /#.()*-]{1,30}?)?(?: \([\w ,./-]{1,40}\))?)[ \t]*:[ \t]+"
    # (a bar sets the next field apart too: "Mother: Zofia Wójcik | Abode: Wadowice")
    r"([^\n\t]+?)(?=[ \t]{2,}|\t|[ \t]*$|[ \t]+\(|[ \t]+[—–|-][ \t])",
    re.M,
)
# the further fields of a form line, after two spaces or a tab: "City: Boulder   State: CO"
_KV_NEXT = re.compile(
    r"(?:(?<=[^\s:]  )|(?<=[^\s:]   )|(?<=[^\s:]    )|(?<=[^\s:]     )|(?<=[^\s:]\t)|"
    r"(?<=[^\s:] \| ))"
    r"(?:\d{1,2}[a-z]?\. )?([A-Z][\w/#.-]{0,20}(?: [A-Za-z][\w/#.-]{0,15}){0,2})"
    # (French typography sets a space before the colon: "Commune : Limoges")
    r" ?:[ \t]+((?:(?!\\n)[^\n\t])+?)(?=[ \t]{2,}|\t|[ \t]*$|\\n|[ \t]+\|[ \t])",  # or "\n"
    re.M,
)
# a form's dot leaders: "City ................ Columbus", "Guest .... Fuentes, Guadalupe"
# (an NCPDP field's number may open the line: "311-CB PATIENT LAST NAME ...... BARNES")
_KV_DOTS = re.compile(
    r"^[ \t]*(?:\d{3}-[A-Z0-9]{2} )?([^\W\d_][\w /#()-]{0,30}?)[ \t]*(?:\.{3,}|(?<= )\.(?= ))[ \t]*"
    r"([^\n\t.][^\n\t]*?)[ \t]*$",
    re.M,
)
# "last_name = Shah" (a properties or INI file, a printed record) and psql's expanded display
# "cardholder | ASHLEY PRICE": one key and its value on a line
_KV_EQUALS = re.compile(
    r"^[ \t]*([A-Za-z_][\w.-]{0,30})[ \t]+(?:=|\|)[ \t]+([^\s|=][^\n|]{0,120}?)[ \t]*\r?$",
    re.M,
)
# a value in a list counts too: FHIR's "given": ["Folake"]
# (and Avro's JSON encoding of a union: "clinic_city": {"string": "Trieste"})
_JSON_PAIR = re.compile(
    r'"([A-Za-z][A-Za-z0-9_ -]{0,30})"\s*:\s*(?:\{\s*"string"\s*:\s*)?\[?\s*"([^"\n]{1,80})"'
)
# logfmt and key="value" attributes: name="L. Le" phone=...
_LOGFMT_PAIR = re.compile(r'(?<![\w"])([A-Za-z][A-Za-z0-9_]{0,30})="([^"\n]{1,80})"')
# single quotes: a Python dict's "{'family_name': 'Köhler'}", SQL's "last_name = 'Phillips'"
# ('' is SQL's quote inside a string: 'O''Connor')
_QUOTED_PAIR = re.compile(
    r"(?:'([A-Za-z][A-Za-z0-9_ -]{0,30})'\s*:|(?<![\w'.])([A-Za-z][A-Za-z0-9_]{0,30})\s*=)"
    r"\s*'((?:[^'\n]|''){1,80})'(?!')"
)
# a log line's bare key=value: "surname=Choi room=507"
# (the line ends or the next pair follows: "sender=Harbor Physio" is no one-word value)
_LOGFMT_BARE = re.compile(
    r'(?<![\w"./?&=-])([A-Za-z][A-Za-z0-9_]{0,30})=([^\s"&;,=]{2,60})'
    r"(?=[ \t]*$|[ \t]+[A-Za-z][A-Za-z0-9_]{0,30}=)",
    re.M,
)


# "Pickup address: <street line>[, city, postal code]", "Address:\n<line>\n<line>",
# "lives at <...>": what a street address's key says, in prose or on forms, in any format
_ADDRESS_KEY = re.compile(
    r"(?i)\b(?:(?P<named>(?:(?:home|mailing|postal|street|service|billing|shipping|pickup|"
    r"delivery|client|patient|new|current|permanent|residential|property)[ _])?address"
    # the key in other languages ("Adress:", "Dirección:", "Endereço:", "Anschrift:")
    r"|adress|adres|adresse|anschrift|direcci[oó]n|domicilio|endere[cç]o|indirizzo|residence"
    # a form's street line alone: "Street Number and Name:", "Straat + nr:", "Ulica i numer:",
    # "Morada (rua, n.º):", "Straße und Hausnummer:"
    r"|street (?:number and name|name and number|and number)|street ?\+ ?n[or]\.?"
    r"|straat(?: ?\+ ?nr\.?| en huisnummer)|ulica i numer|ulica|morada(?: \(rua, n\.?º\))?"
    r"|stra(?:ß|ss)e(?: und hausnummer| ?\+ ?nr\.?)|gatuadress|gateadresse|calle y número)"
    # "MAILING ADDRESS AFTER SEPARATION:", "address at time of entry:"
    r"(?: changed to| is| on file|(?: (?:after|at|of|on|before|during|for|time|entry|"
    r"separation|discharge|record|move|closing|filing)){1,4})?"
    r"[ \t]*(?P<sep>[:=]|-(?=[ \t]*\n)|(?=[ \t]*\r?\n))|"
    r"(?P<label>ship[ _-]?(?:to|from)|deliver(?:y)? to|consignee|consignor|shipper|bill to|"
    r"sold to|recipient|name (?:and|&) address)[ \t]*:?|lives? at|living at|resides at|"
    r"(?:address|addr)\b changed to)[ \t]*(?:\r?\n[ \t]*)?"
)
# a shipping label's name line before its address lines ("CONSIGNEE: KHOA HOANG\n<street>",
# "Name and Address:\n Michelle T. Haddad, RN\n <street>")
_LABEL_NAME_LINE = re.compile(r"[^\W\d_][^\d\n]{1,50}\r?\n[ \t]*(?=\S)")
_NAME_FIRST = re.compile(r"[^\W\d_][^\d,\n]{1,60}, (?=\d)")
_ADDRESS_LINE = re.compile(r"[^\n\t|;\"<>{}=]{6,120}")
_SECOND_LINE = re.compile(r"\r?\n[ \t]*([^\n\t|;:\"<>{}=]{4,60})(?=\r?\n|$)")
# a full stop ends the address after a long word, a number or another dot ("Eskişehir. Call",
# "80956. Current", "Q.R.. Jae"), not after an abbreviation ("Mah. Atatürk", "Jl. Raya") nor
# before a Turkish street word ("1203. Sok.")
_SENTENCE_END = re.compile(
    r"(?:(?<=[^\W\d_]{5})|(?<=\d)|(?<=\.))\.(?=[ \t]+[A-Z])(?![ \t]+(?:Sok|Sk|Cad|Cd|Mah|Blv)\b)"
    r"|,[ \t]+(?:and|but|so)\b| \(|[ \t]{3,}"
)
_ADDRESS_VALUE = re.compile(r"^(?=.*\d)(?=.*[^\W\d_]{3})(?=.* )[\d\w].{6,200}$", re.S)
_POSTAL_END = re.compile(r"(?:\d{3,}|[A-Z]\d[A-Z\d]? ?\d[A-Z]{2}|[A-Z]\d{2} ?[A-Z\d]{4})\W{0,2}$")
_NOT_ADDRESS = re.compile(
    r"(?i)@|https?:|\bwww\.|\bport\b|\bversion\b"
    # a date after the key ("Fecha de alta en el domicilio: 4 de septiembre de 2018")
    r"|^\d{1,2}(?:\.|º|er)? (?:de )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
    r"januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|avril|juin|"
    r"juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|"
    r"junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|"
    r"maio|junho|julho|setembro|outubro|dezembro|gennaio|febbraio|aprile|maggio|giugno|"
    r"luglio|settembre|ottobre|dicembre)[a-zäéûçô]*\.?(?: (?:de )?(?:19|20)\d{2})?$"
    r"|\b(?:acct|account|a/c|invoice|order)\b\.?\s*(?:no\.?|#|number)?\s*:?\s*\d"
)


def address_after_key(text: str) -> Iterator[tuple[int, int]]:
    """Spans of street addresses that follow an address key ("Address:", "ship to", "lives
    at"): the rest of the line up to a sentence end, and the next line when the first has
    no postal code of its own. Each must start with a number or a capital, and hold a number
    and a word; the key vouches for the format, so Korean, Mexican, Turkish or Indonesian
    addresses count as well as US ones."""
    for m in _ADDRESS_KEY.finditer(text):
        if m.start() > 0 and text[m.start() - 1] in ",\t|;":
            continue  # a column of a table's header row, not a key
        at = m.end()
        if m.group("label"):
            name_line = _LABEL_NAME_LINE.match(text, at)
            if name_line:
                at = name_line.end()
        v = _ADDRESS_LINE.match(text, at)
        if v is None or not (text[v.start()].isdigit() or text[v.start()].isupper()):
            continue
        if not any(c.isdigit() for c in text[v.start() : v.start() + 30]):
            continue  # a street address has its number near the start
        s, e = v.span()
        if m.group("label"):  # "Ship to: Ciarán Choi, 2136 Portage Ave": the name first
            first = _NAME_FIRST.match(text, s, e)
            if first:
                s = first.end()
        cut = _SENTENCE_END.search(text, s, e)
        if cut:
            e = cut.start()
        while e > s and text[e - 1] in " ,;:-":
            e -= 1
        if text[e - 1 : e] == "." and not re.search(r"\b[A-Z][a-z]{1,3}\.$", text[s:e]):
            e -= 1  # a sentence's full stop, not "Qro." or "St."
        nxt = _SECOND_LINE.match(text, e) if text[e : e + 1] in "\r\n" else None
        first_done = _POSTAL_END.search(text[s:e]) and text.count(",", s, e) >= 2
        if nxt and any(c.isdigit() for c in nxt.group(1)) and not first_done:
            e = nxt.end(1)
            while e > s and text[e - 1] in " ,;:-":
                e -= 1
        value = text[s:e]
        if _ADDRESS_VALUE.match(value) and not _NOT_ADDRESS.search(value):
            yield s, e


# a multipart/form-data part in a logged HTTP body: its field name, a blank line, its value
_FORM_PART = re.compile(
    r'form-data; name="([A-Za-z][A-Za-z0-9_ .-]{0,40})"[^\n]*\r?\n\r?\n([^\r\n]{1,200})'
)


def form_cells(text: str) -> Iterator[Cell]:
    """Values of multipart/form-data parts, with the field name as their column."""
    if "form-data" not in text:
        return
    for m in _FORM_PART.finditer(text):
        a, b = m.span(2)
        yield Cell(a, b, m.group(1), m.group(1))


_JSON_OPEN = re.compile(r'"([A-Za-z][A-Za-z0-9_]{0,30})"\s*:\s*\{[^{}]*$')


def _json_parent(text: str, at: int) -> str:
    """The key of the JSON object a pair at ``at`` stands in when that key names a thing
    ("venue", "company"), else nothing: a venue's "name" is not a person's."""
    m = _JSON_OPEN.search(text, max(0, at - 400), at)
    if m is None:
        return ""
    parent = m.group(1).replace("_", " ")
    return parent if column_forbids_person(parent) else ""


# an XML element holding text: <LastName>Mitchell</LastName>, <ns:Phone>...</ns:Phone>
_XML_ELEMENT = re.compile(
    r"<((?:[A-Za-z][\w.-]{0,20}:)?([A-Za-z][\w.-]{0,40}))(?:\s[^<>]{0,200})?>"
    r"([^<>\n]{1,100})</\1>"
)
_CAMEL_HUMP = re.compile(r"(?<=[a-z])(?=[A-Z])")


def key_value_cells(text: str) -> Iterator[Cell]:
    """Values of ``Key: value`` lines, JSON string pairs and XML elements, with the key (an
    element's tag, its camel case split: "LastName" -> "Last Name") as context."""
    if "</" in text:
        for m in _XML_ELEMENT.finditer(text):
            key = _CAMEL_HUMP.sub(" ", m.group(2))
            if key.lower() == "name":
                continue  # <Name> of anything: an organisation's, a drug's, a file's
            a, b = m.span(3)
            yield Cell(a, b, key, key)
    if ":" not in text and "=" not in text and "..." not in text and "|" not in text:
        return
    for rx in (_KV_LINE, _KV_NEXT, _JSON_PAIR, _LOGFMT_PAIR, _LOGFMT_BARE, _KV_DOTS, _KV_EQUALS):
        for m in rx.finditer(text):
            key = m.group(1).strip()
            a, b = m.span(2)
            if rx is _JSON_PAIR and key.lower() == "name":
                key = _json_parent(text, m.start()) or key  # {"venue": {"name": ...}}
            elif rx is _KV_LINE or rx is _KV_NEXT or rx is _KV_EQUALS:
                a, b = _unquoted(text, a, b)
            if b > a:
                yield Cell(a, b, key, key)
    if "'" in text:
        for m in _QUOTED_PAIR.finditer(text):
            key = m.group(1) or m.group(2)
            a, b = m.span(3)
            yield Cell(a, b, key, key)


def _unquoted(text: str, a: int, b: int) -> tuple[int, int]:
    """A YAML or JavaScript value without its quotes and the comma after them
    ("cognome: 'Villa',", 'name: "Ana Lange";')."""
    while b > a and text[b - 1] in ",;":
        b -= 1
    if b - a >= 3 and text[a] in "'\"" and text[b - 1] == text[a]:
        return a + 1, b - 1
    return a, b


# a fixed-width report's header of a clock column: "Inmate #  In        Out", "Dep   Arr"
_TIME_COLUMN_KEYS = frozenset(
    """in out time start end arr arrival dep departure eta etd sched scheduled check-in
    check-out checkin checkout time-in time-out sign-in sign-out entry exit von bis ankunft
    abfahrt heure hora ora tid saat slot from to van tot desde hasta fra til från till od
    do std sta atd ata beginn ende begin einde aanvang entrada saida saída salida inicio
    início fim callin callout clockin clockout inizio uscita début debut""".split()
)
_WIDE_FIELD = re.compile(r"\S+(?: \S+)*")  # fields of a line set apart by two spaces or more
_CLOCK_VALUE = re.compile(r"(?<![\d:.])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])")


_CELL_CLOCK = re.compile(r"(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?: ?[AaPp]\.?[Mm]\.?)?")
_HEADER_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)?")


def cell_is_column_time(text: str, cell: Cell) -> bool:
    """Whether a table cell is a clock time under a time column ("clock_in,clock_out",
    "Arrival", "ETA"): the whole cell a clock, the column's last word a time word, the cell
    not its row's first (a row's first time is the row's stamp, a log's)."""
    if not _CELL_CLOCK.fullmatch(text, cell.start, cell.end):
        return False
    line_start = text.rfind("\n", 0, cell.start) + 1
    if not text[line_start : cell.start].strip(" \t\"'|"):
        return False
    words = _HEADER_WORD.findall(cell.header.replace("_", " "))
    # or a compound of a time word: "Ladezeit", "aankomsttijd", "leveranstid"
    return bool(words) and (
        (last := words[-1].lower()) in _TIME_COLUMN_KEYS or last.endswith(("zeit", "tijd", "tid"))
    )


def column_times(text: str) -> list[tuple[int, int]]:
    """Clock times in the time columns of a fixed-width report (a visitor log's "In" and
    "Out", a timetable's "Dep" and "Arr"): the header names the column, the value starts
    or ends where its name does. A row's first field is its stamp, not a time of the
    record. No table library reads such reports (their columns are only whitespace), so
    this is written here."""
    if "  " not in text or ":" not in text:
        return []
    out: list[tuple[int, int]] = []
    columns: list[tuple[int, int]] = []
    at = 0
    for line in text.split("\n"):
        start, at = at, at + len(line) + 1
        if not line.strip():
            columns = []
            continue
        fields = [(m.start(), m.end(), m.group(0)) for m in _WIDE_FIELD.finditer(line)]
        if len(fields) >= 3 and not any(c.isdigit() for c in line):
            columns = [
                (s, e) for s, e, word in fields if word.lower().rstrip(":") in _TIME_COLUMN_KEYS
            ]
            continue
        if not columns or len(fields) < 3:
            continue
        first = fields[0][0]
        for m in _CLOCK_VALUE.finditer(line):
            if m.start() == first:
                continue
            if any(abs(m.start() - s) <= 1 or abs(m.end() - e) <= 1 for s, e in columns):
                out.append((start + m.start(), start + m.end()))
    return out


# an identity document's or a form's field without a colon: its key alone on a line, often
# in two or three languages ("Nom / Surname", "Vornamen / Given names / Prénoms"), and its
# value on the next line; or the key, a column gap and the value ("Surname   HUGHES")
_STACKED_KEY = re.compile(
    r"(?i)(?:(?:family|last|first|given|middle|full|birth) )?names?|surnames?|forenames?|"
    r"noms?|pr[ée]noms?|nom d'usage|nom de naissance|vornamen?|nachname|familienname|"
    r"geburtsname|name at birth|apellidos?|nombres?|cognome|nome|sobrenome|achternaam|"
    r"voornamen?|nazwisko|imi[ęe]|imiona|place of birth|lieu de naissance|geburtsort|"
    r"lugar de nacimiento|luogo di nascita|local de nascimento|geboorteplaats"
)
# the next field's key under an empty one: "Given names" over "Nationality"
_ID_FIELD = re.compile(
    r"(?i)(?:nationality|nationalité|nacionalidad|nazionalità|staatsangehörigkeit|sex|sexe|"
    r"sexo|sesso|geschlecht|date|datum|fecha|data|height|größe|taille|authority|behörde|"
    r"autorité|issued|expiry|signature|unterschrift|document|passport|type|code|country)\b"
)
_STACKED_GAP = re.compile(r"^([^\t]+?)(?: {2,}|\t+)([^\t]+?)$")
_STACKED_HINTS = frozenset({EntityType.PERSON, EntityType.LOCATION})


def _stacked_key(line: str) -> str | None:
    """The part of a key line that names a person or a place ("Surname" of "Nom /
    Surname"), if the whole line is keys and one of them does."""
    if len(line) > 60 or "  " in line or "\t" in line:
        return None  # a column gap: a key and its value, or a table's header
    found = None
    for part in line.split("/"):
        part = part.strip()
        if not _STACKED_KEY.fullmatch(part):
            return None  # only an identity document's keys: a heading is none
        if found is None and column_hint(part) in _STACKED_HINTS:
            found = part
    return found


def stacked_cells(text: str) -> Iterator[Cell]:
    """Values of name and place fields written without a colon: "Surname" over "HUGHES", or
    "Surname   HUGHES" on one line. The value is short and no key itself."""
    for s, e in _lines(text):
        line = text[s:e].strip()
        if not line or ":" in line or len(line) > 90:
            continue
        key = _stacked_key(line)
        if key is not None:
            # the next line holds the value
            nxt = text.find("\n", e)
            if nxt < 0:
                continue
            a = nxt + 1
            b = text.find("\n", a)
            b = len(text) if b < 0 else b
        else:
            m = _STACKED_GAP.match(line)
            if m is None or "  " in m.group(2):
                continue
            key = _stacked_key(m.group(1))
            if key is None:
                continue
            a = s + (len(text[s:e]) - len(text[s:e].lstrip())) + m.start(2)
            b = a + len(m.group(2))
        while a < b and text[a] in " \t":
            a += 1
        while b > a and text[b - 1] in " \t\r":
            b -= 1
        value = text[a:b]
        if (
            not 2 <= len(value) <= 60
            or ":" in value
            or any(c.isdigit() for c in value)
            or value.count(" ") > 4
            or _stacked_key(value) is not None
            or _ID_FIELD.match(value)
            or column_hint(value) is not None
        ):
            continue
        yield Cell(a, b, key, key)


def fixed_width_cells(text: str) -> Iterator[Cell]:
    """Cells of the fixed-width reports in ``text`` (columns set apart by runs of spaces, a
    header line of column names above rows whose fields start where the names do), each
    with its column's name. A table needs three columns and two rows at least; a row ends
    the table when fewer than two thirds of its fields line up with the header. Written
    here for the reason :func:`column_times` is: Polars and Arrow read fixed-width files
    only when told the column widths, which a report pasted into text does not give."""
    if "   " not in text:
        return
    lines = _lines(text)
    i = 0
    while i < len(lines) - 2:
        s, e = lines[i]
        line = text[s:e]
        fields = [(m.start(), m.end()) for m in _WIDE_FIELD.finditer(line)]
        if (
            len(fields) < 3
            or any(c.isdigit() for c in line)
            or not all(_HEADER_FIELD.match(line[a:b]) for a, b in fields)
        ):
            i += 1
            continue
        header = [(a, b, line[a:b]) for a, b in fields]
        rows: list[tuple[int, list[tuple[int, int, str]]]] = []
        right: bool | None = None
        j = i + 1
        while j < len(lines):
            rs, re_ = lines[j]
            row = text[rs:re_]
            if not row.strip():
                break
            if _RULE.match(row) or set(row.strip()) <= {"=", "-", " "}:
                j += 1
                continue
            got = [(m.start(), m.end()) for m in _WIDE_FIELD.finditer(row)]
            # a field starts where its column's name does, or, in a pandas DataFrame's print
            # (every column right-aligned, an index column before the first name), ends
            # where it does: the first row tells which
            lefts = [(a, b, n) for a, b in got for at, _, n in header if abs(a - at) <= 1]
            if right is None:
                rights = [(a, b, n) for a, b in got for _, bt, n in header if abs(b - bt) <= 1]
                right = (
                    len(got) > 1
                    and got[0][1] < header[0][0]  # the index
                    and len(rights) == len(got) - 1
                    and len(lefts) < len(rights)
                )
            if right:
                aligned = [(a, b, n) for a, b in got for _, bt, n in header if abs(b - bt) <= 1]
            else:
                aligned = lefts
            if len(aligned) < 2 or 3 * len(aligned) < 2 * len(got):
                break
            rows.append((rs, aligned))
            j += 1
        if len(rows) < 2:
            i += 1
            continue
        names = " ".join(name for _, _, name in header)
        for rs, aligned in rows:
            for a, b, name in aligned:
                yield Cell(rs + a, rs + b, name, name, names)
        i = j
