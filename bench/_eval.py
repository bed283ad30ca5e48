"""Span-level scoring for the detection benchmark.

Rules (identical for every tool being scored):

* Only entity types in the evaluated type set count. Gold entities and predictions of any
  other type are dropped before matching (e.g. Presidio's ORGANIZATION or NRP).
* Types are compared by *group*: ``DATE_OF_BIRTH`` and ``DATE_TIME`` form the group
  ``DATE``; ``LOCATION`` and ``ADDRESS`` form the group ``LOCATION``; every other type is
  its own group.
* A prediction matches a gold entity when their groups are equal and their character
  IoU (intersection / union of the half-open ``[start, end)`` ranges) is >= 0.5.
* Matching is greedy and one-to-one within a document: all candidate pairs are taken in
  order of decreasing IoU (ties: lower gold index, then lower prediction index) and a
  pair is accepted when neither side has been used yet.
* A matched pair is a TP of the *gold* type; an unmatched gold entity is an FN of its
  type; an unmatched prediction is an FP of its own (already mapped) type.
* Precision, recall and F2 are 0.0 when their denominator is 0.
  F2 = 5PR / (4P + R).

The module has no dependencies outside the standard library.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "ALL_TYPES",
    "PATTERN_TYPES",
    "TYPE_GROUPS",
    "Counts",
    "EvalResult",
    "Span",
    "evaluate",
    "f_beta",
    "iou",
    "iou_at_least",
    "match_document",
    "type_group",
]

#: Every entity type the corpora are labelled with (the evaluated set in full mode).
ALL_TYPES: tuple[str, ...] = (
    "PERSON",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "US_SSN",
    "CREDIT_CARD",
    "IBAN_CODE",
    "IP_ADDRESS",
    "DATE_OF_BIRTH",
    "DATE_TIME",
    "LOCATION",
    "ADDRESS",
    "URL",
    "MEDICAL_RECORD_NUMBER",
    "HEALTH_PLAN_NUMBER",
    "ACCOUNT_NUMBER",
    "DRIVER_LICENSE",
    "AWS_ACCESS_KEY",
    "AWS_SECRET_KEY",
    "GITHUB_TOKEN",
    "SLACK_TOKEN",
    "STRIPE_KEY",
    "JWT",
    "PRIVATE_KEY",
    "PASSWORD",
    "GENERIC_SECRET",
)

#: The types both tools cover with patterns alone (pattern-only mode's evaluated set):
#: Presidio's pattern entities after mapping to our names.
PATTERN_TYPES: tuple[str, ...] = (
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "US_SSN",
    "CREDIT_CARD",
    "IBAN_CODE",
    "IP_ADDRESS",
    "URL",
    "ACCOUNT_NUMBER",
    "DRIVER_LICENSE",
)

TYPE_GROUPS: Mapping[str, str] = {
    "DATE_OF_BIRTH": "DATE",
    "DATE_TIME": "DATE",
    "LOCATION": "LOCATION",
    "ADDRESS": "LOCATION",
}

MIN_IOU = 0.5


def type_group(entity_type: str) -> str:
    """The comparison group of a type (the type itself unless listed in TYPE_GROUPS)."""
    return TYPE_GROUPS.get(entity_type, entity_type)


@dataclass(frozen=True)
class Span:
    """A labelled character range ``[start, end)``."""

    start: int
    end: int
    type: str

    @classmethod
    def coerce(cls, obj: Any) -> Span:
        """Build a Span from a Span, a ``{"start","end","type"}`` mapping, or a sequence
        ``(start, end, type, ...)`` (extra items, e.g. a score, are ignored)."""
        if isinstance(obj, Span):
            return obj
        if isinstance(obj, Mapping):
            return cls(int(obj["start"]), int(obj["end"]), str(obj["type"]))
        if isinstance(obj, Sequence) and not isinstance(obj, str) and len(obj) >= 3:
            return cls(int(obj[0]), int(obj[1]), str(obj[2]))
        raise TypeError(f"cannot interpret {obj!r} as a span")


def _overlap(a: Span, b: Span) -> tuple[int, int]:
    """(intersection, union) lengths of two half-open ranges; empty ranges count as 0."""
    a_len = max(0, a.end - a.start)
    b_len = max(0, b.end - b.start)
    inter = max(0, min(a.end, b.end) - max(a.start, b.start))
    union = a_len + b_len - inter
    return inter, union


def iou(a: Span, b: Span) -> float:
    """Character intersection over union of two spans (types ignored); 0.0 if both empty."""
    inter, union = _overlap(a, b)
    return inter / union if union > 0 else 0.0


def iou_at_least(a: Span, b: Span, threshold: float = MIN_IOU) -> bool:
    """``iou(a, b) >= threshold``, computed exactly for the default 0.5 (no float rounding)."""
    inter, union = _overlap(a, b)
    if union <= 0 or inter <= 0:
        return False
    if threshold == 0.5:
        return 2 * inter >= union
    return inter >= threshold * union


def f_beta(precision: float, recall: float, beta: float = 2.0) -> float:
    """F-beta; F2 = 5PR / (4P + R). 0.0 when P and R are both 0."""
    b2 = beta * beta
    denom = b2 * precision + recall
    return (1 + b2) * precision * recall / denom if denom > 0 else 0.0


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        d = self.tp + self.fp
        return self.tp / d if d else 0.0

    @property
    def recall(self) -> float:
        d = self.tp + self.fn
        return self.tp / d if d else 0.0

    @property
    def f2(self) -> float:
        return f_beta(self.precision, self.recall, 2.0)

    @property
    def support(self) -> int:
        """Number of gold entities (TP + FN)."""
        return self.tp + self.fn

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "support": self.support,
            "precision": self.precision,
            "recall": self.recall,
            "f2": self.f2,
        }


@dataclass
class EvalResult:
    per_type: dict[str, Counts] = field(default_factory=dict)
    micro: Counts = field(default_factory=Counts)
    types: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "types": list(self.types),
            "micro": self.micro.to_dict(),
            "per_type": {t: c.to_dict() for t, c in sorted(self.per_type.items())},
        }


def match_document(
    gold: Sequence[Span], pred: Sequence[Span], min_iou: float = MIN_IOU
) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Greedy one-to-one matching within one document.

    Returns ``(pairs, unmatched_gold, unmatched_pred)`` where pairs are
    ``(gold_index, pred_index)``. No type filtering happens here.
    """
    candidates: list[tuple[float, int, int]] = []
    for gi, g in enumerate(gold):
        g_group = type_group(g.type)
        for pi, p in enumerate(pred):
            if type_group(p.type) != g_group:
                continue
            if iou_at_least(g, p, min_iou):
                candidates.append((-iou(g, p), gi, pi))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _neg_iou, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    unmatched_gold = [i for i in range(len(gold)) if i not in used_g]
    unmatched_pred = [i for i in range(len(pred)) if i not in used_p]
    return pairs, unmatched_gold, unmatched_pred


def evaluate(
    gold_docs: Sequence[Iterable[Any]],
    pred_docs: Sequence[Iterable[Any]],
    types: Iterable[str] | None = None,
    min_iou: float = MIN_IOU,
) -> EvalResult:
    """Score predictions against gold, document by document.

    ``gold_docs[i]`` and ``pred_docs[i]`` are the spans of document i, each span anything
    :meth:`Span.coerce` accepts. ``types`` is the evaluated type set (default
    :data:`ALL_TYPES`); spans of other types are dropped on both sides.
    """
    if len(gold_docs) != len(pred_docs):
        raise ValueError(f"{len(gold_docs)} gold documents but {len(pred_docs)} predicted")
    type_set = tuple(types) if types is not None else ALL_TYPES
    allowed = set(type_set)
    result = EvalResult(types=type_set)
    per_type = result.per_type

    def counts(t: str) -> Counts:
        c = per_type.get(t)
        if c is None:
            c = per_type[t] = Counts()
        return c

    for gold_raw, pred_raw in zip(gold_docs, pred_docs, strict=True):
        gold = [s for s in map(Span.coerce, gold_raw) if s.type in allowed]
        pred = [s for s in map(Span.coerce, pred_raw) if s.type in allowed]
        pairs, un_gold, un_pred = match_document(gold, pred, min_iou)
        for gi, _pi in pairs:
            counts(gold[gi].type).tp += 1
        for gi in un_gold:
            counts(gold[gi].type).fn += 1
        for pi in un_pred:
            counts(pred[pi].type).fp += 1

    for c in per_type.values():
        result.micro.add(c)
    return result
