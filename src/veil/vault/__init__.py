"""Token vault: replace sensitive values with tokens that are useless outside the vault.

>>> from veil.vault import open_vault                               # doctest: +SKIP
>>> vault = open_vault()
>>> vault.create_namespace("ssn", "deterministic", principal="me", purpose="setup")
>>> [tok] = vault.tokenize("ssn", ["123-45-6789"], principal="etl", purpose="training")
>>> vault.detokenize([tok], view="masked", principal="alice", purpose="support")
['***-**-6789']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from veil.vault.formats import TokenFormat, View, last4, mask
from veil.vault.vault import (
    MAX_BATCH,
    AccessRequest,
    Authorizer,
    ErasureReport,
    Namespace,
    Vault,
    allow_all,
)

if TYPE_CHECKING:
    from veil.config import Settings
    from veil.keys import Keyring

__all__ = [
    "MAX_BATCH",
    "AccessRequest",
    "Authorizer",
    "ErasureReport",
    "Namespace",
    "TokenFormat",
    "Vault",
    "View",
    "allow_all",
    "last4",
    "mask",
    "open_vault",
]


def open_vault(
    settings: Settings | None = None,
    *,
    keyring: Keyring | None = None,
    authorizer: Authorizer = allow_all,
) -> Vault:
    """The vault of the configured store (``VEIL_DATABASE_URL``, default SQLite under
    ``VEIL_HOME``) with the configured keyring."""
    from veil.audit import open_audit_log
    from veil.config import get_settings
    from veil.keys import open_keyring
    from veil.store import open_store

    s = settings or get_settings()
    ring = keyring or open_keyring(s)
    store = open_store(s)
    return Vault(store, ring, open_audit_log(s, store=store, keyring=ring), authorizer=authorizer)
