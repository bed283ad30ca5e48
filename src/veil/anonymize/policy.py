"""The policy model: one YAML file that says what happens to every column and which
dataset-level privacy model must hold. Validated by pydantic; errors name file, line and
column; ``veil policy schema`` exports the JSON schema.

```yaml
version: 1
default: keep            # or drop: columns not listed are removed
columns:
  name:      {action: drop}
  email:     {action: tokenize, namespace: email}
  ssn:       {action: mask, keep_last: 4}
  phone:     {action: fake}
  zip:       {action: generalize, truncate: 3}
  birthdate: {action: generalize, date: year}
  age:       {action: generalize, hierarchy: hierarchies/age.csv}   # or bins: [0, 18, 30]
  notes:     {action: scrub}
privacy:
  quasi_identifiers: [age, zip, sex]
  sensitive: [diagnosis]
  k: 10
  l: 3
  t: 0.2
  max_suppression: 0.05
  algorithm: local       # or full-domain
```
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Annotated, Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from veil._yaml import load_located
from veil.errors import ConfigError

__all__ = [
    "ColumnRule",
    "Drop",
    "Encrypt",
    "Fake",
    "Generalize",
    "Hash",
    "Keep",
    "Mask",
    "Policy",
    "PrivacySpec",
    "Redact",
    "Scrub",
    "Suppress",
    "Tokenize",
    "load_policy",
    "parse_policy",
    "policy_schema",
]


class _Rule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Keep(_Rule):
    """Leave the column as it is."""

    action: Literal["keep"]


class Drop(_Rule):
    """Remove the column (data minimization)."""

    action: Literal["drop"]


class Redact(_Rule):
    """Replace every value with a fixed string."""

    action: Literal["redact"]
    replacement: str = "[REDACTED]"


class Mask(_Rule):
    """Replace characters with ``char``, keeping the first/last N (separators kept)."""

    action: Literal["mask"]
    char: str = Field(default="*", min_length=1, max_length=1)
    keep_first: int = Field(default=0, ge=0)
    keep_last: int = Field(default=0, ge=0)


class Fake(_Rule):
    """Realistic fictional values; the same input always gives the same fake (keyed)."""

    action: Literal["fake"]
    kind: (
        Literal[
            "name",
            "first_name",
            "last_name",
            "email",
            "phone",
            "address",
            "city",
            "ssn",
            "date",
            "company",
            "iban",
            "credit_card",
            "ipv4",
            "text",
        ]
        | None
    ) = None
    """What to generate; default: inferred from the column's detected type or name."""
    locale: str = "en_US"


class Hash(_Rule):
    """Keyed HMAC-SHA256 pseudonym (hex); equal inputs give equal outputs."""

    action: Literal["hash"]
    length: int = Field(default=32, ge=8, le=64)


class Tokenize(_Rule):
    """Replace with vault tokens from ``namespace`` (created with ``format`` if missing)."""

    action: Literal["tokenize"]
    namespace: str
    format: Literal["random", "deterministic", "format-preserving"] | None = None


class Encrypt(_Rule):
    """Encrypt each value: ``aead`` (AES-256-GCM, base64) or ``ff1`` (format-preserving)."""

    action: Literal["encrypt"]
    mode: Literal["aead", "ff1"] = "aead"
    key: str = "protect"
    """Keyset name in the keyring (created on first use)."""


class Generalize(_Rule):
    """Coarsen values: numeric ``bins``, ``date`` truncation, ``truncate`` (keep the first N
    characters, e.g. ZIP codes) or a ``hierarchy`` CSV in ARX's ``leaf;level1;...;*``."""

    action: Literal["generalize"]
    bins: list[float] | None = None
    date: Literal["year", "month", "day"] | None = None
    truncate: int | None = Field(default=None, ge=0)
    hierarchy: Path | None = None
    level: int = Field(default=1, ge=0)
    """With ``hierarchy`` on a column that is not a quasi-identifier: the level to use."""
    top_code: int | None = None
    """Values above this become ``<top_code + 1>+`` (HIPAA: ``top_code: 89`` gives 90+)."""
    small_zip3: list[str] = Field(default_factory=list)
    """ZIP-3 areas with fewer than 20,000 people: written as ``000`` (HIPAA)."""

    @model_validator(mode="after")
    def _exactly_one(self) -> Generalize:
        given = [
            n for n in ("bins", "date", "truncate", "hierarchy") if getattr(self, n) is not None
        ]
        if len(given) != 1 and not (given == [] and self.top_code is not None):
            raise ValueError(
                "give exactly one of bins, date, truncate, hierarchy"
                + (f" (got {', '.join(given)})" if given else "")
            )
        if self.bins is not None and (
            len(self.bins) < 1 or any(a >= b for a, b in itertools.pairwise(self.bins))
        ):
            raise ValueError("bins must be increasing")
        return self


class Suppress(_Rule):
    """Blank the column's values (null), keeping the column."""

    action: Literal["suppress"]


class Scrub(_Rule):
    """Free text: detect sensitive spans and replace them with ``<TYPE>``."""

    action: Literal["scrub"]
    entities: list[str] | None = None
    """Only these entity types (default: all)."""


_RULES = (Keep, Drop, Redact, Mask, Fake, Hash, Tokenize, Encrypt, Generalize, Suppress, Scrub)
_ACTIONS = {get_args(r.model_fields["action"].annotation)[0] for r in _RULES}

ColumnRule = Annotated[
    Keep | Drop | Redact | Mask | Fake | Hash | Tokenize | Encrypt | Generalize | Suppress | Scrub,
    Field(discriminator="action"),
]


class PrivacySpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    quasi_identifiers: list[str] = Field(min_length=1)
    sensitive: list[str] = Field(default_factory=list)
    k: int = Field(default=1, ge=1)
    l: int | None = Field(default=None, ge=1)  # noqa: E741
    l_entropy: float | None = Field(default=None, ge=1)
    t: float | None = Field(default=None, gt=0, le=1)
    t_distance: Literal["equal", "ordered"] = "equal"
    max_suppression: float = Field(default=0.0, ge=0, le=1)
    algorithm: Literal["local", "full-domain"] = "local"

    @model_validator(mode="after")
    def _needs_sensitive(self) -> PrivacySpec:
        if (self.l or self.l_entropy or self.t) and not self.sensitive:
            raise ValueError("l-diversity and t-closeness need at least one sensitive column")
        both = set(self.quasi_identifiers) & set(self.sensitive)
        if both:
            raise ValueError(f"{sorted(both)} cannot be both quasi-identifier and sensitive")
        return self


class Policy(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    version: Literal[1] = 1
    default: Literal["keep", "drop"] = "keep"
    columns: dict[str, ColumnRule] = Field(default_factory=dict)
    privacy: PrivacySpec | None = None
    base_dir: Path = Field(default=Path("."), exclude=True)
    """Where relative hierarchy paths are resolved (the policy file's folder)."""

    def rule(self, column: str) -> Keep | Drop | Any:
        if column in self.columns:
            return self.columns[column]
        return Keep(action="keep") if self.default == "keep" else Drop(action="drop")

    def hierarchy_path(self, rule: Generalize) -> Path | None:
        if rule.hierarchy is None:
            return None
        return rule.hierarchy if rule.hierarchy.is_absolute() else self.base_dir / rule.hierarchy


def parse_policy(text: str, source: str = "<policy>", base_dir: Path | None = None) -> Policy:
    doc = load_located(text, source)
    if not isinstance(doc.data, dict):
        raise ConfigError(f"{source}:1:1: a policy is a mapping (version, default, columns, ...)")
    try:
        policy = Policy.model_validate(doc.data)
    except ValidationError as e:
        err = e.errors()[0]
        loc = tuple(err["loc"])
        # discriminated unions add the tag to the location: drop it for the file position
        clean = tuple(p for p in loc if not (isinstance(p, str) and p in _ACTIONS))
        field = ".".join(str(p) for p in clean) or "policy"
        msg = err["msg"].removeprefix("Value error, ")
        if err["type"] == "union_tag_invalid":
            msg = f"unknown action; choose one of {', '.join(sorted(_ACTIONS))}"
        elif err["type"] == "union_tag_not_found":
            msg = "missing 'action'"
        raise ConfigError(f"{doc.where(clean)}: {field}: {msg}") from None
    if base_dir is not None:
        policy = policy.model_copy(update={"base_dir": base_dir})
    return policy


def load_policy(path: Path | str) -> Policy:
    p = Path(path)
    try:
        text = p.read_text("utf-8")
    except OSError as e:
        raise ConfigError(f"{p}: cannot read policy: {e.strerror}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{p}: policy is not valid UTF-8") from None
    return parse_policy(text, str(p), p.parent)


def policy_schema() -> str:
    schema = Policy.model_json_schema()
    schema.setdefault("properties", {}).pop("base_dir", None)
    schema["title"] = "veil policy"
    return json.dumps(schema, indent=2)
