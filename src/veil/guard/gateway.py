"""An OpenAI-compatible privacy gateway (``veil gateway``).

``POST /v1/chat/completions`` (streamed as SSE with ``"stream": true``),
``POST /v1/completions``, ``POST /v1/embeddings`` and ``GET /v1/models`` are passed to an
upstream OpenAI-compatible server (OpenAI, Azure OpenAI, vLLM, llama.cpp, Ollama) after
:class:`~veil.guard.pipeline.Pipeline` replaced the prompt's personal data with
placeholders; answers are scanned and their placeholders restored in the view the caller's
policy allows. Unknown request fields pass through untouched.

Callers authenticate with the service's access tokens (``Authorization: Bearer <jwt>``);
their tenant is their account, their purpose the ``X-Veil-Purpose`` header (default
``llm``). The policy decides the view of restored values: ``detokenize`` on the ``guard``
namespace with view ``plain``, else ``masked``, else the placeholders stay. A conversation
is named by ``X-Veil-Conversation`` or derived from its first user message.
"""

from __future__ import annotations

import asyncio
import json
import os
import time
import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx2
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse
from starlette.concurrency import run_in_threadpool

from veil.access import Directory, Identity, PolicyEngine, RequestContext, resource_of
from veil.audit import AuditLog, Event
from veil.config import Settings
from veil.detect._ner import single_thread_blas
from veil.errors import InvalidToken, UsageError, VeilError
from veil.guard.leak import LeakIndex
from veil.guard.pipeline import Blocked, Exchange, Pipeline, SecretInPrompt, first_user
from veil.guard.placeholders import NAMESPACE, Conversations, check_id
from veil.guard.policy import GuardPolicies, parse_types
from veil.guard.stream import StreamChecker, StreamRestorer
from veil.server.app import Problem, network_of

__all__ = [
    "WORKER_ARGS",
    "GatewayServices",
    "create_gateway",
    "gateway_worker",
    "open_gateway_services",
    "serve_gateway",
]


@dataclass
class GatewayServices:
    settings: Settings
    pipeline: Pipeline
    audit: AuditLog
    directory: Directory | None
    policy: PolicyEngine | None
    leaks: LeakIndex
    policies: GuardPolicies | None = None
    closers: tuple[Any, ...] = ()

    def close(self) -> None:
        for c in self.closers:
            c.close()


def open_gateway_services(settings: Settings, *, insecure_dev: bool = False) -> GatewayServices:
    """The store, keyring, vault, detector and policy the gateway works with."""
    from veil.audit import open_audit_log
    from veil.detect import Detector
    from veil.keys import open_keyring
    from veil.store import open_store
    from veil.vault import Vault

    ring = open_keyring(settings)
    store = open_store(settings)
    audit = open_audit_log(settings, store=store, keyring=ring)
    vault = Vault(store, ring, audit)  # the gateway's own vault calls; callers checked here
    conversations = Conversations(vault, store, ttl_seconds=settings.guard_ttl_seconds)
    detector = Detector(ner=None if settings.ner_enabled else False, processes=1)
    leaks = LeakIndex(store, ring)
    leaks.load()
    pipeline = Pipeline(
        conversations,
        detector,
        audit,
        ring,
        block=parse_types(settings.guard_block),
        secrets=settings.guard_secrets,
        output=settings.guard_output,
        leaks=leaks,
    )
    directory = policy = None
    if not insecure_dev:
        policy = (
            PolicyEngine.from_file(settings.access_policy)
            if settings.access_policy is not None
            else PolicyEngine()
        )
        directory = Directory(store, ring, audit, settings)
    policies = GuardPolicies.from_settings(settings)
    return GatewayServices(
        settings, pipeline, audit, directory, policy, leaks, policies, (detector, vault)
    )


def _settle(fut: asyncio.Future[Any], value: Any) -> None:
    if not fut.done():
        fut.set_result(value)


def _retrieved(fut: asyncio.Future[Any]) -> None:
    """Marks a background task's failure as seen (its caller may have gone)."""
    if not fut.cancelled():
        fut.exception()


def _problem(status: int, title: str, detail: str, rid: str) -> JSONResponse:
    """An RFC 9457 problem, in the service's shape (``veil.server.app.Problem``)."""
    body = Problem(title=title, status=status, detail=detail, instance="", request_id=rid)
    return JSONResponse(
        body.model_dump(exclude={"instance"}),
        status_code=status,
        media_type="application/problem+json",
        headers={"X-Request-ID": rid},
    )


class _Refused(Exception):
    def __init__(self, status: int, title: str, detail: str) -> None:
        super().__init__(detail)
        self.status, self.title, self.detail = status, title, detail


def _texts_of(body: dict[str, Any], route: str) -> list[tuple[Any, Any, str]]:
    """(container, key, text) of every prompt text a request carries."""
    out: list[tuple[Any, Any, str]] = []
    if route == "chat":
        messages = body.get("messages")
        if not isinstance(messages, list) or not messages:
            raise _Refused(400, "Bad request", "'messages' must be a non-empty list")
        for m in messages:
            if not isinstance(m, dict):
                raise _Refused(400, "Bad request", "each message must be an object")
            content = m.get("content")
            if isinstance(content, str):
                out.append((m, "content", content))
            elif isinstance(content, list):
                for part in content:
                    if isinstance(part, dict) and isinstance(part.get("text"), str):
                        out.append((part, "text", part["text"]))
    else:
        key = "prompt" if route == "completions" else "input"
        value = body.get(key)
        if isinstance(value, str):
            out.append((body, key, value))
        elif isinstance(value, list) and all(isinstance(v, str) for v in value):
            out.extend((value, i, v) for i, v in enumerate(value))
        elif value is None:
            raise _Refused(400, "Bad request", f"'{key}' is required")
        elif not (isinstance(value, list) and all(isinstance(v, int) for v in value)):
            raise _Refused(400, "Bad request", f"'{key}' must be a string or a list of strings")
    return out


def create_gateway(
    settings: Settings,
    upstream: str,
    services: GatewayServices | None = None,
    *,
    insecure_dev: bool = False,
    transport: httpx2.AsyncBaseTransport | None = None,
    serving: bool = False,
) -> FastAPI:
    """The gateway app in front of ``upstream`` (an OpenAI-compatible base URL).

    ``serving``: this process serves the app (``veil gateway``): one BLAS thread, since
    requests and other workers use the cores, and the model loaded before the first
    request. Services the app opened itself (``services`` None) are closed at shutdown."""
    owned = services is None
    svc = services or open_gateway_services(settings, insecure_dev=insecure_dev)
    base = upstream.rstrip("/")
    if base.endswith("/v1"):
        base = base[:-3]
    policies = svc.policies or GuardPolicies.from_settings(settings)
    key = settings.upstream_api_key.get_secret_value() if settings.upstream_api_key else None
    timeout = httpx2.Timeout(settings.guard_upstream_timeout, connect=10.0)
    client = httpx2.AsyncClient(
        base_url=base,
        timeout=timeout,
        limits=httpx2.Limits(max_connections=100, max_keepalive_connections=20),
        transport=transport or httpx2.AsyncHTTPTransport(retries=2),  # connect retries only
        headers={"authorization": f"Bearer {key}"} if key else {},
    )

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # placeholders past their TTL are never read again: drop them once per start
        await run_in_threadpool(svc.pipeline.conversations.expire)
        if serving:
            single_thread_blas()
            await run_in_threadpool(svc.pipeline.detector.warmup)
        yield
        await client.aclose()
        if owned:
            svc.close()

    app = FastAPI(
        title="veil gateway",
        version="1",
        description="OpenAI-compatible privacy gateway: placeholders out, values back.",
        lifespan=lifespan,
    )
    app.state.services = svc

    def identity(request: Request) -> Identity | None:
        if insecure_dev:
            return None
        header = request.headers.get("authorization", "")
        if not header.lower().startswith("bearer "):
            raise _Refused(401, "Unauthorized", "a bearer access token is required")
        assert svc.directory is not None
        try:
            return svc.directory.verify(header[7:].strip())
        except InvalidToken as e:
            raise _Refused(401, "Unauthorized", str(e)) from None

    def exchange(request: Request, ident: Identity | None, first: str) -> Exchange:
        purpose = request.headers.get("x-veil-purpose", "llm")
        if ident is None:
            tenant, principal, view = "dev", "dev", "plain"
        else:
            tenant, principal = ident.name, ident.principal
            view = _view(svc.policy, ident, purpose, request)
            _require_tokenize(svc.policy, ident, purpose, request)
        try:
            check_id("purpose", purpose)
        except UsageError as e:
            raise _Refused(400, "Bad request", str(e)) from None
        conv = request.headers.get("x-veil-conversation")
        if conv is None:
            conv = svc.pipeline.conversation_id(tenant, first)
        try:
            check_id("conversation", conv)
        except UsageError as e:
            raise _Refused(400, "Bad request", str(e)) from None
        return Exchange(tenant, conv, principal, purpose, view)

    async def handle(request: Request, route: str) -> Response:
        rid = request.headers.get("x-request-id") or uuid.uuid4().hex
        try:
            return await _handle(request, route, rid)
        except _Refused as r:
            return _problem(r.status, r.title, r.detail, rid)
        except SecretInPrompt as e:
            return _problem(400, "Secret in prompt", str(e), rid)
        except Blocked as e:
            return _problem(502, "Answer withheld", str(e), rid)
        except VeilError as e:
            status = getattr(e, "http_status", 500)
            return _problem(status, type(e).__name__, str(e) if status < 500 else "error", rid)

    async def _handle(request: Request, route: str, rid: str) -> Response:
        # who first: 401 before anything (an insecure-dev gateway has no callers to check)
        ident = None if insecure_dev else await run_in_threadpool(identity, request)
        rules = policies.resolve(None if ident is None else ident.name, route)
        declared = request.headers.get("content-length", "")
        size = int(declared) if declared.isdigit() else 0
        if size <= rules.max_prompt_bytes:
            raw = await request.body()
            size = len(raw)
        if size > rules.max_prompt_bytes:
            raise _Refused(
                413,
                "Payload too large",
                f"the request has {size} bytes; the gateway takes at most {rules.max_prompt_bytes}",
            )
        try:
            body = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError:
            raise _Refused(400, "Bad request", "the body is not UTF-8") from None
        except json.JSONDecodeError as e:
            raise _Refused(400, "Bad request", f"malformed JSON: {e.msg} at {e.pos}") from None
        if not isinstance(body, dict):
            raise _Refused(400, "Bad request", "the body must be a JSON object")
        model = body.get("model")
        if not isinstance(model, str) or not model:
            raise _Refused(400, "Bad request", "'model' is required")
        if rules.models and model not in rules.models:
            raise _Refused(403, "Forbidden", f"model {model!r} is not allowed by policy")
        slots = _texts_of(body, route)
        texts = [t for _, _, t in slots]
        first = first_user(body.get("messages"), texts)
        stream = route != "embeddings" and bool(body.get("stream"))

        def requested(ex: Exchange) -> Event:
            details = {"model": model, "entities": ex.findings, "stream": stream,
                       "secrets_redacted": ex.redacted_secrets, "request_id": rid}  # fmt: skip
            return Event(ex.principal, f"guard.{route}", f"vault/{ex.conversation}",
                         ex.purpose, "ok", details)  # fmt: skip

        loop = asyncio.get_running_loop()
        early: asyncio.Future[tuple[Exchange, list[str]]] = loop.create_future()

        def prepare() -> tuple[Exchange, list[str]]:
            # one thread hop for the whole prompt side: policy, detection, placeholders and
            # the request's audit event (one transaction)
            ex = exchange(request, ident, first)

            def known(protected: list[str]) -> None:
                loop.call_soon_threadsafe(_settle, early, (ex, protected))

            protected = svc.pipeline.protect(
                ex, texts, block=rules.block, allow=rules.allow, record=requested, early=known
            )
            return ex, protected

        # the placeholdered prompt goes upstream while the placeholders' commit waits for the
        # disk; the caller hears back only once that commit is done (a failed commit is an
        # error for the caller, and the upstream saw placeholders only)
        prepared = asyncio.ensure_future(run_in_threadpool(prepare))
        prepared.add_done_callback(_retrieved)
        try:
            await asyncio.wait((early, prepared), return_when=asyncio.FIRST_COMPLETED)
            ex, protected = early.result() if early.done() else prepared.result()
            response = await _forward(route, body, slots, protected, ex, stream, rid)
        finally:
            if not prepared.done():
                await asyncio.wait((prepared,))
        prepared.result()
        return response

    async def _forward(
        route: str,
        body: dict[str, Any],
        slots: list[tuple[Any, Any, str]],
        protected: list[str],
        ex: Exchange,
        stream: bool,
        rid: str,
    ) -> Response:
        for (container, k, _), new in zip(slots, protected, strict=True):
            container[k] = new
        path = {"chat": "/v1/chat/completions", "completions": "/v1/completions",
                "embeddings": "/v1/embeddings"}[route]  # fmt: skip
        headers = {"x-request-id": rid}
        if stream:
            return await _stream(path, body, ex, headers, rid)
        r = await send(path, body, headers, stream=False)
        try:
            answer = r.json()
        except ValueError:
            raise _Refused(
                502, "Upstream error", "the model provider's answer is not JSON"
            ) from None
        if r.status_code >= 400 or route == "embeddings":
            return JSONResponse(answer, status_code=r.status_code, headers=headers)
        await run_in_threadpool(_restore_answer, answer, ex, route)
        return JSONResponse(answer, headers=headers)

    async def send(
        path: str, body: dict[str, Any], headers: dict[str, str], *, stream: bool
    ) -> httpx2.Response:
        """The upstream's response; its failures as 502/504 problems (never its body)."""
        req = client.build_request("POST", path, json=body, headers=headers)
        try:
            r = await client.send(req, stream=stream)
        except httpx2.TimeoutException:
            raise _Refused(
                504, "Upstream timeout", "the model provider did not answer in time"
            ) from None
        except httpx2.HTTPError as e:
            raise _Refused(502, "Upstream unreachable", type(e).__name__) from None
        if r.status_code >= 500:
            await r.aclose()
            raise _Refused(502, "Upstream error", f"the model provider answered {r.status_code}")
        return r

    def _restore_answer(answer: Any, ex: Exchange, route: str) -> None:
        for choice in answer.get("choices", []) if isinstance(answer, dict) else []:
            if not isinstance(choice, dict):
                continue
            holder, k = (choice.get("message"), "content") if route == "chat" else (choice, "text")
            if isinstance(holder, dict) and isinstance(holder.get(k), str):
                holder[k] = svc.pipeline.answer(ex, holder[k])

    async def _stream(
        path: str, body: dict[str, Any], ex: Exchange, headers: dict[str, str], rid: str
    ) -> Response:
        upstream_resp = await send(path, body, headers, stream=True)
        if upstream_resp.status_code >= 400:  # the provider refused the request: say why
            await upstream_resp.aread()
            await upstream_resp.aclose()
            try:
                refusal = upstream_resp.json()
            except ValueError:
                raise _Refused(
                    502,
                    "Upstream error",
                    f"the model provider answered {upstream_resp.status_code}",
                ) from None
            return JSONResponse(refusal, status_code=upstream_resp.status_code, headers=headers)
        hold = svc.pipeline.output != "alert"
        per_choice: dict[int, tuple[StreamChecker, StreamRestorer]] = {}
        field = "delta" if path.endswith("chat/completions") else None

        def stages(i: int) -> tuple[StreamChecker, StreamRestorer]:
            if i not in per_choice:
                per_choice[i] = (
                    StreamChecker(lambda t: svc.pipeline.check(ex, t), hold),
                    StreamRestorer(lambda t: svc.pipeline.restore(ex, t)),
                )
            return per_choice[i]

        def process(event: dict[str, Any]) -> dict[str, Any]:
            for choice in event.get("choices", []):
                if not isinstance(choice, dict):
                    continue
                i = int(choice.get("index", 0))
                holder = choice.get(field) if field else choice
                k = "content" if field else "text"
                if not isinstance(holder, dict) or not isinstance(holder.get(k), str):
                    continue
                checker, restorer = stages(i)
                ready = checker.feed(holder[k])
                out = restorer.feed(ready) if ready else ""
                if choice.get("finish_reason"):
                    out += restorer.feed(checker.flush()) + restorer.flush()
                holder[k] = out
            return event

        async def events() -> AsyncIterator[bytes]:
            try:
                async for line in upstream_resp.aiter_lines():
                    if not line.startswith("data:"):
                        if line:
                            yield (line + "\n").encode()
                        else:
                            yield b"\n"
                        continue
                    data = line[5:].strip()
                    if data == "[DONE]":
                        tail = await run_in_threadpool(_drain)
                        if tail is not None:
                            yield b"data: " + json.dumps(tail).encode() + b"\n\n"
                        yield b"data: [DONE]\n\n"
                        continue
                    try:
                        event = json.loads(data)
                    except json.JSONDecodeError:
                        continue  # never pass through what could not be checked
                    event = await run_in_threadpool(process, event)
                    yield b"data: " + json.dumps(event).encode() + b"\n"
            except Blocked as e:
                problem = {"error": {"message": str(e), "type": "veil_blocked"}}
                yield b"data: " + json.dumps(problem).encode() + b"\n\ndata: [DONE]\n\n"
            except httpx2.HTTPError as e:  # the upstream broke off mid-stream
                problem = {"error": {"message": f"upstream: {type(e).__name__}",
                                     "type": "veil_upstream"}}  # fmt: skip
                yield b"data: " + json.dumps(problem).encode() + b"\n\ndata: [DONE]\n\n"
            finally:
                await upstream_resp.aclose()  # a client gone mid-stream cancels the upstream

        def _drain() -> dict[str, Any] | None:
            # text still held when the stream ends without a finish_reason on the choice
            rest = {}
            for i, (checker, restorer) in per_choice.items():
                text = restorer.feed(checker.flush()) + restorer.flush()
                if text:
                    rest[i] = text
            if not rest:
                return None
            if field:
                choices = [{"index": i, "delta": {"content": t}} for i, t in rest.items()]
            else:
                choices = [{"index": i, "text": t} for i, t in rest.items()]
            return {"object": "veil.flush", "created": int(time.time()), "choices": choices}

        return StreamingResponse(
            events(),
            media_type="text/event-stream",
            headers={**headers, "cache-control": "no-cache"},
        )

    @app.post("/v1/chat/completions")
    async def chat(request: Request) -> Response:
        return await handle(request, "chat")

    @app.post("/v1/completions")
    async def completions(request: Request) -> Response:
        return await handle(request, "completions")

    @app.post("/v1/embeddings")
    async def embeddings(request: Request) -> Response:
        return await handle(request, "embeddings")

    @app.get("/v1/models")
    async def list_models(request: Request) -> Response:
        rid = request.headers.get("x-request-id") or uuid.uuid4().hex
        try:
            ident = await run_in_threadpool(identity, request)
        except _Refused as refused:
            return _problem(refused.status, refused.title, refused.detail, rid)
        models = policies.resolve(None if ident is None else ident.name, "chat").models
        try:
            r = await client.get("/v1/models")
            data = r.json()
        except (httpx2.HTTPError, ValueError):
            return _problem(502, "Upstream unreachable", "could not list the models", rid)
        if models and isinstance(data, dict) and isinstance(data.get("data"), list):
            data["data"] = [
                m for m in data["data"] if isinstance(m, dict) and m.get("id") in models
            ]
        return JSONResponse(data, status_code=r.status_code)

    @app.get("/healthz")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    return app


WORKER_ARGS = "VEIL_GATEWAY_WORKER"
"""The environment variable that carries ``veil gateway``'s arguments to its worker processes."""


def gateway_worker() -> FastAPI:
    """The app of one worker process of ``veil gateway --workers N`` (a uvicorn factory).

    Each worker opens its own store, keyring, vault and detector from the same settings
    (``VEIL_*``) and loads the model before it takes requests; the placeholders live in
    the shared database, so any worker restores any conversation."""
    from veil.config import get_settings

    args = json.loads(os.environ[WORKER_ARGS])
    insecure_dev = bool(args.get("insecure_dev"))
    return create_gateway(
        get_settings(), str(args["upstream"]), insecure_dev=insecure_dev, serving=True
    )


def serve_gateway(
    settings: Settings,
    upstream: str,
    *,
    host: str,
    port: int,
    cert: Path | None = None,
    key: Path | None = None,
    insecure_dev: bool = False,
    workers: int = 1,
    log_level: str = "info",
    announce: Callable[[str], None] | None = None,
) -> None:
    """Serve the gateway until stopped: in this process, or in ``workers`` processes on one
    port (each built by :func:`gateway_worker` from the same ``VEIL_*`` settings). The
    keyring, store and policy are opened here first, so a bad setting fails before any
    worker starts. ``announce`` gets one line saying where it serves, once the TLS
    certificate is loaded."""
    import uvicorn

    from veil.server.run import serve_workers, server_config

    services = open_gateway_services(settings, insecure_dev=insecure_dev)
    if workers > 1:
        services.close()
        os.environ[WORKER_ARGS] = json.dumps({"upstream": upstream, "insecure_dev": insecure_dev})
        config = server_config(
            f"{__name__}:{gateway_worker.__name__}",
            host=host,
            port=port,
            cert=cert,
            key=key,
            insecure_dev=insecure_dev,
            log_level=log_level,
            workers=workers,
            factory=True,
        )
        _announce(announce, upstream, host, port, insecure_dev, workers)
        serve_workers(config)
        return
    try:
        app = create_gateway(settings, upstream, services, insecure_dev=insecure_dev, serving=True)
        config = server_config(
            app, host=host, port=port, cert=cert, key=key, insecure_dev=insecure_dev,
            log_level=log_level,
        )  # fmt: skip
        _announce(announce, upstream, host, port, insecure_dev, workers)
        uvicorn.Server(config).run()
    finally:
        services.close()


def _announce(
    announce: Callable[[str], None] | None,
    upstream: str,
    host: str,
    port: int,
    insecure_dev: bool,
    workers: int,
) -> None:
    if announce is None:
        return
    procs = f", {workers} processes" if workers > 1 else ""
    if insecure_dev:
        announce(
            f"[yellow]insecure dev mode:[/yellow] plain HTTP on http://127.0.0.1:{port}{procs}, "
            "no client authentication (loopback only); never use this for real data"
        )
    else:
        announce(f"gateway on https://{host}:{port} (TLS 1.3 only){procs} -> {upstream}")


def _context(ident: Identity, purpose: str, view: str, request: Request) -> RequestContext:
    host = request.client.host if request.client else None
    return RequestContext(purpose, ident.mfa, view, network_of(host), time.gmtime().tm_hour)


def _view(policy: PolicyEngine | None, ident: Identity, purpose: str, request: Request) -> str:
    """The most the caller may see of restored values: plain, masked, or none."""
    if policy is None:
        return "none"
    for view in ("plain", "masked"):
        d = policy.decide(
            (ident.kind, ident.name),
            ident.roles,
            "detokenize",
            resource_of("detokenize", NAMESPACE),
            _context(ident, purpose, view, request),
        )
        if d.allowed:
            return view
    return "none"


def _require_tokenize(
    policy: PolicyEngine | None, ident: Identity, purpose: str, request: Request
) -> None:
    if policy is None:
        return
    d = policy.decide(
        (ident.kind, ident.name),
        ident.roles,
        "tokenize",
        resource_of("tokenize", NAMESPACE),
        _context(ident, purpose, "none", request),
    )
    if not d.allowed:
        raise _Refused(403, "Forbidden", f"{ident.principal} may not use the gateway ({d.why})")
