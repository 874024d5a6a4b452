"""BM25 over Korean content morphemes (bm25s; tokens from korean.tokenize)."""
from __future__ import annotations

import logging
from pathlib import Path

import bm25s
import numpy as np


class LexicalIndex:
    def __init__(self, k1: float = 1.2, b: float = 0.75):
        self.k1, self.b = k1, b
        self.bm25: bm25s.BM25 | None = None
        self.n_docs = 0

    def fit(self, corpus_tokens: list[list[str]]) -> "LexicalIndex":
        self.bm25 = bm25s.BM25(k1=self.k1, b=self.b)
        self.n_docs = len(corpus_tokens)
        # bm25s needs at least one token per document to build its vocabulary;
        # create_empty_token (its default) gives empty documents a placeholder.
        self.bm25.index([list(t) for t in corpus_tokens], show_progress=False)
        return self

    def scores(self, query_tokens: list[str]) -> np.ndarray:
        """BM25 score of every document (zeros when no query token is known)."""
        if self.bm25 is None or not self.n_docs:
            return np.zeros(0, np.float32)
        vocab = self.bm25.vocab_dict
        known = [t for t in query_tokens if t in vocab and t != ""]
        if not known:
            return np.zeros(self.n_docs, np.float32)
        return np.asarray(self.bm25.get_scores(known), dtype=np.float32)

    def search(self, query_tokens: list[str], k: int) -> tuple[np.ndarray, np.ndarray]:
        """(scores, ids) of the top-k documents with a positive score, best first."""
        s = self.scores(query_tokens)
        if not len(s) or k <= 0:
            return np.zeros(0, np.float32), np.zeros(0, np.int64)
        k = min(k, len(s))
        # argpartition is O(n) but unordered: sort only the k survivors.
        top = np.argpartition(-s, k - 1)[:k]
        # Equal scores are common (short passages, one-word queries), and argpartition
        # picks and orders tied documents arbitrarily, so a stable sort of its output did
        # not give id order. Take ties at the cut by lowest id and order by (score, id),
        # as fuse.py does: the same ranking as a full stable sort.
        kth = s[top].min()
        top = np.concatenate([np.flatnonzero(s > kth), np.flatnonzero(s == kth)])[:k]
        top = top[np.lexsort((top, -s[top]))]
        top = top[s[top] > 0]
        return s[top], top.astype(np.int64)

    def save(self, folder: Path) -> None:
        self.bm25.save(str(folder), show_progress=False)

    @classmethod
    def load(cls, folder: Path) -> "LexicalIndex":
        self = cls()
        logging.getLogger("bm25s").setLevel(logging.ERROR)
        # Memory-mapped: a query reads only the columns of its own tokens, so at 1e6
        # passages most of the 0.6 GB score matrix stays on disk.
        self.bm25 = bm25s.BM25.load(str(folder), show_progress=False, verbosity=0, mmap=True)
        self.k1, self.b = self.bm25.k1, self.bm25.b
        self.n_docs = int(self.bm25.scores["num_docs"])
        return self
