"""The audit log: append-only events in a Merkle tree (RFC 9162) with signed checkpoints.

Every event is one leaf: ``SHA-256(0x00 || entry)`` where ``entry`` is the canonical JSON
(sorted keys, no spaces, ASCII) of ``seq, time, principal, action, resource, purpose,
outcome, details``. ``details`` carries keyed HMACs of sensitive values (keyset
``audit.hmac``), never the values. Complete subtree hashes are stored (``audit_nodes``),
so inclusion and consistency proofs need O(log n) reads. Checkpoints (``origin, size,
root``) are signed with the Ed25519 keyset ``audit.signing`` every
``VEIL_AUDIT_CHECKPOINT_EVERY`` events or ``VEIL_AUDIT_CHECKPOINT_SECONDS`` seconds, in the C2SP
signed-note format (:mod:`veil.audit.checkpoint`), and can be exported for a witness.

Appends happen inside the caller's transaction (:meth:`AuditLog.append`), so an audited
action and its event commit together or not at all. The head row (``audit_head``) is locked
for the append, which makes sequence numbers gap-free on PostgreSQL too; database triggers
refuse UPDATE, DELETE and TRUNCATE on the log tables. :meth:`AuditLog.verify` recomputes
everything from the rows and names the first entry that does not match.
"""

from __future__ import annotations

import itertools
import json
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, and_, bindparam, func, or_, select, update

from veil.audit import merkle
from veil.audit.checkpoint import Checkpoint, parse_note, sign_body, vkey
from veil.errors import AuditIntegrityError, KeyringError, UsageError
from veil.keys import Keyring, Keyset, Template
from veil.store import Store
from veil.store.schema import audit_checkpoints, audit_events, audit_head, audit_nodes

__all__ = [
    "AuditLog",
    "Event",
    "InclusionProof",
    "Record",
    "VerifyReport",
    "encode_entry",
]

HMAC_KEYSET = "audit.hmac"
SIGNING_KEYSET = "audit.signing"
_VERIFY_CHUNK = 1 << 14


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def encode_entry(
    seq: int,
    time_: str,
    principal: str,
    action: str,
    resource: str,
    purpose: str,
    outcome: str,
    details: str,
) -> bytes:
    """The leaf input of one event. ``details`` is its canonical JSON text as stored."""
    head = json.dumps(
        {
            "action": action,
            "outcome": outcome,
            "principal": principal,
            "purpose": purpose,
            "resource": resource,
            "seq": seq,
            "time": time_,
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=True,
    )
    # {"action":..,"details":<canonical>,"outcome":..} : details sorts between the two
    i = head.index(',"outcome":')
    return (head[:i] + ',"details":' + details + head[i:]).encode()


def _canonical(details: dict[str, Any]) -> str:
    return json.dumps(details, sort_keys=True, separators=(",", ":"), ensure_ascii=True)


@dataclass(frozen=True)
class Event:
    """What happened, before it gets a sequence number."""

    principal: str
    action: str
    resource: str
    purpose: str
    outcome: str = "ok"
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Record:
    seq: int
    time: str
    principal: str
    action: str
    resource: str
    purpose: str
    outcome: str
    details: str

    def entry(self) -> bytes:
        return encode_entry(
            self.seq,
            self.time,
            self.principal,
            self.action,
            self.resource,
            self.purpose,
            self.outcome,
            self.details,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "time": self.time,
            "principal": self.principal,
            "action": self.action,
            "resource": self.resource,
            "purpose": self.purpose,
            "outcome": self.outcome,
            "details": json.loads(self.details),
        }


@dataclass(frozen=True)
class InclusionProof:
    """Everything an outsider needs to check that entry ``seq`` is in the signed log."""

    seq: int
    size: int
    entry: bytes
    leaf_hash: bytes
    path: tuple[bytes, ...]
    root: bytes
    checkpoint: str

    def verify(self, public_key: bytes, name: str) -> None:
        cp = parse_note(self.checkpoint)
        cp.verify(name, public_key)
        if cp.size != self.size or cp.root != self.root:
            raise AuditIntegrityError("proof: checkpoint does not match the proof's tree")
        if merkle.leaf_hash(self.entry) != self.leaf_hash:
            raise AuditIntegrityError("proof: entry does not hash to the leaf")
        merkle.verify_inclusion(self.seq, self.size, self.leaf_hash, self.path, self.root)

    def to_json(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "tree_size": self.size,
            "entry": self.entry.decode(),
            "leaf_hash": self.leaf_hash.hex(),
            "inclusion_path": [h.hex() for h in self.path],
            "root": self.root.hex(),
            "checkpoint": self.checkpoint,
        }


@dataclass
class VerifyReport:
    size: int = 0
    checkpoints: int = 0
    signed_size: int = 0
    first_bad: int | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def unsigned_tail(self) -> int:
        return self.size - self.signed_size

    def fail(self, message: str, seq: int | None = None) -> None:
        self.problems.append(message)
        if seq is not None and (self.first_bad is None or seq < self.first_bad):
            self.first_bad = seq


# statements every append runs, built once (building them is a good part of an append)
_HEAD_FOR_UPDATE = (
    select(audit_head.c.size, audit_head.c.checkpoint_size, audit_head.c.checkpoint_time)
    .where(audit_head.c.id == 1)
    .with_for_update()
)
_SET_SIZE = update(audit_head).where(audit_head.c.id == 1).values(size=bindparam("size"))
_NODE_AT = select(audit_nodes.c.hash).where(
    audit_nodes.c.level == bindparam("lv"), audit_nodes.c.idx == bindparam("ix")
)


class _DbNodes:
    """:class:`merkle.NodeReader` over ``audit_nodes`` in one transaction."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def get_nodes(self, ids: Sequence[tuple[int, int]]) -> dict[tuple[int, int], bytes]:
        if not ids:
            return {}
        # an OR of primary-key lookups: SQLite plans a row-value IN as a full table scan
        # (188 ms per call at 1M events, against 0.2 ms for this form)
        cond = or_(*(and_(audit_nodes.c.level == lv, audit_nodes.c.idx == ix) for lv, ix in ids))
        rows = self.conn.execute(
            select(audit_nodes.c.level, audit_nodes.c.idx, audit_nodes.c.hash).where(cond)
        )
        return {(int(r[0]), int(r[1])): bytes(r[2]) for r in rows}


class AuditLog:
    """Append, prove and verify. One per process; thread-compatible, not thread-safe."""

    def __init__(
        self,
        store: Store,
        keyring: Keyring,
        *,
        checkpoint_every: int = 1000,
        checkpoint_seconds: float = 60.0,
        origin: str | None = None,
        clock: Callable[[], str] = _now,
    ) -> None:
        self.store = store
        self.keyring = keyring
        self.checkpoint_every = checkpoint_every
        self.checkpoint_seconds = checkpoint_seconds
        self._hmac: Keyset = keyring.ensure(HMAC_KEYSET, Template.HMAC_SHA256)
        self._signing: Keyset = keyring.ensure(SIGNING_KEYSET, Template.ED25519)
        if origin is None:
            with store.read() as conn:
                origin = f"veil/{store.meta(conn, 'store_id')}"
        self.origin = origin
        self.clock = clock
        # the right edge of the tree after this process's last append, so the next append
        # need not read it back (see _compact_at)
        self._tail: merkle.CompactRange | None = None

    # -- keyed hashes ------------------------------------------------------------------------

    def hmac(self, value: str | bytes) -> str:
        """A 128-bit keyed hash of a sensitive value, for events: lets an investigator ask
        "who touched this value" without the log holding it."""
        data = value.encode() if isinstance(value, str) else value
        return self._hmac.prf(b"veil-audit|" + data)[:16].hex()

    def hmacs(self, values: Sequence[str]) -> list[str]:
        """:meth:`hmac` of many values (one key lookup)."""
        macs = self._hmac.prf_many(b"veil-audit|" + v.encode() for v in values)
        return [m[:16].hex() for m in macs]

    # -- writing -----------------------------------------------------------------------------

    def append(self, conn: Connection, events: Sequence[Event]) -> list[int]:
        """Append ``events`` inside the caller's transaction; returns their sequence numbers.
        Signs a checkpoint when one is due. Nothing is written if the transaction rolls back."""
        if not events:
            return []
        head = conn.execute(_HEAD_FOR_UPDATE).one()
        size, cp_size, cp_time = int(head[0]), int(head[1]), int(head[2])
        compact = self._compact_at(conn, size)
        rows, nodes = [], []
        for i, ev in enumerate(events):
            rec = Record(
                size + i,
                self.clock(),
                ev.principal,
                ev.action,
                ev.resource,
                ev.purpose,
                ev.outcome,
                _canonical(ev.details),
            )
            rows.append(
                {
                    "seq": rec.seq,
                    "time": rec.time,
                    "principal": rec.principal,
                    "action": rec.action,
                    "resource": rec.resource,
                    "purpose": rec.purpose,
                    "outcome": rec.outcome,
                    "details": rec.details,
                }
            )
            nodes.extend(compact.append(merkle.leaf_hash(rec.entry())))
        conn.execute(audit_events.insert(), rows)
        conn.execute(
            audit_nodes.insert(), [{"level": lv, "idx": ix, "hash": h} for lv, ix, h in nodes]
        )
        new_size = size + len(events)
        values: dict[str, int] = {"size": new_size}
        now = int(time.time())
        if new_size - cp_size >= self.checkpoint_every or now - cp_time >= self.checkpoint_seconds:
            self._write_checkpoint(conn, new_size, compact.root())
            values.update(checkpoint_size=new_size, checkpoint_time=now)
        if len(values) == 1:
            conn.execute(_SET_SIZE, values)
        else:
            conn.execute(update(audit_head).where(audit_head.c.id == 1).values(**values))
        self._tail = compact.copy()
        return [r["seq"] for r in rows]  # type: ignore[misc]

    def _compact_at(self, conn: Connection, size: int) -> merkle.CompactRange:
        """The tree's right edge at ``size``. Rebuilding it reads log2(size) nodes with a
        query SQLAlchemy must build anew each time (40% of an append); the edge this process
        left after its last append is reused instead when the stored tree still ends with
        it: same size and the same rightmost node, one primary-key read. That check catches
        both an append by another process and a rolled-back transaction of this one."""
        tail = self._tail
        if tail is not None and tail.size == size:
            last = tail.last_node()
            if last is None:
                return tail.copy()
            (level, index), value = last
            stored = conn.execute(_NODE_AT, {"lv": level, "ix": index}).scalar()
            if stored is not None and bytes(stored) == value:
                return tail.copy()
        return merkle.CompactRange.from_nodes(size, _DbNodes(conn).get_nodes)

    def record(self, event: Event) -> int:
        """Append one event in its own transaction (e.g. a denied request)."""
        with self.store.begin() as conn:
            return self.append(conn, [event])[0]

    def _write_checkpoint(self, conn: Connection, size: int, root: bytes) -> Checkpoint:
        cp = Checkpoint(self.origin, size, root)
        version, sig = self._signing.sign(cp.body.encode())
        cp = sign_body(cp, self.origin, self._signing.public_key(version), sig)
        conn.execute(
            audit_checkpoints.insert().values(
                size=size, root=root, time=self.clock(), key_version=version, note=cp.note()
            )
        )
        return cp

    def checkpoint(self) -> Checkpoint:
        """Sign a checkpoint of the current tree now (or return the latest, if the log has not
        grown since)."""
        with self.store.begin() as conn:
            head = conn.execute(
                select(audit_head.c.size, audit_head.c.checkpoint_size)
                .where(audit_head.c.id == 1)
                .with_for_update()
            ).one()
            size, cp_size = int(head[0]), int(head[1])
            latest = self._latest(conn)
            if latest is not None and latest.size == size and cp_size == size:
                return latest
            root = merkle.root_from_nodes(size, _DbNodes(conn))
            cp = self._write_checkpoint(conn, size, root)
            conn.execute(
                update(audit_head)
                .where(audit_head.c.id == 1)
                .values(checkpoint_size=size, checkpoint_time=int(time.time()))
            )
            return cp

    # -- reading -----------------------------------------------------------------------------

    def _latest(self, conn: Connection) -> Checkpoint | None:
        note = conn.execute(
            select(audit_checkpoints.c.note).order_by(audit_checkpoints.c.size.desc()).limit(1)
        ).scalar()
        return None if note is None else parse_note(note)

    def latest_checkpoint(self) -> Checkpoint | None:
        with self.store.read() as conn:
            return self._latest(conn)

    def size(self) -> int:
        with self.store.read() as conn:
            return int(conn.execute(select(audit_head.c.size)).scalar_one())

    def tail(self, n: int = 20) -> list[Record]:
        if n < 0:
            raise UsageError("tail: n must be >= 0")
        with self.store.read() as conn:
            rows = conn.execute(
                select(audit_events).order_by(audit_events.c.seq.desc()).limit(n)
            ).all()
        return [_record(r) for r in reversed(rows)]

    def get(self, seq: int) -> Record:
        with self.store.read() as conn:
            row = conn.execute(select(audit_events).where(audit_events.c.seq == seq)).first()
        if row is None:
            raise UsageError(f"no audit event with seq {seq}")
        return _record(row)

    def public_key(self, version: int | None = None) -> bytes:
        return self._signing.public_key(version)

    def vkey(self, version: int | None = None) -> str:
        """Verifier key line for witnesses (C2SP note format)."""
        return vkey(self.origin, self.public_key(version))

    def proof(self, seq: int, size: int | None = None) -> InclusionProof:
        """Inclusion proof of entry ``seq`` in the latest signed checkpoint (or, with
        ``size``, in the checkpoint of exactly that size). Signs one first if ``seq`` is
        newer than the latest checkpoint."""
        with self.store.read() as conn:
            cp = self._checkpoint_covering(conn, seq, size)
        if cp is None:
            self.checkpoint()
            with self.store.read() as conn:
                cp = self._checkpoint_covering(conn, seq, size)
        if cp is None:
            raise UsageError(f"no audit event with seq {seq}")
        with self.store.read() as conn:
            row = conn.execute(select(audit_events).where(audit_events.c.seq == seq)).first()
            if row is None:
                raise UsageError(f"no audit event with seq {seq}")
            rec = _record(row)
            path = merkle.inclusion_proof(seq, cp.size, _DbNodes(conn))
        entry = rec.entry()
        return InclusionProof(
            seq, cp.size, entry, merkle.leaf_hash(entry), tuple(path), cp.root, cp.note()
        )

    def _checkpoint_covering(
        self, conn: Connection, seq: int, size: int | None
    ) -> Checkpoint | None:
        if seq < 0:
            raise UsageError("seq must be >= 0")
        q = select(audit_checkpoints.c.note)
        if size is not None:
            q = q.where(audit_checkpoints.c.size == size)
        note = conn.execute(q.order_by(audit_checkpoints.c.size.desc()).limit(1)).scalar()
        if note is None:
            if size is not None:
                raise UsageError(f"no signed checkpoint of size {size}")
            return None
        cp = parse_note(note)
        if seq >= cp.size:
            if size is not None:
                raise UsageError(f"seq {seq} is not in the checkpoint of size {size}")
            return None
        return cp

    def consistency(self, old_size: int, new_size: int) -> list[bytes]:
        with self.store.read() as conn:
            size = int(conn.execute(select(audit_head.c.size)).scalar_one())
            if not 0 <= old_size <= new_size <= size:
                raise UsageError(
                    f"consistency proof needs 0 <= old <= new <= {size} (the log's size), "
                    f"got {old_size} -> {new_size}"
                )
            return merkle.consistency_proof(old_size, new_size, _DbNodes(conn))

    # -- verification ------------------------------------------------------------------------

    def _keys(self) -> dict[int, bytes]:
        keys = {}
        for kv in self._signing.info.versions:
            try:
                keys[kv.version] = self._signing.public_key(kv.version)
            except KeyringError:
                continue  # destroyed or disabled: its checkpoints cannot be checked
        return keys

    def verify(
        self,
        *,
        witness: str | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> VerifyReport:
        """Recompute the tree from the rows; check every stored node, every checkpoint's
        signature and root, consistency between successive checkpoints, and (``witness``)
        an exported checkpoint note. Returns a report; ``report.first_bad`` names the first
        entry that does not match."""
        report = VerifyReport()
        keys = self._keys()
        with self.store.read() as conn:
            head = conn.execute(select(audit_head.c.size, audit_head.c.checkpoint_size)).one()
            report.size, head_cp_size = int(head[0]), int(head[1])
            count = int(conn.execute(select(func.count()).select_from(audit_events)).scalar_one())
            cps = self._verify_checkpoints(conn, keys, report)
            wanted: dict[int, bytes] = {cp.size: cp.root for cp in cps}
            external = None
            if witness is not None:
                external = parse_note(witness)
                origins = {cp.origin for cp in cps} | {self.origin}
                if external.origin not in origins:
                    report.fail(
                        f"witness checkpoint is for another log (origin {external.origin!r})"
                    )
                    external = None
                elif not any(_verifies(external, external.origin, k) for k in keys.values()):
                    report.fail(
                        "witness checkpoint: signature does not verify with this log's keys"
                    )
                    external = None  # a foreign or forged note says nothing about this log
                elif external.size > report.size:
                    report.fail(
                        f"witness checkpoint covers {external.size} entries but the log has "
                        f"only {report.size}: entries were removed",
                        report.size,
                    )
            if head_cp_size and head_cp_size not in wanted:
                report.fail(
                    f"the log head records a signed checkpoint at size {head_cp_size}, but it "
                    "is missing: checkpoints were deleted"
                )
            roots = self._recompute(
                conn,
                report,
                count,
                set(wanted) | ({external.size} if external is not None else set()),
                progress,
            )
            for cp in cps:
                got = roots.get(cp.size)
                if got is not None and got != cp.root:
                    prev = max((c.size for c in cps if c.size < cp.size), default=0)
                    report.fail(
                        f"checkpoint at size {cp.size} does not match the entries: an entry in "
                        f"seq {prev}..{cp.size - 1} was changed",
                        prev if report.first_bad is None or report.first_bad >= cp.size else None,
                    )
            if external is not None and external.size <= report.size:
                got = roots.get(external.size)
                if got is not None and got != external.root:
                    report.fail(
                        f"witness checkpoint at size {external.size} does not match the log"
                    )
            for a, b in itertools.pairwise(cps):
                try:
                    proof = merkle.consistency_proof(a.size, b.size, _DbNodes(conn))
                    merkle.verify_consistency(a.size, b.size, a.root, b.root, proof)
                except AuditIntegrityError as e:
                    report.fail(f"checkpoints {a.size} -> {b.size} are not consistent: {e}")
        return report

    def _verify_checkpoints(
        self, conn: Connection, keys: dict[int, bytes], report: VerifyReport
    ) -> list[Checkpoint]:
        cps = []
        for row in conn.execute(select(audit_checkpoints).order_by(audit_checkpoints.c.size)):
            try:
                cp = parse_note(row.note)
            except AuditIntegrityError as e:
                report.fail(f"checkpoint at size {row.size}: {e}")
                continue
            key = keys.get(int(row.key_version))
            if key is None:
                report.fail(
                    f"checkpoint at size {row.size}: signing key version {row.key_version} is "
                    "not available (destroyed?)"
                )
                continue
            if cp.size != row.size or cp.root != bytes(row.root):
                report.fail(f"checkpoint at size {row.size}: note does not match its row")
                continue
            try:
                cp.verify(cp.origin, key)  # the origin may have been renamed since
            except AuditIntegrityError as e:
                report.fail(str(e))
                continue
            if cp.size > report.size:
                report.fail(
                    f"checkpoint at size {cp.size} is beyond the log's {report.size} entries: "
                    "entries were removed",
                    report.size,
                )
            cps.append(cp)
            report.checkpoints += 1
            report.signed_size = max(report.signed_size, cp.size)
        return cps

    def _recompute(
        self,
        conn: Connection,
        report: VerifyReport,
        count: int,
        sizes: set[int],
        progress: Callable[[int, int], None] | None,
    ) -> dict[int, bytes]:
        compact = merkle.CompactRange()
        roots: dict[int, bytes] = {}
        if 0 in sizes:
            roots[0] = compact.root()
        expected = 0
        total = max(report.size, count)
        for chunk in _chunks(conn, total):
            start = expected
            made: list[tuple[int, int, bytes]] = []
            for rec in chunk:
                if rec.seq != expected:
                    report.fail(
                        f"entry seq {expected} is missing (next is {rec.seq})"
                        if rec.seq > expected
                        else f"entry seq {rec.seq} is out of order",
                        expected,
                    )
                    self._compare_nodes(conn, made, report, start)
                    return roots
                made.extend(compact.append(merkle.leaf_hash(rec.entry())))
                expected += 1
                if expected in sizes:
                    roots[expected] = compact.root()
            self._compare_nodes(conn, made, report, start)
            if progress is not None:
                progress(expected, total)
        if expected != report.size:
            report.fail(
                f"the log head says {report.size} entries but {expected} are stored",
                min(expected, report.size),
            )
        return roots

    def _compare_nodes(
        self,
        conn: Connection,
        made: list[tuple[int, int, bytes]],
        report: VerifyReport,
        start: int,
    ) -> None:
        if not made:
            return
        by_level: dict[int, list[tuple[int, bytes]]] = {}
        bad_leaves: list[int] = []
        for level, idx, h in made:
            by_level.setdefault(level, []).append((idx, h))
        for level, items in sorted(by_level.items()):
            lo, hi = items[0][0], items[-1][0]
            stored = {
                int(r[0]): bytes(r[1])
                for r in conn.execute(
                    select(audit_nodes.c.idx, audit_nodes.c.hash).where(
                        audit_nodes.c.level == level,
                        audit_nodes.c.idx >= lo,
                        audit_nodes.c.idx <= hi,
                    )
                )
            }
            reported = False
            for idx, h in items:
                if stored.get(idx) == h:
                    continue
                first_leaf, last_leaf = idx << level, ((idx + 1) << level) - 1
                if any(first_leaf <= b <= last_leaf for b in bad_leaves):
                    continue  # explained by a mismatch below it
                bad_leaves.append(first_leaf)
                if reported:
                    continue  # one message per level; the first names the smallest seq
                reported = True
                if level == 0:
                    msg = f"entry seq {first_leaf} was changed (it does not match its stored hash)"
                else:
                    msg = (
                        f"tree node (level {level}, index {idx}) does not match: an entry in "
                        f"seq {first_leaf}..{last_leaf} or the node itself was changed"
                    )
                report.fail(msg, first_leaf)


def _verifies(cp: Checkpoint, name: str, key: bytes) -> bool:
    try:
        cp.verify(name, key)
    except AuditIntegrityError:
        return False
    return True


def _record(row: Any) -> Record:
    return Record(
        int(row.seq),
        row.time,
        row.principal,
        row.action,
        row.resource,
        row.purpose,
        row.outcome,
        row.details,
    )


def _chunks(conn: Connection, total: int) -> Iterator[list[Record]]:
    last = -1
    while True:
        rows = conn.execute(
            select(audit_events)
            .where(audit_events.c.seq > last)
            .order_by(audit_events.c.seq)
            .limit(_VERIFY_CHUNK)
        ).all()
        if not rows:
            return
        yield [_record(r) for r in rows]
        last = int(rows[-1].seq)
