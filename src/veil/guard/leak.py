"""The leak index: does a model's answer repeat protected data verbatim?

Built from protected datasets (the rows a model was trained or fine-tuned on), it stores
keyed fingerprints only, never the data:

* ``v<k>``: HMAC of each sensitive cell value of ``k`` words (normalized: lowercase,
  punctuation trimmed), for values of at least :data:`MIN_VALUE_CHARS` characters;
* ``s``: HMAC of each run of :data:`SHINGLE` consecutive words of a whole record.

Scanning an answer hashes its word windows of the same lengths. A matched value is a leak
of that value; :data:`MIN_SHINGLES` matched shingles of one record are a regurgitated
record. The key is the keyring's ``guard.leak`` HMAC keyset: without it the fingerprints
say nothing, and a dictionary attack needs the key. (Bloom filters would make the index
smaller but give false positives; the exact keyed set keeps precision at 1 for the sizes
a gateway holds, a few million fingerprints in memory.)
"""

from __future__ import annotations

import re
import threading
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, select

from veil.keys import Keyring, Keyset, Template
from veil.store import Store
from veil.store.schema import guard_fingerprints

__all__ = ["MIN_SHINGLES", "SHINGLE", "Leak", "LeakIndex"]

KEYSET = "guard.leak"
SHINGLE = 4
"""Words per record shingle."""
MIN_SHINGLES = 2
"""Matched shingles of one record that make a regurgitated record."""
MIN_VALUE_CHARS = 6
MAX_VALUE_WORDS = 8
_WORD = re.compile(r"[\w][\w@.+'’/-]*")
_TRIM = ".,;:!?'’\"()[]{}"


@dataclass(frozen=True)
class Leak:
    """Protected data found in a text: a ``value`` or a ``record`` of ``source``."""

    kind: str
    source: str
    record: int
    start: int
    end: int


def _words(text: str) -> list[tuple[str, int, int]]:
    out = []
    for m in _WORD.finditer(text):
        w = m.group(0).strip(_TRIM).lower()
        if w:
            s = m.start() + (len(m.group(0)) - len(m.group(0).lstrip(_TRIM)))
            out.append((w, s, s + len(m.group(0).strip(_TRIM))))
    return out


class LeakIndex:
    """Fingerprints in the store, loaded into memory for scanning (thread-safe)."""

    def __init__(self, store: Store, keyring: Keyring) -> None:
        self.store = store
        self._key: Keyset = keyring.ensure(KEYSET, Template.HMAC_SHA256)
        self._lock = threading.Lock()
        self._values: dict[bytes, tuple[str, int]] = {}
        self._lengths: set[int] = set()
        self._shingles: dict[bytes, list[tuple[str, int]]] = {}

    def _fp(self, items: Iterable[str]) -> list[bytes]:
        return [h[:16] for h in self._key.prf_many(b"veil-leak|" + s.encode() for s in items)]

    def __len__(self) -> int:
        return len(self._values) + len(self._shingles)

    def add(self, source: str, records: Iterable[Sequence[str]]) -> int:
        """Index ``records`` (each a row of cell values) of dataset ``source``, replacing
        what was indexed under that name before; returns the number of fingerprints stored.
        Stored and loaded at once."""
        if not source or len(source) > 128:
            raise ValueError("source must be 1-128 characters")
        rows: dict[tuple[bytes, int], dict[str, object]] = {}
        for n, record in enumerate(records):
            cells = [str(c) for c in record if c is not None and str(c).strip()]
            values = []
            for cell in cells:
                words = [w for w, _, _ in _words(cell)]
                if 0 < len(words) <= MAX_VALUE_WORDS and len(cell.strip()) >= MIN_VALUE_CHARS:
                    values.append((len(words), " ".join(words)))
            words = [w for c in cells for w, _, _ in _words(c)]
            shingles = [" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)]
            for (k, _), fp in zip(values, self._fp(v for _, v in values), strict=True):
                rows[(fp, n)] = {"fingerprint": fp, "source": source, "kind": f"v{k}", "record": n}
            for fp in self._fp(shingles):
                rows.setdefault(
                    (fp, n), {"fingerprint": fp, "source": source, "kind": "s", "record": n}
                )
        with self.store.begin() as conn:  # a source indexed again is replaced, not doubled
            conn.execute(delete(guard_fingerprints).where(guard_fingerprints.c.source == source))
            if rows:
                conn.execute(guard_fingerprints.insert(), list(rows.values()))
        self.load()
        return len(rows)

    def load(self) -> None:
        """(Re)read every fingerprint from the store."""
        values: dict[bytes, tuple[str, int]] = {}
        lengths: set[int] = set()
        shingles: dict[bytes, list[tuple[str, int]]] = defaultdict(list)
        with self.store.read() as conn:
            for fp, source, kind, record in conn.execute(
                select(
                    guard_fingerprints.c.fingerprint,
                    guard_fingerprints.c.source,
                    guard_fingerprints.c.kind,
                    guard_fingerprints.c.record,
                )
            ):
                if kind == "s":
                    shingles[bytes(fp)].append((str(source), int(record)))
                else:
                    values[bytes(fp)] = (str(source), int(record))
                    lengths.add(int(kind[1:]))
        with self._lock:
            self._values, self._lengths, self._shingles = values, lengths, dict(shingles)

    def scan(self, text: str) -> list[Leak]:
        """Protected values and regurgitated records in ``text``."""
        with self._lock:
            values, lengths, shingles = self._values, self._lengths, self._shingles
        if not values and not shingles:
            return []
        words = _words(text)
        found: list[Leak] = []
        for k in sorted(lengths):
            windows = [words[i : i + k] for i in range(len(words) - k + 1)]
            for win, fp in zip(windows, self._fp(" ".join(w for w, _, _ in x) for x in windows),
                               strict=True):  # fmt: skip
                hit = values.get(fp)
                if hit is not None:
                    found.append(Leak("value", hit[0], hit[1], win[0][1], win[-1][2]))
        if shingles and len(words) >= SHINGLE:
            windows = [words[i : i + SHINGLE] for i in range(len(words) - SHINGLE + 1)]
            per_record: dict[tuple[str, int], list[tuple[int, int]]] = defaultdict(list)
            fps = self._fp(" ".join(w for w, _, _ in x) for x in windows)
            for win, fp in zip(windows, fps, strict=True):
                for rec in shingles.get(fp, ()):
                    per_record[rec].append((win[0][1], win[-1][2]))
            for (source, record), spans in per_record.items():
                if len(spans) >= MIN_SHINGLES:
                    start = min(s for s, _ in spans)
                    end = max(e for _, e in spans)
                    found.append(Leak("record", source, record, start, end))
        return found
