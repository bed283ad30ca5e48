"""`veil vault …`, `veil tokenize`, `veil detokenize`, `veil audit …`: thin shells over
veil.vault and veil.audit."""

from __future__ import annotations

import getpass
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
from rich.table import Table

from veil.errors import AuditIntegrityError, InputError, UsageError

from ._console import console, err_console, progress_items
from ._keys import _fmt_duration, _open, get_settings, parse_duration

if TYPE_CHECKING:
    from veil.audit import AuditLog
    from veil.vault import Vault

vault_app = typer.Typer(help="Token vault: namespaces and subject erasure.", no_args_is_help=True)
namespace_app = typer.Typer(help="Create and list vault namespaces.", no_args_is_help=True)
vault_app.add_typer(namespace_app, name="namespace")
audit_app = typer.Typer(
    help="Tamper-evident audit log: verify, prove, tail, checkpoint.", no_args_is_help=True
)

BATCH = 10_000


def _principal(value: str | None) -> str:
    if value:
        return value
    try:
        return "local:" + getpass.getuser()
    except (KeyError, OSError):
        return "local:unknown"


PRINCIPAL = typer.Option(
    None, "--principal", help="Who is acting (audited). Default: local:<your user name>."
)
PURPOSE = typer.Option("cli", "--purpose", help="Why (audited), e.g. fraud-investigation.")


def _open_vault() -> Vault:
    from veil.vault import open_vault

    settings = get_settings()
    return open_vault(settings, keyring=_open(stdin_busy=True))


def _open_audit() -> AuditLog:
    from veil.audit import open_audit_log

    settings = get_settings()
    return open_audit_log(settings, keyring=_open())


# -- namespaces ------------------------------------------------------------------------------


@namespace_app.command("create")
def namespace_create(
    name: str = typer.Argument(..., help="Namespace name, e.g. ssn, email, card."),
    format: str = typer.Option(..., "--format", help="random | deterministic | format-preserving"),
    ttl: str | None = typer.Option(None, "--ttl", help="Tokens expire after e.g. 30d, 12h."),
    alphabet: str = typer.Option(
        "digits", "--alphabet", help="format-preserving: digits | alphanumeric"
    ),
    keep_last: int = typer.Option(
        0, "--keep-last", help="format-preserving: keep the last N characters in clear."
    ),
    max_length: int = typer.Option(
        256, "--max-length", help="format-preserving: longest value accepted."
    ),
    principal: str | None = PRINCIPAL,
    purpose: str = PURPOSE,
) -> None:
    """Create a namespace with its token format."""
    vault = _open_vault()
    try:
        ns = vault.create_namespace(
            name,
            format,
            principal=_principal(principal),
            purpose=purpose,
            ttl=None if ttl is None else parse_duration(ttl),
            alphabet=alphabet,
            keep_last=keep_last,
            max_length=max_length,
        )
    finally:
        vault.close()
    err_console.print(f"created namespace [bold]{ns.name}[/bold] ({ns.format.value})")


@namespace_app.command("list")
def namespace_list(as_json: bool = typer.Option(False, "--json", help="JSON output.")) -> None:
    """List namespaces."""
    vault = _open_vault()
    try:
        spaces = vault.namespaces()
    finally:
        vault.close()
    if as_json:
        typer.echo(
            json.dumps(
                [
                    {
                        "name": n.name,
                        "format": n.format.value,
                        "ttl_seconds": None if n.ttl is None else int(n.ttl.total_seconds()),
                        "alphabet": n.alphabet,
                        "keep_last": n.keep_last,
                    }
                    for n in spaces
                ],
                indent=2,
            )
        )
        return
    table = Table("namespace", "format", "ttl", "alphabet", "keep last")
    for n in spaces:
        table.add_row(
            n.name, n.format.value, _fmt_duration(n.ttl), n.alphabet or "-", str(n.keep_last)
        )
    console.print(table)


@vault_app.command("erase-subject")
def erase_subject(
    subject: str = typer.Argument(..., help="The data subject id used when tokenizing."),
    principal: str | None = PRINCIPAL,
    purpose: str = typer.Option("gdpr-art17", "--purpose", help="Why (audited)."),
) -> None:
    """Crypto-shred a data subject: its values become unreadable everywhere, backups
    included; its tokens resolve to 'erased'."""
    vault = _open_vault()
    try:
        report = vault.erase_subject(subject, principal=_principal(principal), purpose=purpose)
    finally:
        vault.close()
    if not report.subject_found:
        err_console.print("no values were stored for this subject; nothing to erase")
    console.print(
        f"erased: {report.tokens_erased} token(s); subject keys now under version "
        f"{report.subject_key_version} ({report.rewrapped_subject_keys} rewrapped, versions "
        f"{', '.join(map(str, report.destroyed_versions)) or 'none'} destroyed)"
    )


# -- tokenize / detokenize -----------------------------------------------------------------------


def _read_lines(path: Path) -> list[str]:
    source = "<stdin>" if str(path) == "-" else str(path)
    try:
        raw = sys.stdin.buffer.read() if str(path) == "-" else path.read_bytes()
    except OSError as e:
        raise InputError(f"cannot read: {e.strerror}", source=source) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise InputError("not valid UTF-8", source=source, line=line) from None
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    out = []
    for i, line in enumerate(lines, 1):
        line = line.removesuffix("\r")
        if not line:
            raise InputError("empty line: one value per line expected", source=source, line=i)
        out.append(line)
    return out


def _inputs(args: list[str] | None, input_file: Path | None, what: str) -> list[str]:
    if args and input_file is not None:
        raise UsageError(f"give {what}s as arguments or with --input, not both")
    if input_file is not None:
        return _read_lines(input_file)
    if not args:
        raise UsageError(f"no {what}s: give them as arguments or with --input FILE")
    return list(args)


def _batches(items: list[str]) -> Iterator[tuple[int, list[str]]]:
    for i in range(0, len(items), BATCH):
        yield i, items[i : i + BATCH]


def tokenize(
    values: list[str] | None = typer.Argument(None, help="Values to tokenize."),
    namespace: str = typer.Option(..., "--namespace", "-n", help="Vault namespace."),
    subject: str | None = typer.Option(
        None, "--subject", help="Link the values to this data subject (for erasure)."
    ),
    input_file: Path | None = typer.Option(
        None, "--input", "-i", help="File with one value per line ('-' for stdin)."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print JSON objects, one per line."),
    principal: str | None = PRINCIPAL,
    purpose: str = PURPOSE,
) -> None:
    """Replace values with tokens: one token per line, in input order."""
    items = _inputs(values, input_file, "value")
    vault = _open_vault()
    who = _principal(principal)
    done = 0
    try:
        with progress_items("tokenizing", len(items)) as step:
            for start, batch in _batches(items):
                try:
                    tokens = vault.tokenize(
                        namespace, batch, principal=who, purpose=purpose, subject=subject
                    )
                except Exception:
                    if done:
                        err_console.print(
                            f"[yellow]note:[/yellow] the first {done} values were tokenized "
                            "(printed above); the batch that failed wrote nothing"
                        )
                    raise
                _print_tokens(start, tokens, namespace, as_json)
                done += len(batch)
                step(len(batch))
    finally:
        vault.close()


def _print_tokens(start: int, tokens: list[str], namespace: str, as_json: bool) -> None:
    out = sys.stdout
    if as_json:
        for i, t in enumerate(tokens, start):
            out.write(json.dumps({"index": i, "namespace": namespace, "token": t}) + "\n")
    else:
        out.write("\n".join(tokens) + "\n")
    out.flush()


def detokenize(
    tokens: list[str] | None = typer.Argument(None, help="Tokens to resolve."),
    view: str = typer.Option("plain", "--view", help="plain | masked | last4"),
    namespace: str | None = typer.Option(
        None, "--namespace", "-n", help="Only look in this namespace."
    ),
    input_file: Path | None = typer.Option(
        None, "--input", "-i", help="File with one token per line ('-' for stdin)."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print JSON objects, one per line."),
    principal: str | None = PRINCIPAL,
    purpose: str = PURPOSE,
) -> None:
    """Resolve tokens to values (or a masked view): one value per line, in input order."""
    from veil.vault import View

    items = _inputs(tokens, input_file, "token")
    v = View.parse(view)
    vault = _open_vault()
    who = _principal(principal)
    try:
        with progress_items("detokenizing", len(items)) as step:
            for start, batch in _batches(items):
                values = vault.detokenize(
                    batch, view=v, principal=who, purpose=purpose, namespace=namespace
                )
                if as_json:
                    for i, (t, val) in enumerate(zip(batch, values, strict=True), start):
                        sys.stdout.write(
                            json.dumps({"index": i, "token": t, "value": val, "view": v.value})
                            + "\n"
                        )
                else:
                    sys.stdout.write("".join(val + "\n" for val in values))
                sys.stdout.flush()
                step(len(batch))
    finally:
        vault.close()


# -- audit ---------------------------------------------------------------------------------------


@audit_app.command("verify")
def audit_verify(
    witness: Path | None = typer.Option(
        None, "--witness", help="A checkpoint exported earlier (veil audit checkpoint --export)."
    ),
    as_json: bool = typer.Option(False, "--json", help="JSON output."),
) -> None:
    """Recompute the Merkle tree from every entry; check every stored node, every signed
    checkpoint and the consistency between them. Exit 1 and name the first bad entry."""
    log = _open_audit()
    note = None
    if witness is not None:
        try:
            note = witness.read_text()
        except OSError as e:
            raise InputError(f"cannot read: {e.strerror}", source=str(witness)) from None
    try:
        with progress_items("verifying", None) as step:
            last = 0

            def progress(done: int, total: int) -> None:
                nonlocal last
                step(done - last)
                last = done

            report = log.verify(witness=note, progress=progress)
    finally:
        log.store.close()
        log.keyring.close()
    if as_json:
        typer.echo(
            json.dumps(
                {
                    "ok": report.ok,
                    "entries": report.size,
                    "checkpoints": report.checkpoints,
                    "signed_entries": report.signed_size,
                    "unsigned_tail": report.unsigned_tail,
                    "first_bad": report.first_bad,
                    "problems": report.problems,
                },
                indent=2,
            )
        )
    elif report.ok:
        console.print(
            f"[green]ok[/green]: {report.size} entries, {report.checkpoints} signed "
            f"checkpoint(s) covering {report.signed_size}"
            + (
                f"; {report.unsigned_tail} newer entries not yet signed"
                if report.unsigned_tail
                else ""
            )
            + ("; the witness checkpoint matches" if note is not None else "")
        )
    else:
        for p in report.problems:
            err_console.print(f"[red]bad:[/red] {p}", highlight=False, soft_wrap=True)
    if not report.ok:
        first = "" if report.first_bad is None else f"; first bad entry: seq {report.first_bad}"
        raise AuditIntegrityError(f"audit log verification FAILED{first}")


@audit_app.command("proof")
def audit_proof(
    seq: int = typer.Option(..., "--seq", help="Sequence number of the entry."),
    size: int | None = typer.Option(
        None, "--size", help="Prove against the checkpoint of this size (default: latest)."
    ),
) -> None:
    """Print an inclusion proof (JSON) of one entry in a signed checkpoint, verified first."""
    log = _open_audit()
    try:
        proof = log.proof(seq, size)
        proof.verify(log.public_key(), log.origin)
        out = proof.to_json()
        out["verifier_key"] = log.vkey()
    finally:
        log.store.close()
        log.keyring.close()
    typer.echo(json.dumps(out, indent=2))


@audit_app.command("tail")
def audit_tail(
    n: int = typer.Option(20, "-n", help="How many of the newest entries."),
    as_json: bool = typer.Option(False, "--json", help="JSON lines."),
) -> None:
    """Show the newest audit entries."""
    log = _open_audit()
    try:
        records = log.tail(n)
    finally:
        log.store.close()
        log.keyring.close()
    if as_json:
        for r in records:
            typer.echo(json.dumps(r.to_json()))
        return
    table = Table("seq", "time", "principal", "action", "resource", "purpose", "outcome", "count")
    for r in records:
        d: dict[str, Any] = json.loads(r.details)
        table.add_row(
            str(r.seq),
            r.time[:19].replace("T", " "),
            r.principal,
            r.action,
            r.resource,
            r.purpose,
            r.outcome,
            str(d.get("count", "")),
        )
    console.print(table)


@audit_app.command("checkpoint")
def audit_checkpoint(
    export: Path | None = typer.Option(
        None, "--export", help="Write the signed checkpoint note to this file (for a witness)."
    ),
) -> None:
    """Sign a checkpoint of the log now; print it (or --export it) with the verifier key."""
    log = _open_audit()
    try:
        cp = log.checkpoint()
        key = log.vkey()
    finally:
        log.store.close()
        log.keyring.close()
    if export is not None:
        from veil._atomic import atomic_open

        with atomic_open(export, "w") as f:
            f.write(cp.note())
        err_console.print(f"checkpoint of {cp.size} entries written to {export}")
        err_console.print(f"verifier key: {key}", soft_wrap=True, highlight=False)
    else:
        typer.echo(cp.note(), nl=False)
        err_console.print(f"verifier key: {key}", soft_wrap=True, highlight=False)
