"""The policy file: parsing, errors with file:line:col, schema, suggestions and the HIPAA
Safe Harbor profile."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from veil.anonymize.policy import (
    Generalize,
    Keep,
    Tokenize,
    load_policy,
    parse_policy,
    policy_schema,
)
from veil.anonymize.suggest import SMALL_ZIP3, suggest_policy
from veil.errors import ConfigError, UsageError
from veil.types import ColumnClass, EntityType, HipaaIdentifier

ISSUE_EXAMPLE = """\
version: 1
default: keep            # or drop: columns not listed are removed
columns:
  name:      {action: drop}
  email:     {action: tokenize, namespace: email}
  ssn:       {action: mask, keep_last: 4}
  phone:     {action: fake}
  zip:       {action: generalize, truncate: 3}
  birthdate: {action: generalize, date: year}
  age:       {action: generalize, hierarchy: hierarchies/age.csv}   # or bins: [0, 18, 30, 50, 70]
  notes:     {action: scrub}   # detect and replace spans in free text
privacy:
  quasi_identifiers: [age, zip, sex]
  sensitive: [diagnosis]
  k: 10
  l: 3                 # distinct l-diversity (l_entropy: for entropy l-diversity)
  t: 0.2               # t-closeness, earth mover's distance
  max_suppression: 0.05
  algorithm: local     # or full-domain
"""


def test_the_issue_example_parses(tmp_path: Path) -> None:
    f = tmp_path / "policy.yaml"
    f.write_text(ISSUE_EXAMPLE)
    p = load_policy(f)
    assert p.default == "keep" and p.privacy is not None
    assert (p.privacy.k, p.privacy.l, p.privacy.t, p.privacy.max_suppression) == (10, 3, 0.2, 0.05)
    assert isinstance(p.columns["email"], Tokenize) and p.columns["email"].namespace == "email"
    age = p.columns["age"]
    assert isinstance(age, Generalize)
    assert p.hierarchy_path(age) == tmp_path / "hierarchies/age.csv"
    assert isinstance(p.rule("unlisted"), Keep)
    assert p.privacy.quasi_identifiers == ["age", "zip", "sex"]


@pytest.mark.parametrize(
    ("text", "where", "message"),
    [
        ("columns:\n  age: {action: blur}\n", "p.yaml:2:8", "unknown action"),
        ("columns:\n  age: {bins: [1]}\n", "p.yaml:2:8", "missing 'action'"),
        (
            "columns:\n  a: {action: mask, keep_last: -1}\n",
            "p.yaml:2:32",
            "columns.a.keep_last: Input should be greater than or equal to 0",
        ),
        (
            "columns:\n  age:\n    action: generalize\n    bins: [0, 18, 10]\n",
            "p.yaml:3:5",
            "bins must be increasing",
        ),
        (
            "columns:\n  age: {action: generalize, bins: [1, 2], date: year}\n",
            "p.yaml:2:8",
            "exactly one of bins, date, truncate, hierarchy (got bins, date)",
        ),
        (
            "privacy:\n  quasi_identifiers: [a]\n  l: 2\n",
            "p.yaml:2:3",
            "need at least one sensitive",
        ),
        (
            "privacy:\n  quasi_identifiers: [a]\n  k: 0\n",
            "p.yaml:3:6",
            "greater than or equal to 1",
        ),
        ("version: 2\n", "p.yaml:1:10", "version"),
        ("colums: {}\n", "p.yaml:1:9", "Extra inputs are not permitted"),
        ("columns: [a, b\n", "p.yaml:2:1", "invalid YAML"),
        ("- just a list\n", "p.yaml:1:1", "a policy is a mapping"),
        ("columns:\n  a: {action: keep}\n  a: {action: drop}\n", "p.yaml:3:3", "duplicate key 'a'"),
    ],
)
def test_errors_name_file_line_and_column(text: str, where: str, message: str) -> None:
    with pytest.raises(ConfigError) as e:
        parse_policy(text, "p.yaml")
    assert str(e.value).startswith(where + ":"), str(e.value)
    assert message in str(e.value)


def test_schema_is_json_schema_of_the_policy() -> None:
    schema = json.loads(policy_schema())
    assert schema["title"] == "veil policy"
    assert {"version", "default", "columns", "privacy"} <= set(schema["properties"])
    assert "base_dir" not in schema["properties"]
    text = json.dumps(schema)
    for action in ("keep", "drop", "tokenize", "generalize", "scrub", "fake", "encrypt"):
        assert f'"{action}"' in text


def _col(name: str, et: EntityType | None = None, *, free_text: bool = False) -> ColumnClass:
    return ColumnClass(name, et, 1.0 if et else 0.0, 1.0 if et else 0.0, 10, free_text=free_text)


def test_suggest_tokenizes_direct_identifiers_and_generalizes_quasi_identifiers() -> None:
    cols = [
        _col("customer_id"),
        _col("name", EntityType.PERSON),
        _col("email", EntityType.EMAIL_ADDRESS),
        _col("dob", EntityType.DATE_OF_BIRTH),
        _col("zip"),
        _col("age"),
        _col("sex"),
        _col("notes", free_text=True),
        _col("api_key", EntityType.AWS_SECRET_KEY),
        _col("plan"),
    ]
    text = suggest_policy(cols, k=5)
    p = parse_policy(text, "suggested.yaml")  # what it writes is a valid policy
    actions = {c: r.action for c, r in p.columns.items()}
    assert actions == {
        "customer_id": "hash",
        "name": "drop",
        "email": "tokenize",
        "dob": "generalize",
        "zip": "generalize",
        "age": "keep",
        "sex": "keep",
        "notes": "scrub",
        "api_key": "drop",
        "plan": "keep",
    }
    assert p.privacy is not None and p.privacy.k == 5
    assert p.privacy.quasi_identifiers == ["dob", "zip", "age", "sex"]
    assert "# name (HIPAA A)" in text
    with pytest.raises(UsageError, match="unknown profile"):
        suggest_policy(cols, profile="gdpr-magic")


# One column per HIPAA Safe Harbor identifier (A-R), as a scan would classify it.
HIPAA_COLUMNS: dict[HipaaIdentifier, ColumnClass] = {
    HipaaIdentifier.NAMES: _col("patient_name", EntityType.PERSON),
    HipaaIdentifier.GEOGRAPHIC: _col("street", EntityType.ADDRESS),
    HipaaIdentifier.DATES: _col("admission_date", EntityType.DATE_TIME),
    HipaaIdentifier.TELEPHONE: _col("phone", EntityType.PHONE_NUMBER),
    HipaaIdentifier.FAX: _col("fax", EntityType.PHONE_NUMBER),
    HipaaIdentifier.EMAIL: _col("email", EntityType.EMAIL_ADDRESS),
    HipaaIdentifier.SSN: _col("ssn", EntityType.US_SSN),
    HipaaIdentifier.MEDICAL_RECORD: _col("mrn", EntityType.MEDICAL_RECORD_NUMBER),
    HipaaIdentifier.HEALTH_PLAN: _col("plan_member", EntityType.HEALTH_PLAN_NUMBER),
    HipaaIdentifier.ACCOUNT: _col("account", EntityType.ACCOUNT_NUMBER),
    HipaaIdentifier.CERTIFICATE_LICENSE: _col("license", EntityType.DRIVER_LICENSE),
    HipaaIdentifier.VEHICLE: _col("vin", EntityType.VEHICLE_ID),
    HipaaIdentifier.DEVICE: _col("pacemaker_serial", EntityType.DEVICE_ID),
    HipaaIdentifier.URL: _col("homepage", EntityType.URL),
    HipaaIdentifier.IP_ADDRESS: _col("last_ip", EntityType.IP_ADDRESS),
    HipaaIdentifier.BIOMETRIC: _col("fingerprint_template"),
    HipaaIdentifier.PHOTO: _col("face_photo"),
    HipaaIdentifier.OTHER_UNIQUE: _col("patient_id"),
}


def test_hipaa_profile_removes_or_generalizes_all_18_identifiers() -> None:
    assert set(HIPAA_COLUMNS) == set(HipaaIdentifier)  # all 18, A-R
    cols = [*HIPAA_COLUMNS.values(), _col("zip"), _col("age"), _col("diagnosis")]
    p = parse_policy(suggest_policy(cols, profile="hipaa-safe-harbor"), "hipaa.yaml")
    assert p.default == "drop"
    for ident, col in HIPAA_COLUMNS.items():
        rule = p.columns[col.column]
        if ident is HipaaIdentifier.DATES:
            assert isinstance(rule, Generalize) and rule.date == "year", ident
        else:
            assert rule.action == "drop", (ident, col.column, rule)
    zip_rule, age_rule = p.columns["zip"], p.columns["age"]
    assert isinstance(zip_rule, Generalize) and zip_rule.truncate == 3
    assert zip_rule.small_zip3 == SMALL_ZIP3 and len(SMALL_ZIP3) == 17
    assert isinstance(age_rule, Generalize) and age_rule.top_code == 89
    assert p.columns["diagnosis"].action == "keep"
    assert yaml.safe_load(suggest_policy(cols, profile="hipaa-safe-harbor"))["version"] == 1
