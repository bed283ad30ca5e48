"""People, places and dates in GEDCOM genealogy files (GEDCOM 5.5.1 / 7.0), by tag.

A GEDCOM file is lines of ``LEVEL [@XREF@] TAG [VALUE]``: ``1 NAME Pádraig /Mac Giolla/``
(the surname between slashes), ``2 GIVN``/``2 SURN`` its parts, ``2 PLAC Cork, Ireland``
where an event took place, ``2 DATE 26 JAN 1940`` when (a birth's or christening's date is
a date of birth). The line's tag says what its value is; the prose rules and the model see a
list of short upper-case lines ("2 PLAC Cork" reads like a name). Written here for the
offsets: the GEDCOM parsers on PyPI (``python-gedcom``, ``ged4py``) return values, not
where they are. A file's own header dates (``HEAD.DATE``) and change stamps (``CHAN.DATE``)
are machine timestamps and stay quiet; so does a bare or approximate year ("ABT 1948").
"""

from __future__ import annotations

import re

from veil.types import EntityType, Finding

__all__ = ["gedcom_findings", "gedcom_quiet", "read_gedcom"]

_LINE = re.compile(
    r"(?m)^[ \t]*(\d{1,2}) (?:@[^@\n]{1,22}@ )?([A-Z_][A-Z0-9_]{2,30})(?: ([^\r\n]*))?"
)
_HEAD = re.compile(r"(?m)^0 HEAD\r?$")
_PERSON_TAGS = frozenset({"NAME", "GIVN", "SURN", "NICK", "_MARNM", "_AKA", "SPFX"})
_PLACE_TAGS = frozenset({"PLAC", "CITY", "STAE", "CTRY"})
_BIRTH_EVENTS = frozenset({"BIRT", "CHR", "BAPM"})
_QUIET_PARENTS = frozenset({"HEAD", "CHAN", "CREA", "SOUR", "DATA"})
# a day and a month, or a month and a year: "26 JAN 1940", "JAN 1940", "BEF 3 MAR 1890"
_DATE = re.compile(
    r"(?:(?:ABT|BEF|AFT|EST|CAL|FROM|TO|BET|AND|INT) )*"
    r"((?:\d{1,2} )?(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC) \d{3,4})\b"
)


def gedcom_findings(text: str) -> list[Finding]:
    """Names, places, addresses and event dates of every record of a GEDCOM file."""
    return read_gedcom(text)[0]


def gedcom_quiet(text: str) -> list[tuple[int, int]]:
    """The values of a GEDCOM file's own timestamps (its header's and its change stamps'
    DATE and TIME lines), where no other rule may see a date."""
    return read_gedcom(text)[1]


def read_gedcom(text: str) -> tuple[list[Finding], list[tuple[int, int]]]:
    """Both at once, reading the file once: its findings and its own timestamps."""
    if "0 HEAD" not in text or not _HEAD.search(text):
        return [], []
    out: list[Finding] = []
    quiet: list[tuple[int, int]] = []
    parents: dict[int, str] = {}
    for m in _LINE.finditer(text):
        level, tag, value = int(m.group(1)), m.group(2), m.group(3)
        parents[level] = tag
        for deeper in [k for k in parents if k > level]:
            del parents[deeper]
        if not value or value.startswith("@"):
            continue
        s = m.start(3)
        e = s + len(value.rstrip())
        if e <= s:
            continue
        parent = parents.get(level - 1, "")
        why = f"gedcom: the {tag} of a GEDCOM record"
        if tag in _PERSON_TAGS:
            name = value.rstrip()  # "Given /Surname/": the slashes are part of the value
            if parent in ("HEAD", "SOUR") or not re.search(r"[^\W\d_]{2}", name):
                continue
            out.append(Finding(EntityType.PERSON, s, e, 0.95, "gedcom", why))
        elif tag in _PLACE_TAGS:
            out.append(Finding(EntityType.LOCATION, s, e, 0.95, "gedcom", why))
        elif tag == "ADDR":
            out.append(Finding(EntityType.ADDRESS, s, e, 0.95, "gedcom", why))
        elif tag in ("DATE", "TIME") and (parent in _QUIET_PARENTS or parents.get(0) == "HEAD"):
            quiet.append((s, e))
        elif tag == "DATE":
            d = _DATE.match(value)
            if d is None:
                continue
            etype = EntityType.DATE_OF_BIRTH if parent in _BIRTH_EVENTS else EntityType.DATE_TIME
            out.append(Finding(etype, s + d.start(1), s + d.end(1), 0.95, "gedcom", why))
    return out, quiet
