"""Identifiers in HL7 v2 messages, by segment and field.

An HL7 v2 message (``MSH|^~\\&|...`` then ``PID|``, ``NK1|``, ``IN1|`` ... segments) says
what each field holds: PID-5 is the patient's name, PID-7 the birth date, PID-19 the SSN.
Patterns and the model see ``SADEGHI^REZA`` or ``19620418`` as noise; the field's position
names it. Written here because what is needed is each field's character offsets, which
the HL7 libraries (``hl7``, ``hl7apy``) do not keep: they parse into values. The message's
own separators (MSH-1 and MSH-2) are honoured; timestamps of the message itself (MSH-7,
EVN-2) are left alone, like other machine timestamps.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from veil.types import EntityType, Finding

from ._validators import ssn

__all__ = ["COMPACT_DATE", "COMPACT_TIME", "hl7_findings"]

# what a field holds, by (segment, field number): the type and which part of the field
#   whole: the whole first repetition ("SADEGHI^REZA", "7719 RIVER BEND CT^^PORTLAND^OR")
#   first: its first component ("540-103-061" of "540-103-061^^^NORTHSIDE^MR")
#   person: components 2-4 of an XCN (id^family^given^middle: a clinician's name)
#   date: the first eight digits of a timestamp
_T = EntityType
_FIELDS: dict[tuple[str, int], tuple[EntityType, str]] = {
    ("PID", 2): (_T.MEDICAL_RECORD_NUMBER, "first"),
    ("PID", 3): (_T.MEDICAL_RECORD_NUMBER, "first"),
    ("PID", 4): (_T.MEDICAL_RECORD_NUMBER, "first"),
    ("PID", 5): (_T.PERSON, "whole"),
    ("PID", 6): (_T.PERSON, "whole"),
    ("PID", 7): (_T.DATE_OF_BIRTH, "date"),
    ("PID", 9): (_T.PERSON, "whole"),
    ("PID", 11): (_T.ADDRESS, "whole"),
    ("PID", 13): (_T.PHONE_NUMBER, "first"),
    ("PID", 14): (_T.PHONE_NUMBER, "first"),
    ("PID", 18): (_T.ACCOUNT_NUMBER, "first"),
    ("PID", 19): (_T.US_SSN, "first"),
    ("PID", 20): (_T.DRIVER_LICENSE, "first"),
    ("NK1", 2): (_T.PERSON, "whole"),
    ("NK1", 4): (_T.ADDRESS, "whole"),
    ("NK1", 5): (_T.PHONE_NUMBER, "first"),
    ("NK1", 6): (_T.PHONE_NUMBER, "first"),
    ("NK1", 16): (_T.DATE_OF_BIRTH, "date"),
    ("NK1", 37): (_T.US_SSN, "first"),
    ("PV1", 7): (_T.PERSON, "person"),
    ("PV1", 8): (_T.PERSON, "person"),
    ("PV1", 9): (_T.PERSON, "person"),
    ("PV1", 17): (_T.PERSON, "person"),
    ("IN1", 5): (_T.ADDRESS, "whole"),
    ("IN1", 7): (_T.PHONE_NUMBER, "first"),
    ("IN1", 12): (_T.DATE_TIME, "date"),
    ("IN1", 13): (_T.DATE_TIME, "date"),
    ("IN1", 16): (_T.PERSON, "whole"),
    ("IN1", 18): (_T.DATE_OF_BIRTH, "date"),
    ("IN1", 19): (_T.ADDRESS, "whole"),
    ("IN1", 36): (_T.HEALTH_PLAN_NUMBER, "first"),
    ("IN1", 49): (_T.HEALTH_PLAN_NUMBER, "first"),
    ("GT1", 3): (_T.PERSON, "whole"),
    ("GT1", 5): (_T.ADDRESS, "whole"),
    ("GT1", 6): (_T.PHONE_NUMBER, "first"),
    ("GT1", 7): (_T.PHONE_NUMBER, "first"),
    ("GT1", 8): (_T.DATE_OF_BIRTH, "date"),
    ("GT1", 12): (_T.US_SSN, "first"),
    ("PV1", 44): (_T.DATE_TIME, "datetime"),  # admitted
    ("PV1", 45): (_T.DATE_TIME, "datetime"),  # discharged
    ("OBR", 7): (_T.DATE_TIME, "datetime"),  # when the specimen was taken
    ("OBR", 8): (_T.DATE_TIME, "datetime"),
    ("OBX", 14): (_T.DATE_TIME, "datetime"),  # when the observation was made
    ("RXA", 3): (_T.DATE_TIME, "datetime"),  # when a vaccine was given (start, end)
    ("RXA", 4): (_T.DATE_TIME, "datetime"),
    ("OBR", 16): (_T.PERSON, "person"),
    ("ORC", 12): (_T.PERSON, "person"),
}
_SEGMENTS = frozenset(s for s, _ in _FIELDS)
_MSH = re.compile(r"(?m)^MSH(.)(.)(.)(.)(.)")
COMPACT_TIME = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?")
# a CCYYMMDD date, as HL7 and X12 write them
COMPACT_DATE = re.compile(r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
_SSN = re.compile(r"\d{3}-?\d{2}-?\d{4}")
_SSN_DASHED = re.compile(r"\d{3}-\d{2}-\d{4}")


def hl7_findings(text: str) -> list[Finding]:
    """The identifiers in the fields of every HL7 v2 message in ``text``."""
    if "MSH" not in text:
        return []
    out: list[Finding] = []
    for m in _MSH.finditer(text):
        field, comp, rep = m.group(1), m.group(2), m.group(3)
        if field.isalnum() or comp.isalnum() or len({field, comp, rep}) < 3:
            continue
        for seg, start, end in _segments(text, m.start(), field):
            out.extend(_fields(text, seg, start, end, field, comp, rep))
    return out


def _segments(text: str, start: int, field: str) -> Iterator[tuple[str, int, int]]:
    """(segment id, start, end) of the message's segments from ``start`` on, until the next
    line that is no segment."""
    pos = start
    n = len(text)
    while pos < n:
        end = pos
        while end < n and text[end] not in "\r\n":
            end += 1
        seg = text[pos : pos + 3]
        if not (
            len(seg) == 3 and seg.isalnum() and seg.isupper() and text[pos + 3 : pos + 4] == field
        ):
            if pos > start:
                return
        elif seg in _SEGMENTS:
            yield seg, pos, end
        pos = end
        while pos < n and text[pos] in "\r\n":
            pos += 1
        if pos > start and text[pos : pos + 3] == "MSH":
            return  # the next message: hl7_findings reads it on its own


def _fields(
    text: str, seg: str, start: int, end: int, field: str, comp: str, rep: str
) -> Iterator[Finding]:
    index = 0
    a = start + 3  # after the segment id, at the first separator
    while a < end:
        b = text.find(field, a + 1, end)
        if b < 0:
            b = end
        index += 1
        spec = _FIELDS.get((seg, index))
        if spec is not None:
            f = _finding(text, a + 1, b, spec, seg, index, comp, rep)
            if f is not None:
                yield f
        a = b


def _finding(
    text: str,
    s: int,
    e: int,
    spec: tuple[EntityType, str],
    seg: str,
    index: int,
    comp: str,
    rep: str,
) -> Finding | None:
    etype, part = spec
    r = text.find(rep, s, e)
    if r >= 0:
        e = r  # the first repetition only
    if part == "first":
        c = text.find(comp, s, e)
        e = c if c >= 0 else e
    elif part == "person":  # id^family^given^middle^...: family to middle
        parts = text[s:e].split(comp)
        if len(parts) < 3 or not parts[1]:
            return None
        s = s + len(parts[0]) + 1
        e = s + len(comp.join(p for p in parts[1:4]).rstrip(comp))
    elif part in ("date", "datetime"):
        m = COMPACT_DATE.match(text, s, e)
        if m is None:
            return None
        e = m.end()
        if part == "datetime":  # CCYYMMDD[HHMM[SS]]: the time of day is part of it
            t = COMPACT_TIME.match(text, e, e + 6)
            e = t.end() if t else e
    while e > s and text[e - 1] in (comp, " "):
        e -= 1  # "7719 RIVER BEND CT^^PORTLAND^OR^97222^^" ends at the last component
    if e - s < 2:
        return None
    value = text[s:e]
    if etype is EntityType.US_SSN and not _SSN.fullmatch(value):
        return None
    if (
        etype is EntityType.ACCOUNT_NUMBER
        and _SSN_DASHED.fullmatch(value)
        and ssn(value, 0, len(value)) is not None
    ):
        etype = EntityType.US_SSN  # "PID-18 655-51-8665": an SSN in the account's field
    if etype is EntityType.PERSON and not any(c.isalpha() for c in value):
        return None
    why = f"hl7: {seg}-{index} of an HL7 v2 message"
    return Finding(etype, s, e, 0.9, "hl7", why)
