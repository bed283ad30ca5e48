"""`veil serve`, `veil certs dev`, `veil users …`, `veil clients …`, `veil policy check`:
thin shells over veil.server and veil.access."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
from rich.table import Table

from veil.errors import UsageError

from ._console import console, err_console
from ._keys import _open, get_settings
from ._vault import PRINCIPAL, _principal

if TYPE_CHECKING:
    from veil.access import Directory

users_app = typer.Typer(help="People: accounts, MFA, locking.", no_args_is_help=True)
clients_app = typer.Typer(
    help="Service clients (OAuth 2.0 client credentials).", no_args_is_help=True
)
certs_app = typer.Typer(help="TLS certificates for trying the service out.", no_args_is_help=True)


def _directory() -> Directory:
    from veil.access import open_directory

    return open_directory(get_settings(), keyring=_open(stdin_busy=True))


def _when(epoch: int | None, missing: str = "-") -> str:
    """A stored epoch second as people read it (UTC)."""
    if not epoch:
        return missing
    return datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%d %H:%M UTC")


def serve(
    host: str = typer.Option("0.0.0.0", "--host", help="Address to bind (TLS mode)."),
    port: int = typer.Option(8443, "--port", min=1, max=65535),
    cert: Path | None = typer.Option(None, "--cert", help="Server certificate (PEM)."),
    key: Path | None = typer.Option(None, "--key", help="Server private key (PEM)."),
    client_ca: Path | None = typer.Option(
        None, "--client-ca", help="Require client certificates signed by this CA (mutual TLS)."
    ),
    insecure_dev: bool = typer.Option(
        False, "--insecure-dev", help="Plain HTTP on 127.0.0.1 only, for trying it out."
    ),
) -> None:
    """Serve the veil API over TLS 1.3."""
    import uvicorn

    from veil.server import create_app
    from veil.server.run import check_secrets, server_config

    settings = get_settings()
    if not insecure_dev:
        check_secrets(settings)
    from veil.server import open_services

    services = open_services(settings)
    app = create_app(settings, services)
    config = server_config(
        app,
        host=host,
        port=port,
        cert=cert,
        key=key,
        client_ca=client_ca,
        insecure_dev=insecure_dev,
    )
    if insecure_dev:
        err_console.print(
            f"[yellow]insecure dev mode:[/yellow] plain HTTP on http://127.0.0.1:{port} "
            "(loopback only, no TLS); never use this for real data"
        )
    else:
        mtls = " with client certificates required" if client_ca else ""
        err_console.print(f"serving https://{host}:{port} (TLS 1.3 only{mtls})")
    try:
        uvicorn.Server(config).run()
    finally:
        services.close()


def gateway(
    upstream: str = typer.Option(
        ...,
        "--upstream",
        help="The OpenAI-compatible provider's base URL (key: VEIL_UPSTREAM_API_KEY).",
    ),
    host: str = typer.Option("0.0.0.0", "--host", help="Address to bind (TLS mode)."),
    port: int = typer.Option(8444, "--port", min=1, max=65535),
    cert: Path | None = typer.Option(None, "--cert", help="Server certificate (PEM)."),
    key: Path | None = typer.Option(None, "--key", help="Server private key (PEM)."),
    insecure_dev: bool = typer.Option(
        False,
        "--insecure-dev",
        help="Plain HTTP on 127.0.0.1 only, no client authentication, for trying it out.",
    ),
    workers: int = typer.Option(
        1,
        "--workers",
        "-w",
        min=1,
        max=64,
        help="Gateway processes on one port (detection is CPU-bound: one per core).",
    ),
) -> None:
    """Serve the LLM privacy gateway (OpenAI-compatible) in front of --upstream."""
    from veil.guard.gateway import serve_gateway
    from veil.server.run import check_secrets

    settings = get_settings()
    if not upstream.startswith(("http://", "https://")):
        raise UsageError(f"--upstream must be an http(s) URL, got {upstream!r}")
    if not insecure_dev:
        check_secrets(settings)
    serve_gateway(
        settings,
        upstream,
        host=host,
        port=port,
        cert=cert,
        key=key,
        insecure_dev=insecure_dev,
        workers=workers,
        announce=err_console.print,
    )


def leak_index(
    path: Path = typer.Argument(..., help="A protected dataset (CSV, TSV, Parquet, JSONL)."),
    source: str = typer.Option(..., "--source", "-s", help="A name for the dataset."),
    columns: str | None = typer.Option(
        None, "--columns", "-c", help="Comma-separated columns to index (default: all)."
    ),
) -> None:
    """Add a protected dataset to the gateway's leak index (keyed fingerprints only)."""
    from veil.anonymize.protect import read_table
    from veil.guard import LeakIndex
    from veil.store import open_store

    frame, _ = read_table(path)
    if columns:
        wanted = [c.strip() for c in columns.split(",") if c.strip()]
        missing = [c for c in wanted if c not in frame.columns]
        if missing:
            raise UsageError(f"no such column(s) in {path}: {', '.join(missing)}")
        frame = frame.select(wanted)
    settings = get_settings()
    ring = _open()
    store = open_store(settings)
    try:
        rows = ([str(v) for v in row if v is not None] for row in frame.iter_rows())
        n = LeakIndex(store, ring).add(source, rows)
    except ValueError as e:
        raise UsageError(str(e)) from None
    finally:
        store.close()
        ring.close()
    console.print(f"indexed {frame.height:,} records of {source!r}: {n:,} fingerprints")


@certs_app.command("dev")
def certs_dev(
    out: Path = typer.Option(Path(".veil/certs"), "--out", "-o", help="Directory to write."),
    host: list[str] = typer.Option([], "--host", help="Extra host names or addresses."),
    client: str | None = typer.Option(None, "--client", help="Also a client certificate."),
    days: int = typer.Option(30, "--days", min=1, max=825),
) -> None:
    """Create a local CA and a server certificate for localhost (development only)."""
    from veil.crypto.certs import make_dev_certs

    hosts = ["localhost", "127.0.0.1", "::1", *host]
    c = make_dev_certs(out, hosts=hosts, client=client, days=days)
    console.print(f"CA          {c.ca}\nserver cert {c.cert}\nserver key  {c.key}")
    if c.client_cert:
        console.print(f"client cert {c.client_cert}\nclient key  {c.client_key}")
    console.print(f"\nveil serve --cert {c.cert} --key {c.key}")


def _read_password(stdin: bool) -> str:
    if stdin:
        return sys.stdin.readline().rstrip("\n")
    pw = typer.prompt("password", hide_input=True, confirmation_prompt=True)
    return str(pw)


@users_app.command("create")
def users_create(
    name: str = typer.Argument(...),
    role: list[str] = typer.Option([], "--role", "-r", help="Role (repeatable)."),
    password_stdin: bool = typer.Option(
        False, "--password-stdin", help="Read the password from the first line of stdin."
    ),
    principal: str | None = PRINCIPAL,
) -> None:
    """Create a person's account."""
    d = _directory()
    d.create_user(name, _read_password(password_stdin), role, by=_principal(principal))
    console.print(f"created user {name} ({', '.join(role) or 'no roles'})")
    from veil.access import MFA_ROLES

    if MFA_ROLES.intersection(role):
        console.print(f"this role needs MFA before the first login: veil users mfa-enroll {name}")


@users_app.command("list")
def users_list(as_json: bool = typer.Option(False, "--json")) -> None:
    """List accounts."""
    rows = _directory().users()
    if as_json:
        console.print_json(json.dumps(rows))
        return
    t = Table("name", "roles", "mfa", "locked", "last seen")
    for r in rows:
        t.add_row(
            r["name"],
            ", ".join(r["roles"]),
            "yes" if r["mfa"] else "no",
            "yes" if r["locked"] else "no",
            _when(r["last_seen"]),
        )
    console.print(t)


@users_app.command("mfa-enroll")
def users_mfa_enroll(name: str = typer.Argument(...), principal: str | None = PRINCIPAL) -> None:
    """Enrol TOTP: prints the secret, its otpauth:// URI and single-use recovery codes."""
    secret, uri, codes = _directory().enroll_totp(name, by=_principal(principal))
    console.print(f"TOTP secret: {secret}\nURI: {uri}\n\nrecovery codes (each works once):")
    for c in codes:
        console.print(f"  {c}")


@users_app.command("lock")
def users_lock(name: str = typer.Argument(...), principal: str | None = PRINCIPAL) -> None:
    """Lock an account and end its sessions."""
    _directory().set_locked(name, True, by=_principal(principal))
    console.print(f"locked {name}")


@users_app.command("unlock")
def users_unlock(name: str = typer.Argument(...), principal: str | None = PRINCIPAL) -> None:
    """Unlock an account (also clears a lockout after failed logins)."""
    _directory().set_locked(name, False, by=_principal(principal))
    console.print(f"unlocked {name}")


@clients_app.command("create")
def clients_create(
    client_id: str = typer.Argument(...),
    role: list[str] = typer.Option([], "--role", "-r", help="Role (repeatable)."),
    principal: str | None = PRINCIPAL,
) -> None:
    """Register a service client; prints its secret once."""
    secret = _directory().create_client(client_id, role, by=_principal(principal))
    console.print(
        f"client_id:     {client_id}\nclient_secret: {secret}\n(shown once; store it "
        "in your secret manager)"
    )


@clients_app.command("list")
def clients_list(as_json: bool = typer.Option(False, "--json")) -> None:
    """List service clients."""
    rows = _directory().clients()
    if as_json:
        console.print_json(json.dumps(rows))
        return
    t = Table("client_id", "roles", "revoked", "last seen")
    for r in rows:
        t.add_row(
            r["client_id"],
            ", ".join(r["roles"]),
            "yes" if r["revoked"] else "no",
            _when(r["last_seen"]),
        )
    console.print(t)


@clients_app.command("rotate-secret")
def clients_rotate(client_id: str = typer.Argument(...), principal: str | None = PRINCIPAL) -> None:
    """A new secret; the old one and every token issued with it stop working."""
    secret = _directory().rotate_client_secret(client_id, by=_principal(principal))
    console.print(f"client_secret: {secret}\n(shown once)")


@clients_app.command("revoke")
def clients_revoke(client_id: str = typer.Argument(...), principal: str | None = PRINCIPAL) -> None:
    """Revoke a client and its tokens."""
    _directory().revoke_client(client_id, by=_principal(principal))
    console.print(f"revoked {client_id}")


def policy_check(
    principal: str = typer.Option(..., "--principal", help="user:NAME or client:NAME."),
    role: list[str] = typer.Option([], "--role", "-r", help="Role of the principal (repeatable)."),
    action: str = typer.Option(..., "--action", help="e.g. detokenize, tokenize, keys.rotate."),
    resource: str = typer.Option("*", "--resource", help="Namespace or keyset name."),
    purpose: str = typer.Option("unspecified", "--purpose"),
    mfa: bool = typer.Option(False, "--mfa/--no-mfa"),
    view: str = typer.Option("none", "--view", help="plain, masked, last4 or none."),
    network: str = typer.Option("loopback", "--network", help="loopback, private or public."),
    hour: int = typer.Option(12, "--hour", min=0, max=23),
    policy_file: Path | None = typer.Option(
        None, "--policy", help="A Cedar file (default: VEIL_ACCESS_POLICY or the built-in policy)."
    ),
) -> None:
    """Dry-run an access decision against the Cedar policy (exit 0 allow, 3 deny)."""
    from veil.access import ACTIONS, PolicyEngine, RequestContext, resource_of

    if action not in ACTIONS:
        raise UsageError(f"unknown action {action!r}; actions: {', '.join(ACTIONS)}")
    kind, _, name = principal.partition(":")
    if kind not in ("user", "client") or not name:
        raise UsageError("--principal must be user:NAME or client:NAME")
    path = policy_file or get_settings().access_policy
    engine = PolicyEngine.from_file(path) if path else PolicyEngine()
    d = engine.decide(
        ("User" if kind == "user" else "Client", name),
        tuple(role),
        action,
        resource_of(action, resource),
        RequestContext(purpose, mfa, view, network, hour),
    )
    verdict = "[green]ALLOW[/green]" if d.allowed else "[red]DENY[/red]"
    why = ", ".join(d.policies) or ("no policy allows it" if not d.allowed else "-")
    console.print(f"{verdict}  {action} on {resource} by {principal}  (policies: {why})")
    if not d.allowed:
        raise typer.Exit(3)


access_app = typer.Typer(
    help="Just-in-time privileged access and access reviews.", no_args_is_help=True
)


def _grants() -> Any:
    return _directory().grants


@access_app.command("request")
def access_request(
    user: str = typer.Option(..., "--user", help="Who needs the role."),
    role: str = typer.Option(..., "--role", "-r"),
    reason: str = typer.Option(..., "--reason", help="Why (audited)."),
    minutes: int = typer.Option(60, "--minutes", min=1),
) -> None:
    """Ask for a role for a while; someone else approves it."""
    g = _grants().request(user, role, reason, minutes * 60)
    console.print(f"access request #{g.id}: {g.role} for {g.user}, {minutes} min, pending")


@access_app.command("approve")
def access_approve(
    request_id: int = typer.Argument(...),
    principal: str | None = PRINCIPAL,
) -> None:
    """Approve a pending request (not your own)."""
    g = _grants().decide(request_id, approve=True, by=_principal(principal))
    console.print(f"approved #{g.id}: {g.user} holds {g.role} until {_when(g.expires_at)}")


@access_app.command("deny")
def access_deny(request_id: int = typer.Argument(...), principal: str | None = PRINCIPAL) -> None:
    """Deny a pending request."""
    g = _grants().decide(request_id, approve=False, by=_principal(principal))
    console.print(f"denied #{g.id}")


@access_app.command("list")
def access_list(as_json: bool = typer.Option(False, "--json")) -> None:
    """All just-in-time requests and their state."""
    rows = [g.__dict__ for g in _grants().all()]
    if as_json:
        console.print_json(json.dumps(rows))
        return
    t = Table("#", "user", "role", "status", "reason", "decided by", "expires")
    for g in rows:
        t.add_row(
            str(g["id"]),
            g["user"],
            g["role"],
            g["status"],
            g["reason"],
            g["decided_by"] or "-",
            _when(g["expires_at"]),
        )
    console.print(t)


@access_app.command("review")
def access_review(
    days: int = typer.Option(90, "--days", min=1, help="Unused for this many days."),
    revoke_unused: bool = typer.Option(
        False, "--revoke-unused", help="Lock unused accounts and revoke unused clients (audited)."
    ),
    as_json: bool = typer.Option(False, "--json"),
    principal: str | None = PRINCIPAL,
) -> None:
    """Accounts and clients unused for N days, elevated access, people without MFA."""
    grants = _grants()
    review = grants.review(days)
    if as_json:
        console.print_json(json.dumps(review.__dict__))
    else:
        console.print(f"[bold]unused for {days} days[/bold]: {len(review.unused)}")
        for u in review.unused:
            console.print(
                f"  {u['kind']}:{u['name']}  roles {', '.join(u['roles']) or '-'}  "
                f"last seen {_when(u['last_seen'], 'never')}"
            )
        console.print(f"[bold]elevated access[/bold]: {len(review.elevated)}")
        for e in review.elevated:
            console.print(f"  {e['kind']}:{e['name']}  {', '.join(e['roles'])}  ({e['via']})")
        console.print(f"[bold]people without MFA[/bold]: {', '.join(review.without_mfa) or '-'}")
    if revoke_unused:
        done = grants.revoke_unused(days, by=_principal(principal))
        err_console.print(f"revoked {len(done)}: {', '.join(done) or '-'}")
