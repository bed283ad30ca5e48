"""Keep recently unwrapped keys in memory so hot paths do not call the HSM/KMS per value.

:class:`UnwrapCache` is itself a :class:`~veil.keys.kms.interface.KekBackend`: ``wrap``,
``describe`` and ``close`` go straight to the backend; ``unwrap`` results are cached by
``(wrapped, context)``. An entry is dropped, and the backend asked again, after ``ttl``
seconds or after it has been returned ``max_uses`` times (the unwrap that fetched it counts
as one), whichever comes first; at most ``max_entries`` entries are kept (least recently used
out first). Failures are never cached: a blob that does not authenticate raises every time.

The cache holds plaintext key material in process memory for up to ``ttl``: it trades HSM
round trips for exposure, which is why both limits exist. ``clear()`` drops it all at once.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType

from veil.errors import ConfigError
from veil.keys.kms.interface import KekBackend

__all__ = ["UnwrapCache"]


@dataclass
class _Entry:
    key: bytes
    expires: float
    uses_left: int


class UnwrapCache:
    """A TTL/usage/size-bounded, thread-safe cache of ``backend.unwrap`` results."""

    def __init__(
        self,
        backend: KekBackend,
        *,
        ttl: float = 300.0,
        max_uses: int = 100_000,
        max_entries: int = 1024,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not ttl > 0:
            raise ConfigError(f"unwrap cache ttl must be > 0 seconds, not {ttl}")
        if max_uses < 1:
            raise ConfigError(f"unwrap cache max_uses must be >= 1, not {max_uses}")
        if max_entries < 1:
            raise ConfigError(f"unwrap cache max_entries must be >= 1, not {max_entries}")
        self.backend = backend
        self.name: str = backend.name
        self.ttl = float(ttl)
        self.max_uses = max_uses
        self.max_entries = max_entries
        self._clock = clock
        self._entries: OrderedDict[tuple[bytes, bytes], _Entry] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        """Unwraps answered from the cache."""
        self.misses = 0
        """Unwraps that called the backend (including failed ones)."""

    def wrap(self, key: bytes, context: bytes) -> bytes:
        return self.backend.wrap(key, context)

    def unwrap(self, wrapped: bytes, context: bytes) -> bytes:
        cache_key = (bytes(wrapped), bytes(context))
        with self._lock:
            entry = self._entries.get(cache_key)
            if entry is not None:
                if entry.uses_left > 0 and self._clock() < entry.expires:
                    entry.uses_left -= 1
                    self._entries.move_to_end(cache_key)
                    self.hits += 1
                    return entry.key
                del self._entries[cache_key]
            self.misses += 1
        # Outside the lock: a slow backend call must not stall hits on other keys. Two
        # threads missing the same key both ask the backend; the later result wins.
        key = self.backend.unwrap(wrapped, context)
        if self.max_uses > 1:
            with self._lock:
                self._entries[cache_key] = _Entry(
                    key=key, expires=self._clock() + self.ttl, uses_left=self.max_uses - 1
                )
                self._entries.move_to_end(cache_key)
                while len(self._entries) > self.max_entries:
                    self._entries.popitem(last=False)
        return key

    def clear(self) -> None:
        """Forget every cached key."""
        with self._lock:
            self._entries.clear()

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)

    def describe(self) -> dict[str, str]:
        return self.backend.describe()

    def close(self) -> None:
        self.clear()
        self.backend.close()

    def __enter__(self) -> UnwrapCache:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return (
            f"UnwrapCache({self.backend!r}, ttl={self.ttl:g}, max_uses={self.max_uses}, "
            f"max_entries={self.max_entries})"
        )
