"""qa.fuse: reciprocal-rank and min-max score fusion, checked against hand computations."""
from __future__ import annotations

import itertools

import pytest

from qa.fuse import RRF_K, minmax, rrf, score_fusion


def test_rrf_by_hand():
    dense = [10, 20, 30]
    lexical = [30, 40, 10]
    k = 60
    want = {
        10: 1 / (k + 1) + 1 / (k + 3),
        20: 1 / (k + 2),
        30: 1 / (k + 3) + 1 / (k + 1),
        40: 1 / (k + 2),
    }
    got = rrf([dense, lexical], k=k)
    assert [d for d, _ in got] == [10, 30, 20, 40]  # 10/30 and 20/40 tie: lower id first
    for d, s in got:
        assert s == pytest.approx(want[d])
    assert RRF_K == 60 and rrf([dense, lexical]) == got


def test_rrf_weights_and_k_by_hand():
    got = dict(rrf([[1, 2], [2, 3]], weights=[2.0, 0.5], k=10))
    assert got[1] == pytest.approx(2 / 11)
    assert got[2] == pytest.approx(2 / 12 + 0.5 / 11)
    assert got[3] == pytest.approx(0.5 / 12)
    assert [d for d, _ in rrf([[1, 2], [2, 3]], weights=[2.0, 0.5], k=10)] == [2, 1, 3]


def test_rrf_document_in_both_lists_beats_one_list():
    fused = rrf([[1, 2, 3], [3, 4, 5]])
    assert fused[0][0] == 3


def test_rrf_empty_inputs():
    assert rrf([]) == []
    assert rrf([[], []]) == []
    assert rrf([[], [5, 6]]) == [(5, pytest.approx(1 / 61)), (6, pytest.approx(1 / 62))]


def test_rrf_ties_are_deterministic():
    # every document has the same score; the order must not depend on input order
    lists = [[4, 1], [1, 4], [7], [2]]
    seen = {tuple(d for d, _ in rrf(list(p))) for p in itertools.permutations(lists)}
    assert seen == {(1, 4, 2, 7)}


def test_minmax():
    assert minmax([]) == []
    assert minmax([3.0, 1.0, 2.0]) == [1.0, 0.0, 0.5]
    assert minmax([0.7, 0.7]) == [1.0, 1.0]  # one value (or all equal) counts as best
    assert minmax([5.0]) == [1.0]


def test_score_fusion_by_hand():
    dense = ([1, 2, 3], [0.9, 0.7, 0.5])  # scaled: 1.0, 0.5, 0.0
    lexical = ([3, 4], [12.0, 4.0])  # scaled: 1.0, 0.0
    got = dict(score_fusion([dense, lexical]))
    assert got == pytest.approx({1: 1.0, 2: 0.5, 3: 1.0, 4: 0.0})
    weighted = dict(score_fusion([dense, lexical], weights=[1.0, 0.25]))
    assert weighted == pytest.approx({1: 1.0, 2: 0.5, 3: 0.25, 4: 0.0})
    assert [d for d, _ in score_fusion([dense, lexical], weights=[1.0, 0.25])] == [1, 2, 3, 4]


def test_score_fusion_ties_are_deterministic():
    a = ([8, 5], [2.0, 1.0])
    b = ([5, 8], [2.0, 1.0])
    assert [d for d, _ in score_fusion([a, b])] == [5, 8]
    assert [d for d, _ in score_fusion([b, a])] == [5, 8]


def test_score_fusion_empty_list():
    assert score_fusion([([], []), ([2], [0.3])]) == [(2, 1.0)]
    assert score_fusion([]) == []
