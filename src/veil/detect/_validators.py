"""Validators run on candidates only, after the one-pass pattern scan.

Each takes the document and the candidate span and returns the (possibly trimmed) span, or
None to reject. Checksums come from python-stdnum (Luhn, IBAN mod-97, SSN rules, IMEI) and
phone numbers from Google's libphonenumber port; the rest are short structural checks that
no library offers (JWT header shape, entropy of a key=value secret, date plausibility).
"""

from __future__ import annotations

import base64
import binascii
import datetime
import ipaddress
import json
import math
import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache

import phonenumbers
from phonenumbers import re_util
from stdnum import iban as _iban
from stdnum import luhn as _luhn
from stdnum.us import ssn as _ssn

__all__ = ["VALIDATORS", "Validator", "new_batch", "shannon_entropy", "warm"]

Span = tuple[int, int]
Validator = Callable[[str, int, int], Span | None]

_TRAILING = ".,;:!?)]}'\""

# phonenumbers compiles its per-region patterns through re's bounded cache (512 entries),
# which the detector's own patterns share: numbers from many regions kept recompiling
# them (a tenth of pattern-only detection). Its own cache keeps each one once.
re_util.enable_pattern_cache()


def shannon_entropy(s: str) -> float:
    """Bits per character of ``s``'s empirical distribution."""
    if not s:
        return 0.0
    n = len(s)
    return -sum(c / n * math.log2(c / n) for c in Counter(s).values())


def _strip_trailing(doc: str, start: int, end: int, chars: str = _TRAILING) -> int:
    while end > start and doc[end - 1] in chars:
        # keep a closing bracket whose opener is inside the value (URLs with parentheses)
        c = doc[end - 1]
        if c == ")" and doc.count("(", start, end) >= doc.count(")", start, end):
            break
        end -= 1
    return end


def email(doc: str, start: int, end: int) -> Span | None:
    value = doc[start:end]
    # user:password@host inside a connection string is a credential, not an email address
    if start > 0 and doc[start - 1] == ":" and "://" in doc[max(0, start - 80) : start]:
        return None
    # https://key@host/... (e.g. a Sentry DSN) is a URL's userinfo, not an email address
    if doc[max(0, start - 3) : start] == "://":
        return None
    local, _, domain = value.rpartition("@")
    if ".." in value or local.endswith(".") or domain.startswith("-"):
        return None
    # a message's or an event's id has the shape of an address but names no one:
    # "Message-ID: <78fdb778d400dd60.73057@host>", "UID:e81f1f91-fce7-...@google.com"
    line = doc[doc.rfind("\n", 0, start) + 1 : start]
    if _ID_HEADER.match(line) or _UUID_LOCAL.fullmatch(local):
        return None
    # "sip:+15127041300@trunk.example.net": a phone number at a SIP host, no mailbox
    if local.isdigit() and _SIP_BEFORE.search(doc, max(0, start - 6), start):
        return None
    return start, end


_SIP_BEFORE = re.compile(r"(?:sips?|tel):\+?$", re.I)


_ID_HEADER = re.compile(
    r"(?i)\s*(?:message-id|in-reply-to|references|content-id|uid|x-[\w-]*id|resent-message-id)"
    r"\s*[:;]"
)
_UUID_LOCAL = re.compile(r"[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}")


def url(doc: str, start: int, end: int) -> Span | None:
    cut = doc.find("\\n", start, end)  # an escaped line break (JSON, iCalendar) ends it
    if cut > start:
        end = cut
    end = _strip_trailing(doc, start, end)
    value = doc[start:end]
    host = value.split("://", 1)[-1].split("/", 1)[0]
    if "." not in host or host.endswith("."):
        return None
    return start, end


def ipv4(doc: str, start: int, end: int) -> Span | None:
    try:
        ipaddress.IPv4Address(doc[start:end])
    except ValueError:
        return None
    # "1.2.3.4" inside a longer dotted run is a version or an OID, not an address
    if (start > 0 and doc[start - 1] == ".") or (
        end < len(doc) and doc[end : end + 2][:1] == "." and doc[end + 1 : end + 2].isdigit()
    ):
        return None
    return start, end


def ipv6(doc: str, start: int, end: int) -> Span | None:
    # trim to the longest prefix that parses
    while end > start and doc[end - 1] in ".:" and doc[end - 2 : end] != "::":
        end -= 1
    value = doc[start:end]
    if value.count(":") < 2:
        return None
    if start > 0 and (doc[start - 1].isalnum() or doc[start - 1] == ":"):
        return None
    if end < len(doc) and doc[end].isalnum():
        return None
    if (
        doc[end : end + 1] == ":"
        and _HEX_PAIR.match(doc, end + 1)
        and all(len(g) == 2 for g in value.split(":"))
    ):
        return None  # eight byte pairs of a longer colon-hex run (a MAC header dump)
    try:
        ipaddress.IPv6Address(value)
    except ValueError:
        return None
    if "::" not in value and value.count(":") < 7:
        return None
    if not any(c.isalnum() for c in value):
        return None  # a bare "::" is punctuation
    return start, end


_PHONE_CHARS = re.compile(r"[^\d+]")
_NANP_DIGITS = re.compile(r"1?[2-9]\d{9}")
_NANP_PUNCT = re.compile(r"[\d() .-]+")


def _glued(doc: str, start: int, end: int, *, before: str = "-/#_.", separators: str = ".") -> bool:
    """Whether [start, end) is part of a longer token, which is then no phone number: a
    letter or digit against either side, ``before`` characters in front, "-/_" behind, or
    a ``separators`` character and a digit behind (a dotted version, a time)."""
    if start > 0 and (doc[start - 1].isalnum() or doc[start - 1] in before):
        return True
    return (
        end < len(doc)
        and (
            doc[end].isalnum()
            or doc[end] in "-/"
            # "_" glues an identifier ("555_0132_v2"), not a markdown emphasis closing ("..._ ")
            or (doc[end] == "_" and doc[end + 1 : end + 2].isalnum())
            or (doc[end] in separators and doc[end + 1 : end + 2].isdigit())
        )
    )


def phone(doc: str, start: int, end: int) -> Span | None:
    while (
        end > start
        and doc[end - 1] in ") "
        and doc.count("(", start, end) < doc.count(")", start, end) + (doc[end - 1] == " ")
    ):
        end -= 1
    value = doc[start:end]
    digits = _PHONE_CHARS.sub("", value)
    n = len(digits.lstrip("+"))
    if n < 10 or n > 15:
        return None
    if _glued(doc, start, end):  # e.g. an order id or a dotted version
        return None
    return (start, end) if _phone_value_valid(value, digits) else None


@lru_cache(maxsize=4096)
def _phone_value_valid(value: str, digits: str) -> bool:
    """Whether ``value`` (its ``digits``) is a valid phone number to libphonenumber. It
    depends on the value alone, so it is kept: a table's cell is scanned twice, in its
    document and with its column's name."""
    # looks like a date, a time or an ISO timestamp
    if _ISO_DATE.fullmatch(value):
        return False
    if _NANP_DIGITS.fullmatch(digits) and _NANP_PUNCT.fullmatch(value):
        # the common case, a North American number written nationally: what
        # ``phonenumbers.parse(value, "US")`` would build, and US first, as
        # ``is_valid_number`` tries the regions of country code 1 (a third of the cost)
        number = phonenumbers.PhoneNumber(country_code=1, national_number=int(digits[-10:]))
        return bool(
            phonenumbers.is_valid_number_for_region(number, "US")
            or phonenumbers.is_valid_number(number)
        )
    if value.startswith("00"):  # "0034 952 99 07 75": the international prefix of Europe
        try:
            parsed = phonenumbers.parse("+" + value[2:], None)
        except phonenumbers.NumberParseException:
            return False
        return bool(phonenumbers.is_valid_number(parsed))
    try:
        region = None if value.startswith("+") else "US"
        parsed = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return False
    if not phonenumbers.is_valid_number(parsed) and not (
        # written in international format: a possible number for its country is enough
        value.startswith("+") and phonenumbers.is_possible_number(parsed)
    ):
        # "+52 1 81 4620 7650": Mexico's mobile "1", dropped from the numbering plan in
        # 2019 and still written
        mx = _MX_MOBILE_ONE.match(value)
        try:
            if mx is None or not phonenumbers.is_valid_number(
                phonenumbers.parse("+52" + value[mx.end() :], None)
            ):
                return False
        except phonenumbers.NumberParseException:
            return False
    return True


_ISO_DATE = re.compile(r"(?:19|20)\d{2}[-./]\d{2}[-./]\d{2}.*")
_MX_MOBILE_ONE = re.compile(r"\+52[ .-]?1[ .-]?(?=\d)")


_TOLL_FREE = r"8(?:00|33|44|55|66|77|88)"
# area code, then an exchange not starting with 0 or 1, except after a toll-free area code
_NANP = re.compile(
    r"(?:1[-. ]?)?(?:\(([2-9]\d\d)\) ?|([2-9]\d\d)([-.]))"
    rf"([2-9]|(?<={_TOLL_FREE}[-.)])\d|(?<={_TOLL_FREE}\) )\d)\d\d([-.])\d{{4}}"
)


def phone_nanp(doc: str, start: int, end: int) -> Span | None:
    """A North American number by its shape alone: "454-267-0014", "(238) 725-9145",
    "1-871-912-1496", "1.866.044.3660", one separator throughout, area code and exchange
    not starting with 0 or 1 (but a toll-free number's exchange may, as such numbers are
    printed on cards and letters and in test data). An unassigned area code makes a number
    invalid to ``phonenumbers`` but not less a phone number to its reader (nor in test data
    made by Faker and the like); the recognizer scores such shapes just above the threshold,
    so an order or ticket context drops them."""
    m = _NANP.fullmatch(doc, start, end)
    if m is None or (m.group(3) is not None and m.group(3) != m.group(5)):
        return None
    if _glued(doc, start, end, before="-/#_.+$", separators=".:-"):
        return None
    return start, end


# countries whose numbers are often written in national format, without "+<country code>"
_NATIONAL_REGIONS = (
    *("GB", "DE", "FR", "AU", "JP", "BR", "IN", "MX", "IT", "ES", "NL", "CA", "PT", "AT", "CH"),
    *("BE", "IE", "PL", "SE", "AR", "CO", "CL", "ZA", "NZ", "TR", "CZ", "FI"),
)


# where a whole phone number has eight digits ("23 29 89 51", "443 89 690")
_EIGHT_DIGIT_REGIONS = ("DK", "NO")
_warm: list[bool] = []


def new_batch() -> None:
    """Forget the phone numbers the last batch checked. Within a batch a table's cell is
    checked twice, in its document and under its column's name; across batches a kept
    verdict would only help text seen before (and make repeated benchmark passes over the
    same texts look faster than new text is)."""
    _phone_value_valid.cache_clear()
    _valid_in.cache_clear()


def warm() -> None:
    """Load ``phonenumbers``' metadata of the regions the phone rules try, and compile their
    patterns, now: it loads them lazily, so a forked worker would otherwise pay for it
    (about 0.1 s) on its first batch. Idempotent."""
    if _warm:
        return
    for region in (*_NATIONAL_REGIONS, *_EIGHT_DIGIT_REGIONS, "US"):
        example = phonenumbers.example_number(region)
        if example is not None:
            phonenumbers.is_valid_number(example)
    _warm.append(True)


def phone_e164(doc: str, start: int, end: int) -> Span | None:
    """A number stored in E.164 without its plus ("4915235955087", "447850858699"), as call
    records and SMS gateways keep a subscriber's number (MSISDN): valid once "+" is put in
    front. The ``phone_msisdn`` rule tries it only after its key ("a_msisdn", "to=")."""
    if _glued(doc, start, end, before="-/#_.:+"):  # "arn:aws:iam::641509687968:user"
        return None
    try:
        parsed = phonenumbers.parse("+" + doc[start:end], None)
    except phonenumbers.NumberParseException:
        return None
    return (start, end) if phonenumbers.is_valid_number(parsed) else None


_CEP = re.compile(r"\d{5}-\d{3}")


def phone_national(doc: str, start: int, end: int) -> Span | None:
    """A number in a country's national format ("07769 927978", "0173/73063872",
    "(51) 91477-2772", "03-6104-2153"): valid for one of the common regions. Without a
    country code such a number is ambiguous, so the recognizer scores it below the
    threshold and only context ("phone", "call me at", a phone column) lifts it."""
    if not phone_national_shape(doc, start, end):
        return None
    # eight digits are a whole number in Denmark and Norway ("23 29 89 51", "443 89 690"),
    # which have no trunk 0; with a trunk 0, only a free or service line elsewhere, as the
    # Netherlands' and Belgium's "0800-9442"
    digits = _PHONE_CHARS.sub("", doc[start:end])
    eight = len(digits) <= 8 and not digits.startswith(("080", "090"))
    regions = _EIGHT_DIGIT_REGIONS if eight else _NATIONAL_REGIONS
    return (start, end) if _valid_in(doc[start:end], regions) else None


def phone_national_shape(doc: str, start: int, end: int) -> bool:
    """``phone_national``'s checks before it parses the number for two dozen regions: no
    date, no North American or Brazilian postcode shape, not glued to a longer token. The
    scanner runs them before it looks for context words, which most candidates (a card's
    digit groups, a log stamp's "06-09 16") lack."""
    if not _national_shape(doc, start, end):  # the cheapest first
        return False
    value = doc[start:end]
    digits = _PHONE_CHARS.sub("", value)
    if not 8 <= len(digits) <= 12:
        return False
    if _DATE_LIKE.fullmatch(value):
        return False  # a date, also written "20240315"
    if _NANP.fullmatch(value):
        return False  # "(443) 869-7707": North American, the phone and phone_nanp rules' own
    return not _CEP.fullmatch(value)  # "CEP: 04771-408": a Brazilian postcode


_DATE_LIKE = re.compile(
    r"\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|(?:19|20)\d{2}[-./]?(?:0[1-9]|1[0-2])[-./]?[0-3]\d"
)


def _national_shape(doc: str, start: int, end: int) -> bool:
    """[start, end) not glued to a longer token nor one group of a longer run of digit
    groups (a card-like number)."""
    if _glued(doc, start, end, before="-/#_.+", separators=".:"):
        return False
    if start >= 2:
        if doc[start - 1] == ":" and doc[start - 2].isdigit():
            return False  # the seconds of a time stamp: "2024-06-20T20:55:08.406202"
        if doc[start - 1] in " -" and doc[start - 2].isdecimal():
            return False  # "4111 1111 ...": one group of a longer run
    return not (end + 1 < len(doc) and doc[end] in " -" and doc[end + 1].isdecimal())


@lru_cache(maxsize=4096)
def _valid_in(value: str, regions: tuple[str, ...]) -> bool:
    """Whether ``value`` is a valid national number of one of ``regions`` (kept, as
    ``_phone_value_valid``)."""
    for region in regions:
        try:
            parsed = phonenumbers.parse(value, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(parsed):
            return True
    return False


def phone_gb(doc: str, start: int, end: int) -> Span | None:
    """A British number in its own grouping ("07430 852661", "0115 219 9905", "01224
    675958"): ``phone_national``'s checks, valid in Britain."""
    if not _national_shape(doc, start, end):
        return None
    return (start, end) if _valid_in(doc[start:end], ("GB",)) else None


_DATE_NUM = re.compile(r"(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})")


def _plausible_ymd(y: int, m: int, d: int) -> bool:
    if y < 100:
        y += 2000 if y < 40 else 1900
    return 1900 <= y <= 2099 and 1 <= m <= 12 and 1 <= d <= 31


# the format a form asks a date in: "DATE OF BIRTH (YYYYMMDD): "
_FORMAT = r"(?:[ \t]*\((?i:yyyy|yy|mm|dd|[-/. ])+\))?"
_BIRTH_KEY = re.compile(
    r"(?i)(?:dob|d\.o\.b|birth|born)(?:[ _-]?date|day)?" + _FORMAT + r"(?:\W{0,3}|[ .]{3,40})$"
    r"|birth\w*>$"
)
# "SVC_DT: ", "<FillDate>", "service date: ", "SEPARATION DATE THIS PERIOD: ": a key that
# says its value is a date
_DATE_KEY = re.compile(
    r"(?i)(?:date|_dt|\bdt|\bdos)" + _FORMAT + r"\W{0,3}$|date\w*>$|\bdate(?: [a-z]+){1,4}: ?$"
)


def date_compact(doc: str, start: int, end: int) -> Span | None:
    """YYYYMMDD ("19900201") right after a birth key ("<BirthDate>", "DOB: "; a table's cells
    are scanned with their header as such a key): a real calendar date, not inside a
    longer token. Alone, or only near a birth word, such a number is an id or a build."""
    return _compact(doc, start, end, _BIRTH_KEY)


def date_compact_keyed(doc: str, start: int, end: int) -> Span | None:
    """YYYYMMDD right after a date key ("SVC_DT", "<FillDate>"): a date."""
    return _compact(doc, start, end, _DATE_KEY)


def _compact(doc: str, start: int, end: int, key: re.Pattern[str]) -> Span | None:
    line_start = doc.rfind("\n", 0, start) + 1
    if not key.search(doc, max(line_start, start - 40), start):
        return None
    v = doc[start:end]
    try:
        datetime.date(int(v[:4]), int(v[4:6]), int(v[6:8]))
    except ValueError:
        return None
    if start > 0 and (doc[start - 1].isalnum() or doc[start - 1] in "/.-_+"):
        return None
    if end < len(doc) and (doc[end].isalnum() or doc[end] in "/-_"):
        return None
    return start, end


def _timestamp_follows(doc: str, end: int) -> bool:
    """True when the date is the head of a log timestamp (2024-03-05T12:33:01, ... 12:33:01)."""
    tail = doc[end : end + 9]
    if re.match(r"(?:T|[ _])\d{1,2}:\d{2}:\d{2}", tail) or tail[:1] in {"T", "_"}:
        return True
    if tail[:1] != ":":
        return False
    # "2024-03-05:12:33" is a stamp, and so is a line's head "2024-03-05: deployed"; a date
    # closing a phrase before its colon is a date ("address until 14.07.2024: Hotel Ibis")
    start = end - 1
    while start > 0 and not doc[start - 1].isspace():
        start -= 1
    return tail[1:2].isdigit() or not doc[doc.rfind("\n", 0, start) + 1 : start].strip()


_TZ = r"(?: ?(?:UTC|GMT|Z|[ECMP][SD]?T|CET|CEST|BST|IST|JST|AEST))?"
_TIME_SUFFIX = re.compile(
    r",? (?:at )?\d{1,2}(?::\d{2}(?: ?[AaPp]\.?[Mm]\.?)?| ?[AaPp]\.?[Mm]\.?)" + _TZ + "$"
)
_MONTH_DAY = re.compile(
    r"[A-Za-z]{3,9}\.? (\d{1,2})(?:st|nd|rd|th)?\b|\b(\d{1,2})(?:st|nd|rd|th)? (?:of )?[A-Za-z]{3}"
)


def _strip_sentence_dot(doc: str, start: int, end: int) -> int:
    """'5:10 PM.' ends a sentence: drop the dot unless it closes 'p.m.'."""
    if end - start > 2 and doc[end - 1] == "." and doc[end - 3] != ".":
        return end - 1
    return end


_DATE_KEY_BEFORE = re.compile(r"(?i)\b(?:datum|date|dato|data|fecha|am|vom|bis|den)[ \t]*:?[ \t]*$")


def date(doc: str, start: int, end: int) -> Span | None:
    end = _strip_sentence_dot(doc, start, end)
    t = _TIME_SUFFIX.search(doc, start, end)
    date_end = t.start() if t else end
    if t and doc[end : end + 1] == ":":
        return None  # hh:mm:ss follows: a log timestamp
    if not doc[doc.rfind("\n", 0, start) + 1 : start].strip() and (
        (t and _LINE_STAMP.match(doc, end)) or (not t and _STAMP_REST.match(doc, end))
    ):
        return None  # "13/01/2026, 12:30 - Ana: ...": a chat export's line stamp
    m = _DATE_NUM.fullmatch(doc[start:date_end])
    if m is None:
        return None
    a, b, c = (int(g) for g in m.groups())
    seps = re.findall(r"[/.-]", doc[start:date_end])
    if seps[0] != seps[1] and not (seps == ["/", "-"] and len(m.group(3)) == 4):
        return None  # one separator throughout, but Denmark writes "26/9-2025"
    if len(m.group(1)) == 4:
        # "2020.2.1": a dotted year first with an unpadded part is a version, not a date
        ok = _plausible_ymd(a, b, c) and not (
            seps[0] == "." and (len(m.group(2)) == 1 or len(m.group(3)) == 1)
        )
    else:
        ok = _plausible_ymd(c, a, b) or _plausible_ymd(c, b, a)
        if (
            len(m.group(3)) == 2
            and seps[0] == "."
            and not (
                len(m.group(1)) == len(m.group(2)) == 2
                and _DATE_KEY_BEFORE.search(doc, max(0, start - 12), start)
            )
        ):
            # 1.2.24 style is far more often a version than a date; "Datum: 24.06.24" is one
            ok = False
    if not ok or (t is None and _timestamp_follows(doc, end)):
        return None
    # inside a longer token (path, version, id)
    if start > 0 and (doc[start - 1].isalnum() or doc[start - 1] in "/.-_[:"):
        return None
    if end < len(doc) and (
        doc[end].isalnum()
        or doc[end] in "/-_"
        or (doc[end] == "." and doc[end + 1 : end + 2].isdigit())
    ):
        return None
    return start, end


_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"  # months' first letters
_FIRST_WORD = re.compile(r"[a-z]+")
_AMBIGUOUS_MONTH = frozenset({"may", "mar", "jun", "sun", "sat", "wed"})
_WEEKDAY_MONTH = re.compile(r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,? " + _MONTHS)


def date_words(doc: str, start: int, end: int) -> Span | None:
    end = _strip_trailing(doc, start, end, ",")
    end = _strip_sentence_dot(doc, start, end)
    if end < len(doc) and doc[end] == "%":
        return None  # "APR 47%"
    month_day = _MONTH_DAY.search(doc, start, end)
    if month_day and not 1 <= int(month_day.group(1) or month_day.group(2)) <= 31:
        return None
    if end < len(doc) and (doc[end].isalnum() or doc[end] == ":"):
        return None
    if re.match(r"(?:,? ?(?:19|20)\d{2})? \d{1,2}:\d{2}:\d{2}", doc[end : end + 15]):
        return None  # "Nov 15 01:05:58", "Saturday, May 17,2025 20:24:06": a log's stamp
    if start > 0 and (doc[start - 1].isalnum() or doc[start - 1] in "[/:"):
        return None
    # a bare "may 5" / "mar 3" with no year, weekday or time is often not a date ("March 6"
    # is one; "we march 5 miles" is not)
    value = doc[start:end]
    low = value.lower()
    first = _FIRST_WORD.match(low)
    if (
        low[:3] in _AMBIGUOUS_MONTH
        and (first is None or first.group(0) not in ("march", "june") or value[:1] == "m")
        and not re.search(r"\d{4}|at |@|day|\d(?:st|nd|rd|th)|\d:\d\d|\d/\d", low)
        and not _WEEKDAY_MONTH.match(low)  # "Wed Mar 5": a weekday and a month make a date
        # "on May 15", "since Mar 3": a preposition of time before a capitalized month
        and not (value[:1].isupper() and _TIME_PREP_BEFORE.search(doc, max(0, start - 8), start))
    ):
        return None
    if not value[:1].isupper() and not value[:1].isdigit() and value != value.lower():
        return None  # "jUL 5": noise
    return start, end


def date_spoken(doc: str, start: int, end: int) -> Span | None:
    """A date or a time spelled out as speech recognition writes it ("august seventh",
    "the tenth of january nineteen sixty two", "one twenty pm"): a whole word, and a verb's
    "may" or "march" ("i may second that", "we march first") is no month unless a year or a
    preposition of time says so."""
    if (start > 0 and doc[start - 1].isalnum()) or (end < len(doc) and doc[end].isalnum()):
        return None
    low = doc[start:end].lower()
    if low.startswith(("may ", "march ")) and not (
        _SPOKEN_YEAR.search(low) or _SPOKEN_PREP_BEFORE.search(doc, max(0, start - 10), start)
    ):
        return None
    return start, end


_SPOKEN_YEAR = re.compile(r"(?:nineteen|twenty|thousand)[ -]\w+| at ")
_SPOKEN_PREP_BEFORE = re.compile(
    r"(?i)\b(?:on|since|until|till|by|before|after|from|due|is|was|of|for|the)\s$"
)


def month_day_time(doc: str, start: int, end: int) -> Span | None:
    """ "11/19 at 6:00pm" in a sentence; opening its line it is a message's or a log's stamp
    ("12/17 9:05 AM" over a portal message)."""
    line_start = doc.rfind("\n", 0, start) + 1
    if not doc[line_start:start].strip():
        return None
    if start > 0 and (doc[start - 1].isalnum() or doc[start - 1] in "/.-[:"):
        return None
    return start, end


_TIME_PREP_BEFORE = re.compile(r"\b(?:on|since|until|till|by|before|after|due|dated)\s$")
_DATE_BEFORE = re.compile(
    r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})(?:,? |T)$"
)
# what follows a line's opening date and clock in a chat export or a log: "- Ana: ...",
# "] ...", or a table column of a sensor or audit log ("2024-12-26 22:10 | Freezer 2 | …")
_LINE_STAMP = re.compile(r"[ \t]+[-–][ \t]+(?!\d)|\]|[ \t]+\|[ \t]+(?!\d)")
_STAMP_REST = re.compile(
    r",? \d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp]\.?[Mm]\.?)?(?:" + _LINE_STAMP.pattern + ")"
)
_TIME_CUE = re.compile(
    r"(?i)\b(?:at|by|until|till|before|after|from|between|and|to|on)\s*$|[:=]\s*$"
    # a range's second time ("08:00 – 10:00"), a column-aligned time key ("Departure  21:40")
    r"|\d[ \t]*[-–][ \t]*$|\b(?:departure|arrival|boarding|eta|etd|kl\.?|um|à|às|alle|ore)\s*$"
    # "check-out 11:00 AM", "arrives 09:10" closing a line
    r"|\b(?:check-?in|check-?out|departs?|arrives?|lands?|opens?|closes?|pick-?up|due)\s*$"
)
_SPEAKER_NEXT = re.compile(
    r"[ \t]+(?:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?(?: \([^)]*\))?:|<[^\W\d][\w.-]*>[ \t])"
)  # "9:57 PM Ana: ...", an IRC log's "14:43 <camille> ..."


_STAMP_COLUMN = re.compile(
    r"(?:[ ]{2,}|\t)(?=\S)|[ ](?:INF|WRN|ERR|DBG|TRC|FTL|INFO|WARN|WARNING|ERROR|DEBUG|TRACE|"
    r"FATAL|CRIT|NOTICE)\b"
)


# what follows a log entry's clock: a word ("Caller is at home", "escalated to duty
# manager", "AS65216 flapping"), not the other end of a range ("14:00 to 16:00")
_ENTRY_NEXT = re.compile(
    r" (?!(?:to|til|till|until|bis|and|und|a|à|e|y|et|och|og|en|tot|do|ile|ja|or|oder|ou)\b)"
    r"(?:[A-Z][a-z]|[a-z]{2}|[A-Z]{2,}\d)"
)
_LINE_CLOCK = re.compile(r"(?m)^[ \t]*\[?(?:[01]?\d|2[0-3]):[0-5]\d\b")
_RANGE_BEFORE = re.compile(r"(?<![\d:])[0-2]?\d:[0-5]\d-$")
_RANGE_AFTER = re.compile(r"-[0-2]?\d:[0-5]\d(?![\d:])")


_SPEAKER_PAREN = re.compile(r"[ \t]*[^\W\d][^\n\d():]{0,40}\($")


def clock_time(doc: str, start: int, end: int) -> Span | None:
    """A time of day people wrote ("until 18:15", "8:15 PM"), not a machine stamp: not in
    brackets, not followed by seconds or a date, not right after a date (log lines), not a
    chat clock at a line start before a speaker ("9:57 PM Ana: ..."), not a log line's stamp
    ("22:15 - Walk-in ...")."""
    end = _strip_sentence_dot(doc, start, end)
    before = doc[max(0, start - 11) : start]
    # "21:00-21:45": a range's two ends, each a time (a hyphen glues other tokens)
    range_before = _RANGE_BEFORE.search(before) is not None
    range_after = _RANGE_AFTER.match(doc, end) is not None
    # a colon after: its seconds ("10:23:45"), or a chat clock before its words ("9:57 PM:
    # ..."); a sentence's "go off at 7:00 AM:" before a list is a time
    colon_after = doc[end : end + 1] == ":" and (
        doc[end + 1 : end + 2].isdigit() or not doc[doc.rfind("\n", 0, start) + 1 : start].strip()
    )
    if (before.endswith(("[", ":", "/", "+")) or (before.endswith("-") and not range_before)) or (
        doc[end : end + 1] in ("]", "/")
        or colon_after
        or (doc[end : end + 1] == "-" and not range_after)
    ):
        return None
    if re.match(r"\d", doc[end : end + 1]) or (start > 0 and doc[start - 1].isalnum()):
        return None
    if re.match(r" ?[AaPp]\.?[Mm]\b", doc[end : end + 5]):
        return None  # "7:55 AM" is the am/pm recognizer's, whole
    if _DATE_BEFORE.search(before):
        return None
    line_start = doc.rfind("\n", 0, start) + 1
    if not doc[line_start:start].strip() and _SPEAKER_NEXT.match(doc, end):
        return None
    # "22:15 - Walk-in guest ...": a log's line stamp ("09:00 - 10:00 sync" is a time range)
    if not doc[line_start:start].strip() and re.match(r" (?:[-–|] (?!\d)|\| )", doc[end : end + 4]):
        return None  # ... and "07:00 | 120/99 | 94": a table row's first column
    # "08:49  Ximena Ortega / Gr 8 ...", "4:23PM INF 819 commits scanned": a log's or a
    # shift log's line stamp (a column of its own, or before a log level)
    if not doc[line_start:start].strip() and _STAMP_COLUMN.match(doc, end):
        return None
    # "(5:16 PM) Agent Achieng: ...": a chat clock in parentheses opening its line
    if doc[line_start:start].strip() == "(" and doc[end : end + 1] == ")":
        return None
    # "Rebecca Doyle, RN (4:24 PM): Hi Lucy": a chat export's speaker and clock
    if doc[end : end + 2] == "):" and _SPEAKER_PAREN.fullmatch(doc, line_start, start):
        return None
    # "21:59 Passive SI, no plan." over "22:59 Caller is at home.": entries of a call log,
    # each line opened by its clock, are the log's stamps
    if (
        not doc[line_start:start].strip()
        and _ENTRY_NEXT.match(doc, end)
        and len(_LINE_CLOCK.findall(doc)) >= 3
    ):
        return None
    # "Aoife Ferreira  3:44 PM", "jocelyn  (2:08 PM)" closing a short header line: a chat
    # export's clock stamp
    line_end = doc.find("\n", end)
    rest = doc[end : len(doc) if line_end < 0 else line_end]
    head = doc[line_start:start]
    if (
        rest.strip() in ("", ")", "]")
        and 0 < len(head.strip()) <= 40
        and not _TIME_CUE.search(head.rstrip(" ([").rstrip())
    ):
        return None
    return start, end


# "um 10.30 Uhr", "alle ore 10.30", "klo 14.15": the clock word right before, or "Uhr"/"h"
# in the match; never a part of a version ("4.17.20"), an amount ("$13.54") or a share
_DOTTED_CUE = re.compile(
    r"(?i:\b(?:um|ab|bis|von|gegen|alle|ore|dalle|klo|kello|kl\.?|klokken|klockan|godz\.?"
    r"|godzina|saat|om|tot|vanaf|à|às|a las|at|from|until|till))[ \t]$"
)


def dotted_clock(doc: str, start: int, end: int) -> Span | None:
    """A time of day written "10.30" (see :func:`clock_time`), only with its cue."""
    if doc[start - 1 : start] in (".", "$", "€", "£", "v", "V") or doc[end : end + 1] == "%":
        return None
    if re.match(r"\.\d| ?(?:hours?|hrs?|days?|km|mi|kg)\b", doc[end : end + 7]):
        return None
    if not (doc[end - 1].isalpha() or _DOTTED_CUE.search(doc[max(0, start - 12) : start])):
        return None
    return clock_time(doc, start, end)


def ssn(doc: str, start: int, end: int) -> Span | None:
    value = doc[start:end]
    if not _ssn.is_valid(value.replace(" ", "-") if " " in value else value):
        return None
    if start > 0 and (doc[start - 1].isalnum() or doc[start - 1] in "-/#_.+"):
        return None
    if end < len(doc) and (doc[end].isalnum() or doc[end] in "-/_"):
        return None
    return start, end


# a card scheme's first digits and the lengths it issues: Visa 13, 16 or 19 digits,
# Mastercard 16, American Express 15, Discover and JCB 16 to 19, Diners 14 to 19. A 15-digit
# IMEI or IMSI ("354254849252684", "262010708352630") passes the Luhn check as often as any
# number, but no scheme but Amex issues 15 digits
_IIN_LENGTH = re.compile(
    r"4(?:\d{12}|\d{15}|\d{18})|(?:5[1-5]|2[2-7])\d{14}|3[47]\d{13}"
    r"|(?=\d{16,19}$)(?:6(?:011|5|4[4-9]|22)|35)\d+|(?=\d{14,19}$)3(?:0[0-5]|[68])\d+"
)


def credit_card(doc: str, start: int, end: int) -> Span | None:
    value = doc[start:end]
    digits = value.replace(" ", "").replace("-", "")
    if not 13 <= len(digits) <= 19 or not _IIN_LENGTH.fullmatch(digits):
        return None
    seps = {c for c in value if not c.isdigit()}
    if len(seps) > 1:
        return None
    # "+4915278999078": a phone number in international format
    if start > 0 and (doc[start - 1].isalnum() or doc[start - 1] in "-#_/.+"):
        return None
    if end < len(doc) and (doc[end].isalnum() or doc[end] in "-_/"):
        return None
    # one group of a longer digit run (a 22-digit parcel tracking number) is not a card
    if re.search(r"\d[ -]$", doc[max(0, start - 2) : start]) or re.match(
        r"[ -]\d", doc[end : end + 2]
    ):
        return None
    if not _luhn.is_valid(digits):
        return None
    return start, end


def iban(doc: str, start: int, end: int) -> Span | None:
    # the pattern may swallow a trailing group-shaped word: drop trailing groups until valid
    groups = doc[start:end].split(" ")
    for k in range(len(groups), 0, -1):
        value = " ".join(groups[:k])
        # ISO 13616 mod-97 and per-country length/format; national BBAN check digits are
        # not required (many banks' test and legacy numbers lack them, and a detector must
        # err towards finding them)
        if len(value) >= 15 and _iban.is_valid(value, check_country=False):
            return start, start + len(value)
    return None


def digits_6_17(doc: str, start: int, end: int) -> Span | None:
    n = sum(c.isdigit() for c in doc[start:end])
    # "accountId": "718265387852" beside "arn:aws:iam::718265387852:user/...": a cloud
    # account's id, which names no one, not a bank or customer account
    if n == 12 == end - start and "arn:aws:" in doc and f"::{doc[start:end]}:" in doc:
        return None
    return (start, end) if 6 <= n <= 17 else None


def id_like(doc: str, start: int, end: int) -> Span | None:
    value = doc[start:end]
    compact = value.replace(" ", "").replace(".", "").replace("-", "")
    if sum(c.isdigit() for c in compact) < 2 or len(compact) < 5 or len(set(compact)) < 3:
        return None
    # years, dates, amounts and percentages are not ids
    if re.fullmatch(
        r"(?:19|20)\d{2}|\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}|(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2}"
        r"|(?i:YEAR|FY|CY|PY|Q[1-4]) ?(?:19|20)\d{2}",  # "PLAN YEAR 2021", "FY 2024"
        value,
    ):
        return None
    if re.fullmatch(r"\d+(?:\.\d+)?-\d+(?:\.\d+)?", value) and "." in value:
        return None  # "12.0-17.5": a reference range
    if doc[end : end + 1] == "%" or (re.search(r"\d\.\d{1,2}$", value) and " " in value):
        return None  # "Carrier SLA: UPS 54.9%": a share, not a member id
    if _PUBLIC_ID.match(value):
        return None  # "ET POLICY CVE-2019-8171": a vulnerability or standard id, not a person's
    return start, end


_PUBLIC_ID = re.compile(r"(?i)(?:CVE|CWE|GHSA|RFC|ISO|KB|CAPEC)[- ]?\d")


_VIN_MAP = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin(doc: str, start: int, end: int) -> Span | None:
    """North American VIN check digit (49 CFR 565.15); python-stdnum has no VIN module."""
    value = doc[start:end]
    if value.isdigit() or value.isalpha():
        return None
    total = sum(_VIN_MAP[c] * w for c, w in zip(value, _VIN_WEIGHTS, strict=True))
    check = "X" if total % 11 == 10 else str(total % 11)
    return (start, end) if value[8] == check else None


_STREET_WORDS = frozenset(
    [
        "street",
        "st",
        "avenue",
        "ave",
        "road",
        "rd",
        "boulevard",
        "blvd",
        "lane",
        "ln",
        "drive",
        "dr",
        "court",
        "ct",
        "way",
        "place",
        "pl",
        "terrace",
        "ter",
        "parkway",
        "pkwy",
        "circle",
        "cir",
        "highway",
        "hwy",
        "square",
        "sq",
        "trail",
        "trl",
        "crescent",
        "close",
        "row",
        "loop",
        "alley",
        "plaza",
        "gardens",
        "mews",
        "walk",
        "grove",
        "hill",
        "park",
    ]
)


def address(doc: str, start: int, end: int) -> Span | None:
    value = doc[start:end].rstrip(", ")
    words = value.split()
    # "3 Dell XPS Way" is fine, but "2 Factor Auth Park" needs a number that reads like one
    if len(words) < 3:
        return None
    if start > 0 and (doc[start - 1].isalnum() or doc[start - 1] in "#-/.$"):
        return None
    if doc[start - 1 : start] == ":" and doc[start - 2 : start - 1].isdigit():
        return None  # "10:30 Park Ave": a clock time's minutes ("LOCATION:267 W Birch Rd" is fine)
    return start, start + len(value)


_MONTH_DAY_YEAR = re.compile(rf"(?i:{_MONTHS})[a-z]*\.? \d{{1,2}}, (?:19|20)\d{{2}}\b")


def european_street(doc: str, start: int, end: int) -> Span | None:
    """ "Hauptstraße 5, 10115 Berlin", but not "Apr 16, 2023 Francesca" (a date, then a
    name: the month reads as a street, the year as a postcode)."""
    if _MONTH_DAY_YEAR.match(doc, start, end):
        return None
    return start, end


_NOT_NAMES = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "to",
        "of",
        "in",
        "on",
        "at",
        "for",
        "with",
        "from",
        "by",
        "as",
        "is",
        "are",
        "was",
        "be",
        "been",
        "it",
        "this",
        "that",
        "there",
        "here",
        "me",
        "my",
        "we",
        "our",
        "you",
        "your",
        "he",
        "she",
        "they",
        "them",
        "his",
        "her",
        "their",
        "i",
        "not",
        "no",
        "yes",
        "ok",
        "okay",
        "please",
        "thanks",
        "thank",
        "hi",
        "hello",
        "dear",
        "team",
        "all",
        "everyone",
        "sir",
        "madam",
        "customer",
        "support",
        "admin",
        "user",
        "client",
        "patient",
        "doctor",
        "nurse",
        "manager",
        "hr",
        "it",
        "ops",
        "good",
        "great",
        "morning",
        "afternoon",
        "evening",
        "sorry",
        "just",
        "also",
        "so",
        "but",
        "if",
        "when",
        "then",
        "now",
        "today",
        "tomorrow",
        "yesterday",
        "unknown",
        "none",
        "null",
        "na",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "reviewing",
        "writing",
        "calling",
        "asking",
        "looking",
        "checking",
        "following",
        "confirming",
        "reaching",
        "happy",
        "glad",
        "going",
        "trying",
        "here's",
    ]
)


# a form's field labels: "Employer Name, Address, I.D. No.:" lists fields, not a person
_FIELD_LABELS = frozenset(
    "address phone tel telephone fax email e-mail signature title date company employer "
    "occupation city state zip country id".split()
)


def person_name(doc: str, start: int, end: int) -> Span | None:
    words = doc[start:end].split()
    while words and words[-1].lower() in _NOT_NAMES:
        words.pop()
    if not words or words[0].lower() in _NOT_NAMES or words[0] in {"Mr", "Mrs", "Ms", "Dr"}:
        return None
    if words[0].lower().rstrip(",") in _FIELD_LABELS:
        return None
    value = " ".join(words)
    if _TITLE_LINE_END.search(doc, max(0, start - 12), start):
        return None  # "Title: DR\nRouting:", "Mrs   Family name:": a key after a title's field
    line = doc[doc.rfind("\n", 0, start) + 1 : start]
    if _YAML_NAME.fullmatch(line) and _LOWER_WORD.match(doc, end):
        return None  # "- name: Configure credentials": a step's name, a phrase
    if _GROUP_AFTER.match(doc, start + len(value)):
        return None  # "Dear Board members", "Hi Finance team": a group, no one person
    return start, start + len(value)


_GROUP_AFTER = re.compile(
    r" (?:members|team|colleagues|committee|staff|users|customers|residents|families|parents"
    r"|owners|tenants|volunteers|department|dept|office|desk)\b"
)


_YAML_NAME = re.compile(r"[ \t]*-?[ \t]*name:[ \t]*")
# a title ending its field: the next line's key, or the next field's after a column gap
_TITLE_LINE_END = re.compile(
    r"(?i)\b(?:mr|mrs|ms|miss|dr|prof)\.?(?:[ \t]*\r?\n[ \t]*| {3,}|\t[ \t]*)$"
)
_LOWER_WORD = re.compile(r" [a-z]")


# words of a sender that is a firm or a mailbox, not a person: "Acme Billing Team"
_MAILBOX_WORDS = frozenset(
    """team billing support service services notifications notification noreply no-reply
    admin administrator info sales help helpdesk desk customer care department dept office
    accounts accounting hr it security alerts alert news newsletter marketing payments
    orders shop store inc llc ltd gmbh corp company bank clinic hospital pharmacy group
    portal system systems bot mailer daemon postmaster the donotreply hello contact
    mail verification verify wallet exchange finance money crypto compliance kyc fraud
    reply receipts statements""".split()
)


def display_name(doc: str, start: int, end: int) -> Span | None:
    """The name before an e-mail address in a From/To header, when it is a person's."""
    span = person_name(doc, start, end)
    if span is None:
        return None
    # the whole display name: "Fennec Money Support" is a firm's, its name cut or not
    words = doc[start:end].lower().replace(".", " ").split()
    if any(w in _MAILBOX_WORDS for w in words) or len(doc[span[0] : span[1]].split()) > 4:
        return None
    box = _MAILBOX.match(doc, end)  # "Nordloft <noreply@nordloft.eu>": a firm's mailbox
    if box and any(w in _MAILBOX_WORDS for w in re.split(r"[._+-]", box.group(1).lower())):
        return None
    return span


_MAILBOX = re.compile(r"\s*<([^@>\s]{1,64})@")


def _b64url_json(part: str) -> object:
    padded = part + "=" * (-len(part) % 4)
    return json.loads(base64.urlsafe_b64decode(padded))


def jwt(doc: str, start: int, end: int) -> Span | None:
    header = doc[start:end].split(".", 1)[0]
    try:
        obj = _b64url_json(header)
    except (ValueError, binascii.Error, UnicodeDecodeError):
        return None
    return (start, end) if isinstance(obj, dict) and "alg" in obj else None


_PLACEHOLDER = re.compile(
    r"(?i)^(?:<.*>|\$\{.*\}?|\{\{.*\}?\}?|%\(?\w*\)?s|\*+|x{3,}|\.{3,}|#+|"
    r"redacted|\[redacted\]|hidden|masked|none|null|nil|undefined|empty|n/?a|true|false|"
    r"change[_-]?me|changeme_?placeholder|todo|tbd|fixme|not[_-]?set|unset|dummy|test|"
    r"your[_-]?\w*|example\w*|placeholder|secret|password|passwd|"
    r"required|optional|strict|lax|weak|strong|reset|expired|policy|[a-z]+_[a-z_]+)$"
)
_WORDLIKE = re.compile(r"^[a-z]+$")
# where a secret comes from, not the secret: os.environ.get(, config["db"][, process.env.X,
# vault:secret/.., secrets.DB_PASS, arn:aws:secretsmanager:.. A dotted call or subscript, or
# a secret store's scheme: a password like "Winter2024(!x" is no reference.
_REFERENCE = re.compile(
    r"^(?:(?:[A-Za-z_]\w*\.)+[A-Za-z_]\w*[(\[]|[A-Za-z_]\w*[(\[]$|process\.env\.|"
    r"secrets\.[A-Za-z_]|(?:vault|ssm|secretsmanager|arn|op|keyvault):|"
    r"\$\{?[A-Za-z_]\w*\}?$|%[A-Za-z_]\w*%$)"  # "$PGPASS", "${DB_PASS}", "%DB_PASS%"
)
# an absolute or home-relative file path
_PATH = re.compile(r"(?:~|\.{1,2})?/(?:[\w.@+-]+/?)*")
# a password after a bare "pw" must look like one: a digit or a symbol among letters
_TOKENLIKE = re.compile(r"^(?=.*[A-Za-z])(?=.*[\d\W_]).{6,}$")


_CRYPT_HASH = re.compile(r"\$(?:2[abxy]?|1|5|6|y|argon2(?:id|i|d)|pbkdf2[\w-]*|scrypt)\$")


def password(doc: str, start: int, end: int) -> Span | None:
    value = doc[start:end]
    if _PLACEHOLDER.match(value) or len(set(value)) < 3 or _REFERENCE.match(value):
        return None
    if _PATH.fullmatch(value):
        return None  # "PWD=/home/ezra" in a sudo log: the working directory
    if value.endswith(":"):
        return None  # "chpasswd:\n  list: |": the next key, not a value
    if _CRYPT_HASH.match(value):
        return None  # "$2b$12$...", "$argon2id$...": a stored hash, no password
    # a plain lowercase word after "password is" is prose more often than a password
    if _WORDLIKE.match(value) and len(value) < 10:
        before = doc[max(0, start - 12) : start].lower()
        if "=" not in before and ":" not in before:
            return None
    return start, end


_UUID = re.compile(r"[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}")
_HEX = re.compile(r"[0-9a-f]+|[0-9A-F]+")


# Stripe object ids (payment-method tokens, customers, charges) identify, they do not authorize
_NOT_SECRET_PREFIX = re.compile(r"^(?:tok|pm|cus|ch|pi|src|card|prod|price|sub|in|txn)_")


def access_code(doc: str, start: int, end: int) -> Span | None:
    """A PIN or a gate's code: short and often of two digits ("3939"); not a mask or one
    repeated character ("0000", "xxxx")."""
    value = doc[start:end]
    if _PLACEHOLDER.match(value) or len(set(value)) < 2:
        return None
    if _WORDLIKE.match(value):
        return None  # "access code expired"
    return start, end


def password_token(doc: str, start: int, end: int) -> Span | None:
    """A password after a bare key word ("user svc / pw O-mgWXvTP0gE"): words are not
    ("the pw requirements", "PW Ventures")."""
    if not _TOKENLIKE.match(doc[start:end]):
        return None
    if re.fullmatch(r"\+?[\d ().-]{7,}", doc[start:end]):
        return None  # "my number changed, new one is 1-970-935-5321": a phone number
    return password(doc, start, end)


def high_entropy(doc: str, start: int, end: int) -> Span | None:
    value = doc[start:end].rstrip(".,")
    end = start + len(value)
    if _PLACEHOLDER.match(value) or len(value) < 16 or _NOT_SECRET_PREFIX.match(value):
        return None
    if _REFERENCE.match(value):
        return None
    if is_placeholder_token(value):
        return None
    classes = sum(
        (
            any(c.islower() for c in value),
            any(c.isupper() for c in value),
            any(c.isdigit() for c in value),
        )
    )
    # hex keys ("API key: ebd606c0...") draw from 16 symbols: their entropy tops out at 4
    floor = 3.0 if len(value) >= 24 and _HEX.fullmatch(value) else 3.5
    if classes < 2 or shannon_entropy(value) < floor:
        return None
    # dotted versions, paths, dashed UUIDs (a path holds only word characters, dots and
    # dashes between its slashes; base64 has "+" or "=" as well)
    if (value.count("/") > 2 and _PATH_LIKE.fullmatch(value)) or re.fullmatch(
        r"[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}", value
    ):
        return None
    return start, end


_PATH_LIKE = re.compile(r"[~.]?/?[\w.-]+(?:/[\w.-]+)+/?")
_FILLER = re.compile(r"(?i)example|placeholder|your|here|changeme|dummy|redacted|sample|fake")
_RUN = re.compile(r"(.)\1{5,}")


def is_placeholder_token(body: str) -> bool:
    """A vendor token's body that is documentation filler, not a credential.

    AWS documents AKIAIOSFODNN7EXAMPLE; READMEs write ghp_xxxx... or sk_live_<your key>.
    A real token body is random: no filler words, no long runs, many distinct characters.
    """
    return bool(_FILLER.search(body) or _RUN.search(body)) or len(set(body)) < 8


def vendor_token(doc: str, start: int, end: int) -> Span | None:
    """GitHub, Slack, Stripe and similar prefixed tokens: reject placeholders."""
    value = doc[start:end]
    body = value.split("_", 2)[-1] if "_" in value else value.split("-", 1)[-1]
    if is_placeholder_token(body):
        return None
    return start, end


def aws_key_id(doc: str, start: int, end: int) -> Span | None:
    """Reject placeholder key ids: AWS's documented AKIA...EXAMPLE, repeated letters."""
    value = doc[start:end]
    if len(set(value[4:])) < 6 or is_placeholder_token(value[4:]):
        return None
    return start, end


_PEM_LINE = re.compile(r"^-----(?:BEGIN|END) .*-----$|^[A-Za-z-]+: .*$")


def _unmarked(line: str) -> str:
    """A line without a diff or quote marker ("-MIIE...", "+MIIE...", "> MIIE...")."""
    if line[:1] in "+>" or (line[:1] == "-" and not line.startswith("-----")):
        return line[1:].strip()
    return line[1:] if line.startswith("------") else line


def pem_private_key(doc: str, start: int, end: int) -> Span | None:
    """A PEM block whose body is base64 key material, not '<paste key here>'. The block may
    sit JSON-escaped in a config value ('-----BEGIN ...-----\\nMIIE...'), or in a diff or
    a quote, its lines marked with '-', '+' or '>' (no base64 character)."""
    block = doc[start:end].replace("\\n", "\n").replace("\\r", "")
    lines = [_unmarked(x.strip()) for x in block.splitlines()]
    body = "".join(x for x in lines if not _PEM_LINE.match(x))
    if len(body) < 64 or re.search(r"[^A-Za-z0-9+/=]", body) or _FILLER.search(body):
        return None
    return start, end


_AWS_CONTEXT = re.compile(r"(?i)\b(?:aws|amazon|iam|boto3?|s3)\b|\bA(?:KIA|SIA)[A-Z0-9]{16}\b")


def aws_secret(doc: str, start: int, end: int) -> Span | None:
    """A 40-character secret after a secret-like key is AWS's only when the document is
    about AWS (an access key id, 'aws', 'iam', 's3'...)."""
    value = doc[start:end]
    if shannon_entropy(value) < 4.0 or is_placeholder_token(value):
        return None
    key = doc[max(0, start - 40) : start].lower()
    if "aws" not in key and "access" not in key and not _AWS_CONTEXT.search(doc):
        return None
    return start, end


def mac(doc: str, start: int, end: int) -> Span | None:
    """Six bytes in hex, not part of a longer run of them (an iptables "MAC=" field is two
    addresses and an ether type in one run of fourteen)."""
    sep = doc[start + 2]
    if doc[end : end + 1] == sep and _HEX_PAIR.match(doc, end + 1):
        return None
    if start >= 3 and doc[start - 1] == sep and _HEX_PAIR.match(doc, start - 3):
        return None
    return start, end


_HEX_PAIR = re.compile(r"[0-9A-Fa-f]{2}")


# cheap checks a validator would make first, for the scanner to run before it looks for
# the context words a recognizer scored below the threshold needs: False means the validator
# would fail
PRECHECKS: dict[str, Callable[[str, int, int], bool]] = {
    "phone_national": phone_national_shape,
}

VALIDATORS: dict[str, Validator] = {
    "mac": mac,
    "email": email,
    "url": url,
    "ipv4": ipv4,
    "ipv6": ipv6,
    "phone": phone,
    "phone_national": phone_national,
    "phone_e164": phone_e164,
    "phone_gb": phone_gb,
    "month_day_time": month_day_time,
    "display_name": display_name,
    "phone_nanp": phone_nanp,
    "date_compact": date_compact,
    "date_compact_keyed": date_compact_keyed,
    "password_token": password_token,
    "access_code": access_code,
    "date": date,
    "date_words": date_words,
    "date_spoken": date_spoken,
    "clock_time": clock_time,
    "dotted_clock": dotted_clock,
    "ssn": ssn,
    "credit_card": credit_card,
    "iban": iban,
    "digits_6_17": digits_6_17,
    "id_like": id_like,
    "vin": vin,
    "address": address,
    "european_street": european_street,
    "person_name": person_name,
    "jwt": jwt,
    "password": password,
    "high_entropy": high_entropy,
    "aws_secret": aws_secret,
    "aws_key_id": aws_key_id,
    "vendor_token": vendor_token,
    "pem_private_key": pem_private_key,
}
