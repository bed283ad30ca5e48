"""The gateway's parts on their own: the stream restorer, placeholders in the vault, the
leak index."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.databases import VaultEnv

from veil.audit import Event, open_audit_log
from veil.errors import UsageError
from veil.guard import PLACEHOLDER, Conversations, LeakIndex, StreamRestorer
from veil.guard.placeholders import MAX_PLACEHOLDER, Replacement, apply
from veil.guard.stream import partial_tail
from veil.store import Store, open_store
from veil.types import EntityType
from veil.vault import Vault

TABLE = {"<PERSON_1>": "Ada Lovelace", "<EMAIL_ADDRESS_12>": "ada@example.org"}


def restore(text: str) -> str:
    return PLACEHOLDER.sub(lambda m: TABLE.get(m.group(0), m.group(0)), text)


pieces = st.lists(
    st.sampled_from(["<PERSON_1>", "<EMAIL_ADDRESS_12>", "<", ">", "<PER", "_1", "a", " ", "<X_"]),
    max_size=30,
)


@settings(max_examples=300, deadline=None)
@given(pieces, st.lists(st.integers(min_value=0, max_value=60), max_size=12))
def test_stream_restore_equals_whole_restore_for_any_split(
    parts: list[str], cuts: list[int]
) -> None:
    text = "".join(parts)
    points = sorted({min(c, len(text)) for c in cuts})
    chunks = [text[a:b] for a, b in zip([0, *points], [*points, len(text)], strict=True)]
    r = StreamRestorer(restore)
    out = "".join(r.feed(c) for c in chunks) + r.flush()
    assert out == restore(text)


def test_the_restorer_holds_back_only_a_possible_placeholder() -> None:
    r = StreamRestorer(restore)
    assert r.feed("Hello ") == "Hello "
    assert r.feed("<PER") == ""
    assert r.feed("SON_1>, hi") == "Ada Lovelace, hi"
    assert r.feed(" a < b") == " a < b"  # "< b" cannot become a placeholder
    assert r.feed(" <x") == " <x"
    assert partial_tail("ok <EMAIL_ADDRESS_1") == 3
    assert partial_tail("x" * 100 + "<") == 100
    assert len("<EMAIL_ADDRESS_999999>") <= MAX_PLACEHOLDER


def test_apply_replaces_spans_and_skips_overlaps() -> None:
    reps = [Replacement(0, 3, "<A_1>"), Replacement(2, 5, "X"), Replacement(6, 7, "<B_1>")]
    assert apply("abcdefg", reps) == "<A_1>def<B_1>"


_OPEN: list[Store] = []


@pytest.fixture(autouse=True)
def _close_stores() -> Iterator[None]:
    yield
    while _OPEN:
        _OPEN.pop().close()


def _store(env: VaultEnv) -> Store:
    store = open_store(env.settings)
    _OPEN.append(store)
    return store


def _conversations(env: VaultEnv) -> Conversations:
    store = _store(env)
    audit = open_audit_log(env.settings, store=store, keyring=env.keyring)
    return Conversations(Vault(store, env.keyring, audit), store)


def test_placeholders_stable_per_conversation_and_kept_as_tokens(vault_env: VaultEnv) -> None:
    a, b = _conversations(vault_env), _conversations(vault_env)  # two replicas
    p, e = EntityType.PERSON, EntityType.EMAIL_ADDRESS
    items = [(p, "Ada Lovelace"), (e, "ada@example.org"), (p, "Alan Turing"), (p, "Ada Lovelace")]
    names = a.placeholders("t1", "c1", items, principal="u", purpose="llm")
    assert names == ["<PERSON_1>", "<EMAIL_ADDRESS_1>", "<PERSON_2>", "<PERSON_1>"]
    again = b.placeholders("t1", "c1", [(p, "Alan Turing"), (p, "Grace Hopper")],
                           principal="u", purpose="llm")  # fmt: skip
    assert again == ["<PERSON_2>", "<PERSON_3>"]
    other = a.placeholders("t1", "c2", [(p, "Grace Hopper")], principal="u", purpose="llm")
    assert other == ["<PERSON_1>"]  # another conversation numbers afresh
    text = "Dear <PERSON_3>, <PERSON_1> wrote from <EMAIL_ADDRESS_1>. <PERSON_9> unknown."
    plain = b.restore("t1", "c1", text, principal="u", purpose="llm", view="plain")
    assert (
        plain == "Dear Grace Hopper, Ada Lovelace wrote from ada@example.org. <PERSON_9> unknown."
    )
    masked = b.restore("t1", "c1", text, principal="u", purpose="llm", view="masked")
    assert "ada@example.org" not in masked and "a***@example.org" in masked
    assert b.restore("t1", "c2", text, principal="u", purpose="llm", view="plain").startswith(
        "Dear <PERSON_3>, Grace Hopper"
    )
    # no plaintext at rest: the mapping table holds tokens only
    with a.store.read() as conn:
        rows = [tuple(r) for r in conn.exec_driver_sql("SELECT * FROM guard_placeholders")]
    flat = repr(rows)
    for value in ("Ada Lovelace", "ada@example.org", "Alan Turing", "Grace Hopper"):
        assert value not in flat


def test_replicas_numbering_one_conversation_at_once_never_share_a_placeholder(
    vault_env: VaultEnv,
) -> None:
    """Four gateways add different names to one conversation at the same moment: on
    PostgreSQL the losers of a numbering race roll back and number again."""
    replicas = [_conversations(vault_env) for _ in range(4)]
    barrier = threading.Barrier(len(replicas))
    got: dict[int, list[str]] = {}

    def add(k: int) -> None:
        values = [(EntityType.PERSON, f"Person {k} {j}") for j in range(3)]
        barrier.wait()
        got[k] = replicas[k].placeholders("t1", "race", values, principal="u", purpose="llm")

    threads = [threading.Thread(target=add, args=(k,)) for k in range(len(replicas))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    names = [n for k in sorted(got) for n in got[k]]
    assert len(names) == 12 and len(set(names)) == 12
    assert sorted(names) == sorted(f"<PERSON_{i}>" for i in range(1, 13))
    text = " ".join(names)
    plain = replicas[0].restore("t1", "race", text, principal="u", purpose="llm", view="plain")
    assert plain == " ".join(f"Person {k} {j}" for k in sorted(got) for j in range(3))


def test_placeholders_audit_the_callers_events_in_the_same_append(vault_env: VaultEnv) -> None:
    c = _conversations(vault_env)
    extra = Event("u", "guard.chat", "vault/c9", "llm", "ok", {"entities": 1})
    c.placeholders("t1", "c9", [(EntityType.PERSON, "Ada Lovelace")], principal="u",
                   purpose="llm", events=[extra])  # fmt: skip
    with c.store.read() as conn:
        rows = conn.exec_driver_sql(
            "SELECT seq, action FROM audit_events ORDER BY seq DESC LIMIT 2"
        ).all()
    assert [r[1] for r in rows] == ["guard.chat", "tokenize"]
    assert rows[0][0] == rows[1][0] + 1


def test_bad_tenant_or_conversation_ids_are_refused(vault_env: VaultEnv) -> None:
    c = _conversations(vault_env)
    for bad in ("", "a b", "x" * 65, "../etc", "<script>"):
        with pytest.raises(UsageError, match="invalid conversation"):
            c.placeholders("t", bad, [(EntityType.PERSON, "A B")], principal="u", purpose="p")


def test_leak_index_finds_values_and_records_and_stores_no_plaintext(
    vault_env: VaultEnv,
) -> None:
    store = _store(vault_env)
    index = LeakIndex(store, vault_env.keyring)
    records = [
        ["Elena Petrova", "elena.petrova@example.org", "type 2 diabetes since 2011"],
        ["Tomasz Nowak", "t.nowak@example.org", "asthma, inhaler twice daily"],
    ]
    assert index.add("patients", records) > 0
    fresh = LeakIndex(store, vault_env.keyring)
    fresh.load()
    hits = fresh.scan("The model said: write to T.Nowak@example.org now.")
    assert [(h.kind, h.source, h.record) for h in hits] == [("value", "patients", 1)]
    text = "Sure! Elena Petrova, elena.petrova@example.org, type 2 diabetes since 2011."
    kinds = {(h.kind, h.record) for h in fresh.scan(text)}
    assert ("record", 0) in kinds and ("value", 0) in kinds
    span = next(h for h in fresh.scan(text) if h.kind == "value")
    assert re.fullmatch(r"Elena Petrova|elena\.petrova@example\.org|type 2 diabetes since 2011",
                        text[span.start : span.end])  # fmt: skip
    assert fresh.scan("Nothing protected here, just asthma in general.") == []
    # indexing a source again replaces it
    assert index.add("patients", records[:1]) > 0
    fresh.load()
    assert fresh.scan("write to T.Nowak@example.org now") == []
    assert fresh.scan("Elena Petrova, elena.petrova@example.org")
    with store.read() as conn:
        dump = repr([tuple(r) for r in conn.exec_driver_sql("SELECT * FROM guard_fingerprints")])
    for cell in ("Elena", "Petrova", "asthma", "example.org"):
        assert cell not in dump


class _OpenAILike:
    """The shape of ``openai.OpenAI`` the helper uses, over the stand-in upstream's HTTP."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.chat = self
        self.completions = self

    def with_options(self, *, base_url: str) -> _OpenAILike:
        return _OpenAILike(base_url)

    def create(self, *, messages: list[dict[str, str]], model: str) -> object:
        import httpx2

        r = httpx2.post(
            f"{self.base_url}/v1/chat/completions" if "/v1" not in self.base_url
            else f"{self.base_url}/chat/completions",
            json={"model": model, "messages": messages},
        )  # fmt: skip
        text = r.json()["choices"][0]["message"]["content"]
        msg = type("Message", (), {"content": text})()
        return type("Answer", (), {"choices": [type("Choice", (), {"message": msg})()]})()


def test_wrap_in_process_and_through_a_gateway(vault_env: VaultEnv, detector: object) -> None:
    from veil.guard import Pipeline, wrap
    from veil.guard.standin import Upstream

    up = Upstream()
    try:
        store = _store(vault_env)
        audit = open_audit_log(vault_env.settings, store=store, keyring=vault_env.keyring)
        conv = Conversations(Vault(store, vault_env.keyring, audit), store)
        pipe = Pipeline(conv, detector, audit, vault_env.keyring)
        client = wrap(_OpenAILike(up.url), pipeline=pipe)
        out = client.chat.completions.create(
            messages=[{"role": "user", "content": "Mail ada@example.org today"}], model="m"
        )
        assert out.choices[0].message.content == "Noted: ada@example.org."
        assert "ada@example.org" not in up.sent_text()
        routed = wrap(_OpenAILike(up.url), gateway="https://gw.example:8444/")
        assert routed.base_url == "https://gw.example:8444/v1"
        with pytest.raises(ValueError, match="exactly one"):
            wrap(_OpenAILike(up.url))
    finally:
        up.stop()


def test_history_resent_each_turn_is_detected_once(vault_env: VaultEnv, detector: object) -> None:
    from veil.guard import Exchange, Pipeline

    calls: list[int] = []

    class Counting:
        def __init__(self, inner: object) -> None:
            self.inner = inner

        def find_batch(self, texts: list[str]) -> object:
            calls.append(len(texts))
            return self.inner.find_batch(texts)  # type: ignore[attr-defined]

    store = _store(vault_env)
    audit = open_audit_log(vault_env.settings, store=store, keyring=vault_env.keyring)
    pipe = Pipeline(
        Conversations(Vault(store, vault_env.keyring, audit), store),
        Counting(detector),
        audit,
        vault_env.keyring,
    )
    ex = Exchange("t", "c", "u", "llm", "plain")
    turn1 = ["Mail ada@example.org please"]
    turn2 = [*turn1, "Noted.", "And bob@example.org too"]
    first = pipe.protect(ex, turn1)
    second = pipe.protect(ex, turn2)
    assert second[0] == first[0] == "Mail <EMAIL_ADDRESS_1> please"
    assert second[2] == "And <EMAIL_ADDRESS_2> too"
    assert calls == [1, 2]  # the first message was not detected again
    assert not any("ada@example.org" in repr(v) for v in pipe._seen.values())


def test_protect_hands_the_prompt_over_before_its_commit(
    vault_env: VaultEnv, detector: object
) -> None:
    """``early`` gets the placeholdered texts while the transaction is still open (another
    connection cannot see its rows yet); protect returns the same texts once committed."""
    from veil.guard import Exchange, Pipeline

    store = _store(vault_env)
    audit = open_audit_log(vault_env.settings, store=store, keyring=vault_env.keyring)
    pipe = Pipeline(
        Conversations(Vault(store, vault_env.keyring, audit), store), detector, audit,
        vault_env.keyring,
    )  # fmt: skip
    other = _store(vault_env)

    def committed() -> int:
        with other.read() as conn:
            return int(conn.exec_driver_sql("SELECT count(*) FROM guard_placeholders").scalar_one())

    seen: list[tuple[list[str], int]] = []
    ex = Exchange("t", "c-early", "u", "llm", "plain")
    before = committed()
    out = pipe.protect(
        ex,
        ["Mail ada@example.org please", "no data"],
        early=lambda t: seen.append((t, committed())),
    )
    assert out == ["Mail <EMAIL_ADDRESS_1> please", "no data"]
    assert seen == [(out, before)]  # once, with the result, before the rows were committed
    assert committed() == before + 1
    assert ex.restored == {"<EMAIL_ADDRESS_1>": "ada@example.org"}
    quiet: list[list[str]] = []
    assert pipe.protect(ex, ["nothing here"], early=quiet.append) == ["nothing here"]
    assert quiet == [["nothing here"]]
