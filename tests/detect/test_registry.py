"""The YAML recognizer registry: user files add, replace and disable recognizers; every kind
of bad file is a ConfigError that says which file and which recognizer."""

from __future__ import annotations

import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from veil.config import get_settings
from veil.detect import Detector, RecognizerSpec, load_registry
from veil.errors import ConfigError
from veil.types import EntityType

EMPLOYEE = """\
version: 1
recognizers:
  - name: employee_id
    type: CUSTOM
    regex: 'EMP-\\d{6}'
    score: 0.9
"""
TEXT = "Employee EMP-123456 (bob@example.com, SSN 123-45-6789) badge EMP-12345 expired"


def write(tmp_path: Path, body: str, name: str = "recognizers.yaml") -> Path:
    p = tmp_path / name
    p.write_text(textwrap.dedent(body), encoding="utf-8")
    return p


def pairs(d: Detector, text: str) -> set[tuple[str, str]]:
    return {(f.entity_type.value, text[f.start : f.end]) for f in d.find(text)}


def test_builtin_registry_loads_with_unique_names() -> None:
    recs = load_registry()
    names = [r.name for r in recs]
    assert len(names) == len(set(names))
    for required in ("email", "us_ssn", "credit_card", "iban", "jwt", "private_key", "password"):
        assert required in names
    assert all(isinstance(r.spec, RecognizerSpec) for r in recs)


@pytest.fixture(scope="module")
def custom_hyperscan(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Detector]:
    """A Hyperscan detector with a user file: one plain pattern, one that needs ``re``."""
    path = write(
        tmp_path_factory.mktemp("reg"),
        EMPLOYEE
        + """\
  - name: ticket_ref
    type: CUSTOM
    regex: 'TCK-(?=\\d{4}\\b)\\d{4}'
    score: 0.8
""",
    )
    with Detector(ner=False, recognizers=path) as d:
        yield d


def test_user_recognizer_is_found(custom_hyperscan: Detector) -> None:
    got = pairs(custom_hyperscan, TEXT)
    assert ("CUSTOM", "EMP-123456") in got
    assert ("CUSTOM", "EMP-12345") not in got  # five digits: no match
    # built-ins still run beside it
    assert ("EMAIL_ADDRESS", "bob@example.com") in got
    assert ("US_SSN", "123-45-6789") in got
    (f,) = [f for f in custom_hyperscan.find(TEXT) if f.entity_type is EntityType.CUSTOM]
    assert f.recognizer == "employee_id"
    assert f.score == pytest.approx(0.9)
    assert "employee_id" in f.explanation


def test_pattern_hyperscan_cannot_compile_falls_back_to_re(custom_hyperscan: Detector) -> None:
    assert custom_hyperscan.engine == "hyperscan+re"
    text = "see TCK-0042 and TCK-00421"
    assert [v for t, v in pairs(custom_hyperscan, text) if t == "CUSTOM"] == ["TCK-0042"]


def test_user_recognizer_via_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VEIL_RECOGNIZERS", str(write(tmp_path, EMPLOYEE)))
    get_settings.cache_clear()
    try:
        d = Detector(ner=False, use_hyperscan=False)
        assert ("CUSTOM", "EMP-123456") in pairs(d, TEXT)
    finally:
        monkeypatch.delenv("VEIL_RECOGNIZERS")
        get_settings.cache_clear()


def test_user_recognizer_replaces_builtin_of_same_name(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """\
        recognizers:
          - name: email
            type: CUSTOM
            regex: 'EMP-\\d{6}'
        """,
    )
    d = Detector(ner=False, recognizers=path, use_hyperscan=False)
    got = pairs(d, TEXT)
    assert ("CUSTOM", "EMP-123456") in got
    assert not any(t == "EMAIL_ADDRESS" for t, _ in got)  # the built-in email is gone
    assert [r.name for r in load_registry(path)].count("email") == 1


def test_enabled_false_disables_a_builtin(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """\
        recognizers:
          - name: us_ssn
            type: US_SSN
            regex: 'unused'
            enabled: false
        """,
    )
    assert "us_ssn" not in [r.name for r in load_registry(path)]
    d = Detector(ner=False, recognizers=path, use_hyperscan=False)
    got = pairs(d, TEXT)
    assert not any(t == "US_SSN" for t, _ in got)
    assert ("EMAIL_ADDRESS", "bob@example.com") in got


def test_user_recognizer_with_value_group_validator_and_context(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """\
        recognizers:
          - name: partner_card
            type: CUSTOM
            prefilter: 'partner card'
            ignore_case: true
            regex: '(?i:partner card)[: ]+(?P<value>\\d{16})'
            score: 0.4
            validator: credit_card
            context: [billing]
        """,
    )
    d = Detector(ner=False, recognizers=path, types=["CUSTOM"], use_hyperscan=False)
    # below the 0.5 threshold without context
    assert pairs(d, "Partner card: 4111111111111111") == set()
    # context lifts it; only the value group is reported
    assert pairs(d, "billing: Partner card: 4111111111111111") == {("CUSTOM", "4111111111111111")}
    # the validator still applies (Luhn-invalid)
    assert pairs(d, "billing: Partner card: 4111111111111112") == set()


def test_a_context_pattern_lifts_a_match_like_a_context_word(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """\
        recognizers:
          - name: badge
            type: CUSTOM
            regex: 'B-\\d{5}'
            score: 0.3
            context: [badge]
            context_pattern: 'site [a-z]{3}\\b'
        """,
    )
    d = Detector(ner=False, recognizers=path, types=["CUSTOM"], use_hyperscan=False)
    assert pairs(d, "issued B-12345") == set()
    assert pairs(d, "Site ABC issued B-12345") == {("CUSTOM", "B-12345")}
    assert pairs(d, "badge B-12345") == {("CUSTOM", "B-12345")}


def test_deny_list_suppresses_exact_values(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """\
        recognizers:
          - name: employee_id
            type: CUSTOM
            regex: 'EMP-\\d{6}'
            deny: ['EMP-000000']
        """,
    )
    d = Detector(ner=False, recognizers=path, use_hyperscan=False)
    got = pairs(d, "ids EMP-000000 and EMP-123456")
    assert ("CUSTOM", "EMP-123456") in got
    assert ("CUSTOM", "EMP-000000") not in got


# --------------------------------------------------------------------------- bad files
BAD = {
    "unknown_validator": (
        """\
        recognizers:
          - name: emp_validated
            type: CUSTOM
            regex: 'EMP-\\d{6}'
            validator: no_such_check
        """,
        "emp_validated",
        "no_such_check",
    ),
    "invalid_regex": (
        """\
        recognizers:
          - name: emp_broken
            type: CUSTOM
            regex: 'EMP-(\\d{6}'
        """,
        "emp_broken",
        "regex",
    ),
    "invalid_context_pattern": (
        """\
        recognizers:
          - name: emp_context
            type: CUSTOM
            regex: 'EMP-\\d{6}'
            context_pattern: '[a-z'
        """,
        "emp_context",
        "regex",
    ),
    "unknown_type": (
        """\
        recognizers:
          - name: emp_typed
            type: NOT_A_TYPE
            regex: 'EMP-\\d{6}'
        """,
        "emp_typed",
        "type",
    ),
    "second_of_two_is_bad": (
        """\
        recognizers:
          - name: fine_one
            type: CUSTOM
            regex: 'a+'
          - name: broken_two
            type: CUSTOM
            regex: '('
        """,
        "broken_two",
        "#2",
    ),
    "unknown_field": (
        """\
        recognizers:
          - name: emp_extra
            type: CUSTOM
            regex: 'EMP-\\d{6}'
            colour: blue
        """,
        "emp_extra",
        "colour",
    ),
    "score_out_of_range": (
        """\
        recognizers:
          - name: emp_score
            type: CUSTOM
            regex: 'EMP-\\d{6}'
            score: 1.5
        """,
        "emp_score",
        "score",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_recognizer_is_config_error_naming_file_and_recognizer(
    tmp_path: Path, case: str
) -> None:
    body, name, detail = BAD[case]
    path = write(tmp_path, body, f"{case}.yaml")
    with pytest.raises(ConfigError) as info:
        Detector(ner=False, recognizers=path, use_hyperscan=False)
    msg = str(info.value)
    assert str(path) in msg
    assert name in msg
    assert detail in msg
    assert "\n" not in msg  # one line for the CLI


def test_malformed_yaml_names_file_and_line(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """\
        version: 1
        recognizers:
          - name: emp_yaml
            type: [CUSTOM
        """,
    )
    with pytest.raises(ConfigError) as info:
        load_registry(path)
    msg = str(info.value)
    assert msg.startswith(f"{path}:")
    assert "invalid YAML" in msg


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ("- just\n- a list\n", "mapping"),
        ("version: 2\nrecognizers: []\n", "version"),
        ("recognizers:\n  - name: 'bad name!'\n    type: CUSTOM\n    regex: 'x'\n", "name"),
    ],
)
def test_wrong_file_shape(tmp_path: Path, body: str, needle: str) -> None:
    path = write(tmp_path, body)
    with pytest.raises(ConfigError, match=needle) as info:
        load_registry(path)
    assert str(path) in str(info.value)


def test_missing_and_undecodable_files(tmp_path: Path) -> None:
    missing = tmp_path / "nope.yaml"
    with pytest.raises(ConfigError, match=r"nope\.yaml"):
        load_registry(missing)
    binary = tmp_path / "bin.yaml"
    binary.write_bytes(b"recognizers:\n  - name: \xff\xfe\n")
    with pytest.raises(ConfigError, match=r"bin\.yaml"):
        load_registry(binary)


def test_regex_matching_empty_string_is_rejected_or_harmless(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """\
        recognizers:
          - name: emp_optional
            type: CUSTOM
            regex: '(?:EMP-\\d{6})?'
        """,
    )
    try:
        d = Detector(ner=False, recognizers=path, use_hyperscan=False)
    except ConfigError as e:
        assert "emp_optional" in str(e)
        return
    assert ("CUSTOM", "EMP-123456") in pairs(d, "id EMP-123456 ok")
