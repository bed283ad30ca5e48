"""An API over a real store (SQLite or PostgreSQL) and keyring, driven in-process through
Starlette's TestClient (an httpx client on the ASGI app), with accounts for each role."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from fastapi.testclient import TestClient
from tests.databases import VaultEnv

from veil.access import Directory, PolicyEngine
from veil.access.anomaly import AnomalyDetector
from veil.access.limits import RateLimiter
from veil.audit import open_audit_log
from veil.config import Settings
from veil.crypto.passwords import totp_now
from veil.server import Services, create_app
from veil.server.app import _cedar_authorizer
from veil.store import open_store
from veil.vault import Vault

PASSWORD = "a long and winding passphrase"


class Clock:
    """A settable clock for the directory (token lifetimes, lockouts)."""

    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now


@dataclass
class ApiEnv:
    settings: Settings
    services: Services
    client: TestClient
    clock: Clock
    secrets: dict[str, str] = field(default_factory=dict)
    totp: dict[str, str] = field(default_factory=dict)

    def client_token(self, client_id: str) -> str:
        r = self.client.post(
            "/oauth2/token",
            data={"grant_type": "client_credentials"},
            auth=(client_id, self.secrets[client_id]),
        )
        assert r.status_code == 200, r.text
        return str(r.json()["access_token"])

    def login(self, user: str, *, mfa: bool) -> tuple[int, Any]:
        body: dict[str, Any] = {"username": user, "password": PASSWORD}
        if mfa:
            # a fresh time step per login: a used step is refused (no replay)
            self.clock.now += 31
            body["code"] = totp_now(self.totp[user], at=self.clock.now)
        r = self.client.post("/auth/login", json=body)
        return r.status_code, r.json()

    def user_token(self, user: str, *, mfa: bool) -> str:
        status, body = self.login(user, mfa=mfa)
        assert status == 200, body
        return str(body["access_token"])

    def call(self, method: str, path: str, token: str | None, **kw: Any) -> Any:
        headers = dict(kw.pop("headers", {}))
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        return self.client.request(method, path, headers=headers, **kw)

    def audit_size(self) -> int:
        tail = self.services.audit.tail(1)
        return tail[0].seq + 1 if tail else 0


def make_api(env: VaultEnv, *, policy: str | None = None, **overrides: Any) -> Iterator[ApiEnv]:
    settings = env.settings.model_copy(
        update={
            "password_memory_kib": 8192,
            "password_iterations": 1,
            "ner_model": "none",
            **overrides,
        }
    )
    clock = Clock()
    ring = env.keyring
    store = open_store(settings)
    audit = open_audit_log(settings, store=store, keyring=ring)
    engine = PolicyEngine(policy)
    directory = Directory(store, ring, audit, settings, clock=clock)
    vault = Vault(store, ring, audit, authorizer=_cedar_authorizer(engine))
    limiter = RateLimiter(settings.rate_limit_per_minute, settings.redis_url)
    anomaly = AnomalyDetector(store, audit, settings, clock=clock, on_lock=directory.forget)
    services = Services(settings, store, ring, audit, directory, engine, vault, limiter, anomaly)
    ring.ensure("data.app", _aead())
    Vault(store, ring, audit).create_namespace(
        "email", "deterministic", principal="setup", purpose="setup"
    )
    api = ApiEnv(settings, services, TestClient(create_app(settings, services)), clock)
    for cid, roles in {
        "etl": ["tokenizer"],
        "ds": ["data-scientist"],
        "audit-bot": ["auditor"],
        "nobody": [],
    }.items():
        api.secrets[cid] = directory.create_client(cid, roles, by="setup")
    for user, roles in {
        "dana": ["data-scientist"],
        "frank": ["fraud-analyst"],
        "petra": ["privacy-officer"],
        "ada": ["admin"],
        "nomfa": ["fraud-analyst"],
    }.items():
        directory.create_user(user, PASSWORD, roles, by="setup")
        if user != "nomfa":
            api.totp[user] = directory.enroll_totp(user, by="setup")[0]
    try:
        yield api
    finally:
        api.client.close()
        store.close()


def _aead() -> Any:
    from veil.keys import Template

    return Template.AES256_GCM
