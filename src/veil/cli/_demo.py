"""``veil demo``: detection on the built-in samples, end to end."""

from __future__ import annotations

import json
import tempfile
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from veil.types import Finding

from ._console import console
from ._detect import _render

if TYPE_CHECKING:
    from veil.detect import Detector

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
    from veil.detect import Detector, detect_jsonl, scan_path

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

            _demo_encryption(Path(tmp), dst)
            _demo_vault(Path(tmp), samples.joinpath("customers.csv").read_text("utf-8"))
            _demo_protect(Path(tmp), d)
            _demo_gateway(Path(tmp), d)
    console.print(
        "Next: [bold]veil detect --input IN.jsonl --output OUT.jsonl[/bold], "
        "[bold]veil scan FILE... --fail-on any[/bold]",
        highlight=False,
    )
    console.print(
        "      [bold]veil init[/bold], [bold]veil keys create NAME[/bold], "
        "[bold]veil encrypt --key NAME IN -o OUT[/bold] (see docs/keys.md)",
        highlight=False,
    )
    console.print(
        "      [bold]veil policy suggest DATA -o policy.yaml[/bold], [bold]veil protect DATA "
        "-p policy.yaml -o OUT --report report.html[/bold], [bold]veil risk DATA --qi ...[/bold] "
        "(see docs/protect.md)",
        highlight=False,
    )
    console.print(
        "      [bold]veil gateway --upstream URL[/bold] (see docs/gateway.md)", highlight=False
    )
    console.print(
        "      [bold]veil vault namespace create ssn --format deterministic[/bold], "
        "[bold]veil tokenize -n ssn VALUE[/bold], [bold]veil audit verify[/bold] "
        "(see docs/vault.md)",
        highlight=False,
    )


def _demo_encryption(tmp: Path, findings: Path) -> None:
    """Encrypt the demo's output at rest under a throwaway keyring, then prove it."""
    import secrets

    from veil.config import Settings
    from veil.errors import InvalidToken
    from veil.keys import Template, decrypt_file, encrypt_file, init_keyring, rewrap_files
    from veil.keys.envelope import file_key_info

    console.rule("[bold]veil encrypt: the findings at rest")
    home = tmp / ".veil"
    ring = init_keyring(Settings(home=home), passphrase=secrets.token_urlsafe(24))
    try:
        ring.create("demo-data")
        sealed = findings.with_name(findings.name + ".veil")
        encrypt_file(ring, "demo-data", findings, sealed)
        findings.unlink()  # no plaintext at rest
        info = file_key_info(sealed)
        console.print(
            f"throwaway keyring ({ring.kek.describe()['kdf']}); keyset demo-data\n"
            f"{findings.name} -> {sealed.name}: {sealed.stat().st_size} bytes, "
            f"keyset {info.keyset} v{info.version}, plaintext deleted",
            highlight=False,
        )
        ring.rotate("demo-data")
        report = rewrap_files(ring, "demo-data", [sealed])
        console.print(
            f"rotated to v{ring.info('demo-data').primary}; rewrapped {len(report.rewrapped)} "
            f"file in place (now v{file_key_info(sealed).version}); destroyed v1",
            highlight=False,
        )
        ring.destroy("demo-data", 1)
        back = tmp / "roundtrip.jsonl"
        decrypt_file(ring, sealed, back)
        console.print(f"decrypted {back.stat().st_size} bytes: authentic and intact")
        tampered = tmp / "tampered.veil"
        blob = bytearray(sealed.read_bytes())
        blob[-20] ^= 1
        tampered.write_bytes(bytes(blob))
        try:
            decrypt_file(ring, tampered, tmp / "tampered.out")
        except InvalidToken:
            console.print("one flipped bit: [green]refused[/green] (InvalidToken), no output file")
        ring.create("card-fpe", Template.FF1_AES256)
        card = "4111111111111111"
        token = ring.keyset("card-fpe").ff1().encrypt(card)
        console.print(f"FF1 format-preserving: {card} -> {token}", highlight=False)
    finally:
        ring.close()


def _demo_vault(tmp: Path, customers_csv: str) -> None:
    """Tokenize the sample customers into a throwaway vault (SQLite), show views, erase one
    subject, then verify the audit log, prove one entry and catch a rogue edit."""
    import csv
    import io
    import secrets
    import sqlite3

    from veil.audit import open_audit_log
    from veil.config import Settings
    from veil.errors import SubjectErased
    from veil.keys import init_keyring
    from veil.vault import open_vault

    console.rule("[bold]veil tokenize: the customer table into the vault")
    settings = Settings(home=tmp / "vault-home")
    ring = init_keyring(settings, passphrase=secrets.token_urlsafe(24))
    vault = open_vault(settings, keyring=ring)
    etl, why = "demo:etl", "model-training"
    try:
        for name, fmt in (
            ("email", "deterministic"),
            ("phone", "random"),
            ("ssn", "format-preserving"),
        ):
            vault.create_namespace(name, fmt, principal="demo:admin", purpose="setup")
        rows = list(csv.DictReader(io.StringIO(customers_csv)))
        tokenized = []
        for row in rows:
            subject = row["customer_id"]
            email, phone, ssn = (
                vault.tokenize(f, [row[f]], subject=subject, principal=etl, purpose=why)[0]
                for f in ("email", "phone", "ssn")
            )
            tokenized.append((subject, email, phone, ssn))
        t = Table("customer", "email token", "phone token", "ssn token (FF1, same format)")
        for r in tokenized[:4]:
            t.add_row(*r)
        console.print(t)
        console.print(
            f"{len(rows)} customers x 3 columns tokenized; values encrypted under per-customer "
            "keys in SQLite (WAL), no plaintext index",
            highlight=False,
        )
        support = {"principal": "demo:support", "purpose": "customer-support"}
        masked = vault.detokenize([tokenized[0][1], tokenized[0][3]], view="masked", **support)
        console.print(f"masked view for support: {masked[0]}, {masked[1]}", highlight=False)

        console.rule("[bold]veil vault erase-subject: GDPR Art. 17")
        gone = tokenized[1]
        report = vault.erase_subject(gone[0], principal="demo:dpo", purpose="gdpr-art17")
        try:
            vault.detokenize([gone[1]], **support)
        except SubjectErased as e:
            console.print(f"customer {gone[0]}: {e}", highlight=False)
        console.print(
            f"{report.tokens_erased} tokens erased; subject keys rewrapped to version "
            f"{report.subject_key_version}, version(s) "
            f"{', '.join(map(str, report.destroyed_versions))} destroyed: old backups cannot "
            "read this customer either",
            highlight=False,
        )
    finally:
        vault.store.close()

    console.rule("[bold]veil audit verify: the tamper-evident log")
    log = open_audit_log(settings, keyring=ring)
    try:
        log.checkpoint()
        ok = log.verify()
        console.print(
            f"[green]ok[/green]: {ok.size} entries, {ok.checkpoints} signed checkpoints "
            f"(Ed25519, C2SP signed-note), every Merkle node recomputed",
            highlight=False,
        )
        proof = log.proof(5)
        proof.verify(log.public_key(), log.origin)
        console.print(
            f"inclusion proof of entry 5 in tree of {proof.size}: {len(proof.path)} hashes, "
            "verified (RFC 9162)",
            highlight=False,
        )
        db = sqlite3.connect(settings.home / "veil.db")
        try:
            db.execute("UPDATE audit_events SET purpose = 'x' WHERE seq = 7")
        except sqlite3.DatabaseError as e:
            console.print(f"UPDATE of an audit row: [green]refused[/green] ({e})")
        db.execute("DROP TRIGGER audit_events_no_update")  # a rogue DBA disables the guard
        db.execute("UPDATE audit_events SET principal = 'someone-else' WHERE seq = 7")
        db.commit()
        db.close()
        bad = log.verify()
        console.print(
            f"a rogue DBA rewrote entry 7 -> verify: [red]FAILED[/red], first bad entry: seq "
            f"{bad.first_bad}",
            highlight=False,
        )
    finally:
        log.store.close()
        ring.close()


REPORT_HTML = Path("veil-demo-report.html")
REPORT_JSON = Path("veil-demo-report.json")


def _demo_protect(tmp: Path, detector: Detector) -> None:
    """Protect the built-in patient table with the built-in policy: tokens, pseudonyms,
    scrubbed notes, k=5 / l=2 on ZIP, birth year and sex; then the HTML report."""
    import secrets
    from importlib import resources

    from veil.anonymize.operators import OperatorContext
    from veil.anonymize.policy import parse_policy
    from veil.anonymize.protect import protect_file
    from veil.config import Settings
    from veil.keys import init_keyring
    from veil.vault import open_vault

    console.rule("[bold]veil protect: a patient table into AI-safe training data")
    samples = resources.files("veil").joinpath("_samples")
    src = tmp / "patients.csv"
    src.write_text(samples.joinpath("patients.csv").read_text("utf-8"), encoding="utf-8")
    policy_text = samples.joinpath("patients-policy.yaml").read_text("utf-8")
    policy = parse_policy(policy_text, "patients-policy.yaml")
    settings = Settings(home=tmp / "protect-home")
    ring = init_keyring(settings, passphrase=secrets.token_urlsafe(24))
    ctx = OperatorContext(
        keyring=lambda: ring,
        vault=lambda: open_vault(settings, keyring=ring),
        detector=lambda: detector,
        principal="demo:etl",
        purpose="model-training",
    )
    try:
        result = protect_file(
            src,
            tmp / "patients.protected.csv",
            policy,
            ctx,
            report_html=REPORT_HTML,
            report_json=REPORT_JSON,
            utility_target="diagnosis",
        )
    finally:
        ctx.close()
        ring.close()
    assert result.report is not None
    data = result.report
    shown = ["zip", "birthdate", "sex", "diagnosis", "email", "notes"]
    t = Table(*shown)
    for row in result.table.select(shown).head(4).iter_rows():
        t.add_row(*(str(v) for v in row))
    console.print(t)
    a = result.anonymized
    before, after = data["before"], data["after"]
    console.print(
        f"{result.rows_in} rows -> {result.rows_out} ({result.suppressed} suppressed); "
        f"dropped {', '.join(result.dropped)}",
        highlight=False,
    )
    if a is not None:
        console.print(
            f"k=5, l=2 on zip, birthdate, sex: {a.classes} classes, NCP {a.ncp:.3f}, "
            f"verified independently",
            highlight=False,
        )
    console.print(
        f"unique records {before['unique_share']:.1%} -> {after['unique_share']:.1%}; "
        f"max prosecutor risk {before['prosecutor']['max']:.0%} -> "
        f"{after['prosecutor']['max']:.0%}",
        highlight=False,
    )
    console.print(f"report: {REPORT_HTML.resolve()} (+ {REPORT_JSON.name})", highlight=False)


def _demo_gateway(tmp: Path, detector: Detector) -> None:
    """One chat through the LLM gateway to the stand-in model server: what the model saw,
    what came back, a streamed answer, and a secret refused."""
    import json as _json
    import secrets
    import threading
    import time

    import httpx2
    import uvicorn
    from pydantic import SecretStr

    from veil.config import Settings
    from veil.guard.gateway import create_gateway, open_gateway_services
    from veil.guard.standin import Upstream, free_port
    from veil.keys import init_keyring

    console.rule("[bold]veil gateway: a chat through the LLM privacy gateway")
    passphrase = secrets.token_urlsafe(24)
    settings = Settings(home=tmp / "gateway-home", passphrase=SecretStr(passphrase))
    init_keyring(settings, passphrase=passphrase).close()
    upstream = Upstream()
    services = None
    server = None
    try:
        services = open_gateway_services(settings, insecure_dev=True)
        services.pipeline.detector = detector  # the demo's detector: the model loads once
        app = create_gateway(settings, upstream.url, services, insecure_dev=True)
        port = free_port()
        server = uvicorn.Server(
            uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
        )
        threading.Thread(target=server.run, daemon=True).start()
        while not server.started:
            time.sleep(0.02)
        url = f"http://127.0.0.1:{port}/v1/chat/completions"
        prompt = "Draft a reply to Dr. Amara Okonkwo (amara.okonkwo@example.com, +1 415 555 0142)."
        body = {"model": "stand-in", "messages": [{"role": "user", "content": prompt}]}
        answer = httpx2.post(url, json=body, timeout=60).json()
        console.print(f"prompt      {prompt}", highlight=False)
        sent = upstream.received[-1]["messages"][0]["content"]
        console.print(f"model saw   {sent}", highlight=False)
        console.print(f"model said  {upstream.reply(sent)}", highlight=False)
        console.print(f"caller got  {answer['choices'][0]['message']['content']}", highlight=False)
        parts = []
        with httpx2.stream("POST", url, json={**body, "stream": True}, timeout=60) as r:
            for line in r.iter_lines():
                if line.startswith("data: {"):
                    for c in _json.loads(line[6:])["choices"]:
                        parts.append((c.get("delta") or {}).get("content") or "")
        console.print(
            f"streamed    {''.join(parts)}  ({sum(1 for p in parts if p)} chunks)",
            highlight=False,
        )
        secret = {**body, "messages": [{"role": "user", "content": "key AKIAQ3EGRDXK7T2LWJ5P"}]}
        r = httpx2.post(url, json=secret, timeout=60)
        console.print(
            f"a secret    [green]refused[/green] ({r.status_code}): {r.json()['detail']}",
            highlight=False,
        )
    finally:
        if server is not None:
            server.should_exit = True
        upstream.stop()
        if services is not None:
            services.close()
