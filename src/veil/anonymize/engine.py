"""``anonymize()``: check the input, run local recoding or full-domain generalization, verify
the result independently, and measure what it cost.

Information loss is the normalized certainty penalty (NCP; Xu et al., 2006), the measure
ARX reports as "loss". Penalties are relative to the values that occur in the input column
(its domain), one cell at a time:

- numeric range ``[lo-hi]``: ``(hi - lo) / (max - min)`` of the input column;
- hierarchy node: ``(input values under the node - 1) / (input values - 1)``: 0 for a
  leaf, 1 for the root;
- value set ``{a,b}`` (a categorical QI without a hierarchy): ``(|set| - 1) / (input
  values - 1)``: the same formula, every value a leaf under one root;
- a suppressed record: 1 in every QI.

``ncp_by_column`` averages a QI's penalty over all input rows, suppressed ones included;
``ncp`` is the mean over the QIs.

Why this one. ARX's loss gives a node the share of the domain it covers and normalizes a
leaf to 0 and the root to 1, i.e. ``(share - 1/|D|) / (1 - 1/|D|)``, which is the formula
above with ``|D|`` = the values present in the data (not the hierarchy's leaves: Adult's age
hierarchy has 100 leaves for 74 ages). Checked on Adult (k=5, <=5% suppression): ARX 3.9
reports NCP 0.293 and 400 classes; its solution node (the one minimizing ARX's default
objective, the geometric mean over QIs of 1 + loss) measures 0.2923 here, with 399 classes
plus the suppressed records, which ARX counts as one more class. With the hierarchy's
leaves as the domain it would measure 0.2795. anonypy computes no loss figure at all (the
benchmark applies these formulas to its partitions). veil's full-domain search minimizes
this mean NCP, so it can pick a different node than ARX (0.2748 on Adult).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence

import numpy as np
import numpy.typing as npt
import polars as pl

from veil.anonymize import lattice, mondrian, refine, verify
from veil.anonymize._encoding import CodedQI, Recoded, Rules, SensitiveCode, encode_hierarchy
from veil.anonymize.model import Anonymized, PrivacyModel, QuasiIdentifier
from veil.errors import InputError, VeilError

__all__ = ["anonymize"]


def anonymize(
    table: pl.DataFrame,
    qis: Sequence[QuasiIdentifier],
    sensitive: Sequence[str],
    model: PrivacyModel,
    *,
    progress: Callable[[str], None] | None = None,
) -> Anonymized:
    """Generalize the quasi-identifiers of ``table`` (and suppress rows, within
    ``model.max_suppression``) until every equivalence class satisfies ``model``.

    The result is checked by :func:`veil.anonymize.verify.check` before it is returned; a
    failed check is a bug and raises :class:`~veil.errors.VeilError`. Bad input (unknown
    columns, uncovered hierarchy values, non-numeric values in a numeric QI, an empty table,
    a model that cannot be reached) raises :class:`~veil.errors.InputError`.
    """
    start = time.perf_counter()
    qis = list(qis)
    sens_names = list(sensitive)
    _check_model(model, qis, sens_names)
    _check_columns(table, qis, sens_names)
    n = table.height
    if n == 0:
        raise InputError("the table is empty: there is nothing to anonymize")
    if model.algorithm == "full-domain":
        bare = [q.name for q in qis if q.hierarchy is None]
        if bare:
            raise InputError(
                "full-domain generalization needs a hierarchy for every quasi-identifier; "
                f"{_names(bare)} {'has' if len(bare) == 1 else 'have'} none "
                "(give one, or use algorithm: local)"
            )
    coded = [_encode_qi(table, q) for q in qis]
    sens = [_encode_sensitive(table, s) for s in sens_names]
    rules = Rules(model, sens)
    budget = math.floor(model.max_suppression * n + 1e-9)
    if progress is not None:
        progress(f"{model.algorithm}: {n} rows, {len(qis)} quasi-identifiers")
    if model.algorithm == "full-domain":
        rec = lattice.run(coded, rules, n, budget, model, progress)
    else:
        _check_root(rules, n, budget, model)
        rec = _local(coded, rules, budget, progress)
    kept = pl.Series("kept", rec.kept)
    out = table.filter(kept).with_columns(list(rec.columns.values()))
    suppressed = n - out.height
    names = [q.name for q in qis]
    if progress is not None:
        progress("verifying the result")
    problems = verify.check(out, names, sens_names, model, table)
    if problems:
        raise VeilError(
            "internal: anonymization result failed verification: " + "; ".join(problems[:5])
        )
    classes = out.select(names).n_unique() if out.height else 0
    ncp_by = {c: (rec.ncp_sum[c] + suppressed) / n for c in names}
    return Anonymized(
        table=out,
        suppressed=suppressed,
        classes=classes,
        ncp=sum(ncp_by.values()) / len(ncp_by),
        ncp_by_column=ncp_by,
        algorithm=model.algorithm,
        levels=rec.levels,
        seconds=time.perf_counter() - start,
    )


def _local(
    coded: list[CodedQI], rules: Rules, budget: int, progress: Callable[[str], None] | None
) -> Recoded:
    """Strict Mondrian and relaxed recoding (:mod:`veil.anonymize.refine`); the result
    with the lower certainty penalty (suppressed rows count 1 per QI) wins."""
    attrs = [mondrian.Attr(q) for q in coded]
    X = np.stack([q.codes for q in coded], axis=1).astype(np.int64)
    best = mondrian.recode(attrs, X, mondrian.partition(attrs, X, rules, budget, progress))
    relaxed = refine.run(attrs, X, rules, budget, progress)
    if relaxed is not None:
        other = mondrian.recode(attrs, X, relaxed)
        if _loss(other) < _loss(best) - 1e-9:
            best = other
    return best


def _loss(rec: Recoded) -> float:
    return sum(rec.ncp_sum.values()) + float((~rec.kept).sum()) * len(rec.ncp_sum)


def _names(cols: Sequence[str]) -> str:
    return ", ".join(repr(c) for c in cols)


def _check_model(model: PrivacyModel, qis: list[QuasiIdentifier], sens: list[str]) -> None:
    if not qis:
        raise InputError("no quasi-identifiers declared: there is nothing to generalize")
    if model.k < 1:
        raise InputError(f"k must be at least 1, not {model.k}")
    if model.l is not None and model.l < 1:
        raise InputError(f"l must be at least 1, not {model.l}")
    if model.l_entropy is not None and model.l_entropy < 1:
        raise InputError(f"l_entropy must be at least 1, not {model.l_entropy}")
    if model.t is not None and not 0 <= model.t <= 1:
        raise InputError(f"t must be between 0 and 1, not {model.t}")
    if not 0 <= model.max_suppression <= 1:
        raise InputError(f"max_suppression must be between 0 and 1, not {model.max_suppression}")
    if model.algorithm not in ("local", "full-domain"):
        raise InputError(f"unknown algorithm {model.algorithm!r} (local or full-domain)")
    if model.t_distance not in ("equal", "ordered"):
        raise InputError(f"unknown t-closeness distance {model.t_distance!r} (equal or ordered)")
    wants = [
        name
        for name, on in (
            ("l-diversity", model.l is not None and model.l > 1),
            ("entropy l-diversity", model.l_entropy is not None and model.l_entropy > 1),
            ("t-closeness", model.t is not None and model.t < 1),
        )
        if on
    ]
    if wants and not sens:
        raise InputError(f"{' and '.join(wants)} need at least one sensitive attribute")
    names = [q.name for q in qis]
    dup = sorted({c for c in names if names.count(c) > 1})
    if dup:
        raise InputError(f"quasi-identifier {_names(dup)} is declared twice")
    both = sorted(set(names) & set(sens))
    if both:
        raise InputError(
            f"{_names(both)} cannot be both a quasi-identifier and a sensitive attribute"
        )


def _check_columns(table: pl.DataFrame, qis: list[QuasiIdentifier], sens: list[str]) -> None:
    have = set(table.columns)
    unknown_q = [q.name for q in qis if q.name not in have]
    unknown_s = [s for s in sens if s not in have]
    if unknown_q or unknown_s:
        parts = []
        if unknown_q:
            parts.append(f"quasi-identifier {_names(unknown_q)}")
        if unknown_s:
            parts.append(f"sensitive attribute {_names(unknown_s)}")
        cols = ", ".join(table.columns[:20]) + (", ..." if len(table.columns) > 20 else "")
        raise InputError(f"unknown column: {' and '.join(parts)} (the table has: {cols})")


def _encode_qi(table: pl.DataFrame, q: QuasiIdentifier) -> CodedQI:
    col = table.get_column(q.name)
    nulls = col.null_count()
    if col.dtype.is_float():
        nulls += int(col.is_nan().sum())
    if nulls:
        raise InputError(
            f"column {q.name!r}: {nulls} empty value(s); a quasi-identifier needs a value in "
            "every row (fill or drop those rows first)"
        )
    numbers = _parse_numeric(col, q.name) if q.numeric else None
    if q.hierarchy is not None:
        q.hierarchy.check_covers(col)
        hc = encode_hierarchy(q.hierarchy)
        codes = (
            col.cast(pl.String)
            .replace_strict(hc.leaf_index, return_dtype=pl.Int64)
            .to_numpy()
            .astype(np.int64)
        )
        seen = np.zeros(hc.leaves, dtype=np.int64)
        seen[np.unique(codes)] = 1
        return CodedQI(
            name=q.name,
            kind="hier",
            codes=codes,
            ncodes=hc.leaves,
            labels=hc.leaf_labels,
            hier=hc,
            present=np.concatenate([[0], np.cumsum(seen)]).astype(np.int64),
        )
    if numbers is not None:
        values, inverse = np.unique(numbers.to_numpy(), return_inverse=True)
        labels = pl.Series(values, dtype=numbers.dtype).cast(pl.String).to_list()
        return CodedQI(
            name=q.name,
            kind="numeric",
            codes=inverse.astype(np.int64).reshape(-1),
            ncodes=len(values),
            labels=[str(x) for x in labels],
            values=values.astype(np.float64),
        )
    strings = col.cast(pl.String)
    uniq = strings.unique().sort()
    cat_codes = strings.replace_strict(
        uniq, pl.Series(np.arange(len(uniq), dtype=np.int64)), return_dtype=pl.Int64
    )
    return CodedQI(
        name=q.name,
        kind="cat",
        codes=cat_codes.to_numpy().astype(np.int64),
        ncodes=len(uniq),
        labels=[str(x) for x in uniq.to_list()],
    )


def _parse_numeric(col: pl.Series, name: str) -> pl.Series:
    if col.dtype.is_integer():
        return col.cast(pl.Int64)
    if col.dtype.is_float():
        if col.is_infinite().any():
            raise InputError(f"column {name!r}: infinite values in a numeric quasi-identifier")
        return col.cast(pl.Float64)
    s = col.cast(pl.String).str.strip_chars()
    ints = s.cast(pl.Int64, strict=False)
    if ints.null_count() == 0:
        return ints
    floats = s.cast(pl.Float64, strict=False)
    bad = s.filter(floats.is_null() | floats.is_nan() | floats.is_infinite()).unique().sort()
    if bad.len():
        sample = ", ".join(repr(v) for v in bad.head(5).to_list())
        raise InputError(
            f"column {name!r} is a numeric quasi-identifier but has {bad.len()} value(s) that "
            f"are not numbers, e.g. {sample}"
        )
    return floats


def _encode_sensitive(table: pl.DataFrame, name: str) -> SensitiveCode:
    col = table.get_column(name)
    if not (col.dtype.is_numeric() or col.dtype == pl.String):
        col = col.cast(pl.String)
    rank = col.rank("dense")
    m = int(rank.max() or 0)  # type: ignore[arg-type]
    if rank.null_count():
        m += 1
        rank = rank.fill_null(m)
    codes = (rank.to_numpy().astype(np.int64) - 1).reshape(-1)
    p = np.bincount(codes, minlength=m).astype(np.float64) / len(codes)
    return SensitiveCode(name=name, codes=codes, m=m, p=p)


def _check_root(rules: Rules, n: int, budget: int, model: PrivacyModel) -> None:
    """Local recoding starts from one class of every row; it must satisfy the model."""
    gid = np.zeros(n, dtype=np.int64)
    sizes = np.array([n], dtype=np.int64)
    if rules.ok(gid, 1, sizes)[0]:
        return
    if n < rules.k:
        raise InputError(
            f"k={model.k} is not reachable: the table has only {n} row(s) (the best is k={n})"
        )
    raise InputError(unreachable_sensitive(rules, np.ones(n, dtype=np.bool_)))


def unreachable_sensitive(rules: Rules, rows: npt.NDArray[np.bool_]) -> str:
    """Why l or t cannot hold even for one class holding ``rows``."""
    for s in rules.sensitive:
        codes = s.codes[rows]
        counts = np.bincount(codes, minlength=s.m)
        distinct = int((counts > 0).sum())
        if rules.l is not None and distinct < rules.l:
            return (
                f"l={rules.l} is not reachable: sensitive attribute {s.name!r} has only "
                f"{distinct} distinct value(s) in the whole table"
            )
        if rules.log_le is not None:
            q = counts[counts > 0] / counts.sum()
            best = math.exp(float(-(q * np.log(q)).sum()))
            if math.log(best) < rules.log_le:
                return (
                    f"entropy l={math.exp(rules.log_le):g} is not reachable: sensitive attribute "
                    f"{s.name!r} has an entropy l of only {best:.2f} over the whole table"
                )
    return "the privacy model is not reachable even with every quasi-identifier generalized"
