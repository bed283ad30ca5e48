"""Integer coding of quasi-identifiers and sensitive attributes, and the privacy-model test
on groups of rows, shared by the two algorithms (:mod:`.mondrian`, :mod:`.lattice`).

The verifier (:mod:`.verify`) deliberately does not use anything from here.

Codes:

- numeric QI: the rank of the value among the column's distinct values;
- hierarchical QI: the leaf's position in depth-first order of the hierarchy, so that every
  node of the hierarchy covers a contiguous interval of leaf codes;
- categorical QI without a hierarchy: the rank of the value among the sorted distinct values;
- sensitive attribute: the rank among the sorted distinct values (numeric order for numeric
  columns, which is also the order the *ordered* t-closeness distance uses).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Literal

import numpy as np
import numpy.typing as npt
import polars as pl

from veil.anonymize.hierarchy import Hierarchy
from veil.anonymize.model import PrivacyModel

__all__ = [
    "CodedQI",
    "HierCode",
    "Recoded",
    "Rules",
    "SensitiveCode",
    "encode_hierarchy",
]

I64 = npt.NDArray[np.int64]
I32 = npt.NDArray[np.int32]
F64 = npt.NDArray[np.float64]
B = npt.NDArray[np.bool_]

# Float measures (entropy, EMD) may miss the requested bound by this much (rounding). The
# verifier's tolerance is larger (1e-9), so whatever the algorithms accept passes it.
EPS = 1e-12

# Dense (groups × sensitive values) count matrices are built in chunks of at most this many
# cells.
_DENSE_CELLS = 1 << 23


@dataclass(frozen=True)
class HierCode:
    """A hierarchy with leaves numbered depth-first (each node = an interval of leaves)."""

    height: int
    """Levels in the file: 0 = leaf .. height-1 = the top (usually ``*``)."""
    leaf_labels: list[str]
    leaf_index: dict[str, int]
    anc: I32
    """(height, leaves): the node id at each level of each leaf."""
    node_start: list[I64]
    """Per level: the first leaf (depth-first position) of each node."""
    node_size: list[I64]
    """Per level: how many leaves each node covers."""
    node_label: list[list[str]]
    roots: int
    """Distinct nodes at the top level (1 for the usual ``*``)."""

    @property
    def leaves(self) -> int:
        return len(self.leaf_labels)


def encode_hierarchy(h: Hierarchy) -> HierCode:
    rows = h.rows
    height = h.height
    first: list[dict[str, int]] = [{} for _ in range(height)]
    for i, r in enumerate(rows):
        for lev in range(height):
            first[lev].setdefault(r[lev], i)
    # group by ancestors, top level first, keeping the file's order inside each group
    order = sorted(
        range(len(rows)),
        key=lambda i: (*(first[lev][rows[i][lev]] for lev in range(height - 1, 0, -1)), i),
    )
    leaves = len(rows)
    anc = np.zeros((height, leaves), dtype=np.int32)
    node_start: list[I64] = []
    node_size: list[I64] = []
    node_label: list[list[str]] = []
    for lev in range(height):
        ids: dict[str, int] = {}
        starts: list[int] = []
        sizes: list[int] = []
        labels: list[str] = []
        for pos, i in enumerate(order):
            label = rows[i][lev]
            nid = ids.get(label)
            if nid is None:
                nid = ids[label] = len(labels)
                labels.append(label)
                starts.append(pos)
                sizes.append(0)
            sizes[nid] += 1
            anc[lev, pos] = nid
        node_start.append(np.asarray(starts, dtype=np.int64))
        node_size.append(np.asarray(sizes, dtype=np.int64))
        node_label.append(labels)
    leaf_labels = [rows[i][0] for i in order]
    return HierCode(
        height=height,
        leaf_labels=leaf_labels,
        leaf_index={v: j for j, v in enumerate(leaf_labels)},
        anc=anc,
        node_start=node_start,
        node_size=node_size,
        node_label=node_label,
        roots=len(node_label[-1]),
    )


@dataclass
class CodedQI:
    """One quasi-identifier as integer codes (one per input row)."""

    name: str
    kind: Literal["numeric", "hier", "cat"]
    codes: I64
    ncodes: int
    labels: list[str]
    """numeric / cat: the label of each code; hier: the leaf labels (depth-first)."""
    values: F64 = field(default_factory=lambda: np.zeros(0))
    """numeric: the value of each code (ascending)."""
    hier: HierCode | None = None
    present: I64 = field(default_factory=lambda: np.zeros(1, dtype=np.int64))
    """hier: prefix sums over the leaves (depth-first) of "the value occurs in the input";
    ``present[b] - present[a]`` values of the input lie in leaves a..b-1."""

    @property
    def domain(self) -> int:
        """Distinct values in the input (what certainty penalties are relative to)."""
        if self.kind == "hier":
            return int(self.present[-1])
        return self.ncodes

    def hier_penalty(self, start: I64, size: I64) -> F64:
        """Certainty penalty of hierarchy nodes covering leaves [start, start+size)."""
        dom = self.domain
        if dom <= 1:
            return np.zeros(len(start))
        inside = self.present[start + size] - self.present[start]
        return np.asarray((inside - 1) / (dom - 1), dtype=np.float64)

    @property
    def span(self) -> float:
        """numeric: max - min over the input."""
        return float(self.values[-1] - self.values[0]) if len(self.values) else 0.0


@dataclass
class SensitiveCode:
    name: str
    codes: I64
    m: int
    p: F64
    """The distribution of the attribute in the whole input (t-closeness reference)."""


@dataclass
class Recoded:
    """What an algorithm hands back to the engine."""

    kept: B
    """Per input row: False when the row is suppressed."""
    columns: dict[str, pl.Series]
    """QI name -> generalized strings for the kept rows, in input order."""
    ncp_sum: dict[str, float]
    """QI name -> sum over kept rows of the per-cell certainty penalty."""
    levels: dict[str, int] | None = None


class Rules:
    """The privacy model as a test on groups of rows."""

    def __init__(self, model: PrivacyModel, sensitive: list[SensitiveCode]) -> None:
        self.k = max(1, model.k)
        self.l = model.l if model.l is not None and model.l > 1 else None
        self.log_le = (
            math.log(model.l_entropy)
            if model.l_entropy is not None and model.l_entropy > 1
            else None
        )
        self.t = model.t if model.t is not None and model.t < 1 else None
        self.ordered = model.t_distance == "ordered"
        self.sensitive = (
            sensitive if (self.l or self.log_le is not None or self.t is not None) else []
        )

    @property
    def uses_sensitive(self) -> bool:
        return bool(self.sensitive)

    @property
    def monotone_with_suppression(self) -> bool:
        """k and distinct l: merging classes never turns a passing record into a failing one.
        Entropy l and t-closeness are only monotone while nothing is suppressed."""
        return self.log_le is None and self.t is None

    def ok(self, gid: I64, ngroups: int, sizes: I64, rows: I64 | None = None) -> B:
        """Which of ``ngroups`` groups satisfy the model. ``gid[i]`` is the group of row
        ``rows[i]`` (all rows when ``rows`` is None); ``sizes`` the group sizes."""
        return self.evaluate(gid, ngroups, sizes, rows)[1]

    def evaluate(self, gid: I64, ngroups: int, sizes: I64, rows: I64 | None = None) -> tuple[B, B]:
        """(passes k and distinct l, passes the whole model) per group."""
        mono: B = sizes >= self.k
        full: B = mono.copy()
        if not self.sensitive or ngroups == 0:
            return mono, full
        for s in self.sensitive:
            codes = s.codes if rows is None else s.codes[rows]
            for lo_g, cnt in _histograms(gid, ngroups, codes, s.m):
                hi_g = lo_g + len(cnt)
                m_ok, f_ok = self.judge(cnt, sizes[lo_g:hi_g], s)
                mono[lo_g:hi_g] &= m_ok
                full[lo_g:hi_g] &= f_ok
        full &= mono
        return mono, full

    def judge(self, cnt: I64, sizes: I64, s: SensitiveCode) -> tuple[B, B]:
        """One sensitive attribute, from (groups × values) counts: (distinct l holds, entropy
        l and t-closeness hold)."""
        m = s.m
        g = len(cnt)
        n = np.maximum(sizes.astype(np.float64), 1.0)
        mono = np.ones(g, dtype=np.bool_)
        good = np.ones(g, dtype=np.bool_)
        if self.l is not None:
            mono = (cnt > 0).sum(axis=1) >= self.l
        if self.log_le is not None:
            cf = cnt.astype(np.float64)
            clog = np.where(cnt > 0, cf * np.log(np.maximum(cf, 1.0)), 0.0)
            h = np.log(n) - clog.sum(axis=1) / n
            good &= h >= self.log_le - EPS
        if self.t is not None:
            d = cnt / n[:, None] - s.p[None, :]
            if self.ordered:
                emd = np.abs(np.cumsum(d, axis=1)).sum(axis=1) / (m - 1) if m > 1 else np.zeros(g)
            else:
                emd = 0.5 * np.abs(d).sum(axis=1)
            good &= emd <= self.t + EPS
        return mono, good


def _histograms(gid: I64, ngroups: int, codes: I64, m: int) -> list[tuple[int, I64]]:
    """(first group, (groups × m) counts) in chunks of at most ``_DENSE_CELLS`` cells."""
    per = max(1, _DENSE_CELLS // max(1, m))
    if ngroups <= per:
        cnt = np.bincount(gid * m + codes, minlength=ngroups * m).reshape(ngroups, m)
        return [(0, cnt)]
    order = np.argsort(gid, kind="stable")
    g_sorted = gid[order]
    c_sorted = codes[order]
    edges = np.arange(0, ngroups + per, per)
    bounds = np.searchsorted(g_sorted, edges)
    out: list[tuple[int, I64]] = []
    for j in range(len(edges) - 1):
        lo_g = int(edges[j])
        if lo_g >= ngroups:
            break
        hi_g = min(ngroups, lo_g + per)
        a, b = int(bounds[j]), int(bounds[j + 1])
        g = g_sorted[a:b] - lo_g
        cnt = np.bincount(g * m + c_sorted[a:b], minlength=(hi_g - lo_g) * m)
        out.append((lo_g, cnt.reshape(hi_g - lo_g, m)))
    return out
