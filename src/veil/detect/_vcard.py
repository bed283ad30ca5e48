"""Names, addresses and birthdays in vCards (RFC 6350), and event times in iCalendar files
(RFC 5545), by property.

``N:Eze;Yetunde;O;Dr.;`` is a structured name (family; given; additional; prefix; suffix)
and ``ADR;TYPE=HOME:;;3568 Maple St;Tucson;AZ;85717;USA`` a structured address (post office
box; extended; street; locality; region; postal code; country): the semicolons make them
look like no name and no address to the other rules. Written here for the offsets, which
``vobject`` and the other vCard parsers do not keep. An event's DTSTART and DTEND (when the
appointment is) are dates; DTSTAMP, CREATED and LAST-MODIFIED (when the file was written)
are machine timestamps and stay quiet.
"""

from __future__ import annotations

import re

from veil.types import EntityType, Finding

__all__ = ["ics_findings", "vcard_findings"]

_LINE = re.compile(r"(?im)^(N|ADR|BDAY)((?:;[^:\n]*)?):([^\r\n]*)(?=\r?$)")
_BDAY = re.compile(r"\d{4}-?\d{2}-?\d{2}|--\d{2}-?\d{2}")


def vcard_findings(text: str) -> list[Finding]:
    """The structured name (N), addresses (ADR) and birthday (BDAY) of every vCard."""
    if "BEGIN:VCARD" not in text and "begin:vcard" not in text:
        return []
    out: list[Finding] = []
    for m in _LINE.finditer(text):
        prop = m.group(1).upper()
        s = m.start(3)
        value = m.group(3)
        parts = value.split(";")
        if prop == "N":
            keep = parts[:3]  # family; given; additional (not the prefix or suffix)
            span = _components(s, parts, range(len(keep)))
            etype = EntityType.PERSON
        elif prop == "ADR":
            span = _components(s, parts, range(min(len(parts), 7)))
            etype = EntityType.ADDRESS
        else:
            b = _BDAY.match(value)
            span = (s, s + b.end()) if b else None
            etype = EntityType.DATE_OF_BIRTH
        if span is not None and span[1] - span[0] >= 2:
            why = f"vcard: the {prop} property of a vCard"
            out.append(Finding(etype, span[0], span[1], 0.9, "vcard", why))
    return out


def _components(start: int, parts: list[str], wanted: range) -> tuple[int, int] | None:
    """From the first to the last non-empty component among ``wanted``."""
    offsets = []
    pos = start
    for i, p in enumerate(parts):
        if i in wanted and p.strip():
            offsets.append((pos, pos + len(p)))
        pos += len(p) + 1
    if not offsets:
        return None
    return offsets[0][0], offsets[-1][1]


_EVENT_TIME = re.compile(
    r"(?im)^(?:DTSTART|DTEND|DUE|RECURRENCE-ID)(?:;[^:\n]*)?:(\d{8}(?:T\d{4,6}Z?)?)(?=\r?$)"
)


def ics_findings(text: str) -> list[Finding]:
    """The start and end times of every iCalendar event."""
    if "BEGIN:V" not in text and "begin:v" not in text:
        return []
    why = "ics: when an iCalendar event starts or ends"
    out = [
        Finding(EntityType.DATE_TIME, m.start(1), m.end(1), 0.85, "ics", why)
        for m in _EVENT_TIME.finditer(text)
    ]
    # LOCATION:195 Mill Avenue\, Manchester M18 9GT: a street address (escaped commas and
    # all); a room or "Zoom" is none
    for m in _EVENT_PLACE.finditer(text):
        out.append(
            Finding(
                EntityType.ADDRESS, m.start(1), m.end(1), 0.92, "ics", "ics: an event's address"
            )
        )
    return out


_EVENT_PLACE = re.compile(r"(?im)^LOCATION(?:;[^:\n]*)?:(\d{1,6}[ ,][^\r\n]{4,200}?)\s*(?=\r?$)")
