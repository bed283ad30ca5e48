"""Shared fixtures: detectors are expensive to build (Hyperscan compile, spaCy load), so the
test session builds each flavour once. The environment is scrubbed of VEIL_* settings so a
developer's shell cannot change what the tests see."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from veil.config import get_settings
from veil.detect import Detector

_VEIL_ENV = (
    "VEIL_RECOGNIZERS",
    "VEIL_NER_MODEL",
    "VEIL_PROCESSES",
    "VEIL_HOME",
    "VEIL_PASSPHRASE",
    "VEIL_KEK",
    "VEIL_PKCS11_LIB",
    "VEIL_PKCS11_TOKEN",
    "VEIL_PKCS11_PIN",
    "VEIL_PKCS11_KEY_LABEL",
    "VEIL_DATABASE_URL",
    "VEIL_AUDIT_CHECKPOINT_EVERY",
    "VEIL_AUDIT_CHECKPOINT_SECONDS",
    "VEIL_AUDIT_ORIGIN",
    "VEIL_ACCESS_POLICY",
    "VEIL_ACCESS_ISSUER",
    "VEIL_ACCESS_AUDIENCE",
    "VEIL_ACCESS_TOKEN_TTL",
    "VEIL_SESSION_LIFETIME",
    "VEIL_ACCESS_CACHE_SECONDS",
    "VEIL_PASSWORD_MEMORY_KIB",
    "VEIL_PASSWORD_ITERATIONS",
    "VEIL_MAX_FAILED_LOGINS",
    "VEIL_LOCKOUT_SECONDS",
    "VEIL_RATE_LIMIT_PER_MINUTE",
    "VEIL_REDIS_URL",
    "VEIL_MAX_BODY_BYTES",
    "VEIL_JIT_MAX_SECONDS",
    "VEIL_WEBAUTHN_RP_ID",
    "VEIL_WEBAUTHN_ORIGIN",
    "VEIL_ANOMALY_LEARNING",
    "VEIL_ANOMALY_VOLUME_FACTOR",
    "VEIL_ANOMALY_MIN_VOLUME",
)


@pytest.fixture(scope="session", autouse=True)
def _hermetic_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    with pytest.MonkeyPatch.context() as mp:
        for name in _VEIL_ENV:
            mp.delenv(name, raising=False)
        mp.setenv("VEIL_HOME", str(tmp_path_factory.mktemp("veil-home")))
        get_settings.cache_clear()
        yield
    get_settings.cache_clear()


@pytest.fixture(scope="session")
def detector(_hermetic_settings: None) -> Iterator[Detector]:
    """Patterns only, on the default engine (Hyperscan when it loads)."""
    with Detector(ner=False) as d:
        yield d


@pytest.fixture(scope="session")
def re_detector(_hermetic_settings: None) -> Iterator[Detector]:
    """Patterns only, on the pure-``re`` fallback engine."""
    with Detector(ner=False, use_hyperscan=False) as d:
        yield d


@pytest.fixture(scope="session")
def ner_detector(_hermetic_settings: None) -> Iterator[Detector]:
    """Patterns plus the spaCy pipeline, in-process."""
    with Detector(ner=True, processes=1) as d:
        yield d


@pytest.fixture
def veil_env() -> dict[str, str]:
    """An environment for ``veil`` subprocesses with no inherited VEIL_* settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("VEIL_")}
    env["NO_COLOR"] = "1"
    env["COLUMNS"] = "200"
    return env


from tests.databases import database_url, vault_env  # noqa: E402,F401  (SQLite + PostgreSQL)
from tests.softhsm import softhsm  # noqa: E402,F401  (a real SoftHSM2 token, session-wide)
