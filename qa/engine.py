"""The question-answering engine: a loaded index, the embedder, search and answers.

CLI and app both go through ``Engine``; it holds no per-user state (the history comes
with each call), so one instance serves concurrent conversations.
"""
from __future__ import annotations

import sys
import time
import unicodedata
from dataclasses import dataclass, replace
from typing import Callable, Sequence

from .answer import SentenceStats, compose, has_hangul
from .config import Settings
from .embed import get_embedder, resolve_model
from .followup import resolve, strip_anaphor
from .glossary import translate
from .korean import tokenize
from .index import IndexMissing, build_index, load_index, staleness
from .search import Retriever, SearchResult
from .types import Answer, Hit

MAX_QUESTION_CHARS = 500
ENGLISH_MIN_SHARE = 0.5  # of an English question's content words found in the glossary


def clean_question(question: str) -> tuple[str, str | None]:
    """Control characters out, whitespace folded, overlong input cut (with a note)."""
    q = unicodedata.normalize("NFC", question or "")
    q = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in q)
    q = " ".join(q.split())
    if len(q) > MAX_QUESTION_CHARS:
        return q[:MAX_QUESTION_CHARS], f"질문이 너무 길어 앞 {MAX_QUESTION_CHARS}자만 사용했습니다."
    return q, None


@dataclass
class AskTimings:
    total_ms: float
    embed_ms: float
    dense_ms: float
    lexical_ms: float
    fuse_ms: float
    compose_ms: float


class Engine:
    def __init__(self, settings: Settings | None = None, *, embedder=None, auto_build: bool = True,
                 progress: bool = True, log: Callable[[str], None] | None = None):
        self.settings = settings or Settings()
        log = log or (lambda s: print(s, file=sys.stderr))
        self.embedder = embedder or get_embedder(self.settings, progress=progress)
        expected = self.embedder.spec.name
        try:
            self.index = load_index(self.settings.index_dir, expected_model=expected)
        except IndexMissing:
            if not auto_build:
                raise
            log("색인이 없어 지금 만듭니다 (처음 한 번만)...")
            report = build_index(self.settings, self.embedder, progress=progress, log=log)
            for p in report.problems:
                log(f"  경고: {p}")
            log(report.summary())
            self.index = load_index(self.settings.index_dir, expected_model=expected)
        self.stale = staleness(self.index, self.settings.docs_dir)
        self.stats = SentenceStats.fit(self.index.sentence_tokens)
        self.retriever = Retriever(self.index, self.embedder)
        self.last_timings: AskTimings | None = None

    # -- search --------------------------------------------------------------------
    def resolve(self, question: str, history: Sequence[dict] = ()) -> str:
        """The query to search with: follow-ups made standalone, English turned into Korean terms."""
        if not has_hangul(question) and any("a" <= ch.lower() <= "z" for ch in question):
            korean, share = translate(question)
            # Mostly non-domain words (restaurants, weather...): keep the English, which abstains.
            return korean if korean and share >= ENGLISH_MIN_SHARE else question
        return resolve(question, list(history or ()), previous_answer=lambda q: self.ask(q).answer)

    def search(self, question: str, history: Sequence[dict] = (), k: int = 5) -> list[Hit]:
        q, _ = clean_question(question)
        if not q:
            return []
        return self.retriever.search(self.resolve(q, history), k=k).hits

    def _search(self, query: str, k: int) -> SearchResult:
        return self.retriever.search(query, k=k)

    # -- answers -------------------------------------------------------------------
    def _previous_quotes(self, history: Sequence[dict]) -> frozenset:
        """Sentences the previous answer showed (recomputed when only user turns are given)."""
        history = list(history or ())
        for i in range(len(history) - 1, -1, -1):
            turn = history[i]
            if turn.get("role") == "assistant":
                text = turn.get("content") or ""
                return frozenset(s.text for s in self.index.sentences if s.text in text)
            if turn.get("role") == "user":
                previous = self.ask(turn.get("content") or "", history[:i])
                return frozenset(c.quote for c in previous.citations)
        return frozenset()

    def ask(self, question: str, history: Sequence[dict] = ()) -> Answer:
        t0 = time.perf_counter()
        q, note = clean_question(question)
        if not q or not any(ch.isalnum() for ch in q):
            return Answer(question=question or "", answered=False,
                          answer="질문을 입력해 주세요. 예: 「부산시 디지털산업 육성 계획의 총 사업비는 얼마인가요?」")
        query = self.resolve(q, history)
        result = self._search(query, k=10)
        t1 = time.perf_counter()
        focus, seen = (), frozenset()
        if query != q and has_hangul(q):  # a follow-up: its own words lead, and the last answer is not repeated
            focus = tokenize(strip_anaphor(q))
            seen = self._previous_quotes(history)
        answer = compose(q, query, self.index, result.hits, result.query_vector, result.query_tokens, self.stats,
                         focus, seen)
        t2 = time.perf_counter()
        if note:
            answer = replace(answer, notes=answer.notes + (note,))
        t = result.timings
        self.last_timings = AskTimings(1000 * (t2 - t0), t.embed_ms, t.dense_ms, t.lexical_ms, t.fuse_ms,
                                       1000 * (t2 - t1))
        return answer


def model_name(settings: Settings) -> str:
    return resolve_model(settings, progress=False).name
