"""Authorization decisions in Cedar (cedarpy): RBAC through role groups, ABAC through the
request context (purpose, MFA, view, network, hour). Default deny; a ``forbid`` wins.

The policy text is parsed and validated against the schema once, when the engine is made:
a policy that does not validate is a :class:`~veil.errors.ConfigError` (the service does not
start on it). Each decision names the policies that decided it by their ``@id``
annotations (Cedar itself numbers them ``policy0``, ...), for the audit log.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import cedarpy

from veil.errors import AccessDenied, ConfigError

__all__ = [
    "ACTIONS",
    "Decision",
    "PolicyDenied",
    "PolicyEngine",
    "RequestContext",
    "default_policy",
    "resource_of",
]

ACTIONS = (
    "tokenize",
    "detokenize",
    "encrypt",
    "decrypt",
    "detect",
    "keys.list",
    "keys.rotate",
    "audit.read",
    "erase-subject",
    "namespace.create",
    "accounts.manage",
    "access.approve",
)
_RESOURCE_TYPE = {
    "tokenize": "Namespace",
    "detokenize": "Namespace",
    "encrypt": "Keyset",
    "decrypt": "Keyset",
    "keys.list": "Keyset",
    "keys.rotate": "Keyset",
}


def resource_of(action: str, name: str) -> str:
    """The Cedar entity an action applies to: ``Veil::Namespace::"email"`` etc."""
    kind = _RESOURCE_TYPE.get(action, "Service")
    return f"Veil::{kind}::{json.dumps(name if kind != 'Service' else 'veil')}"


def default_policy() -> str:
    return resources.files("veil.access").joinpath("default.cedar").read_text()


def _schema_text() -> str:
    return resources.files("veil.access").joinpath("schema.cedarschema").read_text()


@dataclass(frozen=True)
class RequestContext:
    purpose: str
    mfa: bool
    view: str = "none"
    network: str = "loopback"
    hour: int = 0

    def as_cedar(self) -> dict[str, Any]:
        return {
            "purpose": self.purpose,
            "mfa": self.mfa,
            "view": self.view,
            "network": self.network,
            "hour": self.hour,
        }


@dataclass(frozen=True)
class Decision:
    allowed: bool
    policies: tuple[str, ...] = field(default_factory=tuple)
    """The ``@id`` of each policy that decided (permits when allowed, forbids when a forbid
    denied; empty for a default deny)."""
    errors: tuple[str, ...] = field(default_factory=tuple)

    @property
    def why(self) -> str:
        return ", ".join(self.policies) or "no policy allows it"

    def audit(self) -> dict[str, Any]:
        return {
            "authz": {
                "decision": "allow" if self.allowed else "deny",
                "policies": list(self.policies),
            }
        }


class PolicyDenied(AccessDenied):
    """A denial by the policy; ``decision`` says which policies decided (for the audit)."""

    def __init__(self, message: str, decision: Decision) -> None:
        super().__init__(message)
        self.decision = decision


class PolicyEngine:
    """A parsed, schema-validated policy set."""

    def __init__(self, text: str | None = None, *, source: str = "default policy") -> None:
        self.text = default_policy() if text is None else text
        self.source = source
        try:
            self._schema = cedarpy.Schema.from_str(_schema_text())
            result = cedarpy.validate_policies(self.text, self._schema)
        except Exception as e:  # cedarpy raises plain exceptions on syntax errors
            raise ConfigError(f"{source}: not a valid Cedar policy: {e}") from None
        if not result.validation_passed:
            first = result.errors[0] if result.errors else "validation failed"
            raise ConfigError(f"{source}: the policy does not match veil's schema: {first}")
        self._policies = cedarpy.PolicySet.from_str(self.text)
        ids = json.loads(cedarpy.policies_to_json_str(self.text))["staticPolicies"]
        self._names = {pid: str(p.get("annotations", {}).get("id", pid)) for pid, p in ids.items()}

    @classmethod
    def from_file(cls, path: Path) -> PolicyEngine:
        try:
            text = path.read_text()
        except OSError as e:
            raise ConfigError(f"cannot read the access policy {path}: {e.strerror}") from None
        return cls(text, source=str(path))

    def decide(
        self,
        principal: tuple[str, str],
        roles: tuple[str, ...],
        action: str,
        resource: str,
        context: RequestContext,
    ) -> Decision:
        """``principal``: (``"User"`` or ``"Client"``, name); ``resource``: as from
        :func:`resource_of`. Decisions are a pure function of these arguments and the
        policy, so the last 4,096 are remembered."""
        return self._decide(principal, tuple(roles), action, resource, context)

    def require(
        self,
        principal: tuple[str, str],
        roles: tuple[str, ...],
        action: str,
        name: str,
        context: RequestContext,
    ) -> Decision:
        """:meth:`decide` on ``name`` (a namespace, keyset or ``veil``), raising
        :class:`~veil.errors.AccessDenied` (with the deciding policies) when denied."""
        decision = self.decide(principal, roles, action, resource_of(action, name), context)
        if not decision.allowed:
            raise PolicyDenied(f"{action} on {name} denied ({decision.why})", decision)
        return decision

    @functools.lru_cache(maxsize=4096)  # noqa: B019  (one engine per service, kept for its life)
    def _decide(
        self,
        principal: tuple[str, str],
        roles: tuple[str, ...],
        action: str,
        resource: str,
        context: RequestContext,
    ) -> Decision:
        kind, name = principal
        uid = {"__entity": {"type": f"Veil::{kind}", "id": name}}
        parents = [{"__entity": {"type": "Veil::Role", "id": r}} for r in roles]
        entities = [{"uid": uid, "attrs": {}, "parents": parents}] + [
            {"uid": p, "attrs": {}, "parents": []} for p in parents
        ]
        request = {
            "principal": f"Veil::{kind}::{json.dumps(name)}",
            "action": f"Veil::Action::{json.dumps(action)}",
            "resource": resource,
            "context": context.as_cedar(),
        }
        result = cedarpy.is_authorized(request, self._policies, entities, self._schema)
        reasons = tuple(self._names.get(r, r) for r in result.diagnostics.reasons)
        errors = tuple(str(e) for e in result.diagnostics.errors)
        return Decision(bool(result.allowed), reasons, errors)
