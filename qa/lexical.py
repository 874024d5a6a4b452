"""BM25 over Korean content morphemes (bm25s; tokens from korean.tokenize).

The score matrix is computed here from token-id arrays (``fit_ids``) and saved in bm25s's
own format, which bm25s then memory-maps for search. bm25s's builder walks Python lists
of tokens, one ``Counter`` per passage: at 1e6 passages that is tens of GB of objects
(bench/app_scale.py); these are the same numbers (lucene idf, robertson tf; checked
against bm25s in tests/test_lexical.py) from a few arrays, in blocks.
"""
from __future__ import annotations

import logging
import re
from pathlib import Path

import bm25s
import numpy as np


class LexicalIndex:
    def __init__(self, k1: float = 1.2, b: float = 0.75):
        self.k1, self.b = k1, b
        self.bm25: bm25s.BM25 | None = None
        self.n_docs = 0

    def fit(self, corpus_tokens: list[list[str]]) -> "LexicalIndex":
        from .tables import TokenTable

        table = TokenTable.from_lists(corpus_tokens)
        return self.fit_ids(table.ids, table.offsets, table.vocab)

    def fit_ids(self, ids: np.ndarray, offsets: np.ndarray, vocab: list[str]) -> "LexicalIndex":
        """BM25 over documents given as token ids (``ids[offsets[i]:offsets[i+1]]`` is
        document i, ids index ``vocab``)."""
        data, indices, indptr = bm25_matrix(np.asarray(ids), np.asarray(offsets), len(vocab), self.k1, self.b)
        self.bm25 = bm25s.BM25(k1=self.k1, b=self.b)
        self.n_docs = len(offsets) - 1
        self.bm25.scores = {"data": data, "indices": indices, "indptr": indptr, "num_docs": self.n_docs}
        self.bm25.vocab_dict = {t: i for i, t in enumerate(vocab)}
        self.bm25.unique_token_ids_set = set(range(len(vocab)))
        self.bm25.nonoccurrence_array = None  # only bm25l and bm25+ use one
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

    def expand(self, query_tokens: list[str]) -> list[str]:
        """The query's tokens as the index knows them (known_forms): what search() scores.
        scores() itself is plain BM25 over the tokens given, as bm25s computes it."""
        if self.bm25 is None:
            return list(query_tokens)
        # a word the query repeats counts each time, as in plain BM25; a form only added (가람군
        # for 가람) is added once, and not beside the same form typed ("가람 가람군")
        out = [t for t in query_tokens if t and t in self.bm25.vocab_dict]
        typed = set(out)
        added = [k for t in query_tokens if t for k in known_forms(t, self.bm25.vocab_dict, self._df) if k not in typed]
        return out + list(dict.fromkeys(added))

    def _df(self, token: str) -> int:
        """How many passages hold ``token`` (its column's length in the score matrix)."""
        i = self.bm25.vocab_dict[token]
        indptr = self.bm25.scores["indptr"]
        return int(indptr[i + 1] - indptr[i])

    def search(self, query_tokens: list[str], k: int) -> tuple[np.ndarray, np.ndarray]:
        """(scores, ids) of the top-k documents with a positive score, best first."""
        s = self.scores(self.expand(query_tokens))
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


# the suffixes a place name is written with in full (진안 typed, 진안군 written)
_PLACE_SUFFIXES = ("시", "군", "구", "도")


def known_forms(token: str, vocab, df=None) -> list[str]:
    """The forms of a query token the index knows. Kiwi reads a place written in full as one
    word (진안군) and the same place typed short as another (진안): the full forms count too,
    when the articles write the full form at least as often (``df``: passages holding a
    word) — 일본 is not typed short for 일본군, which a corpus writes far less. A compound typed glued that the articles write spaced (군립자연휴양림 <- "군립
    자연휴양림") is no word of the index: its known pieces, longest first from the left,
    when they make up the whole of it."""
    out = [token] if token in vocab else []
    if re.fullmatch(r"[가-힣]{2,3}", token):
        out += [token + s for s in _PLACE_SUFFIXES if token + s in vocab
                and (df is None or token not in vocab or df(token + s) >= df(token))]
    if not out and re.fullmatch(r"[가-힣]{4,12}", token):
        out = _pieces(token, vocab) or []
    # a post glued to its place or body (동구청장, 가람군수): Kiwi reads the same words in an
    # article as 동 + 구청장 or keeps them whole, as it happens; the post alone finds either
    post = next((p for p in _POSTS if token.endswith(p) and len(token) > len(p)), None)
    if post and post in vocab and post not in out:
        out.append(post)
    return out


# posts a place or a body is glued to (longest first: 구청장 before 청장)
_POSTS = ("구청장", "도지사", "교육감", "위원장", "이사장", "센터장", "군수", "시장", "청장", "총장", "원장",
          "관장", "국장", "과장", "장관")


def _pieces(word: str, vocab) -> list[str] | None:
    """``word`` cut into index words of two syllables or more, longest first from the left
    (None when no such cut covers it)."""
    if not word:
        return []
    for n in range(len(word), 1, -1):
        if word[:n] in vocab:
            rest = _pieces(word[n:], vocab)
            if rest is not None:
                return [word[:n], *rest]
    return None


def bm25_matrix(ids: np.ndarray, offsets: np.ndarray, n_vocab: int, k1: float, b: float,
                block: int = 1 << 17) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """bm25s's CSC score matrix (documents x vocabulary): ``data`` float32 scores,
    ``indices`` document ids, ``indptr`` per token. The same formula as bm25s's default
    ("lucene"): idf = ln(1 + (N - df + 0.5) / (df + 0.5)), tf part tf / (tf + k1 (1 - b + b dl/avgdl)),
    with bm25s's float32/float64 steps, so the scores match it."""
    n_docs = len(offsets) - 1
    lengths = np.diff(offsets).astype(np.int64)
    if n_docs == 0 or n_vocab == 0:
        return np.zeros(0, np.float32), np.zeros(0, np.int32), np.zeros(n_vocab + 1, np.int64)
    avg = lengths.mean()  # float64, as bm25s
    docs, toks, tfs = [], [], []
    # (document, token) pairs with their counts, a block of documents at a time so the
    # int64 keys stay small (55M tokens at 1e6 passages would need 0.9 GB at once)
    for a in range(0, n_docs, block):
        z = min(a + block, n_docs)
        rows = np.repeat(np.arange(a, z, dtype=np.int64), lengths[a:z])
        keys = rows * n_vocab + np.asarray(ids[offsets[a]:offsets[z]], dtype=np.int64)
        u, c = np.unique(keys, return_counts=True)
        docs.append((u // n_vocab).astype(np.int32))
        toks.append((u % n_vocab).astype(np.int32))
        tfs.append(c.astype(np.float32))
        del rows, keys, u, c
    doc = np.concatenate(docs)
    tok = np.concatenate(toks)
    tf = np.concatenate(tfs)
    del docs, toks, tfs
    df = np.bincount(tok, minlength=n_vocab)
    with np.errstate(divide="ignore"):
        idf = np.log(1 + (n_docs - df + 0.5) / (df + 0.5)).astype(np.float32)
    scores = np.empty(len(tok), np.float32)
    step = 1 << 22
    for a in range(0, len(tok), step):
        z = a + step
        dl = lengths[doc[a:z]]
        tfc = tf[a:z] / (k1 * ((1 - b) + b * dl / avg) + tf[a:z])  # float64, as bm25s
        scores[a:z] = idf[tok[a:z]] * tfc
    del tf
    order = np.argsort(tok, kind="stable")  # by token, then document (pairs came sorted by document)
    data = scores[order]
    del scores
    indices = doc[order]
    indptr = np.zeros(n_vocab + 1, np.int64)
    np.cumsum(df, out=indptr[1:])
    return data, indices, indptr
