"""The HTTP API end to end, in-process, on SQLite and PostgreSQL: authentication (client
credentials, passwords, TOTP), hostile tokens and requests, the authorization matrix, and
what the audit log records."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from tests.databases import VaultEnv
from tests.server.apienv import PASSWORD, ApiEnv, make_api

from veil.crypto import jwt as vjwt
from veil.crypto.passwords import totp_now
from veil.vault import Vault


@pytest.fixture
def api(vault_env: VaultEnv) -> Iterator[ApiEnv]:
    yield from make_api(vault_env)


def _problem(r: Any, status: int) -> dict[str, Any]:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    body: dict[str, Any] = r.json()
    assert body["status"] == status and body["request_id"] == r.headers["x-request-id"]
    assert "Traceback" not in r.text and 'File "' not in r.text
    return body


def _b64(d: dict[str, Any] | bytes) -> str:
    raw = d if isinstance(d, bytes) else json.dumps(d).encode()
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


# -- authentication ------------------------------------------------------------------------


def test_every_v1_route_needs_a_token(api: ApiEnv) -> None:
    routes = [
        (m, r.path)
        for r in api.client.app.routes  # type: ignore[attr-defined]
        if getattr(r, "path", "").startswith("/v1/")
        for m in getattr(r, "methods", ())
    ]
    assert len(routes) >= 10
    for method, path in routes:
        r = api.call(method, path.replace("{name}", "data.app"), None, json={})
        body = _problem(r, 401)
        assert r.headers["www-authenticate"] == "Bearer", path
        assert body["title"] == "authentication failed"


def test_client_credentials_and_what_a_token_proves(api: ApiEnv) -> None:
    token = api.client_token("etl")
    r = api.call("GET", "/v1/whoami", token)
    assert r.json() == {
        "principal": "client:etl",
        "roles": ["tokenizer"],
        "mfa": False,
        "expires_at": r.json()["expires_at"],
    }
    # client secret in the form body works too
    r = api.client.post(
        "/oauth2/token",
        data={
            "grant_type": "client_credentials",
            "client_id": "ds",
            "client_secret": api.secrets["ds"],
        },
    )
    assert r.status_code == 200 and r.json()["token_type"] == "Bearer"


@pytest.mark.parametrize(
    "auth",
    [("etl", "wrong"), ("ghost", "whatever"), ("etl", "")],
    ids=["wrong-secret", "unknown-client", "empty-secret"],
)
def test_bad_client_credentials_all_say_the_same(api: ApiEnv, auth: tuple[str, str]) -> None:
    r = api.client.post("/oauth2/token", data={"grant_type": "client_credentials"}, auth=auth)
    assert _problem(r, 401)["detail"] == "invalid client"


def test_unsupported_grant_type(api: ApiEnv) -> None:
    r = api.client.post(
        "/oauth2/token", data={"grant_type": "password"}, auth=("etl", api.secrets["etl"])
    )
    assert "unsupported grant_type" in _problem(r, 400)["detail"]


def _forge(api: ApiEnv, token: str, **changes: Any) -> dict[str, Any]:
    _, body, _ = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(body + "=="))
    claims.update(changes)
    return claims


def test_hostile_tokens_get_401_and_change_nothing(api: ApiEnv) -> None:
    good = api.client_token("etl")
    head, body, sig = good.split(".")
    claims = _forge(api, good)
    other = Ed25519PrivateKey.generate()
    now = int(api.clock.now)
    attacks = {
        "alg-none": f"{_b64({'alg': 'none', 'typ': 'at+jwt'})}.{body}.",
        "alg-none-with-kid": f"{_b64({'alg': 'none', 'typ': 'at+jwt', 'kid': 'v1'})}.{body}.",
        "hs256-with-public-key": vjwt.encode(claims, "v1", lambda m: b"x" * 32).replace(
            head, _b64({"alg": "HS256", "typ": "at+jwt", "kid": "v1"}), 1
        ),
        "forged-signature": vjwt.encode(claims, "v1", other.sign),
        "tampered-roles": f"{head}.{_b64(_forge(api, good, roles=['admin']))}.{sig}",
        "expired": None,
        "wrong-audience": None,
        "wrong-issuer": None,
        "unknown-kid": vjwt.encode(claims, "v9", other.sign),
        "garbage": "not-a-token",
        "empty": "",
        "huge": "a." * 5000 + "b",
    }
    ds = api.services.directory
    sign = lambda m: ds._jwt.sign(m)[1]  # noqa: E731  (a token veil itself signed)
    attacks["expired"] = vjwt.encode({**claims, "iat": now - 7200, "exp": now - 3600}, "v1", sign)
    attacks["wrong-audience"] = vjwt.encode({**claims, "aud": "someone-else"}, "v1", sign)
    attacks["wrong-issuer"] = vjwt.encode({**claims, "iss": "evil"}, "v1", sign)
    before = api.audit_size()
    payload = {"namespace": "email", "values": ["x@example.com"], "purpose": "ingest"}
    for name, token in attacks.items():
        r = api.call("POST", "/v1/tokenize", token, json=payload)
        assert r.status_code == 401, (name, r.text)
        _problem(r, 401)
    assert api.audit_size() == before  # nothing was tokenized
    assert api.call("POST", "/v1/tokenize", good, json=payload).status_code == 200


def test_revoked_and_logged_out_tokens_stop_working(api: ApiEnv) -> None:
    t1 = api.client_token("etl")
    t2 = api.client_token("etl")
    r = api.call("POST", "/oauth2/revoke", t1, data={"token": t1})
    assert r.status_code == 200
    assert api.call("GET", "/v1/whoami", t1).status_code == 401
    assert api.call("GET", "/v1/whoami", t2).status_code == 200
    # a person logs out everywhere: every token of theirs dies
    a = api.user_token("dana", mfa=False)
    b = api.user_token("dana", mfa=False)
    assert api.call("POST", "/auth/logout-all", a).status_code == 204
    assert api.call("GET", "/v1/whoami", b).status_code == 401


def test_introspection_needs_client_auth_and_reports_activity(api: ApiEnv) -> None:
    token = api.client_token("ds")
    r = api.client.post("/oauth2/introspect", data={"token": token})
    _problem(r, 401)
    r = api.client.post(
        "/oauth2/introspect", data={"token": token}, auth=("etl", api.secrets["etl"])
    )
    assert r.json()["active"] is True and r.json()["sub"] == "client:ds"
    r = api.client.post(
        "/oauth2/introspect", data={"token": token + "x"}, auth=("etl", api.secrets["etl"])
    )
    assert r.json() == {"active": False}


def test_jwks_and_key_rotation(api: ApiEnv) -> None:
    old = api.client_token("etl")
    keys = api.client.get("/.well-known/jwks.json").json()["keys"]
    assert [k["kid"] for k in keys] == ["v1"] and keys[0]["crv"] == "Ed25519"
    api.services.keyring.rotate("access.jwt")
    api.services.directory._keys_at = 0.0
    new = api.client_token("etl")
    assert json.loads(base64.urlsafe_b64decode(new.split(".")[0] + "=="))["kid"] == "v2"
    kids = [k["kid"] for k in api.client.get("/.well-known/jwks.json").json()["keys"]]
    assert kids == ["v1", "v2"]
    assert api.call("GET", "/v1/whoami", old).status_code == 200  # still verifies
    assert api.call("GET", "/v1/whoami", new).status_code == 200


# -- people: passwords, TOTP, lockout, sessions ----------------------------------------------


def test_totp_code_cannot_be_replayed(api: ApiEnv) -> None:
    api.clock.now += 31
    code = totp_now(api.totp["frank"], at=api.clock.now)
    body = {"username": "frank", "password": PASSWORD, "code": code}
    r = api.client.post("/auth/login", json=body)
    assert r.status_code == 200
    who = api.call("GET", "/v1/whoami", r.json()["access_token"]).json()
    assert who["mfa"] is True
    _problem(api.client.post("/auth/login", json=body), 401)


def test_recovery_code_works_once(api: ApiEnv, vault_env: VaultEnv) -> None:
    _, _, codes = api.services.directory.enroll_totp("dana", by="test")
    body = {"username": "dana", "password": PASSWORD, "code": codes[0]}
    assert api.client.post("/auth/login", json=body).status_code == 200
    _problem(api.client.post("/auth/login", json=body), 401)
    body["code"] = codes[1].upper()  # normalized
    assert api.client.post("/auth/login", json=body).status_code == 200


def test_lockout_and_no_user_enumeration(api: ApiEnv) -> None:
    bad = {"username": "dana", "password": "not the password at all"}
    messages = set()
    for _ in range(api.settings.max_failed_logins):
        messages.add(_problem(api.client.post("/auth/login", json=bad), 401)["detail"])
    # locked now: even the right password fails, with the same message
    right = {"username": "dana", "password": PASSWORD}
    messages.add(_problem(api.client.post("/auth/login", json=right), 401)["detail"])
    ghost = {"username": "ghost", "password": PASSWORD}
    messages.add(_problem(api.client.post("/auth/login", json=ghost), 401)["detail"])
    assert messages == {"invalid credentials"}
    api.clock.now += api.settings.lockout_seconds + 1
    assert api.client.post("/auth/login", json=right).status_code == 200


def test_mfa_roles_cannot_log_in_without_mfa(api: ApiEnv) -> None:
    status, body = api.login("nomfa", mfa=False)
    assert status == 403 and "mfa-enroll" in body["detail"]


def test_session_refresh_has_an_idle_timeout_and_an_absolute_lifetime(
    vault_env: VaultEnv,
) -> None:
    for api in make_api(vault_env, access_token_ttl=900, session_lifetime=2000):
        token = api.user_token("dana", mfa=False)
        for _ in range(2):  # refreshed before it idles out: fine, and the old one is revoked
            api.clock.now += 840
            r = api.call("POST", "/auth/refresh", token)
            assert r.status_code == 200, r.text
            old, token = token, r.json()["access_token"]
            assert api.call("GET", "/v1/whoami", old).status_code == 401
        api.clock.now += 840  # 2,520 s after login: past the session's lifetime
        assert "lifetime" in _problem(api.call("POST", "/auth/refresh", token), 401)["detail"]
        token = api.user_token("dana", mfa=False)
        api.clock.now += 900 + 60  # idle past the token's life (and its 30 s leeway)
        _problem(api.call("POST", "/auth/refresh", token), 401)


def test_locking_an_account_kills_its_tokens(api: ApiEnv) -> None:
    token = api.user_token("dana", mfa=False)
    assert api.call("GET", "/v1/whoami", token).status_code == 200  # verified and cached
    api.services.directory.set_locked("dana", True, by="test")
    assert api.call("GET", "/v1/whoami", token).status_code == 401  # the cache is cleared
    etl = api.client_token("etl")
    assert api.call("GET", "/v1/whoami", etl).status_code == 200
    api.services.directory.rotate_client_secret("etl", by="test")
    assert api.call("GET", "/v1/whoami", etl).status_code == 401
    ds = api.client_token("ds")
    assert api.call("GET", "/v1/whoami", ds).status_code == 200
    api.services.directory.revoke_client("ds", by="test")
    assert api.call("GET", "/v1/whoami", ds).status_code == 401


# -- authorization matrix ------------------------------------------------------------------

# who: client id, or (user, mfa). Expected outcome of each call, written by hand from the
# policy's intent (docs/service.md), not computed by the engine under test.
ALLOW, DENY = 200, 403
CALLERS = ["etl", "ds", "audit-bot", "nobody", "dana", "dana+mfa", "frank+mfa", "petra+mfa",
           "ada+mfa"]  # fmt: skip
MATRIX: dict[str, list[int]] = {
    #                            etl    ds     audit  nobody dana   dana+m frank+ petra+ ada+m
    "tokenize":                 [ALLOW, ALLOW, DENY,  DENY,  ALLOW, ALLOW, DENY,  DENY,  DENY],
    "detokenize-masked":        [DENY,  ALLOW, DENY,  DENY,  ALLOW, ALLOW, ALLOW, DENY,  DENY],
    "detokenize-plain-fraud":   [DENY,  DENY,  DENY,  DENY,  DENY,  DENY,  ALLOW, DENY,  DENY],
    "detokenize-plain-dsar":    [DENY,  DENY,  DENY,  DENY,  DENY,  DENY,  DENY,  ALLOW, DENY],
    "detect":                   [ALLOW, ALLOW, DENY,  DENY,  ALLOW, ALLOW, DENY,  DENY,  DENY],
    "encrypt":                  [ALLOW, DENY,  DENY,  DENY,  DENY,  DENY,  DENY,  DENY,  DENY],
    "decrypt":                  [DENY,  DENY,  DENY,  DENY,  DENY,  DENY,  ALLOW, DENY,  DENY],
    "keys-list":                [DENY,  DENY,  DENY,  DENY,  DENY,  DENY,  DENY,  DENY,  ALLOW],
    "keys-rotate":              [DENY,  DENY,  DENY,  DENY,  DENY,  DENY,  DENY,  DENY,  ALLOW],
    "audit-tail":               [DENY,  DENY,  ALLOW, DENY,  DENY,  DENY,  DENY,  ALLOW, ALLOW],
}  # fmt: skip


def _request(kind: str, token_email: str, ciphertext: str) -> tuple[str, str, dict[str, Any]]:
    if kind == "tokenize":
        return (
            "POST",
            "/v1/tokenize",
            {"namespace": "email", "values": ["m@x.org"], "purpose": "ingest"},
        )
    if kind.startswith("detokenize"):
        view = "masked" if kind.endswith("masked") else "plain"
        purpose = "dsar" if kind.endswith("dsar") else "fraud-investigation"
        return "POST", "/v1/detokenize", {"tokens": [token_email], "view": view, "purpose": purpose}
    if kind == "detect":
        return "POST", "/v1/detect", {"texts": ["mail m@x.org"]}
    if kind == "encrypt":
        return (
            "POST",
            "/v1/encrypt",
            {"keyset": "data.app", "plaintexts": ["a"], "purpose": "ingest"},
        )
    if kind == "decrypt":
        return (
            "POST",
            "/v1/decrypt",
            {"keyset": "data.app", "ciphertexts": [ciphertext], "purpose": "fraud-investigation"},
        )
    if kind == "keys-list":
        return "GET", "/v1/keys", {}
    if kind == "keys-rotate":
        return "POST", "/v1/keys/data.app/rotate", {}
    return "GET", "/v1/audit/tail", {}


def test_authorization_matrix(api: ApiEnv) -> None:
    setup = Vault(api.services.store, api.services.keyring, api.services.audit)
    tok = setup.tokenize("email", ["m@x.org"], principal="setup", purpose="setup")[0]
    ct = base64.urlsafe_b64encode(
        api.services.keyring.keyset("data.app").encrypt(b"secret", b"veil-api|")
    ).decode()
    tokens: dict[str, str] = {}
    for who in CALLERS:
        user, _, mfa = who.partition("+")
        tokens[who] = (
            api.user_token(user, mfa=bool(mfa)) if user in api.totp else api.client_token(user)
        )
    failures = []
    for kind, expected in MATRIX.items():
        for who, want in zip(CALLERS, expected, strict=True):
            method, path, body = _request(kind, tok, ct)
            before = api.audit_size()
            r = (
                api.call(method, path, tokens[who], json=body)
                if body
                else api.call(method, path, tokens[who])
            )
            got = 200 if r.status_code == 200 else r.status_code
            if got != want:
                failures.append(f"{kind} by {who}: {r.status_code} {r.text[:120]}")
                continue
            # every decision is audited with the policy that decided
            if kind not in ("keys-list", "audit-tail") or want == DENY:
                last = api.services.audit.tail(1)[0]
                assert api.audit_size() > before, (kind, who)
                assert last.outcome == ("ok" if want == ALLOW else "denied"), (kind, who)
                if want == ALLOW:
                    assert json.loads(last.details)["authz"]["policies"], (kind, who)
    assert not failures, "\n".join(failures)
    # the plaintext really came back for the one caller allowed it
    r = api.call(
        "POST",
        "/v1/detokenize",
        tokens["frank+mfa"],
        json={"tokens": [tok], "view": "plain", "purpose": "fraud-investigation"},
    )
    assert r.json() == {"values": ["m@x.org"]}


# -- hostile requests ----------------------------------------------------------------------


def test_oversized_and_malformed_bodies(api: ApiEnv) -> None:
    token = api.client_token("etl")
    big = {"namespace": "email", "values": ["x" * 1000] * 2000, "purpose": "ingest"}
    before = api.audit_size()
    _problem(api.call("POST", "/v1/tokenize", token, json=big), 413)
    r = api.call(
        "POST",
        "/v1/tokenize",
        token,
        content=b'{"namespace": "email", "values": [',
        headers={"content-type": "application/json"},
    )
    assert "JSON decode error" in _problem(r, 422)["detail"]
    r = api.call(
        "POST",
        "/v1/tokenize",
        token,
        json={"namespace": "email", "values": "x", "purpose": "ingest"},
    )
    _problem(r, 422)
    r = api.call(
        "POST",
        "/v1/tokenize",
        token,
        json={"namespace": "email", "values": ["a"], "purpose": "p", "admin": True},
    )
    assert "admin" in _problem(r, 422)["detail"]
    assert api.audit_size() == before


SQLISH = ["' OR '1'='1", "x'; DROP TABLE vault_tokens; --", '" OR 1=1 --', "1; SELECT pg_sleep(5)"]


@pytest.mark.parametrize("evil", SQLISH)
def test_sql_ish_strings_in_every_field(api: ApiEnv, evil: str) -> None:
    token = api.client_token("etl")
    ds = api.client_token("ds")
    # as a namespace: an unknown namespace, nothing created
    r = api.call(
        "POST",
        "/v1/tokenize",
        token,
        json={"namespace": evil[:64], "values": ["a"], "purpose": "x"},
    )
    assert r.status_code in (403, 404), r.text
    # as values, subject and purpose: stored and given back exactly
    r = api.call(
        "POST",
        "/v1/tokenize",
        token,
        json={"namespace": "email", "values": [evil], "subject": evil, "purpose": evil},
    )
    assert r.status_code == 200
    t = r.json()["tokens"][0]
    r = api.call(
        "POST", "/v1/detokenize", ds, json={"tokens": [t], "view": "masked", "purpose": evil}
    )
    assert r.status_code == 200
    # as a token and a keyset: a clean 4xx
    r = api.call(
        "POST", "/v1/detokenize", ds, json={"tokens": [evil], "view": "masked", "purpose": "x"}
    )
    assert r.status_code == 404
    r = api.call(
        "POST",
        "/v1/encrypt",
        token,
        json={"keyset": evil[:64], "plaintexts": ["a"], "purpose": "x"},
    )
    assert 400 <= r.status_code < 500
    r = api.client.post("/auth/login", json={"username": evil, "password": evil})
    _problem(r, 401)
    assert api.services.vault.namespaces()[0].name == "email"
    assert len(api.services.vault.namespaces()) == 1


def test_request_ids_are_echoed_or_made(api: ApiEnv) -> None:
    r = api.client.get("/.well-known/jwks.json", headers={"X-Request-ID": "abc-123"})
    assert r.headers["x-request-id"] == "abc-123"
    r = api.client.get("/.well-known/jwks.json", headers={"X-Request-ID": "<script>"})
    assert r.headers["x-request-id"] != "<script>" and len(r.headers["x-request-id"]) == 32


def test_openapi_is_published(api: ApiEnv) -> None:
    spec = api.client.get("/openapi.json").json()
    assert {"/v1/tokenize", "/v1/detokenize", "/oauth2/token", "/v1/keys"} <= set(spec["paths"])


def test_rate_limit(vault_env: VaultEnv) -> None:
    for api in make_api(vault_env, rate_limit_per_minute=3):
        token = api.client_token("etl")
        codes = [api.call("GET", "/v1/whoami", token).status_code for _ in range(5)]
        assert codes[:3] == [200, 200, 200] and codes[3:] == [429, 429]
        r = api.call("GET", "/v1/whoami", token)
        assert int(_problem(r, 429) and r.headers["retry-after"]) > 0
        # another route has its own budget
        assert api.call("GET", "/v1/keys", token).status_code == 403


def test_5xx_found_by_fuzzing_are_4xx_now(api: ApiEnv) -> None:
    """Regressions from tests/server/test_fuzz.py: an unknown keyset to rotate, a ciphertext
    naming a key version that does not exist, ids beyond the database's integers. And a
    5xx never shows the error's text (it may name a database URL)."""
    ada = api.user_token("ada", mfa=True)
    frank = api.user_token("frank", mfa=True)
    assert (
        "unknown keyset" in _problem(api.call("POST", "/v1/keys/nope/rotate", ada), 400)["detail"]
    )
    bogus = base64.urlsafe_b64encode(b"\x01" + (99).to_bytes(4, "big") + b"x" * 40).decode()
    r = api.call(
        "POST",
        "/v1/decrypt",
        frank,
        json={"keyset": "data.app", "ciphertexts": [bogus], "purpose": "fraud-investigation"},
    )
    assert "cannot be decrypted" in _problem(r, 400)["detail"]
    r = api.call("POST", f"/v1/access/requests/{2**63}/deny", ada)
    _problem(r, 422)
    r = api.call("GET", f"/v1/audit/proof?seq={2**63}", ada)
    _problem(r, 422)


def test_scopes_narrow_a_client_token(api: ApiEnv) -> None:
    api.secrets["both"] = api.services.directory.create_client(
        "both", ["tokenizer", "auditor"], by="test"
    )
    auth = ("both", api.secrets["both"])
    r = api.client.post("/oauth2/token", data={"grant_type": "client_credentials"}, auth=auth)
    full = r.json()["access_token"]
    assert api.call("GET", "/v1/whoami", full).json()["roles"] == ["auditor", "tokenizer"]
    r = api.client.post(
        "/oauth2/token", data={"grant_type": "client_credentials", "scope": "auditor"}, auth=auth
    )
    narrow = r.json()["access_token"]
    assert api.call("GET", "/v1/whoami", narrow).json()["roles"] == ["auditor"]
    assert api.call("GET", "/v1/audit/tail", narrow).status_code == 200
    body = {"namespace": "email", "values": ["a@b.org"], "purpose": "ingest"}
    assert api.call("POST", "/v1/tokenize", narrow, json=body).status_code == 403
    assert api.call("POST", "/v1/tokenize", full, json=body).status_code == 200
    r = api.client.post(
        "/oauth2/token", data={"grant_type": "client_credentials", "scope": "admin"}, auth=auth
    )
    assert "invalid_scope" in _problem(r, 400)["detail"]
