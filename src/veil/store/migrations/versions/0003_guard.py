"""LLM gateway: conversation placeholders (vault tokens only) and the leak index's keyed
fingerprints.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "guard_placeholders",
        sa.Column("tenant", sa.String(64), nullable=False),
        sa.Column("conversation", sa.String(64), nullable=False),
        sa.Column("placeholder", sa.String(48), nullable=False),
        sa.Column("token", sa.String(512), nullable=False),
        sa.Column("created_at", sa.BigInteger, nullable=False),
        sa.Column("expires_at", sa.BigInteger, nullable=False, index=True),
        sa.PrimaryKeyConstraint(
            "tenant", "conversation", "placeholder", name="pk_guard_placeholders"
        ),
        sa.UniqueConstraint("tenant", "conversation", "token", name="uq_guard_placeholders_token"),
    )
    op.create_table(
        "guard_fingerprints",
        sa.Column("fingerprint", sa.LargeBinary(16), nullable=False),
        sa.Column("source", sa.String(128), nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("record", sa.BigInteger, nullable=False),
        sa.PrimaryKeyConstraint("fingerprint", "source", "record", name="pk_guard_fingerprints"),
    )


def downgrade() -> None:
    op.drop_table("guard_fingerprints")
    op.drop_table("guard_placeholders")
