"""``local`` KEK: a key derived from a passphrase with Argon2id, held only in memory.

The passphrase comes from ``VEIL_PASSPHRASE`` or an interactive prompt. The salt and the
Argon2id cost parameters live in the keyring header (they are not secret). Defaults follow
RFC 9106's second recommended option (64 MiB, 3 passes, 4 lanes).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from veil.crypto import AesGcm, argon2id, random_bytes
from veil.errors import InvalidToken

__all__ = ["KdfParams", "LocalKek"]

_WRAP_VERSION = b"\x01"


@dataclass(frozen=True)
class KdfParams:
    salt: bytes
    memory_kib: int = 65536
    iterations: int = 3
    lanes: int = 4

    @classmethod
    def fresh(cls, *, memory_kib: int = 65536, iterations: int = 3, lanes: int = 4) -> KdfParams:
        return cls(random_bytes(16), memory_kib, iterations, lanes)

    def to_json(self) -> dict[str, object]:
        d = asdict(self)
        d["salt"] = self.salt.hex()
        d["alg"] = "argon2id"
        return d

    @classmethod
    def from_json(cls, d: dict[str, object]) -> KdfParams:
        return cls(
            bytes.fromhex(str(d["salt"])),
            int(str(d["memory_kib"])),
            int(str(d["iterations"])),
            int(str(d["lanes"])),
        )


class LocalKek:
    """KekBackend whose key is Argon2id(passphrase, salt); wraps with AES-256-GCM."""

    name = "local"

    def __init__(self, passphrase: str, params: KdfParams) -> None:
        self.params = params
        key = argon2id(
            passphrase.encode("utf-8"),
            salt=params.salt,
            memory_kib=params.memory_kib,
            iterations=params.iterations,
            lanes=params.lanes,
        )
        self._aead: AesGcm | None = AesGcm(key)

    def _cipher(self) -> AesGcm:
        if self._aead is None:
            from veil.keys.kms.interface import KekError

            raise KekError("local KEK is closed")
        return self._aead

    def wrap(self, key: bytes, context: bytes) -> bytes:
        return _WRAP_VERSION + self._cipher().encrypt(key, context)

    def unwrap(self, wrapped: bytes, context: bytes) -> bytes:
        if wrapped[:1] != _WRAP_VERSION:
            raise InvalidToken("key material did not authenticate")
        return self._cipher().decrypt(wrapped[1:], context)

    def describe(self) -> dict[str, str]:
        p = self.params
        return {
            "backend": "local",
            "kdf": f"Argon2id (m={p.memory_kib} KiB, t={p.iterations}, p={p.lanes})",
            "key": "derived from the passphrase; held in memory only",
        }

    def close(self) -> None:
        self._aead = None
