"""``veil demo``: detection on the built-in samples, end to end."""

from __future__ import annotations

import json
import tempfile
from importlib import resources
from pathlib import Path

import typer
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from veil.detect import Detector, detect_jsonl, scan_path
from veil.types import Finding

from ._console import console
from ._detect import _render

_COLORS = {"PERSON": "bold magenta", "LOCATION": "magenta", "ADDRESS": "magenta"}


def _highlight(text: str, findings: list[Finding]) -> Text:
    out = Text(text)
    for f in findings:
        style = _COLORS.get(
            f.entity_type.value, "bold red" if f.entity_type.is_secret else "bold yellow"
        )
        out.stylize(style, f.start, f.end)
    return out


def demo(
    no_ner: bool = typer.Option(False, "--no-ner", help="Patterns only: skip names/places."),
) -> None:
    """Run detection on veil's built-in sample data."""
    samples = resources.files("veil").joinpath("_samples")
    with Detector(ner=False if no_ner else None) as d:
        console.rule("[bold]veil demo: detection")
        console.print(f"pattern engine: {d.engine}; NER: {d.ner_status}", highlight=False)
        lines = samples.joinpath("notes.jsonl").read_text("utf-8").splitlines()
        records = [json.loads(x) for x in lines if x.strip()]
        results = d.find_batch([r["text"] for r in records])
        for rec, found in zip(records, results, strict=True):
            console.print(
                Panel(_highlight(rec["text"], found), title=rec["id"], title_align="left")
            )
            if not found:
                console.print("  [green]nothing sensitive (hard negatives stay quiet)[/green]")
                continue
            t = Table(show_header=True, header_style="dim", box=None, pad_edge=False)
            for c in ("type", "span", "score", "HIPAA", "why"):
                t.add_column(c)
            for f in found:
                hip = f.entity_type.hipaa
                t.add_row(
                    f.entity_type.value,
                    f"{f.start}-{f.end}",
                    f"{f.score:.2f}",
                    hip.name.lower() if hip else "-",
                    f.explanation,
                )
            console.print(t)

        console.rule("[bold]veil detect: JSONL in, JSONL out")
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / "notes.jsonl"
            dst = Path(tmp) / "findings.jsonl"
            src.write_text("\n".join(lines) + "\n", encoding="utf-8")
            stats = detect_jsonl(d, src, dst)
            first = dst.read_text("utf-8").splitlines()[0]
            console.print(
                f"{stats.records} records -> {stats.findings} entities; first line:",
                highlight=False,
            )
            console.print_json(first)

            console.rule("[bold]veil scan: a customer table")
            csv = Path(tmp) / "customers.csv"
            csv.write_text(samples.joinpath("customers.csv").read_text("utf-8"), encoding="utf-8")
            _render(scan_path(d, csv))
    console.print(
        "Next: [bold]veil detect --input IN.jsonl --output OUT.jsonl[/bold], "
        "[bold]veil scan FILE... --fail-on any[/bold]"
    )
