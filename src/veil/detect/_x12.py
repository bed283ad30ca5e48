"""Identifiers in ASC X12 transactions (837 claims, 834 enrolments, 270/271 eligibility; 204
load tenders, 214 shipment status, 856 ship notices) by segment and element.

``NM1*IL*1*DEMIR*MEHMET*N***MI*CF97636W~`` is the insured's name and member id, ``DMG*D8*
19830603*M~`` a birth date: the asterisks hide them from the other rules, the segment and
the element's position name them. Written here for the character offsets (X12 libraries
such as ``pyx12`` and ``badx12`` parse into values); the separators are the interchange's
own, read from its ISA header.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from veil.types import EntityType, Finding

from ._hl7 import COMPACT_DATE, COMPACT_TIME
from ._validators import ssn

__all__ = ["x12_findings"]

_ISA = re.compile(r"ISA(.)")
# segment: (element of its date, element of its clock or 0); an interchange's own stamps
# (ISA, GS) are no such dates
_DATE_TIME_ELEMENTS = {
    "AT7": (5, 6),  # shipment status (214)
    "G62": (2, 4),  # pickup / delivery date and time (204, 211)
    "DTM": (2, 3),  # date/time reference (856, 810)
    "PRF": (4, 0),  # purchase order reference: the order's date
    "BSN": (3, 4),  # a ship notice's date and time (856)
}


def x12_findings(text: str) -> list[Finding]:
    """The identifiers in every X12 interchange of ``text``."""
    if "ISA" not in text:
        return []
    out: list[Finding] = []
    for m in _ISA.finditer(text):
        elem = m.group(1)
        if elem.isalnum() or elem.isspace():
            continue
        head = text[m.start() : m.start() + 200].split(elem, 17)
        if len(head) < 17 or len(head[16]) < 2:
            continue
        term = head[16][1]  # ISA16 is the component separator, the terminator follows it
        if term.isalnum():
            continue
        for seg, els in _segments(text, m.start(), elem, term):
            out.extend(_elements(text, seg, els))
    return out


def _segments(
    text: str, start: int, elem: str, term: str
) -> Iterator[tuple[str, list[tuple[int, int]]]]:
    """(segment id, [(start, end) of each element]) up to the interchange's IEA."""
    pos = start
    n = len(text)
    while pos < n:
        while pos < n and text[pos] in "\r\n ":
            pos += 1
        end = text.find(term, pos)
        if end < 0:
            end = n
        spans: list[tuple[int, int]] = []
        a = pos
        while True:
            b = text.find(elem, a, end)
            if b < 0:
                spans.append((a, end))
                break
            spans.append((a, b))
            a = b + 1
        seg = text[spans[0][0] : spans[0][1]]
        if not (2 <= len(seg) <= 3 and seg.isalnum() and seg.isupper()):
            return
        yield seg, spans[1:]
        if seg == "IEA":
            return
        pos = end + 1


def _elements(text: str, seg: str, els: list[tuple[int, int]]) -> Iterator[Finding]:
    def el(i: int) -> tuple[int, int] | None:  # element i (1-based), if present and not empty
        if i <= len(els) and els[i - 1][1] > els[i - 1][0]:
            return els[i - 1]
        return None

    def value(i: int) -> str:
        e = el(i)
        return text[e[0] : e[1]] if e else ""

    def found(etype: EntityType, span: tuple[int, int] | None) -> Iterator[Finding]:
        if span is not None and span[1] - span[0] >= 2:
            why = f"x12: {seg} segment of an X12 transaction"
            yield Finding(etype, span[0], span[1], 0.9, "x12", why)

    if seg == "NM1" and value(2) == "1":  # a person: last, first, middle
        parts = [e for e in (el(3), el(4), el(5)) if e is not None]
        if parts:
            yield from found(EntityType.PERSON, (parts[0][0], parts[-1][1]))
        qualifier = value(8)
        if qualifier in ("MI", "IL"):
            yield from found(EntityType.HEALTH_PLAN_NUMBER, el(9))
        elif qualifier == "34":
            yield from found(EntityType.US_SSN, el(9))
    elif seg == "N3":
        first, last = el(1), el(2) or el(1)
        if first is not None and last is not None:
            yield from found(EntityType.ADDRESS, (first[0], last[1]))
    elif seg == "N4":  # city, state, postal code: the city and the state are places
        yield from found(EntityType.LOCATION, el(1))
        if value(2).isalpha() and value(2).isupper():
            yield from found(EntityType.LOCATION, el(2))
    elif seg == "DMG" and value(1) == "D8" and COMPACT_DATE.fullmatch(value(2)):
        yield from found(EntityType.DATE_OF_BIRTH, el(2))
    elif seg == "DTP" and value(2) in ("D8", "RD8") and COMPACT_DATE.match(value(3)):
        yield from found(EntityType.DATE_TIME, el(3))
    elif seg == "PER":
        if any(c.isalpha() for c in value(2)):
            yield from found(EntityType.PERSON, el(2))
        for q in (3, 5, 7):
            if value(q) in ("TE", "FX", "CP"):
                yield from found(EntityType.PHONE_NUMBER, el(q + 1))
    elif seg == "BPR":  # a payment (835): the payer's and the payee's bank accounts
        for q in (8, 14):
            if value(q) in ("DA", "SG", "03"):
                yield from found(EntityType.ACCOUNT_NUMBER, el(q + 1))
    elif seg == "MS1":  # a shipment's place in a status message (214): city and state
        yield from found(EntityType.LOCATION, el(1))
        if value(2).isalpha() and value(2).isupper():
            yield from found(EntityType.LOCATION, el(2))
    elif seg in _DATE_TIME_ELEMENTS:  # a status's, a pickup's or a delivery's date and time
        d, t = _DATE_TIME_ELEMENTS[seg]
        if COMPACT_DATE.fullmatch(value(d)):
            yield from found(EntityType.DATE_TIME, el(d))
            if t and COMPACT_TIME.fullmatch(value(t)):
                yield from found(EntityType.DATE_TIME, el(t))
    elif seg == "G61":  # a contact in a load tender (204): name, then its numbers
        if any(c.isalpha() for c in value(2)):
            yield from found(EntityType.PERSON, el(2))
        if value(3) in ("TE", "FX", "CP"):
            yield from found(EntityType.PHONE_NUMBER, el(4))
    elif seg == "REF" and value(1) == "SY":
        yield from found(EntityType.US_SSN, el(2))
    elif seg == "REF" and value(1) in ("0F", "1W"):  # subscriber / member number (834)
        # many plans still use the subscriber's SSN as the number
        is_ssn = ssn(value(2), 0, len(value(2))) is not None
        yield from found(EntityType.US_SSN if is_ssn else EntityType.HEALTH_PLAN_NUMBER, el(2))
