"""SQLite write transactions take turns on a lock (threads) and a lock file (processes)
instead of SQLite's sleeping busy handler."""

from __future__ import annotations

import fcntl
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from veil.errors import StoreError
from veil.store import Store


def _store(path: Path, timeout: float = 30.0) -> Store:
    return Store(f"sqlite:///{path}", timeout=timeout)


def _counter(store: Store) -> None:
    with store.begin() as conn:
        conn.execute(text("CREATE TABLE IF NOT EXISTS counter (n INTEGER NOT NULL)"))
        if conn.execute(text("SELECT COUNT(*) FROM counter")).scalar() == 0:
            conn.execute(text("INSERT INTO counter VALUES (0)"))


def _bump(store: Store) -> None:
    with store.begin() as conn:  # read-modify-write: lost updates if turns were not taken
        n = conn.execute(text("SELECT n FROM counter")).scalar_one()
        conn.execute(text("UPDATE counter SET n = :n"), {"n": n + 1})


def test_a_writer_holding_the_lock_file_makes_others_wait_then_fail_clearly(
    tmp_path: Path,
) -> None:
    db = tmp_path / "veil.db"
    store = _store(db, timeout=0.5)
    try:
        _counter(store)
        with open(db.with_suffix(".write.lock"), "a+b") as held:  # another process's turn
            fcntl.flock(held, fcntl.LOCK_EX)
            t0 = time.monotonic()
            with pytest.raises(StoreError, match=r"database busy .* another writer held it"):
                _bump(store)
            assert 0.45 < time.monotonic() - t0 < 5
        _bump(store)  # the turn is free again
        with store.read() as conn:
            assert conn.execute(text("SELECT n FROM counter")).scalar_one() == 1
    finally:
        store.close()


def test_threads_and_processes_writing_at_once_lose_no_update(tmp_path: Path) -> None:
    db = tmp_path / "veil.db"
    store = _store(db)
    try:
        _counter(store)
        script = (
            "import sys; from pathlib import Path\n"
            "from tests.store.test_write_turns import _bump, _store\n"
            "s = _store(Path(sys.argv[1]))\n"
            "[_bump(s) for _ in range(100)]\n"
            "s.close()\n"
        )
        root = Path(__file__).resolve().parents[2]
        others = [
            subprocess.Popen([sys.executable, "-c", script, str(db)], cwd=root) for _ in range(2)
        ]
        threads = [
            threading.Thread(target=lambda: [_bump(store) for _ in range(100)]) for _ in range(3)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        for p in others:
            assert p.wait(120) == 0
        with store.read() as conn:
            assert conn.execute(text("SELECT n FROM counter")).scalar_one() == 500
    finally:
        store.close()


def test_a_waiting_writer_gets_the_turn_as_soon_as_it_is_free(tmp_path: Path) -> None:
    db = tmp_path / "veil.db"
    store = _store(db, timeout=30)
    try:
        _counter(store)
        done: list[float] = []
        with open(db.with_suffix(".write.lock"), "a+b") as held:
            fcntl.flock(held, fcntl.LOCK_EX)
            writer = threading.Thread(target=lambda: (_bump(store), done.append(time.monotonic())))
            writer.start()
            time.sleep(0.3)
            assert not done  # still waiting for the other writer
            released = time.monotonic()
        writer.join(10)
        assert done and done[0] - released < 0.5
    finally:
        store.close()
