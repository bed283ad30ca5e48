"""A stand-in for an OpenAI-compatible model server, over real HTTP on 127.0.0.1: for the
gateway's tests, its benchmark and ``veil demo``, and for trying the gateway without a
model provider.

It records every request it receives and answers with text that echoes the placeholders of
the last user message, adds personal data of its own when asked (``NEWPII`` in the prompt),
replays a protected record (``REPLAY``), streams in small chunks as SSE, and can fail
(``status``) or stall (``delay``).
"""

from __future__ import annotations

import asyncio
import json
import re
import socket
import threading
import time
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

__all__ = ["NEW_PII", "Upstream", "free_port"]

PLACEHOLDER = re.compile(r"<[A-Z][A-Z_]+_\d+>")
NEW_PII = " Also reach Dana Whitfield at dana.whitfield@example.org or 415-555-0199."


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Upstream:
    def __init__(self) -> None:
        self.received: list[dict[str, Any]] = []
        self.status = 200
        self.delay = 0.0
        self.replay = ""
        self.chunk = 3
        self.pace = 0.001  # seconds between streamed chunks
        self.cancelled = 0
        app = Starlette(
            routes=[
                Route("/v1/chat/completions", self.chat, methods=["POST"]),
                Route("/v1/completions", self.completions, methods=["POST"]),
                Route("/v1/embeddings", self.embeddings, methods=["POST"]),
                Route("/v1/models", self.models, methods=["GET"]),
            ]
        )
        import uvicorn

        self.port = free_port()
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.time() + 20
        while not self.server.started:
            if time.time() > deadline:
                raise RuntimeError("upstream did not start")
            time.sleep(0.02)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)

    def sent_text(self) -> str:
        """Everything the upstream received, as one string."""
        return "\n".join(json.dumps(b, ensure_ascii=False) for b in self.received)

    def reply(self, prompt: str) -> str:
        names = list(dict.fromkeys(PLACEHOLDER.findall(prompt)))
        text = "Noted: " + (", ".join(names) if names else "nothing to note") + "."
        if "NEWPII" in prompt:
            text += NEW_PII
        if "REPLAY" in prompt and self.replay:
            text += " From memory: " + self.replay
        return text

    async def _common(self, request: Request) -> dict[str, Any] | Response:
        body = await request.json()
        self.received.append(body)
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.status != 200:
            return JSONResponse({"error": {"message": "upstream broke"}}, status_code=self.status)
        return dict(body)

    async def chat(self, request: Request) -> Response:
        body = await self._common(request)
        if isinstance(body, Response):
            return body
        last = body["messages"][-1]["content"]
        prompt = last if isinstance(last, str) else " ".join(p.get("text", "") for p in last)
        text = self.reply(prompt)
        if body.get("stream"):
            return StreamingResponse(self._sse(text, chat=True), media_type="text/event-stream")
        return JSONResponse(
            {
                "id": "chatcmpl-1",
                "object": "chat.completion",
                "model": body["model"],
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": text},
                        "finish_reason": "stop",
                    }
                ],
            }
        )

    async def completions(self, request: Request) -> Response:
        body = await self._common(request)
        if isinstance(body, Response):
            return body
        prompt = body["prompt"] if isinstance(body["prompt"], str) else " ".join(body["prompt"])
        text = self.reply(prompt)
        if body.get("stream"):
            return StreamingResponse(self._sse(text, chat=False), media_type="text/event-stream")
        return JSONResponse({"object": "text_completion", "choices": [{"index": 0, "text": text}]})

    async def embeddings(self, request: Request) -> Response:
        body = await self._common(request)
        if isinstance(body, Response):
            return body
        inputs = body["input"] if isinstance(body["input"], list) else [body["input"]]
        data = [
            {"object": "embedding", "index": i, "embedding": [float(len(str(x))), 1.0]}
            for i, x in enumerate(inputs)
        ]
        return JSONResponse({"object": "list", "data": data})

    async def models(self, request: Request) -> Response:
        return JSONResponse({"object": "list", "data": [{"id": "stand-in"}, {"id": "other-model"}]})

    async def _sse(self, text: str, *, chat: bool) -> Any:
        try:
            for i in range(0, len(text), self.chunk):
                piece = text[i : i + self.chunk]
                choice: dict[str, Any] = (
                    {"index": 0, "delta": {"content": piece}}
                    if chat
                    else {"index": 0, "text": piece}
                )
                yield f"data: {json.dumps({'choices': [choice]})}\n\n"
                await asyncio.sleep(self.pace)
            last: dict[str, Any] = (
                {"index": 0, "delta": {}, "finish_reason": "stop"}
                if chat
                else {"index": 0, "text": "", "finish_reason": "stop"}
            )
            yield f"data: {json.dumps({'choices': [last]})}\n\n"
            yield "data: [DONE]\n\n"
        except asyncio.CancelledError:
            self.cancelled += 1
            raise
