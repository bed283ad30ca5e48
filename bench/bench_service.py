#!/usr/bin/env python
"""The HTTP API against the library, in the same run and the same database (issue 6).

Usage::

    python bench/bench_service.py [--n 10000] [--repeat 5] [--single 500] [--json out.json]
    python bench/bench_service.py --postgres        # a fresh PostgreSQL schema, dropped after
    python bench/bench_service.py --quick           # smoke run, about 10 s

Setup (untimed): a temp ``VEIL_HOME`` with a keyring (cheap KDF), SQLite by default (or
``--postgres`` / ``--database-url``), the services as ``veil serve`` opens them
(``open_services``: default Cedar policy, rate limit set out of the way, anomaly rules kept
learning so that they never fire but still read and write their baseline on every call),
the deterministic namespace ``email`` holding ``--n`` tokenized addresses, and a client with
the role ``data-scientist`` (the default policy lets it see masked views for any purpose)
with its access token from ``POST /oauth2/token``. The app from ``create_app`` is served by
uvicorn (``server_config`` of ``veil serve``: TLS 1.3, dev certificates from
``make_dev_certs``) in a thread of this process on 127.0.0.1; the client is one keep-alive
HTTPS connection (httpx2, HTTP/1.1).

1. Batch detokenize throughput: all ``--n`` tokens, masked view, in requests of 100 and of
   1,000 tokens, one after the other, through ``POST /v1/detokenize`` against the library
   call ``Vault.detokenize`` in calls of the same size with the allow-all authorizer (the
   embedded default; it writes its audit event too), and with the Cedar authorizer.
2. Single detokenize latency: ``--single`` calls of one token each, sequential, each timed
   alone, p50 and p99:

   * ``api``: ``POST /v1/detokenize`` with one token, through the whole service;
   * ``healthz``: ``GET /healthz`` (no authentication, no vault work): the HTTP + TLS +
     framework floor on the same connection;
   * ``lib``: ``Vault.detokenize`` of one token, allow-all authorizer (vault work + audit);
   * ``lib+cedar``: the same with the service's Cedar authorizer;
   * ``lib-noaudit``: the same vault with a no-op audit log (no HMACs, no event, no Merkle
     update): the vault work alone;
   * ``verify``: ``Directory.verify`` of the access token (signature, claims, revocation and
     account lookup in the database); ``jwt``: the signature and claim check alone;
   * ``cedar``: ``PolicyEngine.decide`` for the same request;
   * ``anomaly-check`` / ``anomaly-record``: the anomaly rules' calls, where the service has
     them.

3. Inside the server, during the ``api`` and ``healthz`` cases and the API's batch passes:
   the ASGI app's time per request and the service calls the route makes (``token cache``
   lookup, ``verify`` when the cache misses, ``anomaly.check``, ``vault`` with ``cedar``
   and ``audit.append`` inside it, ``anomaly.record``), timed by wrappers on the
   instances; per request, the app's time minus those calls is the framework's ("rest").
   ``verify`` runs once per token per ``VEIL_ACCESS_CACHE_SECONDS``, so its cost per
   request is its total spread over all requests.

The target, "authorization + audit adds < 2 ms p50 per request", is checked two ways on
the one-token request: inside the server, token cache + verify per request + cedar +
anomaly check and record + audit.append; end to end, api - healthz - lib-noaudit (what the
request costs beyond the HTTP + TLS floor and the vault's own work). Both must be under
2 ms for "met".

Case order rotates per round; medians of ``--repeat`` rounds (of the per-round p50/p99 for
latencies). Client and server share one process (and its GIL) on a small, noisy machine:
compare ratios and differences, not absolute times. Progress goes to stderr, results to
stdout.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import platform
import secrets
import signal
import socket
import sqlite3
import ssl
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO / "src") not in sys.path:
    sys.path.insert(0, str(REPO / "src"))

import httpx2  # noqa: E402
import psycopg  # noqa: E402
import sqlalchemy  # noqa: E402
import uvicorn  # noqa: E402
from psycopg import sql  # noqa: E402
from pydantic import SecretStr  # noqa: E402

from veil.access import Directory, Identity, PolicyEngine, RequestContext, resource_of  # noqa: E402
from veil.config import Settings  # noqa: E402
from veil.crypto import jwt  # noqa: E402
from veil.crypto.certs import DevCerts, make_dev_certs  # noqa: E402
from veil.keys import KdfParams, init_keyring  # noqa: E402
from veil.server import Services, create_app  # noqa: E402
from veil.server.app import _Call, _call, open_services  # noqa: E402
from veil.server.run import server_config  # noqa: E402
from veil.vault import MAX_BATCH, Vault  # noqa: E402

PASS = "bench-passphrase"
CHEAP_KDF = KdfParams.fresh(memory_kib=1024, iterations=1, lanes=1)
POSTGRES = os.environ.get(
    "VEIL_BENCH_POSTGRES_URL",
    os.environ.get("VEIL_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test"),
)
NAMESPACE = "email"
CLIENT = "bench-ds"
PRINCIPAL = f"client:{CLIENT}"
PURPOSE = "analytics"
VIEW = "masked"
BATCH_SIZES = (100, 1000)
TARGET_MS = 2.0
_T0 = time.perf_counter()


def log(msg: str) -> None:
    print(f"[{time.perf_counter() - _T0:7.1f}s] {msg}", file=sys.stderr, flush=True)


def batches(seq: Sequence[Any], n: int) -> Iterator[Sequence[Any]]:
    for i in range(0, len(seq), n):
        yield seq[i : i + n]


def percentile(sorted_ms: Sequence[float], q: float) -> float:
    """Nearest-rank percentile of an ascending list."""
    k = max(0, min(len(sorted_ms) - 1, math.ceil(q * len(sorted_ms)) - 1))
    return sorted_ms[k]


# -- the environment ------------------------------------------------------------------------


class NullAudit:
    """An audit log that does nothing: the vault's work without its audit (HMACs of the
    values, the event, the Merkle update and the write it makes the commit do)."""

    def hmacs(self, values: Sequence[str]) -> list[str]:
        return []

    def hmac(self, value: str | bytes) -> str:
        return ""

    def append(self, conn: Any, events: Sequence[Any]) -> None:
        return None

    def record(self, event: Any) -> None:
        return None


@dataclass
class Env:
    settings: Settings
    services: Services
    lib: Vault  # allow-all authorizer: the embedded library call
    lib_noaudit: Vault  # allow-all, no audit

    @property
    def cedar(self) -> Vault:  # the service's vault: the Cedar authorizer
        return self.services.vault

    @property
    def directory(self) -> Directory:
        return self.services.directory

    @property
    def policy(self) -> PolicyEngine:
        return self.services.policy

    @property
    def anomaly(self) -> Any:
        """The anomaly detector on the detokenize route, where the service has one."""
        return getattr(self.services, "anomaly", None)


def make_env(home: Path, url: str) -> Env:
    settings = Settings(
        home=home,
        passphrase=SecretStr(PASS),
        database_url=url,
        password_memory_kib=8192,
        password_iterations=1,
        ner_model="none",
        rate_limit_per_minute=10**9,
        access_token_ttl=3600,
        # the anomaly rules would lock the benchmark client (all its volume falls in one
        # hour); a baseline that never finishes learning keeps their database work on every
        # call (check and record) and fires no rule. Ignored by a service without them.
        anomaly_learning=10**9,
    )
    init_keyring(settings, kdf=CHEAP_KDF).close()
    services = open_services(settings)  # what `veil serve` runs on, policy and all
    lib = Vault(services.store, services.keyring, services.audit)
    lib_noaudit = Vault(services.store, services.keyring, NullAudit())  # type: ignore[arg-type]
    return Env(settings, services, lib, lib_noaudit)


@contextlib.contextmanager
def database(args: argparse.Namespace, tmp: Path) -> Iterator[tuple[str, str]]:
    """(SQLAlchemy URL, description); a PostgreSQL schema is dropped at the end."""
    if args.database_url:
        yield args.database_url, "--database-url"
        return
    if not args.postgres:
        yield f"sqlite:///{tmp / 'veil.db'}", "SQLite file (WAL, synchronous=FULL)"
        return
    schema = f"veil_bench_svc_{secrets.token_hex(5)}"
    with psycopg.connect(POSTGRES, autocommit=True, connect_timeout=5) as conn:
        conn.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(schema)))
    log(f"created schema {schema}")
    base = POSTGRES.replace("postgresql://", "postgresql+psycopg://", 1)
    url = f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{schema}"
    try:
        yield url, f"PostgreSQL {pg_version()}, fresh schema"
    finally:
        with psycopg.connect(POSTGRES, autocommit=True, connect_timeout=5) as conn:
            conn.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(schema)))
        log(f"dropped schema {schema}")


def pg_version() -> str:
    try:
        with psycopg.connect(POSTGRES, autocommit=True, connect_timeout=5) as conn:
            row = conn.execute("SHOW server_version").fetchone()
    except psycopg.OperationalError as e:
        return f"unreachable ({e})"
    return str(row[0]) if row else "?"


# -- the server -----------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Probe:
    """Timings inside the server while it is on: the whole request as the ASGI app sees it
    (``app <path>``: from the call of the app, after uvicorn parsed the request head, to the
    first body message, before it is written) and the service calls the route makes, wrapped on the
    instances (a wrapper costs about a microsecond)."""

    def __init__(self) -> None:
        self.on = False
        self.data: dict[str, list[float]] = {}

    def add(self, name: str, ms: float) -> None:
        if self.on:
            self.data.setdefault(name, []).append(ms)

    def wrap(self, obj: Any, method: str, name: str) -> None:
        fn = getattr(obj, method)

        def timed(*a: Any, **k: Any) -> Any:
            t0 = time.perf_counter_ns()
            try:
                return fn(*a, **k)
            finally:
                self.add(name, (time.perf_counter_ns() - t0) / 1e6)

        setattr(obj, method, timed)

    def asgi(self, app: Any) -> Any:
        async def timed(scope: Any, receive: Any, send: Any) -> None:
            if scope["type"] != "http":
                await app(scope, receive, send)
                return
            t0 = time.perf_counter_ns()
            noted = False

            async def sending(message: Any) -> None:
                # at the first body message (these JSON bodies come whole; the middleware
                # sends an empty last one, which the client need not wait for), before it
                # goes out: so before the client can have the response
                nonlocal noted
                if message["type"] == "http.response.body" and not noted:
                    noted = True
                    self.add(f"app {scope['path']}", (time.perf_counter_ns() - t0) / 1e6)
                await send(message)

            await app(scope, receive, sending)

        return timed

    def take(self) -> dict[str, list[float]]:
        data, self.data = self.data, {}
        return data


def instrument(env: Env, probe: Probe) -> None:
    probe.wrap(env.directory, "cached", "token cache")
    probe.wrap(env.directory, "verify", "verify")
    probe.wrap(env.policy, "decide", "cedar")
    probe.wrap(env.services.vault, "detokenize", "vault")
    probe.wrap(env.services.audit, "append", "audit.append")
    if env.anomaly is not None:
        probe.wrap(env.anomaly, "check", "anomaly.check")
        probe.wrap(env.anomaly, "record", "anomaly.record")


ROUTE_CALLS = ("anomaly.check", "vault", "anomaly.record")
"""What the detokenize route calls once per request (``cedar`` and ``audit.append`` run
inside ``vault``). ``verify`` runs only when the token cache misses (once per token per
``VEIL_ACCESS_CACHE_SECONDS``) and looks in the cache itself, so it and ``token cache`` are
spread over all requests (:func:`amortize`)."""


def amortize(data: dict[str, list[float]], part: str) -> float:
    """A part that runs on some requests only, as its mean cost per request."""
    total = data.get("app /v1/detokenize", [])
    return sum(data.get(part, [])) / len(total) if total else 0.0


def rest_of_route(data: dict[str, list[float]]) -> list[float]:
    """Per request: the app's time minus the service calls of the route (the framework:
    middleware, dependencies, thread hops, validation, serialization)."""
    total = data.get("app /v1/detokenize", [])
    parts = [data[c] for c in ROUTE_CALLS if c in data]
    if not total or any(len(p) != len(total) for p in parts):
        return []
    auth = amortize(data, "verify") + amortize(data, "token cache")
    return [t - auth - sum(p[i] for p in parts) for i, t in enumerate(total)]


class Running:
    """uvicorn serving the app over TLS 1.3 in a thread of this process."""

    def __init__(self, app: Any, certs: DevCerts) -> None:
        self.port = free_port()
        config = server_config(
            app,
            host="127.0.0.1",
            port=self.port,
            cert=certs.cert,
            key=certs.key,
            log_level="warning",
        )
        config.timeout_keep_alive = 600  # one connection for the whole run
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, name="uvicorn", daemon=True)
        self.thread.start()
        deadline = time.time() + 30
        while not self.server.started:
            if time.time() > deadline or not self.thread.is_alive():
                raise RuntimeError("the server did not start")
            time.sleep(0.05)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def make_client(port: int, certs: DevCerts) -> httpx2.Client:
    ctx = ssl.create_default_context(cafile=str(certs.ca))
    return httpx2.Client(
        base_url=f"https://127.0.0.1:{port}",
        verify=ctx,
        http2=False,
        timeout=60.0,
        limits=httpx2.Limits(max_connections=1, max_keepalive_connections=1, keepalive_expiry=600),
    )


def tls_version(client: httpx2.Client) -> str:
    r = client.get("/healthz")
    stream = r.extensions.get("network_stream")
    obj = stream.get_extra_info("ssl_object") if stream is not None else None
    return str(obj.version()) if obj is not None else "?"


class Api:
    def __init__(self, client: httpx2.Client, token: str) -> None:
        self.client = client
        self.headers = {"Authorization": f"Bearer {token}"}

    def detokenize(self, tokens: Sequence[str]) -> list[str]:
        body = {"tokens": list(tokens), "view": VIEW, "namespace": NAMESPACE, "purpose": PURPOSE}
        r = self.client.post("/v1/detokenize", json=body, headers=self.headers)
        if r.status_code != 200:
            raise SystemExit(f"POST /v1/detokenize: {r.status_code} {r.text[:300]}")
        return list(r.json()["values"])

    def healthz(self) -> None:
        r = self.client.get("/healthz")
        if r.status_code != 200:
            raise SystemExit(f"GET /healthz: {r.status_code}")


def lib_call(vault: Vault) -> Callable[[Sequence[str]], list[str]]:
    def call(tokens: Sequence[str]) -> list[str]:
        return vault.detokenize(
            tokens, principal=PRINCIPAL, purpose=PURPOSE, view=VIEW, namespace=NAMESPACE
        )

    return call


# -- the cases ------------------------------------------------------------------------------


def batch_round(
    who: dict[str, Callable[[Sequence[str]], list[str]]],
    tokens: list[str],
    size: int,
    r: int,
    probe: Probe,
) -> tuple[dict[str, float], dict[str, list[float]]]:
    """Seconds per detokenize of all ``tokens`` in calls of ``size``, per way of calling;
    and what the probe saw during the API's pass."""
    names = list(who)
    k = r % len(names)
    out: dict[str, float] = {}
    seen: dict[str, list[float]] = {}
    for name in names[k:] + names[:k]:
        call = who[name]
        call(tokens[:size])  # untimed: the connection and caches are warm
        probe.on = name == "api"
        t0 = time.perf_counter()
        for chunk in batches(tokens, size):
            call(chunk)
        out[name] = time.perf_counter() - t0
        probe.on = False
        if name == "api":
            seen = probe.take()
    return out, seen


def single_round(
    cases: dict[str, Callable[[int], Any]], count: int, r: int, probe: Probe
) -> tuple[dict[str, list[float]], dict[str, dict[str, list[float]]]]:
    """Milliseconds of each of ``count`` calls, per case (ascending); and what the probe saw
    inside the server during the ``api`` and ``healthz`` cases."""
    names = list(cases)
    k = r % len(names)
    out: dict[str, list[float]] = {}
    seen: dict[str, dict[str, list[float]]] = {}
    for name in names[k:] + names[:k]:
        fn = cases[name]
        fn(0)  # untimed warm-up
        probe.on = name in ("api", "healthz")
        ms = []
        for i in range(count):
            t0 = time.perf_counter_ns()
            fn(i)
            ms.append((time.perf_counter_ns() - t0) / 1e6)
        probe.on = False
        out[name] = sorted(ms)
        if name in ("api", "healthz"):
            seen[name] = probe.take()
    return out, seen


def run(env: Env, certs: DevCerts, args: argparse.Namespace) -> dict[str, Any]:
    lib = lib_call(env.lib)
    env.lib.create_namespace(NAMESPACE, "deterministic", principal="setup", purpose="setup")
    values = [f"person.{i:06d}@example.com" for i in range(args.n)]
    tokens = [t for b in batches(values, MAX_BATCH) for t in env.lib.tokenize(
        NAMESPACE, b, principal="setup", purpose="setup")]  # fmt: skip
    secret = env.directory.create_client(CLIENT, ["data-scientist"], by="setup")
    log(f"tokenized {len(tokens):,} values; serving the API")

    probe = Probe()
    instrument(env, probe)
    server = Running(probe.asgi(create_app(env.settings, env.services)), certs)
    client = make_client(server.port, certs)
    try:
        tls = tls_version(client)
        r = client.post(
            "/oauth2/token", data={"grant_type": "client_credentials"}, auth=(CLIENT, secret)
        )
        if r.status_code != 200:
            raise SystemExit(f"POST /oauth2/token: {r.status_code} {r.text[:300]}")
        access = str(r.json()["access_token"])
        api = Api(client, access)
        ident = env.directory.verify(access)
        _call.set(_Call(ident, "loopback", "bench"))  # what the API's caller dependency sets
        cedar = lib_call(env.cedar)
        noaudit = lib_call(env.lib_noaudit)

        # correctness: the API returns what the library returns, the masked view
        sample = tokens[:1000]
        got, want = api.detokenize(sample), lib(sample)
        if got != want or cedar(sample) != want or noaudit(sample) != want:
            raise SystemExit("the API and the library calls disagree")
        if want[0] == values[0]:
            raise SystemExit("the masked view returned the plaintext")
        log(f"server on 127.0.0.1:{server.port} ({tls}); sample: {values[0]} -> {want[0]}")

        batch: dict[int, dict[str, list[float]]] = {
            size: {"api": [], "lib": [], "lib+cedar": []} for size in args.batch_sizes
        }
        keys = env.directory.public_keys()
        ctx = RequestContext(PURPOSE, False, VIEW, "loopback", time.gmtime().tm_hour)
        resource = resource_of("detokenize", NAMESPACE)
        n = len(tokens)
        cases: dict[str, Callable[[int], Any]] = {
            "api": lambda i: api.detokenize([tokens[i % n]]),
            "healthz": lambda i: api.healthz(),
            "lib": lambda i: lib([tokens[i % n]]),
            "lib+cedar": lambda i: cedar([tokens[i % n]]),
            "lib-noaudit": lambda i: noaudit([tokens[i % n]]),
            "verify": lambda i: env.directory.verify(access),
            "jwt": lambda i: jwt.decode(
                access,
                keys,
                issuer=env.settings.access_issuer,
                audience=env.settings.access_audience,
                now=int(time.time()),
            ),
            "cedar": lambda i: decide(env.policy, ident, resource, ctx),
        }
        guard = env.anomaly
        if guard is not None:  # the service's anomaly rules, before and after the vault call
            cases["anomaly-check"] = lambda i: guard.check(
                PRINCIPAL, NAMESPACE, 1, "127.0.0.1", mfa=False
            )
            cases["anomaly-record"] = lambda i: guard.record(PRINCIPAL, NAMESPACE, 1, "127.0.0.1")
        single: dict[str, dict[str, list[float]]] = {c: {"p50": [], "p99": []} for c in cases}
        # inside the server, per round: the median of each timed part (and of the rest)
        inside: dict[str, dict[str, list[float]]] = {"api": {}, "healthz": {}}
        inside.update({f"batch {size}": {} for size in args.batch_sizes})

        def keep(where: str, data: dict[str, list[float]]) -> None:
            for part, xs in data.items():
                inside[where].setdefault(part, []).append(med(xs))
            rest = rest_of_route(data)
            if rest:
                inside[where].setdefault("rest", []).append(med(rest))
            if "app /v1/detokenize" in data:
                inside[where].setdefault("verify per request", []).append(amortize(data, "verify"))

        for rnd in range(args.repeat):
            for size in args.batch_sizes:
                secs, seen = batch_round({"api": api.detokenize, "lib": lib, "lib+cedar": cedar},
                                         tokens, size, rnd, probe)  # fmt: skip
                keep(f"batch {size}", seen)
                for who, s in secs.items():
                    batch[size][who].append(s)
                log(
                    f"round {rnd + 1}/{args.repeat} batch {size:5d}: "
                    + "  ".join(f"{who} {n / s:9,.0f} values/s" for who, s in secs.items())
                    + f"  (api/lib {secs['lib'] / secs['api']:.2f})"
                )
            ms, seen_single = single_round(cases, args.single, rnd, probe)
            for where, data in seen_single.items():
                keep(where, data)
            for case, xs in ms.items():
                single[case]["p50"].append(percentile(xs, 0.50))
                single[case]["p99"].append(percentile(xs, 0.99))
            log(
                f"round {rnd + 1}/{args.repeat} single p50 ms: "
                + "  ".join(f"{c} {single[c]['p50'][-1]:.3f}" for c in cases)
            )
    finally:
        client.close()
        server.stop()
    return {"tls": tls, "n": n, "batch": batch, "single": single, "inside": inside}


def decide(policy: PolicyEngine, ident: Identity, resource: str, ctx: RequestContext) -> None:
    d = policy.decide((ident.kind, ident.name), ident.roles, "detokenize", resource, ctx)
    if not d.allowed:
        raise SystemExit(f"Cedar denied the benchmark request: {d}")


# -- report ---------------------------------------------------------------------------------


def med(xs: Sequence[float]) -> float:
    return statistics.median(xs)


def summarize(res: dict[str, Any]) -> dict[str, Any]:
    n = res["n"]
    batch = {}
    for size, by in res["batch"].items():
        row = {who: n / med(secs) for who, secs in by.items()}
        row["api/lib"] = row["api"] / row["lib"]
        row["api/lib+cedar"] = row["api"] / row["lib+cedar"]
        row["api ms/request"] = med(by["api"]) * 1000 / -(-n // size)
        row["lib ms/call"] = med(by["lib"]) * 1000 / -(-n // size)
        batch[size] = row
    p50 = {c: med(v["p50"]) for c, v in res["single"].items()}
    p99 = {c: med(v["p99"]) for c, v in res["single"].items()}
    inside = {w: {part: med(xs) for part, xs in d.items()} for w, d in res["inside"].items()}
    api_in = inside["api"]
    # the token check per request: the cache lookup, plus the full check where it missed
    authn_authz = api_in["token cache"] + api_in["verify per request"] + api_in["cedar"]
    guard = api_in.get("anomaly.check", 0.0) + api_in.get("anomaly.record", 0.0)
    audit_in = api_in["audit.append"]
    in_total = authn_authz + guard + audit_in
    end_to_end = p50["api"] - p50["healthz"] - p50["lib-noaudit"]
    return {
        "batch": batch,
        "p50": p50,
        "p99": p99,
        "inside": inside,
        "differences_ms": {
            "api_minus_lib": p50["api"] - p50["lib"],
            "authorization (api - healthz - lib)": p50["api"] - p50["healthz"] - p50["lib"],
            "cedar in the vault (lib+cedar - lib)": p50["lib+cedar"] - p50["lib"],
            "audit (lib - lib-noaudit)": p50["lib"] - p50["lib-noaudit"],
            "authorization + audit (api - healthz - lib-noaudit)": end_to_end,
        },
        "authorization_plus_audit_ms": {
            "authentication + Cedar (token cache + verify + cedar)": authn_authz,
            "anomaly guard (check + record)": guard,
            "audit (audit.append)": audit_in,
            "total inside the server": in_total,
            "without the anomaly guard": authn_authz + audit_in,
            "end to end (api - healthz - lib-noaudit)": end_to_end,
        },
        "target_ms": TARGET_MS,
        "target_met": in_total < TARGET_MS and end_to_end < TARGET_MS,
    }


WHAT = {
    "api": "POST /v1/detokenize, 1 token, through the whole service",
    "healthz": "GET /healthz: HTTP + TLS + framework floor",
    "lib": "Vault.detokenize, allow-all (vault work + audit)",
    "lib+cedar": "Vault.detokenize, Cedar authorizer",
    "lib-noaudit": "Vault.detokenize, allow-all, no-op audit log",
    "verify": "Directory.verify (JWT + revocation/account lookup)",
    "jwt": "jwt.decode alone (Ed25519 signature, claims)",
    "cedar": "PolicyEngine.decide alone",
    "anomaly-check": "AnomalyDetector.check alone (read of the baseline)",
    "anomaly-record": "AnomalyDetector.record alone (a write transaction)",
}
INSIDE = (
    ("app /v1/detokenize", "the route as the ASGI app runs it"),
    ("token cache", "  Directory.cached: the verified-token cache lookup"),
    ("verify", "  Directory.verify on a cache miss (p50 of the misses; thread hop excluded)"),
    ("verify per request", "  the same, spread over all requests (mean)"),
    ("anomaly.check", "  anomaly rules before the call"),
    ("vault", "  Vault.detokenize with the Cedar authorizer"),
    ("cedar", "    of which PolicyEngine.decide"),
    ("audit.append", "    of which the audit event"),
    ("anomaly.record", "  anomaly baseline update after the call"),
    ("rest", "  the rest: middleware, dependencies, thread hops, validation, JSON"),
    ("app /healthz", "GET /healthz as the ASGI app runs it"),
)


def print_report(res: dict[str, Any], s: dict[str, Any], args: argparse.Namespace) -> None:
    n = res["n"]
    print(f"\n== batch detokenize, {n:,} tokens, view {VIEW} (median of {args.repeat}) ==")
    head = (
        f"{'tokens/request':>14s}  {'API values/s':>12s}  {'lib values/s':>12s}  "
        f"{'lib+cedar/s':>11s}  {'API/lib':>7s}  {'API/lib+cedar':>13s}  "
        f"{'API ms/req':>10s}  {'lib ms/call':>11s}"
    )
    print(head)
    print("-" * len(head))
    for size, row in s["batch"].items():
        print(
            f"{size:14,d}  {row['api']:12,.0f}  {row['lib']:12,.0f}  {row['lib+cedar']:11,.0f}  "
            f"{row['api/lib']:7.2f}  {row['api/lib+cedar']:13.2f}  "
            f"{row['api ms/request']:10.2f}  {row['lib ms/call']:11.2f}"
        )
    print("(API = POST /v1/detokenize over one keep-alive TLS 1.3 connection, one request after")
    print(" another; lib = Vault.detokenize with the allow-all authorizer, lib+cedar = with the")
    print(" service's Cedar authorizer; all three write one audit event per call)")

    print(f"\n== single detokenize, 1 token per call, {args.single} calls (median of rounds) ==")
    print(f"{'case':14s}  {'p50 ms':>8s}  {'p99 ms':>8s}  what")
    print("-" * 86)
    for c in s["p50"]:
        print(f"{c:14s}  {s['p50'][c]:8.3f}  {s['p99'][c]:8.3f}  {WHAT.get(c, '')}")

    wheres = ["api", *(f"batch {size}" for size in s["batch"])]
    print("\n== inside the server: p50 ms per request (median of rounds) ==")
    print(f"{'part':18s}" + "".join(f"{w:>12s}" for w in wheres) + "  what")
    print("-" * 110)
    for part, what in INSIDE:
        where = ["healthz"] if part == "app /healthz" else wheres
        cells = "".join(
            f"{s['inside'][w][part]:12.3f}" if part in s["inside"].get(w, {}) else f"{'-':>12s}"
            for w in where
        )
        if part == "app /healthz":
            cells += f"{'':>12s}" * (len(wheres) - 1)
        print(f"{part:18s}{cells}  {what}")
    print("(api = the 1-token requests of the latency case; batch N = the throughput case)")

    print("\n== differences of end-to-end p50s, 1 token (ms) ==")
    for label, v in s["differences_ms"].items():
        print(f"{label:56s} {v:8.3f}")
    print("\n== authorization + audit per 1-token request, p50 (ms) ==")
    for label, v in s["authorization_plus_audit_ms"].items():
        print(f"{label:56s} {v:8.3f}")
    a = s["authorization_plus_audit_ms"]
    verdict = "MET" if s["target_met"] else "NOT MET"
    print(
        f"\ntarget: authorization + audit adds < {TARGET_MS:g} ms p50 per request: {verdict} "
        f"({a['total inside the server']:.3f} ms inside the server, "
        f"{a['end to end (api - healthz - lib-noaudit)']:.3f} ms end to end)"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--n", type=int, default=10_000, help="tokens in the vault (default 10000)")
    ap.add_argument("--repeat", type=int, default=5, help="rounds; medians (default 5)")
    ap.add_argument(
        "--single", type=int, default=500, help="one-token calls per case per round (default 500)"
    )
    ap.add_argument(
        "--batch-sizes",
        default=",".join(str(b) for b in BATCH_SIZES),
        help="tokens per request for the throughput case (default 100,1000)",
    )
    db = ap.add_mutually_exclusive_group()
    db.add_argument("--postgres", action="store_true", help=f"a fresh schema in {POSTGRES}")
    db.add_argument("--database-url", default=None, help="any veil database URL (not dropped)")
    ap.add_argument("--json", type=Path, default=None, help="also write the results here")
    ap.add_argument("--quick", action="store_true", help="small sizes for a smoke run")
    args = ap.parse_args(argv)
    if args.quick:
        args.n, args.repeat, args.single = 2000, 1, 100
    try:
        args.batch_sizes = [int(x) for x in args.batch_sizes.split(",") if x.strip()]
    except ValueError:
        ap.error("--batch-sizes: comma-separated integers")
    if min(args.n, args.repeat, args.single, *args.batch_sizes) < 1:
        ap.error("sizes and repeats must be at least 1")
    if max(args.batch_sizes) > min(MAX_BATCH, args.n):
        ap.error(f"batch sizes must be at most min(--n, {MAX_BATCH})")
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))

    flags = " ".join(sys.argv[1:] if argv is None else argv) or "(defaults)"
    with tempfile.TemporaryDirectory(prefix="veil-bench-service-") as d:
        tmp = Path(d)
        certs = make_dev_certs(tmp / "certs")
        with database(args, tmp) as (url, described):
            env = make_env(tmp / "home", url)
            try:
                res = run(env, certs, args)
            finally:
                env.services.close()
    s = summarize(res)
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}, uvicorn {uvicorn.__version__}, "
        f"httpx2 {httpx2.__version__}, SQLAlchemy {sqlalchemy.__version__}, "
        f"SQLite {sqlite3.sqlite_version}"
    )
    print(f"command: bench/bench_service.py {flags}")
    print(f"database: {described}; transport: {res['tls']} on 127.0.0.1, HTTP/1.1 keep-alive")
    print_report(res, s, args)
    if args.json is not None:
        out = {
            "command": f"bench/bench_service.py {flags}",
            "database": described,
            "tls": res["tls"],
            "n": res["n"],
            "repeat": args.repeat,
            "single": args.single,
            "raw": {
                "batch_seconds": res["batch"],
                "single_ms": res["single"],
                "inside_ms": res["inside"],
            },
            "summary": s,
        }
        args.json.write_text(json.dumps(out, indent=2, default=str) + "\n")
        log(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
