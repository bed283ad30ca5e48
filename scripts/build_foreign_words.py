#!/usr/bin/env python3
"""Regenerate ``src/veil/detect/data/foreign_words.txt``: common words of eleven European
languages that are not names.

Why: customer text is not all English. German capitalizes every noun ("Ihre Rücksendung",
"Behandlung", "Uhr") and Spanish, French and Portuguese sentences open with capitalized
words ("Gracias", "Correo", "Retorno"); the name rules and the NER model took such words
for people, and the romanized-names list (``world_names.txt``) holds thousands of them
("uhr", "gracias", "termin"). The detector treats the words of this list like English
words: no lone name, no name part, and they leave that list.

Source: ``wordfreq`` 3.1.1 (word frequencies from many corpora; the data is CC BY-SA 4.0,
Robyn Speer and contributors), installed only to build the list, never at run time::

    python -m venv /tmp/wf && /tmp/wf/bin/pip install wordfreq==3.1.1
    /tmp/wf/bin/python scripts/build_foreign_words.py

A word is kept when it is among the 20,000 most frequent of one of the languages below,
at least 3.0 on wordfreq's Zipf scale there (about once per million words), and at least
2.0 above its median over the other languages and English: a word *of that language*.
Names travel ("Carlos", "Rosa" and "Max" are about as frequent in every language) and fall
out; known given names and surnames (Faker and the US Census, ``first_names.txt`` and
``last_names.txt``) are removed whatever their frequency. The words of Polish, Turkish,
Swedish, Danish and Norwegian were added later, judged against all eleven languages and
English, without changing the first six languages' list; their common words are names more
often ("Bereket", "Małgorzata"), so the romanized names and the places leave too, in the
name lists' ASCII spelling as well. What this still costs: a name no list knows that is a
common word of its language ("Çağrı", "Selam") is taken for the word.
"""

from __future__ import annotations

import statistics
import unicodedata
from pathlib import Path

from wordfreq import top_n_list, zipf_frequency

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "src" / "veil" / "detect" / "data"
OUT = DATA / "foreign_words.txt"
LANGS = ("de", "es", "fr", "pt", "it", "nl")
# languages whose common words are names too often ("bereket", "selam", "małgorzata"): their
# words are judged against every language, and kept only when no name list (the romanized
# one included, whatever the accents) holds them
NAMING = ("pl", "tr", "sv", "da", "nb")
TOP, MIN_ZIPF, MIN_GAP = 20_000, 3.0, 2.0


def _read(name: str) -> set[str]:
    lines = (DATA / name).read_text("utf-8").split("\n")
    return {w for w in lines if w and not w.startswith("#")}


def _fold(word: str) -> str:
    """The name lists' ASCII spelling of a word ("małgorzata" -> "malgorzata")."""
    word = word.translate(str.maketrans({"ł": "l", "ı": "i", "ø": "o", "æ": "ae", "ß": "ss"}))
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _top(lang: str) -> set[str]:
    return {w for w in top_n_list(lang, TOP) if w.isalpha() and w.islower() and len(w) > 2}


def _of_one_language(words: set[str], langs: tuple[str, ...]) -> list[str]:
    """The words far more frequent in one of ``langs`` than in the others and English."""
    kept = []
    for w in sorted(words):
        z = {lang: zipf_frequency(w, lang) for lang in (*langs, "en")}
        best = max(langs, key=lambda lang: z[lang])
        others = [v for lang, v in z.items() if lang != best]
        if z[best] >= MIN_ZIPF and z[best] - statistics.median(others) >= MIN_GAP:
            kept.append(w)
    return kept


def main() -> None:
    names = _read("first_names.txt") | _read("last_names.txt")
    world = _read("world_names.txt")
    words: set[str] = set()
    for lang in LANGS:
        words |= _top(lang)
    kept = _of_one_language(words - names, LANGS)
    places = {w for line in _read("places.txt") for w in line.lower().split()}
    known = names | world | places  # "tromsø" is a town, not a Norwegian word
    naming: set[str] = set()
    for lang in NAMING:
        naming |= {w for w in _top(lang) if w not in known and _fold(w) not in known}
    everyone = (*LANGS, *NAMING)
    kept += [
        w
        for w in _of_one_language(naming - set(kept), everyone)
        if max(everyone, key=lambda lang: zipf_frequency(w, lang)) in NAMING
    ]
    kept += [w.replace("ss", "ß") for w in kept if "ss" in w]  # wordfreq folds "ß" to "ss"
    header = [
        "# Common words of de, es, fr, pt, it, nl, pl, tr, sv, da and nb that are not names.",
        "# Built by scripts/build_foreign_words.py from wordfreq 3.1.1",
        "# (data CC BY-SA 4.0, Robyn Speer and contributors); this list is CC BY-SA 4.0 too.",
    ]
    OUT.write_text("\n".join(header + sorted(set(kept))) + "\n", "utf-8")
    print(f"{len(set(kept))} words -> {OUT}")


if __name__ == "__main__":
    main()
