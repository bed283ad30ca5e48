#!/usr/bin/env python3
"""Regenerate ``src/veil/detect/data/foreign_words.txt``: common words of six European
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
``last_names.txt``) are removed whatever their frequency.
"""

from __future__ import annotations

import statistics
from pathlib import Path

from wordfreq import top_n_list, zipf_frequency

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "src" / "veil" / "detect" / "data"
OUT = DATA / "foreign_words.txt"
LANGS = ("de", "es", "fr", "pt", "it", "nl")
TOP, MIN_ZIPF, MIN_GAP = 20_000, 3.0, 2.0


def _read(name: str) -> set[str]:
    lines = (DATA / name).read_text("utf-8").split("\n")
    return {w for w in lines if w and not w.startswith("#")}


def main() -> None:
    names = _read("first_names.txt") | _read("last_names.txt")
    words: set[str] = set()
    for lang in LANGS:
        words |= {w for w in top_n_list(lang, TOP) if w.isalpha() and w.islower() and len(w) > 2}
    kept = []
    for w in sorted(words - names):
        z = {lang: zipf_frequency(w, lang) for lang in (*LANGS, "en")}
        best = max(LANGS, key=lambda lang: z[lang])
        others = [v for lang, v in z.items() if lang != best]
        if z[best] >= MIN_ZIPF and z[best] - statistics.median(others) >= MIN_GAP:
            kept.append(w)
            if "ss" in w:  # wordfreq folds "ß" to "ss": "grüßen" is listed as "grüssen"
                kept.append(w.replace("ss", "ß"))
    header = [
        "# Common words of de, es, fr, pt, it and nl that are not names.",
        "# Built by scripts/build_foreign_words.py from wordfreq 3.1.1",
        "# (data CC BY-SA 4.0, Robyn Speer and contributors); this list is CC BY-SA 4.0 too.",
    ]
    OUT.write_text("\n".join(header + sorted(set(kept))) + "\n", "utf-8")
    print(f"{len(kept)} words -> {OUT}")


if __name__ == "__main__":
    main()
