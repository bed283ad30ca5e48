"""``veil policy suggest``: a starting policy from what ``veil scan`` found in a table.

Direct identifiers are tokenized (so joins survive) or dropped, quasi-identifiers are
generalized and put under k-anonymity, free text is scrubbed. The result is YAML with a
comment per column saying why, for a person to edit. The built-in profile
``hipaa-safe-harbor`` removes or generalizes all 18 HIPAA identifiers (45 CFR
164.514(b)(2)): ZIP codes to 3 digits (000 for the 17 ZIP-3 areas under 20,000 people),
dates to the year, ages over 89 to ``90+``, everything else identifying dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import yaml

from veil.errors import UsageError
from veil.types import ColumnClass, EntityType

__all__ = ["PROFILES", "SMALL_ZIP3", "suggest_policy"]

PROFILES = ("default", "hipaa-safe-harbor")

SMALL_ZIP3 = [
    "036",
    "059",
    "063",
    "102",
    "203",
    "556",
    "692",
    "790",
    "821",
    "823",
    "830",
    "831",
    "878",
    "879",
    "884",
    "890",
    "893",
]
"""ZIP-3 areas with 20,000 or fewer people (HHS guidance, 2000 Census), written as 000."""

_TOKENIZE = {
    EntityType.EMAIL_ADDRESS: "email",
    EntityType.PHONE_NUMBER: "phone",
    EntityType.US_SSN: "ssn",
    EntityType.CREDIT_CARD: "card",
    EntityType.IBAN_CODE: "iban",
    EntityType.ACCOUNT_NUMBER: "account",
    EntityType.MEDICAL_RECORD_NUMBER: "mrn",
    EntityType.HEALTH_PLAN_NUMBER: "health-plan",
    EntityType.DRIVER_LICENSE: "license",
    EntityType.US_PASSPORT: "passport",
    EntityType.VEHICLE_ID: "vehicle",
    EntityType.DEVICE_ID: "device",
}
_ZIP = re.compile(r"zip|postal|postcode|plz", re.I)
_AGE = re.compile(r"^age$|_age$|^age_", re.I)
_DEMOGRAPHIC = re.compile(r"^(sex|gender|race|ethnicity|marital.?status|education)$", re.I)
_ID = re.compile(r"(^|[_\- ])(id|uuid|number|no|nr)$|^id[_\- ]", re.I)
_PHOTO_BIO = re.compile(r"photo|image|picture|face|fingerprint|retina|voice|biometric", re.I)


def _rule(col: ColumnClass, profile: str) -> tuple[dict[str, object], str, bool]:
    """(rule, why, is a quasi-identifier)."""
    name, et = col.column, col.entity_type
    hipaa = profile == "hipaa-safe-harbor"
    if _ZIP.search(name):
        rule: dict[str, object] = {"action": "generalize", "truncate": 3}
        if hipaa:
            rule["small_zip3"] = list(SMALL_ZIP3)
        return rule, "ZIP code: first 3 digits (HIPAA B)", True
    if _AGE.search(name):
        if hipaa:
            return {"action": "generalize", "top_code": 89}, "age: over 89 -> 90+ (HIPAA C)", True
        return {"action": "keep"}, "age: quasi-identifier, generalized by the privacy model", True
    if _DEMOGRAPHIC.search(name) and et is None:
        return {"action": "keep"}, "demographic quasi-identifier", True
    if _PHOTO_BIO.search(name):
        return {"action": "drop"}, "photo or biometric (HIPAA P/Q)", False
    if col.free_text:
        return {"action": "scrub"}, "free text: sensitive spans replaced", False
    if et is None and _ID.search(name):
        if hipaa:
            return {"action": "drop"}, "record identifier (HIPAA R)", False
        return {"action": "hash"}, "record identifier: keyed pseudonym, joins survive", False
    if et is None:
        return {"action": "keep"}, "nothing sensitive found", False
    if et in (EntityType.DATE_OF_BIRTH, EntityType.DATE_TIME):
        return {"action": "generalize", "date": "year"}, "date: year only (HIPAA C)", True
    if et is EntityType.PERSON:
        return {"action": "drop"}, "name (HIPAA A)", False
    if et in (EntityType.ADDRESS, EntityType.LOCATION):
        return {"action": "drop"}, "address or place below state level (HIPAA B)", False
    if et.is_secret:
        return {"action": "drop"}, "secret: never in training data", False
    if et in (EntityType.URL, EntityType.IP_ADDRESS):
        return {"action": "drop"}, f"{et.value} (HIPAA N/O)", False
    if et in _TOKENIZE:
        if hipaa:
            letter = et.hipaa.value if et.hipaa else "R"
            return {"action": "drop"}, f"{et.value} (HIPAA {letter})", False
        return (
            {"action": "tokenize", "namespace": _TOKENIZE[et], "format": "deterministic"},
            f"{et.value}: deterministic token, joins survive",
            False,
        )
    if hipaa and et.hipaa is not None:
        return {"action": "drop"}, f"{et.value} (HIPAA {et.hipaa.value})", False
    return {"action": "hash"}, f"{et.value}: keyed pseudonym", False


def suggest_policy(columns: Sequence[ColumnClass], *, profile: str = "default", k: int = 10) -> str:
    if profile not in PROFILES:
        raise UsageError(f"unknown profile {profile!r}; choose one of {', '.join(PROFILES)}")
    rules: dict[str, dict[str, object]] = {}
    why: dict[str, str] = {}
    qis: list[str] = []
    for col in columns:
        rule, reason, qi = _rule(col, profile)
        rules[col.column] = rule
        why[col.column] = reason
        if qi and rule["action"] != "drop":
            qis.append(col.column)
    doc: dict[str, object] = {"version": 1, "default": "drop" if profile != "default" else "keep"}
    lines = [
        f"# veil policy suggested from a scan (profile: {profile}); review before use.",
        "# Actions: keep drop redact mask fake hash tokenize encrypt generalize suppress scrub",
        yaml.safe_dump(doc, sort_keys=False).rstrip(),
        "columns:",
    ]
    for name, rule in rules.items():
        body = yaml.safe_dump(rule, default_flow_style=True, sort_keys=False, width=200).strip()
        lines.append(
            f"  {yaml.safe_dump(name).strip().removesuffix('...').strip()}: {body}  # {why[name]}"
        )
    if qis and profile == "default":
        lines += [
            "privacy:",
            f"  quasi_identifiers: {yaml.safe_dump(qis, default_flow_style=True).strip()}",
            f"  k: {k}",
            "  max_suppression: 0.05",
            "  algorithm: local",
        ]
    return "\n".join(lines) + "\n"
