"""Fuzz the whole HTTP API with schemathesis against its ``/openapi.json``: every operation,
with generated data (schemathesis's boundary-value "coverage" cases, then random valid and
invalid inputs), anonymously and with the tokens of powerful callers. Whatever comes in, the
answer is never a 5xx, and every 4xx is an RFC 9457 problem document.

In-process over ASGI, on SQLite. The schema is loaded from the app of each test, so the
operations fuzzed are always the ones served. Generation is derandomized and the example
budget small, so the file is repeatable and quick. Dictionaries steer some fields to real
names and their near misses (keysets, the namespace, purposes, a live vault token and a real
ciphertext, each also tampered with) so that generated calls also get past validation and
into the vault and keyring.

(``schemathesis.pytest.from_fixture`` would make one test per operation, but in schemathesis
4.32.5 it sets ``Node._nodeid``, which pytest 9.2 no longer has; so each test here walks the
operations itself and reports every failing one.)
"""

from __future__ import annotations

import base64
import logging
import traceback
from collections.abc import Callable, Iterator
from itertools import count
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis import GenerationMode
from schemathesis.python import asgi
from tests.databases import VaultEnv
from tests.server.apienv import ApiEnv, make_api

from veil.detect import Detector
from veil.errors import InvalidToken
from veil.vault import Vault

POSITIVE, NEGATIVE = GenerationMode.POSITIVE, GenerationMode.NEGATIVE

# Who calls, and with which cases: (coverage modes, random modes, random cases per operation
# and mode). Invalid input is refused before the caller's roles matter, so one caller's
# invalid cases stand for everyone's.
# - nobody: refused before the input is looked at, except on the identity endpoints (which
#   the others reach too, as they ignore a bearer token): a few random valid cases, whose
#   Authorization headers are themselves generated;
# - a service client (tokenize, encrypt, detect): everything;
# - an admin with MFA (keys, audit, access requests) and a fraud analyst with MFA (decrypt,
#   plain detokenize): more valid cases, to get past validation into what their roles allow.
PLANS: dict[str, tuple[list[GenerationMode], list[GenerationMode], int]] = {
    "anonymous": ([], [POSITIVE], 8),
    "etl": ([POSITIVE, NEGATIVE], [POSITIVE, NEGATIVE], 12),
    "ada+mfa": ([POSITIVE], [POSITIVE], 16),
    "frank+mfa": ([POSITIVE], [POSITIVE], 16),
}

# the purposes each caller's policies allow it, so that its calls get past authorization
PURPOSES = {
    "anonymous": ["ingest"],
    "etl": ["ingest"],
    "ada+mfa": ["operations", "audit"],
    "frank+mfa": ["fraud-investigation"],
}


class _ServerLog(logging.Handler):
    """What the app logs at ERROR: the exception behind a 500."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def since(self, start: int) -> str:
        """veil's frames of the last exception logged after record ``start``, and what it was."""
        for record in reversed(self.records[start:]):
            if record.exc_info and record.exc_info[1] is not None:
                exc = record.exc_info[1]
                frames = [
                    f"  {f.filename}:{f.lineno} in {f.name}: {f.line}"
                    for f in traceback.extract_tb(exc.__traceback__)
                    if "/veil/" in f.filename
                ]
                what = "".join(traceback.format_exception_only(exc)).strip()
                return "\nserver log: " + "\n".join([record.getMessage(), *frames, what])
        return ""


def _a_new_minute_each_time() -> Callable[[], float]:
    minutes = count()
    return lambda: 60.0 * next(minutes)


@pytest.fixture
def api(vault_env: VaultEnv, detector: Detector) -> Iterator[ApiEnv]:
    for env in make_api(vault_env, rate_limit_per_minute=10**9):
        env.services._detector = detector  # the session's: no Hyperscan compile per test
        # each hit in a window of its own: the fixed limit per source on the identity
        # endpoints (60 a minute) would turn most of their cases into 429s
        env.services.limiter.clock = _a_new_minute_each_time()
        try:
            yield env
        finally:
            asgi.shutdown_lifespans()  # schemathesis keeps a started app for the process


@pytest.fixture
def server_log() -> Iterator[_ServerLog]:
    handler = _ServerLog()
    log = logging.getLogger("veil.server")
    log.addHandler(handler)
    try:
        yield handler
    finally:
        log.removeHandler(handler)


class Caller:
    """The bearer token of one caller, minted again when a fuzzed call (logout, refresh,
    revoke) has ended the one before."""

    def __init__(self, api: ApiEnv, who: str) -> None:
        self.api = api
        self.who = who
        self.token: str | None = None

    def headers(self) -> dict[str, str]:
        if self.who == "anonymous":
            return {}
        if self.token is None:
            user, _, mfa = self.who.partition("+")
            self.token = (
                self.api.user_token(user, mfa=bool(mfa))
                if user in self.api.totp
                else self.api.client_token(user)
            )
        return {"Authorization": f"Bearer {self.token}"}

    def renewed(self) -> bool:
        """After a 401: whether the token had ended (so the call is worth making again)."""
        if self.token is None:
            return False
        try:
            self.api.services.directory.verify(self.token)
        except InvalidToken:
            self.token = None
            return True
        return False


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode()


def _config(api: ApiEnv, who: str) -> schemathesis.Config:
    setup = Vault(api.services.store, api.services.keyring, api.services.audit)
    token = setup.tokenize("email", ["m@x.org"], principal="setup", purpose="setup")[0]
    sealed = api.services.keyring.keyset("data.app").encrypt(b"secret", b"veil-api|")
    keysets = [k.name for k in api.services.keyring.keysets()]
    dictionaries = {
        "keysets": [*keysets, "nope"],
        "data-keysets": ["data.app", "data.app", "vault.values"],
        "namespaces": ["email", "nope"],
        "purposes": PURPOSES[who],
        "grants": ["client_credentials"],
        "clients": ["etl", "ds", "ghost"],
        "users": ["dana", "nomfa", "ghost"],  # none of the callers: a lockout ends a run
        "tokens": [token, token[:-1], token[:-1] + ("A" if token[-1] != "A" else "B")],
        "ciphertexts": [
            _b64(sealed),
            _b64(sealed[:-1] + bytes([sealed[-1] ^ 1])),  # tampered with
            _b64(sealed[:1] + (99).to_bytes(4, "big") + sealed[5:]),  # a key version not there
        ],
    }
    # (field, dictionary, how often a generated value is replaced by one of the dictionary's)
    bindings = [
        ("path.name", "keysets", 0.5),
        ("body.keyset", "data-keysets", 0.8),
        ("body.namespace", "namespaces", 0.8),
        ("body.purpose", "purposes", 0.8),
        ("body.grant_type", "grants", 0.5),
        ("body.client_id", "clients", 0.5),
        ("body.username", "users", 0.5),
        ("body.tokens[*]", "tokens", 0.8),
        ("body.ciphertexts[*]", "ciphertexts", 0.8),
    ]
    return schemathesis.Config.from_dict(
        {
            "generation": {"max-examples": PLANS[who][2], "database": "none"},
            "output": {"sanitization": {"enabled": False}},  # whole requests in the reports
            "dictionaries": {name: {"values": v} for name, v in dictionaries.items()},
            "parameters": {
                key: {"dictionary": name, "probability": p} for key, name, p in bindings
            },
        }
    )


def _fuzz(api: ApiEnv, who: str, server_log: _ServerLog) -> tuple[int, list[str]]:
    """Every operation of the served schema, with the cases of the caller's plan. The number
    of calls made, and a report for each operation and kind of case that failed."""
    schema = schemathesis.openapi.from_asgi(
        "/openapi.json", api.client.app, config=_config(api, who)
    )
    coverage_modes, random_modes, examples = PLANS[who]
    caller = Caller(api, who)
    calls = count()

    def check(case: Any) -> None:
        next(calls)
        seen = len(server_log.records)
        headers = caller.headers()
        try:
            response = case.call(headers=headers)
            if response.status_code == 401 and caller.renewed():
                headers = caller.headers()
                response = case.call(headers=headers)
        except Exception as e:  # Starlette re-raises what it turned into a 500
            where = f"as {who}: {case.as_curl_command(headers)}"
            raise AssertionError(f"the call raised {e!r} {where}{server_log.since(seen)}") from e
        status = response.status_code
        where = f"as {who}: {case.as_curl_command(headers)}"
        assert status < 500, f"{status} {where}\n{response.text}{server_log.since(seen)}"
        if status >= 400:
            ctype = response.headers.get("content-type", [""])[0]
            assert ctype.startswith("application/problem+json"), f"{status} {ctype} {where}"
            assert response.json()["status"] == status, f"{status} {response.text} {where}"

    failures: dict[str, list[str]] = {}

    def attempt(label: str, run: Callable[[], None]) -> None:
        try:
            run()
        except Exception as e:
            failures.setdefault(label, []).append(f"{type(e).__name__}: {e}")

    for result in schema.get_all_operations():
        operation = result.ok()
        if coverage_modes:
            generation = schema.config.generation_for(operation=operation, phase="coverage")
            for case in schema.iter_coverage_cases(
                operation, generation_modes=coverage_modes, generation_config=generation
            ):
                attempt(f"{operation.label} (coverage)", lambda case=case: check(case))
        for mode in random_modes:
            # invalid data only where there is a body or a query to break: headers and path
            # segments are strings whatever they hold (the coverage cases cover them)
            if mode is NEGATIVE and not (operation.body or operation.query):
                continue

            @settings(
                max_examples=examples,
                derandomize=True,
                database=None,
                deadline=None,
                phases=[Phase.explicit, Phase.generate, Phase.shrink],
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
            )
            @given(case=operation.as_strategy(generation_mode=mode))
            def run(case: Any) -> None:
                check(case)

            attempt(f"{operation.label} ({mode.value})", run)
    report = [
        f"{label} ({len(errors)} failing case(s)); the first:\n{errors[0]}"
        for label, errors in failures.items()
    ]
    return next(calls), report


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize("who", list(PLANS))
def test_no_5xx_and_every_4xx_is_a_problem(api: ApiEnv, who: str, server_log: _ServerLog) -> None:
    calls, failures = _fuzz(api, who, server_log)
    assert calls > 100
    if failures:
        pytest.fail(f"{len(failures)} failing:\n\n" + "\n\n".join(failures), pytrace=False)
