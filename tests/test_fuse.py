"""qa.fuse: reciprocal-rank and min-max score fusion, checked against hand computations."""
from __future__ import annotations

import itertools

import pytest

from qa.fuse import RRF_K, keep_heads, minmax, rrf, score_fusion


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


def test_a_lists_head_absent_from_the_other_is_kept_within_the_first_ones():
    # chunk 99 is first for BM25 only (a rare name); chunks 1-30 are ranked alike by both lists
    dense = list(range(1, 31))
    lexical = [99] + list(range(1, 30))
    fused = rrf([dense, lexical])
    assert [d for d, _ in fused[:5]] == [1, 2, 3, 4, 5]
    assert [d for d, _ in fused].index(99) > 20  # 1/61 is behind 2/(60+20): the trap
    kept = keep_heads(fused, [dense, lexical], within=5)
    assert [d for d, _ in kept[:5]] == [1, 2, 3, 4, 99]  # the order above it kept
    assert sorted(d for d, _ in kept) == sorted(d for d, _ in fused)  # nothing lost, nothing twice
    assert dict(kept)[99] == pytest.approx(1 / (RRF_K + 1))


def test_heads_already_in_front_leave_the_fusion_as_it_is():
    fused = rrf([[1, 2, 3], [2, 1, 3]])
    assert keep_heads(fused, [[1, 2, 3], [2, 1, 3]], within=2) == fused
    # two heads missing take the last two places of the first ``within``
    dense, lexical = [97] + list(range(1, 30)), [98] + list(range(1, 30))
    kept = keep_heads(rrf([dense, lexical]), [dense, lexical], within=4)
    assert [d for d, _ in kept[:4]] == [1, 2, 97, 98]


def test_search_keeps_heads_within_the_passages_the_answer_reads():
    from qa.search import HEADS_WITHIN
    from qa.select import TOP_PASSAGES
    assert HEADS_WITHIN == TOP_PASSAGES


def test_only_a_lexical_head_far_above_the_rest_is_kept():
    from qa.search import LEXICAL_DOMINANCE, dominant_head

    # a rare name: BM25's first chunk at 11.5, its second at 1.7
    assert dominant_head([7, 3, 5], [11.5, 1.7, 1.6], 1.0) == [7]
    # one of many chunks sharing common words: no head kept
    assert dominant_head([7, 3, 5], [4.0, 3.1, 3.0], 1.0) == []
    assert dominant_head([7, 3], [LEXICAL_DOMINANCE * 2.0, 2.0], 1.0) == [7]
    # a list weighted out of the fusion, or too short to compare, keeps nothing
    assert dominant_head([7, 3], [11.5, 1.7], 0.0) == [] and dominant_head([7], [11.5], 1.0) == []
