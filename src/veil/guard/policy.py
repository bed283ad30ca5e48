"""Gateway policy per client and route, from YAML (``VEIL_GUARD_POLICY``).

```yaml
default:                  # every client, unless it says otherwise
  block: [AWS_ACCESS_KEY, PRIVATE_KEY, PASSWORD]   # refuse the prompt
  allow: [DATE_TIME]                               # pass through unchanged
  models: [gpt-4o-mini]                            # allowed upstream models (empty: any)
  max_prompt_bytes: 262144
clients:
  support-bot:
    allow: [DATE_TIME, LOCATION]
    routes:
      embeddings: {allow: [DATE_TIME, LOCATION, URL]}
```

A client's entry overrides the default key by key, and a route's (``chat``,
``completions``, ``embeddings``) overrides its client's. Without a file the settings give
the default (``VEIL_GUARD_BLOCK``, ``VEIL_GUARD_MODELS``, ``VEIL_GUARD_MAX_PROMPT_BYTES``).
Errors name the file, line and column.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from veil._yaml import Located, load_located
from veil.config import Settings
from veil.errors import ConfigError
from veil.guard.pipeline import KEEP
from veil.types import EntityType

__all__ = ["ROUTES", "GuardPolicies", "GuardPolicy", "load_policies", "parse_types"]

ROUTES = ("chat", "completions", "embeddings")
_KEYS = {"block", "allow", "models", "max_prompt_bytes"}


@dataclass(frozen=True)
class GuardPolicy:
    block: frozenset[EntityType]
    allow: frozenset[EntityType]
    models: frozenset[str]  # empty: any
    max_prompt_bytes: int


def parse_types(spec: str) -> frozenset[EntityType]:
    """Entity types from a comma-separated list (``none`` or empty: no type)."""
    if spec.strip().lower() in ("", "none"):
        return frozenset()
    return frozenset(EntityType.parse(t.strip()) for t in spec.split(",") if t.strip())


class GuardPolicies:
    def __init__(self, default: GuardPolicy, clients: dict[str, dict[str, Any]] | None = None):
        self.default = default
        self.clients = clients or {}

    @classmethod
    def from_settings(cls, settings: Settings) -> GuardPolicies:
        default = GuardPolicy(
            block=parse_types(settings.guard_block),
            allow=KEEP,
            models=frozenset(m.strip() for m in settings.guard_models.split(",") if m.strip()),
            max_prompt_bytes=settings.guard_max_prompt_bytes,
        )
        if settings.guard_policy is None:
            return cls(default)
        return load_policies(settings.guard_policy, default)

    def resolve(self, client: str | None, route: str) -> GuardPolicy:
        policy = self.default
        entry = self.clients.get(client or "", {})
        policy = replace(policy, **{k: v for k, v in entry.items() if k != "routes"})
        route_entry = entry.get("routes", {}).get(route, {})
        return replace(policy, **route_entry)


def _entry(doc: Located, data: Any, path: tuple[str | int, ...], routes: bool) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise ConfigError(f"{doc.where(path)}: expected a mapping")
    out: dict[str, Any] = {}
    for key, value in data.items():
        where = doc.where((*path, key))
        if key == "routes" and routes:
            if not isinstance(value, dict):
                raise ConfigError(f"{where}: 'routes' must map {', '.join(ROUTES)} to settings")
            out["routes"] = {}
            for route, sub in value.items():
                if route not in ROUTES:
                    raise ConfigError(
                        f"{doc.where((*path, key, route))}: unknown route {route!r} "
                        f"(choose from {', '.join(ROUTES)})"
                    )
                out["routes"][route] = _entry(doc, sub, (*path, key, route), False)
        elif key in ("block", "allow"):
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f"{where}: '{key}' must be a list of entity types")
            try:
                out[key] = frozenset(EntityType.parse(v) for v in value)
            except Exception as e:
                raise ConfigError(f"{where}: {e}") from None
        elif key == "models":
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f"{where}: 'models' must be a list of model names")
            out[key] = frozenset(value)
        elif key == "max_prompt_bytes":
            if not isinstance(value, int) or isinstance(value, bool) or value < 1024:
                raise ConfigError(f"{where}: 'max_prompt_bytes' must be an integer >= 1024")
            out[key] = value
        else:
            allowed = sorted(_KEYS | ({"routes"} if routes else set()))
            raise ConfigError(f"{where}: unknown key {key!r} (choose from {', '.join(allowed)})")
    return out


def load_policies(path: Path, default: GuardPolicy) -> GuardPolicies:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"cannot read gateway policy {path}: {e}") from None
    doc = load_located(text, str(path))
    data = doc.data or {}
    if not isinstance(data, dict):
        raise ConfigError(f"{doc.where(())}: the gateway policy must be a mapping")
    for key in data:
        if key not in ("default", "clients"):
            raise ConfigError(f"{doc.where((key,))}: unknown key {key!r} (default, clients)")
    base = replace(default, **_entry(doc, data.get("default", {}), ("default",), False))
    clients_raw = data.get("clients", {})
    if not isinstance(clients_raw, dict):
        raise ConfigError(f"{doc.where(('clients',))}: 'clients' must map client ids to settings")
    clients = {
        str(cid): _entry(doc, sub, ("clients", cid), True) for cid, sub in clients_raw.items()
    }
    return GuardPolicies(base, clients)
