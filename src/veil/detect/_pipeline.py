"""``veil detect``: JSONL in, JSONL findings out, streaming in batches (constant memory)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from ._detector import Detector
from ._io import DEFAULT_MAX_RECORD, BadRecord, Record, atomic_output, iter_jsonl

__all__ = ["DetectStats", "detect_jsonl"]


@dataclass
class DetectStats:
    records: int = 0
    findings: int = 0
    by_type: dict[str, int] = field(default_factory=dict)
    bad: list[BadRecord] = field(default_factory=list)


def _write(out: IO[str], batch: list[Record], detector: Detector, stats: DetectStats) -> None:
    for rec, found in zip(batch, detector.find_batch([r.text for r in batch]), strict=True):
        ents = [f.to_dict() for f in found]
        for f in found:
            stats.by_type[f.entity_type.value] = stats.by_type.get(f.entity_type.value, 0) + 1
        stats.findings += len(ents)
        out.write(json.dumps({"id": rec.id, "entities": ents}, ensure_ascii=False))
        out.write("\n")
    stats.records += len(batch)
    batch.clear()


def detect_jsonl(
    detector: Detector,
    source: Path | None,
    target: Path | None,
    *,
    skip_bad: bool = False,
    max_record_bytes: int = DEFAULT_MAX_RECORD,
    batch_size: int = 512,
    progress: Callable[[int], None] | None = None,
) -> DetectStats:
    """Detect entities in each ``{"id", "text"}`` line of ``source`` (None = stdin) and write
    ``{"id", "entities": [...]}`` lines to ``target`` (None = stdout), atomically."""
    stats = DetectStats()
    records = iter_jsonl(
        source, skip_bad=skip_bad, max_record_bytes=max_record_bytes, progress=progress
    )
    with atomic_output(target) as out:
        batch: list[Record] = []
        for item in records:
            if isinstance(item, BadRecord):
                stats.bad.append(item)
                continue
            batch.append(item)
            if len(batch) >= batch_size:
                _write(out, batch, detector, stats)
        if batch:
            _write(out, batch, detector, stats)
    return stats
