"""Relaxed local recoding (``veil.anonymize.refine``): the segmentation is optimal for its
order (checked against a brute force), the local search never costs more, and every
partition it returns satisfies the model with every row in one class or suppressed."""

from __future__ import annotations

import functools
import itertools

import numpy as np
import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.datasets import ADULT_DIR

from veil.anonymize import Hierarchy, PrivacyModel, QuasiIdentifier, anonymize, check, refine
from veil.anonymize._encoding import Rules
from veil.anonymize.engine import _encode_qi, _encode_sensitive
from veil.anonymize.mondrian import Attr

CITY_H = Hierarchy.from_rows(
    "city",
    [
        ["Berlin", "DE", "EU", "*"],
        ["Hamburg", "DE", "EU", "*"],
        ["Paris", "FR", "EU", "*"],
        ["Lyon", "FR", "EU", "*"],
        ["Boston", "US", "NA", "*"],
        ["Austin", "US", "NA", "*"],
    ],
)
QIS = [
    QuasiIdentifier("age", numeric=True),
    QuasiIdentifier("city", hierarchy=CITY_H),
    QuasiIdentifier("job"),
]


@st.composite
def tables(draw: st.DrawFn, min_rows: int = 1, max_rows: int = 40) -> pl.DataFrame:
    n = draw(st.integers(min_rows, max_rows))
    cities = ["Berlin", "Hamburg", "Paris", "Lyon", "Boston", "Austin"]
    return pl.DataFrame(
        {
            "age": draw(st.lists(st.integers(18, 70), min_size=n, max_size=n)),
            "city": draw(st.lists(st.sampled_from(cities), min_size=n, max_size=n)),
            "job": draw(st.lists(st.sampled_from(["a", "b", "c"]), min_size=n, max_size=n)),
            "diag": draw(st.lists(st.sampled_from(["x", "y", "z"]), min_size=n, max_size=n)),
        }
    )


def _setup(table: pl.DataFrame, model: PrivacyModel) -> tuple[list[Attr], np.ndarray, Rules]:
    coded = [_encode_qi(table, q) for q in QIS]
    attrs = [Attr(q) for q in coded]
    X = np.stack([q.codes for q in coded], axis=1).astype(np.int64)
    return attrs, X, Rules(model, [_encode_sensitive(table, "diag")])


def _cost(attrs: list[Attr], X: np.ndarray, rows: np.ndarray) -> float:
    """The summed penalty of one group, one QI at a time (no shared code with refine)."""
    total = 0.0
    for j, a in enumerate(attrs):
        mn = np.array([X[rows, j].min()])
        mx = np.array([X[rows, j].max()])
        total += float(a.width(mn, mx)[0])
    return total * len(rows)


def _group_ok(rules: Rules, rows: np.ndarray) -> bool:
    gid = np.zeros(len(rows), dtype=np.int64)
    return bool(rules.ok(gid, 1, np.array([len(rows)]), rows)[0])


def _brute(attrs: list[Attr], X: np.ndarray, rules: Rules, order: np.ndarray, budget: int) -> float:
    """The least cost of cutting ``order`` into runs that satisfy the model, or single
    suppressed rows (cost: one per QI), at most ``budget`` of them, by trying every cut."""
    n, d = len(order), X.shape[1]

    @functools.cache
    def best(i: int, left: int) -> float:
        if i == n:
            return 0.0
        out = best(i + 1, left - 1) + d if left > 0 else float("inf")
        for j in range(i + 1, n + 1):
            rows = order[i:j]
            if _group_ok(rules, rows):
                out = min(out, _cost(attrs, X, rows) + best(j, left))
        return out

    return best(0, budget)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    table=tables(max_rows=11),
    k=st.integers(1, 4),
    l=st.sampled_from([None, 2]),
    budget=st.sampled_from(["none", "two", "all"]),
)
def test_segmentation_is_optimal_for_its_order(
    table: pl.DataFrame,
    k: int,
    l: int | None,  # noqa: E741
    budget: str,
) -> None:
    model = PrivacyModel(k=k, l=l)
    attrs, X, rules = _setup(table, model)
    n = len(X)
    allowed = {"none": 0, "two": 2, "all": n}[budget]
    order = np.arange(n, dtype=np.int64)
    expected = _brute(attrs, X, rules, order, allowed)
    # runs up to n rows long, so the DP is not limited by its usual length cap
    seg = refine._segment(attrs, X, rules, order, n, allowed)
    if expected == float("inf"):
        assert seg is None
        return
    assert seg is not None
    kept, lens, gone = seg
    assert sorted([*kept.tolist(), *gone.tolist()]) == list(range(n))
    assert len(gone) <= allowed
    starts = (np.cumsum(lens) - lens).astype(np.int64)
    groups = [kept[s : s + ln] for s, ln in zip(starts, lens, strict=True)]
    assert all(_group_ok(rules, g) for g in groups)
    got = sum(_cost(attrs, X, g) for g in groups) + len(gone) * X.shape[1]
    assert got >= expected - 1e-9
    # exact without a budget to respect; with a binding budget the DP prices suppression
    # higher and retries, which is a heuristic
    if budget != "two":
        assert got == pytest.approx(expected)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(table=tables(min_rows=8, max_rows=40), k=st.integers(2, 4), l=st.sampled_from([None, 2]))
def test_local_search_never_costs_more_and_keeps_every_row(
    table: pl.DataFrame,
    k: int,
    l: int | None,  # noqa: E741
) -> None:
    attrs, X, rules = _setup(table, PrivacyModel(k=k, l=l))
    n = len(X)
    seg = refine._segment(attrs, X, rules, np.arange(n, dtype=np.int64), 4 * k, 0)
    if seg is None:
        return
    order, lens, _ = seg
    before = refine._costs(attrs, *_bounds(X, order, lens)) @ lens
    rank = np.argsort(np.lexsort([X[:, 2], X[:, 0], X[:, 1]]))
    for shift in (0, 1):
        refine._improve(attrs, X, rules, order, lens, rank, shift)
    assert sorted(order.tolist()) == list(range(n))
    assert int(lens.sum()) == n and (lens >= k).all()
    after = refine._costs(attrs, *_bounds(X, order, lens)) @ lens
    assert after <= before + 1e-9
    starts = (np.cumsum(lens) - lens).astype(np.int64)
    for s, ln in zip(starts, lens, strict=True):
        assert _group_ok(rules, order[s : s + ln])


def _bounds(X: np.ndarray, order: np.ndarray, lens: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    starts = (np.cumsum(lens) - lens).astype(np.int64)
    xs = X[order]
    return np.minimum.reduceat(xs, starts, axis=0), np.maximum.reduceat(xs, starts, axis=0)


def test_segment_min_max_within_runs() -> None:
    rng = np.random.default_rng(3)
    seg = np.sort(rng.integers(0, 7, 200))
    v = rng.integers(0, 50, 200)
    pmin, pmax, smin, smax = refine._seg_min_max(v, seg, 7, 50)
    for i in range(200):
        same = np.flatnonzero(seg == seg[i])
        before = same[same <= i]
        after = same[same >= i]
        assert (pmin[i], pmax[i]) == (v[before].min(), v[before].max())
        assert (smin[i], smax[i]) == (v[after].min(), v[after].max())


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    table=tables(min_rows=1, max_rows=60),
    k=st.integers(1, 5),
    l=st.sampled_from([None, 2, 3]),
    t=st.sampled_from([None, 0.3, 0.6]),
    supp=st.sampled_from([0.0, 0.1]),
)
def test_relaxed_partition_satisfies_the_model(
    table: pl.DataFrame,
    k: int,
    l: int | None,  # noqa: E741
    t: float | None,
    supp: float,
) -> None:
    model = PrivacyModel(k=k, l=l, t=t, max_suppression=supp)
    attrs, X, rules = _setup(table, model)
    n = len(X)
    budget = int(supp * n)
    part = refine.run(attrs, X, rules, budget)
    if part is None:
        return
    covered = list(
        itertools.chain.from_iterable(
            part.perm[s : s + ln].tolist() for s, ln in zip(part.starts, part.lens, strict=True)
        )
    )
    assert len(covered) == len(set(covered))
    assert set(covered) == set(np.flatnonzero(part.kept).tolist())
    assert sorted(part.perm.tolist()) == list(range(n))
    assert n - int(part.kept.sum()) <= budget
    for s, ln in zip(part.starts, part.lens, strict=True):
        assert _group_ok(rules, part.perm[s : s + ln])


@pytest.mark.slow
def test_adult_hierarchies_local_recoding_below_005() -> None:
    """The issue's Adult set-up with the ARX hierarchies: NCP <= 0.05 (strict Mondrian alone
    measured 0.0599), checked by the independent verifier and k counted here."""
    qi_names = ["age", "sex", "race", "marital-status", "education", "native-country",
                "workclass", "occupation"]  # fmt: skip
    df = pl.read_csv(ADULT_DIR / "adult.csv", separator=";", infer_schema_length=0)
    df = df.with_columns(pl.col("age").cast(pl.Int64))
    qis = [QuasiIdentifier("age", numeric=True)] + [
        QuasiIdentifier(c, hierarchy=Hierarchy.from_csv(ADULT_DIR / f"adult_hierarchy_{c}.csv", c))
        for c in qi_names[1:]
    ]
    model = PrivacyModel(k=5, max_suppression=0.05)
    r = anonymize(df, qis, ["salary-class"], model)
    assert r.ncp <= 0.05
    assert check(r.table, qi_names, ["salary-class"], model, df) == []
    assert int(r.table.group_by(qi_names).len()["len"].min()) >= 5  # type: ignore[arg-type]
    assert r.suppressed <= 0.05 * df.height
