"""Restoring placeholders in, and scanning, a streamed answer.

A model streams ``"Hello <PER"`` then ``"SON_1>, your..."``. :class:`StreamRestorer` passes
text on as soon as it cannot be part of a placeholder: it holds back only a trailing
``<...`` that could still grow into one (at most :data:`MAX_PLACEHOLDER` characters), so
the time to the first token stays the upstream's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from veil.guard.placeholders import MAX_PLACEHOLDER, PLACEHOLDER

__all__ = ["StreamChecker", "StreamRestorer", "partial_tail"]

_PREFIX = re.compile(r"<(?:[A-Z](?:[A-Z_]{0,30}(?:_\d{0,6})?)?)?$")


def partial_tail(text: str) -> int:
    """Where a trailing piece that could still become a placeholder starts (len(text) if
    none): ``"Hi <PERSON_"`` -> 3."""
    i = text.rfind("<", max(0, len(text) - MAX_PLACEHOLDER))
    if i >= 0 and _PREFIX.match(text, i):
        return i
    return len(text)


class StreamRestorer:
    """Feed it chunks; it returns what may be sent now, placeholders restored by
    ``restore`` (a function of a complete text piece)."""

    def __init__(self, restore: Callable[[str], str]) -> None:
        self._restore = restore
        self._held = ""

    def feed(self, chunk: str) -> str:
        text = self._held + chunk
        cut = partial_tail(text)
        self._held = text[cut:]
        ready = text[:cut]
        return self._restore(ready) if PLACEHOLDER.search(ready) else ready

    def flush(self) -> str:
        """What is left at the end of the stream."""
        text, self._held = self._held, ""
        return self._restore(text) if PLACEHOLDER.search(text) else text


class StreamChecker:
    """Output scanning of a stream: text is held until a clause ends (a newline, or a
    sentence mark and a space) or 160 characters pile up, then checked as a whole piece,
    so a name is never half sent before it is recognized. ``alert`` mode holds nothing."""

    def __init__(self, check: Callable[[str], str], hold: bool) -> None:
        self._check = check
        self._hold = hold
        self._buf = ""

    def feed(self, chunk: str) -> str:
        if not self._hold:
            return self._check(chunk) if chunk else chunk
        self._buf += chunk
        cut = max(
            self._buf.rfind("\n"),
            *(self._buf.rfind(p) for p in (". ", "! ", "? ", ": ", "; ")),
        )
        if cut < 0 and len(self._buf) < 160:
            return ""
        if cut < 0:
            cut = self._buf.rfind(" ")
        if cut < 0:
            return ""
        ready, self._buf = self._buf[: cut + 1], self._buf[cut + 1 :]
        return self._check(ready)

    def flush(self) -> str:
        text, self._buf = self._buf, ""
        return self._check(text) if text else text
