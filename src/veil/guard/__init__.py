"""The LLM privacy gateway: placeholders for personal data in prompts, values restored in
answers for callers allowed to see them, secrets blocked, answers scanned for leaks.

* :mod:`veil.guard.placeholders`: stable typed placeholders kept in the vault;
* :mod:`veil.guard.pipeline`: protect a prompt, check and restore an answer;
* :mod:`veil.guard.stream`: restore a streamed answer holding back only partial placeholders;
* :mod:`veil.guard.leak`: keyed fingerprints of protected datasets;
* :mod:`veil.guard.gateway`: the OpenAI-compatible HTTP gateway (``veil gateway``).
"""

from __future__ import annotations

from typing import Any

from veil.guard.leak import Leak, LeakIndex
from veil.guard.pipeline import Blocked, Exchange, Pipeline, SecretInPrompt, first_user
from veil.guard.placeholders import PLACEHOLDER, Conversations
from veil.guard.stream import StreamRestorer

__all__ = [
    "PLACEHOLDER",
    "Blocked",
    "Conversations",
    "Exchange",
    "Leak",
    "LeakIndex",
    "Pipeline",
    "SecretInPrompt",
    "StreamRestorer",
    "wrap",
]


def wrap(
    client: Any,
    *,
    gateway: str | None = None,
    pipeline: Pipeline | None = None,
    tenant: str = "sdk",
    principal: str = "sdk",
    purpose: str = "llm",
    view: str = "plain",
) -> Any:
    """An OpenAI client that goes through veil.

    With ``gateway`` (the gateway's base URL) the client is re-pointed at it
    (``client.with_options(base_url=...)``), and the gateway does the work. With a
    ``pipeline`` the same work happens in this process around
    ``client.chat.completions.create`` (non-streamed calls).
    """
    if (gateway is None) == (pipeline is None):
        raise ValueError("give exactly one of gateway= or pipeline=")
    if gateway is not None:
        return client.with_options(base_url=gateway.rstrip("/") + "/v1")
    assert pipeline is not None
    return _InProcess(client, pipeline, tenant, principal, purpose, view)


class _InProcess:
    def __init__(self, client: Any, pipeline: Pipeline, *args: str) -> None:
        self._client = client
        self.chat = _Chat(client, pipeline, args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)


class _Chat:
    def __init__(self, client: Any, pipeline: Pipeline, args: tuple[str, ...]) -> None:
        self.completions = _Completions(client, pipeline, args)


class _Completions:
    def __init__(self, client: Any, pipeline: Pipeline, args: tuple[str, ...]) -> None:
        self._client, self._pipeline, self._args = client, pipeline, args

    def create(self, *, messages: list[dict[str, Any]], **kwargs: Any) -> Any:
        if kwargs.get("stream"):
            raise ValueError("the in-process helper does not stream; use the gateway")
        tenant, principal, purpose, view = self._args
        texts = [m["content"] for m in messages if isinstance(m.get("content"), str)]
        conversation = self._pipeline.conversation_id(tenant, first_user(messages, texts))
        ex = Exchange(tenant, conversation, principal, purpose, view)
        protected = iter(self._pipeline.protect(ex, texts))
        sent = [
            {**m, "content": next(protected)} if isinstance(m.get("content"), str) else m
            for m in messages
        ]
        answer = self._client.chat.completions.create(messages=sent, **kwargs)
        for choice in getattr(answer, "choices", []):
            msg = getattr(choice, "message", None)
            if msg is not None and isinstance(getattr(msg, "content", None), str):
                msg.content = self._pipeline.answer(ex, msg.content)
        return answer
