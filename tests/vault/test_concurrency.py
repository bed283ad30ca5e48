"""Several processes at once, and a process killed with SIGKILL in the middle of a batch,
on SQLite and PostgreSQL."""

from __future__ import annotations

import multiprocessing
import random
import threading
import time
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text
from tests.databases import CHEAP_KDF, VaultEnv, drop_pg_schema, pg_schema

from veil.config import Settings
from veil.keys import init_keyring, open_keyring
from veil.store.schema import audit_events, vault_tokens
from veil.vault import open_vault

P = {"principal": "etl", "purpose": "test"}
VALUES = [f"{i:03d}-{i % 97:02d}-{i:04d}" for i in range(1500)]


def _settings(home: str, url: str) -> Settings:
    return Settings(home=home, passphrase="correct horse", database_url=url)


def _tokenize_same_values(home: str, url: str, seed: int, barrier: Any, out: Any) -> None:
    s = _settings(home, url)
    vault = open_vault(s, keyring=open_keyring(s))
    order = list(VALUES)
    random.Random(seed).shuffle(order)
    barrier.wait()
    result: dict[str, str] = {}
    for i in range(0, len(order), 300):
        batch = order[i : i + 300]
        result.update(zip(batch, vault.tokenize("ssn", batch, **P), strict=True))
    out.put(result)
    vault.close()


def test_eight_processes_one_token_per_value(vault_env: VaultEnv) -> None:
    vault = open_vault(vault_env.settings, keyring=vault_env.keyring)
    vault.create_namespace("ssn", "deterministic", **P)
    ctx = multiprocessing.get_context("spawn")
    barrier, out = ctx.Barrier(8), ctx.Queue()
    home = str(vault_env.settings.home)
    procs = [
        ctx.Process(target=_tokenize_same_values, args=(home, vault_env.url, n, barrier, out))
        for n in range(8)
    ]
    for p in procs:
        p.start()
    results = [out.get(timeout=240) for _ in procs]
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    assert all(r == results[0] for r in results)  # every process got the same token per value
    assert len(set(results[0].values())) == len(VALUES)
    with vault.store.read() as conn:
        assert conn.execute(select(func.count()).select_from(vault_tokens)).scalar_one() == len(
            VALUES
        )
    assert vault.detokenize([results[0][v] for v in VALUES[:50]], **P) == VALUES[:50]
    report = vault.audit.verify()
    assert report.ok, report.problems
    assert report.size == 1 + 8 * 5 + 1  # namespace, 5 batches per process, detokenize
    vault.store.close()


def test_a_subject_key_another_writer_inserts_meanwhile_is_the_one_used(tmp_path: Path) -> None:
    """PostgreSQL: the first tokenize for a subject whose key another transaction is
    inserting at that moment waits for it, gets no row back from its own insert, and seals
    with the other writer's key (detokenizing opens the stored key: it must be that one)."""
    schema = pg_schema()
    try:
        s = Settings(home=tmp_path / "home", passphrase="correct horse", database_url=schema.url)
        ring = init_keyring(s, kdf=CHEAP_KDF)
        vault = open_vault(s, keyring=ring)
        vault.create_namespace("r", "random", **P)
        other = open_vault(s, keyring=open_keyring(s))
        ref = other._subject_ref("alice")
        wrapped, _ = other._subjects.new_data_key(b"veil-vault|subject|" + ref)
        with schema.admin() as admin:
            admin.autocommit = False
            admin.execute(
                "INSERT INTO vault_subjects (ref, wrapped_key, created_at) VALUES (%s, %s, 0)",
                (ref, wrapped),
            )
            later = threading.Timer(0.5, admin.commit)  # after the vault's first look
            later.start()
            t0 = time.monotonic()
            token = vault.tokenize("r", ["Alice Liddell"], subject="alice", **P)[0]
            assert time.monotonic() - t0 >= 0.4  # it did wait for the other writer's commit
            later.join()
        assert vault.detokenize([token], **P) == ["Alice Liddell"]
        with vault.store.read() as conn:
            rows = conn.execute(text("SELECT wrapped_key FROM vault_subjects")).all()
        assert [bytes(r[0]) for r in rows] == [wrapped]
        other.close()
        vault.close()
    finally:
        drop_pg_schema(schema)


BATCH = 4000


def _tokenize_forever(home: str, url: str, started: Any) -> None:
    s = _settings(home, url)
    vault = open_vault(s, keyring=open_keyring(s))
    n = 0
    while True:
        vault.tokenize("r", [f"v{n}-{i}" for i in range(BATCH)], subject=f"s{n % 3}", **P)
        n += 1
        started.set()


def test_kill_9_mid_batch_leaves_no_half_batch_and_no_audit_gap(vault_env: VaultEnv) -> None:
    vault = open_vault(vault_env.settings, keyring=vault_env.keyring)
    vault.create_namespace("r", "random", **P)
    ctx = multiprocessing.get_context("spawn")
    home = str(vault_env.settings.home)
    for round_ in range(2):
        started = ctx.Event()
        p = ctx.Process(target=_tokenize_forever, args=(home, vault_env.url, started))
        p.start()
        assert started.wait(timeout=120), "the writer never committed a batch"
        time.sleep(random.uniform(0.05, 0.4) + round_ * 0.2)  # somewhere inside a batch
        p.kill()  # SIGKILL: no cleanup, no rollback from the client side
        p.join(timeout=30)
        assert p.exitcode == -9
    with vault.store.read() as conn:
        tokens = conn.execute(select(func.count()).select_from(vault_tokens)).scalar_one()
        batches = conn.execute(
            select(func.count())
            .select_from(audit_events)
            .where(audit_events.c.action == "tokenize")
        ).scalar_one()
    assert tokens > 0 and tokens % BATCH == 0  # whole batches only
    assert tokens == batches * BATCH  # every committed batch has its audit event, and only those
    report = vault.audit.verify()
    assert report.ok, report.problems
    # and the vault still works
    [t] = vault.tokenize("r", ["after"], **P)
    assert vault.detokenize([t], **P) == ["after"]
    vault.store.close()
