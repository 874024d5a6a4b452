"""Follow-up questions: rewrite "그 중 의료 분야는?" into a question that stands alone.

A follow-up leans on the previous turn with an anaphor (그 중, 거기서, 그 예산은, 두 번째
전략) or is too short to carry a topic. The rewrite puts the previous question's topic
(its content without the question words) in place of the anaphor; an ordinal
("두 번째 전략") picks that item of the list the previous answer gave. A question that
stands alone is returned unchanged, whatever the history.
"""
from __future__ import annotations

import re
from typing import Callable, Sequence

from .korean import tokenize

ANAPHOR = re.compile(
    r"^\s*(그\s*중(?:에서)?|그중(?:에서)?|이\s*중(?:에서)?|그\s*가운데|거기서|거기에서|거기는|거기|그곳에서|그곳은|그곳|"
    r"그러면|그럼|그렇다면|그\s*외에?|그\s*밖에|나머지는?|또|그리고|그건|그것은|그게|그\s*다음은?|"
    # a demonstrative is a word of its own: "그 예산", "이 사업", not the first syllable of
    # 이번, 이날, 그린스마트
    r"(?:그|이|해당)\s+(?=\S)|"
    r"what about|how about|and\b)",
    re.I)
ORDINALS = {"첫": 1, "첫째": 1, "한": 1, "두": 2, "둘째": 2, "세": 3, "셋째": 3, "네": 4, "넷째": 4,
            "다섯": 5, "다섯째": 5, "여섯": 6, "일곱": 7, "1": 1, "2": 2, "3": 3, "4": 4, "5": 5}
ORDINAL = re.compile(r"(첫|두|세|네|다섯|여섯|일곱|[1-7])\s*번\s*째|(첫째|둘째|셋째|넷째|다섯째)")
LAST = re.compile(r"마지막")
QUESTION_TAIL = re.compile(
    r"(은|는|이|가)?\s*(무엇|뭐|뭔|어디|언제|누구|누가|얼마|몇|어떤|어떻게|무슨)[^?]*\??\s*$")
LIST_SPLIT = re.compile(r"\s*(?:▲|△|■|□|●|◆|·|ㆍ|•|,|，|、)\s*")
MAX_TOPIC_CHARS = 80


def is_followup(question: str, has_history: bool) -> bool:
    if not has_history:
        return False
    q = question.strip()
    if ANAPHOR.match(q) or ORDINAL.search(q) or LAST.search(q):
        return True
    # "의료 분야는?" — two content words or fewer and no question of its own
    return len(tokenize(q)) <= 2 and len(q) <= 15


def topic_of(question: str) -> str:
    """The previous question without its question words: '데이터 기반 4대 특화분야'."""
    q = question.strip().rstrip("?？.! ")
    t = QUESTION_TAIL.sub("", q).strip()
    t = re.sub(r"(은|는|이|가|을|를)$", "", t).strip()
    return (t or q)[:MAX_TOPIC_CHARS]


def list_items(text: str) -> list[str]:
    """Items of an enumeration in an answer: '▲A ▲B' (preferred) or 'A, B, C 등'."""
    best: list[str] = []
    best_marked = False
    for line in text.splitlines():
        line = re.sub(r"\[\d+\]", "", line)
        marked = "▲" in line or "△" in line
        if marked:
            parts = re.split(r"\s*[▲△]\s*", line)[1:]
        else:
            parts = LIST_SPLIT.split(line)
        parts = [re.sub(r"\s*등\s.*$", "", p).strip(" .") for p in parts]
        parts = [re.sub(r"(이다|입니다)$", "", p).strip() for p in parts]
        parts = [p for p in parts if 1 < len(p) <= 40]
        if len(parts) < 2:  # one item is no list
            continue
        # An explicit ▲/△ enumeration beats a comma list that merely has more commas.
        if (marked, len(parts)) > (best_marked, len(best)):
            best, best_marked = parts, marked
    return best


def strip_anaphor(question: str) -> str:
    q = ANAPHOR.sub("", question.strip(), count=1).strip()
    return q or question.strip()


def resolve_parts(question: str, history: Sequence[dict],
                  previous_answer: Callable[[str], str] | None = None) -> tuple[str, str]:
    """(query to search with, the part of it that is new in this turn).

    ``history``: [{"role", "content"}], oldest first. ``previous_answer(question)``
    recomputes an earlier answer when the history holds only the user's turns (needed
    for "두 번째 전략"). For a standalone question both parts are the question itself.
    """
    user_turns = [i for i, h in enumerate(history) if h.get("role") == "user" and h.get("content")]
    if not user_turns or not is_followup(question, True):
        return question, question
    last = user_turns[-1]
    # Chains of follow-ups: the previous question is resolved against its own history first.
    prev_q = resolve(history[last]["content"], history[:last], previous_answer)
    topic = topic_of(prev_q)
    m = ORDINAL.search(question) or LAST.search(question)
    if m:
        answers = [h.get("content", "") for h in history[last + 1:] if h.get("role") == "assistant"]
        prev_answer = answers[-1] if answers else (previous_answer(prev_q) if previous_answer else "")
        items = list_items(prev_answer)
        n = len(items) if m.re is LAST else ORDINALS.get(m.group(1) or m.group(2), 0)
        if 1 <= n <= len(items):
            rest = strip_anaphor(m.re.sub("", question)).strip()
            rest = re.sub(r"^(은|는|이|가|의|을|를)(?=\s|\?|$)", "", rest).strip(" ?")
            new = f"{items[n - 1]} {rest}".strip()
            return f"{topic} {new}".strip(), new
    new = strip_anaphor(question)
    return f"{topic} {new}".strip(), new


def resolve(question: str, history: Sequence[dict],
            previous_answer: Callable[[str], str] | None = None) -> str:
    """The question to search with (see resolve_parts)."""
    return resolve_parts(question, history, previous_answer)[0]
