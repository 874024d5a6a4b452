"""Dense search with FAISS: inner product over L2-normalised vectors (= cosine).

Exact ``IndexFlatIP`` up to ``exact_max`` vectors. Above it, an HNSW graph over 8-bit
scalar-quantised codes, whose best ``RERANK`` candidates are re-scored with the exact
float32 vectors (memory-mapped ``vectors.npy``). Why each choice (bench/scale.py,
bench/RESULTS.md §4, 1e6 synthetic passages, real queries, 1 thread):

* a flat scan grows linearly, ~1.5 ms per 10k vectors of 384 dims, so past ~50k vectors
  it eats the latency budget (1e6: 121 ms);
* HNSW over float32 vectors holds 1.74 GB at 1e6 and reached recall@10 0.930 at
  efSearch 512; over 8-bit codes it holds 0.63 GB;
* the 8-bit codes blur the order of close neighbours: re-scoring 50 candidates exactly
  lifts recall@10 at efSearch 1024 from 0.942 to 0.970 (0.5 ms), and makes the scores
  returned exact cosines, comparable with the flat index's.
"""
from __future__ import annotations

from pathlib import Path

import faiss
import numpy as np

HNSW_M = 32
HNSW_EF_CONSTRUCTION = 80
HNSW_EF_SEARCH = 1024  # 512: recall@10 0.93 at 1e6 (Gaussian synthetic); 1024 + rerank: 0.97 in ~6 ms
RERANK = 50  # HNSW candidates re-scored with the exact vectors
BLOCK = 65_536  # vectors handed to FAISS at a time: a build reads the memory-mapped file in blocks
TRAIN_MAX = 262_144  # rows the 8-bit codes' per-dimension ranges are fitted on (evenly spread)


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
        # Exact vectors for re-scoring HNSW candidates (a memmap once loaded); None: no rerank.
        self.vectors: np.ndarray | None = None

    @property
    def kind(self) -> str:
        if self.index is None:
            return "empty"
        return "hnsw" if isinstance(self.index, faiss.IndexHNSW) else "flat"

    def describe(self) -> dict:
        """What the manifest records about the dense index."""
        out = {"kind": self.kind, "faiss": type(self.index).__name__ if self.index is not None else None}
        if self.kind == "hnsw":
            out.update(M=HNSW_M, ef_construction=self.index.hnsw.efConstruction,
                       ef_search=self.index.hnsw.efSearch, rerank=RERANK)
        return out

    @property
    def size(self) -> int:
        return 0 if self.index is None else int(self.index.ntotal)

    def fit(self, vectors: np.ndarray) -> "DenseIndex":
        """Index ``vectors`` (an array or a memory-mapped file), read a block at a time so
        a build never holds a second full copy of them."""
        if vectors.ndim != 2:
            raise ValueError(f"vectors must be 2-D, got shape {vectors.shape}")
        n, dim = vectors.shape
        if n <= self.exact_max:
            index = faiss.IndexFlatIP(dim)
        else:
            index = faiss.IndexHNSWSQ(dim, faiss.ScalarQuantizer.QT_8bit, HNSW_M, faiss.METRIC_INNER_PRODUCT)
            index.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
            index.hnsw.efSearch = HNSW_EF_SEARCH
            # Per-dimension ranges of the 8-bit codes, from evenly spread rows: at 1e6 all
            # rows would be another 1.5 GB. A value outside a range is clipped in its code,
            # and the exact re-score of the candidates puts the order right.
            rows = np.unique(np.linspace(0, n - 1, min(n, TRAIN_MAX)).astype(np.int64))
            index.train(np.ascontiguousarray(vectors[rows], dtype=np.float32))
            self.vectors = vectors
        self.index = index
        self.add(vectors)
        return self

    def add(self, vectors: np.ndarray, start: int = 0) -> None:
        """Append rows ``vectors[start:]`` (ids continue from the current size)."""
        for a in range(start, len(vectors), BLOCK):
            self.index.add(np.ascontiguousarray(vectors[a:a + BLOCK], dtype=np.float32))

    def search(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """(scores, ids), each (n_queries, <=k), best first.

        FAISS pads short results with id -1 (k larger than the index, or an HNSW
        search that found fewer neighbours); those columns are cut here so callers
        never index a chunk list with -1, which Python would silently accept.
        """
        q = np.ascontiguousarray(np.atleast_2d(queries), dtype=np.float32)
        if self.index is None or self.size == 0 or k <= 0:
            return np.zeros((len(q), 0), np.float32), np.zeros((len(q), 0), np.int64)
        k = min(k, self.size)
        if self.kind == "hnsw" and self.vectors is not None:
            scores, ids = self._search_reranked(q, k)
        else:
            scores, ids = self.index.search(q, k)
        valid = (ids >= 0).all(axis=0)
        return scores[:, valid], ids[:, valid]

    def _search_reranked(self, q: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """HNSW candidates re-scored with the exact vectors, best first, padded like FAISS."""
        wide = min(max(k, RERANK), self.size)
        _, cand = self.index.search(q, wide)
        scores = np.full((len(q), k), -np.inf, np.float32)
        ids = np.full((len(q), k), -1, np.int64)
        for row, c in enumerate(cand):
            # sorted rows read the memory-mapped file front to back; -1 is FAISS's padding
            c = np.sort(c[c >= 0])
            exact = np.asarray(self.vectors[c], dtype=np.float32) @ q[row]
            top = np.argsort(-exact, kind="stable")[:k]
            scores[row, :len(top)], ids[row, :len(top)] = exact[top], c[top]
        return scores, ids

    def save(self, path: Path) -> None:
        faiss.write_index(self.index, str(path))

    @classmethod
    def load(cls, path: Path, exact_max: int = 50_000, vectors: np.ndarray | None = None) -> "DenseIndex":
        """``vectors``: the exact passage vectors (memory-mapped), for re-scoring HNSW results."""
        self = cls(exact_max)
        try:
            self.index = faiss.read_index(str(path))
        except RuntimeError as e:
            raise ValueError(f"FAISS 파일이 손상되었습니다: {path} ({str(e).splitlines()[0]})") from e
        if self.kind == "hnsw":
            self.index.hnsw.efSearch = HNSW_EF_SEARCH
            if vectors is not None:
                if vectors.shape != (self.size, self.index.d):
                    raise ValueError(f"vectors {vectors.shape} do not match the FAISS index "
                                     f"({self.size}, {self.index.d})")
                self.vectors = vectors
        return self
