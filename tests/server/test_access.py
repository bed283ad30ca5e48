"""Just-in-time access, access reviews and anomaly detection, through the API and the CLI's
library calls, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from tests.databases import VaultEnv
from tests.server.apienv import ApiEnv, make_api

from veil.access.anomaly import network_key
from veil.errors import AccessDenied, UsageError
from veil.vault import Vault


@pytest.fixture
def api(vault_env: VaultEnv) -> Iterator[ApiEnv]:
    yield from make_api(vault_env)


def _events(api: ApiEnv, n: int = 5) -> list[tuple[str, str, str]]:
    return [(e.principal, e.action, e.outcome) for e in api.services.audit.tail(n)]


def _plain(api: ApiEnv, token: str, tok: str) -> int:
    r = api.call(
        "POST",
        "/v1/detokenize",
        token,
        json={"tokens": [tok], "view": "plain", "purpose": "fraud-investigation"},
    )
    return int(r.status_code)


def test_just_in_time_role_needs_someone_else_and_expires(api: ApiEnv) -> None:
    setup = Vault(api.services.store, api.services.keyring, api.services.audit)
    tok = setup.tokenize("email", ["m@x.org"], principal="setup", purpose="setup")[0]
    dana = api.user_token("dana", mfa=True)
    assert _plain(api, dana, tok) == 403
    r = api.call(
        "POST",
        "/v1/access/requests",
        dana,
        json={"role": "fraud-analyst", "reason": "case 4711 chargeback", "seconds": 600},
    )
    assert r.status_code == 200 and r.json()["status"] == "pending"
    gid = r.json()["id"]
    # the requester cannot approve (no admin role, and never their own)
    assert api.call("POST", f"/v1/access/requests/{gid}/approve", dana).status_code == 403
    with pytest.raises(AccessDenied, match="requester"):
        api.services.directory.grants.decide(gid, approve=True, by="user:dana")
    ada = api.user_token("ada", mfa=True)
    r = api.call("POST", f"/v1/access/requests/{gid}/approve", ada)
    assert r.status_code == 200 and r.json()["status"] == "approved"
    assert r.json()["decided_by"] == "user:ada"
    assert api.call("POST", f"/v1/access/requests/{gid}/deny", ada).status_code == 400
    # the role applies to the token dana already holds, at once
    assert _plain(api, dana, tok) == 200
    api.clock.now += 601
    dana = api.user_token("dana", mfa=True)
    assert _plain(api, dana, tok) == 403  # expired by itself
    listed = api.call("GET", "/v1/access/requests", ada).json()
    assert [g["status"] for g in listed] == ["expired"]
    # the whole history is in the audit log
    actions = [e.action for e in api.services.audit.tail(200)]
    assert {"access.request", "access.approve"} <= set(actions)


def test_just_in_time_bad_requests(api: ApiEnv) -> None:
    grants = api.services.directory.grants
    with pytest.raises(UsageError, match="unknown role"):
        grants.request("dana", "god", "a good reason", 600)
    with pytest.raises(UsageError, match="reason"):
        grants.request("dana", "admin", "x", 600)
    with pytest.raises(UsageError, match="duration"):
        grants.request("dana", "admin", "a good reason", 10 * 86400)
    with pytest.raises(UsageError, match="unknown user"):
        grants.request("ghost", "admin", "a good reason", 600)
    etl = api.client_token("etl")
    r = api.call(
        "POST",
        "/v1/access/requests",
        etl,
        json={"role": "admin", "reason": "a good reason", "seconds": 600},
    )
    assert r.status_code == 400


def test_access_review_and_revoke_unused(api: ApiEnv) -> None:
    grants = api.services.directory.grants
    api.user_token("dana", mfa=False)  # dana is active
    api.clock.now += 100 * 86400
    api.user_token("frank", mfa=True)  # frank is active, 100 days later
    review = grants.review(90)
    unused = {f"{u['kind']}:{u['name']}" for u in review.unused}
    assert "user:dana" in unused and "user:frank" not in unused
    assert {"client:etl", "client:ds", "user:ada"} <= unused
    assert {e["name"] for e in review.elevated} >= {"frank", "petra", "ada", "nomfa"}
    assert review.without_mfa == ["nomfa"]
    revoked = grants.revoke_unused(90, by="user:ada")
    assert "user:dana" in revoked and "client:etl" in revoked
    status, _ = api.login("dana", mfa=False)
    assert status == 401
    assert (
        api.client.post(
            "/oauth2/token",
            data={"grant_type": "client_credentials"},
            auth=("etl", api.secrets["etl"]),
        ).status_code
        == 401
    )
    assert "access.review.revoke" in [e.action for e in api.services.audit.tail(10)]


def test_network_keys() -> None:
    assert network_key("10.1.2.3") == network_key("10.1.2.200") == "10.1.2.0/24"
    assert network_key("10.1.3.3") != network_key("10.1.2.3")
    assert network_key("2001:db8::1") == "2001:db8::/48"
    assert network_key("testclient") == "unknown"


# plaintext for everyone who asks, so that only the anomaly rules decide
OPEN_POLICY = """
@id("open-plain")
permit (principal, action == Veil::Action::"detokenize", resource);
"""


def _plain_call(api: ApiEnv, token: str, toks: list[str], ns: str) -> Any:
    body = {"tokens": toks, "view": "plain", "purpose": "p", "namespace": ns}
    return api.call("POST", "/v1/detokenize", token, json=body)


def test_a_person_steps_up_then_gets_locked(vault_env: VaultEnv) -> None:
    for api in make_api(vault_env, policy=OPEN_POLICY, anomaly_learning=3):
        setup = Vault(api.services.store, api.services.keyring, api.services.audit)
        setup.create_namespace("phone", "random", principal="setup", purpose="setup")
        t_email = setup.tokenize("email", ["m@x.org"], principal="s", purpose="s")[0]
        t_phone = setup.tokenize("phone", ["555"], principal="s", purpose="s")[0]
        dana = api.user_token("dana", mfa=False)
        for _ in range(3):  # learning: email, this hour, this network
            assert _plain_call(api, dana, [t_email], "email").status_code == 200
        assert _plain_call(api, dana, [t_email], "email").status_code == 200  # normal
        # masked views are not watched
        api.clock.now += 5 * 3600
        dana = api.user_token("dana", mfa=False)
        r = api.call(
            "POST",
            "/v1/detokenize",
            dana,
            json={"tokens": [t_phone], "view": "masked", "purpose": "p"},
        )
        assert r.status_code == 200
        # an hour of day never seen: step-up; without MFA refused (RFC 9470)
        r = _plain_call(api, dana, [t_email], "email")
        assert r.status_code == 401, r.text
        assert "insufficient_user_authentication" in r.headers["www-authenticate"]
        assert "odd-hour" in r.json()["detail"]
        last = api.services.audit.tail(1)[0]
        assert (last.action, last.outcome) == ("anomaly", "denied")
        assert json.loads(last.details)["rules"] == ["odd-hour"]
        # with MFA it passes, audited
        mfa = api.user_token("dana", mfa=True)
        assert _plain_call(api, mfa, [t_email], "email").status_code == 200
        notes = [e for e in api.services.audit.tail(5) if e.action == "anomaly"]
        assert notes[-1].outcome == "step-up-passed"
        # two rules at once (a new hour and a namespace never read): lock and alert
        api.clock.now += 3 * 3600
        mfa = api.user_token("dana", mfa=True)
        r = _plain_call(api, mfa, [t_phone], "phone")
        assert r.status_code == 403 and "locked" in r.json()["detail"]
        alert = api.services.audit.tail(1)[0]
        assert (alert.action, alert.outcome) == ("anomaly", "alert")
        assert json.loads(alert.details)["rules"] == ["new-namespace", "odd-hour"]
        assert api.call("GET", "/v1/whoami", mfa).status_code == 401
        assert api.login("dana", mfa=True)[0] == 401


def test_a_service_gets_warnings_then_a_volume_lock(vault_env: VaultEnv) -> None:
    for api in make_api(vault_env, policy=OPEN_POLICY, anomaly_learning=2, anomaly_min_volume=5):
        setup = Vault(api.services.store, api.services.keyring, api.services.audit)
        setup.create_namespace("phone", "random", principal="setup", purpose="setup")
        toks = setup.tokenize(
            "email", [f"u{i}@x.org" for i in range(40)], principal="s", purpose="s"
        )
        t_phone = setup.tokenize("phone", ["555"], principal="s", purpose="s")[0]
        etl = api.client_token("etl")
        for i in range(2):
            assert _plain_call(api, etl, toks[i : i + 1], "email").status_code == 200
        # one rule (a namespace never read): a service cannot step up, so a warning
        assert _plain_call(api, etl, [t_phone], "phone").status_code == 200
        warn = [e for e in api.services.audit.tail(5) if e.action == "anomaly"][-1]
        assert warn.outcome == "warning"
        assert json.loads(warn.details)["rules"] == ["new-namespace"]
        # services run at any hour: no odd-hour rule for them
        api.clock.now += 24 * 3600 + 5 * 3600
        etl = api.client_token("etl")
        assert _plain_call(api, etl, toks[:1], "email").status_code == 200
        # far above the busiest earlier hour: lock and alert
        api.clock.now += 3600
        etl = api.client_token("etl")
        r = _plain_call(api, etl, toks[:40], "email")
        assert r.status_code == 403 and "volume" in r.json()["detail"]
        alert = json.loads(api.services.audit.tail(1)[0].details)
        assert alert["rules"] == ["volume"] and alert["values_this_hour"] == 40
        assert api.call("GET", "/v1/whoami", etl).status_code == 401
