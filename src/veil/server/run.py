"""Serving the API with uvicorn: TLS 1.3 only, optional mutual TLS, or a loopback-only
development mode without TLS.

uvicorn builds its ``SSLContext`` from a protocol constant; veil's config subclass raises
the context's minimum version to TLS 1.3 whenever it is loaded (in this process, or in each
worker process of ``--workers``), so a TLS 1.2 client fails the handshake.
"""

from __future__ import annotations

import ssl
from pathlib import Path
from typing import Any

import uvicorn

from veil.config import Settings
from veil.errors import ConfigError, UsageError

__all__ = ["Tls13Config", "check_secrets", "serve_workers", "server_config"]

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


class Tls13Config(uvicorn.Config):
    """A uvicorn config whose TLS context refuses anything below TLS 1.3, also when a
    worker process of ``--workers`` loads it anew."""

    def load(self) -> None:
        super().load()
        if self.ssl is not None:
            self.ssl.minimum_version = ssl.TLSVersion.TLSv1_3


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
    workers: int = 1,
    factory: bool = False,
) -> Any:
    """A ``uvicorn.Config`` (TLS 1.3 minimum), ready for ``uvicorn.Server`` (loaded) or,
    with ``workers`` > 1, for :func:`serve_workers` (not loaded: each worker process loads
    it, with ``app`` an import string and ``factory`` set when it names a function)."""
    if insecure_dev:
        if cert is not None or client_ca is not None:
            raise UsageError("--insecure-dev serves plain HTTP; drop --cert/--client-ca")
        config = uvicorn.Config(
            app,
            host="127.0.0.1",
            port=port,
            log_level=log_level,
            server_header=False,
            workers=workers,
            factory=factory,
        )
        if workers == 1:
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
    options: dict[str, Any] = {
        "host": host,
        "port": port,
        "ssl_certfile": str(cert),
        "ssl_keyfile": str(key),
        "ssl_ca_certs": str(client_ca) if client_ca else None,
        "ssl_cert_reqs": ssl.CERT_REQUIRED if client_ca else ssl.CERT_NONE,
        "log_level": log_level,
        "server_header": False,
    }
    config = Tls13Config(app, workers=workers, factory=factory, **options)
    try:
        if workers == 1:
            config.load()
        else:  # each worker loads the config; the certificate and key are checked here first
            uvicorn.config.create_ssl_context(
                certfile=str(cert),
                keyfile=str(key),
                password=None,
                ssl_version=uvicorn.config.SSL_PROTOCOL_VERSION,
                cert_reqs=options["ssl_cert_reqs"],
                ca_certs=options["ssl_ca_certs"],
                ciphers="TLSv1",
            )
    except (ssl.SSLError, OSError) as e:
        raise ConfigError(f"cannot load the TLS certificate or key: {e}") from None
    return config


def serve_workers(config: Any) -> None:
    """Serve ``config`` (not loaded) with ``config.workers`` processes on one socket: uvicorn's
    supervisor starts them, restarts any that dies, and stops them all on SIGINT/SIGTERM."""
    from uvicorn.supervisors import Multiprocess

    sock = config.bind_socket()
    try:
        Multiprocess(config, sockets=[sock]).run()
    finally:
        sock.close()
