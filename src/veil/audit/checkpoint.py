"""Signed checkpoints in the C2SP ``tlog-checkpoint`` / ``signed-note`` format, so that an
outside witness can check them with standard tooling (e.g. Go's ``golang.org/x/mod/sumdb/note``)::

    <origin>
    <tree size>
    <base64 root hash>

    — <key name> <base64(key id (4 bytes) || Ed25519 signature)>

The key id is the first 4 bytes of SHA-256(key name || "\\n" || 0x01 || public key); the
verifier key is written ``<name>+<hex key id>+<base64(0x01 || public key)>``. Written by hand
because the format is a few lines and no maintained Python package implements it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass

from veil.crypto import ed25519_verify
from veil.errors import AuditIntegrityError, InvalidToken

__all__ = ["Checkpoint", "Signature", "key_id", "parse_note", "parse_vkey", "sign_body", "vkey"]

_ED25519 = b"\x01"
_DASH = "\u2014"


def key_id(name: str, public_key: bytes) -> bytes:
    return hashlib.sha256(name.encode() + b"\n" + _ED25519 + public_key).digest()[:4]


def vkey(name: str, public_key: bytes) -> str:
    """The verifier key line a witness needs to check this log's checkpoints."""
    blob = base64.b64encode(_ED25519 + public_key).decode()
    return f"{name}+{key_id(name, public_key).hex()}+{blob}"


def parse_vkey(text: str) -> tuple[str, bytes]:
    """``(name, public key)`` from a verifier key line."""
    try:
        name, kid, blob = text.strip().split("+", 2)  # base64 may contain "+"; names cannot
        raw = base64.b64decode(blob, validate=True)
    except (ValueError, binascii.Error):
        raise AuditIntegrityError("verifier key: expected <name>+<hex id>+<base64 key>") from None
    if len(raw) != 33 or raw[:1] != _ED25519:
        raise AuditIntegrityError("verifier key: not an Ed25519 key")
    if key_id(name, raw[1:]).hex() != kid.lower():
        raise AuditIntegrityError("verifier key: key id does not match the key")
    return name, raw[1:]


@dataclass(frozen=True)
class Signature:
    name: str
    key_id: bytes
    signature: bytes


@dataclass(frozen=True)
class Checkpoint:
    origin: str
    size: int
    root: bytes
    signatures: tuple[Signature, ...] = ()

    @property
    def body(self) -> str:
        return f"{self.origin}\n{self.size}\n{base64.b64encode(self.root).decode()}\n"

    def note(self) -> str:
        lines = [
            f"{_DASH} {s.name} {base64.b64encode(s.key_id + s.signature).decode()}\n"
            for s in self.signatures
        ]
        return self.body + "\n" + "".join(lines)

    def verify(self, name: str, public_key: bytes) -> None:
        """Raise unless one signature by ``name``/``public_key`` covers this checkpoint."""
        kid = key_id(name, public_key)
        for s in self.signatures:
            if s.name == name and s.key_id == kid:
                try:
                    ed25519_verify(public_key, s.signature, self.body.encode())
                except InvalidToken:
                    raise AuditIntegrityError(
                        f"checkpoint at size {self.size}: signature by {name!r} does not verify"
                    ) from None
                return
        raise AuditIntegrityError(f"checkpoint at size {self.size}: no signature by {name!r}")


def sign_body(cp: Checkpoint, name: str, public_key: bytes, signature: bytes) -> Checkpoint:
    return Checkpoint(
        cp.origin,
        cp.size,
        cp.root,
        (*cp.signatures, Signature(name, key_id(name, public_key), signature)),
    )


def parse_note(text: str) -> Checkpoint:
    """Parse a signed checkpoint note; raises :class:`AuditIntegrityError` when malformed."""
    body, sep, sigs = text.partition("\n\n")
    lines = body.split("\n")
    if not sep or len(lines) != 3 or not text.endswith("\n"):
        # extension lines are allowed by the spec, but veil writes none and signs none
        raise AuditIntegrityError(
            "checkpoint: expected exactly origin, size and root lines, a blank line, signatures"
        )
    origin, size_s, root_s = lines[0], lines[1], lines[2]
    try:
        size = int(size_s)
        root = base64.b64decode(root_s, validate=True)
    except (ValueError, binascii.Error):
        raise AuditIntegrityError("checkpoint: bad size or root line") from None
    if (
        size < 0
        or len(root) != 32
        or size_s != str(size)
        or not origin
        or base64.b64encode(root).decode() != root_s  # only the canonical encoding was signed
    ):
        raise AuditIntegrityError("checkpoint: bad origin, size or root")
    signatures = []
    for line in sigs.splitlines():
        if not line.strip():
            continue
        parts = line.split(" ")
        if len(parts) != 3 or parts[0] != _DASH:
            raise AuditIntegrityError(f"checkpoint: bad signature line {line!r}")
        try:
            blob = base64.b64decode(parts[2], validate=True)
        except binascii.Error:
            raise AuditIntegrityError("checkpoint: signature is not base64") from None
        if len(blob) != 4 + 64:
            raise AuditIntegrityError("checkpoint: signature has the wrong length")
        signatures.append(Signature(parts[1], blob[:4], blob[4:]))
    return Checkpoint(origin, size, root, tuple(signatures))
