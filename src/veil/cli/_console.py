"""Shared consoles, CLI state and the progress bar."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    DownloadColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeRemainingColumn,
    TransferSpeedColumn,
)

console = Console()
err_console = Console(stderr=True)


@dataclass
class _State:
    debug: bool = False


state = _State()


@contextlib.contextmanager
def _bar(description: str, total: int | None, *counter: Any) -> Iterator[Progress | None]:
    """A transient bar on stderr with ``counter`` columns; ``None`` when stderr is not a
    terminal, so pipes and CI logs stay clean."""
    if not err_console.is_terminal:
        yield None
        return
    bar = Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        *counter,
        TimeRemainingColumn(),
        console=err_console,
        transient=True,
    )
    bar.add_task(description, total=total)
    with bar:
        yield bar


@contextlib.contextmanager
def progress_bar(description: str, total: int | None) -> Iterator[Callable[[int], None]]:
    """A byte-progress bar; yields a callback taking bytes done so far."""
    with _bar(description, total, DownloadColumn(), TransferSpeedColumn()) as bar:
        if bar is None:
            yield lambda done: None
        else:
            task = bar.task_ids[0]
            yield lambda done: bar.update(task, completed=done)


@contextlib.contextmanager
def progress_steps(description: str, total: int | None) -> Iterator[Callable[[int], None]]:
    """Like :func:`progress_bar`, but the callback takes increments (bytes or items done
    since the last call), as the keys library reports them."""
    with progress_bar(description, total) as update:
        done = 0

        def step(n: int) -> None:
            nonlocal done
            done += n
            update(done)

        yield step


@contextlib.contextmanager
def progress_items(description: str, total: int | None) -> Iterator[Callable[[int], None]]:
    """An items-done bar (values, events); the callback takes increments."""
    with _bar(description, total, MofNCompleteColumn()) as bar:
        if bar is None:
            yield lambda n: None
        else:
            task = bar.task_ids[0]
            yield lambda n: bar.advance(task, n)
