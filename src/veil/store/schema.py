"""The database schema (SQLAlchemy Core). Alembic migrations in ``migrations/`` create it;
this module is what the code queries. Change both together."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
)

__all__ = [
    "access_activity",
    "access_challenges",
    "access_clients",
    "access_grants",
    "access_revoked",
    "access_users",
    "access_webauthn",
    "audit_checkpoints",
    "audit_events",
    "audit_head",
    "audit_nodes",
    "meta",
    "metadata",
    "vault_namespaces",
    "vault_requests",
    "vault_subjects",
    "vault_tokens",
]

metadata = MetaData()

meta = Table(
    "veil_meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

# -- vault ---------------------------------------------------------------------------------

vault_namespaces = Table(
    "vault_namespaces",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(64), nullable=False, unique=True),
    Column("format", String(32), nullable=False),
    Column("ttl_seconds", BigInteger, nullable=True),
    Column("alphabet", String(16), nullable=True),
    Column("keep_last", Integer, nullable=False, default=0),
    Column("max_length", Integer, nullable=False, default=256),
    Column("created_at", BigInteger, nullable=False),
)

vault_tokens = Table(
    "vault_tokens",
    metadata,
    Column("namespace_id", Integer, ForeignKey("vault_namespaces.id"), nullable=False),
    Column("token", String(512), nullable=False),
    # keyed HMAC of (namespace, subject, value): deterministic formats only; NULL when the
    # token is random, retired (expired) or its subject was erased
    Column("blind_index", LargeBinary(32), nullable=True),
    Column("subject_ref", LargeBinary(32), nullable=True),
    # AES-256-GCM ciphertext, aad binds namespace and token; NULL once erased
    Column("value", LargeBinary, nullable=True),
    Column("created_at", BigInteger, nullable=False),
    Column("expires_at", BigInteger, nullable=True),
    PrimaryKeyConstraint("namespace_id", "token", name="pk_vault_tokens"),
    UniqueConstraint("namespace_id", "blind_index", name="uq_vault_tokens_blind_index"),
    Index("ix_vault_tokens_token", "token"),
    Index("ix_vault_tokens_subject", "subject_ref"),
)

vault_subjects = Table(
    "vault_subjects",
    metadata,
    Column("ref", LargeBinary(32), primary_key=True),
    Column("wrapped_key", LargeBinary, nullable=False),
    Column("created_at", BigInteger, nullable=False),
)

vault_requests = Table(
    "vault_requests",
    metadata,
    Column("key", String(128), primary_key=True),
    Column("digest", LargeBinary(32), nullable=False),
    Column("result", Text, nullable=False),
    Column("created_at", BigInteger, nullable=False),
)

# -- audit -----------------------------------------------------------------------------------

audit_events = Table(
    "audit_events",
    metadata,
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("time", String(32), nullable=False),
    Column("principal", String(256), nullable=False),
    Column("action", String(64), nullable=False),
    Column("resource", String(256), nullable=False),
    Column("purpose", String(256), nullable=False),
    Column("outcome", String(32), nullable=False),
    Column("details", Text, nullable=False),
)

audit_nodes = Table(
    "audit_nodes",
    metadata,
    Column("level", Integer, nullable=False),
    Column("idx", BigInteger, nullable=False),
    Column("hash", LargeBinary(32), nullable=False),
    PrimaryKeyConstraint("level", "idx", name="pk_audit_nodes"),
)

audit_checkpoints = Table(
    "audit_checkpoints",
    metadata,
    Column("size", BigInteger, primary_key=True, autoincrement=False),
    Column("root", LargeBinary(32), nullable=False),
    Column("time", String(32), nullable=False),
    Column("key_version", Integer, nullable=False),
    Column("note", Text, nullable=False),
)

audit_head = Table(
    "audit_head",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("size", BigInteger, nullable=False),
    Column("checkpoint_size", BigInteger, nullable=False),
    Column("checkpoint_time", BigInteger, nullable=False),
)

access_users = Table(
    "access_users",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(64), nullable=False, unique=True),
    Column("password_hash", Text, nullable=False),
    Column("roles", Text, nullable=False),
    Column("totp_secret", LargeBinary, nullable=True),
    Column("totp_last_step", BigInteger, nullable=False, server_default="0"),
    Column("recovery_codes", Text, nullable=False, server_default=""),
    Column("failed_logins", Integer, nullable=False, server_default="0"),
    Column("locked_until", BigInteger, nullable=False, server_default="0"),
    Column("locked", Boolean, nullable=False, server_default=false()),
    Column("tokens_valid_after", BigInteger, nullable=False, server_default="0"),
    Column("created_at", BigInteger, nullable=False),
    Column("last_seen", BigInteger, nullable=True),
)

access_clients = Table(
    "access_clients",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("client_id", String(64), nullable=False, unique=True),
    Column("secret_hash", Text, nullable=False),
    Column("roles", Text, nullable=False),
    Column("revoked", Boolean, nullable=False, server_default=false()),
    Column("tokens_valid_after", BigInteger, nullable=False, server_default="0"),
    Column("created_at", BigInteger, nullable=False),
    Column("last_seen", BigInteger, nullable=True),
)

access_revoked = Table(
    "access_revoked",
    metadata,
    Column("jti", String(64), primary_key=True),
    Column("expires_at", BigInteger, nullable=False),
)

access_grants = Table(
    "access_grants",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("user_name", String(64), nullable=False, index=True),
    Column("role", String(64), nullable=False),
    Column("reason", Text, nullable=False),
    Column("seconds", BigInteger, nullable=False),
    Column("status", String(16), nullable=False),
    Column("requested_at", BigInteger, nullable=False),
    Column("decided_by", String(128), nullable=True),
    Column("decided_at", BigInteger, nullable=True),
    Column("expires_at", BigInteger, nullable=True),
)

access_activity = Table(
    "access_activity",
    metadata,
    Column("principal", String(128), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("value", String(128), nullable=False),
    Column("first_seen", BigInteger, nullable=False),
    Column("last_seen", BigInteger, nullable=False),
    Column("count", BigInteger, nullable=False),
    PrimaryKeyConstraint("principal", "kind", "value", name="pk_access_activity"),
)

access_webauthn = Table(
    "access_webauthn",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("user_name", String(64), nullable=False, index=True),
    Column("credential_id", LargeBinary, nullable=False, unique=True),
    Column("public_key", LargeBinary, nullable=False),
    Column("sign_count", BigInteger, nullable=False),
    Column("created_at", BigInteger, nullable=False),
    Column("last_used", BigInteger, nullable=True),
)

access_challenges = Table(
    "access_challenges",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("user_name", String(64), nullable=False),
    Column("purpose", String(16), nullable=False),
    Column("challenge", LargeBinary, nullable=False),
    Column("expires_at", BigInteger, nullable=False),
)

# -- LLM gateway (veil.guard) ----------------------------------------------------------------

guard_placeholders = Table(
    "guard_placeholders",
    metadata,
    # one conversation of one tenant: "<PERSON_1>" stands for a vault token (never a value)
    Column("tenant", String(64), nullable=False),
    Column("conversation", String(64), nullable=False),
    Column("placeholder", String(48), nullable=False),
    Column("token", String(512), nullable=False),
    Column("created_at", BigInteger, nullable=False),
    Column("expires_at", BigInteger, nullable=False, index=True),
    PrimaryKeyConstraint("tenant", "conversation", "placeholder", name="pk_guard_placeholders"),
    UniqueConstraint("tenant", "conversation", "token", name="uq_guard_placeholders_token"),
)

guard_fingerprints = Table(
    "guard_fingerprints",
    metadata,
    # keyed hashes of protected values and of word shingles of protected records
    Column("fingerprint", LargeBinary(16), nullable=False),
    Column("source", String(128), nullable=False),
    Column("kind", String(8), nullable=False),  # "value" or "shingle"
    Column("record", BigInteger, nullable=False),
    PrimaryKeyConstraint("fingerprint", "source", "record", name="pk_guard_fingerprints"),
)
