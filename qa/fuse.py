"""Fusing the dense and lexical rankings into one.

Two methods, both measured on the dev set (see README, benchmarks):
- reciprocal-rank fusion: only ranks matter, so no score calibration is needed;
- score fusion: each list's scores min-max scaled to [0, 1], then a weighted sum.
"""
from __future__ import annotations

from typing import Iterable, Sequence

RRF_K = 60


def rrf(rankings: Sequence[Sequence[int]], weights: Sequence[float] | None = None,
        k: int = RRF_K) -> list[tuple[int, float]]:
    """Reciprocal-rank fusion: score(d) = sum_i w_i / (k + rank_i(d)), rank from 1."""
    weights = weights or [1.0] * len(rankings)
    scores: dict[int, float] = {}
    for ranking, w in zip(rankings, weights):
        for r, doc in enumerate(ranking, start=1):
            scores[doc] = scores.get(doc, 0.0) + w / (k + r)
    # ties broken by id so results are deterministic
    return sorted(scores.items(), key=lambda x: (-x[1], x[0]))


def keep_heads(fused: Sequence[tuple[int, float]], rankings: Sequence[Sequence[int]],
               within: int) -> list[tuple[int, float]]:
    """``fused`` with the head of every ranking among its first ``within``. RRF sums ranks, so a
    chunk first in one list and absent from the other (a rare name BM25 finds at once, the
    encoder places nowhere) scores 1/61 and falls behind chunks both lists rank twentieth
    (2/80): such a head moves up to the last places of the first ``within``, the order of the
    rest kept."""
    top = {doc for doc, _ in fused[:within]}
    missing = list(dict.fromkeys(r[0] for r in rankings if r and r[0] not in top))[:within]
    if not missing:
        return list(fused)
    score = dict(fused)
    rest = [(doc, s) for doc, s in fused if doc not in missing]
    at = within - len(missing)
    return rest[:at] + [(doc, score.get(doc, 0.0)) for doc in missing] + rest[at:]


def minmax(values: Iterable[float]) -> list[float]:
    values = list(values)
    if not values:
        return []
    lo, hi = min(values), max(values)
    if hi - lo < 1e-12:
        return [1.0] * len(values)
    return [(v - lo) / (hi - lo) for v in values]


def score_fusion(results: Sequence[tuple[Sequence[int], Sequence[float]]],
                 weights: Sequence[float] | None = None) -> list[tuple[int, float]]:
    """Weighted sum of min-max scaled scores; a document missing from a list gets 0 there."""
    weights = weights or [1.0] * len(results)
    scores: dict[int, float] = {}
    for (ids, raw), w in zip(results, weights):
        for doc, s in zip(ids, minmax(raw)):
            scores[doc] = scores.get(doc, 0.0) + w * s
    return sorted(scores.items(), key=lambda x: (-x[1], x[0]))
