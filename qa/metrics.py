"""Evaluation metrics as plain functions (used by `qa eval`, the benchmarks and tests).

Matching follows ../shared/eval/README.md: whitespace folded and case ignored, and a
second comparison with all whitespace removed (spacing may differ around punctuation).
"""
from __future__ import annotations

import re
from typing import Iterable, Sequence

_WS = re.compile(r"\s+")


def norm(s: str | None) -> str:
    return _WS.sub(" ", s or "").strip().lower()


def squash(s: str | None) -> str:
    return _WS.sub("", s or "").lower()


def contains(hay: str, needle: str) -> bool:
    return norm(needle) in norm(hay) or squash(needle) in squash(hay)


def first_relevant_rank(passages: Sequence[str], evidence: Iterable[str]) -> int | None:
    """1-based rank of the first passage holding any evidence phrase, or None."""
    evidence = list(evidence)
    for r, p in enumerate(passages, 1):
        if any(contains(p, e) for e in evidence):
            return r
    return None


def recall_at_k(ranks: Sequence[int | None], k: int) -> float:
    """Share of questions whose first relevant passage is within the top k."""
    if not ranks:
        return 0.0
    return sum(1 for r in ranks if r is not None and r <= k) / len(ranks)


def mrr(ranks: Sequence[int | None], k: int | None = None) -> float:
    """Mean reciprocal rank (0 for a miss, or for a hit below k when k is given)."""
    if not ranks:
        return 0.0
    return sum(1.0 / r for r in ranks if r is not None and (k is None or r <= k)) / len(ranks)


def answer_hit(answer: str, must: Sequence[Sequence[str]], max_chars: int = 400) -> bool:
    """Every group of alternatives has one alternative in the (short) answer."""
    return len(answer) <= max_chars and all(any(contains(answer, alt) for alt in group) for group in must)


def first_line(answer: str) -> str:
    text = (answer or "").strip()
    return text.split("\n", 1)[0] if text else ""


def direct_hit(answer: str, must: Sequence[Sequence[str]], max_chars: int = 100) -> bool:
    """The answer's first line (at most ``max_chars``) already holds every group of keys:
    the reply a person reads first states the value asked for."""
    line = first_line(answer)
    return len(line) <= max_chars and all(any(contains(line, alt) for alt in group) for group in must)


def asks_one_value(q: dict) -> bool:
    """A question whose answer is one value (a number, a date, a person, or marked direct)."""
    return q.get("type") in ("number", "date", "person") or bool(q.get("direct"))
