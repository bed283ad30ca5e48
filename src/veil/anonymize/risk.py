"""Re-identification risk of a table, and what protecting it cost (information loss and a
downstream classifier), before and after ``veil protect``.

Risk (:func:`risk`) is measured over the equivalence classes of the quasi-identifiers (rows
that agree on every QI), in the usual attacker models of El Emam & Dankar ("Protecting
privacy using k-anonymity", JAMIA 15(5), 2008) as ARX reports them:

- **prosecutor**: the attacker knows their target is in the table. A record in a class of
  size ``f`` is re-identified with probability ``1/f``: highest risk ``1/k``, average risk
  ``classes / records``, and the share of records whose risk is above a threshold.
- **journalist**: the attacker does not know whether the target is in the table and matches
  against a population (an identification database). With a population table, a class's
  risk is ``1/F`` where ``F`` is the number of population records with the same QIs. Without
  one, the table is taken as its own population and journalist risk equals prosecutor risk.
- **marketer**: the attacker re-identifies as many records as possible; the expected share
  re-identified is ``(1/n) * sum(f/F)`` (``classes / records`` when the table is its own
  population).
- **population uniqueness**: the share of records that are unique in the population, by
  Zayatz's estimator ("Estimation of the percent of unique population elements on a
  microdata file using the sample", US Census Bureau SRD report 91/08, 1991), as implemented
  in ARX (``ModelZayatz``): the probability that a sample unique is a population unique is
  ``(f_1/J) P(1|1) / sum_i (f_i/J) P(1|i)``, where ``f_i`` is the number of classes of size
  ``i``, ``J`` the number of classes, and ``P(1|i)`` the hypergeometric probability of
  drawing exactly one record of a population class of size ``i`` into a sample of ``n`` out
  of ``N``. Without a population size the table is the population (``N = n``) and the
  estimate is the sample uniqueness.
- **k, l, t achieved**: ``k`` is the smallest class; per sensitive attribute, distinct
  ``l`` is the fewest distinct values in a class, entropy ``l`` is ``min exp(H)`` over
  classes (natural log; a table is entropy-l-diverse when every class has
  ``H >= log l``), and ``t`` is the largest earth mover's distance between a class's
  distribution and the whole table's, with the equal ground distance (where it is half the
  L1 distance).

Missing values (null) are a value like any other: rows with a null QI form their own classes.

Utility (:func:`utility`) compares the original table with the protected one row by row:
normalized certainty penalty per QI (from the engine's :class:`Anonymized`), non-uniform
entropy per QI (de Waal & Willenborg, "Information loss through global recoding and local
suppression", Netherlands Official Statistics 14, 1999; the empirical form: the conditional
entropy of the original value given the released one, as a share of the column's entropy; a
suppressed record keeps only the column's overall distribution), the discernibility metric
(Bayardo & Agrawal, ICDE 2005: ``sum(class size**2) + suppressed * records``), and a
classifier trained on the original and on the protected rows with the same split.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import polars as pl

from veil.anonymize.model import Anonymized
from veil.errors import DependencyError, InputError, UsageError

__all__ = [
    "BUCKETS",
    "ROW_COLUMN",
    "ClassifierCheck",
    "ColumnLoss",
    "PopulationEstimate",
    "RiskProfile",
    "Score",
    "SensitiveRisk",
    "SizeBucket",
    "TopValues",
    "UtilityReport",
    "risk",
    "utility",
]

ROW_COLUMN = "__veil_row"
"""A column of the protected table holding each row's number in the original table (as the
engine's :class:`Anonymized` table carries it)."""

BUCKETS: tuple[tuple[str, int, int | None], ...] = (
    ("1", 1, 1),
    ("2", 2, 2),
    ("3-4", 3, 4),
    ("5-9", 5, 9),
    ("10-19", 10, 19),
    ("20-49", 20, 49),
    ("50+", 50, None),
)
"""Class-size histogram buckets: label, smallest and largest size (``None``: no limit)."""

DIGITS = 6


def _r(x: float) -> float:
    """A float for JSON: rounded to :data:`DIGITS` places, never ``-0.0``."""
    v = round(float(x), DIGITS)
    return 0.0 if v == 0 else v


def _ro(x: float | None) -> float | None:
    return None if x is None else _r(x)


# -- the risk profile -------------------------------------------------------------------------


@dataclass(frozen=True)
class SizeBucket:
    label: str
    min_size: int
    max_size: int | None
    classes: int
    records: int

    def to_json(self) -> dict[str, Any]:
        return {
            "bucket": self.label,
            "min": self.min_size,
            "max": self.max_size,
            "classes": self.classes,
            "records": self.records,
        }


@dataclass(frozen=True)
class SensitiveRisk:
    """What an attacker who found a record's class learns about one sensitive attribute."""

    column: str
    distinct_l: int
    """Fewest distinct values in any class."""
    entropy_l: float
    """``min exp(H)`` over classes (natural log)."""
    t: float
    """Largest earth mover's distance (equal ground distance) of a class from the table."""
    values: int
    """Distinct values in the whole table."""

    def to_json(self) -> dict[str, Any]:
        return {
            "column": self.column,
            "values": self.values,
            "distinct_l": self.distinct_l,
            "entropy_l": _r(self.entropy_l),
            "t": _r(self.t),
            "t_distance": "equal",
        }


@dataclass(frozen=True)
class TopValues:
    """A QI's most frequent values (``None`` is a missing value), most frequent first, ties
    by value."""

    column: str
    distinct: int
    values: tuple[tuple[str | None, int], ...]
    other: int
    """Records with any other value."""

    def to_json(self) -> dict[str, Any]:
        return {
            "column": self.column,
            "distinct": self.distinct,
            "values": [{"value": v, "count": c} for v, c in self.values],
            "other": self.other,
        }


@dataclass(frozen=True)
class PopulationEstimate:
    model: str
    population_size: int | None
    sampling_fraction: float
    uniqueness: float
    """Estimated share of records that are unique in the population."""
    population_uniques: float | None
    """Estimated number of population uniques (with a population size)."""

    def to_json(self) -> dict[str, Any]:
        return {
            "model": self.model,
            "population_size": self.population_size,
            "sampling_fraction": _r(self.sampling_fraction),
            "uniqueness": _r(self.uniqueness),
            "population_uniques": _ro(self.population_uniques),
        }


@dataclass(frozen=True)
class RiskProfile:
    """Re-identification risk of one table over its quasi-identifiers. See the module."""

    records: int
    quasi_identifiers: tuple[str, ...]
    sensitive: tuple[str, ...]
    classes: int
    k: int
    """Smallest equivalence class."""
    unique_records: int
    histogram: tuple[SizeBucket, ...]
    class_sizes: tuple[tuple[int, int], ...]
    """``(size, number of classes of that size)``, by size."""
    threshold: float
    prosecutor_max: float
    prosecutor_avg: float
    prosecutor_at_risk: float
    """Share of records whose prosecutor risk is above ``threshold``."""
    journalist_max: float
    journalist_at_risk: float
    population_table: bool
    """Whether journalist and marketer risk were measured against a population table."""
    marketer: float
    population: PopulationEstimate
    sensitive_risks: tuple[SensitiveRisk, ...]
    top_values: tuple[TopValues, ...]
    notes: tuple[str, ...]

    @property
    def unique_share(self) -> float:
        return self.unique_records / self.records if self.records else 0.0

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict: fixed key order, floats rounded to 6 places."""
        return {
            "records": self.records,
            "quasi_identifiers": list(self.quasi_identifiers),
            "sensitive": list(self.sensitive),
            "classes": self.classes,
            "k": self.k,
            "unique_records": self.unique_records,
            "unique_share": _r(self.unique_share),
            "class_size_histogram": [b.to_json() for b in self.histogram],
            "class_sizes": [{"size": s, "classes": c} for s, c in self.class_sizes],
            "threshold": _r(self.threshold),
            "prosecutor": {
                "max": _r(self.prosecutor_max),
                "average": _r(self.prosecutor_avg),
                "records_at_risk": _r(self.prosecutor_at_risk),
            },
            "journalist": {
                "max": _r(self.journalist_max),
                "records_at_risk": _r(self.journalist_at_risk),
                "population_table": self.population_table,
            },
            "marketer": {"average": _r(self.marketer)},
            "population": self.population.to_json(),
            "sensitive_attributes": [s.to_json() for s in self.sensitive_risks],
            "top_values": [t.to_json() for t in self.top_values],
            "notes": list(self.notes),
        }


def _check_columns(table: pl.DataFrame, names: Sequence[str], what: str) -> None:
    have = set(table.columns)
    missing = [c for c in names if c not in have]
    if missing:
        raise InputError(
            f"{what} {', '.join(repr(c) for c in missing)} not in the table "
            f"(columns: {', '.join(table.columns)})"
        )


def _hypergeometric_p1(population: int, successes: int, draws: int) -> float:
    """P(X = 1) for X ~ Hypergeometric(population N, K successes, n draws)."""
    n_, k_, d = population, successes, draws
    if k_ < 1 or d < 1 or k_ > n_ or d > n_ or n_ - k_ < d - 1:
        return 0.0

    def lcomb(a: int, b: int) -> float:
        return math.lgamma(a + 1) - math.lgamma(b + 1) - math.lgamma(a - b + 1)

    return math.exp(math.log(k_) + lcomb(n_ - k_, d - 1) - lcomb(n_, d))


def _zayatz(size_counts: Sequence[tuple[int, int]], n: int, population: int) -> float:
    """Estimated share of the table's records that are unique in the population."""
    f1 = dict(size_counts).get(1, 0)
    if f1 == 0:
        return 0.0
    if population == n:
        return f1 / n  # the table is the population: P(1|1) = 1, P(1|i) = 0 for i > 1
    classes = sum(c for _, c in size_counts)
    denominator = sum(c / classes * _hypergeometric_p1(population, s, n) for s, c in size_counts)
    if denominator <= 0:
        return 0.0
    conditional = (f1 / classes) * _hypergeometric_p1(population, 1, n) / denominator
    return f1 * conditional / n


def _top_values(table: pl.DataFrame, column: str, top: int) -> TopValues:
    counts = (
        table.group_by(column)
        .agg(pl.len().alias("__count"))
        .sort(["__count", column], descending=[True, False], nulls_last=True)
    )
    head = counts.head(top)
    values = head.get_column(column).cast(pl.String).to_list()
    numbers = head.get_column("__count").to_list()
    shown = sum(numbers)
    return TopValues(
        column=column,
        distinct=counts.height,
        values=tuple(zip(values, numbers, strict=True)),
        other=table.height - shown,
    )


def _sensitive(
    table: pl.DataFrame, qi: list[str], column: str, n: int
) -> tuple[int, float, float, int]:
    """(distinct l, entropy l, t) of one sensitive column, and its number of values."""
    overall = table.group_by(column).agg((pl.len() / n).alias("__q"))
    per = (
        table.group_by([*qi, column])
        .agg(pl.len().alias("__c"))
        .join(overall, on=column, how="left", nulls_equal=True)
    )
    p = pl.col("__c") / pl.col("__c").sum()
    stats = per.group_by(qi).agg(
        pl.len().alias("__distinct"),
        (-(p * p.log()).sum()).alias("__h"),
        # EMD with equal distance = half the L1 distance; values absent from a class add
        # their overall share q, so sum over present values (|p - q| - q) and add 1.
        (0.5 * (1.0 + ((p - pl.col("__q")).abs() - pl.col("__q")).sum())).alias("__t"),
    )
    row = stats.select(
        pl.col("__distinct").min(),
        pl.col("__h").min(),
        pl.col("__t").max(),
    ).row(0)
    distinct_l = int(row[0])
    # sums over groups come in no fixed order: drop the last bits of float noise
    entropy_l = round(math.exp(max(0.0, float(row[1]))), 12)
    t = round(min(1.0, max(0.0, float(row[2]))), 12)
    return distinct_l, entropy_l, t, overall.height


def risk(
    table: pl.DataFrame,
    qi: Sequence[str],
    sensitive: Sequence[str] = (),
    *,
    population: int | pl.DataFrame | None = None,
    threshold: float = 0.2,
    top: int = 10,
) -> RiskProfile:
    """The re-identification risk of ``table`` over the quasi-identifiers ``qi``.

    ``population`` is the size of the population the table was drawn from (for the
    uniqueness estimate) or a population table with the QI columns (journalist and marketer
    risk against it, and its size). ``threshold``: a record is at risk when its risk (``1/f``)
    is above it (0.2: classes smaller than 5). ``top``: how many of each QI's most frequent
    values to keep for the report.
    """
    qi = list(dict.fromkeys(qi))
    sensitive = list(dict.fromkeys(sensitive))
    if not qi:
        raise UsageError("name at least one quasi-identifier")
    if not 0 < threshold <= 1:
        raise UsageError(f"the risk threshold must be in (0, 1], not {threshold}")
    both = [c for c in sensitive if c in qi]
    if both:
        raise UsageError(
            f"{', '.join(repr(c) for c in both)} cannot be both quasi-identifier and sensitive"
        )
    _check_columns(table, qi, "quasi-identifier(s)")
    _check_columns(table, sensitive, "sensitive column(s)")
    n = table.height
    if n == 0:
        raise InputError("the table is empty: there is no risk to measure")
    notes: list[str] = []

    classes = table.group_by(qi).agg(pl.len().alias("__f"))
    size_counts: list[tuple[int, int]] = [
        (int(s), int(c))
        for s, c in classes.group_by("__f").agg(pl.len().alias("__c")).sort("__f").iter_rows()
    ]
    n_classes = classes.height
    k = size_counts[0][0]
    unique = dict(size_counts).get(1, 0)

    histogram = []
    for label, lo, hi in BUCKETS:
        inside = [(s, c) for s, c in size_counts if s >= lo and (hi is None or s <= hi)]
        histogram.append(
            SizeBucket(label, lo, hi, sum(c for _, c in inside), sum(s * c for s, c in inside))
        )
    prosecutor_at_risk = sum(s * c for s, c in size_counts if 1 / s > threshold) / n

    population_size: int | None = None
    if isinstance(population, pl.DataFrame):
        _check_columns(population, qi, "quasi-identifier(s) of the population table")
        if population.height < n:
            raise InputError(
                f"the population table has {population.height} rows, fewer than the table's {n}"
            )
        population_size = population.height
        as_text = [pl.col(c).cast(pl.String) for c in qi]
        pop = population.select(as_text).group_by(qi).agg(pl.len().alias("__F"))
        matched = classes.with_columns(as_text).join(pop, on=qi, how="left", nulls_equal=True)
        absent = matched.get_column("__F").null_count()
        if absent:
            notes.append(
                f"{absent} class(es) of the table do not occur in the population table; "
                "their population size was taken as their size in the table"
            )
        f = pl.col("__f")
        big_f = pl.max_horizontal(pl.col("__F").fill_null(0), f)
        j = matched.select(
            big_f.min().alias("min_F"),
            f.filter(1 / big_f > threshold).sum().alias("at_risk"),
            (f / big_f).sum().alias("expected"),
        ).row(0)
        journalist_max = 1 / int(j[0])
        journalist_at_risk = int(j[1] or 0) / n
        marketer = float(j[2]) / n
    else:
        if population is not None:
            if population < n:
                raise UsageError(
                    f"the population ({population}) cannot be smaller than the table ({n})"
                )
            population_size = int(population)
        journalist_max, journalist_at_risk = 1 / k, prosecutor_at_risk
        marketer = n_classes / n
        notes.append(
            "no population table: journalist risk equals prosecutor risk and marketer risk "
            "is classes/records (the table is taken as its own population)"
        )
    big_n = population_size if population_size is not None else n
    uniqueness = _zayatz(size_counts, n, big_n)
    if population_size is None:
        notes.append(
            "no population size: population uniqueness is the sample uniqueness "
            "(Zayatz's estimate with a sampling fraction of 1)"
        )
    estimate = PopulationEstimate(
        model="zayatz",
        population_size=population_size,
        sampling_fraction=n / big_n,
        uniqueness=uniqueness,
        population_uniques=None if population_size is None else uniqueness * big_n,
    )

    sensitive_risks = []
    for column in sensitive:
        distinct_l, entropy_l, t, values = _sensitive(table, qi, column, n)
        sensitive_risks.append(SensitiveRisk(column, distinct_l, entropy_l, t, values))

    return RiskProfile(
        records=n,
        quasi_identifiers=tuple(qi),
        sensitive=tuple(sensitive),
        classes=n_classes,
        k=k,
        unique_records=unique,
        histogram=tuple(histogram),
        class_sizes=tuple(size_counts),
        threshold=threshold,
        prosecutor_max=1 / k,
        prosecutor_avg=n_classes / n,
        prosecutor_at_risk=prosecutor_at_risk,
        journalist_max=journalist_max,
        journalist_at_risk=journalist_at_risk,
        population_table=isinstance(population, pl.DataFrame),
        marketer=marketer,
        population=estimate,
        sensitive_risks=tuple(sensitive_risks),
        top_values=tuple(_top_values(table, c, top) for c in qi),
        notes=tuple(notes),
    )


# -- utility ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ColumnLoss:
    """Information lost in one quasi-identifier."""

    column: str
    ncp: float | None
    """Normalized certainty penalty from the engine (``None`` without its result)."""
    entropy: float
    """Non-uniform entropy: bits lost as a share of the bits the column had (0..1)."""
    changed: float
    """Share of released records whose value is not the original value."""
    distinct_before: int
    distinct_after: int

    def to_json(self) -> dict[str, Any]:
        return {
            "column": self.column,
            "ncp": _ro(self.ncp),
            "non_uniform_entropy": _r(self.entropy),
            "changed": _r(self.changed),
            "distinct_before": self.distinct_before,
            "distinct_after": self.distinct_after,
        }


@dataclass(frozen=True)
class Score:
    accuracy: float
    auc: float | None
    """ROC AUC (one-vs-rest, macro average, for more than two classes); ``None`` when it is
    undefined (a class missing from the test rows)."""

    def to_json(self) -> dict[str, Any]:
        return {"accuracy": _r(self.accuracy), "auc": _ro(self.auc)}


@dataclass(frozen=True)
class ClassifierCheck:
    """A classifier trained on the original rows and on their protected versions, scored on
    the same test rows. Suppressed test rows are scored with every feature unknown (the
    protected model sees nothing of them); suppressed training rows are left out."""

    target: str
    model: str
    features: tuple[str, ...]
    classes: tuple[str, ...]
    seed: int
    rows: int
    """Rows used (labelled, and at most ``max_rows`` of them, sampled with the seed)."""
    train_rows: int
    test_rows: int
    train_suppressed: int
    test_suppressed: int
    original: Score
    protected: Score

    def to_json(self) -> dict[str, Any]:
        return {
            "target": self.target,
            "model": self.model,
            "features": list(self.features),
            "classes": list(self.classes),
            "seed": self.seed,
            "rows": self.rows,
            "train_rows": self.train_rows,
            "test_rows": self.test_rows,
            "train_suppressed": self.train_suppressed,
            "test_suppressed": self.test_suppressed,
            "original": self.original.to_json(),
            "protected": self.protected.to_json(),
        }


@dataclass(frozen=True)
class UtilityReport:
    records: int
    released: int
    suppressed: int
    classes: int
    """Equivalence classes of the released rows."""
    ncp: float | None
    entropy: float
    """Non-uniform entropy averaged over the QIs."""
    columns: tuple[ColumnLoss, ...]
    discernibility: int
    discernibility_before: int
    classifier: ClassifierCheck | None
    notes: tuple[str, ...]

    @property
    def average_class_size(self) -> float:
        return self.released / self.classes if self.classes else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "records": self.records,
            "released": self.released,
            "suppressed": self.suppressed,
            "classes": self.classes,
            "average_class_size": _r(self.average_class_size),
            "ncp": _ro(self.ncp),
            "non_uniform_entropy": _r(self.entropy),
            "columns": [c.to_json() for c in self.columns],
            "discernibility": self.discernibility,
            "discernibility_before": self.discernibility_before,
            "classifier": None if self.classifier is None else self.classifier.to_json(),
            "notes": list(self.notes),
        }


def _row_numbers(
    original: pl.DataFrame,
    released: pl.DataFrame,
    rows: Sequence[int] | pl.Series | None,
    row_column: str,
) -> pl.Series:
    n = original.height
    if rows is not None:
        s = pl.Series(ROW_COLUMN, rows)
        if s.len() != released.height:
            raise UsageError(f"rows has {s.len()} entries for {released.height} protected rows")
    elif row_column in released.columns:
        s = released.get_column(row_column)
    elif released.height == n:
        return pl.Series(ROW_COLUMN, range(n), dtype=pl.Int64)
    else:
        raise UsageError(
            f"the protected table has {released.height} rows and the original {n}: say which "
            f"original row each protected row is (rows=..., or a {row_column!r} column)"
        )
    if not s.dtype.is_integer() or s.null_count():
        raise InputError("the original row numbers must be integers")
    s = s.cast(pl.Int64).rename(ROW_COLUMN)
    if s.len() and (s.min() < 0 or s.max() >= n):  # type: ignore[operator]
        raise InputError(f"an original row number is outside 0..{n - 1}")
    if s.n_unique() != s.len():
        raise InputError("an original row number appears twice in the protected table")
    return s


def _column_loss(
    before: pl.Series, after: pl.Series, kept: pl.Series, ncp: float | None
) -> ColumnLoss:
    """``before``: every original row; ``after``: the released value, aligned (null where
    suppressed); ``kept``: whether the row was released."""
    frame = pl.DataFrame({"a": before, "g": after, "kept": kept})
    n = frame.height
    a_count = pl.len().over("a")
    frame = frame.with_columns(
        (a_count / n).alias("prior"),
        (pl.len().over(["a", "g", "kept"]) / pl.len().over(["g", "kept"])).alias("post"),
    )
    bits = frame.select(
        (-pl.col("prior").log(2)).sum().alias("max"),
        (-pl.when(pl.col("kept")).then(pl.col("post")).otherwise(pl.col("prior")).log(2))
        .sum()
        .alias("lost"),
        (pl.col("kept") & ~pl.col("a").cast(pl.String).eq_missing(pl.col("g")))
        .sum()
        .alias("changed"),
    ).row(0)
    released = int(kept.sum())
    entropy = float(bits[1]) / float(bits[0]) if bits[0] > 1e-12 else 0.0
    return ColumnLoss(
        column=str(before.name),
        ncp=ncp,
        entropy=min(1.0, max(0.0, entropy)),
        changed=int(bits[2]) / released if released else 0.0,
        distinct_before=before.n_unique(),
        distinct_after=after.filter(kept).n_unique(),
    )


def utility(
    original: pl.DataFrame,
    protected: pl.DataFrame | Anonymized,
    qi: Sequence[str],
    target: str | None = None,
    *,
    seed: int = 0,
    rows: Sequence[int] | pl.Series | None = None,
    row_column: str = ROW_COLUMN,
    features: Sequence[str] | None = None,
    test_size: float = 0.3,
    max_rows: int = 200_000,
) -> UtilityReport:
    """What protecting ``original`` into ``protected`` cost.

    Rows are matched by their number in ``original``: ``rows`` (one per protected row), else
    the ``row_column`` of the protected table (the engine's ``__veil_row``), else, when both
    have as many rows, by position. Original rows without a protected row were suppressed.

    With a ``target`` column, a classifier (logistic regression on one-hot encoded
    ``features``, by default the QIs, every value a category) is trained on the original
    rows and on the protected ones with one stratified split of the original rows
    (``test_size``, ``seed``) and scored on the same test rows: accuracy and ROC AUC. The
    labels always come from ``original``. Deterministic for a seed.
    """
    anonymized = protected if isinstance(protected, Anonymized) else None
    released = protected.table if isinstance(protected, Anonymized) else protected
    qi = list(dict.fromkeys(qi))
    if not qi:
        raise UsageError("name at least one quasi-identifier")
    _check_columns(original, qi, "quasi-identifier(s)")
    _check_columns(released, qi, "quasi-identifier(s) of the protected table")
    n = original.height
    if n == 0:
        raise InputError("the original table is empty")
    numbers = _row_numbers(original, released, rows, row_column)
    notes: list[str] = []

    # each original row with its released QI values (null where suppressed)
    after = (
        released.select([pl.col(c).cast(pl.String) for c in qi])
        .with_columns(numbers)
        .with_columns(pl.lit(True).alias("__kept"))
    )
    aligned = (
        pl.DataFrame({ROW_COLUMN: pl.int_range(0, n, eager=True, dtype=pl.Int64)})
        .join(after, on=ROW_COLUMN, how="left", maintain_order="left")
        .with_columns(pl.col("__kept").fill_null(False))
    )
    kept = aligned.get_column("__kept")
    suppressed = n - released.height
    if anonymized is not None and anonymized.suppressed != suppressed:
        notes.append(
            f"the engine reports {anonymized.suppressed} suppressed rows; "
            f"{suppressed} original rows have no protected row"
        )
    ncp_by_column = anonymized.ncp_by_column if anonymized is not None else {}
    columns = tuple(
        _column_loss(original.get_column(c), aligned.get_column(c), kept, ncp_by_column.get(c))
        for c in qi
    )

    sizes = released.group_by(qi).agg(pl.len().alias("__f")).get_column("__f").cast(pl.Int64)
    before_sizes = original.group_by(qi).agg(pl.len().alias("__f")).get_column("__f")
    discernibility = int((sizes * sizes).sum()) + suppressed * n
    discernibility_before = int((before_sizes.cast(pl.Int64) ** 2).sum())

    classifier = None
    if target is not None:
        classifier = _classifier(
            original,
            aligned,
            target,
            list(features) if features is not None else qi,
            qi,
            seed=seed,
            test_size=test_size,
            max_rows=max_rows,
            notes=notes,
        )

    return UtilityReport(
        records=n,
        released=released.height,
        suppressed=suppressed,
        classes=sizes.len(),
        ncp=anonymized.ncp if anonymized is not None else None,
        entropy=sum(c.entropy for c in columns) / len(columns),
        columns=columns,
        discernibility=discernibility,
        discernibility_before=discernibility_before,
        classifier=classifier,
        notes=tuple(notes),
    )


SUPPRESSED = "*"
"""The value every feature of a suppressed record takes in the protected model's test rows."""


def _classifier(
    original: pl.DataFrame,
    aligned: pl.DataFrame,
    target: str,
    features: list[str],
    qi: list[str],
    *,
    seed: int,
    test_size: float,
    max_rows: int,
    notes: list[str],
) -> ClassifierCheck | None:
    _check_columns(original, [target], "target column")
    features = [c for c in dict.fromkeys(features) if c != target]
    if not features:
        raise UsageError("the classifier needs at least one feature besides the target")
    _check_columns(original, features, "feature column(s)")
    not_qi = [c for c in features if c not in qi]
    if not_qi:
        raise UsageError(
            f"feature(s) {', '.join(repr(c) for c in not_qi)} are not quasi-identifiers; "
            "the utility check compares the QIs before and after"
        )
    if not 0 < test_size < 1:
        raise UsageError(f"test_size must be between 0 and 1, not {test_size}")
    try:
        import numpy as np
        from sklearn.exceptions import (  # type: ignore[import-untyped]
            ConvergenceWarning,
            UndefinedMetricWarning,
        )
        from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]
        from sklearn.metrics import accuracy_score, roc_auc_score  # type: ignore[import-untyped]
        from sklearn.model_selection import train_test_split  # type: ignore[import-untyped]
        from sklearn.preprocessing import OneHotEncoder  # type: ignore[import-untyped]
    except ImportError:  # pragma: no cover - depends on the installation
        raise DependencyError(
            "the utility check needs scikit-learn: pip install scikit-learn==1.9.1"
        ) from None

    frame = pl.DataFrame(
        {
            "__y": original.get_column(target).cast(pl.String),
            "__kept": aligned.get_column("__kept"),
            **{f"o:{c}": original.get_column(c).cast(pl.String) for c in features},
            **{f"p:{c}": aligned.get_column(c) for c in features},
        }
    ).with_row_index("__i")
    labelled = frame.filter(pl.col("__y").is_not_null())
    if labelled.height < frame.height:
        notes.append(f"{frame.height - labelled.height} rows without a {target!r} label left out")
    if labelled.height > max_rows:
        labelled = labelled.sample(max_rows, seed=seed).sort("__i")
        notes.append(f"the classifier used {max_rows} rows sampled with the seed")
    labels = sorted(labelled.get_column("__y").unique().to_list())
    if len(labels) < 2:
        notes.append(f"no classifier check: {target!r} has fewer than two values")
        return None
    if len(labels) > 100:
        raise InputError(
            f"the target {target!r} has {len(labels)} values: the utility check trains a "
            "classifier and needs a categorical target"
        )
    index = {v: i for i, v in enumerate(labels)}
    y = np.array([index[v] for v in labelled.get_column("__y").to_list()])
    counts = np.bincount(y, minlength=len(labels))
    m = len(y)
    n_test = math.ceil(test_size * m)
    stratify = y if counts.min() >= 2 and min(n_test, m - n_test) >= len(labels) else None
    if stratify is None:
        notes.append("the split is not stratified (a class has too few rows)")
    train, test = train_test_split(
        np.arange(m), test_size=test_size, random_state=seed, stratify=stratify
    )
    train = np.sort(train)
    test = np.sort(test)
    kept = labelled.get_column("__kept").to_numpy()

    def matrix(prefix: str) -> Any:
        cols = labelled.select([pl.col(f"{prefix}:{c}") for c in features])
        # nulls are a category of their own, distinct from any string value
        return np.array(cols.with_columns(pl.all().fill_null("\x00null")).rows(), dtype=object)

    def fit_score(x_train: Any, y_train: Any, x_test: Any, which: str) -> Score:
        present = np.unique(y_train)
        if len(present) < 2:
            # nothing to learn: the model predicts the most frequent class for every row
            notes.append(
                f"the {which} training rows have fewer than two classes: the model "
                "predicts the most frequent class"
            )
            majority = int(present[0]) if len(present) else int(counts.argmax())
            proba = np.zeros((len(x_test), len(labels)))
            proba[:, majority] = 1.0
        else:
            encoder = OneHotEncoder(handle_unknown="infrequent_if_exist", max_categories=256)
            model = LogisticRegression(max_iter=2000, random_state=seed)
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always", ConvergenceWarning)
                model.fit(encoder.fit_transform(x_train), y_train)
            if any(issubclass(w.category, ConvergenceWarning) for w in caught):
                notes.append(f"the logistic regression on the {which} rows did not converge")
            xt = encoder.transform(x_test)
            proba = np.zeros((xt.shape[0], len(labels)))
            proba[:, model.classes_] = model.predict_proba(xt)
        predicted = np.argmax(proba, axis=1)
        accuracy = float(accuracy_score(y[test], predicted))
        auc: float | None = None
        if len(np.unique(y[test])) == len(labels):  # else undefined: a class is missing
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", UndefinedMetricWarning)
                if len(labels) == 2:
                    auc = float(roc_auc_score(y[test], proba[:, 1]))
                else:
                    auc = float(
                        roc_auc_score(
                            y[test],
                            proba,
                            multi_class="ovr",
                            average="macro",
                            labels=list(range(len(labels))),
                        )
                    )
            if math.isnan(auc):
                auc = None
        return Score(accuracy, auc)

    x_original = matrix("o")
    x_protected = matrix("p")
    x_protected[~kept] = SUPPRESSED
    original_score = fit_score(x_original[train], y[train], x_original[test], "original")
    train_kept = train[kept[train]]
    protected_score = fit_score(
        x_protected[train_kept], y[train_kept], x_protected[test], "protected"
    )

    return ClassifierCheck(
        target=target,
        model="logistic regression on one-hot features (scikit-learn)",
        features=tuple(features),
        classes=tuple(labels),
        seed=seed,
        rows=m,
        train_rows=len(train),
        test_rows=len(test),
        train_suppressed=int((~kept[train]).sum()),
        test_suppressed=int((~kept[test]).sum()),
        original=original_score,
        protected=protected_score,
    )
