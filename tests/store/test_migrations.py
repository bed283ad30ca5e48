"""The Alembic migrations on both databases: upgrade creates the schema the code queries,
downgrade removes every table, and upgrading again gives a working store."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from sqlalchemy import inspect

from veil.store import HEAD_REVISION, MIGRATIONS, Store
from veil.store.schema import metadata


def _alembic(store: Store, target: str, *, down: bool = False) -> None:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with store.engine.connect() as conn:
        cfg.attributes["connection"] = conn
        (command.downgrade if down else command.upgrade)(cfg, target)
        conn.commit()


def test_upgrade_matches_the_schema_and_downgrade_removes_it(database_url: str) -> None:
    store = Store(database_url)
    assert store.revision() == HEAD_REVISION
    tables = set(inspect(store.engine).get_table_names())
    assert set(metadata.tables) <= tables
    for name, table in metadata.tables.items():
        columns = {c["name"] for c in inspect(store.engine).get_columns(name)}
        assert columns == {c.name for c in table.columns}, name
    _alembic(store, "base", down=True)
    assert set(inspect(store.engine).get_table_names()) <= {"alembic_version"}
    store.engine.dispose()
    again = Store(database_url)  # opening migrates again
    assert again.revision() == HEAD_REVISION
    with again.begin() as conn:
        assert again.meta(conn, "subject_epoch") == "0"
    again.close()
