#!/usr/bin/env python
"""Token vault and audit log against bare SQLAlchemy statements, in the same run (the vault
issue's targets).

Usage::

    python bench/bench_vault.py [--n 100000] [--repeat 3] [--backend both] [--audit-n 1000000]
    python bench/bench_vault.py --quick          # smoke run, about 15 s

1. Vault, per backend (an SQLite file in a temp dir; PostgreSQL in a fresh schema that is
   dropped at the end) and per format (deterministic, random, format-preserving on 9-digit
   numbers): ``Vault.tokenize`` of ``--n`` new values in calls of 10,000 (each call is one
   transaction and one audit event), then ``Vault.detokenize`` of the tokens in calls of
   10,000. The anchor (the storage limit) runs in the same database through the same engine
   (so the same PRAGMAs on SQLite: WAL, synchronous=FULL, BEGIN IMMEDIATE):

   * insert: ``conn.execute(table.insert(), rows)`` executemany of the same number of rows,
     one transaction per 10,000, into a table of the same shape as ``vault_tokens`` (its
     columns, types, primary key, unique constraint, indexes and foreign key, derived from
     ``veil.store.schema``), with rows of the sizes veil writes for that format (its token
     format, a 32-byte blind index where veil has one, a ciphertext of the same length);
   * select: ``SELECT token, value, subject_ref, expires_at ... WHERE token IN (<10,000>)``,
     one read transaction per 10,000.

   Target: veil tokens/s / anchor rows/s >= 0.5. Both tables grow at the same pace (the
   anchor rows of a round go in next to veil's), and the order alternates per round. On
   PostgreSQL both tables are ANALYZEd before each round, outside the timed region (what
   autovacuum does on a production server; ``--no-analyze`` leaves them without statistics).
2. Audit log, per backend, in a fresh database: ``AuditLog.append`` events/s with one event
   per transaction and 1,000 events per transaction (default checkpoint policy: a signed
   checkpoint every 1,000 events), a fill to ``--audit-n`` events in transactions of 10,000,
   then ``AuditLog.verify()`` of the whole log. Then what a large log costs every audited
   call: one-event appends on the full log, and one-value ``tokenize`` calls on the empty
   and on the full log (same database, only the log's size differs).

Medians of ``--repeat`` rounds; the machine is small and noisy, so compare ratios. Progress
goes to stderr, results to stdout.
"""

from __future__ import annotations

import argparse
import base64
import os
import platform
import secrets
import signal
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO / "src") not in sys.path:
    sys.path.insert(0, str(REPO / "src"))

import psycopg  # noqa: E402
import sqlalchemy  # noqa: E402
from sqlalchemy import (  # noqa: E402
    Column,
    ForeignKey,
    Index,
    MetaData,
    PrimaryKeyConstraint,
    Table,
    UniqueConstraint,
    func,
    select,
)

from veil.audit import AuditLog, Event  # noqa: E402
from veil.config import Settings  # noqa: E402
from veil.keys import KdfParams, Keyring, init_keyring  # noqa: E402
from veil.store import Store  # noqa: E402
from veil.store.schema import vault_namespaces, vault_tokens  # noqa: E402
from veil.vault import MAX_BATCH, Vault, open_vault  # noqa: E402

PASS = "bench-passphrase"
CHEAP_KDF = KdfParams.fresh(memory_kib=1024, iterations=1, lanes=1)
POSTGRES = os.environ.get(
    "VEIL_BENCH_POSTGRES_URL",
    os.environ.get("VEIL_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test"),
)
FORMATS = ("deterministic", "random", "format-preserving")
NAMESPACE = {"deterministic": "bench-det", "random": "bench-rnd", "format-preserving": "bench-fpe"}
WHO = {"principal": "bench", "purpose": "benchmark"}
BARE = "bench_bare_tokens"
_T0 = time.perf_counter()


def log(msg: str) -> None:
    print(f"[{time.perf_counter() - _T0:7.1f}s] {msg}", file=sys.stderr, flush=True)


def batches(seq: Sequence[Any], n: int = MAX_BATCH) -> Iterator[Sequence[Any]]:
    for i in range(0, len(seq), n):
        yield seq[i : i + n]


def timed(fn: Callable[..., Any], *args: Any) -> tuple[float, Any]:
    """Seconds ``fn(*args)`` took, and what it returned."""
    t0 = time.perf_counter()
    result = fn(*args)
    return time.perf_counter() - t0, result


# -- databases ------------------------------------------------------------------------------


@dataclass
class Backend:
    name: str
    vault_url: str
    audit_url: str
    cleanup: Callable[[], None] = lambda: None


def pg_admin() -> psycopg.Connection[tuple[object, ...]]:
    return psycopg.connect(POSTGRES, autocommit=True, connect_timeout=5)


def pg_schema_url(name: str) -> str:
    base = POSTGRES.replace("postgresql://", "postgresql+psycopg://", 1)
    return f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{name}"


def make_backend(name: str, tmp: Path) -> Backend:
    if name == "sqlite":
        return Backend(name, f"sqlite:///{tmp / 'vault.db'}", f"sqlite:///{tmp / 'audit.db'}")
    schemas = [f"veil_bench_{secrets.token_hex(5)}_{what}" for what in ("vault", "audit")]
    with pg_admin() as conn:
        for s in schemas:
            conn.execute(f"CREATE SCHEMA {s}")  # type: ignore[arg-type]

    def drop() -> None:
        with pg_admin() as conn:
            for s in schemas:
                conn.execute(f"DROP SCHEMA IF EXISTS {s} CASCADE")  # type: ignore[arg-type]
        log(f"dropped schemas {', '.join(schemas)}")

    log(f"created schemas {', '.join(schemas)}")
    return Backend(name, pg_schema_url(schemas[0]), pg_schema_url(schemas[1]), drop)


def bare_table(md: MetaData) -> Table:
    """A table of exactly ``vault_tokens``'s shape (columns, types, nullability, primary key,
    unique constraints, indexes, foreign key), under other names."""
    vault_namespaces.to_metadata(md)  # the foreign key's target, already created by veil
    cols = [
        Column(
            c.name,
            c.type,
            *(ForeignKey(fk.target_fullname) for fk in c.foreign_keys),
            nullable=c.nullable,
        )
        for c in vault_tokens.columns
    ]
    extra: list[Any] = [
        PrimaryKeyConstraint(*vault_tokens.primary_key.columns.keys(), name=f"pk_{BARE}")
    ]
    extra += [
        UniqueConstraint(*con.columns.keys(), name=f"uq_{BARE}_{i}")
        for i, con in enumerate(vault_tokens.constraints)
        if isinstance(con, UniqueConstraint)
    ]
    extra += [
        Index(f"ix_{BARE}_{i}", *ix.columns.keys(), unique=bool(ix.unique))
        for i, ix in enumerate(vault_tokens.indexes)
    ]
    return Table(BARE, md, *cols, *extra)


# -- data -----------------------------------------------------------------------------------


def make_values(fmt: str, start: int, n: int) -> list[str]:
    """``n`` values never tokenized before in the format's namespace: SSN-shaped strings
    (11 characters), or 9-digit numbers for format-preserving."""
    if fmt == "format-preserving":
        return [f"{x:09d}" for x in range(start, start + n)]
    return [
        f"{x // 1000000 % 1000:03d}-{x // 10000 % 100:02d}-{x % 10000:04d}"
        for x in range(start, start + n)
    ]


def random_token() -> str:
    return "tok_" + base64.b32encode(os.urandom(15)).decode().lower()


def make_bare_rows(
    fmt: str, ns_id: int, start: int, n: int, value_len: int
) -> list[dict[str, Any]]:
    """Rows of the sizes veil writes for ``fmt``: its token shape (``tok_`` + 24 base32, or 9
    digits, unique through an affine permutation of the counter), a 32-byte blind index
    unless the format is random, a ciphertext of ``value_len`` bytes."""
    now = int(time.time())
    rows = []
    for x in range(start, start + n):
        token = (
            f"{(x * 7_654_321 + 12_345) % 10**9:09d}"
            if fmt == "format-preserving"
            else random_token()
        )
        rows.append(
            {
                "namespace_id": ns_id,
                "token": token,
                "blind_index": None if fmt == "random" else os.urandom(32),
                "subject_ref": None,
                "value": os.urandom(value_len),
                "created_at": now,
                "expires_at": None,
            }
        )
    return rows


# -- vault ----------------------------------------------------------------------------------


@dataclass
class Series:
    """Per-round seconds for one (format, operation) pair: veil and its anchor."""

    veil: list[float] = field(default_factory=list)
    bare: list[float] = field(default_factory=list)


def bench_vault(
    backend: Backend, settings: Settings, ring: Keyring, args: argparse.Namespace
) -> dict[tuple[str, str], Series]:
    vault = open_vault(settings, keyring=ring)
    store = vault.store
    md = MetaData()
    table = bare_table(md)
    with store.begin() as conn:
        table.create(conn)
    ns_ids: dict[str, int] = {}
    value_len: dict[str, int] = {}
    for fmt in args.formats:
        ns = vault.create_namespace(NAMESPACE[fmt], fmt, alphabet="digits", **WHO)
        ns_ids[fmt] = ns.id
        # warm-up (statement caches, key caches), and the ciphertext size veil writes
        warm = make_values(fmt, 10**8, 100)
        tokens = vault.tokenize(ns.name, warm, **WHO)
        vault.detokenize(tokens, **WHO)
        with store.read() as conn:
            value_len[fmt] = int(
                conn.execute(
                    select(func.max(func.length(vault_tokens.c.value))).where(
                        vault_tokens.c.namespace_id == ns.id
                    )
                ).scalar_one()
            )
        rows = make_bare_rows(fmt, ns.id, 10**8, 100, value_len[fmt])
        bare_insert(store, table, rows)
        bare_select(store, table, [r["token"] for r in rows])
    log(f"{backend.name}: ciphertext bytes per format {value_len}")

    out = {(fmt, op): Series() for fmt in args.formats for op in ("tokenize", "detokenize")}
    n = args.n
    for r in range(args.repeat):
        if store.dialect == "postgresql" and args.analyze:
            # what autovacuum does on a production server (it is off on some test servers):
            # without statistics the planner filters veil's blind-index IN list over the whole
            # namespace instead of using the unique index (see BENCHMARKS.md)
            with store.begin() as conn:
                conn.exec_driver_sql(f"ANALYZE {vault_tokens.name}")
                conn.exec_driver_sql(f"ANALYZE {BARE}")
        for fmt in args.formats:
            name = NAMESPACE[fmt]
            values = make_values(fmt, r * n, n)
            rows = make_bare_rows(fmt, ns_ids[fmt], r * n, n, value_len[fmt])
            bare_tokens = [row["token"] for row in rows]
            s_tok, s_det = out[(fmt, "tokenize")], out[(fmt, "detokenize")]
            order = ("bare", "veil") if r % 2 == 0 else ("veil", "bare")
            for who in order:
                if who == "bare":
                    s_tok.bare.append(timed(bare_insert, store, table, rows)[0])
                else:
                    t, tokens = timed(veil_tokenize, vault, name, values)
                    s_tok.veil.append(t)
            for who in order:
                if who == "bare":
                    s_det.bare.append(timed(bare_select, store, table, bare_tokens)[0])
                else:
                    t, plain = timed(veil_detokenize, vault, tokens)
                    s_det.veil.append(t)
            if len(tokens) != n or plain != values:
                raise SystemExit(f"{backend.name}/{fmt}: detokenize did not return the values")
            log(
                f"{backend.name} round {r + 1}/{args.repeat} {fmt:17s} "
                f"tokenize veil {n / s_tok.veil[-1]:9,.0f}/s bare {n / s_tok.bare[-1]:9,.0f}/s "
                f"({s_tok.bare[-1] / s_tok.veil[-1]:.2f})  "
                f"detokenize veil {n / s_det.veil[-1]:9,.0f}/s bare {n / s_det.bare[-1]:9,.0f}/s "
                f"({s_det.bare[-1] / s_det.veil[-1]:.2f})"
            )
    vault.store.close()  # the keyring stays open for the audit section
    return out


def veil_tokenize(vault: Vault, namespace: str, values: list[str]) -> list[str]:
    return [t for b in batches(values) for t in vault.tokenize(namespace, b, **WHO)]


def veil_detokenize(vault: Vault, tokens: list[str]) -> list[str]:
    return [v for b in batches(tokens) for v in vault.detokenize(b, **WHO)]


def bare_insert(store: Store, table: Table, rows: list[dict[str, Any]]) -> None:
    for b in batches(rows):
        with store.begin() as conn:
            conn.execute(table.insert(), b)


def bare_select(store: Store, table: Table, tokens: list[str]) -> None:
    c = table.c
    q = select(c.token, c.value, c.subject_ref, c.expires_at)
    for b in batches(tokens):
        with store.read() as conn:
            got = conn.execute(q.where(c.token.in_(b))).all()
        if len(got) != len(b):
            raise SystemExit(f"bare select found {len(got)} of {len(b)} rows")


# -- audit ----------------------------------------------------------------------------------


def make_events(audit: AuditLog, n: int) -> list[Event]:
    """Events the size of a one-value detokenize (about 110 bytes of details)."""
    return [
        Event(
            "bench",
            "detokenize",
            "vault/bench-det",
            "benchmark",
            "ok",
            {
                "count": 1,
                "namespaces": ["bench-det"],
                "values": [audit.hmac(str(i))],
                "view": "plain",
            },
        )
        for i in range(n)
    ]


def tokenize_calls(vault: Vault, namespace: str, values: list[str]) -> None:
    for v in values:
        vault.tokenize(namespace, [v], **WHO)


def append_batches(store: Store, audit: AuditLog, pool: list[Event], txns: int, size: int) -> None:
    """``txns`` transactions of ``size`` events each (``size`` <= len(pool))."""
    for i in range(txns):
        start = (i * size) % (len(pool) - size + 1)
        with store.begin() as conn:
            audit.append(conn, pool[start : start + size])


def bench_audit(
    backend: Backend, ring: Keyring, args: argparse.Namespace, audit_n: int
) -> dict[str, Any]:
    store = Store(backend.audit_url)
    audit = AuditLog(store, ring)  # the defaults: a checkpoint every 1000 events or 60 s
    pool = make_events(audit, 10_000)
    # warm-up
    with store.begin() as conn:
        audit.append(conn, pool[:10])
    # one-value tokenize calls (one transaction and one audit event each), on a small log here
    # and on the full log at the end: only the log's size differs
    vault = Vault(store, ring, audit)
    ns = NAMESPACE["deterministic"]
    vault.create_namespace(ns, "deterministic", **WHO)
    tail_n = args.audit_tail_n
    values = make_values("deterministic", 0, tail_n)
    calls_small = tail_n / timed(tokenize_calls, vault, ns, values)[0]
    small = audit.size() - tail_n
    log(f"{backend.name} audit: 1-value tokenize calls at {small:,} events {calls_small:,.0f}/s")
    single, thousand = [], []
    first = audit.size()
    for r in range(args.repeat):
        ones, thousands = args.audit_single_n, args.audit_batches
        single.append(ones / timed(append_batches, store, audit, pool, ones, 1)[0])
        thousand.append(
            thousands * 1000 / timed(append_batches, store, audit, pool, thousands, 1000)[0]
        )
        log(
            f"{backend.name} audit round {r + 1}/{args.repeat}: 1/txn {single[-1]:8,.0f} ev/s, "
            f"1000/txn {thousand[-1]:8,.0f} ev/s"
        )
    size = audit.size()
    rounds_range = (first, size)
    fill = max(audit_n - size, 0)
    log(f"{backend.name} audit: filling {fill:,} events in transactions of 10,000 ...")
    t0 = time.perf_counter()
    done = 0
    while done < fill:
        chunk = min(10_000, fill - done)
        with store.begin() as conn:
            audit.append(conn, pool[:chunk])
        done += chunk
        if done % 100_000 == 0:
            log(f"  {done:,} / {fill:,} ({done / (time.perf_counter() - t0):,.0f} ev/s)")
    fill_s = time.perf_counter() - t0
    size = audit.size()
    verify_times = []
    report = None

    def progress(done: int, total: int) -> None:
        if done % (1 << 18) < (1 << 14):
            log(f"  verify {done:,} / {total:,}")

    for r in range(args.verify_repeat):
        t0 = time.perf_counter()
        report = audit.verify(progress=progress)
        t = time.perf_counter() - t0
        if not report.ok:
            raise SystemExit(f"{backend.name}: audit verify failed: {report.problems[:3]}")
        verify_times.append(t)
        log(f"{backend.name} audit verify {r + 1}/{args.verify_repeat}: {size:,} events, {t:.1f} s")
    assert report is not None

    # the cost of a large log on every audited call: one-event appends and one-value
    # tokenize calls against the full log
    tail = tail_n / timed(append_batches, store, audit, pool, tail_n, 1)[0]
    log(f"{backend.name} audit: 1/txn at {size:,} events {tail:,.0f} ev/s")
    values = make_values("deterministic", tail_n, tail_n)
    calls_full = tail_n / timed(tokenize_calls, vault, ns, values)[0]
    log(f"{backend.name} audit: 1-value tokenize calls at {size:,} events {calls_full:,.0f}/s")
    store.close()
    return {
        "rounds_range": rounds_range,
        "tail": tail,
        "calls_small": calls_small,
        "calls_small_size": small,
        "calls_full": calls_full,
        "single": statistics.median(single),
        "thousand": statistics.median(thousand),
        "fill_rate": fill / fill_s if fill else float("nan"),
        "fill_n": fill,
        "size": size,
        "checkpoints": report.checkpoints,
        "verify": statistics.median(verify_times),
        "verify_all": verify_times,
    }


# -- main -----------------------------------------------------------------------------------


def pg_version() -> str:
    try:
        with pg_admin() as conn:
            version = conn.execute("SHOW server_version").fetchone()
            autovacuum = conn.execute("SHOW autovacuum").fetchone()
    except psycopg.OperationalError as e:
        return f"unreachable ({e})"
    return f"{version[0] if version else '?'} (autovacuum {autovacuum[0] if autovacuum else '?'})"


def print_vault(backend: str, res: dict[tuple[str, str], Series], n: int, analyze: bool) -> None:
    print(f"\n== vault on {backend}: {n:,} values per format in calls of {MAX_BATCH:,} (median) ==")
    head = (
        f"{'format':17s}  {'operation':10s}  {'bare rows/s':>12s}  {'veil tokens/s':>13s}  "
        f"{'ratio':>5s}  {'per round':>15s}"
    )
    print(head)
    print("-" * len(head))
    for (fmt, op), s in res.items():
        bare, veil = n / statistics.median(s.bare), n / statistics.median(s.veil)
        rounds = [b / v for b, v in zip(s.bare, s.veil, strict=True)]
        spread = f"{min(rounds):.2f}-{max(rounds):.2f}"
        print(
            f"{fmt:17s}  {op:10s}  {bare:12,.0f}  {veil:13,.0f}  {veil / bare:5.2f}  {spread:>15s}"
        )
    print(
        "(bare = executemany INSERT / SELECT ... IN of the same rows in a table of the same shape;"
    )
    print(" ratio = veil / bare of the medians, target >= 0.5;")
    print(" per round = min-max of the ratios of the individual rounds)")
    if backend == "postgresql":
        done = "ANALYZEd" if analyze else "not ANALYZEd (--no-analyze)"
        print(f"(both token tables {done} before each round, outside the timed region)")


def print_audit(backend: str, a: dict[str, Any]) -> None:
    print(f"\n== audit log on {backend} (median) ==")
    lo, hi = a["rounds_range"]
    print(f"append, 1 event per transaction      {a['single']:12,.0f} events/s")
    print(f"append, 1000 events per transaction  {a['thousand']:12,.0f} events/s")
    print(f"  (both with the log growing from {lo:,} to {hi:,} events over the rounds)")
    fill = f"{a['fill_rate']:12,.0f} events/s ({a['fill_n']:,} events)"
    print(f"fill, 10,000 events per transaction  {fill}")
    all_v = ", ".join(f"{t:.1f}" for t in a["verify_all"])
    rate = a["size"] / a["verify"]
    print(
        f"verify() of {a['size']:,} events       {a['verify']:12.1f} s ({rate:,.0f} events/s; "
        f"{a['checkpoints']} checkpoints; runs: {all_v} s)"
    )
    print(
        f"append, 1 event per transaction, log at {a['size']:,} events: {a['tail']:,.1f} events/s"
    )
    print(
        f"vault tokenize, 1 value per call: {a['calls_small']:,.1f} calls/s with the log at "
        f"{a['calls_small_size']:,} events, {a['calls_full']:,.1f} calls/s at {a['size']:,} events"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument(
        "--n", type=int, default=100_000, help="values per format per round (default 100000)"
    )
    ap.add_argument(
        "--repeat", type=int, default=3, help="rounds; medians are reported (default 3)"
    )
    ap.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    ap.add_argument(
        "--formats",
        default=",".join(FORMATS),
        help=f"comma-separated subset of {','.join(FORMATS)} (default: all)",
    )
    ap.add_argument(
        "--audit-n", type=int, default=1_000_000, help="events in the log that verify() checks"
    )
    ap.add_argument(
        "--pg-audit-n", type=int, default=None, help="--audit-n for PostgreSQL (default: the same)"
    )
    ap.add_argument(
        "--audit-single-n", type=int, default=1000, help="one-event transactions per round"
    )
    ap.add_argument(
        "--audit-batches", type=int, default=20, help="1000-event transactions per round"
    )
    ap.add_argument(
        "--audit-tail-n", type=int, default=100, help="one-event transactions on the full log"
    )
    ap.add_argument(
        "--verify-repeat", type=int, default=None, help="verify() runs (default: --repeat)"
    )
    ap.add_argument(
        "--no-analyze",
        dest="analyze",
        action="store_false",
        help="PostgreSQL: do not ANALYZE both token tables before each round (untimed)",
    )
    ap.add_argument("--skip-vault", action="store_true")
    ap.add_argument("--skip-audit", action="store_true")
    ap.add_argument("--quick", action="store_true", help="small sizes for a smoke run (< 30 s)")
    args = ap.parse_args(argv)
    if args.quick:
        args.n, args.repeat, args.audit_n = 10_000, 1, 20_000
        args.audit_single_n, args.audit_batches, args.audit_tail_n = 50, 2, 20
    args.formats = [f.strip() for f in args.formats.split(",") if f.strip()]
    if unknown := set(args.formats) - set(FORMATS):
        ap.error(f"unknown formats: {', '.join(sorted(unknown))}")
    if args.n % MAX_BATCH:
        ap.error(f"--n must be a multiple of {MAX_BATCH}")
    if args.verify_repeat is None:
        args.verify_repeat = args.repeat
    if min(args.n, args.repeat, args.verify_repeat, args.audit_single_n, args.audit_batches) < 1:
        ap.error("sizes and repeats must be at least 1")
    backends = ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]
    # a stopped run still drops its PostgreSQL schemas and temp dirs (finally blocks)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))

    print(
        f"machine: {platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}, "
        f"PostgreSQL {pg_version() if 'postgresql' in backends else '-'}, "
        f"SQLAlchemy {sqlalchemy.__version__}, psycopg {psycopg.__version__}"
    )
    flags = " ".join(sys.argv[1:] if argv is None else argv) or "(defaults)"
    print(f"command: bench/bench_vault.py {flags}")
    for name in backends:
        with tempfile.TemporaryDirectory(prefix=f"veil-bench-vault-{name}-") as d:
            tmp = Path(d)
            backend = make_backend(name, tmp)
            try:
                settings = Settings(
                    home=tmp / "home", passphrase=PASS, database_url=backend.vault_url
                )
                ring = init_keyring(settings, kdf=CHEAP_KDF)
                try:
                    if not args.skip_vault:
                        what = f"{args.n:,} values x {len(args.formats)} formats"
                        log(f"{name}: vault, {what} x {args.repeat} rounds")
                        res = bench_vault(backend, settings, ring, args)
                        print_vault(name, res, args.n, args.analyze)
                    if not args.skip_audit:
                        n = (
                            args.pg_audit_n
                            if name == "postgresql" and args.pg_audit_n
                            else args.audit_n
                        )
                        log(f"{name}: audit log, {n:,} events")
                        print_audit(name, bench_audit(backend, ring, args, n))
                    sys.stdout.flush()
                finally:
                    ring.close()
            finally:
                backend.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
