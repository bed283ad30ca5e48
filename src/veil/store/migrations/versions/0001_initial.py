"""Initial schema: vault namespaces, tokens, subjects, requests; audit log with append-only
triggers.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import secrets

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

APPEND_ONLY = ("audit_events", "audit_nodes", "audit_checkpoints")

PG_FUNCTION = """
CREATE FUNCTION veil_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'veil audit log is append-only: % on % refused', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END $$
"""

PG_HEAD_FUNCTION = """
CREATE FUNCTION veil_audit_head_forward() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR NEW.size < OLD.size OR NEW.checkpoint_size < OLD.checkpoint_size THEN
    RAISE EXCEPTION 'veil audit log head only moves forward: % refused', TG_OP
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$
"""


def upgrade() -> None:
    op.create_table(
        "veil_meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.create_table(
        "vault_namespaces",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(64), nullable=False, unique=True),
        sa.Column("format", sa.String(32), nullable=False),
        sa.Column("ttl_seconds", sa.BigInteger, nullable=True),
        sa.Column("alphabet", sa.String(16), nullable=True),
        sa.Column("keep_last", sa.Integer, nullable=False),
        sa.Column("max_length", sa.Integer, nullable=False),
        sa.Column("created_at", sa.BigInteger, nullable=False),
    )
    op.create_table(
        "vault_tokens",
        sa.Column("namespace_id", sa.Integer, sa.ForeignKey("vault_namespaces.id"), nullable=False),
        sa.Column("token", sa.String(512), nullable=False),
        sa.Column("blind_index", sa.LargeBinary(32), nullable=True),
        sa.Column("subject_ref", sa.LargeBinary(32), nullable=True),
        sa.Column("value", sa.LargeBinary, nullable=True),
        sa.Column("created_at", sa.BigInteger, nullable=False),
        sa.Column("expires_at", sa.BigInteger, nullable=True),
        sa.PrimaryKeyConstraint("namespace_id", "token", name="pk_vault_tokens"),
        sa.UniqueConstraint("namespace_id", "blind_index", name="uq_vault_tokens_blind_index"),
    )
    op.create_index("ix_vault_tokens_token", "vault_tokens", ["token"])
    op.create_index("ix_vault_tokens_subject", "vault_tokens", ["subject_ref"])
    op.create_table(
        "vault_subjects",
        sa.Column("ref", sa.LargeBinary(32), primary_key=True),
        sa.Column("wrapped_key", sa.LargeBinary, nullable=False),
        sa.Column("created_at", sa.BigInteger, nullable=False),
    )
    op.create_table(
        "vault_requests",
        sa.Column("key", sa.String(128), primary_key=True),
        sa.Column("digest", sa.LargeBinary(32), nullable=False),
        sa.Column("result", sa.Text, nullable=False),
        sa.Column("created_at", sa.BigInteger, nullable=False),
    )
    op.create_table(
        "audit_events",
        sa.Column("seq", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("time", sa.String(32), nullable=False),
        sa.Column("principal", sa.String(256), nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("resource", sa.String(256), nullable=False),
        sa.Column("purpose", sa.String(256), nullable=False),
        sa.Column("outcome", sa.String(32), nullable=False),
        sa.Column("details", sa.Text, nullable=False),
    )
    op.create_table(
        "audit_nodes",
        sa.Column("level", sa.Integer, nullable=False),
        sa.Column("idx", sa.BigInteger, nullable=False),
        sa.Column("hash", sa.LargeBinary(32), nullable=False),
        sa.PrimaryKeyConstraint("level", "idx", name="pk_audit_nodes"),
    )
    op.create_table(
        "audit_checkpoints",
        sa.Column("size", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("root", sa.LargeBinary(32), nullable=False),
        sa.Column("time", sa.String(32), nullable=False),
        sa.Column("key_version", sa.Integer, nullable=False),
        sa.Column("note", sa.Text, nullable=False),
    )
    head = op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("checkpoint_size", sa.BigInteger, nullable=False),
        sa.Column("checkpoint_time", sa.BigInteger, nullable=False),
    )
    op.bulk_insert(head, [{"id": 1, "size": 0, "checkpoint_size": 0, "checkpoint_time": 0}])
    meta = sa.table("veil_meta", sa.column("key", sa.String), sa.column("value", sa.Text))
    op.bulk_insert(
        meta,
        [
            {"key": "store_id", "value": secrets.token_hex(8)},
            {"key": "subject_epoch", "value": "0"},
        ],
    )

    if op.get_bind().dialect.name == "postgresql":
        op.execute(PG_FUNCTION)
        op.execute(PG_HEAD_FUNCTION)
        for table in APPEND_ONLY:
            op.execute(
                f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION veil_audit_append_only()"
            )
            op.execute(
                f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
                "FOR EACH STATEMENT EXECUTE FUNCTION veil_audit_append_only()"
            )
        op.execute(
            "CREATE TRIGGER audit_head_forward BEFORE UPDATE OR DELETE ON audit_head "
            "FOR EACH ROW EXECUTE FUNCTION veil_audit_head_forward()"
        )
        op.execute(
            "CREATE TRIGGER audit_head_no_truncate BEFORE TRUNCATE ON audit_head "
            "FOR EACH STATEMENT EXECUTE FUNCTION veil_audit_append_only()"
        )
    else:
        for table in APPEND_ONLY:
            for event in ("UPDATE", "DELETE"):
                op.execute(
                    f"CREATE TRIGGER {table}_no_{event.lower()} BEFORE {event} ON {table} "
                    f"BEGIN SELECT RAISE(ABORT, 'veil audit log is append-only: {event} on "
                    f"{table} refused'); END"
                )
        op.execute(
            "CREATE TRIGGER audit_head_forward BEFORE UPDATE ON audit_head "
            "WHEN NEW.size < OLD.size OR NEW.checkpoint_size < OLD.checkpoint_size "
            "BEGIN SELECT RAISE(ABORT, 'veil audit log head only moves forward'); END"
        )
        op.execute(
            "CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head "
            "BEGIN SELECT RAISE(ABORT, 'veil audit log head only moves forward'); END"
        )


def downgrade() -> None:
    """Back to an empty database: every veil table, trigger and function is dropped. This
    deletes the vault and the audit log; Alembic runs it only when an operator asks for it
    (``alembic downgrade base``), never veil itself."""
    if op.get_bind().dialect.name == "postgresql":
        for table in (*APPEND_ONLY, "audit_head"):
            op.execute(f"DROP TABLE IF EXISTS {table} CASCADE")
        op.execute("DROP FUNCTION IF EXISTS veil_audit_append_only()")
        op.execute("DROP FUNCTION IF EXISTS veil_audit_head_forward()")
    else:  # SQLite drops a table's triggers with it
        for table in (*APPEND_ONLY, "audit_head"):
            op.drop_table(table)
    for table in ("vault_requests", "vault_subjects", "vault_tokens", "vault_namespaces"):
        op.drop_table(table)
    op.drop_table("veil_meta")
