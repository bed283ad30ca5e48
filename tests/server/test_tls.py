"""The service over real TLS (uvicorn in a thread, certificates from ``veil certs dev``):
TLS 1.3 works, a TLS 1.2 client is refused, mutual TLS refuses clients without a
certificate; ``veil serve`` refuses to start without a certificate or with a weak
passphrase. Rate-limit counters in the real Redis are shared between processes."""

from __future__ import annotations

import http.client
import json
import socket
import ssl
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.databases import VaultEnv
from tests.server.apienv import ApiEnv, make_api

from veil.access.limits import RateLimiter
from veil.cli import main
from veil.config import Settings
from veil.crypto.certs import DevCerts, make_dev_certs
from veil.errors import ConfigError, UsageError
from veil.server.run import check_secrets, server_config


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Running:
    def __init__(self, api: ApiEnv, certs: DevCerts, *, mtls: bool = False) -> None:
        import uvicorn

        self.port = _free_port()
        config = server_config(
            api.client.app,
            host="127.0.0.1",
            port=self.port,
            cert=certs.cert,
            key=certs.key,
            client_ca=certs.ca if mtls else None,
            log_level="warning",
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.time() + 20
        while not self.server.started:
            if time.time() > deadline:
                raise RuntimeError("server did not start")
            time.sleep(0.05)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def _ctx(certs: DevCerts, *, max_version: ssl.TLSVersion | None = None,
         client: bool = False) -> ssl.SSLContext:  # fmt: skip
    ctx = ssl.create_default_context(cafile=str(certs.ca))
    if max_version is not None:
        ctx.maximum_version = max_version
    if client and certs.client_cert and certs.client_key:
        ctx.load_cert_chain(str(certs.client_cert), str(certs.client_key))
    return ctx


def _get(port: int, ctx: ssl.SSLContext, path: str, token: str | None = None) -> tuple[int, Any]:
    conn = http.client.HTTPSConnection("localhost", port, context=ctx, timeout=10)
    try:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        conn.request("GET", path, headers=headers)
        r = conn.getresponse()
        return r.status, json.loads(r.read() or b"null")
    finally:
        conn.close()


@pytest.fixture
def certs(tmp_path: Path) -> DevCerts:
    return make_dev_certs(tmp_path / "certs", client="etl")


@pytest.fixture
def api(vault_env: VaultEnv) -> Iterator[ApiEnv]:
    yield from make_api(vault_env)


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_tls13_only(api: ApiEnv, certs: DevCerts) -> None:
    srv = Running(api, certs)
    try:
        conn_ctx = _ctx(certs)
        with (
            socket.create_connection(("127.0.0.1", srv.port)) as raw,
            conn_ctx.wrap_socket(raw, server_hostname="localhost") as tls,
        ):
            assert tls.version() == "TLSv1.3"
        token = api.client_token("etl")
        status, body = _get(srv.port, conn_ctx, "/v1/whoami", token)
        assert status == 200 and body["principal"] == "client:etl"
        status, body = _get(srv.port, conn_ctx, "/v1/whoami")
        assert status == 401 and body["title"] == "authentication failed"
        with pytest.raises(ssl.SSLError):
            _get(srv.port, _ctx(certs, max_version=ssl.TLSVersion.TLSv1_2), "/healthz")
    finally:
        srv.stop()


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_mutual_tls_requires_a_client_certificate(api: ApiEnv, certs: DevCerts) -> None:
    srv = Running(api, certs, mtls=True)
    try:
        status, _ = _get(srv.port, _ctx(certs, client=True), "/healthz")
        assert status == 200
        with pytest.raises((ssl.SSLError, ConnectionError, http.client.RemoteDisconnected)):
            _get(srv.port, _ctx(certs), "/healthz")
    finally:
        srv.stop()


def test_serve_refuses_without_a_certificate_and_dev_mode_is_loopback(
    tmp_path: Path, certs: DevCerts
) -> None:
    with pytest.raises(UsageError, match="needs a certificate"):
        server_config(object(), host="0.0.0.0", port=1, cert=None, key=None)
    with pytest.raises(UsageError, match="no such file"):
        server_config(object(), host="0.0.0.0", port=1, cert=tmp_path / "x.pem",
                      key=tmp_path / "y.pem")  # fmt: skip
    with pytest.raises(ConfigError, match="TLS certificate"):
        server_config(object(), host="0.0.0.0", port=1, cert=certs.ca, key=certs.cert)
    dev = server_config(object(), host="0.0.0.0", port=1, cert=None, key=None, insecure_dev=True)
    assert dev.host == "127.0.0.1" and dev.ssl is None
    tls = server_config(object(), host="0.0.0.0", port=1, cert=certs.cert, key=certs.key)
    assert tls.ssl.minimum_version == ssl.TLSVersion.TLSv1_3


@pytest.mark.parametrize("passphrase", ["changeme", "short", "SECRET"])
def test_weak_passphrase_refused_outside_dev(tmp_path: Path, passphrase: str) -> None:
    with pytest.raises(ConfigError, match="weak"):
        check_secrets(Settings(home=tmp_path, passphrase=passphrase))
    check_secrets(Settings(home=tmp_path, passphrase="a long, unusual passphrase"))


def test_redis_rate_limit_is_shared_between_processes() -> None:
    a = RateLimiter(3, "redis://127.0.0.1:6379/0")
    b = RateLimiter(3, "redis://127.0.0.1:6379/0")
    key = f"test-{uuid.uuid4().hex}"
    results = [a.hit(key), b.hit(key), a.hit(key), b.hit(key), a.hit(key)]
    assert results[:3] == [0, 0, 0]
    assert all(r > 0 for r in results[3:])
    # a Redis that is down fails open (the limits are a brake, not the gate)
    down = RateLimiter(1, "redis://127.0.0.1:1/0")
    assert [down.hit(key), down.hit(key)] == [0, 0]


def test_cli_accounts_clients_and_policy_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from veil.config import get_settings

    monkeypatch.setenv("VEIL_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("VEIL_PASSPHRASE", "a long, unusual passphrase")
    monkeypatch.setenv("VEIL_PASSWORD_MEMORY_KIB", "8192")
    get_settings.cache_clear()
    try:
        assert main(["init"]) == 0
        monkeypatch.setattr("sys.stdin", _Lines("an even longer passphrase\n"))
        assert main(["users", "create", "frank", "-r", "fraud-analyst", "--password-stdin"]) == 0
        assert "needs MFA" in capsys.readouterr().out
        assert main(["users", "mfa-enroll", "frank"]) == 0
        assert "otpauth://totp/" in capsys.readouterr().out
        assert main(["users", "lock", "frank"]) == 0
        assert main(["users", "list", "--json"]) == 0
        listed = json.loads(capsys.readouterr().out.split("\n", 1)[1])
        assert listed[0]["name"] == "frank" and listed[0]["mfa"] and listed[0]["locked"]
        assert main(["clients", "create", "etl", "-r", "tokenizer"]) == 0
        assert "client_secret:" in capsys.readouterr().out
        assert main(["clients", "revoke", "etl"]) == 0
        assert main(["clients", "create", "etl", "-r", "no-such-role"]) == 2
        assert main(["users", "create", "x", "--password-stdin"]) == 2  # empty: too short
        allow = ["policy", "check", "--principal", "user:frank", "-r", "fraud-analyst",
                 "--action", "detokenize", "--resource", "email", "--purpose",
                 "fraud-investigation", "--view", "plain", "--mfa"]  # fmt: skip
        assert main(allow) == 0
        assert "fraud-plaintext" in capsys.readouterr().out
        assert main([*allow[:-1], "--no-mfa"]) == 3
        assert "plaintext-needs-mfa" in capsys.readouterr().out
        bad = tmp_path / "bad.cedar"
        bad.write_text('permit(principal, action == Veil::Action::"fly", resource);')
        assert main([*allow, "--policy", str(bad)]) == 1
        assert "does not match veil's schema" in capsys.readouterr().err
    finally:
        get_settings.cache_clear()


class _Lines:
    def __init__(self, text: str) -> None:
        self.lines = text.splitlines(keepends=True)

    def readline(self) -> str:
        return self.lines.pop(0) if self.lines else ""
