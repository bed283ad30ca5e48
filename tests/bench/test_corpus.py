"""Tests of the synthetic benchmark corpus generator (bench/corpus.py)."""

from __future__ import annotations

import base64
import collections
import importlib.util
import itertools
import json
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

_CORPUS_PATH = Path(__file__).resolve().parents[2] / "bench" / "corpus.py"
_MOD_NAME = "veil_bench_corpus_under_test"
N_DOCS = 2000

# 16 digits grouped 4-4-4-4 (space, dash or nothing), not inside a longer token
_CARD_LIKE = re.compile(r"(?<![\w-])\d{4}([ -]?)\d{4}\1\d{4}\1\d{4}(?![\w-])")
_SSN_LIKE = re.compile(r"(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])")


def _load_corpus() -> ModuleType:
    if _MOD_NAME in sys.modules:
        return sys.modules[_MOD_NAME]
    spec = importlib.util.spec_from_file_location(_MOD_NAME, _CORPUS_PATH)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[_MOD_NAME] = mod
    spec.loader.exec_module(mod)
    return mod


corpus = _load_corpus()
Record = dict[str, Any]


@pytest.fixture(scope="module")
def docs() -> list[Record]:
    return list(corpus.generate(N_DOCS, seed=0))


def _values(docs: list[Record], type_: str) -> list[str]:
    return [
        d["text"][e["start"] : e["end"]] for d in docs for e in d["entities"] if e["type"] == type_
    ]


def _unlabeled_matches(doc: Record, pattern: re.Pattern[str]) -> list[str]:
    """Matches of ``pattern`` that do not overlap any labeled entity."""
    out = []
    for m in pattern.finditer(doc["text"]):
        if not any(e["start"] < m.end() and m.start() < e["end"] for e in doc["entities"]):
            out.append(m.group())
    return out


# --- determinism ----------------------------------------------------------------------------


def test_same_seed_same_output() -> None:
    assert list(corpus.generate(300, seed=7)) == list(corpus.generate(300, seed=7))


def test_different_seeds_differ() -> None:
    a = [d["text"] for d in corpus.generate(50, seed=1)]
    b = [d["text"] for d in corpus.generate(50, seed=2)]
    assert sum(x != y for x, y in zip(a, b, strict=True)) > 40


def test_smaller_corpus_is_a_prefix(docs: list[Record]) -> None:
    assert list(corpus.generate(120, seed=0)) == docs[:120]


def test_negative_n_rejected() -> None:
    with pytest.raises(ValueError):
        list(corpus.generate(-1))


# --- record structure -----------------------------------------------------------------------


def test_record_schema(docs: list[Record]) -> None:
    assert len(docs) == N_DOCS
    assert len({d["id"] for d in docs}) == N_DOCS
    for d in docs:
        assert set(d) == {"id", "domain", "text", "entities"}
        assert d["domain"] in corpus.DOMAINS
        assert isinstance(d["text"], str) and d["text"].strip()
        for e in d["entities"]:
            assert set(e) == {"start", "end", "type"}
            assert e["type"] in corpus.ENTITY_TYPES


def test_offsets_valid_nonempty_and_stripped(docs: list[Record]) -> None:
    for d in docs:
        text = d["text"]
        for e in d["entities"]:
            assert 0 <= e["start"] < e["end"] <= len(text), (d["id"], e)
            value = text[e["start"] : e["end"]]
            assert value and value == value.strip(), (d["id"], e, value)


def test_entities_sorted_and_non_overlapping(docs: list[Record]) -> None:
    for d in docs:
        ents = d["entities"]
        assert ents == sorted(ents, key=lambda e: (e["start"], e["end"])), d["id"]
        for prev, cur in itertools.pairwise(ents):
            assert prev["end"] <= cur["start"], (d["id"], prev, cur)


def test_records_are_json_serialisable(docs: list[Record]) -> None:
    for d in docs[:200]:
        assert json.loads(json.dumps(d)) == d


# --- coverage -------------------------------------------------------------------------------


def test_every_type_appears(docs: list[Record]) -> None:
    seen = {e["type"] for d in docs for e in d["entities"]}
    assert seen == set(corpus.ENTITY_TYPES)


def test_domains_have_equal_shares(docs: list[Record]) -> None:
    counts = collections.Counter(d["domain"] for d in docs)
    assert set(counts) == set(corpus.DOMAINS)
    assert max(counts.values()) - min(counts.values()) <= 1


def test_share_of_documents_without_entities(docs: list[Record]) -> None:
    share = sum(not d["entities"] for d in docs) / len(docs)
    assert 0.10 <= share <= 0.22
    # every domain has some entity-free documents and mostly documents with entities
    for domain in corpus.DOMAINS:
        in_domain = [d for d in docs if d["domain"] == domain]
        empty = sum(not d["entities"] for d in in_domain)
        assert 0 < empty < len(in_domain) / 2, domain


def test_secrets_live_mostly_outside_hr_email(docs: list[Record]) -> None:
    secret_types = {"AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN"}
    secret_types |= {"STRIPE_KEY", "JWT", "PRIVATE_KEY", "PASSWORD", "GENERIC_SECRET"}
    by_domain = collections.Counter(
        d["domain"] for d in docs for e in d["entities"] if e["type"] in secret_types
    )
    assert by_domain["hr_email"] < 0.1 * sum(by_domain.values())
    assert by_domain["clinical_note"] == 0


# --- validity of labeled values -------------------------------------------------------------


def test_credit_cards_pass_luhn(docs: list[Record]) -> None:
    cards = _values(docs, "CREDIT_CARD")
    assert cards
    for card in cards:
        assert re.fullmatch(r"[\d -]+", card), card
        assert 15 <= len(re.sub(r"\D", "", card)) <= 16, card
        assert corpus.luhn_valid(card), card


def test_ibans_pass_mod97(docs: list[Record]) -> None:
    ibans = _values(docs, "IBAN_CODE")
    assert ibans
    for iban in ibans:
        assert iban[:2] in {"DE", "GB", "FR", "NL", "ES", "IT"}, iban
        assert corpus.iban_valid(iban), iban


def test_ssns_have_valid_area_group_and_serial(docs: list[Record]) -> None:
    ssns = _values(docs, "US_SSN")
    assert ssns
    for ssn in ssns:
        assert re.fullmatch(r"\d{3}([- ])\d{2}\1\d{4}", ssn), ssn
        assert corpus.ssn_area_valid(ssn), ssn


def test_secret_formats(docs: list[Record]) -> None:
    formats = {
        "AWS_ACCESS_KEY": r"AKIA[A-Z0-9]{16}",
        "AWS_SECRET_KEY": r"[A-Za-z0-9/+]{40}",
        "GITHUB_TOKEN": r"gh[pos]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{82}",
        "SLACK_TOKEN": r"xox[bp]-\d+-\d+(-\d+)?-[A-Za-z0-9]+",
        "STRIPE_KEY": r"[sr]k_live_[A-Za-z0-9]{24,}",
        "GENERIC_SECRET": r"[A-Za-z0-9_=-]{24,48}",
    }
    for type_, pattern in formats.items():
        values = _values(docs, type_)
        assert values, type_
        for v in values:
            assert re.fullmatch(pattern, v), (type_, v)


def test_jwt_header_decodes(docs: list[Record]) -> None:
    for token in _values(docs, "JWT"):
        parts = token.split(".")
        assert len(parts) == 3 and all(parts), token
        header = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
        assert header == {"alg": "HS256", "typ": "JWT"}
        json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))


def test_private_key_spans_cover_whole_block(docs: list[Record]) -> None:
    kinds = set()
    for block in _values(docs, "PRIVATE_KEY"):
        m = re.fullmatch(r"-----BEGIN ([A-Z ]+)-----\n[A-Za-z0-9+/=\n]+\n-----END \1-----", block)
        assert m, block
        kinds.add(m.group(1))
    assert {"RSA PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"} <= kinds


def test_person_spans_exclude_titles(docs: list[Record]) -> None:
    for name in _values(docs, "PERSON"):
        assert not re.match(r"(?i)(dr|mr|mrs|ms|prof)\.?\s", name), name
        assert not name.endswith("'s"), name


def test_context_cues_are_outside_spans(docs: list[Record]) -> None:
    cues = re.compile(r"(?i)mrn|mr#|member|policy|acct|account|licen[cs]e|dl#|dob|birth|born")
    for type_ in (
        "MEDICAL_RECORD_NUMBER",
        "HEALTH_PLAN_NUMBER",
        "ACCOUNT_NUMBER",
        "DRIVER_LICENSE",
        "DATE_OF_BIRTH",
    ):
        for v in _values(docs, type_):
            assert not cues.search(v), (type_, v)
            assert not v.startswith(("=", ":", "#")), (type_, v)
    key = re.compile(r"(?i)^(?:password|passwd|pwd|secret|client_secret|api_key|token)\s*[=:]")
    for type_ in ("PASSWORD", "GENERIC_SECRET", "AWS_SECRET_KEY"):
        for v in _values(docs, type_):
            assert not key.match(v), (type_, v)
            assert not v.startswith(("=", ":", '"', "'")) and not v.endswith(('"', "'")), v


def test_phone_numbers_are_valid_for_libphonenumber(docs: list[Record]) -> None:
    phonenumbers = pytest.importorskip("phonenumbers")
    phones = _values(docs, "PHONE_NUMBER")
    assert phones
    for phone in phones:
        assert phonenumbers.is_valid_number(phonenumbers.parse(phone, "US")), phone


def test_ibans_pass_stdnum_country_checks(docs: list[Record]) -> None:
    stdnum_iban = pytest.importorskip("stdnum.iban")
    for iban in _values(docs, "IBAN_CODE"):
        assert stdnum_iban.is_valid(iban), iban


# --- hard negatives ---------------------------------------------------------------------------


def test_unlabeled_card_like_numbers_fail_luhn(docs: list[Record]) -> None:
    negatives = [v for d in docs for v in _unlabeled_matches(d, _CARD_LIKE)]
    assert len(negatives) >= 20  # the hard negatives are actually there
    for v in negatives:
        assert not corpus.luhn_valid(v), v


def test_unlabeled_ssn_like_numbers_have_invalid_areas(docs: list[Record]) -> None:
    negatives = [v for d in docs for v in _unlabeled_matches(d, _SSN_LIKE)]
    assert len(negatives) >= 10
    for v in negatives:
        assert not corpus.ssn_area_valid(v), v


@pytest.mark.parametrize(
    "pattern",
    [
        r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z",  # ISO log timestamp
        r"\[\d{2}/[A-Z][a-z]{2}/\d{4}:\d{2}:\d{2}:\d{2} \+0000\]",  # apache timestamp
        r"\b\d{2}:\d{2}:\d{2},\d{3}\b",  # python logging time
        r"\b[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}\b",  # UUID
        # git SHAs in context (a bare 40-hex value can be a generic secret)
        r"\bcommit [0-9a-f]{40}\b|\bbuild [0-9a-f]{7}\b",
        r"\bv\d+\.\d+\.\d+\b",  # version
        r"\b(?:JIRA|OPS|SUP|SEC|PLAT|HR)-\d+\b|\bINC\d{7}\b",  # ticket ids
        r"#[0-9a-fA-F]{6}\b",  # hex colors
        r"\b(?:tomorrow|yesterday|next week|last night|in 3 days)\b",  # relative times
        r"\b(?:Alexa|Siri|Jack Daniel's|Ruby on Rails|Tesla Model S|Jenkins)\b",  # brands
        r"password=<redacted>|api_key=\$\{API_KEY\}|token: xxxxxxxx",  # placeholders
        r"\b(?:timeout=30|mode=debug|password_policy=strict)\b",  # low-entropy config
    ],
)
def test_hard_negatives_present_and_unlabeled(docs: list[Record], pattern: str) -> None:
    regex = re.compile(pattern)
    hits = 0
    for d in docs:
        for m in regex.finditer(d["text"]):
            hits += 1
            for e in d["entities"]:
                overlaps = e["start"] < m.end() and m.start() < e["end"]
                assert not overlaps, (d["id"], m.group(), e)
    assert hits >= 5, pattern


# --- helpers, CLI, speed --------------------------------------------------------------------


def test_check_digit_helpers() -> None:
    assert corpus.luhn_valid("4111 1111 1111 1111")
    assert not corpus.luhn_valid("4111 1111 1111 1112")
    assert corpus.iban_valid("GB82 WEST 1234 5698 7654 32")
    assert corpus.iban_valid("DE89370400440532013000")
    assert not corpus.iban_valid("DE89370400440532013001")
    assert corpus.ssn_area_valid("123-45-6789")
    for bad in ("000-12-3456", "666-12-3456", "912-12-3456", "123-00-4567", "123-45-0000"):
        assert not corpus.ssn_area_valid(bad), bad


def test_cli_writes_jsonl(tmp_path: Path) -> None:
    out = tmp_path / "corpus.jsonl"
    assert corpus.main(["--n", "25", "--seed", "3", "--output", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == list(corpus.generate(25, seed=3))


def test_cli_writes_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    assert corpus.main(["--n", "4", "--seed", "1", "--output", "-"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line) for line in lines] == list(corpus.generate(4, seed=1))
