"""The anonymization engine's inputs and outputs (shared by both algorithms, the verifier,
the report and ``veil protect``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

import polars as pl

from veil.anonymize.hierarchy import Hierarchy

__all__ = ["Anonymized", "PrivacyModel", "QuasiIdentifier"]


@dataclass(frozen=True)
class QuasiIdentifier:
    """A column an attacker may know. ``numeric`` columns are generalized to ranges
    (``[30-39]``) by local recoding; with a ``hierarchy`` they are generalized along it (and
    full-domain search always uses the hierarchy)."""

    name: str
    hierarchy: Hierarchy | None = None
    numeric: bool = False


@dataclass(frozen=True)
class PrivacyModel:
    k: int = 1
    l: int | None = None  # noqa: E741  (distinct l-diversity, as in the literature)
    l_entropy: float | None = None
    t: float | None = None
    t_distance: Literal["equal", "ordered"] = "equal"
    max_suppression: float = 0.0
    algorithm: Literal["local", "full-domain"] = "local"


@dataclass
class Anonymized:
    """The protected table and what it cost."""

    table: pl.DataFrame
    """QI columns as strings that are equal exactly when rows share an equivalence class;
    suppressed rows removed; all other columns unchanged."""
    suppressed: int
    classes: int
    ncp: float
    """Normalized certainty penalty, averaged over QIs and rows (0 = no loss, 1 = all *)."""
    ncp_by_column: dict[str, float] = field(default_factory=dict)
    algorithm: str = "local"
    levels: dict[str, int] | None = None
    """Full-domain only: the chosen hierarchy level per QI."""
    seconds: float = 0.0
