"""The protection report: one self-contained HTML file (inline CSS and hand-drawn inline SVG,
no scripts, no external resources, a Content-Security-Policy that forbids loading any) and
the same figures as JSON.

Every value that comes from the data (QI values, column names, meta) is escaped: a table is
untrusted input and the report is opened in a browser.

>>> import polars as pl
>>> from veil.anonymize.risk import risk
>>> t = pl.DataFrame({"age": [30, 30, 40], "zip": ["1", "1", "2"]})
>>> report_json(risk(t, ["age", "zip"]), None)["summary"][0]
{'metric': 'unique_share', 'label': 'Unique records', 'before': 0.333333, 'after': None}
"""

from __future__ import annotations

import html
import json
import math
import re
from collections.abc import Mapping, Sequence
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

import polars as pl

from veil.anonymize.model import Anonymized
from veil.anonymize.risk import DIGITS, RiskProfile, UtilityReport, risk, utility
from veil.errors import UsageError

if TYPE_CHECKING:
    from veil.anonymize.policy import Policy
    from veil.anonymize.protect import ProtectResult

__all__ = ["FORMAT", "build_report", "render_html", "report_json"]

FORMAT = "veil-report/1"

BEFORE = "#c0504d"
AFTER = "#2e75b6"

_SUMMARY: tuple[tuple[str, str], ...] = (
    ("unique_share", "Unique records"),
    ("prosecutor_max", "Prosecutor risk (highest)"),
    ("prosecutor_avg", "Prosecutor risk (average)"),
    ("prosecutor_at_risk", "Records at risk (prosecutor)"),
    ("journalist_max", "Journalist risk (highest)"),
    ("marketer", "Marketer risk"),
    ("population_uniqueness", "Population uniqueness (est.)"),
)


def _value(p: RiskProfile, metric: str) -> float:
    return {
        "unique_share": p.unique_share,
        "prosecutor_max": p.prosecutor_max,
        "prosecutor_avg": p.prosecutor_avg,
        "prosecutor_at_risk": p.prosecutor_at_risk,
        "journalist_max": p.journalist_max,
        "marketer": p.marketer,
        "population_uniqueness": p.population.uniqueness,
    }[metric]


def _clean(x: Any) -> Any:
    """A JSON-ready copy: floats rounded to 6 places (NaN and infinities become null),
    tuples as lists, keys as strings, anything else unknown as its string."""
    if x is None or isinstance(x, bool | int | str):
        return x
    if isinstance(x, float):
        if math.isnan(x) or math.isinf(x):
            return None
        v = round(x, DIGITS)
        return 0.0 if v == 0 else v
    if isinstance(x, Mapping):
        return {str(k): _clean(v) for k, v in x.items()}
    if isinstance(x, list | tuple):
        return [_clean(v) for v in x]
    if isinstance(x, PurePath):
        return str(x)
    return str(x)


def _anonymization(a: Anonymized, order: Sequence[str]) -> dict[str, Any]:
    ranked = [c for c in order if c in a.ncp_by_column] + sorted(
        c for c in a.ncp_by_column if c not in order
    )
    levels = None
    if a.levels is not None:
        levels = {c: a.levels[c] for c in [c for c in order if c in a.levels]}
        levels.update({c: a.levels[c] for c in sorted(a.levels) if c not in levels})
    out: dict[str, Any] = _clean(
        {
            "algorithm": a.algorithm,
            "released": a.table.height,
            "suppressed": a.suppressed,
            "classes": a.classes,
            "ncp": a.ncp,
            "ncp_by_column": {c: a.ncp_by_column[c] for c in ranked},
            "levels": levels,
            "seconds": a.seconds,
        }
    )
    return out


def report_json(
    before: RiskProfile,
    after: RiskProfile | None,
    utility: UtilityReport | None = None,
    anonymized: Anonymized | None = None,
    meta: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Every figure of the report, JSON-ready: fixed key order, floats rounded to 6 places
    (so it can be compared with a golden file). ``after`` is ``None`` for a risk report on
    one table."""
    summary = [
        {
            "metric": metric,
            "label": label,
            "before": _clean(_value(before, metric)),
            "after": None if after is None else _clean(_value(after, metric)),
        }
        for metric, label in _SUMMARY
    ]
    return {
        "format": FORMAT,
        "meta": _clean(dict(meta or {})),
        "summary": summary,
        "before": before.to_json(),
        "after": None if after is None else after.to_json(),
        "anonymization": (
            None if anonymized is None else _anonymization(anonymized, before.quasi_identifiers)
        ),
        "utility": None if utility is None else utility.to_json(),
    }


# -- HTML -------------------------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _e(x: Any, limit: int | None = None) -> str:
    """Text for HTML (content or a quoted attribute): control characters replaced,
    optionally shortened, escaped."""
    s = _CONTROL.sub("\ufffd", "null" if x is None else str(x))
    if limit is not None and len(s) > limit:
        s = s[: limit - 1] + "\u2026"
    return html.escape(s, quote=True)


def _pct(x: float | None) -> str:
    if x is None:
        return "n/a"
    if 0 < x < 0.0001:
        return "<0.01%"
    return f"{x * 100:.2f}%"


def _num(x: float | None, digits: int = 3) -> str:
    if x is None:
        return "n/a"
    return f"{x:.{digits}f}"


def _int(x: int | None) -> str:
    return "n/a" if x is None else f"{x:,}"


def _values(n: int) -> str:
    return "1 value" if n == 1 else f"{n:,} values"


def _value_label(v: str | None) -> str:
    return "(missing)" if v is None else v


_CSS = """
:root { --before: BEFORE; --after: AFTER; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1d2329; background: #f5f6f8; }
main { max-width: 1080px; margin: 0 auto; padding: 24px 28px 48px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 32px 0 10px; border-bottom: 1px solid #d6dae0;
  padding-bottom: 4px; }
h3 { font-size: 14px; margin: 16px 0 6px; }
section { background: #fff; border: 1px solid #e1e4e8; border-radius: 6px;
  padding: 4px 18px 16px; margin-top: 18px; }
table { border-collapse: collapse; margin: 8px 0; font-variant-numeric: tabular-nums; }
th, td { text-align: left; padding: 4px 12px 4px 0; border-bottom: 1px solid #eceef1;
  vertical-align: top; }
th { font-weight: 600; color: #4a5560; }
td.n, th.n { text-align: right; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 12px 0; }
.card { background: #fff; border: 1px solid #e1e4e8; border-radius: 6px; padding: 10px 14px;
  min-width: 150px; }
.card .k { color: #5b6670; font-size: 12px; }
.card .v { font-size: 20px; font-weight: 600; }
.card .d { font-size: 12px; color: #5b6670; }
.legend span { display: inline-block; margin-right: 16px; font-size: 12px; }
.legend i { display: inline-block; width: 10px; height: 10px; margin-right: 5px; }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(460px, 1fr));
  gap: 8px 24px; }
.muted { color: #6a737d; }
.null { font-style: italic; color: #6a737d; }
svg { display: block; max-width: 100%; height: auto; }
svg text { font: 11px system-ui, sans-serif; fill: #1d2329; }
ul.notes li { margin: 2px 0; }
""".replace("BEFORE", BEFORE).replace("AFTER", AFTER)


def _legend(after: bool, names: tuple[str, str] = ("before", "after")) -> str:
    out = f'<div class="legend"><span><i style="background:{BEFORE}"></i>{names[0]}</span>'
    if after:
        out += f'<span><i style="background:{AFTER}"></i>{names[1]}</span>'
    return out + "</div>"


def _hbars(
    rows: Sequence[tuple[str, Sequence[tuple[Any, ...]]]],
    *,
    scale: float = 1.0,
    label_width: int = 210,
    bar_width: int = 380,
    title: str,
    fmt: Any = _pct,
) -> str:
    """Grouped horizontal bars. ``rows``: (label, [(value, colour, tooltip)]), values in
    ``[0, scale]`` (longer bars are cut at the scale); a ``None`` value draws no bar. A fourth
    item in a bar replaces the number written after it."""
    bar_h, gap = 13, 10
    y = 6
    parts: list[str] = []
    for label, bars in rows:
        group_h = len(bars) * (bar_h + 2)
        parts.append(
            f'<text x="{label_width - 8}" y="{y + group_h / 2 + 4:.1f}" '
            f'text-anchor="end">{_e(label, 34)}<title>{_e(label)}</title></text>'
        )
        for value, colour, tip, *text in bars:
            w = 0.0 if value is None or scale <= 0 else max(0.0, min(1.0, value / scale))
            px = w * bar_width
            parts.append(
                f'<rect x="{label_width}" y="{y}" width="{px:.1f}" height="{bar_h}" '
                f'fill="{colour}"><title>{_e(tip)}</title></rect>'
            )
            shown = text[0] if text else fmt(value)
            parts.append(
                f'<text x="{label_width + px + 4:.1f}" y="{y + bar_h - 2}">{_e(shown)}</text>'
            )
            y += bar_h + 2
        y += gap
    width = label_width + bar_width + 70
    return (
        f'<svg role="img" aria-label="{_e(title)}" viewBox="0 0 {width} {y}" '
        f'width="{width}" height="{y}">'
        f'<line x1="{label_width}" y1="0" x2="{label_width}" y2="{y}" stroke="#9aa4ad"/>'
        + "".join(parts)
        + "</svg>"
    )


def _nice(x: float) -> float:
    """The smallest of 1, 2, 2.5, 5 times a power of ten that is at least ``x``."""
    if x <= 0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(x))
    for m in (1.0, 2.0, 2.5, 5.0):
        if m * power >= x - 1e-12:
            return m * power
    return 10.0 * power


def _vbars(
    categories: Sequence[str],
    series: Sequence[tuple[str, str, Sequence[float], Sequence[str]]],
    *,
    title: str,
    axis: str,
) -> str:
    """Grouped vertical bars: ``series`` is (name, colour, values as shares, tooltips)."""
    left, top, plot_h, bottom = 72, 12, 180, 40
    group_w = 76
    width = left + group_w * len(categories) + 12
    height = top + plot_h + bottom
    peak = max((v for _, _, values, _ in series for v in values), default=0.0)
    scale = _nice(peak) if peak > 0 else 1.0
    parts = [
        f'<text x="12" y="{top + plot_h / 2:.0f}" transform="rotate(-90 12 '
        f'{top + plot_h / 2:.0f})" text-anchor="middle">{_e(axis)}</text>'
    ]
    for i in range(5):
        v = scale * i / 4
        y = top + plot_h - plot_h * i / 4
        parts.append(
            f'<line x1="{left}" y1="{y:.1f}" x2="{width - 8}" y2="{y:.1f}" stroke="#e3e6ea"/>'
            f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{_e(f"{v * 100:g}%")}</text>'
        )
    bar_w = (group_w - 16) / max(1, len(series))
    for c, category in enumerate(categories):
        x0 = left + c * group_w + 8
        for s, (_, colour, values, tips) in enumerate(series):
            h = plot_h * max(0.0, min(1.0, values[c] / scale))
            x = x0 + s * bar_w
            parts.append(
                f'<rect x="{x:.1f}" y="{top + plot_h - h:.1f}" width="{bar_w - 2:.1f}" '
                f'height="{h:.1f}" fill="{colour}"><title>{_e(tips[c])}</title></rect>'
            )
        parts.append(
            f'<text x="{x0 + (group_w - 16) / 2:.1f}" y="{top + plot_h + 16}" '
            f'text-anchor="middle">{_e(category)}</text>'
        )
    parts.append(
        f'<line x1="{left}" y1="{top + plot_h}" x2="{width - 8}" y2="{top + plot_h}" '
        'stroke="#9aa4ad"/>'
    )
    return (
        f'<svg role="img" aria-label="{_e(title)}" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}">' + "".join(parts) + "</svg>"
    )


def _table(head: Sequence[str], rows: Sequence[Sequence[str]], numeric_from: int = 1) -> str:
    """``head`` and ``rows`` are HTML already (escape before)."""
    th = "".join(
        f'<th class="n">{h}</th>' if i >= numeric_from else f"<th>{h}</th>"
        for i, h in enumerate(head)
    )
    body = "".join(
        "<tr>"
        + "".join(
            f'<td class="n">{v}</td>' if i >= numeric_from else f"<td>{v}</td>"
            for i, v in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    return f"<table><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>"


def _card(key: str, value: str, detail: str = "") -> str:
    d = f'<div class="d">{detail}</div>' if detail else ""
    return f'<div class="card"><div class="k">{key}</div><div class="v">{value}</div>{d}</div>'


def _arrow(before: str, after: str | None) -> str:
    return before if after is None else f"{before} \u2192 {after}"


def _meta_section(meta: Mapping[str, Any]) -> str:
    if not meta:
        return ""
    rows = []
    for k, v in meta.items():
        shown = v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)
        rows.append([_e(k, 80), _e(shown, 400)])
    return _table(["", ""], rows, numeric_from=99)


def _metric(data: Mapping[str, Any], metric: str) -> tuple[float | None, float | None]:
    for s in data["summary"]:
        if s["metric"] == metric:
            return s["before"], s["after"]
    raise KeyError(metric)  # pragma: no cover


def _summary_cards(data: Mapping[str, Any]) -> str:
    before, after = data["before"], data["after"]
    has_after = after is not None
    anonymization, utility = data["anonymization"], data["utility"]

    def both(key: str, fmt: Any) -> str:
        return _e(_arrow(fmt(before[key]), fmt(after[key]) if has_after else None))

    unique = _metric(data, "unique_share")
    highest = _metric(data, "prosecutor_max")
    cards = [
        _card("Records", both("records", _int)),
        _card(
            "Unique records", _e(_arrow(_pct(unique[0]), _pct(unique[1]) if has_after else None))
        ),
        _card("k (smallest class)", both("k", str)),
        _card(
            "Highest prosecutor risk",
            _e(_arrow(_pct(highest[0]), _pct(highest[1]) if has_after else None)),
        ),
    ]
    if anonymization is not None:
        share = anonymization["suppressed"] / before["records"] if before["records"] else 0.0
        cards.append(_card("Suppressed", _e(_int(anonymization["suppressed"])), _e(_pct(share))))
        cards.append(_card("NCP (information loss)", _e(_num(anonymization["ncp"], 4))))
    elif utility is not None:
        cards.append(_card("Suppressed", _e(_int(utility["suppressed"]))))
    if utility is not None and utility["classifier"] is not None:
        c = utility["classifier"]
        cards.append(
            _card(
                f"Accuracy ({_e(c['target'], 30)})",
                _e(_arrow(_num(c["original"]["accuracy"]), _num(c["protected"]["accuracy"]))),
                "original \u2192 protected",
            )
        )
    return '<div class="cards">' + "".join(cards) + "</div>"


def _risk_section(data: Mapping[str, Any]) -> str:
    before, has_after = data["before"], data["after"] is not None
    rows = []
    table_rows = []
    for s in data["summary"]:
        label, b, a = s["label"], s["before"], s["after"]
        bars: list[tuple[Any, ...]] = [(b, BEFORE, f"{label}, before: {_pct(b)}")]
        if has_after:
            bars.append((a, AFTER, f"{label}, after: {_pct(a)}"))
        rows.append((label, bars))
        table_rows.append([_e(label), _e(_pct(b))] + ([_e(_pct(a))] if has_after else []))
    svg = _hbars(rows, title="Re-identification risk" + (" before and after" if has_after else ""))
    head = ["Measure", "Before" if has_after else "Value"] + (["After"] if has_after else [])
    threshold = before["threshold"]
    population = before["population"]
    notes = (
        f'<p class="muted">A record is at risk when its risk is above {_e(_pct(threshold))} '
        f"(classes smaller than {_e(math.ceil(1 / threshold - 1e-9))}). Population "
        f"uniqueness: {_e(str(population['model']).title())}'s estimate"
        + (
            f", population of {_e(_int(population['population_size']))}"
            if population["population_size"]
            else ", the table taken as the population"
        )
        + (
            "; journalist and marketer risk against a population table"
            if before["journalist"]["population_table"]
            else ""
        )
        + ".</p>"
    )
    return (
        "<section><h2>Re-identification risk</h2>"
        + _legend(has_after)
        + svg
        + _table(head, table_rows)
        + notes
        + "</section>"
    )


def _histogram_section(data: Mapping[str, Any]) -> str:
    before, after = data["before"], data["after"]
    labels = [b["bucket"] for b in before["class_size_histogram"]]

    def series(p: Mapping[str, Any], name: str, colour: str) -> tuple[Any, ...]:
        buckets = p["class_size_histogram"]
        return (
            name,
            colour,
            [b["records"] / p["records"] if p["records"] else 0.0 for b in buckets],
            [
                f"classes of size {b['bucket']}, {name}: {b['classes']:,} classes, "
                f"{b['records']:,} records"
                for b in buckets
            ],
        )

    all_series = [series(before, "before", BEFORE)]
    if after is not None:
        all_series.append(series(after, "after", AFTER))
    svg = _vbars(labels, all_series, title="Equivalence class sizes", axis="share of records")
    head = ["Class size", "Classes before", "Records before"] + (
        ["Classes after", "Records after"] if after else []
    )
    rows = []
    for i, b in enumerate(before["class_size_histogram"]):
        row = [_e(b["bucket"]), _int(b["classes"]), _int(b["records"])]
        if after is not None:
            a = after["class_size_histogram"][i]
            row += [_int(a["classes"]), _int(a["records"])]
        rows.append(row)
    rows.append(
        ["<b>all</b>", _int(before["classes"]), _int(before["records"])]
        + ([_int(after["classes"]), _int(after["records"])] if after else [])
    )
    return (
        "<section><h2>Equivalence classes</h2>"
        f'<p class="muted">Records grouped by their quasi-identifiers '
        f"({_e(', '.join(before['quasi_identifiers']), 300)}); a record in a class of size "
        "<i>f</i> is re-identified with probability 1/<i>f</i>.</p>"
        + _legend(after is not None)
        + svg
        + _table(head, rows)
        + "</section>"
    )


def _sensitive_section(data: Mapping[str, Any]) -> str:
    before, after = data["before"], data["after"]
    if not before["sensitive_attributes"]:
        return ""
    by_after = {s["column"]: s for s in after["sensitive_attributes"]} if after else {}
    head = ["Attribute", "Values", "Distinct l", "Entropy l", "t (EMD)"]
    rows = []
    for s in before["sensitive_attributes"]:
        a = by_after.get(s["column"])
        rows.append(
            [
                _e(s["column"], 80),
                _int(s["values"]),
                _e(_arrow(str(s["distinct_l"]), None if a is None else str(a["distinct_l"]))),
                _e(_arrow(_num(s["entropy_l"]), None if a is None else _num(a["entropy_l"]))),
                _e(_arrow(_num(s["t"]), None if a is None else _num(a["t"]))),
            ]
        )
    return (
        "<section><h2>Sensitive attributes</h2>"
        '<p class="muted">Achieved l-diversity and t-closeness (earth mover\'s distance with '
        "equal ground distance; smaller is closer) over the equivalence classes.</p>"
        + _table(head, rows)
        + "</section>"
    )


def _top_chart(top: Mapping[str, Any], records: int, colour: str, title: str) -> str:
    rows: list[tuple[str, Sequence[tuple[Any, ...]]]] = []
    for item in top["values"]:
        label, c = _value_label(item["value"]), item["count"]
        share = c / records if records else 0.0
        rows.append((label, [(share, colour, f"{label}: {c:,} records ({_pct(share)})")]))
    peak = max((v["count"] / records for v in top["values"]), default=0.0) if records else 0.0
    if top["other"]:
        share = top["other"] / records if records else 0.0
        more = top["distinct"] - len(top["values"])
        label = "1 more value" if more == 1 else f"{more:,} more values"
        text = f"{_pct(share)} of records"
        rows.append((label, [(None, colour, f"{label}: {top['other']:,} records", text)]))
    return _hbars(rows, scale=_nice(peak), label_width=180, bar_width=200, title=title)


def _distribution_section(data: Mapping[str, Any]) -> str:
    before, after = data["before"], data["after"]
    after_top = {t["column"]: t for t in after["top_values"]} if after else {}
    blocks = []
    for t in before["top_values"]:
        column = t["column"]
        a = after_top.get(column)
        charts = (
            f"<div><h3>{_e(column, 80)} \u2014 before "
            f'<span class="muted">({_values(t["distinct"])})</span></h3>'
            + _top_chart(t, before["records"], BEFORE, f"{column} before")
            + "</div>"
        )
        if a is not None and after is not None:
            charts += (
                f"<div><h3>{_e(column, 80)} \u2014 after "
                f'<span class="muted">({_values(a["distinct"])})</span></h3>'
                + _top_chart(a, after["records"], AFTER, f"{column} after")
                + "</div>"
            )
        blocks.append(charts)
    return (
        "<section><h2>Quasi-identifier distributions</h2>"
        '<p class="muted">The most frequent values of each quasi-identifier, as a share of '
        "the records.</p>"
        '<div class="grid">' + "".join(blocks) + "</div></section>"
    )


def _utility_section(utility: Mapping[str, Any]) -> str:
    head = ["Column", "NCP", "Non-uniform entropy", "Values changed", "Distinct before/after"]
    rows = [
        [
            _e(c["column"], 80),
            _e(_num(c["ncp"], 4)),
            _e(_pct(c["non_uniform_entropy"])),
            _e(_pct(c["changed"])),
            _e(f"{c['distinct_before']:,} / {c['distinct_after']:,}"),
        ]
        for c in utility["columns"]
    ]
    rows.append(
        [
            "<b>all</b>",
            _e(_num(utility["ncp"], 4)),
            _e(_pct(utility["non_uniform_entropy"])),
            "",
            "",
        ]
    )
    out = (
        "<section><h2>Information loss</h2>"
        + _table(head, rows)
        + _table(
            ["Measure", "Value"],
            [
                ["Records released", _int(utility["released"])],
                ["Records suppressed", _int(utility["suppressed"])],
                ["Equivalence classes", _int(utility["classes"])],
                ["Average class size", _e(_num(utility["average_class_size"], 2))],
                ["Discernibility (before)", _int(utility["discernibility_before"])],
                ["Discernibility (after)", _int(utility["discernibility"])],
            ],
        )
        + '<p class="muted">NCP: normalized certainty penalty (0 = exact values, 1 = fully '
        "generalized). Non-uniform entropy: the information about the original value lost "
        "in the released one, as a share of the column's entropy. Discernibility: the sum "
        "of squared class sizes plus suppressed records times all records.</p></section>"
    )
    c = utility["classifier"]
    if c is not None:
        o, p = c["original"], c["protected"]
        rows_svg: list[tuple[str, Sequence[tuple[Any, ...]]]] = [
            (
                "Accuracy",
                [
                    (o["accuracy"], BEFORE, f"original: {_num(o['accuracy'])}"),
                    (p["accuracy"], AFTER, f"protected: {_num(p['accuracy'])}"),
                ],
            ),
            (
                "ROC AUC",
                [
                    (o["auc"], BEFORE, f"original: {_num(o['auc'])}"),
                    (p["auc"], AFTER, f"protected: {_num(p['auc'])}"),
                ],
            ),
        ]
        out += (
            "<section><h2>Downstream utility</h2>"
            f'<p class="muted">{_e(c["model"])} predicting <b>{_e(c["target"], 80)}</b> from '
            f"{_e(', '.join(c['features']), 300)}; trained on {_int(c['train_rows'])} rows "
            f"({_int(c['train_suppressed'])} of them suppressed in the protected table), "
            f"tested on the same {_int(c['test_rows'])} rows ({_int(c['test_suppressed'])} "
            f"suppressed: scored with nothing known). Seed {_e(c['seed'])}.</p>"
            + _legend(True, ("trained on original", "trained on protected"))
            + _hbars(rows_svg, title="Classifier scores", fmt=_num, label_width=120)
            + _table(
                ["Score", "Original", "Protected"],
                [
                    ["Accuracy", _e(_num(o["accuracy"])), _e(_num(p["accuracy"]))],
                    ["ROC AUC", _e(_num(o["auc"])), _e(_num(p["auc"]))],
                ],
            )
            + "</section>"
        )
    return out


def _anonymization_section(a: Mapping[str, Any]) -> str:
    rows = [
        ["Algorithm", _e(a["algorithm"])],
        ["Equivalence classes", _int(a["classes"])],
        ["Records released", _int(a["released"])],
        ["Records suppressed", _int(a["suppressed"])],
        ["NCP", _e(_num(a["ncp"], 4))],
    ]
    if a["ncp_by_column"]:
        rows.append(
            [
                "NCP by column",
                _e(", ".join(f"{k}: {_num(v, 4)}" for k, v in a["ncp_by_column"].items()), 600),
            ]
        )
    if a["levels"]:
        rows.append(
            ["Hierarchy levels", _e(", ".join(f"{k}: {v}" for k, v in a["levels"].items()), 600)]
        )
    rows.append(["Time", _e(f"{a['seconds']:.2f} s")])
    return "<section><h2>Anonymization</h2>" + _table(["", ""], rows, 99) + "</section>"


def _notes(data: Mapping[str, Any]) -> str:
    notes = [f"before: {n}" for n in data["before"]["notes"]]
    if data["after"] is not None:
        notes += [f"after: {n}" for n in data["after"]["notes"]]
    if data["utility"] is not None:
        notes += list(data["utility"]["notes"])
    if not notes:
        return ""
    return (
        '<section><h2>Notes</h2><ul class="notes">'
        + "".join(f"<li>{_e(n)}</li>" for n in dict.fromkeys(notes))
        + "</ul></section>"
    )


def render_html(
    before: RiskProfile | Mapping[str, Any],
    after: RiskProfile | None = None,
    utility: UtilityReport | None = None,
    anonymized: Anonymized | None = None,
    meta: Mapping[str, Any] | None = None,
) -> str:
    """The report as one self-contained HTML document, drawn from the figures of
    :func:`report_json` (pass its result, or what it takes). ``meta`` (input, policy,
    privacy model, ...) is shown as given, escaped. Without ``after``: one table's risk."""
    if isinstance(before, RiskProfile):
        data: Mapping[str, Any] = report_json(before, after, utility, anonymized, meta)
    else:
        if before.get("format") != FORMAT:
            raise UsageError(f"not a {FORMAT} report")
        data = before
    has_after = data["after"] is not None
    title = "veil protection report" if has_after else "veil risk report"
    body = [
        f"<h1>{_e(title)}</h1>",
        _meta_section(data["meta"]),
        _summary_cards(data),
        _risk_section(data),
        _histogram_section(data),
        _sensitive_section(data),
        _distribution_section(data),
    ]
    if data["anonymization"] is not None:
        body.append(_anonymization_section(data["anonymization"]))
    if data["utility"] is not None:
        body.append(_utility_section(data["utility"]))
    body.append(_notes(data))
    return (
        "<!doctype html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'\">"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(title)}</title><style>{_CSS}</style></head>"
        "<body><main>" + "".join(body) + "</main></body></html>\n"
    )


def build_report(
    original: pl.DataFrame,
    result: ProtectResult,
    policy: Policy,
    *,
    target: str | None = None,
    seed: int = 0,
    population: int | None = None,
    meta: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The report of one ``veil protect`` run (:func:`report_json`'s figures): risk of the
    input and of the released rows over the policy's quasi-identifiers, what the engine did,
    information loss and, with a ``target``, the classifier check. ``meta`` is put first
    (say which input and policy); the policy's privacy model and the run's figures follow."""
    if policy.privacy is None:
        raise UsageError(
            "the report measures risk over quasi-identifiers: the policy has no privacy "
            "section naming them"
        )
    qi = list(policy.privacy.quasi_identifiers)
    sensitive = list(policy.privacy.sensitive)
    anonymized = result.anonymized
    released = anonymized.table if anonymized is not None else result.table
    before = risk(original, qi, sensitive, population=population)
    after = risk(released, qi, sensitive, population=population)
    protected: pl.DataFrame | Anonymized = anonymized if anonymized is not None else released
    loss = utility(original, protected, qi, target, seed=seed)
    info: dict[str, Any] = dict(meta or {})
    info.update(
        {
            "privacy": policy.privacy.model_dump(mode="json"),
            "rows_in": result.rows_in,
            "rows_out": result.rows_out,
            "actions": dict(result.actions),
            "dropped": list(result.dropped),
        }
    )
    return report_json(before, after, loss, anonymized, info)
