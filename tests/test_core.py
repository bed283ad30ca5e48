"""Core behaviour of detection and the CLI, end to end on real components."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from veil.cli import main
from veil.detect import Detector
from veil.errors import InputError
from veil.types import EntityType, HipaaIdentifier


@pytest.fixture(scope="module")
def det() -> Detector:
    return Detector(ner=False)


def _types(d: Detector, text: str) -> dict[str, str]:
    return {text[f.start : f.end]: f.entity_type.value for f in d.find(text)}


@pytest.mark.parametrize(
    ("text", "value", "etype"),
    [
        ("mail bob@example.com now", "bob@example.com", "EMAIL_ADDRESS"),
        ("card 4111 1111 1111 1111 on file", "4111 1111 1111 1111", "CREDIT_CARD"),
        ("IBAN GB82 WEST 1234 5698 7654 32 ok", "GB82 WEST 1234 5698 7654 32", "IBAN_CODE"),
        ("SSN 219-44-7781", "219-44-7781", "US_SSN"),
        ("host 192.0.2.1 down", "192.0.2.1", "IP_ADDRESS"),
        ("from 2001:db8::1 ok", "2001:db8::1", "IP_ADDRESS"),
        ("DOB: 03/14/1985", "03/14/1985", "DATE_OF_BIRTH"),
        ("key AKIAQ3EGTX7PLM2RZ4NB", "AKIAQ3EGTX7PLM2RZ4NB", "AWS_ACCESS_KEY"),
        ("password=Tr0ub4dor&3 ", "Tr0ub4dor&3", "PASSWORD"),
        ("MRN: 00482913", "00482913", "MEDICAL_RECORD_NUMBER"),
        ("call (415) 555-0132 today", "(415) 555-0132", "PHONE_NUMBER"),
    ],
)
def test_positives(det: Detector, text: str, value: str, etype: str) -> None:
    assert _types(det, text).get(value) == etype


@pytest.mark.parametrize(
    "text",
    [
        "2024-03-05T12:33:01.123Z INFO started",
        "order 100-2948213-1192 shipped",
        "upgrade to v2.14.3 or version 3.11.7",
        "uuid 123e4567-e89b-12d3-a456-426614174000",
        "commit 9fceb02d0ae598e95dc970b74767f19372d61af8",
        "card-like 4111 1111 1111 1112",
        "000-12-3456 666-45-6789 912-34-5678",
        "see you tomorrow",
        "password=<redacted> api_key=${API_KEY} timeout=30",
    ],
)
def test_hard_negatives(det: Detector, text: str) -> None:
    assert det.find(text) == []


def test_batch_offsets_match_single(det: Detector) -> None:
    texts = ["Ünïcødé 🙂 bob@example.com", "plain 219-44-7781", "", "ñ 192.0.2.1 ✓"]
    assert det.find_batch(texts) == [det.find(t) for t in texts]
    f = det.find(texts[0])[0]
    assert texts[0][f.start : f.end] == "bob@example.com"


def test_re_fallback_agrees(det: Detector) -> None:
    text = "bob@example.com SSN 219-44-7781 card 4111111111111111 from 192.0.2.1"
    slow = Detector(ner=False, use_hyperscan=False)
    assert slow.engine == "re"
    assert [(f.start, f.end, f.entity_type) for f in slow.find(text)] == [
        (f.start, f.end, f.entity_type) for f in det.find(text)
    ]


def test_hipaa_mapping() -> None:
    assert len(HipaaIdentifier) == 18
    assert EntityType.PERSON.hipaa is HipaaIdentifier.NAMES
    assert EntityType.JWT.hipaa is None


def test_ner_names_and_places() -> None:
    d = Detector(ner=True, processes=1)
    found = {f.entity_type.value for f in d.find("Yesterday John Smith flew to Paris.")}
    assert {"PERSON", "LOCATION"} <= found
    off = Detector(ner_model="none")
    assert "not detected" in off.ner_status


def test_detect_cli_roundtrip(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    text = "Reach bob@example.com, SSN 219-44-7781."
    src.write_text(json.dumps({"id": 7, "text": text}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["detect", "--input", str(src), "--output", str(out), "--no-ner"]) == 0
    rec = json.loads(out.read_text())
    assert rec["id"] == 7
    assert {text[e["start"] : e["end"]] for e in rec["entities"]} == {
        "bob@example.com",
        "219-44-7781",
    }
    assert set(rec["entities"][0]) == {"start", "end", "type", "score"}


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (b'{"id": 1, "text": "ok"}\n{"id": 2}\n', "in.jsonl:2: missing 'text'"),
        (b'{"id": 1, "text": "ok"}\nnot json\n', "in.jsonl:2: invalid JSON"),
        (b'{"id": 1, "text": "\xff"}\n', "in.jsonl:1: invalid UTF-8"),
        (b"", "empty input"),
        (b"\x00\x01binary", "binary file"),
    ],
)
def test_detect_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, needle: str
) -> None:
    src = tmp_path / "in.jsonl"
    src.write_bytes(content)
    out = tmp_path / "out.jsonl"
    code = main(["detect", "--input", str(src), "--output", str(out), "--no-ner"])
    err = capsys.readouterr().err
    assert code == 1
    assert needle in err
    assert "Traceback" not in err
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [src]


def test_skip_bad(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": 1, "text": "a@b.co"}\n{"id": 2}\n{"id": 3, "text": "x"}\n')
    out = tmp_path / "out.jsonl"
    assert main(["detect", "-i", str(src), "-o", str(out), "--no-ner", "--skip-bad"]) == 0
    assert [json.loads(x)["id"] for x in out.read_text().splitlines()] == [1, 3]


def test_scan_fail_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv = tmp_path / "t.csv"
    csv.write_text("name,ssn,plan\nAlice Johnson,219-44-7781,pro\nBob Stone,401-23-5567,free\n")
    assert main(["scan", str(csv), "--json", "--no-ner", "--fail-on", "US_SSN"]) == 3
    report = json.loads(capsys.readouterr().out)
    cols = {c["column"]: c for c in report["files"][0]["columns"]}
    assert cols["ssn"]["type"] == "US_SSN"
    assert cols["ssn"]["lines"] == [2, 3]
    assert cols["plan"]["type"] is None
    clean = tmp_path / "c.csv"
    clean.write_text("plan,count\npro,3\n")
    assert main(["scan", str(clean), "--no-ner", "--fail-on", "any"]) == 0


def test_malformed_csv(det: Detector, tmp_path: Path) -> None:
    from veil.detect import scan_path

    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n3,4,5\n")
    with pytest.raises(InputError, match=r"bad\.csv"):
        scan_path(det, bad)


def test_unknown_type_is_usage_error(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": 1, "text": "x"}\n')
    code = main(["detect", "-i", str(src), "-o", str(tmp_path / "o"), "--types", "NOPE"])
    assert code == 2


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("veil ")
