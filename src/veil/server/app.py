"""The veil HTTP API (FastAPI): a thin shell over the library.

Every ``/v1`` route needs a bearer access token (401 without), is rate-limited per caller
and route (429), and is authorized by the Cedar policy (403), with the decision and the
deciding policy ids in the audit log. Errors are RFC 9457 ``application/problem+json``
with the request id, never a stack trace. Bodies above ``VEIL_MAX_BODY_BYTES`` get 413.

Identity endpoints: ``POST /oauth2/token`` (client credentials, RFC 6749 §4.4),
``/oauth2/introspect`` (RFC 7662), ``/oauth2/revoke`` (RFC 7009), ``/.well-known/jwks.json``,
and for people ``/auth/login`` (password, plus a TOTP or recovery code for MFA),
``/auth/refresh``, ``/auth/logout`` and ``/auth/logout-all``.
"""

# no "from __future__ import annotations": FastAPI resolves the route signatures at runtime,
# including the local ``Caller`` dependency alias
import base64
import binascii
import contextvars
import ipaddress
import logging
import re
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, Form, Header, Query, Request
from fastapi import Path as FastApiPath
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from veil.access import (
    AuthenticationFailed,
    Directory,
    Identity,
    PolicyEngine,
    RequestContext,
    StepUpRequired,
    resource_of,
)
from veil.access.anomaly import AnomalyDetector
from veil.access.grants import Grant
from veil.access.limits import RateLimiter
from veil.access.policy import PolicyDenied
from veil.access.webauthn import WebAuthn
from veil.audit import AuditLog, Event
from veil.config import Settings
from veil.errors import AccessDenied, InvalidToken, UsageError, VeilError
from veil.keys import Keyring
from veil.keys.values import decrypt_values, encrypt_values
from veil.store import Store
from veil.vault import AccessRequest, Vault

__all__ = ["Services", "create_app"]

_log = logging.getLogger("veil.server")
_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


@dataclass
class _Call:
    identity: Identity
    network: str
    request_id: str


_call: contextvars.ContextVar[_Call] = contextvars.ContextVar("veil_call")


@dataclass
class Services:
    """What the API serves from; built by :func:`open_services` or by tests."""

    settings: Settings
    store: Store
    keyring: Keyring
    audit: AuditLog
    directory: Directory
    policy: PolicyEngine
    vault: Vault
    limiter: RateLimiter
    anomaly: AnomalyDetector
    _detector: Any = field(default=None, repr=False)

    def detector(self) -> Any:
        if self._detector is None:
            from veil.detect import Detector

            self._detector = Detector(ner=None if self.settings.ner_enabled else False)
        return self._detector

    def close(self) -> None:
        if self._detector is not None:
            self._detector.close()
        self.vault.close()


def network_of(host: str | None) -> str:
    """``loopback``, ``private`` or ``public`` (for policies on the source network)."""
    try:
        ip = ipaddress.ip_address(host or "")
    except ValueError:
        return "public"
    if ip.is_loopback:
        return "loopback"
    return "private" if ip.is_private else "public"


def open_services(settings: Settings) -> Services:
    from veil.audit import open_audit_log
    from veil.keys import open_keyring
    from veil.store import open_store

    ring = open_keyring(settings)
    store = open_store(settings)
    audit = open_audit_log(settings, store=store, keyring=ring)
    policy = (
        PolicyEngine.from_file(settings.access_policy)
        if settings.access_policy is not None
        else PolicyEngine()
    )
    directory = Directory(store, ring, audit, settings)
    vault = Vault(store, ring, audit, authorizer=_cedar_authorizer(policy))
    limiter = RateLimiter(settings.rate_limit_per_minute, settings.redis_url)
    anomaly = AnomalyDetector(store, audit, settings, on_lock=directory.forget)
    return Services(settings, store, ring, audit, directory, policy, vault, limiter, anomaly)


def _context(purpose: str, view: str = "none") -> tuple[_Call, RequestContext]:
    call = _call.get(None)
    if call is None:  # not inside an authenticated request: deny
        raise AccessDenied("no authenticated caller")
    hour = time.gmtime().tm_hour
    return call, RequestContext(purpose, call.identity.mfa, view, call.network, hour)


def _cedar_authorizer(policy: PolicyEngine) -> Callable[[AccessRequest], Mapping[str, Any]]:
    """The vault's authorization hook: the Cedar decision for the calling identity."""

    def authorize(req: AccessRequest) -> Mapping[str, Any]:
        call, ctx = _context(req.purpose, req.view.value if req.view is not None else "none")
        ident = call.identity
        name = req.resource.removeprefix("vault/")
        return policy.require((ident.kind, ident.name), ident.roles, req.action, name, ctx).audit()

    return authorize


# -- request and response models -------------------------------------------------------------


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_max_length=65536)


class TokenizeIn(_In):
    namespace: str = Field(max_length=64)
    values: list[str] = Field(min_length=1, max_length=10_000)
    subject: str | None = Field(default=None, max_length=256)
    purpose: str = Field(min_length=1, max_length=128)
    idempotency_key: str | None = Field(default=None, max_length=128)


class TokenizeOut(BaseModel):
    tokens: list[str]


class DetokenizeIn(_In):
    tokens: list[str] = Field(min_length=1, max_length=10_000)
    view: Literal["plain", "masked", "last4"] = "masked"
    namespace: str | None = Field(default=None, max_length=64)
    purpose: str = Field(min_length=1, max_length=128)


class DetokenizeOut(BaseModel):
    values: list[str]


class EncryptIn(_In):
    keyset: str = Field(max_length=64)
    plaintexts: list[str] = Field(min_length=1, max_length=10_000)
    context: str = Field(default="", max_length=256)
    purpose: str = Field(min_length=1, max_length=128)


class EncryptOut(BaseModel):
    ciphertexts: list[str]


class DecryptIn(_In):
    keyset: str = Field(max_length=64)
    ciphertexts: list[str] = Field(min_length=1, max_length=10_000)
    context: str = Field(default="", max_length=256)
    purpose: str = Field(min_length=1, max_length=128)


class DecryptOut(BaseModel):
    plaintexts: list[str]


class DetectIn(_In):
    texts: list[str] = Field(min_length=1, max_length=1000)
    purpose: str = Field(default="detection", min_length=1, max_length=128)


class FindingOut(BaseModel):
    type: str
    start: int
    end: int
    score: float
    explanation: str


class DetectOut(BaseModel):
    findings: list[list[FindingOut]]
    names_and_places: str


class AccessRequestIn(_In):
    role: str = Field(max_length=64)
    reason: str = Field(min_length=8, max_length=1000)
    seconds: int = Field(ge=60, le=7 * 86400)


class WebAuthnLoginIn(_In):
    username: str = Field(max_length=64)
    password: str = Field(max_length=1024)


class WebAuthnFinishIn(_In):
    challenge_id: str = Field(max_length=64)
    credential: dict[str, Any]


class LoginIn(_In):
    username: str = Field(max_length=64)
    password: str = Field(max_length=1024)
    code: str | None = Field(default=None, max_length=64)


class TokenOut(BaseModel):
    access_token: str
    token_type: str = "Bearer"
    expires_in: int


class KeysetOut(BaseModel):
    name: str
    template: str
    primary: int
    versions: int


class Problem(BaseModel):
    type: str = "about:blank"
    title: str
    status: int
    detail: str
    instance: str
    request_id: str


# -- the app ----------------------------------------------------------------------------------


class _BodyLimit:
    """413 for bodies above the limit, by Content-Length or while streaming."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        _scope_request_id(scope)
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            await _raw_problem(
                scope, send, 413, "request too large", f"the body is larger than {self.limit} bytes"
            )
            return
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise _TooLarge
            return message

        try:
            await self.app(scope, limited, send)
        except _TooLarge:
            await _raw_problem(
                scope, send, 413, "request too large", f"the body is larger than {self.limit} bytes"
            )


class _Headers:
    """Request id and security headers on every response (plain ASGI: Starlette's
    ``BaseHTTPMiddleware`` costs about a millisecond per request)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        rid = _scope_request_id(scope).encode()

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [
                    (k, v)
                    for k, v in message.get("headers", [])
                    if k.lower() not in (b"x-request-id", b"cache-control")
                ]
                headers += [
                    (b"x-request-id", rid),
                    (b"cache-control", b"no-store"),
                    (b"x-content-type-options", b"nosniff"),
                ]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)


class _TooLarge(Exception):
    pass


def _scope_request_id(scope: Scope) -> str:
    """The request's id: the client's ``X-Request-ID`` if it is sane, else a new one; kept
    in the scope's state so every layer uses the same."""
    state = scope.setdefault("state", {})
    if "request_id" not in state:
        given = dict(scope.get("headers") or []).get(b"x-request-id", b"").decode("latin-1")
        state["request_id"] = given if _REQUEST_ID.match(given) else uuid.uuid4().hex
    return str(state["request_id"])


async def _raw_problem(scope: Scope, send: Send, status: int, title: str, detail: str) -> None:
    """A problem response from below the app (the body limit): with its own request id."""
    rid = _scope_request_id(scope)
    body = (
        Problem(
            title=title,
            status=status,
            detail=detail,
            instance=scope.get("path", ""),
            request_id=rid,
        )
        .model_dump_json()
        .encode()
    )
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/problem+json"),
                (b"content-length", str(len(body)).encode()),
                (b"x-request-id", rid.encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


def _problem(
    request: Request, status: int, title: str, detail: str, headers: dict[str, str] | None = None
) -> JSONResponse:
    rid = getattr(request.state, "request_id", "-")
    body = Problem(
        title=title, status=status, detail=detail, instance=request.url.path, request_id=rid
    )
    return JSONResponse(
        body.model_dump(),
        status_code=status,
        media_type="application/problem+json",
        headers={"X-Request-ID": rid, **(headers or {})},
    )


def create_app(settings: Settings, services: Services | None = None) -> FastAPI:
    """The API over ``services`` (default: opened from ``settings``)."""
    svc = services or open_services(settings)
    app = FastAPI(
        title="veil",
        version=_version(),
        description="Privacy vault API: tokenize, detokenize, encrypt, detect, keys, audit.",
        responses={
            401: {"model": Problem, "description": "missing or invalid access token"},
            403: {"model": Problem, "description": "denied by policy"},
            413: {"model": Problem, "description": "body too large"},
            422: {"model": Problem, "description": "invalid request"},
            429: {"model": Problem, "description": "rate limit"},
        },
    )
    app.state.services = svc
    app.add_middleware(_BodyLimit, limit=settings.max_body_bytes)

    app.add_middleware(_Headers)

    @app.exception_handler(VeilError)
    async def veil_error(request: Request, exc: VeilError) -> JSONResponse:
        headers = {"WWW-Authenticate": "Bearer"} if exc.http_status == 401 else None
        if isinstance(exc, StepUpRequired):
            headers = {
                "WWW-Authenticate": 'Bearer error="insufficient_user_authentication", '
                'acr_values="mfa"'
            }
        if exc.http_status >= 500:  # the message may name internals (a database URL): log it
            rid = getattr(request.state, "request_id", "-")
            _log.error("request %s failed: %s: %s", rid, type(exc).__name__, exc)
            detail = f"{exc.title}; the request id is in the server log"
        else:
            detail = str(exc)
        return _problem(request, exc.http_status, exc.title, detail, headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p != "body")
        msg = str(first.get("msg", "invalid request"))
        return _problem(request, 422, "invalid request", f"{where}: {msg}" if where else msg)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return _problem(request, exc.status_code, "error", str(exc.detail))

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> JSONResponse:
        rid = getattr(request.state, "request_id", "-")
        _log.error("request %s failed", rid, exc_info=(type(exc), exc, exc.__traceback__))
        return _problem(
            request,
            500,
            "internal error",
            "the request failed; the request id is in the server log",
        )

    # -- dependencies -------------------------------------------------------------------

    def source(request: Request) -> str:
        return request.client.host if request.client else ""

    async def caller(
        request: Request,
        authorization: Annotated[str | None, Header()] = None,
    ) -> Identity:
        # async, so that the context variable it sets is the request's (a sync dependency
        # runs in a worker thread with a copy of the context); the database work, when the
        # token is not cached, is not done on the event loop
        if not authorization or not authorization.lower().startswith("bearer "):
            raise AuthenticationFailed("a bearer access token is required")
        token = authorization[7:].strip()
        ident = svc.directory.cached(token)  # a repeat caller: no thread hop, no lookups
        if ident is None:
            try:
                ident = await run_in_threadpool(svc.directory.verify, token)
            except InvalidToken as e:
                raise AuthenticationFailed(str(e)) from None
        wait = svc.limiter.hit(f"{ident.principal}|{request.url.path}")
        if wait:
            raise _RateLimited(wait)
        _call.set(_Call(ident, network_of(source(request)), request.state.request_id))
        return ident

    Caller = Annotated[Identity, Depends(caller)]

    def throttle_source(request: Request) -> None:
        wait = svc.limiter.hit(f"src:{source(request)}|{request.url.path}", limit=60)
        if wait:
            raise _RateLimited(wait)

    @app.exception_handler(_RateLimited)
    async def limited(request: Request, exc: _RateLimited) -> JSONResponse:
        return _problem(
            request,
            429,
            "too many requests",
            "rate limit reached; retry later",
            {"Retry-After": str(exc.retry_after)},
        )

    def authorize(
        ident: Identity, action: str, name: str, purpose: str, view: str = "none", count: int = 0
    ) -> dict[str, Any]:
        """Authorize a non-vault action; a denial is audited and raised."""
        _, ctx = _context(purpose, view)
        try:
            decision = svc.policy.require((ident.kind, ident.name), ident.roles, action, name, ctx)
        except PolicyDenied as e:
            details = {"reason": e.decision.why, "count": count, **e.decision.audit()}
            svc.audit.record(Event(ident.principal, action, name, purpose, "denied", details))
            raise
        return decision.audit()

    def guard(request: Request, ident: Identity, namespace: str, count: int) -> None:
        """Anomaly rules before plaintext-capable calls (see veil.access.anomaly)."""
        svc.anomaly.enforce(ident, namespace, count, source(request))

    # -- identity endpoints ---------------------------------------------------------------

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/.well-known/jwks.json")
    def jwks() -> dict[str, Any]:
        return svc.directory.jwks()

    def _client_auth(
        authorization: str | None, client_id: str | None, client_secret: str | None
    ) -> tuple[str, str]:
        if authorization and authorization.lower().startswith("basic "):
            try:
                raw = base64.b64decode(authorization[6:].strip(), validate=True).decode()
            except (binascii.Error, UnicodeDecodeError):
                raise AuthenticationFailed("invalid client") from None
            cid, sep, sec = raw.partition(":")
            if not sep:
                raise AuthenticationFailed("invalid client")
            return cid, sec
        if client_id and client_secret:
            return client_id, client_secret
        raise AuthenticationFailed("invalid client")

    @app.post("/oauth2/token", response_model=TokenOut, dependencies=[Depends(throttle_source)])
    def oauth2_token(
        request: Request,
        grant_type: Annotated[str, Form(max_length=64)],
        client_id: Annotated[str | None, Form(max_length=64)] = None,
        client_secret: Annotated[str | None, Form(max_length=256)] = None,
        scope: Annotated[str | None, Form(max_length=512)] = None,
        authorization: Annotated[str | None, Header()] = None,
    ) -> TokenOut:
        if grant_type != "client_credentials":
            raise UsageError("unsupported grant_type: use client_credentials")
        cid, sec = _client_auth(authorization, client_id, client_secret)
        token, ttl = svc.directory.client_token(cid, sec, scope=scope, source=source(request))
        return TokenOut(access_token=token, expires_in=ttl)

    @app.post("/oauth2/introspect", dependencies=[Depends(throttle_source)])
    def oauth2_introspect(
        token: Annotated[str, Form(max_length=8192)],
        client_id: Annotated[str | None, Form(max_length=64)] = None,
        client_secret: Annotated[str | None, Form(max_length=256)] = None,
        authorization: Annotated[str | None, Header()] = None,
    ) -> dict[str, Any]:
        cid, sec = _client_auth(authorization, client_id, client_secret)
        svc.directory.client_token(cid, sec)  # authenticates the caller (RFC 7662 §2.1)
        return svc.directory.introspect(token)

    @app.post("/oauth2/revoke")
    def oauth2_revoke(ident: Caller, token: Annotated[str, Form(max_length=8192)]) -> Response:
        """RFC 7009: revoke a token of the caller's own (or the caller's token itself)."""
        try:
            target = svc.directory.verify(token)
        except InvalidToken:
            return Response(status_code=200)  # unknown tokens: nothing to do (§2.2)
        if target.principal != ident.principal:
            raise AccessDenied("a token can only be revoked by its holder")
        svc.directory.revoke(target.jti, target.expires_at)
        return Response(status_code=200)

    @app.post("/auth/login", response_model=TokenOut, dependencies=[Depends(throttle_source)])
    def login(request: Request, body: LoginIn) -> TokenOut:
        token, ttl = svc.directory.login(
            body.username, body.password, body.code, source=source(request)
        )
        return TokenOut(access_token=token, expires_in=ttl)

    webauthn = WebAuthn(svc.directory, clock=svc.directory.clock)

    @app.post("/auth/webauthn/begin", dependencies=[Depends(throttle_source)])
    def webauthn_login_begin(request: Request, body: WebAuthnLoginIn) -> dict[str, Any]:
        """Password first, then the options for the person's security keys."""
        return webauthn.login_begin(body.username, body.password, source=source(request))

    @app.post(
        "/auth/webauthn/finish", response_model=TokenOut, dependencies=[Depends(throttle_source)]
    )
    def webauthn_login_finish(request: Request, body: WebAuthnFinishIn) -> TokenOut:
        token, ttl = webauthn.login_finish(
            body.challenge_id, body.credential, source=source(request)
        )
        return TokenOut(access_token=token, expires_in=ttl)

    @app.post("/v1/webauthn/register/begin")
    def webauthn_register_begin(ident: Caller) -> dict[str, Any]:
        return webauthn.register_begin(ident)

    @app.post("/v1/webauthn/register/finish", status_code=204)
    def webauthn_register_finish(ident: Caller, body: WebAuthnFinishIn) -> Response:
        webauthn.register_finish(ident, body.challenge_id, body.credential)
        return Response(status_code=204)

    @app.post("/auth/refresh", response_model=TokenOut)
    def refresh(ident: Caller) -> TokenOut:
        token, ttl = svc.directory.refresh(ident)
        return TokenOut(access_token=token, expires_in=ttl)

    @app.post("/auth/logout", status_code=204)
    def logout(ident: Caller) -> Response:
        svc.directory.revoke(ident.jti, ident.expires_at)
        return Response(status_code=204)

    @app.post("/auth/logout-all", status_code=204)
    def logout_all(ident: Caller) -> Response:
        if ident.kind != "User":
            raise UsageError("logout-all is for people; revoke a client with `veil clients revoke`")
        svc.directory.logout_everywhere(ident.name, by=ident.principal)
        return Response(status_code=204)

    # -- the API --------------------------------------------------------------------------

    @app.get("/v1/whoami")
    def whoami(ident: Caller) -> dict[str, Any]:
        return {
            "principal": ident.principal,
            "roles": list(ident.roles),
            "mfa": ident.mfa,
            "expires_at": ident.expires_at,
        }

    # The two hot routes are async and make one hop to the thread pool for the vault's
    # (blocking) database work. A plain `def` route costs FastAPI two hops: one for the
    # route, one more to check the response against its model.

    @app.post("/v1/tokenize", response_model=TokenizeOut)
    async def tokenize(ident: Caller, body: TokenizeIn) -> TokenizeOut:
        return await run_in_threadpool(tokenize_sync, ident, body)

    def tokenize_sync(ident: Identity, body: TokenizeIn) -> TokenizeOut:
        tokens = svc.vault.tokenize(
            body.namespace,
            body.values,
            principal=ident.principal,
            purpose=body.purpose,
            subject=body.subject,
            idempotency_key=body.idempotency_key,
        )
        return TokenizeOut(tokens=tokens)

    @app.post("/v1/detokenize", response_model=DetokenizeOut)
    async def detokenize(request: Request, ident: Caller, body: DetokenizeIn) -> DetokenizeOut:
        return await run_in_threadpool(detokenize_sync, request, ident, body)

    def detokenize_sync(request: Request, ident: Identity, body: DetokenizeIn) -> DetokenizeOut:
        ns = body.namespace or "*"
        plain = body.view == "plain"  # anomaly rules watch plaintext (veil.access.anomaly)
        if plain:
            guard(request, ident, ns, len(body.tokens))
        values = svc.vault.detokenize(
            body.tokens,
            principal=ident.principal,
            purpose=body.purpose,
            view=body.view,
            namespace=body.namespace,
        )
        if plain:
            svc.anomaly.record(ident.principal, ns, len(values), source(request))
        return DetokenizeOut(values=values)

    @app.post("/v1/encrypt", response_model=EncryptOut)
    def encrypt(ident: Caller, body: EncryptIn) -> EncryptOut:
        decision = authorize(
            ident, "encrypt", body.keyset, body.purpose, count=len(body.plaintexts)
        )
        out = encrypt_values(svc.keyring, body.keyset, body.plaintexts, body.context)
        svc.audit.record(
            Event(
                ident.principal,
                "encrypt",
                f"keyset/{body.keyset}",
                body.purpose,
                "ok",
                {"count": len(out), **decision},
            )
        )
        return EncryptOut(ciphertexts=out)

    @app.post("/v1/decrypt", response_model=DecryptOut)
    def decrypt(request: Request, ident: Caller, body: DecryptIn) -> DecryptOut:
        decision = authorize(
            ident, "decrypt", body.keyset, body.purpose, "plain", count=len(body.ciphertexts)
        )
        guard(request, ident, f"keyset:{body.keyset}", len(body.ciphertexts))
        out = decrypt_values(svc.keyring, body.keyset, body.ciphertexts, body.context)
        svc.anomaly.record(ident.principal, f"keyset:{body.keyset}", len(out), source(request))
        svc.audit.record(
            Event(
                ident.principal,
                "decrypt",
                f"keyset/{body.keyset}",
                body.purpose,
                "ok",
                {"count": len(out), **decision},
            )
        )
        return DecryptOut(plaintexts=out)

    @app.post("/v1/detect", response_model=DetectOut)
    def detect(ident: Caller, body: DetectIn) -> DetectOut:
        decision = authorize(ident, "detect", "veil", body.purpose, count=len(body.texts))
        det = svc.detector()
        found = det.find_batch(body.texts)
        svc.audit.record(
            Event(
                ident.principal,
                "detect",
                "service/veil",
                body.purpose,
                "ok",
                {"texts": len(body.texts), **decision},
            )
        )
        return DetectOut(
            findings=[
                [
                    FindingOut(
                        type=f.entity_type.value,
                        start=f.start,
                        end=f.end,
                        score=f.score,
                        explanation=f.explanation,
                    )
                    for f in fs
                ]
                for fs in found
            ],
            names_and_places=det.ner_status,
        )

    @app.get("/v1/keys", response_model=list[KeysetOut])
    def keys(ident: Caller) -> list[KeysetOut]:
        authorize(ident, "keys.list", "*", "operations")
        return [
            KeysetOut(
                name=k.name, template=k.template.value, primary=k.primary, versions=len(k.versions)
            )
            for k in svc.keyring.keysets()
        ]

    @app.post("/v1/keys/{name}/rotate", response_model=KeysetOut)
    def rotate(ident: Caller, name: str) -> KeysetOut:
        decision = authorize(ident, "keys.rotate", name, "operations")
        if name not in {k.name for k in svc.keyring.keysets()}:
            raise UsageError(f"unknown keyset {name!r}")
        info = svc.keyring.rotate(name)
        svc.audit.record(
            Event(
                ident.principal,
                "keys.rotate",
                f"keyset/{name}",
                "operations",
                "ok",
                {"primary": info.primary, **decision},
            )
        )
        return KeysetOut(
            name=info.name,
            template=info.template.value,
            primary=info.primary,
            versions=len(info.versions),
        )

    @app.post("/v1/access/requests", response_model=Grant)
    def access_request(ident: Caller, body: AccessRequestIn) -> Grant:
        """Ask for a role for a while (just-in-time); someone else approves."""
        if ident.kind != "User":
            raise UsageError("just-in-time access is for people")
        g = svc.directory.grants.request(ident.name, body.role, body.reason, body.seconds)
        return g

    @app.get("/v1/access/requests", response_model=list[Grant])
    def access_requests(ident: Caller) -> list[Grant]:
        """Your own requests; all of them if you may approve."""
        _, ctx = _context("jit")
        sees_all = svc.policy.decide(
            (ident.kind, ident.name),
            ident.roles,
            "access.approve",
            resource_of("access.approve", "veil"),
            ctx,
        ).allowed
        user = None if sees_all else ident.name
        return svc.directory.grants.all(user=user)

    @app.post("/v1/access/requests/{gid}/{verdict}", response_model=Grant)
    def access_decide(
        ident: Caller,
        gid: Annotated[int, FastApiPath(ge=1, le=2**31 - 1)],
        verdict: Literal["approve", "deny"],
    ) -> Grant:
        authorize(ident, "access.approve", "veil", "jit")
        g = svc.directory.grants.decide(gid, approve=verdict == "approve", by=ident.principal)
        return g

    @app.get("/v1/audit/tail")
    def audit_tail(
        ident: Caller, n: Annotated[int, Query(ge=1, le=1000)] = 20
    ) -> list[dict[str, Any]]:
        if not 1 <= n <= 1000:
            raise UsageError("n must be between 1 and 1000")
        authorize(ident, "audit.read", "veil", "audit")
        return [r.__dict__ for r in svc.audit.tail(n)]

    @app.get("/v1/audit/proof")
    def audit_proof(ident: Caller, seq: Annotated[int, Query(ge=0, le=2**62)]) -> dict[str, Any]:
        if seq < 0:
            raise UsageError("seq must be >= 0")
        authorize(ident, "audit.read", "veil", "audit")
        return svc.audit.proof(seq).to_json()

    @app.post("/v1/audit/checkpoint")
    def audit_checkpoint(ident: Caller) -> dict[str, Any]:
        authorize(ident, "audit.read", "veil", "audit")
        cp = svc.audit.checkpoint()
        return {"size": cp.size, "root": cp.root.hex(), "note": cp.note()}

    return app


class _RateLimited(Exception):
    def __init__(self, retry_after: int) -> None:
        self.retry_after = retry_after


def _version() -> str:
    from veil import __version__

    return str(__version__)
