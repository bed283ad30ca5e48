"""veil: a self-hosted privacy vault for AI data.

The small public API; each name loads its package on first use::

    import veil
    veil.Detector().find("Call Maria at (415) 555-0132")
    ring = veil.open_keyring()            # VEIL_HOME, VEIL_PASSPHRASE / VEIL_KEK
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from veil import errors

if TYPE_CHECKING:
    from veil.detect import Detector
    from veil.keys import Keyring, Keyset, Template, init_keyring, open_keyring

__version__ = "0.1.0"

__all__ = [
    "Detector",
    "Keyring",
    "Keyset",
    "Template",
    "__version__",
    "errors",
    "init_keyring",
    "open_keyring",
]

_LAZY = {
    "Detector": "veil.detect",
    "Keyring": "veil.keys",
    "Keyset": "veil.keys",
    "Template": "veil.keys",
    "init_keyring": "veil.keys",
    "open_keyring": "veil.keys",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'veil' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
