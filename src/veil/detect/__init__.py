"""Find PII, PHI and secrets in text and tables.

>>> from veil.detect import Detector
>>> Detector(ner=False).find("SSN 123-45-6789")[0].entity_type.value
'US_SSN'

The engine (Hyperscan, gazetteers, spaCy) loads on first use of a name below, so that
importing ``veil.detect`` (e.g. for the CLI's ``--help``) stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._defaults import DEFAULT_THRESHOLD

if TYPE_CHECKING:
    from ._detector import Detector, resolve_overlaps
    from ._pipeline import DetectStats, detect_jsonl
    from ._registry import RecognizerSpec, load_registry
    from ._scanner import hyperscan_available
    from ._tables import FileReport, scan_path

__all__ = [
    "DEFAULT_THRESHOLD",
    "DetectStats",
    "Detector",
    "FileReport",
    "RecognizerSpec",
    "detect_jsonl",
    "hyperscan_available",
    "load_registry",
    "resolve_overlaps",
    "scan_path",
]

_LAZY = {
    "Detector": "._detector",
    "resolve_overlaps": "._detector",
    "DetectStats": "._pipeline",
    "detect_jsonl": "._pipeline",
    "RecognizerSpec": "._registry",
    "load_registry": "._registry",
    "hyperscan_available": "._scanner",
    "FileReport": "._tables",
    "scan_path": "._tables",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'veil.detect' has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value
