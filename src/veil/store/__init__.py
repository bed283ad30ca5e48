"""Persistence: SQLAlchemy 2 Core on SQLite (default, WAL, under ``VEIL_HOME``) or PostgreSQL
(psycopg 3, ``VEIL_DATABASE_URL=postgresql+psycopg://...``). One code path for both; the
schema is created and upgraded by Alembic migrations (``veil.store.migrations``) the first
time a store is opened.

>>> from veil.store import open_store        # doctest: +SKIP
>>> store = open_store()
>>> with store.begin() as conn:              # one transaction; rolled back on any error
...     ...

Write transactions on SQLite start with ``BEGIN IMMEDIATE`` (writers queue on the database
lock instead of failing half-way); a busy database waits up to 30 s, then fails with a
:class:`~veil.errors.StoreError`. Every database failure surfaces as that one error type.
"""

from __future__ import annotations

import contextlib
import fcntl
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, Table, create_engine, event, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError

from veil.errors import ConfigError, StoreError, VeilError
from veil.store import schema

if TYPE_CHECKING:
    from veil.config import Settings

__all__ = ["HEAD_REVISION", "MIGRATIONS", "Store", "normalize_url", "open_store", "schema"]

HEAD_REVISION = "0003"
MIGRATIONS = Path(__file__).with_name("migrations")
"""The Alembic script directory (``alembic -x ... downgrade`` for operators)."""


def _pg_engine(url: str, lock_ms: int, timeout: float) -> Engine:
    engine = create_engine(
        url, pool_pre_ping=True, connect_args={"connect_timeout": max(1, int(timeout))}
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        with dbapi_conn.cursor() as cur:
            cur.execute(f"SET lock_timeout = {lock_ms}")
        dbapi_conn.commit()

    return engine


def normalize_url(url: str) -> str:
    """``postgres://`` and ``postgresql://`` mean psycopg 3, the driver veil ships with."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def _describe(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<unparsable URL>"


class Store:
    """An open database: an SQLAlchemy engine plus veil's transaction conventions."""

    def __init__(self, url: str, *, migrate: bool = True, timeout: float = 30.0) -> None:
        self.url = normalize_url(url)
        self.timeout = timeout
        try:
            parsed = make_url(self.url)
        except ArgumentError:
            raise ConfigError(f"VEIL_DATABASE_URL: cannot parse {self.url!r}") from None
        self.dialect = parsed.get_backend_name()
        if self.dialect not in ("sqlite", "postgresql"):
            raise ConfigError(
                f"VEIL_DATABASE_URL: {self.dialect!r} is not supported; use sqlite or postgresql"
            )
        try:
            self.engine: Engine = self._engine(parsed.database)
        except (NoSuchModuleError, ImportError) as e:
            raise ConfigError(f"VEIL_DATABASE_URL: driver not installed ({e})") from None
        self.described = _describe(self.url)
        self._writer = threading.RLock() if self.dialect == "sqlite" else None
        self._depth = 0
        self._lockpath: Path | None = None
        if self.dialect == "sqlite" and parsed.database and parsed.database != ":memory:":
            self._lockpath = Path(parsed.database).with_suffix(".write.lock")
        if migrate:
            self.migrate()

    def _engine(self, database: str | None) -> Engine:
        if self.dialect == "sqlite":
            if database and database != ":memory:":
                Path(database).parent.mkdir(parents=True, exist_ok=True)
            busy_ms = int(self.timeout * 1000)
            engine = create_engine(self.url, connect_args={"timeout": self.timeout})

            @event.listens_for(engine, "connect")
            def _on_connect(dbapi_conn: Any, _record: Any) -> None:
                dbapi_conn.isolation_level = None  # veil issues BEGIN itself
                cur = dbapi_conn.cursor()
                cur.execute("PRAGMA journal_mode=WAL")
                cur.execute("PRAGMA synchronous=FULL")
                cur.execute("PRAGMA foreign_keys=ON")
                cur.execute(f"PRAGMA busy_timeout={busy_ms}")
                cur.close()

            @event.listens_for(engine, "begin")
            def _on_begin(conn: Connection) -> None:
                mode = "DEFERRED" if conn.get_execution_options().get("veil_read") else "IMMEDIATE"
                conn.exec_driver_sql(f"BEGIN {mode}")

            return engine
        # a lock held longer than the timeout fails the statement instead of hanging
        return _pg_engine(self.url, int(self.timeout * 1000), self.timeout)

    # -- transactions ------------------------------------------------------------------------

    @contextlib.contextmanager
    def begin(self) -> Iterator[Connection]:
        """A write transaction: committed when the block ends, rolled back on any error.

        On SQLite, writers take turns on a lock before they begin: the threads of one
        process on a mutex, processes on an advisory lock file next to the database.
        SQLite's own busy handler makes a waiting writer sleep (1, 2, 5, 10... up to 100 ms)
        and poll, which under many concurrent requests (several gateway workers) costs far
        more than the transactions; these locks hand over at once."""
        turn = self._write_turn() if self._writer is not None else contextlib.nullcontext()
        with turn, self._errors(), self.engine.begin() as conn:
            yield conn

    @contextlib.contextmanager
    def _write_turn(self) -> Iterator[None]:
        assert self._writer is not None
        deadline = time.monotonic() + self.timeout
        if not self._writer.acquire(timeout=self.timeout):
            raise StoreError(
                f"database busy on {self.described}: no write turn within {self.timeout:g} s"
            )
        self._depth += 1
        try:
            if self._depth > 1 or self._lockpath is None:
                yield
                return
            # opened per transaction (closing it releases the lock): no descriptor to leak
            with self._file_turn(deadline):
                yield
        finally:
            self._depth -= 1
            self._writer.release()

    @contextlib.contextmanager
    def _file_turn(self, deadline: float) -> Iterator[None]:
        """The lock file, exclusively, by ``deadline``. Waiting is a blocking ``flock`` in a
        helper thread, so the kernel wakes the waiter the moment the lock is free (polling
        could miss every short gap between another process's transactions); a waiter that
        gives up leaves the helper to release the lock if it still gets it."""
        assert self._lockpath is not None
        try:
            lockfile = open(self._lockpath, "a+b")  # noqa: SIM115 - closed below or by the helper
        except OSError as e:
            raise StoreError(f"cannot open the write lock {self._lockpath}: {e.strerror}") from None
        try:
            fcntl.flock(lockfile, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            got = threading.Event()
            state = {"abandoned": False}
            guard = threading.Lock()

            def wait() -> None:
                fcntl.flock(lockfile, fcntl.LOCK_EX)
                with guard:
                    if state["abandoned"]:
                        lockfile.close()  # nobody wants it any more: release at once
                    else:
                        got.set()

            threading.Thread(target=wait, name="veil-write-turn", daemon=True).start()
            if not got.wait(max(0.0, deadline - time.monotonic())):
                with guard:
                    abandoned = state["abandoned"] = not got.is_set()
                if abandoned:  # the helper owns the file now (closing it here could race)
                    raise StoreError(
                        f"database busy on {self.described}: another writer held it for "
                        f"{self.timeout:g} s"
                    ) from None
        except StoreError:
            raise
        except BaseException:
            lockfile.close()
            raise
        try:
            yield
        finally:
            lockfile.close()  # releases the lock

    @contextlib.contextmanager
    def read(self) -> Iterator[Connection]:
        """A read-only snapshot (on SQLite a deferred transaction that takes no write lock)."""
        with self._errors(), self.engine.connect() as conn:
            conn = conn.execution_options(veil_read=True)
            with conn.begin():
                yield conn

    @contextlib.contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except VeilError:
            raise
        except DBAPIError as e:
            if "append-only" in str(e.orig) or "only moves forward" in str(e.orig):
                raise StoreError(
                    f"refused: the audit log is append-only ({str(e.orig).splitlines()[0].strip()})"
                ) from None
            raise StoreError(f"database error on {self.described}: {_first_line(e)}") from None
        except SQLAlchemyError as e:
            raise StoreError(f"database error on {self.described}: {_first_line(e)}") from None

    def insert(self, table: Table) -> Any:
        """A dialect INSERT that supports ``on_conflict_do_nothing``."""
        return (pg_insert if self.dialect == "postgresql" else sqlite_insert)(table)

    # -- schema ------------------------------------------------------------------------------

    def revision(self) -> str | None:
        """The Alembic revision the database is at (``None`` before the first migration)."""
        with self._errors(), self.engine.connect() as conn:
            conn = conn.execution_options(veil_read=True)
            with conn.begin():
                try:
                    with conn.begin_nested():  # a missing table must not abort the snapshot
                        return conn.execute(
                            text("SELECT version_num FROM alembic_version")
                        ).scalar()
                except DBAPIError:
                    return None

    def migrate(self) -> None:
        """Create or upgrade the schema to :data:`HEAD_REVISION` (no-op when current).
        A database that is down or not a database fails here, once, with a StoreError."""
        if self.revision() == HEAD_REVISION:
            return
        from alembic import command  # imported only when a migration has to run
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        with self._migration_lock(), self._errors(), self.engine.connect() as conn:
            if self.dialect == "postgresql":
                conn.execute(text("SELECT pg_advisory_lock(1936024940)"))
                conn.commit()
            try:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                conn.commit()
            finally:
                if self.dialect == "postgresql":
                    conn.execute(text("SELECT pg_advisory_unlock(1936024940)"))
                    conn.commit()

    @contextlib.contextmanager
    def _migration_lock(self) -> Iterator[None]:
        database = make_url(self.url).database
        if self.dialect != "sqlite" or not database or database == ":memory:":
            yield
            return
        with open(Path(database).with_suffix(".migrate.lock"), "a+b") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def meta(self, conn: Connection, key: str) -> str:
        value = conn.execute(select(schema.meta.c.value).where(schema.meta.c.key == key)).scalar()
        if value is None:
            raise StoreError(f"{self.described}: missing veil_meta[{key!r}]; not a veil database?")
        return str(value)

    def close(self) -> None:
        self.engine.dispose()


def _first_line(e: Exception) -> str:
    orig = getattr(e, "orig", None)
    msg = str(orig if orig is not None else e).strip().splitlines()
    return msg[0] if msg else type(e).__name__


def open_store(settings: Settings | None = None) -> Store:
    """The store ``VEIL_DATABASE_URL`` names (default: SQLite under ``VEIL_HOME``)."""
    from veil.config import get_settings

    s = settings or get_settings()
    return Store(s.sqlalchemy_url, timeout=s.database_timeout)
