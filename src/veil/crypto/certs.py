"""Development certificates (pyca ``cryptography`` x509): a local CA, a server certificate
for localhost, and client certificates for mutual TLS. For trying veil out and for tests;
production uses certificates from the organisation's CA."""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

__all__ = ["DevCerts", "make_dev_certs"]


@dataclass(frozen=True)
class DevCerts:
    ca: Path
    cert: Path
    key: Path
    client_cert: Path | None = None
    client_key: Path | None = None


def _key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def _write_key(path: Path, key: ec.EllipticCurvePrivateKey) -> None:
    data = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)


def _cert(
    subject: str,
    key: ec.EllipticCurvePrivateKey,
    issuer: x509.Name | None,
    issuer_key: ec.EllipticCurvePrivateKey,
    *,
    ca: bool,
    days: int,
    sans: list[x509.GeneralName] | None = None,
    usage: list[x509.ObjectIdentifier] | None = None,
) -> x509.Certificate:
    now = dt.datetime.now(dt.UTC)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)])
    b = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(issuer or name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=0 if ca else None), critical=True)
    )
    if ca:
        b = b.add_extension(
            x509.KeyUsage(
                digital_signature=True,
                key_cert_sign=True,
                crl_sign=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        b = b.add_extension(
            x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False
        )
    else:
        b = b.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()),
            critical=False,
        )
    if sans:
        b = b.add_extension(x509.SubjectAlternativeName(sans), critical=False)
    if usage:
        b = b.add_extension(x509.ExtendedKeyUsage(usage), critical=False)
    return b.sign(issuer_key, hashes.SHA256())


def make_dev_certs(
    out: Path, *, hosts: list[str] | None = None, client: str | None = None, days: int = 30
) -> DevCerts:
    """Write ``ca.pem``, ``server.pem``/``server-key.pem`` (and ``<client>.pem`` /
    ``<client>-key.pem``) under ``out``. Keys are written 0600."""
    out.mkdir(parents=True, exist_ok=True)
    ca_key = _key()
    ca = _cert("veil development CA", ca_key, None, ca_key, ca=True, days=days)
    sans: list[x509.GeneralName] = []
    for h in hosts or ["localhost", "127.0.0.1", "::1"]:
        try:
            sans.append(x509.IPAddress(ipaddress.ip_address(h)))
        except ValueError:
            sans.append(x509.DNSName(h))
    srv_key = _key()
    srv = _cert(
        "veil server",
        srv_key,
        ca.subject,
        ca_key,
        ca=False,
        days=days,
        sans=sans,
        usage=[ExtendedKeyUsageOID.SERVER_AUTH],
    )
    (out / "ca.pem").write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    (out / "server.pem").write_bytes(srv.public_bytes(serialization.Encoding.PEM))
    _write_key(out / "server-key.pem", srv_key)
    _write_key(out / "ca-key.pem", ca_key)
    result = DevCerts(out / "ca.pem", out / "server.pem", out / "server-key.pem")
    if client:
        c_key = _key()
        c = _cert(
            client,
            c_key,
            ca.subject,
            ca_key,
            ca=False,
            days=days,
            usage=[ExtendedKeyUsageOID.CLIENT_AUTH],
        )
        (out / f"{client}.pem").write_bytes(c.public_bytes(serialization.Encoding.PEM))
        _write_key(out / f"{client}-key.pem", c_key)
        result = DevCerts(
            result.ca, result.cert, result.key, out / f"{client}.pem", out / f"{client}-key.pem"
        )
    return result
