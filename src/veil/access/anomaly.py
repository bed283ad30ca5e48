"""Anomaly detection on access to plaintext: explainable rules over per-principal baselines.

For each principal veil keeps what it has seen (table ``access_activity``): the source
networks (/24 for IPv4, /48 for IPv6), the namespaces it read in plaintext, the hours of
day (UTC) it was active, and the number of values it read per hour. A call that returns
plaintext (detokenize with the ``plain`` view, decrypt) is checked against them before it
runs; masked and last-4 views reveal too little to need it:

============  =====================================================================
rule          fires when
============  =====================================================================
volume        values this hour + this call > ``VEIL_ANOMALY_VOLUME_FACTOR`` × the
              principal's busiest earlier hour, and more than
              ``VEIL_ANOMALY_MIN_VOLUME`` values (needs an earlier hour)
new-network   the source network was never seen for this principal
new-namespace the namespace was never detokenized by this principal
odd-hour      a person was never active in this hour of day (not for services,
              which run on schedules)
============  =====================================================================

No rule fires while a principal is still learning: fewer than ``VEIL_ANOMALY_LEARNING``
recorded calls. Then:

- one rule fires: **step-up**. A person who authenticated with MFA passes (and the call
  is audited as ``anomaly`` with the rule); a person without MFA is refused until they log
  in with MFA. A service cannot step up: its call goes through, audited as an ``anomaly``
  warning, and becomes part of its baseline;
- two or more rules, or a volume above 10× the baseline: **lock**. The account is locked
  (a client is revoked), its tokens stop working, and an ``alert`` event is written.

Every decision other than "normal" is an audit event naming the rules and the figures, so
an operator can see why.
"""

from __future__ import annotations

import ipaddress
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import and_, select, update

from veil.access.directory import Identity, StepUpRequired
from veil.audit import AuditLog, Event
from veil.config import Settings
from veil.errors import AccessDenied
from veil.store import Store
from veil.store.schema import access_activity, access_clients, access_users

__all__ = ["AnomalyDetector", "Verdict", "network_key"]


def network_key(host: str) -> str:
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return "unknown"
    prefix = 24 if ip.version == 4 else 48
    return str(ipaddress.ip_network(f"{ip}/{prefix}", strict=False))


@dataclass(frozen=True)
class Verdict:
    action: str  # "allow", "step-up", "lock"
    rules: tuple[str, ...] = ()
    details: dict[str, object] = field(default_factory=dict)


class AnomalyDetector:
    def __init__(
        self,
        store: Store,
        audit: AuditLog,
        settings: Settings,
        *,
        clock: Callable[[], float] = time.time,
        on_lock: Callable[[], None] = lambda: None,
    ) -> None:
        self.store = store
        self.audit = audit
        self.settings = settings
        self.clock = clock
        self.on_lock = on_lock  # e.g. drop the directory's verified-token cache

    def enforce(self, identity: Identity, namespace: str, count: int, host: str) -> None:
        """Check a call and act on the verdict (see the module docstring): lock and raise
        AccessDenied, ask a person without MFA to step up (StepUpRequired), or let it go
        on, with an audit note when a rule fired."""
        verdict = self.check(identity.principal, namespace, count, host, mfa=identity.mfa)
        rules = ", ".join(verdict.rules)
        if verdict.action == "lock":
            self.lock(identity.principal, verdict)
            raise AccessDenied(
                f"unusual access ({rules}): the account is locked and an alert was raised"
            )
        if verdict.action != "step-up":
            return
        if identity.kind == "Client":  # a service cannot step up: warn and go on
            self.note(identity.principal, verdict, "warning")
        elif not identity.mfa:
            self.note(identity.principal, verdict, "denied")
            raise StepUpRequired(f"unusual access ({rules}): log in again with MFA")
        else:
            self.note(identity.principal, verdict, "step-up-passed")

    def check(self, principal: str, namespace: str, count: int, host: str, *, mfa: bool) -> Verdict:
        """Judge one call before it runs (see the module docstring)."""
        now = int(self.clock())
        hour_index = now // 3600
        hour_of_day = str((now // 3600) % 24)
        net = network_key(host)
        with self.store.read() as conn:
            rows = conn.execute(
                select(access_activity).where(access_activity.c.principal == principal)
            ).all()
        seen: dict[str, dict[str, int]] = {}
        for r in rows:
            seen.setdefault(r.kind, {})[r.value] = int(r[5])
        calls = sum(seen.get("hour", {}).values())
        if calls < self.settings.anomaly_learning:
            return Verdict("allow")
        rules: list[str] = []
        details: dict[str, object] = {}
        vol = seen.get("vol", {})
        current = vol.get(str(hour_index), 0)
        busiest = max((c for h, c in vol.items() if h != str(hour_index)), default=0)
        limit = max(self.settings.anomaly_min_volume, self.settings.anomaly_volume_factor * busiest)
        if busiest and current + count > limit:
            rules.append("volume")
            details.update({"values_this_hour": current + count, "busiest_hour": busiest})
        if net not in seen.get("net", {}):
            rules.append("new-network")
            details["network"] = net
        if namespace not in seen.get("ns", {}):
            rules.append("new-namespace")
            details["namespace"] = namespace
        if principal.startswith("user:") and hour_of_day not in seen.get("hour", {}):
            rules.append("odd-hour")
            details["hour"] = int(hour_of_day)
        if not rules:
            return Verdict("allow")
        severe = len(rules) >= 2 or ("volume" in rules and current + count > 10 * busiest)
        return Verdict("lock" if severe else "step-up", tuple(rules), details)

    def record(self, principal: str, namespace: str, count: int, host: str) -> None:
        """Learn from a call that ran."""
        now = int(self.clock())
        items = [
            ("net", network_key(host), 1),
            ("ns", namespace, 1),
            ("hour", str((now // 3600) % 24), 1),
            ("vol", str(now // 3600), count),
        ]
        with self.store.begin() as conn:
            for kind, value, n in items:
                key = and_(
                    access_activity.c.principal == principal,
                    access_activity.c.kind == kind,
                    access_activity.c.value == value,
                )
                hit = conn.execute(
                    update(access_activity)
                    .where(key)
                    .values(count=access_activity.c.count + n, last_seen=now)
                ).rowcount
                if not hit:
                    conn.execute(
                        access_activity.insert().values(
                            principal=principal,
                            kind=kind,
                            value=value,
                            first_seen=now,
                            last_seen=now,
                            count=n,
                        )
                    )
            # keep a week of hourly volumes
            conn.execute(
                access_activity.delete().where(
                    and_(
                        access_activity.c.principal == principal,
                        access_activity.c.kind == "vol",
                        access_activity.c.last_seen < now - 7 * 86400,
                    )
                )
            )

    def lock(self, principal: str, verdict: Verdict) -> None:
        """Lock the account (or revoke the client) and write an alert event."""
        now = int(self.clock())
        kind, _, name = principal.partition(":")
        with self.store.begin() as conn:
            if kind == "user":
                conn.execute(
                    update(access_users)
                    .where(access_users.c.name == name)
                    .values(locked=True, tokens_valid_after=now + 1)
                )
            else:
                conn.execute(
                    update(access_clients)
                    .where(access_clients.c.client_id == name)
                    .values(revoked=True, tokens_valid_after=now + 1)
                )
            self.audit.append(
                conn,
                [
                    Event(
                        principal,
                        "anomaly",
                        f"{kind}/{name}",
                        "security",
                        "alert",
                        {"rules": list(verdict.rules), **verdict.details, "locked": True},
                    )
                ],
            )
        self.on_lock()  # after the commit, so no verification caches the old state

    def note(self, principal: str, verdict: Verdict, outcome: str) -> None:
        self.audit.record(
            Event(
                principal,
                "anomaly",
                principal,
                "security",
                outcome,
                {"rules": list(verdict.rules), **verdict.details},
            )
        )
