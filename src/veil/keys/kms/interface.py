"""The root of trust (KEK) behind one interface.

A KEK backend wraps and unwraps key material (keyset versions, the keyring body key).
It never returns its own key: ``local`` derives it from a passphrase (Argon2id) and keeps
it in process memory; ``pkcs11`` keeps it in an HSM as a non-extractable AES-256 key and
does every wrap/unwrap inside the HSM.

``context`` is authenticated, not encrypted (AEAD associated data): it binds a wrapped
blob to the slot it belongs to (keyring id, keyset name, version), so a blob copied to
another slot fails to unwrap.

Adding a backend (cloud KMS, Vault transit): implement this Protocol in
``keys/kms/<name>.py`` (``wrap`` = the service's encrypt-with-AAD call, ``unwrap`` = its
decrypt), raise :class:`KekError` for transport/auth failures and
:class:`veil.errors.InvalidToken` for a blob that does not authenticate, and add the name
to :func:`veil.keys.kms.open_backend`. Put it behind :class:`veil.keys.kms.cache.UnwrapCache`
so that hot paths never call the remote service. See ``docs/keys.md``.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from veil.errors import KeyringError

__all__ = ["KekBackend", "KekError"]


class KekError(KeyringError):
    """The KEK backend cannot be reached or refused us (wrong PIN, no token, no library)."""


@runtime_checkable
class KekBackend(Protocol):
    """Wraps key material under a key-encryption key that this object never reveals."""

    name: str
    """Backend name as configured by ``VEIL_KEK``: ``local`` or ``pkcs11``."""

    def wrap(self, key: bytes, context: bytes) -> bytes:
        """Encrypt ``key`` (16-64 bytes) under the KEK, authenticating ``context``."""
        ...

    def unwrap(self, wrapped: bytes, context: bytes) -> bytes:
        """Inverse of :meth:`wrap`. Raises ``InvalidToken`` if blob or context do not match."""
        ...

    def describe(self) -> dict[str, str]:
        """Human-readable facts for ``veil keys backend`` (never secrets)."""
        ...

    def close(self) -> None:
        """Release sessions/handles. Idempotent."""
        ...
