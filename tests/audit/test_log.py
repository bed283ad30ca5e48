"""The audit log on both databases: appends inside the caller's transaction, gap-free sequence
numbers, keyed hashes instead of values, signed checkpoints, inclusion and consistency proofs,
the append-only triggers, and what :meth:`AuditLog.verify` says after a rogue DBA (triggers
bypassed) rewrites history. Also the vault's use of the log and concurrent writers.

Roots and stored nodes are checked against a literal RFC 6962 ``MTH`` written here, not
against :mod:`veil.audit.merkle`.
"""

from __future__ import annotations

import base64
import hashlib
import json
import multiprocessing
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr
from sqlalchemy import text
from tests.databases import CHEAP_KDF, VaultEnv, drop_pg_schema, pg_schema

from veil.audit import (
    AuditLog,
    Checkpoint,
    Event,
    ProofError,
    VerifyReport,
    open_audit_log,
    parse_note,
    verify_consistency,
)
from veil.audit.checkpoint import key_id, sign_body
from veil.config import Settings
from veil.crypto.sign import Ed25519Signer
from veil.errors import AccessDenied, AuditIntegrityError, StoreError, UnknownToken, UsageError
from veil.keys import init_keyring, open_keyring
from veil.store import Store
from veil.vault import AccessRequest, open_vault

AUDIT_TABLES = ("audit_events", "audit_nodes", "audit_checkpoints", "audit_head")
SECRET = "123-45-6789"
EMPTY_ROOT = hashlib.sha256(b"").digest()

# -- an independent RFC 6962 oracle ----------------------------------------------------------


def _leaf(entry: bytes) -> bytes:
    return hashlib.sha256(b"\x00" + entry).digest()


def _mth(entries: Sequence[bytes]) -> bytes:
    """RFC 6962 §2.1 Merkle Tree Hash, literally."""
    if not entries:
        return EMPTY_ROOT
    if len(entries) == 1:
        return _leaf(entries[0])
    k = 1 << ((len(entries) - 1).bit_length() - 1)
    return hashlib.sha256(b"\x01" + _mth(entries[:k]) + _mth(entries[k:])).digest()


def _complete_nodes(entries: Sequence[bytes]) -> dict[tuple[int, int], bytes]:
    """Every complete subtree ``(level, index) -> MTH`` of the tree over ``entries``."""
    nodes = {}
    level = 0
    while (1 << level) <= len(entries):
        width = 1 << level
        for idx in range(len(entries) // width):
            nodes[(level, idx)] = _mth(entries[idx * width : (idx + 1) * width])
        level += 1
    return nodes


def _canonical(obj: Any) -> str:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True)


# -- helpers ---------------------------------------------------------------------------------


@pytest.fixture
def env(vault_env: VaultEnv) -> VaultEnv:
    return vault_env


@pytest.fixture
def open_log(env: VaultEnv) -> Iterator[Callable[..., AuditLog]]:
    """``open_log(every=N)``: the audit log of the test database, as ``open_audit_log`` builds
    it from settings with ``audit_checkpoint_every=N``. Stores are closed afterwards."""
    logs: list[AuditLog] = []

    def make(every: int = 1000) -> AuditLog:
        settings = env.settings.model_copy(update={"audit_checkpoint_every": every})
        log = open_audit_log(settings, keyring=env.keyring)
        assert log.checkpoint_every == every
        logs.append(log)
        return log

    yield make
    for log in logs:
        log.store.close()


def _ev(i: int, **kw: Any) -> Event:
    fields: dict[str, Any] = {
        "principal": f"user{i % 3}",
        "action": "detokenize" if i % 2 else "tokenize",
        "resource": f"vault/ns{i % 4}",
        "purpose": "support",
        "outcome": "ok",
        "details": {"i": i, "values": [f"{i:032x}"]},
    }
    fields.update(kw)
    return Event(**fields)


def _record_all(log: AuditLog, n: int, start: int = 0) -> None:
    for i in range(start, start + n):
        assert log.record(_ev(i)) == i


def _rows(log: AuditLog, sql: str) -> list[tuple[Any, ...]]:
    with log.store.read() as conn:
        return [tuple(r) for r in conn.execute(text(sql))]


def _seqs(log: AuditLog) -> list[int]:
    return [int(r[0]) for r in _rows(log, "SELECT seq FROM audit_events ORDER BY seq")]


def _cp_sizes(log: AuditLog) -> list[int]:
    return [int(r[0]) for r in _rows(log, "SELECT size FROM audit_checkpoints ORDER BY size")]


def _snapshot(log: AuditLog) -> dict[str, list[tuple[Any, ...]]]:
    return {
        "events": _rows(log, "SELECT * FROM audit_events ORDER BY seq"),
        "nodes": _rows(log, "SELECT level, idx, hash FROM audit_nodes ORDER BY level, idx"),
        "checkpoints": _rows(log, "SELECT * FROM audit_checkpoints ORDER BY size"),
        "head": _rows(log, "SELECT * FROM audit_head"),
    }


def _stored_nodes(log: AuditLog) -> dict[tuple[int, int], bytes]:
    return {
        (int(lv), int(ix)): bytes(h)
        for lv, ix, h in _rows(log, "SELECT level, idx, hash FROM audit_nodes")
    }


def _entries(log: AuditLog) -> list[bytes]:
    return [r.entry() for r in log.tail(1 << 20)]


def _blob(env: VaultEnv, data: bytes) -> str:
    """A binary literal in the test database's SQL dialect."""
    if env.dialect == "postgresql":
        return f"decode('{data.hex()}', 'hex')"
    return f"X'{data.hex()}'"


def _str(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _set_nodes(env: VaultEnv, nodes: dict[tuple[int, int], bytes]) -> None:
    env.superuser_sql(
        ";\n".join(
            f"UPDATE audit_nodes SET hash = {_blob(env, h)} WHERE level = {lv} AND idx = {ix}"
            for (lv, ix), h in sorted(nodes.items())
        )
    )


def _forge_checkpoints(env: VaultEnv, log: AuditLog, entries: list[bytes], signer: Any) -> None:
    """Replace every checkpoint by one over ``entries`` signed with ``signer`` (not the log's
    key) under the log's name and key version."""
    rows = _rows(log, "SELECT size, key_version FROM audit_checkpoints ORDER BY size")
    sql = ["DELETE FROM audit_checkpoints"]
    for size, version in rows:
        cp = Checkpoint(log.origin, int(size), _mth(entries[: int(size)]))
        cp = sign_body(cp, log.origin, signer.public_key, signer.sign(cp.body.encode()))
        sql.append(
            "INSERT INTO audit_checkpoints (size, root, time, key_version, note) VALUES "
            f"({size}, {_blob(env, cp.root)}, '2020-01-01T00:00:00Z', {version}, "
            f"{_str(cp.note())})"
        )
    env.superuser_sql(";\n".join(sql))


def _all_text(log: AuditLog) -> list[bytes]:
    """Every value in every audit table, as bytes."""
    out = []
    for table in AUDIT_TABLES:
        for row in _rows(log, f"SELECT * FROM {table}"):
            for value in row:
                if isinstance(value, bytes | bytearray | memoryview):
                    out.append(bytes(value))
                else:
                    out.append(str(value).encode())
    return out


# -- 1. appending and reading back -----------------------------------------------------------


def test_append_record_tail_get(open_log: Callable[..., AuditLog]) -> None:
    log = open_log()
    tag = log.hmac(SECRET)
    assert re.fullmatch(r"[0-9a-f]{32}", tag)
    assert log.hmac(SECRET) == tag == log.hmac(SECRET.encode())
    assert log.hmac("123-45-6780") != tag

    first = [
        Event("alice", "tokenize", "vault/ssn", "training", details={"z": 1, "a": "\u00e9"}),
        Event("bob", "detokenize", "vault/ssn", "support", "denied", {"values": [tag]}),
        Event("carol", "erase-subject", "vault/subjects", "gdpr", "error", {}),
    ]
    single = Event("dave", "namespace.create", "vault/cc", "setup", details={"n": [1, 2.5, None]})
    second = [_ev(i) for i in range(4, 8)]
    last = Event("eve", "tokenize", "vault/ssn", "t", details={"nested": {"b": True, "a": "x"}})

    with log.store.begin() as conn:
        assert log.append(conn, first) == [0, 1, 2]
    assert log.record(single) == 3
    with log.store.begin() as conn:
        assert log.append(conn, second) == [4, 5, 6, 7]
        assert log.append(conn, []) == []
    assert log.record(last) == 8
    expected = [*first, single, *second, last]

    assert log.size() == 9
    assert _seqs(log) == list(range(9))
    records = log.tail(100)
    assert [r.seq for r in records] == list(range(9))
    times = []
    for seq, (rec, ev) in enumerate(zip(records, expected, strict=True)):
        assert (rec.principal, rec.action, rec.resource, rec.purpose, rec.outcome) == (
            ev.principal,
            ev.action,
            ev.resource,
            ev.purpose,
            ev.outcome,
        )
        assert rec.details == _canonical(ev.details)
        assert json.loads(rec.details) == ev.details
        assert log.get(seq) == rec
        assert rec.time.endswith("Z")
        times.append(datetime.fromisoformat(rec.time))
        # the leaf input is the canonical JSON of the whole record
        assert rec.entry() == _canonical({**rec.to_json(), "details": ev.details}).encode()
        assert rec.to_json()["seq"] == seq
    assert times == sorted(times)

    # the stored text, byte for byte
    assert records[0].details == '{"a":"\\u00e9","z":1}'
    assert records[3].details == '{"n":[1,2.5,null]}'
    assert records[8].details == '{"nested":{"a":"x","b":true}}'

    assert log.tail(3) == records[-3:]
    assert log.tail(0) == []
    with pytest.raises(UsageError, match=">= 0"):
        log.tail(-1)
    with pytest.raises(UsageError, match="no audit event with seq 9"):
        log.get(9)

    # every complete subtree is stored, with the RFC 6962 hash of its entries
    entries = [r.entry() for r in records]
    assert _stored_nodes(log) == _complete_nodes(entries)
    assert len(_stored_nodes(log)) == 9 + 4 + 2 + 1

    # the keyed hash is in the log, the value is nowhere in it
    assert tag in records[1].details
    blobs = _all_text(log)
    assert any(tag.encode() in b for b in blobs)
    for b in blobs:
        assert SECRET.encode() not in b
        assert SECRET.replace("-", "").encode() not in b
    assert log.verify().ok


# -- 2. atomicity ----------------------------------------------------------------------------


class _Boom(Exception):
    pass


def test_append_commits_or_rolls_back_with_the_callers_transaction(
    open_log: Callable[..., AuditLog],
) -> None:
    log = open_log(every=2)
    empty = _snapshot(log)
    assert empty["head"] == [(1, 0, 0, 0)]

    # the very first append would also sign a checkpoint and move the head: all rolled back
    with pytest.raises(_Boom), log.store.begin() as conn:
        assert log.append(conn, [_ev(0), _ev(1), _ev(2)]) == [0, 1, 2]
        raise _Boom
    assert _snapshot(log) == empty
    assert log.size() == 0

    assert log.record(_ev(0)) == 0
    before = _snapshot(log)
    assert len(before["checkpoints"]) == 1

    with pytest.raises(_Boom), log.store.begin() as conn:
        assert log.append(conn, [_ev(1)]) == [1]
        assert log.append(conn, [_ev(2), _ev(3)]) == [2, 3]  # a checkpoint is due here
        raise _Boom
    assert _snapshot(log) == before

    # a database error later in the same transaction undoes the append too
    with pytest.raises(StoreError, match="database error"), log.store.begin() as conn:
        log.append(conn, [_ev(1)])
        conn.execute(text("SELECT * FROM no_such_table"))
    assert _snapshot(log) == before

    # no gap: the next append continues at 1
    assert log.record(_ev(1)) == 1
    with log.store.begin() as conn:
        assert log.append(conn, [_ev(2), _ev(3)]) == [2, 3]
    assert _seqs(log) == [0, 1, 2, 3]
    report = log.verify()
    assert report.ok, report.problems
    assert report.size == 4


def test_two_writers_and_rollbacks_keep_one_consistent_tree(
    open_log: Callable[..., AuditLog],
) -> None:
    """Each log reuses the tree edge of its own last append; it must notice when another
    writer (another process) appended since, or when its own append was rolled back and
    another writer then brought the log back to the same size."""
    a, b = open_log(every=3), open_log(every=3)
    assert a.record(_ev(0)) == 0
    assert b.record(_ev(1)) == 1  # b has no edge yet: reads it
    assert a.record(_ev(2)) == 2  # a's edge is at 1: stale, reads it
    assert a.record(_ev(3)) == 3  # a's own edge: reused
    with pytest.raises(_Boom), a.store.begin() as conn:
        assert a.append(conn, [_ev(4), _ev(5)]) == [4, 5]  # a's edge now claims size 6
        raise _Boom
    with b.store.begin() as conn:  # b brings the stored log to size 6, with other events
        assert b.append(conn, [_ev(40), _ev(50)]) == [4, 5]
    assert a.record(_ev(6)) == 6  # same size as a's edge, different tree: must not use it
    assert b.record(_ev(7)) == 7
    for log in (a, b):
        report = log.verify()
        assert report.ok, report.problems
        assert report.size == 8
    entries = _entries(a)
    assert a.checkpoint().root == _mth(entries)
    stored = _stored_nodes(a)
    for key, value in _complete_nodes(entries).items():
        assert stored[key] == value, key


# -- 3. verify and checkpoint on an honest log -----------------------------------------------


def test_verify_honest_log_and_checkpoint(open_log: Callable[..., AuditLog]) -> None:
    log = open_log(every=4)
    report = log.verify()
    assert (report.ok, report.size, report.checkpoints, report.unsigned_tail) == (True, 0, 0, 0)

    _record_all(log, 10)
    # the first append signs (no checkpoint yet), then every 4 events
    assert _cp_sizes(log) == [1, 5, 9]
    calls: list[tuple[int, int]] = []
    report = log.verify(progress=lambda done, total: calls.append((done, total)))
    assert report.ok, report.problems
    assert report.first_bad is None
    assert (report.size, report.checkpoints, report.signed_size, report.unsigned_tail) == (
        10,
        3,
        9,
        1,
    )
    assert calls and calls[-1] == (10, 10)

    cp = log.checkpoint()
    entries = _entries(log)
    assert (cp.origin, cp.size, cp.root) == (log.origin, 10, _mth(entries))
    cp.verify(log.origin, log.public_key())
    again = log.checkpoint()
    assert again == cp
    assert again.note() == cp.note()
    assert _cp_sizes(log) == [1, 5, 9, 10]
    assert log.latest_checkpoint() == cp
    for size, root in _rows(log, "SELECT size, root FROM audit_checkpoints"):
        assert bytes(root) == _mth(entries[: int(size)])

    report = log.verify()
    assert report.ok, report.problems
    assert (report.checkpoints, report.signed_size, report.unsigned_tail) == (4, 10, 0)

    _record_all(log, 3, start=10)
    assert _cp_sizes(log) == [1, 5, 9, 10]  # 13 - 10 < 4
    report = log.verify()
    assert report.ok and report.unsigned_tail == 3
    assert log.checkpoint().size == 13
    assert log.verify().unsigned_tail == 0


def test_checkpoint_of_the_empty_log(open_log: Callable[..., AuditLog]) -> None:
    log = open_log()
    cp = log.checkpoint()
    assert (cp.size, cp.root) == (0, EMPTY_ROOT)
    cp.verify(log.origin, log.public_key())
    assert log.checkpoint() == cp
    report = log.verify()
    assert report.ok and report.checkpoints == 1
    assert log.record(_ev(0)) == 0
    assert log.verify().ok


# -- 4. the log's checkpoints and verifier key -----------------------------------------------


def test_checkpoint_note_and_verifier_key(env: VaultEnv, open_log: Callable[..., AuditLog]) -> None:
    log = open_log()
    store_id = _rows(log, "SELECT value FROM veil_meta WHERE key = 'store_id'")[0][0]
    assert log.origin == f"veil/{store_id}"
    _record_all(log, 7)
    cp = log.checkpoint()
    note = cp.note()

    body, sigs = note.split("\n\n")
    assert body.split("\n") == [log.origin, "7", base64.b64encode(_mth(_entries(log))).decode()]
    [line] = sigs.splitlines()
    dash, name, blob = line.split(" ")
    assert (dash, name) == ("\u2014", log.origin)
    assert base64.b64decode(blob)[:4] == key_id(log.origin, log.public_key())

    parsed = parse_note(note)
    assert parsed == cp
    parsed.verify(log.origin, log.public_key())
    # the stored row holds exactly this note
    [(size, root, version, stored)] = _rows(
        log, "SELECT size, root, key_version, note FROM audit_checkpoints WHERE size = 7"
    )
    assert (int(size), bytes(root), stored) == (7, cp.root, note)
    assert log.public_key(int(version)) == log.public_key()

    # the verifier key line names the log and carries its public key (see test_checkpoint.py
    # for parse_vkey and its bug with "+" in the key data)
    vk_name, vk_id, vk_blob = log.vkey().split("+", 2)
    assert vk_name == log.origin
    assert vk_id == key_id(log.origin, log.public_key()).hex()
    assert base64.b64decode(vk_blob) == b"\x01" + log.public_key()

    # modified notes fail
    with pytest.raises(AuditIntegrityError, match="does not verify"):
        replace(parsed, size=8).verify(log.origin, log.public_key())
    with pytest.raises(AuditIntegrityError, match="does not verify"):
        replace(parsed, root=EMPTY_ROOT).verify(log.origin, log.public_key())
    sig = parsed.signatures[0]
    flipped = bytes([sig.signature[0] ^ 0x80]) + sig.signature[1:]
    with pytest.raises(AuditIntegrityError, match="does not verify"):
        replace(parsed, signatures=(replace(sig, signature=flipped),)).verify(
            log.origin, log.public_key()
        )
    with pytest.raises(AuditIntegrityError, match="no signature by 'veil/other'"):
        parsed.verify("veil/other", log.public_key())
    with pytest.raises(AuditIntegrityError, match="no signature"):
        parsed.verify(log.origin, Ed25519Signer(bytes(32)).public_key)


# -- 5. inclusion and consistency proofs ----------------------------------------------------


def test_inclusion_and_consistency_proofs(open_log: Callable[..., AuditLog]) -> None:
    log = open_log(every=16)
    with log.store.begin() as conn:
        log.append(conn, [_ev(0)])
    for start in range(1, 40, 6):
        with log.store.begin() as conn:
            n = min(6, 40 - start)
            assert log.append(conn, [_ev(i) for i in range(start, start + n)])[0] == start
    assert _cp_sizes(log) == [1, 19, 37]
    entries = _entries(log)
    assert len(entries) == 40
    pk = log.public_key()

    for seq in range(40):
        proof = log.proof(seq)
        # entries newer than the latest checkpoint get a fresh one signed first
        assert proof.size == (37 if seq < 37 else 40)
        assert proof.seq == seq
        assert proof.entry == entries[seq] == log.get(seq).entry()
        assert proof.leaf_hash == _leaf(entries[seq])
        assert proof.root == _mth(entries[: proof.size])
        proof.verify(pk, log.origin)
        j = proof.to_json()
        assert (j["seq"], j["tree_size"], j["entry"]) == (seq, proof.size, entries[seq].decode())
        assert [bytes.fromhex(h) for h in j["inclusion_path"]] == list(proof.path)
        assert parse_note(j["checkpoint"]).root.hex() == j["root"]
    assert _cp_sizes(log) == [1, 19, 37, 40]

    # proofs against an older checkpoint
    for seq in range(19):
        p = log.proof(seq, size=19)
        assert (p.size, p.root) == (19, _mth(entries[:19]))
        p.verify(pk, log.origin)
    with pytest.raises(UsageError, match="not in the checkpoint of size 19"):
        log.proof(19, size=19)
    with pytest.raises(UsageError, match="no signed checkpoint of size 20"):
        log.proof(0, size=20)
    with pytest.raises(UsageError, match="no audit event with seq 40"):
        log.proof(40)
    with pytest.raises(UsageError, match=">= 0"):
        log.proof(-1)

    # tampered proofs fail
    proof = log.proof(21)
    other_entry = entries[22]
    flipped = bytes([proof.path[1][0] ^ 1]) + proof.path[1][1:]
    tampered = {
        "entry changed": replace(proof, entry=other_entry),
        "entry and leaf changed": replace(proof, entry=other_entry, leaf_hash=_leaf(other_entry)),
        "path element flipped": replace(proof, path=(proof.path[0], flipped, *proof.path[2:])),
        "path element dropped": replace(proof, path=proof.path[:-1]),
        "path reordered": replace(proof, path=tuple(reversed(proof.path))),
        "seq changed": replace(proof, seq=20),
        "seq out of range": replace(proof, seq=40),
        "size changed": replace(proof, size=41),
        "root changed": replace(proof, root=EMPTY_ROOT),
        "older checkpoint": replace(proof, checkpoint=log.proof(0, size=37).checkpoint),
    }
    for what, bad in tampered.items():
        with pytest.raises(AuditIntegrityError):  # ProofError is one
            bad.verify(pk, log.origin)
            pytest.fail(f"{what}: verified")
    with pytest.raises(AuditIntegrityError, match="no signature"):
        proof.verify(pk, "veil/other")
    with pytest.raises(AuditIntegrityError, match="no signature"):
        proof.verify(Ed25519Signer(bytes(32)).public_key, log.origin)

    # consistency between every pair of signed checkpoints, roots taken from the notes
    roots = {}
    for (note,) in _rows(log, "SELECT note FROM audit_checkpoints"):
        cp = parse_note(note)
        cp.verify(log.origin, pk)
        roots[cp.size] = cp.root
    roots[0] = EMPTY_ROOT
    sizes = sorted(roots)
    for a in sizes:
        for b in sizes:
            if a > b:
                continue
            path = log.consistency(a, b)
            verify_consistency(a, b, roots[a], roots[b], path)
            if a not in (0, b):
                assert path
                bad_path = [bytes([path[0][0] ^ 1]) + path[0][1:], *path[1:]]
                with pytest.raises(ProofError):
                    verify_consistency(a, b, roots[a], roots[b], bad_path)
                with pytest.raises(ProofError):
                    verify_consistency(a, b, roots[b], roots[a], path)
    # any two sizes, not only signed ones, against the oracle's roots
    for a, b in [(3, 7), (8, 16), (5, 40), (16, 17), (33, 39)]:
        verify_consistency(a, b, _mth(entries[:a]), _mth(entries[:b]), log.consistency(a, b))
    with pytest.raises(UsageError, match="0 <= old <= new <= 40"):
        log.consistency(20, 19)
    with pytest.raises(UsageError, match="got 5 -> 41"):
        log.consistency(5, 41)


# -- 6. the append-only triggers -------------------------------------------------------------

REFUSED = [
    "UPDATE audit_events SET principal = 'mallory' WHERE seq = 1",
    "UPDATE audit_events SET seq = seq + 100",
    "DELETE FROM audit_events WHERE seq = 4",
    "DELETE FROM audit_events",
    "UPDATE audit_nodes SET idx = idx + 1000 WHERE level = 0",
    "DELETE FROM audit_nodes WHERE level = 1",
    "UPDATE audit_checkpoints SET note = 'forged'",
    "DELETE FROM audit_checkpoints",
    "UPDATE audit_head SET size = 2",
    "UPDATE audit_head SET checkpoint_size = 0",
    "UPDATE audit_head SET size = 0, checkpoint_size = 0, checkpoint_time = 0",
    "DELETE FROM audit_head",
]
PG_REFUSED = [
    "TRUNCATE audit_events",
    "TRUNCATE audit_nodes",
    "TRUNCATE audit_checkpoints",
    "TRUNCATE audit_head",
    "TRUNCATE audit_events, audit_nodes, audit_checkpoints, audit_head",
]


def test_triggers_refuse_changes_by_the_application(
    env: VaultEnv, open_log: Callable[..., AuditLog]
) -> None:
    log = open_log(every=3)
    _record_all(log, 6)
    before = _snapshot(log)
    statements = REFUSED + (PG_REFUSED if env.dialect == "postgresql" else [])
    for sql in statements:
        with pytest.raises(StoreError, match="append-only") as exc, log.store.begin() as conn:
            conn.execute(text(sql))
        # the application sees one clear message, whichever table or database refused
        assert str(exc.value).startswith("refused: the audit log is append-only ("), sql
        assert _snapshot(log) == before, sql

    # an append earlier in the refused transaction is rolled back with it
    with pytest.raises(StoreError, match="append-only"), log.store.begin() as conn:
        assert log.append(conn, [_ev(6)]) == [6]
        conn.execute(text("DELETE FROM audit_events WHERE seq = 0"))
    assert _snapshot(log) == before

    # moving the head forward as part of an append is what the log does, and still works
    assert log.record(_ev(6)) == 6
    report = log.verify()
    assert report.ok, report.problems
    assert report.size == 7


# -- 7. a rogue DBA with the triggers bypassed -----------------------------------------------


@pytest.fixture
def signed_log(open_log: Callable[..., AuditLog]) -> tuple[AuditLog, str]:
    """20 events, checkpoints at 1, 9, 17 and 20; returns the log and the exported note of
    size 20 (what a witness would hold)."""
    log = open_log(every=8)
    _record_all(log, 20)
    note = log.checkpoint().note()
    assert _cp_sizes(log) == [1, 9, 17, 20]
    assert log.verify().ok
    return log, note


def _bad(log: AuditLog, witness: str | None = None) -> VerifyReport:
    report = log.verify(witness=witness)
    assert not report.ok
    return report


@pytest.mark.parametrize(
    ("column", "value", "seq"),
    [
        ("principal", "'mallory'", 6),
        ("details", '\'{"i":999,"values":[]}\'', 11),
        ("details", '\'{"values":["0000000000000000000000000000000b"],"i":11}\'', 11),
        ("time", "'2000-01-01T00:00:00.000000Z'", 0),
        ("outcome", "'denied'", 19),
        ("purpose", "'support '", 13),
    ],
)
def test_rogue_edit_of_one_event(
    env: VaultEnv, signed_log: tuple[AuditLog, str], column: str, value: str, seq: int
) -> None:
    log, _ = signed_log
    env.superuser_sql(f"UPDATE audit_events SET {column} = {value} WHERE seq = {seq}")
    report = _bad(log)
    assert report.first_bad == seq
    assert f"entry seq {seq} was changed" in report.problems[0]


@pytest.mark.parametrize("seq", [0, 7, 12])
def test_rogue_delete_of_one_event(
    env: VaultEnv, signed_log: tuple[AuditLog, str], seq: int
) -> None:
    log, _ = signed_log
    env.superuser_sql(f"DELETE FROM audit_events WHERE seq = {seq}")
    report = _bad(log)
    assert report.first_bad == seq
    assert any(f"entry seq {seq} is missing" in p for p in report.problems), report.problems


def test_rogue_delete_of_the_last_event(env: VaultEnv, signed_log: tuple[AuditLog, str]) -> None:
    log, _ = signed_log
    env.superuser_sql("DELETE FROM audit_events WHERE seq = 19")
    report = _bad(log)
    assert report.first_bad == 19
    assert any("says 20 entries but 19 are stored" in p for p in report.problems)


@pytest.mark.parametrize(("i", "j"), [(3, 12), (8, 9), (0, 19)])
def test_rogue_reorder_of_two_events(
    env: VaultEnv, signed_log: tuple[AuditLog, str], i: int, j: int
) -> None:
    log, _ = signed_log
    a, b = log.get(i), log.get(j)
    env.superuser_sql(
        f"UPDATE audit_events SET seq = -1 WHERE seq = {i};\n"
        f"UPDATE audit_events SET seq = {i} WHERE seq = {j};\n"
        f"UPDATE audit_events SET seq = {j} WHERE seq = -1"
    )
    assert replace(log.get(i), seq=j) == b and replace(log.get(j), seq=i) == a
    report = _bad(log)
    assert report.first_bad == i
    assert f"entry seq {i} was changed" in report.problems[0]


def test_rogue_truncation_is_caught_by_a_witness(
    env: VaultEnv, signed_log: tuple[AuditLog, str]
) -> None:
    log, witness = signed_log
    assert log.verify(witness=witness).ok

    # careless: rows gone, head untouched
    env.superuser_sql("DELETE FROM audit_events WHERE seq >= 15")
    report = _bad(log)
    assert report.first_bad == 15
    assert any("says 20 entries but 15 are stored" in p for p in report.problems)

    # the head lowered and the nodes over the removed entries gone, checkpoints kept
    env.superuser_sql(
        "DELETE FROM audit_nodes WHERE ((idx + 1) << level) > 15;\n"
        "UPDATE audit_head SET size = 15, checkpoint_size = 9"
    )
    report = _bad(log)
    assert report.first_bad == 15
    assert any("checkpoint at size 17 is beyond" in p for p in report.problems)
    assert any("checkpoint at size 20 is beyond" in p for p in report.problems)

    # the checkpoints beyond it deleted too: a consistent prefix, only a witness can tell
    env.superuser_sql("DELETE FROM audit_checkpoints WHERE size > 15")
    quiet = log.verify()
    assert (quiet.size, quiet.signed_size, quiet.unsigned_tail) == (15, 9, 6)
    report = _bad(log, witness=witness)
    assert report.first_bad == 15
    assert any("covers 20 entries but the log has only 15" in p for p in report.problems)

    # and refilled to the witnessed size with other events: the witness root does not match
    for i in range(15, 20):
        assert log.record(_ev(i, principal="mallory")) == i
    assert log.verify().ok  # new checkpoints, honestly signed over the rewritten history
    report = _bad(log, witness=witness)
    assert any("witness checkpoint at size 20 does not match" in p for p in report.problems)


def test_rogue_edit_of_an_event_and_its_leaf_node(
    env: VaultEnv, signed_log: tuple[AuditLog, str]
) -> None:
    log, _ = signed_log
    rec = replace(log.get(6), principal="mallory")
    env.superuser_sql("UPDATE audit_events SET principal = 'mallory' WHERE seq = 6")
    _set_nodes(env, {(0, 6): _leaf(rec.entry())})
    report = _bad(log)
    assert report.first_bad == 6  # via the level-1 node over 6..7
    assert "tree node (level 1, index 3)" in report.problems[0]


def test_rogue_edit_with_every_node_recomputed(
    env: VaultEnv, signed_log: tuple[AuditLog, str]
) -> None:
    log, witness = signed_log
    env.superuser_sql("UPDATE audit_events SET principal = 'mallory' WHERE seq = 6")
    entries = _entries(log)
    stored = _stored_nodes(log)
    forged = {k: v for k, v in _complete_nodes(entries).items() if stored[k] != v}
    assert set(forged) == {(0, 6), (1, 3), (2, 1), (3, 0), (4, 0)}
    _set_nodes(env, forged)
    assert _stored_nodes(log) == _complete_nodes(entries)

    # the stored tree is consistent again; the signed checkpoints are not
    report = _bad(log)
    assert report.first_bad == 1  # the change is after the checkpoint of size 1
    assert any(
        "checkpoint at size 9 does not match" in p and "seq 1..8" in p for p in report.problems
    )
    assert any("checkpoint at size 17 does not match" in p for p in report.problems)
    assert any("checkpoints 1 -> 9 are not consistent" in p for p in report.problems)
    assert report.checkpoints == 4  # their signatures are fine

    # re-signing with another key does not help
    _forge_checkpoints(env, log, entries, Ed25519Signer(bytes(range(32))))
    report = _bad(log)
    assert report.checkpoints == 0
    assert sum("no signature by" in p for p in report.problems) == 4

    # deleting every checkpoint leaves a log with nothing signed, and the witness still knows
    env.superuser_sql("DELETE FROM audit_checkpoints")
    quiet = log.verify()
    assert (quiet.signed_size, quiet.unsigned_tail) == (0, 20)
    report = _bad(log, witness=witness)
    assert any("witness checkpoint at size 20 does not match" in p for p in report.problems)


def test_rogue_edit_before_a_deletion_is_the_first_bad(
    env: VaultEnv, signed_log: tuple[AuditLog, str]
) -> None:
    log, _ = signed_log
    env.superuser_sql(
        "UPDATE audit_events SET principal = 'mallory' WHERE seq = 3;\n"
        "DELETE FROM audit_events WHERE seq = 10"
    )
    report = _bad(log)
    assert any("entry seq 10 is missing" in p for p in report.problems)
    assert report.first_bad == 3


def test_rogue_edits_at_two_levels_name_the_earlier_one(
    env: VaultEnv, signed_log: tuple[AuditLog, str]
) -> None:
    log, _ = signed_log
    rec = replace(log.get(6), principal="mallory")
    env.superuser_sql("UPDATE audit_events SET principal = 'mallory' WHERE seq IN (6, 10)")
    _set_nodes(env, {(0, 6): _leaf(rec.entry())})  # entry 6 now matches its leaf node
    report = _bad(log)
    assert report.first_bad == 6


@pytest.mark.parametrize("how", ["row root", "note root", "note and row root", "signature", "size"])
def test_rogue_checkpoint_tampering(
    env: VaultEnv, signed_log: tuple[AuditLog, str], how: str
) -> None:
    log, _ = signed_log
    [(note,)] = _rows(log, "SELECT note FROM audit_checkpoints WHERE size = 9")
    cp = parse_note(note)
    other_root = hashlib.sha256(b"forged").digest()
    b64 = base64.b64encode(cp.root).decode()
    forged_note = note.replace(b64, base64.b64encode(other_root).decode())
    sig_line = note.split("\n\n")[1]
    raw = bytearray(base64.b64decode(sig_line.split(" ")[2]))
    raw[-1] ^= 0x01
    flipped = note.replace(sig_line.split(" ")[2].strip(), base64.b64encode(raw).decode())
    sql, message = {
        "row root": (f"UPDATE audit_checkpoints SET root = {_blob(env, other_root)}", "its row"),
        "note root": (f"UPDATE audit_checkpoints SET note = {_str(forged_note)}", "its row"),
        "note and row root": (
            f"UPDATE audit_checkpoints SET note = {_str(forged_note)}, "
            f"root = {_blob(env, other_root)}",
            "signature by",
        ),
        "signature": (f"UPDATE audit_checkpoints SET note = {_str(flipped)}", "does not verify"),
        "size": (
            "UPDATE audit_checkpoints SET size = 8, note = "
            + _str(note.replace(f"\n9\n{b64}", f"\n8\n{b64}")),
            "does not verify",
        ),
    }[how]
    env.superuser_sql(sql + " WHERE size = 9")
    report = _bad(log)
    assert report.first_bad is None  # the entries themselves are intact
    assert report.checkpoints == 3
    assert len(report.problems) == 1
    assert "checkpoint at size" in report.problems[0]
    assert message in report.problems[0]


def test_rogue_checkpoint_signed_with_another_key(
    env: VaultEnv, signed_log: tuple[AuditLog, str]
) -> None:
    log, _ = signed_log
    entries = _entries(log)
    mallory = Ed25519Signer(bytes(range(5, 37)))
    _forge_checkpoints(env, log, entries, mallory)
    report = _bad(log)
    assert report.first_bad is None
    assert report.checkpoints == 0
    assert sum("no signature by" in p for p in report.problems) == 4

    # labelled with the log's key id, the signature itself fails
    version = _rows(log, "SELECT key_version FROM audit_checkpoints WHERE size = 20")[0][0]
    cp = Checkpoint(log.origin, 20, _mth(entries))
    cp = sign_body(cp, log.origin, mallory.public_key, mallory.sign(cp.body.encode()))
    relabelled = replace(
        cp, signatures=(replace(cp.signatures[0], key_id=key_id(log.origin, log.public_key())),)
    )
    env.superuser_sql(
        f"UPDATE audit_checkpoints SET note = {_str(relabelled.note())} WHERE size = 20"
    )
    report = _bad(log)
    assert any("checkpoint at size 20: signature by" in p for p in report.problems)

    # a checkpoint that claims a key version the keyring does not have
    env.superuser_sql(
        f"UPDATE audit_checkpoints SET key_version = {int(version) + 7} WHERE size = 20"
    )
    report = _bad(log)
    assert any(f"key version {int(version) + 7} is not available" in p for p in report.problems)


# -- 8. witnesses ----------------------------------------------------------------------------


@pytest.fixture
def other_url(env: VaultEnv, tmp_path: Path) -> Iterator[str]:
    """Another, empty database of the same kind: another log."""
    if env.dialect == "sqlite":
        yield f"sqlite:///{tmp_path / 'other.db'}"
        return
    schema = pg_schema()
    try:
        yield schema.url
    finally:
        drop_pg_schema(schema)


def test_witness_notes(
    env: VaultEnv, open_log: Callable[..., AuditLog], other_url: str, tmp_path: Path
) -> None:
    log = open_log(every=5)
    _record_all(log, 9)
    early = log.checkpoint().note()
    _record_all(log, 8, start=9)
    for note in (early, log.checkpoint().note()):
        report = log.verify(witness=note)
        assert report.ok, report.problems
    with pytest.raises(AuditIntegrityError, match="checkpoint"):
        log.verify(witness="not a note")

    # notes of another log: another store with the same keyring, another keyring with the
    # same origin
    other_settings = Settings(home=tmp_path / "other-home", passphrase=SecretStr("x"))
    other_ring = init_keyring(other_settings, kdf=CHEAP_KDF)
    foreign = AuditLog(Store(other_url), env.keyring, checkpoint_every=5)
    impostor = AuditLog(Store(other_url), other_ring, origin=log.origin)
    try:
        assert foreign.origin != log.origin
        _record_all(foreign, 9)
        report = _bad(log, witness=foreign.checkpoint().note())
        assert report.problems == [
            f"witness checkpoint is for another log (origin {foreign.origin!r})"
        ]
        assert report.first_bad is None
        # same origin, another key
        assert impostor.record(_ev(9)) == 9
        note = impostor.checkpoint().note()
        assert (parse_note(note).origin, parse_note(note).size) == (log.origin, 10)
        report = _bad(log, witness=note)
        assert any("does not verify with this log's keys" in p for p in report.problems)
    finally:
        foreign.store.close()
        impostor.store.close()
        other_ring.close()


def test_foreign_witness_larger_than_the_log_names_no_entry(
    env: VaultEnv, open_log: Callable[..., AuditLog], other_url: str
) -> None:
    log = open_log()
    _record_all(log, 5)
    foreign = AuditLog(Store(other_url), env.keyring)
    try:
        _record_all(foreign, 9)
        report = _bad(log, witness=foreign.checkpoint().note())
        assert any("is for another log" in p for p in report.problems)
        assert report.first_bad is None
        assert not any("removed" in p for p in report.problems)
    finally:
        foreign.store.close()


# -- 9. the vault audits every call ----------------------------------------------------------


def _deny_mallory(req: AccessRequest) -> None:
    if req.principal == "mallory":
        raise AccessDenied("mallory may not")


def test_vault_calls_are_audited(env: VaultEnv) -> None:
    vault = open_vault(env.settings, keyring=env.keyring, authorizer=_deny_mallory)
    try:
        log = vault.audit
        vault.create_namespace("ssn", "deterministic", principal="p", purpose="t")
        values = [SECRET, "987-65-4321"]
        tokens = vault.tokenize("ssn", values, principal="etl", purpose="training")
        assert vault.tokenize("ssn", values[:1], principal="etl", purpose="again") == tokens[:1]
        masked = vault.detokenize(tokens, principal="alice", purpose="support", view="masked")
        assert masked != values
        with pytest.raises(UnknownToken):
            vault.detokenize(["nope"], principal="bob", purpose="support")
        with pytest.raises(AccessDenied):
            vault.detokenize(tokens, principal="mallory", purpose="curiosity")

        h = [log.hmac(v) for v in values]
        got = [
            (r.principal, r.action, r.resource, r.purpose, r.outcome, json.loads(r.details))
            for r in log.tail(100)
        ]
        assert got == [
            (
                "p",
                "namespace.create",
                "vault/ssn",
                "t",
                "ok",
                {
                    "alphabet": None,
                    "format": "deterministic",
                    "keep_last": 0,
                    "max_length": 4096,
                    "ttl_seconds": None,
                },
            ),
            (
                "etl",
                "tokenize",
                "vault/ssn",
                "training",
                "ok",
                {"namespace": "ssn", "count": 2, "values": h},
            ),
            (
                "etl",
                "tokenize",
                "vault/ssn",
                "again",
                "ok",
                {"namespace": "ssn", "count": 1, "values": h[:1]},
            ),
            (
                "alice",
                "detokenize",
                "vault/*",
                "support",
                "ok",
                {"count": 2, "view": "masked", "values": h, "namespaces": ["ssn"]},
            ),
            (
                "bob",
                "detokenize",
                "vault/*",
                "support",
                "error",
                {"error": "UnknownToken", "count": 1},
            ),
            (
                "mallory",
                "detokenize",
                "vault/*",
                "curiosity",
                "denied",
                {"reason": "mallory may not", "count": 2, "view": "plain"},
            ),
        ]
        for b in _all_text(log):
            for v in values:
                assert v.encode() not in b
                assert v.replace("-", "").encode() not in b
        report = log.verify()
        assert report.ok, report.problems
        assert report.size == 6
    finally:
        vault.store.close()


def test_vault_call_fails_when_the_audit_write_fails(env: VaultEnv) -> None:
    vault = open_vault(env.settings, keyring=env.keyring)
    try:
        vault.create_namespace("ssn", "deterministic", principal="p", purpose="t")
        [token] = vault.tokenize("ssn", ["111-11-1111"], principal="etl", purpose="training")
        log = vault.audit
        before = _snapshot(log)
        tokens_before = _rows(log, "SELECT token FROM vault_tokens ORDER BY token")
        if env.dialect == "postgresql":
            env.superuser_sql(
                "CREATE FUNCTION audit_down() RETURNS trigger LANGUAGE plpgsql AS $$ "
                "BEGIN RAISE EXCEPTION 'audit down'; END $$;\n"
                "CREATE TRIGGER audit_down BEFORE INSERT ON audit_events "
                "FOR EACH ROW EXECUTE FUNCTION audit_down()"
            )
        else:
            env.superuser_sql(
                "CREATE TRIGGER audit_down BEFORE INSERT ON audit_events "
                "BEGIN SELECT RAISE(ABORT, 'audit down'); END"
            )

        with pytest.raises(StoreError, match="audit down"):
            vault.tokenize("ssn", ["222-22-2222"], principal="etl", purpose="training")
        with pytest.raises(StoreError, match="audit down"):
            vault.detokenize([token], principal="alice", purpose="support")
        with pytest.raises(StoreError, match="audit down"):
            vault.create_namespace("cc", "random", principal="p", purpose="t")
        assert _rows(log, "SELECT token FROM vault_tokens ORDER BY token") == tokens_before
        assert _rows(log, "SELECT name FROM vault_namespaces") == [("ssn",)]
        assert _snapshot(log) == before

        on = " ON audit_events" if env.dialect == "postgresql" else ""
        with log.store.begin() as conn:
            conn.execute(text(f"DROP TRIGGER audit_down{on}"))
        vault.tokenize("ssn", ["222-22-2222"], principal="etl", purpose="training")
        assert len(_rows(log, "SELECT token FROM vault_tokens")) == len(tokens_before) + 1
        assert _seqs(log) == [0, 1, 2]
        assert log.verify().ok
    finally:
        vault.store.close()


# -- 10. concurrent writers ------------------------------------------------------------------


def _writer(settings: Settings, worker: int, barrier: Any) -> None:
    ring = open_keyring(settings)
    log = open_audit_log(settings, keyring=ring)
    try:
        barrier.wait(timeout=60)
        for txn in range(5):
            events = [
                Event(f"w{worker}", "write", f"txn{txn}", "concurrency", details={"k": k})
                for k in range(5)
            ]
            with log.store.begin() as conn:
                seqs = log.append(conn, events)
            assert seqs == list(range(seqs[0], seqs[0] + 5))
    finally:
        log.store.close()
        ring.close()


def test_concurrent_writers_are_gap_free(env: VaultEnv, open_log: Callable[..., AuditLog]) -> None:
    log = open_log(every=10)  # creates the keysets before the workers open the keyring
    settings = env.settings.model_copy(update={"audit_checkpoint_every": 10})
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(4)
    procs = [ctx.Process(target=_writer, args=(settings, w, barrier)) for w in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=120)
    assert [p.exitcode for p in procs] == [0, 0, 0, 0]

    assert _seqs(log) == list(range(100))
    assert log.size() == 100
    rows = _rows(log, "SELECT seq, principal, resource FROM audit_events ORDER BY seq")
    by_txn: dict[tuple[str, str], list[int]] = {}
    for seq, principal, resource in rows:
        by_txn.setdefault((principal, resource), []).append(int(seq))
    assert len(by_txn) == 20
    for seqs in by_txn.values():  # each transaction's events are consecutive
        assert seqs == list(range(seqs[0], seqs[0] + 5))
    report = log.verify()
    assert report.ok, report.problems
    assert report.checkpoints >= 9
    assert _stored_nodes(log) == _complete_nodes(_entries(log))


def test_deleting_all_checkpoints_is_caught(
    env: VaultEnv, signed_log: tuple[AuditLog, str]
) -> None:
    """A rogue DBA who rewrites an entry, recomputes its node and deletes every signed
    checkpoint still leaves the head's record of the last checkpoint behind."""
    log, _ = signed_log
    env.superuser_sql("DELETE FROM audit_checkpoints")
    report = _bad(log)
    assert any("checkpoints were deleted" in p for p in report.problems)
