"""The token vault on SQLite and PostgreSQL: formats, views, TTL, subjects and erasure,
batches, idempotency, the authorization hook and bad input."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, text
from tests.databases import CHEAP_KDF, VaultEnv

from veil.audit import open_audit_log
from veil.config import Settings
from veil.errors import (
    AccessDenied,
    InvalidToken,
    KeyringError,
    StoreError,
    SubjectErased,
    TokenExpired,
    UnknownToken,
    UsageError,
    VaultError,
)
from veil.keys import init_keyring
from veil.store import Store
from veil.store.schema import audit_events, vault_subjects, vault_tokens
from veil.vault import AccessRequest, Vault, View, open_vault

P = {"principal": "etl", "purpose": "test"}


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def vault(vault_env: VaultEnv) -> Iterator[Vault]:
    v = open_vault(vault_env.settings, keyring=vault_env.keyring)
    yield v
    v.store.close()


def count(v: Vault, table: object = vault_tokens) -> int:
    with v.store.read() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())  # type: ignore[arg-type]


def events(v: Vault) -> list[tuple[str, str, str]]:
    with v.store.read() as conn:
        return [
            (r.action, r.outcome, r.principal)
            for r in conn.execute(select(audit_events).order_by(audit_events.c.seq))
        ]


# -- formats ---------------------------------------------------------------------------------


def test_deterministic_same_value_same_token(vault: Vault) -> None:
    vault.create_namespace("ssn", "deterministic", **P)
    a = vault.tokenize("ssn", ["123-45-6789", "987-65-4321", "123-45-6789"], **P)
    assert a[0] == a[2] != a[1]
    assert all(re.fullmatch(r"tok_[a-z2-7]{24}", t) for t in a)
    b = vault.tokenize("ssn", ["987-65-4321"], **P)
    assert b == [a[1]]
    assert count(vault) == 2
    assert vault.detokenize(a, **P) == ["123-45-6789", "987-65-4321", "123-45-6789"]


def test_random_fresh_token_per_call(vault: Vault) -> None:
    vault.create_namespace("email", "random", **P)
    a = vault.tokenize("email", ["a@example.com", "a@example.com"], **P)
    b = vault.tokenize("email", ["a@example.com"], **P)
    assert len({*a, *b}) == 3
    assert vault.detokenize([*a, *b], **P) == ["a@example.com"] * 3


def test_namespaces_are_separate(vault: Vault) -> None:
    vault.create_namespace("a", "deterministic", **P)
    vault.create_namespace("b", "deterministic", **P)
    [ta] = vault.tokenize("a", ["same"], **P)
    [tb] = vault.tokenize("b", ["same"], **P)
    assert ta != tb
    with pytest.raises(UnknownToken):
        vault.detokenize([ta], namespace="b", **P)


def test_format_preserving_keeps_shape_and_last4(vault: Vault) -> None:
    vault.create_namespace("card", "format-preserving", keep_last=4, **P)
    values = ["4111 1111 1111 1111", "5500-0000-0000-0004", "340000000000009"]
    tokens = vault.tokenize("card", values, **P)
    for v, t in zip(values, tokens, strict=True):
        assert len(t) == len(v) and t != v
        assert [c.isdigit() for c in t] == [c.isdigit() for c in v]
        assert [c for c in t if not c.isdigit()] == [c for c in v if not c.isdigit()]
        assert t[-4:] == v[-4:]
    assert vault.tokenize("card", values, **P) == tokens  # deterministic
    assert vault.detokenize(tokens, **P) == values


def test_format_preserving_alphanumeric(vault: Vault) -> None:
    vault.create_namespace("acct", "format-preserving", alphabet="alphanumeric", **P)
    [t] = vault.tokenize("acct", ["AB12-cd34-EF56"], **P)
    assert len(t) == 14 and t[4] == "-" and t[9] == "-" and t != "AB12-cd34-EF56"
    assert vault.detokenize([t], **P) == ["AB12-cd34-EF56"]


@settings(max_examples=25, deadline=None)
@given(
    values=st.lists(
        st.text(
            alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00"),
            min_size=1,
            max_size=40,
        ),
        min_size=1,
        max_size=20,
    )
)
def test_round_trip_property(tmp_path_factory: pytest.TempPathFactory, values: list[str]) -> None:
    home = tmp_path_factory.mktemp("prop")
    s = Settings(home=home, passphrase="p")
    ring = init_keyring(s, kdf=CHEAP_KDF)
    v = open_vault(s, keyring=ring)
    v.create_namespace("d", "deterministic", **P)
    v.create_namespace("r", "random", **P)
    for ns in ("d", "r"):
        tokens = v.tokenize(ns, values, **P)
        assert v.detokenize(tokens, **P) == values
    v.close()


# -- views -----------------------------------------------------------------------------------


def test_views(vault: Vault) -> None:
    vault.create_namespace("pii", "deterministic", **P)
    values = ["123-45-6789", "john.doe@example.com", "John Smith", "4111 1111 1111 1111"]
    tokens = vault.tokenize("pii", values, **P)
    assert vault.detokenize(tokens, view="masked", **P) == [
        "***-**-6789",
        "j***@example.com",
        "J*** S****",
        "**** **** **** 1111",
    ]
    # last4: letters and digits only; nothing for values too short to hide the rest
    assert vault.detokenize(tokens, view=View.LAST4, **P) == ["6789", "ecom", "mith", "1111"]
    [short] = vault.tokenize("pii", ["Bo"], **P)
    assert vault.detokenize([short], view="last4", **P) == ["**"]
    with pytest.raises(UsageError, match="unknown view"):
        vault.detokenize(tokens, view="raw", **P)


# -- encryption at rest ------------------------------------------------------------------------


def test_no_plaintext_in_the_database(vault: Vault) -> None:
    vault.create_namespace("ssn", "deterministic", **P)
    vault.create_namespace("card", "format-preserving", **P)
    secret, card = "078-05-1120", "4929123456781234"
    vault.tokenize("ssn", [secret], subject="subject-42", **P)
    vault.tokenize("card", [card], **P)
    with vault.store.read() as conn:
        for table in ("vault_tokens", "vault_subjects", "audit_events", "audit_nodes"):
            for row in conn.execute(text(f"SELECT * FROM {table}")):
                blob = repr(tuple(row)).encode() + b"".join(
                    bytes(c) for c in row if isinstance(c, bytes | memoryview)
                )
                for needle in (secret, "078051120", card, "subject-42"):
                    assert needle.encode() not in blob, (table, needle)


def test_ciphertext_bound_to_its_token(vault_env: VaultEnv, vault: Vault) -> None:
    vault.create_namespace("ssn", "random", **P)
    a, b = vault.tokenize("ssn", ["111-11-1111", "222-22-2222"], **P)
    # a rogue DBA swaps the two ciphertexts: decryption must fail, not return the other value
    vault_env.superuser_sql(
        f"UPDATE vault_tokens SET value = (SELECT value FROM vault_tokens WHERE token = '{b}') "
        f"WHERE token = '{a}'"
    )
    with pytest.raises(InvalidToken):
        vault.detokenize([a], **P)
    assert vault.detokenize([b], **P) == ["222-22-2222"]


# -- TTL ----------------------------------------------------------------------------------------


def test_ttl_expiry(vault_env: VaultEnv) -> None:
    clock = Clock()
    base = open_vault(vault_env.settings, keyring=vault_env.keyring)
    v = Vault(base.store, base.keyring, base.audit, clock=clock)
    v.create_namespace("otp", "deterministic", ttl=timedelta(hours=1), **P)
    [t1] = v.tokenize("otp", ["123456"], **P)
    clock.now += 3599
    assert v.detokenize([t1], **P) == ["123456"]
    assert v.tokenize("otp", ["123456"], **P) == [t1]
    clock.now += 2
    with pytest.raises(TokenExpired, match="expired"):
        v.detokenize([t1], **P)
    [t2] = v.tokenize("otp", ["123456"], **P)  # a new token replaces the expired one
    assert t2 != t1
    assert v.detokenize([t2], **P) == ["123456"]
    base.store.close()


# -- subjects and erasure --------------------------------------------------------------------


def test_erase_subject(vault_env: VaultEnv, vault: Vault) -> None:
    vault.create_namespace("email", "deterministic", **P)
    [alice] = vault.tokenize("email", ["alice@example.com"], subject="alice", **P)
    [bob] = vault.tokenize("email", ["bob@example.com"], subject="bob", **P)
    [plain] = vault.tokenize("email", ["ops@example.com"], **P)
    with vault.store.read() as conn:
        wrapped_before = {
            bytes(r.ref): bytes(r.wrapped_key) for r in conn.execute(select(vault_subjects))
        }
    report = vault.erase_subject("alice", principal="dpo", purpose="gdpr-art17")
    assert report.subject_found and report.tokens_erased == 1
    assert report.destroyed_versions == (1,) and report.rewrapped_subject_keys == 1
    with pytest.raises(SubjectErased, match="erased"):
        vault.detokenize([alice], **P)
    with pytest.raises(SubjectErased):  # the whole batch fails
        vault.detokenize([bob, alice], **P)
    assert vault.detokenize([bob, plain], **P) == ["bob@example.com", "ops@example.com"]
    # a backup taken before the erasure: the subject key there is wrapped under a destroyed
    # version, so it cannot be opened any more -- for alice and, until restored, for bob too
    ks = vault_env.keyring.keyset("vault.subjects")
    for ref, wrapped in wrapped_before.items():
        with pytest.raises(KeyringError, match="destroyed"):
            ks.open_data_key(wrapped, b"veil-vault|subject|" + ref)
    # the value can be tokenized again: a new token, a new key
    [alice2] = vault.tokenize("email", ["alice@example.com"], subject="alice", **P)
    assert alice2 != alice
    assert vault.detokenize([alice2], **P) == ["alice@example.com"]
    # erasing an unknown subject is not an error, and says so
    assert not vault.erase_subject("nobody", principal="dpo", purpose="gdpr").subject_found
    actions = [e[0] for e in events(vault)]
    assert "erase-subject" in actions and "rewrap-subject-keys" in actions


def test_erasure_reaches_a_sqlite_backup(tmp_path: Path) -> None:
    s = Settings(home=tmp_path / "home", passphrase="p")
    ring = init_keyring(s, kdf=CHEAP_KDF)
    v = open_vault(s, keyring=ring)
    v.create_namespace("ssn", "deterministic", **P)
    [tok] = v.tokenize("ssn", ["078-05-1120"], subject="carol", **P)
    [other] = v.tokenize("ssn", ["219-09-9999"], **P)
    v.store.close()
    db = s.home / "veil.db"
    backup = tmp_path / "backup.db"
    shutil.copy(db, backup)  # WAL checkpointed on close: the copy is a full backup
    v = open_vault(s, keyring=ring)
    v.erase_subject("carol", principal="dpo", purpose="gdpr")
    v.store.close()
    restored = Settings(home=tmp_path / "home", passphrase="p", database_url=f"sqlite:///{backup}")
    old = open_vault(restored, keyring=ring)
    with pytest.raises(KeyringError, match="destroyed"):
        old.detokenize([tok], **P)
    assert old.detokenize([other], **P) == ["219-09-9999"]
    old.store.close()


# -- batches, idempotency --------------------------------------------------------------------


def test_batch_of_10k_and_limit(vault: Vault) -> None:
    vault.create_namespace("n", "deterministic", **P)
    values = [f"{i:09d}" for i in range(10_000)]
    tokens = vault.tokenize("n", values, **P)
    assert len(set(tokens)) == 10_000
    assert vault.detokenize(tokens, **P) == values
    before = count(vault), len(events(vault))
    with pytest.raises(UsageError, match="at most 10000"):
        vault.tokenize("n", [*values, "x"], **P)
    with pytest.raises(UsageError, match="at most 10000"):
        vault.detokenize([*tokens, tokens[0]], **P)
    assert (count(vault), len(events(vault))) == before


def test_idempotent_retry(vault: Vault) -> None:
    vault.create_namespace("r", "random", **P)
    a = vault.tokenize("r", ["x", "y"], idempotency_key="req-1", **P)
    b = vault.tokenize("r", ["x", "y"], idempotency_key="req-1", **P)
    assert a == b and count(vault) == 2
    with pytest.raises(UsageError, match="different request"):
        vault.tokenize("r", ["x", "z"], idempotency_key="req-1", **P)
    assert count(vault) == 2
    assert [e[1] for e in events(vault) if e[0] == "tokenize"] == ["ok", "replayed"]


def test_ready_runs_once_before_the_commit(vault: Vault) -> None:
    """``ready()`` comes after every statement and before the commit: another connection
    does not see the tokens yet; after the call it does. A failing call never calls it."""
    vault.create_namespace("r", "random", **P)
    seen: list[int] = []
    vault.tokenize("r", ["x", "y"], ready=lambda: seen.append(count(vault)), **P)
    assert seen == [0]
    assert count(vault) == 2

    def refuse(_conn: object, _tokens: list[str]) -> None:
        raise UsageError("no")

    with pytest.raises(UsageError):
        vault.tokenize("r", ["z"], then=refuse, ready=lambda: seen.append(-1), **P)
    assert seen == [0] and count(vault) == 2


# -- authorization hook ----------------------------------------------------------------------


def test_authorizer_sees_every_call_and_denial_is_audited(vault_env: VaultEnv) -> None:
    seen: list[AccessRequest] = []

    def policy(req: AccessRequest) -> None:
        seen.append(req)
        if req.action == "detokenize" and req.view is View.PLAIN and req.purpose != "fraud":
            raise AccessDenied("plain view needs purpose fraud")

    v = open_vault(vault_env.settings, keyring=vault_env.keyring, authorizer=policy)
    v.create_namespace("ssn", "deterministic", principal="admin", purpose="setup")
    [t] = v.tokenize("ssn", ["123-45-6789"], principal="etl", purpose="training")
    assert v.detokenize([t], view="masked", principal="alice", purpose="support") == ["***-**-6789"]
    with pytest.raises(AccessDenied):
        v.detokenize([t], principal="alice", purpose="support")
    assert v.detokenize([t], principal="alice", purpose="fraud") == ["123-45-6789"]
    assert [(r.principal, r.action, r.purpose) for r in seen] == [
        ("admin", "namespace.create", "setup"),
        ("etl", "tokenize", "training"),
        ("alice", "detokenize", "support"),
        ("alice", "detokenize", "support"),
        ("alice", "detokenize", "fraud"),
    ]
    assert events(v)[-2] == ("detokenize", "denied", "alice")
    with pytest.raises(UsageError, match="principal and a purpose"):
        v.tokenize("ssn", ["x"], principal="", purpose="p")
    v.store.close()


# -- bad input ---------------------------------------------------------------------------------


def test_unknown_namespace_and_token(vault: Vault) -> None:
    with pytest.raises(UnknownToken, match="unknown namespace 'nope'"):
        vault.tokenize("nope", ["x"], **P)
    vault.create_namespace("ssn", "deterministic", **P)
    [t] = vault.tokenize("ssn", ["123-45-6789"], **P)
    with pytest.raises(UnknownToken, match=r"token #2 \('tok_missing'\) is unknown"):
        vault.detokenize([t, "tok_missing"], **P)
    assert events(vault)[-1][:2] == ("detokenize", "error")
    with pytest.raises(VaultError, match="already exists"):
        vault.create_namespace("ssn", "random", **P)
    for bad in ("", "UPPER", "a b", "x" * 65, "-lead"):
        with pytest.raises(UsageError, match="invalid namespace name"):
            vault.create_namespace(bad, "random", **P)
    with pytest.raises(UsageError, match="unknown token format"):
        vault.create_namespace("z", "reversible", **P)


def test_fpe_bad_values_write_nothing(vault: Vault) -> None:
    vault.create_namespace("ssn", "format-preserving", keep_last=4, max_length=11, **P)
    before = count(vault)
    with pytest.raises(VaultError, match="at least 6"):
        vault.tokenize("ssn", ["1234567890", "123-45-6789"], **P)  # 5 digits to encipher
    with pytest.raises(VaultError, match="too long"):
        vault.tokenize("ssn", ["1234567890", "1" * 12], **P)
    with pytest.raises(VaultError, match="0 digits"):
        vault.tokenize("ssn", ["1234567890", "abc"], **P)
    assert count(vault) == before
    [t] = vault.tokenize("ssn", ["1234567890"], **P)
    assert t[-4:] == "7890" and t != "1234567890"


def test_non_string_and_oversized_values(vault: Vault) -> None:
    vault.create_namespace("n", "random", **P)
    with pytest.raises(UsageError, match="value #2 is int"):
        vault.tokenize("n", ["a", 5], **P)  # type: ignore[list-item]
    with pytest.raises(VaultError, match="at most 4096"):
        vault.tokenize("n", ["a" * 5000], **P)
    assert count(vault) == 0


def test_database_down_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="database error on postgresql"):
        Store("postgresql://postgres@127.0.0.1:1/test", timeout=2)
    bad = tmp_path / "not-a-db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="database error"):
        Store(f"sqlite:///{bad}")


def test_database_locked_is_a_clear_error(vault_env: VaultEnv, vault: Vault) -> None:
    vault.create_namespace("n", "deterministic", **P)
    impatient = Store(vault_env.url, timeout=1)
    audit = open_audit_log(vault_env.settings, store=impatient, keyring=vault_env.keyring)
    v2 = Vault(impatient, vault_env.keyring, audit)
    with vault.store.begin() as conn:  # another writer holds the lock
        conn.execute(text("UPDATE audit_head SET checkpoint_time = checkpoint_time"))
        with pytest.raises(StoreError, match=r"database (error|busy)"):
            v2.tokenize("n", ["x"], **P)
    impatient.close()
    assert count(vault) == 0
    assert vault.tokenize("n", ["x"], **P)


def test_another_process_erasure_is_seen_by_a_running_vault(vault_env: VaultEnv) -> None:
    """Two vault instances (as two processes would have): one erases a subject, rotating
    and destroying subject-key versions; the other, still holding the old keyring view,
    wraps new subject keys under the new version and reads the rewrapped ones."""
    from veil.keys import open_keyring

    a = open_vault(vault_env.settings, keyring=vault_env.keyring)
    b = open_vault(vault_env.settings, keyring=open_keyring(vault_env.settings))
    a.create_namespace("e", "deterministic", **P)
    [keep] = b.tokenize("e", ["keep@example.com"], subject="keep", **P)
    [gone] = b.tokenize("e", ["gone@example.com"], subject="gone", **P)
    a.erase_subject("gone", principal="dpo", purpose="gdpr")
    assert b.detokenize([keep], **P) == ["keep@example.com"]  # rewrapped under v2
    [new] = b.tokenize("e", ["new@example.com"], subject="new", **P)  # wrapped under v2
    assert a.detokenize([new, keep], **P) == ["new@example.com", "keep@example.com"]
    with pytest.raises(SubjectErased):
        b.detokenize([gone], **P)
    a.store.close()
    b.close()
