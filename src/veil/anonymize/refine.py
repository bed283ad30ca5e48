"""Relaxed local recoding: optimal 1-D partitioning of a Mondrian order, then local search.

Strict Mondrian (:mod:`veil.anonymize.mondrian`) cuts the whole domain along one QI at a
time, so every class is a box. With value hierarchies boxes are costly: a box that has to
hold rows from two children of a node is generalized to the node, and real hierarchies are
coarse (Adult's ``race`` has nothing between its leaves and ``*``). Relaxed recoding lets a
class be any group of at least k rows:

1. **Order.** Mondrian's partition tree for k=2 (k alone) puts next to each other the rows
   that share the QIs its cuts saved most on; inside a leaf, rows are sorted by the QIs.
2. **Segment.** The order is cut into runs of k..L rows, and single suppressed rows, by
   dynamic programming that minimizes the certainty penalty exactly for that order. This
   is the optimal 1-D k-anonymization of Ghinita, Karras, Kalnis and Mamoulis ("Fast data
   anonymization with low information loss", VLDB 2007), who order by a Hilbert curve
   instead. A run is allowed only if it satisfies the whole privacy model. A suppressed
   row costs 1 per QI, as it does in the NCP, and at most the suppression budget is used.
3. **Improve.** Neighbouring classes are pooled in pairs, sorted by each QI in turn, and cut
   again where the two halves cost least and both satisfy the model. This is vectorized
   over all pairs at once, and each pass takes every improving re-cut. Passes alternate
   which neighbours pair up.

Penalties during the search treat a categorical value set as the run of codes between its
smallest and largest value (an upper bound); the engine recodes exactly afterwards and
keeps whichever of strict Mondrian and this result costs less, so relaxing never loses.

Two classes can end up with the same strings, and they are then one class in the output.
That is safe: the union of two groups that satisfy k, distinct or entropy l-diversity and
t-closeness against the input's distribution satisfies them too (entropy is concave, the
distance is convex). The verifier checks the written table in any case.

Written here because no maintained library does k-anonymous partitioning with l and t over
hierarchies, vectorized (ARX is Java; the Python Mondrian packages are per-row loops).
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np

from veil.anonymize._encoding import F64, I64, B, Rules
from veil.anonymize.model import PrivacyModel
from veil.anonymize.mondrian import Attr, Partition, partition, ramp

__all__ = ["run"]

_PULL = 4.0  # Mondrian's pull towards wide QIs for the ordering tree (tuned on Adult)
_ROUNDS = 1  # improvement rounds; each tries every QI as sort key with both pairings
_RETRIES = 3  # candidate cuts per pair tried when the best one fails l or t


def run(
    attrs: list[Attr],
    X: I64,
    rules: Rules,
    budget: int,
    progress: Callable[[str], None] | None = None,
) -> Partition | None:
    """A relaxed partition of the rows of ``X``, or None when no run of the order satisfies
    the model within the suppression budget."""
    n, d = X.shape
    k = rules.k
    same, rest = _peel(X, rules)
    if progress is not None:
        progress(f"relaxed recoding: {n - len(rest)} rows in classes of identical rows")
    lens_same = np.bincount(same[1]) if len(same[0]) else np.zeros(0, dtype=np.int64)
    lens_same = lens_same[lens_same > 0]
    order = np.zeros(0, dtype=np.int64)
    lens = np.zeros(0, dtype=np.int64)
    gone = np.zeros(0, dtype=np.int64)
    if len(rest):
        Xr = X[rest]
        tree = partition(attrs, Xr, Rules(PrivacyModel(k=min(2, k)), []), 0, pull=_PULL)
        leaf = np.repeat(np.arange(len(tree.lens), dtype=np.int64), tree.lens)
        local = tree.perm[: len(leaf)]
        keys = [Xr[local, j] for j in reversed(range(d))]
        order = rest[local[np.lexsort([*keys, leaf])]]
        lmax = 2 * k - 1 if not rules.uses_sensitive else 4 * k
        if progress is not None:
            progress(f"relaxed recoding: segmenting {len(rest)} rows")
        seg = _segment(attrs, X, rules, order, lmax, budget)
        if seg is None:
            return None
        order, lens, gone = seg
        _search(attrs, X, rules, order, lens, progress)
    kept = np.ones(n, dtype=np.bool_)
    kept[gone] = False
    lens = np.concatenate([lens_same, lens])
    starts = np.zeros(len(lens), dtype=np.int64)
    np.cumsum(lens[:-1], out=starts[1:])
    return Partition(np.concatenate([same[0], order, gone]), kept, starts, lens)


def _peel(X: I64, rules: Rules) -> tuple[tuple[I64, I64], I64]:
    """Rows whose exact QI values occur at least k times, in groups that satisfy the model,
    cost nothing as their own class: ((those rows, grouped; their group number), the other
    rows)."""
    n, d = X.shape
    top = X.max(axis=0).astype(np.float64) + 1 if n else np.ones(d)
    if float(np.prod(top)) < 2**62:  # one integer key per row
        key = np.zeros(n, dtype=np.int64)
        for j in range(d):
            key = key * int(top[j]) + X[:, j]
        _, inv, cnt = np.unique(key, return_inverse=True, return_counts=True)
    else:
        _, inv, cnt = np.unique(X, axis=0, return_inverse=True, return_counts=True)
    inv = inv.reshape(-1)
    ok = cnt >= rules.k
    if rules.uses_sensitive and ok.any():
        ok &= rules.ok(inv, len(cnt), cnt)
    take = ok[inv]
    rows = np.flatnonzero(take)
    rows = rows[np.argsort(inv[rows], kind="stable")]
    _, group = np.unique(inv[rows], return_inverse=True)
    return (rows, group.reshape(-1).astype(np.int64)), np.flatnonzero(~take)


def _search(
    attrs: list[Attr],
    X: I64,
    rules: Rules,
    order: I64,
    lens: I64,
    progress: Callable[[str], None] | None,
) -> None:
    """Re-cut neighbouring classes (see :func:`_improve`) with each QI as the sort key."""
    n, d = X.shape
    rows = order
    ranks = []
    for j in range(d):  # rank of each row sorted by QI j, then the others
        rank = np.zeros(n, dtype=np.int64)
        xs = X[rows]
        rank[rows[np.lexsort([xs[:, i] for i in reversed(range(d)) if i != j] + [xs[:, j]])]] = (
            np.arange(len(rows))
        )
        ranks.append(rank)
    for _ in range(_ROUNDS):
        changed = 0
        for j in range(d):
            for shift in (0, 1):
                changed += _improve(attrs, X, rules, order, lens, ranks[j], shift)
        if progress is not None:
            progress(f"relaxed recoding: {len(lens)} classes, {changed} re-cut")
        if not changed:
            break


def _costs(attrs: list[Attr], mn: I64, mx: I64) -> F64:
    """The summed certainty penalty over the QIs of groups with these code bounds."""
    total = np.zeros(len(mn))
    for j, a in enumerate(attrs):
        total += a.width(mn[:, j], mx[:, j])
    return total


def _segment(
    attrs: list[Attr], X: I64, rules: Rules, order: I64, lmax: int, budget: int
) -> tuple[I64, I64, I64] | None:
    """Optimal runs of ``order`` (k..lmax rows, or one suppressed row): (kept rows in run
    order, run lengths, suppressed rows)."""
    n, d = len(order), X.shape[1]
    k = rules.k
    Xo = X[order]
    costs: list[list[float]] = []
    mn, mx = Xo.copy(), Xo.copy()
    for L in range(2, lmax + 1):
        if n < L:
            break
        mn = np.minimum(mn[:-1], Xo[L - 1 :])
        mx = np.maximum(mx[:-1], Xo[L - 1 :])
        if k > L:
            continue
        c = _costs(attrs, mn, mx) * L
        if rules.uses_sensitive:
            c[~_windows_ok(rules, order, L)] = math.inf
        costs.append(c.tolist())
    if k == 1:  # single rows cost nothing, if they satisfy l and t
        c = np.zeros(n)
        if rules.uses_sensitive:
            c[~_windows_ok(rules, order, 1)] = math.inf
        costs.insert(0, c.tolist())
    for skip in (float(d), 2.0 * d, 8.0 * d, math.inf):
        choice = _dp(costs, n, k, skip if budget > 0 else math.inf)
        if choice is None:
            return None
        lens_r: list[int] = []
        gone_r: list[int] = []
        j = n
        while j > 0:
            run_len = choice[j]
            if run_len == 0:
                gone_r.append(j - 1)
                j -= 1
            else:
                lens_r.append(run_len)
                j -= run_len
        if len(gone_r) <= budget:
            break
    else:  # pragma: no cover - the last skip cost is infinite, which suppresses nothing
        return None
    gone_pos = np.asarray(gone_r[::-1], dtype=np.int64)
    keep = np.ones(n, dtype=np.bool_)
    keep[gone_pos] = False
    return order[keep], np.asarray(lens_r[::-1], dtype=np.int64), order[gone_pos]


def _dp(costs: list[list[float]], n: int, k: int, skip: float) -> list[int] | None:
    """best[j] = the least cost of the first j rows; choice[j] = length of the last run
    (0: row j-1 suppressed). None when the rows cannot be covered."""
    inf = math.inf
    best = [0.0] + [inf] * n
    choice = [0] * (n + 1)
    nl = len(costs)
    for j in range(1, n + 1):
        b = best[j - 1] + skip
        c = 0
        for i in range(min(nl, j - k + 1)):
            L = k + i
            v = best[j - L] + costs[i][j - L]
            if v < b:
                b = v
                c = L
        best[j] = b
        choice[j] = c
    return None if best[n] == inf else choice


def _windows_ok(rules: Rules, order: I64, L: int) -> B:
    """Whether each run of ``L`` rows of ``order`` satisfies the sensitive part of the
    model (in chunks, so that counts stay small for attributes with many values)."""
    nw = len(order) - L + 1
    ok = np.ones(nw, dtype=np.bool_)
    sizes = np.full(nw, L, dtype=np.int64)
    for s in rules.sensitive:
        codes = s.codes[order]
        step = max(1, 2_000_000 // max(1, s.m) - L)
        for a in range(0, nw, step):
            b = min(nw, a + step)
            nrows = b - a + L - 1
            onehot = np.zeros((nrows, s.m), dtype=np.int32)
            onehot[np.arange(nrows), codes[a : a + nrows]] = 1
            cum = np.zeros((nrows + 1, s.m), dtype=np.int64)
            np.cumsum(onehot, axis=0, out=cum[1:])
            cnt = cum[L : L + b - a] - cum[: b - a]
            mono, good = rules.judge(cnt, sizes[a:b], s)
            ok[a:b] &= mono & good
    return ok


def _seg_min_max(v: I64, seg: I64, nseg: int, ncodes: int) -> tuple[I64, I64, I64, I64]:
    """Prefix and suffix min/max of ``v`` within runs of equal, ascending ``seg``."""
    c = ncodes
    pmax = np.maximum.accumulate(seg * c + v) - seg * c
    pmin = (c - 1) - (np.maximum.accumulate(seg * c + (c - 1 - v)) - seg * c)
    rseg = (nseg - 1 - seg)[::-1]
    rv = v[::-1]
    smax = (np.maximum.accumulate(rseg * c + rv) - rseg * c)[::-1]
    smin = ((c - 1) - (np.maximum.accumulate(rseg * c + (c - 1 - rv)) - rseg * c))[::-1]
    return pmin, pmax, smin, smax


def _improve(
    attrs: list[Attr], X: I64, rules: Rules, order: I64, lens: I64, rank: I64, shift: int
) -> int:
    """One pass: pair class ``2i + shift`` with the next, sort each pair's rows by ``rank``
    (a row's place when sorted by one QI, then the others), and take the cheapest cut that
    leaves k rows on each side and satisfies the model, where it beats the current two
    classes. Updates ``order`` and ``lens`` in place; returns the number of pairs re-cut."""
    g = len(lens)
    a = np.arange(shift, g - 1, 2, dtype=np.int64)
    if not len(a):
        return 0
    k = rules.k
    starts = np.zeros(g, dtype=np.int64)
    np.cumsum(lens[:-1], out=starts[1:])
    npair = len(a)
    plen = lens[a] + lens[a + 1]
    pos = np.repeat(starts[a], plen) + ramp(plen)
    pid = np.repeat(np.arange(npair, dtype=np.int64), plen)
    rows = order[pos]
    rows = rows[np.argsort(pid * len(rank) + rank[rows])]
    # current cost of the two classes of each pair
    xs = X[order]
    offs = starts
    cmn = np.minimum.reduceat(xs, offs, axis=0)
    cmx = np.maximum.reduceat(xs, offs, axis=0)
    ccost = _costs(attrs, cmn, cmx) * lens
    cur = ccost[a] + ccost[a + 1]
    # cost of cutting after each position
    wl = np.zeros(len(rows))
    wr = np.zeros(len(rows))
    xr = X[rows]
    for j, at in enumerate(attrs):
        pmin, pmax, smin, smax = _seg_min_max(xr[:, j], pid, npair, at.q.ncodes)
        wl += at.width(pmin, pmax)
        wr += at.width(smin, smax)
    r = ramp(plen)
    size_r = np.repeat(plen, plen) - r - 1
    wr_next = np.empty_like(wr)
    wr_next[:-1] = wr[1:]
    wr_next[-1] = 0.0
    total = (r + 1) * wl + size_r * wr_next
    total[(r + 1 < k) | (size_r < k)] = math.inf
    poff = np.zeros(npair, dtype=np.int64)
    np.cumsum(plen[:-1], out=poff[1:])
    accepted = np.zeros(npair, dtype=np.bool_)
    cut = np.zeros(npair, dtype=np.int64)
    open_ = np.ones(npair, dtype=np.bool_)
    for _ in range(_RETRIES if rules.uses_sensitive else 1):
        best = np.lexsort((total, pid))[poff]  # position of each pair's cheapest cut
        better = open_ & (total[best] < cur - 1e-9)
        u = np.flatnonzero(better)
        if not len(u):
            break
        if rules.uses_sensitive:
            upos = np.repeat(poff[u], plen[u]) + ramp(plen[u])
            uu = np.repeat(np.arange(len(u), dtype=np.int64), plen[u])
            right = r[upos] > (best[u] - poff[u])[uu]
            gid = uu * 2 + right
            left_n = best[u] - poff[u] + 1
            sizes = np.stack([left_n, plen[u] - left_n], axis=1).reshape(-1)
            ok = rules.ok(gid, 2 * len(u), sizes, rows[upos]).reshape(-1, 2).all(axis=1)
            total[best[u[~ok]]] = math.inf
            u = u[ok]
        accepted[u] = True
        cut[u] = best[u] - poff[u] + 1
        open_[u] = False
    if not accepted.any():
        return 0
    take = accepted[pid]
    order[pos[take]] = rows[take]
    lens[a[accepted]] = cut[accepted]
    lens[a[accepted] + 1] = plen[accepted] - cut[accepted]
    return int(accepted.sum())
