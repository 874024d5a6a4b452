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
# each list's first chunk is kept among the first HEADS_WITHIN fused (fuse.keep_heads): the
# passages answer composition reads (select.TOP_PASSAGES, checked equal by a test)
HEADS_WITHIN = 5


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
        hits = [Hit(self.index.chunks[c], float(s), r, d_rank.get(c), l_rank.get(c))
                for r, (c, s) in enumerate(keep_heads(fused, [d_list, l_list], HEADS_WITHIN)[:k], 1)]
        t4 = time.perf_counter()
        return SearchResult(hits, qv, tokens,
                            Timings(*(1000 * x for x in (t1 - t0, t2 - t1, t3 - t2, t4 - t3))))
