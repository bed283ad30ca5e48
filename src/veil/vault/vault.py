"""The token vault: tokenize and detokenize with namespaces, subjects and views.

Keys (all in the keyring, created on first use):

* ``vault.values``   AES256_GCM   values without a subject; aad = ``veil-vault|ns|token``
* ``vault.subjects`` AES256_GCM   wraps one data key per data subject (``vault_subjects``)
* ``vault.index``    HMAC_SHA256  blind index (namespace, subject, value) and subject refs
* ``vault.fpe``      FF1_AES256   format-preserving tokens, tweaked by namespace

Erasing a subject deletes its wrapped data key and its tokens' ciphertexts and blind
indexes, then rotates ``vault.subjects``, rewraps every other subject's key under the new
version and destroys the old versions: a database backup taken before the erasure holds
the subject's key wrapped under a destroyed version, so it is unreadable there too.

Every call names a principal and a purpose and passes the :data:`Authorizer` hook; every
call is audited in the same transaction as its effect (a failed audit write fails the call).
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import Connection, bindparam, select, text, update

from veil.audit import AuditLog, Event
from veil.errors import (
    AccessDenied,
    SubjectErased,
    TokenExpired,
    UnknownToken,
    UsageError,
    VaultError,
    VeilError,
)
from veil.keys import DataKey, Keyring, Keyset, KeyState, Template
from veil.store import Store
from veil.store.schema import meta, vault_namespaces, vault_requests, vault_subjects, vault_tokens
from veil.vault.formats import (
    ALPHABETS,
    TokenFormat,
    View,
    fpe_token,
    last4,
    mask,
    random_tokens,
)

__all__ = [
    "MAX_BATCH",
    "AccessRequest",
    "Authorizer",
    "ErasureReport",
    "Namespace",
    "Vault",
    "allow_all",
]

MAX_BATCH = 10_000
"""Values per tokenize/detokenize call (each call is one transaction and one audit event)."""
MAX_VALUE_LENGTH = 4096
_IN_CHUNK = 2000
_NAME_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789_.-")


@dataclass(frozen=True)
class Namespace:
    id: int
    name: str
    format: TokenFormat
    ttl: timedelta | None
    alphabet: str | None
    keep_last: int
    max_length: int
    created_at: int

    @property
    def deterministic(self) -> bool:
        return self.format is not TokenFormat.RANDOM


@dataclass(frozen=True)
class AccessRequest:
    """What the authorization hook decides on."""

    principal: str
    action: str
    resource: str
    purpose: str
    view: View | None = None
    count: int = 0


Authorizer = Callable[[AccessRequest], Mapping[str, Any] | None]
"""Raises :class:`~veil.errors.AccessDenied` to refuse. May return details of the decision
(e.g. the policies that allowed it), which go into the audit event of the call. The access
layer plugs in here."""


def allow_all(request: AccessRequest) -> Mapping[str, Any] | None:
    """The embedded default: the local operator holds the keyring, so may do everything.
    The service replaces it with Cedar policies."""


@dataclass(frozen=True)
class ErasureReport:
    subject_found: bool
    tokens_erased: int
    subject_key_version: int
    rewrapped_subject_keys: int
    destroyed_versions: tuple[int, ...]


def _aad(namespace: str, token: str) -> bytes:
    return f"veil-vault|{namespace}|{token}".encode()


# built once: SQLAlchemy then skips constructing the statement and its cache key per call
_SUBJECT_KEY = select(vault_subjects.c.wrapped_key).where(vault_subjects.c.ref == bindparam("ref"))
_SUBJECT_EPOCH = (
    select(meta.c.value).where(meta.c.key == "subject_epoch").with_for_update(read=True)
)

_PG_INSERT_UNNEST = text(
    "INSERT INTO vault_tokens "
    "(namespace_id, token, blind_index, subject_ref, value, created_at, expires_at) "
    "SELECT :ns, u.token, u.blind_index, CAST(:subject AS bytea), u.value, :created, "
    "CAST(:expires AS bigint) "
    "FROM unnest(CAST(:tokens AS text[]), CAST(:indexes AS bytea[]), CAST(:values AS bytea[])) "
    "AS u(token, blind_index, value) "
    "ON CONFLICT DO NOTHING RETURNING blind_index, token"
)


def _in(store: Store, column: Any, values: Sequence[Any]) -> Any:
    """``column IN values``; on PostgreSQL one array parameter (``= ANY(:a)``), so the
    statement text stays short and psycopg's statement cache works."""
    if store.dialect == "postgresql":
        from sqlalchemy import any_
        from sqlalchemy.dialects.postgresql import ARRAY

        return column == any_(bindparam(None, list(values), type_=ARRAY(column.type)))
    return column.in_(values)


def _in_param(store: Store, column: Any, name: str) -> Any:
    """:func:`_in` with the values left to the bound parameter ``name`` (a list)."""
    if store.dialect == "postgresql":
        from sqlalchemy import any_
        from sqlalchemy.dialects.postgresql import ARRAY

        return column == any_(bindparam(name, type_=ARRAY(column.type)))
    return column.in_(bindparam(name, expanding=True))


def _chunks(seq: Sequence[Any], n: int = _IN_CHUNK) -> Iterable[Sequence[Any]]:
    for i in range(0, len(seq), n):
        yield seq[i : i + n]


class Vault:
    """Tokenize and detokenize. Open with :func:`veil.vault.open_vault`."""

    def __init__(
        self,
        store: Store,
        keyring: Keyring,
        audit: AuditLog,
        *,
        authorizer: Authorizer = allow_all,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.store = store
        self.keyring = keyring
        self.audit = audit
        self.authorizer = authorizer
        self.clock = clock
        self._values: Keyset = keyring.ensure("vault.values", Template.AES256_GCM)
        self._subjects: Keyset = keyring.ensure("vault.subjects", Template.AES256_GCM)
        self._index: Keyset = keyring.ensure("vault.index", Template.HMAC_SHA256)
        self._fpe: Keyset = keyring.ensure("vault.fpe", Template.FF1_AES256)
        self._namespaces: dict[str, Namespace] = {}
        self._ids: dict[int, str] = {}
        self._lock = threading.Lock()
        # the hot statements, built once per dialect (see _SUBJECT_KEY)
        self._insert_tokens = (
            store.insert(vault_tokens)
            .on_conflict_do_nothing()
            .returning(vault_tokens.c.blind_index, vault_tokens.c.token)
        )
        self._live_tokens = select(
            vault_tokens.c.blind_index, vault_tokens.c.token, vault_tokens.c.expires_at
        ).where(
            vault_tokens.c.namespace_id == bindparam("ns"),
            _in_param(store, vault_tokens.c.blind_index, "indexes"),
        )

    def close(self) -> None:
        self.store.close()
        self.keyring.close()

    # -- namespaces --------------------------------------------------------------------------

    def create_namespace(
        self,
        name: str,
        format: TokenFormat | str = TokenFormat.DETERMINISTIC,
        *,
        principal: str,
        purpose: str,
        ttl: timedelta | None = None,
        alphabet: str = "digits",
        keep_last: int = 0,
        max_length: int = 256,
    ) -> Namespace:
        fmt = format if isinstance(format, TokenFormat) else TokenFormat.parse(format)
        if not name or len(name) > 64 or not set(name) <= _NAME_CHARS or not name[0].isalnum():
            raise UsageError(
                f"invalid namespace name {name!r}: use 1-64 lowercase letters, digits, '_.-'"
            )
        if ttl is not None and ttl.total_seconds() < 1:
            raise UsageError("namespace TTL must be at least one second")
        if fmt is TokenFormat.FORMAT_PRESERVING:
            if alphabet not in ALPHABETS:
                raise UsageError(
                    f"unknown alphabet {alphabet!r}; choose one of {', '.join(ALPHABETS)}"
                )
            if not 0 <= keep_last <= 16:
                raise UsageError("keep_last must be between 0 and 16")
            if not 6 <= max_length <= MAX_VALUE_LENGTH:
                raise UsageError(f"max_length must be between 6 and {MAX_VALUE_LENGTH}")
        elif keep_last:
            raise UsageError("keep_last applies to format-preserving namespaces only")
        req = AccessRequest(principal, "namespace.create", f"vault/{name}", purpose)
        decision = self._authorize(req)
        row = {
            "name": name,
            "format": fmt.value,
            "ttl_seconds": None if ttl is None else int(ttl.total_seconds()),
            "alphabet": alphabet if fmt is TokenFormat.FORMAT_PRESERVING else None,
            "keep_last": keep_last,
            "max_length": max_length if fmt is TokenFormat.FORMAT_PRESERVING else MAX_VALUE_LENGTH,
            "created_at": int(self.clock()),
        }
        with self.store.begin() as conn:
            exists = conn.execute(
                select(vault_namespaces.c.id).where(vault_namespaces.c.name == name)
            ).first()
            if exists is not None:
                raise VaultError(f"namespace {name!r} already exists")
            conn.execute(vault_namespaces.insert().values(**row))
            details = {k: v for k, v in row.items() if k not in ("name", "created_at")}
            details.update(decision)
            self.audit.append(
                conn, [Event(principal, req.action, req.resource, purpose, details=details)]
            )
        return self.namespace(name)

    def namespaces(self) -> list[Namespace]:
        with self.store.read() as conn:
            rows = conn.execute(select(vault_namespaces).order_by(vault_namespaces.c.name)).all()
        return [_namespace(r) for r in rows]

    def _names_by_id(self) -> dict[int, str]:
        """Namespace names by id, read once (namespaces are never renamed or deleted); a
        namespace created since by another process triggers one re-read."""
        if not self._ids:
            self._ids = {n.id: n.name for n in self.namespaces()}
        return self._ids

    def namespace(self, name: str) -> Namespace:
        ns = self._namespaces.get(name)
        if ns is None:
            with self.store.read() as conn:
                row = conn.execute(
                    select(vault_namespaces).where(vault_namespaces.c.name == name)
                ).first()
            if row is None:
                known = ", ".join(n.name for n in self.namespaces()) or "none yet"
                raise UnknownToken(
                    f"unknown namespace {name!r} (namespaces: {known}); create it with "
                    f"`veil vault namespace create {name} --format ...`"
                )
            ns = self._namespaces[name] = _namespace(row)
        return ns

    # -- authorization and audit -----------------------------------------------------------

    def _authorize(self, req: AccessRequest) -> dict[str, Any]:
        """The authorizer's decision details (for the call's audit event), or AccessDenied."""
        if not req.principal or not req.purpose:
            raise UsageError("every vault call needs a principal and a purpose")
        try:
            return dict(self.authorizer(req) or {})
        except AccessDenied as e:
            self.audit.record(
                Event(
                    req.principal,
                    req.action,
                    req.resource,
                    req.purpose,
                    "denied",
                    {
                        "reason": str(e),
                        "count": req.count,
                        **({"view": req.view.value} if req.view else {}),
                    },
                )
            )
            raise

    def _audit_failure(self, req: AccessRequest, error: VeilError) -> None:
        self.audit.record(
            Event(
                req.principal,
                req.action,
                req.resource,
                req.purpose,
                "error",
                {"error": type(error).__name__, "count": req.count},
            )
        )

    # -- keys --------------------------------------------------------------------------------

    def _subject_ref(self, subject: str) -> bytes:
        return self._index.prf(b"veil-vault|subject|" + subject.encode(), version=1)

    def _blind_index(self, ns: Namespace, subject_ref: bytes | None, value: str) -> bytes:
        data = b"veil-vault|bi|%d|%s|%s" % (
            ns.id,
            (subject_ref or b"").hex().encode(),
            value.encode(),
        )
        return self._index.prf(data, version=1)

    def _subject_key(self, conn: Connection, ref: bytes, *, create: bool) -> DataKey | None:
        context = b"veil-vault|subject|" + ref
        row = conn.execute(_SUBJECT_KEY, {"ref": ref}).first()
        if row is None:
            if not create:
                return None
            self._sync_subject_epoch(conn)
            wrapped, key = self._subjects.new_data_key(context)
            # RETURNING yields the row only when this insert made it; another writer's
            # key (a concurrent first tokenize of the same subject) is read back instead
            row = conn.execute(
                self.store.insert(vault_subjects)
                .values(ref=ref, wrapped_key=wrapped, created_at=int(self.clock()))
                .on_conflict_do_nothing()
                .returning(vault_subjects.c.wrapped_key)
            ).first()
            if row is not None:
                return key
            row = conn.execute(_SUBJECT_KEY, {"ref": ref}).one()
        return self._subjects.open_data_key(bytes(row[0]), context)

    def _sync_subject_epoch(self, conn: Connection) -> None:
        """New subject keys must be wrapped under the current ``vault.subjects`` version: an
        erasure in another process may have rotated it (and is waiting to destroy the old
        one). The shared lock makes that erasure wait for this transaction."""
        epoch = int(conn.execute(_SUBJECT_EPOCH).scalar_one())
        if self._subjects.primary < epoch:
            self.keyring.reload()

    # -- tokenize ----------------------------------------------------------------------------

    def tokenize(
        self,
        namespace: str,
        values: Sequence[str],
        *,
        principal: str,
        purpose: str,
        subject: str | None = None,
        idempotency_key: str | None = None,
        then: Callable[[Connection, list[str]], None] | None = None,
        events: Sequence[Event] = (),
        ready: Callable[[], None] | None = None,
    ) -> list[str]:
        """One token per value, in order; one transaction and one audit event per call.

        ``then(conn, tokens)`` runs in the same transaction once the tokens are written (what
        it raises rolls everything back), and ``events`` are audited in the same append:
        a caller that records what the tokens are for (the gateway's placeholders and its
        request event) pays for one commit, not three. ``ready()`` is called when every
        statement has run, just before the commit: a caller can hand its own lock on to
        other work while the commit waits for the disk."""
        values = list(values)
        if len(values) > MAX_BATCH:
            raise UsageError(f"at most {MAX_BATCH} values per call, got {len(values)}")
        for i, v in enumerate(values):
            if not isinstance(v, str):
                raise UsageError(f"value #{i + 1} is {type(v).__name__}, not str")
            if len(v) > MAX_VALUE_LENGTH:
                raise VaultError(
                    f"value #{i + 1} has {len(v)} characters; the vault takes at most "
                    f"{MAX_VALUE_LENGTH}"
                )
        if subject is not None and not subject:
            raise UsageError("subject id must not be empty")
        ns = self.namespace(namespace)
        req = AccessRequest(principal, "tokenize", f"vault/{ns.name}", purpose, count=len(values))
        decision = self._authorize(req)
        digest = None
        if idempotency_key is not None:
            if not 1 <= len(idempotency_key) <= 128:
                raise UsageError("idempotency key must be 1-128 characters")
            # keyed: an unkeyed hash of a low-entropy value (an SSN) is a plaintext
            digest = self._index.prf(
                b"veil-vault|request|" + json.dumps([ns.name, subject, values]).encode(),
                version=1,
            )
        subject_ref = None if subject is None else self._subject_ref(subject)
        details: dict[str, Any] = {
            "namespace": ns.name,
            "count": len(values),
            "values": self.audit.hmacs(values),
        }
        if subject is not None:
            details["subject"] = self.audit.hmac(subject)
        details.update(decision)
        now = int(self.clock())
        try:
            with self.store.begin() as conn:
                if idempotency_key is not None and digest is not None:
                    replay = self._replay(conn, idempotency_key, digest)
                    if replay is not None:
                        if then is not None:
                            then(conn, replay)
                        replayed = Event(
                            principal, "tokenize", req.resource, purpose, "replayed", details
                        )
                        self.audit.append(conn, [replayed, *events])
                        return replay
                key = (
                    None
                    if subject_ref is None
                    else self._subject_key(conn, subject_ref, create=True)
                )
                if ns.format is TokenFormat.RANDOM:
                    tokens = self._insert_random(conn, ns, values, subject_ref, key, now)
                else:
                    tokens = self._insert_deterministic(conn, ns, values, subject_ref, key, now)
                if then is not None:
                    then(conn, tokens)
                self.audit.append(
                    conn,
                    [Event(principal, "tokenize", req.resource, purpose, "ok", details), *events],
                )
                if idempotency_key is not None and digest is not None:
                    conn.execute(
                        vault_requests.insert().values(
                            key=idempotency_key,
                            digest=digest,
                            result=json.dumps(tokens),
                            created_at=now,
                        )
                    )
                if ready is not None:
                    ready()
                return tokens
        except VaultError as e:
            self._audit_failure(req, e)
            raise

    def _replay(self, conn: Connection, key: str, digest: bytes) -> list[str] | None:
        row = conn.execute(
            select(vault_requests.c.digest, vault_requests.c.result).where(
                vault_requests.c.key == key
            )
        ).first()
        if row is None:
            return None
        if bytes(row[0]) != digest:
            raise UsageError(f"idempotency key {key!r} was already used for a different request")
        result: list[str] = json.loads(row[1])
        return result

    def _seal(self, ns: Namespace, token: str, value: str, key: DataKey | None) -> bytes:
        aad = _aad(ns.name, token)
        pt = value.encode()
        return key.encrypt(pt, aad) if key is not None else self._values.encrypt(pt, aad)

    def _expiry(self, ns: Namespace, now: int) -> int | None:
        return None if ns.ttl is None else now + int(ns.ttl.total_seconds())

    def _insert_random(
        self,
        conn: Connection,
        ns: Namespace,
        values: list[str],
        subject_ref: bytes | None,
        key: DataKey | None,
        now: int,
    ) -> list[str]:
        tokens = random_tokens(len(values))
        expires = self._expiry(ns, now)
        rows = [
            _token_row(ns, t, None, subject_ref, self._seal(ns, t, v, key), now, expires)
            for t, v in zip(tokens, values, strict=True)
        ]
        if rows:
            conn.execute(vault_tokens.insert(), rows)
        return tokens

    def _insert_deterministic(
        self,
        conn: Connection,
        ns: Namespace,
        values: list[str],
        subject_ref: bytes | None,
        key: DataKey | None,
        now: int,
    ) -> list[str]:
        by_index: dict[bytes, str] = {}
        order: list[bytes] = []
        for v in values:
            bi = self._blind_index(ns, subject_ref, v)
            order.append(bi)
            by_index.setdefault(bi, v)
        found = self._lookup(conn, ns, list(by_index), now)
        missing = sorted(bi for bi in by_index if bi not in found)  # one lock order: no deadlock
        expires = self._expiry(ns, now)
        ff1 = None
        if ns.format is TokenFormat.FORMAT_PRESERVING:
            ff1 = self._fpe.ff1(alphabet=ALPHABETS[ns.alphabet or "digits"])
        attempt = 0
        while missing:
            rows = []
            fresh = iter(random_tokens(len(missing)) if ff1 is None else ())
            for bi in missing:
                value = by_index[bi]
                if ff1 is not None:
                    tweak = ns.name.encode() + (b"|%d" % attempt if attempt else b"")
                    token = fpe_token(
                        ff1,
                        value,
                        ALPHABETS[ns.alphabet or "digits"],
                        ns.keep_last,
                        tweak,
                        ns.max_length,
                    )
                else:
                    token = next(fresh)
                rows.append(
                    _token_row(
                        ns, token, bi, subject_ref, self._seal(ns, token, value, key), now, expires
                    )
                )
            inserted = self._insert_returning(conn, rows)
            found.update(inserted)
            rest = [bi for bi in missing if bi not in inserted]
            if rest:  # another writer won the race, or (FPE) the token collided
                found.update(self._lookup(conn, ns, rest, now))
            missing = [bi for bi in rest if bi not in found]
            attempt += 1
            if attempt > 8:
                raise VaultError("could not allocate unique format-preserving tokens")
        return [found[bi] for bi in order]

    def _insert_returning(self, conn: Connection, rows: list[dict[str, Any]]) -> dict[bytes, str]:
        """Insert, skipping conflicts; the blind indexes (and tokens) actually inserted."""
        if self.store.dialect == "postgresql" and rows:
            # one statement over arrays: short SQL text (psycopg caches it) instead of
            # 1,000-row VALUES lists that are re-parsed on every call
            first = rows[0]
            result = conn.execute(
                _PG_INSERT_UNNEST,
                {
                    "ns": first["namespace_id"],
                    "subject": first["subject_ref"],
                    "created": first["created_at"],
                    "expires": first["expires_at"],
                    "tokens": [r["token"] for r in rows],
                    "indexes": [r["blind_index"] for r in rows],
                    "values": [r["value"] for r in rows],
                },
            )
        else:
            result = conn.execute(self._insert_tokens, rows)
        return {bytes(r[0]): str(r[1]) for r in result}

    def _lookup(
        self, conn: Connection, ns: Namespace, indexes: list[bytes], now: int
    ) -> dict[bytes, str]:
        """Live tokens by blind index; expired ones are retired (their index cleared)."""
        found: dict[bytes, str] = {}
        expired: list[bytes] = []
        for chunk in _chunks(indexes):
            for bi, token, exp in conn.execute(
                self._live_tokens, {"ns": ns.id, "indexes": list(chunk)}
            ):
                if exp is not None and exp <= now:
                    expired.append(bytes(bi))
                else:
                    found[bytes(bi)] = str(token)
        for chunk in _chunks(expired):
            conn.execute(
                update(vault_tokens)
                .where(
                    vault_tokens.c.namespace_id == ns.id,
                    _in(self.store, vault_tokens.c.blind_index, chunk),
                )
                .values(blind_index=None)
            )
        return found

    # -- detokenize --------------------------------------------------------------------------

    def detokenize(
        self,
        tokens: Sequence[str],
        *,
        principal: str,
        purpose: str,
        view: View | str = View.PLAIN,
        namespace: str | None = None,
    ) -> list[str]:
        """The value (or its ``view``) of each token, in order. Any unknown, expired or
        erased token fails the whole call, naming the first such token."""
        tokens = list(tokens)
        v = view if isinstance(view, View) else View.parse(view)
        if len(tokens) > MAX_BATCH:
            raise UsageError(f"at most {MAX_BATCH} tokens per call, got {len(tokens)}")
        ns = None if namespace is None else self.namespace(namespace)
        resource = "vault/" + (ns.name if ns is not None else "*")
        req = AccessRequest(principal, "detokenize", resource, purpose, v, len(tokens))
        decision = self._authorize(req)
        now = int(self.clock())
        try:
            with self.store.begin() as conn:
                rows = self._rows(conn, tokens, ns)
                out: list[str] = []
                keys: dict[bytes, DataKey | None] = {}
                names: set[str] = set()
                plaintexts: list[str] = []
                for i, t in enumerate(tokens):
                    found = rows.get(t, [])
                    if not found:
                        raise UnknownToken(f"token #{i + 1} ({t!r}) is unknown")
                    if len(found) > 1:
                        spaces = ", ".join(sorted(r[0] for r in found))
                        raise UsageError(
                            f"token #{i + 1} exists in several namespaces ({spaces}); "
                            "name the namespace"
                        )
                    ns_name, value, subject_ref, expires = found[0]
                    names.add(ns_name)
                    if expires is not None and expires <= now:
                        raise TokenExpired(f"token #{i + 1} ({t!r}) has expired")
                    key = None
                    if subject_ref is not None:
                        if subject_ref not in keys:
                            keys[subject_ref] = self._subject_key(conn, subject_ref, create=False)
                        key = keys[subject_ref]
                        if key is None or value is None:
                            raise SubjectErased(
                                f"token #{i + 1} ({t!r}): its data subject was erased"
                            )
                    if value is None:
                        raise SubjectErased(f"token #{i + 1} ({t!r}) was erased")
                    aad = _aad(ns_name, t)
                    pt = (
                        key.decrypt(value, aad)
                        if key is not None
                        else self._values.decrypt(value, aad)
                    ).decode()
                    plaintexts.append(pt)
                    out.append(
                        pt if v is View.PLAIN else mask(pt) if v is View.MASKED else last4(pt)
                    )
                details = {
                    "count": len(tokens),
                    "view": v.value,
                    "values": self.audit.hmacs(plaintexts),
                    "namespaces": sorted(names),
                    **decision,
                }
                self.audit.append(
                    conn, [Event(principal, "detokenize", resource, purpose, "ok", details)]
                )
                return out
        except (VaultError, UsageError) as e:
            self._audit_failure(req, e)
            raise

    def _rows(
        self, conn: Connection, tokens: list[str], ns: Namespace | None
    ) -> dict[str, list[tuple[str, bytes | None, bytes | None, int | None]]]:
        rows: dict[str, list[tuple[str, bytes | None, bytes | None, int | None]]] = {}
        unique = list(dict.fromkeys(tokens))
        names = self._names_by_id() if ns is None else {ns.id: ns.name}
        # one query per 10,000 tokens (a whole batch), no join, rows fetched at once
        for chunk in _chunks(unique, MAX_BATCH):
            q = select(
                vault_tokens.c.token,
                vault_tokens.c.namespace_id,
                vault_tokens.c.value,
                vault_tokens.c.subject_ref,
                vault_tokens.c.expires_at,
            ).where(_in(self.store, vault_tokens.c.token, chunk))
            if ns is not None:
                q = q.where(vault_tokens.c.namespace_id == ns.id)
            found_rows = conn.execute(q).all()
            if any(r[1] not in names for r in found_rows):
                self._ids = {}
                names = self._names_by_id()
            for token, ns_id, value, ref, exp in found_rows:
                # the drivers return bytes for binary columns (psycopg 3, sqlite3)
                found = rows.get(token)
                if found is None:
                    rows[token] = [(names[ns_id], value, ref, exp)]
                else:
                    found.append((names[ns_id], value, ref, exp))
        return rows

    # -- erasure -----------------------------------------------------------------------------

    def erase_subject(self, subject: str, *, principal: str, purpose: str) -> ErasureReport:
        """Crypto-shred a data subject (GDPR Art. 17): see the module docstring."""
        if not subject:
            raise UsageError("subject id must not be empty")
        ref = self._subject_ref(subject)
        req = AccessRequest(principal, "erase-subject", "vault/subjects", purpose)
        decision = self._authorize(req)
        with self.store.begin() as conn:
            conn.execute(
                select(meta.c.value).where(meta.c.key == "subject_epoch").with_for_update()
            ).scalar_one()
            found = conn.execute(
                vault_subjects.delete().where(vault_subjects.c.ref == ref)
            ).rowcount
            erased = conn.execute(
                update(vault_tokens)
                .where(vault_tokens.c.subject_ref == ref)
                .values(value=None, blind_index=None)
            ).rowcount
            self.audit.append(
                conn,
                [
                    Event(
                        principal,
                        "erase-subject",
                        req.resource,
                        purpose,
                        "ok",
                        {
                            "subject": self.audit.hmac(subject),
                            "subject_found": bool(found),
                            "tokens": erased,
                            **decision,
                        },
                    )
                ],
            )
        version, rewrapped, destroyed = self.shred_old_subject_keys(principal, purpose)
        return ErasureReport(bool(found), erased, version, rewrapped, destroyed)

    def shred_old_subject_keys(
        self, principal: str, purpose: str
    ) -> tuple[int, int, tuple[int, ...]]:
        """Rotate ``vault.subjects``, rewrap every subject key under the new version and
        destroy the older versions. Safe to re-run after a crash."""
        info = self.keyring.rotate("vault.subjects")
        new = info.primary
        ks = self._subjects
        rewrapped = 0
        with self.store.begin() as conn:
            conn.execute(
                select(meta.c.value).where(meta.c.key == "subject_epoch").with_for_update()
            ).scalar_one()
            rows = conn.execute(select(vault_subjects.c.ref, vault_subjects.c.wrapped_key)).all()
            for ref, wrapped in rows:
                context = b"veil-vault|subject|" + bytes(ref)
                new_wrapped = ks.rewrap(bytes(wrapped), context)
                if new_wrapped is not wrapped and new_wrapped != bytes(wrapped):
                    conn.execute(
                        update(vault_subjects)
                        .where(vault_subjects.c.ref == ref)
                        .values(wrapped_key=new_wrapped)
                    )
                    rewrapped += 1
            conn.execute(update(meta).where(meta.c.key == "subject_epoch").values(value=str(new)))
            self.audit.append(
                conn,
                [
                    Event(
                        principal,
                        "rewrap-subject-keys",
                        "vault/subjects",
                        purpose,
                        "ok",
                        {"version": new, "rewrapped": rewrapped},
                    )
                ],
            )
        destroyed = []
        for kv in self.keyring.info("vault.subjects").versions:
            if kv.version < new and kv.state is not KeyState.DESTROYED:
                self.keyring.destroy("vault.subjects", kv.version)
                destroyed.append(kv.version)
        return new, rewrapped, tuple(destroyed)


def _token_row(
    ns: Namespace,
    token: str,
    blind_index: bytes | None,
    subject_ref: bytes | None,
    value: bytes,
    now: int,
    expires: int | None,
) -> dict[str, Any]:
    return {
        "namespace_id": ns.id,
        "token": token,
        "blind_index": blind_index,
        "subject_ref": subject_ref,
        "value": value,
        "created_at": now,
        "expires_at": expires,
    }


def _namespace(row: Any) -> Namespace:
    return Namespace(
        id=int(row.id),
        name=row.name,
        format=TokenFormat(row.format),
        ttl=None if row.ttl_seconds is None else timedelta(seconds=int(row.ttl_seconds)),
        alphabet=row.alphabet,
        keep_last=int(row.keep_last),
        max_length=int(row.max_length),
        created_at=int(row.created_at),
    )
