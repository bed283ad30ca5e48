"""Just-in-time privileged access and access reviews.

A person asks for a role, for a reason and a duration (at most ``VEIL_JIT_MAX_SECONDS``).
Someone else approves or denies it (never the requester; approving needs the ``admin`` role
through the service, or the local operator through the CLI). An approved grant adds the role
until it expires by itself; the role is read on every request, so expiry and revocation take
effect at once. Every step is an audit event.

An access review lists what deserves a second look: accounts and clients unused for N days,
elevated access (roles that see plaintext or administer, and active JIT grants), and people
without MFA. ``revoke_unused`` locks the unused accounts and revokes the unused clients, each
audited.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, select, update

from veil.audit import AuditLog, Event
from veil.config import Settings
from veil.errors import AccessDenied, UsageError
from veil.store import Store
from veil.store.schema import access_clients, access_grants, access_users, access_webauthn

__all__ = ["Grant", "Grants", "Review"]


@dataclass(frozen=True)
class Grant:
    id: int
    user: str
    role: str
    reason: str
    seconds: int
    status: str
    requested_at: int
    decided_by: str | None
    expires_at: int | None


@dataclass(frozen=True)
class Review:
    unused: list[dict[str, Any]]
    elevated: list[dict[str, Any]]
    without_mfa: list[str]


def _grant(r: Any, now: int) -> Grant:
    status = r.status
    if status == "approved" and r.expires_at is not None and r.expires_at <= now:
        status = "expired"
    return Grant(
        r.id,
        r.user_name,
        r.role,
        r.reason,
        r.seconds,
        status,
        r.requested_at,
        r.decided_by,
        r.expires_at,
    )


class Grants:
    def __init__(
        self,
        store: Store,
        audit: AuditLog,
        settings: Settings,
        *,
        clock: Callable[[], float] = time.time,
        on_change: Callable[[], None] = lambda: None,
    ) -> None:
        self.store = store
        self.audit = audit
        self.settings = settings
        self.clock = clock
        self.on_change = on_change

    def request(self, user: str, role: str, reason: str, seconds: int) -> Grant:
        from veil.access.directory import ROLES

        if role not in ROLES:
            raise UsageError(f"unknown role {role!r}; roles: {', '.join(ROLES)}")
        if len(reason.strip()) < 8:
            raise UsageError("give a reason of at least 8 characters (it is audited)")
        if not 60 <= seconds <= self.settings.jit_max_seconds:
            raise UsageError(
                f"duration must be between 60 s and {self.settings.jit_max_seconds} s "
                "(VEIL_JIT_MAX_SECONDS)"
            )
        now = int(self.clock())
        with self.store.begin() as conn:
            if (
                conn.execute(select(access_users.c.id).where(access_users.c.name == user)).first()
                is None
            ):
                raise UsageError(f"unknown user {user!r}")
            gid = conn.execute(
                access_grants.insert()
                .values(
                    user_name=user,
                    role=role,
                    reason=reason.strip(),
                    seconds=seconds,
                    status="pending",
                    requested_at=now,
                )
                .returning(access_grants.c.id)
            ).scalar_one()
            self.audit.append(
                conn,
                [
                    Event(
                        f"user:{user}",
                        "access.request",
                        f"grant/{gid}",
                        reason.strip(),
                        "ok",
                        {"role": role, "seconds": seconds},
                    )
                ],
            )
        return self.get(gid)

    def get(self, gid: int) -> Grant:
        with self.store.read() as conn:
            row = conn.execute(select(access_grants).where(access_grants.c.id == gid)).first()
        if row is None:
            raise UsageError(f"no access request #{gid}")
        return _grant(row, int(self.clock()))

    def all(self, *, user: str | None = None) -> list[Grant]:
        q = select(access_grants).order_by(access_grants.c.id)
        if user is not None:
            q = q.where(access_grants.c.user_name == user)
        with self.store.read() as conn:
            rows = conn.execute(q).all()
        now = int(self.clock())
        return [_grant(r, now) for r in rows]

    def decide(self, gid: int, *, approve: bool, by: str) -> Grant:
        """Approve or deny a pending request. ``by`` is the decider's principal
        (``user:NAME``); the requester cannot decide their own request."""
        now = int(self.clock())
        with self.store.begin() as conn:
            row = conn.execute(
                select(access_grants).where(access_grants.c.id == gid).with_for_update()
            ).first()
            if row is None:
                raise UsageError(f"no access request #{gid}")
            if by == f"user:{row.user_name}":
                self.audit.append(
                    conn,
                    [
                        Event(
                            by,
                            "access.approve",
                            f"grant/{gid}",
                            "jit",
                            "denied",
                            {"reason": "self-approval"},
                        )
                    ],
                )
                raise AccessDenied("a request cannot be approved or denied by its requester")
            if row.status != "pending":
                raise UsageError(f"access request #{gid} is already {row.status}")
            values: dict[str, Any] = {
                "status": "approved" if approve else "denied",
                "decided_by": by,
                "decided_at": now,
            }
            if approve:
                values["expires_at"] = now + row.seconds
            conn.execute(update(access_grants).where(access_grants.c.id == gid).values(**values))
            self.on_change()
            action = "access.approve" if approve else "access.deny"
            self.audit.append(
                conn,
                [
                    Event(
                        by,
                        action,
                        f"grant/{gid}",
                        "jit",
                        "ok",
                        {
                            "user": row.user_name,
                            "role": row.role,
                            "expires_at": values.get("expires_at"),
                        },
                    )
                ],
            )
        return self.get(gid)

    def active_roles(self, user: str, conn: Connection | None = None) -> tuple[str, ...]:
        """Roles granted just in time and not expired (in ``conn`` when given)."""
        now = int(self.clock())
        q = select(access_grants.c.role).where(
            and_(
                access_grants.c.user_name == user,
                access_grants.c.status == "approved",
                access_grants.c.expires_at > now,
            )
        )
        if conn is None:
            with self.store.read() as c:
                rows = c.execute(q).all()
        else:
            rows = conn.execute(q).all()
        return tuple(sorted({r.role for r in rows}))

    # -- reviews ---------------------------------------------------------------------------

    def review(self, days: int) -> Review:
        from veil.access.directory import MFA_ROLES

        now = int(self.clock())
        cutoff = now - days * 86400
        unused: list[dict[str, Any]] = []
        elevated: list[dict[str, Any]] = []
        without_mfa: list[str] = []
        with self.store.read() as conn:
            users = conn.execute(select(access_users).order_by(access_users.c.name)).all()
            clients = conn.execute(
                select(access_clients).order_by(access_clients.c.client_id)
            ).all()
            keys = {r[0] for r in conn.execute(select(access_webauthn.c.user_name)).all()}
        for u in users:
            seen = u.last_seen or u.created_at
            if seen < cutoff and not u.locked:
                unused.append(
                    {
                        "kind": "user",
                        "name": u.name,
                        "last_seen": u.last_seen,
                        "roles": u.roles.split(",") if u.roles else [],
                    }
                )
            roles = set(filter(None, u.roles.split(",")))
            if roles & MFA_ROLES:
                elevated.append(
                    {
                        "kind": "user",
                        "name": u.name,
                        "roles": sorted(roles & MFA_ROLES),
                        "via": "standing",
                    }
                )
            if u.totp_secret is None and u.name not in keys:
                without_mfa.append(u.name)
        for c in clients:
            seen = c.last_seen or c.created_at
            if seen < cutoff and not c.revoked:
                unused.append(
                    {
                        "kind": "client",
                        "name": c.client_id,
                        "last_seen": c.last_seen,
                        "roles": c.roles.split(",") if c.roles else [],
                    }
                )
        for g in self.all():
            if g.status == "approved":
                elevated.append(
                    {
                        "kind": "user",
                        "name": g.user,
                        "roles": [g.role],
                        "via": f"jit #{g.id} until {g.expires_at}",
                    }
                )
        return Review(unused, elevated, without_mfa)

    def revoke_unused(self, days: int, *, by: str) -> list[str]:
        """Lock unused accounts and revoke unused clients; returns what was revoked."""
        done: list[str] = []
        now = int(self.clock())
        self.on_change()
        for item in self.review(days).unused:
            with self.store.begin() as conn:
                if item["kind"] == "user":
                    conn.execute(
                        update(access_users)
                        .where(access_users.c.name == item["name"])
                        .values(locked=True, tokens_valid_after=now + 1)
                    )
                else:
                    conn.execute(
                        update(access_clients)
                        .where(access_clients.c.client_id == item["name"])
                        .values(revoked=True, tokens_valid_after=now + 1)
                    )
                self.audit.append(
                    conn,
                    [
                        Event(
                            by,
                            "access.review.revoke",
                            f"{item['kind']}/{item['name']}",
                            "access-review",
                            "ok",
                            {"unused_days": days},
                        )
                    ],
                )
            done.append(f"{item['kind']}:{item['name']}")
        return done
