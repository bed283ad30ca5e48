"""Both cores for large batches: the whole detection pipeline runs per chunk in workers.

Each worker holds a copy of the parent's Detector (compiled Hyperscan database, registry,
loaded spaCy pipeline) and runs patterns, tables, gazetteer and NER on its chunk in-process;
the parent only splits the batch and joins the findings in order.

Workers are forked: they inherit the loaded model and compiled patterns (instant start,
shared pages) and, unlike spawn/forkserver, do not re-import the caller's ``__main__``.
Where fork is unavailable, workers are spawned and rebuild the Detector from its arguments.
"""

from __future__ import annotations

import atexit
import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from veil.types import Finding

__all__ = ["DetectorPool"]

Local = Callable[[Sequence[str]], list[list[Finding]]]

_worker_find: Local | None = None


def _init(detector: Any, factory: Callable[[], Any] | None) -> None:
    global _worker_find
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    from ._ner import single_thread_blas

    single_thread_blas()  # the pool's processes already use every core
    det = detector if detector is not None else factory() if factory is not None else None
    assert det is not None
    _worker_find = det._find_local


def _run(texts: list[str]) -> list[list[Finding]]:
    assert _worker_find is not None
    return _worker_find(texts)


class DetectorPool:
    MIN_DOCS = 64  # below this, one process is faster than the round trip
    MIN_CHUNK = 32

    def __init__(self, detector: Any, processes: int, factory: Callable[[], Any]) -> None:
        self.processes = processes
        self._detector = detector
        self._factory = factory
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    def _get(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                fork = "fork" in multiprocessing.get_all_start_methods()
                ctx = multiprocessing.get_context("fork" if fork else "spawn")
                self._pool = ProcessPoolExecutor(
                    max_workers=self.processes,
                    mp_context=ctx,
                    initializer=_init,
                    initargs=(self._detector, None) if fork else (None, self._factory),
                )
                atexit.register(self.close)
            return self._pool

    def wanted(self, n_docs: int) -> bool:
        return self.processes > 1 and n_docs >= self.MIN_DOCS

    def start(self) -> None:
        """Start the workers now (they fork from the current state of the detector)."""
        futs = [self._get().submit(_run, ["warm up"]) for _ in range(self.processes)]
        for f in futs:
            f.result()

    def run(self, texts: Sequence[str]) -> list[list[Finding]]:
        pool = self._get()
        per = max(self.MIN_CHUNK, -(-len(texts) // (self.processes * 4)))
        futs = [pool.submit(_run, list(texts[i : i + per])) for i in range(0, len(texts), per)]
        out: list[list[Finding]] = []
        for f in futs:
            out.extend(f.result())
        return out

    def close(self) -> None:
        with self._lock:
            if self._pool is not None:
                self._pool.shutdown(wait=True, cancel_futures=True)
                self._pool = None
