"""Identity and access control for the veil service: people and service clients
(:mod:`veil.access.directory`), Cedar policies (:mod:`veil.access.policy`), and per-caller
rate limits (:mod:`veil.access.limits`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from veil.access.directory import (
    MFA_ROLES,
    ROLES,
    AuthenticationFailed,
    Directory,
    Identity,
    StepUpRequired,
    check_password_strength,
)
from veil.access.policy import ACTIONS, Decision, PolicyEngine, RequestContext, resource_of

if TYPE_CHECKING:
    from veil.config import Settings
    from veil.keys import Keyring

__all__ = [
    "ACTIONS",
    "MFA_ROLES",
    "ROLES",
    "AuthenticationFailed",
    "Decision",
    "Directory",
    "Identity",
    "PolicyEngine",
    "RequestContext",
    "StepUpRequired",
    "check_password_strength",
    "open_directory",
    "resource_of",
]


def open_directory(
    settings: Settings | None = None, *, keyring: Keyring | None = None
) -> Directory:
    """The directory of the configured store, with the configured keyring (or ``keyring``)."""
    from veil.audit import open_audit_log
    from veil.config import get_settings
    from veil.keys import open_keyring
    from veil.store import open_store

    s = settings or get_settings()
    ring = keyring or open_keyring(s)
    store = open_store(s)
    return Directory(store, ring, open_audit_log(s, store=store, keyring=ring), s)
