"""Dense search with FAISS: inner product over L2-normalised vectors (= cosine).

Exact ``IndexFlatIP`` up to ``exact_max`` vectors; above it an HNSW graph, because a
flat scan grows linearly (1.2-1.6 ms per 10k vectors of 384 dims on 2 cores, so ~50k
vectors already cost ~8 ms) while HNSW with efSearch 512 stays at a few ms with
recall@10 0.93-0.97 at 1e6 (bench/scale.py, bench/RESULTS.md).
"""
from __future__ import annotations

from pathlib import Path

import faiss
import numpy as np

HNSW_M = 32
HNSW_EF_CONSTRUCTION = 80
HNSW_EF_SEARCH = 512  # 96 gave recall@10 0.62-0.78 at 1e6; 512 gives 0.93-0.97 in 2-5 ms


def set_search_threads(threads: int) -> None:
    """FAISS's OpenMP threads for this process. The engine serves one question at a time
    per worker, and a single-query search gains nothing from a second thread (1e6 flat:
    121 ms on 1 thread, 154 ms on 2; under load 10x worse): it sets 1. Builds keep the
    default (all cores), which HNSW construction uses."""
    faiss.omp_set_num_threads(max(1, int(threads)))


class DenseIndex:
    def __init__(self, exact_max: int = 50_000):
        self.exact_max = exact_max
        self.index: faiss.Index | None = None

    @property
    def kind(self) -> str:
        if self.index is None:
            return "empty"
        return "hnsw" if isinstance(self.index, faiss.IndexHNSWFlat) else "flat"

    @property
    def size(self) -> int:
        return 0 if self.index is None else int(self.index.ntotal)

    def fit(self, vectors: np.ndarray) -> "DenseIndex":
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        if vectors.ndim != 2:
            raise ValueError(f"vectors must be 2-D, got shape {vectors.shape}")
        n, dim = vectors.shape
        if n <= self.exact_max:
            index = faiss.IndexFlatIP(dim)
        else:
            index = faiss.IndexHNSWFlat(dim, HNSW_M, faiss.METRIC_INNER_PRODUCT)
            index.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
            index.hnsw.efSearch = HNSW_EF_SEARCH
        index.add(vectors)
        self.index = index
        return self

    def search(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """(scores, ids), each (n_queries, <=k), best first.

        FAISS pads short results with id -1 (k larger than the index, or an HNSW
        search that found fewer neighbours); those columns are cut here so callers
        never index a chunk list with -1, which Python would silently accept.
        """
        q = np.ascontiguousarray(np.atleast_2d(queries), dtype=np.float32)
        if self.index is None or self.size == 0 or k <= 0:
            return np.zeros((len(q), 0), np.float32), np.zeros((len(q), 0), np.int64)
        scores, ids = self.index.search(q, min(k, self.size))
        valid = (ids >= 0).all(axis=0)
        return scores[:, valid], ids[:, valid]

    def save(self, path: Path) -> None:
        faiss.write_index(self.index, str(path))

    @classmethod
    def load(cls, path: Path, exact_max: int = 50_000) -> "DenseIndex":
        self = cls(exact_max)
        try:
            self.index = faiss.read_index(str(path))
        except RuntimeError as e:
            raise ValueError(f"FAISS 파일이 손상되었습니다: {path} ({str(e).splitlines()[0]})") from e
        if isinstance(self.index, faiss.IndexHNSWFlat):
            self.index.hnsw.efSearch = HNSW_EF_SEARCH
        return self
