"""Key lifecycle events (create, rotate, disable, enable, destroy, rewrap, ...).

The audit log subscribes here; until then the hook is a plain in-process publisher.
Events carry names and version numbers only, never key material.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

__all__ = ["KeyEvent", "emit", "subscribe"]


@dataclass(frozen=True)
class KeyEvent:
    action: str
    keyset: str
    version: int | None
    at: datetime
    details: dict[str, str] = field(default_factory=dict)


_lock = threading.Lock()
_subscribers: list[Callable[[KeyEvent], None]] = []


def subscribe(callback: Callable[[KeyEvent], None]) -> Callable[[], None]:
    """Call ``callback`` on every key event; returns a function that unsubscribes."""
    with _lock:
        _subscribers.append(callback)

    def unsubscribe() -> None:
        with _lock:
            if callback in _subscribers:
                _subscribers.remove(callback)

    return unsubscribe


def emit(event: KeyEvent) -> None:
    with _lock:
        targets = list(_subscribers)
    for callback in targets:
        callback(event)
