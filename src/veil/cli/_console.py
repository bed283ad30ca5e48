"""Shared consoles, CLI state and the progress bar."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from rich.console import Console
from rich.progress import (
    BarColumn,
    DownloadColumn,
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
def progress_bar(description: str, total: int | None) -> Iterator[Callable[[int], None]]:
    """A byte-progress bar on stderr; yields a callback taking bytes done so far.

    Nothing is drawn when stderr is not a terminal, so pipes and CI logs stay clean.
    """
    if not err_console.is_terminal:
        yield lambda done: None
        return
    bar = Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        DownloadColumn(),
        TransferSpeedColumn(),
        TimeRemainingColumn(),
        console=err_console,
        transient=True,
    )
    task = bar.add_task(description, total=total)
    with bar:
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
    """An items-done bar on stderr (values, events); the callback takes increments.
    Nothing is drawn when stderr is not a terminal."""
    if not err_console.is_terminal:
        yield lambda n: None
        return
    from rich.progress import MofNCompleteColumn

    bar = Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=err_console,
        transient=True,
    )
    task = bar.add_task(description, total=total)
    with bar:
        yield lambda n: bar.advance(task, n)
