"""The independent check of an anonymized table: the oracle that runs after every
anonymization (and that tests run on hand-made tables).

It knows nothing of how the table was made. It groups the rows by the quasi-identifier
columns *as written* (so two classes whose strings coincide count as one) and checks, for
every class:

- at least ``k`` rows;
- distinct l-diversity: at least ``l`` distinct values of every sensitive attribute;
- entropy l-diversity: ``-sum(q log q) >= log(l_entropy)`` for every sensitive attribute;
- t-closeness: the earth mover's distance between the class's distribution of every
  sensitive attribute and the attribute's distribution in the ORIGINAL table (the output's own
  distribution when ``original`` is None) is at most ``t``. Equal distance: half the L1
  distance. Ordered distance: the values in sorted order (numeric order for numeric columns),
  ``sum_i |Q(i) - P(i)| / (m - 1)`` over the cumulative distributions;

and that the suppressed share (rows of ``original`` missing from ``table``) is at most
``max_suppression``. Written with Polars group-bys and a prefix-sum EMD on purpose unlike
the algorithms' dense histograms; it shares no code with them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
import polars as pl

from veil.anonymize.model import PrivacyModel

__all__ = ["check"]

_TOL = 1e-9


def check(
    table: pl.DataFrame,
    qi_names: Sequence[str],
    sensitive: Sequence[str],
    model: PrivacyModel,
    original: pl.DataFrame | None = None,
) -> list[str]:
    """Problems found in ``table`` (empty: it satisfies ``model``)."""
    qi = list(qi_names)
    sens = list(sensitive)
    problems: list[str] = []
    missing = [c for c in [*qi, *sens] if c not in table.columns]
    if missing:
        return [f"column {c!r} is missing from the output" for c in missing]
    if not qi:
        return ["no quasi-identifiers to check"]
    if original is not None:
        n_in, n_out = original.height, table.height
        if n_out > n_in:
            problems.append(f"the output has more rows ({n_out}) than the input ({n_in})")
        elif n_in and (n_in - n_out) / n_in > model.max_suppression + _TOL:
            problems.append(
                f"{n_in - n_out} of {n_in} rows suppressed ({(n_in - n_out) / n_in:.2%}), "
                f"more than max_suppression {model.max_suppression:.2%}"
            )
    if table.height == 0:
        return problems
    keyed = table.select(
        pl.struct([pl.col(c).cast(pl.String) for c in qi]).rank("dense").alias("__class"),
        *[pl.col(s) for s in sens],
    )
    sizes = keyed.group_by("__class").agg(pl.len().alias("n"))
    small = sizes.filter(pl.col("n") < model.k)
    if small.height:
        problems.append(
            f"{small.height} equivalence class(es) have fewer than k={model.k} rows "
            f"(smallest: {small['n'].min()!s})"
        )
    reference = original if original is not None else table
    for s in sens:
        problems.extend(_check_sensitive(keyed, s, model, reference.get_column(s)))
    return problems


def _check_sensitive(
    keyed: pl.DataFrame, s: str, model: PrivacyModel, reference: pl.Series
) -> list[str]:
    problems: list[str] = []
    counts = (
        keyed.group_by("__class", s)
        .agg(pl.len().alias("c"))
        .with_columns(pl.col("c").sum().over("__class").alias("n"))
    )
    per_class = counts.group_by("__class").agg(
        pl.len().alias("distinct"),
        pl.col("n").first(),
        (-(pl.col("c") / pl.col("n")) * (pl.col("c") / pl.col("n")).log()).sum().alias("h"),
    )
    if model.l is not None and model.l > 1:
        bad = per_class.filter(pl.col("distinct") < model.l)
        if bad.height:
            problems.append(
                f"{bad.height} class(es) have fewer than l={model.l} distinct values of {s!r} "
                f"(fewest: {bad['distinct'].min()!s})"
            )
    if model.l_entropy is not None and model.l_entropy > 1:
        bad = per_class.filter(pl.col("h") < math.log(model.l_entropy) - _TOL)
        if bad.height:
            worst = math.exp(float(bad["h"].min()))  # type: ignore[arg-type]
            problems.append(
                f"{bad.height} class(es) have entropy l below {model.l_entropy:g} for {s!r} "
                f"(lowest: {worst:.4f})"
            )
    if model.t is not None and model.t < 1:
        emd = (
            _emd_ordered(counts, s, reference)
            if model.t_distance == "ordered"
            else _emd_equal(counts, s, reference)
        )
        worst = float(emd.max()) if len(emd) else 0.0
        over = int((emd > model.t + _TOL).sum())
        if over:
            problems.append(
                f"{over} class(es) are farther than t={model.t:g} from the distribution of "
                f"{s!r} (largest distance: {worst:.4f})"
            )
    return problems


def _distribution(reference: pl.Series, s: str) -> pl.DataFrame:
    ref = reference.alias(s)
    return (
        ref.to_frame()
        .group_by(s)
        .agg(pl.len().alias("pc"))
        .with_columns((pl.col("pc") / ref.len()).alias("p"))
        .select(s, "p")
    )


def _emd_equal(counts: pl.DataFrame, s: str, reference: pl.Series) -> npt.NDArray[np.float64]:
    """0.5 * sum_v |q_v - p_v| = 0.5 * (1 + sum over values present in the class of
    (|q_v - p_v| - p_v)), since absent values contribute p_v."""
    p = _distribution(reference.cast(counts.schema[s]), s)
    joined = counts.join(p, on=s, how="left", nulls_equal=True).with_columns(
        pl.col("p").fill_null(0.0)
    )
    per = joined.group_by("__class").agg(
        ((pl.col("c") / pl.col("n") - pl.col("p")).abs() - pl.col("p")).sum().alias("x")
    )
    return np.asarray(0.5 * (1.0 + per["x"].to_numpy()), dtype=np.float64)


def _emd_ordered(counts: pl.DataFrame, s: str, reference: pl.Series) -> npt.NDArray[np.float64]:
    """Sum over the sorted values of |Q(i) - P(i)| / (m - 1), with Q and P cumulative.
    Q is a step function over the values present in the class; on each step the sum of
    |c - P(i)| splits where the (non-decreasing) P crosses c, and prefix sums of P give both
    parts."""
    ref = reference.cast(counts.schema[s]).alias(s)
    values = pl.concat([ref, counts.get_column(s)]).unique().sort(nulls_last=True)
    m = values.len()
    if m <= 1:
        return np.zeros(counts.get_column("__class").n_unique())
    idx = {"__v": values, "__i": np.arange(m)}
    index = pl.DataFrame(idx).rename({"__v": s})
    pc = ref.to_frame().join(index, on=s, how="left", nulls_equal=True).get_column("__i").to_numpy()
    pcum = np.cumsum(np.bincount(pc, minlength=m) / ref.len())
    prefix = np.concatenate([[0.0], np.cumsum(pcum)])  # prefix[i] = sum_{j<i} P(j)
    c = (
        counts.join(index, on=s, how="left", nulls_equal=True)
        .sort("__class", "__i")
        .select("__class", "__i", (pl.col("c") / pl.col("n")).alias("q"))
    )
    cls = c.get_column("__class").to_numpy()
    pos = c.get_column("__i").to_numpy().astype(np.int64)
    q = c.get_column("q").to_numpy()
    first = np.r_[True, cls[1:] != cls[:-1]]
    group = np.cumsum(first) - 1
    qcum = np.cumsum(q)
    qcum -= np.repeat(qcum[first] - q[first], np.diff(np.r_[np.flatnonzero(first), len(q)]))
    # steps: [0, pos_first) at 0 per class, then [pos_j, pos_{j+1}) at qcum_j, the last to m
    nxt = np.r_[pos[1:], m]
    nxt[np.r_[first[1:], True]] = m  # the last value of each class: its step runs to the end
    lo = np.concatenate([np.zeros(int(first.sum()), dtype=np.int64), pos])
    hi = np.concatenate([pos[first], nxt])
    level = np.concatenate([np.zeros(int(first.sum())), qcum])
    owner = np.concatenate([np.arange(int(first.sum())), group])
    cut = np.clip(np.searchsorted(pcum, level, side="right"), lo, hi)
    below = level * (cut - lo) - (prefix[cut] - prefix[lo])
    above = (prefix[hi] - prefix[cut]) - level * (hi - cut)
    total = np.bincount(owner, weights=below + above, minlength=int(first.sum()))
    return np.asarray(total / (m - 1), dtype=np.float64)
