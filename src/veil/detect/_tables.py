"""Tables and files: classify columns, scan free text cell by cell, tally findings.

Each cell is checked as ``"<column name>: <value>"`` so that the column name acts as the
context word a recognizer expects ("ssn: 123456789" is an SSN, "order_id: 2125550198" is not
a phone number). A column is classified by the share of its values that a validated finding
covers almost entirely; the column name alone decides only for types no pattern can check
(names, places, passwords). Files are read in bounded batches, so memory stays flat.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from veil.types import ColumnClass, EntityType, Finding

from ._io import BadRecord, file_kind, iter_table_batches, iter_text_lines
from ._structured import NAME_ONLY as _NAME_ONLY
from ._structured import column_hint, site_names

if TYPE_CHECKING:
    import polars as pl

    from ._detector import Detector

__all__ = ["FileReport", "classify_frame", "mask", "read_sample", "scan_path"]

MAX_LINES = 5
MAX_EXAMPLES = 3
COVER = 0.8  # a finding must cover this share of a cell for the cell to "be" that type
_SUB_BATCH = 4096  # cells per detection call
_BATCH_CHARS = 2 * 1024 * 1024  # text per detection call (bounds findings held at once)


def mask(value: str, keep: int = 2) -> str:
    """Shape-preserving mask: letters -> x/X, digits -> #, the last ``keep`` chars shown."""
    head, tail = value[:-keep] if len(value) > keep + 3 else value, ""
    if len(value) > keep + 3:
        tail = value[-keep:]
    out = []
    for c in head:
        if c.isdigit():
            out.append("#")
        elif c.isalpha():
            out.append("X" if c.isupper() else "x")
        else:
            out.append(c)
    return "".join(out)[:40] + tail


@dataclass
class _ColumnTally:
    name: str
    hint: EntityType | None
    non_null: int = 0
    chars: int = 0
    words: int = 0
    cells: Counter[EntityType] = field(default_factory=Counter)  # cells that are a type
    findings: Counter[EntityType] = field(default_factory=Counter)  # findings in cells
    lines: dict[EntityType, list[int]] = field(default_factory=dict)
    examples: dict[EntityType, list[str]] = field(default_factory=dict)

    def add(self, line: int, value: str, found: list[Finding], offset: int) -> None:
        self.non_null += 1
        self.chars += len(value)
        self.words += value.count(" ") + 1
        stripped = len(value.strip()) or 1
        for f in found:
            if f.end <= offset:
                continue  # a finding inside the "<column>: " prefix
            t = f.entity_type
            self.findings[t] += 1
            ln = self.lines.setdefault(t, [])
            if len(ln) < MAX_LINES and (not ln or ln[-1] != line):
                ln.append(line)
            ex = self.examples.setdefault(t, [])
            if len(ex) < MAX_EXAMPLES:
                ex.append(mask(value[max(0, f.start - offset) : f.end - offset]))
        best = max(found, key=lambda f: f.end - f.start, default=None)
        if best is not None and (best.end - max(best.start, offset)) >= COVER * stripped:
            self.cells[best.entity_type] += 1

    def classify(self) -> ColumnClass:
        n = self.non_null
        free = n > 0 and self.chars / n >= 25 and self.words / n >= 4
        text_findings = {t.value: c for t, c in self.findings.most_common()}
        if n == 0:
            return ColumnClass(self.name, None, 0.0, 0.0, 0, reason="no values")
        if free:
            top = self.findings.most_common(1)
            main = top[0][0] if top else None
            return ColumnClass(
                self.name,
                main,
                1.0 if top else 0.0,
                0.0,
                n,
                examples=tuple(self.examples.get(main, [])) if main else (),
                reason="free text scanned cell by cell",
                free_text=True,
                text_findings=text_findings,
                count=sum(self.findings.values()),
                lines=tuple(sorted({x for ls in self.lines.values() for x in ls})[:MAX_LINES]),
            )
        etype: EntityType | None = None
        confidence = share = 0.0
        reason = "no sensitive values found"
        if self.cells:
            t, c = self.cells.most_common(1)[0]
            share = c / n
            if share >= 0.5:
                etype, confidence = t, share
                reason = f"{share:.0%} of values are {t.value}"
                if self.hint is t or (self.hint, t) in _COMPATIBLE:
                    confidence = min(1.0, confidence + 0.15)
                    reason += "; column name agrees"
        if etype is None and self.hint is not None:
            hs = self.cells.get(self.hint, 0) / n
            if hs >= 0.1 or self.hint in _NAME_ONLY:
                etype, share = self.hint, hs
                confidence = 0.5 + hs / 2
                reason = f"column name suggests {self.hint.value}" + (
                    f"; {hs:.0%} of values agree" if hs else ""
                )
        count = self.findings.get(etype, 0) if etype else 0
        if etype is not None and count == 0:
            count = n  # asserted by name: every value counts
        return ColumnClass(
            self.name,
            etype,
            confidence,
            share,
            n,
            examples=tuple(self.examples.get(etype, [])) if etype else (),
            reason=reason,
            count=count,
            lines=tuple(self.lines.get(etype, [])) if etype else (),
            text_findings=text_findings,
        )


_COMPATIBLE = {
    (EntityType.DATE_OF_BIRTH, EntityType.DATE_TIME),
    (EntityType.ADDRESS, EntityType.LOCATION),
    (EntityType.LOCATION, EntityType.ADDRESS),
}


def _prefix(name: str) -> str:
    return re.sub(r"[_\-.]+", " ", name).strip() + ": "


def _tally_batch(
    detector: Detector,
    tallies: dict[str, _ColumnTally],
    lines: list[int],
    cols: dict[str, list[str | None]],
) -> None:
    labels = dict(zip(cols, site_names(list(cols)), strict=True))
    for name, values in cols.items():
        tally = tallies.get(name)
        if tally is None:
            tally = tallies[name] = _ColumnTally(name, column_hint(labels[name]))
        prefix = _prefix(labels[name])
        idx = [i for i, v in enumerate(values) if v is not None and v.strip()]
        for k in range(0, len(idx), _SUB_BATCH):  # bounded findings in memory at once
            part = idx[k : k + _SUB_BATCH]
            texts = [prefix + str(values[i]) for i in part]
            for i, found in zip(part, detector.find_batch(texts), strict=True):
                tally.add(lines[i], str(values[i]), found, len(prefix))


def classify_frame(
    detector: Detector, frame: pl.DataFrame, *, sample: int = 1000
) -> list[ColumnClass]:
    """Classify the columns of a Polars DataFrame from its first ``sample`` rows."""
    import polars as pl

    head = frame.head(sample)
    cols: dict[str, list[str | None]] = {}
    for name in head.columns:
        s = head.get_column(name)
        if s.dtype != pl.String:
            s = s.cast(pl.String, strict=False)
        cols[name] = s.to_list()
    tallies: dict[str, _ColumnTally] = {}
    _tally_batch(detector, tallies, list(range(2, 2 + head.height)), cols)  # row 1: header
    return [
        tallies[c].classify() if c in tallies else ColumnClass(c, None, 0.0, 0.0, 0)
        for c in head.columns
    ]


def read_sample(path: Path, rows: int) -> pl.DataFrame:
    """The first ``rows`` rows of a CSV/TSV/Parquet/JSONL file as strings."""
    import polars as pl

    kind = file_kind(path)
    for _, cols in iter_table_batches(path, kind, batch_rows=rows):
        return pl.DataFrame(
            {k: v[:rows] for k, v in cols.items()}, schema=dict.fromkeys(cols, pl.String)
        )
    return pl.DataFrame()


@dataclass
class FileReport:
    path: str
    kind: str
    records: int = 0
    columns: list[ColumnClass] = field(default_factory=list)
    types: dict[str, int] = field(default_factory=dict)  # text files: type -> count
    lines: dict[str, list[int]] = field(default_factory=dict)
    bad: list[BadRecord] = field(default_factory=list)

    def found_types(self) -> set[str]:
        out = set(self.types)
        for c in self.columns:
            if c.entity_type is not None:
                out.add(c.entity_type.value)
            out.update(c.text_findings)
        return out

    def to_dict(self) -> dict[str, object]:
        d: dict[str, object] = {"path": self.path, "kind": self.kind, "records": self.records}
        if self.kind == "text":
            d["findings"] = {
                t: {"count": c, "lines": self.lines.get(t, [])}
                for t, c in sorted(self.types.items(), key=lambda x: -x[1])
            }
        else:
            d["columns"] = [c.to_dict() for c in self.columns]
        d["bad_records"] = [{"line": b.line, "reason": b.reason} for b in self.bad]
        return d


def scan_path(
    detector: Detector,
    path: Path,
    *,
    skip_bad: bool = False,
    progress: Callable[[int], None] | None = None,
    batch_lines: int = 2048,
) -> FileReport:
    kind = file_kind(path)
    report = FileReport(str(path), kind)
    if kind != "text":
        tallies: dict[str, _ColumnTally] = {}
        for lines, cols in iter_table_batches(path, kind, progress=progress):
            report.records += len(lines)
            _tally_batch(detector, tallies, lines, cols)
        report.columns = [t.classify() for t in tallies.values()]
        return report
    counts: Counter[str] = Counter()
    batch: list[tuple[int, str]] = []

    def flush() -> None:
        for (line, _), found in zip(batch, detector.find_batch([t for _, t in batch]), strict=True):
            for f in found:
                t = f.entity_type.value
                counts[t] += 1
                ls = report.lines.setdefault(t, [])
                if len(ls) < MAX_LINES and (not ls or ls[-1] != line):
                    ls.append(line)
        batch.clear()

    last = 0
    chars = 0
    for item in iter_text_lines(path, skip_bad=skip_bad, progress=progress):
        if isinstance(item, BadRecord):
            report.bad.append(item)
            continue
        batch.append(item)
        last = item[0]
        chars += len(item[1])
        if len(batch) >= batch_lines or chars >= _BATCH_CHARS:
            flush()
            chars = 0
    flush()
    report.records = last
    report.types = dict(counts)
    return report
