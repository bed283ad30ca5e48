"""The anonymization engine: local recoding and full-domain generalization, checked by veil's
own verifier and by pycanon as an independent oracle; full-domain against a brute force over
the lattice; the verifier against hand-made violations; bad input."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pandas as pd
import polars as pl
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pycanon import anonymity as pycanon
from tests.datasets import ADULT_DIR

from veil.anonymize import Hierarchy, PrivacyModel, QuasiIdentifier, anonymize, check
from veil.anonymize import engine as engine_mod
from veil.errors import InputError, VeilError

ADULT = ADULT_DIR
ADULT_QIS = [
    "age",
    "sex",
    "race",
    "marital-status",
    "education",
    "native-country",
    "workclass",
    "occupation",
]

# ---------------------------------------------------------------------------------------
# small synthetic tables

AGE_H = Hierarchy.from_rows(
    "age",
    [
        [str(a), f"{a // 10 * 10}-{a // 10 * 10 + 9}", "<50" if a < 50 else ">=50", "*"]
        for a in range(100)
    ],
)
CITY_LEAVES = {
    "Lyon": "FR", "Paris": "FR", "Nice": "FR",
    "Bonn": "DE", "Berlin": "DE",
    "Rome": "IT", "Milan": "IT", "Turin": "IT",
}  # fmt: skip
CITY_H = Hierarchy.from_rows("city", [[c, p, "*"] for c, p in CITY_LEAVES.items()])
JOB_H = Hierarchy.from_rows(
    "job", [["nurse", "care", "*"], ["doctor", "care", "*"], ["clerk", "office", "*"]]
)
SEX_H = Hierarchy.from_rows("sex", [["F", "*"], ["M", "*"]])


def _qis(algorithm: str, *, with_cat: bool = True) -> list[QuasiIdentifier]:
    qis = [
        QuasiIdentifier(
            "age", numeric=True, hierarchy=AGE_H if algorithm == "full-domain" else None
        ),
        QuasiIdentifier("city", hierarchy=CITY_H),
        QuasiIdentifier("sex", hierarchy=SEX_H),
    ]
    if with_cat:
        qis.append(QuasiIdentifier("job", hierarchy=JOB_H if algorithm == "full-domain" else None))
    return qis


@st.composite
def tables(draw: st.DrawFn) -> pl.DataFrame:
    n = draw(st.integers(1, 60))
    ages = draw(st.lists(st.integers(15, 80), min_size=n, max_size=n))
    cities = draw(st.lists(st.sampled_from(sorted(CITY_LEAVES)), min_size=n, max_size=n))
    sexes = draw(st.lists(st.sampled_from(["F", "M"]), min_size=n, max_size=n))
    jobs = draw(st.lists(st.sampled_from(["nurse", "doctor", "clerk"]), min_size=n, max_size=n))
    diag = draw(st.lists(st.sampled_from(["flu", "cold", "hiv", "ok"]), min_size=n, max_size=n))
    score = draw(st.lists(st.integers(0, 5), min_size=n, max_size=n))
    return pl.DataFrame(
        {
            "id": list(range(n)),
            "age": ages,
            "city": cities,
            "sex": sexes,
            "job": jobs,
            "diagnosis": diag,
            "score": score,
            "note": [f"n{i}" for i in range(n)],
        }
    )


@st.composite
def models(draw: st.DrawFn) -> PrivacyModel:
    return PrivacyModel(
        k=draw(st.integers(1, 6)),
        l=draw(st.one_of(st.none(), st.integers(1, 3))),
        l_entropy=draw(st.one_of(st.none(), st.sampled_from([1.0, 1.5, 2.0]))),
        t=draw(st.one_of(st.none(), st.sampled_from([0.15, 0.3, 0.5, 0.9]))),
        t_distance=draw(st.sampled_from(["equal", "ordered"])),
        max_suppression=draw(st.sampled_from([0.0, 0.1, 0.3])),
        algorithm=draw(st.sampled_from(["local", "full-domain"])),
    )


def _reachable(table: pl.DataFrame, model: PrivacyModel, sensitive: list[str]) -> bool:
    """With every QI generalized to the root, is there one class satisfying the model?"""
    if table.height < model.k:
        return False
    for s in sensitive:
        counts = table[s].value_counts()["count"].to_numpy()
        if model.l is not None and len(counts) < model.l:
            return False
        if model.l_entropy is not None and model.l_entropy > 1:
            q = counts / counts.sum()
            if -(q * np.log(q)).sum() < math.log(model.l_entropy) - 1e-9:
                return False
    return True


def _pd(table: pl.DataFrame) -> pd.DataFrame:
    return table.to_pandas()


def _covers(q: QuasiIdentifier, value: object, out: str) -> bool:
    """The generalized string ``out`` stands for the original ``value``."""
    if q.hierarchy is not None:
        row = next(r for r in q.hierarchy.rows if r[0] == str(value))
        return out in row or (out == "*")
    if q.numeric:
        if out.startswith("["):
            lo, hi = out[1:-1].split("-")
            return float(lo) <= float(str(value)) <= float(hi)
        return float(out) == float(str(value))
    if out.startswith("{"):
        return str(value) in out[1:-1].split(",")
    return out == str(value)


def _emd_output_vs_original(out: pl.DataFrame, orig: pl.DataFrame, s: str, ordered: bool) -> float:
    """EMD between the output's and the input's distribution of ``s`` (pycanon measures
    against the output's own distribution; this bounds the difference)."""
    values = sorted(orig[s].unique().to_list())
    p = np.array([(orig[s] == v).sum() / orig.height for v in values])
    q = np.array([(out[s] == v).sum() / max(out.height, 1) for v in values])
    if ordered:
        return float(np.abs(np.cumsum(q - p)).sum() / max(len(values) - 1, 1))
    return float(0.5 * np.abs(q - p).sum())


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(table=tables(), model=models(), numeric_sensitive=st.booleans())
def test_property_every_class_satisfies_the_model(
    table: pl.DataFrame, model: PrivacyModel, numeric_sensitive: bool
) -> None:
    sensitive = ["score"] if numeric_sensitive else ["diagnosis"]
    qis = _qis(model.algorithm)
    names = [q.name for q in qis]
    if not _reachable(table, model, sensitive):
        with pytest.raises(InputError, match="not reachable"):
            anonymize(table, qis, sensitive, model)
        return
    r = anonymize(table, qis, sensitive, model)
    out = r.table
    # row accounting and the suppression limit
    assert out.height == table.height - r.suppressed
    assert r.suppressed <= model.max_suppression * table.height + 1e-9
    assert 0.0 <= r.ncp <= 1.0
    # veil's verifier
    assert check(out, names, sensitive, model, table) == []
    # non-QI columns untouched, order kept; every QI string covers the original value
    ids = out["id"].to_list()
    assert ids == sorted(ids)
    orig = table[ids]
    for c in ["id", "diagnosis", "score", "note"]:
        assert out[c].to_list() == orig[c].to_list()
    for q in qis:
        assert out[q.name].dtype == pl.String
        for v, g in zip(orig[q.name].to_list(), out[q.name].to_list(), strict=True):
            assert _covers(q, v, g), (q.name, v, g)
    if out.height == 0:
        return
    assert r.classes == out.select(names).n_unique()
    # pycanon, an independent oracle
    df = _pd(out)
    assert pycanon.k_anonymity(df, names) >= model.k
    if model.l is not None:
        assert pycanon.l_diversity(df, names, sensitive) >= model.l
    if model.l_entropy is not None and model.l_entropy > 1:
        # pycanon floors exp(entropy); allow for the floating point at exactly l
        assert pycanon.entropy_l_diversity(df, names, sensitive) >= math.floor(
            model.l_entropy - 1e-6
        )
    s = sensitive[0]
    # pycanon picks the distance by dtype, counts only the values present in the output,
    # and divides by zero when there is one
    comparable = numeric_sensitive == (model.t_distance == "ordered") and (
        out[s].n_unique() == table[s].n_unique() > 1
    )
    if model.t is not None and comparable:
        measured = pycanon.t_closeness(df, names, sensitive)
        # pycanon measures against the output's own distribution: the triangle inequality
        # bounds the difference by the EMD between output and input distributions
        slack = _emd_output_vs_original(out, table, s, numeric_sensitive)
        assert measured <= model.t + slack + 1e-9


@pytest.mark.parametrize("algorithm", ["local", "full-domain"])
@pytest.mark.parametrize("distance", ["equal", "ordered"])
def test_t_closeness_really_holds(algorithm: str, distance: str) -> None:
    """A t=0.25 request gives a maximum EMD <= 0.25 as pycanon measures it (no
    suppression, so pycanon's reference distribution is the input's)."""
    rng = np.random.default_rng(7)
    n = 400
    ages = rng.integers(18, 80, n)
    # the sensitive value depends strongly on age: naive partitions would be far from t
    sick = np.where(ages > 55, rng.random(n) < 0.8, rng.random(n) < 0.1)
    table = pl.DataFrame(
        {
            "age": ages,
            "city": rng.choice(sorted(CITY_LEAVES), n),
            "sex": rng.choice(["F", "M"], n),
            "job": rng.choice(["nurse", "doctor", "clerk"], n),
            "diagnosis": np.where(sick, "sick", "well"),
            "score": np.where(sick, 4, 0) + rng.integers(0, 2, n),
        }
    )
    s = "score" if distance == "ordered" else "diagnosis"
    model = PrivacyModel(k=3, t=0.25, t_distance=distance, algorithm=algorithm)  # type: ignore[arg-type]
    qis = _qis(algorithm)
    r = anonymize(table, qis, [s], model)
    assert r.suppressed == 0
    names = [q.name for q in qis]
    t = pycanon.t_closeness(_pd(r.table), names, [s])
    assert t <= 0.25 + 1e-9
    assert r.classes > 1  # it did partition


# ---------------------------------------------------------------------------------------
# full-domain: the search finds the brute-force optimum


def _brute_force(
    table: pl.DataFrame, qis: list[QuasiIdentifier], s: str, model: PrivacyModel
) -> float:
    """Least loss over all lattice nodes, computed with Hierarchy.generalize and plain
    Python, independent of the engine's encoding and search."""
    n = table.height
    budget = math.floor(model.max_suppression * n + 1e-9)
    values = table[s].to_list()
    dist = {v: values.count(v) / n for v in set(values)}
    order = sorted(dist)
    best = math.inf
    hs = [q.hierarchy for q in qis]
    assert all(h is not None for h in hs)
    for node in itertools.product(*[range(h.height) for h in hs if h is not None]):
        gen = [
            h.generalize(table[q.name], lev).to_list()
            for q, h, lev in zip(qis, hs, node, strict=True)
            if h
        ]
        classes: dict[tuple[str, ...], list[int]] = {}
        for i, key in enumerate(zip(*gen, strict=True)):
            classes.setdefault(key, []).append(i)
        suppressed = 0
        gen_cost = 0.0
        for members in classes.values():
            vals = [values[i] for i in members]
            cnt = {v: vals.count(v) for v in set(vals)}
            ok = len(members) >= model.k
            if model.l is not None:
                ok &= len(cnt) >= model.l
            if model.t is not None:
                q = [cnt.get(v, 0) / len(members) for v in order]
                p = [dist[v] for v in order]
                emd = 0.5 * sum(abs(a - b) for a, b in zip(q, p, strict=True))
                ok &= emd <= model.t + 1e-12
            if not ok:
                suppressed += len(members)
                continue
            for j, (q_, h) in enumerate(zip(qis, hs, strict=True)):
                assert h is not None
                present = set(table[q_.name].cast(pl.String).to_list())
                level = node[j]
                label = members and gen[j][members[0]]
                under = {r[0] for r in h.rows if r[level] == label} & present
                pen = (len(under) - 1) / (len(present) - 1) if len(present) > 1 else 0.0
                gen_cost += pen * len(members)
        if suppressed > budget:
            continue
        loss = (gen_cost + len(qis) * suppressed) / (n * len(qis))
        best = min(best, loss)
    return best


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    table=tables(),
    k=st.integers(2, 5),
    supp=st.sampled_from([0.0, 0.1, 0.25]),
    ell=st.sampled_from([None, 2]),
    t=st.sampled_from([None, 0.3]),
)
def test_full_domain_finds_the_brute_force_optimum(
    table: pl.DataFrame, k: int, supp: float, ell: int | None, t: float | None
) -> None:
    model = PrivacyModel(k=k, l=ell, t=t, max_suppression=supp, algorithm="full-domain")
    assume(_reachable(table, model, ["diagnosis"]))
    qis = _qis("full-domain")
    r = anonymize(table, qis, ["diagnosis"], model)
    assert r.ncp == pytest.approx(_brute_force(table, qis, "diagnosis", model), abs=1e-9)
    assert r.levels is not None and set(r.levels) == {q.name for q in qis}


# ---------------------------------------------------------------------------------------
# the verifier catches violations


def _classes(rows: list[tuple[str, str]]) -> pl.DataFrame:
    return pl.DataFrame({"qi": [r[0] for r in rows], "s": [r[1] for r in rows]}, orient="row")


def test_verifier_accepts_a_good_table() -> None:
    t = _classes([("a", "x"), ("a", "y"), ("b", "x"), ("b", "y")])
    assert check(t, ["qi"], ["s"], PrivacyModel(k=2, l=2, t=0.0), t) == []


def test_verifier_catches_small_classes() -> None:
    t = _classes([("a", "x"), ("a", "y"), ("b", "x")])
    problems = check(t, ["qi"], ["s"], PrivacyModel(k=2))
    assert len(problems) == 1 and "fewer than k=2" in problems[0]


def test_verifier_catches_distinct_l() -> None:
    t = _classes([("a", "x"), ("a", "x"), ("b", "x"), ("b", "y")])
    problems = check(t, ["qi"], ["s"], PrivacyModel(k=2, l=2))
    assert len(problems) == 1 and "l=2" in problems[0]


def test_verifier_catches_entropy_l() -> None:
    # class a: 3 x and 1 y, entropy l = exp(H) = 1.75 < 1.8
    t = _classes([("a", "x")] * 3 + [("a", "y")] + [("b", "x"), ("b", "y")] * 2)
    assert check(t, ["qi"], ["s"], PrivacyModel(k=2, l_entropy=1.7)) == []
    problems = check(t, ["qi"], ["s"], PrivacyModel(k=2, l_entropy=1.8))
    assert len(problems) == 1 and "entropy" in problems[0]


def test_verifier_catches_t_closeness_against_the_original() -> None:
    orig = _classes([("a", "x"), ("a", "x"), ("b", "y"), ("b", "y")])
    # equal distance: each class is all-x or all-y against 50/50: EMD 0.5
    assert check(orig, ["qi"], ["s"], PrivacyModel(k=2, t=0.5), orig) == []
    problems = check(orig, ["qi"], ["s"], PrivacyModel(k=2, t=0.49), orig)
    assert len(problems) == 1 and "farther than t=0.49" in problems[0]
    # against the ORIGINAL distribution: after suppressing class b, class a matches the
    # output's own distribution (EMD 0) but not the input's
    out = orig.filter(pl.col("qi") == "a")
    m = PrivacyModel(k=2, t=0.2, max_suppression=0.5)
    assert check(out, ["qi"], ["s"], m, None) == []
    assert any("farther" in p for p in check(out, ["qi"], ["s"], m, orig))


def test_verifier_ordered_distance_matches_pycanon() -> None:
    rng = np.random.default_rng(3)
    for _ in range(20):
        n = int(rng.integers(10, 80))
        t = pl.DataFrame({"qi": rng.integers(0, 5, n).astype(str), "v": rng.integers(0, 7, n)})
        measured = pycanon.t_closeness(_pd(t), ["qi"], ["v"])  # numeric: ordered distance
        ordered = PrivacyModel(t=measured + 1e-7, t_distance="ordered")
        assert check(t, ["qi"], ["v"], ordered) == []
        tighter = PrivacyModel(t=measured - 1e-6, t_distance="ordered")
        assert check(t, ["qi"], ["v"], tighter) != []
        ts = t.with_columns(pl.col("v").cast(pl.String))
        measured = pycanon.t_closeness(_pd(ts), ["qi"], ["v"])  # strings: equal distance
        assert check(ts, ["qi"], ["v"], PrivacyModel(t=measured + 1e-7)) == []
        assert check(ts, ["qi"], ["v"], PrivacyModel(t=measured - 1e-6)) != []


def test_verifier_catches_too_much_suppression_and_missing_columns() -> None:
    orig = _classes([("a", "x")] * 10)
    out = orig.head(8)
    problems = check(out, ["qi"], ["s"], PrivacyModel(k=2, max_suppression=0.1), orig)
    assert len(problems) == 1 and "suppressed" in problems[0]
    assert check(out, ["qi"], ["s"], PrivacyModel(k=2, max_suppression=0.2), orig) == []
    assert check(out, ["zip"], ["s"], PrivacyModel()) == ["column 'zip' is missing from the output"]


def test_verifier_groups_the_strings_as_written() -> None:
    # two rows of class "[30-39]" and one "30-39": different strings, different classes
    t = pl.DataFrame({"age": ["[30-39]", "[30-39]", "30-39"], "s": ["x", "y", "x"]})
    assert check(t, ["age"], ["s"], PrivacyModel(k=2)) != []


def test_a_failed_verification_is_a_bug(monkeypatch: pytest.MonkeyPatch) -> None:
    real = engine_mod.mondrian.recode

    def broken(*args: object, **kwargs: object) -> object:
        rec = real(*args, **kwargs)  # type: ignore[arg-type]
        # write the original ages back: classes split apart
        rec.columns["age"] = pl.Series("age", [str(i) for i in range(len(rec.columns["age"]))])
        return rec

    monkeypatch.setattr(engine_mod.mondrian, "recode", broken)
    table = pl.DataFrame({"age": list(range(20)), "s": ["x", "y"] * 10})
    with pytest.raises(VeilError, match="internal: anonymization result failed verification"):
        anonymize(table, [QuasiIdentifier("age", numeric=True)], ["s"], PrivacyModel(k=2))


# ---------------------------------------------------------------------------------------
# local recoding: output format


def test_local_recoding_strings() -> None:
    table = pl.DataFrame(
        {
            "age": [30, 31, 35, 39, 50, 50, 50, 50],
            "city": ["Lyon", "Paris", "Lyon", "Nice", "Rome", "Milan", "Rome", "Turin"],
            "job": ["nurse", "clerk", "nurse", "clerk", "doctor", "doctor", "doctor", "doctor"],
        }
    )
    qis = [
        QuasiIdentifier("age", numeric=True),
        QuasiIdentifier("city", hierarchy=CITY_H),
        QuasiIdentifier("job"),
    ]
    r = anonymize(table, qis, [], PrivacyModel(k=4))
    out = r.table
    assert out["age"].to_list() == ["[30-39]"] * 4 + ["50"] * 4
    assert out["city"].to_list() == ["FR"] * 4 + ["IT"] * 4
    assert out["job"].to_list() == ["{clerk,nurse}"] * 4 + ["doctor"] * 4
    assert r.classes == 2
    # NCP: age 9/20 on half the rows; city FR and IT each cover 3 of 6 values: 2/5;
    # job {clerk,nurse} 1/2 on half the rows
    assert r.ncp_by_column["age"] == pytest.approx(0.5 * 9 / 20)
    assert r.ncp_by_column["city"] == pytest.approx(2 / 5)
    assert r.ncp_by_column["job"] == pytest.approx(0.5 * 1 / 2)
    assert r.ncp == pytest.approx((0.5 * 9 / 20 + 2 / 5 + 0.25) / 3)


def test_numeric_strings_and_floats() -> None:
    table = pl.DataFrame({"x": ["1.5", "2", "2.5", "10"], "s": ["a", "b", "a", "b"]})
    r = anonymize(table, [QuasiIdentifier("x", numeric=True)], ["s"], PrivacyModel(k=2))
    assert r.table["x"].to_list() == ["[1.5-2.0]", "[1.5-2.0]", "[2.5-10.0]", "[2.5-10.0]"]


def test_deterministic() -> None:
    rng = np.random.default_rng(1)
    table = pl.DataFrame(
        {
            "age": rng.integers(18, 90, 500),
            "city": rng.choice(sorted(CITY_LEAVES), 500),
            "diagnosis": rng.choice(["a", "b", "c"], 500),
        }
    )
    qis = [QuasiIdentifier("age", numeric=True), QuasiIdentifier("city", hierarchy=CITY_H)]
    model = PrivacyModel(k=5, l=2, max_suppression=0.02)
    a = anonymize(table, qis, ["diagnosis"], model)
    b = anonymize(table, qis, ["diagnosis"], model)
    assert a.table.equals(b.table) and a.ncp == b.ncp


def test_progress_is_reported() -> None:
    seen: list[str] = []
    table = pl.DataFrame({"age": list(range(40)), "s": ["x", "y"] * 20})
    anonymize(table, [QuasiIdentifier("age", numeric=True)], ["s"], PrivacyModel(k=3),
              progress=seen.append)  # fmt: skip
    assert any("round" in m for m in seen) and any("verifying" in m for m in seen)


def test_local_recoding_suppresses_outliers_when_it_pays() -> None:
    rng = np.random.default_rng(0)
    table = pl.DataFrame(
        {"age": [*rng.integers(30, 40, 100).tolist(), 90, 91], "s": ["x", "y"] * 51}
    )
    qis = [QuasiIdentifier("age", numeric=True)]
    strict = anonymize(table, qis, ["s"], PrivacyModel(k=5))
    # without suppression the outliers share a class with younger rows: a range up to 91
    assert strict.suppressed == 0
    assert any(a.startswith("[3") and a.endswith("-91]") for a in strict.table["age"].to_list())
    loose = anonymize(table, qis, ["s"], PrivacyModel(k=5, max_suppression=0.02))
    assert loose.suppressed == 2 and loose.ncp < strict.ncp / 2
    assert set(loose.table["age"].to_list()).isdisjoint({"90", "91"})


def test_local_recoding_with_several_roots_writes_a_star() -> None:
    h = Hierarchy.from_rows("g", [["a", "A"], ["b", "A"], ["c", "C"]])
    table = pl.DataFrame({"g": ["a", "b", "c", "c"], "s": ["x", "y", "x", "y"]})
    r = anonymize(table, [QuasiIdentifier("g", hierarchy=h)], ["s"], PrivacyModel(k=3))
    assert r.table["g"].to_list() == ["*"] * 4
    assert r.ncp == 1.0


def test_local_recoding_uses_the_hierarchy_of_a_numeric_qi() -> None:
    table = pl.DataFrame({"age": [31, 33, 35, 38, 52, 55, 57, 58]})
    r = anonymize(
        table, [QuasiIdentifier("age", numeric=True, hierarchy=AGE_H)], [], PrivacyModel(k=4)
    )
    assert r.table["age"].to_list() == ["30-39"] * 4 + ["50-59"] * 4


def test_entropy_l_diversity() -> None:
    rng = np.random.default_rng(5)
    table = pl.DataFrame(
        {"age": rng.integers(20, 70, 300), "s": rng.choice(["a", "b", "c"], 300, p=[0.6, 0.3, 0.1])}
    )
    model = PrivacyModel(k=2, l_entropy=2.0)
    r = anonymize(table, [QuasiIdentifier("age", numeric=True)], ["s"], model)
    assert check(r.table, ["age"], ["s"], model, table) == []
    assert pycanon.entropy_l_diversity(_pd(r.table), ["age"], ["s"]) >= 1  # pycanon floors
    with pytest.raises(
        InputError, match=r"entropy l=3 is not reachable: .* only 2\.31 over the whole table"
    ):
        anonymize(table, [QuasiIdentifier("age", numeric=True)], ["s"], PrivacyModel(l_entropy=3))


def test_sensitive_nulls_are_a_value() -> None:
    table = pl.DataFrame({"age": list(range(12)), "s": ["a", None, "b"] * 4})
    model = PrivacyModel(k=3, l=3)
    r = anonymize(table, [QuasiIdentifier("age", numeric=True)], ["s"], model)
    assert check(r.table, ["age"], ["s"], model, table) == []


def test_histograms_in_chunks_give_the_same_result(monkeypatch: pytest.MonkeyPatch) -> None:
    from veil.anonymize import _encoding

    rng = np.random.default_rng(2)
    table = pl.DataFrame(
        {
            "age": rng.integers(18, 90, 2000),
            "city": rng.choice(sorted(CITY_LEAVES), 2000),
            "v": rng.integers(0, 40, 2000),
        }
    )
    for algorithm in ("local", "full-domain"):
        qis = [
            QuasiIdentifier(
                "age", numeric=True, hierarchy=AGE_H if algorithm == "full-domain" else None
            ),
            QuasiIdentifier("city", hierarchy=CITY_H),
        ]
        model = PrivacyModel(
            k=4, l=3, t=0.3, t_distance="ordered", max_suppression=0.05, algorithm=algorithm
        )  # type: ignore[arg-type]
        dense = anonymize(table, qis, ["v"], model)
        monkeypatch.setattr(_encoding, "_DENSE_CELLS", 64)
        chunked = anonymize(table, qis, ["v"], model)
        monkeypatch.undo()
        assert dense.table.equals(chunked.table)


def test_full_domain_lattice_too_large() -> None:
    cols = {f"c{i}": ["x", "y"] * 3 for i in range(21)}
    h = {c: Hierarchy.from_rows(c, [["x", "*"], ["y", "*"]]) for c in cols}
    with pytest.raises(InputError, match="2,097,152 nodes, too many"):
        anonymize(
            pl.DataFrame(cols),
            [QuasiIdentifier(c, hierarchy=h[c]) for c in cols],
            [],
            PrivacyModel(k=2, algorithm="full-domain"),
        )


# ---------------------------------------------------------------------------------------
# bad input: a clear InputError


BASE = pl.DataFrame(
    {"age": [30, 31, 32, 33], "city": ["Lyon", "Paris", "Rome", "Milan"], "s": ["a", "b"] * 2}
)


@pytest.mark.parametrize(
    ("table", "qis", "sensitive", "model", "match"),
    [
        (
            BASE,
            [QuasiIdentifier("zip")],
            ["s"],
            PrivacyModel(),
            "unknown column: quasi-identifier 'zip'",
        ),
        (BASE, [QuasiIdentifier("age")], ["diag"], PrivacyModel(), "sensitive attribute 'diag'"),
        (BASE.head(0), [QuasiIdentifier("age")], ["s"], PrivacyModel(), "the table is empty"),
        (BASE, [], ["s"], PrivacyModel(), "no quasi-identifiers"),
        (
            BASE,
            [QuasiIdentifier("age"), QuasiIdentifier("age")],
            [],
            PrivacyModel(),
            "declared twice",
        ),
        (
            BASE,
            [QuasiIdentifier("s")],
            ["s"],
            PrivacyModel(),
            "both a quasi-identifier and a sensitive",
        ),
        (BASE, [QuasiIdentifier("age")], [], PrivacyModel(l=2), "need at least one sensitive"),
        (BASE, [QuasiIdentifier("age")], [], PrivacyModel(k=0), "k must be at least 1"),
        (BASE, [QuasiIdentifier("age")], [], PrivacyModel(max_suppression=1.5), "max_suppression"),
        (
            BASE.with_columns(pl.Series("city", ["Lyon", "Paris", "Rome", "Oslo"])),
            [QuasiIdentifier("city", hierarchy=CITY_H)],
            [],
            PrivacyModel(),
            "no leaf for 1 value\\(s\\), e.g. 'Oslo'",
        ),
        (
            BASE.with_columns(pl.Series("age", ["30", "x", "32", "n/a"])),
            [QuasiIdentifier("age", numeric=True)],
            [],
            PrivacyModel(),
            "'age' is a numeric quasi-identifier but has 2 value\\(s\\) that are not numbers, "
            "e.g. 'n/a', 'x'",
        ),
        (
            BASE.with_columns(pl.Series("age", [30, None, 32, 33])),
            [QuasiIdentifier("age", numeric=True)],
            [],
            PrivacyModel(),
            "1 empty value",
        ),
        (
            BASE,
            [QuasiIdentifier("age", numeric=True), QuasiIdentifier("city", hierarchy=CITY_H)],
            [],
            PrivacyModel(algorithm="full-domain"),
            "needs a hierarchy for every quasi-identifier; 'age' has none",
        ),
        (
            BASE,
            [QuasiIdentifier("age", numeric=True)],
            [],
            PrivacyModel(k=5),
            "k=5 is not reachable: the table has only 4",
        ),
        (
            BASE,
            [QuasiIdentifier("age", numeric=True)],
            ["s"],
            PrivacyModel(l=3),
            "l=3 is not reachable: sensitive attribute 's' has only 2",
        ),
        (
            BASE,
            [QuasiIdentifier("city", hierarchy=CITY_H)],
            ["s"],
            PrivacyModel(k=5, algorithm="full-domain"),
            "k=5 is not reachable: the table has only 4",
        ),
    ],
)
def test_bad_input(
    table: pl.DataFrame,
    qis: list[QuasiIdentifier],
    sensitive: list[str],
    model: PrivacyModel,
    match: str,
) -> None:
    with pytest.raises(InputError, match=match):
        anonymize(table, qis, sensitive, model)


def test_k_not_reachable_says_the_best_k_and_the_suppression_that_would_reach_it() -> None:
    # a hierarchy with two roots: full generalization still leaves a class of 3 rows
    h = Hierarchy.from_rows("g", [["a", "A"], ["b", "A"], ["c", "C"]])
    table = pl.DataFrame({"g": ["a"] * 10 + ["b"] * 10 + ["c"] * 3})
    with pytest.raises(InputError) as e:
        anonymize(
            table,
            [QuasiIdentifier("g", hierarchy=h)],
            [],
            PrivacyModel(k=5, max_suppression=0.05, algorithm="full-domain"),
        )
    assert str(e.value) == (
        "k=5 is not reachable with ≤5.0% suppression: the best is k=3; "
        "allow 13.1% suppression or drop a quasi-identifier"
    )
    r = anonymize(
        table,
        [QuasiIdentifier("g", hierarchy=h)],
        [],
        PrivacyModel(k=5, max_suppression=0.131, algorithm="full-domain"),
    )
    # suppressing the 3 c's is enough: nothing needs generalizing
    assert r.suppressed == 3 and r.levels == {"g": 0}
    assert r.table["g"].unique().sort().to_list() == ["a", "b"]


# ---------------------------------------------------------------------------------------
# Adult (30,162 rows): the benchmark's settings, checked with pycanon


@pytest.fixture(scope="module")
def adult() -> tuple[pl.DataFrame, dict[str, Hierarchy]]:
    if not (ADULT / "adult.csv").exists():
        pytest.skip("the Adult data set is not available")
    df = pl.read_csv(ADULT / "adult.csv", separator=";", infer_schema_length=0)
    df = df.with_columns(pl.col("age").cast(pl.Int64))
    hs = {c: Hierarchy.from_csv(ADULT / f"adult_hierarchy_{c}.csv", c) for c in ADULT_QIS}
    return df, hs


@pytest.mark.slow
def test_adult_local_recoding_k5(adult: tuple[pl.DataFrame, dict[str, Hierarchy]]) -> None:
    df, _ = adult
    qis = [QuasiIdentifier("age", numeric=True)] + [QuasiIdentifier(c) for c in ADULT_QIS[1:]]
    r = anonymize(df, qis, ["salary-class"], PrivacyModel(k=5, max_suppression=0.05))
    assert r.ncp <= 0.05
    assert r.seconds < 10
    assert pycanon.k_anonymity(_pd(r.table), ADULT_QIS) >= 5


@pytest.mark.slow
def test_adult_full_domain_k5_matches_arx(adult: tuple[pl.DataFrame, dict[str, Hierarchy]]) -> None:
    df, hs = adult
    qis = [QuasiIdentifier(c, hierarchy=hs[c], numeric=c == "age") for c in ADULT_QIS]
    r = anonymize(
        df, qis, ["salary-class"], PrivacyModel(k=5, max_suppression=0.05, algorithm="full-domain")
    )
    # ARX 3.9 reports NCP 0.293 for its solution; the optimum by mean NCP is lower
    assert r.ncp == pytest.approx(0.2748, abs=5e-4)
    assert r.ncp <= 0.293
    assert r.levels == {
        "age": 3, "sex": 0, "race": 0, "marital-status": 1, "education": 2,
        "native-country": 1, "workclass": 1, "occupation": 1,
    }  # fmt: skip
    assert r.suppressed <= 0.05 * df.height
    assert pycanon.k_anonymity(_pd(r.table), ADULT_QIS) >= 5


@pytest.mark.slow
@pytest.mark.parametrize("algorithm", ["local", "full-domain"])
def test_adult_k5_l2_t02(adult: tuple[pl.DataFrame, dict[str, Hierarchy]], algorithm: str) -> None:
    df, hs = adult
    qis = [
        QuasiIdentifier(c, hierarchy=hs[c], numeric=c == "age")
        if algorithm == "full-domain"
        else QuasiIdentifier(c, numeric=c == "age")
        for c in ADULT_QIS
    ]
    model = PrivacyModel(k=5, l=2, t=0.2, max_suppression=0.05, algorithm=algorithm)  # type: ignore[arg-type]
    r = anonymize(df, qis, ["salary-class"], model)
    # ARX: NCP 0.557 (full-domain); local recoding does far better
    assert r.ncp <= (0.5575 if algorithm == "full-domain" else 0.35)
    out = _pd(r.table)
    assert pycanon.k_anonymity(out, ADULT_QIS) >= 5
    assert pycanon.l_diversity(out, ADULT_QIS, ["salary-class"]) >= 2
    slack = _emd_output_vs_original(r.table, df, "salary-class", ordered=False)
    assert pycanon.t_closeness(out, ADULT_QIS, ["salary-class"]) <= 0.2 + slack + 1e-9
