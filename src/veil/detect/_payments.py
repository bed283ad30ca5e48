"""Payment files: NACHA ACH entries and SWIFT MT103 transfers, by record and field.

An ACH file is fixed-width (94-character records): an entry's receiving account and the
individual's name stand at fixed positions, with no key before them, and the batch header
says whether its entries are consumers' (PPD, WEB, TEL ...) or companies' (CCD, CTX). An
MT103's ordering and beneficiary customers (``:50K:``, ``:59:``) are an account after a
slash, then a name and an address on the lines below. Written here for the character
offsets: the Python packages for these formats (``ach``, ``mt-940``) build or parse values,
not spans, and ``mt-940`` reads statements, not MT103 transfers.
"""

from __future__ import annotations

import bisect
import re

from veil.types import EntityType, Finding

from ._gazetteer import ORG_WORDS
from ._validators import iban

__all__ = ["payment_findings"]

# a batch header: its standard entry class at 51-53, its effective entry date at 70-75
_ACH_BATCH = re.compile(r"^5\d{3}.{46}([A-Z]{3}).{16}(\d{6})", re.M)
# an entry detail record: transaction code, routing number and check digit, then the
# account (17), the amount (10), the individual's id (15) and name (22)
_ACH_ENTRY = re.compile(r"^6\d{2}\d{8}\d(.{17})\d{10}.{15}(.{22})", re.M)
# entry classes whose receivers are people
_CONSUMER = frozenset({"PPD", "WEB", "TEL", "POP", "ARC", "BOC", "RCK", "CIE"})
_ACCOUNT = re.compile(r"[A-Z0-9-]{4,17}")
_NAME = re.compile(r"[A-Z][A-Za-z'.-]*(?: [A-Z][A-Za-z'.-]*){1,4}")

# MT103 fields: the value date, and the ordering and beneficiary customers
_MT_DATE = re.compile(r"^:32A:(\d{6})[A-Z]{3}", re.M)
_MT_PARTY = re.compile(r"^:(?:50K|59):", re.M)
_MT_FIELD_END = re.compile(r"^(?::\d{2}[A-Z]?:|-\})", re.M)


def payment_findings(text: str) -> list[Finding]:
    out: list[Finding] = []
    if "\n6" in text and "\n5" in text:
        out.extend(_ach(text))
    if ":32A:" in text or ":50K:" in text or ":59:" in text:
        out.extend(_mt103(text))
    return out


def _find(t: EntityType, s: int, e: int, why: str) -> Finding:
    return Finding(t, s, e, 0.9, "payment_file", f"payment_file: {why}")


def _org(value: str) -> bool:
    return any(w in ORG_WORDS for w in value.lower().replace(".", " ").split())


def _ach(text: str) -> list[Finding]:
    batches = list(_ACH_BATCH.finditer(text))
    if not batches:
        return []
    out = [
        _find(EntityType.DATE_TIME, *b.span(2), "an ACH batch's effective date") for b in batches
    ]
    starts = [b.start() for b in batches]
    for m in _ACH_ENTRY.finditer(text):
        at = bisect.bisect_right(starts, m.start()) - 1
        if at < 0:
            continue  # an entry before any batch header: not an ACH file's
        account = m.group(1).rstrip()
        if _ACCOUNT.fullmatch(account):
            s = m.start(1)
            out.append(
                _find(EntityType.ACCOUNT_NUMBER, s, s + len(account), "an ACH entry's account")
            )
        name = m.group(2).rstrip()
        # the names of its batch's consumer entries (PPD, WEB ...), not of companies (CCD)
        if batches[at].group(1) in _CONSUMER and _NAME.fullmatch(name) and not _org(name):
            s = m.start(2)
            out.append(_find(EntityType.PERSON, s, s + len(name), "an ACH consumer entry's name"))
    return out


def _mt103(text: str) -> list[Finding]:
    out = [
        _find(EntityType.DATE_TIME, *m.span(1), "an MT103's value date")
        for m in _MT_DATE.finditer(text)
    ]
    for m in _MT_PARTY.finditer(text):
        end = _MT_FIELD_END.search(text, m.end())
        stop = end.start() if end is not None else len(text)
        lines: list[tuple[int, int]] = []
        at = m.end()
        while at < stop:
            nl = text.find("\n", at, stop)
            e = nl if nl >= 0 else stop
            if text[at:e].strip():
                lines.append((at, e))
            at = e + 1
        if not lines:
            continue
        s, e = lines[0]
        if text[s] == "/":  # ":59:/ES57...": the account, then the name on the next line
            value = text[s + 1 : e].strip()
            if (
                value
                and iban(text, s + 1, s + 1 + len(value)) is None
                and _ACCOUNT.fullmatch(value.replace(" ", ""))
            ):
                out.append(
                    _find(EntityType.ACCOUNT_NUMBER, s + 1, s + 1 + len(value), "an MT103 account")
                )
            lines = lines[1:]
        if not lines:
            continue
        s, e = lines[0]
        name = text[s:e].strip()
        if _NAME.fullmatch(name) and not _org(name):
            out.append(_find(EntityType.PERSON, s, s + len(name), "an MT103 customer's name"))
        if len(lines) > 1:
            a, b = lines[1][0], lines[-1][1]
            value = text[a:b].rstrip()
            if any(c.isdigit() for c in value):
                out.append(_find(EntityType.ADDRESS, a, a + len(value), "an MT103 address"))
    return out
