"""veil: a self-hosted privacy vault for AI data.

The small public API; each name loads its package on first use::

    import veil
    veil.Detector().find("Call Maria at (415) 555-0132")
    ring = veil.open_keyring()            # VEIL_HOME, VEIL_PASSPHRASE / VEIL_KEK
    vault = veil.open_vault()             # VEIL_DATABASE_URL (default SQLite under VEIL_HOME)
    result = veil.protect(table, veil.load_policy("policy.yaml"), ctx)
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from veil import errors

if TYPE_CHECKING:
    from veil.anonymize import Policy, load_policy, protect
    from veil.audit import open_audit_log
    from veil.detect import Detector
    from veil.keys import Keyring, Keyset, Template, init_keyring, open_keyring
    from veil.vault import Vault, open_vault

__version__ = "0.1.0"

__all__ = [
    "Detector",
    "Keyring",
    "Keyset",
    "Policy",
    "Template",
    "Vault",
    "__version__",
    "errors",
    "init_keyring",
    "load_policy",
    "open_audit_log",
    "open_keyring",
    "open_vault",
    "protect",
]

_LAZY = {
    "Detector": "veil.detect",
    "Keyring": "veil.keys",
    "Keyset": "veil.keys",
    "Template": "veil.keys",
    "init_keyring": "veil.keys",
    "open_keyring": "veil.keys",
    "Vault": "veil.vault",
    "open_vault": "veil.vault",
    "open_audit_log": "veil.audit",
    "Policy": "veil.anonymize",
    "load_policy": "veil.anonymize",
    "protect": "veil.anonymize",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'veil' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
