"""Cryptographic primitives (internal; hazmat). Only this package touches pyca.

Everything here is a thin, typed layer over pyca ``cryptography`` (AES-GCM, AES-SIV,
HMAC-SHA256, HKDF, Argon2id, Ed25519) plus the two constructions pyca does not ship: FF1
format-preserving encryption (:mod:`veil.crypto.ff1`) and the STREAM chunked-AEAD file
format (:mod:`veil.crypto.stream`). Every integrity failure is one opaque
:class:`veil.errors.InvalidToken`. Randomness is injectable (``rng=``) for known-answer
tests only; production code never passes it.

Key material lives in :mod:`veil.keys`; callers outside it should use keysets, not these.
"""

from veil.crypto.aead import (
    AES_GCM_NONCE_SIZE,
    AES_GCM_TAG_SIZE,
    AesGcm,
    AesSiv,
    Rng,
    argon2id,
    hkdf_sha256,
    hmac_sha256,
    random_bytes,
)
from veil.crypto.sign import ED25519_SEED_SIZE, Ed25519Signer, ed25519_verify

__all__ = [
    "AES_GCM_NONCE_SIZE",
    "AES_GCM_TAG_SIZE",
    "ED25519_SEED_SIZE",
    "AesGcm",
    "AesSiv",
    "Ed25519Signer",
    "Rng",
    "argon2id",
    "ed25519_verify",
    "hkdf_sha256",
    "hmac_sha256",
    "random_bytes",
]
