"""Reading inputs (JSONL, text, CSV, Parquet) and writing outputs atomically.

Every malformed input must become an InputError that names the file (and the line, when
there is one), and no output file may appear, or change, when a run fails.
"""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from veil.detect import Detector, DetectStats, detect_jsonl, scan_path
from veil.detect._io import (
    BadRecord,
    Record,
    atomic_output,
    file_kind,
    iter_jsonl,
    iter_text_lines,
)
from veil.errors import InputError
from veil.types import EntityType

GOOD = b'{"id": "a", "text": "SSN 123-45-6789, mail bob@example.com"}\n'
GOOD2 = b'{"id": "b", "text": "nothing here"}\n'


def jsonl(tmp_path: Path, data: bytes, name: str = "in.jsonl") -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


def read_out(path: Path) -> list[dict[str, object]]:
    return [json.loads(x) for x in path.read_text("utf-8").splitlines()]


def leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(".tmp"))


# --------------------------------------------------------------------------- detect_jsonl
def test_detect_jsonl_schema_and_offsets(tmp_path: Path, detector: Detector) -> None:
    src = jsonl(tmp_path, GOOD + GOOD2)
    dst = tmp_path / "out.jsonl"
    stats = detect_jsonl(detector, src, dst)
    assert isinstance(stats, DetectStats)
    assert (stats.records, stats.findings, stats.bad) == (2, 2, [])
    assert stats.by_type == {"US_SSN": 1, "EMAIL_ADDRESS": 1}
    out = read_out(dst)
    assert [set(o) for o in out] == [{"id", "entities"}, {"id", "entities"}]
    assert [o["id"] for o in out] == ["a", "b"]
    text = json.loads(GOOD)["text"]
    ents = out[0]["entities"]
    assert isinstance(ents, list)
    for e in ents:
        assert set(e) == {"start", "end", "type", "score"}
    assert [(text[e["start"] : e["end"]], e["type"]) for e in ents] == [
        ("123-45-6789", "US_SSN"),
        ("bob@example.com", "EMAIL_ADDRESS"),
    ]
    assert out[1]["entities"] == []
    assert leftovers(tmp_path) == []


def test_ids_default_to_line_numbers_and_blank_lines_are_skipped(
    tmp_path: Path, detector: Detector
) -> None:
    src = jsonl(tmp_path, b'{"text": "a"}\n\n   \n{"text": "b", "id": 7}\r\n')
    dst = tmp_path / "out.jsonl"
    detect_jsonl(detector, src, dst)
    assert [o["id"] for o in read_out(dst)] == [1, 7]


def test_utf8_bom_is_accepted(tmp_path: Path, detector: Detector) -> None:
    src = jsonl(tmp_path, b"\xef\xbb\xbf" + GOOD)
    dst = tmp_path / "out.jsonl"
    assert detect_jsonl(detector, src, dst).records == 1


def test_non_ascii_offsets_in_output(tmp_path: Path, detector: Detector) -> None:
    text = "Ünïcødé 🙂 bob@example.com"
    src = jsonl(tmp_path, json.dumps({"id": 1, "text": text}).encode() + b"\n")
    dst = tmp_path / "out.jsonl"
    detect_jsonl(detector, src, dst)
    (e,) = read_out(dst)[0]["entities"]  # type: ignore[misc]
    assert text[e["start"] : e["end"]] == "bob@example.com"


BAD_INPUTS = {
    "invalid_utf8": (GOOD + b'{"id": 2, "text": "caf\xe9"}\n', 2, "UTF-8"),
    "malformed_json": (GOOD + b'{"id": 2, "text": \n', 2, "invalid JSON"),
    "missing_text": (GOOD + GOOD2 + b'{"id": 3, "body": "x"}\n', 3, "'text'"),
    "text_not_string": (b'{"id": 1, "text": 5}\n', 1, "string"),
    "not_an_object": (GOOD + b"[1, 2]\n", 2, "object"),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_record_names_file_and_line(tmp_path: Path, detector: Detector, case: str) -> None:
    data, line, needle = BAD_INPUTS[case]
    src = jsonl(tmp_path, data)
    dst = tmp_path / "out.jsonl"
    with pytest.raises(InputError) as info:
        detect_jsonl(detector, src, dst)
    err = info.value
    assert (err.source, err.line) == (str(src), line)
    assert str(err).startswith(f"{src}:{line}: ")
    assert needle in str(err)
    assert not dst.exists()
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize(
    ("data", "needle"),
    [
        (b"", "empty"),
        (b"\n  \n\n", "empty"),
        (GOOD + b"\x00\x01\x02binary\x00", "binary"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ],
    ids=["empty", "blank", "nul", "png"],
)
def test_whole_file_problems(tmp_path: Path, detector: Detector, data: bytes, needle: str) -> None:
    src = jsonl(tmp_path, data)
    dst = tmp_path / "out.jsonl"
    with pytest.raises(InputError, match=needle) as info:
        detect_jsonl(detector, src, dst)
    assert str(src) in str(info.value)
    assert not dst.exists()


def test_missing_input_and_directory_input(tmp_path: Path, detector: Detector) -> None:
    with pytest.raises(InputError, match="no such file"):
        detect_jsonl(detector, tmp_path / "nope.jsonl", tmp_path / "out.jsonl")
    with pytest.raises(InputError, match="directory"):
        detect_jsonl(detector, tmp_path, tmp_path / "out.jsonl")
    assert not (tmp_path / "out.jsonl").exists()


def test_record_over_max_bytes(tmp_path: Path, detector: Detector) -> None:
    big = b'{"id": 2, "text": "' + b"a" * 5000 + b'"}\n'
    src = jsonl(tmp_path, GOOD + big + GOOD2)
    dst = tmp_path / "out.jsonl"
    with pytest.raises(InputError, match="larger than") as info:
        detect_jsonl(detector, src, dst, max_record_bytes=1000)
    assert info.value.line == 2
    assert not dst.exists()
    # the same record passes under a larger limit
    assert detect_jsonl(detector, src, dst, max_record_bytes=10_000).records == 3


def test_skip_bad_reports_and_continues(tmp_path: Path, detector: Detector) -> None:
    data = (
        GOOD
        + b'{"id": "x", "text": "caf\xe9"}\n'
        + b"{not json}\n"
        + b'{"id": "big", "text": "'
        + b"z" * 3000
        + b'"}\n'
        + b'{"id": "y"}\n'
        + GOOD2
    )
    src = jsonl(tmp_path, data)
    dst = tmp_path / "out.jsonl"
    stats = detect_jsonl(detector, src, dst, skip_bad=True, max_record_bytes=1000)
    assert [b.line for b in stats.bad] == [2, 3, 4, 5]
    assert all(isinstance(b, BadRecord) and b.reason for b in stats.bad)
    assert "UTF-8" in stats.bad[0].reason
    assert "JSON" in stats.bad[1].reason
    assert "text" in stats.bad[3].reason
    assert stats.records == 2
    assert [o["id"] for o in read_out(dst)] == ["a", "b"]


def test_failure_leaves_existing_output_unchanged(tmp_path: Path, detector: Detector) -> None:
    dst = tmp_path / "out.jsonl"
    dst.write_text("previous results\n", encoding="utf-8")
    # the bad record comes after more than one batch of good ones has been written
    src = jsonl(tmp_path, GOOD * 5 + b"{broken\n")
    with pytest.raises(InputError, match=":6: "):
        detect_jsonl(detector, src, dst, batch_size=2)
    assert dst.read_text("utf-8") == "previous results\n"
    assert leftovers(tmp_path) == []


def test_output_directory_must_exist(tmp_path: Path, detector: Detector) -> None:
    src = jsonl(tmp_path, GOOD)
    with pytest.raises(InputError, match="output directory"):
        detect_jsonl(detector, src, tmp_path / "no" / "such" / "out.jsonl")


def test_atomic_output_publishes_only_on_success(tmp_path: Path) -> None:
    dst = tmp_path / "o.txt"
    with pytest.raises(RuntimeError), atomic_output(dst) as out:
        out.write("partial")
        raise RuntimeError("boom")
    assert not dst.exists()
    with atomic_output(dst) as out:
        out.write("complete\n")
    assert dst.read_text("utf-8") == "complete\n"
    assert leftovers(tmp_path) == []


def test_large_input_streams(tmp_path: Path, detector: Detector) -> None:
    n = 20_000
    src = tmp_path / "big.jsonl"
    with src.open("w", encoding="utf-8") as f:
        for i in range(n):
            text = f"user{i}@example.com wrote" if i % 4 == 0 else f"note number {i}"
            f.write(json.dumps({"id": i, "text": text}) + "\n")
    dst = tmp_path / "out.jsonl"
    seen: list[int] = []
    stats = detect_jsonl(detector, src, dst, progress=seen.append)
    assert stats.records == n
    assert stats.findings == n // 4
    assert stats.by_type == {"EMAIL_ADDRESS": n // 4}
    assert seen and seen[-1] == src.stat().st_size
    assert seen == sorted(seen)
    with dst.open(encoding="utf-8") as f:
        count = 0
        for i, line in enumerate(f):
            obj = json.loads(line)
            assert obj["id"] == i
            if i % 4 == 0:
                (e,) = obj["entities"]
                assert (e["start"], e["end"]) == (0, len(f"user{i}@example.com"))
            else:
                assert obj["entities"] == []
            count += 1
    assert count == n


def test_iter_jsonl_custom_fields(tmp_path: Path) -> None:
    src = jsonl(tmp_path, b'{"key": "k1", "body": "hello"}\n')
    assert list(iter_jsonl(src, text_field="body", id_field="key")) == [Record(1, "k1", "hello")]


# --------------------------------------------------------------------------- text lines
def test_text_lines_and_errors(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes(b"first\r\nsecond\n\nfourth")
    assert list(iter_text_lines(p)) == [(1, "first"), (2, "second"), (3, ""), (4, "fourth")]

    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"ok\n" + b"x" * 9000 + b"\nbad \xff byte\nlater\x00nul\nfine\n")
    with pytest.raises(InputError) as info:
        list(iter_text_lines(bad))
    assert (info.value.source, info.value.line) == (str(bad), 3)
    items = list(iter_text_lines(bad, skip_bad=True))
    assert [b.line for b in items if isinstance(b, BadRecord)] == [3, 4]
    assert (5, "fine") in items

    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(InputError, match="empty"):
        list(iter_text_lines(empty))


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    lines=st.lists(
        st.text(
            alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\r\n\x00"),
            max_size=60,
        ),
        min_size=1,
        max_size=5,
    ),
    chunk=st.integers(min_value=4, max_value=24),
)
def test_long_lines_are_cut_without_breaking_characters(
    tmp_path: Path, lines: list[str], chunk: int
) -> None:
    p = tmp_path / "lines.txt"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="")
    pieces: dict[int, list[str]] = {}
    for item in iter_text_lines(p, chunk_bytes=chunk):
        assert not isinstance(item, BadRecord)
        n, text = item
        pieces.setdefault(n, []).append(text)
    assert {n: "".join(ps) for n, ps in pieces.items()} == {
        i: line for i, line in enumerate(lines, start=1)
    }


# --------------------------------------------------------------------------- tables and files
ROWS = [
    ("alice@example.com", "123-45-6789", "(415) 555-0132", "Prefers email. Lives far away.", "pro"),
    (
        "bob@example.org",
        "219-44-7781",
        "(212) 555-0101",
        "Update card 4111 1111 1111 1111 now.",
        "free",
    ),
    (
        "carol@example.net",
        "401-23-5567",
        "(646) 555-0199",
        "Asked for a refund after the delay.",
        "team",
    ),
]
COLUMNS = ["email", "ssn", "phone", "notes", "plan"]


def _check_columns(report_columns: list, first: int) -> None:  # type: ignore[type-arg]
    cols = {c.column: c for c in report_columns}
    assert set(cols) == set(COLUMNS)
    assert cols["email"].entity_type is EntityType.EMAIL_ADDRESS
    assert cols["ssn"].entity_type is EntityType.US_SSN
    assert cols["phone"].entity_type is EntityType.PHONE_NUMBER
    # lines are file lines (CSV: after the header; JSONL: from 1) or row numbers (Parquet)
    assert cols["ssn"].lines == (first, first + 1, first + 2)
    assert cols["notes"].free_text
    assert cols["notes"].text_findings == {"CREDIT_CARD": 1}
    assert cols["plan"].entity_type is None


def test_scan_csv(tmp_path: Path, detector: Detector) -> None:
    p = tmp_path / "t.csv"
    body = ",".join(COLUMNS) + "\n" + "".join(",".join(f'"{v}"' for v in r) + "\n" for r in ROWS)
    p.write_text(body, encoding="utf-8")
    report = scan_path(detector, p)
    assert (report.kind, report.records) == ("csv", 3)
    _check_columns(report.columns, first=2)
    assert {"EMAIL_ADDRESS", "US_SSN", "PHONE_NUMBER", "CREDIT_CARD"} <= report.found_types()
    d = report.to_dict()
    assert d["kind"] == "csv" and len(d["columns"]) == 5  # type: ignore[arg-type]


def test_scan_parquet(tmp_path: Path, detector: Detector) -> None:
    p = tmp_path / "t.parquet"
    table = pa.table({c: [r[i] for r in ROWS] for i, c in enumerate(COLUMNS)})
    pq.write_table(table, p)
    report = scan_path(detector, p)
    assert (report.kind, report.records) == ("parquet", 3)
    _check_columns(report.columns, first=1)


def test_scan_jsonl_table(tmp_path: Path, detector: Detector) -> None:
    p = tmp_path / "t.jsonl"
    p.write_text("".join(json.dumps(dict(zip(COLUMNS, r, strict=True))) + "\n" for r in ROWS))
    report = scan_path(detector, p)
    assert (report.kind, report.records) == ("jsonl", 3)
    _check_columns(report.columns, first=1)


def test_scan_text_file(tmp_path: Path, detector: Detector) -> None:
    p = tmp_path / "notes.txt"
    p.write_text(
        "hello\nmail bob@example.com\nnothing\nSSN 123-45-6789 and 219-44-7781\n", encoding="utf-8"
    )
    report = scan_path(detector, p)
    assert (report.kind, report.records) == ("text", 4)
    assert report.types == {"EMAIL_ADDRESS": 1, "US_SSN": 2}
    assert report.lines == {"EMAIL_ADDRESS": [2], "US_SSN": [4]}
    assert report.to_dict()["findings"] == {
        "US_SSN": {"count": 2, "lines": [4]},
        "EMAIL_ADDRESS": {"count": 1, "lines": [2]},
    }


def test_classify_csv_path(tmp_path: Path, detector: Detector) -> None:
    p = tmp_path / "t.csv"
    p.write_text("email,plan\nalice@example.com,pro\nbob@example.org,free\n", encoding="utf-8")
    cols = {c.column: c.entity_type for c in detector.classify(p)}
    assert cols == {"email": EntityType.EMAIL_ADDRESS, "plan": None}


@pytest.mark.parametrize(
    ("name", "data", "needle"),
    [
        ("extra.csv", b"a,b\n1,2\n3,4,5\n", "column"),
        ("dupe.csv", b"a,a\n1,2\n", "duplicate"),
        ("empty.csv", b"", "empty"),
        ("nul.csv", b"a,b\n1,\x002\n", "binary"),
        ("badutf.csv", b"a,b\n1,caf\xe9\n", "(?i)utf-?8"),
        ("fake.parquet", b"not a parquet file at all", "Parquet"),
        ("badline.jsonl", b'{"a": 1}\n{"a": \n', "invalid JSON"),
    ],
    ids=lambda v: v if isinstance(v, str) and "." in v else "",
)
def test_malformed_tables_name_the_file(
    tmp_path: Path, detector: Detector, name: str, data: bytes, needle: str
) -> None:
    p = tmp_path / name
    p.write_bytes(data)
    with pytest.raises(InputError, match=needle) as info:
        scan_path(detector, p)
    assert str(p) in str(info.value)


def test_file_kind() -> None:
    assert [file_kind(Path(n)) for n in ("a.CSV", "a.tsv", "a.pq", "a.parquet")] == [
        "csv",
        "tsv",
        "parquet",
        "parquet",
    ]
    assert [file_kind(Path(n)) for n in ("a.jsonl", "a.ndjson", "a.log", "README")] == [
        "jsonl",
        "jsonl",
        "text",
        "text",
    ]


@pytest.mark.parametrize(
    ("data", "line"),
    [
        (b"name,email\nAnn,ann@x.com\nBob,\xff\xfebob@x.com\n", 3),
        (b"na\xe9me,email\nAnn,ann@x.com\n", 1),
        # a quoted field over two lines: the bad byte is on physical line 4
        (b'name,note\nAnn,"two\nlines"\nBob,caf\xe9\n', 4),
        # a long first row: the bad byte lies beyond the first 8 KiB of the file
        (b"a,b\n" + b"x," + b"y" * 20000 + b"\n1,\xc3\n", 3),
        (b"a,b\r1,2\r3,\xe9\r", 3),  # lone-CR line ends (classic Mac)
    ],
)
def test_csv_invalid_utf8_names_its_line(
    tmp_path: Path, detector: Detector, data: bytes, line: int
) -> None:
    p = tmp_path / "bad.csv"
    p.write_bytes(data)
    with pytest.raises(InputError, match=r"(?i)utf-?8") as info:
        scan_path(detector, p)
    assert info.value.line == line


def test_csv_line_ends_and_bom(tmp_path: Path, detector: Detector) -> None:
    body = 'email,note\nalice@example.com,x\nbob@example.org,"two\nlines"\ncarol@example.net,y\n'
    for variant in (body, body.replace("\n", "\r\n"), body.replace("\n", "\r")):
        p = tmp_path / "ends.csv"
        p.write_bytes(b"\xef\xbb\xbf" + variant.encode())
        report = scan_path(detector, p)
        assert report.records == 3
        col = next(c for c in report.columns if c.column == "email")
        assert col.lines == (2, 3, 5)


def test_jsonl_table_lines_count_blank_lines(tmp_path: Path, detector: Detector) -> None:
    p = tmp_path / "rows.jsonl"
    p.write_bytes(b'{"email": "a@example.com"}\n\n\n{"email": "b@example.org"}\n{"email": "x"}\n')
    report = scan_path(detector, p)
    assert report.records == 3
    (col,) = report.columns
    assert col.lines == (1, 4)
