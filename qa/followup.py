"""Follow-up questions: rewrite "그 중 의료 분야는?" into a question that stands alone.

A follow-up leans on the previous turn with an anaphor (그 중, 거기서, 그 예산은, 두 번째
전략) or is too short to carry a topic. The rewrite puts the previous question's topic
(its content without the question words) in place of the anaphor; an ordinal
("두 번째 전략") picks that item of the list the previous answer gave. A question that
stands alone is returned unchanged, whatever the history.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Callable, Sequence, Union

from .extract import list_items as enumeration
from .korean import pos, tokenize
from .types import Turn

ANAPHOR = re.compile(
    r"^\s*(그\s*중(?:에서)?|그중(?:에서)?|이\s*중(?:에서)?|그\s*가운데|거기서|거기에서|거기는|거기|그곳에서|그곳은|그곳|"
    r"그러면|그럼|그렇다면|그\s*외에?|그\s*밖에|나머지는?|또|그리고|그건|그게|그\s*다음은?|"
    # the thing itself pointed at, a word of its own with or without its particle ("그거 작년보다
    # 몇 % 늘었어?", "이것은", not 그거리, 이것저것)
    r"(?:그|이)(?:거|것)(?:은|는|이|가|을|를|도)?(?=\s|[?？]|$)|"
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


HistoryItem = Union[dict, Turn]
ORDINAL_WORDS = {1: "첫 번째", 2: "두 번째", 3: "세 번째", 4: "네 번째", 5: "다섯 번째", 6: "여섯 번째", 7: "일곱 번째"}


@dataclass(frozen=True)
class Resolved:
    """A question made to stand alone. ``query`` is what is searched, ``own`` the part that
    is new in this turn; a follow-up by position also names the ``item`` it picked and its
    ``position`` word ("두 번째", "마지막"), so the answer can say which item it is about."""

    query: str
    own: str
    item: str | None = None
    position: str | None = None


def as_turns(history: Sequence[HistoryItem]) -> list[Turn]:
    """Typed turns from either form of history: ``Turn`` records as they are, or the
    [{"role": "user"|"assistant", "content"}] messages of the CLI and the HTTP API (an
    assistant message completes the user turn before it; a user turn with no answer keeps
    an empty answer, recomputed when its list is needed)."""
    out: list[Turn] = []
    for h in history or ():
        if isinstance(h, Turn):
            out.append(h)
        elif isinstance(h, dict) and h.get("role") == "user" and h.get("content"):
            out.append(Turn(question=h["content"]))
        elif isinstance(h, dict) and h.get("role") == "assistant" and out and not out[-1].answer:
            text = h.get("content") or ""
            # a message carries only its text: its items are read from it
            out[-1] = replace(out[-1], answer=text, answered=bool(text), items=tuple(list_items(text)))
    return out


def _items_of(turn: Turn, topic: str, previous_answer: Callable | None, prev_q: str) -> list[str]:
    """The list a position refers to. Among the enumerations of the sentences the answer
    quoted, the one next to the topic's head noun ("4대 특화분야" for "…특화분야는?": an
    answer may quote a neighbouring list, "4대 전략", first), an explicit ▲/△ one before
    a comma list; then the answer's own items; then its text, for a history of messages."""
    if not turn.answer and not turn.quotes and previous_answer is not None:
        again = previous_answer(prev_q)
        if isinstance(again, str):
            turn = replace(turn, answer=again, items=tuple(list_items(again)))
        else:
            turn = Turn.of(prev_q, again)
    head = (tokenize(topic) or [""])[-1]
    found = []
    for i, quote in enumerate(turn.quotes):
        items = enumeration(quote)
        if items:
            found.append(((bool(head) and head in quote), "▲" in quote or "△" in quote, -i, items))
    if found:
        best = max(found, key=lambda f: f[:3])
        if best[0] or best[1] or not turn.items:
            return list(best[3])
    return list(turn.items) or list_items(turn.answer)


def resolve_followup(question: str, history: Sequence[HistoryItem],
                     previous_answer: Callable[[str], object] | None = None) -> Resolved:
    """``question`` made to stand alone against ``history`` (oldest first; ``Turn`` records
    or role/content messages). ``previous_answer(question)`` recomputes an earlier answer
    (its text, or an ``Answer``) when the history holds only the user's turns (needed for
    "두 번째 전략"). For a standalone question both parts are the question itself."""
    turns = as_turns(history)
    if not turns or not is_followup(question, True):
        return Resolved(question, question)
    last = turns[-1]
    # Chains of follow-ups: the previous question is resolved against its own history first.
    prev_q = resolve(last.question, turns[:-1], previous_answer)
    topic = topic_of(prev_q)
    m = next((m for rx in (ORDINAL, LAST) for m in rx.finditer(question) if not _said_before(m, question, prev_q)), None)
    if m:
        items = _items_of(last, topic, previous_answer, prev_q)
        n = len(items) if m.re is LAST else ORDINALS.get(m.group(1) or m.group(2), 0)
        if 1 <= n <= len(items):
            rest = strip_anaphor(question[:m.start()] + question[m.end():]).strip()
            rest = re.sub(r"^(은|는|이|가|의|을|를)(?=\s|\?|$)", "", rest).strip(" ?")
            new = f"{items[n - 1]} {rest}".strip()
            position = "마지막" if m.re is LAST else ORDINAL_WORDS.get(n, f"{n}번째")
            return Resolved(f"{topic} {new}".strip(), new, items[n - 1], position)
    new = _kind_dropped(question, topic) or strip_anaphor(question)
    return Resolved(f"{topic} {new}".strip(), new)


# a demonstrative and the bare noun it points with, before the words asked: "그 노선 차량은 …"
_POINTED = re.compile(r"^\s*(?:(?:그럼|그러면|그렇다면)\s+)?(?:그|이|해당)\s+([가-힣]+)\s+(?=[가-힣])")


def _kind_dropped(question: str, topic: str) -> str | None:
    """The question without its demonstrative and the noun it points with, when that noun only
    says the kind of the previous turn's topic (a word of the topic, or what one of its words ends
    in: 노선 for 가람선, 사업 for 가람지원사업) and other words follow it: "그 노선 차량은 몇 량이야?"
    after "가람선 총연장은?" asks of 가람선's cars, and the articles call 가람선 by its name, seldom
    노선 (the noun would be looked for as a subject of its own). A noun with its particle is what is
    asked ("그 예산은 얼마야?") and stays; so does a time ("그 당시 시장은", "그 기간 방문객은")."""
    m = _POINTED.match(question)
    if m is None:
        return None
    noun = m.group(1)
    toks = pos(noun)
    if not toks or any(t.tag != "NNG" for t in toks) or noun in _TIME_POINTED:
        return None
    words = re.findall(r"[가-힣]+", topic)
    if not any(noun in w or w.endswith(noun[-1]) for w in words):
        return None
    return question[m.end():].strip() or None


# nouns a demonstrative points to a time with, not a thing: "그 당시", "그 기간", "그 이후"
_TIME_POINTED = frozenset("당시 기간 이후 이전 다음 전후 동안 무렵 시기 시절 때 해 달 날 주 시점".split())


# an ordinal standing alone: with a particle, or ending the question ("첫째가 얼마", "두 번째는?")
_ALONE = re.compile(r"(?:이|가|은|는|도|의|만)(?:[\s?？.]|$)|\s*(?:[?？.]|$)")


def _said_before(m: re.Match, question: str, previous: str) -> bool:
    """The ordinal ``m`` of ``question`` is the previous question's own word, said again: "…첫째
    얼마로 올랐어?" then "그 전에는 첫째가 얼마였는데?" (the first child, a noun with its particle)
    or "첫째 자녀 두 번째 혜택은?" after "첫째 자녀 …" (the same noun after it) — not the first item
    of the previous answer. "마지막 공연은?" after "마지막 날 …" names an item (another noun)."""
    word = re.escape(m.group(0)).replace(r"\ ", r"\s*")
    # (the word after it there, spaced or glued: "첫째 자녀" -> 자녀, "첫째가" -> 가)
    before = re.search(rf"(?<![\d가-힣]){word}\s*([가-힣]*)", previous)
    if before is None:
        return False
    if _ALONE.match(question, m.end()):
        return True  # the ordinal alone, with its particle: a noun of its own
    after = re.match(r"\s*([가-힣]+)", question[m.end():])
    return after is not None and bool(before.group(1)) and after.group(1) == before.group(1)


def resolve_parts(question: str, history: Sequence[HistoryItem],
                  previous_answer: Callable[[str], object] | None = None) -> tuple[str, str]:
    """(query to search with, the part of it that is new in this turn): see resolve_followup."""
    r = resolve_followup(question, history, previous_answer)
    return r.query, r.own


def resolve(question: str, history: Sequence[HistoryItem],
            previous_answer: Callable[[str], object] | None = None) -> str:
    """The question to search with (see resolve_followup)."""
    return resolve_followup(question, history, previous_answer).query
