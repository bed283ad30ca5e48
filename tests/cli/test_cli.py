"""The ``veil`` command line: exit codes, output schema, one-line errors.

Most tests call ``veil.cli.main(argv)`` in-process (it returns the exit code) with
``--no-ner``; two run the installed console script end to end.
"""

from __future__ import annotations

import json
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest

from veil.cli import main

VEIL = Path(sys.executable).with_name("veil")

SSN_TEXT = "SSN 123-45-6789, mail bob@example.com"
RECORDS = [
    {"id": "a", "text": SSN_TEXT},
    {"id": "b", "text": "nothing here"},
    {"id": "c", "text": "Ünïcødé 🙂 call (415) 555-0132"},
]


def write_jsonl(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path


@pytest.fixture
def src(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "in.jsonl", RECORDS)  # type: ignore[arg-type]


@pytest.fixture
def bad_src(tmp_path: Path) -> Path:
    p = tmp_path / "bad.jsonl"
    p.write_text('{"id": "a", "text": "ok"}\n{"id": "b", "text": \n', "utf-8")
    return p


def read_jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(x) for x in path.read_text("utf-8").splitlines()]


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"veil {version('veil')}"


# --------------------------------------------------------------------------- detect
def test_detect_writes_exact_schema(
    tmp_path: Path, src: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dst = tmp_path / "out.jsonl"
    assert main(["detect", "-i", str(src), "-o", str(dst), "--no-ner"]) == 0
    out = read_jsonl(dst)
    assert [o["id"] for o in out] == ["a", "b", "c"]
    for o in out:
        assert set(o) == {"id", "entities"}
        ents = o["entities"]
        assert isinstance(ents, list)
        for e in ents:
            assert set(e) == {"start", "end", "type", "score"}
            assert isinstance(e["start"], int) and isinstance(e["end"], int)
            assert isinstance(e["score"], float) and 0.0 <= e["score"] <= 1.0
    sliced = [
        [(rec["text"][e["start"] : e["end"]], e["type"]) for e in o["entities"]]  # type: ignore[index, union-attr]
        for o, rec in zip(out, RECORDS, strict=True)
    ]
    assert sliced == [
        [("123-45-6789", "US_SSN"), ("bob@example.com", "EMAIL_ADDRESS")],
        [],
        [("(415) 555-0132", "PHONE_NUMBER")],
    ]
    err = capsys.readouterr().err
    assert "3 records, 3 entities" in err
    assert "warning" not in err  # --no-ner: no NER warning


def test_detect_types_filter_to_stdout(src: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["detect", "-i", str(src), "-o", "-", "--no-ner", "--types", "us_ssn"]) == 0
    out = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [[e["type"] for e in o["entities"]] for o in out] == [["US_SSN"], [], []]


def test_detect_threshold_filters(tmp_path: Path, src: Path) -> None:
    dst = tmp_path / "out.jsonl"
    assert main(["detect", "-i", str(src), "-o", str(dst), "--no-ner", "--threshold", "0.99"]) == 0
    ents = [e for o in read_jsonl(dst) for e in o["entities"]]  # type: ignore[attr-defined]
    assert [e["type"] for e in ents] == ["US_SSN"]  # 'SSN' context: 1.0; email is 0.9
    assert all(e["score"] >= 0.99 for e in ents)


def test_detect_bad_input_is_one_error_line(
    tmp_path: Path, bad_src: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dst = tmp_path / "out.jsonl"
    assert main(["detect", "-i", str(bad_src), "-o", str(dst), "--no-ner"]) == 1
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("error:")
    assert f"{bad_src}:2:" in lines[0]
    assert "Traceback" not in captured.err
    assert not dst.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["bad.jsonl"]  # no temp file either


def test_debug_shows_traceback(
    tmp_path: Path, src: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rec = tmp_path / "rec.yaml"
    rec.write_text("recognizers:\n  - name: broken_one\n    type: CUSTOM\n    regex: '('\n")
    dst = tmp_path / "out.jsonl"
    args = ["detect", "-i", str(src), "-o", str(dst), "--no-ner", "--recognizers", str(rec)]
    assert main(args) == 1
    plain = capsys.readouterr().err
    assert "Traceback" not in plain
    assert main(["--debug", *args]) == 1
    err = capsys.readouterr().err
    assert "Traceback" in err
    assert "ConfigError" in err
    assert err.rstrip().splitlines()[-1] == plain.strip()  # the same one-line error follows
    assert not dst.exists()


def test_unknown_type_is_usage_error(
    tmp_path: Path, src: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dst = tmp_path / "out.jsonl"
    assert main(["detect", "-i", str(src), "-o", str(dst), "--types", "US_SSN,BOGUS"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error:") and "BOGUS" in err
    assert not dst.exists()


def test_output_same_as_input_is_usage_error(src: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = src.read_bytes()
    assert main(["detect", "-i", str(src), "-o", str(src), "--no-ner"]) == 2
    assert "error:" in capsys.readouterr().err
    assert src.read_bytes() == before


def test_bad_recognizers_file_is_config_error(
    tmp_path: Path, src: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rec = tmp_path / "rec.yaml"
    rec.write_text("recognizers:\n  - name: broken_one\n    type: CUSTOM\n    regex: '('\n")
    dst = tmp_path / "out.jsonl"
    args = ["detect", "-i", str(src), "-o", str(dst), "--no-ner", "--recognizers", str(rec)]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert err.startswith("error:")
    assert str(rec) in err and "broken_one" in err
    assert not dst.exists()


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["detect", "-i", "{src}", "-o", "{dst}", "--no-ner", "--bogus-option"],
        ["detect", "-i", "{src}", "-o", "{dst}", "--no-ner", "--threshold", "1.5"],
    ],
    ids=["no-arguments", "unknown-option", "threshold-out-of-range"],
)
def test_click_usage_errors_exit_2(
    tmp_path: Path, src: Path, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    args = [a.format(src=src, dst=tmp_path / "o.jsonl") for a in argv]
    code = main(args)
    captured = capsys.readouterr()
    assert "internal error" not in captured.err
    if args:
        assert code == 2
    else:  # bare `veil` shows the help
        assert code in (0, 2)
        assert "detect" in captured.out + captured.err


# --------------------------------------------------------------------------- scan
@pytest.fixture
def ssn_csv(tmp_path: Path) -> Path:
    p = tmp_path / "people.csv"
    p.write_text(
        "email,ssn,plan\nalice@example.com,123-45-6789,pro\nbob@example.org,219-44-7781,free\n",
        "utf-8",
    )
    return p


@pytest.fixture
def clean_csv(tmp_path: Path) -> Path:
    p = tmp_path / "clean.csv"
    p.write_text("email,plan\nalice@example.com,pro\nbob@example.org,free\n", "utf-8")
    return p


def test_scan_json_and_fail_on_hit(ssn_csv: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scan", str(ssn_csv), "--json", "--no-ner", "--fail-on", "US_SSN"]) == 3
    captured = capsys.readouterr()
    doc = json.loads(captured.out)
    (f,) = doc["files"]
    assert (f["path"], f["kind"], f["records"]) == (str(ssn_csv), "csv", 2)
    cols = {c["column"]: c for c in f["columns"]}
    assert list(cols) == ["email", "ssn", "plan"]
    assert cols["email"]["type"] == "EMAIL_ADDRESS"
    assert cols["ssn"]["type"] == "US_SSN"
    assert cols["plan"]["type"] is None
    assert cols["ssn"]["lines"] == [2, 3]
    assert cols["ssn"]["count"] == 2
    for c in cols.values():
        assert {"confidence", "match_share", "sampled", "examples", "reason"} <= set(c)
        for ex in c["examples"]:
            assert "123-45" not in ex and "@example" not in ex  # masked
    assert "error: --fail-on: found US_SSN" in captured.err


def test_scan_fail_on_clean_passes(clean_csv: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scan", str(clean_csv), "--no-ner", "--fail-on", "US_SSN"]) == 0
    captured = capsys.readouterr()
    assert "EMAIL_ADDRESS" in captured.out  # the table is still rendered
    assert "error" not in captured.err


def test_scan_table_shows_values_found_inside_an_untyped_columns_cells(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    p = tmp_path / "notes.csv"
    p.write_text("email,note\na@example.com,call 415-555-0132\nb@example.org,x\n", "utf-8")
    assert main(["scan", str(p), "--no-ner"]) == 0
    out = capsys.readouterr().out  # the column may wrap between the two
    assert "in cells:" in out
    assert "PHONE_NUMBER×1" in out


# --------------------------------------------------------------------------- end to end
def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(VEIL), *args], capture_output=True, text=True, env=env, timeout=120, check=False
    )


@pytest.mark.ner
def test_console_script_detect_with_ner(tmp_path: Path, veil_env: dict[str, str]) -> None:
    text = "John Smith moved to Paris; SSN 123-45-6789."
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": 1, "text": text}])
    dst = tmp_path / "out.jsonl"
    proc = _run(["detect", "-i", str(src), "-o", str(dst)], veil_env)
    assert proc.returncode == 0, proc.stderr
    assert "warning" not in proc.stderr
    (out,) = read_jsonl(dst)
    got = {(text[e["start"] : e["end"]], e["type"]) for e in out["entities"]}  # type: ignore[attr-defined]
    assert {("John Smith", "PERSON"), ("Paris", "LOCATION"), ("123-45-6789", "US_SSN")} <= got
