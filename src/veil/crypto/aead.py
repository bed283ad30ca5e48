"""AEAD, deterministic AEAD, MAC and KDFs on pyca ``cryptography``.

Nonces for AES-GCM are random 96-bit per message (NIST SP 800-38D 8.2.2); with random
nonces a key should encrypt at most 2**32 messages, which is why keysets rotate.
AES-SIV (RFC 5297) is deterministic: equal plaintexts give equal ciphertexts. It exists
only where equality must survive encryption, and its name says so.
"""

from __future__ import annotations

import hmac as _hmac
import os
from collections.abc import Callable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives import hmac as _pyca_hmac
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, AESSIV
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from veil.errors import CryptoError, InvalidToken

__all__ = [
    "AES_GCM_NONCE_SIZE",
    "AES_GCM_TAG_SIZE",
    "AesGcm",
    "AesSiv",
    "Rng",
    "argon2id",
    "constant_time_equal",
    "hkdf_sha256",
    "hmac_sha256",
    "random_bytes",
]

AES_GCM_NONCE_SIZE = 12
AES_GCM_TAG_SIZE = 16

Rng = Callable[[int], bytes]
"""A source of random bytes; ``os.urandom`` unless a known-answer test injects one."""

random_bytes: Rng = os.urandom


def _opaque() -> InvalidToken:
    return InvalidToken(
        "ciphertext did not authenticate (wrong key, or tampered or truncated data)"
    )


class AesGcm:
    """AES-256-GCM with a random nonce per message: ``nonce || ciphertext || tag``."""

    __slots__ = ("_aead", "_rng")

    def __init__(self, key: bytes, *, rng: Rng = os.urandom) -> None:
        if len(key) != 32:
            raise CryptoError(f"AES-256-GCM needs a 32-byte key, got {len(key)} bytes")
        self._aead = AESGCM(key)
        self._rng = rng

    def encrypt(self, plaintext: bytes, aad: bytes = b"") -> bytes:
        nonce = self._rng(AES_GCM_NONCE_SIZE)
        return nonce + self._aead.encrypt(nonce, plaintext, aad)

    def decrypt(self, blob: bytes, aad: bytes = b"") -> bytes:
        if len(blob) < AES_GCM_NONCE_SIZE + AES_GCM_TAG_SIZE:
            raise _opaque()
        try:
            return self._aead.decrypt(blob[:AES_GCM_NONCE_SIZE], blob[AES_GCM_NONCE_SIZE:], aad)
        except InvalidTag:
            raise _opaque() from None

    # Hot-path closures for keysets: version prefix included, usage counted.
    def sealer(
        self, prefix: bytes, budget: int, exhausted: Callable[[], None]
    ) -> Callable[[bytes, bytes], bytes]:
        """``seal(pt, aad) -> prefix | nonce | ct | tag``; calls ``exhausted()`` every
        ``budget`` values sealed (the keyset then re-checks its cache policy)."""
        enc, rng, n = self._aead.encrypt, self._rng, AES_GCM_NONCE_SIZE
        left = budget

        def seal(plaintext: bytes, aad: bytes) -> bytes:
            nonlocal left
            left -= 1
            if left == 0:
                left = budget
                exhausted()
            nonce = rng(n)
            return prefix + nonce + enc(nonce, plaintext, aad)

        return seal

    def opener(
        self, offset: int, budget: int, exhausted: Callable[[], None]
    ) -> Callable[[bytes, bytes], bytes]:
        """``open(blob, aad)`` for blobs made by :meth:`sealer` with an ``offset``-byte
        prefix; calls ``exhausted()`` every ``budget`` values opened."""
        dec, body = self._aead.decrypt, offset + AES_GCM_NONCE_SIZE
        left = budget

        def open_(blob: bytes, aad: bytes) -> bytes:
            nonlocal left
            left -= 1
            if left == 0:
                left = budget
                exhausted()
            try:
                return dec(blob[offset:body], blob[body:], aad)
            except (InvalidTag, ValueError):
                raise _opaque() from None

        return open_

    # Streaming helpers: caller-managed nonces (veil.crypto.stream derives them per chunk).
    def encrypt_into(
        self, nonce: bytes, data: memoryview | bytes, aad: bytes, out: bytearray
    ) -> int:
        return self._aead.encrypt_into(nonce, data, aad, out)

    def decrypt_into(
        self, nonce: bytes, data: memoryview | bytes, aad: bytes, out: bytearray
    ) -> int:
        try:
            return self._aead.decrypt_into(nonce, data, aad, out)
        except InvalidTag:
            raise _opaque() from None


class AesSiv:
    """Deterministic AES-256-SIV (RFC 5297, 64-byte key). Equal inputs → equal outputs."""

    __slots__ = ("_aead",)

    def __init__(self, key: bytes) -> None:
        if len(key) != 64:
            raise CryptoError(f"AES-256-SIV needs a 64-byte key, got {len(key)} bytes")
        self._aead = AESSIV(key)

    def encrypt_deterministically(self, plaintext: bytes, aad: bytes = b"") -> bytes:
        if not plaintext:
            raise CryptoError("AES-SIV cannot encrypt an empty value")
        return self._aead.encrypt(plaintext, [aad])

    def decrypt_deterministically(self, blob: bytes, aad: bytes = b"") -> bytes:
        if len(blob) <= 16:
            raise _opaque()
        try:
            return self._aead.decrypt(blob, [aad])
        except InvalidTag:
            raise _opaque() from None


def hmac_sha256(key: bytes, data: bytes) -> bytes:
    if len(key) < 16:
        raise CryptoError("HMAC-SHA256 key must be at least 16 bytes")
    h = _pyca_hmac.HMAC(key, hashes.SHA256())
    h.update(data)
    return h.finalize()


def constant_time_equal(a: bytes, b: bytes) -> bool:
    return _hmac.compare_digest(a, b)


def hkdf_sha256(ikm: bytes, *, salt: bytes | None, info: bytes, length: int = 32) -> bytes:
    if not 1 <= length <= 255 * 32:
        raise CryptoError(f"HKDF-SHA256 output must be 1..8160 bytes, not {length}")
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=salt, info=info).derive(ikm)


def argon2id(
    secret: bytes, *, salt: bytes, memory_kib: int, iterations: int, lanes: int, length: int = 32
) -> bytes:
    """Argon2id (RFC 9106) key derivation, e.g. a keyring key from a passphrase."""
    if len(salt) < 16:
        raise CryptoError("Argon2id salt must be at least 16 bytes")
    return Argon2id(
        salt=salt, length=length, iterations=iterations, lanes=lanes, memory_cost=memory_kib
    ).derive(secret)
