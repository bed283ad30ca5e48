"""Rate limits: fixed one-minute windows per key (caller and route, or source address).

With ``VEIL_REDIS_URL`` the counters live in Redis (``INCR`` + ``EXPIRE`` in one pipeline),
so several service processes share them; without it they live in the process, which is
right for one embedded service. A Redis that is down fails open with a warning in the log
rather than taking the API down: the limits are a brake, authentication and authorization
are the gate.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

__all__ = ["RateLimiter"]

_log = logging.getLogger("veil.access")


class RateLimiter:
    def __init__(
        self,
        per_minute: int,
        redis_url: str | None = None,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.per_minute = per_minute
        self.clock = clock
        self._lock = threading.Lock()
        self._counts: dict[str, int] = {}
        self._window = -1
        self._redis = None
        if redis_url:
            import redis

            self._redis = redis.Redis.from_url(redis_url, socket_timeout=0.5)

    def hit(self, key: str, limit: int | None = None) -> int:
        """0 when allowed; else the seconds until the window resets (for Retry-After)."""
        cap = self.per_minute if limit is None else limit
        now = self.clock()
        window = int(now // 60)
        retry = 60 - int(now % 60)
        if self._redis is not None:
            try:
                pipe = self._redis.pipeline()
                name = f"veil:rl:{window}:{key}"
                pipe.incr(name)
                pipe.expire(name, 120)
                count = int(pipe.execute()[0])
            except Exception as e:  # redis down: fail open, say so
                _log.warning("rate limiter: Redis unavailable (%s); not limiting", e)
                return 0
            return 0 if count <= cap else retry
        with self._lock:
            if window != self._window:
                self._counts.clear()
                self._window = window
            count = self._counts.get(key, 0) + 1
            self._counts[key] = count
        return 0 if count <= cap else retry
