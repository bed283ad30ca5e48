"""Names from gazetteers: a known first name followed by a capitalized surname.

spaCy's small English model misses many non-English names ("Xiu Sanchez", "Kavya"), and
calling it is the slowest step of detection. A first-name gazetteer (Faker's 80+ locales and
the US Census 1990 lists, built by ``scripts/build_gazetteer.py``, see the data files'
headers) finds most person names in a single regex pass; the words it explains no longer
send their clause to the model.

Rules, in order of confidence:
- first name + capitalized word (+ optional middle initial / third word): PERSON 0.8
- a lone first name in a speaker or greeting position ("Kavya:", "Hi Kavya,", "Thanks,
  Kavya", "Dear Kavya"): PERSON 0.7
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from itertools import chain

from veil.types import EntityType, Finding

from ._structured import PARTICLE, REGION_CODES, column_hint

try:  # spaCy's stop words keep "The", "And", ... out of names
    from spacy.lang.en.stop_words import STOP_WORDS as _SPACY_STOP
except ImportError:  # pragma: no cover
    _SPACY_STOP = set()
# (and the German formal "Sie", which the given names list holds)
_STOP = frozenset(_SPACY_STOP) | {"dear", "hi", "hello", "thanks", "regards", "attn", "sie"}
# a letter's dateline after its place: "Valencia, 29-Apr-2024", "Melbourne, 25. Januar 2024"
DATELINE = re.compile(
    r",? (?:den |le |el |il |am |dnia )?(?:\d{1,2}(?:[./-]\d{1,2}[./-]\d{2,4}|\. [A-Z]|[-/ ]"
    r"(?:de )?(?i:jan|feb|f[ée]v|m[äa]r|apr|avr|abr|ma[yi]|mag|jun|jui|giu|jul|lug|aug|ao[uû]|"
    r"ago|sep|set|o[ck]t|ott|out|nov|d[eé][cz]|dic|ene|gen|sty|lut|kwi|cze|lip|sie|wrz|pa[źz]|"
    r"lis|gru|oca|[şs]ub|nis|haz|tem|a[ğg]u|eyl|eki|kas|ara))|\d{4}-\d{2}-\d{2}|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d)"
)
# "14 Tage", "3 x Margherita", not "13:43 Hülya"
_COUNTED = re.compile(r"(?<![\d:.,/-])\d{1,4}(?:[ \t]?[x×])?[ \t]$")
# "Mon, Jan 13": a weekday and a month, not "Surname, Given"
_CALENDAR = re.compile(
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)? "
    r"(?:jan|feb|mar|apr|may|jun|june|jul|july|aug|sep|sept|oct|nov|dec)"
)

# Things that look like names but are products, fonts, assistants or tools.
NOT_PERSON = frozenset(
    {
        *"alexa siri cortana jarvis jenkins ruby rails tesla dell georgia helvetica arial".split(),
        *"verdana django flask hadoop kafka grafana kibana watson claude gemini copilot".split(),
        *"chatgpt bard llama ollama jupyter pandas numpy".split(),
        *"tel tél tlf fax".split(),  # "Tel. +49 30 ...": a label
        *"sra srta sr dña lic luhn".split(),  # "Sra. Wójcik", "Lic. RPH-43", "(Luhn)"
        *"sig rph".split(),  # a prescription's "Sig: take 1 tablet", "RPh initials: DA"
        *"shall should would could must".split(),  # "1. Shall not contact ...": verbs
        # what a family calls its own ("Mom's friend", "ask Grandpa"): a relation, no name
        *"mom mum mommy mummy dad daddy grandma grandpa granny grandad granddad".split(),
        *["jack daniel's", "jack daniels", "ruby on rails", "dell xps", "tesla model s"],
        *["watson assistant", "papa john", "papa john's", "gill sans", "johnnie walker"],
        *["martin luther king", "martin luther king jr"],
        # companies and brands named after people (a name followed by an org word, e.g.
        # "Keller Williams Realty", is handled by ORG_WORDS instead)
        *["tim hortons", "calvin klein", "hugo boss", "ralph lauren", "tommy hilfiger"],
        *["giorgio armani", "louis vuitton", "christian dior", "coco chanel", "estee lauder"],
        *["charles schwab", "morgan stanley", "goldman sachs", "merrill lynch", "wells fargo"],
        *["edward jones", "raymond james", "john hancock", "eli lilly", "kaiser permanente"],
        *["johnson & johnson", "procter & gamble", "ben & jerry's", "ben and jerry's"],
        *["trader joe's", "trader joe", "wendy's", "mcdonald's", "dr. martens", "dr martens"],
        *["martha stewart", "walt disney", "warner bros", "harley-davidson", "sherwin-williams"],
        *["marks & spencer", "sainsbury's", "john lewis", "tesco", "addison lee", "ray-ban"],
        *["hilton", "marriott", "hyatt", "conrad", "ritz-carlton", "four seasons"],
        *["keller williams", "coldwell banker", "cushman & wakefield", "jones lang lasalle"],
        *["ernst & young", "deloitte", "pricewaterhousecoopers", "baker mckenzie"],
        *["wachtell lipton", "skadden", "ford", "porsche", "ferrari", "lamborghini"],
        *["mercedes-benz", "rolls-royce", "aston martin", "dyson", "philips", "siemens"],
        *["blue shield", "blue cross", "anthem", "cigna", "aetna", "humana"],
        # payment apps, and abbreviations of notes ("Cust called", "Dx:", "Dept. 29")
        *["zelle", "venmo", "paypal", "cash app", "klarna", "afterpay", "revolut"],
        *"cust dx hx rx tx sx fx px bx ddx dept acct mgr asst approx qty attn".split(),
        # ranks, abbreviated ("Det. FAROUK": the name is after it)
        *"det sgt lt cpl capt insp".split(),
    }
)

# Software, payment networks, carriers and retailers the model takes for places or people
# ("experience in Python", "shipped with FedEx", "paid by Mastercard"): never either.
NOT_NAMED = frozenset(
    {
        *"python python3 java javascript typescript react angular vue node.js golang rust".split(),
        *"kotlin swift scala perl php ruby kubernetes docker terraform ansible helm".split(),
        *"tableau workday salesforce shopify snowflake databricks airflow excel outlook".split(),
        *"fedex ups dhl usps mastercard visa amex maestro geico progressive allstate".split(),
        *"santander barclays hsbc citibank chase nordstrom walmart target costco ikea".split(),
        *["western union", "nordstrom rack", "power bi", "google sheets", "ms teams"],
    }
)

# Words that, right after a capitalized name, make it an organisation or a place:
# "Rosa Parks Elementary", "Keller Williams Realty", "Hilton Garden Inn", "Maple Court".
# makes of cars: "Vehicle: 2015 Nissan Altima" is no person
CAR_MAKES = frozenset(
    """nissan mercedes mercedes-benz toyota honda ford chevrolet chevy hyundai kia subaru mazda
    volkswagen vw bmw audi tesla lexus jeep dodge chrysler buick cadillac volvo porsche
    peugeot renault fiat skoda seat citroen citroën opel acura infiniti lincoln gmc ram
    mitsubishi suzuki jaguar land-rover""".split()
)
# words of software and forms the lexicon lacks: a capitalized "Passcode" is no name
TECH_WORDS = frozenset(
    """passcode passcodes login logout signup username usernames auth admin app apps config
    backend frontend webhook webhooks dashboard workflow timestamp metadata endpoint
    checkout email emails inbox hostname localhost keys""".split()
)
ORG_WORDS = frozenset(
    """bank law llc llp inc ltd pllc plc group health clinic hospital university school college
    corp co company insurance partners associates foundation labs systems solutions services
    pharmacy realty properties holdings capital trust credit union gmbh sa ag bv elementary
    kg ohg gbr ug sarl sas srl spa nv ltda lda sl eirl sagl ab aps asa oy oyj
    primary high academy institute hotel hotels inn suites suite resort resorts towers tower
    residency residences apartments apts court plaza centre center living motors airlines
    airways foods stores cafe café restaurant bakery salon studio studios media records
    pictures productions entertainment legal advisors consulting ventures international
    global enterprises industries brands cosmetics fashion apparel memorial medical dental
    library museum park stadium arena hall building street st avenue ave road rd boulevard
    blvd lane drive way garden gardens marquis tavern grill kitchen market markets branch
    athletic athletics club youth fund soccer football basketball art arts house study room
    gym society association council league fc church ministries choir orchestra title
    officer manager director specialist coordinator analyst representative supervisor
    administrator underwriter processor
    lodge hostel motel chalet grand travel tours reisen viagens viajes voyages jet bio
    flight flights miles circle journeys rewards pizzeria trattoria osteria bistro
    brasserie diner""".split()
)
# restaurants named after their cook open with these: "Chez Marcel", "Trattoria da Enzo"
RESTAURANT_FIRST_WORDS = frozenset(
    """chez trattoria osteria ristorante pizzeria taverna brasserie bistro bistrot locanda
    auberge cantina restaurante maison""".split()
)
# words that open a venue's or a shop's name, in the languages veil reads: "Villa Karanfil",
# "Ótica Primavera", "Farmacia Central" (before a name only: "Ana Ruiz and Farmacia
# Central" is a person and a shop)
ORG_FIRST_WORDS = (
    frozenset(
        """villa casa palazzo quinta pousada hostal albergo pensione gasthof gasthaus
    parkhotel
    ótica óptica optica ottica optiker opticien farmácia farmacia pharmacie apotheke
    apteka eczane padaria panadería boulangerie bäckerei bakkerij piekarnia livraria
    librería libreria buchhandlung loja tienda negozio boutique supermercado
    oficina werkstatt autohaus imobiliária inmobiliaria immobiliare""".split()
    )
    | RESTAURANT_FIRST_WORDS
)

__all__ = [
    "CALENDAR_NAMES",
    "CAR_MAKES",
    "COURTESY",
    "DATELINE",
    "DR_BRAND",
    "NOT_NAMED",
    "NOT_PERSON",
    "ORG_FIRST_WORDS",
    "ORG_WORDS",
    "PLACE_PREP",
    "REGION_CODES",
    "RESTAURANT_FIRST_WORDS",
    "TECH_WORDS",
    "airline_names",
    "base_name_lists",
    "caps_names",
    "gazetteer_names",
    "is_english",
    "is_first_name",
    "is_given_name",
    "lone_first_names",
    "lowercase_names",
    "merge_adjacent",
    "name_lists",
    "place_names",
    "polish_places",
    "role_names",
    "salutation_names",
    "spoken_name",
    "surnames",
    "whole_cell",
]

_TOKEN = re.compile(r"[^\W\d_][^\W\d_'’-]*")
_CAPWORD = re.compile(r"(?:[A-Z]\.|[^\W\d_a-z][^\W\d_]*(?:['’-][^\W\d_]+)*)")
_GREETING = re.compile(
    r"(?:\b(?:hi|hello|hey|dear|thanks|thank you|cheers|regards|ask|contact|cc|with|to|from|"
    r"by|for|and|tell|call|email|ping|sincerely|best)[,:]?\s+)$",
    re.I,
)
# what may stand between a line start and a speaker's name: "[13:14] ", "9:41 AM ",
# "Front Desk (", "Agent ", "> "
# a chat export's line stamp: "[15/04/2023, 10:18:08] ", "13/01/2026, 12:30 - "
_CHAT_STAMP = (
    r"\[?(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|"
    # "[Dec 20, 2022, 8:14 AM] evelyn: ..."
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2}, \d{4})"
    r",? \d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?"
    r"(?:\][ \t]*|[ \t]+[-–][ \t]+)"
)
_SPEAKER_BEFORE = re.compile(
    r"(?:^|\n)[ \t>*]*(?:" + _CHAT_STAMP + r"|\[[\d:. apmAPM]{4,12}\][ \t]*|"
    r"\(?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?\)?[ \t]+)?"
    r"(?:[A-Z][A-Za-z]+(?: [A-Z][a-z]+)? ?\(|"
    r"(?:Agent|Rep|Nurse|Guest|Host|Operator|Tech|Advisor|Coach|Officer)[ \t]+|[—–-][ \t]*)?$"
)
# "[01:03] małgorzata: hi", "[22:35] eleni alexiou: ok": lowercase chat speakers
_LOWER_SPEAKER = re.compile(
    r"(?m)^[ \t>*]*(?:\[[\d:. apmAPM]{4,12}\][ \t]*|" + _CHAT_STAMP + r")"
    r"([^\W\d_A-Z][^\W\d_]+(?: [^\W\d_A-Z][^\W\d_]+)?):"
)
_CHAT_ROLES = frozenset(
    """bot system agent support admin assistant user customer guest host operator me you
    visitor patient client caller staff team everyone all moderator
    cliente assistente atendente consultor consultora operador operadora agente usuario
    usuário paciente huésped conseiller conseillère client opérateur opératrice invité
    kunde kundin berater beraterin mitarbeiter mitarbeiterin gast reiseleitung
    operatore utente consulente ospite klant medewerker patiënt kund handläggare
    kundtjänst rådgiver kundeservice müşteri temsilci asistan sistema système""".split()
)
# "[12:20] Agent Arash:", "Front Desk (Ha-eun):": a role word, then the speaker's name
_ROLE_SPEAKER = re.compile(
    r"(?m)^[ \t>*]*(?:\[[\d:. apmAPM]{4,12}\][ \t]*)?(?:Agent|Rep|Nurse|Operator|Advisor|"
    r"Tech|Officer|Intake|Front Desk|Reception|Support|Dispatcher)[ \t]*(?:\([ \t]*)?"
    r"([^\W\d_a-z][^\W\d_]+(?:-[^\W\d_][^\W\d_]+)?)\)?:"
)
# "FAISAL RANA", "LUKAS MÜLLER": names on forms and signatures in capitals
# and their particles in capitals: "TARIQ AL MANSOURI", "DAAN VAN DEN BERG"
_CAPS_NAME = re.compile(
    rf"\b([^\W\d_a-z]{{2,}}(?: [A-Z]\.)?(?: [^\W\d_a-z]{{2,}})?"
    rf"(?: {PARTICLE.upper()}){{0,2}} [^\W\d_a-z]{{2,}})\b"
)
_CAPS_PARTICLE = re.compile(PARTICLE.upper())
_FIELD_START = re.compile(r"(?:^|[\n\t\"'|│,:;(=]|: |\| | [-–] )[ \t]*$")
# courtesy titles and ranks that stand before a surname
_TITLES = (
    r"(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Professor|Sir|Dame|Rev|Judge|Nurse|Officer|Coach|Detective|"
    r"Sergeant|Lieutenant|Inspector|Trooper|(?:Det|Sgt|Lt|Cpl|Capt|Insp|Ofc|Off)(?=\.))"
)
_TITLE_NAME = re.compile(
    # one or two spaces after the title: "Mrs   Family name:" is the next field's key
    r"\b" + _TITLES + r"\.?"
    r"(?: {1,2}|\t(?! ))((?:[A-Z]\.[ \t]?)?[^\W\d_a-z][^\W\d_]+(?:['’-][^\W\d_]+)*"
    # one space before the surname: "Dr. Brown  NPI 5944..." ends at the gap; a middle
    # initial before it: "Judge Kenneth K. Owusu"
    # and the particles in capitals before a surname in capitals: "Mr. TARIQ AL MANSOURI"
    r"(?:(?: [A-Z]\.)?(?: " + PARTICLE.upper() + r"(?= [^\W\d_a-z]{2}))*"
    r" [^\W\d_a-z][^\W\d_]+(?:['’-][^\W\d_]+)*)?)"
)
_TITLE_WORD = re.compile(_TITLES)
# courtesy titles of other languages, before a name or a role ("Frau Oliveira", "Herr
# Kollege")
COURTESY = frozenset(
    """herr frau señor señora senhor senhora sr sra srta monsieur madame mme mlle signor
    signora sig dott mevrouw meneer dhr mevr gentile gentili egregio egregia caro cara
    estimado estimada querido querida prezado prezada geachte beste szanowna szanowny
    sayın""".split()
)
_PERSONAL_TITLES = frozenset({"mr", "mrs", "ms", "mx", "miss"})
# "JOAQUÍN: Thanks for calling", "SEO-YEON: +353 ...": transcript speakers in capitals
_CAPS_SPEAKER = re.compile(
    r"(?m)^[ \t>*]*(?:\[[\d:. apmAPM]{4,12}\][ \t]*)?([^\W\d_a-z]{2,}(?:-[^\W\d_a-z]{2,})?):[ \t]"
)
# "REFERRING MD: DR. TRAN", "MS. OKAFOR-BELL" on forms in capitals
_CAPS_TITLE_NAME = re.compile(
    r"\b(?:DR\.?|MRS?\.|MS\.|MX\.|PROF\.?)[ \t]([^\W\d_a-z]{2,}(?:['’-][^\W\d_a-z]{2,})?"
    r"(?: [^\W\d_a-z]{2,}(?:['’-][^\W\d_a-z]{2,})?)?)\b"
)
_SPEAKER_AFTER = re.compile(r"^\s*(?::|,|—|-\s|!|\.|\)|\"|'|$|\s\d{1,2}:\d{2})")
_COMMA_FIRST = re.compile(r", ([^\W\d_a-z][^\W\d_]+)\b")
_GIVEN = re.compile(r"[^\W\d_a-z][^\W\d_A-Z]+(?:-[^\W\d_][^\W\d_A-Z]+)?")


def _read(name: str) -> frozenset[str]:
    text = resources.files("veil.detect").joinpath("data").joinpath(name).read_text("utf-8")
    return frozenset(w for w in text.split("\n") if w and not w.startswith("#"))


@lru_cache(maxsize=1)
def base_name_lists() -> tuple[frozenset[str], frozenset[str]]:
    """(given names, surnames) from Faker and the US Census, lowercase."""
    return _read("first_names.txt"), _read("last_names.txt")


@lru_cache(maxsize=1)
def foreign_words() -> frozenset[str]:
    """Common words of eleven European languages that are no known names, lowercase
    ("uhr", "gracias", "behandlung"; see ``scripts/build_foreign_words.py``): no given name,
    nor a lone name or a name of such words only."""
    return _read("foreign_words.txt")


_STOP_LANGUAGES = ("de", "es", "fr", "pt", "it", "nl", "pl", "sv", "nb", "da", "fi")


@lru_cache(maxsize=2)
def _spacy_stop_words(langs: tuple[str, ...]) -> frozenset[str]:
    """spaCy's stop words of ``langs``; empty without spaCy (no NER to correct then)."""
    import importlib

    words: set[str] = set()
    for lang in langs:
        try:
            words |= importlib.import_module(f"spacy.lang.{lang}.stop_words").STOP_WORDS
        except ImportError:  # pragma: no cover - spaCy not installed
            return frozenset()
    return frozenset(words)


@lru_cache(maxsize=1)
def foreign_stop_words() -> frozenset[str]:
    """spaCy's stop words of German, Spanish, French, Portuguese, Italian, Dutch, Polish and
    the Nordic languages that are no known name nor a surname particle: no name opens with
    "Ihre", "Estimado", "Notre" or "Til"."""
    first, last = _load()
    return frozenset(
        w
        for w in _spacy_stop_words(_STOP_LANGUAGES)
        if w not in first and w not in last and not re.fullmatch(PARTICLE, w)
    )


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """Every stop word of the languages above, names or not ("til", "har", "och"), that is
    no English stop word ("and", "of"): a word a text in one of those languages uses as a
    word."""
    return _spacy_stop_words(_STOP_LANGUAGES) - _spacy_stop_words(("en",))


@lru_cache(maxsize=1)
def _load() -> tuple[frozenset[str], frozenset[str]]:
    first, last = base_name_lists()
    # plus romanized names from many countries (humannames; see build_world_names.py),
    # less the common words of other languages that list holds ("uhr", "termin")
    return FoldedNames(first | (_read("world_names.txt") - foreign_words())), FoldedNames(last)


# letters that Unicode's decomposition leaves whole: "ł" is no "l" with a mark to it
_FOLD_LETTERS = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ı": "i", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th"}
)


def fold(word: str) -> str:
    """A lowercase word without its diacritics: "wójcik" -> "wojcik", "łukasz" -> "lukasz"."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_FOLD_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class FoldedNames(frozenset[str]):
    """A name list that knows a name with or without its diacritics.

    The sources spell many names one way only: Faker's Polish list has "Malgorzata" and
    no "Małgorzata", the census "Wojcik" and no "Wójcik". A word that is not in the list
    as written is looked up again without its marks (ASCII words need no second look),
    unless it is a common word of another language or a place as written: "Kapitän" is
    no "Kapitan", "Olá" no "Ola", "Évora" no "Evora".
    """

    __slots__ = ()

    def __contains__(self, word: object) -> bool:
        if frozenset.__contains__(self, word):
            return True
        return (
            isinstance(word, str)
            and not word.isascii()
            and frozenset.__contains__(self, fold(word))
            and word not in foreign_words()
            and not is_place([word])
        )


def name_lists() -> tuple[frozenset[str], frozenset[str]]:
    """(given names, surnames), lowercase."""
    return _load()


def surnames() -> frozenset[str]:
    return _load()[1]


def is_first_name(word: str) -> bool:
    return word.lower() in _load()[0]


def _person(s: int, e: int, score: float, why: str) -> Finding:
    return Finding(EntityType.PERSON, s, e, score, "name_gazetteer", f"name_gazetteer: {why}")


_PARTICLES = re.compile(rf"(?:{PARTICLE}[ -])+(?=[^\W\d_a-z])")


# weekdays and months a name does not run on into ("may" is left out: May is a given name)
_CALENDAR_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    june july august september october november december""".split()
)


def _extend(text: str, e: int, max_parts: int) -> tuple[int, int]:
    """Extend a name over following capitalized words / initials, and the surname
    particles before them ("Farah binti Ismail", "Greta de Vries"); returns (end, parts)."""
    n = len(text)
    end, parts, j = e, 1, e
    while parts < max_parts and j < n and text[j] == " ":
        pm = _PARTICLES.match(text, j + 1)
        nm = _CAPWORD.match(text, pm.end() if pm else j + 1)
        if nm is None or (nm.group(0).isupper() and len(nm.group(0)) > 2):
            break
        if not nm.group(0)[0].isupper() or nm.group(0).lower() in _STOP:
            break
        if text[nm.end() : nm.end() + 1].isdigit():
            break  # "Kaiser ID RL91341K": an identifier's letters, no name's
        if nm.group(0).lower() in _CALENDAR_WORDS:
            break  # "Eva Johansson Tuesday, 02/03/2026": the date after the name
        end = j = nm.end()
        parts += 1
    return end, parts


# "K. Hill", "dhr. B. Bos", "J. de Vries": a given name's initial and a surname
_INITIAL_SURNAME = re.compile(
    r"(?<![\w.&])([A-Z])\. ((?:(?:de|van|von|van der|van den|ter|den|le|la|di|da) )?"
    r"[A-Z][^\W\d_A-Z]+(?:['’-][A-Z][^\W\d_A-Z]+)?)\b(?![.'’-]\w)"
)


_WORD_BEFORE = re.compile(r"[^\W\d_a-z][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*[ \t]$")


def _initial_names(text: str, last: frozenset[str]) -> list[Finding]:
    """An initial and a known surname: a signature, a roster's or a log's "given by"."""
    out = []
    for m in _INITIAL_SURNAME.finditer(text):
        before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if before and before.group(0).strip().lower() not in ROLE_WORDS:
            continue  # "Hine Y. Jackson": a middle initial; the whole name is found whole
        whole = m.group(2).lower()
        surname = whole.split()[-1]
        known = surname in last or whole in last or whole.replace(" ", "") in last
        if known and surname not in _STOP and len(surname) > 2:
            # above a town the surname spells ("M. Rivera"): the initial says person
            out.append(_person(m.start(), m.end(), 0.87, "initial + known surname"))
    return out


# Given names that are English words too, which the given-name list leaves out (see
# scripts/build_gazetteer.py's filters): before a surname they still open a name
WORD_GIVEN_NAMES = frozenset(
    """
    hope mark bill grace joy love may june april august faith charity patience prudence
    honor mercy verity unity liberty justice serenity harmony destiny trinity glory promise
    precious treasure rose autumn winter dawn sky rain storm river ocean brook forest meadow
    willow laurel poppy amber crystal coral diamond opal garnet pearl ember sunny summer
    misty olive clover sage saffron cherry honey candy ginger holly ivy iris lily daisy
    jasmine violet heather hazel ruby jade robin wren lark sparrow art miles grant max rod
    cliff colt clay dash ace blaze cash chip bud earnest rusty dusty angel
    """.split()
)


def gazetteer_names(text: str, english: frozenset[str] = frozenset()) -> list[Finding]:
    """Person names found by the first-name and surname lists (see the module docstring).
    ``english`` is the English lexicon, where the NER pipeline brings one."""
    first, last = _load()
    out: list[Finding] = _initial_names(text, last) if ". " in text else []
    pos = 0
    n = len(text)
    for m in _CAPWORD.finditer(text):
        s, e = m.span()
        if s < pos:
            continue
        word = m.group(0)
        low = word.lower()
        if not word[0].isupper() or word.isupper() or word[1:2].isupper() or low in _STOP:
            continue  # (capitals after the first: "USt-IdNr.", an abbreviation's)
        if s > 0 and (text[s - 1].isalnum() or text[s - 1] in "@._/-"):
            continue
        known_first = low in first or _hyphen_given(low, first)
        end, parts = _extend(text, e, 3)
        if end < n and text[end : end + 1] in "@._" and text[end + 1 : end + 2].isalnum():
            pos = end
            continue  # part of an email address or identifier
        if text[end - 2 : end] in {"'s", "’s"}:
            end -= 2
        surname = text[e:end].split()[-1].lower().rstrip(".") if parts > 1 else ""
        if parts > 1 and low in _NOT_GIVEN and text[e:end].split()[0].lower() in _NOT_GIVEN:
            pos = end
            continue  # "Thu Jul 20", "Wed Mar 5": a date, not Thu Jul or Wed Mar
        if parts > 1 and text[s:end].lower() not in NOT_PERSON:
            if surname not in last and is_place(text[s:end].lower().split()):
                pos = end
                continue  # "Santiago de Compostela", "San Jose": a place of the list, whole
            if (
                known_first
                and surname not in last
                and text[end : end + 1] == ":"
                and surname in foreign_words()
            ):
                pos = end
                continue  # "Numune Alma Tarihi:" (Turkish "sampling date"): a form's key
            if known_first:
                score = 0.87 if surname in last else 0.86
                out.append(_person(s, end, score, "first name + capitalized surname"))
                pos = end
                continue
            middle = text[e:end].split()[:-1]
            if (
                surname in last
                and low not in last
                and _GIVEN.fullmatch(word)
                # "Importing Carrier", "Foreign Port", "Horse Fleet": two English words are
                # no name, unless the first is a given name too ("Poppy Roberts") or a role
                # word or title the detector cuts later ("Claimant Walker", "Frau Weber")
                and not (
                    is_english(low, english)
                    and is_english(surname, english)
                    and low not in WORD_GIVEN_NAMES
                    and low not in ROLE_WORDS
                    and not _TITLE_WORD.fullmatch(word)
                    and low not in COURTESY
                )
                # "Hearing Mon 07/28/2025": a weekday or month before its date
                and not (
                    surname in _NOT_GIVEN
                    and text[end : end + 1] == " "
                    and text[end + 1 : end + 2].isdigit()
                )
                and (parts == 2 or all(len(w.rstrip(".")) == 1 for w in middle))
            ):
                out.append(_person(s, end, 0.75, "capitalized given name + known surname"))
                pos = end
                continue
        if (
            low in last
            and (
                not known_first
                # a field starts, not the next item of a list ("Who: Kiara Khoury, Ashley, Pilar")
                or (_FIELD_START.search(text, max(0, s - 3), s) and text[s - 2 : s] != ", ")
            )
        ):
            # "Olawale, Alejandro": surname, comma, first name (a given-name-looking
            # surname only where a field starts: '"Kaya, Merve"', 'manager: Kaya, Merve')
            cm = _COMMA_FIRST.match(text, e)
            if (
                cm
                and cm.group(1).lower() in first
                and cm.group(1).lower() not in _STOP
                and not _CALENDAR.match(f"{low} {cm.group(1).lower()}")
            ):
                out.append(_person(s, cm.end(), 0.8, "surname, first name"))
                pos = cm.end()
                continue
        if not known_first or ("-" in word and word.split("-", 1)[1][:1].islower()):
            continue  # "Pick-up:" is a label, not a speaker
        before = text[max(0, s - 24) : s]
        line_start = s == 0 or text[s - 1] == "\n"
        if (
            _SPEAKER_AFTER.match(text[e : e + 3])
            and (line_start or _GREETING.search(before) or _SPEAKER_BEFORE.search(text, 0, s))
            and not (line_start and DATELINE.match(text, e))
        ):
            out.append(_person(s, e, 0.7, "first name in greeting or speaker position"))
            pos = e
    taken = {f.start for f in out}
    out.extend(_titled_names(text, taken))
    out.extend(_common_names(text))
    for m in _LOWER_SPEAKER.finditer(text):
        # the speaker slot of a timestamped chat line holds a name or a role
        words = m.group(1).split()
        if m.start(1) in taken or any(w in _STOP or w in _CHAT_ROLES for w in words):
            continue
        out.append(_person(m.start(1), m.end(1), 0.75, "lowercase chat speaker"))
    for m in _ROLE_SPEAKER.finditer(text):
        if m.group(1).isupper() and len(m.group(1)) <= 4:
            continue  # "Intake RN:", "Nurse NP:": a credential, not a name
        if m.start(1) not in taken and m.group(1).lower() not in _STOP:
            out.append(_person(m.start(1), m.end(1), 0.75, "name after a role in a speaker label"))
    for m in _STAMPED_AUTHOR.finditer(text):
        # a chat export's author line, the name and the message's clock ("Tyler  2:35 PM")
        words = m.group(1).split()
        if m.start(1) in taken or not is_given_name(words[0]):
            continue
        out.append(_person(m.start(1), m.end(1), 0.8, "author above a chat message's clock"))
        taken.add(m.start(1))
    for m in _PT_NAME.finditer(text):
        # a clinical note's "Pt Lakshmi states ...": the patient, by name
        if m.start(1) not in taken and m.group(1).lower() not in _STOP:
            out.append(_person(m.start(1), m.end(1), 0.8, "name after 'Pt' before a verb"))
            taken.add(m.start(1))
    speakers = [m for m in _CAPS_SPEAKER.finditer(text)]
    turns = Counter(m.group(1) for m in speakers)
    for m in speakers:
        low = m.group(1).lower()
        if m.start(1) in taken or low in _STOP or low in _CHAT_ROLES:
            continue
        if turns[m.group(1)] < 2:
            continue  # a speaker talks more than once; a one-off "EIN:" is a form label
        if _is_given(low, first):
            out.append(_person(m.start(1), m.end(1), 0.75, "first name as a speaker in capitals"))
            taken.add(m.start(1))
    for m in _CAPS_TITLE_NAME.finditer(text):
        words = m.group(1).split()
        if m.start(1) in taken or any(w.lower() in _STOP or w.lower() in ORG_WORDS for w in words):
            continue
        out.append(_person(m.start(1), m.end(1), 0.8, "name in capitals after a courtesy title"))
        taken.add(m.start(1))
    for m in _CAPS_NAME.finditer(text):
        words = [w for w in m.group(1).split() if not w.endswith(".")]
        words[1:-1] = [w for w in words[1:-1] if not _CAPS_PARTICLE.fullmatch(w)]
        if any(w.lower() in _STOP or w.lower() in ORG_WORDS for w in words):
            continue
        known = words[0].lower() in first, words[-1].lower() in last
        at_field = bool(_FIELD_START.search(text, max(0, m.start(1) - 3), m.start(1))) or (
            text[max(0, m.start(1) - 4) : m.start(1)] == "/s/ "
        )
        if m.start(1) not in taken and (all(known) or (any(known) and at_field)):
            out.append(_person(m.start(1), m.end(1), 0.8, "given name + surname in capitals"))
    return out


# "jocelyn  (2:08 PM)", "bobby  [11:06 AM]": a chat export's speaker line; "14:43 <camille>"
# an IRC log's
_LOWER_SPEAKER_LINE = re.compile(
    r"(?m)^[ \t>*]*(?:[(\[]\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp][Mm])?[)\]][ \t]*)?"
    r"([^\W\d_A-Z][^\W\d_]+(?:-[^\W\d_]+)?)(?::[ \t]|[ \t]{2,}[(\[]?\d{1,2}:\d{2})"
    r"|^[ \t]*[(\[]?\d{1,2}:\d{2}(?::\d{2})?[)\]]?[ \t]+<([^\W\d_A-Z][^\W\d_]+)>[ \t]"
)
_LONE_AFTER = re.compile(r"[ \t]+[^\W\d_a-z]")  # another capitalized word follows


# words of software and forms that name lists hold as given names ("auth sha" in a router's
# config is no Auth Sha)
_TECH_NOT_GIVEN = frozenset("ext login logout auth bio tel app fax ref info admin".split())
_CALENDAR_ABBREVIATIONS = frozenset(
    """mon tue tues wed thu thur thurs fri sat sun jan feb mar apr jun jul aug sep sept oct nov
    dec""".split()
)
_NOT_GIVEN = _TECH_NOT_GIVEN | _CALENDAR_ABBREVIATIONS
# the names of months and weekdays, whole or short ("May" is both)
CALENDAR_NAMES = _CALENDAR_WORDS | _CALENDAR_ABBREVIATIONS | {"may"}
# a greeting before "Amira, Rafaela": two people greeted, no surname and given name
_GREETING_BEFORE = re.compile(
    r"(?i)\b(?:hi|hello|hey|dear|hola|bonjour|hallo|ciao|olá|ola|hej|hei|moi|cześć|merhaba"
    r"|thanks|thank you|gracias|merci|danke)[ \t]+$"
)
# what may stand before a lone given name as its surname: "BULUT, ", "de Vries, ", "Abenezer "
_BEFORE_GIVEN = re.compile(
    rf"(?:(?<=[\s\"'(|:;])|^)(?:{PARTICLE}[ -])?"
    r"(?P<w>[^\W\d_a-z][^\W\d_]+(?:['’-][^\W\d_]+)*)(?:, | )$"
)


# keys whose value lists people: "Who: Francisco Gomes, Yui, João", "Panel: ..., ..."
_PEOPLE_KEY = re.compile(
    r"^(?:who|attendees|attendance|in attendance|present|also present|participants|panel|"
    r"panelists|interviewers|invitees|guests|speakers|people|cc|bcc|reviewers|approvers|"
    r"assignees|authors|signatories|members|on call|owners)$",
    re.I,
)
_LIST_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b)\s*")
_LIST_WORD = r"[^\W\d_]+(?:['’-][^\W\d_]+)*\.?"
_LIST_NAME = re.compile(rf"{_LIST_WORD}(?: {_LIST_WORD}){{0,3}}")
_LEADING_TITLE = re.compile(_TITLES + r"\.? (?=\S)")


def people_list(
    text: str, start: int, end: int, header: str, english: frozenset[str]
) -> list[Finding]:
    """Each name in a list of people under a key that says so ("Who: Francisco Gomes, Yui,
    João"): two or more items, each one to three capitalized words, none of them an English
    word unless it is a known name (with no lexicon: only known names). "Who: Sales, Legal"
    names departments and finds nothing."""
    if not _PEOPLE_KEY.match(header.strip(" *")):
        return []
    first, last = _load()
    items: list[tuple[int, int]] = []
    i = start
    for m in [*_LIST_SPLIT.finditer(text, start, end), None]:
        s, e = i, (m.start() if m is not None else end)
        i = m.end() if m is not None else end
        while e > s and text[e - 1] in " .":
            e -= 1
        if s < e:
            items.append((s, e))
    if len(items) < 2:
        return []
    # "..., Florea, Simona": a surname that is no given name, then a given name, is one
    # person written surname first
    merged: list[tuple[int, int]] = []
    for s, e in items:
        if merged and text[s - 2 : s] == ", " and " " not in text[s:e]:
            ps, pe = merged[-1]
            prev = text[ps:pe]
            if (
                " " not in prev
                and prev.lower() in last
                and prev.lower() not in first
                and text[s:e].lower() in first
            ):
                merged[-1] = (ps, e)
                continue
        merged.append((s, e))
    items = merged
    out = []
    for s, e in items:
        value = text[s:e]
        if not _LIST_NAME.fullmatch(value) or not all(w[0].isupper() for w in value.split()):
            return []  # not a list of names: a sentence, a role, an address
        if ", " in value:  # a surname-first name merged above
            why = f"people_list: a name (surname first) in the list under '{header}'"
            out.append(Finding(EntityType.PERSON, s, e, 0.82, "people_list", why))
            continue
        title = _LEADING_TITLE.match(value)
        if title:  # "Dr. Rao": the name after the title
            s, value = s + title.end(), value[title.end() :]
        words = [w.lower().rstrip(".") for w in value.split()]
        if any(w in _STOP or w in ORG_WORDS or w in NOT_PERSON for w in words):
            return []
        if any(
            (is_english(w, english) or not english) and w not in first and w not in last
            for w in words
            if len(w) > 1
        ):
            return []  # "Who: Sales, Legal": departments, not people
        why = f"people_list: a name in the list under '{header}'"
        out.append(Finding(EntityType.PERSON, s, e, 0.82, "people_list", why))
    return out


def _list_item(text: str, b: re.Match[str], first: frozenset[str]) -> bool:
    """Is the word before a given name another given name in a list ("Who: Francisco Gomes,
    Yui, João"), not its surname ("BULUT, Zeynep")? It is when a comma joins them, the word
    itself follows a comma, and it is a given name written as one, not in capitals."""
    word = b.group("w")
    return (
        b.group(0).endswith(", ")
        and text[max(0, b.start() - 2) : b.start()] == ", "
        and not word.isupper()
        and word.lower() in first
    )


# people named by their role or relation: "Claimant Eze", "Agent Tunde", "sister Grace",
# "supervisor Chiamaka Adebayo"; the role word itself is no part of the name
ROLE_WORDS = frozenset(
    """agent claimant patient customer caller paralegal supervisor adjuster attorney nurse
    technician tech driver rep witness insured applicant employee student guest member
    caregiver tenant landlord sister brother wife husband son daughter mother father mom dad
    aunt uncle cousin niece nephew grandson granddaughter friend partner colleague coworker
    manager doctor cardholder kollegin kollege collega collègue notsan rettsan judge
    neighbour neighbor parent volunteer officer clerk rn lpn np pa-c host teacher coach tutor
    counselor counsellor therapist pharmacist paramedic interpreter translator lawyer solicitor
    advocate counsel detective sergeant deputy inspector principal coordinator recruiter
    physician surgeon dentist hygienist midwife caseworker roommate housemate flatmate
    boyfriend girlfriend fiancé fiancée fiance grandma grandpa grandmother grandfather stepson
    stepdaughter boss intern courier dispatcher landlady owner waiter waitress attendant
    bartender concierge receptionist housekeeper valet bezorger serveur serveuse kellner
    kellnerin camarero camarera cameriere cameriera garçom repartidor repartidora fattorino
    livreur livreuse kurier koerier consignee shipper associate""".split()
)
_NAME_AFTER_ROLE = re.compile(
    r"[ \t]([^\W\d_a-z][^\W\d_A-Z]+(?:-[^\W\d_][^\W\d_A-Z]+)?)"
    r"(?:[ \t]((?:[A-Z]\.[ \t])?[^\W\d_a-z](?:[^\W\d_A-Z]+|[^\W\d_a-z]+(?![^\W\d_]))"
    r"(?:-[^\W\d_][^\W\d_A-Z]+)?))?"
    r"\b(?![@.]\w)"
)


def _after_roles(text: str) -> Iterator[re.Match[str]]:
    """The capitalized word(s) right after each role word (``str.find`` per role word:
    one regex alternation of fifty words, tried at every position, cost 0.6 ms per 2 KB)."""
    low = text.lower()
    for word in ROLE_WORDS:
        i = low.find(word)
        while i >= 0:
            j = i + len(word)
            if (i == 0 or not low[i - 1].isalnum()) and (m := _NAME_AFTER_ROLE.match(text, j)):
                yield m
            i = low.find(word, j)


def role_names(text: str, english: frozenset[str]) -> list[Finding]:
    """A capitalized name right after a role or relation word: a known given name even
    when it is an English word ("sister Grace"), or any word that is no English word
    ("Claimant Eze", "Agent Tunde"); a second capitalized word that is no
    English word (or a known surname) is its surname. Needs the lexicon, like
    :func:`lone_first_names`."""
    if not english:
        return []
    first, last = _load()
    out: list[Finding] = []
    for m in _after_roles(text):
        low = m.group(1).lower()
        if low in _STOP or low in NOT_PERSON or low in ORG_WORDS or low in _NOT_GIVEN:
            continue
        if _TITLE_WORD.fullmatch(m.group(1)) or low in COURTESY:
            continue  # "Attending physician Dr. Sharma": the title's rule reads the name
        if is_english(low, english) and low not in first:
            continue  # "Customer Service", "Agent Desktop", "Patient Care"
        if low in foreign_words():
            continue
        end = m.end(1)
        if m.group(2) is not None:
            second = m.group(2).split()[-1].lower()
            if (
                second in last
                or not (is_english(second, english) or second in _STOP or second in foreign_words())
                # "Witness Tunde G. Campbell": a middle initial says the next word is a surname
                or ("." in m.group(2) and second not in _STOP and second not in ORG_WORDS)
            ):
                end = m.end(2)
        out.append(_person(m.start(1), end, 0.8, "a name after a role or relation word"))
    return out


def whole_cell(text: str, s: int, e: int) -> bool:
    """Does [s, e) fill a cell of a delimited row (",", ";", "|" or a tab on both sides,
    or the end of the line after it)?"""
    before = text[max(0, s - 4) : s].rstrip(" ")
    after = text[e : e + 4].lstrip(" ")
    return (
        before[-1:] in (",", ";", "|", "\t")
        and before != ""
        and after[:1] in (",", ";", "|", "\t", "\n", "\r", "")
    )


def lone_first_names(text: str, english: frozenset[str]) -> list[Finding]:
    """Given names standing alone ("Cansu lives in Taguig", "**Kavya**", "cc Yui") and
    lowercase chat speakers ("hassan: ok"), where the name is no English word.

    ``english`` is the English lexicon (the NER pipeline's lemma tables): a given name that
    is also a word ("Will", "Grace", "Gift", "Georgia") is left to the model and to the
    positional rules of :func:`gazetteer_names`. Without a lexicon this finds nothing.
    """
    if not english:
        return []
    first = _load()[0]
    out: list[Finding] = []
    for m in _CAPWORD.finditer(text):
        s, e = m.span()
        word = m.group(0)
        low = word.lower()
        if (
            word.isupper()
            or not word[0].isupper()
            or word[1:2].isupper()  # "USt", "IDs": an abbreviation's capitals, no name's
            or low in _NOT_GIVEN
            or low not in first
            or is_english(low, english)
            or low in _STOP
            or low in NOT_PERSON
            or low in ORG_WORDS
            or ("-" in low and not _hyphen_given(low, first))
        ):
            continue
        if s > 0 and (text[s - 1].isalnum() or text[s - 1] in "@._/-#$%&"):
            continue
        if s > 0 and text[s - 1] == "<" and f"</{word}>" in text:
            continue  # an XML element's tag ("<CallIn>10:12</CallIn>"); "<Anna> hi" is a nick
        if e < len(text) and (
            text[e] in "@_/%" or (text[e] == "." and text[e + 1 : e + 2].isalnum())
        ):
            continue  # part of an address, a path or an identifier
        if _COUNTED.search(text, max(0, s - 8), s):
            continue  # "für 14 Tage", "2 Marias": a count of things, not a person
        if _LONE_AFTER.match(text, e):
            continue  # "Cansu Demir": the full-name rules decide
        if whole_cell(text, s, e) and is_place([low]):
            continue  # "| Kochi |", "...;Kenya": a place in a table's cell
        b = _BEFORE_GIVEN.search(text, max(0, s - 40), s)
        if (
            b
            and not is_english(w := b.group("w").lower(), english)
            and w not in _STOP
            and w not in ORG_WORDS
            and not _list_item(text, b, first)
            # "Hi Amira, Rafaela from ...": a given name before the comma is a greeting's
            and not (
                text[b.end("w") : b.end("w") + 1] == ","
                and (w in first or _hyphen_given(w, first))
                and _GREETING_BEFORE.search(text, max(0, b.start() - 12), b.start())
            )
        ):
            # "BULUT, Zeynep", "de Vries, Björn", "Abenezer Tadesse": the surname before it
            out.append(_person(b.start(), e, 0.75, "known given name with the name before it"))
            continue
        if is_place([low]) and low not in base_name_lists()[0]:
            continue  # "Transport Rouen → Barcelona": alone, a town only the world list names
        out.append(_person(s, e, 0.7, "known given name that is no English word"))
    # "Deepika: And your date of birth?" twice in a transcript, "**Genet**" heading a
    # stand-up note: a capitalized word that is no English word, in a speaker's or a
    # heading's slot, is a name even when the gazetteer does not know it
    slots = [m for m in _TITLE_SLOT.finditer(text)]
    turns = Counter(m.group(1) for m in slots if m.group(1))
    for m in slots:
        word = m.group(1) or m.group(2)
        low = word.lower()
        if (
            is_english(low, english)
            or low in _STOP
            or low in _CHAT_ROLES
            or low in ORG_WORDS
            or low in NOT_PERSON
            or low in foreign_words()  # "Artikel: 93556483", "Pièces: KBJ-23901"
            or (m.group(1) and turns[word] < 2)
        ):
            continue
        s, e = m.span(1) if m.group(1) else m.span(2)
        out.append(_person(s, e, 0.7, "unknown capitalized word as a speaker or heading"))
    speakers = [
        (m.group(g), m.start(g), m.end(g))
        for m in _LOWER_SPEAKER_LINE.finditer(text)
        for g in (1 if m.group(1) else 2,)
        if m.group(g) not in _STOP and m.group(g) not in _CHAT_ROLES
    ]
    # two or more people talking: a given name in the speaker slot is a name even when it
    # is also a word of the lexicon ("samuel", "henry", "rebecca")
    chat = len({low for low, _, _ in speakers if _is_given(low, first)}) >= 2
    for low, s, e in speakers:
        if _is_given(low, first) and (chat or not is_english(low, english)):
            out.append(_person(s, e, 0.7, "lowercase chat speaker"))
    return out


_TITLE_SLOT = re.compile(
    r"(?m)^[ \t>]*(?:[(\[]\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp][Mm])?[)\]][ \t]*)?"
    r"(?:([A-Z][a-z\u00e0-\u024f]+(?:-[a-z\u00e0-\u024f]+)?):[ \t]|"
    r"\*\*([A-Z][a-z\u00e0-\u024f]+(?:-[a-z\u00e0-\u024f]+)?)\*\*[ \t]*$)"
)


def is_english(low: str, english: frozenset[str]) -> bool:
    """Whether a lowercase word is in the lexicon (base forms) as it is or inflected:
    "notes", "parties", "scheduled", "booking", "shipped"."""
    if low in english:
        return True
    if low.endswith("ies") and low[:-3] + "y" in english:
        return True
    if low.endswith("s") and (low[:-1] in english or (low.endswith("es") and low[:-2] in english)):
        return True
    if low.endswith("ed") and (low[:-2] in english or low[:-1] in english):
        return True
    if low.endswith("ing") and (low[:-3] in english or low[:-3] + "e" in english):
        return True
    for ending in ("ed", "ing"):  # a doubled final consonant: "shipped", "planning"
        stem = low[: -len(ending)]
        if low.endswith(ending) and len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in english:
            return True
    return False


def _is_given(low: str, first: frozenset[str]) -> bool:
    return low in first or _hyphen_given(low, first)


def is_given_name(word: str) -> bool:
    """A known given name, hyphenated ones too ("Ji-ho", "Jean-Luc")."""
    first = _load()[0]
    low = word.lower()
    return low in first or _hyphen_given(low, first)


def _hyphen_given(low: str, first: frozenset[str]) -> bool:
    """Hyphenated given names ("Seo-yeon", "Jean-Luc"): at least one part a known one
    ("Wi-Fi" is none)."""
    parts = low.split("-")
    return (
        len(parts) > 1
        and any(p in first for p in parts)
        and all(p in first or len(p) <= 4 for p in parts)
    )


# "ATTENDEE;CN=Rodrigo Shevchenko;ROLE=...", "CN=Ana Lange,OU=Finance": the common name of
# a calendar entry or a directory entry
_COMMON_NAME = re.compile(
    r"(?<![A-Za-z])CN=((?:[^\W\d_a-z][^\W\d_'’.-]*(?:['’-][^\W\d_]+)*\.? ?){2,4})(?=[;:,\n\r\"]|$)"
)


def _common_names(text: str) -> list[Finding]:
    if "CN=" not in text:
        return []
    first, last = _load()
    out = []
    for m in _COMMON_NAME.finditer(text):
        s, e = m.span(1)
        while e > s and text[e - 1] == " ":
            e -= 1
        words = text[s:e].lower().split()
        if any(w in _STOP or w in ORG_WORDS for w in words):
            continue
        if not any(w in first or w in last for w in words):
            continue  # "CN=Payroll Service Account": an account, not a person
        why = "common_name: the CN= of a calendar or directory entry"
        out.append(Finding(EntityType.PERSON, s, e, 0.85, "common_name", why))
    return out


# brands named "Dr <name>", and that name after "Dr" ("Dr Pepper", "Dr. Martens")
_DR_BRANDS = frozenset(
    {"Pepper", "Martens", "Oetker", "Scholl's", "Scholls", "Scholl", "Bronner's"}
)
DR_BRAND = re.compile(r"\bDr\.? (?:" + "|".join(map(re.escape, sorted(_DR_BRANDS))) + r")\b")


_STAMPED_AUTHOR = re.compile(
    r"(?m)^([^\W\d_][^\W\d_'’-]+(?:[ -][^\W\d_][^\W\d_'’-]+)?) {1,2}"
    r"(?:1[0-2]|0?[1-9]):[0-5]\d ?[AaPp][Mm][ \t]*$"
)
_PT_NAME = re.compile(
    r"\bPt\.? ([A-Z][^\W\d_A-Z][^\W\d_]*(?:-[a-zA-Z]+)?(?: [A-Z][^\W\d_]+)?) (?=(?:states|reports|"
    r"denies|is|was|has|lives|presents|says|complains|admits|reported|stated|agrees|declined|"
    r"understands|tolerated)\b)"
)


def _titled_names(text: str, taken: set[int]) -> list[Finding]:
    """'Dr. Kovačević', 'Ms. Okonkwo-Baptiste': a courtesy title makes the next
    capitalized word(s) a name whether or not the gazetteer knows them."""
    out = []
    for m in _TITLE_NAME.finditer(text):
        s, e = m.span(1)
        words = m.group(1).split()
        if s in taken or words[0].lower() in _STOP or _TITLE_WORD.fullmatch(words[0]):
            continue  # "Prof. Dr. Günter Wolf": the second title is no name
        words[1:] = [w for w in words[1:] if not _CAPS_PARTICLE.fullmatch(w)]
        if len(words) > 1 and (words[1].lower() in _STOP or words[1].lower() in ORG_WORDS):
            e = s + len(words[0])
        title = text[m.start() : s].rstrip(". \t").lower()
        if words[0].lower().rstrip(".") in ORG_WORDS or (
            text[s:e].lower() in NOT_PERSON and title not in _PERSONAL_TITLES
        ):
            continue  # "Mr John Lewis", "Ms. Ford": a person whom a brand's name spells
        if title == "dr" and words[0] in _DR_BRANDS:
            continue  # "Dr Pepper", "Dr. Martens", "Dr. Oetker": brands
        if text[e - 2 : e] in {"'s", "’s"}:
            e -= 2
        out.append(_person(s, e, 0.88, "capitalized word(s) after a courtesy title"))
    return out


# a lookahead, so that cues overlap: "hi this is aisha" tries "this is aisha" too
# a word in lowercase, in any alphabet ("joão", "seo-yeon"; a capital outside ASCII is told
# apart where used: re has no class of lowercase letters)
_LOW_WORD = r"[^\W\d_A-Z](?:[^\W\d_A-Z]|['-])+"
_LOWER_INTRO = re.compile(
    r"\b(?=(?P<cue>my name is|my name's|name is|name was|this is|i'm|i am|it's|thanks|"
    r"thank you|hey|hi|hello|ok|okay|sorry|doctor|dr\.?|fyi|ask|tell|ping|helped|call(?!:)|"
    r"(?:my|his|her|their|the patient's|patient's) (?:landlord|wife|husband|son|daughter|"
    r"mother|father|mom|dad|"
    r"boss|manager|doctor|tenant|neighbor|neighbour|friend|partner|brother|sister|roommate|"
    r"flatmate|coworker|colleague|cousin|aunt|uncle|niece|nephew|girlfriend|boyfriend|"
    r"fiance|fiancee|grandma|grandpa|grandmother|grandfather)|"
    # a voicemail's or a call's greeting and introduction, in the languages veil reads
    r"dear|good morning|good afternoon|good evening|speaking with|hoi|hallo|met|hola|soy|"
    r"le atiende|aqui é|aquí|je suis|ici|bonjour|ciao|sono|olá|oi)[,:]? "
    rf"(?P<a>{_LOW_WORD})(?: (?P<p>(?:di|de|da|del|van|von|le|la|dos|el|al|bin|ben)"
    rf"(?: der| den| de)? )?(?P<b>{_LOW_WORD}))?)"
)
# "tomasz speaking", "khalid here,": a lowercase given name before a call's introduction
_LOWER_SELF = re.compile(
    rf"(?<![\w@.'-])(?P<a>{_LOW_WORD})(?: (?P<b>{_LOW_WORD}))?"
    r",? (?=speaking\b|here[,.] )"
)


# a capitalized word, in any alphabet ("AMÉLIE", "ÇELİK", "Giulia"): words in capitals and
# words written as usual are told apart where used (re has no \p{Lu}: the class is built)
_UPPER = "".join(re.escape(c) for c in map(chr, range(0x530)) if c.isupper())
_CAPS_WORD = re.compile(rf"(?<![\w@./-])[{_UPPER}](?:[^\W\d_]|['’-])+(?![\w@.]?[\w@])")


# an airline's "SURNAME/GIVEN" (a PNR, a passenger list, a boarding pass's barcode data),
# the title glued on in a passenger name list: "1WISNIEWSKI/WOJCIECHMR"
_AIRLINE_PAIR = re.compile(r"(?<![^\W\d_])([^\W\d_a-z][^\W\d_a-z'-]{1,30})/([^\W\d_a-z]{2,30})")
_GLUED_TITLE = re.compile(r"(?:MRS|MSTR|MISS|MR|MS|DR)$")
_TITLE_AFTER = re.compile(r" (?:MRS|MSTR|MISS|MR|MS|DR)\b")
_PNL_AFTER = re.compile(r" \.L/")
_PNL_BEFORE = re.compile(r"(?:^|\n)\d{1,2}$")


def airline_names(text: str) -> list[Finding]:
    """Names written the airlines' way, "SURNAME/GIVEN": one name when the lists know both
    the surname and the given name (not "MXP/GOT", a route, nor "TCP/IP")."""
    if "/" not in text:
        return []
    first, last = _load()
    out: list[Finding] = []
    for m in _AIRLINE_PAIR.finditer(text):
        surname, given = m.group(1), m.group(2)
        end = m.end(2)
        t = _GLUED_TITLE.search(given) if given.lower() not in first else None
        if t is not None and given[: t.start()].lower() in first:
            end -= len(t.group(0))  # "WOJCIECHMR": the given name and a title
            given = given[: t.start()]
        if len(surname) + len(given) < 7 or text[end : end + 1] == "/":
            continue  # "N/A", "AND/OR"; a path or a list of codes goes on after it
        known = (surname.lower() in last) + (given.lower() in first)
        # a title ("JANG/MINJUN MRS", "JANSEN/FLEURMRS") or a passenger name list's line
        # ("1CHOI/HYUNWOO .L/7WDQW3") says a name where the lists know one part or none
        titled = t is not None or _TITLE_AFTER.match(text, end) is not None
        pnl = _PNL_AFTER.match(text, end) is not None and _PNL_BEFORE.search(
            text, max(0, m.start(1) - 4), m.start(1)
        )
        if known == 2 or (known and (titled or pnl)) or (titled and pnl):
            out.append(_person(m.start(1), end, 0.8, "airline SURNAME/GIVEN name"))
    return out


# "Kılıç, Ayşe <ayse@...>", "| Patel, Aditya |", '"Habib, Suresh" <...>': a surname, a comma
# and a given name filling a field (an e-mail's display name, a table's cell); a lowercase
# word may follow in a log line ("driver Xu, Hao haulier ...")
_COMMA_NAME_END = r"(?=[\"'<|│/)\n\t]| {2}| [—–/-] | \(| [|│]|, [a-zà-ÿ]|(?P<word> )[a-z]{2,}\b|$)"
_COMMA_NAME = re.compile(
    r"(?<![\w'’.-])([^\W\d_a-z][^\W\d_A-Z'’]+(?:-[^\W\d_a-z][^\W\d_A-Z'’]+)?), "
    r"([^\W\d_a-z][^\W\d_A-Z]+(?:-[^\W\d_a-z][^\W\d_A-Z]+)?)(?: [A-Z]\.?)?" + _COMMA_NAME_END
)
# the same in capitals: "Driver: KANG, SEO-YEON", "Destinatario: Sig.ra AL-FARSI, LAYLA"
_COMMA_NAME_CAPS = re.compile(
    r"(?<![\w'’.-])([^\W\d_a-z][^\W\d_a-z'’]+(?:-[^\W\d_a-z][^\W\d_a-z'’]+)?), "
    r"([^\W\d_a-z][^\W\d_a-z]+(?:-[^\W\d_a-z][^\W\d_a-z]+)?)(?: [A-Z]\.?)?" + _COMMA_NAME_END
)
_FIELD_OR_GAP = re.compile(r"(?:^|[\n\t\"'|│:;(=]|: |\| | [-–] |\S  )[ \t]*$")
# a courtesy title opening the field: "Destinataire : M. Pereira, Gonçalo"
_TITLE_OPENS = re.compile(
    r"(?:^|[\n\t\"'|│:;(=]|: )[ \t]*"
    r"(?:M|Mme|Mlle|Mr|Mrs|Ms|Mx|Dr|Dott|Dott\.ssa|Sig|Sig\.ra|Sr|Sra|Herr|Frau|Dhr|Mevr)\.?[ \t]+$"
)
_ROLE_BEFORE = re.compile(r"(?<![\w-])([a-zà-ÿ]+) $")


def _opening(text: str, start: int) -> str | None:
    """What opens the field of a name at ``start``: "field" after a key, a quote, a border or
    a column gap; "title" for a courtesy title there; "role" for a role word before
    ("driver Delacroix, Mathieu"); else None."""
    if _FIELD_OR_GAP.search(text, max(0, start - 4), start):
        return "field"
    if _TITLE_OPENS.search(text, max(0, start - 16), start):
        return "title"
    word = _ROLE_BEFORE.search(text, max(0, start - 24), start)
    return "role" if word is not None and word.group(1) in ROLE_WORDS else None


def comma_names(text: str) -> list[Finding]:
    """ "Surname, Given" written as usual or in capitals, filling one field: after a field's
    start (a key, a quote, a border, a column gap, a title or role word there) and up to its
    end; one part known to the lists, neither a place ("| Paris, France |" is a town and its
    country)."""
    if ", " not in text:
        return []
    first, last = _load()
    out: list[Finding] = []
    caps = (
        m for m in _COMMA_NAME_CAPS.finditer(text) if m.group(1).isupper() and m.group(2).isupper()
    )
    for m in chain(_COMMA_NAME.finditer(text), caps):
        a, b = m.group(1).lower(), m.group(2).lower()
        if (
            # the first a surname, or at least no given name ("Yui, João" lists two people)
            (a in last or (a not in first and b in first))
            and not ({a, b} & (_STOP | _LOWER_NOT_NAMES))
            and not is_place([a])
            and not is_place([b])
            and (opening := _opening(text, m.start())) is not None
            # after a title or role word ("Herr Bauer, Durchwahl ..."), and before a log
            # line's next lowercase word, only a known given name makes it one name
            and (b in first or (opening == "field" and m.group("word") is None))
            and (m.group("word") is None or opening == "role")
        ):
            # a title before it vouches for the person, over "M. Girard" read as an initial
            score = 0.88 if opening == "title" else 0.86
            out.append(_person(m.start(), m.end(), score, "surname, given name in one field"))
    return out


def caps_names(text: str) -> list[Finding]:
    """Names typed in capitals ("2ND CALLER YUXIN ZHOU CB 225-555-0162", a dispatch log's
    "PT/SUBJ IS NOUR HADDAD DOB ..."): a known given name followed by a known surname, both
    in capitals. The model and the other lists skip words in capitals (headings, codes)."""
    first, last = _load()
    out: list[Finding] = []
    prev: re.Match[str] | None = None
    for m in _CAPS_WORD.finditer(text):
        word = m.group(0)
        if not word.isupper():
            if (
                prev is not None
                and prev.group(0).isupper()
                and text[prev.end() : m.start()] == ", "
                and word[0].isupper()
                and word[1:].islower()
                and (a := prev.group(0).lower()) in last
                and (b := word.lower()) in first
                and not ({a, b} & (_STOP | _LOWER_NOT_NAMES))
                and len(a) > 2
                and len(b) > 2
                and _FIELD_START.search(text, max(0, prev.start() - 3), prev.start())
            ):
                # "PI: SANCHEZ, Donna", "Ordering provider: CHEN, Priya, MD": the surname in
                # capitals, the given name written as usual, opening a field
                out.append(_person(prev.start(), m.end(), 0.86, "surname in capitals, given name"))
                prev = None
                continue
            # a given name written as usual before a surname in capitals ("Giulia BIANCHI",
            # "Mme Amélie GIRARD") may open a name; any other word closes one
            prev = m if word[0].isupper() and word[1:].islower() else None
            continue
        if (
            prev is not None
            and text[prev.end() : m.start()] == " "
            and (a := prev.group(0).lower()) in first
            and (b := m.group(0).lower()) in last
            and not ({a, b} & (_STOP | _LOWER_NOT_NAMES))
            and f"{a} {b}" not in NOT_PERSON
            and len(a) > 1
            and len(b) > 1
            # after a given name written as usual, three capitals are a code ("Boston BOS")
            and (prev.group(0).isupper() or len(b) > 3)
        ):
            out.append(_person(prev.start(), m.end(), 0.72, "given name + surname in capitals"))
            prev = None
            continue
        if (
            prev is not None
            and prev.group(0).isupper()
            and text[prev.end() : m.start()] == ", "
            and (a := prev.group(0).lower()) in last
            and (b := m.group(0).lower()) in first
            and not ({a, b} & (_STOP | _LOWER_NOT_NAMES))
            and len(a) > 2
            and len(b) > 2
            and (
                _FIELD_START.search(text, max(0, prev.start() - 3), prev.start())
                or text[prev.start() - 2 : prev.start()] == "  "
            )
            and not _STATE_AFTER.match(text, m.end())
        ):
            # "NOWAK, DMITRI S", "DEMIR, FATIMA": a roster's surname, given name, initial,
            # opening its field ("137 SW HICKORY PIKE, GARLAND, TX" is a street and a city)
            initial = _CAPS_INITIAL.match(text, m.end())
            end = initial.end(1) if initial else m.end()
            # a given name that is no place outranks (by its length) a town the surname spells
            # ("RICHARDSON, DWAYNE" is no city in Texas)
            score = 0.72 if is_place([b]) else 0.86  # a tie: the longer span wins
            out.append(_person(prev.start(), end, score, "surname, given name in capitals"))
            prev = None
            continue
        if (
            prev is not None
            and prev.group(0).isupper()
            and text[prev.end() : m.start()] == " "
            and (a := prev.group(0).lower()) in last
            and a not in first
            and (b := m.group(0).lower()) in first
            and not ({a, b} & (_STOP | _LOWER_NOT_NAMES))
            and len(a) > 2
            and len(b) > 2
            and _FIELD_START.search(text, max(0, prev.start() - 3), prev.start())
            and _FIELD_END.match(text, m.end())
        ):
            # "Paziente: MARIANI GIORGIA": a form's field that holds the surname, then the
            # given name, both in capitals, and nothing else
            out.append(_person(prev.start(), m.end(), 0.72, "surname + given name in capitals"))
            prev = None
            continue
        prev = m
    return out


_FIELD_END = re.compile(r"[ \t]*(?:\r?\n|$)|[ \t]{2,}|\t")


# a state's code after "CITY," ("GARLAND, TX"); a degree is none ("CHEN, PRIYA, MD  DEA ..."),
# unless a ZIP code follows it ("BETHESDA, MD 20814")
_STATE_AFTER = re.compile(r",? (?!(?:MD|PA|DO|NP|RN)\b(?! \d{5}))[A-Z]{2}\b")
_CAPS_INITIAL = re.compile(r" ([A-Z])\.?(?![\w'’-])")


def lowercase_names(text: str) -> list[Finding]:
    """Names typed or transcribed in lowercase ("my name is marites mackinnon", "hey linh").

    The given name must be in the gazetteer, except right after "my name is" / a relation
    ("my landlord citlali huerta"), where any non-stop word is taken; a following word is
    kept when it is a known surname.
    """
    first, last = _load()
    out: list[Finding] = []
    taken: set[int] = set()
    for m in _LOWER_PAIR.finditer(text):
        a, b = m.group(1), m.group(2)
        if not (a.islower() and b.islower()):
            continue  # "Élodie": a capital the class lets through
        if not (a.isascii() or frozenset.__contains__(first, a)) or not (
            b.isascii() or frozenset.__contains__(last, b)
        ):
            continue  # a word found only without its marks: any language's word ("nää")
        if (
            a in first
            and b in last
            and not ({a, b} & (_STOP | _LOWER_NOT_NAMES | _TECH_NOT_GIVEN))
            # "och kan", "han fick": words of a Swedish sentence, whatever the name lists say
            and not ({a, b} & _spacy_stop_words(_STOP_LANGUAGES))
        ):
            out.append(_person(m.start(1), m.end(2), 0.7, "lowercase given name + surname"))
            taken.add(m.start(1))
    for m in _LOWER_INTRO.finditer(text):
        if m.start("a") in taken:
            continue
        a, b = m.group("a"), m.group("b")
        cue = m.group("cue").lower()
        strong = cue.startswith("my name") or cue in {"name is", "name was"}
        if not a.islower() or (b is not None and not b.islower()):
            continue
        if (
            a in _STOP
            or a in _LOWER_NOT_NAMES
            or not (a in first or _hyphen_given(a, first) or (strong and len(a) > 2))
        ):
            continue
        if cue.startswith(("doctor", "dr")) and not (
            b is not None and b not in _STOP and (b in last or m.group("p"))
        ):
            continue  # "the doctor said": after a title, a given name and a surname only
        end = m.end("a")
        if b is not None and b not in _STOP and (b in last or m.group("p")):
            end = m.end("b")  # "giulia di stefano": a particle joins the surname
        taken.add(m.start("a"))
        out.append(_person(m.start("a"), end, 0.75, "lowercase name after an introduction"))
    if "speaking" in text or "here" in text:
        for m in _LOWER_SELF.finditer(text):
            w1, w2 = m.group("a"), m.group("b")
            if w2 is not None and w1 in first and w2 in last:
                s, e = m.start("a"), m.end("b")  # "maría lópez speaking"
            else:
                g = "a" if w2 is None else "b"  # "is tomasz speaking": the last word
                if not (m.group(g) in first or _hyphen_given(m.group(g), first)):
                    continue
                s, e = m.span(g)
            if s in taken or text[s:e].split()[0] in _STOP | _LOWER_NOT_NAMES:
                continue
            taken.add(s)
            out.append(_person(s, e, 0.7, "lowercase name before 'speaking'"))
    return out


# overlapping word pairs (a lookahead), so "hey nikos farahani" tries "nikos farahani" too
_LOWER_PAIR = re.compile(
    r"(?<![\w@.'-])(?=([^\W\d_A-Z](?:[^\W\d_A-Z]|['-]){2,}) "
    r"([^\W\d_A-Z](?:[^\W\d_A-Z]|['-]){2,})(?![\w@]))"
)
_LOWER_NOT_NAMES = frozenset(
    """calling here just really sure glad happy sorry going trying looking back fine good
    great right okay ok yes yeah no not so also still actually um uh hmm well the a an
    your my our their account card number name spelled spelt written pronounced listed
    registered changed different wrong misspelled incorrect missing""".split()
)


# ---------------------------------------------------------------------- places
_PLACE_WORD = re.compile(r"[^\W\d_][^\W\d_'’.-]*")
_CONNECTORS = frozenset({"de", "del", "da", "do", "dos", "das", "la", "le", "of", "upon", "on"})
# what may stand right before a place without making it part of a longer proper noun (see
# place_names): a connector after a jurisdiction ("STATE OF TEXAS", "TRIBUNALE ORDINARIO DI
# TORINO"), a preposition opening a sentence ("À Perpignan"), an office named after its town
# ("Finanzamt Leipzig")
_CONNECTORS_ANY_CASE = frozenset("of de du des del della di da do".split())
_JURISDICTIONS = frozenset(
    """state commonwealth county city town village borough district province parish
    judiciaire tribunal tribunale propiedad provincial municipio ayuntamiento comune
    provincia región region département departement comarca ordinario questura mairie
    préfecture prefecture commune""".split()
)
_OPENING_PREPS = frozenset("à en em nach naar desde hacia".split())
_PLACE_OFFICE_BEFORE = frozenset(
    """jugendamt sozialamt ordnungsamt bürgeramt landratsamt
    staatsanwaltschaft polizeipräsidium finanzamt amtsgericht amtsgerichts
    landgericht landgerichts sozialgericht verwaltungsgericht arbeitsgericht standesamt
    jobcenter stadt gemeinde landkreis bezirksamt gemeente rechtbank politie polisregion""".split()
)
_JURISDICTION_OF = re.compile(
    r"(?:state|commonwealth|county|city|town|village|borough|district|province|parish) of$"
)
_OFFICE_AFTER_PLACE = re.compile(
    r" (?:(?:City|County|Borough|District|Town) Council|(?:CITY|COUNTY|BOROUGH|DISTRICT|TOWN)"
    r" COUNCIL|Police|POLICE|Polizei|POLIZEI|kommun|tingsrätt)\b"
)
# "Revisión con ORL en Valencia", "von Berlin nach Frankfurt", "fra Stavanger til Alicante"
PLACE_PREP = re.compile(
    r"\b(?:in|to|from|at|near|of|via|visit|visiting|moved|moving|fly|flying|flew|based|"
    r"live|lives|living|relocat\w*|travel\w*|born|outside|around|across|through|"
    r"en|nach|aus|naar|em|à|au|desde|hacia|von|fra|til|från|till|ab|bei|uit|vanaf|dal|"
    r"hasta|vers|depuis|"
    # a station's or an airport's word before a town works as a preposition does
    r"stazione|station|gare|bahnhof|hauptbahnhof|flughafen|aeroporto|aeropuerto|"
    r"aéroport)\s+(?:the\s+)?$"
    # a birth date, then "a" and the town: "Nato/a il 12/05/1992 a Roma"
    r"|\d a $",
    re.I,
)


@lru_cache(maxsize=1)
def _places() -> dict[str, tuple[tuple[str, ...], ...]]:
    """First word (lowercase) -> place names as word tuples (lowercase), longest first."""
    text = resources.files("veil.detect").joinpath("data/places.txt").read_text("utf-8")
    index: dict[str, list[tuple[str, ...]]] = {}
    for line in text.split("\n"):
        if line and not line.startswith("#"):
            words = tuple(line.lower().split())
            index.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}


def is_place(words: Sequence[str]) -> bool:
    """Whether the (lowercase) words name a place of the gazetteer."""
    cands = _places().get(words[0].rstrip(".")) if words else None
    return cands is not None and tuple(w.rstrip(".") for w in words) in cands


# a courtesy title before a word, as written or in capitals ("MS. GARCÍA:")
_TITLE_WORD_BEFORE = re.compile(rf"\b(?:{_TITLES}|{_TITLES.upper()})\.? $")
_TZ_REGION = re.compile(r"\b(?:America|Europe|Asia|Africa|Australia|Pacific|Atlantic|Indian)/$")


def in_time_zone_id(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is part of a time zone's id: its region before a city
    ("TZID=Europe/Berlin") or its city after a region ("tz=America/Chicago")."""
    return (text[end : end + 1] == "/" and text[end + 1 : end + 2].isupper()) or (
        _TZ_REGION.search(text, max(0, start - 12), start) is not None
    )


_STATE_CODE_AFTER = re.compile(r", ([A-Z]{2})\b(?![\w.-])")


# Polish declines a town's name after its preposition: "w Krakowie" (in Kraków), "we
# Wrocławiu", "z Poznania" (from Poznań), "do Gdańska". The endings each case puts on a
# name, with what the name ends in when not declined; the first that gives a place of the
# list wins.
_POLISH_CASE = re.compile(
    r"(?<![\w.])(?P<prep>[Ww][Ee]?|[Zz][Ee]?|[Dd][Oo]|[Kk]oło|[Pp]od|[Nn]ad) "
    r"(?P<name>[A-ZŁŚŻŹĆŃÓ][a-ząćęłńóśźżA-ZĄĆĘŁŃÓŚŹŻ]{3,}(?:[ -][A-ZŁŚŻŹĆŃÓ][a-ząćęłńóśźż"
    r"A-ZĄĆĘŁŃÓŚŹŻ]{2,})?)\b"
)
_POLISH_ENDINGS = (
    ("owie", "ów"),  # w Krakowie, w Rzeszowie
    ("owa", "ów"),  # z Krakowa
    ("niu", "ń"),  # w Poznaniu, w Toruniu
    ("nia", "ń"),  # z Poznania
    ("iu", ""),  # we Wrocławiu
    ("ach", "e"),  # w Katowicach, w Kielcach
    ("ic", "ice"),  # z Katowic
    ("awie", "awa"),  # w Warszawie
    ("awy", "awa"),  # z Warszawy
    ("ie", ""),  # w Lublinie, w Szczecinie, w Olsztynie
    ("u", ""),  # w Gdańsku
    ("a", ""),  # z Gdańska, z Lublina
    ("y", ""),  # w Bydgoszczy
    ("i", "ia"),  # w Gdyni
    ("u", "e"),  # w Opolu
)


def polish_places(text: str) -> list[Finding]:
    """Towns of the list declined after a Polish preposition: "URZĄD STANU CYWILNEGO W
    KRAKOWIE", "urodzony w Rzeszowie", "przyjechał z Poznania"."""
    out: list[Finding] = []
    for m in _POLISH_CASE.finditer(text):
        name = m.group("name").lower()
        if is_place(name.split()):
            continue  # the place as the list has it: place_names reads it
        for ending, base in _POLISH_ENDINGS:
            if name.endswith(ending) and is_place((name[: -len(ending)] + base).split()):
                why = "place_gazetteer: a town of the list in a Polish case after its preposition"
                s, e = m.span("name")
                out.append(Finding(EntityType.LOCATION, s, e, 0.8, "place_gazetteer", why))
                break
    return out


def place_names(text: str) -> list[Finding]:
    """Countries, US states and cities from the GeoNames-derived list (``places.txt``).

    A capitalized match counts; a lowercase one (speech transcripts) counts after a place
    preposition ("moved to denver"). A single word that is also a given name
    ("Austin", "Florence") counts only after a place preposition.
    """
    places = _places()
    words = [(m.start(), m.end(), m.group(0).lower()) for m in _PLACE_WORD.finditer(text)]
    if "İ" in text:  # Turkish capital İ lowercases to "i" and a combining dot: the list
        # writes "İzmir" so, and "Istanbul" without it
        words = [
            (a, b, w if w.rstrip(".") in places else w.replace("\u0307", "")) for a, b, w in words
        ]
    out: list[Finding] = []
    i = 0
    first, _ = _load()
    while i < len(words):
        s, _, w = words[i]
        cands = places.get(w.rstrip("."))
        if not cands:
            i += 1
            continue
        lowercase = not text[s].isupper()
        hit = None
        for cand in cands:
            n = len(cand)
            if i + n <= len(words) and all(
                words[i + k][2].rstrip(".") == cand[k]
                and (k == 0 or words[i + k][0] - words[i + k - 1][1] == 1)
                and (lowercase or cand[k] in _CONNECTORS or text[words[i + k][0]].isupper())
                for k in range(n)
            ):
                hit = n
                break
        if hit is None:
            i += 1
            continue
        end = words[i + hit - 1][1]
        if (
            (end < len(text) and (text[end].isalnum() or text[end] == "_"))
            or (s > 0 and text[s - 1].isalnum())
            or (text[end : end + 1] == "-" and text[end + 1 : end + 2].isdigit())
        ):
            i += hit  # "Mango665#", "4Lagos", "MONGO_URI", "HUB-07": a password or an id
            continue
        if hit == 1 and text[end : end + 1] == ":" and (s == 0 or text[s - 1] == "\n"):
            i += hit  # "Van: Kees de Vries" (Dutch "From:"): a key opening its line
            continue
        if _TITLE_WORD_BEFORE.search(text, max(0, s - 12), s):
            i += hit  # "MS. GARCÍA:": a surname after a courtesy title
            continue
        if in_time_zone_id(text, s, end):
            i += hit
            continue
        # right after another place and a comma ("Lyon, France") is a place position too
        after_place = bool(out) and text[out[-1].end : s] == ", "
        prep = (
            after_place
            or PLACE_PREP.search(text, max(0, s - 24), s)
            # a letter's dateline ("Braga, 16 de janeiro de 2024"); a key that asks for a
            # town ("Naturalidade: Coimbra") is the key readers' (_structured.column_hint)
            or ((s == 0 or text[s - 1] == "\n") and DATELINE.match(text, end))
        )
        single_name = hit == 1 and w in first
        if single_name and not lowercase and (m := _STATE_CODE_AFTER.match(text, end)):
            # "Raleigh, NC", "Madison, WI": a town that is also a given name, with its state
            prep = prep or m.group(1) in REGION_CODES
        if (lowercase or single_name) and not prep:
            i += hit
            continue
        if s > 0 and (text[s - 1].isalnum() or text[s - 1] in "@._/-"):
            i += hit
            continue
        # part of a longer proper noun ("Wells Fargo", "Folasade Barbosa", "Riverside Ortho")
        # (joined by a space: a line break, a comma or a tab ends a proper noun)
        before_cap = (
            i > 0
            and words[i - 1][1] == s - 1
            and text[s - 1] == " "
            and text[words[i - 1][0]].isupper()
            # "Finanzamt Leipzig", "Jugendamt Hannover": an office named after its town
            and words[i - 1][2] not in _PLACE_OFFICE_BEFORE
            # "En Madrid", "À Perpignan" (not a postcode's "5611 EM Eindhoven"; "À" is
            # one letter, upper-case however it is meant)
            and not (
                (
                    words[i - 1][2] in _OPENING_PREPS
                    and not text[words[i - 1][0] : words[i - 1][1]].isupper()
                )
                or words[i - 1][2] == "à"
            )
            # a connector after a jurisdiction ("SANTIAGO DE LA VEGA" is a name, "HOJA DE
            # REGISTRO" a form)
            and not (
                words[i - 1][2] in _CONNECTORS_ANY_CASE
                and i > 1
                and words[i - 2][2] in _JURISDICTIONS
            )
        )
        after = i + hit < len(words) and words[i + hit][0] == end + 1 and text[end] == " "
        after_cap = (
            after
            and text[words[i + hit][0]].isupper()
            # "CITY OF SANTA FE POLICE DEPARTMENT", "Luton City Council"
            and not (i > 1 and _JURISDICTION_OF.match(f"{words[i - 2][2]} {words[i - 1][2]}"))
            and not _OFFICE_AFTER_PLACE.match(text, end)
        )
        if not lowercase and (before_cap or after_cap):
            i += hit
            continue
        score = 0.8 if single_name or lowercase else 0.86
        out.append(
            Finding(
                EntityType.LOCATION,
                s,
                end,
                score,
                "place_gazetteer",
                "place_gazetteer: GeoNames place name",
            )
        )
        i += hit
    return out


_CODE_AFTER = re.compile(r", ([A-Z]{2})\b(?![-\w@])")


def merge_adjacent(
    text: str,
    findings: Iterable[Finding],
    etype: EntityType,
    joins: Callable[[str, Finding, Finding], bool],
    why: str,
) -> list[Finding]:
    """Findings sorted by start, with neighbouring ``etype`` findings made one where
    ``joins(gap_text, previous, next)`` says so (the higher score kept, ``why`` added to
    the explanation). ``findings`` must not overlap."""
    out: list[Finding] = []
    for f in sorted(findings, key=lambda x: x.start):
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.entity_type is etype
            and f.entity_type is etype
            and joins(text[prev.end : f.start], prev, f)
        ):
            out[-1] = Finding(
                etype,
                prev.start,
                f.end,
                max(prev.score, f.score),
                prev.recognizer,
                f"{prev.explanation}; {why}",
            )
            continue
        out.append(f)
    return out


_TITLE_BEFORE = re.compile(r"\b(?:" + _TITLES + r"|Det|Sgt)\.? ?$")


def _lone_word_not_a_name(text: str, f: Finding, code: str) -> bool:
    """A one-word PERSON before ", ST" is a city ("Austin, TX") unless a title stands before
    it or the code is a degree after a known name ("Dr. Osei, MD", "Patel, DO")."""
    value = text[f.start : f.end]
    if " " in value or _TITLE_BEFORE.search(text, max(0, f.start - 12), f.start):
        return False
    if code in ("MD", "DO", "PA"):
        first, last = _load()
        return value.lower() not in first and value.lower() not in last
    return True


_ZIP_AFTER = re.compile(r" \d{5}(?:-\d{4})?\b")


def _city_state_zip(text: str, f: Finding) -> bool:
    """ "Madison WI 53743": a word and a state's code before a ZIP code are a city and its
    state, no given name and surname."""
    words = text[f.start : f.end].split()
    return (
        len(words) == 2
        and len(words[1]) == 2
        and words[1] in REGION_CODES
        and _ZIP_AFTER.match(text, f.end) is not None
    )


def join_place_pairs(text: str, findings: list[Finding]) -> list[Finding]:
    """One span for "City, Country", "City, Region" and "City, ST", as places are written.

    Two places separated only by a comma (and a space) become one LOCATION; a place
    followed by ", ST" with a US state or Canadian province code takes the code in.
    ``findings`` must not overlap (after ``resolve_overlaps``); order is preserved.
    """
    out = merge_adjacent(
        text,
        findings,
        EntityType.LOCATION,
        lambda gap, prev, f: gap == ", " and "\n" not in text[prev.start : f.end],
        "joined with the region after it",
    )
    for i, f in enumerate(out):
        if f.entity_type not in (EntityType.LOCATION, EntityType.PERSON):
            continue
        if f.entity_type is EntityType.PERSON and _city_state_zip(text, f):
            out[i] = replace(
                f,
                entity_type=EntityType.LOCATION,
                explanation=f.explanation + "; a city and its state before a ZIP code",
            )
            continue
        m = _CODE_AFTER.match(text, f.end)
        if (
            m
            and m.group(1) in REGION_CODES
            and (f.entity_type is EntityType.LOCATION or _lone_word_not_a_name(text, f, m.group(1)))
        ):
            # "Austin, TX": a one-word "name" before a state code is a city
            nxt = out[i + 1].start if i + 1 < len(out) else len(text)
            if m.end() <= nxt:
                out[i] = Finding(
                    EntityType.LOCATION,
                    f.start,
                    m.end(),
                    f.score,
                    f.recognizer,
                    f.explanation + "; with its state/province code",
                )
    return out


_LOWER_WORD = re.compile(r"[^\W\d_A-Z][^\W\d_A-Z'’-]*")


def spoken_name(header: str, value: str, first: frozenset[str], last: frozenset[str]) -> bool:
    """Whether a transcript's lowercase answer to a name's question is a name ("name for
    the reservation" - "seo-yeon park"): one to three lowercase words, the first a known
    given name or the last a known surname."""
    if column_hint(header) is not EntityType.PERSON:
        return False
    words = value.split()
    if not 1 <= len(words) <= 3 or not all(_LOWER_WORD.fullmatch(w) for w in words):
        return False
    return (
        words[0] in first
        or _hyphen_given(words[0], first)
        or (len(words) > 1 and words[-1] in last)
    )


# a letter's salutation alone on its line: a greeting, titles, the name, a comma ("Lieber
# Jürgen,", "> Caro Sr. Silva,", "Sehr geehrte Frau Dr. von der Heide,", "Hey Haruto,")
_SALUTATION = re.compile(
    r"(?im)^[ \t>]*(?:dear|hi|hello|hey|hiya|good (?:morning|afternoon|evening)|"
    r"lieber?|hallo|sehr geehrte[rs]?|guten (?:tag|morgen)|caro|cara|gentile|gentili|egregio|"
    r"egregia|buongiorno|ciao|estimad[oa]|querid[oa]|hola|buenos días|buenas tardes|bonjour|"
    r"bonsoir|cher|chère|olá|ola|prezad[oa]|exm[oa]\.?|beste|geachte|hoi|hej|hei|sayın|"
    r"merhaba|szanown[ya]|dzień dobry|drog[ia])[ \t]+"
    r"((?:(?:mr|mrs|ms|miss|mx|dr|prof|sr|sra|srta|sig|sig\.ra|dott|dott\.ssa|ing|avv|frau|"
    r"herr|mme|mlle|m|monsieur|madame|señor|señora|senhor|senhora|dona|pan|pani|mevrouw|"
    r"meneer|dhr|mevr|bay|bayan)\.?[ \t]+)*)"
    r"((?:(?-i:" + PARTICLE + r")[ \t]+)*(?-i:[^\W\d_a-z][^\W\d_]*(?:['’-][^\W\d_]+)*)"
    r"(?:[ \t]+(?:(?-i:"
    + PARTICLE
    + r")[ \t]+)*(?-i:[^\W\d_a-z][^\W\d_]*(?:['’-][^\W\d_]+)*)){0,2})"
    r"[ \t]*[,!:]?[ \t]*$"
)
# a letter's closing, and the name alone on the next line ("Saluti,\nSofia")
_CLOSING = re.compile(
    r"(?im)^[ \t>]*(?:(?:best|kind|warm|many)? ?regards|best|thanks|thank you|cheers|"
    r"sincerely|yours(?: sincerely| truly)?|saluti|cordiali saluti|cordialement|"
    r"bien à vous|mit freundlichen grüßen|viele grüße|beste grüße|liebe grüße|grüße|"
    r"atenciosamente|abraços|saludos|un saludo|atentamente|groeten|met vriendelijke groet|"
    r"pozdrawiam|saygılarımla|hälsningar|mvh)[ \t]*[,!.]?[ \t]*\r?\n[ \t>]*"
    r"((?-i:[^\W\d_a-z][^\W\d_]*(?:['’-][^\W\d_]+)*)"
    r"(?:[ \t]+(?-i:[^\W\d_a-z][^\W\d_]*(?:['’-][^\W\d_]+)*)){0,2})[ \t]*\r?$"
)
_NOT_ADDRESSEE = frozenset(
    """team all everyone everybody sir madam madame colleagues colleague customer customers
    client member members friends folks guys kollegen kolleginnen tutti todos todas équipe
    equipe support admin admins hiring manager""".split()
)


def salutation_names(text: str) -> list[Finding]:
    """The person a letter greets and the one who signs it: "Lieber Jürgen,", "Egregio Ing.
    Bianchi,", "Saluti,\\nSofia". A title vouches for the words after it; without one, a
    word of the name must be a known given name or surname."""
    first, last = _load()
    out = []
    for rx in (_SALUTATION, _CLOSING):
        for m in rx.finditer(text):
            titled = rx is _SALUTATION and bool(m.group(1).strip())
            name = m.group(m.lastindex or 1)
            words = [w.lower() for w in name.split() if not re.fullmatch(PARTICLE, w)]
            if not words or any(
                w in _STOP or w in _NOT_ADDRESSEE or w in ORG_WORDS or w in ROLE_WORDS
                for w in words
            ):
                continue
            if not titled and not (
                _is_given(words[0], first) or (len(words) > 1 and words[-1] in last)
            ):
                continue
            s, e = m.span(m.lastindex or 1)
            why = "a letter's greeting" if rx is _SALUTATION else "a letter's signature"
            out.append(_person(s, e, 0.8, f"name after {why}"))
    return out
