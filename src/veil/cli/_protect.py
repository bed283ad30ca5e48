"""`veil protect`, `veil policy suggest|validate|schema`, `veil risk`: thin shells over
veil.anonymize."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import typer

from veil.errors import InputError, UsageError

from ._console import console, err_console

policy_app = typer.Typer(
    help="Protection policies: suggest one from a scan, validate, export the JSON schema.",
    no_args_is_help=True,
)


def _ctx(principal: str, purpose: str) -> Any:
    from veil.anonymize.operators import OperatorContext

    def keyring() -> Any:
        from ._keys import _open

        return _open(stdin_busy=True)

    def vault() -> Any:
        from veil.vault import open_vault

        from ._keys import get_settings

        return open_vault(get_settings(), keyring=ctx.keyring)

    ctx = OperatorContext(keyring=keyring, vault=vault, principal=principal, purpose=purpose)
    return ctx


def protect(
    input_path: Path = typer.Argument(..., metavar="INPUT", help="CSV, TSV, Parquet or JSONL."),
    policy_path: Path = typer.Option(..., "--policy", "-p", help="Policy YAML."),
    output: Path = typer.Option(..., "--output", "-o", help="Where to write the result."),
    report: Path | None = typer.Option(None, "--report", help="Write an HTML report here."),
    report_json: Path | None = typer.Option(
        None, "--report-json", help="Write the report's figures as JSON here."
    ),
    target: str | None = typer.Option(
        None, "--target", help="Report: train a classifier on this column, original vs protected."
    ),
    principal: str | None = typer.Option(None, "--principal", help="Who is acting (audited)."),
    purpose: str = typer.Option("dataset-protection", "--purpose", help="Why (audited)."),
) -> None:
    """Turn a sensitive table into an AI-safe one, as the policy says."""
    from veil.anonymize.policy import load_policy
    from veil.anonymize.protect import protect_file

    from ._vault import _principal

    policy = load_policy(policy_path)
    ctx = _ctx(_principal(principal), purpose)
    try:
        done = 0

        def rows_done(n: int) -> None:  # streaming: rows so far
            nonlocal done
            done += n
            status.update(f"protecting: {done:,} rows")

        with console.status("protecting") as status:
            result = protect_file(
                input_path,
                output,
                policy,
                ctx,
                report_html=report,
                report_json=report_json,
                utility_target=target,
                progress=lambda m: status.update(m),
                rows_done=rows_done,
            )
    finally:
        ctx.close()
    console.print(
        f"{result.rows_in} rows -> {result.rows_out} written to {output}"
        + (f" ({result.suppressed} suppressed)" if result.suppressed else "")
        + (f"; dropped {', '.join(result.dropped)}" if result.dropped else ""),
        highlight=False,
    )
    a = result.anonymized
    if a is not None:
        console.print(
            f"{a.algorithm}: {a.classes} equivalence classes, NCP {a.ncp:.4f}, verified "
            f"in {a.seconds:.2f} s",
            highlight=False,
        )


@policy_app.command("schema")
def policy_schema() -> None:
    """Print the policy file's JSON schema."""
    from veil.anonymize.policy import policy_schema as schema

    typer.echo(schema())


@policy_app.command("validate")
def policy_validate(
    policy_path: Path = typer.Argument(..., metavar="POLICY"),
    data: Path | None = typer.Option(None, "--data", help="Also check it against this table."),
) -> None:
    """Check a policy file (and, with --data, that its columns exist)."""
    from veil.anonymize.policy import load_policy
    from veil.anonymize.protect import check_policy, read_table

    policy = load_policy(policy_path)
    if data is not None:
        table, _ = read_table(data)
        check_policy(table, policy)
    n = len(policy.columns)
    extra = "" if policy.privacy is None else f"; k={policy.privacy.k}"
    console.print(f"[green]ok[/green]: {policy_path}: {n} column rule(s){extra}")


@policy_app.command("suggest")
def policy_suggest(
    data: Path = typer.Argument(..., metavar="DATA", help="The table to scan."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write the YAML here."),
    profile: str = typer.Option("default", "--profile", help="default | hipaa-safe-harbor"),
    k: int = typer.Option(10, "--k", min=2, help="k for the suggested privacy model."),
    no_ner: bool = typer.Option(False, "--no-ner", help="Patterns only: skip names/places."),
) -> None:
    """Write a starting policy from what `veil scan` finds in DATA."""
    from veil.anonymize.suggest import suggest_policy
    from veil.detect import Detector, scan_path

    with Detector(ner=False if no_ner else None) as d:
        found = scan_path(d, data)
    if not found.columns:
        raise InputError("not a table (CSV, TSV, Parquet or JSONL with columns)", source=str(data))
    text = suggest_policy(found.columns, profile=profile, k=k)
    if output is None:
        sys.stdout.write(text)
        return
    if output.exists():
        raise UsageError(f"{output} exists; not overwriting a policy someone may have edited")
    from veil._atomic import atomic_open

    with atomic_open(output, "w", encoding="utf-8") as f:
        f.write(text)
    err_console.print(f"policy written to {output}; review it, then `veil protect`")


def risk(
    data: Path = typer.Argument(..., metavar="DATA", help="CSV, TSV, Parquet or JSONL."),
    qi: str = typer.Option(..., "--qi", help="Quasi-identifier columns, comma-separated."),
    sensitive: str | None = typer.Option(
        None, "--sensitive", help="Sensitive columns (for l and t), comma-separated."
    ),
    population: int | None = typer.Option(
        None, "--population", min=1, help="Size of the population the table was drawn from."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
    report: Path | None = typer.Option(None, "--report", help="Write an HTML risk report."),
) -> None:
    """Re-identification risk of a table: uniqueness, class sizes, prosecutor / journalist /
    marketer risk, achieved k, l and t."""
    from veil.anonymize.protect import read_table
    from veil.anonymize.report import render_html, report_json
    from veil.anonymize.risk import risk as measure

    table, _ = read_table(data)
    qis = [c.strip() for c in qi.split(",") if c.strip()]
    sens = [c.strip() for c in (sensitive or "").split(",") if c.strip()]
    if not qis:
        raise UsageError("--qi needs at least one column")
    profile = measure(table, qis, sens, population=population)
    data_json = report_json(profile, None, meta={"input": str(data), "rows": table.height})
    if report is not None:
        from veil._atomic import atomic_open

        with atomic_open(report, "w", encoding="utf-8") as f:
            f.write(render_html(data_json))
        err_console.print(f"report written to {report}")
    if as_json:
        typer.echo(json.dumps(data_json, indent=2, ensure_ascii=False))
        return
    p = profile.to_json()
    console.print(
        f"{table.height} records, {p['classes']} classes on {len(qis)} quasi-identifiers: "
        f"k = {p['k']}, {_share(p['unique_share'])} unique; prosecutor risk max "
        f"{_share(p['prosecutor']['max'])}, average {_share(p['prosecutor']['average'])}, "
        f"{_share(p['prosecutor']['records_at_risk'])} of records above "
        f"{_share(p['threshold'])}; population uniqueness {_share(p['population']['uniqueness'])}",
        highlight=False,
    )
    for s in p["sensitive_attributes"]:
        console.print(
            f"  {s['column']}: distinct l = {s['distinct_l']}, entropy l = {s['entropy_l']:.3f}, "
            f"t = {s['t']:.3f}",
            highlight=False,
        )


def _share(x: Any) -> str:
    return "-" if x is None else f"{float(x):.1%}"
