"""`veil init`, `veil keys …`, `veil encrypt`, `veil decrypt`: thin shells over veil.keys."""

from __future__ import annotations

import json
import os
import re
import sys
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
from rich.table import Table

from veil.errors import KeyringError, UsageError
from veil.keys import (
    Keyring,
    KeysetInfo,
    Template,
    decrypt_file,
    encrypt_file,
    init_keyring,
    new_backend,
    open_keyring,
    read_header,
    rewrap_files,
)

from ._console import console, err_console, progress_steps

if TYPE_CHECKING:
    from veil.config import Settings


def get_settings() -> Settings:
    from veil.config import get_settings as settings  # pydantic-settings: ~0.15 s to import

    return settings()


keys_app = typer.Typer(
    help="Manage keysets: create, rotate, disable, destroy, rewrap; show the KEK backend.",
    no_args_is_help=True,
)

_DURATION = re.compile(r"^\s*(\d+)\s*([smhdw])\s*$")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_duration(text: str) -> timedelta:
    m = _DURATION.match(text)
    if not m or int(m.group(1)) == 0:
        raise UsageError(f"bad duration {text!r}: use e.g. 90d, 12h, 2w")
    return timedelta(**{_UNITS[m.group(2)]: int(m.group(1))})


def _fmt_duration(d: timedelta | None) -> str:
    if d is None:
        return "-"
    s = int(d.total_seconds())
    for unit, size in (("w", 604800), ("d", 86400), ("h", 3600), ("m", 60)):
        if s % size == 0:
            return f"{s // size}{unit}"
    return f"{s}s"


def _age(then: datetime) -> str:
    secs = int((datetime.now(UTC) - then).total_seconds())
    if secs < 120:
        return f"{secs}s"
    if secs < 7200:
        return f"{secs // 60}m"
    if secs < 172800:
        return f"{secs // 3600}h"
    return f"{secs // 86400}d"


def _passphrase(
    settings: Settings, *, confirm: bool = False, stdin_busy: bool = False
) -> str | None:
    if settings.passphrase is not None:
        return settings.passphrase.get_secret_value()
    if stdin_busy or not sys.stdin.isatty():
        return None  # the library says clearly that VEIL_PASSPHRASE is needed
    value: str = typer.prompt(
        "Keyring passphrase", hide_input=True, confirmation_prompt=confirm, err=True
    )
    return value


def _open(*, stdin_busy: bool = False) -> Keyring:
    settings = get_settings()
    header = read_header(settings.keyring_path)
    passphrase = None
    if header["kek"].get("backend") == "local":
        passphrase = _passphrase(settings, stdin_busy=stdin_busy)
    return open_keyring(settings, passphrase=passphrase)


def _info_json(info: KeysetInfo) -> dict[str, Any]:
    return {
        "name": info.name,
        "template": info.template.value,
        "primary": info.primary,
        "min_decrypt_version": info.min_decrypt_version,
        "rotation_period": _fmt_duration(info.rotation_period) if info.rotation_period else None,
        "rotation_due": info.rotation_due(datetime.now(UTC)),
        "exportable": info.exportable,
        "created_at": info.created_at.isoformat(),
        "versions": [
            {
                "version": v.version,
                "state": v.state.value,
                "created_at": v.created_at.isoformat(),
                "destroyed_at": v.destroyed_at.isoformat() if v.destroyed_at else None,
            }
            for v in info.versions
        ],
    }


def _print_info(info: KeysetInfo) -> None:
    table = Table(title=f"keyset {info.name} ({info.template.value})", title_justify="left")
    for col in ("version", "state", "primary", "age", "created"):
        table.add_column(col)
    for v in info.versions:
        state = v.state.value
        if v.version < info.min_decrypt_version and state == "enabled":
            state = "enabled (below min)"
        table.add_row(
            str(v.version),
            state,
            "*" if v.version == info.primary else "",
            _age(v.created_at),
            v.created_at.strftime("%Y-%m-%d %H:%M"),
        )
    console.print(table)
    due = " (rotation due)" if info.rotation_due(datetime.now(UTC)) else ""
    console.print(
        f"rotation period: {_fmt_duration(info.rotation_period)}{due}   "
        f"min decryption version: {info.min_decrypt_version}   "
        f"exportable: {'yes' if info.exportable else 'no'}",
        highlight=False,
    )


# ----------------------------------------------------------------------------- init


def init(
    kek: str | None = typer.Option(
        None, "--kek", help="Root of trust: local (passphrase) or pkcs11 (HSM). Default: VEIL_KEK."
    ),
) -> None:
    """Create VEIL_HOME (default ./.veil) with its config and an empty keyring."""
    settings = get_settings()
    if kek is not None:
        if kek not in ("local", "pkcs11"):
            raise UsageError("--kek must be local or pkcs11")
        settings = settings.model_copy(update={"kek": kek})
    if settings.keyring_path.exists():
        raise KeyringError(f"{settings.home} is already initialized (keyring exists)")
    passphrase = _passphrase(settings, confirm=True) if settings.kek == "local" else None
    ring = init_keyring(settings, passphrase=passphrase)
    config = settings.home / "config.json"
    config.write_text(
        json.dumps({"kek": settings.kek, "created_at": datetime.now(UTC).isoformat()}, indent=1)
        + "\n"
    )
    os.chmod(settings.home, 0o700)
    facts = ring.kek.describe()
    ring.close()
    console.print(
        f"initialized [bold]{settings.home}[/bold]: keyring under the {facts['backend']} KEK"
    )
    console.print("next: [bold]veil keys create NAME[/bold]", highlight=False)


# ----------------------------------------------------------------------------- keys


@keys_app.command("create")
def keys_create(
    name: str = typer.Argument(..., help="Keyset name (letters, digits, _ . -)."),
    template: str = typer.Option(
        "AES256_GCM", "--template", "-t", help="AES256_GCM | AES256_SIV | HMAC_SHA256 | FF1_AES256"
    ),
    rotation_period: str | None = typer.Option(
        None, "--rotation-period", help="Rotate when the primary is older than this (e.g. 90d)."
    ),
    exportable: bool = typer.Option(False, "--exportable", help="Allow exporting key material."),
) -> None:
    """Create a keyset with its first version."""
    tmpl = Template.parse(template)
    period = parse_duration(rotation_period) if rotation_period else None
    ring = _open()
    try:
        info = ring.create(name, tmpl, rotation_period=period, exportable=exportable)
    finally:
        ring.close()
    console.print(f"created keyset [bold]{info.name}[/bold] ({info.template.value}), version 1")


@keys_app.command("list")
def keys_list(
    as_json: bool = typer.Option(False, "--json", help="Machine-readable output."),
) -> None:
    """List keysets."""
    ring = _open()
    try:
        infos = ring.keysets()
    finally:
        ring.close()
    if as_json:
        typer.echo(json.dumps([_info_json(i) for i in infos], indent=1))
        return
    if not infos:
        console.print("no keysets yet: [bold]veil keys create NAME[/bold]")
        return
    table = Table()
    for col in ("name", "template", "primary", "versions", "primary age", "rotation", "min ver"):
        table.add_column(col)
    now = datetime.now(UTC)
    for i in infos:
        primary = i.version(i.primary)
        live = sum(1 for v in i.versions if v.state.value != "destroyed")
        rot = _fmt_duration(i.rotation_period) + (
            " [red](due)[/red]" if i.rotation_due(now) else ""
        )
        table.add_row(
            i.name,
            i.template.value,
            str(i.primary),
            f"{live}/{len(i.versions)}",
            _age(primary.created_at) if primary else "-",
            rot,
            str(i.min_decrypt_version),
        )
    console.print(table)


@keys_app.command("info")
def keys_info(
    name: str, as_json: bool = typer.Option(False, "--json", help="Machine-readable output.")
) -> None:
    """Versions, states, ages and the primary of one keyset."""
    ring = _open()
    try:
        info = ring.info(name)
    finally:
        ring.close()
    if as_json:
        typer.echo(json.dumps(_info_json(info), indent=1))
    else:
        _print_info(info)


@keys_app.command("rotate")
def keys_rotate(
    name: str | None = typer.Argument(None, help="Keyset to rotate."),
    due: bool = typer.Option(False, "--due", help="Rotate every keyset whose rotation is due."),
) -> None:
    """Add a new primary version (old versions keep decrypting)."""
    if (name is None) == (not due):
        raise UsageError("give a keyset NAME or --due (not both)")
    ring = _open()
    try:
        rotated = ring.rotate_due() if due else [ring.rotate(name or "")]
    finally:
        ring.close()
    if not rotated:
        console.print("no keyset is due for rotation")
    for info in rotated:
        console.print(f"rotated [bold]{info.name}[/bold]: primary is now version {info.primary}")


def _version_command(action: str, version: int, name: str) -> None:
    ring = _open()
    try:
        getattr(ring, action)(name, version)
    finally:
        ring.close()
    done = {"disable": "disabled", "enable": "enabled", "destroy": "destroyed"}[action]
    console.print(f"{done} [bold]{name}[/bold] version {version}")


@keys_app.command("disable")
def keys_disable(name: str, version: int) -> None:
    """Stop a version from decrypting (reversible with enable)."""
    _version_command("disable", version, name)


@keys_app.command("enable")
def keys_enable(name: str, version: int) -> None:
    """Re-enable a disabled version."""
    _version_command("enable", version, name)


@keys_app.command("destroy")
def keys_destroy(
    name: str,
    version: int,
    yes: bool = typer.Option(False, "--yes", help="Do not ask for confirmation."),
) -> None:
    """Destroy a version's key material: what it protected can never be read again."""
    if not yes:
        if not sys.stdin.isatty():
            raise UsageError("destroy is irreversible: pass --yes to confirm")
        typer.confirm(
            f"Destroy {name} version {version}? Data under it becomes unreadable forever",
            abort=True,
            err=True,
        )
    _version_command("destroy", version, name)


@keys_app.command("min-version")
def keys_min_version(name: str, version: int) -> None:
    """Set the minimum version allowed to decrypt (older ones are refused)."""
    ring = _open()
    try:
        ring.set_min_decrypt_version(name, version)
    finally:
        ring.close()
    console.print(f"[bold]{name}[/bold]: versions below {version} no longer decrypt")


@keys_app.command("rewrap")
def keys_rewrap(
    name: str = typer.Argument(..., help="Keyset whose files to rewrap."),
    files: list[Path] = typer.Argument(..., help="Encrypted files (rewrapped in place)."),
) -> None:
    """Re-wrap files' data keys under the primary version (in place, resumable)."""
    ring = _open()
    try:
        with progress_steps("rewrapping", len(files)) as step:
            report = rewrap_files(ring, name, files, progress=lambda _path: step(1))
    finally:
        ring.close()
    console.print(
        f"rewrapped {len(report.rewrapped)}, already on the primary {len(report.current)}, "
        f"failed {len(report.failed)}",
        highlight=False,
    )
    for path, why in report.failed:
        err_console.print(f"[red]failed:[/red] {path}: {why}", highlight=False)
    if report.failed:
        raise typer.Exit(1)


@keys_app.command("backend")
def keys_backend(
    migrate_to: str | None = typer.Option(
        None,
        "--migrate-to",
        help="Move the keyring to another KEK (local or pkcs11, configured by VEIL_* settings).",
    ),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable output."),
) -> None:
    """Show the KEK (root of trust) of the keyring, or migrate it to another backend."""
    settings = get_settings()
    ring = _open()
    try:
        if migrate_to is not None:
            if migrate_to not in ("local", "pkcs11"):
                raise UsageError("--migrate-to must be local or pkcs11")
            target = settings.model_copy(update={"kek": migrate_to})
            passphrase = None
            if migrate_to == "local":
                passphrase = os.environ.get("VEIL_NEW_PASSPHRASE") or _passphrase(
                    target.model_copy(update={"passphrase": None}), confirm=True
                )
            new_kek, facts = new_backend(target, passphrase)
            ring.migrate_kek(new_kek, facts)
            console.print(f"keyring moved to the {migrate_to} KEK")
        facts = ring.kek.describe()
    finally:
        ring.close()
    facts = {"keyring": str(settings.keyring_path), **facts}
    if as_json:
        typer.echo(json.dumps(facts, indent=1))
        return
    for key, value in facts.items():
        console.print(f"[bold]{key}[/bold]: {value}", highlight=False)


# ----------------------------------------------------------------------------- files


def encrypt(
    src: str = typer.Argument(..., metavar="IN", help="File to encrypt, or - for stdin."),
    output: str = typer.Option(..., "--output", "-o", help="Output file, or - for stdout."),
    key: str = typer.Option(..., "--key", "-k", help="AES256_GCM keyset to encrypt under."),
    columns: str | None = typer.Option(
        None,
        "--columns",
        help="Parquet only: encrypt these columns (comma-separated) with Parquet Modular "
        "Encryption, so pyarrow/Spark jobs holding the key can still read the file.",
    ),
    detect: bool = typer.Option(
        False, "--detect", help="Parquet only: also encrypt the columns veil finds sensitive."
    ),
    plaintext_footer: bool = typer.Option(
        False, "--plaintext-footer", help="Parquet only: keep other columns readable by anyone."
    ),
) -> None:
    """Encrypt a file (envelope: a fresh data key per file, chunked AES-256-GCM), or
    columns of a Parquet file (--columns/--detect)."""
    if columns is not None or detect or plaintext_footer:
        _encrypt_parquet(src, output, key, columns, detect, plaintext_footer)
        return
    # The keyring (settings, Argon2id or the HSM login) opens on a thread while the chunks
    # stream; only a passphrase typed at a terminal has to come first.
    needs_prompt = not os.environ.get("VEIL_PASSPHRASE") and sys.stdin.isatty() and src != "-"
    total = None if src == "-" else _size(src)
    with ThreadPoolExecutor(max_workers=1) as pool:
        ring: Keyring | Future[Keyring] = (
            _open(stdin_busy=src == "-") if needs_prompt else pool.submit(_open)
        )
        try:
            with progress_steps("encrypting", total) as step:
                encrypt_file(ring, key, src, output, progress=step)
        finally:
            opened = ring if isinstance(ring, Keyring) else _result_or_none(ring)
            if opened is not None:
                opened.close()


def _result_or_none(future: Future[Keyring]) -> Keyring | None:
    try:
        return future.result()
    except Exception:
        return None


def decrypt(
    src: str = typer.Argument(..., metavar="IN", help="veil-encrypted file, or - for stdin."),
    output: str = typer.Option(..., "--output", "-o", help="Output file, or - for stdout."),
) -> None:
    """Decrypt a veil-encrypted file (or a column-encrypted Parquet file); nothing is written
    unless it all authenticates."""
    if src != "-" and output != "-" and _is_parquet(src):
        ring = _open()
        try:
            from veil.keys.parquet import decrypt_parquet

            rows = decrypt_parquet(ring, src, output)
        finally:
            ring.close()
        console.print(f"decrypted {rows} rows to {output}", highlight=False)
        return
    ring = _open(stdin_busy=src == "-")
    try:
        total = None if src == "-" else _size(src)
        with progress_steps("decrypting", total) as step:
            decrypt_file(ring, src, output, progress=step)
    finally:
        ring.close()


def _size(path: str) -> int | None:
    try:
        return os.path.getsize(path)
    except OSError:
        return None


def _is_parquet(path: str) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(4) == b"PAR1"
    except OSError:
        return False


def _encrypt_parquet(
    src: str, output: str, key: str, columns: str | None, detect: bool, plaintext_footer: bool
) -> None:
    if "-" in (src, output):
        raise UsageError("Parquet column encryption needs file paths, not - (stdin/stdout)")
    names = [c.strip() for c in (columns or "").split(",") if c.strip()]
    if columns is not None and not names:
        raise UsageError("--columns needs at least one column name")
    from veil.keys.parquet import encrypt_parquet

    ring = _open()
    try:
        report = encrypt_parquet(
            ring,
            src,
            output,
            columns={key: names} if names else None,
            footer_key=key,
            plaintext_footer=plaintext_footer,
            detect=detect,
        )
    finally:
        ring.close()
    enc = sorted({c for cols in report.columns.values() for c in cols})
    console.print(
        f"{report.rows} rows -> {output}: encrypted columns {', '.join(enc) or '-'} under "
        f"{key} v{report.key_versions.get(key, '?')}; plaintext columns "
        f"{', '.join(report.unencrypted) or '-'}",
        highlight=False,
    )
