"""Both databases for the store, vault and audit tests (imported by conftest).

``database_url`` is parametrized over SQLite (a file in the test's temp dir) and PostgreSQL
(127.0.0.1:5432, trust auth, database ``test``; override with ``VEIL_TEST_POSTGRES_URL``).
Each PostgreSQL test gets its own schema, dropped afterwards. PostgreSQL is mandatory: if
it is not reachable the tests fail, they are not skipped.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

from veil.config import Settings
from veil.keys import KdfParams, Keyring, init_keyring

POSTGRES = os.environ.get("VEIL_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
CHEAP_KDF = KdfParams.fresh(memory_kib=1024, iterations=1, lanes=1)


def _pg_admin() -> psycopg.Connection[tuple[object, ...]]:
    try:
        return psycopg.connect(POSTGRES, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as e:
        pytest.fail(f"PostgreSQL is required for these tests and is not reachable: {e}")


@dataclass
class PgSchema:
    name: str
    url: str

    def admin(self) -> psycopg.Connection[tuple[object, ...]]:
        """A superuser connection with this schema on its search path."""
        conn = _pg_admin()
        conn.execute(f"SET search_path TO {self.name}")
        return conn


def pg_schema() -> PgSchema:
    name = "veil_t_" + secrets.token_hex(6)
    with _pg_admin() as conn:
        conn.execute(f"CREATE SCHEMA {name}")
    base = POSTGRES.replace("postgresql://", "postgresql+psycopg://", 1)
    sep = "&" if "?" in base else "?"
    return PgSchema(name, f"{base}{sep}options=-csearch_path%3D{name}")


def drop_pg_schema(schema: PgSchema) -> None:
    with _pg_admin() as conn:
        conn.execute(f"DROP SCHEMA IF EXISTS {schema.name} CASCADE")


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'veil.db'}"
        return
    schema = pg_schema()
    try:
        yield schema.url
    finally:
        drop_pg_schema(schema)


@dataclass
class VaultEnv:
    """A VEIL_HOME with a keyring (cheap KDF) and a database, as a new user would have."""

    settings: Settings
    keyring: Keyring
    url: str

    @property
    def dialect(self) -> str:
        return "postgresql" if self.url.startswith("postgresql") else "sqlite"

    def superuser_sql(self, sql: str) -> None:
        """Run SQL as the database owner with triggers bypassed (what a rogue DBA can do)."""
        if self.dialect == "postgresql":
            schema = self.url.rsplit("%3D", 1)[1]
            with _pg_admin() as conn:
                conn.execute(f"SET search_path TO {schema}")
                conn.execute("SET session_replication_role = replica")
                conn.execute(sql)  # type: ignore[arg-type]
        else:
            import sqlite3

            path = self.url.removeprefix("sqlite:///")
            conn = sqlite3.connect(path)
            try:
                triggers = conn.execute(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
                ).fetchall()
                for name, _ in triggers:
                    conn.execute(f"DROP TRIGGER {name}")
                conn.executescript(sql)
                for _, ddl in triggers:
                    conn.execute(ddl)
                conn.commit()
            finally:
                conn.close()


@pytest.fixture
def vault_env(database_url: str, tmp_path: Path) -> Iterator[VaultEnv]:
    settings = Settings(
        home=tmp_path / "home", passphrase="correct horse", database_url=database_url
    )
    ring = init_keyring(settings, kdf=CHEAP_KDF)
    try:
        yield VaultEnv(settings, ring, database_url)
    finally:
        ring.close()
