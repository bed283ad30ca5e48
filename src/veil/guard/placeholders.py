"""Typed placeholders for the values of a conversation, kept in the vault.

A detected value becomes ``<PERSON_1>``, ``<EMAIL_ADDRESS_2>``...: the same value gets the
same placeholder in every turn and message of one conversation, two values never share one,
and nothing but vault tokens is stored. The value is tokenized in the vault's ``guard``
namespace (deterministic, with the conversation's TTL) under the data subject
``<tenant>/<conversation>``, so the token of a value is the same on every gateway replica
and after restarts, and erasing that subject erases the conversation. ``guard_placeholders``
maps (tenant, conversation, placeholder) to the token; a restore looks the tokens up and
asks the vault for the view the caller may see.

No library does this mapping (LLM Guard and Presidio's anonymizers keep it in process
memory), which is why it is written here.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import Connection, bindparam, delete, select
from sqlalchemy.exc import IntegrityError

from veil.audit import Event
from veil.errors import StoreError, UsageError, VaultError, VeilError
from veil.store import Store
from veil.store.schema import guard_placeholders
from veil.types import EntityType
from veil.vault import Vault

__all__ = [
    "NAMESPACE",
    "PLACEHOLDER",
    "Conversations",
    "Replacement",
    "apply",
]

NAMESPACE = "guard"
"""The vault namespace of the gateway's tokens."""

PLACEHOLDER = re.compile(r"<([A-Z][A-Z_]{1,30}?)_(\d{1,6})>")
"""What a placeholder looks like: ``<PERSON_1>``."""

MAX_PLACEHOLDER = len("<") + 31 + len("_") + 6 + len(">")
"""The longest placeholder: a stream holds back at most this many characters."""

_PRINCIPAL = "veil-guard"
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:@-]{0,63}$")


@dataclass(frozen=True)
class Replacement:
    """One span of a text and what stands there instead."""

    start: int
    end: int
    text: str


def apply(text: str, replacements: Iterable[Replacement]) -> str:
    """``text`` with the (non-overlapping) spans replaced."""
    out: list[str] = []
    pos = 0
    for r in sorted(replacements, key=lambda r: r.start):
        if r.start < pos:
            continue  # overlapping spans: the first wins
        out.append(text[pos : r.start])
        out.append(r.text)
        pos = r.end
    out.append(text[pos:])
    return "".join(out)


def check_id(kind: str, value: str) -> str:
    if not _ID.match(value):
        raise UsageError(
            f"invalid {kind} {value[:80]!r}: use 1-64 letters, digits and '_.:@-', "
            "starting with a letter or digit"
        )
    return value


class _Renumber(VeilError):
    """Another gateway inserted a placeholder of this conversation meanwhile (the whole
    transaction, tokens and audit included, is rolled back and tried again)."""


# built once: SQLAlchemy then skips constructing the statement and its cache key per call
_OF_CONVERSATION = select(guard_placeholders.c.placeholder, guard_placeholders.c.token).where(
    guard_placeholders.c.tenant == bindparam("tenant"),
    guard_placeholders.c.conversation == bindparam("conv"),
)


class Conversations:
    """Placeholders of every conversation, on one store and vault (thread-safe: each call
    is its own transaction)."""

    def __init__(
        self,
        vault: Vault,
        store: Store,
        *,
        ttl_seconds: int = 24 * 3600,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.vault = vault
        self.store = store
        self.ttl_seconds = ttl_seconds
        self.clock = clock
        self._ready = False

    def _namespace(self) -> None:
        if self._ready:
            return
        try:
            self.vault.namespace(NAMESPACE)
        except VaultError:
            try:
                self.vault.create_namespace(
                    NAMESPACE,
                    "deterministic",
                    principal=_PRINCIPAL,
                    purpose="llm-gateway",
                    ttl=timedelta(seconds=self.ttl_seconds),
                )
            except (VaultError, StoreError) as e:
                try:  # another replica created it meanwhile
                    self.vault.namespace(NAMESPACE)
                except VaultError:
                    raise e from None  # no: the creation itself failed, say why
        self._ready = True

    def placeholders(
        self,
        tenant: str,
        conversation: str,
        items: Sequence[tuple[EntityType, str]],
        *,
        principal: str,
        purpose: str,
        events: Sequence[Event] = (),
        ready: Callable[[list[str]], None] | None = None,
    ) -> list[str]:
        """The placeholder of each (type, value), creating the missing ones: one vault call
        and one transaction, which also audits ``events`` (the caller's own record of the
        request). ``ready(placeholders)`` is called with the result when every statement
        has run, just before the commit (as for :meth:`Vault.tokenize`): a caller may use
        them while the commit waits for the disk, but must not report success before this
        method returns."""
        check_id("tenant", tenant)
        check_id("conversation", conversation)
        if not items:
            return []
        self._namespace()
        distinct = list(dict.fromkeys(items))
        names: dict[str, str] = {}
        result: list[str] = []

        def assign(conn: Connection, tokens: list[str]) -> None:
            names.clear()
            try:
                names.update(self._assign(conn, tenant, conversation, distinct, tokens))
            except IntegrityError:
                raise _Renumber() from None
            by_item = dict(zip(distinct, tokens, strict=True))
            result[:] = [names[by_item[item]] for item in items]

        def statements_done() -> None:
            if ready is not None:
                ready(list(result))

        for attempt in range(5):
            try:
                self.vault.tokenize(
                    NAMESPACE,
                    [v for _, v in distinct],
                    principal=principal,
                    purpose=purpose,
                    subject=f"{tenant}/{conversation}",
                    then=assign,
                    events=events,
                    ready=statements_done,
                )
                break
            except _Renumber:  # another replica numbered the same placeholder first: again
                if attempt == 4:
                    raise StoreError(
                        "could not number the conversation's placeholders: other gateways "
                        "kept writing the same ones"
                    ) from None
        return result

    def _assign(
        self,
        conn: Connection,
        tenant: str,
        conversation: str,
        items: Sequence[tuple[EntityType, str]],
        tokens: Sequence[str],
    ) -> dict[str, str]:
        """Token -> placeholder of ``items`` (whose tokens are ``tokens``), numbering the
        new ones after the conversation's highest of each type."""
        now = int(self.clock())
        rows = conn.execute(_OF_CONVERSATION, {"tenant": tenant, "conv": conversation}).all()
        names = {str(r.token): str(r.placeholder) for r in rows}
        used: dict[str, int] = {}
        for r in rows:
            m = PLACEHOLDER.fullmatch(f"<{r.placeholder}>")
            if m:
                used[m.group(1)] = max(used.get(m.group(1), 0), int(m.group(2)))
        new = []
        for (etype, _value), token in zip(items, tokens, strict=True):
            if token in names:
                continue
            n = used.get(etype.value, 0) + 1
            used[etype.value] = n
            name = f"{etype.value}_{n}"
            names[token] = name
            new.append(
                {
                    "tenant": tenant,
                    "conversation": conversation,
                    "placeholder": name,
                    "token": token,
                    "created_at": now,
                    "expires_at": now + self.ttl_seconds,
                }
            )
        if new:
            conn.execute(guard_placeholders.insert(), new)
        return {t: f"<{n}>" for t, n in names.items()}

    def tokens(self, tenant: str, conversation: str, placeholders: Iterable[str]) -> dict[str, str]:
        """Token of each known, unexpired placeholder (``<PERSON_1>`` -> token)."""
        wanted = {p[1:-1] for p in placeholders}
        if not wanted:
            return {}
        now = int(self.clock())
        with self.store.read() as conn:
            rows = conn.execute(
                select(guard_placeholders.c.placeholder, guard_placeholders.c.token).where(
                    guard_placeholders.c.tenant == tenant,
                    guard_placeholders.c.conversation == conversation,
                    guard_placeholders.c.placeholder.in_(sorted(wanted)),
                    guard_placeholders.c.expires_at > now,
                )
            ).all()
        return {f"<{r.placeholder}>": str(r.token) for r in rows}

    def restore(
        self,
        tenant: str,
        conversation: str,
        text: str,
        *,
        principal: str,
        purpose: str,
        view: str,
        known: dict[str, str] | None = None,
    ) -> str:
        """``text`` with this conversation's placeholders replaced by the ``view`` of their
        values (``plain`` or ``masked``); ``none`` leaves them. Unknown placeholders stay.
        ``known`` (placeholder -> shown value) is consulted first and filled in."""
        if view == "none" or "<" not in text:
            return text
        table = {} if known is None else known
        missing = {m.group(0) for m in PLACEHOLDER.finditer(text)} - table.keys()
        if missing:
            found = self.values(tenant, conversation, missing, principal=principal,
                                purpose=purpose, view=view)  # fmt: skip
            table.update({name: found.get(name, name) for name in missing})
        return PLACEHOLDER.sub(lambda m: table.get(m.group(0), m.group(0)), text)

    def values(
        self,
        tenant: str,
        conversation: str,
        placeholders: Iterable[str],
        *,
        principal: str,
        purpose: str,
        view: str,
    ) -> dict[str, str]:
        """The ``view`` of the value of each known placeholder (one vault call)."""
        known = self.tokens(tenant, conversation, placeholders)
        if not known or view == "none":
            return {}
        names = sorted(known)
        values = self.vault.detokenize(
            [known[n] for n in names],
            principal=principal,
            purpose=purpose,
            view=view,
            namespace=NAMESPACE,
        )
        return dict(zip(names, values, strict=True))

    def expire(self) -> int:
        """Delete expired placeholders; returns how many."""
        with self.store.begin() as conn:
            r = conn.execute(
                delete(guard_placeholders).where(guard_placeholders.c.expires_at <= self.clock())
            )
        return int(r.rowcount or 0)
