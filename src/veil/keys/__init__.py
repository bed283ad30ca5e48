"""Keys: keysets with versions and rotation, KEK backends, envelope encryption.

>>> from veil.keys import open_keyring          # doctest: +SKIP
>>> ring = open_keyring()                       # VEIL_HOME, VEIL_PASSPHRASE / VEIL_KEK=pkcs11
>>> ks = ring.keyset("customer-data")
>>> ks.decrypt(ks.encrypt(b"4111 1111 1111 1111"))
b'4111 1111 1111 1111'

The only package that holds key material. Primitives come from :mod:`veil.crypto`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from veil.keys.envelope import decrypt_file, encrypt_file, rewrap_files
from veil.keys.events import KeyEvent, subscribe
from veil.keys.keyring import (
    CachePolicy,
    DataKey,
    Keyring,
    Keyset,
    KeysetInfo,
    KeyState,
    KeyVersion,
    Template,
    read_header,
)
from veil.keys.kms import KdfParams, KekBackend, KekError, new_backend, open_backend

if TYPE_CHECKING:
    from veil.config import Settings

__all__ = [
    "CachePolicy",
    "DataKey",
    "KdfParams",
    "KekBackend",
    "KekError",
    "KeyEvent",
    "KeyState",
    "KeyVersion",
    "Keyring",
    "Keyset",
    "KeysetInfo",
    "Template",
    "decrypt_file",
    "encrypt_file",
    "init_keyring",
    "new_backend",
    "open_backend",
    "open_keyring",
    "read_header",
    "rewrap_files",
    "subscribe",
]


def _passphrase(settings: Settings, passphrase: str | None) -> str | None:
    if passphrase is not None:
        return passphrase
    return None if settings.passphrase is None else settings.passphrase.get_secret_value()


def _policy(settings: Settings) -> CachePolicy:
    return CachePolicy(settings.key_cache_ttl, settings.key_cache_uses)


def init_keyring(
    settings: Settings | None = None,
    *,
    passphrase: str | None = None,
    kdf: KdfParams | None = None,
) -> Keyring:
    """Create ``VEIL_HOME`` and an empty keyring under the configured KEK backend."""
    from veil.config import get_settings  # pydantic-settings: imported only when needed

    s = settings or get_settings()
    kek, facts = new_backend(s, _passphrase(s, passphrase), kdf=kdf)
    try:
        Keyring.initialize(s.keyring_path, kek, facts)
        return Keyring(s.keyring_path, kek, cache=_policy(s))
    except BaseException:
        kek.close()
        raise


def open_keyring(settings: Settings | None = None, *, passphrase: str | None = None) -> Keyring:
    """Open the keyring under ``VEIL_HOME`` with the KEK its header names."""
    from veil.config import get_settings

    s = settings or get_settings()
    header = read_header(s.keyring_path)
    kek = open_backend(dict(header["kek"]), s, _passphrase(s, passphrase))
    try:
        return Keyring(s.keyring_path, kek, cache=_policy(s))
    except BaseException:
        kek.close()
        raise
