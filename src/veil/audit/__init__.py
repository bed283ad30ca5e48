"""Tamper-evident audit log: append-only events in an RFC 9162 Merkle tree, signed
checkpoints, inclusion and consistency proofs, and a full verifier.

>>> from veil.audit import open_audit_log, Event        # doctest: +SKIP
>>> log = open_audit_log()
>>> log.record(Event("alice", "detokenize", "vault/ssn", "fraud-investigation"))
>>> log.verify().ok
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from veil.audit.checkpoint import Checkpoint, parse_note, parse_vkey, vkey
from veil.audit.log import AuditLog, Event, InclusionProof, Record, VerifyReport, encode_entry
from veil.audit.merkle import ProofError, verify_consistency, verify_inclusion

if TYPE_CHECKING:
    from veil.config import Settings
    from veil.keys import Keyring
    from veil.store import Store

__all__ = [
    "AuditLog",
    "Checkpoint",
    "Event",
    "InclusionProof",
    "ProofError",
    "Record",
    "VerifyReport",
    "encode_entry",
    "open_audit_log",
    "parse_note",
    "parse_vkey",
    "verify_consistency",
    "verify_inclusion",
    "vkey",
]


def open_audit_log(
    settings: Settings | None = None,
    *,
    store: Store | None = None,
    keyring: Keyring | None = None,
) -> AuditLog:
    """The audit log of the configured store, signing with the configured keyring."""
    from veil.config import get_settings
    from veil.keys import open_keyring
    from veil.store import open_store

    s = settings or get_settings()
    return AuditLog(
        store or open_store(s),
        keyring or open_keyring(s),
        checkpoint_every=s.audit_checkpoint_every,
        checkpoint_seconds=s.audit_checkpoint_seconds,
        origin=s.audit_origin,
    )
