"""``veil detect`` and ``veil scan``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.table import Table

from veil.detect import DEFAULT_THRESHOLD
from veil.errors import PolicyViolation, UsageError
from veil.types import EntityType

from ._console import console, err_console, progress_bar

if TYPE_CHECKING:
    from veil.detect import Detector, FileReport

_TYPES_HELP = "Comma-separated entity types to report (default: all)."


def _parse_types(types: str | None) -> list[EntityType] | None:
    if types is None or not types.strip():
        return None
    return [EntityType.parse(t) for t in types.split(",") if t.strip()]


def _make_detector(
    threshold: float, types: str | None, recognizers: Path | None, no_ner: bool
) -> Detector:
    from veil.detect import Detector

    d = Detector(
        threshold=threshold,
        types=_parse_types(types),
        recognizers=recognizers,
        ner=False if no_ner else None,
    )
    return d


def _warn_ner(d: Detector, no_ner: bool) -> None:
    if not d.ner_enabled and not no_ner and "not requested" not in d.ner_status:
        err_console.print(f"[yellow]warning:[/yellow] NER {d.ner_status}", highlight=False)


def _size(path: Path | None) -> int | None:
    try:
        return path.stat().st_size if path is not None else None
    except OSError:
        return None


def detect(
    input: Path = typer.Option(
        ...,
        "--input",
        "-i",
        help='JSONL file, one {"id", "text"} per line; \'-\' reads stdin.',
        allow_dash=True,
    ),
    output: Path = typer.Option(
        ..., "--output", "-o", help="JSONL findings; '-' is stdout.", allow_dash=True
    ),
    threshold: float = typer.Option(
        DEFAULT_THRESHOLD, min=0.0, max=1.0, help="Minimum score to report."
    ),
    types: str | None = typer.Option(None, "--types", help=_TYPES_HELP),
    skip_bad: bool = typer.Option(
        False, "--skip-bad", help="Report malformed records and skip them instead of stopping."
    ),
    recognizers: Path | None = typer.Option(
        None, "--recognizers", help="Extra recognizers YAML file."
    ),
    no_ner: bool = typer.Option(False, "--no-ner", help="Patterns only: skip names/places."),
    max_record_mb: int = typer.Option(16, min=1, help="Largest JSONL record accepted, MB."),
    batch_size: int = typer.Option(512, min=1, help="Records per detection batch."),
) -> None:
    """Find entities in JSONL text records; write one JSONL line of entities per record."""
    from veil.detect import detect_jsonl

    src = None if str(input) == "-" else input
    dst = None if str(output) == "-" else output
    if src is not None and dst is not None and src.resolve() == dst.resolve():
        raise UsageError("--output must differ from --input")
    with _make_detector(threshold, types, recognizers, no_ner) as d:
        _warn_ner(d, no_ner)
        with progress_bar("detect", _size(src)) as advance:
            stats = detect_jsonl(
                d,
                src,
                dst,
                skip_bad=skip_bad,
                max_record_bytes=max_record_mb * 1024 * 1024,
                batch_size=batch_size,
                progress=advance,
            )
    for bad in stats.bad[:20]:
        err_console.print(
            f"[yellow]skipped[/yellow] {src or '<stdin>'}:{bad.line}: {bad.reason}",
            highlight=False,
            soft_wrap=True,
        )
    if len(stats.bad) > 20:
        err_console.print(f"[yellow]skipped[/yellow] {len(stats.bad) - 20} more bad records")
    summary = ", ".join(f"{t} {n}" for t, n in sorted(stats.by_type.items(), key=lambda x: -x[1]))
    err_console.print(
        f"{stats.records} records, {stats.findings} entities"
        + (f" ({summary})" if summary else "")
        + (f", {len(stats.bad)} skipped" if stats.bad else ""),
        highlight=False,
        soft_wrap=True,
    )


def _render(report: FileReport) -> None:
    if report.kind == "text":
        t = Table(title=f"{report.path} ({report.records} lines)", title_justify="left")
        t.add_column("entity type")
        t.add_column("count", justify="right")
        t.add_column("lines")
        for typ, n in sorted(report.types.items(), key=lambda x: -x[1]):
            t.add_row(typ, str(n), ", ".join(map(str, report.lines.get(typ, []))))
        if not report.types:
            t.add_row("[green]none found[/green]", "0", "")
    else:
        t = Table(
            title=f"{report.path} ({report.kind}, {report.records} rows)", title_justify="left"
        )
        for col, just in [
            ("column", "left"),
            ("entity type", "left"),
            ("conf.", "right"),
            ("share", "right"),
            ("count", "right"),
            ("lines", "left"),
            ("examples (masked)", "left"),
        ]:
            t.add_column(col, justify=just)  # type: ignore[arg-type]
        for c in report.columns:
            if c.free_text:
                kind = "free text: " + (
                    ", ".join(f"{k}×{v}" for k, v in c.text_findings.items()) or "clean"
                )
            elif c.entity_type:
                kind = c.entity_type.value
            elif c.text_findings:  # no column type, but values found inside some cells
                kind = "in cells: " + ", ".join(f"{k}×{v}" for k, v in c.text_findings.items())
            else:
                kind = "[dim]-[/dim]"
            t.add_row(
                c.column,
                kind,
                f"{c.confidence:.2f}" if c.entity_type else "",
                f"{c.match_share:.0%}" if c.entity_type and not c.free_text else "",
                str(c.count) if c.entity_type else "",
                ", ".join(map(str, c.lines)),
                ", ".join(c.examples),
            )
    console.print(t)
    for bad in report.bad[:20]:
        err_console.print(
            f"[yellow]skipped[/yellow] {report.path}:{bad.line}: {bad.reason}", highlight=False
        )


def scan(
    paths: list[Path] = typer.Argument(..., help="CSV, TSV, Parquet, JSONL or text files."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON for machines."),
    fail_on: str | None = typer.Option(
        None, "--fail-on", help="Exit 3 when any of these types is found ('any' for all)."
    ),
    threshold: float = typer.Option(
        DEFAULT_THRESHOLD, min=0.0, max=1.0, help="Minimum score to report."
    ),
    types: str | None = typer.Option(None, "--types", help=_TYPES_HELP),
    skip_bad: bool = typer.Option(False, "--skip-bad", help="Skip undecodable text lines."),
    recognizers: Path | None = typer.Option(
        None, "--recognizers", help="Extra recognizers YAML file."
    ),
    no_ner: bool = typer.Option(False, "--no-ner", help="Patterns only: skip names/places."),
) -> None:
    """Scan files for sensitive data: per column for tables, per entity type for text."""
    from veil.detect import scan_path

    gate: set[str] | None = None
    if fail_on is not None:
        gate = (
            {t.value for t in EntityType}
            if fail_on.strip().lower() == "any"
            else {t.value for t in _parse_types(fail_on) or []}
        )
    reports: list[FileReport] = []
    with _make_detector(threshold, types, recognizers, no_ner) as d:
        _warn_ner(d, no_ner)
        for p in paths:
            with progress_bar(f"scan {p.name}", _size(p)) as advance:
                reports.append(scan_path(d, p, skip_bad=skip_bad, progress=advance))
            if not as_json:
                _render(reports[-1])
    if as_json:
        typer.echo(
            json.dumps({"files": [r.to_dict() for r in reports]}, indent=2, ensure_ascii=False)
        )
    if gate is not None:
        hits = sorted(set().union(*(r.found_types() for r in reports)) & gate)
        if hits:
            raise PolicyViolation(f"--fail-on: found {', '.join(hits)}")
