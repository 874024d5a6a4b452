"""Hybrid search: dense (FAISS) and lexical (BM25 over morphemes), fused by rank."""
from __future__ import annotations

import time
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from .fuse import keep_heads, rrf, score_fusion
from .index import Index
from .korean import tokenize
from .types import Hit

CANDIDATES = 30  # per list, before fusion
# BM25's first chunk, when it scores far above the rest, is kept among the first HEADS_WITHIN
# fused (fuse.keep_heads): the passages answer composition reads (select.TOP_PASSAGES, checked
# equal by a test)
HEADS_WITHIN = 5
# how far above its second that first chunk must score (a rare name: 11.5 over 1.7); 1.5 and 3.0
# each lost a case 2.0 kept, on the nine questions keeping the head moved across KorQuAD seeds
# 1–4, 7, 13 and the news sets (bench/RESULTS.md, round 54)
LEXICAL_DOMINANCE = 2.0


def dominant_head(ids: list[int], scores: list[float], weight: float) -> list[int]:
    """``[ids[0]]`` when the list's first chunk scores LEXICAL_DOMINANCE times its second or more
    (a name BM25 finds at once, not one of many chunks sharing common words) and the list counts
    in the fusion at all; else []."""
    if weight <= 0 or len(ids) < 2 or len(scores) < 2:
        return []
    return ids[:1] if scores[0] >= LEXICAL_DOMINANCE * max(scores[1], 1e-9) else []


class Timings(NamedTuple):
    embed_ms: float
    dense_ms: float
    lexical_ms: float
    fuse_ms: float


@dataclass
class SearchResult:
    hits: list[Hit]
    query_vector: np.ndarray  # reused by answer composition to score sentences
    query_tokens: list[str]
    timings: Timings


class Retriever:
    """fit-free: wraps a loaded Index and an Embedder."""

    def __init__(self, index: Index, embedder, fusion: str = "rrf",
                 weights: tuple[float, float] = (1.0, 1.0)):
        self.index = index
        self.embedder = embedder
        self.fusion = fusion
        self.weights = weights

    def search(self, query: str, k: int = 5, candidates: int = CANDIDATES,
               dense_query: str | None = None) -> SearchResult:
        """``dense_query``, when given, is what the embedder sees instead of ``query``
        (BM25 always gets ``query``): an English question is embedded as written plus its
        Korean glossary terms, since e5 is multilingual but BM25 matches Korean only."""
        t0 = time.perf_counter()
        qv = self.embedder.queries([dense_query or query])[0]
        t1 = time.perf_counter()
        d_scores, d_ids = self.index.dense.search(qv[None, :], candidates)
        d_scores, d_ids = d_scores[0], d_ids[0]
        t2 = time.perf_counter()
        tokens = tokenize(query)
        l_scores, l_ids = self.index.lexical.search(tokens, candidates)
        t3 = time.perf_counter()
        d_list, l_list = [int(i) for i in d_ids], [int(i) for i in l_ids]
        if self.fusion == "score":
            fused = score_fusion([(d_list, d_scores.tolist()), (l_list, l_scores.tolist())], self.weights)
        else:
            fused = rrf([d_list, l_list], self.weights)
        d_rank = {c: r for r, c in enumerate(d_list, 1)}
        l_rank = {c: r for r, c in enumerate(l_list, 1)}
        heads = [dominant_head(l_list, l_scores.tolist(), self.weights[1])]
        hits = [Hit(self.index.chunks[c], float(s), r, d_rank.get(c), l_rank.get(c))
                for r, (c, s) in enumerate(keep_heads(fused, heads, min(HEADS_WITHIN, k))[:k], 1)]
        t4 = time.perf_counter()
        return SearchResult(hits, qv, tokens,
                            Timings(*(1000 * x for x in (t1 - t0, t2 - t1, t3 - t2, t4 - t3))))
