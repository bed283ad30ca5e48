"""Full-domain generalization: every value of a QI is replaced by its ancestor at one level
of the QI's hierarchy, the same level for all rows. The candidates form a lattice (one level
per QI); the search returns the node with the lowest loss (mean certainty penalty, a
suppressed row counting 1 in every QI) among the nodes that satisfy the model once the
classes that fail it are suppressed, within the suppression budget.

The search is exact. It rests on two monotone facts:

- Loss bound. A node's loss is at least its generalization cost with nothing suppressed (a
  suppressed cell costs 1, no cell costs more), and that bound is a sum of per-QI, per-level
  column totals, computed for the whole lattice at once. It only grows up the lattice. Nodes
  are taken in the order of the bound, and the search stops when the bound reaches the best
  loss found: nothing later can beat it.
- Monotonicity (as in ARX's Flash). k-anonymity and distinct l-diversity with suppression
  are monotone: merging classes never makes a passing record fail, so a node that passes
  passes all its successors and a node that fails fails all its predecessors. When a node
  fails, a binary search along a path upwards finds the highest failing node on it, and
  every node below that one is dropped unevaluated. Without suppression (budget 0) the
  first passing node is the optimum (its loss equals its bound). Entropy l-diversity and
  t-closeness are not monotone once records are suppressed (a failing class merged with a
  passing one can fail as a whole), so they never tag other nodes then; without suppression
  they are monotone (entropy is concave and the EMD convex under merging).

Evaluation rolls up: a node's classes (count and sensitive histogram per class) are computed
from the classes of an already evaluated node below it, which are far fewer than the rows
above the first levels. The bottom node is the input compressed to its distinct QI tuples.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import polars as pl

from veil.anonymize._encoding import F64, I64, B, CodedQI, Recoded, Rules
from veil.anonymize.model import PrivacyModel
from veil.errors import InputError

__all__ = ["run", "search"]

MAX_NODES = 1_000_000
# roll-up bases kept in memory: at most this many classes in all
_CACHE_CLASSES = 4_000_000


@dataclass
class _Classes:
    """The equivalence classes of one node."""

    rep: I64
    """A distinct input tuple in each class (all of a class's tuples look alike here)."""
    w: I64
    """Rows per class."""
    hist: list[I64]
    """Per sensitive attribute: (classes × values) counts."""


@dataclass
class _Eval:
    mono_pass: bool
    full_pass: bool
    suppressed: int
    loss: float
    classes: int


class _Space:
    """The input compressed to distinct QI tuples, with every level precomputed."""

    def __init__(self, qis: list[CodedQI], rules: Rules, n: int) -> None:
        self.qis = qis
        self.rules = rules
        self.n = n
        self.d = len(qis)
        X = np.stack([q.codes for q in qis], axis=1)
        key = _compact(X)
        _, first, inv, counts = np.unique(
            key, return_index=True, return_inverse=True, return_counts=True
        )
        self.tuple_of_row: I64 = inv.reshape(-1).astype(np.int64)
        u = len(counts)
        leaves = X[first]  # (u, d) leaf codes
        self.heights: list[int] = []
        self.codes: list[list[I64]] = []
        self.card: list[list[int]] = []
        self.ncp: list[list[F64]] = []
        colsum: list[F64] = []
        w = counts.astype(np.int64)
        for j, q in enumerate(qis):
            h = q.hier
            assert h is not None
            self.heights.append(h.height)
            lj: list[I64] = []
            cj: list[int] = []
            nj: list[F64] = []
            for lev in range(h.height):
                c = h.anc[lev][leaves[:, j]].astype(np.int64)
                lj.append(c)
                cj.append(len(h.node_label[lev]))
                nj.append(q.hier_penalty(h.node_start[lev][c], h.node_size[lev][c]))
            self.codes.append(lj)
            self.card.append(cj)
            self.ncp.append(nj)
            wf = w.astype(np.float64)
            colsum.append(np.asarray([float((x * wf).sum()) for x in nj]))
        self.colsum = colsum
        hist = [
            np.bincount(self.tuple_of_row * s.m + s.codes, minlength=u * s.m).reshape(u, s.m)
            for s in rules.sensitive
        ]
        bottom = tuple(0 for _ in qis)
        self.tables: dict[tuple[int, ...], _Classes] = {
            bottom: _Classes(rep=np.arange(u, dtype=np.int64), w=w, hist=hist)
        }
        self.cached = 0
        self.results: dict[tuple[int, ...], _Eval] = {}

    def lower_bound(self, nodes: npt.NDArray[np.int16]) -> F64:
        lb = np.zeros(len(nodes))
        for j in range(self.d):
            lb += self.colsum[j][nodes[:, j]]
        return lb / (self.n * self.d)

    def classes(self, node: tuple[int, ...]) -> _Classes:
        """The node's classes, rolled up from the smallest evaluated node below it."""
        hit = self.tables.get(node)
        if hit is not None:
            return hit
        base = self._base(node)
        c = len(base.rep)
        key = np.zeros(c, dtype=np.int64)
        radix = 1
        for j, lev in enumerate(node):
            card = self.card[j][lev]
            if radix * card >= 1 << 62:
                key = _dense(key)
                radix = int(key.max()) + 1
            key += self.codes[j][lev][base.rep] * radix
            radix *= card
        if radix <= 4 * c + 4096:
            present = np.bincount(key, minlength=radix) > 0
            cid = (np.cumsum(present) - 1)[key]
            ncls = int(present.sum())
        else:
            _, inv = np.unique(key, return_inverse=True)
            cid = inv.reshape(-1).astype(np.int64)
            ncls = int(cid.max()) + 1 if c else 0
        rep = np.empty(ncls, dtype=np.int64)
        rep[cid] = base.rep
        w = np.bincount(cid, weights=base.w, minlength=ncls).astype(np.int64)
        hist = []
        for h in base.hist:
            m = h.shape[1]
            if m <= 16:
                cols = [np.bincount(cid, weights=h[:, v], minlength=ncls) for v in range(m)]
                hist.append(np.stack(cols, axis=1).astype(np.int64))
            else:
                acc = np.zeros((ncls, m), dtype=np.int64)
                np.add.at(acc, cid, h)
                hist.append(acc)
        out = _Classes(rep=rep, w=w, hist=hist)
        self._remember(node, out)
        return out

    def _base(self, node: tuple[int, ...]) -> _Classes:
        best: _Classes | None = None
        for j in range(self.d):
            if node[j] > 0:
                below = (*node[:j], node[j] - 1, *node[j + 1 :])
                t = self.tables.get(below)
                if t is not None and (best is None or len(t.rep) < len(best.rep)):
                    best = t
        if best is not None:
            return best
        for key, t in self.tables.items():
            if all(a <= b for a, b in zip(key, node, strict=True)) and (
                best is None or len(t.rep) < len(best.rep)
            ):
                best = t
        assert best is not None  # the bottom node is always there
        return best

    def _remember(self, node: tuple[int, ...], t: _Classes) -> None:
        self.tables[node] = t
        self.cached += len(t.rep)
        while self.cached > _CACHE_CLASSES and len(self.tables) > 2:
            # forget the oldest roll-up base but never the bottom (the first entry)
            oldest = next(k for i, k in enumerate(self.tables) if i == 1)
            self.cached -= len(self.tables.pop(oldest).rep)

    def evaluate(self, node: tuple[int, ...], budget: int) -> _Eval:
        hit = self.results.get(node)
        if hit is not None:
            return hit
        t = self.classes(node)
        rules = self.rules
        mono: B = t.w >= rules.k
        supp_mono = int(t.w[~mono].sum())
        if supp_mono > budget:  # fails whatever else holds: no need for the rest
            ev = _Eval(False, False, supp_mono, math.inf, 0)
            self.results[node] = ev
            return ev
        full: B = mono.copy()
        for s, h in zip(rules.sensitive, t.hist, strict=True):
            m_ok, f_ok = rules.judge(h, t.w, s)
            mono &= m_ok
            full &= f_ok
        full &= mono
        supp_mono = int(t.w[~mono].sum())
        gone = np.flatnonzero(~full)
        supp_full = int(t.w[gone].sum())
        # generalization cost of the kept rows: all rows minus the suppressed classes
        gen = sum(float(self.colsum[j][lev]) for j, lev in enumerate(node))
        if len(gone):
            pen = np.zeros(len(gone))
            for j, lev in enumerate(node):
                pen += self.ncp[j][lev][t.rep[gone]]
            gen -= float((pen * t.w[gone]).sum())
        ev = _Eval(
            mono_pass=supp_mono <= budget,
            full_pass=supp_full <= budget,
            suppressed=supp_full,
            loss=(gen + self.d * supp_full) / (self.n * self.d),
            classes=int(full.sum()),
        )
        self.results[node] = ev
        return ev


def _dense(key: I64) -> I64:
    _, inv = np.unique(key, return_inverse=True)
    return inv.reshape(-1).astype(np.int64)


def _compact(X: I64) -> I64:
    """One int64 key per row, equal exactly when the rows are equal."""
    key = np.zeros(len(X), dtype=np.int64)
    radix = 1
    for j in range(X.shape[1]):
        c = int(X[:, j].max()) + 1 if len(X) else 1
        if radix * c >= 1 << 62:
            key = _dense(key)
            radix = int(key.max()) + 1
        key += X[:, j].astype(np.int64) * radix
        radix *= c
    return key


def run(
    qis: list[CodedQI],
    rules: Rules,
    n: int,
    budget: int,
    model: PrivacyModel,
    progress: Callable[[str], None] | None = None,
) -> Recoded:
    space = _Space(qis, rules, n)
    total = math.prod(space.heights)
    if total > MAX_NODES:
        raise InputError(
            f"the generalization lattice has {total:,} nodes, too many for an optimal "
            "full-domain search; use fewer hierarchy levels or quasi-identifiers, or "
            "algorithm: local"
        )
    node = search(space, budget, progress)
    if node is None:
        top = tuple(h - 1 for h in space.heights)
        raise InputError(_unreachable(space, top, budget, model))
    return _recode(space, node)


def lattice_nodes(heights: list[int]) -> npt.NDArray[np.int16]:
    """Every node (one level per QI), as rows."""
    grids = np.meshgrid(*[np.arange(h, dtype=np.int16) for h in heights], indexing="ij")
    out: npt.NDArray[np.int16] = np.stack([g.reshape(-1) for g in grids], axis=1)
    return out


def search(
    space: _Space, budget: int, progress: Callable[[str], None] | None = None
) -> tuple[int, ...] | None:
    """The node of least loss that satisfies the model within ``budget`` (among equal
    losses, the first the search meets: deterministic)."""
    nodes = lattice_nodes(space.heights)
    lb = space.lower_bound(nodes)
    # without suppression every part of the model is monotone
    tags_full = budget == 0 or space.rules.monotone_with_suppression
    order = np.lexsort((np.arange(len(nodes)), nodes.sum(axis=1), lb))
    failed = np.zeros(len(nodes), dtype=np.bool_)
    heights = np.asarray(space.heights, dtype=np.int64)
    strides = np.ones(len(heights), dtype=np.int64)
    for j in range(len(heights) - 2, -1, -1):
        strides[j] = strides[j + 1] * heights[j + 1]
    best: tuple[int, ...] | None = None
    best_loss = math.inf

    def fails(i: int) -> bool:
        """Evaluate node i; tag the nodes below it when its monotone part fails."""
        nonlocal best, best_loss
        node = tuple(int(v) for v in nodes[i])
        ev = space.evaluate(node, budget)
        if ev.full_pass and ev.loss < best_loss - 1e-15:
            best, best_loss = node, ev.loss
        bad = not ev.full_pass if tags_full else not ev.mono_pass
        if bad:
            failed[(nodes <= nodes[i]).all(axis=1)] = True
        return bad

    for i in order:
        if lb[i] >= best_loss - 1e-15:
            break
        if failed[i]:
            continue
        if not fails(int(i)):
            continue
        # climb: the highest failing node on a path up through cheap, untagged nodes
        path: list[int] = []
        cur = nodes[i].copy()
        while True:
            step = -1
            for j in np.argsort(-heights):
                if cur[j] + 1 < heights[j]:
                    cand = int((cur * strides).sum() + strides[j])
                    if (
                        not failed[cand]
                        and lb[cand] < best_loss
                        and (step < 0 or lb[cand] < lb[step])
                    ):
                        step = cand
            if step < 0:
                break
            path.append(step)
            cur = nodes[step].copy()
        lo, hi = 0, len(path) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            if failed[path[mid]] or fails(path[mid]):
                lo = mid + 1
            else:
                hi = mid - 1
    if progress is not None:
        progress(f"full-domain: {len(nodes)} nodes, {len(space.results)} evaluated")
    return best


def _unreachable(space: _Space, top: tuple[int, ...], budget: int, model: PrivacyModel) -> str:
    n = space.n
    k = space.rules.k
    if n < k:
        return f"k={model.k} is not reachable: the table has only {n} row(s) (the best is k={n})"
    ev = space.evaluate(top, budget)
    sizes = np.sort(space.classes(top).w)
    need = int(sizes[sizes < k].sum())
    if need > budget:
        # the largest k whose small classes fit in the budget
        before = np.concatenate([[0], np.cumsum(sizes)[:-1]])
        fits = np.flatnonzero(before <= budget)
        best_k = int(sizes[fits[-1]]) if len(fits) else 0
        return (
            f"k={model.k} is not reachable with ≤{model.max_suppression:.1%} suppression: "
            f"the best is k={best_k}; allow {math.ceil(need * 1000 / n) / 10:.1f}% suppression "
            "or drop a "
            "quasi-identifier"
        )
    return (
        f"the privacy model is not reachable with ≤{model.max_suppression:.1%} suppression "
        f"even with every quasi-identifier fully generalized ({ev.suppressed / n:.1%} of the "
        "records would have to be suppressed)"
    )


def _recode(space: _Space, node: tuple[int, ...]) -> Recoded:
    # classes of the distinct tuples at this node, and which classes stay
    u = len(space.tuple_of_row) and int(space.tuple_of_row.max()) + 1
    key = np.zeros(u, dtype=np.int64)
    radix = 1
    for j, lev in enumerate(node):
        card = space.card[j][lev]
        if radix * card >= 1 << 62:
            key = _dense(key)
            radix = int(key.max()) + 1
        key += space.codes[j][lev] * radix
        radix *= card
    cid = _dense(key)
    ncls = int(cid.max()) + 1
    tup_w = np.bincount(space.tuple_of_row, minlength=u)
    sizes = np.bincount(cid, weights=tup_w, minlength=ncls).astype(np.int64)
    rows_cls = cid[space.tuple_of_row]
    ok = space.rules.ok(rows_cls, ncls, sizes)
    kept_tuple = ok[cid]
    kept_rows = kept_tuple[space.tuple_of_row]
    tup = space.tuple_of_row[kept_rows]
    columns: dict[str, pl.Series] = {}
    ncp_sum: dict[str, float] = {}
    levels: dict[str, int] = {}
    for j, q in enumerate(space.qis):
        assert q.hier is not None
        lev = node[j]
        labels = pl.Series(q.hier.node_label[lev], dtype=pl.String)
        columns[q.name] = labels.gather(space.codes[j][lev][tup]).alias(q.name)
        ncp_sum[q.name] = float((space.ncp[j][lev] * kept_tuple * tup_w).sum())
        levels[q.name] = lev
    return Recoded(kept=kept_rows, columns=columns, ncp_sum=ncp_sum, levels=levels)
