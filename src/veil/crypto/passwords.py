"""Password hashes (Argon2id, RFC 9106, PHC string format) on pyca ``cryptography``, and
one-time codes (TOTP, RFC 6238) on ``pyotp``.

A stored hash carries its parameters (``$argon2id$v=19$m=65536,t=3,p=4$salt$hash``), so
a verifier can tell when the configured parameters have changed and the hash should be
redone at the next successful login (:func:`needs_rehash`). Verification of an unknown
user runs against a dummy hash with the same parameters, so timing does not tell which
account names exist.
"""

from __future__ import annotations

import base64
import functools
import hmac
import re
import secrets
import time
from dataclasses import dataclass

import pyotp
from cryptography.exceptions import InvalidKey
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from veil.crypto.aead import hmac_sha256

__all__ = [
    "PasswordParams",
    "hash_password",
    "needs_rehash",
    "new_recovery_codes",
    "new_totp_secret",
    "recovery_digest",
    "totp_now",
    "totp_step",
    "totp_uri",
    "verify_password",
]

TOTP_PERIOD = 30
_PHC = re.compile(r"^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$")


@dataclass(frozen=True)
class PasswordParams:
    """RFC 9106's second recommended option by default: 64 MiB, 3 passes, 4 lanes."""

    memory_kib: int = 65536
    iterations: int = 3
    lanes: int = 4


def hash_password(password: str, params: PasswordParams) -> str:
    kdf = Argon2id(
        salt=secrets.token_bytes(16),
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive_phc_encoded(password.encode())


def verify_password(password: str, encoded: str | None, params: PasswordParams) -> bool:
    """Whether ``password`` matches ``encoded``. ``None`` (no such account) checks against
    a dummy hash with the same parameters and returns False, in about the same time."""
    target = encoded if encoded is not None and _PHC.match(encoded) else _dummy(params)
    try:
        Argon2id.verify_phc_encoded(password.encode(), target)
    except InvalidKey:
        return False
    return encoded is not None and target is encoded


def needs_rehash(encoded: str, params: PasswordParams) -> bool:
    m = _PHC.match(encoded)
    if m is None:
        return True
    return (int(m[1]), int(m[2]), int(m[3])) != (params.memory_kib, params.iterations, params.lanes)


@functools.lru_cache(maxsize=4)
def _dummy(params: PasswordParams) -> str:
    return hash_password(secrets.token_urlsafe(16), params)


# -- TOTP -------------------------------------------------------------------------------------


def new_totp_secret() -> str:
    """A 160-bit base32 secret (RFC 4226's recommended length)."""
    return pyotp.random_base32(32)


def totp_uri(secret: str, account: str, issuer: str = "veil") -> str:
    """The ``otpauth://`` URI authenticator apps read (as a QR code or pasted)."""
    return pyotp.TOTP(secret).provisioning_uri(name=account, issuer_name=issuer)


def totp_now(secret: str, at: float | None = None) -> str:
    """The current code (for enrolment checks and tests)."""
    return pyotp.TOTP(secret).at(time.time() if at is None else at)


def totp_step(secret: str, code: str, *, last_step: int, at: float | None = None) -> int | None:
    """The time step ``code`` belongs to, if it is valid within one step of drift and newer
    than ``last_step`` (a code, once used, is refused: no replay). Else None."""
    now = time.time() if at is None else at
    if not (code.isdigit() and len(code) == 6):
        return None
    totp = pyotp.TOTP(secret)
    current = int(now) // TOTP_PERIOD
    found = None
    for step in (current - 1, current, current + 1):
        if hmac.compare_digest(totp.at(step * TOTP_PERIOD), code):
            found = step
    if found is None or found <= last_step:
        return None
    return found


# -- recovery codes ---------------------------------------------------------------------------


def new_recovery_codes(n: int = 10) -> list[str]:
    """``n`` single-use codes of 80 random bits (``xxxx-xxxx-xxxx-xxxx``, base32)."""
    out = []
    for _ in range(n):
        raw = base64.b32encode(secrets.token_bytes(10)).decode().lower()
        out.append("-".join(raw[i : i + 4] for i in range(0, 16, 4)))
    return out


def recovery_digest(code: str) -> str:
    """What is stored for a recovery code. The codes are random, so a keyed fast hash is
    enough (no password stretching needed)."""
    norm = code.strip().lower().replace("-", "").replace(" ", "")
    return hmac_sha256(b"veil-recovery-code", norm.encode()).hex()
