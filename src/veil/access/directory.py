"""People and service clients, their credentials, and the access tokens they get.

- People: Argon2id password hashes (redone at login when the parameters change), TOTP
  (a used time step is refused: no replay), single-use recovery codes, lockout after
  repeated failures. Roles that can see plaintext or administer need MFA: such an account
  cannot log in until TOTP is enrolled.
- Services: OAuth 2.0 client credentials (RFC 6749 §4.4). Secrets are generated here
  (256 bits) and stored as Argon2id hashes.
- Access tokens: short-lived Ed25519-signed JWTs (``at+jwt``) from the keyring's
  ``access.jwt`` keyset; a key rotation keeps the older public keys in the JWKS until
  destroyed. Tokens can be revoked one by one (``jti``) or all at once per account
  ("log out everywhere"); a locked account or revoked client loses its tokens at once.
- Sessions: a person's token lives ``access_token_ttl`` seconds (the idle timeout) and can
  be refreshed, but never past ``session_lifetime`` from the login (the absolute lifetime).
  Each token records how the person authenticated (``amr``: pwd, otp), and step-up is a
  new login with a code.

Every change and every failed login is written to the audit log. Failures say one thing
("invalid credentials") whether the account exists or not, and an unknown account costs
the same Argon2id work as a known one.

Written with the libraries of the field (pyca Argon2id, pyotp, joserfc); the OAuth token
endpoint itself is small and lives in :mod:`veil.server`, because authlib's server side has
no FastAPI integration.
"""

from __future__ import annotations

import json
import re
import secrets
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select, update

from veil.audit import AuditLog, Event
from veil.config import Settings
from veil.crypto import jwt
from veil.crypto.passwords import (
    PasswordParams,
    hash_password,
    needs_rehash,
    new_recovery_codes,
    new_totp_secret,
    recovery_digest,
    totp_step,
    totp_uri,
    verify_password,
)
from veil.errors import AccessDenied, InvalidToken, UsageError, VeilError
from veil.keys import Keyring, KeyState, Template
from veil.store import Store
from veil.store.schema import access_clients, access_revoked, access_users

__all__ = [
    "MFA_ROLES",
    "ROLES",
    "AuthenticationFailed",
    "Directory",
    "Identity",
    "StepUpRequired",
    "check_password_strength",
]

ROLES = (
    "admin",
    "auditor",
    "data-scientist",
    "fraud-analyst",
    "privacy-officer",
    "tokenizer",
)
MFA_ROLES = frozenset({"admin", "fraud-analyst", "privacy-officer"})
"""Roles that can see plaintext or administer: people holding them must enrol MFA."""

_NAME = re.compile(r"^[a-z0-9][a-z0-9._@-]{0,63}$")
_WEAK = frozenset(
    "password password1 password123 changeme changeit admin administrator letmein welcome "
    "qwerty qwertyuiop 123456789012 secret veil default".split()
)


class AuthenticationFailed(VeilError):
    """Wrong credentials, unknown account, locked account: one message for all."""

    http_status = 401
    title = "authentication failed"


class StepUpRequired(AuthenticationFailed):
    """RFC 9470: the token is valid but its authentication is too weak for this call."""

    title = "step-up authentication required"


@dataclass(frozen=True)
class Identity:
    """Who is calling, as proven by a verified access token."""

    kind: str  # "User" or "Client"
    name: str
    roles: tuple[str, ...]
    mfa: bool
    jti: str
    expires_at: int
    auth_time: int

    @property
    def principal(self) -> str:
        return f"{self.kind.lower()}:{self.name}"


def check_password_strength(password: str) -> None:
    if len(password) < 12:
        raise UsageError("passwords need at least 12 characters")
    if password.lower() in _WEAK or len(set(password)) < 5:
        raise UsageError("that password is too common or too simple")


def _roles(text: str) -> tuple[str, ...]:
    return tuple(r for r in text.split(",") if r)


def _check_roles(roles: Sequence[str]) -> str:
    bad = [r for r in roles if r not in ROLES]
    if bad:
        raise UsageError(f"unknown role {bad[0]!r}; roles: {', '.join(ROLES)}")
    return ",".join(sorted(set(roles)))


class Directory:
    """Accounts, clients and tokens over the store, signing with the keyring."""

    def __init__(
        self,
        store: Store,
        keyring: Keyring,
        audit: AuditLog,
        settings: Settings,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.store = store
        self.keyring = keyring
        self.audit = audit
        self.settings = settings
        self.clock = clock
        self.params = PasswordParams(
            memory_kib=settings.password_memory_kib,
            iterations=settings.password_iterations,
            lanes=4,
        )
        from veil.access.grants import Grants

        self.grants = Grants(store, audit, settings, clock=clock, on_change=self.forget)
        self._jwt = keyring.ensure("access.jwt", Template.ED25519)
        self._totp = keyring.ensure("access.totp", Template.AES256_GCM)
        self._keys: dict[str, bytes] = {}
        self._keyset: Any = None
        self._keys_at = 0.0
        # verified tokens for ``access_cache_seconds``: a repeat caller skips the signature
        # and the three lookups; every local change to an account clears it
        self._verified: dict[str, tuple[float, Identity]] = {}

    # -- people ---------------------------------------------------------------------------

    def create_user(self, name: str, password: str, roles: Sequence[str], *, by: str) -> None:
        if not _NAME.match(name):
            raise UsageError(
                f"invalid user name {name!r}: 1-64 lowercase letters, digits and '._@-'"
            )
        check_password_strength(password)
        role_text = _check_roles(roles)
        row = {
            "name": name,
            "password_hash": hash_password(password, self.params),
            "roles": role_text,
            "created_at": int(self.clock()),
        }
        with self.store.begin() as conn:
            if conn.execute(select(access_users.c.id).where(access_users.c.name == name)).first():
                raise UsageError(f"user {name!r} already exists")
            conn.execute(access_users.insert().values(**row))
            self._event(conn, by, "users.create", f"user/{name}", {"roles": role_text})

    def users(self) -> list[dict[str, Any]]:
        from veil.store.schema import access_webauthn

        with self.store.read() as conn:
            rows = conn.execute(select(access_users).order_by(access_users.c.name)).all()
            keys = {r[0] for r in conn.execute(select(access_webauthn.c.user_name)).all()}
        now = int(self.clock())
        return [
            {
                "name": r.name,
                "roles": list(_roles(r.roles)),
                "mfa": r.totp_secret is not None or r.name in keys,
                "locked": bool(r.locked) or r.locked_until > now,
                "created_at": r.created_at,
                "last_seen": r.last_seen,
            }
            for r in rows
        ]

    def enroll_totp(self, name: str, *, by: str) -> tuple[str, str, list[str]]:
        """A new TOTP secret (and its ``otpauth://`` URI) and fresh recovery codes."""
        secret = new_totp_secret()
        codes = new_recovery_codes()
        sealed = self._totp.encrypt(secret.encode(), b"veil-totp|" + name.encode())
        with self.store.begin() as conn:
            n = conn.execute(
                update(access_users)
                .where(access_users.c.name == name)
                .values(
                    totp_secret=sealed,
                    totp_last_step=0,
                    recovery_codes=json.dumps([recovery_digest(c) for c in codes]),
                )
            ).rowcount
            if not n:
                raise UsageError(f"unknown user {name!r}")
            self._event(conn, by, "users.mfa-enroll", f"user/{name}", {"method": "totp"})
        return secret, totp_uri(secret, name), codes

    def set_locked(self, name: str, locked: bool, *, by: str) -> None:
        self.forget()
        values: dict[str, Any] = {"locked": locked, "failed_logins": 0, "locked_until": 0}
        if locked:
            values["tokens_valid_after"] = int(self.clock()) + 1
        with self.store.begin() as conn:
            n = conn.execute(
                update(access_users).where(access_users.c.name == name).values(**values)
            ).rowcount
            if not n:
                raise UsageError(f"unknown user {name!r}")
            action = "users.lock" if locked else "users.unlock"
            self._event(conn, by, action, f"user/{name}", {})

    def logout_everywhere(self, name: str, *, by: str) -> None:
        self.forget()
        with self.store.begin() as conn:
            conn.execute(
                update(access_users)
                .where(access_users.c.name == name)
                .values(tokens_valid_after=int(self.clock()) + 1)
            )
            self._event(conn, by, "sessions.revoke-all", f"user/{name}", {})

    def _user_row(self, name: str, password: str, source: str) -> tuple[Any, bool]:
        """The account row and whether the password matched; unknown and locked accounts
        fail here (audited), after the same Argon2id work as a known one."""
        now = int(self.clock())
        with self.store.read() as conn:
            row = conn.execute(select(access_users).where(access_users.c.name == name)).first()
        ok = verify_password(password, None if row is None else row.password_hash, self.params)
        reason = (
            "unknown account"
            if row is None
            else ("locked" if row.locked or row.locked_until > now else None)
        )
        if reason is not None:
            self._denied_login(name, {"reason": reason, "source": source})
            raise AuthenticationFailed("invalid credentials")
        return row, ok

    def check_password(self, name: str, password: str, *, source: str = "") -> None:
        """The first factor alone (before a WebAuthn assertion); failures count."""
        row, ok = self._user_row(name, password, source)
        if not ok:
            self._failed(name, row.failed_logins + 1, source)
            raise AuthenticationFailed("invalid credentials")

    def has_second_factor(self, name: str) -> bool:
        """Whether ``name`` has TOTP or a WebAuthn key enrolled."""
        from veil.store.schema import access_webauthn

        with self.store.read() as conn:
            totp = conn.execute(
                select(access_users.c.totp_secret).where(access_users.c.name == name)
            ).scalar()
            key = conn.execute(
                select(access_webauthn.c.id).where(access_webauthn.c.user_name == name).limit(1)
            ).first()
        return totp is not None or key is not None

    def login(
        self, name: str, password: str, code: str | None = None, *, source: str = ""
    ) -> tuple[str, int]:
        """(access token, seconds it lives) for a person. With a TOTP or recovery code
        the token carries MFA. Any failure: :class:`AuthenticationFailed`."""
        now = int(self.clock())
        row, ok = self._user_row(name, password, source)
        step = None
        used_recovery = None
        if ok and code:
            if row.totp_secret is None and not row.recovery_codes:
                ok = False
            elif len(code) == 6 and code.isdigit() and row.totp_secret is not None:
                secret = self._totp.decrypt(row.totp_secret, b"veil-totp|" + name.encode())
                step = totp_step(secret.decode(), code, last_step=row.totp_last_step, at=now)
                ok = step is not None
            else:
                digests = json.loads(row.recovery_codes or "[]")
                d = recovery_digest(code)
                ok = d in digests
                used_recovery = d if ok else None
        if not ok:
            self._failed(name, row.failed_logins + 1, source)
            raise AuthenticationFailed("invalid credentials")
        values: dict[str, Any] = {}
        if step is not None:
            values["totp_last_step"] = step
        if used_recovery is not None:
            left = [x for x in json.loads(row.recovery_codes) if x != used_recovery]
            values["recovery_codes"] = json.dumps(left)
        if needs_rehash(row.password_hash, self.params):
            values["password_hash"] = hash_password(password, self.params)
        amr = ["pwd"] + (["otp"] if step is not None else ["rec"] if used_recovery else [])
        return self.issue_login(name, amr=amr, source=source, values=values, totp_step=step)

    def issue_login(
        self,
        name: str,
        *,
        amr: Sequence[str],
        source: str = "",
        values: dict[str, Any] | None = None,
        totp_step: int | None = None,
    ) -> tuple[str, int]:
        """Finish a login whose factors were checked: the account update, the audit event
        and the token. MFA-only roles need an enrolled second factor."""
        now = int(self.clock())
        with self.store.read() as conn:
            row = conn.execute(select(access_users).where(access_users.c.name == name)).one()
        roles = _roles(row.roles)
        mfa = len(amr) > 1
        if MFA_ROLES.intersection(roles) and not self.has_second_factor(name):
            raise AccessDenied(
                f"user {name!r} holds a role that needs MFA; enrol it first "
                f"(`veil users mfa-enroll {name}`)"
            )
        update_values = {"failed_logins": 0, "last_seen": now, **(values or {})}
        with self.store.begin() as conn:
            # the step is checked again under the write: two logins with one code, one wins
            cur = conn.execute(
                select(access_users.c.totp_last_step).where(access_users.c.id == row.id)
            ).scalar_one()
            if totp_step is not None and cur >= totp_step:
                raise AuthenticationFailed("invalid credentials")
            conn.execute(
                update(access_users).where(access_users.c.id == row.id).values(**update_values)
            )
            self._event(
                conn, f"user:{name}", "login", "session", {"amr": list(amr), "source": source}
            )
        token = self._issue("User", name, roles, mfa=mfa, auth_time=now, amr=amr)
        return token, self.settings.access_token_ttl

    def _failed(self, name: str, count: int, source: str) -> None:
        now = int(self.clock())
        values: dict[str, Any] = {"failed_logins": count}
        locked = count >= self.settings.max_failed_logins
        if locked:
            values["locked_until"] = now + self.settings.lockout_seconds
            values["failed_logins"] = 0
        with self.store.begin() as conn:
            conn.execute(update(access_users).where(access_users.c.name == name).values(**values))
            self._denied_login(
                name,
                {
                    "reason": "bad credentials",
                    "failures": count,
                    "source": source,
                    "locked_for": self.settings.lockout_seconds if locked else 0,
                },
                conn,
            )

    def _denied_login(self, name: str, details: dict[str, Any], conn: Any = None) -> None:
        event = Event(f"user:{name}", "login", "session", "login", "denied", details)
        if conn is None:
            self.audit.record(event)
        else:
            self.audit.append(conn, [event])

    def refresh(self, identity: Identity) -> tuple[str, int]:
        """A new token for the same session, unless its absolute lifetime has passed."""
        now = int(self.clock())
        if now - identity.auth_time >= self.settings.session_lifetime:
            raise AuthenticationFailed("the session has reached its lifetime; log in again")
        self.revoke(identity.jti, identity.expires_at)
        amr = ["pwd", "mfa"] if identity.mfa else ["pwd"]
        if identity.kind != "User":
            raise UsageError("only people's sessions are refreshed; clients ask for a new token")
        token = self._issue(
            "User",
            identity.name,
            identity.roles,
            mfa=identity.mfa,
            auth_time=identity.auth_time,
            amr=amr,
        )
        return token, self.settings.access_token_ttl

    # -- service clients ------------------------------------------------------------------

    def create_client(self, client_id: str, roles: Sequence[str], *, by: str) -> str:
        """Register a client; returns its secret (shown once, stored hashed)."""
        if not _NAME.match(client_id):
            raise UsageError(
                f"invalid client id {client_id!r}: 1-64 lowercase letters, digits and '._@-'"
            )
        role_text = _check_roles(roles)
        secret = secrets.token_urlsafe(32)
        with self.store.begin() as conn:
            exists = conn.execute(
                select(access_clients.c.id).where(access_clients.c.client_id == client_id)
            ).first()
            if exists:
                raise UsageError(f"client {client_id!r} already exists")
            conn.execute(
                access_clients.insert().values(
                    client_id=client_id,
                    secret_hash=hash_password(secret, self.params),
                    roles=role_text,
                    created_at=int(self.clock()),
                )
            )
            self._event(conn, by, "clients.create", f"client/{client_id}", {"roles": role_text})
        return secret

    def clients(self) -> list[dict[str, Any]]:
        with self.store.read() as conn:
            rows = conn.execute(select(access_clients).order_by(access_clients.c.client_id)).all()
        return [
            {
                "client_id": r.client_id,
                "roles": list(_roles(r.roles)),
                "revoked": bool(r.revoked),
                "created_at": r.created_at,
                "last_seen": r.last_seen,
            }
            for r in rows
        ]

    def rotate_client_secret(self, client_id: str, *, by: str) -> str:
        self.forget()
        secret = secrets.token_urlsafe(32)
        with self.store.begin() as conn:
            n = conn.execute(
                update(access_clients)
                .where(access_clients.c.client_id == client_id, ~access_clients.c.revoked)
                .values(
                    secret_hash=hash_password(secret, self.params),
                    tokens_valid_after=int(self.clock()) + 1,
                )
            ).rowcount
            if not n:
                raise UsageError(f"unknown or revoked client {client_id!r}")
            self._event(conn, by, "clients.rotate-secret", f"client/{client_id}", {})
        return secret

    def revoke_client(self, client_id: str, *, by: str) -> None:
        self.forget()
        with self.store.begin() as conn:
            n = conn.execute(
                update(access_clients)
                .where(access_clients.c.client_id == client_id)
                .values(revoked=True, tokens_valid_after=int(self.clock()) + 1)
            ).rowcount
            if not n:
                raise UsageError(f"unknown client {client_id!r}")
            self._event(conn, by, "clients.revoke", f"client/{client_id}", {})

    def client_token(
        self, client_id: str, secret: str, *, scope: str | None = None, source: str = ""
    ) -> tuple[str, int]:
        """A token for a service client. ``scope`` (RFC 6749 §3.3, space-separated roles)
        narrows the token to some of the client's roles; asking for more is refused."""
        with self.store.read() as conn:
            row = conn.execute(
                select(access_clients).where(access_clients.c.client_id == client_id)
            ).first()
        ok = verify_password(secret, None if row is None else row.secret_hash, self.params)
        if row is None or not ok or row.revoked:
            self.audit.record(
                Event(
                    f"client:{client_id}",
                    "oauth2.token",
                    "token",
                    "client_credentials",
                    "denied",
                    {"reason": "invalid client", "source": source},
                )
            )
            raise AuthenticationFailed("invalid client")
        now = int(self.clock())
        roles = _roles(row.roles)
        if scope is not None:
            asked = tuple(sorted(set(scope.split())))
            extra = [r for r in asked if r not in roles]
            if extra or not asked:
                raise UsageError(
                    f"invalid_scope: {' '.join(extra) or '(empty)'} is not granted to this client"
                )
            roles = asked
        with self.store.begin() as conn:
            conn.execute(
                update(access_clients).where(access_clients.c.id == row.id).values(last_seen=now)
            )
            self._event(
                conn,
                f"client:{client_id}",
                "oauth2.token",
                "token",
                {"source": source, "scope": list(roles)},
            )
        token = self._issue(
            "Client",
            client_id,
            roles,
            mfa=False,
            auth_time=now,
            amr=["client_secret"],
            scope=scope is not None,
        )
        return token, self.settings.access_token_ttl

    # -- tokens ---------------------------------------------------------------------------

    def _issue(
        self,
        kind: str,
        name: str,
        roles: Sequence[str],
        *,
        mfa: bool,
        auth_time: int,
        amr: Sequence[str],
        scope: bool = False,
    ) -> str:
        now = int(self.clock())
        claims: dict[str, Any] = {
            "iss": self.settings.access_issuer,
            "aud": self.settings.access_audience,
            "sub": f"{kind.lower()}:{name}",
            "iat": now,
            "exp": now + self.settings.access_token_ttl,
            "jti": secrets.token_urlsafe(16),
            "auth_time": auth_time,
            "amr": list(amr),
            "roles": list(roles),
            "acr": "mfa" if mfa else "pwd" if kind == "User" else "client",
        }
        if scope:  # a narrowed token: only these roles, even if the client has more
            claims["scope"] = " ".join(roles)
        version = self._jwt.primary
        return jwt.encode(claims, f"v{version}", lambda m: self._jwt.sign(m)[1])

    def public_keys(self) -> dict[str, bytes]:
        """kid -> raw Ed25519 public key for every version that can still verify (re-read
        at most once a minute, or at once when a token names an unknown key)."""
        now = time.monotonic()
        if not self._keys or now - self._keys_at > 60:
            info = self.keyring.info("access.jwt")
            self._jwt = self.keyring.ensure("access.jwt", Template.ED25519)
            keys = {
                f"v{v.version}": self._jwt.public_key(v.version)
                for v in info.versions
                if v.state is KeyState.ENABLED
            }
            if keys != self._keys:
                self._keys = keys
                self._keyset = jwt.keyset(keys)
            self._keys_at = now
        return self._keys

    def jwks(self) -> dict[str, Any]:
        return {"keys": [jwt.jwk(kid, pub) for kid, pub in sorted(self.public_keys().items())]}

    def forget(self) -> None:
        """Drop the verified-token cache (after any change to accounts or tokens)."""
        self._verified.clear()

    def cached(self, token: str) -> Identity | None:
        """The identity of a token verified less than ``access_cache_seconds`` ago."""
        hit = self._verified.get(token)
        if hit is None:
            return None
        at, ident = hit
        now = time.monotonic()
        if now - at > self.settings.access_cache_seconds or ident.expires_at <= self.clock():
            self._verified.pop(token, None)
            return None
        return ident

    def verify(self, token: str) -> Identity:
        """The identity a token proves, or :class:`InvalidToken` (expired, forged, wrong
        audience or issuer, revoked, account locked or client revoked)."""
        hit = self.cached(token)
        if hit is not None:
            return hit
        ident = self._verify(token)
        if self.settings.access_cache_seconds > 0:
            if len(self._verified) > 10_000:
                self._verified.clear()
            self._verified[token] = (time.monotonic(), ident)
        return ident

    def _verify(self, token: str) -> Identity:
        now = int(self.clock())
        keys = self.public_keys()
        try:
            claims = jwt.decode(
                token,
                self._keyset,
                issuer=self.settings.access_issuer,
                audience=self.settings.access_audience,
                now=now,
            )
        except InvalidToken:
            # perhaps a rotation by another process: re-read the keys, at most every 5 s
            # (forged tokens must not make every request read the keyring)
            if time.monotonic() - self._keys_at < 5:
                raise
            self._keys_at = 0.0
            if self.public_keys() == keys:
                raise
            claims = jwt.decode(
                token,
                self._keyset,
                issuer=self.settings.access_issuer,
                audience=self.settings.access_audience,
                now=now,
            )
        sub = str(claims["sub"])
        kind, _, name = sub.partition(":")
        if kind not in ("user", "client") or not name:
            raise InvalidToken("access token rejected: bad subject")
        table, col = (
            (access_users, access_users.c.name)
            if kind == "user"
            else (access_clients, access_clients.c.client_id)
        )
        with self.store.read() as conn:
            row = conn.execute(select(table).where(col == name)).first()
            revoked = conn.execute(
                select(access_revoked.c.jti).where(access_revoked.c.jti == str(claims["jti"]))
            ).first()
            granted = self.grants.active_roles(name, conn) if kind == "user" else ()
        if row is None or revoked is not None or int(claims["iat"]) < row.tokens_valid_after:
            raise InvalidToken("access token rejected: revoked")
        if kind == "user" and (row.locked or row.locked_until > now):
            raise InvalidToken("access token rejected: account locked")
        if kind == "client" and row.revoked:
            raise InvalidToken("access token rejected: client revoked")
        # current roles, with unexpired just-in-time grants: changes take effect at once
        roles = _roles(row.roles)
        if granted:
            roles = tuple(sorted(set(roles) | set(granted)))
        if "scope" in claims:  # never more than the token was narrowed to
            roles = tuple(r for r in roles if r in str(claims["scope"]).split())
        return Identity(
            kind="User" if kind == "user" else "Client",
            name=name,
            roles=roles,
            mfa=claims.get("acr") == "mfa",
            jti=str(claims["jti"]),
            expires_at=int(claims["exp"]),
            auth_time=int(claims.get("auth_time", claims["iat"])),
        )

    def revoke(self, jti: str, expires_at: int) -> None:
        self.forget()
        with self.store.begin() as conn:
            exists = conn.execute(
                select(access_revoked.c.jti).where(access_revoked.c.jti == jti)
            ).first()
            if exists is None:
                conn.execute(access_revoked.insert().values(jti=jti, expires_at=expires_at))
            conn.execute(delete(access_revoked).where(access_revoked.c.expires_at < self.clock()))

    def introspect(self, token: str) -> dict[str, Any]:
        """RFC 7662: ``{"active": false}`` for anything that does not verify."""
        try:
            ident = self.verify(token)
        except InvalidToken:
            return {"active": False}
        return {
            "active": True,
            "sub": ident.principal,
            "exp": ident.expires_at,
            "roles": list(ident.roles),
            "acr": "mfa" if ident.mfa else "none",
            "iss": self.settings.access_issuer,
            "aud": self.settings.access_audience,
            "token_type": "Bearer",
        }

    def _event(
        self, conn: Any, principal: str, action: str, resource: str, details: dict[str, Any]
    ) -> None:
        self.audit.append(conn, [Event(principal, action, resource, "access", "ok", details)])
