"""Atomic file writes, shared by every package that writes output or state.

Write to a temporary file beside the target, fsync it, and rename it over the target only
when the body finished; on any failure the temporary file is removed and the target is
untouched (DESIGN.md: bad input changes nothing).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

__all__ = ["atomic_open", "atomic_path"]


@contextlib.contextmanager
def atomic_path(target: Path, *, mode: int | None = None) -> Iterator[Path]:
    """A temporary path beside ``target`` for a writer that opens files itself (pyarrow);
    fsynced and renamed over ``target`` if the body succeeds. ``mode``: chmod before rename."""
    directory = target.parent if str(target.parent) else Path(".")
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=directory)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


@contextlib.contextmanager
def atomic_open(target: Path, mode: str = "wb", **kwargs: Any) -> Iterator[IO[Any]]:
    """``open(target, mode)`` that appears at ``target`` only complete (see module doc)."""
    with atomic_path(target) as tmp, open(tmp, mode, **kwargs) as f:
        yield f
        f.flush()
