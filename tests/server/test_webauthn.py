"""WebAuthn as a second factor, against a software authenticator written here from the
W3C WebAuthn Level 2 spec (ES256, "none" attestation): registration, login with MFA, sign
counts kept (a replayed or cloned assertion is refused), wrong origin, wrong challenge."""

from __future__ import annotations

import base64
import hashlib
import json
import struct
from collections.abc import Iterator
from typing import Any

import cbor2
import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from tests.databases import VaultEnv
from tests.server.apienv import PASSWORD, ApiEnv, make_api

ORIGIN = "https://localhost:8443"
RP_ID = "localhost"


def _b64(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def _unb64(s: str) -> bytes:
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


class SoftKey:
    """A security key: one ES256 credential and a signature counter."""

    def __init__(self) -> None:
        self.key = ec.generate_private_key(ec.SECP256R1())
        self.cred_id = b"veil-test-credential-" + bytes(range(11))
        self.count = 0

    def _client_data(self, kind: str, challenge: str, origin: str) -> bytes:
        return json.dumps({"type": kind, "challenge": challenge, "origin": origin}).encode()

    def create(self, options: dict[str, Any], origin: str = ORIGIN) -> dict[str, Any]:
        nums = self.key.public_key().public_numbers()
        cose = cbor2.dumps(
            {1: 2, 3: -7, -1: 1, -2: nums.x.to_bytes(32, "big"), -3: nums.y.to_bytes(32, "big")}
        )
        attested = bytes(16) + struct.pack(">H", len(self.cred_id)) + self.cred_id + cose
        auth_data = hashlib.sha256(options["rp"]["id"].encode()).digest() + bytes([0x45])
        auth_data += struct.pack(">I", self.count) + attested
        att = cbor2.dumps({"fmt": "none", "attStmt": {}, "authData": auth_data})
        cd = self._client_data("webauthn.create", options["challenge"], origin)
        return {
            "id": _b64(self.cred_id),
            "rawId": _b64(self.cred_id),
            "type": "public-key",
            "response": {"clientDataJSON": _b64(cd), "attestationObject": _b64(att)},
        }

    def get(
        self, options: dict[str, Any], origin: str = ORIGIN, *, bump: int = 1
    ) -> dict[str, Any]:
        self.count += bump
        auth_data = hashlib.sha256(options["rpId"].encode()).digest() + bytes([0x05])
        auth_data += struct.pack(">I", self.count)
        cd = self._client_data("webauthn.get", options["challenge"], origin)
        sig = self.key.sign(auth_data + hashlib.sha256(cd).digest(), ec.ECDSA(hashes.SHA256()))
        return {
            "id": _b64(self.cred_id),
            "rawId": _b64(self.cred_id),
            "type": "public-key",
            "response": {
                "clientDataJSON": _b64(cd),
                "authenticatorData": _b64(auth_data),
                "signature": _b64(sig),
            },
        }


@pytest.fixture
def api(vault_env: VaultEnv) -> Iterator[ApiEnv]:
    yield from make_api(vault_env, webauthn_rp_id=RP_ID, webauthn_origin=ORIGIN)


def _register(api: ApiEnv, user: str, key: SoftKey, token: str) -> int:
    begin = api.call("POST", "/v1/webauthn/register/begin", token)
    assert begin.status_code == 200, begin.text
    opts = begin.json()
    assert opts["options"]["rp"]["id"] == RP_ID
    r = api.call(
        "POST",
        "/v1/webauthn/register/finish",
        token,
        json={"challenge_id": opts["challenge_id"], "credential": key.create(opts["options"])},
    )
    return int(r.status_code)


def _login(api: ApiEnv, user: str, key: SoftKey, **kw: Any) -> Any:
    begin = api.client.post("/auth/webauthn/begin", json={"username": user, "password": PASSWORD})
    assert begin.status_code == 200, begin.text
    opts = begin.json()
    cred = key.get(opts["options"], **kw)
    return api.client.post(
        "/auth/webauthn/finish", json={"challenge_id": opts["challenge_id"], "credential": cred}
    )


def test_register_and_log_in_with_a_security_key(api: ApiEnv) -> None:
    key = SoftKey()
    # a person with no second factor yet registers with their password session
    api.services.directory.create_user("kim", PASSWORD, ["data-scientist"], by="t")
    token = api.user_token("kim", mfa=False)
    assert _register(api, "kim", key, token) == 204
    r = _login(api, "kim", key)
    assert r.status_code == 200, r.text
    who = api.call("GET", "/v1/whoami", r.json()["access_token"]).json()
    assert who["mfa"] is True
    # a fresh assertion with a higher count works again; the count is kept
    assert _login(api, "kim", key).status_code == 200
    # adding another key now needs the second factor
    assert api.call("POST", "/v1/webauthn/register/begin", token).status_code == 401
    assert any(u["name"] == "kim" and u["mfa"] for u in api.services.directory.users())


def test_cloned_or_replayed_assertions_are_refused(api: ApiEnv) -> None:
    key = SoftKey()
    api.services.directory.create_user("kim", PASSWORD, ["data-scientist"], by="t")
    assert _register(api, "kim", key, api.user_token("kim", mfa=False)) == 204
    assert _login(api, "kim", key, bump=5).status_code == 200
    key.count -= 3  # a clone that lags behind the real key
    assert _login(api, "kim", key, bump=1).status_code == 401
    # a replay: the same challenge cannot be used twice
    begin = api.client.post(
        "/auth/webauthn/begin", json={"username": "kim", "password": PASSWORD}
    ).json()
    cred = key.get(begin["options"], bump=10)
    body = {"challenge_id": begin["challenge_id"], "credential": cred}
    assert api.client.post("/auth/webauthn/finish", json=body).status_code == 200
    assert api.client.post("/auth/webauthn/finish", json=body).status_code == 401


def test_wrong_origin_password_or_key_fail(api: ApiEnv) -> None:
    key = SoftKey()
    api.services.directory.create_user("kim", PASSWORD, ["data-scientist"], by="t")
    token = api.user_token("kim", mfa=False)
    begin = api.call("POST", "/v1/webauthn/register/begin", token).json()
    r = api.call(
        "POST",
        "/v1/webauthn/register/finish",
        token,
        json={
            "challenge_id": begin["challenge_id"],
            "credential": key.create(begin["options"], origin="https://evil.example"),
        },
    )
    assert r.status_code == 400 and "origin" in r.json()["detail"].lower()
    assert _register(api, "kim", key, token) == 204
    assert _login(api, "kim", key, origin="https://evil.example").status_code == 401
    assert _login(api, "kim", SoftKey()).status_code == 401  # an unknown key
    r = api.client.post("/auth/webauthn/begin", json={"username": "kim", "password": "nope"})
    assert r.status_code == 401
    r = api.client.post(
        "/auth/webauthn/finish", json={"challenge_id": "made-up", "credential": {"id": "x"}}
    )
    assert r.status_code == 401


def test_webauthn_counts_as_mfa_for_mfa_roles(api: ApiEnv) -> None:
    key = SoftKey()
    d = api.services.directory
    d.create_user("quinn", PASSWORD, ["data-scientist"], by="t")
    assert _register(api, "quinn", key, api.user_token("quinn", mfa=False)) == 204
    from sqlalchemy import update

    from veil.store.schema import access_users

    with api.services.store.begin() as conn:  # promote to a role that needs MFA
        conn.execute(
            update(access_users).where(access_users.c.name == "quinn").values(roles="fraud-analyst")
        )
    r = _login(api, "quinn", key)
    assert r.status_code == 200
    assert api.call("GET", "/v1/whoami", r.json()["access_token"]).json()["roles"] == [
        "fraud-analyst"
    ]
