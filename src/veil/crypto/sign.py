"""Ed25519 signatures (RFC 8032) on pyca ``cryptography``: signed audit checkpoints."""

from __future__ import annotations

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from veil.errors import CryptoError, InvalidToken

__all__ = ["ED25519_SEED_SIZE", "Ed25519Signer", "ed25519_verify"]

ED25519_SEED_SIZE = 32


class Ed25519Signer:
    """Signs with a 32-byte private seed; exposes only the raw 32-byte public key."""

    __slots__ = ("_key", "public_key")

    def __init__(self, seed: bytes) -> None:
        if len(seed) != ED25519_SEED_SIZE:
            raise CryptoError(f"Ed25519 seed must be {ED25519_SEED_SIZE} bytes, not {len(seed)}")
        self._key = Ed25519PrivateKey.from_private_bytes(seed)
        self.public_key: bytes = self._key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)

    def sign(self, message: bytes) -> bytes:
        return self._key.sign(message)


def ed25519_verify(public_key: bytes, signature: bytes, message: bytes) -> None:
    """Raise :class:`InvalidToken` unless ``signature`` is valid for ``message``."""
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, message)
    except (InvalidSignature, ValueError):
        raise InvalidToken("signature did not verify") from None
