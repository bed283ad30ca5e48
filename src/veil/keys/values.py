"""Short values (form fields, API payloads) encrypted one by one: AES-256-GCM under a data
keyset, base64url text out. The associated data binds each ciphertext to a caller-chosen
context, so a ciphertext made for one context does not decrypt in another.

Only data keysets are used: veil's own keysets (``vault.*``, ``access.*``, ``audit.*``)
are refused, so an API caller can never use them as an encryption oracle. Every failure to
decrypt one value (bad base64, tampering, a key version that does not exist or was
destroyed) is one :class:`~veil.errors.InvalidToken` naming the value's position.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Sequence

from veil.errors import AccessDenied, InvalidToken, KeyringError, UsageError
from veil.keys.keyring import Keyring, Keyset, Template

__all__ = ["INTERNAL_PREFIXES", "decrypt_values", "encrypt_values"]

INTERNAL_PREFIXES = ("vault.", "access.", "audit.")


def _data_keyset(ring: Keyring, name: str) -> Keyset:
    if name.startswith(INTERNAL_PREFIXES):
        raise AccessDenied(f"keyset {name!r} is internal to veil")
    if name not in {k.name for k in ring.keysets()}:
        raise UsageError(f"unknown keyset {name!r}")
    ks = ring.keyset(name)
    if ks.info.template is not Template.AES256_GCM:
        raise UsageError(f"keyset {name!r} is {ks.info.template.value}; this needs aes256-gcm")
    return ks


def _aad(context: str) -> bytes:
    return b"veil-api|" + context.encode()


def encrypt_values(
    ring: Keyring, keyset: str, plaintexts: Sequence[str], context: str = ""
) -> list[str]:
    ks = _data_keyset(ring, keyset)
    aad = _aad(context)
    return [base64.urlsafe_b64encode(ks.encrypt(p.encode(), aad)).decode() for p in plaintexts]


def decrypt_values(
    ring: Keyring, keyset: str, ciphertexts: Sequence[str], context: str = ""
) -> list[str]:
    ks = _data_keyset(ring, keyset)
    aad = _aad(context)
    out = []
    for i, c in enumerate(ciphertexts):
        try:
            raw = base64.urlsafe_b64decode(c.encode())
        except (binascii.Error, ValueError):
            raise InvalidToken(f"ciphertext #{i + 1} is not base64url") from None
        try:
            out.append(ks.decrypt(raw, aad).decode("utf-8", errors="replace"))
        except (InvalidToken, KeyringError):  # tampered, or a version that is not there
            raise InvalidToken(f"ciphertext #{i + 1} cannot be decrypted") from None
    return out
