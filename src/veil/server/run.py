"""Serving the API with uvicorn: TLS 1.3 only, optional mutual TLS, or a loopback-only
development mode without TLS.

uvicorn builds its ``SSLContext`` from a protocol constant; veil loads the config, then
raises the context's minimum version to TLS 1.3, so a TLS 1.2 client fails the handshake.
"""

from __future__ import annotations

import ssl
from pathlib import Path
from typing import Any

from veil.config import Settings
from veil.errors import ConfigError, UsageError

__all__ = ["check_secrets", "server_config"]

_WEAK_PASSPHRASES = frozenset(
    "changeme changeit password secret veil admin default test 123456 passphrase".split()
)


def check_secrets(settings: Settings) -> None:
    """Outside development, refuse default or weak secrets (the keyring passphrase)."""
    p = settings.passphrase.get_secret_value() if settings.passphrase is not None else None
    if (
        settings.kek == "local"
        and p is not None
        and (len(p) < 12 or p.lower() in _WEAK_PASSPHRASES)
    ):
        raise ConfigError(
            "VEIL_PASSPHRASE is weak (under 12 characters or a well-known default); the service "
            "refuses to start with it outside --insecure-dev"
        )


def server_config(
    app: Any,
    *,
    host: str,
    port: int,
    cert: Path | None,
    key: Path | None,
    client_ca: Path | None = None,
    insecure_dev: bool = False,
    log_level: str = "info",
) -> Any:
    """A loaded ``uvicorn.Config`` (TLS 1.3 minimum), ready for ``uvicorn.Server``."""
    import uvicorn

    if insecure_dev:
        if cert is not None or client_ca is not None:
            raise UsageError("--insecure-dev serves plain HTTP; drop --cert/--client-ca")
        config = uvicorn.Config(
            app, host="127.0.0.1", port=port, log_level=log_level, server_header=False
        )
        config.load()
        return config
    if cert is None or key is None:
        raise UsageError(
            "serving needs a certificate: --cert server.pem --key server-key.pem "
            "(`veil certs dev` makes a local one), or --insecure-dev for loopback without TLS"
        )
    for p in (cert, key, *([client_ca] if client_ca else [])):
        if not p.is_file():
            raise UsageError(f"no such file: {p}")
    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        ssl_certfile=str(cert),
        ssl_keyfile=str(key),
        ssl_ca_certs=str(client_ca) if client_ca else None,
        ssl_cert_reqs=ssl.CERT_REQUIRED if client_ca else ssl.CERT_NONE,
        log_level=log_level,
        server_header=False,
    )
    try:
        config.load()
    except (ssl.SSLError, OSError) as e:
        raise ConfigError(f"cannot load the TLS certificate or key: {e}") from None
    assert config.ssl is not None
    config.ssl.minimum_version = ssl.TLSVersion.TLSv1_3
    return config
