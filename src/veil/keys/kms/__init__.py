"""KEK backends: ``local`` (Argon2id passphrase) and ``pkcs11`` (HSM). See interface.py."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from veil.errors import ConfigError, KeyringError
from veil.keys.kms.interface import KekBackend, KekError
from veil.keys.kms.local import KdfParams, LocalKek

if TYPE_CHECKING:
    from veil.config import Settings

__all__ = ["KdfParams", "KekBackend", "KekError", "LocalKek", "new_backend", "open_backend"]


def _pkcs11(settings: Settings, key_label: str, *, create: bool) -> KekBackend:
    from veil.keys.kms.cache import UnwrapCache
    from veil.keys.kms.pkcs11 import Pkcs11Kek, find_softhsm_library

    lib = settings.pkcs11_lib or find_softhsm_library()
    if not lib:
        raise ConfigError("VEIL_PKCS11_LIB is not set (path of the PKCS#11 module)")
    if not settings.pkcs11_token:
        raise ConfigError("VEIL_PKCS11_TOKEN is not set (label of the token holding the KEK)")
    if settings.pkcs11_pin is None:
        raise ConfigError("VEIL_PKCS11_PIN is not set (user PIN of the token)")
    hsm = Pkcs11Kek(
        lib, settings.pkcs11_token, settings.pkcs11_pin.get_secret_value(), key_label, create=create
    )
    # hot paths never call the HSM: unwrapped material is reused within the TTL/use limits
    return UnwrapCache(hsm, ttl=settings.key_cache_ttl, max_uses=settings.key_cache_uses)


def new_backend(
    settings: Settings, passphrase: str | None, *, kdf: KdfParams | None = None
) -> tuple[KekBackend, dict[str, Any]]:
    """A KEK for a new keyring, and the (non-secret) facts to store in its header."""
    if settings.kek == "pkcs11":
        kek = _pkcs11(settings, settings.pkcs11_key_label, create=True)
        return kek, {
            "backend": "pkcs11",
            "token": settings.pkcs11_token,
            "key_label": settings.pkcs11_key_label,
        }
    if not passphrase:
        raise KeyringError("a passphrase is needed: set VEIL_PASSPHRASE or run interactively")
    params = kdf or KdfParams.fresh()
    return LocalKek(passphrase, params), {"backend": "local", "kdf": params.to_json()}


def open_backend(facts: dict[str, Any], settings: Settings, passphrase: str | None) -> KekBackend:
    """The KEK an existing keyring names in its header."""
    backend = facts.get("backend")
    if backend == "local":
        if not passphrase:
            raise KeyringError(
                "the keyring is passphrase-protected: set VEIL_PASSPHRASE or run interactively"
            )
        return LocalKek(passphrase, KdfParams.from_json(dict(facts["kdf"])))
    if backend == "pkcs11":
        return _pkcs11(settings, str(facts.get("key_label", "veil-kek")), create=False)
    raise KeyringError(f"keyring names an unknown KEK backend {backend!r}")
