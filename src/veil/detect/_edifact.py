"""Identifiers in UN/EDIFACT messages (IFTMIN and IFTSTA transport messages, PAXLST
passenger lists, ...) by segment, element and component.

``DTM+329:711116'`` is a traveller's birth date and ``COM+498948045736:TE'`` a phone number:
the separators hide them from the other rules, the segment's tag and the qualifier name
them. Written here for the character offsets (EDIFACT libraries such as ``pydifact`` parse
into values); the separators are the interchange's own, read from its ``UNA`` service
string where there is one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from veil.types import EntityType, Finding

__all__ = ["edifact_findings"]

Span = tuple[int, int]

_UNA = re.compile(r"(?m)^[ \t]*UNA(.)(.)(.)(.)(.)(.)")
_TAG = re.compile(r"\s*([A-Z][A-Z0-9]{2})")

# DTM qualifiers of a shipment's or a traveller's dates (not a message's own date, 137)
_DATE_QUALIFIERS = frozenset("2 10 11 17 35 36 63 64 132 133 178 186 189 200 232 234".split())
_BIRTH = "329"
# a date as CCYYMMDD[HHMM] (formats 102, 203) or YYMMDD[HHMM] (101, 201)
_DTM_VALUE = re.compile(
    r"(?:(?:19|20)\d{2}|\d{2})(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:[0-2]\d[0-5]\d)?"
)
_PHONE_QUALIFIERS = frozenset({"TE", "FX", "AL", "AJ", "AV"})  # phone, fax, mobile, others


def edifact_findings(text: str) -> list[Finding]:
    """The identifiers in every EDIFACT message of ``text``."""
    una = _UNA.search(text) if "UNA" in text else None
    # a whole interchange, or a passenger list's lines pasted alone ("NAD+FL+++BAKKEN:ESPEN'")
    if una is None and "UNH+" not in text and "UNB+" not in text and "NAD+" not in text:
        return []
    comp, elem, release, term = ":", "+", "?", "'"
    if una is not None and not any(c.isalnum() for c in una.group(1, 2, 4, 6)):
        comp, elem, release, term = una.group(1), una.group(2), una.group(4), una.group(6)
    out: list[Finding] = []
    for tag, els in _segments(text, comp, elem, release, term):
        out.extend(_elements(text, tag, els))
    return out


def _segments(
    text: str, comp: str, elem: str, release: str, term: str
) -> Iterator[tuple[str, list[list[Span]]]]:
    """(tag, elements as lists of component spans) of each segment."""
    pos, n = 0, len(text)
    while pos < n:
        m = _TAG.match(text, pos)
        if m is None or text[m.end() : m.end() + 1] != elem:
            nxt = text.find(term, pos)
            if nxt < 0:
                return
            pos = nxt + 1
            continue
        els: list[list[Span]] = []
        comps: list[Span] = []
        i = a = m.end() + 1
        while i < n and text[i] != term and text[i] != "\n":
            c = text[i]
            if c == release:
                i += 2
                continue
            if c in (comp, elem):
                comps.append((a, i))
                if c == elem:
                    els.append(comps)
                    comps = []
                a = i + 1
            i += 1
        comps.append((a, i))
        els.append(comps)
        yield m.group(1), els
        pos = i + 1


def _elements(text: str, tag: str, els: list[list[Span]]) -> Iterator[Finding]:
    def part(i: int, j: int = 1) -> Span | None:  # component j of element i, 1-based
        if i <= len(els) and j <= len(els[i - 1]):
            s, e = els[i - 1][j - 1]
            if e > s:
                return s, e
        return None

    def value(i: int, j: int = 1) -> str:
        p = part(i, j)
        return text[p[0] : p[1]] if p else ""

    def found(etype: EntityType, span: Span | None) -> Iterator[Finding]:
        if span is not None and span[1] - span[0] >= 2:
            why = f"edifact: {tag} segment of an EDIFACT message"
            yield Finding(etype, span[0], span[1], 0.9, "edifact", why)

    if tag == "DTM":
        qualifier, date = value(1, 1), value(1, 2)
        if _DTM_VALUE.fullmatch(date):
            if qualifier == _BIRTH:
                yield from found(EntityType.DATE_OF_BIRTH, part(1, 2))
            elif qualifier in _DATE_QUALIFIERS:
                yield from found(EntityType.DATE_TIME, part(1, 2))
    elif tag == "COM":  # communication numbers: number:qualifier, repeated
        for i in range(1, len(els) + 1):
            number = value(i, 1)
            if value(i, 2) in _PHONE_QUALIFIERS and sum(c.isdigit() for c in number) >= 7:
                yield from found(EntityType.PHONE_NUMBER, part(i, 1))
    elif tag == "CTA":  # a contact: function, then department or employee id:name
        if any(c.isalpha() for c in value(2, 2)):
            yield from found(EntityType.PERSON, part(2, 2))
    elif tag == "NAD":  # a party: ... name, street, city, state, postcode, country
        name = els[3] if len(els) >= 4 else []
        if len(name) >= 2 and all(any(c.isalpha() for c in text[s:e]) for s, e in name[:2]):
            # "WALSH:NOAH": a surname and a given name in components
            yield from found(EntityType.PERSON, (name[0][0], name[-1][1]))
        if len(els) >= 5 and any(c.isalpha() for c in value(5)):
            yield from found(EntityType.ADDRESS, (els[4][0][0], els[4][-1][1]))
        if any(c.isalpha() for c in value(6)):
            yield from found(EntityType.LOCATION, part(6))
        if value(7).isalpha():
            yield from found(EntityType.LOCATION, part(7))
