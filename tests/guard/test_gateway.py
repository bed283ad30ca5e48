"""The LLM gateway end to end: a real stand-in upstream over HTTP, a real store (SQLite and
PostgreSQL), the real detector with its NER model, real access tokens and Cedar policies."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from fastapi.testclient import TestClient
from tests.databases import VaultEnv

from veil.access import Directory, PolicyEngine
from veil.audit import open_audit_log
from veil.detect import Detector
from veil.errors import StoreError
from veil.guard import Conversations, LeakIndex, Pipeline
from veil.guard.gateway import GatewayServices, create_gateway
from veil.guard.policy import parse_types
from veil.guard.standin import NEW_PII, Upstream
from veil.store import open_store
from veil.vault import Vault

# fraud-analyst: values come back in plain; data-scientist: masked; auditor: no gateway
POLICY = """
@id("gateway-plain")
permit (principal in Veil::Role::"fraud-analyst",
        action in [Veil::Action::"tokenize", Veil::Action::"detokenize"], resource)
when { context.purpose == "support" };

@id("gateway-masked")
permit (principal in Veil::Role::"data-scientist", action == Veil::Action::"tokenize", resource);

@id("gateway-masked-view")
permit (principal in Veil::Role::"data-scientist", action == Veil::Action::"detokenize", resource)
when { context.view != "plain" };
"""

# prompts with personal data the detector must find, and the values to look for upstream
PROMPTS = [
    ("Please draft a reply to Dr. Amara Okonkwo about her claim.", ["Amara Okonkwo"]),
    ("Email jonas.weber@example.com and ask about invoice 4411.", ["jonas.weber@example.com"]),
    ("Call +1 (415) 555-0142 tomorrow morning.", ["(415) 555-0142"]),
    ("The customer's SSN is 512-44-7321, verify it.", ["512-44-7321"]),
    ("Card 4111 1111 1111 1111 was charged twice.", ["4111 1111 1111 1111"]),
    ("Transfer to IBAN DE89 3704 0044 0532 0130 00 today.", ["DE89 3704 0044 0532 0130 00"]),
    ("Patient Maria Gonzalez, MRN: 00482913, reports pain.", ["Maria Gonzalez", "00482913"]),
    ("Ship it to 742 Evergreen Terrace, Springfield, IL 62704.", ["742 Evergreen Terrace"]),
    ("Login came from 203.0.113.77 at night.", ["203.0.113.77"]),
    ("Summarize the complaint from Kwame Mensah in Accra, Ghana.", ["Kwame Mensah"]),
]


@pytest.fixture(scope="module")
def upstream() -> Iterator[Upstream]:
    u = Upstream()
    yield u
    u.stop()


_OPEN: list[Any] = []  # stores the tests open; closed after each test


@pytest.fixture(autouse=True)
def _reset(upstream: Upstream) -> Iterator[None]:
    upstream.received.clear()
    upstream.status, upstream.delay, upstream.replay = 200, 0.0, ""
    upstream.chunk, upstream.pace = 3, 0.001
    yield
    while _OPEN:
        _OPEN.pop().close()


@dataclass
class Gw:
    services: GatewayServices
    client: TestClient
    tokens: dict[str, str]

    def post(self, path: str, body: Any, who: str = "plain", **headers: str) -> Any:
        h = {"authorization": f"Bearer {self.tokens[who]}", "x-veil-purpose": "support"}
        h.update(headers)
        return self.client.post(path, json=body, headers=h)


def make_services(
    env: VaultEnv, detector: Detector, **overrides: Any
) -> tuple[GatewayServices, Directory]:
    settings = env.settings.model_copy(
        update={"password_memory_kib": 8192, "password_iterations": 1, **overrides}
    )
    store = open_store(settings)
    _OPEN.append(store)
    audit = open_audit_log(settings, store=store, keyring=env.keyring)
    vault = Vault(store, env.keyring, audit)
    leaks = LeakIndex(store, env.keyring)
    leaks.load()
    pipeline = Pipeline(
        Conversations(vault, store, ttl_seconds=settings.guard_ttl_seconds),
        detector,
        audit,
        env.keyring,
        block=parse_types(settings.guard_block),
        secrets=settings.guard_secrets,
        output=settings.guard_output,
        leaks=leaks,
    )
    directory = Directory(store, env.keyring, audit, settings)
    svc = GatewayServices(settings, pipeline, audit, directory, PolicyEngine(POLICY), leaks)
    return svc, directory


def open_gw(
    env: VaultEnv,
    detector: Detector,
    upstream: Upstream,
    tokens: dict[str, str] | None = None,
    **overrides: Any,
) -> Gw:
    """A gateway on ``env``'s database; its clients are created unless ``tokens`` (of a
    gateway opened before on the same database) are given."""
    svc, directory = make_services(env, detector, **overrides)
    if tokens is None:
        tokens = {}
        for who, role in (("plain", "fraud-analyst"), ("masked", "data-scientist"),
                          ("nobody", "auditor")):  # fmt: skip
            secret = directory.create_client(f"app-{who}", [role], by="test")
            tokens[who] = directory.client_token(f"app-{who}", secret)[0]
    app = create_gateway(svc.settings, upstream.url, svc)
    return Gw(svc, TestClient(app), tokens)


@pytest.fixture
def gw(vault_env: VaultEnv, ner_detector: Detector, upstream: Upstream) -> Iterator[Gw]:
    g = open_gw(vault_env, ner_detector, upstream)
    with g.client:
        yield g


def chat(text: str, **extra: Any) -> dict[str, Any]:
    return {"model": "stand-in", "messages": [{"role": "user", "content": text}], **extra}


def content(r: Any) -> str:
    assert r.status_code == 200, r.text
    return str(r.json()["choices"][0]["message"]["content"])


def stream_text(gw: Gw, body: dict[str, Any], who: str = "plain") -> str:
    h = {"authorization": f"Bearer {gw.tokens[who]}", "x-veil-purpose": "support"}
    parts = []
    with gw.client.stream("POST", "/v1/chat/completions", json=body, headers=h) as r:
        assert r.status_code == 200
        for line in r.iter_lines():
            if line.startswith("data: ") and line != "data: [DONE]":
                event = json.loads(line[6:])
                for c in event["choices"]:
                    parts.append(c.get("delta", {}).get("content") or c.get("text") or "")
    return "".join(parts)


# -- what leaves for the model ----------------------------------------------------------------


def test_upstream_never_receives_a_prompt_value(gw: Gw, upstream: Upstream) -> None:
    for text, values in PROMPTS:
        r = gw.post("/v1/chat/completions", chat(text))
        assert r.status_code == 200, r.text
        sent = upstream.received[-1]["messages"][0]["content"]
        for v in values:
            assert v not in sent, (v, sent)
        assert "<" in sent  # placeholders took their place
    everything = upstream.sent_text()
    for _, values in PROMPTS:
        for v in values:
            assert v not in everything


def test_values_come_back_in_the_view_the_policy_allows(gw: Gw) -> None:
    text = "Reply to Dr. Amara Okonkwo at amara.okonkwo@example.com about the refund."
    plain = content(gw.post("/v1/chat/completions", chat(text)))
    assert "Amara Okonkwo" in plain and "amara.okonkwo@example.com" in plain
    masked = content(gw.post("/v1/chat/completions", chat(text), who="masked"))
    assert "amara.okonkwo@example.com" not in masked and "Amara Okonkwo" not in masked
    assert "a***@example.com" in masked
    r = gw.post("/v1/chat/completions", chat(text), who="nobody")
    assert r.status_code == 403 and "may not use the gateway" in r.json()["detail"]
    r = gw.client.post("/v1/chat/completions", json=chat(text))
    assert r.status_code == 401


def test_placeholders_are_stable_across_turns_and_distinct_values_differ(
    gw: Gw, upstream: Upstream
) -> None:
    first = "Ticket from Kwame Mensah: his colleague Amara Okonkwo is cc'd."
    turn1 = [{"role": "user", "content": first}]
    gw.post("/v1/chat/completions", {"model": "stand-in", "messages": turn1})
    sent1 = upstream.received[-1]["messages"][0]["content"]
    turn2 = [
        *turn1,
        {"role": "assistant", "content": "Noted."},
        {"role": "user", "content": "Now write to Amara Okonkwo, then to Kwame Mensah."},
    ]
    gw.post("/v1/chat/completions", {"model": "stand-in", "messages": turn2})
    sent2 = [m["content"] for m in upstream.received[-1]["messages"]]
    assert sent2[0] == sent1  # the same conversation: the same placeholders
    assert "<PERSON_1>" in sent1 and "<PERSON_2>" in sent1
    kwame, amara = sent1.split("from ")[1].split(":")[0], sent1.split("colleague ")[1].split()[0]
    assert kwame != amara
    assert sent2[2] == f"Now write to {amara}, then to {kwame}."


def test_values_of_earlier_turns_come_back_from_the_vault_audited(gw: Gw) -> None:
    """The request's own values come back from the request; a placeholder of an earlier
    turn that this request does not resend is read from the vault, in the caller's view
    and only within the caller's own tenant, and that read is audited as a detokenize."""
    conv = {"x-veil-conversation": "earlier-turns"}
    later = chat("Remind <EMAIL_ADDRESS_1> about the refund.")  # a client keeping placeholders
    store = gw.services.pipeline.conversations.store

    def reads() -> list[tuple[str, str]]:
        with store.read() as c:
            rows = c.exec_driver_sql("SELECT principal, details FROM audit_events "
                                     "WHERE action = 'detokenize' ORDER BY seq").all()  # fmt: skip
        return [(str(r[0]), str(r[1])) for r in rows]

    # another tenant's conversation of the same name knows no such placeholder
    assert content(gw.post("/v1/chat/completions", later, who="masked", **conv)) == (
        "Noted: <EMAIL_ADDRESS_1>."
    )
    for who, shown in (("plain", "amara.okonkwo@example.com"), ("masked", "a***@example.com")):
        first = chat("Mail amara.okonkwo@example.com")
        assert content(gw.post("/v1/chat/completions", first, who=who, **conv)) == (
            f"Noted: {shown}."
        )
    assert reads() == []  # the values came back from the requests themselves
    for who, shown in (("plain", "amara.okonkwo@example.com"), ("masked", "a***@example.com")):
        assert content(gw.post("/v1/chat/completions", later, who=who, **conv)) == (
            f"Noted: {shown}."
        )
    got = reads()
    assert [p for p, _ in got] == ["client:app-plain", "client:app-masked"]
    assert ['"plain"' in d for _, d in got] == [True, False]
    assert ['"masked"' in d for _, d in got] == [False, True]


def test_two_gateways_on_one_database_share_placeholders(
    vault_env: VaultEnv, ner_detector: Detector, upstream: Upstream
) -> None:
    a = open_gw(vault_env, ner_detector, upstream)
    b = open_gw(vault_env, ner_detector, upstream, a.tokens)
    msg = chat("Write to Kwame Mensah and Amara Okonkwo.")
    with a.client, b.client:
        first = content(a.post("/v1/chat/completions", msg))
        sent_a = upstream.received[-1]["messages"][0]["content"]
        second = content(b.post("/v1/chat/completions", msg))
        sent_b = upstream.received[-1]["messages"][0]["content"]
    assert sent_a == sent_b
    assert first == second == "Noted: Kwame Mensah, Amara Okonkwo."


def test_a_commit_failing_after_the_prompt_left_is_an_error_and_nothing_leaks(
    vault_env: VaultEnv, ner_detector: Detector, upstream: Upstream
) -> None:
    """The placeholdered prompt goes upstream before the placeholders' commit: when the
    transaction then fails (rolled back for real), the caller gets a 503, not the answer,
    and the upstream saw placeholders only."""
    g = open_gw(vault_env, ner_detector, upstream)
    conv = g.services.pipeline.conversations
    real = conv.placeholders

    def failing(*args: Any, ready: Any = None, **kw: Any) -> list[str]:
        def then_fail(names: list[str]) -> None:
            ready(names)
            raise StoreError("disk full")

        return real(*args, ready=then_fail, **kw)

    conv.placeholders = failing  # type: ignore[method-assign]
    with g.client:
        for body in (
            chat("Write to Kwame Mensah now."),
            chat("Mail kwame@example.org", stream=True),
        ):
            r = g.post("/v1/chat/completions", body)
            assert r.status_code == 503, r.text
            assert "Kwame" not in r.text and "kwame@" not in r.text
        assert len(upstream.received) == 2  # the prompts had left before the failure
        assert "Kwame" not in upstream.sent_text() and "kwame@" not in upstream.sent_text()
        conv.placeholders = real  # type: ignore[method-assign]
        assert content(g.post("/v1/chat/completions", chat("Write to Kwame Mensah now."))) == (
            "Noted: Kwame Mensah."
        )


def test_streamed_answer_reassembles_to_the_whole_answer(gw: Gw, upstream: Upstream) -> None:
    text = "Write to Dr. Amara Okonkwo (amara.okonkwo@example.com) and Kwame Mensah."
    whole = content(gw.post("/v1/chat/completions", chat(text)))
    for size in (1, 2, 3, 7, 50):
        upstream.chunk = size
        assert stream_text(gw, chat(text, stream=True)) == whole
    upstream.chunk = 3
    masked = content(gw.post("/v1/chat/completions", chat(text), who="masked"))
    assert stream_text(gw, chat(text, stream=True), who="masked") == masked


def test_secrets_are_refused_before_anything_is_sent(gw: Gw, upstream: Upstream) -> None:
    text = "Deploy with key AKIAQ3EGRDXK7T2LWJ5P and tell Kwame Mensah."
    r = gw.post("/v1/chat/completions", chat(text))
    assert r.status_code == 400
    detail = r.json()["detail"]
    assert "AWS_ACCESS_KEY" in detail and "message 0" in detail and "16-36" in detail
    assert upstream.received == []


def test_secrets_can_be_redacted_instead(
    vault_env: VaultEnv, ner_detector: Detector, upstream: Upstream
) -> None:
    g = open_gw(vault_env, ner_detector, upstream, guard_secrets="redact")
    with g.client:
        r = g.post("/v1/chat/completions", chat("Use password: hunter2-Secret! for the box."))
    assert r.status_code == 200
    sent = upstream.received[-1]["messages"][0]["content"]
    assert "hunter2-Secret!" not in sent and "[PASSWORD]" in sent


def test_new_personal_data_in_the_answer_is_redacted(gw: Gw) -> None:
    out = content(gw.post("/v1/chat/completions", chat("NEWPII please, about Kwame Mensah.")))
    assert "dana.whitfield@example.org" not in out and "415-555-0199" not in out
    assert "[EMAIL_ADDRESS]" in out and "Kwame Mensah" in out
    streamed = stream_text(gw, chat("NEWPII please, about Kwame Mensah.", stream=True))
    assert "dana.whitfield@example.org" not in streamed and "[EMAIL_ADDRESS]" in streamed
    assert NEW_PII not in streamed


def test_the_leak_index_catches_a_replayed_record(gw: Gw, upstream: Upstream) -> None:
    records = [
        ["Elena", "Petrova", "1984-03-02", "diabetes type 2", "Kraków clinic ward 7"],
        ["Tomasz", "Nowak", "1979-11-23", "asthma", "Gdańsk outpatient unit 3"],
    ]
    n = gw.services.leaks.add("trial-2024", records)
    assert n > 0
    upstream.replay = "Tomasz Nowak 1979-11-23 asthma Gdańsk outpatient unit 3"
    out = content(gw.post("/v1/chat/completions", chat("REPLAY what you saw")))
    assert "asthma" not in out and "[PROTECTED]" in out
    events = [e for e in gw.services.audit.tail(20) if e.action == "guard.output"]
    assert events and '"trial-2024"' in events[-1].details


def test_embeddings_and_completions_are_pseudonymized(gw: Gw, upstream: Upstream) -> None:
    r = gw.post("/v1/embeddings", {"model": "stand-in", "input": ["Kwame Mensah", "hello"]})
    assert r.status_code == 200 and len(r.json()["data"]) == 2
    assert "Kwame Mensah" not in upstream.sent_text()
    r = gw.post("/v1/completions", {"model": "stand-in", "prompt": "About Kwame Mensah:"})
    assert r.status_code == 200 and r.json()["choices"][0]["text"] == "Noted: Kwame Mensah."
    assert "Kwame Mensah" not in upstream.sent_text()


def test_unknown_fields_pass_through_and_models_list(gw: Gw, upstream: Upstream) -> None:
    r = gw.post("/v1/chat/completions", chat("hello", temperature=0.2, x_custom={"a": 1}))
    assert r.status_code == 200
    assert upstream.received[-1]["x_custom"] == {"a": 1}
    assert upstream.received[-1]["temperature"] == 0.2
    h = {"authorization": f"Bearer {gw.tokens['plain']}"}
    assert [m["id"] for m in gw.client.get("/v1/models", headers=h).json()["data"]] == [
        "stand-in",
        "other-model",
    ]


# -- bad input and a bad upstream --------------------------------------------------------------


def test_bad_requests_get_clear_errors_and_send_nothing(gw: Gw, upstream: Upstream) -> None:
    h = {"authorization": f"Bearer {gw.tokens['plain']}", "content-type": "application/json"}
    cases = [
        (b"{not json", 400, "malformed JSON"),
        (b"\xff\xfe\x00", 400, "not UTF-8"),
        (b"[1, 2]", 400, "JSON object"),
        (json.dumps({"messages": []}).encode(), 400, "'model'"),
        (json.dumps({"model": "m", "messages": "hi"}).encode(), 400, "'messages'"),
        (json.dumps(chat("x" * 300_000)).encode(), 413, "at most"),
    ]
    for raw, status, words in cases:
        r = gw.client.post("/v1/chat/completions", content=raw, headers=h)
        assert r.status_code == status, (raw[:20], r.text)
        assert words in r.json()["detail"]
        assert r.headers["content-type"].startswith("application/problem+json")
    assert upstream.received == []


def test_upstream_failures_are_502_and_504_without_partial_answers(
    vault_env: VaultEnv, ner_detector: Detector, upstream: Upstream
) -> None:
    g = open_gw(vault_env, ner_detector, upstream, guard_upstream_timeout=0.5)
    with g.client:
        upstream.status = 500
        r = g.post("/v1/chat/completions", chat("About Kwame Mensah"))
        assert r.status_code == 502 and "upstream broke" not in r.text
        r = g.post("/v1/chat/completions", chat("About Kwame Mensah", stream=True))
        assert r.status_code == 502 and "upstream broke" not in r.text
        upstream.status = 429  # a refusal of the provider's own passes through, both ways
        for stream in (False, True):
            r = g.post("/v1/chat/completions", chat("About Kwame Mensah", stream=stream))
            assert r.status_code == 429 and r.json()["error"]["message"] == "upstream broke"
        upstream.status, upstream.delay = 200, 2.0
        r = g.post("/v1/chat/completions", chat("About Kwame Mensah"))
        assert r.status_code == 504 and "Noted" not in r.text
        r = g.post("/v1/chat/completions", chat("About Kwame Mensah", stream=True))
        assert r.status_code == 504 and "Noted" not in r.text


def test_models_outside_the_policy_are_refused(
    vault_env: VaultEnv, ner_detector: Detector, upstream: Upstream
) -> None:
    g = open_gw(vault_env, ner_detector, upstream, guard_models="stand-in")
    with g.client:
        r = g.post("/v1/chat/completions", {**chat("hi"), "model": "other-model"})
        assert r.status_code == 403 and "not allowed" in r.json()["detail"]
        h = {"authorization": f"Bearer {g.tokens['plain']}"}
        assert [m["id"] for m in g.client.get("/v1/models", headers=h).json()["data"]] == [
            "stand-in"
        ]
    assert upstream.received == []


def test_a_client_leaving_mid_stream_cancels_the_upstream_request(
    gw: Gw, upstream: Upstream
) -> None:
    import threading
    import time

    import httpx2
    import uvicorn

    from veil.guard.standin import free_port

    upstream.chunk, upstream.pace = 1, 0.05  # a long, slow answer
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(gw.client.app, host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        while not server.started:
            time.sleep(0.02)
        h = {"authorization": f"Bearer {gw.tokens['plain']}", "x-veil-purpose": "support"}
        body = chat("Write to Kwame Mensah and Amara Okonkwo at length.", stream=True)
        before = upstream.cancelled
        with (
            httpx2.Client(timeout=30) as c,
            c.stream(
                "POST", f"http://127.0.0.1:{port}/v1/chat/completions", json=body, headers=h
            ) as r,
        ):
            assert r.status_code == 200
            for line in r.iter_lines():
                if line.startswith("data: "):
                    break  # the caller goes away after the first event
        deadline = time.time() + 10
        while upstream.cancelled == before and time.time() < deadline:
            time.sleep(0.05)
        assert upstream.cancelled > before
    finally:
        server.should_exit = True
        thread.join(10)


def test_policy_per_client_and_route(
    vault_env: VaultEnv, ner_detector: Detector, upstream: Upstream, tmp_path: Any
) -> None:
    policy = tmp_path / "guard.yaml"
    policy.write_text(
        "default:\n"
        "  models: [stand-in]\n"
        "clients:\n"
        "  app-plain:\n"
        "    allow: [DATE_TIME, LOCATION]\n"
        "    routes:\n"
        "      embeddings: {allow: [DATE_TIME, LOCATION, PERSON], max_prompt_bytes: 2048}\n"
        "  app-masked:\n"
        "    models: [other-model]\n"
    )
    g = open_gw(vault_env, ner_detector, upstream, guard_policy=policy)
    with g.client:
        text = "Kwame Mensah flew to Accra, Ghana."
        assert g.post("/v1/chat/completions", chat(text)).status_code == 200
        sent = upstream.received[-1]["messages"][0]["content"]
        assert "Accra, Ghana" in sent and "Kwame Mensah" not in sent  # places allowed
        r = g.post("/v1/embeddings", {"model": "stand-in", "input": text})
        assert r.status_code == 200 and upstream.received[-1]["input"] == text
        big = {"model": "stand-in", "input": "x" * 3000}
        assert g.post("/v1/embeddings", big).status_code == 413
        assert g.post("/v1/chat/completions", chat(text), who="masked").status_code == 403
        r = g.post("/v1/chat/completions", {**chat(text), "model": "other-model"}, who="masked")
        assert r.status_code == 200
        assert "Accra" not in upstream.received[-1]["messages"][0]["content"]


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("default:\n  allow: [NOT_A_TYPE]\n", "guard.yaml:2:10"),
        ("default:\n  colour: blue\n", "unknown key 'colour'"),
        ("clients:\n  a:\n    routes:\n      chat2: {}\n", "unknown route 'chat2'"),
        ("default:\n  max_prompt_bytes: 10\n", ">= 1024"),
        ("default: [unclosed\n", "invalid YAML"),
    ],
)
def test_bad_gateway_policies_name_file_line_and_column(
    tmp_path: Any, text: str, error: str
) -> None:
    from veil.config import Settings
    from veil.errors import ConfigError
    from veil.guard.policy import GuardPolicies

    path = tmp_path / "guard.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=re.escape(error)):
        GuardPolicies.from_settings(Settings(home=tmp_path, guard_policy=path))
