"""Find PII, PHI and secrets in text and tables.

>>> from veil.detect import Detector
>>> Detector(ner=False).find("SSN 123-45-6789")[0].entity_type.value
'US_SSN'
"""

from ._detector import DEFAULT_THRESHOLD, Detector, resolve_overlaps
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
