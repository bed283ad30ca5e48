"""The HTML report and its JSON twin: a golden file worked out by hand, escaping of hostile
values, and no external resources."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import polars as pl
import pytest
from tests.datasets import ADULT_DIR

from veil.anonymize.model import Anonymized
from veil.anonymize.report import build_report, render_html, report_json
from veil.anonymize.risk import risk, utility
from veil.errors import UsageError

GOLDEN = Path(__file__).parent / "golden" / "report_small.json"
ADULT = ADULT_DIR / "adult.csv"

QI = ["age", "zip"]

# The golden table, 8 records over (age, zip) with a sensitive dx:
#   row  age  zip   dx      class before   class after ([age], zip)
#   0    31   1234  flu     unique         [30-39] 123*
#   1    32   1234  cold    unique         [30-39] 123*
#   2    33   1235  flu     unique         [30-39] 123*
#   3    38   1235  hiv     unique         [30-39] 123*
#   4    45   2000  flu     (45, 2000) x2  [40-49] 200*
#   5    45   2000  flu                    [40-49] 200*
#   6    47   2001  cold    unique         [40-49] 200*
#   7    52   2001  flu     unique         suppressed
#
# Before: 7 classes (six of size 1, one of 2): unique 6/8 = 0.75, k = 1, prosecutor max 1,
# average 7/8 = 0.875, every record above 0.2. dx overall: flu 5/8, cold 2/8, hiv 1/8; the
# largest EMD is the hiv singleton's: (5/8 + 2/8 + 7/8) / 2 = 0.875; distinct and entropy l 1.
# No population: population uniqueness = 0.75, sampling fraction 1.
#
# After (7 records): classes of 4 and 3: k = 3, max 1/3, average 2/7 = 0.285714, both sizes
# above 0.2 (1/3, 1/4) so all records at risk. dx overall now flu 4/7, cold 2/7, hiv 1/7.
#   class of 4: flu 2, cold 1, hiv 1 -> distinct 3, exp(H) = 2^1.5, EMD 3/28 = 0.107143
#   class of 3: flu 2, cold 1        -> distinct 2, exp(H) = 3 / 2^(2/3) = 1.889882,
#                                       EMD (2/21 + 1/21 + 3/21) / 2 = 1/7 = 0.142857
# so distinct l 2, entropy l 1.889882, t 0.142857.
#
# Utility: discernibility 4^2 + 3^2 + 1 * 8 = 33 (before: 6 * 1 + 2^2 = 10).
# Non-uniform entropy, age: max 6 * 3 + 2 * 2 = 22 bits; lost 4 * 2 + 2 * log2(3/2) + log2(3)
# + 3 (suppressed 52 keeps its prior, 1/8) = 13.754888 -> 0.625222. zip: max 8 * 2 = 16; lost
# 4 * 1 + 2 * log2(3/2) + log2(3) + 2 = 8.754888 -> 0.547180. Mean 0.586201.
# Every released QI value differs from the original (changed 1.0); distinct 7 -> 2, 4 -> 2.
# The engine result (NCP, seconds) is given, not computed.
BEFORE = pl.DataFrame(
    {
        "age": [31, 32, 33, 38, 45, 45, 47, 52],
        "zip": ["1234", "1234", "1235", "1235", "2000", "2000", "2001", "2001"],
        "dx": ["flu", "cold", "flu", "hiv", "flu", "flu", "cold", "flu"],
    }
)
AFTER = pl.DataFrame(
    {
        "__veil_row": list(range(7)),
        "age": ["[30-39]"] * 4 + ["[40-49]"] * 3,
        "zip": ["123*"] * 4 + ["200*"] * 3,
        "dx": ["flu", "cold", "flu", "hiv", "flu", "flu", "cold"],
    }
)
META = {"input": "small.csv", "policy": {"k": 3, "max_suppression": 0.125}}


def anonymized(table: pl.DataFrame = AFTER) -> Anonymized:
    return Anonymized(
        table=table,
        suppressed=1,
        classes=2,
        ncp=0.25,
        ncp_by_column={"zip": 0.2, "age": 0.3},  # reported in QI order
        algorithm="local",
        seconds=0.5,
    )


def test_golden_report_json() -> None:
    a = anonymized()
    got = report_json(
        risk(BEFORE, QI, ["dx"]),
        risk(AFTER, QI, ["dx"]),
        utility(BEFORE, a, QI, None),
        a,
        META,
    )
    expected = GOLDEN.read_text("utf-8")
    assert got == json.loads(expected)
    # and byte for byte, key order included
    assert json.dumps(got, indent=2, ensure_ascii=False) + "\n" == expected


def test_json_cleans_meta() -> None:
    j = report_json(
        risk(BEFORE, QI),
        None,
        meta={"path": Path("a/b.csv"), "ratio": 1 / 3, "bad": float("nan"), "t": (1, 2)},
    )
    assert j["meta"] == {"path": "a/b.csv", "ratio": 0.333333, "bad": None, "t": [1, 2]}
    assert j["after"] is None
    assert j["utility"] is None
    assert j["anonymization"] is None
    assert [s["after"] for s in j["summary"]] == [None] * 7


# -- HTML ---------------------------------------------------------------------------------

HOSTILE = "<script>alert(1)</script>"


class TagBalance(HTMLParser):
    VOID = frozenset({"meta", "br", "hr", "img", "input", "link", "rect", "line"})

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend(attrs)
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend(attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID:
            return
        assert self.stack and self.stack[-1] == tag, (tag, self.stack[-5:])
        self.stack.pop()


def parse(html: str) -> TagBalance:
    p = TagBalance()
    p.feed(html)
    p.close()
    assert p.stack == []
    return p


def full_report(before: pl.DataFrame, after: pl.DataFrame, meta: dict[str, object]) -> str:
    qi = [c for c in before.columns if c not in ("dx", "__veil_row")]
    a = anonymized(after)
    return render_html(
        risk(before, qi, ["dx"]),
        risk(after, qi, ["dx"]),
        utility(before, a, qi, "dx", seed=0),
        a,
        meta,
    )


def test_html_shows_the_figures() -> None:
    html = full_report(BEFORE, AFTER, META)
    parse(html)
    assert html.startswith("<!doctype html>")
    assert "75.00% \u2192 0.00%" in html  # unique records
    assert "1 \u2192 3" in html  # k
    assert "[30-39]" in html and "123*" in html
    assert "Downstream utility" in html
    assert "1.890" in html  # entropy l after
    for svg in re.findall(r"<svg.*?</svg>", html, re.S):
        ET.fromstring(svg)  # every chart is well-formed XML


def test_html_escapes_hostile_values() -> None:
    before = BEFORE.with_columns(
        pl.Series("zip", [HOSTILE, '" onmouseover="alert(2)', "1235", "1235"] + ["2000"] * 4)
    )
    after = AFTER.with_columns(pl.Series("zip", [HOSTILE] * 4 + ["200*"] * 3))
    hostile_column = BEFORE.rename({"age": f"age{HOSTILE}"})
    html = full_report(before, after, {HOSTILE: HOSTILE, "ok": "<b>x</b>"})
    html2 = render_html(risk(hostile_column, [f"age{HOSTILE}", "zip"], ["dx"]), None)
    for page in (html, html2):
        p = parse(page)
        assert "<script" not in page.lower()
        assert "script" not in p.tags
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
        assert not [name for name, _ in p.attrs if name.startswith("on")]
    assert "<b>x</b>" not in html
    assert "&quot; onmouseover=&quot;alert(2)" in html


def test_html_replaces_control_characters_and_shortens_long_values() -> None:
    long = "x" * 500
    t = pl.DataFrame({"a": ["bell\x07", "nul\x00", long, long], "dx": ["p", "q", "p", "q"]})
    html = render_html(risk(t, ["a"], ["dx"]), None)
    assert "\x07" not in html and "\x00" not in html
    assert "bell\ufffd" in html
    assert "x" * 33 + "\u2026" in html  # the chart label is cut
    assert f"<title>{long}:" in html  # the tooltip has it all


def test_html_is_self_contained() -> None:
    html = full_report(BEFORE, AFTER, META)
    assert not re.search(r"https?:", html)
    assert not re.search(r"\b(src|href|xlink:href)\s*=", html, re.I)
    for banned in ("<script", "<link", "<img", "<iframe", "<object", "@import", "url("):
        assert banned not in html.lower()
    assert "Content-Security-Policy" in html
    assert "default-src 'none'" in html


def test_one_table_risk_report() -> None:
    html = render_html(risk(BEFORE, QI, ["dx"]), None)
    parse(html)
    assert "veil risk report" in html
    assert "Downstream utility" not in html
    assert "\u2192" not in html.split("<h2>Re-identification risk")[0].split("</style>")[1]


@pytest.mark.skipif(not ADULT.exists(), reason="shared/data/adult is not there")
def test_adult_report() -> None:
    adult = pl.read_csv(ADULT, separator=";")
    qi = ["age", "sex", "race", "marital-status", "education", "native-country", "workclass"]
    protected = (
        adult.with_row_index("__veil_row")
        .with_columns(
            (pl.col("age") // 10 * 10).cast(pl.String).alias("age"),
            pl.lit("*").alias("native-country"),
            pl.lit("*").alias("education"),
        )
        .filter(pl.len().over(qi) >= 5)
    )
    before = risk(adult, qi, ["salary-class"])
    after = risk(protected, qi, ["salary-class"])
    u = utility(adult, protected, qi, "salary-class")
    html = render_html(before, after, u, None, {"input": "adult.csv"})
    parse(html)
    j = report_json(before, after, u, None, {"input": "adult.csv"})
    assert j["after"]["k"] >= 5
    assert j["summary"][0]["before"] > 0.2 > j["summary"][0]["after"]
    assert json.loads(json.dumps(j)) == j


def test_build_report_for_a_protect_run() -> None:
    from veil.anonymize.policy import parse_policy
    from veil.anonymize.protect import ProtectResult

    policy = parse_policy(
        "version: 1\n"
        "columns:\n"
        "  age: {action: generalize, bins: [30, 40, 50, 60]}\n"
        "privacy:\n"
        "  quasi_identifiers: [age, zip]\n"
        "  sensitive: [dx]\n"
        "  k: 3\n"
        "  max_suppression: 0.125\n"
    )
    result = ProtectResult(
        table=AFTER.drop("__veil_row"),
        rows_in=8,
        anonymized=anonymized(),
        actions={"age": "generalize", "zip": "keep", "dx": "keep"},
    )
    data = build_report(BEFORE, result, policy, meta={"input": "small.csv"})
    golden = json.loads(GOLDEN.read_text("utf-8"))
    # the same figures as the golden report; the meta says what ran
    for key in ("summary", "before", "after", "anonymization", "utility"):
        assert data[key] == golden[key], key
    assert list(data["meta"]) == ["input", "privacy", "rows_in", "rows_out", "actions", "dropped"]
    assert data["meta"]["privacy"]["k"] == 3
    assert (data["meta"]["rows_in"], data["meta"]["rows_out"]) == (8, 7)
    html = render_html(data)  # the CLI renders the dict it wrote as JSON
    parse(html)
    assert html == render_html(json.loads(json.dumps(data)))
    assert "veil protection report" in html

    with pytest.raises(UsageError, match="no privacy section"):
        build_report(BEFORE, result, parse_policy("version: 1\n"))
    with pytest.raises(UsageError, match="not a veil-report/1 report"):
        render_html({"format": "something else"})
