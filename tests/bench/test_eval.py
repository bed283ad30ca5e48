"""Unit tests of the benchmark scorer (bench/_eval.py), with hand-computed expectations."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

_EVAL_PATH = Path(__file__).resolve().parents[2] / "bench" / "_eval.py"
_MOD_NAME = "veil_bench_eval_under_test"


def _load_eval():
    if _MOD_NAME in sys.modules:
        return sys.modules[_MOD_NAME]
    spec = importlib.util.spec_from_file_location(_MOD_NAME, _EVAL_PATH)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[_MOD_NAME] = mod  # dataclasses look their module up in sys.modules
    spec.loader.exec_module(mod)
    return mod


ev = _load_eval()


def g(start, end, type_):
    """A gold entity as the corpus JSONL writes it."""
    return {"start": start, "end": end, "type": type_}


def p(start, end, type_, score=1.0):
    """A prediction as the benchmark passes it: (start, end, type, score)."""
    return (start, end, type_, score)


def score(gold_doc, pred_doc, types=None):
    return ev.evaluate([gold_doc], [pred_doc], types)


# ---- IoU --------------------------------------------------------------------------------


def test_iou_values():
    S = ev.Span
    assert ev.iou(S(0, 10, "X"), S(0, 10, "X")) == 1.0
    assert ev.iou(S(0, 10, "X"), S(5, 15, "X")) == pytest.approx(5 / 15)
    assert ev.iou(S(0, 10, "X"), S(10, 20, "X")) == 0.0  # touching, half-open
    assert ev.iou(S(0, 10, "X"), S(2, 4, "X")) == pytest.approx(0.2)
    assert ev.iou(S(3, 3, "X"), S(3, 3, "X")) == 0.0  # empty spans never overlap


# ---- exact match --------------------------------------------------------------------------


def test_exact_match_is_tp():
    r = score([g(5, 15, "EMAIL_ADDRESS")], [p(5, 15, "EMAIL_ADDRESS")])
    c = r.per_type["EMAIL_ADDRESS"]
    assert (c.tp, c.fp, c.fn) == (1, 0, 0)
    assert (r.micro.precision, r.micro.recall, r.micro.f2) == (1.0, 1.0, 1.0)


def test_type_mismatch_is_fp_and_fn():
    # same span, different group: no match; FP goes to the prediction's own type
    r = score([g(0, 11, "US_SSN")], [p(0, 11, "PHONE_NUMBER")])
    assert (r.per_type["US_SSN"].tp, r.per_type["US_SSN"].fn) == (0, 1)
    assert r.per_type["PHONE_NUMBER"].fp == 1
    assert (r.micro.tp, r.micro.fp, r.micro.fn) == (0, 1, 1)


# ---- IoU threshold -------------------------------------------------------------------------


def test_iou_exactly_half_matches():
    # gold [0,10), pred [0,5): inter 5, union 10 -> IoU 0.5 -> match (>=)
    r = score([g(0, 10, "PERSON")], [p(0, 5, "PERSON")])
    assert (r.micro.tp, r.micro.fp, r.micro.fn) == (1, 0, 0)


def test_iou_just_below_half_does_not_match():
    # gold [0,100), pred [0,49): 49/100 = 0.49
    r = score([g(0, 100, "PERSON")], [p(0, 49, "PERSON")])
    assert (r.micro.tp, r.micro.fp, r.micro.fn) == (0, 1, 1)


def test_iou_just_above_half_matches():
    # gold [0,100), pred [0,51): 51/100 = 0.51
    r = score([g(0, 100, "PERSON")], [p(0, 51, "PERSON")])
    assert (r.micro.tp, r.micro.fp, r.micro.fn) == (1, 0, 0)


def test_iou_below_half_with_overshoot():
    # gold [10,20), pred [5,20): inter 10, union 15 -> 0.667 match
    assert score([g(10, 20, "URL")], [p(5, 20, "URL")]).micro.tp == 1
    # gold [10,20), pred [0,21): inter 10, union 21 -> 0.476 no match
    assert score([g(10, 20, "URL")], [p(0, 21, "URL")]).micro.tp == 0


# ---- type groups ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "gold_type,pred_type",
    [
        ("DATE_OF_BIRTH", "DATE_TIME"),
        ("DATE_TIME", "DATE_OF_BIRTH"),
        ("ADDRESS", "LOCATION"),
        ("LOCATION", "ADDRESS"),
    ],
)
def test_type_group_equivalence(gold_type, pred_type):
    r = score([g(0, 10, gold_type)], [p(0, 10, pred_type)])
    assert (r.micro.tp, r.micro.fp, r.micro.fn) == (1, 0, 0)
    assert r.per_type[gold_type].tp == 1  # TP is credited to the gold type
    assert pred_type not in r.per_type or r.per_type[pred_type].fp == 0


def test_groups_do_not_cross():
    assert ev.type_group("DATE_TIME") == ev.type_group("DATE_OF_BIRTH") == "DATE"
    assert ev.type_group("ADDRESS") == ev.type_group("LOCATION") == "LOCATION"
    assert ev.type_group("PERSON") == "PERSON"
    r = score([g(0, 10, "LOCATION")], [p(0, 10, "DATE_TIME")])
    assert (r.micro.tp, r.micro.fp, r.micro.fn) == (0, 1, 1)
    assert r.per_type["DATE_TIME"].fp == 1 and r.per_type["LOCATION"].fn == 1


# ---- unmatched FP / FN -----------------------------------------------------------------------


def test_unmatched_counts_per_type():
    gold = [g(0, 5, "PERSON"), g(10, 20, "EMAIL_ADDRESS"), g(30, 41, "US_SSN")]
    pred = [p(0, 5, "PERSON"), p(50, 60, "PERSON"), p(70, 80, "URL")]
    r = score(gold, pred)
    assert (r.per_type["PERSON"].tp, r.per_type["PERSON"].fp, r.per_type["PERSON"].fn) == (1, 1, 0)
    assert (r.per_type["EMAIL_ADDRESS"].tp, r.per_type["EMAIL_ADDRESS"].fn) == (0, 1)
    assert r.per_type["US_SSN"].fn == 1
    assert r.per_type["URL"].fp == 1 and r.per_type["URL"].support == 0
    assert (r.micro.tp, r.micro.fp, r.micro.fn) == (1, 2, 2)
    # P = 1/3, R = 1/3 -> F2 = 5*(1/9) / (4/3 + 1/3) = 1/3
    assert r.micro.precision == pytest.approx(1 / 3)
    assert r.micro.recall == pytest.approx(1 / 3)
    assert r.micro.f2 == pytest.approx(1 / 3)


def test_empty_docs():
    r = ev.evaluate([[], []], [[], []])
    assert (r.micro.tp, r.micro.fp, r.micro.fn) == (0, 0, 0)
    assert (r.micro.precision, r.micro.recall, r.micro.f2) == (0.0, 0.0, 0.0)
    assert r.per_type == {}


def test_no_predictions_all_fn():
    r = score([g(0, 4, "PERSON"), g(6, 9, "PERSON")], [])
    assert (r.micro.tp, r.micro.fp, r.micro.fn) == (0, 0, 2)
    assert r.micro.precision == 0.0 and r.micro.recall == 0.0 and r.micro.f2 == 0.0


def test_types_outside_evaluated_set_are_dropped():
    gold = [g(0, 10, "PERSON"), g(20, 30, "EMAIL_ADDRESS")]
    pred = [p(0, 10, "PERSON"), p(40, 50, "ORGANIZATION"), p(20, 30, "EMAIL_ADDRESS")]
    # default set: ORGANIZATION is not in it -> dropped, not an FP
    r = score(gold, pred)
    assert (r.micro.tp, r.micro.fp, r.micro.fn) == (2, 0, 0)
    assert "ORGANIZATION" not in r.per_type
    # restricted set: PERSON dropped on both sides
    r = score(gold, pred, types=["EMAIL_ADDRESS"])
    assert (r.micro.tp, r.micro.fp, r.micro.fn) == (1, 0, 0)
    assert set(r.per_type) == {"EMAIL_ADDRESS"}


def test_micro_sums_over_documents():
    gold_docs = [[g(0, 5, "PERSON")], [g(0, 5, "PERSON"), g(10, 15, "URL")]]
    pred_docs = [[p(0, 5, "PERSON")], [p(10, 15, "URL"), p(20, 25, "URL")]]
    r = ev.evaluate(gold_docs, pred_docs)
    assert (r.per_type["PERSON"].tp, r.per_type["PERSON"].fn) == (1, 1)
    assert (r.per_type["URL"].tp, r.per_type["URL"].fp) == (1, 1)
    assert (r.micro.tp, r.micro.fp, r.micro.fn) == (2, 1, 1)


def test_spans_do_not_match_across_documents():
    r = ev.evaluate([[g(0, 5, "PERSON")], []], [[], [p(0, 5, "PERSON")]])
    assert (r.micro.tp, r.micro.fp, r.micro.fn) == (0, 1, 1)


def test_document_count_mismatch_raises():
    with pytest.raises(ValueError):
        ev.evaluate([[]], [[], []])


# ---- F2 ---------------------------------------------------------------------------------------


def test_f2_formula():
    assert ev.f_beta(0.5, 1.0) == pytest.approx(5 * 0.5 * 1.0 / (4 * 0.5 + 1.0))  # 0.8333
    assert ev.f_beta(1.0, 0.5) == pytest.approx(5 * 0.5 / (4 + 0.5))  # 0.5556
    assert ev.f_beta(0.0, 0.0) == 0.0
    assert ev.f_beta(1.0, 1.0) == 1.0
    assert ev.f_beta(0.5, 0.5, beta=1.0) == pytest.approx(0.5)


def test_counts_metrics():
    c = ev.Counts(tp=6, fp=2, fn=3)
    # P = 6/8 = 0.75, R = 6/9 = 0.6667, F2 = 5PR/(4P+R) = 2.5/3.6667 = 0.681818...
    assert c.precision == pytest.approx(0.75)
    assert c.recall == pytest.approx(2 / 3)
    assert c.f2 == pytest.approx(15 / 22)
    assert c.support == 9
    d = c.to_dict()
    assert d["tp"] == 6 and d["f2"] == pytest.approx(15 / 22)


def test_f2_weights_recall_over_precision():
    # 2 gold, 4 predictions, both gold found: P = 0.5, R = 1 -> F2 = 2.5/3 = 0.8333
    gold = [g(0, 5, "PERSON"), g(10, 15, "PERSON")]
    pred = [p(0, 5, "PERSON"), p(10, 15, "PERSON"), p(20, 25, "PERSON"), p(30, 35, "PERSON")]
    assert score(gold, pred).micro.f2 == pytest.approx(5 / 6)
    # 4 gold, 2 predictions, both correct: P = 1, R = 0.5 -> F2 = 2.5/4.5 = 0.5556
    gold = [g(0, 5, "PERSON"), g(10, 15, "PERSON"), g(20, 25, "PERSON"), g(30, 35, "PERSON")]
    pred = [p(0, 5, "PERSON"), p(10, 15, "PERSON")]
    assert score(gold, pred).micro.f2 == pytest.approx(5 / 9)


# ---- one-to-one matching ----------------------------------------------------------------------


def test_one_prediction_cannot_match_two_golds():
    # pred [0,10) has IoU 5/10 = 0.5 with gold [0,5) and with gold [5,10);
    # only one of them may be matched (tie -> lower gold index).
    r = score([g(0, 5, "PERSON"), g(5, 10, "PERSON")], [p(0, 10, "PERSON")])
    assert (r.micro.tp, r.micro.fp, r.micro.fn) == (1, 0, 1)


def test_two_predictions_cannot_match_one_gold():
    r = score([g(0, 10, "PERSON")], [p(0, 10, "PERSON"), p(0, 9, "PERSON")])
    assert (r.micro.tp, r.micro.fp, r.micro.fn) == (1, 1, 0)


def test_duplicate_predictions_count_as_fp():
    r = score([g(0, 10, "URL")], [p(0, 10, "URL"), p(0, 10, "URL")])
    assert (r.micro.tp, r.micro.fp, r.micro.fn) == (1, 1, 0)


def test_greedy_takes_highest_iou_first():
    gold = [g(0, 10, "PERSON")]
    # first prediction IoU 0.6, second exact (1.0): the exact one is matched, the other is FP
    pred = [p(0, 6, "PERSON"), p(0, 10, "PERSON")]
    pairs, un_gold, un_pred = ev.match_document(
        [ev.Span.coerce(x) for x in gold], [ev.Span.coerce(x) for x in pred]
    )
    assert pairs == [(0, 1)] and un_gold == [] and un_pred == [0]


def test_one_to_one_with_two_of_each():
    gold = [g(0, 10, "PERSON"), g(12, 20, "PERSON")]
    pred = [p(12, 20, "PERSON"), p(0, 10, "PERSON")]
    pairs, un_gold, un_pred = ev.match_document(
        [ev.Span.coerce(x) for x in gold], [ev.Span.coerce(x) for x in pred]
    )
    assert sorted(pairs) == [(0, 1), (1, 0)]
    assert un_gold == [] and un_pred == []


def test_matching_uses_group_per_pair():
    # A DATE_TIME prediction can match a DATE_OF_BIRTH gold even when a PERSON gold
    # overlaps it better; the PERSON gold stays unmatched.
    gold = [g(0, 10, "PERSON"), g(0, 8, "DATE_OF_BIRTH")]
    pred = [p(0, 10, "DATE_TIME")]
    r = score(gold, pred)
    assert r.per_type["DATE_OF_BIRTH"].tp == 1
    assert r.per_type["PERSON"].fn == 1
    assert r.micro.fp == 0


def test_span_coerce_forms():
    S = ev.Span
    assert S.coerce({"start": 1, "end": 2, "type": "URL"}) == S(1, 2, "URL")
    assert S.coerce((1, 2, "URL", 0.9)) == S(1, 2, "URL")
    assert S.coerce([1, 2, "URL"]) == S(1, 2, "URL")
    assert S.coerce(S(1, 2, "URL")) == S(1, 2, "URL")
    with pytest.raises(TypeError):
        S.coerce("URL")
