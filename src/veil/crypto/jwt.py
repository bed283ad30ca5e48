"""Signed JWT access tokens (RFC 7519, RFC 9068 ``at+jwt``) with Ed25519 (RFC 8037; the
fully specified ``Ed25519`` algorithm of RFC 9864).

Signing uses the keyring's Ed25519 keyset through a ``sign`` callable, so the private key
never leaves :mod:`veil.keys`; the compact serialization around the signature is three
base64url parts joined by dots. Verification is joserfc's: the header's ``alg`` must be
``Ed25519`` (``none``, HMAC and every other algorithm are refused before any key is used),
the ``kid`` must name a published key, and ``iss``, ``aud``, ``exp``, ``iat`` and ``jti``
are required and checked.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Mapping
from typing import Any

from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import KeySet, OKPKey

from veil.errors import InvalidToken

__all__ = ["ALG", "decode", "encode", "jwk", "keyset"]

ALG = "Ed25519"
MAX_TOKEN_LENGTH = 8192


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def jwk(kid: str, public_key: bytes) -> dict[str, str | list[str]]:
    """The public JWK of a raw 32-byte Ed25519 key (for the JWKS document)."""
    return {
        "kty": "OKP",
        "crv": "Ed25519",
        "x": _b64(public_key),
        "kid": kid,
        "use": "sig",
        "alg": ALG,
    }


def encode(claims: Mapping[str, Any], kid: str, sign: Callable[[bytes], bytes]) -> str:
    header = {"alg": ALG, "typ": "at+jwt", "kid": kid}
    head = _b64(json.dumps(header, separators=(",", ":")).encode())
    body = _b64(json.dumps(dict(claims), separators=(",", ":"), sort_keys=True).encode())
    signing_input = f"{head}.{body}"
    return f"{signing_input}.{_b64(sign(signing_input.encode()))}"


def keyset(keys: Mapping[str, bytes]) -> KeySet:
    """The verification key set for :func:`decode` (build it once per key change)."""
    return KeySet([OKPKey.import_key(dict(jwk(kid, pub))) for kid, pub in keys.items()])


def decode(
    token: str,
    keys: Mapping[str, bytes] | KeySet,
    *,
    issuer: str,
    audience: str,
    now: int,
    leeway: int = 30,
) -> dict[str, Any]:
    """The claims of a valid token, or :class:`InvalidToken` (one opaque reason line)."""
    if not token or len(token) > MAX_TOKEN_LENGTH or token.count(".") != 2:
        raise InvalidToken("malformed access token")
    ks = keys if isinstance(keys, KeySet) else keyset(keys)
    try:
        parsed = jwt.decode(token, ks, algorithms=[ALG])
    except JoseError as e:
        raise InvalidToken(f"access token rejected: {e.error}") from None
    except (ValueError, TypeError, KeyError):
        raise InvalidToken("malformed access token") from None
    if parsed.header.get("typ") != "at+jwt":
        raise InvalidToken("access token rejected: not an access token (typ)")
    registry = jwt.JWTClaimsRegistry(
        now=now,
        leeway=leeway,
        iss={"essential": True, "value": issuer},
        aud={"essential": True, "value": audience},
        exp={"essential": True},
        iat={"essential": True},
        jti={"essential": True},
        sub={"essential": True},
    )
    try:
        registry.validate(parsed.claims)
    except JoseError as e:
        raise InvalidToken(f"access token rejected: {e.error}") from None
    return dict(parsed.claims)
