"""The gateway's work on one exchange, without HTTP: protect a prompt, check and restore an
answer. The gateway (``veil.guard.gateway``) and the in-process SDK helper
(``veil.guard.wrap``) both run it.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

from veil.audit import AuditLog, Event
from veil.errors import VeilError
from veil.guard.leak import Leak, LeakIndex
from veil.guard.placeholders import PLACEHOLDER, Conversations, Replacement, apply
from veil.keys import Keyring, Keyset, Template
from veil.types import EntityType, Finding
from veil.vault import mask

__all__ = ["KEEP", "Blocked", "Exchange", "Pipeline", "SecretInPrompt", "first_user"]

# dates and times of day are kept: the model needs them, and alone they identify no one
KEEP = frozenset({EntityType.DATE_TIME})


def first_user(messages: object, texts: Sequence[str]) -> str:
    """What names a conversation: its first user message (clients resend it every turn,
    while one system prompt is shared by many conversations), else its first text."""
    for m in messages if isinstance(messages, list) else []:
        if isinstance(m, dict) and m.get("role") == "user" and isinstance(m.get("content"), str):
            return str(m["content"])
    return texts[0] if texts else ""


class SecretInPrompt(VeilError):
    """A prompt holds a secret the policy blocks (HTTP 400)."""

    exit_code = 2
    http_status = 400


class Blocked(VeilError):
    """An answer held protected data and the policy blocks it (HTTP 502: the upstream's
    answer cannot be delivered)."""

    exit_code = 2
    http_status = 502


@dataclass
class Exchange:
    """One request's state: who, which conversation, what the prompt held."""

    tenant: str
    conversation: str
    principal: str
    purpose: str
    view: str  # how placeholders come back: plain, masked or none
    prompt_values: set[str] = field(default_factory=set)
    restored: dict[str, str] = field(default_factory=dict)  # placeholder -> shown value
    findings: int = 0
    redacted_secrets: int = 0


class _Batch:
    """Detection for concurrent requests, in batches: the thread whose turn comes runs the
    texts of every request waiting at that moment in one ``find_batch`` (the NER model's
    fixed cost per call is paid once, and its matrix products are larger); the others find
    their results done when their turn comes."""

    def __init__(self, detector: Any, turn: threading.Lock) -> None:
        self.detector = detector
        self._turn = turn
        self._mu = threading.Lock()
        self._waiting: list[tuple[list[str], Future[list[list[Finding]]]]] = []

    def find(self, texts: Sequence[str]) -> list[list[Finding]]:
        mine: Future[list[list[Finding]]] = Future()
        with self._mu:
            self._waiting.append((list(texts), mine))
        with self._turn:
            if not mine.done():
                with self._mu:
                    batch, self._waiting = self._waiting, []
                try:
                    found = self.detector.find_batch([t for ts, _ in batch for t in ts])
                except BaseException as e:
                    for _, fut in batch:
                        fut.set_exception(e)
                else:
                    at = 0
                    for ts, fut in batch:
                        fut.set_result(found[at : at + len(ts)])
                        at += len(ts)
        return mine.result()


class _Turn:
    """A lock held for a block and released at its end or earlier, once."""

    def __init__(self, lock: threading.Lock) -> None:
        self._lock = lock
        self._held = False

    def __enter__(self) -> _Turn:
        self._lock.acquire()
        self._held = True
        return self

    def release(self) -> None:
        if self._held:
            self._held = False
            self._lock.release()

    def __exit__(self, *exc: object) -> None:
        self.release()


class Pipeline:
    def __init__(
        self,
        conversations: Conversations,
        detector: Any,
        audit: AuditLog,
        keyring: Keyring,
        *,
        block: frozenset[EntityType] = frozenset(),
        secrets: str = "block",
        output: str = "redact",
        leaks: LeakIndex | None = None,
    ) -> None:
        self.conversations = conversations
        self.detector = detector
        self.audit = audit
        self.block = block
        self.secrets = secrets
        self.output = output
        self.leaks = leaks
        self._ids: Keyset = keyring.ensure("guard.ids", Template.HMAC_SHA256)
        # findings of texts seen recently: a chat resends its whole history every turn, and
        # only the new message needs the detector. Keyed by a keyed hash of the text; the
        # findings are offsets and types, no values.
        self._seen: OrderedDict[bytes, list[Finding]] = OrderedDict()
        self._seen_lock = threading.Lock()
        self.cache_size = 4096
        # one heavy step (detection, or the placeholders' transaction) at a time per process:
        # detection holds the GIL anyway, and a thread holding the database's write turn
        # must not wait for the GIL behind other requests' detection (with several gateway
        # processes, the others would wait for that turn too)
        self._cpu = threading.Lock()
        self._batch = _Batch(detector, self._cpu)

    def _detect(self, texts: Sequence[str]) -> list[list[Finding]]:
        keys = self._ids.prf_many(b"veil-guard|text|" + t.encode() for t in texts)
        out: list[list[Finding] | None] = []
        with self._seen_lock:
            for k in keys:
                hit = self._seen.get(k)
                if hit is not None:
                    self._seen.move_to_end(k)
                out.append(hit)
        todo = [i for i, f in enumerate(out) if f is None]
        if todo:
            found = self._batch.find([texts[i] for i in todo])
            with self._seen_lock:
                for i, fs in zip(todo, found, strict=True):
                    out[i] = fs
                    self._seen[keys[i]] = fs
                while len(self._seen) > self.cache_size:
                    self._seen.popitem(last=False)
        return [f if f is not None else [] for f in out]

    def conversation_id(self, tenant: str, first_message: str) -> str:
        """A conversation id derived from its first user message (keyed, so the id says
        nothing about the message): every turn of a chat resends it."""
        mac = self._ids.prf(b"veil-guard|conversation|" + f"{tenant}|{first_message}".encode())
        return "c-" + mac[:16].hex()

    # -- prompts ----------------------------------------------------------------------------

    def protect(
        self,
        ex: Exchange,
        texts: Sequence[str],
        *,
        block: frozenset[EntityType] | None = None,
        allow: frozenset[EntityType] = KEEP,
        record: Callable[[Exchange], Event] | None = None,
        early: Callable[[list[str]], None] | None = None,
    ) -> list[str]:
        """``texts`` with every detected value replaced by its placeholder, except the
        ``allow`` types; raises :class:`SecretInPrompt` (naming type and position) for the
        ``block`` types (default: the pipeline's). ``record(ex)``, the caller's audit event
        for the request, is written in the same transaction as the placeholders.

        ``early(texts)`` gets the same result as soon as it is known, before the
        transaction's commit: the gateway sends the placeholdered prompt upstream while the
        commit waits for the disk (it holds no original value, so sending it early leaks
        nothing), and answers its caller only once this method has returned.

        The values of this request are put in ``ex.restored`` in the exchange's view: the
        caller sent them, so restoring them in the answer needs no vault read."""
        block = self.block if block is None else block
        found = self._detect(texts) if texts else []
        items: list[tuple[EntityType, str]] = []
        for i, (text, fs) in enumerate(zip(texts, found, strict=True)):
            for f in fs:
                if f.entity_type in block:
                    if self.secrets == "block":
                        self._event(ex, "guard.block", "refused", f.entity_type.value, i, f)
                        raise SecretInPrompt(
                            f"the prompt holds a secret, {f.entity_type.value} (message {i}, "
                            f"characters {f.start}-{f.end}); secrets are not sent to the model"
                        )
                    ex.redacted_secrets += 1
                    continue
                if f.entity_type not in allow:
                    items.append((f.entity_type, text[f.start : f.end]))
        ex.prompt_values |= {v for _, v in items}
        ex.findings += len(items)
        events = [record(ex)] if record is not None else []
        done: list[list[str]] = []

        def result(names: list[str]) -> list[str]:
            if not done:
                done.append(self._replace(ex, texts, found, block, items, names))
                if early is not None:
                    early(done[0])
            return done[0]

        turn = _Turn(self._cpu)

        def ready(names: list[str]) -> None:
            turn.release()  # handed on before the commit: its fsync needs no CPU
            result(names)

        with turn:
            names = self.conversations.placeholders(
                ex.tenant,
                ex.conversation,
                items,
                principal=ex.principal,
                purpose=ex.purpose,
                events=events,
                ready=ready,
            )
        out = result(names)
        if not items and events:
            self.audit.record(events[0])
        return out

    def _replace(
        self,
        ex: Exchange,
        texts: Sequence[str],
        found: Sequence[Sequence[Finding]],
        block: frozenset[EntityType],
        items: Sequence[tuple[EntityType, str]],
        names: Sequence[str],
    ) -> list[str]:
        """The texts with their placeholders; the exchange's view of this request's values."""
        table = dict(zip(items, names, strict=True))
        if ex.view in ("plain", "masked"):
            for (_, value), name in table.items():
                ex.restored.setdefault(name, value if ex.view == "plain" else mask(value))
        out = []
        for text, fs in zip(texts, found, strict=True):
            reps = []
            for f in fs:
                value = text[f.start : f.end]
                if f.entity_type in block:
                    reps.append(Replacement(f.start, f.end, f"[{f.entity_type.value}]"))
                elif (f.entity_type, value) in table:
                    reps.append(Replacement(f.start, f.end, table[(f.entity_type, value)]))
            out.append(apply(text, reps))
        return out

    # -- answers ----------------------------------------------------------------------------

    def check(self, ex: Exchange, text: str) -> str:
        """An answer (placeholders not yet restored) after output scanning: personal data
        the prompt did not hold and verbatim protected data are redacted, refused
        (:class:`Blocked`) or only audited, per policy."""
        if not text.strip():
            return text
        reps: list[Replacement] = []
        new: list[str] = []
        findings = self._batch.find([text])[0]
        for f in findings:
            value = text[f.start : f.end]
            if f.entity_type in KEEP or PLACEHOLDER.fullmatch(value) or value in ex.prompt_values:
                continue
            if PLACEHOLDER.search(value):
                continue
            new.append(f.entity_type.value)
            reps.append(Replacement(f.start, f.end, f"[{f.entity_type.value}]"))
        leaks: list[Leak] = self.leaks.scan(text) if self.leaks is not None else []
        for leak in leaks:
            reps.append(Replacement(leak.start, leak.end, "[PROTECTED]"))
        if not reps:
            return text
        details: dict[str, Any] = {
            "new_entities": sorted(set(new)),
            "count": len(new),
            "leaks": [{"kind": lk.kind, "source": lk.source, "record": lk.record} for lk in leaks],
            "action": self.output,
        }
        outcome = {"redact": "redacted", "block": "refused", "alert": "ok"}[self.output]
        self.audit.record(
            Event(
                ex.principal,
                "guard.output",
                f"vault/{ex.conversation}",
                ex.purpose,
                outcome,
                details,
            )
        )
        if self.output == "block":
            raise Blocked(
                "the model's answer held personal or protected data "
                f"({', '.join(sorted(set(new)) or ['protected records'])}); it was withheld"
            )
        if self.output == "alert":
            return text
        return apply(text, reps)

    def restore(self, ex: Exchange, text: str) -> str:
        """``text`` with its placeholders in the exchange's view. A streamed answer calls
        this piece by piece; ``ex.restored`` keeps the values already fetched, so each
        placeholder costs one vault call per answer, not one per piece."""
        return self.conversations.restore(
            ex.tenant,
            ex.conversation,
            text,
            principal=ex.principal,
            purpose=ex.purpose,
            view=ex.view,
            known=ex.restored,
        )

    def answer(self, ex: Exchange, text: str) -> str:
        """Check, then restore, a whole answer."""
        return self.restore(ex, self.check(ex, text))

    def _event(
        self, ex: Exchange, action: str, outcome: str, etype: str, message: int, f: Finding
    ) -> None:
        self.audit.record(
            Event(
                ex.principal,
                action,
                f"vault/{ex.conversation}",
                ex.purpose,
                outcome,
                {"type": etype, "message": message, "start": f.start, "end": f.end},
            )
        )
